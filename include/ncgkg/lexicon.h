/* ncgkg: the domain lexicon.
 *
 * What the extractor knows of the domain, as data: countries, places,
 * bodies and their acronyms, workstream concepts and their wordings, asset
 * types, activity and event kinds, known officials' name variants, and
 * word lists the grammar consults (honorifics, title words, organisation
 * head nouns, page furniture).  It is written in Turtle under ontology/
 * and loaded by lexicon_rdf.c; this module itself knows nothing of RDF,
 * so the recognisers and their tests do not depend on librdf.
 *
 * Keys: every entry has a key, the path of its IRI below the instance
 * base ("body/nsc", "country/rok"), or a full IRI when the lexicon names
 * a node outside the base.
 *
 * Life cycle: build (ncg_lexicon_new, then the builders below, or the
 * loaders in rdf.h), index (ncg_lexicon_index), then read.  Indexing
 * freezes the lexicon: builders refuse to change it (NCG_ERR_INTERNAL),
 * and lookups are const and need it (an unindexed lexicon finds nothing
 * by wording).
 *
 * Ownership: the lexicon owns all entries and strings; pointers returned
 * stay valid until ncg_lexicon_free.  ncg_lexicon_free(NULL) is a no-op.
 */
#ifndef NCGKG_LEXICON_H
#define NCGKG_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "ncgkg/status.h"

typedef enum {
	NCG_LEX_COUNTRY,
	NCG_LEX_PLACE,
	NCG_LEX_BODY,
	NCG_LEX_OFFICIAL,
	NCG_LEX_WORKSTREAM,
	NCG_LEX_ASSET_TYPE,
	NCG_LEX_ACTIVITY_KIND,
	NCG_LEX_EVENT_KIND,
	NCG_LEX_ROLE,             /* org:Role: roles of officials (a scheme, no entries yet) */
	NCG_LEX__COUNT
} ncg_lex_kind;

typedef enum {
	NCG_WL_COURTESY,        /* honorifics that are not titles: Mr. Ms. Dr. */
	NCG_WL_OFFICE,          /* honorifics that are titles: President, Minister */
	NCG_WL_TITLE_HEAD,      /* nouns that head a title: Secretary, Coordinator */
	NCG_WL_TITLE_WORD,      /* other words of titles: Deputy, Principal, Policy */
	NCG_WL_PORTFOLIO_PHRASE, /* fix176: a portfolio only whole in a preposed title: Natural Resources */
	NCG_WL_BODY_HEAD,       /* nouns that head a body's name: Council, Command */
	NCG_WL_DOCUMENT_HEAD,   /* nouns that head a document's name: Declaration */
	NCG_WL_FURNITURE,       /* lines of page furniture: "Go to main text" */
	NCG_WL_VESSEL_PREFIX,   /* ship prefixes: USS, ROKS */
	NCG_WL_NAME_SUFFIX,     /* Jr., Sr., III */
	NCG_WL_WORKSTREAM_NOUN, /* nouns that introduce a list of workstreams */
	NCG_WL_PROGRESS_NOUN,   /* nouns that may: "progress on A, B and C" */
	NCG_WL_SENTENCE_INITIAL,/* function words that start sentences, not names */
	/* the described meeting (meeting.c) */
	NCG_WL_MEETING_VERB,    /* verbs that report a meeting: held, convened, met */
	NCG_WL_MEETING_VERB_PRESENT, /* the same in the present: hold, holds, meet
	                              * (rules134: derived from lex:meetingLemma) */
	NCG_WL_PRINCIPAL_VERB,  /* verbs of principals meeting: met with, welcomed */
	NCG_WL_FUTURE_CUE,      /* words that put a clause in the future: will, scheduled */
	NCG_WL_REFERENCE_CUE,   /* words before a recalled meeting: since, following */
	NCG_WL_MEETING_NOUN,    /* nouns of meetings: meeting, session, summit */
	NCG_WL_SERIES_HEAD,     /* last words of a meeting series' name: Dialogue */
	NCG_WL_CONTENT_CUE,     /* openers reporting a meeting's content: In the meeting */
	NCG_WL_VIRTUAL_CUE,     /* a meeting held without a place: virtually */
	NCG_WL_CALL_CUE,        /* a call, not a meeting: phone, call */
	NCG_WL_SAME_DAY,        /* the issue date itself: today */
	NCG_WL_DAY_BEFORE,      /* the day before it: yesterday, the previous day */
	NCG_WL_SETTING_PREP,    /* a meeting as the setting of an act: at, during */
	NCG_WL_SPEECH_VERB,     /* verbs of reporting speech: said, announced */
	NCG_WL_MODAL,           /* words before a verb that is not past: will, to, be */
	NCG_WL_ANNOUNCEMENT_CUE,/* a sentence announcing a meeting: will, plans, agreed */
	NCG_WL_FURNITURE_START, /* openers of furniture paragraphs: "An official website of" */
	NCG_WL_CO_CHAIR_ACTIVE,     /* cues of co-chairs, officials before: co-chaired */
	NCG_WL_CO_CHAIR_PASSIVE,    /* cues of co-chairs, officials after: co-chaired by */
	NCG_WL_CHAIR_ACTIVE,        /* cues of a chair, officials before: chaired, presided over */
	NCG_WL_CHAIR_PASSIVE,       /* cues of a chair, officials after: chaired by */
	NCG_WL_CONVENE_ACTIVE,      /* cues of conveners, officials before: convened */
	NCG_WL_CONVENE_PASSIVE,     /* cues of conveners, officials after: convened by */
	NCG_WL_LEAD_ACTIVE,         /* cues of leading, officials before: led, headed */
	NCG_WL_LEAD_PASSIVE,        /* cues of leading, officials after: led by */
	NCG_WL_PARTICIPATE_ACTIVE,  /* cues of taking part, officials before: attended */
	NCG_WL_PARTICIPATE_PASSIVE, /* cues of taking part, officials after: attended by */
	NCG_WL_DISCUSSION_NOUN,     /* nouns of discussions: what a discussion lead leads */
	NCG_WL_DELEGATION_NOUN,     /* nouns of delegations: what a delegation head leads */
	NCG_WL_DISCUSS_FRAME,       /* verbs and nouns of discussing whose object is an agenda list */
	NCG_WL_LIST_OPENER,         /* words after which a list's items follow: including, such as */
	NCG_WL_LISTING_VERB,        /* review15: before "as", which then opens the items: listed */
	NCG_WL_COMMITMENT_CUE,      /* a commitment to talk later, not an agenda: committed to */
	NCG_WL_ELABORATION_CUE,     /* an item's elaboration, not a new item: particularly */
	NCG_WL_LIST_TAIL,           /* words closing a list: among other issues */
	NCG_WL_MEANS_CUE,           /* before a frame, the means of past work: through */
	NCG_WL_CLAUSE_OBJECT,       /* after a frame, a clause as its one object: how, whether */
	NCG_WL_LIST_CONJUNCTION,    /* words joining list items besides commas: as well as, along with */
	NCG_WL_PARTICIPLE_FRAME,    /* frames that are participles: they need a discussion noun before */
	NCG_WL_PARTICIPLE_LINK,     /* between a comma and a participle frame: while (reviewing) */
	NCG_WL_RELEASE_VERB,        /* a document's release just before "after" a meeting: released */
	NCG_WL_AGENDA_HEAD,         /* nouns heading an agenda item with its complement: measures (to) */
	NCG_WL_AGENDA_NOUN,         /* nouns of a meeting's agenda as a subject: agenda topics (were) */
	NCG_WL_AGENDA_COPULA,       /* verbs after such a subject that open its items: were, included */
	NCG_WL_BACK_REFERENCE,      /* an item's first word that refers back, no line of work: its */
	NCG_WL_EVENT_HEAD,          /* nouns that make a name an event, not a body: Summit */
	NCG_WL_SERVICE_NAME,        /* military services: Navy, Army, Air Force */
	NCG_WL_MILITARY_RANK,       /* military ranks: the honorific at a title's end */
	NCG_WL_ALIAS_CUE,      /* words before another name of the same thing: also known as */
	NCG_WL_CONTRIBUTION_PASSIVE, /* participles of work done by someone: developed (with) */
	NCG_WL_CONTRIBUTION_NOUN,   /* nouns of contributions: contributions (from, of) */
	NCG_WL_CONTRIBUTION_ACTIVE, /* verbs of contributing: X contributed to */
	NCG_WL_CONTRIBUTION_CREDIT, /* verbs crediting a contributor: credited X */
	NCG_WL_ORDINAL_MEETING_NOUN, /* nouns after an ordinal that make a meeting: the 4th session */
	NCG_WL_MEETING_MODIFIER,    /* words between an ordinal and a meeting noun: annual */
	NCG_WL_ITEM_LEAD,           /* words dropped before a list item: and, or, as well */
	NCG_WL_WITHIN_MEETING_CUE,  /* before a meeting another took place in: during, at */
	NCG_WL_ADJECTIVAL_PARTICIPLE, /* -ed words that modify, not verbs: combined, integrated */
	NCG_WL_TITLE_CLAUSE_OPENER, /* words opening a title as a clause: who, is, serves, as */
	NCG_WL_MONTH_CUE,           /* words after which a bare month is a date: in, this, since */
	NCG_WL_CLOCK_WORD,          /* words after a clock time: AM, PM, EST, KST */
	NCG_WL_TIME_DISTANCE,       /* units of a distance in time: days, weeks (three days after) */
	NCG_WL_IDENTITY_CUE,
	NCG_WL_PEER_NOUN,
	NCG_WL_CREDIT_CUE,          /* words before a photographer or reporter: Photo by, Reporting by */
	NCG_WL_BYLINE_CUE,          /* the same at the start of a line only: By */
	NCG_WL_NORMAL_STOP,         /* words a normal form drops: the, of, us (lower case) */
	NCG_WL_IRREGULAR_PLURAL,    /* "plural singular" pairs for normal forms: "crises crisis" */
	NCG_WL_PRESS_EVENT,         /* a joint appearance after a meeting: joint news conference */
	NCG_WL_AFTER_CUE,           /* cues of a time just after a meeting: following, at the end of */
	NCG_WL_END_CUE,             /* of these, the meeting's end itself: at the conclusion of */
	NCG_WL_PARTY_NOUN,          /* plural nouns of a meeting's parties: ministers, sides (met) */
	NCG_WL_HERE_CUE,            /* a speaker's presence at a meeting: here (for the 57th SCM) */
	NCG_WL_ONGOING_CUE,         /* a meeting going on: under way, in progress */
	NCG_WL_PROGRESSIVE_VERB,    /* progressives of meeting verbs: holding, convening */
	NCG_WL_LEADER_GOVERNMENT,   /* nouns of a government named after its leader: Administration */
	NCG_WL_CLASS_SUFFIX,        /* suffixes of a ship's class, a modifier: -class */
	NCG_WL_MEETING_SUBJECT_FRAME, /* frames of an agenda with a meeting noun as subject: (the talks) highlighted */
	NCG_WL_GLUED_WORD,          /* words a mirror's text runs onto a country's name: Koreaheld */
	NCG_WL_DOCUMENT_CONTENT_FRAME, /* a document's content as a list: (the memorandum) calls for */
	NCG_WL_DOCUMENT_NOUN,       /* common nouns of documents a meeting adopts: memorandum */
	/* rules8 */
	NCG_WL_NAME_PREPOSITION,    /* capitalised prepositions that open no activity name: Under (Title 17) */
	NCG_WL_NAMING_CUE,          /* words before the name a class noun gives: called, dubbed */
	NCG_WL_ADJECTIVE_SUFFIX,    /* endings of words shaped as adjectives: -al, -ic */
	/* rules10 */
	NCG_WL_ITEM_PREPOSITION,    /* prepositions no line of work begins with: in, at, from */
	NCG_WL_OBJECT_DETERMINER,   /* determiners before a frame's object: the, its, their */
	NCG_WL_WORKSTREAM_NAME_STOP, /* words a name before "workstream" does not run back over */
	NCG_WL_ACTIVITY_NAME_STOP,  /* words a lower-case activity name does not run back over */
	NCG_WL_LIST_CLAUSE_CUE,     /* after a list's comma, a new clause: according to, which */
	NCG_WL_LIST_SPEECH_VERB,    /* a speech verb soon after a list's comma ends it: said */
	NCG_WL_ORG_CONNECTOR,       /* lower-case words inside a body's name: of, the, and, & */
	NCG_WL_TITLE_CONNECTOR,     /* lower-case words inside a title: of, for, to, & */
	NCG_WL_RANGE_FRAME,         /* nouns of a range of topics whose object is a list: range of issues */
	NCG_WL_RANGE_OPENER,        /* after a range noun, where its items follow: expected to include */
	NCG_WL_EFFORT_FRAME,        /* frames of effort before two verbs and their objects: work to */
	NCG_WL_EFFORT_VERB,         /* verbs of effort whose object is a line of work: enable, improve */
	NCG_WL_DUTIES_CUE,          /* an office held in acting: performing the duties of */
	NCG_WL_INDEFINITE_ARTICLE,  /* a, an */
	NCG_WL_CAPITAL_DETERMINER,  /* capitalised determiners that open no name: The, This */
	NCG_WL_AUXILIARY_VERB,      /* finite auxiliaries that open a clause: was, were, has */
	/* rules9 */
	NCG_WL_PARTICIPLE_AUX,      /* forms of be and have before a participle: was, has, been */
	NCG_WL_SOLO_PRESS_EVENT,    /* one side's appearance after a meeting: press conference */
	NCG_WL_ORDINAL_KIND_TAIL,   /* after an ordinal, a meeting when meetings are named: of its kind */
	NCG_WL_NAME_MEETING_NOUN,   /* capitalised nouns ending an unknown meeting's name: Ministerial */
	NCG_WL_PERIOD_CUE,          /* after "the first <meeting>", a span of time: since, in over */
	NCG_WL_OFFICE_QUALIFIER,    /* lower-case words between an office and a name: nominee */
	NCG_WL_AGENDA_MEMBERSHIP,   /* after a fronted list, before an agenda noun: were among */
	/* rules12 */
	NCG_WL_ADVERBIAL_MEETING,   /* a meeting as an adverbial of a past act: while meeting with */
	NCG_WL_SIDELINE_CUE,        /* where parties met inside another event: on the sidelines of */
	/* rules14 */
	NCG_WL_TITLE_OBJECT_END,    /* last words of a title's object: Affairs (for ... Affairs) */
	NCG_WL_GIVEN_NAME_VARIANT,  /* "short full" given names of one person: "Mike Michael" */
	/* lexwords: the segmenter's orthography (segment.c) and the page
	 * reader's furniture class words (html.c) */
	NCG_WL_KEEP_DOT,            /* abbreviations keeping their period: Dr, Gen, Jan */
	NCG_WL_MAY_END_DOT,         /* abbreviations whose period may end a sentence: Jr, Inc */
	NCG_WL_BULLET,              /* list bullets opening a line before a space: • - * */
	NCG_WL_WEEKDAY,             /* weekday names and numbers: "Monday 1" .. "Sunday 7" */
	NCG_WL_ORDINAL_SUFFIX,      /* suffixes of numeric ordinals: st, nd, rd, th */
	NCG_WL_FURNITURE_CLASS,     /* words of class/id values marking furniture: nav, share */
	NCG_WL_WEAK_FURNITURE_CLASS,/* the same unless a content word is there: header */
	NCG_WL_CONTENT_CLASS,       /* words of class/id values marking content: article */
	/* rules13 */
	NCG_WL_NOUN_FRAME,          /* frames that are nouns too, verbs only after a modal: review */
	NCG_WL_HYPOTHETICAL_MODAL,  /* modals of what may be, not what was or will be: could */
	NCG_WL_POSSESSIVE,          /* possessive determiners: his, her, its, their */
	NCG_WL_RELATIVE_YEAR,       /* a year counted from now, a deadline: this year */
	NCG_WL_REPEATABLE_PREP,     /* a frame's preposition that may open its second item: on */
	NCG_WL_DOCUMENT_OPENER,     /* nouns before "of" that make a title a document's: Outcome */
	NCG_WL_TAG_CUE,             /* a page's list of tags after it, no sentence: Tags */
	NCG_WL_BREADCRUMB_MARK,     /* marks between a breadcrumb trail's steps: > */
	NCG_WL_NOUN_PREPOSITION,    /* prepositions of a phrase after a noun: to, of, for */
	NCG_WL_PAIRING_LINK,        /* inside "military-to-military": to, on */
	NCG_WL_PASSIVE_TOPIC_VERB,  /* rules270: "A and B were discussed": discussed */
	NCG_WL_CONTRAST_DETERMINER, /* "and other B": B is an item apart from A: other */
	NCG_WL_NAME_COMPLEMENT,     /* after a body's head, the rest of its name follows: of, for */
	/* rules16 */
	NCG_WL_NAME_SYLLABLE,       /* romanised syllables that are English words too: In, An */
	NCG_WL_SURNAME_TITLE,       /* rules27: title heads that are surnames too: King */
	NCG_WL_OUTLET_HEAD,         /* after a body's acronym, a news outlet's name: (DoD) News */
	NCG_WL_SEAT_BODY,           /* a body named by its building, a meeting's place: White House */
	NCG_WL_ARRIVAL_VERB,        /* a visitor's arrival in the lead: arrived in, landed in */
	NCG_WL_VISIT_NOUN,          /* "during his visit to Seoul, X met ...": visit, trip */
	/* rules18 */
	NCG_WL_INTERLOCUTOR_PREP,   /* before the person talked with, the object ends: with */
	NCG_WL_CALL_EVENT,          /* a sentence of a call, another event: phone conversation */
	NCG_WL_SUBJECT_PRONOUN,     /* "They focused on A and B": a finite frame: They */
	NCG_WL_COMPLEMENT_PREP,     /* a noun's complement: "the situation with North Korea": with */
	NCG_WL_NOUN_SUFFIX,         /* endings of lower-case nouns: -tion, -ure */
	/* rules19 */
	NCG_WL_CREDIT_END,          /* ends a byline's name on its line: | */
	NCG_WL_PARTICIPLE_DETERMINER, /* before a participle that modifies a noun: the, a */
	NCG_WL_TITLE_LEAD_IN,       /* before a title, its name after a comma: met with */
	/* rules17 */
	NCG_WL_RECENT_PERIOD,       /* a recent time of no day: "during weekend talks": weekend */
	NCG_WL_CAPTION_VERB,        /* a caption's present act just "after" a meeting: smile */
	NCG_WL_VISIT_VERB,          /* "who visited New York to attend ...": visited */
	NCG_WL_CALL_EXCEPTION,      /* a call cue's phrase that names a visit: courtesy call */
	NCG_WL_ATTRIBUTION_CUE,     /* "according to the ministry on Thursday": according to */
	NCG_WL_WELCOME_CUE,         /* "let me welcome you to the plenary session": welcome */
	NCG_WL_WELCOME_VERB,        /* a host's welcome only with "to" ("welcomed Y to"): welcomed */
	NCG_WL_PRESS_NOUN,          /* before a meeting noun, the press's event: press (conference) */
	NCG_WL_ADDITIVE_ADVERB,     /* between a subject and its verb: also ("X also met Y") */
	NCG_WL_MEETING_PARTICIPLE,  /* the participle of meeting: meeting (", meeting with Y") */
	NCG_WL_DATE_LINE_CUE,       /* a statement's first word before its month: Date (Date 2024-05) */
	NCG_WL_OBJECT_ANNOUNCEMENT_CUE, /* an announcement cue of what follows it only: agreed */
	NCG_WL_RESIDUAL_ITEM,       /* rules21: a list's rest, no line of work: other issues */
	NCG_WL_RESIDUAL_OPENER,     /* rules39: opens a residual item: other, various other */
	NCG_WL_RESIDUAL_WEIGHT,     /* rules39: a word of weight, no content: key, pending */
	NCG_WL_RESIDUAL_TAIL,       /* rules39: a residual item's empty complement: of mutual concern */
	NCG_WL_PROGRESS_PREP,       /* rules39: after a progress noun, opens its list: on, in */
	NCG_WL_WHOLE_FIELD_WORD,    /* rules39: an umbrella of the whole field, no agenda: all */
	NCG_WL_ANTICIPATION_CUE,    /* rules21: before a participle frame of the day's talks: look forward to */
	NCG_WL_MEETING_KIND_WORD,   /* rules22: words of a meeting's kind, no body's name: Bilateral */
	/* rules20 */
	NCG_WL_IRREGULAR_PAST_ACT,  /* a past act not in -ed: made, struck */
	NCG_WL_MEETING_SETTING_PREP,/* a meeting noun as an act's setting: "in bilateral talks": in */
	NCG_WL_OPENING_CUE,         /* a title's remarks that open a meeting: Before, Prior to */
	NCG_WL_REMARKS_WORD,        /* a transcript's title word: Remarks */
	NCG_WL_CITY_PART,           /* "in Yongsan, central Seoul": central */
	NCG_WL_SETTLEMENT_NOUN,     /* "in the seaside town of Deauville": town */
	NCG_WL_PAST_COPULA,         /* "X was in Seoul for talks": was, were */
	NCG_WL_JOINED_PARTY_VERB,   /* "X joined President Y ... for a summit": joined */
	NCG_WL_LINE_OPEN_WORD,      /* words no line ends a sentence on: to, the, of */
	/* rules28 */
	NCG_WL_MANDATE_NOUN,        /* "a key forum for the Alliance to discuss": forum */
	NCG_WL_DEGREE_ADVERB,       /* an adverb before an item's gerund: further */
	NCG_WL_ATTITUDE_GERUND,     /* a gerund of attitude or speech: noting */
	/* review */
	NCG_WL_PROGRESSIVE_AUX,     /* a progressive's auxiliary: being (led by) */
	NCG_WL_PLACE_ADVERB,        /* adverbs of place after a verb: here, there */
	NCG_WL_CLASS_REST_WORD,     /* "A and other B": other */
	/* review10 */
	NCG_WL_MODIFIER_SUFFIX,     /* endings of a meeting modifier: -level (working-level) */
	NCG_WL_HELD_DETERMINER,     /* "held the first talks", "held their first": the, their */
	NCG_WL_DESCRIBED_DETERMINER,/* "the meeting", "this session": the described one: the, this */
	NCG_WL_OPENING_DETERMINER,  /* "Before Their Meeting": the, their, a, this */
	NCG_WL_TITLE_LIST_AND,      /* ", Energy, Environment and Scientific Affairs": and */
	NCG_WL_TITLE_LIST_DETERMINER, /* ", New Zealand, and the Pacific Islands": the */
	/* review11: dates, periods, ordinal meetings (recog_time.c) */
	NCG_WL_DAY_RANGE_JOINER,    /* between two days of a range: to, and (21 and 22 June) */
	NCG_WL_RELATIVE_THIS,       /* the present time: this (this year, this November) */
	NCG_WL_RELATIVE_NEXT,       /* the next time: next (next summer, the next meeting) */
	NCG_WL_RELATIVE_LAST,       /* the last time: last (last year) */
	NCG_WL_SPRING_WORD,         /* the season: spring */
	NCG_WL_SUMMER_WORD,         /* the season: summer */
	NCG_WL_AUTUMN_WORD,         /* the season: fall, autumn */
	NCG_WL_WINTER_WORD,         /* the season: winter */
	NCG_WL_YEAR_NOUN,           /* a year in a relative reference: year (next year) */
	NCG_WL_MONTH_NOUN,          /* a month in a relative reference: month (later this month) */
	NCG_WL_DAY_NOUN,            /* a day written out: day (26th day of April) */
	NCG_WL_TIME_OF,             /* from a part of time to its whole: of (summer of 2024) */
	NCG_WL_FRACTION_PREPOSITION, /* after a half or quarter: of, in (first half of 2025) */
	NCG_WL_HALF_NOUN,           /* a half of a year: half */
	NCG_WL_QUARTER_NOUN,        /* a quarter of a year: quarter */
	NCG_WL_EARLY_PART,          /* the early part of a year: early (early 2026) */
	NCG_WL_MID_PART,            /* the middle of a year: mid (mid-2025) */
	NCG_WL_LATE_PART,           /* the late part of a year: late (late next year) */
	NCG_WL_END_NOUN,            /* the end of a year: end (the end of 2025) */
	NCG_WL_YEAR_DETERMINER,     /* the statement's year: the (the end of the year) */
	NCG_WL_REST_OF_CUE,         /* the rest of this year or month: later, latter */
	NCG_WL_YEAR_PREPOSITION,    /* before a year alone, a period: in, during (in 2025) */
	NCG_WL_SERIES_PREPOSITION,  /* after a meeting noun, its series: of (meeting of the NCG) */
	NCG_WL_SERIES_DETERMINER,   /* before that series: the, their, its, our */
	NCG_WL_MEETING_NAME_CONNECTOR, /* lower-case words in a meeting's name: of, the, and */
	NCG_WL_MEETING_NAME_DETERMINER, /* after such a connector: the */
	NCG_WL_ORDINAL_DETERMINER,  /* before an ordinal meeting of no noun: the (the 47th of its kind) */
	NCG_WL_INAUGURAL_WORD,      /* the first of a series: inaugural */
	/* review11: roles.c, extract.c, segment.c */
	NCG_WL_SESSION_TOPIC_PREPOSITION, /* after a led meeting noun, a discussion: on, about */
	NCG_WL_CUE_COMPANION_PREPOSITION, /* after an active role cue, more officials: with */
	NCG_WL_CO_CHAIR_COMPANION_PREPOSITION, /* fix176: after an active co-chair cue, before an official: alongside */
	NCG_WL_TITLE_SCOPE_DETERMINER, /* before a title's country or body: the */
	NCG_WL_PLACE_PREPOSITION,   /* before a meeting's place: in, at, In */
	NCG_WL_DAY_PREPOSITION,     /* before a day, or an occasion on a day: on, On, ON */
	NCG_WL_PLACE_DETERMINER,    /* between that and the place: the */
	NCG_WL_CONTRIBUTION_AGENT,  /* after a passive contribution cue, the bodies: by */
	NCG_WL_CONTRIBUTION_SOURCE, /* after a contribution noun, the bodies: from, of */
	NCG_WL_SUPERSCRIPT_DETERMINER, /* before a number whose ordinal suffix is a line: the, The */
	/* review12: meeting.c, recog_items.c */
	NCG_WL_VENUE_PREPOSITION,   /* before the building or body where they met: at */
	NCG_WL_WITHIN_PREPOSITION,  /* before the city or country a place or meeting is in: in */
	NCG_WL_INFINITIVE_MARKER,   /* before a verb's infinitive: to ("ways to modernize") */
	NCG_WL_RANGE_TO,            /* closing "from A to B": to */
	/* review13: recog_items.c */
	NCG_WL_RELATIVE_PRONOUN,    /* opening a relative clause: that, which */
	NCG_WL_OPENER_PREPOSITION,  /* after a list's opener, before its items: on, in */
	NCG_WL_NARRATIVE_FUTURE,    /* rules49: the narrator's future before a frame: will */
	NCG_WL_STATE_NOUN,          /* rules49: plural nouns of the parties' states: countries */
	/* rules29 */
	NCG_WL_APPOSITIVE_OPENER,   /* "Hill, the top U.S. negotiator, met": the, his */
	NCG_WL_PLACE_LABEL,         /* a head's "Location: Washington, DC": Location */
	/* rules31 */
	NCG_WL_RANGE_QUANTIFIER,    /* a range noun's quantifier before modifiers and a topic noun: variety of */
	NCG_WL_TOPIC_NOUN,          /* the topic noun a range quantifier heads: topics */
	NCG_WL_RANGE_FROM,          /* after a range noun, the start of "from A to B": ranging from */
	NCG_WL_SERIES_ADJECTIVE,    /* adjectives of a series before one noun, no suffix showing: safe, strong */
	/* rules32 */
	NCG_WL_GIVEN_NAME_END,      /* a word after "Surname, Given Name" that ends it: and */
	NCG_WL_JOINT_TALK_VERB,     /* past verbs of talking together: discussed ("X and Y discussed") */
	/* rules38 */
	NCG_WL_UNIT_HEAD,           /* heads of a ministry's units named in titles: Bureau */
	NCG_WL_MEMBER_PLURAL,       /* a service's name that is also its members': Marines */
	/* rules37 */
	NCG_WL_MET_VERB,            /* past verbs of parties meeting each other, no host: met */
	NCG_WL_DEFINITE_ARTICLE,    /* the */
	NCG_WL_HEAD_OF,             /* after a title's head, the body it heads follows: of */
	NCG_WL_PAIR_CONJUNCTION,    /* joining two parties: and ("X and Y discussed") */
	NCG_WL_COUNTING_INFINITIVE, /* "the fourth session to be held since": to be */
	NCG_WL_ORIGIN_NOUN,         /* a series' start: launch ("since its 2015 launch") */
	/* rules42 */
	NCG_WL_HEADLINE_VERB,       /* a headline's capitalised present verb after its subject: Visits */
	/* fixAB */
	/* a headline verb only before its title-case object: Strengthen Ties */
	NCG_WL_HEADLINE_OBJECT_VERB,
	/* rules44 */
	NCG_WL_LOWER_BODY_HEAD,     /* a body's head written in lower case after its name: working group */
	NCG_WL_VISIT_PRINCIPAL_VERB, /* a visit in person to an official: visited, visited with */
	NCG_WL_EXCHANGE_VERB,       /* "X exchanged views on ... with Y": exchanged views */
	NCG_WL_VISITOR_MODIFIER,    /* a visitor before a title head: visiting ("the visiting commander") */
	NCG_WL_REGION_NOUN,         /* "the Korean Peninsula and the surrounding region": region */
	NCG_WL_PRESS_APPEARANCE,    /* a transcript's event after "at", no place: Photo Spray */
	/* rules50 */
	NCG_WL_MEDIA_HEAD,          /* a name's last word that makes it a news outlet's: News */
	/* rules52 */
	NCG_WL_MILITARY_UNIT_HEAD, /* a numbered military unit's last word: Force ("7th Air Force") */
	/* rules54 */
	NCG_WL_FRAME_ADVERB,        /* between a meeting noun and a participle frame: also */
	/* rules60 */
	NCG_WL_CLASSIFIER_CUE,      /* a cable's classification line: Classified by */
	NCG_WL_PARTY_HEAD,          /* a political party's last word: Party */
	NCG_WL_PRIVATE_PERSON_NOUN, /* a plural noun of people in no office: girls, students */
	/* rules58 */
	NCG_WL_PORTFOLIO_WORD,      /* a department's portfolio before a title's head: Treasury */
	NCG_WL_COMPANY_NOUN,        /* a noun before companies' names in apposition: companies */
	/* rules63 */
	NCG_WL_BACKGROUND_CUE,      /* after a comma, opens the occasion of a list: following, amid */
	/* rules62 */
	NCG_WL_NON_PERSON_HEAD,     /* a word ending a company's or facility's name: Electric */
	/* rules65 */
	NCG_WL_COMPANY_HEAD,        /* a word ending a company's name: Electronics, Foods */
	NCG_WL_ALLIANCE_STATE,      /* the label of an alliance's state: United States */
	/* rules64 */
	NCG_WL_SURFACE_PREPOSITION, /* a place's preposition for an island or base: on */
	NCG_WL_SURFACE_PLACE_HEAD,  /* last word of a place said after it: Island, Base */
	NCG_WL_FIRST_TIME_CUE,      /* after a meeting held, its first: for the first time */
	/* rules66 */
	NCG_WL_SERIES_EXCHANGE_VERB, /* a verb of exchanging before a series of nouns: exchanged */
	NCG_WL_SERIES_EXCHANGE_NOUN, /* what is exchanged, in a series: views, strategies */
	NCG_WL_SERIES_EXCHANGE_PREP, /* after that series, opens its topics: regarding */
	/* rules69 */
	NCG_WL_CONTINUATION_CUE,    /* opens an object of talks about going on: building on */
	NCG_WL_CLASS_NOUN,          /* a class of lines of work before its examples: priorities */
	NCG_WL_COUNTED_AGENDA_NOUN, /* rules235: a counted agenda noun before a numbered list: themes */
	NCG_WL_AGENDA_COUNT_WORD,   /* rules235: the number word that counts it: six */
	NCG_WL_MEANS_NOUN,          /* before an infinitive of what to do: ways, measures */
	NCG_WL_BARE_VERB,           /* a verb's bare form, no noun: explore, strengthen */
	/* rules68 */
	NCG_WL_MEMBER_NOUN,         /* people of a body before "of": Members */
	/* rules71 */
	NCG_WL_STANDING_AUX,        /* a present passive's auxiliary: is (co-chaired by) */
	NCG_WL_KOREAN_SURNAME,      /* a romanised Korean surname: Cho, Kim */
	NCG_WL_LOWER_SYLLABLE,      /* a given name's last syllable in lower case: sun (Cho Hong sun) */
	/* rules70 */
	NCG_WL_DATELINE_REGION,     /* a dateline's state after its city's comma: Calif., Va. */
	/* rules75 */
	NCG_WL_SHARED_COMPLEMENT_PREP, /* a complement two coordinated heads share: of */
	NCG_WL_PAGE_MARKING,        /* a document's page furniture: CONFIDENTIAL, PAGE */
	NCG_WL_CLASS_OPENER,        /* after a class noun, opens its examples: to include */
	/* rules78 */
	NCG_WL_SOLE_OFFICE_HONORIFIC, /* an office one word names before a surname: President, Chairman */
	/* rules73 */
	NCG_WL_EARLIER_DAY_OPENER,  /* opens a sentence of a day before the news: A day earlier */
	/* rules74 */
	NCG_WL_OFFICIAL_NOUN,       /* a holder of an office after a body's name: (an NTS) official */
	/* rules77 */
	NCG_WL_ING_NOUN,            /* a noun in -ing, no gerund, as a one-word topic: training */
	/* rules76 */
	NCG_WL_CAPTION_MEETING_VERB, /* a dated caption's present meeting: meets, meeting with */
	NCG_WL_BETWEEN_WORD,        /* a meeting's two principals after it: between */
	/* rules87 */
	NCG_WL_LIST_COORDINATOR,    /* any word joining a list's last items: and, or, as well as */
	NCG_WL_SEQUEL_VERB,         /* a meeting's verb of what it comes after: follows, comes after */
	/* rules85 */
	NCG_WL_NO_ISSUE_DATE_LABEL, /* a head line's label of a date that is no issue date: DECL */
	/* rules135 */
	NCG_WL_RELEASE_DATE_CUE,    /* an archive's date of release or print, no issue date: Date Printed */
	/* rules240 */
	NCG_WL_REPUBLISHER_NAME,    /* a re-publisher's name in its wrapper line: AGENPARL */
	/* fix78 */
	NCG_WL_STORE_DATE_LABEL,    /* the page store's label before its date: date */
	/* fix144 */
	NCG_WL_PAGE_DATE_LABEL,     /* a head line's label, then ":", of a page's dotted date: Date */
	NCG_WL_CORRELATIVE_SECOND,  /* the second half of a correlative pair: but also */
	NCG_WL_CABLE_RUN_IN_KEY,    /* a cable's header key read inside a line: FM, TAGS */
	/* rules91 */
	NCG_WL_VENUE_WORD,          /* a word of a venue's name, no body's: Stadium, Ski */
	NCG_WL_OFFICE_ABBREVIATION, /* an office written short before a surname: VM, FM */
	/* rules88 */
	NCG_WL_SIGNING_VERB,        /* a past signing by the two sides: signed, inked */
	NCG_WL_AGREEMENT_NOUN,      /* what two sides sign: memorandum, agreement, letter */
	/* rules90 */
	NCG_WL_FIELD_OPENER,        /* after a noun of work, opens the fields it is in: in the fields of */
	NCG_WL_RANGE_VERB,          /* a discussion's verb of its span of topics: ranged from */
	NCG_WL_RANGE_QUANTITY,      /* a quantity that opens a span of no topics: one (hour), several */
	/* fix183 */
	NCG_WL_CLAUSE_FIELD_OPENER, /* a clause object naming fields: how to, how the two sides */
	NCG_WL_CLAUSE_FIELD_MODAL,  /* the modal after such a subject: can, could, will */
	NCG_WL_COOPERATION_VERB,    /* such a clause's verb of working together: collaborate */
	/* rules92 */
	NCG_WL_SPEAKER_PRONOUN,     /* the speaker as a subject: I, we */
	NCG_WL_SPEAKER_ADVERB,      /* between the speaker and a past verb: have, just */
	NCG_WL_NEGATION_WORD,       /* a word that denies what follows: no, not */
	/* rules104 */
	NCG_WL_CABLE_HEADER_KEY,    /* a cable's header line key: FM, TO, TAGS, SUBJECT */
	/* rules106 */
	NCG_WL_GROUP_NOUN,          /* people met as a group: leaders, members */
	/* rules105 */
	NCG_WL_RECORD_HEADING,      /* a record of a meeting's heading: memorandum of conversation */
	NCG_WL_RECORD_PLACE_KEY,    /* a record's key of its place line: place */
	NCG_WL_RECORD_DATE_KEY,     /* a record's key of its date line: date, date and time */
	NCG_WL_RECORD_SUBJECT_KEY,  /* a record's subject heading: subject */
	NCG_WL_CABLE_REFERENCE_KEY, /* a cable's line citing telegrams: REF */
	NCG_WL_UNHELD_RECORD_CUE,   /* meeting not held: postponed */
	/* rules117 */
	NCG_WL_REFLEXIVE_PRONOUN,   /* a reflexive pronoun, never a name: himself, herself */
	/* rules118 */
	NCG_WL_RECORD_TRANSMITTAL,  /* a record's heading up to its sender: Telegram From */
	NCG_WL_SURNAME_PARTICLE,    /* a surname's first word before a capital: Van, von */
	NCG_WL_PATRONYMIC_PARTICLE, /* rules198: lower-case "bin", "ibn" inside a name */
	/* rules119 */
	NCG_WL_RESOLUTION_VERB,     /* resolving what follows: agreed, decided */
	NCG_WL_FOLLOWS_CUE,         /* before a colon, the points follow: as follows */
	NCG_WL_ENUMERATION_ADVERB,  /* opening a point: First, Second */
	NCG_WL_UNDERTAKING_MODAL,   /* a point that undertakes something: will, shall */
	/* rules120 */
	NCG_WL_URGE_VERB,           /* a call's verb that also urges: called on */
	NCG_WL_WRITER_OBJECT_VERB,  /* a principal verb of the writer as object: called me in */
	NCG_WL_WRITER_CALL_VERB,    /* the writer's own past call in person: (I) called on */
	NCG_WL_RECORD_KIND,         /* a record's kind ending its source line: (795.00/6-2653:) Telegram */
	NCG_WL_STANCE_NOUN,         /* a side's stance against what follows: opposition */
	NCG_WL_FOLLOWING_TEXT,      /* a record's text that follows: following is, following are */
	NCG_WL_WRITER_POSSESSIVE,   /* the writer's own: my, our */
	NCG_WL_CALL_REFUSAL,        /* a call not received: declined to receive */
	NCG_WL_VISITOR_CALL_VERB,   /* the visitor's call on the writer: came in to see me */
	/* rules122 */
	NCG_WL_CABLE_ROUTING_KEY,   /* a cable's routing line key: FM, TO, INFO */
	NCG_WL_JOINT_SENDERS,       /* opens a joint message's senders: Joint (State-Defense message) */
	NCG_WL_SCOPE_TAIL,          /* closes an item with how widely it is meant: in general */
	NCG_WL_FORCES_NOUN,         /* troops a body of no state fields: forces, troops */
	/* rules124 */
	NCG_WL_RANKED_POST_HEAD,    /* a post a rank's word completes: Consulate (General) */
	/* rules123 */
	NCG_WL_CALL_NOUN_PHRASE,    /* a telegram's noun of a call before its official: (during) call on */
	NCG_WL_QUANTITY_UNIT,       /* rules128: units after a number: percent */
	/* rules126 */
	NCG_WL_CALL_NOUN_OPENER,    /* opens a call noun phrase: during, in (a/his call on) */
	NCG_WL_CABLE_TALK_VERB,     /* a cable's verb of talks with its official: discussed with
	                             * (rules133: derived, the past of lex:talkVerb) */
	NCG_WL_OBJECT_PRONOUN,      /* a pronoun object of a verb: him, her */
	NCG_WL_VISIT_TALK_VERB,     /* rules129: a visit's purpose of talks: (to) talk with
	                             * (rules133: derived, the base of lex:talkVerb) */
	/* rules130 */
	NCG_WL_DEPARTMENT_SHORT,    /* a cable's department by its field alone: COMMERCE */
	NCG_WL_CABLE_TALK_NOUN,     /* rules133: a cable's noun of talks in person: (in) conversations */
	NCG_WL_TALK_VERB,           /* rules133: verbs of talks as lemmas: confer with */
	NCG_WL_IRREGULAR_PAST,      /* rules133: a lemma's word and its past: speak spoke */
	NCG_WL_MEETING_LEMMA,       /* rules134: verbs of a meeting as lemmas: hold, take place */
	NCG_WL_BEHEST_NOUN,         /* rules134: a behest a title owns, telegraphese: (AT SECRETARY) REQUEST */
	/* fix42 */
	NCG_WL_SERVICE_SUFFIX,      /* a service after a name, no surname: Smith USN */
	/* rules138 */
	NCG_WL_PAIR_MEETING_NOUN,   /* a meeting noun after a country pair only: (ROK-US) consultation */
	NCG_WL_FOLLOWING_RELEASE_CUE, /* rules334: a wire's words before another's release: issued the following */
	NCG_WL_VISIT_WITH_NOUN,     /* rules334: a visit's noun before "with" a side: an official visit with */
	/* rules141 */
	NCG_WL_BUILDING_BODY_HEAD,  /* a body's head word that names its building too: Ministry */
	NCG_WL_BODY_RANK_NOUN,      /* a noun after a body naming its rank, no venue: (Ministry) level */
	NCG_WL_RESIDENCE_HEAD,      /* fix173: a residence's last word, a guest welcomed to it: (Habib) House */
	/* rules139 */
	NCG_WL_TRAVEL_VERB,         /* a past trip to a place ("traveled to Seoul to meet"): lex:arrivalVerb in "to" */
	NCG_WL_VISIT_SPAN_GLUE,     /* between the mentions of a visit's span: , ( ) on */
	/* rules143 */
	NCG_WL_FREE_RELATIVE,       /* a free relative before a meeting noun: what is */
	NCG_WL_CIVIL_TITLE_HEAD,    /* fixF: a civil office's head noun: Minister, Secretary */
	/* fixG */
	NCG_WL_SUBJECT_RELATIVE,    /* opens a relative clause on a subject: who, which */
	/* rules147 */
	NCG_WL_DAY_SPAN_LEAD,       /* before a meeting noun, a span of days: (two) days of (talks) */
	/* fixI, fixL */
	NCG_WL_COMPOUND_HEAD_NOUN,  /* after a meeting noun, heads the compound: conference call, room */
	/* rules152 */
	NCG_WL_SHARED_BODY_HEAD,    /* a head many states' bodies bear by one name: Ministry */
	/* rules154 */
	NCG_WL_TELEGRAM_SENDER_CUE, /* a telegram's line for its reader, then its sender: For the Ambassador from */
	NCG_WL_OBJECT_OPENER,       /* opens a verb's object, never follows a name: no, the */
	NCG_WL_BODY_HEAD_TITLE,     /* a body's head and its holder's title: "Ministry Minister" */
	/* fixM */
	NCG_WL_SOLE_BODY_HEAD,      /* a head a state bears one body of: Cabinet */
	/* fixN */
	NCG_WL_CABLE_ABBREVIATION,  /* a cable's abbreviation, no place: Reftel, Septel, Para */
	/* rules156 */
	NCG_WL_PAST_SPEECH_VERB,    /* a past of speech not in -ed: said, told */
	/* rules157 */
	NCG_WL_BRIEFING_VERB,       /* a briefing in person of an official, past: briefed */
	NCG_WL_RESOLUTION_NAME,     /* rules160: names a resolution, no topic: UNSCRs, resolutions */
	NCG_WL_LATER_EVENT_CUE,     /* rules160: before a meeting verb, another event: later, afterwards */
	NCG_WL_ENVOY_TITLE,         /* fixO: a title of one state's envoy to another: Ambassador */
	NCG_WL_CALENDAR_NAME,       /* fixQ: a day's or a feast's name, no surname: Day, Easter */
	NCG_WL_ANTECEDENT_PRONOUN,  /* rules168: a subject naming one named before: He, They */
	NCG_WL_PAST_CHANCE,         /* rules168: a past chance taken: was able to, had a chance to */
	NCG_WL_CHANCE_TALK_VERB,    /* rules168: a base verb of talks after one: meet with, exchange views */
	NCG_WL_MEETING_TOPIC_OPENER, /* rules170: opens a meeting noun's topic before its venue: of, on */
	NCG_WL_EVENT_NOUN,          /* fixU: an event a topic names, its own place after it: fire, attack */
	NCG_WL_WRITER_ADDRESS_VERB, /* rules169: the writer's words to an official in person: said to, told */
	NCG_WL_RECALL_CUE,          /* rules171: before a meeting verb, an earlier meeting: previously */
	NCG_WL_VISIT_SPAN_PREP,     /* rules173: opens a setting of a whole visit: during, over */
	NCG_WL_VISIT_SPAN_SUFFIX,   /* rules173: a visit's length before its noun: -day */
	NCG_WL_PRESS_AUDIENCE,      /* rules174: the press spoken to after a meeting: reporters */
	NCG_WL_PRESS_TALK_VERB,     /* rules174: a verb of talking to the press, before "to": speaking */
	NCG_WL_FIRM_HEAD,           /* rules172: heads a firm's or school's name: Company, University */
	NCG_WL_REGION_NAME,         /* rules172: ends a region's name, no venue: Asia, Middle East */
	NCG_WL_CROSS_REFERENCE,     /* rules176: opens a bracketed pointer to another text: see */
	NCG_WL_CHANNEL_CUE,         /* review49: words not in person: in my telegram, on television */
	NCG_WL_RECALL_OPENER,       /* review49: before the writer, earlier words recalled: As (I said) */
	NCG_WL_SITE_PREPOSITION,    /* rules179: a building on a larger site after it: aboard */
	NCG_WL_COMMAND_HEAD,        /* a numbered unit's seat: Headquarters */
	NCG_WL_UNIT_HOLDER_TITLE,   /* a unit's holder: commander */
	NCG_WL_ARCHIVE_HEAD,        /* rules177: a repository of records after a surname: Library */
	NCG_WL_CONTRIBUTOR_CREDIT,  /* rules177: ends a story's credit line: contributed to this report */
	NCG_WL_SUMMARY_WORD,        /* fixX: a cable's summary heading: SUMMARY */
	NCG_WL_SUMMARY_END,         /* fixX: a cable's summary's close: END SUMMARY */
	NCG_WL_OWN_SIDE_TALK,       /* fixY: talks with the visitor's own side: with his own */
	NCG_WL_SUBJECT_VISIT_NOUN,  /* rules189: a subject line's visit noun: Call, Visit */
	NCG_WL_SUBJECT_VISIT_LINK,  /* rules189: the word after it: on, to */
	NCG_WL_CABLE_SUBJECT_UNHELD, /* rules209: a cable subject's visit not held: proposed */
	NCG_WL_CABLE_SUBJECT_US_TITLE, /* fix62: a U.S. visitor's title there: SECRETARY, CODEL */
	/* rules190: two not-a-name lists, read by no code by name: their
	 * words act through cable_name_word's "no cue list's word is a
	 * name" (src/recog_cable.c) */
	NCG_WL_TIME_OF_DAY,         /* a part of the day: morning */
	NCG_WL_IRREGULAR_PAST_VERB, /* a past not in -ed: bore, told */
	NCG_WL_REPORT_VERB_PRESENT, /* rules194: a reporting verb's present, no name: notes, adds */
	NCG_WL_CABLE_PRESENT_MEET,  /* rules194: a telegram's present of meeting: MEET WITH */
	NCG_WL_PHOTO_CREDIT_WORD,   /* fixAA: a bracket's credit word, no agency: Photo */
	NCG_WL_CONFORMITY_CUE,      /* rules205: a plan kept, no future: as planned */
	NCG_WL_PAIR_SUBJECT,        /* rules210: a pair named by no noun: the two (met) */
	NCG_WL_OTHER_MEETING_CUE,   /* fix60: another meeting than the act: similar, same */
	NCG_WL_TELEGRAM_KEEP_DOT,   /* fix60: a period kept before capitals only: SEC. BUTZ */
	/* rules212 */
	NCG_WL_POST_NOMINAL,        /* rules212: letters after a name, no surname: Marles MP, */
	NCG_WL_PLACE_LEAD_WORD,     /* rules212: a word that begins a place's name, no person's: Camp (Aguinaldo) */
	/* rules214 */
	NCG_WL_CAUSE_AFTER_CUE,     /* rules214: the news's cause that follows: came after (X met Y) */
	/* fix64 */
	NCG_WL_COPULA_INTENT_CUE,   /* fix64: after "(our meeting today) was": supposed, to, scrapped */
	NCG_WL_DATE_BOUND_CUE,      /* fix64: a date as a bound, not a day: SINCE, UNTIL, BEFORE */
	NCG_WL_HYPHEN_PREFIX,       /* fix64: a first part of a hyphenated word, no name: PRO(-US), EX */
	/* rules215 */
	NCG_WL_INSTALLATION_WORD,   /* rules215: a military installation's name word: (Joint) Base, Garrison */
	NCG_WL_GATHERING_VERB,      /* rules215: a group's past of coming together: gathered (at) */
	NCG_WL_GATHERING_GROUP_MODIFIER, /* fix65: a gathering group of a government: military (leaders) */
	NCG_WL_ADJECTIVAL_GERUND,   /* fix65: -ing words that modify a noun, no gerund: emerging */
	/* rules217 */
	NCG_WL_SEATED_POST_HEAD,    /* a diplomatic post named with its seat: Embassy (of Japan in ...) */
	NCG_WL_POST_SEAT_PREPOSITION, /* before a diplomatic post's seat: (Embassy of Japan) in */
	NCG_WL_TITLE_OBJECT_HEAD,   /* a body's head that completes a title: (Chief of) Staff */
	NCG_WL_TITLE_OBJECT_FOR,    /* rules243: after it, the title goes on: (Chief of Staff) for */
	NCG_WL_RELEASE_LABEL,       /* rules243: a release's kind opening a line: Media Note */
	/* rules218 */
	NCG_WL_EVENT_UMBRELLA_NOUN, /* a class of events before examples: exercises, drills */
	/* rules219 */
	NCG_WL_CREDIT_OPENER,       /* a photo's credit before "of": Courtesy (of Ministry ...) */
	NCG_WL_SERVICE_ASSET_NOUN,  /* a service's bases and craft: (navy) bases, ships */
	/* rules223 */
	NCG_WL_MEETING_CONTENT_VERB, /* past content verbs, a meeting noun their subject: focused on */
	NCG_WL_PLURAL_TITLE_NOUN,   /* plural titles after "the two": Presidents, prime ministers */
	/* rules220 */
	NCG_WL_OFFICE_SUBJECT_NOUN, /* an office that is a subject alone: (chief nuclear) envoy */
	NCG_WL_PURPOSE_TALK_OPENER, /* a purpose before a meeting noun: for (talks expected to) */
	/* rules221 */
	NCG_WL_EXERCISE_CLASS_NOUN, /* a plural noun of exercises before named examples: exercises */
	NCG_WL_EXAMPLE_OPENER,      /* opens examples of the noun before it: such as, like */
	/* fix69 */
	NCG_WL_EXAMPLE_VETO_CUE,    /* no examples of the meeting's exercises: cancelled */
	/* fix70 */
	NCG_WL_BRACKET_DAY_GLUE,    /* between an official's closing bracket and a day: on, "," */
	/* fix68 */
	NCG_WL_WELCOME_TARGET_PREP, /* a host's welcome to a place: (welcomed Y) to */
	/* fix71a */
	NCG_WL_CONTRAST_COORDINATOR, /* opens another predicate: but, yet */
	NCG_WL_MEETING_WISH_CUE,     /* a meeting only wished for: seeking, wants */
	NCG_WL_REPORT_DOCUMENT_NOUN, /* a paper that reports: statement, readout */
	/* rules228 */
	NCG_WL_BARE_MODIFIER_PARTICIPLE, /* an adjective before a bare noun in a list: continued */
	/* rules230 */
	NCG_WL_JUST_NOW_ADVERB,     /* a speaker's past act just now: just */
	/* fix74 */
	NCG_WL_INSTALLATION_PART,   /* a named part of a base before its installation: Point, Wharf */
	NCG_WL_SLASH_NUMBERED_HEAD, /* a unit's head numbered with a slashed sub-unit: Force (76/3) */
	/* fix73 */
	NCG_WL_AGO_WORD,            /* a time counted back from now: ago */
	NCG_WL_SPEECH_COMPLEMENTIZER, /* opens the words said: that */
	NCG_WL_LIST_CLOSER_WORD,    /* closes a list, no item: more, others */
	/* rules234 */
	NCG_WL_GIVEN_NAME_ABBREV,   /* a given name written short: Ma. (Maria) */
	/* rules238 */
	NCG_WL_HOST_VERB,           /* a host's past reception of guests: hosted, welcomed */
	NCG_WL_HOST_GUEST_NOUN,     /* guests hosted as a group: leaders, commanding officers */
	NCG_WL_HOST_GUEST_ORIGIN,   /* the body the guests come from after their noun: from, of */
	/* fix84 */
	NCG_WL_TITLED_GUEST_HOST_VERB, /* a host's reception of one titled guest: hosted */
	NCG_WL_TITLED_GUEST_FOLLOWER, /* may follow a hosted guest's office: at, on, here */
	/* rules237 */
	NCG_WL_PAST_COURTESY,       /* a speaker's past courtesy: it was my honour, it was a pleasure */
	NCG_WL_COURTESY_MEET,       /* the meeting after it: to meet with */
	/* rules236 */
	NCG_WL_SINGULAR_SERIES_HEAD, /* a series' singular head, only before its acronym or after an ordinal: Talk */
	/* fix77 */
	NCG_WL_SUBJECT_VERB_ADVERB, /* an adverb between a subject and its past verb, no name: twice, briefly */
	/* rules242 */
	NCG_WL_TOPIC_TITLE_HEAD,    /* a head whose object may follow "on": Envoy, Representative */
	NCG_WL_TOPIC_TITLE_PREP,    /* that preposition: on */
	/* rules241 */
	NCG_WL_HELD_PRONOUN,        /* a pronoun subject of a meeting's passive held: These, It */
	/* fix80 */
	NCG_WL_HOLDING_VERB,        /* a verb of a meeting's holding: held, convened */
	NCG_WL_FIRST_TIME_SPAN,     /* after "for the first time", a span: in */
	NCG_WL_EARLIER_SESSION_CUE, /* a series' earlier sessions told: earlier rounds */
	NCG_WL_RECOLLECTION_CUE,    /* a session recalled, not reported: anniversary */
	/* rules247 */
	NCG_WL_PLACE_HEAD_WORD,     /* the head word of a place's name, no person's: Province */
	/* rules250 */
	NCG_WL_EXAMPLE_PRESENTING_VERB, /* a verb of bringing up examples of a class: introduced */
	NCG_WL_EXAMPLE_CLASS_NOUN,  /* its object's class noun: issues, projects */
	NCG_WL_DISCUSSION_LIST_VERB, /* after a "Discussions" subject, a verb of the list: included */
	NCG_WL_DISCUSSION_EMPHASIS_CUE, /* after "Discussions were ADJ,": especially regarding */
	/* rules251 */
	NCG_WL_BARE_DAY_LEAD,       /* before a bare day of the month: on the (the 22nd) */
	NCG_WL_BARE_DAY_END,        /* after a bare day of the month, no noun: to, and */
	/* rules253 */
	NCG_WL_PUBLIC_EVENT_HEAD,   /* the head of a public event's name before its year: Expo */
	NCG_WL_PLACE_NAMED_BODY,    /* a body's name a place's follows: U.S. Army Garrison, USAG */
	/* rules248 */
	NCG_WL_CIVIL_RANK_PREFIX,   /* a word that makes a rank's words a civilian title: Federal */
	/* fix85 */
	NCG_WL_SETTLEMENT_LINK,     /* between a settlement noun and its name: (city) of */
	NCG_WL_OTHER_OCCASION_NOUN, /* an occasion of its own a list was given at: speech, interview */
	NCG_WL_PROGRAMME_EVENT_NOUN, /* an event of a visit's programme, no topic: lunch, tour */
	/* fix83 */
	NCG_WL_SERVICE_PORTFOLIO_HEAD, /* a title's head that takes a service as portfolio: Secretary */
	NCG_WL_KOREAN_PLACE_SUFFIX, /* a Korean division's ending after a hyphen: gu (Nam-gu) */
	NCG_WL_NON_CAREER_PREFIX,   /* a word that makes an office a private citizen's: Honorary */
	NCG_WL_TITLE_NEW_WORD,      /* news before a title, no part of it: new (the new U.S. Consul) */
	/* rules255 */
	NCG_WL_CITY_BODY_HEAD,      /* a place's word that makes a city's body: (Misawa) City */
	NCG_WL_CITY_BODY_FOLLOWER,  /* after "X City", the city's body: officials, mayor, council */
	/* rules258 */
	NCG_WL_VENUE_HEAD_WORD,     /* the head of a venue's name after "held at": Hotel, Headquarters */
	NCG_WL_PERFECT_AUX,         /* has, have, had: participleAuxiliary's perfect, not passive */
	/* rules254 */
	NCG_WL_SHARED_HEAD_ADJECTIVE, /* a first piece that shares the last's head: nuclear */
	NCG_WL_RECALL_DEMONSTRATIVE, /* a meeting named just before: that (session) */
	/* fix89 */
	NCG_WL_CITY_BODY_NON_NAME,  /* a common word before "City", no place's name: Sister, Smart */
	/* fix87 */
	NCG_WL_JOINT_ACT_NOUN,      /* a pair's joint act after their possessive: vision, meeting */
	NCG_WL_PAST_OFFICE_WORD,    /* before an office, its holders no longer hold it: former, late */
	NCG_WL_LOWER_NAME_PARTICLE, /* a lower-case word inside a name before a capital: da (Lula da Silva) */
	/* rules259 */
	NCG_WL_PHRASE_BODY_HEAD,    /* a two-word head a name before it owns: National Guard */
	NCG_WL_PHRASE_HEAD_BRANCH,  /* a branch word before it, no owner's name: Air, Army */
	/* rules263 */
	NCG_WL_CHAIRS_SUBJECT,      /* the chairs named by role alone as a subject: co-chairs */
	NCG_WL_CHAIRS_COUNT,        /* their count between the article and the noun: two */
	NCG_WL_PILLAR_NOUN,         /* counted before a colon, lines of work follow: pillars */
	/* fix91 */
	NCG_WL_PILLAR_VERB,         /* shapes a meeting along its pillars: structure */
	NCG_WL_PILLAR_PREPOSITION,  /* between that verb's object and the count: along */
	NCG_WL_PURPOSE_VERB,        /* a named example's purpose infinitive: (to) develop */
	NCG_WL_COUNTED_CHAIRS,      /* the chairs by role only after a count: (two) chairs */
	/* rules260 */
	NCG_WL_ADJECTIVE_RANK,      /* a rank that is an adjective in a telegram's capitals: MAJOR (PROJECT) */
	/* rules262 */
	NCG_WL_TRIP_PART_NOUN,      /* "The Tokyo program began with a meeting": program, leg */
	/* fix92 */
	NCG_WL_STATE_NAME,          /* a U.S. state's or territory's name, a Guard's owner: Ohio */
	NCG_WL_COMPONENT_NOUN,      /* a whole's parts before a list of services: branches */
	/* fix94 */
	NCG_WL_MILITARY_UNIT_MODIFIER, /* inside a numbered unit's name: Regimental, Combat */
	NCG_WL_STATION_VERB,        /* a participant's post in an aside: stationed, based */
	/* fix95 */
	NCG_WL_FOOTER_CREDIT_TAIL,  /* ", by CPT Jane Doe, identified by DVIDS": identified by */
	/* rules267 */
	NCG_WL_SUCCESSION_CUE,      /* "X, who will succeed High as commander": will succeed */
	NCG_WL_VESSEL_RETIRE_VERB,  /* a ship of the past: "after the USS X retires": retires */
	NCG_WL_MEMBER_BODY_HEAD,    /* a body head only before "of" its members: Conference */
	NCG_WL_GATHERED_MEMBER,     /* members a standing conference gathers: Mayors, Governors */
	/* fix97 */
	NCG_WL_SOCIETY_HEAD,        /* a head only after a hyphened pair: "Japan-America Society" */
	NCG_WL_CANDIDACY_NOUN,      /* no office: "as the party's candidate": candidate, nominee */
	NCG_WL_VESSEL_RETIRE_TIMED, /* end of service only before a time: "retires in 2025" */
	NCG_WL_STATE_OWN_WORD,      /* a state's own body: "Hawaii State Department of ...": State */
	/* rules266 */
	NCG_WL_FACILITY_HEAD,       /* the head of a facility's name, a place: Space Flight Center */
	/* rules265 */
	NCG_WL_SESSION_BODY_HEAD,   /* a standing body's head: Committee, Commission */
	NCG_WL_SESSION_DECISION_VERB, /* its session's decision: reached agreement */
	NCG_WL_SESSION_BODY_MODIFIER, /* before the head, a body of two governments: Joint */
	NCG_WL_NO_SESSION_CUE,      /* a decision with no session: exchange of notes */
	/* rules264 */
	NCG_WL_DECISION_LEAD_VERB,  /* a lead-in to decided points: decided, committed */
	NCG_WL_DECISION_ITEM_VERB,  /* an imperative opening a decided point: Conduct, Increase */
	NCG_WL_DECISION_ITEM_STOP,  /* where a decided point's wording stops: such as */
	NCG_WL_GERUND_FRAME,        /* a frame whose object is a gerund: work together for */
	/* fix98 */
	NCG_WL_NON_GERUND,          /* words in -ing that are no gerund: everything, during */
	/* rules268 */
	NCG_WL_CALL_PAID_VERB,      /* a call's verb in its relative clause: paid on, made on */
	NCG_WL_COURTESY_VISIT_NOUN, /* a visit in person that a host received: courtesy visit */
	/* rules271 */
	NCG_WL_FACILITY_BUILD_NOUN, /* the making of a facility, before "of a": establishment */
	NCG_WL_BUILT_FACILITY_HEAD, /* a facility's head noun, built for use: Center, Clinic */
	/* review94 */
	NCG_WL_APART_SIGNING_CUE,   /* a document signed apart: separately, exchanging letters */
	/* fix105 */
	NCG_WL_CIVIC_FACILITY_WORD, /* a public service's word in a facility's name: Health */
	NCG_WL_BARE_RANK,           /* a rank without its dot, only in a list of ranks: MSG, SSG */
	/* review97 */
	NCG_WL_UNIT_COMPANY_ABBREVIATION, /* a company's abbreviation that names an Army company: Co. */
	NCG_WL_TIME_CLAUSE_OPENER,  /* a clause of time after a progressive: when, as */
	/* rules272 */
	NCG_WL_INITIATIVE_VERB,     /* a light verb before a purpose of talks: took ("took the initiative to discuss") */
	NCG_WL_INITIATIVE_NOUN,     /* the object of that verb: initiative ("took a strong initiative to discuss") */
	NCG_WL_DISTRIBUTIVE_CUE,    /* days shared out among meetings: respectively */
	/* rules275 */
	NCG_WL_DISCUSSION_SUBJECT_OPENER, /* before a discussion noun subject: Other */
	NCG_WL_PLEDGE_CUE,          /* a pledge before a quoted object: pledged to */
	NCG_WL_ITEM_CLAUSE_OPENER,  /* a clause that ends a list item: when, after */
	NCG_WL_CLAUSE_SUBJECT_PRONOUN, /* a clause's subject pronoun: he, they */
	/* fix109 */
	NCG_WL_TITLE_TO_HEAD,       /* a diplomat's head whose title takes "to": ambassador (to the U.S.) */
	/* fix113 */
	NCG_WL_RATING_ORDINAL,      /* a rating's class ordinal: 1st, Second (Class) */
	NCG_WL_RATING_CLASS,        /* the word after it: Class */
	NCG_WL_SHIP_PREFIX,         /* other navies' ship prefixes: BRP, HMAS */
	/* fix115 */
	NCG_WL_SIDES_NOUN,          /* the two sides as a clause's subject: sides, ministers, diplomat */
	NCG_WL_SIDES_DETERMINER,    /* words before such a noun: two, both, top */
	/* fix116 */
	NCG_WL_OCCASION_CUE,        /* a same-day setting that keeps a caption's clause: on the occasion of */
	NCG_WL_RATING_HEAD,         /* a rating's last word before its class ordinal: Corpsman, Mate */
	/* fix117 */
	NCG_WL_TITLE_HOST_PREPOSITION, /* a diplomat's host after lex:titleToHead: (ambassador) to */
	NCG_WL_BODY_PLACE_LINK,     /* a repeated body's place or state after it: (Ministry) in, of */
	/* rules283 */
	NCG_WL_GOAL_STANCE_NOUN,    /* a position taken toward a goal: commitment (to peace) */
	NCG_WL_SHARED_GOAL_NOUN,    /* a goal the sides share: peace, stability, prosperity */
	NCG_WL_SIDE_PREPOSITION,    /* where a side is led: (led the U.S.) in (the talks) */
	/* rules280 */
	NCG_WL_EVENT_FRAME_CUE,     /* a sentence's opening time by an event told before: Before (the funeral,) */
	NCG_WL_FRAMED_EVENT_NOUN,   /* a one-day ceremonial event framing a meeting: (Before the) funeral */
	NCG_WL_GOAL_SCOPE_PREPOSITION, /* after a goal a commitment's "to" governs: (prosperity) throughout */
	/* rules281 */
	NCG_WL_PERSONNEL_NOUN,      /* plural specialists of the forces as a meeting's subject: chaplains */
	/* review108 */
	NCG_WL_ANCHOR_STATE,        /* the state one side of every meeting in scope is: United States */
	NCG_WL_STATIONED_BODY_HEAD, /* a medical facility's head, its station's name after: Hospital */
	/* fix119 */
	NCG_WL_STATIONED_BODY_MODIFIER, /* a Navy facility's word before its stationed head: Naval */
	NCG_WL_STATION_STOP_WORD,   /* a capitalised word after a station's name, none of it: Sailors */
	NCG_WL_TOPIC_PLACE_NOUN,    /* a topic's noun before "in" a place, no venue: situation */
	NCG_WL_SIDE_WORDS_STOP,     /* review108 6: ends a side's words after with/from: , to for on */
	NCG_WL_PEOPLE_ORIGIN,       /* review108 6: people "from" a force, a side: from */
	NCG_WL_PERSONNEL_WITH_PREP, /* review109 8: before the other side after personnel: with */
	NCG_WL_SPONSOR_PARTICIPLE,  /* rules287: a leader's compound before a name: Australian-led */
	/* fix124 */
	NCG_WL_POST_PEOPLE_NOUN,    /* people "of" a diplomatic post, drawn from it: representatives */
	NCG_WL_POST_ATTEND_VERB,    /* people drawn from a post attend an event elsewhere: attended */
	NCG_WL_POST_LIST_JOIN,      /* joins names in a list before a post: , and */
	NCG_WL_ATTENDEE_NOUN,       /* fix126: people heading a "Discussions included" item: observers */
	NCG_WL_PASSIVE_HOST_VERB,   /* devreal57: a host's welcome in the passive: met by, greeted by */
	NCG_WL_PERSON_PASSIVE_VERB, /* fix128: such a welcome said of objects too: received by */
	NCG_WL_INSTALLATION_END_WORD, /* rules289: the last word of an installation's name: Ground */
	NCG_WL_INSTALLATION_COMMON_WORD, /* fix158: a service's or common word of an installation: Air */
	NCG_WL_PERSON_HEAD_NOUN,    /* fix169: a person's or office's head, no topic: leader */
	NCG_WL_PEOPLE_SIDE_NOUN,    /* a side people are drawn from, lower case: government */
	NCG_WL_UNIT_NAME_WORD,      /* fix130: a word inside a command's name: (Fleet) Activities, Region */
	NCG_WL_STANCE_VERB,         /* rules291: a second verb of a stance, its own examples: emphasized */
	/* rules295 */
	NCG_WL_SHIP_TYPE_NOUN,      /* a ship's type after a name it bears: destroyer */
	NCG_WL_SHIP_CLASS_LINK,     /* between such a name and the type: class, aircraft */
	NCG_WL_SHIP_CLASS_NAME_WORD, /* a class's name word, only before "class": the Great */
	/* rules294 */
	NCG_WL_PEER_COMPOUND_WORD,  /* the word of a like-for-like compound before talks: staff(-to-staff) */
	/* devreal59 */
	NCG_WL_LEGISLATURE_GROUP_MODIFIER, /* a capitalised word of a legislature's group: Congressional (delegation) */
	/* review114 */
	NCG_WL_RANKED_OFFICE_NOUN,  /* an office alone only after a rank word: (top naval) officer */
	NCG_WL_OFFICE_RANK_WORD,    /* that rank word: top */
	/* rules302 */
	NCG_WL_PRIOR_MEETING_WORD,  /* before a meeting noun, an earlier meeting's: previous (talks) */
	/* fix141 */
	NCG_WL_GROUND_BEFORE_CUE,   /* a ground's word before an activity cue: Golf (Course) */
	NCG_WL_DETERMINED_MEETING_NOUN, /* a meeting noun only after an opener: office call */
	NCG_WL_DETERMINED_NOUN_OPENER,  /* that opener: an, the, for */
	/* fix143 (review120 1) */
	NCG_WL_SUBUNIT_HEAD,        /* a unit named under its parent's name: Battalion ("1st Battalion, ...") */
	NCG_WL_PARENT_UNIT_HEAD,    /* that parent's head: Regiment (", 8th Infantry Regiment") */
	/* rules319 */
	NCG_WL_SIDE_MEMBER_NOUN,    /* a side's people in a coordinated subject: members (of) */
	NCG_WL_SIDE_MEMBER_OF,      /* the word before that side: of */
	/* rules321 */
	NCG_WL_CLAUSE_SUBORDINATOR, /* opening a subordinate clause: as, while, because */
	/* rules320 */
	NCG_WL_INVERTED_BODY_HEAD,  /* a head after its field, the head "of" it: (Justice) Department */
	NCG_WL_AREA_SUFFIXED_HEAD,  /* a head joined by a hyphen to its area: Force(-Philippines) */
	NCG_WL_INVERTED_BODY_STATE, /* fix150: a state whose bodies are so named: country/us */
	/* rules323 */
	NCG_WL_PRESENT_TRAVEL_VERB, /* a lead's present of its trip: travels to */
	NCG_WL_WRITER_RECALL_CUE,   /* review124: a recalled occasion: many times, back in */
	NCG_WL_CAPTION_POSITION,    /* rules326: a caption's place in the photo: (left), (right) */
	/* rules329 */
	NCG_WL_SERIES_VERB,         /* a bare verb opening a series' next predicate: share, generate */
	/* fix156 */
	NCG_WL_TOPIC_BODY_HEAD,     /* a body head its topic's "on"/"for" name goes on: Caucus */
	/* fix155 */
	NCG_WL_BARE_HONORIFIC_DOT,  /* a keepDot honorific only with no article before it: Pres */
	NCG_WL_CALL_HOST_VERB,      /* rules331: a call's verb before its host: paid (X a courtesy call) */
	NCG_WL_BRIEFING_NOUN,       /* rules336: a briefing's noun, its topic after "on": briefing */
	/* fix159 */
	NCG_WL_CAPTION_BACKGROUND,  /* review129 1: a participle of another event in a caption: signed */
	NCG_WL_ARCHIVE_PHOTO,       /* review129 8: a credit's word of an old photo: file, archive */
	NCG_WL_CONJUNCT_ADVERB,     /* rules337: between "and" and a later object: then, also */
	NCG_WL_COMPANY_LIST_OPENER, /* rules340: after a company noun, before the names: such as */
	NCG_WL_COMPANY_PEOPLE_CUE,  /* rules340: people of companies, before the names: executives from */
	NCG_WL_TRADE_SHOW_NOUN,     /* rules346: a show the capitals before it name: exposition */
	NCG_WL_SCHOOLING_CUE,       /* rules350: a person's schooling before a school: degree from */
	NCG_WL_HEAD_CONNECTOR, /* fix170: a body's connector only after its head, never a place: on, for */
	NCG_WL_SCHOOLING_VERB, /* fix170: a person's schooling verb before a school: attended */
	NCG_WL_SCHOOL_HEAD, /* fix170: a school's head word: University, College, School */
	NCG_WL_POLICE_HEAD, /* fix170: a police force's head word: Police */
	NCG_WL_POLICE_GENERIC_WORD, /* fix170: words of any police force's name: National, Metropolitan */
	NCG_WL_MILITARY_POLICE_WORD, /* fix170: a word that makes police an army's: Military */
	/* fix161 */
	NCG_WL_BRIEFING_SOURCE,     /* a briefing's giver's preposition after its noun or verb: from, by */
	/* fix162 */
	NCG_WL_PLURAL_POSSESSIVE,   /* review131 3: a possessive of more than one: their */
	/* fix163 */
	NCG_WL_DEPENDANT_NOUN,      /* review131 5: one known by another, before "of": wife, aide */
	NCG_WL_PLURAL_OFFICE_LEAD,  /* review131 6: before a lower-case plural office's list: were */
	NCG_WL_OFFICE_COMPOUND,     /* review131 8: before a one-word office, a longer title: Trade */
	/* rules349 */
	NCG_WL_SENIOR_SUFFIX,       /* a father's name suffix, never his son's: Sr. */
	NCG_WL_NAMESAKE_FATHER_NOUN, /* before a comma and a name, never a "Jr." son's: father */
	/* rules348 */
	NCG_WL_HEARSAY_ADVERB,      /* between a subject and its verb, hearsay: reportedly */
	NCG_WL_HEARSAY_RAISING,     /* after "is", before the verb, hearsay: known to have */
	NCG_WL_HEDGED_CONTENT_CUE,  /* before talks' topics, the writer's surmise: it's believed */
	/* rules354 */
	NCG_WL_RELATION_OPENER,     /* a noun's complement of relation, a list opener: related to */
	/* rules358 */
	NCG_WL_BOUND_WORD_PAIR,     /* two words "and" binds into one topic: research and development */
	NCG_WL_STRETCH_BOUND_VERB,  /* rules355: ended (his week) with a meeting */
	/* fix172 */
	NCG_WL_SERVICE_SITE_NOUN,   /* a service's sites after its capitalised name: (Army) depot */
	/* fix174 */
	NCG_WL_NON_TOPIC_WORD,      /* a lower-case word no topic: today, here, now */
	NCG_WL_WISH_VERB,           /* a wish governing a frame after "to": wants */
	/* fix175 */
	NCG_WL_GATHERING_NAME_NOUN, /* a named gathering's last word: (Chiefs of Defense) conference */
	/* rules368 */
	NCG_WL_ELIDED_OWNER_HEAD,   /* a title's object whose state goes unsaid: (Chief of the) Defence Force */
	/* rules369 */
	NCG_WL_RECAP_DEMONSTRATIVE, /* opening a sentence before a topic noun: these, those */
	NCG_WL_RECAP_LIST_VERB,     /* after "These issues", a verb of the list: include */
	/* fix179 */
	NCG_WL_TOPIC_SETTING_CUE,   /* a time or setting after a topic preposition: on the eve of */
	/* fix180 */
	NCG_WL_SLASH_CREDIT_WORD,   /* a photo credit's word after "BODY /": Specialist, Photographer */
	/* fix184 */
	NCG_WL_DURATION_UNIT,       /* a meeting's length's unit: minutes (met B for about 40 minutes) */
	NCG_WL_VIEWPOINT_NOUN,      /* after a place's possessive, an opinion: view (in Washington's view) */
	/* fix185 */
	NCG_WL_COMPANY_LEADER_TITLE, /* a company's head's title before "of": President, Chairman, CEO */
	NCG_WL__COUNT
} ncg_wordlist;

/* 64-bit words in a set of word lists, one bit per list (wl / 64,
 * wl % 64): the sets the speed-only look-ups below return. */
enum { NCG_WL_WORDS = (NCG_WL__COUNT + 63) / 64 };

/* Is list wl in the set bits (NCG_WL_WORDS words)?  The one bit test of
 * such sets. */
static inline int
ncg_wl_in(const uint64_t *bits, ncg_wordlist wl)
{
	return (bits[(unsigned)wl / 64] >> ((unsigned)wl % 64)) & 1;
}


typedef struct {
	const char **v;
	size_t n, cap;
} ncg_strlist;

typedef struct ncg_lex_entry {
	ncg_lex_kind kind;
	const char *key;          /* "body/nsc" or a full IRI */
	const char *label;        /* canonical name (rdfs:label / skos:prefLabel) */
	ncg_strlist alt;          /* other wordings (skos:altLabel) */
	ncg_strlist acronym;      /* ncg:acronym */
	ncg_strlist cue;          /* grammar cues: head nouns, cue phrases */
	ncg_strlist prefix;       /* designator prefixes and hull codes: B-, SSBN;
	                           * for activity kinds, names of recurring
	                           * activities: Freedom Shield */
	ncg_strlist adjective;    /* country adjectives: American */
	ncg_strlist country;      /* keys of country entries (two: a combined body) */
	const char *part_of;      /* key of a body entry, or NULL; for a
	                           * place, its city (lex:inCity) */
	const char *broader;      /* key of a broader concept, or NULL */
	const char *seat;         /* for a body named by its building ("talks at
	                           * the White House"): the key of that building
	                           * as a place (lex:seat), or NULL */
	ncg_strlist body_name;    /* for a state, the names of its bodies that
	                           * the lexicon's bodies of another state bear
	                           * (lex:sameNamedBody) */
	ncg_strlist wire_agency;  /* for a state, its news agencies, one word
	                           * (lex:wireAgency: Yonhap) */
} ncg_lex_entry;

/* The concept scheme of a kind of concept (workstreams, asset types,
 * activity and event kinds): lex:schemeOf on a skos:ConceptScheme. */
typedef struct {
	const char *key;          /* "scheme/workstreams", or NULL: no scheme */
	const char *label;        /* "NCG workstreams" */
	const char *default_key;  /* lex:defaultConcept: the concept of an item
	                           * whose kind no cue gives ("activity-kind/exercise") */
} ncg_lex_scheme;

typedef struct ncg_lexicon ncg_lexicon;

/* NULL only when out of memory. */
ncg_lexicon *ncg_lexicon_new(void);
void ncg_lexicon_free(ncg_lexicon *lex);

/* ---- building (before ncg_lexicon_index) ----
 * Each returns NCG_OK, NCG_ERR_NOMEM, or NCG_ERR_INTERNAL once the lexicon
 * is indexed.  Strings are copied. */

/* The entry with that key in *out, created (with `kind`) if absent;
 * NCG_ERR_LEXICON when the key exists with another kind. */
ncg_status ncg_lexicon_entry(ncg_lexicon *lex, ncg_lex_kind kind,
                             const char *key, ncg_lex_entry **out);
/* The entry with that key, to change; NULL when absent or indexed. */
ncg_lex_entry *ncg_lexicon_entry_mut(ncg_lexicon *lex, const char *key);
ncg_status ncg_lexicon_set_label(ncg_lexicon *lex, ncg_lex_entry *e,
                                 const char *label);
/* Set a key field of an entry (part_of, broader). */
ncg_status ncg_lexicon_set_ref(ncg_lexicon *lex, const char **field,
                               const char *key);
/* Add s to a list of an entry unless it is there already. */
ncg_status ncg_lexicon_list_add(ncg_lexicon *lex, ncg_strlist *list,
                                const char *s);
ncg_status ncg_lexicon_add_word(ncg_lexicon *lex, ncg_wordlist wl,
                                const char *word);
/* rules133: the forms of the verbs of talks its readers ask, from their
 * lemmas (NCG_WL_TALK_VERB, "confer with"): every lemma's base form to
 * NCG_WL_VISIT_TALK_VERB, and a lemma with a particle's past form
 * ("conferred with") to NCG_WL_CABLE_TALK_VERB; rules134: and of the
 * verbs of a meeting (NCG_WL_MEETING_LEMMA, "hold"): the past to
 * NCG_WL_MEETING_VERB, the base and the third person ("holds") to
 * NCG_WL_MEETING_VERB_PRESENT.  Called after each file
 * is loaded; a form there already is not added twice. */
ncg_status ncg_lexicon_derive_verb_forms(ncg_lexicon *lex);
/* The scheme of a kind, to change with ncg_lexicon_set_ref; NULL when
 * indexed. */
ncg_lex_scheme *ncg_lexicon_scheme_mut(ncg_lexicon *lex, ncg_lex_kind kind);

/* ---- the drawings' texts ----
 * Titles, cluster names, legend captions, lane and axis names, role and
 * month names of the drawings (ontology/lexicon/views.ttl: the labels of
 * lex:DrawingText nodes), by key ("drawing/bodies/title").  Not wordings:
 * no recogniser sees them.  ncg_lexicon_set_text replaces the key's text
 * (a lexicon file loaded later relabels what an earlier one gave);
 * NCG_ERR_INTERNAL once indexed. */
ncg_status ncg_lexicon_set_text(ncg_lexicon *lex, const char *key, const char *text);
/* The text of key, or NULL when the lexicon gives none. */
const char *ncg_lexicon_text(const ncg_lexicon *lex, const char *key);
/* Every text, in the order first set: the i-th text, its key in *key. */
size_t ncg_lexicon_ntexts(const ncg_lexicon *lex);
const char *ncg_lexicon_text_at(const ncg_lexicon *lex, size_t i, const char **key);

/* Build the lookup indexes, and sort every entry's lists bytewise so that
 * nothing depends on the order of additions; then the lexicon is
 * read-only.  NCG_ERR_NOMEM leaves it unindexed (and still buildable).
 * Indexing twice is a no-op. */
ncg_status ncg_lexicon_index(ncg_lexicon *lex, ncg_error *err);
int ncg_lexicon_is_indexed(const ncg_lexicon *lex);

/* ---- lookups ---- */
const ncg_lex_entry *ncg_lexicon_by_key(const ncg_lexicon *lex, const char *key);
size_t ncg_lexicon_count(const ncg_lexicon *lex, ncg_lex_kind kind);
const ncg_lex_entry *ncg_lexicon_at(const ncg_lexicon *lex, ncg_lex_kind kind,
                                    size_t i);
const ncg_strlist *ncg_lexicon_words(const ncg_lexicon *lex, ncg_wordlist wl);
/* The lex:givenNameVariant pair ("Bill William") whose short name (side
 * 0) or full name (side 1) is the n bytes at w, in any case when ci; the
 * full name of the pair (after its space), or NULL.  fix176 (review144
 * 9): the first pair in the list's order that matches is read, so a
 * short name written in two pairs ("Phil Philip" and a later "Phil
 * Phillip") takes the first's full name only. */
const char *ncg_lexicon_given_variant(const ncg_lexicon *lex, const char *w,
                                      size_t n, int side, int ci);
/* The scheme of a kind; its fields are NULL when the lexicon gives none. */
const ncg_lex_scheme *ncg_lexicon_scheme(const ncg_lexicon *lex, ncg_lex_kind kind);
/* The words of wl that can match text whose first byte is `first` (an
 * indexed lexicon: those starting with it in any ASCII case, and those
 * starting with a character that is not an ASCII letter or digit; else,
 * or when `first` is not one, all of them).  A subset for speed only. */
const ncg_strlist *ncg_lexicon_words_from(const ncg_lexicon *lex, ncg_wordlist wl,
                                          unsigned char first);
/* The same by the first two bytes of the text s (NUL-terminated, or with
 * at least two bytes readable): when both are ASCII letters or digits,
 * the words starting with them in any ASCII case and those whose first or
 * second byte is not one; else as ncg_lexicon_words_from(s[0]).  A
 * subset for speed only. */
const ncg_strlist *ncg_lexicon_words_at(const ncg_lexicon *lex, ncg_wordlist wl,
                                        const char *s);
/* The word lists that may have words at s, as NCG_WL_WORDS words of bits:
 * a clear bit says ncg_lexicon_words_at(lex, wl, s) is empty and no word
 * of wl equals a token starting with s (in any ASCII case).  Points into
 * the lexicon (valid while it lives) or to a constant; for speed only. */
const uint64_t *ncg_lexicon_wls_at(const ncg_lexicon *lex, const char *s);
/* The same for the whole token s[0, n), told more finely: a clear bit
 * says no word of wl matches text from the token's start to the end of
 * it or of a later token (a phrase whose first word is the token, a word
 * equal to it), in any ASCII case, with U+2018/U+2019 read as an
 * apostrophe and dashes as a hyphen.  For speed only. */
const uint64_t *ncg_lexicon_wls_of_token(const ncg_lexicon *lex, const char *s,
                                         size_t n);
/* The word lists that hold s[0, n) as a word, as bits (wl / 64, wl % 64):
 * bit wl is ncg_lexicon_has_word (ci 0) or ncg_lexicon_has_word_ci (ci 1)
 * for every wl at once.  NULL when it cannot tell (unindexed, or a long
 * word in any case): then ask those.  For speed only. */
const uint64_t *ncg_lexicon_lists_with_word(const ncg_lexicon *lex, const char *s,
                                            size_t n, int ci);
int ncg_lexicon_has_word(const ncg_lexicon *lex, ncg_wordlist wl,
                         const char *s, size_t n);            /* exact */
int ncg_lexicon_has_word_ci(const ncg_lexicon *lex, ncg_wordlist wl,
                            const char *s, size_t n);         /* any case */
/* Is the label of the entry of key (a country's "United States") a word
 * of wl (lex:allianceState, lex:anchorState)?  -1 when the key is NULL,
 * unknown or has no label. */
int ncg_lexicon_label_in(const ncg_lexicon *lex, const char *key, ncg_wordlist wl);

/* Entries whose label, alt label, acronym or adjective could start at a
 * word: the candidates for a longest match at a token.  `first` is the
 * token's text; the match is case-insensitive on the first word.  Sets
 * *out to the candidates and returns how many (0 when unindexed). */
typedef struct {
	const ncg_lex_entry *entry;
	const char *wording;
	int what;                 /* NCG_LEXW_* */
	/* speed only (a matcher's quick test; ncg_lex_wording_make sets
	 * them): the length of the wording's first word - its bytes before
	 * the first space, or all of it - when that is printable ASCII
	 * (0x21-0x7E), else 0; whether a space follows it; whether the
	 * wording ends in a space; the first byte of its second word when
	 * one space follows the first word (printable ASCII), capitals
	 * lower-cased, else 0 */
	uint16_t first_len;
	unsigned char spaced, ends_in_space, second;
	/* speed only: the wording's length in bytes (strlen), and one past
	 * its last byte outside ASCII (0: none); both UINT16_MAX when the
	 * wording is that long or longer */
	uint16_t len, nonascii_end;
	/* speed only: entry->kind, so that a matcher's test of the kinds
	 * it asks for reads no entry */
	unsigned char kind;
} ncg_lex_wording;

/* A wording with its quick-test fields set. */
ncg_lex_wording ncg_lex_wording_make(const ncg_lex_entry *e, const char *w, int what);

enum { NCG_LEXW_LABEL, NCG_LEXW_ALT, NCG_LEXW_ACRONYM, NCG_LEXW_ADJECTIVE,
       NCG_LEXW_CUE, NCG_LEXW_PREFIX };

size_t ncg_lexicon_wordings_at(const ncg_lexicon *lex, const char *first,
                               size_t n, const ncg_lex_wording **out);

/* fix89 (review84 9): is s[0..n) a whole wording (exact case) of an
 * entry of one of the kinds (bits 1u << NCG_LEX_*)? */
int ncg_lexicon_is_wording(const ncg_lexicon *lex, unsigned kinds, const char *s, size_t n);

/* The cues (ncg_lex_entry.cue) of the entries of `kind`, in lexicon order,
 * that can end a match at the end of an ASCII token whose last byte is
 * `last`: those ending in that byte and those ending in a byte that is
 * not ASCII, or a space; with `last` -1 (or not ASCII), all of them.  A
 * subset for speed only.  Sets *out and returns how many (0 when
 * unindexed). */
size_t ncg_lexicon_cues_ending(const ncg_lexicon *lex, ncg_lex_kind kind, int last,
                               const ncg_lex_wording **out);

/* Can a cue of `kind` end in the n bytes s, all ASCII, as its last n
 * bytes compared exactly?  0 only when none can: speed only, so that a
 * caller matching cues backwards from a token may skip them all (1 when
 * unindexed, and for every text when a cue has a byte outside ASCII). */
int ncg_lexicon_cue_tail(const ncg_lexicon *lex, ncg_lex_kind kind, const char *s, size_t n);

/* The first entry of `kind` with a wording (label, alt, acronym) whose
 * normal form equals that of s, or NULL (also when unindexed).  Normal
 * form: lower case, words only, plural nouns singular, articles dropped
 * (see ncg_normal_form). */
const ncg_lex_entry *ncg_lexicon_by_wording(const ncg_lexicon *lex,
                                            ncg_lex_kind kind,
                                            const char *s, size_t n);

/* The normal form of s (as ncg_normal_form into buf of size cap, which
 * is returned), or, when s is a label, alt label or acronym string of an
 * entry of the indexed lexicon (that very pointer), the lexicon's copy
 * of it, without working it out again. */
const char *ncg_lexicon_normal_of(const ncg_lexicon *lex, const char *s, char *buf,
                                  size_t cap);

/* Normal form of a wording into buf (size cap); returns its length.
 * Lower case, words only, plural nouns singular; the words of the
 * lexicon's lex:normalStopWord list dropped and its lex:irregularPlural
 * pairs ("crises crisis") used before the regular rules.  lex NULL: no
 * word dropped and no irregular plural (the rules alone). */
size_t ncg_normal_form(const ncg_lexicon *lex, const char *s, size_t n, char *buf,
                       size_t cap);

/* A slug for an IRI path: lower case ASCII letters and digits, runs of
 * anything else as one '-', periods and apostrophes dropped ("U.S." ->
 * "us", "Cho Chang-Lae" -> "cho-chang-lae").  Non-ASCII letters are kept
 * as percent-free transliteration where simple (Latin-1), else dropped. */
size_t ncg_slug(const char *s, size_t n, char *buf, size_t cap);

#endif
