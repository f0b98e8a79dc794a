/* ncgkg: recognising mentions (stage 3): the driver and token helpers. */
#include "config.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "meeting_cable.h"
#include "recognise_internal.h"

struct ncg_mentions {
	rc_ctx rc;
	size_t *by_sent;          /* mention indexes sorted by sentence */
	size_t *sent_start;       /* per sentence: first position in by_sent */
};

/* ---- token tests ------------------------------------------------------ */

int
rc_in(const rc_ctx *rc, size_t i, const char *const *list)
{
	for (; *list; list++)
		if (rc_is(rc, i, *list))
			return 1;
	return 0;
}

/* The word lists holding token i (i < ntok) as a word, looked up once
 * per token (speed only); NULL when that cannot be told. */
static const uint64_t *
tok_lists(const rc_ctx *rc, size_t i, int ci)
{
	const uint64_t **slot;

	if (!rc->tok_lists)
		return NULL;
	slot = &rc->tok_lists[2 * i + (ci != 0)];
	if (!*slot && rc->same && rc->same[i] != i)   /* the same text's */
		*slot = rc->tok_lists[2 * rc->same[i] + (ci != 0)];
	if (!*slot) {
		*slot = ncg_lexicon_lists_with_word(rc->lex, rc->s + rc->tok[i].b,
		                                    rc->tok[i].e - rc->tok[i].b, ci);
		if (rc->same && rc->same[i] != i)
			rc->tok_lists[2 * rc->same[i] + (ci != 0)] = *slot;
	}
	return *slot;
}

/* Does the space-separated string words (NULL: none) hold the n bytes at
 * w as a whole word? */
int
rc_has_word(const char *words, const char *w, size_t n)
{
	for (const char *p = words ? words : ""; *p;) {
		size_t l = strcspn(p, " ");

		if (l == n && memcmp(p, w, n) == 0)
			return 1;
		p += l;
		while (*p == ' ')
			p++;
	}
	return 0;
}

/* rc_wl and rc_wl_ci past their first test (recognise_internal.h) */
int
rc_wl_word(const rc_ctx *rc, size_t i, ncg_wordlist wl, int ci)
{
	const uint64_t *bits;
	const char *t;
	size_t n;

	bits = tok_lists(rc, i, ci);
	if (bits)
		return ncg_wl_in(bits, wl);
	t = rc->s + rc->tok[i].b;
	n = rc->tok[i].e - rc->tok[i].b;
	return ci ? ncg_lexicon_has_word_ci(rc->lex, wl, t, n) : ncg_lexicon_has_word(rc->lex, wl, t, n);
}

/* Does token i end with a word of wl after at least one byte of its own,
 * that byte sep when sep is not 0 ("principal-level" for a
 * lex:modifierSuffix "-level"; "Australian-led" for a
 * lex:sponsorParticiple "led" after '-'), exactly (ci 0) or in any
 * ASCII case? */
int
rc_wl_suffix_at(const rc_ctx *rc, size_t i, ncg_wordlist wl, char sep, int ci)
{
	const ncg_strlist *l = ncg_lexicon_words(rc->lex, wl);
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;
	size_t need = sep ? 1 : 0;

	for (size_t k = 0; l && k < l->n; k++) {
		size_t m = strlen(l->v[k]);
		const char *t;

		if (n <= m + need)
			continue;
		t = w + n - m;  /* only now: never a pointer before the token */
		if (sep && t[-1] != sep)
			continue;
		if (ci ? ncg_ascii_ieqn(t, m, l->v[k]) : memcmp(t, l->v[k], m) == 0)
			return 1;
	}
	return 0;
}

int
rc_meeting_verb(const rc_ctx *rc, size_t i)
{
	return rc_wl_ci(rc, i, NCG_WL_MEETING_VERB_PRESENT) || rc_wl_ci(rc, i, NCG_WL_MEETING_VERB);
}

int
rc_hyphen(const rc_ctx *rc, size_t i)
{
	static const char *const HYPHENS[] = {
		"-", "\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x92", "\xE2\x80\x93",
		"\xE2\x88\x92", NULL
	};

	unsigned char c;

	if (i >= rc->ntok || rc->tok[i].kind != NCG_TOK_PUNCT)
		return 0;
	/* each starts with '-' or 0xE2: other tokens told without the
	 * comparisons (speed only: asked after every country name) */
	c = (unsigned char)rc->s[rc->tok[i].b];
	if (c != '-' && c != 0xE2)
		return 0;
	for (const char *const *h = HYPHENS; *h; h++)
		if (ncg_doc_tok_is(rc->doc, i, *h))
			return 1;
	return 0;
}

int
rc_apostrophe_s(const rc_ctx *rc, size_t i)
{
	return rc_apostrophe(rc, i) &&
	       rc_adjacent(rc, i) && (rc_is(rc, i + 1, "s") || rc_is(rc, i + 1, "S")) &&
	       rc_adjacent(rc, i + 1);
}

ncg_status
rc_strdup(rc_ctx *rc, const char *s, const char **out)
{
	*out = ncg_arena_strdup(rc->arena, s);
	return *out ? NCG_OK : NCG_ERR_NOMEM;
}

ncg_status
rc_printf(rc_ctx *rc, const char **out, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p, small[256];

	*out = NULL;
	/* formatted once when it fits the buffer, as most do (speed only) */
	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NCG_ERR_INTERNAL;
	p = ncg_arena_alloc(rc->arena, (size_t)n + 1);
	if (p && (size_t)n < sizeof small) {
		memcpy(p, small, (size_t)n + 1);
		*out = p;
		return NCG_OK;
	}
	if (!p)
		return NCG_ERR_NOMEM;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	*out = p;
	return NCG_OK;
}

ncg_status
rc_span(rc_ctx *rc, size_t t0, size_t t1, const char **out)
{
	size_t n = 0;
	char *p;

	*out = NULL;
	if (t1 > rc->ntok)
		t1 = rc->ntok;
	if (t1 <= t0)
		return rc_strdup(rc, "", out);
	/* measured, then written once into the arena (speed only: a buffer
	 * grown on the heap and copied cost twice as much) */
	for (size_t i = t0; i < t1; i++)
		n += (i > t0 && (rc->tok[i].flags & NCG_TF_SPACE)) + (rc->tok[i].e - rc->tok[i].b);
	p = ncg_arena_alloc(rc->arena, n + 1);
	if (!p)
		return NCG_ERR_NOMEM;
	*out = p;
	for (size_t i = t0; i < t1; i++) {
		if (i > t0 && (rc->tok[i].flags & NCG_TF_SPACE))
			*p++ = ' ';
		memcpy(p, rc->s + rc->tok[i].b, rc->tok[i].e - rc->tok[i].b);
		p += rc->tok[i].e - rc->tok[i].b;
	}
	*p = '\0';
	return NCG_OK;
}

static int
is_space_byte_seq(const char *s, size_t *i)
{
	size_t j = *i;
	unsigned c;

	if (!s[j])
		return 0;
	/* the ASCII space, most white space: told without decoding */
	if (s[j] == ' ') {
		*i = j + 1;
		return 1;
	}
	/* printable ASCII is no space: told without decoding */
	if ((unsigned char)s[j] - 0x21u < 0x5Fu)
		return 0;
	c = ncg_utf8_next(s, &j);
	if (!ncg_is_space_cp(c))
		return 0;
	*i = j;
	return 1;
}

/* Read one character for matching, folding the right single quote to an
 * apostrophe and dashes to a hyphen. */
static unsigned
match_char(const char *s, size_t *i)
{
	unsigned c = ncg_utf8_next(s, i);

	if (c == 0x2019 || c == 0x2018)
		return '\'';
	if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2212)
		return '-';
	return c;
}

/* Most calls of rc_match fail on the first byte: does wording byte w0
 * reject text byte s0 before any decoding?  Bytes below 0x80 other than
 * letters compare exactly; a space, an apostrophe or a hyphen in the
 * wording (match_char folds to them) or a byte of a multi-byte
 * character takes the slow path. */
static inline int
first_byte_differs(unsigned char w0, unsigned char s0, int exact)
{
	return w0 < 0x80 && s0 < 0x80 && w0 != ' ' && w0 != '\'' && w0 != '-' && w0 != s0 &&
	       (exact || ncg_ascii_fold(w0) != ncg_ascii_fold(s0));
}

/* A match must end at a token boundary: the token after the one of
 * tokens [i, lim) that ends at byte p, or 0 when none does. */
static inline size_t
token_end_at(const rc_ctx *rc, size_t i, size_t lim, size_t p)
{
	for (size_t t = i; t < lim; t++) {
		if (rc->tok[t].e == p)
			return t + 1;
		if (rc->tok[t].e > p)
			return 0;
	}
	return 0;
}

size_t
rc_match(const rc_ctx *rc, size_t i, size_t lim, const char *w, int exact)
{
	size_t p, k = 0, end;
	unsigned char w0 = (unsigned char)w[0];

	if (lim > rc->ntok)
		lim = rc->ntok;
	if (i >= lim || !w0)
		return 0;
	p = rc->tok[i].b;
	if (first_byte_differs(w0, (unsigned char)rc->s[p], exact))
		return 0;
	end = rc->tok[lim - 1].e;
	while (w[k]) {
		if (w[k] == ' ') {
			size_t q = p;

			if (!is_space_byte_seq(rc->s, &q))
				return 0;
			while (q < end && is_space_byte_seq(rc->s, &q))
				;
			p = q;
			k++;
			continue;
		}
		if (p >= end)
			return 0;
		/* a run of the same printable ASCII bytes on both sides, as
		 * most of a wording is: stepped over without the tests below
		 * (speed only: they would take the bytes one by one) */
		if (w[k] == rc->s[p] && (unsigned char)w[k] - 0x21u < 0x5Fu) {
			do {
				k++;
				p++;
			} while (p < end && w[k] == rc->s[p] && (unsigned char)w[k] - 0x21u < 0x5Fu);
			continue;
		}
		{
			/* ASCII on both sides, as most is, without decoding:
			 * match_char folds only characters outside ASCII */
			unsigned a = (unsigned char)w[k], b = (unsigned char)rc->s[p];

			if (a < 0x80 && b < 0x80) {
				k++;
				p++;
			} else {
				a = match_char(w, &k);
				b = match_char(rc->s, &p);
			}
			if (a != b && (exact || a > 127 || b > 127 || ncg_ascii_fold(a) != ncg_ascii_fold(b)))
				return 0;
		}
	}
	return token_end_at(rc, i, lim, p);
}

/* What rc_lex_longest keeps of a match with no limit (speed
 * only).  A match ending at token e <= lim is the match with limit lim,
 * and one ending after lim is none: rc_match steps the same way either
 * way until it would pass tok[lim - 1].e.  Not so for a wording that ends
 * in a space, which with a limit may end at the limit's white space: such
 * a wording is matched again at every question. */
enum {
	RC_END_UNKNOWN = UINT32_MAX,   /* not tried yet */
	RC_END_RECHECK = UINT32_MAX - 1/* ends in a space: match with the limit */
};

/* The length of the text at byte b up to white space or the end of the
 * text, when it is all printable ASCII; else UINT32_MAX (unknown: a
 * character outside ASCII may be white space or match another). */
static uint32_t
ascii_word_len(const char *s, size_t b)
{
	size_t p = b;

	while ((unsigned char)s[p] - 0x21u < 0x5Eu)
		p++;
	switch (s[p]) {
	case '\0': case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
		return p - b < UINT32_MAX ? (uint32_t)(p - b) : UINT32_MAX;
	default:
		return UINT32_MAX;
	}
}

/* The byte after the text at b of word_len bytes (ascii_word_len) and
 * the ASCII white space after it, capitals lower-cased, when it is
 * printable ASCII; else 0. */
static unsigned char
ascii_next_byte(const char *s, size_t b, uint32_t word_len)
{
	size_t p;

	if (word_len == UINT32_MAX)
		return 0;
	p = b + word_len;
	while (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\v' || s[p] == '\f' ||
	       s[p] == '\r')
		p++;
	return (unsigned char)s[p] - 0x21u < 0x5Eu ? (unsigned char)ncg_ascii_fold((unsigned char)s[p])
	                                           : 0;
}

/* Can wording w not match at a token whose text has word_len bytes up to
 * white space (ascii_word_len), followed by next_byte (ascii_next_byte)?
 * Its first word, printable ASCII, is compared byte for byte with that
 * text: it must have the same length when a space follows it, and no more
 * bytes when it is all the wording; after the space, the first byte of its
 * second word is compared with the next (speed only: rc_match would
 * fail). */
static int
cannot_match(const ncg_lex_wording *w, uint32_t word_len, unsigned char next_byte)
{
	if (!w->first_len || word_len == UINT32_MAX)
		return 0;
	if (!w->spaced)
		return w->first_len > word_len;
	return w->first_len != word_len || (w->second && next_byte && w->second != next_byte);
}

/* rc_lex_longest's test of one wording with the limit, as it always was */
static size_t
lex_match(const rc_ctx *rc, size_t i, size_t lim, const ncg_lex_wording *w)
{
	int exact = w->what == NCG_LEXW_ACRONYM || w->what == NCG_LEXW_PREFIX;
	size_t e = rc_match(rc, i, lim, w->wording, exact);

	/* an all-lower-case wording matched in lower case only, so that
	 * "us" and "korea" in running text are not countries */
	if (e && !exact && isupper((unsigned char)w->wording[0]) && !rc_cap(rc, i) &&
	    !(rc->tok[i].flags & NCG_TF_UPPER))
		return 0;
	return e;
}

/* The token after the match of lexicon wording w at token i with no limit,
 * 0 when none (also when its case rules it out), or RC_END_RECHECK. */
static uint32_t
lex_end(const rc_ctx *rc, size_t i, const ncg_lex_wording *w, const struct rc_wordings *wd)
{
	if (w->ends_in_space)
		return RC_END_RECHECK;
	return cannot_match(w, wd->word_len, wd->next_byte) ? 0
	                                                     : (uint32_t)lex_match(rc, i, rc->ntok, w);
}

/* The lexicon's wordings that may start at token i < ntok, looked up
 * once per token (rc->wordings[i]; the same text's shared), with the
 * kinds and types among them and the quick tests' bytes. */
static struct rc_wordings *
token_wordings(const rc_ctx *rc, size_t i)
{
	struct rc_wordings *wd = &rc->wordings[i];
	const struct rc_wordings *same;

	if (wd->n != UINT32_MAX)
		return wd;
	same = rc->same && rc->same[i] != i ? &rc->wordings[rc->same[i]] : NULL;
	wd->end = NULL;
	if (same && same->n != UINT32_MAX) {
		/* the same text was looked up before */
		wd->v = same->v;
		wd->n = same->n;
		wd->kinds = same->kinds;
		wd->whats = same->whats;
		memcpy(wd->kfirst, same->kfirst, sizeof wd->kfirst);
		memcpy(wd->kend, same->kend, sizeof wd->kend);
	} else {
		wd->v = NULL;
		wd->n = (uint32_t)ncg_lexicon_wordings_at(rc->lex, rc->s + rc->tok[i].b,
		                                         rc->tok[i].e - rc->tok[i].b, &wd->v);
		wd->kinds = wd->whats = 0;
		for (size_t c = 0; c < wd->n; c++) {
			unsigned k = wd->v[c].kind;

			if (wd->n < UINT16_MAX) {
				if (!(wd->kinds & 1u << k))
					wd->kfirst[k] = (uint16_t)c;
				wd->kend[k] = (uint16_t)(c + 1);
			}
			wd->kinds |= 1u << k;
			wd->whats |= 1u << wd->v[c].what;
		}
	}
	wd->word_len = wd->n ? ascii_word_len(rc->s, rc->tok[i].b) : UINT32_MAX;
	wd->next_byte = ascii_next_byte(rc->s, rc->tok[i].b, wd->word_len);
	if (wd->n) {
		/* RC_END_UNKNOWN is all bits set: every byte 0xFF (speed
		 * only: not zeroed first, then not written word by word) */
		_Static_assert(RC_END_UNKNOWN == UINT32_MAX, "RC_END_UNKNOWN is all ones");
		wd->end = ncg_arena_alloc_raw(rc->arena, wd->n * sizeof *wd->end);
		if (wd->end)
			memset(wd->end, 0xFF, wd->n * sizeof *wd->end);
	}
	return wd;
}

/* The token after the match of wording c of wd (token i's) within lim,
 * or 0: the end kept for no limit when there is one (wd->end). */
static size_t
wording_end(const rc_ctx *rc, size_t i, size_t lim, struct rc_wordings *wd, size_t c)
{
	uint32_t u;

	if (!wd->end)
		return lex_match(rc, i, lim, &wd->v[c]);
	u = wd->end[c];
	if (u == RC_END_UNKNOWN)
		u = wd->end[c] = lex_end(rc, i, &wd->v[c], wd);
	if (u == RC_END_RECHECK)
		return lex_match(rc, i, lim, &wd->v[c]);
	return u <= lim ? u : 0;
}

/* The wordings of wd that may be of the kinds asked (bits, some of
 * wd->kinds): [*from, *to), the span from the first wording of the first
 * kind to the last of the last; all of them when the spans are unset
 * (speed only: the others fail the kind test). */
static void
kind_span(const struct rc_wordings *wd, unsigned bits, size_t *from, size_t *to)
{
	*from = 0;
	*to = wd->n;
	if (wd->n >= UINT16_MAX || bits == 0 || (bits >> NCG_LEX__COUNT) != 0)
		return;
	*from = wd->kfirst[__builtin_ctz(bits)];
	*to = wd->kend[__builtin_ctz(bits)];
	for (bits &= bits - 1; bits; bits &= bits - 1) {
		unsigned k = (unsigned)__builtin_ctz(bits);

		if (wd->kfirst[k] < *from)
			*from = wd->kfirst[k];
		if (wd->kend[k] > *to)
			*to = wd->kend[k];
	}
}

const ncg_lex_wording *
rc_lex_longest_at(const rc_ctx *rc, size_t i, size_t lim, unsigned kinds,
                  unsigned whats, size_t *end)
{
	const ncg_lex_wording *best = NULL;
	struct rc_wordings *wd;
	size_t best_end = 0, from, to;

	if (i >= lim || rc->tok[i].kind == NCG_TOK_PUNCT)
		return NULL;
	wd = token_wordings(rc, i);
	if (!(kinds & wd->kinds) || !(whats & wd->whats))
		return NULL;
	kind_span(wd, kinds & wd->kinds, &from, &to);
	for (size_t c = from; c < to; c++) {
		const ncg_lex_wording *w = &wd->v[c];
		size_t e;

		if (!(kinds & (1u << w->kind)) || !(whats & (1u << w->what)))
			continue;
		if (!(e = wording_end(rc, i, lim, wd, c)))
			continue;
		if (e > best_end || (e == best_end && best && w->what < best->what)) {
			best = w;
			best_end = e;
		}
	}
	if (best)
		*end = best_end;
	return best;
}

/* rc_wl_match past its first test (recognise_internal.h: the test is
 * inlined in the callers, and most calls end there) */
size_t
rc_wl_match_words(const rc_ctx *rc, size_t i, size_t lim, ncg_wordlist wl, int exact)
{
	const ncg_strlist *l;
	size_t best = 0;
	const unsigned char *t;
	size_t tn;

	l = ncg_lexicon_words_at(rc->lex, wl, rc->s + rc->tok[i].b);
	t = (const unsigned char *)rc->s + rc->tok[i].b;
	tn = i < rc->ntok ? rc->tok[i].e - rc->tok[i].b : 0;
	for (size_t k = 0; k < l->n; k++) {
		const unsigned char *w = (const unsigned char *)l->v[k];
		size_t e;

		/* the words that rc_match rejects on their first two bytes,
		 * without the call (speed only): the first as rc_match does;
		 * the second when the first two of both are ASCII and inside
		 * the token, where rc_match compares them byte by byte */
		if (w[0] < 0x80 && t[0] < 0x80 && w[0] != ' ' && w[0] != '\'' && w[0] != '-' &&
		    w[0] != t[0] && (exact || ncg_ascii_fold(w[0]) != ncg_ascii_fold(t[0])))
			continue;
		if (tn >= 2 && w[0] < 0x80 && t[0] < 0x80 && w[0] != ' ' && w[1] && w[1] != ' ' &&
		    w[1] < 0x80 && t[1] < 0x80 && w[1] != t[1] &&
		    (exact || ncg_ascii_fold(w[1]) != ncg_ascii_fold(t[1])))
			continue;
		e = rc_match(rc, i, lim, l->v[k], exact);
		if (e > best)
			best = e;
	}
	return best;
}

int
rc_country_prefix_at(const rc_ctx *rc, size_t i, size_t lim, const char **keys,
                     size_t *end)
{
	int n = 0;
	size_t j = i;

	while (n < 2 && j < lim) {
		size_t e;
		const ncg_lex_wording *w = rc_lex_longest(rc, j, lim, 1u << NCG_LEX_COUNTRY,
		                                          RC_COUNTRY_PREFIX_WHATS, &e);

		if (!w)
			break;
		if (n == 0 || strcmp(keys[0], w->entry->key) != 0)
			keys[n++] = w->entry->key;
		j = e;
		/* "U.S.-ROK", "ROK-U.S.", "U.S.–ROK" */
		if ((rc_hyphen(rc, j) ||
		     rc_punct(rc, j, "/")) && rc_adjacent(rc, j) && rc_adjacent(rc, j + 1)) {
			j++;
			continue;
		}
		break;
	}
	if (n)
		*end = j;
	return n;
}

int
rc_in_title(const rc_ctx *rc, size_t s)
{
	return rc->head.has_title && rc->sent[s].b >= rc->head.title_b &&
	       rc->sent[s].e <= rc->head.title_e;
}

ncg_status
rc_add(rc_ctx *rc, ncg_mention_kind kind, uint32_t sent, size_t t0, size_t t1,
       ncg_mention **out)
{
	void *p = rc->m, *c = rc->cover;
	ncg_mention *m;
	size_t e = t1 < rc->ntok ? t1 : rc->ntok;

	*out = NULL;
	if (rc->nm >= UINT32_MAX || rc->ncover + (e > t0 ? e - t0 : 0) >= UINT32_MAX)
		return NCG_ERR_NOMEM;
	NCG_TRY(ncg_grow(&p, &rc->capm, rc->nm + 1, sizeof *rc->m));
	rc->m = p;
	if (e > t0)
		NCG_TRY(ncg_grow(&c, &rc->capcover, rc->ncover + (e - t0), sizeof *rc->cover));
	rc->cover = c;
	for (size_t t = t0; t < e; t++) {
		rc->cover[rc->ncover].m = (uint32_t)rc->nm;
		rc->cover[rc->ncover].next = rc->cover_head[t];
		rc->cover_head[t] = (uint32_t)++rc->ncover;
	}
	m = &rc->m[rc->nm++];
	memset(m, 0, sizeof *m);
	m->kind = kind;
	m->sent = sent;
	m->t0 = (uint32_t)t0;
	m->t1 = (uint32_t)t1;
	*out = m;
	return NCG_OK;
}

void
rc_claim(rc_ctx *rc, size_t t0, size_t t1, int what)
{
	for (size_t i = t0; i < t1 && i < rc->ntok; i++)
		rc->claim[i] |= (uint8_t)what;
}

const rc_acronym *
rc_acronym_at_paren(const rc_ctx *rc, size_t p)
{
	for (size_t i = 0; i < rc->nacr; i++)
		if (rc->acr[i].p0 == p)
			return &rc->acr[i];
	return NULL;
}

const rc_acronym *
rc_acronym_def(const rc_ctx *rc, const char *s, size_t n)
{
	for (size_t i = 0; i < rc->nacr; i++)
		if (strlen(rc->acr[i].acronym) == n && memcmp(rc->acr[i].acronym, s, n) == 0)
			return &rc->acr[i];
	return NULL;
}

ncg_mention *
rc_mention_at(const rc_ctx *rc, ncg_mention_kind kind, size_t i)
{
	/* the mentions covering token i, newest first: not every mention of
	 * the statement for every question (issue 7) */
	if (i >= rc->ntok)
		return NULL;
	for (uint32_t r = rc->cover_head[i]; r; r = rc->cover[r - 1].next)
		if (rc->m[rc->cover[r - 1].m].kind == kind)
			return &rc->m[rc->cover[r - 1].m];
	return NULL;
}

ncg_status
rc_key(rc_ctx *rc, const char *kind, const char *name, const char **out)
{
	char slug[256];
	size_t n = ncg_slug(name, strlen(name), slug, sizeof slug);

	if (n == 0) {
		unsigned long h = 5381;

		for (const char *p = name; *p; p++)
			h = h * 33 + (unsigned char)*p;
		snprintf(slug, sizeof slug, "x%08lx", h & 0xffffffffUL);
	}
	return rc_printf(rc, out, "%s/%s", kind, slug);
}

/* ---- English words ------------------------------------------------------ */

static const char *const MONTH_ABBR[13] = {
	"", "Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.",
	"Sep.", "Oct.", "Nov.", "Dec."
};

/* The month that the text of token i < ntok names, by its name or an
 * abbreviation with its period: "March", "MARCH", "Mar.", "Sept."; 0 if
 * none (the text alone: its case flags are rc_month_at's test) */
static int
month_of_text(const rc_ctx *rc, size_t i)
{
	unsigned f;

	/* every month and abbreviation below starts with one of these
	 * letters, in either case: other words are rejected here, before
	 * the two dozen comparisons (speed only) */
	f = (unsigned char)rc->s[rc->tok[i].b];
	f = ncg_ascii_fold(f);
	/* f in "jfmasond", as a bit test */
	if (f - 'a' >= 26u || !((1u << ('j' - 'a') | 1u << ('f' - 'a') | 1u << ('m' - 'a') |
	                         1u << ('a' - 'a') | 1u << ('s' - 'a') | 1u << ('o' - 'a') |
	                         1u << ('n' - 'a') | 1u << ('d' - 'a')) >> (f - 'a') & 1u))
		return 0;
	for (int m = 1; m <= 12; m++)
		if ((unsigned)NCG_MONTH_NAMES[m][0] + 32 == f &&
		    (rc_ieq(rc, i, NCG_MONTH_NAMES[m]) || rc_is(rc, i, MONTH_ABBR[m]) ||
		     (m == 9 && rc_is(rc, i, "Sept.")) ||
		     /* rules100: a cable in capitals ("AUG. 22", "SEPT. 5") */
		     ((rc->tok[i].flags & NCG_TF_UPPER) &&
		      (rc_ieq(rc, i, MONTH_ABBR[m]) || (m == 9 && rc_ieq(rc, i, "Sept."))))))
			return m;
	return 0;
}

int
rc_month_at(const rc_ctx *rc, size_t i)
{
	int m;

	if (!rc_cap(rc, i) && !(i < rc->ntok && (rc->tok[i].flags & NCG_TF_UPPER)))
		return 0;
	if (!rc->month) {
		m = month_of_text(rc, i);
	} else {
		/* the text's reading is the same at each of its tokens */
		size_t k = rc->same ? rc->same[i] : i;

		if (rc->month[k] == RC_MONTH_UNKNOWN)
			rc->month[k] = (uint8_t)month_of_text(rc, k);
		m = rc->month[k];
	}
	if (m)
		return m;
	/* "Aug 26, 2025": an abbreviation without its period, before a day */
	if (i + 1 < rc->ntok && rc->tok[i + 1].kind == NCG_TOK_NUMBER &&
	    rc->tok[i].e - rc->tok[i].b == 3)
		for (int a = 1; a <= 12; a++)
			if ((strncmp(rc->s + rc->tok[i].b, MONTH_ABBR[a], 3) == 0 ||
			     /* rules100: "DATED SEP 29" (a cable in capitals):
			      * the full name's first three letters */
			     ((rc->tok[i].flags & NCG_TF_UPPER) &&
			      strncasecmp(rc->s + rc->tok[i].b, NCG_MONTH_NAMES[a], 3) == 0)) &&
			    a != 5)
				return a;
	/* rules15: "Published : Sept 25, 2019": the four-letter form too */
	if (i + 1 < rc->ntok && rc->tok[i + 1].kind == NCG_TOK_NUMBER &&
	    (rc_is(rc, i, "Sept") || ((rc->tok[i].flags & NCG_TF_UPPER) && rc_ieq(rc, i, "Sept"))))
		return 9;
	return 0;
}

int
rc_weekday_at(const rc_ctx *rc, size_t i)
{
	return ncg_doc_tok_weekday(rc->doc, i);
}

/* The number tokenised as rc->tok[i], read as an ordinal ("4th", "56th",
 * "1st", "22nd", "3rd"); 0 if it is none. */
static int
read_numeric_ordinal(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b, d = 0;
	long v = 0;

	while (d < n && isdigit((unsigned char)w[d]) && d < 6)
		v = v * 10 + (w[d++] - '0');
	/* "the 50" whose "th" a PDF set on a line of its own (segment.c) */
	if (d == n && (rc->tok[i].flags & NCG_TF_SUPER_ORDINAL))
		return v > 0 ? (int)v : 0;
	if (d == 0 || !ncg_doc_ordinal_suffix(rc->doc, w + d, n - d, 1))
		return 0;
	return v > 0 && v < 10000 ? (int)v : 0;
}

int
rc_ordinal_word(const rc_ctx *rc, size_t i, size_t *end)
{
	if (i >= rc->ntok || rc->tok[i].kind == NCG_TOK_PUNCT)
		return 0;
	*end = i + 1;
	if (rc->tok[i].kind == NCG_TOK_NUMBER)
		return read_numeric_ordinal(rc, i);
	if (rc_wl_ci(rc, i, NCG_WL_INAUGURAL_WORD))         /* "inaugural" */
		return 1;
	return ncg_doc_tok_ordinal_word(rc->doc, i);
}

/* ---- the driver ----------------------------------------------------------- */

const char *
ncg_mention_kind_name(ncg_mention_kind k)
{
	static const char *const NAMES[NCG_M__COUNT] = {
		"country", "place", "body", "official", "date", "period", "meeting",
		"workstream", "asset", "activity", "document"
	};

	return (unsigned)k < NCG_M__COUNT ? NAMES[k] : "?";
}

/* rules175: a table row that lists one side's attendants, its first
 * cell a delegation's heading ("U.S. side: | Chief of Staff Andrew Card,
 * ... |", a MOFA summary's table of attendees rendered as a row): a
 * lex:delegationNoun, a colon, then the row's first " | ".  Prose, not
 * furniture, though it holds " | ". */
static int
side_heading_row(const rc_ctx *rc, const ncg_block *blk)
{
	for (size_t i = blk->t0 + 1; i + 2 < blk->t1 && i < blk->t0 + 6; i++)
		if (rc_punct(rc, i, ":"))
			return rc_wl_ci(rc, i - 1, NCG_WL_DELEGATION_NOUN) && rc_punct(rc, i + 1, "|");
	return 0;
}

/* Which sentences the recognisers read: every line but page furniture
 * (officials are named on head lines too: "Attributed to Press Secretary
 * Maj. Gen. Pat Ryder:"). */
static void
mark_body_sentences(rc_ctx *rc)
{
	const ncg_block *blk = ncg_doc_blocks(rc->doc);
	size_t nb = ncg_doc_nblocks(rc->doc);

	for (size_t b = 0; b < nb; b++) {
		/* furniture, and page metadata in fields: "Writer : Public
		 * Affairs Office | Date : 2025-01-11 | Hits : 877" */
		int banner = blk[b].t1 > blk[b].t0 &&
		             ncg_doc_wl_at(rc->doc, rc->lex, NCG_WL_FURNITURE_START, blk[b].t0,
		                           blk[b].t1);
		int furniture = (!blk[b].prose &&
		                 (ncg_lexicon_has_word_ci(rc->lex, NCG_WL_FURNITURE,
		                                          rc->s + blk[b].b, blk[b].e - blk[b].b) ||
		                  (memmem(rc->s + blk[b].b, blk[b].e - blk[b].b, " | ", 3) &&
		                   !side_heading_row(rc, &blk[b])))) || banner;

		rc->furniture[b] = banner ? RC_BANNER : (uint8_t)furniture;

		for (uint32_t s = blk[b].s0; s < blk[b].s1; s++)
			rc->body_sent[s] = !furniture;
	}
}

/* rules75: a released document's page markings (lex:pageMarking, exact
 * case: "CONFIDENTIAL", "RELEASE IN FULL", "PAGE" and its number, as
 * "CONFIDENTIAL PAGE 02 SEOUL 06928" between a declassified cable's
 * pages) are page furniture inside the text: claimed, so that no name
 * runs across them and none is made of them. */
static void
claim_page_markings(rc_ctx *rc)
{
	for (size_t i = 0; i < rc->ntok; i++) {
		size_t e = rc_wl_match(rc, i, rc->ntok, NCG_WL_PAGE_MARKING, 1);

		if (!e)
			continue;
		if (e < rc->ntok && rc->tok[e].kind == NCG_TOK_NUMBER)
			e++;            /* the page's number */
		rc_claim(rc, i, e, RC_CLAIM_MARKING);
		i = e - 1;
	}
}

/* A mention's place in its sentence, for sorting with plain qsort. */
typedef struct {
	uint32_t sent, t0, t1;
	size_t idx;
} position;

/* By sentence, then start, then longest first, then order of finding. */
static int
cmp_position(const void *a, const void *b)
{
	const position *x = a, *y = b;

	if (x->sent != y->sent)
		return x->sent < y->sent ? -1 : 1;
	if (x->t0 != y->t0)
		return x->t0 < y->t0 ? -1 : 1;
	if (x->t1 != y->t1)
		return x->t1 > y->t1 ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static ncg_status
index_sentences(ncg_mentions *ms)
{
	rc_ctx *rc = &ms->rc;
	position *pos = malloc((rc->nm + 1) * sizeof *pos);
	size_t s;

	ms->by_sent = malloc((rc->nm + 1) * sizeof *ms->by_sent);
	ms->sent_start = malloc((rc->nsent + 2) * sizeof *ms->sent_start);
	if (!pos || !ms->by_sent || !ms->sent_start) {
		free(pos);
		return NCG_ERR_NOMEM;
	}
	for (size_t i = 0; i < rc->nm; i++)
		pos[i] = (position){rc->m[i].sent, rc->m[i].t0, rc->m[i].t1, i};
	if (rc->nm > 1)
		qsort(pos, rc->nm, sizeof *pos, cmp_position);
	for (size_t i = 0; i < rc->nm; i++)
		ms->by_sent[i] = pos[i].idx;
	free(pos);
	for (s = 0, ms->sent_start[0] = 0; s <= rc->nsent; s++) {
		size_t k = ms->sent_start[s];

		while (k < rc->nm && rc->m[ms->by_sent[k]].sent == s)
			k++;
		ms->sent_start[s + 1] = k;
	}
	return NCG_OK;
}

/* The recognisers, in order (see recognise_internal.h for why). */
static ncg_status
run_recognisers(rc_ctx *rc)
{
	NCG_TRY(rc_acronyms(rc));
	NCG_TRY(rc_bodies(rc));
	NCG_TRY(rc_head(rc));
	NCG_TRY(rc_officials(rc));
	NCG_TRY(rc_dates(rc));
	NCG_TRY(rc_cable_officials(rc));
	NCG_TRY(rc_meetings(rc));
	NCG_TRY(rc_places(rc));
	NCG_TRY(rc_workstreams(rc));
	NCG_TRY(rc_assets(rc));
	return rc_activities(rc);
}

/* Set up rc for doc and lex: its per-token and per-sentence arrays and
 * its arena.  NCG_ERR_NOMEM leaves what it allocated for
 * ncg_mentions_free. */
static ncg_status
ctx_init(rc_ctx *rc, const ncg_doc *doc, const ncg_lexicon *lex)
{
	rc->doc = doc;
	rc->lex = lex;
	rc->s = ncg_text_str(ncg_doc_text(doc));
	rc->tok = ncg_doc_tokens(doc);
	rc->ntok = ncg_doc_ntokens(doc);
	rc->sent = ncg_doc_sentences(doc);
	rc->nsent = ncg_doc_nsentences(doc);
	rc->arena = ncg_arena_new();
	rc->claim = calloc(rc->ntok + 1, 1);
	rc->cover_head = calloc(rc->ntok + 1, sizeof *rc->cover_head);
	rc->body_sent = calloc(rc->nsent + 1, 1);
	rc->furniture = calloc(ncg_doc_nblocks(doc) + 1, 1);
	rc->wordings = malloc((rc->ntok + 1) * sizeof *rc->wordings);
	if (!rc->arena || !rc->claim || !rc->cover_head || !rc->body_sent || !rc->furniture ||
	    !rc->wordings)
		return NCG_ERR_NOMEM;
	for (size_t t = 0; t <= rc->ntok; t++)
		rc->wordings[t].n = UINT32_MAX;
	/* speed only: without it, each question looks the token up */
	rc->tok_lists = calloc(2 * (rc->ntok + 1), sizeof *rc->tok_lists);
	if ((rc->month = malloc(rc->ntok + 1)) != NULL)
		memset(rc->month, RC_MONTH_UNKNOWN, rc->ntok + 1);
	rc->activity_tail = calloc(rc->ntok + 1, 1);
	rc->period = calloc(rc->ntok + 1, 1);
	rc->wls = ncg_doc_wls(doc, lex);
	rc->same = ncg_doc_same_text(doc);
	rc->publisher = -1;
	rc->dateline_place = -1;
	rc->month_last = rc->month_other = SIZE_MAX;
	rc_read_wire_home(rc);
	return ncg_cable_in_capitals(doc, lex, &rc->cable_caps);
}

/* Free what serves recognising only: the coverage lists and the
 * per-token caches of months, activity tails and period words. */
static void
drop_recognising_state(rc_ctx *rc)
{
	free(rc->cover_head);
	free(rc->cover);
	free(rc->month);
	free(rc->activity_tail);
	free(rc->period);
	rc->cover_head = NULL;
	rc->cover = NULL;
	rc->month = NULL;
	rc->activity_tail = NULL;
	rc->period = NULL;
	rc->ncover = rc->capcover = 0;
}

ncg_status
ncg_recognise(const ncg_doc *doc, const ncg_lexicon *lex, ncg_mentions **out,
              ncg_error *err)
{
	ncg_mentions *ms = calloc(1, sizeof *ms);
	rc_ctx *rc;
	ncg_status st;

	*out = NULL;
	if (!ncg_lexicon_is_indexed(lex)) {
		free(ms);
		return ncg_error_set(err, NCG_ERR_INTERNAL, ncg_text_name(ncg_doc_text(doc)),
		                     0, 0, -1, "the lexicon is not indexed (ncg_lexicon_index)");
	}
	if (!ms || ctx_init(&ms->rc, doc, lex) != NCG_OK) {
		ncg_mentions_free(ms);
		return ncg_error_set(err, NCG_ERR_NOMEM, ncg_text_name(ncg_doc_text(doc)), 0, 0,
		                     -1, "out of memory");
	}
	rc = &ms->rc;
	mark_body_sentences(rc);
	claim_page_markings(rc);
	st = run_recognisers(rc);
	drop_recognising_state(rc);
	if (st == NCG_OK)
		st = index_sentences(ms);
	if (st != NCG_OK) {
		ncg_mentions_free(ms);
		return ncg_error_set(err, st, ncg_text_name(ncg_doc_text(doc)), 0, 0, -1,
		                     "%s", ncg_strerror(st));
	}
	rc->head.publisher = rc->publisher >= 0 ? &rc->m[rc->publisher] : NULL;
	rc->head.dateline_place = rc->dateline_place >= 0 ? &rc->m[rc->dateline_place] : NULL;
	*out = ms;
	return NCG_OK;
}

void
ncg_mentions_free(ncg_mentions *ms)
{
	if (!ms)
		return;
	ncg_arena_free(ms->rc.arena);
	free(ms->rc.m);
	free(ms->rc.claim);
	free(ms->rc.cover_head);
	free(ms->rc.cover);
	free(ms->rc.wordings);
	free(ms->rc.tok_lists);
	free(ms->rc.body_sent);
	free(ms->rc.furniture);
	free(ms->rc.acr);
	free(ms->rc.alias);
	free(ms->rc.bacr);
	free(ms->by_sent);
	free(ms->sent_start);
	free(ms);
}

size_t
ncg_mentions_count(const ncg_mentions *ms)
{
	return ms->rc.nm;
}

const ncg_mention *
ncg_mentions_at(const ncg_mentions *ms, size_t i)
{
	return i < ms->rc.nm ? &ms->rc.m[i] : NULL;
}

const ncg_head *
ncg_mentions_head(const ncg_mentions *ms)
{
	return &ms->rc.head;
}

int
ncg_mentions_cable_in_capitals(const ncg_mentions *ms)
{
	return ms->rc.cable_caps;
}

size_t
ncg_mentions_in_sentence(const ncg_mentions *ms, uint32_t s, const size_t **idx)
{
	if (s >= ms->rc.nsent) {
		*idx = NULL;
		return 0;
	}
	*idx = ms->by_sent + ms->sent_start[s];
	return ms->sent_start[s + 1] - ms->sent_start[s];
}

/* Is the mention a meeting series: a body whose name ends in a
 * lex:seriesHead ("the Security Consultative Meeting" read as a body)?
 * Another body ("the Philippine Army") is no meeting.  Shared by
 * meeting.c and roles.c. */
int
ncg_mention_is_series(const ncg_doc *doc, const ncg_lexicon *lex, const ncg_mention *m)
{
	if (m->kind != NCG_M_BODY || !m->key)
		return 0;
	for (size_t i = m->t0; i < m->t1; i++)
		if (ncg_doc_wl_at(doc, lex, NCG_WL_SERIES_HEAD, i, m->t1) == m->t1)
			return 1;
	return 0;
}
