/* ncgkg tests: calendar arithmetic (src/time.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "ncgkg/time.h"

static char b[11], e[11];

static int
interval(ncg_period_kind kind, int which, int year, int rel, int ay, int am, int ad)
{
	ncg_period p = {kind, which, {year, rel}};

	memset(b, 0, sizeof b);
	memset(e, 0, sizeof e);
	return ncg_period_interval(&p, ay, am, ad, b, e);
}

Test(time, days_in_month_and_leap_years)
{
	cr_assert_eq(ncg_days_in_month(2023, 2), 28);
	cr_assert_eq(ncg_days_in_month(2024, 2), 29);
	cr_assert_eq(ncg_days_in_month(1900, 2), 28);   /* a century, not a leap year */
	cr_assert_eq(ncg_days_in_month(2000, 2), 29);   /* but every fourth is */
	cr_assert_eq(ncg_days_in_month(2025, 4), 30);
	cr_assert_eq(ncg_days_in_month(2025, 12), 31);
	cr_assert_eq(ncg_days_in_month(2025, 0), 0);
	cr_assert_eq(ncg_days_in_month(2025, 13), 0);
}

Test(time, month_names_exact_and_prefixes)
{
	cr_assert_eq(ncg_month_named("April", 5), 4);
	cr_assert_eq(ncg_month_named("December", 8), 12);
	cr_assert_eq(ncg_month_named("APRIL", 5), 0);      /* as written */
	cr_assert_eq(ncg_month_named("Apr", 3), 0);        /* full names only */
	cr_assert_eq(ncg_month_named("Aprils", 6), 0);
	cr_assert_eq(ncg_month_prefix("Sept", 4), 9);
	cr_assert_eq(ncg_month_prefix("Jun", 3), 6);
	cr_assert_eq(ncg_month_prefix("September", 9), 9);
	cr_assert_eq(ncg_month_prefix("Ju", 2), 0);        /* too short to tell */
	cr_assert_eq(ncg_month_prefix("Junes", 5), 0);
	cr_assert_eq(ncg_month_prefix("Park", 4), 0);
	cr_assert_str_eq(NCG_MONTH_NAMES[1], "January");
	cr_assert_str_eq(NCG_MONTH_NAMES[0], "");
}

Test(time, days_are_valid_for_their_month)
{
	cr_assert(ncg_day_valid(2024, 2, 29));
	cr_assert_not(ncg_day_valid(2023, 2, 29));
	cr_assert(ncg_day_valid(0, 2, 29));            /* no year: any year's */
	cr_assert_not(ncg_day_valid(0, 2, 30));
	cr_assert_not(ncg_day_valid(0, 4, 31));
	cr_assert_not(ncg_day_valid(2025, 1, 0));
	cr_assert_not(ncg_day_valid(2025, 13, 1));
	cr_assert(ncg_day_valid(2025, 1, 31));
}

Test(time, months_without_a_year)
{
	cr_assert_eq(ncg_resolve_month_year(7, 2023, 12, 0), 2023);   /* "in July" */
	cr_assert_eq(ncg_resolve_month_year(12, 2024, 1, 0), 2023);
	cr_assert_eq(ncg_resolve_month_year(3, 2024, 6, 1), 2025);    /* future */
	cr_assert_eq(ncg_resolve_month_year(6, 2024, 6, 1), 2024);
	cr_assert_eq(ncg_resolve_month_year(6, 0, 0, 0), 0);          /* no anchor */
}

Test(time, seasons_resolve_against_the_anchor)
{
	cr_assert(interval(NCG_PER_SEASON, 1, 0, 1, 2023, 12, 15));   /* next summer */
	cr_assert_str_eq(b, "2024-06-01");
	cr_assert_str_eq(e, "2024-08-31");
	cr_assert(interval(NCG_PER_SEASON, 1, 0, 1, 2024, 1, 15));    /* in January */
	cr_assert_str_eq(b, "2024-06-01");
	cr_assert(interval(NCG_PER_SEASON, 1, 0, 1, 2024, 7, 15));    /* in summer */
	cr_assert_str_eq(b, "2025-06-01");
	cr_assert(interval(NCG_PER_SEASON, 3, 0, 1, 2024, 3, 1));     /* next winter */
	cr_assert_str_eq(b, "2024-12-01");
	cr_assert_str_eq(e, "2025-02-28");                            /* crosses a year */
	cr_assert(interval(NCG_PER_SEASON, 0, 2025, 0, 0, 0, 0));     /* spring 2025 */
	cr_assert_str_eq(b, "2025-03-01");
	cr_assert_str_eq(e, "2025-05-31");
	cr_assert(interval(NCG_PER_SEASON, 1, 0, -1, 2024, 10, 1));   /* last summer */
	cr_assert_str_eq(b, "2024-06-01");
}

Test(time, halves_quarters_parts_years_months)
{
	cr_assert(interval(NCG_PER_HALF, 2, 2025, 0, 0, 0, 0));
	cr_assert_str_eq(b, "2025-07-01");
	cr_assert_str_eq(e, "2025-12-31");
	cr_assert(interval(NCG_PER_HALF, 1, 0, 1, 2024, 11, 5));      /* next year's */
	cr_assert_str_eq(b, "2025-01-01");
	cr_assert_str_eq(e, "2025-06-30");
	cr_assert(interval(NCG_PER_QUARTER, 3, 2025, 0, 0, 0, 0));
	cr_assert_str_eq(b, "2025-07-01");
	cr_assert_str_eq(e, "2025-09-30");
	cr_assert(interval(NCG_PER_PART, 0, 2026, 0, 0, 0, 0));       /* early 2026 */
	cr_assert_str_eq(b, "2026-01-01");
	cr_assert_str_eq(e, "2026-04-30");
	cr_assert(interval(NCG_PER_PART, 2, 2025, 0, 0, 0, 0));       /* late 2025 */
	cr_assert_str_eq(b, "2025-09-01");
	cr_assert_str_eq(e, "2025-12-31");
	cr_assert(interval(NCG_PER_YEAR, 0, 0, 1, 2024, 6, 10));      /* next year */
	cr_assert_str_eq(b, "2025-01-01");
	cr_assert_str_eq(e, "2025-12-31");
	cr_assert(interval(NCG_PER_MONTH, 2, 2024, 0, 0, 0, 0));
	cr_assert_str_eq(e, "2024-02-29");
}

Test(time, the_rest_of_a_year_or_month_starts_at_the_anchor)
{
	cr_assert(interval(NCG_PER_REST_OF_YEAR, 0, 0, 0, 2024, 6, 10));
	cr_assert_str_eq(b, "2024-06-10");
	cr_assert_str_eq(e, "2024-12-31");
	cr_assert(interval(NCG_PER_REST_OF_MONTH, 0, 0, 0, 2024, 2, 0));   /* no day */
	cr_assert_str_eq(b, "2024-02-01");
	cr_assert_str_eq(e, "2024-02-29");
}

Test(time, what_cannot_be_resolved)
{
	cr_assert_not(interval(NCG_PER_HALF, 1, 0, 1, 0, 0, 0));      /* relative, no anchor */
	cr_assert_not(interval(NCG_PER_REST_OF_YEAR, 0, 0, 0, 0, 0, 0));
	cr_assert_not(interval(NCG_PER_SEASON, 3, 9999, 0, 0, 0, 0)); /* past 9999 */
	cr_assert_str_eq(b, "");                                       /* untouched */
}
