/* ncgkg: the vocabulary: namespaces, classes and properties.
 *
 * One table of IRIs for every term ncgkg writes or reads, so that the
 * extractor names terms by enum and only the RDF modules turn them into
 * IRIs.  The terms are those of the data contract (CONTRACT.md) and of
 * ontology/ncg.ttl; the lexicon's own terms use the lex: namespace.
 */
#ifndef NCGKG_VOCAB_H
#define NCGKG_VOCAB_H

#define NCG_NS        "https://w3id.org/ncgkg/ontology#"
#define NCG_LEX_NS    "https://w3id.org/ncgkg/lexicon#"
#define NCG_ID_BASE   "https://w3id.org/ncgkg/id/"
#define NCG_NIF_NS    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define NCG_ITSRDF_NS "http://www.w3.org/2005/11/its/rdf#"
#define NCG_RDF_NS    "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NCG_RDFS_NS   "http://www.w3.org/2000/01/rdf-schema#"
#define NCG_XSD_NS    "http://www.w3.org/2001/XMLSchema#"
#define NCG_OWL_NS    "http://www.w3.org/2002/07/owl#"
#define NCG_SKOS_NS   "http://www.w3.org/2004/02/skos/core#"
#define NCG_PROV_NS   "http://www.w3.org/ns/prov#"
#define NCG_DCT_NS    "http://purl.org/dc/terms/"
#define NCG_ORG_NS    "http://www.w3.org/ns/org#"
#define NCG_SCHEMA_NS "https://schema.org/"
#define NCG_FOAF_NS   "http://xmlns.com/foaf/0.1/"
#define NCG_TIME_NS   "http://www.w3.org/2006/time#"

/* Prefixes written into Turtle and RDF/XML, in this order.  A prefix with
 * iri == NULL stands for the instance base + `path` ("body:" for
 * <base>body/), so it follows --base. */
typedef struct {
	const char *prefix;
	const char *iri;
	const char *path;
} ncg_prefix;

extern const ncg_prefix ncg_prefixes[];   /* NULL-terminated */

typedef enum {
	NCG_C_STATEMENT, NCG_C_MEETING, NCG_C_OFFICIAL, NCG_C_BODY,
	NCG_C_WORKSTREAM, NCG_C_ASSET, NCG_C_ACTIVITY, NCG_C_PLACE,
	NCG_C_COUNTRY, NCG_C_VISIBILITY_EVENT,
	NCG_C_MEMBERSHIP,                  /* org:Membership */
	NCG_C_CONCEPT, NCG_C_SCHEME,       /* skos: */
	NCG_C_INTERVAL, NCG_C_INSTANT,     /* time:ProperInterval, time:Instant */
	NCG_C_NIF_CONTEXT, NCG_C_NIF_PHRASE, NCG_C_NIF_SENTENCE,
	NCG_C_NIF_OFFSET_STRING,           /* nif:OffsetBasedString */
	/* issue 11: posts and roles, and the aligned classes written into the
	 * data with each ncgkg class (ncg_class_supers) */
	NCG_C_POST, NCG_C_ROLE,            /* org:Post, org:Role */
	NCG_C_PROV_ENTITY, NCG_C_CREATIVE_WORK, NCG_C_EVENT,
	NCG_C_FOAF_PERSON, NCG_C_SCHEMA_PERSON, NCG_C_ORG_ORGANIZATION,
	NCG_C_SCHEMA_ORGANIZATION, NCG_C_SCHEMA_PLACE, NCG_C_SCHEMA_COUNTRY,
	NCG_C__COUNT
} ncg_class;

typedef enum {
	NCG_P_TYPE, NCG_P_LABEL,
	/* the contract */
	NCG_P_DESCRIBES, NCG_P_ORDINAL, NCG_P_DATE, NCG_P_HELD_IN,
	NCG_P_CO_CHAIR, NCG_P_CONVENER, NCG_P_DISCUSSION_LEAD,
	NCG_P_WORKSTREAM, NCG_P_NEXT_MEETING, NCG_P_TITLE,
	NCG_P_CONTRIBUTES_TO, NCG_P_ACRONYM, NCG_P_PREF_LABEL, NCG_P_ALT_LABEL,
	NCG_P_DERIVED_FROM,
	/* added by ncgkg (ontology/ncg.ttl) */
	NCG_P_CHAIR, NCG_P_DELEGATION_LEAD, NCG_P_PARTICIPANT,
	NCG_P_MEETING_OF, NCG_P_MONTH, NCG_P_PLANNED_PLACE, NCG_P_PLANNED_TIME,
	NCG_P_PLANNED_TIME_TEXT, NCG_P_ACTIVITY, NCG_P_REVIEWED_EVENT,
	NCG_P_HONORIFIC, NCG_P_COUNTRY, NCG_P_PART_OF, NCG_P_ASSET_TYPE,
	NCG_P_ACTIVITY_KIND, NCG_P_EVENT_KIND, NCG_P_ASSET, NCG_P_MADE_VISIBLE_IN,
	NCG_P_LOCATION, NCG_P_SOURCE_FILE, NCG_P_SHA256, NCG_P_TEXT_CONTEXT,
	NCG_P_AS_OF, NCG_P_NAME,          /* foaf:name */
	NCG_P_IN_SCHEME, NCG_P_HAS_TOP_CONCEPT, NCG_P_BROADER,
	NCG_P_TITLE_DC, NCG_P_PUBLISHER, NCG_P_ISSUED,
	NCG_P_MEMBER_OF, NCG_P_HAS_MEMBERSHIP, NCG_P_MEMBER, NCG_P_ORGANIZATION,
	NCG_P_HAS_BEGINNING, NCG_P_HAS_END, NCG_P_IN_XSD_DATE,
	NCG_P_NIF_REFERENCE_CONTEXT, NCG_P_NIF_BEGIN, NCG_P_NIF_END,
	NCG_P_NIF_ANCHOR_OF, NCG_P_NIF_IS_STRING, NCG_P_NIF_SENTENCE,
	NCG_P_TA_IDENT_REF, NCG_P_ISO_CODE,
	/* issue 11: posts, roles, sources */
	NCG_P_HOLDS, NCG_P_POST_IN, NCG_P_ROLE, NCG_P_POST,
	NCG_P_SUB_ORGANIZATION_OF, NCG_P_SOURCE,
	NCG_P_SOURCE_XPATH,       /* where a mention's words are in a saved page */
	/* how a mention was read (issue 8) */
	NCG_P_RULE, NCG_P_CONFIDENCE,
	NCG_P__COUNT
} ncg_prop;

/* Datatypes of literals.  The language-tagged kinds (rdf:langString) are
 * literals meant for people: NCG_DT_EN for English text, NCG_DT_KO for a
 * name written in Hangul. */
typedef enum {
	NCG_DT_STRING,            /* plain literal (xsd:string) */
	NCG_DT_INTEGER, NCG_DT_NON_NEGATIVE_INTEGER, NCG_DT_DATE,
	NCG_DT_GYEAR_MONTH, NCG_DT_BOOLEAN,
	NCG_DT_EN, NCG_DT_KO,     /* "..."@en, "..."@ko */
	NCG_DT_DECIMAL,
	NCG_DT__COUNT
} ncg_datatype;

const char *ncg_class_iri(ncg_class c);
const char *ncg_prop_iri(ncg_prop p);
/* NULL for NCG_DT_STRING and the language-tagged kinds. */
const char *ncg_datatype_iri(ncg_datatype d);
/* "en", "ko" for the language-tagged kinds; NULL for the others. */
const char *ncg_datatype_lang(ncg_datatype d);
/* The language-tagged kind of a tag ("en", "ko", any case); -1 if none. */
int ncg_datatype_of_lang(const char *lang);

/* The classes written into the data together with c (its super-classes in
 * ontology/ncg.ttl that users query without a reasoner: ncg:Official is
 * also foaf:Person and schema:Person), NCG_C__COUNT-terminated; never NULL. */
const ncg_class *ncg_class_supers(ncg_class c);

/* Is s an absolute IRI that every RDF syntax can carry: a scheme, ':',
 * something after it, and no white space, control character or
 * <>"{}|\^` (e.g. a --source address)? */
int ncg_iri_is_absolute(const char *s);

#endif
