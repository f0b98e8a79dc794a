/* ncgkg tests: make the program's own allocations fail, for tests/oom.sh.
 *
 * An LD_PRELOAD library.  It counts the allocations ncgkg's code makes
 * itself (malloc, calloc, realloc, strdup, strndup called from the
 * program's executable, not from a library), and with
 * NCG_FAIL_ALLOC=N makes the N-th of them fail (return NULL, errno
 * ENOMEM) and every later one too, as when memory has run out.  With
 * NCG_COUNT_ALLOC=FILE it writes the count to FILE at exit.  Libraries'
 * own allocations always succeed: Redland and Graphviz do not all handle
 * failure, and what is tested is how ncgkg does. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static void (*real_free)(void *);
static uintptr_t exe_lo, exe_hi;
static unsigned long count, fail_at;
static int ready, in_setup;

/* The address range of the program's executable: the first object. */
static int
find_exe(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)size;
	(void)data;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		uintptr_t lo = info->dlpi_addr + ph->p_vaddr, hi = lo + ph->p_memsz;

		if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_X))
			continue;
		if (!exe_lo || lo < exe_lo)
			exe_lo = lo;
		if (hi > exe_hi)
			exe_hi = hi;
	}
	return 1;          /* the first object only */
}

static void
report(void)
{
	const char *path = getenv("NCG_COUNT_ALLOC");
	FILE *f;

	if (path && (f = fopen(path, "w")) != NULL) {
		fprintf(f, "%lu\n", count);
		fclose(f);
	}
}

__attribute__((constructor)) static void
setup(void)
{
	const char *n;

	if (ready || in_setup)
		return;
	in_setup = 1;
	n = getenv("NCG_FAIL_ALLOC");
	real_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
	real_calloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
	real_realloc = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
	dl_iterate_phdr(find_exe, NULL);
	real_free = (void (*)(void *))dlsym(RTLD_NEXT, "free");
	fail_at = n ? strtoul(n, NULL, 10) : 0;
	ready = 1;
	in_setup = 0;
	atexit(report);
}

/* Is this call from the program's own code, and should it fail? */
static int
fails(const void *caller)
{
	uintptr_t a = (uintptr_t)caller;

	if (!ready || a < exe_lo || a >= exe_hi)
		return 0;
	count++;
	return fail_at && count >= fail_at;
}

/* dlsym may allocate (calloc) before the real functions are known: serve
 * those few bytes from a static pool. */
static char pool[4096];
static size_t pool_used;

static void *
from_pool(size_t n)
{
	void *p;

	n = (n + 15) & ~(size_t)15;
	if (pool_used + n > sizeof pool)
		return NULL;
	p = pool + pool_used;
	pool_used += n;
	return p;
}

void *
malloc(size_t n)
{
	if (!ready) {
		setup();
		if (!ready)
			return from_pool(n);     /* dlsym asking, during setup */
	}
	if (fails(__builtin_return_address(0))) {
		errno = ENOMEM;
		return NULL;
	}
	return real_malloc(n);
}

void *
calloc(size_t k, size_t n)
{
	if (!ready) {
		setup();
		if (!ready)
			return from_pool(k * n);  /* the pool is zeroed */
	}
	if (fails(__builtin_return_address(0))) {
		errno = ENOMEM;
		return NULL;
	}
	return real_calloc(k, n);
}

void *
realloc(void *p, size_t n)
{
	if (!ready)
		setup();
	if ((char *)p >= pool && (char *)p < pool + sizeof pool) {
		void *q = real_malloc(n);   /* out of the pool: copy what fits */

		if (q)
			memcpy(q, p, n < (size_t)(pool + sizeof pool - (char *)p)
			             ? n : (size_t)(pool + sizeof pool - (char *)p));
		return q;
	}
	if (fails(__builtin_return_address(0))) {
		errno = ENOMEM;
		return NULL;
	}
	return real_realloc(p, n);
}

void
free(void *p)
{
	if (!p || ((char *)p >= pool && (char *)p < pool + sizeof pool))
		return;
	real_free(p);
}

char *
strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p;

	if (!ready)
		setup();
	if (fails(__builtin_return_address(0))) {
		errno = ENOMEM;
		return NULL;
	}
	p = real_malloc(n);
	if (p)
		memcpy(p, s, n);
	return p;
}

char *
strndup(const char *s, size_t max)
{
	size_t n = strnlen(s, max);
	char *p;

	if (!ready)
		setup();
	if (fails(__builtin_return_address(0))) {
		errno = ENOMEM;
		return NULL;
	}
	p = real_malloc(n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}
