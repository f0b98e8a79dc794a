/* ncgkg benchmark: extraction alone (issue 9); prints figures, never part
 * of `make check`.
 *
 *   extract_speed STATEMENT...
 *
 *   extract_speed -1 STATEMENT...   (every statement in one store)
 *
 * Loads the built-in lexicon, then reads, segments, recognises and
 * extracts the statements into stores of facts, without writing RDF.
 * As `ncgkg export` does, a store is a batch: once it holds BATCH_FACTS
 * facts, its label inputs move to one store of labels (resolved over
 * every batch at the end), and it is finished (ncg_facts_finish: labels
 * chosen, facts sorted and their duplicates dropped, as an export's
 * sorted runs are) and freed.  "Finishing" is that work on the batches
 * and, at the end, on the labels: the output's, not extraction's.  With
 * -1, every statement goes into one store, finished at the end (memory
 * and look-ups growing with the archive: not what export does).
 * Prints the bytes of text, the seconds of extraction and of finishing,
 * and MB/s.  Also the program to profile extraction with (perf record,
 * valgrind --tool=callgrind). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "ncgkg/arena.h"
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

/* Facts per batch: export's (src/cmd_export.c BATCH_FACTS). */
#define BATCH_FACTS 50000

/* What finishing took: seconds of wall and CPU, facts finished. */
typedef struct {
	double wall, cpu;
	size_t nfacts;
} finishing;

/* Finish *batch (labels first moved to labels, unless NULL) and start a
 * new one (unless last), timed into fin; 0 when out of memory. */
static int
finish_batch(ncg_facts **batch, ncg_facts *labels, int last, finishing *fin)
{
	double t = now(), c = cpu();
	const ncg_triple *triples;
	size_t n = 0;
	int ok = (!labels || ncg_facts_move_labels(*batch, labels) == NCG_OK) &&
	         ncg_facts_finish(*batch, &triples, &n) == NCG_OK;

	fin->nfacts += n;
	ncg_facts_free(*batch);
	*batch = last ? NULL : ncg_facts_new();
	ok = ok && (last || *batch);
	fin->wall += now() - t;
	fin->cpu += cpu() - c;
	return ok;
}

/* Read and extract one statement into facts, its bytes added to *bytes;
 * 0 on failure (reported). */
static int
extract_one(const char *path, const ncg_lexicon *lex, ncg_facts *facts, long long *bytes)
{
	struct stat st;
	ncg_text *t = NULL;
	ncg_error err;
	int ok = 1;

	ncg_error_clear(&err);
	if (stat(path, &st) == 0)
		*bytes += st.st_size;
	if (ncg_html_read_file(path, lex, &t, &err) != NCG_OK ||
	    ncg_extract_text(t, lex, facts, &err) != NCG_OK) {
		ncg_error_print(&err, stderr, "extract_speed");
		ok = 0;
	}
	ncg_text_free(t);
	return ok;
}

/* Extract the statements, finishing a batch each BATCH_FACTS facts
 * (labels NULL: never), then the last batch and the labels; the
 * seconds of extraction into *wall and *cpus; 1 on failure. */
static int
extract_all(char **files, int nfiles, const ncg_lexicon *lex, ncg_facts *labels,
            long long *bytes, double *wall, double *cpus, finishing *fin)
{
	ncg_facts *batch = ncg_facts_new();
	double t0 = now(), c0 = cpu();
	int rc = 0;

	for (int i = 0; batch && i < nfiles; i++) {
		if (!extract_one(files[i], lex, batch, bytes))
			rc = 1;
		if (labels && ncg_facts_size(batch) >= BATCH_FACTS &&
		    !finish_batch(&batch, labels, 0, fin))
			rc = 1;
	}
	*wall = now() - t0 - fin->wall;
	*cpus = cpu() - c0 - fin->cpu;
	if (!batch || !finish_batch(&batch, labels, 1, fin) ||
	    (labels && !finish_batch(&labels, NULL, 1, fin))) {
		fprintf(stderr, "extract_speed: out of memory\n");
		rc = 1;
	}
	return rc;
}

int
main(int argc, char **argv)
{
	ncg_rdf *rdf;
	ncg_lexicon *lex;
	int one = argc > 1 && strcmp(argv[1], "-1") == 0;
	ncg_facts *labels;
	finishing fin = {0, 0, 0};
	ncg_error err;
	long long bytes = 0;
	double wall, cpus;
	int rc;

	ncg_tune_malloc();
	rdf = NULL;
	lex = ncg_lexicon_new();
	labels = one ? NULL : ncg_facts_new();
	ncg_error_clear(&err);
	if (argc < 2 + one) {
		fprintf(stderr, "usage: extract_speed [-1] STATEMENT...\n");
		return 2;
	}
	if (!lex || (!one && !labels) || ncg_rdf_new(&rdf, &err) != NCG_OK ||
	    ncg_lexicon_load_builtin(rdf, lex, &err) != NCG_OK ||
	    ncg_lexicon_index(lex, &err) != NCG_OK) {
		ncg_error_print(&err, stderr, "extract_speed");
		return 1;
	}
	rc = extract_all(argv + 1 + one, argc - 1 - one, lex, labels, &bytes, &wall, &cpus,
	                 &fin);
	printf("%d statements, %.2f MB: extraction %.3f s (%.3f MB/s), CPU %.3f s (%.3f MB/s); "
	       "finishing %.3f s, CPU %.3f s, %zu facts%s\n", argc - 1 - one, (double)bytes / 1e6,
	       wall, (double)bytes / 1e6 / (wall > 0 ? wall : 1e-9), cpus,
	       (double)bytes / 1e6 / (cpus > 0 ? cpus : 1e-9), fin.wall, fin.cpu, fin.nfacts,
	       one ? " (one store)" : "");
	ncg_lexicon_free(lex);
	ncg_rdf_free(rdf);
	return rc;
}
