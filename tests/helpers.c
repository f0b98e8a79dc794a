/* ncgkg tests: shared helpers. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "ncgkg/buf.h"
#include "ncgkg/extract.h"
#include "ncgkg/rdf.h"
#include "ncgkg/vocab.h"

static ncg_rdf *rdf;
static ncg_lexicon *builtin, *grammar;

static ncg_rdf *
world(void)
{
	ncg_error err;

	if (!rdf && ncg_rdf_new(&rdf, &err) != NCG_OK) {
		fprintf(stderr, "cannot make a Redland world\n");
		abort();
	}
	return rdf;
}

const ncg_lexicon *
th_lexicon(void)
{
	ncg_error err;

	if (!builtin) {
		builtin = ncg_lexicon_new();
		if (!builtin || ncg_lexicon_load_builtin(world(), builtin, &err) != NCG_OK) {
			fprintf(stderr, "cannot load the built-in lexicon: %s\n", err.message);
			abort();
		}
	}
	return builtin;
}

const ncg_lexicon *
th_grammar_lexicon(void)
{
	ncg_error err;

	if (!grammar) {
		grammar = ncg_lexicon_new();
		if (!grammar || ncg_lexicon_load_file(world(), grammar,
		        NCG_TEST_DATA "/../../ontology/lexicon/grammar.ttl", &err) != NCG_OK) {
			fprintf(stderr, "cannot load grammar.ttl: %s\n", err.message);
			abort();
		}
	}
	return grammar;
}

th_doc
th_read(const char *s, const ncg_lexicon *lex)
{
	th_doc d = {NULL, NULL, NULL};
	ncg_error err;

	if (ncg_text_from_bytes("test.txt", s, strlen(s), &d.text, &err) != NCG_OK ||
	    ncg_doc_new(d.text, &d.doc, &err) != NCG_OK ||
	    ncg_recognise(d.doc, lex, &d.ms, &err) != NCG_OK) {
		fprintf(stderr, "th_read: %s\n", err.message);
		abort();
	}
	return d;
}

void
th_doc_free(th_doc *d)
{
	ncg_mentions_free(d->ms);
	ncg_doc_free(d->doc);
	ncg_text_free(d->text);
}

const char *
th_anchor(const th_doc *d, const ncg_mention *m)
{
	static char buf[4096];
	const ncg_token *t = ncg_doc_tokens(d->doc);
	size_t b = t[m->t0].b, e = t[m->t1 - 1].e;

	snprintf(buf, sizeof buf, "%.*s", (int)(e - b), ncg_text_str(d->text) + b);
	return buf;
}

const ncg_mention *
th_mention(const th_doc *d, ncg_mention_kind kind, const char *anchor)
{
	for (size_t i = 0; i < ncg_mentions_count(d->ms); i++) {
		const ncg_mention *m = ncg_mentions_at(d->ms, i);

		if (m->kind == kind && (!anchor || strcmp(th_anchor(d, m), anchor) == 0))
			return m;
	}
	return NULL;
}

size_t
th_count(const th_doc *d, ncg_mention_kind kind)
{
	size_t n = 0;

	for (size_t i = 0; i < ncg_mentions_count(d->ms); i++)
		n += ncg_mentions_at(d->ms, i)->kind == kind;
	return n;
}

static char *
serialise(ncg_facts *f)
{
	char *out = NULL;
	size_t len;
	ncg_error err;

	if (ncg_rdf_serialize(world(), f, NCG_FMT_NTRIPLES, NULL, &out, &len, &err) != NCG_OK) {
		fprintf(stderr, "serialise: %s\n", err.message);
		abort();
	}
	return out;
}

char *
th_export(const ncg_lexicon *lex, const char *s)
{
	ncg_facts *f = ncg_facts_new();
	th_doc d = th_read(s, lex);
	ncg_error err;
	char *out;

	if (ncg_extract(d.doc, d.ms, lex, f, &err) != NCG_OK)
		abort();
	out = serialise(f);
	th_doc_free(&d);
	ncg_facts_free(f);
	return out;
}

char *
th_export_file(const ncg_lexicon *lex, const char *path)
{
	ncg_facts *f = ncg_facts_new();
	ncg_error err;
	char *out;

	if (ncg_extract_file(path, lex, f, &err) != NCG_OK) {
		fprintf(stderr, "%s: %s\n", path, err.message);
		abort();
	}
	out = serialise(f);
	ncg_facts_free(f);
	return out;
}

/* A term in N-Triples syntax. */
static void
term(ncg_buf *b, const char *t, int object)
{
	const char *colon = strchr(t, ':');

	if (object && t[0] == '"') {
		const char *q = strrchr(t, '"');

		ncg_buf_append(b, t, (size_t)(q - t + 1));
		if (strncmp(q + 1, "^^xsd:", 6) == 0)
			ncg_buf_printf(b, "^^<%s%s>", NCG_XSD_NS, q + 7);
		else if (q[1] == '@')          /* a language tag: "Dr."@en */
			ncg_buf_puts(b, q + 1);
		return;
	}
	if (strcmp(t, "a") == 0) {
		ncg_buf_printf(b, "<%stype>", NCG_RDF_NS);
		return;
	}
	if (colon && (!strchr(t, '/') || colon < strchr(t, '/'))) {
		for (const ncg_prefix *px = ncg_prefixes; px->prefix; px++)
			if (px->iri && strlen(px->prefix) == (size_t)(colon - t) &&
			    strncmp(px->prefix, t, (size_t)(colon - t)) == 0) {
				ncg_buf_printf(b, "<%s%s>", px->iri, colon + 1);
				return;
			}
	}
	ncg_buf_printf(b, "<%s%s>", NCG_ID_BASE, t);
}

int
th_has(const char *nt, const char *s, const char *p, const char *o)
{
	ncg_buf b;
	int found;

	ncg_buf_init(&b);
	ncg_buf_putc(&b, '\n');
	term(&b, s, 0);
	ncg_buf_putc(&b, ' ');
	term(&b, p, 0);
	ncg_buf_putc(&b, ' ');
	term(&b, o, 1);
	ncg_buf_puts(&b, " .\n");
	/* a whole line: at the start, or after a newline */
	found = strncmp(nt, b.data + 1, b.len - 1) == 0 || strstr(nt, b.data) != NULL;
	ncg_buf_free(&b);
	return found;
}

size_t
th_count_sp(const char *nt, const char *s, const char *p)
{
	ncg_buf b;
	size_t n = 0;
	const char *at = nt;

	ncg_buf_init(&b);
	term(&b, s, 0);
	ncg_buf_putc(&b, ' ');
	term(&b, p, 0);
	ncg_buf_putc(&b, ' ');
	while ((at = strstr(at, b.data)) != NULL) {
		if (at == nt || at[-1] == '\n')
			n++;
		at += b.len;
	}
	ncg_buf_free(&b);
	return n;
}

char *
th_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	ncg_buf b;
	char chunk[8192];
	size_t n;

	if (!f)
		return NULL;
	ncg_buf_init(&b);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		ncg_buf_append(&b, chunk, n);
	fclose(f);
	if (len)
		*len = b.len;
	return ncg_buf_take(&b);
}
