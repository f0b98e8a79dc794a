/* ncgkg: calendar arithmetic: dates and periods as statements write them.
 *
 * Plain values and pure functions (no allocation, no state), shared by the
 * recognisers (which read dates and periods) and the extractor (which
 * resolves them against the date a statement speaks from).
 */
#ifndef NCGKG_TIME_H
#define NCGKG_TIME_H

/* Precision of a date. */
enum { NCG_PREC_NONE, NCG_PREC_YEAR, NCG_PREC_MONTH, NCG_PREC_DAY };

/* A date as written: y is 0 when no year is given ("in July"), d is 0
 * when no day is; prec says what is known (NCG_PREC_NONE: no date at all);
 * this_ marks a month written "this November". */
typedef struct {
	int y, m, d;
	int prec;
	int this_;
} ncg_date;

/* Kinds of periods. */
typedef enum {
	NCG_PER_SEASON,       /* which: 0 spring, 1 summer, 2 autumn, 3 winter */
	NCG_PER_HALF,         /* which: 1 or 2 */
	NCG_PER_QUARTER,      /* which: 1..4 */
	NCG_PER_PART,         /* which: 0 early, 1 mid, 2 late */
	NCG_PER_YEAR,         /* the whole year */
	NCG_PER_REST_OF_YEAR, /* "later this year" */
	NCG_PER_REST_OF_MONTH,/* "later this month" */
	NCG_PER_MONTH         /* which: 1..12 */
} ncg_period_kind;

/* A year as written: absolute (year > 0), or relative to the anchor date
 * (year == 0, rel: 0 this, 1 next, -1 last). */
typedef struct {
	int year;
	int rel;
} ncg_year_ref;

/* A span of time as written: "next summer", "the first half of 2025". */
typedef struct {
	ncg_period_kind kind;
	int which;
	ncg_year_ref year;
} ncg_period;

/* The months' English names, [1..12] ("January" ... "December"; [0] is
 * ""): the one table the segmenter and the recogniser both read. */
extern const char *const NCG_MONTH_NAMES[13];

/* The month (1..12) whose full name is the n bytes at s, exactly as
 * written ("April"; not "APRIL", not "Apr"); 0 if none. */
int ncg_month_named(const char *s, size_t n);

/* Is the n >= 3 bytes at s the start of a month's full name, exactly as
 * written ("Sept", "Jun", "September")?  The month, or 0. */
int ncg_month_prefix(const char *s, size_t n);

/* Days in month m (1..12) of year y (Gregorian leap years); 0 for a month
 * out of range. */
int ncg_days_in_month(int y, int m);

/* Is d a day of month m in year y?  With y == 0 (no year written), any
 * year's: February has 29 days. */
int ncg_day_valid(int y, int m, long d);

/* The years a date of a statement may bear (four digits read as a year:
 * "2024", "2024. 3. 5."): the date reader and the segmenter share them. */
enum { NCG_YEAR_MIN = 1900, NCG_YEAR_MAX = 2199 };

/* A day's number (d: year, month, day), counted from the first day of
 * NCG_YEAR_MIN: its difference from another's is the days between them,
 * and it orders days.  Every year before NCG_YEAR_MIN counts as that
 * year; a day past its month's end runs on into the next month. */
long ncg_day_number(const int d[3]);

/* The year of a month mentioned without one ("in July"), relative to an
 * anchor year and month: the latest such month not after the anchor, or
 * for `future` the earliest not before it.  0 without an anchor year. */
int ncg_resolve_month_year(int month, int ay, int am, int future);

/* The interval a period denotes, resolved against an anchor date
 * (ay, am, ad; ay == 0: none): writes its first and last days as
 * YYYY-MM-DD into begin and end.  Returns 1, or 0 when the period cannot
 * be resolved (a relative period without an anchor, a year out of range). */
int ncg_period_interval(const ncg_period *p, int ay, int am, int ad,
                        char begin[11], char end[11]);

#endif
