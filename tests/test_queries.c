/* ncgkg tests: the questions an analyst asks of an export (issue 11),
 * answered by rasqal through librdf, without inference: who took part,
 * who held each post over time, the titles each official held, which side
 * each co-chair represents, where each statement came from.
 *
 * The queries and their answers are tests/data/queries/NAME.rq and
 * NAME.expected (the format is in tests/data/queries/README.md); the data
 * are the exports of the two known statements, concatenated as N-Triples,
 * so that tests/semantics.sh can ask Jena ARQ the same questions of the
 * same data. */
#include "config.h"

#include <criterion/criterion.h>
#include <redland.h>
#include <stdio.h>
#include <string.h>

#include "helpers.h"
#include "ncgkg/extract.h"
#include "ncgkg/rdf.h"
#include "ncgkg/text.h"
#include "ncgkg/vocab.h"

#define QUERIES NCG_TEST_DATA "/queries/"
#define STATEMENTS NCG_TEST_DATA "/../../data/statements/"
#define SOURCE "https://example.org/releases/ncg-4-2025-01-10"

static librdf_world *world;
static librdf_storage *storage;
static librdf_model *model;

/* Redland prints a message itself only when the world has no handler,
 * and then reads past the buffer it formats the message's location into
 * (Redland 1.0.17, seen by AddressSanitizer on rasqal's warnings): print
 * it here instead, as src/rdf.c does for ncgkg. */
static int
log_message(void *data, librdf_log_message *msg)
{
	(void)data;
	fprintf(stderr, "librdf %s: %s\n",
	        librdf_log_message_level(msg) >= LIBRDF_LOG_ERROR ? "error" : "warning",
	        librdf_log_message_message(msg));
	return 1;
}

/* One statement exported alone to N-Triples, as `ncgkg export -f nt
 * [--source URL] FILE` writes it. */
static char *
export_one(const char *path, const char *source)
{
	ncg_facts *f = ncg_facts_new();
	ncg_text_meta meta = {NULL, NULL, NULL, source};
	ncg_rdf *rdf;
	ncg_text *t = NULL;
	ncg_error err;
	char *out = NULL;
	size_t len;

	cr_assert_eq(ncg_rdf_new(&rdf, &err), NCG_OK);
	cr_assert_eq(ncg_text_read_file(path, &t, &err), NCG_OK, "%s: %s", path, err.message);
	cr_assert_eq(ncg_text_set_meta(t, &meta, &err), NCG_OK);
	cr_assert_eq(ncg_extract_text(t, th_lexicon(), f, &err), NCG_OK, "%s: %s", path, err.message);
	ncg_text_free(t);
	cr_assert_eq(ncg_rdf_serialize(rdf, f, NCG_FMT_NTRIPLES, NULL, &out, &len, &err), NCG_OK);
	ncg_facts_free(f);
	ncg_rdf_free(rdf);
	return out;
}

static void
setup(void)
{
	char *a = export_one(STATEMENTS "ncg-2-2023-12-15.txt", NULL);
	char *b = export_one(STATEMENTS "ncg-4-2025-01-10.txt", SOURCE);
	size_t na = strlen(a), nb = strlen(b);
	char *both = malloc(na + nb + 1);
	librdf_parser *p;
	librdf_uri *base;

	cr_assert_not_null(both);
	memcpy(both, a, na);
	memcpy(both + na, b, nb + 1);
	world = librdf_new_world();
	cr_assert_not_null(world);
	librdf_world_set_logger(world, NULL, log_message);
	librdf_world_open(world);
	storage = librdf_new_storage(world, "hashes", "q", "hash-type='memory'");
	model = librdf_new_model(world, storage, NULL);
	p = librdf_new_parser(world, "ntriples", NULL, NULL);
	base = librdf_new_uri(world, (const unsigned char *)"file:///exports.nt");
	cr_assert(model && p && base);
	cr_assert_eq(librdf_parser_parse_string_into_model(p, (const unsigned char *)both, base,
	                                                   model), 0);
	librdf_free_uri(base);
	librdf_free_parser(p);
	free(both);
	free(a);
	free(b);
}

static void
teardown(void)
{
	librdf_free_model(model);
	librdf_free_storage(storage);
	librdf_free_world(world);
}

TestSuite(queries, .init = setup, .fini = teardown);

/* A value as the .expected files write it: an IRI below the base as its
 * path, a literal as its text, nothing when unbound. */
static void
put_value(FILE *out, librdf_node *n)
{
	const char *s;

	if (!n)
		return;
	if (librdf_node_is_resource(n)) {
		s = (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
		if (strncmp(s, NCG_ID_BASE, strlen(NCG_ID_BASE)) == 0)
			s += strlen(NCG_ID_BASE);
	} else {
		s = (const char *)librdf_node_get_literal_value(n);
	}
	fputs(s, out);
}

/* Run tests/data/queries/NAME.rq; its answer in the .expected format. */
static char *
answer(const char *name)
{
	char path[512], *rq, *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	librdf_query *q;
	librdf_query_results *r;
	int nvars;

	snprintf(path, sizeof path, QUERIES "%s.rq", name);
	rq = th_slurp(path, NULL);
	cr_assert_not_null(rq, "%s", path);
	q = librdf_new_query(world, "sparql", NULL, (const unsigned char *)rq, NULL);
	cr_assert_not_null(q, "%s does not parse in rasqal", path);
	r = librdf_model_query_execute(model, q);
	cr_assert_not_null(r, "%s fails in rasqal", path);
	nvars = librdf_query_results_get_bindings_count(r);
	for (int i = 0; i < nvars; i++)
		fprintf(out, "%s%s", i ? "," : "", librdf_query_results_get_binding_name(r, i));
	fputc('\n', out);
	for (; !librdf_query_results_finished(r); librdf_query_results_next(r)) {
		for (int i = 0; i < nvars; i++) {
			librdf_node *n = librdf_query_results_get_binding_value(r, i);

			if (i)
				fputc(',', out);
			put_value(out, n);
			if (n)
				librdf_free_node(n);
		}
		fputc('\n', out);
	}
	fclose(out);
	librdf_free_query_results(r);
	librdf_free_query(q);
	free(rq);
	return text;
}

static void
check(const char *name)
{
	char path[512], *want, *got = answer(name);

	snprintf(path, sizeof path, QUERIES "%s.expected", name);
	want = th_slurp(path, NULL);
	cr_assert_not_null(want, "%s", path);
	cr_assert_str_eq(got, want, "%s.rq under rasqal:\n%s\nexpected:\n%s", name, got, want);
	free(got);
	free(want);
}

Test(queries, participants_whatever_the_role) { check("participants"); }
Test(queries, who_held_each_post_over_time) { check("post-holders"); }
Test(queries, titles_each_official_held_over_time) { check("titles-over-time"); }
Test(queries, which_side_each_co_chair_represents) { check("co-chair-sides"); }
Test(queries, statements_sources_issue_dates_publishers) { check("sources"); }

/* The same post written two ways, by two statements, is one node held by
 * two officials (the issue's example). */
Test(queries, one_post_two_wordings_two_holders)
{
	char *got = answer("post-holders");

	cr_assert(strstr(got, "deputy-minister-for-national-defense-policy,2023-12-15,"
	                      "official/heo-tae-keun\n"), "%s", got);
	cr_assert(strstr(got, "deputy-minister-for-national-defense-policy,2025-01-10,"
	                      "official/cho-chang-lae\n"), "%s", got);
	free(got);
}
