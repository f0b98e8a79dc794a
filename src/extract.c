/* ncgkg: building facts from a statement's mentions (stage 4). */
#include "config.h"

#include <ctype.h>
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
	const char *stmt_len_of;     /* speed only: the stmt whose length */
	size_t stmt_len;             /* stmt_len is (char_key) */
	const char *ctx;             /* NIF context key */
	const char **sent_key;       /* per sentence: its NIF node's key, once
	                              * written (one key, so that the facts'
	                              * interning finds it by pointer) */
	ncg_strmap *countries;       /* countries whose facts are written (a
	                              * country is named again and again: its
	                              * facts are added once; speed only) */
	ncg_strmap *best_titles;     /* official's key -> the mention whose
	                              * title says most (best_title; read
	                              * once, not per mention: speed only) */

	/* the meeting the statement describes */
	const char *meeting;
	int ordinal;
	const char *series;
	uint32_t msent;              /* its sentence */
	uint32_t mverb;              /* a meeting of principals: its verb's
	                              * first token ("met"); else 0 */
	int mlead;                   /* it is told in the lead sentence */
	const ncg_meeting_cand *mprincipals; /* the chosen candidate when it is
	                              * a meeting of principals, else NULL */
	int own_call;                /* the writer's own reception (rules137):
	                              * only its sentence's roles and
	                              * workstreams are the meeting's */
	int mdate[3];                /* y, m, d; 0 when unknown */
	int anchor[3];               /* date that relative times resolve against */
	ncg_meeting_decision *decision;  /* the resolver's (src/meeting.c) */
	/* speed only: the token count, and ncg_doc_wls (NULL: any word
	 * list may start at any token) */
	size_t ntok;
	const uint64_t *const *wls;
	const ncg_strmap *own_bodies; /* keys of the statement's ncg:Bodies (entities) */
} ex_ctx;

/* Errors: every function that adds facts returns an ncg_status (out of
 * memory is the only failure) and passes failures up with NCG_TRY. */

/* A string in the extraction's arena, in *out. */
static ncg_status ex_printf(ex_ctx *x, const char **out, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Is fmt literal text and at most 8 "%s", as most formats are
 * ("post/%s--%s")?  Their count in *na.  A lone '%' at the end, "%%"
 * or any other conversion: no. */
static int
strings_only(const char *fmt, size_t *na)
{
	size_t n = 0;

	for (const char *f = fmt; *f; f++) {
		if (*f != '%')
			continue;
		if (f[1] != 's' || n == 8)
			return 0;
		n++;
		f++;
	}
	*na = n;
	return 1;
}

/* fmt with its "%s" replaced by arg[0, na) in turn, in the arena (speed
 * only: no vsnprintf) */
static ncg_status
join_strings(ex_ctx *x, const char **out, const char *fmt, const char *const *arg, size_t na)
{
	size_t len = strlen(fmt), k = 0;
	char *p, *q;

	for (size_t i = 0; i < na; i++)
		len += strlen(arg[i]);
	p = ncg_arena_alloc(x->arena, len + 1);
	if (!p)
		return NCG_ERR_NOMEM;
	q = p;
	for (const char *f = fmt; *f; f++) {
		if (*f == '%') {
			size_t al = strlen(arg[k]);

			memcpy(q, arg[k++], al);
			q += al;
			f++;
		} else {
			*q++ = *f;
		}
	}
	*q = '\0';
	*out = p;
	return NCG_OK;
}

static ncg_status
ex_printf(ex_ctx *x, const char **out, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p, small[256];
	const char *arg[8];
	size_t na, k;

	*out = NULL;
	if (strings_only(fmt, &na)) {
		va_start(ap, fmt);
		for (k = 0; k < na; k++)
			arg[k] = va_arg(ap, const char *);
		va_end(ap);
		for (k = 0; k < na && arg[k]; k++)
			;
		/* a NULL string goes to vsnprintf */
		if (k == na)
			return join_strings(x, out, fmt, arg, na);
	}
	/* formatted once when it fits the buffer, as most do (speed only) */
	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NCG_ERR_INTERNAL;
	p = ncg_arena_alloc(x->arena, (size_t)n + 1);
	if (!p)
		return NCG_ERR_NOMEM;
	if ((size_t)n < sizeof small) {
		memcpy(p, small, (size_t)n + 1);
	} else {
		va_start(ap, fmt);
		vsnprintf(p, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	*out = p;
	return NCG_OK;
}

/* "<statement>#char=b,e", interned in the facts (ncg_facts_intern), in
 * *out: as ex_printf with "%s#char=%zu,%zu" then ncg_facts_intern, without
 * formatting twice nor a copy in the arena first (a key per phrase: written
 * on the stack, the arena only for a statement key too long for it) */
static ncg_status
char_key(ex_ctx *x, const char **out, size_t b, size_t e)
{
	char num[48], buf[256];
	size_t sl, nl = 0;
	char *p = buf;

	*out = NULL;
	if (x->stmt_len_of != x->stmt) {   /* a key per phrase: measured once */
		x->stmt_len_of = x->stmt;
		x->stmt_len = strlen(x->stmt);
	}
	sl = x->stmt_len;
	for (size_t v = e;; v /= 10) {   /* digits of e, then of b, backwards */
		num[nl++] = (char)('0' + v % 10);
		if (v < 10)
			break;
	}
	num[nl++] = ',';
	for (size_t v = b;; v /= 10) {
		num[nl++] = (char)('0' + v % 10);
		if (v < 10)
			break;
	}
	if (sl + 6 + nl > sizeof buf && !(p = ncg_arena_alloc_raw(x->arena, sl + 6 + nl)))
		return NCG_ERR_NOMEM;
	memcpy(p, x->stmt, sl);
	memcpy(p + sl, "#char=", 6);
	for (size_t k = 0; k < nl; k++)
		p[sl + 6 + k] = num[nl - 1 - k];
	*out = ncg_facts_intern_n(x->f, p, sl + 6 + nl);
	return *out ? NCG_OK : NCG_ERR_NOMEM;
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

/* The token tests reject on the first byte before calling out: they are
 * tried at every token against tables of cue words (speed only). */
static int
tok_is(const ex_ctx *x, size_t i, const char *w)
{
	return i < ncg_doc_ntokens(x->doc) && x->s[x->tok[i].b] == w[0] &&
	       ncg_doc_tok_is(x->doc, i, w);
}

static int
tok_ieq(const ex_ctx *x, size_t i, const char *w)
{
	/* ncg_doc_tok_ieq without the call; it stops at the first byte */
	return i < ncg_doc_ntokens(x->doc) &&
	       ncg_ascii_ieqn(x->s + x->tok[i].b, x->tok[i].e - x->tok[i].b, w);
}

/* Is token i a word of list wl, exactly?  (ncg_doc_wl_may_start without
 * the call first) */
static int
in_list(const ex_ctx *x, size_t i, ncg_wordlist wl)
{
	return i < x->ntok && (!x->wls || ncg_wl_in(x->wls[i], wl)) &&
	       ncg_lexicon_has_word(x->lex, wl, x->s + x->tok[i].b, x->tok[i].e - x->tok[i].b);
}

/* ... in any ASCII case */
static int
in_list_ci(const ex_ctx *x, size_t i, ncg_wordlist wl)
{
	return i < x->ntok && (!x->wls || ncg_wl_in(x->wls[i], wl)) &&
	       ncg_lexicon_has_word_ci(x->lex, wl, x->s + x->tok[i].b, x->tok[i].e - x->tok[i].b);
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
	NCG_TRY(ncg_facts_type(x->f, x->stmt, key, c));
	NCG_TRY(ncg_facts_type(x->f, x->stmt, key, NCG_C_NIF_OFFSET_STRING));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_NIF_REFERENCE_CONTEXT, x->ctx));
	NCG_TRY(ncg_facts_int(x->f, x->stmt, key, NCG_P_NIF_BEGIN, (long)cp(x, bb),
	                       NCG_DT_NON_NEGATIVE_INTEGER));
	NCG_TRY(ncg_facts_int(x->f, x->stmt, key, NCG_P_NIF_END, (long)cp(x, be),
	                       NCG_DT_NON_NEGATIVE_INTEGER));
	/* the words straight from the text, not copied first (speed only) */
	return ncg_facts_literal_n(x->f, x->stmt, key, NCG_P_NIF_ANCHOR_OF, x->s + bb,
	                           be - bb, NCG_DT_STRING);
}

/* The NIF sentence node of sentence s in *key, written the first time. */
static ncg_status
sentence_node(ex_ctx *x, uint32_t s, const char **key)
{
	const ncg_sentence *st = &x->sent[s];

	if (x->sent_key[s]) {
		*key = x->sent_key[s];
		return NCG_OK;
	}
	NCG_TRY(char_key(x, key, cp(x, st->b), cp(x, st->e)));
	x->sent_key[s] = *key;
	return nif_string(x, *key, NCG_C_NIF_SENTENCE, st->b, st->e);
}

/* A NIF phrase for the bytes [b, e) in sentence s, naming entity. */
static ncg_status
phrase_bytes(ex_ctx *x, uint32_t s, size_t bb, size_t be, const char *entity)
{
	const char *key, *sentence;

	if (be <= bb)
		return NCG_OK;
	NCG_TRY(char_key(x, &key, cp(x, bb), cp(x, be)));
	NCG_TRY(nif_string(x, key, NCG_C_NIF_PHRASE, bb, be));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_TA_IDENT_REF, entity));
	/* read from a saved page: the element the words came from */
	if (ncg_text_origin_at(x->text, bb))
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, key, NCG_P_SOURCE_XPATH,
		                          ncg_text_origin_at(x->text, bb), NCG_DT_STRING));
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
	const ncg_lex_entry *e;
	int added;

	/* the same facts each time: added the first time only */
	NCG_TRY(ncg_strmap_add(x->countries, key, strlen(key), NULL, &added));
	if (!added)
		return NCG_OK;
	e = ncg_lexicon_by_key(x->lex, key);
	NCG_TRY(ncg_facts_type(x->f, x->stmt, key, NCG_C_COUNTRY));
	NCG_TRY(ncg_facts_type(x->f, x->stmt, key, NCG_C_PLACE));
	if (!e)
		return NCG_OK;
	NCG_TRY(ncg_facts_label(x->f, x->stmt, key, e->label, NCG_LABEL_LEXICON));
	for (size_t i = 0; i < e->acronym.n; i++)
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, key, NCG_P_ACRONYM, e->acronym.v[i],
		                          NCG_DT_EN));
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
concept(ex_ctx *x, const char *key, ncg_lex_kind kind)
{
	const ncg_lex_entry *e = ncg_lexicon_by_key(x->lex, key);
	const ncg_lex_scheme *sc = ncg_lexicon_scheme(x->lex, kind);

	NCG_TRY(ncg_facts_type(x->f, x->stmt, key, NCG_C_CONCEPT));
	if (e && e->label)
		NCG_TRY(ncg_facts_label(x->f, x->stmt, key, e->label, NCG_LABEL_LEXICON));
	/* the scheme comes from the lexicon (lex:schemeOf) */
	if (!sc->key)
		return NCG_OK;
	NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_IN_SCHEME, sc->key));
	NCG_TRY(ncg_facts_type(x->f, x->stmt, sc->key, NCG_C_SCHEME));
	return sc->label ? ncg_facts_label(x->f, x->stmt, sc->key, sc->label, NCG_LABEL_LEXICON)
	                 : NCG_OK;
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

static ncg_status title_unit(ex_ctx *x, const ncg_mention *m);

/* A mention of the body with this key in the statement, or NULL. */
static const ncg_mention *
body_mention(const ex_ctx *x, const char *key)
{
	for (size_t i = 0; i < ncg_mentions_count(x->ms); i++) {
		const ncg_mention *m = M(x, i);

		if (m->kind == NCG_M_BODY && m->key && strcmp(m->key, key) == 0)
			return m;
	}
	return NULL;
}

/* The body m is part of, when the statement names it: ncg:partOf and
 * org:subOrganizationOf one of the statement's ncg:Bodies (x->own_bodies,
 * the same keys entities() emits); only org:subOrganizationOf an
 * org:Organization when it is named but is no ncg:Body of the statement
 * (only inside a longer name, "the U.S. State Department Bureau of ...",
 * or only in the headline). */
static ncg_status
link_parent(ex_ctx *x, const ncg_mention *m)
{
	const ncg_mention *p;

	if (!m->body.part_of || strcmp(m->body.part_of, m->key) == 0 ||
	    !(p = body_mention(x, m->body.part_of)))
		return NCG_OK;
	if (x->own_bodies && ncg_strmap_get(x->own_bodies, m->body.part_of))
		NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_PART_OF, m->body.part_of));
	else
		NCG_TRY(title_unit(x, p));
	/* the super-property, for ORG users without a reasoner */
	return ncg_facts_link(x->f, x->stmt, m->key, NCG_P_SUB_ORGANIZATION_OF, m->body.part_of);
}

static ncg_status
emit_body(ex_ctx *x, const ncg_mention *m)
{
	NCG_TRY(entity(x, m->key, NCG_C_BODY, label_of(m), label_priority(m)));
	if (m->lex && m->lex->label)
		NCG_TRY(ncg_facts_label(x->f, x->stmt, m->key, m->name, NCG_LABEL_TEXT));
	/* rules19: the name without a state's adjective, another wording
	 * (never the label: "Japanese" and "Korean Defense Ministry" both
	 * have it) */
	if (m->body.short_name && !m->lex)
		NCG_TRY(ncg_facts_label(x->f, x->stmt, m->key, m->body.short_name,
		                        NCG_LABEL_FALLBACK));
	if (m->body.acronym)
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, m->key, NCG_P_ACRONYM, m->body.acronym,
		                           NCG_DT_EN));
	NCG_TRY(link_countries(x, m->key, m->body.country));
	return link_parent(x, m);
}

/* Is token i a word of word list wl (exact case)? */
static int
ex_wl(const ex_ctx *x, size_t i, ncg_wordlist wl)
{
	return ncg_lexicon_has_word(x->lex, wl, x->s + x->tok[i].b, x->tok[i].e - x->tok[i].b);
}

/* rules160: is the official's mention m the object of another meeting
 * after the described one, in another sentence, an adverb of
 * lex:laterEventCue at most two tokens before a meeting's verb before
 * it ("He later met Japanese Defense Minister Minoru Kihara")?  Its
 * post is not dated to the described meeting's day. */
static int
later_event_mention(const ex_ctx *x, const ncg_mention *m)
{
	size_t t0 = x->sent[m->sent].t0;

	if (!x->meeting || m->sent == x->msent)
		return 0;
	for (size_t k = t0; k < m->t0; k++)
		if (ex_wl(x, k, NCG_WL_LATER_EVENT_CUE))
			for (size_t v = k + 1; v < m->t0 && v <= k + 3; v++)
				if (ex_wl(x, v, NCG_WL_MEETING_VERB))
					return 1;
	return 0;
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

/* ---- officials: names, posts, roles, memberships (issue 11) ---------------- */

static const char *series_label(ex_ctx *x, const char *series);

/* Is the token a word whose first letter is upper case? */
static int
tok_capitalised(const ex_ctx *x, size_t i)
{
	return i < ncg_doc_ntokens(x->doc) && x->tok[i].kind == NCG_TOK_WORD &&
	       isupper((unsigned char)x->s[x->tok[i].b]);
}

/* If the words of `w` are written at token i (exactly, or in any case;
 * a space in w stands for any white space) and end at a token's end before
 * lim, that token's index + 1; else 0. */
static size_t
wording_at_case(const ex_ctx *x, size_t i, size_t lim, const char *w, int any_case)
{
	size_t pos = x->tok[i].b, j;

	for (; *w; w++) {
		if (*w == ' ') {
			if (!isspace((unsigned char)x->s[pos]))
				return 0;
			while (isspace((unsigned char)x->s[pos]))
				pos++;
		} else if (any_case ? tolower((unsigned char)x->s[pos]) != tolower((unsigned char)*w)
		                    : x->s[pos] != *w) {
			return 0;
		} else {
			pos++;
		}
	}
	for (j = i; j < lim && x->tok[j].e < pos; j++)
		;
	return j < lim && x->tok[j].e == pos ? j + 1 : 0;
}

static size_t
wording_at(const ex_ctx *x, size_t i, size_t lim, const char *w)
{
	return wording_at_case(x, i, lim, w, 0);
}

/* The longest country wording (label, alternative, acronym, adjective)
 * of the lexicon at token i: its end token, or 0; *key its country. */
static size_t
country_at(const ex_ctx *x, size_t i, size_t lim, const char **key)
{
	const ncg_lex_wording *c;
	size_t n, best = 0;

	if (i >= lim || x->tok[i].kind != NCG_TOK_WORD)
		return 0;
	n = ncg_lexicon_wordings_at(x->lex, x->s + x->tok[i].b, x->tok[i].e - x->tok[i].b, &c);
	for (size_t k = 0; k < n; k++) {
		size_t e;

		if (c[k].entry->kind != NCG_LEX_COUNTRY || c[k].what > NCG_LEXW_ADJECTIVE)
			continue;
		e = wording_at(x, i, lim, c[k].wording);
		if (e > best) {
			best = e;
			*key = c[k].entry->key;
		}
	}
	return best;
}

/* A body mention starting at token i of sentence s, or NULL. */
static const ncg_mention *
body_at(const ex_ctx *x, uint32_t s, size_t i)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++)
		if (M(x, idx[k])->kind == NCG_M_BODY && M(x, idx[k])->key && M(x, idx[k])->t0 == i)
			return M(x, idx[k]);
	return NULL;
}

/* End of a "( WORD )" written at token i (an acronym after a name), or i. */
static size_t
skip_parenthesis(const ex_ctx *x, size_t i, size_t lim)
{
	if (i + 3 <= lim && tok_is(x, i, "(") && x->tok[i + 1].kind == NCG_TOK_WORD &&
	    tok_is(x, i + 2, ")"))
		return i + 3;
	return i;
}

/* After "ROK" in "the ROK's Minister": the end of the "'s" (straight or
 * curly apostrophe), else 0. */
static size_t
possessive_at(const ex_ctx *x, size_t i, size_t lim)
{
	size_t k = i;

	if (k < lim && (tok_is(x, k, "'") || tok_is(x, k, "\xE2\x80\x99")))
		k++;
	else if (k < lim && x->tok[k].kind == NCG_TOK_WORD &&
	         (strncmp(x->s + x->tok[k].b, "'s", 2) == 0 ||
	          strncmp(x->s + x->tok[k].b, "\xE2\x80\x99s", 4) == 0))
		return k + 1 < lim ? k + 1 : 0;
	else
		return 0;
	return k < lim && tok_is(x, k, "s") && k + 1 < lim ? k + 1 : 0;
}

/* Before a scope cut at token c (a country or body ending the title):
 * drop a lex:titleScopeDeterminer ("the") and one connecting word or comma ("of the ROK", "at the U.S.
 * National Security Council", ", U.S. Forces Korea"). */
static size_t
cut_connector(const ex_ctx *x, size_t r0, size_t c)
{
	if (c > r0 + 1 && in_list(x, c - 1, NCG_WL_TITLE_SCOPE_DETERMINER))
		c--;
	if (c > r0 + 1 && (tok_is(x, c - 1, ",") ||
	                   (x->tok[c - 1].kind == NCG_TOK_WORD && !tok_capitalised(x, c - 1))))
		c--;
	return c;
}

/* Does a lexicon entry list this country? */
static int
entry_has_country(const ncg_lex_entry *e, const char *country)
{
	for (size_t i = 0; i < e->country.n; i++)
		if (strcmp(e->country.v[i], country) == 0)
			return 1;
	return 0;
}

/* The body whose office the words of a title name by one of its lexicon
 * cues ("Secretary of Defense": the Department of Defense), of the title's
 * country if it names one; NULL when none or several. */
static const char *
title_cue_body(const ex_ctx *x, size_t r0, size_t r1, const char *country)
{
	const char *found = NULL;

	for (size_t i = r0; i < r1; i++) {
		const ncg_lex_wording *c;
		size_t n;

		if (x->tok[i].kind != NCG_TOK_WORD)
			continue;
		n = ncg_lexicon_wordings_at(x->lex, x->s + x->tok[i].b,
		                            x->tok[i].e - x->tok[i].b, &c);
		for (size_t k = 0; k < n; k++) {
			const ncg_lex_entry *e = c[k].entry;

			if (e->kind != NCG_LEX_BODY || c[k].what != NCG_LEXW_CUE ||
			    !wording_at_case(x, i, r1, c[k].wording, 1) ||
			    (country && !entry_has_country(e, country)))
				continue;
			if (found && strcmp(found, e->key) != 0)
				return NULL;
			found = e->key;
		}
	}
	return found;
}

/* What an official's title says: the role (the words of the office, without
 * the country or body that scope it and without a clause before it, such
 * as "performing the duties of"), the country it names, the body it names. */
typedef struct {
	size_t r0, r1;            /* tokens of the role */
	const char *country;      /* a single country the title names, or NULL */
	const char *body;         /* the body the title names, or NULL */
} title_parts;

/* The first token of the office after a clause before it ("performing
 * the duties of Deputy ..."): lower-case words without a title head, up
 * to a capitalised word; t0 when there is none. */
static size_t
title_office_start(const ex_ctx *x, size_t t0, size_t t1)
{
	size_t r0 = t0;

	while (r0 < t1 && !tok_capitalised(x, r0) &&
	       !(x->tok[r0].kind == NCG_TOK_WORD &&
	         ncg_lexicon_has_word_ci(x->lex, NCG_WL_TITLE_HEAD, x->s + x->tok[r0].b,
	                                 x->tok[r0].e - x->tok[r0].b)))
		r0++;
	return r0 >= t1 || !tok_capitalised(x, r0) ? t0 : r0;
}

/* A country or body first: "ROK Deputy Minister", "U.S.-ROK ...", "the
 * ROK's Principal Deputy ...", "NSC Coordinator".  Returns the role's new
 * first token; adds the countries to c[*nc], the body to tp. */
static size_t
title_scope_first(const ex_ctx *x, const ncg_mention *m, size_t r0, size_t r1,
                  const char *c[2], int *nc, title_parts *tp)
{
	size_t e;
	const ncg_mention *b;

	/* fix84 (review83): a body whose name begins with a country's
	 * ("United States Army Garrison (USAG) Yongsan-Casey Commander") is
	 * the longer scope: the role begins after it, bracket included */
	if ((b = body_at(x, m->sent, r0)) != NULL && b->t1 < r1 && tok_capitalised(x, b->t1) &&
	    country_at(x, r0, r1, &(const char *){NULL}) > 0) {
		tp->body = b->key;
		return b->t1;
	}
	if (in_list_ci(x, r0, NCG_WL_TITLE_SCOPE_DETERMINER) && r0 + 1 < r1)
		e = country_at(x, r0 + 1, r1, &c[0]) ? r0 + 1 : r0;
	else
		e = r0;
	r0 = e;
	while (*nc < 2 && (e = country_at(x, r0, r1, &c[*nc])) > 0 && e < r1) {
		(*nc)++;
		r0 = e;
		if (!tok_is(x, r0, "-") || r0 + 1 >= r1)
			break;
		r0++;
	}
	if (*nc && possessive_at(x, r0, r1))
		r0 = possessive_at(x, r0, r1);
	if ((b = body_at(x, m->sent, r0)) != NULL && b->t1 < r1 && tok_capitalised(x, b->t1)) {
		tp->body = b->key;
		r0 = b->t1;
	}
	return r0;
}

/* A body or a country last: "... at the U.S. National Security Council
 * (NSC)", "... of the ROK".  Returns the role's new end. */
static size_t
title_scope_last(const ex_ctx *x, const ncg_mention *m, size_t r0, size_t r1,
                 const char *c[2], int *nc, title_parts *tp)
{
	for (size_t i = r0 + 1; i < r1; i++) {
		const char *k = NULL;
		const ncg_mention *b = body_at(x, m->sent, i);
		size_t e;

		/* fix110b: after a diplomat's "to" (lex:titleToHead) the host,
		 * no scope ("Japan's ambassador to NATO" is no NATO post) */
		if (ncg_doc_title_host_at(x->doc, x->lex, i))
			return r1;
		if (b && b->t1 <= r1 && skip_parenthesis(x, b->t1, r1) == r1) {
			tp->body = b->key;
			return cut_connector(x, r0, i);
		}
		e = *nc < 2 ? country_at(x, i, r1, &k) : 0;
		if (e && skip_parenthesis(x, e, r1) == r1) {
			c[(*nc)++] = k;
			return cut_connector(x, r0, i);
		}
	}
	return r1;
}

static void
read_title_parts(const ex_ctx *x, const ncg_mention *m, title_parts *tp)
{
	size_t t0 = m->official.title_t0, t1 = m->official.title_t1, r0, r1 = t1;
	const char *c[2] = {NULL, NULL};
	int nc = 0;
	const ncg_mention *b;

	memset(tp, 0, sizeof *tp);
	tp->body = m->official.affiliation;
	/* a "body" that is the whole title is the title misread */
	if ((b = body_at(x, m->sent, t0)) != NULL && b->t1 >= t1)
		tp->body = NULL;
	r0 = title_office_start(x, t0, t1);
	r0 = title_scope_first(x, m, r0, r1, c, &nc, tp);
	r1 = title_scope_last(x, m, r0, r1, c, &nc, tp);
	while (r1 > r0 && x->tok[r1 - 1].kind == NCG_TOK_PUNCT && !tok_is(x, r1 - 1, ")"))
		r1--;
	if (r1 <= r0) {
		r0 = t0;
		r1 = t1;
	}
	tp->r0 = r0;
	tp->r1 = r1;
	if (nc == 1 || (nc == 2 && strcmp(c[0], c[1]) == 0))
		tp->country = c[0];
	if (!tp->body)
		tp->body = title_cue_body(x, r0, r1, tp->country);
}

/* The n bytes at s with each run of white space as one space, in *folded. */
static ncg_status
fold_space(ex_ctx *x, const char *s, size_t n, const char **folded)
{
	char *out = ncg_arena_strndup(x->arena, s, n), *w = out;

	*folded = out;
	if (!out)
		return NCG_ERR_NOMEM;
	for (const char *r = out; *r; r++) {
		if (isspace((unsigned char)*r)) {
			if (w > out && w[-1] != ' ')
				*w++ = ' ';
		} else {
			*w++ = *r;
		}
	}
	if (w > out && w[-1] == ' ')
		w--;
	*w = '\0';
	return NCG_OK;
}

/* The text's bytes [b, e) with each run of white space as one space. */
static ncg_status
folded(ex_ctx *x, size_t b, size_t e, const char **out)
{
	return fold_space(x, x->s + b, e - b, out);
}

static const char *
key_slug(const char *key)
{
	const char *sl = strchr(key, '/');

	return sl ? sl + 1 : key;
}

/* The country of a body, when it has exactly one. */
static const char *
body_country(const ex_ctx *x, const char *body)
{
	const ncg_lex_entry *e = ncg_lexicon_by_key(x->lex, body);

	if (e)
		return e->country.n == 1 ? e->country.v[0] : NULL;
	for (size_t i = 0; i < ncg_mentions_count(x->ms); i++) {
		const ncg_mention *b = M(x, i);

		if (b->kind == NCG_M_BODY && b->key && strcmp(b->key, body) == 0)
			return b->body.country[0] && !b->body.country[1] ? b->body.country[0] : NULL;
	}
	return NULL;
}

/* Is the text a name in Hangul (Hangul letters and spaces only)? */
static int
is_hangul(const char *s, size_t n)
{
	size_t i = 0;
	int letters = 0;

	while (i < n) {
		unsigned c = ncg_utf8_next(s, &i);

		if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) ||
		    (c >= 0x3130 && c <= 0x318F))
			letters++;
		else if (c != ' ')
			return 0;
	}
	return letters > 0;
}

/* A name as written: @ko in Hangul, else @en. */
static ncg_datatype
name_lang(const char *name)
{
	return is_hangul(name, strlen(name)) ? NCG_DT_KO : NCG_DT_EN;
}

/* "Cho Chang Lae (조창래)": the Hangul name in parentheses right after the
 * name, as foaf:name and skos:altLabel @ko with its own mention. */
static ncg_status
hangul_name(ex_ctx *x, const ncg_mention *m)
{
	size_t b, e;
	const char *ko;

	if (m->t1 >= ncg_doc_ntokens(x->doc) || !tok_is(x, m->t1, "("))
		return NCG_OK;
	b = x->tok[m->t1].e;
	for (e = b; x->s[e] && x->s[e] != ')' && x->s[e] != '\n' && e - b < 64; e++)
		;
	if (x->s[e] != ')')
		return NCG_OK;
	while (b < e && x->s[b] == ' ')
		b++;
	while (e > b && x->s[e - 1] == ' ')
		e--;
	if (e <= b || !is_hangul(x->s + b, e - b))
		return NCG_OK;
	NCG_TRY(folded(x, b, e, &ko));
	NCG_TRY(ncg_facts_literal(x->f, x->stmt, m->key, NCG_P_NAME, ko, NCG_DT_KO));
	NCG_TRY(ncg_facts_literal(x->f, x->stmt, m->key, NCG_P_ALT_LABEL, ko, NCG_DT_KO));
	return phrase_bytes(x, m->sent, b, e, m->key);
}

/* A body the statement does not name but whose office a title names (by a
 * lexicon cue): an org:Organization with the lexicon's name, not an
 * ncg:Body (which is a body a statement names, with a mention). */
static ncg_status
title_organization(ex_ctx *x, const char *key)
{
	const ncg_lex_entry *e = ncg_lexicon_by_key(x->lex, key);

	NCG_TRY(ncg_facts_type(x->f, x->stmt, key, NCG_C_ORG_ORGANIZATION));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_DERIVED_FROM, x->stmt));
	if (e && e->label)
		NCG_TRY(ncg_facts_label(x->f, x->stmt, key, e->label, NCG_LABEL_LEXICON));
	for (size_t i = 0; e && i < e->acronym.n; i++)
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, key, NCG_P_ACRONYM, e->acronym.v[i],
		                          NCG_DT_EN));
	return NCG_OK;
}

/* The role (org:Role, a concept of the roles scheme) named by the words:
 * its key in *out, NULL when the words give no key. */
static ncg_status
role_node(ex_ctx *x, const char *wording, const char **out)
{
	char slug[256];
	const char *key;

	*out = NULL;
	ncg_slug(wording, strlen(wording), slug, sizeof slug);
	if (!*slug)
		return NCG_OK;
	NCG_TRY(ex_printf(x, &key, "role/%s", slug));
	NCG_TRY(ncg_facts_type(x->f, x->stmt, key, NCG_C_ROLE));
	NCG_TRY(concept(x, key, NCG_LEX_ROLE));
	NCG_TRY(ncg_facts_label(x->f, x->stmt, key, wording, NCG_LABEL_TEXT));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_DERIVED_FROM, x->stmt));
	*out = key;
	return NCG_OK;
}

/* The post (org:Post) of a role in a scope: the body the title names, else
 * its country; its key in *out.  No scope, no post (NULL: "President"
 * alone names no post). */
static ncg_status
post_node(ex_ctx *x, const char *role, const char *wording, const title_parts *tp,
          const char *ctry, const char **out)
{
	const char *scope = tp->body ? tp->body : ctry;
	const char *key, *sl, *label = wording;

	*out = NULL;
	if (!scope || !role)
		return NCG_OK;
	NCG_TRY(ex_printf(x, &key, "post/%s--%s", key_slug(scope), key_slug(role)));
	sl = series_label(x, scope);
	if (sl)
		NCG_TRY(ex_printf(x, &label, "%s (%s)", wording, sl));
	NCG_TRY(entity(x, key, NCG_C_POST, label, NCG_LABEL_CANONICAL));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_ROLE, role));
	if (tp->body)
		NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_POST_IN, tp->body));
	if (ctry) {
		NCG_TRY(country(x, ctry));
		NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_COUNTRY, ctry));
	}
	*out = key;
	return NCG_OK;
}

/* The key of an official's membership in this statement, in *out. */
static ncg_status
membership_key(ex_ctx *x, const ncg_mention *m, const char **out)
{
	return ex_printf(x, out, "membership/%s--%s", key_slug(m->key), x->stmt_id);
}

/* The title a statement gives an official: an org:Membership seen at the
 * statement's time, with its role, organisation and post. */
static ncg_status
emit_membership(ex_ctx *x, const ncg_mention *m)
{
	const ncg_m_official *o = &m->official;
	const char *ms, *wording, *role, *post, *ctry, *label;
	title_parts tp;
	char when[11];

	NCG_TRY(membership_key(x, m, &ms));
	if (o->title_t1 > o->title_t0) {
		read_title_parts(x, m, &tp);
		NCG_TRY(folded(x, x->tok[tp.r0].b, x->tok[tp.r1 - 1].e, &wording));
	} else {
		memset(&tp, 0, sizeof tp);
		tp.body = o->affiliation;
		wording = o->title;
	}
	ctry = tp.country ? tp.country : tp.body ? body_country(x, tp.body) : o->country;
	if (tp.body && !body_mentioned(x, tp.body))
		NCG_TRY(title_organization(x, tp.body));
	if (ctry && !o->country) {
		/* the country the title's office belongs to */
		NCG_TRY(country(x, ctry));
		NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_COUNTRY, ctry));
	}
	NCG_TRY(role_node(x, wording, &role));
	NCG_TRY(post_node(x, role, wording, &tp, ctry, &post));

	NCG_TRY(ncg_facts_type(x->f, x->stmt, ms, NCG_C_MEMBERSHIP));
	NCG_TRY(ex_printf(x, &label, "%s, %s", m->name, o->title));
	NCG_TRY(ncg_facts_label(x->f, x->stmt, ms, label, NCG_LABEL_TEXT));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, ms, NCG_P_MEMBER, m->key));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_HAS_MEMBERSHIP, ms));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, ms, NCG_P_DERIVED_FROM, x->stmt));
	if (role)
		NCG_TRY(ncg_facts_link(x->f, x->stmt, ms, NCG_P_ROLE, role));
	if (tp.body) {
		NCG_TRY(ncg_facts_link(x->f, x->stmt, ms, NCG_P_ORGANIZATION, tp.body));
		NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_MEMBER_OF, tp.body));
	}
	if (post) {
		NCG_TRY(ncg_facts_link(x->f, x->stmt, ms, NCG_P_POST, post));
		NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_HOLDS, post));
	}
	if (!later_event_mention(x, m) && as_of_date(x, when))
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, ms, NCG_P_AS_OF, when, NCG_DT_DATE));
	return NCG_OK;
}

/* Of the mentions of an official with a title in this statement, the one
 * whose title says most (the longest; then the first): one statement,
 * one membership ("ROK Minister of National Defense Ahn", then "Minister
 * Ahn"). */
static const ncg_mention *
best_title(const ex_ctx *x, const ncg_mention *m)
{
	return ncg_strmap_get(x->best_titles, m->key);
}

/* rules27: best_title for every official, in one pass over the mentions
 * (it was one pass per official's mention: quadratic on long texts). */
static ncg_status
index_best_titles(ex_ctx *x)
{
	for (size_t i = 0; i < ncg_mentions_count(x->ms); i++) {
		const ncg_mention *o = M(x, i), *best;

		if (o->kind != NCG_M_OFFICIAL || !o->official.title || !o->key)
			continue;
		best = ncg_strmap_get(x->best_titles, o->key);
		if (!best || strlen(o->official.title) > strlen(best->official.title))
			NCG_TRY(ncg_strmap_put(x->best_titles, o->key, (void *)o));
	}
	return NCG_OK;
}

static ncg_status
emit_official(ex_ctx *x, const ncg_mention *m)
{
	const ncg_m_official *o = &m->official;
	const char *ms;

	NCG_TRY(entity(x, m->key, NCG_C_OFFICIAL, label_of(m), label_priority(m)));
	if (m->lex && m->lex->label)   /* the name as this statement writes it */
		NCG_TRY(ncg_facts_label(x->f, x->stmt, m->key, m->name, NCG_LABEL_TEXT));
	NCG_TRY(ncg_facts_literal(x->f, x->stmt, m->key, NCG_P_NAME, m->name,
	                          name_lang(m->name)));
	NCG_TRY(hangul_name(x, m));
	if (o->honorific)
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, m->key, NCG_P_HONORIFIC, o->honorific,
		                          NCG_DT_EN));
	NCG_TRY(link_countries(x, m->key, (const char *const[2]){o->country, NULL}));
	if (o->affiliation)
		NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_MEMBER_OF, o->affiliation));
	if (!o->title)
		return NCG_OK;
	/* the title as written: on the official (the contract) only */
	NCG_TRY(ncg_facts_literal(x->f, x->stmt, m->key, NCG_P_TITLE, o->title, NCG_DT_EN));
	if (best_title(x, m) == m)
		NCG_TRY(emit_membership(x, m));
	/* every title of the official in this statement is words of its one
	 * membership here */
	if (o->title_t1 <= o->title_t0)
		return NCG_OK;
	NCG_TRY(membership_key(x, m, &ms));
	return phrase(x, m->sent, o->title_t0, o->title_t1, ms);
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

/* Is a workstream mention the name of a document rather than a wording of
 * the workstream: capitalised like a title (every word of four letters or
 * more), with a document's head noun ("the Guidelines for Nuclear
 * Deterrence and Nuclear Operations")?  Such words name the document the
 * workstream produces; they are neither a mention nor a label of it. */
static int
document_name(const ex_ctx *x, const ncg_mention *m)
{
	int head = 0, words = 0;

	for (size_t i = m->t0; i < m->t1; i++) {
		if (x->tok[i].kind != NCG_TOK_WORD)
			continue;
		if (x->tok[i].e - x->tok[i].b >= 4) {
			if (!tok_capitalised(x, i))
				return 0;
			words++;
		}
		head |= ncg_lexicon_has_word(x->lex, NCG_WL_DOCUMENT_HEAD, x->s + x->tok[i].b,
		                             x->tok[i].e - x->tok[i].b);
	}
	return head && words >= 2;
}

static ncg_status
emit_workstream(ex_ctx *x, const ncg_mention *m)
{
	NCG_TRY(ncg_facts_type(x->f, x->stmt, m->key, NCG_C_WORKSTREAM));
	NCG_TRY(concept(x, m->key, NCG_LEX_WORKSTREAM));
	if (ncg_lexicon_scheme(x->lex, NCG_LEX_WORKSTREAM)->key)
		NCG_TRY(ncg_facts_link(x->f, x->stmt, ncg_lexicon_scheme(x->lex, NCG_LEX_WORKSTREAM)->key,
		                        NCG_P_HAS_TOP_CONCEPT, m->key));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_DERIVED_FROM, x->stmt));
	/* the wording of this statement; the lexicon's label, if any, wins */
	if (!m->workstream.acronym || strcmp(m->name, m->workstream.acronym) != 0)
		NCG_TRY(ncg_facts_label(x->f, x->stmt, m->key, m->name, NCG_LABEL_TEXT));
	if (m->workstream.acronym)
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, m->key, NCG_P_ACRONYM, m->workstream.acronym,
		                          NCG_DT_EN));
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

static int headline(const ex_ctx *x, uint32_t s);

/* Is body `key` written (entities())? Bodies named outside the headline
 * are, and the described meeting's series wherever it is named. */
static int
body_written(const ex_ctx *x, const char *key)
{
	for (size_t i = 0; i < ncg_mentions_count(x->ms); i++) {
		const ncg_mention *m = M(x, i);

		if (m->kind == NCG_M_BODY && m->key && strcmp(m->key, key) == 0 &&
		    (!headline(x, m->sent) || (x->series && strcmp(key, x->series) == 0)))
			return 1;
	}
	return 0;
}

/* A meeting node: key (in *out) and canonical label from series and
 * ordinal (or date).  A meeting of a series is one node across
 * statements: meeting/<series>-<ordinal>, else meeting/<series>-<date>,
 * else meeting/<series>-<statement hash part>.  A meeting whose series the
 * statement does not name is one node in that statement only: its ordinal
 * or day alone does not identify it (two series each have a 13th meeting;
 * two meetings fall on one day), so its key carries the statement's hash
 * part: meeting/meeting-<hash>-<ordinal>, else meeting/meeting-<hash>-<date>,
 * else meeting/meeting-<hash>; its ordinal and date stay facts
 * (ncg:ordinal, ncg:date) and its label is still "13th meeting".
 * ncg:meetingOf only to a body that is written: a series named only in
 * the headline ("Allies Conclude 7th Harbor Security Dialogue") keys and
 * labels the meeting but is no ncg:Body. */
static ncg_status
meeting_node(ex_ctx *x, const char *series, int ordinal, const int date[3],
             const char **out)
{
	const char *sl = series_label(x, series), *key, *label, *scope;

	/* the part of the key before the ordinal or date */
	if (series)
		scope = series_slug(series);
	else
		NCG_TRY(ex_printf(x, &scope, "meeting-%s", x->stmt_id));
	if (ordinal > 0) {
		NCG_TRY(ex_printf(x, &key, "meeting/%s-%d", scope, ordinal));
		if (sl)
			NCG_TRY(ex_printf(x, &label, "%d%s %s meeting", ordinal,
			                  ordinal_suffix(ordinal), sl));
		else
			NCG_TRY(ex_printf(x, &label, "%d%s meeting", ordinal, ordinal_suffix(ordinal)));
	} else if (date && date[0] && date[2]) {
		const char *d;

		NCG_TRY(date_str(x, date[0], date[1], date[2], &d));
		NCG_TRY(ex_printf(x, &key, "meeting/%s-%s", scope, d));
		if (sl)
			NCG_TRY(ex_printf(x, &label, "%s meeting of %s", sl, d));
		else
			NCG_TRY(ex_printf(x, &label, "Meeting of %s", d));
	} else {
		if (series)
			NCG_TRY(ex_printf(x, &key, "meeting/%s-%s", scope, x->stmt_id));
		else
			NCG_TRY(ex_printf(x, &key, "meeting/%s", scope));
		if (sl)
			NCG_TRY(ex_printf(x, &label, "%s meeting", sl));
		else
			label = "Meeting";
	}
	NCG_TRY(entity(x, key, NCG_C_MEETING, label, NCG_LABEL_CANONICAL));
	if (ordinal > 0)
		NCG_TRY(ncg_facts_int(x->f, x->stmt, key, NCG_P_ORDINAL, ordinal, NCG_DT_INTEGER));
	if (series && body_written(x, series))
		NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_MEETING_OF, series));
	*out = key;
	return NCG_OK;
}

/* The first place or country after a lex:placePreposition ("in", "at"),
 * maybe with a lex:placeDeterminer ("the") between, in sentence s from
 * token `from`; NULL if none. */
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
		if (p > 0 && in_list(x, p - 1, NCG_WL_PLACE_DETERMINER))
			p--;
		if (p > 0 && in_list(x, p - 1, NCG_WL_PLACE_PREPOSITION))
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

/* Does the sentence announce the meeting m ("will", "plans", "agreed")?
 * A cue of lex:objectAnnouncementCue ("agreed") announces only what
 * follows it: "At the first summit in June, the leaders agreed to ..."
 * announces no summit. */
static int
future_sentence(const ex_ctx *x, const ncg_mention *m)
{
	uint32_t s = m->sent;

	for (size_t i = x->sent[s].t0; i < x->sent[s].t1; i++)
		if (ncg_doc_wl_at(x->doc, x->lex, NCG_WL_ANNOUNCEMENT_CUE, i, x->sent[s].t1) &&
		    !(i >= m->t1 &&
		      ncg_doc_wl_at(x->doc, x->lex, NCG_WL_OBJECT_ANNOUNCEMENT_CUE, i, x->sent[s].t1)))
			return 1;
	return 0;
}

/* Does place pl lie in country key (one of its lex:country)? */
static int
place_in_country(const ncg_mention *pl, const char *key)
{
	for (int i = 0; i < 2; i++)
		if (pl->place.country[i] && strcmp(pl->place.country[i], key) == 0)
			return 1;
	return 0;
}

/* fixZ: does c's clause say "here" ("... met here, May 6" in a
 * caption's block) and the dateline come after it ("CAMP CASEY, South
 * Korea (May 7, 2013) --", a later dateline)?  "Here" is then not the
 * dateline's place. */
static int
dateline_after(const ex_ctx *x, const ncg_meeting_cand *c)
{
	const ncg_mention *dl = ncg_mentions_head(x->ms)->dateline_place;

	if (!dl || c->in_title || dl->sent <= c->sent)
		return 0;
	for (size_t i = c->c0; i < c->c1; i++)
		if (tok_ieq(x, i, "here"))
			return 1;
	return 0;
}

/* fix88 (review84 3): does candidate c's clause say a call ("held
 * talks by phone", lex:callEvent)?  A call met nowhere: the dateline's
 * place ("London, Jun 11 (Reuters)") is where it was reported from. */
static int
call_clause(const ex_ctx *x, const ncg_meeting_cand *c)
{
	for (size_t i = c->c0; i < c->c1; i++)
		if (ncg_doc_wl_at(x->doc, x->lex, NCG_WL_CALL_EVENT, i, c->c1))
			return 1;
	return 0;
}

/* Where the described meeting met: the resolver's place, else the
 * dateline's place (not for a meeting held by video or phone, nor at a
 * venue the text names that nothing recognises).  A country is not
 * where a meeting met ("is in the United States this week meeting with
 * ...", "arrived in South Korea"): the dateline's city when it lies in
 * that country ("SEOUL -- ... in South Korea"), else no place. */
static const ncg_mention *
meeting_place(const ex_ctx *x, const ncg_meeting_cand *c)
{
	const ncg_mention *dl = ncg_mentions_head(x->ms)->dateline_place;

	if (c->place && c->place->kind == NCG_M_COUNTRY)
		return dl && dl->kind == NCG_M_PLACE && c->place->key &&
		               place_in_country(dl, c->place->key)
		           ? dl
		           : NULL;
	if (c->place)
		return c->place;
	return c->virtual_ || c->own_venue || dateline_after(x, c) || call_clause(x, c) ? NULL : dl;
}

/* The meeting's mention, with the rule that chose it and a confidence. */
static ncg_status
meeting_mention(ex_ctx *x, const ncg_meeting_decision *d, const ncg_meeting_cand *c)
{
	const char *key, *conf;
	size_t bb = x->tok[c->t0].b, be = x->tok[c->t1 - 1].e;

	NCG_TRY(phrase(x, c->sent, c->t0, c->t1, x->meeting));
	NCG_TRY(char_key(x, &key, cp(x, bb), cp(x, be)));
	NCG_TRY(ex_printf(x, &conf, "%.2f", d->confidence));
	NCG_TRY(ncg_facts_literal(x->f, x->stmt, key, NCG_P_RULE, d->rule, NCG_DT_STRING));
	return ncg_facts_literal(x->f, x->stmt, key, NCG_P_CONFIDENCE, conf, NCG_DT_DECIMAL);
}

/* Place subj is of entry e's first two countries. */
static ncg_status
entry_countries(ex_ctx *x, const char *subj, const ncg_lex_entry *e)
{
	const char *c[2] = {NULL, NULL};

	for (size_t i = 0; i < e->country.n && i < 2; i++)
		c[i] = e->country.v[i];
	return link_countries(x, subj, c);
}

/* The meeting was held in entry e's seat (lex:seat), a place of e's
 * first two countries. */
static ncg_status
held_in_seat(ex_ctx *x, const ncg_lex_entry *e)
{
	NCG_TRY(entry_countries(x, e->seat, e));
	return ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_HELD_IN, e->seat);
}

/* review90: the name after an owner's possessive in a body's name
 * ("NASA's Goddard Space Flight Center": the place is "Goddard Space
 * Flight Center", as "at the Goddard Space Flight Center" names it);
 * NULL when the name has none before a capitalised word. */
static const char *
after_owner(const char *name)
{
	const char *r = NULL;

	for (const char *p = name; p && *p; p++) {
		size_t n = strncmp(p, "'s ", 3) == 0 ? 3 : strncmp(p, "\xE2\x80\x99s ", 5) == 0 ? 5 : 0;

		if (n && p > name && p[n] >= 'A' && p[n] <= 'Z')
			r = p + n;
	}
	return r;
}

/* The place of a body the lexicon does not seat: its own key and name,
 * without an owner's possessive (after_owner). */
static ncg_status
own_seat(ex_ctx *x, const ncg_mention *body, const char **seat)
{
	const char *own = after_owner(label_of(body));
	char slug[256];

	if (own && ncg_slug(own, strlen(own), slug, sizeof slug) && *slug) {
		NCG_TRY(ex_printf(x, seat, "place/%s", slug));
		return entity(x, *seat, NCG_C_PLACE, own, label_priority(body));
	}
	NCG_TRY(ex_printf(x, seat, "place/%s", body->key + 5));
	return entity(x, *seat, NCG_C_PLACE, label_of(body), label_priority(body));
}

/* "held talks at the White House": the resolver may give a body named by
 * its building as the place.  The meeting was held in the building: for
 * a body the lexicon seats (lex:seat), that place, with the body's name
 * and countries.
 * Otherwise a place of the body's own key, with its name: rules70: a body
 * the lexicon does not know, named by a word of lex:seatBody ("the
 * meeting at the National Assembly": the resolver gives no other body
 * without a seat), with no country; rules141: a body the resolver gives
 * by a building's word ("at the Ministry of Defense", src/meeting.c,
 * building_body), with the lexicon body's countries when it knows it
 * (review43: "at the Department of Defense headquarters" is place/dod in
 * the United States; the lexicon does not seat the body in the Pentagon,
 * so this is its own place node). */
static ncg_status
seat_place(ex_ctx *x, const ncg_mention *body)
{
	const ncg_lex_entry *e = body->lex;
	const char *seat;

	if ((!e || !e->seat) && body->key && strncmp(body->key, "body/", 5) == 0) {
		NCG_TRY(own_seat(x, body, &seat));
		if (e)
			NCG_TRY(entry_countries(x, seat, e));
		return ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_HELD_IN, seat);
	}
	if (!e || !e->seat)
		return NCG_OK;
	seat = e->seat;
	NCG_TRY(entity(x, seat, NCG_C_PLACE, label_of(body), label_priority(body)));
	/* rules57: and as the statement names it ("an August 16 Blue House
	 * meeting" of the lexicon's Cheong Wa Dae): an alternative label */
	if (body->name && strcasecmp(body->name, label_of(body)) != 0)
		NCG_TRY(ncg_facts_label(x->f, x->stmt, seat, body->name, NCG_LABEL_TEXT));
	return held_in_seat(x, e);
}

/* rules76: a room the lexicon seats in a body's building (lex:seat of
 * place/oval-office: body/white-house): the meeting "in the Oval Office"
 * was held in the building, as "at the White House" is (the annotation
 * names the building, never the room); other places as they are. */
static ncg_status
room_or_place(ex_ctx *x, const ncg_mention *pl)
{
	const ncg_lex_entry *b = pl->lex && pl->lex->seat ? ncg_lexicon_by_key(x->lex, pl->lex->seat) : NULL;

	if (!b || !b->seat || !b->label)
		return ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_HELD_IN, pl->key);
	NCG_TRY(entity(x, b->seat, NCG_C_PLACE, b->label, NCG_LABEL_LEXICON));
	return held_in_seat(x, b);
}

/* rules258: the venue the resolver read after "held at" ("the Anantara
 * Riverside Bangkok Resort hotel", "the Defense Ministry headquarters" in
 * Yongsan): one more place the meeting was held in, keyed and labelled
 * by its words, beside the city the place rules give. */
static ncg_status
named_venue_place(ex_ctx *x, const ncg_meeting_cand *c)
{
	char *name, slug[256];
	const char *key;

	if (c->venue1 <= c->venue0)
		return NCG_OK;
	NCG_TRY(ex_text(x, x->tok[c->venue0].b, x->tok[c->venue1 - 1].e, &name));
	ncg_slug(name, strlen(name), slug, sizeof slug);
	if (!*slug)
		return NCG_OK;
	NCG_TRY(ex_printf(x, &key, "place/%s", slug));
	NCG_TRY(entity(x, key, NCG_C_PLACE, name, NCG_LABEL_TEXT));
	NCG_TRY(phrase(x, c->venue0 < x->sent[c->sent].t1 ? c->sent : c->sent + 1, c->venue0,
	               c->venue1, key));
	return ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_HELD_IN, key);
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
	x->own_call = c->own_call;
	x->mverb = c->kind == NCG_MC_PRINCIPALS ? c->t0 : 0;
	x->mlead = c->lead;
	x->mprincipals = c->kind == NCG_MC_PRINCIPALS ? c : NULL;
	/* its agenda may come after an earlier sentence that names it by
	 * ordinal and series ("... after the second meeting of the NCG";
	 * "The second session of the NCG ... took place on Friday") */
	for (size_t k = 0; c->ordinal > 0 && c->series && k < d->n; k++)
		if (!d->c[k].in_title && d->c[k].sent < x->msent && d->c[k].ordinal == c->ordinal &&
		    d->c[k].series && strcmp(d->c[k].series, c->series) == 0)
			x->msent = d->c[k].sent;
	x->ordinal = c->ordinal;
	x->series = c->series;
	memcpy(x->mdate, c->date, sizeof x->mdate);
	NCG_TRY(meeting_node(x, x->series, x->ordinal, x->mdate, &x->meeting));
	NCG_TRY(meeting_mention(x, d, c));
	if (x->mdate[0] && x->mdate[2])
		NCG_TRY(date_literal(x, x->meeting, NCG_P_DATE, x->mdate[0], x->mdate[1],
		                     x->mdate[2]));
	if ((pl = meeting_place(x, c)) != NULL && pl->kind == NCG_M_BODY)
		NCG_TRY(seat_place(x, pl));
	else if (pl && pl->key)
		NCG_TRY(room_or_place(x, pl));
	NCG_TRY(named_venue_place(x, c));
	return ncg_facts_link(x->f, x->stmt, x->stmt, NCG_P_DESCRIBES, x->meeting);
}

/* The planned time of the next meeting `key` announced in sentence sent:
 * a period ("later this year", "in the first half of 2025") or a date. */
static ncg_status
planned_time(ex_ctx *x, const char *key, uint32_t sent)
{
	const ncg_mention *per = first_in(x, sent, NCG_M_PERIOD, 0);
	const ncg_mention *d = first_in(x, sent, NCG_M_DATE, 0);
	char b[11], e[11];
	int y;

	if (per) {
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, key, NCG_P_PLANNED_TIME_TEXT,
		                          per->name, NCG_DT_EN));
		if (ncg_period_interval(&per->period, x->anchor[0], x->anchor[1], x->anchor[2], b, e))
			NCG_TRY(link_interval(x, key, NCG_P_PLANNED_TIME, b, e));
		return NCG_OK;
	}
	if (!d)
		return NCG_OK;
	y = d->date.y ? d->date.y : ncg_resolve_month_year(d->date.m, x->anchor[0], x->anchor[1], 1);
	NCG_TRY(ncg_facts_literal(x->f, x->stmt, key, NCG_P_PLANNED_TIME_TEXT, d->name, NCG_DT_EN));
	if (y && d->date.prec == NCG_PREC_DAY)
		return date_literal(x, key, NCG_P_DATE, y, d->date.m, d->date.d);
	if (!y)
		return NCG_OK;
	snprintf(b, sizeof b, "%04d-%02d-01", y, d->date.m);
	snprintf(e, sizeof e, "%04d-%02d-%02d", y, d->date.m, ncg_days_in_month(y, d->date.m));
	return link_interval(x, key, NCG_P_PLANNED_TIME, b, e);
}

/* A past meeting `key` named at m: "in July" just after gives its month. */
static ncg_status
past_month(ex_ctx *x, const char *key, const ncg_mention *m)
{
	const ncg_mention *d = first_in(x, m->sent, NCG_M_DATE, m->t1);
	int y;

	if (!d || d->t0 > m->t1 + 2)
		return NCG_OK;
	y = d->date.y ? d->date.y : ncg_resolve_month_year(d->date.m, x->anchor[0], x->anchor[1], 0);
	return y ? month_literal(x, key, y, d->date.m) : NCG_OK;
}

/* rules29: "The second Republic of Korea-United States Space Policy
 * Dialogue took place ... agreed to hold their third Space Policy
 * Dialogue": a series named short after its full name; is the key
 * `tail` the last words (two at least) of the key `full`, past the
 * prefix ("body/")? */
static int
series_tail(const char *full, const char *tail)
{
	const char *f = strchr(full, '/'), *t = strchr(tail, '/');
	size_t n, m;

	if (!f || !t || (size_t)(f - full) != (size_t)(t - tail) || strncmp(full, tail, (size_t)(f - full)) != 0)
		return 0;
	n = strlen(++f);
	m = strlen(++t);
	return m < n && f[n - m - 1] == '-' && strcmp(f + n - m, t) == 0 && strchr(t, '-') != NULL;
}

static int
same_series(const ex_ctx *x, const char *series)
{
	return !series || !x->series || strcmp(series, x->series) == 0 ||
	       series_tail(x->series, series);
}

/* fix101 (review93): an ordinal meeting with no series of its own but a
 * name of three capitalised words or more after its ordinal ("the 20th
 * IISS Asia Security Summit", a host event not in the lexicon) is another
 * series' event: no session of the described meeting's series. */
static int
own_named_event(const ex_ctx *x, const ncg_mention *m)
{
	int n = 0;

	for (size_t i = m->t0 + 1; !m->meeting.series && i < m->t1; i++)
		n += (x->tok[i].flags & (NCG_TF_CAP | NCG_TF_UPPER)) != 0;
	return n >= 3;
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

		if (m->kind != NCG_M_MEETING || m->sent >= x->nsent || own_named_event(x, m))
			continue;
		ord = m->meeting.ordinal;
		series = m->meeting.series ? m->meeting.series : x->series;
		future = future_sentence(x, m) && !is_reference(x, m);
		if (ord == NCG_ORDINAL_NEXT) {
			if (!x->ordinal)
				continue;
			ord = x->ordinal + 1;
			future = 1;
		}
		if (x->meeting && ord == x->ordinal && same_series(x, series)) {
			NCG_TRY(phrase(x, m->sent, m->t0, m->t1, x->meeting));
			continue;
		}
		if (m->sent == x->msent && x->meeting && m->t0 < x->sent[m->sent].t1 &&
		    !future && !is_reference(x, m) && ord == x->ordinal)
			continue;
		NCG_TRY(meeting_node(x, series, ord, NULL, &key));
		NCG_TRY(phrase(x, m->sent, m->t0, m->t1, key));
		/* review129 6: a described meeting of no ordinal and no
		 * series is followed only by a named series' meeting ("the
		 * third NCG meeting"), not by any ordinal one ("their third
		 * summit": same_series holds of no series) */
		if (future && x->meeting && ord > x->ordinal && same_series(x, series) &&
		    (x->ordinal > 0 || m->meeting.series)) {
			const ncg_mention *pl = place_in(x, m->sent, m->t1);

			NCG_TRY(ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_NEXT_MEETING, key));
			if (pl)
				NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_PLANNED_PLACE, pl->key));
			NCG_TRY(planned_time(x, key, m->sent));
		} else if (!future) {
			NCG_TRY(past_month(x, key, m));
		}
	}
	return NCG_OK;
}

/* ---- roles ------------------------------------------------------------------ */

/* fix91 (review87 3): does sentence s name, after its subject (from
 * token e), the principals' offices again ("... presented its report to
 * the Secretary and the Minister", "will report to the leaders"): a
 * lex:describedDeterminer and a lex:titleHead or a lex:groupNoun?  The
 * chairs are then others, reporting to them. */
static int
chairs_address_principals(const ex_ctx *x, uint32_t s, size_t e)
{
	for (size_t i = e; i + 1 < x->sent[s].t1; i++)
		if (in_list_ci(x, i, NCG_WL_DESCRIBED_DETERMINER) &&
		    (in_list(x, i + 1, NCG_WL_TITLE_HEAD) || in_list_ci(x, i + 1, NCG_WL_GROUP_NOUN)))
			return 1;
	return 0;
}

/* fix91 (review87 3): is another body named in sentences [s0, s1): a
 * capitalised lex:bodyHead that is no lex:meetingNoun ("the Energy
 * Working Group", "a new Economic Policy Consultative Committee"; not
 * "this Economic Dialogue")?  Its chairs may be those named next. */
static int
other_body_between(const ex_ctx *x, uint32_t s0, uint32_t s1)
{
	for (uint32_t s = s0; s < s1; s++)
		for (size_t i = x->sent[s].t0; i < x->sent[s].t1; i++)
			if (in_list(x, i, NCG_WL_BODY_HEAD) && !in_list_ci(x, i, NCG_WL_MEETING_NOUN))
				return 1;
	return 0;
}

/* rules263: does one of the two sentences after the principals' meeting
 * open with its chairs named by their role alone ("The Co-Chairs agreed
 * to structure ...", "The two Chairs approved ...": "The", an optional
 * lex:chairsCount, then lex:chairsSubject, or lex:countedChairs after
 * the count) and go on with a lower-case word, no lex:nounPreposition
 * ("The co-chairs of the working group": another body's)?  fix91
 * (review87 3): the chairs of a later sentence may be another group's:
 * only the next two sentences, no lex:futureCue after the subject
 * ("The co-chairs will report to the leaders"), no other body named
 * before (other_body_between), the principals not addressed
 * (chairs_address_principals). */
static int
chairs_subject(const ex_ctx *x)
{
	for (uint32_t s = x->msent + 1; s < x->nsent && s <= x->msent + 2; s++) {
		size_t i = x->sent[s].t0, t1 = x->sent[s].t1, e;
		int counted = 0;

		if (!in_list_ci(x, i, NCG_WL_DESCRIBED_DETERMINER))
			continue;
		if (in_list_ci(x, i + 1, NCG_WL_CHAIRS_COUNT))
			i++, counted = 1;
		e = ncg_doc_wl_at(x->doc, x->lex, NCG_WL_CHAIRS_SUBJECT, i + 1, t1);
		if (!e && counted && in_list_ci(x, i + 1, NCG_WL_COUNTED_CHAIRS))
			e = i + 2;
		if (e && e < t1 && (x->tok[e].flags & NCG_TF_LOWER) &&
		    !in_list_ci(x, e, NCG_WL_NOUN_PREPOSITION) &&
		    !ncg_doc_wl_at(x->doc, x->lex, NCG_WL_FUTURE_CUE, e, t1))
			return !other_body_between(x, x->msent + 1, s) && !chairs_address_principals(x, s, e);
	}
	return 0;
}

/* The principals who met, the subjects of the meeting's verb: an
 * official with a key, between the clause's start and the verb. */
static int
principal_subject(const ncg_meeting_cand *c, const ncg_mention *p)
{
	return p->kind == NCG_M_OFFICIAL && p->key && p->t0 >= c->c0 && p->t1 <= c->t0;
}

/* rules263: the principals who met ("Vice President A and Deputy Prime
 * Minister B met today to launch the Economic Dialogue"), the subjects
 * of the meeting's verb, are its co-chairs when a later sentence names
 * its chairs by role alone (chairs_subject) and no frame read a chair:
 * two subjects or more, none a chair already. */
static ncg_status
principal_cochairs(ex_ctx *x, const ncg_roles *r)
{
	const ncg_meeting_cand *c = x->mprincipals;
	const size_t *idx;
	size_t n, subj = 0;

	if (!c)
		return NCG_OK;
	for (size_t k = 0; k < r->n; k++)
		if (r->v[k].prop == NCG_P_CO_CHAIR || r->v[k].prop == NCG_P_CHAIR)
			return NCG_OK;
	n = ncg_mentions_in_sentence(x->ms, c->sent, &idx);
	for (size_t k = 0; k < n; k++)
		subj += principal_subject(c, M(x, idx[k]));
	if (subj < 2 || !chairs_subject(x))
		return NCG_OK;
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *p = M(x, idx[k]);

		if (!principal_subject(c, p))
			continue;
		NCG_TRY(ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_CO_CHAIR, p->key));
		NCG_TRY(ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_PARTICIPANT, p->key));
	}
	return NCG_OK;
}

/* The roles read by the frames of src/roles.c, as links from the meeting. */
static ncg_status
roles(ex_ctx *x)
{
	ncg_roles r = {NULL, 0, 0};
	ncg_status st;

	if (!x->meeting)
		return NCG_OK;
	st = ncg_roles_read(x->doc, x->ms, x->lex, x->ordinal, &r);
	if (st == NCG_OK && !x->own_call)
		st = principal_cochairs(x, &r);
	for (size_t k = 0; st == NCG_OK && k < r.n; k++) {
		if (x->own_call && r.v[k].official->sent != x->msent)
			continue;
		st = ncg_facts_link(x->f, x->stmt, x->meeting, r.v[k].prop, r.v[k].official->key);
		/* every role is also ncg:participant, its super-property, for
		 * queries without a reasoner */
		if (st == NCG_OK && r.v[k].prop != NCG_P_PARTICIPANT)
			st = ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_PARTICIPANT,
			                    r.v[k].official->key);
	}
	ncg_roles_clear(&r);
	return st;
}

/* ---- contributions: bodies developing a workstream ---------------------------------- */

/* Contribution frames are word lists of ontology/lexicon/grammar.ttl:
 * lex:contributionPassive (a workstream, then PARTICIPLE [adverb|particle]
 * "by" and the bodies: "the CNI workstream developed by A, B and C"),
 * lex:contributionNoun ("with contributions from", "through the efforts
 * of"), lex:contributionActive (the bodies, then VERB, then the
 * workstream: "A and B support the CNI workstream") and
 * lex:contributionCredit (VERB, the bodies, "with", the workstream:
 * "credits A and B with much of the progress on ...").  Their words are
 * asked with in_list_ci. */

/* Is there a contribution cue at token i?  Sets *bodies_from to where the
 * bodies start; returns 0 when there is none. */
static int
contribution_cue(const ex_ctx *x, size_t i, size_t *bodies_from)
{
	if (in_list_ci(x, i, NCG_WL_CONTRIBUTION_PASSIVE) &&
	    (in_list(x, i + 1, NCG_WL_CONTRIBUTION_AGENT) ||
	     in_list(x, i + 2, NCG_WL_CONTRIBUTION_AGENT) ||
	     in_list(x, i + 3, NCG_WL_CONTRIBUTION_AGENT))) {
		*bodies_from = i + 1;
		return 1;
	}
	if (in_list_ci(x, i, NCG_WL_CONTRIBUTION_NOUN) && in_list(x, i + 1, NCG_WL_CONTRIBUTION_SOURCE)) {
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

/* Is token i inside a workstream's own words ("ROK conventional support
 * to U.S. nuclear operations")? */
static int
inside_workstream(const ex_ctx *x, const size_t *idx, size_t n, size_t i)
{
	for (size_t k = 0; k < n; k++)
		if (M(x, idx[k])->kind == NCG_M_WORKSTREAM && M(x, idx[k])->t0 <= i &&
		    i < M(x, idx[k])->t1)
			return 1;
	return 0;
}

/* The bodies in [from, end) contribute to the last workstream before the
 * cue at c, unless a person is among them ("led by Dr. X": a role). */
static ncg_status
cue_contributors(ex_ctx *x, const size_t *idx, size_t n, size_t c, size_t from, size_t end)
{
	const ncg_mention *ws = NULL;

	for (size_t k = 0; k < n; k++)
		if (M(x, idx[k])->kind == NCG_M_WORKSTREAM && M(x, idx[k])->t1 <= c)
			ws = M(x, idx[k]);
	for (size_t k = 0; ws && k < n; k++)
		if (M(x, idx[k])->kind == NCG_M_OFFICIAL && M(x, idx[k])->t0 >= from &&
		    M(x, idx[k])->t0 < end)
			return NCG_OK;
	for (size_t k = 0; ws && k < n; k++) {
		const ncg_mention *b = M(x, idx[k]);

		if (b->kind == NCG_M_BODY && b->t0 >= from && b->t0 < end)
			NCG_TRY(contribute(x, b, ws));
	}
	return NCG_OK;
}

/* The passive and noun frames of sentence s (up to 16 cues, each reading
 * to the next); *ncues is how many there were. */
static ncg_status
cue_frames(ex_ctx *x, uint32_t s, const size_t *idx, size_t n, size_t *ncues)
{
	size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1;
	size_t cues[16], from[16], nc = 0;

	for (size_t i = t0; i < t1 && nc < 16; i++)
		if (contribution_cue(x, i, &from[nc]) && !inside_workstream(x, idx, n, i))
			cues[nc++] = i;
	for (size_t c = 0; c < nc; c++)
		NCG_TRY(cue_contributors(x, idx, n, cues[c], from[c], c + 1 < nc ? cues[c + 1] : t1));
	*ncues = nc;
	return NCG_OK;
}

/* The first workstream of the sentence after token i. */
static const ncg_mention *
workstream_after(const ex_ctx *x, const size_t *idx, size_t n, size_t i)
{
	for (size_t k = 0; k < n; k++)
		if (M(x, idx[k])->kind == NCG_M_WORKSTREAM && M(x, idx[k])->t0 > i)
			return M(x, idx[k]);
	return NULL;
}

/* The crediting frame ("credits A and B with much of the progress on W")
 * and the active frame ("A and B support W"), at the first cue of the
 * sentence. */
static ncg_status
verb_frames(ex_ctx *x, uint32_t s, const size_t *idx, size_t n)
{
	size_t t1 = x->sent[s].t1;
	const ncg_mention *ws;

	for (size_t i = x->sent[s].t0; i < t1; i++) {
		if (in_list_ci(x, i, NCG_WL_CONTRIBUTION_CREDIT)) {
			size_t with = find_word(x, s, i + 1, (const char *const[]){"with", NULL});

			ws = with < t1 ? workstream_after(x, idx, n, with) : NULL;
			for (size_t k = 0; ws && k < n; k++)
				if (M(x, idx[k])->kind == NCG_M_BODY && M(x, idx[k])->t0 > i &&
				    M(x, idx[k])->t0 < with)
					NCG_TRY(contribute(x, M(x, idx[k]), ws));
			return NCG_OK;
		}
		/* fix135 (review115 1): "support for W", "the lead for W" is
		 * the noun; the verbs take an object or "to" */
		if (in_list_ci(x, i, NCG_WL_CONTRIBUTION_ACTIVE) && !tok_ieq(x, i + 1, "for")) {
			ws = workstream_after(x, idx, n, i);
			for (size_t k = 0; ws && k < n; k++)
				if (M(x, idx[k])->kind == NCG_M_BODY && M(x, idx[k])->t1 <= i)
					NCG_TRY(contribute(x, M(x, idx[k]), ws));
			return NCG_OK;
		}
	}
	return NCG_OK;
}

/* Bodies contributing to workstreams: the cue frames of a sentence, else
 * its verb frames. */
static ncg_status
contributions(ex_ctx *x)
{
	for (uint32_t s = 0; s < x->nsent; s++) {
		const size_t *idx;
		size_t n = ncg_mentions_in_sentence(x->ms, s, &idx), nc, k;

		/* every frame credits a workstream of the sentence: none, no
		 * frame, and its tokens are not read (speed only) */
		for (k = 0; k < n && M(x, idx[k])->kind != NCG_M_WORKSTREAM; k++)
			;
		if (k == n)
			continue;
		NCG_TRY(cue_frames(x, s, idx, n, &nc));
		if (!nc)
			NCG_TRY(verb_frames(x, s, idx, n));
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
		NCG_TRY(concept(x, a->type_key, NCG_LEX_ASSET_TYPE));
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
		NCG_TRY(concept(x, a->event.kind[k], NCG_LEX_EVENT_KIND));
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

/* Does the key already end with the year ("freedom-shield-24", "...-2024")? */
static int
key_has_year(const char *key, int y)
{
	char y4[8], y2[8];
	size_t n = strlen(key);

	snprintf(y4, sizeof y4, "-%04d", y);
	snprintf(y2, sizeof y2, "-%02d", y % 100);
	return (n > 5 && strcmp(key + n - 5, y4) == 0) || (n > 3 && strcmp(key + n - 3, y2) == 0);
}

/* An activity, with its mention.  One the statement dates is that year's
 * occurrence ("the trilateral Freedom Edge exercise in September":
 * activity/freedom-edge-2025), so that the dates of a recurring exercise
 * do not pile up on one node when statements of several years merge. */
static ncg_status
emit_activity(ex_ctx *x, const ncg_mention *m)
{
	const ncg_m_activity *a = &m->activity;
	int y = a->when.m ? resolve_year(x, &a->when, 0) : 0;
	const char *key = m->key;

	if (y && !key_has_year(m->key, y))
		NCG_TRY(ex_printf(x, &key, "%s-%04d", m->key, y));
	NCG_TRY(entity(x, key, NCG_C_ACTIVITY, m->name, NCG_LABEL_TEXT));
	if (a->type_key) {
		NCG_TRY(concept(x, a->type_key, NCG_LEX_ACTIVITY_KIND));
		NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_ACTIVITY_KIND, a->type_key));
	}
	if (a->acronym)
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, key, NCG_P_ACRONYM, a->acronym, NCG_DT_EN));
	if (y)
		NCG_TRY(month_literal(x, key, y, a->when.m));
	if (x->meeting)
		NCG_TRY(ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_ACTIVITY, key));
	return phrase(x, m->sent, m->t0, m->t1, key);
}

/* ---- the statement --------------------------------------------------------------------- */

/* A date YYYY-MM-DD into d[3]; 0 when it is not one. */
static int
parse_date(const char *s, int d[3])
{
	int y, m, dd;
	char rest;

	if (!s || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &dd, &rest) != 3 ||
	    y < 1 || m < 1 || m > 12 || dd < 1 || dd > ncg_days_in_month(y, m))
		return 0;
	d[0] = y;
	d[1] = m;
	d[2] = dd;
	return 1;
}

/* The publisher a saved page names (its site name): the body of that name
 * the statement mentions, else the lexicon's, else one of that name; a
 * body the statement does not mention is an org:Organization only.  Its
 * key in *out, NULL when the name gives none. */
static ncg_status
meta_publisher(ex_ctx *x, const char *name, const char **out)
{
	const ncg_lex_entry *e = ncg_lexicon_by_wording(x->lex, NCG_LEX_BODY, name, strlen(name));
	char want[512], have[512];
	const char *key = e ? e->key : NULL;

	*out = NULL;
	ncg_normal_form(x->lex, name, strlen(name), want, sizeof want);
	for (size_t i = 0; !key && *want && i < ncg_mentions_count(x->ms); i++) {
		const ncg_mention *m = M(x, i);

		if (m->kind != NCG_M_BODY || !m->key)
			continue;
		ncg_normal_form(x->lex, m->name, strlen(m->name), have, sizeof have);
		if (strcmp(want, have) == 0)
			key = m->key;
	}
	if (!key) {
		char slug[256];

		ncg_slug(name, strlen(name), slug, sizeof slug);
		if (!*slug)
			return NCG_OK;
		NCG_TRY(ex_printf(x, &key, "body/%s", slug));
	}
	if (!body_mentioned(x, key)) {
		NCG_TRY(ncg_facts_type(x->f, x->stmt, key, NCG_C_ORG_ORGANIZATION));
		NCG_TRY(ncg_facts_link(x->f, x->stmt, key, NCG_P_DERIVED_FROM, x->stmt));
		NCG_TRY(ncg_facts_label(x->f, x->stmt, key, e && e->label ? e->label : name,
		                        e && e->label ? NCG_LABEL_LEXICON : NCG_LABEL_TEXT));
	}
	*out = key;
	return NCG_OK;
}

/* The statement's title: the page's, else the head's title line (its
 * words are the statement's mention either way); without one, its label
 * is the file's name. */
static ncg_status
statement_title(ex_ctx *x, const ncg_head *h, const ncg_text_meta *meta)
{
	const char *title = NULL;

	if (h->has_title) {
		char *line;

		NCG_TRY(ex_text(x, h->title_b, h->title_e, &line));
		title = line;
		NCG_TRY(phrase_bytes(x, UINT32_MAX, h->title_b, h->title_e, x->stmt));
	}
	if (meta->title && *meta->title)
		NCG_TRY(fold_space(x, meta->title, strlen(meta->title), &title));
	if (title && *title) {
		NCG_TRY(ncg_facts_literal(x->f, x->stmt, x->stmt, NCG_P_TITLE_DC, title, NCG_DT_EN));
		NCG_TRY(ncg_facts_label(x->f, x->stmt, x->stmt, title, NCG_LABEL_TEXT));
	} else {
		NCG_TRY(ncg_facts_label(x->f, x->stmt, x->stmt, ncg_text_basename(x->text),
		                        NCG_LABEL_FALLBACK));
	}
	return NCG_OK;
}

/* What the statement is: its text, title, issue date, publisher and
 * source.  What the caller knows of it (ncg_text_meta: a saved page's
 * head, --source) is preferred to what the text's head suggests. */
static ncg_status
statement(ex_ctx *x)
{
	const ncg_head *h = ncg_mentions_head(x->ms);
	const ncg_text_meta *meta = ncg_text_meta_of(x->text);
	size_t n = ncg_text_cp_len(x->text);
	int issued[3] = {0, 0, 0};
	const char *publisher = NULL;

	NCG_TRY(ex_printf(x, &x->ctx, "%s#char=0,%zu", x->stmt, n));
	if (!(x->ctx = ncg_facts_intern(x->f, x->ctx)))
		return NCG_ERR_NOMEM;
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
	NCG_TRY(statement_title(x, h, meta));
	/* the issue date: the page's, else the head's or dateline's; it is
	 * also the date relative times resolve against */
	if (!parse_date(meta->issued, issued) && h->issued_y) {
		issued[0] = h->issued_y;
		issued[1] = h->issued_m;
		issued[2] = h->issued_d;
	}
	if (issued[0]) {
		NCG_TRY(date_literal(x, x->stmt, NCG_P_ISSUED, issued[0], issued[1], issued[2]));
		memcpy(x->anchor, issued, sizeof x->anchor);
	}
	if (meta->publisher && *meta->publisher)
		NCG_TRY(meta_publisher(x, meta->publisher, &publisher));
	if (!publisher && h->publisher && h->publisher->key)
		publisher = h->publisher->key;
	if (publisher)
		NCG_TRY(ncg_facts_link(x->f, x->stmt, x->stmt, NCG_P_PUBLISHER, publisher));
	/* where it was read: --source, or the page's canonical address */
	if (meta->source && ncg_iri_is_absolute(meta->source))
		NCG_TRY(ncg_facts_link(x->f, x->stmt, x->stmt, NCG_P_SOURCE, meta->source));
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

/* rules38: does body mention i end inside a longer body's name, its
 * first words ("the U.S. State Department Bureau of Intelligence and
 * Research", "the White House Space Council", "Japanese Foreign
 * Ministry's Asian and Oceanian Affairs Bureau")?  It names the longer
 * body, not one of its own. */
static int
inside_longer_body(const ex_ctx *x, size_t i)
{
	const ncg_mention *m = M(x, i);
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, m->sent, &idx);   /* overlaps share it */

	for (size_t j = 0; j < n; j++) {
		size_t k = idx[j];
		const ncg_mention *o = M(x, k);

		if (k != i && o->kind == NCG_M_BODY && o->key && o->t0 < m->t1 && m->t0 < o->t1 &&
		    m->t1 <= o->t1 && o->t1 - o->t0 > m->t1 - m->t0 && strcmp(o->key, m->key) != 0)
			return 1;
	}
	return 0;
}

static int unit_in_title(const ex_ctx *x, const ncg_mention *m);

/* rules253: is a word of tokens [a, b) a lex:buildingBodyHead ("Center")? */
static int
building_named(const ex_ctx *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (ex_wl(x, i, NCG_WL_BUILDING_BODY_HEAD))
			return 1;
	return 0;
}

/* rules253: is body mention i the parent a longer body's name opens with
 * a possessive ("officials from the Ministry of Defense's South Kanto
 * Defense Bureau", Asia City; "the South Korean Defense Ministry's Agency
 * for KIA Recovery"): the parent the text WRITES, of a body the text
 * names as its own (o is no unit of a title: "Director-General of the
 * Japanese Foreign Ministry's Asian and Oceanian Affairs Bureau" stays a
 * title's unit, and its parent with it), nor a site by a building's word
 * (lex:buildingBodyHead: "a visit to NASA's Goddard Space Flight Center"
 * names the site; its owner is no body of the visit).  It is a body of
 * the text too; never the state-level parents the lexicon implies. */
static int
written_possessive_parent(const ex_ctx *x, size_t i)
{
	const ncg_mention *m = M(x, i);
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, m->sent, &idx), lim = x->sent[m->sent].t1;

	if (!possessive_at(x, m->t1, lim))
		return 0;
	for (size_t j = 0; j < n; j++) {
		const ncg_mention *o = M(x, idx[j]);

		if (idx[j] != i && o->kind == NCG_M_BODY && o->key && o->t0 == m->t0 &&
		    o->t1 > m->t1 && o->body.part_of && strcmp(o->body.part_of, m->key) == 0 &&
		    !unit_in_title(x, o) && !building_named(x, m->t1, o->t1))
			return 1;
	}
	return 0;
}

/* rules65: is body mention m a third state's ("Japan's Cabinet",
 * "Japanese Cabinet"), its one state none of the alliance's
 * (lex:allianceState), named inside an official's title or right before
 * a title's head ("... Cabinet Intelligence Officer Hiroaki Takizawa",
 * "Japan's Cabinet intelligence director")?  Named only in a title, it
 * is optional in the gold (only the U.S. and ROK bodies a title names
 * are required): no body of its own, as unit_in_title. */
static int
third_state_in_title(const ex_ctx *x, const ncg_mention *m)
{
	const ncg_lex_entry *c;
	const size_t *idx;
	size_t n;

	if (!m->body.country[0] || m->body.country[1] ||
	    !(c = ncg_lexicon_by_key(x->lex, m->body.country[0])) || !c->label ||
	    ncg_lexicon_has_word(x->lex, NCG_WL_ALLIANCE_STATE, c->label, strlen(c->label)))
		return 0;
	for (size_t k = m->t1; k < x->sent[m->sent].t1 && k < m->t1 + 2; k++)
		if (in_list_ci(x, k, NCG_WL_TITLE_HEAD))
			return 1;
	n = ncg_mentions_in_sentence(x->ms, m->sent, &idx);
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *o = M(x, idx[k]);

		if (o->kind == NCG_M_OFFICIAL && o->official.title &&
		    o->official.title_t0 <= m->t0 && m->t1 <= o->official.title_t1)
			return 1;
	}
	return 0;
}

/* rules368: is body mention m a two-word lex:elidedOwnerHead name of no
 * state, no acronym ("Defence Force", "Public Service", "General
 * Staff"): a state's own service or staff, its state unsaid, the object
 * of "of (the)" after a title's head ("The Chief of the Defence Force,
 * Air Chief Marshal ...", "Head of Public Service Dr. ...")?  Not a
 * name in capitals (NCG_TF_UPPER: an acronym's letters). */
static int
elided_owner_form(const ex_ctx *x, const ncg_mention *m)
{
	size_t p = m->t0 > 0 && in_list_ci(x, m->t0 - 1, NCG_WL_DEFINITE_ARTICLE) ? m->t0 - 1 : m->t0;

	return m->t1 == m->t0 + 2 && !m->body.country[0] && !m->body.part_of && !m->body.acronym &&
	       !((x->tok[m->t0].flags | x->tok[m->t0 + 1].flags) & NCG_TF_UPPER) &&
	       ncg_lexicon_has_word(x->lex, NCG_WL_ELIDED_OWNER_HEAD, x->s + x->tok[m->t0].b,
	                            x->tok[m->t0 + 1].e - x->tok[m->t0].b) &&
	       p >= 2 && ex_wl(x, p - 1, NCG_WL_HEAD_OF) && ex_wl(x, p - 2, NCG_WL_TITLE_HEAD);
}

/* fix181 (review149 5): does a word in capitals of three or four
 * letters end with the initials of body mention m's two words ("The ADF
 * will host the exercise" for "Defence Force")?  The text's acronym
 * names the state's body. */
static int
acronym_resolves(const ex_ctx *x, const ncg_mention *m)
{
	char a = x->s[x->tok[m->t0].b], b = x->s[x->tok[m->t0 + 1].b];

	for (size_t i = 0; i < x->ntok; i++) {
		size_t n = x->tok[i].e - x->tok[i].b;
		const char *w = x->s + x->tok[i].b;

		if ((x->tok[i].flags & NCG_TF_UPPER) && (n == 3 || n == 4) && w[n - 2] == a &&
		    w[n - 1] == b)
			return 1;
	}
	return 0;
}

/* rules368: is body mention m a state's own service named in a title,
 * its state unsaid (elided_owner_form)?  fix181 (review149 4, 5): not
 * when another mention of its key names it otherwise ("The Australian
 * Defence Force will lead the exercise"), nor when the text's acronym
 * resolves it (acronym_resolves): the body the text names. */
static int
elided_owner_name(const ex_ctx *x, const ncg_mention *m)
{
	if (!elided_owner_form(x, m) || acronym_resolves(x, m))
		return 0;
	for (size_t i = 0; i < ncg_mentions_count(x->ms); i++) {
		const ncg_mention *o = M(x, i);

		if (o != m && o->kind == NCG_M_BODY && o->key && strcmp(o->key, m->key) == 0 &&
		    !elided_owner_form(x, o))
			return 0;
	}
	return 1;
}

/* rules38: is body mention m a ministry's unit (its first head word one
 * of lex:unitHead, "Bureau") named inside an official's title ("Yun
 * Hyun-soo, Director-General for Bureau of Climate Change, ...", "Eric
 * Desautels, Acting Deputy Assistant Secretary of the Bureau of Arms
 * Control")?  rules368: or a state's own service, its state unsaid
 * (elided_owner_name).  Named only inside a title (optional in the gold),
 * it is no body of its own; the recogniser keeps it, for the title's
 * words. */
static int
unit_in_title(const ex_ctx *x, const ncg_mention *m)
{
	size_t h = m->t0, n;
	const size_t *idx;

	if (third_state_in_title(x, m))
		return 1;
	while (h < m->t1 && !ex_wl(x, h, NCG_WL_BODY_HEAD))
		h++;
	/* rules58: or a department named by its portfolio (lex:portfolioWord)
	 * right before the title's head ("U.S. Treasury Secretary Janet
	 * Yellen"): the portfolio of the title */
	if (!(h < m->t1 && ex_wl(x, h, NCG_WL_UNIT_HEAD)) &&
	    !(m->t1 < x->ntok && ex_wl(x, m->t1 - 1, NCG_WL_PORTFOLIO_WORD) &&
	      ex_wl(x, m->t1, NCG_WL_TITLE_HEAD)) &&
	    !elided_owner_name(x, m))
		return 0;
	n = ncg_mentions_in_sentence(x->ms, m->sent, &idx);
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *o = M(x, idx[k]);

		if (o->kind == NCG_M_OFFICIAL && o->official.title && o->sent == m->sent &&
		    o->official.title_t0 <= m->t0 && m->t1 <= o->official.title_t1)
			return 1;
	}
	return 0;
}

/* rules38: the unit a title names (unit_in_title), which the title's
 * post and membership point to, or a body named only inside a longer
 * body's name, which that body is a sub-organisation of: an
 * org:Organization with its name, no ncg:Body (as a publisher the
 * statement does not mention). */
static ncg_status
title_unit(ex_ctx *x, const ncg_mention *m)
{
	NCG_TRY(ncg_facts_type(x->f, x->stmt, m->key, NCG_C_ORG_ORGANIZATION));
	NCG_TRY(ncg_facts_link(x->f, x->stmt, m->key, NCG_P_DERIVED_FROM, x->stmt));
	return ncg_facts_label(x->f, x->stmt, m->key, m->name, NCG_LABEL_TEXT);
}

/* rules65: title_unit, and a third state's body (third_state_in_title)
 * keeps its state and its parent ("the Japanese Foreign Ministry's
 * Asian and Oceanian Affairs Bureau" in a title). */
static ncg_status
third_state_unit(ex_ctx *x, const ncg_mention *m)
{
	NCG_TRY(title_unit(x, m));
	if (!third_state_in_title(x, m))
		return NCG_OK;
	NCG_TRY(link_countries(x, m->key, m->body.country));
	return link_parent(x, m);
}

/* rules91: is word token i written in a heading's case: a capital, then
 * a small letter ("Launch", "Points")? */
static int
heading_cap_word(const ex_ctx *x, size_t i)
{
	const char *w = x->s + x->tok[i].b;

	return x->tok[i].e - x->tok[i].b >= 3 && isupper((unsigned char)w[0]) &&
	       islower((unsigned char)w[1]);
}

/* rules91: is token i of sentence st inside a mention? */
static int
in_mention(const ex_ctx *x, uint32_t st, size_t i)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, st, &idx);

	for (size_t j = 0; j < n; j++)
		if (M(x, idx[j])->t0 <= i && i < M(x, idx[j])->t1)
			return 1;
	return 0;
}

/* rules91: the fewest letters of a word that a heading capitalises
 * (title_case_heading): shorter ones ("of", "on", "and", "for") it may
 * leave in small letters. */
enum { HEADING_CAPITALISED_MIN = 5 };

/* rules91: is body mention m named in a heading line in title case, no
 * running text ("S. Korea, US Launch Expert Group on Vaccine Partnership",
 * "Key Points: US-South Korea Military Logistics Talks on Defense
 * Cooperation")?  A line of one block that is no prose, with no word of
 * five letters or more in small letters, and a capitalised word that no
 * mention holds ("Launch", "Key Points"; not a list of bodies and
 * states): a heading capitalises every word, so its capitals name
 * nothing (as the headline's, bodies_outside_headline).  Not a
 * breadcrumb ("Home » U.S.-ROK Information and Communications Technology
 * Policy Forum 2023"): its items are pages' titles, the body's name. */
static int
title_case_heading(const ex_ctx *x, const ncg_mention *m)
{
	const ncg_block *blk = ncg_doc_blocks(x->doc) + x->sent[m->sent].block;
	int caps = 0;

	if (blk->prose || memchr(x->s + blk->b, '\n', blk->e - blk->b))
		return 0;
	for (uint32_t b = blk->b; b + 1 < blk->e; b++)
		if (x->s[b] == '\xc2' && x->s[b + 1] == '\xbb')
			return 0;       /* a breadcrumb's "»" */
	for (uint32_t st = blk->s0; st < blk->s1; st++)
		for (size_t i = x->sent[st].t0; i < x->sent[st].t1; i++) {
			const char *w = x->s + x->tok[i].b;
			size_t n = x->tok[i].e - x->tok[i].b;

			if (n >= HEADING_CAPITALISED_MIN && islower((unsigned char)w[0]))
				return 0;
			caps += heading_cap_word(x, i) && !in_mention(x, st, i);
		}
	return caps >= 1;
}

/* rules91: does body mention m's name hold a word of a venue's name
 * (lex:venueWord: "Alpensia Ski Jumping Center")?  A venue is no body. */
static int
venue_name(const ex_ctx *x, const ncg_mention *m)
{
	for (size_t i = m->t0; i < m->t1; i++)
		if (ex_wl(x, i, NCG_WL_VENUE_WORD))
			return 1;
	return 0;
}

/* rules118: is body mention m the sender or addressee of a declassified
 * record, named on its heading ("3. Telegram From the Embassy in Korea
 * to the Department of State")?  The sentence opens, after its number,
 * with a transmittal (lex:recordTransmittal), and the body follows it or
 * a preposition (lex:nounPreposition), an article between.  The record's
 * address is no body it reports (optional in the gold, or left out); a
 * body inside the sender's title ("From the Commander in Chief, United
 * Nations Command (Magruder)") stays. */
static int
record_address(const ex_ctx *x, const ncg_mention *m)
{
	size_t t0 = x->sent[m->sent].t0, t1 = x->sent[m->sent].t1, e, p = m->t0;

	if (t0 + 1 < t1 && x->tok[t0].kind == NCG_TOK_NUMBER && tok_is(x, t0 + 1, "."))
		t0 += 2;
	if (!(e = ncg_doc_wl_at(x->doc, x->lex, NCG_WL_RECORD_TRANSMITTAL, t0, t1)) || p < e)
		return 0;
	if (p > e && in_list_ci(x, p - 1, NCG_WL_DEFINITE_ARTICLE))
		p--;
	return p == e || in_list(x, p - 1, NCG_WL_NOUN_PREPOSITION);
}

/* The keys of bodies named outside the headline, and the described
 * meeting's series: a headline names, it creates no body. */
static ncg_status
bodies_outside_headline(ex_ctx *x, ncg_strmap *keys)
{
	for (size_t i = 0; i < ncg_mentions_count(x->ms); i++) {
		const ncg_mention *m = M(x, i);

		if (m->kind == NCG_M_BODY && m->key && !headline(x, m->sent) &&
		    !title_case_heading(x, m) && !venue_name(x, m) &&
		    (!inside_longer_body(x, i) || written_possessive_parent(x, i)) &&
		    !unit_in_title(x, m) && !record_address(x, m))
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

	if (st == NCG_OK)
		st = index_best_titles(x);
	x->own_bodies = bodies;
	for (size_t i = 0; st == NCG_OK && i < ncg_mentions_count(x->ms); i++) {
		const ncg_mention *m = M(x, i);

		if (m->kind == NCG_M_BODY && m->key && !ncg_strmap_get(bodies, m->key) &&
		    unit_in_title(x, m))
			st = third_state_unit(x, m);
		if (!m->key || (m->kind == NCG_M_BODY && !ncg_strmap_get(bodies, m->key)))
			continue;
		st = entity_mention(x, m);
	}
	x->own_bodies = NULL;
	ncg_strmap_free(bodies);
	return st;
}

/* rules95: is country key c one of the alliance's states
 * (lex:allianceState)?  -1 when unknown. */
static int
alliance_country(const ex_ctx *x, const char *c)
{
	return ncg_lexicon_label_in(x->lex, c, NCG_WL_ALLIANCE_STATE);
}

/* Is official o a party of the described meeting, in the sentence of
 * its list m: a subject of the principals' meeting verb (rules155), or,
 * when the lead sentence tells that meeting, any official before the
 * list (rules166: "A met with <Japan's> B ... to discuss X and Y"; a
 * later "met with" is one of a visit's meetings)? */
static int
meeting_party(const ex_ctx *x, const ncg_mention *m, const ncg_mention *o)
{
	if (m->sent != x->msent || !x->mverb)
		return 0;
	return o->t1 <= x->mverb || (x->mlead && o->t1 <= m->t0);
}

/* rules235: is official o a principal of the described meeting of
 * principals: a subject of its verb ("A and B met"), or the first
 * official after it ("A met with B"), in its clause?  One who is talks
 * as a party in any later sentence ("A met with <Philippine> B. ... A
 * and B also discussed X, Y, and Z"); another official met later is
 * not one ("A also met with <Japan's> C and discussed ...").  In the
 * meeting's own sentence meeting_party decides (rules166: outside the
 * lead a "met with" object may be one of a visit's meetings, rules95's
 * "Rose also met with ... Koguchi and discussed A, B, and C"). */
static int
meeting_principal(const ex_ctx *x, const ncg_mention *o)
{
	const ncg_meeting_cand *c = x->mprincipals;
	const size_t *idx;
	size_t n;

	if (!c || !o->key || o->sent <= c->sent)
		return 0;
	n = ncg_mentions_in_sentence(x->ms, c->sent, &idx);
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *p = M(x, idx[k]);

		if (p->kind != NCG_M_OFFICIAL || p->t0 < c->c0 || p->t1 > c->c1)
			continue;
		if (p->t0 >= c->t0)   /* the object: the first after the verb */
			return p->key && strcmp(p->key, o->key) == 0;
		if (p->key && strcmp(p->key, o->key) == 0)
			return 1;
	}
	return 0;
}

/* rules95: is workstream mention m discussed with a third state's
 * official: one named before it in its sentence, and officials of one
 * alliance state at most ("Rose also met with Japan Atomic Energy Agency
 * President Koguchi Masanori and discussed A, B, and C")?  Those are
 * another pair's talks, no agenda of the described meeting.  rules155:
 * the subjects of the described principals' own verb are its parties,
 * of any state ("Granholm and Minister ... HAGIUDA Koichi met in
 * Washington to discuss A, B, and C"): no third state (meeting_party). */
static int
third_state_talks(const ex_ctx *x, const ncg_mention *m)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, m->sent, &idx);
	const char *ally = NULL;
	int third = 0, both = 0;

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *o = M(x, idx[k]);
		int a;

		if (o->kind != NCG_M_OFFICIAL || !o->official.country ||
		    meeting_party(x, m, o) || meeting_principal(x, o))
			continue;
		a = alliance_country(x, o->official.country);
		if (a == 0 && o->t1 <= m->t0)
			third = 1;
		else if (a == 1 && ally && strcmp(ally, o->official.country) != 0)
			both = 1;
		else if (a == 1)
			ally = o->official.country;
	}
	return third && !both;
}

/* fix171 (review138 6): does a hedge at token i govern the talk of
 * workstream mention m: a verb of discussing (lex:discussFrame) after
 * it before m, no comma nor "and"/"but" before that verb ("it thought
 * the talks were useful, and the two sides discussed A" is the
 * ministry's view, then a fact)? */
static int
hedge_governs(const ex_ctx *x, size_t i, const ncg_mention *m)
{
	for (size_t k = i + 1; k < m->t0; k++) {
		if (in_list_ci(x, k, NCG_WL_DISCUSS_FRAME))
			return 1;
		if (tok_ieq(x, k, ",") || tok_ieq(x, k, "and") || tok_ieq(x, k, "but"))
			return 0;
	}
	return 0;
}

/* rules348: is workstream mention m's talk only surmised: a hedge of
 * the writer's before it in its sentence, governing it (hedge_governs):
 * lex:hedgedContentCue after an impersonal "it" at most three tokens
 * before ("Details of his activities ... are not known, but it's
 * believed the two sides discussed A and B", KBS), or, fix171 (review138
 * 6), before "to have" and a verb of discussing (lex:discussFrame: "the
 * two sides are believed to have discussed A"), as the hearsay of a
 * meeting (lex:hearsayRaising, lex:hearsayAdverb: "reportedly
 * discussed")?  No agenda the statement reports. */
static int
hedged_talks(const ex_ctx *x, const ncg_mention *m)
{
	size_t t0 = x->sent[m->sent].t0, e;

	for (size_t i = t0; i < m->t0; i++) {
		int h = 0;

		if (in_list_ci(x, i, NCG_WL_HEDGED_CONTENT_CUE)) {
			for (size_t k = i; k > t0 && i - k < 3; k--)
				h |= tok_ieq(x, k - 1, "it");
			h |= i + 3 < m->t0 && tok_ieq(x, i + 1, "to") && tok_ieq(x, i + 2, "have") &&
			     in_list_ci(x, i + 3, NCG_WL_DISCUSS_FRAME);
		}
		if ((e = ncg_doc_wl_at(x->doc, x->lex, NCG_WL_HEARSAY_RAISING, i, m->t0)) != 0 &&
		    in_list_ci(x, e, NCG_WL_DISCUSS_FRAME))
			h = 1;
		if (in_list_ci(x, i, NCG_WL_HEARSAY_ADVERB) && in_list_ci(x, i + 1, NCG_WL_DISCUSS_FRAME))
			h = 1;
		if (h && hedge_governs(x, i, m))
			return 1;
	}
	return 0;
}

/* rules325: is official o named in a sentence before its own (its key)? */
static int
named_before(const ex_ctx *x, const ncg_mention *o)
{
	for (uint32_t s = 0; s < o->sent; s++) {
		const size_t *idx;
		size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

		for (size_t k = 0; k < n; k++)
			if (M(x, idx[k])->kind == NCG_M_OFFICIAL && M(x, idx[k])->key &&
			    strcmp(M(x, idx[k])->key, o->key) == 0)
				return 1;
	}
	return 0;
}

/* rules322, rules325 (review124 1, 5): the object of another meeting's
 * verb before workstream mention m, after the described meeting's
 * sentence, when that meeting is one of principals (x->mprincipals: a
 * meeting named by a noun, "his talks with the defense and foreign
 * ministers", has its participants named after it, "Paparo (also) met
 * with Foreign Minister Cho Hyun and exchanged views on A and B", Korea
 * Herald: the visit's talks).  The verb is the first lower-case
 * lex:metVerb before m that opens no relative or participial clause: no
 * lex:subjectRelative or lex:perfectAuxiliary within three tokens
 * before it ("Yoon, who met ...", "Having met ...", "who had each met
 * ...": the subject's own past, not the clause m is in).  The object's
 * first token (after a lex:interlocutorPreposition), or 0; *v the verb.
 * rules160's later_event_mention judges an official after such a verb,
 * not a workstream. */
static size_t
other_meeting_object(const ex_ctx *x, const ncg_mention *m, size_t *v)
{
	size_t t0 = x->sent[m->sent].t0;

	if (!x->meeting || !x->mprincipals || m->sent == x->msent)
		return 0;
	for (*v = t0; *v + 1 < m->t0; (*v)++) {
		size_t k = *v > t0 + 3 ? *v - 3 : t0;

		if (!in_list(x, *v, NCG_WL_MET_VERB) || !(x->tok[*v].flags & NCG_TF_LOWER))
			continue;
		while (k < *v && !in_list(x, k, NCG_WL_SUBJECT_RELATIVE) &&
		       !in_list_ci(x, k, NCG_WL_PERFECT_AUX))
			k++;
		if (k == *v)
			return *v + 1 + (size_t)in_list(x, *v + 1, NCG_WL_INTERLOCUTOR_PREP);
	}
	return 0;
}

/* rules322 (review124 4): does token i name a principal of the described
 * meeting without an official's mention: a definite title noun ("the
 * minister": lex:definiteArticle, lex:titleHead) or the last word of an
 * official of the principals' clause ("also met with Doe")? */
static int
principal_named_at(const ex_ctx *x, size_t i)
{
	const ncg_meeting_cand *c = x->mprincipals;
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, c->sent, &idx), len = x->tok[i].e - x->tok[i].b;

	if (in_list_ci(x, i, NCG_WL_DEFINITE_ARTICLE) && in_list_ci(x, i + 1, NCG_WL_TITLE_HEAD))
		return 1;
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *p = M(x, idx[k]);
		const ncg_token *l = &x->tok[p->t1 - 1];

		if (p->kind == NCG_M_OFFICIAL && p->t0 >= c->c0 && p->t1 <= c->c1 &&
		    l->e - l->b == len && memcmp(x->s + l->b, x->s + x->tok[i].b, len) == 0)
			return 1;
	}
	return 0;
}

/* rules322, rules325: is workstream mention m discussed at another
 * meeting of a visit: the object of other_meeting_object's verb is an
 * official (the first after the verb, within six tokens, before m) who
 * is named there first and is no principal of the described meeting
 * (meeting_principal; "Parnpree also met US Commerce Secretary Gina
 * Raimondo to discuss ... A as well as B", "Separately, the minister met
 * Senator C to discuss A and B", The Nation), or, after "also"
 * (lex:additiveAdverb), no official and no principal_named_at ("I also
 * met with academics from the East-West Center ... for discussions on
 * A, B and C", an Australian minister's release; "Mr Dutton also met
 * with key senior ... advisers ... to discuss", Home Affairs)?  Those
 * are that meeting's talks, no agenda of the described one. */
static int
visit_meeting_talks(const ex_ctx *x, const ncg_mention *m)
{
	size_t v, o = other_meeting_object(x, m, &v), n;
	const size_t *idx;

	if (!o)
		return 0;
	n = ncg_mentions_in_sentence(x->ms, m->sent, &idx);
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *p = M(x, idx[k]);

		if (p->kind != NCG_M_OFFICIAL || p->t0 < o || !p->key)
			continue;
		if (p->t1 > m->t0 || p->t0 > v + 6)
			break;
		return !meeting_principal(x, p) && !named_before(x, p);
	}
	return v > x->sent[m->sent].t0 && in_list(x, v - 1, NCG_WL_ADDITIVE_ADVERB) &&
	       !principal_named_at(x, o);
}

/* rules254: is candidate c another meeting than the described one:
 * recalled (a reference cue, an earlier day ...) or dated another day? */
static int
other_meeting_cand(const ex_ctx *x, const ncg_meeting_cand *c)
{
	return ncg_meeting_cand_recalled(c) ||
	       (c->date[0] && x->mdate[0] && memcmp(c->date, x->mdate, sizeof x->mdate) != 0);
}

/* rules254: does sentence p hold a candidate that is another meeting
 * than the described one, and (fix90) none that is the described one:
 * the chosen candidate or one dated its day ("The ministers met again on
 * March 12 after a preparatory meeting on March 10. That dialogue
 * focused on ...": the described dialogue's)? */
static int
other_meeting_before(const ex_ctx *x, const ncg_meeting_decision *d, uint32_t p)
{
	int other = 0;

	for (size_t k = 0; k < d->n; k++) {
		const ncg_meeting_cand *c = &d->c[k];

		if (c->in_title || c->sent != p)
			continue;
		if ((long)k == d->chosen ||
		    (c->date[0] && x->mdate[0] && memcmp(c->date, x->mdate, sizeof x->mdate) == 0))
			return 0;
		other |= other_meeting_cand(x, c);
	}
	return other;
}

/* rules254: is workstream mention m of a list about a meeting the
 * sentence before names, not the described one?  Its sentence opens
 * with a lex:recallDemonstrative and a meeting noun, maybe after a
 * lex:settingPreposition ("That session focused on A, B, and C", "At
 * that meeting, ..."), and the sentence before (not the described
 * meeting's) holds another candidate that is another meeting ("The last
 * Defense Trilateral Talks occurred in Seoul on September 10, 2024.",
 * tri).  After the described meeting's own sentence "At that meeting"
 * is the described one (dprk-icbm): kept. */
static int
recalled_meeting_list(const ex_ctx *x, const ncg_mention *m)
{
	const ncg_meeting_decision *d = x->decision;
	uint32_t s = m->sent;
	size_t i;

	if (!d || d->chosen < 0 || s == 0 || s - 1 == x->msent)
		return 0;
	i = x->sent[s].t0;
	i += (size_t)in_list_ci(x, i, NCG_WL_SETTING_PREP);
	if (!in_list_ci(x, i, NCG_WL_RECALL_DEMONSTRATIVE) || !in_list_ci(x, i + 1, NCG_WL_MEETING_NOUN))
		return 0;
	return other_meeting_before(x, d, s - 1);
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
			if (!m->workstream.listed && document_name(x, m))
				return NCG_OK;
			NCG_TRY(emit_workstream(x, m));
			if (x->meeting && m->workstream.listed &&
			    (m->workstream.listed != NCG_LISTED_AGENDA || m->sent >= x->msent) &&
			    (!x->own_call || m->sent == x->msent) &&
			    !third_state_talks(x, m) && !recalled_meeting_list(x, m) &&
			    !visit_meeting_talks(x, m) && !hedged_talks(x, m))
				NCG_TRY(ncg_facts_link(x->f, x->stmt, x->meeting, NCG_P_WORKSTREAM, m->key));
			break;
		case NCG_M_ASSET: NCG_TRY(emit_asset(x, m)); break;
		case NCG_M_ACTIVITY: return emit_activity(x, m);   /* its own mention */
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
	/* the facts' copy: known as interned at every fact (speed only) */
	if (!(x->stmt = ncg_facts_intern(x->f, x->stmt)))
		return NCG_ERR_NOMEM;
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
	x.ntok = ncg_doc_ntokens(doc);
	x.wls = ncg_doc_wls(doc, lex);
	x.sent = ncg_doc_sentences(doc);
	x.nsent = ncg_doc_nsentences(doc);
	x.msent = UINT32_MAX;
	x.arena = ncg_arena_new();
	x.sent_key = calloc(x.nsent + 1, sizeof *x.sent_key);
	x.countries = ncg_strmap_new();
	x.best_titles = ncg_strmap_new();
	st = x.arena && x.sent_key && x.countries && x.best_titles ? extract(&x) : NCG_ERR_NOMEM;
	ncg_meeting_decision_free(x.decision);
	free(x.sent_key);
	ncg_strmap_free(x.countries);
	ncg_strmap_free(x.best_titles);
	ncg_arena_free(x.arena);
	if (st != NCG_OK)
		return ncg_error_set(err, st, ncg_text_name(ncg_doc_text(doc)), 0, 0, -1,
		                     "%s", ncg_strerror(st));
	return NCG_OK;
}

ncg_status
ncg_limits_check_mentions(const ncg_doc *doc, const ncg_mentions *ms,
                          size_t max_mentions, ncg_error *err)
{
	const char *name = ncg_text_name(ncg_doc_text(doc));
	size_t n = ncg_mentions_count(ms);

	if (max_mentions && n > max_mentions)
		return ncg_error_set(err, NCG_ERR_LIMIT,
		                     strcmp(name, "-") == 0 ? "<stdin>" : name, 0, 0, -1,
		                     "%zu entity mentions, more than %zu, the limit "
		                     "of a statement", n, max_mentions);
	return NCG_OK;
}

ncg_status
ncg_extract_text(const ncg_text *t, const ncg_lexicon *lex, ncg_facts *facts,
                 ncg_error *err)
{
	return ncg_extract_text_limited(t, lex, NULL, facts, err);
}

static const ncg_limits default_limits = {NCG_DEFAULT_MAX_BYTES, NCG_DEFAULT_MAX_MENTIONS};

ncg_status
ncg_extract_text_limited(const ncg_text *t, const ncg_lexicon *lex,
                         const ncg_limits *limits, ncg_facts *facts, ncg_error *err)
{
	ncg_doc *d = NULL;
	ncg_mentions *m = NULL;
	ncg_status st;

	if (!limits)
		limits = &default_limits;
	st = ncg_doc_new(t, lex, &d, err);
	if (st == NCG_OK)
		st = ncg_recognise(d, lex, &m, err);
	if (st == NCG_OK)
		st = ncg_limits_check_mentions(d, m, limits->max_mentions, err);
	if (st == NCG_OK)
		st = ncg_extract(d, m, lex, facts, err);
	ncg_mentions_free(m);
	ncg_doc_free(d);
	return st;
}

ncg_status
ncg_extract_file(const char *path, const ncg_lexicon *lex, ncg_facts *facts,
                 ncg_error *err)
{
	return ncg_extract_file_limited(path, lex, NULL, facts, err);
}

ncg_status
ncg_extract_file_limited(const char *path, const ncg_lexicon *lex,
                         const ncg_limits *limits, ncg_facts *facts, ncg_error *err)
{
	ncg_text *t = NULL;
	ncg_status st;

	if (!limits)
		limits = &default_limits;
	st = ncg_text_read_file_max(path, limits->max_bytes, &t, err);
	if (st == NCG_OK)
		st = ncg_extract_text_limited(t, lex, limits, facts, err);
	ncg_text_free(t);
	return st;
}
