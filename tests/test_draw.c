/* ncgkg tests: drawing with Graphviz (src/draw.c), checked as DOT text
 * and SVG; a person looks at the pictures. */
#include "config.h"

#include <criterion/criterion.h>
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
	cr_assert_eq(ncg_view_new(facts, kind, NULL, &view, &err), NCG_OK);
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
	draw(NCG_VIEW_BODIES, NCG_DRAW_DOT);
	cr_assert(strstr(out, "subgraph cluster_us {"), "%s", out);
	cr_assert(strstr(out, "subgraph cluster_rok {"));
	cr_assert(strstr(out, "subgraph cluster_rok_us {"));
	cr_assert(strstr(out, "label=\"Combined ROK\xE2\x80\x93U.S.\""));
	cr_assert(strstr(out, "label=\"United States\""));
	cr_assert(strstr(out, "label=\"U.S. National Security Council\\nNSC\""));
	cr_assert(strstr(out, "\"body/usfk\" -> \"workstream/conventional-nuclear-integration\""));
	cr_assert(strstr(out, "\"body/ncg-working-group\" -> \"body/ncg\""));
	cr_assert(strstr(out, "style=dashed"));
	cr_assert(strstr(out, "href=\"https://w3id.org/ncgkg/id/body/nsc\""));
	cr_assert(strstr(out, "tooltip=\"The NCG co-chairs applauded"));
	cr_assert(strstr(out, "Legend"));
	cr_assert_null(strstr(out, "label=\"https://"), "an IRI as a label");
	cr_assert_null(strstr(out, "label=\"body/"), "a key as a label");
}

Test(draw, timeline_dot_orders_meetings_in_one_rank)
{
	draw(NCG_VIEW_TIMELINE, NCG_DRAW_DOT);
	cr_assert(strstr(out, "rank=same"));
	cr_assert(strstr(out, "label=\"2nd NCG meeting\\n2023-12-15, Washington, D.C.\""), "%s", out);
	cr_assert(strstr(out, "\"meeting/ncg-4\" -> \"workstream/strategic-communications\""));
	cr_assert(strstr(out, "label=\"strategic messaging\""));
	cr_assert(strstr(out, "label=announces"));
	cr_assert_null(strstr(out, "label=\"https://"));
}

Test(draw, svg_is_deterministic_and_carries_links_and_tooltips)
{
	char *first;

	draw(NCG_VIEW_BODIES, NCG_DRAW_SVG);
	cr_assert(strstr(out, "<svg"));
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
