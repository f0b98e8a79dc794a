/* ncgkg: recognising dates, periods and ordinal meetings. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "recognise_internal.h"

/* What number_at and season_at return for a token that is none. */
enum { NOT_ONE = -1 };

/* The value of a number token of at most `maxd` digits, optionally with an
 * ordinal suffix when `suffix` ("15", "15th"); NOT_ONE if not one. */
static long
number_at(const rc_ctx *rc, size_t i, size_t maxd, int suffix)
{
	const char *w;
	size_t n, d = 0;
	long v = 0;

	if (i >= rc->ntok || rc->tok[i].kind != NCG_TOK_NUMBER)
		return NOT_ONE;
	w = rc->s + rc->tok[i].b;
	n = rc->tok[i].e - rc->tok[i].b;
	while (d < n && isdigit((unsigned char)w[d]) && d <= maxd)
		v = v * 10 + (w[d++] - '0');
	if (d == 0 || d > maxd || (d < n && isdigit((unsigned char)w[d])))
		return NOT_ONE;
	if (d == n)
		return v;
	if (suffix && n - d == 2 &&
	    (!strncasecmp(w + d, "st", 2) || !strncasecmp(w + d, "nd", 2) ||
	     !strncasecmp(w + d, "rd", 2) || !strncasecmp(w + d, "th", 2)))
		return v;
	return NOT_ONE;
}

static int
year_at(const rc_ctx *rc, size_t i)
{
	long y;

	if (i >= rc->ntok || rc->tok[i].e - rc->tok[i].b != 4)
		return 0;
	y = number_at(rc, i, 4, 0);
	return y >= 1900 && y <= 2199 ? (int)y : 0;
}

/* Add a date over tokens [t0, t1) and set *end to t1. */
static ncg_status
add_date(rc_ctx *rc, uint32_t s, size_t t0, size_t t1, int y, int m, int d, int prec,
         size_t *end)
{
	ncg_mention *x;

	NCG_TRY(rc_add(rc, NCG_M_DATE, s, t0, t1, &x));
	x->date.y = y;
	x->date.m = m;
	x->date.d = d;
	x->date.prec = prec;
	NCG_TRY(rc_span(rc, t0, t1, &x->name));
	rc_claim(rc, t0, t1, RC_CLAIM_DATE);
	*end = t1;
	return NCG_OK;
}

/* Words after which a bare month name is a date ("in July", "this November"). */
static const char *const MONTH_CUES[] = {
	"in", "this", "of", "since", "until", "by", "during", "last", "next", "early",
	"late", "mid", "through", "from", "to", "and", "In", "Since", "By", "During",
	"Until", "From", "Through", "Early", "Late", NULL
};

/* One date at token i: sets *end to its end, or to 0. */
static ncg_status
date_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *end)
{
	int m = rc_month_at(rc, i), y;
	long d;
	size_t j;

	*end = 0;
	if (m) {
		/* Month Day[,] Year | Month Day | Month Year | Month */
		j = i + 1;
		d = number_at(rc, j, 2, 1);
		if (d > 0 && ncg_day_valid(0, m, d)) {
			j++;
			if (rc_punct(rc, j, ",") && year_at(rc, j + 1))
				j++;
			if ((y = year_at(rc, j)) != 0 && ncg_day_valid(y, m, d))
				return add_date(rc, s, i, j + 1, y, m, (int)d, NCG_PREC_DAY, end);
			return add_date(rc, s, i, i + 2, 0, m, (int)d, NCG_PREC_DAY, end);
		}
		if (rc_punct(rc, j, ",") && year_at(rc, j + 1))
			j++;
		if ((y = year_at(rc, j)) != 0)
			return add_date(rc, s, i, j + 1, y, m, 0, NCG_PREC_MONTH, end);
		if (m == 5 && !(i > 0 && rc_in(rc, i - 1, MONTH_CUES)))
			return NCG_OK;     /* "May" the verb */
		if (i > 0 && (rc_in(rc, i - 1, MONTH_CUES) || m != 5)) {
			NCG_TRY(add_date(rc, s, i, i + 1, 0, m, 0, NCG_PREC_MONTH, end));
			if (rc_is(rc, i - 1, "this"))
				rc->m[rc->nm - 1].date.this_ = 1;
		}
		return NCG_OK;
	}
	/* Day Month Year: "15 December 2023", "15th of December, 2023";
	 * "this 26th day of April, 2023" */
	if ((d = number_at(rc, i, 2, 1)) > 0) {
		j = i + 1;
		if (rc_is(rc, j, "day") && rc_is(rc, j + 1, "of"))
			j += 2;
		else if (rc_is(rc, j, "of"))
			j++;
		if ((m = rc_month_at(rc, j)) != 0 && ncg_day_valid(0, m, d)) {
			size_t k = j + 1;

			if (rc_punct(rc, k, ",") && year_at(rc, k + 1))
				k++;
			if ((y = year_at(rc, k)) != 0 && ncg_day_valid(y, m, d))
				return add_date(rc, s, i, k + 1, y, m, (int)d, NCG_PREC_DAY, end);
			return add_date(rc, s, i, j + 1, 0, m, (int)d, NCG_PREC_DAY, end);
		}
	}
	/* 2023-12-15, 01/10/2025 (month first, unless the first number is over
	 * 12), 2023/12/15 */
	if (i < lim && rc->tok[i].kind == NCG_TOK_NUMBER) {
		const char *w = rc->s + rc->tok[i].b;
		size_t n = rc->tok[i].e - rc->tok[i].b;
		int a, b, c;
		char sep;

		if (n == 10 && sscanf(w, "%4d%c%2d%*c%2d", &a, &sep, &b, &c) == 4 &&
		    (sep == '-' || sep == '/') && w[7] == sep && b >= 1 && b <= 12 &&
		    ncg_day_valid(a, b, c) && a >= 1900)
			return add_date(rc, s, i, i + 1, a, b, c, NCG_PREC_DAY, end);
		/* Korean style: 2025.1.10, 2025.01.10 */
		if (n >= 8 && n <= 10 && sscanf(w, "%4d.%2d.%2d", &a, &b, &c) == 3 && a >= 1900 &&
		    w[4] == '.' && b >= 1 && b <= 12 && ncg_day_valid(a, b, c))
			return add_date(rc, s, i, i + 1, a, b, c, NCG_PREC_DAY, end);
		if ((n == 10 || n == 8 || n == 9) &&
		    sscanf(w, "%2d/%2d/%4d", &a, &b, &c) == 3 && c >= 1900) {
			int mm = a, dd = b;

			if (a > 12) {
				mm = b;
				dd = a;
			}
			if (mm >= 1 && mm <= 12 && ncg_day_valid(c, mm, dd))
				return add_date(rc, s, i, i + 1, c, mm, dd, NCG_PREC_DAY, end);
		}
	}
	return NCG_OK;
}

static const char *const SEASONS[] = {"spring", "summer", "fall", "winter", "autumn", NULL};

/* The season at token i (0 spring .. 3 winter), or NOT_ONE. */
static int
season_at(const rc_ctx *rc, size_t i)
{
	for (int k = 0; SEASONS[k]; k++)
		if (rc_ieq(rc, i, SEASONS[k]))
			return k == 4 ? 2 : k;
	return NOT_ONE;
}

/* A year reference at i: "2025", "this year", "next year"; sets *ref and
 * returns its end, or 0. */
static size_t
year_ref_at(const rc_ctx *rc, size_t i, ncg_year_ref *ref)
{
	int y = year_at(rc, i);

	if (y) {
		*ref = (ncg_year_ref){y, 0};
		return i + 1;
	}
	if ((rc_ieq(rc, i, "this") || rc_ieq(rc, i, "next") || rc_ieq(rc, i, "last")) &&
	    rc_ieq(rc, i + 1, "year")) {
		*ref = (ncg_year_ref){0, rc_ieq(rc, i, "next") ? 1 : rc_ieq(rc, i, "last") ? -1 : 0};
		return i + 2;
	}
	return 0;
}

/* Add a period over tokens [t0, t1) and set *end to t1. */
static ncg_status
add_period(rc_ctx *rc, uint32_t s, size_t t0, size_t t1, ncg_period_kind k,
           int which, ncg_year_ref yr, size_t *end)
{
	ncg_mention *x;

	NCG_TRY(rc_add(rc, NCG_M_PERIOD, s, t0, t1, &x));
	x->period.kind = k;
	x->period.which = which;
	x->period.year = yr;
	NCG_TRY(rc_span(rc, t0, t1, &x->name));
	rc_claim(rc, t0, t1, RC_CLAIM_DATE);
	*end = t1;
	return NCG_OK;
}

/* One period at token i: sets *end to its end, or to 0. */
static ncg_status
period_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *end)
{
	ncg_year_ref yr;
	size_t e, j;
	int k, w;

	(void)lim;
	*end = 0;
	/* next summer, this spring, summer 2024, summer of 2024 */
	if ((rc_ieq(rc, i, "next") || rc_ieq(rc, i, "this") || rc_ieq(rc, i, "last")) &&
	    (k = season_at(rc, i + 1)) >= 0) {
		yr = (ncg_year_ref){0, rc_ieq(rc, i, "next") ? 1 : rc_ieq(rc, i, "last") ? -1 : 0};
		return add_period(rc, s, i, i + 2, NCG_PER_SEASON, k, yr, end);
	}
	if ((k = season_at(rc, i)) >= 0) {
		j = i + 1;
		if (rc_is(rc, j, "of"))
			j++;
		if ((e = year_ref_at(rc, j, &yr)) != 0)
			return add_period(rc, s, i, e, NCG_PER_SEASON, k, yr, end);
		return NCG_OK;
	}
	/* first half of 2025, second half of next year, third quarter of 2025 */
	w = rc_ieq(rc, i, "first") ? 1 : rc_ieq(rc, i, "second") ? 2 :
	    rc_ieq(rc, i, "third") ? 3 : rc_ieq(rc, i, "fourth") ? 4 : 0;
	if (w && (rc_ieq(rc, i + 1, "half") || rc_ieq(rc, i + 1, "quarter")) &&
	    (rc_is(rc, i + 2, "of") || rc_is(rc, i + 2, "in"))) {
		int half = rc_ieq(rc, i + 1, "half");

		if ((half && w > 2) || !(e = year_ref_at(rc, i + 3, &yr)))
			return NCG_OK;
		return add_period(rc, s, i, e, half ? NCG_PER_HALF : NCG_PER_QUARTER, w, yr, end);
	}
	/* early 2026, mid-2025, late next year, the end of 2025 */
	if (rc_ieq(rc, i, "early") || rc_ieq(rc, i, "late") || rc_ieq(rc, i, "mid")) {
		int part = rc_ieq(rc, i, "early") ? 0 : rc_ieq(rc, i, "mid") ? 1 : 2;
		size_t y0 = i + 1;

		if (rc_punct(rc, y0, "-") && rc_adjacent(rc, y0))
			y0++;
		if ((e = year_ref_at(rc, y0, &yr)) != 0)
			return add_period(rc, s, i, e, NCG_PER_PART, part, yr, end);
		return NCG_OK;
	}
	if (i < rc->ntok && rc->tok[i].e - rc->tok[i].b == 8 &&
	    strncasecmp(rc->s + rc->tok[i].b, "mid-", 4) == 0) {
		int y = atoi(rc->s + rc->tok[i].b + 4);

		if (y >= 1900 && y <= 2199)
			return add_period(rc, s, i, i + 1, NCG_PER_PART, 1,
			                  (ncg_year_ref){y, 0}, end);
	}
	if (rc_ieq(rc, i, "end") && rc_is(rc, i + 1, "of")) {
		j = i + 2;
		if (rc_is(rc, j, "the") && rc_ieq(rc, j + 1, "year")) {
			yr = (ncg_year_ref){0, 0};
			return add_period(rc, s, i, j + 2, NCG_PER_PART, 2, yr, end);
		}
		if ((e = year_ref_at(rc, j, &yr)) != 0)
			return add_period(rc, s, i, e, NCG_PER_PART, 2, yr, end);
		return NCG_OK;
	}
	/* later this year, later this month */
	if ((rc_ieq(rc, i, "later") || rc_ieq(rc, i, "latter")) && rc_ieq(rc, i + 1, "this")) {
		if (rc_ieq(rc, i + 2, "year"))
			return add_period(rc, s, i, i + 3, NCG_PER_REST_OF_YEAR, 0,
			                  (ncg_year_ref){0, 0}, end);
		if (rc_ieq(rc, i + 2, "month"))
			return add_period(rc, s, i, i + 3, NCG_PER_REST_OF_MONTH, 0,
			                  (ncg_year_ref){0, 0}, end);
	}
	/* next year, this year; "in 2025" */
	if ((rc_ieq(rc, i, "next") || rc_ieq(rc, i, "this")) && rc_ieq(rc, i + 1, "year") &&
	    (e = year_ref_at(rc, i, &yr)) != 0)
		return add_period(rc, s, i, e, NCG_PER_YEAR, 0, yr, end);
	if (i > 0 && (rc_is(rc, i - 1, "in") || rc_is(rc, i - 1, "during")) &&
	    year_at(rc, i) && !rc_month_at(rc, i + 1)) {
		yr = (ncg_year_ref){year_at(rc, i), 0};
		return add_period(rc, s, i, i + 1, NCG_PER_YEAR, 0, yr, end);
	}
	return NCG_OK;
}

ncg_status
rc_dates_in(rc_ctx *rc, uint32_t s, size_t t0, size_t t1)
{
	for (size_t i = t0; i < t1; i++) {
		size_t e;

		if (rc_claimed(rc, i, i + 1, RC_CLAIM_DATE | RC_CLAIM_NAME))
			continue;
		NCG_TRY(date_at(rc, s, i, t1, &e));
		if (!e && !rc_claimed(rc, i, i + 1, RC_CLAIM_BODY))
			NCG_TRY(period_at(rc, s, i, t1, &e));
		if (e > i)
			i = e - 1;
	}
	return NCG_OK;
}

ncg_status
rc_dates(rc_ctx *rc)
{
	for (size_t s = 0; s < rc->nsent; s++)
		if (rc->body_sent[s])
			NCG_TRY(rc_dates_in(rc, (uint32_t)s, rc->sent[s].t0, rc->sent[s].t1));
	return NCG_OK;
}

/* ---- ordinal meetings ---------------------------------------------------------- */

static const char *const MEETING_NOUNS[] = {
	"meeting", "Meeting", "meetings", "session", "Session", "round", "Round",
	"plenary", "Plenary", "convening", "iteration", "gathering", NULL
};

static const char *const MEETING_MODIFIERS[] = {
	"ministerial", "vice-ministerial", "annual", "bilateral", "regular",
	"formal", "full", "principal", "principals", "deputy", "official",
	"senior", "trilateral", "joint", "in-person", "virtual", NULL
};

static int
modifier_ok(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;

	if (rc_in(rc, i, MEETING_MODIFIERS))
		return 1;
	return n > 6 && strncmp(w + n - 6, "-level", 6) == 0;   /* principal-level */
}

static int
title_sentence(const rc_ctx *rc, size_t s)
{
	return rc->head.has_title && rc->sent[s].b >= rc->head.title_b &&
	       rc->sent[s].e <= rc->head.title_e;
}

ncg_status
rc_meetings(rc_ctx *rc)
{
	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		if (!rc->body_sent[s] && !title_sentence(rc, s))
			continue;
		for (size_t i = st->t0; i < st->t1; i++) {
			size_t e, j, end = 0;
			int ord = 0;
			const char *series = NULL;
			int noun = 0;
			ncg_mention *m;

			if (rc_claimed(rc, i, i + 1, RC_CLAIM_DATE | RC_CLAIM_NAME))
				continue;
			if (rc_ieq(rc, i, "next")) {
				ord = NCG_ORDINAL_NEXT;
				e = i + 1;
			} else {
				ord = rc_ordinal_word(rc, i, &e);
			}
			if (!ord)
				continue;
			for (j = e; j < st->t1 && j - e < 16; j++) {
				ncg_mention *b = rc_claimed(rc, j, j + 1, RC_CLAIM_BODY)
				                 ? rc_mention_at(rc, NCG_M_BODY, j) : NULL;

				if (rc_in(rc, j, MEETING_NOUNS)) {
					noun = 1;
					end = j + 1;
					/* "meeting of the Security Consultative Meeting" */
					if (rc_is(rc, j + 1, "of")) {
						size_t k = j + 2 + (rc_is(rc, j + 2, "the") || rc_is(rc, j + 2, "their") ||
						                    rc_is(rc, j + 2, "its") || rc_is(rc, j + 2, "our"));
						ncg_mention *ob = rc_mention_at(rc, NCG_M_BODY, k);

						if (ob && ob->t0 == k) {
							series = ob->key;
							end = ob->t1;
							/* "of the NCG (NCG) Working Group": its part */
							for (size_t q = end; q < end + 4 && q < st->t1; q++) {
								ncg_mention *sub = rc_mention_at(rc, NCG_M_BODY, q);

								if (sub && sub->body.part_of && !strcmp(sub->body.part_of, ob->key)) {
									series = sub->key;
									end = sub->t1;
									break;
								}
							}
						}
					}
					break;
				}
				if (b) {
					series = b->key;
					end = b->t1;
					j = b->t1 - 1;
					continue;
				}
				if (rc_cap(rc, j) || (rc->tok[j].flags & (NCG_TF_UPPER | NCG_TF_DOTTED)) ||
				    modifier_ok(rc, j) || rc_punct(rc, j, "-") || rc_punct(rc, j, "(") ||
				    rc_punct(rc, j, ")") || rc_punct(rc, j, "\xE2\x80\x93"))
					continue;
				/* "U.S.-Republic of Korea (ROK) Nuclear ..." */
				if ((rc_is(rc, j, "of") || rc_is(rc, j, "the") || rc_is(rc, j, "and")) &&
				    j > e && rc_cap(rc, j - 1) &&
				    (rc_cap(rc, j + 1) || (rc_is(rc, j + 1, "the") && rc_cap(rc, j + 2))))
					continue;
				break;
			}
			if (!noun && !series)
				continue;
			/* "the fourth NCG table-top simulation" is an activity */
			if (!noun && end < st->t1 &&
			    rc_lex_longest(rc, end, st->t1, 1u << NCG_LEX_ACTIVITY_KIND,
			                   1u << NCG_LEXW_CUE, &(size_t){0}))
				continue;
			if (!noun && end + 1 < st->t1 && rc_lower(rc, end) &&
			    rc_lex_longest(rc, end + 1, st->t1, 1u << NCG_LEX_ACTIVITY_KIND,
			                   1u << NCG_LEXW_CUE, &(size_t){0}))
				continue;
			/* "the NCG's third meeting" */
			if (!series && i >= 3 && rc_apostrophe_s(rc, i - 2)) {
				ncg_mention *b = rc_mention_at(rc, NCG_M_BODY, i - 3);

				if (b)
					series = b->key;
			}
			NCG_TRY(rc_add(rc, NCG_M_MEETING, (uint32_t)s, i, end, &m));
			m->meeting.ordinal = ord;
			m->meeting.series = series;
			NCG_TRY(rc_span(rc, i, end, &m->name));
			i = end - 1;
		}
	}
	return NCG_OK;
}
