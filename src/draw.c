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
	if (!st)                /* id_open was out of memory */
		return 0;
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
	if (st && id % 2 == 0 && id / 2 >= 1 && id / 2 <= st->n)
		return st->name[id / 2 - 1];
	return NULL;
}

static void
id_close(void *state)
{
	id_state *st = state;

	if (!st)
		return;
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

/* ---- text --------------------------------------------------------------------
 * One font, named with fallbacks a browser has: pango measures DejaVu Sans
 * (fonts-dejavu-core) and the SVG names the same font first, so that what
 * was measured is what a browser draws. */
#define FONT "DejaVu Sans,Verdana,sans-serif"

/* Graphviz crashes on labels of a megabyte and more: a label part and a
 * tooltip are cut (with an ellipsis) at these many characters; the full
 * text stays in the RDF. */
#define LABEL_MAX 200
#define TOOLTIP_MAX 1000
#define ELLIPSIS "\xE2\x80\xA6"

/* The `textspan_size` of libgvc: exported, but not in its headers.  It
 * measures a line with the loaded text-layout plugin (pango), else with
 * Graphviz's estimates. */
extern pointf textspan_size(GVC_t *gvc, textspan_t *span);

/* Sizes measured with the text-layout plugin, by face, size and text: a
 * drawing measures the same words again and again (each line as it grows
 * a word at a time, then once more; the same edge labels), and each
 * measure lays the text out anew (issue 9). */
typedef struct {
	ncg_strmap *map;        /* key -> pointf in arena */
	ncg_arena *arena;
	ncg_buf key;
} size_cache;

typedef struct {
	GVC_t *gvc;             /* NULL: estimate */
	ncg_buf *tmp;
	ncg_buf line;
	int bold;               /* measure in the bold face */
	size_cache *sizes;      /* or NULL */
} measure;

/* Width and height in points of one line of text. */
static pointf
text_size(measure *ms, const char *s, double size)
{
	pointf r;

	if (ms->gvc) {
		textfont_t font;
		textspan_t span;
		size_cache *c = ms->sizes;
		pointf *known = NULL;

		if (c) {
			char face = (char)ms->bold;

			ncg_buf_reset(&c->key);
			ncg_buf_append(&c->key, (const char *)&size, sizeof size);
			ncg_buf_append(&c->key, &face, 1);
			ncg_buf_puts(&c->key, s);
			if (c->key.status == NCG_OK &&
			    (known = ncg_strmap_getn(c->map, c->key.data, c->key.len)) != NULL)
				return *known;
		}

		memset(&font, 0, sizeof font);
		memset(&span, 0, sizeof span);
		font.name = (char *)(ms->bold ? FONT " Bold" : FONT);
		font.size = size;
		span.str = (char *)s;
		span.font = &font;
		span.just = 'n';
		r = textspan_size(ms->gvc, &span);
		if (span.layout && span.free_layout)
			span.free_layout(span.layout);
		if (c && c->key.status == NCG_OK &&
		    (known = ncg_arena_alloc(c->arena, sizeof *known)) != NULL &&
		    ncg_strmap_putn(c->map, c->key.data, c->key.len, known) == NCG_OK)
			*known = r;
		return r;
	}
	r.x = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			r.x += 0.62 * size;
	r.y = 1.2 * size;
	return r;
}

/* Graphviz 2.42's pango text layout plugin keeps a pointer to the last
 * font name it measured.  After a layout that is a name in the context's
 * font dictionary, which gvFreeContext frees: the next drawing in the
 * same process (a library user, the tests, the benchmark) would read
 * freed memory.  Measuring once more with our own font name (a string
 * constant) at a size no drawing uses leaves the plugin pointing at it. */
static void
forget_layout_fonts(GVC_t *gvc)
{
	measure ms;

	memset(&ms, 0, sizeof ms);
	ms.gvc = gvc;
	(void)text_size(&ms, "x", 0.5);
}

/* Append s to b as Graphviz escString text: backslashes kept as text,
 * control characters as spaces, at most `max` characters (then an
 * ellipsis). */
static void
append_capped(ncg_buf *b, const char *s, size_t max)
{
	size_t chars = 0;

	for (; s && *s; s++) {
		if (((unsigned char)*s & 0xC0) != 0x80 && chars++ == max) {
			ncg_buf_puts(b, ELLIPSIS);
			break;
		}
		if (*s == '\\')
			ncg_buf_puts(b, "\\\\");
		else if (*s == '\n' || *s == '\r' || *s == '\t')
			ncg_buf_putc(b, ' ');
		else
			ncg_buf_putc(b, *s);
	}
	ncg_buf_append(b, "", 0);
}

/* s's first LABEL_MAX characters into text (of `size` bytes), line breaks
 * and tabs as spaces; returns 1 when some were left out. */
static int
wrap_text(const char *s, char *text, size_t size)
{
	size_t len = 0, chars = 0;
	int cut = 0;

	for (const char *q = s ? s : ""; *q; q++) {
		if ((((unsigned char)*q & 0xC0) != 0x80 && chars++ == LABEL_MAX) ||
		    len + 5 >= size) {
			cut = 1;
			break;
		}
		text[len++] = *q == '\n' || *q == '\r' || *q == '\t' ? ' ' : *q;
	}
	text[len] = '\0';
	return cut;
}

/* The end of the line that starts at p: its first word, and the words
 * after it while the line fits `width`. */
static char *
wrap_line_end(measure *ms, char *p, double size, double width)
{
	char *end = p;

	while (*end && *end != ' ')
		end++;
	for (;;) {
		char *next = end, keep;
		double w;

		while (*next == ' ')
			next++;
		if (!*next)
			break;
		while (*next && *next != ' ')
			next++;
		keep = *next;
		*next = '\0';
		w = text_size(ms, p, size).x;
		*next = keep;
		if (w > width)
			break;
		end = next;
	}
	return end;
}

/* The line in ms->line, the last one, cut to fit `width` with the
 * ellipsis. */
static void
wrap_cut_last(measure *ms, double size, double width)
{
	size_t l = ms->line.len;

	ncg_buf_puts(&ms->line, ELLIPSIS);
	while (l > 1 && text_size(ms, ncg_buf_str(&ms->line), size).x > width) {
		do
			l--;
		while (l > 0 && ((unsigned char)ms->line.data[l] & 0xC0) == 0x80);
		ms->line.len = l;
		ncg_buf_puts(&ms->line, ELLIPSIS);
	}
}

/* Lay out s in lines no wider than `width` points (a word wider than
 * that gets a line of its own), at most `maxlines`, and append them to b
 * as a Graphviz label, each line ended by `brk` ("\\n" centred, "\\l"
 * left).  Only the first LABEL_MAX characters are laid out; text left out
 * ends the last line with an ellipsis.  Returns the widest line's width;
 * *lines gets the count. */
static double
append_wrapped(measure *ms, ncg_buf *b, const char *s, double size, double width,
               int maxlines, const char *brk, int *lines)
{
	char text[4 * LABEL_MAX + 8];
	int cut = wrap_text(s, text, sizeof text), n = 0;
	double widest = 0;
	char *p = text;

	while (*p == ' ')
		p++;
	while (*p && n < maxlines) {
		char *end = wrap_line_end(ms, p, size, width), *rest = end;
		double w;

		while (*rest == ' ')
			rest++;
		ncg_buf_reset(&ms->line);
		ncg_buf_append(&ms->line, p, (size_t)(end - p));
		if ((n + 1 == maxlines && *rest) || (cut && !*rest)) {
			wrap_cut_last(ms, size, width);
			rest = p + strlen(p);
		}
		w = text_size(ms, ncg_buf_str(&ms->line), size).x;
		if (w > widest)
			widest = w;
		append_capped(b, ncg_buf_str(&ms->line), 2 * LABEL_MAX);
		ncg_buf_puts(b, brk);
		n++;
		p = rest;
	}
	if (lines)
		*lines = n;
	return widest;
}

/* Drop the line break append_wrapped put after the last line. */
static void
trim_break(ncg_buf *b)
{
	if (b->len >= 2 && b->data[b->len - 2] == '\\' &&
	    (b->data[b->len - 1] == 'n' || b->data[b->len - 1] == 'l'))
		b->len -= 2;
	ncg_buf_append(b, "", 0);
}

/* Square root and rounding, without libm. */
static double
root(double x)
{
	double r = x > 1 ? x : 1;

	if (x <= 0)
		return 0;
	for (int i = 0; i < 40; i++)
		r = (r + x / r) / 2;
	return r;
}

static double
floor_of(double x)
{
	double i = (double)(long)x;

	return i > x ? i - 1 : i;
}

static double
ceil_of(double x)
{
	double i = (double)(long)x;

	return i < x ? i + 1 : i;
}

static const char *
capped(const char *s, ncg_buf *b, size_t max)
{
	ncg_buf_reset(b);
	append_capped(b, s, max);
	return ncg_buf_str(b);
}

static void
set(void *obj, const char *name, const char *value)
{
	agsafeset(obj, (char *)name, (char *)value, "");
}

static void
set_num(void *obj, const char *name, double value)
{
	char buf[64];

	snprintf(buf, sizeof buf, "%.4f", value);
	set(obj, name, buf);
}

/* pos, in Graphviz's coordinates: y grows upwards */
static void
set_pos(void *obj, double x, double y)
{
	char buf[64];

	snprintf(buf, sizeof buf, "%.2f,%.2f", x, -y);
	set(obj, "pos", buf);
}

static const char *
edge_name(ncg_vedge_kind k)
{
	static const char *const N[] = {"contributes", "partof", "memberof", "lists", "next",
	                                "sequence", "role", "participant", "reviews",
	                                "reports", "shows"};
	return N[k];
}

/* ---- marks: one look per kind of node and edge, shared by the views and
 * their legends ---------------------------------------------------------------- */

typedef struct {
	const char *shape, *style, *fill, *color;
	const char *caption;    /* key of its text (ncg_view_text) */
	int rounded;            /* the legend sample's corners */
} node_look;

static node_look
look_of(const ncg_vnode *n)
{
	switch (n->kind) {
	case NCG_VN_BODY:
		return (node_look){"box", "filled", "#ffffff", "#333333",
		                   "drawing/node/body", 0};
	case NCG_VN_WORKSTREAM:
		return (node_look){"box", "filled,rounded", "#fff3c4", "#b8962e",
		                   "drawing/node/workstream", 1};
	case NCG_VN_OFFICIAL:
		return (node_look){"box", "filled,rounded", "#ececec", "#777777",
		                   "drawing/node/official", 1};
	case NCG_VN_MEETING:
		if (n->planned)
			return (node_look){"box", "dashed,rounded", "#ffffff", "#3f6f9f",
			                   "drawing/node/meeting-planned", 1};
		return (node_look){"box", "filled,rounded", "#dbe9f6", "#3f6f9f",
		                   "drawing/node/meeting", 1};
	case NCG_VN_EVENT:
		return (node_look){"box", "filled,rounded", "#dff0e1", "#4c8c57",
		                   "drawing/node/event", 1};
	case NCG_VN_ACTIVITY:
		return (node_look){"box", "filled,rounded", "#efe3f7", "#8a5aa8",
		                   "drawing/node/activity", 1};
	case NCG_VN_ASSET:
		return (node_look){"box", "filled", "#dff0e1", "#4c8c57", "drawing/node/asset", 0};
	case NCG_VN_STATE:
		return (node_look){"box", "filled", "#f2f2f2", "#333333", "drawing/node/state", 0};
	}
	return (node_look){"box", "filled", "#ffffff", "#333333", "", 0};
}

typedef struct {
	const char *style, *color;
	const char *caption;    /* key of its text (ncg_view_text) */
	int arrow;
} edge_look;

static edge_look
edge_look_of(ncg_vedge_kind k)
{
	switch (k) {
	case NCG_VE_CONTRIBUTES: return (edge_look){"solid", "#555555", "drawing/edge/contributes", 1};
	case NCG_VE_PART_OF: return (edge_look){"dashed", "#555555", "drawing/edge/part-of", 1};
	case NCG_VE_MEMBER_OF: return (edge_look){"dotted", "#555555", "drawing/edge/member-of", 0};
	case NCG_VE_LISTS:
		return (edge_look){"solid", "#3f6f9f",
		                   "drawing/edge/lists", 1};
	case NCG_VE_NEXT: return (edge_look){"dashed", "#3f6f9f", "drawing/edge/next", 1};
	case NCG_VE_SEQUENCE: return (edge_look){"bold", "#7a9cc6", "drawing/edge/sequence", 1};
	case NCG_VE_ROLE:
		return (edge_look){"bold", "#b5532a", "drawing/edge/role", 1};
	case NCG_VE_PARTICIPANT: return (edge_look){"solid", "#999999", "drawing/edge/participant", 1};
	case NCG_VE_REVIEWS:
		return (edge_look){"dotted", "#4c8c57", "drawing/edge/reviews", 1};
	case NCG_VE_REPORTS:
		return (edge_look){"dotted", "#8a5aa8", "drawing/edge/reports", 1};
	case NCG_VE_SHOWS: return (edge_look){"solid", "#4c8c57", "drawing/edge/shows", 1};
	}
	return (edge_look){"solid", "#555555", "", 1};
}

static void
apply_node_look(Agnode_t *a, const ncg_vnode *n)
{
	node_look lk = look_of(n);

	set(a, "shape", lk.shape);
	set(a, "style", lk.style);
	set(a, "fillcolor", lk.fill);
	set(a, "color", lk.color);
}

/* Text into an HTML-like label: the lexicon's texts are plain text. */
static void
html_text(ncg_buf *b, const char *s)
{
	for (; *s; s++)
		switch (*s) {
		case '&': ncg_buf_puts(b, "&amp;"); break;
		case '<': ncg_buf_puts(b, "&lt;"); break;
		case '>': ncg_buf_puts(b, "&gt;"); break;
		case '"': ncg_buf_puts(b, "&quot;"); break;
		default: ncg_buf_putc(b, *s); break;
		}
}

/* Into b: text with placeholder ph1 replaced by v1, and ph2 (or NULL) by
 * v2, each at its first place; a placeholder the text lacks is left out. */
static void
fill2(ncg_buf *b, const char *text, const char *ph1, const char *v1, const char *ph2,
      const char *v2)
{
	while (*text) {
		if (ph1 && !strncmp(text, ph1, strlen(ph1))) {
			ncg_buf_puts(b, v1 ? v1 : "");
			text += strlen(ph1);
			ph1 = NULL;
		} else if (ph2 && !strncmp(text, ph2, strlen(ph2))) {
			ncg_buf_puts(b, v2 ? v2 : "");
			text += strlen(ph2);
			ph2 = NULL;
		} else {
			ncg_buf_putc(b, *text++);
		}
	}
}

/* A legend row of an HTML table: a sample box and its caption. */
static void
legend_node_row(ncg_buf *b, const ncg_view *v, node_look lk)
{
	ncg_buf_printf(b,
	               "<TR><TD WIDTH=\"38\" HEIGHT=\"16\" FIXEDSIZE=\"TRUE\" BORDER=\"1\""
	               " COLOR=\"%s\" BGCOLOR=\"%s\"%s%s></TD>"
	               "<TD ALIGN=\"LEFT\">",
	               lk.color, strstr(lk.style, "filled") ? lk.fill : "#ffffff",
	               lk.rounded ? " STYLE=\"rounded" : "",
	               lk.rounded ? (strstr(lk.style, "dashed") ? ",dashed\"" : "\"")
	                          : (strstr(lk.style, "dashed") ? " STYLE=\"dashed\"" : ""));
	html_text(b, ncg_view_text(v, lk.caption));
	ncg_buf_puts(b, "</TD><TD WIDTH=\"10\"></TD></TR>");
}

/* A legend row: a sample line (its style and colour; an arrowhead where
 * the edges have one) and its caption. */
static void
legend_edge_row(ncg_buf *b, const ncg_view *v, edge_look lk)
{
	const char *style = !strcmp(lk.style, "dashed") ? " STYLE=\"dashed\""
	                    : !strcmp(lk.style, "dotted") ? " STYLE=\"dotted\"" : "";

	ncg_buf_printf(b,
	               "<TR><TD WIDTH=\"38\" HEIGHT=\"16\">"
	               "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
	               "<TR><TD WIDTH=\"%d\" HEIGHT=\"6\" BORDER=\"%d\" SIDES=\"B\""
	               " COLOR=\"%s\"%s></TD>"
	               "<TD ROWSPAN=\"2\"><FONT POINT-SIZE=\"7\" COLOR=\"%s\">%s</FONT></TD></TR>"
	               "<TR><TD WIDTH=\"%d\" HEIGHT=\"6\"></TD></TR>"
	               "</TABLE></TD><TD ALIGN=\"LEFT\">",
	               lk.arrow ? 30 : 38, !strcmp(lk.style, "bold") ? 2 : 1, lk.color, style,
	               lk.color, lk.arrow ? "\xE2\x96\xB6" : " ", lk.arrow ? 30 : 38);
	html_text(b, ncg_view_text(v, lk.caption));
	ncg_buf_puts(b, "</TD><TD WIDTH=\"10\"></TD></TR>");
}

/* The legend of a dot-laid view: a sample of every mark it draws; 0
 * when out of memory. */
static int
legend(Agraph_t *g, const ncg_view *v, ncg_buf *b)
{
	int node_seen[16] = {0}, planned_seen = 0, edge_seen[16] = {0};
	Agnode_t *n;

	ncg_buf_reset(b);
	ncg_buf_puts(b, "<TABLE BORDER=\"1\" STYLE=\"rounded\" COLOR=\"#888888\" BGCOLOR=\"#ffffff\""
	             " CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\">"
	             "<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><B>");
	html_text(b, ncg_view_text(v, "drawing/legend/title"));
	ncg_buf_puts(b, "</B></TD></TR>");
	for (size_t i = 0; i < ncg_view_nnodes(v); i++) {
		const ncg_vnode *vn = ncg_view_node(v, i);
		int *seen = vn->kind == NCG_VN_MEETING && vn->planned ? &planned_seen
		                                                       : &node_seen[vn->kind];

		if (!*seen)
			legend_node_row(b, v, look_of(vn));
		*seen = 1;
	}
	for (size_t i = 0; i < ncg_view_nedges(v); i++) {
		ncg_vedge_kind k = ncg_view_edge(v, i)->kind;

		if (!edge_seen[k])
			legend_edge_row(b, v, edge_look_of(k));
		edge_seen[k] = 1;
	}
	ncg_buf_puts(b, "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">");
	html_text(b, ncg_view_text(v, "drawing/legend/hover"));
	ncg_buf_puts(b, "</TD><TD WIDTH=\"10\"></TD></TR></TABLE>");
	n = agnode(g, "legend", 1);
	if (!n)
		return 0;
	agsafeset(n, "label", agstrdup_html(g, (char *)ncg_buf_str(b)), "");
	set(n, "shape", "plain");
	set(n, "fontsize", "10");
	set(n, "tooltip", ncg_view_text(v, "drawing/legend/title"));
	return 1;
}

/* ---- the bodies and meeting views: laid out by dot ------------------------- */

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

		sd->fill[c] = cl->states == -1 ? "#fffbea" : cl->states == -2 ? "#f7f3e3"
		              : cl->states > 1 ? "#efe8f7" : "#f2f2f2";
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
 * them in that order when no edge does.  0 when out of memory. */
static int
columns(Agraph_t *g, const ncg_view *v, const sides *sd, Agnode_t **nodes)
{
	static const char *const NAMES[3] = {"left_column", "workstream_column", "right_column"};
	Agraph_t *col[3];
	Agnode_t *first[3] = {NULL, NULL, NULL};

	for (int c = 0; c < 3; c++) {
		if (!(col[c] = agsubg(g, (char *)NAMES[c], 1)))
			return 0;
		set(col[c], "rank", "same");
	}
	for (size_t i = 0; i < ncg_view_nnodes(v); i++) {
		const ncg_vnode *n = ncg_view_node(v, i);
		int c = n->kind == NCG_VN_WORKSTREAM ? 1 : right_side(sd, n) ? 2 : 0;

		if (!agsubnode(col[c], nodes[i], 1))
			return 0;
		if (!first[c])
			first[c] = nodes[i];
	}
	for (int c = 0; c + 1 < 3; c++)
		if (first[c] && first[c + 1]) {
			Agedge_t *e = agedge(g, first[c], first[c + 1], "column", 1);

			if (!e)
				return 0;
			set(e, "style", "invis");
			set(e, "weight", "0");
		}
	return 1;
}

/* A node's label: its name, and a second part (acronym, date and place,
 * title) in lines of at most `width` points. */
static const char *
node_label(measure *ms, const ncg_vnode *n, double size, double width)
{
	ncg_buf_reset(ms->tmp);
	append_wrapped(ms, ms->tmp, n->label, size, width, 4, "\\n", NULL);
	if (n->sublabel)
		append_wrapped(ms, ms->tmp, n->sublabel, size, width, 4, "\\n", NULL);
	trim_break(ms->tmp);
	return ncg_buf_str(ms->tmp);
}

static void
common_attrs(Agraph_t *g)
{
	set(g, "fontname", FONT);
	set(g, "fontsize", "16");
	set(g, "labelloc", "t");
	agattr(g, AGNODE, "fontname", FONT);
	agattr(g, AGNODE, "fontsize", "11");
	agattr(g, AGNODE, "margin", "0.1,0.05");
	agattr(g, AGEDGE, "fontname", FONT);
	agattr(g, AGEDGE, "fontsize", "9");
	agattr(g, AGEDGE, "arrowsize", "0.6");
	agattr(g, AGRAPH, "fontname", FONT);
}

static Agraph_t *
new_graph(void)
{
	Agdisc_t disc = {&AgMemDisc, &ordered_ids, &AgIoDisc};

	return agopen("ncgkg", Agdirected, &disc);
}

/* The graph's attributes: its title, left to right, spacing. */
static void
dot_attrs(Agraph_t *g, const ncg_view *v, measure *ms, int bodies)
{
	common_attrs(g);
	set(g, "label", capped(ncg_view_title(v), ms->tmp, LABEL_MAX));
	set(g, "rankdir", "LR");
	set(g, "nodesep", "0.25");
	set(g, "ranksep", bodies ? "1.6" : "1.2");
	set(g, "newrank", "true");
	set(g, "outputorder", "edgesfirst");
	if (bodies && ncg_view_nedges(v) > 60)
		set(g, "concentrate", "true");   /* bundle edges into shared trunks */
	agattr(g, AGRAPH, "style", "filled,rounded");
	agattr(g, AGRAPH, "fillcolor", "#ffffff");
}

/* The view's clusters, each in its parent (made before it); 0 when out
 * of memory. */
static int
dot_clusters(Agraph_t *g, const ncg_view *v, measure *ms, const sides *sd)
{
	for (size_t i = 0; i < ncg_view_nclusters(v); i++) {
		const ncg_vcluster *c = ncg_view_cluster(v, i);
		Agraph_t *parent = c->parent ? agsubg(g, (char *)c->parent, 0) : NULL;
		Agraph_t *sg = agsubg(parent ? parent : g, (char *)c->id, 1);

		if (!sg)
			return 0;
		set(sg, "label", capped(c->label, ms->tmp, LABEL_MAX));
		set(sg, "fillcolor", sd->fill[i]);
		set(sg, "color", "#bbbbbb");
		set(sg, "fontsize", c->states == -2 ? "11" : "13");
	}
	return 1;
}

/* The cluster node n goes in, or NULL; a nested cluster is found from
 * its parent. */
static Agraph_t *
dot_cluster_of(Agraph_t *g, const ncg_view *v, const ncg_vnode *n)
{
	Agraph_t *in = n->cluster ? agsubg(g, (char *)n->cluster, 0) : NULL;

	for (size_t c = 0; !in && n->cluster && c < ncg_view_nclusters(v); c++)
		if (!strcmp(ncg_view_cluster(v, c)->id, n->cluster) && ncg_view_cluster(v, c)->parent) {
			Agraph_t *p = agsubg(g, (char *)ncg_view_cluster(v, c)->parent, 0);

			in = p ? agsubg(p, (char *)n->cluster, 0) : NULL;
		}
	return in;
}

/* The node of view node n, in its cluster. */
static Agnode_t *
dot_node(Agraph_t *g, const ncg_view *v, measure *ms, const ncg_vnode *n)
{
	Agraph_t *in = dot_cluster_of(g, v, n);
	Agnode_t *a = agnode(in ? in : g, (char *)n->id, 1);
	double size = n->kind == NCG_VN_OFFICIAL ? 10 : 11;

	if (!a)
		return NULL;
	set(a, "label", node_label(ms, n, size, n->kind == NCG_VN_OFFICIAL ? 230 : 200));
	if (n->kind == NCG_VN_OFFICIAL)
		set(a, "fontsize", "10");
	if (n->href) {
		set(a, "href", n->href);
		set(a, "target", "_blank");
	}
	set(a, "tooltip", n->tooltip ? capped(n->tooltip, ms->tmp, TOOLTIP_MAX)
	                             : capped(n->label, ms->tmp, TOOLTIP_MAX));
	apply_node_look(a, n);
	return a;
}

/* Edge ed's label on e.  `back`: e is drawn from ed's head. */
static void
dot_edge_label(Agedge_t *e, const sides *sd, measure *ms, const ncg_vedge *ed, int bodies,
               int back)
{
	const ncg_view *v = sd->v;
	/* dot 2.42 corrupts its heap on labelled edges within a rank: edges
	 * that do not order ranks get an xlabel */
	int flat = ed->kind == NCG_VE_PART_OF || ed->kind == NCG_VE_MEMBER_OF ||
	           ed->kind == NCG_VE_NEXT ||
	           (bodies && ed->kind == NCG_VE_ROLE &&
	            right_side(sd, ncg_view_node(v, ed->from)) ==
	            right_side(sd, ncg_view_node(v, ed->to)));

	ncg_buf_reset(ms->tmp);
	append_wrapped(ms, ms->tmp, ed->label, 9, 150, 3, "\\n", NULL);
	trim_break(ms->tmp);
	/* a role: beside the official, where it cannot be taken for another
	 * edge's */
	if (bodies && ed->kind == NCG_VE_ROLE) {
		ncg_buf_reset(ms->tmp);
		append_wrapped(ms, ms->tmp, ed->label, 9, 110, 5, "\\n", NULL);
		trim_break(ms->tmp);
		set(e, back ? "headlabel" : "taillabel", ncg_buf_str(ms->tmp));
		set(e, "labelangle", "0");
		set(e, "labeldistance", "7.5");
		set(e, "labelfontcolor", edge_look_of(ed->kind).color);
	} else {
		set(e, flat ? "xlabel" : "label", ncg_buf_str(ms->tmp));
	}
}

/* The edge of view edge ed.  In the bodies view a contribution or role
 * from the right-hand side to the left is made backwards (and drawn
 * forwards), so that it does not turn the columns round.  0 when out of
 * memory. */
static int
dot_edge(Agraph_t *g, const sides *sd, measure *ms, Agnode_t **nodes, const ncg_vedge *ed,
         int bodies)
{
	const ncg_view *v = sd->v;
	edge_look lk = edge_look_of(ed->kind);
	int back = bodies && (ed->kind == NCG_VE_CONTRIBUTES || ed->kind == NCG_VE_ROLE) &&
	           right_side(sd, ncg_view_node(v, ed->from)) &&
	           !right_side(sd, ncg_view_node(v, ed->to));
	Agedge_t *e = back ? agedge(g, nodes[ed->to], nodes[ed->from], (char *)edge_name(ed->kind), 1)
	                   : agedge(g, nodes[ed->from], nodes[ed->to], (char *)edge_name(ed->kind), 1);

	if (!e)
		return 0;
	if (back)
		set(e, "dir", "back");   /* still drawn from -> to */
	if (ed->label)
		dot_edge_label(e, sd, ms, ed, bodies, back);
	set(e, "tooltip", ed->tooltip ? capped(ed->tooltip, ms->tmp, TOOLTIP_MAX)
	                              : ncg_view_text(v, lk.caption));
	set(e, "style", lk.style);
	set(e, "color", lk.color);
	if (ed->label)
		set(e, "fontcolor", lk.color);
	if (!lk.arrow)
		set(e, "arrowhead", "none");
	/* a part-of edge stays within a column: a body and its parent share
	 * a rank, so each state's bodies stay one column beside the others */
	if (ed->kind == NCG_VE_PART_OF || ed->kind == NCG_VE_MEMBER_OF || ed->kind == NCG_VE_NEXT ||
	    (bodies && ed->kind == NCG_VE_ROLE))
		set(e, "constraint", "false");
	return 1;
}

/* The bodies and meeting views, laid out by dot. */
static Agraph_t *
build_dot(const ncg_view *v, measure *ms)
{
	Agraph_t *g = new_graph();
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
	dot_attrs(g, v, ms, bodies);
	if (!dot_clusters(g, v, ms, &sd))
		goto fail;
	for (size_t i = 0; i < ncg_view_nnodes(v); i++)
		if ((nodes[i] = dot_node(g, v, ms, ncg_view_node(v, i))) == NULL)
			goto fail;
	if (bodies && !columns(g, v, &sd, nodes))
		goto fail;
	for (size_t i = 0; i < ncg_view_nedges(v); i++)
		if (!dot_edge(g, &sd, ms, nodes, ncg_view_edge(v, i), bodies))
			goto fail;
	if (!legend(g, v, ms->tmp))
		goto fail;
	sides_free(&sd);
	free(nodes);
	return g;
fail:
	sides_free(&sd);
	free(nodes);
	agclose(g);
	return NULL;
}

/* ---- the timeline: a time axis, laid out here ------------------------------
 * Positions are computed here and given to Graphviz ("nop2": nodes and
 * edges where they are put); text is measured with the same font and
 * plugin that draw it.  Coordinates are points, y growing downwards here
 * (Graphviz's grows upwards: pos gets -y). */

#define TL_WIDTH 1300.0         /* fits a 1366-pixel window at 100% */
#define TL_MARGIN 8.0
#define TL_LABELS 210.0         /* the column of row and lane names */
#define TL_FS 10.0              /* meetings, row names */
#define TL_FS_SMALL 9.0         /* cells, events, activities, axis */
#define TL_PADX 5.0
#define TL_PADY 3.0

typedef struct {
	Agraph_t *g;
	measure *ms;
	const ncg_view *v;
	int seq;
	double width;
	int failed;             /* a node or edge could not be made */
} tl_ctx;

/* A point of time in months since year 0: "YYYY-MM-DD" or "YYYY-MM" (the
 * middle of the month); -1 when not a date. */
static double
months(const char *when)
{
	int y, m, d = 0;

	if (!when || sscanf(when, "%4d-%2d-%2d", &y, &m, &d) < 2 || m < 1 || m > 12)
		return -1;
	return y * 12.0 + (m - 1) + (d ? (d - 1) / 31.0 : 0.5);
}

static Agnode_t *
tl_node(tl_ctx *c, const char *name, double x, double y, double w, double h)
{
	char buf[64];
	Agnode_t *n;

	if (!name) {
		snprintf(buf, sizeof buf, "tl_%d", c->seq++);
		name = buf;
	}
	n = agnode(c->g, (char *)name, 1);
	if (!n) {
		c->failed = 1;
		return NULL;
	}
	set_pos(n, x, y);
	set_num(n, "width", w / 72.0);
	set_num(n, "height", h / 72.0);
	set(n, "label", "");
	return n;
}

/* A node of text; returns its height.  `x` is its centre, or its left
 * edge when `left`.  `width`: the wrapping width of the text. */
static double
tl_text(tl_ctx *c, const char *name, const char *text, double size, double x, double y,
        double width, int maxlines, int left, int vcenter, Agnode_t **out)
{
	int lines = 0;
	double w, h, lh = text_size(c->ms, "Xg", size).y;
	Agnode_t *n;
	ncg_buf *b = c->ms->tmp;

	ncg_buf_reset(b);
	w = append_wrapped(c->ms, b, text, size, width, maxlines, left ? "\\l" : "\\n", &lines);
	if (lines == 0)
		lines = 1;
	w += 2 * TL_PADX + 2;
	if (left && w < width + 2 * TL_PADX)
		w = width + 2 * TL_PADX;
	h = lines * lh + 2 * TL_PADY + 1;
	n = tl_node(c, name, left ? x + w / 2 : x, vcenter ? y : y + h / 2, w, h);
	if (!n)
		return h;
	set(n, "label", ncg_buf_str(b));
	set_num(n, "fontsize", size);
	set(n, "shape", "box");
	set(n, "color", "transparent");
	set(n, "margin", "0.07,0.04");
	if (out)
		*out = n;
	return h;
}

/* Graphviz escString lines (as append_wrapped writes them, `\n` between
 * lines) into an HTML-like label: `br` for each break, entities. */
static void
html_lines(ncg_buf *html, const char *s, const char *br)
{
	for (const char *q = s; *q; q++) {
		if (*q == '\n')
			ncg_buf_puts(html, br);
		else if (*q == '&')
			ncg_buf_puts(html, "&amp;");
		else if (*q == '<')
			ncg_buf_puts(html, "&lt;");
		else if (*q == '>')
			ncg_buf_puts(html, "&gt;");
		else if (*q == '\\' && q[1] == '\\')
			ncg_buf_putc(html, *q++);
		else
			ncg_buf_putc(html, *q);
	}
}

/* A caption in bold, its lines (at most 3) no wider than `width`, left
 * edge at x, top at y. */
static void
tl_bold(tl_ctx *c, const char *name, const char *text, double size, double x, double y,
        double width)
{
	ncg_buf *b = c->ms->tmp, html;
	int lines = 0;
	double w, h;
	Agnode_t *n;

	ncg_buf_reset(b);
	c->ms->bold = 1;
	w = append_wrapped(c->ms, b, text, size, width, 3, "\n", &lines);
	c->ms->bold = 0;
	w += 2 * TL_PADX + 2;
	h = lines * text_size(c->ms, "Xg", size).y + 2 * TL_PADY + 1;
	n = tl_node(c, name, x + w / 2, y + h / 2, w, h);
	if (!n)
		return;
	/* Graphviz escString lines to HTML: <BR/> for breaks, entities */
	ncg_buf_init(&html);
	ncg_buf_puts(&html, "<B>");
	html_lines(&html, ncg_buf_str(b), "<BR ALIGN=\"LEFT\"/>");
	ncg_buf_puts(&html, "</B>");
	if (html.status == NCG_OK)
		agsafeset(n, "label", agstrdup_html(c->g, (char *)ncg_buf_str(&html)), "");
	else
		c->failed = 1;
	ncg_buf_free(&html);
	set_num(n, "fontsize", size);
	set(n, "shape", "box");
	set(n, "color", "transparent");
	set(n, "margin", "0.07,0.04");
	set(n, "tooltip", text);
}

/* A straight edge from (x1,y1) to (x2,y2), with an arrowhead at the end
 * when `arrow`. */
static Agedge_t *
tl_line(tl_ctx *c, Agnode_t *a, Agnode_t *b, double x1, double y1, double x2, double y2,
        int arrow)
{
	char name[32], pos[256];
	Agedge_t *e;
	double dx = x2 - x1, dy = y2 - y1, len = root(dx * dx + dy * dy), ex = x2, ey = y2;

	snprintf(name, sizeof name, "tl_e%d", c->seq++);
	e = agedge(c->g, a, b, name, 1);
	if (!e) {
		c->failed = 1;
		return NULL;
	}
	if (arrow && len > 8) {
		x2 -= dx / len * 6;
		y2 -= dy / len * 6;
		dx = x2 - x1;
		dy = y2 - y1;
		snprintf(pos, sizeof pos, "e,%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f", ex,
		         -ey, x1, -y1, x1 + dx / 3, -(y1 + dy / 3), x1 + 2 * dx / 3,
		         -(y1 + 2 * dy / 3), x2, -y2);
	} else {
		snprintf(pos, sizeof pos, "%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f", x1, -y1,
		         x1 + dx / 3, -(y1 + dy / 3), x1 + 2 * dx / 3, -(y1 + 2 * dy / 3), x2, -y2);
		set(e, "arrowhead", "none");
	}
	set(e, "pos", pos);
	return e;
}

/* The time scale: meetings at least one column apart, in date order;
 * between and beyond them, `k` points per month. */
typedef struct {
	double *t, *x;          /* anchors: months, positions */
	size_t n;
	double k, t0, t1, x0;
} scale;

static double
at(const scale *s, double t)
{
	if (s->n == 0)
		return s->x0 + s->k * (t - s->t0);
	if (t <= s->t[0])
		return s->x[0] - s->k * (s->t[0] - t);
	for (size_t i = 1; i < s->n; i++)
		if (t <= s->t[i])
			return s->t[i] > s->t[i - 1]
			       ? s->x[i - 1] + (s->x[i] - s->x[i - 1]) * (t - s->t[i - 1]) /
			         (s->t[i] - s->t[i - 1])
			       : s->x[i - 1];
	return s->x[s->n - 1] + s->k * (t - s->t[s->n - 1]);
}

static void
fit(scale *s, double colw, double x_lo, double x_hi)
{
	s->k = (x_hi - x_lo) / (s->t1 - s->t0 > 1 ? s->t1 - s->t0 : 1);
	for (int iter = 0; iter < 400; iter++) {
		s->x0 = x_lo;
		for (size_t i = 0; i < s->n; i++) {
			double want = x_lo + s->k * (s->t[i] - s->t0);

			s->x[i] = i && s->x[i - 1] + colw > want ? s->x[i - 1] + colw : want;
		}
		if (at(s, s->t1) <= x_hi + 0.5 || s->k < 0.01)
			break;
		s->k *= 0.97;
	}
}

/* An invisible point at (x, y): an end of a line. */
static Agnode_t *
tl_point(tl_ctx *c, const char *name, double x, double y)
{
	Agnode_t *a = tl_node(c, name, x, y, 1, 1);

	if (a) {
		set(a, "shape", "point");
		set(a, "style", "invis");
	}
	return a;
}

/* A legend sample: a box centred at (x, y). */
static Agnode_t *
tl_swatch(tl_ctx *c, double x, double y, double w, double h, const char *style,
          const char *fill, const char *color)
{
	Agnode_t *s = tl_node(c, NULL, x, y, w, h);

	if (s) {
		set(s, "shape", "box");
		set(s, "style", style);
		set(s, "fillcolor", fill);
		set(s, "color", color);
	}
	return s;
}

/* A legend sample: a line from x1 to x2 at y, between two invisible
 * points; *from gets the first. */
static Agedge_t *
tl_sample_line(tl_ctx *c, double x1, double x2, double y, int arrow, Agnode_t **from)
{
	Agnode_t *a = tl_point(c, NULL, x1, y), *b;

	b = tl_point(c, NULL, x2, y);
	*from = a;
	return a && b ? tl_line(c, a, b, x1, y, x2, y, arrow) : NULL;
}

/* The sample of legend mark `mark` (see tl_legend) at x, centred at y
 * `cy`, and its caption beside it in `width` points. */
static void
tl_legend_entry(tl_ctx *c, int mark, const char *caption, double x, double cy, double width)
{
	Agnode_t *s = NULL;
	Agedge_t *e = NULL;

	switch (mark) {
	case 0:
	case 1:
		s = tl_swatch(c, x + 18, cy, 34, 15, mark ? "dashed,rounded" : "filled,rounded",
		              "#dbe9f6", "#3f6f9f");
		break;
	case 2:
		e = tl_sample_line(c, x + 2, x + 34, cy, 0, &s);
		if (e) {
			set(e, "penwidth", "6");
			set(e, "color", "#a9c8ea");
		}
		break;
	case 3:
		s = tl_swatch(c, x + 18, cy, 18, 11, "filled,rounded", "#3f6f9f", "#3f6f9f");
		break;
	case 4:
		s = tl_swatch(c, x + 18, cy, 34, 15, "filled,rounded", "#fde2b8", "#c77d1a");
		break;
	case 5:
	case 9:
		e = tl_sample_line(c, x + 2, x + 34, cy, mark == 9, &s);
		if (e) {
			set(e, "color", mark == 5 ? "#7f9fc4" : "#3f6f9f");
			set(e, "style", mark == 5 ? "solid" : "dashed");
			set(e, "penwidth", mark == 5 ? "2" : "1");
		}
		break;
	case 6:
	case 7:
		s = tl_swatch(c, x + 18, cy, 34, 15, "filled,rounded", mark == 6 ? "#dff0e1" : "#efe3f7",
		              mark == 6 ? "#4c8c57" : "#8a5aa8");
		break;
	}
	if (s)
		set(s, "tooltip", caption);
	if (e)
		set(e, "tooltip", caption);
	tl_text(c, NULL, caption, TL_FS_SMALL, x + 40, cy, width, 2, 1, 1, NULL);
}

/* The legend of the timeline, as sample marks in a band under the title:
 * returns its height.  has[mark]: whether the drawing has such marks
 * (mark 9, "announces", goes with announced meetings, has[1]). */
static double
tl_legend(tl_ctx *c, double top, int has[8])
{
	enum { COLS = 3 };
	static const struct {
		int mark;
		const char *caption;    /* key of its text */
	} ENTRIES[] = {
		{0, "drawing/timeline/legend/held"},
		{1, "drawing/timeline/legend/announced"},
		{2, "drawing/timeline/legend/span"},
		{3, "drawing/timeline/legend/listed"},
		{4, "drawing/timeline/legend/listed-other"},
		{5, "drawing/timeline/legend/consecutive"},
		{6, "drawing/timeline/legend/event"},
		{7, "drawing/timeline/legend/activity"},
		{9, "drawing/edge/next"},
	};
	/* within the first window's width, even when the drawing is wider
	 * (and shown at its own size: 1,000 points are 1,333 pixels) */
	double lw = c->width <= 1.15 * TL_WIDTH ? c->width : 1000;
	double colw = (lw - 2 * TL_MARGIN - 16) / COLS, rowh = 20, y = top + 22, h;
	int shown = 0;
	Agnode_t *frame;

	frame = tl_node(c, "tl_legend", lw / 2, 0, lw - 2 * TL_MARGIN, 10);
	tl_bold(c, "tl_legend_title", ncg_view_text(c->v, "drawing/legend/title"), TL_FS,
	        TL_MARGIN + 4, top + 4, 200);
	for (size_t i = 0; i < sizeof ENTRIES / sizeof ENTRIES[0]; i++) {
		int mark = ENTRIES[i].mark;

		if (mark < 8 ? !has[mark] : !has[1])
			continue;
		tl_legend_entry(c, mark, ncg_view_text(c->v, ENTRIES[i].caption),
		                TL_MARGIN + 8 + (shown % COLS) * colw,
		                y + (shown / COLS) * rowh + 8, colw - 48);
		shown++;
	}
	h = 26 + ((shown + COLS - 1) / COLS) * rowh + 18;
	tl_text(c, NULL, ncg_view_text(c->v, "drawing/timeline/legend/hover"), TL_FS_SMALL,
	        TL_MARGIN + 8, top + h - 14, lw - 40, 1, 1, 1, NULL);
	if (frame) {
		set_pos(frame, lw / 2, top + h / 2);
		set_num(frame, "height", h / 72.0);
		set(frame, "shape", "box");
		set(frame, "style", "rounded");
		set(frame, "color", "#999999");
		set(frame, "tooltip", ncg_view_text(c->v, "drawing/legend/title"));
	}
	return h;
}

typedef struct {
	double x, w, h;
	size_t node;
} lane_item;

/* The nodes of `kind` with a date, in time order (so that the sub-rows
 * pack from the left), into order; returns their count. */
static size_t
lane_order(const ncg_view *v, ncg_vnode_kind kind, size_t *order)
{
	size_t count = 0;

	for (size_t i = 0; i < ncg_view_nnodes(v); i++)
		if (ncg_view_node(v, i)->kind == kind && months(ncg_view_node(v, i)->when) >= 0) {
			size_t j = count++;

			for (; j > 0 && months(ncg_view_node(v, order[j - 1])->when) >
			                months(ncg_view_node(v, i)->when); j--)
				order[j] = order[j - 1];
			order[j] = i;
		}
	return count;
}

/* Item n's label (its sublabel under it) into the context's buffer; its
 * box's width into *w, its height into *ih. */
static void
lane_label(tl_ctx *c, const ncg_vnode *n, double lh, double *w, double *ih)
{
	ncg_buf *b = c->ms->tmp;
	int lines = 0;

	ncg_buf_reset(b);
	*w = append_wrapped(c->ms, b, n->label, TL_FS_SMALL, 130, 3, "\\n", &lines);
	if (n->sublabel) {
		int more = 0;
		double w2 = append_wrapped(c->ms, b, n->sublabel, TL_FS_SMALL, 130, 2, "\\n",
		                           &more);

		lines += more;
		if (w2 > *w)
			*w = w2;
	}
	trim_break(b);
	*w += 2 * TL_PADX + 4;
	*ih = lines * lh + 2 * TL_PADY + 2;
}

/* The first sub-row whose items end left of an item from x - w/2 (a new
 * one if none): rights[r] is where row r's items end, *rows the rows so
 * far; rights has room for a row per item. */
static int
lane_row(double *rights, int *rows, double x, double w)
{
	int r;

	for (r = 0; r < *rows && rights[r] > x - w / 2 - 4; r++)
		;
	if (r == *rows)
		rights[(*rows)++] = -1e9;
	rights[r] = x + w / 2;
	return r;
}

/* Item i's node at x in sub-row r (its y fixed by lane_place), with the
 * label in the context's buffer. */
static void
lane_node(tl_ctx *c, Agnode_t **nodes, size_t i, double x, double top, int r, double w,
          double ih)
{
	const ncg_vnode *n = ncg_view_node(c->v, i);
	node_look lk = look_of(n);

	nodes[i] = tl_node(c, n->id, x, top + r * 1000.0, w, ih);   /* y fixed below */
	if (!nodes[i])
		return;
	set(nodes[i], "label", ncg_buf_str(c->ms->tmp));
	set_num(nodes[i], "fontsize", TL_FS_SMALL);
	set(nodes[i], "shape", lk.shape);
	set(nodes[i], "style", lk.style);
	set(nodes[i], "fillcolor", lk.fill);
	set(nodes[i], "color", lk.color);
	set(nodes[i], "margin", "0.06,0.03");
}

/* The items' y: the middle of their sub-row (ys[i] holds its number). */
static void
lane_place(tl_ctx *c, Agnode_t **nodes, ncg_vnode_kind kind, const scale *sc, double top,
           double rowh, double *ys)
{
	const ncg_view *v = c->v;

	for (size_t i = 0; i < ncg_view_nnodes(v); i++) {
		const ncg_vnode *n = ncg_view_node(v, i);

		if (n->kind != kind || !nodes[i] || months(n->when) < 0)
			continue;
		ys[i] = top + 4 + ys[i] * (rowh + 4) + rowh / 2;
		set_pos(nodes[i], at(sc, months(n->when)), ys[i]);
	}
}

/* Place items (events, activities) in sub-rows under a lane so that none
 * overlaps, as many sub-rows as that takes: returns the lane's height. */
static double
tl_lane(tl_ctx *c, const char *caption, Agnode_t **nodes, ncg_vnode_kind kind,
        const scale *sc, double top, double *ys)
{
	const ncg_view *v = c->v;
	double rowh = 0, lh = text_size(c->ms, "Xg", TL_FS_SMALL).y, h;
	size_t *order = calloc(ncg_view_nnodes(v) + 1, sizeof *order), count;
	double *rights = calloc(ncg_view_nnodes(v) + 1, sizeof *rights);
	int rows = 0;

	if (!order || !rights) {
		c->failed = 1;
		free(order);
		free(rights);
		return 0;
	}
	count = lane_order(v, kind, order);
	for (size_t oi = 0; oi < count; oi++) {
		size_t i = order[oi];
		double x = at(sc, months(ncg_view_node(v, i)->when)), w, ih;
		int r;

		lane_label(c, ncg_view_node(v, i), lh, &w, &ih);
		if (ih > rowh)
			rowh = ih;
		r = lane_row(rights, &rows, x, w);
		lane_node(c, nodes, i, x, top, r, w, ih);
		ys[i] = r;
	}
	free(order);
	free(rights);
	if (rows == 0)
		return 0;
	lane_place(c, nodes, kind, sc, top, rowh, ys);
	h = rows * (rowh + 4) + 8;
	tl_text(c, NULL, caption, TL_FS, TL_MARGIN, top + h / 2, TL_LABELS - 20, 3, 1, 1, NULL);
	return h;
}

/* A LISTS edge, placed: its workstream, its meeting's column. */
typedef struct {
	size_t ws, col, edge;
} listing;

static int
cmp_listing(const void *a, const void *b)
{
	const listing *x = a, *y = b;

	if (x->ws != y->ws)
		return x->ws < y->ws ? -1 : 1;
	return x->col < y->col ? -1 : x->col > y->col;
}

/* The matrix being drawn: its listings indexed by workstream, and where
 * the meetings' columns are. */
typedef struct {
	tl_ctx *c;
	Agnode_t **nodes;
	const double *xs;       /* per meeting: its column's x */
	double colw, lh, slh;   /* column width; line heights, normal and small */
	size_t *col_of;         /* per meeting: its column + 1 */
	size_t *lrank;          /* per meeting: its column's rank among those
	                         * that list workstreams */
	size_t *cols;           /* per column: its meeting */
	size_t *first;          /* first[w]..first[w + 1]: workstream w's listings */
	listing *ls;
	size_t nl, ncol;
} tl_matrix;

static void
matrix_free(tl_matrix *m)
{
	free(m->col_of);
	free(m->lrank);
	free(m->cols);
	free(m->first);
	free(m->ls);
}

/* Index the listings: columns (dated meetings in time order, then the
 * undated), their ranks, each workstream's listings in column order.  On
 * failure the caller frees what was made (matrix_free). */
static ncg_status
matrix_index(tl_matrix *m, const size_t *order, size_t ndated)
{
	const ncg_view *v = m->c->v;
	size_t nn = ncg_view_nnodes(v), ne = ncg_view_nedges(v);

	m->col_of = calloc(nn + 1, sizeof *m->col_of);
	m->lrank = calloc(nn + 1, sizeof *m->lrank);
	m->cols = calloc(nn + 1, sizeof *m->cols);
	m->first = calloc(nn + 2, sizeof *m->first);
	m->ls = calloc(ne + 1, sizeof *m->ls);
	if (!m->col_of || !m->lrank || !m->cols || !m->first || !m->ls)
		return NCG_ERR_NOMEM;
	for (size_t k = 0; k < ndated; k++)
		m->cols[m->ncol++] = order[k];
	for (size_t i = 0; i < nn; i++)
		if (ncg_view_node(v, i)->kind == NCG_VN_MEETING && months(ncg_view_node(v, i)->when) < 0)
			m->cols[m->ncol++] = i;
	for (size_t k = 0; k < m->ncol; k++)
		m->col_of[m->cols[k]] = k + 1;
	for (size_t i = 0; i < ne; i++) {
		const ncg_vedge *e = ncg_view_edge(v, i);

		if (e->kind == NCG_VE_LISTS && m->col_of[e->from]) {
			m->ls[m->nl++] = (listing){e->to, m->col_of[e->from] - 1, i};
			m->lrank[e->from] = 1;
		}
	}
	for (size_t k = 0, r = 0; k < m->ncol; k++) {
		r += m->lrank[m->cols[k]] ? 1 : 0;
		m->lrank[m->cols[k]] = r;
	}
	qsort(m->ls, m->nl, sizeof *m->ls, cmp_listing);
	for (size_t i = 0, w = 0; w <= nn; w++) {
		while (i < m->nl && m->ls[i].ws < w)
			i++;
		m->first[w] = i;
	}
	m->first[nn + 1] = m->nl;
	return NCG_OK;
}

/* The height of workstream w's row: its name's, or its tallest cell's. */
static double
matrix_row_height(tl_matrix *m, size_t w)
{
	measure *ms = m->c->ms;
	ncg_buf *b = ms->tmp;
	double labh, cellh = 14;
	int lines = 0;

	ncg_buf_reset(b);
	append_wrapped(ms, b, ncg_view_node(m->c->v, w)->label, TL_FS, TL_LABELS - 24, 3, "\\l",
	               &lines);
	labh = lines * m->lh + 2 * TL_PADY + 2;
	for (size_t i = m->first[w]; i < m->first[w + 1]; i++) {
		const ncg_vedge *e = ncg_view_edge(m->c->v, m->ls[i].edge);
		int cl = 0;

		if (!e->label)
			continue;
		ncg_buf_reset(b);
		append_wrapped(ms, b, e->label, TL_FS_SMALL, m->colw - 22, 3, "\\n", &cl);
		if (cl * m->slh + 2 * TL_PADY + 2 > cellh)
			cellh = cl * m->slh + 2 * TL_PADY + 2;
	}
	return (labh > cellh ? labh : cellh) + 6;
}

/* Row `row` (workstream ws, node w) at `top`: a band across the drawing,
 * the workstream's name at its left. */
static void
matrix_row_head(tl_matrix *m, size_t w, size_t row, double top, double rowh)
{
	tl_ctx *c = m->c;
	const ncg_vnode *ws = ncg_view_node(c->v, w);
	ncg_buf *tmp = c->ms->tmp;
	Agnode_t *bg;
	char name[48];

	snprintf(name, sizeof name, "tl_row_%zu", row);
	bg = tl_node(c, name, c->width / 2, top + rowh / 2, c->width - 2 * TL_MARGIN, rowh);
	if (bg) {
		set(bg, "shape", "box");
		set(bg, "style", "filled");
		set(bg, "color", "transparent");
		set(bg, "fillcolor", row % 2 ? "#ffffff" : "#f1f4f8");
		set(bg, "tooltip", capped(ws->label, tmp, TOOLTIP_MAX));
	}
	m->nodes[w] = NULL;
	tl_text(c, ws->id, ws->label, TL_FS, TL_MARGIN, top + rowh / 2, TL_LABELS - 24, 3, 1, 1,
	        &m->nodes[w]);
	if (!m->nodes[w])
		return;
	if (ws->href) {
		set(m->nodes[w], "href", ws->href);
		set(m->nodes[w], "target", "_blank");
	}
	set(m->nodes[w], "tooltip", ws->tooltip ? capped(ws->tooltip, tmp, TOOLTIP_MAX)
	                                        : capped(ws->label, tmp, TOOLTIP_MAX));
}

/* The cell of listing e of workstream w, centred at y `cy`: the wording
 * when another, else a plain mark.  *cw gets its width. */
static Agnode_t *
matrix_cell(tl_matrix *m, const ncg_vedge *e, size_t w, double cy, double *cw)
{
	tl_ctx *c = m->c;
	const ncg_vnode *ws = ncg_view_node(c->v, w);
	ncg_buf *b = c->ms->tmp;
	Agnode_t *cell;
	char cname[64];

	snprintf(cname, sizeof cname, "tl_cell_%zu_%zu", e->from, w);
	if (e->label) {
		int cl = 0;

		ncg_buf_reset(b);
		*cw = append_wrapped(c->ms, b, e->label, TL_FS_SMALL, m->colw - 22, 3, "\\n", &cl) +
		      2 * TL_PADX + 4;
		cell = tl_node(c, cname, m->xs[e->from], cy, *cw, cl * m->slh + 2 * TL_PADY + 2);
		if (!cell)
			return NULL;
		trim_break(b);
		set(cell, "label", ncg_buf_str(b));
		set_num(cell, "fontsize", TL_FS_SMALL);
		set(cell, "fillcolor", "#fde2b8");
		set(cell, "color", "#c77d1a");
		set(cell, "margin", "0.06,0.03");
	} else {
		*cw = 18;
		cell = tl_node(c, cname, m->xs[e->from], cy, *cw, 11);
		if (!cell)
			return NULL;
		set(cell, "fillcolor", "#3f6f9f");
		set(cell, "color", "#3f6f9f");
		set(cell, "fixedsize", "true");
	}
	set(cell, "shape", "box");
	set(cell, "style", "filled,rounded");
	set(cell, "tooltip", e->tooltip ? capped(e->tooltip, b, TOOLTIP_MAX)
	                                : capped(ws->label, b, TOOLTIP_MAX));
	if (ws->href) {
		set(cell, "href", ws->href);
		set(cell, "target", "_blank");
	}
	return cell;
}

/* Workstream w's cells, left to right, centred at y `cy`; a line between
 * the listings of consecutive meetings that list workstreams. */
static void
matrix_cells(tl_matrix *m, size_t w, double cy)
{
	const ncg_vnode *ws = ncg_view_node(m->c->v, w);
	ncg_buf *tmp = m->c->ms->tmp;
	Agnode_t *prev = NULL;
	double prev_x = 0, prev_w = 0;
	size_t prev_rank = 0;

	for (size_t i = m->first[w]; i < m->first[w + 1]; i++) {
		const ncg_vedge *e = ncg_view_edge(m->c->v, m->ls[i].edge);
		size_t mt = e->from;
		double cw;
		Agnode_t *cell = matrix_cell(m, e, w, cy, &cw);

		if (!cell)
			continue;
		if (prev && m->lrank[mt] == prev_rank + 1) {
			Agedge_t *ge = tl_line(m->c, prev, cell, prev_x + prev_w / 2, cy,
			                       m->xs[mt] - cw / 2, cy, 0);

			if (ge) {
				set(ge, "color", "#7f9fc4");
				set(ge, "penwidth", "2");
				set(ge, "tooltip", e->tooltip ? capped(e->tooltip, tmp, TOOLTIP_MAX)
				                              : capped(ws->label, tmp, TOOLTIP_MAX));
			}
		}
		prev = cell;
		prev_x = m->xs[mt];
		prev_w = cw;
		prev_rank = m->lrank[mt];
	}
}

/* The matrix: a row per workstream, a cell where a meeting listed it (its
 * wording when another), lines joining the listings of consecutive
 * meetings that list workstreams.  Linear in the listings (sorted once).
 * *bottom gets the y under it. */
static ncg_status
matrix(tl_ctx *c, Agnode_t **nodes, const double *xs, const size_t *order, size_t ndated,
       double colw, double top, double *bottom)
{
	const ncg_view *v = c->v;
	tl_matrix m;
	size_t row = 0;
	ncg_status st;

	memset(&m, 0, sizeof m);
	m.c = c;
	m.nodes = nodes;
	m.xs = xs;
	m.colw = colw;
	m.lh = text_size(c->ms, "Xg", TL_FS).y;
	m.slh = text_size(c->ms, "Xg", TL_FS_SMALL).y;
	st = matrix_index(&m, order, ndated);
	if (st != NCG_OK) {
		matrix_free(&m);
		return st;
	}
	tl_bold(c, "tl_rows_title", ncg_view_text(v, "drawing/timeline/rows"), TL_FS, TL_MARGIN,
	        top, TL_LABELS - 24);
	top += 2 * m.lh + 10;
	for (size_t w = 0; w < ncg_view_nnodes(v); w++) {
		double rowh;

		if (ncg_view_node(v, w)->kind != NCG_VN_WORKSTREAM)
			continue;
		rowh = matrix_row_height(&m, w);
		matrix_row_head(&m, w, row, top, rowh);
		matrix_cells(&m, w, top + rowh / 2);
		top += rowh;
		row++;
	}
	*bottom = top + TL_MARGIN;
	matrix_free(&m);
	return NCG_OK;
}

/* The timeline being drawn: where each node of the view goes. */
typedef struct {
	tl_ctx c;
	size_t nn, nmeet, ndated, nundated;
	Agnode_t **nodes;       /* per node of the view, or NULL */
	double *ys, *xs, *hs;   /* per node: centre, and a meeting's height */
	size_t *order;          /* the dated meetings, in time order */
	size_t *reporter;       /* per node: the first edge reporting it + 1 */
	scale sc;
	double colw, x_lo, lh;
	int has[8];             /* the marks drawn (see tl_legend) */
	Agnode_t *axis;         /* the start of the time axis */
} tl_drawing;

static void
tl_free(tl_drawing *t)
{
	free(t->nodes);
	free(t->ys);
	free(t->xs);
	free(t->hs);
	free(t->order);
	free(t->reporter);
	free(t->sc.t);
	free(t->sc.x);
}

/* Allocate the arrays and the graph; on failure the caller frees what
 * was made (tl_free, agclose). */
static ncg_status
tl_init(tl_drawing *t, const ncg_view *v, measure *ms)
{
	size_t nn = ncg_view_nnodes(v);

	memset(t, 0, sizeof *t);
	t->c = (tl_ctx){NULL, ms, v, 0, TL_WIDTH, 0};
	t->nn = nn;
	t->nodes = calloc(nn + 1, sizeof *t->nodes);
	t->ys = calloc(nn + 1, sizeof *t->ys);
	t->xs = calloc(nn + 1, sizeof *t->xs);
	t->hs = calloc(nn + 1, sizeof *t->hs);
	t->order = calloc(nn + 1, sizeof *t->order);
	t->reporter = calloc(nn + 1, sizeof *t->reporter);
	t->lh = text_size(ms, "Xg", TL_FS).y;
	t->sc.t = calloc(nn + 1, sizeof *t->sc.t);
	t->sc.x = calloc(nn + 1, sizeof *t->sc.x);
	t->c.g = new_graph();
	if (!t->nodes || !t->ys || !t->xs || !t->hs || !t->order || !t->reporter || !t->sc.t ||
	    !t->sc.x || !t->c.g)
		return NCG_ERR_NOMEM;
	return NCG_OK;
}

/* Meetings: the dated ones' times (a span's middle) in xs and, in time
 * order, in the scale's anchors; the undated counted.  The time drawn
 * spans every dated node; `has` gets the marks the nodes need. */
static void
tl_dates(tl_drawing *t)
{
	const ncg_view *v = t->c.v;
	scale *sc = &t->sc;

	sc->t0 = 1e12;
	sc->t1 = -1e12;
	for (size_t i = 0; i < t->nn; i++) {
		const ncg_vnode *n = ncg_view_node(v, i);
		double tm = months(n->when), u = months(n->until);

		if (n->kind == NCG_VN_MEETING) {
			t->nmeet++;
			if (tm < 0) {
				t->nundated++;
				continue;
			}
			if (u > tm)
				tm = (tm + u) / 2;
			t->order[t->ndated++] = i;
			t->xs[i] = tm;
			t->has[n->planned ? 1 : 0] = 1;
			if (u > 0)
				t->has[2] = 1;
		}
		if ((n->kind == NCG_VN_EVENT || n->kind == NCG_VN_ACTIVITY) && tm >= 0)
			t->has[n->kind == NCG_VN_EVENT ? 6 : 7] = 1;
		if (tm >= 0 && tm < sc->t0)
			sc->t0 = tm;
		if (tm >= 0 && (u > tm ? u : tm) > sc->t1)
			sc->t1 = u > tm ? u : tm;
	}
	if (sc->t0 > sc->t1) {
		sc->t0 = 0;
		sc->t1 = 1;
	}
	sc->t0 = floor_of(sc->t0);
	sc->t1 = ceil_of(sc->t1 + 0.01);
	/* time order of the dated meetings (the view's order is by start) */
	for (size_t i = 1; i < t->ndated; i++)
		for (size_t j = i; j > 0 && t->xs[t->order[j - 1]] > t->xs[t->order[j]]; j--) {
			size_t tmp = t->order[j];

			t->order[j] = t->order[j - 1];
			t->order[j - 1] = tmp;
		}
	for (size_t i = 0; i < t->ndated; i++)
		sc->t[sc->n++] = t->xs[t->order[i]];
}

/* The meetings' columns: their width, the scale fitted to the window
 * (wider when it must be), each meeting's x (the undated after the
 * axis); `has` gets the listings' marks. */
static void
tl_columns(tl_drawing *t)
{
	const ncg_view *v = t->c.v;
	scale *sc = &t->sc;
	double colw, x_hi, undated = (double)t->nundated;
	size_t u = 0;

	colw = (TL_WIDTH - TL_LABELS - 2 * TL_MARGIN) / (double)(t->nmeet ? t->nmeet : 1);
	if (colw > 170)
		colw = 170;
	if (colw < 84)
		colw = 84;
	t->colw = colw;
	t->x_lo = TL_LABELS + colw / 2 + 4;
	x_hi = TL_WIDTH - TL_MARGIN - colw / 2 - undated * colw;
	if (x_hi < t->x_lo + colw)
		x_hi = t->x_lo + colw;
	fit(sc, colw, t->x_lo, x_hi);
	t->c.width = TL_WIDTH;
	if (sc->n && sc->x[sc->n - 1] + colw / 2 + undated * colw + TL_MARGIN > t->c.width)
		t->c.width = sc->x[sc->n - 1] + colw / 2 + undated * colw + TL_MARGIN;
	for (size_t i = 0; i < t->ndated; i++)
		t->xs[t->order[i]] = sc->x[i];
	for (size_t i = 0; i < t->nn; i++)
		if (ncg_view_node(v, i)->kind == NCG_VN_MEETING && months(ncg_view_node(v, i)->when) < 0)
			t->xs[i] = (sc->n ? sc->x[sc->n - 1] : t->x_lo - colw) + colw * (double)(++u) +
			           (sc->n ? at(sc, sc->t1) - sc->x[sc->n - 1] : 0);
	for (size_t i = 0; i < ncg_view_nedges(v); i++) {
		const ncg_vedge *e = ncg_view_edge(v, i);

		if (e->kind == NCG_VE_LISTS)
			t->has[e->label ? 4 : 3] = 1;
	}
}

/* A meeting's label as HTML, in ms->line: its name, then its date and
 * place in the smaller size, in lines of at most `width` points. */
static const char *
meeting_html(measure *ms, const ncg_vnode *n, double width)
{
	ncg_buf *hb = &ms->line;

	ncg_buf_reset(hb);
	for (int part = 0; part < 2; part++) {
		const char *src = part ? n->sublabel : n->label;
		ncg_buf lines;
		measure sub = *ms;
		int cnt = 0;

		if (!src)
			continue;
		ncg_buf_init(&lines);
		sub.tmp = &lines;
		ncg_buf_init(&sub.line);
		append_wrapped(&sub, &lines, src, part ? TL_FS_SMALL : TL_FS, width, part ? 4 : 2, "\n",
		               &cnt);
		ncg_buf_free(&sub.line);
		ncg_buf_printf(hb, "<FONT POINT-SIZE=\"%.0f\">", part ? TL_FS_SMALL : TL_FS);
		html_lines(hb, ncg_buf_str(&lines), "<BR/>");
		ncg_buf_puts(hb, "</FONT>");
		ncg_buf_free(&lines);
	}
	return ncg_buf_str(hb);
}

/* Meeting i's box in its column, its top at `top`; hs[i] gets its
 * height. */
static ncg_status
tl_meeting(tl_drawing *t, size_t i, double top)
{
	tl_ctx *c = &t->c;
	measure *ms = c->ms;
	const ncg_vnode *n = ncg_view_node(c->v, i);
	node_look lk = look_of(n);
	ncg_buf *b = ms->tmp;
	int l1 = 0, l2 = 0;
	Agnode_t *a;

	ncg_buf_reset(b);
	append_wrapped(ms, b, n->label, TL_FS, t->colw - 16, 2, "\\n", &l1);
	if (n->sublabel)
		append_wrapped(ms, b, n->sublabel, TL_FS_SMALL, t->colw - 16, 4, "\\n", &l2);
	trim_break(b);
	t->hs[i] = l1 * t->lh + l2 * text_size(ms, "Xg", TL_FS_SMALL).y + 2 * TL_PADY + 6;
	a = t->nodes[i] = tl_node(c, n->id, t->xs[i], top, t->colw - 8, t->hs[i]);
	if (!a)
		return NCG_ERR_NOMEM;
	/* the date and place in the smaller size: an HTML label */
	agsafeset(a, "label", agstrdup_html(c->g, (char *)meeting_html(ms, n, t->colw - 16)), "");
	set(a, "shape", "box");
	set(a, "style", lk.style);
	set(a, "fillcolor", lk.fill);
	set(a, "color", lk.color);
	set(a, "margin", "0.06,0.03");
	if (n->href) {
		set(a, "href", n->href);
		set(a, "target", "_blank");
	}
	set(a, "tooltip", n->tooltip ? capped(n->tooltip, ms->tmp, TOOLTIP_MAX)
	                             : capped(n->label, ms->tmp, TOOLTIP_MAX));
	return NCG_OK;
}

/* The row of meetings at *y, all boxes as tall as the tallest so that
 * their tops align; *y gets the y under it. */
static ncg_status
tl_meetings(tl_drawing *t, double *y)
{
	double top = *y, maxh = 0;

	for (size_t i = 0; i < t->nn; i++) {
		if (ncg_view_node(t->c.v, i)->kind != NCG_VN_MEETING)
			continue;
		if (tl_meeting(t, i, top) != NCG_OK)
			return NCG_ERR_NOMEM;
		if (t->hs[i] > maxh)
			maxh = t->hs[i];
	}
	for (size_t i = 0; i < t->nn; i++)
		if (t->nodes[i] && ncg_view_node(t->c.v, i)->kind == NCG_VN_MEETING) {
			t->ys[i] = top + maxh / 2;
			t->hs[i] = maxh;
			set_pos(t->nodes[i], t->xs[i], t->ys[i]);
			set_num(t->nodes[i], "height", maxh / 72.0);
		}
	tl_text(&t->c, NULL, ncg_view_text(t->c.v, "drawing/timeline/meetings"), TL_FS, TL_MARGIN,
	        top + maxh / 2, TL_LABELS - 20, 2, 1, 1, NULL);
	*y = top + maxh + 14;
	return NCG_OK;
}

/* A tick a month on the axis at y `ay`, labelled as room allows (every
 * month, quarter or year), and the years. */
static void
tl_ticks(tl_drawing *t, double ay)
{
	const scale *sc = &t->sc;
	double last_label = -1e9, last_year = -1e9, step = 1;

	if (sc->k < 6)
		step = 3;
	if (sc->k < 2)
		step = 12;
	for (long m = (long)sc->t0; m <= (long)sc->t1; m++) {
		double x = at(sc, (double)m);
		char label[32], tip[32], name[48];
		Agnode_t *tick;
		int month = (int)(m % 12), year = (int)(m / 12);

		snprintf(name, sizeof name, "tl_tick_%ld", m);
		tick = tl_node(&t->c, name, x, ay, 0.8, 5);
		if (!tick)
			continue;
		set(tick, "shape", "box");
		set(tick, "style", "filled");
		set(tick, "color", "#666666");
		set(tick, "fixedsize", "true");
		snprintf(tip, sizeof tip, "%04d-%02d", year, month + 1);
		set(tick, "tooltip", tip);
		if (month % (int)step != 0 || x - last_label < 26)
			continue;
		last_label = x;
		snprintf(label, sizeof label, "%s", ncg_view_month(t->c.v, month + 1));
		tl_text(&t->c, NULL, label, 8, x, ay + 4, 40, 1, 0, 0, NULL);
		if (month == 0 || last_year < -1e8) {
			snprintf(label, sizeof label, "%d", year);
			tl_text(&t->c, NULL, label, TL_FS_SMALL, x, ay + 16, 60, 1, 0, 0, NULL);
			last_year = x;
		}
	}
}

/* The span announced for meeting n (from its `when` to its `until`), a
 * broad band on the axis at y `ay`. */
static void
tl_span(tl_drawing *t, const ncg_vnode *n, double ay)
{
	tl_ctx *c = &t->c;
	double tm = months(n->when), u = months(n->until);
	Agnode_t *a = tl_node(c, NULL, at(&t->sc, tm - 0.5), ay, 1, 1);
	Agnode_t *b = tl_node(c, NULL, at(&t->sc, u + 0.5), ay, 1, 1);
	Agedge_t *e;

	if (!a || !b)
		return;
	set(a, "style", "invis");
	set(b, "style", "invis");
	e = tl_line(c, a, b, at(&t->sc, tm - 0.5), ay, at(&t->sc, u + 0.5), ay, 0);
	if (!e)
		return;
	set(e, "penwidth", "6");
	set(e, "color", "#a9c8ea");
	ncg_buf_reset(c->ms->tmp);
	fill2(c->ms->tmp, ncg_view_text(c->v, "drawing/timeline/announced-span"), "{from}",
	      n->when, "{to}", n->until);
	/* cut by characters, not bytes: the dates come from the input */
	set(e, "tooltip", capped(ncg_buf_str(c->ms->tmp), &c->ms->line, TOOLTIP_MAX));
}

/* The time axis at y `ay`: a line, ticks, captions; the spans announced
 * for meetings, and a line from each dated meeting down to its date. */
static ncg_status
tl_axis(tl_drawing *t, double ay)
{
	tl_ctx *c = &t->c;
	const scale *sc = &t->sc;
	Agnode_t *end;
	Agedge_t *e;

	t->axis = tl_point(c, "tl_axis_start", at(sc, sc->t0), ay);
	end = tl_point(c, "tl_axis_end", at(sc, sc->t1), ay);
	if (!t->axis || !end)
		return NCG_ERR_NOMEM;
	e = tl_line(c, t->axis, end, at(sc, sc->t0), ay, at(sc, sc->t1), ay, 0);
	if (e) {
		set(e, "color", "#666666");
		set(e, "tooltip", "time, in months");
	}
	tl_ticks(t, ay);
	tl_text(c, NULL, ncg_view_text(c->v, "drawing/timeline/axis"), TL_FS, TL_MARGIN, ay + 12,
	        TL_LABELS - 20, 1, 1, 1, NULL);
	if (t->nundated)
		tl_text(c, NULL, ncg_view_text(c->v, "drawing/date-not-given"), TL_FS_SMALL,
		        (sc->n ? at(sc, sc->t1) : t->x_lo) + t->colw * ((double)t->nundated + 1) / 2,
		        ay + 4, t->colw * (double)t->nundated, 2, 0, 0, NULL);
	for (size_t i = 0; i < t->nn; i++) {
		const ncg_vnode *n = ncg_view_node(c->v, i);
		double tm = months(n->when), u = months(n->until);

		if (n->kind != NCG_VN_MEETING || tm < 0 || !t->nodes[i])
			continue;
		if (u > tm)
			tl_span(t, n, ay);
		/* a thin line from the meeting down to its date */
		e = tl_line(c, t->nodes[i], t->axis, t->xs[i], t->ys[i] + t->hs[i] / 2,
		            at(sc, u > tm ? (tm + u) / 2 : tm), ay - 3, 0);
		if (e) {
			set(e, "color", "#3f6f9f");
			set(e, "tooltip", n->when);
		}
	}
	return NCG_OK;
}

/* An event's or activity's tooltip: its date, the meeting whose
 * statement reports it, and the sentence. */
static void
tl_report(tl_drawing *t, size_t i)
{
	const ncg_view *v = t->c.v;
	const ncg_vnode *n = ncg_view_node(v, i);
	const ncg_vedge *by = t->reporter[i] ? ncg_view_edge(v, t->reporter[i] - 1) : NULL;
	ncg_buf *b = t->c.ms->tmp;

	if (n->href) {
		set(t->nodes[i], "href", n->href);
		set(t->nodes[i], "target", "_blank");
	}
	ncg_buf_reset(b);
	ncg_buf_printf(b, "%s", n->when ? n->when : ncg_view_text(v, "drawing/date-not-given"));
	if (by) {
		ncg_buf_puts(b, "; ");
		fill2(b, ncg_view_text(v, "drawing/timeline/reported-by"), "{meeting}",
		      ncg_view_node(v, by->from)->label, NULL, NULL);
	}
	ncg_buf_puts(b, ": ");
	append_capped(b, by && by->tooltip ? by->tooltip : n->tooltip ? n->tooltip : n->label,
	              TOOLTIP_MAX);
	set(t->nodes[i], "tooltip", ncg_buf_str(b));
}

/* Events and activities at *y, each in a lane of their own, with the
 * first edge reporting each; *y gets the y under them. */
static void
tl_lanes(tl_drawing *t, double *y)
{
	const ncg_view *v = t->c.v;

	for (size_t k = ncg_view_nedges(v); k-- > 0;)
		if (ncg_view_edge(v, k)->kind == NCG_VE_REVIEWS ||
		    ncg_view_edge(v, k)->kind == NCG_VE_REPORTS)
			t->reporter[ncg_view_edge(v, k)->to] = k + 1;
	*y += tl_lane(&t->c, ncg_view_text(v, "drawing/timeline/events"), t->nodes, NCG_VN_EVENT,
	              &t->sc, *y, t->ys);
	*y += tl_lane(&t->c, ncg_view_text(v, "drawing/timeline/activities"), t->nodes,
	              NCG_VN_ACTIVITY, &t->sc, *y, t->ys);
	for (size_t i = 0; i < t->nn; i++) {
		const ncg_vnode *n = ncg_view_node(v, i);

		if ((n->kind == NCG_VN_EVENT || n->kind == NCG_VN_ACTIVITY) && t->nodes[i])
			tl_report(t, i);
	}
}

/* "announces": an arc above the meetings, from e's meeting to the next. */
static void
tl_announce(tl_drawing *t, const ncg_vedge *e)
{
	tl_ctx *c = &t->c;
	char name[32], pos[256], lp[64];
	double x1 = t->xs[e->from], x2 = t->xs[e->to];
	double top = t->ys[e->from] - t->hs[e->from] / 2, mid = (x1 + x2) / 2;
	Agedge_t *ge;

	snprintf(name, sizeof name, "tl_next%d", c->seq++);
	ge = agedge(c->g, t->nodes[e->from], t->nodes[e->to], name, 1);
	if (!ge) {
		c->failed = 1;
		return;
	}
	snprintf(pos, sizeof pos, "e,%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f", x2 - 4,
	         -(top - 1), x1 + 4, -top, x1 + 10, -(top - 24), x2 - 10, -(top - 24), x2 - 4,
	         -(top - 7));
	set(ge, "pos", pos);
	set(ge, "style", "dashed");
	set(ge, "color", "#3f6f9f");
	set(ge, "label", ncg_view_text(c->v, "drawing/timeline/announces"));
	set(ge, "fontsize", "8");
	set(ge, "fontcolor", "#3f6f9f");
	snprintf(lp, sizeof lp, "%.2f,%.2f", mid, -(top - 24));
	set(ge, "lp", lp);
	set(ge, "tooltip", e->tooltip ? capped(e->tooltip, c->ms->tmp, TOOLTIP_MAX)
	                              : ncg_view_text(c->v, "drawing/edge/next"));
}

/* The timeline: title, legend, the row of meetings, the time axis, the
 * lanes of events and activities, the matrix of workstreams. */
static Agraph_t *
build_timeline(const ncg_view *v, measure *ms)
{
	tl_drawing t;
	double y = TL_MARGIN, ay;

	if (tl_init(&t, v, ms) != NCG_OK)
		goto fail;
	common_attrs(t.c.g);
	set(t.c.g, "outputorder", "nodesfirst");
	set(t.c.g, "splines", "true");
	tl_dates(&t);
	tl_columns(&t);
	tl_text(&t.c, "tl_title", ncg_view_title(v), 15,
	        (t.c.width <= 1.15 * TL_WIDTH ? t.c.width : 1000) / 2, y, 960, 2, 0, 0, NULL);
	y += 30;
	y += tl_legend(&t.c, y, t.has) + 14;
	y += 26;   /* room above the meetings for "announces" arcs */
	if (tl_meetings(&t, &y) != NCG_OK)
		goto fail;
	ay = y + 4;
	if (tl_axis(&t, ay) != NCG_OK)
		goto fail;
	y = ay + 34;
	tl_lanes(&t, &y);
	for (size_t i = 0; i < ncg_view_nedges(v); i++) {
		const ncg_vedge *e = ncg_view_edge(v, i);

		if (e->kind == NCG_VE_NEXT && t.nodes[e->from] && t.nodes[e->to])
			tl_announce(&t, e);
	}
	if (matrix(&t.c, t.nodes, t.xs, t.order, t.ndated, t.colw, y + 4, &y) != NCG_OK ||
	    t.c.failed)
		goto fail;
	tl_free(&t);
	return t.c.g;
fail:
	if (t.c.g)
		agclose(t.c.g);
	tl_free(&t);
	return NULL;
}

/* ---- rendering ------------------------------------------------------------- */

#ifdef NCG_GV_BUILTIN_PLUGINS
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
#endif
#ifdef NCG_GV_NEATO_PLUGIN
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
#endif
#ifdef NCG_GV_PANGO_PLUGIN
extern gvplugin_library_t gvplugin_pango_LTX_library;
#endif

/* A Graphviz context: the linked-in plugins, else the installed ones.
 * The pango plugin measures text for every format (SVG too), so that the
 * boxes fit the font the SVG names. */
static GVC_t *
context(void)
{
#ifdef NCG_GV_BUILTIN_PLUGINS
	lt_symlist_t builtins[6];
	size_t n = 0;

	builtins[n++] = (lt_symlist_t){"gvplugin_dot_layout_LTX_library",
	                               (void *)&gvplugin_dot_layout_LTX_library};
#ifdef NCG_GV_NEATO_PLUGIN
	builtins[n++] = (lt_symlist_t){"gvplugin_neato_layout_LTX_library",
	                               (void *)&gvplugin_neato_layout_LTX_library};
#endif
	builtins[n++] = (lt_symlist_t){"gvplugin_core_LTX_library",
	                               (void *)&gvplugin_core_LTX_library};
#ifdef NCG_GV_PANGO_PLUGIN
	builtins[n++] = (lt_symlist_t){"gvplugin_pango_LTX_library",
	                               (void *)&gvplugin_pango_LTX_library};
#endif
	builtins[n] = (lt_symlist_t){NULL, NULL};
	return gvContextPlugins(builtins, 0);
#else
	return gvContext();
#endif
}

/* Graphviz writes the size in points.  The timeline takes the window's
 * width instead (`all`: width 100%, the height following the viewBox's
 * proportions); other drawings keep their size but shrink to fit a
 * narrower window.  A drawing too wide to read once shrunk keeps its size
 * (the window scrolls).  *svg is replaced by the new text (its old one
 * freed) or left as it is when there is nothing to change; on failure it
 * is kept, for the caller to free. */
static ncg_status
fit_width(char **svgp, size_t *len, int all)
{
	char *svg = *svgp;
	char *p = strstr(svg, "<svg width=\"");
	char *h, *end, *out;
	const char *style = all ? "<svg width=\"100%\" style=\"height:auto\""
	                        : "<svg style=\"max-width:100%;height:auto\"";
	size_t head, sl = strlen(style);

	if (!p)
		return NCG_OK;
	/* too wide to read when shrunk to a window: keep the size, scroll */
	{
		const char *vb = strstr(p, "viewBox=\"");
		double x0, y0, w = 0, hh;

		if (vb && sscanf(vb + 9, "%lf %lf %lf %lf", &x0, &y0, &w, &hh) == 4 &&
		    w > (all ? 1.15 * TL_WIDTH : 1800))
			return NCG_OK;
	}
	h = strstr(p, "\" height=\"");
	end = h ? strstr(h + 10, "\"") : NULL;
	if (!h || !end || strchr(p, '>') < end)
		return NCG_OK;
	/* all: replace `<svg width=".." height=".."`; else insert the style
	 * before ` width=` */
	end = all ? end + 1 : p + 4;
	head = (size_t)(p - svg);
	out = malloc(*len + sl + 1);
	if (!out)
		return NCG_ERR_NOMEM;
	memcpy(out, svg, head);
	memcpy(out + head, style, sl);
	memcpy(out + head + sl, end, *len - (size_t)(end - svg) + 1);
	*len = head + sl + (*len - (size_t)(end - svg));
	free(svg);
	*svgp = out;
	return NCG_OK;
}

/* Build the graph of view v, text measured with gvc's plugin: NULL when
 * out of memory. */
static Agraph_t *
build(const ncg_view *v, GVC_t *gvc)
{
	Agraph_t *g;
	ncg_buf tmp;
	measure ms;
	size_cache sizes;

	ncg_buf_init(&tmp);
	memset(&ms, 0, sizeof ms);
	ms.gvc = gvc;
	ms.tmp = &tmp;
	ncg_buf_init(&ms.line);
	/* without memory for the cache, every size is measured */
	sizes.map = ncg_strmap_new();
	sizes.arena = ncg_arena_new();
	ncg_buf_init(&sizes.key);
	ms.sizes = sizes.map && sizes.arena ? &sizes : NULL;
	g = ncg_view_kind_of(v) == NCG_VIEW_TIMELINE ? build_timeline(v, &ms) : build_dot(v, &ms);
	if (g && (tmp.status != NCG_OK || ms.line.status != NCG_OK)) {
		agclose(g);
		g = NULL;
	}
	ncg_buf_free(&tmp);
	ncg_buf_free(&ms.line);
	ncg_buf_free(&sizes.key);
	ncg_strmap_free(sizes.map);
	ncg_arena_free(sizes.arena);
	return g;
}

/* The graph as built, before layout, as DOT text: readable and stable. */
static ncg_status
write_dot(Agraph_t *g, char **out, size_t *len, ncg_error *err)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *mem = open_memstream(&buf, &n);

	if (!mem || agwrite(g, mem) != 0) {
		if (mem)
			fclose(mem);
		free(buf);
		return ncg_error_set(err, NCG_ERR_GRAPHVIZ, "", 0, 0, -1, "cannot write DOT");
	}
	if (fclose(mem) != 0) { /* the last flush failed: the text is cut short */
		free(buf);
		return ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
	}
	*out = buf;
	*len = n;
	return NCG_OK;
}

/* Lay g out and render it as SVG or PNG into *out (NUL-terminated). */
static ncg_status
render(GVC_t *gvc, Agraph_t *g, ncg_draw_format fmt, int timeline, char **out, size_t *len,
       ncg_error *err)
{
	char *data = NULL;
	unsigned int n = 0;
	ncg_status st = NCG_OK;

	if (gvLayout(gvc, g, timeline ? "nop2" : "dot") != 0)
		return ncg_error_set(err, NCG_ERR_GRAPHVIZ, "", 0, 0, -1,
		                     "Graphviz cannot lay out the graph (%s layout plugin missing?)",
		                     timeline ? "neato" : "dot");
	if (gvRenderData(gvc, g, fmt == NCG_DRAW_PNG ? "png" : "svg", &data, &n) != 0 || !data) {
		st = ncg_error_set(err, NCG_ERR_GRAPHVIZ, "", 0, 0, -1,
		                   "Graphviz cannot render %s (renderer plugin missing?)",
		                   fmt == NCG_DRAW_PNG ? "PNG" : "SVG");
	} else if (!(*out = malloc(n + 1))) {
		st = ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
	} else {
		memcpy(*out, data, n);
		(*out)[n] = '\0';
		*len = n;
		if (fmt == NCG_DRAW_SVG && fit_width(out, len, timeline) != NCG_OK) {
			free(*out);
			*out = NULL;
			*len = 0;
			st = ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
		}
	}
	if (data)
		gvFreeRenderData(data);
	gvFreeLayout(gvc, g);
	return st;
}

ncg_status
ncg_draw(const ncg_view *v, ncg_draw_format fmt, char **out, size_t *len, ncg_error *err)
{
	GVC_t *gvc;
	Agraph_t *g;
	ncg_status st;
	int timeline = ncg_view_kind_of(v) == NCG_VIEW_TIMELINE;

	*out = NULL;
	*len = 0;
	gvc = context();
	if (!gvc)
		return ncg_error_set(err, NCG_ERR_GRAPHVIZ, "", 0, 0, -1, "cannot start Graphviz");
	g = build(v, gvc);
	if (!g) {
		gvFreeContext(gvc);
		return ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
	}
	if (fmt == NCG_DRAW_DOT) {
		st = write_dot(g, out, len, err);
		agclose(g);
		gvFreeContext(gvc);
		return st;
	}
	st = render(gvc, g, fmt, timeline, out, len, err);
	agclose(g);
	forget_layout_fonts(gvc);
	gvFreeContext(gvc);
	return st;
}
