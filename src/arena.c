/* ncgkg: a region allocator for strings and small records. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/arena.h"

#ifdef __linux__
#include <sys/mman.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

typedef struct block {
	struct block *next;
	size_t size;
	size_t used;
	max_align_t data[];
} block;

struct ncg_arena {
	block *head;
	size_t total;        /* the bytes of its blocks */
};

enum { BLOCK_MIN = 16384 };
/* A big arena (an archive's strings) takes blocks of BLOCK_BIG bytes once
 * it holds BLOCK_BIG_FROM, aligned to HUGE_PAGE and advised to be in huge
 * pages (ncg_advise_huge) (speed only). */
enum { HUGE_PAGE = 2 << 20, BLOCK_BIG = 4 << 20, BLOCK_BIG_FROM = 8 << 20 };

void
ncg_advise_huge(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
	uintptr_t b = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
	uintptr_t e = ((uintptr_t)p + n) & ~(uintptr_t)(HUGE_PAGE - 1);

	/* advice only: the memory works the same when it is refused */
	if (n >= HUGE_PAGE && e > b)
		(void)madvise((void *)b, e - b, MADV_HUGEPAGE);
#else
	(void)p;
	(void)n;
#endif
}

/* Blocks this big or bigger are mapped on their own (a whole archive's
 * table), smaller ones come from the heap; free memory at the heap's top
 * up to TRIM_KEEP stays there.  Fixed, glibc does not move the first
 * threshold up as it frees (its dynamic threshold let batches of 50,000
 * facts map and unmap their arrays again and again). */
enum { MMAP_FROM = 32 << 20, TRIM_KEEP = 64 << 20 };

void
ncg_tune_malloc(void)
{
#ifdef __GLIBC__
	(void)mallopt(M_MMAP_THRESHOLD, MMAP_FROM);
	(void)mallopt(M_TRIM_THRESHOLD, TRIM_KEEP);
#endif
}

ncg_arena *
ncg_arena_new(void)
{
	return calloc(1, sizeof(ncg_arena));
}

void
ncg_arena_free(ncg_arena *a)
{
	block *b, *next;

	if (!a)
		return;
	for (b = a->head; b; b = next) {
		next = b->next;
		free(b);
	}
	free(a);
}

void *
ncg_arena_alloc_raw(ncg_arena *a, size_t n)
{
	const size_t align = _Alignof(max_align_t);
	size_t need;
	block *b = a->head;
	void *p;

	if (n > SIZE_MAX - align)
		return NULL;
	need = (n + align - 1) / align * align;
	if (!b || b->size - b->used < need) {
		size_t size = need > BLOCK_MIN ? need : BLOCK_MIN;

		if (size > SIZE_MAX - sizeof(block) - BLOCK_BIG)
			return NULL;
		if (a->total >= BLOCK_BIG_FROM && size < BLOCK_BIG - sizeof(block)) {
			b = aligned_alloc(HUGE_PAGE, BLOCK_BIG);
			size = BLOCK_BIG - sizeof(block);
			if (b)
				ncg_advise_huge(b, BLOCK_BIG);
		} else {
			b = malloc(sizeof(block) + size);
		}
		if (!b)
			return NULL;
		a->total += size;
		b->size = size;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	p = (char *)b->data + b->used;
	b->used += need;
	return p;
}

void *
ncg_arena_alloc(ncg_arena *a, size_t n)
{
	void *p = ncg_arena_alloc_raw(a, n);

	if (p)
		memset(p, 0, n);
	return p;
}

char *
ncg_arena_strndup(ncg_arena *a, const char *s, size_t n)
{
	char *p = ncg_arena_alloc_raw(a, n + 1);   /* written whole */

	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
ncg_arena_strdup(ncg_arena *a, const char *s)
{
	return ncg_arena_strndup(a, s, strlen(s));
}

char *
ncg_arena_printf(ncg_arena *a, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	p = ncg_arena_alloc(a, (size_t)n + 1);
	if (!p)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

ncg_status
ncg_grow_slow(void **items, size_t *cap, size_t need, size_t size)
{
	size_t ncap;
	void *p;

	if (need <= *cap)
		return NCG_OK;
	ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return NCG_ERR_NOMEM;
		ncap *= 2;
	}
	if (size && ncap > SIZE_MAX / size)
		return NCG_ERR_NOMEM;
	if (ncap * size >= 2 * HUGE_PAGE) {
		/* an archive's arrays, probed at random: in huge pages, advised
		 * before the copy touches them (realloc would copy first, into
		 * small pages) (speed only) */
		if (!(p = malloc(ncap * size)))
			return NCG_ERR_NOMEM;
		ncg_advise_huge(p, ncap * size);
		if (*items)
			memcpy(p, *items, *cap * size);
		free(*items);
	} else if (!(p = realloc(*items, ncap * size))) {
		return NCG_ERR_NOMEM;
	}
	*items = p;
	*cap = ncap;
	return NCG_OK;
}
