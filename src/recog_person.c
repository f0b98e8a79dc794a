/* ncgkg: recognising officials: names, honorifics and titles. */
#include "config.h"

#include <string.h>

#include "ncgkg/strmap.h"
#include "recognise_internal.h"

static const char *const TITLE_CONNECTORS[] = {
	"of", "for", "and", "the", "on", "at", "to", "in", "&", NULL
};

/* Words that open a title written as a clause: "who is performing the
 * duties of ...", "acting as ...". */
static const char *const WHO_SKIP[] = {
	"who", "is", "was", "serves", "served", "as", "currently", "also", "now", NULL
};

static size_t
honorific_at(const rc_ctx *rc, size_t i, size_t lim, int *office)
{
	size_t c = rc_wl_match(rc, i, lim, NCG_WL_COURTESY, 1);
	size_t o = rc_wl_match(rc, i, lim, NCG_WL_OFFICE, 1);

	*office = o > c;
	return o > c ? o : c;
}

/* Is token i a title head, or a hyphenated word with one
 * ("Director-General", "Vice-Minister")? */
static int
title_head(const rc_ctx *rc, size_t i)
{
	const char *w;
	size_t n;

	if (rc_wl(rc, i, NCG_WL_TITLE_HEAD))
		return 1;
	if (i >= rc->ntok || rc->tok[i].kind != NCG_TOK_WORD)
		return 0;
	w = rc->s + rc->tok[i].b;
	n = rc->tok[i].e - rc->tok[i].b;
	for (size_t a = 0; a < n;) {
		size_t m = 0;

		while (a + m < n && w[a + m] != '-')
			m++;
		if (m < n && ncg_lexicon_has_word(rc->lex, NCG_WL_TITLE_HEAD, w + a, m))
			return 1;
		a += m + 1;
	}
	return 0;
}

static int
title_ish(const rc_ctx *rc, size_t i)
{
	size_t e;

	if (rc_wl(rc, i, NCG_WL_TITLE_WORD) || title_head(rc, i) ||
	    rc_claimed(rc, i, i + 1, RC_CLAIM_BODY))
		return 1;
	/* the object of "of"/"for" in a title: "Secretary of War" */
	if (i >= 2 && rc_cap(rc, i) && (rc_is(rc, i - 1, "of") || rc_is(rc, i - 1, "for")) &&
	    title_head(rc, i - 2))
		return 1;
	return rc_country_prefix(rc, i, i + 1, (const char *[2]){NULL, NULL}, &e) > 0;
}

static int
name_token(const rc_ctx *rc, size_t i, size_t lim)
{
	const ncg_token *t;

	if (i >= lim || rc_claimed(rc, i, i + 1, RC_CLAIM_BODY | RC_CLAIM_NAME))
		return 0;
	t = &rc->tok[i];
	if (t->kind != NCG_TOK_WORD)
		return 0;
	if (t->flags & NCG_TF_DOTTED)          /* only an initial: "R." */
		return t->e - t->b == 2 && (t->flags & NCG_TF_CAP);
	if (t->flags & NCG_TF_UPPER)           /* "CHO Chang-rae", not "NCG" */
		return rc_cap(rc, i + 1) && !(rc->tok[i + 1].flags & NCG_TF_UPPER) &&
		       !rc_lex_longest(rc, i, i + 1, ~0u, ~0u, &(size_t){0});
	if (!(t->flags & NCG_TF_CAP))
		return 0;
	if (rc_wl(rc, i, NCG_WL_SENTENCE_INITIAL) || rc_month_at(rc, i) ||
	    rc_wl(rc, i, NCG_WL_COURTESY) || rc_wl(rc, i, NCG_WL_BODY_HEAD) ||
	    rc_wl(rc, i, NCG_WL_TITLE_HEAD) || rc_wl(rc, i, NCG_WL_DOCUMENT_HEAD) ||
	    rc_wl(rc, i, NCG_WL_NAME_SUFFIX))
		return 0;
	return 1;
}

/* A personal name at j: capitalised words and initials, an optional
 * suffix ("Joseph R. Biden, Jr."), ending before a possessive.  Returns
 * the end, and the number of name words in *count. */
static size_t
parse_name(const rc_ctx *rc, size_t j, size_t lim, int *count)
{
	size_t k = j;
	int n = 0;

	while (k < lim && n < 5 && name_token(rc, k, lim)) {
		k++;
		n++;
		if (rc_apostrophe_s(rc, k))
			break;
		/* a place or country right after a name is not part of it */
		if (n >= 2 && rc_lex_longest(rc, k, lim,
		        (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_PLACE),
		        (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) | (1u << NCG_LEXW_ACRONYM),
		        &(size_t){0}))
			break;
	}
	*count = n;
	if (n == 0)
		return j;
	if (rc_apostrophe_s(rc, k))
		return k;
	if (rc_punct(rc, k, ",") && rc_wl(rc, k + 1, NCG_WL_NAME_SUFFIX))
		return k + 2;
	if (rc_wl(rc, k, NCG_WL_NAME_SUFFIX))
		return k + 1;
	return k;
}

static int
has_cap_title_head(const rc_ctx *rc, size_t t0, size_t t1)
{
	for (size_t i = t0; i < t1; i++)
		if (rc_cap(rc, i) && title_head(rc, i))
			return 1;
	return 0;
}

/* A title head in any case ("coordinator for Indo-Pacific affairs", as
 * wire services write titles) within the first words of [t0, t1). */
static int
has_title_head_ci(const rc_ctx *rc, size_t t0, size_t t1)
{
	for (size_t i = t0; i < t1 && i < t0 + 8; i++)
		if (rc_wl_ci(rc, i, NCG_WL_TITLE_HEAD))
			return 1;
	return 0;
}

/* A title in apposition after a name ending at k: ", TITLE," or ", who is
 * TITLE".  Sets [*t0, *t1) and returns 1, or returns 0. */
static int
appositive_title(const rc_ctx *rc, size_t k, size_t lim, size_t *t0, size_t *t1)
{
	size_t j, e;
	int office;

	/* the name in another script between name and title: "Cho Chang Lae
	 * (조창래), ROK Deputy Minister" (issue 11) */
	if (rc_punct(rc, k, "(")) {
		for (e = k + 1; e < lim && e < k + 6 && !rc_punct(rc, e, ")"); e++)
			;
		if (e < lim && rc_punct(rc, e, ")"))
			k = e + 1;
	}
	if (!rc_punct(rc, k, ","))
		return 0;
	j = k + 1;
	if (rc_is(rc, j, "who"))
		while (j < lim && rc_in(rc, j, WHO_SKIP))
			j++;
	for (e = j; e < lim; e++) {
		if (rc_punct(rc, e, ";") || rc_punct(rc, e, ".") || rc_punct(rc, e, ")") ||
		    rc_punct(rc, e, ":") || rc_punct(rc, e, "\xE2\x80\x94"))
			break;
		if (rc_punct(rc, e, "(")) {
			while (e < lim && !rc_punct(rc, e, ")"))
				e++;
			if (e >= lim)
				break;    /* unclosed: the title ends with the sentence */
			continue;
		}
		if (rc_punct(rc, e, ",")) {
			/* "Commander, U.S. Forces Korea": a bare head noun goes on */
			if (e == j + 1 && rc_wl(rc, j, NCG_WL_TITLE_HEAD) && rc_cap(rc, e + 1))
				continue;
			break;
		}
		if (rc_is(rc, e, "and") && honorific_at(rc, e + 1, lim, &office))
			break;
		if (rc_claimed(rc, e, e + 1, RC_CLAIM_NAME))
			break;
	}
	if (e <= j || e - j > 30)
		return 0;
	/* a capitalised title, a "who is" clause, or a lower-case title with
	 * a title head near its start */
	if (rc_lower(rc, j) && j == k + 1)
		return has_title_head_ci(rc, j, e) ? (*t0 = j, *t1 = e, 1) : 0;
	if (!has_cap_title_head(rc, j, e))
		return 0;
	*t0 = j;
	*t1 = e;
	return 1;
}

/* A title written before the name (and honorific) starting at i:
 * "ROK Deputy Minister for National Defense Policy Dr. Cho". */
static int
preposed_title(const rc_ctx *rc, size_t s0, size_t i, size_t *t0, size_t *t1)
{
	size_t j = i;

	while (j > s0) {
		size_t p = j - 1;

		if (rc_claimed(rc, p, j, RC_CLAIM_NAME | RC_CLAIM_TITLE))
			break;
		if (rc_cap(rc, p) || (rc->tok[p].flags & NCG_TF_UPPER)) {
			if (!title_ish(rc, p))
				break;
			j = p;
			continue;
		}
		if ((rc_punct(rc, p, "-") || rc_punct(rc, p, "\xE2\x80\x93")) && rc_adjacent(rc, p) &&
		    rc_adjacent(rc, j)) {
			j = p;
			continue;
		}
		if (rc_in(rc, p, TITLE_CONNECTORS) && !rc_is(rc, p, "and") && p > s0 &&
		    (rc_cap(rc, p - 1) || rc_in(rc, p - 1, TITLE_CONNECTORS)) &&
		    !rc_claimed(rc, p - 1, p, RC_CLAIM_NAME)) {
			j = p;
			continue;
		}
		break;
	}
	/* not the words before the title ("During", "the"), but a title word
	 * that could also begin a sentence stays ("Under Secretary") */
	while (j < i && (rc_in(rc, j, TITLE_CONNECTORS) ||
	                 (rc_wl(rc, j, NCG_WL_SENTENCE_INITIAL) &&
	                  !rc_wl(rc, j, NCG_WL_TITLE_WORD))))
		j++;
	if (j >= i || !has_cap_title_head(rc, j, i))
		return 0;
	*t0 = j;
	*t1 = i;
	return 1;
}

/* Fill in an official's title, affiliation and country from its title
 * span [t0, t1). */
static ncg_status
read_title(rc_ctx *rc, ncg_mention *m, size_t t0, size_t t1)
{
	NCG_TRY(rc_span(rc, t0, t1, &m->official.title));
	m->official.title_t0 = (uint32_t)t0;
	m->official.title_t1 = (uint32_t)t1;
	rc_claim(rc, t0, t1, RC_CLAIM_TITLE);
	for (size_t i = t0; i < t1; i++) {
		ncg_mention *b = rc_mention_at(rc, NCG_M_BODY, i);
		const char *keys[2] = {NULL, NULL};
		size_t e;

		if (b && !m->official.affiliation)
			m->official.affiliation = b->key;
		if (b && !m->official.country && b->body.country[0] && !b->body.country[1])
			m->official.country = b->body.country[0];
		if (!b && !m->official.country && rc_country_prefix(rc, i, t1, keys, &e) == 1)
			m->official.country = keys[0];
	}
	return NCG_OK;
}

static ncg_status
add_official(rc_ctx *rc, uint32_t s, size_t a0, size_t n0, size_t n1, size_t a1,
             ncg_mention **out)
{
	ncg_mention *m;
	const ncg_lex_entry *le;

	NCG_TRY(rc_add(rc, NCG_M_OFFICIAL, s, a0, a1, &m));
	/* the name without a possessive or suffix comma */
	NCG_TRY(rc_span(rc, n0, n1, &m->name));
	if (n0 > a0)
		NCG_TRY(rc_span(rc, a0, n0, &m->official.honorific));
	le = ncg_lexicon_by_wording(rc->lex, NCG_LEX_OFFICIAL, m->name, strlen(m->name));
	if (le) {
		m->lex = le;
		m->key = le->key;
	} else {
		NCG_TRY(rc_key(rc, "official", m->name, &m->key));
	}
	rc_claim(rc, a0, a1, RC_CLAIM_NAME);
	*out = m;
	return NCG_OK;
}

/* "of the Republic of Korea" after a name gives the country. */
static size_t
of_country(rc_ctx *rc, ncg_mention *m, size_t k, size_t lim)
{
	const char *keys[2] = {NULL, NULL};
	size_t j = k, e;

	if (!rc_is(rc, j, "of"))
		return k;
	j++;
	if (rc_is(rc, j, "the"))
		j++;
	if (rc_country_prefix(rc, j, lim, keys, &e) == 1 &&
	    !rc_lex_longest(rc, e, lim, 1u << NCG_LEX_BODY, ~0u, &(size_t){0})) {
		if (!m->official.country)
			m->official.country = keys[0];
		return e;
	}
	return k;
}

/* An official named at token i: sets *next to the token after the name,
 * or to 0 when there is none. */
static ncg_status
official_at(rc_ctx *rc, uint32_t s, size_t i, size_t s0, size_t lim, size_t *next)
{
	int office = 0, count;
	size_t h = honorific_at(rc, i, lim, &office), n1, end, t0, t1;
	ncg_mention *m;

	*next = 0;
	n1 = h > i ? parse_name(rc, h, lim, &count) : h;
	if (h > i && count > 0) {
		end = n1;
		NCG_TRY(add_official(rc, s, i, h, n1, end, &m));
		end = of_country(rc, m, end, lim);
		if (appositive_title(rc, end, lim, &t0, &t1))
			NCG_TRY(read_title(rc, m, t0, t1));
		else if (preposed_title(rc, s0, i, &t0, &t1))
			NCG_TRY(read_title(rc, m, t0, t1));
		else if (office) {
			m->official.title = m->official.honorific;
			m->official.title_t0 = (uint32_t)i;
			m->official.title_t1 = (uint32_t)h;
		}
		return rc_end_at(next, end);
	}
	if (!rc_cap(rc, i) && !(rc->tok[i].flags & NCG_TF_UPPER))
		return NCG_OK;
	/* a preposed title without honorific: "Secretary of Defense Lloyd
	 * J. Austin III" */
	if (title_ish(rc, i)) {
		size_t j = i;
		int head = 0;

		while (j < lim) {
			if ((rc_cap(rc, j) || (rc->tok[j].flags & NCG_TF_UPPER)) && title_ish(rc, j)) {
				head |= title_head(rc, j) && rc_cap(rc, j);
				j++;
				continue;
			}
			if ((rc_in(rc, j, TITLE_CONNECTORS) &&
			     (!rc_is(rc, j, "and") ||
			      (title_ish(rc, j - 1) && rc_cap(rc, j + 1) && title_ish(rc, j + 1)))) ||
			    ((rc_punct(rc, j, "-") || rc_punct(rc, j, "\xE2\x80\x93")) &&
			     rc_adjacent(rc, j))) {
				j++;
				continue;
			}
			if (rc_punct(rc, j, "(") && rc_claimed(rc, j, j + 1, RC_CLAIM_BODY)) {
				j++;
				continue;
			}
			if (rc_punct(rc, j, ")") && rc_claimed(rc, j, j + 1, RC_CLAIM_BODY)) {
				j++;
				continue;
			}
			break;
		}
		if (head && j > i && name_token(rc, j, lim)) {
			n1 = parse_name(rc, j, lim, &count);
			if (count >= 2) {
				NCG_TRY(add_official(rc, s, j, j, n1, n1, &m));
				NCG_TRY(read_title(rc, m, i, j));
				return rc_end_at(next, n1);
			}
		}
		return NCG_OK;
	}
	/* a name with a title in apposition: "Kim Tae-hyo, Principal Deputy
	 * National Security Advisor" */
	if (name_token(rc, i, lim) && !(i > s0 && rc_cap(rc, i - 1) &&
	                                !rc_claimed(rc, i - 1, i, RC_CLAIM_BODY))) {
		n1 = parse_name(rc, i, lim, &count);
		if (count >= 2 && count <= 4 &&
		    !rc_lex_longest(rc, i, n1, ~(1u << NCG_LEX_OFFICIAL), ~0u, &end) &&
		    appositive_title(rc, n1, lim, &t0, &t1)) {
			NCG_TRY(add_official(rc, s, i, i, n1, n1, &m));
			NCG_TRY(read_title(rc, m, t0, t1));
			return rc_end_at(next, n1);
		}
	}
	return NCG_OK;
}

/* The first and last words of a full name, suffixes aside ("Joseph" and
 * "Biden" in "Joseph R. Biden, Jr."; of the first eight words), as
 * [start, length) pairs in w[2], l[2].  Returns 0 for fewer than two
 * words, when the name cannot stand for a one-word name. */
static int
name_ends(const rc_ctx *rc, const char *full, const char *w[2], size_t l[2])
{
	const char *words[8];
	size_t lens[8], n = 0;

	for (const char *p = full; *p && n < 8;) {
		size_t len = strcspn(p, " ");

		words[n] = p;
		lens[n] = len;
		if (len && p[len - 1] == ',')
			lens[n]--;
		if (!ncg_lexicon_has_word(rc->lex, NCG_WL_NAME_SUFFIX, words[n], lens[n]))
			n++;
		p += len;
		while (*p == ' ')
			p++;
	}
	if (n < 2)
		return 0;
	w[0] = words[0];
	l[0] = lens[0];
	w[1] = words[n - 1];
	l[1] = lens[n - 1];
	return 1;
}

/* The officials with full names that a one-word name may stand for. */
typedef struct {
	const char *key;          /* key of the first such official */
	size_t last;              /* index of the last such mention */
	int one;                  /* all of them have that key */
} name_word_use;

/* Note that mention k (full name) has `word` first or last. */
static ncg_status
note_name_word(rc_ctx *rc, ncg_strmap *words, const char *word, size_t len, size_t k)
{
	name_word_use *u = ncg_strmap_getn(words, word, len);

	if (!u) {
		u = ncg_arena_alloc(rc->arena, sizeof *u);
		if (!u)
			return NCG_ERR_NOMEM;
		NCG_TRY(ncg_strmap_putn(words, word, len, u));
		u->key = rc->m[k].key;
		u->last = k;
		u->one = 1;
		return NCG_OK;
	}
	if (strcmp(u->key, rc->m[k].key) != 0)
		u->one = 0;
	if (k > u->last)
		u->last = k;
	return NCG_OK;
}

static ncg_status
note_full_name(rc_ctx *rc, ncg_strmap *words, size_t k)
{
	const char *w[2];
	size_t l[2];

	if (!name_ends(rc, rc->m[k].name, w, l))
		return NCG_OK;
	NCG_TRY(note_name_word(rc, words, w[0], l[0], k));
	if (l[1] != l[0] || memcmp(w[1], w[0], l[0]) != 0)
		NCG_TRY(note_name_word(rc, words, w[1], l[1], k));
	return NCG_OK;
}

/* A surname alone ("President Yoon") is the official named in full
 * elsewhere in the statement, when exactly one full name has that word
 * first or last.  Full names are indexed by those words once, so that
 * each one-word name is looked up rather than compared with every
 * official (issue 7); a one-word name resolved becomes a full name for
 * those after it, as when every pair was compared in order. */
static ncg_status
resolve_short_names(rc_ctx *rc, size_t first)
{
	ncg_strmap *words = ncg_strmap_new();
	ncg_status st = NCG_OK;

	if (!words)
		return NCG_ERR_NOMEM;
	for (size_t o = first; st == NCG_OK && o < rc->nm; o++)
		if (rc->m[o].kind == NCG_M_OFFICIAL && strchr(rc->m[o].name, ' '))
			st = note_full_name(rc, words, o);
	for (size_t k = first; st == NCG_OK && k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		const name_word_use *u;
		const ncg_mention *match;

		if (m->kind != NCG_M_OFFICIAL || strchr(m->name, ' '))
			continue;
		u = ncg_strmap_get(words, m->name);
		if (!u || !u->one)
			continue;
		match = &rc->m[u->last];
		m->key = match->key;
		m->name = match->name;
		m->lex = match->lex;
		if (!m->official.country)
			m->official.country = match->official.country;
		st = note_full_name(rc, words, k);
		if (st != NCG_OK)
			break;
	}
	ncg_strmap_free(words);
	return st;
}

ncg_status
rc_officials(rc_ctx *rc)
{
	size_t first = rc->nm;

	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		if (!rc->body_sent[s])
			continue;
		for (size_t i = st->t0; i < st->t1; i++) {
			size_t e;

			if (rc_claimed(rc, i, i + 1, RC_CLAIM_NAME))
				continue;
			if (rc_claimed(rc, i, i + 1, RC_CLAIM_BODY) && !title_ish(rc, i))
				continue;
			NCG_TRY(official_at(rc, (uint32_t)s, i, st->t0, st->t1, &e));
			if (e > i)
				i = e - 1;
		}
	}
	return resolve_short_names(rc, first);
}
