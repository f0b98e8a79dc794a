/* ncgkg tests: what statements say, as facts (src/extract.c).  Each test
 * is a variant of the known statements' language: reworded, reordered,
 * other date styles, other list punctuation, other verbs. */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "ncgkg/extract.h"
#include "ncgkg/rdf.h"

static char *nt;

static void
done(void)
{
	free(nt);
	nt = NULL;
}

TestSuite(extract, .fini = done);

static void
export(const char *s)
{
	nt = th_export(th_lexicon(), s);
}

#define HAS(s, p, o) cr_assert(th_has(nt, s, p, o), "missing: %s %s %s", s, p, o)
#define HASNT(s, p, o) cr_assert_not(th_has(nt, s, p, o), "unexpected: %s %s %s", s, p, o)

static const char *
statement_key(void)
{
	static char key[64];
	const char *at = strstr(nt, "<https://w3id.org/ncgkg/id/statement/");

	cr_assert_not_null(at);
	snprintf(key, sizeof key, "statement/%.16s", at + strlen("<https://w3id.org/ncgkg/id/statement/"));
	return key;
}

/* ---- the meeting described ---- */

Test(extract, meeting_with_day_first_date_and_passive_verb)
{
	export("The fourth meeting of the Nuclear Consultative Group (NCG) was held in "
	       "Seoul on 10 January 2025.\n");
	HAS(statement_key(), "ncg:describes", "meeting/ncg-4");
	HAS("meeting/ncg-4", "ncg:ordinal", "\"4\"^^xsd:integer");
	HAS("meeting/ncg-4", "ncg:date", "\"2025-01-10\"^^xsd:date");
	HAS("meeting/ncg-4", "ncg:heldIn", "place/seoul");
	HAS("meeting/ncg-4", "a", "ncg:Meeting");
}

Test(extract, meeting_with_date_first_and_iso_date)
{
	export("On 2024-06-10, the United States and the ROK convened the 3rd NCG meeting "
	       "at the Pentagon.\n");
	HAS("meeting/ncg-3", "ncg:date", "\"2024-06-10\"^^xsd:date");
	HAS("meeting/ncg-3", "ncg:heldIn", "place/the-pentagon");
}

Test(extract, inaugural_meeting_in_words)
{
	export("SEOUL - The inaugural meeting of the U.S.-ROK Nuclear Consultative Group "
	       "took place in Seoul on July 18, 2023.\n");
	HAS("meeting/ncg-1", "ncg:ordinal", "\"1\"^^xsd:integer");
	HAS("meeting/ncg-1", "ncg:date", "\"2023-07-18\"^^xsd:date");
}

Test(extract, next_meeting_with_place_and_season_resolved)
{
	export("The second NCG convened in Washington D.C. on December 15, 2023. The third "
	       "principal-level NCG will be convened in Korea next summer.\n");
	HAS("meeting/ncg-2", "ncg:nextMeeting", "meeting/ncg-3");
	HAS("meeting/ncg-3", "ncg:plannedPlace", "country/rok");
	HAS("meeting/ncg-3", "ncg:plannedTimeText", "\"next summer\"@en");
	HAS("meeting/ncg-3", "ncg:plannedTime", "interval/2024-06-01_2024-08-31");
	HAS("interval/2024-06-01_2024-08-31", "time:hasBeginning", "instant/2024-06-01");
	HASNT(statement_key(), "ncg:describes", "meeting/ncg-3");
}

Test(extract, next_meeting_as_next_and_later_this_year)
{
	export("The third Nuclear Consultative Group meeting was held on June 10, 2024 in "
	       "Washington. The next NCG meeting will be hosted in Seoul later this year.\n");
	HAS("meeting/ncg-3", "ncg:nextMeeting", "meeting/ncg-4");
	HAS("meeting/ncg-4", "ncg:plannedPlace", "place/seoul");
	HAS("meeting/ncg-4", "ncg:plannedTime", "interval/2024-06-10_2024-12-31");
}

Test(extract, next_meeting_in_a_work_plan_clause)
{
	export("The United States and the Republic of Korea (ROK) convened the fourth "
	       "Nuclear Consultative Group (NCG) in Washington, D.C. on January 10, 2025. "
	       "The NCG co-chairs approved an NCG workplan and key activities for the first "
	       "half of 2025, which include convening the fifth principal-level NCG meeting "
	       "in the ROK.\n");
	HAS("meeting/ncg-4", "ncg:nextMeeting", "meeting/ncg-5");
	HAS("meeting/ncg-5", "ncg:plannedPlace", "country/rok");
	HAS("meeting/ncg-5", "ncg:plannedTime", "interval/2025-01-01_2025-06-30");
}

Test(extract, referred_meetings_are_other_nodes)
{
	export("The second NCG convened in Washington D.C. on December 15, 2023. Progress "
	       "has been achieved since the first NCG meeting in July.\n");
	HAS("meeting/ncg-1", "ncg:month", "\"2023-07\"^^xsd:gYearMonth");
	HASNT(statement_key(), "ncg:describes", "meeting/ncg-1");
	HASNT("meeting/ncg-2", "ncg:nextMeeting", "meeting/ncg-1");
}

Test(extract, presidents_who_met_give_a_meeting_without_ordinal)
{
	export("President Joseph R. Biden, Jr. and President Yoon Suk Yeol met in "
	       "Washington, D.C. on this 26th day of April, 2023 to mark the alliance.\n");
	HAS(statement_key(), "ncg:describes", "meeting/2023-04-26");
	HAS("meeting/2023-04-26", "ncg:date", "\"2023-04-26\"^^xsd:date");
	cr_assert_eq(th_count_sp(nt, "meeting/2023-04-26", "ncg:ordinal"), 0);
	cr_assert_eq(th_count_sp(nt, "meeting/2023-04-26", "ncg:coChair"), 0);
}

Test(extract, no_meeting_no_describes)
{
	export("The United States strongly condemns the DPRK's launch of an intercontinental "
	       "ballistic missile. The U.S. commitment to the defense of the ROK is ironclad.\n");
	cr_assert_null(strstr(nt, "describes"));
}

Test(extract, future_meeting_alone_is_not_described)
{
	export("The fifth NCG meeting will be held in Seoul on June 3, 2025.\n");
	cr_assert_null(strstr(nt, "describes"));
}

/* ---- roles ---- */

Test(extract, co_chaired_by_passive_and_active)
{
	export("The fourth NCG meeting was held in Washington on January 10, 2025. It was "
	       "co-chaired by Ms. Cara Abercrombie, Deputy Under Secretary of Defense for "
	       "Policy, and Dr. Cho Chang Lae, ROK Deputy Minister for National Defense "
	       "Policy.\n");
	HAS("meeting/ncg-4", "ncg:coChair", "official/cara-abercrombie");
	HAS("meeting/ncg-4", "ncg:coChair", "official/cho-chang-lae");
	HAS("official/cho-chang-lae", "ncg:title",
	    "\"ROK Deputy Minister for National Defense Policy\"@en");
	HAS("official/cho-chang-lae", "ncg:country", "country/rok");
	free(nt);
	export("The third NCG meeting was held in Washington on June 10, 2024. Dr. Vipin "
	       "Narang, Acting Assistant Secretary of Defense for Space Policy, and Mr. Cho "
	       "Chang-rae, Deputy Minister for National Defense Policy of the ROK, "
	       "co-chaired the meeting.\n");
	HAS("meeting/ncg-3", "ncg:coChair", "official/vipin-narang");
	HAS("meeting/ncg-3", "ncg:coChair", "official/cho-chang-lae");
}

Test(extract, convened_by_and_discussions_led_by)
{
	export("The second NCG convened in Washington D.C. on December 15, 2023. The meeting "
	       "was convened by Mr. Maher Bitar, Coordinator for Intelligence and Defense "
	       "Policy at the U.S. National Security Council (NSC), and Dr. Kim Tae-hyo, "
	       "Principal Deputy National Security Advisor of the ROK. Discussions were led "
	       "by Dr. Vipin Narang, Principal Deputy Assistant Secretary of Defense for Space "
	       "Policy, and Dr. Heo Tae-keun, Deputy Minister for National Defense Policy of "
	       "the ROK.\n");
	HAS("meeting/ncg-2", "ncg:convener", "official/maher-bitar");
	HAS("meeting/ncg-2", "ncg:convener", "official/kim-tae-hyo");
	HAS("meeting/ncg-2", "ncg:discussionLead", "official/vipin-narang");
	HAS("meeting/ncg-2", "ncg:discussionLead", "official/heo-tae-keun");
	HAS("official/maher-bitar", "org:memberOf", "body/nsc");
	HASNT("meeting/ncg-2", "ncg:convener", "official/vipin-narang");
}

Test(extract, heads_of_state_in_passing_have_no_role)
{
	export("The second NCG convened in Washington D.C. on December 15, 2023. Established "
	       "to implement President Joseph R. Biden, Jr. and President Yoon Suk Yeol's "
	       "Washington Declaration, the NCG is an enduring body.\n");
	HAS("official/yoon-suk-yeol", "a", "ncg:Official");
	HAS("official/yoon-suk-yeol", "ncg:title", "\"President\"@en");
	cr_assert_null(strstr(nt, "coChair"));
	cr_assert_null(strstr(nt, "convener"));
}

/* ---- workstreams and contributions ---- */

Test(extract, workstreams_link_to_the_meeting_and_contributions)
{
	export("The fourth NCG meeting was held in Washington on January 10, 2025. The NCG "
	       "co-chairs reviewed the progress on NCG workstreams, including on nuclear and "
	       "strategic planning; conventional-nuclear integration (CNI); and strategic "
	       "messaging. They applauded the CNI workstream developed by defense components, "
	       "including ROK Strategic Command, U.S. Forces Korea, and U.S. Strategic "
	       "Command.\n");
	HAS("meeting/ncg-4", "ncg:workstream", "workstream/conventional-nuclear-integration");
	HAS("meeting/ncg-4", "ncg:workstream", "workstream/strategic-communications");
	HAS("body/rok-strategic-command", "ncg:contributesTo",
	    "workstream/conventional-nuclear-integration");
	HAS("body/usfk", "ncg:contributesTo", "workstream/conventional-nuclear-integration");
	HAS("body/stratcom", "ncg:contributesTo", "workstream/conventional-nuclear-integration");
	HAS("workstream/strategic-communications", "skos:altLabel", "\"strategic messaging\"@en");
	HAS("workstream/strategic-communications", "skos:inScheme", "scheme/workstreams");
	cr_assert_eq(th_count_sp(nt, "body/usfk", "ncg:contributesTo"), 1);
}

Test(extract, active_contribution)
{
	export("The fourth NCG meeting was held in Washington on January 10, 2025. U.S. "
	       "Strategic Command and U.S.-ROK Combined Forces Command support the "
	       "conventional-nuclear integration (CNI) workstream.\n");
	HAS("body/stratcom", "ncg:contributesTo", "workstream/conventional-nuclear-integration");
	HAS("body/cfc", "ncg:contributesTo", "workstream/conventional-nuclear-integration");
}

/* ---- assets, activities ---- */

Test(extract, asset_events_resolve_months_against_the_meeting)
{
	export("The second NCG convened in Washington D.C. on December 15, 2023. Principals "
	       "reviewed the B-52 strategic bomber flyover and landing on the Korean "
	       "Peninsula in October.\n");
	HAS("asset/b-52", "ncg:madeVisibleIn", "event/b-52-2023-10");
	HAS("event/b-52-2023-10", "ncg:month", "\"2023-10\"^^xsd:gYearMonth");
	HAS("event/b-52-2023-10", "ncg:eventKind", "event-kind/flyover");
	HAS("event/b-52-2023-10", "ncg:eventKind", "event-kind/landing");
	HAS("event/b-52-2023-10", "ncg:location", "place/korean-peninsula");
	HAS("meeting/ncg-2", "ncg:reviewedEvent", "event/b-52-2023-10");
}

Test(extract, activities_link_to_the_meeting)
{
	export("The second NCG convened in Washington D.C. on December 15, 2023. Principals "
	       "commended an Extended Nuclear Deterrence Immersion Course this November.\n");
	HAS("meeting/ncg-2", "ncg:activity", "activity/extended-nuclear-deterrence-immersion-course-2023");
	HAS("activity/extended-nuclear-deterrence-immersion-course-2023", "ncg:month",
	    "\"2023-11\"^^xsd:gYearMonth");
	HAS("activity/extended-nuclear-deterrence-immersion-course-2023", "ncg:activityKind",
	    "activity-kind/course");
}

/* ---- provenance ---- */

Test(extract, every_entity_has_a_mention_that_holds)
{
	const char *text = "The fourth NCG meeting was held in Seoul on 10 January 2025. "
	                   "It was co-chaired by Dr. Cho Chang Lae, ROK Deputy Minister for "
	                   "National Defense Policy.\n";

	export(text);
	HAS("official/cho-chang-lae", "prov:wasDerivedFrom", statement_key());
	/* "Dr. Cho Chang Lae" starts at code point 82 */
	cr_assert(strstr(nt, "#char=82,99> <http://www.w3.org/2005/11/its/rdf#taIdentRef> "
	                     "<https://w3id.org/ncgkg/id/official/cho-chang-lae>"), "%s", nt);
	cr_assert(strstr(nt, "#char=82,99> <http://persistence.uni-leipzig.org/nlp2rdf/"
	                     "ontologies/nif-core#anchorOf> \"Dr. Cho Chang Lae\""));
}

/* ---- time ---- */

Test(extract, period_intervals)
{
	ncg_mention p = {0};
	char b[11], e[11];

	p.kind = NCG_M_PERIOD;
	p.per = NCG_PER_SEASON;
	p.which = 1;
	p.per_year.rel = 1;
	cr_assert_eq(ncg_period_interval(&p, 2023, 12, 15, b, e), 0);
	cr_assert_str_eq(b, "2024-06-01");
	cr_assert_eq(ncg_period_interval(&p, 2024, 1, 15, b, e), 0);
	cr_assert_str_eq(b, "2024-06-01");           /* "next summer" in January */
	cr_assert_eq(ncg_period_interval(&p, 2024, 7, 15, b, e), 0);
	cr_assert_str_eq(b, "2025-06-01");
	p.which = 3;                                 /* next winter crosses a year */
	cr_assert_eq(ncg_period_interval(&p, 2024, 3, 1, b, e), 0);
	cr_assert_str_eq(b, "2024-12-01");
	cr_assert_str_eq(e, "2025-02-28");
	p.per = NCG_PER_HALF;
	p.which = 2;
	p.per_year = (ncg_year_ref){2025, 0};
	cr_assert_eq(ncg_period_interval(&p, 0, 0, 0, b, e), 0);
	cr_assert_str_eq(b, "2025-07-01");
	cr_assert_str_eq(e, "2025-12-31");
	p.per_year = (ncg_year_ref){0, 1};
	cr_assert_eq(ncg_period_interval(&p, 0, 0, 0, b, e), -1);   /* no anchor */
	cr_assert_eq(ncg_resolve_month_year(7, 2023, 12, 0), 2023);
	cr_assert_eq(ncg_resolve_month_year(12, 2024, 1, 0), 2023);
	cr_assert_eq(ncg_resolve_month_year(3, 2024, 6, 1), 2025);
}

/* ---- frames found on the third corpus ---- */

Test(extract, as_co_chairs_and_co_chairmanship)
{
	export("The eighth NCG meeting was held at the Pentagon on Feb. 4, 2027. Dr. Nathaniel "
	       "J. Brooks, Principal Deputy Under Secretary of Defense for Policy, and Mr. Seo "
	       "Min-kyu, ROK Deputy Minister for National Defense Policy, served as co-chairs.\n");
	HAS("meeting/ncg-8", "ncg:coChair", "official/nathaniel-j-brooks");
	HAS("meeting/ncg-8", "ncg:coChair", "official/seo-min-kyu");
	free(nt);
	export("The third NCG meeting was held in Seoul on 3 March 2025. It met under the "
	       "co-chairmanship of Ms. Jennifer L. Okafor, Acting Deputy Assistant Secretary "
	       "of Defense, and Dr. Han Jae Sung, Director General for Nuclear Policy.\n");
	HAS("meeting/ncg-3", "ncg:coChair", "official/jennifer-l-okafor");
	HAS("meeting/ncg-3", "ncg:coChair", "official/han-jae-sung");
}

Test(extract, contributions_through_efforts_and_credits)
{
	export("The eighth NCG meeting was held at the Pentagon on Feb. 4, 2027. The co-chairs "
	       "noted that CNI planning has advanced through the efforts of U.S. Strategic "
	       "Command and ROK Strategic Command. The statement credits U.S. Forces Korea with "
	       "much of the progress on nuclear and strategic planning.\n");
	HAS("body/stratcom", "ncg:contributesTo", "workstream/conventional-nuclear-integration");
	HAS("body/rok-strategic-command", "ncg:contributesTo",
	    "workstream/conventional-nuclear-integration");
	HAS("body/usfk", "ncg:contributesTo", "workstream/nuclear-and-strategic-planning");
}

Test(extract, dateline_gives_the_place_when_the_sentence_does_not)
{
	export("CAMP H.M. SMITH, Hawaii \xE2\x80\x94 U.S. Indo-Pacific Command hosted the eighth "
	       "meeting of the NCG Working Group at its headquarters on Dec. 9, 2025.\n");
	HAS("meeting/ncg-working-group-8", "ncg:heldIn", "place/camp-hm-smith-hawaii");
}

/* ---- identity across statements ---- */

static char *
export_two(const char *a, const char *b)
{
	ncg_facts *f = ncg_facts_new();
	th_doc da = th_read(a, th_lexicon()), db = th_read(b, th_lexicon());
	ncg_error err;
	ncg_rdf *rdf;
	char *out;
	size_t len;

	cr_assert_eq(ncg_extract(da.doc, da.ms, th_lexicon(), f, &err), NCG_OK);
	cr_assert_eq(ncg_extract(db.doc, db.ms, th_lexicon(), f, &err), NCG_OK);
	cr_assert_eq(ncg_rdf_new(&rdf, &err), NCG_OK);
	cr_assert_eq(ncg_rdf_serialize(rdf, f, NCG_FMT_NTRIPLES, NULL, &out, &len, &err), NCG_OK);
	ncg_rdf_free(rdf);
	th_doc_free(&da);
	th_doc_free(&db);
	ncg_facts_free(f);
	return out;
}

Test(extract, one_node_per_entity_across_statements)
{
	nt = export_two(
		"The third NCG meeting was held in Washington on June 10, 2024. It was co-chaired "
		"by Dr. Cho Chang-rae, ROK Deputy Minister for National Defense Policy. Officials "
		"of the NSC attended. They reviewed NCG workstreams, including strategic "
		"communications; and nuclear and strategic planning. The U.S. Strategic Command "
		"took part.\n",
		"The fourth NCG meeting was held in Washington on January 10, 2025. It was "
		"co-chaired by Dr. Cho Chang Lae, Deputy Minister for National Defense Policy of "
		"the ROK. Officials of the U.S. National Security Council attended. They reviewed "
		"NCG workstreams, including strategic messaging; and nuclear and strategic "
		"planning. The ROK Strategic Command took part.\n");
	/* one official with both spellings and both titles */
	HAS("meeting/ncg-3", "ncg:coChair", "official/cho-chang-lae");
	HAS("meeting/ncg-4", "ncg:coChair", "official/cho-chang-lae");
	cr_assert_eq(th_count_sp(nt, "official/cho-chang-lae", "rdfs:label"), 1);
	HAS("official/cho-chang-lae", "skos:altLabel", "\"Cho Chang-rae\"@en");
	cr_assert_eq(th_count_sp(nt, "official/cho-chang-lae", "ncg:title"), 2);
	/* one body for "NSC" and "U.S. National Security Council" */
	HAS("body/nsc", "skos:altLabel", "\"NSC\"@en");
	cr_assert_eq(th_count_sp(nt, "body/nsc", "rdfs:label"), 1);
	/* one concept for two wordings, each meeting linked to it */
	HAS("meeting/ncg-3", "ncg:workstream", "workstream/strategic-communications");
	HAS("meeting/ncg-4", "ncg:workstream", "workstream/strategic-communications");
	HAS("workstream/strategic-communications", "skos:altLabel", "\"strategic messaging\"@en");
	/* a shared word does not merge: two strategic commands */
	HAS("body/stratcom", "a", "ncg:Body");
	HAS("body/rok-strategic-command", "a", "ncg:Body");
	HASNT("body/rok-strategic-command", "ncg:country", "country/us");
}

/* ---- issue 11: data an analyst can query ---- */

/* Every role is also ncg:participant: one row per construction. */
Test(extract, issue11_every_role_is_a_participant)
{
	static const struct {
		const char *text, *role, *who;
	} rows[] = {
		{"The fourth NCG meeting was held in Seoul on January 10, 2025. It was co-chaired "
		 "by Dr. Cho Chang Lae and Ms. Cara Abercrombie.\n", "ncg:coChair", "official/cho-chang-lae"},
		{"The second NCG meeting was held in Washington on December 15, 2023. The meeting "
		 "was convened by Mr. Maher Bitar.\n", "ncg:convener", "official/maher-bitar"},
		{"The second NCG meeting was held in Washington on December 15, 2023. Discussions "
		 "were led by Dr. Vipin Narang.\n", "ncg:discussionLead", "official/vipin-narang"},
		{"The third NCG meeting was held in Washington on June 10, 2024. The meeting was "
		 "chaired by Dr. Vipin Narang.\n", "ncg:chair", "official/vipin-narang"},
		{"The third NCG meeting was held in Washington on June 10, 2024. It was attended "
		 "by Dr. Vipin Narang.\n", "ncg:participant", "official/vipin-narang"},
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const char *m = strstr(rows[i].text, "fourth") ? "meeting/ncg-4"
		              : strstr(rows[i].text, "second") ? "meeting/ncg-2" : "meeting/ncg-3";

		export(rows[i].text);
		HAS(m, rows[i].role, rows[i].who);
		HAS(m, "ncg:participant", rows[i].who);
		done();
	}
}

/* The issue's example: one post written two ways, in 2023 and 2025, held
 * by two officials; ncg:title on the officials only. */
Test(extract, issue11_one_post_two_wordings_two_holders)
{
	const char *post = "post/rok-ministry-of-national-defense--"
	                   "deputy-minister-for-national-defense-policy";

	nt = export_two(
		"The second NCG meeting was held in Washington on December 15, 2023. Discussions "
		"were led by Dr. Heo Tae-keun, Deputy Minister for National Defense Policy of the "
		"ROK.\n",
		"The fourth NCG meeting was held in Washington on January 10, 2025. It was "
		"co-chaired by Dr. Cho Chang Lae, ROK Deputy Minister for National Defense "
		"Policy.\n");
	HAS("official/heo-tae-keun", "org:holds", post);
	HAS("official/cho-chang-lae", "org:holds", post);
	HAS(post, "a", "org:Post");
	HAS(post, "ncg:country", "country/rok");
	HAS(post, "org:postIn", "body/rok-ministry-of-national-defense");
	HAS(post, "org:role", "role/deputy-minister-for-national-defense-policy");
	HAS("role/deputy-minister-for-national-defense-policy", "a", "org:Role");
	HAS("role/deputy-minister-for-national-defense-policy", "a", "skos:Concept");
	/* the ministry is named only by the title: an organisation, not a body
	 * the statements name */
	HAS("body/rok-ministry-of-national-defense", "a", "org:Organization");
	HASNT("body/rok-ministry-of-national-defense", "a", "ncg:Body");
	cr_assert_eq(th_count_sp(nt, "official/cho-chang-lae", "ncg:title"), 1);
	cr_assert(strstr(nt, "/membership/heo-tae-keun--") && strstr(nt, "/membership/cho-chang-lae--"));
	for (const char *l = nt; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
		const char *title = strstr(l, "> <https://w3id.org/ncgkg/ontology#title> ");
		const char *eol = strchr(l, '\n');

		cr_assert(!title || (eol && title > eol) ||
		          strncmp(l, "<https://w3id.org/ncgkg/id/membership/", 38) != 0,
		          "a membership repeats ncg:title: %.120s", l);
	}
	cr_assert(strstr(nt, "ontology#asOf> \"2023-12-15\"^^"), "%s", nt);
	cr_assert(strstr(nt, "ontology#asOf> \"2025-01-10\"^^"));
}

/* What the title names: a body in it, a body through a lexicon cue, a
 * country; no scope, no post.  One row per construction. */
Test(extract, issue11_posts_and_organisations_from_titles)
{
	static const struct {
		const char *name, *title, *role, *post, *org, *country;
	} rows[] = {
		{"Mr. Maher Bitar", "Coordinator for Intelligence and Defense Policy at the U.S. "
		 "National Security Council (NSC)", "role/coordinator-for-intelligence-and-defense-policy",
		 "post/nsc--coordinator-for-intelligence-and-defense-policy", "body/nsc", "country/us"},
		{"Ms. Cara Abercrombie", "performing the duties of Deputy Under Secretary of Defense "
		 "for Policy", "role/deputy-under-secretary-of-defense-for-policy",
		 "post/dod--deputy-under-secretary-of-defense-for-policy", "body/dod", "country/us"},
		{"Dr. Kim Tae-hyo", "the ROK\xE2\x80\x99s Principal Deputy National Security Advisor",
		 "role/principal-deputy-national-security-advisor",
		 "post/rok-national-security-office--principal-deputy-national-security-advisor",
		 "body/rok-national-security-office", "country/rok"},
		{"Mr. Kihara Minoru", "Japanese Minister of Defense", "role/minister-of-defense",
		 "post/japan--minister-of-defense", NULL, "country/japan"},
		{"Gen. Paul J. LaCamera", "Commander of U.S. Forces Korea", "role/commander",
		 "post/usfk--commander", "body/usfk", "country/us"},
		{"Mr. Joseph Smith", "Special Envoy", "role/special-envoy", NULL, NULL, NULL},
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char text[512], who[128], ms[160];
		const char *at, *end;

		snprintf(text, sizeof text, "The fourth NCG meeting was held in Seoul on January "
		         "10, 2025. It was co-chaired by %s, %s.\n", rows[i].name, rows[i].title);
		export(text);
		at = strstr(nt, "<https://w3id.org/ncgkg/id/official/");
		cr_assert_not_null(at, "%s", text);
		at += strlen("<https://w3id.org/ncgkg/id/");
		end = strchr(at, '>');
		snprintf(who, sizeof who, "%.*s", (int)(end - at), at);
		snprintf(ms, sizeof ms, "membership/%s--%.16s", who + strlen("official/"),
		         statement_key() + strlen("statement/"));
		HAS(ms, "org:role", rows[i].role);
		if (rows[i].post) {
			HAS(who, "org:holds", rows[i].post);
			HAS(ms, "ncg:post", rows[i].post);
		} else {
			cr_assert_eq(th_count_sp(nt, ms, "ncg:post"), 0, "%s", text);
			cr_assert_eq(th_count_sp(nt, who, "org:holds"), 0, "%s", text);
		}
		if (rows[i].org)
			HAS(ms, "org:organization", rows[i].org);
		else
			cr_assert_eq(th_count_sp(nt, ms, "org:organization"), 0, "%s", text);
		if (rows[i].country && rows[i].post)
			HAS(rows[i].post, "ncg:country", rows[i].country);
		done();
	}
}

/* One membership per official per statement, from the fullest title. */
Test(extract, issue11_one_membership_per_statement)
{
	export("The 56th SCM was held in Washington on October 30, 2024. ROK Minister of "
	       "National Defense Kim Yong-hyun attended. Minister Kim thanked the hosts.\n");
	cr_assert_eq(th_count_sp(nt, "official/kim-yong-hyun", "org:hasMembership"), 1, "%s", nt);
	cr_assert_eq(th_count_sp(nt, "official/kim-yong-hyun", "org:holds"), 1, "%s", nt);
	HAS("official/kim-yong-hyun", "org:holds",
	    "post/rok-ministry-of-national-defense--minister-of-national-defense");
}

/* A document's name is not a wording of a workstream. */
Test(extract, issue11_document_name_is_not_a_workstream)
{
	export("The fourth NCG meeting was held in Washington on January 10, 2025. Principals "
	       "discussed deterrence in accordance with the United States and Republic of Korea "
	       "Guidelines for Nuclear Deterrence and Nuclear Operations on the Korean Peninsula.\n");
	cr_assert_null(strstr(nt, "/workstream/guidelines>"), "%s", nt);
	done();
	export("The second NCG meeting was held in Washington on December 15, 2023. "
	       "They reviewed NCG workstreams, including on guidelines; and strategic "
	       "communications.\n");
	HAS("meeting/ncg-2", "ncg:workstream", "workstream/guidelines");
}

/* Language tags: English text @en, copies of text and identifiers plain,
 * a Hangul name @ko. */
Test(extract, issue11_language_tags)
{
	export("The fourth NCG meeting was held in Washington on January 10, 2025. It was "
	       "co-chaired by Dr. Cho Chang Lae (\xEC\xA1\xB0\xEC\xB0\xBD\xEB\x9E\x98), ROK "
	       "Deputy Minister for National Defense Policy. The fifth NCG meeting will be held "
	       "in the first half of 2025.\n");
	HAS("official/cho-chang-lae", "foaf:name", "\"Cho Chang Lae\"@en");
	HAS("official/cho-chang-lae", "foaf:name", "\"\\uC870\\uCC3D\\uB798\"@ko");
	HAS("official/cho-chang-lae", "skos:altLabel", "\"\\uC870\\uCC3D\\uB798\"@ko");
	HAS("official/cho-chang-lae", "ncg:honorific", "\"Dr.\"@en");
	HAS("official/cho-chang-lae", "ncg:title",
	    "\"ROK Deputy Minister for National Defense Policy\"@en");
	HAS("official/cho-chang-lae", "rdfs:label", "\"Cho Chang Lae\"@en");
	HAS("meeting/ncg-5", "ncg:plannedTimeText", "\"first half of 2025\"@en");
	HAS("body/ncg", "ncg:acronym", "\"NCG\"@en");
	HAS("body/ncg", "skos:altLabel", "\"NCG\"@en");
	cr_assert_null(strstr(nt, "anchorOf> \"Cho Chang Lae\"@"));
}

/* What the caller knows of a statement (a saved page's head, --source)
 * wins over what the text's head suggests. */
static void
export_meta(const char *s, const ncg_text_meta *meta)
{
	ncg_facts *f = ncg_facts_new();
	th_doc d = th_read(s, th_lexicon());
	ncg_error err;
	ncg_rdf *rdf;
	size_t len;

	cr_assert_eq(ncg_text_set_meta(d.text, meta, &err), NCG_OK);
	cr_assert_eq(ncg_extract(d.doc, d.ms, th_lexicon(), f, &err), NCG_OK);
	cr_assert_eq(ncg_rdf_new(&rdf, &err), NCG_OK);
	cr_assert_eq(ncg_rdf_serialize(rdf, f, NCG_FMT_NTRIPLES, NULL, &nt, &len, &err), NCG_OK);
	ncg_rdf_free(rdf);
	th_doc_free(&d);
	ncg_facts_free(f);
}

Test(extract, issue11_metadata_wins_over_the_head)
{
	ncg_text_meta meta = {"Readout of the Fourth NCG", "2025-01-11", "U.S. Department of Defense",
	                      "https://example.org/releases/4"};
	const char *text = "Joint Press Statement\n\nJanuary 10, 2025\n\nThe fourth NCG meeting was "
	                   "held in Washington on January 10, 2025. The fifth NCG meeting will be held "
	                   "later this year.\n";

	export_meta(text, &meta);
	HAS(statement_key(), "dcterms:title", "\"Readout of the Fourth NCG\"@en");
	HAS(statement_key(), "rdfs:label", "\"Readout of the Fourth NCG\"@en");
	HAS(statement_key(), "dcterms:issued", "\"2025-01-11\"^^xsd:date");
	cr_assert_eq(th_count_sp(nt, statement_key(), "dcterms:issued"), 1);
	HAS(statement_key(), "dcterms:publisher", "body/dod");
	HAS("body/dod", "a", "org:Organization");
	HASNT("body/dod", "a", "ncg:Body");
	cr_assert(strstr(nt, "<http://purl.org/dc/terms/source> <https://example.org/releases/4> ."),
	          "%s", nt);
	HAS(statement_key(), "a", "prov:Entity");
	HAS(statement_key(), "a", "schema:CreativeWork");
	done();
	/* without metadata: the head's date; a source only when given */
	export(text);
	HAS(statement_key(), "dcterms:issued", "\"2025-01-10\"^^xsd:date");
	cr_assert_null(strstr(nt, "terms/source>"));
	done();
	/* a bad date or address in the metadata is ignored, not written */
	meta.issued = "11 January 2025";
	meta.source = "not an address";
	export_meta(text, &meta);
	HAS(statement_key(), "dcterms:issued", "\"2025-01-10\"^^xsd:date");
	cr_assert_null(strstr(nt, "terms/source>"));
}

/* A dated activity is that year's occurrence of a recurring one. */
Test(extract, issue11_dated_activity_is_that_years_occurrence)
{
	export("The fifth NCG meeting was held in Seoul on September 22, 2025. Principals "
	       "welcomed the trilateral Freedom Edge exercise in September.\n");
	cr_assert(strstr(nt, "/activity/freedom-edge-2025>"), "%s", nt);
	cr_assert_null(strstr(nt, "/activity/freedom-edge>"));
}
