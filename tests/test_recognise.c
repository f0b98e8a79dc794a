/* ncgkg tests: recognising mentions (src/recognise.c, src/recog_*.c).
 * Each test states a construction of official English and checks what is
 * found; several run with the grammar's word lists only, to show that
 * names unknown to the lexicon are still recognised. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static th_doc d;

static void
done(void)
{
	th_doc_free(&d);
	memset(&d, 0, sizeof d);
}

TestSuite(recognise, .fini = done);

static void
read_full(const char *s)
{
	d = th_read(s, th_lexicon());
}

static void
read_grammar_only(const char *s)
{
	d = th_read(s, th_grammar_lexicon());
}

static const ncg_mention *
must(ncg_mention_kind k, const char *anchor)
{
	const ncg_mention *m = th_mention(&d, k, anchor);

	cr_assert_not_null(m, "no %s mention '%s'", ncg_mention_kind_name(k), anchor);
	return m;
}

static void
date_is(const char *anchor, int y, int m, int day)
{
	const ncg_mention *x = must(NCG_M_DATE, anchor);

	cr_assert_eq(x->date.y, y, "%s: year %d", anchor, x->date.y);
	cr_assert_eq(x->date.m, m, "%s: month %d", anchor, x->date.m);
	cr_assert_eq(x->date.d, day, "%s: day %d", anchor, x->date.d);
}

Test(recognise, free_null_is_a_noop)
{
	ncg_mentions_free(NULL);
}

/* ---- dates ---- */

Test(recognise, dates_in_the_styles_statements_use)
{
	read_full("It met on December 15, 2023. It met on 15 December 2023. "
	          "It met on 2023-12-15. It met on this 26th day of April, 2023. "
	          "It met on Dec. 15, 2023. It met on June 10th, 2024. "
	          "It met on 10th of June 2024. It met on 01/10/2025.");
	date_is("December 15, 2023", 2023, 12, 15);
	date_is("15 December 2023", 2023, 12, 15);
	date_is("2023-12-15", 2023, 12, 15);
	date_is("26th day of April, 2023", 2023, 4, 26);
	date_is("Dec. 15, 2023", 2023, 12, 15);
	date_is("June 10th, 2024", 2024, 6, 10);
	date_is("10th of June 2024", 2024, 6, 10);
	date_is("01/10/2025", 2025, 1, 10);
}

Test(recognise, impossible_dates_are_not_dates)
{
	read_full("It met on February 30, 2023 and on 2023-13-01 and on 45 June 2023.");
	cr_assert_null(th_mention(&d, NCG_M_DATE, "February 30, 2023"));
	cr_assert_null(th_mention(&d, NCG_M_DATE, "2023-13-01"));
}

Test(recognise, months_without_year_and_may_the_verb)
{
	read_full("The submarine visited in July and this November; officials may "
	          "meet. May 5 was busy.");
	date_is("July", 0, 7, 0);
	cr_assert(must(NCG_M_DATE, "November")->date.this_);
	date_is("May 5", 0, 5, 5);
	cr_assert_eq(th_count(&d, NCG_M_DATE), 3);
}

Test(recognise, periods)
{
	const ncg_mention *m;

	read_full("It will meet next summer. Plans cover the first half of 2025. "
	          "A session in early 2026 and later this year and in summer 2024. "
	          "Work in the third quarter of next year.");
	m = must(NCG_M_PERIOD, "next summer");
	cr_assert_eq(m->period.kind, NCG_PER_SEASON);
	cr_assert_eq(m->period.which, 1);
	cr_assert_eq(m->period.year.rel, 1);
	m = must(NCG_M_PERIOD, "first half of 2025");
	cr_assert_eq(m->period.kind, NCG_PER_HALF);
	cr_assert_eq(m->period.year.year, 2025);
	m = must(NCG_M_PERIOD, "early 2026");
	cr_assert_eq(m->period.kind, NCG_PER_PART);
	must(NCG_M_PERIOD, "later this year");
	cr_assert_eq(must(NCG_M_PERIOD, "summer 2024")->period.year.year, 2024);
	m = must(NCG_M_PERIOD, "third quarter of next year");
	cr_assert_eq(m->period.which, 3);
	cr_assert_eq(m->period.year.rel, 1);
}

/* ---- meetings ---- */

Test(recognise, ordinal_meetings_in_words_and_numerals)
{
	read_full("The second U.S.-Republic of Korea (ROK) Nuclear Consultative Group (NCG) "
	          "convened. The 4th NCG meeting was held. The third principal-level NCG "
	          "will be convened. The inaugural meeting of the NCG took place. "
	          "The twenty-first session of the NCG met. The 56th Meeting of the Security "
	          "Consultative Meeting ended. The NCG\xE2\x80\x99s fifth meeting is planned.");
	cr_assert_eq(must(NCG_M_MEETING, "second U.S.-Republic of Korea (ROK) Nuclear "
	                  "Consultative Group")->meeting.ordinal, 2);
	cr_assert_eq(must(NCG_M_MEETING, "4th NCG meeting")->meeting.ordinal, 4);
	cr_assert_eq(must(NCG_M_MEETING, "third principal-level NCG")->meeting.ordinal, 3);
	cr_assert_eq(must(NCG_M_MEETING, "inaugural meeting of the NCG")->meeting.ordinal, 1);
	cr_assert_eq(must(NCG_M_MEETING, "twenty-first session of the NCG")->meeting.ordinal, 21);
	cr_assert_str_eq(must(NCG_M_MEETING, "56th Meeting of the Security Consultative "
	                      "Meeting")->meeting.series, "body/scm");
	cr_assert_str_eq(must(NCG_M_MEETING, "fifth meeting")->meeting.series, "body/ncg");
}

Test(recognise, ordinals_that_are_not_meetings)
{
	read_full("This was the first hosted in the United States, in the first half of "
	          "2024, and the second time officials met.");
	cr_assert_eq(th_count(&d, NCG_M_MEETING), 0);
}

/* ---- officials ---- */

static void
official_is(const char *anchor, const char *name_key, const char *title)
{
	const ncg_mention *m = must(NCG_M_OFFICIAL, anchor);

	cr_assert_str_eq(m->key, name_key);
	if (title)
		cr_assert_str_eq(m->official.title ? m->official.title : "(none)", title);
	else
		cr_assert_null(m->official.title, "unexpected title %s", m->official.title);
}

Test(recognise, honorific_name_and_appositive_title)
{
	read_full("The meeting was convened by Mr. Maher Bitar, Coordinator for Intelligence "
	          "and Defense Policy at the U.S. National Security Council (NSC), and "
	          "Dr. Kim Tae-hyo, Principal Deputy National Security Advisor of the ROK.");
	official_is("Mr. Maher Bitar", "official/maher-bitar",
	            "Coordinator for Intelligence and Defense Policy at the U.S. National "
	            "Security Council (NSC)");
	cr_assert_str_eq(must(NCG_M_OFFICIAL, "Mr. Maher Bitar")->official.affiliation, "body/nsc");
	cr_assert_str_eq(must(NCG_M_OFFICIAL, "Mr. Maher Bitar")->official.country, "country/us");
	official_is("Dr. Kim Tae-hyo", "official/kim-tae-hyo",
	            "Principal Deputy National Security Advisor of the ROK");
	cr_assert_str_eq(must(NCG_M_OFFICIAL, "Dr. Kim Tae-hyo")->official.country, "country/rok");
}

Test(recognise, who_is_performing_the_duties_of)
{
	read_full("It was co-chaired by Ms. Cara Abercrombie, who is performing the duties "
	          "of Deputy Under Secretary of Defense for Policy, and Dr. Cho Chang Lae, "
	          "ROK Deputy Minister for National Defense Policy.");
	official_is("Ms. Cara Abercrombie", "official/cara-abercrombie",
	            "performing the duties of Deputy Under Secretary of Defense for Policy");
	official_is("Dr. Cho Chang Lae", "official/cho-chang-lae",
	            "ROK Deputy Minister for National Defense Policy");
}

Test(recognise, preposed_titles)
{
	read_full("It was co-chaired by ROK Deputy Minister for National Defense Policy "
	          "Dr. Cho Chang-rae and U.S. Acting Assistant Secretary of Defense for "
	          "Space Policy Vipin Narang.");
	official_is("Dr. Cho Chang-rae", "official/cho-chang-lae",
	            "ROK Deputy Minister for National Defense Policy");
	official_is("Vipin Narang", "official/vipin-narang",
	            "U.S. Acting Assistant Secretary of Defense for Space Policy");
}

Test(recognise, a_title_word_that_may_begin_a_sentence_stays_in_the_title)
{
	read_full("The meeting was co-chaired by Under Secretary of State for Arms Control "
	          "Ms. Bonnie Jenkins.");
	official_is("Ms. Bonnie Jenkins", "official/bonnie-jenkins",
	            "Under Secretary of State for Arms Control");
}

Test(recognise, heads_of_state_and_possessives)
{
	read_full("Established to implement President Joseph R. Biden, Jr. and President "
	          "Yoon Suk Yeol\xE2\x80\x99s Washington Declaration, the NCG is new. "
	          "President Yoon thanked President Biden.");
	official_is("President Joseph R. Biden, Jr.", "official/joseph-r-biden-jr", "President");
	official_is("President Yoon Suk Yeol", "official/yoon-suk-yeol", "President");
	cr_assert_str_eq(must(NCG_M_OFFICIAL, "President Yoon")->key, "official/yoon-suk-yeol");
	cr_assert_str_eq(must(NCG_M_OFFICIAL, "President Biden")->key,
	                 "official/joseph-r-biden-jr");
	cr_assert_null(th_mention(&d, NCG_M_PLACE, "Washington"));
}

Test(recognise, names_without_honorific_are_found_by_their_titles)
{
	read_grammar_only("The meeting was co-chaired by Kim Tae-hyo, Principal Deputy "
	                  "National Security Advisor, and Kurt Campbell, Coordinator for "
	                  "Indo-Pacific Affairs. Secretary of Defense Lloyd J. Austin III spoke.");
	official_is("Kim Tae-hyo", "official/kim-tae-hyo",
	            "Principal Deputy National Security Advisor");
	official_is("Kurt Campbell", "official/kurt-campbell",
	            "Coordinator for Indo-Pacific Affairs");
	official_is("Lloyd J. Austin III", "official/lloyd-j-austin-iii", "Secretary of Defense");
}

/* ---- bodies, acronyms, places ---- */

Test(recognise, bodies_from_the_lexicon_with_country_prefixes)
{
	read_full("Officials from the U.S. National Security Council, the ROK National "
	          "Security Office, and the NSC attended, with U.S.-ROK Combined Forces "
	          "Command and U.S. Forces Korea.");
	cr_assert_str_eq(must(NCG_M_BODY, "U.S. National Security Council")->key, "body/nsc");
	cr_assert_str_eq(must(NCG_M_BODY, "NSC")->key, "body/nsc");
	cr_assert_str_eq(must(NCG_M_BODY, "ROK National Security Office")->key,
	                 "body/rok-national-security-office");
	cr_assert_str_eq(must(NCG_M_BODY, "U.S.-ROK Combined Forces Command")->key, "body/cfc");
	cr_assert_str_eq(must(NCG_M_BODY, "U.S. Forces Korea")->key, "body/usfk");
}

Test(recognise, a_prefix_of_the_other_state_is_another_body)
{
	read_full("The ROK National Security Council met the U.S. National Security Council.");
	cr_assert_str_eq(must(NCG_M_BODY, "ROK National Security Council")->key,
	                 "body/rok-national-security-council");
	cr_assert_str_eq(must(NCG_M_BODY, "U.S. National Security Council")->key, "body/nsc");
}

Test(recognise, unknown_bodies_by_grammar)
{
	const ncg_mention *m;

	read_grammar_only("Defense components, including ROK Strategic Command, U.S.-ROK "
	                  "Combined Forces Command, and the Office of the President of the "
	                  "Republic of Korea, and the Extended Deterrence Strategy and "
	                  "Consultation Group (EDSCG) took part, as did the NCG working "
	                  "group (WG). Relevant defense, foreign affairs, and military "
	                  "authorities attended.");
	m = must(NCG_M_BODY, "ROK Strategic Command");
	cr_assert_str_eq(m->key, "body/rok-strategic-command");
	must(NCG_M_BODY, "U.S.-ROK Combined Forces Command");
	must(NCG_M_BODY, "Office of the President of the Republic of Korea");
	m = must(NCG_M_BODY, "Extended Deterrence Strategy and Consultation Group");
	cr_assert_str_eq(m->body.acronym, "EDSCG");
	m = must(NCG_M_BODY, "NCG working group");
	cr_assert_str_eq(m->body.acronym, "WG");
	cr_assert_eq(th_count(&d, NCG_M_BODY), 5, "bodies: %zu", th_count(&d, NCG_M_BODY));
}

Test(recognise, documents_and_peninsulas_are_not_bodies)
{
	read_full("The Washington Declaration and the Guidelines for Nuclear Deterrence "
	          "and Nuclear Operations on the Korean Peninsula (Guidelines) matter, "
	          "as does the Kim regime.");
	cr_assert_eq(th_count(&d, NCG_M_BODY), 0);
	must(NCG_M_PLACE, "the Korean Peninsula");
}

Test(recognise, places_known_and_unknown)
{
	read_full("It met in Washington, D.C. and later in Honolulu, Hawaii, then in "
	          "Pyeongtaek and in Camp Humphreys. It will convene in the ROK.");
	cr_assert_str_eq(must(NCG_M_PLACE, "Washington, D.C.")->key, "place/washington-dc");
	cr_assert_str_eq(must(NCG_M_PLACE, "Honolulu, Hawaii")->key, "place/honolulu");
	must(NCG_M_PLACE, "Pyeongtaek");
	cr_assert_str_eq(must(NCG_M_PLACE, "Camp Humphreys")->key, "place/camp-humphreys");
	cr_assert_str_eq(must(NCG_M_COUNTRY, "ROK")->key, "country/rok");
}

/* ---- workstreams ---- */

static void
workstream_is(const char *anchor, const char *key)
{
	cr_assert_str_eq(must(NCG_M_WORKSTREAM, anchor)->key, key);
}

Test(recognise, workstream_list_with_semicolons)
{
	read_full("The co-chairs reviewed progress on NCG workstreams, including on "
	          "security and information sharing protocols; nuclear and strategic "
	          "planning; conventional-nuclear integration (CNI); exercises, "
	          "simulations, and trainings; and strategic messaging.");
	cr_assert_eq(th_count(&d, NCG_M_WORKSTREAM), 5);
	workstream_is("conventional-nuclear integration (CNI)",
	              "workstream/conventional-nuclear-integration");
	workstream_is("exercises, simulations, and trainings",
	              "workstream/exercises-simulations-and-training");
	workstream_is("strategic messaging", "workstream/strategic-communications");
}

Test(recognise, workstream_list_with_commas_and_as_well_as)
{
	read_full("The sides established a range of workstreams, including nuclear "
	          "planning, information sharing, and crisis communication protocols "
	          "as well as risk reduction practices.");
	cr_assert_eq(th_count(&d, NCG_M_WORKSTREAM), 4, "%zu", th_count(&d, NCG_M_WORKSTREAM));
	workstream_is("nuclear planning", "workstream/nuclear-and-strategic-planning");
	workstream_is("crisis communication protocols", "workstream/crisis-communication-protocol");
	workstream_is("risk reduction practices", "workstream/risk-reduction");
}

Test(recognise, unknown_wording_is_a_new_concept_not_dropped)
{
	read_grammar_only("They reviewed the workstreams: deterrence messaging; and "
	                  "allied space cooperation.");
	workstream_is("deterrence messaging", "workstream/deterrence-messaging");
	workstream_is("allied space cooperation", "workstream/allied-space-cooperation");
}

Test(recognise, workstreams_including_comma_is_not_a_list)
{
	read_full("They agreed to make progress on NCG workstreams, including, based on "
	          "the outcomes of the 56th Security Consultative Meeting.");
	cr_assert_eq(th_count(&d, NCG_M_WORKSTREAM), 0);
}

/* ---- assets and activities ---- */

Test(recognise, assets_named_and_typed_with_events)
{
	const ncg_mention *m;

	read_full("They reviewed the enhanced visibility of strategic assets, including the "
	          "ballistic missile submarine the USS KENTUCKY port visit to Busan in July, "
	          "B-52 strategic bomber flyover and landing on the Korean Peninsula in "
	          "October, and joint observation of an ICBM test launch in November.");
	cr_assert_eq(th_count(&d, NCG_M_ASSET), 3);
	m = must(NCG_M_ASSET, "USS KENTUCKY");
	cr_assert_str_eq(m->asset.type_key, "asset-type/ballistic-missile-submarine");
	cr_assert_str_eq(m->asset.event.kind[0], "event-kind/port-visit");
	cr_assert_str_eq(m->asset.event.place, "place/busan");
	cr_assert_eq(m->asset.when.m, 7);
	m = must(NCG_M_ASSET, "B-52");
	cr_assert_str_eq(m->asset.type_key, "asset-type/strategic-bomber");
	cr_assert_eq(m->asset.when.m, 10);
	m = must(NCG_M_ASSET, "ICBM");
	cr_assert_str_eq(m->asset.type_key, "asset-type/icbm");
}

Test(recognise, generic_strategic_assets_are_not_assets)
{
	read_full("The United States reaffirmed the commitment to enhance the regular "
	          "visibility of U.S. strategic assets and strategic bombers.");
	cr_assert_eq(th_count(&d, NCG_M_ASSET), 0);
}

Test(recognise, hull_codes_and_reordered_asset_clauses)
{
	const ncg_mention *m;

	read_full("They noted the port call of the USS Michigan (SSGN-727) to Busan in "
	          "October 2023, and a B-1B bomber flight over the Korean Peninsula.");
	m = must(NCG_M_ASSET, "USS Michigan");
	cr_assert_str_eq(m->asset.type_key, "asset-type/guided-missile-submarine");
	cr_assert_eq(m->asset.when.y, 2023);
	must(NCG_M_ASSET, "B-1B");
}

Test(recognise, activities)
{
	read_full("NCG activities, like the Nuclear Deterrence Immersion Course, the NCG "
	          "Simulation, and a military-to-military table-top exercise (TTX), and "
	          "the Freedom Edge exercise contribute. Exercises, simulations, and "
	          "training continue.");
	cr_assert_str_eq(must(NCG_M_ACTIVITY, "Nuclear Deterrence Immersion Course")->activity.type_key,
	                 "activity-kind/course");
	must(NCG_M_ACTIVITY, "NCG Simulation");
	cr_assert_str_eq(must(NCG_M_ACTIVITY, "military-to-military table-top exercise")->activity.acronym,
	                 "TTX");
	must(NCG_M_ACTIVITY, "Freedom Edge");
	cr_assert_eq(th_count(&d, NCG_M_ACTIVITY), 4);
}

/* ---- the page head ---- */

Test(recognise, head_title_publisher_and_dateline)
{
	const ncg_head *h;

	read_full("U.S. Department of Defense\n\n01/10/2025 | Press release | Distributed "
	          "by Public on 01/10/2025 16:26\n\nJoint Press Statement on the Fourth "
	          "Nuclear Consultative Group Meeting\n\nThe United States and the Republic "
	          "of Korea (ROK) convened the fourth Nuclear Consultative Group (NCG) in "
	          "Washington, D.C. on January 10, 2025.\n");
	h = ncg_mentions_head(d.ms);
	cr_assert(h->has_title);
	cr_assert_eq(strncmp(ncg_text_str(d.text) + h->title_b, "Joint Press Statement on "
	                     "the Fourth", 35), 0);
	cr_assert_not_null(h->publisher);
	cr_assert_str_eq(h->publisher->key, "body/dod");
	cr_assert_eq(h->issued_y, 2025);
	cr_assert_eq(h->issued_m, 1);
	cr_assert_eq(h->issued_d, 10);
}

/* ---- constructions found on the third corpus ---- */

Test(recognise, korean_dates_and_datelines)
{
	const ncg_head *h;

	read_full("CAMP H.M. SMITH, Hawaii \xE2\x80\x94 The working group met on 2026.9.17 and "
	          "again on 2026.10.1 to review progress in detail.\n");
	date_is("2026.9.17", 2026, 9, 17);
	date_is("2026.10.1", 2026, 10, 1);
	h = ncg_mentions_head(d.ms);
	cr_assert_not_null(h->dateline_place);
	cr_assert_str_eq(th_anchor(&d, h->dateline_place), "CAMP H.M. SMITH, Hawaii");
}

Test(recognise, bulleted_and_numbered_workstream_lists)
{
	read_grammar_only("The co-chairs set priorities in each of its lines of work:\n"
	                  "\xE2\x80\xA2 Nuclear policy and deterrence guidelines implementation\n"
	                  "\xE2\x80\xA2 Sensitive information sharing and secure communications\n"
	                  "\xE2\x80\xA2 Strategic messaging and public communication\n\n"
	                  "Participants reviewed four workstreams: (1) nuclear crisis consultation; "
	                  "(2) information protection; (3) exercise design; and (4) deterrence "
	                  "education.\n");
	must(NCG_M_WORKSTREAM, "Sensitive information sharing and secure communications");
	must(NCG_M_WORKSTREAM, "nuclear crisis consultation");
	must(NCG_M_WORKSTREAM, "deterrence education");
	cr_assert_eq(th_count(&d, NCG_M_WORKSTREAM), 7);
}

Test(recognise, lists_of_known_work_without_the_noun)
{
	read_full("They pledged to continue NCG work on implementation of the nuclear deterrence "
	          "guidelines, joint nuclear planning, and sharing of nuclear-related information, "
	          "as well as conventional-nuclear integration (CNI) exercises and training.\n"
	          "Both sides had in-depth discussions on all areas of extended deterrence, "
	          "including information sharing and joint planning.\n");
	must(NCG_M_WORKSTREAM, "joint nuclear planning");
	cr_assert(must(NCG_M_WORKSTREAM, "joint nuclear planning")->workstream.listed);
	cr_assert_not(must(NCG_M_WORKSTREAM, "information sharing")->workstream.listed);
}

Test(recognise, list_items_named_again_later)
{
	const ncg_mention *first, *again;

	read_full("The Working Group took stock of its tasks, namely: deterrence messaging; "
	          "combined planning for nuclear contingencies; and risk reduction. Work on "
	          "combined planning for nuclear contingencies is moving forward with support "
	          "from U.S. Strategic Command.\n");
	first = must(NCG_M_WORKSTREAM, "combined planning for nuclear contingencies");
	cr_assert(first->workstream.listed);
	again = NULL;
	for (size_t i = 0; i < ncg_mentions_count(d.ms); i++) {
		const ncg_mention *m = ncg_mentions_at(d.ms, i);

		if (m->kind == NCG_M_WORKSTREAM && !m->workstream.listed && m->sent == 1)
			again = m;
	}
	cr_assert_not_null(again);
	cr_assert_str_eq(again->key, first->key);
}

Test(recognise, titles_with_hyphenated_heads_and_departments)
{
	read_full("ROK Minister of National Defense Ahn Gyu-back and U.S. Secretary of War Pete "
	          "Hegseth co-chaired the meeting, joined by Ms. Park Ji-yeon, Director-General "
	          "for North Korean Nuclear Affairs at the ROK Ministry of Foreign Affairs.\n");
	official_is("Pete Hegseth", "official/pete-hegseth", "U.S. Secretary of War");
	official_is("Ms. Park Ji-yeon", "official/park-ji-yeon", "Director-General for North "
	            "Korean Nuclear Affairs at the ROK Ministry of Foreign Affairs");
}

Test(recognise, an_acronym_defined_later_still_names_the_body)
{
	read_full("The ONS said the NCG\xE2\x80\x99s seventh meeting was held in Seoul. The Nuclear "
	          "Consultative Group (NCG) is a bilateral body.\n");
	cr_assert_str_eq(must(NCG_M_MEETING, "seventh meeting")->meeting.series, "body/ncg");
}

Test(recognise, ordinal_activities_are_not_meetings)
{
	read_full("They agreed to hold the fourth NCG table-top simulation in the first half "
	          "of next year.\n");
	cr_assert_eq(th_count(&d, NCG_M_MEETING), 0);
	must(NCG_M_ACTIVITY, "NCG table-top simulation");
}

/* issue 8 (review11): the words of dates, periods and ordinal meetings are
 * the lexicon's (grammar.ttl), not the C code's: a word added to a list
 * is read as its words are, and without a list's words its construction
 * is not read at all */
static ncg_lexicon *
grammar_edited(ncg_wordlist drop, const th_lex_row *add, size_t nadd)
{
	th_lex_row *rows = calloc(th_grammar_rows_count + nadd, sizeof *rows);
	ncg_lexicon *lex;
	size_t n = 0;

	cr_assert_not_null(rows);
	for (size_t i = 0; i < th_grammar_rows_count; i++)
		if (th_grammar_rows[i].op != TH_WORD || th_grammar_rows[i].kind != (int)drop)
			rows[n++] = th_grammar_rows[i];
	for (size_t i = 0; i < nadd; i++)
		rows[n++] = add[i];
	lex = th_lexicon_from_rows(rows, n);
	free(rows);
	cr_assert_not_null(lex);
	return lex;
}

Test(recognise, time_words_come_from_the_lexicon)
{
	static const char TEXT[] = "They will meet next summer and next harvest. They met on "
	                           "16 till 17 June 2024. The maiden meeting took place in "
	                           "early 2025.";
	static const th_lex_row ADD[] = {
		{TH_WORD, NCG_WL_AUTUMN_WORD, "harvest"},
		{TH_WORD, NCG_WL_DAY_RANGE_JOINER, "till"},
		{TH_WORD, NCG_WL_INAUGURAL_WORD, "maiden"},
	};
	ncg_lexicon *lex;
	const ncg_mention *m;

	/* the shipped grammar: no harvest, no "till", no "maiden" */
	d = th_read(TEXT, th_grammar_lexicon());
	must(NCG_M_PERIOD, "next summer");
	cr_assert_null(th_mention(&d, NCG_M_PERIOD, "next harvest"));
	cr_assert_null(th_mention(&d, NCG_M_DATE, "16 till 17 June 2024"));
	cr_assert_null(th_mention(&d, NCG_M_MEETING, "maiden meeting"));
	done();

	/* three words added, the summer's list gone */
	lex = grammar_edited(NCG_WL_SUMMER_WORD, ADD, sizeof ADD / sizeof ADD[0]);
	d = th_read(TEXT, lex);
	cr_assert_null(th_mention(&d, NCG_M_PERIOD, "next summer"));
	m = must(NCG_M_PERIOD, "next harvest");
	cr_assert_eq(m->period.kind, NCG_PER_SEASON);
	cr_assert_eq(m->period.which, 2);            /* the autumn */
	cr_assert_eq(m->period.year.rel, 1);
	date_is("16 till 17 June 2024", 2024, 6, 16);
	cr_assert_eq(must(NCG_M_MEETING, "maiden meeting")->meeting.ordinal, 1);
	must(NCG_M_PERIOD, "early 2025");            /* the lists left alone still read */
	done();
	ncg_lexicon_free(lex);
}
