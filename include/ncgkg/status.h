/* ncgkg: status codes and located error reports.
 *
 * Every fallible function returns an ncg_status and, where a caller may
 * want to tell the user what went wrong, fills an ncg_error.  An ncg_error
 * is a plain value: it owns no heap memory and needs no freeing.
 */
#ifndef NCGKG_STATUS_H
#define NCGKG_STATUS_H

#include <stdarg.h>
#include <stdio.h>

typedef enum {
	NCG_OK = 0,
	NCG_ERR_NOMEM,       /* out of memory */
	NCG_ERR_IO,          /* a file could not be opened, read or written */
	NCG_ERR_ENCODING,    /* not UTF-8 text: bad sequence, NUL byte */
	NCG_ERR_EMPTY,       /* an input holds no text */
	NCG_ERR_SYNTAX,      /* an RDF or lexicon file does not parse */
	NCG_ERR_USAGE,       /* bad command line */
	NCG_ERR_RDF,         /* a Redland call failed */
	NCG_ERR_GRAPHVIZ,    /* a Graphviz call failed */
	NCG_ERR_LEXICON,     /* the lexicon is inconsistent */
	NCG_ERR_LIMIT,       /* an input exceeds a limit that protects the user */
	NCG_ERR_INTERNAL     /* a bug */
} ncg_status;

/* A static, English description of a status. */
const char *ncg_strerror(ncg_status st);

/* Where and what went wrong.  `file` is NUL-terminated and may be empty;
 * line and col are 1-based, 0 when unknown; offset is a byte offset into
 * the file, -1 when unknown. */
typedef struct {
	ncg_status status;
	char file[512];
	long line;
	long col;
	long offset;
	char message[512];
} ncg_error;

/* Clear an error to "no error". */
void ncg_error_clear(ncg_error *err);

/* Record an error; returns `st` so that callers can `return ncg_error_set(..)`.
 * `err` may be NULL, in which case only the status is returned. */
ncg_status ncg_error_set(ncg_error *err, ncg_status st, const char *file,
                         long line, long col, long offset,
                         const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

/* Print an error GCC style: "PROG: FILE:LINE:COL: error: MESSAGE". */
void ncg_error_print(const ncg_error *err, FILE *out, const char *prog);

/* Pass a failure up unchanged. */
#define NCG_TRY(expr)                                    \
	do {                                             \
		ncg_status ncg_try_st_ = (expr);         \
		if (ncg_try_st_ != NCG_OK)               \
			return ncg_try_st_;              \
	} while (0)

#endif
