/* ncgkg: the commands behind the command line (private to the program). */
#ifndef NCGKG_CLI_H
#define NCGKG_CLI_H

#include "ncgkg/rdf.h"
#include "ncgkg/status.h"
#include "ncgkg/text.h"

/* Exit statuses; documented in ncgkg.1, EXIT STATUS. */
typedef enum {
	NCG_EXIT_OK = 0,        /* success */
	NCG_EXIT_INPUT = 1,     /* an input could not be read or is not a statement */
	NCG_EXIT_USAGE = 2,     /* bad command line */
	NCG_EXIT_OUTPUT = 3,    /* the output could not be written */
	NCG_EXIT_LEXICON = 4,   /* a lexicon file is missing or invalid */
	NCG_EXIT_INTERNAL = 5   /* out of memory, a library failure, a bug */
} ncg_exit;

/* Each command parses its own arguments (argv[0] is the command name) and
 * returns an exit status; messages go to stderr prefixed "ncgkg: ". */
int ncg_cmd_export(int argc, char **argv);
int ncg_cmd_graph(int argc, char **argv);
int ncg_cmd_mentions(int argc, char **argv);
int ncg_cmd_query(int argc, char **argv);
int ncg_cmd_load(int argc, char **argv);

/* Print an error and return the exit status for its kind, taking
 * `input_kind` for failures of the inputs. */
int ncg_cli_fail(const ncg_error *err, ncg_exit input_kind);

/* Shared by commands: a Redland world and the lexicon (the built-in one
 * unless !builtin, then each --lexicon file).  Returns an exit status;
 * on failure *rdf and *lex are NULL and the error is printed. */
typedef struct ncg_lexicon ncg_lexicon;
typedef struct ncg_rdf ncg_rdf;
int ncg_cli_open(ncg_rdf **rdf, ncg_lexicon **lex, int builtin, char **files,
                 int nfiles);

/* Read every input into new facts (*out): statements, and when
 * `allow_rdf`, RDF files ncgkg exported.  Every bad input is reported;
 * then nothing is to be written: the exit status says why and *out is
 * NULL. */
typedef struct ncg_facts ncg_facts;
int ncg_cli_read_inputs(ncg_rdf *rdf, const ncg_lexicon *lex, char **files, int nfiles,
                        int allow_rdf, const char *base, ncg_facts **out);

/* The same, with what the command line says of the statements (export
 * --source URL): the non-NULL fields of meta apply to every statement read
 * (NULL: nothing). */
int ncg_cli_read_inputs_meta(ncg_rdf *rdf, const ncg_lexicon *lex, char **files,
                             int nfiles, int allow_rdf, const char *base,
                             const ncg_text_meta *meta, ncg_facts **out);

/* Shared by query and load (cmd_query.c).  The prefixes of ncgkg's
 * vocabulary as NULL-terminated (prefix, namespace) pairs, instance
 * prefixes below `base`; NULL when out of memory.  Free with
 * ncg_cli_prefixes_free. */
const char **ncg_cli_prefixes(const char *base);
void ncg_cli_prefixes_free(const char **pairs);

/* Extract statements together and serialise their facts in `fmt` into
 * *text (the caller frees).  Every bad input is reported; returns an exit
 * status. */
int ncg_cli_statement_rdf(ncg_rdf *rdf, const ncg_lexicon *lex, char **files,
                          int nfiles, ncg_format fmt, const char *base,
                          char **text, size_t *len);

#define NCG_PROG "ncgkg"

#endif
