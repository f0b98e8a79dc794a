/* ncgkg: what the recognisers (recognise*.c, recog_*.c) share.
 *
 * Errors: every function that can fail (only by running out of memory)
 * returns an ncg_status and is called through NCG_TRY; results come back
 * through out-parameters.  Token tests and lookups cannot fail and return
 * their answer.
 *
 * A pointer to a mention (from rc_add or rc_mention_at) is valid until the
 * next rc_add, which may move the array.
 */
#ifndef NCGKG_RECOGNISE_INTERNAL_H
#define NCGKG_RECOGNISE_INTERNAL_H

#include <stdint.h>
#include <string.h>

#include "ncgkg/arena.h"
#include "ncgkg/recognise.h"

/* An acronym defined in the text: "Nuclear Consultative Group (NCG)". */
typedef struct {
	const char *acronym;
	uint32_t sent;
	uint32_t lt0, lt1;        /* the long form's tokens */
	uint32_t p0, p1;          /* the parenthesis, "(" .. ")" inclusive */
} rc_acronym;

#define RC_BANNER 2

/* Token claims: a token inside a name is not also a country or place. */
enum {
	RC_CLAIM_NAME = 1,        /* official's name, honorific */
	RC_CLAIM_BODY = 2,
	RC_CLAIM_PLACE = 4,
	RC_CLAIM_DATE = 8,
	RC_CLAIM_ITEM = 16,       /* asset, activity, document */
	RC_CLAIM_TITLE = 32,
	RC_CLAIM_AGENDA = 64,     /* an agenda item: activities may lie inside */
	RC_CLAIM_MARKING = 128    /* page furniture: a classification, a page header */
};

/* An acronym that names a body in this statement: acronym -> mention. */
typedef struct {
	const char *acronym;
	size_t def;               /* index of the defining body mention */
} rc_body_acronym;

typedef struct {
	const ncg_doc *doc;
	const ncg_lexicon *lex;
	const char *s;
	const ncg_token *tok;
	size_t ntok;
	const ncg_sentence *sent;
	size_t nsent;
	ncg_arena *arena;
	ncg_mention *m;
	size_t nm, capm;
	uint8_t *claim;           /* per token */
	/* Which mentions cover a token, newest first, for rc_mention_at:
	 * cover_head[t] is the first record + 1 (0: none); records chain
	 * through `next` (also + 1).  Kept by rc_add: a mention's kind and
	 * span never change once added. */
	uint32_t *cover_head;
	struct rc_cover { uint32_t m, next; } *cover;
	size_t ncover, capcover;
	uint8_t *body_sent;       /* per sentence: 1 if running text */
	int cable_caps;           /* the text is a cable in capitals
	                           * (ncg_cable_in_capitals), found once */
	uint8_t *furniture;       /* per block: 1 page furniture, RC_BANNER a site's
	                           * banner (furniture that reads like prose) */
	rc_acronym *acr;
	size_t nacr, capacr;
	/* fix70: the text's alias definitions of a short name ("the
	 * Culinary Institute of America, known as CIA"): the short name's
	 * token k and the name's start t0, found once (recog_org.c) */
	struct rc_alias { size_t k, t0; } *alias;
	size_t nalias, capalias;
	rc_body_acronym *bacr;
	size_t nbacr, capbacr;
	/* rules136: bare names read as an earlier naming's body
	 * (state_body_again), keyed again as that naming once it is read */
	struct rc_again {
		struct rc_again *next;
		size_t m, p0, pe;
	} *again;
	/* speed only: the tokens where "of" and a state start (state_of_at
	 * with no limit; recog_org.c), in order, and the state's end, found
	 * once when of_state_known */
	struct rc_of_state { size_t j, ce; } *of_state;
	size_t nof_state;
	int of_state_known;
	/* rules152: the countries the text names (fixJ: and its places
	 * of a state), each entry once (text_states), read once when
	 * states_known */
	const ncg_lex_entry **states;
	size_t nstates;
	int states_known;
	/* speed only: per body's words, other_state_said_before's answer at
	 * the words' last reading (recog_org.c), read on from there */
	struct rc_naming_memo {
		struct rc_naming_memo *next;
		size_t i, n, k, pe, p0;  /* k: of_state entries read */
		const char *pc[2];
		int npc, two, exact;     /* exact: no entry's state reached i */
	} *naming_memo;
	ncg_head head;
	long publisher;           /* index of the publisher mention, or -1 */
	long dateline_place;      /* index of the dateline's place, or -1 */
	/* recog_org.c's wire_dateline_state, the state of a wire copy's
	 * dateline, read once per document by ctx_init (rc_read_wire_home)
	 * before any recogniser runs, so valid for every one of them; NULL:
	 * no wire dateline of a known state */
	const char *wire_home;
	/* per token, the lexicon's wordings that may start there
	 * (ncg_lexicon_wordings_at), looked up once: n == UINT32_MAX until then */
	struct rc_wordings {
		const ncg_lex_wording *v;
		uint32_t n;
		/* speed only: per wording, the token after its match with no
		 * limit (rc_lex_longest; recognise.c); NULL until a first
		 * question, or when out of memory (then nothing is kept) */
		uint32_t *end;
		/* the kinds (1 << entry kind) and types (1 << what) among
		 * them, so that most questions are answered without the list */
		uint32_t kinds, whats;
		/* the length of the token's text up to white space or the
		 * end, when it is all printable ASCII; else UINT32_MAX */
		uint32_t word_len;
		/* the first byte after that text and the ASCII white space
		 * after it, capitals lower-cased, when it is printable ASCII;
		 * else 0 */
		unsigned char next_byte;
		/* speed only: per kind, the first of its wordings in v and
		 * one past its last (0, 0: none; the lexicon keeps a kind's
		 * wordings together), so that a question scans only the
		 * kinds it asks; unset when n is UINT16_MAX or more */
		uint16_t kfirst[NCG_LEX__COUNT], kend[NCG_LEX__COUNT];
	} *wordings;
	/* speed only: per token, the word lists holding it as a word
	 * ([2 * i]: exact, [2 * i + 1]: any case; ncg_lexicon_lists_with_word),
	 * NULL until asked; the array NULL when out of memory */
	const uint64_t **tok_lists;
	/* speed only: ncg_doc_wls, the lists that may start at each token;
	 * NULL: any may */
	const uint64_t *const *wls;
	/* speed only: ncg_doc_same_text, per token the first token of the
	 * same text, whose look-ups by text it shares; NULL: none shared */
	const uint32_t *same;
	/* speed only: per token, the month its text names (rc_month_at's
	 * reading of the text alone, 0: none), RC_MONTH_UNKNOWN until asked,
	 * kept for the first token of the text (same); NULL: not kept */
	uint8_t *month;
	/* speed only: per token, whether an activity kind's cue may end in
	 * its text (ncg_lexicon_cue_tail, and any text outside ASCII):
	 * RC_TAIL_UNKNOWN until asked, then RC_TAIL_NONE or RC_TAIL_MAY,
	 * kept for the first token of the text; NULL: not kept */
	uint8_t *activity_tail;
	/* speed only: per token, whether a period may start with its word
	 * (recog_time.c's period_word, a reading of the text alone):
	 * RC_PERIOD_UNKNOWN until asked, then RC_PERIOD_NONE or
	 * RC_PERIOD_MAY, kept for the first token of the text; NULL: not
	 * kept */
	uint8_t *period;
	/* speed only: recog_time.c's bare_day_date reads the months before
	 * a token once: tokens [0, month_scan) are read, month_last is the
	 * last of them naming a month and month_other the first naming a
	 * month other than the issue date's (SIZE_MAX: none) */
	size_t month_scan, month_last, month_other;
} rc_ctx;

enum { RC_MONTH_UNKNOWN = 0xFF };
enum { RC_TAIL_UNKNOWN, RC_TAIL_NONE, RC_TAIL_MAY };
enum { RC_PERIOD_UNKNOWN, RC_PERIOD_NONE, RC_PERIOD_MAY };

/* ---- token tests ----
 * The small ones are inline: the recognisers ask them at every token,
 * millions of times per archive, and most answers come from the first
 * test (speed only). */

/* exact; rc_is and rc_punct reject on the first byte before calling out */
static inline int
rc_is(const rc_ctx *rc, size_t i, const char *w)
{
	return i < rc->ntok && rc->s[rc->tok[i].b] == w[0] && ncg_doc_tok_is(rc->doc, i, w);
}

/* any case (ncg_doc_tok_ieq) */
static inline int
rc_ieq(const rc_ctx *rc, size_t i, const char *w)
{
	return i < rc->ntok && ncg_ascii_ieqn(rc->s + rc->tok[i].b, rc->tok[i].e - rc->tok[i].b, w);
}

/* Capitalised word */
static inline int
rc_cap(const rc_ctx *rc, size_t i)
{
	return i < rc->ntok && rc->tok[i].kind == NCG_TOK_WORD && (rc->tok[i].flags & NCG_TF_CAP);
}

/* lower-case word */
static inline int
rc_lower(const rc_ctx *rc, size_t i)
{
	return i < rc->ntok && rc->tok[i].kind == NCG_TOK_WORD && (rc->tok[i].flags & NCG_TF_LOWER);
}

/* The sentence holding token i (the sentences are in order; a search
 * by halves), or rc->nsent when none does. */
static inline size_t
rc_sentence_of(const rc_ctx *rc, size_t i)
{
	size_t lo = 0, hi = rc->nsent;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (rc->sent[mid].t1 <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < rc->nsent && rc->sent[lo].t0 <= i ? lo : rc->nsent;
}

/* word or number */
static inline int
rc_word(const rc_ctx *rc, size_t i)
{
	return i < rc->ntok && rc->tok[i].kind != NCG_TOK_PUNCT;
}

static inline int
rc_punct(const rc_ctx *rc, size_t i, const char *p)
{
	return i < rc->ntok && rc->tok[i].kind == NCG_TOK_PUNCT && rc->s[rc->tok[i].b] == p[0] &&
	       ncg_doc_tok_is(rc->doc, i, p);
}

/* An apostrophe, straight or curly, at token i ("Forces'", "Japan's"). */
static inline int
rc_apostrophe(const rc_ctx *rc, size_t i)
{
	return rc_punct(rc, i, "'") || rc_punct(rc, i, "\xE2\x80\x99");
}

/* Are tokens i and j the same word, in the same case? */
static inline int
rc_same_word(const rc_ctx *rc, size_t i, size_t j)
{
	size_t n;

	if (i >= rc->ntok || j >= rc->ntok)
		return 0;
	n = rc->tok[i].e - rc->tok[i].b;
	return n == rc->tok[j].e - rc->tok[j].b && memcmp(rc->s + rc->tok[i].b, rc->s + rc->tok[j].b, n) == 0;
}

/* Does token i hold an ASCII hyphen ("HYUNG-SUP")? */
static inline int
rc_hyphenated(const rc_ctx *rc, size_t i)
{
	return i < rc->ntok && memchr(rc->s + rc->tok[i].b, '-', rc->tok[i].e - rc->tok[i].b) != NULL;
}

/* Is token i a double quotation mark, straight or curly? */
static inline int
rc_double_quote(const rc_ctx *rc, size_t i)
{
	return rc_punct(rc, i, "\"") || rc_punct(rc, i, "\xE2\x80\x9C") ||
	       rc_punct(rc, i, "\xE2\x80\x9D");
}

int rc_in(const rc_ctx *rc, size_t i, const char *const *list);

/* rc_wl and rc_wl_ci past their first test: is token i < ntok, which may
 * start a word of wl, a word of wl, exactly (ci 0) or in any ASCII case? */
int rc_wl_word(const rc_ctx *rc, size_t i, ncg_wordlist wl, int ci);
/* Does token i end with a word of wl after at least one byte of its own,
 * that byte sep when sep is not 0, exactly (ci 0) or in any ASCII case? */
int rc_wl_suffix_at(const rc_ctx *rc, size_t i, ncg_wordlist wl, char sep, int ci);
/* Does the space-separated string words (NULL: none) hold the n bytes at
 * w as a whole word? */
int rc_has_word(const char *words, const char *w, size_t n);

/* Is token i a word of word list wl (exact case)?  Most tokens can start
 * no word of the list (rc->wls), told without the call. */
static inline int
rc_wl(const rc_ctx *rc, size_t i, ncg_wordlist wl)
{
	return i < rc->ntok && (!rc->wls || ncg_wl_in(rc->wls[i], wl)) && rc_wl_word(rc, i, wl, 0);
}

/* ... in any case */
static inline int
rc_wl_ci(const rc_ctx *rc, size_t i, ncg_wordlist wl)
{
	return i < rc->ntok && (!rc->wls || ncg_wl_in(rc->wls[i], wl)) && rc_wl_word(rc, i, wl, 1);
}
/* Is a token in [a, b) a word of wl, exactly (ci 0) or in any case? */
static inline int
rc_wl_within(const rc_ctx *rc, size_t a, size_t b, ncg_wordlist wl, int ci)
{
	for (size_t k = a; k < b; k++)
		if (ci ? rc_wl_ci(rc, k, wl) : rc_wl(rc, k, wl))
			return 1;
	return 0;
}
/* Is a capitalised token in [a, b) a word of wl, exactly ("Statement"
 * heading a document's name, "Regimental" inside a unit's)? */
static inline int
rc_cap_wl_within(const rc_ctx *rc, size_t a, size_t b, ncg_wordlist wl)
{
	for (size_t k = a; k < b; k++)
		if (rc_cap(rc, k) && rc_wl(rc, k, wl))
			return 1;
	return 0;
}
/* rules154: is token k, before lim, a lex:objectOpener in capitals
 * ("PRIME MINISTER FOUND NO SHIFT"), so the word before it a verb? */
static inline int
rc_upper_object_opener(const rc_ctx *rc, size_t k, size_t lim)
{
	return k < lim && (rc->tok[k].flags & NCG_TF_UPPER) && rc_wl_ci(rc, k, NCG_WL_OBJECT_OPENER);
}
/* Are the tokens [a, b) free of lower-case ASCII letters ("U.S. NAVY")? */
static inline int
rc_no_lower(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		for (size_t c = rc->tok[k].b; c < rc->tok[k].e; c++)
			if (rc->s[c] >= 'a' && rc->s[c] <= 'z')
				return 0;
	return 1;
}
/* Is token i a capitalised plural, four letters or more ending in "s",
 * whose singular is a word of wl, exactly (ci 0) or in any case
 * ("Chiefs" of "Chief")? */
static inline int
rc_plural_in(const rc_ctx *rc, size_t i, ncg_wordlist wl, int ci)
{
	const char *w;
	size_t n;

	if (!rc_cap(rc, i))
		return 0;
	w = rc->s + rc->tok[i].b;
	n = rc->tok[i].e - rc->tok[i].b;
	return n >= 4 && w[n - 1] == 's' &&
	       (ci ? ncg_lexicon_has_word_ci(rc->lex, wl, w, n - 1)
	           : ncg_lexicon_has_word(rc->lex, wl, w, n - 1));
}
/* Is token i a verb of meeting, in either tense and any case ("Meet",
 * "held")?  A headline's verb: "CJCS, ROK Chairman Meet, Discuss". */
int rc_meeting_verb(const rc_ctx *rc, size_t i);
/* rules71: a romanised Korean name of two words at k ("Moon Jae-in") */
int rc_korean_name_at(const rc_ctx *rc, size_t k, size_t lim);
/* review93: does block b follow a decision's lead-in (recog_items.c)? */
int rc_after_decision_lead(const rc_ctx *rc, size_t b);
int rc_korean_given_at(const rc_ctx *rc, size_t k);
int rc_person_title_at(const rc_ctx *rc, size_t k);
int rc_headline_verb_at(const rc_ctx *rc, size_t i);

/* rules227: does the line token k opens hold an official of its own
 * (capitalised title words, a rank or title head, a full name ending the
 * line)?  A name or a body on the line before ends at its line's end. */
int rc_own_official_line(const rc_ctx *rc, size_t k);
int rc_apostrophe_s(const rc_ctx *rc, size_t i);             /* tokens i,i+1 are 's */
int rc_plural_honorific(const rc_ctx *rc, size_t i);       /* "Presidents", "Reps.", "Congressmen" */
/* no space before token i */
static inline int
rc_adjacent(const rc_ctx *rc, size_t i)
{
	return i < rc->ntok && !(rc->tok[i].flags & NCG_TF_SPACE);
}
/* A hyphen or dash joining words: "-", U+2010, U+2011, U+2012, U+2013,
 * U+2212 (read as "-", the offsets unchanged). */
int rc_hyphen(const rc_ctx *rc, size_t i);

/* Set *next to `at` and succeed: how a recogniser that reads from a token
 * reports where what it found ends. */
static inline ncg_status
rc_end_at(size_t *next, size_t at)
{
	*next = at;
	return NCG_OK;
}

/* Text of tokens [t0,t1) with white space folded to single spaces,
 * copied into the arena. */
ncg_status rc_span(rc_ctx *rc, size_t t0, size_t t1, const char **out);
ncg_status rc_strdup(rc_ctx *rc, const char *s, const char **out);
ncg_status rc_printf(rc_ctx *rc, const char **out, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Does `wording` match the text at token i?  White space in the wording
 * matches any white space; case is ignored unless `exact`.  Returns the
 * token after the match, or 0. */
size_t rc_match(const rc_ctx *rc, size_t i, size_t lim, const char *wording,
                int exact);

/* Longest lexicon wording at token i, among entries whose kind is in the
 * bit mask `kinds` (1 << ncg_lex_kind) and wordings whose type is in
 * `whats` (1 << NCG_LEXW_*).  Acronyms match case-sensitively.  Returns
 * the wording and sets *end, or NULL. */
const ncg_lex_wording *rc_lex_longest_at(const rc_ctx *rc, size_t i, size_t lim,
                                         unsigned kinds, unsigned whats, size_t *end);

/* Does no wording of the kinds and types asked for start at token i
 * before lim, as far as is known without looking the token up: a
 * punctuation token, or one whose wordings (looked up already) have
 * none of them?  The test most rc_lex_longest questions end at. */
static inline int
rc_no_wording(const rc_ctx *rc, size_t i, size_t lim, unsigned kinds, unsigned whats)
{
	const struct rc_wordings *wd;

	if (i >= lim || rc->tok[i].kind == NCG_TOK_PUNCT)
		return 1;
	wd = &rc->wordings[i];
	return wd->n != UINT32_MAX && (!(kinds & wd->kinds) || !(whats & wd->whats));
}

/* rc_lex_longest_at after rc_no_wording, inline (speed only) */
static inline const ncg_lex_wording *
rc_lex_longest(const rc_ctx *rc, size_t i, size_t lim, unsigned kinds, unsigned whats,
               size_t *end)
{
	if (rc_no_wording(rc, i, lim, kinds, whats))
		return NULL;
	return rc_lex_longest_at(rc, i, lim, kinds, whats, end);
}

/* rc_wl_match past its first test */
size_t rc_wl_match_words(const rc_ctx *rc, size_t i, size_t lim, ncg_wordlist wl, int exact);

/* Longest match of a word-list phrase ("Vice Minister", "lines of
 * effort") at token i, in exact case or any; returns the end token or 0.
 * Most tokens start no word of the list: told without the lists, inline
 * even where the compiler would call it (speed only). */
static inline __attribute__((always_inline)) size_t
rc_wl_match(const rc_ctx *rc, size_t i, size_t lim, ncg_wordlist wl, int exact)
{
	if (i >= lim || (i < rc->ntok ? rc->wls && !ncg_wl_in(rc->wls[i], wl)
	                              : !ncg_doc_wl_may_start(rc->doc, rc->lex, wl, i)))
		return 0;
	return rc_wl_match_words(rc, i, lim, wl, exact);
}

/* Countries named by a prefix at token i ("U.S.", "ROK", "U.S.-ROK",
 * "Republic of Korea", "Korean"): fills up to two keys, returns how many,
 * and sets *end.  Stops before a country word that is the whole name. */
int rc_country_prefix_at(const rc_ctx *rc, size_t i, size_t lim, const char **keys,
                         size_t *end);

/* The wordings rc_country_prefix_at reads a prefix's countries in */
#define RC_COUNTRY_PREFIX_WHATS                                                  \
	((1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) | (1u << NCG_LEXW_ACRONYM) | \
	 (1u << NCG_LEXW_ADJECTIVE))

/* rc_country_prefix_at after rc_no_wording, inline: a token that starts
 * no country's wording starts no prefix (speed only: asked at every
 * token of a body's sentences) */
static inline int
rc_country_prefix(const rc_ctx *rc, size_t i, size_t lim, const char **keys, size_t *end)
{
	if (rc_no_wording(rc, i, lim, 1u << NCG_LEX_COUNTRY, RC_COUNTRY_PREFIX_WHATS))
		return 0;
	return rc_country_prefix_at(rc, i, lim, keys, end);
}

/* Is sentence s the page's headline (rc_head has run)? */
int rc_in_title(const rc_ctx *rc, size_t s);

/* Append a mention (zeroed but for the fields given) and set *out to it. */
ncg_status rc_add(rc_ctx *rc, ncg_mention_kind kind, uint32_t sent,
                  size_t t0, size_t t1, ncg_mention **out);

void rc_claim(rc_ctx *rc, size_t t0, size_t t1, int what);

/* Is a token of [t0, t1) claimed for any of `what`? */
static inline int
rc_claimed(const rc_ctx *rc, size_t t0, size_t t1, int what)
{
	for (size_t i = t0; i < t1 && i < rc->ntok; i++)
		if (rc->claim[i] & what)
			return 1;
	return 0;
}

/* The acronym defined at parenthesis token p ("(" of "(NCG)"), or NULL. */
const rc_acronym *rc_acronym_at_paren(const rc_ctx *rc, size_t p);
/* The definition of an acronym string, or NULL. */
const rc_acronym *rc_acronym_def(const rc_ctx *rc, const char *s, size_t n);

/* Mentions already found of a kind covering token i, or NULL. */
ncg_mention *rc_mention_at(const rc_ctx *rc, ncg_mention_kind kind, size_t i);

/* A key "kind/slug" for a name (slug of the name, or a hash if empty). */
ncg_status rc_key(rc_ctx *rc, const char *kind, const char *name, const char **out);

/* ---- the recognisers, in the order ncg_recognise runs them ----
 * The order matters: each recogniser claims the tokens it takes
 * (rc_claim), and later ones skip claimed tokens or read earlier mentions.
 *   acronyms     definitions "Long Form (LF)", which bodies and items use
 *   bodies       officials' titles, meetings' series and the head name them
 *   head         the page's title, publisher (a body's line), dateline;
 *                meetings read the title
 *   officials    before dates: a name is not a date
 *   dates        before meetings: "the first half of 2025" is no meeting
 *   meetings
 *   places       before assets: an asset's event takes its place
 *   workstreams  before items: a listed line of work is not an activity
 *   assets       before activities: the words of an asset's event ("a
 *                bombing drill") are not an activity
 *   activities */
/* Sets rc->wire_home (recog_org.c); ctx_init's, before the recognisers */
void rc_read_wire_home(rc_ctx *rc);
ncg_status rc_acronyms(rc_ctx *rc);
ncg_status rc_bodies(rc_ctx *rc);
/* Is the name [t0, t1) of sentence s a title-cased line's capitals on
 * words the text writes in lower case after "a" or "an"? (recog_org.c) */
ncg_status rc_headline_common_words(rc_ctx *rc, uint32_t s, size_t t0, size_t t1, int *is);
ncg_status rc_head(rc_ctx *rc);
ncg_status rc_officials(rc_ctx *rc);
/* rules108: officials named in capitals after a title in a cable (recog_cable.c) */
ncg_status rc_cable_officials(rc_ctx *rc);
ncg_status rc_dates(rc_ctx *rc);
ncg_status rc_meetings(rc_ctx *rc);
ncg_status rc_places(rc_ctx *rc);
ncg_status rc_workstreams(rc_ctx *rc);
ncg_status rc_assets(rc_ctx *rc);
ncg_status rc_activities(rc_ctx *rc);

/* Dates inside a token range (also used on head lines). */
ncg_status rc_dates_in(rc_ctx *rc, uint32_t sent, size_t t0, size_t t1);
/* fix144: is token t a page's dotted date ("Date: 06.13.2014"), read
 * month first only there? (recog_time.c) */
int rc_dotted_page_date(const rc_ctx *rc, size_t t);

/* Shared vocabulary of English (not of the domain). */
int rc_month_at(const rc_ctx *rc, size_t i);  /* 1..12 or 0: "December", "Dec." */
int rc_weekday_at(const rc_ctx *rc, size_t i);/* 1..7 (Monday first) or 0 */
int rc_ordinal_word(const rc_ctx *rc, size_t i, size_t *end);
/* Does token i end with a lex:modifierSuffix ("principal-level")? */
int rc_modifier_suffix_at(const rc_ctx *rc, size_t i);  /* "fourth", "4th" */

#endif
