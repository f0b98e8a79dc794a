/* ncgkg tests: the lexicon in plain C (src/lexicon.c), without librdf. */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "ncgkg/lexicon.h"

static const char *
slug(const char *s)
{
	static char buf[256];

	ncg_slug(s, strlen(s), buf, sizeof buf);
	return buf;
}

/* Normal forms with a lexicon whose word lists are the test's own. */
static const char *
nf(const char *s)
{
	static const char *const stop[] = {"the", "and", "of", "in", "us", "rok"};
	static char buf[256];
	ncg_lexicon *lex = ncg_lexicon_new();

	cr_assert_not_null(lex);
	for (size_t i = 0; i < sizeof stop / sizeof stop[0]; i++)
		cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_NORMAL_STOP, stop[i]), NCG_OK);
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_IRREGULAR_PLURAL, "crises crisis"), NCG_OK);
	ncg_normal_form(lex, s, strlen(s), buf, sizeof buf);
	ncg_lexicon_free(lex);
	return buf;
}

Test(lexicon, free_null_is_a_noop)
{
	ncg_lexicon_free(NULL);
}

Test(lexicon, slugs)
{
	cr_assert_str_eq(slug("Cho Chang Lae"), "cho-chang-lae");
	cr_assert_str_eq(slug("CHO Chang-lae"), "cho-chang-lae");
	cr_assert_str_eq(slug("U.S. National Security Council (NSC)"),
	                 "us-national-security-council-nsc");
	cr_assert_str_eq(slug("Joseph R. Biden, Jr."), "joseph-r-biden-jr");
	cr_assert_str_eq(slug("Yoon Suk Yeol\xE2\x80\x99s"), "yoon-suk-yeols");
	cr_assert_str_eq(slug("\xC3\x89lys\xC3\xA9" "e"), "elysee");
	cr_assert_str_eq(slug("--  --"), "");
}

Test(lexicon, normal_forms_ignore_case_plurals_articles_and_states)
{
	cr_assert_str_eq(nf("Exercises, Simulations, and Trainings"),
	                 "exercise simulation training");
	cr_assert_str_eq(nf("nuclear consultation processes in crises and contingencies"),
	                 "nuclear consultation process crisis contingency");
	cr_assert_str_eq(nf("U.S.-ROK conventional and nuclear integration"),
	                 nf("conventional-nuclear integration"));
	cr_assert_str_eq(nf("the establishment of dedicated secure communication systems"),
	                 "establishment dedicated secure communication system");
	cr_assert_str_eq(nf("risk reduction activities"), "risk reduction activity");
}

Test(lexicon, normal_forms_take_their_words_from_the_lexicon)
{
	ncg_lexicon *lex = ncg_lexicon_new();
	char buf[128];

	cr_assert_not_null(lex);
	/* no lexicon, or one without the lists: the rules alone */
	ncg_normal_form(NULL, "The crises of US forces", 23, buf, sizeof buf);
	cr_assert_str_eq(buf, "the crise of us force");
	ncg_normal_form(lex, "The crises of US forces", 23, buf, sizeof buf);
	cr_assert_str_eq(buf, "the crise of us force");
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_NORMAL_STOP, "the"), NCG_OK);
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_NORMAL_STOP, "us"), NCG_OK);
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_IRREGULAR_PLURAL, "crises crisis"), NCG_OK);
	ncg_normal_form(lex, "The crises of US forces", 23, buf, sizeof buf);
	cr_assert_str_eq(buf, "crisis of force");
	/* the same once indexed */
	cr_assert_eq(ncg_lexicon_index(lex, NULL), NCG_OK);
	ncg_normal_form(lex, "The crises of US forces", 23, buf, sizeof buf);
	cr_assert_str_eq(buf, "crisis of force");
	ncg_lexicon_free(lex);
}

Test(lexicon, entries_and_lookups)
{
	ncg_lexicon *lex = ncg_lexicon_new();
	ncg_lex_entry *e, *again;
	const ncg_lex_wording *w;
	ncg_error err;
	size_t n;

	cr_assert_eq(ncg_lexicon_entry(lex, NCG_LEX_WORKSTREAM, "workstream/cni", &e), NCG_OK);
	cr_assert_not_null(e);
	cr_assert_eq(ncg_lexicon_set_label(lex, e, "conventional-nuclear integration"), NCG_OK);
	cr_assert_eq(ncg_lexicon_list_add(lex, &e->alt, "conventional and nuclear integration"),
	             NCG_OK);
	cr_assert_eq(ncg_lexicon_list_add(lex, &e->acronym, "CNI"), NCG_OK);
	cr_assert_eq(ncg_lexicon_list_add(lex, &e->acronym, "CNI"), NCG_OK);  /* no duplicates */
	cr_assert_eq(e->acronym.n, 1);
	/* the same key with another kind is refused */
	cr_assert_eq(ncg_lexicon_entry(lex, NCG_LEX_BODY, "workstream/cni", &again),
	             NCG_ERR_LEXICON);
	cr_assert_null(again);
	cr_assert_eq(ncg_lexicon_entry(lex, NCG_LEX_WORKSTREAM, "workstream/cni", &again), NCG_OK);
	cr_assert_eq(again, e);
	cr_assert_eq(ncg_lexicon_entry_mut(lex, "workstream/cni"), e);
	/* normal forms drop the lexicon's stop words */
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_NORMAL_STOP, "us"), NCG_OK);
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_NORMAL_STOP, "rok"), NCG_OK);
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_NORMAL_STOP, "and"), NCG_OK);
	/* lookups by wording need the index */
	cr_assert_null(ncg_lexicon_by_wording(lex, NCG_LEX_WORKSTREAM, "CNI", 3));
	cr_assert_not(ncg_lexicon_is_indexed(lex));
	cr_assert_eq(ncg_lexicon_index(lex, &err), NCG_OK);
	cr_assert(ncg_lexicon_is_indexed(lex));

	cr_assert_eq(ncg_lexicon_by_wording(lex, NCG_LEX_WORKSTREAM,
	             "U.S.-ROK Conventional and Nuclear Integrations", 46), e);
	cr_assert_null(ncg_lexicon_by_wording(lex, NCG_LEX_WORKSTREAM, "nuclear integration", 19));
	cr_assert_null(ncg_lexicon_by_wording(lex, NCG_LEX_BODY, "CNI", 3));

	n = ncg_lexicon_wordings_at(lex, "Conventional", 12, &w);
	cr_assert_eq(n, 2);
	n = ncg_lexicon_wordings_at(lex, "CNI", 3, &w);
	cr_assert_eq(n, 1);
	cr_assert_eq(w[0].what, NCG_LEXW_ACRONYM);
	cr_assert_eq(ncg_lexicon_by_key(lex, "workstream/cni"), e);
	cr_assert_eq(ncg_lexicon_count(lex, NCG_LEX_WORKSTREAM), 1);
	ncg_lexicon_free(lex);
}

Test(lexicon, word_lists)
{
	ncg_lexicon *lex = ncg_lexicon_new();

	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_COURTESY, "Dr."), NCG_OK);
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_FURNITURE, "Go to main text"), NCG_OK);
	cr_assert(ncg_lexicon_has_word(lex, NCG_WL_COURTESY, "Dr.", 3));
	cr_assert_not(ncg_lexicon_has_word(lex, NCG_WL_COURTESY, "dr.", 3));
	cr_assert(ncg_lexicon_has_word_ci(lex, NCG_WL_FURNITURE, "GO TO MAIN TEXT", 15));
	cr_assert_not(ncg_lexicon_has_word(lex, NCG_WL_OFFICE, "Dr.", 3));
	cr_assert_eq(ncg_lexicon_words(lex, NCG_WL_COURTESY)->n, 1);
	ncg_lexicon_free(lex);
}

static int
bit(const uint64_t *bits, ncg_wordlist wl)
{
	return (int)((bits[(unsigned)wl / 64] >> ((unsigned)wl % 64)) & 1);
}

/* Which lists a token may start (issue 9, speed): by the whole token,
 * folded as the matchers fold it; never a list whose word it starts. */
Test(lexicon, lists_a_token_may_start_are_told_by_the_whole_token)
{
	ncg_lexicon *lex = ncg_lexicon_new();
	ncg_error err;
	const uint64_t *b;

	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_COURTESY, "Dr."), NCG_OK);
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_FURNITURE, "Go to main text"), NCG_OK);
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_OFFICE, "Vice-Minister"), NCG_OK);
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_MEETING_NOUN, "co\xE2\x80\x99op"), NCG_OK);
	cr_assert_eq(ncg_lexicon_index(lex, &err), NCG_OK);
	b = ncg_lexicon_wls_of_token(lex, "Dr", 2);           /* a prefix, any case */
	cr_assert(bit(b, NCG_WL_COURTESY));
	cr_assert_not(bit(b, NCG_WL_FURNITURE));
	cr_assert(bit(ncg_lexicon_wls_of_token(lex, "DR.", 3), NCG_WL_COURTESY));
	cr_assert_not(bit(ncg_lexicon_wls_of_token(lex, "Drive", 5), NCG_WL_COURTESY));
	/* a phrase's first word; not past its first space */
	cr_assert(bit(ncg_lexicon_wls_of_token(lex, "go", 2), NCG_WL_FURNITURE));
	cr_assert_not(bit(ncg_lexicon_wls_of_token(lex, "main", 4), NCG_WL_FURNITURE));
	/* dashes and curly apostrophes read as the matchers read them */
	cr_assert(bit(ncg_lexicon_wls_of_token(lex, "vice\xE2\x80\x93minister", 15),
	              NCG_WL_OFFICE));
	cr_assert(bit(ncg_lexicon_wls_of_token(lex, "Co'op", 5), NCG_WL_MEETING_NOUN));
	/* punctuation starts no word here */
	b = ncg_lexicon_wls_of_token(lex, ",", 1);
	cr_assert_not(bit(b, NCG_WL_COURTESY) || bit(b, NCG_WL_FURNITURE) ||
	              bit(b, NCG_WL_OFFICE) || bit(b, NCG_WL_MEETING_NOUN));
	ncg_lexicon_free(lex);
}

/* The lists holding a whole word, all at once: as ncg_lexicon_has_word
 * and ncg_lexicon_has_word_ci ask them one by one. */
Test(lexicon, lists_with_a_word_agree_with_has_word)
{
	ncg_lexicon *lex = ncg_lexicon_new();
	ncg_error err;
	const char *const asks[] = {"Dr.", "dr.", "DR.", "Dr", "Mr.", "ROK", "rok", "Rok"};

	cr_assert_null(ncg_lexicon_lists_with_word(lex, "Dr.", 3, 0));   /* unindexed */
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_COURTESY, "Dr."), NCG_OK);
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_COURTESY, "Mr."), NCG_OK);
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_OFFICE, "Dr."), NCG_OK);
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_NORMAL_STOP, "rok"), NCG_OK);
	cr_assert_eq(ncg_lexicon_index(lex, &err), NCG_OK);
	for (size_t k = 0; k < sizeof asks / sizeof asks[0]; k++) {
		size_t n = strlen(asks[k]);
		const uint64_t *ex = ncg_lexicon_lists_with_word(lex, asks[k], n, 0);
		const uint64_t *ci = ncg_lexicon_lists_with_word(lex, asks[k], n, 1);

		cr_assert_not_null(ex);
		cr_assert_not_null(ci);
		for (int wl = 0; wl < NCG_WL__COUNT; wl++) {
			cr_assert_eq(bit(ex, (ncg_wordlist)wl),
			             ncg_lexicon_has_word(lex, (ncg_wordlist)wl, asks[k], n) != 0,
			             "%s in list %d", asks[k], wl);
			cr_assert_eq(bit(ci, (ncg_wordlist)wl),
			             ncg_lexicon_has_word_ci(lex, (ncg_wordlist)wl, asks[k], n) != 0,
			             "%s in list %d, any case", asks[k], wl);
		}
	}
	ncg_lexicon_free(lex);
}

Test(lexicon, indexing_freezes_and_keeps_pointers_valid)
{
	ncg_lexicon *lex = ncg_lexicon_new();
	ncg_lex_entry *a, *b;
	const ncg_lex_wording *w, *w2;
	ncg_error err;

	cr_assert_eq(ncg_lexicon_entry(lex, NCG_LEX_BODY, "body/a", &a), NCG_OK);
	cr_assert_eq(ncg_lexicon_set_label(lex, a, "Alpha Council"), NCG_OK);
	cr_assert_eq(ncg_lexicon_list_add(lex, &a->alt, "Alpha Board"), NCG_OK);
	cr_assert_eq(ncg_lexicon_list_add(lex, &a->alt, "Able Board"), NCG_OK);
	cr_assert_eq(ncg_lexicon_wordings_at(lex, "alpha", 5, &w), 0);   /* not indexed */
	cr_assert_eq(ncg_lexicon_index(lex, &err), NCG_OK);
	cr_assert_eq(ncg_lexicon_index(lex, &err), NCG_OK);              /* twice: a no-op */
	/* lists come sorted, whatever the order of additions */
	cr_assert_str_eq(a->alt.v[0], "Able Board");
	cr_assert_eq(ncg_lexicon_wordings_at(lex, "alpha", 5, &w), 2);
	/* frozen: builders refuse, nothing changes, earlier results stay valid */
	cr_assert_eq(ncg_lexicon_list_add(lex, &a->alt, "Alpha Group"), NCG_ERR_INTERNAL);
	cr_assert_eq(ncg_lexicon_set_label(lex, a, "Beta"), NCG_ERR_INTERNAL);
	cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_COURTESY, "Dr."), NCG_ERR_INTERNAL);
	cr_assert_eq(ncg_lexicon_entry(lex, NCG_LEX_BODY, "body/b", &b), NCG_ERR_INTERNAL);
	cr_assert_null(ncg_lexicon_entry_mut(lex, "body/a"));
	cr_assert_eq(ncg_lexicon_wordings_at(lex, "Alpha", 5, &w2), 2);
	cr_assert_eq(w, w2);
	cr_assert_str_eq(w[0].wording, "Alpha Council");
	cr_assert_str_eq(a->label, "Alpha Council");
	cr_assert_eq(ncg_lexicon_count(lex, NCG_LEX_BODY), 1);
	ncg_lexicon_free(lex);
}

/* issue 8: the drawings' texts */
Test(lexicon, texts_are_set_replaced_and_frozen)
{
	ncg_lexicon *lex = ncg_lexicon_new();
	ncg_error err;
	const char *key;

	cr_assert_not_null(lex);
	cr_assert_null(ncg_lexicon_text(lex, "drawing/a"));
	cr_assert_eq(ncg_lexicon_set_text(lex, "drawing/a", "first"), NCG_OK);
	cr_assert_eq(ncg_lexicon_set_text(lex, "drawing/b", "other"), NCG_OK);
	cr_assert_eq(ncg_lexicon_set_text(lex, "drawing/a", "second"), NCG_OK);
	cr_assert_str_eq(ncg_lexicon_text(lex, "drawing/a"), "second");
	cr_assert_eq(ncg_lexicon_ntexts(lex), 2);
	cr_assert_str_eq(ncg_lexicon_text_at(lex, 0, &key), "second");
	cr_assert_str_eq(key, "drawing/a");
	cr_assert_str_eq(ncg_lexicon_text_at(lex, 1, &key), "other");
	cr_assert_null(ncg_lexicon_text_at(lex, 2, &key));
	cr_assert_null(key);
	cr_assert_eq(ncg_lexicon_index(lex, &err), NCG_OK);
	cr_assert_eq(ncg_lexicon_set_text(lex, "drawing/a", "late"), NCG_ERR_INTERNAL);
	cr_assert_str_eq(ncg_lexicon_text(lex, "drawing/a"), "second");
	ncg_lexicon_free(lex);
}

/* ncg_lexicon_cue_tail (speed only) says 0 only when no cue of the kind
 * ends in the text, compared exactly: every ASCII tail of a cue is one */
Test(lexicon, cue_tails_are_every_cue_ending)
{
	ncg_lexicon *lex = ncg_lexicon_new();
	ncg_lex_entry *e;
	ncg_error err;
	const char *const tails[] = {"exercise", "e", "xercise", "top exercise",
	                             "table-top exercise", "TTX", "X"};
	const char *const none[] = {"Exercise", "exercises", "game", "x", "TT"};

	cr_assert_eq(ncg_lexicon_entry(lex, NCG_LEX_ACTIVITY_KIND, "activity-kind/ttx", &e), NCG_OK);
	cr_assert_eq(ncg_lexicon_list_add(lex, &e->cue, "table-top exercise"), NCG_OK);
	cr_assert_eq(ncg_lexicon_list_add(lex, &e->cue, "TTX"), NCG_OK);
	cr_assert(ncg_lexicon_cue_tail(lex, NCG_LEX_ACTIVITY_KIND, "game", 4));   /* unindexed */
	cr_assert_eq(ncg_lexicon_index(lex, &err), NCG_OK);
	for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++)
		cr_assert(ncg_lexicon_cue_tail(lex, NCG_LEX_ACTIVITY_KIND, tails[k], strlen(tails[k])),
		          "%s", tails[k]);
	for (size_t k = 0; k < sizeof none / sizeof none[0]; k++)
		cr_assert_not(ncg_lexicon_cue_tail(lex, NCG_LEX_ACTIVITY_KIND, none[k], strlen(none[k])),
		              "%s", none[k]);
	cr_assert_not(ncg_lexicon_cue_tail(lex, NCG_LEX_BODY, "exercise", 8));
	ncg_lexicon_free(lex);
}

/* a cue with a byte outside ASCII may end in any text (matching folds
 * such characters) */
Test(lexicon, cue_tails_of_a_cue_outside_ascii_are_any)
{
	ncg_lexicon *lex = ncg_lexicon_new();
	ncg_lex_entry *e;
	ncg_error err;

	cr_assert_eq(ncg_lexicon_entry(lex, NCG_LEX_ACTIVITY_KIND, "activity-kind/x", &e), NCG_OK);
	cr_assert_eq(ncg_lexicon_list_add(lex, &e->cue, "war\xE2\x80\x91game"), NCG_OK);
	cr_assert_eq(ncg_lexicon_index(lex, &err), NCG_OK);
	cr_assert(ncg_lexicon_cue_tail(lex, NCG_LEX_ACTIVITY_KIND, "war-game", 8));
	cr_assert(ncg_lexicon_cue_tail(lex, NCG_LEX_ACTIVITY_KIND, "anything", 8));
	ncg_lexicon_free(lex);
}
