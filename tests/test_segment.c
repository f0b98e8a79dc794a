/* ncgkg tests: blocks, sentences and tokens (src/segment.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "ncgkg/lexicon.h"
#include "ncgkg/segment.h"

static ncg_text *text;
static ncg_doc *doc;
static ncg_lexicon *lex;

/* The lists of the segmenter's orthography (grammar.ttl). */
static const ncg_wordlist ORTHOGRAPHY[] = {
	NCG_WL_KEEP_DOT, NCG_WL_MAY_END_DOT, NCG_WL_BULLET, NCG_WL_WEEKDAY,
	NCG_WL_ORDINAL_SUFFIX, NCG_WL_SUPERSCRIPT_DETERMINER,
};

/* The segmenter's lexicon: a few words that begin sentences, and the
 * shipped orthography lists but `drop` (-1: none), plus `extra` in list
 * `extra_wl` (NULL: none).  Indexed; the caller frees it. */
static ncg_lexicon *
seg_lexicon(int drop, ncg_wordlist extra_wl, const char *extra)
{
	static const char *const STARTERS[] = {"The", "Both", "Since", NULL};
	const ncg_lexicon *shipped = th_grammar_lexicon();
	ncg_lexicon *l = ncg_lexicon_new();
	ncg_error err;

	cr_assert_not_null(l);
	for (const char *const *w = STARTERS; *w; w++)
		cr_assert_eq(ncg_lexicon_add_word(l, NCG_WL_SENTENCE_INITIAL, *w), NCG_OK);
	for (size_t k = 0; k < sizeof ORTHOGRAPHY / sizeof ORTHOGRAPHY[0]; k++) {
		const ncg_strlist *words = ncg_lexicon_words(shipped, ORTHOGRAPHY[k]);

		cr_assert_gt(words->n, 0, "shipped list %d is empty", (int)ORTHOGRAPHY[k]);
		if ((int)ORTHOGRAPHY[k] == drop)
			continue;
		for (size_t i = 0; i < words->n; i++)
			cr_assert_eq(ncg_lexicon_add_word(l, ORTHOGRAPHY[k], words->v[i]), NCG_OK);
	}
	if (extra)
		cr_assert_eq(ncg_lexicon_add_word(l, extra_wl, extra), NCG_OK);
	cr_assert_eq(ncg_lexicon_index(l, &err), NCG_OK);
	return l;
}

static void
setup(void)
{
	lex = seg_lexicon(-1, NCG_WL_KEEP_DOT, NULL);
}

static void
seg_with(const char *s, const ncg_lexicon *l)
{
	ncg_error err;

	cr_assert_eq(ncg_text_from_bytes("t", s, strlen(s), &text, &err), NCG_OK);
	cr_assert_eq(ncg_doc_new(text, l, &doc, &err), NCG_OK);
}

static void
seg(const char *s)
{
	seg_with(s, lex);
}

static void
reset(void)
{
	ncg_doc_free(doc);
	ncg_text_free(text);
	doc = NULL;
	text = NULL;
}

static void
done(void)
{
	reset();
	ncg_lexicon_free(lex);
	lex = NULL;
}

static const char *
sentence(size_t i)
{
	static char buf[2048];
	const ncg_sentence *s = &ncg_doc_sentences(doc)[i];

	snprintf(buf, sizeof buf, "%.*s", (int)(s->e - s->b), ncg_text_str(text) + s->b);
	return buf;
}

static const char *
token(size_t i)
{
	static char buf[256];

	snprintf(buf, sizeof buf, "%.*s", (int)ncg_doc_tok_len(doc, i), ncg_doc_tok_ptr(doc, i));
	return buf;
}

TestSuite(segment, .init = setup, .fini = done);

Test(segment, free_null_is_a_noop)
{
	ncg_doc_free(NULL);
}

Test(segment, abbreviations_do_not_end_sentences)
{
	seg("The NCG met in Washington, D.C. on January 10, 2025. Dr. Cho Chang Lae "
	    "and Ms. Cara Abercrombie co-chaired it with President Joseph R. Biden, Jr. "
	    "present. The ROK-U.S. Alliance is strong.");
	cr_assert_eq(ncg_doc_nsentences(doc), 3, "got %zu", ncg_doc_nsentences(doc));
	cr_assert_str_eq(sentence(0), "The NCG met in Washington, D.C. on January 10, 2025.");
	cr_assert_str_eq(sentence(2), "The ROK-U.S. Alliance is strong.");
}

Test(segment, us_and_dc_end_a_sentence_before_a_starter)
{
	seg("The meeting was held in Washington D.C. The next one is in Seoul. "
	    "Both sides thanked the U.S. The end came.");
	cr_assert_eq(ncg_doc_nsentences(doc), 4, "got %zu", ncg_doc_nsentences(doc));
	cr_assert_str_eq(sentence(0), "The meeting was held in Washington D.C.");
	cr_assert_str_eq(sentence(2), "Both sides thanked the U.S.");
}

Test(segment, the_words_that_begin_sentences_are_the_lexicons)
{
	const char *s = "They met in Washington, D.C. Since then the work went on. "
	                "They met in Seoul, D.C. For the record.";

	seg(s);         /* "Since" is in the test lexicon, "For" is not */
	cr_assert_eq(ncg_doc_nsentences(doc), 3, "got %zu", ncg_doc_nsentences(doc));
	cr_assert_str_eq(sentence(0), "They met in Washington, D.C.");
	cr_assert_str_eq(sentence(2), "They met in Seoul, D.C. For the record.");
	reset();
	seg_with(s, NULL);   /* no lexicon: no abbreviation ends a sentence */
	cr_assert_eq(ncg_doc_nsentences(doc), 2, "got %zu", ncg_doc_nsentences(doc));
	cr_assert_str_eq(sentence(0), "They met in Washington, D.C. Since then the work went on.");
}

Test(segment, us_before_a_name_does_not_end_a_sentence)
{
	seg("Officials from the U.S. National Security Council attended. Done.");
	cr_assert_eq(ncg_doc_nsentences(doc), 2);
}

Test(segment, furniture_lines_are_blocks_of_their_own)
{
	seg("Go to main text\nBriefing Room\n\nJoint Statement on the NCG\n\n"
	    "The NCG convened in Seoul on July 18, 2023, its first meeting ever held there.\n");
	cr_assert_eq(ncg_doc_nblocks(doc), 4);
	cr_assert_not(ncg_doc_blocks(doc)[0].prose);
	cr_assert_not(ncg_doc_blocks(doc)[2].prose);
	cr_assert(ncg_doc_blocks(doc)[3].prose);
}

Test(segment, hard_wrapped_paragraph_is_one_block)
{
	seg("The fourth Nuclear Consultative Group meeting was held in Washington,\n"
	    "D.C. on January 10, 2025, and it was co-chaired by Ms. Cara Abercrombie\n"
	    "and Dr. Cho Chang Lae.\n");
	cr_assert_eq(ncg_doc_nblocks(doc), 1);
	cr_assert_eq(ncg_doc_nsentences(doc), 1);
}

Test(segment, tokens_keep_dotted_acronyms_hyphens_and_numbers)
{
	const char *want[] = {"U.S.", "-", "ROK", "Tae-hyo", "B-52", "2023-12-15",
	                      "01/10/2025", "4th", "Yeol", "\xE2\x80\x99", "s", "Dr.", "R.",
	                      "ROK", "-", "U.S."};

	seg("U.S.-ROK Tae-hyo B-52 2023-12-15 01/10/2025 4th Yeol\xE2\x80\x99s Dr. R. ROK-U.S.");
	cr_assert_eq(ncg_doc_ntokens(doc), sizeof want / sizeof want[0]);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		cr_assert_str_eq(token(i), want[i], "token %zu", i);
	cr_assert(ncg_doc_tokens(doc)[0].flags & NCG_TF_DOTTED);
	cr_assert(ncg_doc_tokens(doc)[2].flags & NCG_TF_UPPER);
	cr_assert_not(ncg_doc_tokens(doc)[1].flags & NCG_TF_SPACE);
}

Test(segment, non_breaking_space_and_bom_are_white_space)
{
	seg("\xEF\xBB\xBFThe\xC2\xA0NCG met.");
	cr_assert_eq(ncg_doc_ntokens(doc), 4);
	cr_assert_str_eq(token(0), "The");
}

Test(segment, quotes_after_a_full_stop_stay_in_the_sentence)
{
	seg("He said \"it works.\" Then he left.");
	cr_assert_eq(ncg_doc_nsentences(doc), 2);
	cr_assert_str_eq(sentence(0), "He said \"it works.\"");
}

/* The orthography is the lexicon's (issue 8): each row is a text, what
 * the shipped lists make of it, and what it becomes without one list
 * (`drop`) or with one word more (`extra` in `wl`). */
typedef enum { ASK_TOKENS, ASK_SENTENCES, ASK_BLOCKS, ASK_WEEKDAY, ASK_SUPER } ask;

static long
answer(ask what, const char *arg)
{
	switch (what) {
	case ASK_TOKENS:
		return (long)ncg_doc_ntokens(doc);
	case ASK_SENTENCES:
		return (long)ncg_doc_nsentences(doc);
	case ASK_BLOCKS:
		return (long)ncg_doc_nblocks(doc);
	case ASK_WEEKDAY:     /* the weekday of the token that is arg */
		for (size_t i = 0; i < ncg_doc_ntokens(doc); i++)
			if (ncg_doc_tok_is(doc, i, arg))
				return ncg_doc_tok_weekday(doc, i);
		return -1;
	case ASK_SUPER:       /* is the token arg a superscript ordinal's number? */
		for (size_t i = 0; i < ncg_doc_ntokens(doc); i++)
			if (ncg_doc_tok_is(doc, i, arg))
				return (ncg_doc_tokens(doc)[i].flags & NCG_TF_SUPER_ORDINAL) != 0;
		return -1;
	}
	return -1;
}

Test(segment, the_orthography_is_the_lexicons)
{
	static const struct {
		const char *text;
		ask what;
		const char *arg;
		long shipped;      /* with the shipped lists */
		ncg_wordlist wl;   /* the list dropped, then extended */
		long dropped;      /* without it */
		const char *extra; /* a word more (NULL: no such row) */
		const char *text2; /* the text for that word */
		long extended;
	} rows[] = {
		/* "Gen." keeps its period: one sentence, "Gen." one token */
		{"The talks were led by Gen. Paul LaCamera in Seoul.", ASK_SENTENCES, NULL, 1,
		 NCG_WL_KEEP_DOT, 2, "Msgr", "The talks were led by Msgr. Paul Kim in Seoul.", 1},
		{"The talks were led by Gen. Paul LaCamera in Seoul.", ASK_TOKENS, NULL, 11,
		 NCG_WL_KEEP_DOT, 12, NULL, NULL, 0},
		/* "Jr." keeps its period before a lower-case word ... */
		{"Joseph R. Biden, Jr. attended.", ASK_TOKENS, NULL, 7,
		 NCG_WL_MAY_END_DOT, 8, "Esq", "John Roe, Esq. attended.", 6},
		/* ... and ends the sentence before a starter */
		{"It was signed by Joseph R. Biden, Jr. The two sides met.", ASK_SENTENCES, NULL, 2,
		 NCG_WL_MAY_END_DOT, 2, NULL, NULL, 0},
		/* a bulleted line is no continuation of the long line before */
		{"The two sides discussed a range of issues of the alliance, including\n"
		 "\xE2\x96\xBA nuclear planning and the conduct of exercises on the Peninsula.\n",
		 ASK_BLOCKS, NULL, 2, NCG_WL_BULLET, 1, "\xE2\x86\x92",
		 "The two sides discussed a range of issues of the alliance, including\n"
		 "\xE2\x86\x92 nuclear planning and the conduct of exercises on the Peninsula.\n", 2},
		/* weekdays by name and number */
		{"The ministers met on Thursday in Seoul.", ASK_WEEKDAY, "Thursday", 4,
		 NCG_WL_WEEKDAY, 0, "Donnerstag 4", "Sie trafen sich am Donnerstag in Seoul.", 4},
		{"The ministers met on Sunday in Seoul.", ASK_WEEKDAY, "Sunday", 7,
		 NCG_WL_WEEKDAY, 0, NULL, NULL, 0},
		{"The ministers met on thursday in Seoul.", ASK_WEEKDAY, "thursday", 0,
		 NCG_WL_WEEKDAY, 0, NULL, NULL, 0},
		/* a superscript "th" on a line of its own */
		{"The 50\nth\nmeeting was held in Seoul.", ASK_SUPER, "50", 1,
		 NCG_WL_ORDINAL_SUFFIX, 0, "e", "The 50\ne\nmeeting was held in Paris.", 1},
		{"The 50\nTH\nmeeting was held in Seoul.", ASK_SUPER, "50", 0,
		 NCG_WL_ORDINAL_SUFFIX, 0, NULL, NULL, 0},
		/* ... after a lex:superscriptDeterminer only (review11) */
		{"The 50\nth\nmeeting was held in Seoul.", ASK_SUPER, "50", 1,
		 NCG_WL_SUPERSCRIPT_DETERMINER, 0, "Its", "Its 50\nth\nmeeting was held in Seoul.", 1},
		{"Its 50\nth\nmeeting was held in Seoul.", ASK_SUPER, "50", 0,
		 NCG_WL_SUPERSCRIPT_DETERMINER, 0, NULL, NULL, 0},
	};

	for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
		ncg_lexicon *l;
		long got;

		reset();
		seg(rows[r].text);
		got = answer(rows[r].what, rows[r].arg);
		cr_expect_eq(got, rows[r].shipped, "row %zu, shipped lists: %ld", r, got);
		reset();
		l = seg_lexicon((int)rows[r].wl, rows[r].wl, NULL);
		seg_with(rows[r].text, l);
		got = answer(rows[r].what, rows[r].arg);
		cr_expect_eq(got, rows[r].dropped, "row %zu, list %d dropped: %ld", r,
		             (int)rows[r].wl, got);
		reset();
		ncg_lexicon_free(l);
		if (!rows[r].extra)
			continue;
		l = seg_lexicon(-1, rows[r].wl, rows[r].extra);
		seg_with(rows[r].text2, l);
		got = answer(rows[r].what, rows[r].what == ASK_WEEKDAY ? "Donnerstag" : rows[r].arg);
		cr_expect_eq(got, rows[r].extended, "row %zu, with \"%s\": %ld", r, rows[r].extra,
		             got);
		reset();
		ncg_lexicon_free(l);
	}
}

Test(segment, ordinal_suffixes_are_the_lexicons)
{
	ncg_lexicon *l;

	seg("The 4th meeting.");
	cr_expect(ncg_doc_ordinal_suffix(doc, "th", 2, 0));
	cr_expect(ncg_doc_ordinal_suffix(doc, "nd", 2, 0));
	cr_expect_not(ncg_doc_ordinal_suffix(doc, "TH", 2, 0));
	cr_expect(ncg_doc_ordinal_suffix(doc, "TH", 2, 1));
	cr_expect(ncg_doc_ordinal_suffix(doc, "Rd", 2, 1));
	cr_expect_not(ncg_doc_ordinal_suffix(doc, "ts", 2, 1));
	cr_expect_not(ncg_doc_ordinal_suffix(doc, "t", 1, 1));
	reset();
	l = seg_lexicon(NCG_WL_ORDINAL_SUFFIX, NCG_WL_ORDINAL_SUFFIX, "e");
	seg_with("Le 4e rencontre.", l);
	cr_expect_not(ncg_doc_ordinal_suffix(doc, "th", 2, 1));
	cr_expect(ncg_doc_ordinal_suffix(doc, "E", 1, 1));
	reset();
	ncg_lexicon_free(l);
	seg_with("The 4th meeting.", NULL);
	cr_expect_not(ncg_doc_ordinal_suffix(doc, "th", 2, 1));
}

/* rules148, fixL: the spaced Korean date ("2024. 3. 5.") has one shape,
 * read by the segmenter and the date reader alike: a date that is none
 * (month 13, February 30) keeps no sentence open. */
Test(segment, a_spaced_date_is_one_shape)
{
	int y = 0, m = 0, d = 0;

	seg("Seoul, 2024. 3. 5. The ministers met.");
	cr_assert_eq(ncg_doc_nsentences(doc), 2, "got %zu", ncg_doc_nsentences(doc));
	cr_expect_str_eq(sentence(0), "Seoul, 2024. 3. 5.");
	cr_expect(ncg_doc_spaced_date(doc, 2, &y, &m, &d));
	cr_expect(y == 2024 && m == 3 && d == 5, "got %d-%d-%d", y, m, d);
	cr_expect_not(ncg_doc_spaced_date(doc, 4, &y, &m, &d));
	reset();
	seg("Seoul, 2019. 13. 5. The ministers met.");
	cr_expect_not(ncg_doc_spaced_date(doc, 2, &y, &m, &d));
	cr_expect_str_eq(sentence(0), "Seoul, 2019.");
	reset();
	seg("Seoul, 2019. 2. 30. The ministers met.");
	cr_expect_not(ncg_doc_spaced_date(doc, 2, &y, &m, &d));
	cr_expect_str_eq(sentence(0), "Seoul, 2019.");
	reset();
	seg("Seoul, 2024. 3. 5 officials met.");
	cr_expect_not(ncg_doc_spaced_date(doc, 2, &y, &m, &d));
}
