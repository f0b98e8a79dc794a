/* ncgkg: the commands behind the command line (private to the program). */
#ifndef NCGKG_CLI_H
#define NCGKG_CLI_H

#include <stddef.h>

#include "ncgkg/extract.h"
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

/* The same with meta, within limits (NULL: the defaults); an input over
 * a limit is reported with how to raise it. */
int ncg_cli_read_inputs_limited(ncg_rdf *rdf, const ncg_lexicon *lex, char **files,
                                int nfiles, int allow_rdf, const char *base,
                                const ncg_text_meta *meta, const ncg_limits *limits,
                                ncg_facts **out);

/* The same, streaming: each time the facts read reach batch_facts (and no
 * input failed so far), they are handed to fn(ctx, batch, err), which
 * keeps what it needs of them (the batch is freed after); *out holds the
 * rest.  A failure of fn stops the reading (exit status from its error,
 * NCG_EXIT_OUTPUT for an I/O error).  fn NULL: everything into *out. */
typedef ncg_status (*ncg_cli_batch_fn)(void *ctx, ncg_facts *batch, ncg_error *err);
int ncg_cli_read_batches(ncg_rdf *rdf, const ncg_lexicon *lex, char **files, int nfiles,
                         int allow_rdf, const char *base, const ncg_text_meta *meta,
                         const ncg_limits *limits, size_t batch_facts, ncg_cli_batch_fn fn,
                         void *ctx, ncg_facts **out);

/* Read a statement FILE ("-": standard input), a saved page or plain
 * text, as ncg_html_read_file does (the lexicon's class words mark a
 * page's furniture), refusing more than max_bytes (see
 * ncg_text_read_bytes_max). */
ncg_status ncg_cli_read_statement(const char *path, size_t max_bytes,
                                  const ncg_lexicon *lex, ncg_text **out,
                                  ncg_error *err);

/* Open the output (-o PATH; NULL or "-" for standard output) before any
 * input is read, refusing one that is an input or a lexicon file.
 * Returns an exit status; on failure *out is NULL and the error is
 * printed. */
typedef struct ncg_output ncg_output;
int ncg_cli_output_open(const char *path, char **files, int nfiles,
                        char **lexfiles, int nlex, ncg_output **out);

/* Write data to the output and commit it (o is released).  Returns an
 * exit status, the error printed. */
int ncg_cli_output_finish(ncg_output *o, const void *data, size_t len);

/* Is base an absolute IRI that every RDF syntax can write: a scheme, a
 * colon, no white space, control character or any of <>"{}|\^`, valid
 * UTF-8?  Else prints why and returns NCG_EXIT_USAGE. */
int ncg_cli_check_base(const char *base);

/* --max-size and --max-entities: parse a count ("16M", "0"), or print why
 * not and return NCG_EXIT_USAGE.  `suffixes` allows k, M, G (powers of
 * 1024). */
int ncg_cli_parse_count(const char *option, const char *arg, int suffixes,
                        size_t *out);

/* The options' codes (no short option) and help, shared by the commands
 * that read statements. */
enum { NCG_OPT_MAX_SIZE = 0x100, NCG_OPT_MAX_ENTITIES };

/* A --max-size or --max-entities option (opt, its code) with its
 * argument into limits: NCG_EXIT_OK, or NCG_EXIT_USAGE after saying why. */
int ncg_cli_limit_option(int opt, const char *arg, ncg_limits *limits);
#define NCG_CLI_LIMITS_HELP \
	"      --max-size=BYTES   refuse a statement over BYTES (default 16M; k, M, G;\n" \
	"                         0: the most ncgkg reads, 1G)\n" \
	"      --max-entities=N   refuse a statement with over N entity mentions\n" \
	"                         (default 50000; 0: no limit)\n"
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
