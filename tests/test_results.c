/* ncgkg tests: SPARQL result sets and their formats (src/results.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/results.h"

#define XSD "http://www.w3.org/2001/XMLSchema#"

static ncg_results *
two_rows(void)
{
	static const char *const vars[] = {"a", "b"};
	ncg_results *r;
	ncg_error err;
	ncg_term row1[2] = {
		{NCG_TERM_IRI, "http://x.org/1", NULL, NULL},
		{NCG_TERM_LITERAL, "say \"hi\", ok", NULL, NULL},
	};
	ncg_term row2[2] = {
		{NCG_TERM_BLANK, "b0", NULL, NULL},
		{NCG_TERM_UNBOUND, NULL, NULL, NULL},
	};

	cr_assert_eq(ncg_results_new(&r, vars, 2, &err), NCG_OK);
	cr_assert_eq(ncg_results_add_row(r, row1, &err), NCG_OK);
	cr_assert_eq(ncg_results_add_row(r, row2, &err), NCG_OK);
	return r;
}

static char *
written(const ncg_results *r, ncg_results_format fmt, const char *const *prefixes,
        size_t max)
{
	ncg_buf b;
	ncg_error err;

	ncg_buf_init(&b);
	cr_assert_eq(ncg_results_write(r, fmt, prefixes, max, &b, &err), NCG_OK);
	return ncg_buf_take(&b);
}

Test(results, free_null_is_a_noop)
{
	ncg_results_free(NULL);
}

Test(results, format_names)
{
	ncg_results_format fmt = NCG_RESULTS__COUNT;

	cr_assert_eq(ncg_results_format_parse("table", &fmt), NCG_OK);
	cr_assert_eq(fmt, NCG_RESULTS_TABLE);
	cr_assert_eq(ncg_results_format_parse("csv", &fmt), NCG_OK);
	cr_assert_eq(fmt, NCG_RESULTS_CSV);
	cr_assert_eq(ncg_results_format_parse("tsv", &fmt), NCG_OK);
	cr_assert_eq(fmt, NCG_RESULTS_TSV);
	cr_assert_eq(ncg_results_format_parse("json", &fmt), NCG_OK);
	cr_assert_eq(fmt, NCG_RESULTS_JSON);
	cr_assert_eq(ncg_results_format_parse("xml", &fmt), NCG_ERR_USAGE);
	cr_assert_eq(fmt, NCG_RESULTS_JSON);
}

Test(results, copies_what_it_is_given)
{
	static const char *const vars[] = {"v"};
	char value[] = "text";
	ncg_term t = {NCG_TERM_LITERAL, value, XSD "string", NULL};
	ncg_results *r;
	ncg_error err;

	cr_assert_eq(ncg_results_new(&r, vars, 1, &err), NCG_OK);
	cr_assert_eq(ncg_results_add_row(r, &t, &err), NCG_OK);
	strcpy(value, "gone");
	cr_assert_str_eq(ncg_results_get(r, 0, 0)->value, "text");
	/* an xsd:string is a plain literal */
	cr_assert_null(ncg_results_get(r, 0, 0)->datatype);
	cr_assert_eq(ncg_results_get(r, 5, 0)->kind, NCG_TERM_UNBOUND);
	ncg_results_free(r);
}

Test(results, csv_as_the_w3c_defines_it)
{
	ncg_results *r = two_rows();
	char *s = written(r, NCG_RESULTS_CSV, NULL, 0);

	cr_assert_str_eq(s, "a,b\r\n"
	                    "http://x.org/1,\"say \"\"hi\"\", ok\"\r\n"
	                    "_:b0,\r\n");
	free(s);
	ncg_results_free(r);
}

Test(results, tsv_as_the_w3c_defines_it)
{
	static const char *const vars[] = {"x"};
	ncg_results *r = two_rows(), *t;
	ncg_error err;
	ncg_term rows[4] = {
		{NCG_TERM_LITERAL, "line\none\ttab", NULL, "en"},
		{NCG_TERM_LITERAL, "2025-01-10", XSD "date", NULL},
		{NCG_TERM_LITERAL, "42", XSD "integer", NULL},
		{NCG_TERM_LITERAL, "4.5", XSD "decimal", NULL},
	};
	char *s = written(r, NCG_RESULTS_TSV, NULL, 0);

	cr_assert_str_eq(s, "?a\t?b\n"
	                    "<http://x.org/1>\t\"say \\\"hi\\\", ok\"\n"
	                    "_:b0\t\n");
	free(s);
	cr_assert_eq(ncg_results_new(&t, vars, 1, &err), NCG_OK);
	for (int i = 0; i < 4; i++)
		cr_assert_eq(ncg_results_add_row(t, &rows[i], &err), NCG_OK);
	s = written(t, NCG_RESULTS_TSV, NULL, 0);
	cr_assert_str_eq(s, "?x\n"
	                    "\"line\\none\\ttab\"@en\n"
	                    "\"2025-01-10\"^^<" XSD "date>\n"
	                    "42\n"
	                    "\"4.5\"^^<" XSD "decimal>\n");
	free(s);
	ncg_results_free(t);
	ncg_results_free(r);
}

Test(results, json_written_then_read_back)
{
	static const char *const vars[] = {"s", "l", "d"};
	ncg_results *r, *back;
	ncg_error err;
	ncg_term row[3] = {
		{NCG_TERM_IRI, "https://w3id.org/ncgkg/id/official/cho-chang-lae", NULL, NULL},
		{NCG_TERM_LITERAL, "\xEC\xA1\xB0\xEC\xB0\xBD\xEB\x9E\x98 \"q\" \\ \x01", NULL, "ko"},
		{NCG_TERM_LITERAL, "2025-01-10", XSD "date", NULL},
	};
	char *s;

	cr_assert_eq(ncg_results_new(&r, vars, 3, &err), NCG_OK);
	cr_assert_eq(ncg_results_add_row(r, row, &err), NCG_OK);
	s = written(r, NCG_RESULTS_JSON, NULL, 0);
	cr_assert(strstr(s, "\"vars\": [ \"s\", \"l\", \"d\" ]"));
	cr_assert(strstr(s, "\"xml:lang\": \"ko\""));
	cr_assert(strstr(s, "\\u0001"));
	cr_assert_eq(ncg_results_read_json(&back, s, strlen(s), "x", &err), NCG_OK);
	cr_assert_eq(ncg_results_vars(back), 3);
	cr_assert_eq(ncg_results_rows(back), 1);
	for (size_t i = 0; i < 3; i++) {
		const ncg_term *a = ncg_results_get(r, 0, i), *b = ncg_results_get(back, 0, i);

		cr_assert_eq(a->kind, b->kind);
		cr_assert_str_eq(a->value, b->value);
		cr_assert_eq(!a->lang, !b->lang);
		cr_assert_eq(!a->datatype, !b->datatype);
	}
	free(s);
	ncg_results_free(back);
	ncg_results_free(r);
}

Test(results, boolean_answers)
{
	ncg_results *r;
	ncg_error err;
	char *s;

	cr_assert_eq(ncg_results_new_boolean(&r, 1, &err), NCG_OK);
	cr_assert(ncg_results_is_boolean(r));
	s = written(r, NCG_RESULTS_TABLE, NULL, 0);
	cr_assert_str_eq(s, "true\n");
	free(s);
	s = written(r, NCG_RESULTS_JSON, NULL, 0);
	cr_assert(strstr(s, "\"boolean\": true"));
	free(s);
	ncg_results_free(r);
}

Test(results, table_aligns_by_display_width)
{
	static const char *const vars[] = {"name", "n"};
	static const char *const prefixes[] = {
		"ncgid", "https://w3id.org/ncgkg/id/",
		"official", "https://w3id.org/ncgkg/id/official/", NULL
	};
	ncg_results *r;
	ncg_error err;
	ncg_term rows[2][2] = {
		{{NCG_TERM_LITERAL, "\xEC\xA1\xB0\xEC\xB0\xBD\xEB\x9E\x98", NULL, "ko"},
		 {NCG_TERM_LITERAL, "1", XSD "integer", NULL}},
		{{NCG_TERM_IRI, "https://w3id.org/ncgkg/id/official/cho-chang-lae", NULL, NULL},
		 {NCG_TERM_UNBOUND, NULL, NULL, NULL}},
	};
	char *s;

	cr_assert_eq(ncg_results_new(&r, vars, 2, &err), NCG_OK);
	cr_assert_eq(ncg_results_add_row(r, rows[0], &err), NCG_OK);
	cr_assert_eq(ncg_results_add_row(r, rows[1], &err), NCG_OK);
	s = written(r, NCG_RESULTS_TABLE, prefixes, 0);
	/* the longest namespace wins; three Hangul syllables are 6 columns */
	cr_assert_str_eq(s, "name                    n\n"
	                    "----------------------  -\n"
	                    "\xEC\xA1\xB0\xEC\xB0\xBD\xEB\x9E\x98                  1\n"
	                    "official:cho-chang-lae\n"
	                    "(2 rows)\n");
	free(s);
	s = written(r, NCG_RESULTS_TABLE, prefixes, 10);
	cr_assert(strstr(s, "official:\xE2\x80\xA6\n"), "%s", s);
	free(s);
	ncg_results_free(r);
}

Test(results, table_shows_iris_it_cannot_shorten_whole)
{
	static const char *const vars[] = {"x"};
	static const char *const prefixes[] = {"ex", "http://x.org/", NULL};
	ncg_results *r;
	ncg_error err;
	ncg_term t = {NCG_TERM_IRI, "http://x.org/a#char=0,3", NULL, NULL};
	char *s;

	cr_assert_eq(ncg_results_new(&r, vars, 1, &err), NCG_OK);
	cr_assert_eq(ncg_results_add_row(r, &t, &err), NCG_OK);
	s = written(r, NCG_RESULTS_TABLE, prefixes, 0);
	cr_assert(strstr(s, "<http://x.org/a#char=0,3>"), "%s", s);
	free(s);
	ncg_results_free(r);
}

Test(results, display_width)
{
	cr_assert_eq(ncg_display_width("abc", 3), 3);
	cr_assert_eq(ncg_display_width("\xEC\xA1\xB0\xEC\xB0\xBD\xEB\x9E\x98", 9), 6);
	cr_assert_eq(ncg_display_width("e\xCC\x81", 3), 1);         /* e + combining acute */
	cr_assert_eq(ncg_display_width("\xFF", 1), 1);              /* a bad byte: one column */
}

Test(results, json_reader_decodes_escapes)
{
	const char *json =
		"{\"head\":{\"vars\":[\"x\",\"y\"]},\"results\":{\"bindings\":["
		"{\"x\":{\"type\":\"literal\",\"value\":\"a\\u00e9\\ud83d\\ude00\\n\"},"
		"\"y\":{\"type\":\"typed-literal\",\"value\":\"1\",\"datatype\":\"" XSD "integer\"}},"
		"{\"y\":{\"type\":\"bnode\",\"value\":\"b1\"}}]}}";
	ncg_results *r;
	ncg_error err;

	cr_assert_eq(ncg_results_read_json(&r, json, strlen(json), "x", &err), NCG_OK);
	cr_assert_eq(ncg_results_rows(r), 2);
	cr_assert_str_eq(ncg_results_get(r, 0, 0)->value, "a\xC3\xA9\xF0\x9F\x98\x80\n");
	cr_assert_eq(ncg_results_get(r, 0, 1)->kind, NCG_TERM_LITERAL);
	cr_assert_str_eq(ncg_results_get(r, 0, 1)->datatype, XSD "integer");
	cr_assert_eq(ncg_results_get(r, 1, 0)->kind, NCG_TERM_UNBOUND);
	cr_assert_eq(ncg_results_get(r, 1, 1)->kind, NCG_TERM_BLANK);
	ncg_results_free(r);
}

Test(results, json_reader_reads_ask)
{
	const char *json = "{ \"head\" : { } , \"boolean\" : false }";
	ncg_results *r;
	ncg_error err;

	cr_assert_eq(ncg_results_read_json(&r, json, strlen(json), "x", &err), NCG_OK);
	cr_assert(ncg_results_is_boolean(r));
	cr_assert_not(ncg_results_boolean(r));
	ncg_results_free(r);
}

Test(results, json_reader_errors_have_a_place)
{
	static const struct {
		const char *json, *what;
		long line, col;
	} bad[] = {
		{"{\"head\":{\"vars\":[\"x\"]},\n\"results\":{\"bindings\":[}}", "unexpected", 2, 24},
		{"{\"head\":{\"vars\":[\"x\"]}", "expected ','", 1, 23},
		{"{\"head\":{}}", "no \"head.vars\"", 1, 1},
		{"[1, 2] 3", "text after", 1, 8},
		{"{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":"
		 "[{\"x\":{\"type\":\"triple\",\"value\":\"v\"}}]}}", "unknown term type", 1, 52},
		{"\"\\ud800\\u0000\"", "NUL", 1, 13},
		/* review16: a wrong value is placed where it starts, not at
		 * the document's start */
		{"{\"head\":{\"vars\":[\"x\"]},\n\"results\":{\"bindings\":[{\"x\":{\"type\":\"uri\"}}]}}",
		 "without \"type\" or \"value\"", 2, 29},
		{"{\"head\":{\"vars\":[\"x\"]},\n\"results\":{\"bindings\":[{}, 7]}}",
		 "not an object", 2, 28},
		{"{\"head\":{\"vars\":[\"x\", 2]},\"results\":{\"bindings\":[]}}",
		 "not a string", 1, 23},
		{"{\"head\":{},\n \"boolean\": \"yes\"}", "not true or false", 2, 13},
	};

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		ncg_results *r = (ncg_results *)1;
		ncg_error err;

		ncg_error_clear(&err);
		cr_assert_eq(ncg_results_read_json(&r, bad[i].json, strlen(bad[i].json),
		                                   "answer.json", &err), NCG_ERR_SYNTAX, "%zu", i);
		cr_assert_null(r);
		cr_assert_str_eq(err.file, "answer.json");
		cr_assert(strstr(err.message, bad[i].what), "%zu: %s", i, err.message);
		cr_assert_eq(err.line, bad[i].line, "%zu: line %ld", i, err.line);
		cr_assert_eq(err.col, bad[i].col, "%zu: col %ld", i, err.col);
	}
}
