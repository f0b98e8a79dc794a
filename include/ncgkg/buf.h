/* ncgkg: a growable byte buffer.
 *
 * Ownership: the buffer owns `data`; ncg_buf_free releases it, and
 * ncg_buf_take hands it to the caller (who frees it with free()).
 * Appending returns a status (NCG_ERR_NOMEM when out of memory).  The
 * status is also sticky: after a failure the buffer keeps its old contents,
 * `status` stays NCG_ERR_NOMEM and later appends do nothing, so a caller
 * may append several times and check `status` once.
 */
#ifndef NCGKG_BUF_H
#define NCGKG_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "ncgkg/status.h"

typedef struct {
	char *data;          /* always NUL-terminated when len > 0 */
	size_t len;
	size_t cap;
	ncg_status status;   /* NCG_OK, or the first failure */
} ncg_buf;

void ncg_buf_init(ncg_buf *b);
void ncg_buf_free(ncg_buf *b);
void ncg_buf_reset(ncg_buf *b);                       /* len = 0, keep memory */
ncg_status ncg_buf_append(ncg_buf *b, const char *s, size_t n);
ncg_status ncg_buf_puts(ncg_buf *b, const char *s);
ncg_status ncg_buf_putc(ncg_buf *b, char c);
ncg_status ncg_buf_printf(ncg_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
char *ncg_buf_take(ncg_buf *b);                       /* "" if empty; NULL on failure */
const char *ncg_buf_str(const ncg_buf *b);            /* "" if empty */

#endif
