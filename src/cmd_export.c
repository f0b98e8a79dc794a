/* ncgkg: the export command: statements in, RDF out. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ncgkg/extract.h"
#include "ncgkg/facts.h"
#include "ncgkg/html.h"
#include "ncgkg/lexicon.h"
#include "ncgkg/output.h"
#include "ncgkg/rdf.h"
#include "ncgkg/vocab.h"
#include "progress.h"

static void
usage(FILE *out)
{
	fputs("Usage: ncgkg export [OPTION]... FILE...\n"
	      "Read statements (FILE, or - for standard input) and write what they\n"
	      "say as one RDF graph.  A FILE named .ttl, .nt, .nq or .rdf is RDF that\n"
	      "ncgkg exported: it is read back and written again, so that exports can\n"
	      "be merged or converted.\n"
	      "\n"
	      "  -f, --format=FORMAT    turtle (default), ntriples, nquads or rdfxml\n"
	      "  -o, --output=FILE      write to FILE instead of standard output (- is\n"
	      "                         standard output); a regular file is replaced\n"
	      "                         whole or not at all\n"
	      "  -b, --base=IRI         base of minted instance IRIs\n"
	      "                         (default " NCG_ID_BASE ")\n"
	      "  -l, --lexicon=FILE     also load this lexicon file (Turtle); repeatable\n"
	      "      --source=URL       the address the statement was read from\n"
	      "                         (dcterms:source; one FILE only)\n"
	      "      --no-builtin-lexicon  start from an empty lexicon\n"
	      NCG_CLI_LIMITS_HELP
	      "  -q, --quiet            no progress line on a terminal\n"
	      "  -h, --help             show this help and exit\n", out);
}

int
ncg_cli_fail(const ncg_error *err, ncg_exit input_kind)
{
	ncg_error_print(err, stderr, NCG_PROG);
	switch (err->status) {
	case NCG_OK: return NCG_EXIT_OK;
	case NCG_ERR_USAGE: return NCG_EXIT_USAGE;
	case NCG_ERR_NOMEM:
	case NCG_ERR_RDF:
	case NCG_ERR_GRAPHVIZ:
	case NCG_ERR_INTERNAL: return NCG_EXIT_INTERNAL;
	case NCG_ERR_LEXICON: return NCG_EXIT_LEXICON;
	default: return input_kind;
	}
}

int
ncg_cli_open(ncg_rdf **rdf, ncg_lexicon **out, int builtin, char **files, int nfiles)
{
	ncg_lexicon *lex;
	ncg_error err;
	int rc = NCG_EXIT_OK;

	ncg_error_clear(&err);
	*out = NULL;
	if (ncg_rdf_new(rdf, &err) != NCG_OK)
		return ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	lex = ncg_lexicon_new();
	if (!lex) {
		ncg_error_set(&err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		rc = ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	} else if (builtin && ncg_lexicon_load_builtin(*rdf, lex, &err) != NCG_OK) {
		rc = ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	}
	for (int i = 0; rc == NCG_EXIT_OK && i < nfiles; i++)
		if (ncg_lexicon_load_file(*rdf, lex, files[i], &err) != NCG_OK)
			rc = ncg_cli_fail(&err, NCG_EXIT_LEXICON);
	if (rc == NCG_EXIT_OK && ncg_lexicon_index(lex, &err) != NCG_OK)
		rc = ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	if (rc != NCG_EXIT_OK) {
		ncg_lexicon_free(lex);
		ncg_rdf_free(*rdf);
		*rdf = NULL;
		return rc;
	}
	*out = lex;
	return NCG_EXIT_OK;
}

ncg_status
ncg_cli_read_statement(const char *path, size_t max_bytes, const ncg_lexicon *lex,
                       ncg_text **out, ncg_error *err)
{
	char *bytes;
	size_t n;
	ncg_status st;

	/* ncg_html_read_file, with the size limit */
	*out = NULL;
	st = ncg_text_read_bytes_max(path, max_bytes, &bytes, &n, err);
	if (st != NCG_OK)
		return st;
	if (ncg_html_detect(strcmp(path, "-") == 0 ? NULL : path, bytes, n))
		st = ncg_html_read(path, bytes, n, lex, out, err);
	else
		st = ncg_text_from_bytes(path, bytes, n, out, err);
	free(bytes);
	return st;
}

/* One statement file, a saved page or plain text, into facts, within
 * limits (NULL: the defaults). */
static ncg_status
extract_statement(const char *path, const ncg_text_meta *meta, const ncg_lexicon *lex,
                  const ncg_limits *limits, ncg_facts *facts, ncg_error *err)
{
	static const ncg_limits defaults = {NCG_DEFAULT_MAX_BYTES, NCG_DEFAULT_MAX_MENTIONS};
	ncg_text *t = NULL;
	ncg_status st;

	if (!limits)
		limits = &defaults;
	st = ncg_cli_read_statement(path, limits->max_bytes, lex, &t, err);
	/* what the user says (--source) overrides what a page says */
	if (st == NCG_OK && meta)
		st = ncg_text_set_meta(t, meta, err);
	if (st == NCG_OK)
		st = ncg_extract_text_limited(t, lex, limits, facts, err);
	ncg_text_free(t);
	return st;
}

int
ncg_cli_check_base(const char *base)
{
	const unsigned char *p = (const unsigned char *)base;
	const char *why = NULL;
	size_t i = 0;

	if (!((p[0] >= 'a' && p[0] <= 'z') || (p[0] >= 'A' && p[0] <= 'Z')))
		why = "does not start with a scheme (such as https:)";
	while (!why && p[i] != ':') {
		if (!((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') ||
		      (p[i] >= '0' && p[i] <= '9') || p[i] == '+' || p[i] == '-' || p[i] == '.'))
			why = "does not start with a scheme (such as https:)";
		i++;
	}
	if (!why && !p[i + 1])
		why = "has nothing after its scheme";
	for (; !why && p[i]; i++) {
		if (p[i] <= 0x20 || p[i] == 0x7F)
			why = "holds white space or a control character";
		else if (strchr("<>\"{}|\\^`", p[i]))
			why = "holds one of <>\"{}|\\^`";
		else if (p[i] >= 0x80) {
			/* a valid UTF-8 sequence */
			size_t n = p[i] >= 0xF0 ? 3 : p[i] >= 0xE0 ? 2 : 1;

			if (p[i] < 0xC2 || p[i] > 0xF4)
				why = "is not UTF-8";
			for (size_t k = 1; !why && k <= n; k++)
				if ((p[i + k] & 0xC0) != 0x80)
					why = "is not UTF-8";
			if (!why)
				i += n;
		}
	}
	if (!why)
		return NCG_EXIT_OK;
	fprintf(stderr, NCG_PROG ": --base: '%s' is not an absolute IRI: it %s\n", base, why);
	return NCG_EXIT_USAGE;
}

int
ncg_cli_parse_count(const char *option, const char *arg, int suffixes, size_t *out)
{
	char *end;
	unsigned long long v;
	unsigned shift = 0;

	errno = 0;
	v = strtoull(arg, &end, 10);
	if (suffixes && end != arg && end[0] && !end[1]) {
		switch (end[0]) {
		case 'k': case 'K': shift = 10; end++; break;
		case 'm': case 'M': shift = 20; end++; break;
		case 'g': case 'G': shift = 30; end++; break;
		default: break;
		}
	}
	if (errno || end == arg || *end || arg[0] == '-' || arg[0] == '+' ||
	    v > (SIZE_MAX >> shift)) {
		fprintf(stderr, NCG_PROG ": --%s: '%s' is not a count%s\n", option, arg,
		        suffixes ? " (a number, maybe with k, M or G)" : "");
		return NCG_EXIT_USAGE;
	}
	*out = (size_t)(v << shift);
	return NCG_EXIT_OK;
}

int
ncg_cli_limit_option(int opt, const char *arg, ncg_limits *limits)
{
	if (opt == NCG_OPT_MAX_SIZE)
		return ncg_cli_parse_count("max-size", arg, 1, &limits->max_bytes);
	return ncg_cli_parse_count("max-entities", arg, 0, &limits->max_mentions);
}

int
ncg_cli_read_inputs(ncg_rdf *rdf, const ncg_lexicon *lex, char **files, int nfiles,
                    int allow_rdf, const char *base, ncg_facts **out)
{
	return ncg_cli_read_inputs_meta(rdf, lex, files, nfiles, allow_rdf, base, NULL, out);
}

int
ncg_cli_read_inputs_meta(ncg_rdf *rdf, const ncg_lexicon *lex, char **files, int nfiles,
                         int allow_rdf, const char *base, const ncg_text_meta *meta,
                         ncg_facts **out)
{
	return ncg_cli_read_inputs_limited(rdf, lex, files, nfiles, allow_rdf, base, meta,
	                                   NULL, out);
}

/* Statements per batch for streaming export: a batch is written as a
 * sorted run once its store holds this many facts and label candidates
 * (some 30 MB of memory). */
#define BATCH_FACTS 50000

/* export's batches become sorted runs on disk */
static ncg_status
runs_batch(void *runs, ncg_facts *batch, ncg_error *err)
{
	return ncg_rdf_runs_add(runs, batch, err);
}

/* Read input file into facts: RDF if allow_rdf and it is RDF, else a
 * statement.  A failure is reported, rc raised to its exit code and
 * *over set when a limit stopped it. */
static void
read_one_input(ncg_rdf *rdf, const ncg_lexicon *lex, const char *file, int allow_rdf,
               const char *base, const ncg_text_meta *meta, const ncg_limits *limits,
               ncg_facts *facts, int *rc, int *over)
{
	ncg_error err;
	ncg_status st;

	ncg_error_clear(&err);
	st = allow_rdf && ncg_rdf_path_is_rdf(file)
	     ? ncg_rdf_read_facts(rdf, file, base, facts, &err)
	     : extract_statement(file, meta, lex, limits, facts, &err);
	if (st != NCG_OK) {
		int r = ncg_cli_fail(&err, NCG_EXIT_INPUT);

		*over |= st == NCG_ERR_LIMIT;
		if (*rc == NCG_EXIT_OK || r > *rc)
			*rc = r;
	}
}

/* Give fn the batch *facts and start a new one; the exit code, the
 * failure reported. */
static int
flush_batch(ncg_cli_batch_fn fn, void *ctx, ncg_facts **facts)
{
	ncg_error err;
	ncg_status st;

	ncg_error_clear(&err);
	if ((st = fn(ctx, *facts, &err)) != NCG_OK) {
		if (err.status == NCG_OK)
			ncg_error_set(&err, st, "", 0, 0, -1, "%s", ncg_strerror(st));
		return ncg_cli_fail(&err, NCG_EXIT_OUTPUT);
	}
	ncg_facts_free(*facts);
	*facts = ncg_facts_new();
	if (!*facts) {
		ncg_error_set(&err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		return ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	}
	return NCG_EXIT_OK;
}

int
ncg_cli_read_batches(ncg_rdf *rdf, const ncg_lexicon *lex, char **files, int nfiles,
                     int allow_rdf, const char *base, const ncg_text_meta *meta,
                     const ncg_limits *limits, size_t batch_facts, ncg_cli_batch_fn fn,
                     void *ctx, ncg_facts **out)
{
	ncg_facts *facts = ncg_facts_new();
	int rc = NCG_EXIT_OK, over = 0;

	*out = NULL;
	if (!facts) {
		ncg_error err;

		ncg_error_clear(&err);
		ncg_error_set(&err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		return ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	}
	/* every input is read, and every bad one reported, before anything
	 * is written */
	ncg_progress_begin((size_t)nfiles, "statements");
	for (int i = 0; i < nfiles; i++) {
		read_one_input(rdf, lex, files[i], allow_rdf, base, meta, limits, facts, &rc,
		               &over);
		ncg_progress_step((size_t)i + 1);
		if (fn && rc == NCG_EXIT_OK && ncg_facts_size(facts) >= batch_facts &&
		    (rc = flush_batch(fn, ctx, &facts)) != NCG_EXIT_OK)
			break;
	}
	ncg_progress_end();
	if (over)
		fprintf(stderr, NCG_PROG ": the limits protect from statements that would "
		        "take too long or too much memory; raise them with --max-size and "
		        "--max-entities\n");
	if (rc != NCG_EXIT_OK) {
		fprintf(stderr, NCG_PROG ": nothing written\n");
		ncg_facts_free(facts);
		return rc;
	}
	*out = facts;
	return NCG_EXIT_OK;
}

int
ncg_cli_read_inputs_limited(ncg_rdf *rdf, const ncg_lexicon *lex, char **files,
                            int nfiles, int allow_rdf, const char *base,
                            const ncg_text_meta *meta, const ncg_limits *limits,
                            ncg_facts **out)
{
	return ncg_cli_read_batches(rdf, lex, files, nfiles, allow_rdf, base, meta, limits,
	                            0, NULL, NULL, out);
}

int
ncg_cli_output_open(const char *path, char **files, int nfiles, char **lexfiles,
                    int nlex, ncg_output **out)
{
	const char **all = calloc((size_t)nfiles + (size_t)nlex + 1, sizeof *all);
	ncg_error err;
	ncg_status st;

	*out = NULL;
	ncg_error_clear(&err);
	if (!all) {
		ncg_error_set(&err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		return ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	}
	for (int i = 0; i < nfiles; i++)
		all[i] = files[i];
	for (int i = 0; i < nlex; i++)
		all[nfiles + i] = lexfiles[i];
	st = ncg_output_open(path, all, (size_t)nfiles + (size_t)nlex, out, &err);
	free(all);
	return st == NCG_OK ? NCG_EXIT_OK : ncg_cli_fail(&err, NCG_EXIT_OUTPUT);
}

int
ncg_cli_output_finish(ncg_output *o, const void *data, size_t len)
{
	ncg_error err;

	ncg_error_clear(&err);
	if (len && fwrite(data, 1, len, ncg_output_file(o)) != len) {
		ncg_error_set(&err, NCG_ERR_IO, ncg_output_name(o), 0, 0, -1,
		              "cannot write: %s", strerror(errno));
		ncg_output_abort(o);
		return ncg_cli_fail(&err, NCG_EXIT_OUTPUT);
	}
	if (ncg_output_commit(o, &err) != NCG_OK)
		return ncg_cli_fail(&err, NCG_EXIT_OUTPUT);
	return NCG_EXIT_OK;
}

/* What the export command line asks. */
typedef struct {
	ncg_limits limits;
	ncg_format fmt;
	int builtin;
	const char *output, *base;
	ncg_text_meta meta;
	char **lexfiles;        /* allocated by the caller */
	int nlex;
} export_opts;

/* parse_options and check_options: go on */
#define GO_ON (-1)

/* Read the options into o: returns GO_ON, or the exit status (--help:
 * success). */
static int
parse_options(int argc, char **argv, export_opts *o)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},
		{"base", required_argument, NULL, 'b'},
		{"lexicon", required_argument, NULL, 'l'},
		{"no-builtin-lexicon", no_argument, NULL, 'N'},
		{"source", required_argument, NULL, 'S'},
		{"max-size", required_argument, NULL, NCG_OPT_MAX_SIZE},
		{"max-entities", required_argument, NULL, NCG_OPT_MAX_ENTITIES},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}
	};
	int c, rc = GO_ON;

	argv[0] = (char *)NCG_PROG ": export";   /* getopt's messages */
	optind = 1;
	while (rc == GO_ON && (c = getopt_long(argc, argv, "f:o:b:l:qh", opts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (ncg_format_parse(optarg, &o->fmt) != NCG_OK) {
				fprintf(stderr, NCG_PROG ": unknown format '%s' (turtle, ntriples, "
				        "nquads, rdfxml)\n", optarg);
				rc = NCG_EXIT_USAGE;
			}
			break;
		case 'o': o->output = optarg; break;
		case 'b': o->base = optarg; break;
		case 'l': o->lexfiles[o->nlex++] = optarg; break;
		case 'N': o->builtin = 0; break;
		case 'S': o->meta.source = optarg; break;
		case NCG_OPT_MAX_SIZE:
		case NCG_OPT_MAX_ENTITIES:
			if (ncg_cli_limit_option(c, optarg, &o->limits) != 0)
				rc = NCG_EXIT_USAGE;
			break;
		case 'q': ncg_progress_set_quiet(1); break;
		case 'h': usage(stdout); rc = NCG_EXIT_OK; break;
		default: usage(stderr); rc = NCG_EXIT_USAGE; break;
		}
	}
	return rc;
}

/* What the options say together: returns GO_ON or an exit status. */
static int
check_options(int argc, const export_opts *o)
{
	int rc;

	if (optind >= argc) {
		fprintf(stderr, NCG_PROG ": export: no statement given (FILE, or - for "
		        "standard input)\n");
		usage(stderr);
		return NCG_EXIT_USAGE;
	}
	if ((rc = ncg_cli_check_base(o->base)) != NCG_EXIT_OK)
		return rc;
	if (o->meta.source && !ncg_iri_is_absolute(o->meta.source)) {
		fprintf(stderr, NCG_PROG ": --source: '%s' is not an absolute IRI "
		        "(e.g. https://www.defense.gov/...)\n", o->meta.source);
		return NCG_EXIT_USAGE;
	}
	if (o->meta.source && argc - optind != 1) {
		fprintf(stderr, NCG_PROG ": --source names the address of one statement; "
		        "%d were given\n", argc - optind);
		return NCG_EXIT_USAGE;
	}
	return GO_ON;
}

/* Read the inputs onto out: batches of statements become sorted runs in
 * temporary files, merged onto the output (issue 9).  Returns an exit
 * status, the error printed; out is left for the caller to finish or
 * abort. */
static int
export_inputs(const export_opts *o, char **files, int nfiles, ncg_output *out)
{
	ncg_rdf *rdf = NULL;
	ncg_lexicon *lex = NULL;
	ncg_facts *facts = NULL;
	ncg_rdf_runs *runs = NULL;
	ncg_error err;
	ncg_status st;
	int rc;

	ncg_error_clear(&err);
	rc = ncg_cli_open(&rdf, &lex, o->builtin, o->lexfiles, o->nlex);
	if (rc != NCG_EXIT_OK)
		goto done;
	if (ncg_rdf_runs_new(rdf, o->fmt, o->base, &runs, &err) != NCG_OK) {
		rc = ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
		goto done;
	}
	rc = ncg_cli_read_batches(rdf, lex, files, nfiles, 1, o->base,
	                          o->meta.source ? &o->meta : NULL, &o->limits, BATCH_FACTS,
	                          runs_batch, runs, &facts);
	if (rc != NCG_EXIT_OK)
		goto done;
	st = ncg_rdf_runs_add(runs, facts, &err);
	if (st == NCG_OK)
		st = ncg_rdf_runs_write(runs, ncg_output_file(out), ncg_output_name(out), &err);
	if (st != NCG_OK)
		rc = ncg_cli_fail(&err, st == NCG_ERR_IO ? NCG_EXIT_OUTPUT : NCG_EXIT_INTERNAL);
done:
	ncg_rdf_runs_free(runs);
	ncg_facts_free(facts);
	ncg_lexicon_free(lex);
	ncg_rdf_free(rdf);
	return rc;
}

int
ncg_cmd_export(int argc, char **argv)
{
	export_opts o = {{NCG_DEFAULT_MAX_BYTES, NCG_DEFAULT_MAX_MENTIONS}, NCG_FMT_TURTLE, 1,
	                 NULL, NCG_ID_BASE, {NULL, NULL, NULL, NULL}, NULL, 0};
	ncg_output *out = NULL;
	int rc;

	if (!(o.lexfiles = calloc((size_t)argc + 1, sizeof *o.lexfiles))) {
		fprintf(stderr, NCG_PROG ": out of memory\n");
		return NCG_EXIT_INTERNAL;
	}
	if ((rc = parse_options(argc, argv, &o)) != GO_ON || (rc = check_options(argc, &o)) != GO_ON)
		goto done;
	rc = ncg_cli_output_open(o.output, argv + optind, argc - optind, o.lexfiles, o.nlex, &out);
	if (rc == NCG_EXIT_OK)
		rc = export_inputs(&o, argv + optind, argc - optind, out);
	if (rc == NCG_EXIT_OK) {
		rc = ncg_cli_output_finish(out, NULL, 0);
		out = NULL;
	}
done:
	ncg_output_abort(out);
	free(o.lexfiles);
	return rc;
}
