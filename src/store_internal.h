/* ncgkg: what the store module's files (dataset.c, sparql.c, store.c,
 * store_world.c) share.  Includes <redland.h>; private to the store
 * library. */
#ifndef NCGKG_STORE_INTERNAL_H
#define NCGKG_STORE_INTERNAL_H

#include <redland.h>

#include "ncgkg/results.h"
#include "ncgkg/store.h"
#include "ncgkg/strmap.h"

/* A Redland world whose messages become ncg_errors: the first error
 * logged since ncg_world_reset, with its place. */
typedef struct {
	librdf_world *world;
	int failed;
	long line, col;
	char message[512];
} ncg_world;

ncg_status ncg_world_open(ncg_world *w, ncg_error *err);
void ncg_world_close(ncg_world *w);
void ncg_world_reset(ncg_world *w);
ncg_status ncg_world_error(ncg_world *w, ncg_error *err, ncg_status st, const char *file,
                           const char *what);
/* Give a world Redland's "sqlite" storage if Redland did not. */
void ncg_world_ensure_sqlite(ncg_world *w);
ncg_status ncg_store_nomem(ncg_error *err);

/* A model in memory that holds each triple once; NULL on failure. */
librdf_model *ncg_memory_model(ncg_world *w);
/* Add every triple of `from` to `to`; NCG_ERR_RDF when Redland fails. */
ncg_status ncg_copy_model(librdf_model *to, librdf_model *from);
size_t ncg_model_size(librdf_model *m);
/* A node as a term; the strings belong to the node. */
void ncg_term_of(librdf_node *n, ncg_term *t);
/* A model as N-Triples (the caller frees *out). */
ncg_status ncg_serialize_ntriples(ncg_world *w, librdf_model *m, char **out, size_t *len,
                                  ncg_error *err);

/* Datasets: named graphs staged in memory ("" for the merged one). */
typedef struct {
	char *name;               /* graph IRI; "" for the merged graph */
	librdf_model *model;
} staged;

struct ncg_dataset {
	ncg_world w;
	ncg_dataset_kind kind;
	staged *graphs;
	size_t n, cap;
	ncg_strmap *index;        /* name -> 1 + position */
	unsigned long inputs;     /* for blank node labels */
};


/* SPARQL text: the prologue declaring the prefixes a query does not (on
 * one line: the query starts on line 2), lines and columns, the form
 * (SELECT, ASK, CONSTRUCT, DESCRIBE). */
char *ncg_sparql_with_prologue(const char *query, const char *const *prefixes);
const char *ncg_sparql_line_start(const char *text, long line);
long ncg_sparql_column_of(const char *line, const char *at);
const char *ncg_sparql_form(const char *query);

/* Does the query name graphs (GRAPH, FROM, FROM NAMED)? */
int ncg_sparql_names_graphs(const char *query);

/* Answer a query from a Redland model (rasqal). */
ncg_status ncg_model_query(ncg_world *w, librdf_model *m, const char *query,
                           const char *name, const char *const *prefixes,
                           ncg_results **results, char **graph, ncg_error *err);

#endif
