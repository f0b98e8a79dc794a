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

int
ncg_cmd_load(int argc, char **argv)
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
	char **lexfiles = calloc((size_t)argc + 1, sizeof *lexfiles);
	int nlex = 0, builtin = 1, verbose = 0, c, rc = NCG_EXIT_OK;
	const char *spec = NULL, *graph = NULL, *base = NCG_ID_BASE;
	char *default_spec = NULL;
	ncg_rdf *rdf = NULL;
	ncg_lexicon *lex = NULL;
	ncg_store *store = NULL;
	size_t graphs = 0, triples = 0;
	ncg_error err;

	ncg_error_clear(&err);
	if (!lexfiles) {
		fprintf(stderr, NCG_PROG ": out of memory\n");
		return NCG_EXIT_INTERNAL;
	}
	optind = 1;
	while ((c = getopt_long(argc, argv, "s:g:vl:b:h", opts, NULL)) != -1) {
		switch (c) {
		case 's': spec = optarg; break;
		case 'g': graph = optarg; break;
		case 'v': verbose = 1; break;
		case 'l': lexfiles[nlex++] = optarg; break;
		case 'N': builtin = 0; break;
		case 'b': base = optarg; break;
		case 'h':
			usage(stdout);
			goto done;
		default:
			usage(stderr);
			rc = NCG_EXIT_USAGE;
			goto done;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, NCG_PROG ": load: no input given (statements or RDF)\n");
		usage(stderr);
		rc = NCG_EXIT_USAGE;
		goto done;
	}
	if (!strstr(base, ":") || (graph && !strstr(graph, ":"))) {
		fprintf(stderr, NCG_PROG ": --%s: '%s' is not an absolute IRI\n",
		        strstr(base, ":") ? "graph" : "base", strstr(base, ":") ? graph : base);
		rc = NCG_EXIT_USAGE;
		goto done;
	}
	if (!spec) {
		if (ncg_store_default_spec(&default_spec, &err) != NCG_OK) {
			rc = ncg_cli_fail(&err, NCG_EXIT_USAGE);
			goto done;
		}
		spec = default_spec;
	}
	if (ncg_store_open(&store, spec, 1, &err) != NCG_OK ||
	    ncg_store_begin(store, &err) != NCG_OK) {
		rc = ncg_cli_fail(&err, NCG_EXIT_OUTPUT);
		goto done;
	}
	/* every input is read and every bad one reported; the store is
	 * written as they come, and rolled back if anything failed */
	for (int i = optind; i < argc; i++) {
		ncg_dataset *d = NULL;
		int r;

		if (ncg_dataset_new(&d, NCG_DATASET_GRAPHS, &err) != NCG_OK) {
			r = ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
		} else {
			r = stage(d, argv[i], graph, &rdf, &lex, lexfiles, nlex, builtin, base);
			if (r == NCG_EXIT_OK && rc == NCG_EXIT_OK &&
			    ncg_store_put(store, d, &err) != NCG_OK)
				r = ncg_cli_fail(&err, NCG_EXIT_OUTPUT);
		}
		for (size_t g = 0; r == NCG_EXIT_OK && d && g < ncg_dataset_graphs(d); g++) {
			size_t n = ncg_dataset_graph_size(d, g);

			graphs++;
			triples += n;
			if (verbose)
				fprintf(stderr, NCG_PROG ": %s: graph <%s>: %zu triples\n", argv[i],
				        ncg_dataset_graph_name(d, g), n);
		}
		ncg_dataset_free(d);
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
	} else if (verbose) {
		fprintf(stderr, NCG_PROG ": loaded %zu graph%s, %zu triples, into %s\n",
		        graphs, graphs == 1 ? "" : "s", triples, spec);
	}
done:
	ncg_store_close(store);
	ncg_lexicon_free(lex);
	ncg_rdf_free(rdf);
	free(default_spec);
	free(lexfiles);
	return rc;
}
