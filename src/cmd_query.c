/* ncgkg: the query command: SPARQL questions answered from files or a
 * store. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ncgkg/buf.h"
#include "ncgkg/extract.h"
#include "ncgkg/facts.h"
#include "ncgkg/lexicon.h"
#include "ncgkg/rdf.h"
#include "ncgkg/results.h"
#include "ncgkg/store.h"
#include "ncgkg/vocab.h"

/* Table cells wider than this are cut (the whole text of a statement is
 * one literal). */
#define TABLE_CELL_MAX 60

static void
usage(FILE *out)
{
	fputs("Usage: ncgkg query [OPTION]... QUERY.rq...\n"
	      "       ncgkg query [OPTION]... -e SPARQL\n"
	      "Answer SPARQL queries from RDF files and statements, or from a store.\n"
	      "\n"
	      "  -d, --data=FILE        ask FILE: RDF (.ttl, .nt, .nq, .rdf) or a statement,\n"
	      "                         read on the fly; repeatable, the files are merged\n"
	      "  -s, --store=SPEC       ask a store (PATH, virtuoso:URL or\n"
	      "                         gsp:GSP-URL,QUERY-URL; see ncgkg load); without\n"
	      "                         --data or --store, the default store\n"
	      "  -r, --results=FORMAT   table (default), csv, tsv or json\n"
	      "  -e, --expression=SPARQL  the query itself instead of QUERY.rq files\n"
	      "  -l, --lexicon=FILE     also load this lexicon file (statements in --data)\n"
	      "      --no-builtin-lexicon  start from an empty lexicon\n"
	      "  -b, --base=IRI         base of minted instance IRIs (default " NCG_ID_BASE ")\n"
	      "  -h, --help             show this help and exit\n"
	      "\n"
	      "The prefixes of ncgkg's vocabulary (ncg:, meeting:, official:, rdfs:, ...)\n"
	      "are declared.  Several QUERY files are answered in turn, each table under\n"
	      "the question its leading comment asks.  A CONSTRUCT or DESCRIBE query\n"
	      "writes N-Triples.\n", out);
}

const char **
ncg_cli_prefixes(const char *base)
{
	size_t n = 0, i = 0;
	const char **pairs;

	while (ncg_prefixes[n].prefix)
		n++;
	pairs = calloc(2 * n + 1, sizeof *pairs);
	if (!pairs)
		return NULL;
	for (const ncg_prefix *p = ncg_prefixes; p->prefix; p++) {
		pairs[i++] = p->prefix;
		if (p->iri) {
			pairs[i++] = p->iri;
		} else {
			ncg_buf b;

			ncg_buf_init(&b);
			ncg_buf_printf(&b, "%s%s", base, p->path);
			if (!(pairs[i++] = ncg_buf_take(&b))) {
				ncg_cli_prefixes_free(pairs);
				return NULL;
			}
		}
	}
	return pairs;
}

void
ncg_cli_prefixes_free(const char **pairs)
{
	if (!pairs)
		return;
	for (size_t i = 0; pairs[i]; i += 2) {
		int owned = 1;

		for (const ncg_prefix *p = ncg_prefixes; p->prefix; p++)
			if (p->iri && pairs[i + 1] == p->iri)
				owned = 0;
		if (owned)
			free((char *)pairs[i + 1]);
	}
	free(pairs);
}

int
ncg_cli_statement_rdf(ncg_rdf *rdf, const ncg_lexicon *lex, char **files, int nfiles,
                      ncg_format fmt, const char *base, char **text, size_t *len)
{
	ncg_facts *facts = ncg_facts_new();
	ncg_error err;
	int rc = NCG_EXIT_OK;

	*text = NULL;
	*len = 0;
	ncg_error_clear(&err);
	if (!facts) {
		ncg_error_set(&err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		return ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	}
	for (int i = 0; i < nfiles; i++) {
		if (ncg_extract_file(files[i], lex, facts, &err) != NCG_OK) {
			int r = ncg_cli_fail(&err, NCG_EXIT_INPUT);

			if (rc == NCG_EXIT_OK || r > rc)
				rc = r;
			ncg_error_clear(&err);
		}
	}
	if (rc == NCG_EXIT_OK &&
	    ncg_rdf_serialize(rdf, facts, fmt, base, text, len, &err) != NCG_OK)
		rc = ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	ncg_facts_free(facts);
	return rc;
}

static ncg_status
read_query(const char *path, char **out, ncg_error *err)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	ncg_buf b;
	char chunk[8192];
	size_t n;
	ncg_status st = NCG_OK;

	*out = NULL;
	if (!f) {
		ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1, "cannot open: %s",
		              strerror(errno));
		return NCG_ERR_IO;
	}
	ncg_buf_init(&b);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		ncg_buf_append(&b, chunk, n);
	if (ferror(f))
		st = ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1, "cannot read");
	else if (b.status != NCG_OK)
		st = ncg_error_set(err, b.status, path, 0, 0, -1, "%s",
		                   ncg_strerror(b.status));
	else if (memchr(ncg_buf_str(&b), '\0', b.len))
		st = ncg_error_set(err, NCG_ERR_ENCODING, path, 0, 0, -1,
		                   "a NUL byte in a query");
	if (f != stdin)
		fclose(f);
	if (st == NCG_OK && !(*out = ncg_buf_take(&b)))
		st = ncg_error_set(err, NCG_ERR_NOMEM, path, 0, 0, -1, "out of memory");
	ncg_buf_free(&b);
	return st;
}

/* The question a query file asks: its leading comment lines. */
static void
put_question(ncg_buf *out, const char *path, const char *query)
{
	const char *l = query;

	ncg_buf_printf(out, "== %s\n", path);
	while (*l == '#') {
		size_t n = strcspn(l, "\n");

		ncg_buf_append(out, l, n);
		ncg_buf_putc(out, '\n');
		l += n;
		if (*l)
			l++;
	}
}

/* Merge the --data files into one dataset: RDF as it is, statements
 * extracted together as the export command would. */
static int
read_data(ncg_dataset *d, char **files, int nfiles, char **lexfiles, int nlex,
          int builtin, const char *base)
{
	char **statements = calloc((size_t)nfiles + 1, sizeof *statements);
	int nst = 0, rc = NCG_EXIT_OK;
	ncg_error err;

	ncg_error_clear(&err);
	if (!statements) {
		fprintf(stderr, NCG_PROG ": out of memory\n");
		return NCG_EXIT_INTERNAL;
	}
	for (int i = 0; i < nfiles; i++) {
		if (!ncg_rdf_syntax_for(files[i])) {
			statements[nst++] = files[i];
		} else if (ncg_dataset_add_file(d, files[i], NULL, NULL, &err) != NCG_OK) {
			int r = ncg_cli_fail(&err, NCG_EXIT_INPUT);

			if (rc == NCG_EXIT_OK || r > rc)
				rc = r;
			ncg_error_clear(&err);
		}
	}
	if (nst > 0) {
		ncg_rdf *rdf = NULL;
		ncg_lexicon *lex = NULL;
		char *text = NULL;
		size_t len = 0;
		int r = ncg_cli_open(&rdf, &lex, builtin, lexfiles, nlex);

		if (r == NCG_EXIT_OK)
			r = ncg_cli_statement_rdf(rdf, lex, statements, nst, NCG_FMT_NTRIPLES,
			                          base, &text, &len);
		if (r == NCG_EXIT_OK &&
		    ncg_dataset_add_rdf(d, "statements", "ntriples", text, len, NULL, &err) != NCG_OK)
			r = ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
		if (r != NCG_EXIT_OK && (rc == NCG_EXIT_OK || r > rc))
			rc = r;
		free(text);
		ncg_lexicon_free(lex);
		ncg_rdf_free(rdf);
	}
	free(statements);
	return rc;
}

/* What the command line asks. */
typedef struct {
	char **data, **lexfiles;        /* --data and --lexicon files */
	int ndata, nlex, builtin;
	ncg_results_format fmt;
	const char *spec, *expr, *base;
	int nqueries;
	char **queries;                 /* the QUERY files (none with -e) */
} query_opts;

/* parse_options and check_options: go on */
#define GO_ON (-1)

/* Read the options into o (its arrays allocated by the caller): returns
 * GO_ON, or the exit status (--help: success). */
static int
parse_options(int argc, char **argv, query_opts *o)
{
	static const struct option opts[] = {
		{"data", required_argument, NULL, 'd'},
		{"store", required_argument, NULL, 's'},
		{"results", required_argument, NULL, 'r'},
		{"expression", required_argument, NULL, 'e'},
		{"lexicon", required_argument, NULL, 'l'},
		{"no-builtin-lexicon", no_argument, NULL, 'N'},
		{"base", required_argument, NULL, 'b'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}
	};
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "d:s:r:e:l:b:h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': o->data[o->ndata++] = optarg; break;
		case 's': o->spec = optarg; break;
		case 'r':
			if (ncg_results_format_parse(optarg, &o->fmt) != NCG_OK) {
				fprintf(stderr, NCG_PROG ": unknown results format '%s' (table, "
				        "csv, tsv, json)\n", optarg);
				return NCG_EXIT_USAGE;
			}
			break;
		case 'e': o->expr = optarg; break;
		case 'l': o->lexfiles[o->nlex++] = optarg; break;
		case 'N': o->builtin = 0; break;
		case 'b': o->base = optarg; break;
		case 'h':
			usage(stdout);
			return NCG_EXIT_OK;
		default:
			usage(stderr);
			return NCG_EXIT_USAGE;
		}
	}
	o->queries = argv + optind;
	o->nqueries = o->expr ? 1 : argc - optind;
	return GO_ON;
}

/* Options that exclude each other: returns GO_ON or NCG_EXIT_USAGE. */
static int
check_options(int argc, const query_opts *o)
{
	if ((o->expr && optind < argc) || o->nqueries == 0) {
		fprintf(stderr, NCG_PROG ": query: give QUERY.rq files or -e SPARQL, not %s\n",
		        o->expr ? "both" : "neither");
		usage(stderr);
		return NCG_EXIT_USAGE;
	}
	if (o->ndata > 0 && o->spec) {
		fprintf(stderr, NCG_PROG ": query: --data and --store exclude each other\n");
		return NCG_EXIT_USAGE;
	}
	if (o->nqueries > 1 && o->fmt != NCG_RESULTS_TABLE) {
		fprintf(stderr, NCG_PROG ": query: several queries need --results table\n");
		return NCG_EXIT_USAGE;
	}
	if (!strstr(o->base, ":")) {
		fprintf(stderr, NCG_PROG ": --base: '%s' is not an absolute IRI\n", o->base);
		return NCG_EXIT_USAGE;
	}
	return GO_ON;
}

/* What the queries ask: the --data files, merged, or a store. */
typedef struct {
	ncg_dataset *dataset;
	ncg_store *store;
	char *default_spec;
	const char **prefixes;
} query_source;

static void
source_close(query_source *s)
{
	ncg_dataset_free(s->dataset);
	ncg_store_close(s->store);
	ncg_cli_prefixes_free(s->prefixes);
	free(s->default_spec);
}

/* Open what to ask (and the prefixes): returns an exit status. */
static int
source_open(query_source *s, const query_opts *o)
{
	const char *spec = o->spec;
	ncg_error err;

	ncg_error_clear(&err);
	s->prefixes = ncg_cli_prefixes(o->base);
	if (!s->prefixes) {
		fprintf(stderr, NCG_PROG ": out of memory\n");
		return NCG_EXIT_INTERNAL;
	}
	if (o->ndata > 0) {
		if (ncg_dataset_new(&s->dataset, NCG_DATASET_MERGED, &err) != NCG_OK)
			return ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
		return read_data(s->dataset, o->data, o->ndata, o->lexfiles, o->nlex, o->builtin,
		                 o->base);
	}
	if (!spec) {
		if (ncg_store_default_spec(&s->default_spec, &err) != NCG_OK)
			return ncg_cli_fail(&err, NCG_EXIT_USAGE);
		spec = s->default_spec;
	}
	if (ncg_store_open(&s->store, spec, 0, &err) != NCG_OK)
		return ncg_cli_fail(&err, NCG_EXIT_INPUT);
	return NCG_EXIT_OK;
}

/* Answer query q into out: under its question when there are several.
 * Returns an exit status, the error printed. */
static int
answer(const query_opts *o, const query_source *s, int q, ncg_buf *out)
{
	const char *name = o->expr ? "-e" : o->queries[q];
	char *text = NULL, *graph = NULL;
	ncg_results *results = NULL;
	ncg_status st;
	ncg_error err;

	ncg_error_clear(&err);
	if (!o->expr)
		st = read_query(name, &text, &err);
	else if (!(text = strdup(o->expr)))
		st = ncg_error_set(&err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
	else
		st = NCG_OK;
	if (st != NCG_OK)
		return ncg_cli_fail(&err, NCG_EXIT_INPUT);
	st = s->dataset ? ncg_dataset_query(s->dataset, text, name, s->prefixes, &results, &graph,
	                                    &err)
	                : ncg_store_query(s->store, text, name, s->prefixes, &results, &graph, &err);
	if (st == NCG_OK) {
		if (o->nqueries > 1) {
			if (q > 0)
				ncg_buf_putc(out, '\n');
			put_question(out, name, text);
		}
		if (graph)
			ncg_buf_puts(out, graph);
		else
			st = ncg_results_write(results, o->fmt, s->prefixes, TABLE_CELL_MAX, out, &err);
	}
	free(text);
	free(graph);
	ncg_results_free(results);
	return st != NCG_OK ? ncg_cli_fail(&err, NCG_EXIT_INPUT) : NCG_EXIT_OK;
}

/* Answer every query, then write the answers: returns an exit status. */
static int
answer_all(const query_opts *o, const query_source *s)
{
	ncg_buf out;
	int rc = NCG_EXIT_OK;

	ncg_buf_init(&out);
	for (int q = 0; q < o->nqueries && rc == NCG_EXIT_OK; q++)
		rc = answer(o, s, q, &out);
	if (rc == NCG_EXIT_OK && out.status != NCG_OK) {
		fprintf(stderr, NCG_PROG ": out of memory\n");
		rc = NCG_EXIT_INTERNAL;
	}
	if (rc == NCG_EXIT_OK && out.len > 0 && fwrite(out.data, 1, out.len, stdout) != out.len) {
		fprintf(stderr, NCG_PROG ": cannot write to standard output\n");
		rc = NCG_EXIT_OUTPUT;
	}
	ncg_buf_free(&out);
	return rc;
}

int
ncg_cmd_query(int argc, char **argv)
{
	query_opts o = {NULL, NULL, 0, 0, 1, NCG_RESULTS_TABLE, NULL, NULL, NCG_ID_BASE, 0, NULL};
	query_source s = {NULL, NULL, NULL, NULL};
	int rc;

	o.data = calloc((size_t)argc + 1, sizeof *o.data);
	o.lexfiles = calloc((size_t)argc + 1, sizeof *o.lexfiles);
	if (!o.data || !o.lexfiles) {
		fprintf(stderr, NCG_PROG ": out of memory\n");
		rc = NCG_EXIT_INTERNAL;
	} else if ((rc = parse_options(argc, argv, &o)) == GO_ON &&
	           (rc = check_options(argc, &o)) == GO_ON &&
	           (rc = source_open(&s, &o)) == NCG_EXIT_OK) {
		rc = answer_all(&o, &s);
	}
	source_close(&s);
	free(o.data);
	free(o.lexfiles);
	return rc;
}
