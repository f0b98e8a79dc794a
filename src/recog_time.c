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
 * ordinal suffix when `suffix` ("15", "15th"); NOT_ONE if not one
 * (ncg_doc_number, the segmenter's reader too). */
static long
number_at(const rc_ctx *rc, size_t i, size_t maxd, int suffix)
{
	return ncg_doc_number(rc->doc, i, maxd, suffix);
}

static int
year_at(const rc_ctx *rc, size_t i)
{
	long y;

	if (i >= rc->ntok || rc->tok[i].e - rc->tok[i].b != 4)
		return 0;
	y = number_at(rc, i, 4, 0);
	return y >= NCG_YEAR_MIN && y <= NCG_YEAR_MAX ? (int)y : 0;
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

/* The first day of a day or a range of days at token j: "16", "16th",
 * "16-17" (one token), "16 - 17", "11 to 12", "21 and 22" (lex:dayRangeJoiner).  Sets *d and
 * returns the token after it, or 0. */
static size_t
day_at(const rc_ctx *rc, size_t j, size_t lim, long *d)
{
	const char *w;
	size_t n, k = 0;

	*d = number_at(rc, j, 2, 1);
	if (*d > 0) {
		size_t e = j + 1;

		/* a range's second day, with a dash or a lex:dayRangeJoiner
		 * ("to", "and"; rules232: in capitals too, as cables print
		 * it: "AUG 10 TO 14", "MARCH 19 TO 22") */
		if (e + 1 < lim && (rc_hyphen(rc, e) || rc_wl(rc, e, NCG_WL_DAY_RANGE_JOINER) ||
				    ((rc->tok[e].flags & NCG_TF_UPPER) &&
				     rc_wl_ci(rc, e, NCG_WL_DAY_RANGE_JOINER))) &&
		    number_at(rc, e + 1, 2, 1) > *d && !year_at(rc, e + 1))
			e += 2;
		return e;
	}
	if (j >= lim || rc->tok[j].kind != NCG_TOK_NUMBER)
		return 0;
	/* "16-17": one token */
	w = rc->s + rc->tok[j].b;
	n = rc->tok[j].e - rc->tok[j].b;
	while (k < n && k < 2 && w[k] >= '0' && w[k] <= '9')
		k++;
	if (k == 0 || k >= n || w[k] != '-')
		return 0;
	*d = atol(w);
	return *d > 0 ? j + 1 : 0;
}

/* A month name glued to its day: "September23", "September23-24" (as
 * some pages print them).  Sets *m and *d and returns 1, or 0. */
static int
glued_month_day(const rc_ctx *rc, size_t i, int *m, long *d)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;

	if (rc->tok[i].kind != NCG_TOK_WORD || !rc_cap(rc, i))
		return 0;
	/* quick reject: no digit after a month's first three letters */
	while (n > 3 && !(w[n - 1] >= '0' && w[n - 1] <= '9'))
		n--;
	if (n <= 3)
		return 0;
	n = rc->tok[i].e - rc->tok[i].b;
	for (int k = 1; k <= 12; k++) {
		size_t ml = strlen(NCG_MONTH_NAMES[k]);

		if (n > ml && strncasecmp(w, NCG_MONTH_NAMES[k], ml) == 0 && w[ml] >= '0' &&
		    w[ml] <= '9') {
			*m = k;
			*d = atol(w + ml);
			return *d > 0 && ncg_day_valid(0, k, *d);
		}
	}
	return 0;
}

/* rules306: does sentence s stand on a line of the page's head, no
 * line of prose (bar a banner's) before its own, itself none? */
static int
head_line_sentence(const rc_ctx *rc, uint32_t s)
{
	const ncg_block *blk = ncg_doc_blocks(rc->doc);
	uint32_t b = rc->sent[s].block;

	for (uint32_t o = 0; o < b; o++)
		if (blk[o].prose && rc->furniture[o] != RC_BANNER)
			return 0;
	return !blk[b].prose;
}

/* rules306: a byline or an office line run into its date with no space,
 * as pages copied from army.mil print them ("By Sgt. 1st Class Jimmy R.
 * NorrisOctober 27, 2015", "Washington National GuardSeptember 7,
 * 2023"): word token i ends with a full month name, its capital glued
 * after a lower-case letter, then a day, a comma and a year of four
 * digits end a line of the page's head.  The date's anchor is the
 * glued token, its wording from the month on: a name ending in a month's
 * name ("...August") with no day and year after it is no date. */
static ncg_status
glued_tail_date(rc_ctx *rc, uint32_t s, size_t i, size_t *end)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;
	long d;
	int y;

	if (rc->tok[i].kind != NCG_TOK_WORD || i + 3 >= rc->ntok ||
	    (d = number_at(rc, i + 1, 2, 0)) <= 0 || !rc_punct(rc, i + 2, ",") ||
	    !(y = year_at(rc, i + 3)) ||
	    (i + 4 < rc->ntok && !(rc->tok[i + 4].flags & NCG_TF_LINE)) ||
	    !head_line_sentence(rc, s))
		return NCG_OK;
	for (int m = 1; m <= 12; m++) {
		size_t ml = strlen(NCG_MONTH_NAMES[m]);

		if (n < ml + 2 || memcmp(w + n - ml, NCG_MONTH_NAMES[m], ml) != 0 ||
		    !islower((unsigned char)w[n - ml - 1]) || !ncg_day_valid(y, m, d))
			continue;
		NCG_TRY(add_date(rc, s, i, i + 4, y, m, (int)d, NCG_PREC_DAY, end));
		rc->m[rc->nm - 1].name += n - ml;
		return NCG_OK;
	}
	return NCG_OK;
}

/* rules137: a year with a footnote's number glued to it, last on its
 * line ("Department of State, Washington, January 7, 19551": FRUS
 * prints the source note's number after a record's heading, glued as it
 * glues every note's number to the word before it): the year at token i
 * after a comma, or 0. */
static int
noted_year_at(const rc_ctx *rc, size_t i)
{
	size_t n;
	long y;

	if (i == 0 || i >= rc->ntok || !rc_punct(rc, i - 1, ","))
		return 0;
	n = rc->tok[i].e - rc->tok[i].b;
	if (n < 5 || n > 6 || (y = number_at(rc, i, 6, 0)) == NOT_ONE ||
	    (i + 1 < rc->ntok && !(rc->tok[i + 1].flags & NCG_TF_LINE)))
		return 0;
	while (n-- > 4)
		y /= 10;
	return y >= NCG_YEAR_MIN && y <= NCG_YEAR_MAX ? (int)y : 0;
}

/* After a day ending at j: ", 2023" or "2023".  Returns the year and sets
 * *end past it, or 0. */
static int
year_after(const rc_ctx *rc, size_t j, size_t *end)
{
	int y;

	if (rc_punct(rc, j, ",") && (year_at(rc, j + 1) || noted_year_at(rc, j + 1)))
		j++;
	if ((y = year_at(rc, j)) != 0 || (y = noted_year_at(rc, j)) != 0)
		*end = j + 1;
	return y;
}

/* Month Day[-Day][,] Year | Month Day | Month Year | Month, at token i. */
static ncg_status
month_first_date(rc_ctx *rc, uint32_t s, size_t i, size_t lim, int m, size_t *end)
{
	size_t j = i + 1, e;
	long d;
	int y;

	if (!m && glued_month_day(rc, i, &m, &d)) {
		if ((y = year_after(rc, i + 1, &e)) != 0 && ncg_day_valid(y, m, d))
			return add_date(rc, s, i, e, y, m, (int)d, NCG_PREC_DAY, end);
		return add_date(rc, s, i, i + 1, 0, m, (int)d, NCG_PREC_DAY, end);
	}
	if (!m)
		return NCG_OK;
	/* rules48: "Posted February. 13, 2004 22:28" (Dong-A Ilbo): a full
	 * stop glued to the month, then a day and a year */
	if (i + 2 < lim && rc_punct(rc, i + 1, ".") && rc->tok[i + 1].b == rc->tok[i].e &&
	    (j = day_at(rc, i + 2, lim, &d)) != 0 && d > 0 &&
	    (y = year_after(rc, j, &e)) != 0 && ncg_day_valid(y, m, d))
		return add_date(rc, s, i, e, y, m, (int)d, NCG_PREC_DAY, end);
	if ((j = day_at(rc, i + 1, lim, &d)) != 0 && d > 0 && ncg_day_valid(0, m, d)) {
		if ((y = year_after(rc, j, &e)) != 0 && ncg_day_valid(y, m, d))
			return add_date(rc, s, i, e, y, m, (int)d, NCG_PREC_DAY, end);
		return add_date(rc, s, i, j, 0, m, (int)d, NCG_PREC_DAY, end);
	}
	j = i + 1;
	if ((y = year_after(rc, j, &e)) != 0)
		return add_date(rc, s, i, e, y, m, 0, NCG_PREC_MONTH, end);
	if (m == 5 && !(i > 0 && rc_wl(rc, i - 1, NCG_WL_MONTH_CUE)))
		return NCG_OK;     /* "May" the verb */
	if (i > 0 && (rc_wl(rc, i - 1, NCG_WL_MONTH_CUE) || m != 5)) {
		NCG_TRY(add_date(rc, s, i, i + 1, 0, m, 0, NCG_PREC_MONTH, end));
		if (rc_wl(rc, i - 1, NCG_WL_RELATIVE_THIS))      /* "this November" */
			rc->m[rc->nm - 1].date.this_ = 1;
	}
	return NCG_OK;
}

/* Day[-Day] [[day] of] Month [,] Year: "15 December 2023", "21 and 22
 * June 2012", "15th of December, 2023", "this 26th day of April, 2023"
 * (lex:dayNoun, lex:timeOf). */
static ncg_status
day_first_date(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *end)
{
	long d;
	size_t j = day_at(rc, i, lim, &d), e;
	int m, y;

	if (!j || d <= 0)
		return NCG_OK;
	if (rc_wl(rc, j, NCG_WL_DAY_NOUN) && rc_wl(rc, j + 1, NCG_WL_TIME_OF))
		j += 2;
	else if (rc_wl(rc, j, NCG_WL_TIME_OF))
		j++;
	if ((m = rc_month_at(rc, j)) == 0 || !ncg_day_valid(0, m, d))
		return NCG_OK;
	if ((y = year_after(rc, j + 1, &e)) != 0 && ncg_day_valid(y, m, d))
		return add_date(rc, s, i, e, y, m, (int)d, NCG_PREC_DAY, end);
	return add_date(rc, s, i, j + 1, 0, m, (int)d, NCG_PREC_DAY, end);
}

/* rules129: 10/08/92, a wire's slug date (USIA: "*EPF406 10/08/92"):
 * month, day and the year's last two digits, two digits each, month first
 * (unless the first is over 12); years 50 to 99 are of the 1900s. */
static ncg_status
short_year_date(rc_ctx *rc, uint32_t s, size_t i, size_t *end)
{
	const char *w = rc->s + rc->tok[i].b;
	int a, b, c, mm, dd;

	if (rc->tok[i].e - rc->tok[i].b != 8 || w[2] != '/' || w[5] != '/')
		return NCG_OK;
	for (int k = 0; k < 8; k++)
		if (k != 2 && k != 5 && !isdigit((unsigned char)w[k]))
			return NCG_OK;
	a = (w[0] - '0') * 10 + (w[1] - '0');
	b = (w[3] - '0') * 10 + (w[4] - '0');
	c = (w[6] - '0') * 10 + (w[7] - '0');
	c += c >= 50 ? 1900 : 2000;
	mm = a > 12 ? b : a;
	dd = a > 12 ? a : b;
	if (mm < 1 || mm > 12 || !ncg_day_valid(c, mm, dd))
		return NCG_OK;
	return add_date(rc, s, i, i + 1, c, mm, dd, NCG_PREC_DAY, end);
}

/* rules148: the Korean style spaced out, "2024. 3. 5." (ncg_doc_spaced_date,
 * the segmenter's shape too, so one sentence holds it): a year, a month
 * and a day, each with its period ("2019. 3. 5 officials" is no date);
 * the date's tokens, its last period left to end the sentence. */
static ncg_status
spaced_dotted_date(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *end)
{
	int y, m, d;

	if (i + 5 >= lim || !ncg_doc_spaced_date(rc->doc, i, &y, &m, &d))
		return NCG_OK;
	return add_date(rc, s, i, i + 5, y, m, d, NCG_PREC_DAY, end);
}

/* Does a lex:pageDateLabel and ":" open token i's line (up to i)? */
static int
page_date_label_before(const rc_ctx *rc, size_t i)
{
	for (size_t k = i - 1; k > 0 && i - k <= 4; k--)
		if (rc->tok[k - 1].flags & NCG_TF_LINE)
			return rc_punct(rc, i - 1, ":") &&
			       rc_wl_match(rc, k - 1, i - 1, NCG_WL_PAGE_DATE_LABEL, 0) == i - 1;
	return 0;
}

/* rules315, fix144: is token t a page's dotted date, "06.13.2014" (two
 * digits of month, two of day, four of year), where a U.S. military news
 * page's head has it: after a lex:pageDateLabel ("Date: 06.13.2014",
 * "Date Taken: 01.07.2022", DVIDS) or alone on a head line
 * ("02.12.2026")?  numeric_date reads it month first, as 01/10/2025; in
 * prose ("met on 03.04.2024", a European day first; "firmware
 * 10.12.2019") it is none.  recog_org.c's head_dateline asks it too. */
int
rc_dotted_page_date(const rc_ctx *rc, size_t t)
{
	const ncg_block *blk = ncg_doc_blocks(rc->doc);
	size_t b = 0, nb = ncg_doc_nblocks(rc->doc);
	const char *w;

	if (t >= rc->ntok || rc->tok[t].e - rc->tok[t].b != 10)
		return 0;
	w = rc->s + rc->tok[t].b;
	if (w[2] != '.' || w[5] != '.')
		return 0;
	for (int k = 0; k < 10; k++)
		if (k != 2 && k != 5 && !isdigit((unsigned char)w[k]))
			return 0;
	for (size_t hi = nb; b < hi;) { /* the first block ending after t */
		size_t mid = b + (hi - b) / 2;

		if (blk[mid].t1 <= t)
			b = mid + 1;
		else
			hi = mid;
	}
	if (b == nb || blk[b].prose)
		return 0;
	return ((rc->tok[t].flags & NCG_TF_LINE) &&
	        (t + 1 >= rc->ntok || (rc->tok[t + 1].flags & NCG_TF_LINE))) ||
	       (t >= 2 && page_date_label_before(rc, t));
}

/* 2023-12-15, 01/10/2025 (month first, unless the first number is over
 * 12; a page's 06.13.2014 too: rc_dotted_page_date), 2023/12/15,
 * 2025.1.10 (Korean style), 2024. 3. 5. (spaced, with its periods:
 * spaced_dotted_date). */
static ncg_status
numeric_date(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *end)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;
	int a, b, c;
	char sep;

	if (i >= lim || rc->tok[i].kind != NCG_TOK_NUMBER)
		return NCG_OK;
	if (n == 10 && sscanf(w, "%4d%c%2d%*c%2d", &a, &sep, &b, &c) == 4 &&
	    (sep == '-' || sep == '/') && w[7] == sep && b >= 1 && b <= 12 &&
	    ncg_day_valid(a, b, c) && a >= 1900)
		return add_date(rc, s, i, i + 1, a, b, c, NCG_PREC_DAY, end);
	if (n >= 8 && n <= 10 && sscanf(w, "%4d.%2d.%2d", &a, &b, &c) == 3 && a >= 1900 &&
	    w[4] == '.' && b >= 1 && b <= 12 && ncg_day_valid(a, b, c))
		return add_date(rc, s, i, i + 1, a, b, c, NCG_PREC_DAY, end);
	if ((n == 10 || n == 8 || n == 9) &&
	    (sscanf(w, "%2d/%2d/%4d", &a, &b, &c) == 3 ||
	     (rc_dotted_page_date(rc, i) && sscanf(w, "%2d.%2d.%4d", &a, &b, &c) == 3)) &&
	    c >= 1900 && c <= 2100) {
		int mm = a, dd = b;

		if (a > 12) {
			mm = b;
			dd = a;
		}
		if (mm >= 1 && mm <= 12 && ncg_day_valid(c, mm, dd))
			return add_date(rc, s, i, i + 1, c, mm, dd, NCG_PREC_DAY, end);
	}
	NCG_TRY(short_year_date(rc, s, i, end));
	if (!*end)
		NCG_TRY(spaced_dotted_date(rc, s, i, lim, end));
	return NCG_OK;
}

/* Is the 7-character word w a group whose "Z" was read as "2", its hour
 * (w[2..3]) and minute (w[4..5]) valid? */
static int
dtg_ocr_z(const char *w)
{
	int h = (w[2] - '0') * 10 + (w[3] - '0');
	int mi = (w[4] - '0') * 10 + (w[5] - '0');

	return w[6] == '2' && h < 24 && mi < 60;
}

/* fixZ: is the group at token i cited on a cable's REF line ("REF: A)
 * SEOUL 1234 DTG 151230Z MAR 86"), a few words after a
 * lex:cableReferenceKey on its line?  The date of another cable, not
 * this one's. */
static int
dtg_in_ref(const rc_ctx *rc, size_t i)
{
	for (size_t k = i; k > 0 && i - k < 10; k--) {
		if (rc_wl_ci(rc, k - 1, NCG_WL_CABLE_REFERENCE_KEY))
			return 1;
		if (rc->tok[k - 1].flags & NCG_TF_LINE)
			return 0;
	}
	return 0;
}

/* rules100: a cable's date-time group, "212308Z SEP 77" (day, hour and
 * minute, "Z", the month in capitals, the year's last two digits): the
 * day the cable was sent.  rules191: a scanned cable's OCR reads the "Z"
 * as a "2" ("0809072 DEC 98", "2123352 APR 94", NSArchive): taken when
 * its hour and minute are valid ones (dtg_ocr_z) and a routing key
 * (lex:cableRoutingKey, "FM") follows it, as in a cable's header only
 * (fixZ: not "Rice 0809072 DEC 98" in a table).  fixZ: none on a REF
 * line (dtg_in_ref). */
static ncg_status
date_time_group(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *end)
{
	const char *w = rc->s + rc->tok[i].b;
	long d, y;
	int m;

	if (i + 2 >= lim || rc->tok[i].kind != NCG_TOK_NUMBER || rc->tok[i].e - rc->tok[i].b != 7 ||
	    !(rc->tok[i + 1].flags & NCG_TF_UPPER) ||
	    rc->tok[i + 2].e - rc->tok[i + 2].b != 2)
		return NCG_OK;
	for (int k = 0; k < 6; k++)
		if (!isdigit((unsigned char)w[k]))
			return NCG_OK;
	if ((w[6] != 'Z' &&
	     (!dtg_ocr_z(w) || !rc_wl(rc, i + 3, NCG_WL_CABLE_ROUTING_KEY))) ||
	    dtg_in_ref(rc, i))
		return NCG_OK;
	d = (w[0] - '0') * 10 + (w[1] - '0');
	y = number_at(rc, i + 2, 2, 0);
	if ((m = rc_month_at(rc, i + 1)) == 0 || y == NOT_ONE)
		return NCG_OK;
	y += y >= 50 ? 1900 : 2000;
	if (!ncg_day_valid((int)y, m, (int)d))
		return NCG_OK;
	return add_date(rc, s, i, i + 3, (int)y, m, (int)d, NCG_PREC_DAY, end);
}

/* rules146: "2006 May 2, 09:00 (Tuesday)": the date line of a cable's
 * page (WikiLeaks PlusD prints every cable's date so: year, month, day,
 * a comma and the hour).  A year opening its line, a month, a day, then
 * a comma and a number on the same line. */
static ncg_status
year_first_date(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *end)
{
	int y, m;
	long d;
	size_t j;

	if (!(rc->tok[i].flags & NCG_TF_LINE) || i + 4 >= lim || (y = year_at(rc, i)) == 0 ||
	    (m = rc_month_at(rc, i + 1)) == 0 || (d = number_at(rc, i + 2, 2, 0)) <= 0 ||
	    !ncg_day_valid(y, m, (int)d))
		return NCG_OK;
	j = i + 3;
	if (!rc_punct(rc, j, ",") || rc->tok[j + 1].kind != NCG_TOK_NUMBER ||
	    (rc->tok[j + 1].flags & NCG_TF_LINE))
		return NCG_OK;
	return add_date(rc, s, i, j, y, m, (int)d, NCG_PREC_DAY, end);
}

/* rules251: the numeric ordinal at token i ("22nd"), a day of a month
 * (1..31), when no noun follows it: punctuation (not a hyphen, "the
 * 21st-century"), or a word of lex:bareDayEnd ("to", "and", "with",
 * "that").  fix85: a list of ordinals joined by commas and such words
 * ("the 1st, 2nd and 3rd Amphibious ...", "the 3rd, 4th, and 5th
 * Fleets") is followed to its last, which must end in punctuation.  The
 * day, or 0. */
static int
bare_day_at(const rc_ctx *rc, size_t i, size_t lim)
{
	size_t e, n = i + 1;
	int d = rc->tok[i].kind == NCG_TOK_NUMBER ? rc_ordinal_word(rc, i, &e) : 0, list = 0;

	if (d < 1 || d > 31)
		return 0;
	while (n < lim) {
		size_t k = rc_punct(rc, n, ",") ? n + 1 : n;

		if (k < lim && rc_wl(rc, k, NCG_WL_BARE_DAY_END))
			k++;
		if (k == n || k >= lim || rc->tok[k].kind != NCG_TOK_NUMBER ||
		    rc_ordinal_word(rc, k, &e) <= 0)
			break;
		n = k + 1;
		list = 1;
	}
	if (n >= lim || rc_punct(rc, n, "-") || rc_hyphen(rc, n))
		return 0;
	if (rc->tok[n].kind != NCG_TOK_PUNCT && (list || !rc_wl(rc, n, NCG_WL_BARE_DAY_END)))
		return 0;
	return d;
}

/* Does a token before i name a month: one of sentence start t0 on, or one
 * other than the issue date's before it?  The tokens are read once, left
 * to right (rc->month_scan, month_last, month_other); a question before
 * the part read reads again from the start. */
static int
month_before(rc_ctx *rc, size_t i, size_t t0)
{
	if (i < rc->month_scan) {
		for (size_t k = 0; k < i; k++)
			if (rc_month_at(rc, k) && (k >= t0 || rc_month_at(rc, k) != rc->head.issued_m))
				return 1;
		return 0;
	}
	for (; rc->month_scan < i; rc->month_scan++) {
		int m = rc_month_at(rc, rc->month_scan);

		if (!m)
			continue;
		rc->month_last = rc->month_scan;
		if (m != rc->head.issued_m && rc->month_other == SIZE_MAX)
			rc->month_other = rc->month_scan;
	}
	return (rc->month_last != SIZE_MAX && rc->month_last >= t0) || rc->month_other != SIZE_MAX;
}

/* rules251: "met with ... on the morning of the 22nd to discuss"
 * (Korean city pages, news): a bare day after a lex:bareDayLead ("on
 * the", "of the") at token i, against the statement's full issue date:
 * the issue month when the day is not after the issue day.  A later day
 * would be the month before's, but that is a guess: sealed39/2id-training
 * ("Feb. 1, 2024 ... took place ... on the 30th") is gold undated, so
 * none.  Not when the sentence names a month before it (the day may be
 * that month's); fix85: nor when an earlier sentence names a month other
 * than the issue month ("arrived in Hanoi on June 14. He met ... on the
 * 15th" of a text of July 20).  Sets *end, or leaves it 0. */
static ncg_status
bare_day_date(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *end)
{
	const ncg_head *h = &rc->head;
	int d;

	if (!h->issued_y || !h->issued_m || !h->issued_d || i < 2 ||
	    rc_wl_match(rc, i - 2, i, NCG_WL_BARE_DAY_LEAD, 1) != i ||
	    (d = bare_day_at(rc, i, lim)) == 0)
		return NCG_OK;
	if (month_before(rc, i, rc->sent[s].t0))
		return NCG_OK;
	if (d > h->issued_d)
		return NCG_OK;
	return add_date(rc, s, i, i + 1, h->issued_y, h->issued_m, d, NCG_PREC_DAY, end);
}

/* One date at token i: sets *end to its end, or to 0. */
static ncg_status
date_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *end)
{
	*end = 0;
	NCG_TRY(month_first_date(rc, s, i, lim, rc_month_at(rc, i), end));
	if (!*end)
		NCG_TRY(day_first_date(rc, s, i, lim, end));
	if (!*end)
		NCG_TRY(numeric_date(rc, s, i, lim, end));
	if (!*end)
		NCG_TRY(date_time_group(rc, s, i, lim, end));
	if (!*end)
		NCG_TRY(year_first_date(rc, s, i, lim, end));
	if (!*end)
		NCG_TRY(bare_day_date(rc, s, i, lim, end));
	if (!*end)
		NCG_TRY(glued_tail_date(rc, s, i, end));
	return NCG_OK;
}

/* The seasons' word lists, spring first: a season's number is its place
 * here (0 spring .. 3 winter). */
static const ncg_wordlist SEASONS[] = {
	NCG_WL_SPRING_WORD, NCG_WL_SUMMER_WORD, NCG_WL_AUTUMN_WORD, NCG_WL_WINTER_WORD
};

/* The season at token i, in any case (0 spring .. 3 winter), or NOT_ONE. */
static int
season_at(const rc_ctx *rc, size_t i)
{
	for (int k = 0; k < (int)(sizeof SEASONS / sizeof SEASONS[0]); k++)
		if (rc_wl_ci(rc, i, SEASONS[k]))
			return k;
	return NOT_ONE;
}

/* Is token i, in any case, a word of one of the n lists?  Then *out is
 * the value paired with the first such list. */
static int
word_of_lists(const rc_ctx *rc, size_t i, const ncg_wordlist *lists,
              const int *values, size_t n, int *out)
{
	for (size_t k = 0; k < n; k++)
		if (rc_wl_ci(rc, i, lists[k])) {
			*out = values[k];
			return 1;
		}
	return 0;
}

/* Is token i, in any case, a word that points at a time from the
 * statement's: lex:relativeNext ("next"), lex:relativeLast ("last") or
 * lex:relativeThis ("this")?  Then *rel is 1, -1 or 0. */
static int
relative_at(const rc_ctx *rc, size_t i, int *rel)
{
	static const ncg_wordlist lists[] = {NCG_WL_RELATIVE_NEXT, NCG_WL_RELATIVE_LAST,
	                                     NCG_WL_RELATIVE_THIS};
	static const int values[] = {1, -1, 0};

	return word_of_lists(rc, i, lists, values, 3, rel);
}

/* A year reference at i: "2025", "this year", "next year" (a relative
 * word and lex:yearNoun); sets *ref and returns its end, or 0. */
static size_t
year_ref_at(const rc_ctx *rc, size_t i, ncg_year_ref *ref)
{
	int y = year_at(rc, i), rel;

	if (y) {
		*ref = (ncg_year_ref){y, 0};
		return i + 1;
	}
	if (relative_at(rc, i, &rel) && rc_wl_ci(rc, i + 1, NCG_WL_YEAR_NOUN)) {
		*ref = (ncg_year_ref){0, rel};
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

/* The readers of periods, one per construction: each adds the period at
 * token i and sets *end, or leaves *end 0.  Their first words differ, so
 * at most one applies at a token. */

/* "next summer", "this spring", "summer 2024", "summer of 2024"
 * (lex:timeOf) */
static ncg_status
season_period(rc_ctx *rc, uint32_t s, size_t i, size_t *end)
{
	ncg_year_ref yr;
	size_t e, j;
	int k, rel;

	if (relative_at(rc, i, &rel) && (k = season_at(rc, i + 1)) >= 0)
		return add_period(rc, s, i, i + 2, NCG_PER_SEASON, k, (ncg_year_ref){0, rel}, end);
	if ((k = season_at(rc, i)) < 0)
		return NCG_OK;
	j = i + 1 + rc_wl(rc, i + 1, NCG_WL_TIME_OF);
	if ((e = year_ref_at(rc, j, &yr)) != 0)
		return add_period(rc, s, i, e, NCG_PER_SEASON, k, yr, end);
	return NCG_OK;
}

/* The ordinal word of a fraction of a year at i, "first" to "fourth" in
 * any case: 1 to 4, or 0. */
static int
fraction_ordinal(const rc_ctx *rc, size_t i)
{
	int w = ncg_doc_tok_ordinal_word(rc->doc, i);

	return w >= 1 && w <= 4 ? w : 0;
}

/* "first half of 2025", "second half of next year", "third quarter of
 * 2025" (lex:halfNoun, lex:quarterNoun, lex:fractionPreposition) */
static ncg_status
fraction_period(rc_ctx *rc, uint32_t s, size_t i, size_t *end)
{
	ncg_year_ref yr;
	size_t e;
	int half, w = fraction_ordinal(rc, i);

	if (!w || !(rc_wl_ci(rc, i + 1, NCG_WL_HALF_NOUN) || rc_wl_ci(rc, i + 1, NCG_WL_QUARTER_NOUN)) ||
	    !rc_wl(rc, i + 2, NCG_WL_FRACTION_PREPOSITION))
		return NCG_OK;
	half = rc_wl_ci(rc, i + 1, NCG_WL_HALF_NOUN);
	if ((half && w > 2) || !(e = year_ref_at(rc, i + 3, &yr)))
		return NCG_OK;
	return add_period(rc, s, i, e, half ? NCG_PER_HALF : NCG_PER_QUARTER, w, yr, end);
}

/* Is token i, in any case, a part of a year: lex:earlyPart ("early"),
 * lex:midPart ("mid") or lex:latePart ("late")?  Then *part is 0, 1 or
 * 2. */
static int
year_part_at(const rc_ctx *rc, size_t i, int *part)
{
	static const ncg_wordlist lists[] = {NCG_WL_EARLY_PART, NCG_WL_MID_PART,
	                                     NCG_WL_LATE_PART};
	static const int values[] = {0, 1, 2};

	return word_of_lists(rc, i, lists, values, 3, part);
}

/* Is token i < ntok a lex:midPart word, a hyphen and four more bytes, in
 * one token ("mid-2025")?  Then *y is the number those bytes start
 * with. */
static int
glued_mid_year(const rc_ctx *rc, size_t i, int *y)
{
	const ncg_strlist *l = ncg_lexicon_words(rc->lex, NCG_WL_MID_PART);
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;

	/* the hyphen comes five bytes before the end: most words are told
	 * without the list (speed only) */
	if (n < 5 || w[n - 5] != '-')
		return 0;
	for (size_t k = 0; l && k < l->n; k++) {
		size_t m = strlen(l->v[k]);

		if (n == m + 5 && strncasecmp(w, l->v[k], m) == 0 && w[m] == '-') {
			*y = atoi(w + m + 1);
			return 1;
		}
	}
	return 0;
}

/* "early 2026", "mid-2025", "late next year", "the end of 2025", "the end
 * of the year" (year_part_at, glued_mid_year; lex:endNoun, lex:timeOf,
 * lex:yearDeterminer) */
static ncg_status
part_period(rc_ctx *rc, uint32_t s, size_t i, size_t *end)
{
	ncg_year_ref yr;
	size_t e, y0 = i + 1;
	int part, y;

	if (year_part_at(rc, i, &part)) {
		if (rc_hyphen(rc, y0) && rc_adjacent(rc, y0))
			y0++;
		if ((e = year_ref_at(rc, y0, &yr)) != 0)
			return add_period(rc, s, i, e, NCG_PER_PART, part, yr, end);
		return NCG_OK;
	}
	if (i < rc->ntok && glued_mid_year(rc, i, &y)) {
		if (y >= NCG_YEAR_MIN && y <= NCG_YEAR_MAX)
			return add_period(rc, s, i, i + 1, NCG_PER_PART, 1, (ncg_year_ref){y, 0}, end);
		return NCG_OK;
	}
	if (!rc_wl_ci(rc, i, NCG_WL_END_NOUN) || !rc_wl(rc, i + 1, NCG_WL_TIME_OF))
		return NCG_OK;
	if (rc_wl(rc, i + 2, NCG_WL_YEAR_DETERMINER) && rc_wl_ci(rc, i + 3, NCG_WL_YEAR_NOUN))
		return add_period(rc, s, i, i + 4, NCG_PER_PART, 2, (ncg_year_ref){0, 0}, end);
	if ((e = year_ref_at(rc, i + 2, &yr)) != 0)
		return add_period(rc, s, i, e, NCG_PER_PART, 2, yr, end);
	return NCG_OK;
}

/* "later this year", "later this month" (lex:restOfCue, lex:monthNoun);
 * "next year", "this year"; "in 2025" (lex:yearPreposition) */
static ncg_status
year_period(rc_ctx *rc, uint32_t s, size_t i, size_t *end)
{
	ncg_year_ref yr;
	size_t e;

	if (rc_wl_ci(rc, i, NCG_WL_REST_OF_CUE) && rc_wl_ci(rc, i + 1, NCG_WL_RELATIVE_THIS)) {
		if (rc_wl_ci(rc, i + 2, NCG_WL_YEAR_NOUN))
			return add_period(rc, s, i, i + 3, NCG_PER_REST_OF_YEAR, 0,
			                  (ncg_year_ref){0, 0}, end);
		if (rc_wl_ci(rc, i + 2, NCG_WL_MONTH_NOUN))
			return add_period(rc, s, i, i + 3, NCG_PER_REST_OF_MONTH, 0,
			                  (ncg_year_ref){0, 0}, end);
		return NCG_OK;
	}
	if ((rc_wl_ci(rc, i, NCG_WL_RELATIVE_NEXT) || rc_wl_ci(rc, i, NCG_WL_RELATIVE_THIS)) &&
	    rc_wl_ci(rc, i + 1, NCG_WL_YEAR_NOUN) && (e = year_ref_at(rc, i, &yr)) != 0)
		return add_period(rc, s, i, e, NCG_PER_YEAR, 0, yr, end);
	if (i > 0 && rc_wl(rc, i - 1, NCG_WL_YEAR_PREPOSITION) &&
	    year_at(rc, i) && !rc_month_at(rc, i + 1))
		return add_period(rc, s, i, i + 1, NCG_PER_YEAR, 0,
		                  (ncg_year_ref){year_at(rc, i), 0}, end);
	return NCG_OK;
}

static ncg_status (*const PERIOD_READERS[])(rc_ctx *, uint32_t, size_t, size_t *) = {
	season_period, fraction_period, part_period, year_period,
};

/* The word lists a period's first word may be in (any case), besides a
 * fraction's ordinal and a glued "mid-2025"; named once, for
 * PERIOD_STARTS and may_start_period_list's bits (PERIOD_BIT). */
#define PERIOD_LISTS(X) \
	X(NCG_WL_RELATIVE_NEXT) X(NCG_WL_RELATIVE_THIS) X(NCG_WL_RELATIVE_LAST) \
	X(NCG_WL_SPRING_WORD) X(NCG_WL_SUMMER_WORD) X(NCG_WL_AUTUMN_WORD) \
	X(NCG_WL_WINTER_WORD) X(NCG_WL_EARLY_PART) X(NCG_WL_MID_PART) \
	X(NCG_WL_LATE_PART) X(NCG_WL_END_NOUN) X(NCG_WL_REST_OF_CUE)
#define PERIOD_LIST_ITEM(wl) wl,
static const ncg_wordlist PERIOD_STARTS[] = {PERIOD_LISTS(PERIOD_LIST_ITEM)};

/* The bits of PERIOD_STARTS in word `word` of a set of lists (ncg_wl_in's
 * layout): a constant for each word */
#define PERIOD_BIT(wl) \
	| ((unsigned)(wl) / 64 == word ? (uint64_t)1 << ((unsigned)(wl) % 64) : 0)

/* May a word of some list of PERIOD_STARTS start at token i < ntok, by
 * the lists that may start there (rc->wls)?  One test of their bits for
 * the twelve of rc_wl_ci (speed only). */
static int
may_start_period_list(const rc_ctx *rc, size_t i)
{
	uint64_t any = 0;

	if (!rc->wls)
		return 1;
	for (unsigned word = 0; word < NCG_WL_WORDS; word++)
		any |= rc->wls[i][word] & (0 PERIOD_LISTS(PERIOD_BIT));
	return any != 0;
}

/* Is word i < ntok one that a period may start with (a word of
 * PERIOD_STARTS, "first" to "fourth", "mid-2025")?  Every reader above
 * needs one at i, or a number (speed only: a quick reject for most
 * words). */
static int
period_word_of_text(const rc_ctx *rc, size_t i)
{
	int y;

	if (may_start_period_list(rc, i))
		for (size_t k = 0; k < sizeof PERIOD_STARTS / sizeof PERIOD_STARTS[0]; k++)
			if (rc_wl_ci(rc, i, PERIOD_STARTS[k]))
				return 1;
	return fraction_ordinal(rc, i) || glued_mid_year(rc, i, &y);
}

/* period_word_of_text, read once per text (rc->period, kept for the
 * first token of the text, of the same kind): asked at most words of
 * every sentence, twelve lists and two readers each time (speed only) */
static int
period_word(const rc_ctx *rc, size_t i)
{
	size_t k = rc->same ? rc->same[i] : i;

	if (!rc->period || rc->tok[k].kind != rc->tok[i].kind)
		return period_word_of_text(rc, i);
	if (rc->period[k] == RC_PERIOD_UNKNOWN)
		rc->period[k] = period_word_of_text(rc, k) ? RC_PERIOD_MAY : RC_PERIOD_NONE;
	return rc->period[k] == RC_PERIOD_MAY;
}

/* One period at token i < ntok: sets *end to its end, or to 0. */
static ncg_status
period_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *end)
{
	(void)lim;
	*end = 0;
	if (rc->tok[i].kind != NCG_TOK_NUMBER && !period_word(rc, i))
		return NCG_OK;
	for (size_t r = 0; r < sizeof PERIOD_READERS / sizeof PERIOD_READERS[0] && !*end; r++)
		NCG_TRY(PERIOD_READERS[r](rc, s, i, end));
	return NCG_OK;
}

/* Can a date or a period start at token i < ntok?  Every reader above
 * needs there a number, a capitalised or upper-case word (a month, or any
 * of the period words capitalised) or a period word: a quick reject for
 * most words, which are none of them. */
static int
may_start_date(const rc_ctx *rc, size_t i)
{
	const ncg_token *t = &rc->tok[i];

	return t->kind == NCG_TOK_NUMBER || (t->flags & (NCG_TF_CAP | NCG_TF_UPPER)) ||
	       period_word(rc, i);
}

ncg_status
rc_dates_in(rc_ctx *rc, uint32_t s, size_t t0, size_t t1)
{
	for (size_t i = t0; i < t1; i++) {
		size_t e;

		if (i >= rc->ntok || !may_start_date(rc, i) ||
		    rc_claimed(rc, i, i + 1, RC_CLAIM_DATE | RC_CLAIM_NAME))
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

/* Does token i end with a lex:modifierSuffix ("principal-level"), after
 * one byte or more?  Exact case. */
int
rc_modifier_suffix_at(const rc_ctx *rc, size_t i)
{
	return rc_wl_suffix_at(rc, i, NCG_WL_MODIFIER_SUFFIX, 0, 0);
}

/* Is word i allowed between an ordinal and its meeting noun (a word of
 * lex:meetingModifier, or one ending in a lex:modifierSuffix:
 * "principal-level")?  The nouns themselves are lex:ordinalMeetingNoun. */
static int
modifier_ok(const rc_ctx *rc, size_t i)
{
	return rc_wl(rc, i, NCG_WL_MEETING_MODIFIER) || rc_modifier_suffix_at(rc, i);
}

/* "meeting of the Security Consultative Meeting", "of the NCG (NCG)
 * Working Group" (lex:seriesPreposition, lex:seriesDeterminer): the body
 * after the noun at j names the series (or its part); moves *end past
 * it. */
static void
of_series(rc_ctx *rc, size_t j, size_t lim, const char **series, size_t *end)
{
	size_t k;
	ncg_mention *ob;

	if (!rc_wl(rc, j + 1, NCG_WL_SERIES_PREPOSITION))
		return;
	k = j + 2 + rc_wl(rc, j + 2, NCG_WL_SERIES_DETERMINER);
	ob = rc_mention_at(rc, NCG_M_BODY, k);
	if (!ob || ob->t0 != k)
		return;
	*series = ob->key;
	*end = ob->t1;
	for (size_t q = *end; q < *end + 4 && q < lim; q++) {
		ncg_mention *sub = rc_mention_at(rc, NCG_M_BODY, q);

		if (sub && sub->body.part_of && !strcmp(sub->body.part_of, ob->key)) {
			*series = sub->key;
			*end = sub->t1;
			return;
		}
	}
}

/* May the words of a meeting's name between its ordinal and its noun go
 * on at j: capitalised words, acronyms, modifiers, hyphens, brackets,
 * and lex:meetingNameConnector ("of", "the", "and") inside a name
 * ("U.S.-Republic of Korea (ROK) Nuclear ..."). */
static int
name_word_ok(const rc_ctx *rc, size_t j, size_t first)
{
	if (rc_cap(rc, j) || (rc->tok[j].flags & (NCG_TF_UPPER | NCG_TF_DOTTED)) ||
	    modifier_ok(rc, j) || rc_hyphen(rc, j) || rc_punct(rc, j, "(") ||
	    rc_punct(rc, j, ")"))
		return 1;
	/* "Republic of Korea (ROK) and United States (U.S.) Security ..." */
	return rc_wl(rc, j, NCG_WL_MEETING_NAME_CONNECTOR) &&
	       j > first && (rc_cap(rc, j - 1) || rc_punct(rc, j - 1, ")")) &&
	       (rc_cap(rc, j + 1) ||
	        (rc_wl(rc, j + 1, NCG_WL_MEETING_NAME_DETERMINER) && rc_cap(rc, j + 2)));
}

/* fix72: "the 7th Fleet and JMSDF relationship", "the 25th Infantry
 * Division's": a unit word (lex:militaryUnitHead, exact case) ending the
 * capitalised run after an ordinal, before any other body (a body b at j
 * holding the ordinal, "7th Fleet", is the unit itself), names a
 * numbered unit; the ordinal numbers it and no meeting runs on over
 * "and" to a body after it. */
static int
unit_name_end(const rc_ctx *rc, const ncg_mention *b, size_t j, size_t lim)
{
	size_t k = j;

	if (b) {
		if (b->t0 >= j || b->t1 <= j)
			return 0;
		k = b->t1 - 1;
	}
	return rc_cap(rc, k) && rc_wl(rc, k, NCG_WL_MILITARY_UNIT_HEAD) &&
	       (k + 1 >= lim || !rc_cap(rc, k + 1));
}

/* rules294: is token j a compound of one word of lex:peerCompoundWord
 * twice, joined by "-to-" ("Airman-to-Airman", "staff-to-staff"), and a
 * lower-case meeting noun (lex:meetingNoun: "talks") just after it?  "the
 * 11th Airman-to-Airman talks", "its third staff-to-staff talks": the
 * ordinal numbers those talks. */
static int
peer_compound_talks(const rc_ctx *rc, size_t j, size_t lim)
{
	const char *w = rc->s + rc->tok[j].b;
	size_t n = rc->tok[j].e - rc->tok[j].b, k = n > 4 ? (n - 4) / 2 : 0;

	return j + 1 < lim && k > 0 && (n - 4) % 2 == 0 && rc_lower(rc, j + 1) &&
	       rc_wl_ci(rc, j + 1, NCG_WL_MEETING_NOUN) && strncasecmp(w + k, "-to-", 4) == 0 &&
	       strncasecmp(w, w + k + 4, k) == 0 &&
	       ncg_lexicon_has_word_ci(rc->lex, NCG_WL_PEER_COMPOUND_WORD, w, k);
}

/* After the ordinal ending at e: a meeting noun (1) or a series body alone
 * (0: "the fourth NCG"), with the end of the name in *end and the series
 * in *series; -1 when neither follows. */
static int
ordinal_meeting_at(rc_ctx *rc, size_t e, size_t lim, const char **series, size_t *end)
{
	for (size_t j = e; j < lim && j - e < 16; j++) {
		ncg_mention *b = rc_claimed(rc, j, j + 1, RC_CLAIM_BODY)
		                 ? rc_mention_at(rc, NCG_M_BODY, j) : NULL;

		/* fixI, fixL: "their second conference call" is a call, "the
		 * third conference room" a place (ncg_doc_compound_head) */
		if (rc_wl_ci(rc, j, NCG_WL_ORDINAL_MEETING_NOUN) &&
		    !ncg_doc_compound_head(rc->doc, rc->lex, j + 1, lim)) {
			*end = j + 1;
			of_series(rc, j, lim, series, end);
			return 1;
		}
		if (!*series && unit_name_end(rc, b, j, lim))
			return -1;
		if (b) {
			*series = b->key;
			*end = b->t1;
			j = b->t1 - 1;
			continue;
		}
		if (peer_compound_talks(rc, j, lim)) {
			*end = j + 2;
			return 1;
		}
		/* "First Vice Minister Chang Ho-jin and Ministry of National
		 * Defense": a meeting's name never runs over an official's */
		if (!name_word_ok(rc, j, e) || rc_claimed(rc, j, j + 1, RC_CLAIM_NAME | RC_CLAIM_TITLE))
			break;
	}
	return *series ? 0 : -1;
}

/* rules236: past an aside after the ordinal's modifiers: ", and" a
 * second ordinal or lex:meetingKindWord with its modifiers, then ","
 * ("the ninth annual, and first virtual, PACAF-Philippine Air Force
 * Airmen-to-Airmen Talk (A2AT)", PACAF): the token after the aside's
 * closing comma, or 0. */
static size_t
aside_after_modifiers(const rc_ctx *rc, size_t e, size_t lim)
{
	size_t j = e, oe;

	while (j < lim && rc_lower(rc, j) && modifier_ok(rc, j))
		j++;
	if (j == e || j + 4 >= lim || !rc_punct(rc, j, ",") ||
	    !rc_wl(rc, j + 1, NCG_WL_PAIR_CONJUNCTION))
		return 0;
	j += 2;
	if (rc_lower(rc, j) && rc_wl_ci(rc, j, NCG_WL_MEETING_KIND_WORD))
		j++;
	else if (rc_lower(rc, j) && rc_ordinal_word(rc, j, &oe))
		j = oe;
	else
		return 0;
	while (j < lim && rc_lower(rc, j) && modifier_ok(rc, j))
		j++;
	return j + 1 < lim && rc_punct(rc, j, ",") && rc_cap(rc, j + 1) ? j + 1 : 0;
}

/* The series named after the ordinal ending at e (ordinal_meeting_at),
 * maybe past an aside (aside_after_modifiers). */
static int
ordinal_meeting_past_aside(rc_ctx *rc, size_t e, size_t lim, const char **series, size_t *end)
{
	int noun = ordinal_meeting_at(rc, e, lim, series, end);
	size_t a;

	if (noun >= 0 || !(a = aside_after_modifiers(rc, e, lim)))
		return noun;
	*series = NULL;
	return ordinal_meeting_at(rc, a, lim, series, end);
}

/* "the fourth NCG table-top simulation": an activity kind after a
 * series without a meeting noun makes an activity, not a meeting. */
static int
activity_follows(const rc_ctx *rc, size_t end, size_t lim)
{
	size_t e;

	if (end < lim && rc_lex_longest(rc, end, lim, 1u << NCG_LEX_ACTIVITY_KIND,
	                                1u << NCG_LEXW_CUE, &e))
		return 1;
	return end + 1 < lim && rc_lower(rc, end) &&
	       rc_lex_longest(rc, end + 1, lim, 1u << NCG_LEX_ACTIVITY_KIND,
	                      1u << NCG_LEXW_CUE, &e);
}

/* "The meetings were the third of their kind to be held.": a meeting
 * noun before the ordinal, and after its tail (ending at end) only
 * lex:countingInfinitive and a meeting verb that end the sentence. */
static int
counted_kind_end(const rc_ctx *rc, size_t t0, size_t i, size_t end, size_t lim)
{
	size_t v = rc_wl_match(rc, end, lim, NCG_WL_COUNTING_INFINITIVE, 0), e;

	if (!v || !(e = rc_wl_match(rc, v, lim, NCG_WL_MEETING_VERB, 0)) ||
	    !(e == lim || (e + 1 == lim && rc_punct(rc, e, "."))))
		return 0;
	for (size_t j = t0; j < i; j++)
		if (rc_lower(rc, j) && rc_wl_ci(rc, j, NCG_WL_MEETING_NOUN))
			return 1;
	return 0;
}

/* "It marked the 47th of its kind since the allies began holding the
 * annual talks in 1978": lex:ordinalDeterminer ("the"), an ordinal ending at e, a tail of
 * lex:ordinalKindTail, and a meeting noun in the sentence, later or
 * before ("The meetings were the third of their kind to be held"): the
 * kind is meetings.  The end of the tail, or 0. */
static size_t
ordinal_of_its_kind(const rc_ctx *rc, size_t t0, size_t i, size_t e, size_t lim)
{
	size_t end = rc_wl_match(rc, e, lim, NCG_WL_ORDINAL_KIND_TAIL, 0);

	if (!end || i == 0 || !rc_wl_ci(rc, i - 1, NCG_WL_ORDINAL_DETERMINER))
		return 0;
	for (size_t j = end; j < lim; j++)
		if (rc_lower(rc, j) && rc_wl_ci(rc, j, NCG_WL_MEETING_NOUN))
			return end;
	return counted_kind_end(rc, t0, i, end, lim) ? end : 0;
}

/* "The 49 Republic of Korea (ROK) and United States (U.S.) Security
 * Consultative Meeting (SCM) was held": a PDF's text that lost the
 * ordinal's suffix.  lex:ordinalDeterminer ("the"), then a bare number of 1 to 199 (no year, no
 * count: it must name a meeting series just after, see rc_meetings):
 * its value, or 0. */
static int
bare_cardinal_ordinal(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;
	int v = 0;

	if (i == 0 || rc->tok[i].kind != NCG_TOK_NUMBER || n > 3 ||
	    !rc_wl_ci(rc, i - 1, NCG_WL_ORDINAL_DETERMINER))
		return 0;
	for (size_t d = 0; d < n; d++) {
		if (!isdigit((unsigned char)w[d]))
			return 0;
		v = v * 10 + (w[d] - '0');
	}
	return v > 0 && v < 200 ? v : 0;
}

/* fix94 (review88): "the Royal Thai Army's 112th Stryker Regimental
 * Combat Team met with ...": a capitalised word of a unit's name
 * (lex:militaryUnitModifier: "Regimental", "Combat") in the name after
 * the ordinal at [e, end) makes it a numbered unit even when its last
 * word ("Team") is no unit head; "the 5th Working Group meeting" stays a
 * series. */
static int
unit_modifier_in(const rc_ctx *rc, size_t e, size_t end)
{
	return rc_cap_wl_within(rc, e, end, NCG_WL_MILITARY_UNIT_MODIFIER);
}

/* Is the ordinal at [i, e), its name ending at `end`, no meeting of a
 * series after all?  "hosted by 7th Air Force leadership", "the 1st
 * Marine Division": a numbered unit; rules193: "the First ROK Army
 * Headquarters" (lex:commandHead): a numbered unit's seat; rules74: "the
 * first FBI Director to visit China": a title's head after the body, the
 * first holder of an office; rules193, fixZ: "51st Fighter Group
 * commander" (lex:unitHolderTitle, lower case), the unit's holder;
 * "the first KIDD meeting since Trump took office", "their first meeting
 * following the election": first in a span of time, not the series'
 * first. */
static int
no_series_meeting(const rc_ctx *rc, size_t i, size_t e, size_t end, size_t lim, int ord,
                  int noun, const char *series)
{
	if (!noun && series && end > e &&
	    (rc_wl(rc, end - 1, NCG_WL_MILITARY_UNIT_HEAD) ||
	     rc_wl(rc, end - 1, NCG_WL_COMMAND_HEAD) || unit_modifier_in(rc, e, end)))
		return 1;
	if (!noun && series && end < lim &&
	    ((rc_cap(rc, end) && rc_wl(rc, end, NCG_WL_TITLE_HEAD)) ||
	     rc_wl(rc, end, NCG_WL_UNIT_HOLDER_TITLE)))
		return 1;
	return ord == 1 && !rc_wl_ci(rc, i, NCG_WL_INAUGURAL_WORD) &&
	       rc_wl_match(rc, end, lim, NCG_WL_PERIOD_CUE, 0);
}

/* Ordinal meetings: "the fourth NCG meeting", "the 3rd session", "the
 * NCG's third meeting", "the next meeting"; "the 49 ... Security
 * Consultative Meeting" (a bare number, only before a series). */
ncg_status
rc_meetings(rc_ctx *rc)
{
	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		if (!rc->body_sent[s] && !rc_in_title(rc, s))
			continue;
		for (size_t i = st->t0; i < st->t1; i++) {
			size_t e = i + 1, end = 0;
			int ord, noun, bare;
			const char *series = NULL;
			ncg_mention *m;

			if (rc_claimed(rc, i, i + 1, RC_CLAIM_DATE | RC_CLAIM_NAME))
				continue;
			ord = rc_wl_ci(rc, i, NCG_WL_RELATIVE_NEXT) ? NCG_ORDINAL_NEXT
			                                             : rc_ordinal_word(rc, i, &e);
			bare = !ord ? bare_cardinal_ordinal(rc, i) : 0;
			if (bare) {
				ord = bare;
				e = i + 1;
			}
			if (!ord)
				continue;
			noun = ordinal_meeting_past_aside(rc, e, st->t1, &series, &end);
			if (bare && !series)
				continue;
			if (noun < 0 && (end = ordinal_of_its_kind(rc, st->t0, i, e, st->t1)) != 0)
				noun = 1;
			if (noun < 0 || (!noun && activity_follows(rc, end, st->t1)) ||
			    no_series_meeting(rc, i, e, end, st->t1, ord, noun, series))
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
