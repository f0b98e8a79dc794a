/* ncgkg: the export command: statements in, RDF out. */
#include "config.h"

#include <getopt.h>
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

static void
usage(FILE *out)
{
	fputs("Usage: ncgkg export [OPTION]... FILE...\n"
	      "Read statements (FILE, or - for standard input) and write what they\n"
	      "say as one RDF graph.\n"
	      "\n"
	      "  -f, --format=FORMAT    turtle (default), ntriples, nquads or rdfxml\n"
	      "  -o, --output=FILE      write to FILE (atomically) instead of standard output\n"
	      "  -b, --base=IRI         base of minted instance IRIs\n"
	      "                         (default " NCG_ID_BASE ")\n"
	      "  -l, --lexicon=FILE     also load this lexicon file (Turtle); repeatable\n"
	      "      --source=URL       the address the statement was read from\n"
	      "                         (dcterms:source; one FILE only)\n"
	      "      --no-builtin-lexicon  start from an empty lexicon\n"
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

/* One statement file, a saved page or plain text, into facts. */
static ncg_status
extract_statement(const char *path, const ncg_text_meta *meta,
                  const ncg_lexicon *lex, ncg_facts *facts, ncg_error *err)
{
	ncg_text *t;
	ncg_status st = ncg_html_read_file(path, &t, err);

	/* what the user says (--source) overrides what a page says */
	if (st == NCG_OK && meta)
		st = ncg_text_set_meta(t, meta, err);
	if (st == NCG_OK)
		st = ncg_extract_text(t, lex, facts, err);
	ncg_text_free(t);
	return st;
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
	ncg_facts *facts = ncg_facts_new();
	ncg_error err;
	int rc = NCG_EXIT_OK;

	*out = NULL;
	ncg_error_clear(&err);
	if (!facts) {
		ncg_error_set(&err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		return ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	}
	/* every input is read, and every bad one reported, before anything
	 * is written */
	for (int i = 0; i < nfiles; i++) {
		ncg_status st = allow_rdf && ncg_rdf_path_is_rdf(files[i])
		                ? ncg_rdf_read_facts(rdf, files[i], base, facts, &err)
		                : extract_statement(files[i], meta, lex, facts, &err);

		if (st != NCG_OK) {
			int r = ncg_cli_fail(&err, NCG_EXIT_INPUT);

			if (rc == NCG_EXIT_OK || r > rc)
				rc = r;
			ncg_error_clear(&err);
		}
	}
	if (rc != NCG_EXIT_OK) {
		fprintf(stderr, NCG_PROG ": nothing written\n");
		ncg_facts_free(facts);
		return rc;
	}
	*out = facts;
	return NCG_EXIT_OK;
}

int
ncg_cmd_export(int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},
		{"base", required_argument, NULL, 'b'},
		{"lexicon", required_argument, NULL, 'l'},
		{"no-builtin-lexicon", no_argument, NULL, 'N'},
		{"source", required_argument, NULL, 'S'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}
	};
	ncg_format fmt = NCG_FMT_TURTLE;
	int builtin = 1, c, rc = NCG_EXIT_OK, nlex = 0;
	const char *output = NULL, *base = NCG_ID_BASE;
	ncg_text_meta meta = {NULL, NULL, NULL, NULL};
	char **lexfiles = calloc((size_t)argc + 1, sizeof *lexfiles);
	ncg_rdf *rdf = NULL;
	ncg_lexicon *lex = NULL;
	ncg_facts *facts = NULL;
	ncg_error err;
	char *text = NULL;
	size_t len = 0;

	ncg_error_clear(&err);
	if (!lexfiles) {
		fprintf(stderr, NCG_PROG ": out of memory\n");
		return NCG_EXIT_INTERNAL;
	}
	optind = 1;
	while ((c = getopt_long(argc, argv, "f:o:b:l:h", opts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (ncg_format_parse(optarg, &fmt) != NCG_OK) {
				fprintf(stderr, NCG_PROG ": unknown format '%s' (turtle, ntriples, "
				        "nquads, rdfxml)\n", optarg);
				rc = NCG_EXIT_USAGE;
				goto done;
			}
			break;
		case 'o': output = optarg; break;
		case 'b': base = optarg; break;
		case 'l': lexfiles[nlex++] = optarg; break;
		case 'N': builtin = 0; break;
		case 'S': meta.source = optarg; break;
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
		fprintf(stderr, NCG_PROG ": export: no statement given (FILE, or - for "
		        "standard input)\n");
		usage(stderr);
		rc = NCG_EXIT_USAGE;
		goto done;
	}
	if (!strstr(base, ":")) {
		fprintf(stderr, NCG_PROG ": --base: '%s' is not an absolute IRI\n", base);
		rc = NCG_EXIT_USAGE;
		goto done;
	}
	if (meta.source && !ncg_iri_is_absolute(meta.source)) {
		fprintf(stderr, NCG_PROG ": --source: '%s' is not an absolute IRI "
		        "(e.g. https://www.defense.gov/...)\n", meta.source);
		rc = NCG_EXIT_USAGE;
		goto done;
	}
	if (meta.source && argc - optind != 1) {
		fprintf(stderr, NCG_PROG ": --source names the address of one statement; "
		        "%d were given\n", argc - optind);
		rc = NCG_EXIT_USAGE;
		goto done;
	}
	rc = ncg_cli_open(&rdf, &lex, builtin, lexfiles, nlex);
	if (rc != NCG_EXIT_OK)
		goto done;
	rc = ncg_cli_read_inputs_meta(rdf, lex, argv + optind, argc - optind, 0, base,
	                              meta.source ? &meta : NULL, &facts);
	if (rc != NCG_EXIT_OK)
		goto done;
	if (ncg_rdf_serialize(rdf, facts, fmt, base, &text, &len, &err) != NCG_OK) {
		rc = ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
		goto done;
	}
	if (ncg_output_write(output, text, len, &err) != NCG_OK)
		rc = ncg_cli_fail(&err, NCG_EXIT_OUTPUT);
done:
	free(text);
	ncg_facts_free(facts);
	ncg_lexicon_free(lex);
	ncg_rdf_free(rdf);
	free(lexfiles);
	return rc;
}
