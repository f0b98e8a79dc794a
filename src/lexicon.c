/* ncgkg: the domain lexicon (plain C; loaded from Turtle by lexicon_rdf.c). */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ncgkg/arena.h"
#include "ncgkg/lexicon.h"
#include "ncgkg/segment.h"
#include "ncgkg/strmap.h"
#include "ncgkg/text.h"

/* The ASCII letters (folded) and digits (alnum36), and the pairs of
 * them that open a word: the buckets of the indexes by a word's first
 * two bytes (word_from2, key_len). */
enum { ALNUM = 36, ALNUM_PAIRS = ALNUM * ALNUM };

typedef struct {
	ncg_lex_wording *v;
	size_t n, cap;
} wording_list;

struct ncg_lexicon {
	ncg_arena *arena;
	ncg_strmap *by_key;                    /* key -> ncg_lex_entry */
	ncg_lex_entry **entries[NCG_LEX__COUNT];
	size_t nentries[NCG_LEX__COUNT], capentries[NCG_LEX__COUNT];
	ncg_strlist words[NCG_WL__COUNT];
	ncg_lex_scheme schemes[NCG_LEX__COUNT];
	/* indexes, built once by ncg_lexicon_index; then read-only */
	int indexed;
	ncg_strmap *first_word;                /* lower-cased first word -> wording_list */
	ncg_strmap *normal[NCG_LEX__COUNT];    /* normal form -> entry */
	wording_list **lists;
	size_t nlists, caplists;
	ncg_strmap *word_set[NCG_WL__COUNT];   /* word -> non-NULL */
	ncg_strmap *word_set_ci[NCG_WL__COUNT];/* ASCII-lower-cased word -> non-NULL */
	ncg_strlist *word_from[NCG_WL__COUNT]; /* [128]: words by folded first byte */
	wording_list *cue_end[NCG_LEX__COUNT]; /* [129]: cues by last byte; [128] all */
	/* speed only (ncg_lexicon_cue_tail): every ASCII tail (last bytes)
	 * of each kind's cues -> non-NULL, and bit len (63: 63 or more) of
	 * [kind][tail_bucket(first, last byte)] set when a tail of that
	 * length has those bytes; cue_any_tail[kind] when a cue has a byte
	 * outside ASCII (any text may then end one) */
	ncg_strmap *cue_tails[NCG_LEX__COUNT];
	uint64_t *cue_tail_len[NCG_LEX__COUNT];
	int cue_any_tail[NCG_LEX__COUNT];
	ncg_strlist *word_from2[NCG_WL__COUNT];/* [ALNUM_PAIRS]: by two folded first bytes */
	/* [wl][first byte, 128 for any byte >= 0x80]: bit n (63: 63 or more)
	 * set when a word of that length starts with it (exact, and ASCII
	 * lower-cased): most tokens asked about are in no list, and are
	 * told so without hashing */
	uint64_t word_len[NCG_WL__COUNT][129], word_len_ci[NCG_WL__COUNT][129];
	/* [wl]: bit a * ALNUM + b set when word_from2[wl][a * ALNUM + b] has words
	 * (speed only: most are empty, and this fits in the cache when the
	 * lists' headers do not) */
	uint64_t from2_any[NCG_WL__COUNT][(ALNUM_PAIRS + 63) / 64];
	/* the same by bucket: bit wl of [a * ALNUM + b] (ncg_lexicon_wls_at) */
	uint64_t bucket_wls[ALNUM_PAIRS][NCG_WL_WORDS];
	uint64_t all_wls[NCG_WL_WORDS];       /* every list: all bits set */
	ncg_strmap *normal_of;                 /* wording's address -> its normal form */
	/* speed only (ncg_lexicon_wls_of_token): the folded prefixes of every
	 * word's first run without a space -> the word lists (uint64_t[NCG_WL_WORDS])
	 * whose words have that prefix */
	ncg_strmap *prefix_wls;
	int prefix_all;                        /* a list has an empty word */
	/* speed only (ncg_lexicon_lists_with_word): word -> the lists that
	 * hold it (uint64_t[NCG_WL_WORDS]); the same ASCII-lower-cased */
	ncg_strmap *word_lists, *word_lists_ci;
	/* speed only (ncg_lexicon_wordings_at): bit len (63: 63 or more) of
	 * [a * (ALNUM + 1) + b] set when a first-word key of that length starts
	 * with ASCII letters or digits a, b (alnum36; b ALNUM: a key of one
	 * byte) */
	uint64_t key_len[ALNUM * (ALNUM + 1)];
	ncg_strmap *texts;                     /* the drawing's texts: key -> lex_text */
	/* speed only: the answers about a token's text (wls_of_token,
	 * wordings_at, lists_with_word) kept across statements, by the
	 * text: an archive's texts repeat a few thousand words, and each
	 * look-up in the maps above misses the cache.  Filled as texts are
	 * read (the lexicon is otherwise unchanged: the cache is behind a
	 * pointer); NULL when unindexed or out of memory. */
	struct tok_memo *memo;
};

/* One text's answers (struct ncg_lexicon.memo): direct mapped by the
 * text's hash, a later text taking the slot of an earlier one.  Texts of
 * up to MEMO_TEXT bytes, kept in the slot. */
enum { MEMO_SLOTS = 4096, MEMO_TEXT = 18 };
enum { MEMO_WLS = 1, MEMO_WORDINGS = 2, MEMO_LISTS = 4, MEMO_LISTS_CI = 8 };
struct tok_memo {
	uint64_t h;                            /* 0: empty */
	const uint64_t *wls;                   /* ncg_lexicon_wls_of_token */
	const ncg_lex_wording *wv;             /* ncg_lexicon_wordings_at */
	const uint64_t *lists[2];              /* ncg_lexicon_lists_with_word, by ci */
	uint32_t wn;
	unsigned char n, have;                 /* text length; MEMO_* answers kept */
	char text[MEMO_TEXT];
};

/* A text of the drawings (ncg_lexicon_set_text). */
typedef struct {
	const char *key, *text;
} lex_text;

static uint64_t
len_bit(size_t n)
{
	return (uint64_t)1 << (n < 63 ? n : 63);
}

static int
byte_bucket(unsigned char c)
{
	return c < 0x80 ? c : 128;
}

/* 0..35 for an ASCII letter (either case) or digit, else -1 */
static int
alnum36(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
		return 10 + (c | 0x20) - 'a';
	return -1;
}

ncg_lexicon *
ncg_lexicon_new(void)
{
	ncg_lexicon *lex = calloc(1, sizeof *lex);

	if (!lex)
		return NULL;
	lex->arena = ncg_arena_new();
	lex->by_key = ncg_strmap_new();
	lex->texts = ncg_strmap_new();
	if (!lex->arena || !lex->by_key || !lex->texts) {
		ncg_lexicon_free(lex);
		return NULL;
	}
	memset(lex->all_wls, 0xFF, sizeof lex->all_wls);
	return lex;
}

static void
drop_indexes(ncg_lexicon *lex)
{
	for (size_t i = 0; i < lex->nlists; i++) {
		free(lex->lists[i]->v);
		free(lex->lists[i]);
	}
	free(lex->lists);
	lex->lists = NULL;
	lex->nlists = lex->caplists = 0;
	ncg_strmap_free(lex->first_word);
	lex->first_word = NULL;
	ncg_strmap_free(lex->normal_of);
	lex->normal_of = NULL;
	ncg_strmap_free(lex->prefix_wls);
	lex->prefix_wls = NULL;
	ncg_strmap_free(lex->word_lists);
	ncg_strmap_free(lex->word_lists_ci);
	lex->word_lists = lex->word_lists_ci = NULL;
	lex->prefix_all = 0;
	for (int w = 0; w < NCG_WL__COUNT; w++) {
		ncg_strmap_free(lex->word_set[w]);
		ncg_strmap_free(lex->word_set_ci[w]);
		lex->word_set[w] = lex->word_set_ci[w] = NULL;
		if (lex->word_from[w])
			for (int b = 0; b < 128; b++)
				free(lex->word_from[w][b].v);
		free(lex->word_from[w]);
		lex->word_from[w] = NULL;
		/* only the buckets written hold lists (from2_push) */
		for (size_t k = 0; lex->word_from2[w] && k < (ALNUM_PAIRS + 63) / 64; k++)
			for (uint64_t bits = lex->from2_any[w][k]; bits; bits &= bits - 1)
				free(lex->word_from2[w][k * 64 + (size_t)__builtin_ctzll(bits)].v);
		free(lex->word_from2[w]);
		lex->word_from2[w] = NULL;
	}
	memset(lex->from2_any, 0, sizeof lex->from2_any);
	memset(lex->key_len, 0, sizeof lex->key_len);
	memset(lex->bucket_wls, 0, sizeof lex->bucket_wls);
	for (int k = 0; k < NCG_LEX__COUNT; k++) {
		ncg_strmap_free(lex->normal[k]);
		lex->normal[k] = NULL;
		if (lex->cue_end[k])
			for (int b = 0; b < 129; b++)
				free(lex->cue_end[k][b].v);
		free(lex->cue_end[k]);
		lex->cue_end[k] = NULL;
		ncg_strmap_free(lex->cue_tails[k]);
		lex->cue_tails[k] = NULL;
		free(lex->cue_tail_len[k]);
		lex->cue_tail_len[k] = NULL;
		lex->cue_any_tail[k] = 0;
	}
	free(lex->memo);
	lex->memo = NULL;
	lex->indexed = 0;
}

void
ncg_lexicon_free(ncg_lexicon *lex)
{
	if (!lex)
		return;
	drop_indexes(lex);
	for (int k = 0; k < NCG_LEX__COUNT; k++) {
		for (size_t i = 0; i < lex->nentries[k]; i++) {
			ncg_lex_entry *e = lex->entries[k][i];

			free(e->alt.v);
			free(e->acronym.v);
			free(e->cue.v);
			free(e->body_name.v);
			free(e->wire_agency.v);
			free(e->prefix.v);
			free(e->adjective.v);
			free(e->country.v);
		}
		free(lex->entries[k]);
	}
	for (int w = 0; w < NCG_WL__COUNT; w++)
		free(lex->words[w].v);
	ncg_strmap_free(lex->by_key);
	ncg_strmap_free(lex->texts);
	ncg_arena_free(lex->arena);
	free(lex);
}

ncg_status
ncg_lexicon_entry(ncg_lexicon *lex, ncg_lex_kind kind, const char *key,
                  ncg_lex_entry **out)
{
	ncg_lex_entry *e = ncg_strmap_get(lex->by_key, key);
	void *p;

	*out = NULL;
	if (lex->indexed)
		return NCG_ERR_INTERNAL;
	if (e) {
		if (e->kind != kind)
			return NCG_ERR_LEXICON;
		*out = e;
		return NCG_OK;
	}
	e = ncg_arena_alloc(lex->arena, sizeof *e);
	if (!e)
		return NCG_ERR_NOMEM;
	e->kind = kind;
	e->key = ncg_arena_strdup(lex->arena, key);
	if (!e->key)
		return NCG_ERR_NOMEM;
	p = lex->entries[kind];
	NCG_TRY(ncg_grow(&p, &lex->capentries[kind], lex->nentries[kind] + 1, sizeof(e)));
	lex->entries[kind] = p;
	NCG_TRY(ncg_strmap_put(lex->by_key, key, e));
	lex->entries[kind][lex->nentries[kind]++] = e;
	*out = e;
	return NCG_OK;
}

ncg_lex_entry *
ncg_lexicon_entry_mut(ncg_lexicon *lex, const char *key)
{
	return lex->indexed ? NULL : ncg_strmap_get(lex->by_key, key);
}

ncg_status
ncg_lexicon_set_label(ncg_lexicon *lex, ncg_lex_entry *e, const char *label)
{
	return ncg_lexicon_set_ref(lex, &e->label, label);
}

ncg_status
ncg_lexicon_set_ref(ncg_lexicon *lex, const char **field, const char *key)
{
	const char *s;

	if (lex->indexed)
		return NCG_ERR_INTERNAL;
	s = ncg_arena_strdup(lex->arena, key);
	if (!s)
		return NCG_ERR_NOMEM;
	*field = s;
	return NCG_OK;
}

ncg_status
ncg_lexicon_list_add(ncg_lexicon *lex, ncg_strlist *list, const char *s)
{
	void *p = list->v;
	const char *copy;

	if (lex->indexed)
		return NCG_ERR_INTERNAL;
	for (size_t i = 0; i < list->n; i++)
		if (strcmp(list->v[i], s) == 0)
			return NCG_OK;
	copy = ncg_arena_strdup(lex->arena, s);
	if (!copy)
		return NCG_ERR_NOMEM;
	NCG_TRY(ncg_grow(&p, &list->cap, list->n + 1, sizeof(char *)));
	list->v = p;
	list->v[list->n++] = copy;
	return NCG_OK;
}

ncg_status
ncg_lexicon_set_text(ncg_lexicon *lex, const char *key, const char *text)
{
	lex_text *t;

	if (lex->indexed)
		return NCG_ERR_INTERNAL;
	t = ncg_strmap_get(lex->texts, key);
	if (!t) {
		t = ncg_arena_alloc(lex->arena, sizeof *t);
		if (!t || !(t->key = ncg_arena_strdup(lex->arena, key)))
			return NCG_ERR_NOMEM;
		NCG_TRY(ncg_strmap_put(lex->texts, key, t));
	}
	return ncg_lexicon_set_ref(lex, &t->text, text);
}

const char *
ncg_lexicon_text(const ncg_lexicon *lex, const char *key)
{
	const lex_text *t = ncg_strmap_get(lex->texts, key);

	return t ? t->text : NULL;
}

size_t
ncg_lexicon_ntexts(const ncg_lexicon *lex)
{
	return ncg_strmap_count(lex->texts);
}

const char *
ncg_lexicon_text_at(const ncg_lexicon *lex, size_t i, const char **key)
{
	const lex_text *t = i < ncg_strmap_count(lex->texts) ? ncg_strmap_value_at(lex->texts, i)
	                                                      : NULL;

	*key = t ? t->key : NULL;
	return t ? t->text : NULL;
}

ncg_status
ncg_lexicon_add_word(ncg_lexicon *lex, ncg_wordlist wl, const char *word)
{
	return ncg_lexicon_list_add(lex, &lex->words[wl], word);
}

/* rules133: the past of a verb's word w (n bytes) into buf: the one
 * lex:irregularPast gives ("speak spoke": the word, a space, its past),
 * else w with "ed", "d" after an "e" ("discussed", "reviewed").  Its
 * length, or 0 when it does not fit. */
static size_t
past_form(const ncg_lexicon *lex, const char *w, size_t n, char *buf, size_t cap)
{
	const ncg_strlist *irr = &lex->words[NCG_WL_IRREGULAR_PAST];
	const char *past = NULL, *suffix = n && w[n - 1] == 'e' ? "d" : "ed";
	int len;

	for (size_t i = 0; i < irr->n && !past; i++)
		if (strncmp(irr->v[i], w, n) == 0 && irr->v[i][n] == ' ')
			past = irr->v[i] + n + 1;
	len = past ? snprintf(buf, cap, "%s", past) : snprintf(buf, cap, "%.*s%s", (int)n, w, suffix);
	return len > 0 && (size_t)len < cap ? (size_t)len : 0;
}

/* rules134: the third person of a verb's word w (n bytes) into buf: w
 * with "es" after a hissing end ("launches"), else with "s" ("holds").
 * Its length, or 0 when it does not fit. */
static size_t
third_person(const char *w, size_t n, char *buf, size_t cap)
{
	int hiss = n >= 1 && (strchr("sxz", w[n - 1]) ||
	                      (n >= 2 && (w[n - 1] == 'h' && (w[n - 2] == 'c' || w[n - 2] == 's'))));
	int len = snprintf(buf, cap, "%.*s%s", (int)n, w, hiss ? "es" : "s");

	return len > 0 && (size_t)len < cap ? (size_t)len : 0;
}

/* Add to list wl the form buf[0, k) of a verb's word with the rest of
 * its lemma after it (rest: "" or " with"); nothing when k is 0 or the
 * whole does not fit buf (cap bytes). */
static ncg_status
add_form(ncg_lexicon *lex, ncg_wordlist wl, char *buf, size_t cap, size_t k, const char *rest)
{
	if (k == 0 || snprintf(buf + k, cap - k, "%s", rest) >= (int)(cap - k))
		return NCG_OK;
	return ncg_lexicon_add_word(lex, wl, buf);
}

/* The forms a list of verb lemmas gives: each lemma's base form, third
 * person and past go to the lists named (NCG_WL__COUNT: none); the past
 * of a lemma without a particle ("discuss") only when bare_past. */
typedef struct {
	ncg_wordlist lemmas, base, third, past;
	int bare_past;
} verb_forms;

static ncg_status
derive_forms(ncg_lexicon *lex, const verb_forms *f)
{
	const ncg_strlist *lemmas = &lex->words[f->lemmas];
	char buf[128];

	for (size_t i = 0; i < lemmas->n; i++) {
		const char *l = lemmas->v[i];
		size_t n = strcspn(l, " ");

		if (f->base != NCG_WL__COUNT)
			NCG_TRY(ncg_lexicon_add_word(lex, f->base, l));
		if (f->third != NCG_WL__COUNT)
			NCG_TRY(add_form(lex, f->third, buf, sizeof buf,
			                 third_person(l, n, buf, sizeof buf), l + n));
		if (f->past != NCG_WL__COUNT && (l[n] || f->bare_past))
			NCG_TRY(add_form(lex, f->past, buf, sizeof buf,
			                 past_form(lex, l, n, buf, sizeof buf), l + n));
	}
	return NCG_OK;
}

/* rules139: the past of a trip to a place (NCG_WL_TRAVEL_VERB, "traveled
 * to Seoul ... to meet with"): the journey's ends of lex:arrivalVerb
 * whose particle is "to" (review43: one list serves both rules). */
static ncg_status
derive_trip_verbs(ncg_lexicon *lex)
{
	const ncg_strlist *arrival = &lex->words[NCG_WL_ARRIVAL_VERB];

	for (size_t i = 0; i < arrival->n; i++) {
		size_t n = strlen(arrival->v[i]);

		if (n > 3 && strcmp(arrival->v[i] + n - 3, " to") == 0)
			NCG_TRY(ncg_lexicon_add_word(lex, NCG_WL_TRAVEL_VERB, arrival->v[i]));
	}
	return NCG_OK;
}

/* fixC (review43): lists whose words join other lists whole, written
 * once in grammar.ttl: the writer's call (lex:writerCallVerb, "called
 * on") and the visitor's (lex:visitorCallVerb, "came in to see me") are
 * meeting and principal verbs; the visitor's has the writer as object.
 * rules157: the briefing of an official (lex:briefingVerb) is a
 * principal verb only: a noun's past verb it is not. */
static const struct {
	ncg_wordlist from, to;
} JOINED_LISTS[] = {
	{NCG_WL_WRITER_CALL_VERB, NCG_WL_MEETING_VERB},
	{NCG_WL_WRITER_CALL_VERB, NCG_WL_PRINCIPAL_VERB},
	{NCG_WL_VISITOR_CALL_VERB, NCG_WL_MEETING_VERB},
	{NCG_WL_VISITOR_CALL_VERB, NCG_WL_PRINCIPAL_VERB},
	{NCG_WL_VISITOR_CALL_VERB, NCG_WL_WRITER_OBJECT_VERB},
	{NCG_WL_BRIEFING_VERB, NCG_WL_PRINCIPAL_VERB},
	/* rules194: a telegram's present of meeting, read as its past verb
	 * of talks (cable_talk: the official after it, a lead's day) */
	{NCG_WL_CABLE_PRESENT_MEET, NCG_WL_CABLE_TALK_VERB},
};

static ncg_status
join_lists(ncg_lexicon *lex)
{
	for (size_t k = 0; k < sizeof JOINED_LISTS / sizeof JOINED_LISTS[0]; k++) {
		const ncg_strlist *from = &lex->words[JOINED_LISTS[k].from];

		for (size_t i = 0; i < from->n; i++)
			NCG_TRY(ncg_lexicon_add_word(lex, JOINED_LISTS[k].to, from->v[i]));
	}
	return NCG_OK;
}

/* rules133: the verbs of talks (lex:talkVerb): every base form to the
 * purpose of a visit, the past of a lemma with a particle to a
 * telegram's verb of talks.  rules134: the verbs of a meeting
 * (lex:meetingLemma, "take place"): the past to NCG_WL_MEETING_VERB, the
 * base and third person to NCG_WL_MEETING_VERB_PRESENT; rules139: the
 * trip verbs (derive_trip_verbs).  fixC: and the lists joined whole
 * (join_lists). */
ncg_status
ncg_lexicon_derive_verb_forms(ncg_lexicon *lex)
{
	static const verb_forms talk = { NCG_WL_TALK_VERB, NCG_WL_VISIT_TALK_VERB, NCG_WL__COUNT,
	                                 NCG_WL_CABLE_TALK_VERB, 0 };
	static const verb_forms meeting = { NCG_WL_MEETING_LEMMA, NCG_WL_MEETING_VERB_PRESENT,
	                                    NCG_WL_MEETING_VERB_PRESENT, NCG_WL_MEETING_VERB, 1 };

	NCG_TRY(derive_forms(lex, &talk));
	NCG_TRY(derive_trip_verbs(lex));
	NCG_TRY(join_lists(lex));
	return derive_forms(lex, &meeting);
}

const ncg_lex_entry *
ncg_lexicon_by_key(const ncg_lexicon *lex, const char *key)
{
	return ncg_strmap_get(lex->by_key, key);
}

size_t
ncg_lexicon_count(const ncg_lexicon *lex, ncg_lex_kind kind)
{
	return lex->nentries[kind];
}

const ncg_lex_entry *
ncg_lexicon_at(const ncg_lexicon *lex, ncg_lex_kind kind, size_t i)
{
	return i < lex->nentries[kind] ? lex->entries[kind][i] : NULL;
}

const ncg_strlist *
ncg_lexicon_words(const ncg_lexicon *lex, ncg_wordlist wl)
{
	return &lex->words[wl];
}

const char *
ncg_lexicon_given_variant(const ncg_lexicon *lex, const char *w, size_t n,
                          int side, int ci)
{
	const ncg_strlist *v =
	    ncg_lexicon_words(lex, NCG_WL_GIVEN_NAME_VARIANT);

	for (size_t k = 0; v && k < v->n; k++) {
		const char *sp, *x;
		size_t xn;

		/* a short name whose first byte is not w's cannot match:
		 * skipped before strchr (speed only) */
		if (side == 0 && !ci && n && v->v[k][0] != w[0])
			continue;
		if (!(sp = strchr(v->v[k], ' ')))
			continue;
		x = side == 0 ? v->v[k] : sp + 1;
		xn = side == 0 ? (size_t)(sp - v->v[k]) : strlen(sp + 1);
		if (xn == n &&
		    (ci ? strncasecmp(x, w, n) : memcmp(x, w, n)) == 0)
			return sp + 1;
	}
	return NULL;
}

ncg_lex_scheme *
ncg_lexicon_scheme_mut(ncg_lexicon *lex, ncg_lex_kind kind)
{
	return lex->indexed ? NULL : &lex->schemes[kind];
}

const ncg_lex_scheme *
ncg_lexicon_scheme(const ncg_lexicon *lex, ncg_lex_kind kind)
{
	return &lex->schemes[kind];
}

/* s[0, n) lower-cased (ASCII only, as strncasecmp in the C locale) into
 * buf; 0 when it does not fit. */
static int
ascii_lower(char *buf, size_t cap, const char *s, size_t n)
{
	if (n >= cap)
		return 0;
	for (size_t i = 0; i < n; i++)
		buf[i] = (char)((unsigned char)s[i] < 0x80 ? tolower((unsigned char)s[i]) : s[i]);
	buf[n] = '\0';
	return 1;
}

int
ncg_lexicon_has_word(const ncg_lexicon *lex, ncg_wordlist wl, const char *s,
                     size_t n)
{
	const ncg_strlist *l = &lex->words[wl];

	if (lex->indexed)
		return (n == 0 || (lex->word_len[wl][byte_bucket((unsigned char)s[0])] & len_bit(n))) &&
		       ncg_strmap_getn(lex->word_set[wl], s, n) != NULL;

	for (size_t i = 0; i < l->n; i++)
		if (strlen(l->v[i]) == n && memcmp(l->v[i], s, n) == 0)
			return 1;
	return 0;
}

int
ncg_lexicon_label_in(const ncg_lexicon *lex, const char *key, ncg_wordlist wl)
{
	const ncg_lex_entry *e = key ? ncg_lexicon_by_key(lex, key) : NULL;

	if (!e || !e->label)
		return -1;
	return ncg_lexicon_has_word(lex, wl, e->label, strlen(e->label));
}

int
ncg_lexicon_has_word_ci(const ncg_lexicon *lex, ncg_wordlist wl, const char *s,
                        size_t n)
{
	const ncg_strlist *l = &lex->words[wl];
	char low[256];

	if (lex->indexed && n &&
	    !(lex->word_len_ci[wl][byte_bucket((unsigned char)(s[0] >= 'A' && s[0] <= 'Z' ? s[0] + 32 : s[0]))] &
	      len_bit(n)))
		return 0;
	if (lex->indexed && ascii_lower(low, sizeof low, s, n))
		return ncg_strmap_getn(lex->word_set_ci[wl], low, n) != NULL;
	for (size_t i = 0; i < l->n; i++)
		if (strlen(l->v[i]) == n && strncasecmp(l->v[i], s, n) == 0)
			return 1;
	return 0;
}

/* ---- normal forms and slugs ------------------------------------------- */

/* Latin-1 letters to ASCII (U+00C0..U+00FF); 0 = drop. */
static const char LATIN1[] =
	"AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUYTs" "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty";

/* What fold_char returns besides a lower-case ASCII character. */
enum { FOLD_SEPARATOR = 0, FOLD_DROP = -1 };

/* Fold s[*i..] to one lower-case ASCII character, or FOLD_SEPARATOR, or
 * FOLD_DROP for a character to drop silently (period, apostrophe). */
static inline int
fold_char(const char *s, size_t n, size_t *i)
{
	unsigned char c = (unsigned char)s[*i];

	if (c < 0x80) {
		(*i)++;
		/* isalnum and tolower in the C locale, as KEY_FOLD below */
		if ((unsigned)c - '0' < 10u || (unsigned)c - 'a' < 26u)
			return c;
		if ((unsigned)c - 'A' < 26u)
			return c + ('a' - 'A');
		if (c == '.' || c == '\'')
			return FOLD_DROP;
		return FOLD_SEPARATOR;
	}
	if (c == 0xC3 && *i + 1 < n) {
		unsigned cp = 0xC0 + ((unsigned char)s[*i + 1] & 0x3F);

		*i += 2;
		if (cp >= 0xC0 && LATIN1[cp - 0xC0])
			return tolower((unsigned char)LATIN1[cp - 0xC0]);
		return FOLD_SEPARATOR;
	}
	if (c == 0xE2 && *i + 2 < n && (unsigned char)s[*i + 1] == 0x80 &&
	    (unsigned char)s[*i + 2] == 0x99) {
		*i += 3;                       /* right single quote */
		return FOLD_DROP;
	}
	/* other non-ASCII: skip the whole sequence, as a separator */
	(*i)++;
	while (*i < n && ((unsigned char)s[*i] & 0xC0) == 0x80)
		(*i)++;
	return FOLD_SEPARATOR;
}

size_t
ncg_slug(const char *s, size_t n, char *buf, size_t cap)
{
	size_t i = 0, len = 0;
	int dash = 0;

	if (cap == 0)
		return 0;
	while (i < n) {
		int c = fold_char(s, n, &i);

		if (c == FOLD_DROP)
			continue;
		if (c == FOLD_SEPARATOR) {
			dash = len > 0;
			continue;
		}
		if (dash && len + 1 < cap)
			buf[len++] = '-';
		dash = 0;
		if (len + 1 < cap)
			buf[len++] = (char)c;
	}
	buf[len] = '\0';
	return len;
}

/* Singular of an English plural noun, in place; returns new length.
 * The lexicon's irregular plurals ("crises crisis") first. */
static size_t
singular(const ncg_lexicon *lex, char *w, size_t n)
{
	const ncg_strlist *irr = lex ? &lex->words[NCG_WL_IRREGULAR_PLURAL] : NULL;

	for (size_t k = 0; irr && k < irr->n; k++) {
		const char *pair = irr->v[k], *sp = strchr(pair, ' ');

		if (sp && (size_t)(sp - pair) == n && memcmp(w, pair, n) == 0) {
			size_t m = strlen(sp + 1);

			if (m > n)
				m = n;   /* a singular is no longer than its plural */
			memcpy(w, sp + 1, m);
			return m;
		}
	}
	if (n < 4 || w[n - 1] != 's')
		return n;
	if (w[n - 2] == 's' || w[n - 2] == 'u' || w[n - 2] == 'i')
		return n;                              /* process, status, analysis */
	if (n > 4 && w[n - 2] == 'e' && w[n - 3] == 'i') {
		w[n - 3] = 'y';                        /* activities */
		return n - 2;
	}
	if (n > 4 && w[n - 2] == 'e' &&
	    ((w[n - 3] == 's' && w[n - 4] == 's') || w[n - 3] == 'x' ||
	     (w[n - 3] == 'h' && (w[n - 4] == 'c' || w[n - 4] == 's'))))
		return n - 2;                          /* processes, approaches */
	return n - 1;
}

size_t
ncg_normal_form(const ncg_lexicon *lex, const char *s, size_t n, char *buf, size_t cap)
{
	char word[128];
	size_t wl = 0, len = 0, i = 0;

	if (cap == 0)
		return 0;
	buf[0] = '\0';
	for (;;) {
		int c = i < n ? fold_char(s, n, &i) : FOLD_SEPARATOR;

		if (c == FOLD_DROP)
			continue;
		if (c != FOLD_SEPARATOR) {
			if (wl + 1 < sizeof word)
				word[wl++] = (char)c;
			continue;
		}
		if (wl) {
			word[wl] = '\0';
			if (!lex || !ncg_lexicon_has_word(lex, NCG_WL_NORMAL_STOP, word, wl)) {
				wl = singular(lex, word, wl);
				if (len && len + 1 < cap)
					buf[len++] = ' ';
				for (size_t k = 0; k < wl && len + 1 < cap; k++)
					buf[len++] = word[k];
				buf[len] = '\0';
			}
			wl = 0;
		}
		if (i >= n)
			break;
	}
	return len;
}

/* ---- indexes ---------------------------------------------------------- */

/* The index key of a wording or a token: its first run of letters and
 * digits, lower-cased ("U.S.-ROK Combined" -> "u", "Dr." -> "dr"), so that
 * it does not depend on how the tokenizer cuts punctuation. */
/* A byte of a key as first_word_key keeps it: 0 for a byte that is not
 * isalnum in the C locale nor part of a multi-byte character; else the
 * byte, ASCII capitals lower-cased (tolower in the C locale). */
static const unsigned char KEY_FOLD[256] = {
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
	0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
	0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F,
	0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F,
	0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF,
	0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF,
	0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE, 0xCF,
	0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF,
	0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xEF,
	0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE, 0xFF,
};

static size_t
first_word_key(const char *s, size_t n, char *buf, size_t cap)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, len = 0;

	while (i < n && !KEY_FOLD[u[i]])
		i++;
	while (i < n && KEY_FOLD[u[i]] && len + 1 < cap)
		buf[len++] = (char)KEY_FOLD[u[i++]];
	buf[len] = '\0';
	return len;
}

static ncg_status
index_wording(ncg_lexicon *lex, const ncg_lex_entry *e, const char *w, int what)
{
	char key[128];
	size_t kl = first_word_key(w, strlen(w), key, sizeof key);
	wording_list *wlst;
	void *p;

	if (kl == 0)
		return NCG_OK;
	{
		int a = alnum36((unsigned char)key[0]);
		int b = kl > 1 ? alnum36((unsigned char)key[1]) : ALNUM;

		if (a >= 0 && b >= 0)
			lex->key_len[a * (ALNUM + 1) + b] |= len_bit(kl);
	}
	wlst = ncg_strmap_getn(lex->first_word, key, kl);
	if (!wlst) {
		p = lex->lists;
		wlst = calloc(1, sizeof *wlst);
		if (!wlst)
			return NCG_ERR_NOMEM;
		if (ncg_grow(&p, &lex->caplists, lex->nlists + 1, sizeof wlst) != NCG_OK) {
			free(wlst);
			return NCG_ERR_NOMEM;
		}
		lex->lists = p;
		lex->lists[lex->nlists++] = wlst;
		NCG_TRY(ncg_strmap_putn(lex->first_word, key, kl, wlst));
	}
	p = wlst->v;
	NCG_TRY(ncg_grow(&p, &wlst->cap, wlst->n + 1, sizeof *wlst->v));
	wlst->v = p;
	wlst->v[wlst->n++] = ncg_lex_wording_make(e, w, what);
	return NCG_OK;
}

static ncg_status
index_normal(ncg_lexicon *lex, const ncg_lex_entry *e, const char *w)
{
	char nf[512], *copy;
	size_t n = ncg_normal_form(lex, w, strlen(w), nf, sizeof nf);

	/* kept by the wording's address, for ncg_lexicon_normal_of */
	copy = ncg_arena_strndup(lex->arena, nf, n);
	if (!copy)
		return NCG_ERR_NOMEM;
	NCG_TRY(ncg_strmap_putn(lex->normal_of, (const char *)&w, sizeof w, copy));
	if (n == 0 || ncg_strmap_getn(lex->normal[e->kind], nf, n))
		return NCG_OK;   /* first entry wins: lexicon order */
	return ncg_strmap_putn(lex->normal[e->kind], nf, n, (void *)e);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sort an entry's lists, so that results do not depend on the order in
 * which a loader met the wordings. */
static void
sort_lists(ncg_lex_entry *e)
{
	ncg_strlist *l[] = {&e->alt, &e->acronym, &e->cue, &e->prefix,
	                    &e->adjective, &e->country, &e->body_name,
	                    &e->wire_agency};

	for (size_t j = 0; j < sizeof l / sizeof l[0]; j++)
		if (l[j]->n > 1)
			qsort((void *)l[j]->v, l[j]->n, sizeof(char *), cmp_str);
}

static ncg_status
strlist_push(ncg_strlist *l, const char *s)
{
	void *p = l->v;

	NCG_TRY(ncg_grow(&p, &l->cap, l->n + 1, sizeof(char *)));
	l->v = p;
	l->v[l->n++] = s;
	return NCG_OK;
}

/* Word v in bucket k of word list w's index by two first bytes.  A bucket
 * is set empty when first written: the buckets are not zeroed before
 * (speed only: most stay empty, from2_any tells which are not, and the
 * lists' zeroed buckets cost more than the rest of the index). */
static ncg_status
from2_push(ncg_lexicon *lex, int w, int k, const char *v)
{
	uint64_t bit = (uint64_t)1 << (k % 64);

	if (!(lex->from2_any[w][k / 64] & bit))
		lex->word_from2[w][k] = (ncg_strlist){NULL, 0, 0};
	NCG_TRY(strlist_push(&lex->word_from2[w][k], v));
	lex->from2_any[w][k / 64] |= bit;
	lex->bucket_wls[k][w / 64] |= (uint64_t)1 << (w % 64);
	return NCG_OK;
}

/* The word lists' indexes: a set for whole tokens (exact and ASCII
 * case-folded), and each list by its words' first byte, so that matching
 * at a token tries only the words that can start there. */
static ncg_status
index_words(ncg_lexicon *lex)
{
	for (int w = 0; w < NCG_WL__COUNT; w++) {
		const ncg_strlist *l = &lex->words[w];

		lex->word_set[w] = ncg_strmap_new();
		lex->word_set_ci[w] = ncg_strmap_new();
		lex->word_from[w] = calloc(128, sizeof(ncg_strlist));
		if (!lex->word_set[w] || !lex->word_set_ci[w] || !lex->word_from[w])
			return NCG_ERR_NOMEM;
		for (size_t i = 0; i < l->n; i++) {
			const char *v = l->v[i];
			size_t n = strlen(v);
			unsigned char c = (unsigned char)v[0];
			char *low = ncg_arena_alloc(lex->arena, n + 1);

			if (!low)
				return NCG_ERR_NOMEM;
			ascii_lower(low, n + 1, v, n);
			NCG_TRY(ncg_strmap_putn(lex->word_set[w], v, n, lex));
			NCG_TRY(ncg_strmap_putn(lex->word_set_ci[w], low, n, lex));
			if (c < 0x80 && isalnum(c)) {
				NCG_TRY(strlist_push(&lex->word_from[w][tolower(c)], v));
			} else {
				/* may start anywhere a folded character can: in every
				 * bucket */
				for (int b = 0; b < 128; b++)
					if (isalnum(b) && !isupper(b))
						NCG_TRY(strlist_push(&lex->word_from[w][b], v));
			}
			lex->word_len[w][byte_bucket(c)] |= len_bit(n);
			lex->word_len_ci[w][byte_bucket((unsigned char)low[0])] |= len_bit(n);
		}
		/* and by their first two bytes when both are ASCII letters or
		 * digits (folded); a word whose first or second byte is not
		 * one may start anywhere its first byte allows */
		lex->word_from2[w] = malloc(ALNUM_PAIRS * sizeof(ncg_strlist));
		if (!lex->word_from2[w])
			return NCG_ERR_NOMEM;
		for (size_t i = 0; i < l->n; i++) {
			const char *v = l->v[i];
			int a = alnum36((unsigned char)v[0]), b = a < 0 ? -1 : alnum36((unsigned char)v[1]);

			/* the buckets [x][y] with x a (all when a < 0) and y b
			 * (all when b < 0), in that order; not all of them tried */
			for (int x = a < 0 ? 0 : a; x < (a < 0 ? ALNUM : a + 1); x++)
				for (int y = b < 0 ? 0 : b; y < (b < 0 ? ALNUM : b + 1); y++)
					NCG_TRY(from2_push(lex, w, x * ALNUM + y, v));
		}
	}
	return NCG_OK;
}

/* One character as rc_match and ncg_doc_phrase_at compare it, folded to
 * what they both may take it for: ASCII lower-cased, U+2018 and U+2019
 * as an apostrophe, U+2010..U+2013 and U+2212 as a hyphen, appended to
 * buf[*n] (one byte for ASCII, else 0xFF and three bytes of the code
 * point: one key per folded character).  0 when it does not fit. */
static int
fold_put(char *buf, size_t cap, size_t *n, unsigned c)
{
	if (c == 0x2019 || c == 0x2018)
		c = '\'';
	else if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2212)
		c = '-';
	if (c < 0x80) {
		if (*n + 1 > cap)
			return 0;
		buf[(*n)++] = (char)ncg_ascii_fold(c);
		return 1;
	}
	if (*n + 4 > cap)
		return 0;
	buf[(*n)++] = (char)0xFF;
	buf[(*n)++] = (char)(c >> 16 & 0xFF);
	buf[(*n)++] = (char)(c >> 8 & 0xFF);
	buf[(*n)++] = (char)(c & 0xFF);
	return 1;
}

/* Set bit wl of the lists of key in map (speed only indexes). */
static ncg_status
mark_list(ncg_lexicon *lex, ncg_strmap *map, const char *key, size_t n, int wl)
{
	uint64_t *bits = ncg_strmap_getn(map, key, n);
	int added;

	if (!bits) {
		bits = ncg_arena_alloc(lex->arena, NCG_WL_WORDS * sizeof *bits);
		if (!bits)
			return NCG_ERR_NOMEM;
		memset(bits, 0, NCG_WL_WORDS * sizeof *bits);
		NCG_TRY(ncg_strmap_add(map, key, n, bits, &added));
	}
	bits[wl / 64] |= (uint64_t)1 << (wl % 64);
	return NCG_OK;
}

/* Index every folded prefix of the words' first runs up to a space: a
 * token (which holds no white space) that a word of a list matches
 * from its start, in any of the ways the lists are asked (rc_match: a
 * match ends at a token's end, so it takes the whole token; a phrase's
 * first word; a whole word), is a prefix of it once folded. */
static ncg_status
index_prefixes(ncg_lexicon *lex)
{
	char buf[512];

	lex->prefix_wls = ncg_strmap_new();
	if (!lex->prefix_wls)
		return NCG_ERR_NOMEM;
	for (int w = 0; w < NCG_WL__COUNT; w++)
		for (size_t i = 0; i < lex->words[w].n; i++) {
			const char *v = lex->words[w].v[i];
			size_t k = 0, n = 0;

			/* an empty phrase matches anywhere (ncg_doc_phrase_at) */
			if (!*v)
				lex->prefix_all = 1;
			while (v[k] && v[k] != ' ') {
				if (!fold_put(buf, sizeof buf, &n, ncg_utf8_next(v, &k)))
					break;
				NCG_TRY(mark_list(lex, lex->prefix_wls, buf, n, w));
			}
		}
	return NCG_OK;
}

static const ncg_strlist NO_WORDS;
static const uint64_t NO_WLS[NCG_WL_WORDS];

static int
any_bit(const uint64_t *bits)
{
	for (int i = 0; i < NCG_WL_WORDS; i++)
		if (bits[i])
			return 1;
	return 0;
}

/* Which lists hold each word, exactly and in any ASCII case. */
static ncg_status
index_word_lists(ncg_lexicon *lex)
{
	lex->word_lists = ncg_strmap_new();
	lex->word_lists_ci = ncg_strmap_new();
	if (!lex->word_lists || !lex->word_lists_ci)
		return NCG_ERR_NOMEM;
	for (int w = 0; w < NCG_WL__COUNT; w++)
		for (size_t i = 0; i < lex->words[w].n; i++) {
			const char *v = lex->words[w].v[i];
			size_t n = strlen(v);
			char *low = ncg_arena_alloc(lex->arena, n + 1);

			if (!low)
				return NCG_ERR_NOMEM;
			ascii_lower(low, n + 1, v, n);
			NCG_TRY(mark_list(lex, lex->word_lists, v, n, w));
			NCG_TRY(mark_list(lex, lex->word_lists_ci, low, n, w));
		}
	return NCG_OK;
}

/* The memo slot of the text s[0, n), emptied for it when it held another
 * text; NULL when the text is too long or there is no memo. */
static struct tok_memo *
memo_of(const ncg_lexicon *lex, const char *s, size_t n)
{
	struct tok_memo *m;
	uint64_t h = 1469598103934665603ULL;

	if (!lex->memo || n > MEMO_TEXT)
		return NULL;
	for (size_t k = 0; k < n; k++)
		h = (h ^ (unsigned char)s[k]) * 1099511628211ULL;
	h |= 1;
	m = &lex->memo[(h ^ h >> 29) & (MEMO_SLOTS - 1)];
	if (m->h != h || m->n != n || memcmp(m->text, s, n) != 0) {
		m->h = h;
		m->n = (unsigned char)n;
		m->have = 0;
		memcpy(m->text, s, n);
	}
	return m;
}

static const uint64_t *lists_with_word(const ncg_lexicon *lex, const char *s, size_t n,
                                       int ci);

const uint64_t *
ncg_lexicon_lists_with_word(const ncg_lexicon *lex, const char *s, size_t n, int ci)
{
	struct tok_memo *m = lex->indexed ? memo_of(lex, s, n) : NULL;
	int bit = ci ? MEMO_LISTS_CI : MEMO_LISTS;

	if (!m)
		return lists_with_word(lex, s, n, ci);
	if (!(m->have & bit)) {
		m->lists[ci != 0] = lists_with_word(lex, s, n, ci);
		m->have |= bit;
	}
	return m->lists[ci != 0];
}

static const uint64_t *
lists_with_word(const ncg_lexicon *lex, const char *s, size_t n, int ci)
{
	char low[256];
	const uint64_t *bits;

	if (!lex->indexed || !lex->word_lists)
		return NULL;
	if (!ci)
		bits = ncg_strmap_getn(lex->word_lists, s, n);
	else if (ascii_lower(low, sizeof low, s, n))
		bits = ncg_strmap_getn(lex->word_lists_ci, low, n);
	else
		return NULL;   /* as long as that: ask ncg_lexicon_has_word_ci */
	return bits ? bits : NO_WLS;
}


const uint64_t *
ncg_lexicon_wls_at(const ncg_lexicon *lex, const char *s)
{
	int a, b;

	if (!lex->indexed || (a = alnum36((unsigned char)s[0])) < 0 ||
	    (b = alnum36((unsigned char)s[1])) < 0)
		return lex->all_wls;
	return lex->bucket_wls[a * ALNUM + b];
}

static const uint64_t *wls_of_token(const ncg_lexicon *lex, const char *s, size_t n);

const uint64_t *
ncg_lexicon_wls_of_token(const ncg_lexicon *lex, const char *s, size_t n)
{
	struct tok_memo *m = lex->indexed ? memo_of(lex, s, n) : NULL;

	if (!m)
		return wls_of_token(lex, s, n);
	if (!(m->have & MEMO_WLS)) {
		m->wls = wls_of_token(lex, s, n);
		m->have |= MEMO_WLS;
	}
	return m->wls;
}

static const uint64_t *
wls_of_token(const ncg_lexicon *lex, const char *s, size_t n)
{
	char buf[512];
	size_t k = 0, len = 0;
	const uint64_t *bits;

	if (!lex->indexed || !lex->prefix_wls || lex->prefix_all || n == 0)
		return lex->all_wls;
	/* most tokens start no word by their first two bytes already */
	bits = ncg_lexicon_wls_at(lex, s);
	if (!any_bit(bits))
		return NO_WLS;
	if (n >= sizeof buf)
		return lex->all_wls;
	while (k < n) {
		unsigned c = (unsigned char)s[k];

		/* printable ASCII as fold_put folds it, without the call */
		if (c - 0x21u < 0x5Fu) {
			buf[len++] = (char)ncg_ascii_fold(c);
			k++;
			continue;
		}
		c = ncg_utf8_next(s, &k);
		/* a token holds no white space; if one did, a word's space
		 * could match inside it: then any list may start there */
		if (ncg_is_space_cp(c) || !fold_put(buf, sizeof buf, &len, c))
			return lex->all_wls;
	}
	bits = ncg_strmap_getn(lex->prefix_wls, buf, len);
	return bits ? bits : NO_WLS;
}

const ncg_strlist *
ncg_lexicon_words_at(const ncg_lexicon *lex, ncg_wordlist wl, const char *s)
{
	int a, b;

	if (!lex->indexed || (a = alnum36((unsigned char)s[0])) < 0)
		return ncg_lexicon_words_from(lex, wl, (unsigned char)s[0]);
	if ((b = alnum36((unsigned char)s[1])) < 0)
		return &lex->word_from[wl][tolower((unsigned char)s[0])];
	if (!(lex->from2_any[wl][(a * ALNUM + b) / 64] & (uint64_t)1 << ((a * ALNUM + b) % 64)))
		return &NO_WORDS;
	return &lex->word_from2[wl][a * ALNUM + b];
}

const ncg_strlist *
ncg_lexicon_words_from(const ncg_lexicon *lex, ncg_wordlist wl, unsigned char first)
{
	if (!lex->indexed || first >= 0x80 || !isalnum(first))
		return &lex->words[wl];
	return &lex->word_from[wl][tolower(first)];
}

ncg_lex_wording
ncg_lex_wording_make(const ncg_lex_entry *e, const char *w, int what)
{
	ncg_lex_wording lw = {e, w, what, 0, 0, 0, 0, UINT16_MAX, UINT16_MAX,
	                      (unsigned char)e->kind};
	size_t k = 0, n = strlen(w);

	if (n < UINT16_MAX) {
		lw.len = (uint16_t)n;
		lw.nonascii_end = 0;
		for (size_t b = 0; b < n; b++)
			if ((unsigned char)w[b] >= 0x80)
				lw.nonascii_end = (uint16_t)(b + 1);
	}

	while (w[k] && w[k] != ' ' && (unsigned char)w[k] - 0x21u < 0x5Eu)
		k++;
	if (k > 0 && k <= UINT16_MAX && (!w[k] || w[k] == ' '))
		lw.first_len = (uint16_t)k;
	lw.spaced = strchr(w, ' ') != NULL;
	lw.ends_in_space = n > 0 && w[n - 1] == ' ';
	if (lw.first_len && w[k] == ' ' && (unsigned char)w[k + 1] - 0x21u < 0x5Eu)
		lw.second = (unsigned char)ncg_ascii_fold((unsigned char)w[k + 1]);
	return lw;
}

static ncg_status
wording_push(wording_list *l, const ncg_lex_entry *e, const char *w, int what)
{
	void *p = l->v;

	NCG_TRY(ncg_grow(&p, &l->cap, l->n + 1, sizeof *l->v));
	l->v = p;
	l->v[l->n++] = ncg_lex_wording_make(e, w, what);
	return NCG_OK;
}

/* Each kind's cues by their last byte, in lexicon order (entries, then
 * their sorted cues): a cue ending in an ASCII byte other than a space
 * can only end a match at a token ending in that byte, when the token is
 * ASCII; the others may end anywhere and are in every bucket. */
static ncg_status
index_cue_ends(ncg_lexicon *lex)
{
	for (int k = 0; k < NCG_LEX__COUNT; k++) {
		lex->cue_end[k] = calloc(129, sizeof(wording_list));
		if (!lex->cue_end[k])
			return NCG_ERR_NOMEM;
		for (size_t i = 0; i < lex->nentries[k]; i++) {
			const ncg_lex_entry *e = lex->entries[k][i];

			for (size_t c = 0; c < e->cue.n; c++) {
				const char *w = e->cue.v[c];
				size_t n = strlen(w);
				unsigned char last = n ? (unsigned char)w[n - 1] : 0;

				NCG_TRY(wording_push(&lex->cue_end[k][128], e, w, NCG_LEXW_CUE));
				if (last && last < 0x80 && last != ' ') {
					NCG_TRY(wording_push(&lex->cue_end[k][last], e, w, NCG_LEXW_CUE));
				} else {
					for (int b = 0; b < 128; b++)
						NCG_TRY(wording_push(&lex->cue_end[k][b], e, w,
						                     NCG_LEXW_CUE));
				}
			}
		}
	}
	return NCG_OK;
}

enum { TAIL_BUCKETS = 1024 };

/* The bucket of struct ncg_lexicon.cue_tail_len of a tail's first and
 * last bytes */
static size_t
tail_bucket(unsigned char first, unsigned char last)
{
	return ((size_t)first * 37 + last) & (TAIL_BUCKETS - 1);
}

/* Kind k's cue w by its tails (struct ncg_lexicon.cue_tails): the last
 * n bytes for every n, up to the first byte outside ASCII; a cue with
 * one marks every text a possible tail. */
static ncg_status
index_cue_tails(ncg_lexicon *lex, int k, const char *w)
{
	size_t n = strlen(w);

	if (n == 0)
		return NCG_OK;
	for (size_t b = 0; b < n; b++)
		if ((unsigned char)w[b] >= 0x80)
			lex->cue_any_tail[k] = 1;
	if ((unsigned char)w[n - 1] >= 0x80)
		return NCG_OK;
	for (size_t t = 1; t <= n && (unsigned char)w[n - t] < 0x80; t++) {
		lex->cue_tail_len[k][tail_bucket((unsigned char)w[n - t],
		                                 (unsigned char)w[n - 1])] |= len_bit(t);
		NCG_TRY(ncg_strmap_putn(lex->cue_tails[k], w + n - t, t, (void *)w));
	}
	return NCG_OK;
}

static ncg_status
index_cue_tails_all(ncg_lexicon *lex)
{
	for (int k = 0; k < NCG_LEX__COUNT; k++) {
		lex->cue_tails[k] = ncg_strmap_new();
		lex->cue_tail_len[k] = calloc(TAIL_BUCKETS, sizeof *lex->cue_tail_len[k]);
		if (!lex->cue_tails[k] || !lex->cue_tail_len[k])
			return NCG_ERR_NOMEM;
		for (size_t i = 0; i < lex->nentries[k]; i++)
			for (size_t c = 0; c < lex->entries[k][i]->cue.n; c++)
				NCG_TRY(index_cue_tails(lex, k, lex->entries[k][i]->cue.v[c]));
	}
	return NCG_OK;
}

int
ncg_lexicon_cue_tail(const ncg_lexicon *lex, ncg_lex_kind kind, const char *s, size_t n)
{
	unsigned char first, last;

	if (!lex->indexed || n == 0 || lex->cue_any_tail[kind])
		return 1;
	first = (unsigned char)s[0];
	last = (unsigned char)s[n - 1];
	if (first >= 0x80 || last >= 0x80)
		return 1;
	/* most texts end no cue: told without hashing */
	if (!(lex->cue_tail_len[kind][tail_bucket(first, last)] & len_bit(n)))
		return 0;
	return ncg_strmap_getn(lex->cue_tails[kind], s, n) != NULL;
}

size_t
ncg_lexicon_cues_ending(const ncg_lexicon *lex, ncg_lex_kind kind, int last,
                        const ncg_lex_wording **out)
{
	const wording_list *l;

	if (!lex->indexed)
		return 0;
	l = &lex->cue_end[kind][last >= 0 && last < 128 ? last : 128];
	*out = l->v;
	return l->n;
}

static ncg_status
build_indexes(ncg_lexicon *lex)
{
	NCG_TRY(index_words(lex));
	NCG_TRY(index_prefixes(lex));
	NCG_TRY(index_word_lists(lex));
	NCG_TRY(index_cue_ends(lex));
	NCG_TRY(index_cue_tails_all(lex));
	lex->first_word = ncg_strmap_new();
	lex->normal_of = ncg_strmap_new();
	if (!lex->first_word || !lex->normal_of)
		return NCG_ERR_NOMEM;
	for (int k = 0; k < NCG_LEX__COUNT; k++) {
		lex->normal[k] = ncg_strmap_new();
		if (!lex->normal[k])
			return NCG_ERR_NOMEM;
		for (size_t i = 0; i < lex->nentries[k]; i++) {
			const ncg_lex_entry *e = lex->entries[k][i];
			const ncg_strlist *lists[] = {&e->alt, &e->acronym, &e->adjective,
			                              &e->cue, &e->prefix};
			const int what[] = {NCG_LEXW_ALT, NCG_LEXW_ACRONYM,
			                    NCG_LEXW_ADJECTIVE, NCG_LEXW_CUE, NCG_LEXW_PREFIX};

			if (e->label) {
				NCG_TRY(index_wording(lex, e, e->label, NCG_LEXW_LABEL));
				NCG_TRY(index_normal(lex, e, e->label));
			}
			for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
				for (size_t j = 0; j < lists[l]->n; j++) {
					NCG_TRY(index_wording(lex, e, lists[l]->v[j], what[l]));
					if (what[l] <= NCG_LEXW_ACRONYM)
						NCG_TRY(index_normal(lex, e, lists[l]->v[j]));
				}
		}
	}
	return NCG_OK;
}

ncg_status
ncg_lexicon_index(ncg_lexicon *lex, ncg_error *err)
{
	ncg_status st;

	if (lex->indexed)
		return NCG_OK;
	for (int k = 0; k < NCG_LEX__COUNT; k++)
		for (size_t i = 0; i < lex->nentries[k]; i++)
			sort_lists(lex->entries[k][i]);
	st = build_indexes(lex);
	if (st != NCG_OK) {
		drop_indexes(lex);
		return ncg_error_set(err, st, "", 0, 0, -1, "cannot index the lexicon: %s",
		                     ncg_strerror(st));
	}
	/* speed only: without it, every question goes to the maps */
	lex->memo = calloc(MEMO_SLOTS, sizeof *lex->memo);
	lex->indexed = 1;
	return NCG_OK;
}

int
ncg_lexicon_is_indexed(const ncg_lexicon *lex)
{
	return lex->indexed;
}

static size_t wordings_at(const ncg_lexicon *lex, const char *first, size_t n,
                          const ncg_lex_wording **out);

size_t
ncg_lexicon_wordings_at(const ncg_lexicon *lex, const char *first, size_t n,
                        const ncg_lex_wording **out)
{
	struct tok_memo *m = lex->indexed ? memo_of(lex, first, n) : NULL;

	if (!m)
		return wordings_at(lex, first, n, out);
	if (!(m->have & MEMO_WORDINGS)) {
		m->wv = NULL;
		m->wn = (uint32_t)wordings_at(lex, first, n, &m->wv);
		m->have |= MEMO_WORDINGS;
	}
	if (m->wn)
		*out = m->wv;
	return m->wn;
}

int
ncg_lexicon_is_wording(const ncg_lexicon *lex, unsigned kinds, const char *s, size_t n)
{
	const ncg_lex_wording *w = NULL;
	size_t k = lex ? ncg_lexicon_wordings_at(lex, s, n, &w) : 0;

	for (size_t c = 0; c < k; c++)
		if ((kinds & (1u << w[c].entry->kind)) && strlen(w[c].wording) == n &&
		    memcmp(w[c].wording, s, n) == 0)
			return 1;
	return 0;
}

static size_t
wordings_at(const ncg_lexicon *lex, const char *first, size_t n,
            const ncg_lex_wording **out)
{
	char key[128];
	size_t kl;
	const wording_list *w;

	if (!lex->indexed)
		return 0;
	kl = first_word_key(first, n, key, sizeof key);
	if (kl == 0)
		return 0;
	/* most words start no wording: told without hashing (keys that
	 * start with other bytes are always looked up) */
	{
		int a = alnum36((unsigned char)key[0]);
		int b = kl > 1 ? alnum36((unsigned char)key[1]) : ALNUM;

		if (a >= 0 && b >= 0 && !(lex->key_len[a * (ALNUM + 1) + b] & len_bit(kl)))
			return 0;
	}
	w = ncg_strmap_getn(lex->first_word, key, kl);
	if (!w)
		return 0;
	*out = w->v;
	return w->n;
}

const char *
ncg_lexicon_normal_of(const ncg_lexicon *lex, const char *s, char *buf, size_t cap)
{
	const char *nf = NULL;

	/* the index holds normal forms made with a 512-byte buffer */
	if (lex->indexed && cap >= 512)
		nf = ncg_strmap_getn(lex->normal_of, (const char *)&s, sizeof s);
	if (nf)
		return nf;
	ncg_normal_form(lex, s, strlen(s), buf, cap);
	return buf;
}

const ncg_lex_entry *
ncg_lexicon_by_wording(const ncg_lexicon *lex, ncg_lex_kind kind,
                       const char *s, size_t n)
{
	char nf[512];
	size_t len;

	if (!lex->indexed)
		return NULL;
	len = ncg_normal_form(lex, s, n, nf, sizeof nf);
	if (len == 0)
		return NULL;
	return ncg_strmap_getn(lex->normal[kind], nf, len);
}
