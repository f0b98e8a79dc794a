/* ncgkg: a hash map from strings to pointers.
 *
 * Ownership: the map copies keys into its own storage; values are borrowed
 * (the map never frees them).  ncg_strmap_free(NULL) is a no-op.
 * Iteration order is insertion order, so results do not depend on hashing.
 */
#ifndef NCGKG_STRMAP_H
#define NCGKG_STRMAP_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ncgkg/status.h"

typedef struct ncg_strmap ncg_strmap;

ncg_strmap *ncg_strmap_new(void);
void ncg_strmap_free(ncg_strmap *m);

/* Insert or replace.  NCG_ERR_NOMEM when out of memory; the map is then
 * unchanged. */
ncg_status ncg_strmap_put(ncg_strmap *m, const char *key, void *value);
ncg_status ncg_strmap_putn(ncg_strmap *m, const char *key, size_t klen,
                           void *value);
/* Adds key with value only when absent, in one look-up; *added says
 * whether it was (0 on failure too). */
ncg_status ncg_strmap_add(ncg_strmap *m, const char *key, size_t klen, void *value,
                          int *added);

/* Interning: *out is the map's own copy of key, added (with that copy
 * as its value) when absent, in one look-up when present.  NCG_ERR_NOMEM
 * when out of memory (*out NULL, the map unchanged). */
ncg_status ncg_strmap_intern(ncg_strmap *m, const char *key, size_t klen,
                             const char **out);

/* The hash the map gives key (for a caller's own cache in front of the
 * map), and ncg_strmap_intern with that hash computed already: h must be
 * ncg_strmap_hash(key, klen). */
uint64_t ncg_strmap_hash(const char *key, size_t klen);
ncg_status ncg_strmap_intern_h(ncg_strmap *m, const char *key, size_t klen, uint64_t h,
                               const char **out);

/* The value, or NULL when absent. */
void *ncg_strmap_get(const ncg_strmap *m, const char *key);
void *ncg_strmap_getn(const ncg_strmap *m, const char *key, size_t klen);

size_t ncg_strmap_count(const ncg_strmap *m);

/* The i-th key in insertion order (0 <= i < count): the map's own copy. */
const char *ncg_strmap_key_at(const ncg_strmap *m, size_t i);

/* The index in insertion order of a key the map owns (a copy given out
 * by ncg_strmap_intern or ncg_strmap_key_at, never another string): a
 * dense id, read from the bytes before the copy, without a look-up. */
static inline uint32_t
ncg_strmap_key_id(const char *own_key)
{
	uint32_t id;

	memcpy(&id, own_key - 4, sizeof id);
	return id;
}

/* The i-th value in insertion order (0 <= i < count). */
void *ncg_strmap_value_at(const ncg_strmap *m, size_t i);

#endif
