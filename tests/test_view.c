/* ncgkg tests: what drawings show (src/view.c).  Plain C: the facts come
 * from extracting the known statements with the C-built lexicon. */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "ncgkg/extract.h"
#include "ncgkg/view.h"

static ncg_facts *facts;
static ncg_view *view;

static void
done(void)
{
	ncg_view_free(view);
	ncg_facts_free(facts);
	view = NULL;
	facts = NULL;
}

TestSuite(view, .fini = done);

static void
load(const char *const *files, ncg_view_kind kind)
{
	ncg_error err;

	facts = ncg_facts_new();
	for (; *files; files++)
		cr_assert_eq(ncg_extract_file(*files, th_lexicon(), facts, &err), NCG_OK, "%s",
		             err.message);
	cr_assert_eq(ncg_view_new(facts, kind, NULL, &view, &err), NCG_OK);
}

static const char *const KNOWN[] = {
	NCG_TEST_DATA "/../../data/statements/ncg-2-2023-12-15.txt",
	NCG_TEST_DATA "/../../data/statements/ncg-4-2025-01-10.txt", NULL
};

static const ncg_vnode *
node(const char *id, size_t *at)
{
	for (size_t i = 0; i < ncg_view_nnodes(view); i++)
		if (!strcmp(ncg_view_node(view, i)->id, id)) {
			if (at)
				*at = i;
			return ncg_view_node(view, i);
		}
	return NULL;
}

static const ncg_vedge *
edge(const char *from, const char *to, ncg_vedge_kind kind)
{
	size_t a, b;

	if (!node(from, &a) || !node(to, &b))
		return NULL;
	for (size_t i = 0; i < ncg_view_nedges(view); i++) {
		const ncg_vedge *e = ncg_view_edge(view, i);

		if (e->from == a && e->to == b && e->kind == kind)
			return e;
	}
	return NULL;
}

static void
ids(char *buf, size_t cap)
{
	buf[0] = '\0';
	for (size_t i = 0; i < ncg_view_nnodes(view); i++)
		strncat(buf, ncg_view_node(view, i)->id, cap - strlen(buf) - 1);
}

Test(view, free_null_is_a_noop)
{
	ncg_view_free(NULL);
}

Test(view, bodies_clustered_by_state_with_contributions)
{
	const ncg_vnode *n;
	const ncg_vedge *e;

	load(KNOWN, NCG_VIEW_BODIES);
	n = node("body/nsc", NULL);
	cr_assert_not_null(n);
	cr_assert_str_eq(n->label, "U.S. National Security Council");
	cr_assert_str_eq(n->sublabel, "NSC");
	cr_assert_str_eq(n->cluster, "cluster_us");
	cr_assert_str_eq(n->href, "https://w3id.org/ncgkg/id/body/nsc");
	cr_assert_str_eq(node("body/cfc", NULL)->cluster, "cluster_rok_us");
	cr_assert_str_eq(node("body/rok-strategic-command", NULL)->cluster, "cluster_rok");
	cr_assert_eq(node("workstream/guidelines", NULL)->kind, NCG_VN_WORKSTREAM);
	e = edge("body/usfk", "workstream/conventional-nuclear-integration", NCG_VE_CONTRIBUTES);
	cr_assert_not_null(e);
	cr_assert(e->tooltip && strstr(e->tooltip, "developed by defense components"),
	          "tooltip: %s", e->tooltip);
	cr_assert_not_null(edge("body/ncg-working-group", "body/ncg", NCG_VE_PART_OF));
	cr_assert_not_null(edge("official/maher-bitar", "body/nsc", NCG_VE_MEMBER_OF));
	/* every node says where it was read */
	for (size_t i = 0; i < ncg_view_nnodes(view); i++)
		cr_assert_not_null(ncg_view_node(view, i)->tooltip, "%s",
		                   ncg_view_node(view, i)->id);
}

Test(view, timeline_orders_meetings_and_shows_wordings)
{
	size_t a, b;
	const ncg_vedge *e;

	load(KNOWN, NCG_VIEW_TIMELINE);
	cr_assert_not_null(node("meeting/ncg-2", &a));
	cr_assert_not_null(node("meeting/ncg-4", &b));
	cr_assert_lt(a, b);
	cr_assert_str_eq(node("meeting/ncg-4", NULL)->sublabel, "2025-01-10, Washington, D.C.");
	cr_assert(node("meeting/ncg-5", NULL)->planned);
	cr_assert_str_eq(node("meeting/ncg-3", NULL)->sublabel,
	                 "planned: next summer, Republic of Korea");
	cr_assert_null(node("meeting/scm-56", NULL));     /* only referred to */
	/* renamed: the 4th meeting says "strategic messaging" */
	e = edge("meeting/ncg-4", "workstream/strategic-communications", NCG_VE_LISTS);
	cr_assert_not_null(e);
	cr_assert_str_eq(e->label, "strategic messaging");
	cr_assert_not(e->first);
	e = edge("meeting/ncg-2", "workstream/strategic-communications", NCG_VE_LISTS);
	cr_assert(e->first);
	cr_assert_null(e->label);
	cr_assert_not_null(edge("meeting/ncg-2", "meeting/ncg-3", NCG_VE_NEXT));
	cr_assert_null(edge("meeting/ncg-4", "workstream/guidelines", NCG_VE_LISTS));
}

Test(view, same_facts_same_view_whatever_the_order)
{
	const char *const reversed[] = {KNOWN[1], KNOWN[0], NULL};
	char first[8192], second[8192];

	load(KNOWN, NCG_VIEW_BODIES);
	ids(first, sizeof first);
	done();
	load(reversed, NCG_VIEW_BODIES);
	ids(second, sizeof second);
	cr_assert_str_eq(first, second);
}
