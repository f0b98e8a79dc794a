/* ncgkg tests: what drawings show (src/view.c).  Plain C: the facts come
 * from extracting the known statements with the C-built lexicon. */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "ncgkg/buf.h"
#include "ncgkg/extract.h"
#include "ncgkg/text.h"
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

/* The view of the facts, as the graph command builds it: the texts (role
 * names, months, titles) from the lexicon. */
static void
view_of(ncg_view_kind kind)
{
	ncg_view_input *in = ncg_view_input_new();
	const ncg_triple *t;
	ncg_error err;
	size_t n;

	cr_assert_not_null(in);
	cr_assert_eq(ncg_facts_finish(facts, &t, &n), NCG_OK);
	cr_assert_eq(ncg_view_input_add(in, t, n), NCG_OK);
	ncg_view_input_set_lexicon(in, th_lexicon());
	cr_assert_eq(ncg_view_new_input(in, kind, NULL, NULL, &view, &err), NCG_OK);
}

static void
load(const char *const *files, ncg_view_kind kind)
{
	ncg_error err;

	facts = ncg_facts_new();
	for (; *files; files++)
		cr_assert_eq(ncg_extract_file(*files, th_lexicon(), facts, &err), NCG_OK, "%s",
		             err.message);
	view_of(kind);
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

/* The bodies view of one statement given as text. */
static void
load_text(const char *s)
{
	ncg_text *text;
	ncg_error err;

	facts = ncg_facts_new();
	cr_assert_eq(ncg_text_from_bytes("role-and-member.txt", s, strlen(s), &text, &err), NCG_OK,
	             "%s", err.message);
	cr_assert_eq(ncg_extract_text(text, th_lexicon(), facts, &err), NCG_OK, "%s", err.message);
	ncg_text_free(text);
	view_of(NCG_VIEW_BODIES);
}

/* An official who holds a role at a body's meeting and is also a member
 * of the body gets one edge to it, the role: Graphviz 2.42's dot aborts
 * on some graphs with the two side by side. */
Test(view, role_takes_the_place_of_membership)
{
	size_t a, b, n = 0;

	load_text("Joint Readout of the Nuclear Consultative Group Meeting\n\nMarch 26, 2028\n\n"
	          "The 28th U.S.-Republic of Korea (ROK) Nuclear Consultative Group (NCG) met in "
	          "Seoul on March 26, 2028.\n\nThe meeting was co-chaired by Admiral Richard "
	          "Okafor, Coordinator for Intelligence and Defense Policy at the Nuclear "
	          "Consultative Group, and Dr. Ahn Ho-hee, Vice Minister of National Defense of "
	          "the ROK.\n");
	cr_assert_not_null(node("official/richard-okafor", &a));
	cr_assert_not_null(node("body/ncg", &b));
	for (size_t i = 0; i < ncg_view_nedges(view); i++) {
		const ncg_vedge *e = ncg_view_edge(view, i);

		if (e->from == a && e->to == b) {
			n++;
			cr_assert_eq(e->kind, NCG_VE_ROLE);
			cr_assert(e->label && strstr(e->label, "28th"), "label: %s", e->label);
		}
	}
	cr_assert_eq(n, 1);
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
	size_t a, b, c, d;
	const ncg_vedge *e;
	const ncg_vnode *n;

	load(KNOWN, NCG_VIEW_TIMELINE);
	cr_assert_not_null(node("meeting/ncg-2", &a));
	cr_assert_not_null(node("meeting/ncg-3", &b));
	cr_assert_not_null(node("meeting/ncg-4", &c));
	cr_assert_not_null(node("meeting/ncg-5", &d));
	cr_assert(a < b && b < c && c < d, "meetings in date order");
	cr_assert_str_eq(node("meeting/ncg-4", NULL)->sublabel, "10 Jan 2025, Washington, D.C.");
	cr_assert_str_eq(node("meeting/ncg-4", NULL)->when, "2025-01-10");
	cr_assert_str_eq(node("meeting/ncg-1", NULL)->when, "2023-07");
	cr_assert(node("meeting/ncg-5", NULL)->planned);
	n = node("meeting/ncg-3", NULL);
	cr_assert_str_eq(n->sublabel, "planned: next summer, Republic of Korea");
	cr_assert_str_eq(n->when, "2024-06-01");
	cr_assert_str_eq(n->until, "2024-08-31");
	/* every meeting in the data, an undated one last */
	n = node("meeting/scm-56", &b);
	cr_assert_not_null(n);
	cr_assert_null(n->when);
	for (size_t i = b + 1; i < ncg_view_nnodes(view); i++)
		cr_assert_neq(ncg_view_node(view, i)->kind, NCG_VN_MEETING);
	/* renamed: the 4th meeting says "strategic messaging" */
	e = edge("meeting/ncg-4", "workstream/strategic-communications", NCG_VE_LISTS);
	cr_assert_not_null(e);
	cr_assert_str_eq(e->label, "strategic messaging");
	cr_assert(e->tooltip && strstr(e->tooltip, "strategic messaging"), "%s", e->tooltip);
	cr_assert_not(e->first);
	e = edge("meeting/ncg-2", "workstream/strategic-communications", NCG_VE_LISTS);
	cr_assert(e->first);
	cr_assert_null(e->label);
	cr_assert_not_null(edge("meeting/ncg-2", "meeting/ncg-3", NCG_VE_NEXT));
	cr_assert_null(edge("meeting/ncg-4", "workstream/guidelines", NCG_VE_LISTS));
	/* events and activities, dated, with the meeting reporting them */
	n = node("event/b-52-2023-10", NULL);
	cr_assert_not_null(n);
	cr_assert_eq(n->kind, NCG_VN_EVENT);
	cr_assert_str_eq(n->when, "2023-10");
	cr_assert_str_eq(n->label, "B-52");
	cr_assert_str_eq(n->sublabel, "flyover and landing on the Korean Peninsula");
	cr_assert_not_null(edge("meeting/ncg-2", "event/b-52-2023-10", NCG_VE_REVIEWS));
	n = node("activity/ncg-simulation", NULL);
	cr_assert_not_null(n);
	cr_assert_str_eq(n->when, "2025-01-10");
	cr_assert(n->when_reported);
	cr_assert_str_eq(node("activity/extended-nuclear-deterrence-immersion-course-2023", NULL)->when,
	                 "2023-11");
	cr_assert_not(node("activity/extended-nuclear-deterrence-immersion-course-2023", NULL)->when_reported);
	cr_assert_not_null(edge("meeting/ncg-4", "activity/ncg-simulation", NCG_VE_REPORTS));
}

/* issue 14: every official with a meeting role, beside their body or in
 * their state; the role on an edge; unclaimed workstreams grouped */
Test(view, bodies_show_every_official_with_a_role)
{
	static const char *const ROLED[] = {
		"official/cara-abercrombie", "official/cho-chang-lae", "official/heo-tae-keun",
		"official/kim-tae-hyo", "official/maher-bitar", "official/vipin-narang"
	};
	const ncg_vedge *e;
	size_t officials = 0;

	load(KNOWN, NCG_VIEW_BODIES);
	for (size_t i = 0; i < sizeof ROLED / sizeof ROLED[0]; i++) {
		const ncg_vnode *n = node(ROLED[i], NULL);

		cr_assert_not_null(n, "%s", ROLED[i]);
		cr_assert_eq(n->kind, NCG_VN_OFFICIAL);
		cr_assert_not_null(n->sublabel, "%s: a title", ROLED[i]);
	}
	for (size_t i = 0; i < ncg_view_nnodes(view); i++)
		officials += ncg_view_node(view, i)->kind == NCG_VN_OFFICIAL;
	cr_assert_eq(officials, 6, "no official without a role (presidents)");
	cr_assert_str_eq(node("official/maher-bitar", NULL)->cluster, "cluster_us");
	cr_assert_str_eq(node("official/cho-chang-lae", NULL)->cluster, "cluster_rok");
	cr_assert_str_eq(node("official/vipin-narang", NULL)->cluster, "cluster_us");
	e = edge("official/cho-chang-lae", "body/ncg", NCG_VE_ROLE);
	cr_assert_not_null(e);
	cr_assert_str_eq(e->label, "co-chair, 4th NCG meeting");
	cr_assert(e->tooltip && strstr(e->tooltip, "co-chaired"), "%s", e->tooltip);
	e = edge("official/maher-bitar", "body/ncg", NCG_VE_ROLE);
	cr_assert_str_eq(e->label, "convener, 2nd NCG meeting");
	/* workstreams no body contributes to, in a cluster of their own */
	cr_assert_str_eq(node("workstream/guidelines", NULL)->cluster,
	                 "cluster_workstreams_unclaimed");
	cr_assert_str_eq(node("workstream/conventional-nuclear-integration", NULL)->cluster,
	                 "cluster_workstreams");
	for (size_t i = 0; i < ncg_view_nclusters(view); i++)
		if (!strcmp(ncg_view_cluster(view, i)->id, "cluster_workstreams_unclaimed"))
			cr_assert_str_eq(ncg_view_cluster(view, i)->parent, "cluster_workstreams");
}

Test(view, meeting_view_shows_one_meeting)
{
	const char *const one[] = {KNOWN[1], NULL};
	const ncg_vedge *e;
	ncg_error err;

	load(one, NCG_VIEW_MEETING);         /* the one meeting described */
	cr_assert_eq(node("meeting/ncg-4", NULL)->kind, NCG_VN_MEETING);
	e = edge("official/cho-chang-lae", "meeting/ncg-4", NCG_VE_ROLE);
	cr_assert_not_null(e);
	cr_assert_str_eq(e->label, "co-chair");
	e = edge("meeting/ncg-4", "workstream/strategic-communications", NCG_VE_LISTS);
	cr_assert_str_eq(e->label, "strategic messaging");
	cr_assert_not_null(edge("body/usfk", "workstream/conventional-nuclear-integration",
	                        NCG_VE_CONTRIBUTES));
	cr_assert_not_null(edge("meeting/ncg-4", "activity/ncg-simulation", NCG_VE_REPORTS));
	cr_assert_not_null(edge("meeting/ncg-4", "meeting/ncg-5", NCG_VE_NEXT));
	cr_assert_null(node("meeting/ncg-2", NULL));
	cr_assert_null(node("workstream/guidelines", NULL));   /* not listed at the 4th */
	done();
	/* two described: name one, by key or IRI; else a usage error */
	load(KNOWN, NCG_VIEW_BODIES);
	done();
	facts = ncg_facts_new();
	for (size_t i = 0; KNOWN[i]; i++)
		cr_assert_eq(ncg_extract_file(KNOWN[i], th_lexicon(), facts, &err), NCG_OK);
	cr_assert_eq(ncg_view_new_meeting(facts, NCG_VIEW_MEETING, NULL, NULL, &view, &err),
	             NCG_ERR_USAGE);
	cr_assert_null(view);
	cr_assert(strstr(err.message, "meeting/ncg-2, meeting/ncg-4"), "%s", err.message);
	cr_assert_eq(ncg_view_new_meeting(facts, NCG_VIEW_MEETING, "meeting/ncg-9", NULL, &view,
	                                  &err), NCG_ERR_USAGE);
	cr_assert(strstr(err.message, "no meeting 'meeting/ncg-9'"), "%s", err.message);
	cr_assert_eq(ncg_view_new_meeting(facts, NCG_VIEW_MEETING,
	                                  "https://w3id.org/ncgkg/id/meeting/ncg-2", NULL, &view,
	                                  &err), NCG_OK);
	cr_assert_not_null(edge("official/maher-bitar", "meeting/ncg-2", NCG_VE_ROLE));
	cr_assert_not_null(edge("meeting/ncg-2", "event/b-52-2023-10", NCG_VE_REVIEWS));
	cr_assert_not_null(edge("event/b-52-2023-10", "asset/b-52", NCG_VE_SHOWS));
	cr_assert_not_null(edge("official/maher-bitar", "body/nsc", NCG_VE_MEMBER_OF));
}

/* issue 7: only http(s) IRIs become links */
Test(view, only_http_iris_are_links)
{
	ncg_error err;

	facts = ncg_facts_new();
	ncg_facts_type(facts, "statement/a", "javascript:alert(1)", NCG_C_BODY);
	ncg_facts_type(facts, "statement/a", "body/plain", NCG_C_BODY);
	ncg_facts_type(facts, "statement/a", "http://example.org/b", NCG_C_BODY);
	cr_assert_eq(ncg_view_new(facts, NCG_VIEW_BODIES, NULL, &view, &err), NCG_OK);
	cr_assert_null(node("javascript:alert(1)", NULL)->href);
	cr_assert_str_eq(node("body/plain", NULL)->href, "https://w3id.org/ncgkg/id/body/plain");
	cr_assert_str_eq(node("http://example.org/b", NULL)->href, "http://example.org/b");
	done();
	facts = ncg_facts_new();
	ncg_facts_type(facts, "statement/a", "body/plain", NCG_C_BODY);
	cr_assert_eq(ncg_view_new(facts, NCG_VIEW_BODIES, "file:///etc/", &view, &err), NCG_OK);
	cr_assert_null(node("body/plain", NULL)->href);
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

/* The view as text: every node, edge and cluster with all their fields. */
static void
dump(const ncg_view *v, ncg_buf *b)
{
#define S(x) ((x) ? (x) : "(null)")
	ncg_buf_printf(b, "%s\n", S(ncg_view_title(v)));
	for (size_t i = 0; i < ncg_view_nnodes(v); i++) {
		const ncg_vnode *n = ncg_view_node(v, i);

		ncg_buf_printf(b, "N %s|%s|%s|%s|%s|%s|%d|%d|%s|%s|%d\n", n->id, S(n->label),
		               S(n->sublabel), S(n->tooltip), S(n->href), S(n->cluster), (int)n->kind,
		               n->planned, S(n->when), S(n->until), n->when_reported);
	}
	for (size_t i = 0; i < ncg_view_nedges(v); i++) {
		const ncg_vedge *e = ncg_view_edge(v, i);

		ncg_buf_printf(b, "E %zu|%zu|%d|%s|%s|%d\n", e->from, e->to, (int)e->kind,
		               S(e->label), S(e->tooltip), e->first);
	}
	for (size_t i = 0; i < ncg_view_nclusters(v); i++) {
		const ncg_vcluster *c = ncg_view_cluster(v, i);

		ncg_buf_printf(b, "C %s|%s|%d|%s\n", c->id, S(c->label), c->states, S(c->parent));
	}
#undef S
}

/* Issue 9: a view built a batch of statements at a time (each batch's
 * labels moved to a store of their own, added last) is the view of one
 * store holding them all, whatever the batches; a statement read twice,
 * in two batches, changes nothing. */
Test(view, batches_give_the_view_of_one_store)
{
	static const char *const FILES[] = {
		NCG_TEST_DATA "/../../data/statements/ncg-2-2023-12-15.txt",
		NCG_TEST_DATA "/real2/mcm-48-2023-11-12-rok-jcs.txt",
		NCG_TEST_DATA "/../../data/statements/ncg-4-2025-01-10.txt",
		NCG_TEST_DATA "/real2/scm-56-2024-10-30-pulsewave.txt",
		NCG_TEST_DATA "/real2/ncg-2-announced-2023-12-12-reuters.txt",
		NCG_TEST_DATA "/real2/edscg-4-2023-09-15-globalbihari.txt",
		NCG_TEST_DATA "/../../data/statements/ncg-2-2023-12-15.txt",
	};
	enum { NF = sizeof FILES / sizeof FILES[0] };
	static const ncg_view_kind KINDS[] = {NCG_VIEW_BODIES, NCG_VIEW_TIMELINE};
	ncg_error err;

	for (size_t k = 0; k < 2; k++)
		for (size_t per = 1; per <= 3; per++) {
			ncg_buf one, many;
			ncg_view_input *in = ncg_view_input_new();
			ncg_facts *labels = ncg_facts_new(), *batch = NULL;
			const ncg_triple *t;
			size_t n;

			ncg_buf_init(&one);
			ncg_buf_init(&many);
			facts = ncg_facts_new();
			for (size_t i = 0; i < NF; i++)
				cr_assert_eq(ncg_extract_file(FILES[i], th_lexicon(), facts, &err), NCG_OK,
				             "%s", err.message);
			cr_assert_eq(ncg_view_new(facts, KINDS[k], NULL, &view, &err), NCG_OK);
			dump(view, &one);
			done();
			/* batches of `per` statements, the last one first */
			for (size_t i = 0; i < NF; i++) {
				if (!batch)
					batch = ncg_facts_new();
				cr_assert_eq(ncg_extract_file(FILES[NF - 1 - i], th_lexicon(), batch, &err),
				             NCG_OK, "%s", err.message);
				if ((i + 1) % per == 0 || i + 1 == NF) {
					cr_assert_eq(ncg_facts_move_labels(batch, labels), NCG_OK);
					cr_assert_eq(ncg_facts_finish(batch, &t, &n), NCG_OK);
					cr_assert_eq(ncg_view_input_add(in, t, n), NCG_OK);
					ncg_facts_free(batch);
					batch = NULL;
				}
			}
			cr_assert_eq(ncg_facts_finish(labels, &t, &n), NCG_OK);
			cr_assert_eq(ncg_view_input_add(in, t, n), NCG_OK);
			ncg_facts_free(labels);
			cr_assert_eq(ncg_view_new_input(in, KINDS[k], NULL, NULL, &view, &err), NCG_OK);
			dump(view, &many);
			cr_assert_eq(one.status, NCG_OK);
			cr_assert_gt(ncg_view_nnodes(view), 20);
			cr_assert_str_eq(ncg_buf_str(&many), ncg_buf_str(&one), "view %zu, %zu per batch",
			                 k, per);
			done();
			ncg_buf_free(&one);
			ncg_buf_free(&many);
		}
}

Test(view, input_free_null_is_a_noop)
{
	ncg_error err;

	ncg_view_input_free(NULL);
	cr_assert_eq(ncg_view_new_input(NULL, NCG_VIEW_BODIES, NULL, NULL, &view, &err),
	             NCG_ERR_NOMEM);
	cr_assert_null(view);
}

/* One statement's facts of an official co-chairing meetings of a body. */
static void
roles_statement(ncg_facts *f, const char *g, int both)
{
	ncg_facts_type(f, g, "body/ncg", NCG_C_BODY);
	ncg_facts_label(f, g, "body/ncg", "Nuclear Consultative Group", NCG_LABEL_TEXT);
	ncg_facts_type(f, g, "official/x", NCG_C_OFFICIAL);
	ncg_facts_type(f, g, "meeting/ncg-2", NCG_C_MEETING);
	ncg_facts_link(f, g, "meeting/ncg-2", NCG_P_MEETING_OF, "body/ncg");
	ncg_facts_label(f, g, "meeting/ncg-2", "2nd NCG meeting", NCG_LABEL_CANONICAL);
	ncg_facts_link(f, g, "meeting/ncg-2", NCG_P_CO_CHAIR, "official/x");
	if (!both)
		return;
	ncg_facts_type(f, g, "meeting/ncg-1", NCG_C_MEETING);
	ncg_facts_link(f, g, "meeting/ncg-1", NCG_P_MEETING_OF, "body/ncg");
	ncg_facts_label(f, g, "meeting/ncg-1", "1st NCG meeting", NCG_LABEL_CANONICAL);
	ncg_facts_link(f, g, "meeting/ncg-1", NCG_P_CO_CHAIR, "official/x");
}

/* A role that two statements give is one fact: the edge's label names
 * each meeting once (it named the 2nd meeting twice), from one store and
 * from batches alike. */
Test(view, a_role_given_twice_names_its_meeting_once)
{
	ncg_view_input *in = ncg_view_input_new();
	ncg_facts *labels = ncg_facts_new(), *batch;
	const ncg_triple *t;
	ncg_buf one, many;
	ncg_error err;
	size_t n;

	ncg_buf_init(&one);
	ncg_buf_init(&many);
	facts = ncg_facts_new();
	roles_statement(facts, "statement/a", 1);
	roles_statement(facts, "statement/b", 0);
	cr_assert_eq(ncg_view_new(facts, NCG_VIEW_BODIES, NULL, &view, &err), NCG_OK);
	dump(view, &one);
	done();
	for (int i = 0; i < 2; i++) {
		batch = ncg_facts_new();
		roles_statement(batch, i ? "statement/b" : "statement/a", !i);
		cr_assert_eq(ncg_facts_move_labels(batch, labels), NCG_OK);
		cr_assert_eq(ncg_facts_finish(batch, &t, &n), NCG_OK);
		cr_assert_eq(ncg_view_input_add(in, t, n), NCG_OK);
		ncg_facts_free(batch);
	}
	cr_assert_eq(ncg_facts_finish(labels, &t, &n), NCG_OK);
	cr_assert_eq(ncg_view_input_add(in, t, n), NCG_OK);
	ncg_facts_free(labels);
	cr_assert_eq(ncg_view_new_input(in, NCG_VIEW_BODIES, NULL, NULL, &view, &err), NCG_OK);
	dump(view, &many);
	cr_assert(strstr(ncg_buf_str(&one), "co-chair, 1st NCG meeting, 2nd NCG meeting"),
	          "%s", ncg_buf_str(&one));
	cr_assert_null(strstr(ncg_buf_str(&one), "2nd NCG meeting, 2nd NCG meeting"),
	               "%s", ncg_buf_str(&one));
	cr_assert_str_eq(ncg_buf_str(&many), ncg_buf_str(&one));
	ncg_buf_free(&one);
	ncg_buf_free(&many);
}
