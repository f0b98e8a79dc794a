/* ncgkg: serialising facts with Redland (the last stage of export). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* Sort the lines of a line-based serialisation in place. */
static ncg_status
sort_lines(char *text, size_t len)
{
	size_t n = 0, cap = 0, i;
	char **lines = NULL, *copy, *p, *w;
	void *arr;

	copy = malloc(len + 1);
	if (!copy)
		return NCG_ERR_NOMEM;
	memcpy(copy, text, len);
	copy[len] = '\0';
	for (p = copy; *p;) {
		char *nl = strchr(p, '\n');

		arr = lines;
		if (ncg_grow(&arr, &cap, n + 1, sizeof *lines) != NCG_OK) {
			free(lines);
			free(copy);
			return NCG_ERR_NOMEM;
		}
		lines = arr;
		lines[n++] = p;
		if (!nl)
			break;
		*nl = '\0';
		p = nl + 1;
	}
	if (n > 1)
		qsort(lines, n, sizeof *lines, cmp_line);
	for (i = 0, w = text; i < n; i++) {
		size_t l = strlen(lines[i]);

		if (l == 0)
			continue;
		memcpy(w, lines[i], l);
		w += l;
		*w++ = '\n';
	}
	*w = '\0';
	free(lines);
	free(copy);
	return NCG_OK;
}

ncg_status
ncg_rdf_serialize(ncg_rdf *rdf, ncg_facts *facts, ncg_format fmt,
                  const char *base, char **out, size_t *len, ncg_error *err)
{
	static const char *const SERIALIZER[NCG_FMT__COUNT] = {
		"turtle", "ntriples", "nquads", "rdfxml-abbrev"
	};
	const ncg_triple *t;
	size_t n, slen = 0;
	int quads = fmt == NCG_FMT_NQUADS;
	fact_stream fs;
	librdf_stream *stream = NULL;
	librdf_serializer *ser = NULL;
	char *text = NULL;
	FILE *mem;
	int wrote;
	ncg_status st = NCG_OK;

	*out = NULL;
	*len = 0;
	if (!base)
		base = NCG_ID_BASE;
	if (ncg_facts_finish(facts, &t, &n) != NCG_OK)
		return ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
	ncg_rdf_log_reset(rdf);
	fs.rdf = rdf;
	fs.base = base;
	fs.t = t;
	fs.n = n;
	fs.i = 0;
	fs.quads = quads;
	fs.failed = 0;
	fs.cur = NULL;
	fs.graph = NULL;
	fs_load(&fs);
	if (fs.failed) {
		st = ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		goto done;
	}
	stream = librdf_new_stream(rdf->world, &fs, fs_is_end, fs_next, fs_get, fs_finished);
	if (!stream) {
		fs_clear(&fs);
		st = ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		goto done;
	}
	ser = librdf_new_serializer(rdf->world, SERIALIZER[fmt], NULL, NULL);
	if (!ser) {
		st = ncg_rdf_log_error(rdf, err, NCG_ERR_RDF, "", "no serializer");
		goto done;
	}
	if (fmt == NCG_FMT_TURTLE || fmt == NCG_FMT_RDFXML) {
		for (const ncg_prefix *px = ncg_prefixes; px->prefix; px++) {
			ncg_buf iri;
			librdf_uri *u;

			ncg_buf_init(&iri);
			ncg_buf_puts(&iri, px->iri ? px->iri : base);
			if (!px->iri)
				ncg_buf_puts(&iri, px->path);
			u = iri.status != NCG_OK ? NULL
			               : librdf_new_uri(rdf->world, (const unsigned char *)iri.data);
			ncg_buf_free(&iri);
			if (!u) {
				st = ncg_error_set(err, NCG_ERR_RDF, "", 0, 0, -1,
				                   "bad base IRI <%s>", base);
				goto done;
			}
			librdf_serializer_set_namespace(ser, u, px->prefix);
			librdf_free_uri(u);
		}
	}
	/* into one growing buffer: Redland's counted string keeps every
	 * small write as a block of its own, some 60 bytes of heap for a byte
	 * of output (issue 7) */
	mem = open_memstream(&text, &slen);
	if (!mem) {
		st = ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		goto done;
	}
	wrote = librdf_serializer_serialize_stream_to_file_handle(ser, mem, NULL, stream);
	if (fclose(mem) != 0 || !text) {
		st = ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		goto done;
	}
	if (fs.failed) {
		st = ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		goto done;
	}
	if (wrote != 0 || rdf->failed) {
		st = ncg_rdf_log_error(rdf, err, NCG_ERR_RDF, "", "serialising failed");
		goto done;
	}
	*out = text;
	text = NULL;
	if ((fmt == NCG_FMT_NTRIPLES || quads) && sort_lines(*out, slen) != NCG_OK) {
		free(*out);
		*out = NULL;
		st = ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		goto done;
	}
	*len = strlen(*out);
done:
	free(text);
	if (ser)
		librdf_free_serializer(ser);
	if (stream)
		librdf_free_stream(stream);
	return st;
}
