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

/* Precision of a date. */
enum { NCG_PREC_NONE, NCG_PREC_YEAR, NCG_PREC_MONTH, NCG_PREC_DAY };

/* Kinds of periods. */
typedef enum {
	NCG_PER_SEASON,       /* which: 0 spring, 1 summer, 2 autumn, 3 winter */
	NCG_PER_HALF,         /* which: 1 or 2 */
	NCG_PER_QUARTER,      /* which: 1..4 */
	NCG_PER_PART,         /* which: 0 early, 1 mid, 2 late */
	NCG_PER_YEAR,         /* the whole year */
	NCG_PER_REST_OF_YEAR, /* "later this year" */
	NCG_PER_REST_OF_MONTH,/* "later this month" */
	NCG_PER_MONTH         /* which: 1..12 */
} ncg_period_kind;

/* A year as written: absolute (year > 0), or relative to the anchor date
 * (year == 0, rel: 0 this, 1 next, -1 last). */
typedef struct {
	int year;
	int rel;
} ncg_year_ref;

/* Meeting ordinal meaning "the next one". */
#define NCG_ORDINAL_NEXT (-1)

typedef struct ncg_mention {
	ncg_mention_kind kind;
	uint32_t sent;            /* sentence index */
	uint32_t t0, t1;          /* tokens of the anchor [t0, t1) */
	const char *key;          /* entity key ("body/nsc"), or NULL */
	const char *name;         /* wording, white space folded */
	const ncg_lex_entry *lex; /* lexicon entry it matched, or NULL */
	const char *acronym;      /* defined or known acronym */
	const char *country[2];   /* country keys (two for combined bodies) */
	const char *part_of;      /* body key */

	/* officials */
	const char *honorific;
	const char *title;        /* as written */
	uint32_t title_t0, title_t1;
	const char *affiliation;  /* body key named in the title */

	/* dates (kind DATE) */
	int y, m, d, prec;
	int this_;                /* "this November" */

	/* periods (kind PERIOD) */
	ncg_period_kind per;
	int which;
	ncg_year_ref per_year;

	/* meetings */
	int ordinal;              /* >0, or NCG_ORDINAL_NEXT */
	const char *series;       /* body key of the series ("body/ncg"), or NULL */

	/* assets, activities: type / kind concept keys */
	const char *type_key;
	const char *designator;   /* "B-52", "SSBN-737" */

	/* an asset's visibility event: kinds, words, place; its time is in
	 * y, m, d, prec, this_ (as for dates) */
	const char *ev_kind[3];
	uint32_t ev_t0, ev_t1;    /* ev_t1 == 0: no event */
	const char *ev_place;     /* place or country key */
	int future;               /* the clause speaks of the future */

	/* workstreams: an item of a list of workstreams (else a mention of a
	 * known one in running text) */
	int listed;
} ncg_mention;

/* What the page head says: the statement's title, publisher and date. */
typedef struct {
	int has_title;
	uint32_t title_b, title_e;     /* byte span of the title line */
	const ncg_mention *publisher;  /* a BODY mention on a head line, or NULL */
	int issued_y, issued_m, issued_d;
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

/* Mentions of sentence s, in order of position: indexes into the list. */
size_t ncg_mentions_in_sentence(const ncg_mentions *m, uint32_t s,
                                const size_t **idx);

const char *ncg_mention_kind_name(ncg_mention_kind k);

#endif
