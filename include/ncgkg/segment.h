/* ncgkg: segmenting a statement into blocks, sentences and tokens.
 *
 * Stage 2 of the pipeline.  Knows English orthography (abbreviations,
 * initials, dotted acronyms such as "U.S." and "D.C.", hyphenated words,
 * ordinals) but nothing of the domain or of RDF.
 *
 * A block is a paragraph, or a single line of page furniture / heading.
 * Sentences never cross blocks.  All offsets are byte offsets into the
 * text's normalised string (see text.h for code points).
 *
 * The lexicon gives the function words that begin sentences
 * (NCG_WL_SENTENCE_INITIAL): after an abbreviation that may end a sentence
 * ("U.S.", "Jr."), one of them starts a new one.  It also gives the
 * orthography: abbreviations that keep their period (NCG_WL_KEEP_DOT:
 * "Dr.", "Gen.", "Jan.") or may end a sentence with it (NCG_WL_MAY_END_DOT:
 * "Jr.", "Inc."), list bullets (NCG_WL_BULLET), weekday names
 * (NCG_WL_WEEKDAY) and ordinal suffixes (NCG_WL_ORDINAL_SUFFIX).
 *
 * Ownership: ncg_doc_new borrows the ncg_text and the lexicon, which must
 * outlive the doc; ncg_doc_free releases the doc; ncg_doc_free(NULL) is a
 * no-op.
 */
#ifndef NCGKG_SEGMENT_H
#define NCGKG_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

#include "ncgkg/lexicon.h"
#include "ncgkg/status.h"
#include "ncgkg/text.h"

typedef enum {
	NCG_TOK_WORD,     /* letters, maybe digits, hyphens, apostrophes, dots */
	NCG_TOK_NUMBER,   /* starts with a digit: 15, 2023, 01/10/2025, 4th, 2023-12-15 */
	NCG_TOK_PUNCT     /* one punctuation character */
} ncg_tok_kind;

enum {
	NCG_TF_CAP = 1 << 0,     /* first letter upper case */
	NCG_TF_UPPER = 1 << 1,   /* two or more letters, all upper case */
	NCG_TF_SPACE = 1 << 2,   /* white space before the token */
	NCG_TF_DOTTED = 1 << 3,  /* abbreviation holding its period: U.S. Dr. R. */
	NCG_TF_LINE = 1 << 4,    /* first token on its line */
	NCG_TF_LOWER = 1 << 5,   /* first letter lower case */
	NCG_TF_SUPER_ORDINAL = 1 << 6 /* a number whose ordinal suffix a PDF printed as a
	                          * superscript on a line of its own ("the 50" + "th") */
};

typedef struct {
	uint32_t b, e;           /* byte span */
	uint16_t kind;
	uint16_t flags;
} ncg_token;

typedef struct {
	uint32_t t0, t1;         /* token range [t0, t1) */
	uint32_t b, e;           /* byte span, trimmed */
	uint32_t block;
} ncg_sentence;

typedef struct {
	uint32_t b, e;           /* byte span, trimmed */
	uint32_t s0, s1;         /* sentence range */
	uint32_t t0, t1;         /* token range */
	int prose;               /* reads as running text, not a heading */
} ncg_block;

typedef struct ncg_doc ncg_doc;

/* Segment a text.  `lex` may be NULL: then no word is known to begin a
 * sentence, and an abbreviation followed by a capital never ends one; only
 * single capitals keep their period, only "(1) " and "2. " open a bulleted
 * line, and no weekday or ordinal suffix is known. */
ncg_status ncg_doc_new(const ncg_text *text, const ncg_lexicon *lex, ncg_doc **out,
                       ncg_error *err);
void ncg_doc_free(ncg_doc *doc);

const ncg_text *ncg_doc_text(const ncg_doc *doc);
size_t ncg_doc_ntokens(const ncg_doc *doc);
/* ncg_doc_ntokens(doc) + 1 entries: the last is a sentinel, an empty
 * NCG_TOK_PUNCT token at the end of the text with no flags. */
const ncg_token *ncg_doc_tokens(const ncg_doc *doc);
size_t ncg_doc_nsentences(const ncg_doc *doc);
const ncg_sentence *ncg_doc_sentences(const ncg_doc *doc);
size_t ncg_doc_nblocks(const ncg_doc *doc);
const ncg_block *ncg_doc_blocks(const ncg_doc *doc);

/* Token text helpers. */
const char *ncg_doc_tok_ptr(const ncg_doc *doc, size_t i);
size_t ncg_doc_tok_len(const ncg_doc *doc, size_t i);
int ncg_doc_tok_is(const ncg_doc *doc, size_t i, const char *s);   /* exact */
/* The weekday token i names, 1 (Monday) to 7 (Sunday), by the lexicon's
 * lex:weekday entries ("Monday 1": the name, exact case, a space, its
 * number); 0 when none. */
int ncg_doc_tok_weekday(const ncg_doc *doc, size_t i);
/* Is s[0, n) an ordinal suffix of the lexicon ("st", "nd", "rd", "th" of
 * lex:ordinalSuffix: "4th", a superscript "th" on a line of its own), in
 * exact case or, with any_case, in any ASCII case?  0 without a lexicon.
 * The one test of the segmenter and the recognisers. */
int ncg_doc_ordinal_suffix(const ncg_doc *doc, const char *s, size_t n, int any_case);
/* Token i read as an ordinal spelled in words, in any case: "fourth" 4,
 * "twenty-first" 21, "ninetieth" 90; 0 if it is none. */
int ncg_doc_tok_ordinal_word(const ncg_doc *doc, size_t i);
int ncg_doc_tok_ieq(const ncg_doc *doc, size_t i, const char *s);  /* ASCII case-insensitive */
/* c in ASCII lower case, as tolower in the C locale (the program never
 * sets another): the one case fold of the segmenter, lexicon and
 * recognisers. */
static inline unsigned
ncg_ascii_fold(unsigned c)
{
	return c - 'A' < 26u ? c + 32 : c;
}

/* Is t[0, n) equal to the NUL-terminated w, ASCII letters folded?
 * strlen(w) == n && strncasecmp(t, w, n) == 0 in the C locale, in one
 * pass that stops at the first difference (most calls differ in the
 * first byte).  Inline: the recognisers call it for every token against
 * word tables (ncg_doc_tok_ieq, rc_ieq). */
static inline int
ncg_ascii_ieqn(const char *t, size_t n, const char *w)
{
	const unsigned char *a = (const unsigned char *)t, *b = (const unsigned char *)w;

	for (size_t k = 0; k < n; k++) {
		unsigned x = a[k], y = b[k];

		if (!y)
			return 0;
		if (x != y && ncg_ascii_fold(x) != ncg_ascii_fold(y))
			return 0;
	}
	return b[n] == '\0';
}

/* Do the space-separated words of `phrase` match the tokens from i on
 * (ASCII case-insensitive), before `lim`?  Returns the token after them,
 * or 0. */
size_t ncg_doc_phrase_at(const ncg_doc *doc, size_t i, size_t lim, const char *phrase);
/* The longest phrase of word list wl at token i, as ncg_doc_phrase_at;
 * returns its end, or 0. */
/* 0 when no phrase and no word of wl can start at token i (by its first
 * two bytes), else 1: a test for speed only, before ncg_doc_wl_at,
 * ncg_lexicon_has_word and the like on the token. */
int ncg_doc_wl_may_start(const ncg_doc *doc, const ncg_lexicon *lex, ncg_wordlist wl,
                         size_t i);
size_t ncg_doc_wl_at(const ncg_doc *doc, const ncg_lexicon *lex, ncg_wordlist wl,
                     size_t i, size_t lim);
/* fixL: is token i (< lim) a noun that heads a compound after a meeting
 * noun (lex:compoundHeadNoun, any case: "conference call", "conference
 * room"), so that the meeting noun only modifies it and names no meeting?
 * The one test of the meeting nouns (meeting.c) and the ordinal meetings
 * (recog_time.c). */
int ncg_doc_compound_head(const ncg_doc *doc, const ncg_lexicon *lex, size_t i, size_t lim);
/* Is token i the preposition that opens a diplomat's host
 * (lex:titleHostPreposition) right after a lex:titleToHead word, any
 * case ("Seoul's ambassador to the U.S.": "to")?  The one test for a
 * title's own words (recog_person.c) and its scope (extract.c). */
int ncg_doc_title_host_at(const ncg_doc *doc, const ncg_lexicon *lex, size_t i);
/* rules186, rules251, fix85: "in the seaside town of Deauville", "at
 * the port city of X": a place at token p after lex:settlementLink ("of")
 * and a lower-case lex:settlementNoun, at most three lower-case words
 * between it and a lex:placePreposition, all in the sentence from t0:
 * the token after that preposition, or 0.  Not after a lex:discussFrame
 * word of the sentence before the preposition ("discussed the fighting in
 * the city of Rafah": a topic's place, no venue).  The one frame of the
 * venue (meeting.c) and of a place of no lexicon entry (recog_org.c). */
size_t ncg_doc_settlement_of(const ncg_doc *doc, const ncg_lexicon *lex, size_t p, size_t t0);
/* rules289, fix132: "met ... at the 20th CBRNE Command Headquarters on
 * Aberdeen Proving Ground, Maryland" (army.mil), "met ... Feb. 14 on Camp
 * Foster" (MCIPAC): do the tokens [a, b) after "on", in the sentence from
 * t0, name a military installation where a venue is?  The word before
 * "on" must be a number or a lex:venueHeadWord, with no lex:briefingVerb
 * before it: a person's name ("updated Tamaki on Camp Schwab
 * construction") or a deliberative body ("the Subcommittee on Futenma
 * Replacement Facility") names a topic.  The installation: up to a comma
 * (a state after it), a last or next to last lex:installationWord or
 * lex:placeLeadWord ("Naval Amphibious Base Coronado", "Camp Foster") or
 * a last lex:installationEndWord ("Aberdeen Proving Ground").  The one
 * test of the place (recog_org.c), of a body's end before "on"
 * (recog_org.c) and of the meeting's venue (meeting.c). */
int ncg_doc_installation_on(const ncg_doc *doc, const ncg_lexicon *lex, size_t a, size_t b, size_t t0);
/* What ncg_doc_wl_may_start reads, for callers that test it in a loop:
 * per token i < ntokens, bits (wl / 64, wl % 64) of the word lists that
 * may start there; NULL when the doc has none for lex (then every list
 * may start anywhere).  For speed only. */
const uint64_t *const *ncg_doc_wls(const ncg_doc *doc, const ncg_lexicon *lex);
/* Per token i < ntokens, the first token whose text has the same bytes
 * (i itself for the first), so that what depends on a token's text alone
 * is worked out once per text; NULL when out of memory.  Speed only. */
const uint32_t *ncg_doc_same_text(const ncg_doc *doc);

/* The value of number token i of at most maxd digits, with an ordinal
 * suffix when suffix ("15", "15th"); -1 if it is none.  The one number
 * reader of the segmenter and the date reader. */
long ncg_doc_number(const ncg_doc *doc, size_t i, size_t maxd, int suffix);

/* rules148, fixL: a Korean-style date spaced out at token i, "2024. 3. 5."
 * (a year of four digits, 1900 to 2199, a month 1 to 12 and a valid day
 * of one or two digits, each with a period glued to it): 1 with the date
 * in *y, *m and *d, else 0.  The one shape of the segmenter (the first two
 * periods end no sentence) and the date reader. */
int ncg_doc_spaced_date(const ncg_doc *doc, size_t i, int *y, int *m, int *d);

/* Is c a white-space code point (including NBSP, BOM, zero-width space)? */
int ncg_is_space_cp(unsigned c);

#endif
