/* ncgkg: what a drawing shows, built from facts (plain C).
 *
 * Linear in the facts: the triples come sorted by subject, so each
 * subject's triples are one range found through a map; mentions are
 * indexed by entity and by (entity, statement), so that the sentence
 * behind an edge is looked up among the few mentions in the statement that
 * says it, never among all of them.
 *
 * Bounded by what the drawing shows (issue 9): the facts arrive a batch
 * of statements at a time (ncg_view_input_add); each batch's mentions go
 * into the index at once, and only the triples a view reads are kept
 * (VIEW_PROPS), once each whatever their graphs (a role given by two
 * statements is one fact: its edge names the meeting once).  The NIF
 * phrases, words
 * and provenance that make most of an archive's facts are never held
 * beyond their batch. */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/arena.h"
#include "ncgkg/buf.h"
#include "ncgkg/lexicon.h"
#include "ncgkg/strmap.h"
#include "ncgkg/view.h"

/* One mention of an entity, read from its NIF phrase. */
typedef struct {
	const char *stmt;       /* the statement's key: the phrase key before '#' */
	const char *sentence;   /* the sentence's words, or NULL */
	const char *anchor;
	long begin;
} mention;

typedef struct {
	mention *v;
	size_t n, cap;
} mention_list;

/* Finished triples, sorted (the copies of a fact in several graphs are
 * adjacent), with each subject's first triple found through a map. */
typedef struct {
	const ncg_triple *d;
	size_t nd;
	ncg_strmap *subject;    /* key -> first triple of d + 1 */
} fact_index;

struct ncg_view_input {
	ncg_arena *arena;       /* the interned strings */
	ncg_strmap *strings;
	ncg_triple *t;          /* what views read; graph NULL */
	size_t nt, cap;
	size_t sorted;          /* t[0..sorted) is sorted and without duplicates */
	ncg_strmap *mentions;   /* entity key -> mention_list */
	ncg_strmap *mentions_in;/* "entity\x1fstatement" -> mention_list */
	unsigned char reads[NCG_P__COUNT];  /* VIEW_PROPS */
	int rank[NCG_P__COUNT];  /* each predicate's place in IRI order */
	const ncg_lexicon *lex; /* borrowed, for normal forms; may be NULL */
};

struct ncg_view {
	ncg_view_kind kind;
	ncg_arena *arena;
	const char *title;
	ncg_vnode *nodes;
	size_t nnodes, capnodes;
	ncg_vedge *edges;
	size_t nedges, capedges;
	ncg_vcluster *clusters;
	size_t nclusters, capclusters;
	ncg_strmap *node_ix;    /* id -> index + 1 */
	/* the facts, indexed */
	ncg_view_input *in;     /* owned */
	const ncg_triple *t;    /* in's triples, sorted, once each */
	size_t nt;
	fact_index fx;          /* over t */
	ncg_strmap *mentions;   /* in's */
	ncg_strmap *mentions_in;
	ncg_strmap *described;  /* meeting key -> the statement describing it */
	ncg_strmap *announced;  /* meeting key -> non-NULL when announced */
	ncg_strmap *edge_ix;    /* "from to kind", "from to role" -> edge index + 1 */
	const char *base;
	ncg_strmap *texts;      /* the lexicon's drawing texts: key -> text (arena) */
};

/* ---- reading the facts ---------------------------------------------------- */

/* The maps below hold an index + 1 as their value (0: absent). */
static size_t
ix_get(const ncg_strmap *m, const char *key)
{
	void *p = ncg_strmap_get(m, key);

	return (size_t)(uintptr_t)p;
}

/* Iterate over the distinct objects of (s, p): `for (it = first(..); it;
 * it = next(..))`, each step constant time after the first.  The copies
 * of a fact in several graphs are adjacent (sorted with the graph last):
 * each object comes once. */
typedef struct {
	const fact_index *x;
	size_t k;
	const char *s;
	ncg_prop p;
} obj_iter;

static const char *
obj_next(obj_iter *it)
{
	const fact_index *x = it->x;

	for (; it->k < x->nd && strcmp(x->d[it->k].s, it->s) == 0; it->k++) {
		size_t k = it->k;

		if (x->d[k].p != it->p)
			continue;
		if (k > 0 && x->d[k - 1].p == it->p && strcmp(x->d[k - 1].s, it->s) == 0 &&
		    strcmp(x->d[k - 1].o, x->d[k].o) == 0)
			continue;
		it->k++;
		return x->d[k].o;
	}
	return NULL;
}

static const char *
ix_first(obj_iter *it, const fact_index *x, const char *s, ncg_prop p)
{
	size_t k = ix_get(x->subject, s);

	it->x = x;
	it->s = s;
	it->p = p;
	it->k = k ? k - 1 : x->nd;
	return obj_next(it);
}

/* The i-th distinct object (literal or key) of (s, p), or NULL. */
static const char *
ix_object(const fact_index *x, const char *s, ncg_prop p, size_t nth)
{
	obj_iter it;

	for (const char *o = ix_first(&it, x, s, p); o; o = obj_next(&it))
		if (nth-- == 0)
			return o;
	return NULL;
}

static const char *
obj_first(obj_iter *it, const ncg_view *v, const char *s, ncg_prop p)
{
	return ix_first(it, &v->fx, s, p);
}

static const char *
object(const ncg_view *v, const char *s, ncg_prop p, size_t nth)
{
	return ix_object(&v->fx, s, p, nth);
}

/* x over t[0..n), sorted by subject. */
static ncg_status
index_init(fact_index *x, const ncg_triple *t, size_t n)
{
	x->d = t;
	x->nd = n;
	x->subject = ncg_strmap_new();
	if (!x->subject)
		return NCG_ERR_NOMEM;
	for (size_t k = 0; k < n; k++)
		if (k == 0 || strcmp(t[k - 1].s, t[k].s) != 0)
			NCG_TRY(ncg_strmap_put(x->subject, t[k].s, (void *)(uintptr_t)(k + 1)));
	return NCG_OK;
}

static int
has_type(const ncg_view *v, const char *s, ncg_class c)
{
	obj_iter it;

	for (const char *o = obj_first(&it, v, s, NCG_P_TYPE); o; o = obj_next(&it))
		if (!strcmp(o, ncg_class_iri(c)))
			return 1;
	return 0;
}

/* ---- the input, a batch at a time ----------------------------------------- */

/* What the views read: these properties (and the NIF phrases, which
 * become mentions), and rdf:type only for these classes.  A view that
 * reads another property or class must name it here. */
static const ncg_prop VIEW_PROPS[] = {
	NCG_P_ACRONYM, NCG_P_ACTIVITY, NCG_P_ASSET, NCG_P_CHAIR, NCG_P_CONTRIBUTES_TO,
	NCG_P_CONVENER, NCG_P_COUNTRY, NCG_P_CO_CHAIR, NCG_P_DATE, NCG_P_DELEGATION_LEAD,
	NCG_P_DESCRIBES, NCG_P_DISCUSSION_LEAD, NCG_P_HAS_BEGINNING, NCG_P_HAS_END,
	NCG_P_HELD_IN, NCG_P_IN_XSD_DATE, NCG_P_LABEL, NCG_P_MEETING_OF, NCG_P_MEMBER_OF,
	NCG_P_MONTH, NCG_P_NEXT_MEETING, NCG_P_ORDINAL, NCG_P_PARTICIPANT, NCG_P_PART_OF,
	NCG_P_PLANNED_PLACE, NCG_P_PLANNED_TIME, NCG_P_PLANNED_TIME_TEXT,
	NCG_P_REVIEWED_EVENT, NCG_P_TITLE, NCG_P_TYPE, NCG_P_WORKSTREAM,
};
static const ncg_class VIEW_CLASSES[] = {
	NCG_C_ACTIVITY, NCG_C_BODY, NCG_C_COUNTRY, NCG_C_MEETING, NCG_C_OFFICIAL,
	NCG_C_VISIBILITY_EVENT, NCG_C_WORKSTREAM,
};

static int
view_reads(const ncg_view_input *in, const ncg_triple *t)
{
	if (!in->reads[t->p])
		return 0;
	if (t->p != NCG_P_TYPE)
		return 1;
	for (size_t c = 0; c < sizeof VIEW_CLASSES / sizeof VIEW_CLASSES[0]; c++)
		if (!strcmp(t->o, ncg_class_iri(VIEW_CLASSES[c])))
			return 1;
	return 0;
}

/* The order of finished facts (ncg_facts_finish): subject, predicate
 * IRI, object, graph (always NULL here); p_rank holds the predicates'
 * IRI order. */
static const int *p_rank;

static int
cmp_fact(const void *a, const void *b)
{
	const ncg_triple *x = a, *y = b;
	int c = x->s == y->s ? 0 : strcmp(x->s, y->s);

	if (c)
		return c;
	if (x->p != y->p)
		return p_rank[x->p] - p_rank[y->p];
	if (x->literal != y->literal)
		return x->literal - y->literal;
	c = x->o == y->o ? 0 : strcmp(x->o, y->o);
	if (c)
		return c;
	if (x->dt != y->dt)
		return (int)x->dt - (int)y->dt;
	return x->g == y->g ? 0 : !x->g ? -1 : !y->g ? 1 : strcmp(x->g, y->g);
}

static int
cmp_prop_iri(const void *a, const void *b)
{
	return strcmp(ncg_prop_iri(*(const ncg_prop *)a), ncg_prop_iri(*(const ncg_prop *)b));
}

/* Sort the triples and keep each once. */
static void
compact(ncg_view_input *in)
{
	size_t j = 0;

	p_rank = in->rank;
	if (in->nt > 1)
		qsort(in->t, in->nt, sizeof *in->t, cmp_fact);
	for (size_t i = 0; i < in->nt; i++)
		if (j == 0 || cmp_fact(&in->t[j - 1], &in->t[i]) != 0)
			in->t[j++] = in->t[i];
	in->nt = in->sorted = j;
}

void
ncg_view_input_set_lexicon(ncg_view_input *in, const ncg_lexicon *lex)
{
	if (in)
		in->lex = lex;
}

ncg_view_input *
ncg_view_input_new(void)
{
	ncg_view_input *in = calloc(1, sizeof *in);
	ncg_prop order[NCG_P__COUNT];

	if (!in)
		return NULL;
	in->arena = ncg_arena_new();
	in->strings = ncg_strmap_new();
	in->mentions = ncg_strmap_new();
	in->mentions_in = ncg_strmap_new();
	if (!in->arena || !in->strings || !in->mentions || !in->mentions_in) {
		ncg_view_input_free(in);
		return NULL;
	}
	for (size_t i = 0; i < sizeof VIEW_PROPS / sizeof VIEW_PROPS[0]; i++)
		in->reads[VIEW_PROPS[i]] = 1;
	for (int p = 0; p < NCG_P__COUNT; p++)
		order[p] = (ncg_prop)p;
	qsort(order, NCG_P__COUNT, sizeof *order, cmp_prop_iri);
	for (int r = 0; r < NCG_P__COUNT; r++)
		in->rank[order[r]] = r;
	return in;
}

static void
free_lists(ncg_strmap *m)
{
	for (size_t i = 0; m && i < ncg_strmap_count(m); i++)
		free(((mention_list *)ncg_strmap_value_at(m, i))->v);
	ncg_strmap_free(m);
}

void
ncg_view_input_free(ncg_view_input *in)
{
	if (!in)
		return;
	free_lists(in->mentions);
	free_lists(in->mentions_in);
	ncg_strmap_free(in->strings);
	ncg_arena_free(in->arena);
	free(in->t);
	free(in);
}

/* s, kept for the whole input: one copy per string. */
static const char *
intern(ncg_view_input *in, const char *s)
{
	const char *v = ncg_strmap_get(in->strings, s);
	char *copy;

	if (v)
		return v;
	copy = ncg_arena_strdup(in->arena, s);
	if (!copy || ncg_strmap_put(in->strings, s, copy) != NCG_OK)
		return NULL;
	return copy;
}

/* A batch's string s, kept for the whole input: one copy per batch
 * string (a batch's strings are interned, one pointer per string), for
 * the long ones (sentences) that other batches do not repeat. */
static const char *
batch_copy(ncg_view_input *in, ncg_strmap *seen, const char *s)
{
	const char *c = ncg_strmap_getn(seen, (const char *)&s, sizeof s);

	if (c)
		return c;
	c = ncg_arena_strdup(in->arena, s);
	if (!c || ncg_strmap_putn(seen, (const char *)&s, sizeof s, (void *)c) != NCG_OK)
		return NULL;
	return c;
}

/* The mention list of a key in m, made if new, in *out. */
static ncg_status
list_for(ncg_view_input *in, ncg_strmap *m, const char *key, mention_list **out)
{
	mention_list *l = ncg_strmap_get(m, key);

	if (!l) {
		l = ncg_arena_alloc(in->arena, sizeof *l);
		if (!l)
			return NCG_ERR_NOMEM;
		NCG_TRY(ncg_strmap_put(m, key, l));
		memset(l, 0, sizeof *l);
	}
	*out = l;
	return NCG_OK;
}

static ncg_status
list_add(mention_list *l, const mention *m)
{
	void *arr = l->v;

	NCG_TRY(ncg_grow(&arr, &l->cap, l->n + 1, sizeof *l->v));
	l->v = arr;
	l->v[l->n++] = *m;
	return NCG_OK;
}

/* A mention of entity t->o from its phrase t->s (facts of the batch x),
 * in both indexes. */
static ncg_status
index_mention(ncg_view_input *in, const fact_index *x, ncg_strmap *seen,
              const ncg_triple *t, ncg_buf *key)
{
	mention_list *l, *li;
	mention m;
	const char *hash = strchr(t->s, '#'), *anchor, *b, *sent;

	anchor = ix_object(x, t->s, NCG_P_NIF_ANCHOR_OF, 0);
	if (!anchor)
		return NCG_OK;
	if (!(m.anchor = batch_copy(in, seen, anchor)))
		return NCG_ERR_NOMEM;
	ncg_buf_reset(key);
	ncg_buf_append(key, t->s, hash ? (size_t)(hash - t->s) : strlen(t->s));
	NCG_TRY(key->status);
	if (!(m.stmt = intern(in, ncg_buf_str(key))))
		return NCG_ERR_NOMEM;
	b = ix_object(x, t->s, NCG_P_NIF_BEGIN, 0);
	m.begin = b ? atol(b) : 0;
	sent = ix_object(x, t->s, NCG_P_NIF_SENTENCE, 0);
	sent = sent ? ix_object(x, sent, NCG_P_NIF_ANCHOR_OF, 0) : NULL;
	m.sentence = NULL;
	if (sent && !(m.sentence = batch_copy(in, seen, sent)))
		return NCG_ERR_NOMEM;
	ncg_buf_reset(key);
	ncg_buf_puts(key, t->o);
	ncg_buf_putc(key, '\x1f');
	ncg_buf_puts(key, m.stmt);
	NCG_TRY(key->status);
	NCG_TRY(list_for(in, in->mentions, t->o, &l));
	NCG_TRY(list_for(in, in->mentions_in, ncg_buf_str(key), &li));
	NCG_TRY(list_add(l, &m));
	return list_add(li, &m);
}

/* Keep what views read of t[0..n). */
static ncg_status
keep(ncg_view_input *in, const ncg_triple *t, size_t n)
{
	const ncg_triple *last = NULL;

	for (size_t k = 0; k < n; k++) {
		ncg_triple c;
		void *arr = in->t;

		if (!view_reads(in, &t[k]))
			continue;
		/* the copies in several graphs are adjacent */
		if (last && last->s == t[k].s && last->p == t[k].p && last->o == t[k].o &&
		    last->literal == t[k].literal && last->dt == t[k].dt)
			continue;
		last = &t[k];
		c = t[k];
		c.g = NULL;
		c.s = intern(in, t[k].s);
		c.o = intern(in, t[k].o);
		if (!c.s || !c.o)
			return NCG_ERR_NOMEM;
		NCG_TRY(ncg_grow(&arr, &in->cap, in->nt + 1, sizeof *in->t));
		in->t = arr;
		in->t[in->nt++] = c;
	}
	/* the same facts again from each statement (a country's type): kept
	 * at most twice as many as there are distinct ones */
	if (in->nt >= 65536 && in->nt >= 2 * in->sorted)
		compact(in);
	return NCG_OK;
}

ncg_status
ncg_view_input_add(ncg_view_input *in, const ncg_triple *t, size_t n)
{
	fact_index x;
	ncg_strmap *seen = ncg_strmap_new();
	ncg_buf key;
	ncg_status st;

	ncg_buf_init(&key);
	st = seen ? index_init(&x, t, n) : NCG_ERR_NOMEM;
	/* mentions: phrases naming an entity */
	for (size_t k = 0; k < n && st == NCG_OK; k++) {
		if (t[k].p != NCG_P_TA_IDENT_REF || t[k].literal)
			continue;
		if (k > 0 && t[k - 1].p == t[k].p && !strcmp(t[k - 1].s, t[k].s) &&
		    !strcmp(t[k - 1].o, t[k].o))
			continue;
		st = index_mention(in, &x, seen, &t[k], &key);
	}
	if (st == NCG_OK)
		st = keep(in, t, n);
	ncg_buf_free(&key);
	ncg_strmap_free(seen);
	if (seen)
		ncg_strmap_free(x.subject);
	return st;
}

/* The facts and their indexes, for building. */
static ncg_status
index_facts(ncg_view *v)
{
	v->described = ncg_strmap_new();
	v->announced = ncg_strmap_new();
	v->edge_ix = ncg_strmap_new();
	if (!v->described || !v->announced || !v->edge_ix)
		return NCG_ERR_NOMEM;
	compact(v->in);
	v->t = v->in->t;
	v->nt = v->in->nt;
	v->mentions = v->in->mentions;
	v->mentions_in = v->in->mentions_in;
	NCG_TRY(index_init(&v->fx, v->t, v->nt));
	for (size_t k = 0; k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];

		/* the first statement (by key) describing a meeting */
		if (t->p == NCG_P_DESCRIBES && !t->literal && !ncg_strmap_get(v->described, t->o))
			NCG_TRY(ncg_strmap_put(v->described, t->o, (void *)t->s));
		if (t->p == NCG_P_NEXT_MEETING && !t->literal)
			NCG_TRY(ncg_strmap_put(v->announced, t->o, (void *)t->s));
	}
	return NCG_OK;
}
static const mention_list *
mentions_in(const ncg_view *v, const char *entity, const char *stmt)
{
	char small[512];
	size_t a = strlen(entity), b = strlen(stmt);

	if (a + b + 2 > sizeof small)
		return NULL;
	memcpy(small, entity, a);
	small[a] = '\x1f';
	memcpy(small + a + 1, stmt, b + 1);
	return ncg_strmap_get(v->mentions_in, small);
}

static int
before(const mention *a, const mention *b)
{
	int c = strcmp(a->stmt, b->stmt);

	return c < 0 || (c == 0 && a->begin < b->begin);
}

/* The first mention of an entity: smallest statement key, then offset. */
static const mention *
first_mention(const ncg_view *v, const char *entity)
{
	const mention_list *l = ncg_strmap_get(v->mentions, entity);
	const mention *best = NULL;

	for (size_t i = 0; l && i < l->n; i++)
		if (!best || before(&l->v[i], best))
			best = &l->v[i];
	return best;
}

/* A sentence that mentions both entities, or NULL: in statement `stmt`,
 * else in the first statement (by key) that has one; within a statement,
 * the one where either is first mentioned.  Symmetric in a and b, and the
 * same for facts read from text or from RDF (which may carry no graphs). */
static const char *
shared_sentence(const ncg_view *v, const char *a, const char *b, const char *stmt)
{
	const mention *best = NULL;
	long best_at = 0;

	if (!stmt) {
		const mention_list *la = ncg_strmap_get(v->mentions, a);
		const mention_list *lb = ncg_strmap_get(v->mentions, b);
		const char *found = NULL;

		if (!la || !lb)
			return NULL;
		if (lb->n < la->n)
			la = lb;       /* look through the shorter list's statements */
		for (size_t i = 0; i < la->n; i++)
			if ((!found || strcmp(la->v[i].stmt, found) < 0) &&
			    shared_sentence(v, a, b, la->v[i].stmt))
				found = la->v[i].stmt;
		return found ? shared_sentence(v, a, b, found) : NULL;
	}
	{
		const mention_list *la = mentions_in(v, a, stmt);
		const mention_list *lb = mentions_in(v, b, stmt);

		for (size_t i = 0; la && lb && i < la->n; i++)
			for (size_t j = 0; j < lb->n; j++) {
				long at = la->v[i].begin < lb->v[j].begin ? la->v[i].begin : lb->v[j].begin;

				if (la->v[i].sentence && lb->v[j].sentence &&
				    !strcmp(la->v[i].sentence, lb->v[j].sentence) && (!best || at < best_at)) {
					best = &la->v[i];
					best_at = at;
				}
			}
	}
	return best ? best->sentence : NULL;
}

/* The sentence that says something of `b` in statement `stmt`: one that
 * names both a and b, else the first that names b; NULL without stmt. */
static const char *
sentence_of(const ncg_view *v, const char *a, const char *b, const char *stmt)
{
	const char *s = shared_sentence(v, a, b, stmt);
	const mention_list *l = stmt && !s ? mentions_in(v, b, stmt) : NULL;
	const mention *best = NULL;

	for (size_t i = 0; l && i < l->n; i++)
		if (l->v[i].sentence && (!best || l->v[i].begin < best->begin))
			best = &l->v[i];
	return s ? s : best ? best->sentence : NULL;
}

/* ---- building ---------------------------------------------------------------- */

/* A string in the view's arena, in *out. */
static ncg_status view_printf(ncg_view *v, const char **out, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static ncg_status
view_printf(ncg_view *v, const char **out, const char *fmt, ...)
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
	p = ncg_arena_alloc(v->arena, (size_t)n + 1);
	if (!p)
		return NCG_ERR_NOMEM;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	*out = p;
	return NCG_OK;
}

const char *
ncg_view_text(const ncg_view *v, const char *key)
{
	const char *t = v->texts ? ncg_strmap_get(v->texts, key) : NULL;

	return t ? t : key;
}

const char *
ncg_view_month(const ncg_view *v, int month)
{
	static const char *const KEY[] = {
		"drawing/month/01", "drawing/month/02", "drawing/month/03", "drawing/month/04",
		"drawing/month/05", "drawing/month/06", "drawing/month/07", "drawing/month/08",
		"drawing/month/09", "drawing/month/10", "drawing/month/11", "drawing/month/12"};

	return month >= 1 && month <= 12 ? ncg_view_text(v, KEY[month - 1]) : "";
}

/* The text of key with its placeholder `ph` ("{meeting}") replaced by
 * value, in *out; a text without it is taken as it is. */
static ncg_status
view_fill(ncg_view *v, const char *key, const char *ph, const char *value, const char **out)
{
	const char *t = ncg_view_text(v, key), *at = strstr(t, ph);

	if (!at)
		return view_printf(v, out, "%s", t);
	return view_printf(v, out, "%.*s%s%s", (int)(at - t), t, value, at + strlen(ph));
}

/* The lexicon's drawing texts, copied: the lexicon need not outlive the
 * view (the drawing is made after it is freed). */
static ncg_status
copy_texts(ncg_view *v, const ncg_lexicon *lex)
{
	if (!lex)
		return NCG_OK;
	if (!(v->texts = ncg_strmap_new()))
		return NCG_ERR_NOMEM;
	for (size_t i = 0; i < ncg_lexicon_ntexts(lex); i++) {
		const char *key, *text = ncg_lexicon_text_at(lex, i, &key);
		char *copy = ncg_arena_strdup(v->arena, text);

		if (!copy)
			return NCG_ERR_NOMEM;
		NCG_TRY(ncg_strmap_put(v->texts, key, copy));
	}
	return NCG_OK;
}

static int
http_iri(const char *s)
{
	return !strncmp(s, "https://", 8) || !strncmp(s, "http://", 7);
}

/* A node's link, in *out: its IRI when that is http(s); never another
 * scheme (a subject "javascript:..." must not become a link): NULL. */
static ncg_status
href(ncg_view *v, const char *key, const char **out)
{
	const char *iri = key;

	*out = NULL;
	if (!ncg_key_is_iri(key))
		NCG_TRY(view_printf(v, &iri, "%s%s", v->base, key));
	if (http_iri(iri))
		*out = iri;
	return NCG_OK;
}

/* The node of an entity, added if new; its index in *at. */
static ncg_status
add_node(ncg_view *v, const char *id, ncg_vnode_kind kind, const char *cluster, long *at)
{
	void *arr = v->nodes;
	size_t have = ix_get(v->node_ix, id);
	ncg_vnode *n;
	const mention *m;

	if (have) {
		*at = (long)have - 1;
		return NCG_OK;
	}
	NCG_TRY(ncg_grow(&arr, &v->capnodes, v->nnodes + 1, sizeof *v->nodes));
	v->nodes = arr;
	NCG_TRY(ncg_strmap_put(v->node_ix, id, (void *)(uintptr_t)(v->nnodes + 1)));
	n = &v->nodes[v->nnodes];
	memset(n, 0, sizeof *n);
	n->id = id;
	n->kind = kind;
	n->cluster = cluster;
	n->label = object(v, id, NCG_P_LABEL, 0);
	if (!n->label) {
		const char *slash = strrchr(id, '/');

		n->label = slash && slash[1] ? slash + 1 : id;
	}
	NCG_TRY(href(v, id, &n->href));
	m = first_mention(v, id);
	n->tooltip = m && m->sentence ? m->sentence : NULL;
	*at = (long)v->nnodes++;
	return NCG_OK;
}

static long
node_at(const ncg_view *v, const char *id)
{
	return (long)ix_get(v->node_ix, id) - 1;
}

/* A label given again to an edge: joined to the edge's with "; ", or,
 * the same role at another meeting, its meeting added ("co-chair, 1st NCG
 * meeting, 5th NCG meeting"). */
static ncg_status
join_label(ncg_view *v, ncg_vedge *e, const char *label, const char *tooltip)
{
	const char *comma = label ? strchr(label, ',') : NULL;

	if (label && e->label && !strstr(e->label, label)) {
		if (e->kind == NCG_VE_ROLE && comma &&
		    !strncmp(e->label, label, (size_t)(comma - label + 1)))
			NCG_TRY(view_printf(v, &e->label, "%s,%s", e->label, comma + 1));
		else
			NCG_TRY(view_printf(v, &e->label, "%s; %s", e->label, label));
	}
	if (!e->tooltip)
		e->tooltip = tooltip;
	return NCG_OK;
}

/* Add an edge once per (from, to, kind); a label given again that differs
 * is joined to the first.  An official has one edge to a body: Graphviz
 * 2.42's dot aborts on some graphs where a role edge and a member-of edge,
 * neither constraining the ranks, run side by side between the same two
 * nodes (class2.c, merge_chain), and a role held at the body's meeting says
 * more than the membership, so the role edge takes the member-of edge's
 * place (the facts keep both).  A negative index: no edge. */
static ncg_status
add_edge(ncg_view *v, long from, long to, ncg_vedge_kind kind, const char *label,
         const char *tooltip)
{
	void *arr = v->edges;
	char key[64], pair[64] = "";
	size_t have;

	if (from < 0 || to < 0)
		return NCG_OK;
	snprintf(key, sizeof key, "%ld %ld %d", from, to, (int)kind);
	if ((have = ix_get(v->edge_ix, key)))
		return join_label(v, &v->edges[have - 1], label, tooltip);
	if (kind == NCG_VE_ROLE || kind == NCG_VE_MEMBER_OF)
		snprintf(pair, sizeof pair, "%ld %ld role", from, to);
	if (*pair && (have = ix_get(v->edge_ix, pair))) {
		ncg_vedge *e = &v->edges[have - 1];

		if (kind == NCG_VE_MEMBER_OF)
			return NCG_OK;
		*e = (ncg_vedge){(size_t)from, (size_t)to, kind, label,
		                 tooltip ? tooltip : e->tooltip, 0};
		return ncg_strmap_put(v->edge_ix, key, (void *)(uintptr_t)have);
	}
	NCG_TRY(ncg_grow(&arr, &v->capedges, v->nedges + 1, sizeof *v->edges));
	v->edges = arr;
	NCG_TRY(ncg_strmap_put(v->edge_ix, key, (void *)(uintptr_t)(v->nedges + 1)));
	if (*pair)
		NCG_TRY(ncg_strmap_put(v->edge_ix, pair, (void *)(uintptr_t)(v->nedges + 1)));
	v->edges[v->nedges++] = (ncg_vedge){(size_t)from, (size_t)to, kind, label, tooltip, 0};
	return NCG_OK;
}

/* A cluster, added if new; its id in *out. */
static ncg_status
add_cluster(ncg_view *v, const char *id, const char *label, int states, const char *parent,
            const char **out)
{
	void *arr = v->clusters;

	for (size_t i = 0; i < v->nclusters; i++)
		if (!strcmp(v->clusters[i].id, id)) {
			*out = v->clusters[i].id;
			return NCG_OK;
		}
	NCG_TRY(ncg_grow(&arr, &v->capclusters, v->nclusters + 1, sizeof *v->clusters));
	v->clusters = arr;
	v->clusters[v->nclusters++] = (ncg_vcluster){id, label, states, parent};
	*out = id;
	return NCG_OK;
}

/* The cluster of a body or official: the set of states it belongs to,
 * named by the states' own labels ("Republic of Korea"), or acronyms for
 * a combined body ("Combined ROK\xE2\x80\x93U.S."); its id in *out. */
static ncg_status
state_cluster(ncg_view *v, const char *key, const char **out)
{
	const char *c[8], *cid, *clabel;
	int n = 0, acr = 1;
	char id[512] = "cluster", label[512] = "";
	obj_iter it;

	for (const char *o = obj_first(&it, v, key, NCG_P_COUNTRY); o && n < 8; o = obj_next(&it))
		c[n++] = o;
	if (n == 0)
		return add_cluster(v, "cluster_unknown", ncg_view_text(v, "drawing/cluster/no-state"),
		                   0, NULL, out);
	for (int k = 0; k < n; k++) {
		const char *tail = strrchr(c[k], '/') ? strrchr(c[k], '/') + 1 : c[k];

		snprintf(id + strlen(id), sizeof id - strlen(id), "_%s", tail);
		acr &= object(v, c[k], NCG_P_ACRONYM, 0) != NULL;
	}
	for (int k = 0; k < n; k++) {
		const char *name = n > 1 && acr ? object(v, c[k], NCG_P_ACRONYM, 0)
		                                : object(v, c[k], NCG_P_LABEL, 0);

		if (!name)
			name = strrchr(c[k], '/') ? strrchr(c[k], '/') + 1 : c[k];
		snprintf(label + strlen(label), sizeof label - strlen(label), "%s%s",
		         k ? "\xE2\x80\x93" : "", name);
	}
	NCG_TRY(view_printf(v, &cid, "%s", id));
	if (n > 1)
		NCG_TRY(view_fill(v, "drawing/cluster/combined", "{states}", label, &clabel));
	else
		NCG_TRY(view_printf(v, &clabel, "%s", label));
	return add_cluster(v, cid, clabel, n, NULL, out);
}

/* A body's node, its acronym below its name where the name lacks it; its
 * index in *at. */
static ncg_status
body_node(ncg_view *v, const char *key, const char *cluster, long *at)
{
	const char *acr = object(v, key, NCG_P_ACRONYM, 0);

	NCG_TRY(add_node(v, key, NCG_VN_BODY, cluster, at));
	if (acr && !strstr(v->nodes[*at].label, acr))
		v->nodes[*at].sublabel = acr;
	return NCG_OK;
}

/* Meeting roles, and how a drawing names them (presentation, not
 * vocabulary: the facts hold the properties). */
static const struct {
	ncg_prop prop;
	const char *text;       /* key of its name in the lexicon's drawing texts */
} ROLES[] = {
	{NCG_P_CO_CHAIR, "drawing/role/co-chair"}, {NCG_P_CHAIR, "drawing/role/chair"},
	{NCG_P_CONVENER, "drawing/role/convener"},
	{NCG_P_DISCUSSION_LEAD, "drawing/role/discussion-lead"},
	{NCG_P_DELEGATION_LEAD, "drawing/role/delegation-lead"},
};
enum { NROLES = sizeof ROLES / sizeof ROLES[0] };

static const char *
role_name(const ncg_view *v, ncg_prop p)
{
	for (size_t r = 0; r < NROLES; r++)
		if (ROLES[r].prop == p)
			return ncg_view_text(v, ROLES[r].text);
	return NULL;
}

/* Does the data give official o a named role in meeting m?  ncg:participant
 * is written beside every named role (the super-property, for queries
 * without inference); a drawing shows it only where it stands alone. */
static int
has_named_role(const ncg_view *v, const char *m, const char *o)
{
	obj_iter it;

	for (size_t r = 0; r < NROLES; r++)
		for (const char *x = obj_first(&it, v, m, ROLES[r].prop); x; x = obj_next(&it))
			if (strcmp(x, o) == 0)
				return 1;
	return 0;
}

/* An official's second line: honorific and title. */
static void
official_details(ncg_view *v, long n)
{
	v->nodes[n].sublabel = object(v, v->nodes[n].id, NCG_P_TITLE, 0);
}

/* Workstreams: those a body contributes to, the others grouped. */
static ncg_status
workstream_nodes(ncg_view *v, const char *ws_cluster, ncg_strmap *claimed)
{
	const char *none_cluster = NULL;
	long n;

	for (size_t k = 0; k < v->nt; k++)
		if (v->t[k].p == NCG_P_CONTRIBUTES_TO && !v->t[k].literal &&
		    node_at(v, v->t[k].s) >= 0)
			NCG_TRY(ncg_strmap_put(claimed, v->t[k].o, v));
	for (size_t k = 0; k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];

		if (t->p != NCG_P_TYPE || strcmp(t->o, ncg_class_iri(NCG_C_WORKSTREAM)) != 0)
			continue;
		if (ncg_strmap_get(claimed, t->s)) {
			NCG_TRY(add_node(v, t->s, NCG_VN_WORKSTREAM, ws_cluster, &n));
			continue;
		}
		if (!none_cluster)
			NCG_TRY(add_cluster(v, "cluster_workstreams_unclaimed",
			                    ncg_view_text(v, "drawing/cluster/unclaimed"), -2, ws_cluster,
			                    &none_cluster));
		NCG_TRY(add_node(v, t->s, NCG_VN_WORKSTREAM, none_cluster, &n));
	}
	return NCG_OK;
}

/* Every official with a role in a meeting (or a participant): beside
 * their body, else in their state's cluster; the role on an edge to the
 * body whose meeting it was. */
static ncg_status
official_role_nodes(ncg_view *v)
{
	const char *cluster;
	long n;

	for (size_t k = 0; k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];
		const char *body, *role = role_name(v, t->p), *series, *mlabel, *label;

		if ((!role && t->p != NCG_P_PARTICIPANT) || t->literal ||
		    !has_type(v, t->o, NCG_C_OFFICIAL) ||
		    (!role && has_named_role(v, t->s, t->o)))
			continue;
		body = object(v, t->o, NCG_P_MEMBER_OF, 0);
		if (body && node_at(v, body) >= 0)
			cluster = v->nodes[node_at(v, body)].cluster;
		else
			NCG_TRY(state_cluster(v, t->o, &cluster));
		NCG_TRY(add_node(v, t->o, NCG_VN_OFFICIAL, cluster, &n));
		official_details(v, n);
		/* the role, on an edge to the body whose meeting it was */
		series = object(v, t->s, NCG_P_MEETING_OF, 0);
		mlabel = object(v, t->s, NCG_P_LABEL, 0);
		if (!series || node_at(v, series) < 0)
			continue;
		NCG_TRY(view_printf(v, &label, "%s, %s", role ? role : ncg_view_text(v, "drawing/role/participant"),
		                    mlabel ? mlabel : t->s));
		NCG_TRY(add_edge(v, n, node_at(v, series), NCG_VE_ROLE, label,
		                 sentence_of(v, t->s, t->o, ncg_strmap_get(v->described, t->s))));
	}
	return NCG_OK;
}

/* The edges between the bodies, workstreams and officials drawn: a
 * contribution, a part, a membership. */
static ncg_status
body_edges(ncg_view *v)
{
	for (size_t k = 0; k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];
		long a = node_at(v, t->s);
		long b = t->literal ? -1 : node_at(v, t->o);

		if (a < 0 || b < 0)
			continue;
		if (t->p == NCG_P_CONTRIBUTES_TO)
			NCG_TRY(add_edge(v, a, b, NCG_VE_CONTRIBUTES, NULL,
			                 shared_sentence(v, t->s, t->o, NULL)));
		else if (t->p == NCG_P_PART_OF)
			NCG_TRY(add_edge(v, a, b, NCG_VE_PART_OF, NULL,
			                 shared_sentence(v, t->s, t->o, NULL)));
		else if (t->p == NCG_P_MEMBER_OF && v->nodes[a].kind == NCG_VN_OFFICIAL)
			NCG_TRY(add_edge(v, a, b, NCG_VE_MEMBER_OF, NULL,
			                 shared_sentence(v, t->s, t->o, NULL)));
	}
	return NCG_OK;
}

static ncg_status
build_bodies(ncg_view *v)
{
	const char *ws_cluster, *cluster;
	ncg_strmap *claimed;     /* the workstreams a body contributes to */
	ncg_status st;
	long n;

	NCG_TRY(add_cluster(v, "cluster_workstreams", ncg_view_text(v, "drawing/cluster/workstreams"),
	                    -1, NULL, &ws_cluster));
	v->title = ncg_view_text(v, "drawing/bodies/title");
	for (size_t k = 0; k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];

		if (t->p == NCG_P_TYPE && !strcmp(t->o, ncg_class_iri(NCG_C_BODY))) {
			NCG_TRY(state_cluster(v, t->s, &cluster));
			NCG_TRY(body_node(v, t->s, cluster, &n));
		}
	}
	claimed = ncg_strmap_new();
	if (!claimed)
		return NCG_ERR_NOMEM;
	st = workstream_nodes(v, ws_cluster, claimed);
	ncg_strmap_free(claimed);
	NCG_TRY(st);
	NCG_TRY(official_role_nodes(v));
	return body_edges(v);
}

/* ---- time ----------------------------------------------------------------- */

/* A meeting's place in time: its date, else its month, else the start of
 * the time announced for it. */
typedef struct {
	const char *key, *series, *when, *until;
	long ordinal;
	double t;               /* months; the middle of an announced span */
} meeting_rec;

/* What months_of returns for what is not a date: before every date. */
#define NOT_A_DATE (-1.0)

/* A date in months since year 0 ("YYYY-MM": the middle of the month), or
 * NOT_A_DATE. */
static double
months_of(const char *when)
{
	int y, m, d = 0;

	if (!when || sscanf(when, "%4d-%2d-%2d", &y, &m, &d) < 2 || m < 1 || m > 12)
		return NOT_A_DATE;
	return y * 12.0 + (m - 1) + (d ? (d - 1) / 31.0 : 0.5);
}

static int
cmp_meeting(const void *a, const void *b)
{
	const meeting_rec *x = a, *y = b;
	int c;

	if (!x->when != !y->when)
		return x->when ? -1 : 1;       /* undated last */
	if (x->when && x->t != y->t)
		return x->t < y->t ? -1 : 1;
	c = strcmp(x->series ? x->series : "", y->series ? y->series : "");
	if (c)
		return c;
	if (x->ordinal != y->ordinal)
		return x->ordinal < y->ordinal ? -1 : 1;
	return strcmp(x->key, y->key);
}

/* The xsd:date at the beginning or end of an interval, or NULL. */
static const char *
interval_end(const ncg_view *v, const char *interval, ncg_prop which)
{
	const char *instant = interval ? object(v, interval, which, 0) : NULL;

	return instant ? object(v, instant, NCG_P_IN_XSD_DATE, 0) : NULL;
}

static void
meeting_when(const ncg_view *v, meeting_rec *m)
{
	const char *span = object(v, m->key, NCG_P_PLANNED_TIME, 0);

	m->until = NULL;
	m->when = object(v, m->key, NCG_P_DATE, 0);
	if (!m->when)
		m->when = object(v, m->key, NCG_P_MONTH, 0);
	if (!m->when && span) {
		m->when = interval_end(v, span, NCG_P_HAS_BEGINNING);
		m->until = m->when ? interval_end(v, span, NCG_P_HAS_END) : NULL;
	}
	m->t = months_of(m->when);
	if (m->until && months_of(m->until) > m->t)
		m->t = (m->t + months_of(m->until)) / 2;
}

/* Every meeting of the facts, in date order (undated last): a new array
 * in *out (the caller frees it), its length in *count. */
static ncg_status
meetings(ncg_view *v, meeting_rec **out, size_t *count)
{
	meeting_rec *m = NULL;
	size_t nm = 0, cap = 0;

	*out = NULL;
	*count = 0;
	for (size_t k = 0; k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];
		void *arr = m;
		const char *ord;

		if (t->p != NCG_P_TYPE || strcmp(t->o, ncg_class_iri(NCG_C_MEETING)) != 0 ||
		    (nm && !strcmp(m[nm - 1].key, t->s)))
			continue;
		if (ncg_grow(&arr, &cap, nm + 1, sizeof *m) != NCG_OK) {
			free(m);
			return NCG_ERR_NOMEM;
		}
		m = arr;
		m[nm].key = t->s;
		m[nm].series = object(v, t->s, NCG_P_MEETING_OF, 0);
		ord = object(v, t->s, NCG_P_ORDINAL, 0);
		m[nm].ordinal = ord ? atol(ord) : 0;
		meeting_when(v, &m[nm]);
		nm++;
	}
	if (nm > 1)
		qsort(m, nm, sizeof *m, cmp_meeting);
	*out = m;
	*count = nm;
	return NCG_OK;
}

/* The wording a meeting's statement used for a workstream, when it
 * differs from the concept's name; *sentence: the sentence that listed it. */
static const char *
wording_at(ncg_view *v, const char *meeting, const char *ws, const char *ws_label,
           const char **sentence)
{
	const char *stmt = ncg_strmap_get(v->described, meeting);
	const mention_list *l = stmt ? mentions_in(v, ws, stmt) : NULL;
	const mention *best = NULL;
	char a[512], b[512];

	for (size_t i = 0; l && i < l->n; i++)
		if (!best || strlen(l->v[i].anchor) > strlen(best->anchor) ||
		    (strlen(l->v[i].anchor) == strlen(best->anchor) && l->v[i].begin < best->begin))
			best = &l->v[i];
	*sentence = best ? best->sentence : NULL;
	if (!best)
		return NULL;
	ncg_normal_form(v->in->lex, best->anchor, strlen(best->anchor), a, sizeof a);
	ncg_normal_form(v->in->lex, ws_label, strlen(ws_label), b, sizeof b);
	return strcmp(a, b) ? best->anchor : NULL;
}

/* Is a meeting announced by another (the object of ncg:nextMeeting)? */
static int
announced(const ncg_view *v, const char *meeting)
{
	return ncg_strmap_get(v->announced, meeting) != NULL;
}

static const char *
place_label(const ncg_view *v, const char *meeting)
{
	const char *place = object(v, meeting, NCG_P_HELD_IN, 0);
	const char *pplace = object(v, meeting, NCG_P_PLANNED_PLACE, 0);

	if (!place)
		place = pplace;
	return place ? (object(v, place, NCG_P_LABEL, 0) ? object(v, place, NCG_P_LABEL, 0) : place)
	             : NULL;
}

/* "2023-12-15" as "15 Dec 2023", "2023-07" as "Jul 2023"; else as is;
 * in *out. */
static ncg_status
human_date(ncg_view *v, const char *when, const char **out)
{
	int y, m, d = 0, n = when ? sscanf(when, "%4d-%2d-%2d", &y, &m, &d) : 0;
	const char *mon;

	*out = when;
	if (n < 2 || m < 1 || m > 12)
		return NCG_OK;
	mon = ncg_view_month(v, m);
	return n == 3 ? view_printf(v, out, "%d %s %d", d, mon, y)
	              : view_printf(v, out, "%s %d", mon, y);
}

/* A meeting node: date and place under its name; announced ones say what
 * was announced.  Its index in *at. */
static ncg_status
meeting_node(ncg_view *v, const meeting_rec *m, long *at)
{
	const char *planned = object(v, m->key, NCG_P_PLANNED_TIME_TEXT, 0);
	const char *plabel = place_label(v, m->key);
	ncg_vnode *nd;

	NCG_TRY(add_node(v, m->key, NCG_VN_MEETING, NULL, at));
	nd = &v->nodes[*at];
	nd->when = m->when;
	nd->until = m->until;
	if (!object(v, m->key, NCG_P_DATE, 0) && !object(v, m->key, NCG_P_MONTH, 0) &&
	    announced(v, m->key)) {
		nd->planned = 1;
		return view_printf(v, &nd->sublabel, "%s%s%s%s%s",
		                   ncg_view_text(v, "drawing/meeting/planned"), planned ? ": " : "",
		                   planned ? planned : "", plabel ? ", " : "",
		                   plabel ? plabel : "");
	}
	if (m->when) {
		const char *d;

		NCG_TRY(human_date(v, m->when, &d));
		if (plabel)
			return view_printf(v, &nd->sublabel, "%s, %s", d, plabel);
		nd->sublabel = d;
		return NCG_OK;
	}
	if (plabel)
		return view_printf(v, &nd->sublabel, "%s, %s",
		                   ncg_view_text(v, "drawing/date-not-given"), plabel);
	nd->sublabel = ncg_view_text(v, "drawing/date-not-given");
	return NCG_OK;
}

/* An event's or activity's node, its label with its asset or kind where
 * useful; its index in *at. */
static ncg_status
dated_node(ncg_view *v, const char *key, ncg_vnode_kind kind, const char *reporter, long *at)
{
	ncg_vnode *nd;

	NCG_TRY(add_node(v, key, kind, NULL, at));
	nd = &v->nodes[*at];
	if (nd->when || nd->when_reported)
		return NCG_OK;
	nd->when = object(v, key, NCG_P_MONTH, 0);
	if (!nd->when)
		nd->when = object(v, key, NCG_P_DATE, 0);
	if (!nd->when && reporter) {
		const char *d = object(v, reporter, NCG_P_DATE, 0);

		nd->when = d ? d : object(v, reporter, NCG_P_MONTH, 0);
		nd->when_reported = nd->when != NULL;
	}
	if (kind == NCG_VN_EVENT) {
		const char *asset = object(v, key, NCG_P_ASSET, 0);
		const char *alabel = asset ? object(v, asset, NCG_P_LABEL, 0) : NULL;

		if (alabel) {
			nd->sublabel = nd->label;
			nd->label = alabel;
		}
	} else if (kind == NCG_VN_ACTIVITY) {
		nd->sublabel = object(v, key, NCG_P_ACRONYM, 0);
	}
	return NCG_OK;
}

/* The timeline's workstreams that meeting key lists, the edge to a
 * workstream it lists first marked so. */
static ncg_status
timeline_workstreams(ncg_view *v, const char *key)
{
	obj_iter it;

	for (const char *ws = obj_first(&it, v, key, NCG_P_WORKSTREAM); ws; ws = obj_next(&it)) {
		size_t nodes = v->nnodes, edges = v->nedges;
		long a = node_at(v, key), b;
		const char *sentence = NULL, *wording;

		NCG_TRY(add_node(v, ws, NCG_VN_WORKSTREAM, NULL, &b));
		wording = wording_at(v, key, ws, v->nodes[b].label, &sentence);
		NCG_TRY(add_edge(v, a, b, NCG_VE_LISTS, wording, sentence));
		if (v->nnodes > nodes && v->nedges > edges)
			v->edges[v->nedges - 1].first = 1;
	}
	return NCG_OK;
}

/* What meeting key's statement reports, on the timeline's axis: the
 * events it reviewed, its activities, the next meeting it announces. */
static ncg_status
timeline_reports(ncg_view *v, const char *key)
{
	long a = node_at(v, key), n;
	const char *stmt = ncg_strmap_get(v->described, key);
	obj_iter it;

	for (const char *e = obj_first(&it, v, key, NCG_P_REVIEWED_EVENT); e; e = obj_next(&it)) {
		NCG_TRY(dated_node(v, e, NCG_VN_EVENT, key, &n));
		NCG_TRY(add_edge(v, a, n, NCG_VE_REVIEWS, NULL, sentence_of(v, key, e, stmt)));
	}
	for (const char *e = obj_first(&it, v, key, NCG_P_ACTIVITY); e; e = obj_next(&it)) {
		NCG_TRY(dated_node(v, e, NCG_VN_ACTIVITY, key, &n));
		NCG_TRY(add_edge(v, a, n, NCG_VE_REPORTS, NULL, sentence_of(v, key, e, stmt)));
	}
	for (const char *e = obj_first(&it, v, key, NCG_P_NEXT_MEETING); e; e = obj_next(&it))
		NCG_TRY(add_edge(v, a, node_at(v, e), NCG_VE_NEXT, "announces",
		                 sentence_of(v, key, e, stmt)));
	return NCG_OK;
}

/* The timeline's nodes and edges for the meetings m[0..nm), in order. */
static ncg_status
timeline(ncg_view *v, const meeting_rec *m, size_t nm)
{
	long n;

	for (size_t i = 0; i < nm; i++)
		NCG_TRY(meeting_node(v, &m[i], &n));
	/* workstreams, in the order meetings first listed them */
	for (size_t i = 0; i < nm; i++)
		NCG_TRY(timeline_workstreams(v, m[i].key));
	/* workstreams no meeting lists */
	for (size_t k = 0; k < v->nt; k++)
		if (v->t[k].p == NCG_P_TYPE && !strcmp(v->t[k].o, ncg_class_iri(NCG_C_WORKSTREAM)))
			NCG_TRY(add_node(v, v->t[k].s, NCG_VN_WORKSTREAM, NULL, &n));
	/* what each meeting's statement reports, on the same axis */
	for (size_t i = 0; i < nm; i++)
		NCG_TRY(timeline_reports(v, m[i].key));
	/* events and activities no meeting reports, where dated */
	for (size_t k = 0; k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];

		if (t->p != NCG_P_TYPE || node_at(v, t->s) >= 0)
			continue;
		if ((!strcmp(t->o, ncg_class_iri(NCG_C_VISIBILITY_EVENT)) ||
		     !strcmp(t->o, ncg_class_iri(NCG_C_ACTIVITY))) &&
		    (object(v, t->s, NCG_P_MONTH, 0) || object(v, t->s, NCG_P_DATE, 0)))
			NCG_TRY(dated_node(v, t->s,
			                   !strcmp(t->o, ncg_class_iri(NCG_C_ACTIVITY))
			                   ? NCG_VN_ACTIVITY : NCG_VN_EVENT,
			                   NULL, &n));
	}
	return NCG_OK;
}

static ncg_status
build_timeline(ncg_view *v)
{
	size_t nm = 0;
	meeting_rec *m;
	ncg_status st;

	v->title = ncg_view_text(v, "drawing/timeline/title");
	NCG_TRY(meetings(v, &m, &nm));
	st = timeline(v, m, nm);
	free(m);
	return st;
}

/* ---- one meeting ----------------------------------------------------------- */

/* The meeting named (its key or IRI), or the one meeting the input
 * describes when none is named: in *found.  NCG_ERR_USAGE, with the
 * meetings there are, when there is no such meeting or several. */
static ncg_status
find_meeting(ncg_view *v, const char *name, const char **found, ncg_error *err)
{
	size_t nm = 0, described = 0;
	meeting_rec *m;
	const char *only = NULL;
	size_t blen = strlen(v->base);
	ncg_buf list;
	ncg_status st = NCG_OK;

	*found = NULL;
	NCG_TRY(meetings(v, &m, &nm));
	for (size_t i = 0; i < nm; i++) {
		const char *key = m[i].key;

		if (ncg_strmap_get(v->described, key)) {
			described++;
			only = key;
		}
		if (name && (!strcmp(name, key) ||
		             (!strncmp(name, v->base, blen) && !strcmp(name + blen, key))))
			*found = key;
	}
	if (!name && described == 1)
		*found = only;
	if (!*found) {
		ncg_buf_init(&list);
		for (size_t i = 0; i < nm; i++)
			if (name || !described || ncg_strmap_get(v->described, m[i].key))
				ncg_buf_printf(&list, "%s%s", list.len ? ", " : "", m[i].key);
		if (list.status != NCG_OK)
			st = list.status;
		else if (name)
			st = ncg_error_set(err, NCG_ERR_USAGE, "", 0, 0, -1,
			                   "no meeting '%s' in the input (meetings: %s)", name,
			                   nm ? ncg_buf_str(&list) : "none");
		else
			st = ncg_error_set(err, NCG_ERR_USAGE, "", 0, 0, -1,
			                   "the input describes %zu meetings: choose one with "
			                   "--meeting (%s)", described, nm ? ncg_buf_str(&list) : "none");
		ncg_buf_free(&list);
	}
	free(m);
	return st;
}

/* The cluster-less node of an official or body taking part, with its
 * body; its index in *at. */
static ncg_status
participant_node(ncg_view *v, const char *who, long *at)
{
	if (has_type(v, who, NCG_C_OFFICIAL)) {
		const char *body = object(v, who, NCG_P_MEMBER_OF, 0);
		long b;

		NCG_TRY(add_node(v, who, NCG_VN_OFFICIAL, NULL, at));
		official_details(v, *at);
		if (!body)
			return NCG_OK;
		NCG_TRY(body_node(v, body, NULL, &b));
		return add_edge(v, *at, b, NCG_VE_MEMBER_OF, NULL,
		                shared_sentence(v, who, body, NULL));
	}
	if (has_type(v, who, NCG_C_COUNTRY))
		return add_node(v, who, NCG_VN_STATE, NULL, at);
	return body_node(v, who, NULL, at);
}

/* The meeting node mn's participants (key, said in statement stmt):
 * those of a role, then the others. */
static ncg_status
meeting_participants(ncg_view *v, const char *key, long mn, const char *stmt)
{
	obj_iter it;
	long n;

	for (size_t r = 0; r < NROLES; r++)
		for (const char *o = obj_first(&it, v, key, ROLES[r].prop); o; o = obj_next(&it)) {
			NCG_TRY(participant_node(v, o, &n));
			NCG_TRY(add_edge(v, n, mn, NCG_VE_ROLE, ncg_view_text(v, ROLES[r].text),
			                 sentence_of(v, key, o, stmt)));
		}
	for (const char *o = obj_first(&it, v, key, NCG_P_PARTICIPANT); o; o = obj_next(&it))
		if (!has_named_role(v, key, o)) {
			NCG_TRY(participant_node(v, o, &n));
			NCG_TRY(add_edge(v, n, mn, NCG_VE_PARTICIPANT, NULL,
			                 sentence_of(v, key, o, stmt)));
		}
	return NCG_OK;
}

/* The workstreams the meeting node mn lists, and the bodies statement
 * stmt says contribute to them. */
static ncg_status
meeting_workstreams(ncg_view *v, const char *key, long mn, const char *stmt)
{
	obj_iter it;
	long n;

	for (const char *ws = obj_first(&it, v, key, NCG_P_WORKSTREAM); ws; ws = obj_next(&it)) {
		const char *sentence = NULL, *wording;

		NCG_TRY(add_node(v, ws, NCG_VN_WORKSTREAM, NULL, &n));
		wording = wording_at(v, key, ws, v->nodes[n].label, &sentence);
		NCG_TRY(add_edge(v, mn, n, NCG_VE_LISTS, wording, sentence));
	}
	/* bodies this statement says contribute to those workstreams */
	for (size_t k = 0; stmt && k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];
		long b;

		/* said in this statement: in a sentence naming both (graphs
		 * may be absent from RDF input) */
		if (t->p != NCG_P_CONTRIBUTES_TO || t->literal || (b = node_at(v, t->o)) < 0 ||
		    v->nodes[b].kind != NCG_VN_WORKSTREAM || !shared_sentence(v, t->s, t->o, stmt))
			continue;
		NCG_TRY(body_node(v, t->s, NULL, &n));
		NCG_TRY(add_edge(v, n, b, NCG_VE_CONTRIBUTES, NULL,
		                 shared_sentence(v, t->s, t->o, stmt)));
	}
	return NCG_OK;
}

/* The events the meeting node mn reviewed, and the asset each shows. */
static ncg_status
reviewed_events(ncg_view *v, const char *key, long mn, const char *stmt)
{
	obj_iter it;

	for (const char *e = obj_first(&it, v, key, NCG_P_REVIEWED_EVENT); e; e = obj_next(&it)) {
		const char *asset = object(v, e, NCG_P_ASSET, 0);
		long en, an;

		NCG_TRY(add_node(v, e, NCG_VN_EVENT, NULL, &en));
		v->nodes[en].when = object(v, e, NCG_P_MONTH, 0);
		NCG_TRY(add_edge(v, mn, en, NCG_VE_REVIEWS, NULL, sentence_of(v, key, e, stmt)));
		if (!asset)
			continue;
		NCG_TRY(add_node(v, asset, NCG_VN_ASSET, NULL, &an));
		NCG_TRY(add_edge(v, en, an, NCG_VE_SHOWS, NULL, sentence_of(v, e, asset, stmt)));
	}
	return NCG_OK;
}

static ncg_status
build_meeting(ncg_view *v, const char *key)
{
	meeting_rec rec = {key, object(v, key, NCG_P_MEETING_OF, 0), NULL, NULL, 0, 0};
	const char *stmt = ncg_strmap_get(v->described, key);
	long mn, n;
	obj_iter it;

	meeting_when(v, &rec);
	NCG_TRY(meeting_node(v, &rec, &mn));
	NCG_TRY(view_fill(v, "drawing/meeting/title", "{meeting}", v->nodes[mn].label, &v->title));
	NCG_TRY(meeting_participants(v, key, mn, stmt));
	NCG_TRY(meeting_workstreams(v, key, mn, stmt));
	for (const char *e = obj_first(&it, v, key, NCG_P_ACTIVITY); e; e = obj_next(&it)) {
		NCG_TRY(dated_node(v, e, NCG_VN_ACTIVITY, key, &n));
		NCG_TRY(add_edge(v, mn, n, NCG_VE_REPORTS, NULL, sentence_of(v, key, e, stmt)));
	}
	NCG_TRY(reviewed_events(v, key, mn, stmt));
	for (const char *e = obj_first(&it, v, key, NCG_P_NEXT_MEETING); e; e = obj_next(&it)) {
		meeting_rec next = {e, NULL, NULL, NULL, 0, 0};

		meeting_when(v, &next);
		NCG_TRY(meeting_node(v, &next, &n));
		NCG_TRY(add_edge(v, mn, n, NCG_VE_NEXT, "announces", sentence_of(v, key, e, stmt)));
	}
	return NCG_OK;
}

ncg_status
ncg_view_new_input(ncg_view_input *in, ncg_view_kind kind, const char *meeting,
                   const char *base, ncg_view **out, ncg_error *err)
{
	ncg_view *v = calloc(1, sizeof *v);
	ncg_status st = NCG_ERR_NOMEM;
	const char *key;

	*out = NULL;
	if (!v) {
		ncg_view_input_free(in);
		goto fail;
	}
	v->in = in;
	v->kind = kind;
	v->base = base ? base : NCG_ID_BASE;
	v->arena = ncg_arena_new();
	v->node_ix = ncg_strmap_new();
	if (!in || !v->arena || !v->node_ix)
		goto fail;
	st = copy_texts(v, in->lex);
	if (st == NCG_OK)
		st = index_facts(v);
	if (st != NCG_OK)
		goto fail;
	if (kind == NCG_VIEW_BODIES) {
		st = build_bodies(v);
	} else if (kind == NCG_VIEW_TIMELINE) {
		st = build_timeline(v);
	} else {
		st = find_meeting(v, meeting, &key, err);
		if (st == NCG_ERR_USAGE) {        /* err says which meetings there are */
			ncg_view_free(v);
			return st;
		}
		if (st == NCG_OK && key)
			st = build_meeting(v, key);
	}
	if (st != NCG_OK)
		goto fail;
	*out = v;
	return NCG_OK;
fail:
	ncg_view_free(v);
	return ncg_error_set(err, st, "", 0, 0, -1, "%s", ncg_strerror(st));
}

ncg_status
ncg_view_new_meeting(ncg_facts *facts, ncg_view_kind kind, const char *meeting,
                     const char *base, ncg_view **out, ncg_error *err)
{
	ncg_view_input *in = ncg_view_input_new();
	const ncg_triple *t;
	size_t n;
	ncg_status st = in ? ncg_facts_finish(facts, &t, &n) : NCG_ERR_NOMEM;

	if (st == NCG_OK)
		st = ncg_view_input_add(in, t, n);
	if (st != NCG_OK) {
		*out = NULL;
		ncg_view_input_free(in);
		return ncg_error_set(err, st, "", 0, 0, -1, "%s", ncg_strerror(st));
	}
	return ncg_view_new_input(in, kind, meeting, base, out, err);
}

ncg_status
ncg_view_new(ncg_facts *facts, ncg_view_kind kind, const char *base, ncg_view **out,
             ncg_error *err)
{
	return ncg_view_new_meeting(facts, kind, NULL, base, out, err);
}

void
ncg_view_free(ncg_view *v)
{
	if (!v)
		return;
	ncg_strmap_free(v->described);
	ncg_strmap_free(v->announced);
	ncg_strmap_free(v->edge_ix);
	ncg_strmap_free(v->fx.subject);
	ncg_strmap_free(v->node_ix);
	ncg_strmap_free(v->texts);
	ncg_arena_free(v->arena);
	free(v->nodes);
	free(v->edges);
	free(v->clusters);
	ncg_view_input_free(v->in);
	free(v);
}

ncg_view_kind ncg_view_kind_of(const ncg_view *v) { return v->kind; }
const char *ncg_view_title(const ncg_view *v) { return v->title; }
size_t ncg_view_nnodes(const ncg_view *v) { return v->nnodes; }
const ncg_vnode *ncg_view_node(const ncg_view *v, size_t i) { return &v->nodes[i]; }
size_t ncg_view_nedges(const ncg_view *v) { return v->nedges; }
const ncg_vedge *ncg_view_edge(const ncg_view *v, size_t i) { return &v->edges[i]; }
size_t ncg_view_nclusters(const ncg_view *v) { return v->nclusters; }
const ncg_vcluster *ncg_view_cluster(const ncg_view *v, size_t i) { return &v->clusters[i]; }
