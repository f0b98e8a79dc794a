/* ncgkg: a hash map from strings to pointers (open addressing, FNV-1a). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/arena.h"
#include "ncgkg/strmap.h"

typedef struct {
	const char *key;
	size_t klen;
	void *value;
	uint64_t hash;       /* of the key: a rehash need not read the keys */
} entry;

struct ncg_strmap {
	ncg_arena *keys;
	entry *entries;      /* insertion order */
	size_t count, cap;
	uint64_t *slots;     /* low 32 bits: 0 = empty, else entry index + 1;
	                      * high 32 bits: the key's hash >> 32, compared
	                      * before the entry and its key are read (those
	                      * miss the cache in a big map) */
	size_t nslots;
};

/* Sixteen bytes at a time in two independent lanes (a multiply and a
 * rotate per word, then a final mix): long keys (IRIs, sentences kept as
 * NIF anchors) hash in a fraction of the time a byte-at-a-time hash
 * takes.  Only slots depend on it, never the order of entries. */
static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL ^ (n * 0x9E3779B97F4A7C15ULL);
	uint64_t h2 = 0x2545F4914F6CDD1DULL;
	size_t i = 0;

	for (; i + 16 <= n; i += 16) {
		uint64_t w, w2;

		memcpy(&w, s + i, 8);
		memcpy(&w2, s + i + 8, 8);
		h ^= w * 0x87C37B91114253D5ULL;
		h = (h << 31 | h >> 33) * 0x4CF5AD432745937FULL;
		h2 ^= w2 * 0x87C37B91114253D5ULL;
		h2 = (h2 << 29 | h2 >> 35) * 0x4CF5AD432745937FULL;
	}
	if (i + 8 <= n) {
		uint64_t w;

		memcpy(&w, s + i, 8);
		h ^= w * 0x87C37B91114253D5ULL;
		h = (h << 31 | h >> 33) * 0x4CF5AD432745937FULL;
		i += 8;
	}
	if (i < n) {
		uint64_t w = 0;

		/* the last 1..7 bytes, without a call to memcpy of a variable
		 * size: the last eight bytes when the key has them */
		if (n >= 8)
			memcpy(&w, s + n - 8, 8);
		else
			for (size_t j = 0; i + j < n; j++)
				w |= (uint64_t)(unsigned char)s[i + j] << (8 * j);
		h2 ^= w * 0x87C37B91114253D5ULL;
		h2 = (h2 << 29 | h2 >> 35) * 0x4CF5AD432745937FULL;
	}
	h ^= h2 * 0xC2B2AE3D27D4EB4FULL;
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDULL;
	h ^= h >> 33;
	return h;
}

ncg_strmap *
ncg_strmap_new(void)
{
	ncg_strmap *m = calloc(1, sizeof *m);

	if (!m)
		return NULL;
	m->keys = ncg_arena_new();
	if (!m->keys) {
		free(m);
		return NULL;
	}
	return m;
}

void
ncg_strmap_free(ncg_strmap *m)
{
	if (!m)
		return;
	ncg_arena_free(m->keys);
	free(m->entries);
	free(m->slots);
	free(m);
}

/* The slot of key, whose hash is h: where it is (*found 1) or where it
 * would go (0); *tag gets its tag (high bits of slots). */
static size_t
find_slot_h(const ncg_strmap *m, const char *key, size_t klen, uint64_t h, int *found,
            uint64_t *tag)
{
	size_t mask = m->nslots - 1;
	size_t i = (size_t)h & mask;

	*tag = h & 0xFFFFFFFF00000000ULL;
	for (;;) {
		uint64_t sl = m->slots[i];
		uint32_t s = (uint32_t)sl;

		if (s == 0) {
			*found = 0;
			return i;
		}
		if ((sl & 0xFFFFFFFF00000000ULL) == *tag && m->entries[s - 1].klen == klen &&
		    memcmp(m->entries[s - 1].key, key, klen) == 0) {
			*found = 1;
			return i;
		}
		i = (i + 1) & mask;
	}
}

static size_t
find_slot(const ncg_strmap *m, const char *key, size_t klen, int *found, uint64_t *tag)
{
	return find_slot_h(m, key, klen, hash(key, klen), found, tag);
}

static ncg_status
rehash(ncg_strmap *m, size_t nslots)
{
	uint64_t *slots = calloc(nslots, sizeof *slots);
	uint64_t *old = m->slots;

	if (!slots)
		return NCG_ERR_NOMEM;
	/* untouched yet (calloc's fresh pages): huge pages when big */
	ncg_advise_huge(slots, nslots * sizeof *slots);
	m->slots = slots;
	m->nslots = nslots;
	/* keys are distinct: each goes to the first empty slot from its hash */
	for (size_t e = 0; e < m->count; e++) {
		uint64_t h = m->entries[e].hash;
		size_t i = (size_t)h & (nslots - 1);

		while (slots[i])
			i = (i + 1) & (nslots - 1);
		slots[i] = (h & 0xFFFFFFFF00000000ULL) | (uint32_t)(e + 1);
	}
	free(old);
	return NCG_OK;
}

static ncg_status put_h(ncg_strmap *m, const char *key, size_t klen, uint64_t h,
                        void *value, int replace, int *added);

static ncg_status
put(ncg_strmap *m, const char *key, size_t klen, void *value, int replace, int *added)
{
	return put_h(m, key, klen, hash(key, klen), value, replace, added);
}

ncg_status
ncg_strmap_putn(ncg_strmap *m, const char *key, size_t klen, void *value)
{
	int added;

	return put(m, key, klen, value, 1, &added);
}

ncg_status
ncg_strmap_add(ncg_strmap *m, const char *key, size_t klen, void *value, int *added)
{
	return put(m, key, klen, value, 0, added);
}

/* Adds key (hash h, absent) at slot i, as found by find_slot_h with tag,
 * with value. */
static ncg_status
insert_at(ncg_strmap *m, size_t i, uint64_t tag, const char *key, size_t klen, uint64_t h,
          void *value)
{
	int found;
	char *k;
	void *p;

	if (m->count >= UINT32_MAX - 1 || m->nslots > SIZE_MAX / 16)
		return NCG_ERR_NOMEM;
	/* keep the table at most half full: grow before adding */
	if ((m->count + 1) * 2 > m->nslots) {
		NCG_TRY(rehash(m, m->nslots * 2));
		i = find_slot_h(m, key, klen, h, &found, &tag);
	}
	p = m->entries;
	NCG_TRY(ncg_grow(&p, &m->cap, m->count + 1, sizeof(entry)));
	m->entries = p;
	/* the key's index in the four bytes before its copy
	 * (ncg_strmap_key_id); written whole, so not zeroed first */
	if (klen > SIZE_MAX - 5 || !(k = ncg_arena_alloc_raw(m->keys, klen + 5)))
		return NCG_ERR_NOMEM;
	{
		uint32_t id = (uint32_t)m->count;

		memcpy(k, &id, 4);
		k += 4;
		memcpy(k, key, klen);
		k[klen] = '\0';
	}
	m->entries[m->count] = (entry){k, klen, value, h};
	m->slots[i] = tag | (uint32_t)(m->count + 1);
	m->count++;
	return NCG_OK;
}

/* Where key (hash h) is or would go: *i, *found, *tag as find_slot_h
 * gives them, the table made first when it has no slots */
static ncg_status
probe(ncg_strmap *m, const char *key, size_t klen, uint64_t h, int *found, uint64_t *tag,
      size_t *i)
{
	if (m->nslots == 0)
		NCG_TRY(rehash(m, 16));
	*i = find_slot_h(m, key, klen, h, found, tag);
	return NCG_OK;
}

/* Sets key's value (when absent, or when replace); *added: was absent;
 * h is the key's hash */
static ncg_status
put_h(ncg_strmap *m, const char *key, size_t klen, uint64_t h, void *value, int replace,
      int *added)
{
	int found;
	size_t i;
	uint64_t tag;

	*added = 0;
	NCG_TRY(probe(m, key, klen, h, &found, &tag, &i));
	if (found) {
		if (replace)
			m->entries[(uint32_t)m->slots[i] - 1].value = value;
		return NCG_OK;
	}
	NCG_TRY(insert_at(m, i, tag, key, klen, h, value));
	*added = 1;
	return NCG_OK;
}

uint64_t
ncg_strmap_hash(const char *key, size_t klen)
{
	return hash(key, klen);
}

ncg_status
ncg_strmap_intern(ncg_strmap *m, const char *key, size_t klen, const char **out)
{
	return ncg_strmap_intern_h(m, key, klen, hash(key, klen), out);
}

ncg_status
ncg_strmap_intern_h(ncg_strmap *m, const char *key, size_t klen, uint64_t h,
                    const char **out)
{
	int found;
	uint64_t tag;
	size_t i;

	*out = NULL;
	NCG_TRY(probe(m, key, klen, h, &found, &tag, &i));
	if (found) {
		*out = m->entries[(uint32_t)m->slots[i] - 1].key;
		return NCG_OK;
	}
	/* absent: added where the look-up ended (one probe, not two), with
	 * its own copy as its value */
	NCG_TRY(insert_at(m, i, tag, key, klen, h, NULL));
	i = m->count - 1;
	m->entries[i].value = (void *)m->entries[i].key;
	*out = m->entries[i].key;
	return NCG_OK;
}

ncg_status
ncg_strmap_put(ncg_strmap *m, const char *key, void *value)
{
	return ncg_strmap_putn(m, key, strlen(key), value);
}

void *
ncg_strmap_getn(const ncg_strmap *m, const char *key, size_t klen)
{
	int found;
	size_t i;
	uint64_t tag;

	if (!m || m->nslots == 0)
		return NULL;
	i = find_slot(m, key, klen, &found, &tag);
	return found ? m->entries[(uint32_t)m->slots[i] - 1].value : NULL;
}

void *
ncg_strmap_get(const ncg_strmap *m, const char *key)
{
	return ncg_strmap_getn(m, key, strlen(key));
}

size_t
ncg_strmap_count(const ncg_strmap *m)
{
	return m ? m->count : 0;
}

void *
ncg_strmap_value_at(const ncg_strmap *m, size_t i)
{
	return m->entries[i].value;
}

const char *
ncg_strmap_key_at(const ncg_strmap *m, size_t i)
{
	return m->entries[i].key;
}
