/* ncgkg: reading the roles officials play in the described meeting.
 * See include/ncgkg/roles.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/meeting.h"
#include "ncgkg/roles.h"
#include "ncgkg/strmap.h"

/* Role frames: cue phrases (a word list each), the role, and where the
 * officials are.  prop 0: a lead frame, whose role depends on what is
 * led.  The longest cue at a token wins; on a tie, the first frame. */
typedef struct {
	ncg_wordlist wl;
	ncg_prop prop;
	int passive;              /* the officials follow the cue */
	const char *rule;
} role_frame;

static const role_frame FRAMES[] = {
	{NCG_WL_CO_CHAIR_PASSIVE, NCG_P_CO_CHAIR, 1, "role/co-chaired-by"},
	{NCG_WL_CO_CHAIR_ACTIVE, NCG_P_CO_CHAIR, 0, "role/co-chaired"},
	{NCG_WL_CHAIR_PASSIVE, NCG_P_CHAIR, 1, "role/chaired-by"},
	{NCG_WL_CHAIR_ACTIVE, NCG_P_CHAIR, 0, "role/chaired"},
	{NCG_WL_CONVENE_PASSIVE, NCG_P_CONVENER, 1, "role/convened-by"},
	{NCG_WL_CONVENE_ACTIVE, NCG_P_CONVENER, 0, "role/convened"},
	{NCG_WL_LEAD_PASSIVE, 0, 1, "role/led-by"},
	{NCG_WL_LEAD_ACTIVE, 0, 0, "role/led"},
	{NCG_WL_PARTICIPATE_PASSIVE, NCG_P_PARTICIPANT, 1, "role/attended-by"},
	{NCG_WL_PARTICIPATE_ACTIVE, NCG_P_PARTICIPANT, 0, "role/attended"},
};
#define NFRAMES (sizeof FRAMES / sizeof FRAMES[0])

typedef struct {
	const ncg_doc *doc;
	const ncg_mentions *ms;
	const ncg_lexicon *lex;
	const ncg_sentence *sent;
	int ordinal;
	ncg_roles *out;
	ncg_strmap *seen;         /* "prop key" of the roles read */
} ro_ctx;

/* A cue in a sentence: its frame and tokens. */
typedef struct {
	const role_frame *f;
	size_t at, end;
} cue;

static size_t
wl_at(const ro_ctx *x, size_t i, size_t lim, ncg_wordlist wl)
{
	return ncg_doc_wl_at(x->doc, x->lex, wl, i, lim);
}

/* The longest cue at token i, not a compound's part ("U.S.-led"). */
static int
cue_at(const ro_ctx *x, uint32_t s, size_t i, cue *c)
{
	const ncg_token *tok = ncg_doc_tokens(x->doc);

	const uint64_t *const *wls = ncg_doc_wls(x->doc, x->lex);

	c->f = NULL;
	c->end = 0;
	if (i > x->sent[s].t0 && ncg_doc_tok_is(x->doc, i - 1, "-") && !(tok[i].flags & NCG_TF_SPACE))
		return 0;
	/* most tokens start no cue of any frame: told at once (speed only) */
	if (wls && i < ncg_doc_ntokens(x->doc)) {
		int any = 0;

		for (size_t k = 0; k < NFRAMES && !any; k++)
			any = ncg_wl_in(wls[i], FRAMES[k].wl);
		if (!any) {
			c->at = i;
			return 0;
		}
	}
	for (size_t k = 0; k < NFRAMES; k++) {
		size_t e = wl_at(x, i, x->sent[s].t1, FRAMES[k].wl);

		if (e > c->end) {
			c->end = e;
			c->f = &FRAMES[k];
		}
	}
	c->at = i;
	return c->f != NULL;
}

/* Which meeting a cue speaks of: an ordinal meeting near it, or "the
 * meeting" / "this session" (the described one). */
typedef enum { CUE_OTHER, CUE_DESCRIBED, CUE_UNKNOWN } cue_meeting;

static cue_meeting
cue_target(const ro_ctx *x, uint32_t s, const cue *c)
{
	size_t from = c->f->passive ? x->sent[s].t0 : c->end;
	size_t to = c->f->passive ? c->at : c->end + 4;
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind == NCG_M_MEETING && m->t0 >= from && m->t0 < to && m->meeting.ordinal > 0)
			return m->meeting.ordinal == x->ordinal ? CUE_DESCRIBED : CUE_OTHER;
	}
	for (size_t i = from; i < to && i < x->sent[s].t1; i++)
		if (i > 0 && (wl_at(x, i, i + 1, NCG_WL_MEETING_NOUN) ||
		              wl_at(x, i, i + 1, NCG_WL_DISCUSSION_NOUN)) &&
		    wl_at(x, i - 1, i, NCG_WL_DESCRIBED_DETERMINER) == i)
			return CUE_DESCRIBED;
	return CUE_UNKNOWN;
}

/* What a noun at token i makes of a lead frame, or 0 when it is none. */
static ncg_prop
led_noun(const ro_ctx *x, size_t i, size_t lim)
{
	if (wl_at(x, i, lim, NCG_WL_DELEGATION_NOUN))
		return NCG_P_DELEGATION_LEAD;
	if (wl_at(x, i, lim, NCG_WL_DISCUSSION_NOUN))
		return NCG_P_DISCUSSION_LEAD;
	if (wl_at(x, i, lim, NCG_WL_MEETING_NOUN))
		/* "the session on strategic communication": a discussion
		 * (lex:sessionTopicPreposition) */
		return wl_at(x, i + 1, i + 2, NCG_WL_SESSION_TOPIC_PREPOSITION) == i + 2 ?
		       NCG_P_DISCUSSION_LEAD : NCG_P_CO_CHAIR;
	return 0;
}

/* rules13: the noun a led noun at n modifies through a preposition
 * before it ("The delegations to the informal talks were led by": the
 * talks' phrase tells which delegations), within (lo, n): its token, or
 * n when there is none.  No comma between them. */
static size_t
phrase_head(const ro_ctx *x, size_t n, size_t lo)
{
	for (size_t j = n; j > lo && j + 6 > n; j--) {
		if (ncg_doc_tok_is(x->doc, j - 1, ","))
			return n;
		if (!wl_at(x, j - 1, j, NCG_WL_NOUN_PREPOSITION))
			continue;
		for (size_t k = j - 1; k > lo && k + 3 > j; k--)
			if (led_noun(x, k - 1, j - 1))
				return k - 1;
		return n;
	}
	return n;
}

/* Where the object of cue c starts: right after it, or after one
 * lex:describedDeterminer ("led the third ... Forum", "led the U.S."). */
static size_t
object_start(const ro_ctx *x, const cue *c)
{
	size_t at = c->end;

	if (wl_at(x, at, at + 1, NCG_WL_DESCRIBED_DETERMINER) == at + 1)
		at++;
	return at;
}

/* The first mention of kind k of sentence s that starts at token i, or
 * NULL. */
static const ncg_mention *
mention_starting(const ro_ctx *x, uint32_t s, size_t i, ncg_mention_kind k)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);

	for (size_t j = 0; j < n; j++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[j]);

		if (m->kind == k && m->t0 == i)
			return m;
	}
	return NULL;
}

/* The first mention of kind k of sentence s that starts at the object
 * of active cue c: right after it or after its lex:describedDeterminer
 * (object_start); NULL after a passive cue.  A sentence's mentions are
 * in order of their starts, so the one right after c comes first. */
static const ncg_mention *
object_mention(const ro_ctx *x, uint32_t s, const cue *c, ncg_mention_kind k)
{
	const ncg_mention *m;
	size_t at = object_start(x, c);

	if (c->f->passive)
		return NULL;
	if ((m = mention_starting(x, s, c->end, k)) != NULL || at == c->end)
		return m;
	return mention_starting(x, s, at, k);
}

/* rules50: does a meeting with its ordinal start at the object of an
 * active cue c, after at most a lex:describedDeterminer ("led the third
 * United States-Republic of Korea ICT Policy Forum": the meeting's
 * noun too far for led_noun)? */
static int
meeting_object(const ro_ctx *x, uint32_t s, const cue *c)
{
	const ncg_mention *m = object_mention(x, s, c, NCG_M_MEETING);

	return m && m->meeting.ordinal > 0;
}

/* The role of a lead frame: what is led, the object after the cue ("led
 * the ROK delegation") or the subject before it ("The meeting ... was
 * led by"), within [lo, hi). */
static ncg_prop
lead_role(const ro_ctx *x, const cue *c, size_t lo, size_t hi)
{
	if (!c->f->passive) {
		for (size_t i = c->end; i < hi && i < c->end + 8; i++) {
			ncg_prop p = led_noun(x, i, hi);

			if (p)
				return p;
		}
		return 0;
	}
	for (size_t i = c->at; i > lo; i--) {
		ncg_prop p = led_noun(x, i - 1, c->at);

		if (p)
			return led_noun(x, phrase_head(x, i - 1, lo), c->at);
	}
	return 0;
}

/* rules30: a passive lead cue opening the sentence, a participle
 * fronted before its subject ("Led by A, B, and C, the meeting built
 * upon ..."): what is led is the noun after the first comma followed by
 * a lex:describedDeterminer ("the", "this") within [c->end, hi).  Its role, the
 * comma's token in *stop (the officials end there), or 0. */
static ncg_prop
fronted_lead_role(const ro_ctx *x, uint32_t s, const cue *c, size_t hi, size_t *stop)
{
	if (!c->f->passive || c->at != x->sent[s].t0)
		return 0;
	for (size_t i = c->end; i + 2 < hi; i++)
		if (ncg_doc_tok_is(x->doc, i, ",") &&
		    wl_at(x, i + 1, i + 2, NCG_WL_DESCRIBED_DETERMINER) == i + 2 &&
		    led_noun(x, i + 2, hi)) {
			*stop = i;
			return led_noun(x, i + 2, hi);
		}
	return 0;
}

static ncg_status
add_role(ro_ctx *x, const ncg_mention *m, ncg_prop p, const char *rule)
{
	ncg_roles *r = x->out;
	char key[300];

	/* once per official and role: a map, linear in the roles read */
	snprintf(key, sizeof key, "%d %s", (int)p, m->key ? m->key : "");
	if (ncg_strmap_get(x->seen, key))
		return NCG_OK;
	NCG_TRY(ncg_strmap_put(x->seen, key, (void *)m));
	if (r->n == r->cap) {
		size_t cap = r->cap ? 2 * r->cap : 8;
		void *v = realloc(r->v, cap * sizeof *r->v);

		if (!v)
			return NCG_ERR_NOMEM;
		r->v = v;
		r->cap = cap;
	}
	r->v[r->n++] = (ncg_role){m, p, rule};
	return NCG_OK;
}

/* fix165 (review132 3): is the lex:speechVerb at v in a clause inside
 * the subject ("Secretary A, who told reporters the alliance was
 * ironclad, co-chaired the meeting"): a lex:subjectRelative in the two
 * words before it, or a comma just before cue c closing the clause? */
static int
speech_in_subject(const ro_ctx *x, const cue *c, size_t v, size_t lo)
{
	if (c->at > lo + 1 && ncg_doc_tok_is(x->doc, c->at - 1, ","))
		return 1;
	for (size_t i = v; i > lo && i + 3 > v; i--)
		if (wl_at(x, i - 1, i, NCG_WL_SUBJECT_RELATIVE) == i)
			return 1;
	return 0;
}

/* fix165 (review132 4): the comma ending a fronted clause opening
 * sentence s at lo with a lex:itemClauseOpener and holding the verb at v
 * ("After she met Minister B, Secretary A co-chaired ..."), before cue
 * c; else 0. */
static size_t
fronted_clause_end(const ro_ctx *x, uint32_t s, const cue *c, size_t lo, size_t v)
{
	if (lo != x->sent[s].t0 || wl_at(x, lo, lo + 1, NCG_WL_ITEM_CLAUSE_OPENER) != lo + 1)
		return 0;
	for (size_t i = v + 1; i < c->at; i++)
		if (ncg_doc_tok_is(x->doc, i, ","))
			return i;
	return 0;
}

/* rules339: the subject of active cue c within [*lo, c->at), narrowed:
 * after the last lex:speechVerb ("Col. A, spokesperson, said the Army
 * co-chaired the meeting": A reports, no subject) not in a clause of the
 * subject (speech_in_subject), and before the first lex:metVerb or
 * lex:pressTalkVerb after that ("A met with B, spoke with C, and
 * co-chaired the meeting with D": B and C are others' objects), or after
 * the fronted clause holding it (fronted_clause_end); that verb's token
 * in *end, else c->at. */
static void
subject_span(const ro_ctx *x, uint32_t s, const cue *c, size_t *lo, size_t *end)
{
	*end = c->at;
	for (size_t i = c->at; i > *lo; i--)
		if (wl_at(x, i - 1, i, NCG_WL_SPEECH_VERB) == i && !speech_in_subject(x, c, i - 1, *lo)) {
			*lo = i;
			break;
		}
	for (size_t i = *lo; i < c->at; i++)
		if (wl_at(x, i, i + 1, NCG_WL_MET_VERB) == i + 1 ||
		    wl_at(x, i, i + 1, NCG_WL_PRESS_TALK_VERB) == i + 1) {
			size_t k = fronted_clause_end(x, s, c, *lo, i);

			if (k) {        /* the loop's step goes on at k + 1 */
				*lo = k + 1;
				i = k;
				continue;
			}
			*end = i;
			return;
		}
}

/* rules339: the official named by surname alone opening sentence s, the
 * subject of active cue c ("Lt. Gen. A B, the 7th Air Force commander,
 * ... / B and Lt. Gen. C D, ..., led the conference"): the subject span
 * [lo, end) starts the sentence, its first word capitalised, in no
 * mention, the surname of an official named before
 * (ncg_meeting_surname_of), and then the cue or a lex:pairConjunction;
 * else NULL. */
static const ncg_mention *
surname_subject(const ro_ctx *x, uint32_t s, size_t lo, size_t end)
{
	const ncg_token *tok = ncg_doc_tokens(x->doc);
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx), p = x->sent[s].t0;

	if (lo != p || p + 1 > end || !(tok[p].flags & NCG_TF_CAP) ||
	    (p + 1 < end && wl_at(x, p + 1, p + 2, NCG_WL_PAIR_CONJUNCTION) != p + 2))
		return NULL;
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->t0 <= p && p < m->t1)
			return NULL;
	}
	return ncg_meeting_surname_of(x->doc, x->ms, x->lex, p);
}

/* fix176 (review144 2, 3): is token i a lex:cueCompanionPreposition
 * after cue c ("with"), or, after an active co-chair cue only, a
 * lex:coChairCompanionPreposition ("alongside") with an official's
 * mention right after it, past "the" or a country at most ("co-chaired
 * ... alongside Amos Hochstein"; never "held alongside the G20 Leaders'
 * Summit", "alongside staff from ...")? */
static int
companion_at(const ro_ctx *x, uint32_t s, const cue *c, size_t i)
{
	size_t j = i + 1;
	const ncg_mention *m;

	if (wl_at(x, i, i + 1, NCG_WL_CUE_COMPANION_PREPOSITION) == i + 1)
		return 1;
	if (c->f->prop != NCG_P_CO_CHAIR || wl_at(x, i, i + 1, NCG_WL_CO_CHAIR_COMPANION_PREPOSITION) != i + 1)
		return 0;
	if (ncg_doc_tok_is(x->doc, j, "the"))
		j++;
	else if ((m = mention_starting(x, s, j, NCG_M_COUNTRY)) != NULL)
		j = m->t1;
	return mention_starting(x, s, j, NCG_M_OFFICIAL) != NULL;
}

/* The officials of a cue: before it back to the previous cue (active),
 * after it up to the next (passive); for an active cue of a named role
 * also those after a companion preposition (companion_at: "co-chaired
 * the DSC session with DEPMIN Heo"). */
static ncg_status
assign(ro_ctx *x, uint32_t s, const cue *c, size_t lo, size_t hi, ncg_prop p)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx), with = hi, count = 0, end = c->at;
	const ncg_mention *sur = NULL;

	/* rules95: only a frame that names its role shares it; who a
	 * lead frame's subject "led talks with" is the counterpart, no
	 * co-lead ("Singh led talks ... with Vice Foreign Minister Lee") */
	for (size_t i = c->end; !c->f->passive && c->f->prop && i < hi; i++)
		if (companion_at(x, s, c, i)) {
			with = i;
			break;
		}
	if (!c->f->passive) {
		subject_span(x, s, c, &lo, &end);
		sur = surname_subject(x, s, lo, end);
		count += sur != NULL;
	}
	for (int pass = 0; pass < 2; pass++)
		for (size_t k = 0; k < n; k++) {
			const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);
			int mine = c->f->passive ? m->t0 >= c->end && m->t0 < hi
			                         : (m->t0 >= lo && m->t1 <= end) ||
			                           (m->t0 > with && m->t0 < hi);

			if (m->kind != NCG_M_OFFICIAL || !mine)
				continue;
			if (pass == 0)
				count++;
			else
				NCG_TRY(add_role(x, m, p == NCG_P_CHAIR && count > 1 ? NCG_P_CO_CHAIR : p,
				                 c->f->rule));
		}
	return sur ? add_role(x, sur, p == NCG_P_CHAIR && count > 1 ? NCG_P_CO_CHAIR : p, c->f->rule)
	           : NCG_OK;
}

/* Does the sentence name only meetings other than the described one? */
static int
names_other_meeting(const ro_ctx *x, uint32_t s)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx);
	int other = 0;

	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if (m->kind == NCG_M_MEETING && m->meeting.ordinal > 0)
			other |= m->meeting.ordinal != x->ordinal ? 1 : 2;
	}
	return other == 1;
}

/* rules22: is the passive cue c in the progressive or the future ("Those
 * talks are currently being led by X", "will be led by"): the leading
 * of something going on or to come, not of the meeting held?  A
 * lex:progressiveAuxiliary ("being") or lex:futureCue word, in the four words before it. */
static int
not_held_cue(const ro_ctx *x, uint32_t s, const cue *c)
{
	size_t t0 = x->sent[s].t0;

	if (!c->f->passive)
		return 0;
	for (size_t i = c->at; i > t0 && i + 4 > c->at; i--)
		if (wl_at(x, i - 1, i, NCG_WL_PROGRESSIVE_AUX) || wl_at(x, i - 1, i, NCG_WL_FUTURE_CUE))
			return 1;
	return 0;
}

/* rules334: is the passive participant cue c said of an event other than
 * a meeting ("The anniversary was commemorated at a Nov. 1 ceremony in
 * Japan attended by Crown Prince Naruhito", Coast Guard): the lower-case
 * word just before it, past a place ("in"/"at" and at most
 * EVENT_PLACE_WORDS capitalised words: lex:meetingSettingPreposition,
 * lex:settingPreposition), a lex:framedEventNoun that ends no meeting's
 * noun (lex:meetingNoun: "a signing ceremony attended by" is one)? */
#define EVENT_PLACE_WORDS 4
static int
event_attended_cue(const ro_ctx *x, uint32_t s, const cue *c)
{
	const ncg_token *tok = ncg_doc_tokens(x->doc);
	size_t i = c->at, t0 = x->sent[s].t0;

	if (!c->f->passive || c->f->prop != NCG_P_PARTICIPANT)
		return 0;
	while (i > t0 && c->at - i < EVENT_PLACE_WORDS && !(tok[i - 1].flags & NCG_TF_LOWER))
		i--;
	if (i < c->at && i > t0 &&
	    (wl_at(x, i - 1, i, NCG_WL_MEETING_SETTING_PREP) || wl_at(x, i - 1, i, NCG_WL_SETTING_PREP)))
		i--;
	if (i == t0 || !(tok[i - 1].flags & NCG_TF_LOWER) || !wl_at(x, i - 1, i, NCG_WL_FRAMED_EVENT_NOUN))
		return 0;
	return !(i > t0 + 1 && wl_at(x, i - 2, i, NCG_WL_MEETING_NOUN) == i);
}

/* rules258: is the active convener cue c a passive with no agent ("a
 * meeting is being convened on February 14", Hindustan Times: Blinken,
 * before it, convenes nothing)?  A lex:participleAuxiliary that is no
 * lex:perfectAuxiliary (a form of "be") just before it;
 * "was convened by" is the passive cue (lex:convenerPassive). */
static int
agentless_cue(const ro_ctx *x, uint32_t s, const cue *c)
{
	return !c->f->passive && c->f->prop == NCG_P_CONVENER && c->at > x->sent[s].t0 &&
	       wl_at(x, c->at - 1, c->at, NCG_WL_PARTICIPLE_AUX) == c->at &&
	       wl_at(x, c->at - 1, c->at, NCG_WL_PERFECT_AUX) != c->at;
}

/* rules71: is the passive chair cue c in the present ("It is co-chaired
 * by A and B", after a working group's description): who chairs the
 * body as a standing matter, not the meeting held?  A
 * lex:standingAuxiliary word just before the cue, no described meeting
 * named before it. */
static int
standing_cue(const ro_ctx *x, uint32_t s, const cue *c, cue_meeting target)
{
	if (!c->f->passive || target == CUE_DESCRIBED || c->at <= x->sent[s].t0 ||
	    (c->f->prop != NCG_P_CO_CHAIR && c->f->prop != NCG_P_CHAIR))
		return 0;
	return wl_at(x, c->at - 1, c->at, NCG_WL_STANDING_AUX) == c->at;
}

/* rules136: is cue c one of leading ("jointly led by", "co-led"): has
 * it a lex:leadActive word?  A cue of chairing or hosting names the
 * meeting's role, never a delegation's. */
static int
cue_leads(const ro_ctx *x, const cue *c)
{
	for (size_t i = c->at; i < c->end; i++)
		if (wl_at(x, i, i + 1, NCG_WL_LEAD_ACTIVE))
			return 1;
	return 0;
}

/* review42: is chair cue c (of chairing, passive) on one side, its
 * subject a delegation or a side ("The Korean side was chaired by")? */
static int
side_chair_cue(const ro_ctx *x, const cue *c, size_t lo)
{
	return c->f->passive && (c->f->prop == NCG_P_CO_CHAIR || c->f->prop == NCG_P_CHAIR) &&
	       lead_role(x, c, lo, c->at) == NCG_P_DELEGATION_LEAD;
}

/* review42: do the chairing cues on a side in sentence s and the
 * sentences either side of it cover both sides as one frame, each
 * co-chaired ("The Japanese side was co-chaired by A and B. The U.S.
 * side was co-chaired by C and D", EDD)?  Then each side's co-chairs
 * chair the meeting; a side chaired alone, or one side only, is its
 * delegation's lead ("The Korean side was chaired by Kim and the
 * American side was co-chaired by Smith and Doe"). */
static int
sides_cochaired(const ro_ctx *x, uint32_t s)
{
	int sides = 0;

	for (uint32_t t = s ? s - 1 : s; t <= s + 1 && t < ncg_doc_nsentences(x->doc); t++) {
		size_t lo = x->sent[t].t0;
		cue c;

		for (size_t i = x->sent[t].t0; i < x->sent[t].t1; i++) {
			if (!cue_at(x, t, i, &c))
				continue;
			if (side_chair_cue(x, &c, lo)) {
				if (c.f->prop != NCG_P_CO_CHAIR)
					return 0;
				sides++;
			}
			lo = c.end;
			i = c.end - 1;
		}
	}
	return sides >= 2;
}

/* How far after a side preposition a meeting's name may start (see
 * side_object). */
#define SIDE_NAME_REACH 8

/* fix127 (review110 2): the meeting's name may start anywhere in the
 * noun phrase after the side preposition at at ("at the annual Security
 * Consultative Meeting", "at this year's SCM", "at the Nov. 13 SCM"),
 * up to a comma or a side word's stop; fix129 (review111 5): up to any
 * other preposition ("in the talks with the Philippine Army": the other
 * side) and through the first meeting noun, no further.  The window's
 * end. */
static size_t
side_name_end(const ro_ctx *x, uint32_t s, size_t at)
{
	size_t end;

	for (end = at; end < x->sent[s].t1 && end < at + SIDE_NAME_REACH; end++) {
		if (end > at && (wl_at(x, end, end + 1, NCG_WL_SIDE_WORDS_STOP) == end + 1 ||
		                 wl_at(x, end, end + 1, NCG_WL_SIDE_PREPOSITION) == end + 1 ||
		                 wl_at(x, end, end + 1, NCG_WL_PLACE_PREPOSITION) == end + 1 ||
		                 wl_at(x, end, end + 1, NCG_WL_COMPLEMENT_PREP) == end + 1))
			break;
		if (wl_at(x, end, end + 1, NCG_WL_MEETING_NOUN) == end + 1)
			return end + 1;
	}
	return end;
}

/* rules283: is the object of active lead cue c a country, after at most
 * a lex:describedDeterminer, and then a lex:sidePreposition ("Lt. Gen. A
 * and Brig. Gen. B led the U.S. in the July 13 talks", Air & Space
 * Forces; like "led the Philippine side during the meeting")?  They
 * led a side in the meeting, which they did not chair.  review108 8:
 * not before a named or numbered meeting ("Secretary Austin led the U.S.
 * at the 55th Security Consultative Meeting", "... at the SCM"): its
 * principals lead their sides by co-chairing it. */
static int
side_object(const ro_ctx *x, uint32_t s, const cue *c)
{
	const ncg_mention *m = object_mention(x, s, c, NCG_M_COUNTRY);
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx), at, end;

	if (!m || wl_at(x, m->t1, m->t1 + 1, NCG_WL_SIDE_PREPOSITION) != m->t1 + 1)
		return 0;
	at = m->t1 + 1;
	end = side_name_end(x, s, at);
	for (size_t i = 0; i < n; i++) {
		const ncg_mention *o = ncg_mentions_at(x->ms, idx[i]);

		if ((o->kind == NCG_M_MEETING || ncg_mention_is_series(x->doc, x->lex, o)) && o->t0 >= at && o->t0 < end)
			return 0;
	}
	return 1;
}

/* rules339: is token i a meeting's or a series' acronym ("U.S. co-chair
 * of the SCM", its name given before)? */
static int
meeting_acronym_at(const ro_ctx *x, size_t i)
{
	size_t len = ncg_doc_tok_len(x->doc, i);

	for (size_t k = 0; k < ncg_mentions_count(x->ms); k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, k);

		if (m->kind == NCG_M_BODY && m->body.acronym && strlen(m->body.acronym) == len &&
		    !strncmp(m->body.acronym, ncg_doc_tok_ptr(x->doc, i), len) &&
		    ncg_mention_is_series(x->doc, x->lex, m))
			return 1;
	}
	return 0;
}

/* rules339: does the phrase after token e, up to a comma, name a meeting
 * (a meeting or a series mention, a lex:meetingNoun, a series'
 * acronym: "co-chair of the MDB-SEB Standing Committee Meeting")? */
static int
names_meeting_after(const ro_ctx *x, uint32_t s, size_t e)
{
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx), end;

	for (end = e; end < x->sent[s].t1 && end < e + SIDE_NAME_REACH; end++) {
		if (ncg_doc_tok_is(x->doc, end, ","))
			break;
		if (wl_at(x, end, end + 1, NCG_WL_MEETING_NOUN) || meeting_acronym_at(x, end))
			return 1;
	}
	for (size_t k = 0; k < n; k++) {
		const ncg_mention *m = ncg_mentions_at(x->ms, idx[k]);

		if ((m->kind == NCG_M_MEETING || ncg_mention_is_series(x->doc, x->lex, m)) &&
		    m->t0 >= e && m->t0 < end)
			return 1;
	}
	return 0;
}

/* rules339: is active cue c of a named role a noun, no verb: a title
 * ("Congressman A, Co-Chair of the Friends of Australia Caucus", "was
 * the Co-Chair of the ... Caucus": a lex:headOf word after it), or a
 * gathering ("A and other leaders convened for a summit": a
 * lex:nounPreposition word after a convener cue, no object convened,
 * even "convened for the fifth Dialogue")?  A title not when the words
 * after it name the described meeting ("as co-chair of the meeting"),
 * or any meeting (names_meeting_after: "U.S. co-chair of the SCM"). */
static int
noun_cue(const ro_ctx *x, uint32_t s, const cue *c, cue_meeting target)
{
	size_t e = c->end;

	if (c->f->passive || e >= x->sent[s].t1)
		return 0;
	if (c->f->prop == NCG_P_CONVENER)
		return wl_at(x, e, e + 1, NCG_WL_NOUN_PREPOSITION) == e + 1;
	return target != CUE_DESCRIBED && (c->f->prop == NCG_P_CO_CHAIR || c->f->prop == NCG_P_CHAIR) &&
	       wl_at(x, e, e + 1, NCG_WL_HEAD_OF) == e + 1 && !names_meeting_after(x, s, e + 1);
}

static ncg_status
sentence_roles(ro_ctx *x, uint32_t s)
{
	cue cues[16];
	size_t nc = 0, t0 = x->sent[s].t0, t1 = x->sent[s].t1;
	int other;
	const size_t *idx;
	size_t n = ncg_mentions_in_sentence(x->ms, s, &idx), o;

	/* a role is an official's: a sentence naming none has no role, and
	 * its tokens are not read for cues (speed only) */
	for (o = 0; o < n && ncg_mentions_at(x->ms, idx[o])->kind != NCG_M_OFFICIAL; o++)
		;
	if (o == n)
		return NCG_OK;
	other = names_other_meeting(x, s);
	for (size_t i = t0; i < t1 && nc < 16; i++)
		if (cue_at(x, s, i, &cues[nc])) {
			i = cues[nc].end - 1;
			nc++;
		}
	for (size_t k = 0; k < nc; k++) {
		const cue *c = &cues[k];
		size_t lo = k ? cues[k - 1].end : t0, hi = k + 1 < nc ? cues[k + 1].at : t1;
		cue_meeting target = cue_target(x, s, c);
		ncg_prop p = c->f->prop ? c->f->prop : lead_role(x, c, lo, hi);

		if (!p && !c->f->prop)
			p = fronted_lead_role(x, s, c, hi, &hi);
		if (!p && !c->f->prop && meeting_object(x, s, c))
			p = NCG_P_CO_CHAIR;
		if (p == NCG_P_CO_CHAIR && !c->f->prop && side_object(x, s, c))
			p = NCG_P_DELEGATION_LEAD;

		/* rules27: a co-chair cue whose object or subject is a
		 * delegation ("The ROK delegation was jointly led by A and
		 * B") leads the delegation, not the meeting; rules136: a
		 * cue of chairing ("The Japanese side was co-chaired by A
		 * and B") chairs the meeting, review42: only when the
		 * sides' cues cover both sides, each co-chaired
		 * (sides_cochaired) */
		if (p == NCG_P_CO_CHAIR && c->f->prop && cue_leads(x, c) &&
		    lead_role(x, c, lo, hi) == NCG_P_DELEGATION_LEAD)
			p = NCG_P_DELEGATION_LEAD;
		else if (side_chair_cue(x, c, lo) && !sides_cochaired(x, s))
			p = NCG_P_DELEGATION_LEAD;

		if (!p || target == CUE_OTHER || (target == CUE_UNKNOWN && other) ||
		    not_held_cue(x, s, c) || standing_cue(x, s, c, target) || agentless_cue(x, s, c) ||
		    event_attended_cue(x, s, c) || noun_cue(x, s, c, target))
			continue;
		NCG_TRY(assign(x, s, c, lo, hi, p));
	}
	return NCG_OK;
}

/* Has official m (by key) role p in r? */
static int
has_role(const ncg_roles *r, const ncg_mention *m, ncg_prop p)
{
	for (size_t k = 0; k < r->n; k++)
		if (r->v[k].prop == p && r->v[k].official->key && m->key &&
		    strcmp(r->v[k].official->key, m->key) == 0)
			return 1;
	return 0;
}

/* rules60: two officials or more who each chaired the described meeting
 * in a sentence of their own ("The EAC, chaired by A, reviewed ...
 * The ECC, chaired by B, ...") chaired it together: co-chairs, as two
 * chairs of one cue are (assign).  A chair who is a co-chair already
 * keeps that one role. */
static void
chairs_together(ncg_roles *r)
{
	size_t chairs = 0, w = 0;

	for (size_t k = 0; k < r->n; k++)
		chairs += r->v[k].prop == NCG_P_CHAIR;
	if (chairs < 2)
		return;
	for (size_t k = 0; k < r->n; k++) {
		if (r->v[k].prop == NCG_P_CHAIR) {
			if (has_role(r, r->v[k].official, NCG_P_CO_CHAIR))
				continue;
			r->v[k].prop = NCG_P_CO_CHAIR;
		}
		r->v[w++] = r->v[k];
	}
	r->n = w;
}

ncg_status
ncg_roles_read(const ncg_doc *doc, const ncg_mentions *ms, const ncg_lexicon *lex,
               int ordinal, ncg_roles *out)
{
	ro_ctx x = {doc, ms, lex, ncg_doc_sentences(doc), ordinal, out, ncg_strmap_new()};
	ncg_status st = x.seen ? NCG_OK : NCG_ERR_NOMEM;

	for (uint32_t s = 0; st == NCG_OK && s < ncg_doc_nsentences(doc); s++)
		st = sentence_roles(&x, s);
	if (st == NCG_OK)
		chairs_together(out);
	ncg_strmap_free(x.seen);
	return st;
}

void
ncg_roles_clear(ncg_roles *r)
{
	free(r->v);
	r->v = NULL;
	r->n = r->cap = 0;
}
