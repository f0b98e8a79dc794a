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
} entry;

struct ncg_strmap {
	ncg_arena *keys;
	entry *entries;      /* insertion order */
	size_t count, cap;
	uint32_t *slots;     /* 0 = empty, else entry index + 1 */
	size_t nslots;
};

/* Eight bytes at a time (a multiply and a rotate per word, then a final
 * mix): long keys (sentences kept as NIF anchors) hash in a fraction of
 * the time a byte-at-a-time hash takes.  Only slots depend on it, never
 * the order of entries. */
static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL ^ (n * 0x9E3779B97F4A7C15ULL);
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w;

		memcpy(&w, s + i, 8);
		h ^= w * 0x87C37B91114253D5ULL;
		h = (h << 31 | h >> 33) * 0x4CF5AD432745937FULL;
	}
	if (i < n) {
		uint64_t w = 0;

		memcpy(&w, s + i, n - i);
		h ^= w * 0x87C37B91114253D5ULL;
		h = (h << 31 | h >> 33) * 0x4CF5AD432745937FULL;
	}
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

static size_t
find_slot(const ncg_strmap *m, const char *key, size_t klen, int *found)
{
	size_t mask = m->nslots - 1;
	size_t i = (size_t)hash(key, klen) & mask;

	for (;;) {
		uint32_t s = m->slots[i];

		if (s == 0) {
			*found = 0;
			return i;
		}
		if (m->entries[s - 1].klen == klen &&
		    memcmp(m->entries[s - 1].key, key, klen) == 0) {
			*found = 1;
			return i;
		}
		i = (i + 1) & mask;
	}
}

static ncg_status
rehash(ncg_strmap *m, size_t nslots)
{
	uint32_t *slots = calloc(nslots, sizeof *slots);
	uint32_t *old = m->slots;

	if (!slots)
		return NCG_ERR_NOMEM;
	m->slots = slots;
	m->nslots = nslots;
	for (size_t e = 0; e < m->count; e++) {
		int found;
		size_t i = find_slot(m, m->entries[e].key, m->entries[e].klen, &found);

		slots[i] = (uint32_t)(e + 1);
	}
	free(old);
	return NCG_OK;
}

ncg_status
ncg_strmap_putn(ncg_strmap *m, const char *key, size_t klen, void *value)
{
	int found;
	size_t i;
	char *k;
	void *p;

	if (m->nslots == 0)
		NCG_TRY(rehash(m, 16));
	i = find_slot(m, key, klen, &found);
	if (found) {
		m->entries[m->slots[i] - 1].value = value;
		return NCG_OK;
	}
	if (m->count >= UINT32_MAX - 1 || m->nslots > SIZE_MAX / 4)
		return NCG_ERR_NOMEM;
	/* keep the table at most half full: grow before adding */
	if ((m->count + 1) * 2 > m->nslots) {
		NCG_TRY(rehash(m, m->nslots * 2));
		i = find_slot(m, key, klen, &found);
	}
	p = m->entries;
	NCG_TRY(ncg_grow(&p, &m->cap, m->count + 1, sizeof(entry)));
	m->entries = p;
	k = ncg_arena_strndup(m->keys, key, klen);
	if (!k)
		return NCG_ERR_NOMEM;
	m->entries[m->count] = (entry){k, klen, value};
	m->slots[i] = (uint32_t)(m->count + 1);
	m->count++;
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

	if (!m || m->nslots == 0)
		return NULL;
	i = find_slot(m, key, klen, &found);
	return found ? m->entries[m->slots[i] - 1].value : NULL;
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
