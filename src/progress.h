/* ncgkg: a progress line on standard error for long runs (issue 9).
 *
 * "ncgkg: 1200/10000 statements, 85.3 statements/s", rewritten in place
 * (carriage return) at most four times a second, and erased at the end.
 * Written only when standard error is a terminal, the run has lasted a
 * second (NCGKG_PROGRESS_DELAY seconds, for tests), and --quiet was not
 * given: pipes, logs and short runs stay clean.  Private to the program. */
#ifndef NCGKG_PROGRESS_H
#define NCGKG_PROGRESS_H

#include <stddef.h>

/* --quiet: never write a progress line in this process. */
void ncg_progress_set_quiet(int quiet);

/* A run over `total` inputs starts (what: "statements"). */
void ncg_progress_begin(size_t total, const char *what);

/* `done` inputs are finished. */
void ncg_progress_step(size_t done);

/* The run is over: erase the line, if one was written. */
void ncg_progress_end(void);

#endif
