/* ncgkg tests: the growable buffer (src/buf.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/buf.h"

Test(buf, appends_and_stays_terminated)
{
	ncg_buf b;

	ncg_buf_init(&b);
	cr_assert_str_eq(ncg_buf_str(&b), "");
	cr_assert_eq(ncg_buf_puts(&b, "NCG"), NCG_OK);
	cr_assert_eq(ncg_buf_putc(&b, '-'), NCG_OK);
	cr_assert_eq(ncg_buf_append(&b, "4th meeting", 3), NCG_OK);
	cr_assert_eq(ncg_buf_printf(&b, " %d/%s", 2025, "01"), NCG_OK);
	cr_assert_str_eq(ncg_buf_str(&b), "NCG-4th 2025/01");
	cr_assert_eq(b.len, strlen("NCG-4th 2025/01"));
	ncg_buf_reset(&b);
	cr_assert_eq(b.len, 0);
	cr_assert_str_eq(ncg_buf_str(&b), "");
	ncg_buf_free(&b);
	ncg_buf_free(&b);      /* freeing twice is harmless: free resets */
}

Test(buf, long_printf_and_many_appends)
{
	ncg_buf b;
	char *s;

	ncg_buf_init(&b);
	cr_assert_eq(ncg_buf_printf(&b, "%1000d", 7), NCG_OK);
	cr_assert_eq(b.len, 1000);
	for (int i = 0; i < 10000; i++)
		cr_assert_eq(ncg_buf_putc(&b, 'x'), NCG_OK);
	cr_assert_eq(b.len, 11000);
	s = ncg_buf_take(&b);
	cr_assert_eq(strlen(s), 11000);
	cr_assert_eq(s[999], '7');
	cr_assert_null(b.data);         /* taken: the buffer is empty again */
	free(s);
}

Test(buf, take_of_an_empty_buffer_is_an_empty_string)
{
	ncg_buf b;
	char *s;

	ncg_buf_init(&b);
	s = ncg_buf_take(&b);
	cr_assert_not_null(s);
	cr_assert_str_eq(s, "");
	free(s);
}

Test(buf, a_failure_is_sticky_and_keeps_the_contents)
{
	ncg_buf b;

	ncg_buf_init(&b);
	cr_assert_eq(ncg_buf_puts(&b, "kept"), NCG_OK);
	/* a length that cannot be: the size overflows */
	cr_assert_eq(ncg_buf_append(&b, "x", SIZE_MAX), NCG_ERR_NOMEM);
	cr_assert_eq(b.status, NCG_ERR_NOMEM);
	cr_assert_str_eq(ncg_buf_str(&b), "kept");
	/* later appends do nothing and say so */
	cr_assert_eq(ncg_buf_puts(&b, "more"), NCG_ERR_NOMEM);
	cr_assert_eq(ncg_buf_printf(&b, "%d", 1), NCG_ERR_NOMEM);
	cr_assert_str_eq(ncg_buf_str(&b), "kept");
	/* taking a failed buffer gives nothing and frees it */
	cr_assert_null(ncg_buf_take(&b));
	cr_assert_null(b.data);
	cr_assert_eq(b.status, NCG_OK);
}
