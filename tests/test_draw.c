/* ncgkg tests: drawing with Graphviz (src/draw.c), checked as DOT text
 * and SVG; a person looks at the pictures. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "ncgkg/draw.h"
#include "ncgkg/extract.h"
#include "ncgkg/view.h"

static ncg_facts *facts;
static ncg_view *view;
static char *out;

static void
done(void)
{
	free(out);
	ncg_view_free(view);
	ncg_facts_free(facts);
	out = NULL;
	view = NULL;
	facts = NULL;
}

TestSuite(draw, .fini = done);

/* A view of finished facts whose texts (titles, legend) come from lex,
 * as the graph command builds it. */
static ncg_view *
view_with_texts(ncg_facts *f, ncg_view_kind kind, const ncg_lexicon *lex)
{
	ncg_view_input *in = ncg_view_input_new();
	const ncg_triple *t;
	ncg_view *v = NULL;
	ncg_error err;
	size_t n;

	cr_assert_not_null(in);
	cr_assert_eq(ncg_facts_finish(f, &t, &n), NCG_OK);
	cr_assert_eq(ncg_view_input_add(in, t, n), NCG_OK);
	ncg_view_input_set_lexicon(in, lex);
	cr_assert_eq(ncg_view_new_input(in, kind, NULL, NULL, &v, &err), NCG_OK, "%s", err.message);
	return v;
}

static void
draw(ncg_view_kind kind, ncg_draw_format fmt)
{
	static const char *const files[] = {
		NCG_TEST_DATA "/../../data/statements/ncg-2-2023-12-15.txt",
		NCG_TEST_DATA "/../../data/statements/ncg-4-2025-01-10.txt"
	};
	ncg_error err;
	size_t len;

	facts = ncg_facts_new();
	for (size_t i = 0; i < 2; i++)
		cr_assert_eq(ncg_extract_file(files[i], th_lexicon(), facts, &err), NCG_OK);
	view = view_with_texts(facts, kind, th_lexicon());
	cr_assert_eq(ncg_draw(view, fmt, &out, &len, &err), NCG_OK, "%s", err.message);
	cr_assert_eq(strlen(out), len);
}

Test(draw, formats)
{
	ncg_draw_format fmt = NCG_DRAW_SVG;

	cr_assert_eq(ncg_draw_format_parse("png", &fmt), NCG_OK);
	cr_assert_eq(fmt, NCG_DRAW_PNG);
	cr_assert_eq(ncg_draw_format_parse("svg", &fmt), NCG_OK);
	cr_assert_eq(fmt, NCG_DRAW_SVG);
	cr_assert_eq(ncg_draw_format_parse("dot", &fmt), NCG_OK);
	cr_assert_eq(fmt, NCG_DRAW_DOT);
	cr_assert_eq(ncg_draw_format_parse("gv", &fmt), NCG_OK);
	cr_assert_eq(fmt, NCG_DRAW_DOT);
	cr_assert_eq(ncg_draw_format_parse("pdf", &fmt), NCG_ERR_USAGE);
	cr_assert_eq(fmt, NCG_DRAW_DOT);                /* unchanged */
}

Test(draw, bodies_dot_has_clusters_nodes_edges_and_legend)
{
	const char *ws, *unclaimed;

	draw(NCG_VIEW_BODIES, NCG_DRAW_DOT);
	cr_assert(strstr(out, "subgraph cluster_us {"), "%s", out);
	cr_assert(strstr(out, "subgraph cluster_rok {"));
	cr_assert(strstr(out, "subgraph cluster_rok_us {"));
	cr_assert(strstr(out, "label=\"Combined ROK\xE2\x80\x93U.S.\""));
	cr_assert(strstr(out, "label=\"United States\""));
	cr_assert(strstr(out, "label=\"U.S. National Security Council\\nNSC\""));
	/* drawn from the body to the workstream (reversed, dir=back, when
	 * the body's column is right of the workstreams) */
	cr_assert(strstr(out, "\"body/usfk\" -> \"workstream/conventional-nuclear-integration\"") ||
	          strstr(out, "\"workstream/conventional-nuclear-integration\" -> \"body/usfk\""));
	cr_assert(strstr(out, "\"body/ncg-working-group\" -> \"body/ncg\""));
	cr_assert(strstr(out, "style=dashed"));
	cr_assert(strstr(out, "href=\"https://w3id.org/ncgkg/id/body/nsc\""));
	cr_assert(strstr(out, "tooltip=\"The NCG co-chairs applauded"));
	cr_assert_null(strstr(out, "label=\"https://"), "an IRI as a label");
	cr_assert_null(strstr(out, "label=\"body/"), "a key as a label");
	/* the officials, the role on the edge */
	cr_assert(strstr(out, "\"official/cho-chang-lae\" -> \"body/ncg\""));
	cr_assert(strstr(out, "taillabel=\"co-chair, 4th NCG\\nmeeting\"") ||
	          strstr(out, "headlabel=\"co-chair, 4th NCG\\nmeeting\""), "the role beside the official");
	/* unclaimed workstreams: a cluster inside the workstreams' */
	ws = strstr(out, "subgraph cluster_workstreams {");
	unclaimed = strstr(out, "subgraph cluster_workstreams_unclaimed {");
	cr_assert(ws && unclaimed && ws < unclaimed);
	/* a legend of sample marks, not ASCII art */
	cr_assert(strstr(out, "<B>Legend</B>"));
	cr_assert(strstr(out, "BGCOLOR=\"#fff3c4\" STYLE=\"rounded\""), "a workstream sample");
	cr_assert(strstr(out, "SIDES=\"B\" COLOR=\"#555555\" STYLE=\"dashed\""), "a part-of sample");
	cr_assert(strstr(out, "SIDES=\"B\" COLOR=\"#555555\" STYLE=\"dotted\""), "a member-of sample");
	cr_assert_null(strstr(out, "[ ]"));
	cr_assert_null(strstr(out, "- - "));
}

/* The x of a node's pos in DOT text, or -1e9. */
static double
pos_x(const char *dot, const char *name)
{
	char key[128];
	const char *p, *end;

	snprintf(key, sizeof key, "\t\"%s\"\t[", name);
	p = strstr(dot, key);
	if (!p) {
		snprintf(key, sizeof key, "\t%s\t[", name);
		p = strstr(dot, key);
	}
	if (!p)
		return -1e9;
	end = strstr(p, "];");
	p = strstr(p, "pos=\"");
	if (!p || (end && p > end))
		return -1e9;
	return atof(p + 5);
}

Test(draw, timeline_puts_meetings_on_a_time_axis)
{
	double x1, x2, x3, x4, x5, xs, jan, feb;

	draw(NCG_VIEW_TIMELINE, NCG_DRAW_DOT);
	x1 = pos_x(out, "meeting/ncg-1");
	x2 = pos_x(out, "meeting/ncg-2");
	x3 = pos_x(out, "meeting/ncg-3");
	x4 = pos_x(out, "meeting/ncg-4");
	x5 = pos_x(out, "meeting/ncg-5");
	xs = pos_x(out, "meeting/scm-56");
	cr_assert(x1 > -1e9 && x1 < x2 && x2 < x3 && x3 < x4 && x4 < x5 && x5 < xs,
	          "%g %g %g %g %g %g", x1, x2, x3, x4, x5, xs);
	/* 10 Jan 2025 lies between the ticks of January and February 2025 */
	jan = pos_x(out, "tl_tick_24300");
	feb = pos_x(out, "tl_tick_24301");
	cr_assert(jan > -1e9 && jan < x4 && x4 < feb, "%g %g %g", jan, x4, feb);
	/* the undated meeting after the axis' end */
	cr_assert_gt(xs, pos_x(out, "tl_axis_end"));
	/* a reworded listing shows its wording; an edge's tooltip says where */
	cr_assert(strstr(out, "label=\"strategic messaging\""), "%s", out);
	cr_assert(strstr(out, "tooltip=\"The NCG co-chairs reviewed the progress on NCG workstreams"));
	cr_assert(strstr(out, "label=announces"));
	cr_assert(strstr(out, "label=\"B-52\\nflyover and landing on the Korean\\nPeninsula\"") ||
	          strstr(out, "label=\"B-52\\n"), "an event on the axis");
	cr_assert(strstr(out, "Legend"));
	cr_assert_null(strstr(out, "label=\"https://"));
}

Test(draw, timeline_svg_fits_the_window_width)
{
	draw(NCG_VIEW_TIMELINE, NCG_DRAW_SVG);
	cr_assert(strstr(out, "<svg width=\"100%\" style=\"height:auto\""), "%.400s", out);
	cr_assert(strstr(out, "viewBox=\""));
	cr_assert(strstr(out, "font-family=\"DejaVu Sans,Verdana,sans-serif\""));
}

Test(draw, svg_is_deterministic_and_carries_links_and_tooltips)
{
	char *first;

	draw(NCG_VIEW_BODIES, NCG_DRAW_SVG);
	cr_assert(strstr(out, "<svg style=\"max-width:100%;height:auto\" width=\""));
	cr_assert(strstr(out, "xlink:href=\"https://w3id.org/ncgkg/id/body/nsc\""));
	cr_assert(strstr(out, "xlink:title=\"The NCG co&#45;chairs applauded"), "%s", out);
	cr_assert(strstr(out, "&#45;&gt;") || strstr(out, "class=\"edge\""));
	first = strdup(out);
	done();
	draw(NCG_VIEW_BODIES, NCG_DRAW_SVG);
	cr_assert_str_eq(first, out);
	free(first);
}

Test(draw, labels_keep_backslashes_and_quotes_as_text)
{
	ncg_error err;
	size_t len;

	facts = ncg_facts_new();
	ncg_facts_type(facts, "statement/a", "body/odd", NCG_C_BODY);
	ncg_facts_label(facts, "statement/a", "body/odd", "Odd \\N \"Body\"", NCG_LABEL_TEXT);
	cr_assert_eq(ncg_view_new(facts, NCG_VIEW_BODIES, NULL, &view, &err), NCG_OK);
	cr_assert_eq(ncg_draw(view, NCG_DRAW_SVG, &out, &len, &err), NCG_OK);
	cr_assert(strstr(out, "Odd \\N &quot;Body&quot;"), "%s", out);
}

/* issue 7: Graphviz crashed on a label of 1.5 MB; labels and tooltips are
 * cut with an ellipsis, the full text staying in the facts */
Test(draw, long_labels_are_cut)
{
	ncg_error err;
	size_t len, n = 2 * 1024 * 1024;
	char *big = malloc(n + 1);
	const char *label;

	for (size_t i = 0; i < n; i++)
		big[i] = i % 7 == 6 ? ' ' : 'a' + (char)(i % 5);
	big[n] = '\0';
	facts = ncg_facts_new();
	ncg_facts_type(facts, "statement/a", "body/huge", NCG_C_BODY);
	ncg_facts_label(facts, "statement/a", "body/huge", big, NCG_LABEL_TEXT);
	ncg_facts_type(facts, "statement/a", "workstream/huge", NCG_C_WORKSTREAM);
	ncg_facts_label(facts, "statement/a", "workstream/huge", big, NCG_LABEL_TEXT);
	cr_assert_eq(ncg_view_new(facts, NCG_VIEW_BODIES, NULL, &view, &err), NCG_OK);
	cr_assert_eq(strlen(ncg_view_node(view, 0)->label), n, "the full text is kept");
	cr_assert_eq(ncg_draw(view, NCG_DRAW_DOT, &out, &len, &err), NCG_OK);
	label = strstr(out, "\"body/huge\"");
	cr_assert_not_null(label);
	label = strstr(label, "label=\"");
	cr_assert_not_null(label);
	cr_assert_lt(strcspn(label + 7, "\""), 2000, "a label cut short");
	cr_assert(strstr(out, "\xE2\x80\xA6"), "an ellipsis");
	free(out);
	out = NULL;
	cr_assert_eq(ncg_draw(view, NCG_DRAW_SVG, &out, &len, &err), NCG_OK, "%s", err.message);
	cr_assert_lt(len, 200000);
	free(big);
}

/* issue 7: a subject "javascript:alert(1)" must not become a link */
Test(draw, only_http_links)
{
	ncg_error err;
	size_t len;

	facts = ncg_facts_new();
	ncg_facts_type(facts, "statement/a", "javascript:alert(1)", NCG_C_BODY);
	ncg_facts_type(facts, "statement/a", "body/plain", NCG_C_BODY);
	cr_assert_eq(ncg_view_new(facts, NCG_VIEW_BODIES, NULL, &view, &err), NCG_OK);
	cr_assert_eq(ncg_draw(view, NCG_DRAW_SVG, &out, &len, &err), NCG_OK);
	cr_assert_null(strstr(out, "href=\"javascript:"), "%s", out);
	cr_assert(strstr(out, "xlink:href=\"https://w3id.org/ncgkg/id/body/plain\""));
}

/* issue 8: the drawings' texts are the lexicon's (views.ttl); a text given
 * again replaces the first, and is escaped in HTML-like labels */
Test(draw, texts_come_from_the_lexicon)
{
	th_lex_row *rows = calloc(th_builtin_rows_count + 4, sizeof *rows);
	ncg_lexicon *lex;
	ncg_error err;
	size_t len, n = th_builtin_rows_count;

	cr_assert_not_null(rows);
	memcpy(rows, th_builtin_rows, n * sizeof *rows);
	rows[n++] = (th_lex_row){TH_TEXT_KEY, 0, "drawing/legend/title"};
	rows[n++] = (th_lex_row){TH_TEXT, 0, "L\xC3\xA9gende & <cl\xC3\xA9>"};
	rows[n++] = (th_lex_row){TH_TEXT_KEY, 0, "drawing/bodies/title"};
	rows[n++] = (th_lex_row){TH_TEXT, 0, "Organes"};
	lex = th_lexicon_from_rows(rows, n);
	free(rows);
	cr_assert_not_null(lex);
	facts = ncg_facts_new();
	cr_assert_eq(ncg_extract_file(NCG_TEST_DATA "/../../data/statements/ncg-4-2025-01-10.txt",
	                              th_lexicon(), facts, &err), NCG_OK);
	view = view_with_texts(facts, NCG_VIEW_BODIES, lex);
	ncg_lexicon_free(lex);     /* the view keeps its own copy */
	cr_assert_str_eq(ncg_view_title(view), "Organes");
	cr_assert_eq(ncg_draw(view, NCG_DRAW_DOT, &out, &len, &err), NCG_OK, "%s", err.message);
	cr_assert(strstr(out, "<B>L\xC3\xA9gende &amp; &lt;cl\xC3\xA9&gt;</B>"), "%s", out);
	cr_assert(strstr(out, "label=Organes"), "%.300s", out);
	cr_assert(strstr(out, "label=Workstreams"), "the texts not given again stay");
	cr_assert_null(strstr(out, "drawing/"), "no key shown where the lexicon has a text");
}

/* issue 8: without a lexicon (ncg_view_new) a text is its key, which says
 * where it belongs; nothing English is built in */
Test(draw, without_a_lexicon_texts_are_their_keys)
{
	ncg_error err;
	size_t len;

	facts = ncg_facts_new();
	ncg_facts_type(facts, "statement/a", "body/plain", NCG_C_BODY);
	ncg_facts_type(facts, "statement/a", "workstream/w", NCG_C_WORKSTREAM);
	cr_assert_eq(ncg_view_new(facts, NCG_VIEW_BODIES, NULL, &view, &err), NCG_OK);
	cr_assert_str_eq(ncg_view_title(view), "drawing/bodies/title");
	cr_assert_str_eq(ncg_view_text(view, "drawing/no/such"), "drawing/no/such");
	cr_assert_str_eq(ncg_view_month(view, 13), "");
	cr_assert_str_eq(ncg_view_month(view, 12), "drawing/month/12");
	cr_assert_eq(ncg_draw(view, NCG_DRAW_DOT, &out, &len, &err), NCG_OK);
	cr_assert(strstr(out, "<B>drawing/legend/title</B>"), "%s", out);
}
