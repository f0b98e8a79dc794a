/* ncgkg tests: streaming export in sorted runs (issue 9; src/rdf_write.c
 * ncg_rdf_runs_*, src/facts.c ncg_facts_move_labels).
 *
 * Facts given a batch at a time, in any batches and any order, must come
 * out as the same bytes as the same facts written from one store. */
#include "config.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ncgkg/rdf.h"

static ncg_rdf *rdf;

static void
setup(void)
{
	ncg_error err;

	cr_assert_eq(ncg_rdf_new(&rdf, &err), NCG_OK);
}

static void
teardown(void)
{
	ncg_rdf_free(rdf);
}

TestSuite(runs, .init = setup, .fini = teardown);

/* What statement k (0..NSTMT-1) says.  Across statements: the same node
 * labelled with different wordings and priorities (the best one in one
 * statement only), a concept typed in one statement and labelled in
 * another, an acronym that is the label in another statement, the same
 * triple in several statements, literals that need escaping. */
enum { NSTMT = 5 };

static void
say(ncg_facts *f, int k)
{
	static const char *const G[NSTMT] = {
		"statement/e", "statement/a", "statement/c", "statement/b", "statement/d"
	};
	const char *g = G[k];
	char key[64], word[64];

	cr_assert_eq(ncg_facts_type(f, g, "body/ncg", NCG_C_BODY), NCG_OK);
	cr_assert_eq(ncg_facts_link(f, g, "body/ncg", NCG_P_PART_OF, "country/us"), NCG_OK);
	snprintf(word, sizeof word, "Group %c", 'Z' - k);
	cr_assert_eq(ncg_facts_label(f, g, "body/ncg", word, NCG_LABEL_TEXT), NCG_OK);
	snprintf(key, sizeof key, "official/person-%d", k % 3);
	cr_assert_eq(ncg_facts_type(f, g, key, NCG_C_OFFICIAL), NCG_OK);
	cr_assert_eq(ncg_facts_literal(f, g, key, NCG_P_TITLE,
	                               "line\r\none \"q\" \\ \xEC\xA1\xB0 \xE2\x80\x93",
	                               NCG_DT_STRING), NCG_OK);
	cr_assert_eq(ncg_facts_int(f, g, key, NCG_P_ORDINAL, k, NCG_DT_INTEGER), NCG_OK);
	switch (k) {
	case 0:
		cr_assert_eq(ncg_facts_type(f, g, "workstream/planning", NCG_C_WORKSTREAM),
		             NCG_OK);
		cr_assert_eq(ncg_facts_literal(f, g, "body/ncg", NCG_P_ACRONYM, "NCG",
		                               NCG_DT_STRING), NCG_OK);
		break;
	case 2:
		cr_assert_eq(ncg_facts_label(f, g, "body/ncg", "Nuclear Consultative Group",
		                             NCG_LABEL_LEXICON), NCG_OK);
		cr_assert_eq(ncg_facts_label(f, g, "workstream/planning", "planning",
		                             NCG_LABEL_TEXT), NCG_OK);
		break;
	case 3:
		cr_assert_eq(ncg_facts_label(f, g, "workstream/planning", "Planning",
		                             NCG_LABEL_LEXICON), NCG_OK);
		cr_assert_eq(ncg_facts_literal(f, g, "body/scm", NCG_P_ACRONYM, "SCM",
		                               NCG_DT_STRING), NCG_OK);
		break;
	case 4:
		cr_assert_eq(ncg_facts_label(f, g, "body/scm", "SCM", NCG_LABEL_TEXT), NCG_OK);
		cr_assert_eq(ncg_facts_label(f, g, "body/scm", "Security Meeting",
		                             NCG_LABEL_FALLBACK), NCG_OK);
		break;
	default:
		break;
	}
}

/* Every statement in one store, written the non-streaming way. */
static char *
whole(ncg_format fmt, size_t *len)
{
	ncg_facts *f = ncg_facts_new();
	ncg_error err;
	char *out;

	for (int k = 0; k < NSTMT; k++)
		say(f, k);
	cr_assert_eq(ncg_rdf_serialize(rdf, f, fmt, NULL, &out, len, &err), NCG_OK, "%s",
	             err.message);
	ncg_facts_free(f);
	return out;
}

/* The statements in order[], a batch ending after each statement whose
 * cut[] is set, through runs. */
static char *
streamed(ncg_format fmt, const int *order, const int *cut, size_t *len)
{
	ncg_rdf_runs *r;
	ncg_facts *f = ncg_facts_new();
	ncg_error err;
	char *out = NULL;
	FILE *mem = open_memstream(&out, len);

	cr_assert(mem);
	cr_assert_eq(ncg_rdf_runs_new(rdf, fmt, NULL, &r, &err), NCG_OK, "%s", err.message);
	for (int i = 0; i < NSTMT; i++) {
		say(f, order[i]);
		if (cut[i]) {
			cr_assert_eq(ncg_rdf_runs_add(r, f, &err), NCG_OK, "%s", err.message);
			ncg_facts_free(f);
			f = ncg_facts_new();
		}
	}
	cr_assert_eq(ncg_rdf_runs_add(r, f, &err), NCG_OK, "%s", err.message);
	ncg_facts_free(f);
	cr_assert_eq(ncg_rdf_runs_write(r, mem, "memory", &err), NCG_OK, "%s", err.message);
	ncg_rdf_runs_free(r);
	cr_assert_eq(fclose(mem), 0);
	return out;
}

static void
same_bytes(ncg_format fmt)
{
	static const int orders[][NSTMT] = {
		{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {2, 0, 4, 1, 3}, {3, 1, 0, 4, 2}
	};
	static const int cuts[][NSTMT] = {
		{0, 0, 0, 0, 0}, {1, 1, 1, 1, 1}, {1, 0, 1, 0, 0}, {0, 1, 0, 0, 1}
	};
	size_t wlen, slen;
	char *want = whole(fmt, &wlen);

	cr_assert(strstr(want, "Nuclear Consultative Group"), "the sample labels: %s", want);
	cr_assert(strstr(want, "Planning"), "%s", want);
	for (size_t o = 0; o < sizeof orders / sizeof *orders; o++)
		for (size_t c = 0; c < sizeof cuts / sizeof *cuts; c++) {
			char *got = streamed(fmt, orders[o], cuts[c], &slen);

			cr_assert_eq(slen, wlen, "order %zu, cuts %zu: %zu bytes, not %zu:\n%s\n---\n%s",
			             o, c, slen, wlen, got, want);
			cr_assert_str_eq(got, want, "order %zu, cuts %zu", o, c);
			free(got);
		}
	free(want);
}

Test(runs, ntriples_same_bytes_whatever_the_batches_and_order)
{
	same_bytes(NCG_FMT_NTRIPLES);
}

Test(runs, nquads_same_bytes_whatever_the_batches_and_order)
{
	same_bytes(NCG_FMT_NQUADS);
}

Test(runs, turtle_same_bytes_whatever_the_batches_and_order)
{
	same_bytes(NCG_FMT_TURTLE);
}

Test(runs, rdfxml_same_bytes_whatever_the_batches_and_order)
{
	same_bytes(NCG_FMT_RDFXML);
}

Test(runs, the_same_statement_in_two_batches_is_written_once)
{
	static const int order[NSTMT] = {0, 1, 2, 3, 4};
	static const int cut[NSTMT] = {1, 1, 1, 1, 1};
	ncg_rdf_runs *r;
	ncg_facts *f = ncg_facts_new(), *again = ncg_facts_new();
	ncg_error err;
	char *out = NULL, *want;
	size_t len, wlen;
	FILE *mem = open_memstream(&out, &len);

	want = streamed(NCG_FMT_NQUADS, order, cut, &wlen);
	cr_assert_eq(ncg_rdf_runs_new(rdf, NCG_FMT_NQUADS, NULL, &r, &err), NCG_OK);
	for (int k = 0; k < NSTMT; k++)
		say(f, k);
	say(again, 2);
	cr_assert_eq(ncg_rdf_runs_add(r, f, &err), NCG_OK);
	cr_assert_eq(ncg_rdf_runs_add(r, again, &err), NCG_OK);
	cr_assert_eq(ncg_rdf_runs_write(r, mem, "memory", &err), NCG_OK);
	cr_assert_eq(fclose(mem), 0);
	cr_assert_str_eq(out, want);
	ncg_rdf_runs_free(r);
	ncg_facts_free(f);
	ncg_facts_free(again);
	free(out);
	free(want);
}

static int
entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	cr_assert(d);
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			n++;
	closedir(d);
	return n;
}

/* An output in memory, for exports whose text a test does not read. */
typedef struct {
	char *text;
	size_t len;
	FILE *f;
} mem_out;

static void
mem_open(mem_out *m)
{
	m->text = NULL;
	m->len = 0;
	m->f = open_memstream(&m->text, &m->len);
	cr_assert(m->f);
}

static void
mem_close(mem_out *m)
{
	fclose(m->f);
	free(m->text);
}

Test(runs, temporary_files_are_never_left_in_tmpdir)
{
	char dir[] = "/tmp/ncgkg-test-runs.XXXXXX";
	ncg_rdf_runs *r;
	ncg_facts *f;
	ncg_error err;
	mem_out sink;

	mem_open(&sink);
	cr_assert(mkdtemp(dir));
	setenv("TMPDIR", dir, 1);
	cr_assert_eq(ncg_rdf_runs_new(rdf, NCG_FMT_NTRIPLES, NULL, &r, &err), NCG_OK);
	for (int k = 0; k < NSTMT; k++) {
		f = ncg_facts_new();
		say(f, k);
		cr_assert_eq(ncg_rdf_runs_add(r, f, &err), NCG_OK, "%s", err.message);
		ncg_facts_free(f);
		cr_assert_eq(entries(dir), 0, "a run is visible in TMPDIR");
	}
	cr_assert_eq(ncg_rdf_runs_write(r, sink.f, "memory", &err), NCG_OK);
	ncg_rdf_runs_free(r);
	cr_assert_eq(entries(dir), 0);
	mem_close(&sink);
	unsetenv("TMPDIR");
	cr_assert_eq(rmdir(dir), 0);
}

Test(runs, a_tmpdir_that_cannot_hold_files_is_an_io_error)
{
	char dir[] = "/tmp/ncgkg-test-runs.XXXXXX";
	char missing[64];
	ncg_rdf_runs *r;
	ncg_facts *f = ncg_facts_new();
	ncg_error err;

	cr_assert(mkdtemp(dir));
	snprintf(missing, sizeof missing, "%s/missing", dir);
	setenv("TMPDIR", missing, 1);
	cr_assert_eq(ncg_rdf_runs_new(rdf, NCG_FMT_NTRIPLES, NULL, &r, &err), NCG_OK);
	say(f, 0);
	cr_assert_eq(ncg_rdf_runs_add(r, f, &err), NCG_ERR_IO);
	cr_assert(strstr(err.file, "missing"), "names the folder: %s", err.file);
	cr_assert(strstr(err.message, "temporary"), "%s", err.message);
	ncg_rdf_runs_free(r);
	ncg_facts_free(f);
	unsetenv("TMPDIR");
	cr_assert_eq(rmdir(dir), 0);
}

/* No facts at all: what the serialiser writes for an empty graph. */
Test(runs, no_facts_in_every_syntax)
{
	for (int fmt = 0; fmt < NCG_FMT__COUNT; fmt++) {
		ncg_facts *f = ncg_facts_new();
		ncg_rdf_runs *r;
		ncg_error err;
		char *want, *got = NULL;
		size_t wlen, glen;
		FILE *mem = open_memstream(&got, &glen);

		cr_assert_eq(ncg_rdf_serialize(rdf, f, (ncg_format)fmt, NULL, &want, &wlen, &err),
		             NCG_OK);
		cr_assert_eq(ncg_rdf_runs_new(rdf, (ncg_format)fmt, NULL, &r, &err), NCG_OK);
		cr_assert_eq(ncg_rdf_runs_add(r, f, &err), NCG_OK, "%s", err.message);
		cr_assert_eq(ncg_rdf_runs_write(r, mem, "memory", &err), NCG_OK, "%s", err.message);
		ncg_rdf_runs_free(r);
		cr_assert_eq(fclose(mem), 0);
		cr_assert_eq(glen, wlen, "%s: %zu bytes, not %zu", ncg_format_name((ncg_format)fmt),
		             glen, wlen);
		cr_assert(memcmp(got, want, wlen) == 0);
		if (fmt == NCG_FMT_TURTLE || fmt == NCG_FMT_RDFXML)
			cr_assert_gt(wlen, 0, "a header at least");
		free(got);
		free(want);
		ncg_facts_free(f);
	}
}

Test(runs, no_such_format)
{
	ncg_rdf_runs *r;
	ncg_error err;

	cr_assert_eq(ncg_rdf_runs_new(rdf, NCG_FMT__COUNT, NULL, &r, &err), NCG_ERR_INTERNAL);
	cr_assert_null(r);
}

/* Many small facts: node i in statement g. */
static void
say_small(ncg_facts *f, int g, int i)
{
	char gk[32], key[64], word[32];

	snprintf(gk, sizeof gk, "statement/s%03d", g);
	/* subjects whose IRIs sort bytewise otherwise than their escaped
	 * N-Triples forms (non-ASCII), and full IRIs among keys below the
	 * base: Turtle and RDF/XML write subjects in their IRIs' order */
	if (i % 5 == 0)
		snprintf(key, sizeof key, "https://example.org/x%05d", i);
	else
		snprintf(key, sizeof key, "official/%s%05d",
		         i % 3 == 0 ? "\xC3\xA9" : i % 3 == 1 ? "o" : "~", i);
	snprintf(word, sizeof word, "Official %d", i % 7);
	cr_assert_eq(ncg_facts_type(f, gk, key, NCG_C_OFFICIAL), NCG_OK);
	cr_assert_eq(ncg_facts_label(f, gk, key, word, NCG_LABEL_TEXT), NCG_OK);
	cr_assert_eq(ncg_facts_link(f, gk, key, NCG_P_COUNTRY, "country/kr"), NCG_OK);
}

/* ngraphs batches of per nodes each (node numbers overlapping between
 * batches), through runs, against one store. */
static void
many(ncg_format fmt, int ngraphs, int per)
{
	ncg_facts *all = ncg_facts_new(), *f;
	ncg_rdf_runs *r;
	ncg_error err;
	char *want, *got = NULL;
	size_t wlen, glen;
	FILE *mem = open_memstream(&got, &glen);

	cr_assert_eq(ncg_rdf_runs_new(rdf, fmt, NULL, &r, &err), NCG_OK);
	for (int g = 0; g < ngraphs; g++) {
		f = ncg_facts_new();
		for (int i = 0; i < per; i++) {
			say_small(f, g, g * per / 2 + i);
			say_small(all, g, g * per / 2 + i);
		}
		cr_assert_eq(ncg_rdf_runs_add(r, f, &err), NCG_OK, "%s", err.message);
		ncg_facts_free(f);
	}
	cr_assert_eq(ncg_rdf_runs_write(r, mem, "memory", &err), NCG_OK, "%s", err.message);
	ncg_rdf_runs_free(r);
	cr_assert_eq(fclose(mem), 0);
	cr_assert_eq(ncg_rdf_serialize(rdf, all, fmt, NULL, &want, &wlen, &err), NCG_OK);
	cr_assert_eq(glen, wlen, "%zu bytes, not %zu", glen, wlen);
	cr_assert(memcmp(got, want, wlen) == 0);
	ncg_facts_free(all);
	free(got);
	free(want);
}

Test(runs, more_runs_than_may_stay_open_are_merged_first)
{
	many(NCG_FMT_NQUADS, 300, 3);
	many(NCG_FMT_NTRIPLES, 300, 3);
}

Test(runs, a_batch_larger_than_a_run_is_cut)
{
	many(NCG_FMT_NTRIPLES, 2, 8000);
}

/* Turtle and RDF/XML: labels from more batches than may stay open, and
 * more facts than the serialiser is given at a time (whole subjects in
 * each part, the parts' blocks joined) */
Test(runs, turtle_and_rdfxml_in_parts)
{
	many(NCG_FMT_TURTLE, 300, 3);
	many(NCG_FMT_RDFXML, 300, 3);
	many(NCG_FMT_TURTLE, 2, 8000);
	many(NCG_FMT_RDFXML, 2, 8000);
}

/* Far more batches than runs may stay open (128): the runs merged first
 * are not merged again each time the runs are too many (that was
 * quadratic in the batches), and the output is still that of one store.
 * 1,000 batches of a node each write some 5,000 lines to runs (facts,
 * label records, resolved labels): merged about once each, 4,980 lines;
 * merging every run into one at each 128th run, 17,815. */
Test(runs, runs_merged_first_are_not_merged_again_and_again)
{
	ncg_facts *f;
	ncg_rdf_runs *r;
	ncg_error err;
	mem_out sink;

	mem_open(&sink);
	cr_assert_eq(ncg_rdf_runs_new(rdf, NCG_FMT_NTRIPLES, NULL, &r, &err), NCG_OK);
	for (int g = 0; g < 1000; g++) {
		f = ncg_facts_new();
		say_small(f, g, g);
		cr_assert_eq(ncg_rdf_runs_add(r, f, &err), NCG_OK, "%s", err.message);
		ncg_facts_free(f);
	}
	cr_assert_eq(ncg_rdf_runs_write(r, sink.f, "memory", &err), NCG_OK, "%s", err.message);
	cr_assert_leq(ncg_rdf_runs_merged(r), 6000, "%zu lines merged before the end",
	              ncg_rdf_runs_merged(r));
	ncg_rdf_runs_free(r);
	mem_close(&sink);
	many(NCG_FMT_NTRIPLES, 1000, 1);
}

/* This process's field `name` of /proc/self/io (-1: none). */
static long long
proc_io(const char *name)
{
	FILE *f = fopen("/proc/self/io", "r");
	char key[32];
	long long v, got = -1;

	if (!f)
		return -1;
	while (fscanf(f, "%31[^:]: %lld\n", key, &v) == 2)
		if (strcmp(key, name) == 0)
			got = v;
	fclose(f);
	return got;
}

/* issue 9: the runs were written and read back through stdio's default
 * buffer, a write(2) or read(2) each 4 KB (89,300 and 48,400 at 1,000
 * statements); through buffers of their own, writes of 128 KB or
 * more on average (a page before), reads of 16 KB or more. */
Test(runs, runs_are_written_and_read_in_large_blocks)
{
	ncg_facts *f = ncg_facts_new();
	ncg_rdf_runs *r;
	ncg_error err;
	mem_out sink;
	long long w0, wb0, r0, rb0, w, wb, rd, rb;
	ncg_status add, put;

	for (int i = 0; i < 8000; i++)
		say_small(f, i % 50, i);
	mem_open(&sink);
	cr_assert_eq(ncg_rdf_runs_new(rdf, NCG_FMT_NTRIPLES, NULL, &r, &err), NCG_OK);
	if (proc_io("syscw") < 0)
		cr_skip_test("no /proc/self/io");
	/* no assertion between the counts: nothing else is read or written */
	w0 = proc_io("syscw"), wb0 = proc_io("wchar");
	r0 = proc_io("syscr"), rb0 = proc_io("rchar");
	add = ncg_rdf_runs_add(r, f, &err);
	put = add == NCG_OK ? ncg_rdf_runs_write(r, sink.f, "memory", &err) : add;
	w = proc_io("syscw") - w0, wb = proc_io("wchar") - wb0;
	rd = proc_io("syscr") - r0, rb = proc_io("rchar") - rb0;
	cr_assert_eq(put, NCG_OK, "%s", err.message);
	ncg_rdf_runs_free(r);
	mem_close(&sink);
	ncg_facts_free(f);
	cr_assert_gt(wb, 1024 * 1024, "%lld bytes written to runs", wb);
	cr_assert_geq(wb / (w ? w : 1), 128 * 1024, "%lld bytes in %lld writes", wb, w);
	cr_assert_geq(rb / (rd ? rd : 1), 16 * 1024, "%lld bytes in %lld reads", rb, rd);
}
