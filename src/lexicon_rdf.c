/* ncgkg: loading the lexicon from Turtle with Redland. */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ncgkg/arena.h"
#include "ncgkg/buf.h"
#include "ncgkg/strmap.h"
#include "ncgkg/text.h"
#include "ncgkg/vocab.h"
#include "rdf_internal.h"

/* The lexicon compiled in (lexicon_data.c, generated from ontology/lexicon). */
extern const unsigned char ncg_builtin_lexicon[];
extern const size_t ncg_builtin_lexicon_len;

static const struct {
	const char *iri;
	ncg_lex_kind kind;
} KIND_OF_CLASS[] = {
	{NCG_NS "Country", NCG_LEX_COUNTRY},
	{NCG_NS "Place", NCG_LEX_PLACE},
	{NCG_NS "Body", NCG_LEX_BODY},
	{NCG_NS "Official", NCG_LEX_OFFICIAL},
	{NCG_NS "Workstream", NCG_LEX_WORKSTREAM},
	{NCG_LEX_NS "AssetType", NCG_LEX_ASSET_TYPE},
	{NCG_LEX_NS "ActivityKind", NCG_LEX_ACTIVITY_KIND},
	{NCG_LEX_NS "EventKind", NCG_LEX_EVENT_KIND},
	{NCG_ORG_NS "Role", NCG_LEX_ROLE},
};

static const struct {
	const char *iri;
	ncg_wordlist wl;
} WORDLISTS[] = {
	{NCG_LEX_NS "courtesyHonorific", NCG_WL_COURTESY},
	{NCG_LEX_NS "officeHonorific", NCG_WL_OFFICE},
	{NCG_LEX_NS "titleHead", NCG_WL_TITLE_HEAD},
	{NCG_LEX_NS "titleWord", NCG_WL_TITLE_WORD},
	{NCG_LEX_NS "portfolioPhrase", NCG_WL_PORTFOLIO_PHRASE},
	{NCG_LEX_NS "bodyHead", NCG_WL_BODY_HEAD},
	{NCG_LEX_NS "documentHead", NCG_WL_DOCUMENT_HEAD},
	{NCG_LEX_NS "furniture", NCG_WL_FURNITURE},
	{NCG_LEX_NS "vesselPrefix", NCG_WL_VESSEL_PREFIX},
	{NCG_LEX_NS "nameSuffix", NCG_WL_NAME_SUFFIX},
	{NCG_LEX_NS "workstreamNoun", NCG_WL_WORKSTREAM_NOUN},
	{NCG_LEX_NS "progressNoun", NCG_WL_PROGRESS_NOUN},
	{NCG_LEX_NS "sentenceInitial", NCG_WL_SENTENCE_INITIAL},
	{NCG_LEX_NS "meetingVerb", NCG_WL_MEETING_VERB},
	{NCG_LEX_NS "principalVerb", NCG_WL_PRINCIPAL_VERB},
	{NCG_LEX_NS "futureCue", NCG_WL_FUTURE_CUE},
	{NCG_LEX_NS "referenceCue", NCG_WL_REFERENCE_CUE},
	{NCG_LEX_NS "meetingNoun", NCG_WL_MEETING_NOUN},
	{NCG_LEX_NS "seriesHead", NCG_WL_SERIES_HEAD},
	{NCG_LEX_NS "contentCue", NCG_WL_CONTENT_CUE},
	{NCG_LEX_NS "virtualCue", NCG_WL_VIRTUAL_CUE},
	{NCG_LEX_NS "callCue", NCG_WL_CALL_CUE},
	{NCG_LEX_NS "compoundHeadNoun", NCG_WL_COMPOUND_HEAD_NOUN},
	{NCG_LEX_NS "sameDay", NCG_WL_SAME_DAY},
	{NCG_LEX_NS "dayBefore", NCG_WL_DAY_BEFORE},
	{NCG_LEX_NS "settingPreposition", NCG_WL_SETTING_PREP},
	{NCG_LEX_NS "speechVerb", NCG_WL_SPEECH_VERB},
	{NCG_LEX_NS "modal", NCG_WL_MODAL},
	{NCG_LEX_NS "announcementCue", NCG_WL_ANNOUNCEMENT_CUE},
	{NCG_LEX_NS "furnitureStart", NCG_WL_FURNITURE_START},
	{NCG_LEX_NS "aliasCue", NCG_WL_ALIAS_CUE},
	{NCG_LEX_NS "militaryRank", NCG_WL_MILITARY_RANK},
	{NCG_LEX_NS "eventHead", NCG_WL_EVENT_HEAD},
	{NCG_LEX_NS "contributionPassive", NCG_WL_CONTRIBUTION_PASSIVE},
	{NCG_LEX_NS "contributionNoun", NCG_WL_CONTRIBUTION_NOUN},
	{NCG_LEX_NS "contributionActive", NCG_WL_CONTRIBUTION_ACTIVE},
	{NCG_LEX_NS "contributionCredit", NCG_WL_CONTRIBUTION_CREDIT},
	{NCG_LEX_NS "ordinalMeetingNoun", NCG_WL_ORDINAL_MEETING_NOUN},
	{NCG_LEX_NS "meetingModifier", NCG_WL_MEETING_MODIFIER},
	{NCG_LEX_NS "itemLead", NCG_WL_ITEM_LEAD},
	{NCG_LEX_NS "withinMeetingCue", NCG_WL_WITHIN_MEETING_CUE},
	{NCG_LEX_NS "adjectivalParticiple", NCG_WL_ADJECTIVAL_PARTICIPLE},
	{NCG_LEX_NS "titleClauseOpener", NCG_WL_TITLE_CLAUSE_OPENER},
	{NCG_LEX_NS "monthCue", NCG_WL_MONTH_CUE},
	{NCG_LEX_NS "clockWord", NCG_WL_CLOCK_WORD},
	{NCG_LEX_NS "timeDistanceUnit", NCG_WL_TIME_DISTANCE},
	{NCG_LEX_NS "identityCue", NCG_WL_IDENTITY_CUE},
	{NCG_LEX_NS "peerNoun", NCG_WL_PEER_NOUN},
	/* rules14 */
	{NCG_LEX_NS "titleObjectEnd", NCG_WL_TITLE_OBJECT_END},
	{NCG_LEX_NS "givenNameVariant", NCG_WL_GIVEN_NAME_VARIANT},
	{NCG_LEX_NS "creditCue", NCG_WL_CREDIT_CUE},
	{NCG_LEX_NS "bylineCue", NCG_WL_BYLINE_CUE},
	{NCG_LEX_NS "normalStopWord", NCG_WL_NORMAL_STOP},
	{NCG_LEX_NS "irregularPlural", NCG_WL_IRREGULAR_PLURAL},
	{NCG_LEX_NS "pressEvent", NCG_WL_PRESS_EVENT},
	{NCG_LEX_NS "afterCue", NCG_WL_AFTER_CUE},
	{NCG_LEX_NS "endCue", NCG_WL_END_CUE},
	{NCG_LEX_NS "partyNoun", NCG_WL_PARTY_NOUN},
	{NCG_LEX_NS "hereCue", NCG_WL_HERE_CUE},
	{NCG_LEX_NS "ongoingCue", NCG_WL_ONGOING_CUE},
	{NCG_LEX_NS "progressiveVerb", NCG_WL_PROGRESSIVE_VERB},
	{NCG_LEX_NS "leaderGovernment", NCG_WL_LEADER_GOVERNMENT},
	{NCG_LEX_NS "classSuffix", NCG_WL_CLASS_SUFFIX},
	{NCG_LEX_NS "meetingSubjectFrame", NCG_WL_MEETING_SUBJECT_FRAME},
	{NCG_LEX_NS "gluedWord", NCG_WL_GLUED_WORD},
	{NCG_LEX_NS "documentContentFrame", NCG_WL_DOCUMENT_CONTENT_FRAME},
	{NCG_LEX_NS "documentNoun", NCG_WL_DOCUMENT_NOUN},
	{NCG_LEX_NS "serviceName", NCG_WL_SERVICE_NAME},
	{NCG_LEX_NS "meansCue", NCG_WL_MEANS_CUE},
	{NCG_LEX_NS "clauseObject", NCG_WL_CLAUSE_OBJECT},
	{NCG_LEX_NS "listConjunction", NCG_WL_LIST_CONJUNCTION},
	{NCG_LEX_NS "participleFrame", NCG_WL_PARTICIPLE_FRAME},
	{NCG_LEX_NS "participleLink", NCG_WL_PARTICIPLE_LINK},
	{NCG_LEX_NS "backReference", NCG_WL_BACK_REFERENCE},
	{NCG_LEX_NS "agendaNoun", NCG_WL_AGENDA_NOUN},
	{NCG_LEX_NS "agendaCopula", NCG_WL_AGENDA_COPULA},
	{NCG_LEX_NS "agendaHead", NCG_WL_AGENDA_HEAD},
	{NCG_LEX_NS "releaseVerb", NCG_WL_RELEASE_VERB},
	{NCG_LEX_NS "discussFrame", NCG_WL_DISCUSS_FRAME},
	{NCG_LEX_NS "listOpener", NCG_WL_LIST_OPENER},
	{NCG_LEX_NS "listingVerb", NCG_WL_LISTING_VERB},
	{NCG_LEX_NS "commitmentCue", NCG_WL_COMMITMENT_CUE},
	{NCG_LEX_NS "elaborationCue", NCG_WL_ELABORATION_CUE},
	{NCG_LEX_NS "listTail", NCG_WL_LIST_TAIL},
	{NCG_LEX_NS "coChairActive", NCG_WL_CO_CHAIR_ACTIVE},
	{NCG_LEX_NS "coChairPassive", NCG_WL_CO_CHAIR_PASSIVE},
	{NCG_LEX_NS "chairActive", NCG_WL_CHAIR_ACTIVE},
	{NCG_LEX_NS "chairPassive", NCG_WL_CHAIR_PASSIVE},
	{NCG_LEX_NS "convenerActive", NCG_WL_CONVENE_ACTIVE},
	{NCG_LEX_NS "convenerPassive", NCG_WL_CONVENE_PASSIVE},
	{NCG_LEX_NS "leadActive", NCG_WL_LEAD_ACTIVE},
	{NCG_LEX_NS "leadPassive", NCG_WL_LEAD_PASSIVE},
	{NCG_LEX_NS "participantActive", NCG_WL_PARTICIPATE_ACTIVE},
	{NCG_LEX_NS "participantPassive", NCG_WL_PARTICIPATE_PASSIVE},
	{NCG_LEX_NS "discussionNoun", NCG_WL_DISCUSSION_NOUN},
	{NCG_LEX_NS "delegationNoun", NCG_WL_DELEGATION_NOUN},
	/* rules8 */
	{NCG_LEX_NS "namePreposition", NCG_WL_NAME_PREPOSITION},
	{NCG_LEX_NS "namingCue", NCG_WL_NAMING_CUE},
	{NCG_LEX_NS "adjectiveSuffix", NCG_WL_ADJECTIVE_SUFFIX},
	/* rules10 */
	{NCG_LEX_NS "itemPreposition", NCG_WL_ITEM_PREPOSITION},
	{NCG_LEX_NS "objectDeterminer", NCG_WL_OBJECT_DETERMINER},
	{NCG_LEX_NS "workstreamNameStop", NCG_WL_WORKSTREAM_NAME_STOP},
	{NCG_LEX_NS "activityNameStop", NCG_WL_ACTIVITY_NAME_STOP},
	{NCG_LEX_NS "listClauseCue", NCG_WL_LIST_CLAUSE_CUE},
	{NCG_LEX_NS "listSpeechVerb", NCG_WL_LIST_SPEECH_VERB},
	{NCG_LEX_NS "orgConnector", NCG_WL_ORG_CONNECTOR},
	{NCG_LEX_NS "titleConnector", NCG_WL_TITLE_CONNECTOR},
	{NCG_LEX_NS "rangeFrame", NCG_WL_RANGE_FRAME},
	{NCG_LEX_NS "rangeOpener", NCG_WL_RANGE_OPENER},
	{NCG_LEX_NS "effortFrame", NCG_WL_EFFORT_FRAME},
	{NCG_LEX_NS "effortVerb", NCG_WL_EFFORT_VERB},
	{NCG_LEX_NS "dutiesCue", NCG_WL_DUTIES_CUE},
	{NCG_LEX_NS "indefiniteArticle", NCG_WL_INDEFINITE_ARTICLE},
	{NCG_LEX_NS "capitalDeterminer", NCG_WL_CAPITAL_DETERMINER},
	{NCG_LEX_NS "auxiliaryVerb", NCG_WL_AUXILIARY_VERB},
	{NCG_LEX_NS "participleAuxiliary", NCG_WL_PARTICIPLE_AUX},
	{NCG_LEX_NS "soloPressEvent", NCG_WL_SOLO_PRESS_EVENT},
	{NCG_LEX_NS "ordinalKindTail", NCG_WL_ORDINAL_KIND_TAIL},
	{NCG_LEX_NS "nameMeetingNoun", NCG_WL_NAME_MEETING_NOUN},
	{NCG_LEX_NS "periodCue", NCG_WL_PERIOD_CUE},
	{NCG_LEX_NS "officeQualifier", NCG_WL_OFFICE_QUALIFIER},
	{NCG_LEX_NS "agendaMembership", NCG_WL_AGENDA_MEMBERSHIP},
	{NCG_LEX_NS "adverbialMeeting", NCG_WL_ADVERBIAL_MEETING},
	{NCG_LEX_NS "sidelineCue", NCG_WL_SIDELINE_CUE},
	/* lexwords */
	{NCG_LEX_NS "keepDot", NCG_WL_KEEP_DOT},
	{NCG_LEX_NS "mayEndDot", NCG_WL_MAY_END_DOT},
	{NCG_LEX_NS "bullet", NCG_WL_BULLET},
	{NCG_LEX_NS "weekday", NCG_WL_WEEKDAY},
	{NCG_LEX_NS "ordinalSuffix", NCG_WL_ORDINAL_SUFFIX},
	{NCG_LEX_NS "furnitureClassWord", NCG_WL_FURNITURE_CLASS},
	{NCG_LEX_NS "weakFurnitureClassWord", NCG_WL_WEAK_FURNITURE_CLASS},
	{NCG_LEX_NS "contentClassWord", NCG_WL_CONTENT_CLASS},
	/* rules13 */
	{NCG_LEX_NS "nounFrame", NCG_WL_NOUN_FRAME},
	{NCG_LEX_NS "hypotheticalModal", NCG_WL_HYPOTHETICAL_MODAL},
	{NCG_LEX_NS "possessiveDeterminer", NCG_WL_POSSESSIVE},
	{NCG_LEX_NS "relativeYear", NCG_WL_RELATIVE_YEAR},
	{NCG_LEX_NS "repeatablePreposition", NCG_WL_REPEATABLE_PREP},
	{NCG_LEX_NS "documentOpener", NCG_WL_DOCUMENT_OPENER},
	{NCG_LEX_NS "tagCue", NCG_WL_TAG_CUE},
	{NCG_LEX_NS "breadcrumbMark", NCG_WL_BREADCRUMB_MARK},
	{NCG_LEX_NS "nounPreposition", NCG_WL_NOUN_PREPOSITION},
	{NCG_LEX_NS "pairingLink", NCG_WL_PAIRING_LINK},
	{NCG_LEX_NS "passiveTopicVerb", NCG_WL_PASSIVE_TOPIC_VERB},
	{NCG_LEX_NS "contrastDeterminer", NCG_WL_CONTRAST_DETERMINER},
	{NCG_LEX_NS "nameComplement", NCG_WL_NAME_COMPLEMENT},
	{NCG_LEX_NS "nameSyllable", NCG_WL_NAME_SYLLABLE},
	{NCG_LEX_NS "surnameTitle", NCG_WL_SURNAME_TITLE},
	{NCG_LEX_NS "outletHead", NCG_WL_OUTLET_HEAD},
	{NCG_LEX_NS "seatBody", NCG_WL_SEAT_BODY},
	{NCG_LEX_NS "arrivalVerb", NCG_WL_ARRIVAL_VERB},
	{NCG_LEX_NS "visitNoun", NCG_WL_VISIT_NOUN},
	/* rules18 */
	{NCG_LEX_NS "interlocutorPreposition", NCG_WL_INTERLOCUTOR_PREP},
	{NCG_LEX_NS "callEvent", NCG_WL_CALL_EVENT},
	{NCG_LEX_NS "subjectPronoun", NCG_WL_SUBJECT_PRONOUN},
	{NCG_LEX_NS "complementPreposition", NCG_WL_COMPLEMENT_PREP},
	{NCG_LEX_NS "nounSuffix", NCG_WL_NOUN_SUFFIX},
	/* rules19 */
	{NCG_LEX_NS "creditEnd", NCG_WL_CREDIT_END},
	{NCG_LEX_NS "participleDeterminer", NCG_WL_PARTICIPLE_DETERMINER},
	{NCG_LEX_NS "titleLeadIn", NCG_WL_TITLE_LEAD_IN},
	/* rules17 */
	{NCG_LEX_NS "recentPeriod", NCG_WL_RECENT_PERIOD},
	{NCG_LEX_NS "captionVerb", NCG_WL_CAPTION_VERB},
	{NCG_LEX_NS "visitVerb", NCG_WL_VISIT_VERB},
	{NCG_LEX_NS "callException", NCG_WL_CALL_EXCEPTION},
	{NCG_LEX_NS "attributionCue", NCG_WL_ATTRIBUTION_CUE},
	{NCG_LEX_NS "welcomeCue", NCG_WL_WELCOME_CUE},
	{NCG_LEX_NS "sidesNoun", NCG_WL_SIDES_NOUN},
	{NCG_LEX_NS "sidesDeterminer", NCG_WL_SIDES_DETERMINER},
	/* review16: cue words meeting.c compared as literals */
	{NCG_LEX_NS "welcomeVerb", NCG_WL_WELCOME_VERB},
	{NCG_LEX_NS "pressNoun", NCG_WL_PRESS_NOUN},
	{NCG_LEX_NS "additiveAdverb", NCG_WL_ADDITIVE_ADVERB},
	{NCG_LEX_NS "meetingParticiple", NCG_WL_MEETING_PARTICIPLE},
	{NCG_LEX_NS "dateLineCue", NCG_WL_DATE_LINE_CUE},
	{NCG_LEX_NS "objectAnnouncementCue", NCG_WL_OBJECT_ANNOUNCEMENT_CUE},
	{NCG_LEX_NS "residualItem", NCG_WL_RESIDUAL_ITEM},
	{NCG_LEX_NS "residualOpener", NCG_WL_RESIDUAL_OPENER},
	{NCG_LEX_NS "residualWeight", NCG_WL_RESIDUAL_WEIGHT},
	{NCG_LEX_NS "residualTail", NCG_WL_RESIDUAL_TAIL},
	{NCG_LEX_NS "progressPreposition", NCG_WL_PROGRESS_PREP},
	{NCG_LEX_NS "wholeFieldWord", NCG_WL_WHOLE_FIELD_WORD},
	{NCG_LEX_NS "anticipationCue", NCG_WL_ANTICIPATION_CUE},
	/* rules22 */
	{NCG_LEX_NS "meetingKindWord", NCG_WL_MEETING_KIND_WORD},
	/* rules20 */
	{NCG_LEX_NS "irregularPastAct", NCG_WL_IRREGULAR_PAST_ACT},
	{NCG_LEX_NS "timeOfDay", NCG_WL_TIME_OF_DAY},
	{NCG_LEX_NS "irregularPastVerb", NCG_WL_IRREGULAR_PAST_VERB},
	{NCG_LEX_NS "meetingSettingPreposition", NCG_WL_MEETING_SETTING_PREP},
	{NCG_LEX_NS "openingCue", NCG_WL_OPENING_CUE},
	{NCG_LEX_NS "remarksWord", NCG_WL_REMARKS_WORD},
	{NCG_LEX_NS "cityPart", NCG_WL_CITY_PART},
	{NCG_LEX_NS "settlementNoun", NCG_WL_SETTLEMENT_NOUN},
	{NCG_LEX_NS "pastCopula", NCG_WL_PAST_COPULA},
	{NCG_LEX_NS "joinedPartyVerb", NCG_WL_JOINED_PARTY_VERB},
	{NCG_LEX_NS "lineOpenWord", NCG_WL_LINE_OPEN_WORD},
	/* rules28 */
	{NCG_LEX_NS "mandateNoun", NCG_WL_MANDATE_NOUN},
	{NCG_LEX_NS "degreeAdverb", NCG_WL_DEGREE_ADVERB},
	{NCG_LEX_NS "attitudeGerund", NCG_WL_ATTITUDE_GERUND},
	/* review */
	{NCG_LEX_NS "progressiveAuxiliary", NCG_WL_PROGRESSIVE_AUX},
	{NCG_LEX_NS "placeAdverb", NCG_WL_PLACE_ADVERB},
	{NCG_LEX_NS "classRestWord", NCG_WL_CLASS_REST_WORD},
	/* review10 */
	{NCG_LEX_NS "modifierSuffix", NCG_WL_MODIFIER_SUFFIX},
	{NCG_LEX_NS "heldDeterminer", NCG_WL_HELD_DETERMINER},
	{NCG_LEX_NS "describedDeterminer", NCG_WL_DESCRIBED_DETERMINER},
	{NCG_LEX_NS "openingDeterminer", NCG_WL_OPENING_DETERMINER},
	{NCG_LEX_NS "titleListAnd", NCG_WL_TITLE_LIST_AND},
	{NCG_LEX_NS "titleListDeterminer", NCG_WL_TITLE_LIST_DETERMINER},
	/* review11 */
	{NCG_LEX_NS "dayRangeJoiner", NCG_WL_DAY_RANGE_JOINER},
	{NCG_LEX_NS "relativeThis", NCG_WL_RELATIVE_THIS},
	{NCG_LEX_NS "relativeNext", NCG_WL_RELATIVE_NEXT},
	{NCG_LEX_NS "relativeLast", NCG_WL_RELATIVE_LAST},
	{NCG_LEX_NS "springWord", NCG_WL_SPRING_WORD},
	{NCG_LEX_NS "summerWord", NCG_WL_SUMMER_WORD},
	{NCG_LEX_NS "autumnWord", NCG_WL_AUTUMN_WORD},
	{NCG_LEX_NS "winterWord", NCG_WL_WINTER_WORD},
	{NCG_LEX_NS "yearNoun", NCG_WL_YEAR_NOUN},
	{NCG_LEX_NS "monthNoun", NCG_WL_MONTH_NOUN},
	{NCG_LEX_NS "dayNoun", NCG_WL_DAY_NOUN},
	{NCG_LEX_NS "timeOf", NCG_WL_TIME_OF},
	{NCG_LEX_NS "fractionPreposition", NCG_WL_FRACTION_PREPOSITION},
	{NCG_LEX_NS "halfNoun", NCG_WL_HALF_NOUN},
	{NCG_LEX_NS "quarterNoun", NCG_WL_QUARTER_NOUN},
	{NCG_LEX_NS "earlyPart", NCG_WL_EARLY_PART},
	{NCG_LEX_NS "midPart", NCG_WL_MID_PART},
	{NCG_LEX_NS "latePart", NCG_WL_LATE_PART},
	{NCG_LEX_NS "endNoun", NCG_WL_END_NOUN},
	{NCG_LEX_NS "yearDeterminer", NCG_WL_YEAR_DETERMINER},
	{NCG_LEX_NS "restOfCue", NCG_WL_REST_OF_CUE},
	{NCG_LEX_NS "yearPreposition", NCG_WL_YEAR_PREPOSITION},
	{NCG_LEX_NS "seriesPreposition", NCG_WL_SERIES_PREPOSITION},
	{NCG_LEX_NS "seriesDeterminer", NCG_WL_SERIES_DETERMINER},
	{NCG_LEX_NS "meetingNameConnector", NCG_WL_MEETING_NAME_CONNECTOR},
	{NCG_LEX_NS "meetingNameDeterminer", NCG_WL_MEETING_NAME_DETERMINER},
	{NCG_LEX_NS "ordinalDeterminer", NCG_WL_ORDINAL_DETERMINER},
	{NCG_LEX_NS "inauguralWord", NCG_WL_INAUGURAL_WORD},
	{NCG_LEX_NS "sessionTopicPreposition", NCG_WL_SESSION_TOPIC_PREPOSITION},
	{NCG_LEX_NS "cueCompanionPreposition", NCG_WL_CUE_COMPANION_PREPOSITION},
	{NCG_LEX_NS "coChairCompanionPreposition", NCG_WL_CO_CHAIR_COMPANION_PREPOSITION},
	{NCG_LEX_NS "titleScopeDeterminer", NCG_WL_TITLE_SCOPE_DETERMINER},
	{NCG_LEX_NS "placePreposition", NCG_WL_PLACE_PREPOSITION},
	{NCG_LEX_NS "dayPreposition", NCG_WL_DAY_PREPOSITION},
	{NCG_LEX_NS "placeDeterminer", NCG_WL_PLACE_DETERMINER},
	{NCG_LEX_NS "contributionAgent", NCG_WL_CONTRIBUTION_AGENT},
	{NCG_LEX_NS "contributionSource", NCG_WL_CONTRIBUTION_SOURCE},
	{NCG_LEX_NS "superscriptDeterminer", NCG_WL_SUPERSCRIPT_DETERMINER},
	/* review12 */
	{NCG_LEX_NS "venuePreposition", NCG_WL_VENUE_PREPOSITION},
	{NCG_LEX_NS "withinPreposition", NCG_WL_WITHIN_PREPOSITION},
	{NCG_LEX_NS "infinitiveMarker", NCG_WL_INFINITIVE_MARKER},
	{NCG_LEX_NS "rangeTo", NCG_WL_RANGE_TO},
	/* review13 */
	{NCG_LEX_NS "relativePronoun", NCG_WL_RELATIVE_PRONOUN},
	{NCG_LEX_NS "openerPreposition", NCG_WL_OPENER_PREPOSITION},
	/* rules49 */
	{NCG_LEX_NS "narrativeFuture", NCG_WL_NARRATIVE_FUTURE},
	{NCG_LEX_NS "stateNoun", NCG_WL_STATE_NOUN},
	/* rules29 */
	{NCG_LEX_NS "appositiveOpener", NCG_WL_APPOSITIVE_OPENER},
	{NCG_LEX_NS "placeLabel", NCG_WL_PLACE_LABEL},
	/* rules31 */
	{NCG_LEX_NS "rangeQuantifier", NCG_WL_RANGE_QUANTIFIER},
	{NCG_LEX_NS "topicNoun", NCG_WL_TOPIC_NOUN},
	{NCG_LEX_NS "rangeFrom", NCG_WL_RANGE_FROM},
	{NCG_LEX_NS "seriesAdjective", NCG_WL_SERIES_ADJECTIVE},
	{NCG_LEX_NS "givenNameEnd", NCG_WL_GIVEN_NAME_END},
	/* rules33 */
	{NCG_LEX_NS "jointTalkVerb", NCG_WL_JOINT_TALK_VERB},
	{NCG_LEX_NS "unitHead", NCG_WL_UNIT_HEAD},
	{NCG_LEX_NS "memberPlural", NCG_WL_MEMBER_PLURAL},
	/* rules37 */
	{NCG_LEX_NS "metVerb", NCG_WL_MET_VERB},
	{NCG_LEX_NS "definiteArticle", NCG_WL_DEFINITE_ARTICLE},
	{NCG_LEX_NS "headOf", NCG_WL_HEAD_OF},
	/* rules42 */
	{NCG_LEX_NS "headlineVerb", NCG_WL_HEADLINE_VERB},
	{NCG_LEX_NS "headlineObjectVerb", NCG_WL_HEADLINE_OBJECT_VERB},
	{NCG_LEX_NS "pairConjunction", NCG_WL_PAIR_CONJUNCTION},
	{NCG_LEX_NS "countingInfinitive", NCG_WL_COUNTING_INFINITIVE},
	{NCG_LEX_NS "originNoun", NCG_WL_ORIGIN_NOUN},
	/* rules44 */
	{NCG_LEX_NS "lowerBodyHead", NCG_WL_LOWER_BODY_HEAD},
	{NCG_LEX_NS "visitPrincipalVerb", NCG_WL_VISIT_PRINCIPAL_VERB},
	{NCG_LEX_NS "exchangeVerb", NCG_WL_EXCHANGE_VERB},
	{NCG_LEX_NS "visitorModifier", NCG_WL_VISITOR_MODIFIER},
	{NCG_LEX_NS "regionNoun", NCG_WL_REGION_NOUN},
	{NCG_LEX_NS "pressAppearance", NCG_WL_PRESS_APPEARANCE},
	/* rules50 */
	{NCG_LEX_NS "mediaHead", NCG_WL_MEDIA_HEAD},
	/* rules52 */
	{NCG_LEX_NS "militaryUnitHead", NCG_WL_MILITARY_UNIT_HEAD},
	/* rules54 */
	{NCG_LEX_NS "frameAdverb", NCG_WL_FRAME_ADVERB},
	/* rules60 */
	{NCG_LEX_NS "classifierCue", NCG_WL_CLASSIFIER_CUE},
	{NCG_LEX_NS "partyHead", NCG_WL_PARTY_HEAD},
	{NCG_LEX_NS "privatePersonNoun", NCG_WL_PRIVATE_PERSON_NOUN},
	/* rules58 */
	{NCG_LEX_NS "portfolioWord", NCG_WL_PORTFOLIO_WORD},
	{NCG_LEX_NS "companyNoun", NCG_WL_COMPANY_NOUN},
	/* rules340 */
	{NCG_LEX_NS "companyListOpener", NCG_WL_COMPANY_LIST_OPENER},
	{NCG_LEX_NS "companyPeopleCue", NCG_WL_COMPANY_PEOPLE_CUE},
	/* rules346 */
	{NCG_LEX_NS "tradeShowNoun", NCG_WL_TRADE_SHOW_NOUN},
	{NCG_LEX_NS "schoolingCue", NCG_WL_SCHOOLING_CUE},
	{NCG_LEX_NS "headConnector", NCG_WL_HEAD_CONNECTOR},
	{NCG_LEX_NS "schoolingVerb", NCG_WL_SCHOOLING_VERB},
	{NCG_LEX_NS "schoolHead", NCG_WL_SCHOOL_HEAD},
	{NCG_LEX_NS "policeHead", NCG_WL_POLICE_HEAD},
	{NCG_LEX_NS "policeGenericWord", NCG_WL_POLICE_GENERIC_WORD},
	{NCG_LEX_NS "militaryPoliceWord", NCG_WL_MILITARY_POLICE_WORD},
	{NCG_LEX_NS "backgroundCue", NCG_WL_BACKGROUND_CUE},
	{NCG_LEX_NS "nonPersonHead", NCG_WL_NON_PERSON_HEAD},
	/* rules65 */
	{NCG_LEX_NS "companyHead", NCG_WL_COMPANY_HEAD},
	{NCG_LEX_NS "allianceState", NCG_WL_ALLIANCE_STATE},
	{NCG_LEX_NS "surfacePreposition", NCG_WL_SURFACE_PREPOSITION},
	{NCG_LEX_NS "surfacePlaceHead", NCG_WL_SURFACE_PLACE_HEAD},
	{NCG_LEX_NS "firstTimeCue", NCG_WL_FIRST_TIME_CUE},
	/* rules66 */
	{NCG_LEX_NS "seriesExchangeVerb", NCG_WL_SERIES_EXCHANGE_VERB},
	{NCG_LEX_NS "seriesExchangeNoun", NCG_WL_SERIES_EXCHANGE_NOUN},
	{NCG_LEX_NS "seriesExchangePreposition", NCG_WL_SERIES_EXCHANGE_PREP},
	/* rules69 */
	{NCG_LEX_NS "continuationCue", NCG_WL_CONTINUATION_CUE},
	{NCG_LEX_NS "classNoun", NCG_WL_CLASS_NOUN},
	/* rules235 */
	{NCG_LEX_NS "countedAgendaNoun", NCG_WL_COUNTED_AGENDA_NOUN},
	{NCG_LEX_NS "agendaCountWord", NCG_WL_AGENDA_COUNT_WORD},
	{NCG_LEX_NS "eventUmbrellaNoun", NCG_WL_EVENT_UMBRELLA_NOUN},
	/* rules250 */
	{NCG_LEX_NS "examplePresentingVerb", NCG_WL_EXAMPLE_PRESENTING_VERB},
	{NCG_LEX_NS "exampleClassNoun", NCG_WL_EXAMPLE_CLASS_NOUN},
	{NCG_LEX_NS "discussionListVerb", NCG_WL_DISCUSSION_LIST_VERB},
	{NCG_LEX_NS "discussionEmphasisCue", NCG_WL_DISCUSSION_EMPHASIS_CUE},
	/* rules369 */
	{NCG_LEX_NS "recapDemonstrative", NCG_WL_RECAP_DEMONSTRATIVE},
	{NCG_LEX_NS "recapListVerb", NCG_WL_RECAP_LIST_VERB},
	/* rules221 */
	{NCG_LEX_NS "exerciseClassNoun", NCG_WL_EXERCISE_CLASS_NOUN},
	{NCG_LEX_NS "exampleOpener", NCG_WL_EXAMPLE_OPENER},
	/* fix69 */
	{NCG_LEX_NS "exampleVetoCue", NCG_WL_EXAMPLE_VETO_CUE},
	{NCG_LEX_NS "bracketDayGlue", NCG_WL_BRACKET_DAY_GLUE},
	{NCG_LEX_NS "meansNoun", NCG_WL_MEANS_NOUN},
	{NCG_LEX_NS "bareVerb", NCG_WL_BARE_VERB},
	/* rules68 */
	{NCG_LEX_NS "memberNoun", NCG_WL_MEMBER_NOUN},
	/* rules71 */
	{NCG_LEX_NS "standingAuxiliary", NCG_WL_STANDING_AUX},
	{NCG_LEX_NS "koreanSurname", NCG_WL_KOREAN_SURNAME},
	{NCG_LEX_NS "lowerNameSyllable", NCG_WL_LOWER_SYLLABLE},
	/* rules70 */
	{NCG_LEX_NS "datelineRegion", NCG_WL_DATELINE_REGION},
	/* rules75 */
	{NCG_LEX_NS "sharedComplementPrep", NCG_WL_SHARED_COMPLEMENT_PREP},
	{NCG_LEX_NS "pageMarking", NCG_WL_PAGE_MARKING},
	{NCG_LEX_NS "noIssueDateLabel", NCG_WL_NO_ISSUE_DATE_LABEL},
	{NCG_LEX_NS "republisherName", NCG_WL_REPUBLISHER_NAME},
	{NCG_LEX_NS "storeDateLabel", NCG_WL_STORE_DATE_LABEL},
	{NCG_LEX_NS "pageDateLabel", NCG_WL_PAGE_DATE_LABEL},
	/* rules135 */
	{NCG_LEX_NS "releaseDateCue", NCG_WL_RELEASE_DATE_CUE},
	{NCG_LEX_NS "correlativeSecond", NCG_WL_CORRELATIVE_SECOND},
	{NCG_LEX_NS "cableRunInKey", NCG_WL_CABLE_RUN_IN_KEY},
	/* rules88 */
	{NCG_LEX_NS "signingVerb", NCG_WL_SIGNING_VERB},
	{NCG_LEX_NS "agreementNoun", NCG_WL_AGREEMENT_NOUN},
	{NCG_LEX_NS "classOpener", NCG_WL_CLASS_OPENER},
	/* rules90 */
	{NCG_LEX_NS "fieldOpener", NCG_WL_FIELD_OPENER},
	{NCG_LEX_NS "rangeVerb", NCG_WL_RANGE_VERB},
	{NCG_LEX_NS "rangeQuantity", NCG_WL_RANGE_QUANTITY},
	/* fix183 */
	{NCG_LEX_NS "clauseFieldOpener", NCG_WL_CLAUSE_FIELD_OPENER},
	{NCG_LEX_NS "clauseFieldModal", NCG_WL_CLAUSE_FIELD_MODAL},
	{NCG_LEX_NS "cooperationVerb", NCG_WL_COOPERATION_VERB},
	{NCG_LEX_NS "speakerPronoun", NCG_WL_SPEAKER_PRONOUN},
	{NCG_LEX_NS "speakerAdverb", NCG_WL_SPEAKER_ADVERB},
	/* review22 */
	{NCG_LEX_NS "negationWord", NCG_WL_NEGATION_WORD},
	/* rules106 */
	{NCG_LEX_NS "groupNoun", NCG_WL_GROUP_NOUN},
	/* rules105 */
	{NCG_LEX_NS "recordHeading", NCG_WL_RECORD_HEADING},
	{NCG_LEX_NS "recordPlaceKey", NCG_WL_RECORD_PLACE_KEY},
	{NCG_LEX_NS "recordDateKey", NCG_WL_RECORD_DATE_KEY},
	{NCG_LEX_NS "recordSubjectKey", NCG_WL_RECORD_SUBJECT_KEY},
	{NCG_LEX_NS "cableReferenceKey", NCG_WL_CABLE_REFERENCE_KEY},
	{NCG_LEX_NS "unheldRecordCue", NCG_WL_UNHELD_RECORD_CUE},
	/* rules117 */
	{NCG_LEX_NS "reflexivePronoun", NCG_WL_REFLEXIVE_PRONOUN},
	/* rules78 */
	{NCG_LEX_NS "soleOfficeHonorific", NCG_WL_SOLE_OFFICE_HONORIFIC},
	/* rules73 */
	{NCG_LEX_NS "earlierDayOpener", NCG_WL_EARLIER_DAY_OPENER},
	/* rules74 */
	{NCG_LEX_NS "officialNoun", NCG_WL_OFFICIAL_NOUN},
	/* rules77 */
	{NCG_LEX_NS "ingNoun", NCG_WL_ING_NOUN},
	/* rules76 */
	{NCG_LEX_NS "captionMeetingVerb", NCG_WL_CAPTION_MEETING_VERB},
	{NCG_LEX_NS "betweenWord", NCG_WL_BETWEEN_WORD},
	/* rules87 */
	{NCG_LEX_NS "listCoordinator", NCG_WL_LIST_COORDINATOR},
	{NCG_LEX_NS "sequelVerb", NCG_WL_SEQUEL_VERB},
	/* rules91 */
	{NCG_LEX_NS "venueWord", NCG_WL_VENUE_WORD},
	{NCG_LEX_NS "officeAbbreviation", NCG_WL_OFFICE_ABBREVIATION},
	/* rules104 */
	{NCG_LEX_NS "cableHeaderKey", NCG_WL_CABLE_HEADER_KEY},
	/* rules118 */
	{NCG_LEX_NS "recordTransmittal", NCG_WL_RECORD_TRANSMITTAL},
	{NCG_LEX_NS "surnameParticle", NCG_WL_SURNAME_PARTICLE},
	{NCG_LEX_NS "patronymicParticle", NCG_WL_PATRONYMIC_PARTICLE},
	/* rules119 */
	{NCG_LEX_NS "resolutionVerb", NCG_WL_RESOLUTION_VERB},
	{NCG_LEX_NS "followsCue", NCG_WL_FOLLOWS_CUE},
	{NCG_LEX_NS "enumerationAdverb", NCG_WL_ENUMERATION_ADVERB},
	{NCG_LEX_NS "undertakingModal", NCG_WL_UNDERTAKING_MODAL},
	/* rules120 */
	{NCG_LEX_NS "urgeVerb", NCG_WL_URGE_VERB},
	{NCG_LEX_NS "writerObjectVerb", NCG_WL_WRITER_OBJECT_VERB},
	{NCG_LEX_NS "writerCallVerb", NCG_WL_WRITER_CALL_VERB},
	/* rules157 */
	{NCG_LEX_NS "briefingVerb", NCG_WL_BRIEFING_VERB},
	/* fixO */
	{NCG_LEX_NS "envoyTitle", NCG_WL_ENVOY_TITLE},
	{NCG_LEX_NS "recordKind", NCG_WL_RECORD_KIND},
	{NCG_LEX_NS "stanceNoun", NCG_WL_STANCE_NOUN},
	{NCG_LEX_NS "followingText", NCG_WL_FOLLOWING_TEXT},
	{NCG_LEX_NS "writerPossessive", NCG_WL_WRITER_POSSESSIVE},
	{NCG_LEX_NS "callRefusal", NCG_WL_CALL_REFUSAL},
	{NCG_LEX_NS "visitorCallVerb", NCG_WL_VISITOR_CALL_VERB},
	/* rules122 */
	{NCG_LEX_NS "cableRoutingKey", NCG_WL_CABLE_ROUTING_KEY},
	{NCG_LEX_NS "jointSenders", NCG_WL_JOINT_SENDERS},
	{NCG_LEX_NS "scopeTail", NCG_WL_SCOPE_TAIL},
	{NCG_LEX_NS "forcesNoun", NCG_WL_FORCES_NOUN},
	{NCG_LEX_NS "rankedPostHead", NCG_WL_RANKED_POST_HEAD},
	/* rules123 */
	{NCG_LEX_NS "callNounPhrase", NCG_WL_CALL_NOUN_PHRASE},
	/* rules128 */
	{NCG_LEX_NS "quantityUnit", NCG_WL_QUANTITY_UNIT},
	/* rules126 */
	{NCG_LEX_NS "callNounOpener", NCG_WL_CALL_NOUN_OPENER},
	{NCG_LEX_NS "objectPronoun", NCG_WL_OBJECT_PRONOUN},
	/* rules130 */
	{NCG_LEX_NS "departmentShortName", NCG_WL_DEPARTMENT_SHORT},
	/* rules133 */
	{NCG_LEX_NS "cableTalkNoun", NCG_WL_CABLE_TALK_NOUN},
	{NCG_LEX_NS "talkVerb", NCG_WL_TALK_VERB},
	{NCG_LEX_NS "irregularPast", NCG_WL_IRREGULAR_PAST},
	/* rules134 */
	{NCG_LEX_NS "meetingLemma", NCG_WL_MEETING_LEMMA},
	{NCG_LEX_NS "behestNoun", NCG_WL_BEHEST_NOUN},
	/* fix42 */
	{NCG_LEX_NS "serviceSuffix", NCG_WL_SERVICE_SUFFIX},
	/* rules138 */
	{NCG_LEX_NS "pairMeetingNoun", NCG_WL_PAIR_MEETING_NOUN},
	{NCG_LEX_NS "visitWithNoun", NCG_WL_VISIT_WITH_NOUN},
	{NCG_LEX_NS "followingReleaseCue", NCG_WL_FOLLOWING_RELEASE_CUE},
	/* rules141 */
	{NCG_LEX_NS "buildingBodyHead", NCG_WL_BUILDING_BODY_HEAD},
	{NCG_LEX_NS "bodyRankNoun", NCG_WL_BODY_RANK_NOUN},
	{NCG_LEX_NS "residenceHead", NCG_WL_RESIDENCE_HEAD},
	/* rules139 */
	{NCG_LEX_NS "visitSpanGlue", NCG_WL_VISIT_SPAN_GLUE},
	/* rules143 */
	{NCG_LEX_NS "freeRelative", NCG_WL_FREE_RELATIVE},
	{NCG_LEX_NS "civilTitleHead", NCG_WL_CIVIL_TITLE_HEAD},
	/* fixG */
	{NCG_LEX_NS "subjectRelative", NCG_WL_SUBJECT_RELATIVE},
	/* rules147 */
	{NCG_LEX_NS "daySpanLead", NCG_WL_DAY_SPAN_LEAD},
	/* rules152 */
	{NCG_LEX_NS "sharedBodyHead", NCG_WL_SHARED_BODY_HEAD},
	/* rules154 */
	{NCG_LEX_NS "telegramSenderCue", NCG_WL_TELEGRAM_SENDER_CUE},
	{NCG_LEX_NS "objectOpener", NCG_WL_OBJECT_OPENER},
	/* fixJ */
	{NCG_LEX_NS "bodyHeadTitle", NCG_WL_BODY_HEAD_TITLE},
	/* fixM */
	{NCG_LEX_NS "soleBodyHead", NCG_WL_SOLE_BODY_HEAD},
	/* fixN */
	{NCG_LEX_NS "cableAbbreviation", NCG_WL_CABLE_ABBREVIATION},
	/* rules156 */
	{NCG_LEX_NS "pastSpeechVerb", NCG_WL_PAST_SPEECH_VERB},
	/* rules160 */
	{NCG_LEX_NS "resolutionName", NCG_WL_RESOLUTION_NAME},
	{NCG_LEX_NS "laterEventCue", NCG_WL_LATER_EVENT_CUE},
	{NCG_LEX_NS "recallCue", NCG_WL_RECALL_CUE},
	/* rules172 */
	{NCG_LEX_NS "firmHead", NCG_WL_FIRM_HEAD},
	{NCG_LEX_NS "regionName", NCG_WL_REGION_NAME},
	/* rules176 */
	{NCG_LEX_NS "crossReference", NCG_WL_CROSS_REFERENCE},
	{NCG_LEX_NS "channelCue", NCG_WL_CHANNEL_CUE},
	{NCG_LEX_NS "recallOpener", NCG_WL_RECALL_OPENER},
	/* rules177 */
	{NCG_LEX_NS "archiveHead", NCG_WL_ARCHIVE_HEAD},
	{NCG_LEX_NS "contributorCredit", NCG_WL_CONTRIBUTOR_CREDIT},
	/* fixX */
	{NCG_LEX_NS "summaryWord", NCG_WL_SUMMARY_WORD},
	{NCG_LEX_NS "summaryEnd", NCG_WL_SUMMARY_END},
	/* fixY */
	{NCG_LEX_NS "ownSideTalk", NCG_WL_OWN_SIDE_TALK},
	/* rules189, review54 */
	{NCG_LEX_NS "subjectVisitNoun", NCG_WL_SUBJECT_VISIT_NOUN},
	{NCG_LEX_NS "subjectVisitLink", NCG_WL_SUBJECT_VISIT_LINK},
	{NCG_LEX_NS "cableSubjectUnheldCue", NCG_WL_CABLE_SUBJECT_UNHELD},
	{NCG_LEX_NS "cableSubjectUsTitle", NCG_WL_CABLE_SUBJECT_US_TITLE},
	/* fixQ */
	{NCG_LEX_NS "calendarName", NCG_WL_CALENDAR_NAME},
	/* rules168 */
	{NCG_LEX_NS "antecedentPronoun", NCG_WL_ANTECEDENT_PRONOUN},
	{NCG_LEX_NS "pastChance", NCG_WL_PAST_CHANCE},
	{NCG_LEX_NS "chanceTalkVerb", NCG_WL_CHANCE_TALK_VERB},
	{NCG_LEX_NS "meetingTopicOpener", NCG_WL_MEETING_TOPIC_OPENER},
	/* fixU */
	{NCG_LEX_NS "eventNoun", NCG_WL_EVENT_NOUN},
	/* rules217 */
	{NCG_LEX_NS "seatedPostHead", NCG_WL_SEATED_POST_HEAD},
	{NCG_LEX_NS "postSeatPreposition", NCG_WL_POST_SEAT_PREPOSITION},
	{NCG_LEX_NS "titleObjectHead", NCG_WL_TITLE_OBJECT_HEAD},
	{NCG_LEX_NS "titleObjectFor", NCG_WL_TITLE_OBJECT_FOR},   /* rules243 */
	{NCG_LEX_NS "releaseLabel", NCG_WL_RELEASE_LABEL},        /* rules243 */
	/* rules219 */
	{NCG_LEX_NS "creditOpener", NCG_WL_CREDIT_OPENER},
	{NCG_LEX_NS "serviceAssetNoun", NCG_WL_SERVICE_ASSET_NOUN},
	/* rules220 */
	{NCG_LEX_NS "officeSubjectNoun", NCG_WL_OFFICE_SUBJECT_NOUN},
	{NCG_LEX_NS "rankedOfficeNoun", NCG_WL_RANKED_OFFICE_NOUN},
	{NCG_LEX_NS "officeRankWord", NCG_WL_OFFICE_RANK_WORD},
	{NCG_LEX_NS "purposeTalkOpener", NCG_WL_PURPOSE_TALK_OPENER},
	/* fix68 */
	{NCG_LEX_NS "welcomeTargetPreposition", NCG_WL_WELCOME_TARGET_PREP},
	{NCG_LEX_NS "contrastCoordinator", NCG_WL_CONTRAST_COORDINATOR},
	{NCG_LEX_NS "meetingWishCue", NCG_WL_MEETING_WISH_CUE},
	{NCG_LEX_NS "reportDocumentNoun", NCG_WL_REPORT_DOCUMENT_NOUN},
	/* rules169 */
	{NCG_LEX_NS "writerAddressVerb", NCG_WL_WRITER_ADDRESS_VERB},
	/* rules173 */
	{NCG_LEX_NS "visitSpanPreposition", NCG_WL_VISIT_SPAN_PREP},
	{NCG_LEX_NS "visitSpanSuffix", NCG_WL_VISIT_SPAN_SUFFIX},
	/* rules174 */
	{NCG_LEX_NS "pressAudience", NCG_WL_PRESS_AUDIENCE},
	{NCG_LEX_NS "pressTalkVerb", NCG_WL_PRESS_TALK_VERB},
	/* rules179 */
	{NCG_LEX_NS "sitePreposition", NCG_WL_SITE_PREPOSITION},
	/* rules193 */
	{NCG_LEX_NS "commandHead", NCG_WL_COMMAND_HEAD},
	{NCG_LEX_NS "unitHolderTitle", NCG_WL_UNIT_HOLDER_TITLE},
	/* rules194 */
	{NCG_LEX_NS "reportVerbPresent", NCG_WL_REPORT_VERB_PRESENT},
	{NCG_LEX_NS "cablePresentMeet", NCG_WL_CABLE_PRESENT_MEET},
	{NCG_LEX_NS "photoCreditWord", NCG_WL_PHOTO_CREDIT_WORD},
	/* rules205 */
	{NCG_LEX_NS "conformityCue", NCG_WL_CONFORMITY_CUE},
	/* rules210 */
	{NCG_LEX_NS "pairSubject", NCG_WL_PAIR_SUBJECT},
	/* fix60 */
	{NCG_LEX_NS "otherMeetingCue", NCG_WL_OTHER_MEETING_CUE},
	{NCG_LEX_NS "telegramKeepDot", NCG_WL_TELEGRAM_KEEP_DOT},
	/* rules212 */
	{NCG_LEX_NS "postNominal", NCG_WL_POST_NOMINAL},
	{NCG_LEX_NS "placeLeadWord", NCG_WL_PLACE_LEAD_WORD},
	/* rules214 */
	{NCG_LEX_NS "causeAfterCue", NCG_WL_CAUSE_AFTER_CUE},
	/* fix64 */
	{NCG_LEX_NS "copulaIntentCue", NCG_WL_COPULA_INTENT_CUE},
	{NCG_LEX_NS "dateBoundCue", NCG_WL_DATE_BOUND_CUE},
	{NCG_LEX_NS "hyphenPrefix", NCG_WL_HYPHEN_PREFIX},
	/* rules215 */
	{NCG_LEX_NS "installationWord", NCG_WL_INSTALLATION_WORD},
	/* fix130 */
	{NCG_LEX_NS "unitNameWord", NCG_WL_UNIT_NAME_WORD},
	{NCG_LEX_NS "gatheringVerb", NCG_WL_GATHERING_VERB},
	{NCG_LEX_NS "gatheringGroupModifier", NCG_WL_GATHERING_GROUP_MODIFIER},
	{NCG_LEX_NS "adjectivalGerund", NCG_WL_ADJECTIVAL_GERUND},
	{NCG_LEX_NS "meetingContentVerb", NCG_WL_MEETING_CONTENT_VERB},
	{NCG_LEX_NS "pluralTitleNoun", NCG_WL_PLURAL_TITLE_NOUN},
	/* rules302 */
	{NCG_LEX_NS "priorMeetingWord", NCG_WL_PRIOR_MEETING_WORD},
	/* rules323 */
	{NCG_LEX_NS "presentTravelVerb", NCG_WL_PRESENT_TRAVEL_VERB},
	/* review124 */
	{NCG_LEX_NS "writerRecallCue", NCG_WL_WRITER_RECALL_CUE},
	/* rules326 */
	{NCG_LEX_NS "captionPositionWord", NCG_WL_CAPTION_POSITION},
	/* rules329 */
	{NCG_LEX_NS "seriesVerb", NCG_WL_SERIES_VERB},
	/* fix156 */
	{NCG_LEX_NS "topicBodyHead", NCG_WL_TOPIC_BODY_HEAD},
	/* rules336 */
	{NCG_LEX_NS "briefingNoun", NCG_WL_BRIEFING_NOUN},
	/* fix159 */
	{NCG_LEX_NS "captionBackgroundParticiple", NCG_WL_CAPTION_BACKGROUND},
	{NCG_LEX_NS "archivePhotoWord", NCG_WL_ARCHIVE_PHOTO},
	/* rules337 */
	{NCG_LEX_NS "conjunctAdverb", NCG_WL_CONJUNCT_ADVERB},
	/* fix161 */
	{NCG_LEX_NS "briefingSource", NCG_WL_BRIEFING_SOURCE},
	/* fix162 */
	{NCG_LEX_NS "pluralPossessive", NCG_WL_PLURAL_POSSESSIVE},
	/* fix163 */
	{NCG_LEX_NS "dependantNoun", NCG_WL_DEPENDANT_NOUN},
	{NCG_LEX_NS "pluralOfficeLead", NCG_WL_PLURAL_OFFICE_LEAD},
	{NCG_LEX_NS "officeCompoundPrefix", NCG_WL_OFFICE_COMPOUND},
	{NCG_LEX_NS "hearsayAdverb", NCG_WL_HEARSAY_ADVERB},
	{NCG_LEX_NS "hearsayRaising", NCG_WL_HEARSAY_RAISING},
	{NCG_LEX_NS "hedgedContentCue", NCG_WL_HEDGED_CONTENT_CUE},
	/* fix155 */
	{NCG_LEX_NS "bareHonorificDot", NCG_WL_BARE_HONORIFIC_DOT},
	/* fix141 */
	{NCG_LEX_NS "groundBeforeCue", NCG_WL_GROUND_BEFORE_CUE},
	{NCG_LEX_NS "determinedMeetingNoun", NCG_WL_DETERMINED_MEETING_NOUN},
	{NCG_LEX_NS "determinedNounOpener", NCG_WL_DETERMINED_NOUN_OPENER},
	/* rules228 */
	{NCG_LEX_NS "bareModifierParticiple", NCG_WL_BARE_MODIFIER_PARTICIPLE},
	/* rules236 */
	{NCG_LEX_NS "singularSeriesHead", NCG_WL_SINGULAR_SERIES_HEAD},
	{NCG_LEX_NS "subjectVerbAdverb", NCG_WL_SUBJECT_VERB_ADVERB},
	/* rules242 */
	{NCG_LEX_NS "topicTitleHead", NCG_WL_TOPIC_TITLE_HEAD},
	{NCG_LEX_NS "topicTitlePreposition", NCG_WL_TOPIC_TITLE_PREP},
	/* rules230 */
	{NCG_LEX_NS "justNowAdverb", NCG_WL_JUST_NOW_ADVERB},
	/* fix74 */
	{NCG_LEX_NS "installationPart", NCG_WL_INSTALLATION_PART},
	{NCG_LEX_NS "installationEndWord", NCG_WL_INSTALLATION_END_WORD},
	{NCG_LEX_NS "installationCommonWord", NCG_WL_INSTALLATION_COMMON_WORD},
	/* fix169 */
	{NCG_LEX_NS "personHeadNoun", NCG_WL_PERSON_HEAD_NOUN},
	{NCG_LEX_NS "peerCompoundWord", NCG_WL_PEER_COMPOUND_WORD},
	{NCG_LEX_NS "placeHeadWord", NCG_WL_PLACE_HEAD_WORD},
	{NCG_LEX_NS "bareDayLead", NCG_WL_BARE_DAY_LEAD},
	{NCG_LEX_NS "bareDayEnd", NCG_WL_BARE_DAY_END},
	/* rules253 */
	{NCG_LEX_NS "publicEventHead", NCG_WL_PUBLIC_EVENT_HEAD},
	{NCG_LEX_NS "placeNamedBody", NCG_WL_PLACE_NAMED_BODY},
	/* rules248 */
	{NCG_LEX_NS "civilRankPrefix", NCG_WL_CIVIL_RANK_PREFIX},
	/* fix85 */
	{NCG_LEX_NS "settlementLink", NCG_WL_SETTLEMENT_LINK},
	{NCG_LEX_NS "otherOccasionNoun", NCG_WL_OTHER_OCCASION_NOUN},
	{NCG_LEX_NS "programmeEventNoun", NCG_WL_PROGRAMME_EVENT_NOUN},
	/* fix83 */
	{NCG_LEX_NS "servicePortfolioHead", NCG_WL_SERVICE_PORTFOLIO_HEAD},
	{NCG_LEX_NS "koreanPlaceSuffix", NCG_WL_KOREAN_PLACE_SUFFIX},
	{NCG_LEX_NS "nonCareerPrefix", NCG_WL_NON_CAREER_PREFIX},
	{NCG_LEX_NS "titleNewWord", NCG_WL_TITLE_NEW_WORD},
	{NCG_LEX_NS "slashNumberedHead", NCG_WL_SLASH_NUMBERED_HEAD},
	{NCG_LEX_NS "agoWord", NCG_WL_AGO_WORD},
	{NCG_LEX_NS "speechComplementizer", NCG_WL_SPEECH_COMPLEMENTIZER},
	{NCG_LEX_NS "listCloserWord", NCG_WL_LIST_CLOSER_WORD},
	{NCG_LEX_NS "givenNameAbbreviation", NCG_WL_GIVEN_NAME_ABBREV},
	{NCG_LEX_NS "hostVerb", NCG_WL_HOST_VERB},
	{NCG_LEX_NS "hostGuestNoun", NCG_WL_HOST_GUEST_NOUN},
	{NCG_LEX_NS "hostGuestOrigin", NCG_WL_HOST_GUEST_ORIGIN},
	{NCG_LEX_NS "timeClauseOpener", NCG_WL_TIME_CLAUSE_OPENER},
	/* rules272 */
	{NCG_LEX_NS "initiativeVerb", NCG_WL_INITIATIVE_VERB},
	{NCG_LEX_NS "initiativeNoun", NCG_WL_INITIATIVE_NOUN},
	{NCG_LEX_NS "distributiveCue", NCG_WL_DISTRIBUTIVE_CUE},
	/* rules275 */
	{NCG_LEX_NS "discussionSubjectOpener", NCG_WL_DISCUSSION_SUBJECT_OPENER},
	{NCG_LEX_NS "pledgeCue", NCG_WL_PLEDGE_CUE},
	{NCG_LEX_NS "itemClauseOpener", NCG_WL_ITEM_CLAUSE_OPENER},
	{NCG_LEX_NS "clauseSubjectPronoun", NCG_WL_CLAUSE_SUBJECT_PRONOUN},
	/* fix84 */
	{NCG_LEX_NS "titledGuestHostVerb", NCG_WL_TITLED_GUEST_HOST_VERB},
	/* devreal57 */
	{NCG_LEX_NS "passiveHostVerb", NCG_WL_PASSIVE_HOST_VERB},
	/* fix128 (review111 1) */
	{NCG_LEX_NS "personPassiveVerb", NCG_WL_PERSON_PASSIVE_VERB},
	{NCG_LEX_NS "stanceVerb", NCG_WL_STANCE_VERB},
	/* rules295 */
	{NCG_LEX_NS "shipTypeNoun", NCG_WL_SHIP_TYPE_NOUN},
	{NCG_LEX_NS "shipClassLink", NCG_WL_SHIP_CLASS_LINK},
	{NCG_LEX_NS "shipClassNameWord", NCG_WL_SHIP_CLASS_NAME_WORD},
	/* devreal59 */
	{NCG_LEX_NS "legislatureGroupModifier", NCG_WL_LEGISLATURE_GROUP_MODIFIER},
	{NCG_LEX_NS "titledGuestFollower", NCG_WL_TITLED_GUEST_FOLLOWER},
	/* rules237 */
	{NCG_LEX_NS "pastCourtesy", NCG_WL_PAST_COURTESY},
	{NCG_LEX_NS "courtesyMeet", NCG_WL_COURTESY_MEET},
	/* rules241 */
	{NCG_LEX_NS "heldPronoun", NCG_WL_HELD_PRONOUN},
	/* fix80 */
	{NCG_LEX_NS "holdingVerb", NCG_WL_HOLDING_VERB},
	{NCG_LEX_NS "firstTimeSpan", NCG_WL_FIRST_TIME_SPAN},
	{NCG_LEX_NS "earlierSessionCue", NCG_WL_EARLIER_SESSION_CUE},
	{NCG_LEX_NS "recollectionCue", NCG_WL_RECOLLECTION_CUE},
	/* rules255 */
	{NCG_LEX_NS "cityBodyHead", NCG_WL_CITY_BODY_HEAD},
	{NCG_LEX_NS "cityBodyFollower", NCG_WL_CITY_BODY_FOLLOWER},
	/* fix89 */
	{NCG_LEX_NS "cityBodyNonName", NCG_WL_CITY_BODY_NON_NAME},
	/* rules258 */
	{NCG_LEX_NS "venueHeadWord", NCG_WL_VENUE_HEAD_WORD},
	{NCG_LEX_NS "perfectAuxiliary", NCG_WL_PERFECT_AUX},
	/* rules254 */
	{NCG_LEX_NS "sharedHeadAdjective", NCG_WL_SHARED_HEAD_ADJECTIVE},
	{NCG_LEX_NS "recallDemonstrative", NCG_WL_RECALL_DEMONSTRATIVE},
	{NCG_LEX_NS "chairsSubject", NCG_WL_CHAIRS_SUBJECT},
	{NCG_LEX_NS "chairsCount", NCG_WL_CHAIRS_COUNT},
	{NCG_LEX_NS "pillarNoun", NCG_WL_PILLAR_NOUN},
	/* fix91 */
	{NCG_LEX_NS "pillarVerb", NCG_WL_PILLAR_VERB},
	{NCG_LEX_NS "pillarPreposition", NCG_WL_PILLAR_PREPOSITION},
	{NCG_LEX_NS "purposeVerb", NCG_WL_PURPOSE_VERB},
	{NCG_LEX_NS "countedChairs", NCG_WL_COUNTED_CHAIRS},
	{NCG_LEX_NS "callPaidVerb", NCG_WL_CALL_PAID_VERB},
	{NCG_LEX_NS "callHostVerb", NCG_WL_CALL_HOST_VERB},
	{NCG_LEX_NS "courtesyVisitNoun", NCG_WL_COURTESY_VISIT_NOUN},
	{NCG_LEX_NS "apartSigningCue", NCG_WL_APART_SIGNING_CUE},
	/* fix87 */
	{NCG_LEX_NS "jointActNoun", NCG_WL_JOINT_ACT_NOUN},
	{NCG_LEX_NS "pastOfficeWord", NCG_WL_PAST_OFFICE_WORD},
	{NCG_LEX_NS "lowerNameParticle", NCG_WL_LOWER_NAME_PARTICLE},
	{NCG_LEX_NS "phraseBodyHead", NCG_WL_PHRASE_BODY_HEAD},
	{NCG_LEX_NS "phraseHeadBranch", NCG_WL_PHRASE_HEAD_BRANCH},
	{NCG_LEX_NS "adjectiveRank", NCG_WL_ADJECTIVE_RANK},
	/* rules262 */
	{NCG_LEX_NS "tripPartNoun", NCG_WL_TRIP_PART_NOUN},
	/* fix92 */
	{NCG_LEX_NS "stateName", NCG_WL_STATE_NAME},
	{NCG_LEX_NS "seniorSuffix", NCG_WL_SENIOR_SUFFIX},
	{NCG_LEX_NS "namesakeFatherNoun", NCG_WL_NAMESAKE_FATHER_NOUN},
	{NCG_LEX_NS "componentNoun", NCG_WL_COMPONENT_NOUN},
	/* fix94 */
	{NCG_LEX_NS "militaryUnitModifier", NCG_WL_MILITARY_UNIT_MODIFIER},
	{NCG_LEX_NS "stationVerb", NCG_WL_STATION_VERB},
	/* fix95 */
	{NCG_LEX_NS "footerCreditTail", NCG_WL_FOOTER_CREDIT_TAIL},
	/* rules267 */
	{NCG_LEX_NS "successionCue", NCG_WL_SUCCESSION_CUE},
	{NCG_LEX_NS "vesselRetireVerb", NCG_WL_VESSEL_RETIRE_VERB},
	{NCG_LEX_NS "memberBodyHead", NCG_WL_MEMBER_BODY_HEAD},
	{NCG_LEX_NS "gatheredMember", NCG_WL_GATHERED_MEMBER},
	/* fix97 */
	{NCG_LEX_NS "societyHead", NCG_WL_SOCIETY_HEAD},
	{NCG_LEX_NS "candidacyNoun", NCG_WL_CANDIDACY_NOUN},
	{NCG_LEX_NS "vesselRetireTimed", NCG_WL_VESSEL_RETIRE_TIMED},
	/* fix113 */
	{NCG_LEX_NS "ratingOrdinal", NCG_WL_RATING_ORDINAL},
	{NCG_LEX_NS "ratingClass", NCG_WL_RATING_CLASS},
	{NCG_LEX_NS "shipPrefix", NCG_WL_SHIP_PREFIX},
	/* fix116 */
	{NCG_LEX_NS "occasionCue", NCG_WL_OCCASION_CUE},
	{NCG_LEX_NS "ratingHead", NCG_WL_RATING_HEAD},
	/* rules280 */
	{NCG_LEX_NS "eventFrameCue", NCG_WL_EVENT_FRAME_CUE},
	{NCG_LEX_NS "framedEventNoun", NCG_WL_FRAMED_EVENT_NOUN},
	{NCG_LEX_NS "goalScopePreposition", NCG_WL_GOAL_SCOPE_PREPOSITION},
	/* rules281 */
	{NCG_LEX_NS "personnelNoun", NCG_WL_PERSONNEL_NOUN},
	/* review108 */
	{NCG_LEX_NS "anchorState", NCG_WL_ANCHOR_STATE},
	{NCG_LEX_NS "stateOwnWord", NCG_WL_STATE_OWN_WORD},
	/* rules266 */
	{NCG_LEX_NS "facilityHead", NCG_WL_FACILITY_HEAD},
	/* rules265 */
	{NCG_LEX_NS "sessionBodyHead", NCG_WL_SESSION_BODY_HEAD},
	{NCG_LEX_NS "sessionDecisionVerb", NCG_WL_SESSION_DECISION_VERB},
	{NCG_LEX_NS "sessionBodyModifier", NCG_WL_SESSION_BODY_MODIFIER},
	{NCG_LEX_NS "noSessionCue", NCG_WL_NO_SESSION_CUE},
	/* rules264 */
	{NCG_LEX_NS "decisionLeadVerb", NCG_WL_DECISION_LEAD_VERB},
	{NCG_LEX_NS "decisionItemVerb", NCG_WL_DECISION_ITEM_VERB},
	{NCG_LEX_NS "decisionItemStop", NCG_WL_DECISION_ITEM_STOP},
	{NCG_LEX_NS "gerundFrame", NCG_WL_GERUND_FRAME},
	/* fix98 */
	{NCG_LEX_NS "nonGerund", NCG_WL_NON_GERUND},
	{NCG_LEX_NS "facilityBuildNoun", NCG_WL_FACILITY_BUILD_NOUN},
	{NCG_LEX_NS "builtFacilityHead", NCG_WL_BUILT_FACILITY_HEAD},
	/* fix105 */
	{NCG_LEX_NS "civicFacilityWord", NCG_WL_CIVIC_FACILITY_WORD},
	{NCG_LEX_NS "bareRank", NCG_WL_BARE_RANK},
	/* review97 */
	{NCG_LEX_NS "unitCompanyAbbreviation", NCG_WL_UNIT_COMPANY_ABBREVIATION},
	/* fix109 */
	{NCG_LEX_NS "titleToHead", NCG_WL_TITLE_TO_HEAD},
	/* fix117 */
	{NCG_LEX_NS "titleHostPreposition", NCG_WL_TITLE_HOST_PREPOSITION},
	{NCG_LEX_NS "bodyPlaceLink", NCG_WL_BODY_PLACE_LINK},
	/* rules283 */
	{NCG_LEX_NS "goalStanceNoun", NCG_WL_GOAL_STANCE_NOUN},
	{NCG_LEX_NS "sharedGoalNoun", NCG_WL_SHARED_GOAL_NOUN},
	{NCG_LEX_NS "sidePreposition", NCG_WL_SIDE_PREPOSITION},
	{NCG_LEX_NS "stationedBodyHead", NCG_WL_STATIONED_BODY_HEAD},
	/* fix119 */
	{NCG_LEX_NS "stationedBodyModifier", NCG_WL_STATIONED_BODY_MODIFIER},
	{NCG_LEX_NS "stationStopWord", NCG_WL_STATION_STOP_WORD},
	{NCG_LEX_NS "topicPlaceNoun", NCG_WL_TOPIC_PLACE_NOUN},
	/* fix123 (review108 6) */
	{NCG_LEX_NS "sideWordsStop", NCG_WL_SIDE_WORDS_STOP},
	{NCG_LEX_NS "peopleOrigin", NCG_WL_PEOPLE_ORIGIN},
	/* fix125 (review109 8) */
	{NCG_LEX_NS "personnelWithPreposition", NCG_WL_PERSONNEL_WITH_PREP},
	/* rules287 */
	{NCG_LEX_NS "sponsorParticiple", NCG_WL_SPONSOR_PARTICIPLE},
	/* fix124 (review109 1, 2, 9) */
	{NCG_LEX_NS "postPeopleNoun", NCG_WL_POST_PEOPLE_NOUN},
	{NCG_LEX_NS "postAttendVerb", NCG_WL_POST_ATTEND_VERB},
	{NCG_LEX_NS "postListJoin", NCG_WL_POST_LIST_JOIN},
	/* fix126 */
	{NCG_LEX_NS "attendeeNoun", NCG_WL_ATTENDEE_NOUN},
	/* sealed53 (review111 1): met_people_from */
	{NCG_LEX_NS "peopleSideNoun", NCG_WL_PEOPLE_SIDE_NOUN},
	/* fix143 (review120 1): parent_unit_end */
	{NCG_LEX_NS "subunitHead", NCG_WL_SUBUNIT_HEAD},
	{NCG_LEX_NS "parentUnitHead", NCG_WL_PARENT_UNIT_HEAD},
	/* rules319: side_members_met */
	{NCG_LEX_NS "sideMemberNoun", NCG_WL_SIDE_MEMBER_NOUN},
	{NCG_LEX_NS "sideMemberOf", NCG_WL_SIDE_MEMBER_OF},
	/* rules321: cue_talks_subject */
	{NCG_LEX_NS "clauseSubordinator", NCG_WL_CLAUSE_SUBORDINATOR},
	/* rules320 */
	{NCG_LEX_NS "invertedBodyHead", NCG_WL_INVERTED_BODY_HEAD},
	{NCG_LEX_NS "areaSuffixedHead", NCG_WL_AREA_SUFFIXED_HEAD},
	/* fix150 (review123 1) */
	{NCG_LEX_NS "invertedBodyState", NCG_WL_INVERTED_BODY_STATE},
	/* rules354: agenda_start */
	{NCG_LEX_NS "relationOpener", NCG_WL_RELATION_OPENER},
	/* rules358: range_word_items */
	{NCG_LEX_NS "boundWordPair", NCG_WL_BOUND_WORD_PAIR},
	/* rules355: stretch_bound_with */
	{NCG_LEX_NS "stretchBoundVerb", NCG_WL_STRETCH_BOUND_VERB},
	/* fix172 (review140 7): service_body_at */
	{NCG_LEX_NS "serviceSiteNoun", NCG_WL_SERVICE_SITE_NOUN},
	/* fix174 (review142 1): range_words */
	{NCG_LEX_NS "nonTopicWord", NCG_WL_NON_TOPIC_WORD},
	/* fix174 (review142 3): commitment_before */
	{NCG_LEX_NS "wishVerb", NCG_WL_WISH_VERB},
	/* fix175 (review141 1): gathering_elsewhere */
	{NCG_LEX_NS "gatheringNameNoun", NCG_WL_GATHERING_NAME_NOUN},
	/* rules368: elided_owner_object */
	{NCG_LEX_NS "elidedOwnerHead", NCG_WL_ELIDED_OWNER_HEAD},
	/* fix179 (review147 1): discussion_with_frame */
	{NCG_LEX_NS "topicSettingCue", NCG_WL_TOPIC_SETTING_CUE},
	/* fix180 (review146 6): other_companies_at */
	/* fix180 (review146 2): slash_credit */
	{NCG_LEX_NS "slashCreditWord", NCG_WL_SLASH_CREDIT_WORD},
	/* fix184 (review150 1-4): restated_pair_place */
	{NCG_LEX_NS "durationUnit", NCG_WL_DURATION_UNIT},
	/* fix184 (review150 3): place_after */
	{NCG_LEX_NS "viewpointNoun", NCG_WL_VIEWPOINT_NOUN},
	/* fix185 (review151 4): run_company_at */
	{NCG_LEX_NS "companyLeaderTitle", NCG_WL_COMPANY_LEADER_TITLE},
};

enum { F_LABEL, F_ALT, F_ACRONYM, F_CUE, F_PREFIX, F_ADJECTIVE, F_COUNTRY,
       F_PART_OF, F_BROADER, F_SEAT, F_BODY_NAME,
       F_WIRE_AGENCY };

static const struct {
	const char *iri;
	int field;
} FIELDS[] = {
	{NCG_RDFS_NS "label", F_LABEL},
	{NCG_SKOS_NS "prefLabel", F_LABEL},
	{NCG_SKOS_NS "altLabel", F_ALT},
	{NCG_NS "acronym", F_ACRONYM},
	{NCG_LEX_NS "cue", F_CUE},
	{NCG_LEX_NS "prefix", F_PREFIX},
	{NCG_LEX_NS "seriesName", F_PREFIX},
	{NCG_LEX_NS "adjective", F_ADJECTIVE},
	{NCG_NS "country", F_COUNTRY},
	{NCG_NS "partOf", F_PART_OF},
	{NCG_LEX_NS "inCity", F_PART_OF},     /* a place's city: a district's */
	{NCG_SKOS_NS "broader", F_BROADER},
	{NCG_LEX_NS "seat", F_SEAT},          /* a body's building, as a place */
	{NCG_LEX_NS "sameNamedBody", F_BODY_NAME}, /* fixJ: a state's */
	{NCG_LEX_NS "wireAgency", F_WIRE_AGENCY}, /* fix120: a state's */
};

/* Key of a resource whose IRI is iri (NULL: no resource): its path below
 * base, or its IRI. */
static const char *
iri_key(const char *iri, const char *base)
{
	size_t bl = strlen(base);

	if (!iri)
		return NULL;
	if (strncmp(iri, base, bl) == 0 && iri[bl])
		return iri + bl;
	return iri;
}

static const char *
node_iri(librdf_node *n)
{
	if (!librdf_node_is_resource(n))
		return NULL;
	return (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
}

static const char *
node_literal(librdf_node *n)
{
	if (!librdf_node_is_literal(n))
		return NULL;
	return (const char *)librdf_node_get_literal_value(n);
}

/* The error of a builder that failed while loading `name`. */
static ncg_status
added(ncg_status st, const char *name, ncg_error *err)
{
	if (st == NCG_OK)
		return NCG_OK;
	if (st == NCG_ERR_INTERNAL)
		return ncg_error_set(err, st, name, 0, 0, -1,
		                     "the lexicon is indexed already: load every file first");
	return ncg_error_set(err, st, name, 0, 0, -1, "%s", ncg_strerror(st));
}

/* Add word to the word list WORDLISTS[w], loaded from `name`.  A word of
 * no letters is refused: an empty one would match an empty phrase at
 * every token. */
static ncg_status
add_list_word(ncg_lexicon *lex, size_t w, const char *word, const char *name,
              ncg_error *err)
{
	if (!word[strspn(word, " \t\r\n")])
		return ncg_error_set(err, NCG_ERR_LEXICON, name, 0, 0, -1,
		                     "lex:%s has an empty word \"%s\": a word list's words "
		                     "are one or more words", WORDLISTS[w].iri + strlen(NCG_LEX_NS),
		                     word);
	return added(ncg_lexicon_add_word(lex, WORDLISTS[w].wl, word), name, err);
}

/* Is `p`, an IRI in the lexicon's namespace, a term the loader reads: a
 * word list, a field, a class or a concept scheme's link?  One it does
 * not read is most often a misspelt word list ("lex:progresNoun"), whose
 * words would be lost without a word. */
static int
known_lex_term(const char *p)
{
	for (size_t w = 0; w < sizeof WORDLISTS / sizeof WORDLISTS[0]; w++)
		if (strcmp(p, WORDLISTS[w].iri) == 0)
			return 1;
	for (size_t f = 0; f < sizeof FIELDS / sizeof FIELDS[0]; f++)
		if (strcmp(p, FIELDS[f].iri) == 0)
			return 1;
	for (size_t k = 0; k < sizeof KIND_OF_CLASS / sizeof KIND_OF_CLASS[0]; k++)
		if (strcmp(p, KIND_OF_CLASS[k].iri) == 0)
			return 1;
	return strcmp(p, NCG_LEX_NS "schemeOf") == 0 ||
	       strcmp(p, NCG_LEX_NS "defaultConcept") == 0 ||
	       strcmp(p, NCG_LEX_NS "DrawingText") == 0;
}

/* Refuse a predicate in the lexicon's namespace that no part of the
 * loader reads (known: known_lex_term(p)), naming the file and the term. */
static ncg_status
check_lex_term(const char *p, int known, const char *name, ncg_error *err)
{
	size_t ns = strlen(NCG_LEX_NS);

	if (strncmp(p, NCG_LEX_NS, ns) != 0 || known)
		return NCG_OK;
	return ncg_error_set(err, NCG_ERR_LEXICON, name, 0, 0, -1,
	                     "lex:%s is no term of the lexicon (no word list, field or "
	                     "class of that name; misspelt?)", p + ns);
}

/* ---- the model's statements, read once ---------------------------------- */

#define NWORDLISTS (sizeof WORDLISTS / sizeof WORDLISTS[0])
#define NFIELDS (sizeof FIELDS / sizeof FIELDS[0])

/* What the loader reads in one predicate IRI, found once per predicate
 * of a file, not at every statement of every pass (speed only: the
 * tables hold over three hundred IRIs): known_lex_term, and the indexes
 * of WORDLISTS and FIELDS with that IRI (`all` when there are more than
 * w or f holds: the tables are then searched whole, as before). */
typedef struct {
	int known, all;
	size_t nw, nf;
	size_t w[2], f[2];
} lex_pred;

/* One statement of the model, its strings copied: the model's stream
 * decodes every statement anew at each of the five passes over it, at
 * a cost above the passes' own (speed only: every pass reads the same
 * statements in the same order, the model unchanged in between). */
typedef struct {
	const char *subj;      /* subject IRI; NULL for a blank node */
	const char *pred;      /* predicate IRI; NULL when none */
	const char *obj_iri;   /* object IRI; NULL unless a resource */
	const char *obj_lit;   /* object's literal value; NULL unless a literal */
	const lex_pred *pi;    /* pred's; NULL when pred is */
} lex_stmt;

/* The model's statements in its stream's order.  Owns the copies (arena)
 * and the lex_preds (by IRI in preds); lex_model_free frees them. */
typedef struct {
	lex_stmt *v;
	size_t n, cap;
	ncg_arena *arena;
	ncg_strmap *preds;
} lex_model;

static void
lex_model_free(lex_model *lm)
{
	free(lm->v);
	ncg_arena_free(lm->arena);
	ncg_strmap_free(lm->preds);
}

/* The lex_pred of iri, made the first time; NULL when out of memory. */
static const lex_pred *
pred_info(lex_model *lm, const char *iri)
{
	lex_pred *pi = ncg_strmap_get(lm->preds, iri);

	if (pi)
		return pi;
	if (!(pi = ncg_arena_alloc(lm->arena, sizeof *pi)))
		return NULL;
	pi->known = known_lex_term(iri);
	for (size_t w = 0; w < NWORDLISTS; w++)
		if (strcmp(iri, WORDLISTS[w].iri) == 0) {
			pi->all |= pi->nw == sizeof pi->w / sizeof pi->w[0];
			if (!pi->all)
				pi->w[pi->nw++] = w;
		}
	for (size_t f = 0; f < NFIELDS; f++)
		if (strcmp(iri, FIELDS[f].iri) == 0) {
			pi->all |= pi->nf == sizeof pi->f / sizeof pi->f[0];
			if (!pi->all)
				pi->f[pi->nf++] = f;
		}
	return ncg_strmap_put(lm->preds, iri, pi) == NCG_OK ? pi : NULL;
}

/* *out: a copy of s in lm's arena (NULL for NULL). */
static ncg_status
lex_copy(lex_model *lm, const char *s, const char **out)
{
	*out = s ? ncg_arena_strdup(lm->arena, s) : NULL;
	return s && !*out ? NCG_ERR_NOMEM : NCG_OK;
}

/* Append statement s of the model to lm. */
static ncg_status
lex_model_add(lex_model *lm, librdf_statement *s)
{
	librdf_node *obj = librdf_statement_get_object(s);
	lex_stmt t = {NULL, NULL, NULL, NULL, NULL};
	void *arr = lm->v;

	NCG_TRY(lex_copy(lm, node_iri(librdf_statement_get_subject(s)), &t.subj));
	NCG_TRY(lex_copy(lm, node_iri(librdf_statement_get_predicate(s)), &t.pred));
	NCG_TRY(lex_copy(lm, node_iri(obj), &t.obj_iri));
	NCG_TRY(lex_copy(lm, node_literal(obj), &t.obj_lit));
	if (t.pred && !(t.pi = pred_info(lm, t.pred)))
		return NCG_ERR_NOMEM;
	NCG_TRY(ncg_grow(&arr, &lm->cap, lm->n + 1, sizeof *lm->v));
	lm->v = arr;
	lm->v[lm->n++] = t;
	return NCG_OK;
}

/* lm: the model's statements (NCG_ERR_RDF when its stream cannot be
 * had). */
static ncg_status
lex_model_read(librdf_model *model, lex_model *lm)
{
	librdf_stream *stream;
	ncg_status st = NCG_OK;

	lm->arena = ncg_arena_new();
	lm->preds = ncg_strmap_new();
	if (!lm->arena || !lm->preds)
		return NCG_ERR_NOMEM;
	if (!(stream = librdf_model_as_stream(model)))
		return NCG_ERR_RDF;
	for (; !librdf_stream_end(stream) && st == NCG_OK; librdf_stream_next(stream))
		st = lex_model_add(lm, librdf_stream_get_object(stream));
	librdf_free_stream(stream);
	return st;
}

/* The kind whose entries are of class `cls`, or -1. */
static int
kind_of_class(const char *cls)
{
	for (size_t k = 0; cls && k < sizeof KIND_OF_CLASS / sizeof KIND_OF_CLASS[0]; k++)
		if (strcmp(cls, KIND_OF_CLASS[k].iri) == 0)
			return (int)KIND_OF_CLASS[k].kind;
	return -1;
}

/* A statement about a concept scheme: lex:schemeOf (pass 1) names the
 * kind whose scheme it is; its label and lex:defaultConcept (pass 2). */
static ncg_status
scheme_field(ncg_lexicon *lex, int pass, const char *key, const char *p,
             const lex_stmt *t, const char *base)
{
	if (pass == 1 && strcmp(p, NCG_LEX_NS "schemeOf") == 0) {
		int k = kind_of_class(t->obj_iri);
		ncg_lex_scheme *sc = k < 0 ? NULL : ncg_lexicon_scheme_mut(lex, (ncg_lex_kind)k);

		return sc ? ncg_lexicon_set_ref(lex, &sc->key, key) : NCG_OK;
	}
	for (int k = 0; pass == 2 && k < NCG_LEX__COUNT; k++) {
		ncg_lex_scheme *sc = ncg_lexicon_scheme_mut(lex, (ncg_lex_kind)k);
		const char *lit = t->obj_lit, *ref = iri_key(t->obj_iri, base);

		if (!sc || !sc->key || strcmp(sc->key, key) != 0)
			continue;
		if (lit && (strcmp(p, NCG_SKOS_NS "prefLabel") == 0 ||
		            strcmp(p, NCG_RDFS_NS "label") == 0) &&
		    (!sc->label || strcmp(lit, sc->label) < 0))
			return ncg_lexicon_set_ref(lex, &sc->label, lit);
		if (ref && strcmp(p, NCG_LEX_NS "defaultConcept") == 0)
			return ncg_lexicon_set_ref(lex, &sc->default_key, ref);
	}
	return NCG_OK;
}

/* Pass 0: the entry of kind cls makes of the subject (IRI subj, key);
 * an error when it already has another kind. */
static ncg_status
apply_type(ncg_lexicon *lex, const char *key, const char *subj, const char *cls,
           const char *name, ncg_error *err)
{
	ncg_status st = NCG_OK;
	ncg_lex_entry *e;

	for (size_t k = 0; k < sizeof KIND_OF_CLASS / sizeof KIND_OF_CLASS[0]; k++)
		if (strcmp(cls, KIND_OF_CLASS[k].iri) == 0 &&
		    (st = ncg_lexicon_entry(lex, KIND_OF_CLASS[k].kind, key, &e)) != NCG_OK)
			break;
	if (st == NCG_ERR_LEXICON)
		return ncg_error_set(err, st, name, 0, 0, -1, "<%s> is given two kinds in the lexicon",
		                     subj);
	return st != NCG_OK ? added(st, name, err) : NCG_OK;
}

/* Pass 1: field f of entry e set from the object, a literal lit or an
 * entry's key ref (NULL when the object is not one). */
static ncg_status
apply_field(ncg_lexicon *lex, ncg_lex_entry *e, int f, const char *lit, const char *ref)
{
	ncg_status rc = NCG_OK;

	switch (f) {
	case F_LABEL:
		/* several labels: keep the smallest, for determinism */
		if (lit && (!e->label || strcmp(lit, e->label) < 0)) {
			if (e->label)
				rc = ncg_lexicon_list_add(lex, &e->alt, e->label);
			if (rc == NCG_OK)
				rc = ncg_lexicon_set_label(lex, e, lit);
		} else if (lit) {
			rc = ncg_lexicon_list_add(lex, &e->alt, lit);
		}
		break;
	case F_ALT: if (lit) rc = ncg_lexicon_list_add(lex, &e->alt, lit); break;
	case F_ACRONYM: if (lit) rc = ncg_lexicon_list_add(lex, &e->acronym, lit); break;
	case F_CUE: if (lit) rc = ncg_lexicon_list_add(lex, &e->cue, lit); break;
	case F_BODY_NAME: if (lit) rc = ncg_lexicon_list_add(lex, &e->body_name, lit); break;
	case F_WIRE_AGENCY: if (lit) rc = ncg_lexicon_list_add(lex, &e->wire_agency, lit); break;
	case F_PREFIX: if (lit) rc = ncg_lexicon_list_add(lex, &e->prefix, lit); break;
	case F_ADJECTIVE: if (lit) rc = ncg_lexicon_list_add(lex, &e->adjective, lit); break;
	case F_COUNTRY: if (ref) rc = ncg_lexicon_list_add(lex, &e->country, ref); break;
	case F_PART_OF: if (ref) rc = ncg_lexicon_set_ref(lex, &e->part_of, ref); break;
	case F_BROADER: if (ref) rc = ncg_lexicon_set_ref(lex, &e->broader, ref); break;
	case F_SEAT: if (ref) rc = ncg_lexicon_set_ref(lex, &e->seat, ref); break;
	default: break;
	}
	return rc;
}

/* Pass 1: the words of statement t (predicate p) put in its word lists,
 * and the fields of the entry of subject key set from it. */
static ncg_status
apply_fields(ncg_lexicon *lex, const lex_stmt *t, const char *key, const char *base,
             const char *name, ncg_error *err)
{
	const char *p = t->pred;
	const lex_pred *pi = t->pi;
	ncg_status st = NCG_OK;
	ncg_lex_entry *e;

	for (size_t k = 0; k < (pi->all ? NWORDLISTS : pi->nw) && st == NCG_OK; k++) {
		size_t w = pi->all ? k : pi->w[k];

		if (strcmp(p, WORDLISTS[w].iri) == 0 && t->obj_lit)
			st = add_list_word(lex, w, t->obj_lit, name, err);
	}
	e = ncg_lexicon_entry_mut(lex, key);
	if (!e)
		return st;
	for (size_t k = 0; k < (pi->all ? NFIELDS : pi->nf) && st == NCG_OK; k++) {
		size_t f = pi->all ? k : pi->f[k];

		if (strcmp(p, FIELDS[f].iri) != 0)
			continue;
		st = added(apply_field(lex, e, FIELDS[f].field, t->obj_lit, iri_key(t->obj_iri, base)),
		           name, err);
	}
	return st;
}

/* Statement t in pass `pass` (apply). */
static ncg_status
apply_stmt(ncg_lexicon *lex, const lex_stmt *t, const char *base, int pass,
           const char *name, ncg_error *err)
{
	const char *p = t->pred, *key = iri_key(t->subj, base);
	ncg_status st = NCG_OK;

	if (!p || !key)
		return NCG_OK;
	if (pass > 0)
		st = added(scheme_field(lex, pass, key, p, t, base), name, err);
	if (pass == 2 || st != NCG_OK)
		return st;
	if (pass == 0) {
		st = check_lex_term(p, t->pi->known, name, err);
		if (st == NCG_OK && strcmp(p, NCG_RDF_NS "type") == 0 && t->obj_iri)
			st = apply_type(lex, key, t->subj, t->obj_iri, name, err);
		return st;
	}
	return apply_fields(lex, t, key, base, name, err);
}

/* One pass over the model's statements: types (pass 0), then fields
 * (pass 1), then the fields of concept schemes (pass 2). */
static ncg_status
apply(ncg_lexicon *lex, const lex_model *lm, const char *base, int pass, const char *name,
      ncg_error *err)
{
	ncg_status st = NCG_OK;

	for (size_t i = 0; i < lm->n && st == NCG_OK; i++)
		st = apply_stmt(lex, &lm->v[i], base, pass, name, err);
	return st;
}

/* A text of the drawings found in one file. */
typedef struct {
	char *key, *text;
} found_text;

static ncg_status
collect_text(const lex_model *lm, const char *base, int labels, ncg_strmap *seen,
             found_text **v, size_t *n, size_t *cap)
{
	ncg_status st = NCG_OK;

	for (size_t i = 0; i < lm->n && st == NCG_OK; i++) {
		const lex_stmt *t = &lm->v[i];
		const char *p = t->pred, *key = iri_key(t->subj, base);
		const char *cls = t->obj_iri, *lit = t->obj_lit;
		void *seen_at;
		size_t at;

		if (!p || !key)
			continue;
		if (!labels && !strcmp(p, NCG_RDF_NS "type") && cls &&
		    !strcmp(cls, NCG_LEX_NS "DrawingText") && !ncg_strmap_get(seen, key)) {
			void *arr = *v;

			st = ncg_grow(&arr, cap, *n + 1, sizeof **v);
			if (st != NCG_OK)
				break;
			*v = arr;
			(*v)[*n] = (found_text){strdup(key), NULL};
			if (!(*v)[*n].key)
				st = NCG_ERR_NOMEM;
			else if ((st = ncg_strmap_put(seen, key, (void *)(uintptr_t)(*n + 1))) == NCG_OK)
				(*n)++;
			else
				free((*v)[*n].key);
		} else if (labels && lit &&
		           (!strcmp(p, NCG_RDFS_NS "label") || !strcmp(p, NCG_SKOS_NS "prefLabel")) &&
		           (seen_at = ncg_strmap_get(seen, key)) != NULL) {
			found_text *f;

			at = (size_t)(uintptr_t)seen_at;
			f = &(*v)[at - 1];

			/* several labels: the smallest, for determinism */
			if (!f->text || strcmp(lit, f->text) < 0) {
				char *c = strdup(lit);

				if (!c) {
					st = NCG_ERR_NOMEM;
					break;
				}
				free(f->text);
				f->text = c;
			}
		}
	}
	return st;
}

/* The drawings' texts of one file (lex:DrawingText nodes and their
 * labels), over those of the files loaded before it: a file may relabel
 * some texts and leave the rest.  A node with no label is an error that
 * names the file and the node (the smallest key of those missing). */
static ncg_status
load_texts(ncg_lexicon *lex, const lex_model *lm, const char *base, const char *name,
           ncg_error *err)
{
	ncg_strmap *seen = ncg_strmap_new();
	found_text *v = NULL;
	size_t n = 0, cap = 0;
	const char *missing = NULL;
	ncg_status st = seen ? NCG_OK : NCG_ERR_NOMEM;

	if (st == NCG_OK)
		st = collect_text(lm, base, 0, seen, &v, &n, &cap);
	if (st == NCG_OK && n)
		st = collect_text(lm, base, 1, seen, &v, &n, &cap);
	for (size_t i = 0; st == NCG_OK && i < n; i++)
		if (!v[i].text && (!missing || strcmp(v[i].key, missing) < 0))
			missing = v[i].key;
	if (st != NCG_OK)
		st = added(st, name, err);
	else if (missing)
		st = ncg_error_set(err, NCG_ERR_LEXICON, name, 0, 0, -1,
		                   "%s%s is a lex:DrawingText with no rdfs:label or skos:prefLabel "
		                   "(the text the drawing shows)",
		                   strstr(missing, "://") ? "" : base, missing);
	for (size_t i = 0; st == NCG_OK && i < n; i++)
		st = added(ncg_lexicon_set_text(lex, v[i].key, v[i].text), name, err);
	for (size_t i = 0; i < n; i++) {
		free(v[i].key);
		free(v[i].text);
	}
	free(v);
	ncg_strmap_free(seen);
	return st;
}

/* The lexicon of the parsed model: its statements read once, then the
 * passes over them (apply) and the drawings' texts. */
static ncg_status
apply_model(ncg_rdf *rdf, ncg_lexicon *lex, librdf_model *model, const char *base,
            const char *name, ncg_error *err)
{
	lex_model lm = {NULL, 0, 0, NULL, NULL};
	ncg_status st = lex_model_read(model, &lm);

	if (st == NCG_ERR_RDF)
		st = ncg_rdf_log_error(rdf, err, NCG_ERR_RDF, name, "cannot read the lexicon model");
	else if (st != NCG_OK)
		st = added(st, name, err);
	for (int pass = 0; pass < 3 && st == NCG_OK; pass++)
		st = apply(lex, &lm, base, pass, name, err);
	if (st == NCG_OK)
		st = load_texts(lex, &lm, base, name, err);
	if (st == NCG_OK)
		st = added(ncg_lexicon_derive_verb_forms(lex), name, err);
	lex_model_free(&lm);
	return st;
}

ncg_status
ncg_lexicon_load_turtle(ncg_rdf *rdf, ncg_lexicon *lex, const char *name,
                        const char *turtle, size_t len, const char *base,
                        ncg_error *err)
{
	librdf_storage *storage = NULL;
	librdf_model *model = NULL;
	librdf_parser *parser = NULL;
	librdf_uri *base_uri = NULL;
	ncg_status st = NCG_OK;
	char *copy = NULL;

	if (!base)
		base = NCG_ID_BASE;
	ncg_rdf_log_reset(rdf);
	storage = librdf_new_storage(rdf->world, "hashes", "lexicon", "hash-type='memory'");
	model = storage ? librdf_new_model(rdf->world, storage, NULL) : NULL;
	parser = librdf_new_parser(rdf->world, "turtle", NULL, NULL);
	base_uri = librdf_new_uri(rdf->world, (const unsigned char *)NCG_ID_BASE);
	copy = malloc(len + 1);
	if (!copy) {
		st = ncg_error_set(err, NCG_ERR_NOMEM, name, 0, 0, -1, "out of memory");
		goto done;
	}
	if (!model || !parser || !base_uri) {
		st = ncg_rdf_log_error(rdf, err, NCG_ERR_RDF, name, "cannot set up the Turtle parser");
		goto done;
	}
	memcpy(copy, turtle, len);
	copy[len] = '\0';
	if (librdf_parser_parse_counted_string_into_model(parser, (const unsigned char *)copy,
	                                                  len, base_uri, model) != 0 ||
	    rdf->failed) {
		st = ncg_rdf_log_error(rdf, err, NCG_ERR_SYNTAX, name, "lexicon is not valid Turtle");
		goto done;
	}
	st = apply_model(rdf, lex, model, base, name, err);
done:
	free(copy);
	if (base_uri)
		librdf_free_uri(base_uri);
	if (parser)
		librdf_free_parser(parser);
	if (model)
		librdf_free_model(model);
	if (storage)
		librdf_free_storage(storage);
	return st;
}

ncg_status
ncg_lexicon_load_builtin(ncg_rdf *rdf, ncg_lexicon *lex, ncg_error *err)
{
	return ncg_lexicon_load_turtle(rdf, lex, "<built-in lexicon>",
	                               (const char *)ncg_builtin_lexicon,
	                               ncg_builtin_lexicon_len, NULL, err);
}

ncg_status
ncg_lexicon_load_file(ncg_rdf *rdf, ncg_lexicon *lex, const char *path,
                      ncg_error *err)
{
	ncg_text *t;
	struct stat sb;
	ncg_status st;

	/* say "lexicon", not "statement" (ncg_text's words) */
	if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
		return ncg_error_set(err, NCG_ERR_LEXICON, path, 0, 0, -1,
		                     "is a directory, not a lexicon file (Turtle)");
	st = ncg_text_read_file(path, &t, err);
	if (st == NCG_ERR_EMPTY)
		return ncg_error_set(err, NCG_ERR_LEXICON, path, 0, 0, -1,
		                     "empty: a lexicon file holds Turtle");
	if (st != NCG_OK)
		return st;
	st = ncg_lexicon_load_turtle(rdf, lex, path, ncg_text_str(t), ncg_text_len(t),
	                             NULL, err);
	ncg_text_free(t);
	return st;
}
