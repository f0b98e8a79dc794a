/* ncgkg tests: inputs that once crashed ncgkg or tripped a sanitizer
 * (tests/data/regress/, named after the issue that found them), through
 * the whole pipeline; and the crash of issue 7 in particular. */
#include "config.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
#include "ncgkg/extract.h"
#include "ncgkg/facts.h"
#include "ncgkg/rdf.h"

#define REGRESS NCG_TEST_DATA "/regress"

/* Every regression input goes through reading, segmenting, recognising,
 * extracting and every RDF syntax: a clean result or a located error. */
Test(regress, every_input_runs_through_the_pipeline)
{
	DIR *d = opendir(REGRESS);
	struct dirent *e;
	ncg_rdf *rdf;
	ncg_error err;
	size_t n = 0;

	cr_assert_not_null(d);
	cr_assert_eq(ncg_rdf_new(&rdf, &err), NCG_OK);
	while ((e = readdir(d)) != NULL) {
		char path[1024];
		ncg_text *t = NULL;
		ncg_doc *doc = NULL;
		ncg_mentions *ms = NULL;
		ncg_facts *f = ncg_facts_new();
		ncg_status st;

		if (strncmp(e->d_name, "issue", 5) != 0 || ncg_rdf_path_is_rdf(e->d_name))
			continue;
		snprintf(path, sizeof path, "%s/%s", REGRESS, e->d_name);
		st = ncg_text_read_file(path, &t, &err);
		if (st == NCG_OK)
			st = ncg_doc_new(t, th_lexicon(), &doc, &err);
		if (st == NCG_OK)
			st = ncg_recognise(doc, th_lexicon(), &ms, &err);
		if (st == NCG_OK) {
			const ncg_token *tok = ncg_doc_tokens(doc);
			size_t ntok = ncg_doc_ntokens(doc);

			/* the sentinel after the last token */
			cr_assert_eq(tok[ntok].b, ncg_text_len(t));
			cr_assert_eq(tok[ntok].e, tok[ntok].b);
			for (size_t k = 0; k < ncg_mentions_count(ms); k++) {
				const ncg_mention *m = ncg_mentions_at(ms, k);

				cr_assert_leq(m->t1, ntok, "%s: mention %zu ends past the text",
				              e->d_name, k);
				if (m->kind == NCG_M_OFFICIAL)
					cr_assert_leq(m->official.title_t1, ntok,
					              "%s: title %zu ends past the text", e->d_name, k);
			}
			st = ncg_extract(doc, ms, th_lexicon(), f, &err);
		}
		if (st == NCG_OK)
			for (int fmt = 0; fmt < NCG_FMT__COUNT; fmt++) {
				char *out = NULL;
				size_t len = 0;

				cr_assert_eq(ncg_rdf_serialize(rdf, f, (ncg_format)fmt, NULL, &out,
				                               &len, &err), NCG_OK, "%s: %s",
				             e->d_name, err.message);
				cr_assert_gt(len, 0);
				free(out);
			}
		else
			cr_assert(err.file[0] && err.message[0], "%s: an error without a place",
			          e->d_name);
		ncg_facts_free(f);
		ncg_mentions_free(ms);
		ncg_doc_free(doc);
		ncg_text_free(t);
		n++;
	}
	closedir(d);
	ncg_rdf_free(rdf);
	cr_assert_geq(n, 2, "the regression inputs were not found");
}

/* Issue 7: a statement ending inside an unclosed parenthesis after a name
 * and a title crashed every command (the title ran one token past the
 * text).  The title now ends with the text. */
Test(regress, issue7_unclosed_parenthesis_after_a_title)
{
	th_doc d = th_read("Kurt Campbell, Coordinator (X", th_lexicon());
	const ncg_mention *m = th_mention(&d, NCG_M_OFFICIAL, "Kurt Campbell");

	cr_assert_not_null(m);
	cr_assert_str_eq(m->official.title, "Coordinator (X");
	cr_assert_eq(m->official.title_t1, ncg_doc_ntokens(d.doc));
	th_doc_free(&d);
}

/* RDF inputs (read back by graph and export): a located error, or facts
 * that every writer writes as RDF that reads back. */
Test(regress, every_rdf_input_reads_back_or_fails_located)
{
	static const char *const EXT[NCG_FMT__COUNT] = {"ttl", "nt", "nq", "rdf"};
	DIR *d = opendir(REGRESS);
	struct dirent *e;
	ncg_rdf *rdf;
	ncg_error err;
	size_t n = 0;
	char dir[] = "/tmp/ncgkg-regress-XXXXXX";

	cr_assert_not_null(d);
	cr_assert_not_null(mkdtemp(dir));
	cr_assert_eq(ncg_rdf_new(&rdf, &err), NCG_OK);
	while ((e = readdir(d)) != NULL) {
		char path[1024];
		ncg_facts *f = ncg_facts_new();

		if (strncmp(e->d_name, "issue", 5) != 0 || !ncg_rdf_path_is_rdf(e->d_name)) {
			ncg_facts_free(f);
			continue;
		}
		snprintf(path, sizeof path, "%s/%s", REGRESS, e->d_name);
		if (ncg_rdf_read_facts(rdf, path, NULL, f, &err) != NCG_OK) {
			cr_assert(err.file[0] && err.line > 0 && err.message[0],
			          "%s: an error without a place", e->d_name);
		} else {
			for (int fmt = 0; fmt < NCG_FMT__COUNT; fmt++) {
				char *out = NULL;
				size_t len = 0;
				FILE *fh;
				char named[64];
				ncg_facts *back = ncg_facts_new();

				cr_assert_eq(ncg_rdf_serialize(rdf, f, (ncg_format)fmt, NULL, &out,
				                               &len, &err), NCG_OK);
				snprintf(named, sizeof named, "%s/back.%s", dir, EXT[fmt]);
				fh = fopen(named, "wb");
				cr_assert_not_null(fh);
				fwrite(out, 1, len, fh);
				fclose(fh);
				cr_assert_eq(ncg_rdf_read_facts(rdf, named, NULL, back, &err), NCG_OK,
				             "%s as %s does not read back: %s", e->d_name, EXT[fmt],
				             err.message);
				unlink(named);
				ncg_facts_free(back);
				free(out);
			}
		}
		ncg_facts_free(f);
		n++;
	}
	closedir(d);
	rmdir(dir);
	ncg_rdf_free(rdf);
	cr_assert_geq(n, 1, "the RDF regression inputs were not found");
}
