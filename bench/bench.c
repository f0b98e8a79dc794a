/* ncgkg benchmark: prints its figures; never part of `make check`.
 *
 *   1. Drawing: a generated graph of 200 bodies in four states and 50
 *      workstreams (each body contributing to one to three, one in five
 *      part of another), laid out with dot and rendered to SVG.  Target:
 *      under 2 s.
 *   2. Extraction: every statement given on the command line, read,
 *      recognised, extracted and serialised to N-Triples, repeated.
 *   3. Saved pages: the pages given after --pages, each against the text
 *      statement of the same name, extracted and serialised the same way.
 *      Target: a page costs at most twice its text.
 *
 * Times are wall-clock (CLOCK_MONOTONIC), the median of several runs; the
 * machine is small and shared, so figures are printed with the target as a
 * ratio, and the drawing is written to bench-bodies.svg for a person to
 * look at. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ncgkg/draw.h"
#include "ncgkg/extract.h"
#include "ncgkg/facts.h"
#include "ncgkg/html.h"
#include "ncgkg/output.h"
#include "ncgkg/rdf.h"
#include "ncgkg/view.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double
median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	return v[n / 2];
}

/* A deterministic generator (no rand(): the same graph everywhere). */
static unsigned long seed = 12345;

static unsigned
next(unsigned n)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((seed >> 33) % n);
}

static ncg_facts *
generated(int nbodies, int nworkstreams)
{
	static const char *const STATES[][2] = {
		{"country/us", NULL}, {"country/rok", NULL}, {"country/us", "country/rok"},
		{NULL, NULL}
	};
	ncg_facts *f = ncg_facts_new();
	char key[64], label[96], ws[64];
	const char *g = "statement/bench";

	for (int w = 0; w < nworkstreams; w++) {
		snprintf(key, sizeof key, "workstream/w%02d", w);
		snprintf(label, sizeof label, "line of work number %d on deterrence", w);
		ncg_facts_type(f, g, key, NCG_C_WORKSTREAM);
		ncg_facts_label(f, g, key, label, NCG_LABEL_TEXT);
	}
	for (int b = 0; b < nbodies; b++) {
		int st = (int)next(4), k = 1 + (int)next(3);

		snprintf(key, sizeof key, "body/b%03d", b);
		snprintf(label, sizeof label, "Generated Command %d", b);
		ncg_facts_type(f, g, key, NCG_C_BODY);
		ncg_facts_label(f, g, key, label, NCG_LABEL_TEXT);
		for (int c = 0; c < 2; c++)
			if (STATES[st][c])
				ncg_facts_link(f, g, key, NCG_P_COUNTRY, STATES[st][c]);
		/* bodies of a state work mostly on a few lines of work */
		for (int i = 0; i < k; i++) {
			snprintf(ws, sizeof ws, "workstream/w%02d",
			         (int)((st * 13 + next(14)) % (unsigned)nworkstreams));
			ncg_facts_link(f, g, key, NCG_P_CONTRIBUTES_TO, ws);
		}
		if (b > 4 && next(5) == 0) {
			snprintf(ws, sizeof ws, "body/b%03d", (int)next((unsigned)b));
			ncg_facts_link(f, g, key, NCG_P_PART_OF, ws);
		}
	}
	return f;
}

/* Read and extract files (pages or texts) into one graph, then
 * serialise it: seconds for the first part in *extract, for both in
 * *total; -1 on failure. */
static int
extract_once(ncg_rdf *rdf, const ncg_lexicon *lex, char **files, int n, double *extract,
             double *total)
{
	double t0 = now();
	ncg_facts *f = ncg_facts_new();
	char *out = NULL;
	size_t len = 0;
	ncg_error err;

	for (int i = 0; i < n; i++) {
		ncg_text *text = NULL;

		if (ncg_html_read_file(files[i], lex, &text, &err) != NCG_OK ||
		    ncg_extract_text(text, lex, f, &err) != NCG_OK) {
			fprintf(stderr, "bench: %s: %s\n", files[i], err.message);
			return -1;
		}
		ncg_text_free(text);
	}
	*extract = now() - t0;
	if (ncg_rdf_serialize(rdf, f, NCG_FMT_NTRIPLES, NULL, &out, &len, &err) != NCG_OK)
		return -1;
	*total = now() - t0;
	free(out);
	ncg_facts_free(f);
	return 0;
}

/* The name of a file without its folders and extension. */
static size_t
stem(const char *path, const char **s)
{
	const char *b = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	const char *dot = strrchr(b, '.');

	*s = b;
	return dot ? (size_t)(dot - b) : strlen(b);
}

/* Pages against the text statements of the same names. */
static int
pages_vs_texts(ncg_rdf *rdf, const ncg_lexicon *lex, char **texts, int ntexts,
               char **pages, int npages)
{
	enum { RUNS = 7 };
	char **pt = calloc((size_t)npages + 1, sizeof *pt), **pp = calloc((size_t)npages + 1, sizeof *pp);
	int n = 0;
	double eh[RUNS], et[RUNS], th[RUNS], tt[RUNS];

	if (!pt || !pp)
		return 1;
	for (int i = 0; i < npages; i++) {
		const char *a, *b;
		size_t la = stem(pages[i], &a);

		for (int k = 0; k < ntexts; k++) {
			size_t lb = stem(texts[k], &b);

			if (la == lb && memcmp(a, b, la) == 0) {
				pp[n] = pages[i];
				pt[n++] = texts[k];
				break;
			}
		}
	}
	/* interleaved, so that a busy moment of the machine hits both */
	for (int r = 0; r < RUNS; r++)
		if (extract_once(rdf, lex, pp, n, &eh[r], &th[r]) != 0 ||
		    extract_once(rdf, lex, pt, n, &et[r], &tt[r]) != 0)
			return 1;
	printf("saved pages: %d pages and their texts, median of %d: read + extract: pages "
	       "%.3f s, texts %.3f s: a page costs %.2fx its text (target at most 2x); with "
	       "N-Triples serialisation: %.3f s, %.3f s: %.2fx\n", n, RUNS, median(eh, RUNS),
	       median(et, RUNS), median(eh, RUNS) / median(et, RUNS), median(th, RUNS),
	       median(tt, RUNS), median(th, RUNS) / median(tt, RUNS));
	free(pt);
	free(pp);
	return 0;
}

int
main(int argc, char **argv)
{
	int npages = 0;
	char **pages = NULL;
	enum { RUNS = 5 };
	double t[RUNS], layout;
	ncg_error err;
	ncg_rdf *rdf;
	ncg_lexicon *lex;
	char *out = NULL;
	size_t len = 0, nodes = 0, edges = 0;

	for (int r = 0; r < RUNS; r++) {
		ncg_facts *f = generated(200, 50);
		ncg_view *v;
		double t0 = now();

		if (ncg_view_new(f, NCG_VIEW_BODIES, NULL, &v, &err) != NCG_OK ||
		    ncg_draw(v, NCG_DRAW_SVG, &out, &len, &err) != NCG_OK) {
			fprintf(stderr, "bench: %s\n", err.message);
			return 1;
		}
		t[r] = now() - t0;
		nodes = ncg_view_nnodes(v);
		edges = ncg_view_nedges(v);
		if (r == RUNS - 1)
			ncg_output_write("bench-bodies.svg", out, len, &err);
		free(out);
		ncg_view_free(v);
		ncg_facts_free(f);
	}
	layout = median(t, RUNS);
	printf("drawing: %zu nodes, %zu edges: view + dot layout + SVG, median of %d: "
	       "%.3f s (target 2 s: %.0f%% of it); written to bench-bodies.svg\n",
	       nodes, edges, RUNS, layout, 100.0 * layout / 2.0);

	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--pages") == 0) {
			pages = argv + i + 1;
			npages = argc - i - 1;
			argc = i;
			break;
		}
	if (argc > 1) {
		size_t bytes = 0;

		if (ncg_rdf_new(&rdf, &err) != NCG_OK)
			return 1;
		lex = ncg_lexicon_new();
		if (!lex || ncg_lexicon_load_builtin(rdf, lex, &err) != NCG_OK ||
		    ncg_lexicon_index(lex, &err) != NCG_OK)
			return 1;
		for (int r = 0; r < RUNS; r++) {
			double t0 = now();
			ncg_facts *f = ncg_facts_new();

			for (int i = 1; i < argc; i++)
				if (ncg_extract_file(argv[i], lex, f, &err) != NCG_OK) {
					fprintf(stderr, "bench: %s: %s\n", argv[i], err.message);
					return 1;
				}
			if (ncg_rdf_serialize(rdf, f, NCG_FMT_NTRIPLES, NULL, &out, &len, &err) != NCG_OK)
				return 1;
			t[r] = now() - t0;
			bytes = len;
			free(out);
			ncg_facts_free(f);
		}
		layout = median(t, RUNS);
		printf("extraction: %d statements to one N-Triples graph (%zu bytes), median of %d: "
		       "%.3f s, %.1f ms a statement\n", argc - 1, bytes, RUNS, layout,
		       1000.0 * layout / (argc - 1));
		if (npages && pages_vs_texts(rdf, lex, argv + 1, argc - 1, pages, npages) != 0)
			return 1;
		ncg_lexicon_free(lex);
		ncg_rdf_free(rdf);
	}
	return 0;
}
