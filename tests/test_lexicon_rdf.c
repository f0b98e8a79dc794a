/* ncgkg tests: loading the lexicon from Turtle (src/lexicon_rdf.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "ncgkg/lexicon.h"
#include "ncgkg/rdf.h"

static ncg_rdf *rdf;
static ncg_lexicon *lex;

static void
setup(void)
{
	ncg_error err;

	cr_assert_eq(ncg_rdf_new(&rdf, &err), NCG_OK);
	lex = ncg_lexicon_new();
}

static void
teardown(void)
{
	ncg_lexicon_free(lex);
	ncg_rdf_free(rdf);
}

TestSuite(lexicon_rdf, .init = setup, .fini = teardown);

Test(lexicon_rdf, builtin_lexicon_loads_with_every_kind)
{
	ncg_error err;
	const ncg_lex_entry *nsc;

	cr_assert_eq(ncg_lexicon_load_builtin(rdf, lex, &err), NCG_OK, "%s", err.message);
	for (int k = 0; k < NCG_LEX__COUNT; k++)
		if (k != NCG_LEX_ROLE)   /* roles: a scheme, concepts made from titles */
			cr_assert_gt(ncg_lexicon_count(lex, (ncg_lex_kind)k), 0, "kind %d is empty", k);
	/* the concept schemes and the default activity kind */
	for (int k = NCG_LEX_WORKSTREAM; k < NCG_LEX__COUNT; k++) {
		cr_assert_not_null(ncg_lexicon_scheme(lex, (ncg_lex_kind)k)->key, "kind %d", k);
		cr_assert_not_null(ncg_lexicon_scheme(lex, (ncg_lex_kind)k)->label, "kind %d", k);
	}
	cr_assert_str_eq(ncg_lexicon_scheme(lex, NCG_LEX_WORKSTREAM)->key, "scheme/workstreams");
	cr_assert_str_eq(ncg_lexicon_scheme(lex, NCG_LEX_ACTIVITY_KIND)->default_key,
	                 "activity-kind/exercise");
	for (int w = 0; w < NCG_WL__COUNT; w++)
		cr_assert_gt(ncg_lexicon_words(lex, (ncg_wordlist)w)->n, 0, "word list %d", w);
	nsc = ncg_lexicon_by_key(lex, "body/nsc");
	cr_assert_not_null(nsc);
	cr_assert_eq(nsc->kind, NCG_LEX_BODY);
	cr_assert_str_eq(nsc->acronym.v[0], "NSC");
	cr_assert_str_eq(nsc->country.v[0], "country/us");
	/* every reference points at an entry of the right kind */
	for (int k = 0; k < NCG_LEX__COUNT; k++)
		for (size_t i = 0; i < ncg_lexicon_count(lex, (ncg_lex_kind)k); i++) {
			const ncg_lex_entry *e = ncg_lexicon_at(lex, (ncg_lex_kind)k, i);

			cr_assert_not_null(e->label, "%s has no label", e->key);
			for (size_t c = 0; c < e->country.n; c++) {
				const ncg_lex_entry *ce = ncg_lexicon_by_key(lex, e->country.v[c]);

				cr_assert(ce && ce->kind == NCG_LEX_COUNTRY, "%s: bad country %s",
				          e->key, e->country.v[c]);
			}
			if (e->part_of)
				cr_assert(ncg_lexicon_by_key(lex, e->part_of), "%s: partOf", e->key);
		}
}

Test(lexicon_rdf, a_user_file_extends_the_lexicon)
{
	const char *ttl =
		"@prefix ncg: <https://w3id.org/ncgkg/ontology#> .\n"
		"@prefix lex: <https://w3id.org/ncgkg/lexicon#> .\n"
		"@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
		"<https://w3id.org/ncgkg/id/body/kidd> a ncg:Body ;\n"
		"   rdfs:label \"Korea-U.S. Integrated Defense Dialogue\" ; ncg:acronym \"KIDD\" .\n"
		"<https://example.org/x> lex:bodyHead \"Directorate\" .\n";
	ncg_error err;
	const ncg_lex_entry *e;

	cr_assert_eq(ncg_lexicon_load_turtle(rdf, lex, "user.ttl", ttl, strlen(ttl), NULL, &err),
	             NCG_OK, "%s", err.message);
	e = ncg_lexicon_by_key(lex, "body/kidd");
	cr_assert_not_null(e);
	cr_assert_str_eq(e->label, "Korea-U.S. Integrated Defense Dialogue");
	cr_assert(ncg_lexicon_has_word(lex, NCG_WL_BODY_HEAD, "Directorate", 11));
}

Test(lexicon_rdf, a_user_stop_word_changes_normal_forms_and_lookups)
{
	const char *ttl =
		"@prefix lex: <https://w3id.org/ncgkg/lexicon#> .\n"
		"<https://example.org/x> lex:normalStopWord \"alliance\" ;\n"
		"   lex:irregularPlural \"matrices matrix\" .\n";
	const char *ws = "Alliance nuclear planning matrices";
	ncg_error err;
	char before[256], after[256];
	ncg_lex_entry *e;

	cr_assert_eq(ncg_lexicon_load_builtin(rdf, lex, &err), NCG_OK, "%s", err.message);
	ncg_normal_form(lex, ws, strlen(ws), before, sizeof before);
	cr_assert_str_eq(before, "alliance nuclear planning matrice");
	cr_assert_eq(ncg_lexicon_entry(lex, NCG_LEX_WORKSTREAM, "workstream/test-matrix", &e),
	             NCG_OK);
	cr_assert_eq(ncg_lexicon_set_label(lex, e, "Nuclear Planning Matrix"), NCG_OK);
	cr_assert_eq(ncg_lexicon_load_turtle(rdf, lex, "user.ttl", ttl, strlen(ttl), NULL, &err),
	             NCG_OK, "%s", err.message);
	ncg_normal_form(lex, ws, strlen(ws), after, sizeof after);
	cr_assert_str_eq(after, "nuclear planning matrix");
	cr_assert_eq(ncg_lexicon_index(lex, &err), NCG_OK, "%s", err.message);
	cr_assert_eq(ncg_lexicon_by_wording(lex, NCG_LEX_WORKSTREAM, ws, strlen(ws)), e);
}

Test(lexicon_rdf, nodes_outside_the_base_keep_their_iri)
{
	const char *ttl = "<http://example.org/b> a <https://w3id.org/ncgkg/ontology#Body> ;"
	                  " <http://www.w3.org/2000/01/rdf-schema#label> \"B\" .";
	ncg_error err;

	cr_assert_eq(ncg_lexicon_load_turtle(rdf, lex, "u.ttl", ttl, strlen(ttl), NULL, &err), NCG_OK);
	cr_assert_not_null(ncg_lexicon_by_key(lex, "http://example.org/b"));
}

Test(lexicon_rdf, a_syntax_error_names_file_and_line)
{
	const char *ttl = "@prefix ncg: <https://w3id.org/ncgkg/ontology#> .\n\n<a> a ncg:Body ;;\n broken";
	ncg_error err;

	ncg_error_clear(&err);
	cr_assert_eq(ncg_lexicon_load_turtle(rdf, lex, "broken.ttl", ttl, strlen(ttl), NULL, &err),
	             NCG_ERR_SYNTAX);
	cr_assert_str_eq(err.file, "broken.ttl");
	cr_assert_gt(err.line, 0, "no line in: %s", err.message);
}

Test(lexicon_rdf, one_node_with_two_kinds_is_refused)
{
	const char *ttl = "@prefix ncg: <https://w3id.org/ncgkg/ontology#> .\n"
	                  "<https://w3id.org/ncgkg/id/x> a ncg:Body, ncg:Place .";
	ncg_error err;

	cr_assert_eq(ncg_lexicon_load_turtle(rdf, lex, "k.ttl", ttl, strlen(ttl), NULL, &err),
	             NCG_ERR_LEXICON);
	cr_assert(strstr(err.message, "two kinds"), "%s", err.message);
}

Test(lexicon_rdf, missing_file_is_an_error)
{
	ncg_error err;

	cr_assert_eq(ncg_lexicon_load_file(rdf, lex, "/nonexistent.ttl", &err), NCG_ERR_IO);
}

Test(lexicon_rdf, loading_into_an_indexed_lexicon_is_refused)
{
	const char *ttl = "<http://example.org/b> a <https://w3id.org/ncgkg/ontology#Body> .";
	ncg_error err;

	cr_assert_eq(ncg_lexicon_index(lex, &err), NCG_OK);
	cr_assert_eq(ncg_lexicon_load_turtle(rdf, lex, "late.ttl", ttl, strlen(ttl), NULL, &err),
	             NCG_ERR_INTERNAL);
	cr_assert_str_eq(err.file, "late.ttl");
	cr_assert(strstr(err.message, "indexed"), "%s", err.message);
	cr_assert_null(ncg_lexicon_by_key(lex, "http://example.org/b"));
}

/* issue 8: the drawings' texts (views.ttl) */
#define TEXT_PREFIXES \
	"@base <https://w3id.org/ncgkg/id/> .\n" \
	"@prefix lex: <https://w3id.org/ncgkg/lexicon#> .\n" \
	"@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n" \
	"@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"

Test(lexicon_rdf, builtin_lexicon_has_the_drawings_texts)
{
	ncg_error err;

	cr_assert_eq(ncg_lexicon_load_builtin(rdf, lex, &err), NCG_OK, "%s", err.message);
	cr_assert_str_eq(ncg_lexicon_text(lex, "drawing/legend/title"), "Legend");
	cr_assert_str_eq(ncg_lexicon_text(lex, "drawing/month/09"), "Sep");
	cr_assert_str_eq(ncg_lexicon_text(lex, "drawing/meeting/title"),
	                 "{meeting}: who led it, what it listed, what its statement reports");
	cr_assert_null(ncg_lexicon_text(lex, "drawing/no/such"));
	/* texts are not wordings: no entry, nothing a recogniser would match */
	cr_assert_null(ncg_lexicon_by_key(lex, "drawing/legend/title"));
	cr_assert_gt(ncg_lexicon_ntexts(lex), 50);
}

Test(lexicon_rdf, a_later_file_relabels_a_text_an_earlier_gave)
{
	const char *a = TEXT_PREFIXES
		"<drawing/x> a lex:DrawingText ; rdfs:label \"Zebra\" .\n"
		"<drawing/y> a lex:DrawingText ; rdfs:label \"kept\" .\n";
	const char *b = TEXT_PREFIXES
		"<drawing/x> a lex:DrawingText ; skos:prefLabel \"Zweite\", \"Erste\" .\n";
	ncg_error err;

	cr_assert_eq(ncg_lexicon_load_turtle(rdf, lex, "a.ttl", a, strlen(a), NULL, &err), NCG_OK,
	             "%s", err.message);
	cr_assert_eq(ncg_lexicon_load_turtle(rdf, lex, "b.ttl", b, strlen(b), NULL, &err), NCG_OK,
	             "%s", err.message);
	/* the later file wins; within a file, the smallest of several labels */
	cr_assert_str_eq(ncg_lexicon_text(lex, "drawing/x"), "Erste");
	cr_assert_str_eq(ncg_lexicon_text(lex, "drawing/y"), "kept");
	cr_assert_eq(ncg_lexicon_ntexts(lex), 2);
}

Test(lexicon_rdf, a_text_without_a_label_names_the_file_and_the_node)
{
	const char *ttl = TEXT_PREFIXES
		"<drawing/z> a lex:DrawingText .\n"
		"<drawing/a> a lex:DrawingText ; rdfs:label \"fine\" .\n"
		"<drawing/m> a lex:DrawingText .\n";
	ncg_error err;

	ncg_error_clear(&err);
	cr_assert_eq(ncg_lexicon_load_turtle(rdf, lex, "labels.ttl", ttl, strlen(ttl), NULL, &err),
	             NCG_ERR_LEXICON);
	cr_assert_str_eq(err.file, "labels.ttl");
	/* the smallest key missing, whatever the storage's order */
	cr_assert(strstr(err.message, "https://w3id.org/ncgkg/id/drawing/m is a lex:DrawingText "
	                              "with no rdfs:label"), "%s", err.message);
	cr_assert_null(ncg_lexicon_text(lex, "drawing/a"), "nothing of a refused file is kept");
}

/* review16: an empty word in a user's word list matched an empty phrase
 * at every token ("lex:meetingNoun \"\"" made a meeting of every
 * statement, at a span ending before it started); it is refused, naming
 * the file and the list. */
Test(lexicon_rdf, an_empty_word_in_a_word_list_is_refused)
{
	static const char *const words[] = {"\"\"", "\"  \"", "\"\\t\""};

	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		char ttl[256];
		ncg_error err;

		snprintf(ttl, sizeof ttl, "@prefix lex: <https://w3id.org/ncgkg/lexicon#> .\n"
		         "lex:grammar lex:meetingNoun \"talks\", %s .\n", words[i]);
		ncg_error_clear(&err);
		cr_assert_eq(ncg_lexicon_load_turtle(rdf, lex, "words.ttl", ttl, strlen(ttl), NULL,
		                                     &err), NCG_ERR_LEXICON, "%s", words[i]);
		cr_assert_str_eq(err.file, "words.ttl");
		cr_assert(strstr(err.message, "lex:meetingNoun has an empty word"), "%s", err.message);
	}
}

/* A word list's name misspelt in a user's lexicon ("lex:meetingNouns")
 * lost its words without a word; a term of the lexicon's namespace that
 * no part of the loader reads is refused, naming the file and the term,
 * and a known one still loads. */
Test(lexicon_rdf, an_unknown_term_of_the_lexicon_is_refused)
{
	static const char *const terms[] = {"meetingNouns", "progresNoun", "Cue"};
	static const char ok[] = "@prefix lex: <https://w3id.org/ncgkg/lexicon#> .\n"
	                         "lex:grammar lex:meetingNoun \"parley\" .\n";
	ncg_error err;

	for (size_t i = 0; i < sizeof terms / sizeof terms[0]; i++) {
		char ttl[256], want[64];

		snprintf(ttl, sizeof ttl, "@prefix lex: <https://w3id.org/ncgkg/lexicon#> .\n"
		         "lex:grammar lex:%s \"talks\" .\n", terms[i]);
		snprintf(want, sizeof want, "lex:%s is no term of the lexicon", terms[i]);
		ncg_error_clear(&err);
		cr_assert_eq(ncg_lexicon_load_turtle(rdf, lex, "typo.ttl", ttl, strlen(ttl), NULL,
		                                     &err), NCG_ERR_LEXICON, "%s", terms[i]);
		cr_assert_str_eq(err.file, "typo.ttl");
		cr_assert(strstr(err.message, want), "%s", err.message);
	}
	ncg_error_clear(&err);
	cr_assert_eq(ncg_lexicon_load_turtle(rdf, lex, "ok.ttl", ok, strlen(ok), NULL, &err),
	             NCG_OK, "%s", err.message);
}
