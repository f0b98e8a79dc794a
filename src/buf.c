/* ncgkg: a growable byte buffer. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/arena.h"
#include "ncgkg/buf.h"

void
ncg_buf_init(ncg_buf *b)
{
	memset(b, 0, sizeof *b);
}

void
ncg_buf_free(ncg_buf *b)
{
	free(b->data);
	ncg_buf_init(b);
}

void
ncg_buf_reset(ncg_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

int
ncg_buf_append(ncg_buf *b, const char *s, size_t n)
{
	void *p = b->data;

	if (b->failed)
		return -1;
	if (b->len + n + 1 < b->len ||
	    ncg_grow(&p, &b->cap, b->len + n + 1, 1) != 0) {
		b->failed = 1;
		return -1;
	}
	b->data = p;
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int
ncg_buf_puts(ncg_buf *b, const char *s)
{
	return ncg_buf_append(b, s, strlen(s));
}

int
ncg_buf_putc(ncg_buf *b, char c)
{
	return ncg_buf_append(b, &c, 1);
}

int
ncg_buf_printf(ncg_buf *b, const char *fmt, ...)
{
	va_list ap;
	char small[256];
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->failed = 1;
		return -1;
	}
	if ((size_t)n < sizeof small)
		return ncg_buf_append(b, small, (size_t)n);
	if (ncg_buf_append(b, "", 0) != 0)
		return -1;
	{
		void *p = b->data;

		if (ncg_grow(&p, &b->cap, b->len + (size_t)n + 1, 1) != 0) {
			b->failed = 1;
			return -1;
		}
		b->data = p;
	}
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

char *
ncg_buf_take(ncg_buf *b)
{
	char *s;

	if (b->failed) {
		ncg_buf_free(b);
		return NULL;
	}
	if (!b->data && ncg_buf_append(b, "", 0) != 0)
		return NULL;
	s = b->data;
	ncg_buf_init(b);
	return s;
}

const char *
ncg_buf_str(const ncg_buf *b)
{
	return b->data ? b->data : "";
}
