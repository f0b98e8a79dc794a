/* ncgkg: the meeting a statement reports: candidates ranked on evidence.
 * See include/ncgkg/meeting.h for the constructions and the evidence. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ncgkg/meeting.h"
#include "ncgkg/time.h"
#include "meeting_cable.h"
#include "meeting_release.h"

/* ---- evidence and its weights -------------------------------------------------- */

enum {
	EV_PAST_VERB, EV_NON_PAST_VERB, EV_SETTING, EV_FUTURE, EV_REFERENCE,
	EV_DAY, EV_DAY_NEAR_ISSUE, EV_DAY_AFTER_ISSUE, EV_MONTH_ONLY, EV_SAME_DAY,
	EV_DAY_BEFORE, EV_WEEKDAY, EV_ORDINAL, EV_HEADLINE, EV_HEADLINE_NOUN,
	EV_NAMED_AGAIN, EV_LEAD, EV_SECOND, EV_PLACE, EV_VIRTUAL, EV_CONTENT,
	EV_FIRST_IN_PLACE, EV_ANAPHOR, EV_CONTINUES, EV_CALL, EV_RECAP, EV_SERIES_ONLY,
	EV_OF_OTHER_NOUN, EV_TODAYS, EV_HABITUAL, EV_PRESS_AFTER, EV_HERE, EV_ONGOING,
	EV_ALSO, EV_ANAPHOR_PAST, EV_IDENTITY,
	EV_SURNAME_SUBJECT, EV_DATED_OBJECT, EV_CAPTION_OF, EV_RECENT_PERIOD, EV_WELCOME,
	EV_DAY_LONG_BEFORE, EV_REMARKS_AT, EV_WAS_THERE_FOR, EV_TRANSCRIPT_OF,
	EV_MET_RECENTLY, EV_VISIT_PURPOSE, EV_LAST_WEEKDAY, EV_EARLIER_DAY,
	EV_DATED_CAPTION, EV_BETWEEN_NAMED, EV_SPEAKER_HAD, EV_MET_GROUP,
	EV_RECORD_HEADING, EV_WRITER_OBJECT, EV_WRITER_MEETING, EV_OFFICE_CONJUNCT,
	EV_WITH_OFFICIAL, EV_RECORD_OF, EV_WRITER_TOLD, EV_RECALLED, EV_MET_ON_VISIT,
	EV_HOSTED_GROUP,
	EV_HOSTED_TITLED_GUEST, EV_JOINED_FOR, EV_CALL_ON_LEAD_VISIT, EV_BODY_DECISION,
	EV_MET_BY_HOST, EV_WRITER_SUBJECT, EV_CALL_ON_HOST, EV_WRITERS_VISIT,
	EV__COUNT
};

static const ncg_mev EVIDENCE[EV__COUNT] = {
	[EV_PAST_VERB] = {"past-meeting-verb", 3, NCG_MEV_REPORTS}, /* "was held", "convened" */
	[EV_NON_PAST_VERB] = {"non-past-verb", -3, 0},             /* "holds", "will be held" */
	[EV_SETTING] = {"setting-of-past-act", 2, NCG_MEV_REPORTS}, /* "adopted ... at their summit" */
	[EV_FUTURE] = {"future-cue", -6, NCG_MEV_BARS},            /* "will", "scheduled", "next week" */
	[EV_REFERENCE] = {"reference-cue", -5, 0},                 /* "since", "following" */
	[EV_DAY] = {"day-in-clause", 2, 0},
	[EV_DAY_NEAR_ISSUE] = {"day-near-issue-date", 1, 0},       /* within two weeks before it */
	[EV_DAY_AFTER_ISSUE] = {"day-after-issue-date", -6, NCG_MEV_BARS},
	[EV_MONTH_ONLY] = {"month-only-date", -3, 0},              /* "in July 2023": recalled */
	[EV_SAME_DAY] = {"today", 2, 0},
	[EV_DAY_BEFORE] = {"previous-day", 2, 0},
	[EV_WEEKDAY] = {"weekday", 1, 0},
	[EV_ORDINAL] = {"ordinal", 1, 0},
	[EV_HEADLINE] = {"headline-names-it", 3, 0},
	[EV_HEADLINE_NOUN] = {"headline-meeting-noun", 2, 0},
	[EV_NAMED_AGAIN] = {"named-again", 1, 0},
	[EV_LEAD] = {"lead-sentence", 2, 0},
	[EV_SECOND] = {"second-sentence", 1, 0},
	[EV_PLACE] = {"place-in-clause", 1, 0},
	[EV_VIRTUAL] = {"held-virtually", 1, 0},
	[EV_CONTENT] = {"content-reported", 4, NCG_MEV_REPORTS},   /* "In the meeting, ..." */
	[EV_FIRST_IN_PLACE] = {"first-in-a-place", -8, 0},         /* "the first EDSCG meeting held in the ROK" */
	[EV_ANAPHOR] = {"anaphor", -8, 0},                         /* "the meeting": names an earlier one */
	[EV_CONTINUES] = {"continues-previous", -8, 0},            /* "X and Y met in Seoul" after it */
	[EV_CALL] = {"phone-call", -8, 0},
	[EV_RECAP] = {"recap-of-meetings", -5, 0},                 /* "its first ... and its second" */
	[EV_SERIES_ONLY] = {"series-of-a-numbered-one", -8, 0},    /* "the NCG held its first meeting" */
	[EV_OF_OTHER_NOUN] = {"series-after-another-noun", -6, 0}, /* "held simulation drills of the NCG" */
	[EV_TODAYS] = {"todays-meeting", 4, NCG_MEV_REPORTS},      /* "today's meeting served as ..." */
	[EV_HABITUAL] = {"held-since", -3, 0},                     /* "has been held ... since 2010" */
	[EV_PRESS_AFTER] = {"press-event-after-it", 4, NCG_MEV_REPORTS}, /* "a joint news conference following talks" */
	[EV_HERE] = {"speaker-here-for-it", 4, NCG_MEV_REPORTS},   /* "an honor to be here in Seoul for the 57th SCM" */
	[EV_ONGOING] = {"under-way", 4, NCG_MEV_REPORTS},          /* "is under way", "are holding ... today" */
	[EV_ALSO] = {"also-another-meeting", -3, 0},               /* "X also held a meeting with Z" */
	[EV_ANAPHOR_PAST] = {"reported-by-anaphor", 3, NCG_MEV_REPORTS}, /* "... The summit unfolded" */
	[EV_IDENTITY] = {"identity-of-dated-subject", 3, NCG_MEV_REPORTS}, /* "X on Oct 26 was the second meeting" */
	/* rules17: how principals were found (no weight: the verb's tense
	 * weighs), a caption of the meeting, a recent time of no day */
	[EV_SURNAME_SUBJECT] = {"subject-by-surname", 0, 0},       /* "Aquilino met with Shin Won-sik" */
	[EV_DATED_OBJECT] = {"met-official-on-a-day", 0, 0},       /* "X, ..., met with Minister Y on Tuesday" */
	/* review42: a record's host received its writer, no day needed */
	[EV_WRITER_OBJECT] = {"received-the-writer", 0, 0},         /* "President Rhee received me warmly" */
	[EV_CAPTION_OF] = {"caption-of-it", 3, NCG_MEV_REPORTS},   /* "X and Y smile after their meeting in Z, March 29" */
	[EV_RECENT_PERIOD] = {"recent-period", 0, 0},              /* "during weekend talks" */
	[EV_WELCOME] = {"welcome-to-it", 4, NCG_MEV_REPORTS},      /* "let me welcome you to the plenary session of ..." */
	/* rules20: news reports a meeting within days (the real sets: at
	 * most 14 days before the issue date); a day over a month before it
	 * is a meeting recalled, or a file photo's ("X and Y on Oct. 16
	 * exchange a handshake at their bilateral talks" on a page of Dec.
	 * 24) */
	[EV_DAY_LONG_BEFORE] = {"day-long-before-issue-date", -5, NCG_MEV_BARS},
	/* rules20: a transcript's title "Remarks With X Before Their
	 * Meeting", "Remarks ... Prior to Bilateral Meeting": the remarks
	 * open the meeting, which is held (the annotation counts it) */
	[EV_REMARKS_AT] = {"remarks-opening-it", 6, NCG_MEV_REPORTS},
	/* rules20: "X was in Seoul on Thursday for talks on ..." (AP) */
	[EV_WAS_THERE_FOR] = {"was-there-for-it", 3, NCG_MEV_REPORTS},
	/* rules20: a transcript titled "Meeting With Deputy Foreign Minister
	 * Kim Jae-shin of Republic of Korea" (state.gov) is of the meeting */
	[EV_TRANSCRIPT_OF] = {"transcript-titled-by-it", 6, NCG_MEV_REPORTS},
	/* rules29: principals who met in a recent time of no day ("Over the
	 * weekend, Hill ... met with his South Korean counterpart"), as a
	 * weekday would (EV_WEEKDAY) */
	[EV_MET_RECENTLY] = {"met-in-recent-period", 1, 0},
	/* rules61: "X visited Korea to hold meetings with Y": a past trip's
	 * purpose, the meeting held on it */
	[EV_VISIT_PURPOSE] = {"purpose-of-past-visit", 1, NCG_MEV_REPORTS},
	/* rules73: "A summit between X and Y in Sydney last Friday has
	 * produced ..." (wire): a weekday after lex:relativeLast in the
	 * clause places the meeting in the past, as a past verb would */
	[EV_LAST_WEEKDAY] = {"last-weekday", 1, NCG_MEV_REPORTS},
	/* rules73: "A day earlier, X met Y" after a lead that reports a
	 * meeting held: an earlier meeting (kept when the next sentence
	 * reports content, as "reference-cue" is not) */
	[EV_EARLIER_DAY] = {"earlier-day", -5, 0},
	/* rules171: "X and Y previously met during the summit in Washington
	 * in July", "last met in October" (lex:recallCue just before the
	 * verb): an earlier meeting recalled, as "reference-cue" is */
	[EV_RECALLED] = {"recalled-by-adverb", -5, 0},
	/* rules76: "President Reagan meeting with ... Chun Doo Hwan in the
	 * Oval Office, February 2, 1981." (NSArchive), "Bush (R) meets ...
	 * Roh Moo-hyun at a summit meeting in Gyeongju, ..., 17 November
	 * 2005." (Getty via CBS): a caption that shows the meeting that day */
	[EV_DATED_CAPTION] = {"dated-caption-of-it", 3, NCG_MEV_REPORTS},
	[EV_MET_GROUP] = {"met-group-of-other-country", 0, 0}, /* "met with Korean business leaders" */
	/* rules238: "PACAF welcomed leaders from the Philippines Air Force
	 * for a series of bilateral discussions" (host_group) */
	[EV_HOSTED_GROUP] = {"hosted-group-of-other-body", 0, 0},
	/* rules252: "U.S. Space Command hosted Australia's Chief of Joint
	 * Operations at its headquarters Nov. 1, 2021." (host_titled_guest) */
	[EV_HOSTED_TITLED_GUEST] = {"body-hosted-titled-guest", 0, 0},
	/* rules261: "X joined President Y ... at the White House on Thursday
	 * for a historic trilateral summit" (joined_official_for) */
	[EV_JOINED_FOR] = {"joined-official-for-it", 3, NCG_MEV_REPORTS},
	/* rules261: "... during her visit to the Philippine Army (PA) today,
	 * September 11, ... / During the courtesy call, X mentioned to Y
	 * ..." (setting_on_lead_visit) */
	[EV_CALL_ON_LEAD_VISIT] = {"setting-names-the-lead-visit", 1, 0},
	/* fix99 (review91): a two-state body's decision on a day reports
	 * its session ("The Japan-U.S. Joint Committee reached agreement
	 * Monday on ...": body_session_decision), as a past meeting verb */
	[EV_BODY_DECISION] = {"body-session-decision", 3, NCG_MEV_REPORTS},
	/* rules331: "X's courtesy call on Prime Minister Y" (call_on_host) */
	[EV_CALL_ON_HOST] = {"courtesy-call-on-named-host", 1, NCG_MEV_REPORTS},
	/* devreal57: the visitor "was met by" the host (passive_host_met):
	 * no weight, the verb's tense weighs */
	[EV_MET_BY_HOST] = {"met-by-host", 0, 0},
	[EV_WRITER_SUBJECT] = {"writer-subject", 0, 0}, /* rules322: "I welcomed Governor X to" */
	/* rules362: "This past week, I visited Incheon ... / I met with Mr.
	 * X, President of ..." (an ambassador's blog): the writer met X on
	 * the writer's own visit told before (met_on_writers_visit), as on
	 * the lead's (EV_MET_ON_VISIT) */
	[EV_WRITERS_VISIT] = {"met-on-the-writers-visit", 1, 0},
	/* rules143: "X and Minister of Economy ... of Japan HAGIUDA Koichi met
	 * in Washington D.C." (DOE): an official and an office joined as the
	 * subject of "met" */
	[EV_OFFICE_CONJUNCT] = {"official-and-office-met", 0, 0},
	/* rules82: "The discussion was made through an online conference
	 * between Jeong Eun-kyeong, director of ..., and Anthony Fauci, ...,
	 * on Tuesday" (Yonhap): a meeting named by its two principals after
	 * "between", dated by a day of the news in its clause */
	[EV_BETWEEN_NAMED] = {"between-named-principals", 1, NCG_MEV_REPORTS},
	/* rules92: "I have had extensive talks with President Roh" (a
	 * transcript), "We had a long session with Deputy Foreign Minister
	 * Lee": the speaker's own report of the meeting just had, as a day
	 * or a place in the clause would (EV_WEEKDAY, EV_PLACE) */
	[EV_SPEAKER_HAD] = {"speaker-had-it", 1, 0},
	/* rules105: "246. Memorandum of Conversation" (FRUS): a declassified
	 * record's heading; the record is of the meeting it reports, held */
	[EV_RECORD_HEADING] = {"record-heading", 6, NCG_MEV_REPORTS},
	/* rules140: "During meeting with President Rhee yesterday
	 * afternoon", "In course of 90 minute meeting with President Rhee
	 * this morning" (telegrams): the writer's own meeting that day */
	[EV_WRITER_MEETING] = {"writers-meeting-with-official", 2, NCG_MEV_REPORTS},
	/* rules173: "Over the two-day visit, Brown met with Special Advisor
	 * ... Hiroto Izumi, Defense Minister ..." (PACAF), sentences after
	 * the lead: met on the visit the lead reported, as the second
	 * sentence is by its place (EV_SECOND) */
	[EV_MET_ON_VISIT] = {"met-on-the-lead-visit", 1, 0},
	/* rules156: "In meetings with Foreign Minister Yoriko Kawaguchi ...,
	 * Ashcroft lauded ..." (Japan Times): a fronted setting that names
	 * the other side, as a place in the clause would (EV_PLACE) */
	[EV_WITH_OFFICIAL] = {"fronted-setting-with-official", 1, 0},
	/* rules162: "FOLLOWING IS TEXT OF UNCLEARED MEMCON OF DR
	 * BRZEZINSKI'S MEETING WITH PRIME MINISTER ..." (a cable): the
	 * meeting a record is of, the text's own, over a meeting of others
	 * that the record reports */
	[EV_RECORD_OF] = {"record-of-it", 3, NCG_MEV_REPORTS},
	/* rules169: "I said to the President that ...", "I also told Pyun
	 * what ...", "I saw Ambassador Kim alone this morning" (telegrams):
	 * the record's writer spoke to the official in person, a meeting
	 * held whose day and place the words do not give */
	[EV_WRITER_TOLD] = {"writer-told-official", 4, NCG_MEV_REPORTS},
};

#define THRESHOLD NCG_MEETING_THRESHOLD

/* rules20: days before the issue date beyond which a day is no longer
 * the news (EV_DAY_LONG_BEFORE) */
#define LONG_BEFORE_DAYS 30

/* rules20: days before the issue date within which a day is the news
 * (EV_DAY_NEAR_ISSUE): two weeks, as a weekly or an aggregator's page
 * dates a report (the real sets: 13 and 14 days) */
#define NEAR_ISSUE_DAYS 14

/* rules355: tokens at most from a verb that bounds a stretch of time to
 * the "with" of its meeting (stretch_bound_with) */
#define STRETCH_REACH 14

/* rules356: words at most of a wire's agency in brackets after its
 * dateline (as recog_org.c's bracketed_agency_end), and of a
 * syndicator's label before it (agency_dateline) */
#define AGENCY_WORDS 4
#define SYNDICATOR_WORDS 10

/* rules20: the sentences a transcript's title lines stand among (its
 * speaker, place and date lines, a site's notices before them) */
#define HEAD_SENTENCES 12

/* The candidates read: a statement reports its meeting among the first
 * ones, and the comparisons between candidates stay bounded (linear in
 * the text) on hostile inputs. */
#define MAX_CANDIDATES 256

/* rules37: tokens back from "met" within which a noun of its parties
 * may head it over an "of"/"from" phrase ("The chiefs of the Navies of
 * South Korea and the United States met Friday"; 8 until that phrase,
 * sealed12; 12 until rules85's "Delegations from the Republic of Korea
 * (ROK) and the United States met") */
#define PARTY_NOUN_REACH 16

/* rules37: a photo's credit as a sentence of its own: at most
 * CREDIT_TOKENS tokens in brackets ("(Defense ministry)", "[Yonhap]"),
 * or at most CREDIT_WORDS capitalised words alone ("Yonhap"; sealed14) */
#define CREDIT_TOKENS 5
#define CREDIT_WORDS 2

/* rules37: the sentences of a photo caption's paragraph: its one
 * sentence and the credit (sealed14) */
#define CAPTION_SENTENCES 2

/* rules51: the sentences after a meeting's within which its noun said
 * again with a city gives its place ("during a session ... / It was made
 * during a two-day session of ... in Seoul": two on) */
#define REPEAT_SENTENCES 3

/* rules64: tokens after "met" (or a fronted "Meeting with") within which
 * a city after "in" is where the parties met ("Meeting with Moon at the
 * Blue House in Seoul": nine) */
#define MET_PLACE_REACH 12

/* rules184: how far after a trip's first purpose verb "and" and a verb
 * of talks may stand ("to tour the base and discuss ...") */
#define PURPOSE_AND_REACH 8

/* rules64: tokens back from "and met with" within which the subject of
 * the first predicate is its subject too ("Haynes went to the Joint Staff
 * Headquarters building of the Ministry of Defense in Yongsan-gu, Seoul,
 * that afternoon and met with": 22) */
#define COORDINATED_REACH 28

/* rules64: words before "here in" a city within which a future cue puts
 * the speaker's presence ahead ("we will be here in Seoul") */
#define HERE_REACH 6
/* devreal57: how far after "met by" the host's name may start (his
 * body and title before it: "by AFP acting deputy chief chief-of-staff
 * Maj. Gen. Ferdinand Barandon") */
#define PASSIVE_AGENT_REACH 14

/* rules92: tokens from "met" to "for" within which the noun after it is
 * the meeting the parties met for ("met Thursday with South Korea's
 * defense and foreign ministers for talks": 10) */
#define MET_FOR_REACH 14

static const char *const RULES[] = {
	[NCG_MC_ORDINAL] = "meeting/ordinal",
	[NCG_MC_SERIES] = "meeting/series",
	[NCG_MC_NOUN] = "meeting/noun",
	[NCG_MC_PRINCIPALS] = "meeting/principals",
};

const char *
ncg_meeting_kind_rule(ncg_mc_kind k)
{
	return (unsigned)k <= NCG_MC_PRINCIPALS ? RULES[k] : "?";
}

typedef struct {
	const ncg_doc *doc;
	const ncg_mentions *ms;
	const ncg_lexicon *lex;
	const ncg_token *tok;
	size_t ntok;
	const ncg_sentence *sent;
	size_t nsent;
	const ncg_head *head;
	ncg_meeting_decision *d;
	uint32_t lead[2];         /* the first two running-text sentences */
	const char *s;            /* speed only: the text, and ncg_doc_wls */
	const uint64_t *const *wls;
} mr_ctx;

static const ncg_mention *mention_starting(const mr_ctx *x, size_t t, ncg_mention_kind kind);
static int recalled_or_ahead(const ncg_meeting_cand *o);

/* ---- token helpers ----------------------------------------------------------------- */

static inline int
tok_ieq(const mr_ctx *x, size_t i, const char *w)
{
	/* ncg_doc_tok_ieq without the call, and most tokens told by their
	 * first byte (letters equal in ASCII case are equal with 0x20 set):
	 * asked at every token */
	return i < x->ntok && ((unsigned char)x->s[x->tok[i].b] | 0x20) == ((unsigned char)w[0] | 0x20) &&
	       ncg_ascii_ieqn(x->s + x->tok[i].b, x->tok[i].e - x->tok[i].b, w);
}

static size_t
phrase_at(const mr_ctx *x, size_t i, size_t lim, const char *phrase)
{
	return ncg_doc_phrase_at(x->doc, i, lim, phrase);
}

static inline size_t
wl_at(const mr_ctx *x, size_t i, size_t lim, ncg_wordlist wl)
{
	/* ncg_doc_wl_may_start without the call: asked at every token */
	if (x->wls && i < x->ntok && !ncg_wl_in(x->wls[i], wl))
		return 0;
	return ncg_doc_wl_at(x->doc, x->lex, wl, i, lim);
}

/* Is token i a one-word phrase of wl? */
static inline int
wl_is(const mr_ctx *x, size_t i, ncg_wordlist wl)
{
	return wl_at(x, i, i + 1, wl) == i + 1;
}

/* The first token in [a, b) where a phrase of wl starts; b if none. */
static size_t
wl_find(const mr_ctx *x, size_t a, size_t b, ncg_wordlist wl)
{
	for (size_t i = a; i < b; i++)
		if (wl_at(x, i, b, wl))
			return i;
	return b;
}

static int
weekday_at(const mr_ctx *x, size_t i)
{
	return i < x->ntok ? ncg_doc_tok_weekday(x->doc, i) : 0;
}

static int
in_title(const mr_ctx *x, uint32_t s)
{
	return x->head->has_title && x->sent[s].b >= x->head->title_b &&
	       x->sent[s].e <= x->head->title_e;
}

/* rules208: is token i of sentence s inside brackets, a "(" before it
 * and a ")" after it, neither closed nor opened between?  "On January
 * 16, commencing at ... 7 p.m. (local time; shortly after 12 a.m. on
 * January 17, Japan time) ..., held a ... Dinner meeting" (MOFA): the
 * semicolon inside the brackets ends no clause. */
static int
in_brackets(const mr_ctx *x, uint32_t s, size_t i)
{
#define PUNCT(j, ch) (x->tok[j].e - x->tok[j].b == 1 && x->s[x->tok[j].b] == (ch))
	size_t a = i, b = i + 1;

	while (a > x->sent[s].t0 && !PUNCT(a - 1, '(') && !PUNCT(a - 1, ')'))
		a--;
	if (a == x->sent[s].t0 || !PUNCT(a - 1, '('))
		return 0;
	while (b < x->sent[s].t1 && !PUNCT(b, ')') && !PUNCT(b, '('))
		b++;
	return b < x->sent[s].t1 && PUNCT(b, ')');
#undef PUNCT
}

/* The clause of token t in sentence s: between semicolons (rules208: not
 * those inside brackets). */
static void
clause_of(const mr_ctx *x, uint32_t s, size_t t, uint32_t *c0, uint32_t *c1)
{
	size_t a = t, b = t;

	/* ncg_doc_tok_is(doc, i, ";") without the call: asked of a
	 * sentence's tokens for each candidate (speed only) */
#define SEMICOLON(i) (x->tok[i].e - x->tok[i].b == 1 && x->s[x->tok[i].b] == ';')
	while (a > x->sent[s].t0 && !(SEMICOLON(a - 1) && !in_brackets(x, s, a - 1)))
		a--;
	while (b < x->sent[s].t1 && !(SEMICOLON(b) && !in_brackets(x, s, b)))
		b++;
#undef SEMICOLON
	*c0 = (uint32_t)a;
	*c1 = (uint32_t)b;
}

/* ---- candidates --------------------------------------------------------------------- */

static ncg_status
new_cand(mr_ctx *x, ncg_mc_kind kind, uint32_t s, size_t t0, size_t t1,
         ncg_meeting_cand **out)
{
	ncg_meeting_decision *d = x->d;
	ncg_meeting_cand *c;

	if (d->n == d->cap) {
		size_t cap = d->cap ? 2 * d->cap : 8;
		void *p = realloc(d->c, cap * sizeof *d->c);

		if (!p)
			return NCG_ERR_NOMEM;
		d->c = p;
		d->cap = cap;
	}
	c = &d->c[d->n++];
	memset(c, 0, sizeof *c);
	c->kind = kind;
	c->sent = s;
	c->t0 = (uint32_t)t0;
	c->t1 = (uint32_t)t1;
	c->in_title = in_title(x, s);
	clause_of(x, s, t0, &c->c0, &c->c1);
	*out = c;
	return NCG_OK;
}

static void
add_ev(ncg_meeting_cand *c, int ev)
{
	for (size_t k = 0; k < c->nev; k++)
		if (c->ev[k].what == EVIDENCE[ev].what)
			return;
	if (c->nev < NCG_MEV_MAX)
		c->ev[c->nev++] = EVIDENCE[ev];
}

static int
has_ev(const ncg_meeting_cand *c, int ev)
{
	for (size_t k = 0; k < c->nev; k++)
		if (c->ev[k].what == EVIDENCE[ev].what)
			return 1;
	return 0;
}

/* rules254: does candidate c name an earlier meeting recalled: a
 * reference cue before it ("The last Defense Trilateral Talks occurred
 * in Seoul on September 10, 2024."), a recalling adverb ("last met in
 * October"), an earlier day, a day long before the issue date or a
 * month alone?  (The table pattern of recalled_or_ahead.) */
int
ncg_meeting_cand_recalled(const ncg_meeting_cand *c)
{
	static const int RECALL[] = {
		EV_REFERENCE, EV_RECALLED, EV_EARLIER_DAY, EV_DAY_LONG_BEFORE, EV_MONTH_ONLY,
	};

	for (size_t r = 0; r < sizeof RECALL / sizeof RECALL[0]; r++)
		if (has_ev(c, RECALL[r]))
			return 1;
	return 0;
}

static void
drop_ev(ncg_meeting_cand *c, int ev)
{
	for (size_t k = 0; k < c->nev; k++)
		if (c->ev[k].what == EVIDENCE[ev].what) {
			c->ev[k] = c->ev[--c->nev];
			return;
		}
}

/* Is the body a meeting series: its name ends in a series head? */
static int
series_body(const mr_ctx *x, const ncg_mention *b)
{
	return ncg_mention_is_series(x->doc, x->lex, b);
}

/* The first meeting-series body in [a, b), or NULL. */
static const ncg_mention *
series_in(const mr_ctx *x, uint32_t s, size_t a, size_t b)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->t0 >= a && m->t0 < b && series_body(x, m))
			return m;
	}
	return NULL;
}

/* Is token i inside a mention of that kind in sentence s? */
static const ncg_mention *
inside(const mr_ctx *x, uint32_t s, size_t i, ncg_mention_kind kind)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind == kind && m->t0 <= i && i < m->t1)
			return m;
	}
	return NULL;
}

/* "X, Y and Z convened a Trilateral Defense Ministerial Meeting in
 * Singapore on June 3 during the 20th IISS Asia Security Summit": an
 * ordinal meeting of a series after a within-meeting or sideline cue
 * (lex:withinMeetingCue, lex:sidelineCue), in a clause where a holding
 * verb (lex:holdingVerb) has a meeting series of another name as object
 * before the cue, is the event that hosted the reported meeting: its
 * number is not the reported one's ("This was the twelfth meeting ..."
 * numbers it).  Not "convened the NCG for the fourth NCG meeting" (one
 * series), nor "met during the 49th Military Committee Meeting" (no
 * series before).  fix101 (review93): an ordinal meeting with no series
 * of its own (not in the lexicon) is of another name too. */
static int
hosting_ordinal(const mr_ctx *x, uint32_t s, const ncg_mention *m)
{
	size_t p = m->t0, q;
	uint32_t c0, c1;
	const ncg_mention *b;

	if (p > x->sent[s].t0 && tok_ieq(x, p - 1, "the"))
		p--;
	for (q = p > x->sent[s].t0 + 5 ? p - 5 : x->sent[s].t0; q < p; q++)
		if (wl_at(x, q, p, NCG_WL_WITHIN_MEETING_CUE) == p ||
		    wl_at(x, q, p, NCG_WL_SIDELINE_CUE) == p)
			break;
	if (q >= p)
		return 0;
	clause_of(x, s, m->t0, &c0, &c1);
	b = series_in(x, s, c0, q);
	/* fix101 (review93): an ordinal meeting with no series of its own
	 * ("the 20th IISS Asia Security Summit") is another series' event */
	return b && b->key && !(m->meeting.series && strcmp(b->key, m->meeting.series) == 0) &&
	       !inside(x, s, b->t0, NCG_M_MEETING) && wl_find(x, c0, b->t0, NCG_WL_HOLDING_VERB) < b->t0;
}

/* "the fourth NCG meeting", "its third meeting". */
static ncg_status
ordinal_candidates(mr_ctx *x, uint32_t s)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n && x->d->n < MAX_CANDIDATES; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]), *a;
		ncg_meeting_cand *c;

		if (m->kind != NCG_M_MEETING || m->meeting.ordinal <= 0)
			continue;
		/* "conducted the first NCG Tabletop Simulation": the ordinal
		 * numbers an activity named on past the meeting's words */
		if (((a = inside(x, s, m->t1 - 1, NCG_M_ACTIVITY)) != NULL && a->t1 > m->t1) ||
		    hosting_ordinal(x, s, m))
			continue;
		NCG_TRY(new_cand(x, NCG_MC_ORDINAL, s, m->t0, m->t1, &c));
		c->ordinal = m->meeting.ordinal;
		c->series = m->meeting.series;
		if (!c->series) {
			/* "convened the NCG for its third meeting" */
			const ncg_mention *b = series_in(x, s, c->c0, c->c1);

			c->series = b ? b->key : NULL;
		}
	}
	return NCG_OK;
}

/* rules241: "The Philippines, United States, Japan and Australia
 * conducted Joint Service Staff Talks for the first time" (Manila
 * Shimbun), as first_time_held does for a meeting noun: a verb of holding
 * (lex:holdingVerb; fix80: not "hosted", a host's first time) in lower
 * case just before the series' name ("the" or "their" between allowed),
 * an acronym in brackets after it, then a lex:firstTimeCue with no span
 * of time after it ("for the first time in five years", "... since";
 * lex:firstTimeSpan before no place): the series' first session, ordinal
 * 1.  Not for principals ("The two met ... for the first time": a first
 * meeting of two people, no session of a series), nor when the text
 * tells of earlier sessions (lex:earlierSessionCue: "Earlier rounds were
 * held in Hawaii."). */
static int
series_first_time(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p = c->t0, e = c->t1;

	if (p > c->c0 && wl_at(x, p - 1, p, NCG_WL_HELD_DETERMINER) == p)
		p--;
	if (p < c->c0 + 1 || wl_at(x, p - 1, p, NCG_WL_HOLDING_VERB) != p ||
	    !(x->tok[p - 1].flags & NCG_TF_LOWER) || wl_find(x, 0, x->ntok, NCG_WL_EARLIER_SESSION_CUE) < x->ntok)
		return 0;
	if (e + 2 < c->c1 && ncg_doc_tok_is(x->doc, e, "(") && ncg_doc_tok_is(x->doc, e + 2, ")"))
		e += 3;
	e = e < c->c1 ? wl_at(x, e, c->c1, NCG_WL_FIRST_TIME_CUE) : 0;
	return e && !(e < c->c1 && ((wl_is(x, e, NCG_WL_FIRST_TIME_SPAN) && !inside(x, c->sent, e + 1, NCG_M_PLACE)) ||
	                            wl_at(x, e, c->c1, NCG_WL_PERIOD_CUE)));
}

/* "held the Korea-U.S. Integrated Defense Dialogue", "convened a
 * Trilateral Ministerial Meeting": a series body not inside an ordinal
 * meeting's words. */
static ncg_status
series_candidates(mr_ctx *x, uint32_t s)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n && x->d->n < MAX_CANDIDATES; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);
		ncg_meeting_cand *c;

		if (!series_body(x, m) || inside(x, s, m->t0, NCG_M_MEETING))
			continue;
		NCG_TRY(new_cand(x, NCG_MC_SERIES, s, m->t0, m->t1, &c));
		c->series = m->key;
		c->ordinal = series_first_time(x, c);
	}
	return NCG_OK;
}

/* "held a trilateral defense ministerial meeting", "the meeting was
 * held", "at their bilateral summit": a meeting noun outside other
 * meeting words.  A headline's capitalised noun counts too. */
/* "hosted a Joint Foreign and Defense Ministerial with ...": a
 * capitalised noun of lex:nameMeetingNoun ending a name no body of the
 * lexicon knows, after "a"/"an" and capitalised words (and "and", "of",
 * hyphens), with no capitalised word after it: an unnamed meeting named
 * like a series. */
/* rules17: the apostrophe of a plural possessive in a name ("a Foreign
 * Ministers' Meeting", "a Defense Ministers’ Meeting"): after a
 * capitalised word ending in "s", no space before it. */
static int
plural_possessive(const mr_ctx *x, uint32_t s, size_t q)
{
	size_t n;

	if (q <= x->sent[s].t0 || (x->tok[q].flags & NCG_TF_SPACE) ||
	    !(ncg_doc_tok_is(x->doc, q, "'") || ncg_doc_tok_is(x->doc, q, "\xE2\x80\x99")) ||
	    !(x->tok[q - 1].flags & NCG_TF_CAP))
		return 0;
	n = ncg_doc_tok_len(x->doc, q - 1);
	return n > 1 && ncg_doc_tok_ptr(x->doc, q - 1)[n - 1] == 's';
}

static int
named_meeting_noun(const mr_ctx *x, uint32_t s, size_t i)
{
	size_t p = i;
	int caps = 0;

	if (!(x->tok[i].flags & NCG_TF_CAP) || !wl_at(x, i, i + 1, NCG_WL_NAME_MEETING_NOUN) ||
	    (i + 1 < x->sent[s].t1 && (x->tok[i + 1].flags & (NCG_TF_CAP | NCG_TF_UPPER))))
		return 0;
	while (p > x->sent[s].t0 && i - p < 10) {
		size_t q = p - 1;

		if (x->tok[q].flags & (NCG_TF_CAP | NCG_TF_UPPER))
			caps++;
		else if (!tok_ieq(x, q, "and") && !tok_ieq(x, q, "of") &&
		         !ncg_doc_tok_is(x->doc, q, "-") && !plural_possessive(x, s, q))
			break;
		p = q;
	}
	return caps >= 1 && p > x->sent[s].t0 && (tok_ieq(x, p - 1, "a") || tok_ieq(x, p - 1, "an")) &&
	       (x->tok[p - 1].flags & NCG_TF_LOWER);
}

static int whole_line(const mr_ctx *x, size_t t0, size_t t1);
static const ncg_mention *closing_full_date(const mr_ctx *x, uint32_t s);
static void set_day(mr_ctx *x, ncg_meeting_cand *c, const ncg_date *dt, const char *rule);

/* rules20: a transcript's title: the head's title, or a line of its own
 * among the first ones, not after the lead, that says "Remarks"
 * (lex:remarksWord) */
static int
title_line(const mr_ctx *x, uint32_t s)
{
	size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1;

	/* a title may be read as the lead ("Remarks by X and Y at the
	 * conclusion of their meeting in Washington, D.C." is long) */
	return in_title(x, s) || ((x->lead[0] == UINT32_MAX || s <= x->lead[0]) && s < HEAD_SENTENCES &&
	                          t0 < t1 && whole_line(x, t0, t1));
}

static int
remarks_line(const mr_ctx *x, uint32_t s)
{
	return title_line(x, s) &&
	       wl_find(x, x->sent[s].t0, x->sent[s].t1, NCG_WL_REMARKS_WORD) < x->sent[s].t1;
}

/* rules26: "Remarks With South Korean Foreign Minister Yu" (state.gov,
 * a place line and a date line under it), "Secretary of Defense Joint
 * Remarks with South Korean Defense Minister Han Min Koo, Seoul, Republic
 * of Korea" (DoD): the remarks word (lex:remarksWord) of a title line,
 * only capitalised words (the speaker's title, "Joint") before it, then
 * "with" and an official: the two principals' joint remarks, given at
 * their meeting (the annotation counts it); also a joint appearance's
 * words (lex:pressEvent: "Joint Press Conference with Secretary Panetta
 * and Republic of Korea Minister of Defense Kim in Seoul, Korea", DoD).
 * Is i that word?  Returns the end of the words (at "with"), or 0. */
static size_t
remarks_with_title_at(const mr_ctx *x, uint32_t s, size_t i)
{
	size_t t0 = x->sent[s].t0, e = wl_at(x, i, i + 1, NCG_WL_REMARKS_WORD);

	if (!e && (x->tok[i].flags & NCG_TF_CAP))
		e = wl_at(x, i, x->sent[s].t1, NCG_WL_PRESS_EVENT);
	if (!e || !tok_ieq(x, e, "with") || i - t0 > 6)
		return 0;
	for (size_t q = t0; q < i; q++)
		if (!(x->tok[q].flags & (NCG_TF_CAP | NCG_TF_UPPER)) && !tok_ieq(x, q, "of"))
			return 0;
	return e;
}

/* rules20: "Meeting With Deputy Foreign Minister Kim Jae-shin of Republic
 * of Korea" (state.gov transcripts, under the speaker, a place line and
 * a date line): a title line opening with the meeting noun at i (one
 * modifier before it: "Bilateral Meeting With"), "with", then an
 * official at once (rules26: or a remarks title, above).  Is i that
 * noun? */
static int
meeting_title_at(const mr_ctx *x, uint32_t s, size_t i)
{
	size_t t0 = x->sent[s].t0, j = i + 2, rw = remarks_with_title_at(x, s, i);

	/* a remarks title may stand under a site's notices read as the
	 * lead (DoD's "You have accessed part of a historical collection") */
	if (rw)
		j = rw + 1;
	if (!(i == t0 || (i == t0 + 1 && (x->tok[t0].flags & NCG_TF_CAP)) || rw) ||
	    !tok_ieq(x, j - 1, "with") ||
	    !(title_line(x, s) || (rw && s < HEAD_SENTENCES && whole_line(x, t0, x->sent[s].t1))))
		return 0;
	size_t lim = j + 6;

	if (j < x->sent[s].t1 && tok_ieq(x, j, "the"))
		j++;
	for (; j < x->sent[s].t1 && j < lim; j++)
		if (inside(x, s, j, NCG_M_OFFICIAL))
			return 1;
	return 0;
}

/* rules20: the start of an opening cue (lex:openingCue) ending at token
 * p or just before a determiner at p (lex:openingDeterminer), within four
 * words of p in sentence s ("Before Their Meeting", "Prior to Bilateral
 * Meeting"); else p. */
static size_t
opening_cue_before(const mr_ctx *x, uint32_t s, size_t p)
{
	size_t s0 = x->sent[s].t0;

	if (p > s0 && wl_at(x, p - 1, p, NCG_WL_OPENING_DETERMINER) == p)
		p--;
	for (size_t q = p > s0 + 4 ? p - 4 : s0; q < p; q++)
		if (wl_at(x, q, p, NCG_WL_OPENING_CUE) == p)
			return q;
	/* one modifier between: "Prior to Bilateral Meeting" */
	if (p > s0 + 1 && (x->tok[p - 1].flags & NCG_TF_CAP) && !inside(x, s, p - 1, NCG_M_OFFICIAL))
		for (size_t q = p - 1 > s0 + 4 ? p - 5 : s0; q < p - 1; q++)
			if (wl_at(x, q, p - 1, NCG_WL_OPENING_CUE) == p - 1)
				return q;
	return p;
}

/* Does token i end with a suffix of wl (lex:modifierSuffix:
 * "working-level"; lex:visitSpanSuffix: "two-day"), after one byte or
 * more? */
static int
suffix_at(const mr_ctx *x, size_t i, ncg_wordlist wl)
{
	const ncg_strlist *l = ncg_lexicon_words(x->lex, wl);
	size_t n = ncg_doc_tok_len(x->doc, i);

	for (size_t k = 0; l && k < l->n; k++) {
		size_t m = strlen(l->v[k]);

		if (n > m && memcmp(ncg_doc_tok_ptr(x->doc, i) + n - m, l->v[k], m) == 0)
			return 1;
	}
	return 0;
}

/* A meeting modifier at i (lex:meetingModifier, or a word ending in a
 * lex:modifierSuffix: "working-level")? */
static int
modifier_at(const mr_ctx *x, size_t i)
{
	return (x->tok[i].flags & NCG_TF_LOWER) &&
	       (wl_at(x, i, i + 1, NCG_WL_MEETING_MODIFIER) || suffix_at(x, i, NCG_WL_MODIFIER_SUFFIX));
}

/* rules29: "South Korea, the United States and Japan on Wednesday held the
 * first trilateral working-level talks on ...", "have held their first
 * economic security dialogue": a meeting noun no ordinal meeting names
 * (lex:ordinalMeetingNoun has no "talks"), an ordinal word and meeting
 * modifiers before it, a lex:heldDeterminer ("the", "their") and a past
 * meeting verb at once before those, and no span of time after it (lex:periodCue: "their
 * first talks in over four years"): the number of the meeting held.
 * Returns it, or 0. */
static int first_time_held(const mr_ctx *x, const ncg_meeting_cand *c, size_t p);
static int quote_mark(const mr_ctx *x, size_t i);
static int courtesy_opens(const mr_ctx *x, uint32_t s, size_t i);
static int courtesy_sentence_vetoed(const mr_ctx *x, uint32_t s);
static int possessor_at(const mr_ctx *x, size_t t, uint32_t c1);
static int guests_day(const mr_ctx *x, uint32_t s, size_t end, uint32_t c1);
static int host_recalled(const mr_ctx *x, uint32_t s, uint32_t c0, uint32_t c1);

/* rules97: the tokens a meeting's name in quotation marks may hold
 * ("2+2") */
#define QUOTED_NAME_TOKENS 4

/* rules97: "held their first high-level "2+2" economic talks"
 * (Chosun): a name in quotation marks (a quote mark, one to
 * QUOTED_NAME_TOKENS tokens with no comma or full stop, a quote mark)
 * ending just before e modifies the noun as a lex:meetingModifier does.
 * Returns its opening mark, or e. */
static size_t
quoted_name_before(const mr_ctx *x, size_t c0, size_t e)
{
	if (e < c0 + 3 || !quote_mark(x, e - 1))
		return e;
	for (size_t q = e - 2; q > c0 && e - 1 - q <= QUOTED_NAME_TOKENS; q--) {
		/* [q, e - 1): the name so far */
		if (quote_mark(x, q) || ncg_doc_tok_is(x->doc, q, ",") || ncg_doc_tok_is(x->doc, q, "."))
			return e;
		if (quote_mark(x, q - 1))
			return q - 1;
	}
	return e;
}

/* rules138: "the second ROK-US consultation": a compound of two
 * countries (a country mention, a hyphen with no space either side, a
 * country mention) ending just before e in sentence s modifies the noun
 * after it.  Returns its first token, or e. */
static size_t
country_pair_before(const mr_ctx *x, uint32_t s, size_t c0, size_t e)
{
	const ncg_mention *b, *a;

	if (e < c0 + 3 || (b = inside(x, s, e - 1, NCG_M_COUNTRY)) == NULL || b->t1 != e ||
	    b->t0 < c0 + 2 || !ncg_doc_tok_is(x->doc, b->t0 - 1, "-") ||
	    (x->tok[b->t0 - 1].flags & NCG_TF_SPACE) || (x->tok[b->t0].flags & NCG_TF_SPACE) ||
	    (a = inside(x, s, b->t0 - 2, NCG_M_COUNTRY)) == NULL || a->t1 != b->t0 - 1 || a->t0 < c0)
		return e;
	return a->t0;
}

/* The first of up to three meeting modifiers (modifier_at, a quoted
 * name, a country pair) just before the noun of c, or its noun. */
static size_t
modifiers_start(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p = c->t0, q;

	for (int n = 0; n < 3 && p > c->c0; n++) {
		if (modifier_at(x, p - 1))
			p--;
		else if ((q = quoted_name_before(x, c->c0, p)) < p)
			p = q;
		else if ((q = country_pair_before(x, c->sent, c->c0, p)) < p)
			p = q;
		else
			break;
	}
	return p;
}

/* rules97: "held their first high-level "2+2" economic talks": a
 * lex:heldDeterminer, an ordinal word and modifiers (modifiers_start)
 * before a meeting noun make one phrase, its verb as near the noun as
 * the determiner.  Returns the determiner, or the noun. */
static size_t
held_phrase_start(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p = modifiers_start(x, c);

	if (c->kind != NCG_MC_NOUN)
		return c->t0;
	if (p > c->c0 && ncg_doc_tok_ordinal_word(x->doc, p - 1))
		p--;
	return p > c->c0 && wl_at(x, p - 1, p, NCG_WL_HELD_DETERMINER) == p ? p - 1 : c->t0;
}

static int
held_ordinal(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p = modifiers_start(x, c);
	int ord;

	if (first_time_held(x, c, p))
		return 1;
	if (p < c->c0 + 3 || !(ord = ncg_doc_tok_ordinal_word(x->doc, p - 1)) ||
	    wl_at(x, p - 2, p - 1, NCG_WL_HELD_DETERMINER) != p - 1 ||
	    wl_at(x, p - 3, p - 2, NCG_WL_MEETING_VERB) != p - 2 ||
	    (c->t1 < c->c1 && wl_at(x, c->t1, c->c1, NCG_WL_PERIOD_CUE)))
		return 0;
	return ord;
}

/* rules64: "on Wednesday held a trilateral meeting for the first time"
 * (Kyodo): a past meeting verb, "a" or a lex:heldDeterminer, meeting
 * modifiers from p, the noun, then a lex:firstTimeCue with no span of
 * time after it ("for the first time in about five months", "since"):
 * the meeting held is the first. */
static int
first_time_held(const mr_ctx *x, const ncg_meeting_cand *c, size_t p)
{
	size_t e;

	if (p < c->c0 + 2 ||
	    !(wl_at(x, p - 1, p, NCG_WL_HELD_DETERMINER) == p ||
	      wl_at(x, p - 1, p, NCG_WL_INDEFINITE_ARTICLE) == p) ||
	    wl_at(x, p - 2, p - 1, NCG_WL_MEETING_VERB) != p - 1 ||
	    !(x->tok[p - 2].flags & NCG_TF_LOWER))
		return 0;
	e = wl_at(x, c->t1, c->c1, NCG_WL_FIRST_TIME_CUE);
	return e && !(e < c->c1 && (tok_ieq(x, e, "in") || wl_at(x, e, c->c1, NCG_WL_PERIOD_CUE)));
}

/* rules57: a call in person (lex:callException) inside the words of a
 * principal verb (lex:principalVerb: "received a farewell courtesy call
 * from", "paid a courtesy call on") is that verb's: the principals'
 * candidate reads it. */
static int
in_principal_verb(const mr_ctx *x, uint32_t s, size_t i)
{
	if (!wl_at(x, i, x->sent[s].t1, NCG_WL_CALL_EXCEPTION))
		return 0;
	for (size_t q = i > x->sent[s].t0 + 4 ? i - 4 : x->sent[s].t0; q < i; q++)
		if (wl_at(x, q, x->sent[s].t1, NCG_WL_PRINCIPAL_VERB) > i)
			return 1;
	return 0;
}

/* Is [i, e) a progressive principal verb of three words, the middle one
 * a participle in "-ing" ("was meeting with", lex:principalVerb)? */
static int
progressive_at(const mr_ctx *x, size_t i, size_t e)
{
	size_t b, n;

	if (e != i + 3)
		return 0;
	b = x->tok[i + 1].b;
	n = x->tok[i + 1].e - b;
	return n > 4 && ncg_ascii_ieqn(x->s + b + n - 3, 3, "ing");
}

/* rules269: the noun of a past progressive principal verb ("Moniz was
 * meeting with top Japanese officials": "was meeting with") is that
 * verb's, no meeting noun: the principals' candidate reads it (or, with
 * no official after it, nothing: "the plan was meeting with
 * skepticism").  Not "held talks with" (no participle). */
static int
in_progressive_verb(const mr_ctx *x, uint32_t s, size_t i)
{
	size_t t1 = x->sent[s].t1;

	return i > x->sent[s].t0 && progressive_at(x, i - 1, wl_at(x, i - 1, t1, NCG_WL_PRINCIPAL_VERB));
}

/* rules64: "the yearly discussions held last week in Washington"
 * (makri), "the discussions took place on Wednesday and Thursday in
 * Washington, D.C." (KBS): a discussion noun (lex:discussionNoun, lower
 * case) after "the" or a possessive, two lower-case words between at
 * most, then a past meeting verb ("were" allowed before it) names a
 * meeting held.  Its end, or 0.  Not "discussions were held on ..."
 * with no determiner: a topic taken up within a meeting. */
/* rules129: the words right after a reduced relative's participle
 * ("discussions held August 8-13 in Washington, D.C."): a date mention
 * first, or a place preposition (lex:placePreposition) and a place
 * mention. */
static int
held_setting_after(const mr_ctx *x, uint32_t s, size_t j)
{
	const ncg_mention *d = j < x->sent[s].t1 ? inside(x, s, j, NCG_M_DATE) : NULL;

	if (d && d->t0 == j)
		return 1;
	return j + 1 < x->sent[s].t1 && wl_is(x, j, NCG_WL_PLACE_PREPOSITION) &&
	       (d = inside(x, s, j + 1, NCG_M_PLACE)) != NULL && d->t0 == j + 1;
}

static size_t
discussion_held(const mr_ctx *x, uint32_t s, size_t i)
{
	size_t e = wl_at(x, i, x->sent[s].t1, NCG_WL_DISCUSSION_NOUN), v, q;

	if (!e || !(x->tok[i].flags & NCG_TF_LOWER))
		return 0;
	v = e + (wl_is(x, e, NCG_WL_PAST_COPULA) ? 1 : 0);
	if (!wl_at(x, v, x->sent[s].t1, NCG_WL_MEETING_VERB) || !(x->tok[v].flags & NCG_TF_LOWER))
		return 0;
	if (v == e && held_setting_after(x, s, wl_at(x, v, x->sent[s].t1, NCG_WL_MEETING_VERB)))
		return e;
	for (q = i; q > x->sent[s].t0 && q + 3 > i; q--) {
		if (wl_is(x, q - 1, NCG_WL_DEFINITE_ARTICLE) || wl_is(x, q - 1, NCG_WL_POSSESSIVE))
			return e;
		if (!(x->tok[q - 1].flags & NCG_TF_LOWER))
			return 0;
	}
	return 0;
}

/* rules96: "We had very productive 2+2 discussions this morning ...
 * with Secretary Austin" (a transcript): a discussion noun (lex:
 * discussionNoun, lower case) as the object of the speaker's past
 * meeting verb (lex:speakerPronoun, at most two lex:speakerAdverb, then
 * lex:meetingVerb), at most five tokens of no capital between ("2+2"
 * is three), no infinitive, past verb or lex:negationWord among them
 * ("had hoped to resume discussions", "had no discussions"), names
 * the meeting the speaker comes from (speaker_had_evidence weighs its
 * "with").  Its end, or 0. */
static int past_verb_in(const mr_ctx *x, size_t a, size_t b);
static size_t past_verb_at(const mr_ctx *x, size_t a, size_t b);

static size_t
speaker_discussion(const mr_ctx *x, uint32_t s, size_t i)
{
	size_t e = wl_at(x, i, x->sent[s].t1, NCG_WL_DISCUSSION_NOUN), p;

	if (!e || !(x->tok[i].flags & NCG_TF_LOWER))
		return 0;
	for (p = i; p > x->sent[s].t0 && i - p <= 5; p--) {
		size_t v = p - 1, q;

		if (wl_at(x, v, i, NCG_WL_MEETING_VERB) == p && (x->tok[v].flags & NCG_TF_LOWER)) {
			if (tok_ieq(x, p, "to") || past_verb_in(x, p, i))
				return 0;
			for (q = v; q > x->sent[s].t0 && v - q < 2 &&
			            wl_is(x, q - 1, NCG_WL_SPEAKER_ADVERB); q--)
				;
			return q > x->sent[s].t0 && wl_is(x, q - 1, NCG_WL_SPEAKER_PRONOUN) ? e : 0;
		}
		if ((x->tok[v].flags & NCG_TF_CAP) || wl_is(x, v, NCG_WL_NEGATION_WORD))
			return 0;
	}
	return 0;
}

/* rules138: a lex:pairMeetingNoun in lower case right after a country
 * pair (country_pair_before): "held the second ROK-US consultation on
 * ...".  Its end, or 0. */
static size_t
pair_meeting_noun(const mr_ctx *x, uint32_t s, size_t i)
{
	if (!(x->tok[i].flags & NCG_TF_LOWER) || !wl_is(x, i, NCG_WL_PAIR_MEETING_NOUN) ||
	    country_pair_before(x, s, x->sent[s].t0, i) == i)
		return 0;
	return i + 1;
}

/* Is token t a determiner: lex:indefiniteArticle, lex:definiteArticle
 * or lex:possessiveDeterminer? */
static int
determiner_at(const mr_ctx *x, size_t t)
{
	return wl_is(x, t, NCG_WL_INDEFINITE_ARTICLE) || wl_is(x, t, NCG_WL_DEFINITE_ARTICLE) ||
	       wl_is(x, t, NCG_WL_POSSESSIVE);
}

/* fix160 (review129 2, 3): is the with-object m of the visit noun at i
 * no side met?  The possessor of a noun ("his visit with Prime Minister
 * Fumio Kishida's delegation"), one travelled with, "to" and "the" or a
 * capitalised word after it ("her visit with Secretary Antony Blinken to
 * the Demilitarized Zone"), an official of the visitor's own country, or
 * a body of no single known country or of the visitor's ("during a visit
 * with the 25th Infantry Division", a secretary with his own troops).
 * The visitor: the first official of sentence s before i, else its first
 * body. */
static const char *official_country(const mr_ctx *x, const ncg_mention *m);
static const ncg_mention *kind_in(const mr_ctx *x, uint32_t s, size_t a, size_t b, ncg_mention_kind k);
static const ncg_mention *official_in(const mr_ctx *x, uint32_t s, size_t a, size_t b);

static int
visit_with_own_side(const mr_ctx *x, uint32_t s, size_t i, const ncg_mention *m)
{
	const ncg_mention *who = official_in(x, s, x->sent[s].t0, i);
	const char *wc = who ? official_country(x, who) : NULL, *oc;
	size_t e = m->t1;

	if (!who && (who = kind_in(x, s, x->sent[s].t0, i, NCG_M_BODY)) != NULL && !who->body.country[1])
		wc = who->body.country[0];
	if (possessor_at(x, e, x->sent[s].t1))
		return 1;
	if (e + 1 < x->sent[s].t1 && (x->tok[e].flags & NCG_TF_LOWER) && wl_is(x, e, NCG_WL_INFINITIVE_MARKER) &&
	    (wl_is(x, e + 1, NCG_WL_DEFINITE_ARTICLE) || (x->tok[e + 1].flags & NCG_TF_CAP)))
		return 1;
	oc = m->kind == NCG_M_OFFICIAL ? official_country(x, m) : m->body.country[1] ? NULL : m->body.country[0];
	if (m->kind == NCG_M_BODY && !oc)
		return 1;
	return wc && oc && strcmp(wc, oc) == 0;
}

/* rules334: a lower-case lex:visitWithNoun right before "with" and an
 * official or a body (maybe after "the"), a determiner (determiner_at)
 * at most VISIT_DET_REACH lower-case words before it, none of them "to"
 * (lex:infinitiveMarker: "his plans to visit with"): "presented the
 * stamps during an official visit with the U.S. Coast Guard Nov. 16"
 * (Coast Guard), "for his first visit with U.S. Air Force leadership"
 * (DVIDS): a visit in person to a side is a meeting with it.  Not the
 * verb "to visit with", "visits with troops" (no determiner), "a visit
 * with his family" (no official or body), nor a visit with the
 * visitor's own side (visit_with_own_side).  Its end, or 0. */
#define VISIT_DET_REACH 3

static size_t
visit_with_noun(const mr_ctx *x, uint32_t s, size_t i)
{
	const ncg_mention *m;
	size_t t = i + 2, d = i;

	if (!(x->tok[i].flags & NCG_TF_LOWER) || t >= x->sent[s].t1 || !wl_is(x, i, NCG_WL_VISIT_WITH_NOUN) ||
	    !tok_ieq(x, i + 1, "with") || !(x->tok[i + 1].flags & NCG_TF_LOWER))
		return 0;
	while (d > x->sent[s].t0 && i - d < VISIT_DET_REACH && (x->tok[d - 1].flags & NCG_TF_LOWER) &&
	       !determiner_at(x, d - 1) && !wl_is(x, d - 1, NCG_WL_INFINITIVE_MARKER))
		d--;
	if (d == x->sent[s].t0 || !determiner_at(x, d - 1))
		return 0;
	if (wl_is(x, t, NCG_WL_DEFINITE_ARTICLE) && t + 1 < x->sent[s].t1)
		t++;
	if ((((m = inside(x, s, t, NCG_M_OFFICIAL)) != NULL && m->t0 == t) ||
	     ((m = inside(x, s, t, NCG_M_BODY)) != NULL && m->t0 == t)) &&
	    !visit_with_own_side(x, s, i, m))
		return i + 1;
	return 0;
}

/* fix141 (review118 6): is the noun [i, e) read here?  A
 * lex:determinedMeetingNoun only right after a lex:determinedNounOpener
 * ("held an office call with", "for an office call"), not where "office"
 * is the caller ("The presidential office calls held with", "the
 * governor's office calls every week"). */
static int
determined_noun_ok(const mr_ctx *x, size_t i, size_t e)
{
	return wl_at(x, i, e, NCG_WL_DETERMINED_MEETING_NOUN) != e ||
	       (i > 0 && wl_is(x, i - 1, NCG_WL_DETERMINED_NOUN_OPENER));
}

/* The end of a meeting noun at i (lex:meetingNoun), or 0; fixI, fixL: 0
 * when the head of a compound follows (ncg_doc_compound_head): "held
 * their second conference call on Tuesday" is a call (ANNOTATION.md),
 * "a meeting room" a place, no meeting. */
static size_t
meeting_noun_at(const mr_ctx *x, size_t i, size_t lim)
{
	size_t e = wl_at(x, i, lim, NCG_WL_MEETING_NOUN);

	if (e && !determined_noun_ok(x, i, e))
		return 0;
	return e && ncg_doc_compound_head(x->doc, x->lex, e, lim) ? 0 : e;
}

static ncg_status
noun_candidates(mr_ctx *x, uint32_t s)
{
	int title = in_title(x, s), remarks = !title && remarks_line(x, s);
	int rtitle = (title || s < HEAD_SENTENCES) && whole_line(x, x->sent[s].t0, x->sent[s].t1);

	for (size_t i = x->sent[s].t0; i < x->sent[s].t1 && x->d->n < MAX_CANDIDATES; i++) {
		const ncg_mention *b;
		ncg_meeting_cand *c;

		int named = !(x->tok[i].flags & NCG_TF_LOWER) && named_meeting_noun(x, s, i);
		/* rules26: a noun of two words ("working dinner"), or a
		 * transcript's remarks title ("Joint Remarks with") */
		size_t noun = meeting_noun_at(x, i, x->sent[s].t1);

		if (!noun)
			noun = discussion_held(x, s, i);
		if (!noun)
			noun = speaker_discussion(x, s, i);
		if (!noun)
			noun = pair_meeting_noun(x, s, i);
		if (!noun)
			noun = visit_with_noun(x, s, i);
		size_t rw = rtitle ? remarks_with_title_at(x, s, i) : 0;
		size_t me = noun > rw ? noun : rw > 0 ? rw : i + 1;

		if ((!noun && !named && !rw) ||
		    (!title && !(x->tok[i].flags & NCG_TF_LOWER) && !named &&
		     !(remarks && opening_cue_before(x, s, i) < i) && !meeting_title_at(x, s, i)) ||
		    inside(x, s, i, NCG_M_MEETING) || inside(x, s, i, NCG_M_BODY))
			continue;
		if ((i > 0 && (wl_is(x, i - 1, NCG_WL_PRESS_NOUN))) ||
		    in_principal_verb(x, s, i) || in_progressive_verb(x, s, i))
			continue;
		NCG_TRY(new_cand(x, NCG_MC_NOUN, s, i, me, &c));
		/* a transcript's own title: the remarks it holds are the
		 * meeting's, no headline's words */
		if (rw && meeting_title_at(x, s, i))
			c->in_title = 0;
		/* "the EDSCG meeting", "a meeting of the NCG" */
		b = i > 0 ? inside(x, s, i - 1, NCG_M_BODY) : NULL;
		if (!b && tok_ieq(x, me, "of"))
			b = series_in(x, s, me + 1, me + 3);
		c->series = b && series_body(x, b) ? b->key : NULL;
		if (!title)
			c->ordinal = held_ordinal(x, c);
		i = me - 1;
	}
	return NCG_OK;
}

/* The first mention of kind k that begins in [a, b) of sentence s, or
 * NULL. */
static const ncg_mention *
kind_in(const mr_ctx *x, uint32_t s, size_t a, size_t b, ncg_mention_kind k)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t i = 0; i < n; i++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[i]);

		if (m->kind == k && m->t0 >= a && m->t0 < b)
			return m;
	}
	return NULL;
}

/* Is there an official mention in [a, b) of sentence s? */
static const ncg_mention *
official_in(const mr_ctx *x, uint32_t s, size_t a, size_t b)
{
	return kind_in(x, s, a, b, NCG_M_OFFICIAL);
}

/* How many officials are named in [a, b) of sentence s. */
static int
officials_in(const mr_ctx *x, uint32_t s, size_t a, size_t b)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);
	int count = 0;

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		count += m->kind == NCG_M_OFFICIAL && m->t0 >= a && m->t0 < b;
	}
	return count;
}

static int past_act_in(const mr_ctx *x, size_t a, size_t b);
static int lead_day_after(const mr_ctx *x, uint32_t s, size_t e, uint32_t c0, uint32_t c1);
static int day_after(const mr_ctx *x, uint32_t s, size_t e, uint32_t c0, uint32_t c1);
static int call_cue_in(const mr_ctx *x, size_t a, size_t b);

/* "X and Y, meeting in Seoul on Saturday, underlined ...": two officials,
 * a comma, the participle of meeting, where or when, and a past verb
 * later in the clause that gives its tense. */
static int
participle_meeting(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	if (!wl_is(x, i, NCG_WL_MEETING_PARTICIPLE) || !(x->tok[i].flags & NCG_TF_LOWER) || i == 0 ||
	    !ncg_doc_tok_is(x->doc, i - 1, ",") ||
	    !(wl_is(x, i + 1, NCG_WL_PLACE_PREPOSITION) || tok_ieq(x, i + 1, "on") ||
	      tok_ieq(x, i + 1, "with")))
		return 0;
	return officials_in(x, s, c0, i) >= 2 && past_verb_in(x, i + 2, c1) &&
	       wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) == c1;
}

/* rules79: "Meeting with ... assistant deputy minister Kim Jae-shin at
 * the ministry's complex in Seoul ... Tuesday morning, Einhorn expressed
 * concern ..." (Hankyoreh), "Meeting with Moon at the Blue House in
 * Seoul, Pence reaffirmed ..." (VOA): the participle of meeting opening
 * the clause, "with" an official before the first comma, then a subject
 * (an official, or the surname of one named before) and its past verb
 * at once, no future cue in the clause.  Returns the comma's token, or
 * 0. */
#define FRONTED_REACH 32
static const ncg_mention *surname_subject(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0,
                                         const ncg_mention *obj);

static size_t
fronted_participle(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	const ncg_mention *obj, *m;
	size_t q = i + 2, v;

	if (i != c0 || i + 2 >= c1 || !wl_is(x, i, NCG_WL_MEETING_PARTICIPLE) ||
	    !tok_ieq(x, i + 1, "with"))
		return 0;
	/* the first comma outside a date or place ("May 3, 2022,") */
	while (q < c1 && q < i + FRONTED_REACH &&
	       (!ncg_doc_tok_is(x->doc, q, ",") || inside(x, s, q, NCG_M_DATE) ||
	        inside(x, s, q, NCG_M_PLACE)))
		q++;
	if (q + 2 >= c1 || !ncg_doc_tok_is(x->doc, q, ",") || !(obj = official_in(x, s, i + 2, q)) ||
	    wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1)
		return 0;
	/* the subject named in full, a title of capitalised words (and
	 * "of") before the name the mention covers */
	if ((m = official_in(x, s, q + 1, q + 8 < c1 ? q + 8 : c1)) != NULL)
		for (size_t k = q + 1; m && k < m->t0; k++)
			if (!(x->tok[k].flags & NCG_TF_CAP) && !tok_ieq(x, k, "of"))
				m = NULL;
	/* the verb in the clause (the mention may end at or past c1, the
	 * text's last token) */
	v = m ? m->t1 : q + 2;
	if (v >= c1 || !past_verb_in(x, v, v + 1))
		return 0;
	if (!m)
		m = surname_subject(x, s, v, c0, obj);
	/* two officials of one side meeting is no meeting of the two */
	return m && !(m->official.country && obj->official.country &&
	              !strcmp(m->official.country, obj->official.country)) ? q : 0;
}

/* "Meeting with Cho on Thursday, the senator from Georgia commemorated
 * his election as chair ..." (KBS): the participle of meeting opening the
 * clause at i, "with" the other side named alone (name_between: an
 * official, or a surname of a person named in full before), a day
 * (day_phrase_end: "on Thursday", "today", a date of a day) just before
 * the first comma, then a principal as the subject (principal_subject_at)
 * and a past verb within DATED_FRONT_REACH words after the comma, no
 * future cue in the clause: the meeting held that day.  Not "Meeting with X next week, ..." (no day), "Before
 * meeting with X, ..." (not the clause's first word), "Meeting with X on
 * Monday, she will ..." (future).  Returns the comma's token, or 0. */
#define DATED_FRONT_REACH 6
static size_t day_phrase_end(const mr_ctx *x, uint32_t s, size_t i, size_t lim);
static int day_date_in(const mr_ctx *x, uint32_t s, size_t a, size_t b);
static size_t relative_opens(const mr_ctx *x, size_t p);
static int in_dateline(const mr_ctx *x, const ncg_mention *m);
static size_t official_start(const ncg_mention *m);
static int same_token(const mr_ctx *x, size_t w, size_t p);
static const ncg_mention *surname_named_before(const mr_ctx *x, size_t t);
static const ncg_mention *official_starting(const mr_ctx *x, uint32_t s, size_t t);

/* Is [a, b) of sentence s a person's name alone: an official mention
 * just filling it, or (review99) one capitalised word, no country's,
 * place's or body's, that is the surname of an official named before
 * (surname_named_before: "Seoul's ambassador to the U.S., Cho Hyun-dong"
 * ... "Cho"; not "Samsung", "Hyundai executives", "the embassy").
 * review102 4: not a family name of any capitalised pair with a hyphen
 * before: "Samsung Bio-Logics" is no person's name. */
static int
name_between(const mr_ctx *x, uint32_t s, size_t a, size_t b)
{
	const ncg_mention *m = official_in(x, s, a, b);

	if (m && official_start(m) == a && m->t1 == b)
		return 1;
	if (b != a + 1 || !(x->tok[a].flags & NCG_TF_CAP) || inside(x, s, a, NCG_M_COUNTRY) ||
	    inside(x, s, a, NCG_M_PLACE) || inside(x, s, a, NCG_M_BODY))
		return 0;
	return surname_named_before(x, a) != NULL;
}

static size_t possessive_mark(const mr_ctx *x, size_t p, size_t lo, int bare);

/* review102 4: does the clause after a fronted "Meeting with X on
 * <day>," open at token k with a principal: an official, a title's or
 * an office's word after an optional article ("the senator from Georgia
 * commemorated"), the surname of an official named before, or a
 * subject pronoun ("he")?  Not "the protesters shouted slogans".
 * review103 4: also the sides (lex:sidesNoun) or a title after a
 * capitalized possessive and words of lex:sidesDeterminer ("the two
 * ministers agreed", "both sides reaffirmed", "Seoul's top diplomat
 * stressed"). */
static int
principal_subject_at(const mr_ctx *x, uint32_t s, size_t k)
{
	size_t t1 = x->sent[s].t1, k0;

	if (official_starting(x, s, k))
		return 1;
	if (k + 1 < t1 && wl_is(x, k, NCG_WL_DEFINITE_ARTICLE))
		k++;
	k0 = k;
	if (k + 3 < t1 && (x->tok[k].flags & NCG_TF_CAP) && possessive_mark(x, k + 3, k + 1, 0) == k + 1)
		k += 3;
	else if (k + 2 < t1 && (x->tok[k].flags & NCG_TF_CAP) && possessive_mark(x, k + 2, k + 1, 0) == k + 1)
		k += 2;
	while (k + 1 < t1 && k < k0 + 4 && wl_is(x, k, NCG_WL_SIDES_DETERMINER))
		k++;
	if (k > k0 && (wl_is(x, k, NCG_WL_SIDES_NOUN) || wl_is(x, k, NCG_WL_TITLE_HEAD)))
		return 1;
	k = k0;
	return official_starting(x, s, k) || wl_is(x, k, NCG_WL_TITLE_HEAD) ||
	       wl_is(x, k, NCG_WL_OFFICE) || wl_is(x, k, NCG_WL_CLAUSE_SUBJECT_PRONOUN) ||
	       wl_is(x, k, NCG_WL_SIDES_NOUN) || surname_named_before(x, k) != NULL;
}

static size_t
dated_fronted_meeting(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t q = i + 2, d = 0, lim;

	if (i != c0 || i + 4 >= c1 || !wl_is(x, i, NCG_WL_MEETING_PARTICIPLE) ||
	    !tok_ieq(x, i + 1, "with") || wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1)
		return 0;
	while (q < c1 && q < i + FRONTED_REACH && !ncg_doc_tok_is(x->doc, q, ","))
		q++;
	if (q + 2 >= c1 || !ncg_doc_tok_is(x->doc, q, ","))
		return 0;
	for (size_t j = i + 3; j < q && !d; j++)
		d = day_phrase_end(x, s, j, q) == q ? j : 0;
	if (!d || wl_is(x, d - 1, NCG_WL_RELATIVE_NEXT) || !name_between(x, s, i + 2, d))
		return 0;
	lim = q + 1 + DATED_FRONT_REACH < c1 ? q + 1 + DATED_FRONT_REACH : c1;
	return principal_subject_at(x, s, q + 1) && past_verb_in(x, q + 1, lim) ? q : 0;
}

/* Does an ordinal meeting ("the fourth NCG meeting") begin in [a, b) of
 * sentence s? */
static int
meeting_named_in(const mr_ctx *x, uint32_t s, size_t a, size_t b)
{
	return kind_in(x, s, a, b, NCG_M_MEETING) != NULL;
}

static int pair_named_before(const mr_ctx *x, uint32_t s);

/* Does a lex:pairSubject open clause [c0, ...) and end at p, the verb,
 * with two sides named in the sentence before (pair_named_before)? */
static int
pair_subject_before(const mr_ctx *x, uint32_t s, size_t p, uint32_t c0)
{
	return p > c0 && wl_at(x, c0, p, NCG_WL_PAIR_SUBJECT) == p && pair_named_before(x, s);
}

/* "The defense ministers met at the Pentagon yesterday", "the two sides
 * met in Seoul on Thursday": "met" after a plural noun of parties
 * (lex:partyNoun), with a day in its clause (a date of a day, "today",
 * "yesterday" or a weekday).  Is token i such a "met"? */
static int
parties_met(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	const size_t *idx;
	size_t n, p = i;
	int party = 0;

	if (!wl_is(x, i, NCG_WL_MET_VERB) || !(x->tok[i].flags & NCG_TF_LOWER))
		return 0;
	if (p > c0 + 1 && wl_is(x, p - 1, NCG_WL_ADDITIVE_ADVERB))
		p--;
	/* the noun just before, or heading "from"/"of" ("Senior officials
	 * from the two countries met") */
	for (size_t q = p; !party && q > c0 && p - q < PARTY_NOUN_REACH &&
	                   !ncg_doc_tok_is(x->doc, q - 1, ","); q--)
		party = wl_at(x, q - 1, q, NCG_WL_PARTY_NOUN) &&
		        (q == p || tok_ieq(x, q, "from") || tok_ieq(x, q, "of"));
	if (!party)
		party = pair_subject_before(x, s, p, c0);
	/* "met ... for the fifth meeting of the EDSCG": that one is read */
	if (!party || series_in(x, s, c0, c1) || meeting_named_in(x, s, c0, c1))
		return 0;
	n = ncg_mentions_in_sentence(x->ms, s, &idx);
	for (size_t j = c0; j < c1; j++)
		if (weekday_at(x, j) || wl_at(x, j, c1, NCG_WL_SAME_DAY) ||
		    wl_at(x, j, c1, NCG_WL_DAY_BEFORE))
			return 1;
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind == NCG_M_DATE && m->date.prec == NCG_PREC_DAY && m->t0 >= c0 &&
		    m->t0 < c1)
			return 1;
	}
	return 0;
}

/* "Kahl affirmed the commitment while meeting with Seoul's defense
 * minister Lee Jong-sup": a meeting as the adverbial of a past act
 * (lex:adverbialMeeting), an official soon after it, a past verb before
 * it in the clause and no future cue there; rules199: or an irregular
 * past of an act ("Rabuka made this comment while meeting the U.S. ...
 * coordinator ... in Suva yesterday", Fijilive).  Returns the end of
 * the adverbial's words, or 0. */
static size_t
adverbial_meeting(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e = wl_at(x, i, c1, NCG_WL_ADVERBIAL_MEETING);

	if (!e || !official_in(x, s, e, e + 8 < c1 ? e + 8 : c1) || !past_act_in(x, c0, i) ||
	    wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1)
		return 0;
	return e;
}

/* "The defense ministers of the U.S., South Korea and Japan agreed to
 * strengthen ... on the sidelines of the Shangri-La Dialogue security
 * conference in Singapore on Sunday": the clause opens with parties
 * ("The", a plural of lex:partyNoun within its first five words), a past
 * verb before a sideline cue (lex:sidelineCue) at i, a day in the clause
 * and no future cue: the parties met there.  Returns the cue's end, or
 * 0. */
static size_t
sideline_meeting(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e = wl_at(x, i, c1, NCG_WL_SIDELINE_CUE), p = c0;
	int day = 0;

	if (!e || !tok_ieq(x, c0, "the") || wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1 ||
	    !past_verb_in(x, c0, i))
		return 0;
	while (p < c0 + 6 && p < i && !wl_at(x, p, p + 1, NCG_WL_PARTY_NOUN))
		p++;
	if (p >= c0 + 6 || p >= i)
		return 0;
	for (size_t j = e; j < c1 && !day; j++) {
		const ncg_mention *m = inside(x, s, j, NCG_M_DATE);

		day = weekday_at(x, j) || wl_at(x, j, c1, NCG_WL_SAME_DAY) ||
		      (m && m->date.prec == NCG_PREC_DAY);
	}
	return day ? e : 0;
}

/* "X met with Y", "X welcomed Y to the Pentagon", "X hosted Y": an
 * official before the verb and one after it; or "X and Y met"; or "X and
 * Y, meeting in Seoul, ..."; or "X affirmed ... while meeting with Y". */
/* The end of a day said at token i: a weekday ("on Tuesday"), "today",
 * "yesterday", or a date of a day; 0 if none. */
static size_t
day_phrase_end(const mr_ctx *x, uint32_t s, size_t i, size_t lim)
{
	const ncg_mention *d;
	size_t e;

	i += tok_ieq(x, i, "on") ? 1 : 0;
	if (i >= lim)
		return 0;
	if (weekday_at(x, i))
		return i + 1;
	if ((e = wl_at(x, i, lim, NCG_WL_SAME_DAY)) != 0 || (e = wl_at(x, i, lim, NCG_WL_DAY_BEFORE)) != 0)
		return e;
	d = inside(x, s, i, NCG_M_DATE);
	return d && d->t0 == i && d->date.prec == NCG_PREC_DAY ? d->t1 : 0;
}

/* rules15: "President Moon Jae-in and his U.S. counterpart Donald Trump
 * at the White House on Tuesday agreed to ...": two officials, then
 * "at" a place (or a body named by its building), a day, and a past
 * verb at once: they met there that day.  Token i is that "at": the
 * end of the verb, which ends what the candidate's facts are read from
 * ("... agreed to ensure that the summit on June 12 ..." is not its day);
 * else 0. */
static size_t
colocated_principals(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	const ncg_mention *pl;
	size_t p = i + 1, e;

	if (!wl_is(x, i, NCG_WL_VENUE_PREPOSITION) || officials_in(x, s, c0, i) < 2 ||
	    !inside(x, s, i - 1, NCG_M_OFFICIAL))
		return 0;
	if (tok_ieq(x, p, "the") && !inside(x, s, p, NCG_M_BODY) && !inside(x, s, p, NCG_M_PLACE))
		p++;
	pl = inside(x, s, p, NCG_M_PLACE);
	if (!pl)
		pl = inside(x, s, p, NCG_M_BODY);
	if (!pl || pl->t0 != p)
		return 0;
	if (pl->kind == NCG_M_BODY &&
	    wl_at(x, p + (tok_ieq(x, p, "the") ? 1 : 0), pl->t1, NCG_WL_SEAT_BODY) != pl->t1)
		return 0;
	e = pl->t1;
	if (wl_is(x, e, NCG_WL_WITHIN_PREPOSITION) && inside(x, s, e + 1, NCG_M_PLACE))
		e = inside(x, s, e + 1, NCG_M_PLACE)->t1;
	if ((e = day_phrase_end(x, s, e, c1)) == 0 || e >= c1)
		return 0;
	return past_verb_in(x, e, e + 1) && wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) == c1 ? e + 1 : 0;
}

/* rules29: "Over the weekend, Hill, the top U.S negotiator to the talks,
 * met with ...": the comma at p closes an appositive that opens with a
 * determiner (lex:appositiveOpener) after another comma, no official in
 * it: the token before that comma (the surname), or 0. */
static size_t
appositive_before(const mr_ctx *x, uint32_t s, size_t p, uint32_t c0)
{
	size_t q = p;

	while (q > c0 + 2 && p - q < 16 && !ncg_doc_tok_is(x->doc, q - 1, ","))
		q--;
	if (q <= c0 + 2 || p - q < 2 || !ncg_doc_tok_is(x->doc, q - 1, ",") ||
	    !(x->tok[q].flags & NCG_TF_LOWER) || !wl_at(x, q, q + 1, NCG_WL_APPOSITIVE_OPENER) ||
	    official_in(x, s, q, p))
		return 0;
	return q - 2;
}

/* rules33: the surname of an official's mention: its last word, or
 * the one before a name suffix (lex:nameSuffix: "Admiral Samuel Paparo
 * Jr., commander of ... / Paparo met with", Korea Herald), or the word
 * before a comma inside the name, written surname first ("Gen. Lee,
 * Young Su, ... / Lee met with", DVIDS). */
static size_t
surname_token(const mr_ctx *x, const ncg_mention *m)
{
	for (size_t k = m->t0 + 1; k + 1 < m->t1; k++)
		if (ncg_doc_tok_is(x->doc, k, ","))
			return k - 1;
	for (size_t k = 1; k <= 2 && m->t1 - k > m->t0; k++)
		if (wl_at(x, m->t1 - k, m->t1, NCG_WL_NAME_SUFFIX) == m->t1)
			return m->t1 - k - 1;
	return m->t1 - 1;
}

/* rules88: "Defense Minister Shin Won-sik met with ... / Shin met Adm.
 * Samuel Paparo" (Yonhap): a Korean name is written surname first, its
 * given name one word of two syllables joined by a hyphen, the second
 * in lower case ("Won-sik", "Jae-in").  The token of m's surname so
 * written (the word before such a given name), or SIZE_MAX (token 0
 * is a document's first word: "Shin Won-sik, the defense minister, ..."). */
static size_t
surname_first_token(const mr_ctx *x, const ncg_mention *m)
{
	size_t g = m->t1 - 1, n;
	const char *w, *h;

	if (m->t1 - m->t0 < 2 || !(x->tok[g - 1].flags & NCG_TF_CAP) ||
	    (m->official.title && m->official.title_t0 < g && m->official.title_t1 >= g))
		return SIZE_MAX;
	w = ncg_doc_tok_ptr(x->doc, g);
	n = ncg_doc_tok_len(x->doc, g);
	h = memchr(w, '-', n);
	if (!h || h == w || (size_t)(h - w) + 1 >= n)
		return SIZE_MAX;
	/* rules164: "Maj. Gen. Ju Ik-Suk ... / Ju met with" (DVIDS), "Adm.
	 * Kim Myung-Soo ... / Adm. Kim": military releases capitalise the
	 * second syllable; then the surname must be a Korean one
	 * (lex:koreanSurname), not a Western given name before a
	 * double-barrelled surname ("Ann Smith-Jones") */
	if (h[1] >= 'A' && h[1] <= 'Z')
		return wl_is(x, g - 1, NCG_WL_KOREAN_SURNAME) ? g - 1 : SIZE_MAX;
	return h[1] >= 'a' && h[1] <= 'z' ? g - 1 : SIZE_MAX;
}

/* Is token p the word w of the document? */
static int
same_token(const mr_ctx *x, size_t w, size_t p)
{
	return ncg_doc_tok_len(x->doc, w) == ncg_doc_tok_len(x->doc, p) &&
	       strncmp(ncg_doc_tok_ptr(x->doc, w), ncg_doc_tok_ptr(x->doc, p),
	               ncg_doc_tok_len(x->doc, p)) == 0;
}

/* fix171 (review138 1): may sentence s tell a hearsay meeting: does it
 * open with "During" and a visit noun (lex:visitNoun) set off by a
 * comma ("During the visit, Lee is known to have met", KBS: the lead's
 * visit the meeting's), and name no date (not "Lee is said to have met
 * Y in 2019", a meeting recalled)? */
static int
hearsay_visit_sentence(const mr_ctx *x, uint32_t s)
{
	size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1, v;

	return t1 - t0 >= 4 && tok_ieq(x, t0, "during") &&
	       (v = wl_find(x, t0 + 1, t0 + 4, NCG_WL_VISIT_NOUN)) < t0 + 4 &&
	       ncg_doc_tok_is(x->doc, v + 1, ",") && !kind_in(x, s, t0, t1, NCG_M_DATE);
}

/* rules348: the words between a subject and its verb at v in sentence
 * s, no earlier than lo: an additive adverb (lex:additiveAdverb: "X
 * also met Y"), or in a sentence of the lead's visit
 * (hearsay_visit_sentence) a hearsay adverb (lex:hearsayAdverb: "X
 * reportedly met Y") or a form of "be" (lex:participleAuxiliary) then a
 * hearsay raising phrase (lex:hearsayRaising: "During the visit, Lee is
 * known to have met his U.S. counterpart", KBS): the report's own verb,
 * hedged.  The token after the subject. */
static size_t
subject_end(const mr_ctx *x, uint32_t s, size_t v, size_t lo)
{
	if (v > lo && wl_is(x, v - 1, NCG_WL_ADDITIVE_ADVERB))
		return v - 1;
	if (!hearsay_visit_sentence(x, s))
		return v;
	if (v > lo && wl_is(x, v - 1, NCG_WL_HEARSAY_ADVERB))
		return v - 1;
	for (size_t k = v; k > lo + 1 && v - k < 4; k--)
		if (wl_at(x, k - 1, v, NCG_WL_HEARSAY_RAISING) == v && k - 1 > lo &&
		    wl_is(x, k - 2, NCG_WL_PARTICIPLE_AUX))
			return k - 2;
	return v;
}

/* rules127: "At 11 a.m. on November 19 Kim met with Secretary of State
 * Rusk" (a FRUS editorial note): a fronted day of the clause, "on" and a
 * date of a day ending just before token p, sets the subject off as a
 * comma would. */
static int
fronted_day_before(const mr_ctx *x, uint32_t s, size_t p, uint32_t c0)
{
	const ncg_mention *d = p > c0 ? inside(x, s, p - 1, NCG_M_DATE) : NULL;

	return d && d->t1 == p && d->date.prec == NCG_PREC_DAY && d->t0 > c0 && tok_ieq(x, d->t0 - 1, "on");
}

/* Is the surname of official m (or a hyphenated surname's first part)
 * the word at p? */
static int
surname_matches(const mr_ctx *x, const ncg_mention *m, size_t p)
{
	size_t w = surname_token(x, m);

	return same_token(x, w, p) ||
	       ((w = surname_first_token(x, m)) != SIZE_MAX && same_token(x, w, p));
}

/* The official named in full before token p whose surname is the word
 * at p, or NULL; if unique, NULL too when two different officials named
 * before share it (fix165, review132 5: "Gen. Kim Myung-soo ... Minister
 * Kim Yong-hyun ... Kim and Gen. Paul LaCamera led"). */
static const ncg_mention *
surname_of_named_in(const mr_ctx *x, size_t p, int unique)
{
	const ncg_mention *found = NULL;

	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);

		if (m->kind != NCG_M_OFFICIAL || m->t1 > p || m->t1 - m->t0 < 2 || !surname_matches(x, m, p))
			continue;
		if (!unique)
			return m;
		if (found && (!found->key || !m->key || strcmp(found->key, m->key)))
			return NULL;
		found = found ? found : m;
	}
	return found;
}

/* The official named in full before token p whose surname (or a
 * hyphenated surname's first part) is the word at p, or NULL. */
static const ncg_mention *
surname_of_named(const mr_ctx *x, size_t p)
{
	return surname_of_named_in(x, p, 0);
}

/* rules17: "Adm. John C. Aquilino, commander of ..., visited ... /
 * Aquilino met with Shin Won-sik, ...": news copy names a person in
 * full once, then by surname.  A capitalised word opening the clause of
 * the verb at i, or after a comma ("During the trip, Paparo met with"),
 * "also" allowed before the verb, that is the last word of an official
 * named before it, subject of the verb: that official, or NULL.  Never
 * one of a country with the object (obj): two officials of one side
 * meeting is no meeting of the two sides. */
static const ncg_mention *
surname_subject(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, const ncg_mention *obj)
{
	size_t p = subject_end(x, s, i, c0);

	if (p <= c0)
		return NULL;
	p--;
	if (ncg_doc_tok_is(x->doc, p, ",") && (p = appositive_before(x, s, p, c0)) == 0)
		return NULL;
	if (!(x->tok[p].flags & NCG_TF_CAP) ||
	    (p > c0 && !ncg_doc_tok_is(x->doc, p - 1, ",") && !fronted_day_before(x, s, p, c0)) ||
	    inside(x, s, p, NCG_M_PLACE) || inside(x, s, p, NCG_M_COUNTRY) ||
	    inside(x, s, p, NCG_M_BODY))
		return NULL;
	{
		const ncg_mention *m = surname_of_named(x, p);

		if (m && m->official.country && obj->official.country &&
		    !strcmp(m->official.country, obj->official.country))
			return NULL;
		return m;
	}
}

/* Where official mention m starts: at its title when the title comes
 * before the name ("ACTING FONMIN LHO"), else at the name. */
static size_t
official_start(const ncg_mention *m)
{
	return m->official.title && m->official.title_t0 < m->t0 ? m->official.title_t0 : m->t0;
}

/* A dash after the words of token t: "--", an em or en dash,
 * or two hyphens apart. */
static int
dash_at(const mr_ctx *x, size_t t)
{
	return t < x->ntok &&
	       (ncg_doc_tok_is(x->doc, t, "--") || ncg_doc_tok_is(x->doc, t, "\xE2\x80\x94") ||
	        ncg_doc_tok_is(x->doc, t, "\xE2\x80\x93") ||
	        (ncg_doc_tok_is(x->doc, t, "-") && t + 1 < x->ntok &&
	         ncg_doc_tok_is(x->doc, t + 1, "-")));
}

/* rules293: "Albanese instead met personally with more than 60 Democrats
 * and Republicans on Thursday morning (Friday AEDT) - including brand new
 * House Speaker Mike Johnson" (WAtoday), "he met with top military
 * officials, including USFK chief General Paul LaCamera" (KBS), "Sawyer
 * met with senior military leaders at JMSDF Maizuru District
 * headquarters, including JMSDF Maizuru District commandant, Vice Adm.
 * ..." (PACOM), "Yoon met with delegates from China, including Wang":
 * a lower-case "met" (lex:metVerb), the group met after it with no
 * official in it, within INCLUDED_REACH words a lower-case list opener
 * (lex:listOpener: "including") and, after lower-case modifiers only
 * (at most INCLUDED_MODS: "brand new"), an official (official_starting):
 * one the subject met, however long the group's words; a lead's clause
 * with a day after the verb, no future cue (lead_day_after): met that
 * day. */
#define INCLUDED_REACH 24
#define INCLUDED_MODS 3

/* review114 1: a new clause starts at token p: a lower-case "and" (lex:
 * pairConjunction) before a lower-case word ("... on Thursday morning and
 * answered questions", "and later visited"), not "Democrats and
 * Republicans"; or a past verb ("answered", lex:irregularPastVerb). */
static int
clause_opens_at(const mr_ctx *x, size_t p, size_t lim)
{
	if ((x->tok[p].flags & NCG_TF_LOWER) && wl_is(x, p, NCG_WL_PAIR_CONJUNCTION))
		return p + 1 < lim && (x->tok[p + 1].flags & NCG_TF_LOWER);
	return past_verb_at(x, p, p + 1) == p ||
	       ((x->tok[p].flags & NCG_TF_LOWER) && wl_is(x, p, NCG_WL_IRREGULAR_PAST_VERB));
}

static size_t visit_word(const mr_ctx *x, size_t a, size_t b);
static int other_time_in(const mr_ctx *x, uint32_t s, uint32_t c0, uint32_t c1);

/* rules359: "Admiral Michael Mullen, Chairman of the Joint Chiefs of
 * Staff, visited Tokyo Dec. 8-9. The Chairman met with top Japanese
 * defense officials, including ..." (U.S. Embassy Tokyo), "Defense
 * Minister Suh Wook on Wednesday visited the U.S. Forces Korea
 * headquarters .... The defense ministry said Suh reviewed ... when he
 * met with top military officials, including ..." (KBS): is sentence s
 * the second lead sentence, the lead just before it telling a past
 * visit (a lower-case lex:visitVerb in -ed, visit_word) with no future
 * cue, and the clause [c0, c1) of s no future cue nor a time of its own
 * (other_time_in)?  Then its group was met on that visit: a meeting of
 * no day of its own. */
static int span_recalled(const mr_ctx *x, uint32_t s, uint32_t t0, uint32_t t1, int past_rel);

/* fix177 (review143 2): nor a lead that recalls its visit (span_recalled:
 * "visited Tokyo last year") */
static int
on_lead_visit(const mr_ctx *x, uint32_t s, uint32_t c0, uint32_t c1)
{
	uint32_t l = x->lead[0];
	size_t a, b, v;

	if (l == UINT32_MAX || s != x->lead[1] || l + 1 != s)
		return 0;
	a = x->sent[l].t0;
	b = x->sent[l].t1;
	v = visit_word(x, a, b);
	return v < b && past_verb_in(x, v, v + 1) && wl_find(x, a, b, NCG_WL_FUTURE_CUE) == b &&
	       !span_recalled(x, l, (uint32_t)a, (uint32_t)b, 1) &&
	       wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) == c1 && !other_time_in(x, s, c0, c1);
}

/* rules359: a lower-case met verb at i, its object within INCLUDED_REACH
 * a group then "including" and an official (fix177, review143 9: the
 * group's shape alone; met_including_official adds its time).
 * fix177 (review143 2): not a perfect ("The Chairman has met with ...
 * many times": lex:participleAuxiliary before the verb). */
static int
including_group_met(const mr_ctx *x, uint32_t s, size_t i, size_t e, uint32_t c1)
{
	size_t lim = e + INCLUDED_REACH < c1 ? e + INCLUDED_REACH : c1, p = e, q;

	if (!wl_is(x, i, NCG_WL_MET_VERB) || !(x->tok[i].flags & NCG_TF_LOWER) ||
	    (i >= 1 && wl_is(x, i - 1, NCG_WL_PARTICIPLE_AUX)))
		return 0;
	while (p < lim && !clause_opens_at(x, p, lim) &&
	       !((x->tok[p].flags & NCG_TF_LOWER) && wl_at(x, p, lim, NCG_WL_LIST_OPENER) > p))
		p++;
	if (p >= lim || clause_opens_at(x, p, lim) || official_in(x, s, e, p))
		return 0;
	q = wl_at(x, p, lim, NCG_WL_LIST_OPENER);
	for (p = q; q < c1 && q < p + INCLUDED_MODS && (x->tok[q].flags & NCG_TF_LOWER); q++)
		;
	return q < c1 && official_starting(x, s, q) != NULL;
}

static int
met_including_official(const mr_ctx *x, uint32_t s, size_t i, size_t e, uint32_t c0, uint32_t c1)
{
	return including_group_met(x, s, i, e, c1) &&
	       (lead_day_after(x, s, e, c0, c1) || on_lead_visit(x, s, c0, c1));
}

/* rules17: "Joseph Yun, the newly appointed interim acting U.S.
 * ambassador to Korea, met with Foreign Minister Cho Tae-yul ... in
 * Seoul on Tuesday", "Unification Minister Kwon Young-se met with the new
 * U.S. Ambassador ... Philip Goldberg on Friday": a lead's "met" (with or
 * without "with"), an official its object within a few words, and a day
 * in the clause after the verb (a weekday not after a speech verb,
 * "today", "yesterday", a date of a day), no future cue: a meeting of
 * the day, whoever the subject is. */
static int
dated_object_met(const mr_ctx *x, uint32_t s, size_t i, size_t e, const ncg_mention *obj,
                 uint32_t c0, uint32_t c1)
{
	size_t o0;

	/* rules293: no official within reach: one after "including" */
	if (!obj)
		return met_including_official(x, s, i, e, c0, c1);
	/* its title before the name is the object's first word; rules224:
	 * or a body's, the official in brackets after it ("EMBOFFS MET WITH
	 * MITI (... DIRECTOR ISHII) ON NOVEMBER 26") */
	o0 = official_start(obj);
	if (!wl_is(x, i, NCG_WL_MET_VERB) || !(x->tok[i].flags & NCG_TF_LOWER) ||
	    (o0 > e + 6 && !ncg_cable_bracket_official(x->doc, x->lex, x->ms, e, o0, obj->t1)))
		return 0;
	/* rules359: the official within reach after "including" too */
	return lead_day_after(x, s, e, c0, c1) || (o0 > e && met_including_official(x, s, i, e, c0, c1));
}

/* rules126: a telegram's noun of a call in person at token i: an opener
 * (lex:callNounOpener: "DURING", "IN"), at most one determiner (lex:
 * indefiniteArticle, lex:possessiveDeterminer: "A", "HIS") and the noun
 * with its preposition (lex:callNounPhrase: "CALL ON").  Returns the end
 * of its words (before lim), or 0. */
static size_t
call_noun_at(const mr_ctx *x, size_t i, size_t lim)
{
	size_t p = wl_at(x, i, lim, NCG_WL_CALL_NOUN_OPENER);

	if (!p)
		return 0;
	if (p < lim && (wl_is(x, p, NCG_WL_INDEFINITE_ARTICLE) ||
	                wl_is(x, p, NCG_WL_POSSESSIVE)))
		p++;
	return p < lim ? wl_at(x, p, lim, NCG_WL_CALL_NOUN_PHRASE) : 0;
}

/* rules132: the call noun (call_noun_at) in a cable in capitals; in
 * mixed case with its determiner (a noun, not the verb's "call on X to
 * ...") before an official's words ("During a call on ROK Defense
 * Minister Kim Chung Yul on 22 July", FRUS), not "during a call on
 * Tuesday", a call by telephone.  Returns the end of its words, or 0. */
static size_t
call_in_person_at(const mr_ctx *x, size_t i, size_t lim)
{
	size_t e = call_noun_at(x, i, lim), p;

	if (!e || ncg_mentions_cable_in_capitals(x->ms))
		return e;
	p = wl_at(x, i, lim, NCG_WL_CALL_NOUN_OPENER);
	if (!wl_is(x, p, NCG_WL_INDEFINITE_ARTICLE) && !wl_is(x, p, NCG_WL_POSSESSIVE))
		return 0;
	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);

		if (m->kind == NCG_M_OFFICIAL && official_start(m) == e)
			return e;
	}
	return 0;
}

/* rules126: "ON MARCH 22 ASSISTANT SECRETARY HOLBROOKE REVIEWED WITH ROK
 * AMB KIM YONG-SHIK ...", "DEPARTMENT OFFICIALS DISCUSSED WITH GENERAL
 * KANG ... ON MAY 23" (cables): in a cable in capitals, a past verb of
 * talks with its object (the past of a lex:talkVerb) at [i, e), the official
 * talked with just after it, and a day anywhere in a lead's clause, no
 * future cue: talks of that day, whoever held them.  Or, after an
 * official, an office alone just after the verb (lex:titleHead, lex:
 * officeAbbreviation) that no official's mention holds: "VICE FONMIN LHO
 * ... CALLED IN DCM AND ACTING POL COUNSELOR LATE EVENING NOV 18". */
static int
cable_talk(const mr_ctx *x, uint32_t s, size_t i, size_t e, const ncg_mention *obj,
           uint32_t c0, uint32_t c1)
{
	size_t o0;

	if (!ncg_mentions_cable_in_capitals(x->ms) || wl_at(x, i, e, NCG_WL_CABLE_TALK_VERB) != e ||
	    e >= c1)
		return 0;
	if (obj)
		o0 = official_start(obj);
	else if ((wl_is(x, e, NCG_WL_TITLE_HEAD) || wl_is(x, e, NCG_WL_OFFICE_ABBREVIATION)) &&
	         !inside(x, s, e, NCG_M_OFFICIAL) && official_in(x, s, c0, i))
		o0 = e;
	else
		return 0;
	return o0 <= e + 1 && lead_day_after(x, s, c0, c0, c1);
}

/* rules123: "GIVEN TO AMBASSADOR DURING CALL ON ACTING FONMIN LHO SEPT 8,
 * 1975": in a cable in capitals, a noun of a call in person (lex:
 * callNounPhrase) at [i, e), the official called on its object within two
 * words (an "ACTING" before the title), and a day after it in a lead's
 * clause, no future cue: a call of that day, whoever made it. */
static int
dated_call_noun(const mr_ctx *x, uint32_t s, size_t i, size_t e, const ncg_mention *obj,
                uint32_t c0, uint32_t c1)
{
	size_t o0;

	if (!obj || call_noun_at(x, i, e) != e)
		return 0;
	o0 = official_start(obj);
	/* rules137: in mixed case the call's determiner already tells a
	 * call in person (call_in_person_at): a day in its clause in any
	 * sentence ("Part 2. During a call on ROK Defense Minister Kim
	 * Chung Yul on 22 July ...", FRUS) */
	if (o0 <= e + 1 && !ncg_mentions_cable_in_capitals(x->ms))
		return day_after(x, s, obj->t1, c0, c1);
	return o0 <= e + 1 && lead_day_after(x, s, obj->t1, c0, c1);
}

/* Is sentence s a lead sentence whose clause [c0, c1) says a day after
 * token e, no future cue in it (day_after)? */
static int
lead_day_after(const mr_ctx *x, uint32_t s, size_t e, uint32_t c0, uint32_t c1)
{
	return (s == x->lead[0] || s == x->lead[1]) && day_after(x, s, e, c0, c1);
}

/* rules131: does the clause [c0, c1) of sentence s say a day after token
 * e (a weekday not after a speech verb or "next", "today", "yesterday",
 * a date of a day), no future cue in it?  lead_day_after's and
 * office_and_official's test. */
static int
day_after(const mr_ctx *x, uint32_t s, size_t e, uint32_t c0, uint32_t c1)
{
	if (wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1)
		return 0;
	for (size_t j = e; j < c1; j++)
		if (day_phrase_end(x, s, j, c1) &&
		    !(j > c0 && wl_at(x, j - 1, j, NCG_WL_SPEECH_VERB)) &&
		    !(j > c0 && wl_is(x, j - 1, NCG_WL_RELATIVE_NEXT)))
			return 1;
	return 0;
}

/* rules33: "South Korean Defense Minister Lee Jong-sup met with the
 * commander of the U.S. Indo-Pacific Command in Seoul on Friday",
 * "Defense Minister Shin Won-sik met with the new chief of the U.S.
 * Indo-Pacific Command on Thursday" (Yonhap): news copy names the
 * visitor by the office he heads.  A lead's "met" (with or without
 * "with") after an official, its object "the" [one lower-case
 * modifier] a head of a title (lex:titleHead, lower case) "of" a body
 * of another country than the official's, a day in the clause after
 * the verb, no future cue: the two met that day. */
/* "the new chief of the U.S. Indo-Pacific Command" at token p of
 * sentence s: "the", one lower-case modifier at most, a head of a title
 * (lex:titleHead, lower case) "of" a body of one country.  Returns the
 * body, or NULL; *mod is the modifier's token, or 0. */
static const ncg_mention *
head_of_body_at(const mr_ctx *x, uint32_t s, size_t p, uint32_t c1, size_t *mod)
{
	const ncg_mention *b;

	*mod = 0;
	if (!wl_is(x, p++, NCG_WL_DEFINITE_ARTICLE))
		return NULL;
	if (p + 1 < c1 && (x->tok[p].flags & NCG_TF_LOWER) && !wl_at(x, p, p + 1, NCG_WL_TITLE_HEAD))
		*mod = p++;
	if (p + 2 >= c1 || !(x->tok[p].flags & NCG_TF_LOWER) ||
	    wl_at(x, p, p + 1, NCG_WL_TITLE_HEAD) != p + 1 || !wl_is(x, p + 1, NCG_WL_HEAD_OF))
		return NULL;
	p += 2;
	if (wl_is(x, p, NCG_WL_DEFINITE_ARTICLE) && !inside(x, s, p, NCG_M_BODY))
		p++;
	b = inside(x, s, p, NCG_M_BODY);
	if (!b || b->t0 != p || !b->body.country[0] || b->body.country[1])
		return NULL;
	return b;
}

static int
met_head_of_body(const mr_ctx *x, uint32_t s, size_t i, size_t e, uint32_t c0, uint32_t c1)
{
	const ncg_mention *who = official_in(x, s, c0, i), *b;
	size_t mod;

	if (!who || !who->official.country || !wl_is(x, i, NCG_WL_MET_VERB) ||
	    !(x->tok[i].flags & NCG_TF_LOWER))
		return 0;
	b = head_of_body_at(x, s, e, c1, &mod);
	if (!b || strcmp(b->body.country[0], who->official.country) == 0)
		return 0;
	return lead_day_after(x, s, b->t1, c0, c1);
}

/* rules67: "South Korea's Defense Minister Lee Jong-sup met with a
 * visiting U.S. senator in Seoul on Monday" (Yonhap), "Suh Wook met a
 * visiting U.S. Marine Corps chief Monday" (Korea Times): wire copy names
 * the visitor by his office, not his name.  A lead's "met" (with or
 * without "with") after an official of a country, its object an article
 * (optional), a visitor's participle (lex:visitorModifier), a country
 * other than the official's, and within VISITOR_TITLE_REACH words a
 * lower-case office (lex:titleHead, lex:officeHonorific: "senator",
 * "chief"), then a day in the clause, no future cue: the two met that
 * day. */
#define VISITOR_TITLE_REACH 4
/* rules67: the country of official m: its own, or a country just
 * before its words, possessive or not ("South Korea's Defense Minister
 * Lee Jong-sup", "U.S. Secretary ..."); NULL if none. */
static const char *
official_country(const mr_ctx *x, const ncg_mention *m)
{
	size_t o0 = official_start(m);
	const size_t *idx;
	size_t n;

	if (m->official.country)
		return m->official.country;
	n = ncg_mentions_in_sentence(x->ms, m->sent, &idx);
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *c = ncg_mentions_at(x->ms, idx[k]);

		if (c->kind != NCG_M_COUNTRY || !c->key || c->t1 > o0)
			continue;
		if (c->t1 == o0 ||
		    (o0 - c->t1 == 2 && tok_ieq(x, c->t1 + 1, "s") &&
		     (ncg_doc_tok_is(x->doc, c->t1, "'") || ncg_doc_tok_is(x->doc, c->t1, "\xE2\x80\x99"))))
			return c->key;
	}
	return NULL;
}

static const char *country_word(const mr_ctx *x, size_t p);

static int
met_visitor(const mr_ctx *x, uint32_t s, size_t i, size_t e, uint32_t c0, uint32_t c1)
{
	const ncg_mention *who = official_in(x, s, c0, i), *cn;
	const char *wc = who ? official_country(x, who) : NULL, *ck = NULL;
	size_t p = e, ce = 0;

	if (!wc || !wl_is(x, i, NCG_WL_MET_VERB) ||
	    !(x->tok[i].flags & NCG_TF_LOWER))
		return 0;
	if (tok_ieq(x, p, "with"))
		p++;
	if (tok_ieq(x, p, "a") || tok_ieq(x, p, "an") || wl_is(x, p, NCG_WL_DEFINITE_ARTICLE))
		p++;
	if (p + 2 >= c1 || !(x->tok[p].flags & NCG_TF_LOWER) || !wl_is(x, p, NCG_WL_VISITOR_MODIFIER))
		return 0;
	/* rules106: or a country's word the recognisers left in a name
	 * they did not read ("a visiting U.S. Marine Corps chief") */
	cn = inside(x, s, p + 1, NCG_M_COUNTRY);
	if (cn && cn->t0 == p + 1 && cn->key)
		ck = cn->key, ce = cn->t1;
	else if (!cn && !inside(x, s, p + 1, NCG_M_BODY) && (ck = country_word(x, p + 1)) != NULL)
		ce = p + 2;
	if (!ck || strcmp(ck, wc) == 0)
		return 0;
	for (size_t q = ce; q < c1 && q < ce + VISITOR_TITLE_REACH; q++) {
		if (ncg_doc_tok_is(x->doc, q, ",") || inside(x, s, q, NCG_M_OFFICIAL))
			return 0;
		if ((x->tok[q].flags & NCG_TF_LOWER) &&
		    (wl_is(x, q, NCG_WL_TITLE_HEAD) || wl_is(x, q, NCG_WL_OFFICE)))
			return lead_day_after(x, s, q + 1, c0, c1);
	}
	return 0;
}

/* rules120: "ON APRIL 26, KOREAN AMBASSADOR KIM YONG-SIK CALLED ON THE
 * SECRETARY TO PRESENT COPIES OF HIS CREDENTIALS" (a cable), "the
 * Ambassador called on the Minister": a record names its own people by
 * their office alone.  A lead's principal verb [i, e) after an official,
 * its object "the" and the head of a title (lex:titleHead) that no
 * official's mention holds and no name or possessive follows, a day in
 * the clause, no future cue: the two met that day. */
#define OFFICE_ALONE_WORDS 4
static int
met_the_office(const mr_ctx *x, uint32_t s, size_t i, size_t e, uint32_t c0, uint32_t c1)
{
	const ncg_mention *who = official_in(x, s, c0, i);
	size_t h = e + 1, p = h;

	if (!who || h + 1 >= c1 || !wl_is(x, e, NCG_WL_DEFINITE_ARTICLE))
		return 0;
	/* rules132: capitalised words of the office before its head ("met
	 * with the Deputy Prime Minister on November 1, 1966", FRUS) */
	while (p < c1 && p < h + OFFICE_ALONE_WORDS && !inside(x, s, p, NCG_M_OFFICIAL) &&
	       ((x->tok[p].flags & NCG_TF_CAP) || wl_is(x, p, NCG_WL_TITLE_HEAD)))
		p++;
	if (p == h || p >= c1 || !wl_is(x, p - 1, NCG_WL_TITLE_HEAD) ||
	    inside(x, s, p, NCG_M_OFFICIAL) || (x->tok[p].flags & NCG_TF_CAP) ||
	    wl_is(x, p, NCG_WL_HEAD_OF) || ncg_doc_tok_is(x->doc, p, "'") ||
	    ncg_doc_tok_is(x->doc, p, "\xE2\x80\x99"))
		return 0;
	return lead_day_after(x, s, c0, c0, c1);
}

/* rules146: the office alone as the subject just before the verb at i:
 * "The Ambassador met", a cable's "SUMMARY: AMBASSADOR CALLED ON" (a
 * title head after "the", a colon or the clause's start). */
static int
office_subject(const mr_ctx *x, size_t i, uint32_t c0)
{
	if (i < c0 + 1 || !wl_is(x, i - 1, NCG_WL_TITLE_HEAD))
		return 0;
	return i - 1 == c0 || wl_is(x, i - 2, NCG_WL_DEFINITE_ARTICLE) ||
	       (ncg_mentions_cable_in_capitals(x->ms) && ncg_doc_tok_is(x->doc, i - 2, ":"));
}

/* fixK: does the title whose head is at t - 1 go on, after any more
 * capitalised heads ("Deputy Minister"), with a lower-case word of a
 * compound it modifies ("with Deputy Minister staff"): a word, no
 * preposition of a noun's phrase (lex:nounPreposition: "Minister of
 * ...") nor a word joining two parties (lex:pairConjunction)? */
static int
title_compound_at(const mr_ctx *x, size_t t, uint32_t c1)
{
	while (t < c1 && (x->tok[t].flags & NCG_TF_CAP) && wl_is(x, t, NCG_WL_TITLE_HEAD))
		t++;
	return t < c1 && x->tok[t].kind == NCG_TOK_WORD && (x->tok[t].flags & NCG_TF_LOWER) &&
	       !wl_is(x, t, NCG_WL_NOUN_PREPOSITION) && !wl_is(x, t, NCG_WL_PAIR_CONJUNCTION);
}

/* rules146: where an object opened by its title ends, from p: at most
 * one capitalised word (an acronym of its body; in a cable in capitals
 * two words, "NEW PRIME MINISTER") before the head of a title (lex:
 * titleHead) that no official's mention holds, no lower-case noun after
 * it (title_compound_at: "Deputy Minister staff" are no minister).  The
 * token after the head, or 0. */
static size_t
titled_object_at(const mr_ctx *x, uint32_t s, size_t p, uint32_t c1)
{
	int caps = ncg_mentions_cable_in_capitals(x->ms);
	size_t lim = p + (caps ? 3 : 2);

	/* a cable in capitals is read case-folded: any word there */
	while (p < c1 && p < lim && !wl_is(x, p, NCG_WL_TITLE_HEAD) &&
	       x->tok[p].kind == NCG_TOK_WORD && (caps || (x->tok[p].flags & NCG_TF_CAP)) &&
	       !inside(x, s, p, NCG_M_OFFICIAL))
		p++;
	if (p >= c1 || (!caps && (!(x->tok[p].flags & NCG_TF_CAP) || (x->tok[p].flags & NCG_TF_LOWER))) ||
	    !wl_is(x, p, NCG_WL_TITLE_HEAD) || inside(x, s, p, NCG_M_OFFICIAL) ||
	    (!caps && title_compound_at(x, p + 1, c1)))
		return 0;
	return p + 1;
}

/* rules146: "The Ambassador met on May 2 with Minister of Health and
 * Welfare (MHW) Rhyu Si-min", "SUMMARY: AMBASSADOR CALLED ON NEW PRIME
 * MINISTER CH'OE KYU-HA AND NEW FOREIGN MINISTER PAK TONG-CHIN JANUARY
 * 6 FOR INITIAL COURTESY CALLS" (cables): the object's title opens it,
 * whatever the recognisers made of its name.  "met" (lex:metVerb, lower
 * case; in a cable in capitals also lex:writerCallVerb) after an
 * official or the office alone (office_subject), a day's date at most
 * between "met" and "with", then the object (titled_object_at); a day
 * in a lead's clause, no future cue: before the object in mixed case
 * (what follows it may look ahead: "Rhyu's plan to announce on May 3"),
 * after it in a cable in capitals (its day follows the names): the two
 * met that day. */

/* rules187: past a country's possessive that opens an object at p
 * ("met with Japan's Minister of Economy, Trade and Industry"), or p */
static size_t
country_possessive_end(const mr_ctx *x, uint32_t s, size_t p, uint32_t c1)
{
	const ncg_mention *d = inside(x, s, p, NCG_M_COUNTRY);

	if (!d || d->t0 != p)
		return p;
	for (size_t q = d->t1 + 1; q <= d->t1 + 2 && q < c1; q++)
		if (possessive_mark(x, q, d->t1, 0) == d->t1)
			return q;
	return p;
}

static int
met_titled_object(const mr_ctx *x, uint32_t s, size_t i, size_t e, uint32_t c0, uint32_t c1)
{
	int caps = ncg_mentions_cable_in_capitals(x->ms);
	size_t p = e, o;

	if (!(x->tok[i].flags & NCG_TF_LOWER) ||
	    !(wl_is(x, i, NCG_WL_MET_VERB) || (caps && wl_at(x, i, e, NCG_WL_WRITER_CALL_VERB) == e)) ||
	    (!official_in(x, s, c0, i) && !office_subject(x, i, c0)))
		return 0;
	/* rules355: any day's phrase ("met on May 2 with", "met today
	 * with", "met Tuesday with") */
	if (!caps && (o = day_phrase_end(x, s, p, c1)) != 0)
		p = o;
	/* the verb may hold "with" itself (lex:principalVerb "met with") */
	if (!caps && !tok_ieq(x, e - 1, "with") && (p + 2 >= c1 || !tok_ieq(x, p++, "with")))
		return 0;
	if (!caps)
		p = country_possessive_end(x, s, p, c1);
	if ((o = titled_object_at(x, s, p, c1)) == 0)
		return 0;
	return caps ? lead_day_after(x, s, o, c0, c1) : lead_day_after(x, s, c0, c0, (uint32_t)o - 1);
}

static int record_heading_in(const mr_ctx *x);
static int writer_report(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1);
static int quoted_from(const mr_ctx *x, size_t from, size_t i);
static int year_token(const mr_ctx *x, size_t i);
static size_t line_start(const mr_ctx *x, size_t t, size_t reach);
static int record_number(const mr_ctx *x, size_t i);

/* rules140: does sentence s hold a record's source line that ends in a
 * colon and the record's kind ("795.00/6-2653: Telegram", "lot 53 D 413:
 * Telegram", lex:recordKind)?  fixC: the file number or the lot's ends
 * in figures just before the colon; "Attachment: Letter" is no source
 * line. */
static int
record_kind_line(const mr_ctx *x, uint32_t s)
{
	size_t t1 = x->sent[s].t1, e;

	for (size_t j = x->sent[s].t0 + 1; j + 1 < t1; j++) {
		char d = x->s[x->tok[j - 1].e - 1];

		if (ncg_doc_tok_is(x->doc, j, ":") && d >= '0' && d <= '9' &&
		    (e = wl_at(x, j + 1, t1, NCG_WL_RECORD_KIND)) != 0 &&
		    (e == t1 || (x->tok[e].flags & NCG_TF_LINE)))
			return 1;
	}
	return 0;
}

/* review42: is the text a record: a cable in capitals, a record's heading
 * (record_heading_in), or a transmittal (lex:recordTransmittal,
 * capitalised) opening a line of the head after at most a document
 * number ("260. Telegram From the Embassy in Korea ...")? */
static int
in_a_record(const mr_ctx *x)
{
	if (ncg_mentions_cable_in_capitals(x->ms) || record_heading_in(x))
		return 1;
	for (uint32_t s = 0; s < x->nsent && s < HEAD_SENTENCES; s++) {
		size_t h = x->sent[s].t0, t1 = x->sent[s].t1;

		int line = (x->tok[h].flags & NCG_TF_LINE) ||
		           (h >= 2 && record_number(x, h - 2) && (x->tok[h - 2].flags & NCG_TF_LINE));

		if (h + 2 < t1 && record_number(x, h))
			h += 2;
		if ((line && h < t1 && (x->tok[h].flags & NCG_TF_CAP) &&
		     wl_at(x, h, t1, NCG_WL_RECORD_TRANSMITTAL)) || record_kind_line(x, s))
			return 1;
	}
	return 0;
}

/* Does [c0, c1) of sentence s name, in a date or a period, a year other
 * than ref (0: any year), or, with past_rel, a period of a past year
 * counted from the issue date ("last winter", "last year")? */
static int
year_other_than(const mr_ctx *x, uint32_t s, size_t c0, size_t c1, int ref, int past_rel)
{
	for (size_t j = c0; j < c1; j++) {
		const ncg_mention *d = inside(x, s, j, NCG_M_DATE), *p = inside(x, s, j, NCG_M_PERIOD);
		int y = d ? d->date.y : p ? p->period.year.year : 0;

		if ((y && y != ref) || (past_rel && p && !p->period.year.year && p->period.year.rel < 0))
			return 1;
	}
	return 0;
}

/* review42: does the clause [c0, c1) name a year other than the issue
 * year, in a date or a period ("received me warmly in 1990")?  fixC: or
 * a period of a past year counted from the issue date ("last winter",
 * "last year"). */
static int
other_year_in(const mr_ctx *x, uint32_t s, uint32_t c0, uint32_t c1)
{
	return year_other_than(x, s, c0, c1, x->d->issued[0], 1);
}

/* Which times a phrase's own time is (phrase_own_time): a future cue or
 * a month, a year, "last year" (ahead_or_recalled); another year than
 * the issue year (other_year_in); a date of another month or day than
 * the issue date.  PT_TO_THAT: the phrase ends at "that" too. */
enum { PT_AHEAD = 1u, PT_YEAR = 2u, PT_DAY = 4u, PT_TO_THAT = 8u };

static int ahead_or_recalled(const mr_ctx *x, uint32_t s, size_t a, size_t b);

/* review49: a date in [a, b) of sentence s whose month, or day, is not
 * the issue date's ("in my telegram of November 10" in a record of
 * November 14, "in June" in remarks of March)? */
static int
other_day_in(const mr_ctx *x, uint32_t s, size_t a, size_t b)
{
	const int *is = x->d->issued;

	for (size_t j = a; j < b && is[1]; j++) {
		const ncg_mention *d = inside(x, s, j, NCG_M_DATE);

		if (d && d->date.m && (d->date.m != is[1] || (d->date.d && is[2] && d->date.d != is[2])))
			return 1;
	}
	return 0;
}

/* fixR, fixW, review49: does the phrase of sentence s from a name a time
 * of its own (the kinds in `what`, PT_*)?  The phrase ends at the first
 * comma (or "that", PT_TO_THAT) from `from` on, or at lim; from == lim:
 * the phrase is [a, lim). */
static int
phrase_own_time(const mr_ctx *x, uint32_t s, size_t a, size_t from, size_t lim, unsigned what)
{
	size_t e = from;

	while (e < lim && !ncg_doc_tok_is(x->doc, e, ",") && !((what & PT_TO_THAT) && tok_ieq(x, e, "that")))
		e++;
	return ((what & PT_AHEAD) && ahead_or_recalled(x, s, a, e)) ||
	       ((what & PT_YEAR) && other_year_in(x, s, (uint32_t)a, (uint32_t)e)) ||
	       ((what & PT_DAY) && other_day_in(x, s, a, e));
}

/* review49: does the clause [c0, c1) name a time of its own other than
 * the record's date: another year (other_year_in), or a date whose
 * month, or day, is not the issue date's (other_day_in)?  Both the
 * writer's words (writer_told) and a speaker's chance taken "today"
 * (chance_to_meet) are of the record's own day only. */
static int
other_time_in(const mr_ctx *x, uint32_t s, uint32_t c0, uint32_t c1)
{
	return phrase_own_time(x, s, c0, c1, c1, PT_YEAR | PT_DAY);
}

/* rules120: "FOREIGN MINISTER PARK CALLED ME IN MARCH 27 TO SAY ..." (a
 * cable), rules137: "President Rhee received me warmly" (a telegram): a
 * principal verb at i whose object is the record's writer
 * (lex:writerObjectVerb) after an official in the clause, no future cue
 * in it: the official met the writer.  A day is not needed: the writer
 * reports his own meeting.  review42: only in a record (a cable in
 * capitals, a record's heading), never inside a quotation (a speaker
 * recalling "President Bush received me warmly" in an interview), and
 * not when the clause names a year other than the issue year. */
static int
met_the_writer(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	return wl_at(x, i, c1, NCG_WL_WRITER_OBJECT_VERB) && official_in(x, s, c0, i) &&
	       writer_report(x, s, i, c0, c1);
}

/* review42, review124 2: is the verb at i of the clause [c0, c1) of the
 * writer's own clause: no future cue in the clause, not inside a
 * quotation opened from token `from` on (quoted_from), no year other
 * than the issue year (other_year_in)?  writer_report's, in a record,
 * and writer_post_subject's, in a post. */
static int
writer_own_clause(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1, size_t from)
{
	return wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) == c1 && !quoted_from(x, from, i) &&
	       !other_year_in(x, s, c0, c1);
}

/* review42: is the verb at i of the clause [c0, c1) the writer's own
 * report of a meeting: in a record (in_a_record), of the writer's own
 * clause from the sentence's start (writer_own_clause)? */
static int
writer_report(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	return in_a_record(x) && writer_own_clause(x, s, i, c0, c1, x->sent[s].t0);
}

/* rules140: "I called on President Rhee at 1000I to discuss ...",
 * "Warne and I called on President Rhee this morning" (telegrams), "I
 * CALLED ON FOREIGN MINISTER KIM YONG SHIK TO DISCUSS ..." (a cable): the
 * writer's past call (lex:writerCallVerb) at i, reported as the writer's
 * (writer_report); no day is needed, as for met_the_writer.  fixC: not
 * when the host refused it after the verb (lex:callRefusal: "but he
 * declined to receive me"). */
static int
writer_called(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	return wl_at(x, i, c1, NCG_WL_WRITER_CALL_VERB) && wl_find(x, i, c1, NCG_WL_CALL_REFUSAL) == c1 &&
	       writer_report(x, s, i, c0, c1);
}

/* rules157: "I MET PRIVATELY LATE YESTERDAY (MARCH 23) WITH AMBASSADOR KIM
 * YONG-SHIK" (a cable): the writer's verb ending at e, then words of manner
 * and time before "with" and the official at o0: within WRITER_WITH_REACH
 * tokens after the verb, "with" just before o0, and between them no comma
 * and no word joining two parties (lex:pairConjunction), whose "with"
 * would be another's.  Does the object so follow the verb? */
#define WRITER_WITH_REACH 8
static int
writer_with_object(const mr_ctx *x, size_t e, size_t o0)
{
	if (o0 > e + WRITER_WITH_REACH || o0 < e + 2 || !tok_ieq(x, o0 - 1, "with"))
		return 0;
	for (size_t p = e; p + 1 < o0; p++)
		if (ncg_doc_tok_is(x->doc, p, ",") || wl_is(x, p, NCG_WL_PAIR_CONJUNCTION) ||
		    tok_ieq(x, p, "with"))
			return 0;
	return 1;
}

/* rules126: "I IMMEDIATELY ARRANGED TO SEE PRESIDENTIAL SECRETARY GENERAL
 * KIM CHONG-YOM AND MET HIM THIS AFTERNOON (JANUARY 12)", "I CALLED ON
 * FOREIGN MINISTER KIM ... SEPT 5" (cables): the writer reports his own
 * call.  In a cable in capitals, the writer (lex:speakerPronoun) before
 * a lead's principal verb [i, e) in its clause, its object an official
 * (obj, within a word after it, or after "with" and words of manner and
 * time: writer_with_object) or a pronoun (lex:objectPronoun) after
 * an official named before the verb in the clause, and a day in the
 * clause after it, no future cue: the writer met the official that day. */
static int
writer_met(const mr_ctx *x, uint32_t s, size_t i, size_t e, const ncg_mention *obj,
           uint32_t c0, uint32_t c1)
{
	size_t k = c0, o0;
	int caps = ncg_mentions_cable_in_capitals(x->ms);

	if (e >= c1 || (!caps && !writer_called(x, s, i, c0, c1)))
		return 0;
	while (k < i && !wl_is(x, k, NCG_WL_SPEAKER_PRONOUN))
		k++;
	if (k == i)
		return 0;
	if (obj) {
		o0 = official_start(obj);
		if (o0 > e + 1 && !writer_with_object(x, e, o0))
			return 0;
	} else if (!wl_is(x, e, NCG_WL_OBJECT_PRONOUN) || !official_in(x, s, k, i)) {
		return 0;
	}
	/* outside a cable in capitals, writer_called held above */
	return !caps || lead_day_after(x, s, e, c0, c1) || writer_called(x, s, i, c0, c1);
}

/* rules106, rules153: the country wordings at token p, capitalised
 * (lex:adjective and a country's other wordings): *key is the country
 * of the first of one word ("Korean", "Japan"), or NULL; returns the
 * end of the first of several words ending at a token's end before lim
 * ("South Korean"), or p.  One wordings lookup for both. */
static size_t
country_wording_end(const mr_ctx *x, size_t p, size_t lim, const char **key)
{
	const ncg_lex_wording *c;
	size_t len, n, w = p;

	*key = NULL;
	if (p >= x->ntok || !(x->tok[p].flags & NCG_TF_CAP))
		return p;
	len = ncg_doc_tok_len(x->doc, p);
	n = ncg_lexicon_wordings_at(x->lex, ncg_doc_tok_ptr(x->doc, p), len, &c);
	for (size_t k = 0; k < n && (w == p || !*key); k++) {
		size_t end = x->tok[p].b + c[k].len;

		if (c[k].entry->kind != NCG_LEX_COUNTRY || c[k].what > NCG_LEXW_ADJECTIVE ||
		    strncmp(c[k].wording, x->s + x->tok[p].b, c[k].len) != 0)
			continue;
		if (c[k].len == len && !*key)
			*key = c[k].entry->key;
		for (size_t e = p + 1; w == p && e < lim && end <= x->tok[lim - 1].e; e++)
			if (x->tok[e].e == end)
				w = e + 1;
	}
	return w;
}

/* rules106: the country a one-word country adjective or name at token
 * p names (country_wording_end), or NULL. */
static const char *
country_word(const mr_ctx *x, size_t p)
{
	const char *key;

	country_wording_end(x, p, p + 1, &key);
	return key;
}

/* rules106: the country of a group named by [a, b) of sentence s: a
 * country word among its words (country_word) or a body of one
 * country, the first; NULL if none or if it names two countries. */
static const char *
group_country(const mr_ctx *x, uint32_t s, size_t a, size_t b)
{
	const char *k = NULL, *w;

	for (size_t p = a; p < b; p++) {
		const ncg_mention *m = inside(x, s, p, NCG_M_BODY);

		w = m ? (m->body.country[1] ? NULL : m->body.country[0]) : country_word(x, p);
		if (m && !w)
			return NULL;
		if (w && k && strcmp(w, k) != 0)
			return NULL;
		if (w)
			k = w;
	}
	return k;
}

/* rules153: a city's mention (not a country) starting at token p? */
static int
city_at(const mr_ctx *x, uint32_t s, size_t p)
{
	const ncg_mention *m = inside(x, s, p, NCG_M_PLACE);

	return m && m->t0 == p;
}

/* rules106: "A bipartisan group of leading South Korean lawmakers met
 * with members of the US Congress Wednesday" (Korea Herald), "Chairman
 * Ed Royce ... and a bipartisan congressional delegation met with key
 * Korean business leaders", "Gen. Mark A. Welsh III met with military
 * partners in Korea and Japan" (news releases): a lead's simple past
 * "met" (lower case, no auxiliary before it) whose object is a group:
 * an article at most, up to GROUP_MOD_REACH modifiers (lower case or a
 * country's word; no "and": one group), a plural noun of people (lex:groupNoun, lower
 * case), then "of"/"in"/"from" [the] a country or a body, or nothing.
 * The object names a country (group_country); the subject is an
 * official or that noun of people just before the verb; when the
 * subject names a country (the official's, or the group's words) it is
 * another one.  No future or call cue in the clause.  Returns the
 * object's end (the group's country or body after it included): no
 * place after it is the meeting's ("leaders who know security issues in
 * East Asia"); or 0. */
#define GROUP_MOD_REACH 4

/* rules127: "met with a group of U.S. military and government officials"
 * (Yonhap): a collective head before the group, a lower-case noun (no
 * noun of people) and "of", just after the article: the group's words
 * start after it.  The token after "of", or p. */
static size_t
collective_head_end(const mr_ctx *x, size_t p, uint32_t c1)
{
	if (p + 2 < c1 && (x->tok[p].flags & NCG_TF_LOWER) && !wl_is(x, p, NCG_WL_GROUP_NOUN) &&
	    tok_ieq(x, p + 1, "of") && (x->tok[p + 1].flags & NCG_TF_LOWER))
		return p + 2;
	return p;
}

/* rules127: "a group of U.S. military and government officials": after
 * a collective head (collective_head_end), "and" at p between two
 * lower-case modifiers (after the group's first word q), no noun of
 * people beside it, joins the modifiers of the one group the head names. */
static int
joined_modifiers(const mr_ctx *x, size_t q, size_t p)
{
	return p > q && p + 1 < x->ntok && (x->tok[p - 1].flags & NCG_TF_LOWER) &&
	       (x->tok[p + 1].flags & NCG_TF_LOWER) &&
	       !wl_is(x, p - 1, NCG_WL_GROUP_NOUN) && !wl_is(x, p + 1, NCG_WL_GROUP_NOUN);
}

/* devreal59: "Secretary Enrique Manalo met with a US Congressional
 * delegation on Friday" (Manila Bulletin), "Prime Minister Narendra Modi
 * on Saturday met a US Congressional delegation" (IANS), "Foreign
 * Secretary @harshvshringla met US Congressional delegation led by
 * Congressman @RepAdamSmith" (ETV Bharat): the word of a legislature
 * before the group's noun, capitalised as a name's (lex:
 * legislatureGroupModifier), is one of the group's modifiers when a
 * lower-case noun of people (lex:groupNoun) follows it at once. */
static int
legislature_modifier_at(const mr_ctx *x, size_t p, uint32_t c1)
{
	return p + 1 < c1 && (x->tok[p].flags & NCG_TF_CAP) &&
	       wl_is(x, p, NCG_WL_LEGISLATURE_GROUP_MODIFIER) &&
	       (x->tok[p + 1].flags & NCG_TF_LOWER) && wl_is(x, p + 1, NCG_WL_GROUP_NOUN);
}

/* rules214: does sentence s report a statement on a day, a speech verb
 * (lex:speechVerb, lower case) just before a day ("said Tuesday")? */
static int
dated_report(const mr_ctx *x, uint32_t s)
{
	for (size_t v = x->sent[s].t0; v + 1 < x->sent[s].t1; v++)
		if ((x->tok[v].flags & NCG_TF_LOWER) && wl_at(x, v, v + 1, NCG_WL_SPEECH_VERB) &&
		    day_phrase_end(x, s, v + 1, x->sent[s].t1))
			return 1;
	return 0;
}

/* fix64: is a day said in [e, c1) of sentence s shifted by a word of
 * lex:referenceCue just after it ("on Monday last week", "on Monday
 * earlier"): not the day the news names? */
static int
day_shifted(const mr_ctx *x, uint32_t s, size_t e, uint32_t c1)
{
	for (size_t j = e, d; j < c1; j++)
		if ((d = day_phrase_end(x, s, j, c1)) != 0 && d < c1 &&
		    wl_at(x, d, c1, NCG_WL_REFERENCE_CUE) > d)
			return 1;
	return 0;
}

/* rules214: "Korea will fortify its tech alliance with the United
 * States ..., the Ministry of Science and ICT said Tuesday. The
 * announcement came after Minister of Science Lee Jong-ho met with the
 * U.S. science leaders in Washington D.C. on Monday" (Korea JoongAng
 * Daily): a sentence after the lead's first (up to the one just after
 * its second) opens with "the", a noun or two and a cue of the cause
 * the news followed (lex:causeAfterCue), then the past "met" at i with a day after it
 * (day_after: no future cue in the clause).  That meeting is the news's,
 * as a lead's (met_group).  Page furniture may push the lead off: then
 * the sentence just before is the news, a speech verb and its day
 * ("said Tuesday", dated_report). */
static int
cause_after_met(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	if (x->lead[0] == UINT32_MAX || s <= x->lead[0] || !wl_is(x, c0, NCG_WL_DEFINITE_ARTICLE) ||
	    (s > (x->lead[1] == UINT32_MAX ? x->lead[0] : x->lead[1]) + 1 && !dated_report(x, s - 1)))
		return 0;
	for (size_t q = c0 + 2; q < c0 + 4 && q < i; q++) {
		size_t e = wl_at(x, q, i, NCG_WL_CAUSE_AFTER_CUE);

		if (e > q)
			return e < i && day_after(x, s, i + 1, c0, c1) && !day_shifted(x, s, i + 1, c1);
		if (!(x->tok[q].flags & NCG_TF_LOWER))
			return 0;
	}
	return 0;
}

/* fix64: does the lead's first sentence, or sentence s before the
 * "came after" one (the news, when page furniture pushed the lead off:
 * cause_after_met), name country key, as a country or an official's? */
static int
lead_names_country(const mr_ctx *x, uint32_t s, const char *key)
{
	for (int r = 0; r < 2; r++) {
		const size_t *idx;
		size_t n = ncg_mentions_in_sentence(x->ms, r ? s : x->lead[0], &idx);

		for (size_t k = 0; k < n; k++) {
			const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);
			const char *ck = m->kind == NCG_M_COUNTRY ? m->key
			               : m->kind == NCG_M_OFFICIAL ? official_country(x, m) : NULL;

			if (ck && strcmp(ck, key) == 0)
				return 1;
		}
	}
	return 0;
}

/* met_group's two sides: the group's country oc known and not the
 * subject's sc; fix64: out of the lead (cause_after_met), the group's
 * and the subject's (when known, from [c0, i) at least) two the lead
 * names ("The announcement came after Chinese Minister
 * X met with Russian leaders" after a lead on India and the U.S.: not
 * the news's meeting). */
static int
met_pair_ok(const mr_ctx *x, uint32_t s, const char *sc, const char *oc, size_t c0, size_t i)
{
	if (!oc || (sc && strcmp(sc, oc) == 0))
		return 0;
	if (s == x->lead[0] || s == x->lead[1])
		return 1;
	/* the subject's country: its own, or any country's word before
	 * "met" ("Chinese Science Minister Wang met"), one the lead names */
	for (size_t p = c0; !sc && p < i; p++)
		sc = country_word(x, p);
	return (!sc || (strcmp(sc, oc) != 0 && lead_names_country(x, s - 1, sc))) &&
	       lead_names_country(x, s - 1, oc);
}

static size_t
met_group(const mr_ctx *x, uint32_t s, size_t i, size_t e, uint32_t c0, uint32_t c1)
{
	const ncg_mention *who = official_in(x, s, c0, i);
	const char *sc = NULL, *oc;
	size_t p = e, n = 0, g0 = c0, q, w;
	const char *ck;
	int one;

	if ((s != x->lead[0] && s != x->lead[1] && !cause_after_met(x, s, i, c0, c1)) ||
	    !wl_is(x, i, NCG_WL_MET_VERB) ||
	    !(x->tok[i].flags & NCG_TF_LOWER) || i == c0 || wl_is(x, i - 1, NCG_WL_AUXILIARY_VERB) ||
	    wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1 || call_cue_in(x, c0, c1))
		return 0;
	if (who)
		sc = official_country(x, who);
	else if ((x->tok[i - 1].flags & NCG_TF_LOWER) && wl_is(x, i - 1, NCG_WL_GROUP_NOUN)) {
		for (q = i - 1; q > c0 && i - q <= GROUP_MOD_REACH + 3; q--)
			if (ncg_doc_tok_is(x->doc, q - 1, ","))
				break;
		g0 = q;
		sc = group_country(x, s, g0, i);
	} else
		return 0;
	if (tok_ieq(x, p, "with"))
		p++;
	if (p < c1 && (tok_ieq(x, p, "a") || tok_ieq(x, p, "an") || wl_is(x, p, NCG_WL_DEFINITE_ARTICLE)))
		p++;
	q = collective_head_end(x, p, c1);
	one = q > p;
	p = q;
	while (p < c1 && n < GROUP_MOD_REACH && !wl_is(x, p, NCG_WL_GROUP_NOUN) &&
	       (!wl_is(x, p, NCG_WL_PAIR_CONJUNCTION) || (one && joined_modifiers(x, q, p))) &&
	       (w = country_wording_end(x, p, c1, &ck),
	        (x->tok[p].flags & NCG_TF_LOWER) || ck || w > p ||
	        legislature_modifier_at(x, p, c1))) {
		n += !wl_is(x, p, NCG_WL_PAIR_CONJUNCTION);
		p = w > p ? w : p + 1;
	}
	if (p >= c1 || !(x->tok[p].flags & NCG_TF_LOWER) || !wl_is(x, p, NCG_WL_GROUP_NOUN))
		return 0;
	oc = group_country(x, s, q, p++);
	if (!oc && p + 1 < c1 &&
	    (tok_ieq(x, p, "of") || tok_ieq(x, p, "in") || tok_ieq(x, p, "from"))) {
		const ncg_mention *m;

		q = p + 1 + (wl_is(x, p + 1, NCG_WL_DEFINITE_ARTICLE) && !inside(x, s, p + 1, NCG_M_BODY));
		if ((m = inside(x, s, q, NCG_M_BODY)) == NULL)
			m = inside(x, s, q, NCG_M_COUNTRY);
		oc = group_country(x, s, q, q + 1);
		if (!oc && m && m->kind == NCG_M_COUNTRY)
			oc = m->key;
		p = m ? m->t1 : p;
	}
	/* rules153: "met with South Korean foreign ministry officials in
	 * Seoul on Monday" (Korea Herald): a city just after the group is
	 * where they met; the clause goes on */
	if (p + 1 < c1 && tok_ieq(x, p, "in") && (x->tok[p].flags & NCG_TF_LOWER) &&
	    city_at(x, s, p + 1))
		p = c1;
	return met_pair_ok(x, s, sc, oc, c0, i) ? p : 0;
}

/* A test of mention m against token t (sentence_mention). */
typedef int (*mention_test)(const mr_ctx *x, const ncg_mention *m, size_t t);

/* The first mention of sentence s that passes test at token t, or NULL. */
static const ncg_mention *
sentence_mention(const mr_ctx *x, uint32_t s, size_t t, mention_test test)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (test(x, m, t))
			return m;
	}
	return NULL;
}

/* An official whose words (its title first) start at token t, or two
 * capitalised words after it ("South Korean Defense Minister X": a
 * country's words before the title). */
static int
starts_official(const mr_ctx *x, const ncg_mention *m, size_t t)
{
	size_t o0 = official_start(m);
	size_t q = t;

	while (q < o0 && q < t + 2 && (x->tok[q].flags & NCG_TF_CAP))
		q++;
	return m->kind == NCG_M_OFFICIAL && o0 == q;
}

/* An official ending at token t. */
static int
ends_official(const mr_ctx *x, const ncg_mention *m, size_t t)
{
	(void)x;
	return m->kind == NCG_M_OFFICIAL && m->t1 == t;
}

/* The official mention starting at token t of sentence s (starts_official),
 * or NULL. */
static const ncg_mention *
official_starting(const mr_ctx *x, uint32_t s, size_t t)
{
	return sentence_mention(x, s, t, starts_official);
}

/* rules43: where the partner of a visit or an exchange at token i starts:
 * just after a visit verb (lex:visitPrincipalVerb: "visited Defense
 * Minister Jeong", "visited with Vice Adm. Rowden"), or just after the
 * "with" that follows an exchange (lex:exchangeVerb: "exchanged views on
 * ... with the visiting commander of ...") in the clause.  Sets *e to the
 * verb's end; returns the partner's first token, or 0. */
static size_t
partner_start(const mr_ctx *x, size_t i, uint32_t c1, size_t *e)
{
	size_t o;

	if (!(x->tok[i].flags & NCG_TF_LOWER))
		return 0;
	if ((*e = wl_at(x, i, c1, NCG_WL_VISIT_PRINCIPAL_VERB)) != 0)
		return *e;
	if ((*e = wl_at(x, i, c1, NCG_WL_EXCHANGE_VERB)) == 0)
		return 0;
	for (o = *e; o < c1 && o - *e < 16 && !ncg_doc_tok_is(x->doc, o, ","); o++)
		if (tok_ieq(x, o, "with"))
			return o + 1;
	return 0;
}

/* rules43: "Hours earlier, Harris visited Defense Minister Jeong
 * Kyeong-doo at the Defense Ministry" (KBS), "Adm. Jung Ho-Sub, visited
 * with Vice Adm. Tom Rowden" (Navy), "Defense Minister Suh Wook has
 * exchanged views on ... with the visiting commander of the U.S.
 * Strategic Command" (KBS): an official (or a surname) visits another
 * named at once after the verb, or exchanges views with one; no two
 * officials of one country, no future or call cue in the clause.  The
 * partner may be the head of a body (head_of_body_at) of another country
 * than the subject's, or one a visitor (lex:visitorModifier).  Returns
 * the verb's end, or 0. */
static size_t
visit_principals(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e, mod, o = partner_start(x, i, c1, &e);
	const ncg_mention *obj, *who, *b = NULL;

	if (!o || o >= c1 || wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1 || call_cue_in(x, c0, c1))
		return 0;
	if ((obj = official_starting(x, s, o)) == NULL && (b = head_of_body_at(x, s, o, c1, &mod)) == NULL)
		return 0;
	if ((who = official_in(x, s, c0, i)) == NULL && obj)
		who = surname_subject(x, s, i, c0, obj);
	if (!who)
		return 0;
	if (obj)
		return who->official.country && obj->official.country &&
		               strcmp(who->official.country, obj->official.country) == 0
		           ? 0 : e;
	/* fix72: nor a visitor at the head of a body of the subject's own
	 * country ("the visiting commander of the ROK Navy", a body since
	 * a named service after "of the" is one) */
	if (who->official.country && b->body.country[0] &&
	    strcmp(b->body.country[0], who->official.country) == 0)
		return 0;
	if (mod && wl_is(x, mod, NCG_WL_VISITOR_MODIFIER))
		return e;
	return who->official.country && strcmp(b->body.country[0], who->official.country) != 0 ? e : 0;
}

/* fix182 (review148 1): the one country of a place whose one-word name
 * in the lexicon is token p, capitalized ("Busan"), or NULL. */
static const char *
lex_place_word_country(const mr_ctx *x, size_t p)
{
	const ncg_lex_wording *c;
	size_t len = ncg_doc_tok_len(x->doc, p), n;

	if (!(x->tok[p].flags & NCG_TF_CAP))
		return NULL;
	n = ncg_lexicon_wordings_at(x->lex, ncg_doc_tok_ptr(x->doc, p), len, &c);
	for (size_t k = 0; k < n; k++)
		if (c[k].entry->kind == NCG_LEX_PLACE && c[k].entry->country.n == 1 && c[k].len == len &&
		    strncmp(c[k].wording, x->s + x->tok[p].b, len) == 0)
			return c[k].entry->country.v[0];
	return NULL;
}

/* rules366, fix182 (review148 1, 2): a body of no known country the
 * guests come from, its name opened by a place of one country in the
 * lexicon (lex_place_word_country): "hosted a delegation of six elected
 * officials from the Gwangju Metropolitan Council in South Korea at City
 * Hall on Monday" (a city's paper): the body's country is that place's.
 * "in" and a country at once after it (in the clause, before c1) must be
 * that one, and *end is then the country's end: a country after a body
 * of no place ("from the Council on Foreign Relations in Japan") may be
 * where the hosting was, not the body's.  The country, or NULL. */
static const char *
body_located_in(const mr_ctx *x, uint32_t s, const ncg_mention *b, uint32_t c1, size_t *end)
{
	const ncg_mention *m;
	const char *k = lex_place_word_country(x, b->t0);
	size_t p = b->t1;

	if (!k || p + 1 >= c1 || !tok_ieq(x, p, "in") || !(x->tok[p].flags & NCG_TF_LOWER))
		return k;
	if ((m = inside(x, s, p + 1, NCG_M_COUNTRY)) == NULL || m->t0 != p + 1 || m->t1 > c1)
		return k;
	if (strcmp(m->key, k) != 0)
		return NULL;
	*end = m->t1;
	return k;
}

/* rules238: the country of the body (or the country) its guests come
 * from, named in the REACH tokens after token p of sentence s (before
 * c1): "from the Philippines Air Force", "of the 1st, 2nd and 3rd
 * Amphibious Rapid Deployment Regiments of the Japan Ground Self-Defense
 * Force".  *end is that mention's end.  The country, or NULL. */
#define HOST_ORIGIN_REACH 16

static const char *
guest_origin(const mr_ctx *x, uint32_t s, size_t p, uint32_t c1, size_t *end)
{
	for (size_t q = p; q < c1 && q < p + HOST_ORIGIN_REACH; q++) {
		const ncg_mention *m = inside(x, s, q, NCG_M_BODY);

		if (!m)
			m = inside(x, s, q, NCG_M_COUNTRY);
		if (!m || m->t0 != q)
			continue;
		*end = m->t1;
		/* fix79 (review76): not a possessor ("the Indonesian Army's
		 * cadet band"): the guests belong to another group */
		if (m->kind != NCG_M_COUNTRY && possessor_at(x, m->t1, c1))
			return NULL;
		/* fix182 (review148 2): not a country after "in" and a name
		 * ("from the Asia Foundation in South Korea", "the Hawaii
		 * State Legislature in Japan"): where the name's group, or
		 * the hosting, is */
		if (m->kind == NCG_M_COUNTRY && q >= p + 2 && tok_ieq(x, q - 1, "in") &&
		    (x->tok[q - 2].flags & NCG_TF_CAP))
			return NULL;
		if (m->kind == NCG_M_COUNTRY)
			return m->key;
		if (!m->body.country[0])
			return body_located_in(x, s, m, c1, end);
		return m->body.country[1] ? NULL : m->body.country[0];
	}
	return NULL;
}

/* rules298: the country of a place the guests come from, named at once
 * after their origin's word at token p of sentence s (before c1): "hosted
 * a delegation from Kumamoto" (Missoulian), "from Kanagawa" (a place of
 * one country, the lexicon's); *end is its end.  The country, or NULL.
 * fix137 (review116 3, 6: one real text, a host of unknown country): a
 * place abroad only, not one of the anchor state (anchor_state): not
 * "the ... Center hosted a delegation from Washington". */
static int anchor_state(const mr_ctx *x, const char *k);

static const char *
guest_place_origin(const mr_ctx *x, uint32_t s, size_t p, uint32_t c1, size_t *end)
{
	const ncg_mention *m = p < c1 ? inside(x, s, p, NCG_M_PLACE) : NULL;

	if (!m || m->t0 != p || m->t1 > c1 || !m->place.country[0] || m->place.country[1] ||
	    possessor_at(x, m->t1, c1) || anchor_state(x, m->place.country[0]))
		return NULL;
	*end = m->t1;
	return m->place.country[0];
}

static size_t after_lead_dateline(const mr_ctx *x, uint32_t s);

/* rules298: does sentence s open with its day, a comma after it, and
 * tell no future before token i: "On Wednesday, that relationship
 * continued on as the ... Center ... hosted a delegation from Kumamoto"
 * (Missoulian), "On November 14, the Bureau of International Security
 * and Nonproliferation hosted a delegation from the Republic of Korea's
 * Ministry of Foreign Affairs" (State), "On April 1, 2024, HUD hosted a
 * delegation from Korea's Ministry of Land, ..." (HUD User): "on" and a
 * weekday or a date of a day (day_phrase_end), after a dateline too
 * (after_lead_dateline).  Not "In October, 2011, Maryland hosted a
 * delegation from Kanagawa" (a month: recalled).  fix137 (review116 2):
 * the day governs the host verb at i: no speech verb (lex:speechVerb)
 * nor subject relative (lex:subjectRelative) between them, no relative
 * pronoun just before the verb (not "the Center said it hosted ...",
 * "the Center, which hosted ..."), and no date or period of the
 * hosting's own after the verb, before the clause's end c1 ("hosted a
 * delegation from Japan in October"). */
static int
host_day_fronted(const mr_ctx *x, uint32_t s, size_t i, uint32_t c1)
{
	size_t p = after_lead_dateline(x, s), e;

	if (p >= i || !tok_ieq(x, p, "on") || (e = day_phrase_end(x, s, p, i)) == 0 || e >= i ||
	    !ncg_doc_tok_is(x->doc, e, ",") || wl_find(x, e + 1, i, NCG_WL_SPEECH_VERB) < i ||
	    wl_find(x, e + 1, i, NCG_WL_SUBJECT_RELATIVE) < i || wl_is(x, i - 1, NCG_WL_RELATIVE_PRONOUN))
		return 0;
	for (size_t j = i; j < c1; j++) {
		const ncg_mention *d = inside(x, s, j, NCG_M_DATE), *q = inside(x, s, j, NCG_M_PERIOD);

		if ((d && d->t0 == j) || (q && q->t0 == j))
			return 0;
	}
	return wl_find(x, p, i, NCG_WL_FUTURE_CUE) >= i && wl_find(x, p, i, NCG_WL_RELATIVE_NEXT) >= i;
}

/* rules238: talks after token p in the clause: the purpose opener
 * (lex:purposeTalkOpener) then, at most four lower-case words after it
 * ("for a series of bilateral discussions"), a noun of meetings
 * (lex:meetingNoun) or of discussions (lex:discussionNoun). */
static int
purpose_talks_after(const mr_ctx *x, size_t p, uint32_t c1)
{
	for (size_t f = p; f + 1 < c1; f++) {
		if (!wl_is(x, f, NCG_WL_PURPOSE_TALK_OPENER))
			continue;
		for (size_t q = f + 1; q < c1 && q < f + 6 && (x->tok[q].flags & NCG_TF_LOWER); q++)
			if (wl_is(x, q, NCG_WL_MEETING_NOUN) || wl_is(x, q, NCG_WL_DISCUSSION_NOUN))
				return 1;
		return 0;
	}
	return 0;
}

/* rules238: "Between 13-15 February the Pacific Air Forces (PACAF)
 * welcomed leaders from the Philippines Air Force for a series of
 * bilateral discussions and expert exchanges at Joint Base Pearl
 * Harbor-Hickam" (Airforce Technology), "The America Amphibious Ready
 * Group (AMAARG) and 31st Marine Expeditionary Unit (31st MEU) hosted
 * the commanding officers of the 1st, 2nd and 3rd Amphibious Rapid
 * Deployment Regiments of the Japan Ground Self-Defense Force from Feb.
 * 3-6" (Marines): a body or an official, a host's past verb
 * (lex:hostVerb) at i, no auxiliary before it, its object an article and
 * at once a noun of guests (lex:hostGuestNoun: "commanding officers") and
 * "from"/"of" (lex:hostGuestOrigin) a body or a country of another
 * country than the subject's (guest_origin); then talks as the purpose
 * (purpose_talks_after) or a day in the clause (day_after); no future
 * or call cue.  Not "hosted senior leaders throughout the exercise",
 * "welcomed the delegation with a dinner banquet".  The verb's end, or 0. */
static size_t
host_group(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e = wl_at(x, i, c1, NCG_WL_HOST_VERB), p, g, end = 0;
	const ncg_mention *who;
	const char *sc = NULL, *oc;

	if (!e || i == c0 || !(x->tok[i].flags & NCG_TF_LOWER) || wl_is(x, i - 1, NCG_WL_AUXILIARY_VERB) ||
	    wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1 || call_cue_in(x, c0, c1))
		return 0;
	if ((who = official_in(x, s, c0, i)) != NULL)
		sc = official_country(x, who);
	else if ((who = kind_in(x, s, c0, i, NCG_M_BODY)) != NULL)
		sc = who->body.country[1] ? NULL : who->body.country[0];
	else
		return 0;
	p = e + (e < c1 && (wl_is(x, e, NCG_WL_DEFINITE_ARTICLE) || wl_is(x, e, NCG_WL_INDEFINITE_ARTICLE)));
	if (p >= c1 || !(x->tok[p].flags & NCG_TF_LOWER) || (g = wl_at(x, p, c1, NCG_WL_HOST_GUEST_NOUN)) == 0 ||
	    g + 1 >= c1 || !wl_is(x, g, NCG_WL_HOST_GUEST_ORIGIN))
		return 0;
	if ((oc = guest_origin(x, s, g + 1, c1, &end)) == NULL)
		oc = guest_place_origin(x, s, g + 1, c1, &end);
	if (!oc || (sc && strcmp(sc, oc) == 0) || host_recalled(x, s, c0, c1))
		return 0;
	return purpose_talks_after(x, end, c1) || guests_day(x, s, end, c1) || host_day_fronted(x, s, i, c1) ? e : 0;
}

/* rules252: "Australia's Chief of Joint Operations" at token p of
 * sentence s: a country, a possessive's mark, then at most
 * TITLED_GUEST_MODS capitalised words and a head of a title
 * (lex:titleHead, capitalised).  The country's key, or NULL; *end is the
 * title head's end. */
#define TITLED_GUEST_MODS 2
static const char *
country_titled_guest(const mr_ctx *x, uint32_t s, size_t p, uint32_t c1, size_t *end)
{
	const ncg_mention *cn = inside(x, s, p, NCG_M_COUNTRY);
	size_t q, h;

	if (!cn || cn->t0 != p || !cn->key)
		return NULL;
	for (q = cn->t1; q < c1 && q < cn->t1 + 2 && possessive_mark(x, q + 1, cn->t1, 0) != cn->t1; q++)
		;
	if (q >= c1 || possessive_mark(x, q + 1, cn->t1, 0) != cn->t1)
		return NULL;
	for (h = q + 1; h < c1 && h <= q + 1 + TITLED_GUEST_MODS && !(x->tok[h].flags & NCG_TF_LOWER); h++)
		if ((*end = wl_at(x, h, h + 1, NCG_WL_TITLE_HEAD)) != 0)
			return cn->key;
	return NULL;
}

/* fix84 (review83): does the guest phrase whose title head ends at token
 * end END there: past the title's "of" complement (lex:headOf, "the",
 * capitalised words: "Chief of Defence Forces") and a capitalised name
 * ("Prime Minister Shehbaz Sharif"), no possessive's mark (the office
 * modifies what follows: "Chief of Defence Forces' decision", "Shehbaz
 * Sharif's remarks") and no lower-case word but one that may follow a
 * guest (lex:titledGuestFollower, lex:virtualCue: "at", "here",
 * "virtually"), not a noun ("Commander Course graduates")? */
static int
guest_phrase_ends(const mr_ctx *x, size_t end, uint32_t c1)
{
	size_t q = end;

	if (q + 1 < c1 && wl_is(x, q, NCG_WL_HEAD_OF)) {
		q += 1 + wl_is(x, q + 1, NCG_WL_DEFINITE_ARTICLE);
		if (q >= c1 || (x->tok[q].flags & NCG_TF_LOWER))
			return 0;
	}
	while (q < c1 && x->tok[q].kind == NCG_TOK_WORD && !(x->tok[q].flags & NCG_TF_LOWER) &&
	       possessive_mark(x, q + 1, q, 1) == q + 1)
		q++;
	if (q >= c1)
		return 1;
	if (possessive_mark(x, q + 1, q, 1) != q + 1 || (q + 2 <= c1 && possessive_mark(x, q + 2, q, 1) == q))
		return 0;
	if (x->tok[q].kind != NCG_TOK_WORD || !(x->tok[q].flags & NCG_TF_LOWER))
		return 1;
	return wl_is(x, q, NCG_WL_TITLED_GUEST_FOLLOWER) || wl_at(x, q, c1, NCG_WL_VIRTUAL_CUE) != 0;
}

/* rules252: "U.S. Space Command hosted Australia's Chief of Joint
 * Operations at its headquarters Nov. 1, 2021." (USSPACECOM), "Team
 * Redstone and the U.S. Army Materiel Command hosted the commander of
 * the Republic of Korea Army Logistics Command here, Nov. 13." (Army):
 * a body of one country (no official) before a host's past verb
 * (lex:hostVerb) at i in lower case, no auxiliary before it, its object
 * one guest named by his office: a country's titled office
 * (country_titled_guest) or "the" head of a body (head_of_body_at), of
 * another country than the host body's; then a day in the clause of a
 * lead sentence (lead_day_after); no call cue, no earlier time
 * (host_recalled: "three years ago").  Not "hosted a reception", "hosted
 * the 5th meeting" (no title head), nor a guest of the host's own
 * country.  The verb's end, or 0. */
static size_t
host_titled_guest(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e = wl_at(x, i, c1, NCG_WL_TITLED_GUEST_HOST_VERB), end = 0, mod;
	const ncg_mention *who, *b, *next;
	const char *oc;

	if (!e || i == c0 || !(x->tok[i].flags & NCG_TF_LOWER) || wl_is(x, i - 1, NCG_WL_AUXILIARY_VERB) ||
	    official_in(x, s, c0, i) || call_cue_in(x, c0, c1))
		return 0;
	/* the last body before the verb */
	for (who = kind_in(x, s, c0, i, NCG_M_BODY);
	     who && who->t1 < i && (next = kind_in(x, s, who->t1, i, NCG_M_BODY)) != NULL;)
		who = next;
	if (!who || !who->body.country[0] || who->body.country[1])
		return 0;
	if ((oc = country_titled_guest(x, s, e, c1, &end)) == NULL) {
		if ((b = head_of_body_at(x, s, e, c1, &mod)) == NULL)
			return 0;
		oc = b->body.country[0];
		end = b->t1;
	}
	if (strcmp(oc, who->body.country[0]) == 0 || !guest_phrase_ends(x, end, c1) || host_recalled(x, s, c0, c1))
		return 0;
	return lead_day_after(x, s, end, c0, c1) ? e : 0;
}

/* fix79 (review76): does the clause [c0, c1) recall an earlier time: a
 * word of a past period (lex:relativeLast "last year", lex:agoWord) or a
 * year before the issue year ("in 2019")?  A host's welcome then is no
 * news of the record's. */
static int
host_recalled(const mr_ctx *x, uint32_t s, uint32_t c0, uint32_t c1)
{
	if (wl_find(x, c0, c1, NCG_WL_RELATIVE_LAST) < c1 || wl_find(x, c0, c1, NCG_WL_AGO_WORD) < c1)
		return 1;
	for (size_t j = c0; j < c1 && x->d->issued[0]; j++) {
		const ncg_mention *d = inside(x, s, j, NCG_M_DATE), *p = inside(x, s, j, NCG_M_PERIOD);
		int y = d ? d->date.y : p ? p->period.year.year : 0;

		if (y && y < x->d->issued[0])
			return 1;
	}
	return 0;
}

/* rules334: past the place a welcome's guests come to, at token end: a
 * lower-case lex:welcomeTargetPreposition and at most WELCOME_TARGET_WORDS
 * capitalised words, none a weekday ("welcomed the ambassador from South
 * Korea to Montgomery Wednesday", WSFA).  Its end, or end if none. */
#define WELCOME_TARGET_WORDS 3
static size_t
welcome_target_end(const mr_ctx *x, size_t end, uint32_t c1)
{
	size_t q = end + 1;

	if (q >= c1 || !(x->tok[end].flags & NCG_TF_LOWER) || !wl_is(x, end, NCG_WL_WELCOME_TARGET_PREP))
		return end;
	while (q < c1 && q <= end + WELCOME_TARGET_WORDS && (x->tok[q].flags & NCG_TF_CAP) && !weekday_at(x, q))
		q++;
	return q > end + 1 ? q : end;
}

/* rules366: past the venue of a host's welcome right after the guests
 * (ending at token end of sentence s): lower-case "at", maybe "the", and
 * a place or a body ("hosted a delegation ... from the Gwangju
 * Metropolitan Council in South Korea at New York City Hall on
 * Monday"): the venue's end, else end. */
static size_t
guests_venue_end(const mr_ctx *x, uint32_t s, size_t end, uint32_t c1)
{
	const ncg_mention *m;
	size_t q = end + 1;

	if (q >= c1 || !tok_ieq(x, end, "at") || !(x->tok[end].flags & NCG_TF_LOWER))
		return end;
	q += q + 1 < c1 && wl_is(x, q, NCG_WL_DEFINITE_ARTICLE);
	if ((m = inside(x, s, q, NCG_M_PLACE)) == NULL)
		m = inside(x, s, q, NCG_M_BODY);
	return m && m->t0 == q && m->t1 <= c1 ? m->t1 : end;
}

/* fix79 (review76): the day of a host's welcome of guests whose mention
 * ends at token end: a day right after them, or after one preposition
 * ("... of the Japan Ground Self-Defense Force from Feb. 3-6"), and no
 * purpose of another kind after them (lex:purposeTalkOpener: "on March 4
 * for a concert"; talks were purpose_talks_after's).  Not a day of a
 * relative clause ("who died in the earthquake on March 4") nor after an
 * event ("at a reception on March 4"). */
static int
guests_day(const mr_ctx *x, uint32_t s, size_t end, uint32_t c1)
{
	const ncg_mention *b;
	size_t lim, d;

	/* past "of the <body>" after them ("Regiments of the Japan Ground
	 * Self-Defense Force") */
	while (end + 2 < c1 && wl_is(x, end, NCG_WL_HOST_GUEST_ORIGIN) && wl_is(x, end + 1, NCG_WL_DEFINITE_ARTICLE) &&
	       (b = inside(x, s, end + 2, NCG_M_BODY)) != NULL && b->t0 == end + 2)
		end = b->t1;
	end = guests_venue_end(x, s, welcome_target_end(x, end, c1), c1);
	lim = end + 2 < c1 ? end + 2 : c1;
	if (end >= c1 || wl_find(x, end, c1, NCG_WL_PURPOSE_TALK_OPENER) < c1)
		return 0;
	/* fix182 (review148 5): not a day that owns a noun ("on Monday's
	 * anniversary") */
	for (size_t j = end; j < lim; j++)
		if ((d = day_phrase_end(x, s, j, c1)) != 0)
			return !possessor_at(x, d, c1);
	return 0;
}

/* The official mention ending at token t of sentence s, or NULL. */
static const ncg_mention *
official_ending(const mr_ctx *x, uint32_t s, size_t t)
{
	return sentence_mention(x, s, t, ends_official);
}

/* rules33: "US Secretary of State Condoleezza Rice and visiting South
 * Korean Foreign Minister Ban Ki-moon discussed the six-party talks ...
 * Tuesday evening, the State Department said" (Xinhua): two officials
 * of two countries joined by "and" (up to three words after it before
 * the second one's title: "visiting South"), just before a verb of talking together
 * (lex:jointTalkVerb) at i, in a lead sentence with a day after the
 * verb, no future or call cue in the clause: they met that day.
 * Returns the verb's end, or 0. */
static size_t
joint_talk(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e = wl_at(x, i, c1, NCG_WL_JOINT_TALK_VERB), a;
	const ncg_mention *o2, *o1;

	if (!e || !(x->tok[i].flags & NCG_TF_LOWER) || (o2 = official_ending(x, s, i)) == NULL)
		return 0;
	a = o2->official.title && o2->official.title_t0 < o2->t0 ? o2->official.title_t0 : o2->t0;
	/* "and visiting South Korean Foreign Minister": words before the
	 * title, no comma */
	for (size_t q = a, n = 0; n <= 3 && q > c0 + 1 && !ncg_doc_tok_is(x->doc, q - 1, ","); q--, n++)
		if (wl_is(x, q - 1, NCG_WL_PAIR_CONJUNCTION)) {
			a = q;
			break;
		}
	if (a <= c0 + 1 || !wl_is(x, a - 1, NCG_WL_PAIR_CONJUNCTION) || (o1 = official_ending(x, s, a - 1)) == NULL ||
	    !o1->official.country || !o2->official.country ||
	    strcmp(o1->official.country, o2->official.country) == 0 || call_cue_in(x, c0, c1))
		return 0;
	return lead_day_after(x, s, e, c0, c1) ? e : 0;
}

static int words_side(const mr_ctx *x, uint32_t s, size_t a, size_t b, const char **k, int *force);

/* rules297: the side of the official o after "with" at token w: his
 * own country, else the one country of the capitalised words between
 * (words_side: "with U.S. Marine Corps Col. Luke Watson"), or NULL. */
static const char *
partner_side(const mr_ctx *x, uint32_t s, size_t w, const ncg_mention *o)
{
	const char *k = official_country(x, o);
	int force;

	if (!k && words_side(x, s, w + 1, official_start(o), &k, &force) != 1)
		k = NULL;
	return k;
}

/* rules297: "Eduardo Jose Aliño, chairman and administrator of Subic Bay
 * Metropolitan Authority, discussed port operations Feb. 3 with U.S.
 * Marine Corps Col. Luke Watson." (DVIDS): an official before a verb of
 * talking together (lex:jointTalkVerb) at i in lower case, no auxiliary
 * before it, its matter in at most TALK_MATTER_REACH lower-case words,
 * then a day ending just before "with" (lex:interlocutorPreposition),
 * then at most PARTNER_REACH capitalised words (a country, a service)
 * and an official; fix137 (review116 5): the day is the talk's, not the
 * matter's: not after "of" or a past verb ("the incident of Jan. 28",
 * "the damage reported Feb. 1"), no relative pronoun in the matter ("the
 * typhoon that struck Feb. 1"); fix137 (review116 1, 6: one real text):
 * both sides known (the first's body gives it: the lexicon's Subic Bay
 * Metropolitan Authority), different, one the anchor state
 * (anchor_state), not "Hawaii Gov. Josh Green discussed ... with U.S.
 * Army Gen. Charles Flynn"; no future or call cue (day_after), no earlier time
 * (host_recalled): the two met that day.  The day before "with" dates
 * the talk itself: any sentence (a photo caption may come first).  Not "discussed North Korea's nuclear program
 * with Rafael Grossi" (no day before "with", no anchor state), "said he
 * discussed the issue with Prime Minister Abe" (no day).  The verb's end,
 * or 0. */
#define TALK_MATTER_REACH 6
#define PARTNER_REACH 4
static size_t
dated_talk_with(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e = wl_at(x, i, c1, NCG_WL_JOINT_TALK_VERB), q, w = 0;
	const ncg_mention *o1, *o2;
	const char *k1, *k2;

	if (!e || i == c0 || !(x->tok[i].flags & NCG_TF_LOWER) || wl_is(x, i - 1, NCG_WL_AUXILIARY_VERB) ||
	    (o1 = official_in(x, s, c0, i)) == NULL || call_cue_in(x, c0, c1))
		return 0;
	for (q = e; q < c1 && q < e + TALK_MATTER_REACH && (x->tok[q].flags & NCG_TF_LOWER) && !w; q++) {
		size_t d = q + 1 < c1 ? day_phrase_end(x, s, q + 1, c1) : 0;

		if (d && d < c1 && wl_is(x, d, NCG_WL_INTERLOCUTOR_PREP) && !tok_ieq(x, q, "of") &&
		    !past_verb_in(x, q, q + 1) && wl_find(x, e, q + 1, NCG_WL_RELATIVE_PRONOUN) > q)
			w = d;
	}
	if (!w || (o2 = official_in(x, s, w + 1, w + 2 + PARTNER_REACH < c1 ? w + 2 + PARTNER_REACH : c1)) == NULL)
		return 0;
	for (q = w + 1; q < official_start(o2); q++)
		if (x->tok[q].flags & NCG_TF_LOWER)
			return 0;
	k1 = official_country(x, o1);
	k2 = partner_side(x, s, w, o2);
	if (!k1 || !k2 || strcmp(k1, k2) == 0 || !(anchor_state(x, k1) || anchor_state(x, k2)))
		return 0;
	return day_after(x, s, e, c0, c1) && !host_recalled(x, s, c0, c1) ? e : 0;
}

/* rules265: "The Japan-U.S. Joint Committee reached agreement Monday on
 * the U.S. military returning land ..." (Japan Times): a standing body of
 * two states (its head of lex:sessionBodyHead, the word before it of
 * lex:sessionBodyModifier: a body of two governments, not "the U.S.-China
 * ... Review Commission" nor "the U.S.-Japan Business Council") opens the
 * lead's first sentence and a decision verb (lex:sessionDecisionVerb,
 * lower case) at i follows it, a day after the verb (day_phrase_end: "on"
 * may open it), no future cue or other year before the day's end (after
 * it, "agreed Tuesday that the U.S. military will return ..." is the
 * decision's matter), no lex:noSessionCue ("by exchange of notes"): the
 * body's decision that day reports its session.  Not "the Joint
 * Committee established under the agreement" (no decision verb), nor
 * an agreement of a year gone by.  Returns the end of the day just
 * after the verb, or 0: the clause's rest (the decision's matter: "on
 * ... land ... in Yokohama") gives no place of the session. */
static size_t
body_session_decision(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1,
                      const char **series)
{
	size_t e = wl_at(x, i, c1, NCG_WL_SESSION_DECISION_VERB), d;
	const ncg_mention *b;

	if (!e || s != x->lead[0] || i < c0 + 3 || !(x->tok[i].flags & NCG_TF_LOWER) ||
	    !(x->tok[i - 1].flags & NCG_TF_CAP) || !wl_is(x, i - 1, NCG_WL_SESSION_BODY_HEAD) ||
	    !(x->tok[i - 2].flags & NCG_TF_CAP) || !wl_is(x, i - 2, NCG_WL_SESSION_BODY_MODIFIER) ||
	    (b = inside(x, s, i - 1, NCG_M_BODY)) == NULL || b->t1 != i ||
	    !(b->t0 == c0 || (b->t0 == c0 + 1 && wl_is(x, c0, NCG_WL_DEFINITE_ARTICLE))) ||
	    !b->body.country[0] || !b->body.country[1] ||
	    strcmp(b->body.country[0], b->body.country[1]) == 0 ||
	    wl_find(x, c0, c1, NCG_WL_NO_SESSION_CUE) < c1 || call_cue_in(x, c0, c1))
		return 0;
	d = day_phrase_end(x, s, e, c1);
	*series = b->key;
	return d && wl_find(x, c0, d, NCG_WL_FUTURE_CUE) == d && !other_year_in(x, s, c0, d) ? d : 0;
}

/* rules67: "Adm. Scott Swift visited South Korea June 15-18 to meet
 * with senior leaders" (Navy news): an official, a past visit verb
 * (lex:visitVerb, in -ed), then only a place or country and a date of a
 * day (a range's first day) before "to" and the base form of meeting
 * (the base of a lex:meetingLemma) at i, no comma, no future cue in the clause
 * but that "to meet":
 * the trip's meetings were held on it, from that day.  rules139: a
 * past trip "to" a place (lex:arrivalVerb's words in "to") as the visit verb, words of
 * lex:visitSpanGlue between the span's mentions, and in a lead a recent
 * time (lead_recent_period) for the day ("Earlier this month ... Daniel
 * Russel traveled to Seoul, Republic of Korea to meet with ..." (VOA)).
 * Returns the verb's end, or 0. */
#define VISIT_SPAN_REACH 12

/* rules129: the mention that ends at token i of a visit's span: a date,
 * a place, a country, or (a comma after it) a body visited and its
 * date set off by commas ("visited
 * Military Sealift Command, Oct. 24, 2025, to talk with ..."); NULL if
 * none. */
static const ncg_mention *
visit_span_mention(const mr_ctx *x, uint32_t s, size_t i)
{
	const ncg_mention *m;

	if (i > x->sent[s].t0 && ncg_doc_tok_is(x->doc, i, ",")) {
		m = inside(x, s, i - 1, NCG_M_DATE);
		if (!m)
			m = inside(x, s, i - 1, NCG_M_BODY);
		return m && m->t1 == i ? m : NULL;
	}
	m = inside(x, s, i, NCG_M_DATE);
	if (!m)
		m = inside(x, s, i, NCG_M_PLACE);
	if (!m)
		m = inside(x, s, i, NCG_M_COUNTRY);
	return m;
}

/* rules139: where the span of a visit that ends at token q begins: its
 * dates, places and countries (visit_span_mention) back from q, words
 * of lex:visitSpanGlue between them ("to Seoul, Republic of Korea, on
 * January 17"), not past c0; *day (when not NULL) is set when one is
 * a day. */
static size_t
visit_span_start(const mr_ctx *x, uint32_t s, size_t q, uint32_t c0, int *day)
{
	size_t end = q;

	while (q > c0 && end - q <= VISIT_SPAN_REACH) {
		const ncg_mention *m = visit_span_mention(x, s, q - 1);

		if (m) {
			if (day)
				*day |= m->kind == NCG_M_DATE && m->date.prec == NCG_PREC_DAY;
			q = m->t0;
		} else if (q < end && q - 1 > c0 && wl_is(x, q - 1, NCG_WL_VISIT_SPAN_GLUE))
			q--;
		else
			break;
	}
	return q;
}

/* rules139: where a past visit verb (lex:visitVerb in -ed) or trip
 * (lex:arrivalVerb's words in "to": "traveled to") ends just before token q begins, after
 * c0; 0 if none. */
static size_t
visit_verb_before(const mr_ctx *x, size_t q, uint32_t c0)
{
	if (q > c0 + 2 && wl_at(x, q - 2, q, NCG_WL_TRAVEL_VERB) == q)
		return q - 2;
	if (q > c0 + 1 && wl_at(x, q - 1, q, NCG_WL_VISIT_VERB) == q && past_verb_in(x, q - 1, q))
		return q - 1;
	return 0;
}

/* rules139: the verb v after "to" is the purpose of a past trip to a
 * span (visit_span_start, visit_verb_before): "Daniel Russel traveled
 * to Seoul, Republic of Korea to meet with ..." (VOA); held on it, no
 * future.  Only for the principals' candidate of that verb
 * (visit_to_meet): "Kim, who traveled to Washington to co-chair the
 * fifth meeting of ..." names the purpose, not what the sentence
 * reports. */
static int
trip_purpose(const mr_ctx *x, uint32_t s, size_t v, uint32_t c0)
{
	if (v < c0 + 3 || !tok_ieq(x, v - 1, "to"))
		return 0;
	return visit_verb_before(x, visit_span_start(x, s, v - 1, c0, NULL), c0) != 0;
}

/* rules139: a recent time of no day (lex:recentPeriod) in the clause of
 * a lead sentence: it dates the news, as a day would. */
static int
lead_recent_period(const mr_ctx *x, uint32_t s, uint32_t c0, uint32_t c1)
{
	return (s == x->lead[0] || s == x->lead[1]) && wl_find(x, c0, c1, NCG_WL_RECENT_PERIOD) < c1;
}

/* fixC: a lead's recent time dates a trip whose verb begins at v only
 * before it ("Earlier this month X traveled to ..."; not "Park Jin, who
 * was appointed earlier this month"), and with no year other than the
 * issue year in the clause [c0, c1) ("... to meet with Park Jin in
 * 2019"). */
static int
trip_recent_period(const mr_ctx *x, uint32_t s, uint32_t c0, size_t v, uint32_t c1)
{
	return lead_recent_period(x, s, c0, (uint32_t)v) && !other_year_in(x, s, c0, c1);
}

/* rules184: the end of a verb of meeting (present) or talks at j, or 0 */
static size_t
talk_verb_at(const mr_ctx *x, size_t j, uint32_t c1)
{
	size_t e = wl_at(x, j, c1, NCG_WL_MEETING_VERB_PRESENT);

	return e ? e : wl_at(x, j, c1, NCG_WL_VISIT_TALK_VERB);
}

/* rules184: the end of a verb of meeting or talks (talk_verb_at) at j,
 * or, when the trip's first purpose at j is another verb, of one after
 * "and" within PURPOSE_AND_REACH tokens, no comma and no clause's opener
 * (lex:clauseObject, lex:subjectRelative) before it ("visited Okinawa
 * Jan. 29 to tour Marine Corps installations and discuss future
 * training" (a military release): coordinated purposes of one trip, the
 * talks among them; fixY (review53): not "to tour the bunker where
 * planners train and discuss ...", the talks a relative clause's, of
 * another subject); 0 if none. */
static size_t
purpose_talk_verb(const mr_ctx *x, size_t j, uint32_t c1)
{
	size_t e;

	if ((e = talk_verb_at(x, j, c1)) != 0)
		return e;
	for (size_t k = j + 1; k + 1 < c1 && k <= j + PURPOSE_AND_REACH; k++) {
		if (ncg_doc_tok_is(x->doc, k, ",") ||
		    ((x->tok[k].flags & NCG_TF_LOWER) &&
		     (wl_is(x, k, NCG_WL_CLAUSE_OBJECT) || wl_is(x, k, NCG_WL_SUBJECT_RELATIVE))))
			return 0;
		if (tok_ieq(x, k, "and") && (x->tok[k + 1].flags & NCG_TF_LOWER) &&
		    (e = talk_verb_at(x, k + 1, c1)) != 0)
			return e;
	}
	return 0;
}

/* rules139: a past trip to a span, then "to meet" (trip_purpose), an
 * official before the trip's verb, a day in the span or a lead's recent
 * time: the end of the meeting verb at i.  fixC: not when the clause
 * names an ordinal meeting ("to meet with X and attend the fourth NCG
 * meeting"): that meeting is the trip's, not a meeting of its own.
 * fixY (review53): nor talks with the visitor's own side after the verb
 * (lex:ownSideTalk: "to discuss future training with his own staff"). */
static size_t
visit_to_meet(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e, q;
	int day = 0;

	if (i < c0 + 4 || !(x->tok[i].flags & NCG_TF_LOWER) || !tok_ieq(x, i - 1, "to") ||
	    (e = purpose_talk_verb(x, i, c1)) == 0 ||
	    wl_find(x, c0, i - 1, NCG_WL_FUTURE_CUE) < i - 1 ||
	    wl_find(x, e, c1, NCG_WL_FUTURE_CUE) < c1 || call_cue_in(x, c0, c1) ||
	    wl_find(x, e, c1, NCG_WL_OWN_SIDE_TALK) < c1 || meeting_named_in(x, s, e, c1))
		return 0;
	q = visit_span_start(x, s, i - 1, c0, &day);
	if ((q = visit_verb_before(x, q, c0)) == 0 || !(day || trip_recent_period(x, s, c0, q, c1)) ||
	    !official_in(x, s, c0, q))
		return 0;
	return e;
}

/* rules88: the country key a side's mention m names: a country's own,
 * a body's (of one country), an official's; NULL if none. */
static const char *
side_country(const ncg_mention *m)
{
	if (m->kind == NCG_M_COUNTRY)
		return m->key;
	if (m->kind == NCG_M_BODY)
		return m->body.country[1] ? NULL : m->body.country[0];
	return m->kind == NCG_M_OFFICIAL ? m->official.country : NULL;
}

/* rules276: a signing side's state when its body has none of its own:
 * the country (lex country entry) or the place of one country (lex
 * place entry) that is the first word of the body's name, exact case
 * ("U.S. Army Garrison Humphreys and the Pyeongtaek City Police
 * Department signed a memorandum of understanding, April 14, at Camp
 * Humphreys": a U.S. garrison and a Korean city's police).  Bodies of
 * more words than that first one only.  fix117 (review105 7): a
 * country's name or adjective only before the state's own forces or
 * ministry (lex:serviceName, lex:sharedBodyHead: "U.S. Army Garrison
 * Humphreys"), never before another word: "The Japan Society and the
 * U.S. Embassy signed" (the Korea Society, the Korean War Veterans
 * Association: U.S. bodies), "the Japan-U.S. Joint Committee" (both). */
static const char *
named_body_country(const mr_ctx *x, const ncg_mention *m)
{
	const ncg_lex_wording *c;
	size_t len, n, lim;
	int town_base;

	if (m->kind != NCG_M_BODY || m->body.country[0] || m->t0 + 1 >= m->t1 ||
	    !(x->tok[m->t0].flags & NCG_TF_CAP))
		return NULL;
	/* review103 5: not a base's host town (an installation's word,
	 * lex:installationWord, one or two words after the place: "the Osan
	 * Air Base Fire Department"): a unit of the base's forces */
	lim = m->t0 + 3 < m->t1 ? m->t0 + 3 : m->t1;
	town_base = wl_find(x, m->t0 + 1, lim, NCG_WL_INSTALLATION_WORD) < lim;
	len = ncg_doc_tok_len(x->doc, m->t0);
	n = ncg_lexicon_wordings_at(x->lex, ncg_doc_tok_ptr(x->doc, m->t0), len, &c);
	for (size_t k = 0; k < n; k++) {
		const ncg_lex_entry *e = c[k].entry;

		if (c[k].len != len || c[k].what > NCG_LEXW_ADJECTIVE ||
		    strncmp(c[k].wording, x->s + x->tok[m->t0].b, len) != 0)
			continue;
		if (e->kind == NCG_LEX_COUNTRY && (wl_at(x, m->t0 + 1, m->t1, NCG_WL_SERVICE_NAME) ||
		                                   wl_at(x, m->t0 + 1, m->t1, NCG_WL_SHARED_BODY_HEAD)))
			return e->key;
		if (e->kind == NCG_LEX_PLACE && e->country.n == 1 && !town_base)
			return e->country.v[0];
	}
	return NULL;
}

/* fix117 (review105 7): is country mention m the first word of a name
 * no body or official took, a capitalised word right after it ("The
 * Japan Society and the U.S. Embassy signed": a U.S. society, no side of
 * Japan's)?  Never a weekday or a date, which wire copy puts right after
 * the subject ("The United States and Japan Tuesday signed ...",
 * "Japan March 28 signed"; review108 2). */
static int
country_opens_name(const mr_ctx *x, uint32_t s, const ncg_mention *m)
{
	return m->kind == NCG_M_COUNTRY && m->t1 < x->sent[s].t1 &&
	       x->tok[m->t1].kind == NCG_TOK_WORD && (x->tok[m->t1].flags & NCG_TF_CAP) &&
	       !(x->tok[m->t1].flags & NCG_TF_LINE) && !inside(x, s, m->t1, NCG_M_BODY) &&
	       !inside(x, s, m->t1, NCG_M_OFFICIAL) && !weekday_at(x, m->t1) &&
	       !inside(x, s, m->t1, NCG_M_DATE);
}

/* rules88: "U.S. Immigration and Customs Enforcement's (ICE) Homeland
 * Security Investigations (HSI) and the Korean National Police Agency
 * (KNPA) signed a memorandum of understanding (MOU) Monday" (ICE): a
 * signing verb (lex:signingVerb) at i, lower case, a document signed
 * (lex:agreementNoun) within SIGNED_REACH words after it, before the
 * verb in its clause two sides next to each other (a country, a body of
 * one country or an official), of two countries, joined by "and"
 * (lex:pairConjunction), and a day after the verb in a lead
 * (lead_day_after) or a recent time (lex:recentPeriod), no future or
 * call cue: the two sides met that day to sign it.  Returns the verb's
 * end, or 0. */
#define SIGNED_REACH 6
static size_t
signed_by_parties(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e = wl_at(x, i, c1, NCG_WL_SIGNING_VERB), n;
	size_t reach = e + SIGNED_REACH < c1 ? e + SIGNED_REACH : c1;
	const char *a = NULL, *b = NULL;
	const size_t *idx;
	size_t a1 = 0;

	if (!e || !(x->tok[i].flags & NCG_TF_LOWER) ||
	    wl_find(x, e, reach, NCG_WL_AGREEMENT_NOUN) >= reach || call_cue_in(x, c0, c1))
		return 0;
	n = ncg_mentions_in_sentence(x->ms, s, &idx);
	for (size_t k = 0; k < n && !b; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);
		const char *c = side_country(m) ? side_country(m) : named_body_country(x, m);

		if (m->t0 < c0 || m->t1 > i || !c || country_opens_name(x, s, m))
			continue;
		if (a && strcmp(a, c) != 0 && wl_find(x, a1, m->t0, NCG_WL_PAIR_CONJUNCTION) < m->t0)
			b = c;
		a = c;
		a1 = m->t1;
	}
	if (!b)
		return 0;
	/* "The heads of the Export-Import banks of the United States and
	 * South Korea this week signed a Memorandum of Understanding"
	 * (Ex-Im Bank): a recent time of no day, as a day (body_group_met_recently
	 * asks the same and also no time ahead or recalled, no other year) */
	if (wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) == c1 && lead_recent_period(x, s, c0, c1))
		return e;
	return lead_day_after(x, s, e, c0, c1) ? e : 0;
}

/* review94: where sentence s's words start after a dateline opening it
 * ("HONOLULU, May 3, 2024 -- On September 2, 2014, ..."): a place, a
 * comma, a date and dashes (dash_at, a lone hyphen); or its first token. */
static size_t
after_lead_dateline(const mr_ctx *x, uint32_t s)
{
	size_t p = x->sent[s].t0, q;
	const ncg_mention *m = inside(x, s, p, NCG_M_PLACE), *d;

	if (!m || m->t0 != p || m->t1 + 2 >= x->sent[s].t1 || !ncg_doc_tok_is(x->doc, m->t1, ",") ||
	    (d = inside(x, s, m->t1 + 1, NCG_M_DATE)) == NULL || d->t0 != m->t1 + 1)
		return p;
	for (q = d->t1; q < x->sent[s].t1 && (dash_at(x, q) || ncg_doc_tok_is(x->doc, q, "-")); q++)
		;
	return q > d->t1 ? q : p;
}

/* rules268: the day that opens sentence s: "On" (lex:dayPreposition) a
 * date of a day and a comma ("On September 2, 2014, X and Y signed ..."), after a dateline
 * too (after_lead_dateline); or NULL. */
static const ncg_mention *
fronted_day(const mr_ctx *x, uint32_t s)
{
	size_t p = after_lead_dateline(x, s);
	const ncg_mention *d = p + 1 < x->sent[s].t1 ? inside(x, s, p + 1, NCG_M_DATE) : NULL;

	if (!d || d->t0 != p + 1 || d->date.prec != NCG_PREC_DAY || !wl_is(x, p, NCG_WL_DAY_PREPOSITION) ||
	    d->t1 >= x->sent[s].t1 || !ncg_doc_tok_is(x->doc, d->t1, ","))
		return NULL;
	return d;
}

/* Does a token in [q, t) end at byte end? */
static int
wording_ends_token(const mr_ctx *x, size_t q, size_t t, size_t end)
{
	for (; q < t; q++)
		if (x->tok[q].e == end)
			return 1;
	return 0;
}

/* fix140 (review118): the country the capitalised words right before
 * an official's title, after lo, name: a country's word (country_word:
 * "U.S. Utah Governor Spencer James Cox") or a place of one country (lex
 * place entry: "Gyeonggi Province Governor Kim Dong-yeon"), the first;
 * or NULL. */
static const char *
name_run_country(const mr_ctx *x, size_t lo, size_t t)
{
	size_t q = t;

	while (q > lo && x->tok[q - 1].kind == NCG_TOK_WORD && (x->tok[q - 1].flags & NCG_TF_CAP))
		q--;
	for (; q < t; q++) {
		const ncg_lex_wording *c;
		size_t n = ncg_lexicon_wordings_at(x->lex, ncg_doc_tok_ptr(x->doc, q), ncg_doc_tok_len(x->doc, q), &c);
		const char *k = country_word(x, q);

		if (k)
			return k;
		for (size_t w = 0; w < n; w++)
			if (c[w].what <= NCG_LEXW_ADJECTIVE && c[w].entry->kind == NCG_LEX_PLACE &&
			    c[w].entry->country.n == 1 && x->tok[q].b + c[w].len <= x->tok[t - 1].e &&
			    strncmp(c[w].wording, x->s + x->tok[q].b, c[w].len) == 0 &&
			    wording_ends_token(x, q, t, x->tok[q].b + c[w].len))
				return c[w].entry->country.v[0];
	}
	return NULL;
}

/* review94: are officials a and b (a first, the clause opening at c0)
 * of two countries?  Both known and different; or one known and the
 * other's name after a body of another known country ("Asia-Pacific
 * Center for Security Studies Director Lt. Gen. (Ret.) X and Korea
 * National Defense University President Y": the lexicon gives each
 * institution its country).  review97: an unknown country is no
 * evidence of a second side: not "U.S. Defense Secretary Lloyd Austin
 * and Army Secretary Christine Wormuth", "Defense Secretary Lloyd Austin
 * and Secretary of State Antony Blinken" (one government's officials). */
static int
heads_of_two_countries(const mr_ctx *x, uint32_t s, size_t c0, const ncg_mention *a, const ncg_mention *b)
{
	const char *ca = official_country(x, a), *cb = official_country(x, b), *k;
	const ncg_mention *u, *body;
	size_t lo;

	if (!ca)
		ca = name_run_country(x, c0, official_start(a));
	if (!cb)
		cb = name_run_country(x, a->t1, official_start(b));
	k = ca ? ca : cb;
	u = ca ? b : a;
	lo = u == a ? c0 : a->t1;

	if (ca && cb)
		return strcmp(ca, cb) != 0;
	if (!k)
		return 0;
	for (body = kind_in(x, s, lo, u->t0, NCG_M_BODY); body; body = kind_in(x, s, body->t1, u->t0, NCG_M_BODY))
		if (side_country(body) && strcmp(side_country(body), k) != 0)
			return 1;
	return 0;
}

/* review94: does the sentence after s name a recent time (lex:
 * recentPeriod: "On September 2, 2014, X and Y signed a Memorandum ...
 * This week, faculty from both institutions gathered in Honolulu")?  The
 * text's now is then later: the fronted signing is its background. */
static int
recent_next_sentence(const mr_ctx *x, uint32_t s)
{
	return s + 1 < x->nsent && wl_find(x, x->sent[s + 1].t0, x->sent[s + 1].t1, NCG_WL_RECENT_PERIOD) < x->sent[s + 1].t1;
}

/* rules268, rules307 (review118): the signing pair both signings below
 * share: a lead sentence, a signing verb (lex:signingVerb) at i in lower
 * case, a document signed (lex:agreementNoun) within SIGNED_REACH words
 * after it, two different officials before the verb in the clause,
 * joined by "and" (lex:pairConjunction) and nothing but the second
 * official's words between it and the verb, of two countries
 * (heads_of_two_countries), no future or call cue, no signing apart
 * (lex:apartSigningCue) and no recent time next (recent_next_sentence).
 * Not "will sign", "the MOU signed in 2010" (no officials), "signed into
 * law" (no agreement noun), "signed ... in separate ceremonies", "... by
 * exchanging letters", one official's signing, one government's pair.
 * The verb's end, *jp where the agreement noun starts; or 0. */
static size_t
signing_pair(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1, size_t *jp)
{
	size_t e = wl_at(x, i, c1, NCG_WL_SIGNING_VERB), j;
	size_t reach = e + SIGNED_REACH < c1 ? e + SIGNED_REACH : c1;
	const ncg_mention *a, *b = NULL;

	if (!e || !(x->tok[i].flags & NCG_TF_LOWER) || (s != x->lead[0] && s != x->lead[1]) ||
	    (*jp = wl_find(x, e, reach, NCG_WL_AGREEMENT_NOUN)) >= reach ||
	    call_cue_in(x, c0, c1) || wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1 ||
	    (a = official_in(x, s, c0, i)) == NULL)
		return 0;
	for (const ncg_mention *m = a; m && m->t1 <= i; m = official_in(x, s, m->t1, i))
		b = m;
	if (b == a || b->t1 != i || wl_find(x, a->t1, official_start(b), NCG_WL_PAIR_CONJUNCTION) >= official_start(b) ||
	    strcmp(a->key, b->key) == 0 || !heads_of_two_countries(x, s, c0, a, b) ||
	    wl_find(x, c0, c1, NCG_WL_APART_SIGNING_CUE) < c1 || recent_next_sentence(x, s))
		return 0;
	for (j = a->t1; j < official_start(b) && !wl_is(x, j, NCG_WL_PAIR_CONJUNCTION); j++)
		;
	return official_in(x, s, a->t1, j) ? 0 : e;
}

/* rules268: "On September 2, 2014, Asia-Pacific Center for Security
 * Studies Director Lt. Gen. (Ret.) Daniel Leaf and Korea National
 * Defense University President Park Sam Deuk signed a Memorandum of
 * Understanding ..." (DKI APCSS): the signing pair (signing_pair) in a
 * sentence opened by a day (fronted_day): the two heads met that day to
 * sign it.  The verb's end, or 0. */
static size_t
signed_by_heads(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t j, e = signing_pair(x, s, i, c0, c1, &j);

	return e && fronted_day(x, s) ? e : 0;
}

/* review118: does a verb come at token k: a lower-case past in -ed
 * (past_verb_at), a relative clause's pronoun (lex:relativePronoun,
 * lex:subjectRelative: "the accord that expands trade in Georgia"), or an
 * infinitive's "to" (lex:infinitiveMarker) before a lower-case word
 * that is no article or possessive ("an agreement to build a battery
 * plant in Georgia")? */
static int
clause_verb_at(const mr_ctx *x, size_t k)
{
	if (!(x->tok[k].flags & NCG_TF_LOWER))
		return 0;
	if (past_verb_at(x, k, k + 1) == k || wl_is(x, k, NCG_WL_RELATIVE_PRONOUN) ||
	    wl_is(x, k, NCG_WL_SUBJECT_RELATIVE))
		return 1;
	return wl_is(x, k, NCG_WL_INFINITIVE_MARKER) && k + 1 < x->ntok &&
	       (x->tok[k + 1].flags & NCG_TF_LOWER) && !wl_is(x, k + 1, NCG_WL_DEFINITE_ARTICLE) &&
	       !wl_is(x, k + 1, NCG_WL_INDEFINITE_ARTICLE) && !wl_is(x, k + 1, NCG_WL_POSSESSIVE);
}

/* review118: does the clause [c0, c1) of sentence s date a past act: a
 * date of a year alone or of a year before the issue's, a whole year
 * ("signed the accord in Seoul in 2019") or a period of a year before
 * the issue's or counted back from it ("last year")? */
static int
background_year_in(const mr_ctx *x, uint32_t s, size_t c0, size_t c1)
{
	int iy = x->d->issued[0];

	for (size_t k = c0; k < c1; k++) {
		const ncg_mention *d = inside(x, s, k, NCG_M_DATE), *p = inside(x, s, k, NCG_M_PERIOD);

		if (d && (d->date.prec == NCG_PREC_YEAR || (d->date.y && iy && d->date.y < iy)))
			return 1;
		if (p && (p->period.kind == NCG_PER_YEAR || p->period.year.rel < 0 ||
		          (p->period.year.year && iy && p->period.year.year < iy)))
			return 1;
	}
	return 0;
}

/* rules307: the first place after the document signed in sentence s's
 * clause [j, c1), j where the agreement noun starts: a place mention
 * right after a place preposition (lex:placePreposition: "signed an
 * Action Plan at Hwaseong Haenggung ... in Suwon"), no day, official or
 * verb (clause_verb_at: the place of the document's object, "an
 * agreement to build a battery plant in Georgia") between j and it, and
 * (review118) no year alone or earlier year in the clause [c0, c1) ("signed
 * the accord in Seoul in 2019": a background signing); or NULL. */
static const ncg_mention *
signing_place_after(const mr_ctx *x, uint32_t s, size_t j, uint32_t c0, uint32_t c1)
{
	const ncg_mention *p = kind_in(x, s, j, c1, NCG_M_PLACE);

	if (!p || p->t0 == 0 || !wl_is(x, p->t0 - 1, NCG_WL_PLACE_PREPOSITION) ||
	    kind_in(x, s, j, p->t0, NCG_M_DATE) || official_in(x, s, j, p->t0))
		return NULL;
	for (size_t k = j; k < p->t0; k++)
		if (clause_verb_at(x, k))
			return NULL;
	return background_year_in(x, s, c0, c1) ? NULL : p;
}

/* rules307: "Gyeonggi Province Governor Kim Dong-yeon and U.S. Utah
 * Governor Spencer James Cox signed an Action Plan at Hwaseong Haenggung
 * Yoo Yeo-taek in Suwon" (YTN), "ICE Director John Morton and South
 * Korea Prosecutor General Joon Gyu Kim signed the accord during a formal
 * signing ceremony in Seoul" (ICE), "Commissioner of KIPO Dr. Jung-Sik
 * Koh and the Under Secretary ... Jon Dudas signed the MOU during a
 * bilateral meeting in Geneva" (USPTO): the signing pair (signing_pair)
 * and after the document the place it was signed at
 * (signing_place_after): the two met there to sign it.  Not "X and Y
 * will sign ... in Seoul", "X signed the MOU in Seoul" (one official).
 * The verb's end, or 0. */
static size_t
signed_at_place(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t j, e = signing_pair(x, s, i, c0, c1, &j);

	return e && signing_place_after(x, s, j, c0, c1) ? e : 0;
}

/* review97: the heads' signing (signed_by_heads) met on its sentence's
 * fronted day, after a dateline too ("HONOLULU, May 3, 2024 -- On
 * September 2, 2014, X and Y signed ..."); a day of a year before the
 * issue's met not at the dateline's place (own_venue: none). */
static void
signed_on_fronted_day(mr_ctx *x, ncg_meeting_cand *c, uint32_t s)
{
	const ncg_mention *d = fronted_day(x, s);

	if (!d)
		return;
	set_day(x, c, &d->date, "fronted-day");
	if (d->date.y && x->d->issued[0] && d->date.y < x->d->issued[0])
		c->own_venue = 1;
}

/* rules168: "Today, in the time available during the Tokyo Conference
 * on Afghanistan, I was able to exchange views thoroughly with Secretary
 * Clinton" (remarks), "Earlier today, I had an opportunity to meet with
 * our allies from the Republic of Korea and Japan" (a press conference):
 * a speaker (lex:speakerPronoun) just before a past chance taken
 * (lex:pastChance) at i, the base of a verb of talks
 * (lex:chanceTalkVerb), within CHANCE_WITH_REACH words "with" and an
 * official or a noun of parties (lex:partyNoun) just after it or its
 * article or possessive, "today" (lex:sameDay) before the verb in the
 * clause and no future cue before the chance or from the verb to the
 * other side, and (review49) no time of the clause's own
 * (other_time_in: "Today I want to recall that in 2014 I was able to
 * ..."): the speaker met that side that day.  Returns the verb's end, or 0. */
#define CHANCE_WITH_REACH 3
static size_t
chance_to_meet(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t p = wl_at(x, i, c1, NCG_WL_PAST_CHANCE), e, w, o;

	if (!p || i <= c0 || !wl_is(x, i - 1, NCG_WL_SPEAKER_PRONOUN) ||
	    (e = wl_at(x, p, c1, NCG_WL_CHANCE_TALK_VERB)) == 0 ||
	    wl_find(x, c0, i, NCG_WL_SAME_DAY) >= i || other_time_in(x, s, c0, c1))
		return 0;
	for (w = e > p + 1 && tok_ieq(x, e - 1, "with") ? e - 1 : e;
	     w < c1 && w < e + CHANCE_WITH_REACH && !tok_ieq(x, w, "with"); w++)
		;
	if (w + 1 >= c1 || !tok_ieq(x, w, "with"))
		return 0;
	o = w + 1 + (wl_is(x, w + 1, NCG_WL_POSSESSIVE) || wl_is(x, w + 1, NCG_WL_DEFINITE_ARTICLE));
	/* the chance's own "to meet" is no future cue */
	if (o >= c1 || wl_find(x, c0, i, NCG_WL_FUTURE_CUE) < i ||
	    wl_find(x, e, o + 1, NCG_WL_FUTURE_CUE) <= o ||
	    !(wl_is(x, o, NCG_WL_PARTY_NOUN) ||
	      (official_in(x, s, w + 1, o + 1) != NULL && inside(x, s, o, NCG_M_OFFICIAL))))
		return 0;
	return e;
}

/* rules237: "It was my honour today to meet with Secretary of Defense,
 * Pete Hegseth" (the Australian Defence Minister's doorstop, 2025), "It
 * was a pleasure to meet with Foreign Minister X today": a speaker's
 * past courtesy (lex:pastCourtesy) at i, at most a day of the news
 * (lex:sameDay), the infinitive of a meeting (lex:courtesyMeet), an
 * official's words (its title first) right after it, "today" in the
 * clause, no future cue before the courtesy or in the official's words
 * (the infinitive's own "to meet" is none; "..., and to be the first
 * ... to meet with him" after them is the same meeting) and no time of
 * the clause's own (other_time_in:
 * "... last year", "in 2019"), as chance_to_meet's: the speaker met the
 * official that day.  Not "It would be an honour", "It was an honour to
 * meet you" (no official).  Returns the infinitive's end, or 0. */
static size_t
courtesy_to_meet(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t p = wl_at(x, i, c1, NCG_WL_PAST_COURTESY), d, e;
	const ncg_mention *m;

	if (!p)
		return 0;
	if ((d = wl_at(x, p, c1, NCG_WL_SAME_DAY)) != 0)
		p = d;
	e = wl_at(x, p, c1, NCG_WL_COURTESY_MEET);
	if (!e || !(m = official_in(x, s, e, c1)) || official_start(m) != e ||
	    !(d || (m->t1 < c1 && wl_is(x, m->t1, NCG_WL_SAME_DAY))) ||
	    wl_find(x, c0, i, NCG_WL_FUTURE_CUE) < i ||
	    wl_find(x, e, m->t1, NCG_WL_FUTURE_CUE) < m->t1 || other_time_in(x, s, c0, c1) ||
	    !courtesy_opens(x, s, i) || possessor_at(x, m->t1, c1) || courtesy_sentence_vetoed(x, s))
		return 0;
	return e;
}

/* fix79 (review76): does a possessive's mark ("'s", "' s") open at
 * token t, before c1: the mention ending at t only a possessor
 * ("Secretary Austin's deputy")? */
static int
possessor_at(const mr_ctx *x, size_t t, uint32_t c1)
{
	return (t < c1 && possessive_mark(x, t + 1, t, 0) == t) ||
	       (t + 1 < c1 && possessive_mark(x, t + 2, t, 0) == t);
}

/* fix79 (review76): does the courtesy at i open its sentence s, a
 * speaker's label (":") or a quotation?  Not "I hope it was a pleasure
 * ...". */
static int
courtesy_opens(const mr_ctx *x, uint32_t s, size_t i)
{
	return i == x->sent[s].t0 || ncg_doc_tok_is(x->doc, i - 1, ":") || quote_mark(x, i - 1);
}

/* fix79 (review76): does sentence s name an earlier time (lex:relativeLast
 * "last week", lex:agoWord, another year or day: other_time_in) or a
 * meeting called off (lex:exampleVetoCue: "cancelled", "postponed")?
 * "It was a privilege to meet with X last week, and today we announced
 * ..." recalls an earlier meeting. */
static int
courtesy_sentence_vetoed(const mr_ctx *x, uint32_t s)
{
	uint32_t t0 = x->sent[s].t0, t1 = x->sent[s].t1;

	return wl_find(x, t0, t1, NCG_WL_RELATIVE_LAST) < t1 || wl_find(x, t0, t1, NCG_WL_AGO_WORD) < t1 ||
	       wl_find(x, t0, t1, NCG_WL_EXAMPLE_VETO_CUE) < t1 || other_time_in(x, s, t0, t1);
}

/* rules214: does sentence s name officials of two known, different
 * countries (official_country)?  party_participle's antecedent. */
static int
two_countries_named(const mr_ctx *x, uint32_t s)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);
	const char *first = NULL;

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);
		const char *ck = m->kind == NCG_M_OFFICIAL ? official_country(x, m) : NULL;

		if (!ck)
			continue;
		if (first && strcmp(first, ck) != 0)
			return 1;
		first = first ? first : ck;
	}
	return 0;
}

/* fix64: sentence s, party_participle's antecedent, reports a past act
 * of the two: a past verb, no future cue or modal before it, no call (a call was
 * the news, the meeting only recalled). */
static int
antecedent_act_past(const mr_ctx *x, uint32_t s)
{
	size_t a = x->sent[s].t0, b = x->sent[s].t1, v = past_verb_at(x, a, b);

	return v < b && wl_find(x, a, v, NCG_WL_FUTURE_CUE) == v &&
	       wl_find(x, a, v, NCG_WL_MODAL) == v && !call_cue_in(x, a, b);
}

/* rules214: "Japanese Foreign Minister Taro Kono and his US counterpart,
 * Mike Pompeo, agreed on Monday .... The ministers, meeting in Amman,
 * confirmed that ..." (Jiji Press): the participle of meeting after a
 * comma, where or when just after it, its subject the parties' plural
 * noun (lex:partyNoun) after "the" and one lower-case word at most at
 * the clause's start, a past verb later in the clause, no future cue
 * before it, and officials of two countries named in the sentence
 * before: the two met there, as participle_meeting's "X and Y, meeting
 * in ...". */
static int
party_participle(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t p = c0 + 1, k;
	const ncg_mention *m;

	if (s == 0 || i < c0 + 3 || i + 3 >= c1 || !wl_is(x, i, NCG_WL_MEETING_PARTICIPLE) ||
	    !(x->tok[i].flags & NCG_TF_LOWER) || !ncg_doc_tok_is(x->doc, i - 1, ",") ||
	    !wl_is(x, i + 1, NCG_WL_PLACE_PREPOSITION) || !wl_is(x, c0, NCG_WL_DEFINITE_ARTICLE))
		return 0;
	/* fix64: only a place between the participle and its closing comma
	 * ("meeting in Jakarta last year," "in November," is a recalled
	 * meeting), and the clause's main verb, just after that comma, past
	 * ("meeting in Jakarta, are expected to confirm what was agreed":
	 * no) */
	if ((m = inside(x, s, i + 2, NCG_M_PLACE)) == NULL || m->t0 != i + 2 ||
	    (k = m->t1) + 1 >= c1 || !ncg_doc_tok_is(x->doc, k, ",") || past_verb_at(x, k + 1, k + 2) != k + 1)
		return 0;
	if (p + 1 < i - 1 && (x->tok[p].flags & NCG_TF_LOWER) && !wl_is(x, p, NCG_WL_PARTY_NOUN))
		p++;
	if (wl_at(x, p, i - 1, NCG_WL_PARTY_NOUN) != i - 1 || !(x->tok[p].flags & NCG_TF_LOWER))
		return 0;
	return antecedent_act_past(x, s - 1) && two_countries_named(x, s - 1);
}

/* "Admiral William J. Houston visited Commander in Chief of the Self
 * Defense Fleet, Vice Admiral SAITO Akira in Maritime Operation Center"
 * (JMSDF): a visit verb (lex:visitPrincipalVerb) at token i whose object
 * is an office in capitals (a title head, lex:titleHead, then capitalised
 * words and lower-case lex:titleConnector, at most TITLED_VISIT_REACH
 * tokens), a comma, and the official who holds it; an official subject,
 * not of the object's country; no future or call cue in the clause.
 * "visited the base", "visited Camp Humphreys, home of ..." name no
 * official after the comma.  Returns the verb's end, or 0. */
#define TITLED_VISIT_REACH 12

/* review102 2: the country of the one body in apposition to official m
 * of sentence s, just before his words (a comma between at most: "the
 * Director of Naval Reactors, U.S. Navy, Admiral X") or after his comma
 * ("Gen. X, U.S. Army Pacific commander,"); NULL if none or of no one
 * country. */
static const char *
apposed_body_country(const mr_ctx *x, uint32_t s, const ncg_mention *m)
{
	size_t o0 = official_start(m);
	const ncg_mention *b = NULL;

	if (o0 > x->sent[s].t0)
		b = inside(x, s, o0 - 1, NCG_M_BODY);
	if (!b && o0 > x->sent[s].t0 + 1 && ncg_doc_tok_is(x->doc, o0 - 1, ","))
		b = inside(x, s, o0 - 2, NCG_M_BODY);
	if (!b && m->t1 + 1 < x->sent[s].t1 && ncg_doc_tok_is(x->doc, m->t1, ",") &&
	    (b = inside(x, s, m->t1 + 1, NCG_M_BODY)) != NULL && b->t0 != m->t1 + 1)
		b = NULL;
	return b ? side_country(b) : NULL;
}

/* review102 2: the visitor's side, from the officials named in [c0, i)
 * before the visit verb: each one's country (official_country) or his
 * apposed body's; NULL if none is known or two differ ("Adm. X visited"
 * names no side). */
static const char *
visitor_country(const mr_ctx *x, uint32_t s, size_t c0, size_t i)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);
	const char *wc = NULL;

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);
		const char *c;

		if (m->kind != NCG_M_OFFICIAL || m->t0 < c0 || m->t1 > i)
			continue;
		if ((c = official_country(x, m)) == NULL && (c = apposed_body_country(x, s, m)) == NULL)
			continue;
		if (wc && strcmp(wc, c) != 0)
			return NULL;
		wc = c;
	}
	return wc;
}

/* Is the office in tokens [e, p) held by obj of another side than the
 * visitor (officials before token i, visitor_country)?  Both sides'
 * countries known and different: the official's own, or a body of a
 * known country named in the office ("Commander in Chief of the Self
 * Defense Fleet, Vice Admiral X").  review102 2: an unknown country is
 * no other side ("Gen. X, U.S. Army Pacific commander, visited Director
 * of the Missile Defense Agency, Lt. Gen. Y": a stateless U.S. body;
 * "Adm. X visited Commander of the Japan Self Defense Fleet": the
 * visitor's side unknown). */
static int
other_side_office(const mr_ctx *x, uint32_t s, size_t e, size_t p, size_t i,
		  uint32_t c0, const ncg_mention *obj)
{
	const char *wc = visitor_country(x, s, c0, i), *oc = obj->official.country;

	if (!wc)
		return 0;
	if (oc)
		return strcmp(wc, oc) != 0;
	for (size_t q = e; q < p; q++) {
		const ncg_mention *b = inside(x, s, q, NCG_M_BODY);
		const char *bc = b ? side_country(b) : NULL;

		if (bc && strcmp(wc, bc) != 0)
			return 1;
	}
	return 0;
}

static size_t
visit_titled_official(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e, p;
	const ncg_mention *who, *obj;

	if (!(x->tok[i].flags & NCG_TF_LOWER) || (e = wl_at(x, i, c1, NCG_WL_VISIT_PRINCIPAL_VERB)) == 0 ||
	    e + 2 >= c1 || !wl_at(x, e, e + 1, NCG_WL_TITLE_HEAD) || !(x->tok[e].flags & NCG_TF_CAP))
		return 0;
	for (p = e + 1; p < c1 && p < e + TITLED_VISIT_REACH && !ncg_doc_tok_is(x->doc, p, ","); p++)
		if (!(x->tok[p].flags & NCG_TF_CAP) && !wl_is(x, p, NCG_WL_TITLE_CONNECTOR))
			return 0;
	if (p + 1 >= c1 || !ncg_doc_tok_is(x->doc, p, ",") || (obj = official_starting(x, s, p + 1)) == NULL)
		return 0;
	if ((who = official_in(x, s, c0, i)) == NULL || who->t1 > i)
		return 0;
	if (wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1 || call_cue_in(x, c0, c1))
		return 0;
	return other_side_office(x, s, e, p, i, c0, obj) ? e : 0;
}

/* A partner named at token p of sentence s: an official's mention, or
 * a name of capitalised words that is no body's, place's, country's or
 * date's, with a title in apposition after its comma ("Kim Dong-Keun,
 * the mayor of Uijeongbu": lex:titleHead).  "Gold Star families",
 * "Korea University professors" have no title after them. */
static int
named_partner_at(const mr_ctx *x, uint32_t s, size_t p)
{
	size_t q;

	if (official_starting(x, s, p))
		return 1;
	if (p + 1 >= x->sent[s].t1 || !(x->tok[p].flags & NCG_TF_CAP) || !(x->tok[p + 1].flags & NCG_TF_CAP))
		return 0;
	for (q = p; q < x->sent[s].t1 && q < p + 4 && (x->tok[q].flags & NCG_TF_CAP); q++)
		if (inside(x, s, q, NCG_M_BODY) || inside(x, s, q, NCG_M_PLACE) ||
		    inside(x, s, q, NCG_M_COUNTRY) || inside(x, s, q, NCG_M_DATE))
			return 0;
	if (q + 2 >= x->sent[s].t1 || !ncg_doc_tok_is(x->doc, q, ","))
		return 0;
	q += 1 + (wl_is(x, q + 1, NCG_WL_DEFINITE_ARTICLE) ? 1 : 0);
	return wl_is(x, q, NCG_WL_TITLE_HEAD);
}

/* "Col. Edward Cho, the U.S. Army Garrison Yongsan-Casey commander took a
 * strong initiative to discuss future collaborative partnerships and
 * exchange ideas with Kim Dong-Keun, the mayor of Uijeongbu, ... on July
 * 16" (Stars and Stripes; its caption's "takes"): an official, a light
 * verb (lex:initiativeVerb) with its object (lex:initiativeNoun) at most
 * INITIATIVE_GAP tokens before "to" and
 * a verb of talks at token i (purpose_talk_verb), then within
 * INITIATIVE_REACH tokens, no comma, "with" and a partner named
 * (named_partner_at), a day after it and no future cue (day_after), no
 * call cue: the two met that day.  "plans to discuss ... with" has no
 * light verb; "took part in a panel / the stage / the opportunity to
 * discuss" no initiative.  Returns the talk verb's end, or
 * 0. */
#define INITIATIVE_GAP 5
#define INITIATIVE_REACH 16
static size_t
initiative_talks(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e, w, v;

	if (i < c0 + 4 || !(x->tok[i].flags & NCG_TF_LOWER) || !tok_ieq(x, i - 1, "to") ||
	    (e = purpose_talk_verb(x, i, c1)) == 0 || call_cue_in(x, c0, c1) ||
	    wl_find(x, e, c1, NCG_WL_OWN_SIDE_TALK) < c1 || meeting_named_in(x, s, c0, c1))
		return 0;
	v = wl_find(x, i - 1 > c0 + INITIATIVE_GAP ? i - 1 - INITIATIVE_GAP : c0, i - 1, NCG_WL_INITIATIVE_VERB);
	if (v >= i - 1 || !(x->tok[v].flags & NCG_TF_LOWER) || !official_in(x, s, c0, v) ||
	    wl_find(x, v + 1, i - 1, NCG_WL_INITIATIVE_NOUN) >= i - 1)
		return 0;
	for (size_t q = v + 1; q < i - 1; q++)
		if (ncg_doc_tok_is(x->doc, q, ","))
			return 0;
	for (w = e; w < c1 && w < e + INITIATIVE_REACH && !tok_ieq(x, w, "with"); w++)
		if (ncg_doc_tok_is(x->doc, w, ","))
			return 0;
	if (w + 2 >= c1 || !tok_ieq(x, w, "with") || !named_partner_at(x, s, w + 1))
		return 0;
	return day_after(x, s, w + 1, c0, c1) ? e : 0;
}

static int year_said_elsewhere(const mr_ctx *x, const ncg_date *dt);

/* review102 6: is token j inside a sideline cue (lex:sidelineCue: "at
 * the sidelines of" holds lex:referenceCue's "sidelines of")?
 * review103 2: the list holds the same-day settings "in the margins
 * of", "at the margins of" too, never a cue of an event before or after.
 * review105 1: or inside lex:occasionCue ("on the occasion of the ...
 * Meeting"), a same-day setting but no gathering met at. */
static int
in_sideline_cue(const mr_ctx *x, size_t j, uint32_t c1)
{
	for (size_t k = j > 3 ? j - 3 : 0; k <= j; k++)
		if (wl_at(x, k, c1, NCG_WL_SIDELINE_CUE) > j || wl_at(x, k, c1, NCG_WL_OCCASION_CUE) > j)
			return 1;
	return 0;
}

/* review99: does token j open another clause or event than the
 * caption's own meeting: a comma, a relative pronoun ("..., who arrived
 * on November 22"), a clause opener ("after their foreign ministers held
 * talks on November 16") or a background cue ("following the launch on
 * November 21")?  review102 6: or a cue of an event before or after the
 * caption's (lex:referenceCue: "meets X ahead of the ministerial
 * meeting on July 29"), not a sideline cue's words ("at the sidelines
 * of the ... Retreat on November 22": met that day).  review129 1: or a
 * lower-case participle of another event (lex:captionBackgroundParticiple:
 * "at a ceremony marking the anniversary of the armistice signed on July
 * 27, 1953").  A date after it is not the caption's. */
static int
caption_clause_break(const mr_ctx *x, size_t j, uint32_t c1)
{
	return ncg_doc_tok_is(x->doc, j, ",") || ncg_doc_tok_is(x->doc, j, ";") ||
	       ((x->tok[j].flags & NCG_TF_LOWER) && wl_is(x, j, NCG_WL_CAPTION_BACKGROUND)) ||
	       wl_is(x, j, NCG_WL_SUBJECT_RELATIVE) || wl_is(x, j, NCG_WL_RELATIVE_PRONOUN) ||
	       wl_is(x, j, NCG_WL_ITEM_CLAUSE_OPENER) || wl_at(x, j, j + 1, NCG_WL_BACKGROUND_CUE) ||
	       (wl_at(x, j, c1, NCG_WL_REFERENCE_CUE) && !in_sideline_cue(x, j, c1));
}

static int caption_sentence(const mr_ctx *x, uint32_t s);
static int caption_or_lead(const mr_ctx *x, uint32_t s);

/* rules76's closing date of a photo caption: a full date with its year
 * after a comma, the sentence's end ("..., who also serves as defense
 * minister, in Jeddah, Saudi Arabia, May 13, 2014.", DoD): the date the
 * photo was taken, whatever clause comes before it.  rules333: with
 * credited_on_ok, in a credited caption (caption_sentence) after "on" too ("... in
 * Seoul on March 8, 2018. (Yonhap)"): the caption's own clause's date,
 * not one after a break ("..., who arrived on March 7, 2018."). */
static int
caption_closing_date(const mr_ctx *x, uint32_t s, const ncg_mention *m, int credited_on_ok)
{
	size_t t1 = x->sent[s].t1;

	return m->date.y && m->t0 > x->sent[s].t0 &&
	       (ncg_doc_tok_is(x->doc, m->t0 - 1, ",") ||
	        (credited_on_ok && tok_ieq(x, m->t0 - 1, "on") && caption_sentence(x, s))) &&
	       (m->t1 == t1 || (m->t1 + 1 == t1 && ncg_doc_tok_is(x->doc, m->t1, ".")));
}

/* rules326, rules333: the start of a person's place in a photo in
 * brackets (lex:captionPositionWord) that ends just before token i
 * ("Song Young-moo (R) talks with"), or i if none.  review129 9: a
 * wire's initial ("R", "L") a capital; with initials_ok only (a party's
 * letter, "Rep. Young Kim (R) met with", is one too). */
static size_t
position_bracket_start(const mr_ctx *x, size_t i, int initials_ok)
{
	return i >= 3 && ncg_doc_tok_is(x->doc, i - 3, "(") && wl_is(x, i - 2, NCG_WL_CAPTION_POSITION) &&
	               ncg_doc_tok_is(x->doc, i - 1, ")") &&
	               (ncg_doc_tok_len(x->doc, i - 2) > 1 ||
	                (initials_ok && (x->tok[i - 2].flags & (NCG_TF_CAP | NCG_TF_UPPER))))
	           ? i - 3
	           : i;
}

/* review129 8: is the credited caption s above the lead the story's
 * news: not an old photo (lex:archivePhotoWord in its credit: "(Yonhap
 * file photo)"), nor above a lead that announces a meeting to come (a
 * future cue and a present of lex:meetingLemma: "will hold defense talks
 * in Washington next week")? */
static int
caption_of_the_news(const mr_ctx *x, uint32_t s)
{
	uint32_t l = x->lead[0];

	if (s + 1 < x->nsent && wl_find(x, x->sent[s + 1].t0, x->sent[s + 1].t1, NCG_WL_ARCHIVE_PHOTO) < x->sent[s + 1].t1)
		return 0;
	return l >= x->nsent || wl_find(x, x->sent[l].t0, x->sent[l].t1, NCG_WL_FUTURE_CUE) == x->sent[l].t1 ||
	       wl_find(x, x->sent[l].t0, x->sent[l].t1, NCG_WL_MEETING_VERB_PRESENT) == x->sent[l].t1;
}

/* rules355: "Defense Secretary Ash Carter meets with Japanese Prime
 * Minister Shinzo Abe in Tokyo, Dec. 6, 2016." (a DoD photo's caption
 * under the lead, its credit after it): a sentence after the lead that
 * opens a line and that a full date closes (closing_full_date), no
 * archive photo's cue after it (caption_of_the_news), no call cue in
 * the lead (fix175: a call's story shows an older photo); dated the
 * issue day or the day before when the statement is dated (a file photo
 * is older). */
static int
later_caption(const mr_ctx *x, uint32_t s)
{
	const ncg_mention *m = closing_full_date(x, s);
	const int *is = x->d->issued;
	int day[3];
	long diff;

	if (x->lead[0] == UINT32_MAX || s <= x->lead[0] || !m ||
	    !(x->tok[x->sent[s].t0].flags & NCG_TF_LINE) || !caption_of_the_news(x, s) ||
	    call_cue_in(x, x->sent[x->lead[0]].t0, x->sent[x->lead[0]].t1))
		return 0;
	if (!is[2])
		return 1;
	day[0] = m->date.y, day[1] = m->date.m, day[2] = m->date.d;
	diff = ncg_day_number(is) - ncg_day_number(day);
	return diff == 0 || diff == 1;
}

/* A photo caption's present meeting at the head of a story ("Senior
 * Undersecretary Jose Faustino Jr. meets US Secretary of Defense Lloyd
 * Austin III for the second time at the sidelines of the ... Retreat on
 * November 22."): a lower-case caption verb (lex:captionMeetingVerb) at
 * i just after an official (not the participle "meeting": rules76 reads
 * it), an official at once after the verb, a date of a day after it in
 * the caption's own clause (caption_clause_break: not a date of an
 * "after", "following" or "who" part, but the caption's closing full
 * date, caption_closing_date), its day (year-less days resolved as
 * everywhere) no later than the issue date; with no issue date, only a
 * closing full date (a caption, not a schedule's line); no future or
 * call cue, the two not of one known country: the caption
 * shows the two meeting that day.  Not "X meets Y" with no date, nor a
 * preview's "X meets Y on June 3" under June 1, nor "X will meet Y on
 * November 22".  Returns the verb's end, or 0. */
static size_t
caption_meets(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e = wl_at(x, i, c1, NCG_WL_CAPTION_MEETING_VERB);
	const ncg_mention *a, *b;
	const int *is = x->d->issued;
	int broken = 0;

	if (!e || i == c0 || !(x->tok[i].flags & NCG_TF_LOWER) ||
	    wl_is(x, i, NCG_WL_MEETING_PARTICIPLE) || in_title(x, s) ||
	    (a = official_ending(x, s, position_bracket_start(x, i, 1))) == NULL ||
	    (b = official_starting(x, s, e)) == NULL || call_cue_in(x, c0, c1) ||
	    (a->official.country && b->official.country && !strcmp(a->official.country, b->official.country)) ||
	    !(s == x->lead[0] || s == x->lead[1] || (caption_or_lead(x, s) && caption_of_the_news(x, s)) ||
	      later_caption(x, s)) ||
	    wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1)
		return 0;
	for (size_t j = b->t1; j < c1; j++) {
		const ncg_mention *m = inside(x, s, j, NCG_M_DATE);
		int day[3];

		broken |= caption_clause_break(x, j, c1);
		if (!m || m->t0 != j || m->date.prec != NCG_PREC_DAY)
			continue;
		/* after a break, only the caption's closing full date */
		if ((broken || !is[2]) && !caption_closing_date(x, s, m, !broken))
			return 0;
		if (!is[2])
			return e;
		day[0] = m->date.y ? m->date.y : year_said_elsewhere(x, &m->date);
		if (!day[0])
			day[0] = ncg_resolve_month_year(m->date.m, is[0], is[1], 0);
		day[1] = m->date.m;
		day[2] = m->date.d;
		/* a day after the issue date is a preview's ("meets X on
		 * June 3" under June 1): none */
		return ncg_day_number(day) > ncg_day_number(is) ? 0 : e;
	}
	return 0;
}

/* The constructions that report the principals' meeting without a
 * principal verb at token i: "colocated" principals, a participle ("the
 * ministers, meeting in Seoul"), "on the sidelines of", an adverbial,
 * "X and Y discussed" on a day (rules33).  Moves *ip past the words of a candidate it names. */
static ncg_status
verbless_principals(mr_ctx *x, uint32_t s, size_t *ip, uint32_t c0, uint32_t c1)
{
	size_t i = *ip, e, lim;
	ncg_meeting_cand *c;
	const char *series = NULL;

	if ((lim = colocated_principals(x, s, i, c0, c1)) != 0) {
		NCG_TRY(new_cand(x, NCG_MC_PRINCIPALS, s, i, i + 1, &c));
		c->c1 = (uint32_t)lim;
		add_ev(c, EV_PAST_VERB);
		return NCG_OK;
	}
	if ((e = fronted_participle(x, s, i, c0, c1)) != 0 ||
	    (e = dated_fronted_meeting(x, s, i, c0, c1)) != 0) {
		NCG_TRY(new_cand(x, NCG_MC_PRINCIPALS, s, i, i + 1, &c));
		add_ev(c, EV_PAST_VERB);
		*ip = e - 1;
		return NCG_OK;
	}
	if (participle_meeting(x, s, i, c0, c1) || party_participle(x, s, i, c0, c1)) {
		NCG_TRY(new_cand(x, NCG_MC_PRINCIPALS, s, i, i + 1, &c));
		add_ev(c, EV_PAST_VERB);
		return NCG_OK;
	}
	if ((e = body_session_decision(x, s, i, c0, c1, &series)) != 0) {
		NCG_TRY(new_cand(x, NCG_MC_PRINCIPALS, s, i, i + 1, &c));
		c->c1 = (uint32_t)e;
		c->series = series;
		add_ev(c, EV_BODY_DECISION);
		return NCG_OK;
	}
	if ((e = sideline_meeting(x, s, i, c0, c1)) != 0 ||
	    (e = caption_meets(x, s, i, c0, c1)) != 0 ||
	    (e = adverbial_meeting(x, s, i, c0, c1)) != 0 ||
	    (e = joint_talk(x, s, i, c0, c1)) != 0 ||
	    (e = dated_talk_with(x, s, i, c0, c1)) != 0 ||
	    (e = visit_to_meet(x, s, i, c0, c1)) != 0 ||
	    (e = chance_to_meet(x, s, i, c0, c1)) != 0 ||
	    (e = courtesy_to_meet(x, s, i, c0, c1)) != 0 ||
	    (e = signed_by_parties(x, s, i, c0, c1)) != 0 ||
	    (e = visit_principals(x, s, i, c0, c1)) != 0 ||
	    (e = visit_titled_official(x, s, i, c0, c1)) != 0 ||
	    (e = initiative_talks(x, s, i, c0, c1)) != 0) {
		NCG_TRY(new_cand(x, NCG_MC_PRINCIPALS, s, i, e, &c));
		add_ev(c, EV_PAST_VERB);
		*ip = e - 1;
	} else if ((e = signed_by_heads(x, s, i, c0, c1)) != 0) {
		NCG_TRY(new_cand(x, NCG_MC_PRINCIPALS, s, i, e, &c));
		add_ev(c, EV_PAST_VERB);
		signed_on_fronted_day(x, c, s);
		*ip = e - 1;
	} else if ((e = signed_at_place(x, s, i, c0, c1)) != 0) {
		NCG_TRY(new_cand(x, NCG_MC_PRINCIPALS, s, i, e, &c));
		add_ev(c, EV_PAST_VERB);
		*ip = e - 1;
	}
	return NCG_OK;
}

/* "X met Y", "Y was met by X": a principal verb [i, e) with officials
 * on both sides (or a surname subject, or a dated object), or "X and Y
 * met".  Moves *ip past the verb when it names a candidate. */
/* rules64: "..., Haynes went to the Joint Staff Headquarters building
 * ... in Yongsan-gu, Seoul, that afternoon and met with Defense
 * Intelligence Minister Lee Young-chul" (a wire story): "and" just before
 * the verb at i, and within COORDINATED_REACH tokens back a subject that
 * surname_subject accepts before a lower-case verb: the two predicates
 * share it.  That official, or NULL. */
static const ncg_mention *
coordinated_subject(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, const ncg_mention *obj)
{
	if (i < c0 + 3 || !tok_ieq(x, i - 1, "and") || !(x->tok[i - 1].flags & NCG_TF_LOWER))
		return NULL;
	for (size_t v = i - 2; v > c0 && v + COORDINATED_REACH > i; v--) {
		const ncg_mention *m;

		if (!(x->tok[v].flags & NCG_TF_LOWER) || wl_is(x, v, NCG_WL_MET_VERB) ||
		    wl_at(x, v, i, NCG_WL_PRINCIPAL_VERB))
			continue;
		if ((m = surname_subject(x, s, v, c0, obj)) != NULL)
			return m;
	}
	return NULL;
}

/* rules168: "On Monday, Rear Admiral Seung Hak Chang, Deputy Commander
 * of Republic of Korea's Navy Fleet ..., toured the ... submarine USS Key
 * West. They also met with Rear Admiral Jeffrey Cassias, Commander
 * Submarine Force, US Pacific Fleet" (Navy news), "Lt. Gen. William M.
 * Jurney, commander of ..., arrived here Tuesday .... He met with South
 * Korean Marine Corps Commandant Lt. Gen. Kim Gye-hwan" (Yonhap): a
 * pronoun (lex:antecedentPronoun) opens the sentence of the verb at i
 * (lex:additiveAdverb between), and the sentence before names first an
 * official of a known country other than the object's (official_country):
 * the pronoun is that official.  That official, or NULL. */
static const ncg_mention *
pronoun_subject(const mr_ctx *x, uint32_t s, size_t i, const ncg_mention *obj)
{
	size_t p, n;
	const size_t *idx;
	const char *ka, *kb = official_country(x, obj);

	p = subject_end(x, s, i, x->sent[s].t0);
	if (s == 0 || !kb || p != x->sent[s].t0 + 1 ||
	    !wl_is(x, p - 1, NCG_WL_ANTECEDENT_PRONOUN))
		return NULL;
	n = ncg_mentions_in_sentence(x->ms, s - 1, &idx);
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind != NCG_M_OFFICIAL)
			continue;
		ka = official_country(x, m);
		return ka && strcmp(ka, kb) != 0 ? m : NULL;
	}
	return NULL;
}

/* rules120: "The Vice President and President Pak met privately on June
 * 30" (FRUS): a record names one party by the office alone.  Before the
 * verb "met" at i (lex:metVerb), "the", title words (lex:titleWord) and
 * the head of a title (lex:titleHead) that no official's mention holds,
 * then "and" and an official whose words end just before the verb, and
 * a day in the clause with no future cue (day_after): the two met that
 * day. */
static int
office_and_official(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	const ncg_mention *m;
	size_t p = c0;

	if (!wl_is(x, i, NCG_WL_MET_VERB) || !(x->tok[i].flags & NCG_TF_LOWER) ||
	    !wl_is(x, p++, NCG_WL_DEFINITE_ARTICLE))
		return 0;
	while (p + 1 < i && wl_is(x, p, NCG_WL_TITLE_WORD) && !wl_is(x, p + 1, NCG_WL_PAIR_CONJUNCTION))
		p++;
	if (p + 2 >= i || !wl_is(x, p, NCG_WL_TITLE_HEAD) || inside(x, s, p, NCG_M_OFFICIAL) ||
	    !wl_is(x, p + 1, NCG_WL_PAIR_CONJUNCTION) || !(m = inside(x, s, p + 2, NCG_M_OFFICIAL)) ||
	    m->t0 != p + 2 || m->t1 != i)
		return 0;
	return day_after(x, s, i + 1, c0, c1);
}

/* rules120, rules131: does the urging verb at [i, e) (lex:urgeVerb) take
 * "to" and a lower-case verb other than one of discussing
 * (lex:discussFrame) within a few words from p, no comma before it?  Not
 * in a cable in capitals, where no case tells the verb. */
static int
urged_from(const mr_ctx *x, size_t i, size_t e, size_t p0, uint32_t c1)
{
	if (wl_at(x, i, e, NCG_WL_URGE_VERB) != e || ncg_mentions_cable_in_capitals(x->ms))
		return 0;
	for (size_t p = p0; p + 1 < c1 && p < p0 + 4; p++) {
		if (ncg_doc_tok_is(x->doc, p, ","))
			return 0;
		if (tok_ieq(x, p, "to"))
			return (x->tok[p + 1].flags & NCG_TF_LOWER) &&
			       !wl_at(x, p + 1, c1, NCG_WL_DISCUSS_FRAME);
	}
	return 0;
}

/* rules120: "Cho on Tuesday called on Ambassador Goldberg to play an
 * active role": a verb that also urges (lex:urgeVerb) at [i, e), its
 * object (obj, or an office alone just after e) followed within a few
 * words, no comma, by "to" and a lower-case verb other than one of
 * discussing (lex:discussFrame): Y is urged, not met.  Not in a cable in
 * capitals, where no case tells the verb and the infinitive is the
 * call's purpose ("CALLED ON THE SECRETARY TO PRESENT COPIES OF HIS
 * CREDENTIALS"). */
static int
urged_object(const mr_ctx *x, size_t i, size_t e, const ncg_mention *obj, uint32_t c1)
{
	return urged_from(x, i, e, obj ? obj->t1 : e + 2, c1);
}

/* rules131: the same urging verb as a meeting verb, its object any words
 * from just after it ("called on Pyongyang to resume talks": no talks
 * were held); the verb at i reaches to the clause's end c1. */
static int
urging_verb(const mr_ctx *x, size_t i, uint32_t c1)
{
	size_t e = wl_at(x, i, c1, NCG_WL_URGE_VERB);

	return e && urged_from(x, i, e, e + 1, c1);
}

/* fixG (review44): the office conjunct of official_and_office_met, its
 * "and" at p, its title head at q, the verb at i, belongs to another
 * side: no possessive determiner before the head ("his Deputy Chief of
 * Mission"), a state in [p, i) (a country's mention or word: "of
 * Japan", "Japanese"), and no relative pronoun (lex:subjectRelative,
 * lower case) between the head and the verb, whose clause's day would
 * not be the meeting's ("who took office on August 10, 2022"). */
static int
office_of_other_side(const mr_ctx *x, uint32_t s, size_t p, size_t q, size_t i)
{
	int state = 0;

	for (size_t r = p + 1; r < i; r++) {
		if (r < q && wl_is(x, r, NCG_WL_POSSESSIVE))
			return 0;
		if (r > q && (x->tok[r].flags & NCG_TF_LOWER) && wl_is(x, r, NCG_WL_SUBJECT_RELATIVE))
			return 0;
		if (inside(x, s, r, NCG_M_COUNTRY) || country_word(x, r))
			state = 1;
	}
	return state;
}

/* rules143: "On May 4, 2022, United States Secretary of Energy Jennifer
 * M. Granholm and Minister of Economy, Trade and Industry of Japan
 * HAGIUDA Koichi met in Washington D.C." (DOE), "Japanese Minister of
 * Economy, Trade and Industry, Toshimitsu Motegi, and U.S. Secretary of
 * Energy, Ernest Moniz, met on July 24, 2013" (DOE): a subject of the
 * verb "met" at i (lex:metVerb, lower case) that joins the one official
 * named before it and a conjunct headed by an office whose holder no
 * official's mention names: "and" (lex:pairConjunction) then, within
 * two words, a head of a title (lex:titleHead) outside every official's
 * mention, the official on the other side of the "and", the office of
 * another side (office_of_other_side); a day in the clause and no
 * future cue (day_after).  The two met that day. */
static int
official_and_office_met(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	const ncg_mention *m = official_in(x, s, c0, i);

	if (!m || !wl_is(x, i, NCG_WL_MET_VERB) || !(x->tok[i].flags & NCG_TF_LOWER))
		return 0;
	for (size_t p = c0 + 1; p + 1 < i; p++) {
		size_t q = p + 1;

		if (!wl_is(x, p, NCG_WL_PAIR_CONJUNCTION) || !(x->tok[p].flags & NCG_TF_LOWER))
			continue;
		while (q < p + 3 && q + 1 < i && !wl_is(x, q, NCG_WL_TITLE_HEAD))
			q++;
		if (!wl_is(x, q, NCG_WL_TITLE_HEAD) || inside(x, s, q, NCG_M_OFFICIAL))
			continue;
		if (m->t1 <= p || m->t0 > q)
			return office_of_other_side(x, s, p, q, i) && day_after(x, s, c0, c0, c1);
	}
	return 0;
}

/* rules143: "Defense Secretary Ashton Carter met with his Japanese
 * counterpart Tuesday to discuss ..." (Washington Times), "X met her
 * U.S. counterpart in Seoul on Friday": news names the other principal
 * by the peer noun alone.  A lead's "met" (lex:metVerb, lower case, with
 * or without "with") after an official, its object a possessive
 * (lex:possessiveDeterminer), at most three capitalised modifiers and a
 * singular peer noun (lex:peerNoun, lower case, no "s") that no
 * official's name follows, then a day in the clause, no future cue: the
 * two met that day. */
static int
met_counterpart(const mr_ctx *x, uint32_t s, size_t i, size_t e, uint32_t c0, uint32_t c1)
{
	size_t p = e;

	if (!official_in(x, s, c0, i) || !wl_is(x, i, NCG_WL_MET_VERB) ||
	    !(x->tok[i].flags & NCG_TF_LOWER) || p + 2 >= c1 || !(x->tok[p].flags & NCG_TF_LOWER) ||
	    !wl_is(x, p++, NCG_WL_POSSESSIVE))
		return 0;
	while (p + 1 < c1 && p < e + 4 && !(x->tok[p].flags & NCG_TF_LOWER))
		p++;
	if (!(x->tok[p].flags & NCG_TF_LOWER) || !wl_is(x, p, NCG_WL_PEER_NOUN) ||
	    x->s[x->tok[p].e - 1] == 's' || official_in(x, s, p + 1, p + 3))
		return 0;
	return lead_day_after(x, s, p + 1, c0, c1);
}

/* rules220: where a lead's subject named by its office alone starts,
 * its office noun (lex:officeSubjectNoun, lower case; or lex:
 * rankedOfficeNoun after a lex:officeRankWord) at h: at most three
 * lower-case words before h, then a country's possessive ("South Korea's
 * chief nuclear envoy"), a country's word ("Japanese envoy") or the
 * article ("The chairman"), at the clause's start c0 or after a mark
 * ("WASHINGTON, ... -- The chairman").  SIZE_MAX if none. */
static int
office_noun_is(const mr_ctx *x, size_t h)
{
	return wl_is(x, h, NCG_WL_OFFICE_SUBJECT_NOUN) || wl_is(x, h, NCG_WL_RANKED_OFFICE_NOUN);
}

static size_t
office_subject_start(const mr_ctx *x, uint32_t s, size_t h, uint32_t c0)
{
	const ncg_mention *m;
	size_t g = h, q;
	int ranked = 0;

	if (!(x->tok[h].flags & NCG_TF_LOWER) || !office_noun_is(x, h))
		return SIZE_MAX;
	while (g > c0 && h - g < 3 && (x->tok[g - 1].flags & NCG_TF_LOWER) &&
	       !wl_is(x, g - 1, NCG_WL_DEFINITE_ARTICLE) && x->tok[g - 1].kind == NCG_TOK_WORD &&
	       possessive_mark(x, g, c0, 0) == g)
		ranked |= wl_is(x, --g, NCG_WL_OFFICE_RANK_WORD);
	/* review114 3: "officer" (lex:rankedOfficeNoun) only after "top" */
	if (!ranked && !wl_is(x, h, NCG_WL_OFFICE_SUBJECT_NOUN))
		return SIZE_MAX;
	q = possessive_mark(x, g, c0, 0);
	if (g > c0 && wl_is(x, g - 1, NCG_WL_DEFINITE_ARTICLE))
		g--;
	else if ((m = inside(x, s, q > c0 ? q - 1 : q, NCG_M_COUNTRY)) != NULL && m->t1 == q && m->t0 >= c0)
		g = m->t0;
	else
		return SIZE_MAX;
	return g == c0 || x->tok[g - 1].kind != NCG_TOK_WORD ? g : SIZE_MAX;
}

/* rules220: the one country of a lead's subject [.., i) named by its
 * office alone (office_subject_start): the office noun just before the
 * verb at i, or it, "of" (lex:headOf), the article and a body or country that ends
 * at i ("The chairman of the Joint Chiefs of Staff"); no official in it.
 * The country of its words (group_country) or of a country it names;
 * NULL if none or two. */
static const char *
office_only_subject(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0)
{
	const ncg_mention *m = NULL;
	const char *k, *w;
	size_t h = i - 1, g;

	if (i < c0 + 2)
		return NULL;
	if (!office_noun_is(x, h)) {
		if ((m = inside(x, s, i - 1, NCG_M_BODY)) == NULL)
			m = inside(x, s, i - 1, NCG_M_COUNTRY);
		if (!m || m->t1 != i || m->t0 < c0 + 2)
			return NULL;
		h = m->t0 - 1 - wl_is(x, m->t0 - 1, NCG_WL_DEFINITE_ARTICLE);
		if (h <= c0 || !wl_is(x, h, NCG_WL_HEAD_OF))
			return NULL;
		h--;
	}
	if ((g = office_subject_start(x, s, h, c0)) == SIZE_MAX || official_in(x, s, g, i))
		return NULL;
	k = group_country(x, s, g, i);
	for (size_t p = g; p < i; p++)
		if ((m = inside(x, s, p, NCG_M_COUNTRY)) != NULL && m->key) {
			w = m->key;
			if (k && strcmp(k, w) != 0)
				return NULL;
			k = w;
		}
	return k;
}

/* rules220: the other side's unnamed party at p, its country in *oc:
 * "his/her/their" (lex:possessiveDeterminer), a country's word and a
 * peer noun (lex:peerNoun: "his U.S. counterpart") that no official's
 * name follows, or a country's word, a word of a government's or the
 * military's group (lex:gatheringGroupModifier) and a group noun
 * (lex:groupNoun: "Philippine military leaders").  Its end, or 0. */
static size_t
counterpart_party_at(const mr_ctx *x, uint32_t s, size_t p, uint32_t c1, const char **oc)
{
	int poss = p < c1 && (x->tok[p].flags & NCG_TF_LOWER) && wl_is(x, p, NCG_WL_POSSESSIVE);
	size_t q = country_wording_end(x, p + poss, c1, oc);

	/* one word ("Japanese"), or several ("South Korean") */
	if (q == p + poss && *oc)
		q++;
	else if (q > p + poss)
		*oc = group_country(x, s, p + poss, q);
	if (!*oc || q >= c1 || !(x->tok[q].flags & NCG_TF_LOWER))
		return 0;
	if (poss)
		return wl_is(x, q, NCG_WL_PEER_NOUN) && !official_in(x, s, q + 1, q + 3) ? q + 1 : 0;
	if (!wl_is(x, q, NCG_WL_GATHERING_GROUP_MODIFIER))
		return 0;
	while (q + 1 < c1 && q < p + 4 && wl_is(x, q, NCG_WL_GATHERING_GROUP_MODIFIER))
		q++;
	return (x->tok[q].flags & NCG_TF_LOWER) && wl_is(x, q, NCG_WL_GROUP_NOUN) &&
	       !official_in(x, s, q + 1, q + 3) ? q + 1 : 0;
}

/* rules292: the other side's people named by a body of one country
 * just before their noun (lex:groupNoun, lower case), "the" or not, no
 * official's name after it: "met with U.S. Transportation Command
 * leaders" (DVIDS), as "met with HSI officials" (ICE), "met U.S. Trade
 * Representative officials" (news), "met with White House officials"
 * (industry.gov.au).  The noun's end, or 0; *oc the body's country. */
static size_t
body_group_at(const mr_ctx *x, uint32_t s, size_t p, uint32_t c1, const char **oc)
{
	const ncg_mention *m;

	if (p < c1 && wl_is(x, p, NCG_WL_DEFINITE_ARTICLE) && !inside(x, s, p, NCG_M_BODY))
		p++;
	m = p < c1 ? inside(x, s, p, NCG_M_BODY) : NULL;
	if (!m || m->t0 != p || m->t1 + 1 >= c1 || !m->body.country[0] || m->body.country[1] ||
	    !(x->tok[m->t1].flags & NCG_TF_LOWER) || !wl_is(x, m->t1, NCG_WL_GROUP_NOUN) ||
	    official_in(x, s, m->t1 + 1, m->t1 + 3))
		return 0;
	*oc = m->body.country[0];
	return m->t1 + 1;
}

/* rules292: an office's meeting with a body's people (body_group_at) in
 * a lead dated by a recent time of no day (lex:recentPeriod: "met with
 * U.S. Transportation Command leaders this week"), as a day would date
 * it (counterpart_met_held); no future cue, no time ahead or recalled,
 * no other year in the clause. */
static int
body_group_met_recently(const mr_ctx *x, uint32_t s, uint32_t c0, uint32_t c1)
{
	return lead_recent_period(x, s, c0, c1) && wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) == c1 &&
	       !ahead_or_recalled(x, s, c0, c1) && !other_year_in(x, s, c0, c1);
}

/* fix68: does a reporting frame open at token f of a clause ending at
 * c1: a comma, then a speech verb (lex:speechVerb) within twelve words
 * (fix71a: ", the official Xinhua News Agency of China reported on
 * Monday") or a paper that reports (lex:reportDocumentNoun: ", the
 * ministry's statement issued on Monday showed"), and no other comma
 * (", a ministry spokesman said on Monday")?  Its day is the report's, not the meeting's. */
static int
report_frame_at(const mr_ctx *x, size_t f, uint32_t c1)
{
	if (!ncg_doc_tok_is(x->doc, f, ","))
		return 0;
	for (size_t j = f + 1; j < c1 && j < f + 13 && !ncg_doc_tok_is(x->doc, j, ","); j++)
		if (wl_at(x, j, c1, NCG_WL_SPEECH_VERB) || wl_is(x, j, NCG_WL_REPORT_DOCUMENT_NOUN))
			return 1;
	return 0;
}

/* rules220: is the meeting of a lead's clause [c0, c1) after e held: a
 * day in it with no future cue (day_after), the clause cut before a
 * purpose of talks (lex:purposeTalkOpener and a meeting noun: "met with
 * his U.S. counterpart Monday for talks expected to focus on ...", the
 * agenda's future), or (fix71a) at a coordinator (lex:listCoordinator,
 * lex:contrastCoordinator: "met with his U.S. counterpart two weeks ago
 * and on Monday he met ...", the day of another predicate) or a date's
 * bound (lex:dateBoundCue: "several times before his retirement on
 * Monday")? */
static int
counterpart_met_held(const mr_ctx *x, uint32_t s, size_t e, uint32_t c0, uint32_t c1)
{
	size_t f = e;

	while (f + 1 < c1 && !(wl_is(x, f, NCG_WL_PURPOSE_TALK_OPENER) && wl_is(x, f + 1, NCG_WL_MEETING_NOUN)) &&
	       !report_frame_at(x, f, c1) && !wl_is(x, f, NCG_WL_LIST_COORDINATOR) &&
	       !wl_is(x, f, NCG_WL_CONTRAST_COORDINATOR) && !wl_is(x, f, NCG_WL_DATE_BOUND_CUE))
		f++;
	if (f + 1 >= c1)
		f = c1;
	/* fix68: not a meeting of another year, a month or "last year" */
	if (ahead_or_recalled(x, s, c0, f) || other_year_in(x, s, c0, (uint32_t)f))
		return 0;
	return day_after(x, s, e, c0, (uint32_t)f);
}

/* fix68: a host's welcome "to" a place at token o (lex:welcomeTarget
 * Preposition, then maybe "the", then a capitalised word or a place,
 * body or country: "to Camp Smith", "to the Pentagon"); not "to the
 * agreement". */
static int
welcome_place_at(const mr_ctx *x, uint32_t s, size_t o, uint32_t c1)
{
	size_t q = o + 1;

	if (o >= c1 || !wl_is(x, o, NCG_WL_WELCOME_TARGET_PREP))
		return 0;
	if (q < c1 && wl_is(x, q, NCG_WL_DEFINITE_ARTICLE))
		q++;
	if (q >= c1)
		return 0;
	/* fix71a: not a possessor ("to Washington's plan") */
	for (size_t j = q; j < c1 && j < q + 5 && !(x->tok[j].flags & NCG_TF_LOWER); j++)
		if (possessive_mark(x, j + 1, j, 1) != j + 1)
			return 0;
	return inside(x, s, q, NCG_M_PLACE) || inside(x, s, q, NCG_M_BODY) || inside(x, s, q, NCG_M_COUNTRY) ||
	       (x->tok[q].kind == NCG_TOK_WORD && !(x->tok[q].flags & NCG_TF_LOWER));
}

/* rules220: "South Korea's chief nuclear envoy met with his U.S.
 * counterpart Monday" (Korea Herald), "The chairman of the Joint Chiefs
 * of Staff welcomed his Japanese counterpart to the Pentagon today"
 * (AFPS), "The commandant of the United States Marine Corps met with
 * Philippine military leaders" (after Philstar): news names both
 * sides by office.  In a lead, "met" (lex:metVerb, "with" or not) or
 * "welcomed ... to" (lex:welcomeVerb) after a subject of one country by
 * its office alone (office_only_subject), its object the other
 * country's unnamed party (counterpart_party_at; rules292: or a body's
 * people, body_group_at, held in a recent time too), held
 * (counterpart_met_held), no call: the two sides met.  Both countries
 * must be the lexicon's (a body of no country, an adjective it lacks:
 * nothing).  The object's end, or 0. */
static size_t
office_counterpart(const mr_ctx *x, uint32_t s, size_t i, size_t e, uint32_t c0, uint32_t c1)
{
	const char *sc, *oc;
	size_t o, p = e;
	int welcome = wl_is(x, i, NCG_WL_WELCOME_VERB);

	if ((s != x->lead[0] && s != x->lead[1]) || !(x->tok[i].flags & NCG_TF_LOWER) ||
	    !(wl_is(x, i, NCG_WL_MET_VERB) || welcome) || call_cue_in(x, c0, c1) ||
	    (sc = office_only_subject(x, s, i, c0)) == NULL)
		return 0;
	/* "met" then "with" (lex:interlocutorPreposition), or "met with" */
	if (p < c1 && wl_is(x, i, NCG_WL_MET_VERB) && wl_is(x, p, NCG_WL_INTERLOCUTOR_PREP))
		p++;
	o = counterpart_party_at(x, s, p, c1, &oc);
	/* rules292: a body's people ("met with U.S. Transportation Command
	 * leaders this week"): held on a day or in a recent time */
	if (!o && !welcome && (o = body_group_at(x, s, p, c1, &oc)) != 0)
		return strcmp(sc, oc) != 0 && (counterpart_met_held(x, s, e, c0, c1) ||
		                               body_group_met_recently(x, s, c0, c1)) ? o : 0;
	if (!o || strcmp(sc, oc) == 0 || (welcome && !welcome_place_at(x, s, o, c1)))
		return 0;
	return counterpart_met_held(x, s, e, c0, c1) ? o : 0;
}

/* One official before the verb at [i, e) and none after it: the
 * construction that names the other side (EV_DATED_OBJECT: a head of a
 * body, a visitor, an office, a titled object, a counterpart, the
 * writer's; EV_WRITER_OBJECT: the writer met; EV_OFFICE_CONJUNCT), or
 * -1. */
static int
other_side_evidence(const mr_ctx *x, uint32_t s, size_t i, size_t e, uint32_t c0, uint32_t c1)
{
	if (met_head_of_body(x, s, i, e, c0, c1) || met_visitor(x, s, i, e, c0, c1) ||
	    met_the_office(x, s, i, e, c0, c1) || office_and_official(x, s, i, c0, c1) ||
	    met_titled_object(x, s, i, e, c0, c1) ||
	    met_counterpart(x, s, i, e, c0, c1) || writer_met(x, s, i, e, NULL, c0, c1))
		return EV_DATED_OBJECT;
	if (met_the_writer(x, s, i, c0, c1))
		return EV_WRITER_OBJECT;
	if (official_and_office_met(x, s, i, c0, c1))
		return EV_OFFICE_CONJUNCT;
	return -1;
}

static size_t first_cand_of(const mr_ctx *x, uint32_t s);

/* rules157: does the briefing verb [i, e) (lex:briefingVerb) report
 * another meeting or a trip, its clause naming one after it ("briefed
 * President Yoon on the results of his talks with Blinken", "on his
 * visit to Washington")?  A candidate of sentence s other than the
 * principals' starting in [e, c1), or a visit's noun (lex:visitNoun):
 * that meeting, not the briefing, is the one reported.  Nor the
 * passive ("was briefed by"). */
static int
briefing_on_other(const mr_ctx *x, uint32_t s, size_t i, size_t e, uint32_t c1)
{
	/* the passive ("was briefed by", "has been briefed", "is being
	 * briefed"): the briefed side's report, a record's never; not the
	 * meeting either */
	if ((i >= 1 && wl_is(x, i - 1, NCG_WL_PARTICIPLE_AUX)) ||
	    wl_is(x, e, NCG_WL_CONTRIBUTION_AGENT))
		return 1;
	if (wl_find(x, e, c1, NCG_WL_VISIT_NOUN) < c1)
		return 1;
	for (size_t k = first_cand_of(x, s); k < x->d->n && x->d->c[k].sent == s; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->kind != NCG_MC_PRINCIPALS && o->t0 >= e && o->t0 < c1)
			return 1;
	}
	return 0;
}

/* fixO: does the text name two states' sides: a body of one country or
 * an official with a country (side_country), of two countries?  A
 * country's own mention is no side ("on North Korea's missile launch"). */
static int
text_two_sides(const mr_ctx *x)
{
	const char *k0 = NULL, *k1;

	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);

		if (m->kind == NCG_M_COUNTRY || (k1 = side_country(m)) == NULL)
			continue;
		if (k0 && strcmp(k0, k1) != 0)
			return 1;
		k0 = k1;
	}
	return 0;
}

/* fixO: an official titled an envoy of one state to another (lex:
 * envoyTitle: "Ambassador Philip Goldberg")? */
static int
envoy_official(const mr_ctx *x, const ncg_mention *m)
{
	return m && wl_find(x, official_start(m), m->t1, NCG_WL_ENVOY_TITLE) < m->t1;
}

/* fixO, fixR: are officials a and b (either may be NULL) of two sides?
 * Their countries (official_country) differ where both are known; else
 * one of them is an envoy (envoy_official) or the text names two states'
 * sides (text_two_sides: "General Bonesteel ... briefed President Park"
 * of a record naming the Department of State and the ROK Armed Forces). */
static int
two_sides(const mr_ctx *x, const ncg_mention *a, const ncg_mention *b)
{
	const char *ka = a ? official_country(x, a) : NULL, *kb = b ? official_country(x, b) : NULL;

	if (ka && kb)
		return strcmp(ka, kb) != 0;
	return envoy_official(x, a) || envoy_official(x, b) || text_two_sides(x);
}

/* fixR: does the text name a state (a country's mention) other than
 * country k? */
static int
other_state_named(const mr_ctx *x, const char *k)
{
	for (size_t j = 0; j < ncg_mentions_count(x->ms); j++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, j);

		if (m->kind == NCG_M_COUNTRY && m->key && strcmp(m->key, k) != 0)
			return 1;
	}
	return 0;
}

/* rules223 (split from pair_named_before): does sentence r name two
 * officials of two sides (two_sides), or one of a known country and one
 * of none in a text naming another state (other_state_named)? */
static int
two_sides_named(const mr_ctx *x, uint32_t r)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, r, &idx);

	for (size_t a = 0; a < n; a++) {
		const ncg_mention *p = ncg_mentions_at(x->ms, idx[a]);
		const char *ka = p->kind == NCG_M_OFFICIAL ? official_country(x, p) : NULL, *kb;

		if (!p->key || !ka)
			continue;
		for (size_t b = 0; b < n; b++) {
			const ncg_mention *q = ncg_mentions_at(x->ms, idx[b]);

			if (q->kind != NCG_M_OFFICIAL || !q->key || !strcmp(q->key, p->key))
				continue;
			kb = official_country(x, q);
			if (two_sides(x, p, q) || (!kb && other_state_named(x, ka)))
				return 1;
		}
	}
	return 0;
}

/* rules245: does sentence t name an official whose key sentence r does
 * not name? */
static int
official_beyond(const mr_ctx *x, uint32_t t, uint32_t r)
{
	const size_t *it, *ir;
	size_t nt = ncg_mentions_in_sentence(x->ms, t, &it), nr;

	for (size_t a = 0; a < nt; a++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, it[a]);
		int seen = 0;

		if (m->kind != NCG_M_OFFICIAL || !m->key)
			continue;
		nr = ncg_mentions_in_sentence(x->ms, r, &ir);
		for (size_t b = 0; b < nr && !seen; b++) {
			const ncg_mention *o = ncg_mentions_at(x->ms, ir[b]);

			seen = o->kind == NCG_M_OFFICIAL && o->key && !strcmp(o->key, m->key);
		}
		if (!seen)
			return 1;
	}
	return 0;
}

/* rules245 (plan48 5b): "-Ambassador Kim and Governor Kim discuss ...
 * [deck]. Ambassador Kim attracted ... The ambassador ... paid his first
 * official visit to the governor's office on February 9th.  The two met
 * at the governor's office on Thursday morning" (Gyeonggi Province): "the
 * two" stands for the last pair named, two officials of two sides
 * (two_sides_named) in a sentence r of the headline, deck or lead (r <=
 * lead[1]) at most PAIR_REACH sentences before s, when every official
 * named between r and s is one of that pair.  Never when a third person
 * is named after the pair (another pair may meet). */
#define PAIR_REACH 4
static int
lead_pair_before(const mr_ctx *x, uint32_t s)
{
	uint32_t lead = x->lead[1] != UINT32_MAX ? x->lead[1] : x->lead[0];

	for (uint32_t r = s - 1; r-- > 0 && r + PAIR_REACH >= s;) {
		for (uint32_t t = r + 1; t < s; t++)
			if (official_beyond(x, t, r))
				return 0;
		if (two_sides_named(x, r))
			return lead != UINT32_MAX && r <= lead;
	}
	return 0;
}

/* rules210: "President Barack Obama is affirming ... in a brief meeting
 * with Prime Minister Shinzo Abe.  The two met on Sunday on the sidelines
 * of the APEC economic summit in Lima" (AP): a pair named by no noun
 * (lex:pairSubject, "the two", "the pair") stands for the parties when
 * sentence s - 1 names two officials of two sides (two_sides), or one of
 * a known country and one of none in a text naming another state
 * (other_state_named), as rules165 reads "Kan and Obama ... when they
 * met".  Never when nobody, or one side only, was named just before.
 * fix62 (review62): sentence s - 1 must be the meeting's own, a meeting
 * noun in it (lex:meetingNoun), no future or unheld cue: "Lavrov praised
 * Wang Yi.  The two met on Sunday" is another pair's day, never the
 * statement's meeting; nor "is to hold a meeting with Modi.  Xi and Putin
 * arrived.  The two met". */
static int
pair_named_before(const mr_ctx *x, uint32_t s)
{
	size_t c0, c1;

	if (s == 0)
		return 0;
	c0 = x->sent[s - 1].t0;
	c1 = x->sent[s - 1].t1;
	if (wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1 || wl_find(x, c0, c1, NCG_WL_UNHELD_RECORD_CUE) < c1)
		return 0;
	if (wl_find(x, c0, c1, NCG_WL_MEETING_NOUN) < c1 && two_sides_named(x, s - 1))
		return 1;
	/* rules245: a visit told just before "the two met" (lex:visitNoun,
	 * "paid his first official visit to the governor's office") */
	return (wl_find(x, c0, c1, NCG_WL_MEETING_NOUN) < c1 || wl_find(x, c0, c1, NCG_WL_VISIT_NOUN) < c1) &&
	       past_verb_in(x, c0, c1) && lead_pair_before(x, s);
}

/* rules223: the side of official m: its country (official_country), or
 * that of a country adjective just before its words ("Japanese Prime
 * Minister Toshiki Kaifu", country_word); NULL if none. */
static const char *
adjective_side(const mr_ctx *x, const ncg_mention *m)
{
	const char *k = official_country(x, m);
	size_t o0 = official_start(m);

	return k ? k : o0 > x->sent[m->sent].t0 ? country_word(x, o0 - 1) : NULL;
}

/* rules223: does sentence r name two officials of two sides by their
 * adjective_side, one of them maybe of none in a text naming another
 * state (other_state_named): "President Bush and Japanese Prime Minister
 * Toshiki Kaifu sat down Friday"? */
static int
adjective_sides_named(const mr_ctx *x, uint32_t r)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, r, &idx);

	for (size_t a = 0; a < n; a++) {
		const ncg_mention *p = ncg_mentions_at(x->ms, idx[a]);
		const char *ka = p->kind == NCG_M_OFFICIAL && p->key ? adjective_side(x, p) : NULL, *kb;

		for (size_t b = 0; ka && b < n; b++) {
			const ncg_mention *q = ncg_mentions_at(x->ms, idx[b]);

			if (q->kind != NCG_M_OFFICIAL || !q->key || !strcmp(q->key, p->key))
				continue;
			kb = adjective_side(x, q);
			if (kb ? strcmp(ka, kb) != 0 : other_state_named(x, ka))
				return 1;
		}
	}
	return 0;
}

/* rules223: does sentence r name two officials (two keys) whose
 * honorific is the plural title at token k without its plural ending
 * ("President Reagan ... gave President Marcos a formal welcome" before
 * "the two Presidents"), their countries not known to be one? */
static int
same_title_pair(const mr_ctx *x, uint32_t r, size_t k)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, r, &idx);
	const char *t = ncg_doc_tok_ptr(x->doc, k);

	for (size_t a = 0; a < n; a++) {
		const ncg_mention *p = ncg_mentions_at(x->ms, idx[a]);
		const char *h = p->kind == NCG_M_OFFICIAL ? p->official.honorific : NULL;

		if (!p->key || !h || strncasecmp(t, h, strlen(h)) != 0)
			continue;
		for (size_t b = a + 1; b < n; b++) {
			const ncg_mention *q = ncg_mentions_at(x->ms, idx[b]);
			const char *ka = official_country(x, p), *kb;

			if (q->kind != NCG_M_OFFICIAL || !q->key || !strcmp(q->key, p->key) ||
			    !q->official.honorific || strcasecmp(q->official.honorific, h) != 0)
				continue;
			kb = official_country(x, q);
			if (!ka || !kb || strcmp(ka, kb) != 0)
				return 1;
		}
	}
	return 0;
}

/* fix68 (review68): does [a, b), the sentence before "the two
 * Presidents met", tell a meeting of its own: a meeting noun or verb,
 * "met" or a welcome (lex:meetingNoun, lex:meetingVerb, lex:metVerb,
 * lex:welcomeCue: "gave President Marcos a formal welcome", "sat down
 * ... for two days of informal talks"), and no call (call_cue_in)?
 * "President Biden criticized President Putin on Monday. The two
 * presidents met in Geneva", "... hoped to see President Lula again.
 * The two presidents met in Brasilia" recall another meeting.  (Not
 * lex:otherMeetingCue: "their first session" is this meeting's.) */
static int
meeting_told_in(const mr_ctx *x, size_t a, size_t b)
{
	/* fix71a: not a meeting only proposed ("proposed a meeting", "is
	 * seeking a meeting": lex:cableSubjectUnheldCue, lex:meetingWishCue)
	 * nor denied (lex:negationWord within two words before a meeting
	 * verb or noun: "did not hold talks"; not "did not confront") */
	if (call_cue_in(x, a, b) || wl_find(x, a, b, NCG_WL_CABLE_SUBJECT_UNHELD) < b ||
	    wl_find(x, a, b, NCG_WL_MEETING_WISH_CUE) < b)
		return 0;
	for (size_t j = wl_find(x, a, b, NCG_WL_NEGATION_WORD); j < b; j = wl_find(x, j + 1, b, NCG_WL_NEGATION_WORD)) {
		size_t k = j + 4 < b ? j + 4 : b;

		if (wl_find(x, j + 1, k, NCG_WL_MEETING_VERB) < k || wl_find(x, j + 1, k, NCG_WL_MEETING_NOUN) < k ||
		    wl_find(x, j + 1, k, NCG_WL_MET_VERB) < k)
			return 0;
	}
	return wl_find(x, a, b, NCG_WL_MEETING_NOUN) < b || wl_find(x, a, b, NCG_WL_MEETING_VERB) < b ||
	       wl_find(x, a, b, NCG_WL_MET_VERB) < b || wl_find(x, a, b, NCG_WL_WELCOME_CUE) < b;
}

/* fix68 (review68): may "the two" at token k open its clause from c0: it is
 * the clause's first word, or the words before it are a time just after
 * the meeting told before (lex:afterCue: "After the ceremony, the two
 * Presidents met"), with no other comma; not "In the past," nor "When
 * Biden was vice president,". */
static int
pair_opener_ok(const mr_ctx *x, size_t c0, size_t k)
{
	if (k == c0)
		return 1;
	for (size_t j = c0; j + 1 < k; j++)
		if (ncg_doc_tok_is(x->doc, j, ","))
			return 0;
	return wl_at(x, c0, k, NCG_WL_AFTER_CUE) != 0;
}

/* rules223: "President Reagan ... gave President Marcos a formal welcome
 * with full military honors.  After the ceremony, the two Presidents met
 * in the Oval Office" (a Philippine history page), "The two leaders met
 * for an hour" (Orlando Sentinel): "the two" (lex:pairSubject) then a
 * plural title (lex:pluralTitleNoun) or noun of parties (lex:partyNoun)
 * just before a past "met", opening its clause or after a comma, are
 * the parties when sentence s - 1 names two officials of two sides
 * (two_sides_named, adjective_sides_named), or two of the title itself
 * (same_title_pair: two presidents are two states' heads), and has no
 * future or unheld cue.  Not "the two leaders last met in 2019" (a word
 * between), "will meet" (no past),
 * "met for the first time in 2017" (another year, other_year_in), nor a
 * clause with a future cue, a month or a year (ahead_or_recalled). */
static int
two_titles_met(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t a, b, k = 0, t = 0, q;

	if (s == 0 || i < c0 + 3 || !wl_is(x, i, NCG_WL_MET_VERB) || !(x->tok[i].flags & NCG_TF_LOWER))
		return 0;
	for (q = i >= c0 + 5 ? i - 5 : c0; !k && q + 2 < i; q++)
		if ((q == c0 || ncg_doc_tok_is(x->doc, q - 1, ",")) &&
		    (k = wl_at(x, q, i, NCG_WL_PAIR_SUBJECT)) != 0 &&
		    (t = wl_at(x, k, i, NCG_WL_PLURAL_TITLE_NOUN)) != i && wl_at(x, k, i, NCG_WL_PARTY_NOUN) != i)
			k = 0;
	a = x->sent[s - 1].t0;
	b = x->sent[s - 1].t1;
	if (!k || ahead_or_recalled(x, s, c0, c1) || other_year_in(x, s, c0, c1) ||
	    series_in(x, s, c0, c1) || meeting_named_in(x, s, c0, c1) ||
	    wl_find(x, a, b, NCG_WL_FUTURE_CUE) < b || wl_find(x, a, b, NCG_WL_UNHELD_RECORD_CUE) < b ||
	    !pair_opener_ok(x, c0, q - 1) || !meeting_told_in(x, a, b))
		return 0;
	return two_sides_named(x, s - 1) || adjective_sides_named(x, s - 1) ||
	       (t == i && same_title_pair(x, s - 1, k));
}

/* fixO: does the briefing verb at i, its object's official obj, join
 * two sides (two_sides)?  "Defense Minister Shin Won-sik briefed
 * President Yoon Suk Yeol", "Foreign Minister Kamikawa briefed Prime
 * Minister Kishida": a minister briefing his own head of government is
 * no bilateral meeting. */
static int
briefing_two_sides(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, const ncg_mention *b)
{
	return two_sides(x, official_in(x, s, c0, i), b);
}

/* rules245: the official sentence r names before a lead verb
 * (lex:leadActive) followed by an article and a delegation noun
 * (lex:delegationNoun): "Sen. Jim Inhofe (R-Okla.), a senior member of
 * the Senate Armed Services Committee, led a delegation of House and
 * Senate members to South Korea and Japan"; NULL if none.  fix80: the
 * official after the last speech verb before it ("Risch said Sen. Ben
 * Cardin led a delegation": Cardin, never the speaker). */
static const ncg_mention *
delegation_leader(const mr_ctx *x, uint32_t r)
{
	size_t t0 = x->sent[r].t0, t1 = x->sent[r].t1;

	for (size_t k = t0 + 1; k + 2 < t1; k++) {
		size_t e = wl_at(x, k, t1, NCG_WL_LEAD_ACTIVE);

		if (!e || !(x->tok[k].flags & NCG_TF_LOWER) || !wl_is(x, e, NCG_WL_INDEFINITE_ARTICLE) ||
		    !wl_is(x, e + 1, NCG_WL_DELEGATION_NOUN))
			continue;
		for (size_t j = t0; j < k; j++)
			if (wl_is(x, j, NCG_WL_SPEECH_VERB))
				t0 = j + 1;
		return official_in(x, r, t0, k);
	}
	return NULL;
}

/* fix80 (review78 4): does sentence s name official o after token i
 * (in full or by the surname: surname_of_named) with a negation word
 * after it ("..., but Risch did not attend")? */
static int
named_absent(const mr_ctx *x, uint32_t s, size_t i, const ncg_mention *o)
{
	size_t t1 = x->sent[s].t1;

	for (size_t j = i + 1; j < t1 && o->key; j++) {
		const ncg_mention *m = inside(x, s, j, NCG_M_OFFICIAL);

		if (!m && (x->tok[j].flags & NCG_TF_LOWER) == 0)
			m = surname_of_named(x, j);
		if (m && m->key && strcmp(m->key, o->key) == 0 && wl_find(x, j + 1, t1, NCG_WL_NEGATION_WORD) < t1)
			return 1;
	}
	return 0;
}

/* rules245 (plan48 5a): "While in South Korea, the delegation met with
 * Foreign Minister Kang Kyung-wha, ..." after "Sen. Jim Inhofe ... led a
 * delegation of House and Senate members to South Korea and Japan" (a
 * senator's release): "the" and a delegation noun just before "met" at
 * i, opening its clause or after a comma, stand for the delegation a
 * named official led in one of the two sentences before
 * (delegation_leader), of another side than the official object obj
 * (adjective_side: "U.S. Sen. Jim Inhofe"; one side known, another state
 * named; else two_sides).  Never a delegation no named official led ("the
 * delegation met with U.S. officials" in a visitor's story), nor one
 * whose leader the sentence says was absent (named_absent). */
static int
led_delegation_met(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, const ncg_mention *obj)
{
	const ncg_mention *lead = NULL;
	const char *ka, *kb;

	if (!obj || i < c0 + 2 || !wl_is(x, i, NCG_WL_MET_VERB) || !(x->tok[i].flags & NCG_TF_LOWER) ||
	    !wl_is(x, i - 1, NCG_WL_DELEGATION_NOUN) || !wl_is(x, i - 2, NCG_WL_DEFINITE_ARTICLE) ||
	    !(i - 2 == c0 || ncg_doc_tok_is(x->doc, i - 3, ",")))
		return 0;
	for (uint32_t r = s; !lead && r-- > 0 && r + 2 >= s;)
		lead = delegation_leader(x, r);
	if (!lead || named_absent(x, s, i, lead))
		return 0;
	ka = adjective_side(x, lead);
	kb = adjective_side(x, obj);
	if (ka && kb)
		return strcmp(ka, kb) != 0;
	return ka || kb ? other_state_named(x, ka ? ka : kb) : two_sides(x, lead, obj);
}

/* rules165: "Kan and Obama underscored that ..., when they met
 * bilaterally in the morning in Yokohama" (Kyodo), "Kim and Paparo
 * discussed the issue as they met at Camp Humphreys" (Korea Times): a
 * subject pronoun (lex:subjectPronoun) just before "met" (lex:metVerb)
 * at i, the sentence opening with two surnames of officials named
 * before (surname_of_named) joined by "and" (lex:pairConjunction), two
 * officials of two sides (two_sides), or one of a known country and one
 * of none in a text naming another state (other_state_named: Kan, of no
 * country, and U.S. President Obama in a text naming Japan): the two
 * met.  fixR: "Shin and Kim ... when they met", a South Korean minister
 * and an official of no country in a text naming no other state, or two
 * of no country in a text naming no two sides, is no meeting. */
static int
pronoun_of_pair_met(const mr_ctx *x, uint32_t s, size_t i)
{
	size_t a = x->sent[s].t0;
	const ncg_mention *p, *q;
	const char *ka, *kb;

	if (i < a + 4 || !wl_is(x, i, NCG_WL_MET_VERB) || !(x->tok[i].flags & NCG_TF_LOWER) ||
	    !(x->tok[i - 1].flags & NCG_TF_LOWER) || !wl_is(x, i - 1, NCG_WL_SUBJECT_PRONOUN) ||
	    !wl_is(x, a + 1, NCG_WL_PAIR_CONJUNCTION) || !(x->tok[a].flags & NCG_TF_CAP) ||
	    !(x->tok[a + 2].flags & NCG_TF_CAP) || inside(x, s, a, NCG_M_OFFICIAL) ||
	    inside(x, s, a + 2, NCG_M_OFFICIAL) || (x->tok[a + 3].flags & NCG_TF_CAP))
		return 0;
	p = surname_of_named(x, a);
	q = surname_of_named(x, a + 2);
	if (!p || !q || p == q)
		return 0;
	ka = official_country(x, p);
	kb = official_country(x, q);
	return two_sides(x, p, q) || (!ka != !kb && other_state_named(x, ka ? ka : kb));
}

/* A new predicate at token q: a verb (lex:metVerb, lex:meetingVerb,
 * lex:speechVerb), an auxiliary (lex:auxiliaryVerb), "to" or a modal
 * (lex:modal), or a relative opening its own clause (lex:
 * subjectRelative, lex:relativePronoun). */
static int
new_predicate_at(const mr_ctx *x, size_t q)
{
	static const ncg_wordlist wl[] = {NCG_WL_MET_VERB,      NCG_WL_MEETING_VERB,     NCG_WL_SPEECH_VERB,
	                                  NCG_WL_AUXILIARY_VERB, NCG_WL_MODAL,           NCG_WL_SUBJECT_RELATIVE,
	                                  NCG_WL_RELATIVE_PRONOUN};

	if (!(x->tok[q].flags & NCG_TF_LOWER))
		return 0;
	for (size_t k = 0; k < sizeof wl / sizeof wl[0]; k++)
		if (wl_is(x, q, wl[k]))
			return 1;
	return 0;
}

/* rules269, review94, review97: the press (lex:pressAudience) straight
 * after the verb is its object ("Moniz was meeting with reporters during
 * his visit"); an official later in the clause is the verb's object too
 * ("met with reporters and Foreign Minister X", "met with reporters, then
 * with Defense Minister X on Friday"), unless a new predicate stands
 * between (new_predicate_at: "met with reporters during his visit, and
 * was to meet industry minister X"): then the official is no party to
 * this verb, and the verb holds no meeting. */
static int
press_object(const mr_ctx *x, uint32_t s, size_t e, uint32_t c1)
{
	size_t p, q;
	const ncg_mention *o;

	if (e >= c1 || !(x->tok[e].flags & NCG_TF_LOWER) || !(p = wl_at(x, e, c1, NCG_WL_PRESS_AUDIENCE)))
		return 0;
	if (!(o = official_in(x, s, p, c1)))
		return 1;
	for (q = p; q < o->t0; q++)
		if (new_predicate_at(x, q))
			return 1;
	return 0;
}

/* review97: a clause of time after the progressive in its sentence
 * (lex:timeClauseOpener, not "as well as", lex:listConjunction): "was
 * meeting with Defense Minister X when the earthquake struck in 2011" is
 * that clause's background, not the day's meeting. */
static int
time_clause_after(const mr_ctx *x, size_t e, size_t t1)
{
	for (size_t q = e; q < t1; q++)
		if ((x->tok[q].flags & NCG_TF_LOWER) && wl_is(x, q, NCG_WL_TIME_CLAUSE_OPENER) &&
		    !wl_at(x, q, t1, NCG_WL_LIST_CONJUNCTION))
			return 1;
	return 0;
}

/* review94: the progressive "was meeting with" (progressive_at) holds a
 * meeting only with an official, or a class of officials ("top Japanese
 * officials", lex:hostGuestNoun), right after "with" (at most one
 * lower-case word first, and a counterpart, lex:peerNoun: "his
 * counterpart X", review97), not "was meeting with skepticism", "with
 * approval from Minister X"; and not reported ahead: no future cue
 * (lex:futureCue) to the sentence's end ("in Geneva next week"), nor
 * reported speech (lex:speechVerb, then lex:speechComplementizer "that":
 * "told reporters that he was meeting with Biden on Friday"), nor in the
 * background of a clause of time (time_clause_after). */
static int
progressive_unfit(const mr_ctx *x, uint32_t s, size_t i, size_t e, uint32_t c1)
{
	size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1, p = e, q;
	const ncg_mention *o;
	int said = 0;

	if (!progressive_at(x, i, e))
		return 0;
	if (wl_find(x, e, t1, NCG_WL_FUTURE_CUE) < t1 || time_clause_after(x, e, t1))
		return 1;
	for (q = t0; q < i; q++) {
		said |= (x->tok[q].flags & NCG_TF_LOWER) && wl_is(x, q, NCG_WL_SPEECH_VERB);
		if (said && (x->tok[q].flags & NCG_TF_LOWER) && wl_is(x, q, NCG_WL_SPEECH_COMPLEMENTIZER))
			return 1;
	}
	if (p < c1 && (x->tok[p].flags & NCG_TF_LOWER) && !wl_at(x, p, c1, NCG_WL_HOST_GUEST_NOUN))
		p++;
	for (; p < c1 && p < e + 5; p++) {
		if (((o = official_in(x, s, p, p + 1)) != NULL && o->t0 == p) ||
		    ((x->tok[p].flags & NCG_TF_LOWER) && wl_at(x, p, c1, NCG_WL_HOST_GUEST_NOUN)))
			return 0;
		if ((x->tok[p].flags & NCG_TF_LOWER) && !wl_is(x, p, NCG_WL_PEER_NOUN))
			return 1;
	}
	return 1;
}

/* rules318: "Mayor Martin J. Walsh welcomed Daisaku Kadokawa, Mayor of
 * Kyoto, Japan, and Kazuhiro Terada, Chair of the Kyoto City Assembly, to
 * celebrate ..." (City of Boston), "Gov. Perry welcomed Queensland
 * Premier Campbell Newman and the new trade office team to Texas"
 * (Breitbart), "welcomed Kim Doo-gyum, mayor of the port city of Ulsan,
 * South Korea (front row, center), to the Spring Branch Management
 * District" (a district's news): a welcome's guest list, an official
 * just after the verb's end e (within GUEST_LIST_START words: "Queensland
 * Premier"), then a comma or "and" at once, ends at the welcome's own
 * lex:welcomeTargetPreposition (lower case) within GUEST_LIST_REACH
 * words of the official, closed by a comma or a bracket before it or
 * opening a place, a country or a body: the host met the guests, as
 * "welcomed Y to" (verb_principals).  Never past a possessive's mark, a
 * relative or a verb of speech ("welcomed X, who said ... to", "welcomed
 * X and Y's pledge to"), nor "that".  The preposition's token, or 0. */
#define GUEST_LIST_START 3
#define GUEST_LIST_REACH 20

/* rules318: does a place, a country, a body or a capitalised word no
 * official's mention holds open at token p of sentence s ("to Texas",
 * "to the Spring Branch Management District")? */
static int
welcome_target_at(const mr_ctx *x, uint32_t s, size_t p)
{
	return inside(x, s, p, NCG_M_PLACE) || inside(x, s, p, NCG_M_COUNTRY) || inside(x, s, p, NCG_M_BODY) ||
	       ((x->tok[p].flags & NCG_TF_CAP) && !inside(x, s, p, NCG_M_OFFICIAL));
}

/* fix147 (review122): the words before the guest's official, after the
 * welcome verb's end e, are a title's, capitalised ("Queensland
 * Premier"), after at most a definite article: not "welcomed the
 * nomination of X, ...", "the visit of X, ...". */
static int
guest_list_opening(const mr_ctx *x, const ncg_mention *obj, size_t e)
{
	size_t o = official_start(obj);

	if (o < e || o > e + GUEST_LIST_START)
		return 0;
	for (size_t p = e; p < o; p++)
		if ((x->tok[p].flags & NCG_TF_LOWER) && !(p == e && wl_is(x, p, NCG_WL_DEFINITE_ARTICLE)))
			return 0;
	return 1;
}

/* rules322 (review122 3): the item after a guest list's "and" at token
 * a is a guest: it opens an official (official_starting: "and Kazuhiro
 * Terada, Chair of ...") or, a definite article allowed first, holds a
 * people noun (lex:delegationNoun, lex:hostGuestNoun: "and the new trade
 * office team to Texas") before the item's comma or lower-case
 * lex:welcomeTargetPreposition; not "welcomed X, and the U.S.
 * commitment to Okinawa". */
static int
guest_item_fits(const mr_ctx *x, uint32_t s, size_t a, uint32_t c1)
{
	if (a + 1 >= c1 || official_starting(x, s, a + 1))
		return a + 1 < c1;
	/* review124 6: a lower-case word opening the item is an article,
	 * a possessive or the people noun; not "and thanked the U.S.
	 * delegation" */
	if ((x->tok[a + 1].flags & NCG_TF_LOWER) && !wl_is(x, a + 1, NCG_WL_DEFINITE_ARTICLE) &&
	    !wl_is(x, a + 1, NCG_WL_INDEFINITE_ARTICLE) && !wl_is(x, a + 1, NCG_WL_POSSESSIVE) &&
	    !wl_at(x, a + 1, c1, NCG_WL_DELEGATION_NOUN) && !wl_at(x, a + 1, c1, NCG_WL_HOST_GUEST_NOUN))
		return 0;
	for (size_t q = a + 1; q < c1 && !ncg_doc_tok_is(x->doc, q, ","); q++) {
		if ((x->tok[q].flags & NCG_TF_LOWER) && wl_is(x, q, NCG_WL_WELCOME_TARGET_PREP))
			return 0;
		if ((x->tok[q].flags & NCG_TF_LOWER) &&
		    (wl_at(x, q, c1, NCG_WL_DELEGATION_NOUN) || wl_at(x, q, c1, NCG_WL_HOST_GUEST_NOUN)))
			return 1;
	}
	return 0;
}

static size_t
welcomed_guest_list(const mr_ctx *x, uint32_t s, const ncg_mention *obj, size_t e, uint32_t c1)
{
	size_t t = obj ? obj->t1 : 0;

	if (!obj || !guest_list_opening(x, obj, e) || t >= c1 ||
	    !(ncg_doc_tok_is(x->doc, t, ",") || tok_ieq(x, t, "and")))
		return 0;
	for (size_t j = t; j < c1 && j <= t + GUEST_LIST_REACH; j++) {
		if (tok_ieq(x, j, "and") && !inside(x, s, j, NCG_M_OFFICIAL) && !inside(x, s, j, NCG_M_BODY) &&
		    !guest_item_fits(x, s, j, c1))
			return 0;
		if (j == t)
			continue;
		if (possessive_mark(x, j + 1, t, 1) != j + 1 || wl_is(x, j, NCG_WL_RELATIVE_PRONOUN) ||
		    wl_is(x, j, NCG_WL_SUBJECT_RELATIVE) || wl_is(x, j, NCG_WL_SPEECH_VERB) || tok_ieq(x, j, "that") ||
		    wl_is(x, j, NCG_WL_POSSESSIVE))
			return 0;
		/* a title's own "to" ("Special Envoy to North Korea",
		 * "Ambassador to Japan") is no welcome's */
		if (!wl_is(x, j, NCG_WL_WELCOME_TARGET_PREP) || !(x->tok[j].flags & NCG_TF_LOWER) ||
		    wl_is(x, j - 1, NCG_WL_TITLE_HEAD))
			continue;
		if (ncg_doc_tok_is(x->doc, j - 1, ",") || ncg_doc_tok_is(x->doc, j - 1, ")") ||
		    (j + 1 < c1 && welcome_target_at(x, s, j + 1 + (wl_is(x, j + 1, NCG_WL_DEFINITE_ARTICLE) &&
		                                                    j + 2 < c1))))
			return j;
		return 0;
	}
	return 0;
}

/* review124 2: a recollection in the writer's sentence s before c1: a
 * time counted back (lex:agoWord: "Years ago"), a recalled occasion
 * (lex:writerRecallCue: "many times", "Back in"), a year in figures
 * other than the issue year ("In 2015,": year_token, of no date), or a
 * speaker's "I" (a transcript's label, capitals then ":", opening the
 * line before p: "MS. JEAN-PIERRE: ... I met")? */
static int
writer_recalls(const mr_ctx *x, uint32_t s, size_t p, uint32_t c1)
{
	size_t t0 = x->sent[s].t0, q = line_start(x, p, SIZE_MAX);

	if (wl_find(x, t0, c1, NCG_WL_AGO_WORD) < c1 || wl_find(x, t0, c1, NCG_WL_WRITER_RECALL_CUE) < c1)
		return 1;
	for (size_t k = t0; k < c1; k++)
		if (year_token(x, k) && year_token(x, k) != x->d->issued[0] && !inside(x, s, k, NCG_M_DATE) &&
		    !inside(x, s, k, NCG_M_PERIOD))
			return 1;
	for (size_t k = q; k < p && k < q + 8; k++) {
		if (ncg_doc_tok_is(x->doc, k, ":"))
			return k > q;
		if (x->tok[k].kind == NCG_TOK_WORD && !(x->tok[k].flags & NCG_TF_UPPER))
			return 0;
	}
	return 0;
}

/* rules322: a writer's own post tells its meeting in the first person:
 * "In early September, I welcomed Jeju-do Governor Woo Keun-min to Habib
 * House" (U.S. Embassy Seoul's blog), "Today I met with Pres. Aquino of
 * the Philippines" (the Reagan diary), "During my visit I met with
 * Admiral Samuel J. Locklear, Commander, United States Pacific Command"
 * (an Australian defence minister's release).  The writer ("I" of
 * lex:speakerPronoun, alone: after no "and" or "&", not "She & I met")
 * just before the verb at i (lex:speakerAdverb between: "I also met
 * with"), the official obj opening its object (guest_list_opening: a
 * capitalised title first at most); of the writer's own clause
 * (writer_own_clause: outside any quotation opened on its line, no other
 * year, no future cue), recalling nothing (writer_recalls), no verb of
 * speech in its paragraph (lex:speechVerb: "..., Hagerty said"; review124
 * 7: "'... Yesterday I met with ...,' Mr Marles said."), not in a record (in_a_record:
 * a cable's or a telegram's writer is writer_met's, writer_called's):
 * the writer met obj. */
/* fix178 (review145 8): the writer's "I" just before the verb at i of
 * sentence s, the clause opening at c0 (lex:speakerAdverb between: "I
 * also met"; no perfect's auxiliary when !perfect, lex:perfectAux:
 * review145 5), alone (after no "and" or "&": "She & I met"), in a
 * paragraph of no verb of speech (lex:speechVerb: "..., Hagerty said");
 * its token, or SIZE_MAX. */
static size_t
writer_pronoun_before(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, int perfect)
{
	const ncg_block *para = &ncg_doc_blocks(x->doc)[x->sent[s].block];
	size_t p = i;

	while (p > c0 + 1 && wl_is(x, p - 1, NCG_WL_SPEAKER_ADVERB) &&
	       (perfect || !wl_is(x, p - 1, NCG_WL_PERFECT_AUX)))
		p--;
	if (p <= c0 || !ncg_doc_tok_is(x->doc, p - 1, "I") ||
	    wl_find(x, para->t0, para->t1, NCG_WL_SPEECH_VERB) < para->t1)
		return SIZE_MAX;
	if (p - 1 > x->sent[s].t0 &&
	    (wl_is(x, p - 2, NCG_WL_PAIR_CONJUNCTION) || ncg_doc_tok_is(x->doc, p - 2, "&")))
		return SIZE_MAX;
	return p - 1;
}

static int
writer_post_subject(const mr_ctx *x, uint32_t s, size_t i, size_t e, const ncg_mention *obj,
                    uint32_t c0, uint32_t c1)
{
	size_t w = writer_pronoun_before(x, s, i, c0, 1);

	if (!obj || w == SIZE_MAX || !(x->tok[i].flags & NCG_TF_LOWER) || !guest_list_opening(x, obj, e) ||
	    in_a_record(x))
		return 0;
	return writer_own_clause(x, s, i, c0, c1, line_start(x, i, SIZE_MAX)) && !writer_recalls(x, s, w, c1);
}

/* A welcome verb (lex:welcomeVerb) at i whose official object obj is not
 * welcomed "to" somewhere: at once after it ("welcomed Y to"), or after
 * its guest list (rules318: welcomed_guest_list): else approval. */
static int
welcome_without_guest(const mr_ctx *x, uint32_t s, size_t i, size_t e, const ncg_mention *obj, uint32_t c1)
{
	return wl_is(x, i, NCG_WL_WELCOME_VERB) && !(obj && wl_is(x, obj->t1, NCG_WL_WELCOME_TARGET_PREP)) &&
	       !welcomed_guest_list(x, s, obj, e, c1);
}

/* The subject of the verb at [i, e) when no official precedes it in
 * its clause: named by surname, coordinated, a pronoun for an official
 * named before, a delegation's head (EV_SURNAME_SUBJECT), or the
 * writer of a post (rules322: writer_post_subject, EV_WRITER_SUBJECT);
 * the evidence, or -1. */
static int
unnamed_subject_ev(const mr_ctx *x, uint32_t s, size_t i, size_t e, const ncg_mention *obj, uint32_t c0,
                   uint32_t c1)
{
	if (obj ? surname_subject(x, s, i, c0, obj) || coordinated_subject(x, s, i, c0, obj) ||
	              pronoun_subject(x, s, i, obj) || led_delegation_met(x, s, i, c0, obj)
	        : pronoun_of_pair_met(x, s, i))
		return EV_SURNAME_SUBJECT;
	return writer_post_subject(x, s, i, e, obj, c0, c1) ? EV_WRITER_SUBJECT : -1;
}

/* rules348: the official object in [e, lim) of sentence s of the verb
 * at [i, e): an official named there, or, after "met" (lex:metVerb),
 * one whose long title opens there though its name is past lim ("Lee is
 * known to have met his U.S. counterpart, Deputy Secretary of State and
 * U.S. Special Envoy for North Korea, Stephen Biegun", KBS).  fix171
 * (review138 2): the title at e, or after a comma as an apposition to a
 * peer noun (lex:peerNoun), the name ending by the clause's end c1 and
 * no speech verb after it (not "met with business leaders ..., U.S.
 * Assistant Secretary ... David Stilwell said"); NULL when none. */
static const ncg_mention *
verb_object(const mr_ctx *x, uint32_t s, size_t i, size_t e, size_t lim, size_t c1)
{
	const ncg_mention *obj = official_in(x, s, e, lim);
	const size_t *idx;
	size_t n = obj || !wl_is(x, i, NCG_WL_MET_VERB) ? 0 : ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);
		size_t o0 = official_start(m);

		if (m->kind != NCG_M_OFFICIAL || o0 < e || o0 >= lim || m->t1 > c1 ||
		    (m->t1 < x->sent[s].t1 && wl_is(x, m->t1, NCG_WL_SPEECH_VERB)))
			continue;
		if (o0 == e || (o0 > e + 1 && ncg_doc_tok_is(x->doc, o0 - 1, ",") &&
		                wl_is(x, o0 - 2, NCG_WL_PEER_NOUN)))
			return m;
	}
	return obj;
}

static ncg_status
verb_principals(mr_ctx *x, uint32_t s, size_t *ip, size_t e, uint32_t c0, uint32_t c1)
{
	size_t i = *ip, lim = e + 16 < c1 ? e + 16 : c1, g1 = 0, cp = 0;
	const ncg_mention *obj = verb_object(x, s, i, e, lim, c1);
	int subj = officials_in(x, s, c0, i), ev = -1, noun = 0, talk;
	ncg_meeting_cand *c;

	if (press_object(x, s, e, c1) || progressive_unfit(x, s, i, e, c1))
		return NCG_OK;
	if (!subj && (ev = unnamed_subject_ev(x, s, i, e, obj, c0, c1)) >= 0) {
		subj = obj ? 1 : 2;
	} else if (!subj && (dated_object_met(x, s, i, e, obj, c0, c1) ||
	                     (noun = dated_call_noun(x, s, i, e, obj, c0, c1)) != 0 ||
	                     writer_met(x, s, i, e, obj, c0, c1) || met_titled_object(x, s, i, e, c0, c1) ||
	                     (!obj && (cp = office_counterpart(x, s, i, e, c0, c1)) != 0))) {
		subj = 1;
		ev = EV_DATED_OBJECT;
	}
	/* rules126: a cable's "REVIEWED WITH" holds talks only with its
	 * official and a day (cable_talk), whoever the subject */
	if ((talk = wl_at(x, i, e, NCG_WL_CABLE_TALK_VERB) == e) != 0) {
		if (!cable_talk(x, s, i, e, obj, c0, c1))
			return NCG_OK;
		subj = noun = 1;
		ev = EV_DATED_OBJECT;
	}
	if (talk)
		;
	else if (!obj && (g1 = met_group(x, s, i, e, c0, c1)) != 0)
		ev = EV_MET_GROUP;
	/* a dated object just found (no obj: writer_met, met_titled_object;
	 * ev is EV_DATED_OBJECT here only then) is other_side_evidence's own:
	 * not asked again */
	else if (subj == 1 && !obj && (ev == EV_DATED_OBJECT || (ev = other_side_evidence(x, s, i, e, c0, c1)) >= 0))
		;
	else if (!subj || (!obj && !(subj >= 2 && wl_is(x, i, NCG_WL_MET_VERB))))
		return NCG_OK;
	/* "welcomed Y to" (any case: "WELCOMED Y TO"): else approval */
	if ((!cp && welcome_without_guest(x, s, i, e, obj, c1)) ||
	    urged_object(x, i, e, obj, c1) ||
	    (wl_at(x, i, e, NCG_WL_BRIEFING_VERB) == e &&
	     (briefing_on_other(x, s, i, e, c1) || !briefing_two_sides(x, s, i, c0, obj))))
		return NCG_OK;
	NCG_TRY(new_cand(x, NCG_MC_PRINCIPALS, s, i, e, &c));
	if (ev >= 0)
		add_ev(c, ev);
	/* rules137, rules140: the host received the writer, or the writer
	 * called: the writer's own report, as a speaker's (EV_SPEAKER_HAD) */
	if (ev == EV_WRITER_OBJECT || (!obj && met_the_writer(x, s, i, c0, c1)) ||
	    (ev == EV_DATED_OBJECT && writer_called(x, s, i, c0, c1)))
		add_ev(c, EV_SPEAKER_HAD);
	/* a call noun has no verb to give its tense: its day, no future
	 * cue, does (dated_call_noun) */
	if (noun)
		add_ev(c, EV_PAST_VERB);
	if (g1 && g1 < c->c1)
		c->c1 = (uint32_t)g1;
	*ip = e - 1;
	return NCG_OK;
}

/* rules133: "IN SEPARATE CONVERSATIONS SEPT 5, PRIMIN KIM CHONG-PIL AND
 * FONMIN KIM DONG-JO REITERATED ..." (a cable): in a cable in capitals,
 * an opener (lex:callNounOpener) at i, at most one lower-case word that
 * is no call cue (lex:callCue: "TELEPHONE"), a noun of talks in person
 * (lex:cableTalkNoun), a day right after it, an official in the clause
 * of a lead, no future cue (lead_day_after): talks held that day, as a
 * call noun's (dated_call_noun).  Returns the noun's end, or 0. */
static size_t
dated_talk_noun(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t p = wl_at(x, i, c1, NCG_WL_CALL_NOUN_OPENER), e;

	if (!p || p + 1 >= c1 || !ncg_mentions_cable_in_capitals(x->ms))
		return 0;
	e = wl_at(x, p, c1, NCG_WL_CABLE_TALK_NOUN);
	if (!e && (x->tok[p].flags & NCG_TF_LOWER) && !wl_at(x, p, c1, NCG_WL_CALL_CUE))
		e = wl_at(x, p + 1, c1, NCG_WL_CABLE_TALK_NOUN);
	if (!e || !day_phrase_end(x, s, e, c1) || !official_in(x, s, c0, c1) ||
	    !lead_day_after(x, s, e, c0, c1))
		return 0;
	return e;
}

/* The principals' candidate at [*ip, e) with evidence ev, and a past
 * verb's where past is set: rules133's dated noun of talks
 * (dated_talk_noun: its day, no future cue, gives its tense), rules169's
 * writer's words to an official (writer_told). */
static ncg_status
span_principals(mr_ctx *x, uint32_t s, size_t *ip, size_t e, int ev, int past)
{
	ncg_meeting_cand *c;

	NCG_TRY(new_cand(x, NCG_MC_PRINCIPALS, s, *ip, e, &c));
	add_ev(c, ev);
	if (past)
		add_ev(c, EV_PAST_VERB);
	*ip = e - 1;
	return NCG_OK;
}

/* rules169: the official the writer addressed, from p just after the
 * verb: an official's mention opening there ("told Foreign Minister
 * Pyun", "saw Ambassador Kim"), the surname of one named in full before
 * ("told Pyun"), or "the" and the head of a title (lex:titleHead) no
 * mention holds and no other capitalised word follows ("said to the
 * President"; not "saw the Minister Counselor"); no possessive after
 * any of them ("saw President Park's letter", "told the President's
 * aide").  The token after the object, or 0. */
static size_t
addressed_official_at(const mr_ctx *x, uint32_t s, size_t p, uint32_t c1)
{
	const ncg_mention *m = p < c1 ? official_in(x, s, p, p + 1) : NULL;
	size_t o = 0;

	if (m && official_start(m) == p)
		o = m->t1;
	else if (p < c1 && (x->tok[p].flags & NCG_TF_CAP) && !inside(x, s, p, NCG_M_OFFICIAL) &&
	         surname_of_named(x, p))
		o = p + 1;
	else if (p + 2 <= c1 && wl_is(x, p, NCG_WL_DEFINITE_ARTICLE) &&
	         (x->tok[p + 1].flags & NCG_TF_CAP) && wl_is(x, p + 1, NCG_WL_TITLE_HEAD) &&
	         !inside(x, s, p + 1, NCG_M_OFFICIAL) &&
	         !(p + 2 < c1 && (x->tok[p + 2].flags & NCG_TF_CAP)))
		o = p + 2;
	return o && o < c1 && x->s[x->tok[o].b] == '\'' ? 0 : o;
}

/* review49: a channel of words not in person (lex:channelCue) from p,
 * just after the writer's verb, up to the words told ("that") or the
 * clause's end c1: "said to the Secretary in my telegram of November 10
 * that", "saw the President on television"; not "told Pyun that the
 * cable had come". */
static int
channel_in(const mr_ctx *x, size_t p, uint32_t c1)
{
	for (size_t j = p; j < c1 && !tok_ieq(x, j, "that"); j++)
		if (wl_at(x, j, c1, NCG_WL_CHANNEL_CUE))
			return 1;
	return 0;
}

/* rules169: "I said to the President that the PriMin had raised ...",
 * "I also told Pyun what my government thought", "I saw Ambassador Kim
 * alone this morning" (telegrams): the writer (lex:speakerPronoun, at
 * most two lex:speakerAdverb between: "I also told") just before a past
 * verb of words in person (lex:writerAddressVerb) at i, lower case or in
 * a cable in capitals, an official addressed right after it
 * (addressed_official_at), no call cue in the clause ("told him by
 * telephone"), the writer's own report up to the official
 * (writer_report: a record, no future cue, no quotation; the words told
 * may look ahead: "I told Pyun I would refer ..."), no other year in the
 * clause.  "I had told ..." has no writer just before the verb: an
 * earlier talk.  review49: nor "As I said to ..." (lex:recallOpener just
 * before the writer: earlier words recalled); no words sent in writing,
 * through another or seen in the media after the verb (channel_in:
 * "in my telegram of", "through his aide", "on television"); no time of
 * the clause's own (other_time_in: "on November 2" in a record of
 * November 14).  The verb's end, or 0. */
static size_t
writer_told(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e = wl_at(x, i, c1, NCG_WL_WRITER_ADDRESS_VERB), q = i, o;

	if (!e || (!(x->tok[i].flags & NCG_TF_LOWER) && !ncg_mentions_cable_in_capitals(x->ms)))
		return 0;
	while (q > c0 && i - q < 2 && wl_is(x, q - 1, NCG_WL_SPEAKER_ADVERB))
		q--;
	if (q <= c0 || !wl_is(x, q - 1, NCG_WL_SPEAKER_PRONOUN) ||
	    (q - 1 > c0 && wl_is(x, q - 2, NCG_WL_RECALL_OPENER)) ||
	    (o = addressed_official_at(x, s, e, c1)) == 0 || wl_find(x, c0, c1, NCG_WL_CALL_CUE) != c1 ||
	    channel_in(x, e, c1) ||
	    !writer_report(x, s, i, c0, (uint32_t)o) || other_time_in(x, s, c0, c1))
		return 0;
	return e;
}

/* review94: the host's side of a welcomed group of country gc: the
 * host's own country (official_country), else the dateline's, else a
 * country other than gc the text names as a place, after a place
 * preposition (lex:placePreposition, lex:placeDeterminer: "The team is
 * in the Philippines for the Balikatan exercise", "... just like in the
 * Philippines", a later paragraph of a city's newsflash); or NULL
 * ("Mayor X welcomed the Civil Affairs Team 2 of the US Army ...": maybe
 * a U.S. city's).  review97: not any country the text names ("The team
 * returned from Japan"). */
static const char *
host_side_country(const mr_ctx *x, const ncg_mention *host, const char *gc)
{
	const char *hc = official_country(x, host);
	const ncg_mention *dl = x->head->dateline_place;

	if (hc)
		return hc;
	if (dl && dl->place.country[0])
		return dl->place.country[0];
	for (size_t k = 0, n = ncg_mentions_count(x->ms); k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);
		size_t p = m->t0;

		if (m->kind != NCG_M_COUNTRY || !m->key || strcmp(m->key, gc) == 0 || m->sent >= x->nsent)
			continue;
		if (p > x->sent[m->sent].t0 && wl_is(x, p - 1, NCG_WL_PLACE_DETERMINER))
			p--;
		if (p > x->sent[m->sent].t0 && wl_is(x, p - 1, NCG_WL_PLACE_PREPOSITION))
			return m->key;
	}
	return NULL;
}

/* review94: does a courtesy visit's noun (lex:courtesyVisitNoun) follow
 * at once the leader's name ending at p, after "during" (lex:
 * visitSpanPreposition) or "on" (lex:dayPreposition) and an article ("led by X during a
 * courtesy visit")?  Not "led by X, who had paid a courtesy visit on the
 * city in 2019" (another visit). */
static int
visit_after_leader(const mr_ctx *x, size_t p, uint32_t c1)
{
	if (p + 2 >= c1 || !(x->tok[p].flags & NCG_TF_LOWER) ||
	    !(wl_is(x, p, NCG_WL_VISIT_SPAN_PREP) || wl_is(x, p, NCG_WL_DAY_PREPOSITION)))
		return 0;
	p++;
	if (wl_is(x, p, NCG_WL_DEFINITE_ARTICLE) || wl_is(x, p, NCG_WL_INDEFINITE_ARTICLE))
		p++;
	return p < c1 && wl_at(x, p, c1, NCG_WL_COURTESY_VISIT_NOUN) != 0;
}

/* rules268: "Mayor Michael Marcos Keon welcomed the Civil Affairs Team 1
 * of the US Marine Corps led by LtCol Anna Marie Holmes during a
 * courtesy visit on March 31, 2023." (a city's newsflash): an official,
 * a host's past verb (lex:hostVerb) at i in lower case, no auxiliary
 * before it, its object an article and at once a body, within
 * LED_GROUP_REACH words a leader's cue (lex:leadPassive: "led by") and
 * at once an official, a body of a known country in the object other
 * than the host's side's (host_side_country, known), then at once a
 * courtesy visit (visit_after_leader) and a day in the clause of a lead
 * sentence (lead_day_after); no future or
 * call cue, no earlier time: the host received the group's leader that
 * day.  Not "will welcome", "welcomed the team led by X" with no
 * courtesy visit or no day.  The verb's end, or 0. */
#define LED_GROUP_REACH 10
static size_t
welcomed_led_group(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e = wl_at(x, i, c1, NCG_WL_HOST_VERB), p, q, l = 0;
	const ncg_mention *host, *b, *lead = NULL;
	const char *hc, *gc = NULL;

	if (!e || i == c0 || !(x->tok[i].flags & NCG_TF_LOWER) || wl_is(x, i - 1, NCG_WL_AUXILIARY_VERB) ||
	    (host = official_in(x, s, c0, i)) == NULL || wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1 ||
	    call_cue_in(x, c0, c1) || host_recalled(x, s, c0, c1))
		return 0;
	p = e + (e < c1 && (wl_is(x, e, NCG_WL_DEFINITE_ARTICLE) || wl_is(x, e, NCG_WL_INDEFINITE_ARTICLE)));
	if (p >= c1 || (b = inside(x, s, p, NCG_M_BODY)) == NULL || b->t0 != p)
		return 0;
	for (q = b->t1; q < c1 && q < b->t1 + LED_GROUP_REACH && !l; q++)
		l = wl_at(x, q, c1, NCG_WL_LEAD_PASSIVE);
	if (!l || (lead = official_in(x, s, l, l + 2 < c1 ? l + 2 : c1)) == NULL)
		return 0;
	for (const ncg_mention *m = b; m && m->t1 <= l && !gc; m = kind_in(x, s, m->t1, l, NCG_M_BODY))
		gc = side_country(m);
	if (!gc || (hc = host_side_country(x, host, gc)) == NULL || strcmp(hc, gc) == 0 ||
	    !visit_after_leader(x, lead->t1, c1))
		return 0;
	return lead_day_after(x, s, lead->t1, c0, c1) ? e : 0;
}

/* The countries a body mention m stands for: its own (one or two), else
 * the country words of its name ("Yongsan-gu Korean American Friendship
 * Council": ROK and US), at most two in k[].  Returns how many. */
static int
body_sides(const mr_ctx *x, const ncg_mention *m, const char *k[2])
{
	int n = 0;

	for (int j = 0; j < 2 && m->body.country[j]; j++)
		k[n++] = m->body.country[j];
	for (size_t p = m->t0; !m->body.country[0] && p < m->t1; p++) {
		const char *w = country_word(x, p);

		if (!w || (n && strcmp(k[0], w) == 0))
			continue;
		if (n == 2)
			return 0;
		k[n++] = w;
	}
	return n;
}

/* "Members of the Yongsan-gu Korean American Friendship Council and U.S.
 * Army Garrison Yongsan met to discuss ..., Sep. 25." (U.S. Army): two
 * bodies joined by "and" (lex:pairConjunction) just before a lower-case
 * "met" (lex:metVerb) at token i, one of a single country and the other
 * of another (or named for two: a friendship council), a day after the
 * verb in a lead, no future cue (lead_day_after) nor call cue: the two
 * met that day.  "met" is followed by a purpose of talks ("met to
 * discuss"): "met every training objective", "met on the soccer field"
 * are no meeting, and "met with local residents" is the two bodies'
 * meeting with a third party, not with each other.  "The ROK Army and ROK Navy met" are of
 * one side. */
static int
bodies_met(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	const ncg_mention *a, *b;
	const char *ka[2], *kb[2];
	size_t q;
	int na, nb;

	if (!wl_is(x, i, NCG_WL_MET_VERB) || !(x->tok[i].flags & NCG_TF_LOWER) || i < c0 + 3 ||
	    (b = inside(x, s, i - 1, NCG_M_BODY)) == NULL || b->t1 != i)
		return 0;
	q = b->t0 > c0 && wl_is(x, b->t0 - 1, NCG_WL_DEFINITE_ARTICLE) ? b->t0 - 1 : b->t0;
	if (q < c0 + 2 || !wl_is(x, q - 1, NCG_WL_PAIR_CONJUNCTION) ||
	    (a = inside(x, s, q - 2, NCG_M_BODY)) == NULL || a->t1 != q - 1)
		return 0;
	if (i + 2 >= c1 || !tok_ieq(x, i + 1, "to") || !purpose_talk_verb(x, i + 2, c1))
		return 0;
	na = body_sides(x, a, ka);
	nb = body_sides(x, b, kb);
	if (!na || !nb || (na == 2 && nb == 2) || (na == 1 && nb == 1 && strcmp(ka[0], kb[0]) == 0))
		return 0;
	return !call_cue_in(x, c0, c1) && lead_day_after(x, s, i + 1, c0, c1);
}

/* fix121: the country key of the country's wording of several words
 * [p, e) ("North Korean"; country_wording_end found its end), or NULL */
static const char *
country_words_key(const mr_ctx *x, size_t p, size_t e)
{
	const ncg_lex_wording *c;
	size_t len = x->tok[e - 1].e - x->tok[p].b;
	size_t n = ncg_lexicon_wordings_at(x->lex, ncg_doc_tok_ptr(x->doc, p), ncg_doc_tok_len(x->doc, p), &c);

	for (size_t k = 0; k < n; k++)
		if (c[k].entry->kind == NCG_LEX_COUNTRY && c[k].what <= NCG_LEXW_ADJECTIVE && c[k].len == len &&
		    strncmp(c[k].wording, x->s + x->tok[p].b, len) == 0)
			return c[k].entry->key;
	return NULL;
}

/* rules281: the side that the words [a, b) of sentence s name: the one
 * country of their country words (country_word: "the US Armed
 * Services", "Royal Australian Army") and of the bodies wholly among
 * them (side_country), a country's wording of several words too ("North
 * Korean": not the ROK's "Korean").  Returns how many countries (0, 1,
 * or 2 for two or more), the first in *k.  fix121 (review106 5): *force
 * is 2 for a force: a body wholly in [a, b) that names a service
 * (lex:serviceName: "Marine Corps", "Royal Thai Army") or the other
 * side's "counterparts" (lex:peerNoun: "with their U.S. counterparts");
 * 1 for another body ("Pacific Air Forces", "United Nations Command");
 * 0 for a bare nationality ("U.S. and Japanese experts").  A body that
 * starts in [a, b) gives its country even when the reach cuts its name
 * ("with their counterparts from the People's Liberation Army Navy":
 * China's; review108 1). */
static int
words_side(const mr_ctx *x, uint32_t s, size_t a, size_t b, const char **k, int *force)
{
	*k = NULL;
	*force = 0;
	for (size_t p = a; p < b; p++) {
		const ncg_mention *m = inside(x, s, p, NCG_M_BODY);
		const char *w = NULL;
		size_t e;

		if (m && m->t0 >= a && p == m->t0)
			w = side_country(m);
		if (m && m->t0 >= a && m->t1 <= b)
			*force = wl_find(x, m->t0, m->t1, NCG_WL_SERVICE_NAME) < m->t1 ? 2 : *force | 1;
		if (wl_is(x, p, NCG_WL_PEER_NOUN))
			*force = 2;
		if (!w && (e = country_wording_end(x, p, b, &w)) > p + 1) {
			w = country_words_key(x, p, e);
			p = e - 1;
		}
		if (w && *k && strcmp(w, *k) != 0)
			return 2;
		if (w)
			*k = w;
	}
	return *k != NULL;
}

/* review108 1: is country key k the state one side of every meeting in
 * scope is (lex:anchorState, by the country's label: "United States")? */
static int
anchor_state(const mr_ctx *x, const char *k)
{
	return ncg_lexicon_label_in(x->lex, k, NCG_WL_ANCHOR_STATE) > 0;
}

/* rules281: do the words [a0, a1) and [b0, b1) name two sides: each one
 * country and the two differ, or one a country and the other a force
 * named with none ("Marine Corps and Royal Australian Army": a release's
 * own service beside an ally's)?  fix121 (review106 5): the alliance's
 * meeting only: one side a force (words_side), and, both countries
 * known, one of them the anchor state (anchor_state); not
 * "Chinese and Russian experts met", "North Korean experts met with
 * their Russian counterparts", "U.S. and Japanese experts met" (no
 * force: a think tank's), "United Nations Command and Korean lawyers
 * met" (no force).  review108 1: the U.S. one of the two known states
 * (anchor_state), not an ally's force with a third state's ("Philippine
 * Navy experts met with their counterparts from the People's Liberation
 * Army Navy"). */
static int
two_word_sides(const mr_ctx *x, uint32_t s, size_t a0, size_t a1, size_t b0, size_t b1)
{
	const char *ka, *kb;
	int fa, fb, na = words_side(x, s, a0, a1, &ka, &fa), nb = words_side(x, s, b0, b1, &kb, &fb);

	if (fa < 2 && fb < 2)
		return 0;
	if (na == 1 && nb == 1)
		return strcmp(ka, kb) != 0 && (anchor_state(x, ka) || anchor_state(x, kb));
	return (na == 1 && nb == 0 && fb) || (na == 0 && fa && nb == 1);
}

#define PERSONNEL_WITH_REACH 8
#define PERSONNEL_FROM_REACH 12

/* the end of the words from f that may name a side: up to a comma, "to",
 * "for", "on" (lex:sideWordsStop) or a place's preposition
 * (lex:placePreposition), within n words */
static size_t
side_words_end(const mr_ctx *x, size_t f, uint32_t c1, size_t n)
{
	size_t k;

	for (k = f; k < c1 && k < f + n; k++)
		if (wl_is(x, k, NCG_WL_SIDE_WORDS_STOP) || wl_is(x, k, NCG_WL_PLACE_PREPOSITION))
			break;
	return k;
}

/* the first "with" (lex:personnelWithPreposition) in the clause after
 * the verb's end e, when it is followed by the other side's people
 * "from" (lex:peopleOrigin) a force: "with their counterparts from ...
 * the Armed Forces of the Philippines", "to engage with experts from the
 * Philippine Air Force" (an optional possessive, lex:possessiveDeterminer,
 * and one modifier, then a lex:personnelNoun or lex:peerNoun): the token
 * after "from", or 0 */
static size_t
with_people_from(const mr_ctx *x, size_t e, uint32_t c1)
{
	size_t w = e, p;

	while (w < c1 && !wl_is(x, w, NCG_WL_PERSONNEL_WITH_PREP) && !ncg_doc_tok_is(x->doc, w, ","))
		w++;
	if (w >= c1 || !wl_is(x, w, NCG_WL_PERSONNEL_WITH_PREP))
		return 0;
	p = w + 1 + (w + 1 < c1 && wl_is(x, w + 1, NCG_WL_POSSESSIVE));
	for (size_t q = p; q < c1 && q < p + 2; q++)
		if ((wl_is(x, q, NCG_WL_PERSONNEL_NOUN) || wl_is(x, q, NCG_WL_PEER_NOUN)) &&
		    q + 2 < c1 && wl_is(x, q + 1, NCG_WL_PEOPLE_ORIGIN))
			return q + 2;
	return 0;
}

/* rules281: the subject [a, b) of the personnel's verb at token i names
 * two sides: split at its last "and" (lex:pairConjunction: "Marine
 * Corps and Royal Australian Army"), or, whole, one side with the other
 * after "with" (lex:personnelWithPreposition) just after the verb's end
 * e ("experts met with their U.S. counterparts"), up to a comma, "to", "for", "on" or a place's
 * preposition (lex:placePreposition) within PERSONNEL_WITH_REACH words;
 * or, whole, one side with the other named after "with <their>
 * counterparts from" later in the clause (with_people_from: "... to
 * share work knowledge with their counterparts from ... the Armed Forces
 * of the Philippines"), within PERSONNEL_FROM_REACH words. */
static int
personnel_sides(const mr_ctx *x, uint32_t s, size_t a, size_t b, size_t e, uint32_t c1)
{
	size_t q = b, k, f;

	while (q > a && !wl_is(x, q - 1, NCG_WL_PAIR_CONJUNCTION))
		q--;
	if (q > a + 1 && q < b && two_word_sides(x, s, a, q - 1, q, b))
		return 1;
	if (e + 1 < c1 && wl_is(x, e, NCG_WL_PERSONNEL_WITH_PREP)) {
		k = side_words_end(x, e + 1, c1, PERSONNEL_WITH_REACH);
		if (k > e + 1 && two_word_sides(x, s, a, b, e + 1, k))
			return 1;
	}
	f = with_people_from(x, e, c1);
	k = f ? side_words_end(x, f, c1, PERSONNEL_FROM_REACH) : 0;
	return k > f && two_word_sides(x, s, a, b, f, k);
}

/* the subject's side after a lex:personnelNoun and "from"
 * (lex:peopleOrigin) that opens the clause, after at most two words
 * ("Chaplains from the US Armed Services ...", "Subject matter experts
 * from Pacific Air Forces (PACAF) gathered"), before the verb at i: the
 * side's first token, or 0 */
static size_t
personnel_opening(const mr_ctx *x, uint32_t c0, size_t i)
{
	for (size_t p = c0; p < c0 + 3 && p + 2 < i; p++)
		if (wl_is(x, p, NCG_WL_PERSONNEL_NOUN) && wl_is(x, p + 1, NCG_WL_PEOPLE_ORIGIN))
			return p + 2;
	return 0;
}

/* fix130 (review111 6): does a date of a day start in [a, b) of
 * sentence s?  The day test that closes personnel_met and
 * passive_host_met ("met on February 16", "was met by ... on March 3"). */
static int
day_date_in(const mr_ctx *x, uint32_t s, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++) {
		const ncg_mention *m = inside(x, s, j, NCG_M_DATE);

		if (m && m->t0 == j && m->date.prec == NCG_PREC_DAY)
			return 1;
	}
	return 0;
}

/* fix148 (review122 7): the clause [c0, c1) of two sides' verb ending
 * at e reports their meeting: no series nor meeting named there (that
 * one is read), no future cue nor negation, a day after the verb
 * (personnel_met, side_members_met). */
static int
dated_sides_clause(const mr_ctx *x, uint32_t s, size_t e, uint32_t c0, uint32_t c1)
{
	if (series_in(x, s, c0, c1) || meeting_named_in(x, s, c0, c1) ||
	    wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1 || wl_find(x, c0, c1, NCG_WL_NEGATION_WORD) < c1)
		return 0;
	return day_date_in(x, s, e, c1);
}

/* rules281: "Chaplains from the US Armed Services and Armed Forces of
 * the Philippines met on February 16 at the Shrine of ...", "Marine
 * Corps and Royal Australian Army subject-matter experts gathered at
 * Camp Pendleton, Calif., May 9-10, to discuss" (military releases): a
 * plural of the forces' specialists (lex:personnelNoun) just before a
 * lower-case "met" (lex:metVerb) or gathering verb (lex:gatheringVerb)
 * at token i, or opening the clause before "from"; the two sides in
 * its subject, or after "with" just after the verb or "with <their>
 * counterparts/<personnel> from" later in the clause (personnel_sides:
 * "U.S. Army, Navy and Marine Corps Chaplains gathered at Camp ...
 * April 11 ... to share work knowledge with their counterparts from ...
 * the Armed Forces of the Philippines"); a day in the clause,
 * no future cue nor negation, no meeting named there (that one is
 * read).  Not "Chaplains from the Southeastern Asia Union Mission ...
 * convened" (one side), nor "officer candidates with the JGSDF gathered
 * March 9" (no personnel noun, one side). */
static int
personnel_met(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e, a, b;

	if (i < c0 + 2 || !(x->tok[i].flags & NCG_TF_LOWER))
		return 0;
	e = wl_is(x, i, NCG_WL_MET_VERB) ? i + 1 : wl_at(x, i, c1, NCG_WL_GATHERING_VERB);
	if (!e)
		return 0;
	if (wl_is(x, i - 1, NCG_WL_PERSONNEL_NOUN)) {
		a = c0;
		b = i - 1;
	} else if ((a = personnel_opening(x, c0, i)) == 0)
		return 0;
	else
		b = i;
	if (a >= b || !personnel_sides(x, s, a, b, e, c1))
		return 0;
	return dated_sides_clause(x, s, e, c0, c1);
}

/* rules319: the sides [*a0, *a1) and [*b0, *b1) of a coordinated
 * subject [c0, i) whose people are named by a lex:sideMemberNoun and
 * lex:sideMemberOf: after its last "and" (lex:pairConjunction), a comma
 * before it left out ("..., III Marine Expeditionary Force, and members
 * of the Royal Thai Marine Corps (RTMC)"), or opening it with "of" again
 * after the "and" ("Representatives of the Government of Japan and of
 * the United States Government"); 0 if neither. */
static int
side_members_subject(const mr_ctx *x, size_t c0, size_t i, size_t *a0, size_t *a1, size_t *b0, size_t *b1)
{
	size_t q = i;

	while (q > c0 + 1 && !wl_is(x, q - 1, NCG_WL_PAIR_CONJUNCTION))
		q--;
	if (q <= c0 + 1 || q + 1 >= i)
		return 0;
	*a1 = q - 1 - (ncg_doc_tok_is(x->doc, q - 2, ",") ? 1 : 0);
	*b1 = i;
	if (q + 2 < i && wl_is(x, q, NCG_WL_SIDE_MEMBER_NOUN) && wl_is(x, q + 1, NCG_WL_SIDE_MEMBER_OF)) {
		*a0 = c0;
		*b0 = q + 2;
	} else if (wl_is(x, c0, NCG_WL_SIDE_MEMBER_NOUN) && wl_is(x, c0 + 1, NCG_WL_SIDE_MEMBER_OF) &&
	           wl_is(x, q, NCG_WL_SIDE_MEMBER_OF)) {
		*a0 = c0 + 2;
		*b0 = q + 1;
	} else
		return 0;
	return *a0 < *a1 && *b0 < *b1;
}

/* fix148 (review122 4): do the words [b0, b1) after "of" that name a
 * side's people open a body, after "the" or not ("members of the Royal
 * Thai Marine Corps"), not a people ("of the Korean public", "members
 * of the Japanese media")? */
static int
people_side_body(const mr_ctx *x, uint32_t s, size_t b0, size_t b1)
{
	size_t p = b0 + (b0 + 1 < b1 && wl_is(x, b0, NCG_WL_DEFINITE_ARTICLE));
	const ncg_mention *m = inside(x, s, p, NCG_M_BODY);

	return m && m->t0 == p;
}

/* rules319: "U.S. Marines with U.S. Marine Corps Forces, Pacific, III
 * Marine Expeditionary Force, and members of the Royal Thai Marine Corps
 * (RTMC) met to discuss future engagements between the two forces, Dec.
 * 10 - 13, 2024" (DVIDS via Public): a lower-case "met" (lex:metVerb) or
 * gathering verb (lex:gatheringVerb) at token i after a subject whose
 * second side is named as its people (side_members_subject), the two
 * sides' words two sides, one a force (two_word_sides), each side after
 * "of" opening a body (people_side_body; fix148, review122 4: not "and
 * members of the Japanese media"); after the verb a comma, "to", "for",
 * "on" (lex:sideWordsStop), a place's preposition or a day (fix148,
 * review122 7: not "met with village leaders", "met students"); then
 * dated_sides_clause, as personnel_met.  Not "Members of the council
 * and of the public met on Monday" (no side), nor "members of the Royal
 * Thai Marine Corps met" (one side). */
static int
side_members_met(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e, a0, a1, b0, b1;

	if (i < c0 + 4 || !(x->tok[i].flags & NCG_TF_LOWER))
		return 0;
	e = wl_is(x, i, NCG_WL_MET_VERB) ? i + 1 : wl_at(x, i, c1, NCG_WL_GATHERING_VERB);
	if (!e || e >= c1 || !side_members_subject(x, c0, i, &a0, &a1, &b0, &b1) ||
	    !people_side_body(x, s, b0, b1) || (a0 > c0 && !people_side_body(x, s, a0, a1)) ||
	    !two_word_sides(x, s, a0, a1, b0, b1))
		return 0;
	if (!wl_is(x, e, NCG_WL_SIDE_WORDS_STOP) && !wl_is(x, e, NCG_WL_PLACE_PREPOSITION) && !day_date_in(x, s, e, e + 1))
		return 0;
	return dated_sides_clause(x, s, e, c0, c1);
}

/* sealed53 (review111 1): the side that people drawn "from" or "of" it
 * (met_people_from) belong to, at token p: "the" or not, then a body or
 * a country opening there, or lower-case modifiers (at most
 * PEOPLE_SIDE_MODS) and a government's noun (lex:peopleSideNoun: "the
 * provincial government").  Its end, or 0; *key its country if known. */
#define PEOPLE_SIDE_MODS 2
static size_t
people_side_at(const mr_ctx *x, uint32_t s, size_t p, uint32_t c1, const char **key, const ncg_mention **side)
{
	const ncg_mention *m;
	size_t q;

	*key = NULL;
	*side = NULL;
	if (p < c1 && wl_is(x, p, NCG_WL_DEFINITE_ARTICLE) && !inside(x, s, p, NCG_M_BODY))
		p++;
	/* fix132 (review112 4): "officials from her government": the
	 * official's own side */
	if (p >= c1 || wl_is(x, p, NCG_WL_POSSESSIVE))
		return 0;
	if (((m = inside(x, s, p, NCG_M_BODY)) != NULL || (m = inside(x, s, p, NCG_M_COUNTRY)) != NULL) &&
	    m->t0 == p) {
		*key = side_country(m);
		*side = m;
		return m->t1;
	}
	for (q = p; q < c1 && q <= p + PEOPLE_SIDE_MODS && (x->tok[q].flags & NCG_TF_LOWER); q++)
		if (wl_is(x, q, NCG_WL_PEOPLE_SIDE_NOUN))
			return q + 1;
	return 0;
}

/* fix132 (review112 4): may the side of the people an official of
 * country sc (or NULL) met (people_side_at: country oc or NULL, its body
 * or country mention side, NULL for a government's noun, bare when that
 * noun has no modifier) be the
 * official's own: the same country; no country on either side and a
 * government's bare noun ("met officials from the government"; but "the
 * provincial government", after a lower-case modifier, is a local one,
 * and "Mr Hale met representatives from the Ministry of Foreign Affairs"
 * a named body: Bangkok Post); a body of no country when the official's
 * is known ("Japanese Defense Minister Minoru Kihara met officials from
 * the Ministry of Defense": his own ministry, as likely as not); a military
 * unit (lex:militaryUnitHead) when the official's country is unknown
 * ("met with staff from U.S. 7th Fleet": his own forces, as likely as
 * not)? */
static int
own_people_side(const mr_ctx *x, const char *sc, const char *oc, const ncg_mention *side, int bare)
{
	if ((sc && oc && strcmp(sc, oc) == 0) || (!sc && !oc && !side && bare) ||
	    (sc && side && side->kind == NCG_M_BODY && !oc))
		return 1;
	return !sc && side && side->kind == NCG_M_BODY && side->t1 > side->t0 &&
	       wl_is(x, side->t1 - 1, NCG_WL_MILITARY_UNIT_HEAD);
}

/* sealed53 (review111 1): "Mr Hale met representatives from the Ministry
 * of Foreign Affairs, the National Security Council and civil society on
 * Tuesday to discuss regional politics" (Bangkok Post), "United States
 * 7th Fleet commander Vice Admiral Karl Thomas met with key officials of
 * the provincial government on Tuesday to exchange ideas" (Palawan
 * News): an official just before a lower-case "met" (lex:metVerb) at
 * token i, no auxiliary; "with" or not, at most PEOPLE_MODS lower-case
 * modifiers ("key", "senior"), a noun of people drawn from a body
 * (lex:postPeopleNoun, lex:personnelNoun), "from" (lex:peopleOrigin) or
 * "of", and their side (people_side_at), of no country known to be the
 * official's own; a day in the clause after it, no future, call or
 * recall cue (host_recalled: "last year", an earlier year), in a lead
 * sentence or the one after it: the official met them that day.  Not
 * "met representatives of the media" (no body), "met staff from the U.S.
 * Embassy" (a U.S. official's own side), "met officials from X last
 * year". */
#define PEOPLE_MODS 2
static int
met_people_from(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	const ncg_mention *who, *side;
	const char *sc, *oc;
	size_t p = i + 1, q, end;

	if (i == c0 || !wl_is(x, i, NCG_WL_MET_VERB) || !(x->tok[i].flags & NCG_TF_LOWER) ||
	    x->lead[0] == UINT32_MAX ||
	    !(s == x->lead[0] || s == x->lead[1] || (x->lead[1] != UINT32_MAX && s == x->lead[1] + 1)) ||
	    (who = inside(x, s, i - 1, NCG_M_OFFICIAL)) == NULL || who->t1 != i || who->t0 < c0)
		return 0;
	if (p < c1 && wl_is(x, p, NCG_WL_INTERLOCUTOR_PREP))
		p++;
	for (q = p; q < c1 && q < p + PEOPLE_MODS && (x->tok[q].flags & NCG_TF_LOWER) &&
	            !wl_is(x, q, NCG_WL_POST_PEOPLE_NOUN) && !wl_is(x, q, NCG_WL_PERSONNEL_NOUN);
	     q++)
		;
	if (q + 2 >= c1 || !(x->tok[q].flags & NCG_TF_LOWER) ||
	    !(wl_is(x, q, NCG_WL_POST_PEOPLE_NOUN) || wl_is(x, q, NCG_WL_PERSONNEL_NOUN)) ||
	    !(wl_is(x, q + 1, NCG_WL_PEOPLE_ORIGIN) || tok_ieq(x, q + 1, "of")) ||
	    (end = people_side_at(x, s, q + 2, c1, &oc, &side)) == 0)
		return 0;
	sc = official_country(x, who);
	if (own_people_side(x, sc, oc, side, !side && (end == q + 3 || wl_is(x, end - 2, NCG_WL_DEFINITE_ARTICLE))) ||
	    call_cue_in(x, c0, c1) || host_recalled(x, s, c0, c1))
		return 0;
	return day_after(x, s, end, c0, c1);
}

/* Is w[0, n) a title's word, head, connector or object in any case? */
static int
title_part(const mr_ctx *x, const char *w, size_t n)
{
	return ncg_lexicon_has_word_ci(x->lex, NCG_WL_TITLE_CONNECTOR, w, n) ||
	       ncg_lexicon_has_word_ci(x->lex, NCG_WL_TITLE_WORD, w, n) ||
	       ncg_lexicon_has_word_ci(x->lex, NCG_WL_TITLE_HEAD, w, n) ||
	       ncg_lexicon_has_word_ci(x->lex, NCG_WL_TITLE_OBJECT_HEAD, w, n);
}

/* May token j stand in the agent's title before his name, after "by"
 * ("by AFP acting deputy chief chief-of-staff Maj. Gen. ...", "by United
 * States (U.S.) Ambassador to the Philippines ...")?  A capitalised word
 * or a sign, or a lower-case word whose hyphened parts are all a title's
 * (title_part); not "by sharp criticism from ...". */
static int
agent_title_tok(const mr_ctx *x, size_t j)
{
	const char *w = x->s + x->tok[j].b, *end = x->s + x->tok[j].e;

	if (!(x->tok[j].flags & NCG_TF_LOWER))
		return 1;
	while (w < end) {
		const char *h = memchr(w, '-', (size_t)(end - w));

		if (h == NULL)
			h = end;
		if (!title_part(x, w, (size_t)(h - w)))
			return 0;
		w = h < end ? h + 1 : end;
	}
	return 1;
}

/* Does a visitor head the subject of the copula at i: the stretch from
 * the clause's start c0 (or after its last comma) to i opening on an
 * official (only his title's words before him: agent_title_tok; "U.S.
 * Ambassador MaryKay Carlson was greeted by") who ends it or is joined
 * by "and" to more ("Chief Justice ... Gesmundo and the Associate Justices of the
 * Supreme Court were ..."), or ending in a delegation's or group's noun
 * with no preposition before it ("the US delegation was ...")?  Not "A
 * letter from President Joe Biden was ...", "Secretary ... Blinken's
 * remarks ... were ...", "The agreement, signed by ..., was ...". */
static int
passive_visitor(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0)
{
	size_t t = c0, k;
	const ncg_mention *m;

	for (size_t j = c0; j < i; j++)
		if (ncg_doc_tok_is(x->doc, j, ","))
			t = j + 1;
	if (t < i && wl_is(x, t, NCG_WL_DEFINITE_ARTICLE))
		t++;
	if (t >= i)
		return 0;
	if ((m = official_in(x, s, t, i)) != NULL &&
	    (m->t1 == i || (m->t1 < i && wl_is(x, m->t1, NCG_WL_POST_LIST_JOIN)))) {
		for (k = t; k < m->t0 && agent_title_tok(x, k); k++)
			;
		if (k == m->t0)
			return 1;
	}
	for (k = t; k < i; k++) {
		if (wl_at(x, k, i, NCG_WL_DELEGATION_NOUN) == i || wl_at(x, k, i, NCG_WL_GROUP_NOUN) == i)
			return 1;
		if ((x->tok[k].flags & NCG_TF_LOWER) &&
		    (wl_is(x, k, NCG_WL_NOUN_PREPOSITION) || wl_is(x, k, NCG_WL_ITEM_PREPOSITION)))
			return 0;
	}
	return 0;
}

/* devreal57: the host's welcome of a visitor in the passive, the host
 * the agent: "In their visit, the US delegation was met by AFP acting
 * deputy chief chief-of-staff Maj. Gen. Ferdinand Barandon at the ...
 * Club" (BusinessMirror), "Chief Justice Alexander G. Gesmundo and the
 * Associate Justices ... were paid a courtesy visit by United States
 * (U.S.) Ambassador to the Philippines MaryKay L. Carlson ... on October
 * 21, 2022" (Supreme Court), "the Minister of Defense was greeted by U.S.
 * Lt. Gen. Scott L. Pleus" (DVIDS): "was"/"were" (lex:pastCopula) in
 * lower case at i, a passive of a welcome in person ending in "by"
 * (lex:passiveHostVerb), an official named within PASSIVE_AGENT_REACH
 * tokens after it, only his title's words before his name
 * (agent_title_tok: not "met by sharp criticism from ... Wang Yi"); the
 * visitor heading the subject (passive_visitor: not "A letter from
 * President ... was received by", "The agreement, signed by ..., was
 * welcomed by"); "received by" only of an official's person, never a
 * delegation's noun (an object is received too); no future cue nor
 * negation in the clause, no reference cue before i in the sentence
 * (lex:referenceCue: "made this comment following his courtesy call
 * ... where he was welcomed by Lt. Gen. Arthur Cordura": the call a
 * time reference); the news: a lead sentence or a day in the clause.
 * Not "the proposal was welcomed by all members", "the staff talks were
 * hosted by" (a meeting's host: not in the list).  The verb's end, or
 * 0. */
static size_t
passive_host_met(const mr_ctx *x, uint32_t s, size_t i, uint32_t c0, uint32_t c1)
{
	size_t e, lim;
	const ncg_mention *agent, *v;

	if (i == c0 || !(x->tok[i].flags & NCG_TF_LOWER) || !wl_is(x, i, NCG_WL_PAST_COPULA) ||
	    (e = wl_at(x, i + 1, c1, NCG_WL_PASSIVE_HOST_VERB)) == 0)
		return 0;
	lim = e + PASSIVE_AGENT_REACH < c1 ? e + PASSIVE_AGENT_REACH : c1;
	if ((agent = official_in(x, s, e, lim)) == NULL || !passive_visitor(x, s, i, c0))
		return 0;
	for (size_t j = e; j < agent->t0; j++)
		if (!agent_title_tok(x, j) || ncg_doc_tok_is(x->doc, j, ","))
			return 0;
	v = inside(x, s, i - 1, NCG_M_OFFICIAL);
	if (wl_at(x, i + 1, c1, NCG_WL_PERSON_PASSIVE_VERB) == e && (v == NULL || v->t1 != i))
		return 0;
	if (wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1 || wl_find(x, c0, c1, NCG_WL_NEGATION_WORD) < c1 ||
	    wl_find(x, x->sent[s].t0, i, NCG_WL_REFERENCE_CUE) < i)
		return 0;
	if (s == x->lead[0] || s == x->lead[1])
		return e;
	return day_date_in(x, s, e, c1) ? e : 0;
}

static ncg_status
principal_candidates(mr_ctx *x, uint32_t s)
{
	uint32_t c0 = 0, c1 = 0;

	for (size_t i = x->sent[s].t0; i < x->sent[s].t1 && x->d->n < MAX_CANDIDATES; i++) {
		size_t e = wl_at(x, i, x->sent[s].t1, NCG_WL_PRINCIPAL_VERB), te;
		ncg_meeting_cand *c;

		/* rules123: a telegram's "DURING CALL ON" (dated_call_noun),
		 * rules132: in any case; rules126: its "REVIEWED WITH"
		 * (cable_talk) */
		if (!e)
			e = call_in_person_at(x, i, x->sent[s].t1);
		if (!e && ncg_mentions_cable_in_capitals(x->ms))
			e = wl_at(x, i, x->sent[s].t1, NCG_WL_CABLE_TALK_VERB);

		/* i only moves forward: its clause is the last one until i
		 * passes the clause's end (speed only) */
		if (i == x->sent[s].t0 || i > c1)
			clause_of(x, s, i, &c0, &c1);
		/* "were met by": a passive, read by passive_host_met at its
		 * copula; the people around it never met actively ("X's
		 * remarks were met by sharp criticism from Y") */
		if (e && i > c0 && wl_is(x, i - 1, NCG_WL_PAST_COPULA) && wl_at(x, i, c1, NCG_WL_PASSIVE_HOST_VERB))
			e = 0;
		if (parties_met(x, s, i, c0, c1) || two_titles_met(x, s, i, c0, c1) ||
		    bodies_met(x, s, i, c0, c1) || personnel_met(x, s, i, c0, c1) ||
		    met_people_from(x, s, i, c0, c1) || side_members_met(x, s, i, c0, c1))
			NCG_TRY(new_cand(x, NCG_MC_PRINCIPALS, s, i, i + 1, &c));
		else if (!e && (te = passive_host_met(x, s, i, c0, c1)) != 0) {
			/* "was"/"were" and the participle: a past act */
			NCG_TRY(new_cand(x, NCG_MC_PRINCIPALS, s, i, te, &c));
			add_ev(c, EV_MET_BY_HOST);
			add_ev(c, EV_PAST_VERB);
		}
		else if (!e && (te = dated_talk_noun(x, s, i, c0, c1)) != 0)
			NCG_TRY(span_principals(x, s, &i, te, EV_DATED_OBJECT, 1));
		else if (!e && (te = writer_told(x, s, i, c0, c1)) != 0)
			NCG_TRY(span_principals(x, s, &i, te, EV_WRITER_TOLD, 0));
		else if (!e)
			NCG_TRY(verbless_principals(x, s, &i, c0, c1));
		else if ((te = host_group(x, s, i, c0, c1)) != 0 ||
		         (te = welcomed_led_group(x, s, i, c0, c1)) != 0) {
			NCG_TRY(new_cand(x, NCG_MC_PRINCIPALS, s, i, te, &c));
			add_ev(c, EV_HOSTED_GROUP);
			i = te - 1;
		} else if ((te = host_titled_guest(x, s, i, c0, c1)) != 0) {
			NCG_TRY(new_cand(x, NCG_MC_PRINCIPALS, s, i, te, &c));
			add_ev(c, EV_HOSTED_TITLED_GUEST);
			i = te - 1;
		} else
			NCG_TRY(verb_principals(x, s, &i, e, c0, c1));
	}
	return NCG_OK;
}

/* rules43: the principals of a transcript's head: two officials joined
 * by "and" (lex:pairConjunction) across the one or two whole lines just
 * before sentence s, one of a known country and never two of one
 * ("Secretary of State Madeleine K. Albright and / Korean Foreign
 * Minister Chong Ha Yoo"). */
static int
head_principals(const mr_ctx *x, uint32_t s)
{
	const ncg_mention *a = NULL, *b = NULL;
	uint32_t f = s >= 2 ? s - 2 : 0;

	for (uint32_t r = f; r < s; r++) {
		const size_t *idx;
		size_t n = ncg_mentions_in_sentence(x->ms, r, &idx);

		if (!whole_line(x, x->sent[r].t0, x->sent[r].t1))
			return 0;
		for (size_t k = 0; k < n; k++) {
			const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

			if (m->kind != NCG_M_OFFICIAL)
				continue;
			if (a && !b && wl_find(x, a->t1, m->t0, NCG_WL_PAIR_CONJUNCTION) < m->t0)
				b = m;
			else if (!a)
				a = m;
		}
	}
	if (!a || !b || (!a->official.country && !b->official.country))
		return 0;
	return !(a->official.country && b->official.country &&
	         strcmp(a->official.country, b->official.country) == 0);
}

/* rules43: "Secretary of State Madeleine K. Albright and / Korean Foreign
 * Minister Chong Ha Yoo / Press Conference at Minister's Official
 * Residence / Seoul, Korea, February 22, 1997" (state.gov): a head's
 * whole line that opens with an appearance before the press
 * (lex:pressEvent, lex:soloPressEvent), no future cue, under the two
 * principals (head_principals): the transcript of their joint
 * appearance, which reports their meeting.  A whole line of a day just
 * under it dates it. */
static ncg_status
appearance_candidates(mr_ctx *x, uint32_t s)
{
	size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1, e;
	ncg_meeting_cand *c;

	/* a site's notices may run many lines before the head (a state.gov
	 * archive page's) */
	if (s == 0 || s >= 2 * HEAD_SENTENCES || t0 >= t1 || !whole_line(x, t0, t1) || wl_find(x, t0, t1, NCG_WL_FUTURE_CUE) < t1)
		return NCG_OK;
	if (!(e = wl_at(x, t0, t1, NCG_WL_PRESS_EVENT)) && !(e = wl_at(x, t0, t1, NCG_WL_SOLO_PRESS_EVENT)))
		return NCG_OK;
	if (!(x->tok[t0].flags & NCG_TF_CAP) || !head_principals(x, s))
		return NCG_OK;
	NCG_TRY(new_cand(x, NCG_MC_NOUN, s, t0, e, &c));
	c->in_title = 0;
	add_ev(c, EV_TRANSCRIPT_OF);
	if (s + 1 < x->nsent) {
		const size_t *idx;
		size_t n = ncg_mentions_in_sentence(x->ms, s + 1, &idx);

		for (size_t k = 0; k < n && !c->date[0]; k++) {
			const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

			if (m->kind == NCG_M_DATE && m->date.prec == NCG_PREC_DAY && m->date.y &&
			    m->t1 == x->sent[s + 1].t1 && whole_line(x, x->sent[s + 1].t0, m->t1))
				set_day(x, c, &m->date, "day-of-appearance-line");
		}
		/* "Seoul, Korea, February 22, 1997": the city opening it */
		if (c->date[0] && (c->place = mention_starting(x, x->sent[s + 1].t0, NCG_M_PLACE)) != NULL)
			add_ev(c, EV_PLACE);
	}
	return NCG_OK;
}

/* rules105: a record's line "KEY: ..." (lex:recordPlaceKey,
 * lex:recordDateKey) among the head's sentences after s: the token
 * after its colon, or 0. */
static size_t
record_key_line(const mr_ctx *x, uint32_t s, ncg_wordlist key)
{
	for (uint32_t k = s + 1; k < x->nsent && k < s + HEAD_SENTENCES; k++) {
		size_t t0 = x->sent[k].t0, t1 = x->sent[k].t1;
		size_t e = wl_at(x, t0, t1, key);

		if ((x->tok[t0].flags & NCG_TF_LINE) && e && e + 1 < t1 && tok_ieq(x, e, ":"))
			return e + 1;
	}
	return 0;
}

/* rules105: "The Chairman welcomed the Secretary to Seoul." (FRUS): the
 * first sentence of a record with a welcome verb (lex:welcomeVerb), near
 * the head: the place it welcomes to ("to" or "in" a place a few words
 * after it), or NULL. */
static const ncg_mention *place_after(const mr_ctx *x, uint32_t s, size_t v, size_t c1, int or_to);
static int topic_of_purpose(const mr_ctx *x, size_t from, const ncg_mention *m);

static const ncg_mention *
record_welcome_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	for (uint32_t k = c->sent + 1; k < x->nsent && k < c->sent + 3 * HEAD_SENTENCES; k++) {
		size_t t1 = x->sent[k].t1, v = wl_find(x, x->sent[k].t0, t1, NCG_WL_WELCOME_VERB);

		if (v < t1)
			return place_after(x, k, v, v + MET_PLACE_REACH < t1 ? v + MET_PLACE_REACH : t1, 1);
	}
	return NULL;
}

/* rules105: the place and day of a record's meeting: the first place and
 * full day after its heading on the heading's line ("Memorandum of
 * Conversation, Seoul, November 14, 1961"), else those opening its place
 * and date lines ("PLACE: Seoul, Republic of Korea"). */
static void
record_setting(mr_ctx *x, ncg_meeting_cand *c)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, c->sent, &idx), t;
	const ncg_mention *m;

	for (size_t k = 0; k < n; k++) {
		m = ncg_mentions_at(x->ms, idx[k]);
		if (m->t0 < c->t1)
			continue;
		if (m->kind == NCG_M_PLACE && !c->place && m->t0 > 0 && tok_ieq(x, m->t0 - 1, ","))
			c->place = m;
		if (m->kind == NCG_M_DATE && m->date.prec == NCG_PREC_DAY && !c->date[0])
			set_day(x, c, &m->date, "day-of-record-heading");
	}
	if (!c->place && (t = record_key_line(x, c->sent, NCG_WL_RECORD_PLACE_KEY)) != 0)
		c->place = mention_starting(x, t, NCG_M_PLACE);
	if (!c->date[0] && (t = record_key_line(x, c->sent, NCG_WL_RECORD_DATE_KEY)) != 0 &&
	    (m = mention_starting(x, t, NCG_M_DATE)) != NULL && m->date.prec == NCG_PREC_DAY)
		set_day(x, c, &m->date, "day-of-record-date-line");
	if (!c->place)
		c->place = record_welcome_place(x, c);
	if (c->place)
		add_ev(c, EV_PLACE);
}

/* rules105: has a candidate of the text a record's heading? */
static int
record_heading_in(const mr_ctx *x)
{
	for (size_t k = 0; k < x->d->n; k++)
		if (has_ev(&x->d->c[k], EV_RECORD_HEADING))
			return 1;
	return 0;
}

/* A document number and its period at token i ("246."). */
static int
record_number(const mr_ctx *x, size_t i)
{
	return x->s[x->tok[i].b] >= '0' && x->s[x->tok[i].b] <= '9' && tok_ieq(x, i + 1, ".");
}

/* rules137: the issuing body's name in capitals opening a record's
 * heading line, a typed form's letterhead ("DEPARTMENT OF STATE
 * Memorandum of Conversation"): the token after it at h, or h. */
#define LETTERHEAD_WORDS 5
static size_t
past_letterhead(const mr_ctx *x, uint32_t s, size_t h, size_t t1)
{
	const ncg_mention *b = inside(x, s, h, NCG_M_BODY);

	if (!b || b->t0 != h || b->t1 >= t1 || b->t1 - h > LETTERHEAD_WORDS)
		return h;
	for (size_t k = h; k < b->t1; k++)
		if (x->tok[k].kind == NCG_TOK_WORD && !(x->tok[k].flags & NCG_TF_UPPER))
			return h;
	return b->t1;
}

/* rules105: "246. Memorandum of Conversation", "Memorandum for the
 * Record" (FRUS and kin): a heading (lex:recordHeading, capitalised) that
 * opens a line of the head, after at most a document number or
 * (rules137) a letterhead, no future cue in it: the record of the meeting
 * it reports, held.  One per statement: the first. */
static ncg_status
record_candidates(mr_ctx *x, uint32_t s)
{
	size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1, h = t0, e;
	ncg_meeting_cand *c;

	if (s >= HEAD_SENTENCES || t0 >= t1 || wl_find(x, t0, t1, NCG_WL_FUTURE_CUE) < t1)
		return NCG_OK;
	if (record_heading_in(x))
		return NCG_OK;
	/* "246." opening the line, in this sentence or as one of its own */
	if (h + 2 < t1 && (x->tok[h].flags & NCG_TF_LINE) && record_number(x, h))
		h += 2;
	else if (!(x->tok[h].flags & NCG_TF_LINE) && !(h >= 2 && record_number(x, h - 2) &&
	                                                (x->tok[h - 2].flags & NCG_TF_LINE)))
		return NCG_OK;
	else
		h = past_letterhead(x, s, h, t1);
	if (!(x->tok[h].flags & NCG_TF_CAP) || !(e = wl_at(x, h, t1, NCG_WL_RECORD_HEADING)))
		return NCG_OK;
	NCG_TRY(new_cand(x, NCG_MC_NOUN, s, h, e, &c));
	c->in_title = 0;
	add_ev(c, EV_RECORD_HEADING);
	record_setting(x, c);
	return NCG_OK;
}

/* fixZ: is the meeting of a subject heading (sentence s) not held, or
 * not yet?  A future cue on the heading, or a word of lex:unheldRecordCue
 * on it or in the two sentences under it ("Scenesetter", "Tomorrow's
 * Meeting with", "has been postponed", "briefing papers for the meeting
 * next week"). */
static int
subject_heading_unheld(const mr_ctx *x, uint32_t s)
{
	size_t t1 = x->sent[s].t1;

	if (wl_find(x, x->sent[s].t0, t1, NCG_WL_FUTURE_CUE) < t1)
		return 1;
	for (uint32_t k = s; k < x->nsent && k <= s + 2; k++) {
		size_t b = x->sent[k].t1;

		if (wl_find(x, x->sent[k].t0, b, NCG_WL_UNHELD_RECORD_CUE) < b)
			return 1;
	}
	return 0;
}

/* fixZ: the owner of a heading's "X's" (token o) an official: a title's
 * head ("Secretary's"), an official's name, or a given name and surname
 * ("Pete Peterson's"); not a day ("Monday's", "Tomorrow's"). */
static int
heading_owner_official(const mr_ctx *x, uint32_t s, size_t o)
{
	if (wl_is(x, o, NCG_WL_TITLE_HEAD) || inside(x, s, o, NCG_M_OFFICIAL))
		return 1;
	return o > x->sent[s].t0 && (x->tok[o - 1].flags & NCG_TF_CAP) &&
	       !weekday_at(x, o) && !weekday_at(x, o - 1) &&
	       !wl_is(x, o, NCG_WL_SAME_DAY);
}

/* rules191: "SUBJECT" / "Pete Peterson's Meeting with Ambassador Ushiba,
 * Japan" (FRUS): a record's subject heading (lex:recordSubjectKey) a
 * whole line of the head, then a line of an official's possessive, a
 * capitalised meeting noun, "with" and an official at once: the meeting
 * the record reports, held.  None beside a record's heading, none not
 * held (subject_heading_unheld). */
static ncg_status
subject_heading_candidates(mr_ctx *x, uint32_t s)
{
	size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1, e, p;
	ncg_meeting_cand *c;

	if (s == 0 || s >= HEAD_SENTENCES || t0 >= t1 || record_heading_in(x) ||
	    wl_at(x, x->sent[s - 1].t0, x->sent[s - 1].t1,
	          NCG_WL_RECORD_SUBJECT_KEY) != x->sent[s - 1].t1 ||
	    !whole_line(x, x->sent[s - 1].t0, x->sent[s - 1].t1) ||
	    subject_heading_unheld(x, s))
		return NCG_OK;
	for (size_t i = t0 + 1; i + 2 < t1; i++) {
		if (!(x->tok[i].flags & NCG_TF_CAP) ||
		    (p = possessive_mark(x, i, t0, 0)) == i || p == t0 ||
		    !heading_owner_official(x, s, p - 1) ||
		    !(e = wl_at(x, i, t1, NCG_WL_MEETING_NOUN)) ||
		    !tok_ieq(x, e, "with") ||
		    !mention_starting(x, e + 1, NCG_M_OFFICIAL))
			continue;
		NCG_TRY(new_cand(x, NCG_MC_NOUN, s, i, e, &c));
		c->in_title = 0;
		add_ev(c, EV_RECORD_HEADING);
		return NCG_OK;
	}
	return NCG_OK;
}

/* rules209: a cable's SUBJECT line that reports a visit over a span of
 * days ended by the cable's date (ncg_cable_subject_visit, "SUBJECT: ASST
 * SECY BELL JAN 11-14 VISIT"): the visit reported, held, dated from its
 * first day.  One per statement: the first such line (a cable's header
 * lines are many sentences: no bound of the head). */
static const char CABLE_SUBJECT_DAY[] = "day-of-cable-subject-visit";

static ncg_status
cable_subject_candidates(mr_ctx *x, uint32_t s)
{
	ncg_meeting_cand *c;
	ncg_date dt;
	size_t v;

	for (size_t k = 0; k < x->d->n; k++)
		if (x->d->c[k].date_rule == CABLE_SUBJECT_DAY)
			return NCG_OK;
	for (size_t i = x->sent[s].t0; i < x->sent[s].t1; i++) {
		if (!ncg_cable_subject_visit(x->doc, x->lex, x->ms, x->d->issued, i, &v, &dt) &&
		    !ncg_cable_subject_held(x->doc, x->lex, x->ms, x->d->issued, i, &v, &dt))
			continue;
		NCG_TRY(new_cand(x, NCG_MC_NOUN, s, v, v + 1, &c));
		c->in_title = 0;
		add_ev(c, EV_RECORD_HEADING);
		set_day(x, c, &dt, CABLE_SUBJECT_DAY);
		return NCG_OK;
	}
	return NCG_OK;
}

/* rules111: "The Embassy transmits a memorandum of conversation of the
 * Ambassador, President Rhee, and Dr. Noble, which took place September
 * 1, 1950" (a FRUS transmittal): a record's noun (lex:recordHeading,
 * lower case) in running text, then in its sentence a relative pronoun
 * (lex:relativePronoun) just before a past meeting verb (lex:meetingVerb,
 * "was" allowed before it), "on" allowed, and a full day with its year:
 * the record of the meeting the text reports, held that day.  No future
 * cue in the sentence; one per statement, none beside a record's heading. */
static ncg_status
record_in_text_candidates(mr_ctx *x, uint32_t s)
{
	size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1, h, e = 0, r, v;
	const ncg_mention *m = NULL;
	ncg_meeting_cand *c;

	if (t0 >= t1 || wl_find(x, t0, t1, NCG_WL_FUTURE_CUE) < t1 || record_heading_in(x))
		return NCG_OK;
	for (h = t0; h < t1 && !e; h++)
		if ((x->tok[h].flags & NCG_TF_LOWER))
			e = wl_at(x, h, t1, NCG_WL_RECORD_HEADING);
	for (r = e; e && r < t1 && !m; r++) {
		if (!wl_is(x, r, NCG_WL_RELATIVE_PRONOUN))
			continue;
		v = r + 1 + (wl_is(x, r + 1, NCG_WL_PAST_COPULA) ? 1 : 0);
		if (!(v = wl_at(x, v, t1, NCG_WL_MEETING_VERB)))
			continue;
		v += tok_ieq(x, v, "on") ? 1 : 0;
		m = v < t1 ? mention_starting(x, v, NCG_M_DATE) : NULL;
		if (m && (m->date.prec != NCG_PREC_DAY || !m->date.y))
			m = NULL;
	}
	if (!m)
		return NCG_OK;
	NCG_TRY(new_cand(x, NCG_MC_NOUN, s, h - 1, e, &c));
	c->in_title = 0;
	add_ev(c, EV_RECORD_HEADING);
	set_day(x, c, &m->date, "day-of-record-in-text");
	return NCG_OK;
}

/* rules215: a release's group of both sides that gathered somewhere to
 * talk (ncg_release_gathering), its verb a candidate. */
static ncg_status
gathering_candidates(mr_ctx *x, uint32_t s)
{
	size_t v0, v1;
	ncg_meeting_cand *c;

	if (x->d->n >= MAX_CANDIDATES ||
	    !ncg_release_gathering(x->doc, x->lex, x->ms, s, x->sent[s].t0, x->sent[s].t1, &v0, &v1))
		return NCG_OK;
	return new_cand(x, NCG_MC_PRINCIPALS, s, v0, v1, &c);
}

/* The candidates, sentence by sentence: d->c is in the order of their
 * sentences (continued relies on it). */
static ncg_status
gather(mr_ctx *x)
{
	for (uint32_t s = 0; s < x->nsent && x->d->n < MAX_CANDIDATES; s++) {
		NCG_TRY(ordinal_candidates(x, s));
		NCG_TRY(series_candidates(x, s));
		NCG_TRY(noun_candidates(x, s));
		NCG_TRY(appearance_candidates(x, s));
		NCG_TRY(record_candidates(x, s));
		NCG_TRY(record_in_text_candidates(x, s));
		NCG_TRY(subject_heading_candidates(x, s));
		NCG_TRY(cable_subject_candidates(x, s));
		if (!in_title(x, s)) {
			NCG_TRY(principal_candidates(x, s));
			NCG_TRY(gathering_candidates(x, s));
		}
	}
	return NCG_OK;
}

/* ---- evidence ---------------------------------------------------------------------- */

/* Tokens between the candidate's words and token i (0 inside them). */
static size_t
distance(const ncg_meeting_cand *c, size_t i)
{
	return i < c->t0 ? c->t0 - i : i >= c->t1 ? i - c->t1 + 1 : 0;
}

/* "held the Trilateral Chief of Defense (Tri-CHOD) meeting": a meeting
 * noun after a name that modifies it (capitalised words, "of"/"and", an
 * acronym in brackets; rules85: two names joined by "/", "a U.S.-ROK
 * Director General (DG)/Deputy-Level Consultation meeting") is as near
 * its verb as the name's first word; rules178: a plural's possessive
 * inside the name ("held a Japan-U.S. Foreign Ministers' Dinner
 * meeting", MOFA).
 * Returns that word, or the noun itself when no such name comes before. */
static size_t
name_premodifier(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p = c->t0;
	int caps = 0;

	if (c->kind != NCG_MC_NOUN)
		return c->t0;
	while (p > c->c0 && c->t0 - p < 12) {
		size_t q = p - 1;

		if (x->tok[q].flags & (NCG_TF_CAP | NCG_TF_UPPER))
			caps++;
		else if (!ncg_doc_tok_is(x->doc, q, "(") && !ncg_doc_tok_is(x->doc, q, ")") &&
		         !tok_ieq(x, q, "of") && !tok_ieq(x, q, "and") &&
		         !ncg_doc_tok_is(x->doc, q, "-") && !ncg_doc_tok_is(x->doc, q, "/") &&
		         !plural_possessive(x, c->sent, q))
			break;
		p = q;
	}
	while (p < c->t0 && !(x->tok[p].flags & (NCG_TF_CAP | NCG_TF_UPPER)))
		p++;
	return caps >= 2 ? p : c->t0;
}

/* "the Nuclear Consultative Group, the allies' deterrence body launched
 * during ...": a participle after a noun of an appositive to a series
 * modifies that noun; it reports no meeting of the series.  Is the verb
 * at v such a participle? */
static int
appositive_participle(const mr_ctx *x, const ncg_meeting_cand *c, size_t v)
{
	size_t a = c->t1;

	if (c->kind != NCG_MC_SERIES || v < a + 3 || !ncg_doc_tok_is(x->doc, a, ",") ||
	    !(tok_ieq(x, a + 1, "the") || tok_ieq(x, a + 1, "a") || tok_ieq(x, a + 1, "an") ||
	      tok_ieq(x, a + 1, "its") || tok_ieq(x, a + 1, "their")))
		return 0;
	for (size_t i = a + 1; i < v; i++)
		if (ncg_doc_tok_is(x->doc, i, ",") || ncg_doc_tok_is(x->doc, i, ";"))
			return 0;
	if (!(x->tok[v - 1].flags & NCG_TF_LOWER) || wl_at(x, v - 1, v, NCG_WL_MEETING_NOUN) ||
	    wl_at(x, v - 1, v, NCG_WL_MODAL))
		return 0;
	return !wl_at(x, v - 1, v, NCG_WL_PARTICIPLE_AUX);
}

/* review42: "for" at token i and an article after it or not ("for
 * talks", "for the trilateral meeting"): the token after them, or 0
 * when token i is no "for".  The one reader of these words for the
 * purpose of a trip or a meeting (official_then_for, met_then_for,
 * arrival_for_meeting). */
static size_t
for_phrase_at(const mr_ctx *x, size_t i)
{
	if (i >= x->ntok || !tok_ieq(x, i, "for"))
		return 0;
	return i + 1 + (tok_ieq(x, i + 1, "a") || tok_ieq(x, i + 1, "the") ? 1 : 0);
}

/* The "for" whose phrase opens at token f ("for [a|the]" just before
 * it: for_phrase_at), or x->ntok. */
static size_t
for_before(const mr_ctx *x, size_t f)
{
	for (size_t p = f >= 2 ? f - 2 : 0; p < f; p++)
		if (for_phrase_at(x, p) == f)
			return p;
	return x->ntok;
}

/* The meeting verb nearest the candidate in its clause, near enough to
 * govern it (a noun is the verb's object or subject: "held a meeting",
 * "the meeting was held"): its token, and *past set when it is in the
 * past tense.  Returns x->ntok when none. */
/* rules15: "On Friday Esper met South Korean counterpart Jeong
 * Kyeong-doo for talks on ...": the verb at v, its object an official,
 * then "for [a|the]" and the meeting noun: the verb is the noun's,
 * however long the name between. */
static int
official_then_for(const mr_ctx *x, const ncg_meeting_cand *c, size_t v)
{
	size_t r = for_before(x, c->t0);
	const ncg_mention *o;

	if (r >= x->ntok || r == 0 || v >= r)
		return 0;
	o = inside(x, c->sent, r - 1, NCG_M_OFFICIAL);
	return o && o->t1 == r && o->t0 > v && o->t0 <= v + 5 && official_in(x, c->sent, v + 1, o->t0) == NULL;
}

/* Are the tokens [a, b) words, no punctuation, dash or quote among them? */
static int
plain_words(const mr_ctx *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		const char *w = ncg_doc_tok_ptr(x->doc, i);

		if (ncg_doc_tok_len(x->doc, i) == 1 && strchr(",;:()\"", w[0]))
			return 0;
		if ((unsigned char)w[0] == 0xE2) /* a dash or a curly quote */
			return 0;
	}
	return 1;
}

/* fix175 (review141 4): the meeting noun's own "with" and then an
 * official, a title (lex:titleHead) or a body, a definite article
 * allowed before it ("with the commander of ..."): not "with a meeting
 * with reporters", "with the press", "with U.S. troops". */
static int
official_with_after(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p = c->t1 + 1, e = x->sent[c->sent].t1;
	const ncg_mention *b;

	if (p >= e || !tok_ieq(x, c->t1, "with"))
		return 0;
	if (wl_is(x, p, NCG_WL_DEFINITE_ARTICLE) && p + 1 < e && !official_starting(x, c->sent, p))
		p++;
	return official_starting(x, c->sent, p) != NULL || wl_is(x, p, NCG_WL_TITLE_HEAD) ||
	       ((b = inside(x, c->sent, p, NCG_M_BODY)) != NULL && b->t0 == p);
}

/* fix175 (review141 5): does the sentence up to the clause's end recall
 * an earlier time: another year (other_year_in, or a year in figures,
 * year_token: "In 2019, ..."), a recall cue (lex:recallCue),
 * lex:agoWord or lex:relativeLast? */
static int
stretch_recalled(const mr_ctx *x, const ncg_meeting_cand *c)
{
	return span_recalled(x, c->sent, x->sent[c->sent].t0, (uint32_t)c->c1, 1);
}

/* fix177: the words of stretch_recalled over [t0, t1) of sentence s
 * (on_lead_visit's lead sentence, told_other_time's sentence too);
 * past_rel: a period of a past year counted from the issue date ("last
 * year") is another year too (year_other_than). */
static int
span_recalled(const mr_ctx *x, uint32_t s, uint32_t t0, uint32_t t1, int past_rel)
{
	int y;

	if (year_other_than(x, s, t0, t1, x->d->issued[0], past_rel) || host_recalled(x, s, t0, t1) ||
	    wl_find(x, t0, t1, NCG_WL_RECALL_CUE) < t1)
		return 1;
	for (size_t i = t0; i < t1; i++)
		if ((y = year_token(x, i)) != 0 && y != x->d->issued[0])
			return 1;
	return 0;
}

/* rules355: "Japanese Prime Minister Yoshihide Suga ended his week of
 * regional diplomatic visits Thursday with a meeting with the commander
 * of ..." (VOA), "began his trip with a meeting with": a verb that bounds
 * a stretch of an official's time (lex:stretchBoundVerb, lower case) at
 * v after an official in the clause, then "with", an indefinite article
 * and the meeting noun, plain words between (no comma) within
 * STRETCH_REACH tokens: the verb is the noun's, however long the
 * stretch's words. */
static int
stretch_bound_with(const mr_ctx *x, const ncg_meeting_cand *c, size_t v)
{
	size_t w = c->t0 >= 2 ? c->t0 - 2 : 0;
	return c->kind == NCG_MC_NOUN && v < w && w - v <= STRETCH_REACH && v > c->c0 &&
	       (x->tok[v].flags & NCG_TF_LOWER) && wl_at(x, v, w, NCG_WL_STRETCH_BOUND_VERB) &&
	       tok_ieq(x, w, "with") && wl_is(x, w + 1, NCG_WL_INDEFINITE_ARTICLE) &&
	       plain_words(x, v, w) && official_in(x, c->sent, c->c0, v) != NULL &&
	       official_with_after(x, c) && !stretch_recalled(x, c);
}

/* rules92: "A group of U.S. lawmakers met Thursday with South Korea's
 * defense and foreign ministers for talks on bilateral issues" (Yonhap):
 * as official_then_for, but the object no official's name: "met" (lower
 * case, lex:metVerb) at v, then within MET_FOR_REACH tokens of no
 * punctuation "for [a|the]" and the meeting noun. */
static int
met_then_for(const mr_ctx *x, const ncg_meeting_cand *c, size_t v)
{
	size_t r = for_before(x, c->t0);

	if (!wl_is(x, v, NCG_WL_MET_VERB) || !(x->tok[v].flags & NCG_TF_LOWER))
		return 0;
	if (r >= x->ntok || v + 1 >= r || r - v > MET_FOR_REACH)
		return 0;
	return plain_words(x, v + 1, r);
}

/* rules135: "A two-day meeting between senior military officials of
 * South Korea and the United States opened in Seoul Tuesday" (Aju
 * Press), "the second summit between top DPRK leader Kim Jong Un and US
 * President Donald Trump ended" (Global Times): a noun's "between"
 * phrase (lex:betweenWord right after it) with its parties joined
 * (lex:listCoordinator) and no punctuation, then the verb at v within
 * BETWEEN_REACH words: the noun's verb however long the phrase. */
#define BETWEEN_REACH 16
static int
between_then_verb(const mr_ctx *x, const ncg_meeting_cand *c, size_t v)
{
	size_t b = c->t1;

	if (c->kind != NCG_MC_NOUN || v <= b + 3 || v - b > BETWEEN_REACH ||
	    !wl_is(x, b, NCG_WL_BETWEEN_WORD) || !plain_words(x, b + 1, v))
		return 0;
	return wl_find(x, b + 1, v, NCG_WL_LIST_COORDINATOR) < v;
}

/* rules229: the appositive title after a party at p (a comma), up to
 * APPOSED_TITLE_REACH plain words and the comma that closes it: "Gen.
 * Charles Flynn, commanding general of the U.S. Army Pacific, ...".  No
 * official, no meeting verb and no past verb inside.  The closing comma's
 * token, or 0. */
#define APPOSED_TITLE_REACH 12
static size_t
apposed_title_end(const mr_ctx *x, uint32_t s, size_t p, size_t c1)
{
	size_t q = p + 1;

	while (q < c1 && q <= p + APPOSED_TITLE_REACH && !ncg_doc_tok_is(x->doc, q, ","))
		q++;
	if (q >= c1 || q == p + 1 || !ncg_doc_tok_is(x->doc, q, ",") || !plain_words(x, p + 1, q) ||
	    official_in(x, s, p + 1, q) || wl_find(x, p + 1, q, NCG_WL_MEETING_VERB) < q ||
	    past_verb_in(x, p + 1, q))
		return 0;
	return q;
}

/* rules229: "The meeting among Gen. Yoshihide Yoshida, chief of staff of
 * the GSDF, Gen. Charles Flynn, commanding general of the U.S. Army
 * Pacific, and Lt. Gen. Romeo Brawner, ..., took place at ..." (Jiji
 * Press): a meeting noun, lex:betweenWord, then its parties, officials
 * one after another, each maybe with an appositive title set off by
 * commas (apposed_title_end), joined by commas or a lex:listCoordinator.
 * The number of officials named; *end the token after the parties (after
 * the last title's comma). */
static int
named_parties(const mr_ctx *x, const ncg_meeting_cand *c, size_t *end)
{
	size_t p = c->t1 + 1, q;
	int n = 0;
	const ncg_mention *m;

	*end = p;
	if (c->kind != NCG_MC_NOUN || c->in_title || c->t1 >= c->c1 || !wl_is(x, c->t1, NCG_WL_BETWEEN_WORD))
		return 0;
	while (p < c->c1 && (m = official_starting(x, c->sent, p)) != NULL && m->t1 <= c->c1) {
		n++;
		p = *end = m->t1;
		if (p < c->c1 && ncg_doc_tok_is(x->doc, p, ",") && !official_starting(x, c->sent, p + 1) &&
		    !wl_is(x, p + 1, NCG_WL_LIST_COORDINATOR)) {
			if ((q = apposed_title_end(x, c->sent, p, c->c1)) == 0)
				break;
			p = *end = q + 1;
		} else if (p < c->c1 && ncg_doc_tok_is(x->doc, p, ","))
			p++;
		if (p < c->c1 && wl_is(x, p, NCG_WL_LIST_COORDINATOR))
			p++;
	}
	return n;
}

/* rules229: the verb at v just after the parties (named_parties, two or
 * more) of a meeting noun, their last title closed by a comma: the
 * noun's verb however long the list ("..., took place at ..."). */
static int
apposed_parties_then_verb(const mr_ctx *x, const ncg_meeting_cand *c, size_t v)
{
	size_t end;

	return named_parties(x, c, &end) >= 2 && v == end && v > c->t1 + 1 &&
	       ncg_doc_tok_is(x->doc, v - 1, ",") && (x->tok[v].flags & NCG_TF_LOWER);
}

/* rules199: does a relative clause open at token p: ", who", ", which",
 * ", where"; or a setting preposition and "which" ("a week-long visit
 * to the United States during which he led the Pakistan delegation to
 * the 80th session of the United Nations General Assembly", ARY News)?
 * Its first token, or 0. */
static size_t
relative_opens(const mr_ctx *x, size_t p)
{
	if (p == 0 || !(x->tok[p].flags & NCG_TF_LOWER))
		return 0;
	if ((tok_ieq(x, p, "who") || tok_ieq(x, p, "which") || tok_ieq(x, p, "where")) &&
	    ncg_doc_tok_is(x->doc, p - 1, ","))
		return p;
	return tok_ieq(x, p, "which") && wl_is(x, p - 1, NCG_WL_SETTING_PREP) ? p - 1 : 0;
}

/* rules17: "Foreign Minister Okada, who was visiting New York to attend
 * the 64th Session of the United Nations General Assembly, held a meeting
 * with Secretary Clinton": a meeting inside a relative clause set off by
 * commas (", who", ", which", ", where") takes no verb from outside it.
 * Sets [*r0, *r1) to that clause, or to the candidate's whole clause. */
static void
relative_span(const mr_ctx *x, const ncg_meeting_cand *c, size_t *r0, size_t *r1)
{
	*r0 = c->c0;
	*r1 = c->c1;
	if (c->kind == NCG_MC_PRINCIPALS)
		return;
	for (size_t i = c->t0; i > c->c0 + 1; i--) {
		size_t p = i - 1, r;

		if (ncg_doc_tok_is(x->doc, p, ","))
			return;
		if ((r = relative_opens(x, p)) != 0 && r > c->c0) {
			*r0 = r;
			for (size_t e = c->t1; e < c->c1; e++)
				if (ncg_doc_tok_is(x->doc, e, ",")) {
					*r1 = e;
					return;
				}
			return;
		}
	}
}

/* rules29: "X and Y met in Seoul to co-chair the Sixth Senior Economic
 * Dialogue": a present meeting verb at v after "to", a purpose of the
 * past meeting verb a few words before it in the same clause (from r0;
 * no comma, no other "to" between), tells that the numbered meeting it
 * governs is the one they met for (a numbered one only: "met in 2023 to
 * launch the Nuclear Consultative Group" founds a body). */
static int
purpose_of_past(const mr_ctx *x, size_t v, size_t r0)
{
	if (v < r0 + 2 || !tok_ieq(x, v - 1, "to") || wl_at(x, v, x->ntok, NCG_WL_MEETING_VERB))
		return 0;
	for (size_t j = v - 1; j > r0 && v - j <= 6; j--) {
		size_t p = j - 1;

		if (ncg_doc_tok_is(x->doc, p, ",") || tok_ieq(x, p, "to"))
			return 0;
		if (wl_at(x, p, v - 1, NCG_WL_MEETING_VERB) &&
		    !(p > r0 && wl_at(x, p - 1, p, NCG_WL_MODAL)))
			return 1;
	}
	return 0;
}

/* rules61: "Bersin visited Korea to hold meetings with Yoon ...": a
 * meeting verb after "to", a visit verb in the past (lex:visitVerb, one
 * lower-case word in -ed) at most four tokens before, no comma or other
 * "to" between: the purpose of a past trip, held on it, no future. */
static int
visit_purpose(const mr_ctx *x, size_t v, size_t c0)
{
	if (v < c0 + 2 || !tok_ieq(x, v - 1, "to"))
		return 0;
	for (size_t p = v - 1; p > c0 && v - p <= 5; p--) {
		size_t q = p - 1;

		if (ncg_doc_tok_is(x->doc, q, ",") || tok_ieq(x, q, "to"))
			return 0;
		if (wl_at(x, q, q + 1, NCG_WL_VISIT_VERB) == q + 1 && past_verb_in(x, q, q + 1) &&
		    !(q > c0 && wl_at(x, q - 1, q, NCG_WL_MODAL)))
			return 1;
	}
	return 0;
}

/* rules37: "It was the fourth session to be held since its 2015
 * launch": a numbered meeting, "to be", a meeting verb and a span of time
 * (lex:countingInfinitive, lex:periodCue) from the series' start ("its"
 * and a lex:originNoun) count the meetings held; the verb is no future of
 * this one.  The end of the verb, or 0. */
static size_t
counted_infinitive(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t v, e, p;

	if (c->ordinal <= 0 || (v = wl_at(x, c->t1, c->c1, NCG_WL_COUNTING_INFINITIVE)) == 0 ||
	    (e = wl_at(x, v, c->c1, NCG_WL_MEETING_VERB)) == 0)
		return 0;
	/* rules52: "The meetings were the third of their kind to be held.":
	 * a count among its kind (lex:ordinalKindTail) that ends the clause */
	if ((e == c->c1 || tok_ieq(x, e, ".")) && c->t1 >= c->t0 + 3 &&
	    (wl_at(x, c->t1 - 3, c->t1, NCG_WL_ORDINAL_KIND_TAIL) == c->t1))
		return e;
	if ((p = wl_at(x, e, c->c1, NCG_WL_PERIOD_CUE)) == 0 ||
	    !wl_at(x, p, p + 1, NCG_WL_POSSESSIVE))
		return 0;
	/* counted from the series' own start ("since its 2015 launch"),
	 * not from another event ("the first SCM to be held since the
	 * start of the Biden administration") */
	for (size_t q = p + 1; q < p + 4 && q < c->c1; q++)
		if (wl_at(x, q, q + 1, NCG_WL_ORIGIN_NOUN))
			return e;
	return 0;
}

/* fixK: the first candidate of sentence s or of one after it (d->n if
 * none): gather adds the candidates sentence by sentence, so d->c is in
 * the order of their sentences and a sentence's are contiguous. */
static size_t
first_cand_of(const mr_ctx *x, uint32_t s)
{
	size_t lo = 0, hi = x->d->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (x->d->c[mid].sent < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* rules147: "A three-day meeting between rounds of the long negotiations
 * over the naval base opened": a noun inside another meeting noun's
 * "between" phrase (lex:betweenWord right after that noun, plain words
 * up to this one) is in that noun's complement; a verb after it is the
 * head's, never its own. */
static int
in_between_phrase(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (c->kind != NCG_MC_NOUN)
		return 0;
	for (size_t k = first_cand_of(x, c->sent); k < x->d->n && x->d->c[k].sent == c->sent; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->kind == NCG_MC_NOUN && o->t1 < c->t0 &&
		    wl_is(x, o->t1, NCG_WL_BETWEEN_WORD) && plain_words(x, o->t1 + 1, c->t0))
			return 1;
	}
	return 0;
}

/* rules157: is token i the principals' own briefing verb of c (lex:
 * briefingVerb, lower case: "General Bonesteel ... briefed President
 * Park")?  Its past only there. */
static int
own_briefing(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	return c->kind == NCG_MC_PRINCIPALS && i == c->t0 && (x->tok[i].flags & NCG_TF_LOWER) &&
	       wl_is(x, i, NCG_WL_BRIEFING_VERB);
}

/* rules237: is token v the infinitive inside a principals' candidate c
 * that opens with a speaker's past courtesy (courtesy_to_meet: "It was
 * my honour today to meet with")?  The courtesy's "was" gives it the
 * past, as "had" does a chance's. */
static int
courtesy_verb(const mr_ctx *x, const ncg_meeting_cand *c, size_t v)
{
	return c->kind == NCG_MC_PRINCIPALS && v > c->t0 && v < c->t1 &&
	       wl_at(x, c->t0, c->t1, NCG_WL_PAST_COURTESY) != 0;
}

static size_t
nearest_verb(const mr_ctx *x, const ncg_meeting_cand *c, int *past)
{
	size_t best = x->ntok, dist = (size_t)-1, reach = c->kind == NCG_MC_NOUN ? 6 : 18;
	size_t pre = name_premodifier(x, c), held = held_phrase_start(x, c), r0, r1;

	*past = 0;
	if (held < pre)
		pre = held;
	relative_span(x, c, &r0, &r1);
	/* the verbs of a count of meetings after it are none of its own */
	if (r1 > c->t1 && (counted_infinitive(x, c) || in_between_phrase(x, c)))
		r1 = c->t1;
	for (size_t i = r0; i < r1; i++) {
		/* a principals' "was meeting with" (progressive_unfit let it
		 * through) is past, as "met with" */
		int p = wl_at(x, i, c->c1, NCG_WL_MEETING_VERB) != 0 || own_briefing(x, c, i) ||
		        (c->kind == NCG_MC_PRINCIPALS &&
		         progressive_at(x, i, wl_at(x, i, c->c1, NCG_WL_PRINCIPAL_VERB))) ||
		        (c->kind == NCG_MC_PRINCIPALS && i == c->t0 &&
		         dated_fronted_meeting(x, c->sent, i, c->c0, c->c1)) ||
		        stretch_bound_with(x, c, i);
		size_t d = i < pre ? pre - i : distance(c, i);

		if (!p && !wl_at(x, i, c->c1, NCG_WL_MEETING_VERB_PRESENT))
			continue;
		if (appositive_participle(x, c, i) || (p && urging_verb(x, i, c->c1)))
			continue;
		/* "The inaugural meeting of ... to boost ... was held": the
		 * passive verb of its subject, however far */
		if (d > reach && !(i >= c->t1 && i > c->c0 &&
		                   (tok_ieq(x, i - 1, "was") || tok_ieq(x, i - 1, "were"))) &&
		    !official_then_for(x, c, i) && !met_then_for(x, c, i) && !stretch_bound_with(x, c, i) &&
		    !between_then_verb(x, c, i) && !apposed_parties_then_verb(x, c, i))
			continue;
		if (d < dist) {
			dist = d;
			best = i;
			/* "will be held", "to be convened", "set to hold" */
			*past = p && !(i > c->c0 && wl_at(x, i - 1, i, NCG_WL_MODAL)) &&
			        !(i > c->c0 + 1 && wl_at(x, i - 2, i - 1, NCG_WL_MODAL) &&
			          tok_ieq(x, i - 1, "be"));
		}
	}
	if (best < x->ntok && !*past && c->kind == NCG_MC_ORDINAL && purpose_of_past(x, best, r0))
		*past = 1;
	if (best < x->ntok && !*past &&
	    (visit_purpose(x, best, c->c0) ||
	     (c->kind == NCG_MC_PRINCIPALS && trip_purpose(x, c->sent, best, c->c0)) ||
	     courtesy_verb(x, c, best)))
		*past = 1;
	return best;
}

/* The first past-tense verb ("adopted") in [a, b): lower-case, ending
 * in -ed; b when none. */
static size_t
past_verb_at(const mr_ctx *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		size_t n = ncg_doc_tok_len(x->doc, i);
		const char *w = ncg_doc_tok_ptr(x->doc, i);

		/* a cable in capitals is read case-folded: "INFORMED" */
		if ((x->tok[i].flags & NCG_TF_LOWER) && n > 4 && (w[n - 2] | 0x20) == 'e' &&
		    (w[n - 1] | 0x20) == 'd' &&
		    !(i > a && wl_at(x, i - 1, i, NCG_WL_MODAL)))
			return i;
	}
	return b;
}

/* A past-tense verb in [a, b)? */
static int
past_verb_in(const mr_ctx *x, size_t a, size_t b)
{
	return past_verb_at(x, a, b) < b;
}

/* An official whose mention token t is inside (sentence_mention). */
static int
inside_official(const mr_ctx *x, const ncg_mention *m, size_t t)
{
	(void)x;
	return m->kind == NCG_M_OFFICIAL && m->t0 <= t && t < m->t1;
}

/* A future cue in [a, b) of the candidate's clause?  rules205: not one
 * inside a plan kept (lex:conformityCue: "ALL MEETINGS HELD AS PLANNED",
 * a telegram; "went ahead as scheduled"): that act is past.  rules303,
 * quality313: no word inside an official's mention is read ("Premier
 * Will Hodgman met Mr Kleine yesterday", Mercury; "U.S. Rep. Will Hurd
 * meets with Del Rio constituents", hurd.house.gov; "Mr Stevens Will
 * paid him courtesy visit", News Chronicle): a name's words are no cue.
 * The mentions are looked up only at a cue. */
static int
future_in(const mr_ctx *x, const ncg_meeting_cand *c, size_t a, size_t b)
{
	if (a < c->c0)
		a = c->c0;
	if (b > c->c1)
		b = c->c1;
	for (size_t i = a; i < b; i++) {
		size_t e = wl_at(x, i, b, NCG_WL_CONFORMITY_CUE);
		const ncg_mention *m;

		if (e <= i && !wl_at(x, i, b, NCG_WL_FUTURE_CUE))
			continue;
		if ((m = sentence_mention(x, c->sent, i, inside_official)) != NULL)
			i = m->t1 - 1;
		else if (e > i)
			i = e - 1;
		else
			return 1;
	}
	return 0;
}

/* rules342: "On a separate note from his main mission of briefing the
 * President on the North's invitation to hold dialogue, Chung met U.S.
 * Defense Secretary X on Thursday" (a wire story): a phrase fronted
 * before a comma and the past verb's subject (an official's mention and
 * up to four capitalised words before it: "Envoy"; or such words alone:
 * a surname) is the verb's setting, not its tense; a future cue in it
 * ("to hold", "next week's summit") tells of another act.  The first
 * token after that comma, or a when there is none in [a, v). */
static size_t
fronted_phrase_end(const mr_ctx *x, uint32_t s, size_t a, size_t v)
{
	const ncg_mention *m = v > a ? inside(x, s, v - 1, NCG_M_OFFICIAL) : NULL;
	size_t k = m && m->t1 == v ? m->t0 : v, e = k;

	while (k > a && e - k < 4 && (x->tok[k - 1].flags & NCG_TF_CAP))
		k--;
	return k < v && k > a && ncg_doc_tok_is(x->doc, k - 1, ",") ? k : a;
}

/* rules85: "Thurman observed the ... exercises, annual drills ... set
 * to end on Thursday and met Gen. Han" (a wire story): a past "met"
 * (lex:metVerb) after "and" is a predicate of its own, which no modal or
 * future cue of the conjunct before it governs ("will ... and met" is no
 * English).  The first token of the window [a, v) left to search for a
 * future cue of the verb at v. */
static size_t
own_conjunct_start(const mr_ctx *x, uint32_t s, size_t a, size_t v)
{
	if (v >= x->ntok || !wl_is(x, v, NCG_WL_MET_VERB) || !(x->tok[v].flags & NCG_TF_LOWER))
		return a;
	for (size_t i = v; i > a; i--)
		if (tok_ieq(x, i - 1, "and") && (x->tok[i - 1].flags & NCG_TF_LOWER))
			return i;
	return fronted_phrase_end(x, s, a, v);
}

/* "The Tri-CHOD meeting has been held ... once or twice a year since
 * 2010": a present perfect of the meeting verb, then a reference cue in
 * its clause, tells the series' history, not this meeting. */
static int
habitual_perfect(const mr_ctx *x, const ncg_meeting_cand *c, size_t v)
{
	return v >= c->c0 + 2 && tok_ieq(x, v - 1, "been") &&
	       (tok_ieq(x, v - 2, "has") || tok_ieq(x, v - 2, "have")) &&
	       wl_find(x, v + 1, c->c1, NCG_WL_REFERENCE_CUE) < c->c1;
}

/* The first token of a possessive's mark just before p ("'s", "’s",
 * or an apostrophe then "s", split or not; a bare apostrophe when bare is
 * set: "ministers' meeting"), no earlier than lo; p when there is none. */
static size_t
possessive_mark(const mr_ctx *x, size_t p, size_t lo, int bare)
{
	size_t q = p;

	if (q > lo + 1 && tok_ieq(x, q - 1, "s") &&
	    (ncg_doc_tok_is(x->doc, q - 2, "'") || ncg_doc_tok_is(x->doc, q - 2, "\xE2\x80\x99")))
		return q - 2;
	if (q > lo && (tok_ieq(x, q - 1, "'s") || tok_ieq(x, q - 1, "\xE2\x80\x99s") ||
	               (bare && (ncg_doc_tok_is(x->doc, q - 1, "'") ||
	                         ncg_doc_tok_is(x->doc, q - 1, "\xE2\x80\x99")))))
		return q - 1;
	return p;
}

/* The start of the day the statement speaks from (lex:sameDay: "today")
 * as the owner of a possessive whose mark opens at p ("today's
 * meeting", "today's visit"), no earlier than lo, with no reference or
 * future cue in the four words before it ("ahead of today's meeting":
 * recalled or awaited); p when there is none. */
static size_t
same_day_owner(const mr_ctx *x, size_t lo, size_t p)
{
	for (size_t q = p > lo + 3 ? p - 3 : lo; q < p; q++) {
		size_t a = q > lo + 4 ? q - 4 : lo;

		if (wl_at(x, q, p, NCG_WL_SAME_DAY) == p)
			return wl_find(x, a, q, NCG_WL_REFERENCE_CUE) == q && wl_find(x, a, q, NCG_WL_FUTURE_CUE) == q
			           ? q
			           : p;
	}
	return p;
}

/* rules216: "Our meeting today was comprehensive, historic, and
 * significant" (a president's statement at the press conference after
 * it): a meeting noun, then the day the statement speaks from
 * (lex:sameDay) and a past copula (lex:pastCopula) whose subject it is,
 * is the meeting the statement reports, as "today's meeting" is.  Not
 * after a reference cue ("ahead of our meeting today"), nor in a clause
 * of a future or unheld cue ("was postponed", lex:unheldRecordCue);
 * fix64: nor a meeting meant or dropped, a word of lex:copulaIntentCue
 * just after the copula ("was supposed to cover", "was scrapped"). */
static int
meeting_today_was(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t e = wl_at(x, c->t1, c->c1, NCG_WL_SAME_DAY), a;

	if (c->kind != NCG_MC_NOUN || !e || e + 1 >= c->c1 || !wl_is(x, e, NCG_WL_PAST_COPULA) ||
	    wl_at(x, e + 1, c->c1, NCG_WL_COPULA_INTENT_CUE) > e + 1)
		return 0;
	a = c->t0 > c->c0 + 4 ? c->t0 - 4 : c->c0;
	return wl_find(x, a, c->t0, NCG_WL_REFERENCE_CUE) == c->t0 &&
	       wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) == c->c1 &&
	       wl_find(x, c->c0, c->c1, NCG_WL_UNHELD_RECORD_CUE) == c->c1;
}

/* "today's meeting served as an opportunity", "at today's talks": a
 * meeting noun owned by the day the statement speaks from is the one it
 * reports (remarks, transcripts); rules216: or followed by that day and
 * a past copula (meeting_today_was). */
static int
todays_meeting(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p;

	if (meeting_today_was(x, c))
		return 1;
	if (c->kind != NCG_MC_NOUN || (p = possessive_mark(x, c->t0, 1, 1)) == c->t0)
		return 0;
	return same_day_owner(x, c->c0, p) < p;
}

/* The start of the candidate with its determiner ("the", "their",
 * "its", "this", "a", "an") before it, when it has one in its clause. */
static size_t
det_start(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p = c->t0;

	if (p > c->c0 && (tok_ieq(x, p - 1, "the") || tok_ieq(x, p - 1, "their") ||
	                  tok_ieq(x, p - 1, "its") || tok_ieq(x, p - 1, "this") ||
	                  tok_ieq(x, p - 1, "a") || tok_ieq(x, p - 1, "an")))
		p--;
	return p;
}

/* fix60: is token i a year written in figures (four digits, 1900 to
 * 2100)?  The year, or 0. */
static int
year_token(const mr_ctx *x, size_t i)
{
	const char *t = ncg_doc_tok_ptr(x->doc, i);
	int y = 0;

	if (x->tok[i].kind != NCG_TOK_NUMBER || ncg_doc_tok_len(x->doc, i) != 4)
		return 0;
	for (int k = 0; k < 4; k++) {
		if (t[k] < '0' || t[k] > '9')
			return 0;
		y = y * 10 + (t[k] - '0');
	}
	return y >= 1900 && y <= 2100 ? y : 0;
}

/* rules204: "During an hourlong meeting with Hashimoto in the morning,
 * Cohen also iterated ..." (Japan Times), "In a 90-minute meeting
 * with ...": up to two lower-case words or numbers between a determiner
 * (lex:appositiveOpener) and the meeting noun.  The determiner's start,
 * or p when p is not the noun's own start or no determiner is near. */
static size_t
modified_det_start(const mr_ctx *x, const ncg_meeting_cand *c, size_t p)
{
	size_t q = p;

	if (p != c->t0)
		return p;
	while (q > c->c0 + 1 && p - q < 2 && !wl_is(x, q - 1, NCG_WL_APPOSITIVE_OPENER) &&
	       ((x->tok[q - 1].kind == NCG_TOK_WORD && (x->tok[q - 1].flags & NCG_TF_LOWER)) ||
	        x->tok[q - 1].kind == NCG_TOK_NUMBER))
		q--;
	/* fix60 (review60): "During a 2019 meeting with Miller", "During a
	 * similar meeting with Miller": a year of its own or a word of
	 * another meeting (lex:otherMeetingCue) makes it no setting of the
	 * act the news reports */
	for (size_t i = q; i < p; i++)
		if (year_token(x, i) || wl_is(x, i, NCG_WL_OTHER_MEETING_CUE))
			return p;
	return q < p && q > c->c0 && wl_is(x, q - 1, NCG_WL_APPOSITIVE_OPENER) ? q - 1 : p;
}

/* rules116: "During Foreign Minister Pak's meeting September 29 with
 * Secretary Vance, Pak was informed ..." (cables): an official's
 * possessive before the meeting noun stands for its determiner.  The
 * start of the official, or p when no such owner precedes it. */
static size_t
owner_start(const mr_ctx *x, const ncg_meeting_cand *c, size_t p)
{
	const ncg_mention *m;
	size_t q = possessive_mark(x, p, c->c0, 0);

	if (q == p || q == 0 || !(m = inside(x, c->sent, q - 1, NCG_M_OFFICIAL)) || m->t1 != q || m->t0 <= c->c0)
		return p;
	q = m->t0;
	/* "Republic of Korea Foreign Minister Pak's" */
	if ((m = inside(x, c->sent, q - 1, NCG_M_COUNTRY)) && m->t1 == q && m->t0 > c->c0)
		q = m->t0;
	return q;
}

/* rules156: a date of a month or a year (no day) in [a, b) of sentence
 * s? */
static int
coarse_date_in(const mr_ctx *x, uint32_t s, size_t a, size_t b)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind == NCG_M_DATE && m->t0 >= a && m->t1 <= b && m->date.prec != NCG_PREC_DAY)
			return 1;
	}
	return 0;
}

/* rules156, fixP: does [a, b) of c's sentence, the words before the
 * comma of a fronted meeting, put it ahead (lex:futureCue) or date it
 * by a month or a year (coarse_date_in; "last year": lex:relativeLast
 * and lex:yearNoun or lex:monthNoun)?  Then the meeting is no setting of
 * the act the news reports. */
static int
ahead_or_recalled(const mr_ctx *x, uint32_t s, size_t a, size_t b)
{
	if (wl_find(x, a, b, NCG_WL_FUTURE_CUE) < b || coarse_date_in(x, s, a, b))
		return 1;
	for (size_t i = a; i + 1 < b; i++)
		if (wl_is(x, i, NCG_WL_RELATIVE_LAST) &&
		    (wl_is(x, i + 1, NCG_WL_YEAR_NOUN) || wl_is(x, i + 1, NCG_WL_MONTH_NOUN)))
			return 1;
	return 0;
}

/* rules188: does the clause open at token p, but for a dateline
 * ("WASHINGTON - During a meeting Thursday in Seoul, X and Y signed
 * ...": a release's or wire's place and its dash, a convention of the
 * genre)?  [c0, p) is a place, then only dashes (dash_at, a lone
 * hyphen) or a colon. */
static int
opens_after_dateline(const mr_ctx *x, uint32_t s, size_t c0, size_t p)
{
	const ncg_mention *m;
	size_t i;

	if (p == c0)
		return 1;
	if (!(m = inside(x, s, c0, NCG_M_PLACE)) || m->t0 != c0 || m->t1 >= p)
		return 0;
	for (i = m->t1; i < p; i++)
		if (!(dash_at(x, i) || ncg_doc_tok_is(x->doc, i, "-") || ncg_doc_tok_is(x->doc, i, ":")))
			return 0;
	return 1;
}

/* fixP: the comma that ends a fronted setting of c (a setting
 * preposition, "in" too when in_too, opens the clause or follows
 * "that"; the first comma within 16 tokens after c), or 0. */
static size_t
fronted_comma(const mr_ctx *x, const ncg_meeting_cand *c, int in_too)
{
	size_t p = modified_det_start(x, c, det_start(x, c)), e;

	/* rules181: "In his talks with Agnew, Park settled ...": any
	 * possessive determiner (lex:possessiveDeterminer) opens it too */
	if (p == c->t0 && p > c->c0 && wl_is(x, p - 1, NCG_WL_POSSESSIVE))
		p--;
	if (c->kind == NCG_MC_NOUN)
		p = owner_start(x, c, p);
	/* "..., reported that during their talks in Washington, X and Y
	 * decided": the setting opens a clause after "that" */
	if (p == 0 || !(wl_at(x, p - 1, p, NCG_WL_SETTING_PREP) == p ||
	                (in_too && c->kind == NCG_MC_NOUN && wl_is(x, p - 1, NCG_WL_MEETING_SETTING_PREP))) ||
	    !(opens_after_dateline(x, c->sent, c->c0, p - 1) || (p - 1 > c->c0 && tok_ieq(x, p - 2, "that"))))
		return 0;
	/* rules188: not a comma within a body's name or a date ("at the
	 * Ministry of Education, Science and Technology in Seoul, ...", "on
	 * March 3, 2025 in Canberra, ..."); the first comma when no other
	 * is near */
	for (e = c->t1; e < c->c1 && e < c->t1 + 16; e++)
		if (ncg_doc_tok_is(x->doc, e, ",") && !inside(x, c->sent, e, NCG_M_BODY) &&
		    !inside(x, c->sent, e, NCG_M_DATE))
			return e;
	for (e = c->t1; e < c->c1 && e < c->t1 + 16; e++)
		if (ncg_doc_tok_is(x->doc, e, ","))
			return e;
	return 0;
}

/* "At the 53rd SCM in Seoul on Dec. 2, the two ministers exchanged
 * views": a setting preposition opening the clause, the meeting, a
 * comma (fronted_comma), then a past verb of the clause's subject.
 * in_too: "in" too before a meeting noun
 * (lex:meetingSettingPreposition).  fixP: not "In talks with X last
 * year, Y raised ..." nor "..., Y is expected to raise ..."
 * (ahead_or_recalled; a future cue up to the verb); fixX: nor a year
 * of its own from the verb on (other_year_in: "In his talks with X, Y
 * had raised the program in 2015"). */
static int
fronted_setting_prep(const mr_ctx *x, const ncg_meeting_cand *c, int in_too)
{
	size_t e = fronted_comma(x, c, in_too), v, end = x->sent[c->sent].t1;

	if (e == 0 || ahead_or_recalled(x, c->sent, c->c0, e))
		return 0;
	v = past_verb_at(x, e + 1, c->c1);
	return v < c->c1 && wl_find(x, e + 1, v + 1, NCG_WL_FUTURE_CUE) > v &&
	       !other_year_in(x, c->sent, (uint32_t)v, (uint32_t)end);
}

static int
fronted_setting(const mr_ctx *x, const ncg_meeting_cand *c)
{
	return fronted_setting_prep(x, c, 0);
}

/* The official that "with" right after meeting noun c introduces ("a
 * meeting with President Rhee"), or NULL. */
static const ncg_mention *
official_with(const mr_ctx *x, const ncg_meeting_cand *c)
{
	const ncg_mention *m;

	if (c->kind != NCG_MC_NOUN || c->in_title || c->t1 + 1 >= c->c1 || !tok_ieq(x, c->t1, "with") ||
	    !(m = inside(x, c->sent, c->t1 + 1, NCG_M_OFFICIAL)) || official_start(m) != c->t1 + 1)
		return NULL;
	return m;
}

/* rules204: "an hourlong meeting with Hashimoto" (Japan Times): news
 * copy names the other side by the surname of an official named in full
 * before (surname_of_named), as official_with does by a full name; the
 * preposition is lex:interlocutorPreposition. */
static int
with_named(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p = c->t1 + 1;

	if (official_with(x, c))
		return 1;
	return c->kind == NCG_MC_NOUN && !c->in_title && p < c->c1 &&
	       wl_is(x, c->t1, NCG_WL_INTERLOCUTOR_PREP) &&
	       (x->tok[p].flags & NCG_TF_CAP) && !inside(x, c->sent, p, NCG_M_OFFICIAL) &&
	       surname_of_named(x, p) != NULL;
}

/* rules156: "In meetings with Foreign Minister Yoriko Kawaguchi and
 * Justice Minister Mayumi Moriyama, Ashcroft lauded ..." (Japan Times),
 * "During talks with Prime Minister X, Y stressed ...": a setting
 * preposition, "in" too (lex:meetingSettingPreposition), opens the
 * clause (fronted_setting_prep), the meeting noun then "with" and an
 * official (official_with): the setting of the subject's past act,
 * with the other side named.  Not "In a meeting with officials of the
 * ruling party in Seoul on July 18, X expressed ...": no official. */
static int
fronted_with_official(const mr_ctx *x, const ncg_meeting_cand *c)
{
	return with_named(x, c) && fronted_setting_prep(x, c, 1);
}

/* rules57: "In an August 16 Blue House meeting following the ceremony
 * ..., ROK President Roh Moo-hyun detailed ...", "In his May 1
 * introductory call on President Roh Moo-hyun, USFK Commander Gen. B.B.
 * Bell underscored ..." (cables): a capitalised setting preposition
 * (lex:settingPreposition, lex:meetingSettingPreposition) and a
 * determiner (lex:appositiveOpener, lex:heldDeterminer) open the clause,
 * then a day's date and modifiers (a place or body, lower-case words;
 * eight tokens at most) before the meeting noun, a comma within 16
 * tokens after it, then a past act: the dated meeting is the act's
 * setting. */
static int
fronted_dated_setting(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention **pl)
{
	size_t p = c->t0, e;
	int day = 0;

	*pl = NULL;

	if (c->kind != NCG_MC_NOUN || c->in_title)
		return 0;
	while (p > c->c0 + 2 && c->t0 - p < 8 && !wl_is(x, p - 1, NCG_WL_APPOSITIVE_OPENER) &&
	       !wl_is(x, p - 1, NCG_WL_HELD_DETERMINER)) {
		const ncg_mention *m = inside(x, c->sent, p - 1, NCG_M_DATE);

		if (m && m->date.prec == NCG_PREC_DAY)
			day = 1;
		else if (!m && !(m = inside(x, c->sent, p - 1, NCG_M_PLACE)) &&
		         !(m = inside(x, c->sent, p - 1, NCG_M_BODY)) &&
		         !((x->tok[p - 1].flags & NCG_TF_LOWER) && x->tok[p - 1].kind == NCG_TOK_WORD))
			return 0;
		/* "an August 16 Blue House meeting": where it met */
		if (m && (m->kind == NCG_M_PLACE ||
		          (m->kind == NCG_M_BODY && wl_at(x, m->t0, m->t1, NCG_WL_SEAT_BODY) == m->t1)))
			*pl = m;
		p = m ? m->t0 : p - 1;
	}
	if (!day || p < c->c0 + 2 || !(x->tok[p - 2].flags & NCG_TF_CAP) ||
	    !(wl_is(x, p - 2, NCG_WL_SETTING_PREP) || wl_is(x, p - 2, NCG_WL_MEETING_SETTING_PREP)) ||
	    wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) < c->c1)
		return 0;
	for (e = c->t1; e < c->c1 && e < c->t1 + 16; e++)
		if (ncg_doc_tok_is(x->doc, e, ","))
			return past_act_in(x, e + 1, c->c1);
	return 0;
}

/* "said at a press conference after the second meeting": one side's
 * press event in [a, cue) as a setting ("at"/"during", an article).
 * in_too: "in" too (lex:meetingSettingPreposition: rules156, "In a press
 * conference after talks with South Korean leaders, Baldrige called
 * ...", Reuters). */
static int
solo_press_setting(const mr_ctx *x, size_t a, size_t cue, int in_too)
{
	for (size_t i = a + 1; i < cue; i++) {
		size_t p = i - 1;

		if (!wl_at(x, i, cue, NCG_WL_SOLO_PRESS_EVENT))
			continue;
		if (p > a && (tok_ieq(x, p, "a") || tok_ieq(x, p, "the") || tok_ieq(x, p, "their") ||
		              tok_ieq(x, p, "its")))
			p--;
		if (wl_at(x, p, p + 1, NCG_WL_SETTING_PREP) ||
		    (in_too && wl_is(x, p, NCG_WL_MEETING_SETTING_PREP)))
			return 1;
	}
	return 0;
}

/* "unveiled during a joint news conference at the White House following
 * bilateral talks between the two leaders", "joining us today at the
 * conclusion of the 57th SCM": a joint appearance, or the day the
 * statement speaks from, then a cue of the time just after or at the end
 * of the meeting, then the meeting (not "the previous" one, not in a
 * future clause).  Is c such a meeting? */
static int
after_press_event(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p = det_start(x, c), a, cue = c->t0, e = 0;

	a = p > c->c0 + 4 ? p - 4 : c->c0;
	for (size_t i = a; i < c->t0 && cue == c->t0; i++)
		if ((e = wl_at(x, i, c->t0, NCG_WL_AFTER_CUE)) != 0)
			cue = i;
	if (cue == c->t0 || wl_find(x, e, c->t0, NCG_WL_REFERENCE_CUE) < c->t0 ||
	    wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) < c->c1)
		return 0;
	a = cue > c->c0 + 12 ? cue - 12 : c->c0;
	return wl_find(x, a, cue, NCG_WL_PRESS_EVENT) < cue || solo_press_setting(x, a, cue, 0) ||
	       (wl_at(x, cue, c->t0, NCG_WL_END_CUE) &&
	        wl_find(x, c->c0, c->c1, NCG_WL_SAME_DAY) < c->c1);
}

/* "It is an honor to be here in Seoul for the 57th Security Consultative
 * Meeting": a speaker who is here (lex:hereCue) for or at a meeting
 * speaks at it; not "was here", not in a clause that announces one. */
static int
speaker_here(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p = c->t0, a;

	if (p > c->c0 && (tok_ieq(x, p - 1, "the") || tok_ieq(x, p - 1, "this") ||
	                  tok_ieq(x, p - 1, "our")))
		p--;
	if (p <= c->c0 || !(tok_ieq(x, p - 1, "for") || wl_is(x, p - 1, NCG_WL_VENUE_PREPOSITION) ||
	                    tok_ieq(x, p - 1, "to")))
		return 0;
	a = p > c->c0 + 7 ? p - 7 : c->c0;
	for (size_t h = a; h < p - 1; h++)
		if (wl_at(x, h, p, NCG_WL_HERE_CUE))
			return !(h > c->c0 && (tok_ieq(x, h - 1, "was") || tok_ieq(x, h - 1, "were"))) &&
			       wl_find(x, c->c0, c->c1, NCG_WL_ANNOUNCEMENT_CUE) == c->c1 &&
			       wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) == c->c1;
	return 0;
}

/* rules73: "to welcome Minister Yoon to Washington and to the Pentagon
 * for this 36th ... Security Consultative Meeting" (a DoD transcript):
 * of two places each after "to" and joined by "and", the first (the
 * city, the building in it after) is where the meeting met; m is the
 * place after the "to" at t, or the first one's. */
static const ncg_mention *
first_of_two_tos(const mr_ctx *x, uint32_t s, size_t t, const ncg_mention *m)
{
	const ncg_mention *f;

	if (t < x->sent[s].t0 + 3 || !tok_ieq(x, t - 1, "and"))
		return m;
	f = inside(x, s, t - 2, NCG_M_PLACE);
	if (!f || f->t0 <= x->sent[s].t0 || !tok_ieq(x, f->t0 - 1, "to"))
		return m;
	return f;
}

/* rules17: "let me welcome you to the plenary session of the second
 * U.S.-Republic of Korea Ministerial 2+2" (state.gov remarks), "let me
 * again warmly welcome Minister Lee and his team to the Pentagon for the
 * 54th Security Consultative Meeting" (DoD remarks): a welcome
 * (lex:welcomeCue) a few words before "to"/"for" and the meeting (rules143:
 * maybe a free relative between, lex:freeRelative: "for what is the
 * inaugural meeting of"), in a
 * clause with no future cue, is spoken at that meeting (an unnamed one
 * only when no official is welcomed: then the principals meet).  The
 * place after
 * "to" in the welcome is where it met: *pl is set to it, or NULL. */
static int
welcome_to_meeting(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention **pl)
{
	size_t p = c->t0, a;

	*pl = NULL;
	/* "to the 2019 Northeast Asia Peace and Cooperation Forum" */
	if (p > c->c0 + 1 && x->tok[p - 1].kind == NCG_TOK_NUMBER && ncg_doc_tok_len(x->doc, p - 1) == 4)
		p--;
	if (p > c->c0 && (tok_ieq(x, p - 1, "the") || tok_ieq(x, p - 1, "this") || tok_ieq(x, p - 1, "our")))
		p--;
	/* rules143: "for what is the inaugural meeting of ..." */
	if (p > c->c0 + 2 && wl_at(x, p - 2, p, NCG_WL_FREE_RELATIVE) == p)
		p -= 2;
	if (c->kind == NCG_MC_PRINCIPALS || p <= c->c0 ||
	    !(tok_ieq(x, p - 1, "to") || tok_ieq(x, p - 1, "for")) ||
	    wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) < c->c1)
		return 0;
	a = p - 1 > c->c0 + 12 ? p - 1 - 12 : c->c0;
	for (size_t w = a; w < p - 1; w++) {
		if (!wl_at(x, w, p - 1, NCG_WL_WELCOME_CUE))
			continue;
		/* rules26: "greeted with a welcome ceremony before the two
		 * defense chiefs sat down for talks": a noun's modifier after
		 * its article welcomes no one */
		if (w > c->c0 && (tok_ieq(x, w - 1, "a") || tok_ieq(x, w - 1, "an") || tok_ieq(x, w - 1, "the")))
			continue;
		/* "welcomed Minister Lee to the Pentagon for talks": an
		 * unnamed meeting of a welcomed official is the principals' */
		if (c->kind == NCG_MC_NOUN && official_in(x, c->sent, w + 1, p - 1))
			return 0;
		for (size_t t = w + 1; t + 1 < p - 1; t++) {
			const ncg_mention *m;
			size_t q = t + 1 + (tok_ieq(x, t + 1, "the") ? 1 : 0);

			if (tok_ieq(x, t, "to") && (m = inside(x, c->sent, q, NCG_M_PLACE)) != NULL &&
			    m->t1 == p - 1)
				*pl = first_of_two_tos(x, c->sent, t, m);
		}
		return 1;
	}
	return 0;
}

/* rules14: "Nuclear envoys from the U.S., South Korea, and Japan are
 * meeting in Seoul": the noun candidate is the progressive itself, after
 * "are"/"is", with a place in its clause (the caller has barred a future
 * cue). */
static int
progressive_meeting(const mr_ctx *x, const ncg_meeting_cand *c)
{
	const size_t *idx;
	size_t n;

	if (!(c->kind == NCG_MC_NOUN && c->t1 == c->t0 + 1 && c->t0 > c->c0 &&
	      wl_is(x, c->t0, NCG_WL_MEETING_PARTICIPLE) && wl_is(x, c->t1, NCG_WL_WITHIN_PREPOSITION) &&
	      (tok_ieq(x, c->t0 - 1, "are") || tok_ieq(x, c->t0 - 1, "is"))))
		return 0;
	n = ncg_mentions_in_sentence(x->ms, c->sent, &idx);
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if ((m->kind == NCG_M_PLACE || m->kind == NCG_M_COUNTRY) && m->t0 == c->t1 + 1)
			return 1;
	}
	return 0;
}

/* "The 14th KIDD is under way in Seoul" (lex:ongoingCue just after it),
 * "South Korea and the U.S. are holding their 14th KIDD in Seoul today"
 * ("is"/"are" and a progressive of lex:progressiveVerb before it, and
 * "today" in the clause): the meeting goes on as the statement speaks;
 * never in a clause with a future cue. */
static int
ongoing_meeting(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t a = c->t0 > c->c0 + 8 ? c->t0 - 8 : c->c0, e = c->t1;

	if (wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) < c->c1)
		return 0;
	if (tok_ieq(x, e, "is") || tok_ieq(x, e, "was") || tok_ieq(x, e, "are"))
		e++;
	/* its name is the subject ("Preparations for the 14th KIDD are
	 * under way" is no meeting under way): no lower-case word before it
	 * in the clause but its article and the dateline's */
	if (wl_at(x, e, c->c1, NCG_WL_ONGOING_CUE)) {
		size_t p = c->t0;

		if (p > c->c0 && (tok_ieq(x, p - 1, "the") || tok_ieq(x, p - 1, "their")))
			p--;
		for (size_t i = c->c0; i < p; i++)
			if ((x->tok[i].flags & NCG_TF_LOWER) &&
			    !(x->tok[i].b >= x->head->dateline_b && x->tok[i].e <= x->head->dateline_e))
				return 0;
		return 1;
	}
	for (size_t i = a + 1; i < c->t0; i++)
		if ((tok_ieq(x, i - 1, "is") || tok_ieq(x, i - 1, "are")) &&
		    wl_at(x, i, i + 1, NCG_WL_PROGRESSIVE_VERB))
			return wl_find(x, c->c0, c->c1, NCG_WL_SAME_DAY) < c->c1;
	return progressive_meeting(x, c);
}

/* rules17: the end of the words just after c that may still speak of
 * it ("the meeting will ..."): three tokens, cut at a reference cue
 * ("during weekend talks ahead of upcoming summits": "upcoming" is the
 * summits', a later event). */
static size_t
own_words_end(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t e = c->t1 + 3 < c->c1 ? c->t1 + 3 : c->c1;

	/* rules169: the words after the writer's "told Pyun" are what was
	 * told ("I told Pyun I would refer ..."), not the meeting's:
	 * writer_told found no future cue up to the official */
	if (has_ev(c, EV_WRITER_TOLD))
		return c->t1;

	return wl_find(x, c->t1, e, NCG_WL_REFERENCE_CUE);
}

/* rules20: a past act in [a, b): a verb in -ed, or an irregular past
 * of an act (lex:irregularPastAct: "made", "struck"). */
static int
past_act_in(const mr_ctx *x, size_t a, size_t b)
{
	if (past_verb_in(x, a, b))
		return 1;
	for (size_t i = a; i < b; i++)
		if ((x->tok[i].flags & NCG_TF_LOWER) && wl_at(x, i, b, NCG_WL_IRREGULAR_PAST_ACT) &&
		    !(i > a && wl_at(x, i - 1, i, NCG_WL_MODAL)))
			return 1;
	return 0;
}

/* rules61: where what was said in the meeting starts: "Pence said in a
 * meeting Thursday with ... Moon that Washington would bring ...": the
 * first "that" after the meeting noun, else the clause's end; a future
 * cue after it is the content's, not the meeting's. */
static size_t
said_content(const mr_ctx *x, const ncg_meeting_cand *c)
{
	for (size_t i = c->t1; i < c->c1; i++)
		if (tok_ieq(x, i, "that"))
			return i;
	return c->c1;
}

/* rules178: a future cue in the clause of a setting "in talks", other
 * than one in what was said: "Reagan gave Takeshita the pledge that the
 * United States will resist ... and praised his policies in a meeting at
 * the White House on Wednesday" (LA Times): the cue after a "that" and
 * before a later past act (before the setting's preposition at p) is the
 * content of the earlier act, not the meeting's. */
static int
future_of_act(const mr_ctx *x, const ncg_meeting_cand *c, size_t p)
{
	size_t end = said_content(x, c), f = wl_find(x, c->c0, end, NCG_WL_FUTURE_CUE);

	for (; f < end; f = wl_find(x, f + 1, end, NCG_WL_FUTURE_CUE)) {
		size_t t = c->c0;

		while (t < f && !tok_ieq(x, t, "that"))
			t++;
		if (t == f || f + 1 >= p || !past_act_in(x, f + 1, p))
			return 1;
	}
	return 0;
}

/* rules20: "Kim Hong Kyun on Dec. 23 made this agreement in bilateral
 * talks in Washington with ... Campbell", "the agreement was reached in
 * talks in New York between ...": a meeting noun after "in"
 * (lex:meetingSettingPreposition; a determiner or modifiers between), a
 * past act before it in the clause: the meeting is the act's setting
 * (kept only when dated near the issue date or in the lead: weigh). */
static int
act_in_talks(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p = c->t0;

	if (c->kind != NCG_MC_NOUN || c->in_title)
		return 0;
	while (p > c->c0 && c->t0 - p < 3 && !wl_at(x, p - 1, p, NCG_WL_MEETING_SETTING_PREP))
		p--;
	return p > c->c0 + 1 && wl_at(x, p - 1, p, NCG_WL_MEETING_SETTING_PREP) &&
	       (x->tok[p - 1].flags & NCG_TF_LOWER) && past_act_in(x, c->c0, p - 1) &&
	       !future_of_act(x, c, p - 1);
}

static int during_the_visit(const mr_ctx *x, const ncg_meeting_cand *c);

/* rules304: the end of a fronted sequel in c's clause, or c->c0: "After
 * the activity, McFarlance paid his courtesy call to 7th ID commander,
 * Maj. Gen. Andrew Costelo" (Manila Bulletin, after "McFarlance was
 * accorded with foyer honors ... during his visit"); "After the
 * ceremony, the two Presidents met in the Oval Office" (a state visit's
 * record); "After this activity, Lieutenant General Williams visited the
 * NFIU ROU HQ, where he was received by Colonel ..." (NFIU Romania).  A
 * capitalised lex:afterCue opening the clause, the definite article, one
 * lower-case word and a comma: a step of the visit the text reports, no
 * time of its own.  Not after a meeting or a visit ("After the meeting,
 * X met Y": another; lex:meetingNoun, lex:visitNoun). */
static size_t
visit_sequel_end(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t a = c->c0, p = wl_at(x, a, c->c1, NCG_WL_AFTER_CUE);

	if (p != a + 1 || (x->tok[a].flags & NCG_TF_LOWER) || p + 3 > c->c1 ||
	    !wl_is(x, p, NCG_WL_DEFINITE_ARTICLE) || !(x->tok[p + 1].flags & NCG_TF_LOWER) ||
	    wl_is(x, p + 1, NCG_WL_MEETING_NOUN) || wl_is(x, p + 1, NCG_WL_VISIT_NOUN) ||
	    !ncg_doc_tok_is(x->doc, p + 2, ","))
		return a;
	return p + 3;
}

/* fix154: does c's clause, after a fronted "After the visit,"
 * (visit_sequel_end), have a word of time apart from the lead's visit
 * ("a week later", "the following day": lex:laterEventCue,
 * lex:referenceCue; "at the start of his tour": lex:originNoun)?
 * clause_off_visit and clause_own_time_or_venue share it. */
static int
clause_time_cue(const mr_ctx *x, const ncg_meeting_cand *c)
{
	static const ncg_wordlist cues[] = {NCG_WL_LATER_EVENT_CUE, NCG_WL_REFERENCE_CUE,
	                                    NCG_WL_ORIGIN_NOUN};

	for (size_t k = 0; k < sizeof cues / sizeof *cues; k++)
		if (wl_find(x, visit_sequel_end(x, c), c->c1, cues[k]) < c->c1)
			return 1;
	return 0;
}

/* fixX: does c's clause [c0, c1) set its meeting apart from the lead's
 * visit: a time of its own (a date or period mention, ahead_or_recalled;
 * "a week later": lex:laterEventCue; "before the trip":
 * lex:referenceCue; "at the start of his tour": lex:originNoun) or a
 * place of its own ("in Madrid")? */
static int
clause_off_visit(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (ahead_or_recalled(x, c->sent, c->c0, c->c1) || clause_time_cue(x, c))
		return 1;
	for (size_t j = c->c0; j < c->c1; j++)
		if (inside(x, c->sent, j, NCG_M_DATE) || inside(x, c->sent, j, NCG_M_PERIOD) ||
		    inside(x, c->sent, j, NCG_M_PLACE))
			return 1;
	return 0;
}

/* The first lower-case word of a visit in [a, b) (lex:visitVerb,
 * lex:visitNoun), or b. */
static size_t
visit_word(const mr_ctx *x, size_t a, size_t b)
{
	for (size_t v = a; v < b; v++)
		if ((x->tok[v].flags & NCG_TF_LOWER) &&
		    (wl_at(x, v, b, NCG_WL_VISIT_VERB) || wl_is(x, v, NCG_WL_VISIT_NOUN)))
			return v;
	return b;
}

/* fixX: is c's subject, before its verb, the surname of an official
 * named in a lead sentence before its visit word (surname_of_named,
 * visit_word): the lead's visitor ("Moreno met with ..." after "Rear
 * Adm. Carl Moreno ... visited ..."), not the host named after it? */
static int
lead_named_subject(const mr_ctx *x, const ncg_meeting_cand *c)
{
	for (size_t j = c->c0; j < c->t0; j++) {
		const ncg_mention *m = (x->tok[j].flags & NCG_TF_CAP) ? surname_of_named(x, j) : NULL;
		uint32_t s = m ? m->sent : UINT32_MAX;

		if (s != UINT32_MAX && (s == x->lead[0] || s == x->lead[1]) &&
		    m->t1 <= visit_word(x, x->sent[s].t0, x->sent[s].t1))
			return 1;
	}
	return 0;
}

/* rules182: a release's visit, its meeting in a later sentence with a
 * person named before by surname as subject ("Vice Adm. X, commander,
 * ..., visited the ... headquarters in Kyoto April 10-11 ... / ... Sawyer
 * met with senior leaders ..., including Vice Adm. Y"; "During SWCM, Seif
 * met with Rear Adm. Lee ..."): the subject named in the lead
 * (lead_named_subject), only the first meeting with a past verb of the
 * text, its clause of no time or place of its own
 * (clause_off_visit: "Moreno met with X a week later", "... in Madrid"). */
static int
first_met_by_visitor(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (!has_ev(c, EV_SURNAME_SUBJECT) || !lead_named_subject(x, c) || clause_off_visit(x, c))
		return 0;
	for (const ncg_meeting_cand *e = x->d->c; e < c; e++)
		if (has_ev(e, EV_PAST_VERB))
			return 0;
	return 1;
}

/* rules173: "Gen. CQ Brown ... met with U.S. and Japanese senior leaders
 * here Aug. 6 and 7 as part of his first trip ... / ... / Over the
 * two-day visit, Brown met with Special Advisor ... Hiroto Izumi, Defense
 * Minister Itsunori Ododera, ..." (PACAF), "... The visit aimed to
 * support ... / During his visit, Wi met not only with Rubio but also
 * ..." (a presidential briefing): c, after the lead sentences, opens
 * with a setting of the whole visit (during_the_visit), and a lead
 * sentence before it names a visit (a lower-case lex:visitVerb or
 * lex:visitNoun) with no future cue: the visit the lead reported, c met
 * on it.  rules182: or c is the text's first meeting by a surname
 * subject, its clause of no time or place of its own
 * (first_met_by_visitor). */
static int
met_on_lead_visit(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (x->lead[0] == UINT32_MAX || c->sent == x->lead[0] || c->sent == x->lead[1] ||
	    !(during_the_visit(x, c) || first_met_by_visitor(x, c)))
		return 0;
	for (int k = 0; k < 2; k++) {
		uint32_t s = x->lead[k];
		size_t a, b;

		if (s == UINT32_MAX || s >= c->sent)
			continue;
		a = x->sent[s].t0;
		b = x->sent[s].t1;
		if (wl_find(x, a, b, NCG_WL_FUTURE_CUE) < b)
			return 0;
		if (visit_word(x, a, b) < b)
			return 1;
	}
	return 0;
}

/* rules269: "Moniz was meeting with top Japanese officials during his
 * visit, including industry minister Toshimitsu Motegi" (AP): a
 * principals' meeting whose subject the lead named (lead_named_subject),
 * a trailing setting of the subject's own visit after the verb (a lower-
 * case lex:visitSpanPreposition, a possessive, lex:visitNoun), its clause
 * of no time or place of its own (clause_off_visit: "during his visit in
 * 2015"): met on the visit the text reports, as on the lead's
 * (met_on_lead_visit). */
static int
met_on_own_visit(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (c->kind != NCG_MC_PRINCIPALS || !lead_named_subject(x, c) || clause_off_visit(x, c))
		return 0;
	for (size_t p = c->t1; p + 2 < c->c1; p++)
		if ((x->tok[p].flags & NCG_TF_LOWER) && wl_is(x, p, NCG_WL_VISIT_SPAN_PREP) &&
		    wl_is(x, p + 1, NCG_WL_POSSESSIVE) && wl_is(x, p + 2, NCG_WL_VISIT_NOUN))
			return 1;
	return 0;
}

/* fix60 (review60): is the trailing setting, its noun at p, the
 * lead's own act ("Miller, on the third day of a visit to Canada, made
 * the remarks in meetings with Prime Minister X", UPI)?  Its subject
 * the lead's named one (lead_named_subject; not "Her predecessor,
 * Malcolm Baldrige, made ..."), one past act before p (not "repeated the
 * remarks she made in ..."), no lex:otherMeetingCue ("similar remarks",
 * "first made") and no time or place of its own in the clause
 * (clause_off_visit: "in 1985", "during her 1985 visit"). */
static int
trailing_own_act(const mr_ctx *x, const ncg_meeting_cand *c, size_t p)
{
	size_t v = c->c0;

	while (v < p && !past_act_in(x, v, v + 1))
		v++;
	return v < p && !past_act_in(x, v + 1, p) && lead_named_subject(x, c) &&
	       !clause_off_visit(x, c) &&
	       wl_find(x, c->c0, c->c1, NCG_WL_OTHER_MEETING_CUE) == c->c1;
}

/* rules261: "X offers military exchange training programs during her
 * visit to the Philippine Army (PA) today, September 11, at Army
 * Headquarters. / During the courtesy call, Maj. Gen. X mentioned to
 * Brig. Gen. Y ..." (Philippine Army): c's clause opens with a setting
 * of its own noun, definite ("During the courtesy call,"), in the
 * sentence just after the lead sentence, and that lead names a visit
 * (visit_word) of the day (lex:sameDay after it: "today") with no future
 * cue and no earlier time (host_recalled: lex:relativeLast,
 * lex:agoWord, a year before the issue year; nor another year than the
 * issue year, other_year_in): the noun
 * names the visit the lead reports.  Not "During a meeting, ..." nor
 * "X, who visited Y last week, ...". */
static int
setting_on_lead_visit(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0];
	size_t p = c->c0, a, b, v;

	if (s == UINT32_MAX || c->sent != s + 1 || !wl_is(x, p++, NCG_WL_VISIT_SPAN_PREP) ||
	    !wl_is(x, p++, NCG_WL_DEFINITE_ARTICLE) || p != c->t0 ||
	    !ncg_doc_tok_is(x->doc, c->t1, ","))
		return 0;
	a = x->sent[s].t0;
	b = x->sent[s].t1;
	if (wl_find(x, a, b, NCG_WL_FUTURE_CUE) < b || host_recalled(x, s, a, b) ||
	    (x->d->issued[0] && other_year_in(x, s, a, b)))
		return 0;
	v = visit_word(x, a, b);
	return v < b && wl_find(x, v, b, NCG_WL_SAME_DAY) < b;
}

/* rules261: the lead visit's venue for setting_on_lead_visit: after its
 * visit word, a lower-case "at" (lex:venuePreposition) and a body a word
 * names as a building (lex:buildingBodyHead: "at Army Headquarters"),
 * ending the sentence or before a comma; or NULL. */
static const ncg_mention *
lead_visit_venue(const mr_ctx *x)
{
	uint32_t s = x->lead[0];
	size_t b = x->sent[s].t1, v = visit_word(x, x->sent[s].t0, b);

	for (size_t i = v; i + 1 < b; i++) {
		const ncg_mention *m;
		size_t p = i + 1 + (wl_is(x, i + 1, NCG_WL_DEFINITE_ARTICLE) ? 1 : 0);

		if (!(x->tok[i].flags & NCG_TF_LOWER) || !wl_is(x, i, NCG_WL_VENUE_PREPOSITION))
			continue;
		m = inside(x, s, p, NCG_M_BODY);
		if (m && m->t0 == p && wl_find(x, m->t0, m->t1, NCG_WL_BUILDING_BODY_HEAD) < m->t1 &&
		    (m->t1 + 1 >= b || ncg_doc_tok_is(x->doc, m->t1, ",")))
			return m;
	}
	return NULL;
}

static int press_meeting(const mr_ctx *x, const ncg_meeting_cand *c);

/* rules265, fix99 (review91): a past act not in -ed before the setting's
 * preposition at p: "Brooks made the remark during a luncheon meeting at
 * the National Assembly on Friday" (KBS; lex:irregularPastAct).  The
 * preposition in lower case: such a past is no -ed word, so a dateline's
 * "officials said - During a meeting" would pass.  The act the one
 * nearest p with no comma between (the clause's own verb, not "Lee, who
 * won the primary in April, spoke at a meeting"), and no word of speech
 * (lex:pastSpeechVerb): "Yoon said during a Cabinet meeting on Tuesday"
 * reports a remark, not a meeting of the alliance.  Nor a meeting with
 * the press (press_meeting: "made the remarks during a meeting with
 * reporters") or "of" a body, one side's own session ("made the comment
 * at a meeting of the ruling party's security panel"). */
static int
irregular_act_before(const mr_ctx *x, const ncg_meeting_cand *c, size_t p)
{
	size_t v = p, c0 = c->c0;

	if (!(x->tok[p].flags & NCG_TF_LOWER) || press_meeting(x, c) ||
	    (c->t1 < c->c1 && wl_is(x, c->t1, NCG_WL_HEAD_OF)))
		return 0;
	while (v > c0 && !past_act_in(x, v - 1, v) && !ncg_doc_tok_is(x->doc, v - 1, ","))
		v--;
	return v > c0 && past_act_in(x, v - 1, v) && !past_verb_in(x, v - 1, v) &&
	       !wl_is(x, v - 1, NCG_WL_PAST_SPEECH_VERB);
}

/* A meeting with no past verb of its own as the setting of a past act:
 * "adopted the declaration at their bilateral summit", "met with Y
 * during the 42nd Military Committee Meeting" (kept only when the
 * clause gives its day: see date evidence). */
static void
setting_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	size_t p = c->t0;
	const ncg_mention *pl = NULL;
	int with = fronted_with_official(x, c), trailing;

	while (p > c->c0 && c->t0 - p < 4 && !wl_at(x, p - 1, p, NCG_WL_SETTING_PREP))
		p--;
	trailing = (p > c->c0 && wl_at(x, p - 1, p, NCG_WL_SETTING_PREP) &&
	            (past_verb_in(x, c->c0, p - 1) || irregular_act_before(x, c, p - 1))) ||
	           act_in_talks(x, c);
	if (!(trailing || fronted_setting(x, c) || fronted_dated_setting(x, c, &pl) || with))
		return;
	/* rules204: "Baldrige ... made the remarks in meetings with Prime
	 * Minister Yasuhiro Nakasone, ..." (UPI): a setting after the past
	 * act that names the other side, as the fronted one does (rules156) */
	if (trailing && !with && with_named(x, c) && trailing_own_act(x, c, c->t0))
		with = 1;
	if (pl && !c->place) {
		c->place = pl;
		add_ev(c, EV_PLACE);
	}
	add_ev(c, EV_SETTING);
	if (setting_on_lead_visit(x, c)) {
		add_ev(c, EV_CALL_ON_LEAD_VISIT);
		if (!c->place && (pl = lead_visit_venue(x)) != NULL) {
			c->place = pl;
			add_ev(c, EV_PLACE);
		}
	}
	if (with)
		add_ev(c, EV_WITH_OFFICIAL);
	if (wl_find(x, c->c0, c->c1, NCG_WL_RECENT_PERIOD) < c->c1)
		add_ev(c, EV_RECENT_PERIOD);
}

/* rules223: is token e the start of a date or a place of c's sentence,
 * or a weekday, or a lower-case word (its preposition) just before one? */
static int
setting_word(const mr_ctx *x, const ncg_meeting_cand *c, size_t e)
{
	if (weekday_at(x, e) || inside(x, c->sent, e, NCG_M_DATE) || inside(x, c->sent, e, NCG_M_PLACE))
		return 1;
	return e + 1 < c->c1 && (x->tok[e].flags & NCG_TF_LOWER) &&
	       (weekday_at(x, e + 1) || mention_starting(x, e + 1, NCG_M_DATE) ||
	        mention_starting(x, e + 1, NCG_M_PLACE));
}

/* fix68 (review68): is the meeting noun of c, the subject of a content
 * verb (day_meeting_content), the text's sides' meeting: the sentence
 * before tells no future nor unheld meeting (lex:futureCue,
 * lex:unheldRecordCue: "said they had no plans to meet their Iranian
 * counterparts"), and that sentence or c's names two officials of two
 * sides (two_sides_named, adjective_sides_named), or a meeting noun of
 * an earlier sentence is a candidate ("During the so-called 'working
 * group' meeting ... Yesterday's meeting focused on").  Not "The
 * Chinese and Russian presidents met in Moscow. The meeting in Moscow
 * on Monday focused on Ukraine": no official, no earlier meeting noun. */
static int
content_meeting_sides(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t a, b;

	if (c->sent == 0)
		return 0;
	a = x->sent[c->sent - 1].t0;
	b = x->sent[c->sent - 1].t1;
	if (wl_find(x, a, b, NCG_WL_FUTURE_CUE) < b || wl_find(x, a, b, NCG_WL_UNHELD_RECORD_CUE) < b)
		return 0;
	if (two_sides_named(x, c->sent) || two_sides_named(x, c->sent - 1) ||
	    adjective_sides_named(x, c->sent - 1))
		return 1;
	for (size_t k = 0; k < x->d->n && x->d->c[k].sent < c->sent; k++)
		if (x->d->c[k].kind == NCG_MC_NOUN && !x->d->c[k].in_title)
			return 1;
	return 0;
}

/* rules223: "Yesterday's meeting focused on marketing promotions,
 * product development, ..." (Honolulu Star-Bulletin), "The meeting in
 * Honolulu on Monday covered A and B": a meeting noun, the subject of a
 * past verb of its content (lex:meetingContentVerb, maybe after a
 * lex:frameAdverb), owned by a past day opening the clause
 * (lex:dayBefore or a weekday, then "'s"), or after a "the" opening the
 * clause and followed by its date or place (setting_word), reports the
 * meeting as held.  Not "the previous meeting focused on" (a word
 * between), "the meeting will focus on" (no past verb), nor a clause of
 * a future or unheld cue or of another year. */
static int
day_meeting_content(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p, e = c->t1;
	int owned = 0;

	if (c->kind != NCG_MC_NOUN || c->in_title || c->series || c->t0 <= c->c0)
		return 0;
	p = possessive_mark(x, c->t0, c->c0, 0);
	if (p < c->t0)
		owned = p > c->c0 && ((p == c->c0 + 1 && weekday_at(x, c->c0)) ||
		                      wl_at(x, c->c0, p, NCG_WL_DAY_BEFORE) == p);
	else if (c->t0 == c->c0 + 1 && wl_is(x, c->c0, NCG_WL_DEFINITE_ARTICLE)) {
		while (e < c->c1 && e < c->t1 + 10 && setting_word(x, c, e))
			e++;
		owned = e > c->t1;
	}
	if (owned && e < c->c1 && wl_is(x, e, NCG_WL_FRAME_ADVERB))
		e++;
	if (!owned || e >= c->c1 || !(x->tok[e].flags & NCG_TF_LOWER) ||
	    !wl_at(x, e, c->c1, NCG_WL_MEETING_CONTENT_VERB))
		return 0;
	return wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) == c->c1 &&
	       wl_find(x, c->c0, c->c1, NCG_WL_UNHELD_RECORD_CUE) == c->c1 &&
	       !other_year_in(x, c->sent, (uint32_t)c->c0, (uint32_t)c->c1) && content_meeting_sides(x, c);
}

/* rules355: is v the present verb of a principals' candidate in a
 * caption under the lead (later_caption: "X meets with Y in Tokyo, Dec.
 * 6, 2016.")?  The photo's present tells no tense: its day does. */
static int
later_caption_verb(const mr_ctx *x, const ncg_meeting_cand *c, size_t v)
{
	return c->kind == NCG_MC_PRINCIPALS && v == c->t0 &&
	       wl_at(x, v, c->t1, NCG_WL_CAPTION_MEETING_VERB) == c->t1 && later_caption(x, c->sent);
}

/* fix177 (review143 5): may c's recent period ("met last week") count
 * for it: c in the lead sentence, or the lead sentence no past meeting
 * of its own (a candidate weighed before c with a past meeting verb, no
 * future: "Wong hosted Kamikawa for talks. The two ministers met last
 * week with Blinken": the lead's talks are the news)? */
static int
recent_over_lead(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t l = x->lead[0];

	if (l == UINT32_MAX || c->sent <= l)
		return 1;
	for (size_t k = first_cand_of(x, l); k < x->d->n && x->d->c[k].sent == l; k++)
		if (has_ev(&x->d->c[k], EV_PAST_VERB) && !has_ev(&x->d->c[k], EV_FUTURE))
			return 0;
	return 1;
}

static void
verb_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	int past, purpose;
	size_t v = nearest_verb(x, c, &past);

	if (v < x->ntok && past && habitual_perfect(x, c, v)) {
		add_ev(c, EV_HABITUAL);
		past = 0;
	} else if (v < x->ntok && (past || !later_caption_verb(x, c, v)))
		add_ev(c, past ? EV_PAST_VERB : EV_NON_PAST_VERB);
	if (v < x->ntok && wl_at(x, v, c->c1, NCG_WL_WRITER_OBJECT_VERB))
		c->own_call = 1;
	if (todays_meeting(x, c))
		add_ev(c, EV_TODAYS);
	else if (day_meeting_content(x, c))
		add_ev(c, EV_CONTENT);
	if (speaker_here(x, c))
		add_ev(c, EV_HERE);
	else {
		const ncg_mention *pl;

		if (welcome_to_meeting(x, c, &pl)) {
			add_ev(c, EV_WELCOME);
			if (pl && !c->place) {
				c->place = pl;
				add_ev(c, EV_PLACE);
			}
		}
	}
	if (ongoing_meeting(x, c))
		add_ev(c, EV_ONGOING);
	/* "will hold", "is scheduled to be held": a cue before the verb or
	 * the mention; "the meeting will ...": just after the mention */
	purpose = v < x->ntok && visit_purpose(x, v, c->c0);
	if (purpose)
		add_ev(c, EV_VISIT_PURPOSE);
	if ((v < x->ntok && !purpose &&
	     future_in(x, c, own_conjunct_start(x, c->sent, v > 8 ? v - 8 : 0, v), v)) ||
	    (!purpose &&
	     future_in(x, c, own_conjunct_start(x, c->sent, c->t0 > 6 ? c->t0 - 6 : 0, c->t0), c->t0)) ||
	    future_in(x, c, counted_infinitive(x, c) ? counted_infinitive(x, c) : c->t1,
	              own_words_end(x, c)))
		add_ev(c, EV_FUTURE);
	for (size_t i = c->t1; i + 1 < c->c1; i++)
		if (wl_is(x, i, NCG_WL_RELATIVE_NEXT) && weekday_at(x, i + 1))
			add_ev(c, EV_FUTURE);
	if (c->kind == NCG_MC_PRINCIPALS && v < x->ntok && past && !has_ev(c, EV_FUTURE) &&
	    wl_find(x, c->c0, c->c1, NCG_WL_RECENT_PERIOD) < c->c1 && recent_over_lead(x, c))
		add_ev(c, EV_MET_RECENTLY);
	if (c->kind == NCG_MC_PRINCIPALS && v < x->ntok && past && !has_ev(c, EV_FUTURE) &&
	    (met_on_lead_visit(x, c) || met_on_own_visit(x, c)))
		add_ev(c, EV_MET_ON_VISIT);
	if (v >= x->ntok || !past)
		setting_evidence(x, c);
}

/* rules37: a photo's credit as a sentence of its own: "(Defense
 * ministry)", "[Yonhap]", or one or two capitalised words ("Yonhap"). */
static int
credit_sentence(const mr_ctx *x, uint32_t s)
{
	size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1;

	if (t1 <= t0 || t1 - t0 > CREDIT_TOKENS)
		return 0;
	if ((ncg_doc_tok_is(x->doc, t0, "(") && ncg_doc_tok_is(x->doc, t1 - 1, ")")) ||
	    (ncg_doc_tok_is(x->doc, t0, "[") && ncg_doc_tok_is(x->doc, t1 - 1, "]")))
		return t1 - t0 > 2 && (x->tok[t0 + 1].flags & NCG_TF_CAP);
	if (t1 - t0 > CREDIT_WORDS)
		return 0;
	for (size_t i = t0; i < t1; i++)
		if (!(x->tok[i].flags & NCG_TF_CAP))
			return 0;
	return 1;
}

/* rules37: "This photo shows South Korean and US officials posing for a
 * photo during the second session of ... on August 12, 2022. (Defense
 * ministry)", "U.S. nuclear-powered aircraft carrier Reagan arrives in
 * Busan on Sept. 23, 2022. Yonhap": a paragraph of one sentence and a
 * credit is a photo's caption, no lead of the story. */
static int
caption_sentence(const mr_ctx *x, uint32_t s)
{
	const ncg_block *b = &ncg_doc_blocks(x->doc)[x->sent[s].block];

	return s + 1 < x->nsent && b->s0 == s && b->s1 == s + CAPTION_SENTENCES && credit_sentence(x, s + 1);
}

/* rules326: "Gyeonggi Province Governor Kim Dong-yeon (right) is shaking
 * hands with New York Governor Kathy Hochul on the 17th (local time)."
 * (Asia Economy), "US President Donald Trump (left) and South Korean Moon
 * Jae-in meet on Thursday (local time) in Washington DC." (Viet Nam
 * News), "Prime Minister Han Duck-soo (center) leaves for Japan ..."
 * (Korea Herald): a sentence on a line of its own in which a
 * capitalised name is followed by its place in the photo in brackets
 * (lex:captionPositionWord) is a photo's caption with no credit, no lead
 * of the story.  review129 9: not a wire's initial ("(R)"), a party's
 * letter too. */
static int
position_caption(const mr_ctx *x, uint32_t s)
{
	size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1;

	if (!(x->tok[t0].flags & NCG_TF_LINE) || (t1 < x->ntok && !(x->tok[t1].flags & NCG_TF_LINE)))
		return 0;
	for (size_t i = t0 + 1; i + 2 < x->sent[s].t1; i++)
		if ((x->tok[i - 1].flags & NCG_TF_CAP) && position_bracket_start(x, i + 3, 0) == i)
			return 1;
	return 0;
}

/* rules37: sentence s is a caption before the lead, or the lead. */
static int
caption_or_lead(const mr_ctx *x, uint32_t s)
{
	return s == x->lead[0] || (s < x->lead[0] && caption_sentence(x, s));
}

/* rules17: "Kang Kyung-wha and Mike Pompeo smile after their meeting in
 * Washington D.C., March 29": a caption's present act (lex:captionVerb)
 * just before the cue at i ("after", "before"), then "their"/"the" and
 * the meeting noun: the photo shows the meeting; the cue is no recall. */
static int
caption_verb_before(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	size_t e = wl_at(x, i, c->t0, NCG_WL_REFERENCE_CUE);

	if (c->kind != NCG_MC_NOUN || !(tok_ieq(x, i, "after") || tok_ieq(x, i, "before")) ||
	    e + 1 != c->t0 || !(tok_ieq(x, e, "their") || tok_ieq(x, e, "the")))
		return 0;
	for (size_t v = i > c->c0 + 3 ? i - 3 : c->c0; v < i; v++)
		if (wl_at(x, v, i, NCG_WL_CAPTION_VERB) == i)
			return 1;
	return 0;
}

/* rules17: "the first talks since the second U.S.-North Korean summit
 * held in Hanoi in February": a participle just after a recalled meeting
 * describes that meeting; it reports no meeting of the statement's. */
static void
recalled_participle(mr_ctx *x, ncg_meeting_cand *c)
{
	int past;

	if (has_ev(c, EV_PAST_VERB) && nearest_verb(x, c, &past) == c->t1)
		drop_ev(c, EV_PAST_VERB);
}

/* rules43: does an official's key have the word [w, w + n) first or
 * last (a Korean name's family name first, a Western name's last), any
 * case? */
static int
key_has_surname(const char *key, const char *w, size_t n)
{
	const char *last;

	if (!key || !(key = strchr(key, '/')))
		return 0;
	key++;
	last = strrchr(key, '-');
	last = last ? last + 1 : key;
	return (strncasecmp(key, w, n) == 0 && key[n] == '-') ||
	       (last != key && strlen(last) == n && strncasecmp(last, w, n) == 0);
}

/* rules43: the official named before the capitalised token t whose
 * surname t is ("... Finance Minister Choi Sang-mok on Tuesday ... her
 * virtual meeting with Choi"), or NULL. */
static const ncg_mention *
surname_named_before(const mr_ctx *x, size_t t)
{
	if (!(x->tok[t].flags & NCG_TF_CAP))
		return NULL;
	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);

		if (m->kind == NCG_M_OFFICIAL && m->t1 <= t &&
		    key_has_surname(m->key, ncg_doc_tok_ptr(x->doc, t), ncg_doc_tok_len(x->doc, t)))
			return m;
	}
	return NULL;
}

/* rules240: capitalised words of a body's name before an official's
 * title within which said_with_partner looks for the official ("U.S.
 * Health and Human Services Secretary Tom Price") */
#define PARTNER_PREFIX_WORDS 6

/* Is official m's first word token q? */
static int
official_at(const mr_ctx *x, const ncg_mention *m, size_t q)
{
	(void)x;
	return m->kind == NCG_M_OFFICIAL && official_start(m) == q;
}

/* fix78: may token q, lower case, join two capitalised words of a body's
 * name in [t, c1) ("Health and Human Services": a lex:orgConnector
 * between two capitalised words)?  A complementiser or verb ("Monday
 * that Secretary ...") never does. */
static int
prefix_name_connector(const mr_ctx *x, size_t t, size_t q, uint32_t c1)
{
	return (x->tok[q].flags & NCG_TF_LOWER) && q > t && q + 1 < c1 &&
	       (x->tok[q - 1].flags & NCG_TF_CAP) && (x->tok[q + 1].flags & NCG_TF_CAP) &&
	       wl_is(x, q, NCG_WL_ORG_CONNECTOR);
}

/* rules240: "told reporters after meeting with U.S. Health and Human
 * Services Secretary Tom Price in Washington" (Japan Times): the official
 * after a country and/or a run of at most PARTNER_PREFIX_WORDS
 * capitalised words (a lower-case word only a name's connector inside
 * the run: prefix_name_connector) from token t; or NULL.  "with U.S.
 * business leaders" names no official: the run stops at "business".
 * fix78: a date or weekday ends the partner's phrase: "after meeting with
 * NATO Allies Monday that Secretary of State Antony Blinken would visit"
 * names no official met. */
static const ncg_mention *
prefixed_partner(const mr_ctx *x, uint32_t s, size_t t, uint32_t c1)
{
	const ncg_mention *cm = mention_starting(x, t, NCG_M_COUNTRY);
	size_t q = cm && cm->t1 > t ? cm->t1 : t;

	for (size_t n = 0; q < c1 && n <= PARTNER_PREFIX_WORDS; q++, n++) {
		const ncg_mention *m;
		int cap = (x->tok[q].flags & (NCG_TF_CAP | NCG_TF_UPPER)) != 0;

		if ((m = sentence_mention(x, s, q, official_at)) != NULL)
			return m;
		if (inside(x, s, q, NCG_M_DATE) || inside(x, s, q, NCG_M_PERIOD) ||
		    ncg_doc_tok_weekday(x->doc, q))
			return NULL;
		if (!cap && !prefix_name_connector(x, t, q, c1))
			return NULL;
	}
	return NULL;
}

/* The official met "with" at token t of a readout's "said after talks
 * with ...": named at once (or by a surname named before), rules46 after
 * a visitor's participle (lex:visitorModifier: "with visiting US Vice
 * President Mike Pence", AFP) or after a peer noun a few words on
 * (lex:peerNoun: "with his South Korean counterpart Ahn Kwang-chan",
 * AP); or NULL. */
static const ncg_mention *
said_with_partner(const mr_ctx *x, uint32_t s, size_t t, uint32_t c1)
{
	const ncg_mention *m;

	if ((m = official_starting(x, s, t)) != NULL || (m = surname_named_before(x, t)) != NULL)
		return m;
	if (t + 1 < c1 && (x->tok[t].flags & NCG_TF_LOWER) && wl_is(x, t, NCG_WL_VISITOR_MODIFIER))
		return official_starting(x, s, t + 1);
	for (size_t q = t; q + 1 < c1 && q < t + 5; q++) {
		size_t o = q + 1;

		if (!(x->tok[q].flags & NCG_TF_LOWER) || !wl_is(x, q, NCG_WL_PEER_NOUN))
			continue;
		if (o + 1 < c1 && ncg_doc_tok_is(x->doc, o, ","))
			o++;
		m = official_starting(x, s, o);
		return m && m->t0 == o ? m : NULL;
	}
	return prefixed_partner(x, s, t, c1);
}

/* rules334: where the press was told, between the press and the cue at
 * i ("Speaking to reporters at the Defence Ministry after meeting ...",
 * Thai PBS; "told reporters in Seoul after talks with ..."): a body or
 * place ending at i, maybe after "the" (lex:definiteArticle), after a
 * lower-case lex:settingPreposition or lex:meetingSettingPreposition.
 * The token where the setting starts; i if there is none. */
static size_t
press_setting_start(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	const ncg_mention *m = NULL;
	size_t p;

	if (i > c->c0 + 3 && !(m = inside(x, c->sent, i - 1, NCG_M_BODY)))
		m = inside(x, c->sent, i - 1, NCG_M_PLACE);
	if (!m || m->t1 != i || m->t0 < c->c0 + 3)
		return i;
	p = wl_is(x, m->t0 - 1, NCG_WL_DEFINITE_ARTICLE) ? m->t0 - 1 : m->t0;
	if ((x->tok[p - 1].flags & NCG_TF_LOWER) &&
	    (wl_is(x, p - 1, NCG_WL_SETTING_PREP) || wl_is(x, p - 1, NCG_WL_MEETING_SETTING_PREP)))
		return p - 1;
	return i;
}

/* rules174: "told reporters after talks with ...", "speaking to
 * journalists after a meeting with Secretary of State Colin L. Powell,
 * she said" (Washington Times), "Speaking to reporters after a meeting
 * with defense minister Chung Ho-yong, Armitage ..." (Los Angeles
 * Times): the press (lex:pressAudience) at once before the cue at i,
 * after a speech verb in lower case, or after "to" and a verb of talking
 * (lex:pressTalkVerb) in lower case or opening the clause.  (The cue
 * itself is said_after_meeting's to check.) */
static int
press_told_at_cue(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	i = press_setting_start(x, c, i);
	for (size_t a = i - 1; a > c->c0 && i - a <= 2; a--) {
		size_t v = a - 1;

		if (wl_at(x, a, i, NCG_WL_PRESS_AUDIENCE) != i)
			continue;
		if ((x->tok[v].flags & NCG_TF_LOWER) && wl_is(x, v, NCG_WL_SPEECH_VERB))
			return 1;
		return v > c->c0 && tok_ieq(x, v, "to") && wl_is(x, v - 1, NCG_WL_PRESS_TALK_VERB) &&
		       ((x->tok[v - 1].flags & NCG_TF_LOWER) || v - 1 == c->c0);
	}
	return 0;
}

/* rules229: "Yamada told reporters of the prospect after a meeting with
 * U.S. Ambassador to Japan John Roos" (Kyodo), "told reporters about the
 * plan after talks with ...": the press told (press_told_at_cue) before a
 * short topic, a lex:meetingTopicOpener in lower case then one to
 * PRESS_TOPIC_WORDS lower-case words, just before the cue at i. */
#define PRESS_TOPIC_WORDS 3
/* rules229: a word of a past period (lex:relativeLast: "after a meeting
 * with X last week, he said") from the cue at i to the first comma or
 * "that" after c: an earlier meeting recalled. */
static int
last_period_after(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	size_t e = c->t1;

	while (e < c->c1 && !ncg_doc_tok_is(x->doc, e, ",") && !wl_is(x, e, NCG_WL_SPEECH_COMPLEMENTIZER))
		e++;
	/* fix73 (review73): or a span counted back (lex:agoWord: "after a
	 * meeting with X two years ago") */
	return wl_find(x, i, e, NCG_WL_RELATIVE_LAST) < e || wl_find(x, i, e, NCG_WL_AGO_WORD) < e;
}

static int
press_told_topic_at_cue(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	for (size_t j = i - 2; j > c->c0 + 2 && i - j <= PRESS_TOPIC_WORDS + 1; j--) {
		if (!(x->tok[j + 1].flags & NCG_TF_LOWER) || x->tok[j + 1].kind != NCG_TOK_WORD)
			return 0;
		if ((x->tok[j].flags & NCG_TF_LOWER) && wl_is(x, j, NCG_WL_MEETING_TOPIC_OPENER))
			return press_told_at_cue(x, c, j) && !last_period_after(x, c, i) &&
			       !phrase_own_time(x, c->sent, i, c->t1, c->c1, PT_DAY | PT_TO_THAT);
	}
	return 0;
}

/* fixW: does the phrase of the after-cue at i, up to the first comma or
 * "that" (the words said) after c, name a time of its own: a future
 * cue, a month or a year, "last year" (ahead_or_recalled), or another
 * year than the issue year (other_year_in)?  "told reporters after his
 * meeting with X in Washington last year that ...": a meeting recalled. */
static int
cue_phrase_own_time(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	return phrase_own_time(x, c->sent, i, c->t1, c->c1, PT_AHEAD | PT_YEAR | PT_TO_THAT);
}

/* The official met in said_after_meeting's phrase, the cue at cue:
 * "with" and an official after the meeting noun, or rules334 the
 * official at once after the participle (lex:meetingParticiple, lower
 * case) right after the cue ("Speaking to reporters ... after meeting
 * Deputy Prime Minister Gen Prawit Wongsuwan, Davies said", Thai PBS);
 * none that is a noun's possessor. */
static int
said_after_partner(const mr_ctx *x, const ncg_meeting_cand *c, size_t cue)
{
	const ncg_mention *m = NULL;

	if (c->t1 + 1 < c->c1 && tok_ieq(x, c->t1, "with"))
		m = said_with_partner(x, c->sent, c->t1 + 1, c->c1);
	else if (c->t1 < c->c1 && wl_at(x, cue, c->t0, NCG_WL_AFTER_CUE) == c->t0 &&
	         wl_is(x, c->t0, NCG_WL_MEETING_PARTICIPLE) && (x->tok[c->t0].flags & NCG_TF_LOWER))
		m = said_with_partner(x, c->sent, c->t1, c->c1);
	/* fix160 (review129 5): not the possessor of a noun ("after
	 * meeting President Biden's envoy"): someone else was met */
	return m && !possessor_at(x, m->t1, c->c1);
}

/* rules43: "..., the Treasury Department said after her virtual meeting
 * with Choi, in which ..." (Reuters), rules174: "told reporters after
 * talks with ...": a speech verb (lex:speechVerb) at once before the
 * reference cue at i, or the press told (press_told_at_cue), the cue one
 * of the time just after (lex:afterCue: not "before" or "ahead of" a
 * meeting not yet held), the meeting noun then "with" and an official,
 * no time of the phrase's own (cue_phrase_own_time): what was said is
 * the meeting's readout, which reports it (as lex:releaseVerb does), no
 * recalled meeting. */
static int
said_after_meeting(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	size_t cue = i;

	/* rules46: the report's weekday between ("the South's acting
	 * president said Monday after talks with visiting US Vice President
	 * Mike Pence", AFP) */
	if (i > c->c0 + 1 && weekday_at(x, i - 1))
		i -= i > c->c0 + 2 && tok_ieq(x, i - 2, "on") ? 2 : 1;
	return c->kind == NCG_MC_NOUN && i > c->c0 && wl_at(x, cue, c->t0, NCG_WL_AFTER_CUE) &&
	       ((wl_at(x, i - 1, i, NCG_WL_SPEECH_VERB) && (x->tok[i - 1].flags & NCG_TF_LOWER)) ||
	        press_told_at_cue(x, c, i) || press_told_topic_at_cue(x, c, i)) &&
	       said_after_partner(x, c, cue) && !cue_phrase_own_time(x, c, cue);
}

/* fixC: the possessive determiner (lex:possessiveDeterminer) that
 * governs the noun at t, after lo: the nearest before t, only lower-case
 * words and numbers between, none of them a preposition
 * (lex:nounPreposition): "my conversation", "our hour and a half
 * conversation", "his meeting"; not the "our" of "our aide-memoire
 * handed to Foreign Minister Pyun after his conversation".  t if none. */
static size_t
noun_possessive(const mr_ctx *x, size_t lo, size_t t)
{
	size_t p = t;

	while (p > lo && !wl_is(x, p - 1, NCG_WL_POSSESSIVE)) {
		p--;
		if ((x->tok[p].kind == NCG_TOK_WORD && !(x->tok[p].flags & NCG_TF_LOWER)) ||
		    x->tok[p].kind == NCG_TOK_PUNCT || wl_is(x, p, NCG_WL_NOUN_PREPOSITION))
			return t;
	}
	return p > lo ? p - 1 : t;
}

/* fixC: does the writer's possessive (lex:writerPossessive, "my", "our")
 * govern the noun at t, after lo (noun_possessive)? */
static int
writers_own_noun(const mr_ctx *x, size_t lo, size_t t)
{
	size_t p = noun_possessive(x, lo, t);

	return p < t && wl_is(x, p, NCG_WL_WRITER_POSSESSIVE);
}

/* rules140: "Following is substance my conversation this morning with
 * President Rhee", "following are the principal points in our hour and
 * a half conversation" (telegrams): in a record (writer_report), the
 * clause names the text that follows (lex:followingText) and the
 * writer's possessive governs the meeting noun (writers_own_noun), no
 * punctuation between (a colon ends the phrase): the record gives that
 * meeting's substance.  fixC: writer_report reads the whole clause, so
 * that "our meeting with the Korean delegation in 2023" is recalled. */
static int
writers_following_text(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t e = wl_find(x, c->c0, c->t0, NCG_WL_FOLLOWING_TEXT);

	if (c->kind != NCG_MC_NOUN || e >= c->t0)
		return 0;
	for (size_t i = e + 1; i < c->t0; i++)
		if (ncg_doc_tok_is(x->doc, i, ":") || ncg_doc_tok_is(x->doc, i, ",") ||
		    ncg_doc_tok_is(x->doc, i, ";"))
			return 0;
	return writers_own_noun(x, e + 1, c->t0) && writer_report(x, c->sent, c->t0, c->c0, c->c1);
}

/* rules156: "After a two-day ministerial meeting in Washington, Motegi
 * told reporters that ..." (Kyodo), "President George W. Bush, after
 * holding summit talks with President Kim Dae-jung last week, pledged
 * ..." (PacNet), "In a press conference after talks with South Korean
 * leaders, Baldrige called ..." (Reuters): in one of the two lead
 * sentences, a cue of the time just after (lex:afterCue) at i opens the
 * clause, follows a comma or one side's press event (solo_press_setting),
 * the meeting then the first comma outside a place or a date within
 * FRONTED_REACH tokens, a past act after it (past_act_in,
 * lex:pastSpeechVerb), no future cue and no date of a month or a year
 * before the comma: the act the lead reports followed the meeting, the
 * news.  Not "a day after their summit" (a distance in time). */
static int
lead_act_after_meeting(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	size_t e = c->t1;

	if (c->kind != NCG_MC_NOUN || c->in_title || (c->sent != x->lead[0] && c->sent != x->lead[1]) ||
	    !wl_at(x, i, c->t0, NCG_WL_AFTER_CUE) ||
	    !(i == c->c0 || ncg_doc_tok_is(x->doc, i - 1, ",") || solo_press_setting(x, c->c0, i, 1)))
		return 0;
	while (e < c->c1 && e < c->t1 + FRONTED_REACH &&
	       (!ncg_doc_tok_is(x->doc, e, ",") || inside(x, c->sent, e, NCG_M_DATE) ||
	        inside(x, c->sent, e, NCG_M_PLACE)))
		e++;
	if (e + 1 >= c->c1 || !ncg_doc_tok_is(x->doc, e, ",") || ahead_or_recalled(x, c->sent, c->c0, e))
		return 0;
	if (past_act_in(x, e + 1, c->c1))
		return 1;
	for (size_t j = e + 1; j < c->c1; j++)
		if ((x->tok[j].flags & NCG_TF_LOWER) && wl_is(x, j, NCG_WL_PAST_SPEECH_VERB))
			return 1;
	return 0;
}

static void
reference_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	size_t a = c->t0 > c->c0 + 4 ? c->t0 - 4 : c->c0;

	if (after_press_event(x, c)) {
		add_ev(c, EV_PRESS_AFTER);
		return;
	}

	if (writers_following_text(x, c)) {
		add_ev(c, EV_CONTENT);
		return;
	}
	for (size_t i = a; i < c->t0; i++) {
		if (!wl_at(x, i, c->t0, NCG_WL_REFERENCE_CUE))
			continue;
		/* "a statement released after the meeting" reports it */
		if (i > c->c0 && wl_at(x, i - 1, i, NCG_WL_RELEASE_VERB))
			continue;
		/* rules168: "Earlier today, I had an opportunity to meet
		 * with ...": a cue that opens the day of the statement
		 * (lex:sameDay) dates the principals' meeting, no recall */
		if (c->kind == NCG_MC_PRINCIPALS && wl_at(x, i, c->t0, NCG_WL_SAME_DAY))
			continue;
		if (said_after_meeting(x, c, i) || lead_act_after_meeting(x, c, i)) {
			add_ev(c, EV_PRESS_AFTER);
			continue;
		}
		if (caption_verb_before(x, c, i)) {
			if (caption_or_lead(x, c->sent))
				add_ev(c, EV_CAPTION_OF);
			continue;
		}
		add_ev(c, EV_REFERENCE);
		recalled_participle(x, c);
	}
	/* "The launch came three days after the two sides held the second
	 * meeting": a distance in time, then a cue, earlier in the clause */
	for (size_t i = c->c0 + 1; i < a; i++)
		if (wl_at(x, i - 1, i, NCG_WL_TIME_DISTANCE) &&
		    wl_at(x, i, c->t0, NCG_WL_REFERENCE_CUE))
			add_ev(c, EV_REFERENCE);
	/* "the first EDSCG meeting held in the Republic of Korea" */
	if (c->ordinal == 1) {
		size_t i = c->t1;

		if (phrase_at(x, i, c->c1, "to be"))
			i += 2;
		if (wl_at(x, i, c->c1, NCG_WL_MEETING_VERB) &&
		    wl_is(x, i + 1, NCG_WL_PLACE_PREPOSITION))
			add_ev(c, EV_FIRST_IN_PLACE);
	}
}

/* rules367, fix182 (review148 3, 7): does a continuation cue ending
 * at token e reach a meeting noun starting at t0: within
 * CONTINUATION_GAP words, past articles, numbers, months, names and
 * modifiers only ("grew out of the August 2023 trilateral summit"), no
 * punctuation or place preposition (lex:placePreposition) between? */
#define CONTINUATION_GAP 5

static int
continuation_reaches(const mr_ctx *x, size_t e, size_t t0)
{
	if (t0 > e + CONTINUATION_GAP)
		return 0;
	for (size_t j = e; j < t0; j++)
		if (x->tok[j].kind == NCG_TOK_PUNCT || wl_is(x, j, NCG_WL_PLACE_PREPOSITION))
			return 0;
	return 1;
}

/* fix182 (review148 4): a weekday, "today" or "yesterday" after the
 * noun of c in its clause ("grew out of talks between ... in Tokyo on
 * Tuesday"): the talks are this week's, the ones reported. */
static int
recent_own_day(const mr_ctx *x, const ncg_meeting_cand *c)
{
	for (size_t j = c->t1; j < c->c1; j++)
		if (weekday_at(x, j) || wl_at(x, j, c->c1, NCG_WL_SAME_DAY) || wl_at(x, j, c->c1, NCG_WL_DAY_BEFORE))
			return 1;
	return 0;
}

/* rules230, rules367: "We just finished a round of discussions building
 * on conversations that I had during my visit to Seoul and Tokyo in
 * February", "grew out of a trilateral summit": is the meeting noun of c
 * one a lower-case continuation cue (lex:continuationCue: "building on",
 * "grew out of") reaches (continuation_reaches), what the talks go on
 * from, an earlier meeting (as after "following", lex:referenceCue)?
 * Not one with a recent day of its own (recent_own_day). */
static int
continued_from(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t a = c->t0 > c->c0 + 3 + CONTINUATION_GAP ? c->t0 - 3 - CONTINUATION_GAP : c->c0, e;

	if (c->kind != NCG_MC_NOUN || recent_own_day(x, c))
		return 0;
	for (size_t i = a; i < c->t0; i++)
		if ((x->tok[i].flags & NCG_TF_LOWER) && (e = wl_at(x, i, c->t0, NCG_WL_CONTINUATION_CUE)) != 0 &&
		    continuation_reaches(x, e, c->t0))
			return 1;
	return 0;
}

/* The earlier meeting a continuation cue reaches (continued_from) is
 * recalled (EV_REFERENCE). */
static void
continued_from_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	if (!has_ev(c, EV_REFERENCE) && continued_from(x, c))
		add_ev(c, EV_REFERENCE);
}

/* fix182 (review148 3): the start of the first meeting noun after c in
 * its sentence that a continuation cue reaches (continued_from: "The
 * meeting took place on June 5 and grew out of the August 2023 summit in
 * Geneva"): a place at or after it is that earlier meeting's; SIZE_MAX
 * when none. */
static size_t
continued_noun_start(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t start = SIZE_MAX;

	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o != c && o->sent == c->sent && o->t0 >= c->t1 && o->t0 < start && continued_from(x, o))
			start = o->t0;
	}
	return start;
}

/* rules120: does token t join the two days of a span: a hyphen, an en
 * dash or a joiner of days (lex:dayRangeJoiner: "to", "and")? */
static int
span_joiner(const mr_ctx *x, size_t t)
{
	return ncg_doc_tok_is(x->doc, t, "-") || ncg_doc_tok_is(x->doc, t, "\xE2\x80\x93") ||
	       wl_is(x, t, NCG_WL_DAY_RANGE_JOINER);
}

/* rules120, fixK: the day (mention k + 1) that ends a span of days the
 * day of mention k opens, a joiner between them (span_joiner): "June
 * 30-July 3", "from June 3 to June 4"; NULL if none. */
static const ncg_mention *
span_end_after(const mr_ctx *x, size_t k)
{
	const ncg_mention *m = ncg_mentions_at(x->ms, k), *n;

	if (k + 1 >= ncg_mentions_count(x->ms) || m->date.prec != NCG_PREC_DAY)
		return NULL;
	n = ncg_mentions_at(x->ms, k + 1);
	if (n->kind != NCG_M_DATE || n->date.prec != NCG_PREC_DAY || n->t0 != m->t1 + 1 ||
	    !span_joiner(x, m->t1))
		return NULL;
	return n;
}

/* fixK: is the date mention k a span of days in itself ("June 3-4", "June
 * 3 and 4", "10 to 12 January": its day a number of one or two figures
 * with a second day glued on by a hyphen, or a joiner and another such
 * number after it) or the first day of one (span_end_after)? */
static int
day_span_date(const mr_ctx *x, size_t k)
{
	const ncg_mention *m = ncg_mentions_at(x->ms, k);

	for (size_t t = m->t0; t < m->t1; t++) {
		const char *w = x->s + x->tok[t].b;
		size_t n = x->tok[t].e - x->tok[t].b, f = 0;

		if (x->tok[t].kind != NCG_TOK_NUMBER || atoi(w) != m->date.d)
			continue;
		while (f < n && f < 3 && w[f] >= '0' && w[f] <= '9')
			f++;
		if (f <= 2 && f + 1 < n && w[f] == '-' && w[f + 1] >= '0' && w[f + 1] <= '9')
			return 1;
		if (f == n && n <= 2 && t + 2 < m->t1 && span_joiner(x, t + 1) &&
		    x->tok[t + 2].kind == NCG_TOK_NUMBER && ncg_doc_tok_len(x->doc, t + 2) <= 2)
			return 1;
	}
	return span_end_after(x, k) != NULL;
}

/* rules120: "visited Seoul June 30-July 3, 1967": a day of no year
 * (mention k) that opens a span (span_joiner), its last day just after
 * with a year and a month not before the first's: that year, else 0. */
static int
span_year(const mr_ctx *x, size_t k)
{
	const ncg_mention *m = ncg_mentions_at(x->ms, k), *n = span_end_after(x, k);

	if (!n || m->date.y || !n->date.y || n->date.m < m->date.m)
		return 0;
	return n->date.y;
}

/* The year of the same month and day said with its year elsewhere in the
 * statement ("Oct. 23, 2017" ... "on October 23"), or opening a span of
 * days that ends with its year (span_year); 0 when no such date or when
 * two such dates disagree on the year. */
static int
year_said_elsewhere(const mr_ctx *x, const ncg_date *dt)
{
	int y = 0;

	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);
		int my;

		if (m->kind != NCG_M_DATE || m->date.prec != NCG_PREC_DAY ||
		    m->date.m != dt->m || m->date.d != dt->d)
			continue;
		if (!(my = m->date.y ? m->date.y : span_year(x, k)))
			continue;
		if (y && y != my)
			return 0;
		y = my;
	}
	return y;
}

/* The token that opens token t's line, looking back fewer than reach
 * tokens (SIZE_MAX: no bound); else the token reach back, or 0. */
static size_t
line_start(const mr_ctx *x, size_t t, size_t reach)
{
	size_t a = t;

	while (a > 0 && t - a < reach && !(x->tok[a].flags & NCG_TF_LINE))
		a--;
	return a;
}

/* Does the date end a short line (a byline's "Eunhyuk Cha 05 Jun 2024",
 * a date line), not a sentence of running text? */
static int
ends_short_line(const mr_ctx *x, const ncg_mention *m)
{
	size_t a = m->t0;

	if (!(m->t1 >= x->ntok || (x->tok[m->t1].flags & NCG_TF_LINE)))
		return 0;
	a = line_start(x, a, 6);
	return (x->tok[a].flags & NCG_TF_LINE) != 0;
}

/* fixN: is date m on a line that labels it as no issue date, a
 * lex:noIssueDateLabel then ":" between the line's start and m ("E.O.
 * 12958: DECL: 06/16/2018", the day a cable may be declassified)? */
static int
declassification_date(const mr_ctx *x, const ncg_mention *m)
{
	for (size_t i = line_start(x, m->t0, SIZE_MAX); i < m->t0; i++) {
		size_t e = wl_at(x, i, m->t0, NCG_WL_NO_ISSUE_DATE_LABEL);

		if (e && e < m->t0 && ncg_doc_tok_is(x->doc, e, ":"))
			return 1;
	}
	return 0;
}

/* "On June 2nd, the defense chiefs ... held a trilateral meeting" under
 * the byline "Eunhyuk Cha 05 Jun 2024": with no issue date, the one year
 * every full date ending a short line agrees on (a full date of running
 * text names another day: it lends no year); 0 when none or when they
 * disagree. */
static int
one_year_said(const mr_ctx *x)
{
	int y = 0;

	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);

		if (m->kind != NCG_M_DATE || m->date.prec != NCG_PREC_DAY || !m->date.y ||
		    !ends_short_line(x, m) || declassification_date(x, m))
			continue;
		if (y && y != m->date.y)
			return 0;
		y = m->date.y;
	}
	return y;
}

/* The day's date with its year that starts last before token bound (the
 * first found of those starting there), or NULL. */
static const ncg_mention *
last_day_before(const mr_ctx *x, size_t bound)
{
	const ncg_mention *last = NULL;

	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);

		if (m->kind == NCG_M_DATE && m->date.prec == NCG_PREC_DAY && m->date.y && m->t0 < bound &&
		    (!last || m->t0 > last->t0))
			last = m;
	}
	return last;
}

/* rules127: "On November 18, 1963, Korean Foreign Minister Kim ...
 * arrived in Washington for talks ... At 11 a.m. on November 19 Kim met
 * with Secretary of State Rusk" (a FRUS editorial note, no issue date):
 * a day of no year takes the year of the last day said with its year
 * before candidate c, within NARRATIVE_REACH sentences, when that day is
 * not after it (a narrative runs forward); 0 otherwise. */
#define NARRATIVE_REACH 2

static int
narrative_year(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_date *dt)
{
	const ncg_mention *last;
	size_t bound = c->t0;

	/* declassification_date rests on a mention's start alone: a start
	 * that fails it fails for every date there, so try the one before */
	while ((last = last_day_before(x, bound)) != NULL && declassification_date(x, last))
		bound = last->t0;
	if (!last || last->sent + NARRATIVE_REACH < c->sent || last->date.m > dt->m ||
	    (last->date.m == dt->m && last->date.d > dt->d))
		return 0;
	return last->date.y;
}

/* rules165: the last day of a span of days within date mention m, "July
 * 11 to 21, 2022", "July 11-21, 2022": its day's number, then a second
 * number of one or two figures glued on by a hyphen or after a joiner
 * (span_joiner); 0 when m is no such span. */
static int
span_last_day(const mr_ctx *x, const ncg_mention *m)
{
	for (size_t t = m->t0; t < m->t1; t++) {
		const char *w = x->s + x->tok[t].b, *h;
		size_t n = x->tok[t].e - x->tok[t].b;

		if (x->tok[t].kind != NCG_TOK_NUMBER || atoi(w) != m->date.d)
			continue;
		if ((h = memchr(w, '-', n)) != NULL && (size_t)(h - w) + 1 < n)
			return atoi(h + 1);
		if (t + 2 < m->t1 && span_joiner(x, t + 1) && x->tok[t + 2].kind == NCG_TOK_NUMBER &&
		    ncg_doc_tok_len(x->doc, t + 2) <= 2)
			return atoi(x->s + x->tok[t + 2].b);
		return 0;
	}
	return 0;
}

/* rules165: "visited the United States of America from July 11 to 21,
 * 2022 ... On July 12, Secretary Makishima visited ...": with no issue
 * date, a day of no year inside a span of days said with its year (the
 * trip's) takes that year; 0 when none or when two such spans disagree. */
static int
span_holds_year(const mr_ctx *x, const ncg_date *dt)
{
	int y = 0;

	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);
		int last;

		if (m->kind != NCG_M_DATE || m->date.prec != NCG_PREC_DAY || !m->date.y ||
		    m->date.m != dt->m || m->date.d > dt->d || (last = span_last_day(x, m)) < dt->d)
			continue;
		if (y && y != m->date.y)
			return 0;
		y = m->date.y;
	}
	return y;
}

/* Resolve a day without a year: by the same day said with its year, else
 * against the issue date, else by the one year the statement says. */
static void
set_day(mr_ctx *x, ncg_meeting_cand *c, const ncg_date *dt, const char *rule)
{
	int y = dt->y;

	if (!y)
		y = year_said_elsewhere(x, dt);
	if (!y && x->d->issued[0])
		y = ncg_resolve_month_year(dt->m, x->d->issued[0], x->d->issued[1], 0);
	if (!y && !x->d->issued[0])
		y = one_year_said(x);
	if (!y && !x->d->issued[0])
		y = span_holds_year(x, dt);
	if (!y && !x->d->issued[0])
		y = narrative_year(x, c, dt);
	if (!y)
		return;
	c->date[0] = y;
	c->date[1] = dt->m;
	c->date[2] = dt->d;
	c->date_rule = rule;
}

/* rules17: "SEOUL, June 10 (Yonhap) -- X met with Y on Thursday", under a
 * headline or the page store's date line, where the head reads no
 * dateline: a date after a place opening its line and a comma, then the
 * agency in brackets or a dash, is the wire's dateline (Yonhap, AP, AFP,
 * Xinhua copy), the day of the report, not of the meeting. */
static const ncg_mention *
dateline_place_at(const mr_ctx *x, uint32_t s, size_t t)
{
	const ncg_mention *pl = inside(x, s, t, NCG_M_PLACE);

	return pl ? pl : inside(x, s, t, NCG_M_COUNTRY);
}

static int
wire_dateline_date(const mr_ctx *x, const ncg_mention *m)
{
	const ncg_mention *pl;
	size_t e = m->t1;

	if (m->kind != NCG_M_DATE || m->t0 < 2 || !ncg_doc_tok_is(x->doc, m->t0 - 1, ","))
		return 0;
	pl = dateline_place_at(x, m->sent, m->t0 - 2);
	if (!pl || pl->t1 != m->t0 - 1)
		return 0;
	/* "SEOUL/WASHINGTON, Aug. 5 (Yonhap) --": the wire's two cities */
	while (!(x->tok[pl->t0].flags & NCG_TF_LINE) && pl->t0 >= 2 &&
	       ncg_doc_tok_is(x->doc, pl->t0 - 1, "/") &&
	       (pl = dateline_place_at(x, m->sent, pl->t0 - 2)) != NULL)
		;
	if (!pl || !(x->tok[pl->t0].flags & NCG_TF_LINE))
		return 0;
	return ncg_doc_tok_is(x->doc, e, "(") || dash_at(x, e);
}

/* Is the date that of the dateline ("WASHINGTON, June 10, 2024 --"), the
 * statement's own day, not the clause's? */
static int
in_dateline(const mr_ctx *x, const ncg_mention *m)
{
	return (x->head->dateline_e > x->head->dateline_b &&
	        x->tok[m->t0].b >= x->head->dateline_b && x->tok[m->t0].b < x->head->dateline_e) ||
	       wire_dateline_date(x, m);
}

/* rules97: "Patel met Vice Minister Xu to discuss law enforcement issues
 * and follow up on key outcomes of the meeting between President Trump
 * and President Xi in Busan ..., on October 30" (an FBI release): a
 * purpose after c (lex:infinitiveMarker and a lower-case verb, no
 * article), then another meeting noun before the mention m: m is that
 * meeting's place or day, a topic of c, none of its own. */
static int
in_purpose_of_other(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	size_t i;

	for (i = c->t1; i + 1 < m->t0; i++)
		if (wl_is(x, i, NCG_WL_INFINITIVE_MARKER) && (x->tok[i].flags & NCG_TF_LOWER) &&
		    (x->tok[i + 1].flags & NCG_TF_LOWER) && !wl_is(x, i + 1, NCG_WL_DEFINITE_ARTICLE) &&
		    !wl_is(x, i + 1, NCG_WL_INDEFINITE_ARTICLE) && !wl_is(x, i + 1, NCG_WL_POSSESSIVE))
			break;
	for (i += 2; i < m->t0; i++)
		if ((x->tok[i].flags & NCG_TF_LOWER) && wl_at(x, i, m->t0, NCG_WL_MEETING_NOUN))
			return 1;
	return 0;
}

/* rules116: "was held ... this afternoon to jointly cope with the
 * series of ... incursions ... that started on June 7" (a ministry
 * release): a relative day (lex:sameDay, lex:dayBefore) after the
 * candidate dates it; a purpose infinitive after that day (as
 * in_purpose_of_other reads one) then the day's date m: m dates the
 * purpose's topic, none of the meeting. */
static int
in_purpose_after_day(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	size_t i;

	for (i = c->t1; i < m->t0; i++)
		if (wl_at(x, i, m->t0, NCG_WL_SAME_DAY) || wl_at(x, i, m->t0, NCG_WL_DAY_BEFORE))
			break;
	for (; i + 1 < m->t0; i++)
		if (wl_is(x, i, NCG_WL_INFINITIVE_MARKER) && (x->tok[i].flags & NCG_TF_LOWER) &&
		    (x->tok[i + 1].flags & NCG_TF_LOWER) && !wl_is(x, i + 1, NCG_WL_DEFINITE_ARTICLE) &&
		    !wl_is(x, i + 1, NCG_WL_INDEFINITE_ARTICLE) && !wl_is(x, i + 1, NCG_WL_POSSESSIVE))
			return 1;
	return 0;
}

/* rules179: "Such consultations are held regularly pursuant to the
 * Joint Statement ... issued by the then heads of the two Governments on
 * September 22, 1998" (a joint statement): a release participle
 * (lex:releaseVerb, lower case) after the candidate and before the date
 * m, no article after it (review51: "met and issued a joint statement on
 * June 2" is the meeting's own act and day): m is the day the document
 * came out, none of the meeting's. */
static int
dates_release(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	for (size_t i = c->t1; i < m->t0; i++)
		if ((x->tok[i].flags & NCG_TF_LOWER) && wl_at(x, i, i + 1, NCG_WL_RELEASE_VERB) &&
		    !wl_is(x, i + 1, NCG_WL_DEFINITE_ARTICLE) && !wl_is(x, i + 1, NCG_WL_INDEFINITE_ARTICLE))
			return 1;
	return 0;
}

/* "met today ... to build on the May 21 Summit": a date that names
 * another meeting, before its noun (modifiers between: "their June 8
 * trilateral meeting"), is not the day of candidate c. */
static int
dates_other_meeting(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	size_t j = m->t1;

	while (j < c->c1 && j < m->t1 + 3 && wl_at(x, j, j + 1, NCG_WL_MEETING_MODIFIER))
		j++;
	if (j >= c->c1 || (j >= c->t0 && j < c->t1))
		return 0;
	return wl_at(x, j, j + 1, NCG_WL_MEETING_NOUN) || wl_at(x, j, j + 1, NCG_WL_EVENT_HEAD);
}

/* rules17: "date 2024-12-02 ... On Dec. 12, 2024, Acting Minister of
 * National Defense Kim Seon Ho held a video teleconference with Gen. Paul
 * J. LaCamera": a page store's date line may lag the page; a date with
 * its own year in a clause of a past meeting verb and no future cue is
 * the text's word against the store's, and the text's wins. */
static int
store_date_behind(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	int past;
	size_t v;

	if (!x->head->issued_by_store || !m->date.y || wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) < c->c1)
		return 0;
	v = nearest_verb(x, c, &past);
	return v < x->ntok && past;
}

/* "date 2026-02-11 ... the U.S. Army Garrison Yongsan-Casey command team
 * and Dongducheon City Mayor Park Hyung-deok held a friendly meeting ...,
 * Dongducheon city hall, Feb. 13." (DVIDS): a page store's date may come
 * a few days before the day its report gives; a day with no year at most
 * STORE_LAG_DAYS after the store's date, in a clause of a past meeting
 * verb and no future cue, written as the closing ", Feb. 13.", is the
 * meeting's day ("will hold a meeting ... Feb. 13" has its future cue).  diff is the issue date minus the day. */
#define STORE_LAG_DAYS 3
static int
store_lag_day(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m, long diff)
{
	int past;
	size_t v;

	if (!x->head->issued_by_store || m->date.y || diff < -STORE_LAG_DAYS ||
	    wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) < c->c1 || !has_ev(c, EV_PAST_VERB))
		return 0;
	/* only the trailing dateline ", Feb. 13." closing the clause: "the
	 * exercise starting Feb. 13", "agreed to sign ... Feb. 14" date
	 * another event */
	if (m->t0 == 0 || !ncg_doc_tok_is(x->doc, m->t0 - 1, ",") ||
	    !(m->t1 >= c->c1 || ncg_doc_tok_is(x->doc, m->t1, ".")))
		return 0;
	v = nearest_verb(x, c, &past);
	return v < x->ntok && past;
}

/* rules48: is a month-only date the issue date's month or the month
 * before it ("held ... talks in November in Washington, D.C." on a page
 * of December 7)?  That is the news, not a meeting recalled.  A month
 * with no year is the latest one not after the issue month. */
static int
recent_month(const mr_ctx *x, const ncg_date *dt)
{
	int iy = x->d->issued[0], im = x->d->issued[1], y, back;

	if (!iy || !im || dt->m < 1 || dt->m > 12)
		return 0;
	y = dt->y ? dt->y : dt->m <= im ? iy : iy - 1;
	back = iy * 12 + im - (y * 12 + dt->m);     /* months before the issue */
	return back == 0 || back == 1;
}

/* rules147: "concluded two days of negotiations October 18" (USIS),
 * "after two days of talks" (AP): a noun just after a span of days
 * counted (lex:daySpanLead: "two days of", never "the first days of")
 * meets on more days than the one in its clause, its last; the sets date
 * such a span by its first day or by its last, so that day dates it not
 * at all.  fixK: a day in the clause that is itself a span (day_span_date:
 * "held two days of talks on June 3 and 4") does: by its first day. */
static int
day_span_noun(const mr_ctx *x, const ncg_meeting_cand *c)
{
	return c->kind == NCG_MC_NOUN && c->t0 >= c->c0 + 3 &&
	       wl_at(x, c->t0 - 3, c->t0, NCG_WL_DAY_SPAN_LEAD) == c->t0;
}

/* rules178: "On January 16, commencing at ... 7 p.m. (local time;
 * shortly after 12 a.m. on January 17, Japan time)", "On 25 June from
 * 6:15pm local time (9:15am, 26 June Japan time)" (MOFA summaries): a day
 * followed by a country's wording and "time" is the same moment on
 * another country's clock, not the meeting's day where it was held. */
static int
other_clock_day(const mr_ctx *x, const ncg_mention *m)
{
	const char *key;
	size_t p = m->t1, e;

	if (p < x->ntok && ncg_doc_tok_is(x->doc, p, ","))
		p++;
	e = country_wording_end(x, p, x->ntok, &key);
	if (e == p && key)
		e = p + 1;         /* one word: "Japan" */
	return e > p && e < x->ntok && tok_ieq(x, e, "time");
}

/* rules241: "The Eleventh Joint High Level Committee (JHLC) ... was held
 * on June 12th, 2010 at the Ministry of Foreign Affairs in Tokyo" under
 * "[Date] June 12, 2012" (a database page), "convened the thirteenth
 * U.S.-Japan Joint High-Level Committee (JHLC) meeting in Tokyo, Japan, on
 * October 6th" in a media note of November 25: a numbered session told in
 * the lead sentence by a past meeting verb is the statement's own news,
 * whatever the lag of its issue date; no day long before it.  Not in a
 * headline or a caption (a file photo), nor with a future cue in the
 * clause ("ahead of the 57th SCM held ... will") or a reference cue
 * ("following the 35th SCM held ..."), nor (fix80) a recall in the
 * sentence ("Ten years ago", lex:agoWord; lex:recollectionCue "... as it
 * marked the agreement's anniversary"). */
static int
numbered_lead_held(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t t0 = x->sent[c->sent].t0, t1 = x->sent[c->sent].t1;

	return c->kind == NCG_MC_ORDINAL && c->ordinal > 0 && !c->in_title &&
	       c->sent == x->lead[0] && !caption_sentence(x, c->sent) &&
	       has_ev(c, EV_PAST_VERB) && !has_ev(c, EV_FUTURE) && !has_ev(c, EV_REFERENCE) &&
	       !has_ev(c, EV_NON_PAST_VERB) &&
	       wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) >= c->c1 &&
	       wl_find(x, t0, t1, NCG_WL_AGO_WORD) >= t1 && wl_find(x, t0, t1, NCG_WL_RECOLLECTION_CUE) >= t1;
}

/* "with X, the mayor of Uijeongbu, and Y, the Mayor of Yongsan-gu on
 * July 16 and July 22 respectively": a distributive cue
 * (lex:distributiveCue), a comma before it at most, just after two days
 * joined by a conjunction (lex:pairConjunction: "July 16 and July 22",
 * "July 16 and 22") in the clause of candidate c gives no one day to the
 * meeting.  review102 7: not a cue that shares out titles ("X and Y, the
 * U.S. and Japanese defense chiefs respectively, met in Tokyo on July
 * 28": met that day).  review103 3: nor does a cue anywhere after the
 * last of two or more days of the clause ("on May 8 and May 10 in
 * Washington and Tokyo, respectively", "on May 8 in Washington and on
 * May 10 in Tokyo, respectively"). */
static int
respective_days(const mr_ctx *x, const ncg_meeting_cand *c)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, c->sent, &idx), e;
	const ncg_mention *prev = NULL;
	int days = 0;

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);
		int joined;

		if (m->kind != NCG_M_DATE || m->date.prec != NCG_PREC_DAY || m->t0 < c->c0 || m->t0 >= c->c1)
			continue;
		joined = wl_find(x, m->t0, m->t1, NCG_WL_PAIR_CONJUNCTION) < m->t1 ||
		         (prev && prev->t1 <= m->t0 && m->t0 - prev->t1 <= 3 &&
		          wl_find(x, prev->t1, m->t0, NCG_WL_PAIR_CONJUNCTION) < m->t0);
		e = m->t1 + (m->t1 < c->c1 && ncg_doc_tok_is(x->doc, m->t1, ",") ? 1 : 0);
		if (joined && e < c->c1 && wl_at(x, e, c->c1, NCG_WL_DISTRIBUTIVE_CUE))
			return 1;
		days++;
		prev = m;
	}
	return days >= 2 && wl_find(x, prev->t1, c->c1, NCG_WL_DISTRIBUTIVE_CUE) < c->c1;
}

static void
date_evidence_day(mr_ctx *x, ncg_meeting_cand *c)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, c->sent, &idx);
	const ncg_mention *best = NULL;
	int span = day_span_noun(x, c);
	size_t bk = 0;

	if (respective_days(x, c))
		return;
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind != NCG_M_DATE || m->t0 < c->c0 || m->t0 >= c->c1 ||
		    in_dateline(x, m) || dates_other_meeting(x, c, m) || in_purpose_of_other(x, c, m) ||
		    in_purpose_after_day(x, c, m) || other_clock_day(x, m) || dates_release(x, c, m))
			continue;
		if (m->date.prec == NCG_PREC_DAY && (!best || m->t0 >= c->t1)) {
			best = m;
			bk = idx[k];
		}
		/* "the first NCG meeting in July", "its first meeting in Seoul in
		 * July 2023" */
		if (m->date.prec == NCG_PREC_MONTH && m->t0 >= c->t1 && m->t0 <= c->t1 + 6 &&
		    !best && !span && !recent_month(x, &m->date))
			add_ev(c, EV_MONTH_ONLY);
		if (best && best->t0 >= c->t1)
			break;
	}
	if (!best || (span && !day_span_date(x, bk)))
		return;
	add_ev(c, EV_DAY);
	set_day(x, c, &best->date, "date-in-clause");
	if (c->date[0] && x->d->issued[0] && x->d->issued[2]) {
		long diff = ncg_day_number(x->d->issued) - ncg_day_number(c->date);

		if (diff < 0 && !store_date_behind(x, c, best) && !store_lag_day(x, c, best, diff))
			add_ev(c, EV_DAY_AFTER_ISSUE);
		else if (diff <= NEAR_ISSUE_DAYS)
			add_ev(c, EV_DAY_NEAR_ISSUE);
		/* rules133: a telegram in capitals reports talks it was
		 * sent long after ("SUBSTANTIVE PROGRESS MADE ... DURING
		 * DISCUSSIONS HELD AUGUST 8-13 IN WASHINGTON, D.C.", sent
		 * October 15): no news page's lag, no file photo */
		else if (diff > LONG_BEFORE_DAYS && !ncg_mentions_cable_in_capitals(x->ms) &&
		         !numbered_lead_held(x, c))
			add_ev(c, EV_DAY_LONG_BEFORE);
	}
}

/* review102 9: the weekday of day d, 1 (Monday) to 7 (Sunday): 1900-01-01
 * was a Monday. */
static int
weekday_of(const int d[3])
{
	return (int)((ncg_day_number(d) - 1) % 7) + 1;
}

/* The issue date moved by `days` (to the latest weekday wd when wd > 0). */
static void
relative_day(const mr_ctx *x, int days, int wd, int out[3])
{
	const int *is = x->d->issued;
	long back = days;

	if (wd > 0) {
		int today = weekday_of(is);

		back = -((today - wd + 7) % 7);
	}
	out[0] = is[0];
	out[1] = is[1];
	out[2] = is[2];
	while (back < 0) {
		if (--out[2] == 0) {
			if (--out[1] == 0) {
				out[1] = 12;
				out[0]--;
			}
			out[2] = ncg_days_in_month(out[0], out[1]);
		}
		back++;
	}
}

/* A weekday names one of the last few days before a page store's date
 * line: "on Monday" under "date 2024-03-08" (a Friday) is as likely the
 * coming Monday (the store dated the page before the event) as the last;
 * no day then.  A publisher's own date line is trusted. */
#define WEEKDAY_REACH 3

static int
quote_mark(const mr_ctx *x, size_t i)
{
	return tok_ieq(x, i, "\"") || tok_ieq(x, i, "\xe2\x80\x9c") || tok_ieq(x, i, "\xe2\x80\x9d");
}

/* review124 7: token q a single quote mark opening a quotation (U+2018,
 * or ' at a word's start: after a space or a line's start, a word
 * joined after it) or closing one (U+2019, or ' at a word's end: joined
 * to what is before it, a space, a line's or a text's end after it):
 * 1 opens, -1 closes, 0 neither ("Biden's", "don't"). */
static int
single_quote_at(const mr_ctx *x, size_t q)
{
	int lone = tok_ieq(x, q, "'"), curl_l = tok_ieq(x, q, "\xe2\x80\x98"), curl_r = tok_ieq(x, q, "\xe2\x80\x99");
	int before = !(x->tok[q].flags & (NCG_TF_SPACE | NCG_TF_LINE));
	int after = q + 1 < x->ntok && !(x->tok[q + 1].flags & (NCG_TF_SPACE | NCG_TF_LINE));

	if (!lone && !curl_l && !curl_r)
		return 0;
	if ((curl_l || lone) && !before && after)
		return 1;
	if ((curl_r || lone) && before && (!after || x->tok[q + 1].kind == NCG_TOK_PUNCT))
		return -1;
	return 0;
}

/* review124 7 (rules15, review42, rules322): is token i inside a
 * quotation opened from token `from` on: an odd count of double quote
 * marks (quote_mark), or a single mark opened and not yet closed
 * (single_quote_at: 'The alliance ... Yesterday I met ...,' Mr Marles
 * said)? */
static int
quoted_from(const mr_ctx *x, size_t from, size_t i)
{
	unsigned dbl = 0, sgl = 0;

	for (size_t q = from; q < i; q++) {
		int k = single_quote_at(x, q);

		dbl ^= quote_mark(x, q) ? 1u : 0u;
		sgl = k > 0 ? 1u : k < 0 ? 0u : sgl;
	}
	return dbl || sgl;
}

/* rules15: "\"Secretary Pompeo met today with Foreign Minister Kang in
 * Washington,\" Brown said on Monday.": a "today" inside a quotation is
 * the day it was said; the weekday of the speech verb just after the
 * quotation closes ("said on Monday", "said Monday"), or 0.
 * rules17: a quotation of several sentences closes later in its
 * paragraph ("\"X met with Y today at the Pentagon. The two leaders
 * reaffirmed ...,\" the release said on Thursday."). */
static int
quoted_today_weekday(const mr_ctx *x, uint32_t s, size_t i)
{
	size_t j, e = x->sent[s].t1;

	if (!quoted_from(x, x->sent[s].t0, i))
		return 0;
	for (j = i + 1; j < e && !quote_mark(x, j); j++)
		;
	if (j >= e) {
		/* the paragraph's end bounds the quotation */
		e = ncg_doc_blocks(x->doc)[x->sent[s].block].t1;
		for (; j < e && !quote_mark(x, j); j++)
			;
		for (uint32_t t = s; t < x->nsent && x->sent[t].t0 <= j; t++)
			if (x->sent[t].t0 < j)
				e = x->sent[t].t1;
	}
	for (size_t k = j + 1; k < e && k <= j + 6; k++) {
		size_t v = wl_at(x, k, e, NCG_WL_SPEECH_VERB);

		if (!v)
			continue;
		v += tok_ieq(x, v, "on") ? 1 : 0;
		return v < e ? weekday_at(x, v) : 0;
	}
	return 0;
}

static int
weekday_too_far(const mr_ctx *x, int wd)
{
	int today = weekday_of(x->d->issued);

	return x->head->issued_by_store && (today - wd + 7) % 7 > WEEKDAY_REACH;
}

/* rules17: "According to Seoul's foreign ministry on Thursday, minister
 * Park Jin had a breakfast meeting with ... on Wednesday" (KBS): a
 * weekday inside an attribution (lex:attributionCue, up to its comma)
 * dates the report, not the meeting. */
static int
attributed_day(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	for (size_t j = i; j > c->c0; j--) {
		if (ncg_doc_tok_is(x->doc, j - 1, ","))
			return 0;
		if (wl_at(x, j - 1, i, NCG_WL_ATTRIBUTION_CUE))
			return 1;
	}
	return 0;
}

/* rules46: "the South's acting president said Monday after talks with
 * visiting US Vice President Mike Pence" (AFP): the weekday of a speech
 * verb at i just before an after-cue (lex:afterCue) and the talks this
 * readout reports (EV_PRESS_AFTER) is also the talks' day. */
static int
said_day_after(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	return has_ev(c, EV_PRESS_AFTER) && i + 1 < c->t0 && wl_at(x, i + 1, c->t0, NCG_WL_AFTER_CUE);
}

/* rules97: "the U.S.-DPRK talks that took place yesterday and the day
 * before" (a State Department transcript): a relative day (lex:dayBefore,
 * lex:sameDay) at i joined by "and" to a day before (lex:dayBefore)
 * names two days; the meeting has no one day of them.  Not "this
 * morning and this afternoon" (one day), nor "met yesterday and today
 * they will ..." (a new clause after "and"). */
static int
relative_days_joined(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	size_t e = wl_at(x, i, c->c1, NCG_WL_DAY_BEFORE);

	if (!e)
		e = wl_at(x, i, c->c1, NCG_WL_SAME_DAY);
	return e && e + 1 < c->c1 && tok_ieq(x, e, "and") && wl_at(x, e + 1, c->c1, NCG_WL_DAY_BEFORE);
}

/* rules127: "The Ministry ... said on Sunday that the ministry and the
 * TSA reached the agreement in a tenth round of meetings ... held on
 * Thursday and Friday" (KBS): a weekday just after a speech verb
 * (lex:speechVerb) and "on" dates the report when a later weekday of the
 * clause, not so said, dates the meeting. */
static int
said_on_weekday(const mr_ctx *x, size_t i)
{
	return i >= 2 && tok_ieq(x, i - 1, "on") && wl_is(x, i - 2, NCG_WL_SPEECH_VERB);
}

static int
report_weekday(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	if (!weekday_at(x, i) || !said_on_weekday(x, i))
		return 0;
	for (size_t j = i + 1; j < c->c1; j++)
		if (weekday_at(x, j) && !said_on_weekday(x, j) && !wl_is(x, j - 1, NCG_WL_RELATIVE_NEXT) &&
		    !wl_is(x, j - 1, NCG_WL_SPEECH_VERB))
			return 1;
	return 0;
}

/* fix80 (review78 6): is date m of sentence r a meeting's or visit's
 * day -- sentence r with no future cue and a visit or meeting noun before
 * m ("paid his first official visit ... on February 9th"), or m inside
 * the words of a meeting told in r, not future -- not another event's
 * ("The embassy opened its new consulate on Thursday, March 14.")? */
static int
held_date_of(const mr_ctx *x, uint32_t r, const ncg_mention *m)
{
	size_t t0 = x->sent[r].t0;

	if (wl_find(x, t0, x->sent[r].t1, NCG_WL_FUTURE_CUE) == x->sent[r].t1 &&
	    (wl_find(x, t0, m->t0, NCG_WL_VISIT_NOUN) < m->t0 || wl_find(x, t0, m->t0, NCG_WL_MEETING_NOUN) < m->t0))
		return 1;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->sent == r && !o->in_title && !has_ev(o, EV_FUTURE) && m->t0 >= o->c0 && m->t1 <= o->c1)
			return 1;
	}
	return 0;
}

/* rules245 (plan48 5c): "... paid his first official visit to the
 * governor's office on February 9th.  The two met at the governor's
 * office on Thursday morning" (Gyeonggi Province, issued February 22):
 * a weekday wd of sentence s names a day written in the sentence before
 * (fix80: only there, and only a meeting's or visit's day, held_date_of)
 * (a date of a day, its year the issue date's when not written) when
 * that day is that weekday, not after the issue date and at most
 * NEAR_ISSUE_DAYS before it -- an earlier week's day than the latest
 * such weekday (relative_day).  The latest written one wins; into out,
 * 1; else 0. */
static int
written_weekday_day(const mr_ctx *x, uint32_t s, int wd, int out[3])
{
	const int *is = x->d->issued;
	const size_t *idx;
	uint32_t r = s - 1;
	size_t n;

	if (s == 0)
		return 0;
	n = ncg_mentions_in_sentence(x->ms, r, &idx);
	for (size_t k = n; k-- > 0;) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);
		int d[3];
		long diff;

		if (m->kind != NCG_M_DATE || m->date.prec != NCG_PREC_DAY || !held_date_of(x, r, m))
			continue;
		d[0] = m->date.y ? m->date.y : is[0];
		d[1] = m->date.m;
		d[2] = m->date.d;
		diff = ncg_day_number(is) - ncg_day_number(d);
		if (diff < 0 || diff > NEAR_ISSUE_DAYS || weekday_of(d) != wd)
			continue;
		memcpy(out, d, sizeof d);
		return 1;
	}
	return 0;
}

/* fix132 (review112 7): is c's verb a gathering verb (lex:gatheringVerb)
 * in a clause that names another year than the issue year (other_year_in):
 * "Japan and the United States first came together for the Security
 * Consultative Committee in 1960, Ambassador Rahm Emanuel recalled on
 * Tuesday"?  The gathering is recalled: the clause's weekday is not its
 * day. */
static int
gathered_in_other_year(const mr_ctx *x, const ncg_meeting_cand *c)
{
	int past;
	size_t v = nearest_verb(x, c, &past);

	return v < x->ntok && wl_at(x, v, c->c1, NCG_WL_GATHERING_VERB) &&
	       other_year_in(x, c->sent, (uint32_t)c->c0, (uint32_t)c->c1);
}

/* fix177 (review143 4): does c's own words, or the OWN_LAST_REACH words
 * just after them, name a past period of their own (lex:relativeLast not
 * before a weekday, no comma before it: "during a meeting last week with
 * Blinken", "a meeting late last week", "met last week with")?  A day or
 * "today" elsewhere in the sentence is the saying's, not the meeting's:
 * it stays undated. */
#define OWN_LAST_REACH 2
static int
own_last_period(const mr_ctx *x, const ncg_meeting_cand *c)
{
	for (size_t j = c->t0; j < c->c1 && j <= c->t1 + OWN_LAST_REACH && !ncg_doc_tok_is(x->doc, j, ","); j++)
		if (wl_is(x, j, NCG_WL_RELATIVE_LAST) && j + 1 < c->c1 && !weekday_at(x, j + 1))
			return 1;
	return 0;
}

/* "today", "the previous day", "on Friday" (not "said Friday"). */
static void
date_evidence_relative(mr_ctx *x, ncg_meeting_cand *c)
{
	int full = x->d->issued[0] && x->d->issued[2];

	if (gathered_in_other_year(x, c) || own_last_period(x, c))
		return;
	for (size_t i = c->c0; i < c->c1; i++) {
		int wd = weekday_at(x, i), back = 0, ev = -1;

		if (report_weekday(x, c, i))
			continue;
		if (wl_at(x, i, c->c1, NCG_WL_SAME_DAY)) {
			ev = EV_SAME_DAY;
			wd = quoted_today_weekday(x, c->sent, i);
		} else if (wl_at(x, i, c->c1, NCG_WL_DAY_BEFORE)) {
			ev = EV_DAY_BEFORE;
			back = -1;
		} else if (wd && (!(i > c->c0 && wl_at(x, i - 1, i, NCG_WL_SPEECH_VERB)) || said_day_after(x, c, i)) &&
		           !(i > c->c0 && wl_is(x, i - 1, NCG_WL_RELATIVE_NEXT)) && !attributed_day(x, c, i))
			ev = EV_WEEKDAY;
		if (ev < 0)
			continue;
		add_ev(c, ev);
		if (ev == EV_WEEKDAY && i > c->c0 && wl_is(x, i - 1, NCG_WL_RELATIVE_LAST))
			add_ev(c, EV_LAST_WEEKDAY);
		if (full && !c->date[0] && ev == EV_WEEKDAY && written_weekday_day(x, c->sent, wd, c->date)) {
			c->date_rule = "weekday-of-written-day";
		} else if (full && !c->date[0] && !(wd && weekday_too_far(x, wd)) && !relative_days_joined(x, c, i)) {
			relative_day(x, back, ev == EV_WEEKDAY || ev == EV_SAME_DAY ? wd : 0, c->date);
			c->date_rule = ev == EV_SAME_DAY && wd ? "quoted-today-said-on-weekday" : EVIDENCE[ev].what;
		}
		return;
	}
}

/* "held alternately in South Korea and the United States", "in Seoul or
 * Washington": a place joined to another by "and"/"or" is one of several,
 * not where this meeting met. */
static int
coordinated_place(const mr_ctx *x, const ncg_mention *m)
{
	size_t j = m->t1;

	if (!(tok_ieq(x, j, "and") || tok_ieq(x, j, "or")))
		return 0;
	j += tok_ieq(x, j + 1, "the") ? 2 : 1;
	return inside(x, m->sent, j, NCG_M_PLACE) || inside(x, m->sent, j, NCG_M_COUNTRY);
}

/* rules14: "in the U.S.-Japan-Republic of Korea (ROK) Trilateral ...
 * Meeting in Seoul": a country joined to the next by a hyphen is a
 * modifier of a name, no place. */
static int
joined_country(const mr_ctx *x, const ncg_mention *m)
{
	return m->kind == NCG_M_COUNTRY && m->t1 + 1 < x->ntok && tok_ieq(x, m->t1, "-") &&
	       !(x->tok[m->t1].flags & NCG_TF_SPACE) && !(x->tok[m->t1 + 1].flags & NCG_TF_SPACE);
}

/* rules33: "The 5th Republic of Korea-United States Cyber Policy
 * Consultation took place at the Ministry of Foreign Affairs on June 21"
 * (MOFA): a body the lexicon gives a building (lex:seat) just after a
 * past meeting verb (lex:meetingVerb) and "at" ("the" allowed), no city
 * after it, is where the meeting met; rules93: so is one said just
 * before "today" (lex:sameDay), in the candidate's clause. */
static int place_after_seat(const mr_ctx *x, const ncg_mention *m);

/* rules33, rules141: does a meeting verb (lex:meetingVerb) of up to four
 * words, its first lower-case ("held talks", "was held"), end just before
 * token a (a venue preposition), starting after lo?  venue_body (a verb
 * of two words at most) and governed_venue (one in the candidate's
 * clause) share it. */
static int
meeting_verb_before(const mr_ctx *x, size_t a, size_t lo)
{
	for (size_t q = a; q > lo && q + 4 > a; q--)
		if (wl_at(x, q - 1, a, NCG_WL_MEETING_VERB) == a && (x->tok[q - 1].flags & NCG_TF_LOWER))
			return 1;
	return 0;
}

static int
venue_body(const mr_ctx *x, const ncg_mention *m)
{
	size_t p = m->t0;

	if (m->kind != NCG_M_BODY || !m->lex || !m->lex->seat)
		return 0;
	if (p > 0 && tok_ieq(x, p - 1, "the"))
		p--;
	if (p < 3 || !wl_is(x, p - 1, NCG_WL_VENUE_PREPOSITION) || place_after_seat(x, m))
		return 0;
	/* rules93: "hosted a meeting with ... at the Commerce Department
	 * today" (a release): the day said right after the building */
	if (wl_at(x, m->t1, x->sent[m->sent].t1, NCG_WL_SAME_DAY))
		return 1;
	return (x->tok[p - 2].flags & NCG_TF_LOWER) && meeting_verb_before(x, p - 1, p - 3);
}

/* rules20: "met President Moon Jae-in at the Blue House upon his arrival
 * in Seoul on Sunday": a city (a place, not a country) after "in" a few
 * words after the seat body, no comma between, is where it met (the
 * annotation gives the city: "at the Office of the President in Seoul"
 * is Seoul). */
static int
city_after_seat(const mr_ctx *x, const ncg_mention *m)
{
	for (size_t j = m->t1; j < m->t1 + 5 && j + 1 < x->ntok; j++) {
		if (ncg_doc_tok_is(x->doc, j, ",") || ncg_doc_tok_is(x->doc, j, ".") ||
		    inside(x, m->sent, j, NCG_M_OFFICIAL) || inside(x, m->sent, j, NCG_M_BODY))
			return 0;
		if (wl_is(x, j, NCG_WL_WITHIN_PREPOSITION) && (x->tok[j].flags & NCG_TF_LOWER) &&
		    inside(x, m->sent, j + 1, NCG_M_PLACE))
			return 1;
	}
	return 0;
}

/* rules179: "held at the Naval Mine and Anti-Submarine Warfare Command
 * Headquarters aboard Point Loma Annex" (Navy news): a body's building
 * then a lower-case lex:sitePreposition: the building stands on a larger
 * site, the meeting's place; the body is not it. */
static int
on_larger_site(const mr_ctx *x, const ncg_mention *m)
{
	return m->t1 < x->sent[m->sent].t1 && (x->tok[m->t1].flags & NCG_TF_LOWER) &&
	       wl_is(x, m->t1, NCG_WL_SITE_PREPOSITION);
}

/* rules266: "met with U.S. Vice President Kamala Harris at NASA's
 * Goddard Space Flight Center in Maryland" (KBS): a body whose name ends
 * in a facility's head (lex:facilityHead) then "in" and a U.S. state
 * (lex:stateName): the facility is more precise than the state, and is
 * the place.  Not a city after it ("at the X Center in Seoul" is
 * Seoul, as for other buildings). */
static int
facility_body(const mr_ctx *x, const ncg_mention *m)
{
	size_t k = m->t0;

	while (k < m->t1 && wl_at(x, k, m->t1, NCG_WL_FACILITY_HEAD) != m->t1)
		k++;
	return m->kind == NCG_M_BODY && k < m->t1;
}

/* review90: "at DOE's Argonne National Laboratory": where the facility
 * m's phrase starts, over an owner body and its possessive before it
 * (the lexicon names the owner, a body of its own); m's start when
 * none. */
static size_t
facility_owner(const mr_ctx *x, const ncg_mention *m)
{
	size_t q = possessive_mark(x, m->t0, x->sent[m->sent].t0, 0);
	const ncg_mention *o;

	if (q == m->t0 || q == 0 || (o = inside(x, m->sent, q - 1, NCG_M_BODY)) == NULL || o->t1 != q)
		return m->t0;
	return o->t0;
}

static int
facility_in_state(const mr_ctx *x, const ncg_mention *m)
{
	return facility_body(x, m) && m->t1 + 1 < x->sent[m->sent].t1 &&
	       wl_is(x, m->t1, NCG_WL_WITHIN_PREPOSITION) && wl_is(x, m->t1 + 1, NCG_WL_STATE_NAME);
}

/* "at the White House in Washington", "at the Blue House upon his
 * arrival in Seoul": a place after the building body is the place. */
static int
place_after_seat(const mr_ctx *x, const ncg_mention *m)
{
	if (facility_in_state(x, m))
		return 0;
	return (wl_is(x, m->t1, NCG_WL_WITHIN_PREPOSITION) &&
	        (inside(x, m->sent, m->t1 + 1, NCG_M_PLACE) || inside(x, m->sent, m->t1 + 1, NCG_M_COUNTRY))) ||
	       city_after_seat(x, m);
}

/* rules363: "met with LDP President Sadakazu Tanigaki at the U.S.
 * Embassy today" (a U.S. embassy release): the guest official after up
 * to GUEST_MODIFIER_WORDS capitalised words (a party's or a country's:
 * any capitalised word, no official's) the recogniser leaves outside
 * his name, just after principals c, ending at token a. */
#define GUEST_MODIFIER_WORDS 2
static int
modified_guest_before(const mr_ctx *x, const ncg_meeting_cand *c, size_t a)
{
	const ncg_mention *o = a > 0 ? inside(x, c->sent, a - 1, NCG_M_OFFICIAL) : NULL;

	if (c->kind != NCG_MC_PRINCIPALS || !o || o->t1 != a || o->t0 <= c->t1 ||
	    o->t0 > c->t1 + GUEST_MODIFIER_WORDS)
		return 0;
	for (size_t i = c->t1; i < o->t0; i++)
		if (x->tok[i].kind != NCG_TOK_WORD || !(x->tok[i].flags & NCG_TF_CAP) ||
		    inside(x, c->sent, i, NCG_M_OFFICIAL))
			return 0;
	return 1;
}

/* rules141: "received a courtesy call from RADM Carl Lahti, the new
 * Commander of the U.S. Naval Forces Japan, at" (JMSDF), "shared various
 * opinions with Manish Kumar, deputy assistant secretary of ..., at"
 * (KFTC): the principals' frame, the official just after it, his
 * appositive between commas (one clause, no comma inside), then token a;
 * rules170: or token a just after the official. */
static int
after_guest_appositive(const mr_ctx *x, const ncg_meeting_cand *c, size_t a)
{
	const ncg_mention *o = inside(x, c->sent, c->t1, NCG_M_OFFICIAL);

	/* rules170: "met with Ambassador Kennedy at the Ministry of
	 * Education on Thursday" (JMH): "at" right after the guest */
	if (c->kind == NCG_MC_PRINCIPALS && o && o->t0 == c->t1 && o->t1 == a)
		return 1;
	if (modified_guest_before(x, c, a))
		return 1;
	if (c->kind != NCG_MC_PRINCIPALS || !o || o->t0 != c->t1 || o->t1 + 2 >= a ||
	    !ncg_doc_tok_is(x->doc, o->t1, ",") || !ncg_doc_tok_is(x->doc, a - 1, ","))
		return 0;
	for (size_t i = o->t1 + 1; i + 1 < a; i++)
		if (ncg_doc_tok_is(x->doc, i, ",") || inside(x, c->sent, i, NCG_M_OFFICIAL))
			return 0;
	return 1;
}

/* rules170: "held the second ROK-US consultation on the snap-back of US
 * sanctions against Iran at the US Department of State" (MOFA), "opened
 * the seventh round of \"Future of the Alliance Policy Initiative\" in
 * the Ministry of National Defense" (Dong-A): a lower-case word that
 * opens the meeting noun's own phrase (lex:meetingTopicOpener) just after
 * c, then up to TOPIC_REACH words with no comma, no other "at"/"in", no
 * official and no participle in -ed (ed_verb_at: "on issues raised at the
 * Ministry" is where they were raised), then token a (a lower-case venue
 * or within preposition): the building after a is where the meeting met.
 * fixU: not after an event noun (lex:eventNoun, lower case, just before
 * a: "a meeting on the fire at the Ministry" is where the fire was). */
#define TOPIC_REACH 12

static int ed_verb_at(const mr_ctx *x, size_t i);

static int
topic_venue(const mr_ctx *x, const ncg_meeting_cand *c, size_t a)
{
	if (c->kind == NCG_MC_PRINCIPALS || a <= c->t1 + 1 || a > c->t1 + TOPIC_REACH ||
	    !wl_is(x, c->t1, NCG_WL_MEETING_TOPIC_OPENER) || !(x->tok[c->t1].flags & NCG_TF_LOWER) ||
	    !(x->tok[a].flags & NCG_TF_LOWER) ||
	    (wl_is(x, a - 1, NCG_WL_EVENT_NOUN) && (x->tok[a - 1].flags & NCG_TF_LOWER)))
		return 0;
	for (size_t j = c->t1 + 1; j < a; j++)
		if (ncg_doc_tok_is(x->doc, j, ",") || wl_is(x, j, NCG_WL_VENUE_PREPOSITION) ||
		    wl_is(x, j, NCG_WL_WITHIN_PREPOSITION) || inside(x, c->sent, j, NCG_M_OFFICIAL) ||
		    ed_verb_at(x, j))
			return 0;
	return 1;
}

/* rules141: is token a (a venue preposition) the next word of the
 * candidate's own phrase ("held its first meeting at", "an Extended
 * Deterrence Dialogue (EDD) at": a bracketed acronym between), of the
 * guest's appositive (after_guest_appositive), or of a lower-case
 * meeting verb ending just before it ("was held at")?  rules170: or
 * after the meeting noun's own phrase (topic_venue)? */
static int
governed_venue(const mr_ctx *x, const ncg_meeting_cand *c, size_t a)
{
	if (topic_venue(x, c, a))
		return 1;
	if (c->kind != NCG_MC_PRINCIPALS &&
	    (a == c->t1 || (a == c->t1 + 3 && tok_ieq(x, c->t1, "(") && tok_ieq(x, a - 1, ")"))))
		return 1;
	if (after_guest_appositive(x, c, a))
		return 1;
	return meeting_verb_before(x, a, c->c0);
}

enum { FACILITY_AFTER_MET_REACH = 10 };

/* rules266: "met with U.S. Vice President Kamala Harris at NASA's
 * Goddard Space Flight Center" (KBS): a facility (facility_body) after
 * "at" (token a) a few words after principals who met, no comma or
 * other clause between, is where they met. */
static int
facility_after_met(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m, size_t a)
{
	if (c->kind != NCG_MC_PRINCIPALS || !facility_body(x, m) || a < c->t1 ||
	    a > c->t1 + FACILITY_AFTER_MET_REACH)
		return 0;
	for (size_t i = c->t1; i < a; i++)
		if (ncg_doc_tok_is(x->doc, i, ",") || ncg_doc_tok_is(x->doc, i, ";") ||
		    inside(x, c->sent, i, NCG_M_BODY))
			return 0;
	return 1;
}

/* review43: is the body only a modifier of what follows: owned by it
 * ("at the Department of Defense's invitation": "'s" or an apostrophe
 * right after it) or joined to a lower-case word by a hyphen ("at the
 * Department of Defense-hosted forum": the segmenter keeps "Defense-hosted"
 * one word, the body's last; or a hyphen token right after it), or ending
 * on a lower-case word? */
static int
body_modifies_next(const mr_ctx *x, const ncg_mention *m)
{
	const ncg_token *t = &x->tok[m->t1 - 1];

	for (uint32_t b = t->b + 1; b + 1 < t->e; b++)
		if (x->s[b] == '-' && x->s[b + 1] >= 'a' && x->s[b + 1] <= 'z')
			return 1;
	if (t->flags & NCG_TF_LOWER)
		return 1;
	if (m->t1 >= x->sent[m->sent].t1 || (x->tok[m->t1].flags & NCG_TF_SPACE))
		return 0;
	return possessive_mark(x, m->t1 + 1, m->t1, 1) == m->t1 || tok_ieq(x, m->t1, "-");
}

/* "visited Commander in Chief of the Self Defense Fleet, Vice Admiral
 * SAITO Akira in Maritime Operation Center" (JMSDF): the building after
 * "in" (token a) right after the official a visit verb
 * (lex:visitPrincipalVerb) of the principals' candidate governs is where
 * the two met. */
static int
visited_official_venue(const mr_ctx *x, const ncg_meeting_cand *c, size_t a)
{
	const ncg_mention *o;

	if (c->kind != NCG_MC_PRINCIPALS || a < 1 || a <= c->t1 ||
	    wl_at(x, c->t0, c->t1, NCG_WL_VISIT_PRINCIPAL_VERB) != c->t1)
		return 0;
	o = inside(x, c->sent, a - 1, NCG_M_OFFICIAL);
	return o && o->t1 == a && o->t0 >= c->t1 && o->t0 < c->t1 + TITLED_VISIT_REACH + 2;
}

/* rules300: "welcomed Okinawa Governor Takeshi Onaga to the State
 * Department on June 3" (a State media note), "has welcomed Russian FM
 * Sergei Lavrov to the Department of State" (Kazinform), as "welcomed
 * Japanese Prime Minister Shinzo Abe to the White House" (McClatchy,
 * seat_body): is token a the lower-case lex:welcomeTargetPreposition
 * after the guest of a principals' welcome (lex:welcomeVerb opening c)?
 * fix137 (review116 4): the welcome's own preposition, at once after
 * its guest (an official ending at a, starting within
 * WELCOME_GUEST_REACH words of the verb's end: "Russian FM"), not a
 * later one ("... welcomed Okinawa Governor John Doe to his new role and
 * pledged support to the Ministry of Defense").  The building is where
 * they met. */
#define WELCOME_GUEST_REACH 3
static int
welcomed_to_building(const mr_ctx *x, const ncg_meeting_cand *c, size_t a)
{
	const ncg_mention *o;

	if (c->kind != NCG_MC_PRINCIPALS || a <= c->t1 || !wl_is(x, c->t0, NCG_WL_WELCOME_VERB) ||
	    !wl_is(x, a, NCG_WL_WELCOME_TARGET_PREP) || !(x->tok[a].flags & NCG_TF_LOWER))
		return 0;
	o = inside(x, c->sent, a - 1, NCG_M_OFFICIAL);
	return o && o->t1 == a && o->t0 >= c->t1 && o->t0 <= c->t1 + WELCOME_GUEST_REACH;
}

static int lex_place_word(const mr_ctx *x, size_t p);

/* rules351, fix173 (review139 4-6): is body m a residence: its name's
 * last word a lex:residenceHead after one word of its own ("Habib
 * House"; not "House of Representatives", "Penguin Random House"), no
 * place's word in it
 * ("Japan House"; lex_place_word) and no possessive ("Tokyo's State
 * Guest House": the city is the place)?  building_body takes it only
 * where a host welcomes a guest to it (welcomed_to_building), not after
 * "at" ("at Penguin Random House": a company). */
static int
residence_body(const mr_ctx *x, const ncg_mention *m)
{
	if (m->t1 != m->t0 + 2 || !(x->tok[m->t1 - 1].flags & NCG_TF_CAP) ||
	    !wl_is(x, m->t1 - 1, NCG_WL_RESIDENCE_HEAD))
		return 0;
	for (size_t j = m->t0; j + 1 < m->t1; j++)
		if (lex_place_word(x, j) || possessive_mark(x, j + 1, m->t0, 0) != j + 1)
			return 0;
	return 1;
}

/* rules141: "The JWG held its first meeting at the Ministry of Defense on
 * July 29" (news247), "was held at the Korean Ministry of Defense this
 * afternoon" (FAS), "for an Extended Deterrence Dialogue (EDD) at the
 * Ministry of Foreign Affairs of Japan on December 10-12" (MOFA Japan): a
 * body a word names as a building (lex:buildingBodyHead: Ministry), said
 * whole after a lower-case "at" the meeting governs (governed_venue), is
 * where it met; review43: so is a body the lexicon seats (lex:seat: "held
 * talks at the Ministry of Foreign Affairs", "a courtesy call from ...,
 * Commander of ..., at the Ministry of National Defense"), where venue_body
 * wants a meeting verb right before "at", but only in prose, not in a
 * heading ("Opening Statements in Meeting at the Ministry of National
 * Defense": the city of the transcript's place line is where).  Not
 * before another capitalised word ("at the Ministry of Defense Club"), a
 * possessive or a hyphen (body_modifies_next) or a rank
 * (lex:bodyRankNoun: "at the Ministry of Defense level"), nor "at the
 * invitation of the Ministry" (no body after "at the").  rules253: so is
 * a place-named body, an installation (lex:placeNamedBody: "officials
 * gathered at U.S. Army Garrison - Yongsan to discuss ...", USFK). */
static int
building_body(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	size_t p = m->t0;
	int seated = m->lex && m->lex->seat, within, welcomed, residence;

	if (m->kind != NCG_M_BODY || !m->key)
		return 0;
	residence = !seated && residence_body(x, m);
	if ((seated && !ncg_doc_blocks(x->doc)[x->sent[m->sent].block].prose) ||
	    (!seated && !residence && wl_find(x, m->t0, m->t1, NCG_WL_BUILDING_BODY_HEAD) >= m->t1 &&
	     !wl_at(x, m->t0, m->t1, NCG_WL_PLACE_NAMED_BODY) && !facility_body(x, m)))
		return 0;
	if (facility_body(x, m))
		p = facility_owner(x, m);
	if (p > 0 && wl_is(x, p - 1, NCG_WL_DEFINITE_ARTICLE))
		p--;
	/* rules170: "in" only after the meeting's own phrase (topic_venue) */
	within = p >= 2 && wl_is(x, p - 1, NCG_WL_WITHIN_PREPOSITION);
	/* rules300: "to" after a principals' welcome (welcomed_to_building) */
	welcomed = p >= 2 && welcomed_to_building(x, c, p - 1);
	if (p < 2 || (residence && !welcomed) || !(wl_is(x, p - 1, NCG_WL_VENUE_PREPOSITION) || within || welcomed) ||
	    !(x->tok[p - 1].flags & NCG_TF_LOWER) || place_after_seat(x, m) || on_larger_site(x, m))
		return 0;
	if (body_modifies_next(x, m) ||
	    (m->t1 < x->sent[m->sent].t1 &&
	     (((x->tok[m->t1].flags & NCG_TF_CAP) && !inside(x, m->sent, m->t1, NCG_M_DATE)) ||
	      wl_is(x, m->t1, NCG_WL_BODY_RANK_NOUN))))
		return 0;
	return welcomed ? 1 : within ? topic_venue(x, c, p - 1) || visited_official_venue(x, c, p - 1)
	              : governed_venue(x, c, p - 1) || facility_after_met(x, c, m, p - 1);
}

/* rules15: "held talks at the White House": a body the lexicon names by
 * its building (lex:seatBody), said whole after "at" (or "to" after
 * "welcomed", as place_evidence requires), is where it met. */
static int
seat_body(const mr_ctx *x, const ncg_mention *m)
{
	size_t a = m->t0 + (tok_ieq(x, m->t0, "the") ? 1 : 0), p = m->t0;

	if (p > 0 && tok_ieq(x, p - 1, "the"))
		p--;
	if (m->kind != NCG_M_BODY || p < 1 ||
	    !(wl_is(x, p - 1, NCG_WL_VENUE_PREPOSITION) || tok_ieq(x, p - 1, "to")))
		return 0;
	/* "at the White House in Washington": the city is the place */
	if (place_after_seat(x, m))
		return 0;
	return wl_at(x, a, m->t1, NCG_WL_SEAT_BODY) == m->t1;
}

/* rules20: a participle after a determiner ("held talks with the
 * visiting US secretary of the Navy in Seoul", lex:participleDeterminer)
 * names a guest, no visit to a site. */
/* rules17: "Given the special significance of today's gathering, the
 * four of us visited the joint security area at Panmunjom Village this
 * morning": a place a visit verb (lex:visitVerb) governs, a few words
 * before it and after the candidate, is a site seen during the trip, not
 * where the meeting met. */
static int
site_visited(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	size_t a = m->t0 > c->c0 + 8 ? m->t0 - 8 : c->c0;

	if (a < c->t1)
		a = c->t1;
	for (size_t v = a; v < m->t0; v++)
		if (wl_at(x, v, m->t0, NCG_WL_VISIT_VERB) && (x->tok[v].flags & NCG_TF_LOWER) &&
		    !(v > 0 && wl_at(x, v - 1, v, NCG_WL_PARTICIPLE_DETERMINER)))
			return 1;
	return 0;
}

/* rules26: "General Scaparrotti, commander of U.S. Forces in Korea"
 * (DoD): a country just after a body's name and "in" (or "the") is where
 * the body stands, never where a meeting met.  Is m such a country? */
static int
country_of_body(const mr_ctx *x, const ncg_mention *m)
{
	size_t p = m->t0;

	if (m->kind != NCG_M_COUNTRY || p < 2)
		return 0;
	if (tok_ieq(x, p - 1, "the"))
		p--;
	if (p < 2 || !(wl_is(x, p - 1, NCG_WL_WITHIN_PREPOSITION) || tok_ieq(x, p - 1, "of")))
		return 0;
	return inside(x, m->sent, p - 2, NCG_M_BODY) != NULL;
}

/* The start of a lex:seatedPostHead phrase that ends at h ("Embassy",
 * "Consulate-General", the two words "Consulate General"), or SIZE_MAX. */
static size_t
post_head_before(const mr_ctx *x, size_t s0, size_t h)
{
	for (size_t b = h; b > s0 && h - b < 3; b--)
		if (wl_at(x, b - 1, h, NCG_WL_SEATED_POST_HEAD) == h)
			return b - 1;
	return SIZE_MAX;
}

/* rules285: the start of a diplomatic post's name that ends before "in"
 * (lex:postSeatPreposition) at q: its head (lex:seatedPostHead) with "of"
 * (lex:headOf) and its country's capitalised words after it ("the
 * Consulate-General of Japan in", "the Consulate General of Japan in"),
 * or with capitalised words before it ("the United States Embassy in",
 * "the U.S. Consulate General in"), then its article.  SIZE_MAX if no
 * post ends there. */
#define POST_NAME_WORDS 6
static size_t
post_name_start(const mr_ctx *x, uint32_t s, size_t q)
{
	size_t s0 = x->sent[s].t0, h = q, b;

	while (h > s0 && q - h < POST_NAME_WORDS && post_head_before(x, s0, h) == SIZE_MAX &&
	       ((x->tok[h - 1].flags & NCG_TF_CAP) || wl_is(x, h - 1, NCG_WL_HEAD_OF) ||
		wl_is(x, h - 1, NCG_WL_DEFINITE_ARTICLE)))
		h--;
	if (h == s0 || (b = post_head_before(x, s0, h)) == SIZE_MAX ||
	    (h < q && !wl_is(x, h, NCG_WL_HEAD_OF)))
		return SIZE_MAX;
	for (h = b; h > s0 && q - h < 2 * POST_NAME_WORDS && (x->tok[h - 1].flags & NCG_TF_CAP); h--)
		;
	return h > s0 && wl_is(x, h - 1, NCG_WL_DEFINITE_ARTICLE) ? h - 1 : h;
}

/* Does token i draw people from the post after it: "from"
 * (lex:hostGuestOrigin, lower case), or "of" only after a people noun
 * (lex:postPeopleNoun: "representatives of the Embassy"), never a venue's
 * "of" ("on the grounds of", "in the conference room of the Embassy")? */
static int
drawn_from_at(const mr_ctx *x, size_t s0, size_t i)
{
	if (!wl_is(x, i, NCG_WL_HOST_GUEST_ORIGIN) || !(x->tok[i].flags & NCG_TF_LOWER))
		return 0;
	return !wl_is(x, i, NCG_WL_HEAD_OF) || (i > s0 && wl_is(x, i - 1, NCG_WL_POST_PEOPLE_NOUN));
}

/* Do the people drawn from a post attend an event elsewhere: a
 * lex:postAttendVerb after place m in its sentence ("... in Nashville
 * attended the signing ceremony"), no "met" (lex:metVerb) before it,
 * its object not "the" and a bare meeting noun ("Representatives from
 * the U.S. Embassy in Manila ... attended the meeting": the meeting
 * described, at the post's seat)? */
static int
drawn_attend(const mr_ctx *x, const ncg_mention *m)
{
	size_t e = x->sent[m->sent].t1, v = wl_find(x, m->t1, e, NCG_WL_POST_ATTEND_VERB), o;

	if (v == e || wl_find(x, m->t1, v, NCG_WL_MET_VERB) < v)
		return 0;
	/* "attended the meeting", "joined the talks": the statement's
	 * own meeting, a bare meeting noun after "the", held where the
	 * post is; not "attended the signing ceremony" (an event named) */
	o = wl_at(x, v, e, NCG_WL_POST_ATTEND_VERB);
	return !(o + 1 < e && wl_is(x, o, NCG_WL_DEFINITE_ARTICLE) && wl_is(x, o + 1, NCG_WL_MEETING_NOUN));
}

/* rules285: "representatives from the Consulate-General of Japan in
 * Nashville ... attended the signing ceremony" (The Lane Report),
 * "representatives from MEXT and the Embassy of Japan in the United
 * States" (a U.S. Embassy release): place m after the "in" that ends a
 * diplomatic post's name (post_name_start) is the post's seat; drawn
 * from (drawn_from_at, before the post or before a list of names and
 * lex:postListJoin words ending in it) by people who attend an event
 * (drawn_attend), the post is where participants came from, never where
 * the meeting met.  A post after a venue's "at" ("met at the Embassy of
 * India in Washington"), inside a venue phrase ("in the conference room
 * of the U.S. Embassy in Manila"), heading its clause ("the Consulate
 * General of Japan in Honolulu co-hosted a reception") or whose people
 * met ("Officials of the Embassy in Seoul met with officials of the
 * Ministry of National Defense") keeps its seat as the place. */
#define POST_LIST_WORDS 8
static int
seat_of_origin_post(const mr_ctx *x, const ncg_mention *m)
{
	size_t p = m->t0, s0 = x->sent[m->sent].t0, h;

	if (p > s0 && wl_is(x, p - 1, NCG_WL_DEFINITE_ARTICLE))
		p--;
	if (p < s0 + 3 || !wl_is(x, p - 1, NCG_WL_POST_SEAT_PREPOSITION) ||
	    (h = post_name_start(x, m->sent, p - 1)) == SIZE_MAX)
		return 0;
	for (size_t k = h; k > s0 && h - k < POST_LIST_WORDS; k--) {
		if (drawn_from_at(x, s0, k - 1))
			return drawn_attend(x, m);
		/* a name's own "of" in the list ("the Department of Education
		 * and the Embassy of Japan") is walked over */
		if (!(x->tok[k - 1].flags & NCG_TF_CAP) && !wl_is(x, k - 1, NCG_WL_POST_LIST_JOIN) &&
		    !wl_is(x, k - 1, NCG_WL_DEFINITE_ARTICLE) && !wl_is(x, k - 1, NCG_WL_HEAD_OF))
			return 0;
	}
	return 0;
}

/* Is the date idx[k] of a sentence's n mentions the first found of
 * those starting at its token (the one mention_starting gives)? */
static int
first_date_at(const mr_ctx *x, const size_t *idx, size_t n, size_t k)
{
	const ncg_mention *d = ncg_mentions_at(x->ms, idx[k]);

	for (size_t j = 0; j < n; j++) {
		const ncg_mention *o = ncg_mentions_at(x->ms, idx[j]);

		if (o->kind == NCG_M_DATE && o->t0 == d->t0 && idx[j] < idx[k])
			return 0;
	}
	return 1;
}

/* rules127: "On November 18, 1963, Korean Foreign Minister Kim ..., who
 * was attending the U.N. General Assembly session in New York, arrived in
 * Washington for talks with Department of State officials. At 11 a.m. on
 * November 19 Kim met with Secretary of State Rusk" (a FRUS editorial
 * note): a meeting noun just after "for", after a lower-case arrival verb
 * (lex:arrivalVerb) of its clause, is the purpose of the arrival.  The
 * arrival verb's token, or SIZE_MAX. */
#define ARRIVAL_PURPOSE_DAYS 3 /* days after the arrival the talks may begin */

static size_t
arrival_for(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t v;

	if (c->kind != NCG_MC_NOUN || c->t0 < c->c0 + 3 || !tok_ieq(x, c->t0 - 1, "for"))
		return SIZE_MAX;
	v = wl_find(x, c->c0, c->t0 - 1, NCG_WL_ARRIVAL_VERB);
	return v < c->t0 - 1 && (x->tok[v].flags & NCG_TF_LOWER) ? v : SIZE_MAX;
}

/* rules127: a place before the arrival verb of such a purpose ("who was
 * attending ... in New York, arrived in Washington for talks") is where
 * the traveller came from, no place of the talks. */
static int
before_arrival(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	size_t v = arrival_for(x, c);

	return v != SIZE_MAX && m->t1 <= v;
}

/* review129 7: a lower-case meeting or visit verb (lex:meetingVerb,
 * lex:visitVerb: "met", "visited") in [a, b)?  No arrival verb is one ("landed in Seoul, and met"). */
static int
act_verb_in(const mr_ctx *x, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++)
		if ((x->tok[j].flags & NCG_TF_LOWER) && !wl_at(x, j, b, NCG_WL_ARRIVAL_VERB) &&
		    (wl_at(x, j, b, NCG_WL_MEETING_VERB) || wl_at(x, j, b, NCG_WL_VISIT_VERB)))
			return 1;
	return 0;
}

/* rules29: "Secretary Kerry and I met in Munich last February, and ...
 * today we had our 10th meeting": a place dated to a month alone, then a
 * comma and "and"/"but" before the candidate: the place is of another
 * clause, a recalled meeting ("landed in Seoul this Thursday, and met
 * with" keeps its place).  review129 7: or a place after an earlier
 * meeting or visit ("met with investors ... in Washington, and back home
 * visited a film festival and met X"), another act (act_verb_in) between
 * ", and" and the candidate: the place of the earlier act. */
static int
other_clause_before(const mr_ctx *x, const ncg_mention *m, const ncg_meeting_cand *c)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, c->sent, &idx), i;

	for (i = m->t1; i + 1 < c->t0; i++)
		if (ncg_doc_tok_is(x->doc, i, ",") && (tok_ieq(x, i + 1, "and") || tok_ieq(x, i + 1, "but")))
			break;
	if (i + 1 >= c->t0)
		return 0;
	if (act_verb_in(x, x->sent[c->sent].t0, m->t0) && act_verb_in(x, i + 2, c->t0))
		return 1;
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *d = ncg_mentions_at(x->ms, idx[k]);

		if (d->kind == NCG_M_DATE && d->t0 >= m->t1 && d->t0 <= i &&
		    d->date.prec == NCG_PREC_MONTH && first_date_at(x, idx, n, k))
			return 1;
	}
	return 0;
}

/* Does a mention of the sentence of m hold m, by holds(o, m)? */
static int
held_in_sentence(const mr_ctx *x, const ncg_mention *m,
                 int (*holds)(const ncg_mention *o, const ncg_mention *m))
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, m->sent, &idx);

	for (size_t k = 0; k < n; k++)
		if (holds(ncg_mentions_at(x->ms, idx[k]), m))
			return 1;
	return 0;
}

static int
workstream_holds(const ncg_mention *o, const ncg_mention *m)
{
	return o->kind == NCG_M_WORKSTREAM && o->t0 < m->t0 && m->t1 <= o->t1;
}

/* rules131: is place m inside a line of work, after its first word
 * ("to discuss ... significant human rights concerns in the DPRK",
 * einpresswire; "the security situation in the Middle East")?  A topic
 * the meeting discussed, not where it met (agenda_country). */
static int
in_agenda_item(const mr_ctx *x, const ncg_mention *m)
{
	return held_in_sentence(x, m, workstream_holds);
}

static int
title_holds(const ncg_mention *o, const ncg_mention *m)
{
	return o->kind == NCG_M_OFFICIAL && o->official.title && o->official.title_t0 <= m->t0 &&
	       m->t0 < o->official.title_t1;
}

/* rules61: "Haines met with Suh Hoon, director of national security at
 * Cheong Wa Dae, over lunch": a place or body inside an official's title
 * is his post, not where the meeting met. */
static int
in_official_title(const mr_ctx *x, const ncg_mention *m)
{
	return held_in_sentence(x, m, title_holds);
}

/* fix94 (review88): "met with Gen. Park, who is stationed at Camp
 * Humphreys, on March 3": a place up to six words after a verb of a post
 * (lex:stationVerb, lower case) in an aside opened by a comma and, up to
 * three words before the verb, "who"/"which" (lex:subjectRelative) or
 * the verb itself (", based in Seoul,"), with no comma between, is a
 * participant's post, not where the meeting met. */
static int
in_participant_aside(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	size_t v = m->t0;

	for (size_t h = m->t0; h > c->c0 && h + 7 > m->t0; h--) {
		if (tok_ieq(x, h - 1, ","))
			return 0;
		if ((x->tok[h - 1].flags & NCG_TF_LOWER) && wl_is(x, h - 1, NCG_WL_STATION_VERB)) {
			v = h - 1;
			break;
		}
	}
	if (v == m->t0)
		return 0;
	for (size_t h = v; h > c->c0 && h + 4 > v; h--)
		if (tok_ieq(x, h - 1, ","))
			return h == v || ((x->tok[h].flags & NCG_TF_LOWER) &&
			                  wl_is(x, h, NCG_WL_SUBJECT_RELATIVE));
	return 0;
}

/* rules170: "took place on the resort island of Bali" (Korea Herald):
 * "the", up to two words, a surface head (lex:surfacePlaceHead:
 * "island") and "of" before the place at p: where that phrase starts, or
 * p. */
static size_t
surface_of_start(const mr_ctx *x, size_t p)
{
	if (p < 4 || !tok_ieq(x, p - 1, "of") || !wl_is(x, p - 2, NCG_WL_SURFACE_PLACE_HEAD) ||
	    !(x->tok[p - 2].flags & NCG_TF_LOWER))
		return p;
	for (size_t h = p - 2; h > 0 && h + 5 > p; h--)
		if (wl_is(x, h - 1, NCG_WL_DEFINITE_ARTICLE))
			return h - 1;
	return p;
}

/* Does mention m end in a word or phrase of list wl ("Jeju Island",
 * "Northeast Asia")? */
static int
ends_in_list(const mr_ctx *x, const ncg_mention *m, ncg_wordlist wl)
{
	for (size_t h = m->t0; h < m->t1; h++)
		if (wl_at(x, h, m->t1, wl) == m->t1)
			return 1;
	return 0;
}

/* rules172: "held a video-conference meeting ... to ensure long term
 * peace and security in Northeast Asia" (KBS): a place that ends in a
 * region's name (lex:regionName) is a topic's scope, never where a
 * meeting met. */
static int
region_place(const mr_ctx *x, const ncg_mention *m)
{
	return m->kind == NCG_M_PLACE && ends_in_list(x, m, NCG_WL_REGION_NAME);
}

/* review94: does "on" at o attach to c's meeting?  The token before it
 * is c's own end ("talks on"), no lower-case word (a name's, a date's
 * end, a comma: "met with Adm. X, commander of ..., on the island of
 * Oahu"), or ends a meeting verb (lex:meetingVerb, lex:principalVerb:
 * "took place on the resort island of Bali").  Not "after North Korea's
 * deadly attack on the island of Yeonpyeong", "the typhoon made landfall
 * on ...", "the new radar station on ..." (a noun's). */
static int
on_attaches(const mr_ctx *x, const ncg_meeting_cand *c, size_t o)
{
	if (o == 0 || o - 1 < c->c0)
		return 0;
	if (o == c->t1 || !(x->tok[o - 1].flags & NCG_TF_LOWER))
		return 1;
	for (size_t j = o > c->c0 + 3 ? o - 3 : c->c0; j < o; j++)
		if (wl_at(x, j, o, NCG_WL_MEETING_VERB) == o || wl_at(x, j, o, NCG_WL_PRINCIPAL_VERB) == o)
			return 1;
	return 0;
}

/* rules64: "held meetings with Yoon Young-sun ... on Jeju Island" (Korea
 * Times): a place after "on" (lex:surfacePreposition) at p, its last
 * word an island's or a base's (lex:surfacePlaceHead), is where it met
 * as after "in"; "on the Korean Peninsula" is no venue.  rules170: so is
 * one after "on the island of" (surface_of_start), when "on" attaches
 * to the meeting (on_attaches). */
static int
on_surface(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m, size_t p)
{
	size_t q = m->kind == NCG_M_PLACE ? surface_of_start(x, p) : p;

	if (m->kind != NCG_M_PLACE || q == 0 || !wl_is(x, q - 1, NCG_WL_SURFACE_PREPOSITION) ||
	    !(x->tok[q - 1].flags & NCG_TF_LOWER))
		return 0;
	return q != p ? on_attaches(x, c, q - 1) : ends_in_list(x, m, NCG_WL_SURFACE_PLACE_HEAD);
}

/* rules67: ""We had a very successful bilateral meeting with the
 * Republic of South Korea today," Bessent told reporters at the White
 * House" (Chosun): c inside a quotation, and a venue (a body named by its
 * building) after the quotation closes and a speech verb (lex:speechVerb):
 * where the speaker spoke, not where the meeting was.  A city there is
 * left alone (a speaker is mostly in the meeting's city). */
static int
speaker_venue(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	size_t q = c->t1;

	if (m->kind != NCG_M_BODY || m->t0 <= c->t1)
		return 0;
	while (q < m->t0 && !quote_mark(x, q))
		q++;
	return q < m->t0 && wl_find(x, q + 1, m->t0, NCG_WL_SPEECH_VERB) < m->t0;
}

/* rules120: "The Vice President and President Pak met privately on June
 * 30 ... during which time the Vice President briefed President Pak on
 * President Johnson's meetings with ... Kosygin at Glassboro": the place
 * after another plain meeting noun (no ordinal, no series) that an
 * official owns (owner_start) later in the principals' sentence is that
 * meeting's, not theirs.  Found once per candidate: the end of the first
 * such noun to end (a place at or after it is that meeting's), SIZE_MAX
 * when none.  fix182 (review148 3): for any candidate, no later than the
 * start of an earlier meeting's noun a continuation cue reaches after it
 * (continued_noun_start). */
static size_t
later_noun_end(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t end = continued_noun_start(x, c);

	if (c->kind != NCG_MC_PRINCIPALS)
		return end;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o != c && o->kind == NCG_MC_NOUN && o->sent == c->sent && o->t0 >= c->t1 &&
		    o->t1 < end && !o->series && o->ordinal == 0 && owner_start(x, o, o->t0) != o->t0)
			end = o->t1;
	}
	return end;
}

/* fixR: "During the meeting with Mr. Hill, which was held in Tokyo last
 * year, Song met him again in Seoul on March 3": does the clause of c's
 * sentence from v to its next comma put its meeting ahead or recall it
 * (ahead_or_recalled: "last year", a month or a year)?  Then it reports
 * another meeting.  (A day of its own dates the fronted noun's meeting
 * by the clause, its place and day one meeting's.) */
static int
clause_own_time(const mr_ctx *x, const ncg_meeting_cand *c, size_t v)
{
	return phrase_own_time(x, c->sent, v, v, x->sent[c->sent].t1, PT_AHEAD);
}

/* fixP: "In meetings with Foreign Minister X, Rice praised Japan's
 * troops in Iraq", "During talks with X, ...": a place after the comma
 * of a fronted setting (fronted_comma; "in" too before "with" and an
 * official) is in the main clause, where its act or object is, not
 * where the meeting met. */
/* rules165: "During the meeting with Mr. Hill, which was held at the
 * central government complex in Seoul on the morning of October 18, Lee
 * refuted ...": a relative pronoun (lex:relativePronoun) right after the
 * fronted comma e, "was"/"were" (lex:pastCopula) allowed, and a past
 * meeting verb (lex:meetingLemma): the relative clause tells where the
 * meeting was held.  Is place m in it, before its next comma, the clause
 * of no time of its own (clause_own_time)? */
static int
in_held_relative(const mr_ctx *x, const ncg_meeting_cand *c, size_t e, const ncg_mention *m)
{
	size_t v = e + 1, r;

	if (v + 1 >= m->t0 || !wl_is(x, v++, NCG_WL_RELATIVE_PRONOUN))
		return 0;
	if (wl_is(x, v, NCG_WL_PAST_COPULA))
		v++;
	if (!(x->tok[v].flags & NCG_TF_LOWER) || !wl_at(x, v, m->t0, NCG_WL_MEETING_VERB))
		return 0;
	for (r = v; r < m->t0; r++)
		if (ncg_doc_tok_is(x->doc, r, ","))
			return 0;
	return !clause_own_time(x, c, v);
}

static int
after_fronted_comma(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	size_t e = fronted_comma(x, c, official_with(x, c) != NULL);

	return e != 0 && m->t0 > e && !in_held_relative(x, c, e, m);
}

/* rules165: "took place October 30-31, 2023 at the U.S. Department of
 * State, Washington, DC" (a joint statement): a city set off by a comma
 * just after a body that follows "at"/"in" (lex:placePreposition, "the"
 * between) names where that body stands, as "in" would: the place at p
 * is where it met.  A country there is the body's owner's, no place. */
static int
after_apposed_body(const mr_ctx *x, const ncg_mention *m, size_t p)
{
	const ncg_mention *b;
	size_t q;

	if (m->kind != NCG_M_PLACE || p < 3 || !ncg_doc_tok_is(x->doc, p - 1, ",") ||
	    (b = inside(x, m->sent, p - 2, NCG_M_BODY)) == NULL || b->t1 != p - 1)
		return 0;
	q = b->t0;
	if (q > 0 && wl_is(x, q - 1, NCG_WL_DEFINITE_ARTICLE))
		q--;
	return q > 0 && wl_is(x, q - 1, NCG_WL_PLACE_PREPOSITION);
}

/* rules229: "took place at the GSDF's Camp Asaka" (Jiji Press): an
 * installation (lex:placeLeadWord) at p after a possessive owner of up
 * to NCG_POSSESSOR_WORDS capitalised words, "the", and "at"/"in" (lex:
 * placePreposition): the place after the preposition, as in "at Camp
 * Asaka" (src/recog_org.c reads it so). */
static int
after_possessive_owner(const mr_ctx *x, const ncg_mention *m, size_t p)
{
	size_t q, k;

	if (m->kind != NCG_M_PLACE || p != m->t0 || !wl_is(x, p, NCG_WL_PLACE_LEAD_WORD) ||
	    (q = possessive_mark(x, p, x->sent[m->sent].t0, 0)) == p)
		return 0;
	for (k = q; k > x->sent[m->sent].t0 + 2 && q - k < NCG_POSSESSOR_WORDS && (x->tok[k - 1].flags & NCG_TF_CAP);
	     k--)
		;
	return k < q && wl_is(x, k - 1, NCG_WL_DEFINITE_ARTICLE) && wl_is(x, k - 2, NCG_WL_PLACE_PREPOSITION);
}

/* rules289: a venue "on" a military installation, read as a place by
 * src/recog_org.c (on_installation_at) with the same test
 * (ncg_doc_installation_on): "met ... at the 20th CBRNE Command
 * Headquarters on Aberdeen Proving Ground, Maryland" (army.mil), "met
 * ... Feb. 14 on Camp Foster to discuss" (MCIPAC): the place m at p after
 * "on".  "on Okinawa" (an island) is not read so here, nor "briefed
 * Emanuel on Marine Corps Air Station Futenma" (a topic). */
static int
on_installation(const mr_ctx *x, const ncg_mention *m, size_t p)
{
	return m->kind == NCG_M_PLACE && p == m->t0 &&
	       ncg_doc_installation_on(x->doc, x->lex, p, m->t1, x->sent[m->sent].t0);
}

/* rules164, fixR: "met with Ambassador Kennedy at the Ministry ... and
 * asked for U.S. cooperation in the G7 Education Ministers' Meeting
 * scheduled for May 14 and 15 in Kurashiki": another meeting's noun
 * (lex:meetingNoun, lex:eventHead; any case) after candidate c, a word
 * that puts it ahead (lex:futureCue: "scheduled for", "to be held",
 * "slated for") starting within CUE_REACH tokens after the noun with no
 * comma between, then the place m: m is where that later meeting will
 * be, not where c met.  A future word further on or after a comma ("the
 * plenary meeting, and both said cooperation would deepen", "the NCG
 * meeting, to be held in Seoul each January") is not the noun's. */
#define CUE_REACH 3
static int
scheduled_other_place(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	for (size_t j = c->t1; j < m->t0; j++) {
		size_t e = wl_at(x, j, m->t0, NCG_WL_MEETING_NOUN);

		if (!e)
			e = wl_at(x, j, m->t0, NCG_WL_EVENT_HEAD);
		for (size_t k = e; e && k < e + CUE_REACH && k < m->t0; k++)
			if (ncg_doc_tok_is(x->doc, k, ","))
				break;
			else if (wl_at(x, k, m->t0, NCG_WL_FUTURE_CUE))
				return 1;
	}
	return 0;
}

/* rules294: "discussed their upcoming visit to Samsung's new
 * semiconductor manufacturing facility in Taylor" (Texas Governor),
 * "discussed ... the upcoming visit of President Park to the United
 * States" (State), "conveyed concerns over Ford's planned visit to China"
 * (Japan Times): a lower-case word that puts it ahead (lex:futureCue)
 * just before a visit noun (lex:visitNoun; one lower-case word may come
 * between, "upcoming state visit") after candidate c, in m's sentence,
 * and m in the noun's own phrase (visit_phrase_reaches): m is where that
 * later trip goes, not where c met. */
/* review114 2: is place m in the phrase of the visit noun at e?  m just
 * after it ("will visit Washington") or after a lower-case "to" ("visit
 * of President Park to the United States"), with no comma or new clause
 * (clause_opens_at: "and held talks at the Pentagon") between. */
static int
visit_phrase_reaches(const mr_ctx *x, size_t e, const ncg_mention *m)
{
	int to = e + 1 == m->t0;

	for (size_t k = e + 1; k < m->t0; k++) {
		if (ncg_doc_tok_is(x->doc, k, ",") || clause_opens_at(x, k, m->t0))
			return 0;
		if ((x->tok[k].flags & NCG_TF_LOWER) && tok_ieq(x, k, "to"))
			to = 1;
	}
	return to;
}

static int
future_visit_place(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	size_t j0 = x->sent[m->sent].t0 > c->t1 ? x->sent[m->sent].t0 : c->t1;

	for (size_t j = j0; j < m->t0; j++) {
		size_t e = (x->tok[j].flags & NCG_TF_LOWER) ? wl_at(x, j, m->t0, NCG_WL_FUTURE_CUE) : 0;

		if (e && e + 1 < m->t0 && !wl_is(x, e, NCG_WL_VISIT_NOUN) && (x->tok[e].flags & NCG_TF_LOWER))
			e++;
		if (!e || e >= m->t0 || !wl_is(x, e, NCG_WL_VISIT_NOUN))
			continue;
		if (visit_phrase_reaches(x, e, m))
			return 1;
	}
	return 0;
}

/* fixW: is the virtual cue at v in the phrase of another event: a
 * reference cue (lex:referenceCue: "after", "before", "following")
 * opening it, after lo, with at least one word in lower case between
 * and only such words ("after a video-conference last week", "since
 * their last videoconference"; not "met earlier by video"), and the
 * own word t of the meeting (or act) outside that phrase, which runs to
 * the next comma before hi?  "met with X on Tuesday, after a
 * video-conference last week, at the Ministry ... in Seoul": an earlier
 * meeting's mode, not this one's; "said after her virtual meeting
 * with Choi": the meeting itself. */
static int
other_event_cue(const mr_ctx *x, size_t lo, size_t v, size_t hi, size_t t)
{
	for (size_t j = v; j > lo && v - j < 4;) {
		size_t ce = wl_at(x, --j, v, NCG_WL_REFERENCE_CUE), e = v;

		if (ce != 0 && ce < v) {
			while (e < hi && !ncg_doc_tok_is(x->doc, e, ","))
				e++;
			return t < j || t >= e;
		}
		if (x->tok[j].kind != NCG_TOK_WORD || !(x->tok[j].flags & NCG_TF_LOWER))
			return 0;
	}
	return 0;
}

/* fixW: the first virtual cue (lex:virtualCue) in [a, b) of the clause
 * from lo that is the own mode of the meeting (or act) at t, not of
 * another event (other_event_cue); b if none. */
static size_t
own_virtual_cue(const mr_ctx *x, size_t lo, size_t a, size_t b, size_t t)
{
	for (size_t v = a; v < b; v++)
		if (wl_at(x, v, b, NCG_WL_VIRTUAL_CUE) && !other_event_cue(x, lo, v, b, t))
			return v;
	return b;
}

/* fixR: "met virtually with Minister Shin at the Ministry of National
 * Defense, Seoul", "met with Minister Shin at the Ministry ..., Seoul,
 * by video link from Washington": candidate c said to meet by video (a
 * lex:virtualCue from c on in its clause) met nowhere: place m, a body's
 * city or a party's seat, is no place of it.  A cue after m and after
 * "with" (lex:interlocutorPreposition: "met in Seoul, with Minister
 * Kihara joining the meeting virtually") is one party's own. */
static int
said_virtual(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	size_t v = own_virtual_cue(x, c->c0, c->t0, c->c1, c->t0);

	if (v >= c->c1)
		return 0;
	return v < m->t0 || wl_find(x, m->t1, v, NCG_WL_INTERLOCUTOR_PREP) >= v;
}

/* rules170: "Ban held talks with his North Korean counterpart ... and
 * said, \"North Korea should not always look at the U.S. negatively\""
 * (Dong-A): a quotation mark just after a comma or a colon (a quotation
 * of speech, not a quoted name: "the seventh round of \"Future of the
 * Alliance Policy Initiative\"") between the candidate and place m puts
 * m in other words than the report of the meeting, not where it met. */
static int
quote_between(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	size_t a = m->t0 < c->t0 ? m->t1 : c->t1, b = m->t0 < c->t0 ? c->t0 : m->t0;

	for (; a < b; a++)
		if (quote_mark(x, a) && a > 0 &&
		    (ncg_doc_tok_is(x->doc, a - 1, ",") || ncg_doc_tok_is(x->doc, a - 1, ":")))
			return 1;
	return 0;
}

/* rules186: "convened for a G8 summit in X today to discuss ... how to
 * handle the continuing situation in Libya", "met in X to review the
 * situation in Y" (a closed class: a lower-case purpose infinitive,
 * lex:infinitiveMarker, whose verb opens lex:discussFrame): a place after
 * such an infinitive, between the candidate (or its verb) and it, is its
 * topic, not where it met. */
static int
topic_of_purpose(const mr_ctx *x, size_t from, const ncg_mention *m)
{
	for (size_t i = from; i + 1 < m->t0; i++)
		if (wl_is(x, i, NCG_WL_INFINITIVE_MARKER) && (x->tok[i].flags & NCG_TF_LOWER) &&
		    (x->tok[i + 1].flags & NCG_TF_LOWER) && wl_at(x, i + 1, m->t0, NCG_WL_DISCUSS_FRAME))
			return 1;
	return 0;
}

/* fix119: "discussed the situation in the West Bank", "the crisis in
 * Gaza": a lex:topicPlaceNoun just before "in" (lex:withinPreposition)
 * and place m (after its article) names the matter talked about, not
 * where it met. */
static int
topic_place(const mr_ctx *x, const ncg_mention *m)
{
	size_t p = m->t0;

	if (p > 0 && tok_ieq(x, p - 1, "the"))
		p--;
	return p > 1 && (x->tok[p - 2].flags & NCG_TF_LOWER) && wl_is(x, p - 1, NCG_WL_WITHIN_PREPOSITION) &&
	       wl_is(x, p - 2, NCG_WL_TOPIC_PLACE_NOUN);
}

/* rules186: "emphasized during a luncheon meeting with reporters at a
 * restaurant in Sejong" (Chosun Biz), "at a meeting with journalists in
 * X": a meeting noun just before "with" and the press
 * (lex:pressAudience) is an appearance before the press, and its place
 * none of a meeting between officials. */
static int
press_meeting(const mr_ctx *x, const ncg_meeting_cand *c)
{
	return c->kind == NCG_MC_NOUN && c->t1 + 1 < c->c1 && tok_ieq(x, c->t1, "with") &&
	       wl_at(x, c->t1 + 1, c->c1, NCG_WL_PRESS_AUDIENCE);
}

/* rules186: "in the seaside town of Deauville", "at the port city of X":
 * the token after the place preposition of place m at p in that frame
 * (ncg_doc_settlement_of, shared with recog_org.c), or p. */
static size_t
settlement_of(const mr_ctx *x, const ncg_mention *m, size_t p)
{
	size_t q = ncg_doc_settlement_of(x->doc, x->lex, p, x->sent[m->sent].t0);

	return q ? q : p;
}

/* fix160 (review129 5): "told reporters after meeting Secretary of State
 * Antony Blinken that the summit in Washington in April would ...": for
 * a meeting the press was told of after (EV_PRESS_AFTER), a place after
 * candidate c and after the words said open (a lower-case
 * lex:speechComplementizer, a quotation mark or a lower-case
 * lex:speechVerb between) is in what was said, not where it met. */
static int
in_words_said(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	if (!has_ev(c, EV_PRESS_AFTER) || m->t0 < c->t1)
		return 0;
	for (size_t j = c->t1; j < m->t0; j++)
		if (quote_mark(x, j) || ((x->tok[j].flags & NCG_TF_LOWER) &&
		                         (wl_is(x, j, NCG_WL_SPEECH_COMPLEMENTIZER) || wl_is(x, j, NCG_WL_SPEECH_VERB))))
			return 1;
	return 0;
}

/* Where it met: a place after "in"/"at" in the clause, the nearest after
 * the candidate first; without one, a meeting by video has none. */
static void
place_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, c->sent, &idx), later = later_noun_end(x, c);

	if (press_meeting(x, c))
		n = 0;
	for (int pass = 0; pass < 2 && !c->place; pass++)
		for (size_t k = 0; k < n; k++) {
			const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);
			size_t p = facility_body(x, m) ? facility_owner(x, m) : m->t0;

			if ((m->kind != NCG_M_PLACE && m->kind != NCG_M_COUNTRY && !seat_body(x, m) &&
			     !venue_body(x, m) && !building_body(x, c, m)) ||
			    m->t0 < c->c0 ||
			    m->t0 >= c->c1 || (pass == 0 && m->t0 < c->t1))
				continue;
			if (coordinated_place(x, m) || joined_country(x, m) || site_visited(x, c, m) ||
			    country_of_body(x, m) || seat_of_origin_post(x, m) ||
			    (pass == 1 && (other_clause_before(x, m, c) || before_arrival(x, c, m))) ||
			    in_official_title(x, m) || speaker_venue(x, c, m) || in_participant_aside(x, c, m) ||
			    in_purpose_of_other(x, c, m) || m->t0 >= later || after_fronted_comma(x, c, m) ||
			    scheduled_other_place(x, c, m) || said_virtual(x, c, m) ||
			    quote_between(x, c, m) || region_place(x, m) || topic_of_purpose(x, c->t1, m) ||
			    topic_place(x, m) || future_visit_place(x, c, m) || in_words_said(x, c, m))
				continue;
			/* "at ROK MND in Seoul": a country that names a body's
			 * owner is no place; the place after it is */
			{
				const ncg_mention *b = inside(x, m->sent, m->t0, NCG_M_BODY);

				if (m->kind == NCG_M_COUNTRY &&
				    ((b && b->t1 > m->t1) || inside(x, m->sent, m->t1, NCG_M_BODY)))
					continue;
			}
			if (p > 0 && tok_ieq(x, p - 1, "the"))
				p--;
			/* rules29: "at the Ministry of Foreign Affairs in
			 * central Seoul": a part of the city (lex:cityPart)
			 * between the preposition and the place */
			if (p > 1 && (x->tok[p - 1].flags & NCG_TF_LOWER) &&
			    wl_at(x, p - 1, p, NCG_WL_CITY_PART) && m->kind == NCG_M_PLACE &&
			    wl_is(x, p - 2, NCG_WL_WITHIN_PREPOSITION))
				p--;
			if (m->kind == NCG_M_PLACE)
				p = settlement_of(x, m, p);
			/* "welcomed Y to the Pentagon" */
			if (p > 0 && (wl_is(x, p - 1, NCG_WL_PLACE_PREPOSITION) ||
			              on_surface(x, c, m, p) || after_apposed_body(x, m, p) ||
			              after_possessive_owner(x, m, p) || on_installation(x, m, p) ||
			              (c->kind == NCG_MC_PRINCIPALS && wl_is(x, c->t0, NCG_WL_WELCOME_VERB) &&
			               tok_ieq(x, p - 1, "to")))) {
				c->place = m;
				add_ev(c, EV_PLACE);
				break;
			}
		}
	if (!c->place && own_virtual_cue(x, c->c0, c->c0, c->c1, c->t0) < c->c1) {
		c->virtual_ = 1;
		add_ev(c, EV_VIRTUAL);
	}
}

static int
same_meeting(const ncg_meeting_cand *a, const ncg_meeting_cand *b)
{
	if (a->ordinal > 0 && b->ordinal > 0)
		return a->ordinal == b->ordinal &&
		       (!a->series || !b->series || strcmp(a->series, b->series) == 0);
	return a->series && b->series && strcmp(a->series, b->series) == 0;
}

/* The headline, other mentions of the same meeting, the lead. */
static void
context_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	int again = 0;

	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o == c || !same_meeting(c, o))
			continue;
		if (o->in_title)
			add_ev(c, EV_HEADLINE);
		else if (o->sent != c->sent && again++ == 0)
			add_ev(c, EV_NAMED_AGAIN);
	}
	if (!c->series && c->ordinal == 0)
		for (size_t k = 0; k < x->d->n; k++)
			if (x->d->c[k].in_title && x->d->c[k].kind == NCG_MC_NOUN &&
			    !x->d->c[k].series)
				add_ev(c, EV_HEADLINE_NOUN);
	if (c->ordinal > 0)
		add_ev(c, EV_ORDINAL);
}

/* "the meeting", "this meeting": a definite noun after another body
 * candidate names that one again. */
static void
anaphor_evidence(mr_ctx *x, ncg_meeting_cand *c, size_t self)
{
	size_t end;

	if (c->kind != NCG_MC_NOUN || c->series || c->t0 == 0 ||
	    !(tok_ieq(x, c->t0 - 1, "the") || tok_ieq(x, c->t0 - 1, "this")))
		return;
	/* rules229: "The meeting among A, B and C": named by its parties */
	if (named_parties(x, c, &end) >= 2)
		return;
	for (size_t k = 0; k < self; k++)
		if (!x->d->c[k].in_title) {
			add_ev(c, EV_ANAPHOR);
			return;
		}
}

/* rules284: does sentence s open with a content cue (lex:contentCue),
 * after at most one opening quote mark (quote_mark)?  The cue's end, 0
 * if none. */
static size_t
quoted_content_cue(const mr_ctx *x, uint32_t s)
{
	size_t t = x->sent[s].t0;

	if (t + 1 < x->sent[s].t1 && quote_mark(x, t))
		t++;
	return wl_at(x, t, x->sent[s].t1, NCG_WL_CONTENT_CUE);
}

/* fix149 (review122 5): does the determiner at i, after the content cue
 * ending at e, open a subject of its own: a zero relative ("Discussions
 * focused on the progress the two states have made")?  The cue's phrase
 * has had a determiner before it (*dets counts them), and no
 * preposition of a complement or bound of a date comes just before it
 * (lex:complementPreposition, lex:dateBoundCue: "the new radar after the
 * summit have continued" is still one subject). */
static int
cue_new_subject(const mr_ctx *x, size_t e, size_t i, int *dets)
{
	if (!wl_is(x, i, NCG_WL_DEFINITE_ARTICLE) && !wl_is(x, i, NCG_WL_POSSESSIVE) &&
	    !wl_is(x, i, NCG_WL_INDEFINITE_ARTICLE))
		return 0;
	if ((*dets)++ == 0 || i <= e)
		return 0;
	return !wl_is(x, i - 1, NCG_WL_COMPLEMENT_PREP) && !wl_is(x, i - 1, NCG_WL_DATE_BOUND_CUE);
}

/* rules321: is the content cue ending at e in sentence s a noun of talks
 * and the participle after it, the subject of a finite verb later in its
 * clause ("Discussions focused on the new radar have continued at the
 * working level")?  Its last word opens a lex:meetingContentVerb, and a
 * lex:auxiliaryVerb follows before any comma, semicolon, colon or word
 * that opens a clause of its own (lex:clauseObject, lex:subjectRelative,
 * lex:clauseSubordinator; fix149: lex:pairConjunction, "and were
 * followed by", and a zero relative's subject, cue_new_subject).  The
 * sentence is then about talks on X going on, as "negotiations on North Korea's nuclear programs have been
 * stalled since the breakdown of the second summit" (Yonhap) and
 * "Negotiations between Washington and Pyongyang are at a stalemate
 * following the no-deal summit" (Korea Herald): no report of the
 * meeting named before it. */
static int
cue_talks_subject(const mr_ctx *x, uint32_t s, size_t e)
{
	size_t t1 = x->sent[s].t1;
	int dets = 0;

	if (!wl_at(x, e - 1, t1, NCG_WL_MEETING_CONTENT_VERB))
		return 0;
	for (size_t i = e; i < t1; i++) {
		if (ncg_doc_tok_is(x->doc, i, ",") || ncg_doc_tok_is(x->doc, i, ";") ||
		    ncg_doc_tok_is(x->doc, i, ":") || wl_is(x, i, NCG_WL_CLAUSE_OBJECT) ||
		    wl_is(x, i, NCG_WL_SUBJECT_RELATIVE) || wl_is(x, i, NCG_WL_CLAUSE_SUBORDINATOR) ||
		    wl_is(x, i, NCG_WL_PAIR_CONJUNCTION) || cue_new_subject(x, e, i, &dets))
			return 0;
		if (wl_is(x, i, NCG_WL_AUXILIARY_VERB))
			return 1;
	}
	return 0;
}

/* review109: is candidate c a meeting recalled in its own clause: its
 * recalling adverb (recall_evidence: "Secretary Austin and Minister Shin
 * previously met in Singapore"), or a lex:recallCue just before a
 * lex:principalVerb earlier in its clause, which makes a meeting noun
 * after the verb the earlier meeting too ("The two ministers previously
 * met on the sidelines of the APEC summit in Lima", "last met on the
 * sidelines of the G7 summit in Hiroshima")? */
static int
recalled_in_clause(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (has_ev(c, EV_RECALLED))
		return 1;
	for (size_t t = c->t0; t-- > x->sent[c->sent].t0;) {
		size_t e;

		if (ncg_doc_tok_is(x->doc, t, ",") || ncg_doc_tok_is(x->doc, t, ";"))
			return 0;
		e = wl_at(x, t, c->t0, NCG_WL_RECALL_CUE);
		if (e && wl_at(x, e, c->t1, NCG_WL_PRINCIPAL_VERB))
			return 1;
	}
	return 0;
}

/* fix173 (review139 1, 2): does sentence s report talks held then: no
 * future, unheld or recall cue (lex:recallCue: "previously", "last"), no
 * month or year ("During the meeting last year", ahead_or_recalled) and
 * no other year than the issue year (other_year_in)? */
static int
own_cue_time_clean(const mr_ctx *x, uint32_t s)
{
	size_t a = x->sent[s].t0, b = x->sent[s].t1;

	return !ahead_or_recalled(x, s, a, b) && wl_find(x, a, b, NCG_WL_UNHELD_RECORD_CUE) >= b &&
	       wl_find(x, a, b, NCG_WL_RECALL_CUE) >= b && !other_year_in(x, s, (uint32_t)a, (uint32_t)b);
}

/* fix173 (review139 3): is the cue's meeting noun c its own phrase: a
 * comma right after it ("During the meeting, ..."), or the interlocutor's
 * preposition (lex:interlocutorPreposition) and an official named in a
 * sentence before ("During the meeting with Mr. Hill, ...", Dong-A)?  Not
 * "During the meeting of the ASEAN foreign ministers": another body's. */
static int
own_cue_noun_closed(const mr_ctx *x, const ncg_meeting_cand *c)
{
	const ncg_mention *m;

	if (c->t1 + 1 >= x->sent[c->sent].t1)
		return 0;
	if (ncg_doc_tok_is(x->doc, c->t1, ","))
		return 1;
	if (!wl_is(x, c->t1, NCG_WL_INTERLOCUTOR_PREP) || !(m = inside(x, c->sent, c->t1 + 1, NCG_M_OFFICIAL)) ||
	    official_start(m) != c->t1 + 1 || !m->key)
		return 0;
	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *o = ncg_mentions_at(x->ms, k);

		if (o->kind == NCG_M_OFFICIAL && o->sent < c->sent && o->key && strcmp(o->key, m->key) == 0)
			return 1;
	}
	return 0;
}

/* rules352: "During the meeting, the United States confirmed that X and
 * Y committed to ..." (Defence Connect), "During the meeting, she
 * addressed key issues such as ..." (Queens Post): the cue opens a
 * sentence and no meeting was named before it, as the lead reported the
 * talks in words of no meeting ("X and Y discussed ways ... during X's
 * visit", "X hosted a delegation ... on Monday").  The cue's own noun
 * (candidate k of sentence s, within the cue ending at e) then names the
 * meeting held: when a past act follows the cue and the noun is its own
 * phrase (own_cue_noun_closed).  fix173 (review139 1, 2): the cue's
 * sentence and the latest sentence before it that names two officials of
 * two sides (two_sides_named) both report talks held then
 * (own_cue_time_clean: "X and Y previously discussed ... in 2022.
 * During the meeting, ..." recalls an earlier meeting).  The index of the
 * candidate, -1 if none. */
static long
own_content_cue(const mr_ctx *x, uint32_t s, size_t e)
{
	size_t b = x->sent[s].t1;
	long own = -1;
	uint32_t r;

	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *c = &x->d->c[k];

		if (c->sent == s && c->kind == NCG_MC_NOUN && !c->in_title && !c->series && c->t1 <= e)
			own = (long)k;
	}
	if (own < 0 || !past_act_in(x, e, b) || !own_cue_time_clean(x, s) ||
	    !own_cue_noun_closed(x, &x->d->c[own]) || recalled_in_clause(x, &x->d->c[own]))
		return -1;
	for (r = s; r > 0 && !two_sides_named(x, r - 1); r--)
		;
	return r > 0 && own_cue_time_clean(x, r - 1) ? own : -1;
}

/* "In the meeting, talks ... were exchanged": the content of the last
 * meeting named before; its time reference was the meeting itself.
 * rules284: also when a spokesman's quotation opens the sentence with
 * the cue ('"During the meeting, Lt. Gen. X and Vice Admiral Y discussed
 * ...," Trinidad said.', '"During the meeting, Secretary Pompeo and
 * Foreign Minister Kang discussed ..."'): the opening quote mark is no
 * word of the sentence (quoted_content_cue).  review109: never of a
 * meeting recalled (recalled_in_clause): "They previously met in
 * Singapore. 'During the meeting, they agreed ...'" reports the content
 * of that earlier meeting, not of the statement's.  rules321: never
 * when the cue's talks are the subject of a later verb
 * (cue_talks_subject). */
static void
content_evidence(mr_ctx *x)
{
	for (uint32_t s = 0; s < x->nsent; s++) {
		size_t e = quoted_content_cue(x, s);
		long last = -1;

		if (!e || cue_talks_subject(x, s, e))
			continue;
		for (size_t k = 0; k < x->d->n; k++)
			if (!x->d->c[k].in_title && x->d->c[k].sent < s &&
			    !has_ev(&x->d->c[k], EV_ANAPHOR) && !has_ev(&x->d->c[k], EV_CONTINUES))
				last = (long)k;
		if (last < 0)
			last = own_content_cue(x, s, e);
		else if (recalled_in_clause(x, &x->d->c[last]))
			last = -1;
		if (last >= 0) {
			add_ev(&x->d->c[last], EV_CONTENT);
			drop_ev(&x->d->c[last], EV_REFERENCE);
		}
	}
}

/* "convened a Trilateral Ministerial Meeting on November 12. Secretary
 * Austin and Minister Shin met in Seoul": principals meeting, with no
 * day, number or series of their own, in the sentence after a meeting
 * reported in the past, continue its report (of the nearest such
 * meeting before them, which continued returns).  gather adds the
 * candidates sentence by sentence: the search stops at the sentence
 * before c's, so it costs the candidates of two sentences, not all. */
static const ncg_meeting_cand *
continued(const mr_ctx *x, const ncg_meeting_cand *c, size_t self)
{
	if ((c->kind != NCG_MC_PRINCIPALS && c->kind != NCG_MC_NOUN) || c->series ||
	    c->ordinal || c->date[0] || c->in_title)
		return NULL;
	for (size_t k = self; k-- > 0;) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->sent + 1 < c->sent)
			break;
		if (!o->in_title && (o->sent == c->sent || o->sent + 1 == c->sent) &&
		    (o->series || o->ordinal) &&
		    (has_ev(o, EV_PAST_VERB) || has_ev(o, EV_SETTING)))
			return o;
	}
	return NULL;
}

/* rules73: "A day earlier, Wray visited the National Police Agency ...
 * and met with Commissioner-General Min" after a lead that reports a
 * meeting held ("The director ... met with South Korea's top prosecutor
 * ..., official sources here said Tuesday"): a candidate of a later
 * sentence opening with lex:earlierDayOpener and a comma is an earlier
 * meeting the story recalls. */
static int
earlier_day_opens(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t t0 = x->sent[c->sent].t0;

	/* at the sentence's start, or after a full stop glued to the next
	 * sentence ("an official said.A day earlier, ...": a scraped page) */
	for (size_t i = t0; i < c->t0; i++) {
		size_t e;

		if (i > t0 && !ncg_doc_tok_is(x->doc, i - 1, "."))
			continue;
		e = wl_at(x, i, c->t0, NCG_WL_EARLIER_DAY_OPENER);
		if (e && ncg_doc_tok_is(x->doc, e, ","))
			return 1;
	}
	return 0;
}

/* rules171: is there a comma or a semicolon in [a, b)? */
static int
clause_break_in(const mr_ctx *x, size_t a, size_t b)
{
	for (size_t t = a; t < b; t++)
		if (ncg_doc_tok_is(x->doc, t, ",") || ncg_doc_tok_is(x->doc, t, ";"))
			return 1;
	return 0;
}

/* rules171: a recall cue (lex:recallCue) just before the past verb that
 * is the candidate's word ("previously met", "last met"): an earlier
 * meeting, recalled; and so is a meeting named after the verb in its
 * clause, which the verb makes past ("previously met during the Nato
 * summit"). */
static void
recall_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->t0 <= x->sent[c->sent].t0 || !has_ev(c, EV_PAST_VERB) ||
	    wl_at(x, c->t0 - 1, c->t0, NCG_WL_RECALL_CUE) != c->t0)
		return;
	add_ev(c, EV_RECALLED);
	for (size_t k = 0; k < x->d->n; k++) {
		ncg_meeting_cand *o = &x->d->c[k];

		if (o != c && o->sent == c->sent && o->t0 >= c->t1 && has_ev(o, EV_PAST_VERB) &&
		    !clause_break_in(x, c->t1, o->t0))
			add_ev(o, EV_RECALLED);
	}
}

static void
earlier_day_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->sent == x->lead[0] || c->sent == x->lead[1] || !earlier_day_opens(x, c))
		return;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if ((o->sent == x->lead[0] || o->sent == x->lead[1]) && has_ev(o, EV_PAST_VERB) &&
		    !has_ev(o, EV_FUTURE)) {
			add_ev(c, EV_EARLIER_DAY);
			return;
		}
	}
}

static void
continuation_evidence(mr_ctx *x, ncg_meeting_cand *c, size_t self)
{
	if (continued(x, c, self))
		add_ev(c, EV_CONTINUES);
}

/* Another ordinal word outside the candidate's words in its clause, after
 * "its" or "the" ("... and its second in Washington")? */
static int
other_ordinal_word(const mr_ctx *x, const ncg_meeting_cand *c)
{
	for (size_t i = c->c0 + 1; i < c->c1; i++) {
		if (i >= c->t0 && i < c->t1)
			continue;
		if (!tok_ieq(x, i - 1, "its") && !tok_ieq(x, i - 1, "the"))
			continue;
		if (ncg_doc_tok_ordinal_word(x->doc, i))
			return 1;
	}
	return 0;
}

/* "The NCG held its first meeting in Seoul in July 2023 and its second
 * in Washington in December": numbered meetings of one series listed in
 * one clause recap a history; none of them is reported. */
static void
recap_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->ordinal > 0 && !has_ev(c, EV_FIRST_IN_PLACE) && other_ordinal_word(x, c) &&
	    has_ev(c, EV_MONTH_ONLY)) {
		add_ev(c, EV_RECAP);
		return;
	}
	for (size_t k = 0; c->ordinal > 0 && k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o != c && o->sent == c->sent && o->c0 == c->c0 && o->ordinal > 0 &&
		    o->ordinal != c->ordinal && !has_ev(o, EV_FIRST_IN_PLACE) &&
		    !has_ev(o, EV_REFERENCE) &&
		    !has_ev(c, EV_FIRST_IN_PLACE) &&
		    (!o->series || !c->series || !strcmp(o->series, c->series))) {
			add_ev(c, EV_RECAP);
			return;
		}
	}
}

/* "The NCG convened for its third meeting": a series named in the clause
 * of one of its numbered meetings is that meeting's series, no meeting of
 * its own. */
static void
series_only_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	for (size_t k = 0; c->kind == NCG_MC_SERIES && k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->kind == NCG_MC_ORDINAL && o->sent == c->sent && o->c0 == c->c0 &&
		    (!o->series || !strcmp(o->series, c->series)) &&
		    !has_ev(o, EV_REFERENCE) && !has_ev(o, EV_FUTURE)) {
			add_ev(c, EV_SERIES_ONLY);
			return;
		}
	}
}

/* "held simulation drills of their Nuclear Consultative Group", "the
 * co-chairs of the NCG": a series named after "of" and a noun that is no
 * meeting noun is not what was held. */
static void
complement_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	size_t p = c->t0;

	if (c->kind != NCG_MC_SERIES)
		return;
	if (p > c->c0 && (tok_ieq(x, p - 1, "the") || tok_ieq(x, p - 1, "their") ||
	                  tok_ieq(x, p - 1, "its") || tok_ieq(x, p - 1, "our")))
		p--;
	if (p > c->c0 + 1 && tok_ieq(x, p - 1, "of") && (x->tok[p - 2].flags & NCG_TF_LOWER) &&
	    !wl_at(x, p - 2, p - 1, NCG_WL_MEETING_NOUN) &&
	    !wl_at(x, p - 2, p - 1, NCG_WL_ORDINAL_MEETING_NOUN))
		add_ev(c, EV_OF_OTHER_NOUN);
}

/* "held phone talks Thursday", "a telephone meeting": a call cue just
 * before a meeting noun (a meeting modifier between) makes it a call. */
static int
call_noun(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p = c->t0;

	if (c->kind != NCG_MC_NOUN || p <= c->c0)
		return 0;
	if (p - 1 > c->c0 && wl_at(x, p - 1, p, NCG_WL_MEETING_MODIFIER))
		p--;
	return wl_at(x, p - 1, p, NCG_WL_CALL_CUE) == p;
}

/* A call cue in [a, b) that names a call: rules17: not the "call" of
 * "paid a courtesy call on Foreign Minister Park" (lex:callException),
 * a visit in person (Korea Herald, Yonhap, KBS). */
static int
call_cue_in(const mr_ctx *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		size_t e = wl_at(x, i, b, NCG_WL_CALL_EXCEPTION);

		if (e && !determined_noun_ok(x, i, e))
			e = 0;
		/* rules123: a telegram's "DURING CALL ON" is a call in person
		 * (rules132: in mixed case before an official) */
		if (!e)
			e = call_in_person_at(x, i, b);
		if (e) {
			i = e - 1;
			continue;
		}
		if (wl_at(x, i, b, NCG_WL_CALL_CUE))
			return 1;
	}
	return 0;
}

static void
call_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	if ((c->kind == NCG_MC_PRINCIPALS && call_cue_in(x, x->sent[c->sent].t0, x->sent[c->sent].t1)) ||
	    call_noun(x, c))
		add_ev(c, EV_CALL);
}

/* "The defense chiefs ... held phone talks Thursday to discuss ...": a
 * lead sentence that reports a call in the past (no recall, no future)
 * makes the statement a call's readout; a meeting it names later is
 * recalled (the summit whose agreements the call followed up).  Is the
 * lead such a call? */
static int
lead_reports_call(const mr_ctx *x)
{
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		/* the call named by its own noun ("phone talks"), not a call
		 * cue anywhere in the sentence of principals meeting ("met ...
		 * a day after their phone call") */
		if (o->sent == x->lead[0] && call_noun(x, o) && has_ev(o, EV_PAST_VERB) &&
		    !has_ev(o, EV_REFERENCE) && !has_ev(o, EV_FUTURE))
			return 1;
	}
	return 0;
}

static void
score(ncg_meeting_cand *c)
{
	c->score = 0;
	for (size_t k = 0; k < c->nev; k++)
		c->score += c->ev[k].weight;
}

/* "At a gathering on the sidelines of the forum in Singapore, the three
 * ministers agreed ...": a setting that opens one of the two lead
 * sentences, undated but not dated to a past month, is the news even
 * without its day (later it recalls: "At the fourth meeting, ..."). */
static int
lead_setting(const mr_ctx *x, const ncg_meeting_cand *c)
{
	return (has_ev(c, EV_LEAD) || has_ev(c, EV_SECOND)) && !has_ev(c, EV_MONTH_ONLY) &&
	       !has_ev(c, EV_REFERENCE) && !c->date[0] &&
	       (fronted_setting(x, c) || fronted_with_official(x, c));
}

/* rules85: "2. (C) ... Kim Young-lyong briefed the Ambassador on ... at
 * breakfast meeting on February 13, 2007." under a lead "1. (C) SUMMARY:
 * On February 13, ROK Vice Minister ... told the Ambassador" (a cable):
 * a setting dated by its clause to the day a lead sentence dates (month
 * and day of a date of a day there) is the meeting the lead sums up. */
static int
lead_dates_setting_day(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (!has_ev(c, EV_DAY) || !c->date[1] || !c->date[2])
		return 0;
	for (size_t l = 0; l < sizeof x->lead / sizeof x->lead[0]; l++) {
		const size_t *idx;
		size_t n;

		if (x->lead[l] == UINT32_MAX || x->lead[l] == c->sent)
			continue;
		n = ncg_mentions_in_sentence(x->ms, x->lead[l], &idx);
		for (size_t k = 0; k < n; k++) {
			const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

			if (m->kind == NCG_M_DATE && m->date.prec == NCG_PREC_DAY &&
			    m->date.m == c->date[1] && m->date.d == c->date[2] &&
			    (!m->date.y || m->date.y == c->date[0]))
				return 1;
		}
	}
	return 0;
}

/* rules127: "TSA recently signed a Joint Statement of Intent with South
 * Korea's Ministry of ... The agreement was signed with MOLIT Director
 * General Myeongso Eo on Dec. 6 during the eighth annual Aviation Security
 * Cooperation Group (ASCG) meeting in Miami." (a trade-press story): a
 * setting whose sentence, one of the two after the lead, opens with
 * "the" (the lead's thing named again) and whose past act (a lower-case
 * verb in -ed before the meeting) is one the lead sentence says too, is
 * where the lead's act was done: the news, whatever its day. */
static int
ed_verb_at(const mr_ctx *x, size_t i)
{
	size_t n = ncg_doc_tok_len(x->doc, i);
	const char *w = ncg_doc_tok_ptr(x->doc, i);

	return (x->tok[i].flags & NCG_TF_LOWER) && n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd' &&
	       !(i > 0 && wl_is(x, i - 1, NCG_WL_MODAL));
}

static int
lead_act_setting(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0];

	if (s == UINT32_MAX || c->sent <= s || c->sent > s + 2 || has_ev(c, EV_REFERENCE) ||
	    has_ev(c, EV_FUTURE) || has_ev(c, EV_MONTH_ONLY) ||
	    !wl_is(x, x->sent[c->sent].t0, NCG_WL_DEFINITE_ARTICLE))
		return 0;
	for (size_t i = c->c0; i < c->t0; i++) {
		if (!ed_verb_at(x, i))
			continue;
		for (size_t j = x->sent[s].t0; j < x->sent[s].t1; j++)
			if (ed_verb_at(x, j) && same_token(x, i, j))
				return 1;
	}
	return 0;
}

/* "during our 57th Security Consultative Meeting, this meeting served
 * as a great opportunity": "this" and a meeting noun as the subject of
 * a verb that is not future names the meeting the statement speaks at
 * (remarks, transcripts); the evidence goes to the numbered or named
 * meeting before it in the same sentence, which it refers to. */
static void
this_meeting_evidence(mr_ctx *x, ncg_meeting_cand *c, size_t self)
{
	ncg_meeting_cand *ante = NULL;
	size_t a;

	if (c->kind != NCG_MC_NOUN || c->in_title || c->series || c->t0 == 0 ||
	    !tok_ieq(x, c->t0 - 1, "this") || future_in(x, c, c->t1, c->t1 + 3) ||
	    c->t1 >= x->ntok || !(x->tok[c->t1].flags & NCG_TF_LOWER) ||
	    wl_at(x, c->t1, c->t1 + 1, NCG_WL_MODAL))
		return;
	a = c->t0 > c->c0 + 5 ? c->t0 - 5 : c->c0;
	if (wl_find(x, a, c->t0, NCG_WL_REFERENCE_CUE) < c->t0 ||
	    wl_find(x, a, c->t0, NCG_WL_FUTURE_CUE) < c->t0)
		return;
	for (size_t k = 0; k < self; k++) {
		ncg_meeting_cand *o = &x->d->c[k];

		if (o->sent == c->sent && (o->ordinal > 0 || o->series) &&
		    !has_ev(o, EV_REFERENCE) && !has_ev(o, EV_FUTURE))
			ante = o;
	}
	if (ante)
		add_ev(ante, EV_TODAYS);
}

/* "South Korea and the United States agreed Thursday to set up a
 * channel, Choi said.  Choi reached the agreement during talks with
 * Biegun in Washington.": a lead sentence that reports no meeting (no
 * candidate of it has evidence that reports one) reports a past act on a
 * day; the setting of the second sentence is where it
 * was done, and that day is its day.  Dates c and returns 1, or 0. */
static int
lead_day(mr_ctx *x, ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0];
	ncg_meeting_cand t;

	if (s == UINT32_MAX || c->sent != x->lead[1] || c->date[0] || !has_ev(c, EV_SETTING) ||
	    !past_verb_in(x, x->sent[s].t0, x->sent[s].t1) ||
	    wl_find(x, x->sent[s].t0, x->sent[s].t1, NCG_WL_FUTURE_CUE) < x->sent[s].t1)
		return 0;
	for (size_t k = 0; k < x->d->n; k++) {
		unsigned f = 0;

		for (size_t e = 0; e < x->d->c[k].nev; e++)
			f |= x->d->c[k].ev[e].flags;
		if (x->d->c[k].sent == s && (f & NCG_MEV_REPORTS))
			return 0;
	}
	t = *c;
	t.sent = s;
	t.c0 = t.t0 = t.t1 = x->sent[s].t0;
	t.c1 = x->sent[s].t1;
	t.nev = 0;
	date_evidence_day(x, &t);
	if (!t.date[0])
		date_evidence_relative(x, &t);
	if (!t.date[0] || has_ev(&t, EV_DAY_AFTER_ISSUE))
		return 0;
	memcpy(c->date, t.date, sizeof c->date);
	c->date_rule = "day-of-lead-act";
	return 1;
}

/* "Choi also held a meeting with Z after arriving here Wednesday":
 * "also" just before the past meeting verb, after a meeting named in an
 * earlier sentence, adds a meeting to the one reported. */
static void
also_evidence(mr_ctx *x, ncg_meeting_cand *c, size_t self)
{
	int past;
	size_t v;

	if (c->in_title || !has_ev(c, EV_PAST_VERB))
		return;
	v = nearest_verb(x, c, &past);
	if (v >= x->ntok || v == 0 || !wl_is(x, v - 1, NCG_WL_ADDITIVE_ADVERB))
		return;
	for (size_t k = 0; k < self; k++)
		if (!x->d->c[k].in_title && x->d->c[k].sent < c->sent) {
			add_ev(c, EV_ALSO);
			return;
		}
}

/* Do tokens i and j hold the same word, in any case? */
static int
same_word(const mr_ctx *x, size_t i, size_t j)
{
	size_t n = ncg_doc_tok_len(x->doc, i);

	return n == ncg_doc_tok_len(x->doc, j) &&
	       strncasecmp(ncg_doc_tok_ptr(x->doc, i), ncg_doc_tok_ptr(x->doc, j), n) == 0;
}

/* "marking his first official summit with President Trump ... the summit
 * unfolded against a backdrop of skepticism": "the"/"this" and a meeting
 * noun with a past meeting verb (not recalled, not announced) report the
 * last meeting named before with the same noun; that one is reported. */
static void
anaphor_past_evidence(mr_ctx *x, const ncg_meeting_cand *c, size_t self)
{
	if (!has_ev(c, EV_ANAPHOR) || !has_ev(c, EV_PAST_VERB) || has_ev(c, EV_FUTURE) ||
	    has_ev(c, EV_REFERENCE) || has_ev(c, EV_CALL))
		return;
	for (size_t k = self; k-- > 0;) {
		ncg_meeting_cand *o = &x->d->c[k];

		if (o->in_title || o->kind == NCG_MC_PRINCIPALS || !same_word(x, o->t1 - 1, c->t0))
			continue;
		if (!has_ev(o, EV_FUTURE) && !has_ev(o, EV_REFERENCE) && !has_ev(o, EV_RECAP) &&
		    !has_ev(o, EV_ANAPHOR) && !has_ev(o, EV_CALL))
			add_ev(o, EV_ANAPHOR_PAST);
		return;
	}
}

/* "The ROK-U.S.-Japan Vice Foreign Ministers Consultation in Tokyo on Oct
 * 26th was the second trilateral meeting of ...": an identity cue
 * (lex:identityCue) just before c whose subject, earlier in the clause,
 * gives a day (a date of a day or "today"), with no future cue in the
 * clause, reports c; its place is the subject's ("in Tokyo"), not one
 * after c. */
static void
identity_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	const size_t *idx;
	size_t n, q, day = 0;

	if (c->in_title || (c->kind != NCG_MC_ORDINAL && c->kind != NCG_MC_NOUN))
		return;
	for (q = c->t0 > c->c0 + 3 ? c->t0 - 3 : c->c0; q < c->t0; q++)
		if (wl_at(x, q, c->t0, NCG_WL_IDENTITY_CUE) == c->t0)
			break;
	/* rules143: "for what is the inaugural meeting": a free relative's
	 * copula (lex:freeRelative) has no subject to give a day or place */
	if (q >= c->t0 || q <= c->c0 || wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) < c->c1 ||
	    wl_at(x, q - 1, c->t0, NCG_WL_FREE_RELATIVE) > q)
		return;
	n = ncg_mentions_in_sentence(x->ms, c->sent, &idx);
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->t0 < c->c0 || m->t0 >= q)
			continue;
		if (m->kind == NCG_M_DATE && m->date.prec == NCG_PREC_DAY && !in_dateline(x, m))
			day = 1;
		if ((m->kind == NCG_M_PLACE || m->kind == NCG_M_COUNTRY) && !c->place &&
		    wl_is(x, m->t0 - 1, NCG_WL_PLACE_PREPOSITION))
			c->place = m;
	}
	if (!day && wl_find(x, c->c0, q, NCG_WL_SAME_DAY) == q) {
		c->place = NULL;
		return;
	}
	add_ev(c, EV_IDENTITY);
	/* a record's welcome only (record_welcome_place): in a report, "X
	 * welcomed the factories in Texas" tells no meeting's place */
	if (!c->place && record_heading_in(x))
		c->place = record_welcome_place(x, c);
	if (c->place)
		add_ev(c, EV_PLACE);
}

/* rules20: "Remarks With Japanese Foreign Minister Seiji Maehara Before
 * Their Meeting", "Remarks by Secretary Mattis with ... Prior to Bilateral
 * Meeting" (state.gov, defense.gov, embassy transcripts): a headline
 * candidate after an opening cue (lex:openingCue: "Before", "Prior to"),
 * its determiner between, in a title that says "Remarks" (lex:remarksWord,
 * exact case) before the cue, no future cue: the transcript is of the
 * remarks that open the meeting; the cue recalls nothing. */
/* rules26: "Joint Remarks with South Korean Defense Minister Han Min
 * Koo, Seoul, Republic of Korea" (DoD): a place after the official (and
 * rules43: after a venue) and a comma ends the remarks' title line (a
 * country after a comma allowed): where they were given; or NULL. */
static const ncg_mention *
title_tail_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, c->sent, &idx), e;
	const ncg_mention *o, *pl, *cn;

	for (size_t k = 0; k + 1 < n; k++) {
		o = ncg_mentions_at(x->ms, idx[k]);
		if (o->kind != NCG_M_OFFICIAL || o->t0 <= c->t0)
			continue;
		/* rules43: or after the venue ("with Defense Minister Cho at
		 * the Ministry of National Defense Club, Seoul, South Korea") */
		for (size_t j = k + 1; j < n; j++) {
			pl = ncg_mentions_at(x->ms, idx[j]);
			if (pl->kind != NCG_M_PLACE || pl->t0 < o->t1 + 1 ||
			    !ncg_doc_tok_is(x->doc, pl->t0 - 1, ","))
				continue;
			e = pl->t1;
			if (ncg_doc_tok_is(x->doc, e, ",") &&
			    (cn = mention_starting(x, e + 1, NCG_M_COUNTRY)) != NULL)
				e = cn->t1;
			if (e == x->sent[c->sent].t1)
				return pl;
		}
		return NULL;
	}
	return NULL;
}

/* rules57: "Remarks by Acting Secretary Shanahan at an Enhanced Honor
 * Cordon and Meeting Welcoming Republic of Korea Minister of National
 * Defense Jeong to the Pentagon" (DoD): in the remarks title after the
 * meeting, a welcome (lex:welcomeCue) then "to" and a place or a body
 * named by its building (lex:seatBody): where it met; or NULL. */
static const ncg_mention *
title_welcome_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t t1 = x->sent[c->sent].t1, w = wl_find(x, c->t1, t1, NCG_WL_WELCOME_CUE);

	for (size_t i = w + 1; i + 1 < t1; i++) {
		size_t p = i + 1 + (wl_is(x, i + 1, NCG_WL_DEFINITE_ARTICLE) ? 1 : 0);
		const ncg_mention *m;

		if (!tok_ieq(x, i, "to"))
			continue;
		if ((m = mention_starting(x, i + 1, NCG_M_PLACE)) != NULL ||
		    (m = mention_starting(x, p, NCG_M_PLACE)) != NULL)
			return m;
		m = inside(x, c->sent, p, NCG_M_BODY);
		return m && wl_at(x, m->t0 + (tok_ieq(x, m->t0, "the") ? 1 : 0), m->t1, NCG_WL_SEAT_BODY) == m->t1
		           ? m : NULL;
	}
	return NULL;
}

static void
remarks_title_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	size_t q, s0 = x->sent[c->sent].t0;

	if (c->kind == NCG_MC_NOUN && meeting_title_at(x, c->sent, c->t0) &&
	    wl_find(x, x->sent[c->sent].t0, x->sent[c->sent].t1, NCG_WL_FUTURE_CUE) >=
	        x->sent[c->sent].t1) {
		add_ev(c, EV_TRANSCRIPT_OF);
		if (!c->place && remarks_with_title_at(x, c->sent, c->t0))
			c->place = title_tail_place(x, c);
		return;
	}
	if (!remarks_line(x, c->sent) || (c->kind != NCG_MC_NOUN && c->kind != NCG_MC_SERIES))
		return;
	q = opening_cue_before(x, c->sent, c->t0);
	if (q >= c->t0 || wl_find(x, s0, q, NCG_WL_REMARKS_WORD) >= q ||
	    wl_find(x, s0, x->sent[c->sent].t1, NCG_WL_FUTURE_CUE) < x->sent[c->sent].t1)
		return;
	drop_ev(c, EV_REFERENCE);
	add_ev(c, EV_REMARKS_AT);
	if (!c->place)
		c->place = title_welcome_place(x, c);
	/* rules57: "at an Enhanced Honor Cordon and Meeting": an event the
	 * lexicon does not know, named in a title's capitals, is no series */
	if (c->kind == NCG_MC_SERIES && tok_ieq(x, q, "at")) {
		const ncg_mention *b = inside(x, c->sent, c->t0, NCG_M_BODY);

		if (b && !b->lex)
			c->series = NULL;
	}
}

/* rules162: "text of memcon of Dr Brzezinski's meeting with the Prime
 * Minister", "a memorandum of conversation of the Rusk-Kim
 * conversation": a record's noun (lex:recordHeading) and "of" at most
 * RECORD_OF_GAP words before a meeting noun in its clause, no future
 * cue, the record not cited (record_cited): the meeting the record is of. */
#define RECORD_OF_GAP 4

/* "as reported in the memcon of ...": a record cited, "in" (lex:
 * withinPreposition) before its noun at r, an article allowed: another
 * meeting, reported earlier */
static int
record_cited(const mr_ctx *x, const ncg_meeting_cand *c, size_t r)
{
	size_t p = r > c->c0 && wl_is(x, r - 1, NCG_WL_DEFINITE_ARTICLE) ? r - 1 : r;

	return p > c->c0 && wl_is(x, p - 1, NCG_WL_WITHIN_PREPOSITION);
}

static void
record_of_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	size_t a = c->t0 > c->c0 + RECORD_OF_GAP + 1 ? c->t0 - RECORD_OF_GAP - 1 : c->c0;

	if (c->kind != NCG_MC_NOUN || c->in_title || wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) < c->c1)
		return;
	for (size_t f = c->t0; f > a; f--) {
		if (!tok_ieq(x, f - 1, "of"))
			continue;
		for (size_t r = f - 1 > c->c0 + 4 ? f - 5 : c->c0; r + 1 < f; r++)
			if (wl_at(x, r, f - 1, NCG_WL_RECORD_HEADING) == f - 1) {
				if (!record_cited(x, c, r))
					add_ev(c, EV_RECORD_OF);
				return;
			}
	}
}

/* rules261: "President Bongbong Marcos joined President Joe Biden and
 * Japanese Prime Minister Fumio Kishida at the White House on Thursday
 * for a historic trilateral summit" (Inquirer): a past verb of joining
 * the other party (lex:joinedPartyVerb, lower case) at most JOINED_REACH
 * tokens before "for" at f, an official named right after it, no time
 * recalled in the clause (host_recalled: "last year", other_year_in:
 * "in 2019"): a principal there for the meeting, held then.  Not "will
 * join ..." (no past verb; the caller asks no future cue), "joined the
 * Navy", "joined the talks" (no official right after it), "joined
 * Prime Minister Y in calling for a summit" (only names between the
 * official and "for": names_only_span).  The caller reaches back to
 * c->c0 for it: the officials, venue and day can be long. */
#define JOINED_REACH 24

/* fix93 (review88): does [a, b) of sentence s hold only names (an
 * official, body, country, place, date or period; a capitalised word:
 * "Japanese", "Thursday") and the words that join them (a comma, "and",
 * "the", "on", lex:placePreposition)?  "joined [President Y and
 * Japanese Prime Minister Z] [at the White House] [on Thursday] for a
 * summit", not "joined Y in calling for a summit". */
static int
names_only_span(const mr_ctx *x, uint32_t s, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		const ncg_mention *m = NULL;

		for (int k = NCG_M_COUNTRY; k <= NCG_M_PERIOD && !m; k++)
			m = inside(x, s, i, (ncg_mention_kind)k);
		if (m)
			i = m->t1 - 1;
		else if ((x->tok[i].flags & NCG_TF_LOWER) && !ncg_doc_tok_is(x->doc, i, ",") &&
		         !tok_ieq(x, i, "and") && !tok_ieq(x, i, "the") &&
		         !tok_ieq(x, i, "on") && !wl_is(x, i, NCG_WL_PLACE_PREPOSITION))
			return 0;
	}
	return 1;
}

static int
joined_official_for(const mr_ctx *x, const ncg_meeting_cand *c, size_t f)
{
	size_t a = f > c->c0 + JOINED_REACH ? f - JOINED_REACH : c->c0;

	if (host_recalled(x, c->sent, c->c0, c->c1) || other_year_in(x, c->sent, c->c0, c->c1))
		return 0;
	for (size_t v = a; v + 1 < f; v++) {
		size_t e = (x->tok[v].flags & NCG_TF_LOWER) ? wl_at(x, v, f, NCG_WL_JOINED_PARTY_VERB) : 0;
		const ncg_mention *o = e ? inside(x, c->sent, e, NCG_M_OFFICIAL) : NULL;

		if (o && o->t0 == e && names_only_span(x, c->sent, o->t1, f))
			return 1;
	}
	return 0;
}

/* rules20: "U.S. Assistant Secretary of State ... Daniel Kritenbrink was
 * in Seoul on Thursday for talks on security issues" (AP), "the minister
 * was in Washington for talks with ...": a past copula (lex:pastCopula),
 * "in" a place, then "for" just before the meeting noun (its modifiers
 * between), within the clause, no future cue: a visitor there for the
 * meeting, which was held there. */
static void
was_there_for_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	size_t f = c->t0, a = c->t0 > c->c0 + 12 ? c->t0 - 12 : c->c0;
	const ncg_mention *pl = NULL;

	if (c->kind != NCG_MC_NOUN || c->in_title || !(x->tok[c->t0].flags & NCG_TF_LOWER) ||
	    has_ev(c, EV_PAST_VERB) || wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) < c->c1)
		return;
	while (f > c->c0 && c->t0 - f < 3 && !tok_ieq(x, f - 1, "for"))
		f--;
	if (f <= c->c0 || !tok_ieq(x, f - 1, "for"))
		return;
	if (joined_official_for(x, c, f - 1)) {
		add_ev(c, EV_JOINED_FOR);
		return;
	}
	if (f <= a)
		return;
	for (size_t v = a; v + 2 < f; v++) {
		if (!wl_at(x, v, v + 1, NCG_WL_PAST_COPULA) || !wl_is(x, v + 1, NCG_WL_WITHIN_PREPOSITION))
			continue;
		pl = inside(x, c->sent, v + 2, NCG_M_PLACE);
		if (pl && pl->t0 != v + 2)
			pl = NULL;
		break;
	}
	if (!pl)
		return;
	add_ev(c, EV_WAS_THERE_FOR);
	if (!c->place || c->place->t0 > c->t0) {
		if (!c->place)
			add_ev(c, EV_PLACE);
		c->place = pl;
	}
}

/* rules76: the date that closes sentence s: a day of its year after a
 * comma, then at most "." or ")" to the sentence's end; or NULL. */
static const ncg_mention *
closing_full_date(const mr_ctx *x, uint32_t s)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx), t1 = x->sent[s].t1;
	const ncg_mention *m;

	if (n == 0)
		return NULL;
	m = ncg_mentions_at(x->ms, idx[n - 1]);
	if (m->kind != NCG_M_DATE || m->date.prec != NCG_PREC_DAY || !m->date.y ||
	    m->t0 < x->sent[s].t0 + 1 || !ncg_doc_tok_is(x->doc, m->t0 - 1, ","))
		return NULL;
	for (size_t i = m->t1; i < t1; i++)
		if (!ncg_doc_tok_is(x->doc, i, ".") && !ncg_doc_tok_is(x->doc, i, ")"))
			return NULL;
	return m;
}

/* rules76: a photo caption's present meeting (lex:captionMeetingVerb) at
 * or before a meeting noun, an official named before the verb, in a
 * caption or the lead that a full date closes ("President Reagan meeting
 * with ... Chun Doo Hwan in the Oval Office, February 2, 1981."): the
 * photo shows the meeting held that day; no future cue, and the day no
 * older than the news when the statement is dated (else a file photo). */
static void
dated_caption_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	uint32_t s = c->sent;
	size_t t0 = x->sent[s].t0, v;
	const ncg_mention *m;

	if (c->kind != NCG_MC_NOUN || c->in_title || !caption_or_lead(x, s) ||
	    (m = closing_full_date(x, s)) == NULL || c->t1 > m->t0 ||
	    wl_find(x, t0, x->sent[s].t1, NCG_WL_FUTURE_CUE) < x->sent[s].t1 ||
	    (x->d->issued[0] && !has_ev(c, EV_DAY_NEAR_ISSUE)))
		return;
	for (v = t0 + 1; v <= c->t0; v++)
		if ((x->tok[v].flags & NCG_TF_LOWER) && wl_at(x, v, c->t1 + 1, NCG_WL_CAPTION_MEETING_VERB) &&
		    official_in(x, s, t0, v) && !ncg_doc_tok_is(x->doc, v - 1, ","))
			break;
	if (v > c->t0)
		return;
	/* the day it is dated by is the closing one */
	if (has_ev(c, EV_DAY) && c->date[0] == m->date.y && c->date[1] == m->date.m &&
	    c->date[2] == m->date.d)
		add_ev(c, EV_DATED_CAPTION);
}

/* rules82: a meeting noun just before "between" (lex:betweenWord) and
 * an official, another official later in its clause, dated in its
 * clause by a day of the news (a weekday, today, the day before, or a
 * day near the issue date, and no day long before nor month alone), no
 * future cue, recall, anaphor or call. */
static void
between_named_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	const size_t *idx;
	size_t n, named = 0;

	if (c->kind != NCG_MC_NOUN || c->in_title || c->t1 + 1 >= c->c1 ||
	    !wl_is(x, c->t1, NCG_WL_BETWEEN_WORD) || has_ev(c, EV_FUTURE) ||
	    has_ev(c, EV_REFERENCE) || has_ev(c, EV_ANAPHOR) || has_ev(c, EV_CALL) ||
	    has_ev(c, EV_DAY_LONG_BEFORE) || has_ev(c, EV_MONTH_ONLY) ||
	    !(has_ev(c, EV_WEEKDAY) || has_ev(c, EV_SAME_DAY) || has_ev(c, EV_DAY_BEFORE) ||
	      has_ev(c, EV_DAY_NEAR_ISSUE)))
		return;
	n = ncg_mentions_in_sentence(x->ms, c->sent, &idx);
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind != NCG_M_OFFICIAL || m->t0 <= c->t1 || m->t0 >= c->c1)
			continue;
		if (!named && m->t0 != c->t1 + 1)
			return;
		named++;
	}
	if (named >= 2)
		add_ev(c, EV_BETWEEN_NAMED);
}

/* rules92: the other side after "with" at w: an official, or a name
 * (a capitalised word) that is no country's or place's ("with acting
 * president Goh"; not "with North Korea"), within four tokens. */
static int
other_side_after(const mr_ctx *x, uint32_t s, size_t w, size_t c1)
{
	size_t e = w + 5 < c1 ? w + 5 : c1;

	if (official_in(x, s, w + 1, e))
		return 1;
	for (size_t i = w + 1; i < e; i++)
		if ((x->tok[i].flags & NCG_TF_CAP) && !inside(x, s, i, NCG_M_COUNTRY) &&
		    !inside(x, s, i, NCG_M_PLACE) && !inside(x, s, i, NCG_M_BODY))
			return 1;
	return 0;
}

/* rules92: "I have had extensive talks with President Roh", "We had a
 * long session with Deputy Foreign Minister Lee", "I just completed a
 * very good round of talks with acting president Goh": the speaker
 * (lex:speakerPronoun, then at most two lex:speakerAdverb) as the subject
 * of the past meeting verb before the noun, "with" the other side just
 * after it (two tokens: "round of talks with"): the meeting the speaker
 * comes from (EV_SPEAKER_HAD). */
static void
speaker_had_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	int past;
	size_t v, p, w, e;

	if (c->kind != NCG_MC_NOUN || c->in_title || !has_ev(c, EV_PAST_VERB))
		return;
	v = nearest_verb(x, c, &past);
	if (v >= x->ntok || !past || v >= c->t0 || v <= c->c0)
		return;
	for (p = v - 1; p > c->c0 && v - p <= 2 && wl_is(x, p, NCG_WL_SPEAKER_ADVERB); p--)
		;
	if (!wl_is(x, p, NCG_WL_SPEAKER_PRONOUN))
		return;
	e = c->t1 + 3 < c->c1 ? c->t1 + 3 : c->c1;
	for (w = c->t1; w < e && !tok_ieq(x, w, "with"); w++) {
		/* rules96: a time of the day itself ("talks this morning
		 * and into this afternoon with") is no word of the three */
		size_t d = wl_at(x, w, c->c1, NCG_WL_SAME_DAY);

		if (d) {
			e = e + (d - w) < c->c1 ? e + (d - w) : c->c1;
			w = d - 1;
		} else if (!(x->tok[w].flags & NCG_TF_LOWER))
			return;
	}
	if (w < e && other_side_after(x, c->sent, w, c->c1))
		add_ev(c, EV_SPEAKER_HAD);
}

/* rules337: "Here in Washington today I've had a briefing on ballistic
 * missile defence issues, and then also a very valuable meeting with
 * Secretary Mattis" (an Australian minister's transcript): a meeting
 * noun after an indefinite article (at most three lower-case words
 * between), at most two lex:conjunctAdverb and "and" (lex:list
 * Coordinator, a comma before it or not), the later object of a past
 * meeting verb (lex:meetingVerb, lower case, no modal: that list and
 * the pasts of lex:meetingLemma it takes hold past forms only) whose
 * first object opens with an indefinite article at once, at most
 * CONJUNCT_REACH tokens before the "and" and no other comma between;
 * "with" the other side just after the noun (other_side_after); no
 * future cue in the sentence: the verb's past is the noun's.  fix162
 * (review131 7): nor a later time after the noun in its clause ("and
 * then a meeting with Secretary Hegseth tomorrow at the Pentagon":
 * lex:unheldRecordCue, lex:relativeNext, a day after the issue date). */
#define CONJUNCT_REACH 12
static void
conjunct_object_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	size_t t0 = x->sent[c->sent].t0, t1 = x->sent[c->sent].t1, a = c->t0, n;

	if (c->kind != NCG_MC_NOUN || c->in_title || has_ev(c, EV_PAST_VERB) || has_ev(c, EV_NON_PAST_VERB) ||
	    has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) || has_ev(c, EV_CALL) || c->t1 + 1 >= c->c1 ||
	    !tok_ieq(x, c->t1, "with") || !other_side_after(x, c->sent, c->t1, c->c1) ||
	    wl_find(x, t0, t1, NCG_WL_FUTURE_CUE) < t1 || has_ev(c, EV_DAY_AFTER_ISSUE) ||
	    wl_find(x, c->t1, c->c1, NCG_WL_UNHELD_RECORD_CUE) < c->c1 ||
	    wl_find(x, c->t1, c->c1, NCG_WL_RELATIVE_NEXT) < c->c1)
		return;
	while (a > t0 + 1 && c->t0 - a < 3 && (x->tok[a - 1].flags & NCG_TF_LOWER) &&
	       !wl_is(x, a - 1, NCG_WL_INDEFINITE_ARTICLE))
		a--;
	if (a <= t0 + 1 || !wl_is(x, --a, NCG_WL_INDEFINITE_ARTICLE))
		return;
	for (n = a; n > t0 + 1 && a - n < 2 && wl_is(x, n - 1, NCG_WL_CONJUNCT_ADVERB); n--)
		;
	if (n <= t0 + 1 || !wl_is(x, --n, NCG_WL_LIST_COORDINATOR))
		return;
	if (ncg_doc_tok_is(x->doc, n - 1, ","))
		n--;
	for (size_t v = n; v > t0 + 1 && n - v < CONJUNCT_REACH; v--) {
		size_t i = v - 1;

		if (ncg_doc_tok_is(x->doc, i, ","))
			return;
		if ((x->tok[i].flags & NCG_TF_LOWER) && wl_at(x, i, i + 1, NCG_WL_MEETING_VERB) == i + 1 &&
		    wl_is(x, i + 1, NCG_WL_INDEFINITE_ARTICLE) && !(i > t0 && wl_is(x, i - 1, NCG_WL_MODAL))) {
			add_ev(c, EV_PAST_VERB);
			return;
		}
	}
}

/* rules140: "During meeting with President Rhee yesterday afternoon he
 * brought up ...", "In course of 90 minute meeting with President Rhee
 * this morning, ... I carried out instructions" (telegrams): in a record,
 * a meeting noun just before "with" and an official, then "today" or
 * "yesterday" (lex:sameDay, lex:dayBefore) in its clause, reported as
 * the writer's (writer_report) in the clause up to that day (a future
 * cue after it is another matter's: "scheduled third auction next
 * week"): the writer's own meeting, held.  fixC: not when another's
 * possessive governs the noun (noun_possessive: "Pyun told me that
 * during his meeting with General Harrison yesterday ..."). */
static void
writer_meeting_evidence(const mr_ctx *x, ncg_meeting_cand *c)
{
	const ncg_mention *m = official_with(x, c);
	size_t d = 0, p;

	if (!m)
		return;
	p = noun_possessive(x, c->c0, c->t0);
	if (p < c->t0 && !wl_is(x, p, NCG_WL_WRITER_POSSESSIVE))
		return;
	for (size_t j = m->t1; j < c->c1 && !d; j++)
		if ((d = wl_at(x, j, c->c1, NCG_WL_SAME_DAY)) == 0)
			d = wl_at(x, j, c->c1, NCG_WL_DAY_BEFORE);
	if (d && writer_report(x, c->sent, c->t0, c->c0, (uint32_t)d))
		add_ev(c, EV_WRITER_MEETING);
}

/* The candidate is in the lead sentence, or in the one after it. */
static void
lead_evidence(const mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->sent == x->lead[0]) {
		add_ev(c, EV_LEAD);
		c->lead = 1;
	}
	else if (c->sent == x->lead[1])
		add_ev(c, EV_SECOND);
}

/* The second pass of weigh over a setting and a caption: a setting is
 * kept only as the news, a caption only of a meeting not recalled. */
static void
setting_caption_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	/* a setting is the news when the clause dates it and it leads
	 * the statement or is of the last days: else a recalled meeting
	 * ("the commitment, reaffirmed at the fourth NCG meeting on Jan.
	 * 10") */
	c->setting = has_ev(c, EV_SETTING);
	if (has_ev(c, EV_SETTING) &&
	    !(has_ev(c, EV_RECENT_PERIOD) && has_ev(c, EV_LEAD)) &&
	    !((has_ev(c, EV_DAY) || has_ev(c, EV_WEEKDAY)) &&
	      (has_ev(c, EV_LEAD) || has_ev(c, EV_SECOND) || has_ev(c, EV_DAY_NEAR_ISSUE))) &&
	    !has_ev(c, EV_SAME_DAY) && !has_ev(c, EV_DAY_BEFORE) &&
	    !lead_setting(x, c) && !lead_day(x, c) && !lead_dates_setting_day(x, c) &&
	    !lead_act_setting(x, c)) {
		drop_ev(c, EV_SETTING);
		drop_ev(c, EV_WITH_OFFICIAL);
	}
	/* a file photo: a caption of a meeting recalled */
	if (has_ev(c, EV_CAPTION_OF) &&
	    (has_ev(c, EV_MONTH_ONLY) || has_ev(c, EV_FUTURE) ||
	     (has_ev(c, EV_DAY) && !has_ev(c, EV_DAY_NEAR_ISSUE))))
		drop_ev(c, EV_CAPTION_OF);
}

/* rules179: "On February 17, Secretary of State Hillary Rodham Clinton
 * visited Japan .... She held a meeting with Foreign Minister Hirofumi
 * Nakasone" (MOFA): a candidate with no day, a past meeting verb, its
 * sentence opened by a pronoun that names the sentence before's subject
 * (lex:antecedentPronoun), and that sentence opened by "On" and a day
 * then a comma: that day is the candidate's.  review51: the pronoun is
 * taken for that sentence's subject only when no official is named
 * between the lead (title lines apart) and that sentence, and a clause with a time of its own ("the
 * following month", "a year earlier": lex:yearNoun, lex:monthNoun) keeps
 * no day of it. */
static void
date_evidence_antecedent(mr_ctx *x, ncg_meeting_cand *c)
{
	uint32_t s = c->sent;
	const ncg_mention *d;
	size_t p;

	if (s == 0 || c->date[0] || !has_ev(c, EV_PAST_VERB) ||
	    wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) < c->c1 ||
	    wl_find(x, c->c0, c->c1, NCG_WL_YEAR_NOUN) < c->c1 ||
	    wl_find(x, c->c0, c->c1, NCG_WL_MONTH_NOUN) < c->c1 ||
	    !wl_is(x, x->sent[s].t0, NCG_WL_ANTECEDENT_PRONOUN))
		return;
	for (uint32_t k = x->lead[0] == UINT32_MAX ? 0 : x->lead[0]; k + 1 < s; k++)
		if (official_in(x, k, x->sent[k].t0, x->sent[k].t1))
			return;
	p = x->sent[s - 1].t0;
	d = p + 1 < x->sent[s - 1].t1 ? inside(x, s - 1, p + 1, NCG_M_DATE) : NULL;
	if (!d || d->t0 != p + 1 || d->date.prec != NCG_PREC_DAY || !tok_ieq(x, p, "on") ||
	    d->t1 >= x->sent[s - 1].t1 || !ncg_doc_tok_is(x->doc, d->t1, ","))
		return;
	set_day(x, c, &d->date, "day-of-antecedent-sentence");
}

/* rules268: "Ryukyu Shimpo and Okinawa Times took up a courtesy call
 * that the Okinawa Area Coordinator, Lt. Gen. Smith, paid on Okinawa
 * Governor Tamaki on Wednesday" (JMH summary): a courtesy call's noun
 * (lex:callException), a relative pronoun just after it, an official
 * (the visitor) and then within CALL_PAID_REACH words the call's past
 * verb (lex:callPaidVerb: "paid on"), another official (the host) at
 * most CALL_HOST_GAP words after it, the candidate dated by a day, no
 * future, reference or call cue (lex:callCue) in the clause: the call
 * was paid, a meeting held in person, as a past meeting verb.  Not "a
 * courtesy call that X will pay on Y" (no past verb), "... made to Y by
 * telephone" (a call), nor one that names no official. */
#define CALL_PAID_REACH 14
#define CALL_HOST_GAP 4
static void
call_paid_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	size_t r = c->t1, v, e = 0;

	if (c->kind != NCG_MC_NOUN || c->in_title || has_ev(c, EV_PAST_VERB) || !c->date[2] ||
	    has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) || r + 3 >= c->c1 ||
	    wl_at(x, c->t0, c->t1, NCG_WL_CALL_EXCEPTION) != c->t1 ||
	    !wl_is(x, r, NCG_WL_RELATIVE_PRONOUN) || !(x->tok[r].flags & NCG_TF_LOWER) ||
	    wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) < c->c1 || call_cue_in(x, c->c0, c->c1))
		return;
	for (v = r + 2; v < c->c1 && v < r + CALL_PAID_REACH && !e; v++)
		if (x->tok[v].flags & NCG_TF_LOWER)
			e = wl_at(x, v, c->c1, NCG_WL_CALL_PAID_VERB);
	if (!e || !official_in(x, c->sent, r + 1, v - 1) ||
	    !official_in(x, c->sent, e, e + CALL_HOST_GAP < c->c1 ? e + CALL_HOST_GAP : c->c1))
		return;
	add_ev(c, EV_PAST_VERB);
}

/* fix157: is token p, capitalized, a place's or a country's one-word
 * name in the lexicon ("Jeju")? */
static int
lex_place_word(const mr_ctx *x, size_t p)
{
	const ncg_lex_wording *c;
	size_t len = ncg_doc_tok_len(x->doc, p), n;

	if (!(x->tok[p].flags & NCG_TF_CAP))
		return 0;
	n = ncg_lexicon_wordings_at(x->lex, ncg_doc_tok_ptr(x->doc, p), len, &c);
	for (size_t k = 0; k < n; k++)
		if ((c[k].entry->kind == NCG_LEX_PLACE || c[k].entry->kind == NCG_LEX_COUNTRY) &&
		    c[k].what <= NCG_LEXW_ADJECTIVE && c[k].len == len &&
		    strncmp(c[k].wording, x->s + x->tok[p].b, len) == 0)
			return 1;
	return 0;
}

/* rules331: the host of the call noun c: an official right after its
 * "on" (a place's or a country's name in the lexicon may open the
 * title, lex_place_word: "on Jeju Governor Woo Keun-min"): 1; or
 * between a call's verb (lex:callHostVerb: "paid") and the noun's
 * article (lex:indefiniteArticle, lex:definiteArticle: "paid Justice
 * Secretary Leila de Lima a courtesy call"), capitalized words of the
 * title between them: 2; else 0. */
#define CALL_TITLE_REACH 4
static int
call_host_named(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t r = c->t1, a = c->t0, p;
	const ncg_mention *m;

	if (r + 1 < c->c1 && tok_ieq(x, r, "on") &&
	    (official_starting(x, c->sent, r + 1) ||
	     (r + 2 < c->c1 && lex_place_word(x, r + 1) && official_starting(x, c->sent, r + 2))))
		return 1;
	if (a > c->c0 && (wl_is(x, a - 1, NCG_WL_INDEFINITE_ARTICLE) || wl_is(x, a - 1, NCG_WL_DEFINITE_ARTICLE)))
		a--;
	if ((m = official_ending(x, c->sent, a)) == NULL)
		return 0;
	for (p = m->t0; p > c->c0 && p + CALL_TITLE_REACH > m->t0 && (x->tok[p - 1].flags & NCG_TF_CAP); p--)
		;
	return p > c->c0 && wl_is(x, p - 1, NCG_WL_CALL_HOST_VERB) ? 2 : 0;
}

/* fix157 (review128 #1): a call not held, or not yet, in [a, b): a word
 * of lex:unheldRecordCue ("was postponed", "canceled"), of
 * lex:meetingWishCue ("sought", "wants") or of lex:negationWord ("did
 * not pay"). */
static int
call_unheld_in(const mr_ctx *x, size_t a, size_t b)
{
	return wl_find(x, a, b, NCG_WL_UNHELD_RECORD_CUE) < b || wl_find(x, a, b, NCG_WL_MEETING_WISH_CUE) < b ||
	       wl_find(x, a, b, NCG_WL_NEGATION_WORD) < b;
}

/* rules331: "Today's Sankei spotlighted visiting U.S. Indo-Pacific
 * Command Commander Aquilino's courtesy call on Prime Minister Kishida
 * at the Kantei on Thursday" (JMH summary), "I concluded the trip with a
 * courtesy call on Jeju Governor Woo Keun-min." (embassy blog), "Harry
 * Thomas Jr. paid Justice Secretary Leila de Lima a courtesy call on
 * Wednesday noon" (GMA News): a courtesy call's noun (lex:callException)
 * outside a title, its host named (call_host_named), no future,
 * reference or call cue (lex:callCue) in the clause: a call paid in
 * person, reported.  Not "will pay a courtesy call on Y", "a courtesy
 * call on the minister" (no official), nor "since his courtesy call on
 * Y".  fix157 (review128 #1): the host after "on" needs a lower-case
 * past verb before the noun in its clause (past_verb_in: "spotlighted",
 * "concluded"), not "X's schedule includes a courtesy call on Y" nor an
 * itinerary's "On Tuesday, a courtesy call on Y"; and neither way in a
 * clause of a call not held (call_unheld_in). */
static void
call_on_host_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	int how;

	if (c->kind != NCG_MC_NOUN || c->in_title || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) ||
	    has_ev(c, EV_NON_PAST_VERB) || wl_at(x, c->t0, c->t1, NCG_WL_CALL_EXCEPTION) != c->t1 ||
	    wl_find(x, c->c0, c->c1, NCG_WL_FUTURE_CUE) < c->c1 || call_cue_in(x, c->c0, c->c1) ||
	    call_unheld_in(x, c->c0, c->c1) || !(how = call_host_named(x, c)) ||
	    (how == 1 && !past_verb_in(x, c->c0, c->t0)))
		return;
	add_ev(c, EV_CALL_ON_HOST);
}

/* rules323: is day dt after the issue date (when known)? */
static int
after_issue(const mr_ctx *x, const ncg_date *dt)
{
	const int *is = x->d->issued;

	if (!is[0])
		return 0;
	return dt->y != is[0] ? dt->y > is[0] : dt->m != is[1] ? dt->m > is[1] : dt->d > is[2];
}

/* rules323: the first lower-case word of a trip in [a, b): a visit
 * (visit_word), or a trip's past (lex:arrivalVerb in "to": "traveled
 * to") or present (lex:presentTravelVerb: "travels to"); b if none. */
static size_t
lead_trip_word(const mr_ctx *x, size_t a, size_t b)
{
	size_t v = visit_word(x, a, b);

	for (size_t t = a; t < v; t++)
		if ((x->tok[t].flags & NCG_TF_LOWER) && (wl_at(x, t, b, NCG_WL_TRAVEL_VERB) ||
		                                         wl_at(x, t, b, NCG_WL_PRESENT_TRAVEL_VERB)))
			return t;
	return v;
}

/* review124 3: is the span m after the trip word v of lead sentence s
 * the trip's own: after a comma or right after the trip's destination
 * (the first place or country after v: "traveled to Thailand Feb.
 * 27-28, 2023"), not another event's ("following the Feb. 17-20, 2019
 * talks", "held in Sydney Feb. 17-20"), and of the issue year when one
 * is known? */
static int
lead_span_own(const mr_ctx *x, uint32_t s, size_t v, const ncg_mention *m)
{
	size_t p = m->t0 - 1;
	const ncg_mention *dest = NULL;

	if (x->d->issued[0] && m->date.y != x->d->issued[0])
		return 0;
	if (ncg_doc_tok_is(x->doc, p, ","))
		return 1;
	for (size_t t = v; t < m->t0 && !dest; t++)
		if ((dest = inside(x, s, t, NCG_M_PLACE)) == NULL)
			dest = inside(x, s, t, NCG_M_COUNTRY);
	return dest && dest->t1 == m->t0;
}

/* rules323: "Adm. Samuel J. Paparo, commander of U.S. Indo-Pacific
 * Command, travels to Australia ..., Feb. 17-20, 2025. / Paparo met with
 * ... Richard Marles" (DVIDS); "Adm. Stephen Koehler ... traveled to the
 * Republic of the Philippines, May 19-21, 2024 ... / During his visit ...,
 * Koehler met with ..." (DVIDS); "Adm. John C. Aquilino ... traveled to
 * Thailand Feb. 27-28, 2023 ... / ... Aquilino met with ..." (PACAF): a
 * principals' meeting of no day, past, no future, by the lead's visitor
 * (lead_named_subject) in the second lead sentence or met on the lead's
 * visit (EV_MET_ON_VISIT), its clause of no time or place of its own
 * (clause_off_visit), takes the first day of a span of days
 * (span_last_day) after the lead sentence's trip word (lead_trip_word),
 * not after the issue date.  Not a single day after it (date_evidence_day
 * reads those in the clause), nor "travels to Australia next week". */
static void
date_evidence_lead_span(mr_ctx *x, ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0];
	size_t a, b, v;

	if (s == UINT32_MAX || c->date[0] || c->kind != NCG_MC_PRINCIPALS || c->sent == s ||
	    !has_ev(c, EV_PAST_VERB) || has_ev(c, EV_FUTURE) ||
	    !(has_ev(c, EV_MET_ON_VISIT) || c->sent == x->lead[1]) || !lead_named_subject(x, c) ||
	    clause_off_visit(x, c))
		return;
	a = x->sent[s].t0;
	b = x->sent[s].t1;
	if (wl_find(x, a, b, NCG_WL_FUTURE_CUE) < b || (v = lead_trip_word(x, a, b)) == b)
		return;
	for (size_t t = v; t < b; t++) {
		const ncg_mention *m = inside(x, s, t, NCG_M_DATE);

		if (!m || m->t0 != t || m->date.prec != NCG_PREC_DAY)
			continue;
		if (m->date.y && span_last_day(x, m) > m->date.d && !after_issue(x, &m->date) &&
		    lead_span_own(x, s, v, m))
			set_day(x, c, &m->date, "first-day-of-lead-visit");
		return;
	}
}

/* rules362: does sentence s tell a past visit of the writer's own:
 * "I" (lex:speakerAdverb between: "I also visited") just before a
 * lower-case visit verb in -ed (lex:visitVerb: "visited", "toured"), of
 * the writer's own clause (writer_own_clause: no future cue, no other
 * year, not quoted) recalling nothing (writer_recalls: "Years ago",
 * "Back in")? */
static int
writer_visited_in(const mr_ctx *x, uint32_t s)
{
	size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1;

	for (size_t v = t0 + 1; v < t1; v++) {
		size_t p;

		if (ed_verb_at(x, v) && wl_at(x, v, t1, NCG_WL_VISIT_VERB) &&
		    (p = writer_pronoun_before(x, s, v, (uint32_t)t0, 0)) != SIZE_MAX &&
		    writer_own_clause(x, s, v, (uint32_t)t0, (uint32_t)t1, line_start(x, v, SIZE_MAX)) &&
		    !writer_recalls(x, s, p, (uint32_t)t1))
			return 1;
	}
	return 0;
}

/* fix178 (review145 4): does c's "I" open its sentence, or follow a
 * word of sequence opening it (lex:laterEventCue: "Later, I met"), no
 * fronted phrase of time ("On my first day as ambassador, I met")? */
static int
writer_opens_clause(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t t0 = x->sent[c->sent].t0;
	size_t w = writer_pronoun_before(x, c->sent, c->t0, (uint32_t)t0, 1);

	if (w == SIZE_MAX || w == t0)
		return w == t0;
	return wl_is(x, t0, NCG_WL_LATER_EVENT_CUE) &&
	       (w == t0 + 1 || (w == t0 + 2 && ncg_doc_tok_is(x->doc, t0 + 1, ",")));
}

/* rules362: a writer's post tells the writer's own trip, then a meeting
 * on it in the first person ("This past week, I visited Incheon for a
 * day packed with ... / ... / I met with Mr. Park Wan-su, President of
 * ...": an ambassador's blog): c, the writer's past meeting
 * (EV_WRITER_SUBJECT, EV_PAST_VERB, no future cue) after the lead
 * sentences, its clause of no time or place of its own
 * (clause_off_visit), an earlier sentence the writer's past visit
 * (writer_visited_in) in its paragraph or the WRITERS_VISIT_BLOCKS
 * before (review145 6), its "I" opening its sentence (writer_opens_clause:
 * review145 4): met on that visit, as on the lead's. */
#define WRITERS_VISIT_BLOCKS 2
static void
writers_visit_evidence(mr_ctx *x, ncg_meeting_cand *c)
{
	if (!has_ev(c, EV_WRITER_SUBJECT) || !has_ev(c, EV_PAST_VERB) || has_ev(c, EV_FUTURE) ||
	    c->sent == x->lead[0] || c->sent == x->lead[1] || clause_off_visit(x, c) || !writer_opens_clause(x, c))
		return;
	/* sentences run in block order: back from c only while within reach */
	for (uint32_t s = c->sent; s-- > 0 && x->sent[s].block + WRITERS_VISIT_BLOCKS >= x->sent[c->sent].block;)
		if (writer_visited_in(x, s)) {
			add_ev(c, EV_WRITERS_VISIT);
			return;
		}
}

static void
weigh(mr_ctx *x)
{
	for (size_t k = 0; k < x->d->n; k++) {
		ncg_meeting_cand *c = &x->d->c[k];

		verb_evidence(x, c);
		reference_evidence(x, c);
		continued_from_evidence(x, c);
		date_evidence_day(x, c);
		if (!c->date[0])
			date_evidence_relative(x, c);
		date_evidence_antecedent(x, c);
		date_evidence_lead_span(x, c);
		dated_caption_evidence(x, c);
		identity_evidence(x, c);
		place_evidence(x, c);
		lead_evidence(x, c);
		anaphor_evidence(x, c, k);
		call_evidence(x, c);
		complement_evidence(x, c);
		remarks_title_evidence(x, c);
		was_there_for_evidence(x, c);
		record_of_evidence(x, c);
		conjunct_object_evidence(x, c);
		speaker_had_evidence(x, c);
		writer_meeting_evidence(x, c);
		call_paid_evidence(x, c);
		call_on_host_evidence(x, c);
		writers_visit_evidence(x, c);
	}
	for (size_t k = 0; k < x->d->n; k++) {
		ncg_meeting_cand *c = &x->d->c[k];

		setting_caption_evidence(x, c);
		continuation_evidence(x, c, k);
		earlier_day_evidence(x, c);
		recall_evidence(x, c);
		this_meeting_evidence(x, c, k);
		also_evidence(x, c, k);
		anaphor_past_evidence(x, c, k);
		recap_evidence(x, c);
		series_only_evidence(x, c);
		between_named_evidence(x, c);
	}
	for (size_t k = 0; k < x->d->n; k++)
		context_evidence(x, &x->d->c[k]);
	content_evidence(x);
	for (size_t k = 0; k < x->d->n; k++)
		score(&x->d->c[k]);
}

/* ---- the choice -------------------------------------------------------------------- */

/* Not a headline's, scored enough, with evidence that reports a meeting
 * and none that bars it (the flags of table EVIDENCE). */
static int
eligible(const ncg_meeting_cand *c)
{
	unsigned f = 0;

	if ((c->in_title && !has_ev(c, EV_REMARKS_AT) && !has_ev(c, EV_TRANSCRIPT_OF)) ||
	    c->score < THRESHOLD)
		return 0;
	for (size_t k = 0; k < c->nev; k++)
		f |= c->ev[k].flags;
	return (f & NCG_MEV_REPORTS) && !(f & NCG_MEV_BARS);
}

/* Principals or a meeting noun, then a numbered or named meeting after a
 * within-meeting cue in the same sentence ("met with Y virtually today
 * during the 49th Military Committee Meeting"): the meeting they met in,
 * or NULL. */
static const ncg_meeting_cand *
within_meeting(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (c->kind != NCG_MC_PRINCIPALS && c->kind != NCG_MC_NOUN)
		return NULL;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];
		size_t p = o->t0;

		if (o->sent != c->sent || o->in_title || o->t0 < c->t1 ||
		    (!o->ordinal && !o->series) || has_ev(o, EV_FUTURE) ||
		    has_ev(o, EV_REFERENCE) || o->score <= 0)
			continue;
		if (p > 0 && tok_ieq(x, p - 1, "the"))
			p--;
		for (size_t q = p > 4 ? p - 4 : 0; q < p; q++)
			if (wl_at(x, q, p, NCG_WL_WITHIN_MEETING_CUE) == p)
				return o;
	}
	return NULL;
}

/* Does an ordinal candidate say which one the reported meeting is: in
 * the headline, in the lead, held in the past, or after an identity cue
 * ("It was the 13th trilateral summit"); never recalled, announced or
 * one of a recap. */
static int
reports_ordinal(const mr_ctx *x, const ncg_meeting_cand *o)
{
	static const int AGAINST[] = {
		EV_REFERENCE, EV_RECAP, EV_FUTURE, EV_FIRST_IN_PLACE, EV_MONTH_ONLY,
		EV_DAY_AFTER_ISSUE, EV_SERIES_ONLY, EV_NON_PAST_VERB,
	};
	size_t p = o->t0;

	size_t r0, r1;

	if (o->ordinal <= 0)
		return 0;
	for (size_t k = 0; k < sizeof AGAINST / sizeof AGAINST[0]; k++)
		if (has_ev(o, AGAINST[k]))
			return 0;
	/* rules17: "X, who visited New York to attend the 79th UN General
	 * Assembly, ...": the event a visitor came for, no number of ours */
	relative_span(x, o, &r0, &r1);
	if (r0 != o->c0)
		return 0;
	/* rules64: "during a press conference following their meeting of
	 * the 3rd round of Deputy-level trilateral consultations in Seoul"
	 * (a caption): a joint appearance after it reports it */
	if (o->in_title || has_ev(o, EV_PAST_VERB) || has_ev(o, EV_LEAD) ||
	    has_ev(o, EV_SECOND) || has_ev(o, EV_PRESS_AFTER))
		return 1;
	/* "During the 10th Strategic Dialogue, the officials discussed ...",
	 * opening the running text's third sentence at the latest */
	if (x->lead[1] != UINT32_MAX && o->sent <= x->lead[1] + 1 && fronted_setting(x, o))
		return 1;
	if (p > 0 && tok_ieq(x, p - 1, "the"))
		p--;
	for (size_t q = p > 3 ? p - 3 : 0; q < p; q++)
		if (wl_at(x, q, p + 1, NCG_WL_IDENTITY_CUE) >= p)
			return 1;
	return 0;
}

/* The chosen meeting says no number, but the statement does ("the
 * talks were held ..." under the headline "13th Trilateral Defense
 * Talks"): the one ordinal of its series the statement reports, when
 * every such candidate agrees on it and on its day. */
static void
ordinal_elsewhere(mr_ctx *x, ncg_meeting_cand *c)
{
	const ncg_meeting_cand *found = NULL;

	if (c->ordinal || c->kind == NCG_MC_PRINCIPALS)
		return;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o == c || !reports_ordinal(x, o) ||
		    (c->series && o->series && strcmp(c->series, o->series) != 0))
			continue;
		if (o->date[0] && c->date[0] && memcmp(o->date, c->date, sizeof c->date) != 0)
			return;
		if (found && (found->ordinal != o->ordinal ||
		              (found->series && o->series && strcmp(found->series, o->series))))
			return;
		if (!found || (!found->series && o->series))
			found = o;
	}
	if (!found)
		return;
	c->ordinal = found->ordinal;
	if (!c->series)
		c->series = found->series;
	/* rules37: "held their annual meeting ... in Hawaii earlier this
	 * week ... / The third session of the ... Committee took place
	 * Thursday": the number's own report dates the meeting too */
	if (!c->date[0] && found->date[0] && found->date[2] && has_ev(found, EV_PAST_VERB)) {
		memcpy(c->date, found->date, sizeof c->date);
		c->date_rule = "day-of-number";
	}
}

/* Is o a source of c's day (sole_source_day)? */
typedef int (*day_source)(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_meeting_cand *o);

/* The day of every other candidate o that serves as c's source (src),
 * when all of them share one day: c's, by rule; none, or two days:
 * nothing. */
static void
sole_source_day(mr_ctx *x, ncg_meeting_cand *c, day_source src, const char *rule)
{
	const ncg_meeting_cand *found = NULL;

	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o == c || !src(x, c, o))
			continue;
		if (found && memcmp(found->date, o->date, sizeof o->date) != 0)
			return;
		found = o;
	}
	if (!found)
		return;
	memcpy(c->date, found->date, sizeof c->date);
	c->date_rule = rule;
}

/* date_elsewhere's sources: o dated to the day, in c's place, no
 * reference, future, recap or anaphor. */
static int
same_place_source(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_meeting_cand *o)
{
	(void)x;
	return o->date[0] && o->date[2] && o->place && o->place->key && strcmp(o->place->key, c->place->key) == 0 &&
	       !has_ev(o, EV_REFERENCE) && !has_ev(o, EV_FUTURE) && !has_ev(o, EV_RECAP) && !has_ev(o, EV_ANAPHOR);
}

/* With no issue date to resolve "today" against, the day of the one
 * other mention of a meeting in the same place ("welcomed Y to the
 * Pentagon for talks, today" and a caption "... for talks at the
 * Pentagon, July 29, 2022"), when none recalls or announces it. */
static void
date_elsewhere(mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->date[0] || !c->place || !c->place->key || x->d->issued[0])
		return;
	sole_source_day(x, c, same_place_source, "day-of-same-place");
}

/* rules64: "... held talks to discuss ways to enhance bilateral
 * cooperation. According to the ministry, the discussions took place on
 * Wednesday and Thursday in Washington, D.C." (KBS), "held talks this
 * week in Seoul ... The consultations on Thursday and Friday came as"
 * (Yonhap): an anaphor of c in the next sentence (as anaphor_place),
 * held (a past meeting verb) on a day of its own or its noun then "on" a
 * weekday, no future, reference, call or month alone: its day. */
static void
anaphor_day(mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->date[0] || c->virtual_ || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE))
		return;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->sent == c->sent + 1 && o->date[0] && o->date[2] && has_ev(o, EV_ANAPHOR) &&
		    (has_ev(o, EV_PAST_VERB) || (tok_ieq(x, o->t1, "on") && weekday_at(x, o->t1 + 1) &&
		                                 !has_ev(o, EV_NON_PAST_VERB))) &&
		    !has_ev(o, EV_FUTURE) && !has_ev(o, EV_REFERENCE) &&
		    !has_ev(o, EV_CALL) && !has_ev(o, EV_MONTH_ONLY)) {
			memcpy(c->date, o->date, sizeof c->date);
			c->date_rule = "day-of-next-anaphor";
			return;
		}
	}
}

/* rules241: the end of the subject that opens sentence s when it names a
 * meeting told before: a lex:heldPronoun ("These", "It"), or "the" and
 * a meeting noun that is an anaphor ("The talks"); 0 if none.  *noun
 * tells which. */
static size_t
held_subject_end(const mr_ctx *x, uint32_t s, int *noun)
{
	size_t t0 = x->sent[s].t0;

	*noun = 0;
	if (wl_is(x, t0, NCG_WL_HELD_PRONOUN))
		return t0 + 1;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->sent == s && o->kind == NCG_MC_NOUN && o->t0 == t0 + 1 && !o->in_title &&
		    has_ev(o, EV_ANAPHOR) && wl_is(x, t0, NCG_WL_HELD_DETERMINER)) {
			*noun = 1;
			return o->t1;
		}
	}
	return 0;
}

/* rules241: "These were held in Tokyo from November 28 to December 1.",
 * "The talks were held in Tokyo on ...": sentence s opens with a subject
 * that names a meeting told before (held_subject_end), then a past
 * copula and a verb of holding in lower case (a passive held: "were held",
 * "was convened"; fix80: lex:holdingVerb, not "It was launched", "They
 * were welcomed"), no future cue in it nor a past one (lex:relativeLast
 * "June 12 last year", lex:agoWord), and every date in it a day after
 * the verb (none of a month alone: "It was held on Geoje Island last
 * October" recalls another event).  Its first day, the verb's end in *w;
 * or NULL. */
static const ncg_mention *
held_sentence_day(const mr_ctx *x, uint32_t s, size_t *w, int *noun)
{
	size_t e = held_subject_end(x, s, noun), t1 = x->sent[s].t1, n;
	const size_t *idx;
	const ncg_mention *day = NULL;

	if (!e || e + 1 >= t1 || !wl_is(x, e, NCG_WL_PAST_COPULA) || !(x->tok[e + 1].flags & NCG_TF_LOWER) ||
	    !(*w = wl_at(x, e + 1, t1, NCG_WL_HOLDING_VERB)) ||
	    wl_find(x, x->sent[s].t0, t1, NCG_WL_FUTURE_CUE) < t1 ||
	    wl_find(x, x->sent[s].t0, t1, NCG_WL_RELATIVE_LAST) < t1 || wl_find(x, x->sent[s].t0, t1, NCG_WL_AGO_WORD) < t1)
		return NULL;
	n = ncg_mentions_in_sentence(x->ms, s, &idx);
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind != NCG_M_DATE)
			continue;
		if (m->date.prec != NCG_PREC_DAY || m->t0 < *w)
			return NULL;
		if (!day)
			day = m;
	}
	return day;
}

/* rules241: a place after a place preposition past the verb's end w in
 * sentence s ("were held in Tokyo from ..."), or NULL. */
static const ncg_mention *
held_sentence_place(const mr_ctx *x, uint32_t s, size_t w)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind == NCG_M_PLACE && m->t0 > w && wl_is(x, m->t0 - 1, NCG_WL_PLACE_PREPOSITION))
			return m;
	}
	return NULL;
}

/* rules241: do the sentences between c's and s tell of c's meeting
 * only: no date in them, every meeting they name an anaphor; and a
 * pronoun two sentences on has its antecedent in the sentence before it
 * ("... said the talks deepen discussion on .... These were held in
 * ...")? */
static int
between_same_meeting(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t s, int noun)
{
	int again = 0;

	for (uint32_t b = c->sent + 1; b < s; b++)
		if (kind_in(x, b, x->sent[b].t0, x->sent[b].t1, NCG_M_DATE))
			return 0;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->sent <= c->sent || o->sent >= s)
			continue;
		if (o->in_title || !has_ev(o, EV_ANAPHOR))
			return 0;
		again |= o->sent + 1 == s;
	}
	return noun || s == c->sent + 1 || again;
}

/* rules241: "The Philippines, United States, Japan and Australia
 * conducted Joint Service Staff Talks for the first time, an ... official
 * said Friday.  Col. ... said the talks deepen discussion on .... These
 * were held in Tokyo from November 28 to December 1." (Manila Shimbun):
 * a held sentence (held_sentence_day) one or two after the lead's
 * meeting c, the sentences between of c's meeting only
 * (between_same_meeting), gives c its day (resolved by the issue date,
 * not after it nor long before it) and, on that day, its place.  c no
 * call, future, reference or virtual meeting. */
static void
held_after_lead(mr_ctx *x, ncg_meeting_cand *c)
{
	if ((c->date[0] && c->place) || c->sent != x->lead[0] || c->in_title || c->virtual_ ||
	    has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) || has_ev(c, EV_CALL))
		return;
	for (uint32_t s = c->sent + 1; s <= c->sent + 2 && s < x->nsent; s++) {
		size_t w = 0;
		int noun = 0;
		const ncg_mention *d = held_sentence_day(x, s, &w, &noun);
		ncg_meeting_cand t = *c;
		long diff;

		if (!d)
			continue;
		memset(t.date, 0, sizeof t.date);
		set_day(x, &t, &d->date, "day-of-held-sentence");
		if (!between_same_meeting(x, c, s, noun) || !t.date[0] || !x->d->issued[2] ||
		    (diff = ncg_day_number(x->d->issued) - ncg_day_number(t.date)) < 0 ||
		    diff > LONG_BEFORE_DAYS || (c->date[0] && memcmp(c->date, t.date, sizeof t.date) != 0))
			return;
		if (!c->date[0]) {
			memcpy(c->date, t.date, sizeof c->date);
			c->date_rule = t.date_rule;
		}
		if (!c->place)
			c->place = held_sentence_place(x, s, w);
		return;
	}
}

/* rules20: "at the ministry in Yongsan, central Seoul", "in Jongno,
 * downtown Seoul": a place, a comma, a word of a part of a city
 * (lex:cityPart) and a place: that one is the city the first lies in. */
static const ncg_mention *
city_in_apposition(const mr_ctx *x, const ncg_mention *pl)
{
	size_t j = pl->t1;
	const ncg_mention *m;

	if (j + 2 >= x->ntok || !ncg_doc_tok_is(x->doc, j, ",") ||
	    !(x->tok[j + 1].flags & NCG_TF_LOWER) || !wl_at(x, j + 1, j + 2, NCG_WL_CITY_PART))
		return NULL;
	m = inside(x, pl->sent, j + 2, NCG_M_PLACE);
	return m && m->t0 == j + 2 ? m : NULL;
}

/* rules37: "met at Camp Humphreys in Pyeongtaek", "the SOFA Joint
 * Committee meeting at Camp Humphreys in Pyeongtaek": a site (a place)
 * just followed by "in" and a place the lexicon knows: the annotation
 * gives the city, as for "at the Office of the President in Seoul";
 * that place, or NULL. */
static const ncg_mention *
city_after_site(const mr_ctx *x, const ncg_mention *pl)
{
	const ncg_mention *m;

	if (pl->t1 + 1 >= x->ntok || !wl_is(x, pl->t1, NCG_WL_WITHIN_PREPOSITION) ||
	    !(x->tok[pl->t1].flags & NCG_TF_LOWER))
		return NULL;
	m = inside(x, pl->sent, pl->t1 + 1, NCG_M_PLACE);
	return m && m->t0 == pl->t1 + 1 && m->lex && m->lex->kind == NCG_LEX_PLACE ? m : NULL;
}

/* "at the JCS headquarters in Yongsan-gu, central Seoul": a district
 * the lexicon puts in a city (lex:inCity) gives the city, when the
 * statement names it; else the district. */
static const ncg_mention *
city_of(const mr_ctx *x, const ncg_mention *pl)
{
	const ncg_mention *city;

	if (pl && pl->kind == NCG_M_PLACE && (city = city_in_apposition(x, pl)) != NULL)
		return city;
	if (pl && pl->kind == NCG_M_PLACE && (city = city_after_site(x, pl)) != NULL)
		return city_of(x, city);
	if (!pl || !pl->lex || pl->lex->kind != NCG_LEX_PLACE || !pl->lex->part_of)
		return pl;
	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);

		if (m->kind == NCG_M_PLACE && m->key && !strcmp(m->key, pl->lex->part_of))
			return m;
	}
	return pl;
}

/* "Campbell met yesterday with Kim ... In their meeting, Campbell
 * welcomed Kim to Washington": the principals' meeting in the sentence
 * just after c that reports c's content (lex:contentCue) gives its
 * place, or NULL. */
static const ncg_mention *
content_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t s = c->sent + 1;

	if (s >= x->nsent || !wl_at(x, x->sent[s].t0, x->sent[s].t1, NCG_WL_CONTENT_CUE))
		return NULL;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->sent == s && o->kind == NCG_MC_PRINCIPALS && o->place &&
		    !has_ev(o, EV_FUTURE) && !has_ev(o, EV_REFERENCE))
			return o->place;
	}
	return NULL;
}

/* rules29: a month alone in o's clause ("At the summit ... at Camp David
 * in August"): the clause sets a recalled meeting, not the day of one
 * reported. */
static int
month_dated(const mr_ctx *x, const ncg_meeting_cand *o)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, o->sent, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind == NCG_M_DATE && m->date.prec == NCG_PREC_MONTH && m->t0 >= o->c0 &&
		    m->t0 < o->c1)
			return 1;
	}
	return 0;
}

/* rules17: "Joseph Yun met with foreign minister Cho Tae-yul ... on
 * Tuesday. According to the Ministry of Foreign Affairs, the meeting took
 * place at the foreign ministry in Seoul": "the meeting" in the next
 * sentence, with a past meeting verb and a place, not recalled, announced
 * or a call, names c again and gives its place; or NULL. */
/* rules26: "Officials from South Korea, the United States and Japan have
 * held their first economic security dialogue ...  At the talks in
 * Hawaii, the officials discussed ..." (VOA): an anaphor opening a later
 * sentence of the lead paragraphs as the setting of a past act, in a
 * place, every meeting named between c and it an anaphor too or
 * recalled or ahead ("during a summit in November"): its place; or
 * NULL.  rules70: a building too ("During the meeting at the National
 * Assembly, Woo shared ...": a body place_evidence gives by its seat).
 * rules153: "in" opens the setting too ("said on Tuesday that in the
 * meeting in Washington, Park and Granholm assessed", KBS; "In the
 * meeting in Tokyo, ..."); only here, where the anaphor is no
 * candidate of its own. */
static const ncg_mention *
later_setting_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t self = (size_t)(c - x->d->c);

	for (size_t k = self + 1; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->sent > c->sent + 6)
			return NULL;
		if (o->in_title)
			continue;
		if (!has_ev(o, EV_ANAPHOR)) {
			if (recalled_or_ahead(o))
				continue;
			return NULL;
		}
		if (month_dated(x, o))
			continue;
		if (o->sent > c->sent && o->place &&
		    (o->place->kind == NCG_M_PLACE || o->place->kind == NCG_M_BODY) &&
		    !has_ev(o, EV_FUTURE) && !has_ev(o, EV_REFERENCE) && !has_ev(o, EV_CALL) &&
		    fronted_setting_prep(x, o, 1))
			return o->place;
	}
	return NULL;
}

/* rules120: "The meeting with U.S. Secretary of State Mike Pompeo and
 * South Korean Foreign Minister Kang Kyung-wha on the sidelines of a
 * security conference in Munich comes amid ..." (Japan Times): an
 * anaphor's place after a sideline cue (lex:sidelineCue) between its
 * noun and the place, in its sentence, no comma between: the meeting was
 * held where the gathering was, whatever the tense of the verb. */
static int
sideline_setting(const mr_ctx *x, const ncg_meeting_cand *o)
{
	size_t q = o->place->t0;

	if (o->place->kind != NCG_M_PLACE || o->place->sent != o->sent || q <= o->t1 ||
	    wl_find(x, o->t1, q, NCG_WL_SIDELINE_CUE) >= q)
		return 0;
	for (size_t i = o->t1; i < q; i++)
		if (ncg_doc_tok_is(x->doc, i, ","))
			return 0;
	return 1;
}

static const ncg_mention *
anaphor_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->sent == c->sent + 1 && o->place && has_ev(o, EV_ANAPHOR) &&
		    (has_ev(o, EV_PAST_VERB) || sideline_setting(x, o)) && !has_ev(o, EV_FUTURE) &&
		    !has_ev(o, EV_REFERENCE) && !has_ev(o, EV_CALL) && !has_ev(o, EV_MONTH_ONLY))
			return o->place;
	}
	return later_setting_place(x, c);
}

/* review99: does [a, b) of sentence s say a time of its own: a date
 * or a period of any precision ("in 2016", "last July")? */
static int
time_in_clause(const mr_ctx *x, uint32_t s, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++)
		if (inside(x, s, j, NCG_M_DATE) || inside(x, s, j, NCG_M_PERIOD))
			return 1;
	return 0;
}

/* "X has met with Y ..." / "The trilateral meeting, which also
 * includes Z, comes ..." / "The meeting in Brussels had been scheduled
 * weeks ago ...": an anaphor's noun opening its clause after "the" alone
 * and at once "in" (lex:placePreposition) and its place, a past verb, no
 * future, reference, call or month alone, two sentences after c's, and
 * the sentence between naming a meeting only by a bare noun (no series,
 * day or place of its own, no future or reference: a chain of "the
 * meeting"): the place of c's meeting.  Not "the next meeting in
 * Brussels" (a word between), nor a chain broken by another meeting,
 * nor review99's "The meeting in Brussels in 2016 had ended ..." (a
 * time of its own in o's clause: another meeting). */
static const ncg_mention *
anaphor_chain_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];
		int chain = 0;

		if (o->sent != c->sent + 2 || !o->place || o->place->kind != NCG_M_PLACE ||
		    !has_ev(o, EV_ANAPHOR) || !has_ev(o, EV_PAST_VERB) || has_ev(o, EV_FUTURE) ||
		    has_ev(o, EV_REFERENCE) || has_ev(o, EV_CALL) || has_ev(o, EV_MONTH_ONLY) ||
		    o->t0 != o->c0 + 1 || !wl_is(x, o->c0, NCG_WL_DEFINITE_ARTICLE) ||
		    !wl_is(x, o->t1, NCG_WL_PLACE_PREPOSITION) || o->place->t0 != o->t1 + 1 ||
		    o->date[0] || time_in_clause(x, o->sent, o->c0, o->c1))
			continue;
		for (size_t j = 0; j < x->d->n; j++) {
			const ncg_meeting_cand *b = &x->d->c[j];

			if (b->sent == c->sent + 1 &&
			    (b->kind != NCG_MC_NOUN || b->series || b->place || b->date[0] ||
			     has_ev(b, EV_FUTURE) || has_ev(b, EV_REFERENCE)))
				return NULL;
			chain |= b->sent == c->sent + 1;
		}
		return chain ? o->place : NULL;
	}
	return NULL;
}

/* rules51: does candidate o say c's meeting noun again: not in a
 * headline, no other series or day than c's, no present or future verb,
 * not a first in a place, long before, habitual, "also" or continued? */
static int
repeats_noun(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_meeting_cand *o)
{
	if (o->in_title || o->kind != NCG_MC_NOUN || !same_word(x, c->t1 - 1, o->t1 - 1))
		return 0;
	if (c->series && o->series && strcmp(c->series, o->series) != 0)
		return 0;
	if (c->date[0] && o->date[0] && memcmp(c->date, o->date, sizeof c->date) != 0)
		return 0;
	return !has_ev(o, EV_NON_PAST_VERB) && !has_ev(o, EV_FIRST_IN_PLACE) &&
	       !has_ev(o, EV_DAY_LONG_BEFORE) &&
	       !has_ev(o, EV_HABITUAL) && !has_ev(o, EV_ALSO) && !has_ev(o, EV_CONTINUES);
}

/* rules51: "South Korea proposed ... during a session of the allies'
 * cybersecurity dialogue earlier this week ... It was made during a
 * two-day session of a bilateral working-level Cyber Cooperation Working
 * Group (CCWG) in Seoul, which ended Tuesday" (Yonhap): c's meeting noun
 * said again (repeats_noun) within REPEAT_SENTENCES sentences, not
 * recalled or ahead, with a city names c again and gives its place; or
 * NULL.  Every meeting named in between is the same noun, an anaphor, or
 * recalled or ahead; c is no call, future or reference. */
static const ncg_mention *
repeated_noun_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (c->kind != NCG_MC_NOUN || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) ||
	    has_ev(c, EV_CALL))
		return NULL;
	for (size_t k = (size_t)(c - x->d->c) + 1; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->sent > c->sent + REPEAT_SENTENCES)
			return NULL;
		if (o->sent == c->sent)
			continue;
		if (repeats_noun(x, c, o) && !recalled_or_ahead(o)) {
			if (o->place && o->place->kind == NCG_M_PLACE)
				return o->place;
			continue;
		}
		if (!has_ev(o, EV_ANAPHOR) && !recalled_or_ahead(o))
			return NULL;
	}
	return NULL;
}

/* The place a visit went to, said from token v: "to", "the" or not, a
 * place mention starting there and ending by lim, not one of coordinated
 * places ("(visit) to Seoul", "(trip) to the Pentagon"); or NULL.  Shared
 * by visit_place and lead_during_visit_place. */
static const ncg_mention *
visit_to_place(const mr_ctx *x, uint32_t s, size_t v, size_t lim)
{
	const ncg_mention *m;

	if (v >= lim || !tok_ieq(x, v, "to"))
		return NULL;
	m = inside(x, s, v + 1, NCG_M_PLACE);
	if (!m && tok_ieq(x, v + 1, "the"))
		m = inside(x, s, ++v + 1, NCG_M_PLACE);
	return m && m->t0 == v + 1 && m->t1 <= lim && !coordinated_place(x, m) ? m : NULL;
}

/* rules15: "During his July 7-9 visit to Seoul, Deputy Secretary
 * Biegun met with ...": a "during" phrase before c in its sentence, its
 * visit noun (lex:visitNoun) then "to" a place (a city, not a country):
 * that place, or NULL. */
static const ncg_mention *
visit_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t a = x->sent[c->sent].t0, v;
	const ncg_mention *m;

	if (c->in_title || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) || has_ev(c, EV_CALL))
		return NULL;
	for (size_t d = a; d < c->t0; d++) {
		if (!tok_ieq(x, d, "during"))
			continue;
		for (v = d + 1; v < c->t0 && v <= d + 6 && !wl_at(x, v, c->t0, NCG_WL_VISIT_NOUN); v++)
			;
		if (v >= c->t0 || v > d + 6)
			continue;
		if ((m = visit_to_place(x, c->sent, v + 1, c->t0)) != NULL)
			return m;
	}
	return NULL;
}

/* The token a place mention m starts from with its article: "(at) the
 * Pentagon" (lex:definiteArticle). */
static size_t
place_start(const mr_ctx *x, const ncg_mention *m)
{
	return m->t0 - (m->t0 > 0 && wl_is(x, m->t0 - 1, NCG_WL_DEFINITE_ARTICLE) ? 1 : 0);
}

/* fix184 (review150 3): is place m only the owner of an opinion, its
 * possessive's mark then a lex:viewpointNoun ("in Washington's view")? */
static int
viewpoint_owner(const mr_ctx *x, const ncg_mention *m)
{
	for (size_t k = m->t1 + 1; k <= m->t1 + 2 && k < x->sent[m->sent].t1; k++)
		if (possessive_mark(x, k, m->t1, 0) == m->t1 && wl_is(x, k, NCG_WL_VIEWPOINT_NOUN))
			return 1;
	return 0;
}

/* The first place of sentence s after token v and before c1, said after
 * "in" (or, with or_to, "to"), "the" allowed between, and not one of
 * coordinated places nor an opinion's owner (viewpoint_owner); or NULL. */
static const ncg_mention *
place_after(const mr_ctx *x, uint32_t s, size_t v, size_t c1, int or_to)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);
		size_t p = place_start(x, m);

		if (m->kind == NCG_M_PLACE && m->t0 > v && m->t0 < c1 && p > 0 &&
		    (wl_is(x, p - 1, NCG_WL_WITHIN_PREPOSITION) || (or_to && tok_ieq(x, p - 1, "to"))) &&
		    !coordinated_place(x, m) && !topic_of_purpose(x, v, m) && !viewpoint_owner(x, m))
			return m;
	}
	return NULL;
}

static const ncg_mention *principal_arrival(const mr_ctx *x, uint32_t s, uint32_t s2,
                                            uint32_t *c1);
static int arrival_day(const mr_ctx *x, const ncg_mention *pl, uint32_t c1, int day[3]);

/* rules15: "U.S. Secretary of Defense Mark Esper arrived in South Korea
 * Thursday for his two-day trip to Seoul. On Friday Esper met ... for
 * talks": an arrival (lex:arrivalVerb) in the lead sentence, and c in
 * the lead paragraph with no place: the city after the arrival verb
 * ("in"/"to" a place, not a country), or NULL.  rules135: only an
 * arrival of one of c's officials when c's sentence names any
 * (principal_arrival: "Holloway arrived in Tokyo on Tuesday for talks
 * with Japanese officials" after others' talks is his own trip; "Senior
 * diplomats ... held talks" names none, so "Wendy Sherman ... arrived"
 * may be one of them), and not dated after c's day. */
static const ncg_mention *
arrival_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t s, c1;
	int day[3], named = official_in(x, c->sent, x->sent[c->sent].t0, x->sent[c->sent].t1) != NULL;

	if (x->lead[0] == UINT32_MAX || c->sent > x->lead[1] || c->virtual_ ||
	    has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) || has_ev(c, EV_CALL))
		return NULL;
	/* rules20: the second lead sentence too ("Senior diplomats ... on
	 * Wednesday held talks ... Wendy Sherman ... arrived in Seoul Tuesday
	 * evening and met ...", Xinhua) */
	for (int k = 0; k < 2 && (s = x->lead[k]) != UINT32_MAX; k++) {
		const ncg_mention *pl = principal_arrival(x, s, named ? c->sent : UINT32_MAX, &c1);

		if (pl && !(c->date[2] && arrival_day(x, pl, c1, day) &&
		            ncg_day_number(day) > ncg_day_number(c->date)))
			return pl;
	}
	return NULL;
}

/* review21: does sentence s, before token v, name an official that
 * sentence s2 names too, by key or by the surname alone ("Gen. James
 * Thurman ... arrived" and "Thurman ... met Gen. Han Min-koo")? */
static int
official_named_again(const mr_ctx *x, uint32_t s, size_t v, uint32_t s2)
{
	const size_t *idx, *idx2;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);
	size_t n2 = ncg_mentions_in_sentence(x->ms, s2, &idx2);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind != NCG_M_OFFICIAL || !m->key || m->t0 >= v)
			continue;
		for (size_t p = x->sent[s2].t0; m->t1 - m->t0 >= 2 && p < x->sent[s2].t1; p++)
			if ((x->tok[p].flags & NCG_TF_CAP) && same_token(x, surname_token(x, m), p))
				return 1;
		for (size_t j = 0; j < n2; j++) {
			const ncg_mention *o = ncg_mentions_at(x->ms, idx2[j]);

			if (o->kind == NCG_M_OFFICIAL && o->key && strcmp(o->key, m->key) == 0)
				return 1;
		}
	}
	return 0;
}

/* rules89, rules131: the day of an arrival in city pl: a weekday within
 * ARRIVAL_DAY_REACH tokens after it in the clause ending at c1 ("Seoul
 * Monday", "Seoul on Monday"), resolved against the issue date into
 * day; 0 when none. */
#define ARRIVAL_DAY_REACH 2
static int
arrival_day(const mr_ctx *x, const ncg_mention *pl, uint32_t c1, int day[3])
{
	if (!x->d->issued[2])
		return 0;
	for (size_t i = pl->t1; i < c1 && i <= pl->t1 + ARRIVAL_DAY_REACH; i++)
		if (weekday_at(x, i)) {
			relative_day(x, 0, weekday_at(x, i), day);
			return 1;
		}
	return 0;
}

/* rules131: is the word just before token v the surname of an official
 * of two words or more that sentence s2 names ("Aso arrived in Seoul"
 * after "Japanese counterpart Taro Aso held ...")? */
static int
surname_arrives(const mr_ctx *x, uint32_t s2, size_t v)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s2, &idx);

	if (v == 0 || !(x->tok[v - 1].flags & NCG_TF_CAP))
		return 0;
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind == NCG_M_OFFICIAL && m->key && m->t1 - m->t0 >= 2 &&
		    same_token(x, surname_token(x, m), v - 1))
			return 1;
	}
	return 0;
}

/* review42: is the subject of an arrival verb at v, in its clause from
 * c0, officials or a body's people: an official, a body, or a noun of
 * parties or of a delegation (lex:partyNoun: "diplomats", "officials";
 * lex:delegationNoun) before v?  "Thousands of students traveled to
 * Busan" is no party's trip. */
static int
officials_arrive(const mr_ctx *x, uint32_t s, uint32_t c0, size_t v)
{
	if (official_in(x, s, c0, v))
		return 1;
	for (size_t j = c0; j < v; j++)
		if (inside(x, s, j, NCG_M_BODY) || wl_is(x, j, NCG_WL_PARTY_NOUN) ||
		    wl_is(x, j, NCG_WL_DELEGATION_NOUN))
			return 1;
	return 0;
}

/* rules89, rules131: an arrival (lex:arrivalVerb, lower case) in
 * sentence s of an official that sentence s2 names too
 * (official_named_again; when s2 is UINT32_MAX, review42: of any
 * officials, officials_arrive), no future cue in its clause: the city
 * after the verb ("in"/"to"; place_after), *c1 its clause's end; or
 * NULL. */
static const ncg_mention *
principal_arrival(const mr_ctx *x, uint32_t s, uint32_t s2, uint32_t *c1)
{
	size_t v = wl_find(x, x->sent[s].t0, x->sent[s].t1, NCG_WL_ARRIVAL_VERB);
	uint32_t c0;

	if (v >= x->sent[s].t1 || !(x->tok[v].flags & NCG_TF_LOWER) ||
	    !(s2 == UINT32_MAX || official_named_again(x, s, v, s2) || surname_arrives(x, s2, v)))
		return NULL;
	clause_of(x, s, v, &c0, c1);
	if (wl_find(x, c0, *c1, NCG_WL_FUTURE_CUE) < *c1 ||
	    (s2 == UINT32_MAX && !officials_arrive(x, s, c0, v)))
		return NULL;
	return place_after(x, s, v, *c1, 1);
}

/* rules131: after the arrival's city at token e, "for the" and within
 * three words a meeting noun, in the clause ending at c1 ("arrived in
 * Seoul Thursday afternoon for the trilateral meeting"): the meeting
 * told before, and c's own noun when c has one ("for talks with Japanese
 * officials" are others)? */
static int
arrival_for_meeting(const mr_ctx *x, const ncg_meeting_cand *c, size_t e, uint32_t c1)
{
	size_t f = e, n = 0, b, m;

	while (f < c1 && !(n = for_phrase_at(x, f)))
		f++;
	if (n != f + 2 || n >= c1)
		return 0;
	b = f + 5 < c1 ? f + 5 : c1;
	m = wl_find(x, n, b, NCG_WL_MEETING_NOUN);
	return m < b && (c->kind != NCG_MC_NOUN || same_token(x, c->t1 - 1, m));
}

/* rules89: "Gen. James Thurman ... arrived in Seoul Monday, said a USFK
 * official. ... On Monday, Thurman observed the ... exercises ... and
 * met Gen. Han Min-koo" (Korea Herald): an arrival (lex:arrivalVerb)
 * in a city dated by a weekday that falls on c's own day (c dated by
 * its weekday, past the lead paragraph) puts c in that city; or NULL.
 * A country ("arrived in South Korea") is no meeting's place.  Only an
 * arrival of an official c's sentence names (official_named_again):
 * another's ("Yang Jiechi arrived in Tokyo Monday") is no meeting's. */
static const ncg_mention *
arrival_same_day_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t c1;
	int day[3];

	if (!c->date[2] || !x->d->issued[2] || c->virtual_ || !has_ev(c, EV_WEEKDAY) ||
	    has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) || has_ev(c, EV_CALL))
		return NULL;
	for (uint32_t s = 0; s < c->sent; s++) {
		const ncg_mention *pl = principal_arrival(x, s, c->sent, &c1);

		if (pl && arrival_day(x, pl, c1, day) && memcmp(day, c->date, sizeof day) == 0)
			return pl;
	}
	return NULL;
}

/* rules131: "Secretary Hill, who is on his tour of nations ..., arrived
 * in Seoul on Friday ... Over the weekend, Hill met with his South
 * Korean counterpart" (Hankyoreh), "Aso arrived in Seoul Thursday
 * afternoon for the trilateral meeting" after "Ban ... Rice and ... Aso
 * held a two-hour trilateral meeting in his residence" (Xinhua): a
 * principal's arrival in a city puts c, which names no place, there.
 * An arrival before c's sentence not after c's day, or one after it
 * that is for a meeting ("for the trilateral meeting") or dated before
 * c's day; when such arrivals name two cities, none. */
static const ncg_mention *
principal_arrival_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	const ncg_mention *found = NULL, *pl;
	uint32_t c1;
	int day[3], dated;

	if (c->in_title || c->virtual_ || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) ||
	    has_ev(c, EV_CALL))
		return NULL;
	for (uint32_t s = 0; s < x->nsent; s++) {
		if (s == c->sent || !(pl = principal_arrival(x, s, c->sent, &c1)))
			continue;
		dated = c->date[2] && arrival_day(x, pl, c1, day);
		if (dated ? ncg_day_number(day) > ncg_day_number(c->date)
		          : s > c->sent && !arrival_for_meeting(x, c, pl->t1, c1))
			continue;
		if (found && (!found->key || !pl->key || strcmp(found->key, pl->key) != 0))
			return NULL;
		found = pl;
	}
	return found;
}

/* rules17: "Foreign Minister Cho Tae-yol, who visited New York to attend
 * the 79th UN General Assembly, had met with U.S. Secretary Blinken",
 * "Okada, who was visiting New York to attend ...": a visit verb
 * (lex:visitVerb; rules139: or a trip's, lex:arrivalVerb's words in "to") of the lead
 * sentence, a city as its object, then the visit's purpose ("to", "for";
 * rules139: after the visit's span, purpose_after_span): the city is
 * where c, in the lead paragraph with no place, met; or NULL. */
static int visit_weekday(const mr_ctx *x, const ncg_meeting_cand *c, size_t i);
static int visit_span(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t s, size_t i);

/* rules139: the visit's purpose ("to", "for") just after the span
 * (visit_span_start) that begins with the place m: "traveled to Seoul,
 * Republic of Korea to meet with ...".  rules165: the comma that closes
 * an appositive country before it ("who was visiting Sydney, Australia,
 * to attend ...") ends the span too. */
static int
purpose_after_span(const mr_ctx *x, uint32_t s, const ncg_mention *m)
{
	for (size_t t = m->t1; t < x->sent[s].t1 && t <= m->t0 + VISIT_SPAN_REACH; t++)
		if (tok_ieq(x, t, "to") || tok_ieq(x, t, "for")) {
			size_t q = t > m->t1 && ncg_doc_tok_is(x->doc, t - 1, ",") ? t - 1 : t;

			return visit_span_start(x, s, q, (uint32_t)m->t0 - 1, NULL) == m->t0;
		}
	return 0;
}

/* fix177 (review143 7): the place a lower-case visit or trip verb at v
 * of sentence s takes as its object (lex:visitVerb, NCG_WL_TRAVEL_VERB,
 * ending before lim), a place mention starting just after it and not one
 * of several (coordinated_place), or NULL. */
static const ncg_mention *
visit_verb_place(const mr_ctx *x, uint32_t s, size_t v, size_t lim)
{
	const ncg_mention *m;
	size_t e;

	if (v >= lim || !(x->tok[v].flags & NCG_TF_LOWER) ||
	    (!(e = wl_at(x, v, lim, NCG_WL_VISIT_VERB)) && !(e = wl_at(x, v, lim, NCG_WL_TRAVEL_VERB))))
		return NULL;
	m = inside(x, s, e, NCG_M_PLACE);
	return m && m->t0 == e && !coordinated_place(x, m) ? m : NULL;
}

static const ncg_mention *
visited_place_in_lead(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t reach, int purpose)
{
	uint32_t s = x->lead[0];
	const ncg_mention *m;
	size_t v;

	if (s == UINT32_MAX || (x->lead[1] != UINT32_MAX && c->sent > x->lead[1] + reach) ||
	    c->virtual_ || has_ev(c, EV_FUTURE) ||
	    has_ev(c, EV_REFERENCE) || has_ev(c, EV_CALL))
		return NULL;
	for (v = x->sent[s].t0; v < x->sent[s].t1; v++) {
		m = visit_verb_place(x, s, v, x->sent[s].t1);
		if (m && (((purpose || c->sent <= x->lead[1]) && purpose_after_span(x, s, m)) ||
		          visit_weekday(x, c, m->t1) || visit_span(x, c, s, m->t1)))
			return m;
	}
	return NULL;
}

static const ncg_mention *
visited_city(const mr_ctx *x, const ncg_meeting_cand *c)
{
	return visited_place_in_lead(x, c, 1, 0);
}

/* fix177 (review143 3): is c a participle of its own right after a comma
 * (", meeting with": lex:meetingParticiple, lower
 * case), its phrase of no time of its own (phrase_own_time: "..., meeting
 * with X last month")?  Not "having met", "after meeting". */
static int
participle_after_comma(const mr_ctx *x, const ncg_meeting_cand *c)
{
	return c->t0 > x->sent[c->sent].t0 && ncg_doc_tok_is(x->doc, c->t0 - 1, ",") &&
	       wl_is(x, c->t0, NCG_WL_MEETING_PARTICIPLE) && (x->tok[c->t0].flags & NCG_TF_LOWER) &&
	       !phrase_own_time(x, c->sent, c->t0, c->t1, c->c1, PT_AHEAD | PT_YEAR | PT_DAY);
}

/* rules361: "Mr McClay visited Washington for high-level trade talks
 * with the administration ..., meeting with Commerce Secretary Ross"
 * (TVNZ), "Kim traveled to Tokyo to attend the forum, holding talks
 * with ...": c's own sentence, before c, an official then a visit verb
 * (lex:visitVerb, or a trip's: NCG_WL_TRAVEL_VERB) with a city as its
 * object and the visit's purpose after it (purpose_after_span), no
 * other place or official between the official and the verb, none
 * between the city and c: the city is where c met.  Not "After
 * visiting Tokyo, Kim met ..." (no official just before the verb).
 * fix177 (review143 3): c the participle right after a comma
 * (participle_after_comma), not "having met X the week before". */
static const ncg_mention *
visited_place_before(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t s = c->sent;
	const ncg_mention *m, *o;
	size_t v, e;

	if (c->in_title || c->virtual_ || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) ||
	    has_ev(c, EV_CALL) || !participle_after_comma(x, c))
		return NULL;
	for (v = x->sent[s].t0 + 1; v < c->t0; v++) {
		o = inside(x, s, v - 1, NCG_M_OFFICIAL);
		m = visit_verb_place(x, s, v, c->t0);
		if (!o || o->t1 != v || !m || !purpose_after_span(x, s, m) ||
		    kind_in(x, s, m->t1, c->t0, NCG_M_PLACE))
			continue;
		for (e = m->t1; e < c->t0 && !tok_ieq(x, e, ";"); e++)
			;
		return e == c->t0 ? m : NULL;
	}
	return NULL;
}

/* rules359: the city the lead visited ("visited Tokyo Dec. 8-9"), a
 * place just after its visit verb (visit_verb_place), for a group met on
 * that visit after "including" (including_group_met, on_lead_visit) and
 * of no day of its own: "The Chairman met with top Japanese defense
 * officials, including ..." (U.S. Embassy Tokyo) met in Tokyo.  fix177
 * (review143 1, 2): only by the lead's visitor (lead_visitor_subject),
 * its clause of no time or place of its own (clause_off_visit: "during
 * his previous visit in May"). */
/* fix177 (review143 1): is c's subject the lead's visitor: named there
 * (lead_named_subject) or "The" and a capitalised word of the lead before
 * its visit word, right before c's verb ("The Chairman" after "Admiral
 * Michael Mullen, Chairman of the Joint Chiefs of Staff, visited ...")? */
static int
lead_visitor_subject(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t l = x->lead[0];
	size_t w = c->t0 - 1, v;

	if (lead_named_subject(x, c))
		return 1;
	if (l == UINT32_MAX || c->t0 != c->c0 + 2 || !wl_is(x, c->c0, NCG_WL_DEFINITE_ARTICLE) ||
	    !(x->tok[w].flags & NCG_TF_CAP))
		return 0;
	v = visit_word(x, x->sent[l].t0, x->sent[l].t1);
	for (size_t p = x->sent[l].t0; p < v; p++)
		if (same_token(x, w, p))
			return 1;
	return 0;
}

static const ncg_mention *
included_visit_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0];

	if (c->kind != NCG_MC_PRINCIPALS || c->date[0] || s == UINT32_MAX || !lead_visitor_subject(x, c) ||
	    clause_off_visit(x, c) || !on_lead_visit(x, c->sent, c->c0, c->c1) ||
	    !including_group_met(x, c->sent, c->t0, c->t1, c->c1))
		return NULL;
	return visit_verb_place(x, s, visit_word(x, x->sent[s].t0, x->sent[s].t1), x->sent[s].t1);
}

/* rules120: "Vice President Humphrey visited Seoul June 30-July 3, 1967,
 * to attend ... The Vice President and President Pak met privately on
 * June 30" (FRUS): the visit's span of days at token i of sentence s (a
 * day, a dash or a joiner of days, a full day) holds c's day: c met in
 * the city visited. */
static int
visit_span(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t s, size_t i)
{
	const ncg_mention *a = inside(x, s, i, NCG_M_DATE), *b;
	int from, to, day;

	if (!c->date[0] || !a || a->t0 != i || a->date.prec != NCG_PREC_DAY || a->t1 + 1 >= x->ntok ||
	    !span_joiner(x, a->t1))
		return 0;
	b = inside(x, s, a->t1 + 1, NCG_M_DATE);
	if (!b || b->t0 != a->t1 + 1 || b->date.prec != NCG_PREC_DAY || b->date.y != c->date[0] ||
	    (a->date.y && a->date.y != b->date.y))
		return 0;
	from = a->date.m * 32 + a->date.d;
	to = b->date.m * 32 + b->date.d;
	day = c->date[1] * 32 + c->date[2];
	return from <= day && day <= to;
}

/* rules93: "A delegation of U.S. lawmakers visiting Seoul on Monday
 * voiced ... The delegation ... held a breakfast meeting with ... on
 * Monday" (Yonhap): the visit dated at token i ("on" and a weekday)
 * by the weekday c's own clause says is where c met. */
static int
visit_weekday(const mr_ctx *x, const ncg_meeting_cand *c, size_t i)
{
	int wd;

	if (tok_ieq(x, i, "on"))
		i++;
	if (!(wd = weekday_at(x, i)))
		return 0;
	for (size_t j = c->c0; j < c->c1; j++)
		if (weekday_at(x, j) == wd)
			return 1;
	return 0;
}

/* rules64: is token i of sentence s "met" (lex:metVerb, lower case) or
 * a sentence's fronted "Meeting with" (a participle setting: "Meeting
 * with Moon at the Blue House in Seoul, Pence reaffirmed ...", VOA)? */
static int
met_word(const mr_ctx *x, uint32_t s, size_t i)
{
	if (wl_is(x, i, NCG_WL_MET_VERB))
		return (x->tok[i].flags & NCG_TF_LOWER) != 0;
	return i == x->sent[s].t0 && wl_is(x, i, NCG_WL_MEETING_PARTICIPLE) && tok_ieq(x, i + 1, "with");
}

/* rules64: does sentence s date anything (a date, a period: "met in
 * Seoul last year") or put it ahead (lex:futureCue)? */
static int
dated_or_ahead(const mr_ctx *x, uint32_t s)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind == NCG_M_DATE || m->kind == NCG_M_PERIOD)
			return 1;
	}
	return wl_find(x, x->sent[s].t0, x->sent[s].t1, NCG_WL_FUTURE_CUE) < x->sent[s].t1;
}

/* rules64: a wire story says where the parties met in the sentence
 * before or after the one that reports the meeting: "The ministers met in
 * Washington on the sidelines of ..." (Kyodo, after "held a trilateral
 * meeting"), "Haines and a top South Korean security official met in
 * Seoul to discuss ..." (Yonhap, before "Haines met with Suh Hoon"),
 * "Meeting with Moon at the Blue House in Seoul, Pence reaffirmed"
 * (VOA).  In a running-text sentence next to c's, "met" or a fronted
 * "Meeting with", then a city after "in" within its comma-free phrase,
 * no date, period or future cue in that sentence (fix177, review143 5:
 * nor a recent period, "The two ministers met last week with Blinken in
 * Washington"): the city, or NULL. */
static const ncg_mention *
adjacent_met_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (c->in_title || c->virtual_ || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) ||
	    has_ev(c, EV_CALL) || x->lead[0] == UINT32_MAX || c->sent > x->lead[1] + 1)
		return NULL;
	for (int k = 0; k < 2; k++) {
		uint32_t s = k == 0 ? c->sent + 1 : c->sent - 1;

		if ((k == 1 && c->sent == 0) || s >= x->nsent || in_title(x, s) || s < x->lead[0] ||
		    dated_or_ahead(x, s) ||
		    wl_find(x, x->sent[s].t0, x->sent[s].t1, NCG_WL_RECENT_PERIOD) < x->sent[s].t1)
			continue;
		for (size_t i = x->sent[s].t0; i < x->sent[s].t1; i++) {
			size_t e = i + 1;
			const ncg_mention *m;

			if (!met_word(x, s, i))
				continue;
			while (e < x->sent[s].t1 && e < i + MET_PLACE_REACH &&
			       !ncg_doc_tok_is(x->doc, e, ","))
				e++;
			if ((m = place_after(x, s, i, e, 0)) != NULL)
				return m;
		}
	}
	return NULL;
}

/* Does sentence s hold, in [a, b), a date of a day that is c's day (its
 * year, when it says one, c's year)? */
static int
same_day_in(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t s, size_t a, size_t b)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind == NCG_M_DATE && m->t0 >= a && m->t1 <= b && m->date.prec == NCG_PREC_DAY &&
		    m->date.m == c->date[1] && m->date.d == c->date[2] &&
		    (!m->date.y || m->date.y == c->date[0]))
			return 1;
	}
	return 0;
}

/* rules89: "US and South Korean diplomats met on Tuesday to discuss ...
 * / \"Under Secretary ... Bonnie Jenkins and ROK Deputy Foreign Minister
 * ... Ham Sang-wook held a High-Level Bilateral ... Consultation in
 * Washington, DC on October 26,\" the State Department said" (ANI): the
 * sentence after c's, in the lead, says where with a meeting verb
 * (lex:meetingVerb, lower case) and a city after "in" and dates it to
 * c's own day, no future cue in it: the city, or NULL.  The verb's
 * subject names an official (the principals): "Chinese and Russian
 * envoys held a consultation in Beijing" that day is another meeting. */
static const ncg_mention *
same_day_next_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t s = c->sent + 1, c0, c1;

	if (!c->date[2] || c->in_title || c->virtual_ || has_ev(c, EV_FUTURE) ||
	    has_ev(c, EV_REFERENCE) || has_ev(c, EV_CALL) || x->lead[0] == UINT32_MAX ||
	    c->sent != x->lead[0] || s >= x->nsent ||
	    wl_find(x, x->sent[s].t0, x->sent[s].t1, NCG_WL_FUTURE_CUE) < x->sent[s].t1)
		return NULL;
	for (size_t i = x->sent[s].t0; i < x->sent[s].t1; i++) {
		const ncg_mention *m;

		if (!wl_at(x, i, x->sent[s].t1, NCG_WL_MEETING_VERB) || !(x->tok[i].flags & NCG_TF_LOWER))
			continue;
		clause_of(x, s, i, &c0, &c1);
		if (official_in(x, s, c0, i) && (m = place_after(x, s, i, c1, 0)) != NULL &&
		    same_day_in(x, c, s, m->t1, c1))
			return m;
	}
	return NULL;
}

/* rules170: "Foreign ministers of South Korea, North Korea and the U.S
 * held one-on-one meetings ... on July 2 on the sidelines of the ...
 * talks in Jakarta, Indonesia. ... Ban Ki-moon held talks with his North
 * Korean counterpart ... in the morning of July 2" (Dong-A): c, later
 * than the lead sentence and with no place of its own, dated to the very
 * day of a meeting the lead sentence reports in the past (not recalled or
 * ahead) in a city: that city, or NULL. */
static const ncg_mention *
lead_same_day_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (!c->date[2] || c->in_title || recalled_or_ahead(c) || x->lead[0] == UINT32_MAX ||
	    c->sent <= x->lead[0])
		return NULL;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->sent == x->lead[0] && o->place && o->place->kind == NCG_M_PLACE &&
		    has_ev(o, EV_PAST_VERB) && !recalled_or_ahead(o) &&
		    memcmp(o->date, c->date, sizeof c->date) == 0)
			return o->place;
	}
	return NULL;
}

/* rules64: "I just had a very, very good meeting with the Vice Foreign
 * Minister. Let me say that ... the first stop is here in Seoul"
 * (remarks, state.gov): c said in the first person ("I", "we"), and in
 * its sentence or the next two the speaker "here in" a city (no "was",
 * "were" before, no future cue in the HERE_REACH words before): the
 * city, or NULL. */
static const ncg_mention *
speaker_here_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	int first = 0;

	if (c->in_title || c->virtual_ || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) ||
	    has_ev(c, EV_CALL))
		return NULL;
	for (size_t i = x->sent[c->sent].t0; i < c->t0; i++)
		first |= ncg_doc_tok_is(x->doc, i, "I") || tok_ieq(x, i, "we");
	for (uint32_t s = c->sent; first && s < x->nsent && s <= c->sent + 2; s++) {
		if (in_title(x, s))
			continue;
		for (size_t h = x->sent[s].t0 + 1; h + 2 < x->sent[s].t1; h++) {
			size_t a = h > x->sent[s].t0 + HERE_REACH ? h - HERE_REACH : x->sent[s].t0;
			const ncg_mention *m;

			if (!tok_ieq(x, h, "here") || !wl_is(x, h + 1, NCG_WL_WITHIN_PREPOSITION) ||
			    wl_is(x, h - 1, NCG_WL_PAST_COPULA) ||
			    wl_find(x, a, h, NCG_WL_FUTURE_CUE) < h)
				continue;
			m = mention_starting(x, h + 2, NCG_M_PLACE);
			if (m && !coordinated_place(x, m))
				return m;
		}
	}
	return NULL;
}

/* The mention of that kind that starts at token t, or NULL. */
static const ncg_mention *
mention_starting(const mr_ctx *x, size_t t, ncg_mention_kind kind)
{
	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);

		if (m->t0 == t && m->kind == kind)
			return m;
	}
	return NULL;
}

/* rules17: the head of a State Department transcript: "Press
 * Availability / Hillary Rodham Clinton / Secretary of State / Ministry of
 * Foreign Affairs and Trade / Seoul, South Korea / July 21, 2010": a line
 * of a place (a country after a comma allowed) just above a line of a
 * full date, before the running text (or the full date the statement is
 * issued on), is the statement's dateline when it has none; or NULL. */
static const ncg_mention *
head_place_line(const mr_ctx *x)
{
	size_t lead_t = x->lead[0] == UINT32_MAX ? x->ntok : x->sent[x->lead[0]].t0;

	if (x->head->dateline_place)
		return NULL;
	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k), *n;
		size_t e = m->t1;

		if (m->kind != NCG_M_PLACE || !(x->tok[m->t0].flags & NCG_TF_LINE))
			continue;
		/* cheap filters first (no mention scan): the line must end at
		 * the place or go on with a comma, and past the lead only the
		 * issue date (with a year) can date it */
		if (e >= x->ntok || !(ncg_doc_tok_is(x->doc, e, ",") || (x->tok[e].flags & NCG_TF_LINE)) ||
		    (m->t0 >= lead_t && x->d->issued[0] == 0))
			continue;
		if (ncg_doc_tok_is(x->doc, e, ",") &&
		    ((n = mention_starting(x, e + 1, NCG_M_COUNTRY)) != NULL ||
		     (n = mention_starting(x, e + 1, NCG_M_PLACE)) != NULL))
			e = n->t1;
		n = mention_starting(x, e, NCG_M_DATE);
		/* rules29: past a banner read as the lead ("UNITED24 - Make a
		 * charitable donation ..."), when its date line is the one
		 * that dates the statement */
		if (m->t0 >= lead_t && !(n && n->date.y == x->d->issued[0] &&
		                         n->date.m == x->d->issued[1] && n->date.d == x->d->issued[2]))
			continue;
		if (n && n->date.prec == NCG_PREC_DAY && n->date.y && whole_line(x, m->t0, e) &&
		    whole_line(x, n->t0, n->t1))
			return m;
	}
	return NULL;
}

/* rules29: "Chiefs of S. Korea-U.S. defense cost sharing talks meet in
 * Seoul on Tuesday", "Top nuke envoys ... hold trilateral talks in New
 * York": a headline (a title line above the lead) whose meeting verb,
 * past or present (no future cue, no modal: "to be held in Seoul this
 * month"), is followed within four lower-case words by "in"/"at" and a
 * place: where the meeting it heads was held; or NULL. */
static const ncg_mention *
headline_verb_place(const mr_ctx *x)
{
	for (uint32_t s = 0; s < x->nsent && s < HEAD_SENTENCES; s++) {
		size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1, v;

		if (!(in_title(x, s) || (x->lead[0] != UINT32_MAX && s < x->lead[0])) ||
		    !title_line(x, s) || wl_find(x, t0, t1, NCG_WL_FUTURE_CUE) < t1 ||
		    wl_find(x, t0, t1, NCG_WL_MODAL) < t1)
			continue;
		for (v = t0; v < t1; v++) {
			size_t e = wl_at(x, v, t1, NCG_WL_MEETING_VERB);

			if (!e)
				e = wl_at(x, v, t1, NCG_WL_MEETING_VERB_PRESENT);
			if (!e || !(x->tok[v].flags & NCG_TF_LOWER))
				continue;
			for (size_t p = e; p < t1 && p <= e + 4 && (x->tok[p].flags & NCG_TF_LOWER); p++) {
				const ncg_mention *pl;

				if (!wl_is(x, p, NCG_WL_PLACE_PREPOSITION))
					continue;
				pl = mention_starting(x, p + 1, NCG_M_PLACE);
				return pl && !coordinated_place(x, pl) ? pl : NULL;
			}
			return NULL;
		}
	}
	return NULL;
}

/* rules29: "Location: Washington, DC" on a line of its own above the
 * running text (a statements archive's fields "By:", "Date:",
 * "Location:"): a label of lex:placeLabel opening the line, a colon, and
 * a place ending it (a country or place after a comma allowed): where
 * the statement was given; or NULL. */
static const ncg_mention *
label_place_line(const mr_ctx *x)
{
	size_t lead_t = x->lead[0] == UINT32_MAX ? x->ntok : x->sent[x->lead[0]].t0;

	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k), *n;
		size_t e = m->t1;

		if (m->kind != NCG_M_PLACE || m->t0 >= lead_t || m->t0 < 2 ||
		    !ncg_doc_tok_is(x->doc, m->t0 - 1, ":") || !(x->tok[m->t0 - 2].flags & NCG_TF_LINE) ||
		    !wl_at(x, m->t0 - 2, m->t0 - 1, NCG_WL_PLACE_LABEL))
			continue;
		if (ncg_doc_tok_is(x->doc, e, ",") &&
		    ((n = mention_starting(x, e + 1, NCG_M_COUNTRY)) != NULL ||
		     (n = mention_starting(x, e + 1, NCG_M_PLACE)) != NULL))
			e = n->t1;
		if (whole_line(x, m->t0 - 2, e))
			return m;
	}
	return NULL;
}

/* rules26: "DoD News Briefing with Secretary Rumsfeld and South Korean
 * Minister of National Defense Yoon Kwang-Ung at the Pentagon": a title
 * line among the first ones that names two officials and ends with "at"
 * or "in" and a place is the transcript's venue, where the principals
 * met; or NULL.  Not a place that only modifies the venue ("in the
 * Pentagon Briefing Room": the line goes on after it). */
static const ncg_mention *
title_venue(const mr_ctx *x)
{
	for (uint32_t s = 0; s < x->nsent && s < HEAD_SENTENCES; s++) {
		const size_t *idx;
		size_t n = ncg_mentions_in_sentence(x->ms, s, &idx), officials = 0;
		const ncg_mention *pl;

		if (n < 3 || !title_line(x, s))
			continue;
		for (size_t k = 0; k < n; k++)
			officials += ncg_mentions_at(x->ms, idx[k])->kind == NCG_M_OFFICIAL;
		pl = ncg_mentions_at(x->ms, idx[n - 1]);
		if (officials >= 2 && pl->kind == NCG_M_PLACE && pl->t1 == x->sent[s].t1 && pl->t0 > 0 &&
		    wl_is(x, pl->t0 - 1, NCG_WL_PLACE_PREPOSITION))
			return pl;
	}
	return NULL;
}

/* rules20: "Bangkok, Oct 20: US President George W. Bush and South
 * Korean President Roh Moo-Hyun met today" (Zee News, PTI, IANS copy):
 * the place, a comma, a date of a day and a colon open the lead; any
 * case, the date makes it a dateline.  Is m that place? */
static int
dated_colon_dateline(const mr_ctx *x, const ncg_mention *m)
{
	const ncg_mention *d;

	if (!ncg_doc_tok_is(x->doc, m->t1, ",") ||
	    (d = mention_starting(x, m->t1 + 1, NCG_M_DATE)) == NULL ||
	    d->date.prec != NCG_PREC_DAY)
		return 0;
	return ncg_doc_tok_is(x->doc, d->t1, ":");
}

/* rules73: "Seoul, January 17:" on a line of its own just before the
 * lead (Himalayan Times, Xinhua copy): the line is the place, a comma,
 * a day and the colon, nothing else; the place, or NULL. */
static const ncg_mention *
dateline_line_before(const mr_ctx *x)
{
	const ncg_mention *m, *d;
	uint32_t s = x->lead[0] - 1;

	if (x->lead[0] == 0 || x->lead[0] == UINT32_MAX)
		return NULL;
	m = mention_starting(x, x->sent[s].t0, NCG_M_PLACE);
	if (!m || !m->lex || !dated_colon_dateline(x, m))
		return NULL;
	d = mention_starting(x, m->t1 + 1, NCG_M_DATE);
	return d && d->t1 + 1 == x->sent[s].t1 ? m : NULL;
}

/* rules17: "SEOUL: South Korean President Lee Myung-bak said Thursday
 * ...", "BEIJING: The US secretary of state and Chinese foreign minister
 * on Sunday held ...": a lead sentence opening with a place in capitals
 * and a colon (China Daily, the Express Tribune, the Times of India) is
 * dated there, when the head names no dateline; the place, or NULL.
 * rules132: any_case takes a place in any case that opens its line with
 * a dash after it ("Washington -- North Korea's ...", a USIA wire).
 * rules199: after the page store's "date 2025-09-27" that opens the lead
 * sentence ("date 2025-09-27 WASHINGTON: Interior Minister ...", ARY). */
static const ncg_mention *
lead_dateline(const mr_ctx *x, int any_case)
{
	const ncg_mention *m, *line;
	size_t t;

	if (x->head->dateline_place || x->lead[0] == UINT32_MAX)
		return NULL;
	t = x->sent[x->lead[0]].t0;
	if (x->head->issued_by_store && wl_is(x, t, NCG_WL_STORE_DATE_LABEL) &&
	    (m = mention_starting(x, t + 1, NCG_M_DATE)) != NULL)
		t = m->t1;
	m = mention_starting(x, t, NCG_M_PLACE);
	if (m && m->lex && dated_colon_dateline(x, m))
		return m;
	if ((line = dateline_line_before(x)) != NULL)
		return line;
	/* rules20: or a dash ("SEOUL-- President Moon Jae-in met with ...",
	 * Korea News Digest; "SEOUL — ", AP); rules26: or a comma, the
	 * date left out ("SEOUL, President Moon Jae-in received ...", the
	 * same outlet's Yonhap copy) */
	if (!m || !m->lex ||
	    !(ncg_doc_tok_is(x->doc, m->t1, ":") || ncg_doc_tok_is(x->doc, m->t1, ",") ||
	      dash_at(x, m->t1)))
		return NULL;
	if (any_case && (x->tok[m->t0].flags & NCG_TF_LINE) && dash_at(x, m->t1))
		return m;
	for (size_t i = m->t0; i < m->t1; i++)
		if (!(x->tok[i].flags & NCG_TF_UPPER))
			return NULL;
	return m;
}

static const ncg_mention *
colon_dateline(const mr_ctx *x)
{
	return lead_dateline(x, 0);
}

/* rules356: "Tokyo, 28 September 2023(TDI): In a significant diplomatic
 * meeting, ...", "MENAFN - IANS) Tokyo, April 22 (IANS) X ... met Y"
 * (syndicated wire copy): a known place, a comma, a date of a day and
 * the agency in brackets (no lower-case word in them, at most
 * AGENCY_WORDS, capitalised words, no photo's credit: lex:photoCreditWord,
 * as recog_org.c's bracketed_agency_end), opening the lead sentence or
 * after a syndicator's label with no lower-case word (at most
 * SYNDICATOR_WORDS), is the
 * wire's dateline, read as lead_dateline reads one; when the head names
 * no dateline.  The place, or NULL. */
static const ncg_mention *
agency_dateline(const mr_ctx *x)
{
	const ncg_mention *m = NULL, *d;
	size_t t, e, i;

	if (x->head->dateline_place || x->lead[0] == UINT32_MAX)
		return NULL;
	t = x->sent[x->lead[0]].t0;
	e = x->sent[x->lead[0]].t1;
	if (x->head->issued_by_store && wl_is(x, t, NCG_WL_STORE_DATE_LABEL) &&
	    (d = mention_starting(x, t + 1, NCG_M_DATE)) != NULL)
		t = d->t1;
	for (i = t; i < e && i <= t + SYNDICATOR_WORDS && !(x->tok[i].flags & NCG_TF_LOWER) && !m; i++)
		if ((m = mention_starting(x, i, NCG_M_PLACE)) != NULL && !m->lex)
			m = NULL;
	if (!m || m->t1 + 2 >= e || !ncg_doc_tok_is(x->doc, m->t1, ",") ||
	    (d = mention_starting(x, m->t1 + 1, NCG_M_DATE)) == NULL || d->date.prec != NCG_PREC_DAY ||
	    !ncg_doc_tok_is(x->doc, d->t1, "("))
		return NULL;
	for (i = d->t1 + 1; i < e && i <= d->t1 + AGENCY_WORDS; i++) {
		if (ncg_doc_tok_is(x->doc, i, ")"))
			return i > d->t1 + 1 ? m : NULL;
		/* fix175 (review141 6): capitalised words only, as
		 * bracketed_agency_end (rc_cap) */
		if (x->tok[i].kind != NCG_TOK_WORD || !(x->tok[i].flags & NCG_TF_CAP) ||
		    wl_is(x, i, NCG_WL_PHOTO_CREDIT_WORD))
			return NULL;
	}
	return NULL;
}

/* A photo's caption as the first paragraph, then the wire's dateline
 * ("Department of National Defense Secretary Gilberto Teodoro Jr. (left)
 * and US Secretary of Defense Lloyd Austin III (right)." / "MANILA — The
 * defense secretaries ... held a meeting for the second time ..."): the
 * first lead sentence opening its paragraph with no past verb, the
 * second opening the next line with a place in capitals and a dash,
 * colon or comma: the story is dated there, as lead_dateline; when the
 * head names no dateline.  Not a caption with a past verb, nor review99's
 * caption with a meeting verb (lex:captionMeetingVerb: "X meets Y at the
 * Pentagon") or a place of its own ("at the Pentagon"): the caption
 * tells where they met, a home desk's dateline does not. */
static const ncg_mention *
caption_then_dateline(const mr_ctx *x)
{
	const ncg_block *blk = ncg_doc_blocks(x->doc);
	uint32_t s = x->lead[0], n = x->lead[1];
	const ncg_mention *m;

	if (x->head->dateline_place || s == UINT32_MAX || n != s + 1 ||
	    blk[x->sent[s].block].s0 != s || !(x->tok[x->sent[n].t0].flags & NCG_TF_LINE) ||
	    past_verb_in(x, x->sent[s].t0, x->sent[s].t1) ||
	    wl_find(x, x->sent[s].t0, x->sent[s].t1, NCG_WL_CAPTION_MEETING_VERB) < x->sent[s].t1 ||
	    kind_in(x, s, x->sent[s].t0, x->sent[s].t1, NCG_M_PLACE) ||
	    (m = mention_starting(x, x->sent[n].t0, NCG_M_PLACE)) == NULL || !m->lex ||
	    !(ncg_doc_tok_is(x->doc, m->t1, ":") || ncg_doc_tok_is(x->doc, m->t1, ",") ||
	      dash_at(x, m->t1)))
		return NULL;
	for (size_t i = m->t0; i < m->t1; i++)
		if (!(x->tok[i].flags & NCG_TF_UPPER))
			return NULL;
	return m;
}

/* "U.S. and South Korean officials this week held the latest in a
 * series of dialogues in Washington": a lead sentence that reports a
 * meeting with a past meeting verb (not after a modal) and a place after
 * "in" in that verb's clause, or an unnamed meeting as the setting of a
 * past act in one of the two lead sentences with its place, when c is in
 * the lead paragraph; or a
 * joint appearance (lex:pressEvent) and a place after "in" in its clause,
 * wherever c is; and no candidate of the lead sentence is another meeting
 * (a future one, a recalled one): the place, or NULL. */
static const ncg_mention *
lead_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0], c0, c1;
	size_t v;

	if (s == UINT32_MAX || x->lead[1] == UINT32_MAX || c->kind == NCG_MC_PRINCIPALS)
		return NULL;
	for (size_t k = 0; k < x->d->n; k++)
		if (x->d->c[k].sent == s && (has_ev(&x->d->c[k], EV_FUTURE) ||
		                             has_ev(&x->d->c[k], EV_REFERENCE) ||
		                             has_ev(&x->d->c[k], EV_CALL) ||
		                             has_ev(&x->d->c[k], EV_MONTH_ONLY) ||
		                             has_ev(&x->d->c[k], EV_RECAP) ||
		                             has_ev(&x->d->c[k], EV_DAY_AFTER_ISSUE)))
			return NULL;
	/* "agreed to cooperate ... during their key defense talks in
	 * Washington this week": an undated setting in the lead paragraph,
	 * before c */
	for (size_t k = 0; c->sent <= x->lead[1] + 1 && k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if ((o->sent == s || o->sent == x->lead[1]) && o->sent <= c->sent &&
		    o->kind == NCG_MC_NOUN && o->setting && o->place && !o->series &&
		    !o->ordinal && !has_ev(o, EV_FUTURE) && !has_ev(o, EV_REFERENCE) &&
		    !has_ev(o, EV_MONTH_ONLY) && !has_ev(o, EV_ANAPHOR))
			return o->place;
	}
	v = wl_find(x, x->sent[s].t0, x->sent[s].t1, NCG_WL_MEETING_VERB);
	if (v < x->sent[s].t1 && v > x->sent[s].t0 && wl_at(x, v - 1, v, NCG_WL_MODAL))
		return NULL;
	/* "Hegseth and Ahn hold a joint press conference in Seoul": the
	 * principals' joint appearance in the lead is where they met, however
	 * far the reported meeting is named from it (a transcript) */
	if (v >= x->sent[s].t1 || c->sent > x->lead[1] + 1)
		v = wl_find(x, x->sent[s].t0, x->sent[s].t1, NCG_WL_PRESS_EVENT);
	if (v >= x->sent[s].t1)
		return NULL;
	clause_of(x, s, v, &c0, &c1);
	if (wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1 ||
	    own_virtual_cue(x, c0, c0, c1, v) < c1)
		return NULL;
	return place_after(x, s, v, c1, 0);
}

/* "Secretary of Defense Lloyd J. Austin III greets Minister Shin in
 * Seoul, Nov. 12, 2023.  The two leaders were joined by ... for a
 * Trilateral Ministerial Meeting.": a photo caption's lead sentence ends
 * in "in <place>, <day with its year>" (not after the issue date, no
 * future cue); it gives c, in the lead paragraph and undated, where and
 * when. */
static void
caption_setting(mr_ctx *x, ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0];
	const size_t *idx;
	size_t n;

	if (s == UINT32_MAX || x->lead[1] == UINT32_MAX || c->sent > x->lead[1] ||
	    wl_find(x, x->sent[s].t0, x->sent[s].t1, NCG_WL_FUTURE_CUE) < x->sent[s].t1)
		return;
	n = ncg_mentions_in_sentence(x->ms, s, &idx);
	for (size_t k = 0; k + 1 < n; k++) {
		const ncg_mention *pl = ncg_mentions_at(x->ms, idx[k]);
		const ncg_mention *dt = ncg_mentions_at(x->ms, idx[k + 1]);

		if (pl->kind != NCG_M_PLACE || pl->t0 == 0 || !wl_is(x, pl->t0 - 1, NCG_WL_WITHIN_PREPOSITION) ||
		    !ncg_doc_tok_is(x->doc, pl->t1, ",") || dt->kind != NCG_M_DATE ||
		    dt->t0 != pl->t1 + 1 || dt->date.prec != NCG_PREC_DAY || !dt->date.y ||
		    dt->t1 + 1 < x->sent[s].t1)
			continue;
		c->date[0] = dt->date.y;
		c->date[1] = dt->date.m;
		c->date[2] = dt->date.d;
		if (x->d->issued[0] && x->d->issued[2] && ncg_day_number(x->d->issued) < ncg_day_number(c->date)) {
			memset(c->date, 0, sizeof c->date);
			return;
		}
		c->date_rule = "caption-place-and-day";
		c->place = pl;
		return;
	}
}

/* "The military chiefs of South Korea and the United States held annual
 * talks in Seoul on Thursday ...  Gen. Park and Gen. Milley held the 44th
 * Military Committee Meeting (MCM) at the JCS building in Seoul.": the
 * lead sentence reports an unnamed meeting (no series, no number) in the
 * past on a day, and c, undated and in the sentence just after, met in
 * the same place: c is that meeting, of that day. */
static void
lead_meeting_day(mr_ctx *x, ncg_meeting_cand *c)
{
	static const int AGAINST[] = {
		EV_FUTURE, EV_REFERENCE, EV_ANAPHOR, EV_CALL, EV_DAY_AFTER_ISSUE, EV_MONTH_ONLY,
	};

	if (c->date[0] || !c->place || !c->place->key || c->sent != x->lead[0] + 1)
		return;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];
		int ok = o->sent == x->lead[0] && o->kind == NCG_MC_NOUN && !o->series &&
		         !o->ordinal && o->date[0] && o->place && o->place->key &&
		         !strcmp(city_of(x, o->place)->key, city_of(x, c->place)->key) &&
		         has_ev(o, EV_PAST_VERB);

		for (size_t a = 0; ok && a < sizeof AGAINST / sizeof AGAINST[0]; a++)
			ok = !has_ev(o, AGAINST[a]);
		if (ok) {
			memcpy(c->date, o->date, sizeof c->date);
			c->date_rule = "day-of-lead-meeting";
			return;
		}
	}
}

/* Evidence that o is not the reported meeting, or no past act. */
static int
recalled_or_ahead(const ncg_meeting_cand *o)
{
	static const int AGAINST[] = {
		EV_FUTURE, EV_REFERENCE, EV_RECAP, EV_ANAPHOR, EV_CALL, EV_DAY_AFTER_ISSUE,
		EV_MONTH_ONLY,
	};

	for (size_t a = 0; a < sizeof AGAINST / sizeof AGAINST[0]; a++)
		if (has_ev(o, AGAINST[a]))
			return 1;
	return o->in_title;
}

/* rules26: "Military leaders of South Korea and the United States met
 * in Seoul yesterday ...  Gen. Jung ... and his U.S. counterpart, Gen.
 * Martin Dempsey, sat down for the 35th Military Committee Meeting
 * (MCM)." (JoongAng): c, the lead's unnamed meeting in the past, takes
 * the number and series of the one numbered meeting of a series the next
 * sentence reports in the past (not recalled, not ahead, in no other
 * place; rules199: not inside a relative clause, relative_span). */
/* So too the one in the sentence before, the subject of a past copula
 * ("... and the 40th Military Committee Meeting was no exception.
 * Marine Corps Gen. Joseph F. Dunford ... and his South Korean
 * counterpart ... met here today", DoD), c in the lead paragraph. */
static void
numbered_after_lead(mr_ctx *x, ncg_meeting_cand *c)
{
	const ncg_meeting_cand *found = NULL;
	size_t r0, r1;

	if (c->ordinal || c->series || x->lead[0] == UINT32_MAX || c->sent > x->lead[0] + 2 ||
	    !has_ev(c, EV_PAST_VERB) || (c->kind != NCG_MC_PRINCIPALS && c->kind != NCG_MC_NOUN))
		return;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];
		int before = o->sent + 1 == c->sent && o->sent >= x->lead[0];

		if (!(o->sent == c->sent + 1 && c->sent == x->lead[0]) && !before)
			continue;
		if (o->ordinal <= 0 || !o->series)
			continue;
		relative_span(x, o, &r0, &r1);
		if (found || recalled_or_ahead(o) || r0 != o->c0 ||
		    !(has_ev(o, EV_PAST_VERB) ||
		      (before && wl_at(x, o->t1, o->t1 + 1, NCG_WL_PAST_COPULA))) ||
		    (o->date[0] && memcmp(o->date, c->date, sizeof c->date) != 0) ||
		    (o->place && c->place && o->place->key && c->place->key &&
		     strcmp(city_of(x, o->place)->key, city_of(x, c->place)->key) != 0))
			return;
		found = o;
	}
	if (found) {
		c->ordinal = found->ordinal;
		c->series = found->series;
	}
}

/* rules48: was o dated within the week or two before the issue date: a
 * date said so (EV_DAY_NEAR_ISSUE), or a weekday resolved against the
 * issue date ("At talks Friday in the South Korean capital"), which is
 * the latest such weekday by construction? */
static int
day_near_issue(const ncg_meeting_cand *o)
{
	return has_ev(o, EV_DAY_NEAR_ISSUE) ||
	       (has_ev(o, EV_WEEKDAY) && o->date_rule &&
	        strcmp(o->date_rule, EVIDENCE[EV_WEEKDAY].what) == 0);
}

/* day_of_recent_same_place's sources: o dated to a day near the issue date
 * (day_near_issue), neither recalled nor ahead, in c's city. */
static int
recent_same_city_source(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_meeting_cand *o)
{
	return o->date[2] && day_near_issue(o) && !recalled_or_ahead(o) && o->place && o->place->key &&
	       strcmp(city_of(x, o->place)->key, city_of(x, c->place)->key) == 0;
}

/* rules15: "... walk away after a press conference of their trilateral
 * meeting at the Iikura Guesthouse Wednesday, July 21, 2021, in Tokyo"
 * (a caption) and "Sherman, who held talks in Tokyo with her
 * counterparts": undated c takes the day of the one other meeting in the
 * same city dated within the week before the issue date. */
static void
day_of_recent_same_place(mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->date[0] || !c->place || !c->place->key || !x->d->issued[0])
		return;
	sole_source_day(x, c, recent_same_city_source, "day-of-recent-same-place");
}

/* rules127: the day of the clause of such a purpose is the arrival's; the
 * principals who met in the very next sentence, in the past, a day or a
 * few after it (no other city), met for the talks: their day. */
static void
day_after_arrival(mr_ctx *x, ncg_meeting_cand *c)
{
	if (!c->date[2] || arrival_for(x, c) == SIZE_MAX || has_ev(c, EV_FUTURE))
		return;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];
		long diff;

		if (o->sent != c->sent + 1 || o->kind != NCG_MC_PRINCIPALS || !o->date[2] ||
		    !has_ev(o, EV_PAST_VERB) || recalled_or_ahead(o) || o->virtual_ ||
		    (o->place && (!c->place || city_of(x, o->place) != city_of(x, c->place))))
			continue;
		diff = ncg_day_number(o->date) - ncg_day_number(c->date);
		if (diff < 1 || diff > ARRIVAL_PURPOSE_DAYS)
			continue;
		memcpy(c->date, o->date, sizeof c->date);
		c->date_rule = "day-of-principals-after-arrival";
		return;
	}
}

/* rules15: "The top nuclear envoys ... held trilateral talks ... in New
 * York this week ... Lee Do-hoon met his US and Japanese counterparts
 * ... on Tuesday": a lead meeting without a day, and principals who met
 * in the very next sentence on a day (no other place): that day. */
static void
day_of_next_principals(mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->date[0] || c->sent != x->lead[0] || !has_ev(c, EV_PAST_VERB) || has_ev(c, EV_CALL))
		return;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->sent != c->sent + 1 || o->kind != NCG_MC_PRINCIPALS || !o->date[2] ||
		    !has_ev(o, EV_PAST_VERB) || recalled_or_ahead(o) || o->virtual_ ||
		    (o->place && (!c->place || !c->place->key || !o->place->key ||
		                  strcmp(city_of(x, o->place)->key, city_of(x, c->place)->key) != 0)))
			continue;
		memcpy(c->date, o->date, sizeof c->date);
		c->date_rule = "day-of-next-principals";
		return;
	}
}

enum { SAME_PRINCIPALS_MOST = 6, SAME_PRINCIPALS_REACH = 3 };

/* The distinct officials said in the clause of o, at most
 * SAME_PRINCIPALS_MOST keys into k; 0 when more. */
static size_t
clause_officials(const mr_ctx *x, const ncg_meeting_cand *o, const char **k)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, o->sent, &idx), nk = 0, j;

	for (size_t a = 0; a < n; a++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[a]);

		if (m->kind != NCG_M_OFFICIAL || !m->key || m->t0 < o->c0 || m->t0 >= o->c1)
			continue;
		for (j = 0; j < nk && strcmp(k[j], m->key) != 0; j++)
			;
		if (j < nk)
			continue;
		if (nk == SAME_PRINCIPALS_MOST)
			return 0;
		k[nk++] = m->key;
	}
	return nk;
}

/* Is key k one of the nc keys of kc? */
static int
key_among(const char **kc, size_t nc, const char *k)
{
	for (size_t j = 0; k && j < nc; j++)
		if (strcmp(kc[j], k) == 0)
			return 1;
	return 0;
}

/* "Malmstrom has met with US Trade Representative Robert Lighthizer"
 * (no day, its place Brussels found) ... "during the visit of US
 * Ambassador Lighthizer to Brussels this Saturday" (Yahoo): within
 * VISIT_DAY_REACH sentences after c's, a visit noun (lex:visitNoun),
 * "of", one of c's officials, "to" and c's city, then "this" or "on" and
 * a weekday (not after "next"): the principal was there that day, the
 * latest such day up to the issue date.  Not a visit of another official
 * or to another city, nor "next Saturday"; c undated, past, no call.
 * review99: the visit's sentence with no future cue ("the EU will
 * convey"), and the weekday one or two days before the issue date (said
 * on a Monday, "this Saturday" is the coming one), else no day. */
#define VISIT_DAY_REACH 3
#define VISIT_DAY_PAST 2
static size_t
visit_there_weekday(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t s, size_t v,
                    const char **k, size_t nk)
{
	const ncg_mention *m, *pl;
	size_t t1 = x->sent[s].t1, w;
	int today, past;

	if (!wl_is(x, v, NCG_WL_VISIT_NOUN) || v + 3 >= t1 || !tok_ieq(x, v + 1, "of") ||
	    (m = official_in(x, s, v + 2, v + 5)) == NULL || !key_among(k, nk, m->key) ||
	    m->t1 + 2 >= t1 || !tok_ieq(x, m->t1, "to") ||
	    (pl = mention_starting(x, m->t1 + 1, NCG_M_PLACE)) == NULL || !pl->key ||
	    !city_of(x, pl)->key || strcmp(city_of(x, pl)->key, city_of(x, c->place)->key) != 0)
		return 0;
	w = pl->t1 + (tok_ieq(x, pl->t1, "this") || tok_ieq(x, pl->t1, "on"));
	if (w >= t1 || !weekday_at(x, w) || wl_is(x, w - 1, NCG_WL_RELATIVE_NEXT) ||
	    wl_find(x, x->sent[s].t0, t1, NCG_WL_FUTURE_CUE) < t1)
		return 0;
	/* review99: "this Saturday" said on a Monday is the coming one: only
	 * a weekday one or two days before the issue date is surely past */
	today = weekday_of(x->d->issued);
	past = (today - weekday_at(x, w) + 7) % 7;
	return past >= 1 && past <= VISIT_DAY_PAST ? w : 0;
}

static void
day_of_visit_there(mr_ctx *x, ncg_meeting_cand *c)
{
	const char *k[SAME_PRINCIPALS_MOST];
	size_t nk, w;

	if (c->date[0] || !c->place || !c->place->key || !city_of(x, c->place)->key ||
	    !x->d->issued[2] || !has_ev(c, EV_PAST_VERB) || has_ev(c, EV_CALL) ||
	    has_ev(c, EV_FUTURE) || (nk = clause_officials(x, c, k)) == 0)
		return;
	for (uint32_t s = c->sent + 1; s < x->nsent && s <= c->sent + VISIT_DAY_REACH; s++)
		for (size_t v = x->sent[s].t0; v < x->sent[s].t1; v++)
			if ((w = visit_there_weekday(x, c, s, v, k, nk)) != 0) {
				if (weekday_too_far(x, weekday_at(x, w)))
					return;
				relative_day(x, 0, weekday_at(x, w), c->date);
				c->date_rule = "day-of-visit-there";
				return;
			}
}

/* rules280: "... attended the state funeral for the former Japanese
 * Prime Minister Shinzo Abe in Tokyo on Tuesday.  Before the funeral, Han
 * met with US Vice President Kamala Harris" (Korea Herald); "After the
 * ceremony, the two Presidents met in the Oval Office" (a welcome told
 * just before): c's sentence opens with a capitalised lex:eventFrameCue,
 * "the", at most FRAME_NOUN_WORDS lower-case words ending in a one-day
 * ceremonial event (lex:framedEventNoun) and a comma, and c's own verb
 * follows within a few words.  Returns the token of the event's noun, or
 * 0.  review106: no frame without such a noun ("After all,", "Before
 * that,", "Following its completion,", "After the launch,", "After the
 * exercise,": a pronoun, an idiom, an event of many days or none the
 * principals attend); not a meeting, talks, a call or a visit ("Ahead of
 * the meeting, Hayashi met with ...": another meeting). */
#define FRAME_SUBJECT_REACH 8
#define FRAME_NOUN_WORDS 3

static size_t
event_frame_noun(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t i = x->sent[c->sent].t0, lim = x->sent[c->sent].t1, e, k;

	if (c->kind != NCG_MC_PRINCIPALS || c->in_title || !(x->tok[i].flags & NCG_TF_CAP) ||
	    (e = wl_at(x, i, lim, NCG_WL_EVENT_FRAME_CUE)) == 0 || e >= lim ||
	    !wl_is(x, e, NCG_WL_DEFINITE_ARTICLE))
		return 0;
	e++;
	for (k = e; k < lim && k < e + FRAME_NOUN_WORDS && (x->tok[k].flags & NCG_TF_LOWER); k++)
		if (wl_is(x, k, NCG_WL_MEETING_NOUN) || wl_is(x, k, NCG_WL_DISCUSSION_NOUN) ||
		    wl_is(x, k, NCG_WL_VISIT_NOUN) || call_noun_at(x, k, lim))
			return 0;
	if (k == e || k >= lim || !ncg_doc_tok_is(x->doc, k, ",") || c->t0 <= k ||
	    c->t0 > k + FRAME_SUBJECT_REACH || !wl_is(x, k - 1, NCG_WL_FRAMED_EVENT_NOUN))
		return 0;
	return k - 1;
}

/* rules280: the one day sentence r says -- a date of a day, or "on" a
 * weekday -- as a mention (*dm) or a weekday token (*wd); 0 for none,
 * 2 for more than one. */
static int
frame_day_in(const mr_ctx *x, uint32_t r, const ncg_mention **dm, size_t *wd)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, r, &idx);
	int days = 0;

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind == NCG_M_DATE && m->date.prec == NCG_PREC_DAY)
			*dm = m, days++;
	}
	for (size_t i = x->sent[r].t0 + 1; i < x->sent[r].t1; i++)
		if (weekday_at(x, i) && wl_is(x, i - 1, NCG_WL_DAY_PREPOSITION) && !inside(x, r, i, NCG_M_DATE))
			*wd = i, days++;
	return days > 1 ? 2 : days;
}

/* rules280: the place of the framing event in sentence r: its noun said
 * again there (the token at noun), then, within a few words, "in" and a
 * place ("the state funeral for ... Abe in Tokyo"); or NULL. */
#define FRAME_PLACE_REACH 12

static const ncg_mention *
frame_event_place(const mr_ctx *x, uint32_t r, size_t noun)
{
	for (size_t q = x->sent[r].t0; q < x->sent[r].t1; q++) {
		if (!same_token(x, q, noun))
			continue;
		for (size_t p = q + 2; p < x->sent[r].t1 && p <= q + FRAME_PLACE_REACH; p++) {
			const ncg_mention *m = mention_starting(x, p, NCG_M_PLACE);

			if (m && wl_is(x, p - 1, NCG_WL_WITHIN_PREPOSITION))
				return m;
		}
	}
	return NULL;
}

/* rules280: c framed by an event told before it (event_frame_noun) takes
 * that event's day: the nearest of the two sentences before c's that says
 * a day, when it says one only (frame_day_in), with a past verb and no
 * future cue; a weekday against the issue date (relative_day; not one too
 * far before a store's date line).  Its place too when c has none and the
 * event is named there again (frame_event_place).  No day, no place:
 * "This morning ... before visiting the ... Park.  Following the visit,
 * Miller met with ..." */
#define FRAME_DAY_REACH 2

/* review106: the framing event's written day is one of the few days
 * before the issue date, when one is known (or the day after it: a
 * history page headed by the eve, "SEPTEMBER 15, 1982 ... On the morning
 * of September 16, 1982, ... welcomed ... After the ceremony, the two
 * Presidents met"): never the decades-old day of a history told before
 * ("The armistice was signed on July 27, 1953. ... After the signing,
 * ... met"). */
#define FRAME_DAY_AHEAD 1

static int
frame_day_far(const mr_ctx *x, const ncg_meeting_cand *c)
{
	long diff;

	if (!x->d->issued[0] || !x->d->issued[2])
		return 0;
	diff = ncg_day_number(x->d->issued) - ncg_day_number(c->date);
	return diff < -FRAME_DAY_AHEAD || diff > WEEKDAY_REACH;
}

static void
event_frame_day(mr_ctx *x, ncg_meeting_cand *c)
{
	const ncg_mention *dm = NULL, *pl;
	size_t noun, wd = 0;
	uint32_t r = 0;
	int days = 0;

	if (c->date[0] || c->virtual_ || has_ev(c, EV_FUTURE) || has_ev(c, EV_CALL) ||
	    (noun = event_frame_noun(x, c)) == 0)
		return;
	for (uint32_t k = 1; k <= FRAME_DAY_REACH && k <= c->sent && !days; k++)
		days = frame_day_in(x, (r = c->sent - k), &dm, &wd);
	if (days != 1 || wl_find(x, x->sent[r].t0, x->sent[r].t1, NCG_WL_FUTURE_CUE) != x->sent[r].t1 ||
	    !past_verb_in(x, x->sent[r].t0, x->sent[r].t1))
		return;
	if (dm) {
		set_day(x, c, &dm->date, "event-frame-day");
		if (c->date[0] && frame_day_far(x, c))
			memset(c->date, 0, sizeof c->date), c->date_rule = NULL;
	} else if (x->d->issued[0] && x->d->issued[2] && !weekday_too_far(x, weekday_at(x, wd))) {
		relative_day(x, 0, weekday_at(x, wd), c->date);
		c->date_rule = "event-frame-day";
	}
	if (c->date[0] && !c->place && (pl = frame_event_place(x, r, noun)) != NULL)
		c->place = pl;
}

/* day_of_same_principals' sources: principals met in the past, a
 * sentence or a few after c, on a day, at the very venue of c (both name
 * one, of one key), the very officials of c's clause (two or more) in its
 * own.  review90: not another event of the pair in the same city ("met
 * with President Yoon ... at the White House ... On Tuesday, President
 * Biden met with President Yoon at the Korean War Veterans Memorial"),
 * nor a meeting of no venue told. */
static int
same_principals_source(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_meeting_cand *o)
{
	const char *kc[SAME_PRINCIPALS_MOST], *ko[SAME_PRINCIPALS_MOST];
	size_t nc, no, a;

	if (o->kind != NCG_MC_PRINCIPALS || o->sent <= c->sent ||
	    o->sent > c->sent + SAME_PRINCIPALS_REACH || !o->date[2] || !has_ev(o, EV_PAST_VERB) ||
	    recalled_or_ahead(o) || o->virtual_ || !o->place || !c->place || !o->place->key ||
	    !c->place->key || strcmp(o->place->key, c->place->key) != 0)
		return 0;
	nc = clause_officials(x, c, kc);
	no = clause_officials(x, o, ko);
	if (nc < 2 || nc != no)
		return 0;
	for (a = 0; a < nc; a++)
		if (!key_among(ko, no, kc[a]))
			return 0;
	return 1;
}

/* "Anchor: ... President Yoon Suk Yeol also met with U.S. Vice President
 * Kamala Harris at NASA's Goddard Space Flight Center in Maryland ...
 * Anchor: ... On the second day of his state visit to the U.S. on
 * Tuesday, President Yoon Suk Yeol met with U.S. Vice President Kamala
 * Harris at ..." (a broadcast's lead, then its report): undated
 * principals who met in the past take the day of the one meeting of the
 * same officials told again a few sentences on. */
static void
day_of_same_principals(mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->date[0] || c->kind != NCG_MC_PRINCIPALS || !has_ev(c, EV_PAST_VERB) ||
	    recalled_or_ahead(c) || c->virtual_)
		return;
	sole_source_day(x, c, same_principals_source, "day-of-same-principals");
}

/* "Delegations from the two governments met November 7 in Seoul ...
 * The talks were billed as the first subministerial session of ...": an
 * ordinal meeting after an identity cue (lex:identityCue) whose subject
 * is "the"/"this" and a meeting noun naming the reported one again (an
 * anaphor) gives c its number, when c has none and comes before it. */
static void
anaphor_identity_ordinal(mr_ctx *x, ncg_meeting_cand *c)
{
	for (size_t k = 0; !c->ordinal && k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];
		size_t q;

		if (o->ordinal <= 0 || o->in_title || o->sent <= c->sent || o->sent > c->sent + 3 ||
		    has_ev(o, EV_FUTURE) || has_ev(o, EV_REFERENCE) || has_ev(o, EV_RECAP))
			continue;
		for (q = o->t0 > o->c0 + 3 ? o->t0 - 3 : o->c0; q < o->t0; q++)
			if (wl_at(x, q, o->t0, NCG_WL_IDENTITY_CUE) == o->t0)
				break;
		if (q >= o->t0)
			continue;
		for (size_t a = 0; a < x->d->n; a++) {
			const ncg_meeting_cand *subj = &x->d->c[a];

			if (subj->sent == o->sent && subj->c0 == o->c0 && subj->t1 <= q &&
			    has_ev(subj, EV_ANAPHOR) && subj->t0 <= o->c0 + 2 &&
			    !has_ev(subj, EV_FUTURE)) {
				c->ordinal = o->ordinal;
				if (!c->series)
					c->series = o->series;
				return;
			}
		}
	}
}


/* rules43: the day a clause of sentence s says for meeting c, read as c's
 * own words would be (date_evidence_day, then relative days) from a probe
 * of c moved to tokens [at, at) of the clause [c0, c1): into *t; 0 when it
 * says none or a day after the statement's issue. */
static int
probe_day(mr_ctx *x, const ncg_meeting_cand *c, uint32_t s, uint32_t c0, uint32_t at,
          uint32_t c1, ncg_meeting_cand *t)
{
	*t = *c;
	t->sent = s;
	t->c0 = c0;
	t->t0 = t->t1 = at;
	t->c1 = c1;
	t->nev = 0;
	memset(t->date, 0, sizeof t->date);
	date_evidence_day(x, t);
	if (!t->date[0])
		date_evidence_relative(x, t);
	return t->date[0] && !has_ev(t, EV_DAY_AFTER_ISSUE);
}

/* Does c follow the lead sentence as its report: the second lead
 * sentence, or (rules173) one met on the lead's visit (EV_MET_ON_VISIT)? */
static int
after_lead(const mr_ctx *x, const ncg_meeting_cand *c)
{
	return c->sent == x->lead[1] || has_ev(c, EV_MET_ON_VISIT);
}

/* rules17: "SEOUL, July 12 (Yonhap) -- A key aide to U.S. Secretary of
 * State Antony Blinken met Tuesday with a South Korean foreign ministry
 * official ... / State Department Counselor Derek Chollet tweeted that he
 * had a meeting with Yeo Seung-bae ... in Seoul": the lead's "met" with
 * a day just after it (no future cue) dates the meeting the next
 * sentence reports in the past, when that has no day of its own. */
static void
lead_met_day(mr_ctx *x, ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0], c0, c1;
	ncg_meeting_cand t;

	if (c->date[0] || s == UINT32_MAX || !after_lead(x, c) || !has_ev(c, EV_PAST_VERB) ||
	    recalled_or_ahead(c) || has_ev(c, EV_ALSO) || c->virtual_)
		return;
	for (size_t v = x->sent[s].t0; v < x->sent[s].t1; v++) {
		if (!wl_is(x, v, NCG_WL_MET_VERB) || !(x->tok[v].flags & NCG_TF_LOWER))
			continue;
		clause_of(x, s, v, &c0, &c1);
		/* rules43: the day after its object and place too ("met with
		 * senior military leaders in San Diego Aug. 2", Navy) */
		if (!day_phrase_end(x, s, v + 1, x->sent[s].t1) && !lead_day_after(x, s, v + 1, c0, c1))
			continue;
		if (wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1)
			return;
		if (!probe_day(x, c, s, (uint32_t)v, (uint32_t)v + 1, c1, &t))
			return;
		memcpy(c->date, t.date, sizeof c->date);
		c->date_rule = "day-of-lead-met";
		/* rules43: and where, when that clause says it and c's own
		 * words say nowhere ("met with senior military leaders in San
		 * Diego Aug. 2", Navy) */
		if (!c->place && !c->own_venue)
			c->place = place_after(x, s, v, c1, 0);
		return;
	}
}

/* rules57: "The 7th Air Force welcomed ... Gen. Lee, Young Su, to the
 * 607 Air Operations center for his first visit with U.S. Air Force
 * leadership ..., Osan Air Base, Dec. 4, 2023. / During the visit, Lee
 * met with Lt. Gen. Scott L. Pleus, ..." (DVIDS): the second lead
 * sentence opens with a setting (lex:settingPreposition, a determiner of
 * lex:appositiveOpener: "the", "his") whose noun the lead sentence said,
 * with a day after it in its clause (no future cue): c, met in that
 * setting in the past, took place that day.  The noun's token in the
 * lead sentence, or 0. */
static size_t
setting_named_in_lead(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0];
	size_t p = x->sent[c->sent].t0, n = p + 2;

	if (c->c0 != p || n + 1 >= c->c1 || !wl_is(x, p, NCG_WL_SETTING_PREP) ||
	    !wl_is(x, p + 1, NCG_WL_APPOSITIVE_OPENER) || !(x->tok[n].flags & NCG_TF_LOWER) ||
	    !ncg_doc_tok_is(x->doc, n + 1, ","))
		return 0;
	for (size_t i = x->sent[s].t0; i < x->sent[s].t1; i++)
		if ((x->tok[i].flags & NCG_TF_LOWER) && same_word(x, i, n))
			return i;
	return 0;
}

static void
lead_setting_day(mr_ctx *x, ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0], c0, c1;
	ncg_meeting_cand t;
	size_t i;

	if (c->date[0] || s == UINT32_MAX || c->sent != x->lead[1] || c->kind != NCG_MC_PRINCIPALS ||
	    !has_ev(c, EV_PAST_VERB) || recalled_or_ahead(c) || has_ev(c, EV_ALSO) || c->virtual_ ||
	    (i = setting_named_in_lead(x, c)) == 0)
		return;
	clause_of(x, s, i, &c0, &c1);
	if (!lead_day_after(x, s, i + 1, c0, c1) ||
	    !probe_day(x, c, s, (uint32_t)i, (uint32_t)i + 1, c1, &t) || has_ev(&t, EV_DAY_LONG_BEFORE))
		return;
	memcpy(c->date, t.date, sizeof c->date);
	c->date_rule = "day-of-lead-setting";
}

/* rules89: "On April 1, 2024, HUD hosted a delegation from Korea's
 * Ministry of Land, Infrastructure, and Transport (MOLIT). MOLIT Vice
 * Minister Hyun Hwan Jin met with HUD Assistant Secretary Julia Gordon"
 * (HUD User): the lead sentence opens with its day ("On" a day, a
 * comma) and reports in its clause a meeting or visit (lex:meetingVerb,
 * lex:visitVerb, lower case), no future cue; the principals of the next
 * sentence, met in the past with no day of their own, met that day. */
static void
lead_fronted_day(mr_ctx *x, ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0], c0, c1;
	const ncg_mention *m;
	ncg_meeting_cand t;
	size_t p, v;

	if (c->date[0] || s == UINT32_MAX || c->sent != x->lead[1] || c->kind != NCG_MC_PRINCIPALS ||
	    !has_ev(c, EV_PAST_VERB) || recalled_or_ahead(c) || has_ev(c, EV_ALSO) || c->virtual_)
		return;
	p = x->sent[s].t0 + (tok_ieq(x, x->sent[s].t0, "on") ? 1 : 0);
	m = mention_starting(x, p, NCG_M_DATE);
	if (!m || m->date.prec != NCG_PREC_DAY || !ncg_doc_tok_is(x->doc, m->t1, ","))
		return;
	clause_of(x, s, m->t1, &c0, &c1);
	if (wl_find(x, c0, c1, NCG_WL_FUTURE_CUE) < c1)
		return;
	for (v = m->t1 + 1; v < c1; v++)
		if ((x->tok[v].flags & NCG_TF_LOWER) &&
		    (wl_at(x, v, c1, NCG_WL_MEETING_VERB) || wl_at(x, v, c1, NCG_WL_VISIT_VERB)))
			break;
	if (v >= c1 || !probe_day(x, c, s, c0, (uint32_t)v, c1, &t) || has_ev(&t, EV_DAY_LONG_BEFORE))
		return;
	memcpy(c->date, t.date, sizeof c->date);
	c->date_rule = "day-of-lead-fronted";
}

/* rules164: "Maj. Gen. Ju Ik-Suk ... visited III Marine Expeditionary
 * Force from July 1-3, 2024. / During the visit, Ju met with Brig. Gen.
 * Hall" (DVIDS): the principals of the next sentence, met in the past
 * with no day of their own, in a clause that opens "During", a
 * determiner or possessive and a visit noun (lex:visitNoun), met on the
 * first day of the lead's visit: the day after its lower-case visit verb
 * (lex:visitVerb), no future cue in the lead. */
static int
during_the_visit(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t p = c->c0;

	if (!wl_is(x, p++, NCG_WL_VISIT_SPAN_PREP))
		return 0;
	if (wl_is(x, p, NCG_WL_DEFINITE_ARTICLE) || wl_is(x, p, NCG_WL_POSSESSIVE))
		p++;
	/* rules173: and the visit's length ("Over the two-day visit,") */
	if (p < c->c1 && (x->tok[p].flags & NCG_TF_LOWER) && suffix_at(x, p, NCG_WL_VISIT_SPAN_SUFFIX))
		p++;
	return wl_is(x, p, NCG_WL_VISIT_NOUN) && ncg_doc_tok_is(x->doc, p + 1, ",");
}

/* fix60 (review60): does sentence s open with its subject, an official
 * named before ("Moreno met with ..."), or with a purpose infinitive
 * (lex:infinitiveMarker: "To get the pulse of the Airmen, Pleus ...")?
 * Not with a setting of its own ("While a student at the Naval War
 * College, Moreno met ...", "As a young lieutenant, Moreno ..."): a time
 * of the visitor's past, not the visit. */
static int
opens_with_visitor(const mr_ctx *x, uint32_t s)
{
	size_t p = x->sent[s].t0;
	const ncg_mention *m = inside(x, s, p, NCG_M_OFFICIAL);

	return wl_is(x, p, NCG_WL_INFINITIVE_MARKER) || (m && m->t0 == p) ||
	       ((x->tok[p].flags & NCG_TF_CAP) && surname_of_named(x, p) != NULL);
}

/* rules208: "KUNSAN AIR BASE, Republic of Korea -- Lt. Gen. Scott L.
 * Pleus, 7th Air Force commander, ... visited the 8th Fighter Wing, Jan.
 * 25 - 26. / To \"get the pulse\" of the Airmen ..., Pleus engaged with
 * several different units around the base and met with ROKAF Col. Oh
 * ..." (DVIDS): c, in the second lead sentence, met by the lead's
 * visitor, its subject the surname of an official named in the first
 * lead sentence before its visit word (lead_named_subject), its clause
 * of no time or place of its own (clause_off_visit): met on that visit. */
static int
visitor_in_second_lead(const mr_ctx *x, const ncg_meeting_cand *c)
{
	return c->sent == x->lead[1] && x->lead[0] != UINT32_MAX && lead_named_subject(x, c) &&
	       !clause_off_visit(x, c) && opens_with_visitor(x, c->sent);
}

/* Is c, of no day yet, a past report after the lead (after_lead) whose
 * lead has no future cue: one lead_visit_day or noun_lead_visit_day may
 * date? */
static int
lead_visit_datable(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0];

	return !c->date[0] && s != UINT32_MAX && after_lead(x, c) && has_ev(c, EV_PAST_VERB) &&
	       !recalled_or_ahead(c) && !has_ev(c, EV_ALSO) && !c->virtual_ &&
	       wl_find(x, x->sent[s].t0, x->sent[s].t1, NCG_WL_FUTURE_CUE) >= x->sent[s].t1;
}

/* fix154: the first lower-case visit verb (lex:visitVerb) of the first
 * lead sentence, or its end: the visit lead_visit_take dates from and
 * lead_visitor_opens names the visitor before. */
static size_t
lead_visit_verb(const mr_ctx *x)
{
	uint32_t s = x->lead[0];
	size_t v;

	for (v = x->sent[s].t0; v < x->sent[s].t1; v++)
		if ((x->tok[v].flags & NCG_TF_LOWER) && wl_at(x, v, x->sent[s].t1, NCG_WL_VISIT_VERB))
			break;
	return v;
}

/* rules333: the place the lead's visit verb at v takes as its object,
 * "the" allowed ("Minister Kang visited the Osan Air Base, where ...,
 * on December 7"): a place mention (not a country) just after the verb,
 * not before "and"/"or" ("visited Canberra and Sydney": one of two,
 * whether or not the other is recognised) nor before a comma and a
 * capitalised word ("visited Seoul, Tokyo and Beijing"); review129 4:
 * nor the first word of a longer name ("visited Washington State": a
 * capitalised word right after the mention); or NULL. */
static const ncg_mention *
visited_object(const mr_ctx *x, uint32_t s, size_t v)
{
	size_t e = wl_at(x, v, x->sent[s].t1, NCG_WL_VISIT_VERB);
	const ncg_mention *m;

	if (!e)
		return NULL;
	if (wl_is(x, e, NCG_WL_DEFINITE_ARTICLE))
		e++;
	m = inside(x, s, e, NCG_M_PLACE);
	if (!m || m->t0 != e)
		return NULL;
	if (m->t1 >= x->sent[s].t1)
		return m;
	if (tok_ieq(x, m->t1, "and") || tok_ieq(x, m->t1, "or") || (x->tok[m->t1].flags & NCG_TF_CAP))
		return NULL;
	return m->t1 + 1 < x->sent[s].t1 && ncg_doc_tok_is(x->doc, m->t1, ",") &&
	               (x->tok[m->t1 + 1].flags & NCG_TF_CAP)
	           ? NULL
	           : m;
}

static int clause_own_time_or_venue(const mr_ctx *x, const ncg_meeting_cand *c);

/* The day of the lead's visit verb (lead_visit_verb) dates c. */
static void
lead_visit_take(mr_ctx *x, ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0], c0, c1;
	ncg_meeting_cand t;
	size_t v = lead_visit_verb(x);

	if (v >= x->sent[s].t1)
		return;
	clause_of(x, s, v, &c0, &c1);
	/* a page store's date line may lag the page by days (within NEAR_ISSUE_DAYS; as
	 * store_date_behind): a visit in -ed is past whatever that line says */
	if ((!probe_day(x, c, s, (uint32_t)v, (uint32_t)v + 1, c1, &t) &&
	     !(t.date[0] && x->head->issued_by_store && ed_verb_at(x, v) &&
	       ncg_day_number(t.date) - ncg_day_number(x->d->issued) <= NEAR_ISSUE_DAYS)) ||
	    has_ev(&t, EV_DAY_LONG_BEFORE))
		return;
	memcpy(c->date, t.date, sizeof c->date);
	c->date_rule = "day-of-lead-visit";
	/* rules304: a step of the visit met where it went ("visited the
	 * headquarters of the 7th Infantry Division in Fort Magsaysay on
	 * Friday"), as lead_met_day's */
	if (!c->place && !c->own_venue && visit_sequel_end(x, c) > c->c0)
		c->place = place_after(x, s, v, c1, 0);
	/* rules333: a meeting of no time or venue of its own, held on the
	 * visit, met at the place visited */
	else if (!c->place && !c->own_venue && !clause_own_time_or_venue(x, c))
		c->place = visited_object(x, s, v);
}

static void
lead_visit_day(mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->kind != NCG_MC_PRINCIPALS || !lead_visit_datable(x, c) ||
	    !(during_the_visit(x, c) || visitor_in_second_lead(x, c) || visit_sequel_end(x, c) > c->c0))
		return;
	lead_visit_take(x, c);
}

/* Does c's sentence open with an official, before c's noun, whom the
 * first lead sentence names (by key) before its visit verb
 * (lead_visit_verb): the lead's visitor as the subject? */
static int
lead_visitor_opens(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0];
	const ncg_mention *m = inside(x, c->sent, x->sent[c->sent].t0, NCG_M_OFFICIAL), *l;
	size_t v = lead_visit_verb(x);

	if (!m || !m->key || m->t0 != x->sent[c->sent].t0 || m->t1 > c->t0)
		return 0;
	for (size_t j = x->sent[s].t0; j < v; j++)
		if ((l = inside(x, s, j, NCG_M_OFFICIAL)) && l->key && !strcmp(l->key, m->key))
			return 1;
	return 0;
}

/* Does a venue of c's clause open at j, just after lex:placePreposition
 * ("in Madrid"; "the" allowed before a body): a place, or a body the
 * lexicon gives a building (lex:seat: "at the Blue House")?  A place of
 * a topic ("the airspace of the Korean Peninsula") is no venue. */
static int
clause_venue_at(const mr_ctx *x, const ncg_meeting_cand *c, size_t j)
{
	const ncg_mention *m;
	size_t p = j;

	if ((m = inside(x, c->sent, j, NCG_M_PLACE)) == NULL &&
	    ((m = inside(x, c->sent, j, NCG_M_BODY)) == NULL || !m->lex || !m->lex->seat))
		return 0;
	if (m->t0 != j)
		return 0;
	if (m->kind == NCG_M_BODY && p > c->c0 && wl_is(x, p - 1, NCG_WL_DEFINITE_ARTICLE))
		p--;
	return p > c->c0 && wl_is(x, p - 1, NCG_WL_PLACE_PREPOSITION);
}

/* Does c's clause hold a time of its own (ahead_or_recalled, a date or
 * period mention, clause_time_cue: "a week later", "before the trip", a
 * lex:recallCue: "previously") or a venue (clause_venue_at)? */
static int
clause_own_time_or_venue(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (ahead_or_recalled(x, c->sent, c->c0, c->c1) || clause_time_cue(x, c) ||
	    wl_find(x, c->c0, c->c1, NCG_WL_RECALL_CUE) < c->c1)
		return 1;
	for (size_t j = c->c0; j < c->c1; j++)
		if (inside(x, c->sent, j, NCG_M_DATE) || inside(x, c->sent, j, NCG_M_PERIOD) ||
		    clause_venue_at(x, c, j))
			return 1;
	return 0;
}

/* rules327: "Minister of Foreign Affairs Kang, Kyung-wha visited the
 * Osan Air Base, ..., on December 7 to offer encouragement .... /
 * Minister Kang had a luncheon meeting with ROK and U.S. service
 * members" (MOFA); "... visited the Osan Air Base and ... Camp
 * Humphreys in Pyeongtaek on September 20. During the visit, she had a
 * meeting with Commander of the U.S. Forces Korea Robert Abrams" (MOFA):
 * a meeting noun after a past verb (EV_PAST_VERB) in the second lead
 * sentence, its subject the lead's visitor (lead_visitor_opens) or its
 * clause opened by "During the visit," (during_the_visit), no time or
 * venue of its own (clause_own_time_or_venue): held on that visit, on
 * its day.  Only the second lead sentence: lead_visit_datable's
 * EV_MET_ON_VISIT way (a later sentence) is not taken for a noun. */
static void
noun_lead_visit_day(mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->kind != NCG_MC_NOUN || !lead_visit_datable(x, c) || c->sent != x->lead[1] ||
	    !(lead_visitor_opens(x, c) || during_the_visit(x, c)) || clause_own_time_or_venue(x, c))
		return;
	lead_visit_take(x, c);
}

/* rules342: does sentence s name the visit of the day the statement
 * speaks from: "today's" (same_day_owner) before a lower-case visit noun
 * (lex:visitNoun: "the following readout from today's visit to U.S.
 * facilities in Okinawa by Defense Minister X"), no future cue in s? */
static int
todays_visit_in(const mr_ctx *x, uint32_t s)
{
	size_t a = x->sent[s].t0, b = x->sent[s].t1;

	if (wl_find(x, a, b, NCG_WL_FUTURE_CUE) < b)
		return 0;
	for (size_t j = a + 1; j < b; j++) {
		size_t p;

		if (!(x->tok[j].flags & NCG_TF_LOWER) || !wl_is(x, j, NCG_WL_VISIT_NOUN))
			continue;
		/* only the three words before "today's" are asked for a cue
		 * ("ahead of today's visit"): "the following readout from
		 * today's visit" introduces the text, recalls nothing */
		if ((p = possessive_mark(x, j, a, 0)) < j && same_day_owner(x, p > a + 3 ? p - 3 : a, p) < p)
			return 1;
	}
	return 0;
}

/* rules342: is the sentence before the lead s, no title's, an
 * introduction of what follows (its last token a colon) that names
 * today's visit (todays_visit_in): "... provides the following readout
 * from today's visit to U.S. facilities in Okinawa by ...:"? */
static int
readout_intro_before(const mr_ctx *x, uint32_t s)
{
	return s > 0 && !in_title(x, s - 1) && x->sent[s - 1].t1 > x->sent[s - 1].t0 &&
	       ncg_doc_tok_is(x->doc, x->sent[s - 1].t1 - 1, ":") && todays_visit_in(x, s - 1);
}

/* rules342: does any sentence in (s, e] tell of another time than the
 * statement's day: a date or period mention, a weekday, "the day
 * before" (lex:dayBefore), a recall cue ("previously")? */
static int
other_time_between(const mr_ctx *x, uint32_t s, uint32_t e)
{
	for (uint32_t r = s + 1; r <= e; r++) {
		size_t a = x->sent[r].t0, b = x->sent[r].t1;

		if (kind_in(x, r, a, b, NCG_M_DATE) || kind_in(x, r, a, b, NCG_M_PERIOD))
			return 1;
		for (size_t j = a; j < b; j++)
			if (weekday_at(x, j) || wl_is(x, j, NCG_WL_DAY_BEFORE) || wl_is(x, j, NCG_WL_RECALL_CUE))
				return 1;
	}
	return 0;
}

/* rules342: "United States Forces Japan ... provides the following
 * readout from today's visit to U.S. facilities in Okinawa by Defense
 * Minister X: ... After his arrival at Camp Foster, the Minister
 * conducted an office call with Lt. Gen. Y" (USFJ): a release whose
 * first lead sentence names the visit of its own day (todays_visit_in),
 * then reports the visit's steps in the past, no other time said up to
 * c (other_time_between): c, a past act of no day, reported or
 * ahead of nothing, was held on the issue date. */
static void
todays_visit_day(mr_ctx *x, ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0];

	if (c->date[0] || !x->d->issued[0] || !x->d->issued[2] || s == UINT32_MAX || c->sent <= s ||
	    !has_ev(c, EV_PAST_VERB) || recalled_or_ahead(c) || has_ev(c, EV_ALSO) || c->virtual_ ||
	    c->in_title || !(todays_visit_in(x, s) || readout_intro_before(x, s)) ||
	    other_time_between(x, s, c->sent) ||
	    other_year_in(x, c->sent, (uint32_t)c->c0, (uint32_t)c->c1))
		return;
	memcpy(c->date, x->d->issued, sizeof c->date);
	c->date_rule = "day-of-todays-visit";
}

/* rules214: "Japanese Foreign Minister Taro Kono and his US counterpart,
 * Mike Pompeo, agreed on Monday that .... The ministers, meeting in
 * Amman, confirmed ..." (Jiji Press): the parties' participle
 * (party_participle) in the lead's second sentence, just after the
 * first, whose two sides' act (a past verb) has a day in its clause, no
 * future cue (lead_day_after): they met that day. */
static void
participle_lead_day(mr_ctx *x, ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0], c0, c1;
	ncg_meeting_cand t;

	if (c->date[0] || s == UINT32_MAX || c->kind != NCG_MC_PRINCIPALS || c->sent != s + 1 ||
	    c->sent != x->lead[1] || !party_participle(x, c->sent, c->t0, c->c0, c->c1))
		return;
	clause_of(x, s, x->sent[s].t0, &c0, &c1);
	if (!past_verb_in(x, c0, c1) || !lead_day_after(x, s, c0, c0, c1) ||
	    !probe_day(x, c, s, c0, c0, c1, &t) || has_ev(&t, EV_DAY_LONG_BEFORE))
		return;
	memcpy(c->date, t.date, sizeof c->date);
	c->date_rule = "day-of-lead-pair";
}

/* rules43: "Yellen spoke to South Korean Finance Minister Choi Sang-mok
 * on Tuesday and discussed ..." (the lead) ... "after her virtual
 * meeting with Choi" (Reuters): a meeting noun after the lead, then
 * "with" and its partner, an official named in the lead sentence with a
 * day after the name in its clause (lead_day_after: no future cue, no
 * weekday of a speech verb): that day. */
static void
partner_lead_day(mr_ctx *x, ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0], c0, c1;
	const ncg_mention *p;
	ncg_meeting_cand t;

	if (c->date[0] || s == UINT32_MAX || c->kind != NCG_MC_NOUN || c->sent <= s ||
	    c->t1 + 1 >= c->c1 || !tok_ieq(x, c->t1, "with") || recalled_or_ahead(c) ||
	    (p = surname_named_before(x, c->t1 + 1)) == NULL || p->sent != s)
		return;
	clause_of(x, s, p->t0, &c0, &c1);
	if (!lead_day_after(x, s, p->t1, c0, c1))
		return;
	if (!probe_day(x, c, s, p->t1, p->t1, c1, &t) || has_ev(&t, EV_DAY_LONG_BEFORE))
		return;
	memcpy(c->date, t.date, sizeof c->date);
	c->date_rule = "day-of-lead-partner";
}

/* rules29: "Rumsfeld: I particularly want to thank you ... for meeting
 * here in Washington, D.C. for this 34th Security Consultative Meeting"
 * (a transcript): a speaker here for the meeting in the statement's own
 * words, no quotation mark in the sentence (a report quoting it may be
 * dated a day later), speaks on its day. */
static int
own_words_here(const mr_ctx *x, const ncg_meeting_cand *c)
{
	/* rules73: or one welcoming a guest to it ("It's a pleasure for me
	 * to welcome Minister Yoon to Washington ... for this 36th ...
	 * Security Consultative Meeting", a DoD news transcript) */
	if (!has_ev(c, EV_HERE) && !has_ev(c, EV_WELCOME))
		return 0;
	for (size_t i = x->sent[c->sent].t0; i < x->sent[c->sent].t1; i++)
		if (quote_mark(x, i))
			return 0;
	return 1;
}

/* rules20: remarks that open a meeting (EV_REMARKS_AT) are given on its
 * day: the transcript's date ("Remarks With ... Before Their Meeting /
 * Washington, DC / January 17, 2014") is the meeting's, when it has a
 * day and the text gives none. */
static void
remarks_day(mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->date[0] ||
	    !(has_ev(c, EV_REMARKS_AT) || has_ev(c, EV_TRANSCRIPT_OF) || own_words_here(x, c)) ||
	    !x->d->issued[0] || !x->d->issued[2])
		return;
	memcpy(c->date, x->d->issued, sizeof c->date);
	c->date_rule = has_ev(c, EV_HERE)      ? "day-of-speaker-here"
	               : has_ev(c, EV_WELCOME) ? "day-of-welcome"
	                                       : "day-of-transcript";
}

/* fix73: a lex:agoWord or a year in figures (year_token: "In 2023 we
 * just finished ...", no date mention) in [a, b)? */
static int
time_word_in(const mr_ctx *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (wl_is(x, i, NCG_WL_AGO_WORD) || year_token(x, i))
			return 1;
	return 0;
}

/* fix73 (review73): does the just-now sentence of c, verb at v, name a
 * time of its own: before the verb ("Last year we just finished ...",
 * "In 2023 we just ..."), or after the noun up to a comma, a lex:
 * continuationCue or lex:speechComplementizer ("... talks with X in
 * Washington last October")?  A month, a year, "last year", a future
 * cue (ahead_or_recalled), another year or day, or time_word_in.  The
 * phrase after the cue is an earlier meeting's ("building on
 * conversations that I had ... in February"). */
static int
just_now_own_time(const mr_ctx *x, const ncg_meeting_cand *c, size_t v)
{
	const unsigned what = PT_AHEAD | PT_YEAR | PT_DAY;
	size_t t0 = x->sent[c->sent].t0, e = c->t1;

	while (e < c->c1 && !ncg_doc_tok_is(x->doc, e, ",") && !wl_is(x, e, NCG_WL_SPEECH_COMPLEMENTIZER) &&
	       !((x->tok[e].flags & NCG_TF_LOWER) && wl_at(x, e, c->c1, NCG_WL_CONTINUATION_CUE)))
		e++;
	return phrase_own_time(x, c->sent, t0, v, v, what) || phrase_own_time(x, c->sent, c->t1, e, e, what) ||
	       time_word_in(x, t0, v) || time_word_in(x, c->t1, e);
}

/* rules230: "We just finished a very productive round of discussions"
 * (a State Department transcript under "Washington, DC / April 16,
 * 2015"): the speaker (lex:speakerPronoun) with a just-now adverb
 * (lex:justNowAdverb, among at most two lex:speakerAdverb) as the subject
 * of the past meeting verb before the noun, in the speaker's own words
 * (no quotation mark in the sentence), in a transcript whose head has a
 * place line above its date line (head_place_line): the meeting of the
 * transcript's day.  Not a report quoting the speaker ("I just completed
 * a very good round of talks," he said), nor a page with no such head. */
static void
just_now_day(mr_ctx *x, ncg_meeting_cand *c)
{
	int past, just = 0;
	size_t v, p;
	const ncg_mention *head;

	if (c->date[0] || c->kind != NCG_MC_NOUN || c->in_title || !has_ev(c, EV_PAST_VERB) ||
	    has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) || !x->d->issued[0] || !x->d->issued[2])
		return;
	v = nearest_verb(x, c, &past);
	if (v >= x->ntok || !past || v >= c->t0 || v <= c->c0)
		return;
	for (p = v - 1; p > c->c0 && v - p <= 2 && wl_is(x, p, NCG_WL_SPEAKER_ADVERB); p--)
		just |= wl_is(x, p, NCG_WL_JUST_NOW_ADVERB);
	if (!just || !wl_is(x, p, NCG_WL_SPEAKER_PRONOUN) || just_now_own_time(x, c, v))
		return;
	for (size_t i = x->sent[c->sent].t0; i < x->sent[c->sent].t1; i++)
		if (quote_mark(x, i))
			return;
	if (!(head = head_place_line(x)))
		return;
	memcpy(c->date, x->d->issued, sizeof c->date);
	c->date_rule = "day-of-speaker-just-now";
	/* fix73 (review73): a place taken from another sentence may be a
	 * recalled meeting's ("Building on the meeting that I had with Prime
	 * Minister Modi in Delhi in June"): the speaker's talks just had are
	 * at the transcript's place line */
	if (c->place && c->place->sent != c->sent)
		c->place = head;
}

/* What the chosen one does not say, other mentions of it do: the
 * ordinal (a headline's "25th KIDD"), the series, the place (the
 * headline's, or the next sentence's: "met in Seoul"); the meeting
 * principals met in. */
static void
complete_from_same(mr_ctx *x, ncg_meeting_cand *c)
{
	const ncg_meeting_cand *in = within_meeting(x, c);

	if (in) {
		c->ordinal = in->ordinal;
		c->series = in->series;
		if (!c->place && in->place)
			c->place = in->place;
	}
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o == c || !same_meeting(c, o))
			continue;
		if (!c->ordinal && o->ordinal > 0)
			c->ordinal = o->ordinal;
		if (!c->series && o->series)
			c->series = o->series;
		if (!c->place && !c->virtual_ && o->place && !has_ev(o, EV_FUTURE))
			c->place = o->place;
		/* the same numbered meeting dated where it is named again
		 * ("the second session of the NCG on Friday") */
		if (!c->date[0] && c->ordinal > 0 && o->ordinal == c->ordinal && o->date[0] &&
		    !o->in_title && !has_ev(o, EV_FUTURE) && !has_ev(o, EV_REFERENCE) &&
		    !has_ev(o, EV_RECAP) && !has_ev(o, EV_DAY_AFTER_ISSUE)) {
			memcpy(c->date, o->date, sizeof c->date);
			c->date_rule = o->date_rule;
		}
	}
}

/* rules17: the number found elsewhere names the meeting again ("met
 * for their annual defence talks ... The eighth round of the KIDD
 * kicked off in Seoul"): its place */
static void
numbered_again_place(mr_ctx *x, ncg_meeting_cand *c)
{
	for (size_t k = 0; !c->place && !c->virtual_ && c->ordinal > 0 && k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o != c && o->series && c->series && same_meeting(c, o) && o->place &&
		    !recalled_or_ahead(o))
			c->place = o->place;
	}
}

/* rules33: "Admiral Samuel Paparo Jr. ... stressed the importance of
 * regional security cooperation in his talks with the defense and
 * foreign ministers of South Korea on Sunday. / Paparo met with Defense
 * Minister Ahn Gyu-back at the ministry headquarters in Seoul, where
 * ..." (Korea Herald): news copy reports the meeting in its lead, then
 * tells where in the next sentence.  c a meeting noun of the lead
 * sentence with no place; the second lead sentence's principals who
 * "met" with a place, a past verb, no day of its own and no future, reference,
 * call or recap (fix177, review143 5: nor a recent period of its own, "met
 * last week with Blinken in Washington"): its place, or NULL. */
static const ncg_mention *
next_lead_principals_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (x->lead[0] == UINT32_MAX || x->lead[1] == UINT32_MAX || c->sent != x->lead[0] ||
	    c->kind != NCG_MC_NOUN || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) ||
	    has_ev(c, EV_CALL))
		return NULL;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o->sent == x->lead[1] && o->kind == NCG_MC_PRINCIPALS && wl_is(x, o->t0, NCG_WL_MET_VERB) &&
		    o->place && !o->date[0] && has_ev(o, EV_PAST_VERB) && !has_ev(o, EV_FUTURE) &&
		    !has_ev(o, EV_REFERENCE) && !has_ev(o, EV_CALL) && !has_ev(o, EV_RECAP) &&
		    wl_find(x, o->c0, o->c1, NCG_WL_RECENT_PERIOD) == o->c1)
			return o->place;
	}
	return NULL;
}

/* rules129: "Cheney spoke ... at the conclusion of the 24th U.S.-ROK
 * Security Consultative Meeting held here October 7-8" under "Washington
 * -- North Korea's ..." (a USIA wire): a lower-case meeting verb
 * (lex:meetingVerb) right after c's words, or c's own, then "here": the
 * city of the text's dateline (lead_dateline, a place with a dash after
 * it in any case) before c's sentence; or NULL. */
static const ncg_mention *
held_here_dateline(const mr_ctx *x, const ncg_meeting_cand *c)
{
	const ncg_mention *m;
	size_t e = 0;

	if (c->in_title || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE))
		return NULL;
	for (size_t i = c->t0; !e && i <= c->t1 && i < c->c1; i++)
		if ((x->tok[i].flags & NCG_TF_LOWER) &&
		    (e = wl_at(x, i, c->c1, NCG_WL_MEETING_VERB)) != 0 &&
		    (e >= c->c1 || !tok_ieq(x, e, "here")))
			e = 0;
	if (!e || !(m = lead_dateline(x, 1)))
		return NULL;
	return m->t0 < x->sent[c->sent].t0 ? m : NULL;
}

/* rules37: "The meeting between ... took place at the Gyeryongdae
 * military headquarters, 160 kilometers south of Seoul": in c's
 * sentence or the next, a meeting verb "at" [the] a capitalised word the
 * recogniser names nothing by: the text gives a venue of its own, so a
 * dateline's or headline's city is no place of the meeting (src/extract.c,
 * meeting_place). */
static int
unknown_venue_near(const mr_ctx *x, const ncg_meeting_cand *c)
{
	for (uint32_t s = c->sent; s < x->nsent && s <= c->sent + 1; s++)
		for (size_t i = x->sent[s].t0; i < x->sent[s].t1; i++) {
			size_t e = wl_at(x, i, x->sent[s].t1, NCG_WL_MEETING_VERB), p;

			if (!e || e + 2 >= x->sent[s].t1 || !wl_is(x, e, NCG_WL_VENUE_PREPOSITION))
				continue;
			p = e + 1 + (wl_is(x, e + 1, NCG_WL_DEFINITE_ARTICLE) ? 1 : 0);
			if ((x->tok[p].flags & NCG_TF_CAP) && !inside(x, s, p, NCG_M_PLACE) &&
			    !inside(x, s, p, NCG_M_BODY) && !inside(x, s, p, NCG_M_COUNTRY) &&
			    !inside(x, s, p, NCG_M_OFFICIAL))
				return 1;
		}
	return 0;
}

/* rules258: the lower-case meeting verb that ends just before token a,
 * or before a weekday and at most one lex:timeOfDay word ("conference
 * held Wednesday morning at the US Indo-Pacific Command Headquarters"),
 * starting after lo: its first token + 1, or 0 (fix86: its place, for
 * the subject and auxiliary tests of venue_clause). */
static size_t
verb_before_venue(const mr_ctx *x, size_t a, size_t lo)
{
	size_t v = a;

	if (v > lo + 1 && wl_is(x, v - 1, NCG_WL_TIME_OF_DAY))
		v--;
	if (v > lo + 1 && weekday_at(x, v - 1))
		v--;
	else
		v = a;
	for (size_t q = v; q > lo && q + 4 > v; q--)
		if (wl_at(x, q - 1, v, NCG_WL_MEETING_VERB) == v && (x->tok[q - 1].flags & NCG_TF_LOWER))
			return q;
	return 0;
}

/* fix86: the auxiliaries just before the verb at v, after lo: -1 for a
 * future, modal or perfect one ("will be held", "would be held", "had
 * first met": another meeting than the one held), else the start of the
 * verb group (a passive's "was", or v); *passive set when a
 * lex:participleAuxiliary that is no lex:perfectAuxiliary is among them. */
static long
venue_aux(const mr_ctx *x, size_t v, size_t lo, int *passive)
{
	size_t g = v;

	*passive = 0;
	for (size_t k = v; k > lo && k + 3 > v && (x->tok[k - 1].flags & NCG_TF_LOWER); k--) {
		if (wl_is(x, k - 1, NCG_WL_MODAL) || wl_is(x, k - 1, NCG_WL_FUTURE_CUE))
			return -1;
		if (wl_is(x, k - 1, NCG_WL_PERFECT_AUX))
			return -1;
		if (wl_is(x, k - 1, NCG_WL_PARTICIPLE_AUX))
			*passive = 1, g = k - 1;
	}
	return (long)g;
}

/* fix86: is the subject of the verb group starting at g in sentence s the
 * described meeting c?  In c's sentence: c's own verb ("met at"), or the
 * meeting's noun just before it ("conference held ... at"), or c's
 * words with no meeting verb and no lex:dateBoundCue between ("The seventh ... Conference between
 * the U.S. and ... Armies was held at"), not another clause's subject ("a week after
 * their deputies met at").  In the next sentence: the sentence opens
 * with a definite meeting noun ("The meeting between ..., took place
 * at"), or the parties as an active subject ("Officials met at"); not "A
 * press conference was held at", "Protesters gathered at", "Austin was
 * welcomed at", "The first round was held at". */
static int
venue_subject(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t s, size_t g, size_t v,
              int passive)
{
	size_t i = x->sent[s].t0;

	if (s == c->sent && c->kind == NCG_MC_PRINCIPALS)
		return v == c->t0 || (g > c->c0 && wl_is(x, g - 1, NCG_WL_MEETING_NOUN));
	if (s == c->sent)
		return (g > c->c0 && wl_is(x, g - 1, NCG_WL_MEETING_NOUN)) ||
		       (c->t1 <= g && wl_find(x, c->t1, g, NCG_WL_MEETING_VERB) == g &&
		        wl_find(x, c->t1, g, NCG_WL_DATE_BOUND_CUE) == g);
	if (wl_is(x, i, NCG_WL_DEFINITE_ARTICLE))
		i++;
	if (i < g && wl_is(x, i, NCG_WL_MEETING_NOUN) && i > x->sent[s].t0)
		return 1;
	return !passive && i + 1 == g &&
	       (wl_is(x, i, NCG_WL_SUBJECT_PRONOUN) || wl_is(x, i, NCG_WL_PARTY_NOUN));
}

/* fix86: does the rest of the venue's clause, from token e to hi, tell
 * another time than c's: "last"/"next" (lex:relativeLast/relativeNext:
 * "met at NATO Headquarters in Brussels last week"), a time of day
 * ("that evening"), or a year not c's ("was held at the Taj Palace Hotel
 * in 2019")? */
static int
venue_other_time(const mr_ctx *x, const ncg_meeting_cand *c, size_t e, size_t hi)
{
	for (size_t i = e; i < hi; i++) {
		const char *t = ncg_doc_tok_ptr(x->doc, i);

		if (wl_is(x, i, NCG_WL_RELATIVE_LAST) || wl_is(x, i, NCG_WL_RELATIVE_NEXT) ||
		    wl_is(x, i, NCG_WL_TIME_OF_DAY))
			return 1;
		if (year_token(x, i) &&
		    (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0') !=
		            c->date[0])
			return 1;
	}
	return 0;
}

/* fix86: is the venue at token a (its name ending at e) in the clause
 * lo..hi of sentence s the described meeting's own: a held meeting verb
 * (verb_before_venue) with no future, modal or perfect auxiliary
 * (venue_aux), its subject c (venue_subject), no other time after it
 * (venue_other_time)? */
static int
venue_clause(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t s, size_t a, size_t lo,
             size_t e, size_t hi)
{
	size_t v = verb_before_venue(x, a, lo);
	int passive;
	long g;

	if (!v || (g = venue_aux(x, v - 1, lo, &passive)) < 0)
		return 0;
	return venue_subject(x, c, s, (size_t)g, v - 1, passive) && !venue_other_time(x, c, e, hi);
}

/* rules258: the end of a venue's name that starts at token p: up to
 * VENUE_REACH capitalised words (a hyphen between two joins them:
 * "Indo-Pacific", "Shangri-La"; fix86: the hyphen is no word of the
 * count), at most one lower-case word, then
 * lex:venueHeadWord words ("Resort hotel"), no capitalised word after
 * them; 0 when there is none. */
#define VENUE_REACH 6

static size_t
venue_name_end(const mr_ctx *x, uint32_t s, size_t p)
{
	size_t i = p, lim = x->sent[s].t1, caps = 0;

	while (i < lim && caps <= VENUE_REACH && !wl_is(x, i, NCG_WL_VENUE_HEAD_WORD) &&
	       ((x->tok[i].flags & NCG_TF_CAP) ||
	        (tok_ieq(x, i, "-") && i > p && !(x->tok[i].flags & NCG_TF_SPACE))))
		caps += (x->tok[i++].flags & NCG_TF_CAP) ? 1 : 0;
	if (!caps || i >= lim || caps > VENUE_REACH)
		return 0;
	if ((x->tok[i].flags & NCG_TF_LOWER) && !wl_is(x, i, NCG_WL_VENUE_HEAD_WORD))
		i++;
	if (i >= lim || !wl_is(x, i, NCG_WL_VENUE_HEAD_WORD))
		return 0;
	while (i < lim && wl_is(x, i, NCG_WL_VENUE_HEAD_WORD))
		i++;
	if (i < lim && (x->tok[i].flags & NCG_TF_CAP) && !inside(x, s, i, NCG_M_DATE))
		return 0;
	return i;
}

/* rules258: "The ninth ... Forum was held at the Anantara Riverside
 * Bangkok Resort hotel" (Bangkok Post), "Officials met at the Defense
 * Ministry headquarters in Yongsan" (the city is a place as well), "The
 * meeting between ... took place at the Gyeryongdae military
 * headquarters" (Yonhap, the sentence after the lead's): in c's clause or
 * the next sentence, a meeting verb (verb_before_venue), a lower-case
 * "at" (lex:venuePreposition), [the], then a venue's name
 * (venue_name_end), its first word no official's: the venue is one more
 * place of the meeting (src/extract.c).  Not "meeting at the X Resort"
 * with no verb (a press conference's place may be the annotated one),
 * nor "at the Foreign Ministry" (no venue's head: building_body), nor
 * for a meeting by video or at a body's building (c's place a body). */
static void
named_venue(mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->virtual_ || c->in_title || (c->place && c->place->kind == NCG_M_BODY))
		return;
	for (uint32_t s = c->sent; s < x->nsent && s <= c->sent + 1; s++) {
		size_t lo = s == c->sent ? c->c0 : x->sent[s].t0, hi = s == c->sent ? c->c1 : x->sent[s].t1;

		for (size_t a = lo + 1; a + 2 < hi; a++) {
			size_t p = a + 1 + (wl_is(x, a + 1, NCG_WL_DEFINITE_ARTICLE) ? 1 : 0), e;

			if (!wl_is(x, a, NCG_WL_VENUE_PREPOSITION) || !(x->tok[a].flags & NCG_TF_LOWER) ||
			    inside(x, s, p, NCG_M_OFFICIAL) || (e = venue_name_end(x, s, p)) == 0 ||
			    !venue_clause(x, c, s, a, lo, e, hi))
				continue;
			c->venue0 = (uint32_t)p;
			c->venue1 = (uint32_t)e;
			return;
		}
	}
}

/* The place a continuing mention gives ("the talks continue in ..."),
 * at or after the chosen one; else the first place rule that answers,
 * from the candidate's sentences to the text's head and lines. */
/* rules43: a transcript titled twice ("Joint Press Conference with
 * Secretary Cohen and Defense Minister Cho / Presenter: ... / Joint Press
 * Conference with Defense Minister Cho at the Ministry of National
 * Defense Club, Seoul, South Korea", DoD): the place of its other title
 * among the head's lines, or NULL. */
static const ncg_mention *
transcript_title_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (!has_ev(c, EV_TRANSCRIPT_OF) && !has_ev(c, EV_REMARKS_AT))
		return NULL;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o != c && o->place && o->sent < HEAD_SENTENCES && o->place->kind == NCG_M_PLACE &&
		    (has_ev(o, EV_TRANSCRIPT_OF) || has_ev(o, EV_REMARKS_AT)))
			return o->place;
	}
	return NULL;
}

/* rules211: which official of sentence s is named by its surname at
 * token t ("Lorenzana" for "Delfin Lorenzana")?  The mention, or NULL. */
static const ncg_mention *
official_by_surname(const mr_ctx *x, uint32_t s, size_t t)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind == NCG_M_OFFICIAL && m->t1 > m->t0 + 1 && same_token(x, m->t1 - 1, t))
			return m;
	}
	return NULL;
}

/* rules211, review63: does sentence s say, after token v, a date that
 * cannot be the lead's meeting's: not one day ("met in New Delhi in
 * September 2017"), another year than the issue's, a day after the issue
 * date, or more than a week before it ("met previously at the Pentagon on
 * January 24" in a September story)?  A day without a year is read in the
 * issue's year. */
static int
restated_date_unfit(const mr_ctx *x, uint32_t s, size_t v)
{
	const int *is = x->d->issued;
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);
		int d[3];
		long gap;

		if (m->kind != NCG_M_DATE || m->t0 <= v)
			continue;
		if (m->date.prec != NCG_PREC_DAY)
			return 1;
		if (!is[0] || !is[2])
			continue;
		if (m->date.y && m->date.y != is[0])
			return 1;
		d[0] = m->date.y ? m->date.y : is[0];
		d[1] = m->date.m;
		d[2] = m->date.d;
		gap = ncg_day_number(is) - ncg_day_number(d);
		if (gap < 0 || gap > 7)
			return 1;
	}
	return 0;
}

/* rules211: news copy reports the meeting in its lead ("Philippine
 * Defense Secretary Delfin Lorenzana met with his American counterpart,
 * US Defense Secretary James Mattis, to discuss ..."), then restates it
 * by the two surnames with where and when ("Lorenzana and Mattis met at
 * the Pentagon ... on Tuesday, September 18", Rappler).  c the lead's
 * principals; the next sentence opening "<surname> and <surname> met"
 * (lex:pairConjunction; lex:metVerb, lower case), two officials of c's
 * sentence, no future cue, no date unfit for the lead's meeting
 * (restated_date_unfit): the verb's
 * token, or 0.  Its place or day
 * fills only what c lacks. */
static size_t
restated_met(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t s = c->sent + 1;
	size_t t;
	const ncg_mention *a, *b;

	if (c->kind != NCG_MC_PRINCIPALS || c->in_title || c->virtual_ || has_ev(c, EV_FUTURE) ||
	    has_ev(c, EV_REFERENCE) || has_ev(c, EV_CALL) ||
	    x->lead[0] == UINT32_MAX || c->sent != x->lead[0] || s >= x->nsent || in_title(x, s))
		return 0;
	t = x->sent[s].t0;
	if (t + 3 >= x->sent[s].t1 || !wl_is(x, t + 1, NCG_WL_PAIR_CONJUNCTION) || !met_word(x, s, t + 3) ||
	    !wl_is(x, t + 3, NCG_WL_MET_VERB) ||
	    wl_find(x, x->sent[s].t0, x->sent[s].t1, NCG_WL_FUTURE_CUE) < x->sent[s].t1)
		return 0;
	a = official_by_surname(x, c->sent, t);
	b = official_by_surname(x, c->sent, t + 2);
	if (!a || !b || !a->key || !b->key || strcmp(a->key, b->key) == 0 ||
	    restated_date_unfit(x, s, t + 3))
		return 0;
	return t + 3;
}

/* rules211: the restated meeting's place: the first place after the
 * verb said after "at" (lex:settingPreposition) or "in"
 * (lex:withinPreposition), "the" allowed between; or NULL. */
static const ncg_mention *
restated_met_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t v = restated_met(x, c);
	const size_t *idx;
	size_t n;

	if (!v || c->place)
		return NULL;
	n = ncg_mentions_in_sentence(x->ms, c->sent + 1, &idx);
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);
		size_t p = place_start(x, m);

		if (m->kind == NCG_M_PLACE && m->t0 > v + 1 &&
		    (wl_is(x, p - 1, NCG_WL_WITHIN_PREPOSITION) || wl_is(x, p - 1, NCG_WL_SETTING_PREP)))
			return coordinated_place(x, m) ? NULL : m;
	}
	return NULL;
}

/* rules371: the key of one of c's nc officials (kc) named at token t
 * of sentence s, in full or by the surname it has in c's sentence; its
 * end token into *e.  NULL otherwise, or when the name is only a
 * possessor (fix184, review150 5: "met Sato's deputy"). */
static const char *
pair_principal(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t s, size_t t, const char **kc,
               size_t nc, size_t *e)
{
	const ncg_mention *m;

	if (t >= x->sent[s].t1)
		return NULL;
	if ((m = inside(x, s, t, NCG_M_OFFICIAL)) != NULL && m->t0 == t && m->key && key_among(kc, nc, m->key))
		*e = m->t1;
	else if ((m = official_by_surname(x, c->sent, t)) != NULL && m->key && key_among(kc, nc, m->key))
		*e = t + 1;
	else
		return NULL;
	return possessor_at(x, *e, x->sent[s].t1) ? NULL : m->key;
}

/* fix184 (review150 1-4): the end of a meeting's length that opens at
 * token i of sentence s: "for", up to three lower-case words or numbers
 * ("about 40", "nearly an"), a lex:durationUnit ("minutes"); i when
 * there is none ("for the first time"). */
static size_t
pair_duration_end(const mr_ctx *x, uint32_t s, size_t i)
{
	if (!tok_ieq(x, i, "for"))
		return i;
	for (size_t j = i + 1; j < x->sent[s].t1 && j <= i + 4; j++) {
		if (wl_is(x, j, NCG_WL_DURATION_UNIT))
			return j + 1;
		if (!(x->tok[j].flags & NCG_TF_LOWER) && x->tok[j].kind != NCG_TOK_NUMBER)
			return i;
	}
	return i;
}

enum { PAIR_VENUE_REACH = 6 };

/* fix184 (review150 1-4, 9): the place of a restated pair's meeting
 * said right after the other principal, who ends at token e of
 * sentence s: a length (pair_duration_end) allowed, then "in" (lex:
 * withinPreposition) and the place, or "at" (lex:settingPreposition) and
 * up to PAIR_VENUE_REACH words (no comma, no clause's opener:
 * lex:clauseObject "when", lex:clauseSubordinator "while"), then "in"
 * and the place; the place ends the sentence ("met Brown for about 40
 * minutes at the California state government office in Sacramento.").
 * Not "met Sato and later toured a plant in Osaka", "met Sato when both
 * were students in Boston", "met Sato in Sapporo before, when ...".
 * NULL when there is none. */
static const ncg_mention *
pair_meeting_place(const mr_ctx *x, uint32_t s, size_t e)
{
	size_t i = pair_duration_end(x, s, e), t1 = x->sent[s].t1;
	const ncg_mention *m;

	if (i < t1 && wl_is(x, i, NCG_WL_SETTING_PREP) && (x->tok[i].flags & NCG_TF_LOWER)) {
		size_t lim = i + 1 + PAIR_VENUE_REACH < t1 ? i + 1 + PAIR_VENUE_REACH : t1;

		for (i++; i < lim && !wl_is(x, i, NCG_WL_WITHIN_PREPOSITION); i++)
			if (x->tok[i].kind != NCG_TOK_WORD || wl_is(x, i, NCG_WL_CLAUSE_OBJECT) ||
			    wl_is(x, i, NCG_WL_CLAUSE_SUBORDINATOR))
				return NULL;
	}
	if (i + 1 >= t1 || !wl_is(x, i, NCG_WL_WITHIN_PREPOSITION) || !(x->tok[i].flags & NCG_TF_LOWER))
		return NULL;
	m = inside(x, s, i + 1 + (wl_is(x, i + 1, NCG_WL_DEFINITE_ARTICLE) ? 1 : 0), NCG_M_PLACE);
	if (m == NULL || place_start(x, m) != i + 1 || coordinated_place(x, m))
		return NULL;
	for (size_t j = m->t1; j < t1; j++)
		if (x->tok[j].kind != NCG_TOK_PUNCT || ncg_doc_tok_is(x->doc, j, ","))
			return NULL;
	return m;
}

enum { RESTATED_PAIR_REACH = 3 };

/* rules371, narrowed by fix184 (review150 1-5, 9, 12): a wire story
 * restates its lead's two-party meeting a few sentences on with where it
 * was: "a meeting Tuesday between Gov. A and Gov. B ... / A, who also
 * serves as ..., met B for about 40 minutes at the state government
 * office in Sacramento".  Within RESTATED_PAIR_REACH sentences of the
 * lead's c (whose clause names just two officials), a sentence that
 * opens with one of them (a "who" clause between commas allowed), then
 * "met" (lex:metVerb, "with" allowed) and the other, no possessor: the
 * place right after the other (pair_meeting_place), the sentence no
 * future (lex:futureCue), no date unfit for the lead's meeting
 * (restated_date_unfit, as restated_met), not recent ("met last week"),
 * recalled (lex:recallCue: "met B last year", lex:agoWord) or the
 * first time (lex:firstTimeCue); or NULL.  The first such sentence
 * decides. */
static const ncg_mention *
restated_pair_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	const char *kc[SAME_PRINCIPALS_MOST], *a, *b;
	size_t e, v, t1;

	if ((c->kind != NCG_MC_PRINCIPALS && c->kind != NCG_MC_NOUN) || c->in_title || c->virtual_ ||
	    c->place || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) || has_ev(c, EV_CALL) ||
	    c->sent != x->lead[0] || clause_officials(x, c, kc) != 2)
		return NULL;
	for (uint32_t s = c->sent + 1; s <= c->sent + RESTATED_PAIR_REACH && s < x->nsent; s++) {
		t1 = x->sent[s].t1;
		if (in_title(x, s) || !(a = pair_principal(x, c, s, x->sent[s].t0, kc, 2, &e)))
			continue;
		v = e;
		if (v + 1 < t1 && ncg_doc_tok_is(x->doc, v, ",") && relative_opens(x, v + 1)) {
			for (v++; v < t1 && !ncg_doc_tok_is(x->doc, v, ","); v++)
				;
			v++;
		}
		if (v + 1 >= t1 || !met_word(x, s, v))
			continue;
		if (!(b = pair_principal(x, c, s, v + 1 + tok_ieq(x, v + 1, "with"), kc, 2, &e)) ||
		    strcmp(a, b) == 0)
			continue;
		if (wl_find(x, x->sent[s].t0, t1, NCG_WL_FUTURE_CUE) < t1 || restated_date_unfit(x, s, v) ||
		    wl_find(x, x->sent[s].t0, t1, NCG_WL_RECENT_PERIOD) < t1 ||
		    wl_find(x, x->sent[s].t0, t1, NCG_WL_RECALL_CUE) < t1 ||
		    wl_find(x, x->sent[s].t0, t1, NCG_WL_AGO_WORD) < t1 ||
		    wl_find(x, x->sent[s].t0, t1, NCG_WL_FIRST_TIME_CUE) < t1)
			return NULL;
		return pair_meeting_place(x, s, e);
	}
	return NULL;
}

/* rules211: the restated meeting's day: the one day said after its
 * verb, not after the issue date. */
static void
restated_met_day(mr_ctx *x, ncg_meeting_cand *c)
{
	size_t v = restated_met(x, c);
	const size_t *idx;
	size_t n;
	const ncg_mention *d = NULL;

	if (!v || c->date[0])
		return;
	n = ncg_mentions_in_sentence(x->ms, c->sent + 1, &idx);
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind == NCG_M_DATE && m->t0 > v) {
			if (d || m->date.prec != NCG_PREC_DAY)
				return;
			d = m;
		}
	}
	if (!d)
		return;
	set_day(x, c, &d->date, "day-of-restated-met");
}

enum { WELCOME_PLACE_REACH = 4 };

/* The officials of c (at most SAME_PRINCIPALS_MOST keys into k): its
 * clause's, and with fewer than two there, the previous sentence's too
 * ("Minister ... Kang Kyung-wha visited ... During the visit, she had a
 * meeting with Commander ... Robert Abrams": Kang is the "she"). */
static size_t
meeting_officials(const mr_ctx *x, const ncg_meeting_cand *c, const char **k)
{
	size_t nk = clause_officials(x, c, k), n;
	const size_t *idx;

	if (nk >= 2 || c->sent == 0)
		return nk;
	n = ncg_mentions_in_sentence(x->ms, c->sent - 1, &idx);
	for (size_t a = 0; a < n && nk < SAME_PRINCIPALS_MOST; a++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[a]);

		if (m->kind == NCG_M_OFFICIAL && m->key && !key_among(k, nk, m->key))
			k[nk++] = m->key;
	}
	return nk;
}

/* review90: who welcomes at the cue, token i of sentence s: the
 * official of the appositive "W, welcoming G" (ending at the comma just
 * before the cue), or the speaker of a transcript's line ("Secretary
 * Cohen: Let me take this occasion to welcome Minister Chun to the
 * Pentagon", the official who starts the line before ":") who looks
 * forward to nothing (lex:anticipationCue) before the cue.  NULL
 * otherwise: "thanked Minister Kang for welcoming", "recalled Minister
 * Kang warmly welcoming", "the opportunity of welcoming". */
static const ncg_mention *
welcomer_at(const mr_ctx *x, uint32_t s, size_t i)
{
	size_t t0 = x->sent[s].t0;
	const ncg_mention *w;

	if (i >= t0 + 2 && ncg_doc_tok_is(x->doc, i - 1, ",") && (w = inside(x, s, i - 2, NCG_M_OFFICIAL)) != NULL &&
	    w->t1 == i - 1)
		return w;
	w = inside(x, s, t0, NCG_M_OFFICIAL);
	if (w && w->t0 == t0 && w->t1 < i && ncg_doc_tok_is(x->doc, w->t1, ":") &&
	    wl_find(x, w->t1, i, NCG_WL_ANTICIPATION_CUE) >= i && wl_find(x, w->t1, i, NCG_WL_MEETING_WISH_CUE) >= i)
		return w;
	return NULL;
}

/* Does the rest of p's clause (to a comma or the sentence's end) tell
 * another time: a date, a period or a future cue ("to Jeju last year",
 * "to Busan in 2018", "to Seoul next week")? */
static int
time_after_place(const mr_ctx *x, const ncg_mention *p)
{
	size_t e = p->t1;

	while (e < x->sent[p->sent].t1 && !ncg_doc_tok_is(x->doc, e, ","))
		e++;
	for (size_t j = p->t1; j < e; j++)
		if (inside(x, p->sent, j, NCG_M_DATE) || inside(x, p->sent, j, NCG_M_PERIOD))
			return 1;
	return wl_find(x, p->t1, e, NCG_WL_FUTURE_CUE) < e;
}

/* review90: the welcome at the cue, token i: the welcomer (welcomer_at)
 * and the guest straight after the cue both officials of the meeting
 * (meeting_officials; the guest any other official when the meeting
 * names fewer than two, as a transcript's briefing does: "Secretary
 * Cohen: Let me ... welcome Minister Chun to the Pentagon"), then "to"
 * and the place ("the"
 * allowed) with no other time after it (time_after_place).  Not
 * "recalled Minister Kang warmly welcoming Senator Inhofe to Busan in
 * 2018" (no welcomer, a guest not of the meeting, another year). */
static const ncg_mention *
welcome_appositive(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t s, size_t i)
{
	const char *kc[SAME_PRINCIPALS_MOST];
	size_t nc = meeting_officials(x, c, kc), t1 = x->sent[s].t1;
	const ncg_mention *w = welcomer_at(x, s, i), *g, *p;

	if (!w || (g = inside(x, s, i + 1, NCG_M_OFFICIAL)) == NULL || g->t0 != i + 1 || g->t1 + 1 >= t1 ||
	    !tok_ieq(x, g->t1, "to") || !key_among(kc, nc, w->key) || !g->key || (nc >= 2 && !key_among(kc, nc, g->key)) ||
	    strcmp(w->key, g->key) == 0)
		return NULL;
	p = inside(x, s, g->t1 + 1, NCG_M_PLACE);
	if (!p && g->t1 + 2 < t1)
		p = inside(x, s, g->t1 + 2, NCG_M_PLACE);
	if (!p || place_start(x, p) != g->t1 + 1 || coordinated_place(x, p) || time_after_place(x, p))
		return NULL;
	return p;
}

/* "During the visit, she had a meeting with Commander of the U.S.
 * Forces Korea Robert Abrams ... / Commander Abrams, welcoming Minister
 * Kang to Camp Humphreys, mentioned ..." (MOFA): an official welcomed
 * (lex:welcomeCue, lower case) by the other in an appositive
 * (welcome_appositive), within a few sentences from c, no future cue
 * before: the place they met.  Not "welcomed the agreement" (no
 * official), "will welcome Y to Seoul" (ahead). */
static const ncg_mention *
welcomed_guest_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	if (c->in_title || recalled_or_ahead(c))
		return NULL;
	for (uint32_t s = c->sent; s < x->nsent && s <= c->sent + WELCOME_PLACE_REACH; s++) {
		size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1;

		for (size_t i = t0; i + 3 < t1; i++) {
			const ncg_mention *p;

			if (!(x->tok[i].flags & NCG_TF_LOWER) || !wl_is(x, i, NCG_WL_WELCOME_CUE) ||
			    wl_find(x, t0, i, NCG_WL_FUTURE_CUE) < i)
				continue;
			if ((p = welcome_appositive(x, c, s, i)) != NULL)
				return p;
		}
	}
	return NULL;
}

/* fix162 (review131 4): is the visitor the SUBJECT line names before
 * its visit noun (the place m after "VISIT TO") none of c's officials
 * ("PRIME MINISTER OHIRA'S VISIT TO WASHINGTON" over "AMBASSADOR
 * MANSFIELD MET WITH VICE FOREIGN MINISTER TAKASHIMA"), or does c's
 * sentence name a visit after c ("TO REVIEW ARRANGEMENTS FOR THE PRIME
 * MINISTER'S VISIT")?  A meeting at home that prepares the visit.  A
 * visitor named by an office alone ("US COAST GUARD COMMANDANT'S
 * VISIT") is no official's name to check. */
static int
visit_of_another(const mr_ctx *x, const ncg_meeting_cand *c, size_t a, const ncg_mention *m)
{
	const char *kc[SAME_PRINCIPALS_MOST];
	size_t nc = clause_officials(x, c, kc), n, t1 = x->sent[c->sent].t1;
	const size_t *idx;

	if (wl_find(x, c->t1, t1, NCG_WL_VISIT_NOUN) < t1)
		return 1;
	n = ncg_mentions_in_sentence(x->ms, m->sent, &idx);
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *v = ncg_mentions_at(x->ms, idx[k]);

		if (v->kind == NCG_M_OFFICIAL && v->t0 >= a && v->t1 + 2 <= m->t0 &&
		    (!v->key || !key_among(kc, nc, v->key)))
			return 1;
	}
	return 0;
}

/* rules337: a cable's SUBJECT line naming the visit "to" a city
 * (ncg_cable_subject_visit_place: "US COAST GUARD COMMANDANT'S VISIT TO
 * TOKYO"): the city of the visit's meetings, when nothing else places
 * the one chosen.  fix162 (review131 4, 9): a SUBJECT line up to c's
 * sentence only, and not when the visit is another's (visit_of_another). */
static const ncg_mention *
cable_subject_visit_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	const ncg_mention *m;

	for (size_t i = 0; i < x->sent[c->sent].t1; i++)
		if ((x->tok[i].flags & NCG_TF_LINE) &&
		    (m = ncg_cable_subject_visit_place(x->doc, x->lex, x->ms, x->d->issued, i)) != NULL)
			return visit_of_another(x, c, i, m) ? NULL : m;
	return NULL;
}

/* fix175 (review141 1): the place or country mention at token p of
 * sentence s (a definite article allowed before it), or NULL. */
static const ncg_mention *
place_or_country_at(const mr_ctx *x, uint32_t s, size_t p)
{
	const ncg_mention *m = NULL;

	if (p < x->sent[s].t1 && wl_is(x, p, NCG_WL_DEFINITE_ARTICLE))
		p++;
	if (p < x->sent[s].t1 && ((m = inside(x, s, p, NCG_M_PLACE)) == NULL || m->t0 != p))
		m = inside(x, s, p, NCG_M_COUNTRY);
	return m && m->t0 == p && m->key ? m : NULL;
}

/* Is mention m (a place or country) elsewhere than the place dl: another
 * city, or a country dl does not lie in? */
static int
elsewhere_than(const ncg_mention *m, const ncg_mention *dl)
{
	if (!dl->key)
		return 0;
	if (m->kind == NCG_M_PLACE)
		return strcmp(m->key, dl->key) != 0;
	for (int i = 0; i < 2; i++)
		if (dl->place.country[i] && strcmp(dl->place.country[i], m->key) == 0)
			return 0;
	return 1;
}

/* fix175 (review141 1): does sentence s, outside the candidate's own
 * noun [n0, n1), name a gathering away from the dateline's place dl: a
 * visit or trip (lex:visitNoun) "to" a place or country dl is not in
 * ("during his state visit to the United States" under "TOKYO, April 11
 * (Kyodo)"), a sideline cue (lex:sidelineCue: "on the sidelines of the
 * UN General Assembly") or a named gathering (lex:gatheringNameNoun after
 * a capitalised word: "the Indo-Pacific Chiefs of Defense conference")?
 * The wire's dateline then tells where it filed from, not where they
 * met. */
static int
gathering_elsewhere(const mr_ctx *x, uint32_t s, size_t n0, size_t n1, const ncg_mention *dl)
{
	size_t t1 = x->sent[s].t1, e;
	const ncg_mention *m;

	if (wl_find(x, x->sent[s].t0, t1, NCG_WL_SIDELINE_CUE) < t1)
		return 1;
	for (size_t i = x->sent[s].t0 + 1; i < t1; i++) {
		if ((i < n0 || i >= n1) && wl_is(x, i, NCG_WL_GATHERING_NAME_NOUN) &&
		    (x->tok[i - 1].flags & (NCG_TF_CAP | NCG_TF_UPPER)))
			return 1;
		if ((e = wl_at(x, i, t1, NCG_WL_VISIT_NOUN)) != 0 && e + 1 < t1 && tok_ieq(x, e, "to") &&
		    (m = place_or_country_at(x, s, e + 1)) != NULL && elsewhere_than(m, dl))
			return 1;
	}
	return 0;
}

/* fix175: does the lead sentence, or candidate c's, name a gathering
 * away from the dateline's place dl (gathering_elsewhere)? */
static int
met_away_from_dateline(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *dl)
{
	uint32_t l = x->lead[0];
	size_t n0 = c->sent == l ? c->t0 : 0, n1 = c->sent == l ? c->t1 : 0;

	return dl && ((l < x->nsent && gathering_elsewhere(x, l, n0, n1, dl)) ||
	              gathering_elsewhere(x, c->sent, c->t0, c->t1, dl));
}

static void
place_elsewhere(mr_ctx *x, ncg_meeting_cand *c)
{
	static const ncg_mention *(*const near[])(const mr_ctx *, const ncg_meeting_cand *) = {
		restated_met_place, content_place, anaphor_place, visit_place, lead_place, arrival_place, visited_city,
		visited_place_before, included_visit_place,
		arrival_same_day_place,
		next_lead_principals_place, transcript_title_place, adjacent_met_place,
		same_day_next_place, lead_same_day_place,
		speaker_here_place, held_here_dateline, principal_arrival_place,
		welcomed_guest_place, anaphor_chain_place, restated_pair_place,
	};
	static const ncg_mention *(*const head[])(const mr_ctx *) = {
		head_place_line, colon_dateline, title_venue, headline_verb_place, label_place_line,
		caption_then_dateline, agency_dateline,
	};

	/* not one continuing another numbered meeting ("opened the seventh
	 * round ... will focus on what met with discord during the sixth round
	 * of talks in Hawaii last month") */
	for (size_t k = 0; !c->place && !c->virtual_ && k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k], *of;

		if (!has_ev(o, EV_CONTINUES) || o->sent < c->sent || !o->place ||
		    has_ev(o, EV_FUTURE))
			continue;
		of = continued(x, o, k);
		if (!of || of == c || same_meeting(c, of))
			c->place = o->place;
	}
	if (c->virtual_)
		return;
	for (size_t k = 0; !c->place && k < sizeof near / sizeof near[0]; k++)
		c->place = near[k](x, c);
	if (!c->place && unknown_venue_near(x, c)) {
		c->own_venue = 1;
		return;
	}
	for (size_t k = 0; !c->place && k < sizeof head / sizeof head[0]; k++) {
		c->place = head[k](x);
		/* fix175 (review141 1): a wire's dateline, not where they met */
		if (c->place && (head[k] == colon_dateline || head[k] == agency_dateline) &&
		    met_away_from_dateline(x, c, c->place)) {
			c->place = NULL;
			c->own_venue = 1;
			return;
		}
	}
	if (!c->place)
		c->place = cable_subject_visit_place(x, c);
	/* after a dateline's or headline's city: a noun said again is
	 * further from the lead than they */
	if (!c->place)
		c->place = repeated_noun_place(x, c);
	if (!c->place && !c->date[0])
		caption_setting(x, c);
}

/* rules43: a country is never a meeting's place (city_of); a city said
 * of the same meeting (its ordinal found by now) replaces it: "it is
 * his first meeting here in Washington with his U.S. counterparts" ...
 * "In his first face-to-face meeting with Tai, Yeo discussed ...
 * investments in the US" */
static void
city_of_same(mr_ctx *x, ncg_meeting_cand *c)
{
	if (!c->place || c->place->kind != NCG_M_COUNTRY || c->virtual_)
		return;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *o = &x->d->c[k];

		if (o != c && same_meeting(c, o) && o->place && o->place->kind == NCG_M_PLACE &&
		    !o->in_title && !has_ev(o, EV_FUTURE) && !has_ev(o, EV_REFERENCE)) {
			c->place = o->place;
			return;
		}
	}
}

/* rules131: a country that is still c's place after city_of_same and
 * lies inside a line of work ("participated in meetings with ROK
 * government officials to discuss ... human rights concerns in the
 * DPRK"; in_agenda_item) is a topic, and no country is a place
 * (city_of): c names no place, and the places said elsewhere may. */
static void
agenda_country(mr_ctx *x, ncg_meeting_cand *c)
{
	if (c->place && c->place->kind == NCG_M_COUNTRY && in_agenda_item(x, c->place))
		c->place = NULL;
}

/* "on" and a full day with its year just after the place pl ("to Camp
 * Murray on May 25, 2023"), or NULL. */
static const ncg_mention *
visit_day(const mr_ctx *x, const ncg_mention *pl)
{
	const ncg_mention *d = tok_ieq(x, pl->t1, "on") ? inside(x, pl->sent, pl->t1 + 1, NCG_M_DATE) : NULL;

	return d && d->t0 == pl->t1 + 1 && d->date.prec == NCG_PREC_DAY && d->date.y ? d : NULL;
}

/* fix93 (review88): is the visit of sentence s of another time than
 * c: an earlier one (host_recalled: "last year", "ago", a year before
 * the issue year), or a year other than c's (or, c undated, the issue
 * year's), or, before c, any year when neither is known ("The visit to
 * Hanoi on May 2, 2019, was his first. / X met with Y ...")? */
static int
visit_other_time(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t s)
{
	size_t a = x->sent[s].t0, b = x->sent[s].t1;
	int ref = c->date[0] ? c->date[0] : x->d->issued[0];

	return host_recalled(x, s, a, b) ||
	       ((ref || s < c->sent) && year_other_than(x, s, a, b, ref, 0));
}

/* The place of "The visit to P" opening a sentence before c's or up to
 * two after it (before c: in the lead, the sentence after it, or up to
 * three before c; not of another time: visit_other_time), or
 * of "During the visit to P" ("The visit to Camp Murray on May 25, 2023,
 * helped Jittkaewtae and his staff better understand ...", DVIDS): the
 * visit the text reports, with no word between "the" and the visit noun
 * ("the next visit to Seoul", "a previous trip to Manila" are others),
 * no future cue in its sentence; NULL when two such visits name two
 * places; of two on one place, one dated (visit_day). */
static const ncg_mention *
the_visit_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	const ncg_mention *got = NULL, *m;

	for (uint32_t s = 0; s <= c->sent + 2 && s < x->nsent; s++) {
		size_t p = x->sent[s].t0, t1 = x->sent[s].t1, v;

		if (tok_ieq(x, p, "during"))
			p++;
		if ((s > 1 && s + 3 < c->sent) || visit_other_time(x, c, s))
			continue;
		if (p + 3 >= t1 || !tok_ieq(x, p, "the") || !(v = wl_at(x, p + 1, t1, NCG_WL_VISIT_NOUN)) ||
		    !tok_ieq(x, v, "to") || wl_find(x, x->sent[s].t0, t1, NCG_WL_FUTURE_CUE) < t1)
			continue;
		m = inside(x, s, v + 1, NCG_M_PLACE);
		if (!m || m->t0 != v + 1 || coordinated_place(x, m))
			continue;
		if (got && strcmp(got->key ? got->key : "", m->key ? m->key : ""))
			return NULL;
		if (!got || (!visit_day(x, got) && visit_day(x, m)))
			got = m;
	}
	return got;
}

/* rules262: c with no place met where "The visit to P" went (the_visit_
 * place); "on" and a full day after P, when c has no day or the same,
 * dates it: "The visit to Camp Murray on May 25, 2023, helped ...". */
static void
the_visit_setting(mr_ctx *x, ncg_meeting_cand *c)
{
	const ncg_mention *pl, *d;

	if (c->place || c->virtual_ || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) ||
	    has_ev(c, EV_CALL) || !(pl = the_visit_place(x, c)))
		return;
	d = visit_day(x, pl);
	if (c->date[0] && d && (c->date[0] != d->date.y || c->date[1] != d->date.m ||
	                        c->date[2] != d->date.d))
		return;
	c->place = pl;
	if (d && !c->date[0])
		set_day(x, c, &d->date, "day-of-the-visit");
}

/* fix132 (review112 3): is the place m a building or a site, no city: no
 * lexicon place, one in a city (lex:inCity), or one with "the", an
 * installation's word or a place's lead ("the Pentagon", "Camp
 * Humphreys", "Osan Air Base")?  A visit there says nothing of where a
 * meeting elsewhere in the trip was. */
static int
visited_site(const mr_ctx *x, const ncg_mention *m)
{
	if (!m->lex || m->lex->part_of || (m->t0 > 0 && wl_is(x, m->t0 - 1, NCG_WL_DEFINITE_ARTICLE)))
		return 1;
	for (size_t k = m->t0; k < m->t1; k++)
		if (wl_is(x, k, NCG_WL_DEFINITE_ARTICLE) || wl_is(x, k, NCG_WL_INSTALLATION_WORD) ||
		    wl_is(x, k, NCG_WL_PLACE_LEAD_WORD) || wl_is(x, k, NCG_WL_VENUE_HEAD_WORD))
			return 1;
	return 0;
}

/* fix132 (review112 3): after the lead's visit to the place m, does the
 * text go elsewhere before c's sentence: a journey (lex:arrivalVerb:
 * "Austin then traveled to Japan", "arrived in") or another place ("In
 * Puerto Princesa she spoke to fishermen")?  Then c need not have met in
 * m. */
static int
lead_visit_moved(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	size_t e = x->sent[c->sent].t0;
	const ncg_mention *o;

	if (wl_find(x, m->t1, e, NCG_WL_ARRIVAL_VERB) < e)
		return 1;
	for (uint32_t s = m->sent; s < c->sent; s++)
		for (size_t j = s == m->sent ? m->t1 : x->sent[s].t0; j < x->sent[s].t1; j++)
			if ((o = inside(x, s, j, NCG_M_PLACE)) && o->key && m->key && strcmp(o->key, m->key))
				return 1;
	return 0;
}

/* fix132 (review112 3): may c have met during the lead's visit to m: c
 * has no day of its own, or the lead names that day (or its weekday)
 * after m, or no day at all ("during his visit to Washington earlier this month. / ... paid
 * a courtesy call ... on April 8": JoongAng); not "during a visit to
 * Seoul on March 4. ... On March 6, Austin met with ..." (another day). */
static int
lead_visit_same_day(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *m)
{
	const ncg_mention *d;
	int dated = 0, wd;

	if (!c->date[2])
		return 1;
	for (size_t j = m->t1; j < x->sent[m->sent].t1; j++)
		if ((d = inside(x, m->sent, j, NCG_M_DATE)) && d->date.prec == NCG_PREC_DAY) {
			if (d->date.y == c->date[0] && d->date.m == c->date[1] && d->date.d == c->date[2])
				return 1;
			dated = 1;
		} else if (!d && (wd = weekday_at(x, j)) != 0) {
			/* "during her trip to Manila on Monday" */
			if (wd == weekday_of(c->date))
				return 1;
			dated = 1;
		}
	return !dated;
}

/* rules341: does c's sentence open "During" the visit already told:
 * "During my visit I met with ...", "During the visit, she met with"
 * (lex:definiteArticle or lex:possessiveDeterminer, a lex:visitNoun, then
 * no "to")?  Then the lead's visit is that one, said with any verb
 * ("Today I completed my visit to Honolulu, Hawaii, where ..."). */
static int
during_told_visit(const mr_ctx *x, const ncg_meeting_cand *c)
{
	size_t a = x->sent[c->sent].t0, t1 = x->sent[c->sent].t1, v;

	return a + 3 < t1 && a + 3 <= c->t0 && tok_ieq(x, a, "during") &&
	       (wl_is(x, a + 1, NCG_WL_DEFINITE_ARTICLE) || wl_is(x, a + 1, NCG_WL_POSSESSIVE)) &&
	       (v = wl_at(x, a + 2, t1, NCG_WL_VISIT_NOUN)) != 0 && v <= c->t0 && !tok_ieq(x, v, "to");
}

/* fix166 (review133 1-3): may the lead's words up to p, the word before
 * a visit phrase's article or possessive (sentence s), tell the visit
 * itself: p is a past verb ("completed my visit to Honolulu":
 * lower-case -ed, lex:irregularPastVerb, lex:irregularPastAct), no
 * preposition nor time word ("her first stop since her visit to",
 * "flew to Canberra after his visit to"), and no place is named before
 * it ("arrived in Guam", "toured Andersen Air Force Base"). */
static int
told_visit_verb(const mr_ctx *x, uint32_t s, size_t p)
{
	if (!(past_verb_in(x, p, p + 1) || wl_is(x, p, NCG_WL_IRREGULAR_PAST_VERB) ||
	      wl_is(x, p, NCG_WL_IRREGULAR_PAST_ACT)))
		return 0;
	return kind_in(x, s, x->sent[s].t0, p, NCG_M_PLACE) == NULL;
}

/* rules345: does "during the visit" close c's clause after c, the visit
 * noun (lex:visitNoun) then the clause's end or a day ("Minister Conroy
 * met with ... Hicks during the visit on 22 October", Defence Connect)?
 * The visit the lead told, as during_told_visit; not "during the visit
 * of ..." nor "during the visit to ..." (another one named). */
static int
during_told_visit_after(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t c0, c1;
	size_t v;
	const ncg_mention *d;

	clause_of(x, c->sent, c->t1, &c0, &c1);
	for (size_t p = c->t1; p + 2 < c1; p++) {
		if (!tok_ieq(x, p, "during") || !wl_is(x, p + 1, NCG_WL_DEFINITE_ARTICLE) ||
		    !(v = wl_at(x, p + 2, c1, NCG_WL_VISIT_NOUN)))
			continue;
		if (v < c1 && tok_ieq(x, v, "on") && (d = inside(x, c->sent, v + 1, NCG_M_DATE)) &&
		    d->t0 == v + 1)
			v = d->t1;
		return v >= c1 || ncg_doc_tok_is(x->doc, v, ".") || ncg_doc_tok_is(x->doc, v, ",");
	}
	return 0;
}

/* fix169 (review135 3): is the visitor of the told visit in sentence s
 * (the first official named before its verb or "during" at p) one of c's
 * (their surname in c's clause)?  "Japanese Defence Minister Taro Sato
 * met with US officials during a visit to the Pentagon this week. /
 * Minister Roe met with ... during the visit on 22 October": Sato's
 * visit, not Roe's.  No official named (a speaker: "I completed my
 * visit"): any. */
static int
told_visitor_met(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t s, size_t p)
{
	const ncg_mention *o = official_in(x, s, x->sent[s].t0, p);

	if (!o)
		return 1;
	for (size_t k = c->c0; k < c->c1; k++)
		if (surname_matches(x, o, k))
			return 1;
	return 0;
}

/* fix169 (review135 4): does c's own sentence tell another time than
 * the issue's: a year other than the issue year or a recall cue ("In
 * 2019, Minister Roe met with ... during the visit on 22 October": a
 * year in a date or a period, or in figures, year_token)?
 * Then "the visit" is no lead visit of this issue. */
static int
told_other_time(const mr_ctx *x, const ncg_meeting_cand *c)
{
	return span_recalled(x, c->sent, x->sent[c->sent].t0, x->sent[c->sent].t1, 0);
}

/* devreal58: the place of a visit "to" P told in lead sentence s (before
 * c): "during" an article or a possessive (lex:indefiniteArticle,
 * lex:possessive), a visit noun, "to" and a place mention, no
 * coordinated place, no future cue, recall cue nor earlier time in s
 * (host_recalled, visit_other_time) and no month alone after the place
 * ("he first met Iwasaki during a visit to Tokyo in October" is an
 * earlier visit).  Untold (c's sentence names no visit), the place must
 * be a city, no site (visited_site: a visit to the Pentagon says nothing
 * of where a meeting elsewhere was).  told (c's sentence says "the
 * visit": during_told_visit, during_told_visit_after): c met during that
 * visit, so a site too is its place; then any past verb may tell the
 * visit (told_visit_verb: "completed my visit to"), and its visitor must
 * be one of c's (fix169: told_visitor_met).  *seen is set when s tells a
 * visit at all: the caller then stops there, a place or none, and looks
 * no further for another lead sentence's visit. */
static const ncg_mention *
lead_sentence_visit_place(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t s, int told, int *seen)
{
	size_t a = x->sent[s].t0, t1 = x->sent[s].t1;

	if (visit_other_time(x, c, s) || wl_find(x, a, t1, NCG_WL_FUTURE_CUE) < t1 ||
	    wl_find(x, a, t1, NCG_WL_RECALL_CUE) < t1 || host_recalled(x, s, a, t1))
		return NULL;
	for (size_t p = a; p + 4 < t1; p++) {
		size_t v;
		const ncg_mention *m, *d;

		if (!(told || tok_ieq(x, p, "during")) || !(wl_is(x, p + 1, NCG_WL_INDEFINITE_ARTICLE) ||
		                                             wl_is(x, p + 1, NCG_WL_POSSESSIVE)) ||
		    !(v = wl_at(x, p + 2, t1, NCG_WL_VISIT_NOUN)) || !tok_ieq(x, v, "to"))
			continue;
		*seen = 1;
		if ((told && !tok_ieq(x, p, "during") && !told_visit_verb(x, s, p)) ||
		    (told && !told_visitor_met(x, c, s, p)) ||
		    (m = visit_to_place(x, s, v, t1)) == NULL || (!told && visited_site(x, m)))
			return NULL;
		for (size_t j = m->t1; j < t1; j++)
			if ((d = inside(x, s, j, NCG_M_DATE)) && d->date.prec != NCG_PREC_DAY)
				return NULL;
		return lead_visit_moved(x, c, m) || !lead_visit_same_day(x, c, m) ? NULL : m;
	}
	return NULL;
}

/* The place of the lead's visit (lead_sentence_visit_place) for c: the
 * first lead sentence's, or, when c's sentence tells its meeting as part
 * of "the visit" (during_told_visit, rules345: during_told_visit_after),
 * the first of the two lead sentences before c to tell one ("Minister
 * Conroy met with ... during the visit on 22 October" after a photo
 * caption and "... has met with US officials during a visit to the
 * Pentagon this week"); the told visit's site is then where c met too. */
static const ncg_mention *
lead_during_visit_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	int told = during_told_visit(x, c) || during_told_visit_after(x, c);

	if (told && told_other_time(x, c))
		return NULL;
	for (int k = 0; k < (told ? 2 : 1); k++) {
		uint32_t s = x->lead[k];
		const ncg_mention *m;
		int seen = 0;

		if (s == UINT32_MAX || s >= c->sent)
			return NULL;
		m = lead_sentence_visit_place(x, c, s, told, &seen);
		if (m || seen)
			return m;
	}
	return NULL;
}

/* fix169 (review135 1-2): is c's meeting the first thing the official
 * before the relative does after its closing comma (token a): only a
 * date, a weekday or "on" between a and c's words, or a holding or
 * meeting verb (lex:holdingVerb, lex:meetingVerb: "held a series of
 * meetings") with no comma nor relative after it, so that the official
 * is c's subject ("..., who is on a visit to Tokyo, said she had met
 * ...", "..., told reporters that Kim Lee met ..." are others' or
 * earlier meetings), and no recall cue in c's words ("first met")? */
static int
relative_visit_verb_next(const mr_ctx *x, const ncg_meeting_cand *c, size_t a)
{
	size_t j = a;

	while (j < c->t0 &&
	       (inside(x, c->sent, j, NCG_M_DATE) || weekday_at(x, j) || tok_ieq(x, j, "on")))
		j++;
	if (j < c->t0 && !wl_is(x, j, NCG_WL_HOLDING_VERB) && !wl_is(x, j, NCG_WL_MEETING_VERB))
		return 0;
	for (size_t k = j; k < c->t0; k++)
		if (ncg_doc_tok_is(x->doc, k, ",") || wl_is(x, k, NCG_WL_SUBJECT_RELATIVE))
			return 0;
	return wl_find(x, a, c->t1, NCG_WL_RECALL_CUE) >= c->t1;
}

/* rules345: "Foreign Minister Kang Kyung-wha, who is on a visit to
 * Washington, D.C., held a series of meetings with ..." (MOFA): an
 * official, then a relative (lex:subjectRelative) of being (lex:
 * participleAuxiliary) "on" an article (lex:indefiniteArticle) or a
 * possessive, a visit noun (lex:visitNoun), "to" a place and a comma,
 * then c as the visitor's first act (relative_visit_verb_next): the
 * visitor met where the visit was.  Not the relative after another noun ("the
 * envoy's aide, who ...": an official must end before the comma). */
static const ncg_mention *
relative_visit_place(const mr_ctx *x, const ncg_meeting_cand *c)
{
	uint32_t s = c->sent;
	size_t v;
	const ncg_mention *m;

	for (size_t p = c->c0 + 2; p + 6 < c->t0; p++) {
		if (!wl_is(x, p, NCG_WL_SUBJECT_RELATIVE) || !ncg_doc_tok_is(x->doc, p - 1, ",") ||
		    !official_ending(x, s, p - 1) || !wl_is(x, p + 1, NCG_WL_PARTICIPLE_AUX) ||
		    !tok_ieq(x, p + 2, "on") ||
		    !(wl_is(x, p + 3, NCG_WL_INDEFINITE_ARTICLE) || wl_is(x, p + 3, NCG_WL_POSSESSIVE)) ||
		    !(v = wl_at(x, p + 4, c->t0, NCG_WL_VISIT_NOUN)) ||
		    !(m = visit_to_place(x, s, v, c->t0)) || !ncg_doc_tok_is(x->doc, m->t1, ","))
			continue;
		return relative_visit_verb_next(x, c, m->t1 + 1) ? m : NULL;
	}
	return NULL;
}

/* devreal58: c with no place met where the lead's visit went
 * (lead_during_visit_place): "Adm. Samuel J. Paparo ... reinforced the
 * ... partnership ... during a visit to Bangkok on January 24 and 25.
 * ... During official engagements, Adm. Paparo met with ..." (Thai
 * Times); "A judge ... met with the U.S. Supreme Court's chief justice
 * during his visit to Washington earlier this month. / ... Kwon
 * Young-joon paid a courtesy call on Chief Justice John Roberts ..."
 * (JoongAng).  Its place only: the visit's days are not c's.  rules345
 * (fix169, review135 10): else, c not in a headline, where its visitor's
 * relative says the visit is (relative_visit_place). */
static void
lead_visit_setting(mr_ctx *x, ncg_meeting_cand *c)
{
	const ncg_mention *pl;

	if (c->place || c->virtual_ || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) ||
	    has_ev(c, EV_CALL))
		return;
	if (!(pl = lead_during_visit_place(x, c)) && !c->in_title)
		pl = relative_visit_place(x, c);
	if (pl)
		c->place = pl;
}

/* rules262: "The Tokyo program began with a meeting hosted by Minister
 * Ibuki" (ed.gov travel log): "The", a city (no country) and a noun of
 * a trip's part (lex:tripPartNoun) open c's sentence before c, and no
 * future cue follows, and the trip went "to" that city before
 * (went_to_before): that city is where c met.  Not "The Washington
 * Post" (a capital after the city), "the Beijing government", "The
 * Seoul program of the Korea Foundation hosted a meeting" (no trip
 * there: a body's programme). */
/* fix93 (review88): did a sentence before s say "to" the place m ("the
 * delegation traveled by train to Tokyo.")?  The trip went there. */
static int
went_to_before(const mr_ctx *x, uint32_t s, const ncg_mention *m)
{
	for (uint32_t r = 0; r < s && m->key; r++) {
		const size_t *idx;
		size_t n = ncg_mentions_in_sentence(x->ms, r, &idx);

		for (size_t k = 0; k < n; k++) {
			const ncg_mention *o = ncg_mentions_at(x->ms, idx[k]);

			if (o->kind == NCG_M_PLACE && o->key && !strcmp(o->key, m->key) && o->t0 > 0 &&
			    tok_ieq(x, o->t0 - 1, "to"))
				return 1;
		}
	}
	return 0;
}

static void
trip_part_place(mr_ctx *x, ncg_meeting_cand *c)
{
	size_t a = x->sent[c->sent].t0, t1 = x->sent[c->sent].t1;
	const ncg_mention *m;

	if (c->place || c->virtual_ || c->in_title || has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) ||
	    has_ev(c, EV_CALL) || a + 3 >= t1 || !tok_ieq(x, a, "the") ||
	    wl_find(x, a, t1, NCG_WL_FUTURE_CUE) < t1)
		return;
	m = inside(x, c->sent, a + 1, NCG_M_PLACE);
	if (m && m->t0 == a + 1 && m->t1 < c->t0 && (x->tok[m->t1].flags & NCG_TF_LOWER) &&
	    wl_is(x, m->t1, NCG_WL_TRIP_PART_NOUN) && went_to_before(x, c->sent, m))
		c->place = m;
}

/* A country said in c's clause away from c ("Mayor Hwang began their
 * meeting expressing his gratitude for the presence of U.S. troops in
 * the ROK", army.mil) names no meeting's place; the site the lead's
 * visitors visited to meet (as visited_city, up to two sentences after
 * the lead: "... visited Camp Humphreys, Feb. 21, to meet with Brig.
 * Gen. Erik C. Peterson") does.  A country right after c, only names
 * between (names_only_span), stays: "Their meeting in Japan", "met with
 * Y in Japan" are where c met. */
static void
visited_over_country(mr_ctx *x, ncg_meeting_cand *c)
{
	const ncg_mention *m = c->place;
	size_t p;

	if (!m || m->kind != NCG_M_COUNTRY || c->virtual_)
		return;
	p = m->t0 > 0 && tok_ieq(x, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
	if (m->sent == c->sent && p > c->t1 && wl_is(x, p - 1, NCG_WL_PLACE_PREPOSITION) &&
	    names_only_span(x, c->sent, c->t1, p - 1))
		return;
	if ((m = visited_place_in_lead(x, c, 2, 1)) != NULL && m->kind == NCG_M_PLACE)
		c->place = m;
}

/* rules337: does o open its sentence (after quote marks at most) with a
 * possessive determiner (lex:possessiveDeterminer) right before its
 * meeting noun: "Their meeting at the White House on Tuesday was ..."? */
static int
possessive_opening(const mr_ctx *x, const ncg_meeting_cand *o)
{
	size_t p = o->t0 - 1;

	if (o->kind != NCG_MC_NOUN || o->in_title || o->t0 <= x->sent[o->sent].t0 ||
	    !wl_is(x, p, NCG_WL_POSSESSIVE) || !(x->tok[p].flags & NCG_TF_CAP))
		return 0;
	for (size_t j = x->sent[o->sent].t0; j < p; j++)
		if (!quote_mark(x, j))
			return 0;
	return 1;
}

/* fix162 (review131 3): "with" at i in sentence s, then within
 * POSSESSIVE_PARTY_REACH tokens (up to a comma or the clause's end) a
 * capitalised word that c's sentence never says ("Marles also spoke
 * with Japan's defence minister", "His meeting with Japanese Defense
 * Minister Gen Nakatani"): a party of another meeting.  Not "with
 * deputy prime minister Marles" after "Marles had a formal meeting with
 * Hegseth". */
#define POSSESSIVE_PARTY_REACH 5
static int
other_party_with(const mr_ctx *x, const ncg_meeting_cand *c, uint32_t s, size_t i)
{
	size_t e = i + 1 + POSSESSIVE_PARTY_REACH, a = x->sent[c->sent].t0, b = x->sent[c->sent].t1;

	if (!tok_ieq(x, i, "with"))
		return 0;
	if (e > x->sent[s].t1)
		e = x->sent[s].t1;
	for (size_t j = i + 1; j < e && !ncg_doc_tok_is(x->doc, j, ","); j++) {
		size_t k;

		if (!(x->tok[j].flags & NCG_TF_CAP))
			continue;
		for (k = a; k < b && !same_word(x, k, j); k++)
			;
		if (k == b)
			return 1;
	}
	return 0;
}

/* fix162 (review131 3): the first candidate after c's sentence that
 * possessive_opening takes, or NULL when another candidate, or a
 * sentence with "with" another party (other_party_with), comes between;
 * within POSSESSIVE_AGAIN_REACH sentences after c's.  The candidates in
 * any order. */
#define POSSESSIVE_AGAIN_REACH 5
static const ncg_meeting_cand *
possessive_again_of(const mr_ctx *x, const ncg_meeting_cand *c)
{
	const ncg_meeting_cand *o = NULL;

	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *b = &x->d->c[k];

		if (!b->in_title && b->sent > c->sent && b->sent <= c->sent + POSSESSIVE_AGAIN_REACH &&
		    possessive_opening(x, b) && (!o || b->t0 < o->t0))
			o = b;
	}
	if (!o)
		return NULL;
	for (size_t k = 0; k < x->d->n; k++) {
		const ncg_meeting_cand *b = &x->d->c[k];

		if (!b->in_title && b->sent > c->sent && b->t0 < o->t0)
			return NULL;
	}
	for (uint32_t s = c->sent + 1; s < o->sent; s++)
		for (size_t i = x->sent[s].t0; i < x->sent[s].t1; i++)
			if (other_party_with(x, c, s, i))
				return NULL;
	return o;
}

/* rules337: "American officials initially denied Marles had a formal
 * meeting with Hegseth ... / 'Their meeting at the White House on
 * Tuesday was coordinated in advance.'" (Guardian, via Indian Monitor):
 * news names the meeting told again by its principals' possessive
 * (possessive_opening) within POSSESSIVE_AGAIN_REACH sentences after
 * c's, dated by a day of the news in its clause (a weekday, today, the
 * day before, or a day near the issue date), no future, recall, anaphor,
 * call or month alone, and no other meeting between
 * (possessive_again_of): c's meeting.  Its day and its place after its
 * noun fill what c lacks; a day or place of c's own that differs:
 * another meeting, nothing.  Not "Their last meeting in Tokyo in March"
 * (a word between, a month alone).  fix162 (review131 1-3): only the
 * plural's possessive (lex:pluralPossessive: "His meeting" is often
 * another's); none with a future cue or a verb not past in its sentence
 * ("Their meeting ... will focus on"), nor a cue of a meeting not held
 * (lex:unheldRecordCue: "was cancelled"), nor "with" a party c's
 * sentence does not name. */
static void
possessive_again(mr_ctx *x, ncg_meeting_cand *c)
{
	const ncg_meeting_cand *o;
	const ncg_mention *pl;
	size_t a, b;

	if (c->in_title || recalled_or_ahead(c) || (c->date[0] && c->place) ||
	    (o = possessive_again_of(x, c)) == NULL)
		return;
	a = x->sent[o->sent].t0, b = x->sent[o->sent].t1;
	if (!o->date[2] || recalled_or_ahead(o) || ncg_meeting_cand_recalled(o) ||
	    !wl_is(x, o->t0 - 1, NCG_WL_PLURAL_POSSESSIVE) || has_ev(o, EV_NON_PAST_VERB) ||
	    wl_find(x, a, b, NCG_WL_FUTURE_CUE) < b || wl_find(x, a, b, NCG_WL_UNHELD_RECORD_CUE) < b ||
	    other_party_with(x, c, o->sent, o->t1) ||
	    !(has_ev(o, EV_WEEKDAY) || has_ev(o, EV_SAME_DAY) || has_ev(o, EV_DAY_BEFORE) ||
	      has_ev(o, EV_DAY_NEAR_ISSUE)) ||
	    (c->date[0] && memcmp(c->date, o->date, sizeof c->date) != 0))
		return;
	pl = o->place && o->place->sent == o->sent && o->place->t0 >= o->t1 &&
	     (o->place->kind == NCG_M_PLACE || o->place->kind == NCG_M_BODY) ? o->place : NULL;
	if (c->place && pl && (!c->place->key || !pl->key || strcmp(c->place->key, pl->key) != 0))
		return;
	if (!c->date[0]) {
		memcpy(c->date, o->date, sizeof c->date);
		c->date_rule = "day-of-possessive-again";
	}
	if (!c->place && !c->virtual_ && pl)
		c->place = pl;
}

/* rules363: the lead sentence's own wire dateline (wire_dateline_date:
 * a city opening its line, a comma, a day with its year, a dash), the
 * city's mention, its day *d; NULL when the sentence opens with none. */
static const ncg_mention *
lead_own_dateline(const mr_ctx *x, uint32_t s, const ncg_mention **d)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);
	const ncg_mention *pl;

	for (size_t k = 0; k < n; k++) {
		*d = ncg_mentions_at(x->ms, idx[k]);
		if ((*d)->kind != NCG_M_DATE)
			continue;
		if (!wire_dateline_date(x, *d) || (*d)->date.prec != NCG_PREC_DAY || !(*d)->date.y)
			return NULL;
		pl = dateline_place_at(x, s, (*d)->t0 - 2);
		return pl && pl->kind == NCG_M_PLACE && pl->t0 == x->sent[s].t0 ? pl : NULL;
	}
	return NULL;
}

/* fix178 (review145 7): is the first lead sentence a page's banner
 * ("UNITED24 - Make a charitable donation ..."): a line of its own, in
 * a block before the second's, naming no official, date or meeting
 * (lex:meetingNoun, lex:meetingVerb)? */
static int
banner_lead(const mr_ctx *x)
{
	uint32_t s = x->lead[0], s1 = x->lead[1];
	size_t t0, t1;

	if (s == UINT32_MAX || s1 == UINT32_MAX || x->sent[s].block == x->sent[s1].block)
		return 0;
	t0 = x->sent[s].t0, t1 = x->sent[s].t1;
	if (!(x->tok[t0].flags & NCG_TF_LINE) || (t1 < x->ntok && !(x->tok[t1].flags & NCG_TF_LINE)) ||
	    wl_find(x, t0, t1, NCG_WL_MEETING_NOUN) < t1 || wl_find(x, t0, t1, NCG_WL_MEETING_VERB) < t1)
		return 0;
	for (size_t t = t0; t < t1; t++)
		if (inside(x, s, t, NCG_M_OFFICIAL) || inside(x, s, t, NCG_M_DATE))
			return 0;
	return 1;
}

/* fix178 (review145 1-3): does sentence [a, b), a place or country
 * mention in [a, b) but the dateline's pl, a visit (lex:visitNoun,
 * lex:visitVerb, lex:travelVerb: "during his trip to Asia"), a word of
 * origin (lex:originNoun: "from Tokyo") or another date set talks
 * apart from "here today"? */
static int
here_today_apart(const mr_ctx *x, uint32_t s, size_t a, size_t b, const ncg_mention *pl)
{
	if (visit_word(x, a, b) < b || lead_trip_word(x, a, b) < b || wl_find(x, a, b, NCG_WL_ORIGIN_NOUN) < b)
		return 1;
	for (size_t t = a; t < b; t++) {
		const ncg_mention *m = inside(x, s, t, NCG_M_PLACE);

		if ((m && m != pl) || inside(x, s, t, NCG_M_COUNTRY) || inside(x, s, t, NCG_M_PERIOD) ||
		    (t >= pl->t1 + 6 && inside(x, s, t, NCG_M_DATE)))
			return 1;
	}
	return 0;
}

/* rules363: the token of "here" in sentence s after its dateline's day
 * d: lower-case, outside a quotation (quoted_from: review145 2),
 * a lex:sameDay word after it, a lower-case meeting noun or verb
 * (lex:meetingNoun, lex:meetingVerb) before it after d, no future cue,
 * nothing after it that reports talks again (review145 1, 3: a meeting
 * word, a verb of speech, lex:speechComplementizer: "said at a meeting here today that he held
 * talks", "who attended a meeting here today said"); or SIZE_MAX. */
static size_t
here_today_at(const mr_ctx *x, uint32_t s, const ncg_mention *d)
{
	size_t t0 = x->sent[s].t0, t1 = x->sent[s].t1;

	if (wl_find(x, d->t1, t1, NCG_WL_FUTURE_CUE) < t1)
		return SIZE_MAX;
	for (size_t h = d->t1 + 1; h + 1 < t1; h++)
		if (tok_ieq(x, h, "here") && (x->tok[h].flags & NCG_TF_LOWER) &&
		    wl_at(x, h + 1, t1, NCG_WL_SAME_DAY) && !quoted_from(x, t0, h) &&
		    (wl_find(x, d->t1, h, NCG_WL_MEETING_NOUN) < h || wl_find(x, d->t1, h, NCG_WL_MEETING_VERB) < h))
			return wl_find(x, h + 2, t1, NCG_WL_MEETING_NOUN) < t1 ||
			               wl_find(x, h + 2, t1, NCG_WL_MEETING_VERB) < t1 ||
			               wl_find(x, h + 2, t1, NCG_WL_SPEECH_VERB) < t1 || wl_find(x, h + 2, t1, NCG_WL_SPEECH_COMPLEMENTIZER) < t1
			           ? SIZE_MAX
			           : h;
	return SIZE_MAX;
}

/* fix178 (review145 1): is c, in sentence s, the talks "here" at h
 * says: its anchor after the dateline's day d, the last meeting word
 * (lex:meetingNoun, lex:meetingVerb) before h, no verb of speech
 * between ("said at a meeting here today" is the setting of a speech)? */
static int
here_today_own(const mr_ctx *x, const ncg_meeting_cand *c, const ncg_mention *d, size_t h)
{
	return c->t0 > d->t1 && c->t1 <= h && wl_find(x, c->t1, h, NCG_WL_MEETING_NOUN) == h &&
	       wl_find(x, c->t1, h, NCG_WL_MEETING_VERB) == h && wl_find(x, c->t0, h, NCG_WL_SPEECH_VERB) == h;
}

/* rules363: "SEOUL, March 27, 2015 \u2013 The chairman ... said he had
 * 'important and very productive conversations' with South Korean
 * military officials here today ... / Army Gen. Martin E. Dempsey, in a
 * meeting with his counterpart, ..." (DoD News under a page's wrapper,
 * the head reading no dateline): a lead sentence opening with its own
 * dateline (lead_own_dateline) that says its talks happened "here" that
 * day (here_today_at) ties them to the dateline's city and day.  The
 * first lead sentence, or the second under a banner (banner_lead).  c,
 * those talks themselves (here_today_own) or in the next sentence of the
 * same paragraph, with no
 * place, day, future, reference, call or recap of its own, neither
 * sentence setting talks apart (here_today_apart), met there then. */
static void
here_today_dateline(mr_ctx *x, ncg_meeting_cand *c)
{
	uint32_t s = x->lead[0];
	const ncg_mention *pl = NULL, *d = NULL;
	size_t h;

	if (s == UINT32_MAX || c->place || c->virtual_ || c->own_venue || c->date[0] || c->in_title ||
	    has_ev(c, EV_FUTURE) || has_ev(c, EV_REFERENCE) || has_ev(c, EV_CALL) ||
	    has_ev(c, EV_RECAP))
		return;
	if ((pl = lead_own_dateline(x, s, &d)) == NULL && banner_lead(x))
		pl = lead_own_dateline(x, s = x->lead[1], &d);
	if (!pl || (h = here_today_at(x, s, d)) == SIZE_MAX ||
	    (c->sent == s ? !here_today_own(x, c, d, h)
	                  : c->sent != s + 1 || x->sent[c->sent].block != x->sent[s].block) ||
	    here_today_apart(x, s, d->t1, x->sent[s].t1, pl) ||
	    (s + 1 < x->nsent && here_today_apart(x, s + 1, x->sent[s + 1].t0, x->sent[s + 1].t1, pl)))
		return;
	c->place = pl;
	set_day(x, c, &d->date, "here-today-dateline");
}

/* Fill in what the chosen candidate does not say: from the other
 * mentions of its meeting, then its place, then its day. */
static void
complete(mr_ctx *x, ncg_meeting_cand *c)
{
	complete_from_same(x, c);
	ordinal_elsewhere(x, c);
	city_of_same(x, c);
	numbered_again_place(x, c);
	agenda_country(x, c);
	date_elsewhere(x, c);
	anaphor_day(x, c);
	restated_met_day(x, c);
	held_after_lead(x, c);
	visited_over_country(x, c);
	the_visit_setting(x, c);
	lead_visit_setting(x, c);
	trip_part_place(x, c);
	here_today_dateline(x, c);
	place_elsewhere(x, c);
	named_venue(x, c);
	remarks_day(x, c);
	just_now_day(x, c);
	numbered_after_lead(x, c);
	lead_meeting_day(x, c);
	lead_met_day(x, c);
	partner_lead_day(x, c);
	participle_lead_day(x, c);
	lead_setting_day(x, c);
	lead_fronted_day(x, c);
	lead_visit_day(x, c);
	noun_lead_visit_day(x, c);
	todays_visit_day(x, c);
	day_of_recent_same_place(x, c);
	day_of_next_principals(x, c);
	day_of_same_principals(x, c);
	day_after_arrival(x, c);
	day_of_visit_there(x, c);
	event_frame_day(x, c);
	anaphor_identity_ordinal(x, c);
	possessive_again(x, c);
	c->place = city_of(x, c->place);
	if (c->place && region_place(x, c->place))
		c->place = NULL;
}

static void
choose(mr_ctx *x)
{
	ncg_meeting_decision *d = x->d;
	long best = -1;
	int second = -1000;

	for (size_t k = 0; k < d->n; k++)
		if (eligible(&d->c[k]) && (best < 0 || d->c[k].score > d->c[best].score))
			best = (long)k;
	if (best >= 0 && lead_reports_call(x)) {
		best = -1;
		d->veto = "the lead sentence reports a call: a call's readout reports no meeting";
	}
	d->chosen = best;
	if (best < 0)
		return;
	for (size_t k = 0; k < d->n; k++)
		if ((long)k != best && !d->c[k].in_title && !same_meeting(&d->c[k], &d->c[best]) &&
		    d->c[k].score > second)
			second = d->c[k].score;
	complete(x, &d->c[best]);
	{
		int s = d->c[best].score, margin = second == -1000 ? 5 : s - second;
		double conf = 0.5 + 0.04 * (s - THRESHOLD) + 0.04 * (margin < 5 ? margin : 5);

		d->confidence = conf > 0.99 ? 0.99 : conf < 0.5 ? 0.5 : conf;
	}
	d->rule = ncg_meeting_kind_rule(d->c[best].kind);
}

/* Does a line hold only tokens [t0, t1): the first starts it and the
 * next one starts another (or the text ends)? */
static int
whole_line(const mr_ctx *x, size_t t0, size_t t1)
{
	return (x->tok[t0].flags & NCG_TF_LINE) &&
	       (t1 >= x->ntok || (x->tok[t1].flags & NCG_TF_LINE));
}

/* The end of the last sentence that names a meeting candidate: where a
 * wire's sign-off or transmission slug may begin. */
static size_t
after_candidates(const mr_ctx *x)
{
	size_t last = 0;

	for (size_t k = 0; k < x->d->n; k++)
		if (x->sent[x->d->c[k].sent].t1 > last)
			last = x->sent[x->d->c[k].sent].t1;
	return last;
}

/* "(Xinhua News Agency July 3, 2003)": a wire's sign-off, a line in
 * brackets that ends with a full date, after every meeting named, dates
 * the statement.  Sets the issue date and returns 1, or 0. */
static int
signoff_date(mr_ctx *x)
{
	size_t last = after_candidates(x);

	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);
		size_t a = m->t0;

		if (m->kind != NCG_M_DATE || m->date.prec != NCG_PREC_DAY || !m->date.y ||
		    m->t0 < last || !ncg_doc_tok_is(x->doc, m->t1, ")") ||
		    !(m->t1 + 1 >= x->ntok || (x->tok[m->t1 + 1].flags & NCG_TF_LINE)))
			continue;
		a = line_start(x, a, 8);
		if (!(x->tok[a].flags & NCG_TF_LINE) || !ncg_doc_tok_is(x->doc, a, "("))
			continue;
		x->d->issued[0] = m->date.y;
		x->d->issued[1] = m->date.m;
		x->d->issued[2] = m->date.d;
		return 1;
	}
	return 0;
}

/* rules214: from lo to hi characters of class test f at *p, moved past
 * them: is their count in [lo, hi]?  wire_slug_date's reader. */
static int
run_of(const char **p, int (*f)(int), int lo, int hi)
{
	int k = 0;

	while (k <= hi && (*p)[k] && f((unsigned char)(*p)[k]))
		k++;
	*p += k;
	return k >= lo && k <= hi;
}

/* rules214: "AP-NY-11-06-99 0858EST" (an Associated Press story's
 * transmission slug, the wire's last line): an agency's two or three
 * capitals, a desk's two, then month, day and year of two digits each,
 * all joined by hyphens, a space and the clock's four digits, starting a
 * line after every meeting named: the day the story was sent, which
 * dates the statement.  A year of two digits is of the century that
 * puts it from 1930 to 2029 (fix64: "AP-NY-11-06-68" is 1968, not 2068),
 * and its day must be one of its month's ("02-30-99": none).  Sets the
 * issue date and returns 1, or 0. */
#define SLUG_CENTURY_PIVOT 30
static int
wire_slug_date(mr_ctx *x)
{
	for (size_t t = after_candidates(x); t < x->ntok; t++) {
		const char *p = x->s + x->tok[t].b, *q;
		int d[3], ok;

		if (!(x->tok[t].flags & NCG_TF_LINE))
			continue;
		ok = run_of(&p, isupper, 2, 3) && *p++ == '-' && run_of(&p, isupper, 2, 2) && *p++ == '-';
		for (int k = 0; ok && k < 3; k++) {
			q = p;
			ok = run_of(&p, isdigit, 2, 2) && *p++ == (k == 2 ? ' ' : '-');
			d[k] = ok ? (q[0] - '0') * 10 + (q[1] - '0') : 0;
		}
		d[2] += d[2] < SLUG_CENTURY_PIVOT ? 2000 : 1900;
		if (!ok || !run_of(&p, isdigit, 4, 4) || d[0] < 1 || d[0] > 12 || d[1] < 1 ||
		    d[1] > ncg_days_in_month(d[2], d[0]))
			continue;
		x->d->issued[0] = d[2];
		x->d->issued[1] = d[0];
		x->d->issued[2] = d[1];
		return 1;
	}
	return 0;
}

/* rules93: "Wednesday, May 13, 2009" (a release's date line, its
 * weekday first): the weekday and a comma, then the date, are the whole
 * line. */
static int
weekday_date_line(const mr_ctx *x, const ncg_mention *m)
{
	return m->t0 >= 2 && weekday_at(x, m->t0 - 2) &&
	       ncg_doc_tok_is(x->doc, m->t0 - 1, ",") && whole_line(x, m->t0 - 2, m->t1);
}

/* rules361: "Tokyo, 28 September 2023(TDI): In a significant diplomatic
 * meeting, ... The meeting, which commenced on September 27, ...": the
 * full date of a wire's dateline (agency_dateline) is the day the story
 * was filed, which dates the statement (a day without a year then reads
 * in its year).  Sets the issue date and returns 1, or 0. */
static int
agency_dateline_date(mr_ctx *x)
{
	const ncg_mention *m = agency_dateline(x), *d;

	if (!m || !(d = mention_starting(x, m->t1 + 1, NCG_M_DATE)) || !d->date.y)
		return 0;
	x->d->issued[0] = d->date.y;
	x->d->issued[1] = d->date.m;
	x->d->issued[2] = d->date.d;
	return 1;
}

/* With no issue date from the head, the day a statement speaks from:
 * "Readout / Office of the Spokesperson / May 20, 2023": a full date on
 * a line of its own before the first sentence naming a meeting (a press
 * release's date line below its title); else the page store's month
 * ("date 2025-05"), which resolves a day without a year ("from May 1 to
 * 2").  Called after gather: the candidates bound the search. */
static void
fallback_issue_date(mr_ctx *x)
{
	size_t lead_t = x->ntok;

	/* rules29: a transcript's own title ("Joint Press Availability With
	 * Republic of Korea Foreign Minister Yun Byung-se", above "Seoul,
	 * South Korea / May 18, 2015") is no sentence of the text */
	for (size_t k = 0; k < x->d->n; k++)
		if (!x->d->c[k].in_title && x->sent[x->d->c[k].sent].t0 < lead_t &&
		    !meeting_title_at(x, x->d->c[k].sent, x->d->c[k].t0))
			lead_t = x->sent[x->d->c[k].sent].t0;
	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);

		if (m->t0 < lead_t && m->kind == NCG_M_DATE && m->date.prec == NCG_PREC_DAY && m->date.y &&
		    (whole_line(x, m->t0, m->t1) || weekday_date_line(x, m))) {
			x->d->issued[0] = m->date.y;
			x->d->issued[1] = m->date.m;
			x->d->issued[2] = m->date.d;
			return;
		}
	}
	if (signoff_date(x) || wire_slug_date(x) || agency_dateline_date(x))
		return;
	if (x->ntok > 1 && wl_is(x, 0, NCG_WL_DATE_LINE_CUE) && x->tok[1].kind == NCG_TOK_NUMBER &&
	    ncg_doc_tok_len(x->doc, 1) == 7) {
		const char *w = ncg_doc_tok_ptr(x->doc, 1);
		int y = atoi(w), m = atoi(w + 5);

		if (w[4] == '-' && y > 1900 && m >= 1 && m <= 12) {
			x->d->issued[0] = y;
			x->d->issued[1] = m;
		}
	}
}

/* rules240: days before a re-publisher's wrapper date within which the
 * release's own date line may fall */
#define WRAPPER_DATE_REACH 2
/* rules240: tokens of a wrapper line within which "(" lex:republisherName
 * ")" follows the page store's "date 2021-09-10" */
#define WRAPPER_NAME_REACH 6
/* rules240: tokens of a clock time after a date line's date ("07:58 PM
 * EDT") */
#define CLOCK_TOKENS 6

/* rules240: " date 2021-09-10 (AGENPARL) – ven 10 settembre 2021 You are
 * subscribed to ...": does the text open with the page store's date
 * then a re-publisher's name in brackets (a wrapper around another's
 * release)? */
static int
republisher_wrapper(const mr_ctx *x)
{
	size_t t = 0;

	while (t < x->ntok && !wl_is(x, t, NCG_WL_STORE_DATE_LABEL))
		t++;
	if (t > 1 || t + 2 >= x->ntok || x->tok[t + 1].kind != NCG_TOK_NUMBER)
		return 0;
	for (size_t i = t + 2; i < x->ntok && i < t + WRAPPER_NAME_REACH; i++) {
		size_t e;

		if (x->tok[i].flags & NCG_TF_LINE)
			return 0;
		e = ncg_doc_tok_is(x->doc, i, "(") ? wl_at(x, i + 1, x->ntok, NCG_WL_REPUBLISHER_NAME) : 0;
		if (e && ncg_doc_tok_is(x->doc, e, ")"))
			return 1;
	}
	return 0;
}

/* rules240: "09/09/2021 07:58 PM EDT": is the date m alone on its line,
 * or followed there only by a clock time (numbers, colons and words in
 * capitals)? */
static int
date_clock_line(const mr_ctx *x, const ncg_mention *m)
{
	size_t t = m->t1;

	if (!(x->tok[m->t0].flags & NCG_TF_LINE))
		return 0;
	for (; t < x->ntok && !(x->tok[t].flags & NCG_TF_LINE); t++)
		if (t >= m->t1 + CLOCK_TOKENS ||
		    !(x->tok[t].kind == NCG_TOK_NUMBER || ncg_doc_tok_is(x->doc, t, ":") ||
		      (x->tok[t].flags & NCG_TF_UPPER)))
			return 0;
	return 1;
}

/* rules240: the first token of the first sentence naming a meeting
 * (a candidate out of the title); ntok if none. */
static size_t
first_candidate_start(const mr_ctx *x)
{
	size_t lead_t = x->ntok;

	for (size_t k = 0; k < x->d->n; k++)
		if (!x->d->c[k].in_title && x->sent[x->d->c[k].sent].t0 < lead_t)
			lead_t = x->sent[x->d->c[k].sent].t0;
	return lead_t;
}

/* rules240, rules334: is m a date of a day, its year given, before
 * token lead_t (the first sentence naming a meeting), on or at most
 * WRAPPER_DATE_REACH days before the day numbered wrapped (the issue
 * date's)?  A re-published release's own day may be one. */
static int
release_day_in_reach(const ncg_mention *m, size_t lead_t, long wrapped)
{
	int day[3] = {m->date.y, m->date.m, m->date.d};
	long d;

	if (m->t0 >= lead_t || m->kind != NCG_M_DATE || m->date.prec != NCG_PREC_DAY || !m->date.y)
		return 0;
	d = wrapped - ncg_day_number(day);
	return d >= 0 && d <= WRAPPER_DATE_REACH;
}

/* rules240: under a re-publisher's wrapper (republisher_wrapper), the
 * wrapper's date is the day the page was re-published; the release's
 * own date line ("09/09/2021 07:58 PM EDT", "February 26, 2024") before
 * the first sentence naming a meeting, on or at most WRAPPER_DATE_REACH
 * days before the wrapper's, is the day its "today" and weekdays speak
 * from.  A date line outside that reach (a caption's, another day's
 * event) is left alone.  fix78: of those, the last before that sentence
 * (the release's own, nearest its text): a "Related: ..." item's date
 * line above it ("February 25, 2024" over the release's "February 27,
 * 2024") is another release's. */
static void
wrapper_own_date(mr_ctx *x)
{
	size_t lead_t;
	long wrapped = ncg_day_number(x->d->issued);
	const ncg_mention *own = NULL;

	if (!x->head->issued_by_store || !x->d->issued[2] || !republisher_wrapper(x))
		return;
	lead_t = first_candidate_start(x);
	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);

		if (m->t0 >= 2 && (!own || own->t0 <= m->t0) && release_day_in_reach(m, lead_t, wrapped) &&
		    date_clock_line(x, m))
			own = m;
	}
	if (own) {
		x->d->issued[0] = own->date.y;
		x->d->issued[1] = own->date.m;
		x->d->issued[2] = own->date.d;
	}
}

/* rules334: a wire's line that brings another's release ("AUSTIN,
 * Texas, March 13 -- Gov. Greg Abbott, R-Texas, issued the following news
 * release on March 12, 2024:", Targeted News Service): a lower-case
 * lex:followingReleaseCue, at most FOLLOWING_RELEASE_WORDS lower-case
 * words, "on" and a date of a day just before ":", before the first
 * sentence naming a meeting, on or at most WRAPPER_DATE_REACH days before
 * the issue date: the release's own day, which its "yesterday" and
 * weekdays speak from (the wire's date is the day it re-published it). */
#define FOLLOWING_RELEASE_WORDS 3
static int
following_release_line(const mr_ctx *x, const ncg_mention *m)
{
	size_t on = m->t0 - 1;

	if (m->t0 < 3 || m->t1 >= x->ntok || !ncg_doc_tok_is(x->doc, m->t1, ":") || !tok_ieq(x, on, "on"))
		return 0;
	for (size_t j = on; j-- > 0 && on - j <= FOLLOWING_RELEASE_WORDS + 3;) {
		if (!(x->tok[j].flags & NCG_TF_LOWER) || x->tok[j].kind != NCG_TOK_WORD)
			return 0;
		if (wl_at(x, j, on, NCG_WL_FOLLOWING_RELEASE_CUE))
			return 1;
	}
	return 0;
}

static void
following_release_date(mr_ctx *x)
{
	size_t lead_t = first_candidate_start(x);
	long wrapped = ncg_day_number(x->d->issued);

	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);

		if (release_day_in_reach(m, lead_t, wrapped) && following_release_line(x, m)) {
			x->d->issued[0] = m->date.y;
			x->d->issued[1] = m->date.m;
			x->d->issued[2] = m->date.d;
			return;
		}
	}
}

/* rules57: "OSAN AIR BASE, Republic of Korea -- Seventh Air Force
 * leadership met with ..." (DVIDS) under a page's notices ("Maintenance
 * window scheduled to begin at ...") and a photo's credit: a dateline
 * that opens a later sentence of prose on a line of its own starts the
 * running text; what comes before it is page furniture.  The sentence
 * the running text starts at, at or after s0. */
static uint32_t
dateline_sentence(const mr_ctx *x, uint32_t s0)
{
	const ncg_mention *dl = x->head->dateline_place;
	const ncg_block *blk = ncg_doc_blocks(x->doc);

	if (!dl || dl->sent <= s0 || dl->sent >= x->nsent || x->sent[dl->sent].t0 != dl->t0 ||
	    !(x->tok[dl->t0].flags & NCG_TF_LINE) || !blk[x->sent[dl->sent].block].prose)
		return s0;
	return dl->sent;
}

/* rules57: a diplomatic cable's first numbered paragraph, "1. (C/NF) In
 * an August 16 Blue House meeting ..." under its header lines ("E.O.
 * 12958: DECL: ...", "TAGS: ...", "SUBJECT: ...", "Classified By: ..."):
 * "1", ".", then a classification in brackets (capitals and "/" only),
 * at the start of a line, starts the running text.  The sentence that
 * holds the paragraph's first word, or s0 when none is at or after it. */
static uint32_t
cable_paragraph_sentence(const mr_ctx *x, uint32_t s0)
{
	for (size_t i = s0 < x->nsent ? x->sent[s0].t0 : x->ntok; i + 4 < x->ntok; i++) {
		size_t j = i + 3;

		if (!(x->tok[i].flags & NCG_TF_LINE) || !ncg_doc_tok_is(x->doc, i, "1") ||
		    !ncg_doc_tok_is(x->doc, i + 1, ".") || !ncg_doc_tok_is(x->doc, i + 2, "("))
			continue;
		while (j < x->ntok && j < i + 7 &&
		       (((x->tok[j].flags & (NCG_TF_UPPER | NCG_TF_CAP)) && !(x->tok[j].flags & NCG_TF_LOWER) &&
		         ncg_doc_tok_len(x->doc, j) <= 4) ||
		        ncg_doc_tok_is(x->doc, j, "/")))
			j++;
		if (j == i + 3 || j + 1 >= x->ntok || !ncg_doc_tok_is(x->doc, j, ")"))
			continue;
		for (uint32_t s = s0; s < x->nsent; s++)
			if (x->sent[s].t1 > j + 1)
				return s;
	}
	return s0;
}

static void leads_from(mr_ctx *x, uint32_t s0);

/* The first two sentences of running text: after the headline when
 * there is one (what comes before it is page furniture), of eight words
 * or more; photo captions skipped while a sentence after them can
 * lead. */
static void
find_lead(mr_ctx *x)
{
	uint32_t s0 = 0;

	if (x->head->has_title)
		while (s0 < x->nsent && x->sent[s0].b < x->head->title_e)
			s0++;
	leads_from(x, cable_paragraph_sentence(x, dateline_sentence(x, s0)));
}

/* rules162: a cable's summary paragraph leading ("1. (C) Summary and
 * Action Request: ... End Summary and Action Request."; rules180:
 * "SUMMARY. I RELAYED ... END SUMMARY."): the sentence
 * just after its "End Summary", where the report proper begins, or
 * UINT32_MAX.  "Summary" among the lead's first words. */
#define SUMMARY_OPENING 6
/* rules180: the most tokens of a cable's "SUMMARY." heading sentence */
#define SUMMARY_HEADING 2
static uint32_t
after_summary_sentence(const mr_ctx *x)
{
	size_t t0, e = 0;

	if (x->lead[0] == UINT32_MAX)
		return UINT32_MAX;
	t0 = x->sent[x->lead[0]].t0;
	/* rules180: a cable's heading "SUMMARY." is a sentence of its own,
	 * too short to lead: the lead after it opens the summary */
	if (x->lead[0] > 0 && x->sent[x->lead[0] - 1].t1 - x->sent[x->lead[0] - 1].t0 <= SUMMARY_HEADING &&
	    wl_is(x, x->sent[x->lead[0] - 1].t0, NCG_WL_SUMMARY_WORD))
		t0 = x->sent[x->lead[0] - 1].t0;
	for (size_t i = t0; i < x->ntok && i < t0 + SUMMARY_OPENING && !e; i++)
		e = wl_is(x, i, NCG_WL_SUMMARY_WORD) ? i + 1 : 0;
	for (size_t i = e; e && i + 1 < x->ntok; i++)
		if (wl_at(x, i, x->ntok, NCG_WL_SUMMARY_END) == i + 2) {
			for (uint32_t s = x->lead[0]; s < x->nsent; s++)
				if (x->sent[s].t0 > i + 1)
					return s;
			break;
		}
	return UINT32_MAX;
}

/* The first two sentences of eight words or more from s0 on: the lead */
static void
leads_from(mr_ctx *x, uint32_t s0)
{
	const ncg_block *blk = ncg_doc_blocks(x->doc);

	x->lead[0] = x->lead[1] = UINT32_MAX;
	for (int skip = 1; skip >= 0 && x->lead[0] == UINT32_MAX; skip--) {
		int n = 0;

		for (uint32_t s = s0; s < x->nsent && n < 2; s++)
			if (blk[x->sent[s].block].prose && !in_title(x, s) &&
			    x->sent[s].t1 - x->sent[s].t0 >= 8 &&
			    !(skip && (caption_sentence(x, s) || position_caption(x, s))))
				x->lead[n++] = s;
	}
}

/* rules162: no meeting found under a cable's summary: read the report
 * after its "End Summary" as the lead ("2. (C) On October 20, 2008, DAS
 * Hayward met with Director General Moon ..."), candidates afresh. */
static ncg_status
after_summary(mr_ctx *x)
{
	uint32_t s = after_summary_sentence(x);

	if (s == UINT32_MAX)
		return NCG_OK;
	leads_from(x, s);
	x->d->n = 0;
	x->d->chosen = -1;
	NCG_TRY(gather(x));
	weigh(x);
	choose(x);
	return NCG_OK;
}

/* The resolver's context over a document: its text, tokens, word
 * lists, sentences and head (shared by the resolver and
 * ncg_meeting_surname_of, so that no helper meets a NULL text). */
static void
ctx_init(mr_ctx *x, const ncg_doc *doc, const ncg_mentions *ms, const ncg_lexicon *lex)
{
	memset(x, 0, sizeof *x);
	x->doc = doc;
	x->ms = ms;
	x->lex = lex;
	x->tok = ncg_doc_tokens(doc);
	x->ntok = ncg_doc_ntokens(doc);
	x->wls = ncg_doc_wls(doc, lex);
	x->sent = ncg_doc_sentences(doc);
	x->nsent = ncg_doc_nsentences(doc);
	x->s = ncg_text_str(ncg_doc_text(doc));
	x->head = ncg_mentions_head(ms);
}

const ncg_mention *
ncg_meeting_surname_of(const ncg_doc *doc, const ncg_mentions *ms, const ncg_lexicon *lex,
                       size_t p)
{
	mr_ctx x;

	ctx_init(&x, doc, ms, lex);
	return p < x.ntok ? surname_of_named_in(&x, p, 1) : NULL;
}

ncg_status
ncg_meeting_resolve(const ncg_doc *doc, const ncg_mentions *ms, const ncg_lexicon *lex,
                    ncg_meeting_decision **out)
{
	mr_ctx x;
	ncg_status st;
	ncg_token *folded;

	*out = NULL;
	ctx_init(&x, doc, ms, lex);
	x.d = calloc(1, sizeof *x.d);
	if (!x.d)
		return NCG_ERR_NOMEM;
	x.d->chosen = -1;
	x.d->issued[0] = x.head->issued_y;
	x.d->issued[1] = x.head->issued_m;
	x.d->issued[2] = x.head->issued_d;
	/* rules104: a cable in capitals is read case-folded */
	folded = ncg_cable_folded_tokens(doc, ms);
	if (folded)
		x.tok = folded;
	find_lead(&x);
	st = gather(&x);
	if (st != NCG_OK) {
		free(folded);
		ncg_meeting_decision_free(x.d);
		return st;
	}
	if (!x.d->issued[0])
		fallback_issue_date(&x);
	else {
		wrapper_own_date(&x);
		following_release_date(&x);
	}
	weigh(&x);
	choose(&x);
	if (st == NCG_OK && x.d->chosen < 0)
		st = after_summary(&x);
	free(folded);
	if (st != NCG_OK) {
		ncg_meeting_decision_free(x.d);
		return st;
	}
	*out = x.d;
	return NCG_OK;
}

void
ncg_meeting_decision_free(ncg_meeting_decision *d)
{
	if (!d)
		return;
	free(d->c);
	free(d);
}

