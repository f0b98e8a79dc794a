/* ncgkg: which meeting a statement reports (part of stage 4).
 *
 * A statement names several meetings: the one it reports, earlier ones it
 * recalls ("since the first NCG meeting in July"), later ones it announces
 * ("the third NCG will be convened in Korea next summer"), meetings of
 * other series ("presided over the 47th Military Committee Meeting"), and
 * words of its headline.  The resolver gathers every candidate and ranks
 * them on explicit evidence; when the evidence is too weak it chooses
 * none, so that no wrong meeting is asserted.
 *
 * Candidates, one helper per construction:
 *   ordinal    an ordinal meeting mention ("the fourth NCG meeting")
 *   series     a body that is a meeting series, governed by a meeting verb
 *              ("held the Korea-U.S. Integrated Defense Dialogue")
 *   noun       a meeting noun with a meeting verb ("held a trilateral
 *              defense ministerial meeting", "at their bilateral summit")
 *   principals officials meeting officials ("X met with Y", "welcomed Y
 *              to the Pentagon"), or parties named by a plural noun that
 *              met on a day ("Senior officials from the two countries met
 *              in Seoul on Thursday": lex:partyNoun)
 * Candidates in the headline are titles: they never create a meeting of
 * their own, but support the body candidate that names the same meeting.
 *
 * Evidence (weights in meeting.c, table EVIDENCE): a meeting verb in the
 * past tense in the candidate's clause; a day's date in it, equal to or
 * before the issue date; "today", "the previous day" or a weekday resolved
 * against the issue date; the ordinal; the headline naming the same
 * meeting; the lead sentence; a place after "in"/"at"; a later sentence
 * reporting "the meeting"'s content; a setting opening the clause ("At
 * the 53rd SCM in Seoul on Dec. 2, the ministers exchanged ..."); in
 * remarks, "today's meeting" and a speaker "here" for it (lex:hereCue);
 * a joint appearance just after it ("a joint news conference ...
 * following bilateral talks": lex:pressEvent, lex:afterCue) or at its
 * end with "today" (lex:endCue); a meeting going on ("is under way":
 * lex:ongoingCue; "are holding ... today": lex:progressiveVerb).  A name before a meeting noun ("held
 * the Trilateral Chief of Defense (Tri-CHOD) meeting") keeps the noun in
 * its verb's reach.  A setting opening a lead sentence counts undated
 * ("At a gathering on the sidelines of ..., the ministers agreed"); one
 * side's press conference as a setting reports the meeting after it
 * (lex:soloPressEvent); "this meeting" before a verb that is not future
 * names the numbered meeting before it in its sentence; a lead sentence
 * that reports an act on a day and no meeting dates the setting of the
 * second sentence.  An unknown name ending in a capitalised meeting noun
 * after "a" is a meeting ("hosted a Joint Foreign and Defense
 * Ministerial": lex:nameMeetingNoun).  Against: future cues ("will",
 * "scheduled", "set to"), reference cues before the mention ("since",
 * "following", "ahead of"), a month-only date ("in July 2023"), a date
 * after the issue date, "the first ... held in <place>" (a first in a
 * place, not the series' number), a phone call, a series' history ("has
 * been held ... since 2010"), a participle in an appositive to a series
 * ("the NCG, the allies' body launched during ...": no meeting); "also"
 * before the verb after a meeting named earlier ("X also held a meeting
 * with Z": another meeting).
 *
 * rules12 (news copy): "engaged in", "occurred", "unfolded" report a
 * meeting; an anaphor with a past meeting verb ("The summit unfolded
 * ...") reports the last meeting named before with its noun; an identity
 * cue whose subject gives a day ("X in Tokyo on Oct 26th was the second
 * trilateral meeting") reports the meeting, in the subject's place; a
 * setting may open a clause after "that"; "affirmed ... while meeting
 * with Y" (lex:adverbialMeeting) is principals meeting, and so are
 * parties that did something in the past "on the sidelines of" an event
 * on a day (lex:sidelineCue, lex:partyNoun); "The talks were
 * billed as the first ... session" numbers the meeting reported before;
 * a call cue before a meeting noun ("phone talks") makes a call, and a
 * lead sentence that reports a call makes the statement a call's readout
 * (no meeting: the decision's veto says so).  With no issue date in the
 * head, a full date on a line of its own before the first meeting named,
 * else a wire's bracketed sign-off ending with a full date after the
 * last one ("(Xinhua News Agency July 3, 2003)"), else the page store's
 * month ("date 2025-05"), is the day relative dates resolve against, and
 * a day said without its year takes the one year of the full dates that
 * end short lines (a byline's); an undated numbered meeting just after a
 * dated unnamed lead meeting in the same place takes its day.
 *
 * rules26: a transcript titled "Remarks With" an official ("Joint
 * Remarks with South Korean Defense Minister Han Min Koo, Seoul, Republic
 * of Korea") is of the principals' meeting, its place a place ending that
 * title after a comma; "received a courtesy call from" is a past meeting
 * verb (lex:meetingVerb, lex:principalVerb), so is "sat down for"; a
 * title "Joint Press Conference with X and Y" (lex:pressEvent) is as
 * "Remarks With"; meeting nouns may be two words ("working dinner");
 * "a welcome ceremony" welcomes no one to talks.  The lead paragraph's
 * unnamed past meeting takes the number and series of the one numbered
 * series meeting reported in the past just after the lead sentence, or
 * named just before as the subject of a past copula ("the 40th Military
 * Committee Meeting was no exception").
 *
 * The place: a district the lexicon puts in a city (lex:inCity) gives
 * the city when the statement names it ("in Yongsan-gu, central Seoul").
 * When the chosen one names none: the principals' meeting in the sentence
 * that reports its content ("In their meeting, X welcomed Y to
 * Washington"), the lead sentence's past meeting verb or an unnamed
 * setting of its past act with "in <place>", the principals' joint
 * appearance in the lead ("hold a joint press conference in Seoul"), a
 * photo caption's lead ending "in <place>, <day>." (which dates it too),
 * a lead opening with a place in capitals and a comma ("SEOUL, President
 * Moon ..."), a title line naming two officials that ends "at <place>"
 * ("DoD News Briefing with X and Y at the Pentagon"), a later anaphor
 * as the setting of a past act in a place ("At the talks in Hawaii, the
 * officials discussed ...").  Never a country
 * just after a body and "in" ("U.S. Forces in Korea").
 * The day: the same numbered meeting dated where it is named again.
 *
 * Ownership: ncg_meeting_resolve allocates the decision; it borrows the
 * doc, mentions and lexicon (strings in it point into them), which must
 * outlive it.  ncg_meeting_decision_free(NULL) is a no-op.
 */
#ifndef NCGKG_MEETING_H
#define NCGKG_MEETING_H

#include <stddef.h>
#include <stdint.h>

#include "ncgkg/lexicon.h"
#include "ncgkg/recognise.h"
#include "ncgkg/segment.h"
#include "ncgkg/status.h"

#define NCG_MEV_MAX 16

/* A candidate is chosen when its score reaches this and it has a past
 * meeting verb, the setting of a past act, or reported content. */
#define NCG_MEETING_THRESHOLD 4

/* What a piece of evidence does to a candidate's eligibility, besides
 * its weight: a candidate can be chosen only with one piece that reports
 * a meeting (a past meeting verb, the setting of a past act, reported
 * content ...) and none that bars it (a future cue, a day after the issue
 * date). */
#define NCG_MEV_REPORTS 1u
#define NCG_MEV_BARS 2u

/* One piece of evidence for or against a candidate. */
typedef struct {
	const char *what;         /* its name: "past-verb", "future-cue" */
	int weight;
	unsigned flags;           /* NCG_MEV_REPORTS, NCG_MEV_BARS or 0 */
} ncg_mev;

typedef enum {
	NCG_MC_ORDINAL,
	NCG_MC_SERIES,
	NCG_MC_NOUN,
	NCG_MC_PRINCIPALS
} ncg_mc_kind;

typedef struct {
	ncg_mc_kind kind;
	int in_title;             /* a headline's candidate (never chosen) */
	uint32_t sent;
	uint32_t t0, t1;          /* the words that name it */
	uint32_t c0, c1;          /* its clause */
	int ordinal;              /* > 0, or 0 */
	const char *series;       /* body key of its series, or NULL */
	int date[3];              /* its day (y, m, d), zeros when unknown */
	const char *date_rule;    /* how the day was read, or NULL */
	const ncg_mention *place; /* where it met, or NULL */
	int virtual_;             /* it met by video: no place */
	int own_venue;            /* it met at a venue nothing names: no dateline place (rules37) */
	uint32_t venue0, venue1;  /* rules258: the words of a venue it was held at, named
	                           * ("held at the X Resort hotel"), or 0 0 */
	int setting;              /* the setting of a past act, dated or not */
	int own_call;             /* the writer's report of his own reception
	                           * ("President Rhee received me"): what
	                           * other sentences say is not its (rules137) */
	int lead;                 /* it is told in the text's lead sentence */
	int score;
	ncg_mev ev[NCG_MEV_MAX];
	size_t nev;
} ncg_meeting_cand;

typedef struct {
	ncg_meeting_cand *c;
	size_t n, cap;
	long chosen;              /* index into c, or -1: no described meeting */
	const char *rule;         /* the chosen candidate's rule */
	const char *veto;         /* why none was chosen though one was eligible, or NULL */
	double confidence;        /* 0..1 */
	int issued[3];            /* the day relative times resolve against */
} ncg_meeting_decision;

/* Gather and rank the candidates; *out is the decision (chosen == -1 when
 * the statement reports no meeting).  Fails only when out of memory. */
ncg_status ncg_meeting_resolve(const ncg_doc *doc, const ncg_mentions *ms,
                               const ncg_lexicon *lex, ncg_meeting_decision **out);
void ncg_meeting_decision_free(ncg_meeting_decision *d);

/* Does candidate c name an earlier meeting recalled (a reference cue,
 * a recalling adverb, an earlier day ...)?  rules254 */
int ncg_meeting_cand_recalled(const ncg_meeting_cand *c);

/* The official named in full before token p whose surname is the word
 * at p ("Lt. Gen. Jan-Marc Jouas ... / Jouas and ... led"), or NULL;
 * NULL too when two different officials named before share it.
 * rules339, fix165 */
const ncg_mention *ncg_meeting_surname_of(const ncg_doc *doc, const ncg_mentions *ms,
                                          const ncg_lexicon *lex, size_t p);

/* The rule name of a candidate kind: "meeting/ordinal" ... */
const char *ncg_meeting_kind_rule(ncg_mc_kind k);

#endif
