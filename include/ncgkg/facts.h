/* ncgkg: facts, the plain-C knowledge graph the extractor builds.
 *
 * Stage 4's output and the RDF writer's input.  A fact is a triple whose
 * subject is a node key and whose object is a node key or a literal, plus
 * the graph (the statement's key) it was read from.  Keys are IRI paths
 * below the instance base ("official/cho-chang-lae") or full IRIs (they
 * hold ':' before any '/', e.g. "https://…" or "http://…").
 *
 * Facts from many statements merge: adding a fact twice is a no-op, and
 * the result is independent of the order of addition.
 *
 * Labels: rdfs:label is never added directly.  Callers propose wordings
 * with ncg_facts_label and a priority; ncg_facts_finish picks, per node,
 * the highest priority and then the smallest wording (bytewise), writes it
 * as rdfs:label (and skos:prefLabel for concepts) and every other wording
 * as skos:altLabel, all tagged @en.  So each node has exactly one
 * rdfs:label, whatever the order of the input files.  Every ncg:acronym is
 * also written as a skos:altLabel (its super-property), unless it is the
 * label.
 *
 * Types: ncg_facts_type(c) also types the node with c's super-classes
 * (ncg_class_supers): an ncg:Official is also foaf:Person and
 * schema:Person, so that queries without a reasoner find it.
 *
 * Ownership: the store copies every string it is given.  ncg_facts_free
 * releases everything; ncg_facts_free(NULL) is a no-op.  The array
 * returned by ncg_facts_finish belongs to the store.
 */
#ifndef NCGKG_FACTS_H
#define NCGKG_FACTS_H

#include <stddef.h>

#include "ncgkg/status.h"
#include "ncgkg/vocab.h"

typedef struct ncg_facts ncg_facts;

typedef struct {
	const char *s;            /* subject key */
	ncg_prop p;
	const char *o;            /* object key, or literal lexical form */
	int literal;              /* o is a literal */
	ncg_datatype dt;          /* for literals: datatype or language tag */
	const char *g;            /* graph key: the statement read */
} ncg_triple;

/* Label priorities, highest first. */
enum {
	NCG_LABEL_LEXICON = 30,   /* the lexicon's canonical name */
	NCG_LABEL_CANONICAL = 20, /* a name built from facts (meetings) */
	NCG_LABEL_TEXT = 10,      /* a wording read in a statement */
	NCG_LABEL_FALLBACK = 0
};

ncg_facts *ncg_facts_new(void);
void ncg_facts_free(ncg_facts *f);

/* Adding: each returns NCG_OK, or NCG_ERR_NOMEM when out of memory (the
 * fact may then be missing; the store stays usable and freeable). */
ncg_status ncg_facts_type(ncg_facts *f, const char *g, const char *s, ncg_class c);
ncg_status ncg_facts_link(ncg_facts *f, const char *g, const char *s, ncg_prop p,
                          const char *o);
ncg_status ncg_facts_literal(ncg_facts *f, const char *g, const char *s,
                             ncg_prop p, const char *lexical, ncg_datatype dt);
/* ncg_facts_literal of the first n bytes at lexical (up to a NUL among
 * them), which need not end there: words read straight from a text. */
ncg_status ncg_facts_literal_n(ncg_facts *f, const char *g, const char *s,
                               ncg_prop p, const char *lexical, size_t n,
                               ncg_datatype dt);
ncg_status ncg_facts_int(ncg_facts *f, const char *g, const char *s, ncg_prop p,
                         long value, ncg_datatype dt);
ncg_status ncg_facts_label(ncg_facts *f, const char *g, const char *s,
                           const char *wording, int priority);

/* Has node s been given type c (in any graph)?  Reads every fact added
 * (no index is kept for it): for tests and rare questions. */
int ncg_facts_has_type(const ncg_facts *f, const char *s, ncg_class c);

/* Resolve labels and sort: triples ordered by subject, predicate IRI,
 * object, graph (bytewise), without duplicates.  May be called again after
 * more additions.  Sets *out and *n (the count); NCG_ERR_NOMEM when out of
 * memory, and then *out is NULL and *n is 0. */
ncg_status ncg_facts_finish(ncg_facts *f, const ncg_triple **out, size_t *n);

/* Labels across stores (streaming export, issue 9): move to `to` what
 * labels need - every label candidate, every ncg:acronym fact (copied:
 * `from` keeps it) and which nodes are concepts - so that facts can be
 * finished a batch of statements at a time while labels are resolved
 * over all of them.  Afterwards `from` holds no labels: finishing it
 * gives its own facts without rdfs:label, skos:prefLabel or
 * skos:altLabel; finishing `to` gives the labels (and the acronyms) of
 * every store moved into it, exactly as one store holding everything
 * would.  NCG_ERR_NOMEM when out of memory (`to` may then hold part). */
ncg_status ncg_facts_move_labels(ncg_facts *from, ncg_facts *to);

/* What labels need, one item at a time (streaming export, issue 9): a
 * label candidate (text: the wording, n: its priority), an ncg:acronym
 * fact (text: the literal, n: its datatype) or a concept mark (the node
 * is typed skos:Concept or ncg:Workstream; text is NULL).  Labels are
 * resolved per node, so every item of a node must reach the same store;
 * nodes are independent of each other. */
typedef enum {
	NCG_LI_CANDIDATE = 'L',
	NCG_LI_ACRONYM = 'A',
	NCG_LI_CONCEPT = 'C'
} ncg_label_input_kind;

typedef struct {
	ncg_label_input_kind kind;
	const char *s;            /* node key */
	const char *text;         /* wording or acronym; NULL for a concept */
	const char *g;            /* graph key; NULL for a concept */
	int n;                    /* priority, or the acronym's ncg_datatype */
} ncg_label_input;

/* Give each label input of `from` to fn (its strings live as long as
 * `from`), then take the labels out of `from` as ncg_facts_move_labels
 * does.  Stops at fn's first failure and returns it. */
ncg_status ncg_facts_take_label_inputs(ncg_facts *from,
                                       ncg_status (*fn)(void *ctx,
                                                        const ncg_label_input *in),
                                       void *ctx);

/* Add one label input to `to` (strings copied): finishing `to` resolves
 * the labels of every node whose inputs it was given all of. */
ncg_status ncg_facts_add_label_input(ncg_facts *to, const ncg_label_input *in);

/* Number of facts and label candidates added (a measure of its size). */
size_t ncg_facts_size(const ncg_facts *f);

/* The facts' own copy of s (interned: equal strings, one copy), valid
 * until ncg_facts_free; NULL when out of memory.  Passing it back as a
 * node or graph saves the look-up of s at every fact (speed only). */
const char *ncg_facts_intern(ncg_facts *f, const char *s);

/* ncg_facts_intern of the n bytes at s (no NUL among them; s need not end
 * there): a key written in a caller's buffer interned without a copy of
 * its own first (speed only). */
const char *ncg_facts_intern_n(ncg_facts *f, const char *s, size_t n);

/* Number of distinct triples (ignoring graphs) after finish. */
size_t ncg_facts_count_triples(const ncg_facts *f);

/* Is this key a full IRI rather than a path below the base? */
int ncg_key_is_iri(const char *key);

#endif
