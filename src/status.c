/* ncgkg: status codes and located error reports. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ncgkg/status.h"

const char *
ncg_strerror(ncg_status st)
{
	switch (st) {
	case NCG_OK: return "success";
	case NCG_ERR_NOMEM: return "out of memory";
	case NCG_ERR_IO: return "input/output error";
	case NCG_ERR_ENCODING: return "not UTF-8 text";
	case NCG_ERR_EMPTY: return "no text";
	case NCG_ERR_SYNTAX: return "syntax error";
	case NCG_ERR_USAGE: return "usage error";
	case NCG_ERR_RDF: return "RDF library error";
	case NCG_ERR_GRAPHVIZ: return "Graphviz error";
	case NCG_ERR_LEXICON: return "lexicon error";
	case NCG_ERR_LIMIT: return "over a limit";
	case NCG_ERR_INTERNAL: return "internal error";
	}
	return "unknown error";
}

void
ncg_error_clear(ncg_error *err)
{
	if (!err)
		return;
	memset(err, 0, sizeof *err);
	err->offset = -1;
}

ncg_status
ncg_error_set(ncg_error *err, ncg_status st, const char *file, long line,
              long col, long offset, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return st;
	err->status = st;
	snprintf(err->file, sizeof err->file, "%s", file ? file : "");
	err->line = line;
	err->col = col;
	err->offset = offset;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	return st;
}

void
ncg_error_print(const ncg_error *err, FILE *out, const char *prog)
{
	if (prog)
		fprintf(out, "%s: ", prog);
	if (err->file[0]) {
		fputs(err->file, out);
		if (err->line > 0) {
			fprintf(out, ":%ld", err->line);
			if (err->col > 0)
				fprintf(out, ":%ld", err->col);
		}
		fputs(": ", out);
	}
	fprintf(out, "error: %s\n",
	        err->message[0] ? err->message : ncg_strerror(err->status));
}
