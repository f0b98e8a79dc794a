/* ncgkg: facts, the plain-C knowledge graph the extractor builds. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/arena.h"
#include "ncgkg/facts.h"
#include "ncgkg/strmap.h"

/* Slots of ncg_facts.front (a power of two). */
#define FRONT_SLOTS 2048
/* Slots of ncg_facts.own (a power of two): enough that a statement's
 * key, graph and context stay there among its phrases' keys */
#define OWN_SLOTS 1024

/* A label candidate: its strings by id (string_id: subject, wording,
 * graph), in sixteen bytes, where their pointers too took 48 (speed only:
 * an archive's candidates are kept until finished). */
typedef struct {
	uint32_t sid, wid, gid;
	int priority;
} label_cand;

/* The ids of a fact's strings (string_id): subject, object, graph. */
typedef struct {
	uint32_t s, o, g;
} fact_ids;

/* A fact as it is kept until finished: its strings by id, the rest in a
 * byte each; sixteen bytes, where an ncg_triple and its ids took 52
 * (speed only: an archive's facts are millions, written once and read
 * when finished; the bigger record cost a page fault every 80 facts and
 * the cache its room).  rec_triple gives the ncg_triple back. */
typedef struct {
	fact_ids id;
	uint8_t p, literal, dt;
} fact_rec;

_Static_assert(NCG_P__COUNT <= 256 && NCG_DT__COUNT <= 256,
               "a property or datatype fits in fact_rec's byte");

/* A fact as its dedupe key, in sixteen bytes: the ids of two interned
 * strings (equal strings are the same string, and have the same id), a
 * number and three small ones.  The graph is no part of it: the set holds
 * one graph's keys (first_time_key). */
typedef struct {
	uint64_t ab;              /* the ids of a (low half) and b */
	uint64_t xyzk;            /* x (low half), then y, z and kind, a byte each */
} seen_key;

/* Open-addressing set of seen_key, compared and hashed as its two
 * words (string ids, not the strings): no string copied, formatted or
 * hashed byte by byte.
 * The keys are kept in the order they came (keys); a slot holds a tag
 * (high half) and the key's index (low half).  The tag is the generation
 * the slot was written in (its high sixteen bits; 0: never), so that a
 * new generation empties the set without writing every slot
 * (seen_clear), and sixteen bits of the key's hash.  A probe reads only
 * the slots, eight bytes each, and a key only when its tag is the one
 * sought (speed only: a set of the keys themselves was five times as
 * big, and missed the cache). */
typedef struct {
	uint64_t *slots;
	size_t nslots;
	seen_key *keys;           /* this generation's, count of them */
	size_t count, capkeys;
	uint16_t gen;
} seen_set;

struct ncg_facts {
	ncg_arena *arena;
	ncg_strmap *strings;      /* interned strings */
	seen_set seen;            /* dedupe of triples and label candidates, within
	                           * the graph seen_g (finish drops the rest) */
	const char *seen_g;
	fact_rec *t;              /* the facts added, in order */
	size_t nt, capt;
	label_cand *lc;
	size_t nlc, caplc;
	uint8_t *concept;         /* by string id: 1 for a subject typed
	                           * skos:Concept / Workstream (nconcept) */
	size_t nconcept;
	ncg_triple *out;          /* finished */
	size_t nout, capout, ndistinct;
	int labels_moved;         /* ncg_facts_move_labels: no labels here */
	/* speed only: the last strings interned, by the caller's pointer
	 * (a statement's key or graph is passed again and again) */
	struct { const char *in, *out; } recent[64];
	/* speed only: interned strings given out by ncg_facts_intern, by
	 * their address: passed back, they are known without a comparison */
	const char *own[OWN_SLOTS];
	/* speed only: the strings interned lately, by their hash (direct
	 * mapped): a statement names its own nodes again and again, and the
	 * archive-wide map misses the cache at every look-up */
	struct { uint64_t h; const char *s; } front[FRONT_SLOTS];
	const char *class_iri[NCG_C__COUNT];   /* interned, once asked for */
	const char **small_int;   /* speed only: the interned decimal form of
	                           * 0 .. nsmall_int - 1, once asked for (NIF
	                           * offsets: two per phrase) */
	size_t nsmall_int;
};

/* Numbers below this have their decimal forms kept interned. */
#define SMALL_INT_MAX 65536

int
ncg_key_is_iri(const char *key)
{
	const char *colon = strchr(key, ':');
	const char *slash = strchr(key, '/');

	return colon && (!slash || colon < slash);
}

ncg_facts *
ncg_facts_new(void)
{
	ncg_facts *f = calloc(1, sizeof *f);

	if (!f)
		return NULL;
	f->arena = ncg_arena_new();
	f->strings = ncg_strmap_new();
	if (!f->arena || !f->strings) {
		ncg_facts_free(f);
		return NULL;
	}
	return f;
}

void
ncg_facts_free(ncg_facts *f)
{
	if (!f)
		return;
	ncg_arena_free(f->arena);
	ncg_strmap_free(f->strings);
	free(f->seen.slots);
	free(f->seen.keys);
	free(f->concept);
	free(f->t);
	free(f->lc);
	free(f->out);
	free(f->small_int);
	free(f);
}

/* intern() past its first test */
static const char *__attribute__((noinline))
intern_slow(ncg_facts *f, const char *s)
{
	size_t r = ((uintptr_t)s >> 3) & 63;
	const char *v;

	/* checked by content: a caller may have written another string there */
	if (f->recent[r].in == s && strcmp(s, f->recent[r].out) == 0)
		return f->recent[r].out;
	{
		size_t n = strlen(s);
		uint64_t h = ncg_strmap_hash(s, n);
		size_t k = (size_t)(h >> 32) & (FRONT_SLOTS - 1);

		if (f->front[k].s && f->front[k].h == h && strcmp(f->front[k].s, s) == 0) {
			v = f->front[k].s;
		} else {
			/* the map's own copy is the interned string (its value too) */
			if (ncg_strmap_intern_h(f->strings, s, n, h, &v) != NCG_OK)
				return NULL;
			f->front[k].h = h;
			f->front[k].s = v;
		}
	}
	f->recent[r].in = s;
	f->recent[r].out = v;
	return v;
}

/* The interned copy of the n bytes at s (no NUL among them; s need not
 * end there), as intern_slow gives for their string (speed only: the
 * words of a phrase interned straight from the text, not copied first). */
static const char *
intern_n(ncg_facts *f, const char *s, size_t n)
{
	uint64_t h = ncg_strmap_hash(s, n);
	size_t k = (size_t)(h >> 32) & (FRONT_SLOTS - 1);
	const char *v = f->front[k].s;

	/* strncmp: v may be shorter than n (memcmp could read past its end) */
	if (v && f->front[k].h == h && strncmp(v, s, n) == 0 && v[n] == '\0')
		return v;
	if (ncg_strmap_intern_h(f->strings, s, n, h, &v) != NCG_OK)
		return NULL;
	f->front[k].h = h;
	f->front[k].s = v;
	return v;
}

/* The slot of f->own that string address s is remembered in. */
static inline const char **
own_slot(ncg_facts *f, const char *s)
{
	return &f->own[((uintptr_t)s >> 3) & (OWN_SLOTS - 1)];
}

static inline const char *
intern(ncg_facts *f, const char *s)
{
	/* an interned string (the map's own, never written) is itself: told
	 * inline, as most strings passed are (speed only) */
	if (*own_slot(f, s) == s)
		return s;
	return intern_slow(f, s);
}

/* v (interned, or NULL when out of memory), remembered as interned. */
static inline const char *
remember_own(ncg_facts *f, const char *v)
{
	if (v)
		*own_slot(f, v) = v;
	return v;
}

const char *
ncg_facts_intern(ncg_facts *f, const char *s)
{
	return remember_own(f, intern(f, s));
}

const char *
ncg_facts_intern_n(ncg_facts *f, const char *s, size_t n)
{
	return remember_own(f, intern_n(f, s, n));
}

/* An interned string's id: its index in f->strings, dense from 0 (speed
 * only: finishing ranks and looks up strings by id, in arrays). */
static inline uint32_t
string_id(const char *interned)
{
	return ncg_strmap_key_id(interned);
}

/* The ncg_triple of fact r, its strings the interned ones. */
static ncg_triple
rec_triple(const ncg_facts *f, const fact_rec *r)
{
	return (ncg_triple){ncg_strmap_key_at(f->strings, r->id.s), (ncg_prop)r->p,
	                    ncg_strmap_key_at(f->strings, r->id.o), r->literal,
	                    (ncg_datatype)r->dt, ncg_strmap_key_at(f->strings, r->id.g)};
}

static inline size_t
seen_hash(const seen_key *k)
{
	uint64_t h = k->ab * 0x9E3779B97F4A7C15ULL;

	h ^= k->xyzk * 0x87C37B91114253D5ULL;
	h ^= h >> 29;
	h *= 0xFF51AFD7ED558CCDULL;
	h ^= h >> 32;
	return (size_t)h;
}

static int
seen_eq(const seen_key *p, const seen_key *q)
{
	return p->ab == q->ab && p->xyzk == q->xyzk;
}

/* The tag of a key whose hash is h, in generation gen. */
static uint64_t
seen_tag(size_t h, uint16_t gen)
{
	return ((uint64_t)gen << 16 | (uint64_t)h >> 48) << 32;
}

/* The slot of k (hash h) in set (in its generation): where it is or
 * where it would go. */
static size_t
seen_slot(const seen_set *set, const seen_key *k, size_t h)
{
	size_t mask = set->nslots - 1, i = h & mask;
	uint64_t tag = seen_tag(h, set->gen);

	for (;; i = (i + 1) & mask) {
		uint64_t sl = set->slots[i];

		if (sl >> 48 != set->gen)
			return i;
		if ((sl & 0xFFFFFFFF00000000ULL) == tag && seen_eq(&set->keys[(uint32_t)sl], k))
			return i;
	}
}

/* Empty the set: a new generation, so that the slots of the old one read
 * as empty (every slot is written only when the generations wrap). */
static void
seen_clear(seen_set *set)
{
	set->count = 0;
	if (++set->gen == 0) {
		if (set->slots)
			memset(set->slots, 0, set->nslots * sizeof *set->slots);
		set->gen = 1;
	}
}

/* Twice the slots, the keys placed again. */
static ncg_status
seen_grow(seen_set *set)
{
	size_t n = set->nslots ? set->nslots * 2 : 256;
	uint64_t *slots;

	if (n > SIZE_MAX / 2 / sizeof *slots || n > UINT32_MAX)
		return NCG_ERR_NOMEM;
	slots = calloc(n, sizeof *slots);
	if (!slots)
		return NCG_ERR_NOMEM;
	free(set->slots);
	set->slots = slots;
	set->nslots = n;
	/* the keys are distinct: each goes to the first slot free */
	for (size_t k = 0; k < set->count; k++) {
		size_t h = seen_hash(&set->keys[k]), i = h & (n - 1);

		while (slots[i] >> 48 == set->gen)
			i = (i + 1) & (n - 1);
		slots[i] = seen_tag(h, set->gen) | (uint32_t)k;
	}
	return NCG_OK;
}

/* Remember a fact given by its interned strings (equal strings are the
 * same pointer) and small numbers.  Sets *fresh to 1 if it is new, 0 if
 * seen. */
static inline __attribute__((always_inline)) ncg_status
first_time_key(ncg_facts *f, char kind, const char *a, const char *b, const char *c,
               int x, int y, int z, int *fresh)
{
	/* y and z fit in a byte: a fact's literal flag and datatype, as
	 * fact_rec keeps them, or 0 */
	seen_key key = {(uint64_t)string_id(a) | (uint64_t)string_id(b) << 32,
	                (uint64_t)(uint32_t)x | (uint64_t)(uint8_t)y << 32 |
	                        (uint64_t)(uint8_t)z << 40 | (uint64_t)(uint8_t)kind << 48};
	size_t h, i;

	*fresh = 0;
	/* Only the current graph's facts are remembered (c is the graph):
	 * extraction adds one statement's facts at a time, and a set of the
	 * whole archive's would be as big as the archive and miss the cache
	 * at every look-up.  A duplicate that gets past it (graphs added in
	 * turns) is dropped by finish, which removes exact duplicates. */
	if (c != f->seen_g) {
		/* a big table (one huge statement) is not cleared for each
		 * small one after it, nor probed at random by them, missing
		 * the cache: it starts again small */
		if (f->seen.nslots > 4096 && f->seen.nslots > 8 * f->seen.count) {
			free(f->seen.slots);
			free(f->seen.keys);
			f->seen.slots = NULL;
			f->seen.keys = NULL;
			f->seen.nslots = f->seen.capkeys = 0;
		}
		seen_clear(&f->seen);
		f->seen_g = c;
	}
	if ((f->seen.count + 1) * 2 > f->seen.nslots)
		NCG_TRY(seen_grow(&f->seen));
	h = seen_hash(&key);
	i = seen_slot(&f->seen, &key, h);
	if (f->seen.slots[i] >> 48 == f->seen.gen)
		return NCG_OK;
	{
		void *arr = f->seen.keys;

		NCG_TRY(ncg_grow(&arr, &f->seen.capkeys, f->seen.count + 1, sizeof *f->seen.keys));
		f->seen.keys = arr;
	}
	f->seen.keys[f->seen.count] = key;
	f->seen.slots[i] = seen_tag(h, f->seen.gen) | (uint32_t)f->seen.count;
	f->seen.count++;
	*fresh = 1;
	return NCG_OK;
}

/* add() with the strings interned already */
static ncg_status
add_interned(ncg_facts *f, const char *g, const char *s, ncg_prop p, const char *o,
             int literal, ncg_datatype dt)
{
	int fresh;

	NCG_TRY(first_time_key(f, 'T', s, o, g, (int)p, literal, (int)dt, &fresh));
	if (!fresh)
		return NCG_OK;
	if (f->nt == f->capt) {
		void *arr = f->t;

		NCG_TRY(ncg_grow(&arr, &f->capt, f->nt + 1, sizeof *f->t));
		f->t = arr;
	}
	f->t[f->nt++] = (fact_rec){{string_id(s), string_id(o), string_id(g)},
	                           (uint8_t)p, (uint8_t)literal, (uint8_t)dt};
	return NCG_OK;
}

/* Mark the interned s as a concept (f->concept). */
static ncg_status
mark_concept(ncg_facts *f, const char *s)
{
	uint32_t id = string_id(s);

	if (id >= f->nconcept) {
		size_t n = f->nconcept ? f->nconcept : 256;
		uint8_t *p;

		while (n <= id)
			n *= 2;
		if (!(p = realloc(f->concept, n)))
			return NCG_ERR_NOMEM;
		memset(p + f->nconcept, 0, n - f->nconcept);
		f->concept = p;
		f->nconcept = n;
	}
	f->concept[id] = 1;
	return NCG_OK;
}

static ncg_status
add(ncg_facts *f, const char *g, const char *s, ncg_prop p, const char *o,
    int literal, ncg_datatype dt)
{
	const char *is, *io, *ig;

	if (!s || !o || !g)
		return NCG_ERR_INTERNAL;
	is = intern(f, s);
	io = intern(f, o);
	ig = intern(f, g);
	if (!is || !io || !ig)
		return NCG_ERR_NOMEM;
	return add_interned(f, ig, is, p, io, literal, dt);
}

/* ncg_facts_type with the node and graph interned already */
static ncg_status
type_interned(ncg_facts *f, const char *g, const char *s, ncg_class c)
{
	const char *o;

	if (c == NCG_C_CONCEPT || c == NCG_C_WORKSTREAM)
		NCG_TRY(mark_concept(f, s));
	/* a class's IRI is a constant string: interned once per class */
	if ((unsigned)c >= NCG_C__COUNT)
		return NCG_ERR_INTERNAL;
	o = f->class_iri[c];
	if (!o && !(o = f->class_iri[c] = intern(f, ncg_class_iri(c))))
		return NCG_ERR_NOMEM;
	NCG_TRY(add_interned(f, g, s, NCG_P_TYPE, o, 0, NCG_DT_STRING));
	/* the aligned super-classes, so that queries without a reasoner find
	 * an official as a foaf:Person (issue 11) */
	for (const ncg_class *sup = ncg_class_supers(c); *sup != NCG_C__COUNT; sup++)
		NCG_TRY(type_interned(f, g, s, *sup));
	return NCG_OK;
}

ncg_status
ncg_facts_type(ncg_facts *f, const char *g, const char *s, ncg_class c)
{
	const char *is, *ig;

	if (!s || !g)
		return NCG_ERR_INTERNAL;
	is = intern(f, s);
	ig = intern(f, g);
	if (!is || !ig)
		return NCG_ERR_NOMEM;
	return type_interned(f, ig, is, c);
}

/* Read from the facts themselves: a set of typed nodes kept for this
 * alone cost a look-up in a set as big as the archive at every type
 * added, and only tests ask (speed). */
int
ncg_facts_has_type(const ncg_facts *f, const char *s, ncg_class c)
{
	const char *is = ncg_strmap_get(f->strings, s);
	const char *io = (unsigned)c < NCG_C__COUNT ? ncg_strmap_get(f->strings, ncg_class_iri(c))
	                                            : NULL;

	if (!is || !io)
		return 0;
	for (size_t i = 0; i < f->nt; i++)
		if (f->t[i].id.s == string_id(is) && f->t[i].id.o == string_id(io) &&
		    f->t[i].p == NCG_P_TYPE && !f->t[i].literal)
			return 1;
	return 0;
}

ncg_status
ncg_facts_link(ncg_facts *f, const char *g, const char *s, ncg_prop p,
               const char *o)
{
	return add(f, g, s, p, o, 0, NCG_DT_STRING);
}

ncg_status
ncg_facts_literal(ncg_facts *f, const char *g, const char *s, ncg_prop p,
                  const char *lexical, ncg_datatype dt)
{
	if (p == NCG_P_LABEL)
		return ncg_facts_label(f, g, s, lexical, NCG_LABEL_FALLBACK);
	return add(f, g, s, p, lexical, 1, dt);
}

ncg_status
ncg_facts_literal_n(ncg_facts *f, const char *g, const char *s, ncg_prop p,
                    const char *lexical, size_t n, ncg_datatype dt)
{
	const char *is, *io, *ig;

	n = lexical ? strnlen(lexical, n) : 0;
	if (p == NCG_P_LABEL || !s || !lexical || !g) {
		char *copy = lexical ? ncg_arena_strndup(f->arena, lexical, n) : NULL;

		if (lexical && !copy)
			return NCG_ERR_NOMEM;
		return ncg_facts_literal(f, g, s, p, copy, dt);
	}
	/* as add(), in the same order */
	is = intern(f, s);
	io = intern_n(f, lexical, n);
	ig = intern(f, g);
	if (!is || !io || !ig)
		return NCG_ERR_NOMEM;
	return add_interned(f, ig, is, p, io, 1, dt);
}

/* The interned decimal form of value, 0 <= value < SMALL_INT_MAX, kept
 * in f->small_int; NULL when out of memory. */
static const char *
small_int(ncg_facts *f, long value)
{
	char num[8], *q = num + sizeof num;
	size_t v = (size_t)value;

	if (v >= f->nsmall_int) {
		size_t n = f->nsmall_int ? f->nsmall_int : 1024;
		const char **p;

		while (n <= v)
			n *= 2;
		p = realloc(f->small_int, n * sizeof *p);
		if (!p)
			return NULL;
		memset(p + f->nsmall_int, 0, (n - f->nsmall_int) * sizeof *p);
		f->small_int = p;
		f->nsmall_int = n;
	}
	if (f->small_int[v])
		return f->small_int[v];
	*--q = '\0';
	do {
		*--q = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	return f->small_int[value] = intern(f, q);
}

ncg_status
ncg_facts_int(ncg_facts *f, const char *g, const char *s, ncg_prop p,
              long value, ncg_datatype dt)
{
	char num[32], *q = num + sizeof num;
	/* "%ld" by hand: snprintf costs more than the rest of the fact;
	 * the magnitude as unsigned, so that LONG_MIN is right too */
	unsigned long u = value < 0 ? 0UL - (unsigned long)value : (unsigned long)value;

	/* a small number's form is interned once: the fact without a
	 * look-up of it (as ncg_facts_literal would add it: p is no label) */
	if (value >= 0 && value < SMALL_INT_MAX && p != NCG_P_LABEL) {
		const char *is, *io, *ig;

		if (!s || !g)
			return NCG_ERR_INTERNAL;
		is = intern(f, s);
		io = small_int(f, value);
		ig = intern(f, g);
		if (!is || !io || !ig)
			return NCG_ERR_NOMEM;
		return add_interned(f, ig, is, p, io, 1, dt);
	}
	*--q = '\0';
	do {
		*--q = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (value < 0)
		*--q = '-';
	return ncg_facts_literal(f, g, s, p, q, dt);
}

ncg_status
ncg_facts_label(ncg_facts *f, const char *g, const char *s,
                const char *wording, int priority)
{
	int fresh;
	void *arr = f->lc;

	if (!wording || !*wording)
		return NCG_OK;
	s = intern(f, s);
	wording = intern(f, wording);
	g = intern(f, g);
	if (!s || !wording || !g)
		return NCG_ERR_NOMEM;
	NCG_TRY(first_time_key(f, 'L', s, wording, g, priority, 0, 0, &fresh));
	if (!fresh)
		return NCG_OK;
	NCG_TRY(ncg_grow(&arr, &f->caplc, f->nlc + 1, sizeof *f->lc));
	f->lc = arr;
	f->lc[f->nlc++] = (label_cand){string_id(s), string_id(wording), string_id(g), priority};
	return NCG_OK;
}

/* A label candidate with its strings, for cmp_cand. */
typedef struct {
	label_cand c;
	const char *s, *wording, *g;
} label_cand_str;

static int
cmp_cand(const void *a, const void *b)
{
	const label_cand_str *x = a, *y = b;
	int c = strcmp(x->s, y->s);

	if (c)
		return c;
	if (x->c.priority != y->c.priority)
		return y->c.priority - x->c.priority;
	c = strcmp(x->wording, y->wording);
	return c ? c : strcmp(x->g, y->g);
}

static int
cmp_triple(const void *a, const void *b)
{
	const ncg_triple *x = a, *y = b;
	int c = strcmp(x->s, y->s);

	if (c)
		return c;
	if (x->p != y->p) {
		c = strcmp(ncg_prop_iri(x->p), ncg_prop_iri(y->p));
		if (c)
			return c;
	}
	if (x->literal != y->literal)
		return x->literal - y->literal;
	c = strcmp(x->o, y->o);
	if (c)
		return c;
	if (x->dt != y->dt)
		return (int)x->dt - (int)y->dt;
	return strcmp(x->g, y->g);
}

/* Finishing (speed only, issue 9).  The finished triples are put in the
 * order a stable sort by cmp_triple gives, without comparing strings pair
 * by pair: each string used is ranked once in strcmp order, into an array
 * by its id (string_id), each property by its IRI; one counting sort then
 * groups the triples by subject, and each subject's triples are sorted by
 * their other fields' ranks, as numbers, ties kept in the order they came. */
typedef struct {
	uint32_t *rank;           /* by string id: its rank in strcmp order
	                           * (for the strings used only) */
	size_t nrank;             /* the distinct strings used */
	fact_ids *oid;            /* per f->out[i], the ids of its strings */
} finishing;

/* Room in f->out and fin->oid for `need` triples. */
static ncg_status
out_reserve(ncg_facts *f, finishing *fin, size_t need)
{
	size_t cap = f->capout;
	void *arr = f->out;

	if (need <= cap && fin->oid)
		return NCG_OK;
	NCG_TRY(ncg_grow(&arr, &cap, need, sizeof *f->out));
	f->out = arr;
	if (!(arr = realloc(fin->oid, cap * sizeof *fin->oid)))
		return NCG_ERR_NOMEM;
	fin->oid = arr;
	f->capout = cap;
	return NCG_OK;
}

/* Room in f->out and fin->oid for exactly `need` triples, their old
 * contents dropped (speed only: an archive's triples are millions, and
 * growing by doubling held up to twice their room, copied at each step). */
static ncg_status
out_reserve_exact(ncg_facts *f, finishing *fin, size_t need)
{
	if (need > SIZE_MAX / sizeof *f->out)
		return NCG_ERR_NOMEM;
	free(f->out);
	free(fin->oid);
	f->capout = 0;
	f->out = malloc(need * sizeof *f->out);
	fin->oid = malloc(need * sizeof *fin->oid);
	if (!f->out || !fin->oid)
		return NCG_ERR_NOMEM;
	ncg_advise_huge(f->out, need * sizeof *f->out);
	f->capout = need;
	return NCG_OK;
}

/* At most how many triples gather_out makes of f (an upper bound): its
 * facts, and unless its labels were moved, up to three per label
 * candidate (rdfs:label, skos:prefLabel, skos:altLabel) and one per
 * ncg:acronym literal. */
static size_t
out_bound(const ncg_facts *f)
{
	size_t n = f->nt + 1;

	if (f->labels_moved)
		return n;
	for (size_t i = 0; i < f->nt; i++)
		n += f->t[i].p == NCG_P_ACRONYM && f->t[i].literal;
	return f->nlc > (SIZE_MAX - n) / 3 ? SIZE_MAX : n + 3 * f->nlc;
}

static inline ncg_status
push_out(ncg_facts *f, finishing *fin, const ncg_triple *t, fact_ids ids)
{
	if (f->nout >= f->capout || !fin->oid)
		NCG_TRY(out_reserve(f, fin, f->nout + 1));
	fin->oid[f->nout] = ids;
	f->out[f->nout++] = *t;
	return NCG_OK;
}

/* Every ncg:acronym also as skos:altLabel (ncg:acronym is its
 * sub-property: issue 11), unless it is the node's label (best: the
 * label by the node's string id). */
static ncg_status
acronym_alt_labels(ncg_facts *f, finishing *fin, const char *const *best)
{
	for (size_t i = 0; i < f->nt; i++) {
		const fact_rec *a = &f->t[i];
		ncg_triple t;

		if (a->p != NCG_P_ACRONYM || !a->literal)
			continue;
		t = rec_triple(f, a);
		/* interned: equal strings are one pointer */
		if (best[a->id.s] == t.o)
			continue;
		t.p = NCG_P_ALT_LABEL;
		NCG_TRY(push_out(f, fin, &t, a->id));
	}
	return NCG_OK;
}

/* sort_strings for a few: insertion, comparing past the first d bytes */
static void
insertion_sort(const char **a, size_t n, size_t d)
{
	for (size_t j = 1; j < n; j++)
		for (size_t k = j; k > 0 && strcmp(a[k - 1] + d, a[k] + d) > 0; k--) {
			const char *t = a[k];

			a[k] = a[k - 1];
			a[k - 1] = t;
		}
}

/* sort_strings' pivot: the median of the bytes d of the first, middle
 * and last strings */
static unsigned
median_byte(const char **a, size_t n, size_t d)
{
	unsigned x = (unsigned char)a[0][d], y = (unsigned char)a[n / 2][d],
	         z = (unsigned char)a[n - 1][d];

	return x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
}

/* a[0, n) sorted in strcmp order, all equal in their first d bytes: a
 * multikey quicksort (Bentley and Sedgewick), which compares each byte
 * of a shared prefix once, not once per pair as qsort with strcmp does
 * (speed only: the keys of one statement share long prefixes). */
static void
sort_strings(const char **a, size_t n, size_t d)
{
	while (n > 1) {
		size_t lt = 0, i = 0, gt = n;
		unsigned v;

		if (n < 12) {
			insertion_sort(a, n, d);
			return;
		}
		v = median_byte(a, n, d);
		while (i < gt) {
			unsigned c = (unsigned char)a[i][d];
			const char *t = a[i];

			if (c < v) {
				a[i++] = a[lt];
				a[lt++] = t;
			} else if (c > v) {
				a[i] = a[--gt];
				a[gt] = t;
			} else {
				i++;
			}
		}
		{
			/* the two smaller parts by recursion, each at most half of
			 * n, the largest by the loop: at most log2(n) frames deep,
			 * whatever the input (review10; the equal ones, past their
			 * byte, are a part unless it ends them: equal strings) */
			size_t ne = v == 0 ? 0 : gt - lt;

			if (lt >= ne && lt >= n - gt) {
				sort_strings(a + lt, ne, d + 1);
				sort_strings(a + gt, n - gt, d);
				n = lt;
			} else if (n - gt >= ne) {
				sort_strings(a, lt, d);
				sort_strings(a + lt, ne, d + 1);
				a += gt;
				n -= gt;
			} else {
				sort_strings(a, lt, d);
				sort_strings(a + gt, n - gt, d);
				a += lt;
				n = ne;
				d++;
			}
		}
	}
}

/* used[id] = 1 for the ids of f's facts and label candidates, which
 * are all the strings of its finished triples. */
static void
mark_used(const ncg_facts *f, uint8_t *used)
{
	for (size_t i = 0; i < f->nt; i++) {
		used[f->t[i].id.s] = 1;
		used[f->t[i].id.o] = 1;
		used[f->t[i].id.g] = 1;
	}
	for (size_t i = 0; i < f->nlc; i++) {
		used[f->lc[i].sid] = 1;
		used[f->lc[i].wid] = 1;
		used[f->lc[i].gid] = 1;
	}
}

/* fin->rank and fin->nrank: every string used, ranked in strcmp order
 * (the strings are interned: distinct strings, distinct ranks). */
static ncg_status
rank_strings(const ncg_facts *f, finishing *fin)
{
	size_t nid = ncg_strmap_count(f->strings), n = 0;
	uint8_t *used = calloc(nid + 1, 1);
	const char **str = NULL;

	fin->rank = malloc((nid + 1) * sizeof *fin->rank);
	if (!used || !fin->rank || nid >= UINT32_MAX / 4) {
		free(used);
		return NCG_ERR_NOMEM;
	}
	mark_used(f, used);
	for (size_t id = 0; id < nid; id++)
		n += used[id];
	if (!(str = malloc((n + 1) * sizeof *str))) {
		free(used);
		return NCG_ERR_NOMEM;
	}
	for (size_t id = 0, k = 0; id < nid; id++)
		if (used[id])
			str[k++] = ncg_strmap_key_at(f->strings, id);
	free(used);
	sort_strings(str, n, 0);
	for (size_t r = 0; r < n; r++)
		fin->rank[string_id(str[r])] = (uint32_t)r;
	fin->nrank = n;
	free(str);
	return NCG_OK;
}

/* Each property's rank by its IRI (equal IRIs: one rank). */
static void
rank_props(uint32_t *rank)
{
	int order[NCG_P__COUNT];

	for (int i = 0; i < NCG_P__COUNT; i++) {
		int j = i;

		for (; j > 0 && strcmp(ncg_prop_iri((ncg_prop)order[j - 1]),
		                       ncg_prop_iri((ncg_prop)i)) > 0; j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
	for (int r = 0, rk = 0; r < NCG_P__COUNT; r++) {
		if (r > 0 && strcmp(ncg_prop_iri((ncg_prop)order[r - 1]),
		                    ncg_prop_iri((ncg_prop)order[r])) != 0)
			rk = r;
		rank[order[r]] = (uint32_t)rk;
	}
}

/* One stable counting sort of the indices in[0, n) into out by key[index]
 * (each below nb), count: nb + 1 counters. */
static void
counting_pass(const uint32_t *key, uint32_t nb, const uint32_t *in, uint32_t *out,
              size_t n, uint32_t *count)
{
	memset(count, 0, (nb + 1) * sizeof *count);
	for (size_t i = 0; i < n; i++)
		count[key[in[i]] + 1]++;
	for (uint32_t b = 0; b < nb; b++)
		count[b + 1] += count[b];
	for (size_t i = 0; i < n; i++)
		out[count[key[in[i]]]++] = in[i];
}

/* The literal flags and datatypes of f->out, as the offsets its keys count
 * from and how many values each takes. */
typedef struct {
	int lo_lit, lo_dt;
	uint32_t nlit, ndt;
} out_span;

/* sp of f->out (n > 0); 0 when a field's values are too many for the keys
 * (nrank strings ranked) */
static int
out_span_of(const ncg_facts *f, size_t nrank, out_span *sp)
{
	int lo_lit = f->out[0].literal, hi_lit = lo_lit;
	int lo_dt = (int)f->out[0].dt, hi_dt = lo_dt;

	for (size_t i = 1; i < f->nout; i++) {
		const ncg_triple *t = &f->out[i];

		lo_lit = t->literal < lo_lit ? t->literal : lo_lit;
		hi_lit = t->literal > hi_lit ? t->literal : hi_lit;
		lo_dt = (int)t->dt < lo_dt ? (int)t->dt : lo_dt;
		hi_dt = (int)t->dt > hi_dt ? (int)t->dt : hi_dt;
	}
	if (f->nout >= UINT32_MAX / 3 || (long)hi_lit - lo_lit > 255 || (long)hi_dt - lo_dt > 255)
		return 0;
	sp->lo_lit = lo_lit;
	sp->lo_dt = lo_dt;
	sp->nlit = (uint32_t)(hi_lit - lo_lit + 1);
	sp->ndt = (uint32_t)(hi_dt - lo_dt + 1);
	return (uint64_t)nrank * sp->ndt < UINT32_MAX / 2;
}

/* A finished triple's keys after its subject, as cmp_triple orders them,
 * and where it came from. */
typedef struct {
	uint64_t k;               /* property-literal key << 32 | object-datatype key */
	uint32_t g;               /* the graph's rank */
	uint32_t i;               /* its index in f->out before sorting */
} out_rec;

static inline int
rec_less(const out_rec *a, const out_rec *b)
{
	if (a->k != b->k)
		return a->k < b->k;
	return a->g != b->g ? a->g < b->g : a->i < b->i;
}

static int
cmp_rec(const void *a, const void *b)
{
	return rec_less(a, b) ? -1 : rec_less(b, a);
}

/* One subject's records sorted (their keys and indices: all distinct):
 * a quicksort with the comparison inline, the smaller part by recursion
 * (at most log2(n) frames), small parts by insertion; past a depth that
 * only an adversary's input reaches, qsort (speed only: a subject named
 * in every statement has thousands of triples). */
static void
sort_recs(out_rec *r, size_t n, int depth)
{
	while (n > 16) {
		out_rec piv, t;
		size_t i = 0, j = n - 1;

		if (depth-- == 0) {
			qsort(r, n, sizeof *r, cmp_rec);
			return;
		}
		{
			/* the median of the first, middle and last as the pivot */
			out_rec *a = &r[0], *b = &r[n / 2], *c = &r[n - 1];

			piv = rec_less(a, b) ? (rec_less(b, c) ? *b : rec_less(a, c) ? *c : *a)
			                     : (rec_less(a, c) ? *a : rec_less(b, c) ? *c : *b);
		}
		/* Hoare's partition: r[0, i) <= piv <= r[j + 1, n) */
		for (;;) {
			while (rec_less(&r[i], &piv))
				i++;
			while (rec_less(&piv, &r[j]))
				j--;
			if (i >= j)
				break;
			t = r[i];
			r[i++] = r[j];
			r[j--] = t;
		}
		/* r[0, j + 1) and r[j + 1, n), both non-empty */
		if (j + 1 < n - j - 1) {
			sort_recs(r, j + 1, depth);
			r += j + 1;
			n -= j + 1;
		} else {
			sort_recs(r + j + 1, n - j - 1, depth);
			n = j + 1;
		}
	}
	for (size_t a = 1; a < n; a++) {
		out_rec x = r[a];
		size_t k = a;

		for (; k > 0 && rec_less(&x, &r[k - 1]); k--)
			r[k] = r[k - 1];
		r[k] = x;
	}
}

/* rec[0, n) and sub (each record's subject rank) for f->out, grouped by
 * subject in the order the triples came (a counting sort), then each
 * subject's records sorted: the order of a stable sort by cmp_triple. */
static ncg_status
order_recs(const ncg_facts *f, const finishing *fin, const out_span *sp, out_rec *rec,
           uint32_t *sub)
{
	const uint32_t *rank = fin->rank;
	uint32_t prank[NCG_P__COUNT];
	uint32_t *end = calloc(fin->nrank + 1, sizeof *end);

	if (!end)
		return NCG_ERR_NOMEM;
	rank_props(prank);
	for (size_t i = 0; i < f->nout; i++)
		end[rank[fin->oid[i].s] + 1]++;
	for (size_t r = 0; r < fin->nrank; r++)
		end[r + 1] += end[r];
	for (size_t i = 0; i < f->nout; i++) {
		const ncg_triple *t = &f->out[i];
		const fact_ids *id = &fin->oid[i];
		uint32_t s = rank[id->s], pos = end[s]++;
		uint32_t plit = prank[t->p] * sp->nlit + (uint32_t)(t->literal - sp->lo_lit);
		uint32_t odt = rank[id->o] * sp->ndt + (uint32_t)((int)t->dt - sp->lo_dt);

		rec[pos] = (out_rec){(uint64_t)plit << 32 | odt, rank[id->g], (uint32_t)i};
		sub[pos] = s;
	}
	/* end[r] is now where subject r's records end */
	for (size_t r = 0, b = 0; r < fin->nrank; b = end[r++])
		if (end[r] - b > 1)
			sort_recs(rec + b, end[r] - b, 64);
	free(end);
	return NCG_OK;
}

/* sorted[0, n) (n triples in the order of rec, sub) without exact
 * duplicates; f->ndistinct: the triples distinct but for their graphs.
 * Returns how many are kept. */
static size_t
dedupe_recs(ncg_facts *f, ncg_triple *sorted, out_rec *rec, uint32_t *sub, size_t n)
{
	size_t j = 0;

	f->ndistinct = 0;
	for (size_t i = 0; i < n; i++) {
		if (j > 0 && sub[j - 1] == sub[i] && rec[j - 1].k == rec[i].k &&
		    rec[j - 1].g == rec[i].g)
			continue;
		/* distinct from the one before but for its graph? */
		if (j == 0 || sub[j - 1] != sub[i] || sorted[j - 1].p != sorted[i].p ||
		    sorted[j - 1].literal != sorted[i].literal ||
		    (uint32_t)rec[j - 1].k != (uint32_t)rec[i].k)
			f->ndistinct++;
		sub[j] = sub[i];
		rec[j] = rec[i];
		sorted[j++] = sorted[i];
	}
	return j;
}

/* f->out sorted as a stable qsort by cmp_triple would, exact duplicates
 * dropped and f->ndistinct counted.  0 when a field's values do not fit
 * the keys (then the triples stay as they were). */
static int
sort_out_ranked(ncg_facts *f, finishing *fin, ncg_status *st)
{
	size_t n = f->nout;
	out_span sp;
	out_rec *rec;
	uint32_t *sub;
	ncg_triple *sorted;

	/* order_recs numbers triples in uint32_t: past that, the qsort path */
	if (n >= UINT32_MAX || !out_span_of(f, fin->nrank, &sp))
		return 0;
	rec = malloc(n * sizeof *rec);
	sub = malloc(n * sizeof *sub);
	if (!rec || !sub || order_recs(f, fin, &sp, rec, sub) != NCG_OK) {
		free(rec);
		free(sub);
		*st = NCG_ERR_NOMEM;
		return 0;
	}
	/* the ids are read no more: their room back before the sorted copy */
	free(fin->oid);
	fin->oid = NULL;
	if (!(sorted = malloc(n * sizeof *sorted))) {
		free(rec);
		free(sub);
		*st = NCG_ERR_NOMEM;
		return 0;
	}
	/* a gather (independent reads), not a permutation in place, whose
	 * cycles chain one cache miss to the next: finishing 10,000
	 * statements took it 52 s of CPU, where this took 9 */
	for (size_t i = 0; i < n; i++)
		sorted[i] = f->out[rec[i].i];
	free(f->out);
	f->out = sorted;
	f->capout = n;
	f->nout = dedupe_recs(f, sorted, rec, sub, n);
	free(rec);
	free(sub);
	return 1;
}

/* f->lc sorted by cmp_cand (priorities too far apart for sort_lc_ranked's
 * keys); NCG_ERR_NOMEM when out of memory. */
static ncg_status
sort_lc_strings(ncg_facts *f)
{
	label_cand_str *a = malloc(f->nlc * sizeof *a);

	if (!a)
		return NCG_ERR_NOMEM;
	for (size_t i = 0; i < f->nlc; i++) {
		const label_cand *c = &f->lc[i];

		a[i] = (label_cand_str){*c, ncg_strmap_key_at(f->strings, c->sid),
		                        ncg_strmap_key_at(f->strings, c->wid),
		                        ncg_strmap_key_at(f->strings, c->gid)};
	}
	qsort(a, f->nlc, sizeof *a, cmp_cand);
	for (size_t i = 0; i < f->nlc; i++)
		f->lc[i] = a[i].c;
	free(a);
	return NCG_OK;
}

/* f->lc sorted as a stable qsort by cmp_cand would, by the ranks of its
 * strings (speed only); NCG_ERR_NOMEM when out of memory. */
static ncg_status
sort_lc_ranked(ncg_facts *f, const finishing *fin)
{
	size_t n = f->nlc;
	const uint32_t *rank = fin->rank;
	int lo = f->lc[0].priority, hi = lo;
	uint32_t *key = malloc(n * sizeof *key), *ix = malloc(n * sizeof *ix);
	uint32_t *tmp = malloc(n * sizeof *tmp), *count = malloc((fin->nrank + 65537) * sizeof *count);
	label_cand *sorted = malloc(n * sizeof *sorted);
	ncg_status st = NCG_ERR_NOMEM;

	for (size_t i = 1; i < n; i++) {
		lo = f->lc[i].priority < lo ? f->lc[i].priority : lo;
		hi = f->lc[i].priority > hi ? f->lc[i].priority : hi;
	}
	if (key && ix && tmp && count && sorted && (long)hi - lo > 65535) {
		st = sort_lc_strings(f);
	} else if (key && ix && tmp && count && sorted) {
		/* from the last key of cmp_cand to its first: graph, wording,
		 * priority (highest first), subject */
		for (size_t i = 0; i < n; i++)
			ix[i] = (uint32_t)i;
		for (int k = 0; k < 4; k++) {
			uint32_t nb = k == 2 ? (uint32_t)(hi - lo + 1) : (uint32_t)fin->nrank, *swap;

			for (size_t i = 0; i < n; i++) {
				const label_cand *c = &f->lc[i];

				key[i] = k == 0 ? rank[c->gid] : k == 1 ? rank[c->wid]
				         : k == 2 ? (uint32_t)((long)hi - c->priority) : rank[c->sid];
			}
			counting_pass(key, nb, ix, tmp, n, count);
			swap = ix;
			ix = tmp;
			tmp = swap;
		}
		for (size_t i = 0; i < n; i++)
			sorted[i] = f->lc[ix[i]];
		memcpy(f->lc, sorted, n * sizeof *sorted);
		st = NCG_OK;
	}
	free(key);
	free(ix);
	free(tmp);
	free(count);
	free(sorted);
	return st;
}

/* Labels: per subject, the best candidate is the label (recorded in
 * best, by the subject's string id), the others alternative labels.
 * Labels are English text, a statement's wording or the lexicon's name:
 * @en. */
static ncg_status
resolve_labels(ncg_facts *f, finishing *fin, const char **best)
{
	size_t i, j;

	if (f->nlc > 1)
		NCG_TRY(sort_lc_ranked(f, fin));
	for (i = 0; i < f->nlc; i = j) {
		const label_cand *c = &f->lc[i];
		int concept = c->sid < f->nconcept && f->concept[c->sid];
		const char *s = ncg_strmap_key_at(f->strings, c->sid);
		const char *wording = ncg_strmap_key_at(f->strings, c->wid);

		best[c->sid] = wording;
		/* interned: equal strings are one id */
		for (j = i; j < f->nlc && f->lc[j].sid == c->sid; j++) {
			const label_cand *d = &f->lc[j];
			ncg_triple t = {s, NCG_P_LABEL, wording, 1, NCG_DT_EN,
			                ncg_strmap_key_at(f->strings, d->gid)};
			fact_ids id = {d->sid, c->wid, d->gid};

			NCG_TRY(push_out(f, fin, &t, id));
			if (concept) {
				t.p = NCG_P_PREF_LABEL;
				NCG_TRY(push_out(f, fin, &t, id));
			}
			if (d->wid != c->wid) {
				t.p = NCG_P_ALT_LABEL;
				t.o = ncg_strmap_key_at(f->strings, d->wid);
				id.o = d->wid;
				NCG_TRY(push_out(f, fin, &t, id));
			}
		}
	}
	return NCG_OK;
}

/* Is this type fact one that makes its subject a concept (skos:prefLabel)? */
static int
concept_type(const ncg_triple *t)
{
	return t->p == NCG_P_TYPE && !t->literal &&
	       (strcmp(t->o, ncg_class_iri(NCG_C_CONCEPT)) == 0 ||
	        strcmp(t->o, ncg_class_iri(NCG_C_WORKSTREAM)) == 0);
}

ncg_status
ncg_facts_take_label_inputs(ncg_facts *from,
                            ncg_status (*fn)(void *ctx, const ncg_label_input *in),
                            void *ctx)
{
	for (size_t i = 0; i < from->nlc; i++) {
		const label_cand *c = &from->lc[i];
		ncg_label_input in = {NCG_LI_CANDIDATE, ncg_strmap_key_at(from->strings, c->sid),
		                      ncg_strmap_key_at(from->strings, c->wid),
		                      ncg_strmap_key_at(from->strings, c->gid), c->priority};

		NCG_TRY(fn(ctx, &in));
	}
	for (size_t i = 0; i < from->nt; i++) {
		ncg_triple t;

		if (from->t[i].p != NCG_P_TYPE && from->t[i].p != NCG_P_ACRONYM)
			continue;
		t = rec_triple(from, &from->t[i]);
		if (t.p == NCG_P_ACRONYM && t.literal) {
			ncg_label_input in = {NCG_LI_ACRONYM, t.s, t.o, t.g, (int)t.dt};

			NCG_TRY(fn(ctx, &in));
		} else if (concept_type(&t)) {
			ncg_label_input in = {NCG_LI_CONCEPT, t.s, NULL, NULL, 0};

			NCG_TRY(fn(ctx, &in));
		}
	}
	from->nlc = 0;
	from->labels_moved = 1;
	return NCG_OK;
}

ncg_status
ncg_facts_add_label_input(ncg_facts *to, const ncg_label_input *in)
{
	/* a candidate not through ncg_facts_label: no key to find it again;
	 * a candidate given twice (the same statement in two batches) makes
	 * the same triples twice, which finish() drops */
	if (in->kind == NCG_LI_CANDIDATE) {
		const char *s = intern(to, in->s), *wording = intern(to, in->text);
		const char *g = intern(to, in->g);
		void *arr = to->lc;

		if (!s || !wording || !g)
			return NCG_ERR_NOMEM;
		NCG_TRY(ncg_grow(&arr, &to->caplc, to->nlc + 1, sizeof *to->lc));
		to->lc = arr;
		to->lc[to->nlc++] = (label_cand){string_id(s), string_id(wording), string_id(g),
		                                 in->n};
		return NCG_OK;
	}
	if (in->kind == NCG_LI_ACRONYM)
		return add(to, in->g, in->s, NCG_P_ACRONYM, in->text, 1, (ncg_datatype)in->n);
	{
		const char *s = intern(to, in->s);

		if (!s)
			return NCG_ERR_NOMEM;
		return mark_concept(to, s);
	}
}

static ncg_status
add_to(void *ctx, const ncg_label_input *in)
{
	return ncg_facts_add_label_input(ctx, in);
}

ncg_status
ncg_facts_move_labels(ncg_facts *from, ncg_facts *to)
{
	return ncg_facts_take_label_inputs(from, add_to, to);
}

size_t
ncg_facts_size(const ncg_facts *f)
{
	return f->nt + f->nlc;
}

/* f->out[0, nt) and fin->oid: f's facts as triples, with their ids (a
 * fact's subject and graph are most often the last one's: their strings
 * are found without a look-up then) */
static void
out_facts(ncg_facts *f, finishing *fin)
{
	uint32_t sid = UINT32_MAX, gid = UINT32_MAX;
	const char *s = NULL, *g = NULL;

	for (size_t i = 0; i < f->nt; i++) {
		const fact_rec *r = &f->t[i];
		ncg_triple *t = &f->out[i];

		if (r->id.s != sid)
			s = ncg_strmap_key_at(f->strings, sid = r->id.s);
		if (r->id.g != gid)
			g = ncg_strmap_key_at(f->strings, gid = r->id.g);
		t->s = s;
		t->p = (ncg_prop)r->p;
		t->o = ncg_strmap_key_at(f->strings, r->id.o);
		t->literal = r->literal;
		t->dt = (ncg_datatype)r->dt;
		t->g = g;
		fin->oid[i] = r->id;
	}
}

/* f->out: f's facts, then (unless moved) its labels and the acronyms'
 * alternative labels, each with its strings' ids (fin->oid). */
static ncg_status
gather_out(ncg_facts *f, finishing *fin)
{
	const char **best;
	ncg_status st;

	f->nout = 0;
	NCG_TRY(out_reserve_exact(f, fin, out_bound(f)));
	out_facts(f, fin);
	f->nout = f->nt;
	if (f->labels_moved)
		return NCG_OK;
	/* the label chosen, by the subject's string id */
	if (!(best = calloc(ncg_strmap_count(f->strings) + 1, sizeof *best)))
		return NCG_ERR_NOMEM;
	st = resolve_labels(f, fin, best);
	if (st == NCG_OK)
		st = acronym_alt_labels(f, fin, best);
	free(best);
	return st;
}

static ncg_status
finish(ncg_facts *f)
{
	size_t i, j;
	finishing fin = {0};
	ncg_status st = rank_strings(f, &fin);

	f->nout = 0;
	if (st == NCG_OK)
		st = gather_out(f, &fin);
	if (st == NCG_OK && f->nout > 1 && sort_out_ranked(f, &fin, &st)) {
		free(fin.rank);
		free(fin.oid);
		return NCG_OK;
	}
	free(fin.rank);
	free(fin.oid);
	NCG_TRY(st);
	if (f->nout > 1)
		qsort(f->out, f->nout, sizeof *f->out, cmp_triple);
	/* drop exact duplicates (the same label from two candidates of one graph) */
	for (i = 0, j = 0; i < f->nout; i++)
		if (j == 0 || cmp_triple(&f->out[j - 1], &f->out[i]) != 0)
			f->out[j++] = f->out[i];
	f->nout = j;
	/* distinct triples, ignoring graphs */
	f->ndistinct = 0;
	for (i = 0; i < f->nout; i++) {
		const ncg_triple *a = &f->out[i], *b = i ? &f->out[i - 1] : NULL;

		if (!b || strcmp(a->s, b->s) || a->p != b->p || a->literal != b->literal ||
		    strcmp(a->o, b->o) || a->dt != b->dt)
			f->ndistinct++;
	}
	return NCG_OK;
}

ncg_status
ncg_facts_finish(ncg_facts *f, const ncg_triple **out, size_t *n)
{
	ncg_status st = finish(f);

	if (st != NCG_OK) {
		f->nout = f->ndistinct = 0;
		*out = NULL;
		*n = 0;
		return st;
	}
	*out = f->out;
	*n = f->nout;
	return NCG_OK;
}

size_t
ncg_facts_count_triples(const ncg_facts *f)
{
	return f->ndistinct;
}
