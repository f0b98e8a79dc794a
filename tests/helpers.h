/* ncgkg tests: shared helpers (not a test file of their own). */
#ifndef NCGKG_TESTS_HELPERS_H
#define NCGKG_TESTS_HELPERS_H

#include <stddef.h>

#include "ncgkg/facts.h"
#include "ncgkg/lexicon.h"
#include "ncgkg/recognise.h"
#include "ncgkg/segment.h"
#include "ncgkg/text.h"

/* The lexicon compiled into ncgkg (loaded once per process). */
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

/* Export a string (or several, separated by NULL) to sorted N-Triples. */
char *th_export(const ncg_lexicon *lex, const char *text);
char *th_export_file(const ncg_lexicon *lex, const char *path);

/* Does N-Triples text hold the triple (s p o)?  s and (non-literal) o are
 * instance keys ("meeting/ncg-4") or CURIEs ("ncg:Meeting"); p is a CURIE
 * or "a"; o is a literal when it starts with '"' and may carry ^^xsd:x
 * or a language tag ("Dr."@en). */
int th_has(const char *nt, const char *s, const char *p, const char *o);
/* How many triples have subject s and predicate p. */
size_t th_count_sp(const char *nt, const char *s, const char *p);

/* Read a whole file (NUL-terminated); NULL on failure. */
char *th_slurp(const char *path, size_t *len);

#endif
