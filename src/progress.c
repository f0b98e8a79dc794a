/* ncgkg: a progress line on standard error for long runs (issue 9). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "progress.h"

static struct {
	int quiet, on, shown;
	size_t total;
	const char *what;
	double start, last, delay;
} P;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void
ncg_progress_set_quiet(int quiet)
{
	P.quiet = quiet;
}

void
ncg_progress_begin(size_t total, const char *what)
{
	const char *d = getenv("NCGKG_PROGRESS_DELAY");

	P.on = !P.quiet && isatty(STDERR_FILENO);
	P.shown = 0;
	P.total = total;
	P.what = what;
	P.start = P.last = now();
	P.delay = d && *d ? strtod(d, NULL) : 1.0;
}

void
ncg_progress_step(size_t done)
{
	double t;

	if (!P.on)
		return;
	t = now();
	/* nothing for a short run; then four times a second, and the last */
	if (t - P.start < P.delay || (P.shown && t - P.last < 0.25 && done < P.total))
		return;
	P.last = t;
	P.shown = 1;
	fprintf(stderr, "\r" "ncgkg: %zu/%zu %s, %.1f %s/s\033[K", done, P.total, P.what,
	        t > P.start ? (double)done / (t - P.start) : 0.0, P.what);
	fflush(stderr);
}

void
ncg_progress_end(void)
{
	if (P.on && P.shown) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
	}
	P.on = P.shown = 0;
}
