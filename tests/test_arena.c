/* ncgkg tests: the region allocator and ncg_grow (src/arena.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/arena.h"

static ncg_arena *a;

static void
setup(void)
{
	a = ncg_arena_new();
	cr_assert_not_null(a);
}

static void
teardown(void)
{
	ncg_arena_free(a);
}

TestSuite(arena, .init = setup, .fini = teardown);

Test(arena, free_null_is_a_noop)
{
	ncg_arena_free(NULL);
}

Test(arena, blocks_are_zeroed_aligned_and_distinct)
{
	unsigned char *p[100];

	for (size_t i = 0; i < 100; i++) {
		p[i] = ncg_arena_alloc(a, i + 1);
		cr_assert_not_null(p[i]);
		cr_assert_eq((uintptr_t)p[i] % _Alignof(max_align_t), 0);
		for (size_t k = 0; k <= i; k++)
			cr_assert_eq(p[i][k], 0);
		memset(p[i], (int)i, i + 1);
	}
	/* nothing overlapped */
	for (size_t i = 0; i < 100; i++)
		for (size_t k = 0; k <= i; k++)
			cr_assert_eq(p[i][k], (unsigned char)i);
}

Test(arena, a_block_larger_than_a_chunk)
{
	size_t n = 1 << 20;
	char *big = ncg_arena_alloc(a, n), *small = ncg_arena_alloc(a, 8);

	cr_assert_not_null(big);
	cr_assert_not_null(small);
	memset(big, 'x', n);
	cr_assert_eq(small[0], 0);
}

Test(arena, impossible_sizes_fail_and_the_arena_stays_usable)
{
	cr_assert_null(ncg_arena_alloc(a, SIZE_MAX));
	cr_assert_null(ncg_arena_alloc(a, SIZE_MAX - 8));
	cr_assert_str_eq(ncg_arena_strdup(a, "still here"), "still here");
}

Test(arena, strings)
{
	cr_assert_str_eq(ncg_arena_strdup(a, "Seoul"), "Seoul");
	cr_assert_str_eq(ncg_arena_strndup(a, "Seoul, Korea", 5), "Seoul");
	cr_assert_str_eq(ncg_arena_strndup(a, "", 0), "");
	cr_assert_str_eq(ncg_arena_printf(a, "%s-%d", "ncg", 4), "ncg-4");
	/* longer than any buffer the formatting might guess */
	{
		char *s = ncg_arena_printf(a, "%5000s", "x");

		cr_assert_not_null(s);
		cr_assert_eq(strlen(s), 5000);
		cr_assert_eq(s[4999], 'x');
	}
}

Test(arena, grow_keeps_the_contents_and_refuses_overflow)
{
	int *v = NULL;
	void *p = NULL;
	size_t cap = 0;

	for (int i = 0; i < 1000; i++) {
		p = v;
		cr_assert_eq(ncg_grow(&p, &cap, (size_t)i + 1, sizeof *v), NCG_OK);
		v = p;
		v[i] = i;
	}
	cr_assert_geq(cap, 1000);
	for (int i = 0; i < 1000; i++)
		cr_assert_eq(v[i], i);
	/* no change when there is room */
	cr_assert_eq(ncg_grow(&p, &cap, 10, sizeof *v), NCG_OK);
	cr_assert_eq(p, v);
	/* a size that overflows: refused, the array kept */
	cr_assert_eq(ncg_grow(&p, &cap, SIZE_MAX / 2 + 2, sizeof *v), NCG_ERR_NOMEM);
	cr_assert_eq(ncg_grow(&p, &cap, SIZE_MAX / sizeof *v + 1, sizeof *v), NCG_ERR_NOMEM);
	cr_assert_eq(p, v);
	cr_assert_eq(v[999], 999);
	free(v);
}

/* With ncg_tune_malloc, freed memory is handed out again, not fresh
 * pages from the kernel: a second big arena after a first one written
 * and freed (blocks past BLOCK_BIG_FROM, in huge-page blocks) still gets
 * zeroed blocks from ncg_arena_alloc, and an array grown past the mapping
 * threshold keeps its contents. */
Test(arena, tuned_malloc_reuses_memory_zeroed)
{
	enum { CHUNK = 4096, CHUNKS = 4096 };   /* 16 MB */
	ncg_arena *b = ncg_arena_new();
	size_t cap = 0;
	void *p = NULL;
	uint32_t *v;

	ncg_tune_malloc();
	cr_assert_not_null(b);
	for (int i = 0; i < CHUNKS; i++) {
		unsigned char *q = ncg_arena_alloc_raw(b, CHUNK);

		cr_assert_not_null(q);
		memset(q, 0xa5, CHUNK);
	}
	ncg_arena_free(b);
	cr_assert_not_null(b = ncg_arena_new());
	for (int i = 0; i < CHUNKS; i++) {
		unsigned char *q = ncg_arena_alloc(b, CHUNK);

		cr_assert_not_null(q);
		for (size_t k = 0; k < CHUNK; k += 509)
			cr_assert_eq(q[k], 0);
	}
	ncg_arena_free(b);
	for (uint32_t i = 0; i < (40u << 20) / sizeof *v; i++) {
		cr_assert_eq(ncg_grow(&p, &cap, (size_t)i + 1, sizeof *v), NCG_OK);
		v = p;
		v[i] = i;
	}
	v = p;
	for (uint32_t i = 0; i < (40u << 20) / sizeof *v; i += 4093)
		cr_assert_eq(v[i], i);
	free(p);
}
