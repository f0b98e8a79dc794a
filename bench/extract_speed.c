/* ncgkg benchmark: extraction alone (issue 9); prints figures, never part
 * of `make check`.
 *
 *   extract_speed STATEMENT...
 *
 * Loads the built-in lexicon, then reads, segments, recognises and
 * extracts every statement into one store of facts, and resolves them
 * (ncg_facts_finish), without writing RDF.  Prints the bytes of text, the
 * seconds of extraction and of finishing, and MB/s.  Also the program to
 * profile extraction with (perf record, valgrind --tool=callgrind). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

#include "ncgkg/extract.h"
#include "ncgkg/facts.h"
#include "ncgkg/html.h"
#include "ncgkg/lexicon.h"
#include "ncgkg/rdf.h"

static double
clock_of(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double
now(void)
{
	return clock_of(CLOCK_MONOTONIC);
}

/* CPU time: on a shared machine, wall time measures the neighbours too */
static double
cpu(void)
{
	return clock_of(CLOCK_PROCESS_CPUTIME_ID);
}

int
main(int argc, char **argv)
{
	ncg_rdf *rdf = NULL;
	ncg_lexicon *lex = ncg_lexicon_new();
	ncg_facts *facts = ncg_facts_new();
	const ncg_triple *triples;
	size_t ntriples = 0;
	ncg_error err;
	long long bytes = 0;
	double t0, t1, t2, c0, c1, c2;
	int rc = 0;

	ncg_error_clear(&err);
	if (argc < 2) {
		fprintf(stderr, "usage: extract_speed STATEMENT...\n");
		return 2;
	}
	if (!lex || !facts || ncg_rdf_new(&rdf, &err) != NCG_OK ||
	    ncg_lexicon_load_builtin(rdf, lex, &err) != NCG_OK ||
	    ncg_lexicon_index(lex, &err) != NCG_OK) {
		ncg_error_print(&err, stderr, "extract_speed");
		return 1;
	}
	t0 = now();
	c0 = cpu();
	for (int i = 1; i < argc; i++) {
		struct stat st;
		ncg_text *t = NULL;

		if (stat(argv[i], &st) == 0)
			bytes += st.st_size;
		if (ncg_html_read_file(argv[i], lex, &t, &err) != NCG_OK ||
		    ncg_extract_text(t, lex, facts, &err) != NCG_OK) {
			ncg_error_print(&err, stderr, "extract_speed");
			ncg_error_clear(&err);
			rc = 1;
		}
		ncg_text_free(t);
	}
	t1 = now();
	c1 = cpu();
	if (ncg_facts_finish(facts, &triples, &ntriples) != NCG_OK) {
		fprintf(stderr, "extract_speed: out of memory\n");
		rc = 1;
	}
	t2 = now();
	c2 = cpu();
	printf("%d statements, %.2f MB: extraction %.3f s (%.3f MB/s), CPU %.3f s (%.3f MB/s); "
	       "finishing %.3f s, CPU %.3f s, %zu facts\n", argc - 1, (double)bytes / 1e6, t1 - t0,
	       (double)bytes / 1e6 / (t1 - t0 > 0 ? t1 - t0 : 1e-9), c1 - c0,
	       (double)bytes / 1e6 / (c1 - c0 > 0 ? c1 - c0 : 1e-9), t2 - t1, c2 - c1, ntriples);
	ncg_facts_free(facts);
	ncg_lexicon_free(lex);
	ncg_rdf_free(rdf);
	return rc;
}
