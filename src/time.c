/* ncgkg: calendar arithmetic: dates and periods as statements write them. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ncgkg/time.h"

const char *const NCG_MONTH_NAMES[13] = {
	"", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

int
ncg_month_named(const char *s, size_t n)
{
	for (int m = 1; m <= 12; m++)
		if (strlen(NCG_MONTH_NAMES[m]) == n && memcmp(NCG_MONTH_NAMES[m], s, n) == 0)
			return m;
	return 0;
}

int
ncg_month_prefix(const char *s, size_t n)
{
	if (n < 3)
		return 0;
	for (int m = 1; m <= 12; m++)
		if (strlen(NCG_MONTH_NAMES[m]) >= n && memcmp(NCG_MONTH_NAMES[m], s, n) == 0)
			return m;
	return 0;
}

int
ncg_days_in_month(int y, int m)
{
	static const int D[] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return D[m];
}

int
ncg_day_valid(int y, int m, long d)
{
	return d >= 1 && d <= (y ? ncg_days_in_month(y, m)
	                         : (m == 2 ? 29 : ncg_days_in_month(2001, m)));
}

long
ncg_day_number(const int d[3])
{
	long n = 0;

	for (int y = NCG_YEAR_MIN; y < d[0]; y++)
		n += 365 + (ncg_days_in_month(y, 2) == 29);
	for (int m = 1; m < d[1]; m++)
		n += ncg_days_in_month(d[0], m);
	return n + d[2];
}

int
ncg_resolve_month_year(int month, int ay, int am, int future)
{
	if (!ay)
		return 0;
	if (future)
		return month >= am ? ay : ay + 1;
	return month <= am ? ay : ay - 1;
}

/* The year of a season of no year of its own, starting in month m0,
 * from the anchor's year ay and month am: "next summer" the first such
 * season starting after the anchor; "this summer" the anchor year's;
 * "last summer" the one before. */
static int
season_year(const ncg_period *p, int ay, int am, int m0)
{
	if (p->year.rel > 0)
		return (am < m0) ? ay : ay + 1;
	if (p->year.rel < 0)
		return (am >= m0 + 3 || (p->which == 3 && am < 3)) ? ay : ay - 1;
	return ay;
}

/* out = "YYYY-MM-DD" */
static void
write_day(char out[11], int y, int m, int d)
{
	char tmp[64];

	snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
	memcpy(out, tmp, 11);
}

/* The months [*m0, *m1] of period p and the day *d0 it starts on, in
 * year *y (its own, or the anchor's moved by p's relative year; the
 * anchor ay-am-ad, ay 0 when none); 0 when p needs an anchor it has
 * not.  *m1 past 12 runs into the next year. */
static int
period_months(const ncg_period *p, int ay, int am, int ad, int *y, int *m0, int *m1,
              int *d0)
{
	switch (p->kind) {
	case NCG_PER_SEASON: {
		static const int START[] = {3, 6, 9, 12};

		*m0 = START[p->which];
		if (!p->year.year)
			*y = season_year(p, ay, am, *m0);
		*m1 = *m0 + 2;
		break;
	}
	case NCG_PER_HALF:
		*m0 = p->which == 1 ? 1 : 7;
		*m1 = *m0 + 5;
		break;
	case NCG_PER_QUARTER:
		*m0 = 3 * (p->which - 1) + 1;
		*m1 = *m0 + 2;
		break;
	case NCG_PER_PART:
		*m0 = p->which == 0 ? 1 : p->which == 1 ? 5 : 9;
		*m1 = *m0 + 3;
		break;
	case NCG_PER_YEAR:
		break;
	case NCG_PER_REST_OF_YEAR:
	case NCG_PER_REST_OF_MONTH:
		if (!ay)
			return 0;
		*y = ay;
		*m0 = am;
		if (p->kind == NCG_PER_REST_OF_MONTH)
			*m1 = am;
		*d0 = ad ? ad : 1;
		break;
	case NCG_PER_MONTH:
		*m0 = *m1 = p->which;
		break;
	}
	return 1;
}

int
ncg_period_interval(const ncg_period *p, int ay, int am, int ad, char begin[11],
                    char end[11])
{
	int y = p->year.year, m0 = 1, m1 = 12, d0 = 1, y1;

	if (!y) {
		if (!ay)
			return 0;
		y = ay + p->year.rel;
	}
	if (!period_months(p, ay, am, ad, &y, &m0, &m1, &d0))
		return 0;
	y1 = y;
	if (m1 > 12) {
		m1 -= 12;
		y1++;
	}
	if (y < 1 || y1 > 9999)
		return 0;
	write_day(begin, y, m0, d0);
	write_day(end, y1, m1, ncg_days_in_month(y1, m1));
	return 1;
}
