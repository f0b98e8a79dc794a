/* ncgkg tests: serialising facts with Redland (src/rdf_write.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
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

TestSuite(rdf, .init = setup, .fini = teardown);

static ncg_facts *
sample(int reversed)
{
	ncg_facts *f = ncg_facts_new();
	const char *g[2] = {"statement/a", "statement/b"};

	for (int k = 0; k < 2; k++) {
		const char *gr = g[reversed ? 1 - k : k];

		ncg_facts_type(f, gr, "meeting/ncg-4", NCG_C_MEETING);
		ncg_facts_label(f, gr, "meeting/ncg-4", "4th NCG meeting", NCG_LABEL_CANONICAL);
		ncg_facts_int(f, gr, "meeting/ncg-4", NCG_P_ORDINAL, 4, NCG_DT_INTEGER);
		ncg_facts_literal(f, gr, "official/x", NCG_P_TITLE,
		                  "line one\r\nwith \"quotes\" and \\ and \xEC\xA1\xB0", NCG_DT_STRING);
	}
	return f;
}

static char *
ser(ncg_facts *f, ncg_format fmt, const char *base)
{
	char *out;
	size_t len;
	ncg_error err;

	cr_assert_eq(ncg_rdf_serialize(rdf, f, fmt, base, &out, &len, &err), NCG_OK, "%s",
	             err.message);
	cr_assert_eq(strlen(out), len);
	return out;
}

Test(rdf, formats_parse)
{
	ncg_format fmt = NCG_FMT_RDFXML;

	cr_assert_eq(ncg_format_parse("ttl", &fmt), NCG_OK);
	cr_assert_eq(fmt, NCG_FMT_TURTLE);
	cr_assert_eq(ncg_format_parse("nt", &fmt), NCG_OK);
	cr_assert_eq(fmt, NCG_FMT_NTRIPLES);
	cr_assert_eq(ncg_format_parse("nquads", &fmt), NCG_OK);
	cr_assert_eq(fmt, NCG_FMT_NQUADS);
	cr_assert_eq(ncg_format_parse("rdfxml", &fmt), NCG_OK);
	cr_assert_eq(fmt, NCG_FMT_RDFXML);
	cr_assert_eq(ncg_format_parse("json", &fmt), NCG_ERR_USAGE);
	cr_assert_eq(fmt, NCG_FMT_RDFXML);              /* unchanged */
}

Test(rdf, turtle_has_prefixes_and_no_raw_cr)
{
	ncg_facts *f = sample(0);
	char *ttl = ser(f, NCG_FMT_TURTLE, NULL);

	cr_assert(strstr(ttl, "@prefix ncg: <https://w3id.org/ncgkg/ontology#> ."));
	cr_assert(strstr(ttl, "@prefix meeting: <https://w3id.org/ncgkg/id/meeting/> ."));
	cr_assert(strstr(ttl, "meeting:ncg-4"), "%s", ttl);
	cr_assert_null(strchr(ttl, '\r'));
	cr_assert_null(strstr(ttl, "_:"));
	free(ttl);
	ncg_facts_free(f);
}

Test(rdf, ntriples_are_sorted_and_independent_of_order)
{
	ncg_facts *a = sample(0), *b = sample(1);
	char *x = ser(a, NCG_FMT_NTRIPLES, NULL), *y = ser(b, NCG_FMT_NTRIPLES, NULL);
	char *prev = NULL;

	cr_assert_str_eq(x, y);
	for (char *line = strtok(x, "\n"); line; line = strtok(NULL, "\n")) {
		if (prev)
			cr_assert_lt(strcmp(prev, line), 0);
		prev = line;
	}
	cr_assert(strstr(y, "\"4\"^^<http://www.w3.org/2001/XMLSchema#integer>"));
	cr_assert(strstr(y, "line one\\nwith \\\"quotes\\\" and \\\\ and \\uC870"), "%s", y);
	free(x);
	free(y);
	ncg_facts_free(a);
	ncg_facts_free(b);
}

Test(rdf, nquads_name_the_statement_graph)
{
	ncg_facts *f = sample(0);
	char *nq = ser(f, NCG_FMT_NQUADS, NULL);

	cr_assert(strstr(nq, "<https://w3id.org/ncgkg/id/statement/a> .\n"));
	cr_assert(strstr(nq, "<https://w3id.org/ncgkg/id/statement/b> .\n"));
	free(nq);
	ncg_facts_free(f);
}

Test(rdf, base_changes_minted_iris)
{
	ncg_facts *f = sample(0);
	char *nt = ser(f, NCG_FMT_NTRIPLES, "http://example.org/kg/");

	cr_assert(strstr(nt, "<http://example.org/kg/meeting/ncg-4>"));
	cr_assert_null(strstr(nt, "w3id.org/ncgkg/id/"));
	free(nt);
	ncg_facts_free(f);
}

Test(rdf, rdfxml_is_written)
{
	ncg_facts *f = sample(0);
	char *xml = ser(f, NCG_FMT_RDFXML, NULL);

	cr_assert(strstr(xml, "<rdf:RDF"));
	cr_assert(strstr(xml, "ncg:ordinal"));
	free(xml);
	ncg_facts_free(f);
}

/* issue 11: language-tagged literals are written, and read back as such */
Test(rdf, language_tags_written_and_read_back)
{
	ncg_facts *f = ncg_facts_new(), *back = ncg_facts_new();
	char *nt, dir[] = "/tmp/ncgkg-test-XXXXXX", path[64];
	const ncg_triple *t;
	size_t n, en = 0, ko = 0;
	ncg_error err;
	FILE *fh;

	ncg_facts_literal(f, "statement/a", "official/x", NCG_P_TITLE, "Deputy Minister", NCG_DT_EN);
	ncg_facts_literal(f, "statement/a", "official/x", NCG_P_NAME, "\xEC\xA1\xB0", NCG_DT_KO);
	ncg_facts_literal(f, "statement/a", "official/x", NCG_P_SHA256, "abc", NCG_DT_STRING);
	nt = ser(f, NCG_FMT_NTRIPLES, NULL);
	cr_assert(strstr(nt, "#title> \"Deputy Minister\"@en .\n"), "%s", nt);
	cr_assert(strstr(nt, "/name> \"\\uC870\"@ko .\n"), "%s", nt);
	cr_assert(strstr(nt, "#sha256> \"abc\" .\n"), "%s", nt);
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/x.nt", dir);
	fh = fopen(path, "w");
	cr_assert_not_null(fh);
	fputs(nt, fh);
	fclose(fh);
	cr_assert_eq(ncg_rdf_read_facts(rdf, path, NULL, back, &err), NCG_OK, "%s", err.message);
	cr_assert_eq(ncg_facts_finish(back, &t, &n), NCG_OK);
	for (size_t i = 0; i < n; i++) {
		en += t[i].dt == NCG_DT_EN && strcmp(t[i].o, "Deputy Minister") == 0;
		ko += t[i].dt == NCG_DT_KO && strcmp(t[i].o, "\xEC\xA1\xB0") == 0;
	}
	cr_assert_eq(en, 1);
	cr_assert_eq(ko, 1);
	unlink(path);
	rmdir(dir);
	free(nt);
	ncg_facts_free(f);
	ncg_facts_free(back);
}
