/* ncgkg tests: blocks, sentences and tokens (src/segment.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "ncgkg/lexicon.h"
#include "ncgkg/segment.h"

static ncg_text *text;
static ncg_doc *doc;
static ncg_lexicon *lex;

/* The segmenter's only lexicon: words that begin sentences. */
static void
setup(void)
{
	static const char *const STARTERS[] = {"The", "Both", "Since", NULL};
	ncg_error err;

	lex = ncg_lexicon_new();
	cr_assert_not_null(lex);
	for (const char *const *w = STARTERS; *w; w++)
		cr_assert_eq(ncg_lexicon_add_word(lex, NCG_WL_SENTENCE_INITIAL, *w), NCG_OK);
	cr_assert_eq(ncg_lexicon_index(lex, &err), NCG_OK);
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
