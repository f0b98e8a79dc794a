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
	NCG_LEX__COUNT
} ncg_lex_kind;

typedef enum {
	NCG_WL_COURTESY,        /* honorifics that are not titles: Mr. Ms. Dr. */
	NCG_WL_OFFICE,          /* honorifics that are titles: President, Minister */
	NCG_WL_TITLE_HEAD,      /* nouns that head a title: Secretary, Coordinator */
	NCG_WL_TITLE_WORD,      /* other words of titles: Deputy, Principal, Policy */
	NCG_WL_BODY_HEAD,       /* nouns that head a body's name: Council, Command */
	NCG_WL_DOCUMENT_HEAD,   /* nouns that head a document's name: Declaration */
	NCG_WL_FURNITURE,       /* lines of page furniture: "Go to main text" */
	NCG_WL_VESSEL_PREFIX,   /* ship prefixes: USS, ROKS */
	NCG_WL_NAME_SUFFIX,     /* Jr., Sr., III */
	NCG_WL_WORKSTREAM_NOUN, /* nouns that introduce a list of workstreams */
	NCG_WL_PROGRESS_NOUN,   /* nouns that may: "progress on A, B and C" */
	NCG_WL_SENTENCE_INITIAL,/* function words that start sentences, not names */
	NCG_WL__COUNT
} ncg_wordlist;

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
	const char *part_of;      /* key of a body entry, or NULL */
	const char *broader;      /* key of a broader concept, or NULL */
} ncg_lex_entry;

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
int ncg_lexicon_has_word(const ncg_lexicon *lex, ncg_wordlist wl,
                         const char *s, size_t n);            /* exact */
int ncg_lexicon_has_word_ci(const ncg_lexicon *lex, ncg_wordlist wl,
                            const char *s, size_t n);         /* any case */

/* Entries whose label, alt label, acronym or adjective could start at a
 * word: the candidates for a longest match at a token.  `first` is the
 * token's text; the match is case-insensitive on the first word.  Sets
 * *out to the candidates and returns how many (0 when unindexed). */
typedef struct {
	const ncg_lex_entry *entry;
	const char *wording;
	int what;                 /* NCG_LEXW_* */
} ncg_lex_wording;

enum { NCG_LEXW_LABEL, NCG_LEXW_ALT, NCG_LEXW_ACRONYM, NCG_LEXW_ADJECTIVE,
       NCG_LEXW_CUE, NCG_LEXW_PREFIX };

size_t ncg_lexicon_wordings_at(const ncg_lexicon *lex, const char *first,
                               size_t n, const ncg_lex_wording **out);

/* The first entry of `kind` with a wording (label, alt, acronym) whose
 * normal form equals that of s, or NULL (also when unindexed).  Normal
 * form: lower case, words only, plural nouns singular, articles dropped
 * (see ncg_normal_form). */
const ncg_lex_entry *ncg_lexicon_by_wording(const ncg_lexicon *lex,
                                            ncg_lex_kind kind,
                                            const char *s, size_t n);

/* Normal form of a wording into buf (size cap); returns its length. */
size_t ncg_normal_form(const char *s, size_t n, char *buf, size_t cap);

/* A slug for an IRI path: lower case ASCII letters and digits, runs of
 * anything else as one '-', periods and apostrophes dropped ("U.S." ->
 * "us", "Cho Chang-Lae" -> "cho-chang-lae").  Non-ASCII letters are kept
 * as percent-free transliteration where simple (Latin-1), else dropped. */
size_t ncg_slug(const char *s, size_t n, char *buf, size_t cap);

#endif
