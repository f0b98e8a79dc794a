/* ncgkg tests: shared helpers (plain C, no Redland). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "ncgkg/buf.h"
#include "ncgkg/vocab.h"

ncg_lexicon *
th_lexicon_from_rows(const th_lex_row *rows, size_t n)
{
	ncg_lexicon *lex = ncg_lexicon_new();
	ncg_lex_entry *e = NULL;
	const char *text_key = NULL;
	ncg_error err;
	ncg_status st = lex ? NCG_OK : NCG_ERR_NOMEM;

	for (size_t i = 0; st == NCG_OK && i < n; i++) {
		const th_lex_row *r = &rows[i];

		if (r->op == TH_ENTRY)
			st = ncg_lexicon_entry(lex, (ncg_lex_kind)r->kind, r->s, &e);
		else if (r->op == TH_WORD)
			st = ncg_lexicon_add_word(lex, (ncg_wordlist)r->kind, r->s);
		else if (r->op == TH_SCHEME)
			st = ncg_lexicon_set_ref(lex, &ncg_lexicon_scheme_mut(lex, (ncg_lex_kind)r->kind)->key,
			                         r->s);
		else if (r->op == TH_SCHEME_LABEL)
			st = ncg_lexicon_set_ref(lex, &ncg_lexicon_scheme_mut(lex, (ncg_lex_kind)r->kind)->label,
			                         r->s);
		else if (r->op == TH_SCHEME_DEFAULT)
			st = ncg_lexicon_set_ref(lex,
			                         &ncg_lexicon_scheme_mut(lex, (ncg_lex_kind)r->kind)->default_key,
			                         r->s);
		else if (r->op == TH_TEXT_KEY)
			text_key = r->s;
		else if (r->op == TH_TEXT)
			st = text_key ? ncg_lexicon_set_text(lex, text_key, r->s) : NCG_ERR_LEXICON;
		else if (!e)
			st = NCG_ERR_LEXICON;          /* a field before any entry */
		else
			switch (r->op) {
			case TH_LABEL: st = ncg_lexicon_set_label(lex, e, r->s); break;
			case TH_ALT: st = ncg_lexicon_list_add(lex, &e->alt, r->s); break;
			case TH_ACRONYM: st = ncg_lexicon_list_add(lex, &e->acronym, r->s); break;
			case TH_CUE: st = ncg_lexicon_list_add(lex, &e->cue, r->s); break;
			case TH_PREFIX: st = ncg_lexicon_list_add(lex, &e->prefix, r->s); break;
			case TH_ADJECTIVE: st = ncg_lexicon_list_add(lex, &e->adjective, r->s); break;
			case TH_COUNTRY: st = ncg_lexicon_list_add(lex, &e->country, r->s); break;
			case TH_PART_OF: st = ncg_lexicon_set_ref(lex, &e->part_of, r->s); break;
			case TH_BROADER: st = ncg_lexicon_set_ref(lex, &e->broader, r->s); break;
			case TH_SEAT: st = ncg_lexicon_set_ref(lex, &e->seat, r->s); break;
			case TH_BODY_NAME: st = ncg_lexicon_list_add(lex, &e->body_name, r->s); break;
			case TH_WIRE_AGENCY: st = ncg_lexicon_list_add(lex, &e->wire_agency, r->s); break;
			case TH_ENTRY: case TH_WORD: case TH_SCHEME: case TH_SCHEME_LABEL:
			case TH_SCHEME_DEFAULT: case TH_TEXT_KEY: case TH_TEXT: break;
			}
		if (st != NCG_OK)
			fprintf(stderr, "lexicon row %zu (\"%s\"): %s\n", i, r->s, ncg_strerror(st));
	}
	if (st == NCG_OK && ncg_lexicon_index(lex, &err) != NCG_OK)
		st = err.status;
	if (st != NCG_OK) {
		ncg_lexicon_free(lex);
		return NULL;
	}
	return lex;
}

static ncg_lexicon *builtin, *grammar;

static void
free_lexicons(void)
{
	ncg_lexicon_free(builtin);
	ncg_lexicon_free(grammar);
	builtin = grammar = NULL;
}

static const ncg_lexicon *
fixture(ncg_lexicon **lex, const th_lex_row *rows, size_t n)
{
	if (!*lex) {
		*lex = th_lexicon_from_rows(rows, n);
		if (!*lex) {
			fprintf(stderr, "cannot build the test lexicon\n");
			abort();
		}
		atexit(free_lexicons);
	}
	return *lex;
}

const ncg_lexicon *
th_lexicon(void)
{
	return fixture(&builtin, th_builtin_rows, th_builtin_rows_count);
}

const ncg_lexicon *
th_grammar_lexicon(void)
{
	return fixture(&grammar, th_grammar_rows, th_grammar_rows_count);
}

th_doc
th_read(const char *s, const ncg_lexicon *lex)
{
	th_doc d = {NULL, NULL, NULL};
	ncg_error err;

	if (ncg_text_from_bytes("test.txt", s, strlen(s), &d.text, &err) != NCG_OK ||
	    ncg_doc_new(d.text, lex, &d.doc, &err) != NCG_OK ||
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

/* ---- matching facts ------------------------------------------------------ */

/* A term of a pattern, parsed. */
typedef struct {
	int any;                  /* "?" */
	int literal;
	ncg_datatype dt;
	char text[1024];          /* key, full IRI, or lexical form */
} term;

/* The IRI of a CURIE with a known prefix, into buf; 0 when t is none. */
static int
curie(const char *t, char *buf, size_t cap)
{
	const char *colon = strchr(t, ':');

	if (!colon || (strchr(t, '/') && strchr(t, '/') < colon))
		return 0;
	for (const ncg_prefix *px = ncg_prefixes; px->prefix; px++)
		if (px->iri && strlen(px->prefix) == (size_t)(colon - t) &&
		    strncmp(px->prefix, t, (size_t)(colon - t)) == 0) {
			snprintf(buf, cap, "%s%s", px->iri, colon + 1);
			return 1;
		}
	return 0;
}

static ncg_status
parse_term(const char *t, term *out)
{
	memset(out, 0, sizeof *out);
	if (strcmp(t, "?") == 0) {
		out->any = 1;
		return NCG_OK;
	}
	if (t[0] == '"') {
		const char *q = strrchr(t, '"');
		char iri[256];

		if (q == t)
			return NCG_ERR_SYNTAX;
		out->literal = 1;
		snprintf(out->text, sizeof out->text, "%.*s", (int)(q - t - 1), t + 1);
		if (!q[1])
			return NCG_OK;
		if (q[1] == '@') {                 /* a language tag: "Dr."@en */
			int d = ncg_datatype_of_lang(q + 2);

			if (d < 0)
				return NCG_ERR_SYNTAX;
			out->dt = (ncg_datatype)d;
			return NCG_OK;
		}
		if (strncmp(q + 1, "^^", 2) != 0 || !curie(q + 3, iri, sizeof iri))
			return NCG_ERR_SYNTAX;
		for (int d = 0; d < NCG_DT__COUNT; d++)
			if (ncg_datatype_iri((ncg_datatype)d) &&
			    strcmp(ncg_datatype_iri((ncg_datatype)d), iri) == 0) {
				out->dt = (ncg_datatype)d;
				return NCG_OK;
			}
		return NCG_ERR_SYNTAX;
	}
	if (!curie(t, out->text, sizeof out->text))
		snprintf(out->text, sizeof out->text, "%s", t);   /* a key */
	return NCG_OK;
}

/* A property of a pattern; NCG_P__COUNT for "?" (any). */
static ncg_status
parse_prop(const char *p, ncg_prop *out)
{
	char iri[256];

	if (strcmp(p, "?") == 0) {
		*out = NCG_P__COUNT;
		return NCG_OK;
	}
	if (strcmp(p, "a") == 0) {
		*out = NCG_P_TYPE;
		return NCG_OK;
	}
	if (!curie(p, iri, sizeof iri))
		return NCG_ERR_SYNTAX;
	for (int k = 0; k < NCG_P__COUNT; k++)
		if (strcmp(ncg_prop_iri((ncg_prop)k), iri) == 0) {
			*out = (ncg_prop)k;
			return NCG_OK;
		}
	return NCG_ERR_SYNTAX;
}

static int
matches(const term *x, const char *text, int literal, ncg_datatype dt)
{
	if (x->any)
		return 1;
	if (x->literal != literal || strcmp(x->text, text) != 0)
		return 0;
	return !literal || x->dt == dt;
}

ncg_status
th_holds(const th_facts *f, const char *s, const char *p, const char *o, int *yes)
{
	term ts, to;
	ncg_prop prop;

	*yes = 0;
	NCG_TRY(parse_term(s, &ts));
	NCG_TRY(parse_prop(p, &prop));
	NCG_TRY(parse_term(o, &to));
	if (ts.literal)
		return NCG_ERR_SYNTAX;
	for (size_t i = 0; i < f->n && !*yes; i++)
		*yes = (prop == NCG_P__COUNT || f->t[i].p == prop) &&
		       matches(&ts, f->t[i].s, 0, NCG_DT_STRING) &&
		       matches(&to, f->t[i].o, f->t[i].literal, f->t[i].dt);
	return NCG_OK;
}

ncg_status
th_count_spo(const th_facts *f, const char *s, const char *p, const char *o, size_t *n)
{
	term ts, to;
	ncg_prop prop;

	*n = 0;
	NCG_TRY(parse_term(s, &ts));
	NCG_TRY(parse_prop(p, &prop));
	NCG_TRY(parse_term(o, &to));
	for (size_t i = 0; i < f->n; i++) {
		const ncg_triple *t = &f->t[i], *b = i ? &f->t[i - 1] : NULL;

		if ((prop != NCG_P__COUNT && t->p != prop) || !matches(&ts, t->s, 0, NCG_DT_STRING) ||
		    !matches(&to, t->o, t->literal, t->dt))
			continue;
		/* finished facts are sorted: the same triple from another
		 * graph comes right after */
		if (b && b->p == t->p && !strcmp(b->s, t->s) && b->literal == t->literal &&
		    b->dt == t->dt && !strcmp(b->o, t->o))
			continue;
		(*n)++;
	}
	return NCG_OK;
}

ncg_status
th_count_sp(const th_facts *f, const char *s, const char *p, size_t *n)
{
	return th_count_spo(f, s, p, "?", n);
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
