/* ncgkg: a diplomatic cable in capitals read as a genre (rules104).
 *
 * A telegram ("FM AMEMBASSY SEOUL", "TO SECSTATE WASHDC", "TAGS: PFOR,
 * KS", "SUBJECT: ...", a date-time group, numbered paragraphs) printed all
 * in capitals has no small letter to tell a verb from a name, so the
 * meeting resolver, which reads its cue verbs ("met with", "called on")
 * in lower case only, finds nothing.  When the text IS such a cable, the
 * resolver reads its words case-folded: every word in capitals that no
 * mention (a date, a place, a country, a body, an official) holds is read
 * as a lower-case word. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "meeting_cable.h"
#include "ncgkg/time.h"
#include "ncgkg/strmap.h"

/* Does token i, in capitals, open a line with a cable's header key
 * (lex:cableHeaderKey: "FM", "TO", "TAGS", "SUBJECT"), or is it, inside
 * a line, a key a scan runs into one line (lex:cableRunInKey: "...
 * 240436Z OCT 75 FM AMEMBASSY SEOUL TO SECSTATE WASHDC ... TAGS MNUC KS
 * SUBJECT ROKG REJECTS ...", rules135)? */
static int
header_line(const ncg_doc *doc, const ncg_lexicon *lex, size_t i)
{
	const ncg_token *tok = ncg_doc_tokens(doc);
	size_t n = ncg_doc_ntokens(doc);

	return i < n && (tok[i].flags & NCG_TF_UPPER) &&
	       (((tok[i].flags & NCG_TF_LINE) &&
	         ncg_doc_wl_at(doc, lex, NCG_WL_CABLE_HEADER_KEY, i, n) != 0) ||
	        ncg_doc_wl_at(doc, lex, NCG_WL_CABLE_RUN_IN_KEY, i, n) != 0);
}

/* rules185: does token i open a cable's page line: "PAGE" in capitals
 * opening its line (run into one line it is no cable's, rules135), a
 * page number, a word in capitals (the sender's post) and a number (the
 * telegram's: "PAGE 02 SEOUL 04706 200948Z")?  A WikiLeaks page that
 * hides the header lines behind "Show Headers" still prints one at each
 * page break: a convention of the genre, as good as the header lines.
 * fixY (review53): the post is never "OF" ("PAGE 2 OF 2", a release's
 * footer, is no cable's).  rules194: the telegram's shape: the page
 * number padded with zeros ("01", "02") and the telegram's number of
 * five digits or more (not a press text's "PAGE 2 WASHINGTON 1234 01"). */
static int
page_line(const ncg_doc *doc, size_t i)
{
	const ncg_token *tok = ncg_doc_tokens(doc);
	size_t n = ncg_doc_ntokens(doc);

	return i + 3 < n && (tok[i].flags & NCG_TF_LINE) && ncg_doc_tok_is(doc, i, "PAGE") &&
	       tok[i + 1].kind == NCG_TOK_NUMBER && tok[i + 1].e - tok[i + 1].b >= 2 &&
	       *ncg_doc_tok_ptr(doc, i + 1) == '0' &&
	       tok[i + 2].kind == NCG_TOK_WORD && (tok[i + 2].flags & NCG_TF_UPPER) &&
	       !ncg_doc_tok_is(doc, i + 2, "OF") && tok[i + 3].kind == NCG_TOK_NUMBER &&
	       tok[i + 3].e - tok[i + 3].b >= 5;
}

/* rules190: has the word at token i, not in capitals, occurred before
 * in the text (the same letters, the same case)?  A scanned cable's
 * release stamp in mixed case ("Margaret P Grafeld Declassified Released
 * US Department of State ...") repeats on every page: its words count
 * once.  seen holds each such word met so far (fixZ: a hash set, one
 * look-up a word).  NCG_ERR_NOMEM when out of memory. */
static ncg_status
mixed_seen(const ncg_doc *doc, size_t i, ncg_strmap *seen, int *was)
{
	const ncg_token *tok = ncg_doc_tokens(doc);
	int added;

	NCG_TRY(ncg_strmap_add(seen, ncg_doc_tok_ptr(doc, i),
	                       tok[i].e - tok[i].b, NULL, &added));
	*was = !added;
	return NCG_OK;
}

/* Is the text a cable in capitals (*caps): three header lines or more
 * ("FM AMEMBASSY SEOUL", "TO SECSTATE WASHDC", "TAGS: PFOR, KS, US") or
 * a page line (page_line), forty words or more of two letters or more,
 * and nine in ten of them in capitals (a word not in capitals counted
 * once, mixed_seen)?  A mixed-case cable of later years ("1. (C) In an
 * August 16 meeting ...") is read as it is.  NCG_ERR_NOMEM when out of
 * memory. */
ncg_status
ncg_cable_in_capitals(const ncg_doc *doc, const ncg_lexicon *lex, int *caps)
{
	const ncg_token *tok = ncg_doc_tokens(doc);
	size_t n = ncg_doc_ntokens(doc), keys = 0, pages = 0, words = 0, upper = 0;
	ncg_strmap *seen = ncg_strmap_new();
	ncg_status st = NCG_OK;
	int was = 0;

	if (!seen)
		return NCG_ERR_NOMEM;
	for (size_t i = 0; i < n; i++) {
		if (tok[i].kind != NCG_TOK_WORD || tok[i].e - tok[i].b < 2)
			continue;
		if (!(tok[i].flags & NCG_TF_UPPER)) {
			if ((st = mixed_seen(doc, i, seen, &was)) != NCG_OK)
				break;
			if (was)
				continue;
		}
		words++;
		upper += (tok[i].flags & NCG_TF_UPPER) != 0;
		/* more than one in ten of the n tokens not in capitals: no
		 * such cable, whatever follows (speed only: most texts are
		 * told within their first lines) */
		if ((words - upper) * 10 > n)
			break;
		keys += header_line(doc, lex, i);
		pages += page_line(doc, i);
	}
	*caps = st == NCG_OK && (words - upper) * 10 <= n &&
	        (keys >= 3 || pages >= 1) && words >= 40 &&
	        upper * 10 >= words * 9;
	ncg_strmap_free(seen);
	return st;
}

ncg_token *
ncg_cable_folded_tokens(const ncg_doc *doc, const ncg_mentions *ms)
{
	size_t n = ncg_doc_ntokens(doc), nm = ncg_mentions_count(ms);
	ncg_token *t;
	unsigned char *held;

	if (!ncg_mentions_cable_in_capitals(ms) || !(t = malloc(n * sizeof *t + n + 1)))
		return NULL;
	memcpy(t, ncg_doc_tokens(doc), n * sizeof *t);
	held = (unsigned char *)(t + n);
	memset(held, 0, n + 1);
	for (size_t k = 0; k < nm; k++) {
		const ncg_mention *m = ncg_mentions_at(ms, k);

		for (size_t i = m->t0; i < m->t1 && i < n; i++)
			held[i] = 1;
	}
	for (size_t i = 0; i < n; i++)
		if (t[i].kind == NCG_TOK_WORD && !held[i] && !(t[i].flags & (NCG_TF_LOWER | NCG_TF_DOTTED)) &&
		    (t[i].flags & NCG_TF_CAP))
			t[i].flags = (uint16_t)((t[i].flags & ~(NCG_TF_CAP | NCG_TF_UPPER)) | NCG_TF_LOWER);
	return t;
}

/* rules209: the end of a cable's SUBJECT line opening at token a: its
 * line, and the next while a line ends on a comma or a hyphen, the
 * subject run on ("SUBJ: VISIT OF ASST SECY YEUTTER AND FAS ADM HUME,
 * JAN 13 AND 21-24,\n1975"); never into a header line (a REF line's
 * dates are another cable's). */
static size_t
subject_end(const ncg_doc *doc, const ncg_lexicon *lex, size_t a)
{
	const ncg_token *tok = ncg_doc_tokens(doc);
	size_t n = ncg_doc_ntokens(doc), i = a + 1;

	for (; i < n; i++)
		if ((tok[i].flags & NCG_TF_LINE) &&
		    ((!ncg_doc_tok_is(doc, i - 1, ",") && !ncg_doc_tok_is(doc, i - 1, "-")) ||
		     header_line(doc, lex, i)))
			break;
	return i;
}

/* fix62 (review62): the second day of a token "D1-D2" at i (one or
 * two figures each), or 0. */
static int
day_pair(const ncg_doc *doc, size_t i)
{
	const ncg_token *tok = ncg_doc_tokens(doc);
	const char *w = ncg_doc_tok_ptr(doc, i);
	size_t len = tok[i].e - tok[i].b, f = 0, g;

	if (tok[i].kind != NCG_TOK_NUMBER)
		return 0;
	while (f < len && w[f] >= '0' && w[f] <= '9')
		f++;
	if (f < 1 || f > 2 || f + 1 >= len || w[f] != '-')
		return 0;
	for (g = f + 1; g < len && w[g] >= '0' && w[g] <= '9'; g++)
		;
	return g == len && g - f - 1 <= 2 ? atoi(w + f + 1) : 0;
}

/* rules209, fix62: the last day of the span of days of date m, the line
 * cut at e: the day right after the month in one token "D1-D2" ("APRIL
 * 13-18, 1974"), or "D1 AND D2-D3" ("JAN 13 AND 21-24"); m's own day
 * when neither ("APRIL 3: PARAS 1 TO 12" is one day). */
static int
span_last_day(const ncg_doc *doc, const ncg_lexicon *lex, const ncg_mention *m, size_t e)
{
	const ncg_token *tok = ncg_doc_tokens(doc);
	size_t i = m->t0;
	int last;

	while (i < e && i <= m->t1 && tok[i].kind != NCG_TOK_NUMBER)
		i++;
	if (i >= e || i > m->t1)
		return m->date.d;
	if ((last = day_pair(doc, i)) != 0)
		return last;
	if (i + 2 < e && ncg_doc_wl_at(doc, lex, NCG_WL_PAIR_CONJUNCTION, i + 1, e) == i + 2 &&
	    (last = day_pair(doc, i + 2)) != 0)
		return last;
	/* rules232: "D1 TO D2" inside the date (lex:dayRangeJoiner, read
	 * in capitals too by the date's reader: "APRIL 13 TO 18") */
	if (i + 2 < e && i + 2 < m->t1 && tok[i + 2].kind == NCG_TOK_NUMBER &&
	    ncg_doc_wl_at(doc, lex, NCG_WL_DAY_RANGE_JOINER, i + 1, e) == i + 2)
		return atoi(ncg_doc_tok_ptr(doc, i + 2));
	return m->date.d;
}

/* rules209: the first date mention in tokens [a, b), or NULL. */
static const ncg_mention *
first_date_in(const ncg_mentions *ms, size_t a, size_t b)
{
	for (size_t k = 0; k < ncg_mentions_count(ms); k++) {
		const ncg_mention *m = ncg_mentions_at(ms, k);

		if (m->kind == NCG_M_DATE && m->t0 >= a && m->t1 <= b && m->date.m && m->date.d)
			return m;
	}
	return NULL;
}

/* fix62: is the title at token i qualified by the word before it, of
 * another state or office ("MEXICAN SECRETARY", "FOREIGN SECRETARY", "UN
 * SECRETARY")?  Only punctuation or "of" (lex:headOf: "SUMMARY OF
 * SECRETARY BUTZ VISIT") may stand there. */
static int
title_qualified(const ncg_doc *doc, const ncg_lexicon *lex, size_t a, size_t i)
{
	const ncg_token *tok = ncg_doc_tokens(doc);

	return i > a && (tok[i - 1].kind == NCG_TOK_WORD || tok[i - 1].kind == NCG_TOK_NUMBER) &&
	       ncg_doc_wl_at(doc, lex, NCG_WL_HEAD_OF, i - 1, i) != i;
}

/* fix62 (review62): tokens before the subject line's visit noun within
 * which a U.S. visitor's title stands ("ASST SECY BELL JAN 11-14 VISIT":
 * 4), and after it ("VISIT OF ASST SECY": 3) */
#define VISITOR_BEFORE 6
#define VISITOR_AFTER 3

/* fix62 (review62): the first token of a U.S. visitor's title (lex:
 * cableSubjectUsTitle) next to the visit noun v of the line [a, b), not
 * qualified by a word before it (title_qualified); b if none.  A
 * third state's visit or a ship's port visit is not the statement's. */
static size_t
us_visitor_at(const ncg_doc *doc, const ncg_lexicon *lex, size_t a, size_t v, size_t b)
{
	size_t i0 = v > a + VISITOR_BEFORE ? v - VISITOR_BEFORE : a + 1;
	size_t i1 = v + 1 + VISITOR_AFTER < b ? v + 1 + VISITOR_AFTER : b;

	for (size_t i = i0; i < i1; i++)
		if (i != v && ncg_doc_wl_at(doc, lex, NCG_WL_CABLE_SUBJECT_US_TITLE, i, b) &&
		    !title_qualified(doc, lex, a, i))
			return i;
	return b;
}

/* fix62 (review62): the end of the part of the line [t, b) that a date
 * of the visit may stand in: a ":" or ";" ends it ("CODEL WOLFF VISIT
 * APRIL 3: PARAS 1 TO 12"). */
static size_t
clause_end(const ncg_doc *doc, size_t t, size_t b)
{
	for (size_t i = t; i < b; i++)
		if (ncg_doc_tok_is(doc, i, ":") || ncg_doc_tok_is(doc, i, ";"))
			return i;
	return b;
}

/* rules209: does a word of list wl start in tokens [a, b)? */
static int
wl_in(const ncg_doc *doc, const ncg_lexicon *lex, ncg_wordlist wl, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (ncg_doc_wl_at(doc, lex, wl, i, b))
			return 1;
	return 0;
}

/* fix64 (review64): the SUBJECT line's guard shared by
 * ncg_cable_subject_visit and ncg_cable_subject_held: a cable in
 * capitals, the line's key at a, the cable's own date known.  The
 * subject's end, or 0. */
static size_t
subject_line_end(const ncg_doc *doc, const ncg_lexicon *lex, const ncg_mentions *ms,
                 const int issued[3], size_t a)
{
	if (!ncg_mentions_cable_in_capitals(ms) || a >= ncg_doc_ntokens(doc) ||
	    !(ncg_doc_tokens(doc)[a].flags & NCG_TF_LINE) ||
	    ncg_doc_wl_at(doc, lex, NCG_WL_RECORD_SUBJECT_KEY, a, a + 1) != a + 1 ||
	    !issued[0] || !issued[2])
		return 0;
	return subject_end(doc, lex, a);
}

/* fix64: does the subject [a, b) say its act is to come or not held? */
static int
subject_unheld(const ncg_doc *doc, const ncg_lexicon *lex, size_t a, size_t b)
{
	return wl_in(doc, lex, NCG_WL_FUTURE_CUE, a, b) ||
	       wl_in(doc, lex, NCG_WL_UNHELD_RECORD_CUE, a, b) ||
	       wl_in(doc, lex, NCG_WL_CABLE_SUBJECT_UNHELD, a, b);
}

/* fix64: the subject's act at i on the first day m of year y: sets *v
 * and *first, returns 1. */
static int
subject_day(const ncg_mention *m, int y, size_t i, size_t *v, ncg_date *first)
{
	*v = i;
	*first = m->date;
	first->y = y;
	return 1;
}

int
ncg_cable_subject_visit(const ncg_doc *doc, const ncg_lexicon *lex, const ncg_mentions *ms,
                        const int issued[3], size_t a, size_t *v, ncg_date *first)
{
	size_t b, i, t, e;
	const ncg_mention *m;
	int y, last;

	if ((b = subject_line_end(doc, lex, ms, issued, a)) == 0)
		return 0;
	for (i = a + 1; i < b && ncg_doc_wl_at(doc, lex, NCG_WL_SUBJECT_VISIT_NOUN, i, b) != i + 1; i++)
		;
	if (i >= b || subject_unheld(doc, lex, a, b) || (t = us_visitor_at(doc, lex, a, i, b)) >= b)
		return 0;
	/* the date in the visitor's phrase or after the visit noun, never
	 * another item's before them ("APRIL 3-5 ... TALKS AND SECRETARY
	 * HARLOW VISIT") */
	t = t < i ? t : i;
	e = clause_end(doc, t, b);
	if (!(m = first_date_in(ms, t, e)))
		return 0;
	y = m->date.y ? m->date.y : issued[0];
	last = span_last_day(doc, lex, m, e);
	/* a span of days, ended by the cable's own date */
	if (last <= m->date.d || last > 31 ||
	    ncg_day_number((const int[3]){y, m->date.m, last}) > ncg_day_number(issued))
		return 0;
	return subject_day(m, y, i, v, first);
}

const ncg_mention *
ncg_cable_subject_visit_place(const ncg_doc *doc, const ncg_lexicon *lex, const ncg_mentions *ms,
                              const int issued[3], size_t a)
{
	size_t b, i, e;

	if ((b = subject_line_end(doc, lex, ms, issued, a)) == 0 || subject_unheld(doc, lex, a, b))
		return NULL;
	for (i = a + 1; i + 2 < b; i++) {
		if (ncg_doc_wl_at(doc, lex, NCG_WL_SUBJECT_VISIT_NOUN, i, b) != i + 1 ||
		    ncg_doc_wl_at(doc, lex, NCG_WL_WELCOME_TARGET_PREP, i + 1, b) != i + 2)
			continue;
		e = clause_end(doc, i, b);
		for (size_t k = 0; k < ncg_mentions_count(ms); k++) {
			const ncg_mention *m = ncg_mentions_at(ms, k);

			if (m->kind == NCG_M_PLACE && m->t0 == i + 2 && m->t1 == e)
				return m;
		}
		return NULL;
	}
	return NULL;
}

/* rules216: the end of a SUBJECT line [a, b) run on over a line that
 * ends on the participle just before b ("DISCUSSIONS HELD" / "ON WHALING
 * ISSUES MAY 16-17"): the next line's end, unless it is a header line. */
static size_t
held_subject_end(const ncg_doc *doc, const ncg_lexicon *lex, size_t b)
{
	if (b >= ncg_doc_ntokens(doc) || header_line(doc, lex, b))
		return b;
	return subject_end(doc, lex, b);
}

/* fix64: is date m, after the held verb at j, the day of the talks?
 * Not a bound ("SINCE MAY 16", lex:dateBoundCue), nor a date inside
 * parentheses or after a cable's reference ("(STATE 98765 OF MAY 12)",
 * "REFTEL"): another telegram's. */
static int
subject_day_ok(const ncg_doc *doc, const ncg_lexicon *lex, size_t j, const ncg_mention *m)
{
	int open = 0;

	for (size_t q = m->t0 > j + 2 ? m->t0 - 2 : j; q < m->t0; q++)
		if (ncg_doc_wl_at(doc, lex, NCG_WL_DATE_BOUND_CUE, q, m->t0) == m->t0)
			return 0;
	for (size_t q = j; q < m->t0; q++) {
		if (ncg_doc_tok_is(doc, q, "("))
			open++;
		else if (ncg_doc_tok_is(doc, q, ")") && open)
			open--;
	}
	return !open && !wl_in(doc, lex, NCG_WL_CABLE_REFERENCE_KEY, j, m->t0);
}

int
ncg_cable_subject_held(const ncg_doc *doc, const ncg_lexicon *lex, const ncg_mentions *ms,
                       const int issued[3], size_t a, size_t *v, ncg_date *first)
{
	size_t b, i, j = 0;
	const ncg_mention *m;
	int y;

	if ((b = subject_line_end(doc, lex, ms, issued, a)) == 0)
		return 0;
	for (i = a + 1; i < b; i++) {
		size_t e = ncg_doc_wl_at(doc, lex, NCG_WL_MEETING_NOUN, i, b);

		if (!e)
			e = ncg_doc_wl_at(doc, lex, NCG_WL_CABLE_TALK_NOUN, i, b);

		if (e && e < b && (j = ncg_doc_wl_at(doc, lex, NCG_WL_MEETING_VERB, e, b)) != 0)
			break;
	}
	if (i >= b)
		return 0;
	if (j == b)
		b = held_subject_end(doc, lex, b);
	if (subject_unheld(doc, lex, a, b) || wl_in(doc, lex, NCG_WL_NEGATION_WORD, a, j) ||
	    !(m = first_date_in(ms, j, clause_end(doc, j, b))) || !subject_day_ok(doc, lex, j, m))
		return 0;
	y = m->date.y ? m->date.y : issued[0];
	if (ncg_day_number((const int[3]){y, m->date.m, m->date.d}) > ncg_day_number(issued))
		return 0;
	return subject_day(m, y, i, v, first);
}

/* rules224: the most words of an official's title inside the brackets
 * before his office ("(IRON AND STEEL INDUSTRY DIVISION DIRECTOR ISHII)") */
#define BRACKET_TITLE_WORDS 6

/* fix70 (review70): does a day of a date start right after the ")" at
 * o1, or after one word of lex:bracketDayGlue ("...) ON NOVEMBER 26")? */
static int
bracket_day(const ncg_doc *doc, const ncg_lexicon *lex, const ncg_mentions *ms, size_t o1)
{
	size_t d = o1 + 1, n = ncg_doc_ntokens(doc);

	if (ncg_doc_wl_at(doc, lex, NCG_WL_BRACKET_DAY_GLUE, d, d + 1) == d + 1)
		d++;
	for (size_t k = 0; k < ncg_mentions_count(ms); k++) {
		const ncg_mention *m = ncg_mentions_at(ms, k);

		/* fix71b (review71): not "ON NOVEMBER 26 (OF) LAST YEAR",
		 * another year's day (lex:relativeLast) */
		if (m->kind == NCG_M_DATE && m->t0 == d && m->date.m && m->date.d)
			return !wl_in(doc, lex, NCG_WL_RELATIVE_LAST, m->t0,
			              m->t1 + 2 < n ? m->t1 + 2 : n);
	}
	return 0;
}

int
ncg_cable_bracket_official(const ncg_doc *doc, const ncg_lexicon *lex, const ncg_mentions *ms,
                           size_t e, size_t o0, size_t o1)
{
	const ncg_token *tok = ncg_doc_tokens(doc);
	size_t n = ncg_doc_ntokens(doc), p;

	if (o1 >= n || o0 <= e + 1 || !ncg_doc_tok_is(doc, o1, ")") || !bracket_day(doc, lex, ms, o1))
		return 0;
	for (size_t k = 0; k < ncg_mentions_count(ms); k++) {
		const ncg_mention *m = ncg_mentions_at(ms, k);

		if (m->kind != NCG_M_BODY || m->t0 != e || m->t1 >= o0 ||
		    !ncg_doc_tok_is(doc, m->t1, "(") || o0 > m->t1 + 1 + BRACKET_TITLE_WORDS)
			continue;
		/* words only between the bracket and the official */
		for (p = m->t1 + 1; p < o0 && tok[p].kind == NCG_TOK_WORD; p++)
			;
		return p == o0;
	}
	return 0;
}
