/* ncgkg: a growable byte buffer.
 *
 * Ownership: the buffer owns `data`; ncg_buf_free releases it, and
 * ncg_buf_take hands it to the caller (who frees it with free()).
 * After an allocation failure the buffer keeps its old contents and the
 * `failed` flag stays set, so callers may append freely and check once.
 */
#ifndef NCGKG_BUF_H
#define NCGKG_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct {
	char *data;     /* always NUL-terminated when len > 0 */
	size_t len;
	size_t cap;
	int failed;
} ncg_buf;

void ncg_buf_init(ncg_buf *b);
void ncg_buf_free(ncg_buf *b);
void ncg_buf_reset(ncg_buf *b);                       /* len = 0, keep memory */
int ncg_buf_append(ncg_buf *b, const char *s, size_t n);
int ncg_buf_puts(ncg_buf *b, const char *s);
int ncg_buf_putc(ncg_buf *b, char c);
int ncg_buf_printf(ncg_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
char *ncg_buf_take(ncg_buf *b);                       /* "" if empty; NULL on failure */
const char *ncg_buf_str(const ncg_buf *b);            /* "" if empty */

#endif
