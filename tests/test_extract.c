/* ncgkg tests: what statements say, as facts (src/extract.c).
 *
 * The rules are tested as a table, tests/data/extract.test (its header
 * says how to read it): each case a statement's text and the facts it
 * must and must not give.  This file runs the table against the shipped
 * lexicon, without Redland, and reports every failing line. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "ncgkg/buf.h"
#include "ncgkg/extract.h"

#define TABLE NCG_TEST_DATA "/extract.test"

enum { MAX_STATEMENTS = 4 };

typedef struct {
	long line;                  /* of the case's first line */
	char name[256];
	ncg_buf text[MAX_STATEMENTS];
	size_t ntext;
	char **facts;               /* the fact lines, and where they are */
	long *fact_line;
	size_t nfacts, capfacts;
} test_case;

static void
case_clear(test_case *c)
{
	for (size_t i = 0; i < MAX_STATEMENTS; i++)
		ncg_buf_free(&c->text[i]);
	for (size_t i = 0; i < c->nfacts; i++)
		free(c->facts[i]);
	free(c->facts);
	free(c->fact_line);
	memset(c, 0, sizeof *c);
}

static void
add_fact(test_case *c, const char *line, long at)
{
	if (c->nfacts == c->capfacts) {
		c->capfacts = c->capfacts ? 2 * c->capfacts : 16;
		c->facts = realloc(c->facts, c->capfacts * sizeof *c->facts);
		c->fact_line = realloc(c->fact_line, c->capfacts * sizeof *c->fact_line);
		cr_assert(c->facts && c->fact_line, "out of memory");
	}
	c->facts[c->nfacts] = strdup(line);
	cr_assert_not_null(c->facts[c->nfacts]);
	c->fact_line[c->nfacts++] = at;
}

/* Replace STMTID, STMT2ID, STMT2 and STMT in a term by the statements'
 * keys (STMT<n>ID: the hash part of the n-th). */
static void
expand(const char *term, char keys[][64], size_t nkeys, char *out, size_t cap)
{
	size_t o = 0;

	while (*term && o + 1 < cap) {
		const char *with = NULL;
		size_t skip = 0;

		if (strncmp(term, "STMTID", 6) == 0) {
			with = keys[0] + strlen("statement/");
			skip = 6;
		} else if (strncmp(term, "STMT", 4) == 0 && term[4] >= '1' && term[4] <= '9' &&
		           (size_t)(term[4] - '1') < nkeys && strncmp(term + 5, "ID", 2) == 0) {
			with = keys[term[4] - '1'] + strlen("statement/");
			skip = 7;
		} else if (strncmp(term, "STMT", 4) == 0 && term[4] >= '1' && term[4] <= '9' &&
		           (size_t)(term[4] - '1') < nkeys) {
			with = keys[term[4] - '1'];
			skip = 5;
		} else if (strncmp(term, "STMT", 4) == 0) {
			with = keys[0];
			skip = 4;
		}
		if (with) {
			o += (size_t)snprintf(out + o, cap - o, "%s", with);
			if (o >= cap)
				o = cap - 1;
			term += skip;
		} else {
			out[o++] = *term++;
		}
	}
	out[o] = '\0';
}

/* Split "s p o" (o may hold spaces: a literal) into three terms. */
static int
split3(char *line, char **s, char **p, char **o)
{
	*s = line;
	*p = strchr(*s, ' ');
	if (!*p)
		return 0;
	*(*p)++ = '\0';
	*o = strchr(*p, ' ');
	if (!*o)
		return 0;
	*(*o)++ = '\0';
	return **s && **p && **o;
}

/* Check one fact line against the facts; report through cr_expect. */
static void
check_fact(const test_case *c, size_t k, const th_facts *facts, char keys[][64], size_t nkeys)
{
	char buf[2048], *line = buf, *s, *p, *o;
	char xs[1024], xo[1024];
	int negated = 0, yes;
	long at = c->fact_line[k];

	snprintf(buf, sizeof buf, "%s", c->facts[k]);
	if (line[0] == '=' && line[1] == ' ') {
		char *end;
		long want = strtol(line + 2, &end, 10);
		size_t got;

		s = end + 1;
		p = *end == ' ' ? strchr(s, ' ') : NULL;
		cr_assert(end > line + 2 && p, "extract.test:%ld: expected \"= N s p [o]\"", at);
		*p++ = '\0';
		/* "= N s p o": an object too ("= 2 ? a ncg:Official") */
		if ((o = strchr(p, ' ')) != NULL)
			*o++ = '\0';
		expand(s, keys, nkeys, xs, sizeof xs);
		if (o)
			expand(o, keys, nkeys, xo, sizeof xo);
		cr_assert_eq(th_count_spo(facts, xs, p, o ? xo : "?", &got), NCG_OK,
		             "extract.test:%ld: bad term in: %s", at, c->facts[k]);
		cr_expect_eq(got, (size_t)want, "extract.test:%ld: %s: %zu triples, want %ld: %s",
		             at, c->name, got, want, c->facts[k]);
		return;
	}
	if (line[0] == '!' && line[1] == ' ') {
		negated = 1;
		line += 2;
	}
	cr_assert(split3(line, &s, &p, &o), "extract.test:%ld: expected \"s p o\": %s", at,
	          c->facts[k]);
	expand(s, keys, nkeys, xs, sizeof xs);
	expand(o, keys, nkeys, xo, sizeof xo);
	cr_assert_eq(th_holds(facts, xs, p, xo, &yes), NCG_OK,
	             "extract.test:%ld: bad term in: %s", at, c->facts[k]);
	cr_expect(yes != negated, "extract.test:%ld: %s: %s: %s", at, c->name,
	          negated ? "present by mistake" : "missing", c->facts[k] + 2 * negated);
}

static void
run_case(const test_case *c)
{
	ncg_facts *f = ncg_facts_new();
	th_doc docs[MAX_STATEMENTS];
	char keys[MAX_STATEMENTS][64];
	th_facts facts;
	ncg_error err;

	cr_assert_not_null(f);
	cr_assert_gt(c->ntext, 0, "extract.test:%ld: a case without text", c->line);
	cr_assert_gt(c->nfacts, 0, "extract.test:%ld: a case without facts", c->line);
	for (size_t i = 0; i < c->ntext; i++) {
		docs[i] = th_read(ncg_buf_str(&c->text[i]), th_lexicon());
		cr_assert_eq(ncg_extract(docs[i].doc, docs[i].ms, th_lexicon(), f, &err), NCG_OK,
		             "extract.test:%ld: %s", c->line, err.message);
		snprintf(keys[i], sizeof keys[i], "statement/%.16s",
		         ncg_text_sha256(docs[i].text));
	}
	cr_assert_eq(ncg_facts_finish(f, &facts.t, &facts.n), NCG_OK);
	for (size_t k = 0; k < c->nfacts; k++)
		check_fact(c, k, &facts, keys, c->ntext);
	for (size_t i = 0; i < c->ntext; i++)
		th_doc_free(&docs[i]);
	ncg_facts_free(f);
}

Test(extract, table)
{
	FILE *in = fopen(TABLE, "r");
	char line[8192];
	long at = 0;
	size_t ncases = 0;
	enum { BETWEEN, TEXT, FACTS } state = BETWEEN;
	test_case c;

	cr_assert_not_null(in, "cannot open %s", TABLE);
	memset(&c, 0, sizeof c);
	for (;;) {
		char *got = fgets(line, sizeof line, in);
		size_t n = got ? strlen(line) : 0;

		at++;
		if (n && line[n - 1] == '\n')
			line[--n] = '\0';
		cr_assert(!got || n + 1 < sizeof line, "extract.test:%ld: line too long", at);
		if (state == FACTS && (!got || n == 0)) {
			run_case(&c);
			ncases++;
			case_clear(&c);
			state = BETWEEN;
		}
		if (!got)
			break;
		if (state == BETWEEN) {
			if (n == 0)
				continue;
			if (line[0] == '#') {
				/* a case's name: its first comment line after a blank */
				if (!c.name[0] || c.line != at - 1)
					snprintf(c.name, sizeof c.name, "%s", line + 1 + (line[1] == ' '));
				c.line = at;
				continue;
			}
			state = TEXT;
			c.line = at;
			c.ntext = 1;
		}
		if (state == TEXT) {
			if (strcmp(line, "---") == 0) {
				state = FACTS;
				continue;
			}
			if (strcmp(line, "+++") == 0) {
				cr_assert_lt(c.ntext, MAX_STATEMENTS, "extract.test:%ld: too many", at);
				c.ntext++;
				continue;
			}
			ncg_buf_puts(&c.text[c.ntext - 1], line);
			ncg_buf_putc(&c.text[c.ntext - 1], '\n');
			cr_assert_eq(c.text[c.ntext - 1].status, NCG_OK);
			continue;
		}
		if (line[0] != '#')
			add_fact(&c, line, at);
	}
	fclose(in);
	cr_assert_eq(state, BETWEEN, "extract.test: the last case has no facts");
	/* the table was read: each of its cases ran */
	cr_assert_geq(ncases, 20, "only %zu cases in %s", ncases, TABLE);
}

/* The statement's key is its hash's first 16 hex digits: what STMT means
 * in the table. */
Test(extract, statement_key_and_context)
{
	const char *s = "The fourth NCG meeting was held in Seoul on 10 January 2025.\n";
	th_doc d = th_read(s, th_lexicon());
	ncg_facts *f = ncg_facts_new();
	th_facts facts;
	ncg_error err;
	char key[64], ctx[128];
	int yes;

	cr_assert_eq(ncg_extract(d.doc, d.ms, th_lexicon(), f, &err), NCG_OK);
	cr_assert_eq(ncg_facts_finish(f, &facts.t, &facts.n), NCG_OK);
	snprintf(key, sizeof key, "statement/%.16s", ncg_text_sha256(d.text));
	snprintf(ctx, sizeof ctx, "%s#char=0,%zu", key, ncg_text_cp_len(d.text));
	cr_assert_eq(th_holds(&facts, key, "a", "ncg:Statement", &yes), NCG_OK);
	cr_assert(yes);
	cr_assert_eq(th_holds(&facts, key, "ncg:textContext", ctx, &yes), NCG_OK);
	cr_assert(yes);
	cr_assert_eq(th_holds(&facts, ctx, "nif:isString", "\"The fourth NCG meeting was held "
	             "in Seoul on 10 January 2025.\"", &yes), NCG_OK);
	cr_assert(yes);
	/* a malformed term is an error, not "absent" */
	cr_assert_eq(th_holds(&facts, key, "nope:x", "?", &yes), NCG_ERR_SYNTAX);
	cr_assert_eq(th_holds(&facts, key, "a", "\"x\"^^xsd:nope", &yes), NCG_ERR_SYNTAX);
	ncg_facts_free(f);
	th_doc_free(&d);
}

Test(extract, a_file_that_cannot_be_read_is_an_error_naming_it)
{
	ncg_facts *f = ncg_facts_new();
	ncg_error err;

	ncg_error_clear(&err);
	cr_assert_eq(ncg_extract_file(NCG_TEST_DATA "/no-such-statement.txt", th_lexicon(), f,
	                              &err), NCG_ERR_IO);
	cr_assert(strstr(err.file, "no-such-statement.txt"), "%s", err.file);
	ncg_facts_free(f);
}

/* What the caller knows of a statement (a saved page's head, --source)
 * wins over what the text's head suggests: not a table case, as the
 * metadata is not part of the text. */
static int
holds(const th_facts *f, const char *s, const char *p, const char *o)
{
	int yes;

	cr_assert_eq(th_holds(f, s, p, o, &yes), NCG_OK, "bad term in %s %s %s", s, p, o);
	return yes;
}

static size_t
count_sp(const th_facts *f, const char *s, const char *p)
{
	size_t n;

	cr_assert_eq(th_count_sp(f, s, p, &n), NCG_OK, "bad term in %s %s", s, p);
	return n;
}

static ncg_facts *
extract_meta(const char *s, const ncg_text_meta *meta, th_facts *out, char *key, size_t cap)
{
	ncg_facts *f = ncg_facts_new();
	th_doc d = th_read(s, th_lexicon());
	ncg_error err;

	cr_assert_not_null(f);
	if (meta)
		cr_assert_eq(ncg_text_set_meta(d.text, meta, &err), NCG_OK);
	cr_assert_eq(ncg_extract(d.doc, d.ms, th_lexicon(), f, &err), NCG_OK, "%s", err.message);
	cr_assert_eq(ncg_facts_finish(f, &out->t, &out->n), NCG_OK);
	snprintf(key, cap, "statement/%.16s", ncg_text_sha256(d.text));
	th_doc_free(&d);
	return f;
}

Test(extract, metadata_wins_over_the_head)
{
	ncg_text_meta meta = {"Readout of the Fourth NCG", "2025-01-11", "U.S. Department of Defense",
	                      "https://example.org/releases/4"};
	const char *text = "Joint Press Statement\n\nJanuary 10, 2025\n\nThe fourth NCG meeting was "
	                   "held in Washington on January 10, 2025. The fifth NCG meeting will be held "
	                   "later this year.\n";
	char key[64];
	th_facts t;
	ncg_facts *f = extract_meta(text, &meta, &t, key, sizeof key);

	cr_expect(holds(&t, key, "dcterms:title", "\"Readout of the Fourth NCG\"@en"));
	cr_expect(holds(&t, key, "rdfs:label", "\"Readout of the Fourth NCG\"@en"));
	cr_expect(holds(&t, key, "dcterms:issued", "\"2025-01-11\"^^xsd:date"));
	cr_expect_eq(count_sp(&t, key, "dcterms:issued"), 1);
	cr_expect(holds(&t, key, "dcterms:publisher", "body/dod"));
	cr_expect(holds(&t, "body/dod", "a", "org:Organization"));
	cr_expect(!holds(&t, "body/dod", "a", "ncg:Body"));
	cr_expect(holds(&t, key, "dcterms:source", "https://example.org/releases/4"));
	cr_expect(holds(&t, key, "a", "prov:Entity"));
	cr_expect(holds(&t, key, "a", "schema:CreativeWork"));
	ncg_facts_free(f);

	/* without metadata: the head's date; a source only when given */
	f = extract_meta(text, NULL, &t, key, sizeof key);
	cr_expect(holds(&t, key, "dcterms:issued", "\"2025-01-10\"^^xsd:date"));
	cr_expect_eq(count_sp(&t, key, "dcterms:source"), 0);
	ncg_facts_free(f);

	/* a bad date or address in the metadata is ignored, not written */
	meta.issued = "11 January 2025";
	meta.source = "not an address";
	f = extract_meta(text, &meta, &t, key, sizeof key);
	cr_expect(holds(&t, key, "dcterms:issued", "\"2025-01-10\"^^xsd:date"));
	cr_expect_eq(count_sp(&t, key, "dcterms:issued"), 1);
	cr_expect_eq(count_sp(&t, key, "dcterms:source"), 0);
	ncg_facts_free(f);
}

/* issue 8 (review11): the words of src/extract.c's frames are the
 * lexicon's: a word added to lex:contributionAgent is read as "by" is
 * ("developed through A, B and C") */
static ncg_facts *
extract_with(const char *s, const ncg_lexicon *lex, th_facts *out)
{
	ncg_facts *f = ncg_facts_new();
	th_doc d = th_read(s, lex);
	ncg_error err;

	cr_assert_not_null(f);
	cr_assert_eq(ncg_extract(d.doc, d.ms, lex, f, &err), NCG_OK, "%s", err.message);
	cr_assert_eq(ncg_facts_finish(f, &out->t, &out->n), NCG_OK);
	th_doc_free(&d);
	return f;
}

Test(extract, contribution_words_come_from_the_lexicon)
{
	static const char TEXT[] =
	        "The fourth NCG meeting was held in Washington on January 10, 2025. They "
	        "applauded the CNI workstream developed through defense components, including "
	        "ROK Strategic Command, U.S. Forces Korea, and U.S. Strategic Command.";
	th_lex_row *rows = calloc(th_builtin_rows_count + 1, sizeof *rows);
	ncg_lexicon *lex;
	ncg_facts *f;
	th_facts t;

	cr_assert_not_null(rows);
	f = extract_with(TEXT, th_lexicon(), &t);
	cr_expect(!holds(&t, "body/usfk", "ncg:contributesTo",
	                 "workstream/conventional-nuclear-integration"));
	ncg_facts_free(f);

	memcpy(rows, th_builtin_rows, th_builtin_rows_count * sizeof *rows);
	rows[th_builtin_rows_count] = (th_lex_row){TH_WORD, NCG_WL_CONTRIBUTION_AGENT, "through"};
	lex = th_lexicon_from_rows(rows, th_builtin_rows_count + 1);
	free(rows);
	cr_assert_not_null(lex);
	f = extract_with(TEXT, lex, &t);
	cr_expect(holds(&t, "body/usfk", "ncg:contributesTo",
	                "workstream/conventional-nuclear-integration"));
	ncg_facts_free(f);
	ncg_lexicon_free(lex);
}
