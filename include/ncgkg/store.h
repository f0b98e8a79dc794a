/* ncgkg: triple stores: RDF in, SPARQL answers out.
 *
 * A dataset is RDF staged in memory: either merged into one graph (to ask
 * questions of files, `ncgkg query --data`), or kept as named graphs, one
 * per statement (to load them into a store).
 *
 * A store keeps named graphs and answers SPARQL.  Its SPEC is
 *   PATH                       an embedded store: a folder holding a
 *                              Redland sqlite database (ncgkg.sqlite)
 *   virtuoso:URL               a Virtuoso server at URL (http://host:8890):
 *                              Graph Store Protocol at URL/sparql-graph-crud-auth,
 *                              queries at URL/sparql
 *   gsp:GSP-URL,QUERY-URL      any server with a SPARQL 1.1 Graph Store
 *                              HTTP Protocol endpoint and a query endpoint
 * In every store the default graph of a query is the union of the named
 * graphs; a triple that several statements state is held once in each of
 * their graphs, so a pattern matches it once per graph: SELECT DISTINCT
 * when that matters.
 *
 * Loading is all or nothing in an embedded store (one sqlite
 * transaction).  On a server each graph is replaced whole (HTTP PUT);
 * rolling back puts the graphs replaced since begin back as they were
 * (read with GET before the first change) or deletes those that were new.
 *
 * Each ncg_dataset and ncg_store has its own Redland world: the interface
 * with the rest of ncgkg is RDF text.
 *
 * Ownership: _new/_open allocate, _free/_close release (NULL: no-op).
 * Strings returned through `char **` are the caller's, freed with free().
 */
#ifndef NCGKG_STORE_H
#define NCGKG_STORE_H

#include <stddef.h>

#include "ncgkg/results.h"
#include "ncgkg/status.h"

typedef struct ncg_dataset ncg_dataset;
typedef struct ncg_store ncg_store;

/* ---- datasets --------------------------------------------------------- */

typedef enum {
	NCG_DATASET_MERGED,    /* one graph: every triple of every input */
	NCG_DATASET_GRAPHS     /* named graphs, one per statement */
} ncg_dataset_kind;

ncg_status ncg_dataset_new(ncg_dataset **out, ncg_dataset_kind kind, ncg_error *err);
void ncg_dataset_free(ncg_dataset *d);

/* The parser for a file name's extension: "turtle" (.ttl), "ntriples"
 * (.nt), "nquads" (.nq), "rdfxml" (.rdf, .owl, .xml); NULL otherwise. */
const char *ncg_rdf_syntax_for(const char *path);

/* Add RDF text in `syntax` ("turtle", "ntriples", "nquads", "rdfxml");
 * `name` names the source in messages and is its base IRI when it is a
 * file.  In a GRAPHS dataset, quads go to their graph; triples go to
 * `graph` if given, else to the one ncg:Statement they describe (an error
 * if they describe none or several).  Adding to a graph that is already
 * there adds to it.  On error the dataset is unchanged. */
ncg_status ncg_dataset_add_rdf(ncg_dataset *d, const char *name, const char *syntax,
                               const char *text, size_t len, const char *graph,
                               ncg_error *err);
/* The same for a file ("-": standard input needs `syntax`). */
ncg_status ncg_dataset_add_file(ncg_dataset *d, const char *path, const char *syntax,
                                const char *graph, ncg_error *err);

/* Named graphs (GRAPHS datasets; a MERGED one has one, named ""). */
size_t ncg_dataset_graphs(const ncg_dataset *d);
const char *ncg_dataset_graph_name(const ncg_dataset *d, size_t i);
size_t ncg_dataset_graph_size(const ncg_dataset *d, size_t i);

/* ---- questions ----------------------------------------------------------
 * `prefixes` (NULL-terminated pairs: prefix, namespace IRI; may be NULL)
 * are declared before the query, which may redeclare them.  A query that
 * does not parse is NCG_ERR_SYNTAX with the line and column in the query
 * text (the file `name`).  The answer is a result set (SELECT, ASK), or
 * N-Triples text (CONSTRUCT, DESCRIBE) in *graph; the other is NULL. */
ncg_status ncg_dataset_query(ncg_dataset *d, const char *query, const char *name,
                             const char *const *prefixes, ncg_results **results,
                             char **graph, ncg_error *err);

/* ---- stores ----------------------------------------------------------- */

/* The embedded store used when none is named, into *out (the caller
 * frees): $NCGKG_STORE if set, else $XDG_DATA_HOME/ncgkg/store (default
 * ~/.local/share/ncgkg/store).  NCG_ERR_USAGE when neither HOME nor an
 * absolute XDG_DATA_HOME is set; NCG_ERR_NOMEM. */
ncg_status ncg_store_default_spec(char **out, ncg_error *err);

/* Open a store.  An embedded store is created when `create` (its folder
 * too); otherwise a missing one is an error.  A store created so is
 * removed again (with the folders made for it) if it is closed before a
 * load into it is committed, or when opening fails halfway. */
ncg_status ncg_store_open(ncg_store **out, const char *spec, int create,
                          ncg_error *err);
void ncg_store_close(ncg_store *s);

/* Is the store on a server? */
int ncg_store_is_remote(const ncg_store *s);

/* Loading: begin, put datasets (each of its named graphs replaces the
 * store's graph of that name), then commit, or roll back to the store as
 * it was at begin (see the header comment for servers).  Closing a store
 * during a load rolls it back. */
ncg_status ncg_store_begin(ncg_store *s, ncg_error *err);
ncg_status ncg_store_put(ncg_store *s, const ncg_dataset *d, ncg_error *err);
ncg_status ncg_store_commit(ncg_store *s, ncg_error *err);
/* NCG_OK, or NCG_ERR_IO when the store could not be put back. */
ncg_status ncg_store_rollback(ncg_store *s);

ncg_status ncg_store_query(ncg_store *s, const char *query, const char *name,
                           const char *const *prefixes, ncg_results **results,
                           char **graph, ncg_error *err);

#endif
