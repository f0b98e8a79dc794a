/* ncgkg: recognising officials: names, honorifics and titles. */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ncgkg/strmap.h"

#include "recognise_internal.h"

/* Is a name of `count` words (parse_name) a person's full name, as an
 * official's is written alone: two to four words ("Kim Jong Un",
 * "Daniel R. Russel")? */
enum { FULL_NAME_WORDS_MIN = 2, FULL_NAME_WORDS_MAX = 4 };

static int
full_name_words(int count)
{
	return count >= FULL_NAME_WORDS_MIN && count <= FULL_NAME_WORDS_MAX;
}

static size_t parse_name(const rc_ctx *rc, size_t j, size_t lim, int *count);

/* fix79 (review76): after an honorific opened by the article ("The
 * Hon", "The Honourable") ending at c, two capitalised words (past a
 * period or another honorific: "The Hon. Dr Andrew Charlton"), the first
 * no word of a title or an office ("The Honourable Member for Kooyong",
 * "The Hon Speaker", "The Honourable the Premier": no name)? */
static int
article_honorific_name(const rc_ctx *rc, size_t c, size_t lim)
{
	c += c < lim && rc_punct(rc, c, ".");
	c = rc_wl_match(rc, c, lim, NCG_WL_COURTESY, 1) > c ? rc_wl_match(rc, c, lim, NCG_WL_COURTESY, 1) : c;
	if (c + 1 >= lim || !rc_cap(rc, c) || !rc_cap(rc, c + 1) || rc->tok[c + 1].kind != NCG_TOK_WORD)
		return 0;
	return !(rc_wl(rc, c, NCG_WL_TITLE_HEAD) || rc_wl(rc, c, NCG_WL_TITLE_WORD) ||
	         rc_wl(rc, c, NCG_WL_OFFICE) || rc_wl(rc, c, NCG_WL_BODY_HEAD));
}

/* fix83 (review81): does a word of lex:nonCareerPrefix before token i
 * make the office there a private citizen's ("Honorary Consul Rajesh
 * Kumar")?  No official. */
static int
private_office_at(const rc_ctx *rc, size_t i)
{
	return i > 0 && rc_wl(rc, i - 1, NCG_WL_NON_CAREER_PREFIX);
}

/* fix105 (review96 1): a rank without its dot (lex:bareRank, "MSG",
 * "SSG", "Cpt") at i is a rank only in a list of ranked members, another
 * such rank near it ("accompanied by Cpt Kyle Williams, MSG Sean
 * Ireland, ... and SSG Richard Williams"); alone it is no honorific ("the
 * MSG Detachment Seoul", "SSG Dosan Ahn Changho", a submarine), nor
 * before a body's head ("MSG Detachment"). */
static int
bare_rank_alone(const rc_ctx *rc, size_t i, size_t o)
{
	size_t lo = i, hi = i + 1, s;

	if (o != i + 1 || !rc_wl(rc, i, NCG_WL_BARE_RANK))
		return 0;
	if (rc_wl(rc, o, NCG_WL_BODY_HEAD) || rc_wl(rc, o, NCG_WL_UNIT_HEAD))
		return 1;
	if ((s = rc_sentence_of(rc, i)) < rc->nsent) {
		lo = rc->sent[s].t0;
		hi = rc->sent[s].t1;
	}
	for (size_t k = lo; k < hi; k++)
		if (k != i && rc_wl(rc, k, NCG_WL_BARE_RANK) && k + 1 < rc->ntok && rc_cap(rc, k + 1))
			return 0;
	return 1;
}

/* Does token i end with a period ("Rep.")? */
static int
tok_ends_dot(const rc_ctx *rc, size_t i)
{
	return i < rc->ntok && rc->tok[i].e > rc->tok[i].b && rc->s[rc->tok[i].e - 1] == '.';
}

/* Is the office honorific [i, o) none here?  rules248: a rank's words
 * right after a lex:civilRankPrefix word are a civilian's title ("A
 * Federal Air Marshal John Smith", a TSA officer); fix83 (review81): an
 * office after a lex:nonCareerPrefix word is a private citizen's
 * ("Honorary Consul Rajesh Kumar"); fix163: a cut-short word after a
 * lex:officeCompoundPrefix is a longer title's ("Trade Rep"); and an
 * office needs a person's name
 * after it, no venue's word or lexicon place ("the Consul General
 * Residence in Mumbai"), nor a plural noun of states (lex:stateNoun:
 * "Gulf Cooperation Council Member States Bahrain", fix141); nor a bare
 * rank alone (bare_rank_alone). */
static int
office_no_honorific(const rc_ctx *rc, size_t i, size_t o, size_t lim)
{
	size_t pe;

	if (bare_rank_alone(rc, i, o))
		return 1;
	if (i > 0 && rc_wl(rc, i - 1, NCG_WL_CIVIL_RANK_PREFIX) &&
	    rc_wl_match(rc, i, lim, NCG_WL_MILITARY_RANK, 1) == o)
		return 1;
	if (private_office_at(rc, i))
		return 1;
	/* fix163 (review131 8): "U.S. Trade Rep Jamieson Greer": a longer
	 * title's head cut short (lex:keepDot, or with its period) after a
	 * lex:officeCompoundPrefix, no member of Congress ("Trade Minister
	 * Kim" keeps its honorific) */
	if (o == i + 1 && i > 0 && rc_wl(rc, i - 1, NCG_WL_OFFICE_COMPOUND) &&
	    (rc_wl(rc, i, NCG_WL_KEEP_DOT) || tok_ends_dot(rc, i)))
		return 1;
	return o < lim && rc_cap(rc, o) &&
	       (rc_wl(rc, o, NCG_WL_VENUE_WORD) || rc_wl_ci(rc, o, NCG_WL_STATE_NOUN) ||
	        (rc_lex_longest(rc, o, lim, 1u << NCG_LEX_PLACE,
	                        (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &pe) &&
	         !(pe < lim && rc_cap(rc, pe))));
}

/* fix113: an enlisted rating by its class from i: one to four
 * capitalised words, a lex:ratingOrdinal and lex:ratingClass ("Hospital
 * Corpsman 3rd Class Ann Lee", "Machinist's Mate 1st Class", "Mass
 * Communication Specialist 2nd Class"): a rank, never a person named
 * "Hospital Corpsman".  review105 6: never from an article, and the word
 * before the ordinal a lex:ratingHead ("The Second Class Citizens Act" is
 * none).  Returns its end when past o, else o. */
static size_t
rating_class_end(const rc_ctx *rc, size_t i, size_t lim, size_t o)
{
	size_t k = i, words = 0;

	/* a service before it is no part of it ("Navy Petty Officer 1st
	 * Class Alexander Kubitza": the rating from "Petty") */
	if (rc_wl_match(rc, i, lim, NCG_WL_SERVICE_NAME, 1) > i ||
	    rc_wl_ci(rc, i, NCG_WL_DEFINITE_ARTICLE) || rc_wl_ci(rc, i, NCG_WL_INDEFINITE_ARTICLE))
		return o;
	while (k < lim && !rc_wl(rc, k, NCG_WL_RATING_ORDINAL)) {
		if (rc->tok[k].kind != NCG_TOK_WORD || !rc_cap(rc, k) || ++words > 4 ||
		    (k > i && (rc->tok[k].flags & NCG_TF_LINE)))
			return o;
		k++;
		if (rc_apostrophe_s(rc, k))
			k += 2;
	}
	if (k == i || k + 1 >= lim || !rc_wl(rc, k, NCG_WL_RATING_ORDINAL) ||
	    !rc_wl(rc, k - 1, NCG_WL_RATING_HEAD) || !rc_wl(rc, k + 1, NCG_WL_RATING_CLASS) || k + 2 <= o)
		return o;
	return k + 2;
}

/* rules346: "PM", a clock's word too (lex:clockWord and
 * lex:officeAbbreviation), is the prime minister's office only after a
 * country's adjective or name of one or two words and before a full name
 * in mixed case ("Australian PM Anthony Albanese", "UK PM Keir Starmer");
 * "at 3 PM Monday" is a time. */
static int
country_office_abbreviation(const rc_ctx *rc, size_t i, size_t lim)
{
	const char *keys[2] = {NULL, NULL};
	size_t e = 0, a, c = i;
	int count = 0;

	if (i == 0 || i + 2 >= lim || !rc_wl(rc, i, NCG_WL_OFFICE_ABBREVIATION) ||
	    !rc_wl(rc, i, NCG_WL_CLOCK_WORD) || !rc_cap(rc, i + 1) || (rc->tok[i + 1].flags & NCG_TF_UPPER))
		return 0;
	for (a = i - 1; a + 2 >= i && e != i; a--) {
		if (rc_country_prefix(rc, a, i, keys, &e) <= 0)
			e = 0;
		c = a;
		if (a == 0)
			break;
	}
	/* fix168 (review136 4, 6): no office held now after a
	 * lex:pastOfficeWord ("former Australian PM"), nor a time after a
	 * number or a clock's word ("at 4 U.S. PM Kim ...") */
	if (e == i && c > 0 &&
	    (rc_wl_ci(rc, c - 1, NCG_WL_PAST_OFFICE_WORD) || rc_wl_ci(rc, c - 1, NCG_WL_CLOCK_WORD) ||
	     rc->tok[c - 1].kind == NCG_TOK_NUMBER))
		return 0;
	return e == i && parse_name(rc, i + 1, lim, &count) > i + 1 && count >= 2;
}

static size_t
honorific_at(const rc_ctx *rc, size_t i, size_t lim, int *office)
{
	size_t c = rc_wl_match(rc, i, lim, NCG_WL_COURTESY, 1);
	size_t o = rc_wl_match(rc, i, lim, NCG_WL_OFFICE, 1);

	if (c > i + 1 && rc_wl_ci(rc, i, NCG_WL_DEFINITE_ARTICLE) && !article_honorific_name(rc, c, lim))
		c = i;
	/* fix131 (review113 4): a courtesy form before one word and a title's
	 * head is an office's courtesy, no name ("The Rt Hon Lord Mayor of
	 * London", "The Right Honourable Lord Mayor met"): no person "Lord" */
	if (c > i && c + 2 < lim && rc_cap(rc, c) && rc_wl(rc, c + 1, NCG_WL_TITLE_HEAD) &&
	    (rc_is(rc, c + 2, "of") || rc_punct(rc, c + 2, ",") || rc_lower(rc, c + 2)))
		c = i;

	/* rules124: a rank's word that completes a post's name ("the US
	 * Consulate General Hamburg") is no honorific */
	if (i > 0 && rc_wl(rc, i - 1, NCG_WL_RANKED_POST_HEAD) && rc_wl(rc, i, NCG_WL_MILITARY_RANK)) {
		*office = 0;
		return i;
	}
	if (o > i && office_no_honorific(rc, i, o, lim)) {
		*office = 0;
		return i;
	}
	/* fix95: a rank whose first word ends a body's name ("Combined
	 * Forces Command Sergeant Major John Smith") is the shorter rank
	 * after it ("Sergeant Major"): no honorific at i */
	if (o > i + 1 && rc_claimed(rc, i, i + 1, RC_CLAIM_BODY) &&
	    !rc_claimed(rc, o - 1, o, RC_CLAIM_BODY) && c <= i) {
		*office = 0;
		return i;
	}

	/* rules117: an office in capitals before a name in mixed case, a
	 * magazine's lead-in ("VICE PRESIDENT Spiro T. Agnew returns"): a
	 * full name, not one word (a heading's "COORDINATOR Residence") */
	if (o <= c && i < lim && (rc->tok[i].flags & NCG_TF_UPPER)) {
		size_t u = rc_wl_match(rc, i, lim, NCG_WL_OFFICE, 0);
		int count = 0;

		if (u > i && u < lim && rc_cap(rc, u) && !(rc->tok[u].flags & NCG_TF_UPPER) &&
		    (rc->tok[u - 1].flags & NCG_TF_UPPER) && parse_name(rc, u, lim, &count) > u &&
		    count >= 2)
			o = u;
	}
	if (o <= c && country_office_abbreviation(rc, i, lim))
		o = i + 1;
	o = rating_class_end(rc, i, lim, o);
	*office = o > c;
	return o > c ? o : c;
}

/* Is token i a title head, or a hyphenated word with one
 * ("Director-General", "Vice-Minister")?  With ci, in any case
 * ("director-general", as wire services write titles). */
static int
title_head_any(const rc_ctx *rc, size_t i, int ci)
{
	const char *w;
	size_t n;

	if (ci ? rc_wl_ci(rc, i, NCG_WL_TITLE_HEAD) : rc_wl(rc, i, NCG_WL_TITLE_HEAD))
		return 1;
	if (i >= rc->ntok || rc->tok[i].kind != NCG_TOK_WORD)
		return 0;
	w = rc->s + rc->tok[i].b;
	n = rc->tok[i].e - rc->tok[i].b;
	for (size_t a = 0; a < n;) {
		size_t m = 0;

		while (a + m < n && w[a + m] != '-')
			m++;
		if (m < n && (ci ? ncg_lexicon_has_word_ci : ncg_lexicon_has_word)(
		                 rc->lex, NCG_WL_TITLE_HEAD, w + a, m))
			return 1;
		a += m + 1;
	}
	return 0;
}

static int
title_head(const rc_ctx *rc, size_t i)
{
	return title_head_any(rc, i, 0);
}

/* rules242: is token p a preposition that opens an envoy's topic
 * (lex:topicTitlePreposition) after a capitalised lex:topicTitleHead
 * ("Special Envoy on North Korean Human Rights Issues Julie Turner"),
 * no date after it ("the Special Envoy on October 10"), nor a weekday or
 * a month (fix81: "the Special Envoy on Tuesday Ambassador Sung Kim")? */
static int
topic_preposition(const rc_ctx *rc, size_t p)
{
	return p >= 1 && rc_wl(rc, p, NCG_WL_TOPIC_TITLE_PREP) && rc_cap(rc, p - 1) &&
	       rc_wl(rc, p - 1, NCG_WL_TOPIC_TITLE_HEAD) && !rc_claimed(rc, p + 1, p + 2, RC_CLAIM_DATE) &&
	       !rc_weekday_at(rc, p + 1) && !rc_month_at(rc, p + 1);
}

/* fix176 (review144 4, 6): is token i a word of a lex:portfolioPhrase
 * written whole ("Natural Resources", "Federal Resources")? */
static int
portfolio_word(const rc_ctx *rc, size_t i)
{
	return rc_wl_match(rc, i, i + 2, NCG_WL_PORTFOLIO_PHRASE, 1) == i + 2 ||
	       (i > 0 && rc_wl_match(rc, i - 1, i + 1, NCG_WL_PORTFOLIO_PHRASE, 1) == i + 1);
}

/* rules372: the end of a military service's name of two words
 * (lex:serviceName: "Coast Guard", "Air Force") that token i is a word
 * of, or 0; fix185 (review151 7): within i's sentence and lim. */
static size_t
service_word(const rc_ctx *rc, size_t i, size_t lim)
{
	size_t s = rc_sentence_of(rc, i), t0 = s < rc->nsent ? rc->sent[s].t0 : 0, e;

	if (s < rc->nsent && rc->sent[s].t1 < lim)
		lim = rc->sent[s].t1;
	if (!rc_cap(rc, i))
		return 0;
	if ((e = rc_wl_match(rc, i, lim, NCG_WL_SERVICE_NAME, 1)) > i + 1)
		return e;
	if (i > t0 && rc_wl_match(rc, i - 1, lim, NCG_WL_SERVICE_NAME, 1) == i + 1)
		return i + 1;
	return 0;
}

/* rules372: is token i a word of such a service's name that ends a
 * title's body right before the holder's name ("Director of the Japan
 * Coast Guard Yoshio Ishii"), no rank after it (rules10: "... for East
 * Asia Marine Corps Brig. Gen. Roberta Shea", the service no part of
 * the title)? */
static int
title_service_word(const rc_ctx *rc, size_t i)
{
	size_t s = rc_sentence_of(rc, i), lim = s < rc->nsent ? rc->sent[s].t1 : rc->ntok;
	size_t e = service_word(rc, i, lim);

	return e && e < lim && !rc_wl(rc, e, NCG_WL_MILITARY_RANK) &&
	       honorific_at(rc, e, lim, &(int){0}) <= e;
}

static int
title_ish(const rc_ctx *rc, size_t i)
{
	size_t e;

	if (rc_wl(rc, i, NCG_WL_TITLE_WORD) || title_head(rc, i) || portfolio_word(rc, i) ||
	    rc_claimed(rc, i, i + 1, RC_CLAIM_BODY) || title_service_word(rc, i))
		return 1;
	/* the object of "of"/"for" in a title: "Secretary of War" */
	if (i >= 2 && rc_cap(rc, i) &&
	    (rc_is(rc, i - 1, "of") || rc_is(rc, i - 1, "for") || topic_preposition(rc, i - 1)) &&
	    title_head(rc, i - 2))
		return 1;
	/* rules34: or of "of the" ("Secretary of the Army Ryan McCarthy") */
	if (i >= 3 && rc_cap(rc, i) && rc_is(rc, i - 1, "the") && rc_is(rc, i - 2, "of") &&
	    title_head(rc, i - 3) && rc_cap(rc, i - 3))
		return 1;
	return rc_country_prefix(rc, i, i + 1, (const char *[2]){NULL, NULL}, &e) > 0;
}

/* rules14: one or two capital initials, each with its period ("R.",
 * "H.W."), as in "George H.W. Bush"; not "U.S.", which the lexicon
 * knows.  rules105: or three ("Mr. H.L.T. Koren", a FRUS participants
 * list). */
static int
initials(const char *w, size_t n)
{
	if (n != 2 && n != 4 && n != 6)
		return 0;
	for (size_t k = 0; k < n; k += 2)
		if (w[k] < 'A' || w[k] > 'Z' || w[k + 1] != '.')
			return 0;
	return 1;
}

/* fixAA (review56 2): a reporting verb's present (lex:reportVerbPresent)
 * is the verb, no name, only with its complement after it: "that", "to"
 * ("Ambassador Replies to Critics"), a comma, a colon, a quote or the
 * run's end ("SECRETARY NOTES THAT ...");
 * "Ambassador Notes met Minister Vu" keeps the surname. */
static int
report_verb_at(const rc_ctx *rc, size_t i, size_t lim)
{
	if (!rc_wl_ci(rc, i, NCG_WL_REPORT_VERB_PRESENT))
		return 0;
	return i + 1 >= lim || rc_ieq(rc, i + 1, "that") || rc_ieq(rc, i + 1, "to") ||
	       rc_punct(rc, i + 1, ",") ||
	       rc_punct(rc, i + 1, ":") || rc_double_quote(rc, i + 1);
}

/* rules124: is the word at i a compound of a country's adjective and a
 * capitalised word joined by a hyphen ("Korean-American", "Japanese-
 * Brazilian"): an adjective, no part of a name ("Culture Minister Choe"
 * at a headline's end, "Korean-American Ambassador" on the next line)? */
static int
adjective_compound(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	const char *h = memchr(w, '-', rc->tok[i].e - rc->tok[i].b);
	size_t n;

	if (!rc->lex || !h || h == w || (size_t)(h - w) + 1 >= rc->tok[i].e - rc->tok[i].b ||
	    h[1] < 'A' || h[1] > 'Z' || w[1] < 'a' || w[1] > 'z')
		return 0;
	n = (size_t)(h - w);
	/* rules130: the lexicon's index of wordings by first word, not every
	 * country's adjectives (an adjective the prefix spells has the
	 * prefix's first word) */
	if (ncg_lexicon_is_indexed(rc->lex)) {
		const ncg_lex_wording *c = NULL;
		size_t nc = ncg_lexicon_wordings_at(rc->lex, w, n, &c);

		for (size_t k = 0; k < nc; k++)
			if (c[k].kind == NCG_LEX_COUNTRY && c[k].what == NCG_LEXW_ADJECTIVE &&
			    strlen(c[k].wording) == n && memcmp(c[k].wording, w, n) == 0)
				return 1;
		return 0;
	}
	for (size_t k = 0, cnt = ncg_lexicon_count(rc->lex, NCG_LEX_COUNTRY); k < cnt; k++) {
		const ncg_lex_entry *e = ncg_lexicon_at(rc->lex, NCG_LEX_COUNTRY, k);

		for (size_t a = 0; a < e->adjective.n; a++)
			if (strlen(e->adjective.v[a]) == n && memcmp(e->adjective.v[a], w, n) == 0)
				return 1;
	}
	return 0;
}

/* rules234: is the dotted token i a given name written short
 * (lex:givenNameAbbreviation: "Ma." for Maria) before a capitalised word,
 * a name's first word ("Col. Ma. Consuelo Castillo")? */
static int
given_abbrev(const rc_ctx *rc, size_t i, size_t lim)
{
	const ncg_token *t = &rc->tok[i];

	return i + 1 < lim && t->e - t->b >= 3 && rc->s[t->e - 1] == '.' && rc_cap(rc, i + 1) &&
	       ncg_lexicon_has_word(rc->lex, NCG_WL_GIVEN_NAME_ABBREV, rc->s + t->b, t->e - t->b - 1);
}

static int
name_token(const rc_ctx *rc, size_t i, size_t lim)
{
	const ncg_token *t;

	if (i >= lim || rc_claimed(rc, i, i + 1, RC_CLAIM_BODY | RC_CLAIM_NAME))
		return 0;
	t = &rc->tok[i];
	if (t->kind != NCG_TOK_WORD)
		return 0;
	if (t->flags & NCG_TF_DOTTED)          /* only initials: "R.", "H.W." */
		return ((t->flags & NCG_TF_CAP) && initials(rc->s + t->b, t->e - t->b) &&
		        (t->e - t->b == 2 ||
		         !rc_lex_longest(rc, i, i + 1, ~0u, ~0u, &(size_t){0}))) ||
		       given_abbrev(rc, i, lim);
	/* "CHO Chang-rae", not "NCG"; rules42: nor an acronym the text
	 * defines ("deputy national security advisor (DNSA) ... DNSA
	 * Neuberger": a title) */
	if (t->flags & NCG_TF_UPPER)
		return rc_cap(rc, i + 1) && !(rc->tok[i + 1].flags & NCG_TF_UPPER) &&
		       !rc_lex_longest(rc, i, i + 1, ~0u, ~0u, &(size_t){0}) &&
		       !rc_acronym_def(rc, rc->s + t->b, t->e - t->b);
	if (!(t->flags & NCG_TF_CAP) || adjective_compound(rc, i))
		return 0;
	/* rules117: the subject "I", a verb after it, ends a name before it
	 * ("told President Rhee I regretted ..."), as a body's (rules110) */
	if (rc_wl(rc, i, NCG_WL_SPEAKER_PRONOUN) && i + 1 < lim && rc_lower(rc, i + 1))
		return 0;
	if (rc_wl(rc, i, NCG_WL_SENTENCE_INITIAL) || rc_month_at(rc, i) ||
	    ncg_doc_tok_weekday(rc->doc, i) ||
	    rc_wl(rc, i, NCG_WL_COURTESY) || rc_wl(rc, i, NCG_WL_BODY_HEAD) ||
	    rc_wl(rc, i, NCG_WL_TITLE_HEAD) || rc_wl(rc, i, NCG_WL_DOCUMENT_HEAD) ||
	    rc_wl(rc, i, NCG_WL_NAME_SUFFIX) || rc_wl(rc, i, NCG_WL_OFFICE) ||
	    /* rules22: the end of a title's object ("for Political Affairs") */
	    rc_wl(rc, i, NCG_WL_TITLE_OBJECT_END) ||
	    /* rules177: a source line's "Carter Library" */
	    rc_wl(rc, i, NCG_WL_ARCHIVE_HEAD) ||
	    /* rules234: the head of a firm's or school's name ("Reona Esaki,
	     * former President of Tsukuba University": no person
	     * "University" titled "President of Tsukuba") */
	    rc_wl(rc, i, NCG_WL_FIRM_HEAD))
		return 0;
	/* a rank of two words starts here: "J-5 Vice Adm. Seung Seob Sim" */
	if (honorific_at(rc, i, lim, &(int){0}) > i + 1)
		return 0;
	/* rules372: nor a word of a military service's name of two words
	 * (lex:serviceName), the end of a body's name in a title before the
	 * holder's ("Director of the Japan Coast Guard Yoshio Ishii") */
	if (service_word(rc, i, lim))
		return 0;
	/* a headline's verb after a title: "CJCS, ROK Chairman Meet, Discuss";
	 * rules42: "... Chief of Naval Operations Visits San Diego" */
	/* rules189: a subject line's "Tanaka Call on President Ford" */
	/* rules194: nor a reporting verb's present ("SECRETARY NOTES THAT") */
	return !rc_meeting_verb(rc, i) && !rc_headline_verb_at(rc, i) &&
	       !report_verb_at(rc, i, lim) &&
	       !(rc_wl(rc, i, NCG_WL_SUBJECT_VISIT_NOUN) && i + 1 < lim &&
	         rc_wl(rc, i + 1, NCG_WL_SUBJECT_VISIT_LINK));
}

/* rules42: a headline's verb, capitalised; fixAB: a verb that is a
 * surname too ("Strengthen", lex:headlineObjectVerb) only before its
 * title-case object on the same line ("Secretary Strengthen Ties"), not
 * "Senator Mark Strengthen on Tuesday" */
int
rc_headline_verb_at(const rc_ctx *rc, size_t i)
{
	if (rc_wl(rc, i, NCG_WL_HEADLINE_VERB))
		return 1;
	return rc_wl(rc, i, NCG_WL_HEADLINE_OBJECT_VERB) && i + 1 < rc->ntok &&
	       rc_cap(rc, i + 1) && !(rc->tok[i + 1].flags & NCG_TF_LINE);
}

/* rules189: is the word at k an office, a title's head, a rank or a
 * courtesy word, one a person's name follows? */
int
rc_person_title_at(const rc_ctx *rc, size_t k)
{
	return rc_wl(rc, k, NCG_WL_OFFICE) || rc_wl(rc, k, NCG_WL_TITLE_HEAD) ||
	       rc_wl(rc, k, NCG_WL_MILITARY_RANK) || rc_wl(rc, k, NCG_WL_COURTESY);
}

/* review111 6: does a country or place of the lexicon start at k and
 * end at or before lim (*pe its end), read in the wordings `whats` (a
 * label and an alternative name; a host's title after "to" also takes
 * the acronym, a name's end the adjective)?  fix135 (review115 6): every
 * such look-up of this file asks it. */
static int
country_or_place_at(const rc_ctx *rc, size_t k, size_t lim, unsigned whats, size_t *pe)
{
	return rc_lex_longest(rc, k, lim, (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_PLACE), whats, pe) !=
	       NULL;
}

/* rules189: a name syllable that is the surname itself (n == 0),
 * right after a title, an office, a rank or a courtesy word, before a
 * hyphenated Korean given name ("Minister An Duck-geun of the Ministry", "Gen. So Jae-hoon"):
 * not "In Seoul-based firms" (no title before). */
static int
titled_syllable_surname(const rc_ctx *rc, size_t k, size_t lim)
{
	return k > 0 && k + 1 < lim && rc_wl(rc, k, NCG_WL_NAME_SYLLABLE) &&
	       !(rc->tok[k].flags & NCG_TF_LINE) &&
	       rc_person_title_at(rc, k - 1) &&
	       rc_korean_given_at(rc, k + 1) && !(k + 2 < lim && rc_cap(rc, k + 2));
}

/* rules16: a romanised Korean syllable that is an English word too,
 * the second word of a three-part name written without a hyphen ("Gen.
 * Won In Choul, and"): after the surname alone (n == 1), before a name
 * word that is no place or country and ends the name at a comma or a
 * parenthesis (an apposition: not "President Yoon In Brief.");
 * rules189: the surname at n == 0 (titled_syllable_surname). */
static int
name_syllable(const rc_ctx *rc, size_t k, size_t lim, int n)
{
	size_t e = k + 2;

	if (n == 0)
		return titled_syllable_surname(rc, k, lim);
	if (n != 1 || !rc_wl(rc, k, NCG_WL_NAME_SYLLABLE) ||
	    (rc->tok[k].flags & NCG_TF_LINE) || !name_token(rc, k + 1, lim) ||
	    country_or_place_at(rc, k + 1, lim,
	                        (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) | (1u << NCG_LEXW_ACRONYM),
	                        &(size_t){0}))
		return 0;
	return e < lim && (rc_punct(rc, e, ",") || rc_punct(rc, e, "("));
}

/* rules27: a title's head that is a surname too (lex:surnameTitle) at
 * k, after n name words: the last word of the name ("Robert King,"),
 * when neither "of" nor a capitalised word follows ("King Abdullah");
 * rules154: "of" only after a state's sole office ("King of Jordan"), a
 * rank heads no "of" ("Prime Minister John Major of the United
 * Kingdom").  rules290: a generational suffix (lex:nameSuffix) after it
 * is the name's too ("Brig. Gen. William King IV, commander", "Photo By
 * Samuel King Jr.": the surname, not a king named "IV"). */
static int
surname_title(const rc_ctx *rc, size_t k, size_t lim, int n)
{
	if (!rc_wl(rc, k, NCG_WL_SURNAME_TITLE) || (rc->tok[k].flags & NCG_TF_LINE))
		return 0;
	/* rules360: the surname alone right after a minister's or a
	 * secretary's honorific (lex:civilTitleHead), a word in lower case
	 * after it ("Minister King co-chaired", of "Federal Resources
	 * Minister Madeleine King"): no monarch is a minister */
	if (n < 1)
		return n == 0 && k > 0 && k + 1 < lim && rc_cap(rc, k - 1) &&
		       rc_wl(rc, k - 1, NCG_WL_CIVIL_TITLE_HEAD) && rc_lower(rc, k + 1) &&
		       !rc_is(rc, k + 1, "of");
	/* past a given name and an initial too ("William E. King IV") */
	if (k + 1 < lim && rc_wl(rc, k + 1, NCG_WL_NAME_SUFFIX) &&
	    !(rc->tok[k + 1].flags & NCG_TF_LINE) &&
	    (n >= 2 || !(rc->tok[k - 1].flags & NCG_TF_DOTTED)))
		return 1;
	if (rc->tok[k - 1].flags & NCG_TF_DOTTED)
		return 0;
	return k + 1 >= lim || (!rc_cap(rc, k + 1) && !(rc->tok[k + 1].flags & NCG_TF_UPPER) &&
	                        !(rc_is(rc, k + 1, "of") && rc_wl(rc, k, NCG_WL_SOLE_OFFICE_HONORIFIC)));
}

/* rules62: a nickname in quotation marks inside a name at k, one
 * capitalised word, a name's word after it ('General Walter "Skip"
 * Sharp', a cable): where the name goes on, or k. */
static size_t
nickname_end(const rc_ctx *rc, size_t k, size_t lim)
{
	if (k + 3 >= lim || !rc_double_quote(rc, k) || !rc_double_quote(rc, k + 2) ||
	    !rc_adjacent(rc, k + 1) || !rc_adjacent(rc, k + 2) || !rc_cap(rc, k + 1) ||
	    (rc->tok[k + 1].flags & NCG_TF_UPPER) || !name_token(rc, k + 1, lim) ||
	    !name_token(rc, k + 3, lim))
		return k;
	return k + 3;
}

/* rules357: an editor's given name in square brackets opening a name
 * at k, right after a title ("President [Barack] Obama's commitment", a
 * quotation completed by the publisher): where the name goes on (its
 * surname), or k.  fix174 (review142 4): one surname after the bracket,
 * no more ("Gen. [Ret] David Petraeus": no given name in it). */
static size_t
editorial_given_end(const rc_ctx *rc, size_t k, size_t lim)
{
	if (k + 3 >= lim || !rc_punct(rc, k, "[") || !rc_punct(rc, k + 2, "]") ||
	    !rc_adjacent(rc, k + 1) || !rc_adjacent(rc, k + 2) || !rc_cap(rc, k + 1) ||
	    (rc->tok[k + 1].flags & NCG_TF_UPPER) || !name_token(rc, k + 1, lim) ||
	    !name_token(rc, k + 3, lim) || name_token(rc, k + 4, lim))
		return k;
	return k + 3;
}

/* Ends token k a word that heads no person's name, a lex:`wl` word its
 * last word or next? */
static int
name_head_in(const rc_ctx *rc, size_t k, size_t lim, ncg_wordlist wl)
{
	return rc_wl(rc, k - 1, wl) || (k < lim && rc_wl(rc, k, wl));
}

/* rules144: do the name words [j, k) end a country's or a place's name
 * begun one or two words before them ("President of the Russian
 * Federation", the title read up to the adjective; "the Korean
 * Peninsula")? */
static int
ends_place_name(const rc_ctx *rc, size_t j, size_t k)
{
	size_t pe;

	for (size_t b = j >= 2 ? j - 2 : 0; b < j; b++)
		if (country_or_place_at(rc, b, k, (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &pe) &&
		    pe == k)
			return 1;
	return 0;
}

/* rules167: is token k the capitalised head of a military unit's name
 * (lex:militaryUnitHead) with a lex:militaryRank after it, the words
 * before it the unit's name ("Maritime Self-Defense Force Adm. Katsutoshi
 * Kawano", "Ground Self-Defense Force Gen. Koji Yamazaki")? */
static int
unit_head_before_rank(const rc_ctx *rc, size_t k, size_t lim)
{
	return k + 1 < lim && rc_cap(rc, k) && rc_wl(rc, k, NCG_WL_MILITARY_UNIT_HEAD) &&
	       rc_wl(rc, k + 1, NCG_WL_MILITARY_RANK);
}

/* rules255: does a rank's words end at j, right after a capitalised
 * lex:placeLeadWord ("Camp General", "Fort Major General")? */
static int
rank_after_place_lead(const rc_ctx *rc, size_t j)
{
	for (size_t c = j > 4 ? j - 4 : 1; c + 1 <= j; c++)
		if (rc_cap(rc, c - 1) && rc_wl(rc, c - 1, NCG_WL_PLACE_LEAD_WORD) &&
		    rc_wl_match(rc, c, j, NCG_WL_MILITARY_RANK, 1) == j)
			return 1;
	return 0;
}

/* Are the n name words [j, k) something else's name: a point of the
 * compass, an event, a news outlet, a company or facility, a meeting,
 * a place? */
static int
names_no_person(const rc_ctx *rc, size_t j, size_t k, size_t lim, int n)
{
	size_t pe;

	/* rules19: initials before a country's word abbreviate a point of
	 * the compass ("Major N. Korean websites", "S. Korea") */
	if (n >= 2 && (rc->tok[j].flags & NCG_TF_DOTTED) &&
	    rc_lex_longest(rc, j + 1, k, 1u << NCG_LEX_COUNTRY,
	                   (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) | (1u << NCG_LEXW_ADJECTIVE),
	                   &(size_t){0}))
		return 1;
	/* the name of an event: "Miss Campus Contest"; rules50: nor a news
	 * outlet's ("As reported by Yonhap News, ..."); rules62: nor a
	 * company's or a facility's ("General Electric", "Coast Guard
	 * Station") */
	/* rules121: nor an office's, a title's word alone (telegraphese
	 * "Secretary State"), nor a command's region, a title's word last
	 * before the holder's surname in parentheses ("Commander in Chief,
	 * Far East (Hull)"; not "Staff Sgt. John Q. Public"), nor a place's
	 * alone ("Joint State-Defense Minister Seoul 8922", a message's
	 * reference) */
	if ((rc_wl(rc, k - 1, NCG_WL_TITLE_WORD) && (n == 1 || (k < lim && rc_punct(rc, k, "(")))) ||
	    (n == 1 && rc_lex_longest(rc, j, k, 1u << NCG_LEX_PLACE,
	                              (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &pe) &&
	     pe == k))
		return 1;
	/* rules154: in capitals, one word before a lex:objectOpener is a
	 * verb ("PRIME MINISTER FOUND NO SHIFT") */
	if (n == 1 && (rc->tok[j].flags & NCG_TF_UPPER) && rc_upper_object_opener(rc, k, lim))
		return 1;
	/* rules212: nor a camp's or a fort's, its first word a
	 * lex:placeLeadWord ("At Camp Aguinaldo, Secretaries Austin and
	 * Teodoro signed ...") */
	if (n >= 2 && rc_cap(rc, j) && rc_wl(rc, j, NCG_WL_PLACE_LEAD_WORD))
		return 1;
	/* rules255: nor one after a rank after that word, a camp named
	 * after an officer ("at Camp General Artemio Ricarte in the city") */
	if (n >= 2 && rank_after_place_lead(rc, j))
		return 1;
	if (ends_place_name(rc, j, k) || unit_head_before_rank(rc, k, lim) ||
	    name_head_in(rc, k, lim, NCG_WL_EVENT_HEAD) ||
	    name_head_in(rc, k, lim, NCG_WL_MEDIA_HEAD) ||
	    name_head_in(rc, k, lim, NCG_WL_NON_PERSON_HEAD))
		return 1;
	/* rules343: nor one with such a word inside, a company's name going
	 * on ("General Dynamics Electric Boat's shipyard", after a rank) */
	for (size_t p = j; p + 1 < k; p++)
		if (rc_wl(rc, p, NCG_WL_NON_PERSON_HEAD))
			return 1;
	/* rules47: nor that of a meeting, a capitalised meeting noun after
	 * it ("Deputy Secretary Wolfowitz Press Conference in Seoul") */
	/* rules194: but the meeting "with" someone is the named person's
	 * ("Secretary Rusk Meeting with Minister Kim", a record's heading) */
	if ((rc_cap(rc, k - 1) && rc_wl(rc, k - 1, NCG_WL_NAME_MEETING_NOUN)) ||
	    (k < lim && rc_cap(rc, k) && rc_wl(rc, k, NCG_WL_NAME_MEETING_NOUN) &&
	     !(k + 1 < lim && rc_is(rc, k + 1, "with"))))
		return 1;
	/* rules14: a place's whole name is no person's ("the UN General
	 * Assembly in New York") */
	return n >= 2 &&
	       country_or_place_at(rc, j, k, (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &pe) &&
	       pe == k;
}

/* rules71: a Korean name's last syllable written in lower case and
 * apart (lex:lowerNameSyllable: "Foreign Minister Cho hyun", "Vice
 * Chairman ... Cho Hong sun shared"): after a Korean surname
 * (lex:koreanSurname) alone or with one short unhyphenated syllable, the
 * name [j, k) of *n words goes on over it.  The name's new end. */
static size_t
lower_syllable_end(const rc_ctx *rc, size_t j, size_t k, size_t lim, int *n)
{
	if (*n < 1 || *n > 2 || k >= lim || k != j + (size_t)*n || !rc_lower(rc, k) ||
	    rc_adjacent(rc, k) || !rc_wl(rc, j, NCG_WL_KOREAN_SURNAME) ||
	    !rc_wl(rc, k, NCG_WL_LOWER_SYLLABLE) ||
	    (k + 1 < lim && rc_hyphen(rc, k + 1) && rc_adjacent(rc, k + 1)))
		return k;
	if (*n == 2 && (rc->tok[j + 1].e - rc->tok[j + 1].b > 5 ||
	                memchr(rc->s + rc->tok[j + 1].b, '-', rc->tok[j + 1].e - rc->tok[j + 1].b) ||
	                (rc->tok[j + 1].flags & (NCG_TF_UPPER | NCG_TF_DOTTED))))
		return k;
	(*n)++;
	return k + 1;
}

/* rules137: is token k a surname in capitals before a comma ("YANG,"):
 * a word in capitals of two letters or more that the lexicon does not
 * name and the text defines as no acronym; rules212: no lex:postNominal
 * ("Richard Marles MP,")? */
static int
upper_surname_token(const rc_ctx *rc, size_t k, size_t lim)
{
	const ncg_token *t = &rc->tok[k];

	return k + 1 < lim && rc_punct(rc, k + 1, ",") && t->kind == NCG_TOK_WORD &&
	       (t->flags & NCG_TF_UPPER) && !(t->flags & NCG_TF_DOTTED) && t->e - t->b >= 2 &&
	       !rc_wl(rc, k, NCG_WL_POST_NOMINAL) &&
	       !rc_lex_longest(rc, k, k + 1, ~0u, ~0u, &(size_t){0}) &&
	       !rc_acronym_def(rc, rc->s + t->b, t->e - t->b);
}

/* rules137: a surname in capitals after given names, then a comma ("Dr.
 * Yu Chan YANG, Korean Ambassador", a memorandum's list of
 * participants): at k after the n capitalised words [j, k), none in
 * capitals, an upper_surname_token. */
static int
upper_surname_last(const rc_ctx *rc, size_t j, size_t k, size_t lim, int n)
{
	/* no lex:serviceSuffix after two words ("John Smith USN,"); fix95:
	 * after one, a surname ("Mr. Kelvin ANG, Director") */
	if (n < 1 || k != j + (size_t)n || !upper_surname_token(rc, k, lim) ||
	    (n >= 2 && rc_wl(rc, k, NCG_WL_SERVICE_SUFFIX)) ||
	    rc_claimed(rc, k, k + 1, RC_CLAIM_BODY | RC_CLAIM_NAME))
		return 0;
	for (size_t i = j; i < k; i++)
		if (rc->tok[i].flags & (NCG_TF_UPPER | NCG_TF_DOTTED))
			return 0;
	return 1;
}

/* rules237: is token k, after n >= 2 words of a name, letters after
 * the name (lex:postNominal) that end it: the line's, the clause's or
 * the text's end, or a comma, right after them ("The Hon Richard Marles
 * MP" on a line of its own, "Richard Marles MP, Deputy Prime Minister")?
 * They are no word of the name. */
static int
post_nominal_end(const rc_ctx *rc, size_t k, size_t lim, int n)
{
	return n >= 2 && rc_wl(rc, k, NCG_WL_POST_NOMINAL) &&
	       (k + 1 >= lim || rc_punct(rc, k + 1, ",") || (rc->tok[k + 1].flags & NCG_TF_LINE));
}

/* rules260: does a service or component (lex:serviceSuffix) at k end
 * the name of n >= 2 words from j ("Brigadier General Arthur Logan USAR,
 * welcomed", "BGen Rolando Picar AFP, Chief")?  Not in a name written
 * all in capitals, a telegram's, where such a word may be a syllable of
 * it: the name's words before it are not all in capitals. */
static int
service_suffix_end(const rc_ctx *rc, size_t j, size_t k, int n)
{
	/* fix95: after two words of the name at least: "Mr. Kelvin ANG,
	 * Director", "Colonel Jimmy PA, Defence Attache" write a surname in
	 * capitals that a service's letters spell */
	if (n < 2 || !rc_wl(rc, k, NCG_WL_SERVICE_SUFFIX))
		return 0;
	for (size_t i = j; i < k; i++)
		if (rc->tok[i].kind == NCG_TOK_WORD && !(rc->tok[i].flags & NCG_TF_UPPER))
			return 1;
	return 0;
}

/* rules161: the capitalised word at k > j after a surname's particle
 * inside the name from j (lex:surnameParticle: "General Van Fleet"):
 * the surname's own, though a body's head ("Fleet") or a title's. */
static int
particle_surname(const rc_ctx *rc, size_t j, size_t k)
{
	return k > j && rc_cap(rc, k) && rc_wl(rc, k - 1, NCG_WL_SURNAME_PARTICLE);
}

/* rules198: is the word at k > j a lower-case lex:patronymicParticle
 * between two capitalised words of the name [j, lim) ("Salman bin
 * Abdulaziz Al Saud")?  rules278: or one of a run of two such particles
 * ("Mayor Bill de Blasio", "Ursula von der Leyen", "Luiz Inacio Lula da
 * Silva": one name, not "Bill"). */
static int
patronymic_at(const rc_ctx *rc, size_t j, size_t k, size_t lim)
{
	size_t a = k, b = k + 1;

	if (k <= j || !rc_wl(rc, k, NCG_WL_PATRONYMIC_PARTICLE))
		return 0;
	if (a - 1 > j && rc_wl(rc, a - 1, NCG_WL_PATRONYMIC_PARTICLE))
		a--;
	else if (b < lim && rc_wl(rc, b, NCG_WL_PATRONYMIC_PARTICLE))
		b++;
	return rc_cap(rc, a - 1) && b < lim && rc_cap(rc, b) &&
	       !(rc->tok[b].flags & NCG_TF_LINE);
}

/* rules278: does the name from j name a ship: a lex:vesselPrefix word
 * first, or right before it, bare or in brackets ("Commander of the
 * ROKS Choi Young DDH-981, Capt. Kim ...", "Republic of Korea Ship
 * (ROKS) Choi Young", "the commanding officer of USS Kentucky")? */
static int
ship_name_at(const rc_ctx *rc, size_t j)
{
	/* fix113: or another navy's lex:shipPrefix ("BRP Gregorio del
	 * Pilar", "HMAS Canberra") */
	if (rc_wl(rc, j, NCG_WL_VESSEL_PREFIX) || rc_wl(rc, j, NCG_WL_SHIP_PREFIX))
		return 1;
	if (j >= 3 && rc_punct(rc, j - 1, ")") && rc_punct(rc, j - 3, "("))
		j -= 1;
	return j >= 1 &&
	       (rc_wl(rc, j - 1, NCG_WL_VESSEL_PREFIX) || rc_wl(rc, j - 1, NCG_WL_SHIP_PREFIX));
}

/* rules295: does a ship's type follow the name ending at k, maybe over
 * lex:shipClassLink words ("Russia's Admiral Kuznetsov aircraft carrier",
 * "King Sejong the Great class of destroyers")?  After a comma only with
 * the class's noun ("King Sejong, the Great class destroyer"), as "Adm.
 * Kim, the carrier's commander" is a person's apposition.  fix135
 * (review115 2, 4): a hyphen links only joining two words ("Great-class"),
 * not a spaced dash ("Capt. Jane Roe - destroyer squadron commander -");
 * a lex:shipClassNameWord ("the Great") only before "class" ("Adm. Jane
 * Roe the destroyer commander" is a person). */
static int
ship_type_after(const rc_ctx *rc, size_t k, size_t lim)
{
	int comma = k < lim && rc_punct(rc, k, ","), cls = 0, named = 0;

	for (size_t e = k + (size_t)comma; e < lim && e < k + 6; e++) {
		if (rc_lower(rc, e) && rc_wl(rc, e, NCG_WL_SHIP_TYPE_NOUN))
			return (!comma && !named) || cls;
		if (cls && rc_is(rc, e, "of"))
			continue;
		named |= rc_wl(rc, e, NCG_WL_SHIP_CLASS_NAME_WORD);
		if (!(rc_hyphen(rc, e) && rc_adjacent(rc, e) && rc_adjacent(rc, e + 1)) &&
		    !rc_wl(rc, e, NCG_WL_SHIP_CLASS_LINK) && !rc_wl(rc, e, NCG_WL_SHIP_CLASS_NAME_WORD))
			return 0;
		cls |= rc_is(rc, e, "class");
	}
	return 0;
}

/* fix75: does a list item open at k: a title's word or head, a rank, a
 * country, or capitalised words (lex:titleConnector between, no "and")
 * up to a body's head or a title's within six words ("Republic of
 * Singapore Navy Chief ...", "Royal Canadian Navy Chief ...", "Air Commander Australia
 * ...", "Fleet Base East Deputy Commander ..."), not a name word of a
 * hard-wrapped sentence ("Anita" / "Anand and Chief ...")? */
static int
item_opener(const rc_ctx *rc, size_t k, size_t e)
{
	const char *keys[2];
	size_t ce;
	int office;

	if (!rc_cap(rc, k) || title_head(rc, k) || rc_wl(rc, k, NCG_WL_TITLE_WORD) ||
	    honorific_at(rc, k, e, &office) > k || rc_country_prefix(rc, k, e, keys, &ce) > 0)
		return rc_cap(rc, k);
	for (size_t i = k; i < e && i < k + 6; i++) {
		if (!rc_cap(rc, i) && (!rc_wl(rc, i, NCG_WL_TITLE_CONNECTOR) ||
		                       rc_wl(rc, i, NCG_WL_PAIR_CONJUNCTION)))
			return 0;
		if (rc_wl(rc, i, NCG_WL_BODY_HEAD) || rc_wl(rc, i, NCG_WL_SERVICE_NAME) ||
		    rc_wl(rc, i, NCG_WL_MILITARY_UNIT_HEAD) || title_head(rc, i))
			return 1;
	}
	return 0;
}

/* fix75: is the line before the one token k opens a list's: it ends on
 * a colon ("including:"), or it is an item itself -- an item's opener,
 * capitalised words and lex:titleConnector only, no final punctuation
 * (not a hard-wrapped sentence: "On May 3, 2023, Secretary ... met with
 * Minister of National Defence Anita" / "Anand and Chief ...")? */
static int
list_line_before(const rc_ctx *rc, size_t k)
{
	size_t b = k - 1;

	if (rc_punct(rc, k - 1, ":"))
		return 1;
	while (b > 0 && !(rc->tok[b].flags & NCG_TF_LINE))
		b--;
	if (rc->tok[k - 1].kind != NCG_TOK_WORD || !item_opener(rc, b, k))
		return 0;
	for (size_t i = b; i < k; i++)
		if (rc_lower(rc, i) && !rc_wl(rc, i, NCG_WL_TITLE_CONNECTOR))
			return 0;
	return 1;
}

/* rules227: does the line that token k opens hold an official of its
 * own: capitalised words (a body, a title; lex:titleConnector between)
 * then a rank or a title's head and a full name that ends the line, no
 * final punctuation?  A list of one official a line ("including:" /
 * "Chief of Navy Rear Adm. David Proctor" / "Papua New Guinea Defense
 * Force Deputy Chief Commodore Philip Polewara"): a name on the line
 * before ends at its line's end, not in the next line's body.  fix75:
 * the line opens an item (item_opener), the line before is a list's,
 * and "and" (lex:pairConjunction) joins only titles ("First Sea Lord
 * and Chief of Naval Staff"), after a title's word. */
int
rc_own_official_line(const rc_ctx *rc, size_t k)
{
	size_t e = k + 1, h;
	int count, office, titled = 0;

	while (e < rc->ntok && !(rc->tok[e].flags & NCG_TF_LINE))
		e++;
	if (k == 0 || rc->tok[e - 1].kind != NCG_TOK_WORD || !item_opener(rc, k, e) ||
	    !list_line_before(rc, k))
		return 0;
	for (size_t i = k; i + 2 < e; i++) {
		h = honorific_at(rc, i, e, &office);
		if (h <= i && title_head(rc, i))
			h = i + 1;
		if (h > i && h < e && parse_name(rc, h, e, &count) == e && full_name_words(count))
			return 1;
		if (rc->tok[i].kind != NCG_TOK_WORD ||
		    !(rc_cap(rc, i) || (rc_wl(rc, i, NCG_WL_TITLE_CONNECTOR) &&
		                        (titled || !rc_wl(rc, i, NCG_WL_PAIR_CONJUNCTION)))))
			return 0;
		titled |= rc_cap(rc, i) && (title_head(rc, i) || rc_wl(rc, i, NCG_WL_TITLE_WORD));
	}
	return 0;
}

/* Where a name at j right after a rank or an office goes on: rules62,
 * after a nickname first ('Admiral "Fox" Fallon'); rules357, after an
 * editor's given name, a word of the name counted in *n; else j. */
static size_t
titled_name_opening(const rc_ctx *rc, size_t j, size_t lim, int *n)
{
	if (!(j > 0 && (rc_wl(rc, j - 1, NCG_WL_OFFICE) || rc_wl(rc, j - 1, NCG_WL_MILITARY_RANK))))
		return j;
	if (editorial_given_end(rc, j, lim) > j) {
		*n = 1;
		return j + 3;
	}
	return nickname_end(rc, j, lim);
}

/* A personal name at j: capitalised words and initials, an optional
 * suffix ("Joseph R. Biden, Jr."), ending before a possessive.  Returns
 * the end, and the number of name words in *count. */
static size_t
parse_name(const rc_ctx *rc, size_t j, size_t lim, int *count)
{
	int n = 0;
	size_t k = titled_name_opening(rc, j, lim, &n);

	while (k < lim && n < 5 &&
	       !(n > 0 && (rc->tok[k].flags & NCG_TF_LINE) && rc_own_official_line(rc, k)) &&
	       !post_nominal_end(rc, k, lim, n) && !service_suffix_end(rc, j, k, n) &&
	       (name_token(rc, k, lim) || name_syllable(rc, k, lim, n) ||
	        surname_title(rc, k, lim, n) || particle_surname(rc, j, k) ||
	        patronymic_at(rc, j, k, lim))) {
		k++;
		n++;
		if (rc_apostrophe_s(rc, k))
			break;
		k = nickname_end(rc, k, lim);
		/* a place or country right after a name is not part of it;
		 * rules53: nor a country's adjective, a comma missing
		 * ("Secretary of State Condoleezza Rice South Korean Foreign
		 * Minister Yu ...") */
		if (n >= 2 && country_or_place_at(rc, k, lim,
		        (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) | (1u << NCG_LEXW_ACRONYM) |
		        (1u << NCG_LEXW_ADJECTIVE),
		        &(size_t){0}))
			break;
	}
	/* fix113: a name never ends on a particle ("Mayor Jose de Manila",
	 * a place after it: "Jose", not "Jose de") */
	while (n > 1 && rc_wl(rc, k - 1, NCG_WL_PATRONYMIC_PARTICLE)) {
		k--;
		n--;
	}
	k = lower_syllable_end(rc, j, k, lim, &n);
	if (upper_surname_last(rc, j, k, lim, n)) {
		k++;
		n++;
	}
	/* rules27: a name never ends on initials ("General B.B." at a line's
	 * end, the surname on the next line): they are no name alone, and
	 * no end of one */
	while (n > 0 && (rc->tok[k - 1].flags & NCG_TF_DOTTED)) {
		k--;
		n--;
	}
	if (n > 0 && (names_no_person(rc, j, k, lim, n) || ship_name_at(rc, j) ||
	              ship_type_after(rc, k, lim)))
		n = 0;
	*count = n;
	if (n == 0)
		return j;
	if (rc_apostrophe_s(rc, k))
		return k;
	if (rc_punct(rc, k, ",") && rc_wl(rc, k + 1, NCG_WL_NAME_SUFFIX))
		return k + 2;
	if (rc_wl(rc, k, NCG_WL_NAME_SUFFIX))
		return k + 1;
	return k;
}

static int
has_cap_title_head(const rc_ctx *rc, size_t t0, size_t t1)
{
	for (size_t i = t0; i < t1; i++)
		if (rc_cap(rc, i) && title_head(rc, i))
			return 1;
	return 0;
}

/* rules14: is token i a title head in any case ("director-general")? */
static int
title_head_ci(const rc_ctx *rc, size_t i)
{
	return title_head_any(rc, i, 1);
}

/* A title head in any case ("coordinator for Indo-Pacific affairs", as
 * wire services write titles) within the first words of [t0, t1). */
static int
has_title_head_ci(const rc_ctx *rc, size_t t0, size_t t1)
{
	for (size_t i = t0; i < t1 && i < t0 + 8; i++)
		if (title_head_ci(rc, i))
			return 1;
	return 0;
}

/* "South Korea's", "the U.S.'", "Japan's" at j: the token after the
 * possessive, or j when there is none. */
static size_t
possessive_country_end(const rc_ctx *rc, size_t j, size_t lim)
{
	const char *keys[2] = {NULL, NULL};
	size_t e, k = j + rc_is(rc, j, "the");

	/* rules14: or a capital's ("Seoul's special representative") */
	if (rc_country_prefix(rc, k, lim, keys, &e) == 0 &&
	    !(rc_lex_longest(rc, k, lim, 1u << NCG_LEX_PLACE,
	                     (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &e) &&
	      rc_apostrophe_s(rc, e)))
		return j;
	if (rc_apostrophe_s(rc, e))
		return e + 2;
	if (rc_apostrophe(rc, e) && rc_adjacent(rc, e))
		return e + 1;
	/* "ROK deputy minister for National Defense Policy" */
	return rc_lower(rc, e) ? e : j;
}

/* rules19: does the word at i, after a determiner and maybe adverbs in
 * -ly from a on, modify the noun after it ("the newly appointed interim
 * acting ambassador", lex:participleDeterminer)? */
static int
after_participle_determiner(const rc_ctx *rc, size_t a, size_t i)
{
	size_t p = i;

	while (p > a && rc_lower(rc, p - 1) && rc->tok[p - 1].e - rc->tok[p - 1].b > 4 &&
	       !memcmp(rc->s + rc->tok[p - 1].e - 2, "ly", 2))
		p--;
	return p > a && rc_wl_ci(rc, p - 1, NCG_WL_PARTICIPLE_DETERMINER);
}

/* fix109: does a word of time start at i before b: "yesterday",
 * "today", "this morning" (lex:sameDay, lex:dayBefore), a part of the day
 * (lex:timeOfDay) or a weekday?  A title ends before it ("Park
 * Heong-joon, the city of Busan's mayor yesterday afternoon"). */
static int
time_word_at(const rc_ctx *rc, size_t i, size_t b)
{
	return rc_wl_match(rc, i, b, NCG_WL_SAME_DAY, 0) ||
	       rc_wl_match(rc, i, b, NCG_WL_DAY_BEFORE, 0) ||
	       (rc_lower(rc, i) && rc_wl_ci(rc, i, NCG_WL_TIME_OF_DAY)) || rc_weekday_at(rc, i);
}

/* A lower-case title [a, b) ends before a verb: a lower-case word of a
 * reporting verb or ending in -ed that is no word of titles (nor a
 * participle after a determiner); fix109: or before a word of time. */
static size_t
before_verb(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		const char *w = rc->s + rc->tok[i].b;
		size_t n = rc->tok[i].e - rc->tok[i].b;

		if (time_word_at(rc, i, b))
			return i;
		if (rc_lower(rc, i) && !rc_wl_ci(rc, i, NCG_WL_TITLE_WORD) &&
		    !rc_wl_ci(rc, i, NCG_WL_TITLE_HEAD) &&
		    (rc_wl_ci(rc, i, NCG_WL_SPEECH_VERB) ||
		     /* rules274: or an irregular past ("the garrison
		      * commander took a strong initiative to ...") */
		     rc_wl_ci(rc, i, NCG_WL_IRREGULAR_PAST_ACT) ||
		     rc_wl_ci(rc, i, NCG_WL_IRREGULAR_PAST_VERB) ||
		     (n > 4 && !memcmp(w + n - 2, "ed", 2) && !after_participle_determiner(rc, a, i))))
			return i;
	}
	return b;
}

/* A lower-case title ending at e may go on over a comma to the end of the
 * sentence ("... secretary of war for nuclear deterrence, chemical and
 * biological defense policy and programs."): lower-case words, no name,
 * no verb, no "and"/"who"/"which" first.  Returns the title's end. */
static size_t
title_comma_tail(const rc_ctx *rc, size_t e, size_t lim)
{
	size_t j = e + 1, end = lim;

	if (!rc_punct(rc, e, ",") || !rc_lower(rc, j) || rc_is(rc, j, "and") ||
	    rc_is(rc, j, "or") || rc_is(rc, j, "who") || rc_is(rc, j, "which"))
		return e;
	if (end > j && rc_punct(rc, end - 1, "."))
		end--;
	for (size_t i = j; i < end; i++)
		if (rc_punct(rc, i, ",") || rc_punct(rc, i, ";") || !rc_word(rc, i) ||
		    rc_claimed(rc, i, i + 1, RC_CLAIM_NAME | RC_CLAIM_BODY) || rc_cap(rc, i) ||
		    rc_wl_ci(rc, i, NCG_WL_LEAD_ACTIVE) || rc_wl_ci(rc, i, NCG_WL_MEETING_VERB) ||
		    rc_wl_ci(rc, i, NCG_WL_CO_CHAIR_ACTIVE) || rc_wl_ci(rc, i, NCG_WL_CONVENE_ACTIVE) ||
		    rc_wl_ci(rc, i, NCG_WL_PARTICIPATE_ACTIVE))
			return e;
	return before_verb(rc, j, end) == end && end > j ? end : e;
}

/* rules14: a dash between words written as two hyphens ("--"), or a
 * hyphen or en dash with spaces around it: it closes an apposition
 * ("Kenji Kanasugi, director-general of ... Bureau -- held"). */
static int
spaced_dash(const rc_ctx *rc, size_t i)
{
	if (!rc_hyphen(rc, i) || rc_adjacent(rc, i))
		return 0;
	if (rc_hyphen(rc, i + 1) && rc_adjacent(rc, i + 1))
		return 1;
	return !rc_adjacent(rc, i + 1);
}

/* rules335: may the spaced dash at k open a title in apposition to the
 * name before it?  The name inside a sentence, after a lower-case word,
 * neither a dateline's place nor a caption's label opening its line
 * ("Metro Manila – Guam National Guard ... offers"), and the title in
 * title case to the sentence's end, a comma or a semicolon. */
static int
dash_apposition(const rc_ctx *rc, size_t k, size_t lim)
{
	size_t a = k, s = rc_sentence_of(rc, k);

	if (!spaced_dash(rc, k) || s >= rc->nsent)
		return 0;
	while (a > rc->sent[s].t0 && a + 6 > k && (rc_cap(rc, a - 1) || (rc->tok[a - 1].flags & NCG_TF_DOTTED)) &&
	       !(rc->tok[a - 1].flags & NCG_TF_LINE))
		a--;
	if (a == k || a <= rc->sent[s].t0 || !rc_lower(rc, a - 1))
		return 0;
	for (a = k + 1; a < lim && !rc_punct(rc, a, ".") && !rc_punct(rc, a, ",") &&
	                !rc_punct(rc, a, ";"); a++)
		if (!rc_cap(rc, a) && !rc_wl(rc, a, NCG_WL_TITLE_CONNECTOR) && !rc_punct(rc, a, "/") &&
		    !rc_punct(rc, a, "(") && !rc_punct(rc, a, ")") &&
		    !(rc->tok[a].flags & NCG_TF_UPPER))
			return 0;
	return 1;
}

/* fix81: after the second office's object, a comma and a full name
 * (maybe after an honorific: ", James Hursch," ", Gen. Charles Q.
 * Brown,"): the office is that name's preposed title, as attendee lists
 * write it, not the previous person's second one. */
static int
comma_then_name(const rc_ctx *rc, size_t q, size_t lim)
{
	int office, count;
	size_t h;

	if (q + 1 >= lim || !rc_punct(rc, q, ","))
		return 0;
	h = honorific_at(rc, q + 1, lim, &office);
	if (h < q + 1)
		h = q + 1;
	return parse_name(rc, h, lim, &count) > h && count >= 2;
}

/* rules246: "John P. Holdren, Assistant to the President for Science and
 * Technology and Director of the White House Office of Science and
 * Technology Policy, chaired ...": in an apposition [j, e) that holds a
 * title head, "and" at e before an office (lex:office) and "of"/"for"
 * goes on with a second office of the same person when that office's
 * object, capitalised words and connectors (lex:titleConnector, "the"),
 * ends at punctuation in a word that ends a title's object or heads a
 * body (lex:titleObjectEnd, lex:bodyHead: "Policy", "Office").  Not
 * before a name ("... and Secretary of the Navy Carlos Del Toro": "Toro"
 * ends no object), nor "and Director Burns" (no "of"). */
static int
and_office_goes_on(const rc_ctx *rc, size_t j, size_t e, size_t lim)
{
	int office = 0;
	size_t h, q;

	if (!rc_wl(rc, e, NCG_WL_PAIR_CONJUNCTION) || !has_cap_title_head(rc, j, e))
		return 0;
	h = honorific_at(rc, e + 1, lim, &office);
	if (h <= e + 1 || !office || h >= lim ||
	    !(rc_wl(rc, h, NCG_WL_HEAD_OF) || rc_wl(rc, h, NCG_WL_TITLE_OBJECT_FOR)))
		return 0;
	for (q = h + 1; q < lim && q < h + 14; q++) {
		if (rc_punct(rc, q, ",") || rc_punct(rc, q, ".") || rc_punct(rc, q, ";") ||
		    rc_punct(rc, q, ")") || rc_punct(rc, q, "("))
			break;
		if (!rc_cap(rc, q) && !rc_wl(rc, q, NCG_WL_TITLE_CONNECTOR))
			return 0;
	}
	return q > h + 1 && (q == lim || q < h + 14) &&
	       (rc_wl(rc, q - 1, NCG_WL_TITLE_OBJECT_END) || rc_wl(rc, q - 1, NCG_WL_BODY_HEAD)) &&
	       !comma_then_name(rc, q, lim);
}

/* rules248: does a clock time start at p: a number, maybe its minutes
 * after a colon, then a clock word in any case ("10 am", "10:30 a.m.",
 * lex:clockWord)? */
static int
clock_time_at(const rc_ctx *rc, size_t p, size_t lim)
{
	if (p >= lim || rc->tok[p].kind != NCG_TOK_NUMBER)
		return 0;
	if (p + 2 < lim && rc_punct(rc, p + 1, ":") && rc->tok[p + 2].kind == NCG_TOK_NUMBER)
		p += 2;
	return p + 1 < lim && rc_wl_ci(rc, p + 1, NCG_WL_CLOCK_WORD);
}

/* fix83 (review81): does a day's date start at p: a month and a day's
 * number ("March 2"), or a weekday ("Tuesday")? */
static int
day_date_at(const rc_ctx *rc, size_t p, size_t lim)
{
	return p < lim && ((rc_month_at(rc, p) && p + 1 < lim && rc->tok[p + 1].kind == NCG_TOK_NUMBER) ||
	                   rc_weekday_at(rc, p));
}

/* The end of an apposition starting at j: before a full stop, a
 * semicolon, a colon, a closing parenthesis, a dash, a comma (but after
 * "Commander,"), "and" before another honorific, another name, or
 * (rules248) a lower-case title connector before a clock time ("Gordon
 * S. Church, the US Consul in Busan at 10 am on May 12": the time is the
 * clause's); fix83 (review81): or before a day's date ("Michael Brown,
 * Chief Scientist Arati Prabhakar on March 2": the date is the clause's,
 * and the apposition ends with the next person). */
static size_t
appositive_end(const rc_ctx *rc, size_t j, size_t lim)
{
	size_t e;
	int office;

	for (e = j; e < lim; e++) {
		/* review50: or a table's cell bar ("| Prime Minister Kishida,
		 * Chief Cabinet Secretary Hayashi |"): no title over a cell */
		if (rc_punct(rc, e, ";") || rc_punct(rc, e, ".") || rc_punct(rc, e, ")") ||
		    rc_punct(rc, e, ":") || rc_punct(rc, e, "|") ||
		    rc_punct(rc, e, "\xE2\x80\x94") || spaced_dash(rc, e))
			return e;
		if (rc_punct(rc, e, "(")) {
			while (e < lim && !rc_punct(rc, e, ")"))
				e++;
			if (e >= lim)
				return lim;   /* unclosed: the title ends with the sentence */
			continue;
		}
		if (rc_punct(rc, e, ",")) {
			/* "Commander, U.S. Forces Korea": a bare head noun goes on */
			if (e == j + 1 && rc_wl(rc, j, NCG_WL_TITLE_HEAD) && rc_cap(rc, e + 1))
				continue;
			/* rules136: a comma in a body's name ("Bureau of Arms
			 * Control, Deterrence, and Stability") */
			if (e > j && rc_claimed(rc, e - 1, e + 2, RC_CLAIM_BODY) &&
			    rc_claimed(rc, e, e + 1, RC_CLAIM_BODY))
				continue;
			return e;
		}
		if (rc_is(rc, e, "and") && honorific_at(rc, e + 1, lim, &office) &&
		    !and_office_goes_on(rc, j, e, lim))
			return e;
		if (rc_claimed(rc, e, e + 1, RC_CLAIM_NAME))
			return e;
		if (e > j && rc_lower(rc, e) && rc_wl(rc, e, NCG_WL_TITLE_CONNECTOR) &&
		    (clock_time_at(rc, e + 1, lim) || day_date_at(rc, e + 1, lim)))
			return e;
	}
	return e;
}

/* After an apposition ending at e, does the next person of a list come
 * with a title of their own before their honorific ("Gen. CQ Brown, Jr.,
 * Japan Chief of Staff, Joint Staff Gen. YOSHIDA Yoshihide")?  Then the
 * apposition is the start of that title, not the first person's. */
static int
next_has_own_title(const rc_ctx *rc, size_t e, size_t lim)
{
	int office, count;

	if (!rc_punct(rc, e, ","))
		return 0;
	for (size_t q = e + 1; q < lim && q < e + 8; q++) {
		size_t h = honorific_at(rc, q, lim, &office);

		if (h > q && office && q > e + 1)
			return parse_name(rc, h, lim, &count) > h && count > 0;
		if (!(rc_cap(rc, q) || (rc->tok[q].flags & NCG_TF_UPPER) ||
		      rc_wl(rc, q, NCG_WL_TITLE_CONNECTOR)) || rc_is(rc, q, "and"))
			return 0;
	}
	return 0;
}

static int duties_title(const rc_ctx *rc, size_t j, size_t lim, size_t *t0, size_t *t1);
static int succession_title(const rc_ctx *rc, size_t j, size_t lim, size_t *t0, size_t *t1);

/* fix83 (review81): a title's start t0 past a lower-case lex:titleNewWord
 * before a country's prefix ("David Jea, the new U.S. Consul in Busan":
 * the title "U.S. Consul in Busan"), as the article is. */
static size_t
new_before_country(const rc_ctx *rc, size_t t0, size_t e)
{
	const char *keys[2] = {NULL, NULL};
	size_t pe;

	return t0 + (t0 + 1 < e && rc_wl(rc, t0, NCG_WL_TITLE_NEW_WORD) &&
	             rc_country_prefix(rc, t0 + 1, e, keys, &pe) > 0);
}

/* A lower-case title in the apposition [j, e) after the name ending at
 * k, maybe after a possessive country ("Cho Chang-rae, South Korea's
 * deputy defense minister for policy"), with a title head near its
 * start; it ends before a verb ("..., South Korea's deputy national
 * security adviser revealed that ...").  1 with [*t0, *t1) set, 0 when
 * the apposition is lower-case but no title, -1 when it is not
 * lower-case. */
static int
lower_appositive_title(const rc_ctx *rc, size_t k, size_t j, size_t e, size_t lim, size_t *t0,
                       size_t *t1)
{
	size_t lt = possessive_country_end(rc, j, e);

	/* rules14: or after a body's acronym ("Cara Abercrombie, NSC
	 * coordinator for defense policy and arms control") */
	if (lt == j && (rc->tok[j].flags & NCG_TF_UPPER) &&
	    rc_claimed(rc, j, j + 1, RC_CLAIM_BODY) && rc_lower(rc, j + 1))
		lt = j + 1;
	/* rules151: or after a possessive country, one capitalised word
	 * heading a body, used attributively before a lower-case title
	 * ("Hiroaki Takizawa, Japan's Cabinet intelligence director") */
	else if (lt > j && lt + 1 < e && rc_cap(rc, lt) && rc_wl(rc, lt, NCG_WL_BODY_HEAD) &&
	         rc_lower(rc, lt + 1))
		lt++;
	/* rules30: or after a clause's opener ending in "as" ("who has
	 * served as the special envoy for ...") */
	if (!rc_lower(rc, lt) || !(j == k + 1 || lt > j || rc_is(rc, j - 1, "as")))
		return -1;
	e = before_verb(rc, lt, e);
	if (!has_title_head_ci(rc, lt, e))
		return 0;
	/* rules19: without its leading article ("the newly appointed ...
	 * ambassador"), as titles are written */
	*t0 = j + (lt == j && rc_is(rc, j, "the"));
	*t0 = new_before_country(rc, *t0, e);
	*t1 = title_comma_tail(rc, e, lim);
	return 1;
}

/* rules171: are the words [j, q) a title's words alone, a head among
 * them ("Secretary of State", "Minister for Defence": lex:titleWord,
 * lex:titleHead)?  Before a full name they title that name ("Senator Ann
 * Dale, Secretary of State Tom Reed and ..."). */
static int
title_words_only(const rc_ctx *rc, size_t j, size_t q)
{
	for (size_t k = j; k < q; k++)
		if (!rc_wl(rc, k, NCG_WL_TITLE_WORD) && !title_head(rc, k))
			return 0;
	return has_cap_title_head(rc, j, q);
}

/* rules248: are the words [q, e) all a title's words (lex:titleWord,
 * lex:titleHead: "Defence Scientist")?  No person's name. */
static int
title_words_all(const rc_ctx *rc, size_t q, size_t e)
{
	for (size_t k = q; k < e; k++)
		if (!rc_wl(rc, k, NCG_WL_TITLE_WORD) && !title_head(rc, k))
			return 0;
	return 1;
}

/* rules30: does the apposition [j, e) end with a full name right after a
 * capitalised title's word ("..., Daniel J. Kritenbrink, Japanese Deputy
 * Minister/Director-General Kobe Yasuhiro, and ...")?  It is the next
 * person of a list with their own title, no title of the first.
 * rules248: not words of a title alone ("Tanya Monro, Chief Defence
 * Scientist;": no person "Defence Scientist"). */
static int
titled_name_ends(const rc_ctx *rc, size_t j, size_t e)
{
	int count;

	for (size_t q = j + 1; q + 1 < e; q++)
		if (rc_cap(rc, q - 1) && name_token(rc, q, e) && !title_words_all(rc, q, e) &&
		    /* rules86: or after the end of a title's object
		     * ("..., Secretary of Housing and Urban Development
		     * Julian Castro, ...") */
		    (title_head(rc, q - 1) ||
		     (rc_wl(rc, q - 1, NCG_WL_TITLE_OBJECT_END) && has_cap_title_head(rc, j, q - 1)) ||
		     title_words_only(rc, j, q)) &&
		    parse_name(rc, q, e, &count) == e && count >= 2)
			return 1;
	return 0;
}

/* review50: does the apposition [j, e) hold a capitalised title's words
 * alone, then one surname ending it ("President Biden, Secretary of State
 * Blinken, National Security Advisor Sullivan", an attendee list)?  The
 * next person of a list with their own title, no title of the first. */
static int
titled_surname_ends(const rc_ctx *rc, size_t j, size_t e)
{
	size_t n = e - 1;

	if (e < j + 2 || !rc_cap(rc, n) || !name_token(rc, n, e) || title_ish(rc, n) ||
	    !has_cap_title_head(rc, j, n))
		return 0;
	/* right after a head ("Advisor") or its object ("of State"), not a
	 * state's name ("President of the Russian Federation") */
	if (!title_head(rc, n - 1) &&
	    !(n >= j + 3 && rc_cap(rc, n - 1) && (rc_is(rc, n - 2, "of") || rc_is(rc, n - 2, "for")) &&
	      title_head(rc, n - 3)))
		return 0;
	for (size_t q = j; q < n; q++)
		if (!title_ish(rc, q) && !rc_wl(rc, q, NCG_WL_TITLE_CONNECTOR))
			return 0;
	return 1;
}

/* rules114: does "and" at n (lex:pairConjunction), then another person
 * titled by an honorific a few words on, continue a list of persons
 * ("with Japanese Prime Minister Yoshiro Mori, Chinese President Jiang
 * Zemin and Russian President Vladimir Putin on the sidelines of ...")? */
static int
and_next_titled_person(const rc_ctx *rc, size_t n, size_t e)
{
	if (!rc_wl(rc, n, NCG_WL_PAIR_CONJUNCTION))
		return 0;
	for (size_t q = n + 1; q < e && q < n + 4; q++) {
		int office, count;
		size_t h = honorific_at(rc, q, e, &office);

		if (h > q)
			return parse_name(rc, h, e, &count) > h && count >= 2;
		if (!rc_cap(rc, q))
			return 0;
	}
	return 0;
}

/* rules154: does "of" at n, then capitalised words (after "the"; "of"
 * or "and" between two) run to the apposition's end e ("of the French
 * Republic", "of the United Kingdom of Great Britain and Northern
 * Ireland")?  After a titled full name, the person's state: no title's
 * words. */
static int
of_name_tail(const rc_ctx *rc, size_t n, size_t e)
{
	size_t k = n + 1;

	if (!rc_is(rc, n, "of") || e > n + 12)
		return 0;
	k += k < e && rc_is(rc, k, "the");
	if (k >= e || !rc_cap(rc, k) || !rc_cap(rc, e - 1))
		return 0;
	for (; k < e; k++)
		if (!rc_cap(rc, k) &&
		    !((rc_is(rc, k, "of") || rc_is(rc, k, "and")) && rc_cap(rc, k - 1) && rc_cap(rc, k + 1)))
			return 0;
	return 1;
}

/* Does the apposition [j, e) after a name hold the next person, titled,
 * rather than the name's title? */
static int
appositive_next_person(const rc_ctx *rc, size_t j, size_t e)
{
	/* "U/S Jenkins, First Vice Minister Kim, and ...": the next person */
	for (size_t q = j; q < e; q++) {
		int office, count;
		size_t h = honorific_at(rc, q, e, &office);

		size_t n = h > q ? parse_name(rc, h, e, &count) : q;

		if (h > q && count > 0 && n == e)
			return 1;
		/* rules60: "President Roh Moo-hyun, USFK Commander Gen. B.B.
		 * Bell underscored ...": the subject of the next clause */
		if (h > q && count > 0 && n < e && rc_lower(rc, n) && !rc_wl(rc, n, NCG_WL_TITLE_WORD))
			return 1;
		/* rules114: "..., Chinese President Jiang Zemin and Russian
		 * President Vladimir Putin": the next two of a list */
		if (h > q && count >= 2 && n < e && and_next_titled_person(rc, n, e))
			return 1;
		/* rules154: "..., President Jacques Chirac of the French
		 * Republic, ...": the next of a list, with the state */
		if (h > q && q == j && count >= 2 && of_name_tail(rc, n, e))
			return 1;
		/* fix81 (review79 4): "..., Lt General Martinez and United
		 * States Forces Japan ... leadership": the next of a list,
		 * "and" a body after it */
		if (h > q && q == j && count > 0 && n + 1 < e && rc_wl(rc, n, NCG_WL_PAIR_CONJUNCTION) &&
		    rc_claimed(rc, n + 1, n + 2, RC_CLAIM_BODY))
			return 1;
	}
	return 0;
}

/* rules74: is the apposition [j, e) an article, one to three
 * capitalised words or acronyms naming a body, and a lex:officialNoun
 * ("Lee Seung-jae, an NTS official, said", Hankyoreh; "X, a Pentagon
 * official"), or an article, the noun and "of" a body?  The person holds an office in that body: the words
 * after the article are the title. */
static int
body_official_apposition(const rc_ctx *rc, size_t j, size_t e)
{
	int article = rc_is(rc, j, "a") || rc_is(rc, j, "an");
	size_t m = article ? rc_wl_match(rc, j + 1, e, NCG_WL_OFFICIAL_NOUN, 0) : 0;

	/* or the noun, then "of (the)" and the body's whole name ("Ben
	 * Cardin, a ranking member of the Senate Foreign Relations
	 * Committee", KBS) */
	if (m && m + 1 < e && rc_is(rc, m, "of")) {
		m += 1 + (rc_is(rc, m + 1, "the") && m + 2 < e);
		for (size_t q = m; q < e; q++)
			if (!rc_claimed(rc, q, q + 1, RC_CLAIM_BODY))
				return 0;
		return rc_lower(rc, j + 1) && m < e;
	}
	if (e < j + 3 || e > j + 5 || !article ||
	    !rc_lower(rc, e - 1) || !rc_wl(rc, e - 1, NCG_WL_OFFICIAL_NOUN))
		return 0;
	for (size_t q = j + 1; q + 1 < e; q++)
		if (!rc_cap(rc, q) && !(rc->tok[q].flags & NCG_TF_UPPER))
			return 0;
	return 1;
}

/* rules136: a capitalised title ending at a comma e goes on over the
 * units of the organisation it is in, each a body's whole name between
 * commas with a lex:bodyHead word ("Deputy Director-General, North
 * American Affairs Bureau, Ministry of Foreign Affairs, and Mr. ..."):
 * each part ends at a comma, a full stop, a semicolon or the sentence's
 * end.  Returns the title's end. */
static size_t
title_unit_tail(const rc_ctx *rc, size_t e, size_t lim)
{
	while (e < lim && rc_punct(rc, e, ",")) {
		size_t q = e + 1;
		int head = 0;

		for (; q < lim && rc_claimed(rc, q, q + 1, RC_CLAIM_BODY); q++)
			head |= rc_wl(rc, q, NCG_WL_BODY_HEAD) != 0;
		if (q == e + 1 || !head ||
		    !(q == lim || rc_punct(rc, q, ",") || rc_punct(rc, q, ".") || rc_punct(rc, q, ";")))
			break;
		e = q;
	}
	return e;
}

/* rules246: "South Korea's Minister of Unification, Kim Young-ho, met
 * with U.S. Deputy Secretary of State Kurt Campbell ...": the comma after
 * the name closes an apposition to the subject, and the lower-case word
 * after it is the clause's past verb (lex:metVerb, lex:meetingVerb,
 * lex:irregularPastAct, lex:irregularPastVerb; a verb in -ed is
 * before_verb's), no title: the object's title is not the subject's. */
static int
clause_verb_after_name(const rc_ctx *rc, size_t j, size_t lim)
{
	return rc_lower(rc, j) &&
	       (rc_wl(rc, j, NCG_WL_MET_VERB) || rc_wl(rc, j, NCG_WL_IRREGULAR_PAST_ACT) ||
	        rc_wl(rc, j, NCG_WL_IRREGULAR_PAST_VERB) ||
	        rc_wl_match(rc, j, lim, NCG_WL_MEETING_VERB, 0) > j);
}

/* A title in apposition after a name ending at k: ", TITLE," or ", who is
 * TITLE".  Sets [*t0, *t1) and returns 1, or returns 0. */
static int
appositive_title(const rc_ctx *rc, size_t k, size_t lim, size_t *t0, size_t *t1)
{
	size_t j, e;
	int dash;

	/* the name in another script between name and title: "Cho Chang Lae
	 * (조창래), ROK Deputy Minister" (issue 11) */
	if (rc_punct(rc, k, "(")) {
		for (e = k + 1; e < lim && e < k + 6 && !rc_punct(rc, e, ")"); e++)
			;
		if (e < lim && rc_punct(rc, e, ")"))
			k = e + 1;
	}
	/* rules335: or a spaced dash before a capitalised title ("met Jane
	 * Roe – Acting Chief Executive of ...") */
	dash = dash_apposition(rc, k, lim);
	if (!rc_punct(rc, k, ",") && !dash)
		return 0;
	j = k + 1;
	if (rc_is(rc, j, "who"))
		while (j < lim && rc_wl(rc, j, NCG_WL_TITLE_CLAUSE_OPENER))
			j++;
	/* rules10: "X, who performs the duties of the assistant secretary
	 * of defense ...": the office after the cue */
	if (j > k + 1 && rc_wl_match(rc, j, lim, NCG_WL_DUTIES_CUE, 0))
		return duties_title(rc, j, lim, t0, t1);
	if (j > k + 1 && rc_wl_match(rc, j, lim, NCG_WL_SUCCESSION_CUE, 0))
		return succession_title(rc, j, lim, t0, t1);
	/* rules19: "X, who visited New York to attend ...": a clause of what
	 * the person did, no title */
	if (j == k + 2 && rc_is(rc, k + 1, "who"))
		return 0;
	e = appositive_end(rc, j, lim);
	if (e <= j || e - j > 30 || rc_is(rc, j, "and") || rc_is(rc, j, "or"))
		return 0;
	/* ", which could lead to ...": a clause about a thing, no title;
	 * rules295: nor a main clause after an opening phrase that ends in
	 * a name, its subject a pronoun ("After visiting Panama City, he
	 * will join as a presidential special envoy") */
	if (rc_wl(rc, j, NCG_WL_CLAUSE_OBJECT) || clause_verb_after_name(rc, j, lim) ||
	    (rc_lower(rc, j) && rc_wl(rc, j, NCG_WL_CLAUSE_SUBJECT_PRONOUN)))
		return 0;
	if (appositive_next_person(rc, j, e) || next_has_own_title(rc, e, lim) ||
	    titled_name_ends(rc, j, e) || titled_surname_ends(rc, j, e))
		return 0;
	if (body_official_apposition(rc, j, e)) {
		*t0 = j + 1;
		*t1 = e;
		return 1;
	}
	if (!dash) {
		int r = lower_appositive_title(rc, k, j, e, lim, t0, t1);

		if (r >= 0)
			return r;
	}
	/* a capitalised title, or a "who is" clause */
	if (!has_cap_title_head(rc, j, e) || (dash && !rc_cap(rc, j)))
		return 0;
	*t0 = j;
	*t1 = title_unit_tail(rc, e, lim);
	return 1;
}

/* rules10: does token i end the object of "of"/"for" in a title, of two
 * or three capitalised words ("Secretary for East Asia")? */
static int
title_object_end(const rc_ctx *rc, size_t i)
{
	for (size_t k = i - 1; k >= 2 && k + 3 > i && rc_cap(rc, k); k--)
		if ((rc_is(rc, k - 1, "of") || rc_is(rc, k - 1, "for")) && title_head(rc, k - 2))
			return 1;
	return 0;
}

/* A title written before the name (and honorific) starting at i:
 * "ROK Deputy Minister for National Defense Policy Dr. Cho". */
static int
preposed_title_in(const rc_ctx *rc, size_t s0, size_t i, size_t *t0, size_t *t1, int comma);

/* rules40: a title, a comma, then the organisation it heads, before a
 * rank (DoD style: "Chief of Staff, Joint Staff Gen. Koji Yamazaki",
 * "Commander, U.S. Forces Korea Gen. ..."): the words [j, i) have no
 * title head, the comma before them ends a title with one.  The whole
 * is the title: sets [*t0, *t1) and returns 1, or returns 0. */
static int
comma_organisation_title(const rc_ctx *rc, size_t s0, size_t j, size_t i, size_t *t0,
                         size_t *t1)
{
	size_t a, b;

	if (j >= i || j < s0 + 2 || !rc_punct(rc, j - 1, ",") || has_cap_title_head(rc, j, i) ||
	    i - j > 5 || !preposed_title_in(rc, s0, j - 1, &a, &b, 0) || b != j - 1)
		return 0;
	*t0 = a;
	*t1 = i;
	return 1;
}

/* fix84 (review83): a title read back to token j that begins inside a
 * body's name ending before i ("United States Army Garrison (USAG)
 * Yongsan-Casey Commander Col. Lloyd Brown": the bracketed acronym stops
 * the reading at "Yongsan-Casey") begins with the body, which the title's
 * parts then cut at its end (the role "Commander"): the body's first
 * token, or j. */
static size_t
title_body_start(const rc_ctx *rc, size_t j, size_t i)
{
	const ncg_mention *b = j < i ? rc_mention_at(rc, NCG_M_BODY, j) : NULL;

	return b && b->t0 < j && b->t1 < i ? b->t0 : j;
}

static int
preposed_title(const rc_ctx *rc, size_t s0, size_t i, size_t *t0, size_t *t1)
{
	return preposed_title_in(rc, s0, i, t0, t1, 1);
}

/* rules360: is token p a unit's ordinal in figures between capitalised
 * words of a title ("Commander of the U.S. 7th Air Force Kenneth S.
 * Wilsbach")?  No date's ("May 7th"). */
static int
title_unit_ordinal(const rc_ctx *rc, size_t p)
{
	return p > 0 && p + 1 < rc->ntok && rc->tok[p].kind == NCG_TOK_NUMBER && rc_cap(rc, p - 1) &&
	       rc_cap(rc, p + 1) && rc_ordinal_word(rc, p, &(size_t){0}) > 0 && !rc_month_at(rc, p - 1) &&
	       !rc_claimed(rc, p, p + 1, RC_CLAIM_DATE);
}

static int
preposed_title_in(const rc_ctx *rc, size_t s0, size_t i, size_t *t0, size_t *t1, int comma)
{
	size_t j = i;

	while (j > s0) {
		size_t p = j - 1;

		if (rc_claimed(rc, p, j, RC_CLAIM_NAME | RC_CLAIM_TITLE))
			break;
		if (rc_cap(rc, p) || (rc->tok[p].flags & NCG_TF_UPPER)) {
			if (!title_ish(rc, p) && !title_object_end(rc, p))
				break;
			j = p;
			continue;
		}
		/* fix176 (review144 5): only when the title goes on past it
		 * ("Commander of the U.S. 7th Air Force Lt. Gen. A", the
		 * service before the rank: no title ending "7th") */
		if (p > s0 && p + 1 < i && title_unit_ordinal(rc, p)) {
			j = p;
			continue;
		}
		/* rules30: or a slash between two offices held at once
		 * ("Deputy Minister/Director-General") */
		if ((rc_hyphen(rc, p) || (rc_punct(rc, p, "/") && p > s0 && title_head(rc, p - 1))) &&
		    rc_adjacent(rc, p) && rc_adjacent(rc, j)) {
			j = p;
			continue;
		}
		if (rc_wl(rc, p, NCG_WL_TITLE_CONNECTOR) && !rc_is(rc, p, "and") && p > s0 &&
		    (rc_cap(rc, p - 1) || rc_wl(rc, p - 1, NCG_WL_TITLE_CONNECTOR)) &&
		    !rc_claimed(rc, p - 1, p, RC_CLAIM_NAME)) {
			j = p;
			continue;
		}
		break;
	}
	j = title_body_start(rc, j, i);
	if (comma && comma_organisation_title(rc, s0, j, i, t0, t1))
		return 1;
	/* not the words before the title ("During", "the"), but a title word
	 * that could also begin a sentence stays ("Under Secretary") */
	while (j < i && (rc_wl(rc, j, NCG_WL_TITLE_CONNECTOR) ||
	                 (rc_wl(rc, j, NCG_WL_SENTENCE_INITIAL) &&
	                  !rc_wl(rc, j, NCG_WL_TITLE_WORD))))
		j++;
	if (j >= i || !has_cap_title_head(rc, j, i))
		return 0;
	*t0 = j;
	*t1 = i;
	return 1;
}

/* rules10: where a military service written between a title and the
 * rank at i begins ("... for East Asia Marine Corps Brig. Gen. Roberta
 * Shea"), or i when none. */
static size_t
service_before(const rc_ctx *rc, size_t s0, size_t i)
{
	for (size_t k = i > s0 + 3 ? i - 3 : s0; k < i; k++)
		if (rc_wl_match(rc, k, i, NCG_WL_SERVICE_NAME, 1) == i)
			return k;
	return i;
}

/* rules10: an office held in acting ("performs the duties of the
 * assistant secretary of defense for ..."): after the cue (lex:dutiesCue)
 * at j and "the", a title with a title head, to the apposition's end. */
static int
duties_title(const rc_ctx *rc, size_t j, size_t lim, size_t *t0, size_t *t1)
{
	size_t a = rc_wl_match(rc, j, lim, NCG_WL_DUTIES_CUE, 0), e;

	if (!a)
		return 0;
	a += rc_is(rc, a, "the");
	e = before_verb(rc, a, appositive_end(rc, a, lim));
	/* a capitalised title ends at its first lower-case word that joins
	 * none of its words ("Assistant Secretary of Defense met") */
	for (size_t q = a + 1; rc_cap(rc, a) && q < e; q++)
		if (rc_lower(rc, q) && !rc_wl(rc, q, NCG_WL_TITLE_CONNECTOR)) {
			e = q;
			break;
		}
	if (e <= a || e - a > 30 || !has_title_head_ci(rc, a, e))
		return 0;
	*t0 = j;        /* the cue is part of the title, as the known
	                 * statements write it */
	*t1 = e;
	return 1;
}

/* rules267: an office taken over from another ("Robert W. Radloff, who
 * will succeed High as Misawa NAF commander at a change of command
 * ceremony"): after the cue (lex:successionCue) at j, the predecessor's
 * capitalised name (one to four words), "as", then words to the first
 * title head.  No title head, no office: "who replaced the old fleet"
 * names none.  fix101 (review93): after a future cue ("will succeed") the
 * office is not yet his: an official, with no title ([*t0, *t1) empty). */
static int
succession_title(const rc_ctx *rc, size_t j, size_t lim, size_t *t0, size_t *t1)
{
	size_t a = rc_wl_match(rc, j, lim, NCG_WL_SUCCESSION_CUE, 0), n;

	if (!a)
		return 0;
	for (n = a; n < lim && n < a + 4 && rc_cap(rc, n); n++)
		;
	if (n == a || !rc_is(rc, n, "as"))
		return 0;
	a = n + 1 + rc_is(rc, n + 1, "the");
	for (n = a; n < lim && n < a + 6; n++) {
		/* fix97 (review90): no office in a candidacy (lex:candidacyNoun:
		 * "as the party's candidate for president") nor under an owner
		 * in lower case ("as the company's vice president") */
		if (rc_punct(rc, n, ",") || rc_punct(rc, n, ".") ||
		    rc_wl_ci(rc, n, NCG_WL_CANDIDACY_NOUN) || (rc_apostrophe_s(rc, n) && rc_lower(rc, n - 1)))
			return 0;
		/* fix97: a head in capitals, or after a unit's acronym
		 * ("Misawa NAF commander") */
		if (title_head_ci(rc, n) &&
		    (rc_cap(rc, n) || (n > a && (rc->tok[n - 1].flags & NCG_TF_UPPER)))) {
			/* fix101 (review93): a future cue ("will succeed", "is
			 * to succeed": lex:futureCue at j) names an office not
			 * yet held: an official, no title */
			*t0 = rc_wl_match(rc, j, lim, NCG_WL_FUTURE_CUE, 0) ? n + 1 : a;
			*t1 = n + 1;
			return 1;
		}
	}
	return 0;
}

/* rules144: is token p a comma inside a list of capitalised items that
 * "and" closes ("Minister of Economy, Trade and Industry, Toshimitsu
 * Motegi,"; "of Health, Labour, and Welfare")? */
static int
object_list_comma(const rc_ctx *rc, size_t s0, size_t p)
{
	return p > s0 && rc_punct(rc, p, ",") && rc_cap(rc, p - 1) &&
	       (rc_is(rc, p + 1, "and") ||
	        (rc_cap(rc, p + 1) && (rc_is(rc, p + 2, "and") ||
	                               (rc_punct(rc, p + 2, ",") && rc_is(rc, p + 3, "and")))));
}

/* rules19: is token p, a capitalised word or an "and" between two, inside
 * the object of "for"/"of" of a title ("Under Secretary of Defense for
 * Research and Engineering, Heidi Shyu", "... for Acquisition and
 * Sustainment,")?  Up to seven such tokens back to "for"/"of" after a
 * title's word (rules144: commas of a list object count among them). */
static int
in_title_object(const rc_ctx *rc, size_t s0, size_t p)
{
	size_t q = p;

	if (!rc_cap(rc, p) && !(rc_is(rc, p, "and") && rc_cap(rc, p + 1)) &&
	    !object_list_comma(rc, s0, p))
		return 0;
	while (q > s0 && q + 7 > p &&
	       ((rc_cap(rc, q - 1) && !title_head(rc, q - 1)) ||
	        (rc_is(rc, q - 1, "and") && rc_cap(rc, q)) || object_list_comma(rc, s0, q - 1)))
		q--;
	return q > s0 + 1 && rc_cap(rc, q) && (rc_is(rc, q - 1, "for") || rc_is(rc, q - 1, "of")) &&
	       title_ish(rc, q - 2);
}

/* The first of the title's words before token j (its comma), back to
 * s0: capitalised title words, an acronym in brackets ("(DASD)"),
 * hyphens inside a word, connectors between title words, and a title's
 * object; j when none. */
static size_t
title_words_back(const rc_ctx *rc, size_t s0, size_t j)
{
	while (j > s0) {
		size_t p = j - 1;

		if (rc_punct(rc, p, ")")) {           /* "(DASD)" */
			size_t q = p;

			while (q > s0 && p - q < 4 && !rc_punct(rc, q, "("))
				q--;
			if (!rc_punct(rc, q, "("))
				break;
			j = q;
			continue;
		}
		if (rc_claimed(rc, p, j, RC_CLAIM_NAME))
			break;
		if (rc_cap(rc, p) || (rc->tok[p].flags & NCG_TF_UPPER)) {
			if (!title_ish(rc, p) && !in_title_object(rc, s0, p))
				break;
			j = p;
			continue;
		}
		if ((rc_hyphen(rc, p) && rc_adjacent(rc, p) && rc_adjacent(rc, j)) ||
		    (rc_wl(rc, p, NCG_WL_TITLE_CONNECTOR) && !rc_is(rc, p, "and") && p > s0 &&
		     (rc_cap(rc, p - 1) || rc_punct(rc, p - 1, ")") ||
		      rc_wl(rc, p - 1, NCG_WL_TITLE_CONNECTOR))) ||
		    in_title_object(rc, s0, p)) {
			j = p;
			continue;
		}
		break;
	}
	return j;
}

/* fix163 (review131 5): is the title at t0 the object of "of"/"for"
 * after a lex:dependantNoun, only "the" and capitalised words between
 * ("the wife of the secretary of state, Jeanette Rubio", "the aide of
 * the U.S. Secretary of State, ...")?  The title is the other's, not
 * the name's in apposition after it. */
static int
title_of_dependant(const rc_ctx *rc, size_t s0, size_t t0)
{
	for (size_t q = t0; q > s0 + 1 && q + 5 > t0; q--) {
		size_t k = q - 1;

		if (rc_is(rc, k, "of") || rc_is(rc, k, "for"))
			return rc_lower(rc, k - 1) && rc_wl(rc, k - 1, NCG_WL_DEPENDANT_NOUN);
		if (!rc_ieq(rc, k, "the") && !rc_cap(rc, k) && !rc_apostrophe_s(rc, k))
			return 0;
	}
	return 0;
}

/* A title before a comma just before the name (or honorific) at i:
 * "Deputy Assistant Secretary of Defense (DASD) for East Asia, Dr.
 * Siddharth Mohandas, led ...", "the U.S. Chairman of the Joint Chiefs of
 * Staff, General Mark Milley, and ...".  The title begins the sentence or
 * follows a comma, a semicolon, a colon, "and" or "the". */
static int
comma_title_before(const rc_ctx *rc, size_t s0, size_t i, size_t *t0, size_t *t1)
{
	size_t j;

	if (i < s0 + 2 || !rc_punct(rc, i - 1, ","))
		return 0;
	j = title_words_back(rc, s0, i - 1);
	/* rules19: as in preposed_title, a title word that may also begin a
	 * sentence stays ("the Under Secretary of Defense for ..., Heidi
	 * Shyu") */
	while (j < i - 1 && (rc_wl(rc, j, NCG_WL_TITLE_CONNECTOR) ||
	                     (rc_wl(rc, j, NCG_WL_SENTENCE_INITIAL) && !rc_wl(rc, j, NCG_WL_TITLE_WORD))))
		j++;
	/* rules40: or a title, a comma and the organisation it heads, each
	 * before a comma ("Commander, U.S. Forces Japan, Lt. Gen. ...") */
	if (j < i - 1 && i - 1 - j <= 5 && j > s0 + 1 && rc_punct(rc, j - 1, ",") &&
	    !has_cap_title_head(rc, j, i - 1) && comma_title_before(rc, s0, j, t0, t1)) {
		*t1 = i - 1;
		return 1;
	}
	if (j >= i - 1 || !has_cap_title_head(rc, j, i - 1))
		return 0;
	/* rules10: or a possessive ("South Korea's Principal Deputy National
	 * Security Advisor, Kim Tae-hyo,") */
	if (j > s0 && !rc_punct(rc, j - 1, ",") && !rc_punct(rc, j - 1, ";") &&
	    !rc_punct(rc, j - 1, ":") && !rc_is(rc, j - 1, "and") && !rc_ieq(rc, j - 1, "the") &&
	    !rc_wl(rc, j - 1, NCG_WL_TITLE_LEAD_IN) &&
	    !(j >= s0 + 3 && rc_apostrophe_s(rc, j - 2)))
		return 0;
	/* fix83 (review81): nor the title in apposition of the person
	 * before it ("Dr. Samir Kamat, Chief Defence Scientist, Michael
	 * Brown, ...": Kamat's, not Brown's) */
	if (rc_claimed(rc, j, i - 1, RC_CLAIM_TITLE) || title_of_dependant(rc, s0, j))
		return 0;
	*t0 = j;
	*t1 = i - 1;
	return 1;
}

/* rules10: where the object of "for"/"of" after a lower-case title head
 * begins, one to three lower-case words just before the name at i
 * ("deputy defense minister for policy Heo Tae-keun"): the head's
 * position, or i when there is none. */
static size_t
lower_object_start(const rc_ctx *rc, size_t s0, size_t i)
{
	size_t b = i;

	/* rules71: or a body's name, "of (the)" before it ("deputy
	 * secretary of the Department of the Treasury Robert Kimmitt") */
	while (b > s0 && rc_claimed(rc, b - 1, b, RC_CLAIM_BODY))
		b--;
	if (b < i && b > s0 + 1) {
		size_t o = b - 1 - (rc_is(rc, b - 1, "the") && b > s0 + 2);

		if (rc_is(rc, o, "of") && o > s0 && rc_lower(rc, o - 1) &&
		    rc_wl_ci(rc, o - 1, NCG_WL_TITLE_HEAD))
			return o - 1;
	}
	for (size_t q = i - 1; q > s0 + 1 && q + 4 > i; q--) {
		if (!rc_lower(rc, q))
			return i;
		if ((rc_is(rc, q, "for") || rc_is(rc, q, "of")) && q + 1 < i &&
		    rc_lower(rc, q - 1) && rc_wl_ci(rc, q - 1, NCG_WL_TITLE_HEAD))
			return q - 1;
	}
	return i;
}

/* rules74: is token p a lower-case title head with a lex:officeQualifier
 * joined by a hyphen ("South Korean president-elect Yoon Suk-yeol",
 * "defense minister-designate Lee Jong-sup")?  The office of who is to
 * hold it, a title head as the bare head is. */
static int
qualified_head_ci(const rc_ctx *rc, size_t p)
{
	const char *w, *h;
	size_t n;

	if (p >= rc->ntok || rc->tok[p].kind != NCG_TOK_WORD)
		return 0;
	w = rc->s + rc->tok[p].b;
	n = rc->tok[p].e - rc->tok[p].b;
	h = memchr(w, '-', n);
	return h && h > w && memchr(h + 1, '-', n - (size_t)(h - w) - 1) == NULL &&
	       ncg_lexicon_has_word_ci(rc->lex, NCG_WL_TITLE_HEAD, w, (size_t)(h - w)) &&
	       ncg_lexicon_has_word(rc->lex, NCG_WL_OFFICE_QUALIFIER, h + 1,
	                            n - (size_t)(h - w) - 1);
}

/* A title head in any case, or one with its qualifier (above). */
static int
lower_head_ci(const rc_ctx *rc, size_t p)
{
	return rc_wl_ci(rc, p, NCG_WL_TITLE_HEAD) || qualified_head_ci(rc, p);
}

/* A lower-case title just before a name at i: "presidential spokesperson
 * Lee Do Woon said".  Sets *t0 and returns 1, or returns 0. */
static int
lower_title_before(const rc_ctx *rc, size_t s0, size_t i, size_t *t0)
{
	size_t obj = lower_object_start(rc, s0, i), j = obj;
	int head = obj < i;

	while (j > s0) {
		size_t p = j - 1;

		if ((rc_lower(rc, p) || (p == s0 && rc_cap(rc, p))) &&
		    (rc_wl_ci(rc, p, NCG_WL_TITLE_WORD) || lower_head_ci(rc, p))) {
			head |= lower_head_ci(rc, p) && !rc_wl(rc, p, NCG_WL_TITLE_CONNECTOR);
			j = p;
			continue;
		}
		break;
	}
	while (j < i && rc_wl(rc, j, NCG_WL_TITLE_CONNECTOR))
		j++;
	if (!head || j >= i || (!lower_head_ci(rc, i - 1) && obj == i))
		return 0;
	*t0 = j;
	return 1;
}

/* rules22: where "for"/"of" and a capitalised object ending at e start,
 * after a lower-case title head ("special representative for North
 * Korea"): the "for"; else e.  rules274: or "to", and "the" before the
 * object ("Seoul's ambassador to the U.S., Cho Hyun-dong,").  fix109:
 * "to" only after a diplomat's head (lex:titleToHead) and with the name
 * between commas (appos): "will send a special envoy to Japan, Kim
 * Tae-hyo told reporters" names where the envoy goes. */
static size_t
capitalised_object_start(const rc_ctx *rc, size_t s0, size_t e, int appos)
{
	size_t q = e, p;

	while (q > s0 + 2 && q + 5 > e && (rc_cap(rc, q - 1) || rc_is(rc, q - 1, "and") ||
	                                   (rc_hyphen(rc, q - 1) && rc_adjacent(rc, q - 1))))
		q--;
	p = q - (q > s0 + 2 && q < e && rc_is(rc, q - 1, "the"));
	if (q < e && p > s0 + 1 &&
	    (rc_is(rc, p - 1, "for") || rc_is(rc, p - 1, "of") ||
	     (appos && ncg_doc_title_host_at(rc->doc, rc->lex, p - 1))) &&
	    rc_cap(rc, q))
		return p - 1;
	return e;
}

/* rules30: where a mixed-case object of "for"/"of" after a lower-case
 * title head begins, ending at e on a word that ends such objects in any
 * case ("representative for Korean Peninsula peace and security
 * affairs"): the "for", up to eight words back, no comma between; or e. */
static size_t
mixed_object_start(const rc_ctx *rc, size_t s0, size_t e)
{
	if (e < s0 + 3 || !rc_wl_ci(rc, e - 1, NCG_WL_TITLE_OBJECT_END))
		return e;
	for (size_t q = e - 1; q > s0 + 1 && q + 8 > e; q--) {
		if (!rc_word(rc, q))
			return e;
		if ((rc_is(rc, q, "for") || rc_is(rc, q, "of")) && rc_lower(rc, q - 1) &&
		    rc_wl_ci(rc, q - 1, NCG_WL_TITLE_HEAD))
			return q;
	}
	return e;
}

/* rules30: does a name ending at n1 end its noun phrase: a comma, or a
 * lower-case verb of meeting or speech ("..., Cho Tae Yong met with")? */
static int
name_phrase_end(const rc_ctx *rc, size_t n1)
{
	return rc_punct(rc, n1, ",") ||
	       (rc_lower(rc, n1) && (rc_wl(rc, n1, NCG_WL_MEETING_VERB) ||
	                             rc_wl(rc, n1, NCG_WL_SPEECH_VERB)));
}

/* rules324: where a state's or a place's possessive (a country's or a
 * lexicon place's) ending just before t0 begins ("Seoul's", "South
 * Korea's", "the U.S.'", "the Pentagon's", "Democratic People's Republic
 * of Korea's"): its first token, or t0 when there is none.  The widest
 * such name within nine tokens; none when another possessive before it
 * goes on the name ("... People's Republic of Korea's" with no full name
 * in the lexicon is no ROK's; a capitalised word before it may be a
 * headline's: "Meets With Korea's Minister").  cap: its first word is
 * capitalised, not "the". */
static size_t
possessive_before(const rc_ctx *rc, size_t s0, size_t t0, int cap)
{
	for (size_t p = t0 > s0 + 9 ? t0 - 9 : s0; p + 1 < t0; p++) {
		if ((cap && (!rc_cap(rc, p) || rc_ieq(rc, p, "the"))) ||
		    possessive_country_end(rc, p, t0) != t0)
			continue;
		if (p > s0 + 1 && rc_apostrophe_s(rc, p - 2))
			return t0;
		return p;
	}
	return t0;
}

/* The start of a country's prefix of up to three words ending at t
 * ("the U.S.", "South Korea") after s0; else t. */
static size_t
country_prefix_before(const rc_ctx *rc, size_t s0, size_t t)
{
	size_t e;

	for (size_t p = t > s0 + 3 ? t - 3 : s0; p < t; p++)
		if (rc_country_prefix(rc, p, t, (const char *[2]){NULL, NULL}, &e) > 0 && e == t)
			return p;
	return t;
}

/* rules14: a lower-case title before a comma, the name between commas:
 * "South Korea's chief nuclear negotiator, Lee Do-hoon, met ...".  The
 * title's last word is a title head; a possessive country before it is
 * part of it. */
static int
lower_comma_title_before(const rc_ctx *rc, size_t s0, size_t i, size_t n1, size_t *t0,
                         size_t *t1)
{
	size_t h = i - 1, obj;

	if (i < s0 + 2 || !rc_punct(rc, i - 1, ",") ||
	    !(name_phrase_end(rc, n1) || rc_punct(rc, n1, ".")))
		return 0;
	/* rules22: or its capitalised object ("The U.S. special
	 * representative for North Korea, Sung Kim, also said") */
	if (!(rc_lower(rc, i - 2) && rc_wl_ci(rc, i - 2, NCG_WL_TITLE_HEAD)))
		h = capitalised_object_start(rc, s0, i - 1, rc_punct(rc, n1, ","));
	if (h == i - 1)
		h = mixed_object_start(rc, s0, i - 1);
	/* rules338: or a lower-case object, the name closed by a comma or a
	 * full stop ("the secretary of state, Marco Rubio, said") */
	if (h == i - 1 && (rc_punct(rc, n1, ",") || rc_punct(rc, n1, ".")) &&
	    (obj = lower_object_start(rc, s0, i - 1)) < i - 1)
		h = obj + 1;
	if (!rc_lower(rc, h - 1) || !rc_wl_ci(rc, h - 1, NCG_WL_TITLE_HEAD) ||
	    !lower_title_before(rc, s0, h, t0))
		return 0;
	/* "Seoul's", "South Korea's" before it */
	*t0 = possessive_before(rc, s0, *t0, 0);
	if (title_of_dependant(rc, s0, *t0))
		return 0;
	/* rules22: a state's word before a title with an object ("The U.S.
	 * special representative for North Korea"): the title's, whose
	 * state it gives */
	if (h < i - 1)
		*t0 = country_prefix_before(rc, s0, *t0);
	*t1 = i - 1;
	return 1;
}

/* fix110b: where a title's own words end: before "to" after a
 * diplomat's head (lex:titleToHead).  "Seoul's ambassador to the U.S."
 * is Korea's; the state after "to" is the host, never the official's,
 * nor is a body there its affiliation ("Japan's ambassador to NATO"). */
static size_t
title_host_start(const rc_ctx *rc, size_t t0, size_t t1)
{
	for (size_t k = t0 + 1; k < t1; k++)
		if (ncg_doc_title_host_at(rc->doc, rc->lex, k))
			return k;
	return t1;
}

/* fix110b: the state of a city whose possessive opens a title
 * ("Seoul's ambassador to the U.S.", "Tokyo's envoy"): the city's
 * lexicon entry gives it (ncg:country), or NULL. */
static const char *
possessive_city_country(const rc_ctx *rc, size_t t0, size_t t1)
{
	size_t e, k = t0 + rc_is(rc, t0, "the");
	const ncg_lex_wording *w = rc_lex_longest(rc, k, t1, 1u << NCG_LEX_PLACE,
	                                          (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT),
	                                          &e);

	if (w && rc_apostrophe_s(rc, e) && w->entry->country.n == 1)
		return w->entry->country.v[0];
	return NULL;
}

/* Fill in an official's title, affiliation and country from its title
 * span [t0, t1). */
static ncg_status
read_title(rc_ctx *rc, ncg_mention *m, size_t t0, size_t t1)
{
	size_t th;

	if (t1 <= t0)   /* fix101: an official with no title */
		return NCG_OK;
	NCG_TRY(rc_span(rc, t0, t1, &m->official.title));
	m->official.title_own = NULL;
	m->official.title_t0 = (uint32_t)t0;
	m->official.title_t1 = (uint32_t)t1;
	rc_claim(rc, t0, t1, RC_CLAIM_TITLE);
	th = title_host_start(rc, t0, t1);
	if (!m->official.country)
		m->official.country = possessive_city_country(rc, t0, th);
	for (size_t i = t0; i < th; i++) {
		ncg_mention *b = rc_mention_at(rc, NCG_M_BODY, i);
		const char *keys[2] = {NULL, NULL};
		size_t e;

		if (b && !m->official.affiliation)
			m->official.affiliation = b->key;
		if (b && !m->official.country && b->body.country[0] && !b->body.country[1])
			m->official.country = b->body.country[0];
		if (!b && !m->official.country && rc_country_prefix(rc, i, th, keys, &e) == 1)
			m->official.country = keys[0];
	}
	return NCG_OK;
}

static ncg_status
add_official(rc_ctx *rc, uint32_t s, size_t a0, size_t n0, size_t n1, size_t a1,
             ncg_mention **out)
{
	ncg_mention *m;
	const ncg_lex_entry *le;

	NCG_TRY(rc_add(rc, NCG_M_OFFICIAL, s, a0, a1, &m));
	/* the name without a possessive or suffix comma */
	NCG_TRY(rc_span(rc, n0, n1, &m->name));
	if (n0 > a0)
		NCG_TRY(rc_span(rc, a0, n0, &m->official.honorific));
	le = ncg_lexicon_by_wording(rc->lex, NCG_LEX_OFFICIAL, m->name, strlen(m->name));
	if (le) {
		m->lex = le;
		m->key = le->key;
	} else {
		NCG_TRY(rc_key(rc, "official", m->name, &m->key));
	}
	rc_claim(rc, a0, a1, RC_CLAIM_NAME);
	*out = m;
	return NCG_OK;
}

/* "of the Republic of Korea" at k after a name: its end, the country's
 * key in *key, no body's name going on ("of Korea Development Bank");
 * else k.  fix87: one helper for of_country and rules256's plurals. */
static size_t
of_country_end(const rc_ctx *rc, size_t k, size_t lim, const char **key)
{
	const char *keys[2] = {NULL, NULL};
	size_t j = k + 1, e;

	if (!rc_is(rc, k, "of"))
		return k;
	j += rc_wl_ci(rc, j, NCG_WL_DEFINITE_ARTICLE);
	if (rc_country_prefix(rc, j, lim, keys, &e) == 1 &&
	    !rc_lex_longest(rc, e, lim, 1u << NCG_LEX_BODY, ~0u, &(size_t){0})) {
		*key = keys[0];
		return e;
	}
	return k;
}

/* "of the Republic of Korea" after a name gives the country. */
static size_t
of_country(rc_ctx *rc, ncg_mention *m, size_t k, size_t lim)
{
	const char *key = NULL;
	size_t e = of_country_end(rc, k, lim, &key);

	if (e > k && !m->official.country)
		m->official.country = key;
	return e;
}

/* rules40: a romanised Korean name of two words at k, the surname short
 * and the given name hyphenated, lower case after the hyphen ("Chang
 * Won-sam", "Lee Do-hoon"), the name ending there.  Not "Smith-Jones".
 * rules65: or a capital right after the hyphen ("Shim Jae-Kwon"). */
int
rc_korean_name_at(const rc_ctx *rc, size_t k, size_t lim)
{
	if (k + 1 >= lim || !rc_cap(rc, k) || rc->tok[k].e - rc->tok[k].b > 5 ||
	    (rc->tok[k].flags & (NCG_TF_DOTTED | NCG_TF_UPPER)) || !name_token(rc, k, lim) ||
	    (k + 2 < lim && rc_cap(rc, k + 2)))
		return 0;
	return rc_korean_given_at(rc, k + 1);
}

/* rules189 (from rules40): a romanised Korean given name at k,
 * hyphenated, lower case after the hyphen or one capital right after it
 * ("Won-sam", "Jae-Kwon"). */
int
rc_korean_given_at(const rc_ctx *rc, size_t k)
{
	const ncg_token *t;
	const char *w, *h;
	size_t n;

	if (!rc_cap(rc, k))
		return 0;
	t = &rc->tok[k];
	w = rc->s + t->b;
	n = t->e - t->b;
	h = memchr(w, '-', n);
	if (!h || h - w < 2 || h - w > 5 || n - (size_t)(h - w) - 1 < 2 ||
	    n - (size_t)(h - w) - 1 > 5 || memchr(h + 1, '-', n - (size_t)(h - w) - 1))
		return 0;
	for (const char *c = w + 1; c < w + n; c++)
		if (c != h && (*c < 'a' || *c > 'z') && !(c == h + 1 && *c >= 'A' && *c <= 'Z'))
			return 0;
	return 1;
}

/* rules136: has the object of the title [i, j) begun before the word
 * at k that ends it: words of no title before k, or (the title stopped
 * at k itself) a capitalised word of the title's own before it, no head
 * ("Deputy Assistant Secretary for Energy Resources Sandra Oudkirk")? */
static int
object_begun(const rc_ctx *rc, size_t i, size_t j, size_t k)
{
	return k > j || (j > i + 1 && rc_cap(rc, j - 1) && !title_head(rc, j - 1) &&
	                 rc_wl(rc, j - 2, NCG_WL_TITLE_CONNECTOR));
}

/* fix81 (review79 7): are the capitals at k + 1 the acronym of the
 * title before the parenthesis at k: its letters, in order, the
 * initials of the title's words (capitalised words, connectors and
 * commas back from k), one letter at most unmatched ("MEXT", "MOLISA";
 * not "(VN)" after "Minister of Industry, Trade and Commerce")? */
static int
acronym_fits_title(const rc_ctx *rc, size_t k)
{
	size_t b = k, w, n = rc->tok[k + 1].e - rc->tok[k + 1].b;
	int miss = 0;

	while (b > 0 && k - b < 16 && (rc_cap(rc, b - 1) || rc_punct(rc, b - 1, ",") ||
	                               rc_wl(rc, b - 1, NCG_WL_TITLE_CONNECTOR)))
		b--;
	w = b;
	for (size_t c = rc->tok[k + 1].b; c < rc->tok[k + 1].e; c++) {
		size_t v = w;

		while (v < k && !(rc_word(rc, v) &&
		                  toupper((unsigned char)rc->s[rc->tok[v].b]) == rc->s[c]))
			v++;
		if (v < k)
			w = v + 1;
		else
			miss++;
	}
	return miss <= 1 && n > (size_t)miss + 1;
}

/* rules150: at k, the title's own acronym in parentheses and a full
 * name after it ("Minister of Health and Welfare (MHW) Rhyu Si-min")?
 * Then the object of words of no title ends at k, the acronym the
 * title's (preposed_title_end takes it). */
static int
own_acronym_before_name(const rc_ctx *rc, size_t k, size_t lim)
{
	int count;

	return k + 3 < lim && rc_punct(rc, k, "(") && (rc->tok[k + 1].flags & NCG_TF_UPPER) &&
	       rc_punct(rc, k + 2, ")") && acronym_fits_title(rc, k) &&
	       parse_name(rc, k + 3, lim, &count) > k + 3 && count >= 2;
}

static int full_name_at(const rc_ctx *rc, size_t e, size_t lim);
static size_t title_and_place_object(const rc_ctx *rc, size_t i, size_t j, size_t lim);

/* Is there a connector of a title's object ("for", "of", a topic's
 * preposition) in [a, b)? */
static int
object_connector_in(const rc_ctx *rc, size_t a, size_t b)
{
	for (; a < b; a++)
		if (rc_is(rc, a, "for") || rc_is(rc, a, "of") || topic_preposition(rc, a))
			return 1;
	return 0;
}

/* rules14: the object of "for"/"of" in a preposed title may run over
 * capitalised words of no title to a word that ends such objects
 * (lex:titleObjectEnd): "Special Representative for Korean Peninsula
 * Peace and Security Affairs Lee Do-hoon".  From j, where the title
 * [i, j) stopped: the token after that word when a name follows it, or
 * j.  No title head, honorific or name on the way. */
static size_t
title_object_tail(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	int obj = object_connector_in(rc, i, j), office;

	for (size_t k = j; obj && k < lim && k < j + 6; k++) {
		/* rules117: or the connector's sign, "&" ("for Economic &
		 * Agricultural Affairs Joan Spero") */
		if ((rc_is(rc, k, "and") || (rc_wl(rc, k, NCG_WL_TITLE_CONNECTOR) && !rc_word(rc, k))) &&
		    rc_cap(rc, k + 1))
			continue;
		/* rules40: a Korean name ends the object ("Representative for
		 * Defense Burden Sharing Chang Won-sam"); rules150: so does
		 * the title's acronym before a full name */
		if (k > j && (rc_korean_name_at(rc, k, lim) || own_acronym_before_name(rc, k, lim)))
			return k;
		/* rules34: a possessive inside it ("for Global Women's
		 * Issues Kelley Currie"); rules144: or on its first word,
		 * which title_ish took ("Secretary of Veteran's Affairs
		 * Anthony Principi") */
		if ((k > j || rc_cap(rc, k - 1)) && rc_apostrophe_s(rc, k) && rc_cap(rc, k + 2)) {
			k++;
			continue;
		}
		if (!rc_cap(rc, k) || title_head(rc, k) || honorific_at(rc, k, lim, &office) > k ||
		    rc_claimed(rc, k, k + 1, RC_CLAIM_NAME))
			return j;
		/* rules346: a body's head ends an object begun before it, a
		 * full name next ("Chairman of the Senate Armed Services
		 * Committee John McCain") */
		if (k > j && rc_wl(rc, k, NCG_WL_BODY_HEAD) && full_name_at(rc, k + 1, lim))
			return k + 1;
		if (rc_wl(rc, k, NCG_WL_TITLE_OBJECT_END)) {
			int count;
			size_t n1, a = k + 1;

			/* rules27: the object may be an office, its head noun
			 * after that word ("Director General for Asian and
			 * Oceanian Affairs Bureau Funakoshi Takehiro"): then a
			 * full name only */
			if (a < lim && rc_cap(rc, a) && rc_wl(rc, a, NCG_WL_BODY_HEAD))
				a++;
			/* rules357: "... Development and the Pacific Pat
			 * Conroy" */
			a = title_and_place_object(rc, i, a, lim);
			/* a name after it, no word of a title: a full name, or
			 * a surname that ends the clause (a headline's "...
			 * Affairs Lee") */
			if (object_begun(rc, i, j, k) && !title_ish(rc, a) &&
			    (n1 = parse_name(rc, a, lim, &count)) > a &&
			    (count >= 2 || (a == k + 1 && (n1 >= lim || !rc_word(rc, n1)))))
				return a;
			return j;
		}
	}
	return j;
}

/* rules30: a country's or place's whole name as the object of a title's
 * connector ("Ambassador to South Korea Harry Harris", "Ambassador to
 * Seoul"): part of the title, never the start of the name after it.
 * From j, where the title [i, j) stopped after a connector other than
 * "and": the name's end, or j. */
static size_t
title_place_object(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	size_t e;

	if (j <= i || !rc_wl(rc, j - 1, NCG_WL_TITLE_CONNECTOR) || rc_is(rc, j - 1, "and") ||
	    !country_or_place_at(rc, j, lim, (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &e))
		return j;
	return e;
}

/* rules357: a region or country joined to a title's object by "and
 * the" ("Minister for International Development and the Pacific Pat
 * Conroy", "Assistant Secretary for Trade and the Americas Jane Roe"):
 * a region (lex:regionName; fix174, review142 5: no country, "Minister
 * for Foreign Affairs and the Philippines Enrique Manalo" is two
 * parties), part of the title when a full name follows it at once.  From j, at
 * "and" after the object's capitalised word: the place's end, or j. */
static size_t
title_and_place_object(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	size_t e;

	if (j <= i || j + 2 >= lim || !rc_is(rc, j, "and") || !rc_is(rc, j + 1, "the") ||
	    !rc_cap(rc, j - 1) || !object_connector_in(rc, i, j))
		return j;
	e = rc_wl_match(rc, j + 2, lim, NCG_WL_REGION_NAME, 1);
	return e && full_name_at(rc, e, lim) ? e : j;
}

/* rules249: a person's full name at e, no body's or unit's head in it
 * ("the Deputy Commander of the U.S. Navy Jinhae Unit visited": the
 * unit's name goes on, no person) */
static int
full_name_at(const rc_ctx *rc, size_t e, size_t lim)
{
	int count;
	size_t n1 = parse_name(rc, e, lim, &count);

	if (count < 2 || n1 <= e)
		return 0;
	for (size_t k = e; k < n1; k++)
		if (rc_wl(rc, k, NCG_WL_BODY_HEAD) || rc_wl(rc, k, NCG_WL_MILITARY_UNIT_HEAD) ||
		    title_ish(rc, k))
			return 0;
	return !(n1 < lim && rc_cap(rc, n1) &&
	         (rc_wl(rc, n1, NCG_WL_BODY_HEAD) || rc_wl(rc, n1, NCG_WL_MILITARY_UNIT_HEAD)));
}

/* rules249: a military service (lex:serviceName) at j after "of the" and
 * a country's prefix, a title's head before them ("Secretary of the US
 * Navy Richard Spencer", as "Secretary of the Navy Richard Spencer"):
 * part of the title, not a name.  fix83 (review81): only after a head
 * that takes the service as its portfolio (lex:servicePortfolioHead),
 * never "The Commander of the U.S. Army Golden Knights" (a unit's
 * nickname).  From j, where the title [i, j)
 * stopped: the service's end, or j. */
static size_t
title_country_service(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	const char *keys[2] = {NULL, NULL};
	size_t e, p;

	for (p = j - 1; p >= i + 3 && p + 3 >= j; p--)
		if (rc_wl(rc, p - 1, NCG_WL_DEFINITE_ARTICLE) && rc_wl(rc, p - 2, NCG_WL_HEAD_OF) &&
		    rc_wl(rc, p - 3, NCG_WL_SERVICE_PORTFOLIO_HEAD) && rc_country_prefix(rc, p, j, keys, &e) > 0 && e == j &&
		    (e = rc_wl_match(rc, j, lim, NCG_WL_SERVICE_NAME, 1)) > j && full_name_at(rc, e, lim))
			return e;
	return j;
}

/* rules346: a body read already, whole, as the object of "of the" after a
 * title's head, a full name after it ("Commander of the U.S. 7th Air
 * Force Kenneth Wilsbach"): part of the title.  From j, where the title
 * [i, j) stopped: the body's end, or j. */
static size_t
title_body_object(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	const ncg_mention *b = j > i ? rc_mention_at(rc, NCG_M_BODY, j) : NULL;
	size_t k = b ? b->t0 : 0;

	/* the title's words may have begun the body ("the U.S." of "the U.S.
	 * 7th Air Force") */
	if (!b || k < i + 3 || k > j || b->t1 >= lim || !rc_wl(rc, k - 1, NCG_WL_DEFINITE_ARTICLE) ||
	    !rc_wl(rc, k - 2, NCG_WL_HEAD_OF) || !title_head(rc, k - 3) || !full_name_at(rc, b->t1, lim))
		return j;
	return b->t1;
}

/* The end of a preposed title at i: capitalised title words, connectors,
 * hyphens, a body's parenthesised acronym, lower-case title words
 * ("Charge d'affaires").  Sets *head when it holds a capitalised head. */
/* fix127 (review110 6): a body's name as a diplomat's host after "to"
 * (and "the"), "U.S. Ambassador to the United Nations Linda
 * Thomas-Greenfield": the title takes the whole name ("United" alone is
 * a title's word); where it ends, or j. */
static size_t
host_body_end(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	size_t a = j > i && rc_wl(rc, j - 1, NCG_WL_DEFINITE_ARTICLE) ? j - 1 : j, e;

	if (a <= i || !ncg_doc_title_host_at(rc->doc, rc->lex, a - 1) || !rc_cap(rc, j) ||
	    !rc_lex_longest(rc, j, lim, 1u << NCG_LEX_BODY,
	                    (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &e))
		return j;
	return e;
}

/* fix161 (review130 1): does "and" at j, no title head read before it, end a
 * body's name or a title's object and open a second person's own title
 * ("the House Committee on Justice and Vice-Chair A B": Vice-Chair
 * only)?  Not an "and" inside a body's name ("Securities and Exchange
 * Commission Chairman") nor before a field word ("Trade and Industry
 * Minister"). */
static int
and_opens_own_title(const rc_ctx *rc, size_t j, int head)
{
	size_t e;

	return !head && !rc_claimed(rc, j, j + 1, RC_CLAIM_BODY) &&
	       (rc_claimed(rc, j - 1, j, RC_CLAIM_BODY) ||
	        rc_country_prefix(rc, j - 1, j, (const char *[2]){NULL, NULL}, &e) > 0) &&
	       (rc_wl(rc, j + 1, NCG_WL_TITLE_WORD) || title_head(rc, j + 1));
}

static size_t
preposed_title_end(const rc_ctx *rc, size_t i, size_t lim, int *head)
{
	size_t j = i, e;

	*head = 0;
	while (j < lim) {
		if ((e = host_body_end(rc, i, j, lim)) > j) {
			j = e;
			continue;
		}
		if ((rc_cap(rc, j) || (rc->tok[j].flags & NCG_TF_UPPER)) && title_ish(rc, j)) {
			*head |= title_head(rc, j) && rc_cap(rc, j);
			j++;
			continue;
		}
		if ((rc_wl(rc, j, NCG_WL_TITLE_CONNECTOR) &&
		     (!rc_is(rc, j, "and") ||
		      (title_ish(rc, j - 1) && rc_cap(rc, j + 1) && title_ish(rc, j + 1) &&
		       !and_opens_own_title(rc, j, *head)))) ||
		    (rc_hyphen(rc, j) && rc_adjacent(rc, j)) ||
		    /* rules30: "Deputy Minister/Director-General" */
		    (rc_punct(rc, j, "/") && j > i && rc_adjacent(rc, j) && title_head(rc, j - 1) &&
		     rc_cap(rc, j + 1) && title_head(rc, j + 1)) ||
		    (rc_lower(rc, j) && j > i && rc_wl(rc, j, NCG_WL_TITLE_WORD) &&
		     !rc_wl(rc, j, NCG_WL_TITLE_CONNECTOR)) ||
		    (j > i && title_unit_ordinal(rc, j)) ||
		    ((rc_punct(rc, j, "(") || rc_punct(rc, j, ")")) &&
		     rc_claimed(rc, j, j + 1, RC_CLAIM_BODY))) {
			j++;
			continue;
		}
		/* the title's own acronym: "Deputy Assistant Secretary of
		 * Defense (DASD) for East Asia Heino Klinck" */
		if (j > i && rc_punct(rc, j, "(") && (rc->tok[j + 1].flags & NCG_TF_UPPER) &&
		    rc_punct(rc, j + 2, ")")) {
			j += 3;
			continue;
		}
		if (title_object_tail(rc, i, j, lim) > j) {
			j = title_object_tail(rc, i, j, lim);
			continue;
		}
		if (title_place_object(rc, i, j, lim) > j) {
			j = title_place_object(rc, i, j, lim);
			continue;
		}
		if ((e = title_country_service(rc, i, j, lim)) > j || (e = title_body_object(rc, i, j, lim)) > j ||
		    (e = title_and_place_object(rc, i, j, lim)) > j) {
			j = e;
			continue;
		}
		break;
	}
	return j;
}

/* Is there an "of" in [a, b)? */
static int
of_in(const rc_ctx *rc, size_t a, size_t b)
{
	for (; a < b; a++)
		if (rc_is(rc, a, "of"))
			return 1;
	return 0;
}

/* A surname alone at j, after a title with "of" at [i, j), ending at n1:
 * a person when a verb of meeting or speech follows (rules11: "Secretary
 * of Defense Esper met with ...", not "Secretary of Defense Joint Remarks
 * with"), or (rules16) when the noun phrase ends there, at "and", a
 * comma or a semicolon, after a title ending in a capitalised word ("a
 * meeting with Secretary of Defense Carter and with ..."; not "the Office
 * of the President in Seoul,"); never a body's, place's or title's word. */
/* rules227: does the line holding token i open as an itinerary's item,
 * a clock time and a meeting verb ("11:30 Meet with Deputy Secretary of
 * Commerce Graves"), and the sentence end at the line's end (n1 == lim,
 * no final punctuation)?  The line's end ends the item. */
static int
itinerary_line_end(const rc_ctx *rc, size_t i, size_t n1, size_t lim)
{
	size_t b = i, len;

	if (n1 != lim || (n1 < rc->ntok && !(rc->tok[n1].flags & NCG_TF_LINE)))
		return 0;
	while (b > 0 && !(rc->tok[b].flags & NCG_TF_LINE))
		b--;
	len = rc->tok[b].e - rc->tok[b].b;
	/* "11:30", one number token */
	return b + 1 < i && rc->tok[b].kind == NCG_TOK_NUMBER && len >= 4 && len <= 5 &&
	       rc->s[rc->tok[b].e - 3] == ':' && rc_meeting_verb(rc, b + 1);
}

/* rules47: does the title's object go on after the "and" at n1,
 * capitalised words up to one that ends such objects ("for International
 * Communications and Information Policy")?  No title head on the way. */
static int
object_and_goes_on(const rc_ctx *rc, size_t n1, size_t lim)
{
	if (!rc_is(rc, n1, "and"))
		return 0;
	for (size_t k = n1 + 1; k < lim && k < n1 + 5 && rc_cap(rc, k) && !title_head(rc, k); k++)
		if (rc_wl(rc, k, NCG_WL_TITLE_OBJECT_END))
			return 1;
	return 0;
}

/* rules286: the host's name after a diplomat's "to" opens no name: "U.S.
 * Ambassador to Japan Roos visited" (the name is "Roos", not "Japan
 * Roos"), as "Ambassador to South Korea Goldberg".  From j, the first
 * word of a name ending before i: past the country or place after such
 * a "to", or j. */
static size_t
host_state_end(const rc_ctx *rc, size_t j, size_t i)
{
	size_t e;

	if (j < 1 || !ncg_doc_title_host_at(rc->doc, rc->lex, j - 1) ||
	    !country_or_place_at(rc, j, i,
	                         (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) | (1u << NCG_LEXW_ACRONYM),
	                         &e))
		return j;
	return e;
}

/* rules256: does the title at [i, j) hold "of", or "for" and end in a
 * capitalised title word ("State Minister for Defense Norota", USIA's
 * Tokyo file; "Under Secretary for Political Affairs Nuland said")?
 * rules286: or a diplomat's host, a country or place after "to" ending
 * the title ("U.S. Ambassador to Japan Roos visited"). */
static int
title_with_object(const rc_ctx *rc, size_t i, size_t j)
{
	if (of_in(rc, i, j))
		return 1;
	for (size_t a = i + 1; a + 1 < j; a++)
		if (ncg_doc_title_host_at(rc->doc, rc->lex, a))
			return host_state_end(rc, a + 1, j) == j;
	for (size_t a = i; a + 1 < j; a++)
		if (rc_is(rc, a, "for"))
			return rc_cap(rc, j - 1) && rc_wl(rc, j - 1, NCG_WL_TITLE_WORD);
	return 0;
}

/* fix127 (review110 1): does the word at k head a unit's, a body's or
 * a site's name ("Naval Forces", "Pacific Fleet", "Camp", "Garrison")? */
static int
unit_word_at(const rc_ctx *rc, size_t k)
{
	return rc_wl(rc, k, NCG_WL_MILITARY_UNIT_HEAD) || rc_wl(rc, k, NCG_WL_BODY_HEAD) ||
	       rc_wl(rc, k, NCG_WL_PLACE_LEAD_WORD) || rc_wl(rc, k, NCG_WL_INSTALLATION_WORD);
}

/* fix167 (review134 8): a unit's or a site's word among [a, b)? */
static int
unit_word_in(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (unit_word_at(rc, k))
			return 1;
	return 0;
}

static int
lone_surname_after_title(const rc_ctx *rc, size_t i, size_t j, size_t n1, size_t lim)
{
	if (n1 != j + 1 || (n1 >= lim && !itinerary_line_end(rc, i, n1, lim)) ||
	    !title_with_object(rc, i, j) ||
	    object_and_goes_on(rc, n1, lim) ||
	    rc_claimed(rc, j, n1, RC_CLAIM_BODY | RC_CLAIM_PLACE) ||
	    rc_wl(rc, j, NCG_WL_TITLE_WORD) || rc_wl(rc, j, NCG_WL_BODY_HEAD))
		return 0;
	/* fix127 (review110 1): a country or place is no surname, whatever
	 * follows ("Ambassador to Japan Korea visited") */
	if (country_or_place_at(rc, j, n1,
	                        (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) | (1u << NCG_LEXW_ACRONYM),
	                        &(size_t){0}))
		return 0;
	/* rules68: or the sentence's full stop ("and Under Secretary of
	 * State Hooker.", a presidential briefing) */
	if ((n1 == lim || rc_is(rc, n1, "and") || rc_punct(rc, n1, ",") || rc_punct(rc, n1, ";") ||
	     (rc_punct(rc, n1, ".") && n1 + 1 == lim)) &&
	    rc_cap(rc, j - 1))
		return 1;
	if (!rc_lower(rc, n1))
		return 0;
	/* rules286: or a visit ("U.S. Ambassador to Japan Roos visited
	 * southern Iwate", "Secretary of Defense Esper visited"), not after
	 * a unit's or a site's head word: "Commander of Naval Forces Europe
	 * visited", "Commander of Camp Humphreys visited" (the word ends
	 * the unit's name) */
	if (rc_wl(rc, n1, NCG_WL_VISIT_VERB))
		return !unit_word_at(rc, j - 1);
	/* rules335: or the talks' purpose, the infinitive of a lex:talkVerb
	 * ("held talks with Chief of Staff Yamazaki to discuss ..."); a
	 * body's head ends its name before the surname, but a site's or a
	 * unit's word opens one ("Commander of Camp Humphreys to discuss") */
	if (rc_wl(rc, n1, NCG_WL_INFINITIVE_MARKER) && n1 + 1 < lim && rc_lower(rc, n1 + 1) &&
	    rc_wl_match(rc, n1 + 1, lim, NCG_WL_TALK_VERB, 0))
		return !rc_wl(rc, j - 1, NCG_WL_MILITARY_UNIT_HEAD) &&
		       !rc_wl(rc, j - 1, NCG_WL_PLACE_LEAD_WORD) &&
		       !rc_wl(rc, j - 1, NCG_WL_INSTALLATION_WORD);
	return rc_wl(rc, n1, NCG_WL_MEETING_VERB) || rc_wl(rc, n1, NCG_WL_SPEECH_VERB) ||
	       rc_wl(rc, n1, NCG_WL_PRINCIPAL_VERB);
}

/* rules34: the last item of a title's list object, several
 * capitalised words from k up to one that ends such objects, and a full
 * name after it ("..., New Zealand, and the Pacific Islands Sandra
 * Oudkirk"): the name's start, or 0. */
static size_t
last_item_end(const rc_ctx *rc, size_t k, size_t lim)
{
	int count;

	for (size_t w = k; w < lim && w < k + 4 && rc_cap(rc, w) && !title_head(rc, w); w++)
		if (rc_wl(rc, w, NCG_WL_TITLE_OBJECT_END)) {
			/* rules242: the title's acronym may come between
			 * ("Invalids and Social Affairs (MOLISA) Dao Ngoc Dung") */
			if (own_acronym_before_name(rc, w + 1, lim))
				return w + 4;
			return parse_name(rc, w + 1, lim, &count) > w + 1 && count >= 2 ? w + 1 : 0;
		}
	return 0;
}

/* rules144: "of" and a country's name after a title's last object item
 * at k ("Minister of Economy, Trade and Industry of Japan HAGIUDA
 * Koichi", a Japanese ministry's release): where the country's name
 * ends, or k + 1 */
static size_t
item_country_end(const rc_ctx *rc, size_t k, size_t lim)
{
	size_t e;

	if (k + 2 < lim && rc_is(rc, k + 1, "of") &&
	    rc_lex_longest(rc, k + 2, lim, 1u << NCG_LEX_COUNTRY,
	                   (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &e))
		return e;
	return k + 1;
}

/* rules30: the object at j of a title's connector, a list of capitalised
 * items with commas and "and" ("Economic Growth, Energy, and the
 * Environment"), its last item one word (or several, see
 * last_item_end), and a full name after it ("... Environment Jose W.
 * Fernandez"): the name's start, or 0. */
static size_t
title_list_object(const rc_ctx *rc, size_t j, size_t lim)
{
	size_t k = j;
	int commas = 0, count;

	while (k < lim && k < j + 16) {
		size_t w = k;

		while (k < lim && rc_cap(rc, k) && !title_head(rc, k) &&
		       !rc_claimed(rc, k, k + 1, RC_CLAIM_NAME))
			k++;
		if (k == w || k >= lim)
			return 0;
		if (rc_punct(rc, k, ",")) {
			commas++;
			k++;
		}
		if (!rc_is(rc, k, "and"))
			continue;
		if (commas == 0)
			return 0;
		/* rules34: "A, and B" is two items, no list ("for Policy,
		 * and Dr. Cho Chang Lae") */
		if (commas == 1 && rc_punct(rc, k - 1, ","))
			return 0;
		k++;
		k += rc_is(rc, k, "the");
		if (!rc_cap(rc, k) || title_head(rc, k) || honorific_at(rc, k, lim, &(int){0}) > k)
			return 0;
		size_t e = item_country_end(rc, k, lim);

		if (parse_name(rc, e, lim, &count) > e && count >= 2)
			return e;
		/* rules242: or the title's own acronym between the last
		 * item and a full name ("Minister of Education, Culture,
		 * Sports, Science and Technology (MEXT) Hakubun
		 * Shimomura"), the acronym the title's */
		if (own_acronym_before_name(rc, e, lim))
			return e + 3;
		return last_item_end(rc, k, lim);
	}
	return 0;
}

/* rules34: the start of the object of a title's connector that the
 * title [i, j) took in part and that goes on as a list ("Director
 * General for Climate Change, Energy, Environment and Scientific
 * Affairs Keeyong Chung"; "Assistant to the Administrator for Policy,
 * Planning and Learning Chris Maloney"): the name after the list, as
 * title_list_object finds it from the object's first word, or 0. */
static size_t
title_list_object_in(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	size_t p = j;

	while (p > i && rc_cap(rc, p - 1) && !title_head(rc, p - 1))
		p--;
	if (p >= j || p <= i || !rc_wl(rc, p - 1, NCG_WL_TITLE_CONNECTOR) || rc_is(rc, p - 1, "and"))
		return 0;
	return title_list_object(rc, p, lim);
}

/* rules32: does the one-word object of a title's connector go on as a
 * list after the words at n1 (", Energy, Environment and Scientific
 * Affairs Keeyong Chung"; ", New Zealand, and the Pacific Islands Sandra
 * Oudkirk"): a comma, capitalised words and commas, lex:titleListAnd
 * ("and"; maybe lex:titleListDeterminer, "the"), and three or more
 * capitalised words (the last item and a name)?  The
 * end of those words, or 0. */
static size_t
object_list_goes_on(const rc_ctx *rc, size_t n1, size_t lim)
{
	size_t k = n1, w;

	if (!rc_punct(rc, k, ","))
		return 0;
	while (k < lim && k < n1 + 16 && !rc_wl(rc, k, NCG_WL_TITLE_LIST_AND)) {
		if (!rc_punct(rc, k, ",") && (!rc_cap(rc, k) || title_head(rc, k)))
			return 0;
		k++;
	}
	if (k >= lim || !rc_wl(rc, k, NCG_WL_TITLE_LIST_AND))
		return 0;
	k++;
	k += rc_wl(rc, k, NCG_WL_TITLE_LIST_DETERMINER);
	for (w = k; k < lim && rc_cap(rc, k) && !title_head(rc, k); k++)
		;
	/* "..., and South Korean Ministry of Foreign Affairs ...": a title */
	if (k < lim && rc_wl(rc, k, NCG_WL_TITLE_CONNECTOR))
		return 0;
	return k >= w + 3 ? k : 0;
}

static size_t comma_given_name(const rc_ctx *rc, size_t n1, size_t lim);
static ncg_status rename_surname_given(rc_ctx *rc, ncg_mention *m, size_t s0, size_t s1,
                                       size_t g0, size_t g1);

/* fixU: does a title at i begin inside a body's "X of Y" name, as the
 * object of "of" after a body's head ("Bank of Korea Governor Rhee":
 * "Korea" belongs to the bank, not to a title "Korea Governor")? */
static int
in_body_of_name(const rc_ctx *rc, size_t i)
{
	return i >= 2 && rc_is(rc, i - 1, "of") && rc_cap(rc, i - 2) &&
	       rc_wl(rc, i - 2, NCG_WL_BODY_HEAD) && !title_head(rc, i - 2);
}

/* fixAB (review57 2): is the rank [p, j) the last word of an office
 * begun after a body at i ("NATO Secretary General Jens Stoltenberg"),
 * so no honorific of its own? */
static int
office_ends_at(const rc_ctx *rc, size_t i, size_t p, size_t j)
{
	for (size_t q = i + 1; q < p; q++)
		if (rc_wl_match(rc, q, j, NCG_WL_OFFICE, 1) == j)
			return 1;
	return 0;
}

/* fix111: are the name words [j, n1) after a title with "of" [i, j)
 * the office's object, a rank and a name after them, bare or after a
 * comma: a unit's or body's head among them or ending the title, or a
 * place's name ending them ("Commander of Fleet Activities Sasebo Capt. Les Sears",
 * "Commander, Fleet Activities Yokosuka, Capt. ...")?  The person is
 * the ranked name; the words before it name no one. */
static int
office_object_name(const rc_ctx *rc, size_t i, size_t j, size_t n1, size_t lim)
{
	size_t r = n1 < lim && rc_punct(rc, n1, ",") ? n1 + 1 : n1, pe;
	int office;

	if (!of_in(rc, i, j) || r >= lim || rc_wl_match(rc, r, lim, NCG_WL_MILITARY_RANK, 1) <= r ||
	    honorific_at(rc, r, lim, &office) <= r)
		return 0;
	for (size_t k = j - 1; k < n1; k++)
		if (((rc_wl(rc, k, NCG_WL_BODY_HEAD) || rc_wl(rc, k, NCG_WL_MILITARY_UNIT_HEAD)) &&
		     rc_cap(rc, k)) ||
		    (k >= j && rc_claimed(rc, k, n1, RC_CLAIM_PLACE)) ||
		    (k >= j && country_or_place_at(rc, k, n1, (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &pe) &&
		     pe == n1))
			return 1;
	return 0;
}

/* rules286: does a military service's name (lex:serviceName) begin in
 * the title [i, j) and go on past it ("Commander of the Coast Guard
 * District North Eastern Luzon": the title stops at "Coast", a title's
 * word; "Guard District ..." is the service's unit, no one's name)? */
static int
service_across(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	for (size_t p = i + 1; p < j; p++)
		if (rc_cap(rc, p) && rc_wl_match(rc, p, lim, NCG_WL_SERVICE_NAME, 1) > j)
			return 1;
	return 0;
}

/* fix130 (review110 3): does token k open with a unit's head and a
 * hyphen ("Joint Task Force-Red Hill", "Task Force-Bravo")? */
static int
unit_head_hyphen_at(const rc_ctx *rc, size_t k)
{
	const char *t = rc->s + rc->tok[k].b;
	const char *h = memchr(t, '-', rc->tok[k].e - rc->tok[k].b);

	return h && h > t && ncg_lexicon_has_word(rc->lex, NCG_WL_MILITARY_UNIT_HEAD, t, (size_t)(h - t));
}

/* Does a place, country or U.S. state the lexicon knows start at k and
 * end at or before lim (*pe its end)? */
static int
known_place_at(const rc_ctx *rc, size_t k, size_t lim, size_t *pe)
{
	if (country_or_place_at(rc, k, lim, (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), pe))
		return 1;
	*pe = rc_wl_match(rc, k, lim, NCG_WL_STATE_NAME, 1);
	return *pe > k;
}

/* fix131 (review113 3): may a person's name start at k inside a unit's
 * run that ends at n1: a name of two words or more reaching n1, no place
 * of the lexicon at k, and after a lex:unitNameWord (u one past it, else
 * 0) only past that word's own place, a known one ending right at k
 * ("Commander of Navy Region Hawaii Stephen Barnett")?  Where the
 * region's words are unknown there is no telling where they end ("of
 * Coast Guard District Southern Tagalog Geronimo Tuvilla", "of Joint
 * Region Marianas Nicholas Eckenrode"): no one, rather than a name that
 * holds the unit's last word. */
static int
person_in_unit_run(const rc_ctx *rc, size_t u, size_t k, size_t n1, size_t lim)
{
	int count;
	size_t pe;

	if (parse_name(rc, k, lim, &count) != n1 || count < 2 || known_place_at(rc, k, n1, &pe))
		return 0;
	return !u || (u < k && known_place_at(rc, u, k, &pe) && pe == k);
}

/* fix131 (review113 3): does the lex:unitNameWord at k take its own
 * name after it: no name of its own before it, only "of", a title's or
 * unit's word or a service ("Navy Region Hawaii", "Joint Region
 * Marianas", "Coast Guard District Palawan", "of Sector San Diego"; not
 * "Seongdong District Jung Won-o", nor an ordinal's: "the Second District
 * Juan Dela Cruz")? */
static int
unit_word_named_after(const rc_ctx *rc, size_t k)
{
	size_t oe;

	if (k == 0 || rc_ordinal_word(rc, k - 1, &oe))
		return 0;
	if (rc_is(rc, k - 1, "of") || rc_wl(rc, k - 1, NCG_WL_TITLE_WORD) || unit_word_at(rc, k - 1))
		return 1;
	for (size_t p = k >= 2 ? k - 2 : 0; p < k; p++)
		if (rc_wl_match(rc, p, k, NCG_WL_SERVICE_NAME, 1) == k)
			return 1;
	return 0;
}

/* fix131 (review113 3): does the title before j end on a
 * lex:unitNameWord whose own name the words at [j, n1) begin
 * (unit_word_named_after), a known place or a word in the singular ("The
 * Commander of Sector San Diego welcomed"; not "Director of Installations
 * Jane Smith")? */
static int
unit_word_ends_title(const rc_ctx *rc, size_t j, size_t n1)
{
	size_t pe;

	if (j < 2 || !rc_wl(rc, j - 1, NCG_WL_UNIT_NAME_WORD) || !unit_word_named_after(rc, j - 1))
		return 0;
	return known_place_at(rc, j, n1, &pe) || rc->s[rc->tok[j - 1].e - 1] != 's';
}

/* fix130 (review110 3): does the capitalised word at k carry a unit's
 * name on inside the run of name words that ends at n1: a unit's head
 * before a hyphen ("of Joint Task Force-Red Hill"), or a unit's, body's,
 * site's word or a lex:unitNameWord before the run's last word ("Fleet
 * Activities Yokosuka", "Naval Region Hawaii", "Carrier Air Wing Five")? */
static int
unit_run_word(const rc_ctx *rc, size_t k, size_t n1)
{
	return rc_cap(rc, k) &&
	       (unit_head_hyphen_at(rc, k) ||
	        (k + 1 < n1 && (unit_word_at(rc, k) || rc_wl(rc, k, NCG_WL_UNIT_NAME_WORD))));
}

/* fix130, fix131 (review110 3, review113 3): the run of name words [j,
 * n1) read word by word; `whole` when the title already ended on a
 * lex:unitNameWord naming them (unit_word_ends_title).  A unit's word
 * (unit_run_word) makes the run the unit's to n1, a lex:unitNameWord
 * with its own name after it (unit_word_named_after) sets where that
 * name starts; past a unit's word, the token where a person's name
 * starts (*person 1, person_in_unit_run).  Where the unit's name ends,
 * or j. */
static size_t
unit_run_scan(const rc_ctx *rc, size_t j, size_t n1, size_t lim, int whole, int *person)
{
	size_t e = whole ? n1 : j, u = whole ? j : 0;

	for (size_t k = j; k < n1; k++)
		if (unit_run_word(rc, k, n1)) {
			e = n1;
			if (rc_wl(rc, k, NCG_WL_UNIT_NAME_WORD) && unit_word_named_after(rc, k))
				u = k + 1;
		} else if (e > j && person_in_unit_run(rc, u, k, n1, lim)) {
			*person = 1;
			return k;
		}
	return e;
}

/* fix130 (review110 3): capitalised words at j after a title with "of"
 * [i, j) that go on naming the unit the title heads: a service's name
 * crossing the title's end ("Commander of the Coast Guard District
 * Palawan"), or a unit's word before their last word ("The Commander of
 * Fleet Activities Yokosuka visited Tokyo", "Commander of Naval Region
 * Hawaii", "of Carrier Air Wing Five"), or a unit's head before a
 * hyphen in any of them ("of Joint Task Force-Red Hill"); fix131: or all
 * of them when the title ends on a lex:unitNameWord ("The Commander of
 * Sector San Diego welcomed", a known place after it).  Where they end,
 * or j; where a person's name starts inside them, that token (*person
 * 1: "Commander of Naval Special Warfare Group Peter Vasley",
 * person_in_unit_run); 0 when a service crosses the title's end and no
 * name follows (no one is named).  One step a line: no name words, a
 * service across, then the words one by one (unit_run_scan). */
static size_t
unit_run_end(const rc_ctx *rc, size_t i, size_t j, size_t lim, int *person)
{
	int count;
	size_t n1;

	*person = 0;
	if (!of_in(rc, i, j) || !name_token(rc, j, lim) ||
	    (n1 = parse_name(rc, j, lim, &count)) <= j)
		return service_across(rc, i, j, lim) ? 0 : j;
	if (service_across(rc, i, j, lim))
		return n1;
	return unit_run_scan(rc, j, n1, lim, unit_word_ends_title(rc, j, n1), person);
}

/* fix130 (review110 3, 4): the title [i, j) goes on over a unit's name
 * (unit_run_end) and ends there; a rank after it is the honorific of the
 * name that follows ("Commander of the Coast Guard District Palawan
 * Commodore Carlo Cuevas": the title is the whole command's).  The
 * name's first token, or 0 (no one is named: "The Commander of Fleet
 * Activities Yokosuka visited Tokyo"; fix131: nor by a name with no rank
 * after the run: the run's end is no name's start, "of Coast Guard
 * District Northeastern Luzon Ronnie Gil Gavan" is cut by a name's
 * length, not at the unit's end). */
static size_t
unit_ranked_name(const rc_ctx *rc, size_t i, size_t j, size_t lim)
{
	int person;
	size_t e = unit_run_end(rc, i, j, lim, &person), r;

	if (e == j || person || e == 0)
		return e;
	r = rc_wl_match(rc, e, lim, NCG_WL_MILITARY_RANK, 1);
	return r > e && name_token(rc, r, lim) ? r : 0;
}

/* rules324: where a capitalised title written before a name begins: a
 * state's or a place's possessive (a country's, or any ncg:Place label's:
 * a capital's, but also "the Pentagon's", as the gold keeps "Hiroshima's
 * Mayor") just before it is its first words
 * ("Japan's Deputy Minister for Foreign Affairs Shinsuke Sugiyama",
 * "Thailand's Foreign Minister Parnpree ...", "Seoul's First Vice Foreign
 * Minister Choi Jong-kun"), as lower_comma_title_before reads it
 * (possessive_before); not a person's possessive ("Roh's"), and the
 * title starts after an article before the name ("The U.S.'s Deputy
 * Secretary" reads "U.S.'s Deputy Secretary").  The title's text of m,
 * read from i to t1, is widened over it and its own words kept in
 * title_own for the short names (rules78, rules91); its span, and so the
 * membership's words, role and the official's country, stay what the
 * title's own words give (the meeting's reading of parties, third states
 * and places inside a title counts on them). */
static ncg_status
possessive_title_start(rc_ctx *rc, ncg_mention *m, size_t s0, size_t i, size_t t1)
{
	size_t p = possessive_before(rc, s0, i, 1);
	const char *own = m->official.title;

	if (p == i)
		return NCG_OK;
	NCG_TRY(rc_span(rc, p, t1, &m->official.title));
	m->official.title_own = own;
	return NCG_OK;
}

/* "Secretary of Defense Lloyd J. Austin III", "Commander of U.S. Forces
 * Korea General Paul LaCamera" (a rank last is the honorific): a title
 * at i, then a name. */
static ncg_status
preposed_title_official(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	int head, count;
	size_t j = preposed_title_end(rc, i, lim, &head), n1, h = j, g1;
	ncg_mention *m;

	*next = 0;
	if (!head || j <= i || in_body_of_name(rc, i) || private_office_at(rc, i) ||
	    !(j = h = unit_ranked_name(rc, i, j, lim)))
		return NCG_OK;
	/* rules30: a title that stops on its connector ("Under Secretary of
	 * State for Economic Growth, Energy, and the Environment") has its
	 * object next, no name; a name may follow a list of such objects */
	if (rc_wl(rc, j - 1, NCG_WL_TITLE_CONNECTOR))
		j = h = title_list_object(rc, j, lim);
	else if ((g1 = title_list_object_in(rc, i, j, lim)) != 0)
		j = h = g1;
	if (!j || !name_token(rc, j, lim))
		return NCG_OK;
	n1 = parse_name(rc, j, lim, &count);
	/* rules247: "Governor of Gyeonggi Province, which ...", "Governor of
	 * Okinawa Prefecture Denny Tamaki": the title's place ends there */
	if (rc_wl(rc, j, NCG_WL_PLACE_HEAD_WORD)) {
		if (count == 1 || !name_token(rc, j + 1, lim))
			return NCG_OK;
		h += h == j;
		n1 = parse_name(rc, ++j, lim, &count);
	}
	/* rules32: "Director General for Climate Change, Energy, ...": no
	 * name at j; assert nothing, skip the list */
	if (j >= i + 2 && rc_wl(rc, j - 2, NCG_WL_TITLE_CONNECTOR) &&
	    (g1 = object_list_goes_on(rc, n1, lim)) != 0)
		return rc_end_at(next, g1);
	/* rules32: "Minister of National Defense Kim, Tae Young and ..." */
	g1 = count == 1 ? comma_given_name(rc, n1, lim) : 0;
	if (g1) {
		NCG_TRY(add_official(rc, s, j, j, n1, g1, &m));
		NCG_TRY(rename_surname_given(rc, m, j, n1, n1 + 1, g1));
		NCG_TRY(read_title(rc, m, i, j));
		return rc_end_at(next, g1);
	}
	/* rules11: "Secretary of Defense Esper met with ...": a surname
	 * alone after a title with "of", a verb of meeting or speech after
	 * it (not "Secretary of Defense Joint Remarks with") */
	if (count == 1 && !lone_surname_after_title(rc, i, j, n1, lim))
		return NCG_OK;
	/* rules22: words before the end of the title's object are no name
	 * ("Special Envoy for North Korean Human Rights Issues Robert King":
	 * no official "Human Rights") */
	if (count < 1 || (n1 < lim && rc_wl(rc, n1, NCG_WL_TITLE_OBJECT_END)) ||
	    office_object_name(rc, i, j, n1, lim))
		return NCG_OK;
	for (size_t p = i + 1; p < j; p++)
		if (rc_wl_match(rc, p, j, NCG_WL_MILITARY_RANK, 1) == j &&
		    !office_ends_at(rc, i, p, j)) {
			h = p;
			break;
		}
	NCG_TRY(add_official(rc, s, h, j, n1, n1, &m));
	NCG_TRY(read_title(rc, m, i, h));
	NCG_TRY(h > i ? possessive_title_start(rc, m, rc->sent[s].t0, i, h) : NCG_OK);
	return rc_end_at(next, n1);
}

/* "DEPMIN Heo", "DASD Klinck": an acronym this statement defined for a
 * title, then a name.  Sets *next past the name, or to 0. */
static ncg_status
acronym_title_official(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	const rc_acronym *d;
	ncg_mention *m;
	size_t n1;
	int count;

	*next = 0;
	if (i >= lim || !(rc->tok[i].flags & NCG_TF_UPPER) || !name_token(rc, i + 1, lim) ||
	    !(d = rc_acronym_def(rc, rc->s + rc->tok[i].b, rc->tok[i].e - rc->tok[i].b)) ||
	    !has_cap_title_head(rc, d->lt0, d->lt1) || d->p0 == i - 1)
		return NCG_OK;
	n1 = parse_name(rc, i + 1, lim, &count);
	if (count < 1 || count > 3 || !title_ish(rc, d->lt0))
		return NCG_OK;
	/* "WMD Response Policy": words of titles are no name */
	for (size_t k = i + 1; k < n1; k++)
		if (rc_wl(rc, k, NCG_WL_TITLE_WORD) || rc_wl(rc, k, NCG_WL_TITLE_HEAD))
			return NCG_OK;
	NCG_TRY(add_official(rc, s, i, i + 1, n1, n1, &m));
	return rc_end_at(next, n1);
}

/* rules65: is token i a plural office honorific: an office's word and
 * "s" ("Presidents"), or an abbreviated one's ("Reps." of "Rep.")? */
int
rc_plural_honorific(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;
	char abbr[16];

	if (!rc_cap(rc, i) || n < 4)
		return 0;
	if (w[n - 1] == 's')
		return ncg_lexicon_has_word_ci(rc->lex, NCG_WL_OFFICE, w, n - 1);
	/* rules160: an office in "-man", its plural in "-men"
	 * ("Congressmen Vorys and Richards") */
	if (n < sizeof abbr && !memcmp(w + n - 3, "men", 3)) {
		memcpy(abbr, w, n);
		abbr[n - 2] = 'a';
		return ncg_lexicon_has_word(rc->lex, NCG_WL_OFFICE, abbr, n);
	}
	if (w[n - 1] != '.' || w[n - 2] != 's' || n > sizeof abbr)
		return 0;
	memcpy(abbr, w, n - 2);
	abbr[n - 2] = '.';
	return ncg_lexicon_has_word(rc->lex, NCG_WL_OFFICE, abbr, n - 1);
}

/* rules338: is token i a plural office in lower case, a noun in the
 * sentence ("Also present were senators Mike Lee, Tammy Duckworth, and
 * Pete Ricketts"): only a list of three full names or more
 * (plural_honorific_list) makes its officials.  fix163 (review131 6):
 * and only after a word of presence or company (lex:pluralOfficeLead)
 * or a meeting verb: "paid tribute to generals John Monash, ...", "the
 * families of generals ..." name no officials. */
static int
lower_plural_office(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;

	return rc_lower(rc, i) && n >= 5 && w[n - 1] == 's' && rc_cap(rc, i + 1) && i > 0 &&
	       (rc_wl(rc, i - 1, NCG_WL_PLURAL_OFFICE_LEAD) || rc_wl(rc, i - 1, NCG_WL_MEETING_VERB)) &&
	       ncg_lexicon_has_word_ci(rc->lex, NCG_WL_OFFICE, w, n - 1);
}

/* rules65: after a name at a, "of" and the body the person belongs to
 * ("Lee Jae-jung of the main opposition Democratic Party"): the token
 * after that body, within six tokens and no comma; else a. */
static size_t
of_body_tail(const rc_ctx *rc, size_t a, size_t lim)
{
	if (!rc_is(rc, a, "of"))
		return a;
	for (size_t k = a + 1; k < lim && k < a + 7 && !rc_punct(rc, k, ","); k++)
		if (rc_claimed(rc, k, k + 1, RC_CLAIM_BODY) &&
		    (k + 1 >= lim || !rc_claimed(rc, k + 1, k + 2, RC_CLAIM_BODY)))
			return k + 1;
	return a;
}

static size_t paren_close(const rc_ctx *rc, size_t p, size_t lim);

/* rules94: after a full name at a, an aside in parentheses ("Mike
 * Johanns (Nebraska)", "(R-Ky.)", "(second from right)"): the token
 * after it; else a. */
static size_t
aside_end(const rc_ctx *rc, size_t a, size_t lim)
{
	size_t c;

	if (!rc_punct(rc, a, "(") || !(c = paren_close(rc, a, lim)) || c > a + 7)
		return a;
	return c + 1;
}

/* fix185 (review151 3): may "of COUNTRY" after each name of the
 * plural honorific at i give that one's country?  Not an envoy's
 * (lex:titleToHead: "U.S. Ambassadors Rahm Emanuel of Japan, ..." are
 * posted there), nor after a country's word before the honorific
 * (within two tokens of the sentence: "U.S. Ministers ..."). */
static int
plural_of_country(const rc_ctx *rc, uint32_t s, size_t i)
{
	const char *w = rc->s + rc->tok[i].b, *keys[2];
	size_t n = rc->tok[i].e - rc->tok[i].b, t0 = rc->sent[s].t0, e;

	if (n > 1 && (w[n - 1] == 's' || w[n - 1] == 'S') &&
	    ncg_lexicon_has_word_ci(rc->lex, NCG_WL_TITLE_TO_HEAD, w, n - 1))
		return 0;
	for (size_t c = i > t0 + 2 ? i - 2 : t0; c < i; c++)
		if (rc_country_prefix(rc, c, i, keys, &e) > 0 && e == i)
			return 0;
	return 1;
}

/* rules94: a plural office honorific before a list of three full names
 * or more, or of names with asides ("Senators Mike Johanns (Nebraska),
 * John Hoeve (North Dakota), Rob Portman (Ohio) and Jerry Moran
 * (Kansas)"): commas between them, "and" before the last.  Each is an
 * official with no title.  Sets *end to the list's end, or 0. */
static ncg_status
plural_honorific_list(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *end)
{
	size_t n0[8], n1[8], k = i + 1, a = 0;
	const char *keys[8];
	int count, n = 0, asides = 0, last = 0, own = plural_of_country(rc, s, i);
	ncg_mention *m;

	*end = 0;
	while (n < 8) {
		n0[n] = k;
		n1[n] = parse_name(rc, k, lim, &count);
		if (count < 2)
			return NCG_OK;
		keys[n] = NULL;
		a = aside_end(rc, n1[n], lim);
		asides += a > n1[n];
		/* rules372: or each one's country after "of", three or more
		 * ("Ambassadors Philip Goldberg of the United States, Asif
		 * Ahmad of the United Kingdom, and ...") */
		if (a == n1[n])
			a = of_country_end(rc, n1[n], lim, &keys[n]);
		if (!own)   /* fix185: no envoy's (plural_of_country) */
			keys[n] = NULL;
		n++;
		if (last)
			break;
		if (rc_punct(rc, a, ",") && a + 1 < lim && rc_is(rc, a + 1, "and"))
			a++;
		else if (!rc_punct(rc, a, ",") && !rc_is(rc, a, "and"))
			return NCG_OK;
		last = rc_is(rc, a, "and");
		k = a + 1;
	}
	if (!last || (n < 3 && !asides))
		return NCG_OK;
	for (int j = 0; j < n; j++) {
		NCG_TRY(add_official(rc, s, n0[j], n0[j], n1[j], n1[j], &m));
		if (keys[j] && !m->official.country)
			m->official.country = keys[j];
	}
	rc_claim(rc, i, i + 1, RC_CLAIM_NAME);
	*end = a;
	return NCG_OK;
}

/* rules144: after the plural honorific at i, one or two word names,
 * surnames mostly, joined by commas: three or more closed by "and"
 * ("Generals Collins, Clark and Van Fleet"), or two or more a comma
 * and another honorific end (an address: "Ministers Hayashi, Hagiuda,
 * Secretary Raimondo, it's wonderful ..."): each an official.  Where
 * the list ends in *end, or 0. */
static ncg_status
plural_surname_list(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *end)
{
	size_t n0[8], n1[8], k = i + 1;
	int count, n = 0, last = 0, office;
	ncg_mention *m;

	*end = 0;
	while (n < 8) {
		n0[n] = k;
		n1[n] = k = parse_name(rc, k, lim, &count);
		if (count < 1 || count > 2)
			return NCG_OK;
		if (++n >= 2 && !last && rc_punct(rc, k, ",") && honorific_at(rc, k + 1, lim, &office) > k + 1)
			break;
		if (last)
			break;
		k += rc_punct(rc, k, ",") && rc_is(rc, k + 1, "and");
		if (!rc_punct(rc, k, ",") && !rc_is(rc, k, "and"))
			return NCG_OK;
		last = rc_is(rc, k, "and");
		k++;
	}
	if (n < 2 || (last && n < 3))
		return NCG_OK;
	/* the last name whole: no capitalised word after it ("Van Fleet",
	 * "Fleet" a body's head that no name takes); fixF: else the list
	 * names no one, nor any of its words another official */
	if (last && k < lim && (rc_cap(rc, k) || (rc->tok[k].flags & NCG_TF_UPPER))) {
		rc_claim(rc, i, k + 1, RC_CLAIM_NAME);
		*end = k + 1;
		return NCG_OK;
	}
	for (int j = 0; j < n; j++)
		NCG_TRY(add_official(rc, s, n0[j], n0[j], n1[j], n1[j], &m));
	rc_claim(rc, i, i + 1, RC_CLAIM_NAME);
	*end = n1[n - 1];
	return NCG_OK;
}

/* fix87: is there a joint act (lex:jointActNoun) in the three tokens
 * from k ("Biden's “shared vision")?  one_word_pair's possessive needs
 * one: not "Presidents Biden and Lula's predecessors". */
static int
joint_act_after(const rc_ctx *rc, size_t k, size_t lim)
{
	for (size_t q = k; q < lim && q < k + 3; q++)
		if (rc_wl_ci(rc, q, NCG_WL_JOINT_ACT_NOUN))
			return 1;
	return 0;
}

/* rules30, rules160: after the plural honorific at i, two one-word
 * names joined by "and" at a1 and ended at b1 are surnames of officials
 * when a lower-case word follows them, any word ("Ambassadors Briggs and
 * Dean saw President Rhee", "dinner for Congressmen Vorys and Richards
 * tonight"), and the plural is a title in use: no definite article
 * before it (a prize: "the Presidents Cup and Solheim matches") and
 * (fixQ) neither name a calendar word (lex:calendarName): "Presidents
 * Day and Easter" names a holiday and a feast, no one.
 * rules256: or a possessive ("In keeping with Presidents Marcos and
 * Biden's shared vision", a State release), or a heading's end after a
 * lower-case word ("Statement by Presidents Rhee and Eisenhower", the
 * Hagerty papers).
 * fix87: the possessive only before a joint act (joint_act_after), and
 * no pair after lex:pastOfficeWord ("Tribute to former Presidents Ford
 * and Carter"). */
static int
one_word_pair(const rc_ctx *rc, size_t i, size_t a1, size_t b1, size_t lim)
{
	return (rc_lower(rc, b1) ||
	        (rc_apostrophe_s(rc, b1) && joint_act_after(rc, b1 + 2, lim)) ||
	        (i > 0 && rc_lower(rc, i - 1) &&
	         (b1 >= lim || (rc->tok[b1].flags & NCG_TF_LINE)))) &&
	       !(i > 0 && rc_wl_ci(rc, i - 1, NCG_WL_DEFINITE_ARTICLE)) &&
	       !(i > 0 && rc_wl_ci(rc, i - 1, NCG_WL_PAST_OFFICE_WORD)) &&
	       !rc_wl(rc, i + 1, NCG_WL_CALENDAR_NAME) &&
	       !rc_wl(rc, a1 + 1, NCG_WL_CALENDAR_NAME);
}

/* rules256: an office honorific at i before a plural one ("Brig.
 * Generals Stephen Lyons and Scott Jansson", the Korea Herald; "Rear
 * Admirals", "Lt. Generals"): the plural's token, claimed with the rank
 * as no one's name when names follow; else i. */
static size_t
rank_before_plural(const rc_ctx *rc, size_t i, size_t lim)
{
	int office = 0;

	if (i + 1 >= lim || rc_plural_honorific(rc, i) || !rc_plural_honorific(rc, i + 1) ||
	    honorific_at(rc, i, lim, &office) != i + 1 || !office)
		return i;
	return i + 1;
}

/* fix87: the second name of a plural's pair at k starts with no
 * country's name ("Lloyd Austin of the United States and India Rajnath
 * Singh": "India" is the country of one who follows, no given name). */
static int
second_name_at(const rc_ctx *rc, size_t k, size_t lim)
{
	const char *keys[2] = {NULL, NULL};

	return rc_country_prefix(rc, k, lim, keys, &(size_t){0}) != 1;
}

/* A plural office honorific before two names: "Presidents Joe Biden and
 * Yoon Suk Yeol", "Ministers Kim and Shin", "Reps. Lee Jae-jung of the
 * main opposition Democratic Party and Choi Hyung-du".  Each name is an
 * official (with no title: the plural is no one's). */
static ncg_status
plural_officials_at(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	size_t a1, b1, n1;
	int c1, c2;
	ncg_mention *m;

	*next = 0;
	if (!rc_plural_honorific(rc, i)) {
		n1 = 0;
		if (lower_plural_office(rc, i))
			NCG_TRY(plural_honorific_list(rc, s, i, lim, &n1));
		return n1 > 0 ? rc_end_at(next, n1) : NCG_OK;
	}
	NCG_TRY(plural_honorific_list(rc, s, i, lim, &n1));
	if (n1 == 0)
		NCG_TRY(plural_surname_list(rc, s, i, lim, &n1));
	if (n1 > 0)
		return rc_end_at(next, n1);
	/* full names, or one-word names in use as surnames
	 * (one_word_pair): "the Presidents Cup and ..." names no one */
	n1 = parse_name(rc, i + 1, lim, &c1);
	a1 = c1 >= 2 ? of_body_tail(rc, n1, lim) : n1;
	/* rules256: or "of COUNTRY" after a full name ("Prime Ministers
	 * Scott Morrison of Australia and Yoshihide Suga of Japan") */
	if (c1 >= 2 && a1 == n1)
		a1 = of_country_end(rc, n1, lim, &(const char *){NULL});
	if (c1 < 1 || !rc_is(rc, a1, "and") || !second_name_at(rc, a1 + 1, lim))
		return NCG_OK;
	b1 = parse_name(rc, a1 + 1, lim, &c2);
	/* fix87: a name cut at a particle ("Lula da Silva") is no one's */
	if (c2 >= 2 && rc_wl(rc, b1, NCG_WL_LOWER_NAME_PARTICLE) && b1 + 1 < lim && rc_cap(rc, b1 + 1))
		return NCG_OK;
	/* rules121: or two surnames alone in parentheses, a principal's
	 * aides in a list of those present ("General Decker, Chief,
	 * PROV/MAAG-K (Generals Gard and Griffing); ROK Defense Minister
	 * Kim") */
	if (c2 < 1 || ((c1 < 2 || c2 < 2) &&
	               !(c1 == 1 && c2 == 1 && one_word_pair(rc, i, a1, b1, lim)) &&
	               !(c1 == 1 && c2 == 1 && i > 0 && rc_punct(rc, i - 1, "(") &&
	                 rc_punct(rc, b1, ")"))))
		return NCG_OK;
	NCG_TRY(add_official(rc, s, i + 1, i + 1, n1, n1, &m));
	of_country(rc, m, n1, lim);
	NCG_TRY(add_official(rc, s, a1 + 1, a1 + 1, b1, b1, &m));
	if (c2 >= 2)
		b1 = of_country(rc, m, b1, lim);
	rc_claim(rc, i, i + 1, RC_CLAIM_NAME);
	return rc_end_at(next, b1);
}

/* The plural honorific at i, or after a rank at i (rank_before_plural),
 * and the officials it names; the rank claimed with them. */
static ncg_status
plural_honorific_officials(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	size_t p = rank_before_plural(rc, i, lim);

	NCG_TRY(plural_officials_at(rc, s, p, lim, next));
	if (*next && p > i)
		rc_claim(rc, i, p, RC_CLAIM_NAME);
	return NCG_OK;
}

/* rules36: does the sentence end at token g1 (its last token a full
 * stop, or nothing after it)? */
static int
sentence_end_at(const rc_ctx *rc, size_t g1, size_t lim)
{
	return g1 >= lim || (g1 + 1 == lim && rc_punct(rc, g1, "."));
}

/* rules335: "Minister of Foreign Affairs Kang, Kyung-wha visited ...": a
 * Korean surname (lex:koreanSurname) ending at n1, a comma, a romanised
 * Korean given name whose first syllable is no surname, then a
 * lower-case verb (no list's "and"/"or").  A list's next item opens on a
 * surname ("Secretary Blinken, Park-jin met"), so none reads this way;
 * rules338: but a surname that is also a given name's first syllable
 * (lex:lowerNameSyllable: "Vice Admiral Um, Hyun-seong to discuss")
 * may open the given name. */
static int
korean_given_then_verb(const rc_ctx *rc, size_t n1, size_t lim)
{
	const ncg_token *t = &rc->tok[n1 + 1];
	const char *w = rc->s + t->b;
	const char *h = memchr(w, '-', t->e - t->b);

	return n1 + 2 < lim && rc_korean_given_at(rc, n1 + 1) && h &&
	       ncg_lexicon_has_word(rc->lex, NCG_WL_KOREAN_SURNAME, rc->s + rc->tok[n1 - 1].b,
	                            rc->tok[n1 - 1].e - rc->tok[n1 - 1].b) &&
	       (!ncg_lexicon_has_word(rc->lex, NCG_WL_KOREAN_SURNAME, w, (size_t)(h - w)) ||
	        ncg_lexicon_has_word_ci(rc->lex, NCG_WL_LOWER_SYLLABLE, w, (size_t)(h - w))) &&
	       rc_lower(rc, n1 + 2) && !rc_is(rc, n1 + 2, "and") && !rc_is(rc, n1 + 2, "or");
}

/* "Gen. Jung, Seung Jo, Republic of Korea Chairman ...": a surname, a
 * comma, the given name (a hyphenated word or two words), and a title in
 * apposition after it; rules32: or, after a title or an honorific, a
 * lex:givenNameEnd ("Minister of National Defense Kim, Tae Young and
 * U.S. Secretary ...").  Returns the given name's end, or 0. */
static size_t
comma_given_name(const rc_ctx *rc, size_t n1, size_t lim)
{
	size_t g1, t0, t1;
	int count, hyphen = 0, closes;

	if (!rc_punct(rc, n1, ","))
		return 0;
	g1 = parse_name(rc, n1 + 1, lim, &count);
	for (size_t k = n1 + 1; k < g1; k++)
		hyphen |= memchr(rc->s + rc->tok[k].b, '-', rc->tok[k].e - rc->tok[k].b) != NULL;
	if (!((count == 1 && hyphen) || count == 2) || rc_apostrophe_s(rc, g1))
		return 0;
	if (appositive_title(rc, g1, lim, &t0, &t1))
		return g1;
	/* rules50: a hyphenated given name, a comma closing the apposition,
	 * then the sentence's verb ("..., Rear Adm. Chung, Jung-Soo, joined
	 * Rear Adm. ...") */
	closes = count == 1 && hyphen && rc_punct(rc, g1, ",") && g1 + 1 < lim &&
	         rc_lower(rc, g1 + 1);
	/* rules53: or a two-word given name so closed, then a lower-case
	 * word that is no list's "and"/"or" ("ROK Lt. Gen. Kim, Hyoung Soo,
	 * commander of ...", "Gen. Lee, Young Su, to the ...") */
	closes |= count == 2 && rc_punct(rc, g1, ",") && g1 + 1 < lim &&
	          rc_lower(rc, g1 + 1) && !rc_is(rc, g1 + 1, "and") && !rc_is(rc, g1 + 1, "or");
	/* another titled official after it, no list of names ("President
	 * Park, Jane Roe and John Doe"); rules36: or the sentence's end, no
	 * "and" to make a list ("... was led by Deputy Minister for Policy
	 * Lt. Gen. Kim, Sang Ki.") */
	closes |= count == 1 && korean_given_then_verb(rc, n1, lim);
	if (!closes && !sentence_end_at(rc, g1, lim) &&
	    (g1 + 1 >= lim || !rc_wl(rc, g1, NCG_WL_GIVEN_NAME_END) ||
	     !(rc_lower(rc, g1 + 1) || title_ish(rc, g1 + 1))))
		return 0;
	/* "Secretary Blinken, Vice Minister Cho and": no given name */
	for (size_t k = n1 + 1; k < g1; k++)
		if (rc_wl(rc, k, NCG_WL_TITLE_WORD) || rc_wl(rc, k, NCG_WL_TITLE_HEAD))
			return 0;
	return g1;
}

/* Name an official "Surname Given" from "Surname, Given". */
static ncg_status
rename_surname_given(rc_ctx *rc, ncg_mention *m, size_t s0, size_t s1, size_t g0,
                     size_t g1)
{
	const char *sur, *given;
	const ncg_lex_entry *le;

	NCG_TRY(rc_span(rc, s0, s1, &sur));
	NCG_TRY(rc_span(rc, g0, g1, &given));
	NCG_TRY(rc_printf(rc, &m->name, "%s %s", sur, given));
	le = ncg_lexicon_by_wording(rc->lex, NCG_LEX_OFFICIAL, m->name, strlen(m->name));
	m->lex = le;
	if (le)
		m->key = le->key;
	else
		NCG_TRY(rc_key(rc, "official", m->name, &m->key));
	return NCG_OK;
}

/* Does a passive cue of chairing or leading ("led by", "co-chaired by")
 * end just before token i?  Who leads a meeting or a delegation holds
 * an office. */
static int
after_role_cue(const rc_ctx *rc, size_t s0, size_t i)
{
	static const ncg_wordlist CUES[] = {
		NCG_WL_LEAD_PASSIVE, NCG_WL_CO_CHAIR_PASSIVE, NCG_WL_CHAIR_PASSIVE,
	};

	for (size_t a = i > s0 + 4 ? i - 4 : s0; a < i; a++)
		for (size_t k = 0; k < sizeof CUES / sizeof CUES[0]; k++)
			if (rc_wl_match(rc, a, i, CUES[k], 0) == i)
				return 1;
	return 0;
}

/* rules60: does a peer noun and a phrase after it end at the comma p
 * ("their counterpart from the Japanese prime minister's office, Yasuo
 * Takamura")?  The noun in lower case, a lex:nounPreposition after it,
 * then at most eight words, no comma or full stop among them. */
static int
peer_phrase_before(const rc_ctx *rc, size_t s0, size_t p)
{
	for (size_t j = p; j > s0 + 1 && j + 10 > p; j--) {
		size_t k = j - 1;

		if (rc_punct(rc, k, ",") || rc_punct(rc, k, ".") || rc_punct(rc, k, ";"))
			return 0;
		if (k < p - 1 && rc_wl(rc, k, NCG_WL_NOUN_PREPOSITION) && rc_lower(rc, k - 1) &&
		    rc_wl_ci(rc, k - 1, NCG_WL_PEER_NOUN))
			return 1;
	}
	return 0;
}

/* rules60: does a lex:principalVerb ("met", "met with", "welcomed") end
 * just before token i?  A romanised Korean name of two words there
 * ("The US envoy met Lee Do-hoon at Seoul's foreign ministry",
 * korean_name_at) is a person met in office, as Korean names are no
 * company's or ship's. */
static int
after_principal_verb(const rc_ctx *rc, size_t s0, size_t i)
{
	for (size_t a = i > s0 + 6 ? i - 6 : s0; a < i; a++)
		if (rc_lower(rc, a) && rc_wl_match(rc, a, i, NCG_WL_PRINCIPAL_VERB, 0) == i)
			return 1;
	return 0;
}

/* rules74: does a lex:principalVerb ("met with", "held talks with")
 * follow the name ending at n1 at once, in lower case ("Hong Seok-hyun
 * met with senior members of the U.S. Senate", KBS)?  A romanised Korean
 * name of two words as its subject (korean_name_at) is a person met in
 * office, as after the verb. */
static size_t
meets_principal(const rc_ctx *rc, size_t n1, size_t lim)
{
	return n1 < lim && rc_lower(rc, n1) ? rc_wl_match(rc, n1, lim, NCG_WL_PRINCIPAL_VERB, 0) : 0;
}

/* Does a peer noun ("counterpart") come just before token i, or before
 * a comma just before it?  The token after the noun, or 0. */
static size_t
after_peer_noun(const rc_ctx *rc, size_t s0, size_t i)
{
	size_t p = i > s0 && rc_punct(rc, i - 1, ",") ? i - 1 : i;

	/* rules14: or a dash or a colon ("his US and Japanese counterparts
	 * -- Stephen Biegun and ...") */
	if (p == i && i > s0 + 1 && rc_hyphen(rc, i - 1) && rc_hyphen(rc, i - 2) &&
	    rc_adjacent(rc, i - 1))
		p = i - 2;
	else if (p == i && i > s0 && (rc_punct(rc, i - 1, ":") ||
	                              rc_punct(rc, i - 1, "\xE2\x80\x94")))
		p = i - 1;
	/* rules22: or one dash with spaces round it, as a dash ("his U.S.
	 * and Japanese counterparts \u2013 Tarun Chhabra and ...") */
	else if (p == i && i > s0 + 1 && rc_hyphen(rc, i - 1) && !rc_adjacent(rc, i - 1) &&
	         !rc_adjacent(rc, i))
		p = i - 1;
	if (p > s0 && rc_lower(rc, p - 1) && rc_wl_ci(rc, p - 1, NCG_WL_PEER_NOUN))
		return p;
	return p < i && peer_phrase_before(rc, s0, p) ? p : 0;
}

/* rules30: the title a singular peer noun ending at p gives the name
 * after it, when a country's name or possessive comes right before the
 * noun ("his U.S. counterpart, Donna Welton", "the Republic of Korea's
 * counterpart"): the country and the noun, as titles are written.  Sets
 * [*t0, *t1) and returns 1, or returns 0. */
static int
peer_title(const rc_ctx *rc, size_t s0, size_t p, size_t *t0, size_t *t1)
{
	size_t n = p - 1, e;

	if (!p || rc->s[rc->tok[n].e - 1] == 's')
		return 0;
	for (size_t c = n > s0 + 5 ? n - 5 : s0; c < n; c++)
		if ((rc_country_prefix(rc, c, n, (const char *[2]){NULL, NULL}, &e) > 0 && e == n &&
		     !(c > s0 && rc_cap(rc, c - 1))) ||
		    (possessive_country_end(rc, c, n) == n && c < n)) {
			*t0 = c + rc_is(rc, c, "the");
			*t1 = p;
			return 1;
		}
	return 0;
}

/* rules10: is the name at i in a list in apposition to a plural noun of
 * parties ("The three defense ministers \u2014 Lloyd Austin, Shin Won-sik
 * and Kihara Minoru \u2014 condemned ..."): after the noun and a dash, a
 * colon or a comma, or after earlier names of the list? */
static int
in_party_list(const rc_ctx *rc, size_t s0, size_t i)
{
	size_t p = i;

	while (p > s0 + 1 && (rc_punct(rc, p - 1, ",") || rc_is(rc, p - 1, "and")) &&
	       rc_claimed(rc, p - 2, p - 1, RC_CLAIM_NAME)) {
		p--;
		while (p > s0 && rc_claimed(rc, p - 1, p, RC_CLAIM_NAME))
			p--;
	}
	return p > s0 + 1 &&
	       (rc_punct(rc, p - 1, "\xE2\x80\x94") || rc_punct(rc, p - 1, ":") ||
	        rc_punct(rc, p - 1, ",")) &&
	       rc_lower(rc, p - 2) && rc_wl(rc, p - 2, NCG_WL_PARTY_NOUN);
}

/* fix81: may the name at i (maybe after an honorific) be the subject of
 * comma_meets_official?  When it opens its sentence, or follows a comma
 * after capitalised words only -- a title, a country's possessive ("PAF
 * Acting Vice Commander, MGen. Aristotle D. Gonzalez,").  Not in
 * apposition to a common noun ("His wife, Tran Thi Nga,", "The ship's
 * captain, John Smith,"), nor after one ("rights activist Nguyen Van
 * Dai"). */
static int
official_subject_lead(const rc_ctx *rc, size_t s0, size_t i, size_t lim)
{
	size_t p = i, k;
	int office;

	for (k = i > s0 + 3 ? i - 3 : s0; k < i; k++)
		if (honorific_at(rc, k, lim, &office) == i) {
			p = k;
			break;
		}
	if (p == s0)
		return 1;
	if (p < s0 + 2 || !rc_punct(rc, p - 1, ","))
		return 0;
	for (k = s0; k < p - 1; k++) {
		if (rc_apostrophe_s(rc, k)) {
			k++;
			continue;
		}
		if (rc->tok[k].kind == NCG_TOK_WORD && !rc_cap(rc, k) &&
		    !rc_wl(rc, k, NCG_WL_TITLE_CONNECTOR))
			return 0;
	}
	return 1;
}

/* rules246: "PAF Acting Vice Commander, MGen. Aristotle D. Gonzalez, met
 * with US Air Force Chief of Staff, Gen. David W. Allvin" (Tribune): a
 * full name set off by a comma before the clause's principal verb
 * (clause_verb_after_name, lex:principalVerb) whose object holds a
 * capitalised title head within eight words is an official meeting one,
 * though the apposition gave no title. */
static int
comma_meets_official(const rc_ctx *rc, size_t s0, size_t i, size_t n1, size_t lim)
{
	size_t e, q;

	if (n1 + 1 >= lim || !rc_punct(rc, n1, ",") || !clause_verb_after_name(rc, n1 + 1, lim) ||
	    !official_subject_lead(rc, s0, i, lim) || !(e = meets_principal(rc, n1 + 1, lim)))
		return 0;
	for (q = e; q < lim && q < e + 8 && !rc_punct(rc, q, ",") && !rc_punct(rc, q, "."); q++)
		;
	return has_cap_title_head(rc, e, q);
}

/* rules22: does the name ending at n1 meet "his counterpart" (Yonhap,
 * Xinhua: "Kim Hong-kyun, who represents South Korea in the six-party
 * talks, met his visiting U.S. counterpart Joseph Yun"): maybe a
 * clause between commas, a lex:principalVerb, then a peer noun within
 * five words?  Counterparts hold offices alike. */
static int
meets_counterpart(const rc_ctx *rc, size_t n1, size_t lim)
{
	size_t k = n1, e;

	if (k < lim && rc_punct(rc, k, ",")) {
		k = appositive_end(rc, k + 1, lim);
		if (k >= lim || !rc_punct(rc, k, ","))
			return 0;
		k++;
	}
	if (!(e = rc_wl_match(rc, k, lim, NCG_WL_PRINCIPAL_VERB, 0)))
		return 0;
	for (size_t q = e; q < lim && q < e + 5; q++) {
		if (rc_punct(rc, q, ",") || rc_punct(rc, q, "."))
			return 0;
		if (rc_lower(rc, q) && rc_wl_ci(rc, q, NCG_WL_PEER_NOUN))
			return 1;
	}
	return 0;
}

/* rules60: the token of the parenthesis that closes the one at p,
 * within twenty words and with none opened or any sentence ended
 * inside; or 0. */
static size_t
paren_close(const rc_ctx *rc, size_t p, size_t lim)
{
	for (size_t j = p + 1; j < lim && j < p + 22; j++) {
		if (rc_punct(rc, j, ")"))
			return j > p + 1 ? j : 0;
		if (rc_punct(rc, j, "(") || rc_punct(rc, j, ".") || rc_punct(rc, j, ";") ||
		    (rc->tok[j].flags & NCG_TF_LINE))
			return 0;
	}
	return 0;
}

/* rules60: a title or a political party in parentheses right after a
 * bare name, as exchanges and programmes list who took part ("Na Kyung
 * Won (Head of Delegation)", "Julie Chung (Acting Deputy Assistant
 * Secretary for Japan, Bureau of East Asian and Pacific Affairs)",
 * "Hong Il Pyo (Liberty Korea Party)").  A title opens with a title's
 * word and has a capitalised head, its words capitalised, title words
 * or commas; a party is a body's name with a lex:partyHead word that
 * fills the parentheses ("Democratic Party of Korea").  Sets [*t0, *t1) to the title (empty for
 * a party) and returns 1, or returns 0. */
static int
paren_title(rc_ctx *rc, size_t n1, size_t lim, size_t *t0, size_t *t1)
{
	size_t c;
	const ncg_mention *b;

	if (!rc_punct(rc, n1, "(") || !(c = paren_close(rc, n1, lim)))
		return 0;
	b = rc_mention_at(rc, NCG_M_BODY, n1 + 1);
	if (b && b->t0 == n1 + 1 && b->t1 == c)
		for (size_t k = n1 + 1; k < c; k++)
			if (rc_wl(rc, k, NCG_WL_PARTY_HEAD)) {
				*t0 = *t1 = c;
				return 1;
			}
	if (!title_ish(rc, n1 + 1) || !has_cap_title_head(rc, n1 + 1, c))
		return 0;
	for (size_t k = n1 + 1; k < c; k++)
		if (!rc_cap(rc, k) && !rc_wl(rc, k, NCG_WL_TITLE_WORD) && !rc_punct(rc, k, ","))
			return 0;
	*t0 = n1 + 1;
	*t1 = c;
	return 1;
}

/* rules81: a listing's surname first, in capitals, at a line's start
 * and a comma before the name at i ("LEE, Young Joon, Deputy Foreign
 * Minister", a transcript's head): the name is the given name alone,
 * no person's whole name.  Not a dateline's place ("SEOUL, South
 * Korea"). */
static int
listed_surname_before(const rc_ctx *rc, size_t s0, size_t i)
{
	return i >= s0 + 2 && rc_punct(rc, i - 1, ",") && (rc->tok[i - 2].flags & NCG_TF_UPPER) &&
	       (rc->tok[i - 2].flags & NCG_TF_LINE) &&
	       !country_or_place_at(rc, i - 2, i - 1, ~0u, &(size_t){0});
}

/* rules94: a name [i, n1) after "by" with "of" [the] and a state's
 * body after it ("Report by John H. Holdridge of the National Security
 * Council Staff"): the author or agent, a person of a government body,
 * an official.  A body of no state (a think tank, a university) says
 * nothing, nor a unit's name ("Submarine Squadron One of the U.S.
 * Navy"). */
static int
by_name_of_state_body(rc_ctx *rc, size_t s0, size_t i, size_t n1, size_t lim)
{
	const ncg_mention *b;
	size_t k = n1 + 1;

	if (i <= s0 || !rc_is(rc, i - 1, "by") || n1 + 1 >= lim || !rc_is(rc, n1, "of"))
		return 0;
	for (size_t j = i; j < n1; j++)
		if (rc_wl(rc, j, NCG_WL_MILITARY_UNIT_HEAD) || rc_wl(rc, j, NCG_WL_BODY_HEAD))
			return 0;
	if (k < lim && rc_is(rc, k, "the"))
		k++;
	b = rc_mention_at(rc, NCG_M_BODY, k);
	return b && b->t0 == k && b->body.country[0];
}

static int line_opening(const rc_ctx *rc, size_t i);

/* fix61: is the body m, on a participant's line, a body of no state put
 * together from a head word after a place's name ("Reuters, Hanoi
 * Bureau", "Washington Bureau": a news agency's bureau in a city)?  A
 * body of the lexicon, of a known state, or named head first
 * ("Department of Language Services") is an office. */
static int
city_bureau(rc_ctx *rc, const ncg_mention *m)
{
	size_t end;

	return !m->lex && !m->body.country[0] &&
	       country_or_place_at(rc, m->t0, m->t1, ~0u, &end);
}

/* fix61: may the participant's line [a, b) (participant_line_title) say
 * the person's office?  No body on it is a city's bureau (city_bureau),
 * and each country named on it (no adjective: "North American Section")
 * outside the bodies' names is a country of the body ("Ministry of
 * National Defence, Vietnam" names no ROK body: no office, no country;
 * "Japanese Embassy" is one body). */
static int
participant_line_ok(rc_ctx *rc, size_t a, size_t b)
{
	const unsigned names = (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) | (1u << NCG_LEXW_ACRONYM);
	const ncg_mention *body = NULL, *m;

	for (size_t e = a; e < b; e++) {
		if ((m = rc_mention_at(rc, NCG_M_BODY, e)) != NULL && city_bureau(rc, m))
			return 0;
		if (m)
			body = m;
	}
	for (size_t e = a, end; e < b; e++) {
		const ncg_lex_wording *c = rc_lex_longest(rc, e, b, 1u << NCG_LEX_COUNTRY, names, &end);

		if (c && !rc_mention_at(rc, NCG_M_BODY, e) &&
		    (!body || !body->body.country[0] ||
		     (strcmp(c->entry->key, body->body.country[0]) != 0 &&
		      (!body->body.country[1] || strcmp(c->entry->key, body->body.country[1]) != 0))))
			return 0;
	}
	return 1;
}

/* rules206: a memorandum's list of participants, a bulleted line "Name,
 * OFFICE" where the office is a body's name or a title and the units it
 * is in ("John H. Holdridge, Senior Staff Member, NSC"; "James C.
 * Thomson, Jr., NSC"; "Makoto Watanabe, North American Section, North
 * American Bureau, Ministry of Foreign Affairs"): after the name ending
 * at n1 and a comma, capitalised words, joining words, commas and
 * asides in parentheses to the line's end, one word of a body's name
 * among them.  The person is an official; the rest of the line is the
 * title.  Sets [*t0, *t1). */
static int
participant_line_title(rc_ctx *rc, size_t i, size_t n1, size_t lim, size_t *t0,
                       size_t *t1)
{
	int body = 0;
	size_t e = n1 + 1;

	if (!line_opening(rc, i) || (rc->tok[i].flags & NCG_TF_LINE) || !rc_punct(rc, n1, ",") ||
	    e >= lim || !(rc_cap(rc, e) || (rc->tok[e].flags & NCG_TF_UPPER)))
		return 0;
	for (; e < lim && !(rc->tok[e].flags & NCG_TF_LINE); e++) {
		if (rc_punct(rc, e, "(")) {
			while (e < lim && !rc_punct(rc, e, ")") && !(rc->tok[e].flags & NCG_TF_LINE))
				e++;
			if (e >= lim || !rc_punct(rc, e, ")"))
				return 0;
			continue;
		}
		if (rc_claimed(rc, e, e + 1, RC_CLAIM_NAME))
			return 0;
		body |= rc_claimed(rc, e, e + 1, RC_CLAIM_BODY);
		if (!rc_punct(rc, e, ",") && !rc_cap(rc, e) && !(rc->tok[e].flags & NCG_TF_UPPER) &&
		    !rc_wl(rc, e, NCG_WL_ORG_CONNECTOR))
			return 0;
	}
	if (!body || rc_punct(rc, e - 1, ",") || !participant_line_ok(rc, n1 + 1, e))
		return 0;
	/* fix61: an aside in parentheses is the person's part in the
	 * meeting ("(Notetaker)", "(interpreter)"), no office: the title
	 * ends before it */
	for (*t1 = n1 + 1; *t1 < e && !rc_punct(rc, *t1, "("); (*t1)++)
		;
	while (*t1 > n1 + 1 && rc_punct(rc, *t1 - 1, ","))
		(*t1)--;
	*t0 = n1 + 1;
	return *t1 > *t0;
}

/* rules144: do an office's honorific and a full name follow a bare name
 * ending at n1 at once ("led by New Mexico Governor Bill Richardson")?
 * The run before them names the office's place, no person. */
static int
office_name_follows(const rc_ctx *rc, size_t n1, size_t lim)
{
	int office = 0, count = 0;
	size_t h = honorific_at(rc, n1, lim, &office);

	return office && h > n1 && parse_name(rc, h, lim, &count) > h && full_name_words(count);
}

/* rules343: where a lower-case diplomat's title goes on with its host
 * state, no comma, just before the name at i ("Australia's ambassador
 * to the US Kevin Rudd", "the special envoy to Japan ..."): the
 * lex:titleHostPreposition after a lex:titleToHead
 * (ncg_doc_title_host_at), a lexicon country's name or acronym from it
 * (after "the") to i; 0 when there is none. */
static size_t
host_before_name(const rc_ctx *rc, size_t s0, size_t i)
{
	const unsigned names = (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT) | (1u << NCG_LEXW_ACRONYM);

	for (size_t p = i > s0 + 6 ? i - 6 : s0 + 1; p + 1 < i; p++) {
		size_t q = p + 1 + rc_ieq(rc, p + 1, "the"), e;

		if (q < i && ncg_doc_title_host_at(rc->doc, rc->lex, p) && rc_lower(rc, p - 1) &&
		    rc_lex_longest(rc, q, i, 1u << NCG_LEX_COUNTRY, names, &e) && e == i)
			return p;
	}
	return 0;
}

/* fix167 (review134 3): is a lex:pastOfficeWord among tokens [a, b) or
 * just before a ("the former ambassador to Japan", "then-envoy")?
 * fix168 (review136 3): or before a country's prefix or possessive
 * before a ("the former U.S. ambassador to Japan"). */
static int
past_office_in(const rc_ctx *rc, size_t s0, size_t a, size_t b)
{
	size_t p = country_prefix_before(rc, s0, possessive_before(rc, s0, a, 0));

	if (p < a && p > s0 && rc_wl_ci(rc, p - 1, NCG_WL_PAST_OFFICE_WORD))
		return 1;
	for (size_t q = a > s0 ? a - 1 : a; q < b; q++)
		if (rc_wl_ci(rc, q, NCG_WL_PAST_OFFICE_WORD))
			return 1;
	return 0;
}

/* fix167 (review134 6): does a lex:speechVerb just after the name
 * (ending at n1) end the sentence ("He was appointed ambassador to China
 * Xi Jinping said.": a comma left out before the speaker)?  fix168
 * (review136 2): or its clause, with no object after it: a comma, or a
 * day ("said on Tuesday", "said today"). */
static int
speech_verb_ends(const rc_ctx *rc, size_t n1, size_t lim)
{
	size_t d = n1 + 1 + (n1 + 2 < lim && rc_is(rc, n1 + 1, "on"));

	if (n1 >= lim || !rc_wl_ci(rc, n1, NCG_WL_SPEECH_VERB))
		return 0;
	return n1 + 1 >= lim || rc_punct(rc, n1 + 1, ".") || rc_punct(rc, n1 + 1, ",") ||
	       rc_weekday_at(rc, d) || rc_month_at(rc, d) ||
	       rc_wl_match(rc, n1 + 1, lim, NCG_WL_SAME_DAY, 1) > n1 + 1 ||
	       rc_wl_match(rc, n1 + 1, lim, NCG_WL_DAY_BEFORE, 1) > n1 + 1;
}

/* rules343: that title (host_before_name), with a possessive state
 * before it, [*t0, *t1), for the name [i, n1).  fix167 (review134 3, 6):
 * none after a lex:pastOfficeWord (a former holder holds no office now),
 * nor before a speech verb that ends the sentence (speech_verb_ends). */
static int
host_title_before(const rc_ctx *rc, size_t s0, size_t i, size_t n1, size_t lim, size_t *t0,
                  size_t *t1)
{
	size_t p = host_before_name(rc, s0, i);

	if (!p || !lower_title_before(rc, s0, p, t0) || past_office_in(rc, s0, *t0, p) ||
	    speech_verb_ends(rc, n1, lim))
		return 0;
	*t0 = possessive_before(rc, s0, *t0, 0);
	*t1 = i;
	return 1;
}

/* fix170 (review137 8): is an office's abbreviation after a past office's
 * word right before token i ("the former Australian PM Kevin Rudd";
 * past_office_in)? */
static int
past_abbreviation_before(const rc_ctx *rc, size_t s0, size_t i)
{
	return i > s0 + 1 && rc_wl(rc, i - 1, NCG_WL_OFFICE_ABBREVIATION) && past_office_in(rc, s0, i - 1, i);
}

/* fix170 (review137 7, 8): is the name [i, n1) an official's whose
 * title before it is none of his: after a host's title and before a
 * speech verb that ends its clause ("U.S. ambassador to Japan Rahm
 * Emanuel said on Tuesday that ...": the speaker, the title maybe
 * another's; speech_verb_ends), or after a past office's word and an
 * office's abbreviation ("The former Australian PM Kevin Rudd met
 * ...": no office held now; past_office_in)?  The person stays, with no
 * title. */
static int
untitled_holder(const rc_ctx *rc, size_t s0, size_t i, size_t n1, size_t lim)
{
	return (host_before_name(rc, s0, i) && speech_verb_ends(rc, n1, lim)) || past_abbreviation_before(rc, s0, i);
}

/* A name with no honorific at token i: an official's with a title in
 * apposition ("Kim Tae-hyo, Principal Deputy National Security
 * Advisor") or before it; or with no title, after a peer noun or a cue
 * of leading ("his South Korean counterpart, Yoon Suk-yeol,", "The U.S.
 * side was led by John Noh"). */
static ncg_status
bare_name_official(rc_ctx *rc, uint32_t s, size_t i, size_t s0, size_t lim, size_t *next)
{
	int count;
	size_t n1 = parse_name(rc, i, lim, &count), end, t0, t1;
	ncg_mention *m;

	*next = 0;
	if (!full_name_words(count) ||
	    rc_lex_longest(rc, i, n1, ~(1u << NCG_LEX_OFFICIAL), ~0u, &end) ||
	    office_name_follows(rc, n1, lim))
		return NCG_OK;
	if (listed_surname_before(rc, s0, i)) {
		rc_claim(rc, i, n1, RC_CLAIM_NAME);
		return rc_end_at(next, n1);
	}
	/* rules343: a capitalised run before a lower-case title head that
	 * ends its phrase names the office's unit, no holder ("the mayor,
	 * Yongsan Garrison commander, and the police chief").  fix167
	 * (review134 8): only a run with a unit's or a site's word
	 * (unit_word_at): "Kevin Smith director, at the base" is a person */
	if (n1 + 1 < lim && rc_lower(rc, n1) && lower_head_ci(rc, n1) &&
	    (rc_punct(rc, n1 + 1, ",") || rc_punct(rc, n1 + 1, ".") || rc_is(rc, n1 + 1, "and")) &&
	    unit_word_in(rc, i, n1))
		return NCG_OK;
	/* names of two or three words: "alumni Mansfield Fellow Andrew
	 * Winternitz (Principal Deputy ...)" reads as one of four */
	if (count <= 3 && paren_title(rc, n1, lim, &t0, &t1)) {
		NCG_TRY(add_official(rc, s, i, i, n1, n1, &m));
		if (t1 > t0)
			NCG_TRY(read_title(rc, m, t0, t1));
		return rc_end_at(next, n1);
	}
	if (appositive_title(rc, n1, lim, &t0, &t1) || participant_line_title(rc, i, n1, lim, &t0, &t1) ||
	    comma_title_before(rc, s0, i, &t0, &t1) ||
	    (lower_title_before(rc, s0, i, &t0) && (t1 = i) > 0) ||
	    lower_comma_title_before(rc, s0, i, n1, &t0, &t1) ||
	    host_title_before(rc, s0, i, n1, lim, &t0, &t1) || duties_title(rc, n1, lim, &t0, &t1)) {
		NCG_TRY(add_official(rc, s, i, i, n1, n1, &m));
		NCG_TRY(read_title(rc, m, t0, t1));
		return rc_end_at(next, n1);
	}
	if (peer_title(rc, s0, after_peer_noun(rc, s0, i), &t0, &t1)) {
		NCG_TRY(add_official(rc, s, i, i, n1, n1, &m));
		NCG_TRY(read_title(rc, m, t0, t1));
		return rc_end_at(next, n1);
	}
	if (after_peer_noun(rc, s0, i) || after_role_cue(rc, s0, i) || in_party_list(rc, s0, i) ||
	    meets_counterpart(rc, n1, lim) || comma_meets_official(rc, s0, i, n1, lim) ||
	    by_name_of_state_body(rc, s0, i, n1, lim) || untitled_holder(rc, s0, i, n1, lim) ||
	    (count == 2 && rc_korean_name_at(rc, i, lim) &&
	     (after_principal_verb(rc, s0, i) || meets_principal(rc, n1, lim))) ||
	    (i > s0 + 1 && rc_is(rc, i - 1, "and") && rc_mention_at(rc, NCG_M_OFFICIAL, i - 2))) {
		NCG_TRY(add_official(rc, s, i, i, n1, n1, &m));
		return rc_end_at(next, n1);
	}
	return NCG_OK;
}

/* rules16: does a document's name go on at n1, after an honorific and a
 * name ("the 2016 General Security of Military Information Agreement"):
 * "of", then capitalised words and their joining words up to a
 * lex:documentHead?  The honorific is an adjective of the title, no
 * rank; the name no person's. */
static int
document_name_follows(const rc_ctx *rc, size_t n1, size_t lim)
{
	if (n1 + 1 >= lim || !rc_is(rc, n1, "of"))
		return 0;
	for (size_t k = n1 + 1; k < lim && k < n1 + 12; k++) {
		if (rc_cap(rc, k) && rc_wl(rc, k, NCG_WL_DOCUMENT_HEAD))
			return 1;
		if (!rc_cap(rc, k) && !rc_wl(rc, k, NCG_WL_ORG_CONNECTOR))
			return 0;
	}
	return 0;
}

/* rules19: a surname written in capitals ("YU" of a speaker label "FOREIGN
 * MINISTER YU:") as a name is written in running text, "Yu", so that it
 * joins the full name the transcript gives ("Yu Myung-hwan"); each part
 * of a hyphenated word alike. */
static ncg_status
capitalised_name(rc_ctx *rc, ncg_mention *m)
{
	char *w;
	size_t n = strlen(m->name);

	w = ncg_arena_alloc(rc->arena, n + 1);
	if (!w)
		return NCG_ERR_NOMEM;
	for (size_t k = 0; k <= n; k++) {
		unsigned char c = (unsigned char)m->name[k];

		w[k] = (char)(k == 0 || m->name[k - 1] == '-' || m->name[k - 1] == ' '
		              ? c : tolower(c));
	}
	m->name = w;
	return NCG_OK;
}

/* Is token i a word in capitals that the lexicon does not name and no
 * title word is (in any case): a word of a name in a speaker label? */
static int
label_name_word(const rc_ctx *rc, size_t i)
{
	return i < rc->ntok && rc->tok[i].kind == NCG_TOK_WORD &&
	       (rc->tok[i].flags & NCG_TF_UPPER) && !(rc->tok[i].flags & NCG_TF_DOTTED) &&
	       !rc_wl_ci(rc, i, NCG_WL_TITLE_WORD) && !title_head_any(rc, i, 1) &&
	       !rc_wl_ci(rc, i, NCG_WL_TITLE_CONNECTOR) && !rc_wl_ci(rc, i, NCG_WL_NAME_SUFFIX) &&
	       !rc_lex_longest(rc, i, i + 1, ~0u, ~0u, &(size_t){0});
}

/* rules34: a surname in capitals after a given name in a speaker label:
 * a label's name word, or one that is only an acronym of the lexicon
 * ("SECRETARY OF STATE JAMES DOE:", DOE the Department of Energy's). */
static int
label_surname_word(const rc_ctx *rc, size_t i)
{
	size_t e;

	if (label_name_word(rc, i))
		return 1;
	return i < rc->ntok && rc->tok[i].kind == NCG_TOK_WORD &&
	       (rc->tok[i].flags & NCG_TF_UPPER) && !(rc->tok[i].flags & NCG_TF_DOTTED) &&
	       !rc_wl_ci(rc, i, NCG_WL_TITLE_WORD) && !title_head_any(rc, i, 1) &&
	       !rc_wl_ci(rc, i, NCG_WL_NAME_SUFFIX) &&
	       !rc_lex_longest(rc, i, i + 1, ~0u, ~(1u << NCG_LEXW_ACRONYM), &e);
}

/* rules60: past an aside in parentheses of one to four words between a
 * speaker label's name and its colon, as transcripts mark interpreted
 * remarks ("ROK MINISTER OF NATIONAL DEFENSE JEONG KYEONG-DOO (THROUGH
 * TRANSLATOR):"): the token after it, or k when there is none. */
static size_t
label_aside_end(const rc_ctx *rc, size_t k, size_t lim)
{
	if (!rc_punct(rc, k, "("))
		return k;
	for (size_t j = k + 1; j < lim && j < k + 6; j++) {
		if (rc_punct(rc, j, ")"))
			return j > k + 1 ? j + 1 : k;
		if (rc->tok[j].kind != NCG_TOK_WORD)
			return k;
	}
	return k;
}

/* rules22: the name in a speaker label after the office and the rest of
 * its title in capitals ("SECRETARY OF DEFENSE JAMES N. MATTIS:",
 * "SECRETARY OF DEFENSE LLOYD AUSTIN:", as DoD transcripts head a
 * speaker): title words (any case) from h, then a surname alone, or a
 * given name, initials and a surname, maybe a suffix ("III"), then a
 * colon.  Returns the name's start, its end in *n1 and the colon in *c;
 * 0 when the label is not so. */
static size_t
label_name(const rc_ctx *rc, size_t h, size_t lim, size_t *n1, size_t *c)
{
	size_t k = h, g;

	while (k < lim && k < h + 8 && (rc->tok[k].flags & NCG_TF_UPPER) &&
	       (rc_wl_ci(rc, k, NCG_WL_TITLE_WORD) || title_head_any(rc, k, 1) ||
	        rc_wl_ci(rc, k, NCG_WL_TITLE_CONNECTOR)))
		k++;
	if (!label_name_word(rc, g = k))
		return 0;
	for (k = g + 1; k < lim && (rc->tok[k].flags & NCG_TF_DOTTED) &&
	                initials(rc->s + rc->tok[k].b, rc->tok[k].e - rc->tok[k].b); k++)
		;
	if (k > g + 1 && !label_surname_word(rc, k))
		return 0;
	if (label_surname_word(rc, k))
		k++;
	*n1 = k;
	if (k < lim && rc_wl_ci(rc, k, NCG_WL_NAME_SUFFIX))
		k++;
	k = label_aside_end(rc, k, lim);
	if (k >= lim || !rc_punct(rc, k, ":"))
		return 0;
	*c = k;
	return g;
}

/* rules16: a transcript's speaker label, all in capitals ("SECRETARY
 * BLINKEN: Well, good afternoon"): an honorific (any case), one word in
 * capitals that is no lexicon name, then a colon; or (rules22) the rest
 * of a title and a full name before the colon (label_name).  An official
 * under that name; sets *next past it, or to 0. */
static ncg_status
speaker_label_official(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	size_t c, o, h, n0, n1;
	ncg_mention *m;

	*next = 0;
	if (!(rc->tok[i].flags & NCG_TF_UPPER))
		return NCG_OK;
	c = rc_wl_match(rc, i, lim, NCG_WL_COURTESY, 0);
	o = rc_wl_match(rc, i, lim, NCG_WL_OFFICE, 0);
	/* rules260: a rank alone that is an adjective is no speaker's
	 * ("SUBJECT: MAJOR PROJECT: SECOND ESS PROJECT", a telegram's);
	 * fix95: only after a cable's header key, a transcript's "MAJOR
	 * JONES: Good afternoon" names its speaker */
	if (o == i + 1 && rc_wl_ci(rc, i, NCG_WL_ADJECTIVE_RANK) && i >= 2 &&
	    rc_punct(rc, i - 1, ":") && rc_wl_ci(rc, i - 2, NCG_WL_CABLE_HEADER_KEY))
		o = 0;
	h = o > c ? o : c;
	if (h <= i || h + 1 >= lim || !(rc->tok[h].flags & NCG_TF_UPPER))
		return NCG_OK;
	if (rc->tok[h].kind == NCG_TOK_WORD && rc_punct(rc, label_aside_end(rc, h + 1, lim), ":") &&
	    !rc_lex_longest(rc, h, h + 1, ~0u, ~0u, &(size_t){0})) {
		n0 = h;
		n1 = h + 1;
		c = label_aside_end(rc, h + 1, lim);
	} else if (!(n0 = label_name(rc, h, lim, &n1, &c)))
		return NCG_OK;
	NCG_TRY(add_official(rc, s, i, n0, n1, c, &m));
	NCG_TRY(capitalised_name(rc, m));
	return rc_end_at(next, c);
}

/* rules60: is token a part of an office's acronym in a cable ("CDA",
 * "A/POL": capitals and slashes)? */
static int
office_acronym_part(const rc_ctx *rc, size_t a)
{
	const ncg_token *t = &rc->tok[a];

	if (rc_punct(rc, a, "/"))
		return 1;
	if (t->kind != NCG_TOK_WORD || (t->flags & NCG_TF_DOTTED))
		return 0;
	/* one capital letter before a slash: "A" of "A/POL" */
	return (t->flags & NCG_TF_UPPER) ||
	       (t->e - t->b == 1 && (t->flags & NCG_TF_CAP) && rc_punct(rc, a + 1, "/") &&
	        rc_adjacent(rc, a + 1));
}

/* rules62: write m's name in capitals as a name is written ("ALEXANDER
 * VERSHBOW" as "Alexander Vershbow"), so that its surname stands for it
 * elsewhere ("Ambassador Vershbow"); its key follows. */
static ncg_status
title_case_name(rc_ctx *rc, ncg_mention *m)
{
	size_t n = strlen(m->name);
	char *p = ncg_arena_alloc(rc->arena, n + 1);

	if (!p)
		return NCG_ERR_NOMEM;
	for (size_t i = 0; i <= n; i++)
		p[i] = i > 0 && m->name[i - 1] != ' ' && m->name[i] >= 'A' && m->name[i] <= 'Z'
		               ? (char)(m->name[i] - 'A' + 'a') : m->name[i];
	m->name = p;
	return m->lex ? NCG_OK : rc_key(rc, "official", m->name, &m->key);
}

/* rules62: a name in capitals after an honorific on a cable's
 * classification line ("Classified By: AMB. ALEXANDER VERSHBOW.
 * REASONS 1.4"): two to four words in capitals, none the lexicon knows,
 * then a full stop or a comma.  An official.  Sets *next past the name,
 * or leaves it 0. */
static ncg_status
upper_name_after_honorific(rc_ctx *rc, uint32_t s, size_t a, size_t lim, size_t *next)
{
	size_t h = honorific_at(rc, a, lim, &(int){0}), k = h;
	ncg_mention *m;

	while (k < lim && k < h + 4 && rc->tok[k].kind == NCG_TOK_WORD &&
	       (rc->tok[k].flags & NCG_TF_UPPER) && !(rc->tok[k].flags & NCG_TF_DOTTED) &&
	       rc->tok[k].e - rc->tok[k].b >= 2 &&
	       !rc_lex_longest(rc, k, k + 1, ~0u, ~0u, &(size_t){0}))
		k++;
	if (k < h + 2 || (k < lim && !rc_punct(rc, k, ".") && !rc_punct(rc, k, ",")))
		return NCG_OK;
	NCG_TRY(add_official(rc, s, a, h, k, k, &m));
	NCG_TRY(title_case_name(rc, m));
	return rc_end_at(next, k);
}

/* rules60: a diplomatic cable's classification line ("Classified By:
 * A/POL Brian D. McFeeters. Reasons 1.4 (b,d)", "Classified By:
 * Classified by CDA Bill Stanton."): at a line's start a
 * lex:classifierCue (maybe twice, over a colon), an office's acronym or
 * none, then a full name that ends at a full stop or a comma.  An
 * official, the acronym its title; a name after an honorific ("Amb.
 * Alexander Vershbow") is left to official_at.  Sets *next past the
 * name, or to 0. */
static ncg_status
classified_by_official(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	size_t e, a, n1, t0, t1;
	int count;
	ncg_mention *m;

	*next = 0;
	if (!(rc->tok[i].flags & NCG_TF_LINE) ||
	    !(e = rc_wl_match(rc, i, lim, NCG_WL_CLASSIFIER_CUE, 0)))
		return NCG_OK;
	e += rc_punct(rc, e, ":");
	if ((a = rc_wl_match(rc, e, lim, NCG_WL_CLASSIFIER_CUE, 0)))
		e = a + rc_punct(rc, a, ":");
	for (a = e; a < lim && a < e + 4 && office_acronym_part(rc, a) &&
	            (a == e || rc_adjacent(rc, a));
	     a++)
		;
	if (a < lim && honorific_at(rc, a, lim, &(int){0}) > a)
		return upper_name_after_honorific(rc, s, a, lim, next);
	n1 = parse_name(rc, a, lim, &count);
	if (!full_name_words(count) || (n1 < lim && !rc_punct(rc, n1, ".") && !rc_punct(rc, n1, ",")))
		return NCG_OK;
	NCG_TRY(add_official(rc, s, a, a, n1, n1, &m));
	if (a > e)
		NCG_TRY(read_title(rc, m, e, a));
	else if (appositive_title(rc, n1, lim, &t0, &t1))  /* "James P. Zumwalt, Charge d'Affaires" */
		NCG_TRY(read_title(rc, m, t0, t1));
	return rc_end_at(next, n1);
}

/* rules154: a telegram's line for its reader, then its sender
 * (lex:telegramSenderCue: "176021. For the Ambassador from Alexis
 * Johnson.", FRUS): a full name after the cue, ending at a full stop, is
 * the sending official's.  Sets *next past the name, or to 0. */
static ncg_status
telegram_sender_official(rc_ctx *rc, uint32_t s, size_t i, size_t lim, size_t *next)
{
	size_t e, n1;
	int count;
	ncg_mention *m;

	*next = 0;
	if (!(e = rc_wl_match(rc, i, lim, NCG_WL_TELEGRAM_SENDER_CUE, 1)))
		return NCG_OK;
	n1 = parse_name(rc, e, lim, &count);
	if (!full_name_words(count) || n1 >= lim || !rc_punct(rc, n1, "."))
		return NCG_OK;
	NCG_TRY(add_official(rc, s, e, e, n1, n1, &m));
	return rc_end_at(next, n1);
}

/* rules60: is the name at i, after a courtesy honorific, in a list in
 * apposition to a plural noun of private persons ("the two Korean
 * girls, Ms. Shim [Shim Mi-Son] and Ms. Shin [Shin Hyon-Sun], who were
 * killed")?  Back over names, brackets, courtesy words, commas and
 * "and" to a comma after a lex:privatePersonNoun.  Such people hold no
 * office. */
static int
private_list_member(const rc_ctx *rc, size_t s0, size_t i)
{
	for (size_t t = i; t > s0 + 1 && t + 30 > i; t--) {
		size_t k = t - 1;

		if (rc_punct(rc, k, ",") && rc_lower(rc, k - 1) &&
		    rc_wl_ci(rc, k - 1, NCG_WL_PRIVATE_PERSON_NOUN))
			return 1;
		if (!rc_cap(rc, k) && !rc_punct(rc, k, ",") && !rc_punct(rc, k, "[") &&
		    !rc_punct(rc, k, "]") && !rc_hyphen(rc, k) && !rc_is(rc, k, "and"))
			return 0;
	}
	return 0;
}

/* review50: are the words [t0, t1) right before an office's honorific
 * [i, h) its modifiers alone, capitalised lex:titleWord words ("Deputy
 * Chief Cabinet Secretary Abe", "Acting Foreign Minister Abe"; not an
 * office of its own, "Minister for Defence Senator Ann Dale")?  They and the
 * honorific are the title, not the modifiers alone. */
static int
office_modifier_only(const rc_ctx *rc, size_t t0, size_t t1, size_t i, size_t h, int office)
{
	if (!office || t1 != i || rc_wl_match(rc, i, h, NCG_WL_MILITARY_RANK, 1) == h)
		return 0;
	for (size_t k = t0; k < t1; k++)
		if (!rc_cap(rc, k) || !rc_wl(rc, k, NCG_WL_TITLE_WORD))
			return 0;
	return t0 < t1;
}

/* rules206: is the title [t0, t1) before a comma and an office's
 * honorific [i, h) an office's honorific itself, whole ("The President,
 * Prime Minister Sato, Mr. Shimanouchi (interpreter) and Mr. Wickel
 * joined ...", a memcon)?  Then it is another person of a list, no title
 * of this one, who holds the office the honorific names.  Not before a
 * rank ("Commander, U.S. Forces Korea, General ..."); fix61: and only
 * when the list goes on after the name ending at `end` ("and", or a
 * comma and "and" or another capitalised name or honorific): "The
 * Chairman, Senator J. William Fulbright, joined them", the name closed
 * by a comma and a verb, is an apposition, one person. */
static int
office_before_office(const rc_ctx *rc, size_t t0, size_t t1, size_t i, size_t h, size_t end,
                     size_t lim, int office)
{
	int other = 0;

	if (!(end < lim && rc_wl(rc, end, NCG_WL_PAIR_CONJUNCTION)) &&
	    !(end + 1 < lim && rc_punct(rc, end, ",") &&
	      (rc_wl(rc, end + 1, NCG_WL_PAIR_CONJUNCTION) || rc_cap(rc, end + 1))))
		return 0;
	return office && rc_wl_match(rc, i, h, NCG_WL_MILITARY_RANK, 1) != h &&
	       honorific_at(rc, t0, t1, &other) == t1 && other;
}

/* The title of official m, named after the honorific [i, h) with the
 * name ending at `end`: an apposition after the name, a title between
 * commas before it, a title written before it, or the honorific itself
 * when it is an office (a rank is an honorific, no title: rules10). */
static ncg_status
honorific_official_title(rc_ctx *rc, ncg_mention *m, size_t s0, size_t i, size_t h,
                         size_t end, size_t lim, int office)
{
	size_t t0, t1;

	if (appositive_title(rc, end, lim, &t0, &t1) ||
	    (comma_title_before(rc, s0, i, &t0, &t1) && !office_before_office(rc, t0, t1, i, h, end, lim, office)))
		return read_title(rc, m, t0, t1);
	if (preposed_title(rc, s0, i, &t0, &t1) ||
	    preposed_title(rc, s0, service_before(rc, s0, i), &t0, &t1))
		return read_title(rc, m, t0, office_modifier_only(rc, t0, t1, i, h, office) ? h : t1);
	if (office && rc_wl_match(rc, i, h, NCG_WL_MILITARY_RANK, 1) != h) {
		m->official.title = m->official.honorific;
		m->official.title_t0 = (uint32_t)i;
		m->official.title_t1 = (uint32_t)h;
		/* rules324: "Thailand's Foreign Minister Parnpree ..." */
		return possessive_title_start(rc, m, s0, i, h);
	}
	return NCG_OK;
}

/* May official_at find an official at token i < ntok?  Not at a word
 * neither capitalised nor in capitals that can start no courtesy, office
 * or classifier cue (rc->wls): every reading there needs one of them
 * (speed only: most tokens are such words). */
static int
official_may_start(const rc_ctx *rc, size_t i)
{
	return !rc->wls || rc_cap(rc, i) || (rc->tok[i].flags & NCG_TF_UPPER) ||
	       ncg_wl_in(rc->wls[i], NCG_WL_COURTESY) || ncg_wl_in(rc->wls[i], NCG_WL_OFFICE) ||
	       ncg_wl_in(rc->wls[i], NCG_WL_CLASSIFIER_CUE) || lower_plural_office(rc, i);
}

/* rules144: is the one-word honorific [i, h) a rank's abbreviation
 * without its period ("Gen", the rank "Gen.") right after a civil
 * title's head ("Japanese Defense Minister Gen Nakatani talked")?  No
 * rank stacked on the title: the holder's given name.  Where the
 * surname after it ends, or 0. */
static size_t
given_name_as_rank(const rc_ctx *rc, size_t i, size_t h, size_t lim)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b, n1;
	char abbr[8];
	int count = 0;

	/* fixF: a civil office's head only ("USFK Commander Gen Paul
	 * LaCamera" keeps its rank), one name word after it */
	if (h != i + 1 || i == 0 || n + 1 >= sizeof abbr || w[n - 1] == '.' || !rc_cap(rc, i) ||
	    (rc->tok[i].flags & (NCG_TF_UPPER | NCG_TF_DOTTED)) || !title_head(rc, i - 1) ||
	    !rc_wl(rc, i - 1, NCG_WL_CIVIL_TITLE_HEAD) || rc_wl(rc, i - 1, NCG_WL_MILITARY_RANK))
		return 0;
	if ((n1 = parse_name(rc, h, lim, &count)) <= h || count != 1)
		return 0;
	memcpy(abbr, w, n);
	abbr[n] = '.';
	return ncg_lexicon_has_word(rc->lex, NCG_WL_MILITARY_RANK, abbr, n + 1) ? n1 : 0;
}

/* rules144: the official named given_name_as_rank at i, a surname
 * alone after it ending at n1, the title before it */
static ncg_status
rank_given_name_official(rc_ctx *rc, uint32_t s, size_t i, size_t n1, size_t s0, size_t *next)
{
	size_t t0, t1;
	ncg_mention *m;

	NCG_TRY(add_official(rc, s, i, i, n1, n1, &m));
	if (preposed_title(rc, s0, i, &t0, &t1))
		NCG_TRY(read_title(rc, m, t0, t1));
	return rc_end_at(next, n1);
}

/* fix83 (review81): is the "Xx-yy" word at k a Korean district's name,
 * its part after the hyphen a lex:koreanPlaceSuffix ("Nam-gu",
 * "Suwon-si"), or a lexicon place after it and a comma ("Jung-gu,
 * Daegu")?  No given name. */
static int
korean_place_word(const rc_ctx *rc, size_t k, size_t lim)
{
	const char *w = rc->s + rc->tok[k].b, *h;
	size_t n = rc->tok[k].e - rc->tok[k].b, pe;

	h = memchr(w, '-', n);
	if (h && ncg_lexicon_has_word_ci(rc->lex, NCG_WL_KOREAN_PLACE_SUFFIX, h + 1,
	                                 n - (size_t)(h - w) - 1))
		return 1;
	return k + 2 < lim && rc_punct(rc, k + 1, ",") &&
	       rc_lex_longest(rc, k + 2, lim, 1u << NCG_LEX_PLACE,
	                      (1u << NCG_LEXW_LABEL) | (1u << NCG_LEXW_ALT), &pe);
}

/* rules249: a romanised Korean given name between commas after a surname
 * ending at n1 ("Mr. Lim, Byong-hoen, Nam-gu Mayor"): no title's word
 * ("Co-chair"), no district's name (fix83: "Mr. Kim, Jung-gu, Daegu").
 * Returns the given name's end, or 0. */
static size_t
korean_comma_given(const rc_ctx *rc, size_t n1, size_t lim)
{
	if (n1 + 2 >= lim || !rc_punct(rc, n1, ",") || !rc_korean_given_at(rc, n1 + 1) ||
	    !rc_punct(rc, n1 + 2, ",") || rc_wl(rc, n1 + 1, NCG_WL_TITLE_WORD) ||
	    title_head_ci(rc, n1 + 1) || korean_place_word(rc, n1 + 1, lim))
		return 0;
	return n1 + 2;
}

/* rules249: the title in apposition after a list item "Surname,
 * Given-name," ending at g1: its own words up to the next comma, "and"
 * or the sentence's end, a title's head last ("Nam-gu Council chairman",
 * "Nam-gu Mayor"), never a title of the item before it. */
static int
korean_item_title(const rc_ctx *rc, size_t g1, size_t lim, size_t *t0, size_t *t1)
{
	size_t e;

	if (appositive_title(rc, g1, lim, t0, t1))
		return 1;
	for (e = g1 + 1; e < lim && e < g1 + 6 && rc->tok[e].kind == NCG_TOK_WORD &&
	                 !rc_wl(rc, e, NCG_WL_PAIR_CONJUNCTION);
	     e++)
		;
	if (e == g1 + 1 || !title_head_ci(rc, e - 1) || (e < lim && !rc_punct(rc, e, ",") &&
	                                                 !rc_punct(rc, e, ".") && !rc_wl(rc, e, NCG_WL_PAIR_CONJUNCTION)))
		return 0;
	*t0 = g1 + 1;
	*t1 = e;
	return 1;
}

/* rules249: official m named "Surname, Given-name" at [n0, g1) (the
 * honorific or the item from a0): "Surname Given-name", its own title. */
static ncg_status
korean_comma_official(rc_ctx *rc, uint32_t s, size_t a0, size_t n0, size_t g1, size_t lim,
                      size_t *next)
{
	ncg_mention *m;
	size_t t0, t1;

	NCG_TRY(add_official(rc, s, a0, n0, n0 + 1, g1, &m));
	NCG_TRY(rename_surname_given(rc, m, n0, n0 + 1, n0 + 2, g1));
	if (korean_item_title(rc, g1, lim, &t0, &t1))
		NCG_TRY(read_title(rc, m, t0, t1));
	return rc_end_at(next, g1);
}

/* fix83 (review81): does a read list item "Surname, Given-name," end
 * right before the bare item at i, after a comma or ", and", maybe with
 * its title of up to five words between ("..., Mr. Suh, Sok-man, Nam-gu
 * Council chairman, Pak, Il-hwan, ...")? */
static int
korean_item_before(const rc_ctx *rc, size_t s0, size_t i)
{
	size_t k = i - 1 - (size_t)rc_wl(rc, i - 1, NCG_WL_PAIR_CONJUNCTION), c = k;

	if (k <= s0 + 1 || !rc_punct(rc, k, ","))
		return 0;
	if (!(rc_korean_given_at(rc, k - 1) && rc_punct(rc, k - 2, ",")))
		for (c = k - 1; c > s0 && c + 6 > k && rc->tok[c].kind == NCG_TOK_WORD; c--)
			;
	return c > s0 + 1 && c + 6 > k && rc_punct(rc, c, ",") && rc_korean_given_at(rc, c - 1) &&
	       rc_claimed(rc, c - 1, c, RC_CLAIM_NAME);
}

/* rules249: a bare "Pak, Il-hwan," at i in a list ("..., Mr. Suh,
 * Sok-man, Nam-gu Council chairman, Pak, Il-hwan, Daegu city councilman,
 * and Pak, Woo-geun, ..."): after a comma or "and", a Korean surname
 * (lex:koreanSurname; no place: "Daegu, Nam-gu,"), an item so written
 * after an honorific earlier in the sentence.  Never alone ("So, Tae-yul,
 * it's wonderful to have you here": a vocative).  fix83 (review81): and
 * right after the list's item before it, read (korean_item_before: "...,
 * Nam-gu Mayor, Nam, Dong-gu, and Seo, Dal-seo," after a district's name
 * is no person). */
static ncg_status
korean_list_official(rc_ctx *rc, uint32_t s, size_t i, size_t s0, size_t lim, size_t *next)
{
	size_t g1, h, k;
	int office;

	*next = 0;
	if (i <= s0 + 4 || !(rc_punct(rc, i - 1, ",") || rc_wl(rc, i - 1, NCG_WL_PAIR_CONJUNCTION)) ||
	    !name_token(rc, i, lim) || !rc_wl(rc, i, NCG_WL_KOREAN_SURNAME) || title_ish(rc, i) ||
	    !(g1 = korean_comma_given(rc, i + 1, lim)) || !korean_item_before(rc, s0, i))
		return NCG_OK;
	for (k = s0; k + 4 < i; k++)
		if ((h = honorific_at(rc, k, i, &office)) > k && h + 4 <= i && rc_cap(rc, h) &&
		    korean_comma_given(rc, h + 1, i) == h + 3)
			return korean_comma_official(rc, s, i, i, g1, lim, next);
	return NCG_OK;
}

/* rules249: "Mr. Lim, Byong-hoen, Nam-gu Mayor" after a courtesy
 * honorific (a rank's "Adm. Jung, Ho-sub, ROK chief ..." is
 * comma_given_name's), not in a private list; or a bare list item after
 * such a one (korean_list_official).  Sets *next, or leaves it 0. */
static ncg_status
korean_comma_at(rc_ctx *rc, uint32_t s, size_t i, size_t s0, size_t lim, size_t *next)
{
	int office = 0, count;
	size_t h = honorific_at(rc, i, lim, &office), n1, g1;

	if (h <= i)
		return korean_list_official(rc, s, i, s0, lim, next);
	n1 = parse_name(rc, h, lim, &count);
	if (office || count != 1 || comma_given_name(rc, n1, lim) ||
	    !(g1 = korean_comma_given(rc, n1, lim)) || private_list_member(rc, s0, i))
		return NCG_OK;
	return korean_comma_official(rc, s, i, h, g1, lim, next);
}

/* An official named at token i: sets *next to the token after the name,
 * or to 0 when there is none. */
static ncg_status
official_at(rc_ctx *rc, uint32_t s, size_t i, size_t s0, size_t lim, size_t *next)
{
	int office = 0, count;
	size_t h = honorific_at(rc, i, lim, &office), n1, end;
	ncg_mention *m;

	*next = 0;
	NCG_TRY(speaker_label_official(rc, s, i, lim, next));
	if (!*next)
		NCG_TRY(classified_by_official(rc, s, i, lim, next));
	if (!*next)
		NCG_TRY(telegram_sender_official(rc, s, i, lim, next));
	if (!*next)
		NCG_TRY(acronym_title_official(rc, s, i, lim, next));
	if (!*next)
		NCG_TRY(plural_honorific_officials(rc, s, i, lim, next));
	if (!*next)
		NCG_TRY(korean_comma_at(rc, s, i, s0, lim, next));
	if (*next)
		return NCG_OK;
	if (h > i && office && (n1 = given_name_as_rank(rc, i, h, lim)) != 0)
		return rank_given_name_official(rc, s, i, n1, s0, next);
	/* "Foreign Minister nominee Cho Hyun"; rules154: capitalised, any
	 * case ("Ambassador Designated of Japan": no name follows) */
	if (h > i && office && h + 1 < lim &&
	    ((rc_lower(rc, h) && rc_wl(rc, h, NCG_WL_OFFICE_QUALIFIER)) ||
	     (rc_cap(rc, h) && rc_wl_ci(rc, h, NCG_WL_OFFICE_QUALIFIER))))
		h++;
	n1 = h > i ? parse_name(rc, h, lim, &count) : h;
	if (h > i && count > 0 && document_name_follows(rc, n1, lim))
		return rc_end_at(next, n1);
	if (h > i && count > 0 && !office && private_list_member(rc, s0, i)) {
		rc_claim(rc, i, n1, RC_CLAIM_NAME);
		return rc_end_at(next, n1);
	}
	if (h > i && count > 0) {
		size_t g1 = count == 1 ? comma_given_name(rc, n1, lim) : 0;

		end = g1 ? g1 : n1;
		NCG_TRY(add_official(rc, s, i, h, n1, end, &m));
		if (g1)
			NCG_TRY(rename_surname_given(rc, m, h, n1, n1 + 1, g1));
		end = of_country(rc, m, end, lim);
		NCG_TRY(honorific_official_title(rc, m, s0, i, h, end, lim, office));
		return rc_end_at(next, end);
	}
	if (!rc_cap(rc, i) && !(rc->tok[i].flags & NCG_TF_UPPER))
		return NCG_OK;
	/* a preposed title without honorific: "Secretary of Defense Lloyd
	 * J. Austin III" */
	if (title_ish(rc, i))
		return preposed_title_official(rc, s, i, lim, next);
	/* rules19: a capitalised function word before it opens no name of
	 * which it is part ("Press Statement By Morgan Ortagus, Department
	 * Spokesperson") */
	if (name_token(rc, i, lim) && (!(i > s0 && rc_cap(rc, i - 1) &&
	                                 !rc_claimed(rc, i - 1, i, RC_CLAIM_BODY) &&
	                                 !rc_wl(rc, i - 1, NCG_WL_SENTENCE_INITIAL)) ||
	                               host_before_name(rc, s0, i) || past_abbreviation_before(rc, s0, i)))
		return bare_name_official(rc, s, i, s0, lim, next);
	return NCG_OK;
}

/* Is sentence s a line of its own (it starts one, and the next sentence
 * starts another)? */
static int
whole_line(const rc_ctx *rc, size_t s)
{
	const ncg_sentence *st = &rc->sent[s];

	return st->t1 > st->t0 && (rc->tok[st->t0].flags & NCG_TF_LINE) &&
	       (st->t1 >= rc->ntok || (rc->tok[st->t1].flags & NCG_TF_LINE));
}

/* rules19: a page's speaker lines, a name on a line of its own and the
 * office on the next ("Hillary Rodham Clinton" / "Secretary of State" /
 * place / date over a transcript, as the State Department's remarks
 * pages head them): an official with that title.  The title line is a
 * title from its first word to its end or a comma, and begins with no
 * body's name ("Office of the Press Secretary"). */
static ncg_status
name_line_official(rc_ctx *rc, size_t s)
{
	const ncg_sentence *st = &rc->sent[s], *nx;
	size_t n1, e;
	int count, head;
	ncg_mention *m;

	if (s + 1 >= rc->nsent || !rc->body_sent[s + 1] || !whole_line(rc, s) ||
	    !whole_line(rc, s + 1) || !name_token(rc, st->t0, st->t1))
		return NCG_OK;
	nx = &rc->sent[s + 1];
	n1 = parse_name(rc, st->t0, st->t1, &count);
	if (n1 != st->t1 || !full_name_words(count) ||
	    rc_lex_longest(rc, st->t0, n1, ~(1u << NCG_LEX_OFFICIAL), ~0u, &e) ||
	    rc_claimed(rc, nx->t0, nx->t0 + 1, RC_CLAIM_BODY | RC_CLAIM_NAME) ||
	    !title_ish(rc, nx->t0))
		return NCG_OK;
	e = preposed_title_end(rc, nx->t0, nx->t1, &head);
	if (!head || !(e == nx->t1 || rc_punct(rc, e, ",")))
		return NCG_OK;
	NCG_TRY(add_official(rc, (uint32_t)s, st->t0, st->t0, n1, n1, &m));
	return read_title(rc, m, nx->t0, e);
}

/* The first and last words of a full name, suffixes aside ("Joseph" and
 * "Biden" in "Joseph R. Biden, Jr."; of the first eight words), as
 * [start, length) pairs in w[2], l[2].  Returns 0 for fewer than two
 * words, when the name cannot stand for a one-word name. */
static int
name_ends(const rc_ctx *rc, const char *full, const char *w[2], size_t l[2])
{
	const char *words[8];
	size_t lens[8], n = 0;

	for (const char *p = full; *p && n < 8;) {
		size_t len = strcspn(p, " ");

		words[n] = p;
		lens[n] = len;
		if (len && p[len - 1] == ',')
			lens[n]--;
		if (!ncg_lexicon_has_word(rc->lex, NCG_WL_NAME_SUFFIX, words[n], lens[n]))
			n++;
		p += len;
		while (*p == ' ')
			p++;
	}
	if (n < 2)
		return 0;
	w[0] = words[0];
	l[0] = lens[0];
	w[1] = words[n - 1];
	l[1] = lens[n - 1];
	return 1;
}

/* The officials with full names that a one-word name may stand for. */
typedef struct {
	const char *key;          /* key of the first such official */
	size_t last;              /* index of the last such mention */
	int one;                  /* all of them have that key */
} name_word_use;

/* Note that mention k (full name) has `word` first or last. */
static ncg_status
note_name_word(rc_ctx *rc, ncg_strmap *words, const char *word, size_t len, size_t k)
{
	name_word_use *u = ncg_strmap_getn(words, word, len);

	if (!u) {
		u = ncg_arena_alloc(rc->arena, sizeof *u);
		if (!u)
			return NCG_ERR_NOMEM;
		NCG_TRY(ncg_strmap_putn(words, word, len, u));
		u->key = rc->m[k].key;
		u->last = k;
		u->one = 1;
		return NCG_OK;
	}
	if (strcmp(u->key, rc->m[k].key) != 0)
		u->one = 0;
	if (k > u->last)
		u->last = k;
	return NCG_OK;
}

/* Is the word [w, w + n) in capitals, two letters or more? */
static int
upper_name_word(const char *w, size_t n)
{
	size_t letters = 0;

	for (size_t i = 0; i < n; i++) {
		if (w[i] >= 'a' && w[i] <= 'z')
			return 0;
		letters += w[i] >= 'A' && w[i] <= 'Z';
	}
	return letters >= 2;
}

/* rules150: a surname written in capitals beside a given name that is
 * not, first or last ("Mr. HAYASHI Yoshimasa", "Mr. Yoshimasa HAYASHI",
 * as Japan's ministries write names): the text writes it alone in title
 * case too ("Minister Hayashi"), so that form is noted as well.  Of the
 * name's end words w[2], l[2], the one in capitals (u). */
static ncg_status
note_upper_surname(rc_ctx *rc, ncg_strmap *words, const char *w[2], const size_t l[2], size_t k)
{
	int u = upper_name_word(w[1], l[1]);
	char *t;

	if (upper_name_word(w[0], l[0]) == u)
		return NCG_OK;
	if (!(t = ncg_arena_strndup(rc->arena, w[u], l[u])))
		return NCG_ERR_NOMEM;
	for (size_t i = 1; i < l[u]; i++)
		if (t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] != '-' && t[i - 1] != '\'')
			t[i] = (char)(t[i] - 'A' + 'a');
	return note_name_word(rc, words, t, l[u], k);
}

static ncg_status
note_full_name(rc_ctx *rc, ncg_strmap *words, size_t k)
{
	const char *w[2];
	size_t l[2];

	if (!name_ends(rc, rc->m[k].name, w, l))
		return NCG_OK;
	NCG_TRY(note_name_word(rc, words, w[0], l[0], k));
	NCG_TRY(note_upper_surname(rc, words, w, l, k));
	if (l[1] != l[0] || memcmp(w[1], w[0], l[0]) != 0)
		NCG_TRY(note_name_word(rc, words, w[1], l[1], k));
	return NCG_OK;
}

/* rules22: is token i a word of a title or an office, in any case or
 * plural ("Presidents Obama and Park"), so no given name? */
static int
office_word(const rc_ctx *rc, size_t i)
{
	const char *w = rc->s + rc->tok[i].b;
	size_t n = rc->tok[i].e - rc->tok[i].b;

	return rc_wl_ci(rc, i, NCG_WL_TITLE_WORD) || title_head_any(rc, i, 1) ||
	       rc_wl_ci(rc, i, NCG_WL_OFFICE) || rc_wl(rc, i, NCG_WL_OFFICE_ABBREVIATION) ||
	       (n > 3 && w[n - 1] == 's' && ncg_lexicon_has_word_ci(rc->lex, NCG_WL_OFFICE, w, n - 1));
}

/* rules94: is token i a middle initial ("B." of "Lyndon B. Johnson"):
 * an initial after a given name that is no initial, on one line. */
static int
middle_initial(const rc_ctx *rc, size_t i, size_t s0, size_t lim)
{
	return i > s0 && name_token(rc, i - 1, lim) &&
	       !(rc->tok[i - 1].flags & (NCG_TF_DOTTED | NCG_TF_UPPER)) &&
	       !(rc->tok[i].flags & NCG_TF_LINE);
}

/* rules22: the full name around the surname at token i that no
 * official has: "Kim Jong-un" (the surname first, as Korean names are
 * written) or "Marco Rubio" (last), words of a name not yet read as
 * anyone's; [*t0, *t1), or 0. */
static int
name_around(const rc_ctx *rc, size_t i, size_t s0, size_t lim, size_t *t0, size_t *t1)
{
	int count;
	size_t j = i;

	if (i > s0 && name_token(rc, i - 1, lim) &&
	    (!(rc->tok[i - 1].flags & NCG_TF_DOTTED) || middle_initial(rc, i - 1, s0, lim)) &&
	    !(rc->tok[i].flags & NCG_TF_LINE)) {
		while (j > s0 && j + 3 > i && name_token(rc, j - 1, lim) &&
		       !(rc->tok[j].flags & NCG_TF_LINE))
			j--;
		if (j > s0 && (rc_cap(rc, j - 1) || (rc->tok[j - 1].flags & NCG_TF_UPPER)))
			return 0;       /* a capitalised run longer than a name */
		j = host_state_end(rc, j, i);
		if (parse_name(rc, j, lim, &count) < i + 1 || count < 2)
			return 0;
		for (size_t k = j; k < i; k++)
			if (office_word(rc, k))
				return 0;
		*t0 = j;
		*t1 = i + 1;
		return 1;
	}
	if (i > s0 && (rc_cap(rc, i - 1) || (rc->tok[i - 1].flags & NCG_TF_UPPER)))
		return 0;
	*t1 = parse_name(rc, i, lim, &count);
	*t0 = i;
	if (!full_name_words(count))
		return 0;
	for (j = *t0; j < *t1; j++)
		if (j != i && office_word(rc, j))
			return 0;
	return 1;
}

/* rules22: what the statement's text gives a one-word official's word:
 * the one full name, an official's or not, that has the word first or
 * last ("Chairman Kim" and "North Korean leader Kim Jong-un"); none when
 * there is none, or two different ones (two people, never merged). */
typedef struct {
	const char *full;         /* the one full name so far, or NULL */
	int two;                  /* two different full names: none */
} text_name;

/* rules27: note the full name around token i of sentence st when its
 * word is one of `words` (one look-up per token: the text is read once
 * for all one-word officials, not once for each). */
static ncg_status
note_text_name(rc_ctx *rc, ncg_strmap *words, const ncg_sentence *st, size_t i)
{
	text_name *u = ncg_strmap_getn(words, rc->s + rc->tok[i].b, rc->tok[i].e - rc->tok[i].b);
	size_t t0, t1;
	const char *name;

	if (!u || u->two || !name_token(rc, i, st->t1) ||
	    !name_around(rc, i, st->t0, st->t1, &t0, &t1))
		return NCG_OK;
	NCG_TRY(rc_span(rc, t0, t1, &name));
	if (u->full && strcmp(u->full, name) != 0) {
		u->full = NULL;
		u->two = 1;
	} else {
		u->full = name;
	}
	return NCG_OK;
}

static int
one_word_official(const ncg_mention *m)
{
	return m->kind == NCG_M_OFFICIAL && !m->lex && !strchr(m->name, ' ');
}

/* rules27: the words of one-word officials from mention `first` on, each
 * with its text_name read from the statement's text in one pass. */
static ncg_status
index_text_names(rc_ctx *rc, size_t first, ncg_strmap *words)
{
	for (size_t k = first; k < rc->nm; k++) {
		text_name *u;

		if (!one_word_official(&rc->m[k]) || ncg_strmap_get(words, rc->m[k].name))
			continue;
		u = ncg_arena_alloc(rc->arena, sizeof *u);
		if (!u)
			return NCG_ERR_NOMEM;
		u->full = NULL;
		u->two = 0;
		NCG_TRY(ncg_strmap_put(words, rc->m[k].name, u));
	}
	if (ncg_strmap_count(words) == 0)
		return NCG_OK;
	for (size_t s = 0; s < rc->nsent; s++)
		for (size_t i = rc->sent[s].t0; rc->body_sent[s] && i < rc->sent[s].t1; i++)
			NCG_TRY(note_text_name(rc, words, &rc->sent[s], i));
	return NCG_OK;
}

/* rules22: one-word officials that no official's full name joined: the
 * one full name the text gives them (text_name), with its key; rules78:
 * not those resolve_short_names kept alone (kept[k - first]). */
static ncg_status
join_text_names(rc_ctx *rc, size_t first, const uint8_t *kept)
{
	ncg_strmap *words = ncg_strmap_new();
	ncg_status st;

	if (!words)
		return NCG_ERR_NOMEM;
	st = index_text_names(rc, first, words);
	for (size_t k = first; st == NCG_OK && k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		const text_name *u;

		if (!one_word_official(m) || kept[k - first])
			continue;
		u = ncg_strmap_get(words, m->name);
		if (!u || !u->full)
			continue;
		m->name = u->full;
		st = rc_key(rc, "official", u->full, &m->key);
	}
	ncg_strmap_free(words);
	return st;
}

/* rules42: the head of a title written before a surname alone: its last
 * word, as English puts it ("Minister" of "Defense Minister", "Vice
 * Minister"); the one place that reads a title so. */
static const char *
title_head_word(const char *t)
{
	const char *sp = strrchr(t, ' ');

	return sp ? sp + 1 : t;
}

/* rules91: does string s (NULL: none) hold phrase w, n bytes long, as
 * whole words ("Vice Minister" in "ROK Vice Minister of National
 * Defense", not in "Minister of National Defense")?  Never an empty w
 * (a title ending in a space): strstr would find it past s's end. */
static int
has_phrase(const char *s, const char *w, size_t n)
{
	for (const char *p = n ? s : NULL; p && (p = strstr(p, w)) != NULL; p++)
		if ((p == s || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return 1;
	return 0;
}

/* rules42: the one official whose full name has surname m first or last
 * and whose title or rank holds phrase h, n bytes long; NULL: none, or
 * two. */
static const ncg_mention *
short_name_with_in(const rc_ctx *rc, size_t first, const ncg_mention *m, const char *h, size_t n,
                   int before)
{
	const ncg_mention *found = NULL;
	size_t nl = strlen(m->name);

	for (size_t o = first; o < rc->nm; o++) {
		const ncg_mention *c = &rc->m[o];
		const char *last;

		if (c->kind != NCG_M_OFFICIAL || !strchr(c->name, ' ') || (before && c->t0 >= m->t0))
			continue;
		last = strrchr(c->name, ' ') + 1;
		if (!((strncmp(c->name, m->name, nl) == 0 && c->name[nl] == ' ') ||
		      strcmp(last, m->name) == 0))
			continue;
		if (!has_phrase(c->official.title, h, n) && !has_phrase(c->official.honorific, h, n))
			continue;
		if (found && strcmp(found->key, c->key) != 0)
			return NULL;
		found = c;
	}
	return found;
}

/* rules124: or, where two officials so titled share the surname, the
 * one named before it ("Special Representative ... Sung Kim ... Special
 * Representative Kim met with ... Special Representative ... Kim
 * Gunn"): a surname alone takes up a name already read */
static const ncg_mention *
short_name_with(const rc_ctx *rc, size_t first, const ncg_mention *m, const char *h, size_t n)
{
	const ncg_mention *found = short_name_with_in(rc, first, m, h, n, 0);

	return found ? found : short_name_with_in(rc, first, m, h, n, 1);
}

/* rules324: official m's title without the possessive that widened its
 * text ("President" of "South Korea's President"), or NULL. */
static const char *
official_own_title(const ncg_mention *m)
{
	return m->official.title_own ? m->official.title_own : m->official.title;
}

/* rules42: a surname alone that two officials' full names share ("Minister
 * Cho" after "Minister of National Defense Cho Seong Tae" and "General
 * Cho Yung Kil"): the one official among them whose title or rank has the
 * head of the surname's title ("Minister", title_head_word), or NULL.
 * rules91: first the one whose title has the surname's whole title ("Vice
 * Minister Kim" beside "Vice Minister ... Kim Young-lyong" and "Minister
 * ... Kim Jang-soo"). */
static const ncg_mention *
short_name_by_title(const rc_ctx *rc, size_t first, const ncg_mention *m)
{
	const char *t = official_own_title(m), *h;
	const ncg_mention *found = NULL;

	if (!t || !*t)
		return NULL;
	h = title_head_word(t);
	if (h != t)
		found = short_name_with(rc, first, m, t, strlen(t));
	return found ? found : short_name_with(rc, first, m, h, strlen(h));
}

/* The next word of a space-separated string from p (NULL: none), its
 * length in *l; NULL at the string's end. */
static const char *
next_word(const char *p, size_t *l)
{
	while (p && *p == ' ')
		p++;
	if (!p || !*p)
		return NULL;
	*l = strcspn(p, " ");
	return p;
}

/* rules78: does the space-separated string s (NULL: none) hold word w in
 * any case, or its abbreviation ("Amb." of "Ambassador", "PRES.")? */
static int
has_word_or_abbr(const char *s, const char *w)
{
	size_t wn = strlen(w), l;

	for (const char *p = s; (p = next_word(p, &l)) != NULL; p += l)
		if ((l == wn && strncasecmp(p, w, l) == 0) ||
		    (l > 2 && l <= wn && p[l - 1] == '.' && strncasecmp(p, w, l - 1) == 0))
			return 1;
	return 0;
}

/* rules78: has title t (NULL: none) a noun that heads titles
 * (lex:titleHead, any case): "Minister" of "ROK Minister of National
 * Defense"? */
static int
title_has_head(const rc_ctx *rc, const char *t)
{
	size_t l;

	for (const char *p = t; (p = next_word(p, &l)) != NULL; p += l)
		if (ncg_lexicon_has_word_ci(rc->lex, NCG_WL_TITLE_HEAD, p, l))
			return 1;
	return 0;
}

/* rules78: the office word a surname alone is written under when its
 * title is that one word of lex:soleOfficeHonorific ("President" of
 * "President Lee", "Chairman" of "Chairman Kim"), or NULL. */
static const char *
sole_office_word(const rc_ctx *rc, const ncg_mention *m)
{
	const char *t = m->official.title ? official_own_title(m) : m->official.honorific;

	if (!t || strchr(t, ' ') ||
	    !ncg_lexicon_has_word_ci(rc->lex, NCG_WL_SOLE_OFFICE_HONORIFIC, t, strlen(t)))
		return NULL;
	return t;
}

/* rules78: what resolve_short_names keeps while it joins surnames. */
typedef struct {
	size_t first;             /* the first mention of the statement */
	const char **orig;        /* names before any was joined, from first */
	uint8_t *kept;            /* from first: a surname kept alone */
	ncg_strmap *verdicts;     /* "office surname" -> short_verdict */
} short_names;

/* rules78: other_office's answer for an office word, a surname and the
 * official they would join (read once, whatever their order). */
typedef struct {
	const char *key;          /* the official's key */
	const char *other;        /* another full name the surname is, or NULL */
	int no;                   /* the surname is not the official's */
} short_verdict;

/* rules78: is mention o one of official `key` that named it in full? */
static int
full_name_of(const rc_ctx *rc, const short_names *sn, size_t o, const char *key)
{
	const ncg_mention *c = &rc->m[o];

	return c->kind == NCG_M_OFFICIAL && strchr(sn->orig[o - sn->first], ' ') &&
	       strcmp(c->key, key) == 0;
}

/* rules78: does word w (or its abbreviation) occur in the title or
 * honorific of a mention of official `key` that named it in full? */
static int
full_names_have(const rc_ctx *rc, const short_names *sn, const char *key, const char *w)
{
	for (size_t o = sn->first; o < rc->nm; o++) {
		const ncg_mention *c = &rc->m[o];

		if (full_name_of(rc, sn, o, key) &&
		    (has_word_or_abbr(c->official.title, w) ||
		     has_word_or_abbr(c->official.honorific, w)))
			return 1;
	}
	return 0;
}

/* rules78: is official `key`'s office other than office word h: named
 * in full with a title with a head noun of its own, and never with h or
 * its abbreviation ("ROK Minister of National Defense Lee Sang-hee" for
 * "President")? */
static int
office_other_than(const rc_ctx *rc, const short_names *sn, const char *key, const char *h)
{
	int head = 0;

	if (full_names_have(rc, sn, key, h))
		return 0;
	for (size_t o = sn->first; o < rc->nm; o++)
		if (full_name_of(rc, sn, o, key))
			head |= title_has_head(rc, rc->m[o].official.title);
	return head;
}

/* rules78: does the text also write surname k alone under a title of
 * official `key`'s full name ("Minister Lee" beside "President Lee" and
 * "ROK Minister of National Defense Lee Sang-hee"): two offices, two
 * people? */
static int
surname_under_own_title(const rc_ctx *rc, const short_names *sn, size_t k, const char *key)
{
	for (size_t o = sn->first; o < rc->nm; o++) {
		const ncg_mention *c = &rc->m[o];
		const char *t = c->official.title ? c->official.title : c->official.honorific;
		const char *name = sn->orig[o - sn->first];

		if (o == k || c->kind != NCG_M_OFFICIAL || !t || strchr(name, ' ') ||
		    strcmp(name, sn->orig[k - sn->first]) != 0)
			continue;
		if (full_names_have(rc, sn, key, title_head_word(t)))
			return 1;
	}
	return 0;
}

/* rules78: is name that of a mention of official `key`? */
static int
names_key(const rc_ctx *rc, size_t first, const char *key, const char *name)
{
	for (size_t o = first; o < rc->nm; o++)
		if (rc->m[o].kind == NCG_M_OFFICIAL && strcmp(rc->m[o].key, key) == 0 &&
		    strcmp(rc->m[o].name, name) == 0)
			return 1;
	return 0;
}

/* rules78: the one full name in the running text with surname m's word
 * that is not official `key`'s ("North Korean leader Kim Jong-un" beside
 * "Unification Minister Kim Yeong-chul" for "Chairman Kim"), or NULL
 * (none, or two different ones). */
static ncg_status
other_text_name(rc_ctx *rc, size_t first, const ncg_mention *m, const char *key,
                const char **out)
{
	size_t n = strlen(m->name), t0, t1;
	const char *name;

	*out = NULL;
	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		for (size_t i = st->t0; rc->body_sent[s] && i < st->t1; i++) {
			if (rc->tok[i].e - rc->tok[i].b != n ||
			    memcmp(rc->s + rc->tok[i].b, m->name, n) != 0 ||
			    !name_token(rc, i, st->t1) ||
			    !name_around(rc, i, st->t0, st->t1, &t0, &t1))
				continue;
			NCG_TRY(rc_span(rc, t0, t1, &name));
			if (names_key(rc, first, key, name))
				continue;
			if (*out && strcmp(*out, name) != 0) {
				*out = NULL;
				return NCG_OK;
			}
			*out = name;
		}
	}
	return NCG_OK;
}

/* rules78: the verdict on surname k under office word h and official
 * `key`, read from the text the first time they meet (*v). */
static ncg_status
office_verdict(rc_ctx *rc, short_names *sn, size_t k, const char *h, const char *key,
               const short_verdict **v)
{
	char id[256];
	short_verdict *nv;
	int n = snprintf(id, sizeof id, "%s %s", h, rc->m[k].name);

	if (n < 0 || (size_t)n >= sizeof id)
		return NCG_OK;  /* *v stays NULL: no verdict, the join stands */
	*v = ncg_strmap_get(sn->verdicts, id);
	if (*v && strcmp((*v)->key, key) == 0)
		return NCG_OK;
	nv = ncg_arena_alloc(rc->arena, sizeof *nv);
	if (!nv)
		return NCG_ERR_NOMEM;
	nv->key = key;
	nv->other = NULL;
	nv->no = office_other_than(rc, sn, key, h);
	if (nv->no)
		NCG_TRY(other_text_name(rc, sn->first, &rc->m[k], key, &nv->other));
	if (nv->no && !nv->other)
		nv->no = surname_under_own_title(rc, sn, k, key);
	*v = nv;
	return ncg_strmap_put(sn->verdicts, id, nv);
}

/* rules78: a surname alone under a sole office word ("President Lee",
 * "Chairman Kim") is not the official `match` named in full with another
 * office ("ROK Minister of National Defense Lee Sang-hee") when the text
 * shows a second person: another full name with the surname (m becomes
 * it), or the surname also written alone under match's own office
 * ("Minister Lee": m stays alone, kept).  *no: m is not match's. */
static ncg_status
other_office(rc_ctx *rc, short_names *sn, size_t k, const ncg_mention *match, int *no)
{
	ncg_mention *m = &rc->m[k];
	const char *h = sole_office_word(rc, m);
	const short_verdict *v = NULL;

	*no = 0;
	if (!h)
		return NCG_OK;
	NCG_TRY(office_verdict(rc, sn, k, h, match->key, &v));
	if (!v || !v->no)
		return NCG_OK;
	*no = 1;
	if (v->other) {
		m->name = v->other;
		return rc_key(rc, "official", v->other, &m->key);
	}
	sn->kept[k - sn->first] = 1;
	return NCG_OK;
}

/* rules349: is string s (NULL: none) a military rank, or has it one of
 * lex:civilTitleHead's words ("Minister", "Secretary"), as whole words
 * (civil 1)? */
static int
has_rank_or_civil_word(const rc_ctx *rc, const char *s, int civil)
{
	size_t l;

	if (!civil && s && ncg_lexicon_has_word(rc->lex, NCG_WL_MILITARY_RANK, s, strlen(s)))
		return 1;
	for (const char *p = s; (p = next_word(p, &l)) != NULL; p += l)
		if (ncg_lexicon_has_word(rc->lex, civil ? NCG_WL_CIVIL_TITLE_HEAD :
		                         NCG_WL_MILITARY_RANK, p, l))
			return 1;
	return 0;
}

/* rules349: a surname alone under a military rank ("Chief of Staff Maj.
 * Gen. Kim") and official `key`, named in full only under a civil office
 * ("Senior Deputy Minister Kim Hong-kyun"): a title with a civil head
 * word, never a rank: two people. */
static int
rank_for_civilian(const rc_ctx *rc, const short_names *sn, const ncg_mention *m,
                  const char *key)
{
	int civil = 0;

	if (!m->official.honorific || !has_rank_or_civil_word(rc, m->official.honorific, 0))
		return 0;
	for (size_t o = sn->first; o < rc->nm; o++) {
		const ncg_mention *c = &rc->m[o];

		if (!full_name_of(rc, sn, o, key))
			continue;
		if (has_rank_or_civil_word(rc, c->official.honorific, 0) ||
		    has_rank_or_civil_word(rc, c->official.title, 0))
			return 0;
		civil |= has_rank_or_civil_word(rc, c->official.title, 1);
	}
	return civil;
}

/* Mention m, a surname alone or a misspelt name, is official `match`
 * named in full. */
static void
join_short_name(ncg_mention *m, const ncg_mention *match)
{
	m->key = match->key;
	m->name = match->name;
	m->lex = match->lex;
	if (!m->official.country)
		m->official.country = match->official.country;
}

/* A surname alone ("President Yoon") is the official named in full
 * elsewhere in the statement, when exactly one full name has that word
 * first or last.  Full names are indexed by those words once, so that
 * each one-word name is looked up rather than compared with every
 * official (issue 7); a one-word name resolved becomes a full name for
 * those after it, as when every pair was compared in order.  rules78:
 * not under another office (other_office; kept: the one-word officials
 * it keeps alone). */
static ncg_status
resolve_short_names(rc_ctx *rc, size_t first, uint8_t *kept)
{
	ncg_strmap *words = ncg_strmap_new();
	short_names sn = {first, NULL, kept, ncg_strmap_new()};
	ncg_status st = NCG_OK;

	sn.orig = ncg_arena_alloc(rc->arena, (rc->nm - first + 1) * sizeof *sn.orig);
	if (!words || !sn.verdicts || !sn.orig)
		st = NCG_ERR_NOMEM;
	for (size_t o = first; st == NCG_OK && o < rc->nm; o++) {
		sn.orig[o - first] = rc->m[o].name;
		if (rc->m[o].kind == NCG_M_OFFICIAL && strchr(rc->m[o].name, ' '))
			st = note_full_name(rc, words, o);
	}
	for (size_t k = first; st == NCG_OK && k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		const name_word_use *u;
		const ncg_mention *match;
		int no;

		if (m->kind != NCG_M_OFFICIAL || strchr(m->name, ' ') ||
		    !(u = ncg_strmap_get(words, m->name)))
			continue;
		match = u->one ? &rc->m[u->last] : short_name_by_title(rc, first, m);
		if (!match)
			continue;
		if (rank_for_civilian(rc, &sn, m, match->key)) {
			kept[k - first] = 1;
			continue;
		}
		st = other_office(rc, &sn, k, match, &no);
		if (st != NCG_OK || no)
			continue;
		join_short_name(m, match);
		st = note_full_name(rc, words, k);
	}
	ncg_strmap_free(sn.verdicts);
	ncg_strmap_free(words);
	return st;
}

/* rules14: the full form of a given name a person also goes by
 * (lex:givenNameVariant "Mike Michael"): *w, *n replaced, or left. */
static void
given_name_full(const rc_ctx *rc, const char **w, size_t *n)
{
	const char *full = ncg_lexicon_given_variant(rc->lex, *w, *n, 0, 0);

	if (full) {
		*w = full;
		*n = strlen(full);
	}
}

/* rules349: has name a suffix (lex:nameSuffix) that is a father's
 * (lex:seniorSuffix: "Ferdinand Marcos Sr.", senior 1) or a namesake
 * son's ("Jr.", "II", "III", "IV": any other of lex:nameSuffix, senior
 * 0)? */
static int
generation_suffix(const rc_ctx *rc, const char *name, int senior)
{
	size_t l;

	for (const char *p = name; (p = next_word(p, &l)) != NULL; p += l) {
		size_t m = p[l - 1] == ',' ? l - 1 : l;

		if (m && ncg_lexicon_has_word(rc->lex, NCG_WL_NAME_SUFFIX, p, m) &&
		    !ncg_lexicon_has_word(rc->lex, NCG_WL_SENIOR_SUFFIX, p, m) == !senior)
			return 1;
	}
	return 0;
}

/* The alias key of a name of two words or more: its first and last
 * words, initials and suffixes aside, in lower case ("lloyd austin" for
 * "Lloyd J. Austin III").  Returns its length, 0 for a shorter name.
 * rules349: " sr" after them for a father's name (generation_suffix):
 * "Sr." is written to tell him from his son, never the "Jr." nor the
 * name alone. */
static size_t
alias_key_in(const rc_ctx *rc, const char *name, char *buf, size_t cap, int variant)
{
	const char *first = NULL, *last = NULL;
	size_t fl = 0, ll = 0, words = 0;

	for (const char *p = name; *p;) {
		size_t n = strcspn(p, " ");
		size_t m = n && p[n - 1] == ',' ? n - 1 : n;

		if (m && !ncg_lexicon_has_word(rc->lex, NCG_WL_NAME_SUFFIX, p, m) &&
		    !(m == 2 && p[1] == '.')) {
			if (!first) {
				first = p;
				fl = m;
			}
			last = p;
			ll = m;
			words++;
		}
		p += n;
		while (*p == ' ')
			p++;
	}
	if (words < 2)
		return 0;
	if (variant)
		given_name_full(rc, &first, &fl);
	if (fl + ll + 5 > cap)
		return 0;
	for (size_t i = 0; i < fl; i++)
		buf[i] = (char)tolower((unsigned char)first[i]);
	buf[fl] = ' ';
	for (size_t i = 0; i < ll; i++)
		buf[fl + 1 + i] = (char)tolower((unsigned char)last[i]);
	buf[fl + 1 + ll] = '\0';
	if (generation_suffix(rc, name, 1)) {
		memcpy(buf + fl + 1 + ll, " sr", 4);
		return fl + 1 + ll + 3;
	}
	return fl + 1 + ll;
}

/* alias_key_in, a given name read as its full form
 * (given_name_full: "Phil Baker" is "philip baker"). */
static size_t
alias_key(const rc_ctx *rc, const char *name, char *buf, size_t cap)
{
	return alias_key_in(rc, name, buf, cap, 1);
}

/* The mention index + 1 stored for an alias key, or 0. */
static uintptr_t
fullest_of(const ncg_strmap *fullest, const char *key)
{
	void *v = ncg_strmap_get(fullest, key);

	return (uintptr_t)v;
}

static size_t
name_words(const char *name)
{
	size_t n = 1;

	for (const char *p = name; *p; p++)
		n += *p == ' ';
	return n;
}

/* rules81: the surname of a Korean name of two words (a hyphenated
 * given name): its length in bytes, or 0; *korean: is it a
 * lex:koreanSurname? */
static size_t
odd_surname(const rc_ctx *rc, const char *name, int *korean)
{
	const char *sp = strchr(name, ' ');
	size_t n = sp ? (size_t)(sp - name) : 0;

	if (!sp || strchr(sp + 1, ' ') || !strchr(sp + 1, '-') || n < 2)
		return 0;
	*korean = ncg_lexicon_has_word(rc->lex, NCG_WL_KOREAN_SURNAME, name, n);
	return n;
}

/* Do two words of length n differ in one letter only? */
static int
one_letter_apart(const char *a, const char *b, size_t n)
{
	size_t d = 0;

	for (size_t i = 0; i < n; i++)
		d += a[i] != b[i];
	return d == 1;
}

/* rules81: a Korean name misspelt in its surname ("Minister ... Part
 * Bo-gyoon" beside "Park Bo-gyoon"): a surname that is no Korean
 * surname, one letter apart from one that is, before the same
 * hyphenated given name of another official: that official. */
static void
resolve_surname_typos(rc_ctx *rc, size_t first)
{
	for (size_t k = first; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		int korean = 1, ok;
		size_t n;

		if (m->kind != NCG_M_OFFICIAL || !m->name || !(n = odd_surname(rc, m->name, &korean)) ||
		    korean)
			continue;
		for (size_t j = first; j < rc->nm; j++) {
			const ncg_mention *o = &rc->m[j];

			if (j == k || o->kind != NCG_M_OFFICIAL || !o->name || !o->key ||
			    odd_surname(rc, o->name, &ok) != n || !ok ||
			    strcmp(o->name + n, m->name + n) != 0 ||
			    !one_letter_apart(o->name, m->name, n))
				continue;
			join_short_name(m, o);
			break;
		}
	}
}

/* Does official name o match the short name m for a pass that looks for
 * one official (n: a length the pass took from m)? */
typedef int official_match(const rc_ctx *rc, const char *o, const char *m, size_t n);

/* The official other than mention k whose name match accepts for k's
 * name, when exactly one official key is so named; else NULL. */
static const ncg_mention *
one_official_match(const rc_ctx *rc, size_t first, size_t k, official_match *match,
                   size_t n)
{
	const ncg_mention *found = NULL;

	for (size_t j = first; j < rc->nm; j++) {
		const ncg_mention *o = &rc->m[j];

		if (j == k || o->kind != NCG_M_OFFICIAL || !o->name || !o->key ||
		    !match(rc, o->name, rc->m[k].name, n))
			continue;
		if (found && strcmp(found->key, o->key) != 0)
			return NULL;
		found = o;
	}
	return found;
}

/* rules124: does o go on from m (n bytes) over a hyphen, one word? */
static int
goes_on_over_hyphen(const rc_ctx *rc, const char *o, const char *m, size_t n)
{
	(void)rc;
	return strncmp(o, m, n) == 0 && o[n] == '-' && !strchr(o + n, ' ') && o[n + 1];
}

/* rules124: a Korean name cut at its given name's hyphen ("South Korean
 * President Moon Jae during ..." beside "President Moon Jae-in"): the
 * official whose name goes on from it over a hyphen, one word, when only
 * one does. */
static void
resolve_cut_given_names(rc_ctx *rc, size_t first)
{
	for (size_t k = first; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		const ncg_mention *match;
		size_t n;

		if (m->kind != NCG_M_OFFICIAL || !m->name || !strchr(m->name, ' ') ||
		    strchr(m->name, '-') || !(n = strcspn(m->name, " ")) ||
		    !ncg_lexicon_has_word(rc->lex, NCG_WL_KOREAN_SURNAME, m->name, n))
			continue;
		match = one_official_match(rc, first, k, goes_on_over_hyphen, strlen(m->name));
		if (match)
			join_short_name(m, match);
	}
}

/* rules343: does o, a longer name, end with m's n bytes after a space? */
static int
ends_with_name(const rc_ctx *rc, const char *o, const char *m, size_t n)
{
	size_t lo = strlen(o);

	(void)rc;
	return lo > n + 1 && o[lo - n - 1] == ' ' && memcmp(o + lo - n, m, n) == 0;
}

/* rules343: a surname with its suffix alone ("President Marcos Jr. said"
 * beside "President Ferdinand R. Marcos Jr."; lex:nameSuffix): the one
 * official whose longer name ends so.  The last name looked up is kept,
 * so that a name said again is not compared with every official again. */
static void
resolve_suffixed_surnames(rc_ctx *rc, size_t first)
{
	const char *last = NULL;
	const ncg_mention *found = NULL;

	for (size_t k = first; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		const char *sp;

		if (m->kind != NCG_M_OFFICIAL || !m->name || !(sp = strchr(m->name, ' ')) ||
		    strchr(sp + 1, ' ') || sp == m->name ||
		    !ncg_lexicon_has_word(rc->lex, NCG_WL_NAME_SUFFIX, sp + 1, strlen(sp + 1)))
			continue;
		if (!last || strcmp(last, m->name) != 0) {
			last = m->name;
			found = one_official_match(rc, first, k, ends_with_name, strlen(m->name));
		}
		if (found)
			join_short_name(m, found);
	}
}

/* rules91: are words a and b (lengths na <= nb) one letter apart: one
 * letter of b left out of a, or one letter changed? */
static int
one_edit_apart(const char *a, size_t na, const char *b, size_t nb)
{
	size_t i = 0;

	if (na == nb)
		return one_letter_apart(a, b, na);
	if (na + 1 != nb)
		return 0;
	while (i < na && a[i] == b[i])
		i++;
	return memcmp(a + i, b + i + 1, na - i) == 0;
}

/* rules91: the fewest bytes of a name read as a variant of another one
 * letter apart (misspelt_surname, resolve_given_name_variants): shorter
 * names so close are often two names ("Park", "Pak"; "Jin", "Jiin"). */
enum { VARIANT_NAME_MIN = 6 };

/* rules91: is one-word name w a misspelling of full name c's surname (its
 * last word): the same first letter, one letter apart, both
 * VARIANT_NAME_MIN letters or more ("Gen. Ordierno" beside "Gen. Raymond
 * Odierno")? */
static int
misspelt_surname(const char *w, const char *c)
{
	const char *last = strrchr(c, ' ');
	size_t nw = strlen(w), nl;

	if (!last)
		return 0;
	nl = strlen(++last);
	if (nw < VARIANT_NAME_MIN || nl < VARIANT_NAME_MIN || *w != *last || strcmp(w, last) == 0)
		return 0;
	return nw <= nl ? one_edit_apart(w, nw, last, nl) : one_edit_apart(last, nl, w, nw);
}

/* review21: do officials m and o hold offices that cannot be one
 * person's: both have a title or rank, and neither m's rank nor the head
 * of m's title (title_head_word) is a word of o's title or rank ("Col.
 * Lee Jong-hyun, a spokesman" and "Vice Defense Minister Lee Jong-hun";
 * "British Ambassador Petersen" and "Gen. Robert Peterson")?  A name one
 * letter off is weak evidence: these stay two people. */
static int
offices_differ(const ncg_mention *m, const ncg_mention *o)
{
	const char *t = m->official.title, *r = m->official.honorific;
	const char *ot = o->official.title, *orank = o->official.honorific;
	const char *h = t && *t ? title_head_word(t) : NULL;

	if ((!h && !(r && *r)) || !((ot && *ot) || (orank && *orank)))
		return 0;
	return !(h && (rc_has_word(ot, h, strlen(h)) || rc_has_word(orank, h, strlen(h)))) &&
	       !(r && *r && (rc_has_word(ot, r, strlen(r)) || rc_has_word(orank, r, strlen(r))));
}

/* mend54: the officials named in full, by their surname (last word),
 * sorted by its first letter, its length and the mention's index: the
 * only ones misspelt_surname can match (same first letter, lengths at
 * most one apart), so that each surname alone is looked up, not compared
 * with every official (bench/hostile.sh "paragraphs", "surnames"). */
typedef struct {
	const char *w;
	size_t n, j;
} surname_ref;

typedef struct {
	surname_ref *r;
	size_t nr, cap;
} surname_index;

static int
surname_ref_cmp(const void *x, const void *y)
{
	const surname_ref *a = x, *b = y;
	unsigned char ca = (unsigned char)*a->w, cb = (unsigned char)*b->w;

	if (ca != cb)
		return ca < cb ? -1 : 1;
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	return (a->j > b->j) - (a->j < b->j);
}

/* The first entry not before (c, n, j) */
static size_t
surname_lower(const surname_index *ix, unsigned char c, size_t n, size_t j)
{
	surname_ref key = {(const char *)&c, n, j};
	size_t lo = 0, hi = ix->nr;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (surname_ref_cmp(&ix->r[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Adds official j if named in full with a key; at its place when sorted
 * is set (else the caller sorts).  0, or -1 when out of memory. */
static int
surname_index_add(surname_index *ix, const ncg_mention *o, size_t j, int sorted)
{
	const char *sp;
	size_t at;

	if (o->kind != NCG_M_OFFICIAL || !o->name || !o->key || !(sp = strrchr(o->name, ' ')))
		return 0;
	if (ix->nr == ix->cap) {
		size_t cap = ix->cap ? 2 * ix->cap : 16;
		surname_ref *r = realloc(ix->r, cap * sizeof *r);

		if (!r)
			return -1;
		ix->r = r;
		ix->cap = cap;
	}
	at = sorted ? surname_lower(ix, (unsigned char)sp[1], strlen(sp + 1), j) : ix->nr;
	memmove(ix->r + at + 1, ix->r + at, (ix->nr - at) * sizeof *ix->r);
	ix->r[at] = (surname_ref){sp + 1, strlen(sp + 1), j};
	ix->nr++;
	return 0;
}

/* The one official (by key) whose surname surname alone m misspells, not
 * of another office (offices_differ): the last so named, as when every
 * official was compared in order; NULL: none, or two. */
static const ncg_mention *
misspelt_match(const rc_ctx *rc, const surname_index *ix, const ncg_mention *m)
{
	const ncg_mention *match = NULL;
	size_t nw = strlen(m->name), best = 0;

	for (size_t n = nw > 0 ? nw - 1 : 0; n <= nw + 1; n++) {
		for (size_t i = surname_lower(ix, (unsigned char)*m->name, n, 0);
		     i < ix->nr && *ix->r[i].w == *m->name && ix->r[i].n == n; i++) {
			const ncg_mention *o = &rc->m[ix->r[i].j];

			if (!misspelt_surname(m->name, o->name) || offices_differ(m, o))
				continue;
			if (match && strcmp(match->key, o->key) != 0)
				return NULL;
			if (!match || ix->r[i].j > best) {
				match = o;
				best = ix->r[i].j;
			}
		}
	}
	return match;
}

/* rules91: a surname alone that no full name joined, misspelt from the
 * surname of exactly one official named in full (misspelt_surname): that
 * official; not those resolve_short_names kept alone, nor one of another
 * office (offices_differ).  A surname joined so is a full name for those
 * after it.  mend54: looked up in a surname_index. */
static ncg_status
resolve_misspelt_surnames(rc_ctx *rc, size_t first, const uint8_t *kept)
{
	surname_index ix = {0};
	ncg_status st = NCG_OK;

	for (size_t j = first; j < rc->nm && st == NCG_OK; j++)
		if (surname_index_add(&ix, &rc->m[j], j, 0) != 0)
			st = NCG_ERR_NOMEM;
	if (ix.nr)
		qsort(ix.r, ix.nr, sizeof *ix.r, surname_ref_cmp);
	for (size_t k = first; k < rc->nm && st == NCG_OK; k++) {
		ncg_mention *m = &rc->m[k];
		const ncg_mention *match;

		if (m->kind != NCG_M_OFFICIAL || !m->name || strchr(m->name, ' ') || kept[k - first] ||
		    !(match = misspelt_match(rc, &ix, m)))
			continue;
		join_short_name(m, match);
		if (surname_index_add(&ix, m, k, 1) != 0)
			st = NCG_ERR_NOMEM;
	}
	free(ix.r);
	return st;
}

/* rules91: is a vowel the one letter that given names a and b (lengths
 * na + 1 == nb) differ by, b's extra letter ("Su-hyok", "Su-hyouk")?
 * Not "y": "hun" and "hyun" romanise two syllables, not one. */
static int
vowel_added(const char *a, size_t na, const char *b)
{
	size_t i = 0;

	while (i < na && a[i] == b[i])
		i++;
	return b[i] && strchr("aeiou", b[i]) && memcmp(a + i, b + i + 1, na - i) == 0;
}

/* rules91: a Korean name written twice with one vowel more or less in
 * its hyphenated given name ("Lee Su-hyouk" and "Lee Su-hyok", "Kim
 * Young-sam" and "Kim Yong-sam": romanisations of one name): the later
 * is the earlier official.  The same Korean surname, given names of
 * VARIANT_NAME_MIN bytes or more, no two offices (offices_differ:
 * "Jong-hun", "Jong-hyun" are two names). */
static void
resolve_given_name_variants(rc_ctx *rc, size_t first)
{
	for (size_t k = first; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		int korean = 0, ok = 0;
		size_t n, gm;

		if (m->kind != NCG_M_OFFICIAL || !m->name || !(n = odd_surname(rc, m->name, &korean)) ||
		    !korean || (gm = strlen(m->name + n + 1)) < VARIANT_NAME_MIN)
			continue;
		for (size_t j = first; j < k; j++) {
			const ncg_mention *o = &rc->m[j];
			const char *g;
			size_t go;

			if (o->kind != NCG_M_OFFICIAL || !o->name || !o->key ||
			    odd_surname(rc, o->name, &ok) != n || !ok || memcmp(o->name, m->name, n) != 0)
				continue;
			g = o->name + n + 1;
			go = strlen(g);
			if (go < VARIANT_NAME_MIN || !(go + 1 == gm ? vowel_added(g, go, m->name + n + 1) :
			                gm + 1 == go && vowel_added(m->name + n + 1, gm, g)) ||
			    offices_differ(m, o))
				continue;
			join_short_name(m, o);
			break;
		}
	}
}

/* rules343: the fewest letters of a given name read as another's with a
 * letter left out ("Marc" for "Marco"): shorter ones are often two names
 * ("Dan", "Dana"). */
enum { GIVEN_TYPO_MIN = 4 };

/* rules343: the length of the given name of an official named in two
 * words, with a title or a rank, the first word no Korean surname (whose
 * name is written surname first) and no hyphen; else 0. */
static size_t
titled_given_name(const rc_ctx *rc, const ncg_mention *m)
{
	const char *sp;

	if (m->kind != NCG_M_OFFICIAL || !m->name || !m->key || !(sp = strchr(m->name, ' ')) ||
	    strchr(sp + 1, ' ') || strchr(m->name, '-') ||
	    !((m->official.title && *m->official.title) ||
	      (m->official.honorific && *m->official.honorific)) ||
	    ncg_lexicon_has_word(rc->lex, NCG_WL_KOREAN_SURNAME, m->name, (size_t)(sp - m->name)))
		return 0;
	return (size_t)(sp - m->name);
}

/* rules343: is given name a (na bytes) given name b (nb bytes) with one
 * letter left out, the same first letter, GIVEN_TYPO_MIN letters or
 * more? */
static int
given_letter_dropped(const char *a, size_t na, const char *b, size_t nb)
{
	return na >= GIVEN_TYPO_MIN && na + 1 == nb && *a == *b && one_edit_apart(a, na, b, nb);
}

/* rules343: every official from `first` on named `name` is official o. */
static void
join_all_named(rc_ctx *rc, size_t first, const char *name, const ncg_mention *o)
{
	for (size_t t = first; t < rc->nm; t++) {
		ncg_mention *m = &rc->m[t];

		if (m != o && m->kind == NCG_M_OFFICIAL && m->name && strcmp(m->name, name) == 0)
			join_short_name(m, o);
	}
}

/* fix167 (review134 1, 2): are s and t both empty (or NULL), or equal in
 * any case? */
static int
same_or_none(const char *s, const char *t)
{
	if (!s || !*s || !t || !*t)
		return !(s && *s) && !(t && *t);
	return strcasecmp(s, t) == 0;
}

/* rules349: is title a (na bytes) title b with a country's or a state's
 * word of the lexicon before it ("US Secretary of State": "Secretary of
 * State"; "California Governor": "Governor"), in any case? */
static int
owner_before_title(const rc_ctx *rc, const char *a, size_t na, const char *b)
{
	size_t nb = strlen(b), w;

	if (na <= nb + 1 || a[na - nb - 1] != ' ' || strncasecmp(a + na - nb, b, nb) != 0)
		return 0;
	w = na - nb - 1;
	return ncg_lexicon_is_wording(rc->lex, 1u << NCG_LEX_COUNTRY, a, w) ||
	       ncg_lexicon_has_word(rc->lex, NCG_WL_STATE_NAME, a, w);
}

/* rules349: are titles s and t one office: the same or both none
 * (same_or_none), or one the other with its country or state before it
 * (owner_before_title)?  Any other word stays a difference ("Deputy
 * Secretary of State" is not "Secretary of State"). */
static int
same_owned_title(const rc_ctx *rc, const char *s, const char *t)
{
	if (same_or_none(s, t))
		return 1;
	if (!s || !*s || !t || !*t)
		return 0;
	return owner_before_title(rc, s, strlen(s), t) || owner_before_title(rc, t, strlen(t), s);
}

/* fix167 (review134 1, 2): do m and o hold one office as written: the same
 * whole title, not empty ("Deputy Secretary of State" is not "Secretary
 * of State"), and the same rank or honorific or none ("Col." alone is no
 * office: "Col. Eric Nelson" and "Col. Erica Nelson" are two)?  rules349:
 * a title the same but for its country or state (same_owned_title). */
static int
same_full_office(const rc_ctx *rc, const ncg_mention *m, const ncg_mention *o)
{
	return m->official.title && *m->official.title &&
	       same_owned_title(rc, m->official.title, o->official.title) &&
	       same_or_none(m->official.honorific, o->official.honorific);
}

/* rules349: is mention m in the statement's headline (its title line)? */
static int
in_headline(const rc_ctx *rc, const ncg_mention *m)
{
	uint32_t b = rc->tok[m->t0].b;

	return rc->head.has_title && b >= rc->head.title_b && b < rc->head.title_e;
}

/* fix167 (review134 1): how many officials from `first` on are named
 * `name`.  rules349: in the body: the headline's slip counts once when
 * the lead repeats it. */
static size_t
count_named(const rc_ctx *rc, size_t first, const char *name)
{
	size_t n = 0;

	for (size_t t = first; t < rc->nm; t++)
		n += rc->m[t].kind == NCG_M_OFFICIAL && rc->m[t].name &&
		     strcmp(rc->m[t].name, name) == 0 && !in_headline(rc, &rc->m[t]);
	return n;
}

/* rules349: are officials named a and b ever in one sentence (from
 * `first` on): two people? */
static int
named_together(const rc_ctx *rc, size_t first, const char *a, const char *b)
{
	for (size_t t = first; t < rc->nm; t++) {
		const ncg_mention *m = &rc->m[t];

		if (m->kind != NCG_M_OFFICIAL || !m->name || strcmp(m->name, a) != 0)
			continue;
		for (size_t u = first; u < rc->nm; u++)
			if (rc->m[u].sent == m->sent && rc->m[u].kind == NCG_M_OFFICIAL &&
			    rc->m[u].name && strcmp(rc->m[u].name, b) == 0)
				return 1;
	}
	return 0;
}

/* fix170 (review137 5): is the name `slip` (a letter short of `name`)
 * the slip: written once in the body or not at all, and either in the
 * headline or beside `name` written twice or more?  Each written once
 * ("Secretary of State Antony Blinken ... Secretary of State Anthony
 * Blinken"): no telling which is right, two officials kept. */
static int
slip_outweighed(const rc_ctx *rc, size_t first, const char *slip, const char *name)
{
	size_t body = 0;
	int headline = 0;

	/* one pass: the slip's mentions in the body and in the headline */
	for (size_t t = first; t < rc->nm; t++)
		if (rc->m[t].kind == NCG_M_OFFICIAL && rc->m[t].name && strcmp(rc->m[t].name, slip) == 0) {
			if (in_headline(rc, &rc->m[t]))
				headline = 1;
			else
				body++;
		}
	if (body > 1)
		return 0;
	return headline || count_named(rc, first, name) >= 2;
}

/* rules343: officials k and j, named in two words with one surname and
 * given names a letter apart, of one office: the shorter given name is
 * the longer misspelt.  fix167 (review134 1, 2): the same whole title
 * (same_full_office), in two sentences, and the shorter name written
 * once (a headline's slip, not two people: "Rep. Kazuo Tanaka and Rep.
 * Kazuko Tanaka").  rules349: once in the body, the headline aside (the
 * lead repeats it), and never in one sentence with the longer. */
static void
given_typo_pair(rc_ctx *rc, size_t first, size_t k, size_t j)
{
	const ncg_mention *m = &rc->m[k], *o = &rc->m[j];
	size_t gm = titled_given_name(rc, m), go = titled_given_name(rc, o);

	if (!gm || !go || strcmp(m->name + gm, o->name + go) != 0 || m->sent == o->sent ||
	    !same_full_office(rc, m, o) || named_together(rc, first, m->name, o->name))
		return;
	if (given_letter_dropped(m->name, gm, o->name, go) && slip_outweighed(rc, first, m->name, o->name))
		join_all_named(rc, first, m->name, o);
	else if (given_letter_dropped(o->name, go, m->name, gm) &&
	         slip_outweighed(rc, first, o->name, m->name))
		join_all_named(rc, first, o->name, m);
}

/* rules343: a given name misspelt with a letter left out ("Secretary of
 * State Marc Rubio" beside "Secretary of State Marco Rubio", a paper's
 * headline and its body): the official with the longer name.  Each
 * name's first titled mention is compared with the last sixteen names
 * of the same surname before it (a chain through `last`). */
static ncg_status
resolve_given_name_typos(rc_ctx *rc, size_t first)
{
	ncg_strmap *names = ncg_strmap_new(), *last = ncg_strmap_new();
	size_t *prev = calloc(rc->nm - first + 1, sizeof *prev);
	ncg_status st = names && last && prev ? NCG_OK : NCG_ERR_NOMEM;

	for (size_t k = first; k < rc->nm && st == NCG_OK; k++) {
		const ncg_mention *m = &rc->m[k];
		size_t g = titled_given_name(rc, m), steps = 0;
		int added = 0;

		if (!g || (st = ncg_strmap_add(names, m->name, strlen(m->name), (void *)1, &added)) !=
		                  NCG_OK || !added)
			continue;
		prev[k - first] = fullest_of(last, m->name + g + 1);
		for (size_t j = prev[k - first]; j && steps < 16; j = prev[j - 1 - first], steps++)
			given_typo_pair(rc, first, k, j - 1);
		st = ncg_strmap_put(last, m->name + g + 1, (void *)(uintptr_t)(k + 1));
	}
	ncg_strmap_free(names);
	ncg_strmap_free(last);
	free(prev);
	return st;
}

/* rules167: the first official from `first` on, not k, with a key and
 * the name written surname first (rev, la bytes), found by a scan: the
 * slow path of reversed_match. */
static size_t
reversed_scan(const rc_ctx *rc, size_t first, size_t k, const char *rev, size_t la)
{
	for (size_t j = first; j < rc->nm; j++) {
		const ncg_mention *o = &rc->m[j];

		if (j != k && o->kind == NCG_M_OFFICIAL && o->name && o->key &&
		    strlen(o->name) == la && memcmp(o->name, rev, la) == 0)
			return j;
	}
	return rc->nm;
}

/* rules167: the official that mention k's name (la bytes, its last
 * word the n bytes before its end, a lex:koreanSurname) names surname
 * first ("Seung Hak Chang": "Chang Seung Hak"), or rc->nm.  The first
 * such mention in order, looked up by name in `names` (name -> the first
 * mention with a key that bears it, + 1): a mention whose name changed
 * since, or k itself, sends the search to the scan. */
static size_t
reversed_match(const rc_ctx *rc, const ncg_strmap *names, size_t first, size_t k, size_t la,
               size_t n)
{
	const char *a = rc->m[k].name;
	char rev[256];
	void *p;
	size_t j;

	if (la >= sizeof rev)
		return rc->nm;
	memcpy(rev, a + la - n, n);
	rev[n] = ' ';
	memcpy(rev + n + 1, a, la - n - 1);
	if (!(p = ncg_strmap_getn(names, rev, la)))
		return rc->nm;
	j = (size_t)(uintptr_t)p - 1;
	if (j == k || strlen(rc->m[j].name) != la || memcmp(rc->m[j].name, rev, la) != 0)
		return reversed_scan(rc, first, k, rev, la);
	return j;
}

/* rules167: the officials with a key, by name: the first mention that
 * bears each name, + 1. */
static ncg_status
index_keyed_names(const rc_ctx *rc, size_t first, ncg_strmap *names)
{
	for (size_t j = first; j < rc->nm; j++) {
		const ncg_mention *o = &rc->m[j];
		int added;

		if (o->kind == NCG_M_OFFICIAL && o->name && o->key)
			NCG_TRY(ncg_strmap_add(names, o->name, strlen(o->name),
			                       (void *)(uintptr_t)(j + 1), &added));
	}
	return NCG_OK;
}

/* rules316: does full name o end with name m (its first word, a
 * particle, n bytes), as written ("Cesar Del Rosario": 2) or with that
 * particle in lower case ("Leila de Lima" for "De Lima": 1)?  fix145:
 * the particle is a lex:patronymicParticle, no length's guess. */
static int
ends_particle_surname(const rc_ctx *rc, const char *o, const char *m, size_t n)
{
	size_t lo = strlen(o), lm = strlen(m);
	const char *t;

	if (lo <= lm + 1)
		return 0;
	t = o + lo - lm;
	if (t[-1] != ' ')
		return 0;
	if (strcmp(t, m) == 0)
		return 2;
	return t[0] == m[0] - 'A' + 'a' && strcmp(t + 1, m + 1) == 0 &&
	       ncg_lexicon_has_word(rc->lex, NCG_WL_PATRONYMIC_PARTICLE, t, n);
}

/* rules316: a surname with its particle capitalised, as a sentence or a
 * headline opens it ("De Lima told reporters", "De Blasio said", "Del
 * Rosario, 76, resigned") beside the full name that writes the particle
 * in lower case ("Leila de Lima"): that official, when only one name
 * ends so.  fix145: a name that ends with the surname as written
 * ("Albert del Rosario" and "Cesar Del Rosario") counts too: two keys,
 * none; one so written is left to the alias passes. */
static void
resolve_particle_surnames(rc_ctx *rc, size_t first)
{
	for (size_t k = first; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		const ncg_mention *found;
		size_t n;

		if (m->kind != NCG_M_OFFICIAL || !m->name || m->name[0] < 'A' ||
		    m->name[0] > 'Z' || !strchr(m->name, ' ') ||
		    !ncg_lexicon_has_word_ci(rc->lex, NCG_WL_PATRONYMIC_PARTICLE, m->name,
		                             n = strcspn(m->name, " ")))
			continue;
		found = one_official_match(rc, first, k, ends_particle_surname, n);
		if (found && ends_particle_surname(rc, found->name, m->name, n) == 1)
			join_short_name(m, found);
	}
}

/* rules167: a Korean name written given name first ("Rear Admiral Seung
 * Hak Chang") where the text also writes it surname first ("Rear Admiral
 * Chang Seung Hak"): one official, named surname first.  The same words
 * in the two orders name one person, whatever offices the text gives.
 * Looked up by name, not compared pairwise (bench/hostile.sh "lines"). */
static ncg_status
resolve_reversed_names(rc_ctx *rc, size_t first)
{
	ncg_strmap *names = ncg_strmap_new();
	ncg_status st = names ? index_keyed_names(rc, first, names) : NCG_ERR_NOMEM;

	for (size_t k = first; st == NCG_OK && k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		const char *sp;
		size_t la, n, j;
		void *p;

		if (m->kind != NCG_M_OFFICIAL || !m->name || !(sp = strrchr(m->name, ' ')))
			continue;
		la = strlen(m->name);
		n = la - (size_t)(sp + 1 - m->name);
		if (!ncg_lexicon_has_word(rc->lex, NCG_WL_KOREAN_SURNAME, sp + 1, n) ||
		    (j = reversed_match(rc, names, first, k, la, n)) == rc->nm)
			continue;
		join_short_name(m, &rc->m[j]);
		/* m now bears j's name: the first mention to bear it, if
		 * before j's */
		p = ncg_strmap_get(names, m->name);
		if (!p || k + 1 < (uintptr_t)p)
			st = ncg_strmap_put(names, m->name, (void *)(uintptr_t)(k + 1));
	}
	ncg_strmap_free(names);
	return st;
}

/* rules349: is mention m in apposition after a father's noun ("His
 * father, Gov. Robert Casey")?  Then a son's name with "Jr." is not
 * his. */
static int
after_father_noun(const rc_ctx *rc, const ncg_mention *m)
{
	size_t p = m->t0;

	/* fix170 (review137 6): over lower-case words between ("His late
	 * father, the former President Ferdinand Marcos") */
	while (p > 0 && p + 3 > m->t0 && rc_lower(rc, p - 1))
		p--;
	return p >= 2 && rc_punct(rc, p - 1, ",") && rc_wl(rc, p - 2, NCG_WL_NAMESAKE_FATHER_NOUN);
}

/* fix176 (review144 1): are ranks a and b one rank, each word of one
 * a word of the other or its abbreviation ("Adm." and "Admiral", "Lt.
 * Gen." and "Lieutenant General")? */
static int
ranks_alike(const char *a, const char *b)
{
	const char *p = a, *q = b;
	size_t l, k;

	while ((p = next_word(p, &l)) != NULL) {
		size_t n;

		if ((q = next_word(q, &k)) == NULL)
			return 0;
		n = l < k ? l : k;
		n -= (n == l && p[l - 1] == '.') || (n == k && q[k - 1] == '.');
		if (n < 2 || strncasecmp(p, q, n) != 0)
			return 0;
		p += l;
		q += k;
	}
	return next_word(q, &k) == NULL;
}

/* fix176 (review144 1): may officials m and o, one alias key only by a
 * given name's variant ("Phil Baker", "Philip Baker"), be one person?
 * Only when their ranks, if both have one, are one (ranks_alike), and
 * then one of them untitled ("Admiral Phil Davidson", "Adm. Philip
 * Davidson, commander of ...") or their offices do not differ
 * (offices_differ, both ways: "Secretary of State Mike Pompeo",
 * "Secretary of State Michael R. Pompeo"): "British Defence Minister
 * Phil Baker" is no "Lt. Gen. Philip Baker, the Army's deputy
 * commander".  Names spelt alike are always. */
static int
variant_join_ok(const rc_ctx *rc, const ncg_mention *m, const ncg_mention *o)
{
	char a[256], b[256];
	const char *mt = m->official.title, *ot = o->official.title;
	const char *mr = m->official.honorific, *orank = o->official.honorific;

	if (alias_key_in(rc, m->name, a, sizeof a, 0) && alias_key_in(rc, o->name, b, sizeof b, 0) &&
	    strcmp(a, b) == 0)
		return 1;
	/* a speaker label's office in capitals, read as a rank
	 * ("SECRETARY OF DEFENSE JAMES N. ROE:" after "Secretary of
	 * Defense Jim Roe") */
	if ((mt && orank && strcasecmp(mt, orank) == 0) || (ot && mr && strcasecmp(ot, mr) == 0))
		return 1;
	if (mr && *mr && orank && *orank) {
		if (!ranks_alike(mr, orank))
			return 0;
		if (!(mt && *mt && ot && *ot))
			return 1;
	}
	return !offices_differ(m, o) && !offices_differ(o, m);
}

/* One official however named: "Lloyd Austin" and "Lloyd J. Austin III"
 * (same first and last words) are the fullest of them.  Linear: one map
 * from alias keys to the fullest mention.  rules349: never a father
 * (after_father_noun) the namesake son (generation_suffix). */
static ncg_status
resolve_aliases(rc_ctx *rc, size_t first, ncg_strmap *fullest)
{
	char key[256];

	for (size_t k = first; k < rc->nm; k++) {
		const ncg_mention *m = &rc->m[k];
		uintptr_t cur;

		if (m->kind != NCG_M_OFFICIAL || !alias_key(rc, m->name, key, sizeof key))
			continue;
		cur = fullest_of(fullest, key);
		if (!cur || name_words(m->name) > name_words(rc->m[cur - 1].name))
			NCG_TRY(ncg_strmap_put(fullest, key, (void *)(uintptr_t)(k + 1)));
	}
	for (size_t k = first; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		uintptr_t f;

		if (m->kind != NCG_M_OFFICIAL || !alias_key(rc, m->name, key, sizeof key) ||
		    !(f = fullest_of(fullest, key)) || f == k + 1 ||
		    (after_father_noun(rc, m) && generation_suffix(rc, rc->m[f - 1].name, 0)) ||
		    !variant_join_ok(rc, m, &rc->m[f - 1]))
			continue;
		m->key = rc->m[f - 1].key;
		m->name = rc->m[f - 1].name;
		m->lex = rc->m[f - 1].lex;
		if (!m->official.country)
			m->official.country = rc->m[f - 1].official.country;
	}
	return NCG_OK;
}

/* A name already known as an official's, written again with no title
 * ("... met Lloyd Austin"): a mention of that official. */
static ncg_status
known_names(rc_ctx *rc, ncg_strmap *fullest)
{
	char key[256];

	/* no official named yet: no name is known (speed only) */
	if (ncg_strmap_count(fullest) == 0)
		return NCG_OK;
	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		if (!rc->body_sent[s] || rc_in_title(rc, s))
			continue;
		for (size_t i = st->t0; i < st->t1; i++) {
			size_t n1;
			int count;
			const char *name;
			uintptr_t f;
			ncg_mention *m;

			/* the test of the word before first: the one that costs
			 * least (speed only; neither changes anything) */
			if ((i > st->t0 && rc_cap(rc, i - 1)) || !name_token(rc, i, st->t1))
				continue;
			n1 = parse_name(rc, i, st->t1, &count);
			if (count < 2)
				continue;
			NCG_TRY(rc_span(rc, i, n1, &name));
			if (!alias_key(rc, name, key, sizeof key) ||
			    !(f = fullest_of(fullest, key))) {
				i = n1 - 1;
				continue;
			}
			{
				ncg_mention known = rc->m[f - 1];   /* rc_add may move it */

				NCG_TRY(rc_add(rc, NCG_M_OFFICIAL, (uint32_t)s, i, n1, &m));
				m->name = known.name;
				m->key = known.key;
				m->lex = known.lex;
				m->official.country = known.official.country;
			}
			rc_claim(rc, i, n1, RC_CLAIM_NAME);
			i = n1 - 1;
		}
	}
	return NCG_OK;
}

/* Credit lines: after "Photo by", "Reporting by" (or "By" at the start
 * of a line), the rest of the line names a photographer or a reporter,
 * no official; its words are claimed so that no name is read there. */
/* rules60: an image's credit in parentheses without "photo" ("(U.S.
 * Air Force by Senior Master Sgt. Jane Roe)", as DVIDS captions print
 * it): "(", a body's name, "by", and the closing parenthesis within
 * twelve words.  The token after "by", the parenthesis's in *close; or
 * 0. */
static size_t
paren_credit(rc_ctx *rc, size_t i, size_t lim, size_t *close)
{
	const ncg_mention *b;

	if (!rc_punct(rc, i, "(") || !(b = rc_mention_at(rc, NCG_M_BODY, i + 1)) ||
	    b->t0 != i + 1 || !rc_is(rc, b->t1, "by"))
		return 0;
	for (size_t j = b->t1 + 1; j < lim && j < b->t1 + 13; j++)
		if (rc_punct(rc, j, ")")) {
			*close = j;
			return b->t1 + 1;
		}
	return 0;
}

/* The most words of a slash's credit after the body's "/" ("Chief Mass
 * Communication Specialist 2nd Class Jane Roe" is nine). */
enum { SLASH_CREDIT_WORDS = 12 };

/* rules364: a photo's credit set after the caption with a slash ("...
 * met again on March 17, 2022. U.S. NAVY / Chief Mass Communication
 * Specialist Jane Roe", a magazine's caption): a sentence that opens with
 * a body's name, then "/", then at most SLASH_CREDIT_WORDS words to the
 * end of the line.  fix180 (review146 2, 3): every word after "/"
 * capitalised (no verb: "U.S. Forces Korea / United Nations Command
 * welcomed Gen. Paul LaCamera"), and a lex:slashCreditWord among them,
 * or the body in capitals and no title, rank or office after "/" (a
 * participant's line, "U.S. Forces Korea / Gen. Paul LaCamera",
 * "Department of Defense / Deputy Secretary Kathleen Hicks", names an
 * official).  The token after "/", the line's end in *end; or 0. */
static size_t
slash_credit(rc_ctx *rc, size_t s, size_t i, size_t *end)
{
	const ncg_sentence *st = &rc->sent[s];
	const ncg_mention *b;
	size_t j;
	int credit = 0, titled = 0;

	if (i != st->t0 || !(b = rc_mention_at(rc, NCG_M_BODY, i)) || b->t0 != i ||
	    !rc_punct(rc, b->t1, "/"))
		return 0;
	for (j = b->t1 + 1; j < st->t1 && !(rc->tok[j].flags & NCG_TF_LINE); j++) {
		if (j > b->t1 + SLASH_CREDIT_WORDS || rc_lower(rc, j))
			return 0;
		credit |= rc_wl(rc, j, NCG_WL_SLASH_CREDIT_WORD);
		titled |= rc_person_title_at(rc, j);
	}
	if (j == b->t1 + 1 || (j < rc->ntok && !(rc->tok[j].flags & NCG_TF_LINE)) ||
	    !(credit || (rc_no_lower(rc, b->t0, b->t1) && !titled)))
		return 0;
	*end = j;
	return b->t1 + 1;
}

/* fix95: a page footer's credit ("This work, Leaders Meet, by CPT Jane
 * Doe, identified by DVIDS, must comply with ..."): "by" at i, then
 * within twelve words on its line a comma and a lex:footerCreditTail.
 * The token after "by", the comma's in *comma; or 0. */
static size_t
footer_credit(const rc_ctx *rc, size_t i, size_t lim, size_t *comma)
{
	if (!rc_wl_match(rc, i, lim, NCG_WL_BYLINE_CUE, 0))
		return 0;
	for (size_t k = i + 1; k < lim && k < i + 13 && !(rc->tok[k].flags & NCG_TF_LINE); k++)
		if (rc_punct(rc, k, ",")) {
			if (k == i + 1 || !rc_wl_match(rc, k + 1, lim, NCG_WL_FOOTER_CREDIT_TAIL, 0))
				return 0;
			*comma = k;
			return i + 1;
		}
	return 0;
}

/* rules65: does a byline's name [e, j) go on after a comma with a title
 * of office ("By Antony J. Blinken, Deputy Secretary of State", an
 * official's op-ed)?  Then it names an official, no reporter. */
static int
byline_office(const rc_ctx *rc, size_t e, size_t j)
{
	for (size_t k = e + 1; k < j; k++)
		if (rc_punct(rc, k, ","))
			return has_cap_title_head(rc, k + 1, j);
	return 0;
}

/* rules84: a byline whose name runs straight into a title of office,
 * with no comma between, that a comma or the line's end closes ("By
 * Daniel R. Russel Assistant Secretary, Bureau of East Asian and Pacific
 * Affairs", an official's remarks page): the official, with that title.
 * A reporter's rank comes before the name ("By Senior Master Sgt. Jane
 * Roe"), no title after it. */
static ncg_status
byline_name_title(rc_ctx *rc, size_t s, size_t e, size_t j)
{
	size_t n1, t1;
	int count, head;
	ncg_mention *m;

	if (!name_token(rc, e, j))
		return NCG_OK;
	n1 = parse_name(rc, e, j, &count);
	if (!full_name_words(count) || n1 >= j || !title_ish(rc, n1) ||
	    rc_lex_longest(rc, e, n1, ~(1u << NCG_LEX_OFFICIAL), ~0u, &t1))
		return NCG_OK;
	t1 = preposed_title_end(rc, n1, j, &head);
	if (!head || !(t1 == j || rc_punct(rc, t1, ",")))
		return NCG_OK;
	NCG_TRY(add_official(rc, (uint32_t)s, e, e, n1, n1, &m));
	return read_title(rc, m, n1, t1);
}

/* Does token i open its line, maybe after a list bullet (lex:bullet)?
 * rules175: a page's byline set as a list item ("  • By Maj. Cody
 * Chiles", a PACAF page's credits) is a byline still. */
static int
line_opening(const rc_ctx *rc, size_t i)
{
	if (rc->tok[i].flags & NCG_TF_LINE)
		return 1;
	return i > 0 && (rc->tok[i - 1].flags & NCG_TF_LINE) && rc_wl_match(rc, i - 1, i, NCG_WL_BULLET, 1) == i;
}

static ncg_status
claim_credits(rc_ctx *rc, size_t s)
{
	const ncg_sentence *st = &rc->sent[s];

	for (size_t i = st->t0; i < st->t1; i++) {
		size_t e = rc_wl_match(rc, i, st->t1, NCG_WL_CREDIT_CUE, 0), j;
		int byline = 0, office;

		if (!e && ((e = paren_credit(rc, i, st->t1, &j)) ||
		           (e = footer_credit(rc, i, st->t1, &j)) ||
		           (e = slash_credit(rc, s, i, &j)))) {
			rc_claim(rc, e, j, RC_CLAIM_NAME);
			i = j;
			continue;
		}

		/* rules121: a cable in capitals has no byline: its lines are
		 * cut anywhere ("... TO THE FOREIGN MINISTER" / "BY AMBASSADOR
		 * GLEYSTEEN ON FRIDAY") */
		if (!e && line_opening(rc, i) && !rc->cable_caps)
			byline = (e = rc_wl_match(rc, i, st->t1, NCG_WL_BYLINE_CUE, 0)) != 0;
		/* rules124: a byline's name is capitalised: a line opening
		 * "By previous arrangement I ..." is prose (a telegram's
		 * paragraph) */
		if (byline && (e >= st->t1 || !(rc->tok[e].flags & (NCG_TF_CAP | NCG_TF_UPPER))))
			e = 0;
		if (!e)
			continue;
		for (j = e; j < st->t1 && j < e + 12 && !(rc->tok[j].flags & NCG_TF_LINE) &&
		            !rc_punct(rc, j, ";") && !rc_wl(rc, j, NCG_WL_CREDIT_END); j++)
			;
		office = byline_office(rc, e, j);
		if (byline && !office)
			NCG_TRY(byline_name_title(rc, s, e, j));
		/* a name with a title after a comma is left to the official
		 * rules; any other is claimed (a byline's official read above
		 * with the title after it) */
		if (!office)
			rc_claim(rc, e, j, RC_CLAIM_NAME);
		i = j > i ? j - 1 : i;
	}
	return NCG_OK;
}

/* rules16: does a page's tag list start at i ("Tags Bureau of East Asian
 * and Pacific Affairs ... Secretary Trip"): a lex:tagCue, then a
 * capitalised word?  Tags run together; no official is named there (as
 * no body is: recog_org.c). */
static int
tag_list_at(const rc_ctx *rc, size_t i, size_t lim)
{
	size_t e = rc_wl_match(rc, i, lim, NCG_WL_TAG_CUE, 1);

	return e && e < lim && rc_cap(rc, e);
}

/* rules137: a surname in capitals after given names that are not ("Yu
 * Chan YANG", upper_surname_last) written as a name is written ("Yu
 * Chan Yang"), so that the surname alone ("Dr. Yang") stands for it.
 * Only a name whose last word is such a surname before a comma
 * (upper_surname_token): "McDONALD" elsewhere stays as written. */
static ncg_status
title_case_upper_surnames(rc_ctx *rc, size_t first)
{
	for (size_t k = first; k < rc->nm; k++) {
		ncg_mention *m = &rc->m[k];
		const char *sp;
		char *w;
		size_t n;
		int lower = 0;

		if (m->kind != NCG_M_OFFICIAL || !m->name || !(sp = strrchr(m->name, ' ')) ||
		    strlen(sp + 1) < 2 || m->t1 == 0 ||
		    !upper_surname_token(rc, m->t1 - 1, rc->sent[m->sent].t1) ||
		    ncg_lexicon_has_word(rc->lex, NCG_WL_NAME_SUFFIX, sp + 1, strlen(sp + 1)))
			continue;
		for (const char *p = m->name; p < sp; p++)
			lower |= islower((unsigned char)*p) != 0;
		for (const char *p = sp + 1; *p && lower; p++)
			lower = !islower((unsigned char)*p);
		if (!lower)
			continue;
		n = strlen(m->name);
		if (!(w = ncg_arena_alloc(rc->arena, n + 1)))
			return NCG_ERR_NOMEM;
		memcpy(w, m->name, n + 1);
		for (char *p = w + (sp - m->name) + 2; *p; p++)
			*p = (char)tolower((unsigned char)*p);
		m->name = w;
	}
	return NCG_OK;
}

/* The officials from mention `first` on, however named: one key for
 * each person's aliases, known names, surnames alone and the full names
 * the text gives them. */
static ncg_status
resolve_names(rc_ctx *rc, size_t first)
{
	ncg_strmap *fullest = ncg_strmap_new();
	uint8_t *kept = ncg_arena_alloc(rc->arena, rc->nm - first + 1);  /* zeroed */
	ncg_status st;

	if (!fullest || !kept) {
		ncg_strmap_free(fullest);
		return NCG_ERR_NOMEM;
	}
	if (title_case_upper_surnames(rc, first) != NCG_OK) {
		ncg_strmap_free(fullest);
		return NCG_ERR_NOMEM;
	}
	resolve_surname_typos(rc, first);
	resolve_cut_given_names(rc, first);
	resolve_given_name_variants(rc, first);
	resolve_particle_surnames(rc, first);
	st = resolve_given_name_typos(rc, first);
	if (st == NCG_OK)
		st = resolve_reversed_names(rc, first);
	if (st == NCG_OK)
		st = resolve_aliases(rc, first, fullest);
	if (st == NCG_OK)
		st = known_names(rc, fullest);
	ncg_strmap_free(fullest);
	NCG_TRY(st);
	resolve_suffixed_surnames(rc, first);
	NCG_TRY(resolve_short_names(rc, first, kept));
	NCG_TRY(resolve_misspelt_surnames(rc, first, kept));
	return join_text_names(rc, first, kept);
}

/* rules121: a surname alone in parentheses at k ("(Decker)", "( Muccio
 * )"): the token after the closing parenthesis, or 0 */
static size_t
paren_surname_end(const rc_ctx *rc, size_t k, size_t lim)
{
	if (k + 2 >= lim || !rc_punct(rc, k, "(") || !rc_punct(rc, k + 2, ")") || !rc_cap(rc, k + 1) ||
	    (rc->tok[k + 1].flags & NCG_TF_UPPER) || !name_token(rc, k + 1, k + 2))
		return 0;
	return k + 3;
}

/* rules121: where a record's heading names its sender, after its number:
 * past a lex:recordTransmittal ("233. Telegram From the Commander in
 * Chief, ..."), or at "The" opening a heading whose first surname in
 * parentheses comes before "to" ("The Ambassador in Korea (Muccio) to
 * the Secretary of State", the record's kind on the line above); else 0 */
static size_t
record_sender_start(const rc_ctx *rc, size_t t0, size_t t1)
{
	size_t e;

	if (t0 + 1 < t1 && rc->tok[t0].kind == NCG_TOK_NUMBER && rc_punct(rc, t0 + 1, "."))
		t0 += 2;
	if ((e = rc_wl_match(rc, t0, t1, NCG_WL_RECORD_TRANSMITTAL, 0)))
		return e;
	if (!rc_is(rc, t0, "The") || !(rc->tok[t0].flags & NCG_TF_LINE))
		return 0;
	for (size_t k = t0 + 1; k + 3 < t1; k++)
		if (rc_punct(rc, k, "("))
			return (e = paren_surname_end(rc, k, t1)) && rc_is(rc, e, "to") ? t0 : 0;
	return 0;
}

/* rules121: a declassified record's heading names its sender and
 * addressee by office, the surname in parentheses ("233. Telegram From
 * the Commander in Chief, United Nations Command (Decker) to the
 * Department of the Army", "Memorandum From the Special Representative
 * for Trade Negotiations (Strauss) to President Carter"): after the
 * heading's start (record_sender_start), a capitalised word alone in
 * parentheses, with a title's head word (any case) between it and the
 * start or the last "to", is an official's surname, the office its
 * title. */
static ncg_status
record_heading_officials(rc_ctx *rc, size_t s)
{
	size_t t1 = rc->sent[s].t1, from = record_sender_start(rc, rc->sent[s].t0, t1), e;
	ncg_mention *m;

	for (size_t k = from; from && k + 2 < t1; k++) {
		size_t a = from + rc_wl_ci(rc, from, NCG_WL_DEFINITE_ARTICLE), t = k;

		if (rc_is(rc, k, "to"))
			from = k + 1;
		if (!(e = paren_surname_end(rc, k, t1)) || a >= k)
			continue;
		t -= rc_punct(rc, k - 1, ",");    /* "United States Eighth Army, (Taylor)" */
		if (a >= t || !has_title_head_ci(rc, a, t))
			continue;
		NCG_TRY(add_official(rc, (uint32_t)s, k + 1, k + 1, k + 2, k + 2, &m));
		NCG_TRY(read_title(rc, m, a, t));
		from = e;
	}
	return NCG_OK;
}

/* rules177: a news story's closing credit, a line that ends "...
 * contributed to this report." (lex:contributorCredit): whoever it
 * names before the cue is a reporter ("VOA's White House Bureau Chief
 * Steve Herman in Osaka, Japan, contributed to this report"), no
 * official.  Only a sentence that opens its line and ends at the cue. */
static void
claim_contributor_line(rc_ctx *rc, size_t s)
{
	const ncg_sentence *st = &rc->sent[s];
	size_t end = st->t1;

	if (!line_opening(rc, st->t0))
		return;
	if (end > st->t0 && rc_punct(rc, end - 1, "."))
		end--;
	for (size_t i = st->t0 + 1; i < end; i++)
		if (rc_wl_match(rc, i, end, NCG_WL_CONTRIBUTOR_CREDIT, 0) == end) {
			rc_claim(rc, st->t0, i, RC_CLAIM_NAME);
			return;
		}
}

ncg_status
rc_officials(rc_ctx *rc)
{
	size_t first = rc->nm;

	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];

		if (!rc->body_sent[s])
			continue;
		NCG_TRY(claim_credits(rc, s));
		claim_contributor_line(rc, s);
		NCG_TRY(name_line_official(rc, s));
		NCG_TRY(record_heading_officials(rc, s));
		for (size_t i = st->t0; i < st->t1; i++) {
			size_t e;

			if (rc_claimed(rc, i, i + 1, RC_CLAIM_NAME))
				continue;
			if (tag_list_at(rc, i, st->t1))
				break;
			if ((rc_claimed(rc, i, i + 1, RC_CLAIM_BODY) && !title_ish(rc, i)) ||
			    !official_may_start(rc, i))
				continue;
			NCG_TRY(official_at(rc, (uint32_t)s, i, st->t0, st->t1, &e));
			if (e > i)
				i = e - 1;
		}
	}
	return resolve_names(rc, first);
}
