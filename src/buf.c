/* ncgkg: a growable byte buffer. */
#include "config.h"

#include <stdint.h>
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

/* Make room for n more bytes and the terminating NUL. */
static ncg_status
reserve(ncg_buf *b, size_t n)
{
	void *p = b->data;

	if (b->status != NCG_OK)
		return b->status;
	if (n >= SIZE_MAX - b->len ||
	    ncg_grow(&p, &b->cap, b->len + n + 1, 1) != NCG_OK)
		return b->status = NCG_ERR_NOMEM;
	b->data = p;
	return NCG_OK;
}

ncg_status
ncg_buf_append(ncg_buf *b, const char *s, size_t n)
{
	NCG_TRY(reserve(b, n));
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return NCG_OK;
}

ncg_status
ncg_buf_puts(ncg_buf *b, const char *s)
{
	return ncg_buf_append(b, s, strlen(s));
}

ncg_status
ncg_buf_putc(ncg_buf *b, char c)
{
	return ncg_buf_append(b, &c, 1);
}

ncg_status
ncg_buf_printf(ncg_buf *b, const char *fmt, ...)
{
	va_list ap;
	char small[256];
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0) {
		/* an encoding error in the arguments: a bug in the caller */
		if (b->status == NCG_OK)
			b->status = NCG_ERR_INTERNAL;
		return NCG_ERR_INTERNAL;
	}
	if ((size_t)n < sizeof small)
		return ncg_buf_append(b, small, (size_t)n);
	NCG_TRY(reserve(b, (size_t)n));
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return NCG_OK;
}

char *
ncg_buf_take(ncg_buf *b)
{
	char *s;

	if (b->status != NCG_OK) {
		ncg_buf_free(b);
		return NULL;
	}
	if (!b->data && ncg_buf_append(b, "", 0) != NCG_OK) {
		ncg_buf_free(b);
		return NULL;
	}
	s = b->data;
	ncg_buf_init(b);
	return s;
}

const char *
ncg_buf_str(const ncg_buf *b)
{
	return b->data ? b->data : "";
}
