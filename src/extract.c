/* ncgkg: building facts from a statement's mentions (stage 4). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/arena.h"
#include "ncgkg/extract.h"
#include "ncgkg/meeting.h"
#include "ncgkg/roles.h"
#include "ncgkg/strmap.h"

typedef struct {
	const ncg_doc *doc;
	const ncg_mentions *ms;
	const ncg_lexicon *lex;
	ncg_facts *f;
	const ncg_text *text;
	const char *s;
	const ncg_token *tok;
	const ncg_sentence *sent;
	size_t nsent;
	ncg_arena *arena;
	const char *stmt;            /* statement key */
	const char *stmt_id;         /* its hash part: stmt after "statement/" */
	const char *ctx;             /* NIF context key */
	unsigned char *sent_done;    /* NIF sentence written */

	/* the meeting the statement describes */
	const char *meeting;
	int ordinal;
	const char *series;
	uint32_t msent;              /* its sentence */
	int mdate[3];                /* y, m, d; 0 when unknown */
	int anchor[3];               /* date that relative times resolve against */
	ncg_meeting_decision *decision;  /* the resolver's (src/meeting.c) */
} ex_ctx;

/* Errors: every function that adds facts returns an ncg_status (out of
 * memory is the only failure) and passes failures up with NCG_TRY. */

/* A string in the extraction's arena, in *out. */
static ncg_status ex_printf(ex_ctx *x, const char **out, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static ncg_status
ex_printf(ex_ctx *x, const char **out, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	*out = NULL;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NCG_ERR_INTERNAL;
	p = ncg_arena_alloc(x->arena, (size_t)n + 1);
	if (!p)
		return NCG_ERR_NOMEM;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	*out = p;
	return NCG_OK;
}

/* The words of the text at bytes [b, e), in *out. */
static ncg_status
ex_text(ex_ctx *x, size_t b, size_t e, char **out)
{
	*out = ncg_arena_strndup(x->arena, x->s + b, e - b);
	return *out ? NCG_OK : NCG_ERR_NOMEM;
}

static const ncg_mention *
M(const ex_ctx *x, size_t i)
{
	return ncg_mentions_at(x->ms, i);
}

static int
tok_is(const ex_ctx *x, size_t i, const char *w)
{
	return i < ncg_doc_ntokens(x->doc) && ncg_doc_tok_is(x->doc, i, w);
}

static int
tok_ieq(const ex_ctx *x, size_t i, const char *w)
{
	return i < ncg_doc_ntokens(x->doc) && ncg_doc_tok_ieq(x->doc, i, w);
}

/* Token index of the first of `words` in sentence s at or after `from`
 * (exact match, lists NULL-terminated); or the sentence end. */
static size_t
find_word(const ex_ctx *x, uint32_t s, size_t from, const char *const *words)
{
	for (size_t i = from < x->sent[s].t0 ? x->sent[s].t0 : from; i < x->sent[s].t1; i++)
		for (const char *const *w = words; *w; w++)
			if (tok_ieq(x, i, *w))
				return i;
	return x->sent[s].t1;
}

static ncg_status
date_str(ex_ctx *x, int y, int m, int d, const char **out)
{
	return ex_printf(x, out, "%04d-%02d-%02d", y, m, d);
}

/* ---- NIF ---------------------------------------------------------------- */

static size_t
cp(const ex_ctx *x, size_t byte)
{
	return ncg_text_cp(x->text, byte);
}

/* A NIF offset-based string of class c for the bytes [bb, be): context,
 * offsets in code points, and the words themselves. */
static ncg_status
nif_string(ex_ctx *x, const char *key, ncg_class c, size_t bb, size_t be)
{
	char *anchor;

	NCG_TRY(ex_text(x, bb, be, &anchor));
	NCG_TRY(ncg_facts_type(x->f, x->stmt, key, c));
	NCG_TRY(ncg_facts_type(x->f, x->stmt, key, NCG_C_NIF_OFFSET_STRING));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_NIF_REFERENCE_CONTEXT, x->ctx));
	NCG_TRY(ncg_facts_int(x->f, x->stmt, key, NCG_P_NIF_BEGIN, (long)cp(x, bb),
	                       NCG_DT_NON_NEGATIVE_INTEGER));
	NCG_TRY(ncg_facts_int(x->f, x->stmt, key, NCG_P_NIF_END, (long)cp(x, be),
	                       NCG_DT_NON_NEGATIVE_INTEGER));
	return ncg_facts_literal(x->f, x->stmt, key, NCG_P_NIF_ANCHOR_OF, anchor,
	                         NCG_DT_STRING);
}

/* The NIF sentence node of sentence s in *key, written the first time. */
static ncg_status
sentence_node(ex_ctx *x, uint32_t s, const char **key)
{
	const ncg_sentence *st = &x->sent[s];

	NCG_TRY(ex_printf(x, key, "%s#char=%zu,%zu", x->stmt, cp(x, st->b), cp(x, st->e)));
	if (!x->sent_done[s]) {
		x->sent_done[s] = 1;
		NCG_TRY(nif_string(x, *key, NCG_C_NIF_SENTENCE, st->b, st->e));
	}
	return NCG_OK;
}

/* A NIF phrase for the bytes [b, e) in sentence s, naming entity. */
static ncg_status
phrase_bytes(ex_ctx *x, uint32_t s, size_t bb, size_t be, const char *entity)
{
	const char *key, *sentence;

	if (be <= bb)
		return NCG_OK;
	NCG_TRY(ex_printf(x, &key, "%s#char=%zu,%zu", x->stmt, cp(x, bb), cp(x, be)));
	NCG_TRY(nif_string(x, key, NCG_C_NIF_PHRASE, bb, be));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_TA_IDENT_REF, entity));
	if (s >= x->nsent)
		return NCG_OK;
	NCG_TRY(sentence_node(x, s, &sentence));
	return ncg_facts_link(x->f, x->stmt, key, NCG_P_NIF_SENTENCE, sentence);
}

static ncg_status
phrase(ex_ctx *x, uint32_t s, size_t t0, size_t t1, const char *entity)
{
	if (t1 <= t0)
		return NCG_OK;
	return phrase_bytes(x, s, x->tok[t0].b, x->tok[t1 - 1].e, entity);
}

/* ---- entities ------------------------------------------------------------- */

static ncg_status
entity(ex_ctx *x, const char *key, ncg_class c, const char *label, int priority)
{
	NCG_TRY(ncg_facts_type(x->f, x->stmt, key, c));
	NCG_TRY(ncg_facts_label(x->f, x->stmt, key, label, priority));
	return ncg_facts_link(x->f, x->stmt, key, NCG_P_DERIVED_FROM, x->stmt);
}

static ncg_status
country(ex_ctx *x, const char *key)
{
	const ncg_lex_entry *e = ncg_lexicon_by_key(x->lex, key);

	NCG_TRY(ncg_facts_type(x->f, x->stmt, key, NCG_C_COUNTRY));
	NCG_TRY(ncg_facts_type(x->f, x->stmt, key, NCG_C_PLACE));
	if (!e)
		return NCG_OK;
	NCG_TRY(ncg_facts_label(x->f, x->stmt, key, e->label, NCG_LABEL_LEXICON));
	for (size_t i = 0; i < e->acronym.n; i++)
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, key, NCG_P_ACRONYM, e->acronym.v[i],
		                          NCG_DT_STRING));
	return NCG_OK;
}

static ncg_status
link_countries(ex_ctx *x, const char *subj, const char *const c[2])
{
	for (int i = 0; i < 2; i++)
		if (c[i]) {
			NCG_TRY(country(x, c[i]));
			NCG_TRY(ncg_facts_link(x->f, x->stmt, subj, NCG_P_COUNTRY, c[i]));
		}
	return NCG_OK;
}

/* A concept of one of the lexicon's schemes, with its lexicon label. */
static ncg_status
concept(ex_ctx *x, const char *key, const char *scheme, const char *scheme_label)
{
	const ncg_lex_entry *e = ncg_lexicon_by_key(x->lex, key);
	const char *sk;

	NCG_TRY(ex_printf(x, &sk, "scheme/%s", scheme));

	NCG_TRY(ncg_facts_type(x->f, x->stmt, key, NCG_C_CONCEPT));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_IN_SCHEME, sk));
	if (e && e->label)
		NCG_TRY(ncg_facts_label(x->f, x->stmt, key, e->label, NCG_LABEL_LEXICON));
	NCG_TRY(ncg_facts_type(x->f, x->stmt, sk, NCG_C_SCHEME));
	return ncg_facts_label(x->f, x->stmt, sk, scheme_label, NCG_LABEL_LEXICON);
}

static int
label_priority(const ncg_mention *m)
{
	return m->lex && m->lex->label ? NCG_LABEL_LEXICON : NCG_LABEL_TEXT;
}

static const char *
label_of(const ncg_mention *m)
{
	return m->lex && m->lex->label ? m->lex->label : m->name;
}

/* Was a body with this key mentioned in the statement? */
static int
body_mentioned(const ex_ctx *x, const char *key)
{
	for (size_t i = 0; i < ncg_mentions_count(x->ms); i++)
		if (M(x, i)->kind == NCG_M_BODY && M(x, i)->key && strcmp(M(x, i)->key, key) == 0)
			return 1;
	return 0;
}

static ncg_status
emit_body(ex_ctx *x, const ncg_mention *m)
{
	NCG_TRY(entity(x, m->key, NCG_C_BODY, label_of(m), label_priority(m)));
	if (m->lex && m->lex->label)
		NCG_TRY(ncg_facts_label(x->f, x->stmt, m->key, m->name, NCG_LABEL_TEXT));
	if (m->body.acronym)
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, m->key, NCG_P_ACRONYM, m->body.acronym,
		                           NCG_DT_STRING));
	NCG_TRY(link_countries(x, m->key, m->body.country));
	if (m->body.part_of && strcmp(m->body.part_of, m->key) != 0 &&
	    body_mentioned(x, m->body.part_of))
		NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_PART_OF, m->body.part_of));
	return NCG_OK;
}

static int
as_of_date(const ex_ctx *x, char buf[11])
{
	const int *d = x->mdate[0] && x->mdate[2] ? x->mdate : x->anchor;

	if (!d[0] || !d[2])
		return 0;
	snprintf(buf, 11, "%04d-%02d-%02d", d[0], d[1], d[2]);
	return 1;
}

static ncg_status
emit_official(ex_ctx *x, const ncg_mention *m)
{
	NCG_TRY(entity(x, m->key, NCG_C_OFFICIAL, label_of(m), label_priority(m)));
	if (m->lex && m->lex->label)   /* the name as this statement writes it */
		NCG_TRY(ncg_facts_label(x->f, x->stmt, m->key, m->name, NCG_LABEL_TEXT));
	NCG_TRY(ncg_facts_literal(x->f, x->stmt, m->key, NCG_P_NAME, m->name, NCG_DT_STRING));
	if (m->official.honorific)
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, m->key, NCG_P_HONORIFIC, m->official.honorific,
		                           NCG_DT_STRING));
	NCG_TRY(link_countries(x, m->key, (const char *const[2]){m->official.country, NULL}));
	if (m->official.affiliation)
		NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_MEMBER_OF, m->official.affiliation));
	if (m->official.title) {
		/* the title as this statement gives it: org:Membership */
		const char *slug = strchr(m->key, '/') ? strchr(m->key, '/') + 1 : m->key;
		const char *ms, *label;
		char when[11];

		NCG_TRY(ex_printf(x, &ms, "membership/%s--%s", slug, x->stmt_id));
		NCG_TRY(ex_printf(x, &label, "%s, %s", m->name, m->official.title));
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, m->key, NCG_P_TITLE, m->official.title,
		                           NCG_DT_STRING));
		NCG_TRY(ncg_facts_type(x->f, x->stmt, ms, NCG_C_MEMBERSHIP));
		NCG_TRY(ncg_facts_label(x->f, x->stmt, ms, label, NCG_LABEL_TEXT));
		NCG_TRY(ncg_facts_link(x->f, x->stmt, ms, NCG_P_MEMBER, m->key));
		NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_HAS_MEMBERSHIP, ms));
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, ms, NCG_P_TITLE, m->official.title, NCG_DT_STRING));
		NCG_TRY(ncg_facts_link(x->f, x->stmt, ms, NCG_P_DERIVED_FROM, x->stmt));
		if (m->official.affiliation)
			NCG_TRY(ncg_facts_link(x->f, x->stmt, ms, NCG_P_ORGANIZATION, m->official.affiliation));
		if (as_of_date(x, when))
			NCG_TRY(ncg_facts_literal(x->f, x->stmt, ms, NCG_P_AS_OF, when, NCG_DT_DATE));
	}
	return NCG_OK;
}

static ncg_status
emit_place(ex_ctx *x, const ncg_mention *m)
{
	if (m->kind == NCG_M_COUNTRY) {
		NCG_TRY(country(x, m->key));
		return ncg_facts_link(x->f, x->stmt, m->key, NCG_P_DERIVED_FROM, x->stmt);
	}
	NCG_TRY(entity(x, m->key, NCG_C_PLACE, label_of(m), label_priority(m)));
	if (m->lex && m->lex->label)
		NCG_TRY(ncg_facts_label(x->f, x->stmt, m->key, m->name, NCG_LABEL_TEXT));
	return link_countries(x, m->key, m->place.country);
}

static ncg_status
emit_workstream(ex_ctx *x, const ncg_mention *m)
{
	NCG_TRY(ncg_facts_type(x->f, x->stmt, m->key, NCG_C_WORKSTREAM));
	NCG_TRY(concept(x, m->key, "workstreams", "NCG workstreams"));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, "scheme/workstreams", NCG_P_HAS_TOP_CONCEPT,
	                        m->key));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_DERIVED_FROM, x->stmt));
	/* the wording of this statement; the lexicon's label, if any, wins */
	if (!m->workstream.acronym || strcmp(m->name, m->workstream.acronym) != 0)
		NCG_TRY(ncg_facts_label(x->f, x->stmt, m->key, m->name, NCG_LABEL_TEXT));
	if (m->workstream.acronym)
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, m->key, NCG_P_ACRONYM, m->workstream.acronym,
		                           NCG_DT_STRING));
	return NCG_OK;
}

/* ---- time ------------------------------------------------------------------ */

/* A time:Instant for a date (YYYY-MM-DD), its key in *k. */
static ncg_status
instant(ex_ctx *x, const char *date, const char **k)
{
	NCG_TRY(ex_printf(x, k, "instant/%s", date));
	NCG_TRY(ncg_facts_type(x->f, x->stmt, *k, NCG_C_INSTANT));
	return ncg_facts_literal(x->f, x->stmt, *k, NCG_P_IN_XSD_DATE, date, NCG_DT_DATE);
}

/* A time:ProperInterval from day b to day e, its key in *k. */
static ncg_status
interval(ex_ctx *x, const char *b, const char *e, const char **k)
{
	const char *ib, *ie;

	NCG_TRY(ex_printf(x, k, "interval/%s_%s", b, e));
	NCG_TRY(ncg_facts_type(x->f, x->stmt, *k, NCG_C_INTERVAL));
	NCG_TRY(instant(x, b, &ib));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, *k, NCG_P_HAS_BEGINNING, ib));
	NCG_TRY(instant(x, e, &ie));
	return ncg_facts_link(x->f, x->stmt, *k, NCG_P_HAS_END, ie);
}

/* s p <interval from day b to day e>. */
static ncg_status
link_interval(ex_ctx *x, const char *s, ncg_prop p, const char *b, const char *e)
{
	const char *k;

	NCG_TRY(interval(x, b, e, &k));
	return ncg_facts_link(x->f, x->stmt, s, p, k);
}

/* s p "YYYY-MM-DD"^^xsd:date. */
static ncg_status
date_literal(ex_ctx *x, const char *s, ncg_prop p, int y, int m, int d)
{
	const char *v;

	NCG_TRY(date_str(x, y, m, d, &v));
	return ncg_facts_literal(x->f, x->stmt, s, p, v, NCG_DT_DATE);
}

/* s ncg:month "YYYY-MM"^^xsd:gYearMonth. */
static ncg_status
month_literal(ex_ctx *x, const char *s, int y, int m)
{
	const char *v;

	NCG_TRY(ex_printf(x, &v, "%04d-%02d", y, m));
	return ncg_facts_literal(x->f, x->stmt, s, NCG_P_MONTH, v, NCG_DT_GYEAR_MONTH);
}

/* ---- meetings ---------------------------------------------------------------- */

static const char *
series_slug(const char *series)
{
	const char *sl = series ? strchr(series, '/') : NULL;

	return sl ? sl + 1 : (series ? series : "meeting");
}

static const char *
series_label(ex_ctx *x, const char *series)
{
	const ncg_lex_entry *e = series ? ncg_lexicon_by_key(x->lex, series) : NULL;

	if (e && e->acronym.n)
		return e->acronym.v[0];
	if (e && e->label)
		return e->label;
	for (size_t i = 0; series && i < ncg_mentions_count(x->ms); i++)
		if (M(x, i)->kind == NCG_M_BODY && M(x, i)->key && !strcmp(M(x, i)->key, series))
			return M(x, i)->body.acronym ? M(x, i)->body.acronym : M(x, i)->name;
	return NULL;
}

static const char *
ordinal_suffix(int n)
{
	if (n % 100 >= 11 && n % 100 <= 13)
		return "th";
	return n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
}

/* A meeting node: key (in *out) and canonical label from series and
 * ordinal (or date), so that every statement names it the same way. */
static ncg_status
meeting_node(ex_ctx *x, const char *series, int ordinal, const int date[3],
             const char **out)
{
	const char *sl = series_label(x, series), *key, *label;

	if (ordinal > 0) {
		NCG_TRY(ex_printf(x, &key, "meeting/%s-%d", series ? series_slug(series) : "meeting",
		                  ordinal));
		if (sl)
			NCG_TRY(ex_printf(x, &label, "%d%s %s meeting", ordinal,
			                  ordinal_suffix(ordinal), sl));
		else
			NCG_TRY(ex_printf(x, &label, "%d%s meeting", ordinal, ordinal_suffix(ordinal)));
	} else if (date && date[0] && date[2]) {
		const char *d;

		NCG_TRY(date_str(x, date[0], date[1], date[2], &d));
		if (series)
			NCG_TRY(ex_printf(x, &key, "meeting/%s-%s", series_slug(series), d));
		else
			NCG_TRY(ex_printf(x, &key, "meeting/%s", d));
		if (sl)
			NCG_TRY(ex_printf(x, &label, "%s meeting of %s", sl, d));
		else
			NCG_TRY(ex_printf(x, &label, "Meeting of %s", d));
	} else {
		NCG_TRY(ex_printf(x, &key, "meeting/%s-%s", series ? series_slug(series) : "meeting",
		                  x->stmt_id));
		if (sl)
			NCG_TRY(ex_printf(x, &label, "%s meeting", sl));
		else
			label = "Meeting";
	}
	NCG_TRY(entity(x, key, NCG_C_MEETING, label, NCG_LABEL_CANONICAL));
	if (ordinal > 0)
		NCG_TRY(ncg_facts_int(x->f, x->stmt, key, NCG_P_ORDINAL, ordinal, NCG_DT_INTEGER));
	if (series)
		NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_MEETING_OF, series));
	*out = key;
	return NCG_OK;
}

/* The first place or country after "in"/"at" in sentence s from token
 * `from`; NULL if none. */
static const ncg_mention *
place_in(const ex_ctx *x, uint32_t s, size_t from)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = M(x, idx[k]);
		size_t p = m->t0;

		if ((m->kind != NCG_M_PLACE && m->kind != NCG_M_COUNTRY) || m->t0 < from)
			continue;
		if (p > 0 && tok_is(x, p - 1, "the"))
			p--;
		if (p > 0 && (tok_is(x, p - 1, "in") || tok_is(x, p - 1, "at") ||
		              tok_is(x, p - 1, "In")))
			return m;
	}
	return NULL;
}

static const ncg_mention *
first_in(const ex_ctx *x, uint32_t s, ncg_mention_kind kind, size_t from)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = M(x, idx[k]);

		if (m->kind == kind && m->t0 >= from)
			return m;
	}
	return NULL;
}

/* Is the meeting mention recalled or a time reference ("since the first
 * NCG meeting", "following the second")? */
static int
is_reference(const ex_ctx *x, const ncg_mention *m)
{
	size_t t = m->t0;

	for (size_t k = 1; k <= 3 && t >= k + x->sent[m->sent].t0; k++)
		if (ncg_doc_wl_at(x->doc, x->lex, NCG_WL_REFERENCE_CUE, t - k, t))
			return 1;
	return 0;
}

/* Does the sentence announce a meeting ("will", "plans", "agreed")? */
static int
future_sentence(const ex_ctx *x, uint32_t s)
{
	for (size_t i = x->sent[s].t0; i < x->sent[s].t1; i++)
		if (ncg_doc_wl_at(x->doc, x->lex, NCG_WL_ANNOUNCEMENT_CUE, i, x->sent[s].t1))
			return 1;
	return 0;
}

/* Where the described meeting met: the resolver's place, else the
 * dateline's place (not for a meeting held by video). */
static const ncg_mention *
meeting_place(const ex_ctx *x, const ncg_meeting_cand *c)
{
	if (c->place)
		return c->place;
	return c->virtual_ ? NULL : ncg_mentions_head(x->ms)->dateline_place;
}

/* The meeting's mention, with the rule that chose it and a confidence. */
static ncg_status
meeting_mention(ex_ctx *x, const ncg_meeting_decision *d, const ncg_meeting_cand *c)
{
	const char *key, *conf;
	size_t bb = x->tok[c->t0].b, be = x->tok[c->t1 - 1].e;

	NCG_TRY(phrase(x, c->sent, c->t0, c->t1, x->meeting));
	NCG_TRY(ex_printf(x, &key, "%s#char=%zu,%zu", x->stmt, cp(x, bb), cp(x, be)));
	NCG_TRY(ex_printf(x, &conf, "%.2f", d->confidence));
	NCG_TRY(ncg_facts_literal(x->f, x->stmt, key, NCG_P_RULE, d->rule, NCG_DT_STRING));
	return ncg_facts_literal(x->f, x->stmt, key, NCG_P_CONFIDENCE, conf, NCG_DT_DECIMAL);
}

/* The meeting the statement reports on, as the resolver chose it
 * (src/meeting.c): its node, day, place and mention. */
static ncg_status
described_meeting(ex_ctx *x)
{
	const ncg_meeting_decision *d;
	const ncg_meeting_cand *c;
	const ncg_mention *pl;

	NCG_TRY(ncg_meeting_resolve(x->doc, x->ms, x->lex, &x->decision));
	d = x->decision;
	if (d->chosen < 0)
		return NCG_OK;
	c = &d->c[d->chosen];
	x->msent = c->sent;
	x->ordinal = c->ordinal;
	x->series = c->series;
	memcpy(x->mdate, c->date, sizeof x->mdate);
	NCG_TRY(meeting_node(x, x->series, x->ordinal, x->mdate, &x->meeting));
	NCG_TRY(meeting_mention(x, d, c));
	if (x->mdate[0] && x->mdate[2])
		NCG_TRY(date_literal(x, x->meeting, NCG_P_DATE, x->mdate[0], x->mdate[1],
		                     x->mdate[2]));
	if ((pl = meeting_place(x, c)) != NULL && pl->key)
		NCG_TRY(ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_HELD_IN, pl->key));
	return ncg_facts_link(x->f, x->stmt, x->stmt, NCG_P_DESCRIBES, x->meeting);
}

/* Meetings named by ordinal other than the described one: referred to
 * ("since the first NCG meeting in July") or announced (nextMeeting). */
static ncg_status
other_meetings(ex_ctx *x)
{
	for (size_t i = 0; i < ncg_mentions_count(x->ms); i++) {
		const ncg_mention *m = M(x, i);
		int ord, future;
		const char *series, *key;

		if (m->kind != NCG_M_MEETING || m->sent >= x->nsent)
			continue;
		ord = m->meeting.ordinal;
		series = m->meeting.series ? m->meeting.series : x->series;
		future = future_sentence(x, m->sent) && !is_reference(x, m);
		if (ord == NCG_ORDINAL_NEXT) {
			if (!x->ordinal)
				continue;
			ord = x->ordinal + 1;
			future = 1;
		}
		if (x->meeting && ord == x->ordinal &&
		    (!series || !x->series || strcmp(series, x->series) == 0)) {
			NCG_TRY(phrase(x, m->sent, m->t0, m->t1, x->meeting));
			continue;
		}
		if (m->sent == x->msent && x->meeting && m->t0 < x->sent[m->sent].t1 &&
		    !future && !is_reference(x, m) && ord == x->ordinal)
			continue;
		NCG_TRY(meeting_node(x, series, ord, NULL, &key));
		NCG_TRY(phrase(x, m->sent, m->t0, m->t1, key));
		if (future && x->meeting && ord > x->ordinal &&
		    (!series || !x->series || strcmp(series, x->series) == 0)) {
			const ncg_mention *pl = place_in(x, m->sent, m->t1);
			const ncg_mention *per = first_in(x, m->sent, NCG_M_PERIOD, 0);
			const ncg_mention *d = first_in(x, m->sent, NCG_M_DATE, 0);
			char b[11], e[11];

			NCG_TRY(ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_NEXT_MEETING, key));
			if (pl) {
				NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_PLANNED_PLACE, pl->key));
			}
			if (per) {
				NCG_TRY(ncg_facts_literal(x->f, x->stmt, key, NCG_P_PLANNED_TIME_TEXT,
				                           per->name, NCG_DT_STRING));
				if (ncg_period_interval(&per->period, x->anchor[0], x->anchor[1],
				                        x->anchor[2], b, e))
					NCG_TRY(link_interval(x, key, NCG_P_PLANNED_TIME, b, e));
			} else if (d) {
				int y = d->date.y ? d->date.y
				                  : ncg_resolve_month_year(d->date.m, x->anchor[0],
				                                           x->anchor[1], 1);

				NCG_TRY(ncg_facts_literal(x->f, x->stmt, key, NCG_P_PLANNED_TIME_TEXT,
				                           d->name, NCG_DT_STRING));
				if (y && d->date.prec == NCG_PREC_DAY)
					NCG_TRY(date_literal(x, key, NCG_P_DATE, y, d->date.m, d->date.d));
				else if (y) {
					snprintf(b, sizeof b, "%04d-%02d-01", y, d->date.m);
					snprintf(e, sizeof e, "%04d-%02d-%02d", y, d->date.m,
					         ncg_days_in_month(y, d->date.m));
					NCG_TRY(link_interval(x, key, NCG_P_PLANNED_TIME, b, e));
				}
			}
		} else if (!future) {
			/* a past meeting: "in July" gives its month */
			const ncg_mention *d = first_in(x, m->sent, NCG_M_DATE, m->t1);

			if (d && d->t0 <= m->t1 + 2) {
				int y = d->date.y ? d->date.y
				                  : ncg_resolve_month_year(d->date.m, x->anchor[0],
				                                           x->anchor[1], 0);

				if (y)
					NCG_TRY(month_literal(x, key, y, d->date.m));
			}
		}
	}
	return NCG_OK;
}

/* ---- roles ------------------------------------------------------------------ */

/* The roles read by the frames of src/roles.c, as links from the meeting. */
static ncg_status
roles(ex_ctx *x)
{
	ncg_roles r = {NULL, 0, 0};
	ncg_status st;

	if (!x->meeting)
		return NCG_OK;
	st = ncg_roles_read(x->doc, x->ms, x->lex, x->ordinal, &r);
	for (size_t k = 0; st == NCG_OK && k < r.n; k++)
		st = ncg_facts_link(x->f, x->stmt, x->meeting, r.v[k].prop, r.v[k].official->key);
	ncg_roles_clear(&r);
	return st;
}

/* ---- contributions: bodies developing a workstream ---------------------------------- */

/* Passive frames: a workstream, then PARTICIPLE [adverb|particle] "by"
 * and the bodies ("the CNI workstream developed by A, B and C", "planning
 * is being carried forward by ...", "achieved jointly by ..."). */
static const char *const CONTRIB_PASSIVE[] = {
	"developed", "supported", "implemented", "advanced", "executed", "driven",
	"pursued", "undertaken", "carried", "conducted", "led", "taken", "moved",
	"shaped", "informed", "backed", "presented", "achieved", "made", "delivered",
	"produced", "prepared", "drafted", NULL
};

/* Noun frames: "with contributions from", "with support from", "through
 * the efforts of", "with input from". */
static const char *const CONTRIB_NOUNS[] = {
	"contributions", "contribution", "support", "input", "inputs", "efforts",
	"participation", "help", "assistance", NULL
};

/* Active frames: the bodies, then VERB, then the workstream ("A and B
 * support the CNI workstream"). */
static const char *const CONTRIB_ACTIVE[] = {
	"contribute", "contributes", "contributed", "support", "supports", "develop",
	"develops", "lead", "leads", "drive", "drives", NULL
};

/* Crediting frames: VERB, the bodies, "with", the workstream ("credits
 * A and B with much of the progress on conventional-nuclear integration"). */
static const char *const CONTRIB_CREDIT[] = {
	"credits", "credited", "credit", NULL
};

static int
in_list_ci(const ex_ctx *x, size_t i, const char *const *words)
{
	for (const char *const *w = words; *w; w++)
		if (tok_ieq(x, i, *w))
			return 1;
	return 0;
}

/* Is there a contribution cue at token i?  Sets *bodies_from to where the
 * bodies start; returns 0 when there is none. */
static int
contribution_cue(const ex_ctx *x, size_t i, size_t *bodies_from)
{
	if (in_list_ci(x, i, CONTRIB_PASSIVE) &&
	    (tok_is(x, i + 1, "by") || tok_is(x, i + 2, "by") || tok_is(x, i + 3, "by"))) {
		*bodies_from = i + 1;
		return 1;
	}
	if (in_list_ci(x, i, CONTRIB_NOUNS) && (tok_is(x, i + 1, "from") || tok_is(x, i + 1, "of"))) {
		*bodies_from = i + 2;
		return 1;
	}
	return 0;
}

static ncg_status
contribute(ex_ctx *x, const ncg_mention *body, const ncg_mention *ws)
{
	return ncg_facts_link(x->f, x->stmt, body->key, NCG_P_CONTRIBUTES_TO, ws->key);
}

static ncg_status
contributions(ex_ctx *x)
{
	for (uint32_t s = 0; s < x->nsent; s++) {
		const size_t *idx;
		size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);
		size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1;
		size_t cues[16], from[16], nc = 0;

		for (size_t i = t0; i < t1 && nc < 16; i++)
			if (contribution_cue(x, i, &from[nc])) {
				/* not inside a workstream's own words ("ROK conventional
				 * support to U.S. nuclear operations") */
				int inside = 0;

				for (size_t k = 0; k < n; k++)
					if (M(x, idx[k])->kind == NCG_M_WORKSTREAM &&
					    M(x, idx[k])->t0 <= i && i < M(x, idx[k])->t1)
						inside = 1;
				if (!inside)
					cues[nc++] = i;
			}
		for (size_t c = 0; c < nc; c++) {
			const ncg_mention *ws = NULL;
			size_t end = c + 1 < nc ? cues[c + 1] : t1;
			int bodies = 0, people = 0;

			for (size_t k = 0; k < n; k++)
				if (M(x, idx[k])->kind == NCG_M_WORKSTREAM && M(x, idx[k])->t1 <= cues[c])
					ws = M(x, idx[k]);
			if (!ws)
				continue;
			for (size_t k = 0; k < n; k++) {
				const ncg_mention *b = M(x, idx[k]);

				bodies += b->kind == NCG_M_BODY && b->t0 >= from[c] && b->t0 < end;
				people += b->kind == NCG_M_OFFICIAL && b->t0 >= from[c] && b->t0 < end;
			}
			if (people)
				continue;      /* "led by Dr. X": a person, a role */
			for (size_t k = 0; bodies && k < n; k++) {
				const ncg_mention *b = M(x, idx[k]);

				if (b->kind == NCG_M_BODY && b->t0 >= from[c] && b->t0 < end)
					NCG_TRY(contribute(x, b, ws));
			}
		}
		if (nc)
			continue;
		/* crediting and active frames */
		for (size_t i = t0; i < t1; i++) {
			const ncg_mention *ws = NULL;

			if (in_list_ci(x, i, CONTRIB_CREDIT)) {
				size_t with = find_word(x, s, i + 1, (const char *const[]){"with", NULL});

				for (size_t k = 0; k < n && with < t1; k++)
					if (M(x, idx[k])->kind == NCG_M_WORKSTREAM && M(x, idx[k])->t0 > with && !ws)
						ws = M(x, idx[k]);
				for (size_t k = 0; ws && k < n; k++)
					if (M(x, idx[k])->kind == NCG_M_BODY && M(x, idx[k])->t0 > i &&
					    M(x, idx[k])->t0 < with)
						NCG_TRY(contribute(x, M(x, idx[k]), ws));
				break;
			}
			if (in_list_ci(x, i, CONTRIB_ACTIVE)) {
				for (size_t k = 0; k < n; k++)
					if (M(x, idx[k])->kind == NCG_M_WORKSTREAM && M(x, idx[k])->t0 > i && !ws)
						ws = M(x, idx[k]);
				for (size_t k = 0; ws && k < n; k++)
					if (M(x, idx[k])->kind == NCG_M_BODY && M(x, idx[k])->t1 <= i)
						NCG_TRY(contribute(x, M(x, idx[k]), ws));
				break;
			}
		}
	}
	return NCG_OK;
}

/* ---- assets and activities ------------------------------------------------------------ */

/* The year of a date, resolved against the anchor when none is written. */
static int
resolve_year(const ex_ctx *x, const ncg_date *d, int future)
{
	if (d->y)
		return d->y;
	if (!d->m)
		return 0;
	return ncg_resolve_month_year(d->m, x->anchor[0], x->anchor[1], future);
}

static ncg_status
emit_asset(ex_ctx *x, const ncg_mention *m)
{
	const ncg_m_asset *a = &m->asset;
	const ncg_date *w = &a->when;
	const char *aslug = strchr(m->key, '/') + 1, *ev;
	char *label;
	int y;

	NCG_TRY(entity(x, m->key, NCG_C_ASSET, m->name, NCG_LABEL_TEXT));
	if (a->type_key) {
		NCG_TRY(concept(x, a->type_key, "asset-types", "Strategic asset types"));
		NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_ASSET_TYPE, a->type_key));
	}
	if (a->event.t1 <= a->event.t0)
		return NCG_OK;
	y = resolve_year(x, w, a->event.future);
	if (y && w->m)
		NCG_TRY(ex_printf(x, &ev, "event/%s-%04d-%02d", aslug, y, w->m));
	else
		NCG_TRY(ex_printf(x, &ev, "event/%s--%s", aslug, x->stmt_id));
	NCG_TRY(ex_text(x, x->tok[a->event.t0].b, x->tok[a->event.t1 - 1].e, &label));
	for (char *c = label; *c; c++)
		if (*c == '\n')
			*c = ' ';
	NCG_TRY(entity(x, ev, NCG_C_VISIBILITY_EVENT, label, NCG_LABEL_TEXT));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, ev, NCG_P_ASSET, m->key));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_MADE_VISIBLE_IN, ev));
	for (int k = 0; k < 3 && a->event.kind[k]; k++) {
		NCG_TRY(concept(x, a->event.kind[k], "event-kinds", "Kinds of visibility events"));
		NCG_TRY(ncg_facts_link(x->f, x->stmt, ev, NCG_P_EVENT_KIND, a->event.kind[k]));
	}
	if (a->event.place)
		NCG_TRY(ncg_facts_link(x->f, x->stmt, ev, NCG_P_LOCATION, a->event.place));
	if (y && w->m)
		NCG_TRY(month_literal(x, ev, y, w->m));
	if (y && w->prec == NCG_PREC_DAY)
		NCG_TRY(date_literal(x, ev, NCG_P_DATE, y, w->m, w->d));
	if (x->meeting)
		NCG_TRY(ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_REVIEWED_EVENT, ev));
	return phrase(x, m->sent, a->event.t0, a->event.t1, ev);
}

static ncg_status
emit_activity(ex_ctx *x, const ncg_mention *m)
{
	const ncg_m_activity *a = &m->activity;

	NCG_TRY(entity(x, m->key, NCG_C_ACTIVITY, m->name, NCG_LABEL_TEXT));
	if (a->type_key) {
		NCG_TRY(concept(x, a->type_key, "activity-kinds", "Kinds of activities"));
		NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_ACTIVITY_KIND, a->type_key));
	}
	if (a->acronym)
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, m->key, NCG_P_ACRONYM, a->acronym,
		                          NCG_DT_STRING));
	if (a->when.m) {
		int y = resolve_year(x, &a->when, 0);

		if (y)
			NCG_TRY(month_literal(x, m->key, y, a->when.m));
	}
	if (x->meeting)
		NCG_TRY(ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_ACTIVITY, m->key));
	return NCG_OK;
}

/* ---- the statement --------------------------------------------------------------------- */

static ncg_status
statement(ex_ctx *x)
{
	const ncg_head *h = ncg_mentions_head(x->ms);
	size_t n = ncg_text_cp_len(x->text);

	NCG_TRY(ex_printf(x, &x->ctx, "%s#char=0,%zu", x->stmt, n));
	NCG_TRY(ncg_facts_type(x->f, x->stmt, x->stmt, NCG_C_STATEMENT));
	NCG_TRY(ncg_facts_literal(x->f, x->stmt, x->stmt, NCG_P_SOURCE_FILE,
	                          ncg_text_basename(x->text), NCG_DT_STRING));
	NCG_TRY(ncg_facts_literal(x->f, x->stmt, x->stmt, NCG_P_SHA256,
	                          ncg_text_sha256(x->text), NCG_DT_STRING));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, x->stmt, NCG_P_TEXT_CONTEXT, x->ctx));
	NCG_TRY(ncg_facts_type(x->f, x->stmt, x->ctx, NCG_C_NIF_CONTEXT));
	NCG_TRY(ncg_facts_type(x->f, x->stmt, x->ctx, NCG_C_NIF_OFFSET_STRING));
	NCG_TRY(ncg_facts_literal(x->f, x->stmt, x->ctx, NCG_P_NIF_IS_STRING, x->s, NCG_DT_STRING));
	NCG_TRY(ncg_facts_int(x->f, x->stmt, x->ctx, NCG_P_NIF_BEGIN, 0,
	                      NCG_DT_NON_NEGATIVE_INTEGER));
	NCG_TRY(ncg_facts_int(x->f, x->stmt, x->ctx, NCG_P_NIF_END, (long)n,
	                      NCG_DT_NON_NEGATIVE_INTEGER));
	if (h->has_title) {
		char *title;

		NCG_TRY(ex_text(x, h->title_b, h->title_e, &title));
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, x->stmt, NCG_P_TITLE_DC, title,
		                          NCG_DT_STRING));
		NCG_TRY(ncg_facts_label(x->f, x->stmt, x->stmt, title, NCG_LABEL_TEXT));
		NCG_TRY(phrase_bytes(x, UINT32_MAX, h->title_b, h->title_e, x->stmt));
	} else {
		NCG_TRY(ncg_facts_label(x->f, x->stmt, x->stmt, ncg_text_basename(x->text),
		                        NCG_LABEL_FALLBACK));
	}
	if (h->issued_y) {
		NCG_TRY(date_literal(x, x->stmt, NCG_P_ISSUED, h->issued_y, h->issued_m,
		                     h->issued_d));
		x->anchor[0] = h->issued_y;
		x->anchor[1] = h->issued_m;
		x->anchor[2] = h->issued_d;
	}
	if (h->publisher && h->publisher->key)
		NCG_TRY(ncg_facts_link(x->f, x->stmt, x->stmt, NCG_P_PUBLISHER, h->publisher->key));
	return NCG_OK;
}

static ncg_status entity_mention(ex_ctx *x, const ncg_mention *m);

/* Is sentence s the page's headline? */
static int
headline(const ex_ctx *x, uint32_t s)
{
	const ncg_head *h = ncg_mentions_head(x->ms);

	return s < x->nsent && h->has_title && x->sent[s].b >= h->title_b &&
	       x->sent[s].e <= h->title_e;
}

/* The keys of bodies named outside the headline, and the described
 * meeting's series: a headline names, it creates no body. */
static ncg_status
bodies_outside_headline(ex_ctx *x, ncg_strmap *keys)
{
	for (size_t i = 0; i < ncg_mentions_count(x->ms); i++) {
		const ncg_mention *m = M(x, i);

		if (m->kind == NCG_M_BODY && m->key && !headline(x, m->sent))
			NCG_TRY(ncg_strmap_put(keys, m->key, (void *)m));
	}
	if (x->series)
		NCG_TRY(ncg_strmap_put(keys, x->series, (void *)x->series));
	return NCG_OK;
}

static ncg_status
entities(ex_ctx *x)
{
	ncg_strmap *bodies = ncg_strmap_new();
	ncg_status st = bodies ? bodies_outside_headline(x, bodies) : NCG_ERR_NOMEM;

	for (size_t i = 0; st == NCG_OK && i < ncg_mentions_count(x->ms); i++) {
		const ncg_mention *m = M(x, i);

		if (!m->key || (m->kind == NCG_M_BODY && !ncg_strmap_get(bodies, m->key)))
			continue;
		st = entity_mention(x, m);
	}
	ncg_strmap_free(bodies);
	return st;
}

/* One mention's entity, and the mention itself. */
static ncg_status
entity_mention(ex_ctx *x, const ncg_mention *m)
{
	{
		switch (m->kind) {
		case NCG_M_BODY: NCG_TRY(emit_body(x, m)); break;
		case NCG_M_OFFICIAL: NCG_TRY(emit_official(x, m)); break;
		case NCG_M_PLACE:
		case NCG_M_COUNTRY: NCG_TRY(emit_place(x, m)); break;
		case NCG_M_WORKSTREAM:
			NCG_TRY(emit_workstream(x, m));
			if (x->meeting && m->workstream.listed &&
			    (m->workstream.listed != NCG_LISTED_AGENDA || m->sent >= x->msent))
				NCG_TRY(ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_WORKSTREAM, m->key));
			break;
		case NCG_M_ASSET: NCG_TRY(emit_asset(x, m)); break;
		case NCG_M_ACTIVITY: NCG_TRY(emit_activity(x, m)); break;
		default: return NCG_OK;
		}
		return phrase(x, m->sent, m->t0, m->t1, m->key);
	}
}

/* The stages of extraction, in order. */
static ncg_status
extract(ex_ctx *x)
{
	NCG_TRY(ex_printf(x, &x->stmt, "statement/%.16s", ncg_text_sha256(x->text)));
	x->stmt_id = x->stmt + strlen("statement/");
	NCG_TRY(statement(x));
	NCG_TRY(described_meeting(x));
	if (x->mdate[0]) {
		x->anchor[0] = x->mdate[0];
		x->anchor[1] = x->mdate[1];
		x->anchor[2] = x->mdate[2];
	}
	NCG_TRY(other_meetings(x));
	NCG_TRY(entities(x));
	NCG_TRY(roles(x));
	return contributions(x);
}

ncg_status
ncg_extract(const ncg_doc *doc, const ncg_mentions *ms, const ncg_lexicon *lex,
            ncg_facts *facts, ncg_error *err)
{
	ex_ctx x;
	ncg_status st = NCG_OK;

	memset(&x, 0, sizeof x);
	x.doc = doc;
	x.ms = ms;
	x.lex = lex;
	x.f = facts;
	x.text = ncg_doc_text(doc);
	x.s = ncg_text_str(x.text);
	x.tok = ncg_doc_tokens(doc);
	x.sent = ncg_doc_sentences(doc);
	x.nsent = ncg_doc_nsentences(doc);
	x.msent = UINT32_MAX;
	x.arena = ncg_arena_new();
	x.sent_done = calloc(x.nsent + 1, 1);
	st = x.arena && x.sent_done ? extract(&x) : NCG_ERR_NOMEM;
	ncg_meeting_decision_free(x.decision);
	free(x.sent_done);
	ncg_arena_free(x.arena);
	if (st != NCG_OK)
		return ncg_error_set(err, st, ncg_text_name(ncg_doc_text(doc)), 0, 0, -1,
		                     "%s", ncg_strerror(st));
	return NCG_OK;
}

ncg_status
ncg_extract_file(const char *path, const ncg_lexicon *lex, ncg_facts *facts,
                 ncg_error *err)
{
	ncg_text *t = NULL;
	ncg_doc *d = NULL;
	ncg_mentions *m = NULL;
	ncg_status st;

	st = ncg_text_read_file(path, &t, err);
	if (st == NCG_OK)
		st = ncg_doc_new(t, lex, &d, err);
	if (st == NCG_OK)
		st = ncg_recognise(d, lex, &m, err);
	if (st == NCG_OK)
		st = ncg_extract(d, m, lex, facts, err);
	ncg_mentions_free(m);
	ncg_doc_free(d);
	ncg_text_free(t);
	return st;
}
