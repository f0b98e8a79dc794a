/* ncgkg: drawing a view with Graphviz (libcgraph + libgvc). */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "ncgkg/arena.h"
#include "ncgkg/buf.h"
#include "ncgkg/draw.h"
#include "ncgkg/strmap.h"

#ifdef NCG_GV_BUILTIN_PLUGINS
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
#endif
#ifdef NCG_GV_PANGO_PLUGIN
extern gvplugin_library_t gvplugin_pango_LTX_library;
#endif

/* ---- object ids in creation order ---------------------------------------
 * cgraph's default id discipline takes the address of a name's string as
 * its id, and orders subgraphs by id when it writes them: the order of the
 * clusters in the SVG then depends on the heap.  These ids number names in
 * the order they are first used (even ids; anonymous objects get odd ones,
 * as in the default), so the same view always gives the same bytes. */

typedef struct {
	Agraph_t *g;
	ncg_strmap *index;      /* name -> position + 1 */
	char **name;            /* position -> name (cgraph's own string) */
	size_t n, cap;
	IDTYPE anon;
} id_state;

static void *
id_open(Agraph_t *g, Agdisc_t *disc)
{
	id_state *st = calloc(1, sizeof *st);

	(void)disc;
	if (!st)
		return NULL;
	st->g = g;
	st->index = ncg_strmap_new();
	st->anon = 1;
	if (!st->index) {
		free(st);
		return NULL;
	}
	return st;
}

static long
id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
	id_state *st = state;
	void *found, *arr;
	char *copy;

	(void)objtype;
	if (!str) {
		*id = st->anon;
		st->anon += 2;
		return 1;
	}
	found = ncg_strmap_get(st->index, str);
	if (found) {
		*id = (IDTYPE)(uintptr_t)found * 2;
		return 1;
	}
	if (!createflag)
		return 0;
	arr = st->name;
	/* cgraph's refcounted string: it reads flags (HTML) beside it */
	copy = agstrdup(st->g, str);
	if (!copy || ncg_grow(&arr, &st->cap, st->n + 1, sizeof *st->name) != 0)
		return 0;
	st->name = arr;
	st->name[st->n++] = copy;
	if (ncg_strmap_put(st->index, str, (void *)(uintptr_t)st->n) != 0)
		return 0;
	*id = (IDTYPE)st->n * 2;
	return 1;
}

static long
id_alloc(void *state, int objtype, IDTYPE id)
{
	(void)state;
	(void)objtype;
	(void)id;
	return 1;
}

static void
id_free(void *state, int objtype, IDTYPE id)
{
	(void)state;
	(void)objtype;
	(void)id;
}

static char *
id_print(void *state, int objtype, IDTYPE id)
{
	id_state *st = state;

	(void)objtype;
	if (id % 2 == 0 && id / 2 >= 1 && id / 2 <= st->n)
		return st->name[id / 2 - 1];
	return NULL;
}

static void
id_close(void *state)
{
	id_state *st = state;

	ncg_strmap_free(st->index);
	free(st->name);
	free(st);
}

static void
id_register(void *state, int objtype, void *obj)
{
	(void)state;
	(void)objtype;
	(void)obj;
}

static Agiddisc_t ordered_ids = {
	id_open, id_map, id_alloc, id_free, id_print, id_close, id_register
};

ncg_status
ncg_draw_format_parse(const char *name, ncg_draw_format *out)
{
	if (!strcmp(name, "svg"))
		*out = NCG_DRAW_SVG;
	else if (!strcmp(name, "png"))
		*out = NCG_DRAW_PNG;
	else if (!strcmp(name, "dot") || !strcmp(name, "gv"))
		*out = NCG_DRAW_DOT;
	else
		return NCG_ERR_USAGE;
	return NCG_OK;
}

/* A Graphviz context: the linked-in plugins, else the installed ones. */
static GVC_t *
context(ncg_draw_format fmt)
{
#ifdef NCG_GV_BUILTIN_PLUGINS
	lt_symlist_t builtins[5];
	size_t n = 0;

	builtins[n++] = (lt_symlist_t){"gvplugin_dot_layout_LTX_library",
	                               (void *)&gvplugin_dot_layout_LTX_library};
	builtins[n++] = (lt_symlist_t){"gvplugin_core_LTX_library",
	                               (void *)&gvplugin_core_LTX_library};
#ifdef NCG_GV_PANGO_PLUGIN
	/* text measured by pango only for pictures; SVG and DOT keep
	 * Graphviz's own metrics, the same on every machine */
	if (fmt == NCG_DRAW_PNG)
		builtins[n++] = (lt_symlist_t){"gvplugin_pango_LTX_library",
		                               (void *)&gvplugin_pango_LTX_library};
#endif
	builtins[n] = (lt_symlist_t){NULL, NULL};
	return gvContextPlugins(builtins, 0);
#else
	(void)fmt;
	return gvContext();
#endif
}

/* Graphviz reads backslash escapes in labels and tooltips ("\n", "\N"):
 * keep the text as text.  Appends to b. */
static void
append_escaped(ncg_buf *b, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '\\')
			ncg_buf_puts(b, "\\\\");
		else if (*s == '\n' || *s == '\r' || *s == '\t')
			ncg_buf_putc(b, ' ');
		else
			ncg_buf_putc(b, *s);
	}
	ncg_buf_append(b, "", 0);
}

/* Append s escaped, wrapped at spaces to lines of about `width`
 * characters (Graphviz line breaks: "\n"). */
static void
append_wrapped(ncg_buf *b, const char *s, size_t width)
{
	size_t col = 0;

	for (; s && *s; s++) {
		if (*s == ' ' && col >= width) {
			ncg_buf_puts(b, "\\n");
			col = 0;
			continue;
		}
		if (*s == '\\')
			ncg_buf_puts(b, "\\\\");
		else if (*s == '\n' || *s == '\r' || *s == '\t')
			ncg_buf_putc(b, ' ');
		else
			ncg_buf_putc(b, *s);
		if (((unsigned char)*s & 0xC0) != 0x80)
			col++;
	}
	ncg_buf_append(b, "", 0);
}

static const char *
escape(const char *s, ncg_buf *b)
{
	ncg_buf_reset(b);
	append_escaped(b, s);
	return ncg_buf_str(b);
}

static void
set(void *obj, const char *name, const char *value)
{
	agsafeset(obj, (char *)name, (char *)value, "");
}

static const char *
edge_name(ncg_vedge_kind k)
{
	static const char *const N[] = {"contributes", "partof", "memberof", "lists", "next",
	                                "sequence"};
	return N[k];
}

/* The legend: a table of the node shapes and edge styles shown. */
static void
legend(Agraph_t *g, ncg_view_kind kind)
{
	static const char BODIES[] =
		"<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\">"
		"<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
		"<TR><TD ALIGN=\"LEFT\">[ ]</TD><TD ALIGN=\"LEFT\">body (second line: acronym)</TD></TR>"
		"<TR><TD ALIGN=\"LEFT\">( )</TD><TD ALIGN=\"LEFT\">workstream</TD></TR>"
		"<TR><TD ALIGN=\"LEFT\">Aa</TD><TD ALIGN=\"LEFT\">official with a meeting role, and title</TD></TR>"
		"<TR><TD ALIGN=\"LEFT\">\xE2\x94\x80\xE2\x94\x80\xE2\x96\xB6</TD><TD ALIGN=\"LEFT\">contributes to</TD></TR>"
		"<TR><TD ALIGN=\"LEFT\">- - \xE2\x96\xB6</TD><TD ALIGN=\"LEFT\">part of</TD></TR>"
		"<TR><TD ALIGN=\"LEFT\">\xC2\xB7 \xC2\xB7 \xC2\xB7</TD><TD ALIGN=\"LEFT\">member of</TD></TR>"
		"<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">Hover: the sentence read; click: the IRI</TD></TR>"
		"</TABLE>";
	static const char TIMELINE[] =
		"<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\">"
		"<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
		"<TR><TD ALIGN=\"LEFT\">[#]</TD><TD ALIGN=\"LEFT\">meeting held (date, place)</TD></TR>"
		"<TR><TD ALIGN=\"LEFT\">[ ]</TD><TD ALIGN=\"LEFT\">meeting announced (dashed)</TD></TR>"
		"<TR><TD ALIGN=\"LEFT\">( )</TD><TD ALIGN=\"LEFT\">workstream, under the meeting that first listed it</TD></TR>"
		"<TR><TD ALIGN=\"LEFT\">\xE2\x94\x80\xE2\x94\x80\xE2\x96\xB6</TD><TD ALIGN=\"LEFT\">listed by (label: that statement's wording)</TD></TR>"
		"<TR><TD ALIGN=\"LEFT\">- - \xE2\x96\xB6</TD><TD ALIGN=\"LEFT\">announces the next meeting</TD></TR>"
		"</TABLE>";
	Agnode_t *n = agnode(g, "legend", 1);

	agsafeset(n, "label", agstrdup_html(g, (char *)(kind == NCG_VIEW_BODIES ? BODIES : TIMELINE)), "");
	set(n, "shape", "box");
	set(n, "style", "rounded");
	set(n, "color", "#888888");
	set(n, "fontsize", "10");
}

/* Timeline: the workstreams a meeting introduced, one under another
 * (invisible edges), so that the picture grows down, not sideways. */
static void
stack_columns(Agraph_t *g, const ncg_view *v, Agnode_t **nodes)
{
	for (size_t m = 0; m < ncg_view_nnodes(v); m++) {
		Agnode_t *prev = NULL;

		if (ncg_view_node(v, m)->kind != NCG_VN_MEETING)
			continue;
		for (size_t i = 0; i < ncg_view_nedges(v); i++) {
			const ncg_vedge *ed = ncg_view_edge(v, i);
			Agedge_t *e;

			if (ed->kind != NCG_VE_LISTS || ed->from != m || !ed->first)
				continue;
			if (prev) {
				e = agedge(g, prev, nodes[ed->to], "stack", 1);
				if (e)
					set(e, "style", "invis");
			}
			prev = nodes[ed->to];
		}
	}
}

/* Where each cluster of the bodies view goes, and its colour.  Combined
 * bodies (two states or more) go right of the workstreams; single-state
 * clusters alternate left and right by size, the largest left; bodies
 * with no state given go left. */
typedef struct {
	const ncg_view *v;
	int *right;             /* per cluster */
	const char **fill;      /* per cluster */
} sides;

static void
sides_free(sides *sd)
{
	free(sd->right);
	free(sd->fill);
	sd->right = NULL;
	sd->fill = NULL;
}

/* Work out the sides; on failure nothing is left allocated. */
static ncg_status
sides_init(sides *sd, const ncg_view *v)
{
	static const char *const SINGLE[] = {"#e8f0fb", "#fbeaea", "#eaf6ec", "#f6efe3"};
	size_t n = ncg_view_nclusters(v), *members, rank;

	sd->v = v;
	sd->right = calloc(n + 1, sizeof *sd->right);
	sd->fill = calloc(n + 1, sizeof *sd->fill);
	members = calloc(n + 1, sizeof *members);
	if (!sd->right || !sd->fill || !members) {
		free(members);
		sides_free(sd);
		return NCG_ERR_NOMEM;
	}
	for (size_t i = 0; i < ncg_view_nnodes(v); i++)
		for (size_t c = 0; c < n; c++)
			if (ncg_view_node(v, i)->cluster &&
			    !strcmp(ncg_view_node(v, i)->cluster, ncg_view_cluster(v, c)->id))
				members[c]++;
	for (size_t c = 0; c < n; c++) {
		const ncg_vcluster *cl = ncg_view_cluster(v, c);

		sd->fill[c] = cl->states < 0 ? "#fffbea" : cl->states > 1 ? "#efe8f7" : "#f2f2f2";
		sd->right[c] = cl->states > 1;
		if (cl->states != 1)
			continue;
		rank = 0;
		for (size_t o = 0; o < n; o++)
			if (o != c && ncg_view_cluster(v, o)->states == 1 &&
			    (members[o] > members[c] ||
			     (members[o] == members[c] && strcmp(ncg_view_cluster(v, o)->id, cl->id) < 0)))
				rank++;
		sd->right[c] = (int)(rank % 2);
		sd->fill[c] = SINGLE[rank % (sizeof SINGLE / sizeof SINGLE[0])];
	}
	free(members);
	return NCG_OK;
}

static int
right_side(const sides *sd, const ncg_vnode *n)
{
	for (size_t c = 0; n->cluster && c < ncg_view_nclusters(sd->v); c++)
		if (!strcmp(n->cluster, ncg_view_cluster(sd->v, c)->id))
			return sd->right[c];
	return 0;
}

/* Bodies view: three columns, each one rank: left-hand bodies,
 * workstreams, right-hand bodies (see sides_init); invisible edges keep
 * them in that order when no edge does. */
static void
columns(Agraph_t *g, const ncg_view *v, const sides *sd, Agnode_t **nodes)
{
	static const char *const NAMES[3] = {"left_column", "workstream_column", "right_column"};
	Agraph_t *col[3];
	Agnode_t *first[3] = {NULL, NULL, NULL};

	for (int c = 0; c < 3; c++) {
		col[c] = agsubg(g, (char *)NAMES[c], 1);
		set(col[c], "rank", "same");
	}
	for (size_t i = 0; i < ncg_view_nnodes(v); i++) {
		const ncg_vnode *n = ncg_view_node(v, i);
		int c = n->kind == NCG_VN_WORKSTREAM ? 1 : right_side(sd, n) ? 2 : 0;

		agsubnode(col[c], nodes[i], 1);
		if (!first[c])
			first[c] = nodes[i];
	}
	for (int c = 0; c + 1 < 3; c++)
		if (first[c] && first[c + 1]) {
			Agedge_t *e = agedge(g, first[c], first[c + 1], "column", 1);

			if (e) {
				set(e, "style", "invis");
				set(e, "weight", "0");
			}
		}
}

static Agraph_t *
build(const ncg_view *v, ncg_buf *tmp)
{
	Agdisc_t disc = {&AgMemDisc, &ordered_ids, &AgIoDisc};
	Agraph_t *g = agopen("ncgkg", Agdirected, &disc);
	Agnode_t **nodes;
	int bodies = ncg_view_kind_of(v) == NCG_VIEW_BODIES;
	sides sd;

	if (!g)
		return NULL;
	nodes = calloc(ncg_view_nnodes(v) + 1, sizeof *nodes);
	if (!nodes || sides_init(&sd, v) != NCG_OK) {
		free(nodes);
		agclose(g);
		return NULL;
	}
	set(g, "label", ncg_view_title(v));
	set(g, "labelloc", "t");
	set(g, "fontname", "Helvetica");
	set(g, "fontsize", "16");
	set(g, "rankdir", bodies ? "LR" : "TB");
	set(g, "nodesep", "0.25");
	set(g, "ranksep", bodies ? "1.6" : "0.9");
	set(g, "newrank", "true");
	set(g, "outputorder", "edgesfirst");
	if (bodies && ncg_view_nedges(v) > 60)
		set(g, "concentrate", "true");   /* bundle edges into shared trunks */
	agattr(g, AGNODE, "fontname", "Helvetica");
	agattr(g, AGNODE, "fontsize", "11");
	agattr(g, AGNODE, "style", "filled,rounded");
	agattr(g, AGNODE, "shape", "box");
	agattr(g, AGNODE, "fillcolor", "#ffffff");
	agattr(g, AGNODE, "margin", "0.12,0.06");
	agattr(g, AGEDGE, "fontname", "Helvetica");
	agattr(g, AGEDGE, "fontsize", "9");
	agattr(g, AGEDGE, "color", "#555555");
	agattr(g, AGEDGE, "arrowsize", "0.6");
	agattr(g, AGRAPH, "style", "filled,rounded");
	agattr(g, AGRAPH, "fillcolor", "#ffffff");
	agattr(g, AGRAPH, "fontname", "Helvetica");
	for (size_t i = 0; i < ncg_view_nclusters(v); i++) {
		const ncg_vcluster *c = ncg_view_cluster(v, i);
		Agraph_t *sg = agsubg(g, (char *)c->id, 1);

		set(sg, "label", c->label);
		set(sg, "fillcolor", sd.fill[i]);
		set(sg, "color", "#bbbbbb");
		set(sg, "fontsize", "13");
	}
	for (size_t i = 0; i < ncg_view_nnodes(v); i++) {
		const ncg_vnode *n = ncg_view_node(v, i);
		Agraph_t *in = n->cluster ? agsubg(g, (char *)n->cluster, 0) : g;
		Agnode_t *a = agnode(in ? in : g, (char *)n->id, 1);

		nodes[i] = a;
		/* the name, and a second line: acronym, date and place, title */
		ncg_buf_reset(tmp);
		append_wrapped(tmp, n->label, 32);
		if (n->sublabel) {
			ncg_buf_puts(tmp, "\\n");
			append_wrapped(tmp, n->sublabel, 40);
		}
		set(a, "label", ncg_buf_str(tmp));
		set(a, "href", n->href);
		set(a, "target", "_blank");
		if (n->tooltip)
			set(a, "tooltip", escape(n->tooltip, tmp));
		switch (n->kind) {
		case NCG_VN_BODY:
			set(a, "shape", "box");
			break;
		case NCG_VN_WORKSTREAM:
			set(a, "shape", "ellipse");
			set(a, "fillcolor", "#fff3c4");
			break;
		case NCG_VN_OFFICIAL:
			set(a, "shape", "plaintext");
			set(a, "fontsize", "10");
			break;
		case NCG_VN_MEETING:
			set(a, "fillcolor", n->planned ? "#ffffff" : "#dbe9f6");
			if (n->planned)
				set(a, "style", "dashed,rounded");
			break;
		}
	}
	if (bodies) {
		columns(g, v, &sd, nodes);
	} else {
		/* meetings side by side, in order */
		Agraph_t *row = agsubg(g, "meetings", 1);

		set(row, "rank", "same");
		for (size_t i = 0; i < ncg_view_nnodes(v); i++)
			if (ncg_view_node(v, i)->kind == NCG_VN_MEETING)
				agsubnode(row, nodes[i], 1);
	}
	for (size_t i = 0; i < ncg_view_nedges(v); i++) {
		const ncg_vedge *ed = ncg_view_edge(v, i);
		int back = bodies && ed->kind == NCG_VE_CONTRIBUTES &&
		           right_side(&sd, ncg_view_node(v, ed->from));
		Agedge_t *e = back ? agedge(g, nodes[ed->to], nodes[ed->from], (char *)edge_name(ed->kind), 1)
		                   : agedge(g, nodes[ed->from], nodes[ed->to], (char *)edge_name(ed->kind), 1);

		if (!e)
			continue;
		if (back)
			set(e, "dir", "back");   /* still drawn body -> workstream */
		if (ed->label)
			set(e, "label", escape(ed->label, tmp));
		if (ed->tooltip)
			set(e, "tooltip", escape(ed->tooltip, tmp));
		switch (ed->kind) {
		case NCG_VE_PART_OF:
			/* within a column: a body and its parent share a rank, so
			 * each state's bodies stay one column beside the others */
			set(e, "style", "dashed");
			set(e, "constraint", "false");
			break;
		case NCG_VE_MEMBER_OF:
			set(e, "style", "dotted");
			set(e, "arrowhead", "none");
			set(e, "constraint", "false");
			break;
		case NCG_VE_SEQUENCE:
			set(e, "style", "bold");
			set(e, "color", "#7a9cc6");
			set(e, "weight", "10");
			break;
		case NCG_VE_NEXT:
			set(e, "style", "dashed");
			set(e, "constraint", "false");
			break;
		case NCG_VE_LISTS:
			/* a workstream hangs under the meeting that first listed it;
			 * later meetings' edges show that it persists */
			if (!ed->first) {
				set(e, "constraint", "false");
				set(e, "color", "#8a8a8a");
			}
			break;
		case NCG_VE_CONTRIBUTES:
			break;
		}
	}
	if (!bodies)
		stack_columns(g, v, nodes);
	legend(g, ncg_view_kind_of(v));
	sides_free(&sd);
	free(nodes);
	return g;
}

ncg_status
ncg_draw(const ncg_view *v, ncg_draw_format fmt, char **out, size_t *len, ncg_error *err)
{
	GVC_t *gvc = NULL;
	Agraph_t *g;
	ncg_buf tmp;
	ncg_status st = NCG_OK;

	*out = NULL;
	*len = 0;
	ncg_buf_init(&tmp);
	g = build(v, &tmp);
	ncg_buf_free(&tmp);
	if (!g)
		return ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
	if (fmt == NCG_DRAW_DOT) {
		/* the graph as built, before layout: readable and stable */
		char *buf = NULL;
		size_t n = 0;
		FILE *mem = open_memstream(&buf, &n);

		if (!mem || agwrite(g, mem) != 0) {
			if (mem)
				fclose(mem);
			free(buf);
			agclose(g);
			return ncg_error_set(err, NCG_ERR_GRAPHVIZ, "", 0, 0, -1, "cannot write DOT");
		}
		fclose(mem);
		agclose(g);
		*out = buf;
		*len = n;
		return NCG_OK;
	}
	gvc = context(fmt);
	if (!gvc) {
		agclose(g);
		return ncg_error_set(err, NCG_ERR_GRAPHVIZ, "", 0, 0, -1,
		                     "cannot start Graphviz");
	}
	if (gvLayout(gvc, g, "dot") != 0) {
		st = ncg_error_set(err, NCG_ERR_GRAPHVIZ, "", 0, 0, -1,
		                   "Graphviz cannot lay out the graph (dot layout plugin missing?)");
	} else {
		char *data = NULL;
		unsigned int n = 0;

		if (gvRenderData(gvc, g, fmt == NCG_DRAW_PNG ? "png" : "svg", &data, &n) != 0 ||
		    !data) {
			st = ncg_error_set(err, NCG_ERR_GRAPHVIZ, "", 0, 0, -1,
			                   "Graphviz cannot render %s (renderer plugin missing?)",
			                   fmt == NCG_DRAW_PNG ? "PNG" : "SVG");
		} else {
			*out = malloc(n + 1);
			if (*out) {
				memcpy(*out, data, n);
				(*out)[n] = '\0';
				*len = n;
			} else {
				st = ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
			}
		}
		if (data)
			gvFreeRenderData(data);
		gvFreeLayout(gvc, g);
	}
	agclose(g);
	gvFreeContext(gvc);
	return st;
}
