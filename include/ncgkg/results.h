/* ncgkg: SPARQL query results as plain C values, and their formats.
 *
 * A result set is what any engine answers, embedded (rasqal) or a server
 * (read from its SPARQL JSON): a list of variable names and rows of terms,
 * or one boolean for ASK.  Writers produce the W3C formats (SPARQL 1.1
 * Query Results CSV, TSV and JSON) and an aligned table for people.  No
 * RDF library is involved; the store module fills result sets.
 *
 * Ownership: ncg_results_new allocates; the result set copies every
 * string it is given; ncg_results_free releases everything
 * (ncg_results_free(NULL) is a no-op).  Terms returned by ncg_results_get
 * belong to the result set.
 */
#ifndef NCGKG_RESULTS_H
#define NCGKG_RESULTS_H

#include <stddef.h>

#include "ncgkg/buf.h"
#include "ncgkg/status.h"

typedef enum {
	NCG_TERM_UNBOUND = 0,
	NCG_TERM_IRI,
	NCG_TERM_BLANK,
	NCG_TERM_LITERAL
} ncg_term_kind;

/* One RDF term.  For literals, `datatype` is NULL for a plain string
 * (xsd:string) and `lang` NULL unless language-tagged; otherwise both are
 * NULL.  `value` is the IRI, the blank node label or the lexical form. */
typedef struct {
	ncg_term_kind kind;
	const char *value;
	const char *datatype;
	const char *lang;
} ncg_term;

typedef struct ncg_results ncg_results;

typedef enum {
	NCG_RESULTS_TABLE,     /* aligned columns for a terminal */
	NCG_RESULTS_CSV,       /* text/csv (W3C), CRLF line ends */
	NCG_RESULTS_TSV,       /* text/tab-separated-values (W3C) */
	NCG_RESULTS_JSON,      /* application/sparql-results+json */
	NCG_RESULTS__COUNT
} ncg_results_format;

/* "table", "csv", "tsv", "json" to *out; NCG_ERR_USAGE (and *out
 * unchanged) when unknown. */
ncg_status ncg_results_format_parse(const char *name, ncg_results_format *out);

/* A result set with these variables (names without '?'), no rows. */
ncg_status ncg_results_new(ncg_results **out, const char *const *vars,
                           size_t nvars, ncg_error *err);
/* An ASK answer. */
ncg_status ncg_results_new_boolean(ncg_results **out, int value, ncg_error *err);
void ncg_results_free(ncg_results *r);

/* Append a row: `terms` holds one term per variable, in order. */
ncg_status ncg_results_add_row(ncg_results *r, const ncg_term *terms, ncg_error *err);

int ncg_results_is_boolean(const ncg_results *r);
int ncg_results_boolean(const ncg_results *r);
size_t ncg_results_vars(const ncg_results *r);
const char *ncg_results_var(const ncg_results *r, size_t i);
size_t ncg_results_rows(const ncg_results *r);
const ncg_term *ncg_results_get(const ncg_results *r, size_t row, size_t var);

/* Write a result set in a format, appending to `out`.  The table
 * abbreviates IRIs with the prefixes given (NULL-terminated pairs
 * prefix, namespace IRI; may be NULL), shows literals as their text and
 * cuts cells wider than `max_width` display columns (0: no limit). */
ncg_status ncg_results_write(const ncg_results *r, ncg_results_format fmt,
                             const char *const *prefixes, size_t max_width,
                             ncg_buf *out, ncg_error *err);

/* Read SPARQL 1.1 Query Results JSON (what a SPARQL endpoint answers).
 * `name` names the source in messages. */
ncg_status ncg_results_read_json(ncg_results **out, const char *json, size_t len,
                                 const char *name, ncg_error *err);

/* Display width of UTF-8 text in a terminal: East Asian wide and full-width
 * characters count 2, combining marks 0. */
size_t ncg_display_width(const char *s, size_t len);

#endif
