/* ncgkg: what a drawing shows, built from facts (plain C). */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/arena.h"
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
	const ncg_triple *t;
	size_t nt;
	ncg_strmap *subject;    /* key -> first triple + 1 */
	ncg_strmap *mentions;   /* entity key -> mention_list */
	ncg_strmap *described;  /* meeting key -> the statement describing it */
	ncg_strmap *announced;  /* meeting key -> non-NULL when announced */
	ncg_strmap *edge_ix;    /* "from to kind" -> non-NULL */
	const char *base;
};

/* ---- reading the facts ---------------------------------------------------- */

/* The maps below hold an index + 1 as their value (0: absent). */
static size_t
ix_get(const ncg_strmap *m, const char *key)
{
	void *p = ncg_strmap_get(m, key);

	return (size_t)(uintptr_t)p;
}

static size_t
first_of(const ncg_view *v, const char *s)
{
	return ix_get(v->subject, s);
}

/* The i-th object (literal or key) of (s, p), or NULL. */
static const char *
object(const ncg_view *v, const char *s, ncg_prop p, size_t nth)
{
	size_t k = first_of(v, s);

	if (!k)
		return NULL;
	for (k--; k < v->nt && strcmp(v->t[k].s, s) == 0; k++)
		if (v->t[k].p == p) {
			/* skip duplicates from several graphs */
			if (k > 0 && v->t[k - 1].p == p && strcmp(v->t[k - 1].s, s) == 0 &&
			    strcmp(v->t[k - 1].o, v->t[k].o) == 0)
				continue;
			if (nth-- == 0)
				return v->t[k].o;
		}
	return NULL;
}

static ncg_status
index_facts(ncg_view *v)
{
	v->subject = ncg_strmap_new();
	v->mentions = ncg_strmap_new();
	v->described = ncg_strmap_new();
	v->announced = ncg_strmap_new();
	v->edge_ix = ncg_strmap_new();
	if (!v->subject || !v->mentions || !v->described || !v->announced || !v->edge_ix)
		return NCG_ERR_NOMEM;
	for (size_t k = 0; k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];

		if (k == 0 || strcmp(v->t[k - 1].s, t->s) != 0)
			NCG_TRY(ncg_strmap_put(v->subject, t->s, (void *)(uintptr_t)(k + 1)));
		/* the first statement (by key) describing a meeting */
		if (t->p == NCG_P_DESCRIBES && !t->literal && !ncg_strmap_get(v->described, t->o))
			NCG_TRY(ncg_strmap_put(v->described, t->o, (void *)t->s));
		if (t->p == NCG_P_NEXT_MEETING && !t->literal)
			NCG_TRY(ncg_strmap_put(v->announced, t->o, (void *)t->s));
	}
	/* mentions: phrases naming an entity */
	for (size_t k = 0; k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];
		mention_list *l;
		mention m;
		const char *hash, *b, *sent;
		void *arr;

		if (t->p != NCG_P_TA_IDENT_REF || t->literal)
			continue;
		if (k > 0 && v->t[k - 1].p == t->p && !strcmp(v->t[k - 1].s, t->s) &&
		    !strcmp(v->t[k - 1].o, t->o))
			continue;
		m.anchor = object(v, t->s, NCG_P_NIF_ANCHOR_OF, 0);
		if (!m.anchor)
			continue;
		hash = strchr(t->s, '#');
		m.stmt = t->s;
		if (hash && !(m.stmt = ncg_arena_strndup(v->arena, t->s, (size_t)(hash - t->s))))
			return NCG_ERR_NOMEM;
		b = object(v, t->s, NCG_P_NIF_BEGIN, 0);
		m.begin = b ? atol(b) : 0;
		sent = object(v, t->s, NCG_P_NIF_SENTENCE, 0);
		m.sentence = sent ? object(v, sent, NCG_P_NIF_ANCHOR_OF, 0) : NULL;
		l = ncg_strmap_get(v->mentions, t->o);
		if (!l) {
			l = ncg_arena_alloc(v->arena, sizeof *l);
			if (!l)
				return NCG_ERR_NOMEM;
			NCG_TRY(ncg_strmap_put(v->mentions, t->o, l));
		}
		arr = l->v;
		NCG_TRY(ncg_grow(&arr, &l->cap, l->n + 1, sizeof *l->v));
		l->v = arr;
		l->v[l->n++] = m;
	}
	return NCG_OK;
}

/* The first mention of an entity: smallest statement key, then offset. */
static const mention *
first_mention(const ncg_view *v, const char *entity, const char *in_stmt)
{
	const mention_list *l = ncg_strmap_get(v->mentions, entity);
	const mention *best = NULL;

	for (size_t i = 0; l && i < l->n; i++) {
		const mention *m = &l->v[i];

		if (in_stmt && strcmp(m->stmt, in_stmt) != 0)
			continue;
		if (!best || strcmp(m->stmt, best->stmt) < 0 ||
		    (!strcmp(m->stmt, best->stmt) && m->begin < best->begin))
			best = m;
	}
	return best;
}

/* A sentence that mentions both entities, or NULL. */
static const char *
shared_sentence(const ncg_view *v, const char *a, const char *b)
{
	const mention_list *la = ncg_strmap_get(v->mentions, a);
	const mention_list *lb = ncg_strmap_get(v->mentions, b);
	const mention *best = NULL;

	for (size_t i = 0; la && lb && i < la->n; i++)
		for (size_t j = 0; j < lb->n; j++)
			if (la->v[i].sentence && lb->v[j].sentence &&
			    !strcmp(la->v[i].stmt, lb->v[j].stmt) &&
			    !strcmp(la->v[i].sentence, lb->v[j].sentence) &&
			    (!best || strcmp(la->v[i].stmt, best->stmt) < 0 ||
			     (!strcmp(la->v[i].stmt, best->stmt) && la->v[i].begin < best->begin)))
				best = &la->v[i];
	return best ? best->sentence : NULL;
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

/* The IRI of a key, in *out. */
static ncg_status
href(ncg_view *v, const char *key, const char **out)
{
	if (ncg_key_is_iri(key)) {
		*out = key;
		return NCG_OK;
	}
	return view_printf(v, out, "%s%s", v->base, key);
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

		n->label = slash ? slash + 1 : id;
	}
	NCG_TRY(href(v, id, &n->href));
	m = first_mention(v, id, NULL);
	n->tooltip = m && m->sentence ? m->sentence : NULL;
	*at = (long)v->nnodes++;
	return NCG_OK;
}

/* An edge between nodes (indexes; a negative one: no edge), once. */
static ncg_status
add_edge(ncg_view *v, long from, long to, ncg_vedge_kind kind, const char *label,
         const char *tooltip)
{
	void *arr = v->edges;
	char key[64];

	if (from < 0 || to < 0)
		return NCG_OK;
	snprintf(key, sizeof key, "%ld %ld %d", from, to, (int)kind);
	if (ncg_strmap_get(v->edge_ix, key))
		return NCG_OK;
	NCG_TRY(ncg_grow(&arr, &v->capedges, v->nedges + 1, sizeof *v->edges));
	v->edges = arr;
	NCG_TRY(ncg_strmap_put(v->edge_ix, key, v));
	v->edges[v->nedges++] = (ncg_vedge){(size_t)from, (size_t)to, kind, label, tooltip, 0};
	return NCG_OK;
}

/* A cluster, added if new; its id in *out. */
static ncg_status
add_cluster(ncg_view *v, const char *id, const char *label, int states, const char **out)
{
	void *arr = v->clusters;

	for (size_t i = 0; i < v->nclusters; i++)
		if (!strcmp(v->clusters[i].id, id)) {
			*out = v->clusters[i].id;
			return NCG_OK;
		}
	NCG_TRY(ncg_grow(&arr, &v->capclusters, v->nclusters + 1, sizeof *v->clusters));
	v->clusters = arr;
	v->clusters[v->nclusters++] = (ncg_vcluster){id, label, states};
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

	for (size_t i = 0; n < 8 && object(v, key, NCG_P_COUNTRY, i); i++)
		c[n++] = object(v, key, NCG_P_COUNTRY, i);
	if (n == 0)
		return add_cluster(v, "cluster_unknown", "State not given", 0, out);
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
		         k ? "\xE2\x80\x93" : (n > 1 ? "Combined " : ""), name);
	}
	NCG_TRY(view_printf(v, &cid, "%s", id));
	NCG_TRY(view_printf(v, &clabel, "%s", label));
	return add_cluster(v, cid, clabel, n, out);
}

static const ncg_prop ROLE_PROPS[] = {
	NCG_P_CO_CHAIR, NCG_P_CONVENER, NCG_P_DISCUSSION_LEAD, NCG_P_CHAIR,
	NCG_P_DELEGATION_LEAD
};

static ncg_status
build_bodies(ncg_view *v)
{
	const char *ws_cluster, *cluster;
	long n;

	NCG_TRY(add_cluster(v, "cluster_workstreams", "Workstreams", -1, &ws_cluster));
	v->title = "Bodies and the workstreams they contribute to";
	for (size_t k = 0; k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];

		if (t->p == NCG_P_TYPE && !strcmp(t->o, ncg_class_iri(NCG_C_BODY))) {
			const char *acr = object(v, t->s, NCG_P_ACRONYM, 0);

			NCG_TRY(state_cluster(v, t->s, &cluster));
			NCG_TRY(add_node(v, t->s, NCG_VN_BODY, cluster, &n));
			if (acr && !strstr(v->nodes[n].label, acr))
				v->nodes[n].sublabel = acr;
		}
		if (t->p == NCG_P_TYPE && !strcmp(t->o, ncg_class_iri(NCG_C_WORKSTREAM)))
			NCG_TRY(add_node(v, t->s, NCG_VN_WORKSTREAM, ws_cluster, &n));
	}
	/* officials with a meeting role and a known body */
	for (size_t k = 0; k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];
		const char *body;

		for (size_t r = 0; r < sizeof ROLE_PROPS / sizeof ROLE_PROPS[0]; r++)
			if (t->p == ROLE_PROPS[r] && !t->literal &&
			    (body = object(v, t->o, NCG_P_MEMBER_OF, 0)) != NULL &&
			    ncg_strmap_get(v->node_ix, body)) {
				NCG_TRY(state_cluster(v, body, &cluster));
				NCG_TRY(add_node(v, t->o, NCG_VN_OFFICIAL, cluster, &n));
				v->nodes[n].sublabel = object(v, t->o, NCG_P_TITLE, 0);
			}
	}
	for (size_t k = 0; k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];
		size_t a = ix_get(v->node_ix, t->s);
		size_t b = t->literal ? 0 : ix_get(v->node_ix, t->o);

		if (!a || !b)
			continue;
		if (t->p == NCG_P_CONTRIBUTES_TO)
			NCG_TRY(add_edge(v, (long)a - 1, (long)b - 1, NCG_VE_CONTRIBUTES, NULL,
			                 shared_sentence(v, t->s, t->o)));
		else if (t->p == NCG_P_PART_OF)
			NCG_TRY(add_edge(v, (long)a - 1, (long)b - 1, NCG_VE_PART_OF, NULL,
			                 shared_sentence(v, t->s, t->o)));
		else if (t->p == NCG_P_MEMBER_OF && v->nodes[a - 1].kind == NCG_VN_OFFICIAL)
			NCG_TRY(add_edge(v, (long)a - 1, (long)b - 1, NCG_VE_MEMBER_OF, NULL,
			                 shared_sentence(v, t->s, t->o)));
	}
	return NCG_OK;
}

/* A meeting's place in the timeline: series, then ordinal, then date. */
typedef struct {
	const char *key, *series, *date;
	long ordinal;
} meeting_rec;

static int
cmp_meeting(const void *a, const void *b)
{
	const meeting_rec *x = a, *y = b;
	int c = strcmp(x->series ? x->series : "", y->series ? y->series : "");

	if (c)
		return c;
	if (x->ordinal != y->ordinal)
		return x->ordinal < y->ordinal ? -1 : 1;
	c = strcmp(x->date ? x->date : "", y->date ? y->date : "");
	return c ? c : strcmp(x->key, y->key);
}

/* The wording a meeting's statement used for a workstream, when it
 * differs from the concept's name. */
static const char *
wording_at(ncg_view *v, const char *meeting, const char *ws, const char *ws_label)
{
	const mention_list *l = ncg_strmap_get(v->mentions, ws);
	const char *stmt = ncg_strmap_get(v->described, meeting);
	const mention *best = NULL;
	char a[512], b[512];

	for (size_t i = 0; stmt && l && i < l->n; i++)
		if (!strcmp(l->v[i].stmt, stmt) &&
		    (!best || strlen(l->v[i].anchor) > strlen(best->anchor)))
			best = &l->v[i];
	if (!best)
		return NULL;
	ncg_normal_form(best->anchor, strlen(best->anchor), a, sizeof a);
	ncg_normal_form(ws_label, strlen(ws_label), b, sizeof b);
	return strcmp(a, b) ? best->anchor : NULL;
}

/* Is a meeting announced by another (the object of ncg:nextMeeting)? */
static int
announced(const ncg_view *v, const char *meeting)
{
	return ncg_strmap_get(v->announced, meeting) != NULL;
}

/* The timeline's nodes and edges for the meetings m[0..nm), in order. */
static ncg_status
timeline(ncg_view *v, const meeting_rec *m, size_t nm)
{
	for (size_t i = 0; i < nm; i++) {
		const char *place = object(v, m[i].key, NCG_P_HELD_IN, 0);
		const char *planned = object(v, m[i].key, NCG_P_PLANNED_TIME_TEXT, 0);
		const char *pplace = object(v, m[i].key, NCG_P_PLANNED_PLACE, 0);
		const char *plabel = place ? object(v, place, NCG_P_LABEL, 0)
		                           : pplace ? object(v, pplace, NCG_P_LABEL, 0) : NULL;
		long n;

		NCG_TRY(add_node(v, m[i].key, NCG_VN_MEETING, NULL, &n));
		if (m[i].date && plabel)
			NCG_TRY(view_printf(v, &v->nodes[n].sublabel, "%s, %s", m[i].date, plabel));
		else if (m[i].date)
			v->nodes[n].sublabel = m[i].date;
		else if (!announced(v, m[i].key))
			v->nodes[n].sublabel = plabel;
		else {
			v->nodes[n].planned = 1;
			NCG_TRY(view_printf(v, &v->nodes[n].sublabel, "planned%s%s%s%s",
			                    planned ? ": " : "", planned ? planned : "",
			                    plabel ? ", " : "", plabel ? plabel : ""));
		}
		if (i > 0 && m[i - 1].series && m[i].series && !strcmp(m[i - 1].series, m[i].series))
			NCG_TRY(add_edge(v, n - 1, n, NCG_VE_SEQUENCE, NULL, NULL));
	}
	for (size_t i = 0; i < nm; i++) {
		long a = (long)ix_get(v->node_ix, m[i].key) - 1;
		const char *next, *ws;

		for (size_t j = 0; (ws = object(v, m[i].key, NCG_P_WORKSTREAM, j)) != NULL; j++) {
			size_t nodes = v->nnodes, edges = v->nedges;
			long b;

			NCG_TRY(add_node(v, ws, NCG_VN_WORKSTREAM, NULL, &b));
			NCG_TRY(add_edge(v, a, b, NCG_VE_LISTS,
			                 wording_at(v, m[i].key, ws, v->nodes[b].label),
			                 shared_sentence(v, m[i].key, ws)));
			/* meetings come in order: the first to list a workstream is
			 * the one for which its node is new */
			if (v->nnodes > nodes && v->nedges > edges)
				v->edges[v->nedges - 1].first = 1;
		}
		for (size_t j = 0; (next = object(v, m[i].key, NCG_P_NEXT_MEETING, j)) != NULL; j++) {
			size_t b = ix_get(v->node_ix, next);

			if (b)
				NCG_TRY(add_edge(v, a, (long)b - 1, NCG_VE_NEXT, "announces",
				                 shared_sentence(v, m[i].key, next)));
		}
	}
	return NCG_OK;
}

static ncg_status
build_timeline(ncg_view *v)
{
	meeting_rec *m = NULL;
	size_t nm = 0, cap = 0;
	ncg_status st;

	v->title = "NCG meetings and the workstreams each lists";
	for (size_t k = 0; k < v->nt; k++) {
		const ncg_triple *t = &v->t[k];
		void *arr = m;

		if (t->p != NCG_P_TYPE || strcmp(t->o, ncg_class_iri(NCG_C_MEETING)) != 0 ||
		    (nm && !strcmp(m[nm - 1].key, t->s)))
			continue;
		if (!object(v, t->s, NCG_P_ORDINAL, 0) && !object(v, t->s, NCG_P_DATE, 0))
			continue;
		/* meetings that list workstreams, and those announced */
		if (!object(v, t->s, NCG_P_WORKSTREAM, 0) && !announced(v, t->s))
			continue;
		if (ncg_grow(&arr, &cap, nm + 1, sizeof *m) != NCG_OK) {
			free(m);
			return NCG_ERR_NOMEM;
		}
		m = arr;
		m[nm].key = t->s;
		m[nm].series = object(v, t->s, NCG_P_MEETING_OF, 0);
		m[nm].date = object(v, t->s, NCG_P_DATE, 0);
		m[nm].ordinal = object(v, t->s, NCG_P_ORDINAL, 0)
		                ? atol(object(v, t->s, NCG_P_ORDINAL, 0)) : 0;
		nm++;
	}
	if (nm > 1)
		qsort(m, nm, sizeof *m, cmp_meeting);
	st = timeline(v, m, nm);
	free(m);
	return st;
}

ncg_status
ncg_view_new(ncg_facts *facts, ncg_view_kind kind, const char *base, ncg_view **out,
             ncg_error *err)
{
	ncg_view *v = calloc(1, sizeof *v);

	*out = NULL;
	if (!v)
		goto nomem;
	v->kind = kind;
	v->base = base ? base : NCG_ID_BASE;
	v->arena = ncg_arena_new();
	v->node_ix = ncg_strmap_new();
	if (!v->arena || !v->node_ix)
		goto nomem;
	if (ncg_facts_finish(facts, &v->t, &v->nt) != NCG_OK || index_facts(v) != NCG_OK ||
	    (kind == NCG_VIEW_BODIES ? build_bodies(v) : build_timeline(v)) != NCG_OK)
		goto nomem;
	*out = v;
	return NCG_OK;
nomem:
	ncg_view_free(v);
	return ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
}

void
ncg_view_free(ncg_view *v)
{
	if (!v)
		return;
	for (size_t i = 0; v->mentions && i < ncg_strmap_count(v->mentions); i++)
		free(((mention_list *)ncg_strmap_value_at(v->mentions, i))->v);
	ncg_strmap_free(v->mentions);
	ncg_strmap_free(v->described);
	ncg_strmap_free(v->announced);
	ncg_strmap_free(v->edge_ix);
	ncg_strmap_free(v->subject);
	ncg_strmap_free(v->node_ix);
	ncg_arena_free(v->arena);
	free(v->nodes);
	free(v->edges);
	free(v->clusters);
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
