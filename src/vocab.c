/* ncgkg: the vocabulary: namespaces, classes and properties. */
#include "config.h"

#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "ncgkg/vocab.h"

const ncg_prefix ncg_prefixes[] = {
	{"rdf", NCG_RDF_NS, NULL},
	{"rdfs", NCG_RDFS_NS, NULL},
	{"xsd", NCG_XSD_NS, NULL},
	{"owl", NCG_OWL_NS, NULL},
	{"skos", NCG_SKOS_NS, NULL},
	{"prov", NCG_PROV_NS, NULL},
	{"dcterms", NCG_DCT_NS, NULL},
	{"org", NCG_ORG_NS, NULL},
	{"schema", NCG_SCHEMA_NS, NULL},
	{"foaf", NCG_FOAF_NS, NULL},
	{"time", NCG_TIME_NS, NULL},
	{"nif", NCG_NIF_NS, NULL},
	{"itsrdf", NCG_ITSRDF_NS, NULL},
	{"ncg", NCG_NS, NULL},
	{"ncgid", NULL, ""},
	{"statement", NULL, "statement/"},
	{"meeting", NULL, "meeting/"},
	{"official", NULL, "official/"},
	{"membership", NULL, "membership/"},
	{"post", NULL, "post/"},
	{"role", NULL, "role/"},
	{"body", NULL, "body/"},
	{"workstream", NULL, "workstream/"},
	{"asset", NULL, "asset/"},
	{"event", NULL, "event/"},
	{"activity", NULL, "activity/"},
	{"place", NULL, "place/"},
	{"country", NULL, "country/"},
	{"scheme", NULL, "scheme/"},
	{"assettype", NULL, "asset-type/"},
	{"eventkind", NULL, "event-kind/"},
	{"activitykind", NULL, "activity-kind/"},
	{"interval", NULL, "interval/"},
	{"instant", NULL, "instant/"},
	{NULL, NULL, NULL}
};

static const char *const CLASS_IRI[NCG_C__COUNT] = {
	[NCG_C_STATEMENT] = NCG_NS "Statement",
	[NCG_C_MEETING] = NCG_NS "Meeting",
	[NCG_C_OFFICIAL] = NCG_NS "Official",
	[NCG_C_BODY] = NCG_NS "Body",
	[NCG_C_WORKSTREAM] = NCG_NS "Workstream",
	[NCG_C_ASSET] = NCG_NS "StrategicAsset",
	[NCG_C_ACTIVITY] = NCG_NS "Activity",
	[NCG_C_PLACE] = NCG_NS "Place",
	[NCG_C_COUNTRY] = NCG_NS "Country",
	[NCG_C_VISIBILITY_EVENT] = NCG_NS "VisibilityEvent",
	[NCG_C_MEMBERSHIP] = NCG_ORG_NS "Membership",
	[NCG_C_CONCEPT] = NCG_SKOS_NS "Concept",
	[NCG_C_SCHEME] = NCG_SKOS_NS "ConceptScheme",
	[NCG_C_INTERVAL] = NCG_TIME_NS "ProperInterval",
	[NCG_C_INSTANT] = NCG_TIME_NS "Instant",
	[NCG_C_NIF_CONTEXT] = NCG_NIF_NS "Context",
	[NCG_C_NIF_PHRASE] = NCG_NIF_NS "Phrase",
	[NCG_C_NIF_SENTENCE] = NCG_NIF_NS "Sentence",
	[NCG_C_NIF_OFFSET_STRING] = NCG_NIF_NS "OffsetBasedString",
	[NCG_C_POST] = NCG_ORG_NS "Post",
	[NCG_C_ROLE] = NCG_ORG_NS "Role",
	[NCG_C_PROV_ENTITY] = NCG_PROV_NS "Entity",
	[NCG_C_CREATIVE_WORK] = NCG_SCHEMA_NS "CreativeWork",
	[NCG_C_EVENT] = NCG_SCHEMA_NS "Event",
	[NCG_C_FOAF_PERSON] = NCG_FOAF_NS "Person",
	[NCG_C_SCHEMA_PERSON] = NCG_SCHEMA_NS "Person",
	[NCG_C_ORG_ORGANIZATION] = NCG_ORG_NS "Organization",
	[NCG_C_SCHEMA_ORGANIZATION] = NCG_SCHEMA_NS "Organization",
	[NCG_C_SCHEMA_PLACE] = NCG_SCHEMA_NS "Place",
	[NCG_C_SCHEMA_COUNTRY] = NCG_SCHEMA_NS "Country",
};

/* The super-classes written into the data (ontology/ncg.ttl: the
 * rdfs:subClassOf axioms of each class, transitively). */
#define END NCG_C__COUNT
static const ncg_class SUP_NONE[] = {END};
static const ncg_class SUP_STATEMENT[] = {NCG_C_PROV_ENTITY, NCG_C_CREATIVE_WORK, END};
static const ncg_class SUP_EVENT[] = {NCG_C_EVENT, END};
static const ncg_class SUP_PERSON[] = {NCG_C_FOAF_PERSON, NCG_C_SCHEMA_PERSON, END};
static const ncg_class SUP_ORG[] = {NCG_C_ORG_ORGANIZATION, NCG_C_SCHEMA_ORGANIZATION, END};
static const ncg_class SUP_CONCEPT[] = {NCG_C_CONCEPT, END};
static const ncg_class SUP_PLACE[] = {NCG_C_SCHEMA_PLACE, END};
static const ncg_class SUP_COUNTRY[] = {NCG_C_PLACE, NCG_C_SCHEMA_COUNTRY,
                                        NCG_C_SCHEMA_PLACE, END};
#undef END

const ncg_class *
ncg_class_supers(ncg_class c)
{
	switch (c) {
	case NCG_C_STATEMENT: return SUP_STATEMENT;
	case NCG_C_MEETING:
	case NCG_C_ACTIVITY:
	case NCG_C_VISIBILITY_EVENT: return SUP_EVENT;
	case NCG_C_OFFICIAL: return SUP_PERSON;
	case NCG_C_BODY: return SUP_ORG;
	case NCG_C_WORKSTREAM:
	case NCG_C_ROLE: return SUP_CONCEPT;
	case NCG_C_PLACE: return SUP_PLACE;
	case NCG_C_COUNTRY: return SUP_COUNTRY;
	default: return SUP_NONE;
	}
}

static const char *const PROP_IRI[NCG_P__COUNT] = {
	[NCG_P_TYPE] = NCG_RDF_NS "type",
	[NCG_P_LABEL] = NCG_RDFS_NS "label",
	[NCG_P_DESCRIBES] = NCG_NS "describes",
	[NCG_P_ORDINAL] = NCG_NS "ordinal",
	[NCG_P_DATE] = NCG_NS "date",
	[NCG_P_HELD_IN] = NCG_NS "heldIn",
	[NCG_P_CO_CHAIR] = NCG_NS "coChair",
	[NCG_P_CONVENER] = NCG_NS "convener",
	[NCG_P_DISCUSSION_LEAD] = NCG_NS "discussionLead",
	[NCG_P_WORKSTREAM] = NCG_NS "workstream",
	[NCG_P_NEXT_MEETING] = NCG_NS "nextMeeting",
	[NCG_P_TITLE] = NCG_NS "title",
	[NCG_P_CONTRIBUTES_TO] = NCG_NS "contributesTo",
	[NCG_P_ACRONYM] = NCG_NS "acronym",
	[NCG_P_PREF_LABEL] = NCG_SKOS_NS "prefLabel",
	[NCG_P_ALT_LABEL] = NCG_SKOS_NS "altLabel",
	[NCG_P_DERIVED_FROM] = NCG_PROV_NS "wasDerivedFrom",
	[NCG_P_CHAIR] = NCG_NS "chair",
	[NCG_P_DELEGATION_LEAD] = NCG_NS "delegationLead",
	[NCG_P_PARTICIPANT] = NCG_NS "participant",
	[NCG_P_MEETING_OF] = NCG_NS "meetingOf",
	[NCG_P_MONTH] = NCG_NS "month",
	[NCG_P_PLANNED_PLACE] = NCG_NS "plannedPlace",
	[NCG_P_PLANNED_TIME] = NCG_NS "plannedTime",
	[NCG_P_PLANNED_TIME_TEXT] = NCG_NS "plannedTimeText",
	[NCG_P_ACTIVITY] = NCG_NS "activity",
	[NCG_P_REVIEWED_EVENT] = NCG_NS "reviewedEvent",
	[NCG_P_HONORIFIC] = NCG_NS "honorific",
	[NCG_P_COUNTRY] = NCG_NS "country",
	[NCG_P_PART_OF] = NCG_NS "partOf",
	[NCG_P_ASSET_TYPE] = NCG_NS "assetType",
	[NCG_P_ACTIVITY_KIND] = NCG_NS "activityKind",
	[NCG_P_EVENT_KIND] = NCG_NS "eventKind",
	[NCG_P_ASSET] = NCG_NS "asset",
	[NCG_P_MADE_VISIBLE_IN] = NCG_NS "madeVisibleIn",
	[NCG_P_LOCATION] = NCG_NS "location",
	[NCG_P_SOURCE_FILE] = NCG_NS "sourceFile",
	[NCG_P_SHA256] = NCG_NS "sha256",
	[NCG_P_TEXT_CONTEXT] = NCG_NS "textContext",
	[NCG_P_AS_OF] = NCG_NS "asOf",
	[NCG_P_NAME] = NCG_FOAF_NS "name",
	[NCG_P_IN_SCHEME] = NCG_SKOS_NS "inScheme",
	[NCG_P_HAS_TOP_CONCEPT] = NCG_SKOS_NS "hasTopConcept",
	[NCG_P_BROADER] = NCG_SKOS_NS "broader",
	[NCG_P_TITLE_DC] = NCG_DCT_NS "title",
	[NCG_P_PUBLISHER] = NCG_DCT_NS "publisher",
	[NCG_P_ISSUED] = NCG_DCT_NS "issued",
	[NCG_P_MEMBER_OF] = NCG_ORG_NS "memberOf",
	[NCG_P_HAS_MEMBERSHIP] = NCG_ORG_NS "hasMembership",
	[NCG_P_MEMBER] = NCG_ORG_NS "member",
	[NCG_P_ORGANIZATION] = NCG_ORG_NS "organization",
	[NCG_P_HAS_BEGINNING] = NCG_TIME_NS "hasBeginning",
	[NCG_P_HAS_END] = NCG_TIME_NS "hasEnd",
	[NCG_P_IN_XSD_DATE] = NCG_TIME_NS "inXSDDate",
	[NCG_P_NIF_REFERENCE_CONTEXT] = NCG_NIF_NS "referenceContext",
	[NCG_P_NIF_BEGIN] = NCG_NIF_NS "beginIndex",
	[NCG_P_NIF_END] = NCG_NIF_NS "endIndex",
	[NCG_P_NIF_ANCHOR_OF] = NCG_NIF_NS "anchorOf",
	[NCG_P_NIF_IS_STRING] = NCG_NIF_NS "isString",
	[NCG_P_NIF_SENTENCE] = NCG_NIF_NS "sentence",
	[NCG_P_TA_IDENT_REF] = NCG_ITSRDF_NS "taIdentRef",
	[NCG_P_ISO_CODE] = NCG_NS "isoCode",
	[NCG_P_HOLDS] = NCG_ORG_NS "holds",
	[NCG_P_POST_IN] = NCG_ORG_NS "postIn",
	[NCG_P_ROLE] = NCG_ORG_NS "role",
	[NCG_P_POST] = NCG_NS "post",
	[NCG_P_SUB_ORGANIZATION_OF] = NCG_ORG_NS "subOrganizationOf",
	[NCG_P_SOURCE] = NCG_DCT_NS "source",
	[NCG_P_SOURCE_XPATH] = NCG_NS "sourceXPath",
	[NCG_P_RULE] = NCG_NS "rule",
	[NCG_P_CONFIDENCE] = NCG_NS "confidence",
};

static const char *const DT_IRI[NCG_DT__COUNT] = {
	[NCG_DT_STRING] = NULL,
	[NCG_DT_INTEGER] = NCG_XSD_NS "integer",
	[NCG_DT_NON_NEGATIVE_INTEGER] = NCG_XSD_NS "nonNegativeInteger",
	[NCG_DT_DATE] = NCG_XSD_NS "date",
	[NCG_DT_GYEAR_MONTH] = NCG_XSD_NS "gYearMonth",
	[NCG_DT_BOOLEAN] = NCG_XSD_NS "boolean",
	[NCG_DT_DECIMAL] = NCG_XSD_NS "decimal",
	[NCG_DT_EN] = NULL,
	[NCG_DT_KO] = NULL,
};

static const char *const DT_LANG[NCG_DT__COUNT] = {
	[NCG_DT_EN] = "en",
	[NCG_DT_KO] = "ko",
};

const char *
ncg_class_iri(ncg_class c)
{
	return (unsigned)c < NCG_C__COUNT ? CLASS_IRI[c] : NULL;
}

const char *
ncg_prop_iri(ncg_prop p)
{
	return (unsigned)p < NCG_P__COUNT ? PROP_IRI[p] : NULL;
}

const char *
ncg_datatype_iri(ncg_datatype d)
{
	return (unsigned)d < NCG_DT__COUNT ? DT_IRI[d] : NULL;
}

const char *
ncg_datatype_lang(ncg_datatype d)
{
	return (unsigned)d < NCG_DT__COUNT ? DT_LANG[d] : NULL;
}

int
ncg_datatype_of_lang(const char *lang)
{
	for (int d = 0; lang && d < NCG_DT__COUNT; d++)
		if (DT_LANG[d] && strcasecmp(DT_LANG[d], lang) == 0)
			return d;
	return -1;
}

int
ncg_iri_is_absolute(const char *s)
{
	const char *c = s;

	if (!c || !isalpha((unsigned char)*c))
		return 0;
	while (isalnum((unsigned char)*c) || *c == '+' || *c == '-' || *c == '.')
		c++;
	if (*c != ':' || !c[1])
		return 0;
	for (; *c; c++)
		if ((unsigned char)*c <= ' ' || *c == 0x7F || strchr("<>\"{}|\\^`", *c))
			return 0;
	return 1;
}
