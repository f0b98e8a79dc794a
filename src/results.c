/* ncgkg: SPARQL query results: a plain table of terms, written as the W3C
 * formats (CSV, TSV, JSON) or an aligned table, and read from SPARQL JSON. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/arena.h"
#include "ncgkg/results.h"

#define XSD "http://www.w3.org/2001/XMLSchema#"

struct ncg_results {
	ncg_arena *arena;
	int is_boolean, boolean;
	char **vars;
	size_t nvars;
	ncg_term *cells;          /* rows * nvars */
	size_t nrows, ccap;       /* ccap counts cells */
};

static ncg_status
nomem(ncg_error *err)
{
	return ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
}

ncg_status
ncg_results_format_parse(const char *name, ncg_results_format *out)
{
	static const char *const NAMES[NCG_RESULTS__COUNT] = {
		"table", "csv", "tsv", "json"
	};

	for (int i = 0; i < NCG_RESULTS__COUNT; i++)
		if (strcmp(name, NAMES[i]) == 0) {
			*out = (ncg_results_format)i;
			return NCG_OK;
		}
	return NCG_ERR_USAGE;
}

ncg_status
ncg_results_new(ncg_results **out, const char *const *vars, size_t nvars,
                ncg_error *err)
{
	ncg_results *r = calloc(1, sizeof *r);

	*out = NULL;
	if (!r || !(r->arena = ncg_arena_new()))
		goto fail;
	r->nvars = nvars;
	if (nvars) {
		r->vars = ncg_arena_alloc(r->arena, nvars * sizeof *r->vars);
		if (!r->vars)
			goto fail;
		for (size_t i = 0; i < nvars; i++)
			if (!(r->vars[i] = ncg_arena_strdup(r->arena, vars[i])))
				goto fail;
	}
	*out = r;
	return NCG_OK;
fail:
	ncg_results_free(r);
	return nomem(err);
}

ncg_status
ncg_results_new_boolean(ncg_results **out, int value, ncg_error *err)
{
	NCG_TRY(ncg_results_new(out, NULL, 0, err));
	(*out)->is_boolean = 1;
	(*out)->boolean = value != 0;
	return NCG_OK;
}

void
ncg_results_free(ncg_results *r)
{
	if (!r)
		return;
	free(r->cells);
	ncg_arena_free(r->arena);
	free(r);
}

static const char *
copy(ncg_arena *a, const char *s, int *failed)
{
	char *c;

	if (!s)
		return NULL;
	c = ncg_arena_strdup(a, s);
	if (!c)
		*failed = 1;
	return c;
}

ncg_status
ncg_results_add_row(ncg_results *r, const ncg_term *terms, ncg_error *err)
{
	void *cells = r->cells;
	int failed = 0;

	if (r->is_boolean)
		return ncg_error_set(err, NCG_ERR_INTERNAL, "", 0, 0, -1,
		                     "a row added to an ASK answer");
	if (r->nvars == 0) {
		r->nrows++;               /* SELECT with no variables: count only */
		return NCG_OK;
	}
	if (ncg_grow(&cells, &r->ccap, (r->nrows + 1) * r->nvars, sizeof *r->cells) != 0)
		return nomem(err);
	r->cells = cells;
	for (size_t i = 0; i < r->nvars; i++) {
		ncg_term *c = &r->cells[r->nrows * r->nvars + i];
		const ncg_term *t = &terms[i];

		memset(c, 0, sizeof *c);
		if (t->kind == NCG_TERM_UNBOUND || !t->value)
			continue;
		c->kind = t->kind;
		c->value = copy(r->arena, t->value, &failed);
		if (t->kind == NCG_TERM_LITERAL) {
			if (t->lang && *t->lang)
				c->lang = copy(r->arena, t->lang, &failed);
			else if (t->datatype && strcmp(t->datatype, XSD "string") != 0)
				c->datatype = copy(r->arena, t->datatype, &failed);
		}
	}
	if (failed)
		return nomem(err);
	r->nrows++;
	return NCG_OK;
}

int ncg_results_is_boolean(const ncg_results *r) { return r->is_boolean; }
int ncg_results_boolean(const ncg_results *r) { return r->boolean; }
size_t ncg_results_vars(const ncg_results *r) { return r->nvars; }
size_t ncg_results_rows(const ncg_results *r) { return r->nrows; }

const char *
ncg_results_var(const ncg_results *r, size_t i)
{
	return i < r->nvars ? r->vars[i] : NULL;
}

const ncg_term *
ncg_results_get(const ncg_results *r, size_t row, size_t var)
{
	static const ncg_term unbound = {NCG_TERM_UNBOUND, NULL, NULL, NULL};

	if (row >= r->nrows || var >= r->nvars || !r->cells)
		return &unbound;
	return &r->cells[row * r->nvars + var];
}

/* ---- display width ------------------------------------------------------ */

/* Decode one UTF-8 sequence at s (len > 0); returns its length (1 for a
 * bad byte, decoded as U+FFFD). */
static size_t
utf8_next(const unsigned char *s, size_t len, uint32_t *cp)
{
	size_t n;
	uint32_t c = s[0];

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
	if (n == 0 || n > len) {
		*cp = 0xFFFD;
		return 1;
	}
	c &= 0x3F >> (n - 1);
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	*cp = c;
	return n;
}

static int
cp_width(uint32_t c)
{
	if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) ||
	    (c >= 0xFE00 && c <= 0xFE0F))
		return 0;
	if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
	    (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
	    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
	    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
	    (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
	    (c >= 0x20000 && c <= 0x3FFFD))
		return 2;
	return 1;
}

size_t
ncg_display_width(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t w = 0;

	while (len > 0) {
		uint32_t c;
		size_t n = utf8_next(p, len, &c);

		w += (size_t)cp_width(c);
		p += n;
		len -= n;
	}
	return w;
}

/* ---- writers ------------------------------------------------------------- */

/* The table's text of a term: prefixed name or <IRI>, _:label, or the
 * literal's text with control characters shown as escapes. */
static void
table_text(ncg_buf *b, const ncg_term *t, const char *const *prefixes)
{
	switch (t->kind) {
	case NCG_TERM_UNBOUND:
		return;
	case NCG_TERM_BLANK:
		ncg_buf_printf(b, "_:%s", t->value);
		return;
	case NCG_TERM_IRI: {
		size_t best = (size_t)-1, best_len = 0;

		/* the longest namespace whose local part needs no escaping */
		for (size_t i = 0; prefixes && prefixes[i]; i += 2) {
			size_t n = strlen(prefixes[i + 1]);
			const char *local = t->value + n;

			if (n <= best_len || strncmp(t->value, prefixes[i + 1], n) != 0 ||
			    !*local ||
			    strspn(local, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			           "0123456789_-.") != strlen(local) ||
			    local[strlen(local) - 1] == '.')
				continue;
			best = i;
			best_len = n;
		}
		if (best != (size_t)-1)
			ncg_buf_printf(b, "%s:%s", prefixes[best], t->value + best_len);
		else
			ncg_buf_printf(b, "<%s>", t->value);
		return;
	}
	case NCG_TERM_LITERAL:
		for (const char *c = t->value; *c; c++) {
			switch (*c) {
			case '\n': ncg_buf_puts(b, "\\n"); break;
			case '\r': ncg_buf_puts(b, "\\r"); break;
			case '\t': ncg_buf_puts(b, "\\t"); break;
			default:
				if ((unsigned char)*c < 0x20)
					ncg_buf_printf(b, "\\u%04X", (unsigned)*c);
				else
					ncg_buf_putc(b, *c);
			}
		}
		return;
	}
}

/* Cut text to at most `max` display columns, ending in an ellipsis. */
static void
cut(ncg_buf *b, size_t max)
{
	const unsigned char *p = (const unsigned char *)b->data;
	size_t len = b->len, w = 0, at = 0;

	if (max < 2 || !b->data || ncg_display_width(b->data, b->len) <= max)
		return;
	while (at < len) {
		uint32_t c;
		size_t n = utf8_next(p + at, len - at, &c);

		if (w + (size_t)cp_width(c) > max - 1)
			break;
		w += (size_t)cp_width(c);
		at += n;
	}
	b->len = at;
	b->data[at] = '\0';
	ncg_buf_puts(b, "\xE2\x80\xA6");      /* U+2026 */
}

static void
pad(ncg_buf *out, size_t n)
{
	while (n-- > 0)
		ncg_buf_putc(out, ' ');
}

/* Every cell's table text (cut to max_width if set) into text[], its
 * width into cw[], and each column's widest into width[]; 0 when out of
 * memory. */
static int
table_cells(const ncg_results *r, const char *const *prefixes, size_t max_width,
            char **text, size_t *cw, size_t *width)
{
	size_t nv = r->nvars, cells = r->nrows * nv;
	ncg_buf b;

	for (size_t v = 0; v < nv; v++)
		width[v] = ncg_display_width(r->vars[v], strlen(r->vars[v]));
	ncg_buf_init(&b);
	for (size_t i = 0; i < cells; i++) {
		ncg_buf_reset(&b);
		table_text(&b, &r->cells[i], prefixes);
		if (max_width)
			cut(&b, max_width);
		if (b.status != NCG_OK || !(text[i] = strdup(ncg_buf_str(&b)))) {
			ncg_buf_free(&b);
			return 0;
		}
		cw[i] = ncg_display_width(text[i], strlen(text[i]));
		if (cw[i] > width[i % nv])
			width[i % nv] = cw[i];
	}
	ncg_buf_free(&b);
	return 1;
}

/* The variables' names over a rule as wide as each column. */
static void
table_header(const ncg_results *r, const size_t *width, ncg_buf *out)
{
	size_t nv = r->nvars;

	for (size_t v = 0; v < nv; v++) {
		ncg_buf_puts(out, r->vars[v]);
		if (v + 1 < nv)
			pad(out, width[v] - ncg_display_width(r->vars[v], strlen(r->vars[v])) + 2);
	}
	ncg_buf_putc(out, '\n');
	for (size_t v = 0; v < nv; v++) {
		for (size_t i = 0; i < width[v]; i++)
			ncg_buf_putc(out, '-');
		if (v + 1 < nv)
			pad(out, 2);
	}
	ncg_buf_putc(out, '\n');
}

/* The rows, no spaces after a row's last bound cell, then the count. */
static void
table_rows(const ncg_results *r, char *const *text, const size_t *cw,
           const size_t *width, ncg_buf *out)
{
	size_t nv = r->nvars;

	for (size_t row = 0; row < r->nrows; row++) {
		size_t last = nv;

		while (last > 0 && text[row * nv + last - 1][0] == '\0')
			last--;
		for (size_t v = 0; v < last; v++) {
			ncg_buf_puts(out, text[row * nv + v]);
			if (v + 1 < last)
				pad(out, width[v] - cw[row * nv + v] + 2);
		}
		ncg_buf_putc(out, '\n');
	}
	ncg_buf_printf(out, "(%zu row%s)\n", r->nrows, r->nrows == 1 ? "" : "s");
}

static ncg_status
write_table(const ncg_results *r, const char *const *prefixes, size_t max_width,
            ncg_buf *out, ncg_error *err)
{
	size_t nv = r->nvars, cells = r->nrows * nv;
	char **text = NULL;
	size_t *width = NULL, *cw = NULL;
	ncg_status st = NCG_OK;

	if (r->is_boolean) {
		ncg_buf_puts(out, r->boolean ? "true\n" : "false\n");
		return out->status != NCG_OK ? nomem(err) : NCG_OK;
	}
	text = calloc(cells + 1, sizeof *text);
	cw = calloc(cells + 1, sizeof *cw);
	width = calloc(nv + 1, sizeof *width);
	if (!text || !cw || !width ||
	    !table_cells(r, prefixes, max_width, text, cw, width)) {
		st = nomem(err);
		goto done;
	}
	/* header, rule, rows; two spaces between columns, none at line end */
	table_header(r, width, out);
	table_rows(r, text, cw, width, out);
	if (out->status != NCG_OK)
		st = nomem(err);
done:
	for (size_t i = 0; text && i < cells; i++)
		free(text[i]);
	free(text);
	free(cw);
	free(width);
	return st;
}

static void
csv_field(ncg_buf *out, const char *s)
{
	if (!strpbrk(s, "\",\r\n")) {
		ncg_buf_puts(out, s);
		return;
	}
	ncg_buf_putc(out, '"');
	for (; *s; s++) {
		if (*s == '"')
			ncg_buf_putc(out, '"');
		ncg_buf_putc(out, *s);
	}
	ncg_buf_putc(out, '"');
}

static void
write_csv(const ncg_results *r, ncg_buf *out)
{
	if (r->is_boolean) {
		ncg_buf_puts(out, r->boolean ? "_askResult\r\ntrue\r\n" : "_askResult\r\nfalse\r\n");
		return;
	}
	for (size_t v = 0; v < r->nvars; v++) {
		if (v)
			ncg_buf_putc(out, ',');
		csv_field(out, r->vars[v]);
	}
	ncg_buf_puts(out, "\r\n");
	for (size_t row = 0; row < r->nrows; row++) {
		for (size_t v = 0; v < r->nvars; v++) {
			const ncg_term *t = &r->cells[row * r->nvars + v];

			if (v)
				ncg_buf_putc(out, ',');
			if (t->kind == NCG_TERM_BLANK) {
				ncg_buf_puts(out, "_:");
				csv_field(out, t->value);
			} else if (t->kind != NCG_TERM_UNBOUND) {
				csv_field(out, t->value);
			}
		}
		ncg_buf_puts(out, "\r\n");
	}
}

/* A quoted string with backslash escapes: N-Triples' for TSV cells
 * (\uXXXX in upper case), or JSON's, which add \b and \f (lower case). */
static void
escaped_string(ncg_buf *out, const char *s, int json)
{
	ncg_buf_putc(out, '"');
	for (; *s; s++) {
		switch (*s) {
		case '"': ncg_buf_puts(out, "\\\""); break;
		case '\\': ncg_buf_puts(out, "\\\\"); break;
		case '\n': ncg_buf_puts(out, "\\n"); break;
		case '\r': ncg_buf_puts(out, "\\r"); break;
		case '\t': ncg_buf_puts(out, "\\t"); break;
		default:
			if (json && *s == '\b')
				ncg_buf_puts(out, "\\b");
			else if (json && *s == '\f')
				ncg_buf_puts(out, "\\f");
			else if ((unsigned char)*s < 0x20)
				ncg_buf_printf(out, json ? "\\u%04x" : "\\u%04X",
				               (unsigned)*s);
			else
				ncg_buf_putc(out, *s);
		}
	}
	ncg_buf_putc(out, '"');
}

static int
is_integer_lexical(const char *s)
{
	if (*s == '+' || *s == '-')
		s++;
	return *s && strspn(s, "0123456789") == strlen(s);
}

static void
write_tsv(const ncg_results *r, ncg_buf *out)
{
	if (r->is_boolean) {
		ncg_buf_puts(out, r->boolean ? "?_askResult\ntrue\n" : "?_askResult\nfalse\n");
		return;
	}
	for (size_t v = 0; v < r->nvars; v++)
		ncg_buf_printf(out, "%s?%s", v ? "\t" : "", r->vars[v]);
	ncg_buf_putc(out, '\n');
	for (size_t row = 0; row < r->nrows; row++) {
		for (size_t v = 0; v < r->nvars; v++) {
			const ncg_term *t = &r->cells[row * r->nvars + v];

			if (v)
				ncg_buf_putc(out, '\t');
			switch (t->kind) {
			case NCG_TERM_UNBOUND:
				break;
			case NCG_TERM_IRI:
				ncg_buf_printf(out, "<%s>", t->value);
				break;
			case NCG_TERM_BLANK:
				ncg_buf_printf(out, "_:%s", t->value);
				break;
			case NCG_TERM_LITERAL:
				if (t->datatype && strcmp(t->datatype, XSD "integer") == 0 &&
				    is_integer_lexical(t->value)) {
					ncg_buf_puts(out, t->value);
					break;
				}
				escaped_string(out, t->value, 0);
				if (t->lang)
					ncg_buf_printf(out, "@%s", t->lang);
				else if (t->datatype)
					ncg_buf_printf(out, "^^<%s>", t->datatype);
				break;
			}
		}
		ncg_buf_putc(out, '\n');
	}
}

static void
write_json(const ncg_results *r, ncg_buf *out)
{
	if (r->is_boolean) {
		ncg_buf_printf(out, "{\n  \"head\": {},\n  \"boolean\": %s\n}\n",
		               r->boolean ? "true" : "false");
		return;
	}
	ncg_buf_puts(out, "{\n  \"head\": {\n    \"vars\": [");
	for (size_t v = 0; v < r->nvars; v++) {
		ncg_buf_puts(out, v ? ", " : " ");
		escaped_string(out, r->vars[v], 1);
	}
	ncg_buf_puts(out, r->nvars ? " ]\n  },\n" : "]\n  },\n");
	ncg_buf_puts(out, "  \"results\": {\n    \"bindings\": [");
	for (size_t row = 0; row < r->nrows; row++) {
		int first = 1;

		ncg_buf_puts(out, row ? ",\n      {" : "\n      {");
		for (size_t v = 0; v < r->nvars; v++) {
			const ncg_term *t = &r->cells[row * r->nvars + v];

			if (t->kind == NCG_TERM_UNBOUND)
				continue;
			ncg_buf_puts(out, first ? " " : ", ");
			first = 0;
			escaped_string(out, r->vars[v], 1);
			ncg_buf_puts(out, ": { \"type\": ");
			ncg_buf_puts(out, t->kind == NCG_TERM_IRI ? "\"uri\""
			                  : t->kind == NCG_TERM_BLANK ? "\"bnode\"" : "\"literal\"");
			ncg_buf_puts(out, ", \"value\": ");
			escaped_string(out, t->value, 1);
			if (t->lang) {
				ncg_buf_puts(out, ", \"xml:lang\": ");
				escaped_string(out, t->lang, 1);
			} else if (t->datatype) {
				ncg_buf_puts(out, ", \"datatype\": ");
				escaped_string(out, t->datatype, 1);
			}
			ncg_buf_puts(out, " }");
		}
		ncg_buf_puts(out, first ? "}" : " }");
	}
	ncg_buf_puts(out, r->nrows ? "\n    ]\n  }\n}\n" : "]\n  }\n}\n");
}

ncg_status
ncg_results_write(const ncg_results *r, ncg_results_format fmt,
                  const char *const *prefixes, size_t max_width, ncg_buf *out,
                  ncg_error *err)
{
	switch (fmt) {
	case NCG_RESULTS_TABLE:
		return write_table(r, prefixes, max_width, out, err);
	case NCG_RESULTS_CSV: write_csv(r, out); break;
	case NCG_RESULTS_TSV: write_tsv(r, out); break;
	case NCG_RESULTS_JSON: write_json(r, out); break;
	default:
		return ncg_error_set(err, NCG_ERR_USAGE, "", 0, 0, -1,
		                     "unknown results format");
	}
	return out->status != NCG_OK ? nomem(err) : NCG_OK;
}

/* ---- reading SPARQL JSON ---------------------------------------------------
 * A small JSON reader that builds a tree in an arena: enough for results
 * documents (RFC 8259, strings with \u escapes and surrogate pairs). */

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } jkind;

typedef struct jval jval;
struct jval {
	jkind kind;
	int b;
	const char *at;         /* where it starts in the document */
	const char *s;          /* J_STR, J_NUM text */
	size_t n;               /* items */
	const char **keys;      /* J_OBJ */
	jval **items;           /* J_ARR, J_OBJ values */
};

typedef struct {
	const char *s, *end, *at;
	ncg_arena *a;
	const char *fail;       /* message, NULL while fine */
	int depth;
} jparser;

static void
jskip(jparser *p)
{
	while (p->at < p->end && strchr(" \t\r\n", *p->at) && *p->at)
		p->at++;
}

static jval *jvalue(jparser *p);

static int
hex4(const char *s, uint32_t *v)
{
	*v = 0;
	for (int i = 0; i < 4; i++) {
		char c = s[i];

		*v <<= 4;
		if (c >= '0' && c <= '9') *v |= (uint32_t)(c - '0');
		else if (c >= 'a' && c <= 'f') *v |= (uint32_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F') *v |= (uint32_t)(c - 'A' + 10);
		else return -1;
	}
	return 0;
}

static void
put_utf8(ncg_buf *b, uint32_t c)
{
	if (c < 0x80) {
		ncg_buf_putc(b, (char)c);
	} else if (c < 0x800) {
		ncg_buf_putc(b, (char)(0xC0 | (c >> 6)));
		ncg_buf_putc(b, (char)(0x80 | (c & 0x3F)));
	} else if (c < 0x10000) {
		ncg_buf_putc(b, (char)(0xE0 | (c >> 12)));
		ncg_buf_putc(b, (char)(0x80 | ((c >> 6) & 0x3F)));
		ncg_buf_putc(b, (char)(0x80 | (c & 0x3F)));
	} else {
		ncg_buf_putc(b, (char)(0xF0 | (c >> 18)));
		ncg_buf_putc(b, (char)(0x80 | ((c >> 12) & 0x3F)));
		ncg_buf_putc(b, (char)(0x80 | ((c >> 6) & 0x3F)));
		ncg_buf_putc(b, (char)(0x80 | (c & 0x3F)));
	}
}

/* A \u escape, p->at on the 'u', left on its last digit (a surrogate
 * pair's second); 0 and p->fail on a bad one. */
static int
jescape_u(jparser *p, ncg_buf *b)
{
	uint32_t u, lo;

	if (p->end - p->at < 5 || hex4(p->at + 1, &u) != 0) {
		p->fail = "bad \\u escape";
		return 0;
	}
	p->at += 4;
	if (u >= 0xD800 && u <= 0xDBFF && p->end - p->at >= 7 &&
	    p->at[1] == '\\' && p->at[2] == 'u' && hex4(p->at + 3, &lo) == 0 &&
	    lo >= 0xDC00 && lo <= 0xDFFF) {
		u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
		p->at += 6;
	} else if (u >= 0xD800 && u <= 0xDFFF) {
		u = 0xFFFD;                       /* a lone surrogate */
	}
	if (u == 0) {
		p->fail = "NUL character in a string";
		return 0;
	}
	put_utf8(b, u);
	return 1;
}

/* The escape whose letter p->at is on, left on its last character; 0 and
 * p->fail on a bad one. */
static int
jescape(jparser *p, ncg_buf *b)
{
	switch (*p->at) {
	case '"': ncg_buf_putc(b, '"'); break;
	case '\\': ncg_buf_putc(b, '\\'); break;
	case '/': ncg_buf_putc(b, '/'); break;
	case 'b': ncg_buf_putc(b, '\b'); break;
	case 'f': ncg_buf_putc(b, '\f'); break;
	case 'n': ncg_buf_putc(b, '\n'); break;
	case 'r': ncg_buf_putc(b, '\r'); break;
	case 't': ncg_buf_putc(b, '\t'); break;
	case 'u': return jescape_u(p, b);
	default:
		p->fail = "bad escape in a string";
		return 0;
	}
	return 1;
}

/* The string's characters into b, p->at left on the closing quote (or at
 * the end); 0 and p->fail on a bad character or escape. */
static int
jchars(jparser *p, ncg_buf *b)
{
	while (p->at < p->end && *p->at != '"') {
		unsigned char c = (unsigned char)*p->at;

		if (c < 0x20) {
			p->fail = "control character in a string";
			return 0;
		}
		if (c != '\\') {
			ncg_buf_putc(b, (char)c);
			p->at++;
			continue;
		}
		if (p->at + 1 >= p->end) {
			p->fail = "unterminated string";
			return 0;
		}
		p->at++;
		if (!jescape(p, b))
			return 0;
		p->at++;
	}
	return 1;
}

static const char *
jstring(jparser *p)
{
	ncg_buf b;
	const char *res = NULL;

	ncg_buf_init(&b);
	p->at++;                                  /* the opening quote */
	if (!jchars(p, &b))
		goto done;
	if (p->at >= p->end) {
		p->fail = "unterminated string";
		goto done;
	}
	p->at++;                                  /* the closing quote */
	if (b.status != NCG_OK) {
		p->fail = "out of memory";
		goto done;
	}
	res = ncg_arena_strdup(p->a, ncg_buf_str(&b));
	if (!res)
		p->fail = "out of memory";
done:
	ncg_buf_free(&b);
	return res;
}

static jval *
jnew(jparser *p, jkind k)
{
	jval *v = ncg_arena_alloc(p->a, sizeof *v);

	if (!v) {
		p->fail = "out of memory";
	} else {
		v->kind = k;
		v->at = p->at;
	}
	return v;
}

/* Arrays and objects: items collected on the heap, then copied. */
/* An object's or array's items while they are read, on the heap. */
typedef struct {
	jval **items;
	const char **keys;      /* objects only */
	size_t n, cap, kcap;
} jitems;

/* One member: `"key": value` in an object, a value in an array. */
static jval *
jmember(jparser *p, int object, const char **key)
{
	*key = NULL;
	jskip(p);
	if (object) {
		if (p->at >= p->end || *p->at != '"') {
			p->fail = "expected a string key";
			return NULL;
		}
		if (!(*key = jstring(p)))
			return NULL;
		jskip(p);
		if (p->at >= p->end || *p->at != ':') {
			p->fail = "expected ':'";
			return NULL;
		}
		p->at++;
	}
	return jvalue(p);
}

static int
jitems_add(jparser *p, jitems *l, int object, const char *key, jval *item)
{
	void *arr = l->items;

	if (ncg_grow(&arr, &l->cap, l->n + 1, sizeof *l->items) != 0) {
		p->fail = "out of memory";
		return 0;
	}
	l->items = arr;
	if (object) {
		arr = l->keys;
		if (ncg_grow(&arr, &l->kcap, l->n + 1, sizeof *l->keys) != 0) {
			p->fail = "out of memory";
			return 0;
		}
		l->keys = arr;
		l->keys[l->n] = key;
	}
	l->items[l->n++] = item;
	return 1;
}

/* The items copied into v, in the arena. */
static int
jitems_keep(jparser *p, const jitems *l, int object, jval *v)
{
	size_t n = l->n;

	v->n = n;
	v->items = ncg_arena_alloc(p->a, n * sizeof *v->items);
	v->keys = object ? ncg_arena_alloc(p->a, n * sizeof *v->keys) : NULL;
	if (!v->items || (object && !v->keys)) {
		p->fail = "out of memory";
		return 0;
	}
	memcpy(v->items, l->items, n * sizeof *l->items);
	if (object)
		memcpy(v->keys, l->keys, n * sizeof *l->keys);
	return 1;
}

/* Arrays and objects: items collected on the heap, then copied. */
static jval *
jcompound(jparser *p, int object)
{
	jval *v = jnew(p, object ? J_OBJ : J_ARR);
	jitems l = { 0 };
	char close = object ? '}' : ']';
	int ok = 0;

	if (!v)
		return NULL;
	if (++p->depth > 64) {
		p->fail = "nested too deeply";
		return NULL;
	}
	p->at++;
	jskip(p);
	if (p->at < p->end && *p->at == close) {
		p->at++;
		p->depth--;
		return v;
	}
	for (;;) {
		const char *key;
		jval *item = jmember(p, object, &key);

		if (!item || !jitems_add(p, &l, object, key, item))
			break;
		jskip(p);
		if (p->at < p->end && *p->at == ',') {
			p->at++;
			continue;
		}
		if (p->at < p->end && *p->at == close) {
			p->at++;
			ok = jitems_keep(p, &l, object, v);
			break;
		}
		p->fail = object ? "expected ',' or '}'" : "expected ',' or ']'";
		break;
	}
	free(l.items);
	free(l.keys);
	if (!ok)
		return NULL;
	p->depth--;
	return v;
}

static jval *
jvalue(jparser *p)
{
	jval *v;

	jskip(p);
	if (p->at >= p->end) {
		p->fail = "unexpected end of input";
		return NULL;
	}
	switch (*p->at) {
	case '{': return jcompound(p, 1);
	case '[': return jcompound(p, 0);
	case '"':
		if (!(v = jnew(p, J_STR)))
			return NULL;
		v->s = jstring(p);
		return v->s ? v : NULL;
	case 't': case 'f': case 'n': {
		static const char *const words[] = {"true", "false", "null"};

		for (int i = 0; i < 3; i++) {
			size_t l = strlen(words[i]);

			if ((size_t)(p->end - p->at) >= l && strncmp(p->at, words[i], l) == 0) {
				if (!(v = jnew(p, i == 2 ? J_NULL : J_BOOL)))
					return NULL;
				v->b = i == 0;
				p->at += l;
				return v;
			}
		}
		break;
	}
	default:
		if (*p->at == '-' || (*p->at >= '0' && *p->at <= '9')) {
			const char *start = p->at;

			while (p->at < p->end && strchr("+-0123456789.eE", *p->at) && *p->at)
				p->at++;
			if (!(v = jnew(p, J_NUM)))
				return NULL;
			v->at = start;
			v->s = ncg_arena_strndup(p->a, start, (size_t)(p->at - start));
			if (!v->s)
				p->fail = "out of memory";
			return v->s ? v : NULL;
		}
	}
	p->fail = "unexpected character";
	return NULL;
}

static const jval *
jget(const jval *o, const char *key)
{
	if (!o || o->kind != J_OBJ)
		return NULL;
	for (size_t i = 0; i < o->n; i++)
		if (strcmp(o->keys[i], key) == 0)
			return o->items[i];
	return NULL;
}

static const char *
jstr(const jval *o, const char *key)
{
	const jval *v = jget(o, key);

	return v && v->kind == J_STR ? v->s : NULL;
}

static ncg_status
json_error(const char *json, const char *at, const char *name, const char *msg,
           ncg_error *err)
{
	long line = 1, col = 1;

	for (const char *c = json; c < at; c++) {
		if (*c == '\n') {
			line++;
			col = 1;
		} else if (((unsigned char)*c & 0xC0) != 0x80) {
			col++;
		}
	}
	return ncg_error_set(err, NCG_ERR_SYNTAX, name, line, col, at - json,
	                     "SPARQL JSON results: %s", msg);
}

/* The document at p's start in *root, nothing after it but white space. */
static ncg_status
json_document(jparser *p, const char *json, const char *name, const jval **root,
              ncg_error *err)
{
	*root = jvalue(p);
	if (*root) {
		jskip(p);
		if (p->at < p->end)
			p->fail = "text after the document";
	}
	if (p->fail)
		return strcmp(p->fail, "out of memory") == 0 ? nomem(err)
		       : json_error(json, p->at, name, p->fail, err);
	return NCG_OK;
}

/* *term: the binding t of one variable (none when t is NULL); NULL, or
 * what is wrong with t (which starts at t->at). */
static const char *
json_term(const jval *t, ncg_term *term)
{
	const char *type = jstr(t, "type"), *value = jstr(t, "value");

	memset(term, 0, sizeof *term);
	if (!t)
		return NULL;
	if (!type || !value)
		return "a term without \"type\" or \"value\"";
	term->value = value;
	if (strcmp(type, "uri") == 0) {
		term->kind = NCG_TERM_IRI;
	} else if (strcmp(type, "bnode") == 0) {
		term->kind = NCG_TERM_BLANK;
	} else if (strcmp(type, "literal") == 0 || strcmp(type, "typed-literal") == 0) {
		term->kind = NCG_TERM_LITERAL;
		term->lang = jstr(t, "xml:lang");
		term->datatype = jstr(t, "datatype");
	} else {
		return "unknown term type";
	}
	return NULL;
}

/* r's rows: each binding's terms of the nvars variables names (row: room
 * for them). */
static ncg_status
json_rows(ncg_results *r, const jval *bindings, const char **names, size_t nvars,
          ncg_term *row, const char *json, const char *name, ncg_error *err)
{
	for (size_t b = 0; b < bindings->n; b++) {
		const jval *bind = bindings->items[b];

		if (bind->kind != J_OBJ)
			return json_error(json, bind->at, name, "a binding is not an object", err);
		for (size_t i = 0; i < nvars; i++) {
			const jval *t = jget(bind, names[i]);
			const char *why = json_term(t, &row[i]);

			if (why)
				return json_error(json, t->at, name, why, err);
		}
		NCG_TRY(ncg_results_add_row(r, row, err));
	}
	return NCG_OK;
}

ncg_status
ncg_results_read_json(ncg_results **out, const char *json, size_t len,
                      const char *name, ncg_error *err)
{
	jparser p = {json, json + len, json, NULL, NULL, 0};
	const jval *root, *head, *vars, *boolean, *bindings;
	const char **names = NULL;
	ncg_term *row = NULL;
	ncg_results *r = NULL;
	ncg_status st = NCG_OK;

	*out = NULL;
	if (!(p.a = ncg_arena_new()))
		return nomem(err);
	if ((st = json_document(&p, json, name, &root, err)) != NCG_OK)
		goto done;
	head = jget(root, "head");
	boolean = jget(root, "boolean");
	if (!head) {
		st = json_error(json, json, name, "no \"head\"", err);
		goto done;
	}
	if (boolean) {
		st = boolean->kind != J_BOOL
		     ? json_error(json, boolean->at, name, "\"boolean\" is not true or false", err)
		     : ncg_results_new_boolean(&r, boolean->b, err);
		goto done;
	}
	vars = jget(head, "vars");
	bindings = jget(jget(root, "results"), "bindings");
	if (!vars || vars->kind != J_ARR || !bindings || bindings->kind != J_ARR) {
		st = json_error(json, json, name, "no \"head.vars\" or \"results.bindings\"", err);
		goto done;
	}
	names = calloc(vars->n + 1, sizeof *names);
	row = calloc(vars->n + 1, sizeof *row);
	if (!names || !row) {
		st = nomem(err);
		goto done;
	}
	for (size_t i = 0; i < vars->n; i++) {
		if (vars->items[i]->kind != J_STR) {
			st = json_error(json, vars->items[i]->at, name,
			                "a variable name is not a string", err);
			goto done;
		}
		names[i] = vars->items[i]->s;
	}
	if ((st = ncg_results_new(&r, names, vars->n, err)) == NCG_OK)
		st = json_rows(r, bindings, names, vars->n, row, json, name, err);
done:
	free(names);
	free(row);
	ncg_arena_free(p.a);
	if (st != NCG_OK) {
		ncg_results_free(r);
		return st;
	}
	*out = r;
	return NCG_OK;
}
