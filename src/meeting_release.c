/* ncgkg: the held meeting of a military release (rules215).
 *
 * A release of a command ("Military leaders from the U.S. and the
 * Republic of Korea gathered at Osan Air Base, South Korea, June 13-14
 * to discuss airpower strategies", Air Force; "Republic of Korea
 * Ministry of Defense USFK Relocation Office and U.S. Forces Korea
 * officials gathered at U.S. Army Garrison - Yongsan to discuss the
 * transformation ... Jan. 22", USFK) reports a meeting with no meeting
 * noun: a group of both sides came together somewhere to talk. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "meeting_release.h"

/* Tokens after the verb within which its purpose of talks is read
 * ("gathered at Osan Air Base, South Korea, June 13-14 to discuss"). */
enum { PURPOSE_REACH = 14, MAX_SIDES = 8 };

/* Is token i in lower case?  ncg_doc has no such reader: meeting.c and
 * meeting_cable.c test NCG_TF_LOWER inline on their token arrays, and
 * recognise_internal.h's rc_lower works on an rc_ctx and asks for a word
 * besides (mend51). */
static int
lower_at(const ncg_doc *doc, size_t i)
{
	return i < ncg_doc_ntokens(doc) && (ncg_doc_tokens(doc)[i].flags & NCG_TF_LOWER);
}

/* A purpose of talks after the verb's end e: lex:infinitiveMarker, then
 * a verb of talks (lex:talkVerb's present, "discuss") or of meeting
 * (lex:meetingLemma's present), before the sentence's end t1, no ";". */
static int
talk_purpose(const ncg_doc *doc, const ncg_lexicon *lex, size_t e, size_t t1)
{
	for (size_t k = e; k + 1 < t1 && k < e + PURPOSE_REACH; k++) {
		if (ncg_doc_tok_is(doc, k, ";"))
			return 0;
		if (lower_at(doc, k) && ncg_doc_wl_at(doc, lex, NCG_WL_INFINITIVE_MARKER, k, t1) &&
		    (ncg_doc_wl_at(doc, lex, NCG_WL_VISIT_TALK_VERB, k + 1, t1) ||
		     ncg_doc_wl_at(doc, lex, NCG_WL_MEETING_VERB_PRESENT, k + 1, t1)))
			return 1;
	}
	return 0;
}

/* The countries of a mention: a country's own key, a body's or an
 * official's.  Not meeting.c's side_country and body reads (which give
 * no country for a body of two) nor its official_country (which also
 * reads a country written just before the official): the sides here
 * count both countries of a joint body and only an official's own
 * country (mend51). */
static size_t
mention_countries(const ncg_mention *m, const char *out[2])
{
	size_t n = 0;

	if (m->kind == NCG_M_COUNTRY && m->key)
		out[n++] = m->key;
	else if (m->kind == NCG_M_BODY)
		for (size_t k = 0; k < 2; k++)
			if (m->body.country[k])
				out[n++] = m->body.country[k];
	if (m->kind == NCG_M_OFFICIAL && m->official.country)
		out[n++] = m->official.country;
	return n;
}

/* Do the mentions of sentence s in [c0, v) name two countries (the two
 * sides of the group: "from the U.S. and the Republic of Korea", "ROK
 * Ministry of Defense ... and U.S. Forces Korea officials")?  c0 is the
 * group's clause start: not "After China fired missiles toward Taiwan,
 * U.S. officials gathered" (review65). */
static int
two_sides_before(const ncg_mentions *ms, uint32_t s, size_t c0, size_t v)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(ms, s, &idx), nk = 0;
	const char *keys[MAX_SIDES];

	for (size_t i = 0; i < n; i++) {
		const ncg_mention *m = ncg_mentions_at(ms, idx[i]);
		const char *c[2];
		size_t nc;

		if (m->t1 > v)
			break;
		if (m->t0 < c0)
			continue;
		nc = mention_countries(m, c);
		for (size_t k = 0; k < nc; k++) {
			size_t j = 0;

			while (j < nk && strcmp(keys[j], c[k]) != 0)
				j++;
			if (j == nk && nk < MAX_SIDES)
				keys[nk++] = c[k];
		}
	}
	return nk >= 2;
}

/* A group noun (lex:groupNoun: "officials", "leaders") as the subject
 * before the verb at v: between t0 and v, no comma, future cue nor
 * negation (lex:negationWord: "have not gathered", "never gathered")
 * after it.  Its token, or SIZE_MAX. */
static size_t
group_subject(const ncg_doc *doc, const ncg_lexicon *lex, size_t t0, size_t v)
{
	for (size_t q = v; q > t0; q--) {
		size_t p = q - 1;

		if (ncg_doc_tok_is(doc, p, ",") || ncg_doc_wl_at(doc, lex, NCG_WL_FUTURE_CUE, p, v) ||
		    ncg_doc_wl_at(doc, lex, NCG_WL_NEGATION_WORD, p, v))
			return SIZE_MAX;
		if (ncg_doc_wl_at(doc, lex, NCG_WL_GROUP_NOUN, p, v))
			return p;
	}
	return SIZE_MAX;
}

/* The start of the clause of the group noun at g: after the last comma
 * before it, else t0. */
static size_t
clause_start(const ncg_doc *doc, size_t t0, size_t g)
{
	while (g > t0 && !ncg_doc_tok_is(doc, g - 1, ","))
		g--;
	return g;
}

/* Is the group noun at g one of a government or the military: after a
 * word of lex:gatheringGroupModifier ("military leaders", "defense
 * officials") or right after a body, an official or a country ("U.S.
 * Forces Korea officials")?  Not "Business leaders from the United
 * States and Vietnam", "Leaders from Russia and China" (review65). */
static int
official_group(const ncg_doc *doc, const ncg_lexicon *lex, const ncg_mentions *ms, uint32_t s,
               size_t c0, size_t g)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(ms, s, &idx);

	if (g <= c0)
		return 0;
	if (ncg_doc_wl_at(doc, lex, NCG_WL_GATHERING_GROUP_MODIFIER, g - 1, g))
		return 1;
	for (size_t i = 0; i < n; i++) {
		const ncg_mention *m = ncg_mentions_at(ms, idx[i]);

		if (m->t1 == g && m->t0 >= c0 && (m->kind == NCG_M_BODY || m->kind == NCG_M_OFFICIAL ||
		                                  m->kind == NCG_M_COUNTRY))
			return 1;
	}
	return 0;
}

/* A day of the clause from c0 to the sentence's end t1 (a DATE mention
 * with its day: "June 13-14", "Jan. 22"): not a gathering recalled
 * ("In 2019, military leaders ... gathered", "The last time ... gathered
 * ... was in 2016", review65). */
static int
clause_day(const ncg_mentions *ms, uint32_t s, size_t c0, size_t t1)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(ms, s, &idx);

	for (size_t i = 0; i < n; i++) {
		const ncg_mention *m = ncg_mentions_at(ms, idx[i]);

		if (m->kind == NCG_M_DATE && m->t0 >= c0 && m->t1 <= t1 && m->date.prec == NCG_PREC_DAY)
			return 1;
	}
	return 0;
}

/* Does the group at the verb v (tokens [t0, t1)) hold: an official group
 * noun subject, two sides named in its clause, a day in it? */
static int
gathering_group(const ncg_doc *doc, const ncg_lexicon *lex, const ncg_mentions *ms, uint32_t s,
                size_t t0, size_t t1, size_t v)
{
	size_t g = group_subject(doc, lex, t0, v), c0;

	if (g == SIZE_MAX)
		return 0;
	c0 = clause_start(doc, t0, g);
	return official_group(doc, lex, ms, s, c0, g) && two_sides_before(ms, s, c0, v) &&
	       clause_day(ms, s, c0, t1);
}

int
ncg_release_gathering(const ncg_doc *doc, const ncg_lexicon *lex, const ncg_mentions *ms,
                      uint32_t s, size_t t0, size_t t1, size_t *v0, size_t *v1)
{
	for (size_t v = t0; v < t1; v++) {
		size_t e = lower_at(doc, v) ? ncg_doc_wl_at(doc, lex, NCG_WL_GATHERING_VERB, v, t1) : 0;

		if (!e || e >= t1 ||
		    !(ncg_doc_wl_at(doc, lex, NCG_WL_PLACE_PREPOSITION, e, t1) ||
		      ncg_doc_wl_at(doc, lex, NCG_WL_HERE_CUE, e, t1)) ||
		    !talk_purpose(doc, lex, e, t1) || !gathering_group(doc, lex, ms, s, t0, t1, v))
			continue;
		*v0 = v;
		*v1 = e;
		return 1;
	}
	return 0;
}
