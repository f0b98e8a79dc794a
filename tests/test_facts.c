/* ncgkg tests: the fact store (src/facts.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/facts.h"

static size_t
count(const ncg_triple *t, size_t n, const char *s, ncg_prop p)
{
	size_t c = 0;

	for (size_t i = 0; i < n; i++)
		c += strcmp(t[i].s, s) == 0 && t[i].p == p;
	return c;
}

static const char *
object(const ncg_triple *t, size_t n, const char *s, ncg_prop p)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(t[i].s, s) == 0 && t[i].p == p)
			return t[i].o;
	return NULL;
}

Test(facts, free_null_is_a_noop)
{
	ncg_facts_free(NULL);
}

Test(facts, keys_and_iris)
{
	cr_assert(ncg_key_is_iri("http://example.org/x"));
	cr_assert(ncg_key_is_iri("urn:x"));
	cr_assert_not(ncg_key_is_iri("official/cho-chang-lae"));
	cr_assert_not(ncg_key_is_iri("statement/ab#char=1,2"));
}

Test(facts, one_label_whatever_the_order)
{
	const char *orders[2][3] = {
		{"Washington D.C.", "Washington, D.C.", "Washington"},
		{"Washington", "Washington, D.C.", "Washington D.C."},
	};
	const char *label[2];

	for (int o = 0; o < 2; o++) {
		ncg_facts *f = ncg_facts_new();
		const ncg_triple *t;
		size_t n;

		for (int i = 0; i < 3; i++)
			cr_assert_eq(ncg_facts_label(f, i ? "statement/b" : "statement/a",
			                             "place/washington-dc", orders[o][i],
			                             NCG_LABEL_TEXT), NCG_OK);
		cr_assert_eq(ncg_facts_finish(f, &t, &n), NCG_OK);
		label[o] = strdup(object(t, n, "place/washington-dc", NCG_P_LABEL));
		cr_assert_eq(count(t, n, "place/washington-dc", NCG_P_ALT_LABEL), 2,
		             "alt labels");
		ncg_facts_free(f);
	}
	cr_assert_str_eq(label[0], label[1]);
	cr_assert_str_eq(label[0], "Washington");
	free((void *)label[0]);
	free((void *)label[1]);
}

Test(facts, lexicon_labels_win_and_concepts_get_pref_labels)
{
	ncg_facts *f = ncg_facts_new();
	const ncg_triple *t;
	size_t n;

	ncg_facts_type(f, "statement/a", "workstream/cni", NCG_C_WORKSTREAM);
	ncg_facts_label(f, "statement/a", "workstream/cni", "U.S.-ROK conventional and "
	                "nuclear integration (CNI)", NCG_LABEL_TEXT);
	ncg_facts_label(f, "statement/a", "workstream/cni", "conventional-nuclear integration",
	                NCG_LABEL_LEXICON);
	cr_assert_eq(ncg_facts_finish(f, &t, &n), NCG_OK);
	cr_assert_str_eq(object(t, n, "workstream/cni", NCG_P_LABEL),
	                 "conventional-nuclear integration");
	cr_assert_str_eq(object(t, n, "workstream/cni", NCG_P_PREF_LABEL),
	                 "conventional-nuclear integration");
	cr_assert_str_eq(object(t, n, "workstream/cni", NCG_P_ALT_LABEL),
	                 "U.S.-ROK conventional and nuclear integration (CNI)");
	cr_assert_eq(count(t, n, "workstream/cni", NCG_P_LABEL), 1);
	ncg_facts_free(f);
}

Test(facts, duplicates_merge_and_output_is_sorted)
{
	ncg_facts *f = ncg_facts_new();
	const ncg_triple *t;
	size_t n;

	for (int r = 0; r < 3; r++) {
		ncg_facts_link(f, "statement/a", "meeting/ncg-4", NCG_P_NEXT_MEETING, "meeting/ncg-5");
		ncg_facts_int(f, "statement/a", "meeting/ncg-4", NCG_P_ORDINAL, 4, NCG_DT_INTEGER);
		ncg_facts_type(f, "statement/a", "meeting/ncg-4", NCG_C_MEETING);
	}
	ncg_facts_type(f, "statement/b", "meeting/ncg-4", NCG_C_MEETING);
	cr_assert_eq(ncg_facts_finish(f, &t, &n), NCG_OK);
	/* ncg:Meeting and schema:Event (its super-class, issue 11), each in
	 * two graphs */
	cr_assert_eq(n, 6);
	cr_assert_eq(ncg_facts_count_triples(f), 4);
	for (size_t i = 1; i < n; i++)
		cr_assert_leq(strcmp(t[i - 1].s, t[i].s), 0);
	cr_assert(ncg_facts_has_type(f, "meeting/ncg-4", NCG_C_MEETING));
	cr_assert_not(ncg_facts_has_type(f, "meeting/ncg-4", NCG_C_BODY));
	ncg_facts_free(f);
}

/* issue 11: what a reasoner would add, stated */
Test(facts, types_bring_their_aligned_super_classes)
{
	static const struct {
		ncg_class c;
		ncg_class also[3];
		size_t n;
	} rows[] = {
		{NCG_C_OFFICIAL, {NCG_C_FOAF_PERSON, NCG_C_SCHEMA_PERSON}, 2},
		{NCG_C_BODY, {NCG_C_ORG_ORGANIZATION, NCG_C_SCHEMA_ORGANIZATION}, 2},
		{NCG_C_MEETING, {NCG_C_EVENT}, 1},
		{NCG_C_ACTIVITY, {NCG_C_EVENT}, 1},
		{NCG_C_STATEMENT, {NCG_C_PROV_ENTITY, NCG_C_CREATIVE_WORK}, 2},
		{NCG_C_WORKSTREAM, {NCG_C_CONCEPT}, 1},
		{NCG_C_ROLE, {NCG_C_CONCEPT}, 1},
		{NCG_C_COUNTRY, {NCG_C_PLACE, NCG_C_SCHEMA_COUNTRY, NCG_C_SCHEMA_PLACE}, 3},
		{NCG_C_POST, {NCG_C__COUNT}, 0},
	};

	for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
		ncg_facts *f = ncg_facts_new();
		const ncg_triple *t;
		size_t n;

		cr_assert_eq(ncg_facts_type(f, "statement/a", "x/y", rows[r].c), NCG_OK);
		cr_assert_eq(ncg_facts_finish(f, &t, &n), NCG_OK);
		cr_assert_eq(count(t, n, "x/y", NCG_P_TYPE), 1 + rows[r].n, "row %zu", r);
		for (size_t k = 0; k < rows[r].n; k++)
			cr_assert(ncg_facts_has_type(f, "x/y", rows[r].also[k]), "row %zu, %zu", r, k);
		ncg_facts_free(f);
	}
}

Test(facts, acronyms_are_alt_labels_unless_the_label)
{
	ncg_facts *f = ncg_facts_new();
	const ncg_triple *t;
	size_t n;

	ncg_facts_label(f, "statement/a", "body/nsc", "U.S. National Security Council",
	                NCG_LABEL_LEXICON);
	ncg_facts_literal(f, "statement/a", "body/nsc", NCG_P_ACRONYM, "NSC", NCG_DT_EN);
	ncg_facts_label(f, "statement/a", "body/usindopacom", "USINDOPACOM", NCG_LABEL_TEXT);
	ncg_facts_literal(f, "statement/a", "body/usindopacom", NCG_P_ACRONYM, "USINDOPACOM",
	                  NCG_DT_EN);
	cr_assert_eq(ncg_facts_finish(f, &t, &n), NCG_OK);
	cr_assert_str_eq(object(t, n, "body/nsc", NCG_P_ALT_LABEL), "NSC");
	cr_assert_eq(count(t, n, "body/usindopacom", NCG_P_ALT_LABEL), 0);
	for (size_t i = 0; i < n; i++)
		if (t[i].p == NCG_P_LABEL || t[i].p == NCG_P_ALT_LABEL)
			cr_assert_eq(t[i].dt, NCG_DT_EN, "%s", t[i].o);
	ncg_facts_free(f);
}

Test(facts, language_tags_are_kinds_of_literals)
{
	cr_assert_str_eq(ncg_datatype_lang(NCG_DT_EN), "en");
	cr_assert_str_eq(ncg_datatype_lang(NCG_DT_KO), "ko");
	cr_assert_null(ncg_datatype_lang(NCG_DT_STRING));
	cr_assert_null(ncg_datatype_iri(NCG_DT_EN));
	cr_assert_eq(ncg_datatype_of_lang("EN"), NCG_DT_EN);
	cr_assert_eq(ncg_datatype_of_lang("fr"), -1);
	cr_assert(ncg_iri_is_absolute("https://example.org/a?b=c#d"));
	cr_assert(ncg_iri_is_absolute("urn:isbn:0451450523"));
	cr_assert_not(ncg_iri_is_absolute("example.org/a"));
	cr_assert_not(ncg_iri_is_absolute("https://example.org/a b"));
	cr_assert_not(ncg_iri_is_absolute("https://example.org/<a>"));
	cr_assert_not(ncg_iri_is_absolute("https:"));
	cr_assert_not(ncg_iri_is_absolute(""));
}

/* ---- review10: the string sort's depth ---------------------------------
 *
 * The strings of a statement's facts are sorted by a multikey quicksort.
 * An input whose bytes defeat its median-of-three pivot at every step
 * (made below by running the sort with each string's bytes chosen only
 * when the sort first looks at them, McIlroy's "killer adversary") once
 * made it recurse once per three strings: N / 3 frames, a stack overflow
 * for a large enough N.  It must stay about log2(N) deep: the test runs
 * it on a thread with a small stack. */

#define ADV_N 30000
#define ADV_MAX 64

typedef struct {
	unsigned char s[ADV_MAX];
	size_t len;
} adv_str;

/* id's string ends: two bytes of its id then its end, so all differ */
static void
adv_end(adv_str *str, size_t id)
{
	str[id].s[str[id].len++] = (unsigned char)(id / 250 + 1);
	str[id].s[str[id].len++] = (unsigned char)(id % 250 + 1);
	str[id].s[str[id].len] = 0;
}

/* The sort as it was, on ids, choosing bytes at d (below `bound`) so
 * that the pivot is the largest byte and all but three go below it. */
static void
adv_sort(adv_str *str, size_t *a, size_t n, size_t d, unsigned bound)
{
	while (n >= 12) {
		size_t lt = 0, i = 0, gt = n, pick[3] = { a[0], a[n / 2], a[n - 1] };

		cr_assert_lt(d + 3, ADV_MAX);
		if (bound <= 2) {      /* all alike at d: on to d + 1 */
			for (size_t k = 0; k < n; k++)
				str[a[k]].s[str[a[k]].len++] = 1;
			d++;
			bound = 256;
			continue;
		}
		for (int k = 0; k < 3; k++) {
			str[pick[k]].s[str[pick[k]].len++] = (unsigned char)(bound - 1);
			adv_end(str, pick[k]);
		}
		while (i < gt) {       /* the sort's partition: the rest below */
			size_t t = a[i];

			if (str[t].len == d) {
				a[i++] = a[lt];
				a[lt++] = t;
			} else {
				i++;
			}
		}
		n = lt;
		bound--;
	}
	for (size_t k = 0; k < n; k++) {
		str[a[k]].s[str[a[k]].len++] = 1;
		adv_end(str, a[k]);
	}
}

typedef struct {
	const adv_str *str;
	ncg_status st;
	size_t n;
} adv_run;

static void *
adv_finish(void *arg)
{
	adv_run *r = arg;
	ncg_facts *f = ncg_facts_new();
	const ncg_triple *t;

	/* the strings in the order the sort gets them: subject, object,
	 * graph of the first fact, then the other facts' objects */
	r->st = f ? NCG_OK : NCG_ERR_NOMEM;
	for (size_t i = 1; r->st == NCG_OK && i < ADV_N; i = i == 1 ? 3 : i + 1)
		r->st = ncg_facts_literal(f, (const char *)r->str[2].s, (const char *)r->str[0].s,
		                          NCG_P_NAME, (const char *)r->str[i].s, NCG_DT_STRING);
	if (r->st == NCG_OK)
		r->st = ncg_facts_finish(f, &t, &r->n);
	ncg_facts_free(f);
	return NULL;
}

Test(facts, review10_string_sort_stays_shallow)
{
	adv_str *str = calloc(ADV_N, sizeof *str);
	size_t *a = malloc(ADV_N * sizeof *a);
	adv_run r = { str, NCG_ERR_INTERNAL, 0 };
	pthread_attr_t attr;
	pthread_t th;

	cr_assert(str && a);
	for (size_t i = 0; i < ADV_N; i++)
		a[i] = i;
	adv_sort(str, a, ADV_N, 0, 256);
	cr_assert_eq(pthread_attr_init(&attr), 0);
	cr_assert_eq(pthread_attr_setstacksize(&attr, 256 * 1024), 0);
	cr_assert_eq(pthread_create(&th, &attr, adv_finish, &r), 0);
	cr_assert_eq(pthread_join(th, NULL), 0);
	cr_assert_eq(r.st, NCG_OK);
	cr_assert_eq(r.n, ADV_N - 2);
	pthread_attr_destroy(&attr);
	free(a);
	free(str);
}
