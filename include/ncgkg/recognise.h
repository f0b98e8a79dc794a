/* ncgkg: recognising mentions in a segmented statement.
 *
 * Stage 3 of the pipeline.  Rules over the language of official
 * statements (honorific + name, appositive and preposed titles, acronym
 * definitions, capitalised organisation names, dates, ordinals, periods,
 * places, lists) find mentions: spans of tokens with what they name.  The
 * domain vocabulary comes from the lexicon; no rule names a particular
 * meeting, person or body.
 *
 * Mentions say what a span is; extract.c decides what the statement says
 * about them (roles, the meeting described, contributions).
 *
 * Ownership: ncg_recognise allocates an ncg_mentions that owns every
 * mention and string in it and borrows the doc and lexicon (both must
 * outlive it).  ncg_mentions_free(NULL) is a no-op.
 */
#ifndef NCGKG_RECOGNISE_H
#define NCGKG_RECOGNISE_H

#include <stddef.h>
#include <stdint.h>

#include "ncgkg/lexicon.h"
#include "ncgkg/segment.h"
#include "ncgkg/status.h"
#include "ncgkg/time.h"

/* rules229, fix73: the most capitalised words of a possessive owner
 * before an installation ("at the Army's Fort Bliss", "at the GSDF's
 * Camp Asaka"), read alike by src/recog_org.c (possessed_installation_at)
 * and src/meeting.c (after_possessive_owner). */
#define NCG_POSSESSOR_WORDS 4

typedef enum {
	NCG_M_COUNTRY,
	NCG_M_PLACE,
	NCG_M_BODY,
	NCG_M_OFFICIAL,
	NCG_M_DATE,       /* a day, a month or a year */
	NCG_M_PERIOD,     /* a span of time: "next summer", "first half of 2025" */
	NCG_M_MEETING,    /* an ordinal meeting: "the fourth NCG meeting" */
	NCG_M_WORKSTREAM,
	NCG_M_ASSET,
	NCG_M_ACTIVITY,
	NCG_M_DOCUMENT,   /* a named document: "Washington Declaration" */
	NCG_M__COUNT
} ncg_mention_kind;

/* ncg_m_workstream.listed for an item of an agenda list. */
#define NCG_LISTED_AGENDA 2

/* Meeting ordinal meaning "the next one". */
#define NCG_ORDINAL_NEXT (-1)

/* ---- what each kind of mention carries ---------------------------------- */

typedef struct {                  /* COUNTRY, PLACE */
	const char *country[2];   /* keys of the countries it lies in */
} ncg_m_place;

typedef struct {                  /* BODY */
	const char *acronym;      /* defined or known acronym, or NULL */
	const char *country[2];   /* country keys (two for combined bodies) */
	const char *part_of;      /* key of the body it is part of, or NULL */
	const char *short_name;   /* rules19: the name without the states'
	                           * words before it ("Foreign Ministry" of
	                           * "South Korean Foreign Ministry"), or NULL */
} ncg_m_body;

typedef struct {                  /* OFFICIAL */
	const char *honorific;    /* "Dr.", "President", or NULL */
	const char *title;        /* as written, or NULL */
	uint32_t title_t0, title_t1;  /* its tokens */
	const char *title_own;    /* rules324: the title's own words when a
	                           * possessive widened its text ("President"
	                           * of "South Korea's President"), or NULL */
	const char *affiliation;  /* key of a body named in the title, or NULL */
	const char *country;      /* country key, or NULL */
} ncg_m_official;

typedef struct {                  /* MEETING */
	int ordinal;              /* >0, or NCG_ORDINAL_NEXT */
	const char *series;       /* body key of the series ("body/ncg"), or NULL */
} ncg_m_meeting;

typedef struct {                  /* WORKSTREAM */
	const char *acronym;      /* or NULL */
	int listed;               /* an item of a list of workstreams (else a
	                           * mention of a known one in running text);
	                           * NCG_LISTED_AGENDA: of a list of what a
	                           * meeting discussed */
} ncg_m_workstream;

typedef struct {                  /* ASSET */
	const char *type_key;     /* asset type concept key, or NULL */
	ncg_date when;            /* of its visibility event (prec 0: none) */
	struct {                  /* its visibility event; t1 == 0: none */
		const char *kind[3];  /* event kind keys, NULL-padded */
		uint32_t t0, t1;      /* the event's words */
		const char *place;    /* place or country key, or NULL */
		int future;           /* the clause speaks of the future */
	} event;
} ncg_m_asset;

typedef struct {                  /* ACTIVITY */
	const char *type_key;     /* activity kind concept key */
	const char *acronym;      /* or NULL */
	ncg_date when;            /* prec 0: no time given */
} ncg_m_activity;

/* A mention: a span of tokens and what it names.  The fields before the
 * union hold for every kind; the union's member named after the kind holds
 * the rest (m->body.acronym for a BODY, m->date.y for a DATE...).  DOCUMENT
 * mentions carry nothing more. */
typedef struct ncg_mention {
	ncg_mention_kind kind;
	uint32_t sent;            /* sentence index */
	uint32_t t0, t1;          /* tokens of the anchor [t0, t1) */
	const char *name;         /* wording, white space folded */
	const char *key;          /* entity key ("body/nsc"); NULL for DATE,
	                           * PERIOD and MEETING */
	const ncg_lex_entry *lex; /* lexicon entry it matched, or NULL */
	union {
		ncg_m_place place;            /* COUNTRY, PLACE */
		ncg_m_body body;              /* BODY */
		ncg_m_official official;      /* OFFICIAL */
		ncg_date date;                /* DATE: a day, a month or a year */
		ncg_period period;            /* PERIOD */
		ncg_m_meeting meeting;        /* MEETING */
		ncg_m_workstream workstream;  /* WORKSTREAM */
		ncg_m_asset asset;            /* ASSET */
		ncg_m_activity activity;      /* ACTIVITY */
	};
} ncg_mention;

/* What the page head says: the statement's title, publisher and date. */
typedef struct {
	int has_title;
	uint32_t title_b, title_e;     /* byte span of the title line */
	const ncg_mention *publisher;  /* a BODY mention on a head line, or NULL */
	int issued_y, issued_m, issued_d;
	int issued_by_store;           /* from a page store's "date YYYY-MM-DD" line */
	uint32_t dateline_b, dateline_e;
	const ncg_mention *dateline_place;  /* "SEOUL, July 18 --": a PLACE, or NULL */
} ncg_head;

typedef struct ncg_mentions ncg_mentions;

ncg_status ncg_recognise(const ncg_doc *doc, const ncg_lexicon *lex,
                         ncg_mentions **out, ncg_error *err);
void ncg_mentions_free(ncg_mentions *m);

size_t ncg_mentions_count(const ncg_mentions *m);
const ncg_mention *ncg_mentions_at(const ncg_mentions *m, size_t i);
const ncg_head *ncg_mentions_head(const ncg_mentions *m);
/* Was the text read as a cable in capitals (found once, while
 * recognising: see src/meeting_cable.c)? */
int ncg_mentions_cable_in_capitals(const ncg_mentions *m);

/* Mentions of sentence s, in order of position: indexes into the list. */
size_t ncg_mentions_in_sentence(const ncg_mentions *m, uint32_t s,
                                const size_t **idx);

const char *ncg_mention_kind_name(ncg_mention_kind k);

/* Is the mention a meeting series: a body whose name ends in a
 * lex:seriesHead? */
int ncg_mention_is_series(const ncg_doc *doc, const ncg_lexicon *lex, const ncg_mention *m);

#endif
