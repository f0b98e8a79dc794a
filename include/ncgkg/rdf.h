/* ncgkg: RDF through Redland (librdf, raptor2, rasqal).
 *
 * The only public header whose implementation includes <redland.h>.
 * An ncg_rdf is a Redland world with ncgkg's logger installed, so that
 * parser and query messages become ncg_errors with file, line and column
 * instead of text on stderr.
 *
 * Ownership: ncg_rdf_new allocates; ncg_rdf_free releases (NULL: no-op).
 * Strings returned through `char **out` are the caller's, freed with free().
 */
#ifndef NCGKG_RDF_H
#define NCGKG_RDF_H

#include <stddef.h>
#include <stdio.h>

#include "ncgkg/facts.h"
#include "ncgkg/lexicon.h"
#include "ncgkg/status.h"

typedef struct ncg_rdf ncg_rdf;

typedef enum {
	NCG_FMT_TURTLE,
	NCG_FMT_NTRIPLES,
	NCG_FMT_NQUADS,
	NCG_FMT_RDFXML,
	NCG_FMT__COUNT
} ncg_format;

ncg_status ncg_rdf_new(ncg_rdf **out, ncg_error *err);
void ncg_rdf_free(ncg_rdf *rdf);

/* "turtle", "ntriples", "nquads", "rdfxml" (also "ttl", "nt", "nq", "xml",
 * "rdf") to a format in *out; NCG_ERR_USAGE when unknown. */
ncg_status ncg_format_parse(const char *name, ncg_format *out);
const char *ncg_format_name(ncg_format fmt);

/* Serialise finished facts.  `base` is the instance base IRI that keys
 * are resolved against (NULL: NCG_ID_BASE).  The output is deterministic:
 * Turtle and RDF/XML grouped and sorted by Redland's serialisers, N-Triples
 * and N-Quads one statement a line, lines sorted bytewise.  In N-Quads the
 * graph of each quad is the statement it was read from. */
ncg_status ncg_rdf_serialize(ncg_rdf *rdf, ncg_facts *facts, ncg_format fmt,
                             const char *base, char **out, size_t *len,
                             ncg_error *err);

/* The same written onto `out` (no string of the whole output): Turtle
 * and RDF/XML straight from Redland's serialiser, N-Triples and N-Quads
 * sorted in memory.  Errors writing `out` are NCG_ERR_IO. */
ncg_status ncg_rdf_write(ncg_rdf *rdf, ncg_facts *facts, ncg_format fmt,
                         const char *base, FILE *out, ncg_error *err);

/* Streaming export (issue 9), in memory bounded by a batch: each batch
 * of facts given to ncg_rdf_runs_add is finished, written as sorted
 * lines to a temporary file (in $TMPDIR, else /tmp; unlinked as soon as
 * made, so nothing is left behind) and may then be freed; its label
 * inputs (ncg_facts_take_label_inputs) go to a sorted run of their own,
 * so that labels are resolved over every batch, a few nodes at a time.
 * ncg_rdf_runs_write merges the runs onto `out`, each line once:
 * N-Triples and N-Quads lines sorted bytewise; Turtle and RDF/XML through
 * Redland's serialiser, given whole subjects (in their IRIs' order) some
 * thousands of facts at a time, its blocks joined under one header - the
 * same bytes as ncg_rdf_write over one store holding every batch,
 * whatever the batches and their order. */
typedef struct ncg_rdf_runs ncg_rdf_runs;
ncg_status ncg_rdf_runs_new(ncg_rdf *rdf, ncg_format fmt, const char *base,
                            ncg_rdf_runs **out, ncg_error *err);
ncg_status ncg_rdf_runs_add(ncg_rdf_runs *r, ncg_facts *facts, ncg_error *err);
ncg_status ncg_rdf_runs_write(ncg_rdf_runs *r, FILE *out, const char *out_name,
                              ncg_error *err);
/* Lines written so far by the merges made while too many runs were open
 * (each line about once per level its run rises; a measure for tests). */
size_t ncg_rdf_runs_merged(const ncg_rdf_runs *r);
void ncg_rdf_runs_free(ncg_rdf_runs *r);

/* Load lexicon Turtle from memory into lex.  `name` names the source in
 * messages.  Keys of nodes below `base` (NULL: NCG_ID_BASE) are their
 * paths; other nodes keep their full IRIs. */
ncg_status ncg_lexicon_load_turtle(ncg_rdf *rdf, ncg_lexicon *lex,
                                   const char *name, const char *turtle,
                                   size_t len, const char *base, ncg_error *err);

/* Load the lexicon compiled into ncgkg (ontology/lexicon/ *.ttl). */
ncg_status ncg_lexicon_load_builtin(ncg_rdf *rdf, ncg_lexicon *lex, ncg_error *err);

/* Is this path an RDF file ncgkg can read (.ttl, .nt, .nq, .rdf, .owl,
 * .xml), rather than a statement? */
int ncg_rdf_path_is_rdf(const char *path);

/* Read RDF that ncgkg exported back into facts: terms of its vocabulary
 * become facts again (IRIs below `base`, NULL: NCG_ID_BASE, as keys; other
 * IRIs whole), labels become label candidates; other terms are skipped.
 * The syntax comes from the file name. */
ncg_status ncg_rdf_read_facts(ncg_rdf *rdf, const char *path, const char *base,
                              ncg_facts *facts, ncg_error *err);

/* Load a lexicon file (Turtle). */
ncg_status ncg_lexicon_load_file(ncg_rdf *rdf, ncg_lexicon *lex,
                                 const char *path, ncg_error *err);

#endif
