/* ncgkg: the load command: statements or exported RDF into a store, one
 * named graph per statement. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ncgkg/lexicon.h"
#include "ncgkg/rdf.h"
#include "ncgkg/store.h"
#include "ncgkg/vocab.h"

static void
usage(FILE *out)
{
	fputs("Usage: ncgkg load [OPTION]... INPUT...\n"
	      "Load statements, or RDF that ncgkg exported, into a store: one named\n"
	      "graph per statement, which replaces what the store held for it.\n"
	      "\n"
	      "  -s, --store=SPEC       the store (default $NCGKG_STORE, else\n"
	      "                         $XDG_DATA_HOME/ncgkg/store, i.e.\n"
	      "                         ~/.local/share/ncgkg/store):\n"
	      "                           PATH      a folder: an embedded store, made if new\n"
	      "                           virtuoso:URL  a Virtuoso server (http://host:8890)\n"
	      "                           gsp:GSP-URL,QUERY-URL  any Graph Store Protocol server\n"
	      "  -g, --graph=IRI        the graph of RDF triples that describe no single\n"
	      "                         statement (quads keep their graphs)\n"
	      "  -v, --verbose          name each graph loaded and its size\n"
	      "  -l, --lexicon=FILE     also load this lexicon file (Turtle); repeatable\n"
	      "      --no-builtin-lexicon  start from an empty lexicon\n"
	      "  -b, --base=IRI         base of minted instance IRIs (default " NCG_ID_BASE ")\n"
	      "  -h, --help             show this help and exit\n"
	      "\n"
	      "INPUT is a statement (text) or RDF (.ttl, .nt, .nq, .rdf).  The load is\n"
	      "all or nothing: if any input is bad, or the store fails, the store is left\n"
	      "as it was.  A server's user and password come from NCGKG_STORE_USER and\n"
	      "NCGKG_STORE_PASSWORD, or from a netrc file ($NETRC, else ~/.netrc).\n", out);
}

/* One input into a dataset of named graphs. */
static int
stage(ncg_dataset *d, const char *path, const char *graph, ncg_rdf **rdf,
      ncg_lexicon **lex, char **lexfiles, int nlex, int builtin, const char *base)
{
	ncg_error err;
	int rc;
	char *text = NULL;
	size_t len = 0;

	ncg_error_clear(&err);
	if (ncg_rdf_syntax_for(path)) {
		if (ncg_dataset_add_file(d, path, NULL, graph, &err) != NCG_OK)
			return ncg_cli_fail(&err, NCG_EXIT_INPUT);
		return NCG_EXIT_OK;
	}
	if (!*rdf && (rc = ncg_cli_open(rdf, lex, builtin, lexfiles, nlex)) != NCG_EXIT_OK)
		return rc;
	/* each statement alone: its graph is what exporting it alone gives */
	rc = ncg_cli_statement_rdf(*rdf, *lex, (char **)&path, 1, NCG_FMT_NQUADS, base,
	                           &text, &len);
	if (rc == NCG_EXIT_OK &&
	    ncg_dataset_add_rdf(d, path, "nquads", text, len, NULL, &err) != NCG_OK)
		rc = ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	free(text);
	return rc;
}

/* What the load command line asks, and what it has loaded. */
typedef struct {
	char **lexfiles;        /* allocated by the caller */
	int nlex, builtin, verbose;
	const char *spec, *graph, *base;
	ncg_rdf *rdf;           /* opened for the first statement */
	ncg_lexicon *lex;
	size_t graphs, triples;
} load_ctx;

/* parse_options and check_options: go on */
#define GO_ON (-1)

/* Read the options into o: returns GO_ON, or the exit status (--help:
 * success). */
static int
parse_options(int argc, char **argv, load_ctx *o)
{
	static const struct option opts[] = {
		{"store", required_argument, NULL, 's'},
		{"graph", required_argument, NULL, 'g'},
		{"verbose", no_argument, NULL, 'v'},
		{"lexicon", required_argument, NULL, 'l'},
		{"no-builtin-lexicon", no_argument, NULL, 'N'},
		{"base", required_argument, NULL, 'b'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}
	};
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "s:g:vl:b:h", opts, NULL)) != -1) {
		switch (c) {
		case 's': o->spec = optarg; break;
		case 'g': o->graph = optarg; break;
		case 'v': o->verbose = 1; break;
		case 'l': o->lexfiles[o->nlex++] = optarg; break;
		case 'N': o->builtin = 0; break;
		case 'b': o->base = optarg; break;
		case 'h': usage(stdout); return NCG_EXIT_OK;
		default: usage(stderr); return NCG_EXIT_USAGE;
		}
	}
	return GO_ON;
}

/* What the options say together: returns GO_ON or NCG_EXIT_USAGE. */
static int
check_options(int argc, const load_ctx *o)
{
	if (optind >= argc) {
		fprintf(stderr, NCG_PROG ": load: no input given (statements or RDF)\n");
		usage(stderr);
		return NCG_EXIT_USAGE;
	}
	if (!strstr(o->base, ":") || (o->graph && !strstr(o->graph, ":"))) {
		fprintf(stderr, NCG_PROG ": --%s: '%s' is not an absolute IRI\n",
		        strstr(o->base, ":") ? "graph" : "base",
		        strstr(o->base, ":") ? o->graph : o->base);
		return NCG_EXIT_USAGE;
	}
	return GO_ON;
}

/* One input into the store (when nothing failed before: `failed`), its
 * graphs counted.  Returns an exit status, the error printed. */
static int
load_input(load_ctx *o, ncg_store *store, const char *path, int failed)
{
	ncg_dataset *d = NULL;
	ncg_error err;
	int r;

	ncg_error_clear(&err);
	if (ncg_dataset_new(&d, NCG_DATASET_GRAPHS, &err) != NCG_OK) {
		r = ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	} else {
		r = stage(d, path, o->graph, &o->rdf, &o->lex, o->lexfiles, o->nlex, o->builtin,
		          o->base);
		if (r == NCG_EXIT_OK && !failed && ncg_store_put(store, d, &err) != NCG_OK)
			r = ncg_cli_fail(&err, NCG_EXIT_OUTPUT);
	}
	for (size_t g = 0; r == NCG_EXIT_OK && d && g < ncg_dataset_graphs(d); g++) {
		size_t n = ncg_dataset_graph_size(d, g);

		o->graphs++;
		o->triples += n;
		if (o->verbose)
			fprintf(stderr, NCG_PROG ": %s: graph <%s>: %zu triples\n", path,
			        ncg_dataset_graph_name(d, g), n);
	}
	ncg_dataset_free(d);
	return r;
}

/* Every input into the store at spec, all or nothing: every input is
 * read and every bad one reported; the store is written as they come,
 * and rolled back if anything failed.  Returns an exit status. */
static int
load_all(load_ctx *o, const char *spec, char **files, int nfiles)
{
	ncg_store *store = NULL;
	ncg_error err;
	int rc = NCG_EXIT_OK;

	ncg_error_clear(&err);
	if (ncg_store_open(&store, spec, 1, &err) != NCG_OK ||
	    ncg_store_begin(store, &err) != NCG_OK) {
		rc = ncg_cli_fail(&err, NCG_EXIT_OUTPUT);
		ncg_store_close(store);
		return rc;
	}
	for (int i = 0; i < nfiles; i++) {
		int r = load_input(o, store, files[i], rc != NCG_EXIT_OK);

		if (r != NCG_EXIT_OK && (rc == NCG_EXIT_OK || r > rc))
			rc = r;
		if (r == NCG_EXIT_LEXICON || r == NCG_EXIT_INTERNAL)
			break;
	}
	if (rc == NCG_EXIT_OK && ncg_store_commit(store, &err) != NCG_OK)
		rc = ncg_cli_fail(&err, NCG_EXIT_OUTPUT);
	if (rc != NCG_EXIT_OK) {
		if (ncg_store_rollback(store) != NCG_OK)
			fprintf(stderr, NCG_PROG ": %s: could not put the store back as it was\n",
			        spec);
		else
			fprintf(stderr, NCG_PROG ": nothing loaded\n");
	} else if (o->verbose) {
		fprintf(stderr, NCG_PROG ": loaded %zu graph%s, %zu triples, into %s\n", o->graphs,
		        o->graphs == 1 ? "" : "s", o->triples, spec);
	}
	ncg_store_close(store);
	return rc;
}

int
ncg_cmd_load(int argc, char **argv)
{
	load_ctx o = {NULL, 0, 1, 0, NULL, NULL, NCG_ID_BASE, NULL, NULL, 0, 0};
	char *default_spec = NULL;
	ncg_error err;
	int rc;

	ncg_error_clear(&err);
	if (!(o.lexfiles = calloc((size_t)argc + 1, sizeof *o.lexfiles))) {
		fprintf(stderr, NCG_PROG ": out of memory\n");
		return NCG_EXIT_INTERNAL;
	}
	if ((rc = parse_options(argc, argv, &o)) != GO_ON || (rc = check_options(argc, &o)) != GO_ON)
		goto done;
	if (!o.spec && ncg_store_default_spec(&default_spec, &err) != NCG_OK) {
		rc = ncg_cli_fail(&err, NCG_EXIT_USAGE);
		goto done;
	}
	rc = load_all(&o, o.spec ? o.spec : default_spec, argv + optind, argc - optind);
done:
	ncg_lexicon_free(o.lex);
	ncg_rdf_free(o.rdf);
	free(default_spec);
	free(o.lexfiles);
	return rc;
}
