/* ncgkg: recognising listed items: workstreams, activities, assets. */
#include "config.h"

#include <assert.h>
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/strmap.h"
#include "recognise_internal.h"

/* The word that joins the last two items of a list or two parties
 * (lex:pairConjunction: "and"), exact */
static inline int
is_conjunction(const rc_ctx *rc, size_t i)
{
	return rc_wl(rc, i, NCG_WL_PAIR_CONJUNCTION);
}

/* The word before a verb's infinitive (lex:infinitiveMarker: "to"),
 * exact */
static inline int
is_infinitive_to(const rc_ctx *rc, size_t i)
{
	return rc_wl(rc, i, NCG_WL_INFINITIVE_MARKER);
}

/* ---- workstreams ------------------------------------------------------------ */

/* The words of a normal form, at most 64 (over: it has more). */
typedef struct {
	const char *w[64];
	size_t len[64], n;
	int over;
} word_split;

static void
split_words(const char *a, word_split *ws)
{
	ws->n = 0;
	ws->over = 0;
	for (const char *p = a; *p;) {
		const char *q = strchr(p, ' ');
		size_t n = q ? (size_t)(q - p) : strlen(p);

		if (ws->n == 64) {
			ws->over = 1;
			return;
		}
		ws->w[ws->n] = p;
		ws->len[ws->n++] = n;
		p += n + (q != NULL);
	}
}

/* Jaccard similarity of the word sets of two normal forms, the first
 * split already (split_words: once for all the lexicon's wordings). */
static double
word_jaccard(const word_split *wa, const char *b)
{
	word_split wb;
	size_t inter = 0;

	/* rules13: a wording of more words than fit is like no concept's
	 * (0), never compared on its first 64 words */
	if (wa->over)
		return 0;
	split_words(b, &wb);
	if (wb.over || !wa->n || !wb.n)
		return 0;
	for (size_t i = 0; i < wa->n; i++)
		for (size_t j = 0; j < wb.n; j++)
			if (wa->len[i] == wb.len[j] && memcmp(wa->w[i], wb.w[j], wa->len[i]) == 0) {
				inter++;
				break;
			}
	return (double)inter / (double)(wa->n + wb.n - inter);
}

/* The lexicon concept for a workstream wording: by normal form, by
 * acronym, else the closest wording when its words overlap by at least
 * 3/4 (so "security protocols" is not "security and information sharing
 * protocols", but a plural or an article does not matter). */
static const ncg_lex_entry *
workstream_concept(const rc_ctx *rc, const char *wording, const char *acronym)
{
	const ncg_lex_entry *e = ncg_lexicon_by_wording(rc->lex, NCG_LEX_WORKSTREAM,
	                                                wording, strlen(wording));
	char nf[512], nf2[512];
	word_split words;
	double best = 0.75;
	const ncg_lex_entry *bestc = NULL;

	if (e)
		return e;
	for (size_t i = 0; acronym && i < ncg_lexicon_count(rc->lex, NCG_LEX_WORKSTREAM); i++) {
		const ncg_lex_entry *c = ncg_lexicon_at(rc->lex, NCG_LEX_WORKSTREAM, i);

		for (size_t k = 0; k < c->acronym.n; k++)
			if (strcmp(c->acronym.v[k], acronym) == 0)
				return c;
	}
	ncg_normal_form(rc->lex, wording, strlen(wording), nf, sizeof nf);
	split_words(nf, &words);
	for (size_t i = 0; i < ncg_lexicon_count(rc->lex, NCG_LEX_WORKSTREAM); i++) {
		const ncg_lex_entry *c = ncg_lexicon_at(rc->lex, NCG_LEX_WORKSTREAM, i);

		/* its label (k 0, when it has one) and every alternative */
		for (size_t k = c->label ? 0 : 1; k <= c->alt.n; k++) {
			const char *w = k ? c->alt.v[k - 1] : c->label;
			double j;

			j = word_jaccard(&words, ncg_lexicon_normal_of(rc->lex, w, nf2, sizeof nf2));
			if (j > best || (j == best && bestc && strcmp(c->key, bestc->key) < 0)) {
				best = j;
				bestc = c;
			}
		}
	}
	return bestc;
}

/* Is [i, b) the rest of a residual item after its opener: words of
 * weight (lex:residualWeight), a head noun (lex:residualItem) and an
 * optional empty complement (lex:residualTail)?  residual_item and
 * empty_conjunct share it. */
static int
residual_rest(const rc_ctx *rc, size_t i, size_t b)
{
	size_t e;

	while (i < b && rc_wl_ci(rc, i, NCG_WL_RESIDUAL_WEIGHT))
		i++;
	if ((e = rc_wl_match(rc, i, b, NCG_WL_RESIDUAL_ITEM, 0)) == 0)
		return 0;
	return e == b || rc_wl_match(rc, e, b, NCG_WL_RESIDUAL_TAIL, 0) == b;
}

/* The end of [a, b) without the "." and "," that close it. */
static size_t
end_unpunct(const rc_ctx *rc, size_t a, size_t b)
{
	while (b > a && (rc_punct(rc, b - 1, ".") || rc_punct(rc, b - 1, ",")))
		b--;
	return b;
}

/* Is [a, b), the "." and "," that close it aside, two words "and"
 * binds into one topic (lex:boundWordPair: "research and development")? */
static int
bound_pair_span(const rc_ctx *rc, size_t a, size_t b)
{
	b = end_unpunct(rc, a, b);
	return rc_wl_match(rc, a, b, NCG_WL_BOUND_WORD_PAIR, 0) == b;
}

/* rules21: is [a, b) only the rest of an agenda, no content ("other
 * issues", "other matters")?  rules39: an opener ("other", "various
 * other": lex:residualOpener), any words of weight ("key pending":
 * lex:residualWeight), a head noun (lex:residualItem) and an optional
 * empty complement ("of mutual interest": lex:residualTail). */
static int
residual_item(const rc_ctx *rc, size_t a, size_t b)
{
	size_t i;

	b = end_unpunct(rc, a, b);
	if (a >= b || (i = rc_wl_match(rc, a, b, NCG_WL_RESIDUAL_OPENER, 0)) == 0)
		return 0;
	return residual_rest(rc, i, b);
}

/* rules122: where a lex:scopeTail that closes [a, b) starts ("... region
 * in general"), or b. */
static size_t
scope_tail_start(const rc_ctx *rc, size_t a, size_t b)
{
	b = end_unpunct(rc, a, b);
	for (size_t k = b > a + 3 ? b - 3 : a + 1; k < b; k++)
		if (rc_wl_match(rc, k, b, NCG_WL_SCOPE_TAIL, 0) == b)
			return k;
	return b;
}

/* fix143: is token i a digit run glued to upper-case letters that name
 * a thing ("5G", "3D", "6G"), no ordinal ("21ST") and no bare number or
 * date?  Such a token may open an item ("5G mobile technology"). */
static int
digit_word(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b, d = 0;

	if (rc->tok[i].kind != NCG_TOK_NUMBER)
		return 0;
	while (d < n && isdigit((unsigned char)w[d]))
		d++;
	if (d == 0 || d == n || ncg_doc_ordinal_suffix(rc->doc, w + d, n - d, 1))
		return 0;
	for (size_t k = d; k < n; k++)
		if (!isupper((unsigned char)w[k]))
			return 0;
	return 1;
}

/* rules160: is the item [a, b) headed by a resolution's name: after an
 * article, capitalised words that end in one ("the UNSCRs on North
 * Korea", "UN Security Council Resolutions") or stand before one in
 * lower case ("the U.N. Security Council resolutions on the DPRK")?  It
 * names a text, no topic of discussion: item_bounds makes no line of
 * work of it, but it still counts as a piece of its list (plan_count),
 * so the other items stay ("sanctions, the UNSCRs and trade"). */
static int
resolution_item(const rc_ctx *rc, size_t a, size_t b)
{
	size_t k = a + (a < b && rc_wl_ci(rc, a, NCG_WL_DEFINITE_ARTICLE)), j = k;

	while (j < b && (rc_cap(rc, j) || (rc->tok[j].flags & (NCG_TF_UPPER | NCG_TF_DOTTED))))
		j++;
	if (j == k)
		return 0;
	return (j < b && rc_wl(rc, j, NCG_WL_RESOLUTION_NAME)) || rc_wl(rc, j - 1, NCG_WL_RESOLUTION_NAME);
}

/* rules176: where a bracketed pointer to another text closing the item
 * [a, b) opens ("other issues (see 2404100066)": a bracket, a
 * lex:crossReference word, a number, a bracket), else b. */
static size_t
reference_start(const rc_ctx *rc, size_t a, size_t b)
{
	if (b < a + 5 || !rc_punct(rc, b - 1, ")") || rc->tok[b - 2].kind != NCG_TOK_NUMBER ||
	    !rc_wl_ci(rc, b - 3, NCG_WL_CROSS_REFERENCE) || !rc_punct(rc, b - 4, "("))
		return b;
	return b - 4;
}

/* The piece [*ap, *bp) of a list without its joining words ("and", "on",
 * "as well as", "(2)", a quotation mark) before it and "." or "," after
 * it; 0 when it is no piece of a list of topics (empty, longer than max
 * tokens, no word first (a digit word like "5G" may be), a residue, a
 * body). */
static int
item_span(rc_ctx *rc, size_t *ap, size_t *bp, size_t max)
{
	size_t a = *ap, b = *bp;

	for (;;) {
		if (a < b && (rc_wl(rc, a, NCG_WL_ITEM_LEAD) || rc_punct(rc, a, ",")))
			a++;
		else if (a + 2 < b && rc_punct(rc, a, "(") && rc->tok[a + 1].kind == NCG_TOK_NUMBER &&
		         rc_punct(rc, a + 2, ")"))
			a += 3;
		else if (a + 1 < b && rc->tok[a].kind == NCG_TOK_NUMBER &&
		         (rc_punct(rc, a + 1, ")") || rc_punct(rc, a + 1, ".")))
			a += 2;
		else if (a + 1 < b && rc_double_quote(rc, a))
			a++;    /* a quotation opening inside the list, or closing
			         * one before the item (", called \u201cA,\u201d and B") */
		else
			break;
	}
	b = end_unpunct(rc, a, b);
	b = reference_start(rc, a, b);
	/* rules130: a day closes it ("... other bilateral military issues
	 * on Monday") */
	if (b > a + 3 && rc_is(rc, b - 2, "on") && rc_weekday_at(rc, b - 1))
		b -= 2;
	b = scope_tail_start(rc, a, b);
	*ap = a;
	*bp = b;
	if (b <= a || b - a > max ||
	    (!rc_lower(rc, a) && !rc_cap(rc, a) && !(rc->tok[a].flags & NCG_TF_DOTTED) &&
	     !digit_word(rc, a)) ||
	    residual_item(rc, a, b))
		return 0;
	/* a body, not a line of work */
	return !(rc_mention_at(rc, NCG_M_BODY, a) && rc_mention_at(rc, NCG_M_BODY, b - 1));
}

/* item_span, and a line of work can be made of the piece: no text
 * named by a resolution's name (resolution_item) */
static int
item_bounds(rc_ctx *rc, size_t *ap, size_t *bp, size_t max)
{
	return item_span(rc, ap, bp, max) && !resolution_item(rc, *ap, *bp);
}

static size_t possessive_end(const rc_ctx *rc, size_t i, size_t lim);

/* Add the item [a, b) of sentence s as a workstream, when it is no
 * longer than `max` tokens. */
static ncg_status
add_workstream_upto(rc_ctx *rc, uint32_t s, size_t a, size_t b, size_t max)
{
	ncg_mention *m;
	const rc_acronym *acr = NULL;
	const char *wording;
	size_t wend;
	const ncg_lex_entry *c;

	if (!item_bounds(rc, &a, &b, max))
		return NCG_OK;
	wend = b;
	/* an acronym in the item: "conventional-nuclear integration (CNI)" */
	/* (not a name's inside a possessive: "the Democratic People's
	 * Republic of Korea (DPRK)'s nuclear program", rules28) */
	for (size_t i = a; i < b; i++)
		if (rc_punct(rc, i, "(") && !(i + 3 < b && possessive_end(rc, i + 3, b)) &&
		    (acr = rc_acronym_at_paren(rc, i)) != NULL) {
			wend = i;
			break;
		}
	NCG_TRY(rc_add(rc, NCG_M_WORKSTREAM, s, a, b, &m));
	m->workstream.listed = 1;
	NCG_TRY(rc_span(rc, a, b, &m->name));
	NCG_TRY(rc_span(rc, a, wend, &wording));
	m->workstream.acronym = acr ? acr->acronym : NULL;
	c = workstream_concept(rc, wording, m->workstream.acronym);
	if (c) {
		m->lex = c;
		m->key = c->key;
	} else {
		char nf[512];

		ncg_normal_form(rc->lex, wording, strlen(wording), nf, sizeof nf);
		NCG_TRY(rc_key(rc, "workstream", nf[0] ? nf : wording, &m->key));
	}
	rc_claim(rc, a, b, RC_CLAIM_ITEM);
	return NCG_OK;
}

static ncg_status
add_workstream(rc_ctx *rc, uint32_t s, size_t a, size_t b)
{
	return add_workstream_upto(rc, s, a, b, 20);
}

/* A workstream named before the word "workstream": a noun phrase back to
 * a determiner, or an acronym.  Only known concepts: a singular mention
 * does not make a new one. */
static ncg_status
singular_workstream(rc_ctx *rc, uint32_t s, size_t s0, size_t w)
{
	size_t a = w, wend = w;
	const rc_acronym *acr = NULL;
	const char *acronym = NULL;
	const ncg_lex_entry *c = NULL;
	const char *wording = NULL;
	ncg_mention *m;

	if (rc_punct(rc, w - 1, ")") && w >= 3 && (acr = rc_acronym_at_paren(rc, w - 3)) != NULL) {
		acronym = acr->acronym;
		a = wend = acr->p0;
	}
	while (a > s0 && w - a < 10 && !rc_wl(rc, a - 1, NCG_WL_WORKSTREAM_NAME_STOP) &&
	       (rc_word(rc, a - 1) || rc_punct(rc, a - 1, "-")) &&
	       !rc_claimed(rc, a - 1, a, RC_CLAIM_BODY | RC_CLAIM_NAME | RC_CLAIM_DATE))
		a--;
	if (a == wend && rc->tok[w - 1].flags & NCG_TF_UPPER) {
		NCG_TRY(rc_span(rc, w - 1, w, &acronym));
		a = w - 1;
		wend = w;
	}
	if (a >= wend && !acronym)
		return NCG_OK;
	if (a < wend)
		NCG_TRY(rc_span(rc, a, wend, &wording));
	if (wording && *wording)
		c = workstream_concept(rc, wording, acronym);
	if (!c && acronym) {
		const rc_acronym *d = rc_acronym_def(rc, acronym, strlen(acronym));
		const char *lf = NULL;

		if (d)
			NCG_TRY(rc_span(rc, d->lt0, d->lt1, &lf));
		c = workstream_concept(rc, lf ? lf : acronym, acronym);
	}
	if (!c)
		return NCG_OK;
	NCG_TRY(rc_add(rc, NCG_M_WORKSTREAM, s, a, acr ? acr->p1 + 1 : wend, &m));
	NCG_TRY(rc_span(rc, m->t0, m->t1, &m->name));
	m->workstream.acronym = acronym;
	m->key = c->key;
	m->lex = c;
	rc_claim(rc, m->t0, m->t1, RC_CLAIM_ITEM);
	return NCG_OK;
}

/* Is token i a lower-case word longer than `min` bytes that ends in
 * `suffix` and is in no word list `except`? */
static int
suffixed_at(const rc_ctx *rc, size_t i, const char *suffix, size_t min,
            ncg_wordlist except)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b, k = strlen(suffix);

	return rc_lower(rc, i) && n > min && strncmp(w + n - k, suffix, k) == 0 &&
	       !rc_wl(rc, i, except);
}

/* Is token i a verb in the past tense that starts a new clause after a
 * list ("..., and pledged to continue")? */
/* rules28: is token i a compound participle, a word of four letters or
 * more, a hyphen and the participle ("nuclear-powered submarines",
 * "state-sponsored", "Russia-backed")?  It modifies a noun and is no
 * verb of a clause; a prefix of fewer letters makes a verb still
 * ("co-chaired", "re-elected", "pre-positioned"). */
static int
compound_participle(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	const char *h = memchr(w, '-', rc->tok[i].e - rc->tok[i].b);

	return h != NULL && h - w >= 4;
}

static int gerund_at(const rc_ctx *rc, size_t i);

/* rules228: is token i a word of lex:bareModifierParticiple before a bare
 * lower-case noun ("..., and continued development of integrated
 * anti-submarine warfare plans")?  An adjective of the item, no verb;
 * before "to", a determiner, a pronoun, a preposition or a gerund it
 * is a verb ("..., and continued to ...", "continued the meeting").
 * fix73 (review73): before a meeting noun (lex:meetingNoun, lex:
 * discussionNoun) too: the talks went on ("..., and continued talks at a
 * working lunch"). */
static int
bare_modifier_at(const rc_ctx *rc, size_t i)
{
	size_t j = i + 1;

	return rc_wl(rc, i, NCG_WL_BARE_MODIFIER_PARTICIPLE) && rc_lower(rc, j) &&
	       !is_infinitive_to(rc, j) && !rc_wl(rc, j, NCG_WL_WORKSTREAM_NAME_STOP) &&
	       !rc_wl(rc, j, NCG_WL_ITEM_PREPOSITION) && !rc_wl(rc, j, NCG_WL_NOUN_PREPOSITION) &&
	       !rc_wl(rc, j, NCG_WL_POSSESSIVE) && !rc_wl(rc, j, NCG_WL_OBJECT_PRONOUN) &&
	       !rc_wl(rc, j, NCG_WL_OBJECT_DETERMINER) && !rc_wl(rc, j, NCG_WL_INDEFINITE_ARTICLE) &&
	       !gerund_at(rc, j) && !rc_wl(rc, j, NCG_WL_MEETING_NOUN) && !rc_wl(rc, j, NCG_WL_DISCUSSION_NOUN);
}

static int
clause_verb(const rc_ctx *rc, size_t i)
{
	return suffixed_at(rc, i, "ed", 4, NCG_WL_ADJECTIVAL_PARTICIPLE) && !compound_participle(rc, i) &&
	       !bare_modifier_at(rc, i);
}

/* Does a clause start at token i: a verb in the past tense, not an -ed
 * word coordinated with an adjective before its noun ("organized and
 * effective implementation of joint drills")? */
static int
clause_start(const rc_ctx *rc, size_t i, size_t b)
{
	return clause_verb(rc, i) && !(is_conjunction(rc, i + 1) && i + 3 < b && rc_lower(rc, i + 2) &&
	                               !clause_verb(rc, i + 2));
}

/* The most items of one list (rules13: a list of more is no list of
 * lines of work, read as none, never cut short), and of a plan made from
 * one (each item gives one, the last maybe two: ITEMS_MAX + 1). */
enum { ITEMS_MAX = 64, PLAN_MAX = 2 * ITEMS_MAX };

/* rules28: the most tokens of an item that opens with a gerund
 * (gerund_led): 22 words and their punctuation. */
enum { ITEM_GERUND_MAX = 28 };

/* Does a new clause end the list at the comma i: "..., and pledged to
 * continue", "..., and was also expected to", "..., according to the
 * Ministry", "..., officials said"; rules155: "..., and met with ..." (a
 * meeting verb's past, lex:meetingVerb)? */
static int
clause_after_comma(const rc_ctx *rc, size_t i, size_t b)
{
	return rc_punct(rc, i, ",") &&
	       ((is_conjunction(rc, i + 1) && (clause_start(rc, i + 2, b) ||
	                                     rc_wl(rc, i + 2, NCG_WL_AUXILIARY_VERB) ||
	                                     (rc_lower(rc, i + 2) &&
	                                      rc_wl_match(rc, i + 2, b, NCG_WL_MEETING_VERB, 0)))) ||
	        rc_wl_match(rc, i + 1, b, NCG_WL_LIST_CLAUSE_CUE, 1) ||
	        rc_wl(rc, i + 1, NCG_WL_LIST_SPEECH_VERB) ||
	        (i + 2 < b && rc_wl(rc, i + 2, NCG_WL_LIST_SPEECH_VERB)) ||
	        (i + 3 < b && rc_wl(rc, i + 3, NCG_WL_LIST_SPEECH_VERB)));
}

/* Items of the list [a, b): cut at top-level semicolons when it has any,
 * else at commas and "as well as".  Returns the item count: 0 when the
 * list has more than max items. */
static size_t
cut_items(const rc_ctx *rc, size_t a, size_t b, size_t items[][2], size_t max)
{
	int semi = 0, depth = 0;
	size_t start = a, n = 0;

	for (size_t i = a; i < b; i++)
		if (rc_punct(rc, i, ";"))
			semi = 1;
	for (size_t i = a; i <= b; i++) {
		int cut = 0;

		if (i < b && rc_punct(rc, i, "("))
			depth++;
		if (i < b && rc_punct(rc, i, ")"))
			depth--;
		if (i == b)
			cut = 1;
		else if (depth == 0 && semi && rc_punct(rc, i, ";"))
			cut = 1;
		else if (depth == 0 && !semi && (rc_punct(rc, i, ",") ||
		         rc_wl_match(rc, i, b, NCG_WL_LIST_CONJUNCTION, 0)))
			cut = 1;
		if (!cut)
			continue;
		if (i < b && clause_after_comma(rc, i, b)) {
			if (n == max)
				return 0;
			items[n][0] = start;
			items[n][1] = i;
			return n + 1;
		}
		if (n == max)
			return 0;       /* more items than fit: no list */
		items[n][0] = start;
		items[n][1] = i;
		n++;
		{
			/* past a conjunction of several words: "along with", and
			 * a comma's ("A, as well as B"): no empty item between */
			size_t e = i < b ? rc_wl_match(rc, i, b, NCG_WL_LIST_CONJUNCTION, 0) : 0;

			if (!e && i < b && rc_punct(rc, i, ","))
				e = rc_wl_match(rc, i + 1, b, NCG_WL_LIST_CONJUNCTION, 0);

			start = e > i + 1 ? e : i + 1;
			if (e > i + 1)
				i = e - 1;
		}
	}
	return n;
}

/* A list [a, b) cut into items once (cut_items), for the functions that
 * test it and those that split it. */
typedef struct {
	size_t a, b, n;
	int semi;               /* cut at semicolons */
	size_t it[ITEMS_MAX][2];
} item_list;

/* The items a list is split into, before they are added (so that a list
 * that collapses into one topic adds nothing): spans and their longest
 * length. */
typedef struct {
	size_t n;
	size_t v[PLAN_MAX][3];  /* from, to, max */
} item_plan;

/* Room is never short: a plan has at most ITEMS_MAX + 1 items. */
static void
plan_item(item_plan *p, size_t a, size_t b, size_t max)
{
	assert(p->n < PLAN_MAX);
	p->v[p->n][0] = a;
	p->v[p->n][1] = b;
	p->v[p->n][2] = max;
	p->n++;
}

static void
list_cut(const rc_ctx *rc, size_t a, size_t b, item_list *l)
{
	l->a = a;
	l->b = b;
	l->semi = 0;
	for (size_t i = a; i < b && !l->semi; i++)
		l->semi = rc_punct(rc, i, ";");
	l->n = cut_items(rc, a, b, l->it, ITEMS_MAX);
}

/* The first word of the item [a, b), its joining words ("and", "on", a
 * comma) aside. */
static size_t
lead_end(const rc_ctx *rc, size_t a, size_t b)
{
	while (a < b && (rc_wl(rc, a, NCG_WL_ITEM_LEAD) || rc_punct(rc, a, ",")))
		a++;
	return a;
}

/* The first word of item it, its joining words aside. */
static size_t
item_first(const rc_ctx *rc, const size_t it[2])
{
	return lead_end(rc, it[0], it[1]);
}

/* Words of the item [a, b), leading "and", "on", "as well as" aside. */
static size_t
item_span_words(const rc_ctx *rc, size_t a, size_t b)
{
	size_t n = 0;

	for (size_t i = lead_end(rc, a, b); i < b; i++)
		n += rc_word(rc, i);
	return n;
}

/* Words of item it, its joining words aside. */
static size_t
item_words(const rc_ctx *rc, const size_t it[2])
{
	return item_span_words(rc, it[0], it[1]);
}

/* How closely an item matches its concept: 2 its label, 1 another
 * wording or the acronym, 0 only by resemblance. */
static int
match_strength(const rc_ctx *rc, const ncg_mention *m)
{
	char a[512], b[512];
	const ncg_lex_entry *c = m->lex;

	if (!c)
		return 0;
	ncg_normal_form(rc->lex, m->name, strlen(m->name), a, sizeof a);
	if (c->label && *ncg_lexicon_normal_of(rc->lex, c->label, b, sizeof b) &&
	    strcmp(a, ncg_lexicon_normal_of(rc->lex, c->label, b, sizeof b)) == 0)
		return 2;
	for (size_t k = 0; k < c->alt.n; k++)
		if (*ncg_lexicon_normal_of(rc->lex, c->alt.v[k], b, sizeof b) &&
		    strcmp(a, ncg_lexicon_normal_of(rc->lex, c->alt.v[k], b, sizeof b)) == 0)
			return 1;
	return m->workstream.acronym ? 1 : 0;
}

/* Items of one list are different lines of work, even when the lexicon
 * files two of their wordings under one concept ("information sharing,
 * security protocols"): the closest keeps the concept, the others become
 * concepts of their own. */
static ncg_status
distinct_items(rc_ctx *rc, size_t first)
{
	for (size_t k = first; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];

		if (m->kind != NCG_M_WORKSTREAM || !m->workstream.listed || !m->lex)
			continue;
		for (size_t o = first; o < rc->nm; o++) {
			ncg_mention *x = &rc->m[o];
			int sm, sx;

			if (o == k || x->kind != NCG_M_WORKSTREAM || !x->workstream.listed ||
			    !x->key || strcmp(x->key, m->key) != 0)
				continue;
			sm = match_strength(rc, m);
			sx = match_strength(rc, x);
			if (sm > sx || (sm == sx && k < o)) {
				char nf[512];

				ncg_normal_form(rc->lex, x->name, strlen(x->name), nf, sizeof nf);
				NCG_TRY(rc_key(rc, "workstream", nf[0] ? nf : x->name, &x->key));
				x->lex = NULL;
			}
		}
	}
	return NCG_OK;
}

static int gerund_list(const rc_ctx *rc, const item_list *l);
static int name_item(const rc_ctx *rc, size_t a, size_t b);
static int not_an_item(const rc_ctx *rc, size_t a, size_t b);
static int noun_conjunct(const rc_ctx *rc, size_t j, size_t b);
static int infinitive_in(const rc_ctx *rc, size_t a, size_t b);
static int plural_shaped(const rc_ctx *rc, size_t i);
static int gerund_led_list(const rc_ctx *rc, const item_list *l);
static int long_items_list(const rc_ctx *rc, const item_list *l);
static size_t name_run_end(const rc_ctx *rc, size_t i, size_t b);
static int gerund_led(const rc_ctx *rc, size_t a, size_t b);
static int not_an_item_upto(const rc_ctx *rc, size_t a, size_t b, size_t maxwords);
static int word_topic(const rc_ctx *rc, const size_t it[2]);
static int opener_one_name(const rc_ctx *rc, size_t j, size_t b);
static int word_topics_ok(const rc_ctx *rc, size_t items[][2], size_t n);
static int time_adverbial_at(const rc_ctx *rc, size_t k, size_t b);
static int proper_word_item(const rc_ctx *rc, const size_t it[2]);
static size_t plural_pair_at(const rc_ctx *rc, size_t a, size_t b);
static int finite_verb_at(const rc_ctx *rc, size_t i);
static size_t bare_pair(const rc_ctx *rc, size_t a, size_t b);

/* In a list whose item k opens with a gerund, the pieces after it that
 * belong to it: an elaboration opened by a list opener ("promoting
 * regional security cooperation, including trilateral cooperation"), or
 * an inner list of one-word pieces closed by "and" before further items
 * ("strengthening cooperation in science and technology, space, and
 * cyber, promoting ...").  The last piece's index (k when none). */
static size_t
inner_run_end(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t m = k;

	if (k + 1 < n && rc_wl_match(rc, items[k + 1][0] + rc_punct(rc, items[k + 1][0], ","),
	                             items[k + 1][1], NCG_WL_LIST_OPENER, 0))
		return k + 1;
	if (!gerund_at(rc, item_first(rc, items[k])))
		return k;
	while (m + 1 < n && item_words(rc, items[m + 1]) == 1)
		m++;
	return m > k && m + 1 < n && is_conjunction(rc, items[m][0]) ? m : k;
}

/* rules8: adjectives in series before one noun ("support for an open,
 * prosperous, and secure world", "a free, open and inclusive region"):
 * when item k ends with an indefinite article and one word and item k+1
 * is one word, the pieces up to the one opened by "and" are that noun
 * phrase.  The last such piece's index (k when none). */
static size_t
adjective_series_end(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t e = items[k][1], m = k + 1;

	if (k + 1 >= n || e < items[k][0] + 2 || !rc_lower(rc, e - 1) ||
	    !(rc_wl(rc, e - 2, NCG_WL_INDEFINITE_ARTICLE) ||
	      /* rules11: "his unprovoked, unjustified, and unconscionable
	       * war": a possessive and a participle that only modifies */
	      (rc_wl(rc, e - 2, NCG_WL_POSSESSIVE) &&
	       rc_wl(rc, e - 1, NCG_WL_ADJECTIVAL_PARTICIPLE))) ||
	    item_words(rc, items[k + 1]) != 1)
		return k;
	for (; m < n; m++) {
		size_t f = items[m][0] + rc_punct(rc, items[m][0], ",");

		if (m > k + 1 && is_conjunction(rc, f))
			return m;
		if (item_words(rc, items[m]) != 1)
			return k;
	}
	return k;
}

/* rules31: is token i a lower-case adjective of a series before a noun:
 * adjective-shaped (lex:adjectiveSuffix) or a lex:seriesAdjective
 * ("safe", "strong", "close")? */
static int adjective_shaped(const rc_ctx *rc, size_t i);

static int
series_adjective(const rc_ctx *rc, size_t i)
{
	return rc_word(rc, i) && rc_lower(rc, i) &&
	       (adjective_shaped(rc, i) || rc_wl(rc, i, NCG_WL_SERIES_ADJECTIVE));
}

/* rules31: is [a, b) adjectives alone, a determiner and "and" between
 * them ("a safe and secure")? */
static int
adjectives_only(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (!series_adjective(rc, i) && !is_conjunction(rc, i) &&
		    !(i == a && (rc_wl(rc, i, NCG_WL_INDEFINITE_ARTICLE) ||
		                 rc_wl(rc, i, NCG_WL_OBJECT_DETERMINER))))
			return 0;
	return 1;
}

/* rules31: adjectives in series before one noun, the first alone or
 * after a determiner or a preposition ("at bilateral, regional, and
 * global levels", "the strong, robust and resilient alliance", "safe,
 * secure, and trustworthy AI"): piece k ends in such an adjective, the
 * pieces after it are one word each up to one of two words or more, its
 * head.  An adjective alone is no item: the index of that head piece
 * (k when none). */
static size_t
adjective_run_end(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t e = items[k][1], a = item_first(rc, items[k]), m = k + 1;

	/* rules122: not a scope tail ("... in general, A and B") */
	if (k + 1 >= n || e <= a || !series_adjective(rc, e - 1) ||
	    scope_tail_start(rc, items[k][0], e) < e)
		return k;
	if (e - 1 > a && !rc_wl(rc, e - 2, NCG_WL_INDEFINITE_ARTICLE) &&
	    !rc_wl(rc, e - 2, NCG_WL_OBJECT_DETERMINER) && !rc_wl(rc, e - 2, NCG_WL_POSSESSIVE) &&
	    !rc_wl(rc, e - 2, NCG_WL_ITEM_PREPOSITION) && !rc_wl(rc, e - 2, NCG_WL_COMPLEMENT_PREP) &&
	    !adjectives_only(rc, a, e))
		return k;
	while (m < n && item_words(rc, items[m]) == 1 && rc_lower(rc, item_first(rc, items[m])))
		m++;
	return m < n && rc_lower(rc, item_first(rc, items[m])) ? m : k;
}

/* rules31: "the safe, stable and sustainable use of space": piece k
 * ends in a determiner and one lower-case word, piece k + 1 opens "W and
 * ADJ ..." with an adjective-shaped word after "and": the words before
 * it modify k + 1's noun, one item.  k + 1 then, else k. */

static size_t
determiner_series_end(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t e = items[k][1], f;

	if (k + 1 >= n || e < items[k][0] + 2 || !rc_lower(rc, e - 1) ||
	    !(rc_wl(rc, e - 2, NCG_WL_INDEFINITE_ARTICLE) || rc_wl(rc, e - 2, NCG_WL_OBJECT_DETERMINER)))
		return k;
	f = item_first(rc, items[k + 1]);
	return rc_lower(rc, f) && is_conjunction(rc, f + 1) && f + 3 < items[k + 1][1] &&
	       adjective_shaped(rc, f + 2) ? k + 1 : k;
}

static int piece_opens_and(const rc_ctx *rc, const size_t it[2]);

/* rules254: are the tokens [a, b) lower-case words alone, one to
 * `most` of them? */
static int
few_lower_words(const rc_ctx *rc, size_t a, size_t b, size_t most)
{
	if (a >= b || b - a > most)
		return 0;
	for (size_t i = a; i < b; i++)
		if (!rc_word(rc, i) || !rc_lower(rc, i))
			return 0;
	return 1;
}

/* fix90: are the tokens [a, b) a bare modifier of a shared head: one
 * lower-case word, or two with the first not in the plural, and no plural
 * at its end ("ballistic missile"; not "missile threats", "regional
 * issues")? */
static int
bare_modifier(const rc_ctx *rc, size_t a, size_t b, size_t most)
{
	return few_lower_words(rc, a, b, most) && !plural_shaped(rc, b - 1);
}

/* rules254: is the last piece [a, b) of a list "W [W] and W W ...": a bare
 * modifier of one or two words (none when the piece opens with "and"),
 * "and", then two to four lower-case words, no second conjunction, whose
 * last is a head in the plural the pieces before share ("ballistic missile
 * and proliferation programs", ", and proliferation programs"; not "and
 * critical minerals cooperation", "and arms control", "deterrence and
 * trade")? */
static int
shared_head_last(const rc_ctx *rc, size_t a, size_t b)
{
	size_t c = a + (size_t)rc_punct(rc, a, ",");
	int opens = c < b && is_conjunction(rc, c);

	if (!opens)
		for (c = a; c < b && !is_conjunction(rc, c); c++)
			;
	if (c >= b || (!opens && !bare_modifier(rc, a, c, 2)) || b < c + 3 ||
	    rc_wl(rc, c + 1, NCG_WL_DEFINITE_ARTICLE) || rc_wl(rc, c + 1, NCG_WL_OBJECT_DETERMINER) ||
	    rc_wl(rc, c + 1, NCG_WL_INDEFINITE_ARTICLE) || rc_wl(rc, c + 1, NCG_WL_POSSESSIVE))
		return 0;
	for (size_t i = c + 1; i < b; i++)
		if (is_conjunction(rc, i))
			return 0;
	return few_lower_words(rc, c + 1, b, 4) && plural_shaped(rc, b - 1);
}

/* rules254: does a name's "'s" end right before token i, after a (one
 * token "'s", or an apostrophe and "s": possessive_end from either)? */
static int
possessive_before(const rc_ctx *rc, size_t a, size_t i)
{
	return (i > a + 1 && possessive_end(rc, i - 1, i) == i) ||
	       (i > a + 2 && possessive_end(rc, i - 2, i) == i);
}

/* rules254: a list whose first piece k ends in an adjective of
 * lex:sharedHeadAdjective, alone or after a determiner or a name's
 * possessive ("North Korea's nuclear, ballistic missile and
 * proliferation programs", dtt; "nuclear, chemical and biological
 * defense programs"): the adjective is no item, it shares the head of
 * the last conjunct with the pieces between (one bare modifier word
 * each: fix90), so the whole list is one line of work.  The last piece's index
 * (k when none). */
static size_t
shared_head_series_end(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t e = items[k][1], a = item_first(rc, items[k]);

	if (k + 1 >= n || e <= a || !rc_lower(rc, e - 1) ||
	    !rc_wl(rc, e - 1, NCG_WL_SHARED_HEAD_ADJECTIVE))
		return k;
	if (e - 1 > a && !rc_wl(rc, e - 2, NCG_WL_POSSESSIVE) &&
	    !rc_wl(rc, e - 2, NCG_WL_OBJECT_DETERMINER) && !rc_wl(rc, e - 2, NCG_WL_INDEFINITE_ARTICLE) &&
	    !possessive_before(rc, a, e - 1))
		return k;
	for (size_t m = k + 1; m + 1 < n; m++)
		if (piece_opens_and(rc, items[m]) ||
		    !bare_modifier(rc, item_first(rc, items[m]), items[m][1], 1))
			return k;
	return shared_head_last(rc, items[n - 1][0], items[n - 1][1]) ? n - 1 : k;
}

/* rules254: is the list l one piece that names kinds of one head
 * (shared_head_series_end from its first piece to its last)?  It is
 * one line of work, added though it collapses into one item. */
static int
shared_head_list(const rc_ctx *rc, const item_list *l)
{
	size_t it[ITEMS_MAX][2];

	if (l->semi || l->n < 2)
		return 0;
	memcpy(it, l->it, sizeof it);
	return shared_head_series_end(rc, it, l->n, 0) == l->n - 1;
}

/* Is token i a lower-case word of at least min letters ending in a
 * suffix of list wl (not a participle of lex:adjectivalParticiple)? */
static int
suffix_shaped(const rc_ctx *rc, size_t i, ncg_wordlist wl, size_t min)
{
	const ncg_strlist *l = ncg_lexicon_words(rc->lex, wl);

	for (size_t k = 0; l && k < l->n; k++)
		if (suffixed_at(rc, i, l->v[k], min, NCG_WL_ADJECTIVAL_PARTICIPLE))
			return 1;
	return 0;
}

/* rules8: is token i a lower-case word shaped as an adjective
 * (bilateral, strategic, defensive, military, dangerous)? */
static int
adjective_shaped(const rc_ctx *rc, size_t i)
{
	return suffix_shaped(rc, i, NCG_WL_ADJECTIVE_SUFFIX, 3);
}

/* rules8: adjectives in series before one noun without an article
 * ("bilateral, regional and global issues"): one-word adjective items
 * before an item opening "ADJ and ..." are that item's modifiers.  The
 * index of the item they belong to (k when none). */
static size_t
modifier_run_end(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t m = k;

	while (m < n && item_words(rc, items[m]) == 1 && adjective_shaped(rc, item_first(rc, items[m])))
		m++;
	if (m == k || m >= n)
		return k;
	{
		size_t f = item_first(rc, items[m]);

		return f + 3 < items[m][1] && adjective_shaped(rc, f) && is_conjunction(rc, f + 1) ? m : k;
	}
}

/* rules21: does the piece it of a list open with "and" (", and B")? */
static int
piece_opens_and(const rc_ctx *rc, const size_t it[2])
{
	size_t f = it[0] + (size_t)rc_punct(rc, it[0], ",");

	return f < it[1] && is_conjunction(rc, f);
}

/* rules21: does the piece it hold "and" after its first word ("bio and
 * space technologies")? */
static int
inner_and(const rc_ctx *rc, const size_t it[2])
{
	for (size_t i = item_first(rc, it) + 1; i + 1 < it[1]; i++)
		if (is_conjunction(rc, i))
			return 1;
	return 0;
}

/* rules8: an item that names examples of itself ("strengthening
 * cooperation in sectors such as shipbuilding, critical minerals, energy
 * and emerging technologies"): the short pieces after it, to the list's
 * end, are its examples, not lines of work of their own.  The last
 * piece's index (k when none). */
static size_t
examples_end(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t f = item_first(rc, items[k]), m = k;
	int opener = 0;

	for (size_t i = f + 1; i < items[k][1]; i++)
		if (rc_wl_match(rc, i, items[k][1], NCG_WL_LIST_OPENER, 0)) {
			/* rules21: one name its example, before the comma
			 * ("security issues including North Korea, ...") */
			if (opener_one_name(rc, i, items[n - 1][1]))
				return k;
			opener = 1;
		}
	if (!opener)
		return k;
	while (m + 1 < n && item_words(rc, items[m + 1]) <= 4)
		m++;
	if (m + 1 == n)
		return m;
	/* rules21: examples closed by their own "and" before ", and" and
	 * a further item ("exchanges in areas including quantum, bio and
	 * space technologies, and ways to ..."): they end at that piece */
	for (size_t q = k + 1; q <= m && q + 1 < n; q++) {
		if (piece_opens_and(rc, items[q]))
			return k;
		if (inner_and(rc, items[q]) && piece_opens_and(rc, items[q + 1]))
			return q;
	}
	return k;
}

/* rules21: the item k that closes a list (", and C") with short pieces
 * still after it, the last joined by its own "and" ("..., and ways to
 * stabilize supply chains for semiconductors, batteries and core
 * minerals"): a list has no items after its closing one, so the pieces
 * are a series inside it.  The last piece's index (k when none). */
static size_t
closer_series_end(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	if (k + 1 >= n || !piece_opens_and(rc, items[k]) || item_words(rc, items[k]) < 4 ||
	    !inner_and(rc, items[n - 1]))
		return k;
	for (size_t q = k + 1; q < n; q++)
		if (piece_opens_and(rc, items[q]) || item_words(rc, items[q]) > 4 ||
		    not_an_item(rc, items[q][0], items[q][1]))
			return k;
	return n - 1;
}

/* rules21: common nouns in series as the object of an item's last
 * preposition ("progress in cooperation across security, economics, and
 * technology", KBS): item k ends in a complement preposition and one
 * lower-case word, and every piece after it to the list's end is one
 * word, the last opened by "and".  The last piece's index (k when
 * none). */
static size_t
prep_series_end(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t e = items[k][1], p;

	while (e > items[k][0] && rc_punct(rc, e - 1, ","))
		e--;
	/* rules122: not a scope tail ("... region in general, and ...") */
	if (scope_tail_start(rc, items[k][0], e) < e)
		return k;
	/* its last preposition and one or two lower-case words, no
	 * determiner ("across security", "in supply chains") */
	if (e >= items[k][0] + 3 && rc_wl(rc, e - 2, NCG_WL_COMPLEMENT_PREP))
		p = e - 2;
	else if (e >= items[k][0] + 4 && rc_wl(rc, e - 3, NCG_WL_COMPLEMENT_PREP) && rc_lower(rc, e - 2))
		p = e - 3;
	else
		return k;
	/* one piece ", and C" after it closes the outer list: a series of
	 * two inside would take no comma ("for crisis consultation, and
	 * combined exercises") */
	if (k + 2 == n && piece_opens_and(rc, items[k + 1]))
		return k;
	if (k + 2 > n || !rc_lower(rc, e - 1) || rc_wl(rc, p + 1, NCG_WL_OBJECT_DETERMINER) ||
	    rc_wl(rc, p + 1, NCG_WL_INDEFINITE_ARTICLE) || item_words(rc, items[k]) < 3 ||
	    !(piece_opens_and(rc, items[n - 1]) || inner_and(rc, items[n - 1])))
		return k;
	/* rules21: the pieces after it as short and as bare as its objects:
	 * one word, or two when its objects have two ("ways to enhance
	 * cooperation in supply chains, emerging technologies and digital
	 * sectors", KBS); the last piece "and" and such a piece, or two
	 * joined by "and" */
	for (size_t q = k + 1; q < n; q++) {
		size_t w = p == e - 2 ? 1 : 2, a = items[q][0] + (size_t)rc_punct(rc, items[q][0], ",");

		if (q + 1 == n && !piece_opens_and(rc, items[q]))
			w = 2 * w + 1;
		if (item_words(rc, items[q]) > w || (q + 1 < n && piece_opens_and(rc, items[q])) ||
		    rc_wl_match(rc, a, items[q][1], NCG_WL_LIST_CONJUNCTION, 0))
			return k;
		for (size_t i = item_first(rc, items[q]); i < items[q][1]; i++)
			if (rc_word(rc, i) && (!rc_lower(rc, i) || rc_wl(rc, i, NCG_WL_OBJECT_DETERMINER) ||
			                       rc_wl(rc, i, NCG_WL_COMPLEMENT_PREP)))
				return k;
	}
	return n - 1;
}

/* fixG (review44): does the piece it hold a listed line of work, a
 * label, other wording or acronym of the lexicon's of more than one word
 * or an acronym ("joint planning")?  Such pieces are lines of work of
 * their own, not the means of one. */
static int
listed_piece(const rc_ctx *rc, const size_t it[2])
{
	for (size_t i = item_first(rc, it); i < it[1]; i++) {
		size_t e;
		const ncg_lex_wording *w = rc_lex_longest(rc, i, it[1], 1u << NCG_LEX_WORKSTREAM,
		                                          (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) |
		                                          (1u << NCG_LEXW_ACRONYM), &e);

		if (w && (e > i + 1 || w->what == NCG_LEXW_ACRONYM))
			return 1;
	}
	return 0;
}

/* fixG (review44): does piece q after a means series' head k end the
 * series: item k opens with a gerund and so does q after "and", an
 * object after it (", and expanding trilateral exercises": a line of
 * work parallel to k's; ", and training" alone is a means), or a listed
 * line of work in q (listed_piece)? */
static int
means_series_breaks(const rc_ctx *rc, size_t items[][2], size_t k, size_t q)
{
	size_t f = item_first(rc, items[q]);

	if (f + 1 < items[q][1] && rc_word(rc, f + 1) && gerund_at(rc, f) &&
	    piece_opens_and(rc, items[q]) && gerund_led(rc, items[k][0], items[k][1]))
		return 1;
	return listed_piece(rc, items[q]);
}

/* fixE: a series as the complement of a means preposition that closes
 * item k ("building the capacity of partners through dialogue,
 * exercises, training and equipment cooperation"): item k's last words
 * are a lex:meansCue and one or two lower-case words, and every piece
 * after it to the list's end is lower-case, four words or fewer, the
 * last opened by "and" or holding one, none a gerund's conjunct or a
 * listed line of work (means_series_breaks): the means of one line of
 * work, not lines of their own.  n - 1 then, else k. */
static size_t
means_series_end(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t e = items[k][1], c = 0;

	while (e > items[k][0] && rc_punct(rc, e - 1, ","))
		e--;
	for (size_t i = e > items[k][0] + 3 ? e - 3 : items[k][0] + 1; i + 1 < e; i++)
		if (rc_wl_match(rc, i, e, NCG_WL_MEANS_CUE, 0) > i)
			c = i;
	if (!c || k + 2 > n || !rc_lower(rc, e - 1) ||
	    !(piece_opens_and(rc, items[n - 1]) || inner_and(rc, items[n - 1])))
		return k;
	for (size_t q = k + 1; q < n; q++) {
		if (item_words(rc, items[q]) > 5 || (q + 1 < n && piece_opens_and(rc, items[q])) ||
		    means_series_breaks(rc, items, k, q))
			return k;
		for (size_t i = item_first(rc, items[q]); i < items[q][1]; i++)
			if (rc_word(rc, i) && !rc_lower(rc, i))
				return k;
	}
	return n - 1;
}

/* rules18: names in series inside an item's complement ("trilateral
 * cooperation between the U.S., South Korea, and Japan"): when item k
 * ends in a complement preposition and a name, and the items after it
 * are names up to one opened by "and", they are that complement's.  The
 * last such piece's index (k when none). */
static size_t
name_series_end(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t a = items[k][0], e = items[k][1], p = 0;

	while (e > a && (rc_punct(rc, e - 1, ",") || rc_punct(rc, e - 1, ".")))
		e--;
	for (size_t i = a + 1; i + 1 < e; i++)
		if (rc_wl(rc, i, NCG_WL_COMPLEMENT_PREP))
			p = i;
	if (!p || !name_item(rc, p + 1, e))
		return k;
	for (size_t m = k + 1; m < n; m++) {
		if (!name_item(rc, items[m][0], items[m][1]))
			return k;
		if (is_conjunction(rc, items[m][0] + rc_punct(rc, items[m][0], ",")))
			return m;
	}
	return k;
}

/* fixE: does the "and" at j join two capitalised modifiers of one
 * lower-case noun ("the American and Canadian people", "U.S. and
 * Japanese companies")?  Then it joins no items. */
static int
proper_modifier_pair(const rc_ctx *rc, size_t j)
{
	return j > 0 && rc_word(rc, j - 1) && !rc_lower(rc, j - 1) && rc_word(rc, j + 1) &&
	       !rc_lower(rc, j + 1) && rc_word(rc, j + 2) && rc_lower(rc, j + 2) &&
	       !is_conjunction(rc, j + 2) && !rc_wl(rc, j + 2, NCG_WL_COMPLEMENT_PREP) &&
	       !rc_wl(rc, j + 2, NCG_WL_ITEM_PREPOSITION) && !rc_wl(rc, j + 2, NCG_WL_OBJECT_DETERMINER) &&
	       !clause_verb(rc, j + 2);
}

/* fixE: does the "and" at j join two modifiers of one noun: an
 * adjective before it, an adjective or a participle in -ing after it and
 * a lower-case word, that word the item's last after a participle
 * ("critical and emerging technologies"; not "more resilient and
 * strengthening ties with ...")?  An item ends in no adjective alone:
 * the "and" splits nothing. */
static int
adjective_pair(const rc_ctx *rc, size_t j, size_t b)
{
	return j > 0 && j + 2 < b && series_adjective(rc, j - 1) &&
	       (series_adjective(rc, j + 1) || (gerund_at(rc, j + 1) && j + 3 == b)) && rc_word(rc, j + 2) &&
	       rc_lower(rc, j + 2) && !is_conjunction(rc, j + 2) &&
	       !rc_wl(rc, j + 2, NCG_WL_COMPLEMENT_PREP) && !rc_wl(rc, j + 2, NCG_WL_ITEM_PREPOSITION) &&
	       !rc_wl(rc, j + 2, NCG_WL_OBJECT_DETERMINER);
}

/* rules35: may the last item's "and" at j split it, its lead (from
 * from to lead) nothing, or the list's own "and" when an acronym in
 * parentheses closes the words before j ("..., and confidence-building
 * measures (CBM) and capacity building": two items)? */
static int
bare_lead(const rc_ctx *rc, size_t from, size_t lead, size_t j)
{
	return lead == from ||
	       (lead == from + 1 && is_conjunction(rc, from) && j > lead + 2 && rc_punct(rc, j - 1, ")"));
}

/* rules159: does a piece of the list l before token `from` hold one word
 * alone, a topic ("compliance") or a name ("Iraq")? */
static int
word_piece_before(const rc_ctx *rc, const item_list *l, size_t from)
{
	for (size_t k = 0; k < l->n && l->it[k][1] <= from; k++)
		if (word_topic(rc, l->it[k]) || proper_word_item(rc, l->it[k]))
			return 1;
	return 0;
}

/* rules159: the end of the conjunct from k: a name's end before a phrase
 * of time ("North Korea on Monday"), else `to`. */
static size_t
conjunct_end(const rc_ctx *rc, size_t k, size_t to)
{
	size_t e = name_run_end(rc, k, to);

	if (e > k && e < to && (time_adverbial_at(rc, e, to) ||
	                        (e + 2 == to && rc_is(rc, e, "on") && rc_weekday_at(rc, e + 1))))
		return e;
	return to;
}

/* rules159: in a list whose pieces hold one word each, one before the
 * last at least ("compliance, counterterrorism and emerging
 * technologies", "terrorism, Iraq and North Korea"), with no "and" of its
 * own before the last piece (no serial comma), does that piece open with
 * one word and the list's "and", then a noun phrase of two words or a
 * name?  The "and" joins two items.  "..., and space and cyber
 * initiatives", "..., security and information sharing" (no one-word
 * piece before) stay whole.  Returns the "and", or 0. */
static size_t
word_first_conjunct(const rc_ctx *rc, const item_list *l, size_t from, size_t to)
{
	size_t f = from, j, e;

	while (f < to && rc_punct(rc, f, ","))
		f++;
	j = f + 1;
	if (l->n < 2 || lead_end(rc, f, to) != f || j + 2 > to || !is_conjunction(rc, j) ||
	    !rc_word(rc, f) || !word_piece_before(rc, l, f) ||
	    rc_claimed(rc, f, j + 1, RC_CLAIM_NAME | RC_CLAIM_BODY | RC_CLAIM_PLACE | RC_CLAIM_TITLE | RC_CLAIM_DATE))
		return 0;
	if (!(word_topic(rc, (const size_t[2]){f, j}) || proper_word_item(rc, (const size_t[2]){f, j})))
		return 0;
	e = conjunct_end(rc, j + 1, to);
	/* fix174 (review142 8): a bound pair after it ("trade, climate and
	 * research and development", lex:boundWordPair) */
	if (name_item(rc, j + 1, e) || bound_pair_span(rc, j + 1, to))
		return j;
	/* a noun phrase that opens as one of its own: a determiner, an
	 * adjective or a participle ("the budget", "emerging technologies";
	 * not "science and technology cooperation", one head shared) */
	if (!rc_wl(rc, j + 1, NCG_WL_OBJECT_DETERMINER) && !rc_wl(rc, j + 1, NCG_WL_INDEFINITE_ARTICLE) &&
	    !series_adjective(rc, j + 1) && !gerund_at(rc, j + 1))
		return 0;
	return item_span_words(rc, j + 1, e) >= 2 && rc_lower(rc, j + 1) && !clause_verb(rc, j + 1) &&
	       !infinitive_in(rc, j + 1, e) && !not_an_item(rc, j + 1, e) ? j : 0;
}

/* fix82: do the first n pieces of the list l each open with a gerund
 * (gerund_led)? */
static int
gerund_led_upto(const rc_ctx *rc, const item_list *l, size_t n)
{
	for (size_t k = 0; k < n && k < l->n; k++)
		if (!gerund_led(rc, l->it[k][0], l->it[k][1]))
			return 0;
	return 1;
}

/* fix82 (review80): does the noun phrase [a, j) run past the object of
 * its infinitive: a preposition after the verb's object ("ideas to
 * provide C to new soldiers", DVIDS)?  Not "joint efforts to counter
 * terrorism" (the "and" after it may join a second object: "and
 * emerging threats").  No infinitive: yes. */
static int
past_infinitive_object(const rc_ctx *rc, size_t a, size_t j)
{
	size_t i = a;

	while (i + 1 < j && !(is_infinitive_to(rc, i) && rc_lower(rc, i + 1)))
		i++;
	if (i + 1 >= j)
		return 1;
	for (size_t k = i + 3; k < j; k++)
		if (rc_wl(rc, k, NCG_WL_NOUN_PREPOSITION) || rc_wl(rc, k, NCG_WL_ITEM_PREPOSITION))
			return 1;
	return 0;
}

/* rules244: the last piece [from, to) of a list whose pieces before it
 * (two or more) each open with a gerund, when the piece itself opens
 * with a noun ("sharing A, exchanging B, ideas to provide C to new
 * soldiers and addressing D and E", DVIDS): the first "and" after a
 * noun phrase of two words or more and before a gerund with its object
 * starts the list's last item, an infinitive in the noun phrase
 * notwithstanding.  Not "building and maintaining readiness" (one
 * object of two gerunds: a gerund before the "and").  Returns the
 * "and", or 0. */
static size_t
gerund_last_conjunct(const rc_ctx *rc, const item_list *l, size_t from, size_t to)
{
	size_t lead = lead_end(rc, from, to);

	if (l->n < 3 || l->semi || lead >= to || gerund_at(rc, lead) || !rc_lower(rc, lead) ||
	    !gerund_led_upto(rc, l, l->n - 1))
		return 0;
	for (size_t j = lead + 2; j + 2 < to; j++) {
		if (!is_conjunction(rc, j))
			continue;
		if (!gerund_at(rc, j + 1) || gerund_at(rc, j - 1) || !rc_word(rc, j - 1) ||
		    rc_wl(rc, j + 1, NCG_WL_ADJECTIVAL_GERUND) || !rc_lower(rc, j + 2) ||
		    is_conjunction(rc, j + 2) || rc_wl(rc, j + 2, NCG_WL_ITEM_PREPOSITION) ||
		    !past_infinitive_object(rc, lead, j))
			return 0;
		return j;
	}
	return 0;
}

/* The last item [*from, to) of the list l may hold one more
 * "and" that joins two items: plans the part before it as an item (in
 * p) and moves *from past it.  more: the list has other items
 * (or is a pair). */
static void
split_last_item(const rc_ctx *rc, item_plan *p, const item_list *l, size_t *from, size_t to,
                int more, size_t max)
{
	size_t lead = lead_end(rc, *from, to), j = word_first_conjunct(rc, l, *from, to);

	if (!j)
		j = gerund_last_conjunct(rc, l, *from, to);

	/* fixQ: a piece headed by a resolution's name ends before "and"
	 * ("the UNSCRs and trade"): it is dropped, the rest an item */
	for (size_t k = *from + 1; !j && k + 1 < to; k++)
		if (is_conjunction(rc, k) && resolution_item(rc, *from, k))
			j = k;
	if (j) {
		plan_item(p, *from, j, max);
		*from = j + 1;
		return;
	}
	for (j = lead + 2; j + 3 <= to; j++)
		if (is_conjunction(rc, j))
			break;
	/* "risk reduction and crisis management and the operation
	 * of ...": a later "and" before a noun phrase splits */
	for (size_t q = j + 1; j + 3 <= to && q + 3 <= to; q++)
		if (is_conjunction(rc, q) && noun_conjunct(rc, q, to)) {
			j = q;
			break;
		}
	/* in a list of gerunds, "and" starts an item only
	 * before a gerund ("strengthening A and regional B") */
	/* rules69: not inside an infinitive's complement ("the need to
	 * remain focused on A and B such as C": infinitive_in) */
	if (j + 3 <= to && is_conjunction(rc, j) && bare_lead(rc, *from, lead, j) && more &&
	    !clause_verb(rc, j + 1) && !infinitive_in(rc, lead, j) && !adjective_pair(rc, j, to) &&
	    (gerund_at(rc, j + 1) || !gerund_list(rc, l))) {
		plan_item(p, *from, j, max);
		*from = j + 1;
	}
}

/* rules18: where a list opener starts inside the item [a, b), after its
 * first two words ("major global issues such as A, B, and C"); b when
 * none. */
static size_t
opener_inside(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t i = lead_end(rc, a, b) + 2; i < b; i++)
		if (rc_wl_match(rc, i, b, NCG_WL_LIST_OPENER, 0) > i)
			return i;
	return b;
}

/* rules18: in a list cut at semicolons, an item that is a list of its
 * own, three noun phrases or more by commas, the last opened by "and"
 * ("including the diplomatic schedule between Korea and the US, key
 * alliance issues, and the bilateral FTA; North Korean ...; and ..."):
 * plans its pieces and returns 1; else 0. */
static int
semi_inner_list(const rc_ctx *rc, item_plan *p, size_t a, size_t b)
{
	size_t pieces[ITEMS_MAX][2], n;

	if (opener_inside(rc, a, b) < b || (n = cut_items(rc, a, b, pieces, ITEMS_MAX)) < 3 ||
	    !is_conjunction(rc, pieces[n - 1][0] + rc_punct(rc, pieces[n - 1][0], ",")))
		return 0;
	for (size_t k = 0; k < n; k++)
		if (item_words(rc, pieces[k]) < 2 || not_an_item(rc, pieces[k][0], pieces[k][1]) ||
		    name_item(rc, pieces[k][0], pieces[k][1]))
			return 0;
	for (size_t k = 0; k < n; k++)
		plan_item(p, pieces[k][0], pieces[k][1], 20);
	return 1;
}

/* rules21: does a run of one-word topics start at item k and end before
 * a last item of more words ("trade, Iraq, and a new compromise ...")?
 * Then each is a topic of its own; a run to the list's end stays one
 * topic ("peace, stability, and prosperity"). */
static int
word_topic_run(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t m = k;

	if (!word_topic(rc, items[k]))
		return 0;
	while (m + 1 < n && item_words(rc, items[m + 1]) == 1)
		m++;
	return m + 1 == n - 1 && word_topics_ok(rc, items, n);
}

/* rules31: does the run of one-word items after piece k end before a
 * piece of two words or more ("A, nuclear submarines, shipbuilding, and
 * space cooperation")?  Then the run shares no modifier of piece k (as
 * "CNI exercises, simulations, and training", a run ending the list): its
 * words are items of their own. */
static int
one_word_run_inside(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t m = k + 1, f = item_first(rc, items[k]);

	/* a piece of its own head, two words or more past a determiner
	 * ("nuclear, space, and cyber cooperation" shares one) */
	f += rc_wl(rc, f, NCG_WL_OBJECT_DETERMINER) || rc_wl(rc, f, NCG_WL_INDEFINITE_ARTICLE);
	if (item_span_words(rc, f, items[k][1]) < 2)
		return 0;
	while (m < n && item_words(rc, items[m]) == 1)
		m++;
	if (m >= n)
		return 0;
	/* not a shared complement or head after the run's last "and W"
	 * ("execution, and training regarding ...", "expansion,
	 * diversification, and improvement of ...", "military, and economic
	 * - to ...") */
	f = item_first(rc, items[m]);
	return f + 1 < items[m][1] && rc_word(rc, f + 1) &&
	       !rc_wl(rc, f + 1, NCG_WL_COMPLEMENT_PREP) &&
	       !rc_wl(rc, f + 1, NCG_WL_ITEM_PREPOSITION);
}

/* rules228: is the list's last item one topic word after its own ", and",
 * and item k, not the list's first, a noun phrase of two words or more
 * ("maritime security, space cooperation, and logistics")?  The lone
 * word is an item of its own: a modifier shared over the serial comma
 * needs a run of two words or more ("CNI exercises, simulations, and
 * training"; "cooperation in defense science and technology, space, and
 * cyber"). */
static int
last_word_apart(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t c = items[n - 1][0];

	return k >= 1 && k + 2 == n && c > 0 && rc_punct(rc, c - 1, ",") && is_conjunction(rc, c) &&
	       word_topic(rc, items[n - 1]) && item_words(rc, items[k]) >= 2 &&
	       rc_lower(rc, items[k][1] - 1) && !adjective_shaped(rc, items[k][1] - 1);
}

/* rules236: does a run of one-word topics from item k, after a noun
 * phrase of two words or more (item k - 1), end before another such
 * item that is not the list's last ("focused engagements such as air
 * domain awareness, communications, intelligence, logistics readiness,
 * and professionalization", PACAF)?  No modifier is shared over a comma
 * before a middle item: each word is an item of its own ("nuclear,
 * space, and cyber cooperation", a run before the last item, shares
 * one). */
static int
mid_word_run_apart(const rc_ctx *rc, size_t items[][2], size_t n, size_t k)
{
	size_t m = k;

	if (k == 0 || item_words(rc, items[k - 1]) < 2 || !rc_lower(rc, items[k - 1][1] - 1) ||
	    adjective_shaped(rc, items[k - 1][1] - 1) || !word_topic(rc, items[k]))
		return 0;
	while (m + 1 < n && word_topic(rc, items[m + 1]))
		m++;
	return m > k && m + 2 < n && item_words(rc, items[m + 1]) >= 2;
}

/* fix73 (review73): is the list's last item one word of lex:
 * listCloserWord after its own ", and" ("maritime security, defense
 * industrial cooperation, and more")?  It closes the list and names no
 * item: the list ends before it. */
static int
closer_last(const rc_ctx *rc, size_t items[][2], size_t n)
{
	size_t c = n >= 3 ? items[n - 1][0] : 0;

	return c > 0 && rc_punct(rc, c - 1, ",") && is_conjunction(rc, c) && item_words(rc, items[n - 1]) == 1 &&
	       rc_wl(rc, item_first(rc, items[n - 1]), NCG_WL_LIST_CLOSER_WORD);
}

/* A series of items that reads as one item (its "and" joins adjectives,
 * names, examples ...): where it ends from item k, and the longest item
 * (max, 0 to keep) and the examples flag it gives the joined item. */
typedef size_t (*series_end_fn)(const rc_ctx *, size_t[][2], size_t, size_t);
typedef struct {
	series_end_fn end;
	size_t max;
	int examples;
} series_rule;

static const series_rule joined_series[] = {
	{ name_series_end, 32, 1 },        /* its "and" joins names */
	{ prep_series_end, 32, 1 },        /* joins the preposition's objects */
	{ means_series_end, 32, 1 },       /* fixE: joins the means' objects */
	{ modifier_run_end, 0, 1 },        /* joins adjectives */
	{ adjective_series_end, 32, 1 },   /* rules11: joins adjectives */
	{ determiner_series_end, 32, 1 },  /* rules31: joins adjectives */
	{ examples_end, 32, 1 },           /* its last "and" joins examples */
	{ closer_series_end, 40, 1 },      /* its last "and" joins the series */
	{ inner_run_end, 32, 0 },          /* an item with its elaboration or inner list */
};

/* Without semicolons, join item k with the items that belong to it: a
 * run of one-word items ("CNI exercises, simulations, and training"),
 * and each series of joined_series in turn.  Moves *k to the last item
 * joined and sets *max; returns 1 when an "and" inside joins examples. */
static int
join_items(const rc_ctx *rc, size_t items[][2], size_t n, size_t *k, size_t *max)
{
	size_t e;
	int examples = 0;

	if ((e = shared_head_series_end(rc, items, n, *k)) > *k) {
		*k = e;
		*max = 32;
		return 1;       /* rules254: its "and" joins the kinds of one head */
	}
	if ((e = adjective_run_end(rc, items, n, *k)) > *k) {
		*k = e;
		*max = 32;
		examples = 1;   /* rules31: its "and" joins adjectives */
	}
	while (*k + 1 < n && item_words(rc, items[*k + 1]) == 1 &&
	       item_words(rc, items[*k]) <= 3 && !word_topic_run(rc, items, n, *k) &&
	       !one_word_run_inside(rc, items, n, *k) && !last_word_apart(rc, items, n, *k) &&
	       !mid_word_run_apart(rc, items, n, *k))
		(*k)++;
	for (size_t r = 0; r < sizeof joined_series / sizeof joined_series[0]; r++) {
		if ((e = joined_series[r].end(rc, items, n, *k)) <= *k)
			continue;
		*k = e;
		if (joined_series[r].max != 0)
			*max = joined_series[r].max;
		examples |= joined_series[r].examples;
	}
	return examples;
}

/* rules83: the longest item, in tokens, of a semicolon list that has
 * commas inside it (plan_cut). */
enum { SEMI_COMMA_ITEM_MAX = 32 };

/* Is there a comma in [a, b)? */
static int
has_comma(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (rc_punct(rc, i, ","))
			return 1;
	return 0;
}

/* fixE: in a list of gerund items, is item k the last of an inner
 * "and" series closed by a list conjunction ("strengthening A and
 * enhancing B as well as protecting C"): item k + 1 opened by one?  Its
 * "and" may then split it as a last item's does. */
static int
closed_by_conjunction(const rc_ctx *rc, const item_list *l, size_t k)
{
	return k + 1 < l->n && gerund_list(rc, l) &&
	       rc_wl_match(rc, l->it[k][1], l->it[k + 1][0], NCG_WL_LIST_CONJUNCTION, 0) ==
	               l->it[k + 1][0];
}

/* rules275: is item k of l (from `from`), before the last, a pair of two
 * lower-case two-word topics that a lex:listConjunction after its comma
 * joins to the next ("climate action and ecosystem protection, as well as
 * inclusive economic growth")?  The conjunction adds a third topic to
 * two.  Strict (fix108): not a gerund's object ("deepening trade and
 * investment ties"), no name ("Humanitarian Assistance and Disaster
 * Relief"), no complement ("regional peace and stability in the ..."),
 * no shared plural head ("crisis management and military response
 * measures"); or any bare pair whose second conjunct opens with "the".
 * Returns the "and", else 0. */
static size_t
pair_before_also(const rc_ctx *rc, const item_list *l, size_t k, size_t from)
{
	size_t to = l->it[k][1], j;

	if (k + 1 >= l->n || !rc_punct(rc, to, ",") ||
	    rc_wl_match(rc, to + 1, l->it[k + 1][0], NCG_WL_LIST_CONJUNCTION, 0) != l->it[k + 1][0] ||
	    !(j = bare_pair(rc, from, to)))
		return 0;
	/* an article opening the second conjunct makes it a phrase of its
	 * own ("North Korea and the situation in the Middle East") */
	if (rc_lower(rc, j + 1) && rc_wl(rc, j + 1, NCG_WL_DEFINITE_ARTICLE))
		return j;
	if (j != from + 2 || to != j + 3 || gerund_at(rc, from) || plural_shaped(rc, to - 1))
		return 0;
	for (size_t i = from; i < to; i++)
		if (i != j && (!rc_word(rc, i) || !rc_lower(rc, i)))
			return 0;
	return j;
}

/* Plan the split of the list l into workstreams.  Without semicolons, commas may
 * also fall inside an item (join_items); and "B and C" at the end is two
 * items when both sides have two words or more. */
static void
plan_cut(const rc_ctx *rc, item_list *l, int pair, item_plan *p)
{
	size_t (*items)[2] = l->it, n = l->n;
	size_t base = long_items_list(rc, l) ? ITEM_GERUND_MAX : 20;
	int semi = l->semi;

	p->n = 0;
	if (!semi && closer_last(rc, items, n))
		n--;
	for (size_t k = 0; k < n; k++) {
		size_t from = items[k][0], to, max = base, j;
		int examples = 0;

		/* rules18: an item of a semicolon list that is a list of its
		 * own, or one that names its own examples (kept whole) */
		if (semi && semi_inner_list(rc, p, from, items[k][1]))
			continue;
		if (semi && opener_inside(rc, from, items[k][1]) < items[k][1])
			max = 48;
		/* rules83: an item of a semicolon list with commas inside
		 * (the reason for the semicolons: "the promotion of open,
		 * interoperable, and secure fifth generation (5G) wireless
		 * technologies, networks, and services; ...") is kept whole
		 * up to SEMI_COMMA_ITEM_MAX tokens */
		else if (semi && has_comma(rc, from, items[k][1]))
			max = SEMI_COMMA_ITEM_MAX;
		if (!semi)
			examples = join_items(rc, items, n, &k, &max);
		to = items[k][1];
		/* rules176: an item before the last that is a pair of topics;
		 * rules275: or a bare pair before "as well as" ("climate
		 * action and ecosystem protection, as well as C") */
		if (!semi && k + 1 < n &&
		    ((j = plural_pair_at(rc, from, to)) || (j = pair_before_also(rc, l, k, from)))) {
			plan_item(p, from, j, max);
			from = j + 1;
		}
		if (!semi && !examples && (k + 1 == n || closed_by_conjunction(rc, l, k)))
			split_last_item(rc, p, l, &from, to, n > 1 || pair, base);
		plan_item(p, from, to, max);
	}
}

/* How many items of the plan p are pieces of a list (item_span; a
 * resolution's counts, though add_plan adds no line of work for it)? */
static size_t
plan_count(rc_ctx *rc, const item_plan *p)
{
	size_t n = 0;

	for (size_t k = 0; k < p->n; k++) {
		size_t a = p->v[k][0], b = p->v[k][1];

		n += item_span(rc, &a, &b, p->v[k][2]);
	}
	return n;
}

/* rules115: does the item [a, b) open with a glued comma and one
 * lower-case letter, no article ("each country,s domestic ...
 * policies": a cable's typewriter apostrophe read as a comma)?  Then the
 * comma cut a word's possessive, not a list: the pieces ("each country",
 * "s domestic") are fragments. */
static int
apostrophe_comma_item(const rc_ctx *rc, size_t a, size_t b)
{
	while (a < b && rc_wl(rc, a, NCG_WL_ITEM_LEAD))
		a++;
	return a > 1 && a < b && rc_lower(rc, a) && rc->tok[a].e - rc->tok[a].b == 1 &&
	       !rc_wl(rc, a, NCG_WL_INDEFINITE_ARTICLE) && rc_adjacent(rc, a) && rc_punct(rc, a - 1, ",") &&
	       rc_adjacent(rc, a - 1) && rc_word(rc, a - 2);
}

/* rules198: the most words of a relative clause's subject before the
 * list's "and" ("the role that Britain", "the part that Poland"). */
enum { OPEN_RELATIVE_SUBJECT_MAX = 3 };

/* rules198: does the item [a, b) end in an open relative clause: a
 * lex:relativePronoun after its first word, then only capitalised words
 * (its subject, no verb yet) to the item's end ("discussed the increased
 * role that Britain and other NATO countries are taking toward ...",
 * DoD)?  Then the "and" after it joins the clause's subjects, and the
 * clause's verb follows in the next piece: one topic, no list.  "the
 * agreement that Athens signed last year, and B" has its verb: a list. */
static int
open_relative_item(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t r = b - 1; r > a && b - r <= OPEN_RELATIVE_SUBJECT_MAX + 1; r--) {
		if (rc_wl(rc, r, NCG_WL_RELATIVE_PRONOUN))
			return r + 1 < b;
		if (!rc_cap(rc, r))
			return 0;
	}
	return 0;
}

/* rules283: does a lex:goalStanceNoun at i take "to" and a lex:sharedGoalNoun,
 * maybe after one adjective, that ends its phrase (before the item's end,
 * a comma, "and" or a lex:nounPreposition): "their shared commitment to
 * security, peace, and prosperity throughout the Indo-Pacific", "their
 * commitment to regional stability"?  A commitment to a shared goal is a
 * statement of position, no line of work; not a commitment to an act
 * ("Washington's firm commitment to defending South Korea and Japan",
 * "commitment to maintaining deterrence": no goal noun after "to"). */
static int
goal_commitment_at(const rc_ctx *rc, size_t i, size_t b)
{
	size_t g = i + 2;

	if (g >= b || !rc_lower(rc, i) || !rc_wl(rc, i, NCG_WL_GOAL_STANCE_NOUN) || !is_infinitive_to(rc, i + 1))
		return 0;
	if (!rc_wl(rc, g, NCG_WL_SHARED_GOAL_NOUN) && g + 1 < b && adjective_shaped(rc, g))
		g++;
	if (!rc_lower(rc, g) || !rc_wl(rc, g, NCG_WL_SHARED_GOAL_NOUN))
		return 0;
	return g + 1 == b || rc_punct(rc, g + 1, ",") || is_conjunction(rc, g + 1) ||
	       rc_wl(rc, g + 1, NCG_WL_NOUN_PREPOSITION);
}

/* review106: an item after a commitment that is only a shared goal, with
 * at most one adjective and maybe a phrase after a preposition ("their
 * commitment to security, peace, and prosperity throughout the
 * Indo-Pacific": "peace", "prosperity ..."), is a piece its "to"
 * governs. */
static int
goal_piece_item(const rc_ctx *rc, size_t a, size_t b)
{
	while (a < b && (rc_punct(rc, a, ",") || is_conjunction(rc, a)))
		a++;
	if (a + 1 < b && !rc_wl(rc, a, NCG_WL_SHARED_GOAL_NOUN) && adjective_shaped(rc, a))
		a++;
	return a < b && rc_lower(rc, a) && rc_wl(rc, a, NCG_WL_SHARED_GOAL_NOUN) &&
	       (a + 1 == b || rc_wl(rc, a + 1, NCG_WL_GOAL_SCOPE_PREPOSITION));
}

static int
goal_commitment_item(const rc_ctx *rc, const item_plan *p, size_t k)
{
	for (size_t i = p->v[k][0]; i < p->v[k][1]; i++)
		if (goal_commitment_at(rc, i, p->v[k][1]))
			return 1;
	return 0;
}

/* rules283: which items of the plan p to add (keep[k]): all but one
 * that holds a commitment to a shared goal (goal_commitment_at) and the
 * goal pieces right after it (goal_piece_item): those are a position, no
 * line of work.  review106: every other item stays, before or after it
 * ("discussed their commitment to democracy, nuclear deterrence, and
 * space cooperation"); fewer than two left beside a commitment are no
 * list (none kept).  Returns how many are kept. */
static size_t
plan_keep(const rc_ctx *rc, const item_plan *p, unsigned char *keep)
{
	size_t kept = 0;
	int dropped = 0, piece = 0;

	for (size_t k = 0; k < p->n; k++) {
		if (goal_commitment_item(rc, p, k))
			keep[k] = 0, dropped = piece = 1;
		else if (piece && goal_piece_item(rc, p->v[k][0], p->v[k][1]))
			keep[k] = 0;
		else
			keep[k] = 1, piece = 0, kept++;
	}
	if (dropped && kept < 2)
		memset(keep, 0, p->n);
	return dropped && kept < 2 ? 0 : kept;
}

/* Add the items of the plan p as workstreams of sentence s (those
 * plan_keep keeps). */
static ncg_status
add_plan(rc_ctx *rc, uint32_t s, const item_plan *p)
{
	size_t first = rc->nm;
	unsigned char keep[PLAN_MAX];

	for (size_t k = 0; k < p->n; k++) {
		size_t a = p->v[k][0];

		while (a < p->v[k][1] && rc_punct(rc, a, ","))
			a++;
		/* rules135: "not only A, but also B": one scope, no list */
		if (apostrophe_comma_item(rc, a, p->v[k][1]) ||
		    rc_wl_match(rc, a, p->v[k][1], NCG_WL_CORRELATIVE_SECOND, 0) ||
		    (k + 1 < p->n && open_relative_item(rc, a, p->v[k][1])))
			return NCG_OK;
	}
	plan_keep(rc, p, keep);
	for (size_t k = 0; k < p->n; k++)
		if (keep[k])
			NCG_TRY(add_workstream_upto(rc, s, p->v[k][0], p->v[k][1], p->v[k][2]));
	return distinct_items(rc, first);
}

static ncg_status
split_cut(rc_ctx *rc, uint32_t s, item_list *l, int pair)
{
	item_plan p;

	plan_cut(rc, l, pair, &p);
	return add_plan(rc, s, &p);
}

static ncg_status
split_list(rc_ctx *rc, uint32_t s, size_t a, size_t b, int pair)
{
	item_list l;

	list_cut(rc, a, b, &l);
	return split_cut(rc, s, &l, pair);
}

/* Does a wording hold all the words of a known workstream wording of two
 * words or more ("joint nuclear planning" holds "joint planning")? */
static int
contains_known(const rc_ctx *rc, const char *w)
{
	char nf[512], kbuf[512];

	ncg_normal_form(rc->lex, w, strlen(w), nf, sizeof nf);
	for (size_t i = 0; i < ncg_lexicon_count(rc->lex, NCG_LEX_WORKSTREAM); i++) {
		const ncg_lex_entry *c = ncg_lexicon_at(rc->lex, NCG_LEX_WORKSTREAM, i);

		for (size_t k = 0; k <= c->alt.n; k++) {
			const char *x = k < c->alt.n ? c->alt.v[k] : c->label, *kf;
			int all = 1, words = 0;

			if (!x)
				continue;
			/* indexed normal form of the lexicon's wording (speed) */
			kf = ncg_lexicon_normal_of(rc->lex, x, kbuf, sizeof kbuf);
			for (const char *p = kf; *p && all;) {
				size_t n = strcspn(p, " ");

				words++;
				all = rc_has_word(nf, p, n);
				p += n;
				while (*p == ' ')
					p++;
			}
			if (all && words >= 2)
				return 1;
		}
	}
	return 0;
}

/* Does the list [a, b) name at least two known workstreams?  Sets *yes. */
static ncg_status
known_list(rc_ctx *rc, size_t a, size_t b, int *yes)
{
	size_t items[ITEMS_MAX][2], n = cut_items(rc, a, b, items, ITEMS_MAX), known = 0;

	*yes = 0;
	for (size_t k = 0; k < n; k++) {
		const char *w;

		if (items[k][1] <= items[k][0])
			continue;
		/* lines of work name no bodies or people and are short */
		if (item_words(rc, items[k]) > 12 ||
		    rc_claimed(rc, items[k][0], items[k][1], RC_CLAIM_BODY | RC_CLAIM_NAME))
			return NCG_OK;
		NCG_TRY(rc_span(rc, items[k][0], items[k][1], &w));
		if (workstream_concept(rc, w, NULL) || contains_known(rc, w))
			known++;
	}
	*yes = n >= 2 && known >= 2;
	return NCG_OK;
}

/* Does a clause boundary (a line's start, or ".", ";", ":") fall at
 * token k? */
static int
clause_edge(const rc_ctx *rc, size_t k)
{
	return (rc->tok[k].flags & NCG_TF_LINE) || rc_punct(rc, k, ".") || rc_punct(rc, k, ";") ||
	       rc_punct(rc, k, ":");
}

/* fix91 (review87 1): is the lex:pillarPreposition at p the complement
 * of a lex:pillarVerb that shapes the meeting or its series, at most
 * eight words before it in the clause ("agreed to structure the
 * Economic Dialogue along ...", "will be organized around ...")?  Its
 * object, if any, holds a lex:meetingNoun and no possessive ("its",
 * another thing's parts); no lex:recollectionCue ("They recalled that
 * ...") opens the clause. */
static int
pillar_complement(const rc_ctx *rc, size_t p)
{
	size_t v = p, k;
	int meeting = 0;

	while (v > 0 && v + 9 > p && !clause_edge(rc, v) && !rc_wl_ci(rc, v - 1, NCG_WL_PILLAR_VERB))
		v--;
	if (v == 0 || v + 9 <= p || clause_edge(rc, v))
		return 0;
	for (k = v; k < p; k++) {
		if (rc_wl_ci(rc, k, NCG_WL_POSSESSIVE) || rc_punct(rc, k, ","))
			return 0;
		meeting |= rc_wl_ci(rc, k, NCG_WL_MEETING_NOUN);
	}
	if (v < p && !meeting)
		return 0;
	for (k = v - 1; k > 0 && !clause_edge(rc, k); k--)
		if (rc_wl_ci(rc, k - 1, NCG_WL_RECOLLECTION_CUE))
			return 0;
	return 1;
}

/* rules263: a lex:pillarNoun only counted, the lex:agendaCountWord
 * right before it or one word before ("three policy pillars"), and
 * right before a colon; fix91 (review87 1): the count after a
 * lex:pillarPreposition that completes a verb shaping the meeting
 * (pillar_complement: "structure the Economic Dialogue along three
 * policy pillars: A; B; and C"); not "the NPT and its three pillars:",
 * "AUKUS comprises two pillars:".  Returns the noun's end or 0. */
static size_t
pillar_noun_at(const rc_ctx *rc, size_t w, size_t lim)
{
	if (w + 1 >= lim || !rc_punct(rc, w + 1, ":"))
		return 0;
	for (size_t k = w; k > 1 && k + 2 > w; k--)
		if (rc_wl_ci(rc, k - 1, NCG_WL_AGENDA_COUNT_WORD))
			return rc_wl_ci(rc, k - 2, NCG_WL_PILLAR_PREPOSITION) && pillar_complement(rc, k - 2)
			           ? w + 1
			           : 0;
	return 0;
}

/* A noun that introduces a list of workstreams at token w ("NCG
 * workstreams", "five lines of effort", pillar_noun_at); returns its
 * end or 0. */
static size_t
workstream_noun_at(const rc_ctx *rc, size_t w, size_t lim)
{
	if (rc_wl_ci(rc, w, NCG_WL_PILLAR_NOUN))
		return pillar_noun_at(rc, w, lim);
	return rc_wl_match(rc, w, lim, NCG_WL_WORKSTREAM_NOUN, 0);
}

/* Known workstreams named in running text ("work on nuclear and strategic
 * planning, with contributions from ..."): mentions, not list items. */
static ncg_status
known_workstreams(rc_ctx *rc, uint32_t s)
{
	const ncg_sentence *st = &rc->sent[s];

	for (size_t i = st->t0; i < st->t1; i++) {
		size_t e;
		const ncg_lex_wording *w;
		ncg_mention *m;

		if (rc_claimed(rc, i, i + 1, RC_CLAIM_ITEM | RC_CLAIM_AGENDA | RC_CLAIM_BODY |
		               RC_CLAIM_NAME | RC_CLAIM_TITLE))
			continue;
		w = rc_lex_longest(rc, i, st->t1, 1u << NCG_LEX_WORKSTREAM,
		                   (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) |
		                   (1u << NCG_LEXW_ACRONYM), &e);
		/* a single common word ("guidelines") is too weak a sign */
		if (!w || (e == i + 1 && w->what != NCG_LEXW_ACRONYM) ||
		    rc_claimed(rc, i, e, RC_CLAIM_ITEM | RC_CLAIM_AGENDA | RC_CLAIM_BODY))
			continue;
		NCG_TRY(rc_add(rc, NCG_M_WORKSTREAM, s, i, e, &m));
		NCG_TRY(rc_span(rc, i, e, &m->name));
		m->key = w->entry->key;
		m->lex = w->entry;
		if (w->what == NCG_LEXW_ACRONYM)
			m->workstream.acronym = w->wording;
		rc_claim(rc, i, e, RC_CLAIM_ITEM);
		i = e - 1;
	}
	return NCG_OK;
}

/* rules166: is the -ed word i (a >= its clause's start) the first word
 * of an infinitive's object ("measures to protect classified
 * information"): an adjective, as no verb's past follows "to" and a verb? */
static int
infinitive_object(const rc_ctx *rc, size_t a, size_t i)
{
	return i >= a + 2 && is_infinitive_to(rc, i - 2) && rc_lower(rc, i - 1) && rc_lower(rc, i + 1);
}

/* Is there a verb in the past tense in [a, b): a clause ("The Ministers
 * reaffirmed ..."), no item? */
static int
verb_inside(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (clause_start(rc, i, b) && !infinitive_object(rc, a, i))
			return 1;
	return 0;
}

/* Where a numbered line's item starts ("1. A", "2) B", "(3) C"), or 0. */
static size_t
number_mark_end(const rc_ctx *rc, size_t t0, size_t t1)
{
	size_t d = rc->tok[t0].kind == NCG_TOK_NUMBER ? t0 : t0 + 1;

	if (d + 1 >= t1 || rc->tok[d].kind != NCG_TOK_NUMBER || rc->tok[d].e - rc->tok[d].b > 2)
		return 0;
	if (d == t0 + 1 && !(rc_punct(rc, t0, "(") && rc_punct(rc, d + 1, ")")))
		return 0;
	return rc_punct(rc, d + 1, ".") || rc_punct(rc, d + 1, ")") ? d + 2 : 0;
}

/* Bulleted items in the blocks after sentence s ("• nuclear and
 * strategic planning;"): each block one item.  Sets *count to how many. */
static ncg_status marked_items(rc_ctx *rc, uint32_t s, int numbered, size_t *count);

static ncg_status
bullet_items(rc_ctx *rc, uint32_t s, size_t *count)
{
	return marked_items(rc, s, 0, count);
}

/* Items in the blocks after sentence s that each open with a bullet or,
 * when `numbered`, a number ("1. A"), every one a noun phrase, not a
 * clause: an agenda laid out line by line ("discussed the following
 * issues:").  Sets *count to how many. */
static ncg_status
marked_items(rc_ctx *rc, uint32_t s, int numbered, size_t *count)
{
	const ncg_block *blk = ncg_doc_blocks(rc->doc);
	size_t nb = ncg_doc_nblocks(rc->doc), n = 0, first = rc->nm;

	for (size_t b = rc->sent[s].block + 1; b < nb; b++) {
		size_t t0 = blk[b].t0, t1 = blk[b].t1, m = 0;

		if (t1 <= t0 + 1 || (!rc_wl(rc, t0, NCG_WL_BULLET) &&
		                     !(numbered && (m = number_mark_end(rc, t0, t1)) != 0)))
			break;
		if (m)
			t0 = m - 1;     /* the item after the number's mark */
		else if ((m = rc_wl_match(rc, t0, t1, NCG_WL_BULLET, 1)) > t0 + 1)
			t0 = m - 1;     /* after a bullet of two marks ("--") */
		if (numbered && (not_an_item(rc, t0 + 1, t1) || verb_inside(rc, t0 + 1, t1)))
			break;
		while (t1 > t0 + 1 && (rc_punct(rc, t1 - 1, ";") || rc_punct(rc, t1 - 1, ".") ||
		                       rc_punct(rc, t1 - 1, ",")))
			t1--;
		if (t1 > t0 + 1 && is_conjunction(rc, t1 - 1) && rc_punct(rc, t1 - 2, ";"))
			t1 -= 2;
		NCG_TRY(add_workstream(rc, blk[b].s0, t0 + 1, t1));
		n++;
	}
	*count = n;
	return distinct_items(rc, first);
}

/* The list after token j (an opener), to the end of sentence s. */
static size_t
list_start(const rc_ctx *rc, size_t j, size_t lim)
{
	size_t a = j + 1 + (rc_is(rc, j, "such")), oe = rc_wl_match(rc, j, lim, NCG_WL_LIST_OPENER, 0);

	if (oe > a)
		a = oe;     /* past an opener of several words: "relating to" */

	while (a < lim && (rc_punct(rc, a, ":") || rc_punct(rc, a, "\xE2\x80\x9C") ||
	                   rc_punct(rc, a, "\"")))
		a++;

	if (rc_wl(rc, a, NCG_WL_OPENER_PREPOSITION))
		a++;
	if (a + 2 < lim && rc_punct(rc, a, "(") && rc->tok[a + 1].kind == NCG_TOK_NUMBER &&
	    rc_punct(rc, a + 2, ")"))
		return a;   /* "(1) nuclear crisis consultation; (2) ..." */
	if (a >= lim || rc_punct(rc, a, ",") || !rc_word(rc, a))
		return 0;   /* "including, based on ..." is no list */
	return a;
}

/* ---- the list items named again: an index of their wordings ----------
 *
 * Every listed item's wording is made once and hashed, folded the way
 * rc_match compares (quotes and dashes folded; ASCII case too unless the
 * wording is matched exactly).  At each token, the text is read forward
 * token by token, hashed the same way, and looked up: the walk stops as
 * soon as the text read is no prefix of any wording (prefixes are kept
 * where a token boundary can fall: beside white space or punctuation), so
 * that a token costs the length of its longest possible match, not the
 * number of items (issue 7).  A hash hit is confirmed with rc_match, so
 * that what matches is exactly what matched when every token was
 * compared with every item. */

typedef struct {
	uint64_t h;
	const char *w;            /* NULL: an empty slot */
	size_t k;                 /* the item's mention */
} im_slot;

typedef struct {
	im_slot *v;
	size_t cap, n;
} im_table;

#define IM_SEED 0xcbf29ce484222325ULL

static uint64_t
im_feed(uint64_t h, unsigned c)
{
	return (h ^ c) * 0x100000001b3ULL;
}

static unsigned
im_fold(unsigned c, int exact)
{
	if (c == 0x2019 || c == 0x2018)
		c = '\'';
	else if (c == 0x2010 || c == 0x2011 || c == 0x2013)
		c = '-';
	if (!exact && c >= 'A' && c <= 'Z')
		c += 'a' - 'A';
	return c;
}

/* Add (h, w, k) unless an entry with hash h and the same wording is there
 * (the first item with a wording is the one a match names). */
static ncg_status
im_put(im_table *t, uint64_t h, const char *w, size_t k)
{
	size_t j;

	if ((t->n + 1) * 2 > t->cap) {
		size_t ncap = t->cap ? t->cap * 2 : 64;
		im_slot *v = calloc(ncap, sizeof *v);

		if (!v)
			return NCG_ERR_NOMEM;
		for (size_t i = 0; i < t->cap; i++)
			if (t->v[i].w) {
				for (j = t->v[i].h & (ncap - 1); v[j].w; j = (j + 1) & (ncap - 1))
					;
				v[j] = t->v[i];
			}
		free(t->v);
		t->v = v;
		t->cap = ncap;
	}
	for (j = h & (t->cap - 1); t->v[j].w; j = (j + 1) & (t->cap - 1))
		if (t->v[j].h == h && strcmp(t->v[j].w, w) == 0)
			return NCG_OK;
	t->v[j].h = h;
	t->v[j].w = w;
	t->v[j].k = k;
	t->n++;
	return NCG_OK;
}

static int
im_has(const im_table *t, uint64_t h)
{
	if (!t->cap)
		return 0;
	for (size_t j = h & (t->cap - 1); t->v[j].w; j = (j + 1) & (t->cap - 1))
		if (t->v[j].h == h)
			return 1;
	return 0;
}

static int
im_boundary_cp(unsigned c)
{
	return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

typedef struct {
	im_table ci;              /* wordings matched in any ASCII case */
	im_table exact;           /* wordings matched exactly */
	im_table prefix;          /* case-folded prefixes of both */
	size_t maxlen;            /* longest wording, in code points */
	/* speed only: the first bytes of the wordings, ASCII letters and
	 * digits, case-folded (first), so that a token starting with no
	 * other is passed over as rc_match would reject it; any_first when
	 * a wording starts otherwise (then every token is read) */
	unsigned char first[128];
	int any_first;
} im_index;

/* Index wording w of item k. */
static ncg_status
im_add(im_index *ix, const char *w, size_t k, int exact)
{
	uint64_t hc = IM_SEED, hw = IM_SEED;
	size_t i = 0, len = strlen(w), n = 0;
	unsigned prev = ' ', w0 = (unsigned char)w[0];

	if (w0 < 0x80 && !im_boundary_cp(w0))
		ix->first[ncg_ascii_fold(w0)] = 1;
	else
		ix->any_first = 1;
	while (i < len) {
		unsigned c = ncg_utf8_next(w, &i);

		/* a token boundary may fall before c: keep the prefix */
		if (n && (im_boundary_cp(prev) || im_boundary_cp(c)))
			NCG_TRY(im_put(&ix->prefix, hc, "", 0));
		hc = im_feed(hc, im_fold(c, 0));
		hw = im_feed(hw, im_fold(c, exact));
		prev = c;
		n++;
	}
	if (n > ix->maxlen)
		ix->maxlen = n;
	NCG_TRY(im_put(&ix->prefix, hc, "", 0));
	return im_put(exact ? &ix->exact : &ix->ci, hw, w, k);
}

static void
im_free(im_index *ix)
{
	free(ix->ci.v);
	free(ix->exact.v);
	free(ix->prefix.v);
}

/* Listed item k's two wordings, made once, not at every token: in full
 * and by its acronym ("conventional-nuclear integration (CNI) exercises
 * and training" named as "CNI exercises and training"); NULL when none. */
static ncg_status
item_wordings(rc_ctx *rc, size_t k, const char **whole, const char **with_acronym)
{
	const ncg_mention *m = &rc->m[k];
	size_t wend, paren = m->t1;

	*whole = *with_acronym = NULL;
	if (m->kind != NCG_M_WORKSTREAM || !m->workstream.listed || m->t1 - m->t0 < 2)
		return NCG_OK;
	for (size_t q = m->t0; q < m->t1; q++)
		if (rc_punct(rc, q, "(") && paren == m->t1)
			paren = q;
	wend = m->workstream.acronym ? paren : m->t1;
	if (wend - m->t0 >= 2)
		NCG_TRY(rc_span(rc, m->t0, wend, whole));
	if (m->workstream.acronym && paren + 3 < m->t1 && rc_punct(rc, paren + 2, ")")) {
		const char *rest = NULL;

		NCG_TRY(rc_span(rc, paren + 3, m->t1, &rest));
		NCG_TRY(rc_printf(rc, with_acronym, "%s %s", m->workstream.acronym, rest));
	}
	return NCG_OK;
}

/* The index of the wordings of the items listed so far (mentions
 * [0, nlisted)). */
static ncg_status
im_build(rc_ctx *rc, size_t nlisted, im_index *ix)
{
	for (size_t k = 0; k < nlisted; k++) {
		const char *whole, *with_acronym;

		NCG_TRY(item_wordings(rc, k, &whole, &with_acronym));
		if (whole)
			NCG_TRY(im_add(ix, whole, k, 0));
		if (with_acronym)
			NCG_TRY(im_add(ix, with_acronym, k, 1));
	}
	return NCG_OK;
}

/* Confirm the entries of table t with hash h that match at token i and
 * end after token t1 - 1; keep the first item among the longest. */
static void
im_confirm(const rc_ctx *rc, const im_table *t, uint64_t h, size_t i, size_t lim,
           size_t t1, int exact, size_t *best, size_t *bk)
{
	if (!t->cap)
		return;
	for (size_t j = h & (t->cap - 1); t->v[j].w; j = (j + 1) & (t->cap - 1))
		if (t->v[j].h == h && rc_match(rc, i, lim, t->v[j].w, exact) == t1 &&
		    (t1 > *best || (t1 == *best && t->v[j].k < *bk))) {
			*best = t1;
			*bk = t->v[j].k;
		}
}

/* The longest match at token i (before lim) of any listed item's
 * wordings; its end, and in *bk the item. */
static size_t
item_match_at(const rc_ctx *rc, const im_index *ix, size_t i, size_t lim, size_t *bk)
{
	uint64_t hc = IM_SEED, hw = IM_SEED;
	size_t best = 0, n = 0;

	*bk = (size_t)-1;
	/* no wording starts with the token's first byte: rc_match would
	 * reject every one on it (an ASCII byte other than a letter or digit
	 * is its own fold) */
	if (!ix->any_first && i < lim && (unsigned char)rc->s[rc->tok[i].b] < 0x80 &&
	    !ix->first[ncg_ascii_fold((unsigned char)rc->s[rc->tok[i].b])])
		return 0;
	for (size_t t = i; t < lim; t++) {
		size_t p = rc->tok[t].b;

		if (t > i && (rc->tok[t].flags & NCG_TF_SPACE)) {
			hc = im_feed(hc, ' ');
			hw = im_feed(hw, ' ');
			n++;
		}
		while (p < rc->tok[t].e && n <= ix->maxlen) {
			unsigned c = ncg_utf8_next(rc->s, &p);

			hc = im_feed(hc, im_fold(c, 0));
			hw = im_feed(hw, im_fold(c, 1));
			n++;
		}
		if (n > ix->maxlen || !im_has(&ix->prefix, hc))
			break;
		im_confirm(rc, &ix->ci, hc, i, lim, t + 1, 0, &best, bk);
		im_confirm(rc, &ix->exact, hw, i, lim, t + 1, 1, &best, bk);
	}
	return best;
}

/* The statement's own list items named again in running text ("Work on
 * combined planning for nuclear contingencies is moving forward with
 * support from ..."): mentions of the same workstreams, found through the
 * index of their wordings. */
static ncg_status
item_mentions_in(rc_ctx *rc, const im_index *ix)
{
	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		if (!rc->body_sent[s])
			continue;
		for (size_t i = st->t0; i < st->t1; i++) {
			size_t best = 0, bk = 0;
			ncg_mention *x;

			if (rc_claimed(rc, i, i + 1, RC_CLAIM_ITEM | RC_CLAIM_AGENDA | RC_CLAIM_BODY |
			               RC_CLAIM_NAME))
				continue;
			best = item_match_at(rc, ix, i, st->t1, &bk);
			if (!best || rc_claimed(rc, i, best, RC_CLAIM_ITEM | RC_CLAIM_AGENDA | RC_CLAIM_BODY))
				continue;
			NCG_TRY(rc_add(rc, NCG_M_WORKSTREAM, (uint32_t)s, i, best, &x));
			NCG_TRY(rc_span(rc, i, best, &x->name));
			x->key = rc->m[bk].key;
			x->lex = rc->m[bk].lex;
			rc_claim(rc, i, best, RC_CLAIM_ITEM);
			i = best - 1;
		}
	}
	return NCG_OK;
}

static ncg_status
item_mentions(rc_ctx *rc)
{
	im_index ix;
	ncg_status st;

	memset(&ix, 0, sizeof ix);
	st = im_build(rc, rc->nm, &ix);
	if (st == NCG_OK && (ix.ci.n || ix.exact.n))
		st = item_mentions_in(rc, &ix);
	im_free(&ix);
	return st;
}

/* ---- agenda lists: "discussed A, B and C" ------------------------------ */

/* Mark the workstreams from mention `first` on as items of an agenda
 * list; with `agenda_claim`, their words are claimed as an agenda's, left
 * to the activity recogniser ("preparations for the next Nuclear
 * Deterrence Immersion Course"). */
static void
mark_agenda(rc_ctx *rc, size_t first, int agenda_claim)
{
	for (size_t k = first; k < rc->nm; k++) {
		if (rc->m[k].kind != NCG_M_WORKSTREAM)
			continue;
		rc->m[k].workstream.listed = NCG_LISTED_AGENDA;
		for (size_t i = rc->m[k].t0; agenda_claim && i < rc->m[k].t1; i++)
			rc->claim[i] = (uint8_t)((rc->claim[i] & ~RC_CLAIM_ITEM) | RC_CLAIM_AGENDA);
	}
}

/* fix174 (review142 3): does the wish verb at i govern the frame at w,
 * a "to" before w and no comma or conjunction between ("wants trade
 * agreements to cover A"; not "who wants closer ties, discussed A")? */
static int
wish_governs(const rc_ctx *rc, size_t i, size_t w)
{
	int to = 0;

	if (!rc_wl(rc, i, NCG_WL_WISH_VERB))
		return 0;
	for (size_t k = i + 1; k < w; k++) {
		if (rc_punct(rc, k, ",") || rc_punct(rc, k, ";") || is_conjunction(rc, k))
			return 0;
		to |= rc_is(rc, k, "to");
	}
	return to;
}

/* A commitment to talk later just before token w ("committed to
 * continuing robust conversations on ..."), or a wish that governs it
 * (wish_governs). */
static int
commitment_before(const rc_ctx *rc, size_t s0, size_t w)
{
	for (size_t i = w > s0 + 6 ? w - 6 : s0; i < w; i++)
		if (rc_wl_match(rc, i, w + 1, NCG_WL_COMMITMENT_CUE, 0) || wish_governs(rc, i, w))
			return 1;
	return 0;
}

/* rules13: is the frame at w no report of talks: after a modal of what
 * may be ("the allies could discuss A, B and C"; lex:hypotheticalModal),
 * or a frame that is a noun too with no lex:modal in the two words
 * before it ("the DPRK policy review and highlighted A, B and C";
 * lex:nounFrame)? */
static int
frame_unreal(const rc_ctx *rc, size_t s0, size_t w)
{
	int modal = 0;

	for (size_t i = w > s0 + 2 ? w - 2 : s0; i < w; i++) {
		if (rc_wl(rc, i, NCG_WL_HYPOTHETICAL_MODAL))
			return 1;
		modal |= rc_wl_ci(rc, i, NCG_WL_MODAL);
	}
	return !modal && rc_wl_match(rc, w, w + 1, NCG_WL_NOUN_FRAME, 0) == w + 1;
}

/* rules143: a verb in the past (lex:metVerb, or a lower-case word in
 * -ed) in [a, b): the tense a linked participle takes from its clause. */
static int
past_verb_in(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		size_t n = rc->tok[i].e - rc->tok[i].b;

		if (rc_lower(rc, i) && (rc_wl(rc, i, NCG_WL_MET_VERB) ||
		                        (n > 3 && memcmp(rc->s + rc->tok[i].e - 2, "ed", 2) == 0)))
			return 1;
	}
	return 0;
}

/* rules35: is the participle frame at w of sentence s opened by a comma:
 * right after it (", discussing"), or after a lex:participleLink and
 * maybe an adverb in -ly (", while broadly reviewing")?  rules143: the
 * linked one only after a verb in the past ("the two sides appreciated
 * A, while broadly reviewing B"), not a present one of policy ("METI
 * and DOE emphasize A, while simultaneously focusing on B", DOE). */
static int
comma_participle(const rc_ctx *rc, uint32_t s, size_t w)
{
	size_t k = w, n;

	if (k > 0 && rc_lower(rc, k - 1) && !rc_wl(rc, k - 1, NCG_WL_PARTICIPLE_LINK) &&
	    (n = rc->tok[k - 1].e - rc->tok[k - 1].b) > 4 &&
	    memcmp(rc->s + rc->tok[k - 1].e - 2, "ly", 2) == 0)
		k--;
	if (k > 0 && rc_wl(rc, k - 1, NCG_WL_PARTICIPLE_LINK)) {
		k--;
		if (!past_verb_in(rc, rc->sent[s].t0, k))
			return 0;
	} else if (k != w)
		return 0;
	return k > 0 && rc_punct(rc, k - 1, ",");
}

/* fix136: may the word at k stand between a lex:priorMeetingWord and
 * the meeting noun it modifies: a name ("Previous NCG meetings"), a
 * count ("two", "3"), "of" or a noun of meetings, discussions or
 * rounds (lex:ordinalMeetingNoun: "Previous rounds of talks")? */
static int
prior_modifier(const rc_ctx *rc, size_t k)
{
	return rc_cap(rc, k) || rc->tok[k].kind == NCG_TOK_NUMBER ||
	       rc_wl(rc, k, NCG_WL_AGENDA_COUNT_WORD) || rc_is(rc, k, "of") ||
	       (rc_lower(rc, k) && (rc_wl(rc, k, NCG_WL_MEETING_NOUN) || rc_wl(rc, k, NCG_WL_DISCUSSION_NOUN) ||
	                            rc_wl(rc, k, NCG_WL_ORDINAL_MEETING_NOUN)));
}

/* rules302: is the meeting or discussion noun at i an earlier meeting's,
 * a lex:priorMeetingWord before it ("Previous talks between Trump and
 * Kim Jong Un centered on ...", "Past discussions focused on ...");
 * fix136: maybe with up to PRIOR_REACH - 1 modifiers between
 * (prior_modifier: "Previous NCG meetings", "Previous rounds of
 * talks")?  What it covered is no line of work of the meeting
 * reported. */
enum { PRIOR_REACH = 4 };

static int
prior_meeting_noun(const rc_ctx *rc, uint32_t s, size_t i)
{
	for (size_t k = i; k > rc->sent[s].t0 && k + PRIOR_REACH > i; k--) {
		if (rc_wl_ci(rc, k - 1, NCG_WL_PRIOR_MEETING_WORD))
			return 1;
		if (!prior_modifier(rc, k - 1))
			return 0;
	}
	return 0;
}

/* A participle frame ("focusing on") opens an agenda after a noun of
 * meetings, discussions or delegations ("an in-depth discussion focusing
 * on", "the two sides focused on") or a comma (", discussing"); rules54:
 * maybe with a lex:frameAdverb between ("The Working Group meeting also
 * focused on"). */
static int
after_discussion_noun(const rc_ctx *rc, uint32_t s, size_t w)
{
	size_t n = w;

	if (n > 1 && rc_wl(rc, n - 1, NCG_WL_FRAME_ADVERB))
		n--;
	return w > 0 && (comma_participle(rc, s, w) ||
	                 ((rc_wl_ci(rc, n - 1, NCG_WL_MEETING_NOUN) ||
	                   rc_wl_ci(rc, n - 1, NCG_WL_DISCUSSION_NOUN)) && !prior_meeting_noun(rc, s, n - 1)) ||
	                 rc_wl_ci(rc, n - 1, NCG_WL_DELEGATION_NOUN));
}

/* rules35: a participle frame at w as the second predicate of a
 * sentence whose subject is a noun of meetings, discussions or
 * delegations ("The discussion reinforced the role ... and focused on
 * A, B, C, and D"): "and" just before w, the subject in the sentence's
 * first four words, a verb in the past tense right after it, and no
 * semicolon between.  Like "The discussion focused on". */
static int
second_predicate_of_meeting(const rc_ctx *rc, uint32_t s, size_t w)
{
	size_t t0 = rc->sent[s].t0;

	if (w < t0 + 4 || !is_conjunction(rc, w - 1))
		return 0;
	for (size_t i = t0; i < t0 + 4 && i + 1 < w; i++) {
		if (!rc_word(rc, i))
			return 0;
		if (rc_wl_ci(rc, i, NCG_WL_MEETING_NOUN) || rc_wl_ci(rc, i, NCG_WL_DISCUSSION_NOUN) ||
		    rc_wl_ci(rc, i, NCG_WL_DELEGATION_NOUN)) {
			/* right after its subject an -ed word is the verb, even
			 * one that is an adjective elsewhere ("reinforced") */
			if (!clause_verb(rc, i + 1) && !(rc_wl(rc, i + 1, NCG_WL_ADJECTIVAL_PARTICIPLE) &&
			                                 rc_lower(rc, i + 1)))
				return 0;
			for (size_t k = i + 2; k < w; k++)
				if (rc_punct(rc, k, ";"))
					return 0;
			return 1;
		}
	}
	return 0;
}

/* Is token i a gerund ("enhancing", "modernizing")? */
static int
gerund_at(const rc_ctx *rc, size_t i)
{
	/* "work together on everything from trade to security": a pronoun
	 * or noun in -ing (lex:nonGerund) is no gerund */
	return suffixed_at(rc, i, "ing", 5, NCG_WL_LIST_OPENER) && !rc_wl(rc, i, NCG_WL_NON_GERUND);
}

/* rules28: does the item [a, b) open with a gerund, maybe after one
 * adverb of degree (lex:degreeAdverb: "further enhancing the extended
 * deterrence efforts through ...")? */
static int
gerund_led(const rc_ctx *rc, size_t a, size_t b)
{
	a = lead_end(rc, a, b);
	if (a < b && rc_wl(rc, a, NCG_WL_DEGREE_ADVERB))
		a++;
	return a < b && gerund_at(rc, a);
}

/* rules28: does every piece of the list l open with a gerund
 * (gerund_led: "focused on addressing A, further enhancing B through
 * ... and incorporating C", KBS)?  Its items name acts of work however
 * long their objects: up to 22 words (ITEM_GERUND_MAX tokens), where a
 * noun phrase item has 16 (20 tokens). */
static int
gerund_led_list(const rc_ctx *rc, const item_list *l)
{
	return l->n >= 2 && gerund_led_upto(rc, l, l->n);
}

/* rules158: does the piece [a, b) of a series open as a noun phrase: a
 * determiner at most, then a lower-case word that is no preposition
 * and no gerund ("the realignment of ...", "fully verified ..."), or a
 * name's possessive ("North Korea's defiance of ...")?  Not a phrase of
 * place or time (", on the sidelines of ...", ", 70 kilometers south of
 * ..."), a body named ("the U.S. Army Corps of Engineers through ..."),
 * an apposition ("A, an increasingly crucial partner for B") or a
 * participle clause ("addressed A, affirming B, and thanking C"). */
static int
series_noun_piece(const rc_ctx *rc, size_t a, size_t b)
{
	size_t f = lead_end(rc, a, b), e;

	f += (size_t)(f < b && rc_wl(rc, f, NCG_WL_OBJECT_DETERMINER));
	if (f >= b)
		return 0;
	if (rc_lower(rc, f))
		return !rc_wl(rc, f, NCG_WL_NOUN_PREPOSITION) && !rc_wl(rc, f, NCG_WL_ITEM_PREPOSITION) &&
		       !gerund_at(rc, f) && !rc_wl(rc, f, NCG_WL_INDEFINITE_ARTICLE);
	e = name_run_end(rc, f, b);
	return e > f && possessive_end(rc, e, b) != 0;
}

/* rules158: is l a series of three or more noun phrases, each bounded
 * by commas ("discussed the realignment of ..., the ROK's commitment in
 * ... and its deployment of ..., and North Korea's defiance of ...",
 * DoD)?  Its items may then run as long as gerund-led ones.  Not when a
 * piece before the last names examples (", such as A, B, and C": the
 * commas are the examples') or ends in "and" (", and, if necessary,"). */
static int
noun_series_list(const rc_ctx *rc, const item_list *l)
{
	if (l->n < 3 || l->semi)
		return 0;
	for (size_t k = 0; k < l->n; k++) {
		size_t a = l->it[k][0], b = l->it[k][1];

		while (b > a && rc_punct(rc, b - 1, ","))
			b--;
		if (!series_noun_piece(rc, a, b) || (b > a && is_conjunction(rc, b - 1)))
			return 0;
		for (size_t j = a; k + 1 < l->n && j < b; j++)
			if (rc_wl_match(rc, j, b, NCG_WL_LIST_OPENER, 0) > j)
				return 0;
	}
	return 1;
}

/* Does every item of l run as long as a gerund-led one may? */
static int
long_items_list(const rc_ctx *rc, const item_list *l)
{
	return gerund_led_list(rc, l) || noun_series_list(rc, l);
}

/* Is [a, b) a list of two or more items that each open with a gerund
 * ("enhancing A, modernizing B, and strengthening C")? */
static int
gerund_list(const rc_ctx *rc, const item_list *l)
{
	for (size_t k = 0; k < l->n; k++) {
		size_t f = item_first(rc, l->it[k]);

		if (f >= l->it[k][1] || !gerund_at(rc, f))
			return 0;
	}
	return l->n >= 2;
}

static int
gerund_items(const rc_ctx *rc, size_t a, size_t b)
{
	item_list l;

	list_cut(rc, a, b, &l);
	return gerund_list(rc, &l);
}

static size_t agenda_end(const rc_ctx *rc, size_t a, size_t b);
static int semicolon_series(const rc_ctx *rc, size_t e, size_t b);
static int comma_before_semicolon(const rc_ctx *rc, size_t j, size_t b);
static size_t gerund_count(const rc_ctx *rc, size_t items[][2], size_t n);

/* After a progress noun at j ("reviewed progress taken during 2024 to
 * implement the Defense Vision, including A, B, and C"): the list after
 * an opener when its items are lines of work by their form (each opens
 * with a gerund); else 0 (progress_list reads known items). */
static size_t
progress_gerunds(const rc_ctx *rc, size_t j, size_t b)
{
	for (size_t k = j + 1; k < b && k < j + 24; k++) {
		size_t a;

		if (rc_punct(rc, k, ";") || rc_punct(rc, k, "."))
			return 0;
		if (rc_wl_match(rc, k, b, NCG_WL_LIST_OPENER, 0) && (a = list_start(rc, k, b)) &&
		    gerund_items(rc, a, agenda_end(rc, a, b)))
			return a;
	}
	return 0;
}

/* A list tail set between the frame and its items, in commas ("will
 * take up, among other issues, A, B, and C"): where the items start, or
 * e when there is none. */
static size_t
past_interjected_tail(const rc_ctx *rc, size_t e, size_t b)
{
	size_t t;

	if (rc_punct(rc, e, ",") && (t = rc_wl_match(rc, e + 1, b, NCG_WL_LIST_TAIL, 0)) > e + 1 &&
	    t < b && rc_punct(rc, t, ","))
		return t + 1;
	return e;
}

/* An opener at j inside the items of a frame ending at e: the object
 * opens with a gerund and holds a comma before the opener's own
 * ("discussions about strengthening A, B, and C, promoting D, including
 * E, ..."): the opener elaborates one item, the list starts at e. */
static int
opener_inside_items(const rc_ctx *rc, size_t e, size_t j)
{
	return gerund_at(rc, e) && j > e + 1 && has_comma(rc, e + 1, j - 1);
}

static int agenda_conjunct(const rc_ctx *rc, size_t j, size_t b);

/* rules365: after a comma, does a middle item open at k: a lower-case
 * word, no "and", no clause, no gerund, no lex:listConjunction?
 * fix179 (review147 3, 4): nor what closes the list or tells of the
 * last item: lex:listTail ("among other issues"), lex:elaborationCue,
 * a phrase of time (lex:recentPeriod: "earlier this week", a date),
 * "respectively". */
static int
middle_item_at(const rc_ctx *rc, size_t k, size_t b)
{
	return !is_conjunction(rc, k) && rc_lower(rc, k) && !gerund_at(rc, k) &&
	       !clause_start(rc, k, b) && !rc_wl_match(rc, k, b, NCG_WL_LIST_CONJUNCTION, 0) &&
	       !rc_wl_match(rc, k, b, NCG_WL_LIST_TAIL, 0) &&
	       !rc_wl_match(rc, k, b, NCG_WL_ELABORATION_CUE, 0) &&
	       !rc_wl_match(rc, k, b, NCG_WL_RECENT_PERIOD, 0) && !time_adverbial_at(rc, k, b) &&
	       !rc_is(rc, k, "respectively");
}

/* An opener at j after a comma whose phrase holds "and" and is closed by
 * ", and" (or ", as well as", rules45) and a last item ("discussed the provocations of the DPRK,
 * including missile launches and nuclear threat, and key security
 * issues ..."): it elaborates the item before it. */
static int
opener_closed_early(const rc_ctx *rc, size_t j, size_t b)
{
	size_t c = j + 1, cj;
	int and = 0, prep = 0;

	/* rules69: not after a class noun ("priorities, including A and
	 * B, as well as C"): its examples are the items */
	if (!rc_punct(rc, j - 1, ",") || (j >= 2 && rc_wl(rc, j - 2, NCG_WL_CLASS_NOUN)))
		return 0;
	for (; c < b && !rc_punct(rc, c, ","); c++) {
		if (rc_punct(rc, c, ";"))
			return 0;
		prep |= !and && rc_wl(rc, c, NCG_WL_COMPLEMENT_PREP);
		and |= is_conjunction(rc, c);
	}
	/* rules45: or ", as well as" and the last item (lex:listConjunction) */
	if (!and)
		return 0;
	/* rules365: or middle items in commas before the last ("worldwide
	 * efforts to combat A, including B and C, the importance of D, and
	 * efforts to E", State), when the example's "and" is inside its
	 * complement (no series of bare examples: "areas for cooperation,
	 * including research and health, data science, and energy"); each
	 * in lower case, no clause, no gerund (a series of acts: "to
	 * discuss and implement, including standing up A on B and C,
	 * establishing D, and E") */
	prep = prep && !gerund_at(rc, j + 1);
	while (prep && c + 2 < b && middle_item_at(rc, c + 1, b)) {
		for (c++; c < b && !rc_punct(rc, c, ","); c++)
			if (rc_punct(rc, c, ";"))
				return 0;
	}
	cj = c + 1 < b ? rc_wl_match(rc, c + 1, b, NCG_WL_LIST_CONJUNCTION, 0) : 0;
	cj = cj ? cj - 1 : c + 1;       /* the conjunction's last word */
	if (cj + 1 >= b || !(is_conjunction(rc, c + 1) || cj > c + 1) || clause_start(rc, cj + 1, b))
		return 0;
	for (size_t k = c + 1; k < b; k++)
		if (rc_punct(rc, k, ",") || rc_punct(rc, k, ";"))
			return 0;
	return 1;
}

/* rules21: an opener at j with no comma before it whose examples close
 * with an "and" of their own, then ", and" and a further item
 * ("discussed exchanges in areas including quantum, bio and space
 * technologies, and ways to step up cooperation ...", Yonhap via VOA):
 * the examples are part of the item before them, and the list starts
 * at the frame.  Not when ", and" closes the examples themselves
 * ("including A, B, and C") or opens a clause. */
static int
opener_examples_closed(const rc_ctx *rc, size_t j, size_t b)
{
	size_t c, words = 0;

	/* a word opener ("including", "such as"); a colon opens the items */
	if (j == 0 || rc_punct(rc, j - 1, ",") || !rc_word(rc, j))
		return 0;
	for (c = rc_wl_match(rc, j, b, NCG_WL_LIST_OPENER, 0); c < b && !is_conjunction(rc, c); c++) {
		if (rc_punct(rc, c, ";") || rc_punct(rc, c, ":") ||
		    (rc_punct(rc, c, ",") && c + 1 < b && is_conjunction(rc, c + 1)))
			return 0;
		/* examples are short: a piece of four words at most */
		words = rc_punct(rc, c, ",") ? 0 : words + (size_t)rc_word(rc, c);
		if (words > 4)
			return 0;
	}
	if (c >= b || rc_punct(rc, c - 1, ","))
		return 0;
	while (c < b && !rc_punct(rc, c, ",")) {
		if (rc_punct(rc, c, ";") || rc_punct(rc, c, ":"))
			return 0;
		c++;
	}
	return c + 3 < b && is_conjunction(rc, c + 1) && !clause_start(rc, c + 2, b) &&
	       !rc_wl(rc, c + 2, NCG_WL_AUXILIARY_VERB) && rc_lower(rc, c + 2);
}

/* rules21: an opener at j with no comma before it and one name as its
 * example, then a comma and further items ("talks on security issues
 * including North Korea, economic cooperation and other matters", AP):
 * the name elaborates the item before it, and the list starts at the
 * frame. */
static int
opener_one_name(const rc_ctx *rc, size_t j, size_t b)
{
	size_t o = rc_wl_match(rc, j, b, NCG_WL_LIST_OPENER, 0), c;

	if (j == 0 || rc_punct(rc, j - 1, ",") || !rc_word(rc, j) || !o)
		return 0;
	for (c = o; c < b && c < o + 6 && !rc_punct(rc, c, ","); c++)
		if (rc_punct(rc, c, ";") || rc_punct(rc, c, ":") || is_conjunction(rc, c))
			return 0;
	/* the piece after the comma is a common noun phrase, no further
	 * name of the examples ("including North Korea, Iran and Syria") */
	return c > o && c + 2 < b && rc_punct(rc, c, ",") && name_item(rc, o, c) &&
	       !is_conjunction(rc, c + 1) && rc_lower(rc, c + 1) && !clause_start(rc, c + 1, b);
}

/* An opener at j with no comma before it, followed in its clause by "and"
 * and a conjunct headed by an agenda noun ("consultations on regional
 * security issues including North Korea and substantive ways to further
 * ..."): it elaborates the first of two items. */
static int
opener_before_agenda_pair(const rc_ctx *rc, size_t j, size_t b)
{
	if (rc_punct(rc, j - 1, ","))
		return 0;
	for (size_t q = j + 1; q < b && q < j + 12; q++) {
		if (rc_punct(rc, q, ",") || rc_punct(rc, q, ";"))
			return 0;
		if (is_conjunction(rc, q) && agenda_conjunct(rc, q, b))
			return 1;
	}
	return 0;
}

static size_t field_opener_items(const rc_ctx *rc, size_t e, size_t j, size_t b);

/* "discussed cooperation on regional issues, countering proliferation,
 * and space initiatives": the progress noun at j (right after the frame
 * ending at e) heads the first item when no opener follows it and a later
 * item opens with a gerund; the items start at e.  Else 0. */
static size_t
progress_noun_item(const rc_ctx *rc, size_t e, size_t j, size_t b)
{
	size_t items[ITEMS_MAX][2], n;

	if (j != e)
		return 0;
	/* rules287: not before the fields the noun of work is in ("discussed
	 * cooperation in the areas of A, B, training and exercises"):
	 * progress_examples_closed reads them, the umbrella no item; fix126:
	 * unless they are none, "in the areas of greatest need") */
	if (field_opener_items(rc, j, j + 1, b))
		return 0;
	for (size_t k = j + 1; k < b; k++)
		if (rc_wl_match(rc, k, b, NCG_WL_LIST_OPENER, 0))
			return 0;
	n = cut_items(rc, e, agenda_end(rc, e, b), items, ITEMS_MAX);
	return n >= 3 && gerund_count(rc, items + 1, n - 1) >= 1 ? e : 0;
}

/* Is the frame's object, at e, a progress noun at j, maybe after a
 * determiner ("reviewed the progress taken ...")? */
static int
progress_object_at(const rc_ctx *rc, size_t e, size_t j)
{
	/* rules39: not with a complement of its own ("their efforts for
	 * the North's denuclearization, ..."): an item's head */
	return (j == e || (j == e + 1 && rc_wl(rc, e, NCG_WL_OBJECT_DETERMINER))) &&
	       rc_wl(rc, j, NCG_WL_PROGRESS_NOUN) && rc_lower(rc, j) &&
	       !(rc_wl(rc, j + 1, NCG_WL_COMPLEMENT_PREP) && !rc_wl(rc, j + 1, NCG_WL_PROGRESS_PREP));
}

/* After the progress noun at j: where the items of lines of work start
 * (progress_gerunds, progress_noun_item), or 0. */
static size_t
progress_items_start(const rc_ctx *rc, size_t e, size_t j, size_t b)
{
	size_t a = progress_gerunds(rc, j, b);

	return a ? a : progress_noun_item(rc, e, j, b);
}

/* rules218: is the opener at j right after a class noun
 * (lex:classNoun) and a comma, after the frame's end e, and what follows
 * it, up to a comma before b, an item of its own: no preposition
 * (lex:itemPreposition: not "priorities, including in the Indian Ocean,
 * such as ...") and no class noun ("priority areas, including several
 * new fields, such as ...", review65)? */
static int
class_comma(const rc_ctx *rc, size_t e, size_t j, size_t b)
{
	size_t o;

	if (!(j >= e + 2 && rc_punct(rc, j - 1, ",") && rc_lower(rc, j - 2) &&
	      rc_wl(rc, j - 2, NCG_WL_CLASS_NOUN)) ||
	    !(o = rc_wl_match(rc, j, b, NCG_WL_LIST_OPENER, 0)) || rc_wl(rc, o, NCG_WL_ITEM_PREPOSITION))
		return 0;
	for (; o < b && !rc_punct(rc, o, ","); o++)
		if (rc_lower(rc, o) && rc_wl(rc, o, NCG_WL_CLASS_NOUN))
			return 0;
	return 1;
}

/* After a frame ending at e, the list opener at j: the items start at e
 * when the opener elaborates one of them, else after the last opener of
 * the phrase ("issues related to the Alliance, including A, B"). */
static size_t
opener_items_start(const rc_ctx *rc, size_t e, size_t j, size_t b)
{
	if (opener_inside_items(rc, e, j) || opener_before_agenda_pair(rc, j, b) ||
	    opener_closed_early(rc, j, b) || opener_examples_closed(rc, j, b) ||
	    opener_one_name(rc, j, b))
		return e;
	/* rules218: not after a class noun and its comma ("in a wide range
	 * of areas, including global partnerships, such as A and B,
	 * commercial space, ..."): the later opener names examples of an
	 * item */
	if (class_comma(rc, e, j, b))
		return list_start(rc, j, b);
	for (size_t k = j + 2; k < b && k < j + 10 && !rc_punct(rc, k, ";"); k++)
		if (rc_wl_match(rc, k, b, NCG_WL_LIST_OPENER, 0) && rc_punct(rc, k - 1, ","))
			return list_start(rc, k, b);
	return list_start(rc, j, b);
}

/* rules72: is the progress noun at j an umbrella over a class of lines
 * of work, its preposition, at most three lower-case words and a class
 * noun (lex:classNoun) just before the opener at k, a comma between or
 * not ("discussed cooperation in areas such as A, B and C", "reviewed
 * cooperation in various fields, including A and B")?  The opener's
 * examples are the items. */
static int
progress_umbrella(const rc_ctx *rc, size_t j, size_t k)
{
	size_t c = k > 0 && rc_punct(rc, k - 1, ",") ? k - 1 : k;

	if (c < j + 3 || c > j + 6 || !rc_wl(rc, j + 1, NCG_WL_PROGRESS_PREP) ||
	    !rc_wl(rc, c - 1, NCG_WL_CLASS_NOUN))
		return 0;
	for (size_t i = j + 2; i < c; i++)
		if (!rc_word(rc, i) || !rc_lower(rc, i) || clause_verb(rc, i) || is_conjunction(rc, i))
			return 0;
	return 1;
}

/* rules222: after the progress noun at j and its preposition, a phrase
 * that names a partnership or programme by the acronym it defines, right
 * before a comma and a list opener ("discussed progress in the
 * Australia-UK-U.S. trilateral security partnership (AUKUS), including
 * A, B, and C", DoD): the opener's examples are the lines of work, and
 * the named thing no item of its own.  Words only, no verb or
 * conjunction in the phrase, and the examples not closed early by a
 * further item (opener_closed_early).  Where they start; else 0. */
static size_t
progress_named_items(const rc_ctx *rc, size_t j, size_t b)
{
	const rc_acronym *acr = NULL;
	size_t c;

	if (!rc_wl(rc, j + 1, NCG_WL_PROGRESS_PREP))
		return 0;
	for (c = j + 2; c < b && c < j + 16 && !rc_punct(rc, c, ","); c++) {
		if (rc_punct(rc, c, "(") && !acr && (acr = rc_acronym_at_paren(rc, c)) != NULL) {
			c = acr->p1;
			continue;
		}
		if ((!rc_word(rc, c) && !rc_hyphen(rc, c)) || clause_verb(rc, c) ||
		    is_conjunction(rc, c))
			return 0;
	}
	if (!acr || acr->p1 + 1 != c || c + 1 >= b || !rc_punct(rc, c, ",") ||
	    !rc_wl_match(rc, c + 1, b, NCG_WL_LIST_OPENER, 0) || opener_closed_early(rc, c + 1, b))
		return 0;
	return list_start(rc, c + 1, b);
}

/* rules90: after a frame's object from e, the fields a noun of work is
 * in opening at j (lex:fieldOpener: "discussed cooperation in the fields
 * of A, B and C"), at most FIELD_OBJECT_WORDS lower-case words from e, no
 * verb or conjunction among them, and no other opener in the
 * FIELD_ITEMS_REACH words after it (a field of "areas of mutual concern,
 * such as A and B" names none): where the items start, else 0. */
enum { FIELD_OBJECT_WORDS = 4, FIELD_ITEMS_REACH = 8 };

/* fix126 (review109 6): are the words after a field opener, "of" at o -
 * 1, no fields: a class's empty complement first (lex:residualTail: "in
 * the areas of greatest need", "of mutual interest", "of operation of
 * U.S. Forces Korea"), or a list whose items mostly open with a claimed
 * place, body or name ("..., Osan Air Base, and Camp Humphreys")?
 * fix129 (review111 2): one such item among common-noun fields leaves
 * the fields ("maritime security, cyber defense, and NATO
 * interoperability"): agendas often lead an item with a name. */
static int
field_named_items(const rc_ctx *rc, size_t o, size_t b)
{
	size_t items = 0, named = 0;

	if (rc_wl_match(rc, o - 1, b, NCG_WL_RESIDUAL_TAIL, 0))
		return 1;
	for (size_t k = o; k < b && !rc_punct(rc, k, ";") && !rc_punct(rc, k, "."); k++) {
		if (!(k == o || rc_punct(rc, k - 1, ",") || is_conjunction(rc, k - 1)) ||
		    rc_punct(rc, k, ",") || is_conjunction(rc, k))
			continue;
		items++;
		named += rc_claimed(rc, k, k + 1, RC_CLAIM_PLACE | RC_CLAIM_BODY | RC_CLAIM_NAME) != 0;
	}
	return named * 2 > items;
}

/* The fields after a lower-case field opener at j (lex:fieldOpener):
 * where they start, unless they are names or a class's empty complement
 * (field_named_items) or another opener or a semicolon comes within
 * FIELD_ITEMS_REACH words; else 0. */
static size_t
field_items_at(const rc_ctx *rc, size_t j, size_t b)
{
	size_t o;

	if (!rc_lower(rc, j) || !(o = rc_wl_match(rc, j, b, NCG_WL_FIELD_OPENER, 0)) || o >= b ||
	    !rc_word(rc, o) || field_named_items(rc, o, b))
		return 0;
	for (size_t k = o; k < b && k < o + FIELD_ITEMS_REACH; k++)
		if (rc_punct(rc, k, ";") || rc_wl_match(rc, k, b, NCG_WL_LIST_OPENER, 0))
			return 0;
	return o;
}

static size_t
field_opener_items(const rc_ctx *rc, size_t e, size_t j, size_t b)
{
	size_t o, z = j;

	/* fix126 (review109 6): after a comma and a lex:elaborationCue
	 * ("discussed cooperation, particularly in the areas of A, B, and
	 * C") */
	if (j >= e + 2 && rc_punct(rc, j - 2, ",") && rc_lower(rc, j - 1) &&
	    rc_wl(rc, j - 1, NCG_WL_ELABORATION_CUE))
		z = j - 2;
	if (z <= e || z > e + FIELD_OBJECT_WORDS || !(o = field_items_at(rc, j, b)))
		return 0;
	for (size_t i = e; i < z; i++)
		if (!rc_word(rc, i) || !rc_lower(rc, i) || clause_verb(rc, i) || is_conjunction(rc, i))
			return 0;
	return o;
}

/* rules374: a frame that ends in the "in" of a field opener ("how to
 * collaborate in areas of A, B, and C", "plan to cooperate in the fields
 * of A and B"): the fields are the items, the class phrase ("areas of")
 * none.  Where the items start; e when the frame ends in no opener; 0
 * when the fields are names (field_items_at, fix183: review152 7). */
static size_t
frame_field_start(const rc_ctx *rc, size_t e, size_t b)
{
	size_t o;

	if (e == 0 || e >= b || rc_wl_match(rc, e - 1, b, NCG_WL_FIELD_OPENER, 0) <= e)
		return e;
	o = field_items_at(rc, e - 1, b);
	return o > e ? o : 0;
}

/* rules45: after the progress noun at j, the frame's object at e, an
 * opener closed early by ", and" or ", as well as" and a further item
 * ("discussed cooperation in the country's key industries, including
 * semiconductors and batteries, as well as ways to support ..."): the
 * examples are part of the first item, and the items start at e; else
 * 0. */
static size_t
progress_examples_closed(const rc_ctx *rc, size_t e, size_t j, size_t b)
{
	for (size_t k = j + 1; k < b && k < j + 12; k++) {
		size_t o;

		if (rc_punct(rc, k, ";") || rc_punct(rc, k, "."))
			return 0;
		if ((o = field_opener_items(rc, j, k, b)) != 0)
			return o;
		if (rc_wl_match(rc, k, b, NCG_WL_LIST_OPENER, 0)) {
			if (opener_closed_early(rc, k, b))
				return e;
			return progress_umbrella(rc, j, k) ? list_start(rc, k, b) : 0;
		}
	}
	return 0;
}

/* rules72: is token j a colon right after a class noun (lex:classNoun)
 * that ends the frame's object, at most five tokens after its end e
 * ("discussed three key areas: A; B; and C")?  The colon opens the
 * series of its items; the class noun is no item. */
static int
class_colon(const rc_ctx *rc, size_t e, size_t j)
{
	return j > e && j <= e + 5 && rc_punct(rc, j, ":") && rc_wl(rc, j - 1, NCG_WL_CLASS_NOUN);
}

/* rules75: is token j, at most five words after the frame's end e, an
 * infinitive opener (lex:classOpener) right after a class noun
 * (lex:classNoun) that ends the frame's object, lower-case words only
 * before it ("discussed mutual cooperation priorities to include A and
 * B", FBI)?  Where its examples, the items, start; else 0. */
static size_t
class_opener_items(const rc_ctx *rc, size_t e, size_t j, size_t b)
{
	size_t o;

	if (j <= e || j > e + 5 || !rc_lower(rc, j - 1) || !rc_wl(rc, j - 1, NCG_WL_CLASS_NOUN) ||
	    !(o = rc_wl_match(rc, j, b, NCG_WL_CLASS_OPENER, 0)) || o >= b || !rc_word(rc, o))
		return 0;
	for (size_t i = e; i < j; i++)
		if (!rc_word(rc, i) || !rc_lower(rc, i) || clause_verb(rc, i) || is_conjunction(rc, i))
			return 0;
	return o;
}

/* rules222: is token j, at most six words after the frame's end e, an
 * infinitive opener (lex:classOpener) after a comma and a lower-case
 * class noun (lex:classNoun) that ends the frame's object, words and no
 * verb or conjunction before it ("discussed Alliance management issues,
 * to include A and B", DoD)?  Where its examples, the items, start; else
 * 0.  Not after another noun ("served two tours in Korea, to include
 * command of ...": no class noun). */
static size_t
class_comma_opener_items(const rc_ctx *rc, size_t e, size_t j, size_t b)
{
	size_t o;

	if (j < e + 2 || j > e + 6 || !rc_punct(rc, j - 1, ",") || !rc_lower(rc, j - 2) ||
	    !rc_wl(rc, j - 2, NCG_WL_CLASS_NOUN) ||
	    !(o = rc_wl_match(rc, j, b, NCG_WL_CLASS_OPENER, 0)) || o >= b || !rc_word(rc, o))
		return 0;
	for (size_t i = e; i + 1 < j; i++)
		if (!rc_word(rc, i) || clause_verb(rc, i) || is_conjunction(rc, i))
			return 0;
	return o;
}

/* rules218: between the frame's end e and the list opener at j, a
 * lower-case noun of a class of events or their schedule
 * (lex:eventUmbrellaNoun) that the opener's examples belong to: no
 * conjunction of common nouns after it ("discussed major combined
 * training for the second quarter, such as A, B and C"; "the lineup of
 * military programs between the Philippines and the US, including the
 * upcoming Balikatan Exercise, ..."; not "programs and infectious
 * diseases such as ...")?  The examples are events, no topics. */
static int
event_umbrella(const rc_ctx *rc, size_t e, size_t j)
{
	int found = 0;

	for (size_t i = e; i < j; i++) {
		size_t k = i + 1;

		if (rc_lower(rc, i) && rc_wl(rc, i, NCG_WL_EVENT_UMBRELLA_NOUN)) {
			found = 1;
			continue;
		}
		/* fix65 (review65): the head of the frame's object, not a noun
		 * after a conjunction or preposition ("discussed defense
		 * education and training, including", "cooperation in military
		 * training, including"), nor one a phrase of its own follows
		 * ("the schedule for implementing the roadmap", "exercises to
		 * new domains") */
		if (rc_lower(rc, i) && (rc_wl(rc, i, NCG_WL_ITEM_PREPOSITION) ||
		                        (found && gerund_at(rc, i)) || (!found && is_conjunction(rc, i))))
			return 0;
		if (!found || !is_conjunction(rc, i))
			continue;
		while (k < j && (rc_wl(rc, k, NCG_WL_DEFINITE_ARTICLE) ||
		                 rc_wl(rc, k, NCG_WL_OBJECT_DETERMINER)))
			k++;
		if (k < j && rc_word(rc, k) && rc_lower(rc, k) &&
		    !rc_wl(rc, k, NCG_WL_EVENT_UMBRELLA_NOUN))
			found = 0;
	}
	return found;
}

/* the words after a discussion frame in which an opener of its items
 * is looked for ("discussed ... in various areas, including") */
enum { AGENDA_OPENER_WORDS = 20 };

/* rules291: does the frame's object from e hold "and" and a second
 * verb of a stance (lex:stanceVerb) before a lex:listOpener?  "The
 * meeting highlighted the growing economic contribution of ...
 * businesses and emphasized collaboration in areas such as A, B and C":
 * the examples are the stance's, no agenda the frame lists (ANNOTATION.md:
 * statements of position are no lists).  Not other verbs ("discussed A
 * and announced new initiatives such as B and C": what was set up).
 * fix131 (review113 5): where the frame's own object ends (the "and",
 * or the comma of ", and"), for the items to end there ("discussed
 * maritime security and reaffirmed their commitment to cooperation in
 * areas such as ...": maritime security), else 0; within the words
 * agenda_start looks for an opener in. */
static size_t
second_predicate_examples(const rc_ctx *rc, size_t e, size_t b)
{
	size_t j, k;

	for (j = e + 1; j + 1 < b && j < e + AGENDA_OPENER_WORDS; j++) {
		if (rc_punct(rc, j, ";") || rc_punct(rc, j, ".") || rc_wl_match(rc, j, b, NCG_WL_LIST_OPENER, 0))
			return 0;
		if (is_conjunction(rc, j) && rc_lower(rc, j + 1) && rc_wl(rc, j + 1, NCG_WL_STANCE_VERB))
			break;
	}
	if (j + 1 >= b || j >= e + AGENDA_OPENER_WORDS)
		return 0;
	for (k = j + 2; k < b && !rc_punct(rc, k, ";") && !rc_punct(rc, k, "."); k++)
		if (rc_word(rc, k) && rc_wl_match(rc, k, b, NCG_WL_LIST_OPENER, 0))
			return rc_punct(rc, j - 1, ",") ? j - 1 : j;
	return 0;
}

/* rules354, fix172: is the noun at h a class noun, its list's items
 * (lex:residualItem, lex:classNoun: "matters", "issues")? */
static int
class_head(const rc_ctx *rc, size_t h)
{
	return rc_wl(rc, h, NCG_WL_RESIDUAL_ITEM) || rc_wl(rc, h, NCG_WL_CLASS_NOUN);
}

/* rules354: is the list opener at j one of relation (lex:relationOpener)
 * after a lower-case noun that is no class noun (lex:residualItem,
 * lex:classNoun: "matters related to A, B and C" are items)?  The list
 * is that noun's complement, no agenda: no item at all, as the gold of
 * the DVIDS text has it ("discussed bilateral security initiatives
 * related to training, response capabilities, and deterrence").
 * fix172 (review140 2): or a class noun before an "of" phrase of one or
 * two words right before the opener ("discussed issues of mutual interest
 * related to A, B and C": "issues"; not "areas of interest to include
 * bilateral security initiatives related to ..."). */
static int
relation_complement(const rc_ctx *rc, size_t e, size_t j, size_t b)
{
	if (j == 0 || !rc_wl_match(rc, j, b, NCG_WL_RELATION_OPENER, 0) || !rc_lower(rc, j - 1) ||
	    class_head(rc, j - 1))
		return 0;
	/* an "of" phrase of at most two words right before the opener */
	for (size_t k = j - 1; k > e && k + 3 >= j; k--)
		if (rc_is(rc, k, "of"))
			return !class_head(rc, k - 1);
	return 1;
}

/* Where the items start after a discussion frame ending at e: after an
 * opener in the next words ("in various areas, including"), else right
 * after the frame; 0 when a clause ends first.  rules155: a clause after
 * a comma and two or more items, a comma and a lower-case word between
 * them and no clause ("discussed A, B and C, and announced a joint
 * statement"), ends the list there (cut_items), no more. */
static size_t
agenda_start(const rc_ctx *rc, size_t e, size_t b)
{
	size_t o;
	int series, clause, commas = 0;

	e = past_interjected_tail(rc, e, b);
	series = semicolon_series(rc, e, b);
	for (size_t j = e; j < b && j < e + AGENDA_OPENER_WORDS; j++) {
		/* "reviewed the progress on NCG workstreams, including ...",
		 * "reviewed work on A as well as on B": the rules of
		 * workstream nouns and progress nouns read these */
		if (workstream_noun_at(rc, j, b))
			return 0;
		if (progress_object_at(rc, e, j))
			return (o = progress_items_start(rc, e, j, b)) != 0 ||
			               (o = progress_named_items(rc, j, b)) != 0
			           ? o
			           : progress_examples_closed(rc, e, j, b);
		if (series && class_colon(rc, e, j))
			return j + 1;
		if ((o = class_opener_items(rc, e, j, b)) != 0 ||
		    (o = class_comma_opener_items(rc, e, j, b)) != 0 ||
		    (o = field_opener_items(rc, e, j, b)) != 0)
			return o;
		if (series && (rc_punct(rc, j, ";") || (rc_wl_match(rc, j, b, NCG_WL_LIST_OPENER, 0) &&
		                                         !comma_before_semicolon(rc, j, b))))
			break;
		clause = rc_punct(rc, j, ",") && is_conjunction(rc, j + 1) && clause_start(rc, j + 2, b);
		if (clause && commas > 0 && !verb_inside(rc, e, j))
			break;
		if (rc_punct(rc, j, ";") || rc_punct(rc, j, ".") || clause)
			return 0;
		if (rc_wl_match(rc, j, b, NCG_WL_LIST_OPENER, 0))
			return event_umbrella(rc, e, j) || relation_complement(rc, e, j, b)
			           ? 0
			           : opener_items_start(rc, e, j, b);
		/* a comma before a lower-case word: between items, not names
		 * ("between U.S., ROK and Japanese forces") */
		commas += rc_punct(rc, j, ",") && j + 1 < b && rc_lower(rc, j + 1);
	}
	return rc_wl(rc, e, NCG_WL_REPEATABLE_PREP) ? e + 1 : e;
}

/* The most tokens a meeting's name runs to after its year: the
 * longest seen, "Association of Southeast Asian Nations Defense
 * Ministers' Meeting", is nine; a bound keeps a run of capitals from
 * reaching a meeting noun far off. */
#define MEETING_NAME_TOKENS 12

/* rules365: does a meeting's name open at k, maybe after a year: a run
 * of capitalised words (with "of", "and", possessives and hyphens
 * inside) of MEETING_NAME_TOKENS tokens at most whose last word is a meeting noun
 * ("the 2018 Association of Southeast Asian Nations Defense Ministers'
 * Meeting", "the Shangri-La Dialogue" when a lex:meetingNoun)? */
static int
named_meeting_at(const rc_ctx *rc, size_t k, size_t b)
{
	size_t last = 0;

	if (k < b && rc->tok[k].kind == NCG_TOK_NUMBER)
		k++;
	for (size_t q = k; q < b && q < k + MEETING_NAME_TOKENS; q++) {
		if (rc_cap(rc, q))
			last = q;
		else if (!rc_is(rc, q, "of") && !rc_is(rc, q, "and") && !rc_punct(rc, q, "'") &&
		         !rc_punct(rc, q, "-") && !possessive_end(rc, q, b))
			break;
	}
	/* fix179 (review147 6): and the name closes the sentence or comes
	 * before its short form in brackets ("during the 2018 ... Defense
	 * Ministers' Meeting (ADMM-Plus)."); before a comma it may be an
	 * item's own ("outcomes agreed at the 2023 NATO Summit, support
	 * for Ukraine, and energy security") */
	return last && rc_wl_ci(rc, last, NCG_WL_MEETING_NOUN) &&
	       (last + 1 >= b || rc_punct(rc, last + 1, ".") || rc_punct(rc, last + 1, "("));
}

/* Is a phrase of time at k, up to the next comma: a preposition and a
 * date (", on the morning of June 14 (Wednesday)")?  It says when the
 * meeting talked, not what about. */
static int
time_adverbial_at(const rc_ctx *rc, size_t k, size_t b)
{
	if (!rc_is(rc, k, "on") && !rc_wl(rc, k, NCG_WL_ITEM_PREPOSITION))
		return 0;
	for (size_t i = k + 1; i < b && i < k + 6 && !rc_punct(rc, i, ","); i++)
		if (rc_claimed(rc, i, i + 1, RC_CLAIM_DATE))
			return 1;
	return 0;
}

/* rules8: does an attribution follow the comma at i, a subject and a
 * verb of speech closing the sentence (", the office of the Joint Chiefs
 * of Staff said Wednesday.")?  It reports who said the list, and names no
 * line of work. */
static int
attribution_after(const rc_ctx *rc, size_t i, size_t b)
{
	for (size_t k = i + 2; k < b && k < i + 16; k++) {
		size_t e = k + 1;

		if (rc_punct(rc, k, ",") || rc_punct(rc, k, ";"))
			return 0;
		if (!rc_wl(rc, k, NCG_WL_SPEECH_VERB) || !rc_lower(rc, k))
			continue;
		if (e < b && (rc_weekday_at(rc, e) || rc_claimed(rc, e, e + 1, RC_CLAIM_DATE)))
			e++;
		/* rules18: "... said in a statement", "... said in a press
		 * release on Thursday": a short phrase of where it was said */
		if (e < b && (rc_is(rc, e, "in") || rc_is(rc, e, "on") || rc_is(rc, e, "at")) &&
		    b - e <= 8) {
			size_t q = e;

			while (q < b && !rc_punct(rc, q, ",") && !rc_punct(rc, q, ";"))
				q++;
			if (q >= b)
				return 1;
		}
		/* rules63: or a clause of the occasion after it, in commas
		 * (", a Cheong Wa Dae official said Monday, as Seoul and
		 * Washington crank up diplomacy ..."): the attribution is
		 * still the list's end */
		return e >= b || rc_punct(rc, e, ".") || rc_punct(rc, e, ",");
	}
	return 0;
}

/* rules63: does a phrase of the occasion open at k, after a comma: a
 * cue of background (lex:backgroundCue: "following", "amid") and no
 * particle of a phrasal verb ("following up on", "following through")?
 * It says what the talks came after or amid ("shared their assessments
 * of the situation on the Korean Peninsula, following Pyongyang's
 * recent series of missile launches"), no line of work. */
static int
background_at(const rc_ctx *rc, size_t k, size_t b)
{
	size_t e = rc_wl_match(rc, k, b, NCG_WL_BACKGROUND_CUE, 0);

	if (!e || !rc_lower(rc, k) || e >= b)
		return 0;
	return !rc_is(rc, e, "up") && !rc_is(rc, e, "through") && !rc_is(rc, e, "on");
}

/* rules10: is a quotation opened in [a, i) and not closed there (an odd
 * count of straight quotes, or a curly opening after the last closing)? */
static int
quote_opened(const rc_ctx *rc, size_t a, size_t i)
{
	int straight = 0, curly = 0;

	for (size_t k = a; k < i; k++) {
		straight ^= rc_punct(rc, k, "\"");
		if (rc_punct(rc, k, "\xE2\x80\x9C"))
			curly = 1;
		else if (rc_punct(rc, k, "\xE2\x80\x9D"))
			curly = 0;
	}
	return straight || curly;
}

/* rules18: is token i the "with" of the person talked with ("discussed
 * North Korea's nuclear program with Rafael Grossi, the head of ...")?
 * Its name (or a title before it) follows; the object of the frame ends
 * there, and what follows in commas describes that person. */
/* rules43: or a holder named by an office: "with the visiting
 * commander of the U.S. Strategic Command" ("the", one lower-case
 * modifier, a head of a title, "of"), "with Joint Chiefs of Staff(JCS)
 * Chairman Gen. Won In-choul" (a body's name, then a title or a name). */
static int
interlocutor_at(const rc_ctx *rc, size_t i, size_t b)
{
	size_t k = i + 1;

	if (!rc_wl(rc, i, NCG_WL_INTERLOCUTOR_PREP) || k >= b)
		return 0;
	if (rc_claimed(rc, k, k + 1, RC_CLAIM_NAME | RC_CLAIM_TITLE))
		return 1;
	while (k < b && k - i < 14 &&
	       (rc_claimed(rc, k, k + 1, RC_CLAIM_BODY) || rc_punct(rc, k, "(") || rc_punct(rc, k, ")")))
		k++;
	if (k > i + 1 && k < b && rc_claimed(rc, k, k + 1, RC_CLAIM_NAME | RC_CLAIM_TITLE))
		return 1;
	k = i + 1;
	if (!rc_wl(rc, k++, NCG_WL_DEFINITE_ARTICLE))
		return 0;
	if (k + 1 < b && rc_lower(rc, k) && !rc_wl_ci(rc, k, NCG_WL_TITLE_HEAD))
		k++;
	return k + 1 < b && rc_lower(rc, k) && rc_wl_ci(rc, k, NCG_WL_TITLE_HEAD) &&
	       rc_wl_ci(rc, k + 1, NCG_WL_HEAD_OF);
}

/* rules18: is a phrase of the meeting's setting at i: a preposition
 * and a meeting noun, maybe after an article and a modifier ("at a
 * meeting in Honolulu", "during a one-on-one meeting")?  It says where
 * the items were discussed, and names none. */
static int
setting_at(const rc_ctx *rc, size_t i, size_t b)
{
	size_t k = i + 1;

	if (!rc_lower(rc, i) || !rc_wl_ci(rc, i, NCG_WL_SETTING_PREP))
		return 0;
	if (k < b && (rc_wl(rc, k, NCG_WL_INDEFINITE_ARTICLE) || rc_wl(rc, k, NCG_WL_OBJECT_DETERMINER) ||
	              rc_wl(rc, k, NCG_WL_POSSESSIVE)))
		k++;
	/* the meeting noun heads the phrase ("at a meeting in Honolulu"),
	 * no modifier of another noun ("at summit commitments"); rules39: a
	 * meeting verb's participle after it ("during a session held at a
	 * military base", Yonhap) */
	for (size_t q = k; q < b && q < k + 3; q++)
		if (rc_lower(rc, q) && rc_wl_ci(rc, q, NCG_WL_MEETING_NOUN))
			return q + 1 >= b || !rc_lower(rc, q + 1) || rc_wl(rc, q + 1, NCG_WL_NOUN_PREPOSITION) ||
			       rc_wl(rc, q + 1, NCG_WL_ITEM_PREPOSITION) ||
			       rc_wl(rc, q + 1, NCG_WL_MEETING_VERB);
	/* fix179 (review147 6): a name only after no past participle, whose
	 * complement it may be ("outcomes agreed at the 2023 NATO Summit") */
	return k > i + 1 && !(i > 0 && clause_verb(rc, i - 1)) && named_meeting_at(rc, k, b);
}

/* rules35: from the semicolon at i, does a later part of the sentence
 * open a clause, its verb in the past tense after "and" ("discussed A,
 * B, and C; actively sought D; and agreed to E")?  Then its semicolons
 * join clauses, not items: the list ends at i. */
static int
semicolon_clauses(const rc_ctx *rc, size_t i, size_t b)
{
	for (size_t q = i; q + 2 < b; q++)
		if (rc_punct(rc, q, ";") && is_conjunction(rc, q + 1) && clause_verb(rc, q + 2))
			return 1;
	return 0;
}

/* rules66: is the object from e to b a series of three or more pieces
 * cut by semicolons outside brackets, the last opened by "and", none a
 * clause (a verb in the past tense or an auxiliary verb first, after
 * "and")?  "exchanged views ... regarding addressing A, including
 * through B; tackling C; ...; and addressing D" (USTR): the semicolons
 * cut items that hold commas of their own, no clauses. */
static int
semicolon_series(const rc_ctx *rc, size_t e, size_t b)
{
	size_t semis = 0, last = 0;
	int depth = 0;

	for (size_t i = e; i < b; i++) {
		depth += rc_punct(rc, i, "(") - rc_punct(rc, i, ")");
		if (depth || !rc_punct(rc, i, ";"))
			continue;
		size_t k = i + 1 + (i + 1 < b && is_conjunction(rc, i + 1));

		if (k >= b || i == e || clause_start(rc, k, b) || rc_wl(rc, k, NCG_WL_AUXILIARY_VERB))
			return 0;
		semis++;
		last = i;
	}
	return semis >= 2 && is_conjunction(rc, last + 1);
}

/* rules66: is there a comma after token j before the next semicolon (or
 * b)?  An opener in a semicolon series's first piece with none names one
 * phrase of that item ("addressing A, including through B; C; and D");
 * with one, a list of examples ("matters of mutual interest, including
 * A, B, and C; D; and E", MOFA), the opener's own list. */
static int
comma_before_semicolon(const rc_ctx *rc, size_t j, size_t b)
{
	for (size_t k = j + 1; k < b && !rc_punct(rc, k, ";"); k++)
		if (rc_punct(rc, k, ","))
			return 1;
	return 0;
}

/* rules122: is there a lex:scopeTail at k, a comma after it? */
static int
scope_tail_comma(const rc_ctx *rc, size_t k, size_t b)
{
	size_t e = rc_wl_match(rc, k, b, NCG_WL_SCOPE_TAIL, 0);

	return e && e < b && rc_punct(rc, e, ",");
}

/* fix131 (review113 6): does the word at k, after a word in -ing, make
 * that word a verb's gerund, with an object or complement ("before
 * briefing local media", "while exchanging opinions", "when responding
 * to disasters")?  Not the end, a conjunction, "of" nor a preposition of
 * place or time (lex:itemPreposition but "to", "with"): an -ing noun
 * ("recovery efforts after flooding in the region", "after the bombing
 * of"). */
static int
gerund_verb_reading(const rc_ctx *rc, size_t k, size_t b)
{
	if (k >= b || !rc_word(rc, k) || is_conjunction(rc, k) || rc_is(rc, k, "of"))
		return 0;
	return !rc_wl(rc, k, NCG_WL_ITEM_PREPOSITION) || rc_is(rc, k, "to") || rc_is(rc, k, "with");
}

/* rules291: does a clause of the time open at i < b: a
 * lex:itemClauseOpener and a gerund right after it ("to discuss regional
 * politics and security before briefing local media", "such as the
 * reunions of families ... while exchanging opinions on ...") read as a
 * verb (gerund_verb_reading)?  What the speaker did before or after the
 * talks, no words of the last item.  Not
 * "as" of a list's opener or conjunction ("such as strengthening A", "as
 * well as growing tensions with Japan"). */
static int
gerund_clause_at(const rc_ctx *rc, size_t i, size_t b)
{
	if (i + 1 >= b || !gerund_at(rc, i + 1) || !gerund_verb_reading(rc, i + 2, b))
		return 0;
	/* the opener or conjunction holding i starts up to two words before */
	for (size_t k = i > 2 ? i - 2 : 0; k <= i; k++)
		if (rc_wl_match(rc, k, b, NCG_WL_LIST_CONJUNCTION, 0) > i ||
		    rc_wl_match(rc, k, b, NCG_WL_LIST_OPENER, 0) > i)
			return 0;
	return 1;
}

/* rules275: does a subordinate clause open at i: a lex:itemClauseOpener,
 * a subject (lex:clauseSubjectPronoun, or a person's name or title) and
 * a finite verb ("talked about South Korean investment in Georgia and
 * international security when he met with ...")?  It says when the
 * talks were held and ends the last item; not "as well as", "after
 * the meeting" (no subject and verb), nor before another item. */
static int
item_clause_at(const rc_ctx *rc, size_t i, size_t b)
{
	size_t k = i + 1;

	if (k >= b || !rc_lower(rc, i) || !rc_wl(rc, i, NCG_WL_ITEM_CLAUSE_OPENER))
		return 0;
	/* rules291: or a gerund of its own, no subject */
	if (!gerund_clause_at(rc, i, b)) {
		if (rc_wl(rc, k, NCG_WL_CLAUSE_SUBJECT_PRONOUN))
			k++;
		else
			while (k < b && k < i + 10 && rc_claimed(rc, k, k + 1, RC_CLAIM_NAME | RC_CLAIM_TITLE))
				k++;
		if (k <= i + 1 || k >= b || !finite_verb_at(rc, k))
			return 0;
	}
	/* fix108: the clause runs to b: a list boundary after it (",",
	 * "and") means it is inside an item ("the steps to take when they
	 * have confirmed a missile launch and the response of ...") */
	for (k++; k < b; k++)
		if (rc_punct(rc, k, ",") || is_conjunction(rc, k))
			return 0;
	return 1;
}

/* Where the items end: before an elaboration of the last one (", in
 * particular ..."), a list tail ("among other issues"), a dash, a
 * phrase of time after a comma, the person talked with, the setting. */
static size_t
agenda_end(const rc_ctx *rc, size_t a, size_t b)
{
	/* no list of lines of work runs longer (and the scan stays bounded) */
	if (b > a + 200)
		b = a + 200;
	for (size_t i = a; i < b; i++) {
		size_t k = rc_punct(rc, i, ",") ? i + 1 : i;

		/* rules158: "... on the sidelines of a ceremony": where the
		 * talks were held (lex:sidelineCue), no item */
		if (interlocutor_at(rc, i, b) || (i > a && setting_at(rc, i, b)) ||
		    (i > a && rc_wl_match(rc, k, b, NCG_WL_SIDELINE_CUE, 0)))
			return i;
		/* rules122: not a scope tail closing an item before a comma
		 * ("... in particular, and matters ...") */
		if ((rc_wl_match(rc, k, b, NCG_WL_ELABORATION_CUE, 0) &&
		     !scope_tail_comma(rc, k, b)) ||
		    rc_wl_match(rc, k, b, NCG_WL_LIST_TAIL, 0) || rc_punct(rc, i, "\xE2\x80\x94") ||
		    (k > i && time_adverbial_at(rc, k, b)))
			return i;
		if (rc_punct(rc, i, ",") && (attribution_after(rc, i, b) || background_at(rc, k, b)))
			return i;
		if (rc_punct(rc, i, ";") && semicolon_clauses(rc, i, b))
			return i;
		if (i > a && item_clause_at(rc, k, b))
			return i;
		/* the end of a quotation: ..., consultation mechanisms," Lee said;
		 * not of one opened inside the list (a called \u201cA,\u201d and B) */
		if (rc_punct(rc, i, ",") && (rc_punct(rc, i + 1, "\"") ||
		                             rc_punct(rc, i + 1, "\xE2\x80\x9D")) &&
		    !quote_opened(rc, a, i))
			return i;
	}
	return b;
}

/* rules11: is token i in "this year" or "next year" (lex:relativeYear),
 * the time a line of work is to be done by ("establishing a system ...
 * this year"), not the date of an event? */
static int
relative_year(const rc_ctx *rc, size_t i)
{
	/* a phrase of the list that starts up to three words before i and
	 * runs past it */
	for (size_t k = i > 3 ? i - 3 : 0; k <= i; k++)
		if (rc_wl_match(rc, k, rc->ntok, NCG_WL_RELATIVE_YEAR, 1) > i)
			return 1;
	return 0;
}

/* rules13: does the item open with a verb in -s and its object ("enhances
 * our combined defense posture", "supports the continued presence of
 * ..."): a lower-case word of four letters or more in -s (not -ss, -us,
 * -is) before a lex:objectDeterminer?  A clause, no line of work (a
 * plural noun takes no determiner after it). */
static int
verb_object_at(const rc_ctx *rc, size_t a, size_t b)
{
	const char *w = rc->s + rc->tok[a].b;
	size_t n = rc->tok[a].e - rc->tok[a].b;

	return a + 1 < b && rc_lower(rc, a) && n >= 4 && w[n - 1] == 's' && w[n - 2] != 's' &&
	       w[n - 2] != 'u' && w[n - 2] != 'i' && rc_wl(rc, a + 1, NCG_WL_OBJECT_DETERMINER);
}

/* rules18: does the item open with a verb in its base form and its
 * object ("identify the objectives for the near future", "sign a number
 * of documents"): a lower-case word, no gerund, before a determiner or
 * an article?  A clause, no line of work (a noun takes no determiner
 * after it). */
static int
base_verb_object_at(const rc_ctx *rc, size_t a, size_t b)
{
	return a + 1 < b && rc_lower(rc, a) && !gerund_at(rc, a) &&
	       !rc_wl(rc, a, NCG_WL_OBJECT_DETERMINER) && !rc_wl(rc, a, NCG_WL_INDEFINITE_ARTICLE) &&
	       (rc_wl(rc, a + 1, NCG_WL_OBJECT_DETERMINER) || rc_wl(rc, a + 1, NCG_WL_INDEFINITE_ARTICLE));
}

/* rules16: is token i shaped as a verb in -s: a lower-case word of four
 * letters or more in -s, not -ss, -us, -is ("responds", "promotes")? */
static int
present_s_at(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;

	return rc_lower(rc, i) && n >= 4 && w[n - 1] == 's' && w[n - 2] != 's' &&
	       w[n - 2] != 'u' && w[n - 2] != 'i' && w[n - 2] != '\'';
}

/* rules16: does a relative clause with a verb in -s open in [a, b)
 * ("trilateral cooperation that responds to ... threats")?  Its head is
 * described by a clause, no line of work: a singular head and its
 * predicate (a plural head's "issues that destabilize ..." stays). */
static int
relative_s_clause(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t i = a; i + 1 < b; i++)
		if (rc_wl(rc, i, NCG_WL_RELATIVE_PRONOUN) && present_s_at(rc, i + 1))
			return 1;
	return 0;
}

/* rules16: does the item [a, b) open with a verb in -s coordinated with
 * the predicate of such a relative clause before it, in the same clause
 * ("... that responds to threats, and promotes long-term peace")?  The
 * predicate goes on; no item. */
static int
coordinated_predicate(const rc_ctx *rc, size_t a, size_t b)
{
	size_t lo = a > 40 ? a - 40 : 0;

	if (a >= b || !present_s_at(rc, a))
		return 0;
	for (size_t k = a; k-- > lo;) {
		if (rc_punct(rc, k, ".") || rc_punct(rc, k, ";") || rc_punct(rc, k, ":"))
			return 0;
		if (relative_s_clause(rc, k, k + 2))
			return 1;
	}
	return 0;
}

/* rules21: is the date at token i a modifier of the noun after it,
 * opened by "the" ("the changed global environment following the
 * September 11 terrorist attacks", State Department), no time of the
 * item's own?  Its words run from "the" to a lower-case word, inside
 * [a, b). */
static int
attributive_date(const rc_ctx *rc, size_t a, size_t i, size_t b)
{
	size_t d0 = i, d1 = i;

	while (d0 > a && rc_claimed(rc, d0 - 1, d0, RC_CLAIM_DATE))
		d0--;
	while (d1 + 1 < b && rc_claimed(rc, d1 + 1, d1 + 2, RC_CLAIM_DATE))
		d1++;
	return d0 > a && rc_wl(rc, d0 - 1, NCG_WL_DEFINITE_ARTICLE) && d1 + 1 < b && rc_lower(rc, d1 + 1) &&
	       !rc_wl(rc, d1 + 1, NCG_WL_ITEM_PREPOSITION) && !is_conjunction(rc, d1 + 1);
}

/* rules49: does a reduced relative clause open at a: an adverb in -ly,
 * a verb in the past and a preposition (", previously announced in
 * President Obama's fiscal year 2014 budget proposal", KBS)?  It says
 * more of the item before it, as a clause does; not "fully verified
 * denuclearization" (a noun after the participle). */
static int
adverb_participle_at(const rc_ctx *rc, size_t a, size_t b)
{
	return a + 2 < b && suffixed_at(rc, a, "ly", 4, NCG_WL_DEGREE_ADVERB) && clause_start(rc, a + 1, b) &&
	       (rc_wl(rc, a + 2, NCG_WL_ITEM_PREPOSITION) || rc_wl(rc, a + 2, NCG_WL_NOUN_PREPOSITION));
}

/* rules136: does a participle's clause open at a: an adverb in -ly, a
 * gerund of attitude or speech (lex:attitudeGerund) and its object after
 * a determiner ("..., and positively noting the increasing role the JSDF
 * is playing", DoD)?  The officials' act, coordinated with the verb
 * before the list, no line of work.  Any other gerund stays an item
 * ("rapidly expanding the trilateral exercises"). */
static int
adverb_gerund_clause_at(const rc_ctx *rc, size_t a, size_t b)
{
	return a + 3 < b && suffixed_at(rc, a, "ly", 4, NCG_WL_DEGREE_ADVERB) && rc_lower(rc, a + 1) &&
	       rc_wl(rc, a + 1, NCG_WL_ATTITUDE_GERUND) &&
	       rc_wl(rc, a + 2, NCG_WL_OBJECT_DETERMINER);
}

/* rules49: does a meeting open at a: "the", an ordinal and a meeting
 * verb ("is the ninth meeting centered on the future of the partnership
 * and the first held at the new CNFK headquarters in Busan", U.S. Navy)?
 * The ordinal stands for a meeting, no line of work. */
static int
ordinal_meeting_at(const rc_ctx *rc, size_t a, size_t b)
{
	size_t e;

	return a + 2 < b && rc_wl(rc, a, NCG_WL_DEFINITE_ARTICLE) && rc_ordinal_word(rc, a + 1, &e) &&
	       e < b && rc_lower(rc, e) && rc_wl_match(rc, e, b, NCG_WL_MEETING_VERB, 0);
}

/* Does the item [a, b) open with a lower-case verb of the list wl in its
 * base form and its object, a lower-case word that is no preposition nor
 * conjunction?  An infinitive's clause with its own verb, no line of work
 * (a noun "increase in ...", "share of ..." stays). */
static int
verb_object_clause_at(const rc_ctx *rc, size_t a, size_t b, ncg_wordlist wl)
{
	return a + 1 < b && rc_lower(rc, a) && rc_wl(rc, a, wl) && rc_lower(rc, a + 1) &&
	       !rc_wl(rc, a + 1, NCG_WL_ITEM_PREPOSITION) && !rc_wl(rc, a + 1, NCG_WL_NOUN_PREPOSITION) &&
	       !is_conjunction(rc, a + 1);
}

/* rules63: does the item open with a verb of effort (lex:effortVerb)
 * and its object ("bolster energy security", "enhance international
 * coordination in efforts to ..." of "discussed ways to strengthen A,
 * bolster B, and enhance C")? */
static int
effort_clause_at(const rc_ctx *rc, size_t a, size_t b)
{
	return verb_object_clause_at(rc, a, b, NCG_WL_EFFORT_VERB);
}

/* rules329: a piece that opens with a bare verb of a series
 * (lex:seriesVerb) and its object ("to deepen discussions on all
 * possible situations, share mutual recognition, and generate various
 * ideas", DVIDS; "to assess the security situation ..., share
 * perceptions, and seek common responses", State) is the next predicate
 * of a series of infinitives.  review127: after "to" and a verb before
 * the list, the whole series is no list (1); elsewhere ("The agenda
 * covered A, B, and seek C") only that piece is dropped (0). */
static int
series_verb_cut(const rc_ctx *rc, item_list *l)
{
	size_t m = 0, n = l->n, first = l->n ? l->it[0][0] : 0, s;

	for (size_t k = 0; k < n; k++) {
		size_t a = lead_end(rc, l->it[k][0], l->it[k][1]), e;

		while (a < l->it[k][1] && (e = rc_wl_match(rc, a, l->it[k][1], NCG_WL_LIST_CONJUNCTION, 0)) > a)
			a = e;
		if (verb_object_clause_at(rc, a, l->it[k][1], NCG_WL_SERIES_VERB))
			continue;
		l->it[m][0] = l->it[k][0];
		l->it[m++][1] = l->it[k][1];
	}
	l->n = m;
	s = rc_sentence_of(rc, first);
	return m < n && infinitive_in(rc, s < rc->nsent ? rc->sent[s].t0 : first, first);
}

/* Is the item [a, b) no line of work: a clause ("reviewed the ..."), a
 * bare name, body, place or country, or too long? */
static int
not_an_item_upto(const rc_ctx *rc, size_t a, size_t b, size_t maxwords)
{
	size_t words = 0, claimed = 0;

	while (a < b && (rc_wl(rc, a, NCG_WL_ITEM_LEAD) || rc_punct(rc, a, ",") ||
	                 rc_wl_match(rc, a, b, NCG_WL_LIST_CONJUNCTION, 0))) {
		size_t e = rc_wl_match(rc, a, b, NCG_WL_LIST_CONJUNCTION, 0);

		a = e > a ? e : a + 1;
	}
	/* a clause ("reviewed the ...", "held in September"), a phrase of
	 * place ("in and around the Peninsula") */
	/* a clause; not "organized and effective implementation of ...", an
	 * -ed word coordinated with an adjective before its noun */
	if (a >= b || clause_start(rc, a, b) || verb_object_at(rc, a, b) || base_verb_object_at(rc, a, b) ||
	    relative_s_clause(rc, a, b) || coordinated_predicate(rc, a, b) ||
	    rc_wl(rc, a, NCG_WL_MEETING_VERB) ||
	    adverb_participle_at(rc, a, b) || adverb_gerund_clause_at(rc, a, b) ||
	    ordinal_meeting_at(rc, a, b) || effort_clause_at(rc, a, b) ||
	    rc_wl(rc, a, NCG_WL_ITEM_PREPOSITION) || rc_wl(rc, a, NCG_WL_BACK_REFERENCE) ||
	    (rc_lower(rc, a) && rc_wl_ci(rc, a, NCG_WL_CLAUSE_OBJECT)) || residual_item(rc, a, b))
		return 1;
	for (size_t i = a; i < b; i++) {
		/* a second clause inside ("the security situation and agreed to
		 * deepen ..."): clauses with their own verbs, no list */
		if (is_conjunction(rc, i) && i + 1 < b && clause_start(rc, i + 1, b) &&
		    !(i > a && clause_verb(rc, i - 1)))
			return 1;
		/* rules66: not two -ed words joined ("illegal, unreported and
		 * unregulated (IUU) fishing", USTR): modifiers of one noun */
		/* lines of work carry no dates ("USS Kentucky called at Busan
		 * in July"); a plan's own time after its infinitive aside
		 * ("plans to develop a framework this year"), and "this year"
		 * as a line of work's deadline (rules11) */
		if (rc_claimed(rc, i, i + 1, RC_CLAIM_DATE) && !infinitive_in(rc, a, i) &&
		    !relative_year(rc, i) && !attributive_date(rc, a, i, b))
			return 1;
		if (rc_word(rc, i)) {
			size_t ce;

			words++;
			/* names, places, countries and the words joining them
			 * ("Japan and ROK" of "among the US, Japan and ROK") */
			claimed += rc_claimed(rc, i, i + 1, RC_CLAIM_NAME | RC_CLAIM_BODY |
			                                    RC_CLAIM_PLACE) ||
			           rc_wl(rc, i, NCG_WL_DEFINITE_ARTICLE) || is_conjunction(rc, i) ||
			           rc_country_prefix(rc, i, i + 1, (const char *[2]){NULL, NULL}, &ce) > 0;
		}
	}
	return words > maxwords || claimed == words || (words == 1 && rc_cap(rc, a));
}

/* Is [a, b) no line of work (not_an_item_upto), at most 16 words? */
static int
not_an_item(const rc_ctx *rc, size_t a, size_t b)
{
	return not_an_item_upto(rc, a, b, 16);
}

/* Is there an infinitive in [a, b) ("ways to modernize the alliance")?
 * Then "and" after it may join a second verb of it ("... and align
 * defense cooperation with ..."): one topic, not two. */
static int
infinitive_in(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t i = a; i + 1 < b; i++)
		if (is_infinitive_to(rc, i) && rc_lower(rc, i + 1) &&
		    !rc_wl(rc, i + 1, NCG_WL_ITEM_PREPOSITION) &&
		    !rc_wl(rc, i + 1, NCG_WL_OBJECT_DETERMINER) &&
		    !rc_wl(rc, i + 1, NCG_WL_INDEFINITE_ARTICLE))
			return 1;
	return 0;
}

/* Is the item [a, b) only a name (a country, a body, a place: "the
 * Democratic People's Republic of Korea (DPRK)"), its joining words and
 * "the" aside? */
static int
name_item(const rc_ctx *rc, size_t a, size_t b)
{
	size_t words = 0;

	for (size_t i = lead_end(rc, a, b); i < b; i++) {
		size_t ce;

		if (!rc_word(rc, i))
			continue;
		words++;
		if (!rc_wl(rc, i, NCG_WL_DEFINITE_ARTICLE) && !rc_claimed(rc, i, i + 1, RC_CLAIM_BODY | RC_CLAIM_PLACE) &&
		    rc_country_prefix(rc, i, i + 1, (const char *[2]){NULL, NULL}, &ce) <= 0)
			return 0;
	}
	return words > 0;
}

/* How many items of [a, b) open with a gerund ("enhancing A")? */
static size_t
gerund_count(const rc_ctx *rc, size_t items[][2], size_t n)
{
	size_t g = 0;

	for (size_t k = 0; k < n; k++) {
		size_t f = item_first(rc, items[k]);

		g += f < items[k][1] && gerund_at(rc, f);
	}
	return g;
}

/* rules18: how many items of [a, b) are lines of work by their form: a
 * noun phrase of two words or more, neither a name nor a clause
 * ("U.S.-ROK relations", "key regional issues")?  Beside two of them a
 * name is an item too ("exchanged views on U.S.-ROK relations, U.S.-Japan
 * cooperation, North Korea, and key regional issues"). */
static size_t
line_count(const rc_ctx *rc, size_t items[][2], size_t n)
{
	size_t g = 0;

	for (size_t k = 0; k < n; k++)
		g += item_words(rc, items[k]) >= 2 && !name_item(rc, items[k][0], items[k][1]) &&
		     !not_an_item(rc, items[k][0], items[k][1]);
	return g;
}

/* rules21: is the item it one lower-case noun, a topic of one word
 * ("trade", "energy"): no adjective, gerund, or clause? */
static int
word_topic(const rc_ctx *rc, const size_t it[2])
{
	size_t f = item_first(rc, it);

	/* rules77: a noun in -ing of a field of work ("training") is no
	 * gerund */
	return item_words(rc, it) == 1 && f < it[1] && rc_lower(rc, f) && !adjective_shaped(rc, f) &&
	       (!gerund_at(rc, f) || rc_wl(rc, f, NCG_WL_ING_NOUN)) &&
	       !not_an_item(rc, it[0], it[1]);
}

/* rules21: is the item it one capitalised word, no person's name
 * ("Iraq" of "discuss trade, Iraq, and a new compromise"): beside
 * lines of work, a place or country as a topic, known to the lexicon
 * or not. */
static int
proper_word_item(const rc_ctx *rc, const size_t it[2])
{
	size_t f = item_first(rc, it);

	return item_words(rc, it) == 1 && f < it[1] && rc_cap(rc, f) &&
	       !rc_claimed(rc, f, f + 1, RC_CLAIM_NAME | RC_CLAIM_TITLE | RC_CLAIM_DATE);
}

/* rules21: a list of topics of one word and a last item of a line of
 * work ("met today to discuss trade, Iraq, and a new compromise aimed at
 * reviving efforts to ...", AFP via Zee News; "talks on trade, security
 * and the North Korean nuclear issue"): the one-word topics and the line
 * make two lines or more, and a name beside them is a topic too.  Not
 * one-word items alone ("peace, stability, and prosperity"). */
static int
word_topics_ok(const rc_ctx *rc, size_t items[][2], size_t n)
{
	size_t words = 0;

	if (n < 3 || item_words(rc, items[n - 1]) < 2 || name_item(rc, items[n - 1][0], items[n - 1][1]) ||
	    not_an_item(rc, items[n - 1][0], items[n - 1][1]))
		return 0;
	for (size_t k = 0; k + 1 < n; k++)
		words += word_topic(rc, items[k]);
	return words >= 1 && words + line_count(rc, items, n) >= 2;
}

/* Does [a, b) hold two or more items (the last "B and C" counting as two
 * when both have two words or more), each a line of work?  Beside two or
 * more items that open with a gerund, a name is an item too: "discussed
 * the DPRK, enhancing trilateral cooperation, and addressing common
 * challenges" (the topic named by its country). */
/* rules63: does the first item end in a phrase of means, "by" and a
 * gerund ("expanding our trilateral cooperation into global areas by
 * coordinating development policies, increasing women's empowerment,
 * and even working together to cure cancer")?  The gerunds after it say
 * how that one line of work is done: one topic, no list. */
static int
means_list(const rc_ctx *rc, const item_list *l)
{
	if (l->n < 2)
		return 0;
	for (size_t i = l->it[0][0]; i + 1 < l->it[0][1]; i++)
		if (rc_is(rc, i, "by") && gerund_at(rc, i + 1))
			return 1;
	return 0;
}

/* rules63: does the first item hold an infinitive and end in a
 * preposition and one bare word ("ways to tighten cooperation to jointly
 * deal with cybercrime, terrorism and other security matters")?  The
 * pieces after it are more objects of that preposition, inside the one
 * topic the infinitive names: no list ("ways to increase cyber
 * cooperation between the two countries, prospects for ..." stays). */
static int
infinitive_object_list(const rc_ctx *rc, const item_list *l)
{
	size_t a = l->it[0][0], b = l->it[0][1];

	while (b > a && rc_punct(rc, b - 1, ","))
		b--;
	if (l->n < 2 || b < a + 4 || !infinitive_in(rc, a, b - 2))
		return 0;
	return rc_lower(rc, b - 2) && rc_wl(rc, b - 2, NCG_WL_ITEM_PREPOSITION) && rc_word(rc, b - 1) &&
	       rc_lower(rc, b - 1) && !rc_claimed(rc, b - 1, b, RC_CLAIM_NAME | RC_CLAIM_BODY | RC_CLAIM_PLACE);
}

/* rules207: is the list l two pieces, the last two noun phrases of two
 * words or more joined by "and" and a determiner (lex:objectDeterminer),
 * no names: "focused on North Korea, the relocation of U.S. bases in
 * South Korea and the transfer of wartime operational control" with no
 * comma before "and"?  Two lines of work, as with the comma, beside
 * which a name is an item too. */
static int
article_split_last(const rc_ctx *rc, const item_list *l, size_t lim)
{
	size_t from, to, j;

	if (l->n != 2 || l->semi)
		return 0;
	from = lead_end(rc, l->it[1][0], l->it[1][1]);
	to = l->it[1][1];
	for (j = from + 2; j + 3 <= to && !is_conjunction(rc, j); j++)
		;
	if (j + 3 > to || !rc_wl(rc, j + 1, NCG_WL_OBJECT_DETERMINER) ||
	    !rc_lower(rc, j + 2) || from != l->it[1][0])
		return 0;
	return !not_an_item_upto(rc, from, j, lim) && !not_an_item_upto(rc, j + 1, to, lim) &&
	       !name_item(rc, from, j) && !name_item(rc, j + 1, to);
}

static int
agenda_ok_list(const rc_ctx *rc, item_list *l, int pair)
{
	size_t (*items)[2] = l->it, n = l->n, count = n;
	size_t lim = long_items_list(rc, l) ? 22 : 16;   /* rules28, rules158 */
	int names_ok = (n >= 3 && (gerund_count(rc, items, n) >= 2 || line_count(rc, items, n) >= 2 ||
	                           word_topics_ok(rc, items, n))) ||
	               article_split_last(rc, l, lim);

	if (means_list(rc, l) || infinitive_object_list(rc, l))
		return 0;

	for (size_t k = 0; k + 1 < n; k++)
		if (not_an_item_upto(rc, items[k][0],
		                     l->semi ? opener_inside(rc, items[k][0], items[k][1]) : items[k][1],
		                     lim) &&
		    !(names_ok && (name_item(rc, items[k][0], items[k][1]) ||
		                   proper_word_item(rc, items[k]))))
			return 0;
	if (n >= 1) {
		/* rules18: of a semicolon list's item that names its own
		 * examples, the words before them */
		size_t to = l->semi ? opener_inside(rc, items[n - 1][0], items[n - 1][1]) : items[n - 1][1];
		size_t from = lead_end(rc, items[n - 1][0], to), j;

		for (j = from + 2; j + 3 <= to && !is_conjunction(rc, j); j++)
			;
		/* rules11: pair 2, a repeated preposition: "on A and on North
		 * Korea" names a topic, a name too */
		if ((n > 1 || (pair && !infinitive_in(rc, from, j))) && j + 3 <= to &&
		    from == items[n - 1][0] && !not_an_item_upto(rc, from, j, lim) &&
		    (!not_an_item_upto(rc, j + 1, to, lim) || (pair == 2 && name_item(rc, j + 1, to))))
			count++;
		else if (residual_item(rc, from, to))
			count--;        /* rules21: "..., and other issues" */
		else if (not_an_item_upto(rc, items[n - 1][0], to, lim))
			return 0;
	}
	return count >= 2;
}

/* Is the list l an agenda (agenda_ok_list), a series of infinitives'
 * pieces aside (series_verb_cut)? */
static int
agenda_ok_cut(const rc_ctx *rc, item_list *l, int pair)
{
	return !series_verb_cut(rc, l) && agenda_ok_list(rc, l, pair);
}

/* rules59: a last piece of names opened by a list opener (", including
 * the DPRK and Russia", the listTail "among others" already cut off)
 * names examples of the item before it ("the current actions of key
 * countries of proliferation concern, including the DPRK and Russia,
 * among others", State): it is folded into that item. */
static void
fold_name_examples(const rc_ctx *rc, item_list *l)
{
	size_t n = l->n, a, o;

	if (l->semi || n < 2)
		return;
	a = l->it[n - 1][0] + (size_t)rc_punct(rc, l->it[n - 1][0], ",");
	o = rc_wl_match(rc, a, l->it[n - 1][1], NCG_WL_LIST_OPENER, 0);
	if (!o || o <= a || o >= l->it[n - 1][1] || !name_item(rc, o, l->it[n - 1][1]))
		return;
	l->it[n - 2][1] = l->it[n - 1][1];
	l->n--;
}

/* Is the conjunct after "and" at j a noun phrase: it starts with an
 * agenda head noun ("and measures to ...") or runs "efficient transition
 * of", "the transfer of", "the stable transition of"? */
static int
noun_conjunct(const rc_ctx *rc, size_t j, size_t b)
{
	int det = rc_wl(rc, j + 1, NCG_WL_OBJECT_DETERMINER) || rc_wl(rc, j + 1, NCG_WL_INDEFINITE_ARTICLE);
	size_t k = j + 1 + (size_t)det;

	return k + 2 < b && rc_lower(rc, k) &&
	       (rc_wl(rc, k, NCG_WL_AGENDA_HEAD) || rc_wl(rc, k + 1, NCG_WL_AGENDA_HEAD) ||
	        rc_is(rc, k + 2, "of") || (det && rc_is(rc, k + 1, "of")));
}

/* Is the conjunct after "and" at j headed by an agenda noun and its
 * infinitive ("and substantive ways to further ...", "and measures to")? */
static int
agenda_conjunct(const rc_ctx *rc, size_t j, size_t b)
{
	for (size_t k = j + 1; k < b && k < j + 3; k++)
		if (rc_lower(rc, k) && rc_wl(rc, k, NCG_WL_AGENDA_HEAD))
			return k + 2 < b && is_infinitive_to(rc, k + 1) && rc_lower(rc, k + 2);
	return 0;
}

/* rules13: does a noun phrase with its complement open at i: a
 * determiner, a lower-case noun (maybe after one adjective), a
 * preposition ("the situation on ...", "the status of ...", "the
 * current state of ...")? */
static int
noun_of_at(const rc_ctx *rc, size_t i, size_t b)
{
	if (i + 3 >= b || !rc_wl(rc, i, NCG_WL_OBJECT_DETERMINER) || !rc_lower(rc, i + 1) ||
	    rc_wl(rc, i + 1, NCG_WL_NOUN_PREPOSITION))
		return 0;
	return rc_wl(rc, i + 2, NCG_WL_NOUN_PREPOSITION) ||
	       (rc_lower(rc, i + 2) && rc_wl(rc, i + 3, NCG_WL_NOUN_PREPOSITION));
}

/* "discussed measures to strengthen A and efficient transition of B":
 * an item headed by an agenda noun and a noun phrase joined by "and"
 * alone, no comma between, are two items.  *next as agenda_list's. */
static ncg_status
head_pair(rc_ctx *rc, uint32_t s, size_t a, size_t b, size_t *next)
{
	size_t h = rc_wl(rc, a, NCG_WL_OBJECT_DETERMINER) ? a + 1 : a, j, first = rc->nm;
	int headed = rc_wl(rc, h, NCG_WL_AGENDA_HEAD) || rc_wl(rc, h + 1, NCG_WL_AGENDA_HEAD);
	int elaborated = 0;

	for (j = h + 2; j < b; j++) {
		if (rc_punct(rc, j, ",") || rc_punct(rc, j, ";") || rc_punct(rc, j, ":"))
			return NCG_OK;
		elaborated |= rc_wl_match(rc, j, b, NCG_WL_LIST_OPENER, 0) > j;
		/* "issues including North Korea and substantive ways to ...": a
		 * first item that an opener elaborates, a second headed by an
		 * agenda noun ("preparations for A and ways to B" stays one) */
		if (is_conjunction(rc, j) && (headed ? noun_conjunct(rc, j, b)
		                                   : elaborated && agenda_conjunct(rc, j, b)))
			break;
	}
	if (!headed && !elaborated)
		return NCG_OK;
	/* the noun phrase's head comes in its first words; its complement
	 * may run long ("from the U.S.-led ... to a ROK-led ...") */
	if (j >= b || not_an_item(rc, a, j < a + 17 ? j : a + 17) ||
	    not_an_item(rc, j + 1, b < j + 17 ? b : j + 17))
		return NCG_OK;
	for (size_t k = j + 1; k < b; k++)
		if (rc_punct(rc, k, ",") || rc_punct(rc, k, ";") || rc_punct(rc, k, ":"))
			return NCG_OK;
	/* a head noun's complement may run long ("measures to follow up on
	 * last year's agreement to postpone the transfer of ...") */
	NCG_TRY(add_workstream_upto(rc, s, a, j, 32));
	NCG_TRY(add_workstream_upto(rc, s, j + 1, b, 32));
	mark_agenda(rc, first, 0);
	NCG_TRY(distinct_items(rc, first));
	return rc_end_at(next, b);
}

/* After a document's frame ending at e, a demand on someone ("calls for
 * North Korea to cease ..."): an infinitive before the first comma. */
static int
demand_at(const rc_ctx *rc, size_t e, size_t b)
{
	size_t c = e;

	while (c < b && !rc_punct(rc, c, ",") && !rc_punct(rc, c, ";"))
		c++;
	return infinitive_in(rc, e, c);
}

/* Is the subject before token w of sentence s a document: a document
 * noun ("the memorandum calls for"), or "It" opening a sentence right
 * after one that names a document ("They signed a memorandum ...")? */
static int
document_subject(const rc_ctx *rc, uint32_t s, size_t w)
{
	const ncg_sentence *st = &rc->sent[s];

	if (w <= st->t0)
		return 0;
	if (rc_lower(rc, w - 1) && rc_wl(rc, w - 1, NCG_WL_DOCUMENT_NOUN))
		return 1;
	if (w - 1 != st->t0 || !rc_is(rc, w - 1, "It") || s == 0 ||
	    rc->sent[s - 1].block != st->block)
		return 0;
	for (size_t i = rc->sent[s - 1].t0; i < rc->sent[s - 1].t1; i++)
		if (rc_lower(rc, i) && rc_wl(rc, i, NCG_WL_DOCUMENT_NOUN))
			return 1;
	return 0;
}

/* Does [a, b) before a list take in the whole field ("all areas of
 * extended deterrence, including ..."): work in general
 * (lex:wholeFieldWord), no agenda's examples? */
static int
whole_field(const rc_ctx *rc, size_t a, size_t b)
{
	return rc_wl_within(rc, a, b, NCG_WL_WHOLE_FIELD_WORD, 1);
}

/* "shared opinions on A and on B", "including establishing A and
 * establishing B": after the one "and" of the list [a, b), the frame's
 * last preposition (token e - 1) again, or a gerund after a first item
 * that opens with one: two items, each of two words or more (two
 * "noun of" items not after a whole field, fix143). */
static int
repeated_pair(const rc_ctx *rc, size_t e, size_t a, size_t b)
{
	int prep = e > 0 && rc_wl(rc, e - 1, NCG_WL_REPEATABLE_PREP);

	for (size_t j = a + 2; j + 2 < b; j++) {
		if (rc_punct(rc, j, ",") || rc_punct(rc, j, ";"))
			return 0;
		if (is_conjunction(rc, j))
			return (prep && rc_same_word(rc, j + 1, e - 1)) ? 2 :
			       (gerund_at(rc, a) && gerund_at(rc, j + 1) && !clause_verb(rc, j + 1)) ||
			       rc_wl(rc, j + 1, NCG_WL_CONTRAST_DETERMINER) ||
			       (noun_of_at(rc, a, b) && noun_of_at(rc, j + 1, b) && !whole_field(rc, e, a));
	}
	return 0;
}

/* rules75: is the pair at [a, b), "and" at j, one noun phrase whose
 * complement the two heads share: a determiner and one noun alone, then
 * the same determiner, a noun and a lex:sharedComplementPrep ("such as
 * the characteristics and the size of forces to be dispatched": the
 * characteristics of the forces, no topic "the characteristics")? */
static int
shared_complement_pair(const rc_ctx *rc, size_t a, size_t j, size_t b)
{
	return j == a + 2 && j + 3 < b && rc_wl(rc, a, NCG_WL_OBJECT_DETERMINER) &&
	       rc_same_word(rc, a, j + 1) && rc_lower(rc, a + 1) && rc_lower(rc, j + 2) &&
	       rc_wl(rc, j + 3, NCG_WL_SHARED_COMPLEMENT_PREP);
}

/* rules39: between the frame's end e and the list's start a, an
 * umbrella of agenda class nouns (the head nouns of lex:residualItem:
 * issues, areas, matters) and a list opener ending at a ("reviewed
 * current Alliance issues, including"), not the whole field ("all areas
 * of extended deterrence, including": work in general,
 * lex:wholeFieldWord)?  Where the opener starts (after e), or 0. */
static size_t
umbrella_opener(const rc_ctx *rc, size_t e, size_t a, size_t b)
{
	size_t o, k;
	int umbrella = 0;

	for (o = a > e + 3 ? a - 3 : e; o < a; o++) {
		size_t oe = rc_wl_match(rc, o, b, NCG_WL_LIST_OPENER, 0);

		/* rules222: or a class noun's infinitive opener ("issues,
		 * to include A and B"); fix69 (review69): after a comma only
		 * (not "broadening cooperation on issues to include A", a
		 * result) */
		if (!oe && o > 0 && rc_punct(rc, o - 1, ","))
			oe = rc_wl_match(rc, o, b, NCG_WL_CLASS_OPENER, 0);
		if (oe == a || oe + 1 == a)
			break;
	}
	if (whole_field(rc, e, o))
		return 0;
	for (k = e; k < o; k++)
		umbrella |= rc_lower(rc, k) && rc_wl(rc, k, NCG_WL_RESIDUAL_ITEM);
	return o < a && umbrella ? o : 0;
}

/* Does a complement open at token i: an infinitive's "to" or a
 * preposition? */
static int
complement_opens(const rc_ctx *rc, size_t i)
{
	return is_infinitive_to(rc, i) || rc_wl(rc, i, NCG_WL_COMPLEMENT_PREP) ||
	       rc_wl(rc, i, NCG_WL_ITEM_PREPOSITION);
}

/* A bare pair [a, b): a first conjunct of two words or more with no
 * complement (no preposition, no infinitive, no comma) ending in no
 * adjective, "and", a second with no comma nor "and".  Returns the
 * "and", else 0. */
static size_t
bare_pair(const rc_ctx *rc, size_t a, size_t b)
{
	size_t j, k;

	for (j = a; j < b && !is_conjunction(rc, j); j++)
		if (!rc_word(rc, j) || complement_opens(rc, j))
			return 0;
	if (j < a + 2 || j + 3 > b || adjective_shaped(rc, j - 1) ||
	    rc_wl(rc, j - 1, NCG_WL_SERIES_ADJECTIVE) || shared_complement_pair(rc, a, j, b))
		return 0;
	for (k = j + 1; k < b; k++)
		if (is_conjunction(rc, k) || rc_punct(rc, k, ",") || rc_punct(rc, k, ";"))
			return 0;
	return j;
}

/* rules39: "reviewed current Alliance issues, including A and B": after
 * an umbrella and a list opener ending at a (umbrella_opener), a pair whose
 * first conjunct has no complement (no preposition, no infinitive, no
 * comma) and ends in no adjective: two examples, two items, as
 * "including A, B and C" gives three (not "including plans for A and
 * B", one noun with coordinated complements). */
static int
opener_pair(const rc_ctx *rc, size_t e, size_t a, size_t b)
{
	return umbrella_opener(rc, e, a, b) && bare_pair(rc, a, b);
}

/* rules176: is the item [a, b) a pair of topics, "personnel exchanges
 * and education cooperation (to strengthen ...)", "shared values and
 * joint support for an open, ... world": a first conjunct of two
 * lower-case words or more with no complement that ends in a plural
 * noun, "and", and a second of two lower-case words or more whose head
 * (its last word before a complement, or the item's end) is no plural?
 * The plural closes the first topic; "nuclear weapons and missile
 * programs", a plural head that may be shared, stays one, and so does
 * a gerund's object ("expanding joint drills and missile data
 * sharing").  Returns the
 * "and", else 0. */
static size_t
plural_pair_at(const rc_ctx *rc, size_t a, size_t b)
{
	size_t j, h;

	for (j = a; j < b && !is_conjunction(rc, j); j++)
		if (!rc_word(rc, j) || !rc_lower(rc, j) || complement_opens(rc, j))
			return 0;
	if (j < a + 2 || j >= b || gerund_at(rc, a) || !plural_shaped(rc, j - 1) ||
	    rc_wl(rc, j - 1, NCG_WL_SERIES_ADJECTIVE))
		return 0;
	for (h = j + 1; h < b && rc_word(rc, h) && rc_lower(rc, h) && !is_conjunction(rc, h) &&
	                !complement_opens(rc, h);
	     h++)
		;
	if (h < j + 3 || plural_shaped(rc, h - 1) || shared_complement_pair(rc, a, j, b))
		return 0;
	return h == b || complement_opens(rc, h) ? j : 0;
}

/* rules176: after a frame verb in the past ("discussed"; "to discuss A
 * and notify B" may join two verbs) with no opener, a bare pair
 * (bare_pair) that is a pair of topics (plural_pair_at). */
static int
plural_pair(const rc_ctx *rc, size_t w, size_t a, size_t b)
{
	return clause_verb(rc, w) && bare_pair(rc, a, b) && plural_pair_at(rc, a, b);
}

/* fix61: is token i a finite verb of a clause: a lower-case past in -ed
 * (clause_verb), a past not in -ed (lex:irregularPastAct,
 * lex:irregularPastVerb, lex:pastSpeechVerb, lex:metVerb), a verb of
 * saying (lex:speechVerb) or an auxiliary (lex:auxiliaryVerb)? */
static int
finite_verb_at(const rc_ctx *rc, size_t i)
{
	return rc_word(rc, i) && rc_lower(rc, i) &&
	       (clause_verb(rc, i) || rc_wl(rc, i, NCG_WL_IRREGULAR_PAST_ACT) ||
	        rc_wl(rc, i, NCG_WL_IRREGULAR_PAST_VERB) || rc_wl(rc, i, NCG_WL_PAST_SPEECH_VERB) ||
	        rc_wl(rc, i, NCG_WL_MET_VERB) || rc_wl(rc, i, NCG_WL_SPEECH_VERB) ||
	        rc_wl(rc, i, NCG_WL_AUXILIARY_VERB));
}

/* fix61: is the conjunct from token i (after "and" and its determiner)
 * a clause of its own, a head noun then a finite verb before any
 * complement ("and the minister thanked Austin for ...", "and the
 * delegation toured a shipyard", "and the two ministers agreed to ...")?
 * Two clauses joined by "and", not two topics. */
static int
conjunct_clause(const rc_ctx *rc, size_t i, size_t b)
{
	for (; i < b && !complement_opens(rc, i); i++)
		if (finite_verb_at(rc, i))
			return 1;
	return 0;
}

/* rules347: is [k, b) capitalised modifiers then lower-case words, the
 * last a noun (no adjective by its ending), words and hyphens only ("the
 * North Korean nuclear threat", "the Indo-Pacific strategy")?  A common
 * noun phrase that a name modifies, as article_pair's lower-case one;
 * fix169 (review135 5): no person's or office's head last (lex:
 * personHeadNoun: "the North Korean leader", "the Japanese prime
 * minister"). */
static int
name_modified_noun(const rc_ctx *rc, size_t k, size_t b)
{
	size_t i = k;

	while (i < b && (rc_cap(rc, i) || rc_punct(rc, i, "-")))
		i++;
	if (i == k || i >= b)
		return 0;
	for (size_t q = i; q < b; q++)
		if (!rc_word(rc, q) || !rc_lower(rc, q))
			return 0;
	return !adjective_shaped(rc, b - 1) && !gerund_at(rc, b - 1) &&
	       !rc_wl(rc, b - 1, NCG_WL_PERSON_HEAD_NOUN);
}

/* rules207: is the object [a, b) a pair of topics whose second conjunct
 * opens with a determiner of its own (lex:objectDeterminer), "discussed
 * bilateral trade relations and the implications of Russia's war ...
 * for global trade and economic developments", "to discuss the two
 * countries' alliance and the situation on the Korean Peninsula"?  The
 * first conjunct is two words or more past any determiner, with no
 * complement (no preposition, no infinitive, no comma, no relative
 * clause: "security issues that face the Korean peninsula and the
 * region"), ending in a lower-case noun (no adjective: "the economic and
 * the military ..."), so no "and" inside a complement is read as the
 * pair's ("cooperation between the U.S. and the ROK"); the second's first word after its
 * determiner is a lower-case word, no verb.  Returns the "and", else 0. */
static size_t
article_pair(const rc_ctx *rc, size_t a, size_t b)
{
	size_t j, a0 = a + (size_t)rc_wl(rc, a, NCG_WL_OBJECT_DETERMINER);

	for (j = a; j < b && !is_conjunction(rc, j); j++)
		if ((!rc_word(rc, j) && !rc_punct(rc, j, "'") && !rc_punct(rc, j, "-")) ||
		    complement_opens(rc, j) || rc_wl(rc, j, NCG_WL_RELATIVE_PRONOUN) ||
		    rc_wl(rc, j, NCG_WL_SUBJECT_RELATIVE))
			return 0;
	if (j < a0 + 2 || j + 3 > b || !rc_word(rc, j - 1) || !rc_lower(rc, j - 1) ||
	    adjective_shaped(rc, j - 1) || rc_wl(rc, j - 1, NCG_WL_SERIES_ADJECTIVE) ||
	    !rc_wl(rc, j + 1, NCG_WL_OBJECT_DETERMINER) || !rc_word(rc, j + 2) ||
	    (!rc_lower(rc, j + 2) && !name_modified_noun(rc, j + 2, b)) ||
	    clause_verb(rc, j + 2) || gerund_at(rc, j + 2))
		return 0;
	for (size_t k = j + 1; k < b; k++)
		if (rc_punct(rc, k, ",") || rc_punct(rc, k, ";"))
			return 0;
	return conjunct_clause(rc, j + 2, b) ? 0 : j;
}

/* rules59: a commitment to do later (lex:commitmentCue) anywhere in
 * [a, b) ("agreed to swiftly launch ... bodies to follow up on ...")? */
static int
commitment_in(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (rc_wl_match(rc, i, b, NCG_WL_COMMITMENT_CUE, 0))
			return 1;
	return 0;
}

/* rules95: does sentence s hold no lex:metVerb before token w, and a
 * sentence after it lex:additiveAdverb just before lex:metVerb ("Cho
 * also met with ...")?  rules347: nor a lower-case meeting noun before
 * "with" (lex:interlocutorPreposition: "the minister held a meeting with
 * the U.S. Secretary of the Navy to discuss A and B. ... The secretary
 * also met ...", IANS): the lead met someone too, its talks are the
 * meeting's. */
static int
also_met_after(const rc_ctx *rc, uint32_t s, size_t w)
{
	for (size_t i = rc->sent[s].t0; i < w; i++)
		if (rc_wl(rc, i, NCG_WL_MET_VERB) ||
		    (rc_lower(rc, i) && rc_wl(rc, i, NCG_WL_MEETING_NOUN) &&
		     rc_wl_ci(rc, i + 1, NCG_WL_INTERLOCUTOR_PREP)))
			return 0;
	for (size_t i = rc->sent[s].t1; i + 1 < rc->ntok; i++)
		if (rc_wl(rc, i, NCG_WL_ADDITIVE_ADVERB) && rc_wl(rc, i + 1, NCG_WL_MET_VERB))
			return 1;
	return 0;
}

/* rules18: the items from mention `first` on answer a past meeting
 * verb before the frame at w in the text's lead sentence ("Senior US
 * defense officials met with X to discuss A and B, the Pentagon said"):
 * the lead reports the story's meeting, and its agenda is that
 * meeting's, even when the meeting is told again (and resolved) in a
 * later sentence.  They are listed as lines of work, not as an agenda
 * bound to the sentence order. */
static void
lead_report(rc_ctx *rc, size_t first, uint32_t s, size_t w)
{
	size_t s0 = 0;
	int verb = 0;

	/* the first body sentence of six words or more that ends in a full
	 * stop (not a date line and a photo credit, not a headline) */
	for (; s0 < rc->nsent; s0++) {
		size_t words = 0, e = rc->sent[s0].t1;

		for (size_t i = rc->sent[s0].t0; i < e; i++)
			words += rc_word(rc, i);
		while (e > rc->sent[s0].t0 && rc_double_quote(rc, e - 1))
			e--;
		if (rc->body_sent[s0] && words >= 6 && e > rc->sent[s0].t0 && rc_punct(rc, e - 1, "."))
			break;
	}
	/* not a list quoted (a deck's "discussing \u201cA and B.\u201d") */
	if (s != s0 || first >= rc->nm || quote_opened(rc, rc->sent[s].t0, rc->m[first].t0))
		return;
	/* rules95: not when the lead meets no one before the frame and a
	 * later sentence meets "also" (lex:additiveAdverb before
	 * lex:metVerb: "attended the Ministerial ... and participated in
	 * discussions on A, and B. ... Cho also met with ..."): the lead
	 * told another event than that meeting */
	if (also_met_after(rc, s, w))
		return;
	for (size_t i = rc->sent[s].t0; i < w && !verb; i++)
		verb = rc_lower(rc, i) && rc_wl_match(rc, i, w, NCG_WL_MEETING_VERB, 0) > i &&
		       !rc_wl_ci(rc, i - (i > 0), NCG_WL_MODAL);
	/* rules59: or the lead's own frame, a verb in the past ("The key
	 * policymakers of A and B discussed a wide array of economic issues,
	 * including ...", Yonhap): the lead reports the meeting's agenda;
	 * not a participle of what others discussed ("to follow up on the
	 * key areas discussed by the presidents during APEC", JoongAng), no
	 * commitment before it */
	for (size_t i = rc->sent[s].t0; i <= w && !verb; i++)
		verb = rc_lower(rc, i) && clause_verb(rc, i) && !rc_is(rc, i + 1, "by") &&
		       rc_wl_match(rc, i, rc->sent[s].t1, NCG_WL_DISCUSS_FRAME, 0) > i &&
		       !rc_wl_ci(rc, i - (i > 0), NCG_WL_MODAL) && !commitment_in(rc, rc->sent[s].t0, i);
	for (size_t k = first; verb && k < rc->nm; k++)
		if (rc->m[k].kind == NCG_M_WORKSTREAM)
			rc->m[k].workstream.listed = 1;
}

/* rules18: does sentence s speak of a call (lex:callEvent: "during a
 * phone conversation")?  A call is another event than the meeting: what
 * it discussed is no agenda of the meeting. */
static int
call_sentence(const rc_ctx *rc, uint32_t s)
{
	const ncg_sentence *st = &rc->sent[s];

	for (size_t i = st->t0; i < st->t1; i++)
		if (rc_word(rc, i) && rc_wl_match(rc, i, st->t1, NCG_WL_CALL_EVENT, 0))
			return 1;
	return 0;
}

/* rules18: is the participle frame at w ("focused on") a finite verb
 * after a pronoun subject ("They focused on A and B")? */
static int
after_subject_pronoun(const rc_ctx *rc, uint32_t s, size_t w)
{
	return w > rc->sent[s].t0 && rc_wl(rc, w - 1, NCG_WL_SUBJECT_PRONOUN) &&
	       clause_verb(rc, w);
}

/* rules18: words of [a, b) other than determiners ("the defense
 * posture" has two). */
static size_t
content_words(const rc_ctx *rc, size_t a, size_t b)
{
	size_t n = 0;

	for (size_t i = lead_end(rc, a, b); i < b; i++)
		n += rc_word(rc, i) && !rc_wl(rc, i, NCG_WL_OBJECT_DETERMINER) &&
		     !rc_wl(rc, i, NCG_WL_INDEFINITE_ARTICLE);
	return n;
}

/* rules18: the end of a run of names from i (people, bodies, places,
 * countries, "the" before them); i when none. */
static size_t
name_run_end(const rc_ctx *rc, size_t i, size_t b)
{
	while (i < b) {
		size_t ce;

		if (rc_country_prefix(rc, i, b, (const char *[2]){NULL, NULL}, &ce) > 0 && ce > i)
			i = ce;
		else if (rc_wl(rc, i, NCG_WL_DEFINITE_ARTICLE) ||
		         rc_claimed(rc, i, i + 1, RC_CLAIM_NAME | RC_CLAIM_BODY | RC_CLAIM_PLACE))
			i++;
		else
			break;
	}
	return i;
}

/* rules18: is token i a lower-case word shaped as a noun by its ending
 * (lex:nounSuffix: "situation", "posture", "deployment")? */
static int
noun_shaped(const rc_ctx *rc, size_t i)
{
	return suffix_shaped(rc, i, NCG_WL_NOUN_SUFFIX, 4);
}

/* rules18: after a name ending at i, the end of its "'s" (straight or
 * curly apostrophe, one token or two), else 0.  fix90: the one-token
 * form is the whole token, so an apostrophe token before "s" ends after
 * the "s". */
static size_t
possessive_end(const rc_ctx *rc, size_t i, size_t lim)
{
	const char *t;
	size_t n;

	if (i >= lim)
		return 0;
	t = rc->s + rc->tok[i].b;
	n = rc->tok[i].e - rc->tok[i].b;
	if ((n == 2 && strncmp(t, "'s", 2) == 0) || (n == 4 && strncmp(t, "\xE2\x80\x99s", 4) == 0))
		return i + 1;
	if (rc_apostrophe(rc, i) && rc_is(rc, i + 1, "s"))
		return i + 2;
	return 0;
}

/* rules18: is [a, j) a proper noun phrase: "the", then words that are
 * all capitalised ("the U.S.-ROK Alliance")? */
static int
proper_phrase(const rc_ctx *rc, size_t a, size_t j)
{
	size_t words = 0;

	for (size_t i = lead_end(rc, a, j) + rc_wl(rc, lead_end(rc, a, j), NCG_WL_DEFINITE_ARTICLE); i < j; i++) {
		if (!rc_word(rc, i))
			continue;
		if (!rc_cap(rc, i) && !(rc->tok[i].flags & NCG_TF_UPPER))
			return 0;
		words++;
	}
	return words > 0;
}

/* rules28: is the "(" at j an acronym's bracket: one word in capitals,
 * then ")", before c? */
static int
bracketed_acronym(const rc_ctx *rc, size_t j, size_t c)
{
	return j + 2 < c && rc_punct(rc, j, "(") && (rc->tok[j + 1].flags & NCG_TF_UPPER) &&
	       rc_punct(rc, j + 2, ")");
}

/* rules18: is [a, j) a name's possessive and lower-case words ending in
 * a noun ("North Korea's nuclear issue")? */
static int
possessive_phrase(const rc_ctx *rc, size_t a, size_t j)
{
	size_t e = name_run_end(rc, a, j), q, ce;

	/* rules28: "the" only before a country's name ("the Democratic
	 * People's Republic of Korea (DPRK)'s nuclear program"), its
	 * acronym in brackets before the "'s" */
	if (rc_wl(rc, a, NCG_WL_DEFINITE_ARTICLE) &&
	    !(rc_country_prefix(rc, a + 1, j, (const char *[2]){NULL, NULL}, &ce) > 0 && ce > a + 1))
		return 0;
	if (bracketed_acronym(rc, e, j))
		e += 3;
	if (e == a || !(q = possessive_end(rc, e, j)) || q >= j)
		return 0;
	for (size_t i = q; i < j; i++)
		if (!rc_lower(rc, i) && !rc_punct(rc, i, "-"))
			return 0;
	return !adjective_shaped(rc, j - 1) && !gerund_at(rc, j - 1) && !not_an_item(rc, a, j);
}

/* rules21: is [a, j) a noun phrase with a relative clause: one or two
 * lower-case nouns, "that" or "which", a lower-case verb and its object
 * ("security issues that face the Korean peninsula", DoD News), no
 * comma, no infinitive, no clause before it? */
static int
relative_phrase(const rc_ctx *rc, size_t a, size_t j)
{
	size_t r = lead_end(rc, a, j);

	if (r >= j || rc_wl(rc, r, NCG_WL_OBJECT_DETERMINER) || rc_wl(rc, r, NCG_WL_INDEFINITE_ARTICLE))
		return 0;
	for (size_t i = r; i < r + 2 && i < j; i++)
		if (!rc_lower(rc, i) || gerund_at(rc, i))
			return 0;
	if (!adjective_shaped(rc, r) && !rc_lower(rc, r + 1))
		return 0;
	for (r = r + 1; r < j && r < a + 4 && !rc_wl(rc, r, NCG_WL_RELATIVE_PRONOUN); r++)
		if (!rc_lower(rc, r))
			return 0;
	if (r + 3 > j || r >= a + 4 || !rc_lower(rc, r + 1) || rc_wl(rc, r + 1, NCG_WL_OBJECT_DETERMINER) ||
	    rc_wl(rc, r + 1, NCG_WL_AUXILIARY_VERB))
		return 0;
	for (size_t i = a; i < j; i++)
		if (rc_punct(rc, i, ",") || rc_punct(rc, i, ";"))
			return 0;
	return !infinitive_in(rc, a, j) && !not_an_item(rc, a, j);
}

/* rules99: is [a, j) a short noun phrase of two to six words with no
 * preposition: modifiers (a possessive, capitalised words, hyphens) and
 * a lower-case head noun, no adjective, gerund or verb ("each country's
 * Indo-Pacific approach", "the Indo-Pacific strategy")?  Before "and" it
 * closes only before a plural head with its own complement (pair_conjunct,
 * form 7: "... approach and opportunities for cooperation", State). */
static int
short_noun_phrase(const rc_ctx *rc, size_t a, size_t j)
{
	size_t n = content_words(rc, a, j);

	if (n < 2 || n > 6 || !rc_lower(rc, j - 1) || adjective_shaped(rc, j - 1) ||
	    gerund_at(rc, j - 1) || clause_verb(rc, j - 1) || rc_wl(rc, j - 1, NCG_WL_OBJECT_DETERMINER))
		return 0;
	for (size_t i = a; i < j; i++)
		if (!rc_word(rc, i) && !rc_punct(rc, i, "-") && !possessive_end(rc, i, j))
			return 0;
	return !infinitive_in(rc, a, j) && !not_an_item(rc, a, j) && !name_item(rc, a, j);
}

/* rules18: is [a, j) a closed noun phrase?  1: a lower-case noun, a
 * preposition (lex:complementPreposition) and its object, which ends in
 * a name or a noun by its ending ("the defense posture on the Korean
 * Peninsula", "the current situation with North Korea"), no infinitive,
 * no clause, no name alone.  2: an adjective by its ending and one noun
 * ("bilateral ties", "regional security").  3: a name alone ("North
 * Korea").  4: a name's possessive and its noun ("North Korea's nuclear
 * issue").  0: none of these. */
static int
complement_phrase(const rc_ctx *rc, size_t a, size_t j)
{
	size_t p = 0;

	for (size_t i = a + 1; i + 1 < j && !p; i++)
		if (rc_wl(rc, i, NCG_WL_COMPLEMENT_PREP) && rc_lower(rc, i - 1) &&
		    !rc_wl(rc, i - 1, NCG_WL_OBJECT_DETERMINER))
			p = i;
	/* "North Korea's nuclear issue and ...": a name's possessive and
	 * its noun (form 4); "North Korea and the enforcement of ...": a
	 * name alone (form 3) */
	if (!p && possessive_phrase(rc, a, j))
		return 4;
	if (!p && (name_item(rc, a, j) || proper_phrase(rc, a, j)))
		return 3;
	/* "bilateral ties and ...", "regional security and ...": an
	 * adjective and its noun, nothing more (form 2) */
	if (!p && content_words(rc, a, j) == 2 && j >= a + 2 && adjective_shaped(rc, j - 2) &&
	    rc_lower(rc, j - 1) && !adjective_shaped(rc, j - 1) && !gerund_at(rc, j - 1) &&
	    !not_an_item(rc, a, j))
		return 2;
	/* "the regional security situation and ...": an adjective, a noun
	 * and a noun by its ending (form 2) */
	if (!p && content_words(rc, a, j) == 3 && j >= a + 3 && adjective_shaped(rc, j - 3) &&
	    rc_lower(rc, j - 2) && !adjective_shaped(rc, j - 2) && !gerund_at(rc, j - 2) &&
	    noun_shaped(rc, j - 1) && !adjective_shaped(rc, j - 1) && !not_an_item(rc, a, j))
		return 2;
	if (!p && relative_phrase(rc, a, j))
		return 5;
	/* rules59: two lower-case nouns, the first no adjective, the
	 * second a noun in the plural ("implementation issues and ...",
	 * form 6) */
	if (!p && j == a + 2 && content_words(rc, a, j) == 2 && rc_lower(rc, a) &&
	    !adjective_shaped(rc, a) && !gerund_at(rc, a) && !clause_verb(rc, a) &&
	    plural_shaped(rc, a + 1) && !not_an_item(rc, a, j))
		return 6;
	if (!p && short_noun_phrase(rc, a, j))
		return 7;
	/* rules159: a determiner and one lower-case noun ("the alliance and
	 * ...", form 8) */
	if (!p && j == a + 2 && rc_wl(rc, a, NCG_WL_OBJECT_DETERMINER) && rc_lower(rc, a + 1) &&
	    rc_word(rc, a + 1) && !adjective_shaped(rc, a + 1) && !gerund_at(rc, a + 1) &&
	    !clause_verb(rc, a + 1) && !not_an_item(rc, a, j))
		return 8;
	if (!p || content_words(rc, a, j) < 2 || infinitive_in(rc, a, j) || not_an_item(rc, a, j) ||
	    name_item(rc, a, j) || rc_wl(rc, lead_end(rc, a, j), NCG_WL_PROGRESS_NOUN))
		return 0;
	/* rules99: an acronym in brackets ends the phrase ("... Memorandum
	 * of Understanding (MOU) and ..."): the word before it counts */
	if (j >= a + 5 && bracketed_acronym(rc, j - 3, j))
		j -= 3;
	return (rc_cap(rc, j - 1) && !rc_claimed(rc, j - 1, j, RC_CLAIM_NAME)) ||
	       (noun_shaped(rc, j - 1) && !adjective_shaped(rc, j - 1));
}

/* rules59: is token i a lower-case noun in the plural by its ending
 * ("amendments", "efforts"; not "status", "process", "analysis"): the
 * shape of a verb in -s (present_s_at), no gerund? */
static int
plural_shaped(const rc_ctx *rc, size_t i)
{
	return i < rc->ntok && present_s_at(rc, i) && !gerund_at(rc, i);
}

/* rules59: is the conjunct from k, up to c, a noun in the plural, maybe
 * after one adjective by its ending, and right after it its own
 * complement ("and developments in regional and international fora",
 * "and potential amendments to the trade agreement", "and
 * opportunities for ...")?  A plural head with its own complement is a
 * noun phrase of its own, no second noun under the first's modifiers
 * ("regional security and stability on the Peninsula" stays one). */
static int
plural_complement(const rc_ctx *rc, size_t k, size_t c)
{
	size_t h = k;

	if (h < c && rc_lower(rc, h) && adjective_shaped(rc, h) && !clause_verb(rc, h))
		h++;
	if (h + 2 >= c || !plural_shaped(rc, h) || clause_verb(rc, h))
		return 0;
	if (is_infinitive_to(rc, h + 1))
		return !infinitive_in(rc, h + 1, c) && !rc_wl(rc, h + 2, NCG_WL_ITEM_PREPOSITION);
	return rc_wl(rc, h + 1, NCG_WL_COMPLEMENT_PREP);
}

/* rules28: is the conjunct from k a one-word common noun and its own
 * complement, its preposition at e ("issues on the Korean Peninsula",
 * "tensions with Japan")?  After a name's possessive it opens a noun
 * phrase of its own ("the DPRK's nuclear program and issues on the
 * Korean Peninsula"), as a determiner would. */
static int
headed_complement(const rc_ctx *rc, size_t k, size_t e, size_t c)
{
	return e == k + 1 && e + 1 < c && rc_lower(rc, k) && !adjective_shaped(rc, k) &&
	       !gerund_at(rc, k) && rc_wl(rc, e, NCG_WL_COMPLEMENT_PREP);
}

/* does the conjunct from k, up to c, name the rest of a class or open a
 * clause, so that the "and" before it makes no pair of topics?
 * rules21: "A and other B" names one topic and the rest of its class ("to
 * discuss North Korea and other security challenges", Yonhap); rules95: a
 * conjunct with a modal before a verb is a clause ("a range of ways the
 * ROK and the US can work together", MOFA): the "and" joins its
 * subjects; fix61: a subject and its finite verb ("and the minister
 * thanked Austin for ...", "and Singh thanked ..."): two clauses */
static int
rest_or_clause(const rc_ctx *rc, size_t k, size_t c)
{
	size_t e = name_run_end(rc, k, c);

	if (rc_wl(rc, k, NCG_WL_CLASS_REST_WORD) ||
	    (rc_wl(rc, k, NCG_WL_OBJECT_DETERMINER) && conjunct_clause(rc, k + 2, c)) ||
	    (e > k && e < c && finite_verb_at(rc, e)))
		return 1;
	for (size_t i = k + 1; i + 1 < c; i++)
		if (rc_wl_ci(rc, i, NCG_WL_HYPOTHETICAL_MODAL) && rc_lower(rc, i + 1))
			return 1;
	return 0;
}

/* rules128: does the phrase [a, j) end in a relative pronoun and names
 * only ("many of the same topics that Rusk", before "and Kim had raised
 * that morning")?  "and" then joins the subjects of the relative clause,
 * no second item. */
static int
relative_subject_before(const rc_ctx *rc, size_t a, size_t j)
{
	size_t r = j;

	while (r > a && rc_cap(rc, r - 1))
		r--;
	return r < j && r > a + 1 && rc_wl(rc, r - 1, NCG_WL_RELATIVE_PRONOUN);
}

/* rules159: is the conjunct [k, c) three or four lower-case words, the
 * last a topic noun (lex:topicNoun: "pending alliance issues", "key
 * trade matters")?  Its modifiers are its own: a noun phrase apart. */
static int
modified_topic(const rc_ctx *rc, size_t k, size_t c)
{
	return c >= k + 3 && rc_wl(rc, c - 1, NCG_WL_TOPIC_NOUN) && few_lower_words(rc, k, c, 4);
}

/* pair_conjunct, forms 3 and 4: after a name or its possessive, does
 * the conjunct at k (its head's complement at e) open as a phrase of its
 * own: a determiner, a name, an adjective by its ending ("North Korea's
 * nuclear issue and regional security", "the Alliance and our joint
 * efforts on ..."; not "North Korea's missile and nuclear tests")? */
static int
after_name_conjunct(const rc_ctx *rc, size_t k, size_t e, size_t c, int form)
{
	if (rc_wl(rc, k, NCG_WL_OBJECT_DETERMINER) || rc_wl(rc, k, NCG_WL_INDEFINITE_ARTICLE) ||
	    rc_wl(rc, k, NCG_WL_CONTRAST_DETERMINER) || name_run_end(rc, k, c) != k ||
	    adjective_shaped(rc, k) || headed_complement(rc, k, e, c))
		return 1;
	/* rules21: two modifiers, the second an adjective by its ending
	 * ("North Korea and pending bilateral issues", Yonhap); rules159:
	 * or, after a name alone (form 3), a noun before a topic noun
	 * ("North Korea and pending alliance issues", Korea Herald) */
	return rc_lower(rc, k) && (!gerund_at(rc, k) || rc_wl(rc, k, NCG_WL_ADJECTIVAL_PARTICIPLE)) &&
	       k + 2 < c && (adjective_shaped(rc, k + 1) || (form == 3 && modified_topic(rc, k, c)));
}

/* fix139: is the "and" at j inside a joint possessive: [a, j) a party's
 * name alone (name_item: a body, place or country), the conjunct from
 * j + 1 another, its "'s" and a lower-case word ("discussed the U.S. Navy
 * and Japan Maritime Self Defense Force's continued partnership")?  The
 * possessive holds both names: one phrase, no pair.  Not after a phrase
 * that ends in a name ("the bilateral relations of Seoul and Washington
 * and North Korea's nuclear issues": two items). */
static int
joint_possessive(const rc_ctx *rc, size_t a, size_t j, size_t c)
{
	size_t e = name_run_end(rc, j + 1, c), q;

	return e > j + 1 && (q = possessive_end(rc, e, c)) != 0 && q < c && rc_lower(rc, q) &&
	       name_item(rc, a, j) && name_item(rc, j + 1, e);
}

/* pair_conjunct, form 7: after a short noun phrase, does the conjunct
 * from k, up to c, open a noun phrase of its own: a plural head with its
 * own complement, or (rules365) a topic with modifiers of its own that
 * opens with an adjective by its ending ("the Indo-Pacific defense
 * alliance and regional security issues")?  fix179 (review147 2): not
 * a noun that shares the head after it ("the Japanese steel and
 * aluminum tariff issues", "the North Korean missile and nuclear
 * weapons issues": one topic). */
static int
form7_conjunct(const rc_ctx *rc, size_t k, size_t c)
{
	return plural_complement(rc, k, c) || (adjective_shaped(rc, k) && modified_topic(rc, k, c));
}

/* pair_conjunct, form 1 (rules365): after a preposition's object that
 * ends in a name, is the "and" at j, the conjunct from k, inside that
 * name: a determiner and a name ("the fight against the Islamic State
 * of Iraq and the Levant")?  fix179 (review147 5): not when the name
 * after the determiner ends in a possessive, which opens a phrase of its
 * own ("the security situation in the Republic of Korea and the United
 * States' extended deterrence", "relations of Seoul and Washington and
 * North Korea's nuclear issues"). */
static int
name_internal_and(const rc_ctx *rc, size_t j, size_t k, size_t c)
{
	size_t e;

	if (!rc_cap(rc, j - 1) || !rc_wl(rc, k, NCG_WL_OBJECT_DETERMINER) || !rc_cap(rc, k + 1))
		return 0;
	e = name_run_end(rc, k, c);
	if (e < k + 2)
		for (e = k + 1; e < c && rc_cap(rc, e); e++)
			;
	return !(e < c && (possessive_end(rc, e, c) || rc_apostrophe(rc, e)));
}

/* pair_conjunct's shapes: is the conjunct at k, up to c, after "and" at
 * j no noun phrase apart from the first of form `form`?  rules59: after
 * two nouns (form 6), only a plural head with its own complement; form
 * 7 and form 1 as above. */
static int
pair_shape_off(const rc_ctx *rc, size_t j, size_t k, size_t c, int form)
{
	if (form == 6)
		return !plural_complement(rc, k, c);
	if (form == 7)
		return !form7_conjunct(rc, k, c);
	return form == 1 && name_internal_and(rc, j, k, c);
}

/* rules18: is the conjunct after "and" at j, up to c, a noun phrase of
 * its own: two content words or more, no name alone or names joined to
 * the phrase before ("of Seoul and Washington and ..."), no verb and its
 * object ("and strengthen the alliance"), no gerund after one in the
 * phrase [a, j) before (it joins inside its complement: "steps towards
 * strengthening A and normalising B"), no clause? */
static int
pair_conjunct(const rc_ctx *rc, size_t a, size_t j, size_t c, int form)
{
	size_t k = j + 1, e = name_run_end(rc, j + 1, c);
	int gerund_before = 0;

	for (size_t i = a; i < j; i++)
		gerund_before |= gerund_at(rc, i);
	if (rest_or_clause(rc, k, c) || relative_subject_before(rc, a, j) ||
	    proper_modifier_pair(rc, j))
		return 0;
	if (k + 1 >= c || (gerund_before && gerund_at(rc, k)) ||
	    (rc_lower(rc, k) && (rc_wl(rc, k + 1, NCG_WL_OBJECT_DETERMINER) ||
	                         rc_wl(rc, k + 1, NCG_WL_INDEFINITE_ARTICLE))) ||
	    (e > k && (e >= c || is_conjunction(rc, e))))
		return 0;
	/* its head is a common noun: the last word before its own
	 * complement is in lower case ("pending matters between ...", "ways
	 * to ..."; not "broader Indo-Pacific") */
	for (e = k + 1; e < c && !rc_wl(rc, e, NCG_WL_COMPLEMENT_PREP) && !is_infinitive_to(rc, e); e++)
		;
	/* rules207: nor a head of its own "and" ("cooperation in science
	 * and technology and acquisition": which "and" joins the pair is
	 * not told) */
	if (!rc_lower(rc, e - 1) || rc_wl_within(rc, k, e, NCG_WL_PAIR_CONJUNCTION, 0))
		return 0;
	/* rules347: nor a count alone (lex:agendaCountWord, a number) that
	 * stands for the first's head ("the return of seven remains from the
	 * United States and three from South Korea"): one topic */
	if (e == k + 1 && (rc_wl(rc, k, NCG_WL_AGENDA_COUNT_WORD) || rc->tok[k].kind == NCG_TOK_NUMBER))
		return 0;
	/* rules43: after a place's name, a conjunct headed by a noun of a
	 * region (lex:regionNoun) names more of that place ("the security of
	 * the Korean Peninsula and the surrounding region", KBS): one topic */
	if (rc_claimed(rc, j - 1, j, RC_CLAIM_PLACE) && rc_wl(rc, e - 1, NCG_WL_REGION_NOUN))
		return 0;
	/* after an adjective and its noun, a head of two words or more
	 * ("North Korean issues"; not "stability on the Peninsula") */
	/* rules159: after a determiner and one noun, only a topic with
	 * modifiers of its own ("the alliance and regional security
	 * issues") */
	if (form == 8 && !modified_topic(rc, k, c))
		return 0;
	if (form == 2 && content_words(rc, k, e) < 2 && !plural_complement(rc, k, c))
		return 0;
	if (pair_shape_off(rc, j, k, c, form))
		return 0;
	/* rules21: after a relative clause, whose object may hold "and"
	 * itself, a phrase that opens with a determiner and has its own
	 * complement ("... that face the Korean peninsula and the way
	 * forward for the alliance") */
	if (form == 5 && (!rc_wl(rc, k, NCG_WL_OBJECT_DETERMINER) || e >= c ||
	                  !rc_wl(rc, e, NCG_WL_COMPLEMENT_PREP)))
		return 0;
	if ((form == 4 || form == 3) && !after_name_conjunct(rc, k, e, c, form))
		return 0;
	if (form == 3 && joint_possessive(rc, a, j, c))
		return 0;
	return content_words(rc, k, c) >= 2 && !not_an_item(rc, k, c) && !name_item(rc, k, c);
}

/* rules59: is there a meeting verb (lex:metVerb) in sentence s before
 * token v? */
static int
met_before(const rc_ctx *rc, uint32_t s, size_t v)
{
	for (size_t i = rc->sent[s].t0; i < v; i++)
		if (rc_lower(rc, i) && rc_wl(rc, i, NCG_WL_MET_VERB))
			return 1;
	return 0;
}

/* The word at v before "to discuss" gives a mandate: no verb in the past
 * ("met to discuss", "gathered to discuss"). */
static int
mandate_verb(const rc_ctx *rc, size_t v)
{
	size_t n;
	const char *t;

	t = rc->s + rc->tok[v].b;
	n = rc->tok[v].e - rc->tok[v].b;
	/* "met to discuss", "gathered to discuss": a verb in the past */
	return !(n >= 3 && (strncmp(t, "met", n) == 0 || strncmp(t + n - 2, "ed", 2) == 0));
}

/* rules291: may token i stand in the list of those a meeting verb met,
 * before the group noun that closes it: a name or title (a capitalised
 * word, a date's number), a comma, "with", "and", "in", "on", "the", a
 * lex:degreeAdverb ("met jointly with"), "of" before a capitalised word or
 * "the" ("Consul General of the Consulate General of the Republic of
 * Korea in Seattle")?  Any other word, a verb above all, makes the group
 * another verb's object ("and agreed to convene a meeting of defense
 * officials", "instructed senior officials", "would dispatch a team of
 * officials"). */
static int
met_list_word(const rc_ctx *rc, size_t i)
{
	if (!rc_lower(rc, i))
		return rc_word(rc, i) || rc_punct(rc, i, ",");
	if (rc_is(rc, i, "of"))
		return !rc_lower(rc, i + 1) || rc_is(rc, i + 1, "the");
	return rc_is(rc, i, "with") || rc_is(rc, i, "and") || rc_is(rc, i, "in") ||
	       rc_is(rc, i, "on") || rc_is(rc, i, "the") || rc_wl(rc, i, NCG_WL_DEGREE_ADVERB);
}

enum { GROUP_TAIL_WORDS = 5 }; /* "leaders of the Korean American community" */

/* rules291: does the word at v close a group (lex:groupNoun, lower case)
 * that a meeting verb (lex:metVerb) met beside a named person, the group
 * at v or before "of" and up to GROUP_TAIL_WORDS words ending at v ("met
 * jointly with Seo Eun-ji, Consul General ..., and leaders of the Korean
 * American community to discuss")?  The infinitive is then the meeting's
 * purpose, no mandate.  The group must be the meeting verb's own object:
 * only the words of met_list_word between them.  Not a group met alone
 * ("met with Congressional Committee members to discuss", as before), nor
 * one another verb governs ("met with ... and agreed to establish a body
 * for working-level officials to discuss": a mandate). */
static int
group_met_before(const rc_ctx *rc, uint32_t s, size_t v)
{
	size_t k = v, t0 = rc->sent[s].t0;
	int named = 0;

	while (k > t0 + 1 && k + GROUP_TAIL_WORDS + 1 > v &&
	       !rc_wl(rc, k, NCG_WL_GROUP_NOUN)) {
		if (!rc_word(rc, k))
			return 0;
		k--;
	}
	if (!rc_lower(rc, k) || !rc_wl(rc, k, NCG_WL_GROUP_NOUN) ||
	    (k < v && !rc_is(rc, k + 1, "of")))
		return 0;
	for (size_t i = k; i-- > t0;) {
		if (rc_lower(rc, i) && rc_wl(rc, i, NCG_WL_MET_VERB))
			return named;
		if (!met_list_word(rc, i))
			return 0;
		named |= rc_claimed(rc, i, i + 1, RC_CLAIM_NAME);
	}
	return 0;
}

/* rules18: is the frame at w the purpose of a thing, not of a meeting:
 * "to" after a common noun ("a core consultative mechanism to discuss",
 * "a key forum to discuss"), a mandate, no report of talks; a meeting's
 * purpose follows a name, a day, a meeting noun or a verb ("met with
 * Shin Beomchul to discuss", "held talks to discuss", "met to discuss")? */
static int
mandate_frame(const rc_ctx *rc, uint32_t s, size_t w)
{
	size_t v;

	if (w < rc->sent[s].t0 + 2 || !is_infinitive_to(rc, w - 1))
		return 0;
	/* rules21: "met here today to discuss": the verb before adverbs of
	 * place and of the day (lex:sameDay, lex:dayBefore) */
	for (v = w - 2; v > rc->sent[s].t0 && v + 5 > w &&
	                (rc_wl(rc, v, NCG_WL_PLACE_ADVERB) ||
	                 rc_wl(rc, v, NCG_WL_SAME_DAY) || rc_wl(rc, v, NCG_WL_DAY_BEFORE));
	     v--)
		;
	if (!rc_lower(rc, v) ||
	    rc_wl_ci(rc, v, NCG_WL_MEETING_NOUN) || rc_wl_ci(rc, v, NCG_WL_DISCUSSION_NOUN) ||
	    clause_verb(rc, v) || rc_claimed(rc, v, v + 1, RC_CLAIM_DATE))
		return 0;
	/* rules59: a person met, named by a peer noun or a title's head ("met
	 * his U.S. counterpart to discuss", "met a visiting U.S. Marine Corps
	 * chief to discuss", Yonhap): the meeting's purpose */
	if (rc_wl(rc, v, NCG_WL_PEER_NOUN) || rc_wl_ci(rc, v, NCG_WL_TITLE_HEAD))
		return !met_before(rc, s, v);
	if (group_met_before(rc, s, v))
		return 0;
	return mandate_verb(rc, v);
}


/* fix90: does the sentence from s0 open with a meeting noun as its
 * subject, in its first words before t, and a verb in the past right
 * after it ("The meeting provided a valuable forum for ... to discuss",
 * "Today's dialogue was a forum for ..."; not "This annual meeting is a
 * key platform for ...")?  Then the forum is the held meeting's, what it
 * discussed its agenda, no standing mandate. */
static int
meeting_subject(const rc_ctx *rc, size_t s0, size_t t)
{
	for (size_t i = s0; i + 1 < t && i < s0 + 4; i++)
		if (rc_wl(rc, i, NCG_WL_MEETING_NOUN))
			return rc_wl(rc, i + 1, NCG_WL_PAST_COPULA) || past_verb_in(rc, i + 1, i + 2);
	return 0;
}

/* rules28: is the frame at w a standing forum's mandate: "to" before
 * it, and before that a noun of lex:mandateNoun, right there ("a key
 * forum to discuss") or before "for" and whom it serves ("a key annual
 * forum for the Alliance to discuss", "a key platform for the two
 * nations to discuss"; up to five words, no comma)?  A body's mandate
 * is no list of what a meeting discussed (ANNOTATION.md). */
static int
mandate_noun_frame(const rc_ctx *rc, uint32_t s, size_t w)
{
	size_t s0 = rc->sent[s].t0, k, t, words = 0;

	if (w < s0 + 2)
		return 0;
	t = w - 1;
	/* rules254: a colon may open the list after "to" ("the main annual
	 * forum for both our countries to: discuss A; B; and C", bsd) */
	if (w > s0 + 2 && rc_punct(rc, t, ":"))
		t--;
	if (!is_infinitive_to(rc, t) || meeting_subject(rc, s0, t))
		return 0;
	if (rc_wl(rc, t - 1, NCG_WL_MANDATE_NOUN))
		return 1;
	/* rules254: five words, the tokens of a name's punctuation aside
	 * ("a key forum for the U.S.-ROK Alliance to discuss") */
	for (k = t - 1; k > s0 && words < 6 && k + 13 > t; k--) {
		if (rc_punct(rc, k, ",") || rc_punct(rc, k, ";"))
			return 0;
		if (rc_is(rc, k, "for"))
			return rc_wl(rc, k - 1, NCG_WL_MANDATE_NOUN);
		words += (size_t)rc_word(rc, k);
	}
	return 0;
}

/* rules122: do the words [a, b) after "along with" name people who came
 * along, no topic: a possessive first ("along with their aides"), or a
 * lex:groupNoun among them ("as well as senior officials")? */
static int
companions_at(const rc_ctx *rc, size_t a, size_t b)
{
	return rc_wl(rc, a, NCG_WL_POSSESSIVE) || rc_wl_within(rc, a, b, NCG_WL_GROUP_NOUN, 0);
}

/* rules122: the second of a pair [b0, end), maybe with a third item
 * joined to it by a lex:listConjunction ("discussed economic matters and
 * climate change along with security matters", "A and B as well as C"):
 * two items then, when the third is one. */
static ncg_status
add_pair_second(rc_ctx *rc, uint32_t s, size_t b0, size_t end)
{
	for (size_t k = b0 + 1; k + 1 < end; k++) {
		size_t ce = rc_wl_match(rc, k, end, NCG_WL_LIST_CONJUNCTION, 0);

		if (rc_punct(rc, k, ",") || rc_punct(rc, k, "("))
			break;
		if (!ce || ce >= end || rc_punct(rc, k - 1, ",") || not_an_item(rc, ce, end) ||
		    companions_at(rc, ce, end))
			continue;
		NCG_TRY(add_workstream_upto(rc, s, b0, k, 32));
		return add_workstream_upto(rc, s, ce, end, 32);
	}
	return add_workstream_upto(rc, s, b0, end, 48);
}

/* rules18: "met with X to discuss the defense posture on the Korean
 * Peninsula and ways to deepen science and technology cooperation", "the
 * two sides discussed the current situation with North Korea and pending
 * matters between the allies, including A and B": right after the frame
 * (at a), a noun phrase with its complement (complement_phrase), "and",
 * and a second noun phrase (pair_conjunct), maybe with its own tail of
 * examples after a comma and a list opener: two items, the tail kept in
 * the second.  Nothing else may follow in commas.  *done when read. */
static ncg_status
complement_pair(rc_ctx *rc, uint32_t s, size_t a, size_t b, size_t *next, int *done)
{
	size_t end = agenda_end(rc, a, b), c = a, first = rc->nm;

	*done = 0;
	/* "to discuss and coordinate on ...": no object yet */
	if (is_conjunction(rc, a))
		return NCG_OK;
	while (c < end && !rc_punct(rc, c, ",") && !rc_punct(rc, c, ";") && !rc_punct(rc, c, ":"))
		c++;
	/* who said it closes the list (", the Pentagon said in a release") */
	if (c < end && rc_punct(rc, c, ",") && c + 1 < end && (rc_wl(rc, c + 1, NCG_WL_LIST_SPEECH_VERB) ||
	    (c + 2 < end && rc_wl(rc, c + 2, NCG_WL_LIST_SPEECH_VERB)) ||
	    (c + 3 < end && rc_wl(rc, c + 3, NCG_WL_LIST_SPEECH_VERB)) ||
	    rc_wl_match(rc, c + 1, end, NCG_WL_LIST_CLAUSE_CUE, 1)))
		end = c;
	if (c < end && !(rc_punct(rc, c, ",") && rc_wl_match(rc, c + 1, end, NCG_WL_LIST_OPENER, 0)))
		return NCG_OK;
	/* the tail of examples ends before a new clause (", reconfirmed
	 * ...", ", and agreed to ...") */
	for (size_t k = c + 1; c < end && k + 1 < end; k++)
		if (rc_punct(rc, k, ",") &&
		    (clause_start(rc, k + 1, end) ||
		     (is_conjunction(rc, k + 1) && clause_start(rc, k + 2, end)))) {
			end = k;
			break;
		}
	/* a phrase of time closes it ("... nuclear issues on Monday") */
	for (size_t k = a + 1; k < c; k++)
		if (time_adverbial_at(rc, k, c) ||
		    ((rc_is(rc, k, "on") || rc_wl(rc, k, NCG_WL_ITEM_PREPOSITION)) && k + 1 < c &&
		     rc_weekday_at(rc, k + 1))) {
			end = c = k;
			break;
		}
	for (size_t j = a + 2; j + 2 < c; j++) {
		/* rules28: an acronym in brackets stays inside ("the
		 * Democratic People's Republic of Korea (DPRK)'s ...") */
		if (rc_wl_match(rc, j, c, NCG_WL_LIST_OPENER, 0) ||
		    (rc_punct(rc, j, "(") && !bracketed_acronym(rc, j, c)) ||
		    rc_punct(rc, j, "\"") || rc_punct(rc, j, "\xE2\x80\x9C"))
			return NCG_OK;
		int form;

		if (!is_conjunction(rc, j) || !(form = complement_phrase(rc, a, j)) ||
		    !pair_conjunct(rc, a, j, c, form))
			continue;
		NCG_TRY(add_workstream_upto(rc, s, a, j, 32));
		NCG_TRY(add_pair_second(rc, s, j + 1, end));
		mark_agenda(rc, first, 1);
		NCG_TRY(distinct_items(rc, first));
		*done = 1;
		return rc_end_at(next, end);
	}
	return NCG_OK;
}

/* rules21: is the participle frame at w after "look forward to"
 * (lex:anticipationCue) with "today" (lex:sameDay) later in the sentence
 * ("I look forward to discussing three key issues today: ...")?  Remarks
 * opening the meeting name its agenda. */
static int
anticipated_today(const rc_ctx *rc, uint32_t s, size_t w, size_t b)
{
	size_t s0 = rc->sent[s].t0, k;

	for (k = w > s0 + 4 ? w - 4 : s0; k < w; k++)
		if (rc_wl_match(rc, k, w, NCG_WL_ANTICIPATION_CUE, 0) == w)
			break;
	if (k >= w)
		return 0;
	for (k = w + 1; k < b; k++)
		if (rc_wl_match(rc, k, b, NCG_WL_SAME_DAY, 0))
			return 1;
	return 0;
}

/* rules49: does a sentence before s report a meeting held: a lower-case
 * lex:meetingVerb ("The signing took place at NASA Headquarters") with
 * no lex:modal or lex:futureCue in the three words before it ("will be
 * held", "is set to be held"), outside a quotation? */
static int
held_before(const rc_ctx *rc, uint32_t s)
{
	for (uint32_t p = 0; p < s; p++) {
		size_t p0 = rc->sent[p].t0, p1 = rc->sent[p].t1;

		for (size_t i = p0; i < p1; i++) {
			int future = 0;

			if (!rc_lower(rc, i) || !rc_wl_match(rc, i, p1, NCG_WL_MEETING_VERB, 0) ||
			    quote_opened(rc, p0, i))
				continue;
			for (size_t k = i > p0 + 3 ? i - 3 : p0; k < i; k++)
				future |= rc_wl_ci(rc, k, NCG_WL_MODAL) ||
				          rc_wl_match(rc, k, i, NCG_WL_FUTURE_CUE, 0) != 0;
			if (!future)
				return 1;
		}
	}
	return 0;
}

/* rules49: is the frame at w of sentence s the parties' talks to come:
 * a lex:narrativeFuture right before it, maybe after one adverb ("The
 * countries will discuss potential cooperation in a range of areas
 * including A, B, and C", NASA), its subject a lower-case lex:stateNoun
 * (the states, not the people at the meeting: "The principals will also
 * review A, B, and C" is this meeting's agenda), in the narrator's words (no lex:speechVerb before it
 * in the sentence, no quotation open), after a sentence that reports the
 * meeting held (held_before)?  Those talks follow the meeting the
 * statement reports: their topics are no agenda of it.  A statement that
 * announces the meeting ("The two sides will also discuss A and B", KBS)
 * or reports its preview ("said the talks would cover A, B and C", "were
 * set to review") still names its agenda. */
static int
future_after_held(const rc_ctx *rc, uint32_t s, size_t w)
{
	size_t s0 = rc->sent[s].t0, f = w;

	if (f > s0 && !rc_wl(rc, f - 1, NCG_WL_NARRATIVE_FUTURE))
		f--;            /* "will also discuss" */
	if (f < s0 + 2 || !rc_wl(rc, f - 1, NCG_WL_NARRATIVE_FUTURE) || !rc_lower(rc, f - 2) ||
	    !rc_wl_ci(rc, f - 2, NCG_WL_STATE_NOUN))
		return 0;
	for (size_t i = s0; i < w; i++)
		if (rc_wl(rc, i, NCG_WL_SPEECH_VERB))
			return 0;
	return !quote_opened(rc, 0, w) && held_before(rc, s);
}

/* rules54: is the frame at w an infinitive of purpose ("to discuss") in
 * a relative clause of what a thing will do: a lex:relativePronoun right
 * before a lex:narrativeFuture, maybe after one adverb (in -ly or a
 * lex:degreeAdverb), in the
 * words since the last comma before it ("a Technical Working Group, which
 * will meet as needed to discuss technical matters ..., including A, B,
 * and C", State)?  What a body's meetings ahead are for is its mandate, no
 * agenda of the meeting reported (ANNOTATION.md); the lines of work a
 * body takes up itself ("a new Nuclear Consultative Group, which will
 * take up, among other issues, A, B, and C") have no infinitive and
 * stay.  "that" right before "will" opens such a clause, never a reported
 * one ("said that the sides will discuss" has a subject between). */
static int
relative_future_frame(const rc_ctx *rc, uint32_t s, size_t w)
{
	size_t s0 = rc->sent[s].t0;

	if (w < s0 + 3 || !is_infinitive_to(rc, w - 1))
		return 0;
	for (size_t k = w - 1; k > s0 && k + 10 > w; k--) {
		size_t r = k - 1;

		if (rc_punct(rc, r, ",") || rc_punct(rc, r, ";"))
			return 0;
		if (!rc_wl(rc, r, NCG_WL_RELATIVE_PRONOUN) || r + 1 >= w)
			continue;
		if (rc_wl(rc, r + 1, NCG_WL_NARRATIVE_FUTURE) ||
		    (r + 2 < w && (suffixed_at(rc, r + 1, "ly", 4, NCG_WL_DEGREE_ADVERB) ||
		                   rc_wl(rc, r + 1, NCG_WL_DEGREE_ADVERB)) &&
		     rc_wl(rc, r + 2, NCG_WL_NARRATIVE_FUTURE)))
			return 1;
	}
	return 0;
}

/* rules198: words between a meeting verb and its infinitive of purpose
 * ("meet his Turkish counterpart Mevlut Cavusoglu on Friday to discuss") */
enum { PURPOSE_REACH = 12 };

/* rules198: is the lower-case lex:meetingLemma at v in the future: a
 * lex:modal or a lex:futureCue that ends by v in the three words before
 * it ("will meet", "is expected to meet", "is scheduled to meet"; not
 * "travelled to Ankara to meet", whose "to meet" runs past v)? */
static int
future_meeting_verb(const rc_ctx *rc, size_t s0, size_t v)
{
	for (size_t k = v > s0 + 3 ? v - 3 : s0; k < v; k++) {
		size_t e = rc_wl_match(rc, k, v, NCG_WL_FUTURE_CUE, 0);

		if (rc_wl_ci(rc, k, NCG_WL_MODAL) || (e > k && e <= v))
			return 1;
	}
	return 0;
}

/* rules198: is the frame at w of sentence s the purpose of a meeting
 * still to come, after a sentence that reports one held ("Erdogan met
 * Tillerson in Ankara on Thursday. ... He is also expected to meet his
 * Turkish counterpart Mevlut Cavusoglu on Friday to discuss bilateral
 * relations and international developments", News.az): "to" right before
 * it, a future lex:meetingLemma in the clause before, outside a
 * quotation?  That agenda is the later meeting's, not the one reported. */
static int
future_meeting_purpose(const rc_ctx *rc, uint32_t s, size_t w)
{
	size_t s0 = rc->sent[s].t0;

	if (w < s0 + 3 || !is_infinitive_to(rc, w - 1))
		return 0;
	for (size_t v = w - 1; v > s0 && v + PURPOSE_REACH > w; v--) {
		if (rc_punct(rc, v - 1, ",") || rc_punct(rc, v - 1, ";"))
			return 0;
		if (rc_lower(rc, v - 1) &&
		    rc_wl_match(rc, v - 1, w, NCG_WL_MEETING_LEMMA, 0) &&
		    future_meeting_verb(rc, s0, v - 1))
			return !quote_opened(rc, 0, w) && held_before(rc, s);
	}
	return 0;
}

/* fix76 (review75 princ3): is the frame at w of sentence s the purpose
 * of a trip still to come, after a sentence that reports a meeting held
 * ("Secretary Austin met with ... Giang at the Pentagon on June 4.
 * Minister Giang will travel to Beijing next week to discuss A, B, and
 * C"): "to" right before it, a lex:narrativeFuture in the clause before,
 * a place or a lex:relativeNext between them, outside a quotation?  That
 * agenda is the other trip's, not the meeting reported. */
static int
future_trip_purpose(const rc_ctx *rc, uint32_t s, size_t w)
{
	size_t s0 = rc->sent[s].t0;
	int elsewhere = 0;

	if (w < s0 + 3 || !is_infinitive_to(rc, w - 1))
		return 0;
	for (size_t v = w - 1; v > s0 && v + PURPOSE_REACH > w; v--) {
		if (rc_punct(rc, v - 1, ",") || rc_punct(rc, v - 1, ";"))
			return 0;
		elsewhere |= rc_claimed(rc, v - 1, v, RC_CLAIM_PLACE) ||
		             rc_wl_ci(rc, v - 1, NCG_WL_RELATIVE_NEXT);
		if (rc_wl_ci(rc, v - 1, NCG_WL_NARRATIVE_FUTURE))
			return elsewhere && !quote_opened(rc, 0, w) && held_before(rc, s);
	}
	return 0;
}

/* Does the frame [w, e) of sentence s report what a meeting discussed:
 * no commitment to talk later before it, no modal of what may be, no
 * means of past work ("through in-depth discussions on"), no clause as
 * its object, a participle only after a meeting, a comma or a pronoun
 * subject (rules18), no call's sentence (rules18)? */
static int
frame_reports(const rc_ctx *rc, uint32_t s, size_t w, size_t e, size_t b)
{
	size_t s0 = rc->sent[s].t0;

	return !(commitment_before(rc, s0, w) || frame_unreal(rc, s0, w) ||
	         future_after_held(rc, s, w) || relative_future_frame(rc, s, w) ||
	         future_meeting_purpose(rc, s, w) || future_trip_purpose(rc, s, w) ||
	         (w > s0 + 2 && (rc_wl_match(rc, w - 1, w, NCG_WL_MEANS_CUE, 0) ||
	                         rc_wl_match(rc, w - 2, w, NCG_WL_MEANS_CUE, 0) ||
	                         rc_wl_match(rc, w - 3, w, NCG_WL_MEANS_CUE, 0))) ||
	         rc_wl_match(rc, e, b, NCG_WL_CLAUSE_OBJECT, 0) ||
	         (rc_wl_match(rc, w, b, NCG_WL_PARTICIPLE_FRAME, 0) == e && !after_discussion_noun(rc, s, w) &&
	          !after_subject_pronoun(rc, s, w) && !anticipated_today(rc, s, w, b) &&
	          !second_predicate_of_meeting(rc, s, w)) ||
	         call_sentence(rc, s));
}

/* rules21: is the frame's object, from e to the sentence's end b, one
 * quotation with no comma in it ("held their first face-to-face
 * meeting, discussing \u201ccomplete denuclearization of North Korea and
 * cooperation with South Korea.\u201d", a Yonhap deck)?  A phrase quoted
 * whole is one wording, no list of two. */
static int
quoted_phrase(const rc_ctx *rc, size_t e, size_t b)
{
	if (e >= b || !rc_double_quote(rc, e))
		return 0;
	for (size_t i = e + 1; i < b; i++)
		if (rc_double_quote(rc, i) || rc_punct(rc, i, ",") || rc_punct(rc, i, ";") ||
		    rc_punct(rc, i, ":"))
			return 0;
	return 1;
}

/* rules31: the end of a range noun at i: a lex:rangeFrame ("range of
 * issues"), or a lex:rangeQuantifier and a lex:topicNoun with up to three
 * lower-case modifiers between ("variety of regional and global
 * topics"); else 0.  A class of topics, never an item itself. */
static size_t
range_frame_end(const rc_ctx *rc, size_t i, size_t b)
{
	size_t e = rc_wl_match(rc, i, b, NCG_WL_RANGE_FRAME, 0);

	if (e || !(e = rc_wl_match(rc, i, b, NCG_WL_RANGE_QUANTIFIER, 0)))
		return e;
	for (size_t k = e; k < b && k < e + 4; k++) {
		if (rc_wl(rc, k, NCG_WL_TOPIC_NOUN))
			return k + 1;
		if (!rc_word(rc, k) || !rc_lower(rc, k))
			return 0;
	}
	return 0;
}

/* fix179 (review147 1): at the preposition k, a setting or a time, not
 * the topic: lex:sidelineCue, lex:occasionCue, lex:topicSettingCue
 * ("conferred with the Government of Japan on the sidelines of the
 * APEC summit, ...", "on the eve of the G7 summit")? */
static int
topic_setting_at(const rc_ctx *rc, size_t k, size_t b)
{
	return rc_wl_match(rc, k, b, NCG_WL_SIDELINE_CUE, 0) ||
	       rc_wl_match(rc, k, b, NCG_WL_OCCASION_CUE, 0) ||
	       rc_wl_match(rc, k, b, NCG_WL_TOPIC_SETTING_CUE, 0);
}

/* rules49: a discussion noun at w (lex:discussionNoun), the party talked
 * with after lex:interlocutorPreposition, then a preposition of its
 * topic (lex:sessionTopicPreposition) within twelve words and no comma,
 * semicolon, colon or period between ("The dialogue included discussions
 * with private sector representatives from both countries on A; B; and
 * C", State): the frame ends after that preposition; not a phrase of
 * time ("discussions with X on Monday"), nor a setting (topic_setting_at).
 * Else 0. */
static size_t
discussion_with_frame(const rc_ctx *rc, size_t w, size_t b)
{
	size_t p = 0;

	/* rules365: or a past verb of parties talking together
	 * (lex:jointTalkVerb: "conferred with the Government of Japan on A,
	 * B, and C", State) */
	if (rc_lower(rc, w))
		p = rc_wl_ci(rc, w, NCG_WL_DISCUSSION_NOUN) ? w + 1
		                                            : rc_wl_match(rc, w, b, NCG_WL_JOINT_TALK_VERB, 0);
	if (!p || p + 2 >= b || !rc_wl(rc, p, NCG_WL_INTERLOCUTOR_PREP))
		return 0;
	for (size_t k = p + 1; k + 1 < b && k < p + 13; k++) {
		if (rc_punct(rc, k, ",") || rc_punct(rc, k, ";") || rc_punct(rc, k, ":") ||
		    rc_punct(rc, k, "."))
			return 0;
		if (!rc_lower(rc, k) || !rc_wl_ci(rc, k, NCG_WL_SESSION_TOPIC_PREPOSITION))
			continue;
		/* fix179 (review147 7): a phrase of time is passed over
		 * ("conferred with X on Monday on A, B, and C") */
		if (time_adverbial_at(rc, k, b) || rc_weekday_at(rc, k + 1))
			continue;
		return topic_setting_at(rc, k, b) ? 0 : k + 1;
	}
	return 0;
}

/* rules66: a lex:seriesExchangeVerb at w, maybe "their", then a series of two
 * or more lex:seriesExchangeNoun joined by commas and "and", then a
 * lex:seriesExchangePreposition ("exchanged views, strategies, and
 * priorities regarding A; B; and C", USTR): the frame ends after the
 * preposition.  Else 0. */
static size_t
exchange_frame(const rc_ctx *rc, size_t w, size_t b)
{
	size_t k = w + 1, nouns = 0;

	if (!rc_lower(rc, w) || !rc_wl(rc, w, NCG_WL_SERIES_EXCHANGE_VERB))
		return 0;
	if (k < b && rc_is(rc, k, "their"))
		k++;
	while (k < b && rc_wl(rc, k, NCG_WL_SERIES_EXCHANGE_NOUN)) {
		nouns++;
		k++;
		if (k < b && rc_punct(rc, k, ","))
			k++;
		if (k < b && is_conjunction(rc, k))
			k++;
	}
	if (nouns < 2 || k + 1 >= b || rc_punct(rc, k - 1, ",") || is_conjunction(rc, k - 1) ||
	    !rc_wl(rc, k, NCG_WL_SERIES_EXCHANGE_PREP))
		return 0;
	return k + 1;
}

/* rules296: the start of a phrase of the parties, ending at w, after
 * a noun of meetings or discussions in sentence s ("Discussions between
 * Kerno and Hyung included A, B, and C", Navy News; "Paparo's
 * discussions with his ROK partners centered on", DVIDS; "Work's
 * discussions with National Security Advisor Kim Kwan-jin and Defense
 * Minister Han Min-Koo centered on", Air & Space Forces): a lex:
 * betweenWord or lex:interlocutorPreposition right after the noun, then
 * at most 12 tokens, each a capitalised word (its full stop too), "and",
 * a lex:objectDeterminer, lex:possessive or lex:delegationNoun; no
 * comma, no verb.  w when there is none.  fix135 (review115 3): nor
 * when a country is among the parties, no lex:possessive before it
 * ("the talks with North Korea", "Discussions between North Korea and
 * China" are another negotiation's; "his ROK partners" stays).  A
 * second preposition going back ends the phrase ("Discussions with
 * Japan and with Korea": none; review115 5). */
static size_t
party_phrase_start(const rc_ctx *rc, uint32_t s, size_t w)
{
	size_t t0 = rc->sent[s].t0;
	int country = 0;

	for (size_t k = w; k > t0 + 1 && w - k < 13; k--) {
		size_t p = k - 1;

		if ((rc_wl_ci(rc, p, NCG_WL_BETWEEN_WORD) || rc_wl_ci(rc, p, NCG_WL_INTERLOCUTOR_PREP)) &&
		    rc_lower(rc, p))
			return !country && p + 1 < w && (rc_wl_ci(rc, p - 1, NCG_WL_MEETING_NOUN) ||
			                                 rc_wl_ci(rc, p - 1, NCG_WL_DISCUSSION_NOUN)) ? p : w;
		if (rc_wl(rc, p, NCG_WL_POSSESSIVE))
			country = 0;
		else if (rc_mention_at(rc, NCG_M_COUNTRY, p))
			country = 1;
		if (!(rc_cap(rc, p) || is_conjunction(rc, p) || rc_punct(rc, p, ".") ||
		      rc_wl(rc, p, NCG_WL_OBJECT_DETERMINER) || rc_wl(rc, p, NCG_WL_POSSESSIVE) ||
		      rc_wl(rc, p, NCG_WL_DELEGATION_NOUN)))
			return w;
	}
	return w;
}

/* rules250: how many items the list from a to b holds, told from its
 * joints: a comma (one before "and" or "or" counts with the
 * conjunction) and a conjunction each open one more; a comma before a
 * lex:clauseObject ("X, which will serve as ...") ends the list, a
 * semicolon or a colon gives 0.  A gate only: the cut is list_cut's. */
static size_t
list_joint_count(const rc_ctx *rc, size_t a, size_t b)
{
	size_t n = 1;

	for (size_t k = a; k < b; k++) {
		if (rc_punct(rc, k, ";") || rc_punct(rc, k, ":"))
			return 0;
		if (rc_punct(rc, k, ",")) {
			if (k + 1 < b && rc_wl_match(rc, k + 1, b, NCG_WL_CLAUSE_OBJECT, 0))
				break;
			if (k + 1 < b && !is_conjunction(rc, k + 1))
				n++;
		} else if (is_conjunction(rc, k)) {
			n++;
		}
	}
	return n;
}

/* fix85: are the examples of a presenting verb at w in sentence s no
 * agenda of the meeting: the verb denied (a lex:negationWord up to three
 * words before it: "had not yet introduced"), or the sentence before it
 * names an occasion of its own or a past time ("In a speech in Jakarta
 * last week, President Widodo mentioned ..."; lex:otherOccasionNoun,
 * lex:relativeLast, lex:agoWord)? */
static int
examples_elsewhere(const rc_ctx *rc, uint32_t s, size_t w)
{
	size_t t0 = rc->sent[s].t0;

	for (size_t k = w; k > t0 && w - k < 3; k--)
		if (rc_wl_ci(rc, k - 1, NCG_WL_NEGATION_WORD))
			return 1;
	for (size_t k = t0; k < w; k++)
		if (rc_wl_ci(rc, k, NCG_WL_OTHER_OCCASION_NOUN) || rc_wl_ci(rc, k, NCG_WL_RELATIVE_LAST) ||
		    rc_wl_ci(rc, k, NCG_WL_AGO_WORD))
			return 1;
	return 0;
}

/* rules250: "Mayor Park introduced important issues in Busan, such as A,
 * B, C, D, and E": a lex:examplePresentingVerb at w, up to three
 * lower-case words, a lex:exampleClassNoun, its complement without
 * punctuation, then (a comma and) lex:exampleOpener and a list of three
 * or more.  fix85: the complement opens with a lex:nounPreposition ("in
 * Busan", "to secure ...") and holds no lex:auxiliaryVerb ("projects the
 * United States had completed": a relative clause of past deeds); not
 * examples_elsewhere.  The frame ends after the verb (the class noun and
 * its examples are read as after "discussed"); else 0. */
static size_t
example_frame(const rc_ctx *rc, uint32_t s, size_t w, size_t b)
{
	size_t k, o, c0;

	if (!rc_lower(rc, w) || !rc_wl(rc, w, NCG_WL_EXAMPLE_PRESENTING_VERB) ||
	    examples_elsewhere(rc, s, w))
		return 0;
	for (k = w + 1; k < b && k < w + 5 && !rc_wl(rc, k, NCG_WL_EXAMPLE_CLASS_NOUN); k++)
		if (!rc_word(rc, k) || !rc_lower(rc, k))
			return 0;
	if (k >= b || !rc_wl(rc, k, NCG_WL_EXAMPLE_CLASS_NOUN))
		return 0;
	for (c0 = ++k; k < b && k < w + 24; k++) {
		size_t c = rc_punct(rc, k, ",") ? k + 1 : k;

		if ((o = rc_wl_match(rc, c, b, NCG_WL_EXAMPLE_OPENER, 0)) != 0)
			return list_joint_count(rc, o, b) >= 3 ? w + 1 : 0;
		if (!rc_word(rc, k) || rc_wl_ci(rc, k, NCG_WL_AUXILIARY_VERB) ||
		    (k == c0 && !rc_wl(rc, k, NCG_WL_NOUN_PREPOSITION)))
			return 0;
	}
	return 0;
}

/* fix126 (review109 5): does an item of the list [e, b) end in a
 * lex:attendeeNoun, maybe with "from"/"of" its side after it ("The
 * discussions also included Japanese observers, Australian liaison
 * officers, and staff from the embassy")?  Such a list names who was
 * there, no agenda. */
static int
attendee_item(const rc_ctx *rc, size_t e, size_t b)
{
	int inner = 0;

	for (size_t k = e; k < b; k++) {
		/* fix129 (review111 3): the noun heads its item, no
		 * preposition before it inside the item ("professional
		 * military education for junior officers", "support for
		 * families of service members" are topics) */
		if (rc_punct(rc, k, ",") || is_conjunction(rc, k)) {
			inner = 0;
			continue;
		}
		if (!inner && rc_wl(rc, k, NCG_WL_ATTENDEE_NOUN) &&
		    (k + 1 == b || !rc_word(rc, k + 1) || is_conjunction(rc, k + 1) ||
		     rc_wl(rc, k + 1, NCG_WL_HOST_GUEST_ORIGIN)))
			return 1;
		inner |= rc_lower(rc, k) && (rc_wl(rc, k, NCG_WL_NOUN_PREPOSITION) ||
		                             rc_wl(rc, k, NCG_WL_ITEM_PREPOSITION));
	}
	return 0;
}

/* rules250: "Discussions included A, B, and C", "Discussions were
 * substantive, especially regarding A, B, and C": a lex:discussionNoun
 * opening sentence s (maybe after a lex:objectDeterminer) just before w,
 * then at w a lex:discussionListVerb, or a lex:agendaCopula, one
 * lower-case word, a comma and a lex:discussionEmphasisCue; the list
 * after holds three or more.  fix85: not when that word is one of a
 * meeting to come or meant ("Discussions were expected, especially
 * regarding ...": lex:copulaIntentCue, lex:futureCue), nor when the list
 * holds an event of a programme ("a lunch ..., a visit to the DMZ, and a
 * press conference": lex:programmeEventNoun).  The end of the frame,
 * else 0. */
static size_t
discussion_subject_frame(const rc_ctx *rc, uint32_t s, size_t w, size_t b)
{
	size_t t0 = rc->sent[s].t0, e = 0, n = w;

	/* rules287: a lex:frameAdverb between ("Discussions also included
	 * A, B, and C"); the list still holds three or more */
	if (n > t0 + 1 && rc_lower(rc, n - 1) && rc_wl(rc, n - 1, NCG_WL_FRAME_ADVERB))
		n--;
	/* rules296: "Discussions between Kerno and Hyung included A, B, and
	 * C" (party_phrase_start) */
	n = party_phrase_start(rc, s, n);
	if (n <= t0 || !rc_lower(rc, w) || !rc_wl_ci(rc, n - 1, NCG_WL_DISCUSSION_NOUN) ||
	    !(n - 1 == t0 || (n - 2 == t0 && rc_wl_ci(rc, t0, NCG_WL_OBJECT_DETERMINER))))
		return 0;
	if (rc_wl(rc, w, NCG_WL_DISCUSSION_LIST_VERB))
		e = w + 1;
	else if (rc_wl(rc, w, NCG_WL_AGENDA_COPULA) && w + 3 < b && rc_word(rc, w + 1) &&
	         rc_lower(rc, w + 1) && rc_punct(rc, w + 2, ",") &&
	         !rc_wl_ci(rc, w + 1, NCG_WL_COPULA_INTENT_CUE) && !rc_wl_ci(rc, w + 1, NCG_WL_FUTURE_CUE))
		e = rc_wl_match(rc, w + 3, b, NCG_WL_DISCUSSION_EMPHASIS_CUE, 0);
	if (!e || list_joint_count(rc, e, b) < 3)
		return 0;
	for (size_t k = e; k < b; k++)
		if (rc_wl_match(rc, k, b, NCG_WL_PROGRAMME_EVENT_NOUN, 0))
			return 0;
	return attendee_item(rc, e, b) ? 0 : e;
}

static size_t agenda_frame(const rc_ctx *rc, uint32_t s, size_t w, size_t b);
static size_t before_full_stop(const rc_ctx *rc, uint32_t s);

/* fix181 (review149 1-3): is [t0, k) the plain subject of a frame of
 * sentence s that reports this meeting: a lex:subjectPronoun ("They"),
 * or a lex:objectDeterminer and one or two lower-case words ("The
 * ministers", "The two leaders"); maybe a lower-case lex:frameAdverb
 * after ("They also discussed")?  Not another speaker ("Critics said
 * the meeting discussed"), a time ("Last year the ministers
 * discussed"), a modal or a denial ("will", "did not"). */
static int
recap_source_subject(const rc_ctx *rc, size_t t0, size_t k)
{
	if (k > t0 + 1 && rc_lower(rc, k - 1) && rc_wl(rc, k - 1, NCG_WL_FRAME_ADVERB))
		k--;
	if (k == t0 + 1)
		return rc_wl(rc, t0, NCG_WL_SUBJECT_PRONOUN);
	if (k < t0 + 2 || k > t0 + 3 || !rc_wl_ci(rc, t0, NCG_WL_OBJECT_DETERMINER))
		return 0;
	for (size_t i = t0 + 1; i < k; i++)
		if (!rc_word(rc, i) || !rc_lower(rc, i) || rc_wl_ci(rc, i, NCG_WL_MODAL) ||
		    rc_wl_ci(rc, i, NCG_WL_NEGATION_WORD) || rc_wl_match(rc, i, k, NCG_WL_FUTURE_CUE, 0))
			return 0;
	return 1;
}

/* rules369: does sentence s report, as this meeting's agenda, a
 * lex:discussFrame whose object holds the same word as token n
 * ("They also discussed the necessity of cooperating on
 * non-traditional security issues" for "issues")?  fix181 (review149
 * 1-3): the frame one agenda_frame accepts, after a plain subject
 * (recap_source_subject), in a sentence with no earlier time
 * (lex:relativeLast, lex:agoWord); the word in the object itself,
 * before any punctuation, relative pronoun or denial ("North Korea,
 * which faces economic issues"; "no trade issues"). */
static int
discussed_word(const rc_ctx *rc, uint32_t s, size_t n)
{
	size_t t0 = rc->sent[s].t0, t1 = rc->sent[s].t1, b = before_full_stop(rc, s), k, e = 0;

	for (k = t0; k < t1; k++)
		if (rc_wl_ci(rc, k, NCG_WL_RELATIVE_LAST) || rc_wl_ci(rc, k, NCG_WL_AGO_WORD))
			return 0;
	for (k = t0; k < b && k < t0 + 5 && !e; k++)
		e = rc_wl_match(rc, k, b, NCG_WL_DISCUSS_FRAME, 0);
	if (!e || !recap_source_subject(rc, t0, k - 1) || !agenda_frame(rc, s, k - 1, b))
		return 0;
	for (k = e; k < b && (rc_word(rc, k) || rc_punct(rc, k, "-")); k++) {
		if (rc_wl_ci(rc, k, NCG_WL_RELATIVE_PRONOUN) || rc_wl_ci(rc, k, NCG_WL_NEGATION_WORD))
			return 0;
		if (rc_same_word(rc, k, n))
			return 1;
	}
	return 0;
}

/* rules369: a sentence opening with a lex:recapDemonstrative and a
 * lex:topicNoun, then at w a lex:recapListVerb ("They also discussed the
 * necessity of cooperating on non-traditional security issues.  These
 * issues include counterpiracy, disaster relief and humanitarian
 * assistance", a wire): the examples of the class the sentence before
 * discussed (discussed_word) are the agenda; three or more.  The end of
 * the frame, else 0. */
static size_t
class_recap_frame(const rc_ctx *rc, uint32_t s, size_t w, size_t b)
{
	size_t t0 = rc->sent[s].t0;

	if (s == 0 || w != t0 + 2 || !rc_lower(rc, w) || !rc_wl(rc, w, NCG_WL_RECAP_LIST_VERB) ||
	    !rc_wl_ci(rc, t0, NCG_WL_RECAP_DEMONSTRATIVE) || !rc_wl(rc, t0 + 1, NCG_WL_TOPIC_NOUN) ||
	    list_joint_count(rc, w + 1, b) < 3)
		return 0;
	return discussed_word(rc, s - 1, t0 + 1) ? w + 1 : 0;
}

/* What the subject of a frame is, told by frame_subject. */
enum frame_subject { SUBJECT_OTHER, SUBJECT_MEETING, SUBJECT_PRIOR_MEETING };

/* The one look-back for the subject of the frame at w in sentence s
 * (quality313: it was two, one for each question): a noun of meetings
 * ("the talks highlighted") or of discussions (rules66) right before w,
 * in any case; maybe with a lower-case lex:frameAdverb between
 * ("Discussions here centered on A, B, and C", a blog of the U.S.
 * ambassador); the parties' phrase after it set aside (rules296,
 * party_phrase_start); fix136: or all this before one verb in the past
 * tense just before w ("Previous talks included discussions with X on
 * A; B; and C").  SUBJECT_PRIOR_MEETING when prior_meeting_noun marks
 * the noun an earlier meeting's (rules302, fix136: "Previous talks
 * covered A, B, and C": what it covered is no line of work of the
 * meeting reported), SUBJECT_MEETING for another, SUBJECT_OTHER when
 * there is none. */
static enum frame_subject
frame_subject(const rc_ctx *rc, uint32_t s, size_t w)
{
	size_t t0 = rc->sent[s].t0;

	for (size_t v = w; v > t0 && v + 2 > w; v--) {
		size_t n = v;

		if (n > t0 + 1 && rc_lower(rc, n - 1) && rc_wl(rc, n - 1, NCG_WL_FRAME_ADVERB))
			n--;
		n = party_phrase_start(rc, s, n);
		if (n > t0 && (rc_wl_ci(rc, n - 1, NCG_WL_MEETING_NOUN) || rc_wl_ci(rc, n - 1, NCG_WL_DISCUSSION_NOUN)))
			return prior_meeting_noun(rc, s, n - 1) ? SUBJECT_PRIOR_MEETING : SUBJECT_MEETING;
		if (!clause_verb(rc, v - 1))
			break;
	}
	return SUBJECT_OTHER;
}

/* A lower-case lex:goalStanceNoun at i ("commitment", "vision"). */
static int
stance_noun_at(const rc_ctx *rc, size_t i)
{
	return rc_lower(rc, i) && rc_wl(rc, i, NCG_WL_GOAL_STANCE_NOUN);
}

/* fix172 (review140 1): does the part after the comma at c open with a
 * stance noun in its first four words, maybe after a coordinator
 * (", as well as their vision for future cooperation")? */
static int
stance_follows(const rc_ctx *rc, size_t c, size_t b)
{
	size_t k = c + 1, m;

	if (k < b && (m = rc_wl_match(rc, k, b, NCG_WL_LIST_COORDINATOR, 0)) != 0)
		k = m;
	for (size_t i = k; i < b && i < k + 4; i++) {
		if (stance_noun_at(rc, i))
			return 1;
		if (rc_punct(rc, i, ","))
			return 0;
	}
	return 0;
}

/* rules354: does the object at e of a frame whose subject is the meeting
 * open with a position, a lex:goalStanceNoun and "to" in its first five
 * words after its possessor, no comma nor complement before, and is
 * every part after a comma a position too ("The meeting highlighted both
 * leaders' commitment to the alliance, as well as their vision for
 * future cooperation", DVIDS)?  What the meeting stressed, statements of
 * position, no agenda list (ANNOTATION.md).  fix172 (review140 1): not
 * when a topic follows a comma ("touched on the allies' commitment to
 * regional security, the situation on the Korean Peninsula, and ..."):
 * the list's other items stay. */
static int
stance_object(const rc_ctx *rc, size_t e, size_t b, size_t *rest)
{
	size_t i, c, m, parts = 0;

	for (i = e; i < b && i < e + 5 && !stance_noun_at(rc, i); i++)
		if (rc_punct(rc, i, ",") || complement_opens(rc, i))
			return 0;
	/* "commitment to the alliance": a plain "to", no infinitive */
	if (i >= b || i >= e + 5 || !rc_is(rc, i + 1, "to"))
		return 0;
	for (c = i + 2; c < b; c++) {
		if (!rc_punct(rc, c, ","))
			continue;
		if (!stance_follows(rc, c, b)) {
			/* the topics after a stance: their list, the stance
			 * left out */
			m = c + 1 < b ? rc_wl_match(rc, c + 1, b, NCG_WL_LIST_COORDINATOR, 0) : 0;
			*rest = m ? m : c + 1;
			return 0;
		}
		parts++;
	}
	return parts > 0;
}

/* fix183 (review152 4, 6): is the frame at w of sentence s said by the
 * meeting's parties: after a plain subject (recap_source_subject), maybe
 * with a meeting verb and "to" between ("The delegations met to
 * discuss")?  Not "Officials said the two sides discussed", "will
 * discuss", "did not discuss". */
static int
parties_frame(const rc_ctx *rc, uint32_t s, size_t w)
{
	size_t t0 = rc->sent[s].t0;

	if (w > t0 + 2 && is_infinitive_to(rc, w - 1) && rc_wl(rc, w - 2, NCG_WL_MEETING_VERB))
		w -= 2;
	return recap_source_subject(rc, t0, w);
}

/* rules374, fix183 (review152 3): does the field list from o end the
 * sentence or at a comma: at most CLAUSE_LIST_TAIL words, no verb, after
 * its last conjunction ("..., and data privacy.")?  Not "..., and
 * missile defense are affected by export controls". */
enum { CLAUSE_LIST_TAIL = 3 };

static int
clause_fields_close(const rc_ctx *rc, size_t o, size_t b)
{
	size_t last = o - 1, k;

	for (k = o; k < b && !rc_punct(rc, k, ";") && !rc_punct(rc, k, "."); k++)
		if (is_conjunction(rc, k))
			last = k;
	for (k = last + 1; k <= last + CLAUSE_LIST_TAIL + 1; k++) {
		if (k >= b || rc_punct(rc, k, ",") || rc_punct(rc, k, "."))
			return 1;
		if (!rc_word(rc, k) || clause_verb(rc, k))
			return 0;
	}
	return 0;
}

/* rules374: a frame's clause object at e whose clause names the fields
 * the parties work together in ("met to discuss how the two countries
 * can work together to advance shared goals in areas of A, B, C, and
 * D"): where the fields start; else 0.  The clause's other words are no
 * item.  fix183 (review152 1-4, 11): only "how to" or "how" and the
 * meeting's parties with a modal (lex:clauseFieldOpener,
 * lex:clauseFieldModal), then a lex:cooperationVerb, then up to
 * CLAUSE_FIELD_WORDS lower-case words ("to advance shared goals") and a
 * field opener (field_items_at), the list closed (clause_fields_close);
 * said by the parties (parties_frame: no other speaker, modal or
 * denial).  Not "how companies ...", "whether North Korea ...". */
enum { CLAUSE_FIELD_WORDS = 6 };

static size_t
clause_field_start(const rc_ctx *rc, uint32_t s, size_t w, size_t e, size_t b)
{
	size_t v, o;

	if (e >= b || !rc_lower(rc, e) || !(v = rc_wl_match(rc, e, b, NCG_WL_CLAUSE_FIELD_OPENER, 0)) ||
	    !parties_frame(rc, s, w))
		return 0;
	if (!is_infinitive_to(rc, v - 1)) {
		if (v >= b || !rc_wl(rc, v, NCG_WL_CLAUSE_FIELD_MODAL))
			return 0;
		v++;
	}
	if (!(v = rc_wl_match(rc, v, b, NCG_WL_COOPERATION_VERB, 0)))
		return 0;
	for (size_t k = v; k < b && k <= v + CLAUSE_FIELD_WORDS; k++) {
		if (!rc_word(rc, k) || !rc_lower(rc, k) || rc_wl(rc, k, NCG_WL_SUBJECT_RELATIVE) ||
		    rc_wl(rc, k, NCG_WL_CLAUSE_OBJECT))
			return 0;
		if ((o = field_items_at(rc, k, b)) != 0)
			return clause_fields_close(rc, o, b) ? o : 0;
	}
	return 0;
}

/* The end of an agenda frame at w in sentence s ("the two sides
 * discussed", "the talks highlighted", "It calls for"), with a second
 * verb joined before one object ("discussed and assessed"); 0 when
 * there is none, or it is no report of an agenda list (a demand, a
 * range of issues, one quoted phrase, a mandate noun). */
static size_t
agenda_frame(const rc_ctx *rc, uint32_t s, size_t w, size_t b)
{
	size_t f, e = rc_wl_match(rc, w, b, NCG_WL_DISCUSS_FRAME, 0);
	enum frame_subject fs = frame_subject(rc, s, w);

	if (!e)
		e = discussion_with_frame(rc, w, b);
	if (!e)
		e = exchange_frame(rc, w, b);
	if (!e)
		e = example_frame(rc, s, w, b);
	if (!e)
		e = discussion_subject_frame(rc, s, w, b);
	if (!e)
		e = class_recap_frame(rc, s, w, b);
	/* "the talks highlighted ...": a frame of the meeting as subject */
	if (!e && fs == SUBJECT_MEETING) {
		size_t rest = 0;

		e = rc_wl_match(rc, w, b, NCG_WL_MEETING_SUBJECT_FRAME, 0);
		if (e && stance_object(rc, e, b, &rest))
			return 0;
		if (rest)
			e = rest;
	}
	/* "It calls for A, B, and C": a document's content; not a demand
	 * ("calls for the DPRK to abandon A, B, and C") */
	if (!e && document_subject(rc, s, w) &&
	    (e = rc_wl_match(rc, w, b, NCG_WL_DOCUMENT_CONTENT_FRAME, 0)) != 0 &&
	    demand_at(rc, e, b))
		return 0;
	/* rules10: two verbs joined before one object ("discussed and
	 * assessed A, B and C"); not "discussed and agreed to ..." */
	if (e && is_conjunction(rc, e) && clause_verb(rc, e + 1) && !is_infinitive_to(rc, e + 2) &&
	    !rc_is(rc, e + 2, "that"))
		e += 2;
	/* rules10: "discussed a range of issues from A to B": range_list's */
	if (e && (range_frame_end(rc, e, b) || range_frame_end(rc, e + 1, b)))
		return 0;
	if (e && !rc_wl_match(rc, w, b, NCG_WL_PARTICIPLE_FRAME, 0) &&
	    (f = clause_field_start(rc, s, w, e, b)) != 0)
		e = f;
	if (!e || !frame_reports(rc, s, w, e, b) || quoted_phrase(rc, e, b))
		return 0;
	if (mandate_noun_frame(rc, s, w) || fs == SUBJECT_PRIOR_MEETING)
		return 0;
	return e;
}

/* rules69: does the object [a, b) open with a noun of means and an
 * infinitive (lex:meansNoun: "ways to expand A") whose series goes on
 * with a bare verb after "and" or "as well as" ("..., repair and
 * overhaul (MRO) and explore B")?  Verb phrases, no lines of work. */
static int
means_coordination(const rc_ctx *rc, size_t a, size_t b)
{
	size_t i = lead_end(rc, a, b), c;

	if (i + 2 >= b || !rc_wl(rc, i, NCG_WL_MEANS_NOUN) || !is_infinitive_to(rc, i + 1))
		return 0;
	for (i += 3; i + 1 < b; i++) {
		if (rc_punct(rc, i, ";") || rc_punct(rc, i, "."))
			return 0;
		c = is_conjunction(rc, i) ? i + 1 : rc_wl_match(rc, i, b, NCG_WL_LIST_CONJUNCTION, 0);
		if (c && c < b && rc_lower(rc, c) && rc_wl(rc, c, NCG_WL_BARE_VERB))
			return 1;
	}
	return 0;
}

/* The end of sentence s before the closing quotation marks that end it. */
static size_t
before_closing_quotes(const rc_ctx *rc, uint32_t s)
{
	size_t t0 = rc->sent[s].t0, t = rc->sent[s].t1;

	while (t > t0 && (rc_punct(rc, t - 1, "\"") || rc_punct(rc, t - 1, "\xE2\x80\x9D")))
		t--;
	return t;
}

/* The end of sentence s before its full stop and the closing quotation
 * marks after it (before_closing_quotes when it has no full stop). */
static size_t
before_full_stop(const rc_ctx *rc, uint32_t s)
{
	size_t t = before_closing_quotes(rc, s);

	return t > rc->sent[s].t0 && rc_punct(rc, t - 1, ".") ? t - 1 : t;
}

/* rules87: is sentence s prose: closed by a full stop, maybe before a
 * closing quotation mark?  A headline has none, and its comma may stand
 * for "and" ("Allies discuss N. Korea, OPCON transition"). */
static int
full_stop_sentence(const rc_ctx *rc, uint32_t s)
{
	return before_full_stop(rc, s) < before_closing_quotes(rc, s);
}

/* rules87: is the list l of prose sentence s two pieces that a comma
 * alone joins, no lex:listCoordinator at the join or in the second piece
 * ("The talks focused on strengthening coordination to ensure immediate
 * support during contingencies, recognizing sustainment as a key factor
 * in the changing security environment.", IANS)?  The second piece is an
 * adjunct of the first (a participle, an apposition): one topic, no list
 * of two.  The first may hold "and" inside ("search and rescue"). */
static int
comma_pair(const rc_ctx *rc, uint32_t s, const item_list *l)
{
	if (l->semi || l->n != 2 || !full_stop_sentence(rc, s))
		return 0;
	for (size_t i = l->it[0][1]; i < l->it[1][1]; i++)
		if (rc_wl_match(rc, i, l->it[1][1], NCG_WL_LIST_COORDINATOR, 1))
			return 0;
	return 1;
}

/* rules142: "met for talks on bilateral issues, including the
 * ratification of A and a dispute over B": after an umbrella and its
 * opener set off by a comma (umbrella_opener), a noun phrase with its
 * complement, "and" and a second noun phrase are two examples, as right
 * after a frame (complement_pair); opener_pair takes only a first
 * conjunct with no complement.  Not with no comma ("centered on issues
 * relating to A and B": one topic).  *done when read. */
static ncg_status
umbrella_complement_pair(rc_ctx *rc, uint32_t s, size_t e, size_t a, size_t b, size_t *next,
                         int *done)
{
	size_t o = umbrella_opener(rc, e, a, b);

	*done = 0;
	if (!o || !rc_punct(rc, o - 1, ","))
		return NCG_OK;
	return complement_pair(rc, s, a, b, next, done);
}

/* fixM: is the first conjunct [a, j) of other_pair no topic of its
 * own: residual itself after its determiner ("matters of mutual
 * interest", "the bilateral issues": lex:residualItem with or without a
 * lex:residualTail), a noun of means and its infinitive ("ways to
 * strengthen cooperation": what the sides sought, lex:meansNoun), or a
 * determiner and one noun ("the situation": a back-reference)? */
static int
empty_conjunct(const rc_ctx *rc, size_t a, size_t j)
{
	size_t i = a;

	while (i < j && (rc_wl(rc, i, NCG_WL_DEFINITE_ARTICLE) || rc_wl(rc, i, NCG_WL_OBJECT_DETERMINER)))
		i++;
	if (i + 1 == j && i > a)
		return 1;
	if (i + 1 < j && rc_wl(rc, i, NCG_WL_MEANS_NOUN) && is_infinitive_to(rc, i + 1))
		return 1;
	return residual_rest(rc, i, j);
}

/* rules149: "discussed A and other pending issues", "was briefed on A
 * and other bilateral military issues" (Yonhap, Korea Herald): a second
 * conjunct opened by a lex:residualOpener and headed by a
 * lex:residualItem noun is a second topic, so the one "and" of [a, b)
 * makes a pair (a single topic holds no "other").  The class needs a
 * word of its own between opener and head: a bare "A and other issues"
 * only hedges one topic (rules21).  The first conjunct is added, the
 * second unless it is only the rest of the agenda (residual_item); not
 * when the first is no topic of its own (empty_conjunct, fixM);
 * *done when taken. */
static ncg_status
other_pair(rc_ctx *rc, uint32_t s, size_t a, size_t b, int *done)
{
	size_t j, o, first = rc->nm, e = end_unpunct(rc, a, b);

	*done = 0;
	for (j = a + 1; j < e && !is_conjunction(rc, j); j++)
		if (!rc_word(rc, j) && !rc_punct(rc, j, "'") && !rc_punct(rc, j, "-"))
			return NCG_OK;
	if (j + 3 > e || (o = rc_wl_match(rc, j + 1, e, NCG_WL_RESIDUAL_OPENER, 0)) == 0 ||
	    o + 1 >= e || !rc_wl_ci(rc, e - 1, NCG_WL_RESIDUAL_ITEM) || not_an_item_upto(rc, a, j, 16) ||
	    empty_conjunct(rc, a, j))
		return NCG_OK;
	NCG_TRY(add_workstream(rc, s, a, j));
	if (!residual_item(rc, j + 1, e))
		NCG_TRY(add_workstream(rc, s, j + 1, e));
	mark_agenda(rc, first, 1);
	*done = rc->nm > first;
	return NCG_OK;
}

/* fix183 (review152 5): a denial or the narrator's future
 * (lex:negationWord, lex:narrativeFuture) among the INFINITIVE_REACH
 * words before the "to" at t, no punctuation between ("will discuss how
 * to cooperate in", "did not discuss how to")? */
enum { INFINITIVE_REACH = 4 };

static int
infinitive_denied(const rc_ctx *rc, size_t s0, size_t t)
{
	for (size_t k = t; k > s0 && k + INFINITIVE_REACH > t; k--) {
		if (!rc_word(rc, k - 1))
			return 0;
		if (rc_lower(rc, k - 1) && (rc_wl(rc, k - 1, NCG_WL_NEGATION_WORD) ||
		                            rc_wl(rc, k - 1, NCG_WL_NARRATIVE_FUTURE)))
			return 1;
	}
	return 0;
}

/* The start of the items after the frame [w, e) of sentence s:
 * agenda_start's, past the rest of a field opener the frame ends in
 * (frame_field_start).  fix183 (review152 6): that only after "to"
 * ("how to collaborate in", "plan to cooperate in") or the parties as
 * the frame's subject (parties_frame); not "how North Korea and Russia
 * collaborate in the fields of A, B and C", another's fields: 0. */
static size_t
agenda_items_start(const rc_ctx *rc, uint32_t s, size_t w, size_t e, size_t b)
{
	size_t a = agenda_start(rc, e, b), f;

	if (a != e || (f = frame_field_start(rc, e, b)) == e)
		return a;
	if (w > rc->sent[s].t0 + 1 && is_infinitive_to(rc, w - 1) && rc_lower(rc, w - 2))
		return infinitive_denied(rc, rc->sent[s].t0, w - 1) ? 0 : f;
	return parties_frame(rc, s, w) ? f : 0;
}

/* "the two sides discussed A, B and C", "had an in-depth discussion
 * focusing on the three pillars ...: A, B, and C": an agenda list of the
 * meeting (its items are linked to the described meeting when the
 * sentence comes at or after the one that reports it). */
static ncg_status
agenda_list(rc_ctx *rc, uint32_t s, size_t w, size_t b, size_t *next)
{
	size_t e, a, end, first = rc->nm, pend;
	int pair, done = 0, mandate;
	item_list l;
	item_plan plan;

	*next = 0;
	if (!(e = agenda_frame(rc, s, w, b)))
		return NCG_OK;
	/* rules69: "discussed building on the partnership and history of
	 * cooperation": what the talks go on from, no agenda */
	if (rc_wl_match(rc, e, b, NCG_WL_CONTINUATION_CUE, 0))
		return rc_end_at(next, b);
	if (!(mandate = mandate_frame(rc, s, w)))
		NCG_TRY(complement_pair(rc, s, rc_wl(rc, e, NCG_WL_REPEATABLE_PREP) ? e + 1 : e,
		                        b, next, &done));
	if ((pend = second_predicate_examples(rc, e, b)) != 0)
		b = pend;
	a = done ? 0 : agenda_items_start(rc, s, w, e, b);
	if (a && !mandate)
		NCG_TRY(umbrella_complement_pair(rc, s, e, a, b, next, &done));
	if (done) {
		lead_report(rc, first, s, w);
		return NCG_OK;
	}
	if (!a)
		return NCG_OK;
	if (means_coordination(rc, a, b))
		return rc_end_at(next, agenda_end(rc, a, b));
	end = agenda_end(rc, a, b);
	if (!mandate)
		NCG_TRY(other_pair(rc, s, a, end, &done));
	if (done) {
		lead_report(rc, first, s, w);
		return rc_end_at(next, end);
	}
	/* two items joined by "and" alone are an agenda only in a report's
	 * participle (", discussing A and B"); else one topic may hold "and" */
	pair = comma_participle(rc, s, w) && rc_wl_match(rc, w, b, NCG_WL_PARTICIPLE_FRAME, 0) == e;
	if (!pair)
		pair = repeated_pair(rc, e, a, end);
	if (!pair)
		pair = opener_pair(rc, e, a, end);
	if (!pair)
		pair = plural_pair(rc, w, a, end) || article_pair(rc, a, end);
	list_cut(rc, a, end, &l);
	fold_name_examples(rc, &l);
	if (comma_pair(rc, s, &l))
		return rc_end_at(next, end);
	if (!agenda_ok_cut(rc, &l, pair))
		return head_pair(rc, s, a, end, next);
	/* a list that collapses into one item is one topic with coordinated
	 * words inside ("calls for peace, stability, and prosperity"), no
	 * list: nothing is added */
	plan_cut(rc, &l, pair, &plan);
	if (plan_count(rc, &plan) != 1 || shared_head_list(rc, &l)) {
		NCG_TRY(add_plan(rc, s, &plan));
		mark_agenda(rc, first, 1);
		lead_report(rc, first, s, w);
	}
	return rc_end_at(next, end);
}

/* A passive subject runs from the sentence's first token to its copula
 * before the verb: an article and a word at least, a short phrase at
 * most (a longer one is no subject the verb reads as topics). */
#define PASSIVE_SUBJECT_MIN 2
#define PASSIVE_SUBJECT_MAX 15

/* rules270: the start of the items of a passive subject that opens at
 * a, an article first ("A wide range of aspects of local governance and
 * sports were discussed"): after a lex:rangeQuantifier, its noun and
 * "of" (or its lex:topicNoun) are the umbrella, no item (*umbrella set);
 * else the article's next word.  0 when no lower-case word follows the
 * article. */
static size_t
passive_items_start(const rc_ctx *rc, size_t a, size_t v, int *umbrella)
{
	size_t e;

	*umbrella = 0;
	if (!rc_wl_ci(rc, a, NCG_WL_DEFINITE_ARTICLE) && !rc_wl_ci(rc, a, NCG_WL_INDEFINITE_ARTICLE))
		return 0;
	a++;
	if ((e = range_frame_end(rc, a, v)))
		a = e;
	else if ((e = rc_wl_match(rc, a, v, NCG_WL_RANGE_QUANTIFIER, 0)))
		a = e + 1 < v && rc_lower(rc, e) && rc_is(rc, e + 1, "of") ? e + 2 : e;
	*umbrella = e != 0;
	return a < v && rc_lower(rc, a) && !rc_wl(rc, v - 1, NCG_WL_TOPIC_NOUN) ? a : 0;
}

/* Is the head of the subject's first noun phrase [a, v) (its last word
 * before a preposition) the class noun of an activity ("The coming
 * exercises between the two nations' marine corps")?  A subject with no
 * range umbrella names a line of work only so: "The details of the
 * agreement", "The proposal", "The joint statement", "The two ministers"
 * were discussed name none; nor a head "of" follows, the phrase's
 * head another noun ("The course of future cooperation was
 * discussed"). */
static int
passive_activity_head(const rc_ctx *rc, size_t a, size_t v)
{
	size_t k = a;

	while (k < v && rc_lower(rc, k) && !rc_wl(rc, k, NCG_WL_ITEM_PREPOSITION) &&
	       !rc_wl(rc, k, NCG_WL_NOUN_PREPOSITION) && !rc_wl(rc, k, NCG_WL_BETWEEN_WORD) &&
	       !is_conjunction(rc, k))
		k++;
	if (k == a || (k < v && (is_conjunction(rc, k) || rc_wl(rc, k, NCG_WL_HEAD_OF))))
		return 0;
	/* a bare class noun names no line of work ("The exercises were
	 * discussed as well"): a modifier before it or a "between"/"with"
	 * phrase after it makes one */
	if (k - 1 == a && !(k < v && (rc_wl(rc, k, NCG_WL_BETWEEN_WORD) ||
	                              rc_wl(rc, k, NCG_WL_INTERLOCUTOR_PREP))))
		return 0;
	return rc_lex_longest(rc, k - 1, k, 1u << NCG_LEX_ACTIVITY_KIND, 1u << NCG_LEXW_CUE,
	                      &(size_t){0}) != NULL;
}

/* rules270: "A wide range of aspects of local governance and sports
 * were discussed during their visit", "The coming exercises between the
 * two nations' marine corps were discussed during the call": a passive
 * verb of topics (lex:passiveTopicVerb at w) after lex:pastCopula; its
 * subject, the sentence's first words from an article, no comma, quote
 * or verb in them, are the items: a list after a range umbrella, else
 * one activity's class noun and what follows it, one item.  Not a
 * generic topic noun ("The issues were discussed"), not "will be
 * discussed" (no past copula). */
static ncg_status
passive_subject_list(rc_ctx *rc, uint32_t s, size_t w, size_t b, size_t *after)
{
	const ncg_sentence *st = &rc->sent[s];
	size_t a, first = rc->nm;
	int umbrella;
	item_list l;
	item_plan plan;

	if (!rc_wl_match(rc, w, b, NCG_WL_PASSIVE_TOPIC_VERB, 0) || w < st->t0 + PASSIVE_SUBJECT_MIN + 1 ||
	    w > st->t0 + PASSIVE_SUBJECT_MAX + 1 || !rc_wl(rc, w - 1, NCG_WL_PAST_COPULA) ||
	    !(a = passive_items_start(rc, st->t0, w - 1, &umbrella)) ||
	    (!umbrella && !passive_activity_head(rc, a, w - 1)))
		return NCG_OK;
	for (size_t k = st->t0; k < w - 1; k++)
		if (rc_punct(rc, k, ",") || rc_punct(rc, k, ";") || rc_double_quote(rc, k) ||
		    (k > a && clause_verb(rc, k)))
			return NCG_OK;
	list_cut(rc, a, w - 1, &l);
	if (!umbrella) {
		l.n = 1;
		l.it[0][0] = a;
		l.it[0][1] = w - 1;
	}
	plan_cut(rc, &l, 1, &plan);
	for (size_t k = 0; k < plan.n; k++)
		if (not_an_item(rc, plan.v[k][0], plan.v[k][1]))
			return NCG_OK;
	NCG_TRY(add_plan(rc, s, &plan));
	mark_agenda(rc, first, 0);
	return rc_end_at(after, w);
}

/* rules275: the end of a lex:discussionNoun at w that is the subject
 * opening sentence s, after one lex:discussionSubjectOpener at most
 * ("Other discussions during the meeting were A and B"); else 0. */
static size_t
discussion_subject_end(const rc_ctx *rc, uint32_t s, size_t w, size_t b)
{
	size_t t0 = rc->sent[s].t0;

	if (!rc_wl_ci(rc, w, NCG_WL_DISCUSSION_NOUN) ||
	    (w != t0 && rc_wl_match(rc, t0, w, NCG_WL_DISCUSSION_SUBJECT_OPENER, 0) != w))
		return 0;
	return w + 1 < b ? w + 1 : 0;
}

/* rules275: after a discussion noun subject ending at ne, is the copula
 * at j one whose complement names the topics: "were" (lex:pastCopula),
 * nothing between but the meeting's setting ("during the meeting"), and
 * an article or a determiner after it ("were the current regional
 * security outlook and ...")?  Not "The discussions were held", "the
 * talks were productive", "were widely hailed a success". */
static int
discussion_copula(const rc_ctx *rc, size_t ne, size_t j, size_t b)
{
	if (!rc_wl(rc, j, NCG_WL_PAST_COPULA) || j + 2 >= b)
		return 0;
	/* a preposition of the setting and the meeting noun, its head */
	if (j > ne && !(rc_lower(rc, ne) && rc_wl_ci(rc, ne, NCG_WL_SETTING_PREP) && j <= ne + 5 &&
	                rc_lower(rc, j - 1) && rc_wl(rc, j - 1, NCG_WL_MEETING_NOUN)))
		return 0;
	/* fix108: no "a"/"an": "were a productive exchange and an
	 * important step" describes the talks, names no topic */
	return rc_wl(rc, j + 1, NCG_WL_DEFINITE_ARTICLE) || rc_wl(rc, j + 1, NCG_WL_OBJECT_DETERMINER);
}

/* rules275: after a discussion noun's copula, is [a, b) two topics
 * joined by "and": its first "and" after a first conjunct of two words
 * or more with no complement (no preposition, no infinitive, no comma),
 * as "were the current regional security outlook and bilateral
 * initiatives to deepen ..."?  Not "were the security of A and B" (the
 * "and" inside a complement). */
static int
copula_pair(const rc_ctx *rc, size_t a, size_t b)
{
	size_t j;

	for (j = a; j < b && !is_conjunction(rc, j); j++)
		if (!rc_word(rc, j) || complement_opens(rc, j) || rc_is(rc, j, "of"))
			return 0;
	return j >= a + 2 && j + 2 < b;
}

/* rules358: after an agenda noun's copula, is [a, b) two noun phrases
 * joined by one "and" alone, no comma, the second a determiner, a noun
 * and its complement ("Issues discussed with X included the
 * administration's progress towards A and the possibility of B", NZ
 * Herald)?  The plural subject names two topics: a pair.  Not "the
 * cooperation between the U.S. and the ROK" (no noun of its own after
 * "and"; nor, lex:betweenWord before it, "ties between New Zealand and
 * the members of the Forum"). */
static int
copula_noun_pair(const rc_ctx *rc, size_t a, size_t b)
{
	size_t j = 0;

	for (size_t k = a; k < b; k++) {
		if (rc_punct(rc, k, ",") || rc_punct(rc, k, ";") || (j && is_conjunction(rc, k)))
			return 0;
		/* fix174 (review142 2): "ties between New Zealand and
		 * the members of the Forum": one phrase */
		if (!j && rc_wl(rc, k, NCG_WL_BETWEEN_WORD))
			return 0;
		if (is_conjunction(rc, k))
			j = k;
	}
	return j >= a + 2 && noun_of_at(rc, j + 1, b);
}

/* "The agenda topics for the trilateral meeting were A, B, and C": the
 * agenda noun at w as a subject, a copula in the next words, the list
 * after it.  *after is its end when a list was read, else 0. */
static ncg_status
agenda_subject_list(rc_ctx *rc, uint32_t s, size_t w, size_t b, size_t *after)
{
	size_t ne = rc_wl_match(rc, w, b, NCG_WL_AGENDA_NOUN, 0), j, a, end, first = rc->nm;
	int discussion = 0, pair;
	item_list l;

	*after = 0;
	if (!ne && (ne = discussion_subject_end(rc, s, w, b)) != 0)
		discussion = 1;
	if (!ne)
		return NCG_OK;
	for (j = ne; j < b && j < ne + 8 && !rc_wl(rc, j, NCG_WL_AGENDA_COPULA); j++)
		if (rc_punct(rc, j, ",") || rc_punct(rc, j, ";"))
			return NCG_OK;
	if (j >= b || j >= ne + 8 || !rc_lower(rc, j) ||
	    (discussion && !discussion_copula(rc, ne, j, b)))
		return NCG_OK;
	a = j + 1;
	/* rules39: "Key agreements included continued cooperation on A, B,
	 * and C": a progress noun (one lower-case word before it at most)
	 * and its preposition open the list, its object */
	j = a + (rc_lower(rc, a) && !rc_wl(rc, a, NCG_WL_PROGRESS_NOUN));
	if (j + 2 < b && rc_lower(rc, j) && rc_wl(rc, j, NCG_WL_PROGRESS_NOUN) &&
	    rc_wl(rc, j + 1, NCG_WL_PROGRESS_PREP))
		a = j + 2;
	end = agenda_end(rc, a, b);
	pair = discussion ? copula_pair(rc, a, end) : copula_noun_pair(rc, a, end);
	list_cut(rc, a, end, &l);
	if (!agenda_ok_cut(rc, &l, pair))
		return NCG_OK;
	NCG_TRY(split_cut(rc, s, &l, pair));
	mark_agenda(rc, first, 0);
	return rc_end_at(after, end);
}

/* rules69: after a workstream noun, the words at j open no list of
 * them: an opener then "in" and a gerund ("27 tasks, including in
 * implementing 14 joint projects"), or a phrase that goes on with a
 * comma and an infinitive ("tasks in 11 areas, to be carried out
 * jointly by ..."), how or where the work is done. */
static int
noun_list_adverbial(const rc_ctx *rc, size_t j, size_t b)
{
	size_t k = rc_wl_match(rc, j, b, NCG_WL_LIST_OPENER, 0);

	if (k && k + 1 < b && rc_is(rc, k, "in") && gerund_at(rc, k + 1))
		return 1;
	for (k = j + 1; k + 1 < b; k++)
		if (rc_punct(rc, k, ",") && is_infinitive_to(rc, k + 1))
			return 1;
	return 0;
}

/* "workstreams, including on A; B; and C", "lines of effort: A, B and C",
 * "workstreams on A, B, and C", "the workstreams NCG lists as A and B":
 * the list after the workstream noun ending at ne, up to b.  *after is
 * b when a list was read, else 0. */
static ncg_status
noun_list(rc_ctx *rc, uint32_t s, size_t ne, size_t b, size_t *after)
{
	const ncg_sentence *st = &rc->sent[s];
	size_t j, a;

	*after = 0;
	for (j = ne; j < st->t1 && j < ne + 12; j++)
		if (rc_wl_match(rc, j, st->t1, NCG_WL_LIST_OPENER, 0) > j ||
		    (rc_is(rc, j, "as") && rc_wl(rc, j - 1, NCG_WL_LISTING_VERB)) ||
		    rc_punct(rc, j, "\xE2\x80\x94") ||
		    (j == ne && (rc_is(rc, j, "on") || rc_is(rc, j, "in"))) ||
		    rc_punct(rc, j, ";") || rc_punct(rc, j, "."))
			break;
	if (j >= st->t1 || j >= ne + 12 || rc_punct(rc, j, ";") ||
	    rc_punct(rc, j, ".") || !(a = list_start(rc, j, b)) || noun_list_adverbial(rc, j, b))
		return NCG_OK;
	*after = b;
	return split_list(rc, s, a, b, 0);
}

/* "reviewed its progress on A, B, and C", "progress in the NCG on A; B;
 * and C": after the progress noun at w, a list of known lines of work.
 * *after is b when a list was read, else 0. */
static ncg_status
progress_list(rc_ctx *rc, uint32_t s, size_t w, size_t b, size_t *after)
{
	size_t j, a;
	int known;

	*after = 0;
	for (j = w + 1; j < b && j < w + 7; j++)
		if (rc_is(rc, j, "on") || rc_is(rc, j, "including") ||
		    rc_punct(rc, j, ";") || rc_punct(rc, j, ":"))
			break;
	if (j >= b || j >= w + 7 || rc_punct(rc, j, ";"))
		return NCG_OK;
	if (rc_is(rc, j, "on"))
		j--;      /* list_start skips the "on" */
	if (!(a = list_start(rc, j, b)))
		return NCG_OK;
	/* "progress on NCG workstreams, including on ...": the noun's own
	 * list, read when the caller gets there */
	for (j = a; j < a + 4 && j < b && !workstream_noun_at(rc, j, b); j++)
		;
	if (j < a + 4 && j < b)
		return NCG_OK;
	NCG_TRY(known_list(rc, a, b, &known));
	if (!known)
		return NCG_OK;
	*after = b;
	return split_list(rc, s, a, b, 0);
}

/* rules10: the "to" that closes "from A to B" in [a, b): the first one
 * outside brackets before a determiner ("from A and B to the transfer
 * of C"), else the last one outside brackets; 0 when none. */
static size_t
range_to(const rc_ctx *rc, size_t a, size_t b)
{
	size_t last = 0;
	int depth = 0;

	for (size_t i = a + 1; i + 1 < b; i++) {
		depth += rc_punct(rc, i, "(") - rc_punct(rc, i, ")");
		if (depth || !rc_wl(rc, i, NCG_WL_RANGE_TO))
			continue;
		if (rc_wl(rc, i + 1, NCG_WL_OBJECT_DETERMINER) || rc_wl(rc, i + 1, NCG_WL_INDEFINITE_ARTICLE))
			return i;
		last = i;
	}
	return last;
}

/* rules10: does a word of a meeting start at token i (before w): a
 * frame of discussing, a meeting verb or noun, a discussion noun
 * ("held talks on a range of issues"); rules54: a noun of its agenda
 * ("The agenda topics comprised: 1) A; 2) B; ... and 5) E", a cable)? */
static int
meeting_word_at(const rc_ctx *rc, size_t i, size_t w)
{
	return rc_wl_match(rc, i, w, NCG_WL_DISCUSS_FRAME, 0) || rc_wl(rc, i, NCG_WL_MEETING_VERB) ||
	       rc_wl_ci(rc, i, NCG_WL_MEETING_NOUN) || rc_wl_ci(rc, i, NCG_WL_DISCUSSION_NOUN) ||
	       rc_wl_match(rc, i, w, NCG_WL_AGENDA_NOUN, 0);
}

/* Is one said before token w of sentence s? */
static int
meeting_said_before(const rc_ctx *rc, uint32_t s, size_t w)
{
	for (size_t i = rc->sent[s].t0; i < w; i++)
		if (meeting_word_at(rc, i, w))
			return 1;
	return 0;
}

/* rules13: the items after an opener at a: when the first comma is
 * followed by another opener, the phrase before it names all the items
 * ("covering all areas of cooperation, including A, B, and C"), and they
 * start after that opener; else a (0 stays 0). */
static size_t
umbrella_end(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t k = a; a && k + 1 < b; k++) {
		if (rc_punct(rc, k, ";") || rc_punct(rc, k, ":"))
			return a;
		if (rc_punct(rc, k, ","))
			return rc_wl_match(rc, k + 1, b, NCG_WL_LIST_OPENER, 0) ? list_start(rc, k + 1, b) : a;
	}
	return a;
}

/* rules218: the last piece of "Discussions ranged from A to B" at [a,
 * end) (discussion_range_list): two phrases led by gerunds and joined
 * by the first "and", its first conjunct two words or more ("ranged from
 * setting the theater to addressing infrastructure needs and exploring
 * potential bilateral and multilateral construction opportunities",
 * DVIDS) are two items, as in an agenda (repeated_pair); else one ("to
 * sharing and exploiting data"). */
static ncg_status
range_tail(rc_ctx *rc, uint32_t s, size_t a, size_t end)
{
	size_t j = a + 1;

	while (j < end && rc_word(rc, j) && !is_conjunction(rc, j))
		j++;
	/* fix65 (review65): not a modifier's -ing (lex:adjectivalGerund:
	 * "to countering terrorist financing and emerging technologies") */
	if (j >= a + 2 && j + 2 < end && is_conjunction(rc, j) && gerund_at(rc, a) &&
	    gerund_at(rc, j + 1) && !clause_verb(rc, j + 1) &&
	    !rc_wl(rc, a, NCG_WL_ADJECTIVAL_GERUND) && !rc_wl(rc, j + 1, NCG_WL_ADJECTIVAL_GERUND)) {
		NCG_TRY(add_workstream_upto(rc, s, a, j, 32));
		return add_workstream_upto(rc, s, j + 1, end, 32);
	}
	return add_workstream_upto(rc, s, a, end, 32);
}

/* fix169 (review135 6): does item it end a conjunct in a person's or
 * an office's head (lex:personHeadNoun: "topics concerning trade, the
 * Japanese prime minister and the AUKUS partnership"): at its last word
 * or before a conjunction?  fix171 (review138 5): not a possessive's
 * ("the president's budget request", "the leaders' summit"), nor after
 * "of" in its conjunct ("the role of the special envoy"). */
static int
person_item(const rc_ctx *rc, const size_t it[2])
{
	size_t e = it[1];

	while (e > it[0] && !rc_word(rc, e - 1))
		e--;
	for (size_t k = it[0], of = 0; k < e; k++) {
		if (is_conjunction(rc, k))
			of = 0;
		of |= rc_is(rc, k, "of");
		if (!of && rc_wl(rc, k, NCG_WL_PERSON_HEAD_NOUN) && (k + 1 == e || is_conjunction(rc, k + 1)))
			return 1;
	}
	return 0;
}

/* fix171 (review138 5): drop from l each item of a person
 * (person_item): no topic, the others still the agenda's. */
static void
drop_person_items(const rc_ctx *rc, item_list *l)
{
	size_t m = 0;

	for (size_t n = 0; n < l->n; n++) {
		if (person_item(rc, l->it[n]))
			continue;
		l->it[m][0] = l->it[n][0];
		l->it[m++][1] = l->it[n][1];
	}
	l->n = m;
}

/* rules358: is the range's list l a series of topic words, a last piece
 * "W and W" cut in two ("a range of trade issues, including agriculture
 * and steel", NZ Herald)?  The range names its members one by one, each
 * an item (a run of one-word items elsewhere is one topic, "peace,
 * stability, and prosperity": no lex:sharedGoalNoun here; nor a pair "and"
 * binds, lex:boundWordPair; fix174, review142 1: no word of time or place,
 * lex:nonTopicWord, "including today and tomorrow").  The items go into w. */
static int
range_words(const rc_ctx *rc, const item_list *l, item_list *w)
{
	size_t f, t;

	*w = *l;
	if (l->n == 0 || l->n >= ITEMS_MAX || l->semi)
		return 0;
	f = item_first(rc, l->it[l->n - 1]);
	t = end_unpunct(rc, f, l->it[l->n - 1][1]);
	if (f + 3 == t && is_conjunction(rc, f + 1) && !bound_pair_span(rc, f, t)) {
		w->it[w->n - 1][0] = f;
		w->it[w->n - 1][1] = f + 1;
		w->it[w->n][0] = f + 2;
		w->it[w->n++][1] = t;
	}
	if (w->n < 2)
		return 0;
	for (size_t k = 0; k < w->n; k++)
		if (!word_topic(rc, w->it[k]) || rc_wl(rc, item_first(rc, w->it[k]), NCG_WL_SHARED_GOAL_NOUN) ||
		    rc_wl(rc, item_first(rc, w->it[k]), NCG_WL_NON_TOPIC_WORD))
			return 0;
	return 1;
}

/* rules358: add the topic words of the range's list l (range_words) as
 * items, each alone; *done when taken. */
static ncg_status
range_word_items(rc_ctx *rc, uint32_t s, const item_list *l, int *done)
{
	item_list w;

	if (!(*done = range_words(rc, l, &w)))
		return NCG_OK;
	for (size_t k = 0; k < w.n; k++) {
		size_t f = item_first(rc, w.it[k]);

		NCG_TRY(add_workstream(rc, s, f, f + 1));
	}
	return NCG_OK;
}

/* rules10: "discussed a range of issues from A and B to C", "held talks
 * on a range of issues expected to include A and B": after a range noun
 * at w (lex:rangeFrame), in a sentence about a meeting, its items; "A and
 * B" alone is two.  *after is the list's end when one was read, else 0. */
static ncg_status
range_list(rc_ctx *rc, uint32_t s, size_t w, size_t b, size_t *after)
{
	size_t e = range_frame_end(rc, w, b), a, end, t = 0, f = 0, first = rc->nm;
	int words = 0;
	item_list l;

	*after = 0;
	if (!e || !rc_lower(rc, w) || !meeting_said_before(rc, s, w))
		return NCG_OK;
	e += rc_punct(rc, e, ",");
	if ((f = rc_wl_match(rc, e, b, NCG_WL_RANGE_FROM, 0)) != 0)
		a = f;
	else if (!(a = rc_wl_match(rc, e, b, NCG_WL_RANGE_OPENER, 0)) &&
	         !(rc_wl_match(rc, e, b, NCG_WL_LIST_OPENER, 0) && (a = umbrella_end(rc, list_start(rc, e, b), b))))
		return NCG_OK;
	/* rules347: "a range of issues concerning the alliance, including
	 * A": one topic and its examples, no list of the range's items
	 * (fix171, review138 4: after every opener but a list opener: "a
	 * range of issues that included the alliance, including ...") */
	if (!f && umbrella_end(rc, a, b) != a && !rc_wl_match(rc, e, b, NCG_WL_LIST_OPENER, 0))
		return NCG_OK;
	end = agenda_end(rc, a, b);
	/* "from A to B": the items before "to", and B */
	if (f && (!(t = range_to(rc, a, end)) || not_an_item(rc, t + 1, end)))
		return NCG_OK;
	list_cut(rc, a, t ? t : end, &l);
	drop_person_items(rc, &l);
	if (!t)
		NCG_TRY(range_word_items(rc, s, &l, &words));
	if (!words) {
		if (!l.n || (!agenda_ok_cut(rc, &l, 1) && (!t || not_an_item(rc, a, t))))
			return NCG_OK;
		NCG_TRY(split_cut(rc, s, &l, 1));
	}
	if (t)
		NCG_TRY(add_workstream_upto(rc, s, t + 1, end, 32));
	mark_agenda(rc, first, 1);
	lead_report(rc, first, s, w);
	return rc_end_at(after, end);
}

/* rules90: after a discussion or meeting noun at w, within
 * RANGE_VERB_REACH words and no punctuation, a lex:rangeVerb
 * ("Discussions of bilateral issues ranged from A, to B, to C"): where
 * its object starts, else 0. */
enum { RANGE_VERB_REACH = 8 };

static size_t
range_verb_start(const rc_ctx *rc, size_t w, size_t b)
{
	if (!rc_wl_ci(rc, w, NCG_WL_DISCUSSION_NOUN) && !rc_wl_ci(rc, w, NCG_WL_MEETING_NOUN))
		return 0;
	for (size_t k = w + 1; k < b && k <= w + RANGE_VERB_REACH; k++) {
		size_t e;

		if (!rc_word(rc, k))
			return 0;
		if (rc_lower(rc, k) && (e = rc_wl_match(rc, k, b, NCG_WL_RANGE_VERB, 0)) != 0)
			return e < b ? e : 0;
	}
	return 0;
}

/* rules90: does a quantity open at i < b: a digit, "$" or a
 * lex:rangeQuantity ("one hour", "$5 million")? */
static int
quantity_at(const rc_ctx *rc, size_t i, size_t b)
{
	char c = rc->s[rc->tok[i].b];

	return (c >= '0' && c <= '9') || c == '$' || rc_wl_match(rc, i, b, NCG_WL_RANGE_QUANTITY, 0) != 0;
}

/* rules90: the pieces of a range's object [a, end): cut at each "to"
 * after a comma ("A, to B, to C"), else at range_to's "to" ("A to B");
 * their starts and ends in p, how many (0 when one is no line of work or
 * there are more than max). */
static size_t
range_pieces(const rc_ctx *rc, size_t a, size_t end, size_t p[][2], size_t max)
{
	size_t n = 0, t;

	p[0][0] = a;
	for (size_t i = a + 1; i + 1 < end; i++)
		if (rc_is(rc, i, "to") && rc_punct(rc, i - 1, ",")) {
			if (n + 2 > max)
				return 0;
			p[n][1] = i - 1;
			p[++n][0] = i + 1;
		}
	if (n == 0) {
		if (!(t = range_to(rc, a, end)))
			return 0;
		p[0][1] = t;
		p[++n][0] = t + 1;
	}
	p[n++][1] = end;
	for (size_t k = 0; k < n; k++)
		if (p[k][0] >= p[k][1] || not_an_item(rc, p[k][0], p[k][1]) || quantity_at(rc, p[k][0], end))
			return 0;
	return n;
}

/* rules90: a discussion's span of topics, "Discussions ... ranged from
 * A, to B, to C" (range_verb_start): each piece is an item, in a
 * sentence about a meeting.  *after as range_list's. */
static ncg_status
discussion_range_list(rc_ctx *rc, uint32_t s, size_t w, size_t b, size_t *after)
{
	size_t a = range_verb_start(rc, w, b), end, n, first = rc->nm, p[ITEMS_MAX][2];

	*after = 0;
	if (!a || prior_meeting_noun(rc, s, w))
		return NCG_OK;
	end = agenda_end(rc, a, b);
	for (size_t i = a; i < end; i++)
		if (rc_punct(rc, i, ";")) {
			end = i;
			break;
		}
	if ((n = range_pieces(rc, a, end, p, ITEMS_MAX)) < 2)
		return NCG_OK;
	for (size_t k = 0; k + 1 < n; k++)
		NCG_TRY(add_workstream_upto(rc, s, p[k][0], p[k][1], 32));
	NCG_TRY(range_tail(rc, s, p[n - 1][0], p[n - 1][1]));
	mark_agenda(rc, first, 1);
	lead_report(rc, first, s, w);
	return rc_end_at(after, end);
}

/* rules10: "will work to enable A and improve B": after a frame of
 * effort at w (lex:effortFrame), two verbs of effort (lex:effortVerb)
 * joined by "and", each with its object: the objects are two lines of
 * work, each of two words or more.  *after as range_list's. */
static ncg_status
effort_pair(rc_ctx *rc, uint32_t s, size_t w, size_t b, size_t *after)
{
	size_t e = rc_wl_match(rc, w, b, NCG_WL_EFFORT_FRAME, 0), j, end, first = rc->nm;

	*after = 0;
	if (!e || !rc_lower(rc, w) || !rc_wl(rc, e, NCG_WL_EFFORT_VERB))
		return NCG_OK;
	for (j = e + 1; j + 1 < b; j++) {
		if (rc_punct(rc, j, ",") || rc_punct(rc, j, ";") || rc_punct(rc, j, ":"))
			return NCG_OK;
		if (is_conjunction(rc, j) && rc_wl(rc, j + 1, NCG_WL_EFFORT_VERB))
			break;
	}
	end = j + 1 < b ? agenda_end(rc, j + 2, b) : b;
	if (j + 1 >= b || item_span_words(rc, e + 1, j) < 2 || item_span_words(rc, j + 2, end) < 2 ||
	    not_an_item(rc, e + 1, j) || not_an_item(rc, j + 2, end) ||
	    name_item(rc, e + 1, j) || name_item(rc, j + 2, end))
		return NCG_OK;
	NCG_TRY(add_workstream_upto(rc, s, e + 1, j, 32));
	NCG_TRY(add_workstream_upto(rc, s, j + 2, end, 32));
	mark_agenda(rc, first, 1);
	return rc_end_at(after, end);
}

/* Is what the frame at w names undertaken: a lex:decisionLeadVerb or
 * lex:undertakingModal before it in sentence s ("agreed to work together
 * for", "will work together on"), not a hope ("I look forward to working
 * together on") or history ("have worked together on")? */
static int
undertaken_before(const rc_ctx *rc, uint32_t s, size_t w)
{
	/* review93: in the frame's own clause (back to a comma), with no
	 * hope (lex:anticipationCue, "look forward to") or report ("said")
	 * between ("who agreed last year to deepen ties, said they look
	 * forward to working together on") */
	for (size_t k = w; k-- > rc->sent[s].t0;) {
		if (rc_punct(rc, k, ",") || rc_wl(rc, k, NCG_WL_PAST_SPEECH_VERB) ||
		    rc_wl_match(rc, k, w, NCG_WL_ANTICIPATION_CUE, 0))
			return 0;
		if (rc_wl(rc, k, NCG_WL_DECISION_LEAD_VERB) || rc_wl(rc, k, NCG_WL_UNDERTAKING_MODAL))
			return 1;
	}
	return 0;
}

/* rules264: "agreed to work together for further strengthening and
 * developing the ROK-U.S. alliance, which ...", "work together on
 * supporting diplomatic efforts toward denuclearization as well as
 * maintaining robust combined readiness posture": after a frame whose
 * object is a gerund (lex:gerundFrame), gerund phrases (maybe after an
 * adverb of degree) to the next comma or semicolon, split at a list
 * conjunction before another gerund ("as well as maintaining"), each a
 * line of work; "strengthening and developing X" is one.  *after as
 * range_list's. */
static ncg_status
gerund_frame_list(rc_ctx *rc, uint32_t s, size_t w, size_t b, size_t *after)
{
	size_t a = rc_wl_match(rc, w, b, NCG_WL_GERUND_FRAME, 0), end = a, first = rc->nm, c;

	*after = 0;
	if (!a || !rc_lower(rc, w) || !gerund_led(rc, a, b) || !undertaken_before(rc, s, w))
		return NCG_OK;
	while (end < b && !rc_punct(rc, end, ",") && !rc_punct(rc, end, ";"))
		end++;
	for (size_t i = a + 1; i < end; i++)
		if ((c = rc_wl_match(rc, i, end, NCG_WL_LIST_CONJUNCTION, 0)) > i && gerund_led(rc, c, end)) {
			NCG_TRY(add_workstream_upto(rc, s, a, i, 24));
			a = c;
			i = c;
		}
	NCG_TRY(add_workstream_upto(rc, s, a, end, 24));
	mark_agenda(rc, first, 1);
	return rc_end_at(after, end);
}

/* Lists of lines of work after a frame of effort: "will work to enable
 * A and improve B" (effort_pair), "work together for strengthening X"
 * (gerund_frame_list).  *after as range_list's. */
static ncg_status
effort_lists(rc_ctx *rc, uint32_t s, size_t w, size_t b, size_t *after)
{
	NCG_TRY(effort_pair(rc, s, w, b, after));
	if (!*after)
		NCG_TRY(gerund_frame_list(rc, s, w, b, after));
	return NCG_OK;
}

/* Does sentence s, which ends in a colon, discuss what follows it: a
 * frame of discussing in it ("The two sides discussed the following
 * issues:"), no commitment to talk later before it? */
static int
frame_before_colon(const rc_ctx *rc, uint32_t s)
{
	const ncg_sentence *st = &rc->sent[s];

	for (size_t w = st->t0; w < st->t1; w++)
		if (rc_lower(rc, w) && rc_wl_match(rc, w, st->t1, NCG_WL_DISCUSS_FRAME, 0) &&
		    !commitment_before(rc, st->t0, w))
			return 1;
	return 0;
}

/* rules11: "A, B, and C were among agenda items discussed during the
 * meeting": a list that opens the sentence, then a cue of membership
 * (lex:agendaMembership) and an agenda noun.  *done is 1 when a list was
 * read. */
static ncg_status
fronted_agenda_list(rc_ctx *rc, uint32_t s, size_t b, int *done)
{
	const ncg_sentence *st = &rc->sent[s];
	size_t first = rc->nm;
	item_list l;

	*done = 0;
	for (size_t w = st->t0 + 3; w < b; w++) {
		size_t j = rc_wl_match(rc, w, b, NCG_WL_AGENDA_MEMBERSHIP, 0);

		if (!j || !rc_lower(rc, w))
			continue;
		/* "were among [the] agenda items"; the list's own "the" too */
		if (rc_wl(rc, j, NCG_WL_OBJECT_DETERMINER))
			j++;
		if (!rc_wl_match(rc, j, b, NCG_WL_AGENDA_NOUN, 0))
			return NCG_OK;
		list_cut(rc, st->t0, w, &l);
		if (!agenda_ok_cut(rc, &l, 0))
			return NCG_OK;
		NCG_TRY(split_cut(rc, s, &l, 0));
		mark_agenda(rc, first, 0);
		*done = 1;
		return NCG_OK;
	}
	return NCG_OK;
}

/* rules45: where an inline number mark for n opens at token i ("2)",
 * "(2)"): the token after it, or 0.  It follows a word, a comma, a
 * semicolon, a colon or "and", never a number ("Article 5(2)"). */
static size_t
inline_mark_end(const rc_ctx *rc, size_t t0, size_t i, unsigned n, size_t b)
{
	char num[4];
	size_t d = rc_punct(rc, i, "(") ? i + 1 : i;

	/* the cheap tests first: most tokens are no number */
	if (i <= t0 || d + 1 >= b || rc->tok[d].kind != NCG_TOK_NUMBER || !rc_punct(rc, d + 1, ")") ||
	    rc->tok[i - 1].kind == NCG_TOK_NUMBER || (d == i && rc_punct(rc, i - 1, "(")))
		return 0;
	snprintf(num, sizeof num, "%u", n);
	return rc_is(rc, d, num) ? d + 2 : 0;
}

/* rules45: the end of an inline item [a, b) without the joining words
 * after it (", and", ";", ",", "and"). */
static size_t
inline_item_end(const rc_ctx *rc, size_t a, size_t b)
{
	while (b > a && (rc_punct(rc, b - 1, ",") || rc_punct(rc, b - 1, ";") ||
	                 is_conjunction(rc, b - 1)))
		b--;
	return b;
}

/* rules140: "Rhee reiterated ... his opposition to armistice terms
 * especially in connection with (1) prisoners, (2) ...": is a noun of a
 * side's stance (lex:stanceNoun) in sentence s before token w, after the
 * last word of a meeting (meeting_word_at)?  A list after it is what the
 * side opposes; review43: one before the meeting's frame ("Despite the
 * opposition of ..., included in the discussion were (1) ...") owns no
 * list. */
static int
stance_before(const rc_ctx *rc, uint32_t s, size_t w)
{
	for (size_t i = w; i-- > rc->sent[s].t0;) {
		if (rc_wl_ci(rc, i, NCG_WL_STANCE_NOUN))
			return 1;
		if (meeting_word_at(rc, i, w))
			return 0;
	}
	return 0;
}

/* rules45, rules235: the items of a numbered list in sentence s whose
 * first mark ("1)", "(1)") is at i, up to b: two or more, each up to the
 * next mark; *count: how many were read. */
static ncg_status
numbered_items(rc_ctx *rc, uint32_t s, size_t i, size_t b, size_t *count)
{
	const ncg_sentence *st = &rc->sent[s];
	size_t marks[ITEMS_MAX + 1], n = 0, first = rc->nm;

	*count = 0;
	for (; i < b && n < ITEMS_MAX; i++)
		if (inline_mark_end(rc, st->t0 - (i == st->t0), i, (unsigned)n + 1, b))
			marks[n++] = i;
	if (n < 2)
		return NCG_OK;
	marks[n] = b;
	for (size_t k = 0; k < n; k++)
		NCG_TRY(add_workstream_upto(rc, s, inline_mark_end(rc, st->t0 - (marks[k] == st->t0),
		                                                   marks[k], (unsigned)k + 1, b),
		                            inline_item_end(rc, marks[k], marks[k + 1]), 48));
	mark_agenda(rc, first, 0);
	*count = rc->nm - first;
	return distinct_items(rc, first);
}

/* rules45: "Included in the discussion are 1) whether ..., 2) how ...,
 * and 3) whether ...": items numbered inline from 1 up in sentence s (up
 * to b), after words of a meeting or of discussing (meeting_said_before):
 * the numbers mark the list, so each item is taken whole, clauses too
 * ("whether Korea annulled the provision ..."), up to 48 tokens.  Read
 * only when the sentence gave no other list.  *count is how many. */
static ncg_status
inline_numbered_list(rc_ctx *rc, uint32_t s, size_t b, size_t *count)
{
	const ncg_sentence *st = &rc->sent[s];
	size_t i;

	*count = 0;
	for (i = st->t0; i < b && !inline_mark_end(rc, st->t0, i, 1, b); i++)
		;
	if (i >= b || !meeting_said_before(rc, s, i) || stance_before(rc, s, i))
		return NCG_OK;
	return numbered_items(rc, s, i, b, count);
}

/* fix76 (review75 1, 2): does counting sentence s tell talks other than
 * the described meeting's: a lex:futureCue or lex:relativeNext in it
 * ("The next meeting of the dialogue will address three issues"), or a
 * date, a place, a country or an official of its own ("Jaishankar then
 * flew to Moscow, where his talks with the Russian side covered three
 * issues", "The 2019 dialogue covered three issues": a year's four
 * digits too)?  Its count is then
 * another meeting's agenda. */
static int
counting_sentence_elsewhere(const rc_ctx *rc, uint32_t s)
{
	const ncg_sentence *st = &rc->sent[s];

	for (size_t i = st->t0; i < st->t1; i++)
		if (rc_wl_match(rc, i, st->t1, NCG_WL_FUTURE_CUE, 0) > i ||
		    rc_wl_ci(rc, i, NCG_WL_RELATIVE_NEXT) ||
		    (rc->tok[i].kind == NCG_TOK_NUMBER && rc->tok[i].e - rc->tok[i].b == 4 &&
		     ncg_doc_number(rc->doc, i, 4, 0) >= NCG_YEAR_MIN))
			return 1;
	for (size_t k = 0; k < rc->nm; k++) {
		ncg_mention_kind kd = rc->m[k].kind;

		if (rc->m[k].sent == s &&
		    (kd == NCG_M_COUNTRY || kd == NCG_M_PLACE || kd == NCG_M_OFFICIAL ||
		     kd == NCG_M_DATE || kd == NCG_M_PERIOD))
			return 1;
	}
	return 0;
}

/* rules235: does sentence s end in a counted agenda noun after a number
 * word, up to four lower-case words between, the talks told before it
 * and no stance ("Discussions covered six primary research themes.")?
 * fix76: nor another meeting's talks (counting_sentence_elsewhere). */
static int
counted_agenda_end(const rc_ctx *rc, uint32_t s)
{
	const ncg_sentence *st = &rc->sent[s];
	size_t e = st->t1 - 1, n, j;

	if (st->t1 < st->t0 + 4 || !rc_punct(rc, e, ".") || counting_sentence_elsewhere(rc, s))
		return 0;
	for (n = e; n-- > st->t0 + 1 && e - n <= 2;)
		if (rc_lower(rc, n) && rc_wl_match(rc, n, e, NCG_WL_COUNTED_AGENDA_NOUN, 0) == e)
			break;
	if (n <= st->t0 || e - n > 2)
		return 0;
	for (j = n; j-- > st->t0 && n - j <= 4;) {
		if (rc_wl(rc, j, NCG_WL_AGENDA_COUNT_WORD) || rc->tok[j].kind == NCG_TOK_NUMBER)
			return meeting_said_before(rc, s, j) && !stance_before(rc, s, j);
		if (!rc_lower(rc, j))
			return 0;
	}
	return 0;
}

/* rules235: "Discussions covered six primary research themes. 1) A, 2)
 * B, ... and 6) F.": a sentence that opens with a numbered list right
 * after one that ends in a counted agenda noun; the numbered pieces are
 * the agenda (as after "themes:", marked_items).  *count: how many. */
static ncg_status
counted_numbered_list(rc_ctx *rc, uint32_t s, size_t b, size_t *count)
{
	const ncg_sentence *st = &rc->sent[s];

	*count = 0;
	/* the mark at the sentence's first token: inline_mark_end looks one
	 * token back, at the full stop that ends the sentence before */
	if (s == 0 || st->t0 == 0 || !inline_mark_end(rc, st->t0 - 1, st->t0, 1, b) ||
	    !counted_agenda_end(rc, s - 1))
		return NCG_OK;
	return numbered_items(rc, s, st->t0, b, count);
}

/* rules45, rules235: a numbered list inside the sentence after words of
 * discussing, else one that opens it after a counted agenda noun. */
static ncg_status
numbered_list(rc_ctx *rc, uint32_t s, size_t b, size_t *count)
{
	NCG_TRY(inline_numbered_list(rc, s, b, count));
	if (*count == 0)
		NCG_TRY(counted_numbered_list(rc, s, b, count));
	return NCG_OK;
}

/* rules45: is a workstream among the mentions from `first` on? */
static int
workstream_since(const rc_ctx *rc, size_t first)
{
	for (size_t k = first; k < rc->nm; k++)
		if (rc->m[k].kind == NCG_M_WORKSTREAM)
			return 1;
	return 0;
}

/* The word lists whose words open the lists sentence_workstreams reads
 * from a token: each of its recognisers (workstream_noun_at, agenda_list
 * through agenda_frame, range_list through range_frame_end, effort_pair,
 * agenda_subject_list, progress_list) reads nothing at a token that can
 * start none of its first test's lists.  A recogniser added to that loop
 * adds its lists here. */
static const ncg_wordlist WORKSTREAM_CUES[] = {
	NCG_WL_WORKSTREAM_NOUN, NCG_WL_DISCUSS_FRAME, NCG_WL_DISCUSSION_NOUN,
	NCG_WL_SERIES_EXCHANGE_VERB, NCG_WL_MEETING_SUBJECT_FRAME,
	NCG_WL_DOCUMENT_CONTENT_FRAME, NCG_WL_RANGE_FRAME, NCG_WL_RANGE_QUANTIFIER,
	NCG_WL_EFFORT_FRAME, NCG_WL_AGENDA_NOUN, NCG_WL_PROGRESS_NOUN, NCG_WL_MEETING_NOUN,
	NCG_WL_EXAMPLE_PRESENTING_VERB, NCG_WL_DISCUSSION_LIST_VERB, NCG_WL_AGENDA_COPULA,
	NCG_WL_PILLAR_NOUN, NCG_WL_GERUND_FRAME, NCG_WL_PASSIVE_TOPIC_VERB,
	NCG_WL_RECAP_LIST_VERB,
};

/* WORKSTREAM_CUES as bits (NCG_WL_WORDS words, as in rc->wls). */
static void
workstream_cue_bits(uint64_t *bits)
{
	memset(bits, 0, NCG_WL_WORDS * sizeof *bits);
	for (size_t k = 0; k < sizeof WORKSTREAM_CUES / sizeof *WORKSTREAM_CUES; k++)
		bits[WORKSTREAM_CUES[k] / 64] |= 1ULL << (WORKSTREAM_CUES[k] % 64);
}

/* May a list of workstreams open at token w < ntok: may it start a word
 * of a list of cues (workstream_cue_bits)?  Most tokens start none:
 * told from rc->wls alone, without the recognisers' calls (speed only). */
static int
workstream_cue_at(const rc_ctx *rc, const uint64_t *cues, size_t w)
{
	if (!rc->wls)
		return 1;
	for (size_t k = 0; k < NCG_WL_WORDS; k++)
		if (rc->wls[w][k] & cues[k])
			return 1;
	return 0;
}

/* rules119: does sentence s, which ends in a colon, resolve what
 * follows it: a verb of resolving (lex:resolutionVerb) and, just before
 * the colon, a cue that the points follow (lex:followsCue)?  ("The two
 * sides agreed as follows:", "The Committee decided to cooperate closely
 * to tackle the situation as follows:") */
static int
resolution_before_colon(const rc_ctx *rc, uint32_t s)
{
	const ncg_sentence *st = &rc->sent[s];
	size_t colon = st->t1 - 1;
	int verb = 0;

	for (size_t w = st->t0; w < colon; w++) {
		if (rc_wl(rc, w, NCG_WL_RESOLUTION_VERB))
			verb = 1;
		else if (verb && rc_wl_match(rc, w, colon, NCG_WL_FOLLOWS_CUE, 0) == colon)
			return 1;
	}
	return 0;
}

/* rules119: the point of block b after a resolution: the block opens
 * with an adverb of enumeration and a comma ("First, ...") or a number
 * ("1. ...", "(2) ..."), and its first sentence undertakes something (a
 * lower-case lex:undertakingModal: "X will ...").  Sets [*ap, *bp) to
 * that sentence after the opener, *sp to the sentence; 0 when the block
 * is no such point. */
static int
resolved_point(const rc_ctx *rc, size_t b, size_t *ap, size_t *bp, uint32_t *sp)
{
	const ncg_block *blk = &ncg_doc_blocks(rc->doc)[b];
	size_t a = number_mark_end(rc, blk->t0, blk->t1), e, k = blk->s0;

	if (!a && rc_wl(rc, blk->t0, NCG_WL_ENUMERATION_ADVERB) && rc_punct(rc, blk->t0 + 1, ","))
		a = blk->t0 + 2;
	/* the sentence the point opens (a number may stand as one: "1.") */
	while (a && k + 1 < rc->nsent && rc->sent[k].t1 <= a)
		k++;
	e = rc->sent[k].t1 < blk->t1 ? rc->sent[k].t1 : blk->t1;
	if (!a || e <= a + 2)
		return 0;
	for (size_t i = a; i < e; i++)
		if (rc_lower(rc, i) && rc_wl(rc, i, NCG_WL_UNDERTAKING_MODAL)) {
			*ap = a;
			*bp = e;
			*sp = (uint32_t)k;
			return 1;
		}
	return 0;
}

/* rules119: the points a joint decision lays out block by block after
 * sentence s ("agreed as follows:" / "First, the United States will ...";
 * "Second, ..."): each point a workstream, when two or more follow. */
static ncg_status
resolved_points(rc_ctx *rc, uint32_t s, size_t *count)
{
	size_t nb = ncg_doc_nblocks(rc->doc), n = 0, first = rc->nm, a, e, b;
	uint32_t ps;

	*count = 0;
	for (b = rc->sent[s].block + 1; b < nb && resolved_point(rc, b, &a, &e, &ps); b++)
		n++;
	if (n < 2)
		return NCG_OK;
	for (b = rc->sent[s].block + 1; n-- > 0; b++) {
		(void)resolved_point(rc, b, &a, &e, &ps);
		NCG_TRY(add_workstream_upto(rc, ps, a, e, 48));
	}
	mark_agenda(rc, first, 0);
	*count = rc->nm - first;
	return NCG_OK;
}

/* Is the lead verb at w (w > 0) a main clause's finite verb ("The
 * Ministers committed to ...:", "decided that"), not a passive ("was
 * decided in 2022"), an adjective ("the agreed agenda") or a verb with an
 * object of its own ("has committed the following violations:")? */
static int
main_lead_verb(const rc_ctx *rc, size_t w)
{
	return !rc_wl(rc, w - 1, NCG_WL_OBJECT_DETERMINER) && !rc_wl(rc, w - 1, NCG_WL_MODAL) &&
	       (!rc_wl(rc, w - 1, NCG_WL_PARTICIPLE_AUX) || rc_wl(rc, w - 1, NCG_WL_PERFECT_AUX)) &&
	       (rc_is(rc, w + 1, "to") || rc_is(rc, w + 1, "that") || rc_is(rc, w + 1, "on"));
}

/* rules264: does sentence s, which ends in a colon, lead in to decided
 * points: a lex:decisionLeadVerb in it ("The Ministers decided to:",
 * "committed to continue enhancing defense cooperation ... across the
 * following areas:")? */
static int decision_line(const rc_ctx *rc, size_t b, size_t *ap, size_t *bp);

static int
decision_lead(const rc_ctx *rc, uint32_t s)
{
	const ncg_sentence *st = &rc->sent[s];
	size_t a, e;

	/* review93: a decided point that ends in a lead-in ("- Conduct item
	 * 5 as we decided to:") starts no list of its own */
	if (!rc_punct(rc, st->t1 - 1, ":") || decision_line(rc, st->block, &a, &e))
		return 0;
	for (size_t w = st->t0 + 1; w + 1 < st->t1; w++) {
		/* a clause before the subject ("As agreed by the leaders,
		 * visitors are asked to:") leads in to no decision */
		if (rc_punct(rc, w, ","))
			return 0;
		if (rc_wl(rc, w, NCG_WL_DECISION_LEAD_VERB) && main_lead_verb(rc, w))
			return 1;
	}
	return 0;
}

/* rules264: the decided point of block b: a bullet, then a capitalised
 * lex:decisionItemVerb ("- Conduct trilateral F-35 Joint Strike Fighter
 * training in Australia."); [*ap, *bp) its wording, to a
 * lex:decisionItemStop ("... in northern Australia such as Exercise
 * ...") or the line's end.  0 when the block is no such point. */
static int
decision_line(const rc_ctx *rc, size_t b, size_t *ap, size_t *bp)
{
	const ncg_block *blk = &ncg_doc_blocks(rc->doc)[b];
	size_t a = rc_wl_match(rc, blk->t0, blk->t1, NCG_WL_BULLET, 1), e = blk->t1;

	if (a == 0)     /* or a number's mark ("1. Conduct combined training") */
		a = number_mark_end(rc, blk->t0, e);
	/* review93: the point is its first sentence ("- Conduct combined
	 * training in 2024. The training will be held ...") */
	for (uint32_t s = blk->s0; a != 0 && s < blk->s1; s++)
		if (rc->sent[s].t1 > a + 1) {
			e = rc->sent[s].t1 < e ? rc->sent[s].t1 : e;
			break;
		}
	if (a == 0 || a + 2 >= e || !rc_cap(rc, a) || !rc_wl(rc, a, NCG_WL_DECISION_ITEM_VERB))
		return 0;
	for (size_t k = a + 2; k < e; k++)
		if (rc_wl_match(rc, k, e, NCG_WL_DECISION_ITEM_STOP, 0)) {
			e = k;
			break;
		}
	*ap = a;
	*bp = e;
	return 1;
}

/* rules264: is block b a heading between decided points: no bullet, a
 * few words, a colon at its end ("Trilateral Activities and Exercises:"),
 * a decided point right after it? */
static int
decision_heading(const rc_ctx *rc, size_t b)
{
	const ncg_block *blk = &ncg_doc_blocks(rc->doc)[b];
	size_t a, e;

	if (blk->t1 <= blk->t0 + 1 || blk->t1 - blk->t0 > 8 || !rc_cap(rc, blk->t0) ||
	    !rc_punct(rc, blk->t1 - 1, ":") || rc_wl(rc, blk->t0, NCG_WL_BULLET) ||
	    rc_wl_match(rc, blk->t0, blk->t1, NCG_WL_FURNITURE, 0))
		return 0;
	/* a noun phrase ("Trilateral Activities and Exercises:"), no
	 * clause ("The Ministers urged North Korea to:"), no site furniture
	 * ("Related Links:") */
	for (size_t k = blk->t0; k + 1 < blk->t1; k++)
		if (rc_word(rc, k) && rc_lower(rc, k) && !is_conjunction(rc, k) && !rc_is(rc, k, "of"))
			return 0;
	return b + 1 < ncg_doc_nblocks(rc->doc) && decision_line(rc, b + 1, &a, &e);
}

/* review93: does block b follow a decision's lead-in (decision_lead),
 * over decided points and headings between them, up to 64 blocks back?
 * Only there is a line's capitalised lex:decisionItemVerb no part of a
 * body's name (recog_org.c's decision_line_verb). */
int
rc_after_decision_lead(const rc_ctx *rc, size_t b)
{
	const ncg_block *blks = ncg_doc_blocks(rc->doc);
	size_t a, e;

	for (size_t k = b, n = 0; k-- > 0 && n < 64; n++) {
		if (blks[k].s1 > blks[k].s0 && decision_lead(rc, blks[k].s1 - 1))
			return 1;
		if (!decision_line(rc, k, &a, &e) && !decision_heading(rc, k))
			return 0;
	}
	return 0;
}

/* rules264: the decided points laid out as imperative bulleted lines
 * after sentence s, a decision's lead-in (decision_lead), headings
 * between them passed over: each line a workstream, when two or more
 * follow ("The Ministers committed to ...:" / "- Increase complex and
 * high-end trilateral exercises in northern Australia ..." / "- Accelerate
 * and deepen trilateral information-sharing cooperation.").  A bulleted
 * list with no such lead-in (site furniture, participants) is none. */
static ncg_status
decision_lines(rc_ctx *rc, uint32_t s, size_t *count)
{
	size_t nb = ncg_doc_nblocks(rc->doc), n = 0, first = rc->nm, a, e, b, end;

	*count = 0;
	if (!decision_lead(rc, s))
		return NCG_OK;
	for (b = rc->sent[s].block + 1; b < nb; b++) {
		if (decision_line(rc, b, &a, &e))
			n++;
		else if (!decision_heading(rc, b))
			break;
	}
	if (n < 2)
		return NCG_OK;
	end = b;
	for (b = rc->sent[s].block + 1; b < end; b++)
		if (decision_line(rc, b, &a, &e))
			NCG_TRY(add_workstream_upto(rc, ncg_doc_blocks(rc->doc)[b].s0, a, e, 48));
	mark_agenda(rc, first, 0);
	*count = rc->nm - first;
	return NCG_OK;
}

/* The lists a sentence gives whole before any cue: an agenda fronted
 * before its frame, or two or more items after a frame and a colon at the
 * sentence's end.  *done is 1 when one was read. */
static ncg_status
lead_lists(rc_ctx *rc, uint32_t s, size_t b, int *done)
{
	const ncg_sentence *st = &rc->sent[s];

	NCG_TRY(fronted_agenda_list(rc, s, b, done));
	if (*done)
		return NCG_OK;
	if (rc_punct(rc, st->t1 - 1, ":") && frame_before_colon(rc, s)) {
		size_t nitems, first = rc->nm;

		NCG_TRY(marked_items(rc, s, 1, &nitems));
		mark_agenda(rc, first, 0);
		*done = nitems >= 2;
	}
	if (!*done) {
		size_t nlines;

		NCG_TRY(decision_lines(rc, s, &nlines));
		*done = nlines >= 2;
	}
	if (!*done && rc_punct(rc, st->t1 - 1, ":") && resolution_before_colon(rc, s)) {
		size_t npoints;

		NCG_TRY(resolved_points(rc, s, &npoints));
		*done = npoints >= 2;
	}
	return NCG_OK;
}

/* review102: does a lex:listOpener of words open at i < b ("including",
 * "such as"; not ":", which is punctuation, not a word of the list)? */
static int
word_opener_at(const rc_ctx *rc, size_t i, size_t b)
{
	return i < b && rc_word(rc, i) && rc_lower(rc, i) && rc_wl_match(rc, i, b, NCG_WL_LIST_OPENER, 0) != 0;
}

/* rules275: the opener (lex:listOpener: "including", "such as") that
 * follows a pledge's quoted object whose last word is a plural noun (a
 * class of work), a comma on either side of the closing quote: "pledged
 * to \"fast-track pending defense initiatives,\" including A and B",
 * "pledged to \"X,\" such as A and B".  0 when there is none. */
static size_t
pledge_opener(const rc_ctx *rc, uint32_t s, size_t b)
{
	const ncg_sentence *st = &rc->sent[s];

	for (size_t p = st->t0; p < b; p++) {
		size_t q0 = rc_wl_match(rc, p, b, NCG_WL_PLEDGE_CUE, 1), q1, last;

		if (!q0 || !rc_double_quote(rc, q0))
			continue;
		for (q1 = q0 + 1; q1 < b && q1 < q0 + 16 && !rc_double_quote(rc, q1); q1++)
			;
		if (q1 + 2 >= b || q1 < q0 + 3 || !rc_double_quote(rc, q1))
			return 0;
		last = rc_punct(rc, q1 - 1, ",") ? q1 - 2 : q1 - 1;
		if (!plural_shaped(rc, last) || !rc_lower(rc, last))
			return 0;
		if (rc_punct(rc, q1 - 1, ",") && word_opener_at(rc, q1 + 1, b))
			return q1 + 1;
		if (rc_punct(rc, q1 + 1, ",") && word_opener_at(rc, q1 + 2, b))
			return q1 + 2;
		return 0;
	}
	return 0;
}

/* fix108: may [a, b) be an example of a pledged class of work?  Not
 * people ("members of Congress", "senior military leaders"), no meeting
 * ("the upcoming summit in Washington"), not "those in Southeast Asia":
 * no word of it a noun of people (lex:privatePersonNoun, lex:groupNoun,
 * lex:partyNoun), a meeting noun or "those"; no place after "in"/"at". */
static int
pledged_work_item(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		if (rc_is(rc, i, "those") || rc_wl(rc, i, NCG_WL_MEETING_NOUN) ||
		    rc_wl_ci(rc, i, NCG_WL_PRIVATE_PERSON_NOUN) || rc_wl(rc, i, NCG_WL_GROUP_NOUN) ||
		    rc_wl(rc, i, NCG_WL_PARTY_NOUN))
			return 0;
		if (rc_lower(rc, i) && (rc_is(rc, i, "in") || rc_is(rc, i, "at")) && i + 1 < b &&
		    !rc_lower(rc, i + 1) && rc_word(rc, i + 1))
			return 0;
	}
	return 1;
}

/* rules275: the examples a pledge's quoted class of work lists
 * (pledge_opener): "including the General Security of Military
 * Information Agreement (GSOMIA) and the implementation of the ...
 * sites" gives two; not names of places or bodies ("including Japan
 * and the Philippines"). */
static ncg_status
pledged_examples(rc_ctx *rc, uint32_t s, size_t b)
{
	size_t o = pledge_opener(rc, s, b), a, end, first = rc->nm;
	item_list l;

	if (!o || !(a = list_start(rc, o, b)))
		return NCG_OK;
	end = agenda_end(rc, a, b);
	list_cut(rc, a, end, &l);
	if (!agenda_ok_cut(rc, &l, 1))
		return NCG_OK;
	for (size_t k = 0; k < l.n; k++)
		if (name_item(rc, l.it[k][0], l.it[k][1]) || !pledged_work_item(rc, l.it[k][0], l.it[k][1]))
			return NCG_OK;
	NCG_TRY(split_cut(rc, s, &l, 1));
	mark_agenda(rc, first, 0);
	return NCG_OK;
}

/* The lists of sentence s read when its cue loop read none (no
 * workstream mention from before on): rules45: "Included in the
 * discussion are 1) A, 2) B, and 3) C"; rules275: a pledge's examples. */
static ncg_status
late_lists(rc_ctx *rc, uint32_t s, size_t b, size_t before)
{
	if (!workstream_since(rc, before)) {
		size_t nitems;

		NCG_TRY(numbered_list(rc, s, b, &nitems));
	}
	if (!workstream_since(rc, before))
		NCG_TRY(pledged_examples(rc, s, b));
	return NCG_OK;
}

/* The lists of workstreams of one sentence, up to b (its end without the
 * full stop): bulleted lists, lists after a workstream noun, agenda lists,
 * progress lists; and "the CNI workstream". */
static ncg_status
sentence_workstreams(rc_ctx *rc, uint32_t s, size_t b)
{
	const ncg_sentence *st = &rc->sent[s];
	size_t before = rc->nm;
	uint64_t cues[NCG_WL_WORDS];
	int done;

	NCG_TRY(lead_lists(rc, s, b, &done));
	if (done)
		return NCG_OK;
	workstream_cue_bits(cues);
	for (size_t w = st->t0; w < st->t1; w++) {
		size_t ne, nbullets, after = 0;
		int singular = rc_ieq(rc, w, "workstream") || rc_ieq(rc, w, "work-stream");

		if (!singular && !workstream_cue_at(rc, cues, w))
			continue;
		ne = workstream_noun_at(rc, w, st->t1);
		/* "in each NCG workstream:" and a bulleted list */
		if ((singular || ne) && rc_punct(rc, st->t1 - 1, ":")) {
			NCG_TRY(bullet_items(rc, s, &nbullets));
			if (nbullets > 0)
				break;
		}
		/* "the CNI workstream", "the conventional-nuclear integration
		 * (CNI) workstream": the words before name a known one */
		if (singular && w > st->t0) {
			NCG_TRY(singular_workstream(rc, s, st->t0, w));
			continue;
		}
		if (ne != 0)
			NCG_TRY(noun_list(rc, s, ne, b, &after));
		/* "discussed A, B and C": an agenda list */
		else if (rc_lower(rc, w))
			NCG_TRY(agenda_list(rc, s, w, b, &after));
		/* "a range of issues from A to B" */
		if (!ne && !after)
			NCG_TRY(range_list(rc, s, w, b, &after));
		/* "Discussions ranged from A, to B, to C" */
		if (!ne && !after)
			NCG_TRY(discussion_range_list(rc, s, w, b, &after));
		/* "will work to enable A and improve B" */
		if (!ne && !after)
			NCG_TRY(effort_lists(rc, s, w, b, &after));
		/* "The agenda topics ... were A, B, and C" */
		if (!ne && !after)
			NCG_TRY(agenda_subject_list(rc, s, w, b, &after));
		/* "A wide range of aspects of A and B were discussed" */
		if (!ne && !after)
			NCG_TRY(passive_subject_list(rc, s, w, b, &after));
		if (!ne && !after && rc_wl(rc, w, NCG_WL_PROGRESS_NOUN) && rc_lower(rc, w))
			NCG_TRY(progress_list(rc, s, w, b, &after));
		if (after)
			w = after;
	}
	return late_lists(rc, s, b, before);
}

/* rules87: how many words open a sentence whose subject is a meeting
 * noun: the noun is one of them ("The meeting", "The first such
 * meeting"). */
enum { SEQUEL_SUBJECT_REACH = 6 };

/* rules176: after a subject, an aside of a relative clause between
 * commas at k (", which was the third ... Meeting,"): where the
 * sentence goes on after it, else k. */
static size_t
relative_aside_end(const rc_ctx *rc, size_t k, size_t t1)
{
	if (k + 1 >= t1 || !rc_punct(rc, k, ",") || !rc_wl(rc, k + 1, NCG_WL_RELATIVE_PRONOUN))
		return k;
	for (size_t c = k + 2; c < t1; c++)
		if (rc_punct(rc, c, ",") || rc_punct(rc, c, ";"))
			return rc_punct(rc, c, ",") ? c + 1 : k;
	return k;
}

/* rules87: does sentence s open with a meeting noun as its subject (in
 * its first SEQUEL_SUBJECT_REACH words, lower case) and a
 * lex:sequelVerb right after it, maybe after a lex:frameAdverb or a
 * relative aside (rules176: "The meeting, which was the third ...
 * Meeting, came the same day President X met with Y, when they
 * discussed A and B") ("The meeting follows recent diplomatic
 * talks where the allies also discussed civil nuclear power, submarines,
 * and trade issues.", IANS)?  The sentence tells what the meeting came
 * after or amid: a list in it is another meeting's or event's. */
static int
sequel_sentence(const rc_ctx *rc, uint32_t s)
{
	size_t t0 = rc->sent[s].t0, t1 = rc->sent[s].t1;

	for (size_t i = t0; i < t1 && i < t0 + SEQUEL_SUBJECT_REACH; i++) {
		size_t k = i + 1;

		if (rc_punct(rc, i, ",") || rc_punct(rc, i, ";"))
			return 0;
		if (!rc_lower(rc, i) || !rc_wl(rc, i, NCG_WL_MEETING_NOUN))
			continue;
		k = relative_aside_end(rc, k, t1);
		if (k < t1 && rc_wl(rc, k, NCG_WL_FRAME_ADVERB))
			k++;
		return k < t1 && rc_wl_match(rc, k, t1, NCG_WL_SEQUEL_VERB, 1) != 0;
	}
	return 0;
}

/* rules130: where the item of a lettered list opened by the letter at
 * token i at a line's start begins ("A) NORTH-SOUTH DIALOGUE --", "A.
 * ROK FOREIGN ...", "A." one token), or 0. */
static size_t
letter_marker(const rc_ctx *rc, size_t i, char letter)
{
	size_t n;

	if (i + 2 >= rc->ntok || !(rc->tok[i].flags & NCG_TF_LINE) || rc->s[rc->tok[i].b] != letter)
		return 0;
	n = rc->tok[i].e - rc->tok[i].b;
	if (n == 2 && rc->s[rc->tok[i].b + 1] == '.')
		return i + 1;
	return n == 1 && (rc_punct(rc, i + 1, ")") || rc_punct(rc, i + 1, ".")) ? i + 2 : 0;
}

/* rules130: does the clause before the colon at c name an agenda (a
 * lex:topicNoun or lex:discussionNoun: "FOUR ISSUES NOW DOMINATED OUR
 * MUTUAL AGENDA:", "MAIN POINTS OF DISCUSSION WERE AS FOLLOWS:")? */
static int
agenda_lead(const rc_ctx *rc, size_t c)
{
	for (size_t k = c; k-- > 0 && c - k <= 24 && !rc_punct(rc, k, ".");)
		if (rc_wl_ci(rc, k, NCG_WL_TOPIC_NOUN) || rc_wl_ci(rc, k, NCG_WL_DISCUSSION_NOUN))
			return 1;
	return 0;
}

/* rules130: where the heading of a lettered item from a ends: at a dash
 * ("A) NORTH-SOUTH DIALOGUE -- THE USG IS ..."), or at its line's end
 * before a numbered or lettered paragraph; 0 when it runs on as prose or
 * holds more than eight words. */
static size_t
agenda_heading_end(const rc_ctx *rc, size_t a)
{
	for (size_t k = a; k < rc->ntok && k < a + 9; k++) {
		if (k > a && (rc->tok[k].flags & NCG_TF_LINE))
			return k + 1 < rc->ntok && (rc->tok[k].kind == NCG_TOK_NUMBER ||
			                            rc->tok[k].e == rc->tok[k].b + 1) &&
			       (rc_punct(rc, k + 1, ".") || rc_punct(rc, k + 1, ")")) ? k : 0;
		if (k > a && rc_punct(rc, k, "-"))
			return k;
		if (!rc_word(rc, k) && !rc_hyphen(rc, k))
			return 0;
		if (rc->tok[k].kind == NCG_TOK_WORD && !(rc->tok[k].flags & NCG_TF_UPPER) &&
		    rc->tok[k].e > rc->tok[k].b + 1)
			return 0;
	}
	return 0;
}

/* rules130: in capitals (a cable's), the headings of a lettered agenda
 * after a lead that names one and a colon ("FOUR ISSUES NOW DOMINATED
 * OUR MUTUAL AGENDA: A) NORTH-SOUTH DIALOGUE -- ... B) ECONOMIC
 * PROGRESS -- ..."): lines of work.  "A" right after the colon, then
 * each next letter at a line's start. */
static ncg_status
caps_agenda(rc_ctx *rc)
{
	char next = 0;

	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		for (size_t i = st->t0; rc->body_sent[s] && i < st->t1; i++) {
			size_t a = next ? letter_marker(rc, i, next) : 0, e;

			if (!a && i > 0 && rc_punct(rc, i - 1, ":") && agenda_lead(rc, i - 1) &&
			    (a = letter_marker(rc, i, 'A')) != 0)
				next = 'A';
			if (!a)
				continue;
			if ((e = agenda_heading_end(rc, a)) == 0 || e > st->t1) {
				next = 0;
				continue;
			}
			NCG_TRY(add_workstream_upto(rc, (uint32_t)s, a, e, 10));
			next++;
			i = e - 1;
		}
	}
	return NCG_OK;
}

/* fix91 (review87 6): the first token of sentence s that is a
 * lex:pillarNoun opening a list (pillar_noun_at), or SIZE_MAX: a
 * workstream mention after it was read from a pillar list. */
static size_t
pillar_start(const rc_ctx *rc, uint32_t s)
{
	const ncg_sentence *st = &rc->sent[s];

	for (size_t w = st->t0; w < st->t1; w++)
		if (rc_wl_ci(rc, w, NCG_WL_PILLAR_NOUN) && pillar_noun_at(rc, w, st->t1))
			return w;
	return SIZE_MAX;
}

/* rules263: the names of the workstream mentions read from a pillar
 * list so far, in ASCII lower case (names), so that each line's test
 * (listed_heading) is one look-up, not a walk over every mention: a
 * long list of one-line items after a pillar noun was quadratic.
 * upto: the mentions read into names; sent, first: the sentence of the
 * last one read and its pillar_start; low, cap: a buffer for a name in
 * lower case. */
typedef struct {
	ncg_strmap *names;
	size_t upto;
	uint32_t sent;
	size_t first;
	char *low;
	size_t cap;
} pillar_names;

/* n bytes of t in ASCII lower case into pn->low (NUL-terminated). */
static ncg_status
pillar_lower(pillar_names *pn, const char *t, size_t n)
{
	if (n >= pn->cap) {
		size_t cap = n + 1 > 2 * pn->cap ? n + 1 : 2 * pn->cap;
		char *low = realloc(pn->low, cap);

		if (!low)
			return NCG_ERR_NOMEM;
		pn->low = low;
		pn->cap = cap;
	}
	for (size_t k = 0; k < n; k++)
		pn->low[k] = (char)ncg_ascii_fold((unsigned char)t[k]);
	pn->low[n] = '\0';
	return NCG_OK;
}

/* Reads the mentions added since the last call into pn->names: a
 * workstream's with a name, after its sentence's pillar_start.  The
 * recognisers only append mentions while rc_workstreams runs, so those
 * read stay as they were. */
static ncg_status
pillar_names_update(const rc_ctx *rc, pillar_names *pn)
{
	for (; pn->upto < rc->nm; pn->upto++) {
		const ncg_mention *m = &rc->m[pn->upto];
		size_t n;

		if (m->kind != NCG_M_WORKSTREAM || !m->name)
			continue;
		if (m->sent != pn->sent) {
			pn->sent = m->sent;
			pn->first = pillar_start(rc, m->sent);
		}
		if (pn->first >= m->t0)
			continue;
		n = strlen(m->name);
		NCG_TRY(pillar_lower(pn, m->name, n));
		/* the value (any non-NULL pointer) only marks the name as present */
		NCG_TRY(ncg_strmap_putn(pn->names, pn->low, n, pn));
	}
	return NCG_OK;
}

/* rules263: is sentence h a heading that names a line of work a list
 * read before it: a line of its own, no full stop, its words those of
 * a workstream read ("... along three policy pillars: A; B; and C.",
 * then "A" on its own line)?  fix91 (review87 6): in any case ("TRADE
 * RULES"), and only a pillar's (pillar_names), so no heading that
 * repeats an agenda item ("Extended Deterrence") silences a paragraph. */
static ncg_status
listed_heading(rc_ctx *rc, pillar_names *pn, uint32_t h, int *yes)
{
	const ncg_sentence *st = &rc->sent[h];
	const char *text;
	size_t n;

	*yes = 0;
	if (st->t1 <= st->t0 || st->t1 >= rc->ntok || !(rc->tok[st->t0].flags & NCG_TF_LINE) ||
	    !(rc->tok[st->t1].flags & NCG_TF_LINE) || rc_punct(rc, st->t1 - 1, "."))
		return NCG_OK;
	NCG_TRY(rc_span(rc, st->t0, st->t1, &text));
	n = strlen(text);
	NCG_TRY(pillar_names_update(rc, pn));
	NCG_TRY(pillar_lower(pn, text, n));
	*yes = ncg_strmap_getn(pn->names, pn->low, n) != NULL;
	return NCG_OK;
}

/* rules263: is a sentence of the paragraph whose first sentence is p
 * (0: the text's first, none before it) under such a heading?  That
 * paragraph tells what the line of work holds ("The United States and
 * Japan agreed that this pillar would cover: A; B; and C", "... discussed
 * specific sectors where ..."): its lists are no lines of work of the
 * meeting. */
static ncg_status
under_listed_heading(rc_ctx *rc, pillar_names *pn, uint32_t p, int *yes)
{
	*yes = 0;
	return p > 0 ? listed_heading(rc, pn, p - 1, yes) : NCG_OK;
}

/* Is any token of the text a lex:pillarNoun?  With none, no workstream
 * is a pillar's (pillar_start), so no line is a listed heading
 * (listed_heading) and that test need not run. */
static int
any_pillar_noun(const rc_ctx *rc)
{
	for (size_t w = 0; w < rc->ntok; w++)
		if (rc_wl_ci(rc, w, NCG_WL_PILLAR_NOUN))
			return 1;
	return 0;
}

/* The lists of the body's sentences, but those under a listed heading
 * (pn->names NULL: the text has no pillar noun, none is). */
static ncg_status
sentences_workstreams(rc_ctx *rc, pillar_names *pn)
{
	uint32_t p = 0;	/* the last sentence opening a line, up to s */

	for (size_t s = 0; s < rc->nsent; s++) {
		int under = 0;

		if (rc->tok[rc->sent[s].t0].flags & NCG_TF_LINE)
			p = (uint32_t)s;
		if (rc->body_sent[s] && pn->names)
			NCG_TRY(under_listed_heading(rc, pn, p, &under));
		if (!rc->body_sent[s] || sequel_sentence(rc, (uint32_t)s) || under)
			continue;
		NCG_TRY(sentence_workstreams(rc, (uint32_t)s, before_full_stop(rc, (uint32_t)s)));
	}
	return NCG_OK;
}

ncg_status
rc_workstreams(rc_ctx *rc)
{
	pillar_names pn = { NULL, 0, UINT32_MAX, 0, NULL, 0 };
	ncg_status st;

	if (any_pillar_noun(rc) && (pn.names = ncg_strmap_new()) == NULL)
		return NCG_ERR_NOMEM;
	st = sentences_workstreams(rc, &pn);
	ncg_strmap_free(pn.names);
	free(pn.low);
	NCG_TRY(st);
	NCG_TRY(caps_agenda(rc));
	NCG_TRY(item_mentions(rc));
	for (size_t s = 0; s < rc->nsent; s++)
		if (rc->body_sent[s])
			NCG_TRY(known_workstreams(rc, (uint32_t)s));
	return NCG_OK;
}

/* rules10: n folded into out: ASCII lower case, spaces and hyphens
 * dropped; its length (0 when it does not fit). */
static size_t
fold_name(const char *n, char *out, size_t cap)
{
	size_t k = 0;

	for (; *n; n++) {
		if (*n == ' ' || *n == '-')
			continue;
		if (k + 1 >= cap)
			return 0;
		out[k++] = (char)ncg_ascii_fold((unsigned char)*n);
	}
	out[k] = '\0';
	return k;
}

/* rules10: does the name n end with the words of the class noun c, case,
 * spaces and hyphens aside ("... Committee Table-Top Exercise" and
 * "tabletop exercise")? */
static int
name_ends_with(const char *n, const char *c)
{
	char a[256], b[256];
	size_t na = fold_name(n, a, sizeof a), nb = fold_name(c, b, sizeof b);

	return nb >= 8 && na > nb && memcmp(a + na - nb, b, nb) == 0;
}

/* rules10: an unnamed activity, its class noun alone ("conducted a
 * tabletop exercise"), in a statement that names one whose name ends in
 * the same words ("the Deterrence Strategy Committee Table-Top
 * Exercise"), is that one. */
static void
resolve_class_nouns(rc_ctx *rc, size_t first)
{
	for (size_t k = first; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];

		if (m->kind != NCG_M_ACTIVITY || !m->name || m->name[0] < 'a' || m->name[0] > 'z')
			continue;
		for (size_t o = first; o < rc->nm; o++) {
			const ncg_mention *x = &rc->m[o];

			if (x->kind == NCG_M_ACTIVITY && x->name && x->name[0] >= 'A' &&
			    x->name[0] <= 'Z' && name_ends_with(x->name, m->name)) {
				m->key = x->key;
				break;
			}
		}
	}
}

/* ---- activities ---------------------------------------------------------------- */

/* Is token i a duration ("three-day", "multi-year"): its part after the
 * last hyphen a unit of time?  It says how long, not which one. */
static int
duration_word(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b, *h = NULL;
	size_t n = rc->tok[i].e - rc->tok[i].b;

	for (const char *p = w; p < w + n; p++)
		if (*p == '-')
			h = p + 1;
	return h && h < w + n &&
	       ncg_lexicon_has_word_ci(rc->lex, NCG_WL_TIME_DISTANCE, h, (size_t)(w + n - h));
}

/* Is the lower-case activity [c0, h] a particular one: singular, after an
 * article, with a hyphenated modifier or a two-word cue ("a new interagency
 * table-top simulation")? */
/* rules13: is an activity named before token i?  Then "the tabletop
 * exercise", the class noun alone after "the", refers back to it (a
 * "discussion-based exercise, named \"Iron Mace 24\"" ... "agreed to
 * continue conducting the tabletop exercise"), no activity of its own. */
static int
activity_before(const rc_ctx *rc, size_t i)
{
	for (size_t k = 0; k < rc->nm; k++)
		if (rc->m[k].kind == NCG_M_ACTIVITY && rc->m[k].t1 <= i)
			return 1;
	return 0;
}

/* Is token i a hyphenated compound with a lex:pairingLink between its
 * hyphens?  Mostly two parties ("military-to-military", "force-on-force":
 * who takes part, the kind of an activity, not one named), but any such
 * compound ("ship-to-shore", "day-to-day") counts: it only withholds the
 * hyphen's evidence of a particular activity, the safe side. */
static int
pairing_compound(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b, *e = rc->s + rc->tok[i].e;
	const char *p = memchr(w, '-', (size_t)(e - w));

	while (p && p + 1 < e) {
		const char *q = memchr(p + 1, '-', (size_t)(e - p - 1));

		if (!q)
			return 0;
		if (q > p + 1 &&
		    ncg_lexicon_has_word_ci(rc->lex, NCG_WL_PAIRING_LINK, p + 1, (size_t)(q - p - 1)))
			return 1;
		p = q;
	}
	return 0;
}

static int
lowercase_named(const rc_ctx *rc, size_t s0, size_t c0, size_t h)
{
	const char *w = rc->s + rc->tok[h].b;
	size_t n = rc->tok[h].e - rc->tok[h].b, a = c0;
	int hyphen = c0 < h;

	if (w[n - 1] == 's')
		return 0;                 /* plural: a kind of work, not one */
	/* rules8: "an exercise called Freedom Edge": the name is the one */
	if (rc_wl_match(rc, h + 1, rc->ntok, NCG_WL_NAMING_CUE, 0))
		return 0;
	while (a > s0 && rc_lower(rc, a - 1) && !rc_wl(rc, a - 1, NCG_WL_ACTIVITY_NAME_STOP) && c0 - a < 4) {
		a--;
		/* "the military-to-military exercise between A and B": a
		 * compound of two parties makes no particular one */
		if (memchr(rc->s + rc->tok[a].b, '-', rc->tok[a].e - rc->tok[a].b) &&
		    !duration_word(rc, a) && !pairing_compound(rc, a))
			hyphen = 1;
	}
	/* "an NCG tabletop simulation": a capitalised modifier */
	if (a > s0 && (rc->tok[a - 1].flags & NCG_TF_UPPER) && a - 1 > s0 &&
	    !rc_claimed(rc, a - 1, a, RC_CLAIM_PLACE | RC_CLAIM_NAME)) {
		a--;
		hyphen = 1;
	}
	/* "the fourth NCG table-top simulation": an ordinal after the article */
	if (a > s0 + 1 && rc_ordinal_word(rc, a - 1, &(size_t){0}))
		a--;
	return hyphen && a > s0 && (rc_wl(rc, a - 1, NCG_WL_INDEFINITE_ARTICLE) ||
	                            (rc_wl(rc, a - 1, NCG_WL_DEFINITE_ARTICLE) && !(a == c0 && activity_before(rc, a))));
}

/* "Freedom Edge, a trilateral multi-domain exercise": an apposition
 * describing the activity just named, not another one.  a is the first
 * word of the description. */
static int
apposition(const rc_ctx *rc, size_t s0, size_t a)
{
	while (a > s0 && (rc_lower(rc, a - 1) || rc_cap(rc, a - 1) ||
	                  (rc->tok[a - 1].flags & NCG_TF_UPPER)) &&
	       !rc_wl(rc, a - 1, NCG_WL_INDEFINITE_ARTICLE) && !rc_wl(rc, a - 1, NCG_WL_DEFINITE_ARTICLE))
		a--;
	return a >= s0 + 3 && (rc_wl(rc, a - 1, NCG_WL_INDEFINITE_ARTICLE) ||
	                       rc_wl(rc, a - 1, NCG_WL_DEFINITE_ARTICLE)) &&
	       rc_punct(rc, a - 2, ",") && rc_mention_at(rc, NCG_M_ACTIVITY, a - 3);
}

/* May an activity kind's cue end at token h, by its text alone: no when
 * the text is ASCII and no cue ends in it (RC_TAIL_NONE), else
 * RC_TAIL_MAY; kept in rc->activity_tail (speed only) */
static int
activity_tail(const rc_ctx *rc, size_t h)
{
	size_t k = rc->same ? rc->same[h] : h, b = rc->tok[k].b, n = rc->tok[k].e - b;
	int v = RC_TAIL_NONE;

	if (rc->activity_tail && rc->activity_tail[k] != RC_TAIL_UNKNOWN)
		return rc->activity_tail[k];
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)rc->s[b + i] >= 0x80)
			v = RC_TAIL_MAY;
	if (v == RC_TAIL_NONE && ncg_lexicon_cue_tail(rc->lex, NCG_LEX_ACTIVITY_KIND, rc->s + b, n))
		v = RC_TAIL_MAY;
	if (rc->activity_tail)
		rc->activity_tail[k] = (uint8_t)v;
	return v;
}

/* Which activity kind has a cue ending at token h (cue over [c0, h+1))? */
static const ncg_lex_entry *
activity_cue_at(const rc_ctx *rc, size_t t0, size_t h, size_t *c0)
{
	const ncg_lex_entry *best = NULL;
	size_t bestlen = 0, hb = rc->tok[h].b, hl = rc->tok[h].e - hb;
	int ascii = 1;
	const ncg_lex_wording *cues;
	size_t ncues;

	/* speed only: no cue ends in h's text, so none ends at h (told once
	 * per text) */
	if (activity_tail(rc, h) == RC_TAIL_NONE)
		return NULL;
	for (size_t b = 0; b < hl; b++)
		if ((unsigned char)rc->s[hb + b] >= 0x80)
			ascii = 0;
	/* speed only: the cues that can end at h's last byte, in lexicon order */
	ncues = ncg_lexicon_cues_ending(rc->lex, NCG_LEX_ACTIVITY_KIND,
	                                ascii && hl ? (unsigned char)rc->s[hb + hl - 1] : -1,
	                                &cues);
	for (size_t ci = 0; ci < ncues; ci++) {
		const ncg_lex_entry *k = cues[ci].entry;

		{
			const char *cue = cues[ci].wording;
			size_t cl = cues[ci].len != UINT16_MAX ? cues[ci].len : strlen(cue);

			/* speed only: a cue matched exactly up to the end of an ASCII
			 * token h matched its bytes one for one with its last hl
			 * characters; when those are ASCII, they are h's bytes */
			if (ascii) {
				int tail_ascii = cues[ci].nonascii_end != UINT16_MAX &&
				                 cues[ci].nonascii_end <= cl - hl;

				if (cl < hl)
					continue;
				if (tail_ascii && memcmp(cue + cl - hl, rc->s + hb, hl) != 0)
					continue;
			}
			for (size_t st = h + 1; st-- > t0 && h + 1 - st <= 4;)
				if (rc_match(rc, st, h + 1, cue, 1) == h + 1 &&
				    h + 1 - st > bestlen) {
					best = k;
					bestlen = h + 1 - st;
					*c0 = st;
				}
		}
	}
	return best;
}

static ncg_status
add_activity(rc_ctx *rc, uint32_t s, size_t a, size_t b, const ncg_lex_entry *kind,
             const char *acronym, size_t claim_end)
{
	ncg_mention *m;

	NCG_TRY(rc_add(rc, NCG_M_ACTIVITY, s, a, b, &m));
	NCG_TRY(rc_span(rc, a, b, &m->name));
	NCG_TRY(rc_key(rc, "activity", m->name, &m->key));
	m->activity.type_key = kind->key;
	m->activity.acronym = acronym;
	rc_claim(rc, a, claim_end, RC_CLAIM_ITEM);
	/* when: "this November", "in July 2024" right after */
	for (size_t k = claim_end; k < claim_end + 3 && k < rc->sent[s].t1; k++) {
		ncg_mention *d = rc_mention_at(rc, NCG_M_DATE, k);

		if (d) {
			m->activity.when = d->date;
			break;
		}
		if (rc_punct(rc, k, ",") || rc_punct(rc, k, ";"))
			break;
	}
	return NCG_OK;
}

/* A recurring activity known by name at token i ("Freedom Shield",
 * "Ulchi Freedom Shield 25"): its kind, and *end. */
static const ncg_lex_entry *
series_at(const rc_ctx *rc, size_t i, size_t lim, size_t *end)
{
	const ncg_lex_wording *w = rc_lex_longest(rc, i, lim, 1u << NCG_LEX_ACTIVITY_KIND,
	                                          1u << NCG_LEXW_PREFIX, end);

	if (!w)
		return NULL;
	if (*end < lim && rc->tok[*end].kind == NCG_TOK_NUMBER &&
	    (rc->tok[*end].e - rc->tok[*end].b == 2 || rc->tok[*end].e - rc->tok[*end].b == 4))
		(*end)++;                 /* the year: "Freedom Shield 24" */
	return w->entry;
}

/* A capitalised name ending in a two-digit or four-digit year, as
 * exercises are named ("Iron Mace 24"); returns its end or 0.  *run_end
 * caches the end of the capitalised run last scanned (0 at first): a
 * later start inside that run ends where it ends, so that a long run is
 * scanned once, not from every start (issue 7).  Valid while the tokens
 * after the start keep their claims. */
/* rules95: is [a, b) written in capitals: no lower-case ASCII letter in
 * it, and a word of two capitals or more? */
static int
all_upper(const rc_ctx *rc, size_t a, size_t b)
{
	if (!rc_no_lower(rc, a, b))
		return 0;
	for (size_t k = a; k < b; k++)
		if (rc->tok[k].flags & NCG_TF_UPPER)
			return 1;
	return 0;
}

/* The first token of the line of token i, looked back at most twelve
 * tokens; SIZE_MAX when not found. */
static size_t
line_start(const rc_ctx *rc, size_t i)
{
	size_t a = i;

	while (a > 0 && i - a < 12 && !(rc->tok[a].flags & NCG_TF_LINE))
		a--;
	return (rc->tok[a].flags & NCG_TF_LINE) ? a : SIZE_MAX;
}

/* Does a line open at a with a lex:cableRoutingKey in capitals? */
static int
routing_key_at(const rc_ctx *rc, size_t a)
{
	return a < rc->ntok && (rc->tok[a].flags & NCG_TF_LINE) && (rc->tok[a].flags & NCG_TF_UPPER) &&
	       rc_wl_ci(rc, a, NCG_WL_CABLE_ROUTING_KEY);
}

/* rules122: does token i stand on a cable's routing line: a line opened,
 * in capitals, by a lex:cableRoutingKey ("TO SECSTATE WASHDC IMMEDIATE
 * 51"), in a block of such lines (the line before or after one too, "FM
 * AMEMBASSY SEOUL"), not prose wrapped before a "TO"? */
static int
on_routing_line(const rc_ctx *rc, size_t i)
{
	size_t a = line_start(rc, i), p, n;

	if (a == SIZE_MAX || !routing_key_at(rc, a))
		return 0;
	p = a > 0 ? line_start(rc, a - 1) : SIZE_MAX;
	for (n = a + 1; n < rc->ntok && n < a + 12 && !(rc->tok[n].flags & NCG_TF_LINE); n++)
		;
	return (p != SIZE_MAX && routing_key_at(rc, p)) || routing_key_at(rc, n);
}

/* rules122: is the number j, in capitals, one of a run of a cable's
 * number groups, another number after it on its line ("INT ZEZE 00 50A
 * DE", an OCR'd cable's routing)?  A year ends a name; no number follows
 * it. */
static int
number_group_after(const rc_ctx *rc, size_t j, size_t lim)
{
	return j + 1 < lim && rc->tok[j + 1].kind == NCG_TOK_NUMBER &&
	       !(rc->tok[j + 1].flags & NCG_TF_LINE);
}

/* rules154: is the number j the first of a count, "of" and another
 * number after it ("SECTION 01 OF 02", a cable's section line; "Page 2
 * of 7")?  It counts parts of the text; it is no year of a name. */
static int
count_of_after(const rc_ctx *rc, size_t j, size_t lim)
{
	return j + 2 < lim && rc_ieq(rc, j + 1, "of") && rc->tok[j + 2].kind == NCG_TOK_NUMBER;
}

static size_t
numbered_name_at(const rc_ctx *rc, size_t i, size_t lim, size_t *run_end)
{
	size_t j = i;

	if (i < *run_end)
		j = *run_end;
	else
		while (j < lim && rc_cap(rc, j) && !rc_claimed(rc, j, j + 1, RC_CLAIM_BODY |
		       RC_CLAIM_PLACE | RC_CLAIM_NAME | RC_CLAIM_DATE | RC_CLAIM_ITEM |
		       RC_CLAIM_MARKING) &&
		       !rc_wl(rc, j, NCG_WL_DOCUMENT_HEAD) && !rc_wl(rc, j, NCG_WL_BODY_HEAD) &&
		       /* rules95: a headline's verb ends it ("KFTC Discusses
		        * 2024 Competition Policy ...") */
		       !rc_headline_verb_at(rc, j) && !rc_month_at(rc, j))
			j++;
	if (j > i)
		*run_end = j;
	if (j - i < 2 || j >= lim || rc->tok[j].kind != NCG_TOK_NUMBER)
		return 0;
	/* rules95: a run in capitals ("TO HOLD TEAM SPIRIT 94", a cable)
	 * cannot tell prose from a name: the name is its last two words,
	 * and none of them a lex:activityNameStop ("STATING THAT 11") */
	if (all_upper(rc, i, j) && (j - i > 2 || rc_wl_ci(rc, i, NCG_WL_ACTIVITY_NAME_STOP) ||
	                            rc_wl_ci(rc, i + 1, NCG_WL_ACTIVITY_NAME_STOP) ||
	                            on_routing_line(rc, i) || number_group_after(rc, j, lim)))
		return 0;
	/* rules8: a preposition opens no name ("Under Title 17"); rules13:
	 * a number that opens a date is the day ("Jane Roe 05 Jun 2024", a
	 * byline) */
	if (rc_wl(rc, i, NCG_WL_NAME_PREPOSITION) || rc_claimed(rc, j, j + 1, RC_CLAIM_DATE) ||
	    (j + 1 < lim && rc_month_at(rc, j + 1)) || count_of_after(rc, j, lim))
		return 0;
	/* rules31: a preposition's object or a length of time ("Koreans
	 * Return Home After 68 Years", a headline): no year of a name */
	/* rules122: nor a percentage ("Up To 25% Off", a page's banner) */
	if (rc_wl(rc, j - 1, NCG_WL_NAME_PREPOSITION) ||
	    (j + 1 < lim && rc_wl_ci(rc, j + 1, NCG_WL_TIME_DISTANCE)) ||
	    (j + 1 < lim && rc_punct(rc, j + 1, "%") && rc_adjacent(rc, j + 1)) ||
	    /* rules128: nor a share in words ("FLAG VESSELS 33 PERCENT") */
	    (j + 1 < lim && rc_wl_match(rc, j + 1, lim, NCG_WL_QUANTITY_UNIT, 0)))
		return 0;
	if (rc->tok[j].e - rc->tok[j].b == 2 ||
	    (rc->tok[j].e - rc->tok[j].b == 4 && rc->s[rc->tok[j].b] == '2'))
		return j + 1;
	return 0;
}

static const ncg_lex_entry *
kind_by_key(const rc_ctx *rc, const char *key)
{
	const ncg_lex_entry *e = ncg_lexicon_by_key(rc->lex, key);

	return e && e->kind == NCG_LEX_ACTIVITY_KIND ? e : NULL;
}

/* rules221: the kind of an activity's name alone (lex:defaultConcept) */
static const ncg_lex_entry *
default_kind(const rc_ctx *rc)
{
	const char *dk = ncg_lexicon_scheme(rc->lex, NCG_LEX_ACTIVITY_KIND)->default_key;

	return dk ? kind_by_key(rc, dk) : NULL;
}

/* rules13: a name in quotation marks, then in apposition an indefinite
 * article and a class noun of activities ("\u201cKeen Edge,\u201d a joint
 * exercise conducted by ..."): the name, capitalised from i, is that
 * kind's activity.  Its kind and *end, or NULL. */
static const ncg_lex_entry *
quoted_apposition_at(const rc_ctx *rc, size_t i, size_t lim, size_t *end)
{
	size_t e = i, k, c0;

	if (i == 0 || !rc_double_quote(rc, i - 1))
		return NULL;
	while (e < lim && e < i + 4 && rc_cap(rc, e))
		e++;
	k = e;
	/* the comma inside the quotation or after it */
	k += k < lim && rc_punct(rc, k, ",");
	k += k < lim && rc_double_quote(rc, k);
	k += k < lim && rc_punct(rc, k, ",");
	if (e == i || k == e || k >= lim || !rc_wl(rc, k, NCG_WL_INDEFINITE_ARTICLE))
		return NULL;
	for (size_t h = k + 1; h < lim && h < k + 5 && rc_lower(rc, h); h++) {
		const ncg_lex_entry *kind = activity_cue_at(rc, k + 1, h, &c0);

		if (kind && c0 > k) {
			*end = e;
			return kind;
		}
	}
	return NULL;
}

/* rules234: is the numbered name ending at e (its year at e - 1) a
 * gathering's: its last word before the year the head of a meeting
 * series' name (lex:seriesHead: "the Royal Australian Navy's Sea Power
 * Conference 2022") or a lower-case lex:meetingNoun right after the year
 * ("on the sidelines of the Asan Plenum 2023 conference, a security
 * forum")?  A conference or forum of that year, no exercise ("Freedom
 * Shield 24", "Talisman Sabre 2023 exercise"). */
static int
gathering_by_year(const rc_ctx *rc, size_t e, size_t lim)
{
	return (e >= 2 && rc_wl(rc, e - 2, NCG_WL_SERIES_HEAD)) ||
	       (e < lim && rc_lower(rc, e) && rc_wl(rc, e, NCG_WL_MEETING_NOUN));
}

/* rules253: is the numbered name ending at e (its year at e - 1) a
 * public event's, its last word before the year a lex:publicEventHead
 * ("support for the Busan World Expo 2030", Haps Korea)?  A fair or
 * games of that year, no exercise ("Iron Mace 24", "Foal Eagle 2014"). */
static int
public_event_by_year(const rc_ctx *rc, size_t e)
{
	return e >= 2 && rc_wl(rc, e - 2, NCG_WL_PUBLIC_EVENT_HEAD);
}

/* rules35: after a numbered name ending at e, an apposition that names
 * a document: a comma, an indefinite article and, in the next four
 * lower-case words, a lex:documentNoun ("the Strategic Alliance 2015, a
 * comprehensive roadmap needed to ..."): a plan so named, no exercise. */
static int
document_apposition(const rc_ctx *rc, size_t e, size_t lim)
{
	if (e + 2 >= lim || !rc_punct(rc, e, ",") || !rc_wl(rc, e + 1, NCG_WL_INDEFINITE_ARTICLE))
		return 0;
	for (size_t h = e + 2; h < lim && h < e + 6 && rc_lower(rc, h); h++)
		if (rc_wl(rc, h, NCG_WL_DOCUMENT_NOUN))
			return 1;
	return 0;
}

/* rules264: an exercise named after its capitalised class word in
 * capitals ("such as Exercise SOUTHERN JACKAROO", "Exercise PITCH
 * BLACK"): the class word at i, capitalised, not in capitals itself (a
 * telegram's or a cable header's "EXERCISE" is no such word), an
 * activity cue of its own, then one to four words in capitals, the
 * capitals going no further, none read as a body, place, person or date.
 * The kind, *e the name's end (the class word is part of the name); NULL
 * when none. */
static const ncg_lex_entry *
upper_named_exercise(const rc_ctx *rc, size_t t0, size_t i, size_t lim, size_t *e)
{
	const ncg_lex_entry *kind;
	size_t c0, k = i + 1;

	if (k >= lim || !rc_cap(rc, i) || (rc->tok[i].flags & NCG_TF_UPPER) ||
	    !(rc->tok[k].flags & NCG_TF_UPPER))
		return NULL;
	/* an imperative "Exercise" ("should Exercise INCREASED CAUTION",
	 * "to Exercise ...", a sentence's first word) names no exercise */
	if (i <= t0 || rc_wl(rc, i - 1, NCG_WL_MODAL))
		return NULL;
	while (k < lim && k - i <= 4 && (rc->tok[k].flags & NCG_TF_UPPER) &&
	       !rc_claimed(rc, k, k + 1, RC_CLAIM_BODY | RC_CLAIM_PLACE | RC_CLAIM_NAME |
	                   RC_CLAIM_DATE))
		k++;
	if (k < lim && (rc->tok[k].flags & NCG_TF_UPPER))
		return NULL;
	if ((kind = activity_cue_at(rc, t0, i, &c0)) == NULL || c0 != i)
		return NULL;
	*e = k;
	return kind;
}

/* Named activities without a head noun: "Ulchi Freedom Shield 25",
 * "the combined exercise Freedom Shield 24", "Freedom Edge, a trilateral
 * exercise". */
static ncg_status
named_activities(rc_ctx *rc, uint32_t s)
{
	const ncg_sentence *st = &rc->sent[s];
	/* the kind of a numbered name alone (lex:defaultConcept) */
	const ncg_lex_entry *dflt = default_kind(rc);
	size_t run_end = 0;

	for (size_t i = st->t0; i < st->t1; i++) {
		size_t e = 0, c0;
		const ncg_lex_entry *kind = NULL;

		if (rc_claimed(rc, i, i + 1, RC_CLAIM_ITEM | RC_CLAIM_NAME | RC_CLAIM_BODY |
		               RC_CLAIM_DATE | RC_CLAIM_PLACE | RC_CLAIM_MARKING))
			continue;
		if ((kind = series_at(rc, i, st->t1, &e)) == NULL) {
			/* after its kind: "exercise Freedom Shield 24" */
			if (i > st->t0 && rc_lower(rc, i - 1) && rc_cap(rc, i) && !rc_weekday_at(rc, i) &&
			    !rc_month_at(rc, i) &&
			    (kind = activity_cue_at(rc, st->t0, i - 1, &c0)) != NULL) {
				e = i;
				while (e < st->t1 && e - i < 5 && (rc_cap(rc, e) ||
				       (e > i && rc->tok[e].kind == NCG_TOK_NUMBER)) &&
				       !rc_claimed(rc, e, e + 1, RC_CLAIM_BODY | RC_CLAIM_PLACE |
				                   RC_CLAIM_NAME | RC_CLAIM_DATE))
					e++;
				if (rc_wl(rc, e - 1, NCG_WL_BODY_HEAD) || rc_wl(rc, e - 1, NCG_WL_DOCUMENT_HEAD))
					kind = NULL;
			} else if ((kind = upper_named_exercise(rc, st->t0, i, st->t1, &e)) != NULL) {
				/* "Exercise SOUTHERN JACKAROO": kind and name */
			} else if ((e = numbered_name_at(rc, i, st->t1, &run_end)) != 0) {
				kind = document_apposition(rc, e, st->t1) || gathering_by_year(rc, e, st->t1) ||
				       public_event_by_year(rc, e) ? NULL : dflt;
			} else {
				kind = quoted_apposition_at(rc, i, st->t1, &e);
			}
		}
		if (!kind || e <= i)
			continue;
		NCG_TRY(add_activity(rc, s, i, e, kind, NULL, e));
		i = e - 1;
	}
	return NCG_OK;
}

/* rules221: what no example exercise's name may hold: a country, body,
 * person, place, date or title read before. */
#define EXAMPLE_BLOCKED (RC_CLAIM_NAME | RC_CLAIM_BODY | RC_CLAIM_PLACE | RC_CLAIM_DATE | \
                         RC_CLAIM_TITLE | RC_CLAIM_MARKING)

/* rules263: does a purpose infinitive open at token e ("to develop")?
 * fix91 (review87 2): its verb a lex:purposeVerb, so no "to be held",
 * "to take place later this year", "to start in April" (to come). */
static int
purpose_infinitive(const rc_ctx *rc, size_t e, size_t lim)
{
	return e + 1 < lim && is_infinitive_to(rc, e) && rc_lower(rc, e + 1) &&
	       rc_wl(rc, e + 1, NCG_WL_PURPOSE_VERB);
}

/* rules287: is token i a compound that tells who leads or hosts a named
 * event, a hyphen and a lex:sponsorParticiple ending it ("exercises like
 * Pacific Partnership and Australian-led Kakadu", "the Japan-hosted
 * Resolute Dragon exercise")?  It modifies the name and is no word of
 * it. */
static int
sponsor_compound(const rc_ctx *rc, size_t i)
{
	/* any ASCII case: headlines title-case it ("Australian-Led Kakadu
	 * Exercise Concludes") */
	return rc_wl_suffix_at(rc, i, NCG_WL_SPONSOR_PARTICIPLE, '-', 1);
}

/* rules221: the end of a named example at i, in a list after a noun of
 * exercises: one to four capitalised words, maybe a two- or four-digit
 * year after them ("Resilient Shield", "Pitch Black 24"); 0 when none,
 * or when the capitals go on past them or into what was read as a
 * country, body, person or place ("Japan", "U.S. Forces Korea"), a
 * month, a weekday or a determiner ("The"), or end in the head of a
 * body's or document's name. */
static size_t
example_name_end(const rc_ctx *rc, size_t i, size_t lim)
{
	size_t e = i, n;
	const char *keys[2];

	while (e < lim && e < i + 4 && rc_cap(rc, e) && !rc_claimed(rc, e, e + 1, EXAMPLE_BLOCKED) &&
	       !rc_wl(rc, e, NCG_WL_CAPITAL_DETERMINER) && !rc_month_at(rc, e) &&
	       !rc_weekday_at(rc, e) && !rc_country_prefix_at(rc, e, lim, keys, &(size_t){0}))
		e++;
	if (e == i || rc_wl(rc, e - 1, NCG_WL_BODY_HEAD) || rc_wl(rc, e - 1, NCG_WL_DOCUMENT_HEAD))
		return 0;
	n = e < lim ? rc->tok[e].e - rc->tok[e].b : 0;
	if (e < lim && rc->tok[e].kind == NCG_TOK_NUMBER && (n == 2 || n == 4))
		e++;
	/* more capitals right after: no name of its own */
	if (e < lim && (rc_cap(rc, e) || (rc->tok[e].flags & NCG_TF_UPPER)))
		return 0;
	/* fix69 (review69): nor when it runs on into a lower-case word
	 * ("Rim of the Pacific", "Typhon missile deployments"), but for a
	 * conjunction or a relative time ("Red Flag 24 this year");
	 * rules263: or a purpose infinitive ("participation in exercises
	 * such as Balikatan to develop warfighting skills"), not "to be"
	 * (to come: "exercises such as X to be held next year") */
	if (e < lim && rc_lower(rc, e) && !is_conjunction(rc, e) && !purpose_infinitive(rc, e, lim) &&
	    !rc_wl(rc, e, NCG_WL_RELATIVE_THIS) && !rc_wl(rc, e, NCG_WL_RELATIVE_NEXT) &&
	    !rc_wl(rc, e, NCG_WL_RELATIVE_LAST))
		return 0;
	return e;
}

/* rules221: the names in the list of examples from i (after "exercises
 * such as"): their spans into span[] (at most cap), how many; 0 when
 * one of them is no name (a country, body, person; a lower-case first
 * item: "live-fire drills").  A name read before as an activity
 * ("Freedom Shield") is one of the list, not again.  The list ends at a
 * lower-case word after its separator ("..., and numerous other
 * bilateral engagements") or at anything but a separator. */
static size_t
example_names(const rc_ctx *rc, size_t i, size_t lim, size_t (*span)[2], size_t cap)
{
	size_t n = 0, known = 0;

	while (i < lim) {
		size_t e, j;

		/* rules287: "Australian-led Kakadu" names "Kakadu" */
		if (i + 1 < lim && rc_cap(rc, i + 1) && sponsor_compound(rc, i))
			i++;
		if (rc_mention_at(rc, NCG_M_ACTIVITY, i)) {
			for (e = i; e < lim && rc_claimed(rc, e, e + 1, RC_CLAIM_ITEM); e++)
				;
			known++;
		} else if ((e = example_name_end(rc, i, lim)) != 0 && n < cap) {
			span[n][0] = i;
			span[n++][1] = e;
		} else {
			return 0;
		}
		j = e + (e < lim && rc_punct(rc, e, ","));
		j += j < lim && is_conjunction(rc, j);
		/* fix69 (review69): "and" with no comma before a lower-case
		 * word joins one phrase ("Marines and sailors") */
		if (j == e + 1 && j < lim && is_conjunction(rc, e) && rc_lower(rc, j))
			return 0;
		if (j == e || j >= lim || rc_lower(rc, j))
			break;
		i = j;
	}
	return n + known > 0 ? n : 0;
}

/* fix69 (review69): is token k a year before the statement's ("maneuvers
 * such as Desert Storm in 1991")? */
static int
example_old_year(const rc_ctx *rc, size_t k)
{
	const char *p = rc->s + rc->tok[k].b;
	int y;

	if (rc->tok[k].kind != NCG_TOK_NUMBER || rc->tok[k].e - rc->tok[k].b != 4 ||
	    rc->head.issued_y <= 0)
		return 0;
	for (int d = 0; d < 4; d++)
		if (p[d] < '0' || p[d] > '9')
			return 0;
	y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
	return y >= 1900 && y < rc->head.issued_y;
}

/* fix69 (review69): are the examples in sentence s no exercises of the
 * meeting's sides: a country or person named in it, a possessor ("China's
 * recent military drills, such as Strait Thunder"; "Russia held drills
 * like Zapad"), a body (fix71b: "noted PLA exercises such as Joint
 * Sword"), a year before the statement's, or a word of
 * lex:exampleVetoCue ("India had cancelled exercises such as Tiger
 * Triumph"; "agreed to halt exercises such as Yudh Abhyas")? */
static int
example_vetoed(const rc_ctx *rc, const ncg_sentence *st)
{
	const char *keys[2];

	for (size_t k = st->t0; k < st->t1; k++)
		if (rc_claimed(rc, k, k + 1, RC_CLAIM_NAME) || rc_apostrophe_s(rc, k) ||
		    example_old_year(rc, k) ||
		    rc_mention_at(rc, NCG_M_BODY, k) ||
		    rc_country_prefix_at(rc, k, st->t1, keys, &(size_t){0}) ||
		    rc_wl_match(rc, k, st->t1, NCG_WL_EXAMPLE_VETO_CUE, 0))
			return 1;
	return 0;
}

/* rules221: named exercises given as examples after a plural noun of
 * exercises and an opener ("participated in exercises such as Noble
 * Fusion, Sea Dragon, Resilient Shield, and numerous other bilateral
 * engagements"; "future bilateral exercises, including Kamandag and
 * Balikatan"; "exercises like Red Flag"): each name an activity of the
 * kind of a name alone (kind).  Not "exercises with partners such as
 * Japan" (the opener after another noun), nor "exercises such as
 * live-fire drills" (no name). */
static ncg_status
example_exercises(rc_ctx *rc, uint32_t s, const ncg_lex_entry *kind)
{
	const ncg_sentence *st = &rc->sent[s];

	if (!kind || example_vetoed(rc, st))
		return NCG_OK;
	for (size_t h = st->t0; h + 2 < st->t1; h++) {
		size_t span[8][2], n, o, i;

		if (!rc_lower(rc, h) || !rc_wl(rc, h, NCG_WL_EXERCISE_CLASS_NOUN))
			continue;
		o = h + 1 + rc_punct(rc, h + 1, ",");
		if ((i = rc_wl_match(rc, o, st->t1, NCG_WL_EXAMPLE_OPENER, 0)) == 0 ||
		    (n = example_names(rc, i, st->t1, span, 8)) == 0)
			continue;
		for (size_t k = 0; k < n; k++)
			NCG_TRY(add_activity(rc, s, span[k][0], span[k][1], kind, NULL, span[k][1]));
		h = span[n - 1][1] - 1;
	}
	return NCG_OK;
}

/* Which tokens are in the words of an asset's visibility event ("a B-1B
 * bomber conducted a precision-guided bombing drill")?  One flag per
 * token, marked once rather than looked up among every mention for every
 * token (issue 7); NULL when out of memory.  The caller frees it. */
static uint8_t *
asset_event_tokens(const rc_ctx *rc)
{
	long *depth = calloc(rc->ntok + 1, sizeof *depth);
	uint8_t *in = calloc(rc->ntok + 1, 1);
	long d = 0;

	if (!depth || !in) {
		free(depth);
		free(in);
		return NULL;
	}
	for (size_t k = 0; k < rc->nm; k++)
		if (rc->m[k].kind == NCG_M_ASSET && rc->m[k].asset.event.t0 < rc->m[k].asset.event.t1 &&
		    rc->m[k].asset.event.t0 < rc->ntok) {
			depth[rc->m[k].asset.event.t0]++;
			depth[rc->m[k].asset.event.t1 < rc->ntok ? rc->m[k].asset.event.t1 : rc->ntok]--;
		}
	for (size_t i = 0; i < rc->ntok; i++) {
		d += depth[i];
		in[i] = d > 0;
	}
	free(depth);
	return in;
}

/* "the Iron Mace series" where "Iron Mace 24" is named: the numbered
 * one is meant, not another activity. */
static void
resolve_series(rc_ctx *rc, size_t first)
{
	for (size_t k = first; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		size_t n;

		if (m->kind != NCG_M_ACTIVITY || !m->name)
			continue;
		n = strlen(m->name);
		for (size_t o = first; o < rc->nm; o++) {
			const ncg_mention *x = &rc->m[o];

			if (o != k && x->kind == NCG_M_ACTIVITY && x->name && strlen(x->name) > n + 1 &&
			    strncmp(x->name, m->name, n) == 0 && x->name[n] == ' ' &&
			    x->name[n + 1] >= '0' && x->name[n + 1] <= '9') {
				m->key = x->key;
				m->name = x->name;
				break;
			}
		}
	}
}

#define NO_START ((size_t)-1)

/* "Nuclear Deterrence Immersion Course", "NCG Simulation": a capitalised
 * cue at c0 and the capitalised words before it. */
static size_t
capitalised_start(const rc_ctx *rc, size_t t0, size_t c0, int acr)
{
	size_t a = c0;

	/* rules10: not back over a verb of meeting, in a headline's case
	 * ("S. Korea, US Hold Simulation Drills") */
	while (a > t0 && (rc_cap(rc, a - 1) || (rc->tok[a - 1].flags & NCG_TF_UPPER)) &&
	       !rc_wl(rc, a - 1, NCG_WL_CAPITAL_DETERMINER) &&
	       !rc_claimed(rc, a - 1, a, RC_CLAIM_NAME | RC_CLAIM_DATE | RC_CLAIM_ITEM) &&
	       !rc_meeting_verb(rc, a - 1))
		a--;
	/* rules31: a preposition opens no name ("Of course", a sentence's
	 * first words); rules287: nor a compound of who leads it
	 * ("Japan-hosted Resolute Dragon Exercise") */
	while (a < c0 && (rc_wl(rc, a, NCG_WL_NAME_PREPOSITION) || sponsor_compound(rc, a)))
		a++;
	return a == c0 && !acr ? NO_START : a;     /* a bare "Course" */
}

/* "a military-to-military table-top exercise (TTX)", "a new interagency
 * table-top simulation", "NCG table-top exercise (TTX)": the lower-case
 * words before the cue, and an acronym before them. */
static size_t
lowercase_start(const rc_ctx *rc, size_t t0, size_t c0)
{
	size_t a = c0;

	/* rules10: one word in quotation marks just before the class noun
	 * ("the discussion-based \"table-top\" exercise") */
	if (a >= t0 + 3 && rc_double_quote(rc, a - 1) && rc_lower(rc, a - 2) &&
	    rc_double_quote(rc, a - 3) && !rc_wl(rc, a - 2, NCG_WL_ACTIVITY_NAME_STOP))
		return apposition(rc, t0, a - 3) ? NO_START : a - 3;
	while (a > t0 && rc_lower(rc, a - 1) && !rc_wl(rc, a - 1, NCG_WL_ACTIVITY_NAME_STOP) &&
	       !rc_is(rc, a - 1, "new"))
		a--;
	if (a > t0 && (rc->tok[a - 1].flags & NCG_TF_UPPER) &&
	    !rc_claimed(rc, a - 1, a, RC_CLAIM_PLACE | RC_CLAIM_NAME))
		a--;
	return apposition(rc, t0, a) ? NO_START : a;
}

/* "the Freedom Edge exercise": a name before a lower-case cue. */
static size_t
name_before_cue_start(const rc_ctx *rc, size_t t0, size_t c0)
{
	size_t a;

	if (c0 <= t0 || !rc_cap(rc, c0 - 1) ||
	    rc_wl(rc, c0 - 1, NCG_WL_CAPITAL_DETERMINER) ||
	    rc_claimed(rc, c0 - 1, c0, RC_CLAIM_BODY | RC_CLAIM_PLACE | RC_CLAIM_NAME |
	               RC_CLAIM_DATE | RC_CLAIM_ITEM))
		return NO_START;
	a = c0 - 1;
	while (a > t0 && rc_cap(rc, a - 1) &&
	       !rc_wl(rc, a - 1, NCG_WL_CAPITAL_DETERMINER) &&
	       !rc_claimed(rc, a - 1, a, RC_CLAIM_BODY | RC_CLAIM_PLACE | RC_CLAIM_NAME |
	                   RC_CLAIM_DATE))
		a--;
	/* rules31: a preposition opens no name ("Of course"); rules287:
	 * nor a compound of who leads it ("the Japan-hosted Resolute Dragon
	 * exercise") */
	while (a < c0 && (rc_wl(rc, a, NCG_WL_NAME_PREPOSITION) || sponsor_compound(rc, a)))
		a++;
	return a == c0 ? NO_START : a;
}

static int
plural_cue(const rc_ctx *rc, size_t h)
{
	return rc->s[rc->tok[h].e - 1] == 's';
}

/* Is token k the singular of a service's members' plural ("Marine" of
 * lex:memberPlural "Marines": "The Marine exercises")? */
static int
member_singular(const rc_ctx *rc, size_t k)
{
	char buf[32];
	size_t n = rc->tok[k].e - rc->tok[k].b;

	if (n + 1 >= sizeof buf)
		return 0;
	memcpy(buf, rc->s + rc->tok[k].b, n);
	buf[n] = 's';
	return ncg_lexicon_has_word(rc->lex, NCG_WL_MEMBER_PLURAL, buf, n + 1);
}

/* Is a word of the name [a, c0) a country's word or adjective, a
 * service's or a region's ("the Philippine exercises", "the Marine
 * exercises", "Pacific exercises")?  A plural after it is the class
 * done by that party or there, no exercise's name. */
static int
party_word_in(const rc_ctx *rc, size_t a, size_t c0)
{
	for (size_t k = a; k < c0; k++)
		if (rc_wl_match(rc, k, c0, NCG_WL_SERVICE_NAME, 1) || rc_wl(rc, k, NCG_WL_MEMBER_PLURAL) ||
		    member_singular(rc, k) || rc_wl_match(rc, k, c0, NCG_WL_REGION_NAME, 1) ||
		    rc_lex_longest(rc, k, c0, (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_PLACE),
		                   (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) |
		                   (1u << NCG_LEXW_ADJECTIVE), &(size_t){0}))
			return 1;
	return 0;
}

/* Is the sentence's first word a, capitalised only as the first, a
 * function word or an adjective ("Joint exercises will continue",
 * "Bilateral exercises", "Combined exercises"), no name of its own
 * ("Balikatan exercises began on Monday")? */
static int
initial_modifier_at(const rc_ctx *rc, size_t a)
{
	const ncg_strlist *l = ncg_lexicon_words(rc->lex, NCG_WL_ADJECTIVE_SUFFIX);
	size_t n = rc->tok[a].e - rc->tok[a].b;

	if (rc_wl(rc, a, NCG_WL_SENTENCE_INITIAL) || rc_wl_ci(rc, a, NCG_WL_MEETING_MODIFIER) ||
	    rc_wl_ci(rc, a, NCG_WL_SERIES_ADJECTIVE) || rc_wl_ci(rc, a, NCG_WL_ADJECTIVAL_PARTICIPLE))
		return 1;
	for (size_t k = 0; l && k < l->n; k++) {
		size_t m = strlen(l->v[k]);

		if (n > 3 && n > m && strncmp(rc->s + rc->tok[a].e - m, l->v[k], m) == 0)
			return 1;
	}
	return 0;
}

/* Does token n end the name before it as its clause's verb: a past
 * (in -ed or irregular: "began"), an auxiliary or copula ("were held"),
 * a future cue ("will last"), a conjunction or a preposition? */
static int
name_ending_word(const rc_ctx *rc, size_t n)
{
	return clause_verb(rc, n) || rc_wl(rc, n, NCG_WL_IRREGULAR_PAST_VERB) ||
	       rc_wl(rc, n, NCG_WL_IRREGULAR_PAST_ACT) || rc_wl(rc, n, NCG_WL_AUXILIARY_VERB) ||
	       rc_wl(rc, n, NCG_WL_PAST_COPULA) || rc_wl_match(rc, n, rc->ntok, NCG_WL_FUTURE_CUE, 0) ||
	       is_conjunction(rc, n) || rc_wl(rc, n, NCG_WL_ITEM_PREPOSITION) ||
	       rc_wl(rc, n, NCG_WL_NOUN_PREPOSITION) || rc_wl(rc, n, NCG_WL_SETTING_PREP) ||
	       rc_wl(rc, n, NCG_WL_WITHIN_PREPOSITION);
}

/* "March's Balikatan exercises, which ...": may the plural cue at h
 * follow a name?  Not one word capitalised only as the sentence's first
 * and a function word or adjective (initial_modifier_at), not a party's
 * or place's word, and not the verb: after a word that heads a title,
 * a body or an office, a determiner or a lower-case word that does not
 * end the name (name_ending_word) starts its object ("The Commander
 * exercises operational control", "Each Party exercises its rights");
 * "The Balikatan exercises began", "... were held", "... will last"
 * name the exercise. */
static int
plural_name_ok(const rc_ctx *rc, size_t t0, size_t c0, size_t h)
{
	size_t a = name_before_cue_start(rc, t0, c0), n = h + 1;

	if (a == NO_START || (a == t0 && c0 == t0 + 1 && initial_modifier_at(rc, a)) ||
	    party_word_in(rc, a, c0))
		return 0;
	if (n < rc->ntok && (rc_wl(rc, n, NCG_WL_OBJECT_DETERMINER) || rc_wl(rc, n, NCG_WL_POSSESSIVE) ||
	                     rc_wl(rc, n, NCG_WL_DEFINITE_ARTICLE) ||
	                     rc_wl(rc, n, NCG_WL_INDEFINITE_ARTICLE)))
		return 0;
	return !(n < rc->ntok && rc_lower(rc, n) && !name_ending_word(rc, n) &&
	         (rc_wl(rc, c0 - 1, NCG_WL_TITLE_HEAD) || rc_wl(rc, c0 - 1, NCG_WL_BODY_HEAD) ||
	          rc_wl(rc, c0 - 1, NCG_WL_OFFICE)));
}

/* rules13: does the capitalised name starting at a follow a named
 * activity, maybe past its closing quotation mark ("'Freedom Edge' Joint
 * Multi-Domain Exercise")?  It is that activity's class, no other. */
static int
after_named_activity(const rc_ctx *rc, size_t t0, size_t a)
{
	if (a > t0 && (rc_double_quote(rc, a - 1) || rc_punct(rc, a - 1, "\xE2\x80\x99")))
		a--;
	/* the name's claim (an activity's; a line of work's too, read
	 * before, which no class phrase follows either) */
	return a > t0 && rc_claimed(rc, a - 1, a, RC_CLAIM_ITEM);
}

/* rules312: is the word before a capitalised cue at c0 a ground's
 * (lex:groundBeforeCue: "Camp Jackson, Uijeongbu; Sungnam Golf Course,
 * Hanam", a list of bases returned; "Kaneohe Klipper Golf Course",
 * "Torrey Pines Golf Course")?  The ground so named is a place, no
 * course taught.  fix141: no other venue word ("U.S. Army Ski Course"
 * is taught). */
static int
venue_before_cue(const rc_ctx *rc, size_t t0, size_t c0)
{
	return c0 > t0 && rc_cap(rc, c0) && rc_wl(rc, c0 - 1, NCG_WL_GROUND_BEFORE_CUE);
}

/* The start of the name of an activity whose cue runs from c0 to the
 * head h, or NO_START. */
static size_t
activity_start(const rc_ctx *rc, size_t t0, size_t c0, size_t h, int acr)
{
	if (venue_before_cue(rc, t0, c0))
		return NO_START;
	if (rc_cap(rc, c0) || (rc->tok[c0].flags & NCG_TF_UPPER)) {
		size_t a = capitalised_start(rc, t0, c0, acr);

		return a != NO_START && after_named_activity(rc, t0, a) ? NO_START : a;
	}
	/* a plural ("exercises") is read only after a name: with an acronym
	 * after it ("conducting tabletop exercises (TTX)") the lower-case
	 * words before it are a kind of work, verbs and all, no name */
	if (plural_cue(rc, h))
		return plural_name_ok(rc, t0, c0, h) ? name_before_cue_start(rc, t0, c0) : NO_START;
	if (acr || lowercase_named(rc, t0, c0, h))
		return lowercase_start(rc, t0, c0);
	return name_before_cue_start(rc, t0, c0);
}

static ncg_status
find_activities(rc_ctx *rc, const uint8_t *in_asset_event)
{
	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		if (!rc->body_sent[s])
			continue;
		NCG_TRY(named_activities(rc, (uint32_t)s));
		NCG_TRY(example_exercises(rc, (uint32_t)s, default_kind(rc)));
		for (size_t h = st->t0; h < st->t1; h++) {
			size_t c0 = h, a, claim_end;
			const ncg_lex_entry *kind;
			const rc_acronym *acr;
			int common;

			if (rc_claimed(rc, h, h + 1, RC_CLAIM_ITEM | RC_CLAIM_NAME | RC_CLAIM_TITLE) ||
			    in_asset_event[h])
				continue;
			kind = activity_cue_at(rc, st->t0, h, &c0);
			if (!kind)
				continue;
			acr = rc_punct(rc, h + 1, "(") ? rc_acronym_at_paren(rc, h + 1) : NULL;
			claim_end = acr ? acr->p1 + 1 : h + 1;
			if ((a = activity_start(rc, st->t0, c0, h, acr != NULL)) == NO_START)
				continue;
			/* rules130: "Ahead of Field Training Exercise", a headline's
			 * capitals on "a field training exercise" of the text: the
			 * class, no activity's name */
			NCG_TRY(rc_headline_common_words(rc, (uint32_t)s, a, h + 1, &common));
			if (common)
				continue;
			NCG_TRY(add_activity(rc, (uint32_t)s, a, h + 1, kind, acr ? acr->acronym : NULL,
			                     claim_end));
			h = claim_end - 1;
		}
	}
	return NCG_OK;
}

ncg_status
rc_activities(rc_ctx *rc)
{
	size_t first = rc->nm;
	/* activities are found after assets: the events stay as they are */
	uint8_t *in_asset_event = asset_event_tokens(rc);
	ncg_status st;

	if (!in_asset_event)
		return NCG_ERR_NOMEM;
	st = find_activities(rc, in_asset_event);
	free(in_asset_event);
	NCG_TRY(st);
	resolve_series(rc, first);
	resolve_class_nouns(rc, first);
	return NCG_OK;
}

/* ---- strategic assets and their visibility events ---------------------------------- */

/* The asset type a cue at token i names; sets *end. */
static const ncg_lex_entry *
asset_cue_at(const rc_ctx *rc, size_t i, size_t lim, size_t *end)
{
	const ncg_lex_wording *w = rc_lex_longest(rc, i, lim, 1u << NCG_LEX_ASSET_TYPE,
	                                          (1u << NCG_LEXW_CUE) | (1u << NCG_LEXW_LABEL) |
	                                          (1u << NCG_LEXW_ACRONYM), end);

	return w ? w->entry : NULL;
}

/* A designator such as "B-52", "B-1B", "SSBN-737": the asset type whose
 * prefix it carries. */
static const ncg_lex_entry *
designator_type(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b, dash;

	if (rc->tok[i].kind != NCG_TOK_WORD || n < 3 || n > 12)
		return NULL;
	for (dash = 0; dash < n && w[dash] != '-'; dash++)
		if (!(w[dash] >= 'A' && w[dash] <= 'Z'))
			return NULL;
	if (dash == 0 || dash == n || dash > 4 || !(w[dash + 1] >= '0' && w[dash + 1] <= '9'))
		return NULL;
	for (size_t t = 0; t < ncg_lexicon_count(rc->lex, NCG_LEX_ASSET_TYPE); t++) {
		const ncg_lex_entry *e = ncg_lexicon_at(rc->lex, NCG_LEX_ASSET_TYPE, t);

		for (size_t p = 0; p < e->prefix.n; p++) {
			size_t pl = strlen(e->prefix.v[p]);

			if ((pl == dash + 1 && memcmp(e->prefix.v[p], w, pl) == 0) ||
			    (pl == dash && memcmp(e->prefix.v[p], w, pl) == 0))
				return e;
		}
	}
	return NULL;
}

/* Is token i inside an asset-type cue in [c0, c1)? */
static int
in_asset_cue(const rc_ctx *rc, size_t c0, size_t c1, size_t i)
{
	for (size_t k = i + 1; k-- > c0 && i - k < 5;) {
		size_t e;

		if (asset_cue_at(rc, k, c1, &e) && e > i)
			return 1;
	}
	return 0;
}

/* The visibility event in the clause [c0, c1) around an asset at [a0, a1). */
static void
read_event(rc_ctx *rc, ncg_mention *m, size_t c0, size_t c1, size_t a0, size_t a1)
{
	size_t first = 0, last = 0;
	int nk = 0;

	for (size_t i = c0; i < c1; i++) {
		size_t e;
		const ncg_lex_wording *w;

		if (i >= a0 && i < a1)
			continue;
		if (rc_wl_match(rc, i, c1, NCG_WL_FUTURE_CUE, 0) > i)
			m->asset.event.future = 1;
		w = rc_lex_longest(rc, i, c1, 1u << NCG_LEX_EVENT_KIND, 1u << NCG_LEXW_CUE, &e);
		if (!w || (e > a0 && i < a1))
			continue;
		if (nk < 3 && (nk == 0 || (strcmp(m->asset.event.kind[0], w->entry->key) &&
		                           (nk < 2 || strcmp(m->asset.event.kind[1], w->entry->key)))))
			m->asset.event.kind[nk++] = w->entry->key;
		if (!first || i < first)
			first = i;
		if (e > last)
			last = e;
		i = e - 1;
	}
	if (!nk)
		return;
	/* "joint observation": an adjective before the first cue */
	while (first > c0 && rc_lower(rc, first - 1) && !rc_wl(rc, first - 1, NCG_WL_ACTIVITY_NAME_STOP) &&
	       !(first - 1 >= a0 && first - 1 < a1) && !in_asset_cue(rc, c0, c1, first - 1))
		first--;
	for (size_t i = c0; i < c1; i++) {
		ncg_mention *p = rc_mention_at(rc, NCG_M_PLACE, i);
		ncg_mention *c = p ? NULL : rc_mention_at(rc, NCG_M_COUNTRY, i);
		ncg_mention *d = rc_mention_at(rc, NCG_M_DATE, i);

		if (!p)
			p = c;
		if (p && !m->asset.event.place && i >= first) {
			m->asset.event.place = p->key;
			if (p->t1 > last)
				last = p->t1;
		}
		if (d && !m->asset.when.prec) {
			m->asset.when = d->date;
		}
	}
	m->asset.event.t0 = (uint32_t)first;
	m->asset.event.t1 = (uint32_t)last;
}

/* An asset named by tokens [a0, a1) in the clause [c0, c1). */
static ncg_status
add_asset(rc_ctx *rc, uint32_t s, size_t a0, size_t a1, const ncg_lex_entry *type,
          size_t c0, size_t c1)
{
	ncg_mention *m;

	NCG_TRY(rc_add(rc, NCG_M_ASSET, s, a0, a1, &m));
	NCG_TRY(rc_span(rc, a0, a1, &m->name));
	NCG_TRY(rc_key(rc, "asset", m->name, &m->key));
	m->asset.type_key = type ? type->key : NULL;
	rc_claim(rc, a0, a1, RC_CLAIM_ITEM);
	read_event(rc, m, c0, c1, a0, a1);
	return NCG_OK;
}

/* "a B-52" after "a B-52H Stratofortress": the same asset, named more
 * fully elsewhere in the statement. */
static void
resolve_designators(rc_ctx *rc, size_t first)
{
	for (size_t k = first; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		size_t n;

		if (m->kind != NCG_M_ASSET || !m->name)
			continue;
		n = strlen(m->name);
		for (size_t o = first; o < rc->nm; o++) {
			const ncg_mention *x = &rc->m[o];

			if (o != k && x->kind == NCG_M_ASSET && x->name && strlen(x->name) > n &&
			    strncmp(x->name, m->name, n) == 0 &&
			    ((x->name[n] >= 'A' && x->name[n] <= 'Z') || x->name[n] == ' ')) {
				m->key = x->key;
				m->name = x->name;
				if (!m->asset.type_key)
					m->asset.type_key = x->asset.type_key;
				break;
			}
		}
	}
}

/* "The USS Missouri, also known as SSN-780, arrived": a name after an
 * alias cue (lex:aliasCue) right after an asset is that asset. */
static void
asset_aliases(rc_ctx *rc, size_t first)
{
	for (size_t k = first + 1; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		const ncg_mention *prev = NULL;

		if (m->kind != NCG_M_ASSET)
			continue;
		/* the mentions after `first` are this recogniser's, in order */
		for (size_t o = k; o-- > first && rc->m[o].sent == m->sent;)
			if (rc->m[o].kind == NCG_M_ASSET) {
				prev = &rc->m[o];
				break;
			}
		if (!prev || prev->t1 >= m->t0)
			continue;
		{
			size_t j = prev->t1 + rc_punct(rc, prev->t1, ",");
			size_t e = rc_wl_match(rc, j, m->t0, NCG_WL_ALIAS_CUE, 0);

			if (e == m->t0) {
				m->key = prev->key;
				m->name = prev->name;
			}
		}
	}
}

/* rules267: is the ship whose name ends at a1 named at its end of
 * service: a verb of it right after the name and its hull code in
 * brackets (lex:vesselRetireVerb: "was decommissioned"), or one that needs
 * a time next (lex:vesselRetireTimed, fix97: "the USS Ronald Reagan (CVN
 * 76) retires in 2025", "retiring next year"; not "retired from the
 * exercise area")? */
static int
vessel_retired(const rc_ctx *rc, size_t a1, size_t c1)
{
	size_t k = a1, e;

	if (rc_punct(rc, k, "(")) {
		while (k < c1 && !rc_punct(rc, k, ")"))
			k++;
		if (k++ >= c1)
			return 0;
	}
	if (rc_wl_match(rc, k, c1, NCG_WL_VESSEL_RETIRE_VERB, 0))
		return 1;
	e = rc_wl_match(rc, k, c1, NCG_WL_VESSEL_RETIRE_TIMED, 0);
	if (!e)
		return 0;
	if (rc_wl_match(rc, e, c1, NCG_WL_RELATIVE_YEAR, 0))
		return 1;
	return e + 1 < c1 && rc_wl(rc, e, NCG_WL_YEAR_PREPOSITION) &&
	       rc->tok[e + 1].kind == NCG_TOK_NUMBER && rc->tok[e + 1].e - rc->tok[e + 1].b == 4;
}

/* A ship at j: "USS KENTUCKY", "USS Michigan (SSGN-727)"; its type from
 * the hull code, else from a cue elsewhere in the clause [c0, c1).  *end
 * is the end of its name, or 0 when no ship starts at j. */
static ncg_status
vessel_at(rc_ctx *rc, uint32_t s, size_t j, size_t c0, size_t c1, size_t *end)
{
	const ncg_lex_entry *type = NULL, *t2;
	size_t a1 = j + 1, e;

	*end = 0;
	if (!rc_wl(rc, j, NCG_WL_VESSEL_PREFIX) ||
	    !(rc_cap(rc, j + 1) || (rc->tok[j + 1].flags & NCG_TF_UPPER)))
		return NCG_OK;
	while (a1 < c1 && a1 - j <= 3 && (rc_cap(rc, a1) || (rc->tok[a1].flags & NCG_TF_UPPER)) &&
	       !asset_cue_at(rc, a1, c1, &e))
		a1++;
	if (rc_punct(rc, a1, "(") && a1 + 2 < c1 && rc_punct(rc, a1 + 2, ")")) {
		type = designator_type(rc, a1 + 1);
		rc_claim(rc, a1, a1 + 3, RC_CLAIM_ITEM);
	}
	for (size_t k = c0; !type && k < c1; k++)
		if ((k < j || k >= a1) && (t2 = asset_cue_at(rc, k, c1, &e)) != NULL)
			type = t2;
	*end = a1;
	/* rules267: a ship at its end of service ("after the USS Kitty Hawk
	 * retires in 2008"; lex:vesselRetireVerb) is named as the past, no
	 * asset of the meeting */
	if (vessel_retired(rc, a1, c1))
		return NCG_OK;
	return add_asset(rc, s, j, a1, type, c0, c1);
}

/* The named assets of the clause [c0, c1): ships and designators ("B-52",
 * "B-1B"); *named says whether there was one. */
static ncg_status
named_assets(rc_ctx *rc, uint32_t s, size_t c0, size_t c1, int *named)
{
	*named = 0;
	for (size_t j = c0; j < c1; j++) {
		const ncg_lex_entry *type;
		size_t a1;

		if (rc_claimed(rc, j, j + 1, RC_CLAIM_ITEM | RC_CLAIM_NAME | RC_CLAIM_BODY))
			continue;
		NCG_TRY(vessel_at(rc, s, j, c0, c1, &a1));
		if (a1) {
			*named = 1;
			j = a1 - 1;
		} else if ((type = designator_type(rc, j)) != NULL) {
			NCG_TRY(add_asset(rc, s, j, j + 1, type, c0, c1));
			*named = 1;
		}
	}
	return NCG_OK;
}

/* One typed asset doing something in a clause naming none: "an ICBM test
 * launch" (an event kind within three words after the type). */
static ncg_status
typed_assets(rc_ctx *rc, uint32_t s, size_t c0, size_t c1)
{
	for (size_t j = c0 + 1; j < c1; j++) {
		const ncg_lex_entry *type;
		size_t k, e;
		int ev = 0;

		if (rc_claimed(rc, j, j + 1, RC_CLAIM_ITEM | RC_CLAIM_NAME | RC_CLAIM_BODY) ||
		    !(rc_wl(rc, j - 1, NCG_WL_INDEFINITE_ARTICLE) || rc_wl(rc, j - 1, NCG_WL_DEFINITE_ARTICLE)) ||
		    (type = asset_cue_at(rc, j, c1, &e)) == NULL)
			continue;
		for (k = e; k < c1 && k < e + 3; k++)
			if (rc_lex_longest(rc, k, c1, 1u << NCG_LEX_EVENT_KIND,
			                   1u << NCG_LEXW_CUE, &(size_t){0}))
				ev = 1;
		if (ev) {
			NCG_TRY(add_asset(rc, s, j, e, type, c0, c1));
			j = e - 1;
		}
	}
	return NCG_OK;
}

/* Strategic assets, clause by clause (between commas, semicolons and "as
 * well"): named ones, else one typed asset doing something ("the
 * guided-missile submarine USS Michigan visited" names it). */
ncg_status
rc_assets(rc_ctx *rc)
{
	size_t first = rc->nm;

	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];
		size_t c0 = st->t0;

		if (!rc->body_sent[s])
			continue;
		for (size_t i = st->t0; i <= st->t1; i++) {
			int named;

			if (i < st->t1 && !rc_punct(rc, i, ",") && !rc_punct(rc, i, ";") &&
			    !(rc_is(rc, i, "as") && rc_is(rc, i + 1, "well")))
				continue;
			NCG_TRY(named_assets(rc, (uint32_t)s, c0, i, &named));
			if (!named)
				NCG_TRY(typed_assets(rc, (uint32_t)s, c0, i));
			c0 = i + 1;
		}
	}
	resolve_designators(rc, first);
	asset_aliases(rc, first);
	return NCG_OK;
}
