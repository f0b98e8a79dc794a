/* ncgkg: a region allocator for strings and small records.
 *
 * Ownership: an ncg_arena owns every block it hands out; nothing from an
 * arena is freed on its own, ncg_arena_free releases all of it at once.
 * Allocation failure returns NULL and leaves the arena usable.
 */
#ifndef NCGKG_ARENA_H
#define NCGKG_ARENA_H

#include <stdarg.h>
#include <stddef.h>

#include "ncgkg/status.h"

typedef struct ncg_arena ncg_arena;

ncg_arena *ncg_arena_new(void);
void ncg_arena_free(ncg_arena *a);                  /* NULL is a no-op */

void *ncg_arena_alloc(ncg_arena *a, size_t n);      /* zeroed, max-aligned */
void *ncg_arena_alloc_raw(ncg_arena *a, size_t n);  /* the same, not zeroed */
char *ncg_arena_strndup(ncg_arena *a, const char *s, size_t n);
char *ncg_arena_strdup(ncg_arena *a, const char *s);
char *ncg_arena_printf(ncg_arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Advise the kernel to back the whole huge pages inside the n bytes at p
 * (heap memory) with huge pages: fewer page faults and TLB misses in an
 * archive's big tables (speed only; a no-op where there are none). */
void ncg_advise_huge(void *p, size_t n);

/* Have the C library keep freed heap memory for the next allocations,
 * where it would give it back to the kernel (or map and unmap big blocks
 * each time): a program that builds, finishes and frees batch after batch
 * of facts (export, extract_speed) found them again in fresh pages, a
 * page fault each, finishing three times slower (speed only; call first
 * thing in main; a no-op outside glibc). */
void ncg_tune_malloc(void);

/* Grow a heap array (not arena memory) to hold at least `need` elements of
 * `size` bytes: *items is realloc'ed only on success, so a failure leaves
 * the old array intact.  NCG_ERR_NOMEM on overflow or out of memory. */
ncg_status ncg_grow_slow(void **items, size_t *cap, size_t need, size_t size);

/* ncg_grow's test, inline: an array grows once in many calls (a call per
 * token, per mention, per fact; speed only) */
static inline ncg_status
ncg_grow(void **items, size_t *cap, size_t need, size_t size)
{
	return need <= *cap ? NCG_OK : ncg_grow_slow(items, cap, need, size);
}

#endif
