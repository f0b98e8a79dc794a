/* ncgkg: officials named in capitals in a cable (rules108).
 *
 * In a cable printed all in capitals (ncg_cable_in_capitals, rules104)
 * no small letter tells a name from a word, so the official rules find
 * none.  There a word in capitals is an official's surname only right
 * after a title or honorific word of the lexicon read in any case
 * ("SECRETARY VANCE", "AMBASSADOR SNEIDER", "UNDER-SECRETARY HABIB"),
 * with a hyphenated given name after it when the text gives one
 * ("FOREIGN MINISTER PAK TONG-JIN"); never a capital word alone, never
 * a word of any cue list, a place, a country, a body or a date, never in
 * a header line.  The name is labelled title-cased ("Pak Tong-jin"). */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "meeting_cable.h"
#include "recognise_internal.h"

/* The bit of word list l in word w of a list set, or 0 */
static uint64_t
name_list_bit(size_t w, size_t l)
{
	return w == l / 64 ? 1ull << l % 64 : 0;
}

/* Is token i a word in capitals that may be a name: letters only, two
 * or more, held by no mention or claim, no word of a cue list, starting
 * no place, country or body? */
static int
cable_name_word(const rc_ctx *rc, size_t i, size_t lim)
{
	const ncg_token *t;
	const uint64_t *bits;
	size_t n;
	unsigned kinds = (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_BODY);

	if (i >= lim || rc->tok[i].kind != NCG_TOK_WORD || !(rc->tok[i].flags & NCG_TF_UPPER) ||
	    rc->claim[i])
		return 0;
	t = &rc->tok[i];
	n = t->e - t->b;
	/* a past tense in capitals ("SECRETARY EXPRESSED") is no name */
	if (n < 2 || (n >= 5 && !memcmp(rc->s + t->e - 2, "ED", 2)))
		return 0;
	for (size_t k = 0; k < n; k++)
		if (!isupper((unsigned char)rc->s[t->b + k]) &&
		    (rc->s[t->b + k] != '-' || k == 0 || k + 1 == n))
			return 0;
	bits = ncg_lexicon_lists_with_word(rc->lex, rc->s + t->b, n, 1);
	if (!bits)
		return 0;
	/* no word of a cue list but a Korean surname ("PAK", "KIM") or a
	 * given name's syllable ("HEE") */
	for (size_t w = 0; w < NCG_WL_WORDS; w++)
		if (bits[w] & ~(name_list_bit(w, NCG_WL_KOREAN_SURNAME) |
		                name_list_bit(w, NCG_WL_LOWER_SYLLABLE)))
			return 0;
	return !rc_meeting_verb(rc, i) && !rc_lex_longest(rc, i, lim, kinds, ~0u, &(size_t){0});
}

/* The end of a hyphenated given name at k ("TONG-JIN", "YONG-SIK"), or k */
static size_t
given_name_end(const rc_ctx *rc, size_t k, size_t lim)
{
	if (k < lim && cable_name_word(rc, k, lim) &&
	    memchr(rc->s + rc->tok[k].b, '-', rc->tok[k].e - rc->tok[k].b))
		return k + 1;
	if (k + 2 < lim && cable_name_word(rc, k, lim) &&
	    rc_hyphen(rc, k + 1) && rc_adjacent(rc, k + 1) && rc_adjacent(rc, k + 2) &&
	    cable_name_word(rc, k + 2, lim))
		return k + 3;
	return k;
}

/* Title-case s in place: a capital after a space, small letters else */
static void
title_case(char *s)
{
	int first = 1;

	for (; *s; s++) {
		*s = (char)(first ? toupper((unsigned char)*s) : tolower((unsigned char)*s));
		first = *s == ' ';
	}
}

static ncg_status
add_cable_official(rc_ctx *rc, uint32_t s, size_t a0, size_t n0, size_t n1)
{
	ncg_mention *m;
	const char *name;

	NCG_TRY(rc_span(rc, n0, n1, &name));
	NCG_TRY(rc_strdup(rc, name, &name));
	title_case((char *)name);
	NCG_TRY(rc_add(rc, NCG_M_OFFICIAL, s, a0, n1, &m));
	m->name = name;
	NCG_TRY(rc_span(rc, a0, n0, &m->official.honorific));
	NCG_TRY(rc_key(rc, "official", m->name, &m->key));
	rc_claim(rc, a0, n1, RC_CLAIM_NAME);
	return NCG_OK;
}

/* The end of a title or honorific word at i in any case, or 0 */
static size_t
cable_title_end(const rc_ctx *rc, size_t i, size_t lim)
{
	size_t e = rc_wl_match(rc, i, lim, NCG_WL_COURTESY, 0);

	if (!e)
		e = rc_wl_match(rc, i, lim, NCG_WL_OFFICE, 0);
	if (!e && rc_wl_ci(rc, i, NCG_WL_TITLE_HEAD))
		e = i + 1;
	return e;
}

/* Is token i an initial ("R", "R.")? */
static int
initial_at(const rc_ctx *rc, size_t i)
{
	size_t n = i < rc->ntok ? rc->tok[i].e - rc->tok[i].b : 0;

	return n && rc->tok[i].kind == NCG_TOK_WORD && isupper((unsigned char)rc->s[rc->tok[i].b]) &&
	       (n == 1 || (n == 2 && rc->s[rc->tok[i].b + 1] == '.'));
}

/* Is token i a word that may end a name: no name word, no initial? */
static int
name_ends_before(const rc_ctx *rc, size_t i, size_t lim)
{
	return !cable_name_word(rc, i, lim) && !initial_at(rc, i);
}

/* The end of a name of three words at e, or e + 1: a given name, an
 * initial with its dot and a surname ("RICHARD L. SNEIDER", "GERALD R.
 * FORD"), or a Korean surname of the lexicon and a given name in two
 * words apart ("PARK CHUNG HEE", "KIM DONG JO"); never one more name
 * word after it. */
static size_t
longer_name_end(const rc_ctx *rc, size_t e, size_t lim)
{
	const ncg_token *t = e + 1 < lim ? &rc->tok[e + 1] : NULL;

	if (t && initial_at(rc, e + 1) && t->e - t->b == 2 && cable_name_word(rc, e + 2, lim) &&
	    name_ends_before(rc, e + 3, lim))
		return e + 3;
	if (t && rc_wl_ci(rc, e, NCG_WL_KOREAN_SURNAME) && cable_name_word(rc, e + 1, lim) &&
	    cable_name_word(rc, e + 2, lim) && name_ends_before(rc, e + 3, lim) &&
	    !memchr(rc->s + t->b, '-', t->e - t->b) &&
	    !memchr(rc->s + rc->tok[e + 2].b, '-', rc->tok[e + 2].e - rc->tok[e + 2].b))
		return e + 3;
	return e + 1;
}

/* rules117: the end of a name of two or three words in capitals at e
 * after a title, none hyphenated, that a comma or "and" closes
 * ("SECRETARY OF STATE HENERY KISSINGER, ...", "AMBASSADOR HAHM PYONG
 * CHOON AND ..."), or e + 1.  Without that close a verb in capitals may
 * follow the surname ("SECRETARY VANCE AGREES THAT"): no name.  A
 * reflexive pronoun is no name word ("PRESIDENT PARK HIMSELF,":
 * cable_name_word).  The title is at i, its sentence starts at t0. */
static size_t
closed_name_end(const rc_ctx *rc, size_t t0, size_t i, size_t e, size_t lim)
{
	size_t k = e + 1;

	/* a title after a preposition is a body's word ("MINISTRY OF
	 * JUSTICE SATISFACTORY TERMS AND ...") */
	if (i > t0 && rc_wl_ci(rc, i - 1, NCG_WL_NOUN_PREPOSITION))
		return e + 1;
	while (k < lim && k < e + 3 && cable_name_word(rc, k, lim) &&
	       !memchr(rc->s + rc->tok[k].b, '-', rc->tok[k].e - rc->tok[k].b))
		k++;
	if (k == e + 1 || k >= lim || initial_at(rc, k) || cable_name_word(rc, k, lim))
		return e + 1;
	return rc_punct(rc, k, ",") || rc_wl_ci(rc, k, NCG_WL_PAIR_CONJUNCTION) ? k : e + 1;
}

/* Does a determiner (lex:openingDeterminer, any case) stand before the
 * title at i ("THE MINISTER EMPHASIZED")?  The title is then no name's. */
static int
after_determiner(const rc_ctx *rc, size_t i, size_t t0)
{
	return i > t0 && rc_wl_ci(rc, i - 1, NCG_WL_OPENING_DETERMINER);
}

/* A surname alone ("PAK") takes the full name the cable gives it
 * elsewhere after a title ("PAK TONG-CHIN"): one official.  Only when one
 * full name ends so: two people who share a surname ("KIM TONG-JO",
 * "KIM YONG-SIK") leave a lone "KIM" alone. */
static void
join_surnames(rc_ctx *rc, size_t first)
{
	for (size_t a = first; a < rc->nm; a++) {
		ncg_mention *m = &rc->m[a];
		const ncg_mention *full = NULL;
		size_t n = strlen(m->name);
		int ambiguous = 0;

		if (strchr(m->name, ' '))
			continue;
		for (size_t b = first; b < rc->nm && !ambiguous; b++)
			if (!strncmp(rc->m[b].name, m->name, n) && rc->m[b].name[n] == ' ') {
				ambiguous = full && strcmp(full->name, rc->m[b].name);
				full = &rc->m[b];
			}
		if (full && !ambiguous) {
			m->name = full->name;
			m->key = full->key;
		}
	}
}

ncg_status
rc_cable_officials(rc_ctx *rc)
{
	size_t first = rc->nm;

	if (!rc->cable_caps)
		return NCG_OK;
	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		if (!rc->body_sent[s])
			continue;
		for (size_t i = st->t0; i < st->t1; i++) {
			size_t e = rc->claim[i] ? 0 : cable_title_end(rc, i, st->t1), n1;

			if (!e || !cable_name_word(rc, e, st->t1) || after_determiner(rc, i, st->t0) ||
			    memchr(rc->s + rc->tok[e].b, '-', rc->tok[e].e - rc->tok[e].b))
				continue;
			n1 = given_name_end(rc, e + 1, st->t1);
			if (n1 == e + 1)
				n1 = longer_name_end(rc, e, st->t1);
			if (n1 == e + 1)
				n1 = closed_name_end(rc, st->t0, i, e, st->t1);
			/* any other name of more words or with an initial is left alone */
			if (n1 == e + 1 && (cable_name_word(rc, e + 1, st->t1) || initial_at(rc, e + 1)))
				continue;
			NCG_TRY(add_cable_official(rc, (uint32_t)s, i, e, n1 > e + 1 ? n1 : e + 1));
			i = (n1 > e + 1 ? n1 : e + 1) - 1;
		}
	}
	join_surnames(rc, first);
	return NCG_OK;
}
