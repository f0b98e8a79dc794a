/* ncgkg: a region allocator for strings and small records. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/arena.h"

typedef struct block {
	struct block *next;
	size_t size;
	size_t used;
	max_align_t data[];
} block;

struct ncg_arena {
	block *head;
};

enum { BLOCK_MIN = 16384 };

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
ncg_arena_alloc(ncg_arena *a, size_t n)
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

		if (size > SIZE_MAX - sizeof(block))
			return NULL;
		b = malloc(sizeof(block) + size);
		if (!b)
			return NULL;
		b->size = size;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	p = (char *)b->data + b->used;
	b->used += need;
	memset(p, 0, n);
	return p;
}

char *
ncg_arena_strndup(ncg_arena *a, const char *s, size_t n)
{
	char *p = ncg_arena_alloc(a, n + 1);

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
	p = realloc(*items, ncap * size);
	if (!p)
		return NCG_ERR_NOMEM;
	*items = p;
	*cap = ncap;
	return NCG_OK;
}
