/* ncgkg: a diplomatic cable in capitals read as a genre (rules104); see
 * src/meeting_cable.c. */
#ifndef NCGKG_MEETING_CABLE_H
#define NCGKG_MEETING_CABLE_H

#include "ncgkg/lexicon.h"
#include "ncgkg/recognise.h"
#include "ncgkg/segment.h"

/* Is doc a cable in capitals (*caps: three header lines of
 * lex:cableHeaderKey, nine words in ten in capitals)?  Asked once per
 * text, by ncg_recognise; later readers ask
 * ncg_mentions_cable_in_capitals.  NCG_ERR_NOMEM when out of memory. */
ncg_status ncg_cable_in_capitals(const ncg_doc *doc, const ncg_lexicon *lex,
                                 int *caps);

/* When the text of ms was read as a cable in capitals, a copy of doc's
 * tokens (the caller frees it) whose words in capitals outside every
 * mention of ms read as lower-case words; else (or out of memory) NULL. */
ncg_token *ncg_cable_folded_tokens(const ncg_doc *doc, const ncg_mentions *ms);

/* rules209: "SUBJECT: ASST SECY BELL JAN 11-14 VISIT", "SUBJ: SUMMARY
 * OF SECRETARY BUTZ VISIT -- APRIL 13-18, 1974" (cables in capitals): a
 * SUBJECT line (lex:recordSubjectKey opening token a's line, run on while
 * a line ends on a comma) with a visit noun (lex:subjectVisitNoun) and a
 * span of days whose last day is on or before the cable's own date
 * (issued): the visit reported, held from its first day.  None when the
 * line bears a future or unheld cue (lex:futureCue, lex:unheldRecordCue:
 * "PROPOSED", "POSTPONED", "FORTHCOMING").  1 with the visit noun's token
 * in *v and the first day (its year the cable's when it says none) in
 * *first; else 0. */
int ncg_cable_subject_visit(const ncg_doc *doc, const ncg_lexicon *lex,
                            const ncg_mentions *ms, const int issued[3], size_t a,
                            size_t *v, ncg_date *first);

/* rules337: "SUBJECT: US COAST GUARD COMMANDANT'S VISIT TO TOKYO" (a
 * consulate's cable in capitals): a SUBJECT line (as
 * ncg_cable_subject_visit reads it) whose visit noun (lex:
 * subjectVisitNoun) is followed by "to" (lex:welcomeTargetPreposition)
 * and a place (a city) that ends the line or its part before ":" or ";",
 * no future or unheld cue on it: the city the visit's meetings were held
 * in.  The place's mention, or NULL. */
const ncg_mention *ncg_cable_subject_visit_place(const ncg_doc *doc, const ncg_lexicon *lex,
                                                 const ncg_mentions *ms, const int issued[3],
                                                 size_t a);

/* rules216: "SUBJECT: INTERNATIONAL WHALING COMMISSION: DISCUSSIONS
 * HELD" / "ON WHALING ISSUES MAY 16-17" (cables in capitals): a SUBJECT
 * line (as ncg_cable_subject_visit reads it, run on too over a line that
 * ends on the participle) with a meeting noun (lex:meetingNoun,
 * lex:cableTalkNoun) just before a past meeting verb (lex:meetingVerb:
 * "HELD", "CONCLUDED") and, after them, a day on or before the cable's
 * own date (issued): the meeting reported, held from that day.  None
 * when the line bears a future or unheld cue.  1 with the noun's token
 * in *v and the day (its year the cable's when it says none) in *first;
 * else 0. */
int ncg_cable_subject_held(const ncg_doc *doc, const ncg_lexicon *lex,
                           const ncg_mentions *ms, const int issued[3], size_t a,
                           size_t *v, ncg_date *first);

/* rules224: "EMBOFFS MET WITH MITI (IRON AND STEEL INDUSTRY DIVISION
 * DIRECTOR ISHII) ON NOVEMBER 26" (a telegram): is the official whose
 * words (his title first) are [o0, o1) the one a body just after a verb
 * names in brackets -- a body's mention at token e, a "(" right after
 * it, only words (a title, six at most) up to o0, a ")" at o1 and a day
 * right after it (fix70: lex:bracketDayGlue between)?  The official is
 * then the verb's object. */
int ncg_cable_bracket_official(const ncg_doc *doc, const ncg_lexicon *lex,
                               const ncg_mentions *ms, size_t e, size_t o0, size_t o1);

#endif
