/* ncgkg: recognising acronyms, bodies, places and the page head. */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ncgkg/strmap.h"
#include "recognise_internal.h"

/* A capitalised function word that may start a sentence but never a name;
 * or a clock word after a time ("05:16 PM EST Office of ..."). */
static int
is_function_cap(const rc_ctx *rc, size_t i)
{
	if (rc_wl(rc, i, NCG_WL_CLOCK_WORD) && i > 0) {
		size_t p = i - 1;

		while (p > 0 && rc_wl(rc, p, NCG_WL_CLOCK_WORD))
			p--;
		if (rc->s[rc->tok[p].b] >= '0' && rc->s[rc->tok[p].b] <= '9')
			return 1;
	}
	return rc_wl(rc, i, NCG_WL_SENTENCE_INITIAL);
}

/* ---- acronym definitions (Schwartz & Hearst, 2003) ------------------------ */

static int
acronym_like(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;
	int upper = 0, lower = 0;

	if (rc->tok[i].kind != NCG_TOK_WORD || n < 2 || n > 12)
		return 0;
	for (size_t k = 0; k < n; k++) {
		unsigned char c = (unsigned char)w[k];

		if (isupper(c))
			upper++;
		else if (islower(c))
			lower++;
		else if (!isdigit(c) && c != '-' && c != '&' && c != '.')
			return 0;
	}
	return upper >= 2 && upper > lower;
}

#define NO_LONG_FORM SIZE_MAX

/* Does a white-space character (ncg_is_space_cp: a space, a line's end,
 * a no-break space) end at byte i of s, no further back than byte lo? */
static int
space_ends_at(const char *s, size_t lo, size_t i)
{
	size_t k = i;

	if (s[i] == '\r')
		return 1;
	/* back over UTF-8 continuation bytes to the code point's first */
	while (k > lo && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	if (((unsigned char)s[k] & 0xC0) == 0x80)
		return 0;               /* its first byte is before lo */
	return ncg_is_space_cp(ncg_utf8_next(s, &k)) && k == i + 1;
}

/* rules290: does a word in lower case open between bytes li and end of
 * s (after the word where the acronym's last letter matched at li: "CBRN
 * soldiers visit 20th Support Command (CBRNE)"; not "Deputy Minister for
 * National Defense Policy (DEPMIN)", whose words after are capitalised)? */
static int
lower_word_after(const char *s, long li, size_t end)
{
	for (size_t k = (size_t)li + 1; k + 1 < end; k++)
		if (space_ends_at(s, (size_t)li + 1, k) && islower((unsigned char)s[k + 1]))
			return 1;
	return 0;
}

/* Start (byte) of the long form of acronym `sf` ending at byte `end`,
 * searching back no further than byte `lo`; or NO_LONG_FORM.  rules290:
 * no word in lower case follows the one that gives the acronym's last
 * letter; a bracket after such words is a qualifier, no definition
 * ("South Korean CBRN soldiers visit 20th Support Command (CBRNE)", a
 * headline: the letters all in "CBRN soldiers"). */
static size_t
long_form_start(const char *s, size_t lo, size_t end, const char *sf, size_t sl)
{
	long si = (long)sl - 1, li = (long)end - 1;
	int first = 1;

	while (si >= 0) {
		int c = tolower((unsigned char)sf[si]);

		if (!isalnum(c)) {
			si--;
			continue;
		}
		while (li >= (long)lo &&
		       (tolower((unsigned char)s[li]) != c ||
		        (si == 0 && li > (long)lo && isalnum((unsigned char)s[li - 1]))))
			li--;
		if (li < (long)lo || (first && lower_word_after(s, li, end)))
			return NO_LONG_FORM;
		first = 0;
		li--;
		si--;
	}
	li++;
	/* back to the start of the word, after any white space (a no-break
	 * space too: "Korean\u00A0National\u00A0Police\u00A0Agency (KNPA)")
	 * or a slash (fix136: "Submarine Group (CSG) 8/Commander, Task Force
	 * (CTF) 69", "7th Fleet/Combined Task Force (CTF) 70") or a mark that
	 * ends a phrase or opens one, glued to the word ("(MND),National
	 * Police Agency (NPA)", a cable) */
	while (li > (long)lo && !space_ends_at(s, lo, (size_t)li - 1) &&
	       !strchr("/,;:([{\"", s[li - 1]))
		li--;
	return (size_t)li;
}

static ncg_status alias_defs(rc_ctx *rc);

ncg_status
rc_acronyms(rc_ctx *rc)
{
	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		if (!rc->body_sent[s])
			continue;
		for (size_t p = st->t0 + 1; p + 2 < st->t1; p++) {
			size_t close = p + 2, lo_tok, words = 0, maxw, start, lt0;
			char sf[64];
			size_t sl;
			void *arr;
			const char *acronym;

			if (!rc_punct(rc, p, "(") || !acronym_like(rc, p + 1))
				continue;
			if (!rc_punct(rc, close, ")")) {
				/* two-word acronyms: "(ROK STRATCOM)" */
				if (!(acronym_like(rc, p + 2) && rc_punct(rc, p + 3, ")")))
					continue;
				close = p + 3;
			}
			sl = rc->tok[close - 1].e - rc->tok[p + 1].b;
			if (sl >= sizeof sf)
				continue;
			memcpy(sf, rc->s + rc->tok[p + 1].b, sl);
			sf[sl] = '\0';
			/* window: at most min(|A| + 5, 2|A|) words back, not across
			 * another parenthesis or a semicolon */
			maxw = strlen(sf) + 5 < 2 * strlen(sf) ? strlen(sf) + 5 : 2 * strlen(sf);
			for (lo_tok = p; lo_tok > st->t0; lo_tok--) {
				if (rc_punct(rc, lo_tok - 1, ")") || rc_punct(rc, lo_tok - 1, "(") ||
				    rc_punct(rc, lo_tok - 1, ";") || rc_punct(rc, lo_tok - 1, ":"))
					break;
				if (rc_word(rc, lo_tok - 1) && ++words > maxw)
					break;
			}
			if (lo_tok >= p)
				continue;
			start = long_form_start(rc->s, rc->tok[lo_tok].b, rc->tok[p - 1].e, sf, sl);
			if (start == NO_LONG_FORM)
				continue;
			for (lt0 = lo_tok; lt0 < p && rc->tok[lt0].e <= start; lt0++)
				;
			if (lt0 >= p)
				continue;
			arr = rc->acr;
			NCG_TRY(ncg_grow(&arr, &rc->capacr, rc->nacr + 1, sizeof *rc->acr));
			rc->acr = arr;
			NCG_TRY(rc_strdup(rc, sf, &acronym));
			rc->acr[rc->nacr++] = (rc_acronym){
				acronym, (uint32_t)s, (uint32_t)lt0, (uint32_t)p,
				(uint32_t)p, (uint32_t)close
			};
		}
	}
	return alias_defs(rc);
}

/* ---- bodies ------------------------------------------------------------------ */

static ncg_status
remember_acronym(rc_ctx *rc, const char *acronym, const ncg_mention *m)
{
	void *arr = rc->bacr;

	for (size_t i = 0; i < rc->nbacr; i++)
		if (strcmp(rc->bacr[i].acronym, acronym) == 0)
			return NCG_OK;
	NCG_TRY(ncg_grow(&arr, &rc->capbacr, rc->nbacr + 1, sizeof *rc->bacr));
	rc->bacr = arr;
	rc->bacr[rc->nbacr++] = (rc_body_acronym){acronym, (size_t)(m - rc->m)};
	return NCG_OK;
}

/* The body mention that defined the acronym at token i, or NULL. */
static inline const ncg_mention *
defined_body_acronym(const rc_ctx *rc, size_t i)
{
	for (size_t k = 0; k < rc->nbacr; k++)
		if (rc_is(rc, i, rc->bacr[k].acronym))
			return &rc->m[rc->bacr[k].def];
	return NULL;
}

/* Is each of have[0..nhave) among v[0..nv)? */
static int
states_among(const char *const *have, int nhave, const char *const *v, size_t nv)
{
	for (int i = 0; i < nhave; i++) {
		int found = 0;

		for (size_t k = 0; k < nv && !found; k++)
			found = strcmp(have[i], v[k]) == 0;
		if (!found)
			return 0;
	}
	return 1;
}

static int
countries_agree(const char *const *have, int nhave, const ncg_strlist *entry)
{
	return entry->n == 0 || states_among(have, nhave, (const char *const *)entry->v, entry->n);
}

/* Fill a mention's country keys (two at most) from a lexicon entry's. */
static void
set_countries_from_entry(const char *country[2], const ncg_lex_entry *e)
{
	for (size_t k = 0; k < e->country.n && k < 2; k++)
		country[k] = e->country.v[k];
}

/* rules113: the acronym in the parentheses after a name the lexicon
 * does not know is the lexicon's body ("Ministry of Defense (MND)": the
 * ROK Ministry of National Defense), when the name's states agree: one
 * body, not the name's and the acronym's. */
static void
lexicon_acronym_defined(rc_ctx *rc, ncg_mention *m, const rc_acronym *a)
{
	const ncg_mention *b = rc_mention_at(rc, NCG_M_BODY, a->p0 + 1);
	int n = m->body.country[1] ? 2 : m->body.country[0] ? 1 : 0;

	if (m->lex || !b || b == m || !b->lex || b->t0 != a->p0 + 1 || b->t1 != a->p1 ||
	    (n > 0 && !countries_agree(m->body.country, n, &b->lex->country)))
		return;
	m->key = b->key;
	m->lex = b->lex;
	if (!m->body.part_of)
		m->body.part_of = b->body.part_of;
	set_countries_from_entry(m->body.country, b->lex);
}

/* After a body mention ending at token `end`: "(ACRONYM)" defines or
 * repeats its acronym.  Sets *next to the token after what it took. */
static ncg_status
take_parenthetical_acronym(rc_ctx *rc, ncg_mention *m, size_t end, size_t lim,
                           size_t *next)
{
	const rc_acronym *a = rc_acronym_at_paren(rc, end);

	*next = end;
	if (!a || a->p1 >= lim)
		return NCG_OK;
	m->body.acronym = a->acronym;
	lexicon_acronym_defined(rc, m, a);
	NCG_TRY(remember_acronym(rc, a->acronym, m));
	rc_claim(rc, a->p0, a->p1 + 1, RC_CLAIM_BODY);
	return rc_end_at(next, a->p1 + 1);
}

static ncg_status
add_body(rc_ctx *rc, uint32_t s, size_t t0, size_t t1, ncg_mention **out)
{
	NCG_TRY(rc_add(rc, NCG_M_BODY, s, t0, t1, out));
	NCG_TRY(rc_span(rc, t0, t1, &(*out)->name));
	rc_claim(rc, t0, t1, RC_CLAIM_BODY);
	return NCG_OK;
}

/* rules150: does the long form of an acronym's definition name the
 * lexicon body by the title of its head, per the pair "head title"
 * (lex:bodyHeadTitle "Ministry Minister"): the title for the label's
 * first word, the head, and the rest the label's ("Minister of Economy,
 * Trade and Industry (METI)" for the ministry METI)? */
static int
body_by_title(const rc_ctx *rc, const rc_acronym *def, const ncg_lex_entry *entry,
              const char *pair)
{
	const char *title = strchr(pair, ' '), *rest;
	size_t hn = title ? (size_t)(title - pair) : 0, k = def->lt0, n;

	if (!title || strncmp(entry->label, pair, hn + 1) != 0)
		return 0;
	while (k + 1 < def->p0 && !rc_is(rc, k, title + 1))
		k++;
	if (k + 1 >= def->p0)
		return 0;
	rest = entry->label + hn + 1;
	n = rc->tok[def->p0 - 1].e - rc->tok[k + 1].b;
	return strlen(rest) == n && memcmp(rc->s + rc->tok[k + 1].b, rest, n) == 0;
}

/* rules150: does the long form of an acronym's definition name the
 * lexicon body by its head's title (body_by_title)?  Some publishers
 * define a ministry's acronym so. */
static int
ministry_by_minister(const rc_ctx *rc, const rc_acronym *def, const ncg_lex_entry *entry)
{
	const ncg_strlist *l = ncg_lexicon_words(rc->lex, NCG_WL_BODY_HEAD_TITLE);

	for (size_t j = 0; entry->label && l && j < l->n; j++)
		if (body_by_title(rc, def, entry, l->v[j]))
			return 1;
	return 0;
}

/* The next label or other wording of the lexicon body entry in the
 * long form of an acronym's definition, from token *k on: its end, its
 * start in *k; 0 when none. */
static size_t
entry_wording_from(const rc_ctx *rc, const rc_acronym *def, const ncg_lex_entry *entry,
                   size_t *k)
{
	for (; *k < def->p0; (*k)++) {
		size_t e;
		const ncg_lex_wording *w = rc_lex_longest(rc, *k, def->p0, 1u << NCG_LEX_BODY,
		                                          (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT),
		                                          &e);

		if (w && w->entry == entry)
			return e;
	}
	return 0;
}

/* Does the long form of an acronym's definition name this lexicon entry
 * ("Nuclear Consultative Group (NCG)" for the NCG)? */
static int
defines_entry(const rc_ctx *rc, const rc_acronym *def, const ncg_lex_entry *entry)
{
	size_t e;

	for (size_t k = def->lt0; (e = entry_wording_from(rc, def, entry, &k)) != 0; k++)
		if (e == def->p0)
			return 1;
	return 0;
}

/* The wordings of a body that name it in text. */
static const unsigned BODY_WHATS = (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) |
                                   (1u << NCG_LEXW_ACRONYM);

/* A longer lexicon name starting inside [i, e) wins: "the White House
 * National Security Council" is the NSC, not the White House. */
static int
longer_name_inside(const rc_ctx *rc, size_t i, size_t e, size_t lim)
{
	for (size_t k = i + 1; k < e; k++) {
		size_t e2;

		if (rc_lex_longest(rc, k, lim, 1u << NCG_LEX_BODY, BODY_WHATS, &e2) && e2 > e)
			return 1;
	}
	return 0;
}

/* An acronym the statement defined for a body ("the Nuclear Consultative
 * Group (NCG) ... the NCG"): the same body again. */
static ncg_status
defined_acronym_body(rc_ctx *rc, uint32_t s, size_t i, const ncg_mention *ba, size_t *next)
{
	ncg_mention def = *ba;      /* rc_add may move the array */
	ncg_mention *m;

	NCG_TRY(add_body(rc, s, i, i + 1, &m));
	m->key = def.key;
	m->lex = def.lex;
	m->body.acronym = def.body.acronym;
	m->body.country[0] = def.body.country[0];
	m->body.country[1] = def.body.country[1];
	m->body.part_of = def.body.part_of;
	return rc_end_at(next, i + 1);
}

/* The lexicon body w ending at e, with the country prefix pc[0..npc). */
static ncg_status
add_lexicon_body(rc_ctx *rc, uint32_t s, size_t i, size_t e, size_t lim,
                 const ncg_lex_wording *w, const char *const *pc, int npc, size_t *next)
{
	ncg_mention *m;

	NCG_TRY(add_body(rc, s, i, e, &m));
	m->lex = w->entry;
	m->key = w->entry->key;
	m->body.part_of = w->entry->part_of;
	set_countries_from_entry(m->body.country, w->entry);
	if (!m->body.country[0])
		for (int k = 0; k < npc; k++)
			m->body.country[k] = pc[k];
	if (w->what == NCG_LEXW_ACRONYM)
		m->body.acronym = w->wording;
	else if (w->entry->acronym.n)
		m->body.acronym = w->entry->acronym.v[0];
	return take_parenthetical_acronym(rc, m, e, lim, next);
}

static size_t possessive_country(const rc_ctx *rc, size_t s0, size_t start, const char **pc,
                                 int *npc);

/* fix66: a capitalised word the lexicon does not know right before the
 * lexicon body at i, after "the" ("the Swiss National Science
 * Foundation") or as a possessive ("Sri Lanka's National Science
 * Foundation"), no ordinal ("the Fourth Nuclear Consultative Group") nor
 * acronym ("VOA's White House Bureau Chief": an outlet), not after a title ("President Biden's"): a state the lexicon does not know
 * names its own body of the same name. */
static int
unknown_state_before(const rc_ctx *rc, size_t s0, size_t i)
{
	size_t p, e;

	if (i >= s0 + 3 && rc_apostrophe_s(rc, i - 2))
		p = i - 3;
	else if (i >= s0 + 2 && rc_wl(rc, i - 2, NCG_WL_DEFINITE_ARTICLE))
		p = i - 1;
	else
		return 0;
	if (!rc_cap(rc, p) || (rc->tok[p].flags & NCG_TF_UPPER) || rc_wl(rc, p, NCG_WL_OFFICE) ||
	    rc_wl(rc, p, NCG_WL_TITLE_HEAD) || rc_ordinal_word(rc, p, &e))
		return 0;
	/* no known name ends at p ("the White House's") */
	for (size_t c = p > s0 + 3 ? p - 3 : s0; c <= p; c++)
		if (rc_lex_longest(rc, c, p + 1, ~0u, ~0u, &e) && e == p + 1)
			return 0;
	return p == s0 || !(rc_wl(rc, p - 1, NCG_WL_OFFICE) || rc_wl(rc, p - 1, NCG_WL_TITLE_HEAD) ||
	                    rc_wl(rc, p - 1, NCG_WL_COURTESY) || rc_wl(rc, p - 1, NCG_WL_MILITARY_RANK));
}

/* Does the text give the lexicon body at [i, e) a state that is not the
 * entry's: a possessive before it ("Japan's Ministry of Foreign
 * Affairs") or "of" and a state after it ("Ministry of Foreign Affairs of
 * Japan")? */
static int
other_state_said(const rc_ctx *rc, uint32_t s, size_t i, size_t e, size_t lim,
                 const ncg_lex_entry *entry)
{
	const char *pc[2] = {NULL, NULL};
	int npc = 0;
	size_t ce;

	if (entry->country.n == 0)
		return 0;
	possessive_country(rc, rc->sent[s].t0, i, pc, &npc);
	if (npc == 0 && unknown_state_before(rc, rc->sent[s].t0, i))
		return 1;
	if (npc == 0 && e + 1 < lim && rc_wl(rc, e, NCG_WL_HEAD_OF)) {
		npc = rc_country_prefix(rc, e + 1, lim, pc, &ce);
		/* fixQ: a one-word name, "of" and a capitalised name that is
		 * no state of the lexicon ("the Diet of Poland"): a body of
		 * a state the lexicon does not know */
		if (npc == 0 && e == i + 1 && rc_cap(rc, e + 1) &&
		    !rc_wl(rc, e + 1, NCG_WL_DEFINITE_ARTICLE))
			return 1;
	}
	return npc > 0 && !countries_agree(pc, npc, &entry->country);
}

/* rules136: "of", maybe a lex:titleScopeDeterminer, and a state at
 * token j ("of Japan", "of the Republic of Korea"): the state's
 * countries in pc, their end in *ce; 0 when not. */
static int
state_of_at(const rc_ctx *rc, size_t j, size_t lim, const char **pc, size_t *ce)
{
	if (j + 1 >= lim || !rc_wl(rc, j, NCG_WL_HEAD_OF))
		return 0;
	if (j + 2 < lim && rc_wl(rc, j + 1, NCG_WL_TITLE_SCOPE_DETERMINER))
		j++;
	return rc_country_prefix(rc, j + 1, lim, pc, ce);
}

/* rules136: do the words at [p, p + n) repeat the lexicon body's at
 * [i, i + n), "of" and a state after them?  The state in pc[0..*npc),
 * the naming's end, or 0. */
static size_t
state_naming_at(const rc_ctx *rc, size_t p, size_t i, size_t n, size_t lim, const char **pc,
                int *npc)
{
	size_t k = 0, ce;

	while (k < n && rc_same_word(rc, p + k, i + k))
		k++;
	if (k < n)
		return 0;
	*npc = state_of_at(rc, p + n, lim, pc, &ce);
	return *npc > 0 ? ce : 0;
}

/* Do pc[0..n) and qc[0..nq) name the same states? */
static int
same_states(const char *const *pc, int n, const char *const *qc, int nq)
{
	return n == nq && states_among(pc, n, qc, (size_t)nq);
}

/* Speed only: the tokens where "of" and a state start, with no limit,
 * and the state's end, found once (rc->of_state).  A naming
 * state_naming_at finds within a limit starts at one of them (a longer
 * limit finds no fewer states), and is the same when the state ends
 * within the limit. */
static ncg_status
find_of_states(rc_ctx *rc)
{
	size_t n = 0;

	if (rc->of_state_known)
		return NCG_OK;
	for (int pass = 0; pass < 2; pass++) {
		n = 0;
		for (size_t j = 0; j < rc->ntok; j++) {
			const char *pc[2] = {NULL, NULL};
			size_t ce;

			if (state_of_at(rc, j, rc->ntok, pc, &ce) > 0) {
				if (pass)
					rc->of_state[n] = (struct rc_of_state){j, ce};
				n++;
			}
		}
		if (!pass && n && !(rc->of_state = ncg_arena_alloc(rc->arena, n * sizeof *rc->of_state)))
			return NCG_ERR_NOMEM;
		if (!n)
			break;
	}
	rc->nof_state = n;
	rc->of_state_known = 1;
	return NCG_OK;
}

/* rules136: read the namings of the words at [i, i + n) with "of" and a
 * state among of_state entries [k0, k1), nearest first, into memo m's
 * answer (the nearest naming; two: another names other states). */
static void
read_namings(const rc_ctx *rc, size_t i, size_t n, size_t k0, size_t k1,
             struct rc_naming_memo *m)
{
	size_t pe = 0, p0 = 0;
	const char *pc[2] = {NULL, NULL};
	int npc = 0, two = 0;

	for (size_t k = k1; k-- > k0 && !two;) {
		const char *qc[2] = {NULL, NULL};
		int nq = 0;
		size_t p, qe;

		if (rc->of_state[k].j < n)
			continue;
		m->exact &= rc->of_state[k].ce <= i;
		p = rc->of_state[k].j - n;
		if (!(qe = state_naming_at(rc, p, i, n, i, qc, &nq)))
			continue;
		if (pe)
			two = !same_states(pc, npc, qc, nq);
		else {
			pe = qe;
			p0 = p;
			npc = nq;
			pc[0] = qc[0];
			pc[1] = qc[1];
		}
	}
	/* the nearer namings first, then the memo's earlier ones */
	if (pe) {
		m->two = m->two || two || (m->pe && !same_states(pc, npc, m->pc, m->npc));
		m->pe = pe;
		m->p0 = p0;
		m->npc = npc;
		m->pc[0] = pc[0];
		m->pc[1] = pc[1];
	}
}

/* rules136: the memo of the words at [i, i + n), read on to i (a new
 * one when none can be: NULL when out of memory). */
static struct rc_naming_memo *
naming_memo(rc_ctx *rc, size_t i, size_t n)
{
	struct rc_naming_memo *m;
	size_t k, k1;

	for (m = rc->naming_memo; m; m = m->next) {
		size_t w = 0;

		if (m->n != n || m->i >= i || !m->exact)
			continue;
		while (w < n && rc_same_word(rc, m->i + w, i + w))
			w++;
		if (w == n)
			break;
	}
	if (!m) {
		if (!(m = ncg_arena_alloc(rc->arena, sizeof *m)))
			return NULL;
		*m = (struct rc_naming_memo){.next = rc->naming_memo, .n = n, .exact = 1};
		rc->naming_memo = m;
	}
	k = m->k;
	for (k1 = k; k1 < rc->nof_state && rc->of_state[k1].j + 2 <= i; k1++)
		;
	read_namings(rc, i, n, k, k1, m);
	m->i = i;
	m->k = k1;
	return m;
}

/* rules136: the nearest earlier naming of the lexicon body's words at
 * [i, e) with "of" and a state, searched backwards ("Ministry of
 * Foreign Affairs of Japan" ... "Ministry of Foreign Affairs"): its
 * start in *p0, its state in pc[0..npc), its end, or 0.  *two: the
 * text named the words with two states (which is meant is not said).
 * Read once per body's words up to each reading (naming_memo). */
static ncg_status
other_state_said_before(rc_ctx *rc, size_t i, size_t e, const char **pc, int *npc,
                        size_t *p0, int *two, size_t *pe)
{
	const struct rc_naming_memo *m;

	NCG_TRY(find_of_states(rc));
	if (!(m = naming_memo(rc, i, e - i)))
		return NCG_ERR_NOMEM;
	*two = m->two;
	*pe = m->two ? 0 : m->pe;
	*p0 = m->p0;
	*npc = m->npc;
	pc[0] = m->pc[0];
	pc[1] = m->pc[1];
	return NCG_OK;
}

/* Does "of" and a state follow token e ("... of Japan")? */
static int
state_after(const rc_ctx *rc, size_t e, size_t lim)
{
	const char *pc[2] = {NULL, NULL};
	size_t ce;

	return state_of_at(rc, e, lim, pc, &ce) > 0;
}

/* The body mention whose words hold [t0, t1), or NULL. */
static const ncg_mention *
body_mention_at(const rc_ctx *rc, size_t t0, size_t t1)
{
	for (size_t k = rc->nm; k-- > 0;)
		if (rc->m[k].kind == NCG_M_BODY && rc->m[k].t0 <= t0 && rc->m[k].t1 >= t1)
			return &rc->m[k];
	return NULL;
}

/* rules136: key each bare name state_body_again read as the body
 * mention of its earlier naming is keyed ("the Ministry of Foreign
 * Affairs of Japan" ... "Ministry of Foreign Affairs": one body). */
static void
key_bodies_again(rc_ctx *rc)
{
	for (const struct rc_again *a = rc->again; a; a = a->next) {
		const ncg_mention *first = body_mention_at(rc, a->p0, a->pe);

		if (first && first->key && rc->m[a->m].kind == NCG_M_BODY)
			rc->m[a->m].key = first->key;
	}
}

/* rules136: the bare name at [i, e) of a body the text named before
 * with its state, [p0, pe) (other_state_said_before): a mention of that
 * body, keyed by its whole name, then as that naming's mention is
 * (key_bodies_again).  Not when "of" and a state follow the name; none
 * when the text named it with two states. */
static ncg_status
state_body_again(rc_ctx *rc, uint32_t s, size_t i, size_t e, size_t lim,
                 const ncg_lex_entry *entry, size_t *next)
{
	const char *pc[2] = {NULL, NULL}, *full;
	int npc = 0, two;
	size_t p0 = 0, pe;
	ncg_mention *m;
	struct rc_again *again;

	*next = 0;
	if (entry->country.n == 0 || state_after(rc, e, lim))
		return NCG_OK;
	NCG_TRY(other_state_said_before(rc, i, e, pc, &npc, &p0, &two, &pe));
	if (two) {
		/* no reading of the name: claimed, for no later pass to read it */
		rc_claim(rc, i, e, RC_CLAIM_BODY);
		return rc_end_at(next, e);
	}
	if (!pe || countries_agree(pc, npc, &entry->country))
		return NCG_OK;
	NCG_TRY(add_body(rc, s, i, e, &m));
	NCG_TRY(rc_span(rc, p0, pe, &full));
	NCG_TRY(rc_key(rc, "body", full, &m->key));
	if (!(again = ncg_arena_alloc(rc->arena, sizeof *again)))
		return NCG_ERR_NOMEM;
	*again = (struct rc_again){rc->again, (size_t)(m - rc->m), p0, pe};
	rc->again = again;
	for (int k = 0; k < npc; k++)
		m->body.country[k] = pc[k];
	return rc_end_at(next, e);
}

/* A body from the lexicon at token i, with an optional country prefix. */
static size_t cap_run_end(const rc_ctx *rc, size_t i, size_t lim);
static int numbered_unit_head(const rc_ctx *rc, size_t start, size_t k);
static size_t run_head(const rc_ctx *rc, size_t start, size_t end);
static int plural_head_item(const rc_ctx *rc, size_t s0, size_t i);

/* rules13: does the lexicon's body w at [i, e) only open a longer
 * body's name: an acronym before a capitalised run headed by a body noun
 * ("UN General Assembly": i + 1, for the grammar to read the run; or
 * rules34 a head noun first and "of", "UN Group of ..."), or
 * the name, an acronym in brackets and then, capitalised, a lexicon
 * body's name ("United Nations (UN) Security Council Resolutions": where
 * that body starts)?  0 when not. */
static size_t
name_before_body(const rc_ctx *rc, const ncg_lex_wording *w, size_t i, size_t e, size_t lim)
{
	size_t k = e + 1, e2;

	if (w->what == NCG_LEXW_ACRONYM && e == i + 1 && (e2 = cap_run_end(rc, e, lim)) > e + 1 &&
	    run_head(rc, e, e2) == e2 - 1)
		return i + 1;
	/* rules34: or its first word heads it, "of" after it ("UN Group of
	 * Governmental Experts on ..."), no lexicon body's name there */
	if (w->what == NCG_LEXW_ACRONYM && e == i + 1 && e + 2 < lim && rc_cap(rc, e) &&
	    rc_wl(rc, e, NCG_WL_BODY_HEAD) && rc_wl(rc, e + 1, NCG_WL_HEAD_OF) && rc_cap(rc, e + 2) &&
	    !rc_lex_longest(rc, e, lim, ~0u, ~0u, &e2))
		return i + 1;
	/* fix67: a name of no state, then "of" and a capitalised word no
	 * lexicon entry's ("the European Community of Practice on cyber"):
	 * the name opens a longer one, no body of the lexicon (unless an
	 * "and" after that run may start another name) */
	if (w->what != NCG_LEXW_ACRONYM && w->entry->country.n == 0 && e + 1 < lim &&
	    rc_wl(rc, e, NCG_WL_HEAD_OF) && rc_cap(rc, e + 1) &&
	    !rc_lex_longest(rc, e + 1, lim, ~0u, ~0u, &e2)) {
		for (e2 = e + 1; e2 < lim && rc_cap(rc, e2); e2++)
			;
		if (e2 >= lim || !rc_wl(rc, e2, NCG_WL_PAIR_CONJUNCTION))
			return e;
	}
	if (e >= lim || !rc_punct(rc, e, "("))
		return 0;
	while (k < lim && k < e + 5 && !rc_punct(rc, k, ")"))
		k++;
	if (k + 1 >= lim || !rc_punct(rc, k, ")") || !rc_cap(rc, k + 1))
		return 0;
	return rc_lex_longest(rc, k + 1, lim, 1u << NCG_LEX_BODY, BODY_WHATS, &e2) ? k + 1 : 0;
}

static size_t acronym_name_start(const rc_ctx *rc, const rc_acronym *d);
static int acronym_name_states(const rc_ctx *rc, size_t t0, size_t p0, const char **pc);

/* rules145: is the n bytes at w a whole word of name? */
static int
word_in_name(const char *name, const char *w, size_t n)
{
	for (const char *p = name; *p; p++)
		if ((p == name || p[-1] == ' ' || p[-1] == '-') && strncmp(p, w, n) == 0 &&
		    (p[n] == '\0' || p[n] == ' ' || p[n] == '-'))
			return 1;
	return 0;
}

/* rules145: does each capitalised word of [t0, t1), but a state's, name
 * the lexicon entry too, in its label or another wording ("Ministry of
 * Defense (MND)" and "ROK Ministry of National Defense"; not "Syrian
 * Democratic Forces (SDF)" and Japan's forces, the SDF)? */
static int
words_of_entry(const rc_ctx *rc, size_t t0, size_t t1, const ncg_lex_entry *e)
{
	for (size_t k = t0; k < t1; k++) {
		const char *w = rc->s + rc->tok[k].b;
		size_t n = rc->tok[k].e - rc->tok[k].b, x;
		int found = e->label && word_in_name(e->label, w, n);

		if (rc_lex_longest(rc, k, t1, 1u << NCG_LEX_COUNTRY, ~0u, &x)) {
			k = x - 1;
			continue;
		}
		if (!rc_cap(rc, k))
			continue;
		for (size_t j = 0; !found && j < e->alt.n; j++)
			found = word_in_name(e->alt.v[j], w, n);
		if (!found)
			return 0;
	}
	return 1;
}

/* rules150: does the long form of an acronym's definition give the
 * lexicon entry's name another state, by a possessive or "of" and the
 * state ("Ministry of Foreign Affairs of Japan (MOFA)", "Japan's
 * Ministry of Foreign Affairs (MOFA)": not the ROK's ministry)? */
static int
defines_other_state_body(const rc_ctx *rc, const rc_acronym *def, const ncg_lex_entry *entry)
{
	size_t k = def->lt0, e = entry_wording_from(rc, def, entry, &k);

	return e && other_state_said(rc, def->sent, k, e, def->p0, entry);
}

/* fix67: does an alias cue (lex:aliasCue) right before the acronym at
 * k, after a comma or "(", give it as the short name of the capitalised
 * name before them ("the Culinary Institute of America, known as CIA")?
 * fix70 (review70): the acronym must close the alias (a comma, ")", ";",
 * "." or the sentence's end s1 after it): before a noun it only modifies
 * ("Langley, known as CIA headquarters").  That name's start, or 0. */
static size_t
alias_name_start(const rc_ctx *rc, size_t s0, size_t s1, size_t k)
{
	size_t c = k > s0 + 3 ? k - 3 : s0, q;

	if (k + 1 < s1 && !rc_punct(rc, k + 1, ",") && !rc_punct(rc, k + 1, ")") &&
	    !rc_punct(rc, k + 1, ";") && !rc_punct(rc, k + 1, "."))
		return 0;
	while (c < k && rc_wl_match(rc, c, k, NCG_WL_ALIAS_CUE, 0) != k)
		c++;
	if (c >= k || c < s0 + 2 || !(rc_punct(rc, c - 1, ",") || rc_punct(rc, c - 1, "(")))
		return 0;
	for (q = c - 1; q > s0 && (rc_cap(rc, q - 1) || (q - 1 > s0 && rc_cap(rc, q) &&
	                           rc_cap(rc, q - 2) && rc_wl(rc, q - 1, NCG_WL_HEAD_OF)));)
		q--;
	return q < c - 1 ? q : 0;
}

/* fix70 (review70): the text's alias definitions (alias_name_start),
 * found once per text into rc->alias */
static ncg_status
alias_defs(rc_ctx *rc)
{
	for (size_t s = 0; s < rc->nsent; s++)
		for (size_t k = rc->sent[s].t0 + 3; k < rc->sent[s].t1; k++) {
			size_t t0 = alias_name_start(rc, rc->sent[s].t0, rc->sent[s].t1, k);
			void *arr = rc->alias;

			if (!t0)
				continue;
			NCG_TRY(ncg_grow(&arr, &rc->capalias, rc->nalias + 1, sizeof *rc->alias));
			rc->alias = arr;
			rc->alias[rc->nalias++] = (struct rc_alias){k, t0};
		}
	return NCG_OK;
}

/* fix67: does the statement define the acronym at i, by an alias cue,
 * for a name with a word none of the lexicon entry's wordings has (a
 * text's own "CIA" for another body than the agency)? */
static int
alias_defines_other(const rc_ctx *rc, size_t i, const ncg_lex_entry *entry)
{
	for (size_t a = 0; a < rc->nalias; a++)
		if (rc_same_word(rc, rc->alias[a].k, i) &&
		    !words_of_entry(rc, rc->alias[a].t0, rc->alias[a].k, entry))
			return 1;
	return 0;
}

/* Is the lexicon's acronym at i the entry's here?  Not when the text
 * defines it for something else; nor (rules19) when it defines it, in
 * these parentheses, for a name of other states ("U.S.-South Korea
 * National Security Council (NSC)": that name's, acronym_bodies); nor
 * (rules145) for a name with a word none of the entry's wordings has. */
static int
acronym_of_entry(const rc_ctx *rc, size_t i, const ncg_lex_entry *entry)
{
	const rc_acronym *def = rc_acronym_def(rc, rc->s + rc->tok[i].b,
	                                       rc->tok[i].e - rc->tok[i].b);
	const char *pc[2] = {NULL, NULL};
	size_t t0;
	int n;

	if (!def)
		return !alias_defines_other(rc, i, entry);
	if (defines_other_state_body(rc, def, entry))
		return 0;
	/* rules150: named by its minister's title, here or earlier */
	if (ministry_by_minister(rc, def, entry))
		return 1;
	if (def->p0 != i - 1)
		return defines_entry(rc, def, entry);
	t0 = acronym_name_start(rc, def);
	n = acronym_name_states(rc, t0, def->p0, pc);
	return (n == 0 || countries_agree(pc, n, &entry->country)) &&
	       words_of_entry(rc, t0, def->p0, entry);
}

/* rules38: where a body named before "'s" at token start begins, or
 * start.  The newest such body of the sentence (from s0): of the
 * mentions covering the token before "'s" (rc->cover, newest first), not
 * every mention of the statement. */
static size_t
possessive_owner(const rc_ctx *rc, size_t s0, size_t start)
{
	if (start < s0 + 3 || !rc_apostrophe_s(rc, start - 2))
		return start;
	for (uint32_t r = rc->cover_head[start - 3]; r; r = rc->cover[r - 1].next) {
		const ncg_mention *m = &rc->m[rc->cover[r - 1].m];

		if (m->kind == NCG_M_BODY && m->t1 == start - 2 && m->t0 >= s0)
			/* past its article */
			return m->t0 + (rc_wl_ci(rc, m->t0, NCG_WL_DEFINITE_ARTICLE) ? 1 : 0);
	}
	return start;
}

/* Is token k a determiner: "a", "an", "the", "its", "their", "our"? */
static int
determiner_at(const rc_ctx *rc, size_t k)
{
	return rc_wl(rc, k, NCG_WL_INDEFINITE_ARTICLE) || rc_wl_ci(rc, k, NCG_WL_OBJECT_DETERMINER);
}

/* rules38: is the body of no state at [i, e) in sentence s, a short name
 * ("U.N.", "United Nations"), a modifier inside another noun phrase: a
 * determiner before it (maybe an adjective or a year between) that
 * belongs to the noun after it, a document noun ("a landmark U.N.
 * report") or a capitalised name that is no body ("the UN Plastics
 * Convention", "the 2014 U.N. Commission of Inquiry report")?  The
 * phrase names the report or the convention, not the body ("violations
 * of U.N. resolutions", with no determiner, still names it). */
static int
modifier_in_phrase(const rc_ctx *rc, uint32_t s, size_t i, size_t e, size_t lim,
                   const ncg_lex_entry *entry)
{
	size_t s0 = rc->sent[s].t0, e2;

	if (entry->country.n > 0 || e > i + 2 || e >= lim || i < s0 + 1)
		return 0;
	if (!determiner_at(rc, i - 1) &&
	    !(i >= s0 + 2 && (rc_lower(rc, i - 1) || rc->tok[i - 1].kind == NCG_TOK_NUMBER) &&
	      determiner_at(rc, i - 2)))
		return 0;
	if (rc_lower(rc, e))
		return rc_wl_ci(rc, e, NCG_WL_DOCUMENT_HEAD) || rc_wl(rc, e, NCG_WL_DOCUMENT_NOUN);
	return rc_cap(rc, e) && !rc_lex_longest(rc, e, lim, 1u << NCG_LEX_BODY, BODY_WHATS, &e2) &&
	       cap_run_end(rc, e, lim) > e;
}

/* rules107: is the lexicon body at [i, e) of sentence s, its last word
 * a one-word name, no body but a word of another phrase?  After a
 * possessive determiner and before a lower-case noun it modifies the
 * noun ("my Senate colleagues"); written in lower case before one it is
 * a common noun's modifier ("the U.S. senate leadership"); alone before
 * a legislature's or another office's title and a name it is only a word
 * of the title ("Senate Minority Leader Mitch McConnell"). */
static int
attributive_body(const rc_ctx *rc, uint32_t s, size_t i, size_t e, size_t lim)
{
	const char *pc[2];
	size_t oe, pe = i;

	if (e >= lim)
		return 0;
	if (rc_country_prefix(rc, i, e, pc, &oe) > 0)
		pe = oe;
	if (pe + 1 == e && rc_lower(rc, e) && rc_word(rc, e) &&
	    ((e == i + 1 && i > rc->sent[s].t0 && rc_wl(rc, i - 1, NCG_WL_POSSESSIVE)) ||
	     rc_lower(rc, e - 1)))
		return 1;
	if (e != i + 1)
		return 0;
	oe = rc_cap(rc, e) ? rc_wl_match(rc, e, lim, NCG_WL_OFFICE, 1) : 0;
	return oe > e + 1 && oe < lim && rc_cap(rc, oe) && !rc_wl(rc, oe, NCG_WL_OFFICE);
}

/* rules107: does a hyphen glued to token e - 1 end its line, the word
 * broken across lines ("UN-" / "LESS" in a telegram)? */
static int
line_broken_word(const rc_ctx *rc, size_t e)
{
	return e + 1 < rc->ntok && rc_hyphen(rc, e) && rc_adjacent(rc, e) &&
	       (rc->tok[e + 1].flags & NCG_TF_LINE) && rc_word(rc, e + 1);
}

/* A lexicon body after a country prefix at i ("ROK Ministry of National
 * Defense"): sets the prefix's countries (pc, *npc) and the body's
 * wording (*w, ending at *e); 1 when one is there, 0 when none, -1 when
 * its words are the grammar's to read (*e past them). */
static int
prefixed_body(rc_ctx *rc, size_t i, size_t lim, const char **pc, int *npc,
              const ncg_lex_wording **w, size_t *e)
{
	size_t pend;

	*npc = rc_country_prefix(rc, i, lim, pc, &pend);
	if (*npc == 0 || pend >= lim)
		return 0;
	*w = rc_lex_longest(rc, pend, lim, 1u << NCG_LEX_BODY, BODY_WHATS, e);
	if (!*w || (*w)->what == NCG_LEXW_ACRONYM)
		return 0;
	/* "ROK National Security Council" is not the NSC: skip the words,
	 * for the grammar to read as a body of its own */
	return countries_agree(pc, *npc, &(*w)->entry->country) ? 1 : -1;
}

/* The most tokens of a meeting's name after its body ("Defense
 * Ministers ' Meeting" is four; a longer run is no such name). */
enum { MEETING_TAIL_TOKENS = 8 };

/* rules364: do the words from e name a meeting that the body before
 * them only qualifies ("the 2018 Association of Southeast Asian Nations
 * Defense Ministers' Meeting")?  Capitalised words of no body's head nor
 * meeting noun, at least one, then a lex:nameMeetingNoun.  fix180
 * (review146 4, 5): only in the narrow form the gold supports, a plural
 * possessive right before the noun ("Ministers' Meeting", "Leaders'
 * Summit"), and no place, country, title, rank or headline verb among
 * the words ("the North Atlantic Treaty Organization Washington Summit",
 * "... Secretary General Stoltenberg Attends Washington Summit" keep
 * their body).  The body is a word of the meeting's name, not asserted
 * ("the ASEAN Regional Forum Ministerial Meeting", the body's own
 * meeting, and "NATO Summit", with no word between, are left alone).
 * The token past the meeting noun, or 0. */
static size_t
meeting_name_tail(const rc_ctx *rc, size_t e, size_t lim)
{
	size_t words = 0, pe;

	for (size_t k = e; k < lim && k < e + MEETING_TAIL_TOKENS; k++) {
		if (rc_apostrophe(rc, k) && k > e && rc_adjacent(rc, k))
			continue;
		if (!rc_cap(rc, k))
			return 0;
		if (rc_wl(rc, k, NCG_WL_NAME_MEETING_NOUN))
			return words > 0 && k >= e + 2 && rc_apostrophe(rc, k - 1) &&
			               rc_adjacent(rc, k - 1) &&
			               rc->s[rc->tok[k - 2].e - 1] == 's'
			           ? k + 1
			           : 0;
		if (rc_wl(rc, k, NCG_WL_BODY_HEAD) || rc_person_title_at(rc, k) ||
		    rc_headline_verb_at(rc, k) ||
		    rc_lex_longest(rc, k, lim, (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_PLACE), ~0u,
		                   &pe))
			return 0;
		words++;
	}
	return 0;
}

/* The lexicon body w read at [i, e) of sentence s, its prefix's
 * countries pc (npc, 0: none), with what a possessive before it adds to
 * its wording; then added (add_lexicon_body). */
static ncg_status
possessed_lexicon_body(rc_ctx *rc, uint32_t s, size_t i, size_t e, size_t lim,
                       const ncg_lex_wording *w, const char **pc, int npc, size_t *next)
{
	size_t me;

	/* rules10: "America's Department of Defense": the body's own state
	 * in a possessive before it is part of its wording */
	if (npc == 0 && w->what != NCG_LEXW_ACRONYM && w->entry->country.n > 0) {
		size_t from = possessive_country(rc, rc->sent[s].t0, i, pc, &npc);

		if (npc > 0 && countries_agree(pc, npc, &w->entry->country) &&
		    !rc_claimed(rc, from, i, RC_CLAIM_BODY | RC_CLAIM_NAME))
			i = from;
		else
			npc = 0;
	}
	if (w->what == NCG_LEXW_ACRONYM && !acronym_of_entry(rc, i, w->entry))
		return NCG_OK;
	/* rules122: a short name of a body of no state before a noun of
	 * its troops ("some UN forces") only modifies it */
	if (npc == 0 && (modifier_in_phrase(rc, s, i, e, lim, w->entry) ||
	                 (w->entry->country.n == 0 && e <= i + 2 && e < lim &&
	                  rc_wl(rc, e, NCG_WL_FORCES_NOUN))))
		return rc_end_at(next, e);
	if (w->what != NCG_LEXW_ACRONYM && attributive_body(rc, s, i, e, lim))
		return rc_end_at(next, e);
	if (npc == 0 && w->entry->country.n == 0 && w->what != NCG_LEXW_ACRONYM && !rc_in_title(rc, s) &&
	    (me = meeting_name_tail(rc, e, lim)) > 0) {
		rc_claim(rc, i, me, RC_CLAIM_BODY);
		return rc_end_at(next, me);
	}
	/* rules38: "the White House's National Security Council": a body
	 * named before "'s" that owns a lexicon body of three words or more
	 * is part of its wording, written whole */
	if (npc == 0 && w->what != NCG_LEXW_ACRONYM && e >= i + 3)
		i = possessive_owner(rc, rc->sent[s].t0, i);
	return add_lexicon_body(rc, s, i, e, lim, w, pc, npc, next);
}

/* rules84: does a one-word lexicon name that is a body's head noun at
 * i close a longer capitalised name ("the National People's Congress":
 * no U.S. "Congress")?  A country before it ("U.S. Congress") or a word
 * that opens sentences, no name (lex:sentenceInitial: "The", "But"),
 * opens no other name. */
static int
head_of_longer_name(const rc_ctx *rc, size_t t0, size_t i, size_t e)
{
	size_t j = i - 1, e2;

	if (e != i + 1 || i <= t0 || !rc_wl(rc, i, NCG_WL_BODY_HEAD))
		return 0;
	if (j >= t0 + 2 && rc_apostrophe_s(rc, j - 1))
		j -= 2;
	return rc_cap(rc, j) && !rc_wl(rc, j, NCG_WL_SENTENCE_INITIAL) &&
	       !rc_lex_longest(rc, j, i, 1u << NCG_LEX_COUNTRY, ~0u, &e2);
}

/* Is entry among the n states of list? */
static int
state_listed(const ncg_lex_entry *const *list, size_t n, const ncg_lex_entry *entry)
{
	for (size_t k = 0; k < n; k++)
		if (list[k] == entry)
			return 1;
	return 0;
}

/* rules152: the countries the text names, into rc->states, each once:
 * their wordings, longest reading first (not "Korean" in "the Korean
 * Peninsula", a place); fixJ: and its places of a state ("Seoul").
 * Read once. */
static ncg_status
text_states(rc_ctx *rc)
{
	size_t n = 0;

	if (rc->states_known)
		return NCG_OK;
	for (int pass = 0; pass < 2; pass++) {
		n = 0;
		for (size_t j = 0; j < rc->ntok; j++) {
			size_t e;
			const ncg_lex_wording *w = rc_lex_longest(rc, j, rc->ntok, ~0u, ~0u, &e);

			if (!w)
				continue;
			j = e - 1;
			if (w->entry->kind != NCG_LEX_COUNTRY &&
			    (w->entry->kind != NCG_LEX_PLACE || w->entry->country.n == 0))
				continue;
			if (!pass)
				n++;    /* namings: no fewer than the states */
			else if (!state_listed(rc->states, n, w->entry))
				rc->states[n++] = w->entry;
		}
		if (!pass && n && !(rc->states = ncg_arena_alloc(rc->arena, n * sizeof *rc->states)))
			return NCG_ERR_NOMEM;
		if (!n)
			break;
	}
	rc->nstates = n;
	rc->states_known = 1;
	return NCG_OK;
}

/* fixJ: does the state bear a body of the name at [i, e) too
 * (lex:sameNamedBody: Japan's "Ministry of Foreign Affairs")? */
static int
bears_body_named(const rc_ctx *rc, const ncg_lex_entry *state, size_t i, size_t e)
{
	size_t n = rc->tok[e - 1].e - rc->tok[i].b;

	for (size_t k = 0; k < state->body_name.n; k++)
		if (strlen(state->body_name.v[k]) == n &&
		    memcmp(state->body_name.v[k], rc->s + rc->tok[i].b, n) == 0)
			return 1;
	return 0;
}

/* rules152: is the lexicon body named at [i, e) by a head many states'
 * bodies bear (lex:sharedBodyHead: "Ministry of Foreign Affairs"), in a
 * text that names none of the entry's states, nor (fixJ) a place of
 * theirs ("Seoul"), and names another state that bears a body of that
 * name (bears_body_named; not the U.S. nor the DPRK)?  Then the bare
 * name is not known to be that state's (a Japan-U.S. text's is
 * Japan's): *out 1, no key. */
static ncg_status
state_unnamed(rc_ctx *rc, size_t i, size_t e, const ncg_lex_entry *entry, int *out)
{
	size_t h = i;
	int other = 0;

	*out = 0;
	if (entry->country.n == 0)
		return NCG_OK;
	while (h < e && !rc_wl(rc, h, NCG_WL_SHARED_BODY_HEAD))
		h++;
	if (h == e)
		return NCG_OK;
	NCG_TRY(text_states(rc));
	for (size_t k = 0; k < rc->nstates; k++) {
		const ncg_lex_entry *st = rc->states[k];
		int country = st->kind == NCG_LEX_COUNTRY;

		if (country ? countries_agree(&st->key, 1, &entry->country)
		            : countries_agree((const char *const *)st->country.v,
		                              (int)st->country.n, &entry->country))
			return NCG_OK;
		other |= country && bears_body_named(rc, st, i, e);
	}
	*out = other;
	return NCG_OK;
}

/* fix82 (review80): the lexicon's numbered unit [i, e) (an ordinal,
 * its last word a unit's head: "8th U.S. Army", "Eighth U.S. Army")
 * going on as a subordinate unit's name, capitalised words up to a
 * unit's or body's head ("8th U.S. Army Band", "Eighth U.S. Army
 * Sustainment Command"; not "Eighth Army Deputy Commander", a title, nor
 * "Eighth Army Headquarters", its building): where that name ends (its
 * own body or none), or 0. */
static size_t
unit_name_goes_on(const rc_ctx *rc, size_t i, size_t e, size_t lim)
{
	size_t oe;

	if (e <= i + 1 || !rc_ordinal_word(rc, i, &oe) || !rc_wl(rc, e - 1, NCG_WL_MILITARY_UNIT_HEAD))
		return 0;
	for (size_t k = e; k < lim && k < e + 4 && rc_cap(rc, k) && rc_adjacent(rc, k) == 0; k++) {
		if (rc_wl(rc, k, NCG_WL_TITLE_HEAD) || rc_wl(rc, k, NCG_WL_BUILDING_BODY_HEAD))
			return 0;
		if (rc_wl(rc, k, NCG_WL_MILITARY_UNIT_HEAD) || rc_wl(rc, k, NCG_WL_BODY_HEAD))
			return k + 1;
	}
	return 0;
}

/* rules267: is the lexicon body of a state at [i, e) written right
 * after the name of one of the United States (lex:stateName: "the Hawaii
 * State Department of Business, Economic Development, and Tourism
 * (DBEDT)", "the California State Department of Education")?  The name
 * is that state's own department, for the grammar to read whole, not the
 * nation's. */
static int
after_state_name(const rc_ctx *rc, size_t s0, size_t i, const ncg_lex_wording *w)
{
	size_t o = i;

	if (!w || w->entry->country.n == 0 || w->what == NCG_LEXW_ACRONYM)
		return 0;
	/* fix97 (review90): only with the state's own word (lex:stateOwnWord:
	 * "Hawaii State") at or right before the lexicon name; "the Hawaii
	 * National Guard and the Hawaii Department of Defense" keeps both
	 * bodies.  Nor after a preposition ("In Washington State Department
	 * officials ..."): the state is a place there. */
	if (!rc_wl(rc, i, NCG_WL_STATE_OWN_WORD)) {
		if (i == s0 || !rc_wl(rc, i - 1, NCG_WL_STATE_OWN_WORD))
			return 0;
		o = i - 1;
	}
	for (size_t k = o > s0 + 3 ? o - 3 : s0; k < o; k++)
		if (rc_wl_match(rc, k, o, NCG_WL_STATE_NAME, 1) == o)
			return !(k > s0 && rc_wl_ci(rc, k - 1, NCG_WL_ITEM_PREPOSITION));
	return 0;
}

/* Does a country's name start at token k (after "the")? */
static int
country_at(const rc_ctx *rc, size_t k, size_t lim)
{
	size_t x;

	if (rc_is(rc, k, "the"))
		k++;
	return k < lim && rc_lex_longest(rc, k, lim, 1u << NCG_LEX_COUNTRY, ~0u, &x) != NULL;
}

/* fix131 (review113 2): a lexicon body's wording w holding a comma
 * ("U.S. Forces, Japan", "Marine Corps Forces, Pacific": a component
 * command's formal name) read at [i, e) only in its exact case and with
 * no list going on: not "U.S. forces, Japan and the Philippines", "Marine
 * Corps forces, Pacific island nations" (case), nor "U.S. Forces, Japan's
 * Self-Defense Forces", "..., Japan and South Korea", "..., Japan, Korea"
 * (a country after it: a list of forces and states)?  0: no reading. */
static int
comma_wording_fits(const rc_ctx *rc, size_t i, size_t e, size_t lim, const char *w)
{
	if (!strchr(w, ','))
		return 1;
	for (size_t k = i; k < e; k++) {
		size_t n = rc->tok[k].e - rc->tok[k].b;

		while (*w == ' ')
			w++;
		if (strncmp(w, rc->s + rc->tok[k].b, n) != 0)
			return 0;
		w += n;
	}
	if (rc_apostrophe_s(rc, e))
		return 0;
	return !((rc_is(rc, e, "and") || rc_is(rc, e, "or") || rc_punct(rc, e, ",")) &&
	         country_at(rc, e + 1, lim));
}

/* The longest lexicon body wording at i within lim (*e its end), or NULL;
 * a wording with a comma that does not fit there (comma_wording_fits)
 * gives way to the longest before that comma ("U.S. forces, Japan and
 * the Philippines": read as before the comma forms were added). */
static const ncg_lex_wording *
body_wording_at(const rc_ctx *rc, size_t i, size_t lim, size_t *e)
{
	const ncg_lex_wording *w = rc_lex_longest(rc, i, lim, 1u << NCG_LEX_BODY, BODY_WHATS, e);
	size_t c = i;

	if (!w || comma_wording_fits(rc, i, *e, lim, w->wording))
		return w;
	while (c < *e && !rc_punct(rc, c, ","))
		c++;
	return rc_lex_longest(rc, i, c, 1u << NCG_LEX_BODY, BODY_WHATS, e);
}

static ncg_status
lexicon_body_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	const char *pc[2] = {NULL, NULL};
	int npc = 0, unnamed;
	size_t e, pend;
	const ncg_lex_wording *w;
	const ncg_mention *ba;

	*next = 0;
	if (rc_claimed(rc, i, i + 1, RC_CLAIM_BODY))
		return NCG_OK;
	w = body_wording_at(rc, i, lim, &e);
	if (w && line_broken_word(rc, e))
		return rc_end_at(next, e);
	if (w && (longer_name_inside(rc, i, e, lim) || head_of_longer_name(rc, rc->sent[s].t0, i, e) ||
	          after_state_name(rc, rc->sent[s].t0, i, w)))
		return NCG_OK;
	if (w && e == i + 1 && plural_head_item(rc, rc->sent[s].t0, i))
		return rc_end_at(next, e);
	/* an acronym this statement defined for a body, unless a longer
	 * lexicon name starts with it ("NCG Working Group") */
	if ((!w || e == i + 1) && (ba = defined_body_acronym(rc, i)) != NULL)
		return defined_acronym_body(rc, s, i, ba, next);
	if (!w) {
		int r = prefixed_body(rc, i, lim, pc, &npc, &w, &e);

		if (r <= 0)
			return r < 0 ? rc_end_at(next, e) : NCG_OK;
	}
	/* rules16: "DoD News": a body's acronym (rules34: or one-word
	 * name, "DOD") opens a news outlet's name (lex:outletHead), no
	 * mention of the body */
	if ((w->what == NCG_LEXW_ACRONYM || e == i + 1) && e < lim && rc_cap(rc, e) &&
	    rc_wl(rc, e, NCG_WL_OUTLET_HEAD))
		return rc_end_at(next, e + 1);
	/* rules13: "United Nations (UN) Security Council", "UN General
	 * Assembly": the name opens a longer body's; fix82: a numbered
	 * unit's alternative name a subordinate unit's ("8th U.S. Army
	 * Band"): no body of it, nor of a run around it */
	if ((pend = name_before_body(rc, w, i, e, lim)) != 0)
		return rc_end_at(next, pend);
	if (w->what == NCG_LEXW_ALT && (pend = unit_name_goes_on(rc, i, e, lim)) != 0) {
		rc_claim(rc, i, pend, RC_CLAIM_BODY);
		return rc_end_at(next, pend);
	}
	/* "Japan's Ministry of Foreign Affairs", "... of Japan": another
	 * state's body of the same name, for the grammar to read */
	if (npc == 0 && other_state_said(rc, s, i, e, lim, w->entry))
		return rc_end_at(next, e);
	if (npc == 0) {
		NCG_TRY(state_body_again(rc, s, i, e, lim, w->entry, next));
		if (*next)
			return NCG_OK;
	}
	/* rules152: "Ministry of Foreign Affairs" in a Japan-U.S. text */
	if (npc == 0 && !rc_country_prefix(rc, i, e, pc, &pend)) {
		NCG_TRY(state_unnamed(rc, i, e, w->entry, &unnamed));
		if (unnamed)
			return rc_end_at(next, e);
	}
	return possessed_lexicon_body(rc, s, i, e, lim, w, pc, npc, next);
}

/* rules10: is token i a number of digits alone ("2015"; not "45th")? */
static int
digits_only(const rc_ctx *rc, size_t i)
{
	if (rc->tok[i].kind != NCG_TOK_NUMBER)
		return 0;
	for (size_t k = rc->tok[i].b; k < rc->tok[i].e; k++)
		if (rc->s[k] < '0' || rc->s[k] > '9')
			return 0;
	return 1;
}

/* rules34: a possessive at j inside a body's name, between a
 * capitalised word that is no country, place or other known name and
 * the body's head noun ("the Supreme Prosecutors' Office", "Supreme
 * Prosecutor's Office"; not "Korea's Ministry of ...", nor a meeting,
 * "Secretary Blinken's Meeting"): the number of
 * its tokens (1 or 2), or 0. */
static size_t
inner_possessive(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	size_t n;

	if (j <= i || !rc_cap(rc, j - 1) || !rc_adjacent(rc, j) ||
	    !rc_apostrophe(rc, j))
		return 0;
	n = rc_apostrophe_s(rc, j) ? 2 : 1;
	if (n == 1 && !(rc->tok[j - 1].e > rc->tok[j - 1].b && rc->s[rc->tok[j - 1].e - 1] == 's'))
		return 0;
	if (j + n >= lim || !rc_cap(rc, j + n) || !rc_wl(rc, j + n, NCG_WL_BODY_HEAD) ||
	    rc_wl_ci(rc, j + n, NCG_WL_MEETING_NOUN) || rc_wl(rc, j + n, NCG_WL_NAME_MEETING_NOUN) ||
	    rc_lex_longest(rc, j - 1, j, ~0u, ~0u, &(size_t){0}))
		return 0;
	return n;
}

/* rules58: is token i an item of a list a plural body head's "of"
 * opens ("the Departments of State, the Treasury, Justice, and
 * Defense"): capitalised words, commas, "the" and "and" back to "of"
 * after a capitalised plural whose singular is a body's head
 * ("Departments", "Ministries")?  Such an item names no body whole. */
static int
plural_head_item(const rc_ctx *rc, size_t s0, size_t i)
{
	size_t k = i, n;
	char one[64];
	const ncg_token *t;

	while (k > s0 + 1 && i - k < 16 &&
	       (rc_cap(rc, k - 1) || rc_punct(rc, k - 1, ",") ||
	        rc_wl_ci(rc, k - 1, NCG_WL_DEFINITE_ARTICLE) || rc_wl(rc, k - 1, NCG_WL_PAIR_CONJUNCTION)))
		k--;
	if (k <= s0 + 1 || !rc_is(rc, k - 1, "of") || !rc_cap(rc, k - 2))
		return 0;
	t = &rc->tok[k - 2];
	n = t->e - t->b;
	if (n < 4 || n >= sizeof one || rc->s[t->e - 1] != 's')
		return 0;
	memcpy(one, rc->s + t->b, n);
	if (n > 4 && memcmp(one + n - 3, "ies", 3) == 0) {
		one[n - 3] = 'y';
		n -= 2;
	} else
		n--;
	return ncg_lexicon_has_word(rc->lex, NCG_WL_BODY_HEAD, one, n);
}

/* rules58: is token i a possessive's bare apostrophe, right after a
 * word ending in "s" or a dotted acronym ("Forces'", "U.S.'")? */
static int
bare_apostrophe(const rc_ctx *rc, size_t i)
{
	const ncg_token *w;

	if (i == 0 || !rc_adjacent(rc, i) || !rc_apostrophe(rc, i))
		return 0;
	w = &rc->tok[i - 1];
	return w->e > w->b && (rc->s[w->e - 1] == 's' || rc->s[w->e - 1] == '.') &&
	       !(i + 1 < rc->ntok && rc_adjacent(rc, i + 1) && rc->tok[i + 1].kind == NCG_TOK_WORD);
}

/* rules58: does the next name begin at k, after "and" inside the
 * capitalised run [i, j): a country's possessive ("A's X and B's Y":
 * "South Korea's ... Research and the U.S.' National Aeronautics ..."),
 * or a country prefix and a capitalised word when [i, j) holds a
 * body's head ("between the Korean Ministry of Economy and Finance and
 * the U.S. Treasury Department"; not "Republic of Korea and United
 * States Military Committee")? */
static int
next_name_at(const rc_ctx *rc, size_t i, size_t j, size_t k, size_t lim)
{
	const char *pc[2];
	size_t e;

	if (rc_country_prefix(rc, k, lim, pc, &e) == 0 || e >= lim)
		return 0;
	return rc_apostrophe_s(rc, e) || bare_apostrophe(rc, e) ||
	       (rc_cap(rc, e) && run_head(rc, i, j));
}

/* rules58: the end of a country's name at j that holds a possessive
 * ("Democratic People's Republic of Korea", "People's Republic of
 * China"), or 0. */
static size_t
country_name_end(const rc_ctx *rc, size_t j, size_t lim)
{
	size_t e;

	if (!rc_cap(rc, j) || !rc_lex_longest(rc, j, lim, 1u << NCG_LEX_COUNTRY,
	                                      (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &e))
		return 0;
	for (size_t k = j + 1; k < e; k++)
		if (rc_apostrophe(rc, k))
			return e;
	return 0;
}

/* rules340: is there a country's acronym in brackets at j, country's
 * own (NULL: any country's)? */
static int
country_acronym_bracket(const rc_ctx *rc, size_t j, size_t lim, const ncg_lex_entry *country)
{
	const ncg_lex_wording *w;
	size_t e;

	return j + 2 < lim && rc_punct(rc, j, "(") && rc_punct(rc, j + 2, ")") &&
	       (w = rc_lex_longest(rc, j + 1, j + 2, 1u << NCG_LEX_COUNTRY, 1u << NCG_LEXW_ACRONYM, &e)) &&
	       (!country || w->entry == country);
}

/* rules340: after a country's name that ends at j, its own acronym in
 * brackets when a capitalised word goes on after them ("the Republic of
 * Korea (ROK) Navy", "the Democratic People's Republic of Korea (DPRK)
 * Cyber Threat"): the index after the bracket, or j.  country is the
 * name's entry (NULL: any country's acronym). */
static size_t
country_acronym_end(const rc_ctx *rc, size_t j, size_t lim, const ncg_lex_entry *country)
{
	if (j + 3 < lim && country_acronym_bracket(rc, j, lim, country) && rc_cap(rc, j + 3) &&
	    !rc_claimed(rc, j + 3, j + 4, RC_CLAIM_BODY | RC_CLAIM_NAME))
		return j + 3;
	return j;
}

/* rules58: the end of a country's name at j > i that holds a possessive,
 * inside a capitalised run from i ("... Working Group Meeting on the
 * Democratic People's Republic of Korea (DPRK) Cyber Threat"), and of its
 * acronym in brackets when the name goes on after them; rules340: or,
 * at a bracket j after a country's name that opens the run (no state
 * prefix: "U.S.-Republic of Korea (ROK) Working Group" is read as one),
 * the end of the bracket holding that country's own acronym ("Republic
 * of Korea (ROK) Navy officials", a service named as the country's); or
 * 0. */
static size_t
through_country(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	const ncg_lex_wording *w;
	size_t e;

	if (j <= i)
		return 0;
	if ((e = country_name_end(rc, j, lim)) > j)
		return country_acronym_end(rc, e, lim, NULL);
	if (!rc_punct(rc, j, "(") ||
	    !(w = rc_lex_longest(rc, i, j, 1u << NCG_LEX_COUNTRY,
	                         (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &e)) ||
	    e != j)
		return 0;
	return (e = country_acronym_end(rc, j, lim, w->entry)) > j ? e : 0;
}

/* rules128: does a country's name, the object of "of (the)", end the
 * run [i, j) ("Embassy of the Republic of Korea")?  A name so closed
 * goes on with no "and": what follows is a second body ("Embassy of the
 * Republic of Korea and K-Water"). */
static int
country_object_ends(const rc_ctx *rc, size_t i, size_t j)
{
	size_t e;

	for (size_t c = i + 1; c < j; c++) {
		size_t o = c - (rc_wl(rc, c - 1, NCG_WL_DEFINITE_ARTICLE) && c - 1 > i);

		if (!rc_cap(rc, c) || !rc_wl(rc, o - 1, NCG_WL_HEAD_OF))
			continue;
		if (rc_lex_longest(rc, c, j, 1u << NCG_LEX_COUNTRY,
		                   (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &e) && e == j)
			return 1;
	}
	return 0;
}

/* rules217: a diplomatic post's seat after its country, at j, when the
 * run [i, j) ends in "<lex:seatedPostHead> of (the) <country>" ("the Embassy
 * of Japan in the United States of America"): the end of the known
 * country after lex:postSeatPreposition (and an article), or 0.  The seat
 * ends the name (not "the Ministry of Defense in Seoul", no post's head),
 * or a known place ("the Embassy of Japan in Washington DC").  fix66: no
 * place after a venue's "at": "met at the Embassy of India in Washington"
 * names the meeting's venue, which must stay a place. */
static size_t
post_seat_end(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	size_t k = j + 1, h = j, e, b;
	unsigned kinds = 1u << NCG_LEX_COUNTRY;

	if (j <= i || !rc_wl(rc, j, NCG_WL_POST_SEAT_PREPOSITION))
		return 0;
	while (h > i && !rc_wl(rc, h - 1, NCG_WL_SEATED_POST_HEAD))
		h--;
	/* the post's head right before "of" ("MEXT and the Embassy of Japan") */
	if (h == i || !rc_wl(rc, h, NCG_WL_HEAD_OF) || !country_object_ends(rc, h - 1, j))
		return 0;
	/* fix66: a city seat too, unless the post is a venue (lex:venuePreposition:
	 * "met ... at the Embassy of India in Washington": the city stays the
	 * meeting's place) */
	b = h - 1 > 0 && rc_wl(rc, h - 2, NCG_WL_DEFINITE_ARTICLE) ? h - 2 : h - 1;
	if (b == 0 || !rc_wl(rc, b - 1, NCG_WL_VENUE_PREPOSITION))
		kinds |= 1u << NCG_LEX_PLACE;
	if (k < lim && rc_wl(rc, k, NCG_WL_DEFINITE_ARTICLE))
		k++;
	if (k < lim && rc_cap(rc, k) &&
	    rc_lex_longest(rc, k, lim, kinds, (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &e) &&
	    !rc_claimed(rc, k, e, RC_CLAIM_BODY | RC_CLAIM_NAME))
		return e;
	return 0;
}

/* rules350: do "and the" at [j, k) after a name from i that has its
 * head open the next name, a capitalised run headed by a body's or a
 * society's noun ("the Johns Hopkins School of Advanced International
 * Studies and the Asia Society"), no part of the first (not "the
 * Subcommittee on East Asia and the Pacific Affairs")? */
static int
article_opens_name(const rc_ctx *rc, size_t i, size_t j, size_t k, size_t lim)
{
	size_t e = k;

	if (k != j + 2 || !rc_wl_match(rc, j, j + 1, NCG_WL_PAIR_CONJUNCTION, 1) ||
	    !rc_wl(rc, j + 1, NCG_WL_DEFINITE_ARTICLE))
		return 0;
	while (e < lim && rc_cap(rc, e))
		e++;
	return e > k && (rc_wl(rc, e - 1, NCG_WL_BODY_HEAD) || rc_wl(rc, e - 1, NCG_WL_SOCIETY_HEAD)) &&
	       run_head(rc, i, j);
}

static int place_ends_at(const rc_ctx *rc, size_t start, size_t oe, size_t *q);

/* Lower-case words at j > i inside a capitalised name from i when a
 * capitalised word follows (lex:orgConnector: "Office of the
 * President"), not a pair's conjunction before the next name: the
 * capitalised word's index, or 0. */
static size_t
connector_run_end(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	size_t k = j;

	if (j <= i || !rc_wl(rc, j, NCG_WL_ORG_CONNECTOR))
		return 0;
	while (k < lim && rc_wl(rc, k, NCG_WL_ORG_CONNECTOR))
		k++;
	/* rules350: nor "and the" before the next body's name
	 * (article_opens_name); fix170 (review137 1): nor "on" or "for"
	 * (lex:headConnector) right after a place or a country ("from
	 * Kumamoto on the University of Montana campus"; place_ends_at) */
	if (article_opens_name(rc, i, j, k, lim) ||
	    (rc_wl(rc, j, NCG_WL_HEAD_CONNECTOR) && place_ends_at(rc, i, j, &(size_t){0})))
		return 0;
	/* rules81: nor a month or a courtesy word, which ends the run
	 * ("at the Ministry of Defense on July 29"); rules170: nor a
	 * weekday ("at the Ministry of Education on Thursday", JMH) */
	if (k < lim && rc_cap(rc, k) && !rc_month_at(rc, k) && !rc_weekday_at(rc, k) &&
	    !rc_wl(rc, k, NCG_WL_COURTESY) &&
	    !rc_claimed(rc, k, k + 1, RC_CLAIM_NAME | RC_CLAIM_BODY) &&
	    !(rc_wl_match(rc, j, k, NCG_WL_PAIR_CONJUNCTION, 1) &&
	      (next_name_at(rc, i, j, k, lim) || country_object_ends(rc, i, j))))
		return k;
	return 0;
}

/* rules171: a meeting format written as a sum ("2+2": the foreign and
 * defence ministers of two states) at j > i inside a capitalised name,
 * before a capitalised word that heads a body or stands before one ("the
 * Canada-United States 2+2 Ministerial Dialogue"; not "the 2+2 talks",
 * nor a name ending at the figure): the index after it, or 0. */
static size_t
format_number_end(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	size_t k = j + 3;

	if (j <= i || k + 1 >= lim || !digits_only(rc, j) || !rc_punct(rc, j + 1, "+") ||
	    !digits_only(rc, j + 2) || !rc_adjacent(rc, j + 1) || !rc_adjacent(rc, j + 2) ||
	    !rc_cap(rc, k))
		return 0;
	if (rc_wl(rc, k, NCG_WL_BODY_HEAD) ||
	    (k + 1 < lim && rc_cap(rc, k + 1) && rc_wl(rc, k + 1, NCG_WL_BODY_HEAD)))
		return k;
	return 0;
}

/* rules175: a numbered military unit: an ordinal in figures at j ("35th",
 * "7th"), then one to four capitalised words, the last a unit's head
 * (lex:militaryUnitHead): "the 35th Fighter Wing", "U.S. 7th Fleet",
 * "the 1st Marine Division".  The figure numbers the unit, a word of its
 * name (not "the 3rd Working Group meeting", no unit's head).  The
 * head's index (fix143: review120 8), or 0. */
static size_t
numbered_unit_at(const rc_ctx *rc, size_t j, size_t lim)
{
	size_t oe;

	if (j >= lim || rc->tok[j].kind != NCG_TOK_NUMBER || !rc_ordinal_word(rc, j, &oe))
		return 0;
	for (size_t k = j + 1; k < lim && k <= j + 4 && rc_cap(rc, k) && rc_adjacent(rc, k) == 0; k++)
		if (rc_wl(rc, k, NCG_WL_MILITARY_UNIT_HEAD))
			return k;
	return 0;
}

/* rules175: is the unit's head at k numbered by an ordinal in figures
 * in [start, k) ("the 35th Fighter Wing": "Wing", no body's head of its
 * own, heads one here)? */
static int
numbered_unit_head(const rc_ctx *rc, size_t start, size_t k)
{
	if (!rc_wl(rc, k, NCG_WL_MILITARY_UNIT_HEAD))
		return 0;
	for (size_t m = k; m > start && m + 4 >= k; m--)
		if (rc->tok[m - 1].kind == NCG_TOK_NUMBER)
			return numbered_unit_at(rc, m - 1, k + 1);
	return 0;
}

/* rules316: a unit named by its ordinal and head alone ("1st
 * Battalion") takes its parent unit after a comma ("Company A, 1st
 * Battalion, 8th Infantry Regiment train ...", "3rd Battalion, 8th
 * Cavalry Regiment", "2nd Battalion, 1st Infantry Regiment"): one name.
 * fix143 (review120 1): the bare unit's head a sub-unit's
 * (lex:subunitHead), the parent's a parent's (lex:parentUnitHead), and
 * no list's last item after the parent ("1st Battalion, 2nd Brigade and
 * 3rd Division"; "..., 8th Infantry Regiment and 2nd Battalion, 9th
 * ..." is another such name).  The comma at j; the index after it, or 0
 * (not "7th Fleet, 5th Air Force", "1st Battalion, 2nd Battalion": a
 * list; not "4th Marine Regiment, 3rd Marine Division", no bare unit). */
static size_t
parent_unit_end(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	size_t oe, k, n;

	if (j < i + 2 || !rc_punct(rc, j, ",") || rc->tok[j - 2].kind != NCG_TOK_NUMBER ||
	    !rc_ordinal_word(rc, j - 2, &oe) || !rc_wl(rc, j - 1, NCG_WL_SUBUNIT_HEAD) ||
	    (k = numbered_unit_at(rc, j + 1, lim)) == 0 || !rc_wl(rc, k, NCG_WL_PARENT_UNIT_HEAD))
		return 0;
	if (k + 2 < lim && rc_wl(rc, k + 1, NCG_WL_PAIR_CONJUNCTION) &&
	    (n = numbered_unit_at(rc, k + 2, lim)) != 0 && !rc_wl(rc, n, NCG_WL_SUBUNIT_HEAD))
		return 0;
	return j + 1;
}

/* rules227: a list of one official a line, no punctuation: a body's
 * name ends at its line's end, before line j ("Chief of the Naval Staff
 * Vice Adm. A B" / "Joint Operations Command Commander Lt. Gen. C D") */
static int
official_line_break(const rc_ctx *rc, size_t j)
{
	return (rc->tok[j].flags & NCG_TF_LINE) && rc->tok[j - 1].kind == NCG_TOK_WORD &&
	       rc_own_official_line(rc, j);
}

/* The end of a capitalised run at i: capitalised words, "U.S.-ROK",
 * and connectors followed by a capitalised word. */
static size_t
cap_run_end(const rc_ctx *rc, size_t i, size_t lim)
{
	size_t j = i, e;

	while (j < lim) {
		if (rc_claimed(rc, j, j + 1, RC_CLAIM_BODY | RC_CLAIM_NAME))
			break;
		if (inner_possessive(rc, i, j, lim)) {
			j += inner_possessive(rc, i, j, lim);
			continue;
		}
		if ((e = through_country(rc, i, j, lim)) != 0) {
			j = e;
			continue;
		}
		if (j > i && official_line_break(rc, j))
			break;
		/* "... 05:16 PM EST Office of the Spokesperson The United
		 * States ...": a sentence-initial word starts another name */
		if (j > i && rc_wl(rc, j, NCG_WL_SENTENCE_INITIAL))
			break;
		if ((rc_cap(rc, j) || (rc->tok[j].flags & NCG_TF_UPPER)) &&
		    !rc_wl(rc, j, NCG_WL_COURTESY) && !rc_month_at(rc, j)) {
			j++;
			continue;
		}
		if (rc_hyphen(rc, j) && j > i &&
		    rc_adjacent(rc, j) && rc_adjacent(rc, j + 1) && rc_cap(rc, j + 1)) {
			j++;
			continue;
		}
		/* rules10: a number inside a name before a body noun
		 * ("the Strategic Alliance 2015 Working Group") */
		if (j > i && digits_only(rc, j) && !is_function_cap(rc, j - 1) && j + 1 < lim &&
		    rc_cap(rc, j + 1) &&
		    (rc_wl(rc, j + 1, NCG_WL_BODY_HEAD) ||
		     (j + 2 < lim && rc_cap(rc, j + 2) && rc_wl(rc, j + 2, NCG_WL_BODY_HEAD)))) {
			j++;
			continue;
		}
		if (numbered_unit_at(rc, j, lim)) {
			j++;
			continue;
		}
		if ((e = parent_unit_end(rc, i, j, lim)) != 0) {
			j = e;
			continue;
		}
		if ((e = format_number_end(rc, i, j, lim)) != 0) {
			j = e;
			continue;
		}
		if ((e = connector_run_end(rc, i, j, lim)) != 0) {
			j = e;
			continue;
		}
		if ((e = post_seat_end(rc, i, j, lim)) != 0)
			j = e;
		break;
	}
	return j;
}

static int
is_known_name(const rc_ctx *rc, size_t t0, size_t t1)
{
	size_t e;
	const ncg_lex_wording *w = rc_lex_longest(rc, t0, t1,
	        (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_BODY) | (1u << NCG_LEX_PLACE),
	        (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) | (1u << NCG_LEXW_ACRONYM), &e);

	return w && e == t1;
}

/* Is [t0, t1) a place the lexicon knows ("Oval Office", a room)? */
static int
is_known_place(const rc_ctx *rc, size_t t0, size_t t1)
{
	size_t e;
	const ncg_lex_wording *w = rc_lex_longest(rc, t0, t1, 1u << NCG_LEX_PLACE,
	        (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &e);

	return w && e == t1;
}

/* Is a body's name generic ("Working Group", "Executive Committee"):
 * short, without a state or an acronym in it? */
static int
generic_name(const rc_ctx *rc, const ncg_mention *m)
{
	if (m->body.country[0] || m->t1 - m->t0 > 3)
		return 0;
	for (size_t i = m->t0; i < m->t1; i++)
		if (rc->tok[i].flags & NCG_TF_UPPER)
			return 0;
	return 1;
}

/* Make m, with a generic name, a part of `parent`, named after it
 * ("NCG Working Group"). */
static ncg_status
adopt_parent(rc_ctx *rc, ncg_mention *m, const ncg_mention *parent)
{
	const char *pa;
	const char *wording;
	const ncg_lex_entry *le;

	m->body.part_of = parent->key;
	m->body.country[0] = parent->body.country[0];
	m->body.country[1] = parent->body.country[1];
	pa = parent->body.acronym ? parent->body.acronym : parent->name;
	NCG_TRY(rc_printf(rc, &wording, "%s %s", pa, m->name));
	le = ncg_lexicon_by_wording(rc->lex, NCG_LEX_BODY, wording, strlen(wording));
	if (le) {
		m->lex = le;
		m->key = le->key;
		return NCG_OK;
	}
	return rc_key(rc, "body", wording, &m->key);
}

/* "Working Group (WG) of the Nuclear Consultative Group": a body of
 * another, named after it when its own name is generic. */
static ncg_status
of_parent(rc_ctx *rc, ncg_mention *m, size_t k, size_t lim)
{
	const ncg_mention *parent;

	if (!rc_wl(rc, k, NCG_WL_HEAD_OF))
		return NCG_OK;
	k += 1 + (rc_wl(rc, k + 1, NCG_WL_DEFINITE_ARTICLE) != 0);
	parent = k < lim ? rc_mention_at(rc, NCG_M_BODY, k) : NULL;
	if (parent && parent->t0 == k && parent->key && generic_name(rc, m))
		return adopt_parent(rc, m, parent);
	return NCG_OK;
}

/* "the Nuclear Consultative Group (NCG) Working Group": a generic name
 * right after a body's name is that body's. */
static ncg_status
modifier_parent(rc_ctx *rc, ncg_mention *m)
{
	size_t p = m->t0;
	const ncg_mention *parent;

	if (p == 0 || !generic_name(rc, m))
		return NCG_OK;
	if (rc_punct(rc, p - 1, ")") && p >= 3 && rc_acronym_at_paren(rc, p - 3))
		p -= 3;
	parent = rc_mention_at(rc, NCG_M_BODY, p - 1);
	if (parent && parent != m && parent->t1 == p && parent->key)
		return adopt_parent(rc, m, parent);
	return NCG_OK;
}

/* Does body x's full name end with the generic name of m (n bytes), a
 * word apart ("NCG Working Group", "the Working Group")? */
static int
name_ends_with(const ncg_mention *x, const ncg_mention *m, size_t n)
{
	const char *full = x->lex && x->lex->label ? x->lex->label : x->name;
	size_t fl = full ? strlen(full) : 0;

	return x != m && x->kind == NCG_M_BODY && x->key && fl > n &&
	       strcasecmp(full + fl - n, m->name) == 0 && full[fl - n - 1] == ' ';
}

/* The body whose full name ends with m's generic name: one that is part
 * of another (when part_may_end: see name_ends), or rules44 the only such body of the statement ("the
 * KORUS FTA Joint Committee ... the Joint Committee established under
 * the KORUS FTA"); NULL when none or several. */
static const ncg_mention *
full_name_of_generic(const rc_ctx *rc, const ncg_mention *m, int part_may_end)
{
	const ncg_mention *only = NULL;
	size_t n = strlen(m->name);

	for (size_t o = 0; part_may_end && o < rc->nm; o++)
		if (name_ends_with(&rc->m[o], m, n) && rc->m[o].body.part_of)
			return &rc->m[o];
	for (size_t o = 0; o < rc->nm; o++) {
		const ncg_mention *x = &rc->m[o];

		if (!name_ends_with(x, m, n))
			continue;
		/* none when the text gives such a name states ("U.S.
		 * Six-Party Talks", "ROK-U.S. Senior Economic Dialogue"): those
		 * words may only qualify it, or another name ends so too */
		if ((!x->lex && x->body.country[0]) || (only && strcmp(only->key, x->key) != 0))
			return NULL;
		only = x;
	}
	return only;
}

/* rules58: does the word at w go on a name with a complement, not
 * another head: a word in lower case ("on", "to") or a meeting noun
 * ("Meeting on ...")? */
static int
complement_word(const rc_ctx *rc, const char *w)
{
	size_t n = strcspn(w, " ");

	return (*w >= 'a' && *w <= 'z') ||
	       ncg_lexicon_has_word(rc->lex, NCG_WL_NAME_MEETING_NOUN, w, n);
}

/* rules58: the one body of the statement whose name, past its states,
 * opens with m's generic name and goes on with a complement ("the 3rd
 * U.S.-ROK Working
 * Group Meeting on the DPRK Cyber Threat ... chaired the Working Group
 * meeting"); NULL when none or several. */
static const ncg_mention *
head_name_of_generic(const rc_ctx *rc, const ncg_mention *m)
{
	const ncg_mention *only = NULL;
	size_t n = strlen(m->name);

	for (size_t o = 0; o < rc->nm; o++) {
		const ncg_mention *x = &rc->m[o];
		const char *name = x->body.short_name ? x->body.short_name
		                   : x->body.country[0] ? NULL : x->name;

		if (x == m || x->kind != NCG_M_BODY || !x->key || !name || x->lex ||
		    strlen(name) <= n + 1 || strncasecmp(name, m->name, n) != 0 || name[n] != ' ' ||
		    !complement_word(rc, name + n + 1))
			continue;
		if (only && strcmp(only->key, x->key) != 0)
			return NULL;
		only = x;
	}
	return only;
}

/* Does name (length xl) end with the words want (length n), after a
 * space or a hyphen or alone? */
static int
ends_with_words(const char *name, size_t xl, const char *want, size_t n)
{
	return xl >= n && strcasecmp(name + xl - n, want) == 0 &&
	       (xl == n || name[xl - n - 1] == ' ' || name[xl - n - 1] == '-');
}

/* rules47: a generic name right after an acronym's brackets, its long
 * form before them ("the U.S.-ROK Information and Communication
 * Technology (ICT) Policy Forum": "Policy Forum"), is the one body of the
 * statement whose name ends with the long form and that name, states
 * and all; NULL when none or several. */
static const ncg_mention *
bracketed_long_form_body(const rc_ctx *rc, const ncg_mention *m)
{
	const rc_acronym *d;
	const ncg_mention *only = NULL;
	char want[256], awant[128];
	size_t t0 = m->t0, n, an;

	if (t0 < 4 || !rc_punct(rc, t0 - 1, ")") || !(d = rc_acronym_at_paren(rc, t0 - 3)) ||
	    d->lt1 <= d->lt0)
		return NULL;
	n = (size_t)snprintf(want, sizeof want, "%.*s %s",
	                     (int)(rc->tok[d->lt1 - 1].e - rc->tok[d->lt0].b),
	                     rc->s + rc->tok[d->lt0].b, m->name);
	/* rules58: or the acronym and that name ("... ICT Policy Forum") */
	an = (size_t)snprintf(awant, sizeof awant, "%.*s %s",
	                      (int)(rc->tok[t0 - 2].e - rc->tok[t0 - 2].b),
	                      rc->s + rc->tok[t0 - 2].b, m->name);
	if (n >= sizeof want || an >= sizeof awant)
		return NULL;
	for (size_t o = 0; o < rc->nm; o++) {
		const ncg_mention *x = &rc->m[o];
		size_t xl = x->kind == NCG_M_BODY && x->name && x->key ? strlen(x->name) : 0;

		if (!ends_with_words(x->name, xl, want, n) && !ends_with_words(x->name, xl, awant, an))
			continue;
		if (only && strcmp(only->key, x->key) != 0)
			return NULL;
		only = x;
	}
	return only;
}

/* rules58: a generic name right after an acronym's brackets is named
 * whole with the long form and the brackets before it ("the fourth
 * United States-Republic of Korea Information and Communication
 * Technology (ICT) Policy Forum"): that wording, another of the body's
 * (m->body.short_name, a generic name having none). */
static ncg_status
bracketed_whole_name(rc_ctx *rc, ncg_mention *m)
{
	const rc_acronym *d;
	size_t t0 = m->t0;

	const char *keys[2];
	size_t s0, e;

	if (t0 < 4 || !rc_punct(rc, t0 - 1, ")") || !(d = rc_acronym_at_paren(rc, t0 - 3)) ||
	    d->lt1 <= d->lt0 || m->body.short_name)
		return NCG_OK;
	s0 = rc->sent[d->sent].t0;
	t0 = acronym_name_start(rc, d);
	/* and the states whose name the start cut ("Republic of Korea") */
	for (size_t c = t0 > s0 + 8 ? t0 - 8 : s0; c < t0; c++)
		if (rc_cap(rc, c) && rc_country_prefix(rc, c, d->p0, keys, &e) > 0 && e >= t0) {
			t0 = c;
			break;
		}
	return rc_span(rc, t0, m->t1, &m->body.short_name);
}

/* The word ends of the bodies' names, in lower case: each name's ends
 * after a space (ends; part_ends for the full names of parts of bodies)
 * and its starts before a space (starts).  A generic name none holds has
 * no fuller name among the bodies, as full_name_of_generic and
 * head_name_of_generic look for it: they read every mention, and are
 * skipped then (a text of 20,000 bodies with generic names, "The Xaa
 * Council met", read them 20,000 times); full_name_of_generic's search
 * for a part of a body is skipped unless part_ends holds it.  A name
 * longer than the buffer is never looked up, always searched;
 * bracketed_long_form_body, after an acronym's brackets only, always
 * searches.  The maps only grow: a mention resolved since is noted. */
typedef struct {
	ncg_strmap *ends;
	ncg_strmap *starts;
	ncg_strmap *part_ends;	/* the ends of the names of parts of bodies */
} name_ends;

#define NAME_ENDS_MAX 512
#define NAME_ENDS_WORDS 4	/* a generic name has 3 tokens at most */

/* from's n bytes in lower case into low (NAME_ENDS_MAX bytes): 0 when
 * they do not fit. */
static int
lower_copy(char *low, const char *from, size_t n)
{
	if (n >= NAME_ENDS_MAX)
		return 0;
	for (size_t j = 0; j < n; j++)
		low[j] = (char)tolower((unsigned char)from[j]);
	return 1;
}

/* Put name's n bytes from `from`, in lower case, into map. */
static ncg_status
put_lower(ncg_strmap *map, const char *from, size_t n, void *v)
{
	char low[NAME_ENDS_MAX];

	return lower_copy(low, from, n) ? ncg_strmap_putn(map, low, n, v) : NCG_OK;
}

/* Note name's ends and starts of NAME_ENDS_WORDS words at most (a longer
 * generic name is always searched): each name costs its length. */
static ncg_status
note_name_ends(name_ends *ne, const char *name, int part)
{
	size_t n = name ? strlen(name) : 0, w = 0;

	for (size_t i = n; i-- > 1 && w < NAME_ENDS_WORDS;)
		if (name[i - 1] == ' ') {
			w++;
			NCG_TRY(put_lower(part ? ne->part_ends : ne->ends, name + i, n - i, ne));
		}
	for (size_t i = 0, w2 = 0; !part && i < n && w2 < NAME_ENDS_WORDS; i++)
		if (name[i] == ' ') {
			w2++;
			NCG_TRY(put_lower(ne->starts, name, i, ne));
		}
	return NCG_OK;
}

/* Note the ends of the full name of x, a part of a body (its lexicon
 * label, else its name: name_ends_with reads that). */
static ncg_status
note_full_name_ends(name_ends *ne, const ncg_mention *x)
{
	return note_name_ends(ne, x->lex && x->lex->label ? x->lex->label : x->name, 1);
}

/* Note every body mention's names: its own, its lexicon label, its
 * short name (a resolved generic mention takes another's label, already
 * noted; bracketed_whole_name gives it a short name: noted then). */
static ncg_status
note_body_names(const rc_ctx *rc, name_ends *ne)
{
	for (size_t k = 0; k < rc->nm; k++) {
		const ncg_mention *x = &rc->m[k];

		if (x->kind != NCG_M_BODY)
			continue;
		NCG_TRY(note_name_ends(ne, x->name, 0));
		NCG_TRY(note_name_ends(ne, x->body.short_name, 0));
		if (x->lex)
			NCG_TRY(note_name_ends(ne, x->lex->label, 0));
		if (x->body.part_of)
			NCG_TRY(note_full_name_ends(ne, x));
	}
	return NCG_OK;
}

/* Is the generic name, in lower case, in map (or too long to look up:
 * more bytes than the buffer or more words than the maps keep)? */
static int
name_in(const ncg_strmap *map, const char *name)
{
	char low[NAME_ENDS_MAX];
	size_t n = strlen(name), w = 0;

	for (size_t j = 0; j < n; j++)
		w += name[j] == ' ';
	if (w >= NAME_ENDS_WORDS || !lower_copy(low, name, n))
		return 1;
	return ncg_strmap_getn(map, low, n) != NULL;
}

/* rules274: is short_name, of two words, a ministry's named by its
 * portfolio after a possessive state ("Industry Ministry" of "Korea's
 * Industry Ministry")? */
static int
portfolio_short_name(const rc_ctx *rc, const char *short_name)
{
	const char *sp = short_name ? strchr(short_name, ' ') : NULL;

	return sp && !strchr(sp + 1, ' ') &&
	       ncg_lexicon_has_word(rc->lex, NCG_WL_SHARED_BODY_HEAD, sp + 1, strlen(sp + 1));
}

/* fix112: are tokens i and j the same word, in any case? */
static int
same_last_word(const rc_ctx *rc, size_t i, size_t j)
{
	size_t n = rc->tok[i].e - rc->tok[i].b;

	return n == rc->tok[j].e - rc->tok[j].b &&
	       strncasecmp(rc->s + rc->tok[i].b, rc->s + rc->tok[j].b, n) == 0;
}

static int store_date_at(const rc_ctx *rc, size_t t, size_t lim);
static int dateline_dash(const rc_ctx *rc, size_t i);

/* fix120 (review106 4): the state of the wire bracketed just after a
 * dateline ending at e ("SEOUL, Nov. 3 (Yonhap) --": the ROK, by its
 * lex:wireAgency), or NULL when none is known. */
#define WIRE_AGENCY_REACH 8

static size_t bracketed_agency_end(const rc_ctx *rc, size_t j, size_t lim);

static const char *
wire_agency_state(const rc_ctx *rc, size_t e, size_t lim)
{
	size_t n = ncg_lexicon_count(rc->lex, NCG_LEX_COUNTRY), j = e, end;

	while (j < lim && j < e + WIRE_AGENCY_REACH && !rc_punct(rc, j, "("))
		j++;
	if (j >= lim || (end = bracketed_agency_end(rc, j, lim)) == 0)
		return NULL;
	for (size_t t = j + 1; t + 1 < end; t++)
		for (size_t c = 0; c < n; c++) {
			const ncg_lex_entry *st = ncg_lexicon_at(rc->lex, NCG_LEX_COUNTRY, c);

			for (size_t k = 0; k < st->wire_agency.n; k++)
				if (strlen(st->wire_agency.v[k]) == rc->tok[t].e - rc->tok[t].b &&
				    memcmp(st->wire_agency.v[k], rc->s + rc->tok[t].b, rc->tok[t].e - rc->tok[t].b) == 0)
					return st->key;
		}
	return NULL;
}

/* fix117 (review105 5): the state of a wire dateline's place in capitals
 * opening the first block of prose ("SEOUL, Nov. 3 (Yonhap) -- North
 * Korea's Foreign Ministry ... The Foreign Ministry said": the home
 * side of the copy, whose ministry goes without a state), read before
 * rc_head finds the dateline; NULL when none or of more states.
 * review106: a home only when the bracketed wire is of that state
 * (wire_agency_state): a bureau abroad ("WASHINGTON, June 2 (Yonhap) --
 * South Korea's Foreign Ministry ... The Foreign Ministry said") is none,
 * nor is a wire of no known state. */
static const char *
wire_dateline_state(const rc_ctx *rc)
{
	const ncg_block *blk = ncg_doc_blocks(rc->doc);
	const ncg_lex_wording *w;
	const char *st = NULL, *agency;
	size_t b = 0, t0, e;

	while (b < ncg_doc_nblocks(rc->doc) && !blk[b].prose)
		b++;
	if (b >= ncg_doc_nblocks(rc->doc))
		return NULL;
	t0 = blk[b].t0 + (store_date_at(rc, blk[b].t0, blk[b].t1) ? 2 : 0);
	if (t0 >= blk[b].t1 || !(rc->tok[t0].flags & NCG_TF_UPPER) ||
	    !(w = rc_lex_longest(rc, t0, blk[b].t1, (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_COUNTRY),
	                         (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &e)) ||
	    !(rc_punct(rc, e, ",") || dateline_dash(rc, e)))
		return NULL;
	if (w->entry->kind == NCG_LEX_COUNTRY)
		st = w->entry->key;
	else if (w->entry->country.n == 1)
		st = w->entry->country.v[0];
	agency = st ? wire_agency_state(rc, e, blk[b].t1) : NULL;
	return agency && strcmp(agency, st) == 0 ? st : NULL;
}

/* fix130 (review110 8): rc->wire_home, read once per document in
 * ctx_init, before any recogniser: it reads blocks, tokens and the
 * lexicon only. */
void
rc_read_wire_home(rc_ctx *rc)
{
	rc->wire_home = wire_dateline_state(rc);
}

/* fix112: may the stateless repeat m be x's, the one possessive
 * ministry of its portfolio?  Not when a place or state follows the
 * repeat ("North Korea's Foreign Ministry slammed ... The Foreign
 * Ministry in Seoul said": the home ministry, Korean and Japanese wire
 * copy writing it without a state), nor when another state is named
 * between the two ("China's Foreign Ministry criticized ... Japan
 * protested, and the Foreign Ministry said": either side's), but a
 * state in another kind of body ("the U.S. Commerce Department") names
 * no second ministry.  fix117: nor when a wire dateline puts the copy
 * in another state (wire_dateline_state, read once: rc->wire_home). */
static int
portfolio_repeat_safe(const rc_ctx *rc, const ncg_mention *m, const ncg_mention *x)
{
	size_t a = x->t1 < m->t0 ? x->t1 : m->t1, b = x->t1 < m->t0 ? m->t0 : x->t0, e;
	const char *keys[2] = {NULL, NULL}, *home = rc->wire_home;

	if (rc_wl(rc, m->t1, NCG_WL_BODY_PLACE_LINK) && rc_cap(rc, m->t1 + 1))
		return 0;
	if (home && strcmp(home, x->body.country[0]) != 0)
		return 0;
	for (size_t k = a; k < b; k++) {
		const ncg_mention *y = rc_mention_at(rc, NCG_M_BODY, k);
		int n;

		if (y && y->t1 > 0 && !same_last_word(rc, y->t1 - 1, m->t1 - 1))
			continue;
		n = rc_country_prefix(rc, k, b, keys, &e);

		for (int j = 0; j < n; j++)
			if (strcmp(keys[j], x->body.country[0]) != 0)
				return 0;
	}
	return 1;
}

/* fix110b: the one state's body named with a possessive ("Korea's
 * Industry Ministry said ... The Industry Ministry added": one body)
 * whose portfolio short name shared_short_names kept is m's generic
 * name, when portfolio_repeat_safe; NULL when none or several.  A
 * state's adjective ("the Japanese Defense Ministry") is
 * resolve_prefixed_bodies' to join. */
static const ncg_mention *
portfolio_body_of(const rc_ctx *rc, const ncg_mention *m)
{
	const ncg_mention *only = NULL;
	const char *keys[2] = {NULL, NULL};
	size_t e;

	for (size_t o = 0; o < rc->nm; o++) {
		const ncg_mention *x = &rc->m[o];

		if (x == m || x->kind != NCG_M_BODY || !x->key || x->lex || !x->body.country[0] ||
		    !x->body.short_name || strcasecmp(x->body.short_name, m->name) != 0 ||
		    !portfolio_short_name(rc, x->body.short_name) ||
		    rc_country_prefix(rc, x->t0, x->t1, keys, &e) == 0 || !rc_apostrophe_s(rc, e))
			continue;
		if (only && strcmp(only->key, x->key) != 0)
			return NULL;
		only = x;
	}
	return only && portfolio_repeat_safe(rc, m, only) ? only : NULL;
}

static ncg_status
resolve_generic_with(rc_ctx *rc, name_ends *ne)
{
	NCG_TRY(note_body_names(rc, ne));
	for (size_t k = 0; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		const ncg_mention *x;
		int part, by_portfolio;

		if (m->kind != NCG_M_BODY || m->body.part_of || !m->name || !generic_name(rc, m))
			continue;
		NCG_TRY(bracketed_whole_name(rc, m));
		NCG_TRY(note_name_ends(ne, m->body.short_name, 0));
		part = name_in(ne->part_ends, m->name);
		if (!part && !name_in(ne->ends, m->name) && !name_in(ne->starts, m->name) &&
		    !(m->t0 > 0 && rc_punct(rc, m->t0 - 1, ")")))
			continue;
		by_portfolio = 0;
		if (!(x = bracketed_long_form_body(rc, m)) && !(x = full_name_of_generic(rc, m, part)) &&
		    !(x = head_name_of_generic(rc, m)) && !(by_portfolio = !!(x = portfolio_body_of(rc, m))))
			continue;
		if (by_portfolio) {
			/* fix110b: the possessive name stays the label */
			m->body.short_name = m->name;
			m->name = x->name;
		}
		m->key = x->key;
		m->lex = x->lex;
		m->body.part_of = x->body.part_of;
		m->body.country[0] = x->body.country[0];
		m->body.country[1] = x->body.country[1];
		if (m->body.part_of)
			NCG_TRY(note_full_name_ends(ne, m));
	}
	return NCG_OK;
}

/* A bare generic name ("the Working Group") in a statement that names it
 * in full ("the NCG Working Group") is that one. */
static ncg_status
resolve_generic_bodies(rc_ctx *rc)
{
	name_ends ne = { ncg_strmap_new(), ncg_strmap_new(), ncg_strmap_new() };
	ncg_status st = ne.ends && ne.starts && ne.part_ends ? resolve_generic_with(rc, &ne)
	                                                     : NCG_ERR_NOMEM;

	ncg_strmap_free(ne.ends);
	ncg_strmap_free(ne.starts);
	ncg_strmap_free(ne.part_ends);
	return st;
}

/* rules13: is a title's head noun in [a, b) ("Foreign Minister")? */
static int
title_head_in(const rc_ctx *rc, size_t a, size_t b)
{
	return rc_wl_within(rc, a, b, NCG_WL_TITLE_HEAD, 0);
}

/* rules19: is a capitalised document head in [a, b) ("Statement")? */
static int
document_head_in(const rc_ctx *rc, size_t a, size_t b)
{
	return rc_cap_wl_within(rc, a, b, NCG_WL_DOCUMENT_HEAD);
}

/* rules236: is k, the last word of the run [start, end) after another
 * word of it, a series' singular head (lex:singularSeriesHead, "Talk")
 * that heads a body: before the series' bracketed acronym ("PACAF-
 * Philippine Air Force Airmen-to-Airmen Talk (A2AT)") or after an
 * ordinal or a lower-case lex:meetingKindWord ("the fourth annual
 * Airmen-to-Airmen Talk", "the inaugural Navy-to-Navy Talk")?  Never a
 * headline's verb ("Biden, Moon Talk Trade") nor "Small Talk". */
/* fix79 (review76): do the words [start, k) before a series' "Talk"
 * name its parties: a hyphenated compound ("Airmen-to-Airmen",
 * "PACAF-Philippine"), a country first ("Indonesia Navy Talk") or a
 * body's head just before it ("Staff Talk", "Navy Talk")?  Not a
 * lecture's name ("Leadership Talk", "Sea Power Talk", "TED Talk"). */
static int
two_party_run(const rc_ctx *rc, size_t start, size_t k)
{
	const char *keys[2];
	size_t ce;

	if (rc_wl(rc, k - 1, NCG_WL_BODY_HEAD) || rc_country_prefix(rc, start, k, keys, &ce) > 0)
		return 1;
	for (size_t j = start + 1; j < k; j++)
		if (rc_punct(rc, j, "-"))
			return 1;
	for (size_t j = start; j < k; j++)
		for (uint32_t b = rc->tok[j].b + 1; b + 1 < rc->tok[j].e; b++)
			if (rc->s[b] == '-' && isalpha((unsigned char)rc->s[b - 1]) &&
			    isalpha((unsigned char)rc->s[b + 1]))
				return 1;
	return 0;
}

static int
singular_series_head(const rc_ctx *rc, size_t start, size_t k, size_t end)
{
	size_t oe;

	if (k + 1 != end || k == start || !rc_wl(rc, k, NCG_WL_SINGULAR_SERIES_HEAD) ||
	    !two_party_run(rc, start, k))
		return 0;
	if (end + 2 < rc->ntok && rc_punct(rc, end, "(") && acronym_like(rc, end + 1) &&
	    rc_punct(rc, end + 2, ")"))
		return 1;
	if (start == 0)
		return 0;
	return (rc_lower(rc, start - 1) && rc_wl_ci(rc, start - 1, NCG_WL_MEETING_KIND_WORD)) ||
	       (rc_ordinal_word(rc, start - 1, &oe) && oe == start);
}

/* fix92: does a place end just before token oe, in the run from start:
 * a country or place of the lexicon ("Guam", "Washington", "U.S.", a
 * country's adjective "Philippine") or a state's or territory's name
 * (lex:stateName: "Ohio", "New York")?  No quantifier, number or other
 * capital ("Several", "Two", "Marine Forces Reserve and").  Sets *q to
 * where the place begins. */
static int
place_ends_at(const rc_ctx *rc, size_t start, size_t oe, size_t *q)
{
	const unsigned kinds = (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_PLACE);
	size_t e;

	for (*q = oe; (*q)-- > start;)
		if (rc_wl_match(rc, *q, oe, NCG_WL_STATE_NAME, 1) == oe ||
		    (rc_lex_longest(rc, *q, oe, kinds, RC_COUNTRY_PREFIX_WHATS, &e) && e == oe))
			return 1;
	return 0;
}

/* rules259: where the place owning a phrase head (lex:phraseBodyHead)
 * whose last word is token k begins, maybe before branch words
 * (lex:phraseHeadBranch): "the Guam National Guard", "the Washington Air
 * National Guard"; or k + 1 when none does.  Not the phrase alone nor
 * after branch words only ("the National Guard", "Air National Guard
 * Assistant to the Pacific Air Forces Commander", a title); fix92: nor
 * after a quantifier, a number or a name of no place ("Several National
 * Guard units", "Marine Forces Reserve and Army National Guard troops"). */
static size_t
phrase_owner(const rc_ctx *rc, size_t start, size_t k)
{
	size_t p = start, o, q;

	while (p <= k && rc_wl_match(rc, p, k + 1, NCG_WL_PHRASE_BODY_HEAD, 1) != k + 1)
		p++;
	if (p > k)
		return k + 1;
	for (o = p; o > start && rc_wl(rc, o - 1, NCG_WL_PHRASE_HEAD_BRANCH); o--)
		;
	return o > start && place_ends_at(rc, start, o, &q) ? q : k + 1;
}

/* Is token k the last word of a phrase head a place owns (phrase_owner)? */
static int
phrase_head_at(const rc_ctx *rc, size_t start, size_t k)
{
	return phrase_owner(rc, start, k) <= k;
}

/* fix97 (review90): is token k a society's head (lex:societyHead) right
 * after a hyphened pair of places in the run from start ("the
 * Japan-America Society of Hawaii (JASH) co-hosted")?  Not after other
 * capitals: "a Hydrogen Society", "the Open Society", "the Council on
 * Foreign Relations and the Asia Society" name no body of their own. */
static int
society_head(const rc_ctx *rc, size_t start, size_t k)
{
	if (!rc_wl(rc, k, NCG_WL_SOCIETY_HEAD) || k < start + 3 || !rc_cap(rc, k - 1) ||
	    !rc_hyphen(rc, k - 2) || !rc_cap(rc, k - 3))
		return 0;
	return !(start > 0 && rc_wl_ci(rc, start - 1, NCG_WL_INDEFINITE_ARTICLE));
}

/* rules320: is token k a head of lex:areaSuffixedHead joined by one
 * hyphen to a capitalised word ("Force-Philippines", "Force-Darwin")?
 * Not to another body's head ("the Air Force-Navy game"); fix150
 * (review123 2): nor to an acronym ("the U.S. Air Force-JASDF
 * exercise") or to a state's name that opens another body, whose head is
 * a capitalised word after it ("Air Force-Japan Air Self-Defense Force
 * exercise").  Only an ASCII hyphen inside the word: an en dash
 * ("Task Force\u2013Philippines") is its own token, not read here. */
static int
area_suffixed_head(const rc_ctx *rc, size_t k)
{
	const char *w = rc->s + rc->tok[k].b, *h, *a;
	size_t n = rc->tok[k].e - rc->tok[k].b, an, caps = 0;

	if (rc->tok[k].kind != NCG_TOK_WORD || !(h = memchr(w, '-', n)) || (size_t)(h - w) + 1 >= n ||
	    !(h[1] >= 'A' && h[1] <= 'Z') || memchr(h + 1, '-', n - (size_t)(h - w) - 1))
		return 0;
	a = h + 1;
	an = n - (size_t)(a - w);
	while (caps < an && a[caps] >= 'A' && a[caps] <= 'Z')
		caps++;
	/* an acronym: all capitals, read within the token only */
	if (caps == an || ncg_lexicon_has_word(rc->lex, NCG_WL_BODY_HEAD, a, an))
		return 0;
	for (size_t j = k + 1; rc_cap(rc, j); j++)
		if (rc_wl(rc, j, NCG_WL_BODY_HEAD))
			return 0;
	return ncg_lexicon_has_word(rc->lex, NCG_WL_AREA_SUFFIXED_HEAD, w, (size_t)(h - w));
}

/* Does token k head a body's name in the run from start: a body head or
 * the last word of an owned phrase head? */
static int
run_head_word(const rc_ctx *rc, size_t start, size_t k)
{
	/* rules267: a standing conference "of" the members it gathers
	 * ("the Japan-American Conference of Mayors and Chamber of Commerce
	 * Presidents held a meeting"; lex:memberBodyHead): a body */
	return rc_wl(rc, k, NCG_WL_BODY_HEAD) || phrase_head_at(rc, start, k) ||
	       (rc_wl(rc, k, NCG_WL_MEMBER_BODY_HEAD) && rc_is(rc, k + 1, "of") &&
	        rc_wl(rc, k + 2, NCG_WL_GATHERED_MEMBER)) ||
	       society_head(rc, start, k) || area_suffixed_head(rc, k);
}

static size_t station_name_end(const rc_ctx *rc, size_t head, size_t e, size_t end, int *cut);

/* fix119: does the name of the Navy facility headed at head end with
 * its station's just before token k ("Naval Medical Center San Diego
 * Staff met ...": "Staff" heads no body after it; station_name_end)?
 * Not before "and": a second name may follow. */
static int
station_stops(const rc_ctx *rc, size_t head, size_t k, size_t end)
{
	int cut = 0;

	return head && k > head + 1 && rc_cap(rc, k) &&
	       station_name_end(rc, head, head + 1, end, &cut) == k && cut;
}

/*  The head noun of the capitalised run [start, end): its last body head,
 * or 0 when the run names no body: a document ("Joint Statement on the
 * Second Meeting"), a numbered meeting ("the Second Meeting"), an event
 * ("Japan-U.S. Summit Meeting"), a ship's group ("USS Carl Vinson Carrier
 * Strike Group"). */
static size_t
run_head(const rc_ctx *rc, size_t start, size_t end)
{
	size_t head = 0, oe;

	if (rc_wl(rc, start, NCG_WL_VESSEL_PREFIX))
		return 0;
	for (size_t k = start; k < end && !station_stops(rc, head, k, end); k++)
		if (rc_cap(rc, k) && (run_head_word(rc, start, k) || numbered_unit_head(rc, start, k) ||
		                      singular_series_head(rc, start, k, end)))
			head = k;
	/* a document's name running into the body's ("Statement of the
	 * Nuclear Consultative Group"); rules13: not a document head that
	 * modifies the next capitalised word in a run with no title before
	 * it ("the Deterrence Strategy Committee"; not "... Foreign Minister
	 * Chung Readout Office of the Spokesperson", a page's lines run
	 * together) */
	for (size_t k = start; head && k <= head; k++)
		if ((k < head && rc_wl(rc, k, NCG_WL_DOCUMENT_HEAD) &&
		     (!rc_cap(rc, k + 1) || title_head_in(rc, start, k))) ||
		    rc_wl(rc, k, NCG_WL_EVENT_HEAD) ||
		    (k < head && rc_is(rc, head, "Meeting") && rc_ordinal_word(rc, k, &oe)))
			return 0;
	return head;
}

/* "Republic of Korea and United States Military Committee": two
 * countries joined by "and" before a name are its countries, as "U.S.-ROK"
 * is.  Their number (2) with the keys in pc and the end in *end, or 0. */
static int
country_pair(const rc_ctx *rc, size_t i, size_t lim, const char **pc)
{
	const char *keys[2] = {NULL, NULL}, *k2[2];
	size_t e, e2;

	if (rc_country_prefix(rc, i, lim, keys, &e) != 1 || !rc_wl(rc, e, NCG_WL_PAIR_CONJUNCTION) ||
	    rc_country_prefix(rc, e + 1, lim, k2, &e2) != 1 || strcmp(keys[0], k2[0]) == 0)
		return 0;
	if (pc) {
		pc[0] = keys[0];
		pc[1] = k2[0];
	}
	return (int)(e2 - i) > 0 ? 2 : 0;
}

/* The end of the country pair at i (country_pair), or i. */
static size_t
country_pair_end(const rc_ctx *rc, size_t i, size_t lim)
{
	const char *keys[2], *k2[2];
	size_t e, e2;

	if (!country_pair(rc, i, lim, NULL))
		return i;
	rc_country_prefix(rc, i, lim, keys, &e);
	rc_country_prefix(rc, e + 1, lim, k2, &e2);
	return e2;
}

/* rules62: is there an "of" or "for" in [a, b)? */
static int
complement_in(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (rc_wl(rc, k, NCG_WL_HEAD_OF) || rc_is(rc, k, "for"))
			return 1;
	return 0;
}

static int person_name_run(const rc_ctx *rc, size_t a, size_t end);

/* Split the run at "and" / "&" when the left part is complete on its
 * own ("the Ministry of Foreign Affairs and Defense Intelligence
 * Agency"): the new start. */
static size_t
split_run(const rc_ctx *rc, size_t start, size_t head)
{
	for (size_t k = start + 1; k < head; k++)
		if (rc_wl(rc, k, NCG_WL_PAIR_CONJUNCTION) || rc_is(rc, k, "&")) {
			int complete = is_known_name(rc, start, k) && !country_pair(rc, start, head, NULL);

			/* rules68: a head that ends the part or its "of"
			 * complement, no head that capitals qualify ("U.S.
			 * Army Medical Research and Materiel Command") */
			for (size_t h = start; h < k && !complete; h++)
				if (rc_cap(rc, h) && run_head_word(rc, start, h) &&
				    (h + 1 == k || !rc_cap(rc, h + 1)))
					complete = 1;
			/* rules19: or a title's head ends it ("the United Nations
			 * Command Commander and the US Force Korea Commander") */
			complete |= rc_cap(rc, k - 1) && rc_wl(rc, k - 1, NCG_WL_TITLE_HEAD);
			/* rules62: or "and the" after words of no "of" or
			 * "for": the article opens a new name ("in Gyeongnam
			 * and the U.S. Navy Jinhae Base Command") */
			complete |= rc_wl(rc, k + 1, NCG_WL_DEFINITE_ARTICLE) && !complement_in(rc, start, k);
			/* rules344: or a person's full name after a title in
			 * lower case, out of the run ("secretary general Jane
			 * Roe and House sergeant-at-arms") */
			complete |= start > 0 && rc_lower(rc, start - 1) &&
			            rc_wl_ci(rc, start - 1, NCG_WL_TITLE_HEAD) && person_name_run(rc, start, k);
			/* rules86: or a title's head and a person's full name
			 * end it ("NNSA/NA-24 Senior Advisor Mark Goodman and
			 * Idaho National Laboratory program manager"); rules161:
			 * or a word ending a title's object does ("Special
			 * Representative for Peace and Security Affairs Kim
			 * Gunn and Japanese Ministry of Foreign Affairs") */
			for (size_t h = start; h + 3 <= k && !complete; h++)
				complete = rc_cap(rc, h) &&
				           (rc_wl(rc, h, NCG_WL_TITLE_HEAD) ||
				            rc_wl(rc, h, NCG_WL_TITLE_OBJECT_END)) &&
				           person_name_run(rc, h + 1, k);
			/* rules86: or an acronym the text defines is all of it
			 * ("HSI and Korean National Police Agency" where
			 * "Homeland Security Investigations (HSI)") */
			complete |= k == start + 1 && acronym_like(rc, start) &&
			            rc_acronym_def(rc, rc->s + rc->tok[start].b,
			                           rc->tok[start].e - rc->tok[start].b) != NULL;
			if (complete) {
				start = k + 1;
				while (start < head && rc_wl(rc, start, NCG_WL_ORG_CONNECTOR))
					start++;
			}
		}
	return start;
}

/* rules264: does token i open a decided point's line: a capitalised
 * lex:decisionItemVerb at a line's start, maybe after a bullet ("-
 * Regularize Asset Protection Missions for the U.S. Forces ...")?  The
 * verb is no part of a body's name; a plain name may follow it, read
 * from the next token on ("- Enhance Korea Maritime Security Agency
 * training."), when end (the run's end) is given.  s is i's sentence. */
static int
decision_line_verb(const rc_ctx *rc, uint32_t s, size_t i, size_t end)
{
	/* review93: only in the lines after a decision's lead-in, not a
	 * headline's "Advance Research Projects Agency officials ..." */
	if (!rc_cap(rc, i) || !rc_wl(rc, i, NCG_WL_DECISION_ITEM_VERB) ||
	    !rc_after_decision_lead(rc, rc->sent[s].block))
		return 0;
	/* with end: only when the run after the verb is one plain name, no
	 * connector in it (not "Missions for the U.S. Forces") */
	for (size_t k = i + 1; k < end; k++)
		if (rc_lower(rc, k))
			return 0;
	if (rc->tok[i].flags & NCG_TF_LINE)
		return 1;
	return i > 0 && rc_wl(rc, i - 1, NCG_WL_BULLET) && (rc->tok[i - 1].flags & NCG_TF_LINE);
}

/* "U.S. Officials Meet for Security and Defense Cooperation Forum": a
 * headline's meeting verb inside the run ends its subject; the body is
 * what follows the verb and its connectors.  The new start. */
static size_t
after_headline_verb(const rc_ctx *rc, size_t start, size_t head)
{
	for (size_t k = start; k < head; k++) {
		/* rules68: another headline verb's object is no body's name
		 * the grammar reads ("Resume Historic Meeting"): head alone */
		if (rc_cap(rc, k) && rc_headline_verb_at(rc, k) &&
		    !rc_meeting_verb(rc, k))
			return head;
		if (rc_cap(rc, k) && rc_meeting_verb(rc, k)) {
			start = k + 1;
			while (start < head && rc_wl(rc, start, NCG_WL_ORG_CONNECTOR))
				start++;
		}
	}
	return start;
}

/* rules19: is token i a title head, or a word whose last part after a
 * hyphen is one ("Director-General")?  rules344: or whose first part
 * before a hyphen is, capitalised ("Officer-In-Command",
 * "Officer-in-Charge": the post's head, what it commands after it). */
static int
hyphen_title_head(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b, *h;
	size_t n = rc->tok[i].e - rc->tok[i].b;

	if (rc_wl(rc, i, NCG_WL_TITLE_HEAD))
		return 1;
	if (rc->tok[i].kind != NCG_TOK_WORD || !(h = memchr(w, '-', n)))
		return 0;
	if (rc_cap(rc, i) && ncg_lexicon_has_word(rc->lex, NCG_WL_TITLE_HEAD, w, (size_t)(h - w)))
		return 1;
	while (memchr(h + 1, '-', n - (size_t)(h + 1 - w)))
		h = memchr(h + 1, '-', n - (size_t)(h + 1 - w));
	return ncg_lexicon_has_word(rc->lex, NCG_WL_TITLE_HEAD, h + 1, n - (size_t)(h + 1 - w));
}

/* rules167: a run opened by a title's head with the unit's name next,
 * no "of" between ("Commander Submarine Force, US Pacific Fleet", a
 * Navy post; "Deputy Fleet commander"): the head names the post, the
 * body begins after it.  Not a rank ("General Assembly"), nor a head
 * before another title word ("Deputy Secretary"). */
static size_t
after_bare_title_head(const rc_ctx *rc, size_t start, size_t head)
{
	if (start + 1 > head || !rc_wl(rc, start, NCG_WL_TITLE_HEAD) ||
	    rc_wl(rc, start, NCG_WL_MILITARY_RANK) || rc_wl(rc, start, NCG_WL_BODY_HEAD) ||
	    !rc_cap(rc, start + 1) || rc_wl(rc, start + 1, NCG_WL_TITLE_HEAD) ||
	    rc_wl(rc, start + 1, NCG_WL_TITLE_WORD) || rc_wl(rc, start + 1, NCG_WL_HEAD_OF))
		return start;
	return start + 1;
}

/* "ROK Chairman of the Joint Chiefs of Staff", "Commander of U.S.
 * Forces Korea": a run led by a title head and "of" names a post; the
 * body is what follows "of (the)".  Not when a body head comes first
 * ("Office of the Secretary of Defense"). */
static size_t
after_title(const rc_ctx *rc, size_t start, size_t head)
{
	size_t s0 = start;

	for (size_t k = start; k + 1 < head; k++) {
		/* rules217: a head that completes the title just passed, "of"
		 * next ("Chief of Staff of the Armed Forces of the
		 * Philippines"): the body follows that "of (the)" */
		if (k == start && k > s0 && rc_wl(rc, k, NCG_WL_TITLE_OBJECT_HEAD) &&
		    rc_wl(rc, k + 1, NCG_WL_HEAD_OF) && k + 2 < head) {
			start = k + 2 + (rc_wl(rc, k + 2, NCG_WL_DEFINITE_ARTICLE) && k + 3 < head);
			k = start - 1;
			continue;
		}
		/* rules62: not a body's head that opens a title, its head and
		 * "for" or "of" next ("the Democratic Staff Director for the
		 * Foreign Relations Committee": a post, the body after it) */
		if (rc_cap(rc, k) && rc_wl(rc, k, NCG_WL_BODY_HEAD) &&
		    !(k + 3 < head && rc_cap(rc, k + 1) && rc_wl(rc, k + 1, NCG_WL_TITLE_HEAD) &&
		      (rc_wl(rc, k + 2, NCG_WL_HEAD_OF) || rc_is(rc, k + 2, "for"))))
			return start;
		/* rules19: or "for", and a hyphenated head ("Deputy Assistant
		 * Secretary for the Bureau of Arms Control", "Deputy
		 * Director-General of North American Affairs Bureau"); and a
		 * post of a post ("Spokesperson for the Chairman of the Joint
		 * Chiefs of Staff") */
		if (hyphen_title_head(rc, k) && (rc_wl(rc, k + 1, NCG_WL_HEAD_OF) || rc_is(rc, k + 1, "for"))) {
			start = k + 2 + (rc_wl(rc, k + 2, NCG_WL_DEFINITE_ARTICLE) && k + 3 <= head);
			k = start - 1;
		}
	}
	return start;
}

/* rules10: is a type designator at token i, letters, a hyphen and a
 * number, all joined ("B-1B", "F-16s")?  It names what the body flies or
 * sails: the body's name ends before it ("U.S. Air Force B-1B bombers"). */
static int
designator_at(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;

	/* one token ("B-1B") */
	for (size_t k = 1; n <= 8 && k + 1 < n && k <= 3; k++)
		if (w[k] == '-' && w[k + 1] >= '0' && w[k + 1] <= '9')
			return 1;
	/* or three ("B", "-", "1B") */
	return i + 2 < rc->ntok && n <= 3 && rc_hyphen(rc, i + 1) && rc_adjacent(rc, i + 1) &&
	       rc_adjacent(rc, i + 2) && rc->s[rc->tok[i + 2].b] >= '0' &&
	       rc->s[rc->tok[i + 2].b] <= '9';
}

/* Is token k (in a run ending at end) a capitalised word that may be
 * a word of a person's name: no title, body's head, place, state or
 * body? */
static int
name_word(const rc_ctx *rc, size_t k, size_t end)
{
	return rc_cap(rc, k) && !rc_wl(rc, k, NCG_WL_TITLE_WORD) &&
	       !rc_wl(rc, k, NCG_WL_TITLE_HEAD) && !rc_wl(rc, k, NCG_WL_BODY_HEAD) &&
	       !rc_wl(rc, k, NCG_WL_TITLE_OBJECT_END) &&
	       !rc_lex_longest(rc, k, end,
	                       (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_BODY),
	                       ~0u, &(size_t){0});
}

/* rules194: is the name [start, e) headed at head a title's holder and
 * a meeting noun (lex:meetingNoun, any complement after it): a title
 * taken off before it ([t0, start)), one name word, then "Meeting"
 * ("Secretary Rusk Meeting with Minister Kim", "... Meeting on Trade",
 * a record's heading)?  A meeting noun never ends a body's name after a
 * person's surname: no body. */
static int
titled_surname_meeting(const rc_ctx *rc, size_t t0, size_t start, size_t head, size_t e)
{
	if (e <= head || head <= t0 || !rc_wl_ci(rc, head, NCG_WL_MEETING_NOUN) ||
	    !name_word(rc, head - 1, head))
		return 0;
	if (t0 < start && head == start + 1)
		return 1;
	/* or a title's words the run kept, a head among them, right
	 * before the surname ("Secretary of State Rusk Meeting with") */
	for (size_t k = head - 1; k > t0; k--) {
		if (rc_cap(rc, k - 1) && rc_wl(rc, k - 1, NCG_WL_TITLE_HEAD))
			return 1;
		if (!rc_wl(rc, k - 1, NCG_WL_TITLE_WORD) && !rc_is(rc, k - 1, "of"))
			return 0;
	}
	return 0;
}

/* rules27: is [a, end) a person's full name alone, two to four
 * capitalised words or initials of no title, body, place or state? */
static int
person_name_run(const rc_ctx *rc, size_t a, size_t end)
{
	if (end < a + 2 || end > a + 4)
		return 0;
	for (size_t k = a; k < end; k++)
		if (!name_word(rc, k, end))
			return 0;
	return 1;
}

/* rules271: a repository of records (lex:archiveHead, "Library")
 * after a person's full name ("Source: Gerald Ford Library, National
 * Security Adviser") is the person's, read by the person's recogniser
 * (src/recog_person.c, name_token); no body.  One word before it may
 * name a library ("the US Embassy to Korea and Halla Library"). */
static int
archive_of_person(const rc_ctx *rc, size_t start, size_t head)
{
	return rc_wl(rc, head, NCG_WL_ARCHIVE_HEAD) && person_name_run(rc, start, head);
}

/* Does a phrase of the list wl end right before token p? */
static int
cue_ends_before(const rc_ctx *rc, size_t p, ncg_wordlist wl)
{
	for (size_t n = 1; n <= 5 && n <= p; n++)
		if (rc_wl_match(rc, p - n, p, wl, 0) == p)
			return 1;
	return 0;
}

/* fix170: the start of the capitalised run that ends right before token
 * e, or e. */
static size_t
cap_run_back(const rc_ctx *rc, size_t e)
{
	while (e > 0 && rc_cap(rc, e - 1))
		e--;
	return e;
}

/* rules350: does a person's schooling (lex:schoolingCue) end right
 * before the name at start, maybe with "the" between ("graduating from
 * Arizona State University", "a journalism degree from Boston
 * University")?  The person's background, no body.  fix170 (review137
 * 2, 3): or a lex:schoolingVerb before a school's name ("attended Sarah
 * Lawrence College"); a school owned by the school of the cue ("a
 * master's degree from Harvard University's Kennedy School"); the
 * second of two schools after one ("completed Ranger School and
 * Airborne School"). */
static int
schooling_of_person(const rc_ctx *rc, size_t start, size_t head)
{
	size_t p = start;

	if (p >= 3 && rc_apostrophe_s(rc, p - 2) && cap_run_back(rc, p - 2) < p - 2)
		p = cap_run_back(rc, p - 2);
	else if (p >= 3 && rc_wl(rc, p - 1, NCG_WL_PAIR_CONJUNCTION) && rc_wl(rc, p - 2, NCG_WL_SCHOOL_HEAD))
		p = cap_run_back(rc, p - 1);
	if (p > 0 && rc_wl(rc, p - 1, NCG_WL_DEFINITE_ARTICLE))
		p--;
	return cue_ends_before(rc, p, NCG_WL_SCHOOLING_CUE) ||
	       (rc_wl(rc, head, NCG_WL_SCHOOL_HEAD) && cue_ends_before(rc, p, NCG_WL_SCHOOLING_VERB));
}

/* fix170 (review137 4): is the run [start, head] headed by "Police"
 * (lex:policeHead) no police force's own name: without a country's word
 * and with no word of its own, only places' and lex:policeGenericWord
 * words ("National Police Commissioner General Cho", "Tokyo Police
 * Chief Kenji Sato"), or with a lex:militaryPoliceWord ("Military
 * Police from the ROK Army")? */
static int
police_without_state(const rc_ctx *rc, size_t start, size_t head)
{
	const char *keys[2];
	size_t e;
	int own = 0;

	if (!rc_wl(rc, head, NCG_WL_POLICE_HEAD))
		return 0;
	for (size_t k = start; k < head; k = e > k ? e : k + 1) {
		e = k;
		if (rc_wl(rc, k, NCG_WL_MILITARY_POLICE_WORD))
			return 1;
		if (rc_country_prefix_at(rc, k, head, keys, &e) > 0)
			return 0;
		if (!rc_lex_longest(rc, k, head, 1u << NCG_LEX_PLACE, (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &e) &&
		    !rc_wl(rc, k, NCG_WL_POLICE_GENERIC_WORD))
			own = 1;
	}
	return !own;
}

/* fix170: is the run [start, head] a person's schooling
 * (schooling_of_person) or a title's words about the police
 * (police_without_state), no body? */
static int
background_or_title_run(const rc_ctx *rc, size_t start, size_t head)
{
	return schooling_of_person(rc, start, head) || police_without_state(rc, start, head);
}

/* rules271: is the name [start, head] a facility to be built: its head
 * a lex:builtFacilityHead word, after a lex:facilityBuildNoun, "of" and the
 * indefinite article ("for the establishment of a Community Health
 * Center in Barangay San Joaquin")?  A building, no body ("the
 * establishment of a Nuclear Consultative Group" stays one). */
static int
facility_being_built(const rc_ctx *rc, size_t start, size_t head)
{
	int civic = 0;

	if (!(start >= 3 && rc_wl(rc, head, NCG_WL_BUILT_FACILITY_HEAD) &&
	      rc_wl_ci(rc, start - 1, NCG_WL_INDEFINITE_ARTICLE) && rc_wl(rc, start - 2, NCG_WL_HEAD_OF) &&
	      rc_wl_ci(rc, start - 3, NCG_WL_FACILITY_BUILD_NOUN)))
		return 0;
	/* fix105 (review96 2): a public service's word in the name
	 * (lex:civicFacilityWord, "Community Health"), no
	 * lex:nameComplement ("of", "for") in it; "a Trilateral Maritime Security Center", "an ASEAN Center of
	 * Military Medicine" so established stay bodies */
	for (size_t k = start; k <= head + 2 && k < rc->ntok; k++) {
		if (rc_wl(rc, k, NCG_WL_NAME_COMPLEMENT))
			return 0;
		if (k < head && rc_wl(rc, k, NCG_WL_CIVIC_FACILITY_WORD))
			civic = 1;
	}
	return civic;
}

/* rules14: the end of a body's complement "of ..." at e, within the
 * capitalised run ending at end: before a title that follows a word
 * ending such names (lex:titleObjectEnd) and precedes a name ("Bureau
 * of East Asian and Pacific Affairs Principal Deputy Assistant Secretary
 * Jonathan Fritz"); else end. */
static size_t
of_complement_end(const rc_ctx *rc, size_t e, size_t end)
{
	int title_words = 1;

	for (size_t k = e + 2; k + 1 < end; k++) {
		size_t b = k;

		/* rules27: or a person's full name right after the object's
		 * end ("Bureau of Oceans and International Environmental and
		 * Scientific Affairs Jennifer R. Littlejohn led"); rules336:
		 * or after an object of title words only ("Secretary of the
		 * Department of Defence Greg Moriarty", "Ministry of National
		 * Defense Lee ...": a title's body, then its holder) */
		if (rc_wl(rc, k, NCG_WL_TITLE_OBJECT_END) && person_name_run(rc, k + 1, end))
			return k + 1;
		title_words = title_words && rc_wl(rc, k - 1, NCG_WL_TITLE_WORD);
		if (title_words && rc_cap(rc, k - 1) && person_name_run(rc, k, end))
			return k;

		if (!rc_cap(rc, k) || !rc_wl(rc, k, NCG_WL_TITLE_HEAD) || !rc_cap(rc, k + 1) ||
		    rc_wl(rc, k + 1, NCG_WL_TITLE_WORD) || rc_wl(rc, k + 1, NCG_WL_TITLE_HEAD) ||
		    rc_wl(rc, k + 1, NCG_WL_BODY_HEAD))
			continue;
		while (b > e + 2 && rc_cap(rc, b - 1) && rc_wl(rc, b - 1, NCG_WL_TITLE_WORD) &&
		       !rc_wl(rc, b - 1, NCG_WL_TITLE_OBJECT_END))
			b--;
		if (rc_wl(rc, b - 1, NCG_WL_TITLE_OBJECT_END))
			return b;
	}
	return end;
}

/* rules344: is the complement after "of (the)" at c, to e, a state's
 * adjective alone with a word in lower case next ("the Scientific
 * Committee of the Japanese revised proposal": the adjective is the
 * noun's after it, no object of the name)? */
static int
adjective_complement(const rc_ctx *rc, size_t c, size_t e, size_t lim)
{
	size_t a = c + 1, x = 0;

	if (!rc_wl(rc, c, NCG_WL_HEAD_OF) || e >= lim || !rc_lower(rc, e))
		return 0;
	a += (size_t)(a < e && rc_wl(rc, a, NCG_WL_DEFINITE_ARTICLE));
	if (a >= e || (rc_lex_longest(rc, a, e, 1u << NCG_LEX_COUNTRY,
	                              (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &x) && x == e))
		return 0;
	return rc_lex_longest(rc, a, e, 1u << NCG_LEX_COUNTRY, 1u << NCG_LEXW_ADJECTIVE, &x) && x == e;
}

/* rules13: a country's name at i, maybe after "the"? */
static int
country_after(const rc_ctx *rc, size_t i, size_t lim)
{
	const char *pc[2];
	size_t ce;

	return rc_country_prefix(rc, i + rc_wl(rc, i, NCG_WL_DEFINITE_ARTICLE), lim, pc, &ce) > 0;
}

/* rules13: where a meeting of a body ends its capitalised run [a, end):
 * a meeting noun last (lex:meetingNoun, any case), with the meeting
 * nouns, modifiers and hyphenated words before it ("Sub-Ministerial
 * Session", "Plenary Session"); end when the run does not end in one. */
static size_t
meeting_tail_start(const rc_ctx *rc, size_t a, size_t end)
{
	size_t k;

	if (end <= a + 1 || !rc_wl_ci(rc, end - 1, NCG_WL_MEETING_NOUN))
		return end;
	for (k = end - 1; k > a + 1; k--)
		if (!memchr(rc->s + rc->tok[k - 1].b, '-', rc->tok[k - 1].e - rc->tok[k - 1].b) &&
		    !rc_wl_ci(rc, k - 1, NCG_WL_MEETING_MODIFIER) &&
		    !rc_wl_ci(rc, k - 1, NCG_WL_MEETING_NOUN))
			break;
	return k;
}

/* rules336: does a title (capitalised title words, a title's head
 * among them, maybe hyphenated: "Vice-Chair") start at k and a person's
 * full name follow it to end, the run's end ("... and Vice-Chair Ysabel
 * Maria J. Zamora")? */
static int
title_holder_to_end(const rc_ctx *rc, size_t k, size_t end)
{
	size_t j = k;
	int head = 0;

	for (; j < end && rc_cap(rc, j) && (rc_wl(rc, j, NCG_WL_TITLE_WORD) || hyphen_title_head(rc, j)); j++)
		head |= hyphen_title_head(rc, j);
	return head && person_name_run(rc, j, end);
}

#define BRIEFING_GIVER_SPAN 12   /* tokens from "from"/"by" to "on the" */

/* rules336: does "on the" at e open a briefing's topic: the body's name
 * before it the giver of a briefing ("received a briefing from the
 * Okinawa Defense Bureau on the Futenma Replacement Facility"; "the
 * Commission on the Status of Women" with no briefing goes on)?
 * fix161 (review130 3, 4): the name right after a briefing's noun or
 * verb and lex:briefingSource, no comma or other stop between; a
 * briefing elsewhere in the sentence is none ("After a briefing at the
 * embassy, ... the Commission on the Status of Women"). */
static int
briefing_topic_on(const rc_ctx *rc, size_t e)
{
	size_t s = rc_sentence_of(rc, e);

	if (s >= rc->nsent || !rc_wl(rc, e + 1, NCG_WL_DEFINITE_ARTICLE))
		return 0;
	for (size_t k = e; k > rc->sent[s].t0 + 1 && k + BRIEFING_GIVER_SPAN > e; k--) {
		if (rc_punct(rc, k - 1, ",") || rc_punct(rc, k - 1, ";") || rc_punct(rc, k - 1, ":"))
			return 0;
		if (rc_wl(rc, k - 1, NCG_WL_BRIEFING_SOURCE))
			return rc_wl_ci(rc, k - 2, NCG_WL_BRIEFING_NOUN) ||
			       rc_wl_ci(rc, k - 2, NCG_WL_BRIEFING_VERB);
	}
	return 0;
}

/* rules19: does "on" at e open the rest of a body's name, capitalised
 * words to the run's end that name no day, month, state or place ("the
 * 4th High Level Forum on Aid Effectiveness", "Council on Foreign
 * Relations"; not "the Security Council on Monday", "... on North
 * Korea")?  Its end, or 0.  rules336: it ends before "and" and a
 * second person's title and name ("the House Committee on Justice and
 * Vice-Chair A B"). */
static size_t
on_complement(const rc_ctx *rc, size_t e, size_t end)
{
	size_t ce;

	if (!rc_is(rc, e, "on") || e + 1 >= end || briefing_topic_on(rc, e))
		return 0;
	/* rules289: "the 20th CBRNE Command Headquarters on Aberdeen
	 * Proving Ground": an installation is where the body is; fix132:
	 * only after a venue's head, not "the Subcommittee on Futenma
	 * Replacement Facility" (its topic: the name goes on) */
	if (e > 0 && ncg_doc_installation_on(rc->doc, rc->lex, e + 1, end, e - 1))
		return 0;
	for (size_t k = e + 1; k < end; k++)
		if (rc_month_at(rc, k) || ncg_doc_tok_weekday(rc->doc, k))
			return 0;
		else if (k > e + 1 && rc_wl(rc, k, NCG_WL_PAIR_CONJUNCTION) &&
		         title_holder_to_end(rc, k + 1, end))
			return k;
		else if (rc_lex_longest(rc, k, end, (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_PLACE),
		                        ~0u, &ce)) {
			/* rules58: a state that modifies the capitalised
			 * words after it ("on the Democratic People's Republic
			 * of Korea (DPRK) Cyber Threat") */
			if (ce + 3 < end && rc_punct(rc, ce, "(") && rc_punct(rc, ce + 2, ")"))
				ce += 3;
			if (ce >= end || !rc_cap(rc, ce))
				return 0;
			k = ce - 1;
		}
	return end;
}

/* rules42: the end of a field list whose last field ends at k, or e
 * when an "of" or a hyphen goes on from it.  rules145: a state after
 * "of" closes the name ("Ministry of Economy, Trade and Industry of
 * Japan (METI)", "Ministry of Health, Labour, and Welfare of Japan and
 * ..."), when no capitalised word follows the state. */
static size_t
field_list_tail(const rc_ctx *rc, size_t e, size_t k, size_t lim)
{
	const char *pc[2];
	size_t ce;

	if (k < lim && rc_hyphen(rc, k))
		return e;
	if (k >= lim || !rc_wl(rc, k, NCG_WL_HEAD_OF))
		return k;
	if (state_of_at(rc, k, lim, pc, &ce) && (ce >= lim || !rc_cap(rc, ce)))
		return ce;
	return e;
}

/* rules42: a body's "of" complement listing its fields, ", X and Y"
 * after the first ("Ministry of Agriculture, Food and Rural Affairs",
 * "Ministry of Trade, Industry and Energy"): at e a comma, then runs of
 * one to three capitalised words that name no body, title, state or
 * place, joined by commas and one last "and", the name ending after it.
 * rules350: nor a plural title ("At the University of Michigan,
 * Ambassadors Goldberg and Cho received a briefing").
 * The new end, or e. */
static size_t
field_list_end(const rc_ctx *rc, size_t e, size_t lim)
{
	size_t k = e, n;
	int last = 0;

	if (!rc_punct(rc, k, ","))
		return e;
	for (k++;; k++) {
		for (n = 0; k + n < lim && rc_cap(rc, k + n) && n < 4; n++)
			if (rc_wl(rc, k + n, NCG_WL_BODY_HEAD) || rc_wl(rc, k + n, NCG_WL_TITLE_HEAD) ||
			    rc_month_at(rc, k + n) || rc_plural_honorific(rc, k + n) ||
			    rc_lex_longest(rc, k + n, lim,
			                   (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_PLACE), ~0u,
			                   &(size_t){0}))
				return e;
		if (n == 0 || n > 3)
			return e;
		k += n;
		if (last)
			return field_list_tail(rc, e, k, lim);
		if (k < lim && rc_wl(rc, k, NCG_WL_PAIR_CONJUNCTION))
			last = 1;
		else if (!(k < lim && rc_punct(rc, k, ",")))
			return e;
		/* rules86: the serial comma before the last ("Ministry of
		 * Land, Infrastructure, and Transport") */
		else if (k + 1 < lim && rc_wl(rc, k + 1, NCG_WL_PAIR_CONJUNCTION))
			last = 1, k++;
	}
}

/* rules101: a head noun on its own before a number ("Department 897",
 * a telegram's number in a cable's references) is no unit's name: a
 * numbered unit has words before its head ("Carrier Strike Group 1").
 * rules136: nor is a number before a month's name, a date's day
 * ("... Extended Deterrence Dialogue 13 December", a headline): see
 * name_end. */
static int
bare_head_number(const rc_ctx *rc, size_t head)
{
	return head == 0 || !rc_cap(rc, head - 1) || rc->tok[head - 1].kind != NCG_TOK_WORD;
}

/* Is token e a unit's number: up to three digits, or rules231 a slashed
 * one ("7th Fleet's Task Force 76/3", a task force's sub-unit; DVIDS),
 * its first part over 12 so that no month/day date ("6/18") is read as
 * one, fix74: after a lex:slashNumberedHead ("Force"; not "Center 24/7",
 * the hours idiom)? */
static int
unit_number_at(const rc_ctx *rc, size_t e, size_t head)
{
	const char *w = rc->s + rc->tok[e].b;
	size_t n = rc->tok[e].e - rc->tok[e].b, k = 0, j;
	int first = 0;

	if (rc->tok[e].kind != NCG_TOK_NUMBER)
		return 0;
	if (n <= 3)
		return 1;
	while (k < n && k < 4 && w[k] >= '0' && w[k] <= '9')
		first = first * 10 + (w[k++] - '0');
	if (k == 0 || k > 3 || k >= n || w[k] != '/' || first <= 12 ||
	    !rc_wl(rc, head, NCG_WL_SLASH_NUMBERED_HEAD))
		return 0;
	for (j = k + 1; j < n && w[j] >= '0' && w[j] <= '9'; j++)
		;
	return j == n && j - k - 1 >= 1 && j - k - 1 <= 2;
}

/* rules282: is token head the last word of a lex:stationedBodyHead
 * ("Hospital", "Clinic", "Medical Center")? */
static int
stationed_head(const rc_ctx *rc, size_t head)
{
	return rc_wl_match(rc, head, head + 1, NCG_WL_STATIONED_BODY_HEAD, 1) == head + 1 ||
	       (head > 0 && rc_wl_match(rc, head - 1, head + 1, NCG_WL_STATIONED_BODY_HEAD, 1) == head + 1);
}

/* fix119: may token k be a word of a facility's station ("Yokosuka",
 * "San Diego")?  Capitalised, none of a title's word, a rating's, a
 * body's head, a place's lead ("Camp Foster"), a month, a weekday, a
 * country's name or a lex:stationStopWord ("Sailors", "Day"). */
static int
station_word(const rc_ctx *rc, size_t k, size_t end)
{
	const char *keys[2];
	size_t ce;

	return rc_cap(rc, k) && !rc_wl(rc, k, NCG_WL_TITLE_HEAD) && !rc_wl(rc, k, NCG_WL_TITLE_WORD) &&
	       !rc_wl(rc, k, NCG_WL_RATING_HEAD) && !rc_wl(rc, k, NCG_WL_BODY_HEAD) &&
	       !rc_wl(rc, k, NCG_WL_PLACE_LEAD_WORD) && !rc_wl(rc, k, NCG_WL_STATION_STOP_WORD) &&
	       !rc_month_at(rc, k) && !rc_weekday_at(rc, k) && rc_country_prefix(rc, k, end, keys, &ce) == 0;
}

/* rules282, fix119: a Navy medical facility's name goes on with its
 * station's after its head ("U.S. Naval Hospital Yokosuka", "Branch
 * Health Clinic Chinhae", "Naval Medical Center San Diego"): a
 * lex:stationedBodyModifier just before the head, then one or two
 * station's words: a place the lexicon knows ("Naval Hospital Guam
 * Commanding Officer ..."), or station_word's that end the run or stop
 * before a word that is none ("Naval Hospital Yokosuka Sailors and
 * ...", "... Okinawa Public Affairs", "... Guam Thursday"; "and" ends
 * the run's words: "Naval Hospital Yokosuka and Naval Hospital Okinawa"
 * are two).  Army and civilian facilities put no station in their names
 * ("Walter Reed National Military Medical Center Bethesda", "Mayo Clinic
 * Rochester"), and two unknown station's words before a third
 * capitalised one are in doubt (a person's name may follow): the name
 * ends at its head, *cut set.  Not "Hospital Corpsman 3rd Class" (no word before the head, or
 * no station's word after it).  The name's end, or e.  Only when e is
 * just after the head: a longer complement has its own end. */
static size_t
station_name_end(const rc_ctx *rc, size_t head, size_t e, size_t end, int *cut)
{
	size_t k = e, h = head;

	*cut = 0;
	if (e != head + 1 || end <= e || head == 0 || !rc_cap(rc, head - 1) || !stationed_head(rc, head))
		return e;
	while (k < end && k < e + 2 && station_word(rc, k, end))
		k++;
	if (k == e)
		return e;
	if (rc_wl_match(rc, head, head + 1, NCG_WL_STATIONED_BODY_HEAD, 1) != head + 1)
		h = head - 1;
	*cut = 1;
	if (h == 0 || !rc_wl(rc, h - 1, NCG_WL_STATIONED_BODY_MODIFIER))
		return e;
	for (size_t n = k - e; n > 0; n--)
		if (is_known_place(rc, e, e + n))
			return e + n;
	if ((k < end && rc_cap(rc, k) && station_word(rc, k, end)) ||
	    (k < end && !rc_cap(rc, k) && !rc_wl(rc, k, NCG_WL_ORG_CONNECTOR)))
		return e;
	return k;
}

/* The end of a body's name after its head (its complement: "of the
 * Republic of Korea", "U.S. Forces Korea", "Carrier Strike Group 1"), or
 * 0 when the head does not end the name ("Vandenberg Space Force Base");
 * a title may follow ("... Council Coordinator Kurt Campbell"). */
static size_t
name_end(const rc_ctx *rc, size_t head, size_t end, size_t lim)
{
	size_t e = head + 1, oc;
	int cut = 0;

	/* "Military Committee Meeting", "Security Consultative Meeting" */
	if (rc_is(rc, e, "Meeting") && e < end)
		e++;
	/* "Ministry of ...", rules13: "Consultations for Allied Partnership",
	 * not "Chief of Staff for Japan's Joint Staff"; a meeting of the
	 * body after it is no part of its name ("... for Allied Partnership
	 * Sub-Ministerial Session") */
	if (rc_wl(rc, e, NCG_WL_NAME_COMPLEMENT) && !(rc_is(rc, e, "for") && country_after(rc, e + 1, end))) {
		size_t c = e;

		if ((e = meeting_tail_start(rc, e + 1, end)) < end)
			return e;
		/* rules14: nor a title after "Affairs" before a name */
		e = of_complement_end(rc, c, end);
		if (e < end && person_name_run(rc, e, end))
			return e;       /* rules27: nor the name itself */
		if (adjective_complement(rc, c, e, lim))
			return c;
		if (e == end && rc_wl(rc, c, NCG_WL_HEAD_OF))
			e = end = field_list_end(rc, e, lim);
	} else if ((oc = on_complement(rc, e, end)) != 0)
		e = oc;
	else if (e < end && is_known_name(rc, e, e + 1) && !rc_wl(rc, e, NCG_WL_TITLE_HEAD) &&
	         !stationed_head(rc, head) && !rc_wl_ci(rc, head, NCG_WL_MEETING_NOUN))
		e++;
	else if (e < lim && unit_number_at(rc, e, head) && rc_adjacent(rc, e) == 0 &&
	         !bare_head_number(rc, head) &&
	         !(e + 1 < lim && rc_month_at(rc, e + 1)))
		e++;
	else
		e = station_name_end(rc, head, e, end, &cut);
	if (cut)
		return e;
	if (e < end && rc_cap(rc, e) && !rc_wl(rc, e, NCG_WL_TITLE_HEAD) &&
	    !rc_wl(rc, e, NCG_WL_TITLE_WORD) && !designator_at(rc, e))
		return 0;
	/* rules19: words of titles after it with no title's head among them
	 * go on with the noun ("Standards Board Policy"): no body's name; but
	 * a document named after the body names it ("... Defense Trilateral
	 * Talks Joint Statement") */
	if (e < end && rc_cap(rc, e) && !title_head_in(rc, e, end) && !designator_at(rc, e) &&
	    !document_head_in(rc, e, end))
		return 0;
	return e;
}

/* "South Korea's Strategic Command": a possessive country just before
 * token start; fills the country keys and returns where it begins, or
 * start. */
static size_t
possessive_country(const rc_ctx *rc, size_t s0, size_t start, const char **pc, int *npc)
{
	size_t e, p;

	*npc = 0;
	/* rules58: or a bare apostrophe after a name ending in "s" or a
	 * dotted acronym ("the U.S.' National Aeronautics and Space
	 * Administration") */
	if (start >= s0 + 3 && rc_apostrophe_s(rc, start - 2))
		p = start - 2;
	else if (start >= s0 + 2 && bare_apostrophe(rc, start - 1))
		p = start - 1;
	else
		return start;
	for (size_t c = p > s0 + 3 ? p - 3 : s0; c < p; c++)
		if ((*npc = rc_country_prefix(rc, c, p, pc, &e)) > 0 && e == p)
			return c;
	*npc = 0;
	pc[0] = pc[1] = NULL;
	return start;
}

/* rules14: "Seoul's Foreign Ministry": a place's possessive just before
 * token start, a capital standing for its government; the place's one
 * country fills the keys.  Returns where it begins, or start. */
static size_t
possessive_capital(const rc_ctx *rc, size_t s0, size_t start, const char **pc, int *npc)
{
	const ncg_lex_wording *w;
	size_t e;

	if (start < s0 + 3 || !rc_apostrophe_s(rc, start - 2))
		return start;
	for (size_t c = start > s0 + 4 ? start - 4 : s0; c < start - 2; c++)
		if ((w = rc_lex_longest(rc, c, start - 2, 1u << NCG_LEX_PLACE,
		                        (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &e)) &&
		    e == start - 2) {
			if (w->entry->country.n == 1) {
				pc[0] = w->entry->country.v[0];
				*npc = 1;
			}
			return c;
		}
	return start;
}

/* rules332: does the name at start open with a body's head and "of",
 * a name whole by itself ("the Department of State’s Office of Korean
 * Affairs", "ICE's Office of Homeland Security Investigations", "the
 * Department of State’s Bureau of East Asian and Pacific Affairs"), no
 * part named by its owner ("the Foreign Ministry's Asian and Oceanian
 * Affairs Bureau")? */
static int
head_of_name_at(const rc_ctx *rc, size_t start, size_t e)
{
	return start + 2 < e && rc_cap(rc, start) && rc_wl(rc, start, NCG_WL_BODY_HEAD) &&
	       rc_is(rc, start + 1, "of") && rc_cap(rc, start + 2);
}

/* The body mention that ends at token p (its possessive's first token)
 * within the sentence from s0, not opened by a quotation mark ('the
 * Defense Forces'), or NULL. */
static const ncg_mention *
possessor_at(const rc_ctx *rc, size_t s0, size_t p)
{
	for (size_t k = rc->nm; k-- > 0;)
		if (rc->m[k].kind == NCG_M_BODY && rc->m[k].t1 == p && rc->m[k].t0 >= s0)
			return rc->m[k].t0 > s0 && (rc_punct(rc, rc->m[k].t0 - 1, "'") ||
			                            rc_punct(rc, rc->m[k].t0 - 1, "\xE2\x80\x98"))
			       ? NULL : &rc->m[k];
	return NULL;
}

/* fix158 (review128 3): the body whose "'s" or plural "'" stands just
 * before a name whole by itself (head_of_name_at: "the Ministry of
 * National Defense's Office of Policy Planning", "the Ministry of
 * Foreign Affairs' Bureau of North American Affairs"): the name is
 * read apart, but that body still owns it; or NULL. */
static const ncg_mention *
split_owner(const rc_ctx *rc, size_t s0, size_t start, size_t e)
{
	if (start < s0 + 2 || !head_of_name_at(rc, start, e))
		return NULL;
	if (start >= s0 + 3 && rc_apostrophe_s(rc, start - 2))
		return possessor_at(rc, s0, start - 2);
	if (rc_adjacent(rc, start - 1) &&
	    rc_apostrophe(rc, start - 1))
		return possessor_at(rc, s0, start - 1);
	return NULL;
}

/* rules11: "the Self-Defense Forces’ Joint Staff": a body named just
 * before token start, then a plural possessive's apostrophe; returns
 * where that body begins (the possessed body keeps the written form
 * with it), or start.  fix158: not before a name whole by itself
 * (split_owner), as after "'s". */
static size_t
possessive_body(const rc_ctx *rc, size_t s0, size_t start, size_t e)
{
	size_t p = start - 1;
	const ncg_mention *o;

	/* rules19: or "'s" before a name of four words or more ("the
	 * Japanese Foreign Ministry's Asian and Oceanian Affairs Bureau";
	 * not "the NCG's Working Group", a part named generically);
	 * rules295: nor a numbered unit, named by its number alone ("the
	 * Washington Air National Guard's 141st Air Refueling Wing");
	 * rules332: nor a name whole by itself (head_of_name_at) */
	if (start >= s0 + 3 && rc_apostrophe_s(rc, start - 2) && e >= start + 4 &&
	    !numbered_unit_at(rc, start, e) && !head_of_name_at(rc, start, e))
		p = start - 2;
	else if (start < s0 + 2 || !rc_adjacent(rc, start - 1) ||
	         !rc_apostrophe(rc, start - 1) ||
	         head_of_name_at(rc, start, e))
		return start;
	/* not a quotation's closing mark: 'the Defense Forces' */
	o = possessor_at(rc, s0, p);
	return o ? o->t0 : start;
}

/* rules336: is the body mention o written out, three capitalised words
 * or more, none in capitals only ("United States Forces Japan"; not
 * "USFJ", "U.S.-ROK NCG", nor "Department of Defense National Guard
 * Bureau", where "of" has ended the owner's name)?  Its parts after it are its own
 * ("United States Forces Japan Office of Public Affairs"). */
static int
written_whole(const rc_ctx *rc, const ncg_mention *o)
{
	if (o->t1 < o->t0 + 3)
		return 0;
	for (size_t k = o->t0; k < o->t1; k++)
		if ((rc->tok[k].flags & NCG_TF_UPPER) || !rc_word(rc, k) || !rc_cap(rc, k))
			return 0;
	return 1;
}

/* rules30: a body the lexicon knows named right before token start, no
 * word or mark between, that owns the body named after it ("the U.S.
 * State Department Bureau of Intelligence and Research", "the White House
 * Space Council"): one name, written whole, of two words or more.  Not
 * after a body with an acronym, whose parts the text names generically
 * ("the NCG Working Group", modifier_parent).  Where the owner's name
 * begins (past its article), or start. */
static size_t
owner_body_before(const rc_ctx *rc, size_t s0, size_t start)
{
	if (start <= s0 || !rc_cap(rc, start) || (rc->tok[start].flags & NCG_TF_LINE))
		return start;
	/* the newest such body first: a body ending at start covers token
	 * start - 1, and the mentions covering a token chain newest first */
	for (uint32_t r = rc->cover_head[start - 1]; r; r = rc->cover[r - 1].next) {
		const ncg_mention *o = &rc->m[rc->cover[r - 1].m];

		if (o->kind == NCG_M_BODY && o->t1 == start && o->t0 >= s0 && o->lex &&
		    ((!o->body.acronym && !o->lex->acronym.n) || written_whole(rc, o)))
			return o->t0 + rc_wl_ci(rc, o->t0, NCG_WL_DEFINITE_ARTICLE);
	}
	return start;
}

/* Is m, with n countries, the lexicon body c as far as countries go?  The
 * countries agree; and a name without a country is a national body (the
 * "ROK Joint Chiefs of Staff") only when worded as the lexicon words it:
 * "the Joint Chiefs of Staff" alone may be either nation's. */
static int
country_fits(const ncg_mention *m, int n, const ncg_lex_entry *c)
{
	if (n > 0 || c->country.n == 0)
		return countries_agree(m->body.country, n, &c->country);
	if (c->label && strcmp(c->label, m->name) == 0)
		return 1;
	for (size_t a = 0; a < c->alt.n; a++)
		if (strcmp(c->alt.v[a], m->name) == 0)
			return 1;
	return 0;
}

/* The lexicon entry a grammar body names, worded otherwise: an entry with
 * a wording of the same normal form whose countries agree ("ROK Strategic
 * Command" for "South Korea's Strategic Command": normal forms leave the
 * states out, so "U.S. Strategic Command" has the same one). */
static ncg_status
body_entry(rc_ctx *rc, const ncg_mention *m, size_t k, size_t e, const ncg_lex_entry **out)
{
	int n = m->body.country[1] ? 2 : (m->body.country[0] ? 1 : 0);
	const ncg_lex_entry *le = ncg_lexicon_by_wording(rc->lex, NCG_LEX_BODY, m->name,
	                                                 strlen(m->name));
	char nf[512], wf[512];
	const char *rest;

	*out = le && country_fits(m, n, le) ? le : NULL;
	if (*out || k >= e)
		return NCG_OK;
	/* the name without its country ("Strategic Command") */
	NCG_TRY(rc_span(rc, k, e, &rest));
	ncg_normal_form(rc->lex, rest, strlen(rest), nf, sizeof nf);
	for (size_t i = 0; i < ncg_lexicon_count(rc->lex, NCG_LEX_BODY) && !*out; i++) {
		const ncg_lex_entry *c = ncg_lexicon_at(rc->lex, NCG_LEX_BODY, i);

		if (!country_fits(m, n, c) || !c->label)
			continue;
		/* the lexicon's wordings by their indexed normal forms (speed) */
		if (strcmp(nf, ncg_lexicon_normal_of(rc->lex, c->label, wf, sizeof wf)) == 0)
			*out = c;
		for (size_t a = 0; a < c->alt.n && !*out; a++)
			if (strcmp(nf, ncg_lexicon_normal_of(rc->lex, c->alt.v[a], wf, sizeof wf)) == 0)
				*out = c;
	}
	return NCG_OK;
}

/* Who the body is: a part of a known body whose acronym modifies it
 * ("NCG Working Group"), a lexicon entry worded otherwise. */
static ncg_status
identify_body(rc_ctx *rc, ncg_mention *m, size_t k, size_t e)
{
	size_t ae;
	const ncg_lex_wording *w = rc_lex_longest(rc, k, e, 1u << NCG_LEX_BODY,
	                                          1u << NCG_LEXW_ACRONYM, &ae);
	const ncg_mention *ba = defined_body_acronym(rc, k);
	const ncg_lex_entry *le;
	int unnamed;

	if (ba && k + 1 < e)
		m->body.part_of = ba->key;
	else if (w && ae < e) {
		m->body.part_of = w->entry->key;
		if (!m->body.country[0])
			set_countries_from_entry(m->body.country, w->entry);
	}
	NCG_TRY(body_entry(rc, m, k, e, &le));
	/* rules152: a bare name in a text that names not its state */
	if (le && !m->body.country[0]) {
		NCG_TRY(state_unnamed(rc, k, e, le, &unnamed));
		le = unnamed ? NULL : le;
	}
	if (le) {
		m->lex = le;
		m->key = le->key;
		if (!m->body.part_of)
			m->body.part_of = le->part_of;
		if (!m->body.country[0])
			set_countries_from_entry(m->body.country, le);
	}
	return NCG_OK;
}

/* Does token i name a ship's class ("Ohio-class"): a modifier? */
static int
class_modifier(const rc_ctx *rc, size_t i)
{
	const ncg_strlist *l = ncg_lexicon_words(rc->lex, NCG_WL_CLASS_SUFFIX);
	size_t n = rc->tok[i].e - rc->tok[i].b;

	for (size_t k = 0; l && k < l->n; k++) {
		size_t m = strlen(l->v[k]);

		if (n > m && strncasecmp(rc->s + rc->tok[i].e - m, l->v[k], m) == 0)
			return 1;
	}
	return 0;
}

/* rules154: does the run open with the plural of a title's head, not a
 * body's head itself ("Chiefs"), and "of" ("the two Heads of Navy")?  It
 * names the holders of a post, no body. */
static int
plural_post_run(const rc_ctx *rc, size_t start, size_t head)
{
	return start + 1 < head && rc_plural_in(rc, start, NCG_WL_TITLE_HEAD, 0) &&
	       !rc_wl(rc, start, NCG_WL_BODY_HEAD) && rc_wl(rc, start + 1, NCG_WL_HEAD_OF);
}

/* "the Trump Administration": one capitalised word that the lexicon does
 * not know (no country, place, body or title word) before a noun of a
 * government named after its leader; no body. */
static int
leader_government(const rc_ctx *rc, size_t start, size_t head)
{
	size_t e;

	return head == start + 1 && rc_wl(rc, head, NCG_WL_LEADER_GOVERNMENT) && rc_cap(rc, start) &&
	       !(rc->tok[start].flags & NCG_TF_UPPER) && !rc_claimed(rc, start, head, 0xFF) &&
	       !rc_lex_longest(rc, start, head, ~0u, ~0u, &e) &&
	       !rc_wl(rc, start, NCG_WL_BODY_HEAD) && !rc_wl(rc, start, NCG_WL_TITLE_HEAD) &&
	       !rc_wl(rc, start, NCG_WL_TITLE_WORD) && !rc_wl(rc, start, NCG_WL_SERVICE_NAME);
}

/* "Trilateral Chiefs of Defense Joint Press Statement": a name that runs
 * on through "of" into a document head ("Statement", "Communique") names
 * the document, not a body; rules44: not a head joined by "and" to
 * another field of the name ("Ministry of Strategy and Finance"). */
static int
document_in_name(const rc_ctx *rc, size_t head, size_t e)
{
	for (size_t k = head + 1; k < e; k++)
		if (rc_cap(rc, k) && rc_wl(rc, k, NCG_WL_DOCUMENT_HEAD) &&
		    !(k + 2 < e && rc_wl(rc, k + 1, NCG_WL_PAIR_CONJUNCTION) && rc_cap(rc, k + 2)))
			return 1;
	return 0;
}

/* rules10: is the run [k, head] a meeting noun named by a known place
 * alone ("Pentagon Talks", "Seoul Meeting"): a meeting, no body? */
static int
place_meeting(const rc_ctx *rc, size_t k, size_t head)
{
	return head > k && rc_wl_ci(rc, head, NCG_WL_MEETING_NOUN) && is_known_place(rc, k, head);
}

/* rules13: "the Defense Chiefs of the Republic of Korea (South Korea),
 * Japan, and the United States": a plural head, "of" and a country at
 * the name's end [head, e), then more countries after a comma (past a
 * parenthesis): officials of several countries, no body. */
static int
officials_of_countries(const rc_ctx *rc, size_t head, size_t e, size_t lim)
{
	const char *pc[2];
	size_t n = rc->tok[head].e - rc->tok[head].b, k = e, ce;

	if (n < 2 || rc->s[rc->tok[head].e - 1] != 's' || !rc_wl(rc, head + 1, NCG_WL_HEAD_OF) ||
	    rc_country_prefix(rc, head + 2 + rc_wl(rc, head + 2, NCG_WL_DEFINITE_ARTICLE), e, pc, &ce) != 1 ||
	    ce != e)
		return 0;
	if (k < lim && rc_punct(rc, k, "("))
		while (k < lim && !rc_punct(rc, k, ")"))
			k++;
	k += k < lim && rc_punct(rc, k, ")");
	if (k + 1 >= lim || !rc_punct(rc, k, ","))
		return 0;
	k++;
	k += rc_wl(rc, k, NCG_WL_DEFINITE_ARTICLE);
	return rc_country_prefix(rc, k, lim, pc, &ce) > 0;
}

/* rules13: does a page's tag list start at i ("Tags Bureau of East Asian
 * and Pacific Affairs North Korea Office of the Spokesperson Secretary
 * Trip"): a lex:tagCue, then a capitalised word?  Names run together to
 * the end of its sentence there; no body is read from them by grammar. */
static int
tag_list_at(const rc_ctx *rc, size_t i, size_t lim)
{
	size_t e = rc_wl_match(rc, i, lim, NCG_WL_TAG_CUE, 1);

	return e && e < lim && rc_cap(rc, e);
}

/* rules13: is sentence s a breadcrumb trail: two lex:breadcrumbMark
 * tokens or more, each alone between spaces ("Bureau of Public Affairs:
 * Press Relations Office > Press Releases (Other) > 2007"; not a
 * caption's "00:05.030 --> 00:07.197")? */
static int
breadcrumb_sentence(const rc_ctx *rc, uint32_t s)
{
	int marks = 0;

	for (size_t i = rc->sent[s].t0; i < rc->sent[s].t1 && marks < 2; i++) {
		size_t b = rc->tok[i].b, e = rc->tok[i].e;

		marks += !rc_word(rc, i) && rc_wl(rc, i, NCG_WL_BREADCRUMB_MARK) && b > 0 &&
		         rc->s[b - 1] == ' ' && rc->s[e] == ' ';
	}
	return marks >= 2;
}

/* rules13: "Submarine Squadron One of the U.S. Navy's Pacific Fleet": a
 * run [start, end) through "of" into a possessive, its head last, no
 * body's head before "of": the possessor after "of" is the body (what
 * comes before belongs to what it owns; not "the Department of the
 * Navy's").  Where the body starts. */
static size_t
possessor_start(const rc_ctx *rc, size_t start, size_t head, size_t end, size_t lim)
{
	if (head + 1 != end || end >= lim || !rc_apostrophe_s(rc, end))
		return start;
	for (size_t k = head; k > start + 1; k--)
		if (rc_wl(rc, k - 1, NCG_WL_HEAD_OF))
			return run_head(rc, start, k - 1) ? start : k + rc_wl(rc, k, NCG_WL_DEFINITE_ARTICLE);
	return start;
}

/* rules171: the end of an office's portfolio at k, "of" or "for" and
 * capitalised title words ("of Defence", "for Foreign Affairs"), before
 * a name; or k. */
static size_t
portfolio_end(const rc_ctx *rc, size_t k, size_t head)
{
	size_t e = k + 1;

	if (!(rc_is(rc, k, "of") || rc_is(rc, k, "for")))
		return k;
	while (e < head && rc_cap(rc, e) && rc_wl(rc, e, NCG_WL_TITLE_WORD) &&
	       !rc_wl(rc, e, NCG_WL_TITLE_HEAD))
		e++;
	/* rules344: and its field after "for", capitalised ("Assistant
	 * Secretary of State for Energy Resources Jane Roe and ...") */
	if (e > k + 1 && e + 1 < head && rc_is(rc, e, "for") && rc_cap(rc, e + 1))
		return e + 1;
	return e > k + 1 && e < head && rc_cap(rc, e) ? e : k;
}

/* rules340: a person's full name alone, then "of the" and a body ("Mary
 * Major of the Armed Services Committee", a member named by her
 * committee): the name is the person's, no word of the body, which
 * begins after "of the".  Not "the Republic of Korea Navy" (no article),
 * nor a name with a body's head or a state in it ("Joint Chiefs of the
 * ...").  Where the body begins, or start. */
static size_t
person_of_start(const rc_ctx *rc, size_t start, size_t head)
{
	for (size_t p = start + 2; p <= start + 4 && p + 2 < head; p++)
		if (rc_wl(rc, p, NCG_WL_HEAD_OF))
			return rc_wl(rc, p + 1, NCG_WL_DEFINITE_ARTICLE) && person_name_run(rc, start, p)
			           ? p + 2
			           : start;
	return start;
}

/* rules344: the end of an office's honorific at start, or after up to
 * three capitalised title words before it that the honorific leaves out
 * ("Deputy Assistant Secretary Jane Doe of the Bureau", "Assistant
 * Minister ... of the ... Bureau"); or 0. */
static size_t
office_match(const rc_ctx *rc, size_t start, size_t head)
{
	for (size_t k = start; k < start + 4 && k + 1 < head; k++) {
		size_t o = rc_wl_match(rc, k, head, NCG_WL_OFFICE, 1);

		if (o > k)
			return o;
		if (!rc_cap(rc, k) || !rc_wl(rc, k, NCG_WL_TITLE_WORD))
			return 0;
	}
	return 0;
}

/* rules16: "Gen. Kim Myung-soo of the ROK Navy": a rank or courtesy
 * title and a name open the run, then "of" (or "and"): the body is named
 * after it (the person is no part of it).  Where the body starts. */
static size_t
rank_name_start(const rc_ctx *rc, size_t start, size_t head)
{
	size_t r = rc_wl_match(rc, start, head, NCG_WL_MILITARY_RANK, 1),
	       c = rc_wl_match(rc, start, head, NCG_WL_COURTESY, 1),
	       o = office_match(rc, start, head), k;

	k = r > c ? r : c;
	/* rules50: or an office's honorific ("Vice Minister Cho Kyeongsik
	 * of the ROK Ministry of Science and ICT (MSIT)") */
	k = o > k ? o : k;
	/* rules71: or a Korean name alone, then "of" ("Moon Jae-in of the
	 * Democratic Party", a news digest): the person's, no body's */
	if (k <= start && start + 3 < head && rc_korean_name_at(rc, start, head) &&
	    rc_wl(rc, start + 2, NCG_WL_HEAD_OF))
		return start + 3 + rc_wl(rc, start + 3, NCG_WL_DEFINITE_ARTICLE);
	/* rules189: or its given name after a title and a surname that is
	 * a function word too, left out of the run ("Minister An Duck-geun
	 * of the Ministry of Trade") */
	if (k <= start && start > 1 && start + 2 < head && is_function_cap(rc, start - 1) &&
	    rc_person_title_at(rc, start - 2) && rc_korean_given_at(rc, start) &&
	    rc_wl(rc, start + 1, NCG_WL_HEAD_OF))
		return start + 2 + rc_wl(rc, start + 2, NCG_WL_DEFINITE_ARTICLE);
	if (k <= start)
		return start;
	/* rules171: an office's portfolio after its honorific, before the
	 * name ("Minister of Defence Ann Dale for the Dialogue") */
	if (k == o)
		k = portfolio_end(rc, k, head);
	for (r = k; k < head && rc_cap(rc, k) && !rc_wl(rc, k, NCG_WL_TITLE_HEAD) &&
	            !rc_wl(rc, k, NCG_WL_BODY_HEAD); k++)
		;
	/* rules27: or "and": the person is one of a list, the body the next
	 * item ("Gen. Robert Abrams and U.S. Forces Japan commander");
	 * rules171: or "for": the meeting the person came for ("... Ann
	 * Dale for the Dialogue") */
	if (k == r || k + 1 >= head ||
	    !(rc_wl(rc, k, NCG_WL_HEAD_OF) || rc_wl(rc, k, NCG_WL_PAIR_CONJUNCTION) ||
	      (k > r + 1 && rc_is(rc, k, "for"))))
		return start;
	return k + 1 + rc_wl(rc, k + 1, NCG_WL_DEFINITE_ARTICLE);
}

/* rules56: a "<rank>-level" modifier (lex:modifierSuffix) before a
 * country prefix is no part of the name after it ("Assistant
 * Secretary-level U.S.-Japan-ROK Defense Trilateral Talks", a cable).
 * Where the name begins. */
static size_t
modifier_start(const rc_ctx *rc, size_t start, size_t end)
{
	const char *keys[2];
	size_t e;

	for (size_t k = start; k + 1 < end; k++)
		if (rc_modifier_suffix_at(rc, k) && rc_country_prefix(rc, k + 1, end, keys, &e) > 0)
			return k + 1;
	return start;
}

/* rules58: a capitalised ordinal before the states that open a name
 * counts the series' meetings, no word of its name ("Seventh United
 * States-Republic of Korea Working Group to Counter ...", a title line;
 * not a unit, "Eighth United States Army").  Where the name begins. */
static size_t
ordinal_start(const rc_ctx *rc, size_t start, size_t end)
{
	const char *keys[2];
	size_t oe, e, h;

	if (start + 2 >= end || rc->tok[start].kind != NCG_TOK_WORD ||
	    !rc_ordinal_word(rc, start, &oe) || oe != start + 1 ||
	    rc_country_prefix(rc, oe, end, keys, &e) == 0 || e >= end)
		return start;
	h = run_head(rc, oe, end);
	return h && rc_wl(rc, h, NCG_WL_MILITARY_UNIT_HEAD) ? start : oe;
}

/* rules171: a document's name opening a heading before the states that
 * open a body's name ("Joint Statement Australia-US Ministerial
 * Consultations (AUSMIN) 2019", "Readout ..."): the document's, no word
 * of the body's (not "the Deterrence Strategy Committee", no states
 * after the document's noun).  Where the name begins. */
static size_t
document_start(const rc_ctx *rc, size_t start, size_t end)
{
	const char *keys[2];
	size_t de = rc_wl_match(rc, start, end, NCG_WL_DOCUMENT_HEAD, 1), e;

	if (de <= start || de + 1 >= end || rc_country_prefix(rc, de, end, keys, &e) == 0 ||
	    e >= end)
		return start;
	return de;
}

/* rules282: a document's title that names its body after "of (the)"
 * ("Joint Statement of the U.S.-Japan Cyber Defense Policy Working
 * Group", "Joint Statement of the Six-Party Talks"): the body's words
 * begin after "of the"; without the article the document's title names
 * a meeting ("Outline of Japan-U.S. Foreign Ministers Meeting").  fix119:
 * a meeting named there is no body: after "of the [Second]
 * Meeting of the" the body's words begin ("... of the Meeting of the
 * Japan-U.S. Security Consultative Committee"; lex:ordinalMeetingNoun),
 * and a run that ends with such a noun is none ("Joint Statement of the
 * Trilateral Ministerial Meeting").  Where they may begin, or start. */
static size_t
document_of_start(const rc_ctx *rc, size_t start, size_t end)
{
	size_t de = rc_wl_match(rc, start, end, NCG_WL_DOCUMENT_HEAD, 1), k, oe;

	if (de <= start || de + 2 >= end || !rc_wl(rc, de, NCG_WL_HEAD_OF) ||
	    !rc_wl_ci(rc, de + 1, NCG_WL_DEFINITE_ARTICLE))
		return start;
	k = de + 2;
	if (rc_ordinal_word(rc, k, &oe) && oe < end)
		k = oe;
	if (k + 3 < end && rc_wl_ci(rc, k, NCG_WL_ORDINAL_MEETING_NOUN) &&
	    rc_wl(rc, k + 1, NCG_WL_HEAD_OF) && rc_wl_ci(rc, k + 2, NCG_WL_DEFINITE_ARTICLE))
		return k + 3;
	return rc_wl_ci(rc, end - 1, NCG_WL_ORDINAL_MEETING_NOUN) ? start : de + 2;
}

/* rules219: a photo's credit ("/Courtesy of Ministry of ...", "Photo
 * Courtesy of the Department ..."; lex:creditOpener and "of (the)") in
 * the first two words of the run [start, end): where the body's words
 * may begin after it, or start. */
static size_t
credit_start(const rc_ctx *rc, size_t start, size_t end)
{
	for (size_t k = start; k < start + 2 && k + 2 < end; k++)
		if (rc_wl(rc, k, NCG_WL_CREDIT_OPENER) && rc_wl(rc, k + 1, NCG_WL_HEAD_OF)) {
			k += 2;
			return k + (k + 1 < end && rc_wl_ci(rc, k, NCG_WL_DEFINITE_ARTICLE));
		}
	return start;
}

/* Where a body's words may begin in the run [i, end): past capitalised
 * function words and connectors, and (rules13) past a document's opener
 * and "of" ("Outcome of ROK-U.S.-Japan ... Dialogue": the body is named
 * after "of"), and (rules219) past a photo's credit. */
static size_t
run_start(const rc_ctx *rc, size_t i, size_t end)
{
	size_t start = i;

	while (start < end && (is_function_cap(rc, start) || rc_wl(rc, start, NCG_WL_ORG_CONNECTOR)))
		start++;
	if (start + 2 < end && rc_wl(rc, start, NCG_WL_DOCUMENT_OPENER) && rc_wl(rc, start + 1, NCG_WL_HEAD_OF))
		start += 2;
	start = document_of_start(rc, start, end);
	start = credit_start(rc, start, end);
	start = ordinal_start(rc, document_start(rc, start, end), end);
	return modifier_start(rc, start, end);
}

/* rules19: "the 79th UN General Assembly High-Level Meeting": a meeting
 * of a body, its modifiers and a meeting noun after the body's head
 * (meeting_tail_start); an event, no body, but the body inside it is
 * one.  With at least one modifier ("Military Committee Meeting" is a
 * series' name): the new end of the run (*head its last body head), or
 * end. */
static size_t
before_body_meeting(const rc_ctx *rc, size_t start, size_t end, size_t *head)
{
	size_t k = meeting_tail_start(rc, start, end);

	if (k + 1 >= end || k <= start + 1 || !rc_cap(rc, k - 1) ||
	    !rc_wl(rc, k - 1, NCG_WL_BODY_HEAD))
		return end;
	*head = k - 1;
	return k;
}

/* rules68: "Members of the USAMRMC and the Republic of Korea Armed
 * Forces Medical Command": a plural noun of a body's people
 * (lex:memberNoun) and "of (the)" open the run; the name begins after
 * them.  Where it begins. */
static size_t
member_start(const rc_ctx *rc, size_t start, size_t head)
{
	size_t k;

	/* rules145: or inside the run, after words no connector joins to
	 * them ("News Flash Members of the Council of the Governorate of
	 * Al-Muthanna", a newsletter's running head before the sentence) */
	for (k = start + 1; k + 2 < head; k++)
		if (rc_wl(rc, k, NCG_WL_MEMBER_NOUN) && rc_wl(rc, k + 1, NCG_WL_HEAD_OF) &&
		    !rc_wl(rc, k - 1, NCG_WL_ORG_CONNECTOR)) {
			start = k;
			break;
		}
	k = start + 2;
	if (k >= head || !rc_wl(rc, start, NCG_WL_MEMBER_NOUN) || !rc_wl(rc, start + 1, NCG_WL_HEAD_OF))
		return start;
	return k + (rc_wl(rc, k, NCG_WL_DEFINITE_ARTICLE) && k + 1 < head);
}

/* rules243: a title's object head left at start after its title's head
 * and "of" were taken off ([t0, start)), with lex:titleObjectFor next
 * ("Assistant Deputy Chief of Staff for Plans", "Deputy Chief of Staff
 * for U.S. Army Forces Command"): the title goes on, the body (if any)
 * begins after "for (the)"; past head when none is named ("Plans"). */
static size_t
title_object_for(const rc_ctx *rc, size_t t0, size_t start, size_t head)
{
	size_t k = start + 2;

	if (start < t0 + 2 || !rc_wl(rc, start, NCG_WL_TITLE_OBJECT_HEAD) ||
	    !rc_wl(rc, start - 1, NCG_WL_HEAD_OF) || !rc_wl(rc, start + 1, NCG_WL_TITLE_OBJECT_FOR))
		return start;
	if (k < head && rc_wl(rc, k, NCG_WL_DEFINITE_ARTICLE))
		k++;
	return k > head ? head + 1 : k;
}

/* fix82 (review80): after a title's object head at head and its "for"
 * ("Chief of Staff for Secretary Blinken", "Chief of Staff for Vice
 * President Harris"), is the rest of the run [head + 2, end) a title and
 * a name: the principal served, whose name the title keeps (the holder
 * is the apposition before it, no title goes to the principal)? */
static int
principal_after_for(const rc_ctx *rc, size_t head, size_t end)
{
	size_t k = head + 2;
	int title = 0;

	if (k >= end || !rc_wl(rc, head + 1, NCG_WL_TITLE_OBJECT_FOR))
		return 0;
	k += (size_t)rc_wl(rc, k, NCG_WL_DEFINITE_ARTICLE);
	for (; k < end && (rc_wl(rc, k, NCG_WL_TITLE_WORD) || rc_wl(rc, k, NCG_WL_TITLE_HEAD)); k++)
		title |= rc_wl(rc, k, NCG_WL_TITLE_HEAD);
	return title && k < end && rc_cap(rc, k);
}

/* rules243: the run [t0, end) headed at head is a title's words only:
 * read no further.  fix82: a principal named after its "for" stays
 * claimed, the title's holder the apposition before it. */
static ncg_status
title_run_end(rc_ctx *rc, size_t t0, size_t head, size_t end, size_t *next)
{
	if (principal_after_for(rc, head, end))
		rc_claim(rc, t0, end, RC_CLAIM_BODY | RC_CLAIM_TITLE);
	return rc_end_at(next, end);
}

/* Where the body's name begins in the run [start, end) headed at head:
 * after what owns it, a person's rank and name, a complete name before
 * "and", a headline's verb and a title's head and "of".  *t0 is where it
 * begins before the title is taken off (the title's country lies
 * there). */
static size_t
body_name_start(const rc_ctx *rc, size_t start, size_t head, size_t end, size_t lim,
                size_t *t0)
{
	size_t owner;

	start = possessor_start(rc, start, head, end, lim);
	start = member_start(rc, start, head);
	start = person_of_start(rc, start, head);
	/* rules171: each titled person of a list ("Minister of External
	 * Affairs S Jaishankar and Minister of Defence Rajnath Singh for the
	 * Dialogue") */
	for (size_t n; (n = rank_name_start(rc, start, head)) != start;)
		start = n;
	start = after_headline_verb(rc, split_run(rc, start, head), head);
	*t0 = start;
	start = title_object_for(rc, *t0, after_title(rc, after_bare_title_head(rc, start, head), head),
	                         head);
	/* fix92: an owned phrase head's name begins at its place, after
	 * any capitalised word before it ("Many Guam National Guard
	 * soldiers") */
	owner = phrase_owner(rc, start, head);
	return owner <= head && owner > start ? owner : start;
}

/* rules71: is [head + 1, end) the name of the holder of a post taken off
 * the run at [t0, start) by "of (the)" ("Vice Chairman of the Fair Trade
 * Commission Cho Hong-sun")?  Name words only: no rank, no initials. */
static int
post_holder_name(const rc_ctx *rc, size_t t0, size_t start, size_t head, size_t end)
{
	size_t o = start - (start > t0 && rc_wl(rc, start - 1, NCG_WL_DEFINITE_ARTICLE));

	if (start <= t0 || o <= t0 || !rc_wl(rc, o - 1, NCG_WL_HEAD_OF) ||
	    !person_name_run(rc, head + 1, end))
		return 0;
	for (size_t k = head + 1; k < end; k++)
		if ((rc->tok[k].flags & (NCG_TF_DOTTED | NCG_TF_UPPER)) ||
		    rc_wl(rc, k, NCG_WL_OFFICE) || rc_wl(rc, k, NCG_WL_MILITARY_RANK) ||
		    rc_wl(rc, k, NCG_WL_COURTESY))
			return 0;
	return 1;
}

/* The state a grammar body's name gives before it. */
typedef struct {
	size_t from;              /* where the mention begins */
	size_t k;                 /* where the name after the state begins */
	const char *pc[2];        /* the states' keys */
	int npc;
	const char *owner;        /* rules19: the key of a body that owns it
	                           * ("the Japanese Foreign Ministry's"), or
	                           * NULL */
	const char *owner_country[2];
	int bare;                 /* rules19: the states are words before the
	                           * name ("South Korean", "U.S.-ROK"), from
	                           * to k, no possessive */
	int possessive;           /* rules255: the state is a country's
	                           * possessive ("Japan's") */
	int split;                /* fix158: the owner's possessive stands
	                           * before the name, out of the mention
	                           * (split_owner) */
} body_state;

/* The state before the name at start (ending at e): a possessive country,
 * body or capital ("South Korea's", "the Self-Defense Forces'",
 * "Seoul's"), two countries joined by "and", or a country prefix. */
static void
read_body_state(rc_ctx *rc, uint32_t s, size_t start, size_t e, body_state *bs)
{
	size_t s0 = rc->sent[s].t0;
	const ncg_mention *so;

	bs->pc[0] = bs->pc[1] = NULL;
	bs->bare = 0;
	bs->owner = NULL;
	bs->owner_country[0] = bs->owner_country[1] = NULL;
	bs->from = possessive_country(rc, s0, start, bs->pc, &bs->npc);
	bs->possessive = bs->from < start;
	if (bs->from == start)
		bs->from = possessive_body(rc, s0, start, e);
	if (bs->from == start && e >= start + 2)
		bs->from = owner_body_before(rc, s0, start);
	so = bs->from == start && bs->npc == 0 ? split_owner(rc, s0, start, e) : NULL;
	bs->split = so != NULL;
	if ((bs->from < start || bs->split) && bs->npc == 0) {
		const ncg_mention *o = so ? so : rc_mention_at(rc, NCG_M_BODY, bs->from);

		bs->owner = o ? o->key : NULL;
		bs->owner_country[0] = o ? o->body.country[0] : NULL;
		bs->owner_country[1] = o ? o->body.country[1] : NULL;
	}
	if (bs->from == start && e - start >= 2)    /* not a bare "Navy" */
		bs->from = possessive_capital(rc, s0, start, bs->pc, &bs->npc);
	if (bs->from == start && (bs->npc = country_pair(rc, start, e, bs->pc)) == 2)
		bs->k = country_pair_end(rc, start, e);
	else if (bs->from == start && (bs->npc = rc_country_prefix(rc, start, e, bs->pc, &bs->k)) == 0)
		bs->k = start;
	else if (bs->from < start)
		bs->k = start;
	/* rules19: past a third state ("United States-Republic of
	 * Korea-Japan Defense Trilateral Talks") */
	while (bs->from == start && bs->npc > 0 && bs->k + 2 < e) {
		const char *more[2];
		size_t ke;

		if (rc_country_prefix(rc, bs->k, e, more, &ke) > 0)
			bs->k = ke;
		else if (rc_hyphen(rc, bs->k) && rc_adjacent(rc, bs->k))
			bs->k++;
		else
			break;
	}
	bs->bare = bs->from == start && bs->npc > 0;
}

/* "U.S. Chairman of the Joint Chiefs of Staff": with no state of its
 * own, the body takes the title's country, just before the title's head
 * in [t0, start). */
static void
title_country(const rc_ctx *rc, size_t t0, size_t start, body_state *bs)
{
	for (size_t c = start > t0 + 6 ? start - 6 : t0; bs->npc == 0 && t0 < start && c < start; c++) {
		size_t ce;

		if ((bs->npc = rc_country_prefix(rc, c, start, bs->pc, &ce)) > 0 &&
		    !(rc_wl(rc, ce, NCG_WL_TITLE_HEAD) && rc_wl(rc, ce + 1, NCG_WL_HEAD_OF)))
			bs->npc = 0;
	}
}

/* rules62: a word in [a, b) of no title's or body's vocabulary?
 * rules175: or a unit its ordinal names, an ordinal word then a unit's
 * head (lex:militaryUnitHead): "America's First Corps" is also "First
 * Corps", as "Korea's CJ Group" is "CJ Group" */
static int
proper_word_in(const rc_ctx *rc, size_t a, size_t b)
{
	size_t oe;

	if (b == a + 2 && rc_wl(rc, a + 1, NCG_WL_MILITARY_UNIT_HEAD) && rc_ordinal_word(rc, a, &oe))
		return 1;
	for (size_t k = a; k < b; k++)
		if (!rc_wl(rc, k, NCG_WL_TITLE_WORD) && !rc_wl(rc, k, NCG_WL_BODY_HEAD) &&
		    !rc_wl(rc, k, NCG_WL_TITLE_HEAD))
			return 1;
	return 0;
}

/* fix66: where the name [from, e) of a diplomatic post ends before its
 * seat (post_seat_end: "the Embassy of Japan" of "the Embassy of Japan in
 * the United States of America"), else e: the post keeps one IRI however
 * its seat is written, the whole name its label. */
static size_t
seatless_end(const rc_ctx *rc, size_t from, size_t e)
{
	for (size_t j = from + 1; j + 1 < e; j++)
		if (post_seat_end(rc, from, j, e) == e)
			return j;
	return e;
}

/* fix164 (review132 7): the name [k, e) after its states as another
 * wording; after the state's own acronym in brackets, with it ("Republic
 * of Korea (ROK) Navy": "ROK Navy", not "(ROK) Navy"). */
static ncg_status
body_short_name(rc_ctx *rc, ncg_mention *m, size_t k, size_t e)
{
	const char *acr, *rest;

	if (e <= k + 3 || !country_acronym_bracket(rc, k, e, NULL))
		return rc_span(rc, k, e, &m->body.short_name);
	NCG_TRY(rc_span(rc, k + 1, k + 2, &acr));
	NCG_TRY(rc_span(rc, k + 3, e, &rest));
	return rc_printf(rc, &m->body.short_name, "%s %s", acr, rest);
}

/* Add the grammar body [bs->from, e): its states, who it is, its acronym
 * and the body it belongs to.  Sets *next past what it took. */
static ncg_status
add_grammar_body(rc_ctx *rc, uint32_t s, const body_state *bs, size_t e, size_t lim,
                 size_t *next)
{
	ncg_mention *m;
	size_t k, se = seatless_end(rc, bs->from, e);
	const char *seatless;

	NCG_TRY(add_body(rc, s, bs->from, e, &m));
	for (int c = 0; c < bs->npc; c++)
		m->body.country[c] = bs->pc[c];
	/* rules19: "South Korean Foreign Ministry" is also "Foreign
	 * Ministry", "United States-Republic of Korea-Japan Defense
	 * Trilateral Talks" also "Defense Trilateral Talks": a name without
	 * the states before it */
	/* rules62: and "Korea's CJ Group" also "CJ Group": a proper name
	 * after a possessive state (not a generic "Foreign Ministry") */
	/* fixAA (review56): not an outlet's ("Kenya News Agency" is no
	 * "News Agency"; lex:mediaHead) */
	/* rules255: and "Japan's Ministry of Defense" also "Ministry of
	 * Defense", as "Japanese Ministry of Defense" is; fix89 (review84
	 * 7): of three words or more only, so rules62 holds for the short
	 * generic names many states' bodies share ("Defense Ministry",
	 * "National Assembly", "Navy Fleet" stay labels of no body) */
	/* rules274: or of two, a state's ministry by its portfolio
	 * (lex:sharedBodyHead: "Korea's Industry Ministry said", gold
	 * "Industry Ministry"), the one state's so named in the text
	 * (shared_short_names) */
	if (bs->npc > 0 && e - bs->k >= 2 &&
	    (bs->bare || (bs->possessive && e - bs->k >= 3) ||
	     (bs->possessive && rc_wl(rc, e - 1, NCG_WL_SHARED_BODY_HEAD)) ||
	     proper_word_in(rc, bs->k, e)) &&
	    !rc_wl_within(rc, bs->k, e, NCG_WL_MEDIA_HEAD, 0))
		NCG_TRY(body_short_name(rc, m, bs->k, e));
	NCG_TRY(identify_body(rc, m, bs->k, e));
	NCG_TRY(take_parenthetical_acronym(rc, m, e, lim, &k));
	NCG_TRY(of_parent(rc, m, k, lim));
	if (!m->body.part_of)
		NCG_TRY(modifier_parent(rc, m));
	if (!m->body.part_of && bs->owner) {
		m->body.part_of = bs->owner;
		if (!m->body.country[0]) {
			m->body.country[0] = bs->owner_country[0];
			m->body.country[1] = bs->owner_country[1];
		}
	}
	if (!m->key && se < e) {
		NCG_TRY(rc_span(rc, bs->from, se, &seatless));
		NCG_TRY(rc_key(rc, "body", seatless, &m->key));
	}
	/* fix158 (review128 3): a name read apart from its owner
	 * (split_owner) is keyed with the owner's: two states' "Office of
	 * Policy Planning" are two bodies */
	if (!m->key && bs->split && bs->owner && m->body.part_of == bs->owner) {
		const char *sl = strchr(bs->owner, '/');

		NCG_TRY(rc_printf(rc, &seatless, "%s %s", sl ? sl + 1 : bs->owner, m->name));
		NCG_TRY(rc_key(rc, "body", seatless, &m->key));
	}
	if (!m->key)
		NCG_TRY(rc_key(rc, "body", m->name, &m->key));
	return rc_end_at(next, k);
}

/* rules19: does the title's head at e stand for the holder of the body
 * [from, e) named with the head's stem ("the Combined Forces Commander":
 * the commander of the "Combined Forces Command" the lexicon knows)?  The
 * run names a post, and no body by the words before it. */
static ncg_status
post_of_known_body(rc_ctx *rc, size_t from, size_t e, int *is)
{
	const char *name, *stem;
	size_t n;

	*is = 0;
	if (e >= rc->ntok || !rc_cap(rc, e) || !rc_wl(rc, e, NCG_WL_TITLE_HEAD))
		return NCG_OK;
	NCG_TRY(rc_span(rc, from, e + 1, &name));
	n = strlen(name);
	for (size_t cut = 1; cut <= 2 && cut < rc->tok[e].e - rc->tok[e].b; cut++) {
		NCG_TRY(rc_printf(rc, &stem, "%.*s", (int)(n - cut), name));
		if (ncg_lexicon_has_word(rc->lex, NCG_WL_BODY_HEAD, rc->s + rc->tok[e].b,
		                         rc->tok[e].e - rc->tok[e].b - cut) &&
		    ncg_lexicon_by_wording(rc->lex, NCG_LEX_BODY, stem, strlen(stem))) {
			*is = 1;
			return NCG_OK;
		}
	}
	return NCG_OK;
}

static int service_in_title(const rc_ctx *rc, uint32_t s, size_t i, size_t e);

/* rules98: is the service at [k, e), named bare (no state before it),
 * a modifier of the plural noun of people after it ("Army leaders from
 * 27 countries", "Navy officials"; lex:partyNoun): the people, of any
 * state, not the service, are spoken of, so no body. */
static int
service_of_people(const rc_ctx *rc, uint32_t s, size_t from, size_t k, size_t e)
{
	return from == k && e < rc->sent[s].t1 && rc->tok[e].kind == NCG_TOK_WORD &&
	       !rc_cap(rc, e) && rc_wl_ci(rc, e, NCG_WL_PARTY_NOUN);
}

/* fix92: where the list of services (lex:serviceName) whose item begins
 * at from begins, walking back over its commas and "and" (", and" too:
 * "the Army, Navy, Air Force, and Marine Corps"); adds its earlier items
 * to *n. */
static size_t
service_list_first(const rc_ctx *rc, size_t t0, size_t from, size_t *n)
{
	for (;;) {
		size_t ss = from, p;

		if (ss > t0 && rc_wl(rc, ss - 1, NCG_WL_PAIR_CONJUNCTION))
			ss--;
		if (ss > t0 && rc_punct(rc, ss - 1, ","))
			ss--;
		if (ss == from || ss == t0)
			return from;
		for (p = ss - 1; p > t0 && rc_wl_match(rc, p, ss, NCG_WL_SERVICE_NAME, 1) != ss; p--)
			;
		if (rc_wl_match(rc, p, ss, NCG_WL_SERVICE_NAME, 1) != ss)
			return from;
		from = p;
		(*n)++;
	}
}

/* fix92: the list's later items after the service ending at e, before
 * t1: adds them to *n. */
static void
service_list_rest(const rc_ctx *rc, size_t t1, size_t e, size_t *n)
{
	for (;;) {
		size_t x = e, f;

		if (rc_punct(rc, x, ","))
			x++;
		if (rc_wl(rc, x, NCG_WL_PAIR_CONJUNCTION))
			x++;
		if (x == e || x >= t1 || (f = rc_wl_match(rc, x, t1, NCG_WL_SERVICE_NAME, 1)) <= x)
			return;
		e = f;
		(*n)++;
	}
}


/* rules259: is the bare service [from, e) an item of a list of services
 * that names a body's components, no bodies of their own?  fix92: the
 * list is read whole (commas, "and", ", and") and decided whole: after a
 * possessive determiner ("its Army, Navy and Air Force") or a plural
 * noun of parts (lex:componentNoun), maybe through a dash or colon ("AFP
 * Reserve Command branches - Army, Air Force, Navy and Marines").  Not
 * after an article or anything else ("Reservists from the Army, Navy,
 * Air Force, and Marine Corps", "Officials of the Air Force and Navy"). */
static int
service_list_item(const rc_ctx *rc, uint32_t s, size_t from, size_t k, size_t e)
{
	size_t t0 = rc->sent[s].t0, n = 1, first;

	if (from != k)
		return 0;
	first = service_list_first(rc, t0, from, &n);
	service_list_rest(rc, rc->sent[s].t1, e, &n);
	if (n < 2 || first == t0)
		return 0;
	if (rc_wl_ci(rc, first - 1, NCG_WL_POSSESSIVE))
		return 1;
	if (first - 1 > t0 && (dateline_dash(rc, first - 1) || rc_punct(rc, first - 1, ":")))
		first--;
	return rc_wl(rc, first - 1, NCG_WL_COMPONENT_NOUN);
}

/* rules22: is [k, e) a meeting named by its kind ("Bilateral Meeting",
 * "Trilateral Talks"): lex:meetingKindWord words, then a meeting noun? */
static int
kind_meeting(const rc_ctx *rc, size_t k, size_t e)
{
	if (e < k + 2 || !(rc_wl(rc, e - 1, NCG_WL_NAME_MEETING_NOUN) ||
	                   rc_wl_ci(rc, e - 1, NCG_WL_MEETING_NOUN)))
		return 0;
	for (size_t i = k; i + 1 < e; i++)
		if (!rc_wl_ci(rc, i, NCG_WL_MEETING_KIND_WORD))
			return 0;
	return 1;
}

/* rules44: where a name begins that an acronym opens with its expansion
 * in brackets after it, the name going on after them ("the eleventh
 * ASEAN (Association of South East Asian Nations) Regional Forum"): at
 * the acronym, when the brackets' capitalised words begin with its
 * letters, in order, and hold nothing but words; else at start. */
static size_t
expanded_acronym_start(const rc_ctx *rc, size_t start)
{
	size_t q = start - 1, n = 0, an;
	const char *a;

	if (start < 5 || !rc_punct(rc, start - 1, ")"))
		return start;
	while (--q > start - 12 && q > 1 && !rc_punct(rc, q, "("))
		if (!rc_word(rc, q))
			return start;
	if (!rc_punct(rc, q, "(") || !(rc->tok[q - 1].flags & NCG_TF_UPPER))
		return start;
	a = rc->s + rc->tok[q - 1].b;
	an = rc->tok[q - 1].e - rc->tok[q - 1].b;
	for (size_t k = q + 1; k + 1 < start; k++)
		if (rc_cap(rc, k) && (n >= an || rc->s[rc->tok[k].b] != a[n++]))
			return start;
	return n == an && an >= 2 ? q - 1 : start;
}

/* rules44: is the run [k, e) meeting modifiers and a meeting noun right
 * after a body's name and its acronym in brackets ("the second United
 * States-Korea Supply Chain and Commercial Dialogue (SCCD) Ministerial
 * Meeting")?  It names that body's meeting, no body of its own. */
static int
meeting_of_body_before(rc_ctx *rc, size_t k, size_t e)
{
	size_t p = k;
	const ncg_mention *b;

	if (e < k + 2 || !rc_wl_ci(rc, e - 1, NCG_WL_MEETING_NOUN))
		return 0;
	for (size_t i = k; i + 1 < e; i++)
		if (!rc_wl_ci(rc, i, NCG_WL_MEETING_MODIFIER))
			return 0;
	if (p >= 3 && rc_punct(rc, p - 1, ")") && rc_acronym_at_paren(rc, p - 3))
		p -= 3;
	b = p > 0 ? rc_mention_at(rc, NCG_M_BODY, p - 1) : NULL;
	return b && b->t1 == p;
}

static int title_like(const rc_ctx *rc, const ncg_block *b);

/* Does the text at p, inside the text s, follow an indefinite article
 * (lex:indefiniteArticle, exact) and one space ("a ", "an ")? */
static int
after_indefinite(const rc_ctx *rc, const char *s, const char *p)
{
	const ncg_strlist *l = ncg_lexicon_words(rc->lex, NCG_WL_INDEFINITE_ARTICLE);

	if (p == s || p[-1] != ' ')
		return 0;
	for (size_t k = 0; k < l->n; k++) {
		size_t n = strlen(l->v[k]);
		const char *w = p - 1 - n;

		if ((size_t)(p - s) >= n + 1 && memcmp(w, l->v[k], n) == 0 &&
		    (w == s || !isalnum((unsigned char)w[-1])))
			return 1;
	}
	return 0;
}

/* rules38: is the grammar's name [t0, t1) of sentence s a headline's
 * capitals on common words: in a title-cased line, its words written in
 * lower case after "a" or "an" in the text ("... Hold Security Meeting"
 * over "held a security meeting on Wednesday"; not "the 13th trilateral
 * defense talks (DTT)")? */
ncg_status
rc_headline_common_words(rc_ctx *rc, uint32_t s, size_t t0, size_t t1, int *is)
{
	const ncg_block *bk = &ncg_doc_blocks(rc->doc)[rc->sent[s].block];
	const char *name, *p;
	char *low;
	size_t n;

	*is = 0;
	if (!title_like(rc, bk) || t1 < t0 + 2)
		return NCG_OK;
	NCG_TRY(rc_span(rc, t0, t1, &name));
	NCG_TRY(rc_printf(rc, &p, "%s", name));
	low = (char *)p;
	for (n = 0; low[n]; n++)
		low[n] = (char)((low[n] >= 'A' && low[n] <= 'Z') ? low[n] - 'A' + 'a' : low[n]);
	for (p = strstr(rc->s, low); p && !*is; p = strstr(p + 1, low))
		*is = after_indefinite(rc, rc->s, p) && !isalnum((unsigned char)p[n]);
	return NCG_OK;
}

/* rules118: is the head of the name [.., e) the last word of a person's
 * surname, after its particle (lex:surnameParticle: "with Van Fleet and
 * McNeil", "Generals Collins, Clark and Van Fleet")?  No body's head. */
static int
surname_head(const rc_ctx *rc, size_t t0, size_t head, size_t e)
{
	return head > t0 && rc_wl(rc, head - 1, NCG_WL_SURNAME_PARTICLE) &&
	       (e == head + 1 || rc_wl(rc, head + 1, NCG_WL_PAIR_CONJUNCTION));
}

/* rules271: does the "and" at k end a first name whose body head takes
 * one capitalised word after "of" or "for", "the" opening the second
 * ("the Jeju Office of Education and the Hawaii Department of
 * Education", a Jeju weekly)?  Not "the Ministry of Foreign Affairs and
 * Trade" (no article), nor an object of two words or more ("Bureau of
 * Oceans and International ..."). */
static int
complement_name_end(const rc_ctx *rc, size_t start, size_t k)
{
	return k >= start + 3 && rc_wl(rc, k + 1, NCG_WL_DEFINITE_ARTICLE) && rc_cap(rc, k + 2) &&
	       rc_cap(rc, k - 1) && !rc_wl(rc, k - 1, NCG_WL_ORG_CONNECTOR) &&
	       rc_wl(rc, k - 2, NCG_WL_NAME_COMPLEMENT) && rc_cap(rc, k - 3) &&
	       run_head_word(rc, start, k - 3);
}

/* fix119: "Naval Hospital Yokosuka and Naval Hospital Okinawa",
 * "Dankook University Hospital Cheonan and Severance Hospital": a
 * facility's head one or two words before the "and" at k whose name
 * stops there or at its head (station_name_end): two names. */
static int
station_before_and(const rc_ctx *rc, size_t start, size_t k)
{
	int cut = 0;

	for (size_t n = 2; n <= 3 && k >= start + n + 1; n++)
		if (rc_cap(rc, k - n) && rc_wl(rc, k - n, NCG_WL_BODY_HEAD)) {
			station_name_end(rc, k - n, k - n + 1, k, &cut);
			return cut;
		}
	return 0;
}

/* fix168 (review136 1): does "and" at k follow a body's head and a
 * person's full name and come before a title ("Armed Services Committee
 * Roger Wicker and Vice Chairman of ...")?  Two titled holders: the
 * first body's run ends at the "and". */
static int
holder_before_title(const rc_ctx *rc, size_t start, size_t k)
{
	if (!rc_cap(rc, k + 1) || !(rc_wl(rc, k + 1, NCG_WL_TITLE_HEAD) || rc_wl(rc, k + 1, NCG_WL_TITLE_WORD)))
		return 0;
	for (size_t h = k > start + 3 ? k - 3 : start; h + 2 < k; h++)
		if (rc_cap(rc, h) && rc_wl(rc, h, NCG_WL_BODY_HEAD) && person_name_run(rc, h + 1, k))
			return 1;
	return 0;
}

/* rules44: where the first of two names joined by "and" in one run
 * ends ("the Promotion of Nuclear Export and Export Control Cooperation
 * Working Group and the Nuclear Security Working Group"): the "and"
 * right after a capitalised body's head, or 0. */
static size_t
first_name_end(const rc_ctx *rc, size_t start, size_t head)
{
	for (size_t k = start + 2; k < head; k++)
		if (rc_wl(rc, k, NCG_WL_PAIR_CONJUNCTION) &&
		    ((rc_cap(rc, k - 1) && rc_wl(rc, k - 1, NCG_WL_BODY_HEAD)) ||
		     complement_name_end(rc, start, k) || station_before_and(rc, start, k) ||
		     holder_before_title(rc, start, k)))
			return k;
	return 0;
}

/* rules53: does the name [from, e) end in an office, a title's head,
 * "of" and a body's head after other words ("Republic of Korea Air Force
 * Chief of Staff", "Air Force Headquarters Information Planning Chief of
 * Staff")?  A title, no body: assert none. */
static int
office_ending(const rc_ctx *rc, size_t from, size_t e)
{
	return e >= from + 4 && rc_wl(rc, e - 3, NCG_WL_TITLE_HEAD) && rc_is(rc, e - 2, "of") &&
	       rc_cap(rc, e - 1) && rc_wl(rc, e - 1, NCG_WL_BODY_HEAD);
}

/* rules160: does the name [from, e) open with a title's head that also
 * qualifies titles (lex:titleHead and lex:titleWord: "Chief",
 * "Deputy") and stand before a capitalised title's head ("Chief Cabinet
 * Secretary Yoshihide Suga", "Deputy Chief Cabinet Secretary")?  The
 * whole run is a title, its body head a word of the title: no body. */
static int
title_framed(const rc_ctx *rc, size_t from, size_t e, size_t lim)
{
	return e < lim && rc_cap(rc, from) && rc_wl(rc, from, NCG_WL_TITLE_HEAD) &&
	       rc_wl(rc, from, NCG_WL_TITLE_WORD) && !rc_wl(rc, from, NCG_WL_BODY_HEAD) &&
	       rc_cap(rc, e) && rc_wl(rc, e, NCG_WL_TITLE_HEAD);
}

/* rules68: is the block b a numbered section's heading, a title-cased
 * line after a number and "." or ")" ("2. False Reporting and
 * Clarification on the Rubio Meeting", a briefing's section)?  Its
 * capitals are a heading's, no body's name: the grammar reads none. */
static int
section_heading(const rc_ctx *rc, const ncg_block *b)
{
	return b->t1 > b->t0 + 2 && rc->tok[b->t0].kind == NCG_TOK_NUMBER &&
	       (rc_punct(rc, b->t0 + 1, ".") || rc_punct(rc, b->t0 + 1, ")")) &&
	       title_like(rc, b);
}

/* rules122: does the name [from, e) open with a lex:jointSenders word
 * and end at an em or en dash before another capitalised sender ("Joint
 * Embassy\u2014 CINCUNC message", a telegram's source line)?  Then it
 * names the first sender of a joint message, no body. */
static int
joint_senders(const rc_ctx *rc, size_t from, size_t e, size_t lim)
{
	return e + 1 < lim && rc_wl(rc, from, NCG_WL_JOINT_SENDERS) &&
	       (rc_punct(rc, e, "\xE2\x80\x94") || rc_punct(rc, e, "\xE2\x80\x93")) &&
	       rc_cap(rc, e + 1);
}

/* rules130: is the name at from (maybe after "the") an item of a
 * lettered list of topics, after "(a)", "(b)" and a topic noun and ":"
 * before the list ("covers four main subjects: (a) The Level of Military
 * Forces; (b) ROK-Japan Talks for the Normalization of ...")?  Subjects
 * are named, no body. */
static int
topic_list_item(const rc_ctx *rc, uint32_t s, size_t from)
{
	size_t t0 = rc->sent[s].t0, k = from;

	if (k > t0 && rc_wl_ci(rc, k - 1, NCG_WL_DEFINITE_ARTICLE))
		k--;
	if (k < t0 + 3 || !rc_punct(rc, k - 1, ")") || !rc_punct(rc, k - 3, "(") ||
	    rc->tok[k - 2].e - rc->tok[k - 2].b != 1 || !rc_lower(rc, k - 2))
		return 0;
	for (size_t c = k - 3; c > t0 + 1; c--)
		if (rc_punct(rc, c, ":"))
			return rc_wl(rc, c - 1, NCG_WL_TOPIC_NOUN);
	return 0;
}

/* fix172 (review140 5): is the mention [from, k] of troops the "of"
 * complement of a command's holder ("commander of U.S. Forces",
 * "commander of United Nations Command, Combined Forces Command and U.S.
 * Forces"), over names, commas and "and" only? */
static int
holder_of_complement(const rc_ctx *rc, size_t from)
{
	for (size_t i = from; i > 1 && from - i < 16; i--) {
		if (rc_is(rc, i - 1, "of"))
			return rc_wl_ci(rc, i - 2, NCG_WL_UNIT_HOLDER_TITLE);
		if (!rc_cap(rc, i - 1) && !rc_punct(rc, i - 1, ",") && !rc_is(rc, i - 1, "and"))
			return 0;
	}
	return 0;
}

/* rules353: are the troops at bs->k a state's troops, no command?  Not
 * when a place follows with "in" ("U.S. Forces in Korea", a command; "U.S.
 * Forces in Pyeongtaek" too is read so: acceptable), a holder's title
 * follows ("US Forces commander") or they are its "of" complement
 * ("commander of U.S. Forces"): USFK meant (fix172, review140 5, 8). */
static int
troops_not_command(const rc_ctx *rc, const body_state *bs)
{
	size_t k = bs->k;

	if (!rc_wl_ci(rc, k, NCG_WL_FORCES_NOUN))
		return 0;
	if (k + 2 < rc->ntok && rc_is(rc, k + 1, "in") && rc_cap(rc, k + 2))
		return 0;
	if (k + 1 < rc->ntok && rc_wl_ci(rc, k + 1, NCG_WL_UNIT_HOLDER_TITLE))
		return 0;
	return !holder_of_complement(rc, bs->from);
}

/* Is the one-word name at bs->k a body: a service ("the Navy"), or a
 * head after a state ("U.S. Congress")?  fixM: after a possessive
 * country, only a head a state has one body of (lex:soleBodyHead,
 * "Japan's Cabinet"): "Japan's Ministry" names no ministry.  rules353:
 * a state's troops capitalised (lex:forcesNoun, any case: "the
 * relocation of U.S. Forces to ...", "met with United States Forces and
 * General Brooks") are its troops, no body ("U.S. Forces Korea" is,
 * and "U.S. Forces in Korea", a command named with "in"). */
static int
bare_head_named(const rc_ctx *rc, const body_state *bs)
{
	if (rc_wl(rc, bs->k, NCG_WL_SERVICE_NAME))
		return 1;
	if (bs->k <= bs->from || troops_not_command(rc, bs))
		return 0;
	return !(bs->npc > 0 && !bs->bare) || rc_wl(rc, bs->k, NCG_WL_SOLE_BODY_HEAD);
}

/* rules225: is the grammar body [bs->from, e) of no state a modifier
 * and a plural head right after a possessive determiner ("both our Armed
 * Forces' commitment to the alliance", a speech)?  The speaker's own
 * forces described, no body named ("the Armed Forces of the Philippines"
 * is one; "our Army", a service, stays one). */
static int
possessed_description(const rc_ctx *rc, const body_state *bs, size_t e)
{
	size_t h = e - 1;

	if (bs->npc > 0 || bs->owner || bs->from == 0 || e != bs->from + 2 ||
	    !rc_wl(rc, bs->from - 1, NCG_WL_POSSESSIVE) || rc_wl(rc, h, NCG_WL_SERVICE_NAME))
		return 0;
	return rc->tok[h].e - rc->tok[h].b > 3 && rc->s[rc->tok[h].e - 1] == 's';
}

/* rules227: is the run from start a title's object, no body: after a
 * title's word and lower-case lex:titleConnector ("Chief of Navy Vice
 * Adm. ...", "Chief of the Naval Staff Vice Adm. ...").  fix75: a
 * possessive country between ("Chief of Staff for Japan's Joint Staff
 * Gen. ..."), or a comma right after a title a title's head opens
 * ("Japanese Chief of Staff, Joint Staff Gen. ..."). */
static int
title_object_run(const rc_ctx *rc, size_t start)
{
	const char *keys[2];
	size_t p = start, e;

	for (size_t c = start >= 5 ? start - 5 : 0; start >= 3 && c + 2 < start; c++)
		if (rc_apostrophe_s(rc, start - 2) && rc_cap(rc, c) &&
		    rc_country_prefix(rc, c, start - 2, keys, &e) > 0 && e == start - 2) {
			p = c;
			break;
		}
	if (p == start && p > 1 && rc_punct(rc, p - 1, ",")) {
		int headed = 0;

		for (p--; p > 0 && (rc_wl(rc, p - 1, NCG_WL_TITLE_CONNECTOR) ||
		                    (rc_cap(rc, p - 1) && (rc_wl(rc, p - 1, NCG_WL_TITLE_WORD) ||
		                                           rc_wl(rc, p - 1, NCG_WL_TITLE_HEAD))));
		     p--)
			headed |= rc_cap(rc, p - 1) && rc_wl(rc, p - 1, NCG_WL_TITLE_HEAD);
		return headed;
	}
	while (p > 0 && rc_lower(rc, p - 1) && rc_wl(rc, p - 1, NCG_WL_TITLE_CONNECTOR))
		p--;
	return p < start && p > 0 && rc_cap(rc, p - 1) &&
	       (rc_wl(rc, p - 1, NCG_WL_TITLE_HEAD) || rc_wl(rc, p - 1, NCG_WL_TITLE_WORD));
}

/* fix161 (review130 2): the "and" that ends a body's complement before
 * a second person's title, in the title's words [b, k) read back from
 * the rank or office at k: no title's head before it, the rank or office
 * or a title's head right after it, and the words before it the body's
 * ("the House Committee on Justice and Vice Chair A B", "... on Foreign
 * Relations and Deputy Director A B": the body ends before "and").  Not
 * "... on Trade and Industry Vice Chair", a field's name.  Its index, or
 * 0. */
static size_t
body_and_title(const rc_ctx *rc, size_t head, size_t b, size_t k)
{
	for (size_t c = b; c < k; c++) {
		if (rc_cap(rc, c) && rc_wl(rc, c, NCG_WL_TITLE_HEAD))
			return 0;
		if (rc_wl(rc, c, NCG_WL_PAIR_CONJUNCTION))
			return c > head + 1 && (c == b || rc_lower(rc, b) || rc_lower(rc, b - 1)) &&
			       (c + 1 == k || (rc_cap(rc, c + 1) && rc_wl(rc, c + 1, NCG_WL_TITLE_HEAD))) ? c : 0;
	}
	return 0;
}

/* rules227: the start of an official's title and name after the body
 * headed at head, in the capitalised run ending at end: a rank (lex:
 * militaryRank or an office) before a person's full name that ends the
 * run, with the title's words before the rank (capitalised title words
 * and heads, lex:titleConnector between): "Armed Forces of the
 * Philippines Inspector General Lt. Gen. Franco Nemesio M. Gacal",
 * "Japan Maritime Self Defense Force Vice Adm. Yoshihiro Goka" (the
 * name starting at start).  The body ends there; the official is read
 * on his own.  Else end. */
static size_t
official_after_body(const rc_ctx *rc, size_t start, size_t head, size_t end)
{
	const char *keys[2];
	size_t p;

	if (title_object_run(rc, start))
		return end;
	/* nor a run a title heads ("Pentagon Press Secretary Navy Rear
	 * Adm. John Kirby", "Joint Staff Spokesperson Navy Capt. ...") */
	for (p = start; p < head; p++)
		if (rc_cap(rc, p) && rc_wl(rc, p, NCG_WL_TITLE_HEAD))
			return end;
	for (size_t k = head + 1; k + 2 < end; k++) {
		size_t r = rc_wl_match(rc, k, end, NCG_WL_MILITARY_RANK, 1), b = k;
		size_t o = rc_wl_match(rc, k, end, NCG_WL_OFFICE, 1);

		if (o > r)
			r = o;
		if (!rc_cap(rc, k) || r <= k || !person_name_run(rc, r, end))
			continue;
		while (b > head + 1 && !rc_wl(rc, b - 1, NCG_WL_TITLE_OBJECT_END) &&
		       ((rc_cap(rc, b - 1) && (rc_wl(rc, b - 1, NCG_WL_TITLE_WORD) ||
		                              rc_wl(rc, b - 1, NCG_WL_TITLE_HEAD))) ||
		        rc_wl(rc, b - 1, NCG_WL_TITLE_CONNECTOR)))
			b--;
		if ((p = body_and_title(rc, head, b, k)) != 0)
			return p;
		while (b < k && !rc_cap(rc, b))
			b++;
		/* the title's words ran back to the head: the body's own
		 * complement is unclear ("Bureau of ... Affairs Principal
		 * Deputy Assistant Secretary ..."; rules14 reads it) */
		if (b == head + 1 && b < k)
			return end;
		/* a service alone is the rank's ("Marine Corps Gen. Joseph
		 * F. Dunford Jr.", "Army Gen. Robert B. Brown"), no body;
		 * fix75: so after a country ("U.S. Army Gen. ...",
		 * "Republic of Korea Army Maj. ...") */
		if (rc_country_prefix(rc, start, b, keys, &p) == 0)
			p = start;
		return rc_wl_match(rc, p, b, NCG_WL_SERVICE_NAME, 1) == b ? end : b;
	}
	return end;
}

/* rules122: a bare head after a possessive determiner, then a country
 * or place and a lower-case word: the name opens the next clause ("build
 * up our Army America does not have to lose"), no word of the body's
 * (not "advanced by Bank Korea and repaid").  The body's end, from e. */
static size_t
possessed_head_end(const rc_ctx *rc, size_t start, size_t head, size_t e, size_t lim)
{
	if (e == head + 2 && start == head && start > 0 && rc_wl(rc, start - 1, NCG_WL_POSSESSIVE) &&
	    e < lim && rc_lower(rc, e) && is_known_name(rc, head + 1, e))
		return head + 1;
	return e;
}

/* fix72: does the head open a rank (lex:militaryRank or an office of
 * several words) before a person's full name that ends the run, after a
 * service ("Photo By: Marine Corps Staff Sgt. Jane Roe", "U.S. Army
 * Staff Sgt. ...")?  The service is the rank's, as in "Army Gen. Robert
 * B. Brown": no body (not "Marine Corps Staff"). */
static int
service_rank_head(const rc_ctx *rc, size_t start, size_t head, size_t end)
{
	size_t r = rc_wl_match(rc, head, end, NCG_WL_MILITARY_RANK, 1);
	size_t o = rc_wl_match(rc, head, end, NCG_WL_OFFICE, 1);

	if (o > r)
		r = o;
	if (r <= head + 1 || !person_name_run(rc, r, end))
		return 0;
	for (size_t p = start; p < head; p++)
		if (rc_wl_match(rc, p, head, NCG_WL_SERVICE_NAME, 1) == head)
			return 1;
	return 0;
}

/* rules243: where the release's label (lex:releaseLabel) that opens a
 * line with the capitalised run [start, end) ends ("Media Note
 * Japan-U.S. Joint High-Level Committee Meeting on ..."), or start:
 * the label is no body's word.  fix82 (review80): what follows it is
 * read as usual ("Media Note Office of the Spokesperson", "Press
 * Statement Ministry of External Affairs officials met ..."). */
static size_t
release_label_end(const rc_ctx *rc, size_t start, size_t end)
{
	uint32_t b = rc->tok[start].b;
	size_t k;

	if (b != 0 && rc->s[b - 1] != '\n')
		return start;
	k = rc_wl_match(rc, start, end, NCG_WL_RELEASE_LABEL, 1);
	return k > start ? k : start;
}

/* Is [bs->k, e) no body's name?  A bare "Group" or "Office" (but a
 * service, "the Navy", is a body); rules274: nor a name ending on "of"
 * ("Department of" of "Department of National Defense Secretary Gilberto
 * Teodoro Jr."). */
static int
no_body_name(const rc_ctx *rc, const body_state *bs, size_t e)
{
	return (e - bs->k < 2 && !(e - bs->k == 1 && bare_head_named(rc, bs))) ||
	       (rc_lower(rc, e - 1) && rc_wl(rc, e - 1, NCG_WL_TITLE_CONNECTOR));
}

/* fix122: a stationed facility's name starts after the last lower-case
 * word before its head ("Staff of Naval Hospital Okinawa Public Affairs
 * said": the body is "Naval Hospital Okinawa", its key too, not the
 * run's "Staff of ..."); station_name_end finds the facility.  Else
 * start. */
static size_t
station_name_start(const rc_ctx *rc, size_t start, size_t head, size_t end)
{
	size_t k = head;
	int cut = 0;

	if (start >= head || station_name_end(rc, head, head + 1, end, &cut) == head + 1 || !cut)
		return start;
	while (k > start && rc_cap(rc, k - 1))
		k--;
	return k;
}

/* rules328: two services joined by a hyphen, [k, e) ("the
 * Navy-Marine Corps team", a 7th Fleet release; "our United States
 * Navy-Marine Corps team is on the clock", SECNAV; "to return to the
 * Navy-Marine Corps Team", an acting SECNAV's message): a pair of bodies
 * (lex:serviceName), neither one body.  review127: the longest service
 * after the joint, then nothing or a collective noun (lex:delegationNoun:
 * "Team"); another head ("Navy-Marine Corps Relief Society") is a body. */
static int
joined_services(const rc_ctx *rc, size_t k, size_t e)
{
	const char *b = rc->s + rc->tok[k].b, *h;
	size_t t = e;

	if (k >= e || !(h = memchr(b, '-', rc->tok[k].e - rc->tok[k].b)) ||
	    !ncg_lexicon_has_word(rc->lex, NCG_WL_SERVICE_NAME, b, (size_t)(h++ - b)))
		return 0;
	while (t > k && !ncg_lexicon_has_word(rc->lex, NCG_WL_SERVICE_NAME, h,
	                                      (size_t)(rc->s + rc->tok[t - 1].e - h)))
		t--;
	return t > k && (t == e || (t + 1 == e && rc_wl_ci(rc, t, NCG_WL_DELEGATION_NOUN)));
}

/* fix156 (review127 2): does the name [.., e) end at a head whose name
 * goes on with its topic (lex:topicBodyHead), "on" or "for" and a
 * capitalised word after it ("the Congressional Caucus on Korea", the
 * name reader stopping before a state)?  A name cut short: no body. */
static int
topic_cut_name(const rc_ctx *rc, size_t e)
{
	return e > 0 && rc_wl(rc, e - 1, NCG_WL_TOPIC_BODY_HEAD) && (rc_is(rc, e, "on") || rc_is(rc, e, "for")) &&
	       rc_cap(rc, e + 1);
}

static ncg_status company_head_body_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next);
static size_t company_name_end(const rc_ctx *rc, size_t i, size_t lim);

static int run_has_word(const rc_ctx *rc, size_t i, size_t j, ncg_wordlist wl);

/* fix185 (review151 4-6): may the company's name at k of a run with no
 * body's head start there?  Only after a company head's title and "of"
 * (lex:companyLeaderTitle, "the": "President of the Incheon
 * International Airport Corporation"; not "the Minister of Heavy
 * Industries"), two name words or more before its head ("Korea
 * Shipbuilding" of a longer name), no "and" in it ("the Minister of
 * Trade and Industries"), no known place ("Georgia Power" is a company;
 * a place's whole name is not). */
static int
run_company_start(const rc_ctx *rc, size_t start, size_t k, size_t lim)
{
	size_t o = k - 1 - rc_wl_ci(rc, k - 1, NCG_WL_DEFINITE_ARTICLE), e;

	if (o <= start || !rc_is(rc, o, "of") || !rc_wl(rc, o - 1, NCG_WL_COMPANY_LEADER_TITLE) ||
	    (e = company_name_end(rc, k, lim)) < k + 3 || is_known_place(rc, k, e))
		return 0;
	return !run_has_word(rc, k, e, NCG_WL_PAIR_CONJUNCTION);
}

/* rules373: a run of capitalised words with no body's head, in which a
 * lower-case word ("of", "the") goes before a company's name that ends
 * the run after "of" or "the" (lex:headOf, lex:definiteArticle:
 * "President of the Incheon International Airport Corporation", an
 * ambassador's blog; "Chairman of Hokuriku Electric Power Co.", Kantei):
 * the company is a body, read as rules65 reads one outside a run
 * (company_head_body_at).  Sets *next past it, else to the run's end. */
static ncg_status
run_company_at(rc_ctx *rc, uint32_t s, size_t start, size_t end, size_t lim, size_t *next)
{
	*next = 0;
	/* a list of names going on after a comma ("Korea Chemical,
	 * Biological, and Radiological Defense Command") ends no company */
	if (end + 1 < lim && rc_punct(rc, end, ",") && rc_cap(rc, end + 1))
		return rc_end_at(next, end);
	/* after "of" or "the" only: "and" may join a company's own words
	 * ("Korea Hydro and Nuclear Power Corporation") */
	for (size_t k = start + 1; k < end; k++) {
		if (rc_lower(rc, k - 1) && (rc_wl(rc, k - 1, NCG_WL_HEAD_OF) ||
		                            rc_wl_ci(rc, k - 1, NCG_WL_DEFINITE_ARTICLE)) &&
		    run_company_start(rc, start, k, lim))
			NCG_TRY(company_head_body_at(rc, s, k, lim, next));
		if (*next)   /* the first company read ends the search */
			break;
	}
	return *next ? NCG_OK : rc_end_at(next, end);
}

/* A body the grammar recognises in the run [i, lim): a capitalised name
 * headed by a body noun, maybe after a possessive country; a document may
 * follow ("United Nations Security Council Resolutions" names the Council
 * too).  Sets *next to the end of what it consumed. */
static ncg_status
grammar_body_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	size_t end = cap_run_end(rc, i, lim), start = run_start(rc, i, end), head, e, t0, k, run;
	body_state bs;
	int post;

	*next = 0;
	if (start >= end)
		return rc_end_at(next, end > i ? end : i + 1);
	if ((k = release_label_end(rc, start, end)) > start || decision_line_verb(rc, s, start, end))
		return grammar_body_at(rc, s, k > start ? k : start + 1, lim, next);
	if (!(head = run_head(rc, start, end)))
		return run_company_at(rc, s, start, end, lim, next);
	if (is_known_place(rc, start, end) ||
	    class_modifier(rc, start) || leader_government(rc, start, head) ||
	    surname_head(rc, start, head, end) || plural_post_run(rc, start, head) ||
	    service_rank_head(rc, start, head, end) || decision_line_verb(rc, s, start, 0))
		return rc_end_at(next, end);
	/* rules44: the first of two names, then the second from its "and" */
	if ((k = first_name_end(rc, start, head)) != 0) {
		NCG_TRY(grammar_body_at(rc, s, i, k, next));
		return rc_end_at(next, k);
	}
	/* the meeting's words after the body are read no further */
	run = end;
	end = before_body_meeting(rc, start, end, &head);
	start = body_name_start(rc, start, head, end, lim, &t0);
	if (start > head)   /* rules243: the run is a title's words only */
		return title_run_end(rc, t0, head, end, next);
	start = station_name_start(rc, start, head, end);
	end = official_after_body(rc, start, head, end);
	/* rules71: after a post taken off ("Vice Chairman of the Fair Trade
	 * Commission Cho Hong-sun shared ..."), a person's full name that
	 * ends the run is the post holder's, no word of the body */
	if (!(e = name_end(rc, head, end, lim)) && post_holder_name(rc, t0, start, head, end))
		e = head + 1;
	e = possessed_head_end(rc, start, head, e, lim);
	if (!e || topic_cut_name(rc, e) || document_in_name(rc, head, e) || archive_of_person(rc, start, head) ||
	    facility_being_built(rc, start, head) || background_or_title_run(rc, start, head) ||
	    officials_of_countries(rc, head, e, lim) || titled_surname_meeting(rc, t0, start, head, e))
		return rc_end_at(next, end);
	read_body_state(rc, s, start, e, &bs);
	title_country(rc, t0, start, &bs);
	if (bs.from == start && bs.npc == 0)
		bs.from = expanded_acronym_start(rc, start);
	/* talks named by their place are a meeting ("Pentagon Talks") */
	if (no_body_name(rc, &bs, e) || joined_services(rc, bs.k, e) || rc_wl(rc, e, NCG_WL_TRADE_SHOW_NOUN) ||
	    place_meeting(rc, bs.k, head) || kind_meeting(rc, bs.k, e) || topic_list_item(rc, s, bs.from) ||
	    possessed_description(rc, &bs, e) ||
	    meeting_of_body_before(rc, bs.from, e) || joint_senders(rc, bs.from, e, lim) ||
	    (rc_wl_match(rc, bs.k, e, NCG_WL_SERVICE_NAME, 0) == e &&
	     (service_in_title(rc, s, bs.from, e) || service_of_people(rc, s, bs.from, bs.k, e) ||
	      service_list_item(rc, s, bs.from, bs.k, e))))
		return rc_end_at(next, end);
	NCG_TRY(post_of_known_body(rc, bs.from, e, &post));
	post |= office_ending(rc, bs.from, e) || title_framed(rc, bs.k, e, lim);
	if (!post)
		NCG_TRY(rc_headline_common_words(rc, s, bs.from, e, &post));
	if (post)
		return rc_end_at(next, end);
	NCG_TRY(add_grammar_body(rc, s, &bs, e, lim, &k));
	return rc_end_at(next, k > run ? k : run);
}

/* rules44: a capitalised name of one to six words ("and" between two)
 * after "the", then a body's head in lower case (lex:lowerBodyHead):
 * "the Advanced Manufacturing working group", "the SCCD Healthcare and
 * Healthcare Technologies working group" (a part of the body its first
 * word names).  Not a plural head, nor a state's or a person's name
 * ("the U.S. working group"), nor a body read already ("the NCG working
 * group (WG)").  Sets *next past it. */
static ncg_status
lower_head_body_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	size_t k = i + 1, e, n = 0;
	const ncg_mention *owner;
	ncg_mention *m;

	*next = 0;
	if (!rc_wl_ci(rc, i, NCG_WL_DEFINITE_ARTICLE))
		return NCG_OK;
	for (; k < lim && n < 7; k++) {
		if (rc_cap(rc, k) || (rc->tok[k].flags & NCG_TF_UPPER))
			n++;
		else if (!(rc_wl(rc, k, NCG_WL_PAIR_CONJUNCTION) && k > i + 1 && k + 1 < lim && rc_cap(rc, k + 1)))
			break;
	}
	if (n == 0 || n > 6 || k >= lim || (e = rc_wl_match(rc, k, lim, NCG_WL_LOWER_BODY_HEAD, 1)) <= k ||
	    rc_claimed(rc, i + 2, e, RC_CLAIM_BODY | RC_CLAIM_NAME | RC_CLAIM_PLACE) ||
	    rc_claimed(rc, i + 1, i + 2, RC_CLAIM_NAME | RC_CLAIM_PLACE) ||
	    rc_country_prefix(rc, i + 1, k, (const char *[2]){NULL, NULL}, &(size_t){0}) > 0)
		return NCG_OK;
	owner = rc_mention_at(rc, NCG_M_BODY, i + 1);
	NCG_TRY(add_body(rc, s, i + 1, e, &m));
	if (owner && owner->t0 == i + 1 && owner->t1 < k && owner->key) {
		m->body.part_of = owner->key;
		m->body.country[0] = owner->body.country[0];
		m->body.country[1] = owner->body.country[1];
	}
	NCG_TRY(rc_key(rc, "body", m->name, &m->key));
	return rc_end_at(next, e);
}

/* rules22: is the service at [i, e) named inside an office's title: the
 * object of a title head's "of the" ("Secretary of the Navy",
 * "Commandant of the Marine Corps"), or before a title head ("US Navy
 * chief", "Army Chief of Staff")?  Such a body is named only inside a
 * title (optional in the gold), no body of its own.  fix72: a service
 * a country names ("commanding general of the Philippine Army", "of the
 * Japanese Army"; service_body_at) is that country's body even after
 * "of the": only a title head after it ("ROK Army Chief of Staff") makes
 * it a title's (title_head_after). */
static int
title_head_after(const rc_ctx *rc, uint32_t s, size_t e)
{
	return e < rc->sent[s].t1 && rc->tok[e].kind == NCG_TOK_WORD &&
	       rc_wl_ci(rc, e, NCG_WL_TITLE_HEAD);
}

static int
service_in_title(const rc_ctx *rc, uint32_t s, size_t i, size_t e)
{
	size_t s0 = rc->sent[s].t0;

	if (title_head_after(rc, s, e))
		return 1;
	return i >= s0 + 3 && rc_wl_ci(rc, i - 1, NCG_WL_DEFINITE_ARTICLE) && rc_wl(rc, i - 2, NCG_WL_HEAD_OF) &&
	       rc_wl_ci(rc, i - 3, NCG_WL_TITLE_HEAD);
}

/* fix67: the country at [i, j) before a lower-case service that only
 * modifies its bases or craft ("the Indonesian navy ships"): a mention
 * of the country, as "ROK navy ships" keeps "ROK" (a demonym, which the
 * places' reading skips, here too). */
static ncg_status
asset_owner_country(rc_ctx *rc, uint32_t s, size_t i, size_t j)
{
	size_t e;
	const ncg_lex_wording *w = rc_lex_longest(rc, i, j, 1u << NCG_LEX_COUNTRY,
	                                          RC_COUNTRY_PREFIX_WHATS, &e);
	ncg_mention *m;

	if (!w || e != j || rc_lex_longest(rc, i, j, 1u << NCG_LEX_COUNTRY, BODY_WHATS, &e) ||
	    rc_claimed(rc, i, j, RC_CLAIM_BODY | RC_CLAIM_NAME | RC_CLAIM_PLACE))
		return NCG_OK;
	NCG_TRY(rc_add(rc, NCG_M_COUNTRY, s, i, j, &m));
	m->lex = w->entry;
	m->key = w->entry->key;
	NCG_TRY(rc_span(rc, i, j, &m->name));
	set_countries_from_entry(m->place.country, w->entry);
	rc_claim(rc, i, j, RC_CLAIM_PLACE);
	return NCG_OK;
}

/* "the South Korean navy", "South Korea's Navy", "the Navy": a military
 * service, after a country (in any case) or capitalised after "the". */
static ncg_status
service_body_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	const char *pc[2] = {NULL, NULL};
	size_t j = i, e;
	int npc = rc_country_prefix(rc, i, lim, pc, &j);
	ncg_mention *m;

	*next = 0;
	if (npc && rc_apostrophe_s(rc, j))
		j += 2;
	if (rc_claimed(rc, i, j + 1, RC_CLAIM_BODY) ||
	    (npc == 0 && !rc_wl_ci(rc, i - 1, NCG_WL_DEFINITE_ARTICLE)))
		return NCG_OK;
	e = rc_wl_match(rc, j, lim, NCG_WL_SERVICE_NAME, npc == 0);
	/* rules110: the subject "I" (a verb after it) is no part of its
	 * name ("the ROK Army I have sought"; not "the Army I Corps") */
	if (!e || (npc == 0 && !rc_cap(rc, j)) ||
	    (e < lim && rc_cap(rc, e) &&
	     !(rc_wl(rc, e, NCG_WL_SPEAKER_PRONOUN) && e + 1 < lim && rc_lower(rc, e + 1))) ||
	    (npc ? title_head_after(rc, s, e) : service_in_title(rc, s, i, e)))
		return NCG_OK;
	/* rules38: "the Marines from the two countries": the members */
	if (e < lim && rc_lower(rc, e) && rc_wl(rc, e - 1, NCG_WL_MEMBER_PLURAL))
		return rc_end_at(next, e);
	/* rules219: "Australian navy bases", "ROK navy ships": a lower-case
	 * service before its bases or craft (lex:serviceAssetNoun) is their
	 * modifier; rules353: so is a capitalised one before a lower-case
	 * noun of its sites ("outside U.S. Army installations", "a small
	 * U.S. Army depot"; lex:serviceSiteNoun), not of its craft ("a Japan
	 * Coast Guard vessel" names the body: fix172, review140 7) */
	if (npc && e < lim && rc_lower(rc, e) &&
	    (rc_cap(rc, j) ? rc_wl(rc, e, NCG_WL_SERVICE_SITE_NOUN) : rc_wl(rc, e, NCG_WL_SERVICE_ASSET_NOUN))) {
		if (npc == 1)
			NCG_TRY(asset_owner_country(rc, s, i, j));
		return rc_end_at(next, e + 1);
	}
	NCG_TRY(add_body(rc, s, i, e, &m));
	for (int c = 0; c < npc; c++)
		m->body.country[c] = pc[c];
	NCG_TRY(rc_key(rc, "body", m->name, &m->key));
	return rc_end_at(next, e);
}

/* rules58: the length of a company's name at k after a company noun:
 * one to three capitalised words, no state's, title's, rank's or
 * sentence-opening word among them nor a name read already, then no
 * capitalised word; or 0. */
static size_t
company_name_len(const rc_ctx *rc, size_t k, size_t lim)
{
	size_t n = 0;

	while (k + n < lim && n < 4 && rc_cap(rc, k + n)) {
		if (rc_claimed(rc, k + n, k + n + 1, RC_CLAIM_BODY | RC_CLAIM_NAME | RC_CLAIM_PLACE) ||
		    rc_wl(rc, k + n, NCG_WL_SENTENCE_INITIAL) || rc_wl(rc, k + n, NCG_WL_TITLE_HEAD) ||
		    rc_wl(rc, k + n, NCG_WL_COURTESY) || rc_wl(rc, k + n, NCG_WL_MILITARY_RANK) ||
		    rc_month_at(rc, k + n) || ncg_doc_tok_weekday(rc->doc, k + n) ||
		    rc_lex_longest(rc, k + n, lim, (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_PLACE),
		                   ~0u, &(size_t){0}))
			return 0;
		n++;
	}
	/* fix164 (review132 2): a possessor ("Elon Musk's SpaceX") or a
	 * class that opens a list of its own ("Americans such as Mary
	 * Major") is no company: the chain stops there */
	if (k + n < lim && (rc_apostrophe_s(rc, k + n) ||
	                    rc_wl_match(rc, k + n, lim, NCG_WL_COMPANY_LIST_OPENER, 1)))
		return 0;
	return n <= 3 ? n : 0;
}

/* rules58: "U.S. biotech companies Moderna and Pfizer": after a company
 * noun (lex:companyNoun) at i, each name of the apposition, joined by
 * commas or "and", is a body; rules340: so after the noun and a
 * lex:companyListOpener ("companies such as Google and Amazon"), and
 * after a lex:companyPeopleCue a name with a company's head
 * ("executives from Hyundai Motors"; fix164).  Sets
 * *next past them. */
static ncg_status
company_bodies_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	size_t k = rc_wl_match(rc, i, lim, NCG_WL_COMPANY_PEOPLE_CUE, 1), n;
	int cue = k != 0;
	ncg_mention *m;

	*next = 0;
	if (!k)
		k = i + 1;
	if ((n = rc_wl_match(rc, k, lim, NCG_WL_COMPANY_LIST_OPENER, 1)) != 0)
		k = n;
	for (;;) {
		/* rules65's reading first ("Air Products and Chemicals") */
		NCG_TRY(company_head_body_at(rc, s, k, lim, &n));
		if (n > k)
			n -= k;
		/* fix164 (review132 1): after a people cue only a name with
		 * a company's head, or of two words or more opening with
		 * capitals ("SK Americas"), is a company ("executives from
		 * Texas", "... of Detroit automakers", "... from Wall Street") */
		else if ((n = company_name_len(rc, k, lim)) == 0 ||
		         (cue && (n < 2 || !(rc->tok[k].flags & NCG_TF_UPPER))))
			break;
		else {
			NCG_TRY(add_body(rc, s, k, k + n, &m));
			NCG_TRY(rc_key(rc, "body", m->name, &m->key));
		}
		k += n;
		*next = k;
		if (k + 1 < lim && rc_punct(rc, k, ","))
			k++;
		if (k + 1 < lim && rc_wl(rc, k, NCG_WL_PAIR_CONJUNCTION))
			k++;
		if (k == *next)
			break;
	}
	return NCG_OK;
}

/* rules364: a company's name as one of its class, "and", a
 * lex:classRestWord, at most two modifiers (a state's name, lower-case
 * words), then a plural lex:companyNoun heading the phrase ("GE and other
 * US companies have expressed interest", a wire's report): the name is a
 * body.  fix180 (review146 1, 7, 8): no person's name ("Mr. Lee and
 * other U.S. companies", "Chey Tae-won and other Korean companies": a
 * title or courtesy word before, a Korean name, a known official), no
 * noun after the plural ("automakers executives"), all within the
 * sentence (lim).  Sets *next past it. */
static ncg_status
other_companies_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	size_t n = company_name_len(rc, i, lim), k, e;
	const char *pc[2];
	ncg_mention *m;

	*next = 0;
	if (n == 0 || i + n + 2 >= lim || !rc_wl(rc, i + n, NCG_WL_PAIR_CONJUNCTION) ||
	    !rc_wl(rc, i + n + 1, NCG_WL_CLASS_REST_WORD) ||
	    (i > 0 && rc_person_title_at(rc, i - 1)) || rc_korean_name_at(rc, i, lim) ||
	    (n == 1 && rc_wl(rc, i, NCG_WL_KOREAN_SURNAME)) ||
	    rc_lex_longest(rc, i, i + n, 1u << NCG_LEX_OFFICIAL, ~0u, &e))
		return NCG_OK;
	for (k = i + n + 2; k < lim && k < i + n + 5 && !rc_wl(rc, k, NCG_WL_COMPANY_NOUN); k++)
		if (rc_country_prefix(rc, k, lim, pc, &e) > 0)
			k = e - 1;
		else if (!rc_lower(rc, k))
			return NCG_OK;
	/* a plural company noun (its "s") heads the phrase: no "company executives", no
	 * "firms' chiefs", no "automakers executives" */
	if (k >= lim || !rc_wl(rc, k, NCG_WL_COMPANY_NOUN) || rc->s[rc->tok[k].e - 1] != 's' ||
	    (k + 1 < lim && (rc_apostrophe(rc, k + 1) || rc_wl(rc, k + 1, NCG_WL_GROUP_NOUN))))
		return NCG_OK;
	NCG_TRY(add_body(rc, s, i, i + n, &m));
	NCG_TRY(rc_key(rc, "body", m->name, &m->key));
	return rc_end_at(next, i + n);
}

/* rules65: may token k open or go on with a company's name
 * (company_head_body_at)?  A capitalised word no other recogniser took,
 * no month, day, courtesy or opening word (a rank's word may open one:
 * "General Electric"). */
static int
company_word(const rc_ctx *rc, size_t k)
{
	return (rc_cap(rc, k) || (rc->tok[k].flags & NCG_TF_UPPER)) &&
	       !rc_claimed(rc, k, k + 1, RC_CLAIM_BODY | RC_CLAIM_NAME | RC_CLAIM_PLACE) &&
	       !rc_wl(rc, k, NCG_WL_SENTENCE_INITIAL) &&
	       !rc_wl(rc, k, NCG_WL_COURTESY) && !rc_month_at(rc, k) &&
	       !ncg_doc_tok_weekday(rc->doc, k);
}

/* fix89 (review84 4): is the word at i, capitalised, a common word:
 * lex:cityBodyNonName ("Sister", "Smart", "Inner") or written in lower
 * case elsewhere in the text ("the new plan")?  Elsewhere is within
 * CITY_WORD_REACH tokens either side, so that a page of "X City
 * officials" costs linear time, not a scan of the text each. */
#define CITY_WORD_REACH 4000

static int
common_city_word(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;
	size_t lo = i > CITY_WORD_REACH ? i - CITY_WORD_REACH : 0;
	size_t hi = rc->ntok - i > CITY_WORD_REACH ? i + CITY_WORD_REACH : rc->ntok;

	if (rc_wl(rc, i, NCG_WL_CITY_BODY_NON_NAME))
		return 1;
	for (size_t k = lo; k < hi; k++) {
		const char *v = rc->s + rc->tok[k].b;
		size_t c = 0;

		if (!rc_lower(rc, k) || rc->tok[k].e - rc->tok[k].b != n)
			continue;
		while (c < n && ncg_ascii_fold((unsigned char)v[c]) == ncg_ascii_fold((unsigned char)w[c]))
			c++;
		if (c == n)
			return 1;
	}
	return 0;
}

/* rules255: "Yokosuka City officials", "the new Misawa City mayor": a
 * place's one capitalised word at i (no capitalised word before it), a
 * lex:cityBodyHead ("City") and a lex:cityBodyFollower word is the city
 * as a body, "X City"; not a lexicon place's name ("New York City",
 * "Okinawa City"), nor a country's, title's or courtesy's word, nor
 * (fix89) a common word (common_city_word: "Sister City officials").
 * Sets *next past it. */
static ncg_status
city_body_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	size_t t0 = rc->sent[s].t0, e;
	ncg_mention *m;

	*next = 0;
	if (i + 2 >= lim || !rc_cap(rc, i) || rc->tok[i].kind != NCG_TOK_WORD ||
	    !rc_wl(rc, i + 1, NCG_WL_CITY_BODY_HEAD) || !rc_wl(rc, i + 2, NCG_WL_CITY_BODY_FOLLOWER) ||
	    (i > t0 && (rc_cap(rc, i - 1) || rc_hyphen(rc, i - 1))) ||
	    rc_claimed(rc, i, i + 2, RC_CLAIM_BODY) || rc_claimed(rc, i, i + 2, RC_CLAIM_PLACE) ||
	    rc_wl(rc, i, NCG_WL_SENTENCE_INITIAL) || rc_wl(rc, i, NCG_WL_TITLE_HEAD) ||
	    rc_wl(rc, i, NCG_WL_COURTESY) || rc_month_at(rc, i) ||
	    rc_lex_longest(rc, i, lim, (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_COUNTRY), ~0u, &e) ||
	    common_city_word(rc, i))
		return NCG_OK;
	NCG_TRY(add_body(rc, s, i, i + 2, &m));
	NCG_TRY(rc_key(rc, "body", m->name, &m->key));
	return rc_end_at(next, i + 2);
}

/* The end of company_head_body_at's name at i, or 0.  rules271: the
 * last head of the run ends the name ("operator Tokyo Electric Power
 * Co., or TEPCO", AFP: "Electric" and "Co."); "and" joins the head
 * right after it. */
static size_t
company_name_end(const rc_ctx *rc, size_t i, size_t lim)
{
	size_t e = 0;

	for (size_t k = i; k < lim && k - i < 4; k++) {
		if (k > i && k + 1 < lim && rc_wl(rc, k, NCG_WL_PAIR_CONJUNCTION) &&
		    rc_wl(rc, k + 1, NCG_WL_COMPANY_HEAD) && company_word(rc, k + 1))
			e = k + 2;
		else if (!company_word(rc, k))
			break;
		else if (k > i && rc_wl(rc, k, NCG_WL_COMPANY_HEAD))
			e = k + 1;
	}
	return e;
}

/* rules65: "LG Electronics", "General Electric", "CJ Foods", "Air
 * Products and Chemicals": a run of capitalised words, one to three
 * before its last, that a company's word (lex:companyHead) ends, is a
 * company's name, a body; "and" joins the head right after it.  The run
 * starts at i (no capitalised word before) and the head ends it.  Sets
 * *next past it. */
static ncg_status
company_head_body_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	size_t e;
	ncg_mention *m;

	*next = 0;
	if (i > rc->sent[s].t0 && (rc_cap(rc, i - 1) || (rc->tok[i - 1].flags & NCG_TF_UPPER)))
		return NCG_OK;
	e = company_name_end(rc, i, lim);
	if (!e || (e < lim && (rc_cap(rc, e) || (rc->tok[e].flags & NCG_TF_UPPER))))
		return NCG_OK;
	/* fix105 (review96 3): "Co." (lex:unitCompanyAbbreviation) after
	 * one word only is an Army company ("Charlie Co., 1st Battalion",
	 * "B Co."): two name words before it ("Tokyo Electric Power Co.") */
	if (e == i + 2 && rc_wl(rc, e - 1, NCG_WL_UNIT_COMPANY_ABBREVIATION))
		return NCG_OK;
	NCG_TRY(add_body(rc, s, i, e, &m));
	NCG_TRY(rc_key(rc, "body", m->name, &m->key));
	*next = e;
	return NCG_OK;
}

/* "Republic of Korea and United States Military Committee Meeting
 * (MCM)": a name starting at t0 with a country, after "and" and another
 * country, starts with the first country. */
static size_t
pair_start(const rc_ctx *rc, size_t s0, size_t t0, size_t lim)
{
	const char *keys[2];
	size_t e;

	if (t0 < s0 + 2 || !rc_wl(rc, t0 - 1, NCG_WL_PAIR_CONJUNCTION))
		return t0;
	for (size_t c = t0 >= s0 + 6 ? t0 - 6 : s0; c + 1 < t0; c++)
		if (rc_country_prefix(rc, c, t0 - 1, keys, &e) == 1 && e == t0 - 1 &&
		    country_pair(rc, c, lim, NULL))
			return c;
	return t0;
}

/* Where the name an acronym defines begins: its long form, the
 * capitalised words before it, two countries joined by "and" before them
 * ("Republic of Korea and United States Military Committee"), and
 * (rules19) a country prefix that runs into them through a hyphen
 * ("U.S.-South Korea National Security Council (NSC)"); not (rules171)
 * a document's name before the states (document_start). */
static size_t
acronym_name_start(const rc_ctx *rc, const rc_acronym *d)
{
	size_t s0 = rc->sent[d->sent].t0, t0 = d->lt0;
	const char *keys[2];
	size_t e;

	while (t0 > s0 && (rc->tok[t0 - 1].flags & (NCG_TF_UPPER | NCG_TF_CAP)) &&
	       !is_function_cap(rc, t0 - 1) &&
	       !rc_claimed(rc, t0 - 1, t0, RC_CLAIM_BODY | RC_CLAIM_NAME))
		t0--;
	t0 = pair_start(rc, s0, document_start(rc, t0, d->p0), d->p0);
	if (t0 > s0 + 1 && rc_hyphen(rc, t0 - 1) && rc_adjacent(rc, t0 - 1) && rc_adjacent(rc, t0))
		for (size_t c = t0 > s0 + 4 ? t0 - 4 : s0; c + 1 < t0; c++)
			if (!rc_claimed(rc, c, t0, RC_CLAIM_BODY | RC_CLAIM_NAME) &&
			    rc_country_prefix(rc, c, d->p0, keys, &e) > 0 && e > t0)
				return c;
	return t0;
}

/* rules19: the states the name [t0, p0) an acronym defines gives: two
 * joined by "and", or a prefix ("U.S.-South Korea"); how many. */
static int
acronym_name_states(const rc_ctx *rc, size_t t0, size_t p0, const char **pc)
{
	size_t e;

	if (country_pair(rc, t0, p0, pc))
		return 2;
	return rc_country_prefix(rc, t0, p0, pc, &e);
}

/* rules19: the acronym in the parentheses is the lexicon's body ("South
 * Korea-US integrated defence dialogue (KIDD)"): the name defined is a
 * wording of that body, when its states agree.  Returns whether m became
 * that body. */
static int
lexicon_body_defined(rc_ctx *rc, const rc_acronym *d, ncg_mention *m, int nstates)
{
	const ncg_mention *b = rc_mention_at(rc, NCG_M_BODY, d->p0 + 1);

	if (!b || !b->lex || b->t0 != d->p0 + 1 || b->t1 != d->p1 ||
	    !countries_agree(m->body.country, nstates, &b->lex->country))
		return 0;
	m->key = b->key;
	m->lex = b->lex;
	m->body.part_of = b->body.part_of;
	set_countries_from_entry(m->body.country, b->lex);
	return 1;
}

/* rules50: are the words [t0, p0) all in lower case? */
static int
lower_long_form(const rc_ctx *rc, size_t t0, size_t p0)
{
	for (size_t k = t0; k < p0; k++)
		if (rc->tok[k].flags & (NCG_TF_UPPER | NCG_TF_CAP))
			return 0;
	return 1;
}

/* rules50: is the acronym in d's parentheses a body the lexicon knows? */
static int
lexicon_acronym_body(rc_ctx *rc, const rc_acronym *d)
{
	const ncg_mention *b = rc_mention_at(rc, NCG_M_BODY, d->p0 + 1);

	return b && b->lex && b->t0 == d->p0 + 1 && b->t1 == d->p1;
}

/* rules177: does the long form [t0, ...) the acronym spells open with
 * a title's head and a comma ("Commander, Submarine Group (COMSUBGRU)",
 * "commander, Submarine Group 7/Task Force (CTF) 74", the Navy's way of
 * naming a command's commander)?  The acronym names the post, no body
 * of that long form. */
static int
post_acronym(rc_ctx *rc, const rc_acronym *d, size_t t0)
{
	if (t0 != d->lt0 || t0 + 2 >= d->p0 || !rc_wl_ci(rc, t0, NCG_WL_TITLE_HEAD) ||
	    !rc_punct(rc, t0 + 1, ",") || lexicon_acronym_body(rc, d))
		return 0;
	/* one name after the comma: "commander, Naval Surface Forces, U.S.
	 * Pacific Fleet (CNSP)" names the fleet too, left as it was */
	for (size_t k = t0 + 2; k < d->p0; k++)
		if (rc_punct(rc, k, ","))
			return 0;
	return 1;
}

/* A body defined by an acronym whose long form is not capitalised:
 * "the NCG working group (WG)". */
static ncg_status
acronym_bodies(rc_ctx *rc)
{
	for (size_t a = 0; a < rc->nacr; a++) {
		const rc_acronym *d = &rc->acr[a];
		size_t t0;
		int nstates;
		ncg_mention *m;

		if (!rc_wl_ci(rc, d->p0 - 1, NCG_WL_BODY_HEAD) || rc_claimed(rc, d->lt0, d->p0, RC_CLAIM_BODY))
			continue;
		t0 = acronym_name_start(rc, d);
		/* rules50: a long form all in lower case names a body only
		 * when the lexicon knows the acronym's body ("the transition
		 * of wartime operational command (OPCON)": a power, no body) */
		if ((lower_long_form(rc, t0, d->p0) && !lexicon_acronym_body(rc, d)) ||
		    post_acronym(rc, d, t0))
			continue;
		NCG_TRY(add_body(rc, d->sent, t0, d->p0, &m));
		m->body.acronym = d->acronym;
		nstates = acronym_name_states(rc, t0, d->p0, m->body.country);
		if (lexicon_body_defined(rc, d, m, nstates))
			continue;
		NCG_TRY(rc_key(rc, "body", m->name, &m->key));
		if (t0 < d->lt0) {
			size_t ae;
			const ncg_lex_wording *w = rc_lex_longest(rc, t0, d->lt0, 1u << NCG_LEX_BODY,
			                                          1u << NCG_LEXW_ACRONYM, &ae);

			if (w) {
				m->body.part_of = w->entry->key;
				set_countries_from_entry(m->body.country, w->entry);
			}
		}
		NCG_TRY(remember_acronym(rc, d->acronym, m));
		rc_claim(rc, d->p0, d->p1 + 1, RC_CLAIM_BODY);
		NCG_TRY(of_parent(rc, m, d->p1 + 1, rc->sent[d->sent].t1));
	}
	return NCG_OK;
}

/* Is s[0..n) a country's wording ("ROK", "US", "Japan")? */
static int
country_word(const rc_ctx *rc, const char *s, size_t n)
{
	return ncg_lexicon_is_wording(rc->lex, 1u << NCG_LEX_COUNTRY, s, n);
}

/* Is token i an acronym of three capitals or more ("Tri-CHOD", "TCOG")
 * that names no country and nothing yet? */
static int
free_series_acronym(const rc_ctx *rc, size_t i)
{
	const char *keys[2];
	size_t e, caps = 0;

	/* the capitals first: most tokens have fewer than three, and then
	 * their parts need not be looked up (speed only) */
	for (uint32_t b = rc->tok[i].b; b < rc->tok[i].e; b++)
		caps += isupper((unsigned char)rc->s[b]) != 0;
	if (caps < 3)
		return 0;
	for (uint32_t b = rc->tok[i].b, p = b; b <= rc->tok[i].e; b++) {
		/* a part between hyphens that is a country: "ROK-US" */
		if (b == rc->tok[i].e || rc->s[b] == '-') {
			if (country_word(rc, rc->s + p, b - p))
				return 0;
			p = b + 1;
		}
	}
	/* rules113: not an agreement's ("FTA talks"): lex:agreementNoun;
	 * rules234: nor a function word set in capitals for stress ("this
	 * was after all THE meeting that Mrs. Arroyo had pursued"): a word
	 * of lex:sentenceInitial in any case */
	return acronym_like(rc, i) && !rc_claimed(rc, i, i + 1, 0xFF) &&
	       !rc_wl(rc, i, NCG_WL_AGREEMENT_NOUN) && !rc_wl_ci(rc, i, NCG_WL_SENTENCE_INITIAL) &&
	       rc_country_prefix(rc, i, i + 2, keys, &e) == 0;
}

/* "the Tri-CHOD meeting", "a Tri-CHOD (chief of defense) conference",
 * "held the Trilateral Chief of Defense (Tri-CHOD) meeting": an acronym
 * right before a lower-case meeting noun (a gloss in parentheses between)
 * names the series that meets, a body; its long form when the text
 * defines it just before.  Not a country ("a U.S.-ROK meeting"), not one
 * the lexicon or the grammar named already. */
/* Do the capitalised words of [t0, t1) begin with the letters of the
 * acronym a (length an), in order, one each? */
static int
spells_initials(const rc_ctx *rc, size_t t0, size_t t1, const char *a, size_t an)
{
	size_t n = 0, t;

	if (t1 < t0 + 2)
		return 0;
	for (t = t0; t < t1 && n <= an; t++)
		if (rc_cap(rc, t) && (n >= an || rc->s[rc->tok[t].b] != a[n++]))
			break;
	return t == t1 && n == an;
}

/* rules58: where a name begins past the states that open it
 * ("U.S.-Japan-ROK Defense Trilateral Talks": at "Defense"), or t0. */
static size_t
past_states(const rc_ctx *rc, size_t t0, size_t t1)
{
	const char *keys[2];
	size_t k = t0, e;

	while (k < t1 && rc_country_prefix(rc, k, t1, keys, &e) > 0 && e > k) {
		k = e;
		if (k < t1 && rc_hyphen(rc, k) && rc_adjacent(rc, k))
			k++;
	}
	return k;
}

/* rules44: the one body of the statement whose capitalised words'
 * initials spell the acronym at token i ("the Extended Deterrence Policy
 * Committee ... During the EDPC meeting"), or NULL: none, or two
 * bodies. */
static const ncg_mention *
body_of_initials(const rc_ctx *rc, size_t i)
{
	const char *a = rc->s + rc->tok[i].b;
	size_t an = rc->tok[i].e - rc->tok[i].b;
	const ncg_mention *only = NULL;

	for (size_t k = 0; k < rc->nm; k++) {
		const ncg_mention *o = &rc->m[k];

		if (o->kind != NCG_M_BODY || !o->key || o->t1 < o->t0 + 2 ||
		    (!spells_initials(rc, o->t0, o->t1, a, an) &&
		     !spells_initials(rc, past_states(rc, o->t0, o->t1), o->t1, a, an)))
			continue;
		if (only && strcmp(only->key, o->key) != 0)
			return NULL;
		only = o;
	}
	return only;
}

static ncg_status
series_acronym_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim)
{
	const rc_acronym *d = rc_punct(rc, i - 1, "(") ? rc_acronym_at_paren(rc, i - 1) : NULL;
	size_t j = i + 1 + (d != NULL), t0 = d ? d->lt0 : i, t1 = d ? d->p0 : i + 1;
	const ncg_mention *def;
	ncg_mention *m;

	if (!d && j < lim && rc_punct(rc, j, "("))
		for (j++; j < lim && j < i + 8 && !rc_punct(rc, j, ")"); j++)
			if (!rc_lower(rc, j) && !rc_punct(rc, j, "-"))
				return NCG_OK;
	j += j < lim && rc_punct(rc, j, ")") && !d;
	if (j >= lim || !rc_lower(rc, j) || !rc_wl(rc, j, NCG_WL_MEETING_NOUN) ||
	    (d && rc_claimed(rc, d->lt0, d->p0, 0xFF)))
		return NCG_OK;
	def = d ? NULL : defined_body_acronym(rc, i);
	if (!d && !def)
		def = body_of_initials(rc, i);
	NCG_TRY(add_body(rc, s, t0, t1, &m));
	if (def) {      /* defined before (rules44: or spelled by its
	                 * initials): the same body */
		m->key = def->key;
		m->body.acronym = def->body.acronym;
		return NCG_OK;
	}
	NCG_TRY(rc_key(rc, "body", m->name, &m->key));
	if (d) {
		m->body.acronym = d->acronym;
		rc_claim(rc, d->p0, d->p1 + 1, RC_CLAIM_BODY);
	}
	return remember_acronym(rc, d ? d->acronym : m->name, m);
}

/* Bodies named by a series' acronym before a meeting noun. */
static ncg_status
series_acronym_bodies(rc_ctx *rc)
{
	for (size_t s = 0; s < rc->nsent; s++)
		for (size_t i = rc->sent[s].t0 + 1; rc->body_sent[s] && i < rc->sent[s].t1; i++)
			if (free_series_acronym(rc, i))
				NCG_TRY(series_acronym_at(rc, (uint32_t)s, i, rc->sent[s].t1));
	return NCG_OK;
}

/* rules58: one series named with its states and with a word for their
 * count ("the United States-Japan-Republic of Korea Defense Ministerial
 * Meeting" ... "the 9th Trilateral Defense Ministerial Meeting"): a body
 * named with states joins the one body named with a lex:meetingKindWord
 * and the same words after the states. */
static ncg_status
kind_word_body(rc_ctx *rc, ncg_mention *m)
{
	size_t k = past_states(rc, m->t0, m->t1);
	const ncg_mention *only = NULL;
	const char *rest, *yrest;

	if (k + 2 > m->t1 || k == m->t0)
		return NCG_OK;
	NCG_TRY(rc_span(rc, k, m->t1, &rest));
	for (size_t o = 0; o < rc->nm; o++) {
		const ncg_mention *y = &rc->m[o];

		if (y == m || y->kind != NCG_M_BODY || !y->key || y->lex || y->t1 != y->t0 + (m->t1 - k) + 1 ||
		    !rc_cap(rc, y->t0) || !rc_wl_ci(rc, y->t0, NCG_WL_MEETING_KIND_WORD))
			continue;
		NCG_TRY(rc_span(rc, y->t0 + 1, y->t1, &yrest));
		if (strcmp(yrest, rest) != 0)
			continue;
		if (only && strcmp(only->key, y->key) != 0)
			return NCG_OK;
		only = y;
	}
	if (only)
		m->key = only->key;
	return NCG_OK;
}

/* rules58: one series, however its states are worded ("ROK-U.S. Senior
 * Economic Dialogue" ... "Republic of Korea-United States Senior Economic
 * Dialogue"): a body named with states and the words after them joins
 * the first body of the text with the same words after the same states
 * (in any order).  prefixed maps those words and the states to that
 * first mention. */
static ncg_status
same_states_body(rc_ctx *rc, ncg_strmap *prefixed, ncg_mention *m, const char *rest,
                 const char *const keys[2])
{
	const char *a = keys[0], *b = keys[1] ? keys[1] : "", *key;
	void *v;
	uintptr_t o;
	const ncg_mention *f;
	ncg_status st;

	/* rules340: one first mention a rest for each set of states (the
	 * "US Navy" before a text's "Republic of Korea (ROK) Navy" and "ROK
	 * Navy" takes neither ROK's) */
	if (*b && strcmp(a, b) > 0) {
		a = keys[1];
		b = keys[0];
	}
	if ((st = rc_printf(rc, &key, "%s\x1f%s\x1f%s", rest, a, b)) != NCG_OK)
		return st;
	v = ncg_strmap_get(prefixed, key);
	if (!(o = (uintptr_t)v))
		return ncg_strmap_put(prefixed, key, (void *)(uintptr_t)(m - rc->m + 1));
	f = &rc->m[o - 1];
	if (f == m || !f->key || !m->key || !f->body.country[0] || strcmp(f->key, m->key) == 0 ||
	    !countries_agree(f->body.country, f->body.country[1] ? 2 : 1,
	                     &(ncg_strlist){(const char **)keys, keys[1] ? 2 : 1, 0}) ||
	    (f->body.country[1] != NULL) != (keys[1] != NULL))
		return NCG_OK;
	m->key = f->key;
	if (!m->body.acronym)
		m->body.acronym = f->body.acronym;
	return NCG_OK;
}

/* rules81: a body's short name in brackets right after its name, where
 * an acronym goes ("the Export-Import Bank of the United States (Ex-Im
 * Bank)"): the same body, the short name its acronym.  Not a lexicon's
 * body, which is a body of its own. */
static void
resolve_bracketed_bodies(rc_ctx *rc)
{
	for (size_t k = 0; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k], *p;

		if (m->kind != NCG_M_BODY || m->lex || !m->key || m->t0 < 2 ||
		    !rc_punct(rc, m->t0 - 1, "(") || !rc_punct(rc, m->t1, ")") ||
		    !(p = rc_mention_at(rc, NCG_M_BODY, m->t0 - 2)) || p == m ||
		    p->t1 != m->t0 - 1 || p->sent != m->sent || !p->key || p->body.acronym)
			continue;
		m->key = p->key;
		p->body.acronym = m->name;
	}
}

/* rules167: name as resolve_prefixed_bodies compares it, a hyphen read
 * as a space ("High-Level Policy Dialogue", "High Level Policy
 * Dialogue": one name written two ways); a copy in the arena in *out. */
static ncg_status
unhyphened(rc_ctx *rc, const char *name, const char **out)
{
	size_t n = strlen(name);
	char *p = ncg_arena_alloc(rc->arena, n + 1);

	if (!p)
		return NCG_ERR_NOMEM;
	for (size_t i = 0; i <= n; i++)
		p[i] = name[i] == '-' ? ' ' : name[i];
	*out = p;
	return NCG_OK;
}

/* Where the name of the body m goes on after its states' prefix that
 * ends at e: after a pair joined by "and" ("Republic of Korea and United
 * States Military Committee"), rules340: after the state's acronym in
 * brackets ("Republic of Korea (ROK) Navy" is the "ROK Navy"). */
static size_t
prefixed_rest_start(const rc_ctx *rc, const ncg_mention *m, size_t e)
{
	if (country_pair(rc, m->t0, m->t1, NULL))
		return country_pair_end(rc, m->t0, m->t1);
	return e + 3 < m->t1 && country_acronym_bracket(rc, e, m->t1, NULL) ? e + 3 : e;
}

/* "Japan-U.S. Extended Deterrence Dialogue" and "Extended Deterrence
 * Dialogue (EDD)", "US Carrier Strike Group 1" and "Carrier Strike Group
 * 1": a name with a country prefix is the body named without it, when
 * the statement names that one too.  Linear: one map of names. */
static ncg_status
resolve_prefixed_bodies(rc_ctx *rc)
{
	ncg_strmap *names = ncg_strmap_new(), *joined = ncg_strmap_new(),
	           *prefixed = ncg_strmap_new();
	ncg_status st = names && joined && prefixed ? NCG_OK : NCG_ERR_NOMEM;

	for (size_t k = 0; st == NCG_OK && k < rc->nm; k++) {
		const char *nm;

		if (rc->m[k].kind == NCG_M_BODY && rc->m[k].key && rc->m[k].name &&
		    (st = unhyphened(rc, rc->m[k].name, &nm)) == NCG_OK && !ncg_strmap_get(names, nm))
			st = ncg_strmap_put(names, nm, (void *)(uintptr_t)(k + 1));
	}
	for (size_t k = 0; st == NCG_OK && k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		const char *keys[2] = {NULL, NULL}, *rest;
		size_t e;
		void *v;
		uintptr_t o;

		if (m->kind != NCG_M_BODY || m->lex ||
		    rc_country_prefix(rc, m->t0, m->t1, keys, &e) == 0 || e >= m->t1)
			continue;
		if (st == NCG_OK && (st = kind_word_body(rc, m)) != NCG_OK)
			break;
		e = prefixed_rest_start(rc, m, e);
		st = rc_span(rc, e, m->t1, &rest);
		if (st == NCG_OK)
			st = unhyphened(rc, rest, &rest);
		if (st == NCG_OK && !ncg_strmap_get(names, rest))
			st = same_states_body(rc, prefixed, m, rest, keys);
		if (st != NCG_OK || !(v = ncg_strmap_get(names, rest)))
			continue;
		/* rules11: "the Japanese Defense Ministry" ... "the South Korean
		 * Defense Ministry": the bare name joins the first country's
		 * body only; another country's is a body of its own */
		{
			const char *first = ncg_strmap_get(joined, rest);

			if (first && strcmp(first, keys[0]) != 0)
				continue;
			if (!first && (st = ncg_strmap_put(joined, rest, (void *)keys[0])) != NCG_OK)
				continue;
		}
		o = (uintptr_t)v;
		/* "Japanese Ministry of Foreign Affairs" is not the ROK's */
		if (rc->m[o - 1].lex && rc->m[o - 1].lex->country.n &&
		    !countries_agree(keys, keys[1] ? 2 : 1, &rc->m[o - 1].lex->country))
			continue;
		m->key = rc->m[o - 1].key;
		m->lex = rc->m[o - 1].lex;
		if (!m->body.acronym)
			m->body.acronym = rc->m[o - 1].body.acronym;
	}
	ncg_strmap_free(names);
	ncg_strmap_free(joined);
	ncg_strmap_free(prefixed);
	return st;
}

/* rules19: is token i a word of countries joined by hyphens
 * ("Japan-ROK")? */
static int
countries_word(const rc_ctx *rc, size_t i)
{
	uint32_t p = rc->tok[i].b;

	if (rc->tok[i].kind != NCG_TOK_WORD)
		return 0;
	for (uint32_t b = p; b <= rc->tok[i].e; b++)
		if (b == rc->tok[i].e || rc->s[b] == '-') {
			if (!country_word(rc, rc->s + p, b - p))
				return 0;
			p = b + 1;
		}
	return 1;
}

/* rules19: the body named by a grammar body's name without its last word
 * ("Meeting") and its country prefix, when the statement names that body
 * (`names`: name -> mention index + 1), or NULL. */
static ncg_status
meeting_of_named_body(rc_ctx *rc, const ncg_strmap *names, const ncg_mention *m,
                       const ncg_mention **out)
{
	const char *keys[2] = {NULL, NULL}, *rest;
	size_t e, from[2] = {m->t0, m->t0};
	void *v;

	*out = NULL;
	if (m->kind != NCG_M_BODY || m->lex || m->t1 < m->t0 + 3 ||
	    !rc_is(rc, m->t1 - 1, "Meeting"))
		return NCG_OK;
	/* past every country of the prefix ("U.S.-Japan-ROK") */
	if (country_pair(rc, m->t0, m->t1, NULL))
		from[1] = country_pair_end(rc, m->t0, m->t1);
	else
		while (from[1] + 1 < m->t1) {
			if (rc_country_prefix(rc, from[1], m->t1, keys, &e) > 0)
				from[1] = e;
			else if ((rc_hyphen(rc, from[1]) && rc_adjacent(rc, from[1])) ||
			         countries_word(rc, from[1]))
				from[1]++;
			else
				break;
		}
	for (int k = 0; k < 2 && !*out; k++) {
		if (m->t1 - 1 < from[k] + 2)
			continue;
		NCG_TRY(rc_span(rc, from[k], m->t1 - 1, &rest));
		if ((v = ncg_strmap_get(names, rest)) != NULL && rc->m[(uintptr_t)v - 1].key)
			*out = &rc->m[(uintptr_t)v - 1];
	}
	return NCG_OK;
}

/* rules19: "the U.S.-Japan-ROK Trilateral Coordinating Secretariat
 * Meeting" in a statement that names "the Trilateral Coordinating
 * Secretariat": the meeting's name is a wording of that body (a
 * body's meeting; "Military Committee Meeting", a series' name the
 * statement never names without "Meeting", stays).  Linear: one map of
 * names. */
static ncg_status
resolve_meeting_bodies(rc_ctx *rc)
{
	ncg_strmap *names = ncg_strmap_new();
	ncg_status st = names ? NCG_OK : NCG_ERR_NOMEM;

	for (size_t k = 0; st == NCG_OK && k < rc->nm; k++)
		if (rc->m[k].kind == NCG_M_BODY && rc->m[k].key && rc->m[k].name &&
		    !ncg_strmap_get(names, rc->m[k].name))
			st = ncg_strmap_put(names, rc->m[k].name, (void *)(uintptr_t)(k + 1));
	for (size_t k = 0; st == NCG_OK && k < rc->nm; k++) {
		const ncg_mention *b;

		st = meeting_of_named_body(rc, names, &rc->m[k], &b);
		if (st == NCG_OK && b && b != &rc->m[k]) {
			rc->m[k].key = b->key;
			rc->m[k].lex = b->lex;
			rc->m[k].body.part_of = b->body.part_of;
			if (!rc->m[k].body.acronym)
				rc->m[k].body.acronym = b->body.acronym;
		}
	}
	ncg_strmap_free(names);
	return st;
}

/* resolve_stateless_bodies' index: the bodies of one state a bare name
 * may stand for, by the words their labels end with ("Joint Chiefs of
 * Staff" and "Chiefs of Staff" for "ROK Joint Chiefs of Staff"), so that
 * each bare name looks only at its own, in n log n (review10). */
typedef struct {
	uint32_t bucket, t0, k;   /* k: then the least mention index so far */
} sb_entry;

typedef struct {
	size_t first, n;          /* its static entries, by t0 */
	size_t p2;                /* the first of them of another key, or SIZE_MAX */
	sb_entry *dyn;            /* bodies resolved on the way, t0 falling */
	size_t ndyn, capdyn;
} sb_bucket;

typedef struct {
	ncg_strmap *ids;          /* ending -> bucket + 1 */
	sb_bucket *b;
	size_t nb, capb;
	sb_entry *e;
	size_t ne, cape;
} sb_index;

static int
cmp_sb_entry(const void *a, const void *b)
{
	const sb_entry *x = a, *y = b;

	if (x->bucket != y->bucket)
		return x->bucket < y->bucket ? -1 : 1;
	if (x->t0 != y->t0)
		return x->t0 < y->t0 ? -1 : 1;
	return x->k < y->k ? -1 : x->k > y->k;
}

static int
same_key(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* The bucket of the name `bare`, or SIZE_MAX */
static size_t
sb_bucket_of(const sb_index *ix, const char *bare)
{
	void *v = ncg_strmap_get(ix->ids, bare);

	return v ? (size_t)((uintptr_t)v - 1) : SIZE_MAX;
}

/* The bucket of each ending of `label` after a space ("ROK Joint Chiefs of
 * Staff" ends with "Joint Chiefs of Staff"), made when `add`; f(ix, bucket, arg) for each. */
static ncg_status
sb_endings(sb_index *ix, const char *label, int add,
           ncg_status (*f)(sb_index *, size_t, const void *), const void *arg)
{
	for (size_t i = 0; label[i]; i++) {
		const char *end = label + i + 1;
		void *p = ix->b;
		size_t b;
		int added = 0;

		if (i == 0 || label[i] != ' ')
			continue;
		if (add) {
			NCG_TRY(ncg_grow(&p, &ix->capb, ix->nb + 1, sizeof *ix->b));
			ix->b = p;
			NCG_TRY(ncg_strmap_add(ix->ids, end, strlen(end), (void *)(uintptr_t)(ix->nb + 1),
			                       &added));
			if (added)
				memset(&ix->b[ix->nb++], 0, sizeof *ix->b);
		}
		if ((b = sb_bucket_of(ix, end)) != SIZE_MAX)
			NCG_TRY(f(ix, b, arg));
	}
	return NCG_OK;
}

static ncg_status
sb_add_static(sb_index *ix, size_t b, const void *arg)
{
	const sb_entry *x = arg;
	void *p = ix->e;

	NCG_TRY(ncg_grow(&p, &ix->cape, ix->ne + 1, sizeof *ix->e));
	ix->e = p;
	ix->e[ix->ne] = *x;
	ix->e[ix->ne++].bucket = (uint32_t)b;
	return NCG_OK;
}

/* a body resolved on the way: kept only when it begins before every one
 * kept so far, the first in index order for any later t0 */
static ncg_status
sb_add_dyn(sb_index *ix, size_t b, const void *arg)
{
	const sb_entry *x = arg;
	sb_bucket *bk = &ix->b[b];
	void *p = bk->dyn;

	if (bk->ndyn > 0 && bk->dyn[bk->ndyn - 1].t0 <= x->t0)
		return NCG_OK;
	NCG_TRY(ncg_grow(&p, &bk->capdyn, bk->ndyn + 1, sizeof *bk->dyn));
	bk->dyn = p;
	bk->dyn[bk->ndyn++] = *x;
	return NCG_OK;
}

/* Index the bodies of one state with a label: per ending, by t0, with the
 * least mention index up to each and where a second key first appears. */
static ncg_status
sb_build(const rc_ctx *rc, sb_index *ix)
{
	for (size_t o = 0; o < rc->nm; o++) {
		const ncg_mention *x = &rc->m[o];
		sb_entry en = { 0, x->t0, (uint32_t)o };

		if (x->kind == NCG_M_BODY && x->lex && x->lex->label && x->lex->country.n == 1)
			NCG_TRY(sb_endings(ix, x->lex->label, 1, sb_add_static, &en));
	}
	if (ix->ne > 1)
		qsort(ix->e, ix->ne, sizeof *ix->e, cmp_sb_entry);
	for (size_t i = 0; i < ix->ne; i++) {
		sb_bucket *bk = &ix->b[ix->e[i].bucket];

		if (bk->n == 0) {
			bk->first = i;
			bk->p2 = SIZE_MAX;
		} else {
			if (bk->p2 == SIZE_MAX &&
			    !same_key(rc->m[ix->e[bk->first].k].key, rc->m[ix->e[i].k].key))
				bk->p2 = bk->n;
			if (ix->e[i - 1].k < ix->e[i].k)
				ix->e[i].k = ix->e[i - 1].k;
		}
		bk->n++;
	}
	return NCG_OK;
}

/* The first body in index order of bucket b beginning before t0, or
 * SIZE_MAX; *many: bodies of two keys begin before it. */
static size_t
sb_first_before(const sb_index *ix, size_t b, uint32_t t0, int *many)
{
	const sb_bucket *bk = &ix->b[b];
	const sb_entry *e = ix->e + bk->first;
	size_t lo = 0, hi = bk->n, one = SIZE_MAX;

	while (lo < hi) {         /* lo: how many begin before t0 */
		size_t mid = lo + (hi - lo) / 2;

		if (e[mid].t0 < t0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*many = bk->p2 != SIZE_MAX && bk->p2 < lo;
	if (lo > 0)
		one = e[lo - 1].k;
	for (lo = 0, hi = bk->ndyn; lo < hi;) {    /* dyn's t0 fall */
		size_t mid = lo + (hi - lo) / 2;

		if (bk->dyn[mid].t0 < t0)
			hi = mid;
		else
			lo = mid + 1;
	}
	if (lo < bk->ndyn && bk->dyn[lo].k < one)
		one = bk->dyn[lo].k;
	return one;
}

static void
sb_free(sb_index *ix)
{
	for (size_t b = 0; b < ix->nb; b++)
		free(ix->b[b].dyn);
	free(ix->b);
	free(ix->e);
	ncg_strmap_free(ix->ids);
}

/* rules128: is token k a word of capitals that may end a name there: a
 * lex:activityNameStop ("TO", "A", "FOR"), a lex:modal or
 * lex:auxiliaryVerb ("WOULD", "HAS"), or no word? */
static int
caps_name_stop(const rc_ctx *rc, size_t k, size_t lim)
{
	return k >= lim || !rc_word(rc, k) || rc_wl_ci(rc, k, NCG_WL_ACTIVITY_NAME_STOP) ||
	       rc_wl_ci(rc, k, NCG_WL_MODAL) || rc_wl_ci(rc, k, NCG_WL_AUXILIARY_VERB);
}

/* rules128: in a cable in capitals, where no word's case tells a name
 * from prose: a body's head (lex:bodyHead in any case), "OF", maybe
 * "THE", and one word, with a stop word or punctuation after it, maybe
 * a country's prefix before the head ("THE ROKG MINISTRY OF JUSTICE A
 * MUTUAL ... AGREEMENT", "THE DEPARTMENT OF JUSTICE TO SIGN").  A
 * longer object cannot be told from the prose after it: none. */
static ncg_status
caps_body_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	const char *pc[2] = {NULL, NULL};
	size_t k = i, x;
	int npc;
	ncg_mention *m;

	*next = 0;
	if (!rc->cable_caps || !(rc->tok[i].flags & NCG_TF_UPPER))
		return NCG_OK;
	if ((npc = rc_country_prefix(rc, i, lim, pc, &k)) == 0)
		k = i;
	x = k + 2;
	if (x + 1 >= lim || !(rc->tok[k].flags & NCG_TF_UPPER) || !rc_wl_ci(rc, k, NCG_WL_BODY_HEAD) ||
	    !rc_wl_ci(rc, k + 1, NCG_WL_HEAD_OF))
		return NCG_OK;
	x += rc_wl_ci(rc, x, NCG_WL_DEFINITE_ARTICLE);
	if (x >= lim || !(rc->tok[x].flags & NCG_TF_UPPER) || caps_name_stop(rc, x, lim) ||
	    rc_claimed(rc, x, x + 1, RC_CLAIM_NAME | RC_CLAIM_BODY | RC_CLAIM_PLACE) ||
	    !caps_name_stop(rc, x + 1, lim) || (x + 1 < lim && rc_hyphen(rc, x + 1)))
		return NCG_OK;
	NCG_TRY(add_body(rc, s, i, x + 1, &m));
	for (int c = 0; c < npc && c < 2; c++)
		m->body.country[c] = pc[c];
	NCG_TRY(identify_body(rc, m, k, x + 1));
	if (!m->key)
		NCG_TRY(rc_key(rc, "body", m->name, &m->key));
	return rc_end_at(next, x + 1);
}

/* rules130: may a department's short name at token i stand alone in
 * sentence s: after the sentence's start (maybe a paragraph's number),
 * lex:interlocutorPreposition ("WITH COMMERCE,") or "AND" after a body's
 * head or another such name ("EMBASSY AND COMMERCE WILL"), and before
 * punctuation, a lex:modal or lex:auxiliaryVerb ("COMMERCE WILL BE
 * BUSY"), or "AND" and another such name ("COMMERCE AND STATE
 * BELIEVE")? */
static int
department_alone(const rc_ctx *rc, uint32_t s, size_t i)
{
	size_t t0 = rc->sent[s].t0, t1 = rc->sent[s].t1, p = t0;

	if (p + 1 < t1 && rc->tok[p].kind == NCG_TOK_NUMBER && rc_punct(rc, p + 1, "."))
		p += 2;
	if (!(i == p || (i > t0 && rc_wl_ci(rc, i - 1, NCG_WL_INTERLOCUTOR_PREP)) ||
	      (i > t0 + 1 && rc_wl_ci(rc, i - 1, NCG_WL_PAIR_CONJUNCTION) &&
	       (rc_wl_ci(rc, i - 2, NCG_WL_DEPARTMENT_SHORT) || rc_wl_ci(rc, i - 2, NCG_WL_BODY_HEAD)))))
		return 0;
	if (i + 1 >= t1)
		return 1;
	if (rc_punct(rc, i + 1, ",") || rc_punct(rc, i + 1, ";") || rc_punct(rc, i + 1, "."))
		return 1;
	if (rc_wl_ci(rc, i + 1, NCG_WL_MODAL) || rc_wl_ci(rc, i + 1, NCG_WL_AUXILIARY_VERB))
		return 1;
	return i + 2 < t1 && rc_wl_ci(rc, i + 1, NCG_WL_PAIR_CONJUNCTION) &&
	       rc_wl_ci(rc, i + 2, NCG_WL_DEPARTMENT_SHORT);
}

/* rules130: in a cable in capitals, a department named by its field
 * alone (lex:departmentShortName) where department_alone says it stands
 * alone: the known body labelled "Department of" and the word. */
static ncg_status
caps_department_at(rc_ctx *rc, uint32_t s, size_t i, size_t *next)
{
	const ncg_lex_entry *le;
	const char *name, *full;
	ncg_mention *m;

	*next = 0;
	if (!rc->cable_caps || !(rc->tok[i].flags & NCG_TF_UPPER) ||
	    !rc_wl_ci(rc, i, NCG_WL_DEPARTMENT_SHORT) || !department_alone(rc, s, i))
		return NCG_OK;
	NCG_TRY(rc_span(rc, i, i + 1, &name));
	NCG_TRY(rc_printf(rc, &full, "Department of %s", name));
	if (!(le = ncg_lexicon_by_wording(rc->lex, NCG_LEX_BODY, full, strlen(full))))
		return NCG_OK;
	NCG_TRY(add_body(rc, s, i, i + 1, &m));
	m->lex = le;
	m->key = le->key;
	set_countries_from_entry(m->body.country, le);
	return rc_end_at(next, i + 1);
}

/* rules128: caps_body_at over sentence s, before the other rules read
 * it (their runs of capitals take the whole line). */
static ncg_status
caps_bodies(rc_ctx *rc, uint32_t s)
{
	const ncg_sentence *st = &rc->sent[s];

	for (size_t i = st->t0; rc->cable_caps && i < st->t1;) {
		size_t e = 0;

		if (!rc_claimed(rc, i, i + 1, RC_CLAIM_BODY))
			NCG_TRY(caps_body_at(rc, s, i, st->t1, &e));
		if (!e && !rc_claimed(rc, i, i + 1, RC_CLAIM_BODY))
			NCG_TRY(caps_department_at(rc, s, i, &e));
		i = e > i ? e : i + 1;
	}
	return NCG_OK;
}

/* rules30: a known body of no state named bare ("the Joint Chiefs of
 * Staff") in a statement that names one state's body of that name ("U.S.,
 * Korean Joint Chiefs of Staff chairmen meet") before it, and no other
 * state's: it is that one.  With two states' bodies so named, or the
 * state's named only after it, it stays.  A body so resolved is one more
 * state's body for those after it; its key is that of one before it, so
 * it changes which comes first, never whether two keys do. */
static ncg_status
resolve_stateless_bodies(rc_ctx *rc)
{
	sb_index ix = { ncg_strmap_new(), NULL, 0, 0, NULL, 0, 0 };
	ncg_status st = ix.ids ? sb_build(rc, &ix) : NCG_ERR_NOMEM;

	for (size_t k = 0; st == NCG_OK && k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		const char *bare = m->lex && m->lex->label ? m->lex->label : m->name;
		sb_entry en = { 0, m->t0, (uint32_t)k };
		size_t b, one;
		int many;

		if (m->kind != NCG_M_BODY || !bare || (m->lex && m->lex->country.n) ||
		    m->body.country[0] || m->body.part_of || m->body.acronym ||
		    (b = sb_bucket_of(&ix, bare)) == SIZE_MAX ||
		    (one = sb_first_before(&ix, b, m->t0, &many)) == SIZE_MAX || many)
			continue;
		m->key = rc->m[one].key;
		m->lex = rc->m[one].lex;
		m->body.country[0] = rc->m[one].body.country[0];
		st = sb_endings(&ix, m->lex->label, 0, sb_add_dyn, &en);
	}
	sb_free(&ix);
	return st;
}

/* rules253: may token k name the place of a place-named body (a
 * capitalised word, not in capitals -- "USAG DAEGU, South Korea --" is a
 * dateline -- nor a title's, rank's, body's head, month or weekday), the
 * word after it no other capitalised name word ("USAG Daegu Commander
 * Col. ..." ends it; "USAG-Yongsan Community Relations Officer" is
 * left)? */
static int
garrison_place_at(const rc_ctx *rc, size_t k, size_t lim)
{
	static const ncg_wordlist STOP[] = {
		NCG_WL_TITLE_HEAD, NCG_WL_TITLE_WORD, NCG_WL_OFFICE, NCG_WL_MILITARY_RANK,
		NCG_WL_BODY_HEAD
	};

	if (k >= lim || !rc_cap(rc, k) || (rc->tok[k].flags & NCG_TF_UPPER) ||
	    rc_month_at(rc, k) || rc_weekday_at(rc, k))
		return 0;
	for (size_t w = 0; w < sizeof STOP / sizeof STOP[0]; w++)
		if (rc_wl(rc, k, STOP[w]))
			return 0;
	if (k + 1 < lim && rc_cap(rc, k + 1) && !rc_month_at(rc, k + 1)) {
		for (size_t w = 0; w < sizeof STOP / sizeof STOP[0]; w++)
			if (rc_wl(rc, k + 1, STOP[w]))
				return 1;
		return 0;
	}
	return 1;
}

/* rules253: the offset in token j of a hyphen that ends a place-named
 * body's name (lex:placeNamedBody) begun at token i and joins it to the
 * place ("USAG-Humphreys", "U.S. Army Garrison-Yongsan"), or 0. */
static size_t
hyphen_joined_name(const rc_ctx *rc, size_t i, size_t j)
{
	char buf[64];
	size_t n = 0, b = rc->tok[j].b, e = rc->tok[j].e, h = b;

	while (h < e && rc->s[h] != '-')
		h++;
	if (h == b || h + 1 >= e || rc->s[h + 1] < 'A' || rc->s[h + 1] > 'Z')
		return 0;
	for (size_t k = i; k <= j; k++) {
		size_t ke = k == j ? h : rc->tok[k].e, kl = ke - rc->tok[k].b;

		if (n + kl + 1 >= sizeof buf)
			return 0;
		if (k > i && (rc->tok[k].flags & NCG_TF_SPACE))
			buf[n++] = ' ';
		memcpy(buf + n, rc->s + rc->tok[k].b, kl);
		n += kl;
	}
	return ncg_lexicon_has_word(rc->lex, NCG_WL_PLACE_NAMED_BODY, buf, n) ? h - b : 0;
}

/* rules253: the body a lex:placeNamedBody phrase names with the place
 * after it: a U.S. Army garrison ("United States Army Garrison Daegu held
 * the ... Ceremony", army.mil; "Camp Market is one of nine installations
 * in U.S. Army Garrison-Yongsan"; "United States Army Garrison (USAG)
 * Yongsan-Casey Commander Col. Lloyd Brown", DVIDS; "USAG-Humphreys",
 * "USAG Daegu Commander").  One body per place, whatever the wording:
 * keyed by the list's first phrase and the place.  Not "YONGSAN
 * GARRISON, Seoul" nor "USAG DAEGU, South Korea --" (datelines). */
static ncg_status
garrison_body_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	size_t e = rc_wl_match(rc, i, lim, NCG_WL_PLACE_NAMED_BODY, 1), k = e, h = 0;
	const char *place, *full;
	ncg_mention *m;

	*next = 0;
	if (e == 0) {
		for (size_t j = i; j < lim && j < i + 4 && !h; j++)
			if ((h = hyphen_joined_name(rc, i, j)) != 0)
				k = j;
		if (!h || !garrison_place_at(rc, k, lim))
			return NCG_OK;
		NCG_TRY(rc_span(rc, k, k + 1, &place));
		place += h + 1;
	} else {
		if (k + 3 < lim && rc_punct(rc, k, "(") && rc_punct(rc, k + 2, ")"))
			k += 3;
		k += k < lim && rc_hyphen(rc, k);
		if (!garrison_place_at(rc, k, lim))
			return NCG_OK;
		NCG_TRY(rc_span(rc, k, k + 1, &place));
	}
	NCG_TRY(add_body(rc, s, i, k + 1, &m));
	NCG_TRY(rc_printf(rc, &full, "%s %s",
	                  ncg_lexicon_words(rc->lex, NCG_WL_PLACE_NAMED_BODY)->v[0], place));
	NCG_TRY(rc_key(rc, "body", full, &m->key));
	return rc_end_at(next, k + 1);
}

/* Does another state's body in the text bear the name `name` ends with
 * ("Vietnam's Defense Ministry" beside "India's Defense Ministry")?
 * fix110b: only a body of a known other state: a stateless repeat ("The
 * Industry Ministry added" after "Korea's Industry Ministry said") is
 * the same body, not another state's. */
static int
other_state_bears(const rc_ctx *rc, const ncg_mention *m, const char *name)
{
	size_t n = strlen(name);

	for (size_t k = 0; k < rc->nm; k++) {
		const ncg_mention *o = &rc->m[k];
		size_t on = o->name ? strlen(o->name) : 0;

		if (o->kind == NCG_M_BODY && o != m && on >= n &&
		    strcmp(o->name + on - n, name) == 0 && (on == n || o->name[on - n - 1] == ' ') &&
		    o->body.country[0] && m->body.country[0] &&
		    strcmp(o->body.country[0], m->body.country[0]) != 0)
			return 1;
	}
	return 0;
}

/* rules274: a portfolio ministry's short name (add_grammar_body) names
 * it only when no other state's body bears it: "India's Defense
 * Ministry ... Vietnam's Defense Ministry" keep no "Defense Ministry"
 * (fix89, rules62). */
static void
shared_short_names(rc_ctx *rc)
{
	for (size_t k = 0; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];

		if (m->kind == NCG_M_BODY && !m->lex && portfolio_short_name(rc, m->body.short_name) &&
		    other_state_bears(rc, m, m->body.short_name))
			m->body.short_name = NULL;
	}
}

/* rules320: the one body x other than m named "<head> of <field>" at its
 * name's end (ends_with_words), alone ("Department of Justice") or after
 * words of its own ("U.S. Department of Justice"); NULL when none, or
 * bodies of two keys.
 * Of m's state when m names one; when m names none (fix150, review123
 * 1), of a state that writes the inverted name for its own bodies
 * (lex:invertedBodyState), or a bare name of no state: not "the
 * Philippine" or "the California Department of Justice". */
static const ncg_mention *
inverted_body_of(const rc_ctx *rc, const ncg_mention *m, const char *full, const char *state)
{
	const ncg_mention *only = NULL;
	size_t n = strlen(full);
	const char *c;

	for (size_t k = 0; k < rc->nm; k++) {
		const ncg_mention *x = &rc->m[k];

		if (x == m || x->kind != NCG_M_BODY || !x->key || !x->name ||
		    !ends_with_words(x->name, strlen(x->name), full, n))
			continue;
		if (only && strcmp(only->key, x->key) != 0)
			return NULL;
		only = x;
	}
	if (!only)
		return NULL;
	c = only->body.country[0];
	if (state)
		return c && strcmp(c, state) == 0 ? only : NULL;
	if (c ? !ncg_lexicon_has_word(rc->lex, NCG_WL_INVERTED_BODY_STATE, c, strlen(c))
	      : strlen(only->name) > n)
		return NULL;
	return only;
}

/* rules320: "the Justice Department's Antitrust Division" in a statement
 * that names "the U.S. Department of Justice": a grammar body named by
 * one capitalised field word before its head (lex:invertedBodyHead),
 * after a state's name or none, is the one body named by the head, "of"
 * and the field (inverted_body_of). */
static ncg_status
resolve_inverted_bodies(rc_ctx *rc)
{
	for (size_t k = 0; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		const char *keys[2] = {NULL, NULL}, *field, *head, *full;
		const ncg_mention *x;
		size_t e = m->t0;

		if (m->kind != NCG_M_BODY || m->lex || !m->key || m->t1 < m->t0 + 2 ||
		    !rc_wl(rc, m->t1 - 1, NCG_WL_INVERTED_BODY_HEAD) || !rc_cap(rc, m->t1 - 2))
			continue;
		if (m->t1 > m->t0 + 2 && (rc_country_prefix(rc, m->t0, m->t1, keys, &e) != 1 ||
		                          e != m->t1 - 2))
			continue;
		NCG_TRY(rc_span(rc, m->t1 - 2, m->t1 - 1, &field));
		NCG_TRY(rc_span(rc, m->t1 - 1, m->t1, &head));
		NCG_TRY(rc_printf(rc, &full, "%s of %s", head, field));
		if (!(x = inverted_body_of(rc, m, full, keys[0])))
			continue;
		m->key = x->key;
		m->lex = x->lex;
		/* fix150 (review123 3): the full name is the label, the
		 * inverted wording another */
		if (!x->lex) {
			if (!m->body.short_name)
				m->body.short_name = m->name;
			m->name = x->name;
		}
		if (!m->body.acronym)
			m->body.acronym = x->body.acronym;
		m->body.part_of = x->body.part_of;
		m->body.country[0] = x->body.country[0];
		m->body.country[1] = x->body.country[1];
	}
	return NCG_OK;
}

ncg_status
rc_bodies(rc_ctx *rc)
{
	for (int pass = 0; pass < 2; pass++) {
		if (pass == 1)
			NCG_TRY(acronym_bodies(rc));
		for (size_t s = 0; s < rc->nsent; s++) {
			const ncg_sentence *st = &rc->sent[s];

			if (!rc->body_sent[s] || (pass == 1 && breadcrumb_sentence(rc, (uint32_t)s)))
				continue;
			if (pass == 1 && section_heading(rc, &ncg_doc_blocks(rc->doc)[st->block]))
				continue;
			if (pass == 1)
				NCG_TRY(caps_bodies(rc, (uint32_t)s));
			for (size_t i = st->t0; i < st->t1;) {
				size_t e = 0;

				if (pass == 0) {
					/* fix84 (review83): the lexicon's
					 * bodies only; no pass 1 frame after a
					 * garrison */
					NCG_TRY(garrison_body_at(rc, (uint32_t)s, i, st->t1, &e));
					if (!e)
						NCG_TRY(lexicon_body_at(rc, (uint32_t)s, i, st->t1, &e));
				} else if (rc_wl_ci(rc, i, NCG_WL_DEFINITE_ARTICLE))
					NCG_TRY(lower_head_body_at(rc, (uint32_t)s, i, st->t1, &e));
				else if (rc_wl(rc, i, NCG_WL_COMPANY_NOUN) ||
				         rc_wl_match(rc, i, st->t1, NCG_WL_COMPANY_PEOPLE_CUE, 1))
					NCG_TRY(company_bodies_at(rc, (uint32_t)s, i, st->t1, &e));
				if (pass == 1 && !e &&
				    (rc_cap(rc, i) || (rc->tok[i].flags & NCG_TF_UPPER) ||
				     numbered_unit_at(rc, i, st->t1)) &&
				    !rc_claimed(rc, i, i + 1, RC_CLAIM_BODY)) {
					if (tag_list_at(rc, i, st->t1))
						break;
					NCG_TRY(service_body_at(rc, (uint32_t)s, i, st->t1, &e));
					if (!e)
						NCG_TRY(city_body_at(rc, (uint32_t)s, i, st->t1, &e));
					if (!e)
						NCG_TRY(company_head_body_at(rc, (uint32_t)s, i, st->t1, &e));
					if (!e)
						NCG_TRY(other_companies_at(rc, (uint32_t)s, i, st->t1, &e));
					if (!e)
						NCG_TRY(grammar_body_at(rc, (uint32_t)s, i, st->t1, &e));
				}
				i = e > i ? e : i + 1;
			}
		}
	}
	NCG_TRY(series_acronym_bodies(rc));
	shared_short_names(rc);
	NCG_TRY(resolve_generic_bodies(rc));
	NCG_TRY(resolve_stateless_bodies(rc));
	NCG_TRY(resolve_meeting_bodies(rc));
	key_bodies_again(rc);
	resolve_bracketed_bodies(rc);
	NCG_TRY(resolve_prefixed_bodies(rc));
	return resolve_inverted_bodies(rc);
}

/* ---- the page head: title, publisher, dateline ----------------------------------- */

/* A headline cut short: "... on Sidelines of Shangri-La Dialogu...". */
static int
truncated(const rc_ctx *rc, const ncg_block *b)
{
	return b->t1 >= b->t0 + 3 && rc_punct(rc, b->t1 - 1, ".") && rc_punct(rc, b->t1 - 2, ".") &&
	       rc_punct(rc, b->t1 - 3, ".");
}

static int
title_like(const rc_ctx *rc, const ncg_block *b)
{
	size_t words = 0, caps = 0;

	for (size_t i = b->t0; i < b->t1; i++) {
		if (!rc_word(rc, i))
			continue;
		if (++words > 40)
			return 0;       /* no title: stop (a long paragraph, read per mention) */
		if (rc_cap(rc, i) || (rc->tok[i].flags & NCG_TF_UPPER) ||
		    rc->tok[i].kind == NCG_TOK_NUMBER)
			caps++;
	}
	/* "... provided the following readout:" introduces, it is no title */
	return words >= 3 && words <= 40 && caps * 2 >= words &&
	       (!rc_punct(rc, b->t1 - 1, ".") || truncated(rc, b)) && !rc_punct(rc, b->t1 - 1, ":");
}

/* The first block of prose: not a banner, not a truncated headline. */
static size_t
first_prose_block(const rc_ctx *rc)
{
	const ncg_block *blk = ncg_doc_blocks(rc->doc);
	size_t nb = ncg_doc_nblocks(rc->doc);

	for (size_t b = 0; b < nb; b++)
		if (blk[b].prose && rc->furniture[b] != RC_BANNER &&
		    !(truncated(rc, &blk[b]) && title_like(rc, &blk[b])))
			return b;
	return nb;
}

/* Is the head line bk one body's name ("The White House", "U.S.
 * Department of Defense")?  The first such line is the publisher. */
static int
publisher_line(rc_ctx *rc, const ncg_block *bk)
{
	int is = 0;

	for (size_t k = 0; k < rc->nm; k++) {
		const ncg_mention *m = &rc->m[k];
		size_t t0 = bk->t0;

		if (rc_is(rc, t0, "The") && m->t0 == t0 + 1)
			t0++;
		if (m->kind != NCG_M_BODY || m->t0 != t0 || m->t1 != bk->t1)
			continue;
		if (rc->publisher < 0)
			rc->publisher = (long)k;
		is = 1;
	}
	return is;
}

/* Does the page store's "date 2024-06-10" (lex:storeDateLabel) start at
 * token t? */
static int
store_date_at(const rc_ctx *rc, size_t t, size_t lim)
{
	return rc_wl(rc, t, NCG_WL_STORE_DATE_LABEL) && t + 1 < lim &&
	       rc->tok[t + 1].kind == NCG_TOK_NUMBER;
}

/* rules85: does the head line bk label its date as no issue date
 * (lex:noIssueDateLabel then ":", "E.O. 12958: DECL: 02/13/2017")? */
static int
no_issue_date_line(const rc_ctx *rc, const ncg_block *bk)
{
	for (size_t i = bk->t0; i + 1 < bk->t1; i++) {
		size_t e = rc_wl_match(rc, i, bk->t1, NCG_WL_NO_ISSUE_DATE_LABEL, 1);

		if (e && e < bk->t1 && rc_punct(rc, e, ":"))
			return 1;
	}
	return 0;
}

/* rules135: words before a date within which an archive's cue of
 * release or print governs it */
#define RELEASE_CUE_REACH 12

/* fix42: is the lower-case word j between two capitalised words, inside
 * a name ("Department of State")? */
static int
name_inner_word(const rc_ctx *rc, size_t j)
{
	return j > 0 && (rc_cap(rc, j - 1) || (rc->tok[j - 1].flags & NCG_TF_UPPER)) &&
	       (rc_cap(rc, j + 1) || (j + 1 < rc->ntok && (rc->tok[j + 1].flags & NCG_TF_UPPER)));
}

/* fix42: is the lower-case word j inside a lex:releaseDateCue that
 * starts at most three words before it ("Approved for Release")? */
static int
release_cue_covers(const rc_ctx *rc, size_t j, size_t t0)
{
	for (size_t c = j; c > 0 && j - c < 3; c--)
		if (rc_wl_match(rc, c - 1, t0, NCG_WL_RELEASE_DATE_CUE, 0) > j)
			return 1;
	return 0;
}

/* rules135: is the date at token t0 an archive's date of release or
 * print: a lex:releaseDateCue ends within RELEASE_CUE_REACH tokens
 * before it (its first word), with no number, full stop or (fix42)
 * lower-case word between ("Declassified Released US Department of State
 * EO Systematic Review 06 JUL 2006", "Document Creation Date: / December
 * 23, 2016"; not a headline's "Declassified files add to the debate ..."
 * over the date line after it)? */
static int
release_date_at(const rc_ctx *rc, size_t t0)
{
	for (size_t k = t0; k > 0 && t0 - k < RELEASE_CUE_REACH; k--) {
		size_t j = k - 1;

		if (rc->tok[j].kind == NCG_TOK_NUMBER ||
		    (rc_punct(rc, j, ".") && !(rc->tok[j].flags & NCG_TF_DOTTED)))
			return 0;
		if (rc_wl_match(rc, j, t0, NCG_WL_RELEASE_DATE_CUE, 0))
			return 1;
		if (rc_lower(rc, j) && !name_inner_word(rc, j) && !release_cue_covers(rc, j, t0))
			return 0;
	}
	return 0;
}

/* Is the head line bk a dateline?  The first day date of the head is the
 * issue date; the publisher's own date line outranks the page store's
 * "date 2015-04-10" prefix (a crawl date, not the issue's).  A line
 * that labels its date as no issue date gives none, and is no title. */
static ncg_status
head_dateline(rc_ctx *rc, const ncg_block *bk, int *dated)
{
	size_t before = rc->nm;

	*dated = 0;
	NCG_TRY(rc_dates_in(rc, bk->s0, bk->t0, bk->t1));
	if (no_issue_date_line(rc, bk)) {
		*dated = 1;
		return NCG_OK;
	}
	for (size_t k = before; k < rc->nm; k++)
		if (rc->m[k].kind == NCG_M_DATE && rc->m[k].date.prec == NCG_PREC_DAY) {
			if (release_date_at(rc, rc->m[k].t0))
				continue;
			/* rules315: a page's dotted date (DVIDS: the day a
			 * photo was taken, U.S. time, a day before the Korean
			 * day it tells of) is no issue date over the store's */
			if (!rc->head.issued_y ||
			    (rc->head.issued_by_store && !store_date_at(rc, bk->t0, bk->t1) &&
			     !rc_dotted_page_date(rc, rc->m[k].t0))) {
				rc->head.issued_y = rc->m[k].date.y;
				rc->head.issued_m = rc->m[k].date.m;
				rc->head.issued_d = rc->m[k].date.d;
				rc->head.issued_by_store = store_date_at(rc, bk->t0, bk->t1);
				rc->head.dateline_b = bk->b;
				rc->head.dateline_e = bk->e;
			}
			*dated = 1;
		}
	return NCG_OK;
}

/* Does the head line b appear twice before the prose (a page's title and
 * its headline)? */
static int
repeated_line(const rc_ctx *rc, size_t b, size_t first_prose)
{
	const ncg_block *blk = ncg_doc_blocks(rc->doc);

	for (size_t o = 0; o < first_prose; o++)
		if (o != b && blk[o].e - blk[o].b == blk[b].e - blk[b].b &&
		    memcmp(rc->s + blk[o].b, rc->s + blk[b].b, blk[b].e - blk[b].b) == 0)
			return 1;
	return 0;
}

static ncg_status prose_issue_date(rc_ctx *rc, const ncg_block *bk);

/* The head of the statement, the lines before its prose: the publisher,
 * the dateline (issue date), and the title (the first repeated headline,
 * else the last headline). */
ncg_status
rc_head(rc_ctx *rc)
{
	const ncg_block *blk = ncg_doc_blocks(rc->doc);
	size_t nb = ncg_doc_nblocks(rc->doc), first_prose = first_prose_block(rc), best = nb;
	int best_twice = 0;

	for (size_t b = 0; b < first_prose; b++) {
		const ncg_block *bk = &blk[b];
		int dated;

		if (bk->t1 <= bk->t0 || rc->furniture[b] == RC_BANNER ||
		    ncg_lexicon_has_word_ci(rc->lex, NCG_WL_FURNITURE, rc->s + bk->b, bk->e - bk->b) ||
		    publisher_line(rc, bk))
			continue;
		NCG_TRY(head_dateline(rc, bk, &dated));
		/* fix82 (review80): a line opening with a release's label
		 * ("Media Note Office of the Spokesperson") is no title */
		if (dated || !title_like(rc, bk) || release_label_end(rc, bk->t0, bk->t1) > bk->t0)
			continue;
		if (!best_twice) {
			best = b;
			best_twice = repeated_line(rc, b, first_prose);
		}
	}
	if (best < nb) {
		rc->head.has_title = 1;
		rc->head.title_b = blk[best].b;
		rc->head.title_e = blk[best].e;
	}
	if (!rc->head.issued_y && first_prose < nb)
		NCG_TRY(prose_issue_date(rc, &blk[first_prose]));
	return NCG_OK;
}

/* ---- places and countries ---------------------------------------------------------- */

/* Does a capitalised name that heads a document, body, title or (rules172)
 * firm start at token i ("Washington Declaration", "ROK Deputy Minister",
 * "Tokyo Electric Power Company")?  Then a place just before it is a
 * modifier, not a place mentioned. */
static int
modifies_name(const rc_ctx *rc, size_t i, size_t lim)
{
	for (size_t j = i; j < lim && rc_cap(rc, j) && rc_adjacent(rc, j) == 0; j++)
		if (rc_wl(rc, j, NCG_WL_DOCUMENT_HEAD) || rc_wl(rc, j, NCG_WL_BODY_HEAD) ||
		    rc_wl(rc, j, NCG_WL_TITLE_HEAD) || rc_wl(rc, j, NCG_WL_FIRM_HEAD))
			return 1;
	return 0;
}

/* A dateline's dash: an em or en dash, or a hyphen with white space
 * before or after it ("SEOUL (AP) --", "Seoul, Dec 16 (EFE).-"). */
static int
dateline_dash(const rc_ctx *rc, size_t i)
{
	return rc_punct(rc, i, "\xE2\x80\x94") || rc_punct(rc, i, "\xE2\x80\x93") ||
	       (rc_punct(rc, i, "-") &&
	        ((rc->tok[i].flags & NCG_TF_SPACE) || !rc_adjacent(rc, i + 1)));
}

/* rules199: "TAIPEI (Taiwan News) \u2014": the agency in brackets after
 * a dateline's place may be of several capitalised words (up to four);
 * the token after the ")" that closes it at j, or 0; fixAA: not a
 * photo's credit ("(AP Photo)", lex:photoCreditWord). */
static size_t
bracketed_agency_end(const rc_ctx *rc, size_t j, size_t lim)
{
	size_t k = j + 1;

	if (!rc_punct(rc, j, "("))
		return 0;
	while (k < lim && k < j + 5 && rc_cap(rc, k))
		if (rc_wl_ci(rc, k++, NCG_WL_PHOTO_CREDIT_WORD))
			return 0;
	return k > j + 1 && k < lim && rc_punct(rc, k, ")") ? k + 1 : 0;
}

/* The sentence of block bk that holds token t. */
static uint32_t
sentence_at(const rc_ctx *rc, const ncg_block *bk, size_t t)
{
	uint32_t s = bk->s0;

	while (s + 1 < bk->s1 && rc->sent[s].t1 <= t)
		s++;
	return s;
}

/* The dateline's place [t0, e) of block bk, its city's words ending at
 * j: a mention, remembered as the dateline's. */
static ncg_status
dateline_add(rc_ctx *rc, const ncg_block *bk, size_t t0, size_t j, size_t e, int *found)
{
	const unsigned whats = (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) |
	                       (1u << NCG_LEXW_ACRONYM);
	const ncg_lex_wording *w;
	ncg_mention *m;

	w = rc_lex_longest(rc, t0, j, (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_COUNTRY), whats,
	                   &(size_t){0});
	NCG_TRY(rc_add(rc, w && w->entry->kind == NCG_LEX_COUNTRY ? NCG_M_COUNTRY
	                                                           : NCG_M_PLACE,
	               sentence_at(rc, bk, t0), t0, e, &m));
	NCG_TRY(rc_span(rc, t0, e, &m->name));
	if (w) {
		m->lex = w->entry;
		m->key = w->entry->key;
		set_countries_from_entry(m->place.country, w->entry);
	} else {
		NCG_TRY(rc_key(rc, "place", m->name, &m->key));
	}
	rc_claim(rc, t0, e, RC_CLAIM_PLACE);
	rc->dateline_place = (long)(m - rc->m);
	*found = 1;
	return NCG_OK;
}

/* rules102: "Washington, DC \u2013 U.S. Senator Max Baucus ...", "Gallatin
 * Gateway, MT \u2013 ...", "Seoul, South Korea \u2013 Today, ..."
 * (congressional press releases): a dateline in title case.  One to
 * TITLE_DATELINE_WORDS capitalised words (none in capitals), a comma, a
 * region (a postal code of two capitals, a news-style state of
 * lex:datelineRegion, or a country of the lexicon), then a dash.  The
 * place's end (the dash), *j the comma; or 0. */
#define TITLE_DATELINE_WORDS 3
static size_t
title_dateline(const rc_ctx *rc, const ncg_block *bk, size_t t0, size_t *j)
{
	const unsigned whats = (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT);
	size_t c = t0, r, end = 0;

	while (c < bk->t1 && c - t0 < TITLE_DATELINE_WORDS && rc_cap(rc, c) &&
	       !(rc->tok[c].flags & (NCG_TF_UPPER | NCG_TF_DOTTED)))
		c++;
	if (c == t0 || c + 2 >= bk->t1 || !rc_punct(rc, c, ",") || !rc_cap(rc, c + 1))
		return 0;
	r = c + 1;
	if ((rc->tok[r].flags & NCG_TF_UPPER) && rc->tok[r].e - rc->tok[r].b == 2)
		end = r + 1;
	else if ((end = rc_wl_match(rc, r, bk->t1, NCG_WL_DATELINE_REGION, 1)) == 0 &&
	         rc_lex_longest(rc, r, bk->t1, 1u << NCG_LEX_COUNTRY, whats, &end) == NULL)
		return 0;
	if (end >= bk->t1 || !dateline_dash(rc, end))
		return 0;
	*j = c;
	return end;
}

/* rules141: "Seoul -- Secretary of Defense Richard Cheney confirmed ..."
 * (USIA wireless file, after its "(Transcript: ...)" line): a place of
 * the lexicon in title case, whole, then a dateline's dash and a
 * capitalised word (review43: or a quotation opening on one: 'Seoul --
 * "We had a good meeting," ...'), not another place or country ("Seoul
 * – Washington ties": the dash joins two cities).  The place's end, or 0. */
static size_t
title_place_dash(const rc_ctx *rc, const ncg_block *bk, size_t t0)
{
	const unsigned whats = (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) |
	                       (1u << NCG_LEXW_ACRONYM);
	size_t end = 0, n;

	if (!rc_cap(rc, t0) || (rc->tok[t0].flags & NCG_TF_UPPER) ||
	    !rc_lex_longest(rc, t0, bk->t1, 1u << NCG_LEX_PLACE, 1u << NCG_LEXW_LABEL, &end) ||
	    end >= bk->t1 || !dateline_dash(rc, end))
		return 0;
	n = end + 1 + rc_punct(rc, end + 1, "-");
	n += rc_double_quote(rc, n);
	if (!rc_cap(rc, n) ||
	    rc_lex_longest(rc, n, bk->t1, (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_COUNTRY), whats,
	                   &(size_t){0}))
		return 0;
	return end;
}

/* rules257: "Washington, Jun 11 (Representative) The United States and
 * Japan have launched ..." (e2india), "Seoul, May 21 (Jiji Press)--"
 * (Jiji), "Seoul, Dec 16 (EFE).-" (EFE): a wire's dateline in title
 * case.  A place of the lexicon in title case, a comma, a month and a day
 * of one or two digits (a year may follow after a comma), the agency in
 * brackets (bracketed_agency_end), then the dateline's dash (after a full
 * stop or not) or the prose's capitalised first word.  The place's end,
 * or 0. */
static size_t
title_wire_dateline(const rc_ctx *rc, const ncg_block *bk, size_t t0)
{
	const unsigned whats = (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT);
	size_t end = 0, k, a;

	if (!rc_cap(rc, t0) || (rc->tok[t0].flags & NCG_TF_UPPER) ||
	    !rc_lex_longest(rc, t0, bk->t1, 1u << NCG_LEX_PLACE, whats, &end) ||
	    end + 4 >= bk->t1 || !rc_punct(rc, end, ",") || !rc_month_at(rc, end + 1))
		return 0;
	k = end + 2 + rc_punct(rc, end + 2, ".");
	if (k >= bk->t1 || rc->tok[k].kind != NCG_TOK_NUMBER || rc->tok[k].e - rc->tok[k].b > 2)
		return 0;
	k++;
	if (k + 1 < bk->t1 && rc_punct(rc, k, ",") && rc->tok[k + 1].kind == NCG_TOK_NUMBER &&
	    rc->tok[k + 1].e - rc->tok[k + 1].b == 4)
		k += 2;
	if ((a = bracketed_agency_end(rc, k, bk->t1)) == 0 || a >= bk->t1)
		return 0;
	a += rc_punct(rc, a, ".") && a + 1 < bk->t1;
	return dateline_dash(rc, a) || (rc_cap(rc, a) && !(rc->tok[a].flags & NCG_TF_LINE)) ? end : 0;
}

/* A dateline starting at token t0 of block bk: "SEOUL, July 18 (Yonhap)
 * --", "CAMP H.M. SMITH, Hawaii —", "WASHINGTON, June 10, 2024 —".  Its
 * place becomes a mention, remembered as the dateline's; *found says
 * whether there was one. */
static ncg_status
dateline_at(rc_ctx *rc, const ncg_block *bk, size_t t0, int *found)
{
	const unsigned whats = (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) |
	                       (1u << NCG_LEXW_ACRONYM);
	size_t j = t0, e, dash, agency;

	*found = 0;
	while (j < bk->t1 && j - t0 < 5 && (rc->tok[j].flags & NCG_TF_UPPER))
		j++;
	if (j == t0 && (e = title_dateline(rc, bk, t0, &j)) != 0)
		return dateline_add(rc, bk, t0, j, e, found);
	if (j == t0 && (e = title_place_dash(rc, bk, t0)) != 0)
		return dateline_add(rc, bk, t0, e, e, found);
	if (j == t0 && (e = title_wire_dateline(rc, bk, t0)) != 0)
		return dateline_add(rc, bk, t0, e, e, found);
	/* "WASHINGTON --", "SEOUL (AP) --" with no comma: a known place */
	agency = bracketed_agency_end(rc, j, bk->t1);
	if (j > t0 && !rc_punct(rc, j, ",") &&
	    (dateline_dash(rc, j) || (agency && dateline_dash(rc, agency))) &&
	    !rc_lex_longest(rc, t0, j, (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_COUNTRY), whats,
	                    &(size_t){0}))
		return NCG_OK;
	if (j == t0 || !(rc_punct(rc, j, ",") || dateline_dash(rc, j) || rc_punct(rc, j, "(")))
		return NCG_OK;
	for (dash = j; dash < bk->t1 && dash < j + 12; dash++)
		if (dateline_dash(rc, dash))
			break;
	if (dash >= bk->t1 || dash >= j + 12 || rc_claimed(rc, t0, j, RC_CLAIM_BODY) ||
	    (!rc_punct(rc, j, ",") && dash > j + 3 && dash != agency))
		return NCG_OK;
	/* "CAMP H.M. SMITH, Hawaii": the state or country after the comma */
	e = j;
	if (rc_cap(rc, j + 1) && !rc_month_at(rc, j + 1) && j + 2 <= dash &&
	    (rc_punct(rc, j + 2, "\xE2\x80\x94") || rc_punct(rc, j + 2, "\xE2\x80\x93") ||
	     rc_punct(rc, j + 2, "-") || rc_punct(rc, j + 2, ",")))
		e = j + 2;
	return dateline_add(rc, bk, t0, j, e, found);
}

/* review94: Yonhap's and Reuters' day between the place and the agency
 * ("By Kim Soo-yeon Yonhap Reporter SEOUL, May 3 (Yonhap) --"): a comma,
 * a month ("May", "Dec.") and a day's figures from j.  Their end, or j. */
static size_t
agency_day_end(const rc_ctx *rc, size_t j, size_t t1)
{
	size_t k = j + 2;

	if (k >= t1 || !rc_punct(rc, j, ",") || !rc_month_at(rc, j + 1))
		return j;
	if (rc_punct(rc, k, "."))
		k++;
	return k < t1 && rc->tok[k].kind == NCG_TOK_NUMBER ? k + 1 : j;
}

/* rules269: "AP Business Writer= TOKYO (AP) \u2014 U.S. Energy
 * Secretary ..." (AP copy on a newspaper's page): a byline's words
 * before the wire's dateline in the block's first tokens.  The dateline
 * is told by its own frame: a run of words in capitals (a lexicon place,
 * dateline_at checks), a day maybe (agency_day_end), the agency in
 * brackets (bracketed_agency_end) and the dateline's dash.  Its first
 * token, or 0.  The byline is at most two writers' names: "By", two
 * names of up to four tokens each ("Kim Soo-yeon" is four), "and", a
 * comma and the agency's three words of their title ("By Kim Soo-yeon
 * and Lee Ji-hyun, Yonhap Senior Reporters SEOUL, May 3 (Yonhap) --"):
 * 15 tokens, the dateline at the 16th; the frame after, not this
 * bound, tells a dateline. */
#define BYLINE_TOKENS 16
static size_t
agency_dateline_after_byline(const rc_ctx *rc, const ncg_block *bk, size_t t0)
{
	for (size_t i = t0 + 1; i < bk->t1 && i <= t0 + BYLINE_TOKENS; i++) {
		size_t j = i, a;

		if (rc_punct(rc, i, ".") || (rc->tok[i - 1].flags & NCG_TF_UPPER))
			continue;
		while (j < bk->t1 && j - i < 5 && (rc->tok[j].flags & NCG_TF_UPPER))
			j++;
		if (j > i)
			j = agency_day_end(rc, j, bk->t1);
		if (j > i && (a = bracketed_agency_end(rc, j, bk->t1)) != 0 && a < bk->t1 &&
		    dateline_dash(rc, a))
			return i;
	}
	return 0;
}

/* rules132: "233. Telegram From the Commander in Chief ... / Seoul, July
 * 23, 1957\u20145:25 p.m." and "3. Airgram From the Embassy in Korea ... /
 * Seoul, February 5, 1964." (FRUS): a record's numbered heading line, then
 * a line opening with a known place, a comma and a full date with its
 * year: the record's dateline, its place the dateline's and its date the
 * issue date.  *found says whether there was one. */
static ncg_status
record_dateline(rc_ctx *rc, const ncg_block *bk, const ncg_block *next, int *found)
{
	const unsigned whats = (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT);
	size_t t = next->t0, p = 0, before = rc->nm;
	uint32_t s;

	*found = 0;
	if (bk->t0 + 2 >= bk->t1 || rc->tok[bk->t0].kind != NCG_TOK_NUMBER ||
	    !rc_punct(rc, bk->t0 + 1, ".") || t >= next->t1 ||
	    !rc_lex_longest(rc, t, next->t1, 1u << NCG_LEX_PLACE, whats, &p) ||
	    p + 1 >= next->t1 || !rc_punct(rc, p, ","))
		return NCG_OK;
	s = sentence_at(rc, next, p + 1);
	NCG_TRY(rc_dates_in(rc, s, p + 1, rc->sent[s].t1 < next->t1 ? rc->sent[s].t1 : next->t1));
	for (size_t k = before; k < rc->nm; k++) {
		const ncg_mention *m = &rc->m[k];

		if (m->kind != NCG_M_DATE || m->t0 != p + 1 || m->date.prec != NCG_PREC_DAY ||
		    !m->date.y)
			continue;
		rc->head.issued_y = m->date.y;
		rc->head.issued_m = m->date.m;
		rc->head.issued_d = m->date.d;
		rc->head.dateline_b = rc->tok[t].b;
		rc->head.dateline_e = rc->tok[m->t1 - 1].e;
		return dateline_add(rc, next, t, p, p, found);
	}
	return NCG_OK;
}

/* fix160 (review129 11): does the full stop at i end a news-style state
 * set off by a comma (lex:datelineRegion), no earlier than lo?
 * "MONTGOMERY, Ala., Jan. 12, 2023 -" (AP style): the dateline goes on. */
#define REGION_TOKENS 4
static int
region_stop(const rc_ctx *rc, size_t i, size_t lo)
{
	for (size_t k = i; k > lo + 1 && i - k < REGION_TOKENS; k--)
		if (rc_punct(rc, k - 1, ",") && rc_wl_match(rc, k, i + 1, NCG_WL_DATELINE_REGION, 1) == i + 1)
			return 1;
	return 0;
}

/* A head with no date line: the issue date is the first full date that
 * starts the running text, before its dateline's dash ("WASHINGTON, June
 * 10, 2024 —") or a byline's word of its date (lex:dateLineCue, "By
 * AJP Posted : July 30, 2013, 17:27 A two-day meeting ..."), or as the
 * page store's "date 2024-06-10" prefix. */
static ncg_status
prose_issue_date(rc_ctx *rc, const ncg_block *bk)
{
	size_t end = bk->t0, before = rc->nm, i;
	int dash = 0, record;

	record = 0;
	if (bk + 1 < ncg_doc_blocks(rc->doc) + ncg_doc_nblocks(rc->doc))
		NCG_TRY(record_dateline(rc, bk, bk + 1, &record));
	if (record)
		return NCG_OK;
	if (store_date_at(rc, bk->t0, bk->t1))
		end = bk->t0 + 2;
	/* the dateline runs to the first lower-case word or full stop, and
	 * has a dash: "Washington, DC—(ENEWSPF)—January 31, 2013." */
	for (i = end; i < bk->t1 && i < end + 20 && !rc_lower(rc, i) &&
	              !(rc_punct(rc, i, ".") && !(rc->tok[i].flags & NCG_TF_DOTTED) && !region_stop(rc, i, end));
	     i++)
		dash |= dateline_dash(rc, i) || rc_wl_ci(rc, i, NCG_WL_DATE_LINE_CUE);
	if (dash)
		end = i;
	for (uint32_t s = bk->s0; s < bk->s1 && rc->sent[s].t0 < end; s++)
		NCG_TRY(rc_dates_in(rc, s, rc->sent[s].t0 > bk->t0 ? rc->sent[s].t0 : bk->t0,
		                    rc->sent[s].t1 < end ? rc->sent[s].t1 : end));
	for (size_t k = before; k < rc->nm; k++)
		if (rc->m[k].kind == NCG_M_DATE && rc->m[k].date.prec == NCG_PREC_DAY &&
		    rc->m[k].date.y && !release_date_at(rc, rc->m[k].t0)) {
			rc->head.issued_y = rc->m[k].date.y;
			rc->head.issued_m = rc->m[k].date.m;
			rc->head.issued_d = rc->m[k].date.d;
			rc->head.issued_by_store = rc->m[k].t0 == bk->t0 + 1 &&
			                           store_date_at(rc, bk->t0, bk->t1);
			rc->head.dateline_b = rc->tok[bk->t0].b;
			rc->head.dateline_e = rc->tok[end - 1].e;
			break;
		}
	return NCG_OK;
}

/* rules193: "WONJU, South Korea (May 7, 2013) --", "PEARL HARBOR,
 * Hawaii (November 21, 2005) --" (army.mil, Navy releases): a full date
 * in brackets at k, "(", a month, a day of one or two digits, ",", a
 * year of four digits, ")", then the dateline's dash, stands where the
 * dash stands after the place.  Is it one? */
static int
bracket_date_dash(const rc_ctx *rc, size_t k, size_t lim)
{
	const ncg_token *t = rc->tok;

	return k + 6 < lim && rc_punct(rc, k, "(") && rc_month_at(rc, k + 1) &&
	       t[k + 2].kind == NCG_TOK_NUMBER &&
	       t[k + 2].e - t[k + 2].b <= 2 &&
	       rc_punct(rc, k + 3, ",") && t[k + 4].kind == NCG_TOK_NUMBER &&
	       t[k + 4].e - t[k + 4].b == 4 && rc_punct(rc, k + 5, ")") &&
	       dateline_dash(rc, k + 6);
}

/* rules257: "(Perry: U.S./Japan see need to stand shoulder to shoulder)
 * (500) Tokyo -- Former U.S. Secretary of Defense William Perry met ..."
 * (USIA wireless file; scm-24's "(Article on Cheney, Choi press briefing
 * of 10/08/92)  (620)" stands on a line of its own): a headline in
 * brackets, then the story's length in words in brackets (two to four
 * digits), open the block: the token after them, where its dateline may
 * stand, or 0. */
static size_t
after_headline_word_count(const rc_ctx *rc, const ncg_block *bk, size_t t0)
{
	size_t k = t0 + 1, n;

	if (!rc_punct(rc, t0, "("))
		return 0;
	while (k < bk->t1 && k < t0 + 40 && !rc_punct(rc, k, ")") && !rc_punct(rc, k, "("))
		k++;
	if (k + 4 >= bk->t1 || !rc_punct(rc, k, ")") || !rc_punct(rc, k + 1, "(") ||
	    rc->tok[k + 2].kind != NCG_TOK_NUMBER || !rc_punct(rc, k + 3, ")"))
		return 0;
	n = rc->tok[k + 2].e - rc->tok[k + 2].b;
	/* fix88: a year in brackets ("(Corrects ...) (2023)") is no count */
	if (n == 4 && (memcmp(rc->s + rc->tok[k + 2].b, "19", 2) == 0 ||
	               memcmp(rc->s + rc->tok[k + 2].b, "20", 2) == 0))
		return 0;
	return n >= 2 && n <= 4 ? k + 4 : 0;
}

/* Does a block of prose before block b hold a token t for which
 * pred(rc, t, end of its block) holds?  One scan for story_text_before
 * and meeting_told_before. */
static int
prose_before_has(const rc_ctx *rc, const ncg_block *blk, size_t b,
                 int (*pred)(const rc_ctx *, size_t, size_t))
{
	for (size_t c = 0; c < b; c++) {
		if (!blk[c].prose)
			continue;
		for (size_t t = blk[c].t0; t < blk[c].t1; t++)
			if (pred(rc, t, blk[c].t1))
				return 1;
	}
	return 0;
}

static int
lower_word(const rc_ctx *rc, size_t t, size_t end)
{
	(void)end;
	return rc_lower(rc, t);
}

/* fix88: does a block of prose before block b have a word in lower
 * case -- a story's running text, not page furniture in capitals
 * (perry's "TEXT: MAR. 10 PRESS RELEASE FROM USIS TOKYO")? */
static int
story_text_before(const rc_ctx *rc, const ncg_block *blk, size_t b)
{
	return prose_before_has(rc, blk, b, lower_word);
}

/* Is block bk's opening run of capitals [t0, j) a place or country of
 * the lexicon, whole ("TOKYO", "TAIPEI")? */
static int
caps_place_run(const rc_ctx *rc, const ncg_block *bk, size_t t0, size_t j)
{
	const unsigned whats = (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT);
	size_t end = 0;

	return j > t0 && j < bk->t1 &&
	       rc_lex_longest(rc, t0, j, (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_COUNTRY), whats,
	                      &end) && end == j;
}

static int
lower_met_or_visit(const rc_ctx *rc, size_t t, size_t end)
{
	return rc_lower(rc, t) && (rc_wl_match(rc, t, end, NCG_WL_MET_VERB, 1) ||
	                           rc_wl_match(rc, t, end, NCG_WL_VISIT_VERB, 1));
}

/* fix154: does a block of prose before block b tell a meeting or a visit
 * (a lower-case lex:metVerb or lex:visitVerb): a story already told, so
 * a later dateline opens another story ("... met with ... on Monday ...
 * / BEIJING - China's foreign ministry criticized the meeting")?  The
 * page's notice on browsers before rules326's dateline has neither. */
static int
meeting_told_before(const rc_ctx *rc, const ncg_block *blk, size_t b)
{
	return prose_before_has(rc, blk, b, lower_met_or_visit);
}

/* rules326: "TOKYO- Governor Rick Snyder today met ..." (Michigan.gov,
 * after the page's notice on browsers and the headline), "BANGKOK -
 * Adm. John C. Aquilino met ..." (Pacific Fleet, after page furniture):
 * a later block b opening with a place or country of the lexicon in
 * capitals (caps_place_run), nothing more of capitals after it, then the
 * dateline's dash with no comma before it, a capital after the dash (not
 * a list's heading, "KOREA \u2013 the two ministers condemned"), and no
 * meeting told before it (meeting_told_before).  Is block b's opening
 * run [t0, j) one? */
static int
caps_place_dash(const rc_ctx *rc, const ncg_block *blk, size_t b, size_t t0, size_t j)
{
	size_t k = j + 1;

	while (rc_punct(rc, k, "-"))   /* "BEIJING --" */
		k++;
	return caps_place_run(rc, &blk[b], t0, j) && dateline_dash(rc, j) && rc_cap(rc, k) &&
	       !meeting_told_before(rc, blk, b);
}

/* A later block opening with a dateline in capitals whose place is
 * followed by a known country or state before the dash, "OSAN AIR BASE,
 * Republic of Korea --" (DVIDS, after a photo caption or page furniture
 * that made the first block of prose), or one in title case
 * (title_dateline, title_place_dash): the first such of the next 30
 * prose blocks when the first had none. */
#define LATER_DATELINE_BLOCKS 30   /* prose blocks looked at after the first */

static ncg_status
later_dateline(rc_ctx *rc, const ncg_block *blk, size_t b)
{
	const unsigned whats = (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT);
	int found = 0, seen = 0;

	if (rc->dateline_place >= 0)
		return NCG_OK;
	for (; b < ncg_doc_nblocks(rc->doc) && seen < LATER_DATELINE_BLOCKS && !found; b++) {
		size_t t0 = blk[b].t0, j = t0, dash, end = 0, h;

		if (!blk[b].prose)
			continue;
		seen++;
		while (j < blk[b].t1 && j - t0 < 5 && (rc->tok[j].flags & NCG_TF_UPPER))
			j++;
		/* rules257: after a headline and its word count; fix88: the
		 * mark opens a new story of a wire digest when a story's text
		 * came before, and its dateline is that story's only */
		if ((h = after_headline_word_count(rc, &blk[b], t0)) != 0) {
			if (story_text_before(rc, blk, b))
				break;
			NCG_TRY(dateline_at(rc, &blk[b], h, &found));
			continue;
		}
		/* rules141: "Seoul, South Korea \u2013 Today, ..." after a photo
		 * caption (House committee release), "Seoul -- ..." after
		 * a transcript's line (USIA): in title case */
		if (j == t0 && (title_dateline(rc, &blk[b], t0, &end) || title_place_dash(rc, &blk[b], t0))) {
			NCG_TRY(dateline_at(rc, &blk[b], t0, &found));
			continue;
		}
		/* rules199: "TAIPEI (Taiwan News) \u2014" after a photo
		 * caption: a known place in capitals, the agency, the dash */
		if (j > t0 && (dash = bracketed_agency_end(rc, j, blk[b].t1)) != 0 &&
		    dateline_dash(rc, dash) && caps_place_run(rc, &blk[b], t0, j)) {
			NCG_TRY(dateline_at(rc, &blk[b], t0, &found));
			continue;
		}
		if (caps_place_dash(rc, blk, b, t0, j)) {
			NCG_TRY(dateline_at(rc, &blk[b], t0, &found));
			continue;
		}
		if (j == t0 || !rc_punct(rc, j, ","))
			continue;
		for (dash = j + 1; dash < blk[b].t1 && dash < j + 6; dash++)
			if (dateline_dash(rc, dash) ||
			    bracket_date_dash(rc, dash, blk[b].t1))
				break;
		if (dash >= blk[b].t1 || dash >= j + 6)
			continue;
		/* rules70: "ALAMEDA, Calif. \u2013": a state in news style
		 * (lex:datelineRegion) as well as a place of the lexicon */
		if (rc_wl_match(rc, j + 1, dash + 1, NCG_WL_DATELINE_REGION, 1) != dash &&
		    (!rc_lex_longest(rc, j + 1, dash, (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_COUNTRY),
		                     whats, &end) ||
		     end != dash))
			continue;
		NCG_TRY(dateline_at(rc, &blk[b], t0, &found));
	}
	return NCG_OK;
}

/* rules251: after a dateline's place ending at k, before its dash d: a
 * comma and a country or state (", Australia", ", District of Columbia")
 * or up to three capitalised words, then an agency in brackets
 * ("(AFNS)"); each may be missing.  Is that all there is? */
static int
line_dateline_rest(const rc_ctx *rc, size_t k, size_t d)
{
	const unsigned whats = (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT);
	size_t end = 0, a;

	if (k < d && rc_punct(rc, k, ",")) {
		k++;
		if (rc_lex_longest(rc, k, d, (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_COUNTRY), whats,
		                   &end) || (end = rc_wl_match(rc, k, d, NCG_WL_DATELINE_REGION, 1)) != 0)
			k = end;
		else
			for (a = k + 3; k < d && k < a && rc_cap(rc, k); k++)
				;
	}
	if ((a = bracketed_agency_end(rc, k, d + 1)) != 0)
		k = a;
	return k == d;
}

/* rules251: "CANBERRA, Australia (AFNS) \u2014" (Air Force news),
 * "HONOLULU --" (INDOPACOM), "WASHINGTON, District of Columbia \u2013"
 * (PACOM): a dateline on a line of its own, the prose on the next.  The
 * line bk, just before the first block of prose, of a few tokens, opens
 * with a place or country of the lexicon in capitals (not "USAG DAEGU",
 * a garrison) and ends with a dateline's dash, an em or en dash or a
 * spaced hyphen (not a cable's broken word, "FOR DIS-").  *found says
 * whether there was one. */
#define LINE_DATELINE_TOKENS 12   /* tokens of a dateline's own line */

static ncg_status
line_dateline(rc_ctx *rc, const ncg_block *bk, int *found)
{
	const unsigned whats = (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT);
	size_t t0 = bk->t0, j = t0, d, end = 0;

	*found = 0;
	if (bk->t1 < t0 + 2 || bk->t1 - t0 > LINE_DATELINE_TOKENS || bk->prose)
		return NCG_OK;
	d = bk->t1 - 1;
	if (rc_punct(rc, d, "-") && rc_punct(rc, d - 1, "-") && rc_adjacent(rc, d))
		d--;
	if (!(rc_punct(rc, d, "\xE2\x80\x94") || rc_punct(rc, d, "\xE2\x80\x93") ||
	      (rc_punct(rc, d, "-") && (rc->tok[d].flags & NCG_TF_SPACE))))
		return NCG_OK;
	while (j < d && j - t0 < 5 && (rc->tok[j].flags & NCG_TF_UPPER))
		j++;
	if (j == t0 ||
	    !rc_lex_longest(rc, t0, d, (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_COUNTRY), whats, &end) ||
	    end < j || !line_dateline_rest(rc, end, d))
		return NCG_OK;
	return dateline_add(rc, bk, t0, end, end, found);
}

/* The start of the n-th line after t0 of block bk (n counts from 1),
 * within 40 tokens of t0 and before any full stop, question or
 * exclamation mark: a headline with no full stop wraps into the block
 * there.  rules309: n = 2 is the line after a headline and a subtitle,
 * neither with a stop ("Secretary Hughs Joins Cultural And Economic Trade
 * Mission To Japan" / "By working collaboratively ... both Texas and
 * Japan stand to mutually benefit" / "TOKYO \u2013 Texas Secretary of
 * State Ruth Hughs ...", Texas SOS; "Ivanka Trump in South Korea ..." /
 * "The president's daughter is leading U.S delegation" / "PYEONGCHANG,
 * South Korea -- ...", ABC News; "Japan Foreign Minister Iwaya Holds
 * ..." / "14:48 JST, June 26, 2025" / "THE HAGUE \u2014 ...", Yomiuri).
 * 0 when there is none. */
static size_t
headline_line_start(const rc_ctx *rc, const ncg_block *bk, size_t t0, int n)
{
	for (size_t i = t0 + 1; i < bk->t1 && i < t0 + 40; i++) {
		if (rc_punct(rc, i, ".") || rc_punct(rc, i, "!") || rc_punct(rc, i, "?"))
			return 0;
		if ((rc->tok[i].flags & NCG_TF_LINE) && --n == 0)
			return i;
	}
	return 0;
}

/* The dateline at the start of running text: of the first block of
 * prose, after the page store's "date 2024-06-10"; or, when a headline
 * with no full stop wrapped into that block, at the start of its second
 * line. */
static ncg_status
dateline(rc_ctx *rc)
{
	const ncg_block *blk = ncg_doc_blocks(rc->doc);

	for (size_t b = 0; b < ncg_doc_nblocks(rc->doc); b++) {
		size_t t0 = blk[b].t0, h;
		int found;

		if (!blk[b].prose)
			continue;
		if (store_date_at(rc, t0, blk[b].t1))
			t0 += 2;
		NCG_TRY(dateline_at(rc, &blk[b], t0, &found));
		if (!found && (h = after_headline_word_count(rc, &blk[b], t0)) != 0)
			NCG_TRY(dateline_at(rc, &blk[b], h, &found));
		if (!found && (h = agency_dateline_after_byline(rc, &blk[b], t0)) != 0)
			NCG_TRY(dateline_at(rc, &blk[b], h, &found));
		for (int n = 1; !found && n <= 2 && (h = headline_line_start(rc, &blk[b], t0, n)) != 0; n++)
			NCG_TRY(dateline_at(rc, &blk[b], h, &found));
		if (!found && b > 0)
			NCG_TRY(line_dateline(rc, &blk[b - 1], &found));
		return later_dateline(rc, blk, b + 1);
	}
	return NCG_OK;
}

static const int PLACE_BLOCKED = RC_CLAIM_BODY | RC_CLAIM_NAME | RC_CLAIM_PLACE |
                                 RC_CLAIM_DATE | RC_CLAIM_ITEM;

/* rules89: "met with ... today in Washington, D.C. Deputy Secretary
 * Sherman congratulated ..." (State readout): a city after "in" / "at"
 * whose last word is an abbreviation with its stop ("D.C.") ends the
 * sentence with that stop; the capitalised name after it starts the
 * next, no name the city modifies.  A country ("in U.S. President
 * Bush's ...") still modifies. */
static int
stop_ends_place(const rc_ctx *rc, const ncg_lex_wording *w, size_t i, size_t e)
{
	const char *p = rc->s + rc->tok[e - 1].b;
	size_t n = rc->tok[e - 1].e - rc->tok[e - 1].b;

	return w->entry->kind == NCG_LEX_PLACE && i > 0 && e > i + 1 &&
	       (rc->tok[e - 1].flags & NCG_TF_DOTTED) && n > 1 && p[n - 1] == '.' &&
	       (rc_is(rc, i - 1, "in") || rc_is(rc, i - 1, "at"));
}

/* A place or country of the lexicon at i ("Korea" after "U.S.-" is part
 * of a compound, still a country); *end is its end, or 0. */
static ncg_status
lexicon_place_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *end)
{
	const unsigned kinds = (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_COUNTRY);
	size_t e;
	const ncg_lex_wording *w = rc_lex_longest(rc, i, lim, kinds, BODY_WHATS, &e);
	ncg_mention *m;

	*end = 0;
	if (!w)
		return NCG_OK;
	if (modifies_name(rc, e, lim) && !stop_ends_place(rc, w, i, e))
		return rc_end_at(end, e);        /* skipped: a name's modifier */
	if (rc_claimed(rc, i, e, PLACE_BLOCKED))
		return NCG_OK;
	NCG_TRY(rc_add(rc, w->entry->kind == NCG_LEX_PLACE ? NCG_M_PLACE : NCG_M_COUNTRY,
	               s, i, e, &m));
	m->lex = w->entry;
	m->key = w->entry->key;
	NCG_TRY(rc_span(rc, i, e, &m->name));
	set_countries_from_entry(m->place.country, w->entry);
	rc_claim(rc, i, e, RC_CLAIM_PLACE);
	return rc_end_at(end, e);
}

enum { PLACE_MOST = 3, PLACE_MOST_INSTALLATION = 6 };

/* Does the capitalised word j end a place's run from i: a weekday
 * ("at Yokota Air Base Tuesday"), or, past an installation's word and
 * one more word, a word that opens a lexicon place or country ("at
 * Ramstein Air Base Germany", "at Naval Air Station Pensacola Florida";
 * "Joint Base Pearl Harbor-Hickam" runs on)? */
static int
place_run_stop(const rc_ctx *rc, size_t i, size_t j, int installation)
{
	size_t e;

	if (rc_weekday_at(rc, j))
		return 1;
	if (!installation)
		return 0;
	if (rc_lex_longest(rc, j, rc->ntok, 1u << NCG_LEX_COUNTRY, BODY_WHATS, &e))
		return 1;
	for (size_t k = i; k + 1 < j; k++)
		if (rc_wl(rc, k, NCG_WL_INSTALLATION_WORD))
			return rc_lex_longest(rc, j, rc->ntok, 1u << NCG_LEX_PLACE, BODY_WHATS, &e) != NULL;
	return 0;
}

/* The end of the capitalised words from i that may name a place, none
 * claimed nor a month nor stopped at (place_run_stop): at most
 * PLACE_MOST, or rules215 up to PLACE_MOST_INSTALLATION when a word of a
 * military installation (lex:installationWord) is among them
 * ("discussions held at Joint Base Pearl Harbor-Hickam on February
 * 27-29", DVIDS); *cut is 1 when a stop word ended it. */
static size_t
place_run_end(const rc_ctx *rc, size_t i, size_t lim, int *cut)
{
	size_t j = i, most = PLACE_MOST;

	*cut = 0;
	for (;;) {
		while (j < lim && j - i < most && rc_cap(rc, j) &&
		       !rc_claimed(rc, j, j + 1, PLACE_BLOCKED) && !rc_month_at(rc, j) &&
		       !(*cut = place_run_stop(rc, i, j, most == PLACE_MOST_INSTALLATION)))
			j++;
		if (*cut || most == PLACE_MOST_INSTALLATION || j - i < PLACE_MOST || !rc_cap(rc, j))
			return j;
		size_t k = i;

		while (k < j && !rc_wl(rc, k, NCG_WL_INSTALLATION_WORD))
			k++;
		if (k == j && !rc_wl(rc, j, NCG_WL_INSTALLATION_WORD))
			return j;
		most = PLACE_MOST_INSTALLATION;
	}
}

/* rules289: a military installation after "on" and a number or a
 * venue's head (ncg_doc_installation_on): "at the 20th CBRNE Command
 * Headquarters on Aberdeen Proving Ground, Maryland" (army.mil), "met
 * with ... Feb. 14 on Camp Foster" (MCIPAC), "the 7th Fleet headquarters
 * on Naval Amphibious Base Coronado" (C7F): a place as after "at".  Not
 * after a name ("updated Tamaki on Camp Schwab construction"), a body
 * ("the Subcommittee on ...") nor a lower-case word ("progress on Camp
 * X"): a topic. */
static int
on_installation_at(const rc_ctx *rc, size_t i, size_t t0, size_t lim)
{
	int cut;

	return i >= t0 + 2 && rc_is(rc, i - 1, "on") &&
	       ncg_doc_installation_on(rc->doc, rc->lex, i, place_run_end(rc, i, lim, &cut), t0);
}

/* rules229: "took place at the GSDF's Camp Asaka in eastern Japan" (Jiji
 * Press), "at the Army's Fort Bragg": a place-lead word (lex:
 * placeLeadWord) at i after a possessive owner of up to NCG_POSSESSOR_WORDS
 * capitalised words, "the", then "in" / "at" (lex:placePreposition)
 * after t0: the installation
 * is the place after the preposition. */
static int
possessed_installation_at(const rc_ctx *rc, size_t i, size_t t0)
{
	size_t k;

	if (i < t0 + 5 || !rc_wl(rc, i, NCG_WL_PLACE_LEAD_WORD) || !rc_apostrophe_s(rc, i - 2))
		return 0;
	for (k = i - 2; k > t0 + 2 && i - 2 - k < NCG_POSSESSOR_WORDS && rc_cap(rc, k - 1); k--)
		;
	return k < i - 2 && rc_wl_ci(rc, k - 1, NCG_WL_DEFINITE_ARTICLE) &&
	       rc_wl(rc, k - 2, NCG_WL_PLACE_PREPOSITION);
}

/* A camp or fort (lex:placeLeadWord, then a capital) straight after a
 * visit verb (lex:visitVerb) or "to": "visited Camp Humphreys, Feb. 21,
 * to meet with ..." (army.mil), "The visit to Camp Murray on May 25"
 * (DVIDS): the installation is a place as after "at".  The test is of
 * the one token before i: a one-word entry ("visited", "visiting",
 * "toured"); "was visiting" still passes by its last word "visiting",
 * itself an entry. */
static int
visited_camp_at(const rc_ctx *rc, size_t i, size_t t0)
{
	return i > t0 && i + 1 < rc->ntok && rc_wl(rc, i, NCG_WL_PLACE_LEAD_WORD) &&
	       rc_cap(rc, i + 1) && (rc_is(rc, i - 1, "to") || rc_wl(rc, i - 1, NCG_WL_VISIT_VERB));
}

/* rules294: a military installation named by its word (lex:
 * installationWord) straight after a visit verb (lex:visitVerb) or "to":
 * "visited Scott Air Force Base to tour ..." (AMC), "Odierno visited
 * Yongsan Garrison" (USFK), "a trilateral site visit to Yokota Air Base"
 * (INDOPACOM; "to" after a lex:visitNoun): the capitalised run from i
 * holds the word; a place as after "at" (visited_camp_at for a camp or
 * fort). */

/* fix158 (review128 2): does the run [i, j) after "the" hold a proper
 * word: a capitalised word of no installation (lex:installationWord)
 * nor service or common noun (lex:installationCommonWord: "the Air
 * Force Base", "the Police Station", "the Nuclear Facility" name no
 * installation), before its installation's word ("the Osan Air Base",
 * "the MSDF Kanoya Air Base") or after it a place the lexicon knows
 * ("the Naval Base Guam"; not "the Defense Base Realignment")? */
static int
run_has_proper_word(const rc_ctx *rc, size_t i, size_t j)
{
	int seen = 0;
	size_t e;

	for (size_t k = i; k < j; k++)
		if (rc_wl(rc, k, NCG_WL_INSTALLATION_WORD))
			seen = 1;
		else if (!rc_wl(rc, k, NCG_WL_INSTALLATION_COMMON_WORD) &&
		         (!seen || rc_lex_longest(rc, k, j, 1u << NCG_LEX_PLACE | 1u << NCG_LEX_COUNTRY,
		                                  BODY_WHATS, &e)))
			return 1;
	return 0;
}

/* rules294: a military installation named by its word (lex:
 * installationWord) straight after a visit verb (lex:visitVerb) or "to":
 * "visited Scott Air Force Base to tour ..." (AMC), "Odierno visited
 * Yongsan Garrison" (USFK), "a trilateral site visit to Yokota Air Base"
 * (INDOPACOM; "to" after a lex:visitNoun): the capitalised run from i
 * holds the word; a place as after "at" (visited_camp_at for a camp or
 * fort).  rules330: or after "the" and before it "at" / "in" too
 * ("visited the Osan Air Base, where ..." (MOFA), "at the Busan Naval
 * Base in Busan" (militaryview), "a visit to the Naval Base Guam in
 * Sumay" (Guam PDN), "at the Kanoya Air Base" (FA news)): its first
 * word no installation's ("the Base" names none) and fix158 a proper
 * word in it (run_has_proper_word).  k is the word before the name or
 * its article. */
static int
installation_after(const rc_ctx *rc, size_t i, size_t k, size_t t0, size_t lim)
{
	int cut, the = k + 1 < i;
	size_t j;

	/* review114 4: "to" only after a visit noun (lex:visitNoun: "site
	 * visit to") or as a trip's (lex:arrivalVerb: "traveled to Scott Air
	 * Force Base", DVIDS), not "spoke to Space Station crew"; no title's word in
	 * the run (lex:titleHead: "promoted to Base Commander") */
	if (k < t0 || !rc_cap(rc, i) || (the && rc_wl(rc, i, NCG_WL_INSTALLATION_WORD)) ||
	    !((the && (rc_is(rc, k, "at") || rc_is(rc, k, "in"))) || rc_wl(rc, k, NCG_WL_VISIT_VERB) ||
	      (k > t0 && rc_is(rc, k, "to") &&
	       (rc_wl_ci(rc, k - 1, NCG_WL_VISIT_NOUN) ||
	        ncg_doc_wl_at(rc->doc, rc->lex, NCG_WL_TRAVEL_VERB, k - 1, k + 1) == k + 1))))
		return 0;
	j = place_run_end(rc, i, lim, &cut);
	return run_has_word(rc, i, j, NCG_WL_INSTALLATION_WORD) &&
	       !run_has_word(rc, i, j, NCG_WL_TITLE_HEAD) && (!the || run_has_proper_word(rc, i, j));
}

/* The installation's name at i straight after the visit's word
 * (installation_after) or after it and "the" (rules330). */
static int
visited_installation_at(const rc_ctx *rc, size_t i, size_t t0, size_t lim)
{
	return i > t0 + 1 && (installation_after(rc, i, i - 1, t0, lim) ||
	                      (rc_wl_ci(rc, i - 1, NCG_WL_DEFINITE_ARTICLE) &&
	                       installation_after(rc, i, i - 2, t0, lim)));
}

/* A place of no lexicon entry named by the words [i, j) of sentence s,
 * keyed by its name; the words are claimed and *end set past them. */
static ncg_status
add_unknown_place(rc_ctx *rc, uint32_t s, size_t i, size_t j, size_t *end)
{
	ncg_mention *m;

	NCG_TRY(rc_add(rc, NCG_M_PLACE, s, i, j, &m));
	NCG_TRY(rc_span(rc, i, j, &m->name));
	NCG_TRY(rc_key(rc, "place", m->name, &m->key));
	rc_claim(rc, i, j, RC_CLAIM_PLACE);
	return rc_end_at(end, j);
}

/* rules247: the capitalised word at i after "in" is a common noun inside
 * a document's or a body's name, no place: "the Agreement between the
 * Government of Japan and the Government of the United States of America
 * on Cooperation in Research and Development in Science and Technology"
 * (gave places "Research", "Science"), "Committee on Cooperation in
 * Science and Technology".  The name runs on after the word (a lex:
 * orgConnector then a capital: "Research and Development"), and back from
 * "in" over capitals, lex:orgConnector, lex:betweenWord and "in" it
 * crosses a topic "on" (lex:topicTitlePreposition) and reaches a lex:
 * documentHead or lex:bodyHead: "the Dialogue on Extended Deterrence in
 * Hilo, Hawaii" keeps its place (no name runs on after "Hilo"), and so
 * does "the Committee on Cooperation in Kailua and Honolulu" (a known
 * place after "and" is another place, no name's word). */
static int
in_name_topic(const rc_ctx *rc, size_t i, size_t t0, size_t j, size_t lim)
{
	int on = 0;
	size_t e;

	if (j + 1 >= lim || !rc_wl(rc, j, NCG_WL_ORG_CONNECTOR) || !rc_cap(rc, j + 1) ||
	    i < t0 + 4 || !rc_cap(rc, i - 2) ||
	    rc_lex_longest(rc, j + 1, lim, (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_PLACE), BODY_WHATS, &e))
		return 0;
	for (size_t k = i - 2; k > t0 && i - k < 40; k--) {
		if (on && rc_cap(rc, k) &&
		    (rc_wl(rc, k, NCG_WL_DOCUMENT_HEAD) || rc_wl(rc, k, NCG_WL_BODY_HEAD)))
			return 1;
		if (rc_wl(rc, k, NCG_WL_TOPIC_TITLE_PREP) && rc_cap(rc, k - 1))
			on = 1;
		else if (!rc_cap(rc, k) && !rc_wl_ci(rc, k, NCG_WL_ORG_CONNECTOR) &&
		         !rc_wl(rc, k, NCG_WL_BETWEEN_WORD) && !rc_is(rc, k, "in"))
			return 0;
	}
	return 0;
}

/* rules251: "in the southeastern city of Ulsan", "at the port city of
 * X": a place of no lexicon entry at i in rules186's frame
 * (ncg_doc_settlement_of, shared with src/meeting.c's venue).  Is it
 * one? */
static int
after_settlement_noun(const rc_ctx *rc, size_t i, size_t t0)
{
	return ncg_doc_settlement_of(rc->doc, rc->lex, i, t0) != 0;
}

/* "met with X ... on the island of Oahu", "on the Hawaiian island of
 * Kauai": a capitalised name at i after "of", a lower-case surface head
 * (lex:surfacePlaceHead: "island"), up to two words, "the" and "on"
 * (lex:surfacePreposition) is a place, as after "in"; meeting.c reads
 * the same frame as a venue (surface_of_start). */
static int
after_surface_of(const rc_ctx *rc, size_t i, size_t t0)
{
	if (i < t0 + 4 || !rc_is(rc, i - 1, "of") || !rc_lower(rc, i - 2) ||
	    !rc_wl(rc, i - 2, NCG_WL_SURFACE_PLACE_HEAD))
		return 0;
	for (size_t h = i - 2; h > t0 + 1 && h + 5 > i; h--)
		if (rc_wl_ci(rc, h - 1, NCG_WL_DEFINITE_ARTICLE))
			return rc_lower(rc, h - 2) && rc_wl(rc, h - 2, NCG_WL_SURFACE_PREPOSITION);
	return 0;
}

/* rules341: an activity's name at i: a capitalised cue of an activity
 * kind (concepts.ttl lex:cue: "Exercise", "Drill") and a capitalised
 * word after it: "observed Australia's participation in Exercise Rim of
 * the Pacific (RIMPAC)", "took part in Exercise Talisman Sabre": no
 * place after "in". */
static int
activity_name_at(const rc_ctx *rc, size_t i, size_t lim)
{
	size_t e;

	return i + 1 < lim && rc_cap(rc, i + 1) &&
	       rc_lex_longest(rc, i, i + 1, 1u << NCG_LEX_ACTIVITY_KIND, 1u << NCG_LEXW_CUE, &e) &&
	       e == i + 1;
}

/* fix166 (review133 4): a lower-case past form at k other than the
 * welcome's ("invited him to Harrisburg", "newly assigned to Chicago"):
 * another verb's "to" follows, none of the welcome. */
static int
other_past_at(const rc_ctx *rc, size_t k)
{
	size_t n;

	if (!rc_lower(rc, k) || rc_wl(rc, k, NCG_WL_WELCOME_VERB))
		return 0;
	n = rc->tok[k].e - rc->tok[k].b;
	return rc_wl(rc, k, NCG_WL_IRREGULAR_PAST_VERB) ||
	       (n > 3 && !memcmp(rc->s + rc->tok[k].e - 2, "ed", 2));
}

/* fix166 (review133 5, 8): is the word g before a welcome's "to" its
 * guest: a name's last word (capitalised, no lex:titleHead,
 * lex:titleToHead nor lex:militaryRank: "the U.S. Special Envoy to
 * Bougainville", "Consul General to Chicago" name a post), "him" or "her"
 * (lex:objectPronoun), a delegation (lex:delegationNoun), or a title
 * (either case) "from" a capitalised place ("the ambassador from South
 * Korea to Montgomery"); never a thing ("Japan's contribution to
 * Artemis", "his flight to Honolulu"). */
static int
welcome_guest_at(const rc_ctx *rc, size_t g, size_t t0)
{
	for (size_t k = g; k > t0 + 1 && g - k < 4 && rc_cap(rc, k); k--)
		if (rc_is(rc, k - 1, "from"))
			return rc_wl_ci(rc, k - 2, NCG_WL_TITLE_HEAD) || rc_wl_ci(rc, k - 2, NCG_WL_TITLE_TO_HEAD) ||
			       rc_wl_ci(rc, k - 2, NCG_WL_DELEGATION_NOUN);
	if (rc_wl_ci(rc, g, NCG_WL_OBJECT_PRONOUN) || rc_wl_ci(rc, g, NCG_WL_DELEGATION_NOUN))
		return 1;
	return rc_cap(rc, g) && !rc_wl_ci(rc, g, NCG_WL_TITLE_HEAD) && !rc_wl_ci(rc, g, NCG_WL_TITLE_TO_HEAD) &&
	       !rc_wl(rc, g, NCG_WL_MILITARY_RANK);
}

/* rules341: the place a host welcomes a guest to: "welcomed the
 * ambassador from South Korea to Montgomery Wednesday" (WSFA), "welcomed
 * him to Hiroshima": a capitalised word at i after the welcome's target
 * preposition (lex:welcomeTargetPreposition), its verb (lex:welcomeVerb)
 * at most WELCOME_TO_REACH words before it, the guest just before the
 * preposition (welcome_guest_at), no other target preposition, other
 * past form (other_past_at) nor a clause's stop (",", ";", ":", "(")
 * between: a place as after "at".  fix166 (review133 4): not "welcomed
 * Consul General Kenji Sato, newly assigned to Chicago". */
enum { WELCOME_TO_REACH = 10 };

static int
welcomed_to_at(const rc_ctx *rc, size_t i, size_t t0)
{
	if (i < t0 + 3 || !rc_wl(rc, i - 1, NCG_WL_WELCOME_TARGET_PREP) || !welcome_guest_at(rc, i - 2, t0))
		return 0;
	for (size_t k = i - 2; k >= t0 && i - k <= WELCOME_TO_REACH; k--) {
		if (rc_wl(rc, k, NCG_WL_WELCOME_VERB))
			return k + 1 < i - 1;
		if (rc_wl(rc, k, NCG_WL_WELCOME_TARGET_PREP) || rc_punct(rc, k, ",") || rc_punct(rc, k, ";") ||
		    rc_punct(rc, k, ":") || rc_punct(rc, k, "(") || other_past_at(rc, k) || k == t0)
			return 0;
	}
	return 0;
}

/* An unknown place after "in" / "at": "in Honolulu, Hawaii", "at Camp
 * Humphreys", "in Washington, D.C."; *end is its end, or 0. */
static ncg_status
unknown_place_at(rc_ctx *rc, uint32_t s, size_t i, size_t t0, size_t lim, size_t *end)
{
	size_t j = i, e;
	int cut;

	*end = 0;
	if (i <= t0 ||
	    !(rc_is(rc, i - 1, "in") || rc_is(rc, i - 1, "at") || possessed_installation_at(rc, i, t0) ||
	      after_settlement_noun(rc, i, t0) || visited_camp_at(rc, i, t0) ||
	      after_surface_of(rc, i, t0) || on_installation_at(rc, i, t0, lim) ||
	      visited_installation_at(rc, i, t0, lim) || welcomed_to_at(rc, i, t0)) ||
	    !rc_cap(rc, i) || is_function_cap(rc, i) || rc_month_at(rc, i) ||
	    rc_wl(rc, i, NCG_WL_TITLE_HEAD) || rc_wl(rc, i, NCG_WL_COURTESY) ||
	    rc_wl(rc, i, NCG_WL_OFFICE) || rc_wl_ci(rc, i, NCG_WL_CABLE_ABBREVIATION) ||
	    /* rules43: "Remarks at Photo Spray at Top of Meeting with ..." */
	    rc_wl_match(rc, i, lim, NCG_WL_PRESS_APPEARANCE, 0) ||
	    /* rules172: "met ... at JMSDF Maizuru District headquarters": a
	     * name a body's acronym opens is that body's part, no place */
	    defined_body_acronym(rc, i) || activity_name_at(rc, i, lim))
		return NCG_OK;
	j = place_run_end(rc, i, lim, &cut);
	/* "City, State" or "City, D.C." */
	if (rc_punct(rc, j, ",") && (rc_is(rc, j + 1, "D.C.") ||
	    (rc_lex_longest(rc, j + 1, lim, 1u << NCG_LEX_PLACE, BODY_WHATS, &e) && e == j + 2)))
		j += 2;
	if (j < lim && !cut && !(rc_punct(rc, j, ",") || rc_punct(rc, j, ".") || rc_punct(rc, j, ";") ||
	                 rc_lower(rc, j) || rc->tok[j].kind == NCG_TOK_NUMBER ||
	                 rc_month_at(rc, j)))
		return NCG_OK;
	if (j == i || rc_wl(rc, j - 1, NCG_WL_BODY_HEAD) ||
	    rc_wl(rc, j - 1, NCG_WL_DOCUMENT_HEAD) ||
	    (rc_is(rc, i - 1, "in") && in_name_topic(rc, i, t0, j, lim)))
		return NCG_OK;
	return add_unknown_place(rc, s, i, j, end);
}

/* rules231: does the capitalised run [i, j) hold a word of lex:wl? */
static int
run_has_word(const rc_ctx *rc, size_t i, size_t j, ncg_wordlist wl)
{
	for (size_t k = i; k < j; k++)
		if (rc_wl(rc, k, wl))
			return 1;
	return 0;
}

/* rules231: a named part of a base, a comma, then the installation it
 * lies in is ONE place: "talks ... at Polaris Point, Naval Base Guam"
 * (a point, pier or wharf of the base; Navy releases write "at Kilo
 * Wharf, Naval Base Guam", "at Pier 12, Naval Station Norfolk").  The
 * head has no word of an installation (lex:installationWord) nor of a
 * camp (lex:placeLeadWord); the tail after the comma has an
 * installation's word and opens with no lex:placeLeadWord: "at Osan AB,
 * Camp Humphreys" stays two places.  fix74: the head holds a part's
 * word (lex:installationPart: "Point", "Wharf"), and no list goes on
 * after the tail (lex:listCoordinator before a capital): "at Rota, Naval Station
 * Norfolk and Naval Base San Diego", "at Visakhapatnam, Naval Base San
 * Diego" are no base's parts.  *end is its end, or 0. */
static ncg_status
installation_part_at(rc_ctx *rc, uint32_t s, size_t i, size_t t0, size_t lim, size_t *end)
{
	size_t j, k;
	int cut;

	*end = 0;
	if (i <= t0 || !rc_is(rc, i - 1, "at") || !rc_cap(rc, i) || is_function_cap(rc, i) ||
	    rc_month_at(rc, i) || rc_wl(rc, i, NCG_WL_TITLE_HEAD) ||
	    rc_wl(rc, i, NCG_WL_COURTESY) || rc_wl(rc, i, NCG_WL_OFFICE) ||
	    defined_body_acronym(rc, i))
		return NCG_OK;
	j = place_run_end(rc, i, lim, &cut);
	if (cut || j == i || j + 1 >= lim || !rc_punct(rc, j, ",") ||
	    !run_has_word(rc, i, j, NCG_WL_INSTALLATION_PART) ||
	    run_has_word(rc, i, j, NCG_WL_INSTALLATION_WORD) ||
	    run_has_word(rc, i, j, NCG_WL_PLACE_LEAD_WORD) || rc_wl(rc, j - 1, NCG_WL_BODY_HEAD) ||
	    !rc_cap(rc, j + 1) || rc_wl(rc, j + 1, NCG_WL_PLACE_LEAD_WORD))
		return NCG_OK;
	k = place_run_end(rc, j + 1, lim, &cut);
	if (!run_has_word(rc, j + 1, k, NCG_WL_INSTALLATION_WORD) ||
	    rc_wl(rc, k - 1, NCG_WL_BODY_HEAD) ||
	    (k < lim && !cut && !(rc_punct(rc, k, ",") || rc_punct(rc, k, ".") ||
	                          rc_punct(rc, k, ";") || rc_lower(rc, k) || rc_month_at(rc, k))) ||
	    (k + 1 < lim && rc_wl(rc, k, NCG_WL_LIST_COORDINATOR) && rc_cap(rc, k + 1)))
		return NCG_OK;
	return add_unknown_place(rc, s, i, k, end);
}

/* Places and countries: the dateline's, the lexicon's, and unknown ones
 * after "in" / "at". */
ncg_status
rc_places(rc_ctx *rc)
{
	NCG_TRY(dateline(rc));
	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		if (!rc->body_sent[s])
			continue;
		for (size_t i = st->t0; i < st->t1; i++) {
			size_t end;

			if (rc_claimed(rc, i, i + 1, PLACE_BLOCKED))
				continue;
			NCG_TRY(lexicon_place_at(rc, (uint32_t)s, i, st->t1, &end));
			if (!end)
				NCG_TRY(installation_part_at(rc, (uint32_t)s, i, st->t0, st->t1, &end));
			if (!end)
				NCG_TRY(unknown_place_at(rc, (uint32_t)s, i, st->t0, st->t1, &end));
			if (end)
				i = end - 1;
		}
	}
	return NCG_OK;
}
