/* ncgkg: recognising listed items: workstreams, activities, assets. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "recognise_internal.h"

/* ---- workstreams ------------------------------------------------------------ */

/* Jaccard similarity of the word sets of two normal forms. */
static double
word_jaccard(const char *a, const char *b)
{
	const char *wa[64], *wb[64];
	size_t la[64], lb[64], na = 0, nb = 0, inter = 0;

	for (const char *p = a; *p && na < 64;) {
		const char *q = strchr(p, ' ');
		size_t n = q ? (size_t)(q - p) : strlen(p);

		wa[na] = p;
		la[na++] = n;
		p += n + (q != NULL);
	}
	for (const char *p = b; *p && nb < 64;) {
		const char *q = strchr(p, ' ');
		size_t n = q ? (size_t)(q - p) : strlen(p);

		wb[nb] = p;
		lb[nb++] = n;
		p += n + (q != NULL);
	}
	if (!na || !nb)
		return 0;
	for (size_t i = 0; i < na; i++)
		for (size_t j = 0; j < nb; j++)
			if (la[i] == lb[j] && memcmp(wa[i], wb[j], la[i]) == 0) {
				inter++;
				break;
			}
	return (double)inter / (double)(na + nb - inter);
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
	ncg_normal_form(wording, strlen(wording), nf, sizeof nf);
	for (size_t i = 0; i < ncg_lexicon_count(rc->lex, NCG_LEX_WORKSTREAM); i++) {
		const ncg_lex_entry *c = ncg_lexicon_at(rc->lex, NCG_LEX_WORKSTREAM, i);
		const char *w[64];
		size_t nw = 0;

		if (c->label)
			w[nw++] = c->label;
		for (size_t k = 0; k < c->alt.n && nw < 64; k++)
			w[nw++] = c->alt.v[k];
		for (size_t k = 0; k < nw; k++) {
			double j;

			ncg_normal_form(w[k], strlen(w[k]), nf2, sizeof nf2);
			j = word_jaccard(nf, nf2);
			if (j > best || (j == best && bestc && strcmp(c->key, bestc->key) < 0)) {
				best = j;
				bestc = c;
			}
		}
	}
	return bestc;
}

static const char *const ITEM_LEAD[] = {"and", "or", "on", "as", "well", "including", NULL};

static void
add_workstream(rc_ctx *rc, uint32_t s, size_t a, size_t b)
{
	ncg_mention *m;
	const rc_acronym *acr = NULL;
	char *wording;
	size_t wend = b;
	const ncg_lex_entry *c;

	/* drop "and", "on", "as well as" before the item, "." after */
	while (a < b && (rc_in(rc, a, ITEM_LEAD) || rc_punct(rc, a, ",")))
		a++;
	while (b > a && (rc_punct(rc, b - 1, ".") || rc_punct(rc, b - 1, ",")))
		b--;
	if (b <= a || b - a > 20 ||
	    (!rc_lower(rc, a) && !rc_cap(rc, a) && !(rc->tok[a].flags & NCG_TF_DOTTED)))
		return;
	if (rc_mention_at(rc, NCG_M_BODY, a) && rc_mention_at(rc, NCG_M_BODY, b - 1))
		return;     /* a body, not a line of work */
	/* an acronym in the item: "conventional-nuclear integration (CNI)" */
	for (size_t i = a; i < b; i++)
		if (rc_punct(rc, i, "(") && (acr = rc_acronym_at_paren(rc, i)) != NULL) {
			wend = i;
			break;
		}
	m = rc_add(rc, NCG_M_WORKSTREAM, s, a, b);
	if (!m)
		return;
	m->name = rc_span(rc, a, b);
	wording = rc_span(rc, a, wend);
	if (!m->name || !wording)
		return;
	m->acronym = acr ? acr->acronym : NULL;
	c = workstream_concept(rc, wording, m->acronym);
	if (c) {
		m->lex = c;
		m->key = c->key;
	} else {
		char nf[512];

		ncg_normal_form(wording, strlen(wording), nf, sizeof nf);
		m->key = rc_key(rc, "workstream", nf[0] ? nf : wording);
	}
	rc_claim(rc, a, b, RC_CLAIM_ITEM);
}

static int
is_workstream_word(const rc_ctx *rc, size_t i)
{
	return rc_ieq(rc, i, "workstream") || rc_ieq(rc, i, "workstreams") ||
	       rc_ieq(rc, i, "work-stream") || rc_ieq(rc, i, "work-streams") ||
	       (rc_ieq(rc, i, "work") && (rc_ieq(rc, i + 1, "streams") ||
	                                   rc_ieq(rc, i + 1, "stream")));
}

/* Split the list [a, b) into items: at top-level semicolons when it has
 * any, else at commas and "as well as". */
static void
split_list(rc_ctx *rc, uint32_t s, size_t a, size_t b)
{
	int semi = 0, depth = 0;
	size_t start = a;

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
		         (rc_is(rc, i, "as") && rc_is(rc, i + 1, "well") && rc_is(rc, i + 2, "as"))))
			cut = 1;
		if (!cut)
			continue;
		/* without semicolons, "B and C" at the end is two items when both
		 * sides are phrases of two words or more */
		if (!semi && i == b) {
			size_t k, lead = start;

			while (lead < i && (rc_in(rc, lead, ITEM_LEAD) || rc_punct(rc, lead, ",")))
				lead++;
			for (k = lead + 2; k + 2 <= i; k++)
				if (rc_is(rc, k, "and"))
					break;
			if (k + 2 <= i && rc_is(rc, k, "and") && lead == start) {
				add_workstream(rc, s, start, k);
				start = k + 1;
			}
		}
		add_workstream(rc, s, start, i);
		start = i + 1;
	}
}

void
rc_workstreams(rc_ctx *rc)
{
	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		if (!rc->body_sent[s])
			continue;
		for (size_t w = st->t0; w < st->t1; w++) {
			size_t j, a, b;

			if (!is_workstream_word(rc, w))
				continue;
			/* "the CNI workstream": a known acronym names it */
			if (w > st->t0 && (rc->tok[w - 1].flags & NCG_TF_UPPER)) {
				const char *acr = rc_span(rc, w - 1, w);
				const ncg_lex_entry *c = acr ? workstream_concept(rc, acr, acr) : NULL;
				const rc_acronym *d = acr ? rc_acronym_def(rc, acr, strlen(acr)) : NULL;

				if (!c && d) {
					char *lf = rc_span(rc, d->lt0, d->lt1);

					c = lf ? workstream_concept(rc, lf, acr) : NULL;
				}
				if (c) {
					ncg_mention *m = rc_add(rc, NCG_M_WORKSTREAM, (uint32_t)s, w - 1, w);

					if (!m)
						return;
					m->name = acr;
					m->acronym = acr;
					m->key = c->key;
					m->lex = c;
					rc_claim(rc, w - 1, w, RC_CLAIM_ITEM);
				}
			}
			/* "workstreams, including on A; B; and C" */
			if (!(rc_ieq(rc, w, "workstreams") || rc_ieq(rc, w, "work-streams") ||
			      rc_ieq(rc, w + 1, "streams")))
				continue;
			for (j = w + 1; j < st->t1 && j < w + 12; j++)
				if (rc_is(rc, j, "including") || rc_punct(rc, j, ":") ||
				    (rc_is(rc, j, "such") && rc_is(rc, j + 1, "as")) ||
				    (j == w + 1 && rc_is(rc, j, "on")) ||
				    rc_punct(rc, j, ";") || rc_punct(rc, j, "."))
					break;
			if (j >= st->t1 || j >= w + 12 || rc_punct(rc, j, ";") || rc_punct(rc, j, "."))
				continue;
			a = j + 1 + (rc_is(rc, j, "such"));
			if (rc_is(rc, a, "on"))
				a++;
			if (a >= st->t1 || rc_punct(rc, a, ",") || !rc_word(rc, a))
				continue;   /* "including, based on ..." is no list */
			b = st->t1;
			if (b > a && rc_punct(rc, b - 1, "."))
				b--;
			split_list(rc, (uint32_t)s, a, b);
			w = b;
		}
	}
}

/* ---- activities ---------------------------------------------------------------- */

static const char *const DETERMINERS[] = {
	"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with",
	"like", "including", "as", "this", "that", "its", "their", "our", "such", NULL
};

/* Which activity kind has a cue ending at token h (cue over [c0, h+1))? */
static const ncg_lex_entry *
activity_cue_at(const rc_ctx *rc, size_t t0, size_t h, size_t *c0)
{
	const ncg_lex_entry *best = NULL;
	size_t bestlen = 0;

	for (size_t i = 0; i < ncg_lexicon_count(rc->lex, NCG_LEX_ACTIVITY_KIND); i++) {
		const ncg_lex_entry *k = ncg_lexicon_at(rc->lex, NCG_LEX_ACTIVITY_KIND, i);

		for (size_t c = 0; c < k->cue.n; c++)
			for (size_t st = h + 1; st-- > t0 && h + 1 - st <= 4;)
				if (rc_match(rc, st, h + 1, k->cue.v[c], 1) == h + 1 &&
				    h + 1 - st > bestlen) {
					best = k;
					bestlen = h + 1 - st;
					*c0 = st;
				}
	}
	return best;
}

static void
add_activity(rc_ctx *rc, uint32_t s, size_t a, size_t b, const ncg_lex_entry *kind,
             const char *acronym, size_t claim_end)
{
	ncg_mention *m = rc_add(rc, NCG_M_ACTIVITY, s, a, b);

	if (!m)
		return;
	m->name = rc_span(rc, a, b);
	m->key = m->name ? rc_key(rc, "activity", m->name) : NULL;
	m->type_key = kind->key;
	m->acronym = acronym;
	rc_claim(rc, a, claim_end, RC_CLAIM_ITEM);
	/* when: "this November", "in July 2024" right after */
	for (size_t k = claim_end; k < claim_end + 3 && k < rc->sent[s].t1; k++) {
		ncg_mention *d = rc_mention_at(rc, NCG_M_DATE, k);

		if (d) {
			m->y = d->y;
			m->m = d->m;
			m->d = d->d;
			m->prec = d->prec;
			m->this_ = d->this_;
			break;
		}
		if (rc_punct(rc, k, ",") || rc_punct(rc, k, ";"))
			break;
	}
}

void
rc_activities(rc_ctx *rc)
{
	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		if (!rc->body_sent[s])
			continue;
		for (size_t h = st->t0; h < st->t1; h++) {
			size_t c0 = h, a, b = h + 1, claim_end;
			const ncg_lex_entry *kind;
			const rc_acronym *acr;

			if (rc_claimed(rc, h, h + 1, RC_CLAIM_ITEM | RC_CLAIM_NAME | RC_CLAIM_TITLE))
				continue;
			kind = activity_cue_at(rc, st->t0, h, &c0);
			if (!kind)
				continue;
			acr = rc_punct(rc, h + 1, "(") ? rc_acronym_at_paren(rc, h + 1) : NULL;
			claim_end = acr ? acr->p1 + 1 : b;
			if (rc_cap(rc, c0) || (rc->tok[c0].flags & NCG_TF_UPPER)) {
				/* "Nuclear Deterrence Immersion Course", "NCG Simulation" */
				a = c0;
				while (a > st->t0 && (rc_cap(rc, a - 1) || (rc->tok[a - 1].flags & NCG_TF_UPPER)) &&
				       !rc_in(rc, a - 1, (const char *const[]){"The", "A", "An", "This", NULL}) &&
				       !rc_claimed(rc, a - 1, a, RC_CLAIM_NAME | RC_CLAIM_DATE | RC_CLAIM_ITEM))
					a--;
				if (a == c0 && !acr)
					continue;           /* a bare "Course" */
			} else if (acr) {
				/* "a military-to-military table-top exercise (TTX)" */
				a = c0;
				while (a > st->t0 && rc_lower(rc, a - 1) && !rc_in(rc, a - 1, DETERMINERS))
					a--;
			} else if (c0 > st->t0 && rc_cap(rc, c0 - 1) &&
			           !rc_claimed(rc, c0 - 1, c0, RC_CLAIM_BODY | RC_CLAIM_PLACE |
			                       RC_CLAIM_NAME | RC_CLAIM_DATE)) {
				/* "the Freedom Edge exercise" */
				a = c0 - 1;
				while (a > st->t0 && rc_cap(rc, a - 1) &&
				       !rc_in(rc, a - 1, (const char *const[]){"The", "A", "An", "This", NULL}) &&
				       !rc_claimed(rc, a - 1, a, RC_CLAIM_BODY | RC_CLAIM_PLACE |
				                   RC_CLAIM_NAME | RC_CLAIM_DATE))
					a--;
			} else {
				continue;
			}
			add_activity(rc, (uint32_t)s, a, b, kind, acr ? acr->acronym : NULL, claim_end);
			h = claim_end - 1;
		}
	}
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

static const char *const FUTURE[] = {"will", "plan", "plans", "planned", "upcoming", "future", NULL};

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
		if (rc_in(rc, i, FUTURE))
			m->future = 1;
		w = rc_lex_longest(rc, i, c1, 1u << NCG_LEX_EVENT_KIND, 1u << NCG_LEXW_CUE, &e);
		if (!w || (e > a0 && i < a1))
			continue;
		if (nk < 3 && (nk == 0 || (strcmp(m->ev_kind[0], w->entry->key) &&
		                           (nk < 2 || strcmp(m->ev_kind[1], w->entry->key)))))
			m->ev_kind[nk++] = w->entry->key;
		if (!first || i < first)
			first = i;
		if (e > last)
			last = e;
		i = e - 1;
	}
	if (!nk)
		return;
	/* "joint observation": an adjective before the first cue */
	while (first > c0 && rc_lower(rc, first - 1) && !rc_in(rc, first - 1, DETERMINERS) &&
	       !(first - 1 >= a0 && first - 1 < a1) && !in_asset_cue(rc, c0, c1, first - 1))
		first--;
	for (size_t i = c0; i < c1; i++) {
		ncg_mention *p = rc_mention_at(rc, NCG_M_PLACE, i);
		ncg_mention *c = p ? NULL : rc_mention_at(rc, NCG_M_COUNTRY, i);
		ncg_mention *d = rc_mention_at(rc, NCG_M_DATE, i);

		if (!p)
			p = c;
		if (p && !m->ev_place && i >= first) {
			m->ev_place = p->key;
			if (p->t1 > last)
				last = p->t1;
		}
		if (d && !m->prec) {
			m->y = d->y;
			m->m = d->m;
			m->d = d->d;
			m->prec = d->prec;
			m->this_ = d->this_;
		}
	}
	m->ev_t0 = (uint32_t)first;
	m->ev_t1 = (uint32_t)last;
}

static void
add_asset(rc_ctx *rc, uint32_t s, size_t a0, size_t a1, const char *name,
          const ncg_lex_entry *type, size_t c0, size_t c1)
{
	ncg_mention *m = rc_add(rc, NCG_M_ASSET, s, a0, a1);

	if (!m)
		return;
	m->name = name;
	m->key = name ? rc_key(rc, "asset", name) : NULL;
	m->type_key = type ? type->key : NULL;
	rc_claim(rc, a0, a1, RC_CLAIM_ITEM);
	read_event(rc, m, c0, c1, a0, a1);
}

void
rc_assets(rc_ctx *rc)
{
	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];
		size_t c0 = st->t0;

		if (!rc->body_sent[s])
			continue;
		for (size_t i = st->t0; i <= st->t1; i++) {
			size_t c1, j, e;

			/* clauses: between commas and semicolons */
			if (i < st->t1 && !rc_punct(rc, i, ",") && !rc_punct(rc, i, ";") &&
			    !(rc_is(rc, i, "as") && rc_is(rc, i + 1, "well")))
				continue;
			c1 = i;
			for (j = c0; j < c1; j++) {
				const ncg_lex_entry *type = NULL, *t2;
				size_t a1;

				if (rc_claimed(rc, j, j + 1, RC_CLAIM_ITEM | RC_CLAIM_NAME | RC_CLAIM_BODY))
					continue;
				/* a ship: "USS KENTUCKY", "USS Michigan (SSGN-727)" */
				if (rc_wl(rc, j, NCG_WL_VESSEL_PREFIX) &&
				    (rc_cap(rc, j + 1) || (rc->tok[j + 1].flags & NCG_TF_UPPER))) {
					a1 = j + 1;
					while (a1 < c1 && a1 - j <= 3 &&
					       (rc_cap(rc, a1) || (rc->tok[a1].flags & NCG_TF_UPPER)) &&
					       !asset_cue_at(rc, a1, c1, &e))
						a1++;
					if (rc_punct(rc, a1, "(") && a1 + 2 < c1 && rc_punct(rc, a1 + 2, ")")) {
						type = designator_type(rc, a1 + 1);
						rc_claim(rc, a1, a1 + 3, RC_CLAIM_ITEM);
					}
					for (size_t k = c0; !type && k < c1; k++)
						if ((k < j || k >= a1) && (t2 = asset_cue_at(rc, k, c1, &e)) != NULL)
							type = t2;
					add_asset(rc, (uint32_t)s, j, a1, rc_span(rc, j, a1), type, c0, c1);
					j = a1 - 1;
					continue;
				}
				/* a designator: "B-52", "B-1B" */
				if ((type = designator_type(rc, j)) != NULL) {
					add_asset(rc, (uint32_t)s, j, j + 1, rc_span(rc, j, j + 1), type, c0, c1);
					continue;
				}
				/* one typed asset doing something: "an ICBM test launch" */
				if (j > c0 && (rc_is(rc, j - 1, "a") || rc_is(rc, j - 1, "an") ||
				               rc_is(rc, j - 1, "the")) &&
				    (type = asset_cue_at(rc, j, c1, &e)) != NULL) {
					size_t k;
					int ev = 0;

					for (k = e; k < c1 && k < e + 3; k++)
						if (rc_lex_longest(rc, k, c1, 1u << NCG_LEX_EVENT_KIND,
						                   1u << NCG_LEXW_CUE, &(size_t){0}))
							ev = 1;
					if (ev) {
						add_asset(rc, (uint32_t)s, j, e, rc_span(rc, j, e), type, c0, c1);
						j = e - 1;
					}
				}
			}
			c0 = i + 1;
		}
	}
}
