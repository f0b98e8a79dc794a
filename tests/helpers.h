/* ncgkg tests: shared helpers (not a test file of their own).  Plain C:
 * they link the nlp and base libraries only, never Redland. */
#ifndef NCGKG_TESTS_HELPERS_H
#define NCGKG_TESTS_HELPERS_H

#include <stddef.h>

#include "fixture.h"
#include "ncgkg/facts.h"
#include "ncgkg/lexicon.h"
#include "ncgkg/recognise.h"
#include "ncgkg/segment.h"
#include "ncgkg/text.h"

/* The lexicon compiled into ncgkg, built in C from the generated fixture
 * (made once per process, indexed). */
const ncg_lexicon *th_lexicon(void);

/* Only the grammar's word lists (ontology/lexicon/grammar.ttl): no known
 * bodies, places, workstreams... for testing that rules alone find
 * unknown names. */
const ncg_lexicon *th_grammar_lexicon(void);

/* A statement read, segmented and recognised from a string. */
typedef struct {
	ncg_text *text;
	ncg_doc *doc;
	ncg_mentions *ms;
} th_doc;

th_doc th_read(const char *s, const ncg_lexicon *lex);
void th_doc_free(th_doc *d);

/* The first mention of a kind whose anchor text is `anchor` (NULL: any). */
const ncg_mention *th_mention(const th_doc *d, ncg_mention_kind kind,
                              const char *anchor);
/* Number of mentions of a kind. */
size_t th_count(const th_doc *d, ncg_mention_kind kind);
/* The anchor text of a mention (static buffer). */
const char *th_anchor(const th_doc *d, const ncg_mention *m);

/* Finished facts, as matched by th_holds and th_count_sp.  Terms are
 * written as in tests/data/known/ *.facts: instance keys
 * ("meeting/ncg-4"), CURIEs ("ncg:Meeting", "a" for rdf:type), literals
 * in double quotes with an optional ^^xsd:type or language tag ("Dr."@en);
 * "?" matches any term, the property included. */
typedef struct {
	const ncg_triple *t;
	size_t n;
} th_facts;

/* Does a triple s p o hold (in any graph)?  Sets *yes; NCG_ERR_SYNTAX
 * when a term is malformed (an unknown prefix, property or datatype). */
ncg_status th_holds(const th_facts *f, const char *s, const char *p, const char *o,
                    int *yes);
/* How many distinct triples s p ? hold (graphs aside), in *n. */
ncg_status th_count_sp(const th_facts *f, const char *s, const char *p, size_t *n);
/* How many distinct triples s p o hold (graphs aside), in *n: with "?"
 * terms, a count of a class's instances ("? a ncg:Official"). */
ncg_status th_count_spo(const th_facts *f, const char *s, const char *p, const char *o,
                        size_t *n);

/* Read a whole file (NUL-terminated); NULL on failure. */
char *th_slurp(const char *path, size_t *len);

#endif
