/* ncgkg: serialising facts with Redland (the last stage of export). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ncgkg/arena.h"
#include "ncgkg/buf.h"
#include "ncgkg/vocab.h"
#include "rdf_internal.h"

/* The IRI of a key: a full IRI as is, else below the base. */
static librdf_node *
key_node(ncg_rdf *rdf, const char *base, const char *key)
{
	ncg_buf iri;
	librdf_node *n;

	if (ncg_key_is_iri(key))
		return librdf_new_node_from_uri_string(rdf->world,
		                                       (const unsigned char *)key);
	ncg_buf_init(&iri);
	ncg_buf_puts(&iri, base);
	ncg_buf_puts(&iri, key);
	n = iri.status != NCG_OK ? NULL
	               : librdf_new_node_from_uri_string(rdf->world,
	                                                 (const unsigned char *)iri.data);
	ncg_buf_free(&iri);
	return n;
}

/* The length of a character at c that raptor's RDF/XML writer refuses to
 * write (XML 1.0 cannot carry it, escaped or not, or raptor will not: C0
 * controls but tab, line feed and CR; DEL and the C1 controls; U+FFFE and
 * U+FFFF), or 0.  Found by fuzzing (issue 7). */
static size_t
bad_xml_char(const unsigned char *c)
{
	if ((*c < 0x20 && *c != '\t' && *c != '\n' && *c != '\r') || *c == 0x7F)
		return 1;
	if (c[0] == 0xC2 && c[1] >= 0x80 && c[1] <= 0x9F)
		return 2;
	if (c[0] == 0xEF && c[1] == 0xBF && (c[2] == 0xBE || c[2] == 0xBF))
		return 3;
	return 0;
}

/* Does a literal need cleaning: a CR (Redland writes it raw into short
 * Turtle strings), or a character RDF/XML cannot carry? */
static int
needs_cleaning(const unsigned char *c)
{
	for (; *c; c++)
		if (*c == '\r' || bad_xml_char(c))
			return 1;
	return 0;
}

/* A copy fit for every syntax: CRLF and CR become LF; the characters XML
 * cannot carry become U+FFFD, the same in every syntax, so that exports
 * stay isomorphic.  NULL when out of memory. */
static char *
clean_literal(const char *lexical)
{
	const unsigned char *c = (const unsigned char *)lexical;
	char *clean = malloc(3 * strlen(lexical) + 1), *w = clean;

	if (!clean)
		return NULL;
	for (; *c; c++) {
		if (*c == '\r') {
			*w++ = '\n';
			if (c[1] == '\n')
				c++;
		} else if (bad_xml_char(c)) {
			c += bad_xml_char(c) - 1;
			memcpy(w, "\xEF\xBF\xBD", 3);
			w += 3;
		} else {
			*w++ = (char)*c;
		}
	}
	*w = '\0';
	return clean;
}

static librdf_node *
literal_node(ncg_rdf *rdf, const char *lexical, ncg_datatype dt)
{
	const char *dti = ncg_datatype_iri(dt);
	librdf_node *n;
	char *clean = NULL;

	if (needs_cleaning((const unsigned char *)lexical)) {
		clean = clean_literal(lexical);
		if (!clean)
			return NULL;
		lexical = clean;
	}
	if (dti) {
		librdf_uri *u = librdf_new_uri(rdf->world, (const unsigned char *)dti);

		n = u ? librdf_new_node_from_typed_literal(rdf->world,
		            (const unsigned char *)lexical, NULL, u) : NULL;
		if (u)
			librdf_free_uri(u);
	} else {
		/* NULL: a plain xsd:string; else a language-tagged literal */
		const char *lang = ncg_datatype_lang(dt);

		n = librdf_new_node_from_literal(rdf->world, (const unsigned char *)lexical,
		                                 lang, 0);
	}
	free(clean);
	return n;
}

/* The statement of a fact (and its graph node when with_graph): the nodes
 * are made here and given to the statement, so no ownership question
 * leaks out of this function.  NCG_ERR_NOMEM when a node or the
 * statement cannot be made. */
static ncg_status
make_statement(ncg_rdf *rdf, const char *base, const ncg_triple *t, int with_graph,
               librdf_statement **out, librdf_node **graph)
{
	librdf_node *s = key_node(rdf, base, t->s);
	librdf_node *p = librdf_new_node_from_uri_string(rdf->world,
	                     (const unsigned char *)ncg_prop_iri(t->p));
	librdf_node *o = t->literal ? literal_node(rdf, t->o, t->dt)
	                            : key_node(rdf, base, t->o);
	librdf_node *g = with_graph ? key_node(rdf, base, t->g) : NULL;

	*out = NULL;
	*graph = NULL;
	if (!s || !p || !o || (with_graph && !g)) {
		if (s) librdf_free_node(s);
		if (p) librdf_free_node(p);
		if (o) librdf_free_node(o);
		if (g) librdf_free_node(g);
		return NCG_ERR_NOMEM;
	}
	*out = librdf_new_statement_from_nodes(rdf->world, s, p, o);  /* takes s p o */
	if (!*out) {
		if (g)
			librdf_free_node(g);
		return NCG_ERR_NOMEM;
	}
	*graph = g;
	return NCG_OK;
}

/* The finished facts as a Redland stream, one statement at a time, for
 * the serialiser: no model in between.  A model's hashes compare every
 * new statement with those sharing two of its terms (every workstream's
 * rdf:type, every phrase's context), which made a long list quadratic
 * (issue 7); the facts are already sorted and free of duplicates. */
typedef struct {
	ncg_rdf *rdf;
	const char *base;
	const ncg_triple *t;
	size_t n, i;
	int quads;
	int failed;
	librdf_statement *cur;
	librdf_node *graph;
} fact_stream;

/* Is fact i the same triple as the one before (in another graph)? */
static int
same_triple(const ncg_triple *t, size_t i)
{
	return i > 0 && t[i].p == t[i - 1].p && t[i].literal == t[i - 1].literal &&
	       t[i].dt == t[i - 1].dt && strcmp(t[i].s, t[i - 1].s) == 0 &&
	       strcmp(t[i].o, t[i - 1].o) == 0;
}

static void
fs_clear(fact_stream *fs)
{
	if (fs->cur)
		librdf_free_statement(fs->cur);
	if (fs->graph)
		librdf_free_node(fs->graph);
	fs->cur = NULL;
	fs->graph = NULL;
}

/* Make the statement of fact i (skipping a triple already given when
 * graphs are not written).  0, or 1 at the end or on failure. */
static int
fs_load(fact_stream *fs)
{
	fs_clear(fs);
	while (fs->i < fs->n && !fs->quads && same_triple(fs->t, fs->i))
		fs->i++;
	if (fs->i >= fs->n)
		return 1;
	if (make_statement(fs->rdf, fs->base, &fs->t[fs->i], fs->quads, &fs->cur,
	                   &fs->graph) != NCG_OK) {
		fs->failed = 1;
		return 1;
	}
	return 0;
}

static int
fs_is_end(void *c)
{
	fact_stream *fs = c;

	return fs->failed || !fs->cur;
}

static int
fs_next(void *c)
{
	fact_stream *fs = c;

	fs->i++;
	return fs_load(fs);
}

static void *
fs_get(void *c, int flags)
{
	fact_stream *fs = c;

	if (flags == LIBRDF_ITERATOR_GET_METHOD_GET_CONTEXT)
		return fs->graph;
	return fs->cur;
}

static void
fs_finished(void *c)
{
	fs_clear(c);
}

static int
cmp_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static ncg_status
nomem(ncg_error *err)
{
	return ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
}

/* Close a memory stream that was written with status st: NCG_OK with
 * *text the bytes, or the failure with *text freed. */
static ncg_status
mem_close(FILE *mem, char **text, ncg_status st, ncg_error *err)
{
	int bad = fclose(mem) != 0 || !*text;

	if (!bad && st == NCG_OK)
		return NCG_OK;
	free(*text);
	*text = NULL;
	return st != NCG_OK ? st : nomem(err);
}

/* The serialiser's namespaces: ncg_prefixes, those of no IRI under the
 * base. */
static ncg_status
set_prefixes(ncg_rdf *rdf, librdf_serializer *ser, const char *base, ncg_error *err)
{
	for (const ncg_prefix *px = ncg_prefixes; px->prefix; px++) {
		ncg_buf iri;
		librdf_uri *u;

		ncg_buf_init(&iri);
		ncg_buf_puts(&iri, px->iri ? px->iri : base);
		if (!px->iri)
			ncg_buf_puts(&iri, px->path);
		/* the base is checked before: a URI not made is memory */
		u = iri.status != NCG_OK ? NULL
		               : librdf_new_uri(rdf->world, (const unsigned char *)iri.data);
		ncg_buf_free(&iri);
		if (!u)
			return nomem(err);
		librdf_serializer_set_namespace(ser, u, px->prefix);
		librdf_free_uri(u);
	}
	return NCG_OK;
}

/* Serialise n finished facts onto fh through Redland's serialiser for fmt:
 * one statement at a time, no model, no string of the whole. */
static ncg_status
serialize_fh(ncg_rdf *rdf, const ncg_triple *t, size_t n, ncg_format fmt,
             const char *base, FILE *fh, ncg_error *err)
{
	static const char *const SERIALIZER[NCG_FMT__COUNT] = {
		"turtle", "ntriples", "nquads", "rdfxml-abbrev"
	};
	fact_stream fs;
	librdf_stream *stream = NULL;
	librdf_serializer *ser = NULL;
	int wrote;
	ncg_status st = NCG_OK;

	ncg_rdf_log_reset(rdf);
	fs.rdf = rdf;
	fs.base = base;
	fs.t = t;
	fs.n = n;
	fs.i = 0;
	fs.quads = fmt == NCG_FMT_NQUADS;
	fs.failed = 0;
	fs.cur = NULL;
	fs.graph = NULL;
	fs_load(&fs);
	if (fs.failed)
		return nomem(err);
	stream = librdf_new_stream(rdf->world, &fs, fs_is_end, fs_next, fs_get, fs_finished);
	if (!stream) {
		fs_clear(&fs);
		return nomem(err);
	}
	ser = librdf_new_serializer(rdf->world, SERIALIZER[fmt], NULL, NULL);
	if (!ser) {
		st = ncg_rdf_log_error(rdf, err, NCG_ERR_RDF, "", "no serializer");
		goto done;
	}
	if ((fmt == NCG_FMT_TURTLE || fmt == NCG_FMT_RDFXML) &&
	    (st = set_prefixes(rdf, ser, base, err)) != NCG_OK)
		goto done;
	wrote = librdf_serializer_serialize_stream_to_file_handle(ser, fh, NULL, stream);
	if (fs.failed)
		st = nomem(err);
	else if (wrote != 0 || rdf->failed)
		st = ncg_rdf_log_error(rdf, err, NCG_ERR_RDF, "", "serialising failed");
done:
	if (ser)
		librdf_free_serializer(ser);
	librdf_free_stream(stream);
	return st;
}

static ncg_status
write_error(const char *what, ncg_error *err)
{
	return ncg_error_set(err, NCG_ERR_IO, what, 0, 0, -1, "cannot write: %s",
	                     strerror(errno ? errno : EIO));
}

/* ---- N-Triples and N-Quads written here ---------------------------- */
/* The bytes raptor 2.0.15's "ntriples" and "nquads" serialisers write
 * (raptor_string_escaped_write with its N-Triples flags), without a
 * Redland node, statement and URI per term and a function call per
 * byte, which were 45% of export's time (issue 9).  In a literal: \\
 * and \" escaped, \t \n \r, other controls and DEL as \u00XX; in an
 * IRI: space, controls and <>"{}|^` as \u00XX, \ as \\; outside ASCII
 * \uXXXX or \UXXXXXXXX (uppercase hex) in both.  A term that is not
 * valid UTF-8 (raptor would stop writing it) is left to raptor. */

static void
put_u(ncg_buf *b, unsigned long cp)
{
	static const char HEX[] = "0123456789ABCDEF";
	char e[10];
	int digits = cp < 0x10000 ? 4 : 8;

	e[0] = '\\';
	e[1] = digits == 4 ? 'u' : 'U';
	for (int i = 0; i < digits; i++)
		e[2 + i] = HEX[(cp >> (4 * (digits - 1 - i))) & 0xF];
	ncg_buf_append(b, e, (size_t)digits + 2);
}

/* The code point of a valid (shortest, scalar) UTF-8 sequence at s and
 * its length, or 0. */
static size_t
utf8_at(const unsigned char *s, unsigned long *cp)
{
	if (s[0] >= 0xC2 && s[0] <= 0xDF && (s[1] & 0xC0) == 0x80) {
		*cp = ((unsigned long)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (s[0] >= 0xE0 && s[0] <= 0xEF && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		*cp = ((unsigned long)(s[0] & 0x0F) << 12) | ((unsigned long)(s[1] & 0x3F) << 6) |
		      (s[2] & 0x3F);
		return *cp >= 0x800 && (*cp < 0xD800 || *cp > 0xDFFF) ? 3 : 0;
	}
	if (s[0] >= 0xF0 && s[0] <= 0xF4 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
	    (s[3] & 0xC0) == 0x80) {
		*cp = ((unsigned long)(s[0] & 0x07) << 18) | ((unsigned long)(s[1] & 0x3F) << 12) |
		      ((unsigned long)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		return *cp >= 0x10000 && *cp <= 0x10FFFF ? 4 : 0;
	}
	return 0;
}

/* Written as is? */
static int
nt_plain(unsigned char c, int iri)
{
	/* the characters of "<>\\\"{}|^`" told apart by comparisons, not a
	 * call to strchr per character (speed only: every IRI's every byte) */
	if (iri)
		return c > 0x20 && c < 0x7F && c != '<' && c != '>' && c != '\\' && c != '"' &&
		       c != '{' && c != '}' && c != '|' && c != '^' && c != '`';
	return c >= 0x20 && c < 0x7F && c != '\\' && c != '"';
}

/* Append s escaped for an IRI or a literal; NCG_ERR_ENCODING when it is
 * not UTF-8. */
static ncg_status
nt_escaped(ncg_buf *b, const char *str, int iri)
{
	const unsigned char *s = (const unsigned char *)str, *run = s;

	for (;;) {
		unsigned char c = *s;
		unsigned long cp;
		size_t n;

		if (c && nt_plain(c, iri)) {
			s++;
			continue;
		}
		if (s > run)
			ncg_buf_append(b, (const char *)run, (size_t)(s - run));
		if (!c)
			break;
		if (c == '\\')
			ncg_buf_append(b, "\\\\", 2);
		else if (c == '"' && !iri)
			ncg_buf_append(b, "\\\"", 2);
		else if (c == '\t' && !iri)
			ncg_buf_append(b, "\\t", 2);
		else if (c == '\n' && !iri)
			ncg_buf_append(b, "\\n", 2);
		else if (c == '\r' && !iri)
			ncg_buf_append(b, "\\r", 2);
		else if (c <= 0x7F)
			put_u(b, c);
		else {
			n = utf8_at(s, &cp);
			if (n == 0)
				return NCG_ERR_ENCODING;
			put_u(b, cp);
			s += n - 1;
		}
		run = ++s;
	}
	return b->status;
}

static ncg_status
nt_iri(ncg_buf *b, const char *base, const char *key)
{
	ncg_buf_putc(b, '<');
	if (base && !ncg_key_is_iri(key))
		NCG_TRY(nt_escaped(b, base, 1));
	NCG_TRY(nt_escaped(b, key, 1));
	ncg_buf_putc(b, '>');
	return b->status;
}

/* The lines of n finished facts, each ending in a newline, in b. */
static ncg_status
nt_lines(const ncg_triple *t, size_t n, int quads, const char *base, ncg_buf *b)
{
	for (size_t i = 0; i < n; i++) {
		if (!quads && same_triple(t, i))
			continue;
		NCG_TRY(nt_iri(b, base, t[i].s));
		ncg_buf_putc(b, ' ');
		NCG_TRY(nt_iri(b, NULL, ncg_prop_iri(t[i].p)));
		ncg_buf_putc(b, ' ');
		if (!t[i].literal) {
			NCG_TRY(nt_iri(b, base, t[i].o));
		} else {
			const char *dti = ncg_datatype_iri(t[i].dt), *lang = ncg_datatype_lang(t[i].dt);
			char *clean = NULL;
			ncg_status st;

			if (needs_cleaning((const unsigned char *)t[i].o)) {
				clean = clean_literal(t[i].o);
				if (!clean)
					return NCG_ERR_NOMEM;
			}
			ncg_buf_putc(b, '"');
			st = nt_escaped(b, clean ? clean : t[i].o, 0);
			free(clean);
			NCG_TRY(st);
			ncg_buf_putc(b, '"');
			if (dti) {
				ncg_buf_append(b, "^^", 2);
				NCG_TRY(nt_iri(b, NULL, dti));
			} else if (lang) {
				ncg_buf_putc(b, '@');
				ncg_buf_puts(b, lang);
			}
		}
		if (quads) {
			ncg_buf_putc(b, ' ');
			NCG_TRY(nt_iri(b, base, t[i].g));
		}
		ncg_buf_append(b, " .\n", 3);
		NCG_TRY(b->status);
	}
	return NCG_OK;
}

/* ---- records: facts as lines that sort as Redland groups them ------ */
/* Turtle and RDF/XML are grouped by subject, subjects in the order of
 * their IRIs' bytes (raptor_uri_compare).  A fact is written to a run as
 * a record: fields separated by REC_SEP, the subject's full IRI first.
 * In a field, bytes up to 0x0A are written as REC_ESC and the byte plus
 * 0x40: no field holds a newline or the separator, and records sort as
 * their subjects' bytes do (the separator sorts before any field byte,
 * as a string's end does).  Label inputs are records too (their node key
 * first), so that a node's inputs are together after the merge. */
#define REC_SEP '\x01'
#define REC_ESC '\x02'

static void
rec_field(ncg_buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *run = p;

	for (;; p++) {
		if (*p > 0x0A)
			continue;
		if (p > run)
			ncg_buf_append(b, (const char *)run, (size_t)(p - run));
		if (!*p)
			break;
		ncg_buf_putc(b, REC_ESC);
		ncg_buf_putc(b, (char)(*p + 0x40));
		run = p + 1;
	}
}

/* The full IRI of a key as a field. */
static void
rec_iri(ncg_buf *b, const char *base, const char *key)
{
	if (!ncg_key_is_iri(key))
		rec_field(b, base);
	rec_field(b, key);
}

/* Split a record into at most max fields, decoded in place and ended
 * by NUL; the number of fields. */
static size_t
rec_split(char *line, char **field, size_t max)
{
	size_t nf = 0;
	char *r = line, *w = line;

	field[nf++] = w;
	for (; *r; r++) {
		if (*r == REC_SEP) {
			*w++ = '\0';
			if (nf == max)
				return nf;
			field[nf++] = w;
		} else if (*r == REC_ESC && r[1]) {
			*w++ = (char)(*++r - 0x40);
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
	return nf;
}

/* The records of n finished facts for Turtle or RDF/XML, each ending in
 * a newline: subject IRI, property number, literal flag, datatype
 * number, object (full IRI or lexical form).  No graph: the same triple
 * from two statements is one record, written once by the merge. */
static ncg_status
rec_triples(const ncg_triple *t, size_t n, const char *base, ncg_buf *b)
{
	for (size_t i = 0; i < n; i++) {
		if (same_triple(t, i))
			continue;
		rec_iri(b, base, t[i].s);
		ncg_buf_printf(b, "%c%d%c%d%c%d%c", REC_SEP, (int)t[i].p, REC_SEP,
		               t[i].literal, REC_SEP, (int)t[i].dt, REC_SEP);
		if (t[i].literal)
			rec_field(b, t[i].o);
		else
			rec_iri(b, base, t[i].o);
		ncg_buf_putc(b, '\n');
		NCG_TRY(b->status);
	}
	return NCG_OK;
}

/* What sorting a run's lines needs, kept from run to run: a run's text
 * and its lines are megabytes, above malloc's mmap threshold, and made
 * anew for each run they were pages mapped and faulted in each time
 * (issue 9: 64,000 minor faults at 1,000 statements). */
typedef struct {
	ncg_buf text;             /* the lines, one buffer */
	char **lines;             /* each line's start */
	size_t cap;               /* room in lines */
} sort_scratch;

static void
scratch_init(sort_scratch *sc)
{
	ncg_buf_init(&sc->text);
	sc->lines = NULL;
	sc->cap = 0;
}

static void
scratch_free(sort_scratch *sc)
{
	ncg_buf_free(&sc->text);
	free(sc->lines);
	scratch_init(sc);
}

/* The lines of text (len bytes, NUL-terminated; changed, not freed)
 * onto dst, sorted bytewise, empty lines dropped; sc's lines array is
 * used. */
static ncg_status
sort_text_to(char *text, size_t len, FILE *dst, const char *dst_name, sort_scratch *sc,
             ncg_error *err)
{
	char **lines = sc->lines;
	size_t nl = 0, cap = sc->cap;
	ncg_status st = NCG_OK;

	for (char *p = text; st == NCG_OK && p < text + len;) {
		char *end = memchr(p, '\n', (size_t)(text + len - p));
		void *arr = lines;

		if (!end)
			end = text + len;   /* the buffer is NUL-terminated */
		*end = '\0';
		if (end > p) {
			if (ncg_grow(&arr, &cap, nl + 1, sizeof *lines) != NCG_OK)
				st = nomem(err);
			else {
				lines = arr;
				lines[nl++] = p;
			}
		}
		p = end + 1;
	}
	if (st == NCG_OK && nl > 1)
		qsort(lines, nl, sizeof *lines, cmp_line);
	errno = 0;
	for (size_t i = 0; st == NCG_OK && i < nl; i++)
		if (fputs(lines[i], dst) == EOF || putc('\n', dst) == EOF)
			st = write_error(dst_name, err);
	sc->lines = lines;
	sc->cap = cap;
	return st;
}

/* N-Triples or N-Quads of n finished facts onto dst, one statement a
 * line, lines sorted bytewise (empty lines dropped); for Turtle and
 * RDF/XML their records, sorted.  The lines of these facts only are
 * held, in one buffer, while they are sorted. */
static ncg_status
sorted_lines_in(ncg_rdf *rdf, const ncg_triple *t, size_t n, ncg_format fmt,
                const char *base, FILE *dst, const char *dst_name, sort_scratch *sc,
                ncg_error *err)
{
	char *text = NULL;
	size_t len = 0;
	ncg_status st;

	ncg_buf_reset(&sc->text);
	if (fmt == NCG_FMT_TURTLE || fmt == NCG_FMT_RDFXML)
		st = rec_triples(t, n, base, &sc->text);
	else
		st = nt_lines(t, n, fmt == NCG_FMT_NQUADS, base, &sc->text);
	if (st == NCG_ERR_NOMEM)
		return nomem(err);
	if (st == NCG_OK)
		return sc->text.data ? sort_text_to(sc->text.data, sc->text.len, dst, dst_name,
		                                    sc, err)
		                     : NCG_OK;
	/* not UTF-8 somewhere: what raptor makes of it */
	{
		FILE *mem = open_memstream(&text, &len);

		if (!mem)
			return nomem(err);
		/* raptor writes a byte at a time: no lock for each */
		__fsetlocking(mem, FSETLOCKING_BYCALLER);
		st = serialize_fh(rdf, t, n, fmt, base, mem, err);
		NCG_TRY(mem_close(mem, &text, st, err));
	}
	st = sort_text_to(text, len, dst, dst_name, sc, err);
	free(text);
	return st;
}

/* sorted_lines_in with sc kept by the caller (NULL: made and freed). */
static ncg_status
sorted_lines_to(ncg_rdf *rdf, const ncg_triple *t, size_t n, ncg_format fmt,
                const char *base, FILE *dst, const char *dst_name, sort_scratch *sc,
                ncg_error *err)
{
	sort_scratch own;
	ncg_status st;

	if (sc)
		return sorted_lines_in(rdf, t, n, fmt, base, dst, dst_name, sc, err);
	scratch_init(&own);
	st = sorted_lines_in(rdf, t, n, fmt, base, dst, dst_name, &own, err);
	scratch_free(&own);
	return st;
}

ncg_status
ncg_rdf_write(ncg_rdf *rdf, ncg_facts *facts, ncg_format fmt, const char *base,
              FILE *out, ncg_error *err)
{
	const ncg_triple *t;
	size_t n;

	if (!base)
		base = NCG_ID_BASE;
	if (ncg_facts_finish(facts, &t, &n) != NCG_OK)
		return nomem(err);
	if (fmt == NCG_FMT_NTRIPLES || fmt == NCG_FMT_NQUADS)
		return sorted_lines_to(rdf, t, n, fmt, base, out, "", NULL, err);
	return serialize_fh(rdf, t, n, fmt, base, out, err);
}

ncg_status
ncg_rdf_serialize(ncg_rdf *rdf, ncg_facts *facts, ncg_format fmt,
                  const char *base, char **out, size_t *len, ncg_error *err)
{
	char *text = NULL;
	size_t slen = 0;
	FILE *mem;
	ncg_status st;

	*out = NULL;
	*len = 0;
	/* into one growing buffer: Redland's counted string keeps every
	 * small write as a block of its own, some 60 bytes of heap for a byte
	 * of output (issue 7) */
	mem = open_memstream(&text, &slen);
	if (!mem)
		return nomem(err);
	__fsetlocking(mem, FSETLOCKING_BYCALLER);
	st = ncg_rdf_write(rdf, facts, fmt, base, mem, err);
	NCG_TRY(mem_close(mem, &text, st, err));
	*out = text;
	*len = slen;
	return NCG_OK;
}

/* ---- streaming export: sorted runs, merged --------------------------- */

/* Temporary files holding sorted lines, each with its level: 0 for a
 * run written from a batch, one more than the highest level merged into
 * it for a merged run.  Levels never rise from the first run to the
 * last, so the runs of the lowest level are the last ones. */
typedef struct {
	FILE *f;
	char *buf;                /* its stdio buffer (NULL: stdio's own) */
	unsigned level;
} run;

/* stdio's default buffer is a page: a write(2) or read(2) each 4 KB of
 * the runs, and their system time as much as their user time at 10,000
 * statements (issue 9).  A run is written through a buffer of RUN_WBUF
 * (one per runset: a run at a time is written), then read through one of
 * RUN_RBUDGET shared by the runs merged, between RUN_RMIN and RUN_RMAX
 * each: 128 runs open at once cost 2 MB, not 128 MB. */
#define RUN_WBUF (256 * 1024)
#define RUN_RBUDGET (2 * 1024 * 1024)
#define RUN_RMIN (16 * 1024)
#define RUN_RMAX (64 * 1024)

typedef struct {
	run *run;
	size_t n, cap;
	size_t merged;            /* lines written by merges before the end */
	char *wbuf;               /* RUN_WBUF bytes for the run being written */
} runset;

struct ncg_rdf_runs {
	ncg_rdf *rdf;
	ncg_format fmt;
	char *base;
	runset out;               /* lines (N-Triples, N-Quads) or fact records */
	runset labels;            /* label input records, a run per batch */
	ncg_buf rec;              /* a batch's label input records */
	sort_scratch sc;          /* for sorting each run */
};

ncg_status
ncg_rdf_runs_new(ncg_rdf *rdf, ncg_format fmt, const char *base, ncg_rdf_runs **out,
                 ncg_error *err)
{
	ncg_rdf_runs *r;

	*out = NULL;
	if ((unsigned)fmt >= NCG_FMT__COUNT)
		return ncg_error_set(err, NCG_ERR_INTERNAL, "", 0, 0, -1, "no such format");
	r = calloc(1, sizeof *r);
	if (!r)
		return nomem(err);
	r->rdf = rdf;
	r->fmt = fmt;
	r->base = strdup(base ? base : NCG_ID_BASE);
	ncg_buf_init(&r->rec);
	scratch_init(&r->sc);
	if (!r->base) {
		ncg_rdf_runs_free(r);
		return nomem(err);
	}
	*out = r;
	return NCG_OK;
}

static void
run_close(run *rn)
{
	if (rn->f)
		fclose(rn->f);
	free(rn->buf);
	rn->f = NULL;
	rn->buf = NULL;
}

static void
runset_free(runset *rs)
{
	for (size_t i = 0; i < rs->n; i++)
		run_close(&rs->run[i]);
	free(rs->run);
	free(rs->wbuf);
	rs->run = NULL;
	rs->wbuf = NULL;
	rs->n = rs->cap = 0;
}

size_t
ncg_rdf_runs_merged(const ncg_rdf_runs *r)
{
	return r->out.merged + r->labels.merged;
}

void
ncg_rdf_runs_free(ncg_rdf_runs *r)
{
	if (!r)
		return;
	runset_free(&r->out);
	runset_free(&r->labels);
	ncg_buf_free(&r->rec);
	scratch_free(&r->sc);
	free(r->base);
	free(r);
}

/* A new temporary file in $TMPDIR (else /tmp), removed from its folder
 * as soon as it is made: nothing is left behind, whatever ends ncgkg. */
static ncg_status
temp_file(runset *rs, FILE **out, ncg_error *err)
{
	const char *dir = getenv("TMPDIR");
	ncg_buf path;
	int fd;

	*out = NULL;
	if (!dir || !*dir)
		dir = "/tmp";
	ncg_buf_init(&path);
	ncg_buf_printf(&path, "%s/ncgkg-run.XXXXXX", dir);
	if (path.status != NCG_OK)
		return nomem(err);
	fd = mkstemp(path.data);
	if (fd < 0) {
		ncg_status st = ncg_error_set(err, NCG_ERR_IO, dir, 0, 0, -1,
		                              "cannot make a temporary file (set TMPDIR): %s",
		                              strerror(errno));

		ncg_buf_free(&path);
		return st;
	}
	unlink(path.data);
	ncg_buf_free(&path);
	if (!rs->wbuf)
		rs->wbuf = malloc(RUN_WBUF);
	*out = rs->wbuf ? fdopen(fd, "w") : NULL;
	if (!*out) {
		close(fd);
		return nomem(err);
	}
	setvbuf(*out, rs->wbuf, _IOFBF, RUN_WBUF);
	__fsetlocking(*out, FSETLOCKING_BYCALLER);
	return NCG_OK;
}

/* A run written: flushed, its write buffer given back (the runset's next
 * run has it) and the run opened anew to be read, from its start, through
 * a buffer given when it is merged.  *fh is closed, whatever comes. */
static ncg_status
run_written(FILE *fh, run *rn, ncg_error *err)
{
	int fd;

	errno = 0;
	if (fflush(fh) != 0 || ferror(fh)) {
		fclose(fh);
		return write_error("temporary file", err);
	}
	fd = dup(fileno(fh));
	fclose(fh);
	if (fd < 0 || lseek(fd, 0, SEEK_SET) != 0 || !(rn->f = fdopen(fd, "r"))) {
		ncg_status st = ncg_error_set(err, NCG_ERR_IO, "temporary file", 0, 0, -1,
		                              "cannot read: %s", strerror(errno));

		if (fd >= 0)
			close(fd);
		return st;
	}
	__fsetlocking(rn->f, FSETLOCKING_BYCALLER);
	return NCG_OK;
}

/* Facts serialised and sorted at a time: a run each (some 10 MB of text). */
#define RUN_TRIPLES 50000
/* Label inputs resolved at a time (whole nodes): a store of its own
 * while the runs are merged, at the end's peak of memory. */
#define LABEL_STORE 12500
/* Runs open at most: more are first merged (merge_some).  CFLAGS may set
 * a smaller limit (-DMAX_RUNS=4) to watch the merges at a small scale. */
#ifndef MAX_RUNS
#define MAX_RUNS 128
#endif
/* Turtle and RDF/XML: facts of whole subjects given to Redland's
 * serialiser at a time (it holds them all until its end). */
#define CHUNK_TRIPLES 20000

/* What the merge does with each distinct line (NUL-terminated, without
 * its newline; it may change it). */
typedef ncg_status (*line_fn)(void *ctx, char *line, size_t len, ncg_error *err);

static ncg_status merge_runs(run *runs, size_t k, line_fn fn, void *ctx, ncg_error *err);

typedef struct {
	FILE *fh;
	const char *name;
	size_t lines;             /* lines written */
} line_sink;

static ncg_status
write_line(void *ctx, char *line, size_t len, ncg_error *err)
{
	line_sink *o = ctx;

	errno = 0;
	if (fwrite(line, 1, len, o->fh) != len || putc('\n', o->fh) == EOF)
		return write_error(o->name, err);
	o->lines++;
	return NCG_OK;
}

/* Merge the runs of rs from `from` on (the last ones) into one, of
 * level `level`. */
static ncg_status
merge_tail(runset *rs, size_t from, unsigned level, ncg_error *err)
{
	line_sink one = {NULL, "temporary file", 0};
	run merged = {NULL, NULL, level};
	ncg_status st;

	NCG_TRY(temp_file(rs, &one.fh, err));
	st = merge_runs(rs->run + from, rs->n - from, write_line, &one, err);
	if (st != NCG_OK) {
		fclose(one.fh);
		return st;
	}
	NCG_TRY(run_written(one.fh, &merged, err));
	for (size_t i = from; i < rs->n; i++)
		run_close(&rs->run[i]);
	rs->run[from] = merged;
	rs->n = from + 1;
	rs->merged += one.lines;
	return NCG_OK;
}

/* The first of the last runs of rs whose level is that of run `end` - 1. */
static size_t
level_start(const runset *rs, size_t end)
{
	size_t i = end - 1;

	while (i > 0 && rs->run[i - 1].level == rs->run[end - 1].level)
		i--;
	return i;
}

/* Too many runs open: merge the runs of the lowest level (the last ones)
 * into one of the next level; a lone run of the lowest level with those
 * of the level above.  A line is merged again only as its run rises a
 * level, not each time the runs are too many (merging every run into
 * one, the first lines were merged again and again: quadratic). */
static ncg_status
merge_some(runset *rs, ncg_error *err)
{
	size_t from = level_start(rs, rs->n);

	if (rs->n - from < 2 && from > 0)
		from = level_start(rs, from);
	return merge_tail(rs, from, rs->run[from].level + 1, err);
}

/* A new run in rs, of level 0, to be written (*fh) and then given to
 * end_run. */
static ncg_status
new_run(runset *rs, FILE **fh, ncg_error *err)
{
	void *arr;

	if (rs->n >= MAX_RUNS)
		NCG_TRY(merge_some(rs, err));
	arr = rs->run;
	if (ncg_grow(&arr, &rs->cap, rs->n + 1, sizeof *rs->run) != NCG_OK)
		return nomem(err);
	rs->run = arr;
	NCG_TRY(temp_file(rs, fh, err));
	rs->run[rs->n].f = NULL;
	rs->run[rs->n].buf = NULL;
	rs->run[rs->n++].level = 0;
	return NCG_OK;
}

/* The last run of rs written through fh (or not, st failing): closed
 * for writing, open for reading. */
static ncg_status
end_run(runset *rs, FILE *fh, ncg_status st, ncg_error *err)
{
	if (st != NCG_OK) {
		fclose(fh);
		return st;
	}
	return run_written(fh, &rs->run[rs->n - 1], err);
}

/* Write finished facts as more sorted runs, RUN_TRIPLES facts each
 * (a triple cut from its twin in another graph at a run's end is written
 * in both runs, and once by the merge). */
static ncg_status
add_run(ncg_rdf_runs *r, ncg_facts *facts, ncg_error *err)
{
	const ncg_triple *t;
	size_t n;

	if (ncg_facts_finish(facts, &t, &n) != NCG_OK)
		return nomem(err);
	for (size_t off = 0; off < n; off += RUN_TRIPLES) {
		size_t part = n - off < RUN_TRIPLES ? n - off : RUN_TRIPLES;
		FILE *fh;

		NCG_TRY(new_run(&r->out, &fh, err));
		NCG_TRY(end_run(&r->out, fh,
		                sorted_lines_to(r->rdf, t + off, part, r->fmt, r->base, fh,
		                                "temporary file", &r->sc, err),
		                err));
	}
	return NCG_OK;
}

/* A label input as a record: node key, kind, text, graph, number. */
static ncg_status
label_record(void *ctx, const ncg_label_input *in)
{
	ncg_buf *b = ctx;

	rec_field(b, in->s);
	ncg_buf_printf(b, "%c%c%c", REC_SEP, (char)in->kind, REC_SEP);
	rec_field(b, in->text ? in->text : "");
	ncg_buf_putc(b, REC_SEP);
	rec_field(b, in->g ? in->g : "");
	ncg_buf_printf(b, "%c%d\n", REC_SEP, in->n);
	return b->status;
}

ncg_status
ncg_rdf_runs_add(ncg_rdf_runs *r, ncg_facts *facts, ncg_error *err)
{
	FILE *fh;

	/* the label inputs go to a run of their own, sorted by node: labels
	 * are resolved over every batch, at the end, a few nodes at a time */
	ncg_buf_reset(&r->rec);
	if (ncg_facts_take_label_inputs(facts, label_record, &r->rec) != NCG_OK)
		return nomem(err);
	if (r->rec.len > 0) {
		NCG_TRY(new_run(&r->labels, &fh, err));
		NCG_TRY(end_run(&r->labels, fh,
		                sort_text_to(r->rec.data, r->rec.len, fh, "temporary file",
		                             &r->sc, err),
		                err));
	}
	return add_run(r, facts, err);
}

/* Does the record `line` start a new group, its first field differing
 * from `key`?  Then `key` becomes that field. */
static ncg_status
new_group(ncg_buf *key, const char *line, size_t len, int *is_new)
{
	const char *sep = memchr(line, REC_SEP, len);
	size_t klen = sep ? (size_t)(sep - line) : len;

	*is_new = key->len != klen || memcmp(key->data, line, klen) != 0;
	if (!*is_new)
		return NCG_OK;
	ncg_buf_reset(key);
	ncg_buf_append(key, line, klen);
	return key->status;
}

/* ---- the label inputs, merged: labels resolved a few nodes at a time */

typedef struct {
	ncg_rdf_runs *r;
	ncg_facts *to;            /* the inputs of whole nodes */
	ncg_buf node;             /* the current node's key field, encoded */
} label_pass;

static ncg_status
label_line(void *ctx, char *line, size_t len, ncg_error *err)
{
	label_pass *lp = ctx;
	char *field[5];
	ncg_label_input in;
	int is_new;

	if (new_group(&lp->node, line, len, &is_new) != NCG_OK)
		return nomem(err);
	/* a new node: the store (whole nodes so far) may be resolved and
	 * written now */
	if (is_new && ncg_facts_size(lp->to) >= LABEL_STORE) {
		NCG_TRY(add_run(lp->r, lp->to, err));
		ncg_facts_free(lp->to);
		lp->to = ncg_facts_new();
		if (!lp->to)
			return nomem(err);
	}
	if (rec_split(line, field, 5) != 5)
		return ncg_error_set(err, NCG_ERR_INTERNAL, "temporary file", 0, 0, -1,
		                     "a label record with too few fields");
	in.kind = (ncg_label_input_kind)field[1][0];
	in.s = field[0];
	in.text = field[2];
	in.g = field[3];
	in.n = atoi(field[4]);
	if (ncg_facts_add_label_input(lp->to, &in) != NCG_OK)
		return nomem(err);
	return NCG_OK;
}

/* Resolve the labels of every node and write them as more runs. */
static ncg_status
resolve_labels(ncg_rdf_runs *r, ncg_error *err)
{
	label_pass lp;
	ncg_status st;

	/* no label run is written any more; the end's peak of memory (the
	 * stores of labels resolved, finished) without the write buffer nor
	 * the batches' largest text */
	free(r->labels.wbuf);
	r->labels.wbuf = NULL;
	ncg_buf_free(&r->sc.text);
	lp.r = r;
	lp.to = ncg_facts_new();
	ncg_buf_init(&lp.node);
	if (!lp.to)
		return nomem(err);
	st = merge_runs(r->labels.run, r->labels.n, label_line, &lp, err);
	if (st == NCG_OK)
		st = add_run(r, lp.to, err);
	ncg_facts_free(lp.to);
	ncg_buf_free(&lp.node);
	runset_free(&r->labels);
	return st;
}

/* ---- Turtle and RDF/XML: Redland's serialiser, whole subjects at a time */
/* Redland's Turtle and RDF/XML serialisers write a header (prefixes, or
 * the XML declaration and rdf:RDF start tag with every namespace), each
 * subject's block on its own, in the order of the subjects' IRIs, and a
 * footer.  The merged records come in that order; the facts of whole
 * subjects, CHUNK_TRIPLES or so, are given to a serialiser at a time and
 * the blocks between header and footer written out: the same bytes as
 * one serialiser given everything. */

typedef struct {
	ncg_rdf_runs *r;
	FILE *out;
	const char *out_name;
	ncg_arena *arena;         /* the chunk's strings */
	ncg_triple *t;            /* the chunk's facts */
	size_t n, cap;
	ncg_buf subject;          /* the last record's subject field, encoded */
	char *header;             /* the first chunk's header (NULL: none yet) */
	size_t hlen;
} grouped_pass;

static const char XML_END[] = "</rdf:RDF>\n";

/* The length of a serialiser's header in text (0: not found). */
static size_t
header_length(ncg_format fmt, const char *text, size_t len, const char *empty,
              size_t elen)
{
	if (fmt == NCG_FMT_TURTLE)
		return len >= elen && memcmp(text, empty, elen) == 0 ? elen : 0;
	/* the end of the rdf:RDF start tag (no '>' in IRIs) */
	{
		const char *root = strstr(text, "<rdf:RDF");
		const char *end = root ? strstr(root, ">\n") : NULL;

		return end ? (size_t)(end + 2 - text) : 0;
	}
}

static ncg_status
grouped_flush(grouped_pass *gp, const char *empty, size_t elen, ncg_error *err)
{
	char *text = NULL;
	size_t len = 0, h, tail;
	FILE *mem;
	ncg_status st;

	if (gp->n == 0)
		return NCG_OK;
	mem = open_memstream(&text, &len);
	if (!mem)
		return nomem(err);
	__fsetlocking(mem, FSETLOCKING_BYCALLER);
	st = serialize_fh(gp->r->rdf, gp->t, gp->n, gp->r->fmt, gp->r->base, mem, err);
	NCG_TRY(mem_close(mem, &text, st, err));
	tail = gp->r->fmt == NCG_FMT_RDFXML ? sizeof XML_END - 1 : 0;
	h = header_length(gp->r->fmt, text, len, empty, elen);
	if (h == 0 || len < h + tail || memcmp(text + len - tail, XML_END, tail) != 0 ||
	    (gp->header && (gp->hlen != h || memcmp(gp->header, text, h) != 0))) {
		free(text);
		return ncg_error_set(err, NCG_ERR_INTERNAL, "", 0, 0, -1,
		                     "the serialiser wrote a part of the %s output "
		                     "with another header", ncg_format_name(gp->r->fmt));
	}
	errno = 0;
	if (!gp->header) {
		gp->header = malloc(h);
		if (!gp->header) {
			free(text);
			return nomem(err);
		}
		memcpy(gp->header, text, h);
		gp->hlen = h;
		if (fwrite(text, 1, h, gp->out) != h) {
			free(text);
			return write_error(gp->out_name, err);
		}
	}
	if (fwrite(text + h, 1, len - h - tail, gp->out) != len - h - tail) {
		free(text);
		return write_error(gp->out_name, err);
	}
	free(text);
	ncg_arena_free(gp->arena);
	gp->arena = ncg_arena_new();
	gp->n = 0;
	return gp->arena ? NCG_OK : nomem(err);
}

/* The serialiser's output for no facts: the header (and the footer). */
typedef struct {
	grouped_pass *gp;
	char *empty;
	size_t elen;
} grouped_ctx;

static ncg_status
grouped_line(void *ctx, char *line, size_t len, ncg_error *err)
{
	grouped_ctx *gc = ctx;
	grouped_pass *gp = gc->gp;
	char *field[5];
	ncg_triple t;
	void *arr = gp->t;
	int prop, dt, is_new;

	if (new_group(&gp->subject, line, len, &is_new) != NCG_OK)
		return nomem(err);
	/* a new subject: the whole subjects so far may be written now */
	if (is_new && gp->n >= CHUNK_TRIPLES)
		NCG_TRY(grouped_flush(gp, gc->empty, gc->elen, err));
	if (rec_split(line, field, 5) != 5)
		return ncg_error_set(err, NCG_ERR_INTERNAL, "temporary file", 0, 0, -1,
		                     "a fact record with too few fields");
	prop = atoi(field[1]);
	dt = atoi(field[3]);
	t.s = ncg_arena_strdup(gp->arena, field[0]);
	t.p = (ncg_prop)prop;
	t.literal = atoi(field[2]);
	t.dt = (ncg_datatype)dt;
	t.o = ncg_arena_strdup(gp->arena, field[4]);
	t.g = "";
	if (!t.s || !t.o || ncg_grow(&arr, &gp->cap, gp->n + 1, sizeof *gp->t) != NCG_OK)
		return nomem(err);
	gp->t = arr;
	gp->t[gp->n++] = t;
	return NCG_OK;
}

static ncg_status
write_grouped(ncg_rdf_runs *r, FILE *out, const char *out_name, ncg_error *err)
{
	grouped_pass gp;
	grouped_ctx gc;
	FILE *mem;
	ncg_status st;

	memset(&gp, 0, sizeof gp);
	gp.r = r;
	gp.out = out;
	gp.out_name = out_name;
	gp.arena = ncg_arena_new();
	ncg_buf_init(&gp.subject);
	gc.gp = &gp;
	gc.empty = NULL;
	gc.elen = 0;
	if (!gp.arena)
		return nomem(err);
	mem = open_memstream(&gc.empty, &gc.elen);
	if (!mem) {
		ncg_arena_free(gp.arena);
		return nomem(err);
	}
	st = serialize_fh(r->rdf, NULL, 0, r->fmt, r->base, mem, err);
	if (fclose(mem) != 0 || !gc.empty)
		st = st != NCG_OK ? st : nomem(err);
	if (st == NCG_OK)
		st = merge_runs(r->out.run, r->out.n, grouped_line, &gc, err);
	if (st == NCG_OK)
		st = grouped_flush(&gp, gc.empty, gc.elen, err);
	errno = 0;
	/* no facts: what the serialiser writes for none */
	if (st == NCG_OK && !gp.header &&
	    fwrite(gc.empty, 1, gc.elen, out) != gc.elen)
		st = write_error(out_name, err);
	if (st == NCG_OK && gp.header && r->fmt == NCG_FMT_RDFXML &&
	    fputs(XML_END, out) == EOF)
		st = write_error(out_name, err);
	free(gc.empty);
	free(gp.header);
	free(gp.t);
	ncg_arena_free(gp.arena);
	ncg_buf_free(&gp.subject);
	return st;
}

ncg_status
ncg_rdf_runs_write(ncg_rdf_runs *r, FILE *out, const char *out_name, ncg_error *err)
{
	line_sink sink = {out, out_name, 0};

	/* the labels, resolved over every batch, are the last runs */
	NCG_TRY(resolve_labels(r, err));
	if (r->fmt == NCG_FMT_TURTLE || r->fmt == NCG_FMT_RDFXML)
		return write_grouped(r, out, out_name, err);
	return merge_runs(r->out.run, r->out.n, write_line, &sink, err);
}

/* ---- the merge ------------------------------------------------------ */

/* One run being merged: its current line. */
typedef struct {
	FILE *fh;
	char *line;
	size_t cap;
	ssize_t len;
} merge_in;

static int
mi_less(const merge_in *a, const merge_in *b)
{
	return strcmp(a->line, b->line) < 0;
}

/* Restore the heap (smallest line first) below position i. */
static void
sift_down(merge_in **h, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, m = i;
		merge_in *tmp;

		if (l < n && mi_less(h[l], h[m]))
			m = l;
		if (l + 1 < n && mi_less(h[l + 1], h[m]))
			m = l + 1;
		if (m == i)
			return;
		tmp = h[i];
		h[i] = h[m];
		h[m] = tmp;
		i = m;
	}
}

/* The next line of a run, without its newline; 0 at the end. */
static int
mi_next(merge_in *m, ncg_status *st, ncg_error *err)
{
	errno = 0;
	m->len = getline(&m->line, &m->cap, m->fh);
	if (m->len < 0) {
		if (ferror(m->fh))
			*st = ncg_error_set(err, NCG_ERR_IO, "temporary file", 0, 0, -1,
			                    "cannot read: %s", strerror(errno ? errno : EIO));
		return 0;
	}
	if (m->len > 0 && m->line[m->len - 1] == '\n')
		m->line[--m->len] = '\0';
	return 1;
}

/* The read buffer of each of k runs merged: RUN_RBUDGET shared. */
static size_t
run_rbuf_size(size_t k)
{
	size_t each = RUN_RBUDGET / (k ? k : 1);

	return each < RUN_RMIN ? RUN_RMIN : each > RUN_RMAX ? RUN_RMAX : each;
}

/* Read each of the k runs from its start into in[], and heap[] (*nh
 * entries) the runs not empty, as a heap.  A run not yet read gets its
 * read buffer (kept until it is closed). */
static ncg_status
merge_start(run *runs, size_t k, merge_in *in, merge_in **heap, size_t *nh,
            ncg_error *err)
{
	ncg_status st = NCG_OK;
	size_t size = run_rbuf_size(k);

	for (size_t i = 0; st == NCG_OK && i < k; i++) {
		in[i].fh = runs[i].f;
		if (!runs[i].buf && (runs[i].buf = malloc(size)) != NULL)
			setvbuf(in[i].fh, runs[i].buf, _IOFBF, size);
		if (fseek(in[i].fh, 0, SEEK_SET) != 0)
			st = ncg_error_set(err, NCG_ERR_IO, "temporary file", 0, 0, -1,
			                   "cannot read: %s", strerror(errno));
		else if (mi_next(&in[i], &st, err))
			heap[(*nh)++] = &in[i];
	}
	for (size_t i = *nh; st == NCG_OK && i-- > 0;)
		sift_down(heap, *nh, i);
	return st;
}

/* The line given last, kept to give each distinct line once. */
typedef struct {
	char *line;
	size_t cap, len;
	int have;
} merge_last;

/* Give fn m's line unless it is the line given last, and keep it. */
static ncg_status
merge_give(merge_last *last, const merge_in *m, line_fn fn, void *ctx, ncg_error *err)
{
	size_t len = (size_t)m->len;

	if (last->have && last->len == len && memcmp(last->line, m->line, len) == 0)
		return NCG_OK;
	if (last->cap < len + 1) {
		char *grown = realloc(last->line, len + 1);

		if (!grown)
			return nomem(err);
		last->line = grown;
		last->cap = len + 1;
	}
	memcpy(last->line, m->line, len + 1);
	last->len = len;
	last->have = 1;
	return fn(ctx, m->line, len, err);
}

/* Merge k sorted runs (read from their start), giving fn each distinct
 * line once, in order. */
static ncg_status
merge_runs(run *runs, size_t k, line_fn fn, void *ctx, ncg_error *err)
{
	merge_in *in = NULL, **heap = NULL;
	size_t nh = 0;
	merge_last last = {NULL, 0, 0, 0};
	ncg_status st;

	in = calloc(k ? k : 1, sizeof *in);
	heap = calloc(k ? k : 1, sizeof *heap);
	if (!in || !heap) {
		free(in);
		free(heap);
		return nomem(err);
	}
	st = merge_start(runs, k, in, heap, &nh, err);
	/* the smallest line of all runs, given once however many runs
	 * hold it (the same triple read in several statements) */
	while (st == NCG_OK && nh > 0) {
		merge_in *m = heap[0];

		if ((st = merge_give(&last, m, fn, ctx, err)) != NCG_OK)
			break;
		if (!mi_next(m, &st, err))
			heap[0] = heap[--nh];
		sift_down(heap, nh, 0);
	}
	for (size_t i = 0; i < k; i++)
		free(in[i].line);
	free(in);
	free(heap);
	free(last.line);
	return st;
}
