/* ncgkg: the graph command: statements or exported RDF in, a drawing out. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ncgkg/draw.h"
#include "ncgkg/extract.h"
#include "ncgkg/facts.h"
#include "ncgkg/lexicon.h"
#include "ncgkg/output.h"
#include "ncgkg/rdf.h"
#include "ncgkg/text.h"
#include "ncgkg/view.h"
#include "ncgkg/vocab.h"
#include "progress.h"

static void
usage(FILE *out)
{
	fputs("Usage: ncgkg graph [OPTION]... INPUT...\n"
	      "Draw what statements say with Graphviz.  INPUT is a statement, or RDF that\n"
	      "ncgkg exported (.ttl, .nt, .nq, .rdf), so a merged export can be drawn.\n"
	      "\n"
	      "  -v, --view=VIEW        bodies (default): bodies, workstreams, who contributes\n"
	      "                         to what, officials who led meetings, clustered by\n"
	      "                         state; timeline: every meeting on a time axis, the\n"
	      "                         workstreams each listed, assets made visible and\n"
	      "                         activities; meeting: one meeting, who led it, what\n"
	      "                         it listed, what its statement reports\n"
	      "  -m, --meeting=MEETING  the meeting view's meeting: its key (meeting/ncg-4)\n"
	      "                         or IRI; by default the one the input describes\n"
	      "  -f, --format=FORMAT    svg (default), png or dot\n"
	      "  -o, --output=FILE      write to FILE instead of standard output (- is\n"
	      "                         standard output); a regular file is replaced\n"
	      "                         whole or not at all\n"
	      "  -b, --base=IRI         base of instance IRIs, for the nodes' links\n"
	      "  -l, --lexicon=FILE     also load this lexicon file (Turtle); repeatable\n"
	      NCG_CLI_LIMITS_HELP
	      "  -q, --quiet            no progress line on a terminal\n"
	      "  -h, --help             show this help and exit\n", out);
}

/* Facts per batch: once a batch's store holds this many facts and label
 * candidates (some 10 MB), what the drawing needs of it goes into the
 * view's input and the batch is freed (issue 9). */
#define BATCH_FACTS 20000

/* Where a batch's facts go: what the drawing needs into `in`, labels
 * into `labels`, resolved over every batch at the end. */
struct graph_input {
	ncg_facts *labels;
	ncg_view_input *in;
};

static ncg_status
add_batch(void *ctx, ncg_facts *batch, ncg_error *err)
{
	struct graph_input *g = ctx;
	const ncg_triple *t;
	size_t n;

	(void)err;
	NCG_TRY(ncg_facts_move_labels(batch, g->labels));
	NCG_TRY(ncg_facts_finish(batch, &t, &n));
	return ncg_view_input_add(g->in, t, n);
}

/* Every input into the view's input, a batch of statements at a time, so
 * that the archive's facts are never held at once (export's reader: every
 * input is read, and every bad one reported, before anything is drawn). */
static int
read_inputs(ncg_rdf *rdf, const ncg_lexicon *lex, char **files, int nfiles,
            const char *base, const ncg_limits *limits, ncg_view_input *in)
{
	struct graph_input g = {ncg_facts_new(), in};
	ncg_facts *rest = NULL;
	ncg_error err;
	ncg_status st = NCG_OK;
	int rc;

	ncg_error_clear(&err);
	if (!g.labels) {
		ncg_error_set(&err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		return ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	}
	rc = ncg_cli_read_batches(rdf, lex, files, nfiles, 1, base, NULL, limits,
	                          BATCH_FACTS, add_batch, &g, &rest);
	if (rc == NCG_EXIT_OK) {
		const ncg_triple *t;
		size_t n;

		st = add_batch(&g, rest, &err);
		if (st == NCG_OK)
			st = ncg_facts_finish(g.labels, &t, &n);
		if (st == NCG_OK)
			st = ncg_view_input_add(in, t, n);
	}
	ncg_facts_free(rest);
	ncg_facts_free(g.labels);
	if (st != NCG_OK) {
		ncg_error_set(&err, st, "", 0, 0, -1, "%s", ncg_strerror(st));
		return ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
	}
	return rc;
}

/* What the command line asks. */
typedef struct {
	ncg_limits limits;
	ncg_draw_format fmt;
	ncg_view_kind kind;
	const char *output, *base, *meeting;
	char **lexfiles;        /* allocated by the caller */
	int nlex;
} graph_opts;

/* parse_options and check_options: go on */
#define GO_ON (-1)

static int
parse_view(const char *arg, ncg_view_kind *kind)
{
	if (!strcmp(arg, "bodies"))
		*kind = NCG_VIEW_BODIES;
	else if (!strcmp(arg, "timeline"))
		*kind = NCG_VIEW_TIMELINE;
	else if (!strcmp(arg, "meeting"))
		*kind = NCG_VIEW_MEETING;
	else {
		fprintf(stderr, NCG_PROG ": unknown view '%s' (bodies, timeline, meeting)\n", arg);
		return NCG_EXIT_USAGE;
	}
	return GO_ON;
}

/* Read the options into o: returns GO_ON, or the exit status (--help:
 * success). */
static int
parse_options(int argc, char **argv, graph_opts *o)
{
	static const struct option opts[] = {
		{"view", required_argument, NULL, 'v'},
		{"meeting", required_argument, NULL, 'm'},
		{"format", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},
		{"base", required_argument, NULL, 'b'},
		{"lexicon", required_argument, NULL, 'l'},
		{"max-size", required_argument, NULL, NCG_OPT_MAX_SIZE},
		{"max-entities", required_argument, NULL, NCG_OPT_MAX_ENTITIES},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}
	};
	int c, rc = GO_ON;

	argv[0] = (char *)NCG_PROG ": graph";    /* getopt's messages */
	optind = 1;
	while (rc == GO_ON && (c = getopt_long(argc, argv, "v:m:f:o:b:l:qh", opts, NULL)) != -1) {
		switch (c) {
		case 'v': rc = parse_view(optarg, &o->kind); break;
		case 'f':
			if (ncg_draw_format_parse(optarg, &o->fmt) != NCG_OK) {
				fprintf(stderr, NCG_PROG ": unknown format '%s' (svg, png, dot)\n", optarg);
				rc = NCG_EXIT_USAGE;
			}
			break;
		case 'm': o->meeting = optarg; break;
		case 'o': o->output = optarg; break;
		case 'b': o->base = optarg; break;
		case 'l': o->lexfiles[o->nlex++] = optarg; break;
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
check_options(int argc, const graph_opts *o)
{
	int rc;

	if (optind >= argc) {
		fprintf(stderr, NCG_PROG ": graph: no input given (statements or exported RDF)\n");
		usage(stderr);
		return NCG_EXIT_USAGE;
	}
	if ((rc = ncg_cli_check_base(o->base)) != NCG_EXIT_OK)
		return rc;
	if (o->meeting && o->kind != NCG_VIEW_MEETING) {
		fprintf(stderr, NCG_PROG ": --meeting is for --view meeting\n");
		return NCG_EXIT_USAGE;
	}
	return GO_ON;
}

/* Read the inputs and draw them: *data (the caller frees) and *len get
 * the drawing.  Returns an exit status, the error printed. */
static int
draw_inputs(const graph_opts *o, char **files, int nfiles, char **data, size_t *len)
{
	ncg_rdf *rdf = NULL;
	ncg_lexicon *lex = NULL;
	ncg_view_input *in = NULL;
	ncg_view *view = NULL;
	ncg_error err;
	ncg_status st;
	int rc;

	ncg_error_clear(&err);
	rc = ncg_cli_open(&rdf, &lex, 1, o->lexfiles, o->nlex);
	if (rc != NCG_EXIT_OK)
		goto done;
	if (!(in = ncg_view_input_new())) {
		ncg_error_set(&err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		rc = ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
		goto done;
	}
	rc = read_inputs(rdf, lex, files, nfiles, o->base, &o->limits, in);
	if (rc != NCG_EXIT_OK)
		goto done;
	/* the lexicon's normal forms build the view; it is not needed to draw */
	ncg_view_input_set_lexicon(in, lex);
	st = ncg_view_new_input(in, o->kind, o->meeting, o->base, &view, &err);
	in = NULL;
	ncg_lexicon_free(lex);
	lex = NULL;
	if (st != NCG_OK || ncg_draw(view, o->fmt, data, len, &err) != NCG_OK)
		rc = ncg_cli_fail(&err, NCG_EXIT_INTERNAL);
done:
	ncg_view_free(view);
	ncg_view_input_free(in);
	ncg_lexicon_free(lex);
	ncg_rdf_free(rdf);
	return rc;
}

int
ncg_cmd_graph(int argc, char **argv)
{
	graph_opts o = {{NCG_DEFAULT_MAX_BYTES, NCG_DEFAULT_MAX_MENTIONS}, NCG_DRAW_SVG,
	                NCG_VIEW_BODIES, NULL, NCG_ID_BASE, NULL, NULL, 0};
	ncg_output *out = NULL;
	char *data = NULL;
	size_t len = 0;
	int rc;

	if (!(o.lexfiles = calloc((size_t)argc + 1, sizeof *o.lexfiles))) {
		fprintf(stderr, NCG_PROG ": out of memory\n");
		return NCG_EXIT_INTERNAL;
	}
	if ((rc = parse_options(argc, argv, &o)) != GO_ON || (rc = check_options(argc, &o)) != GO_ON)
		goto done;
	rc = ncg_cli_output_open(o.output, argv + optind, argc - optind, o.lexfiles, o.nlex, &out);
	if (rc == NCG_EXIT_OK)
		rc = draw_inputs(&o, argv + optind, argc - optind, &data, &len);
	if (rc == NCG_EXIT_OK) {
		rc = ncg_cli_output_finish(out, data, len);
		out = NULL;
	}
done:
	ncg_output_abort(out);
	free(data);
	free(o.lexfiles);
	return rc;
}
