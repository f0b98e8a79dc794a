/* ncgkg tests: reading statements (src/text.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ncgkg/text.h"

static ncg_text *
from(const char *s, size_t n)
{
	ncg_text *t = NULL;
	ncg_error err;

	cr_assert_eq(ncg_text_from_bytes("mem.txt", s, n, &t, &err), NCG_OK, "%s", err.message);
	return t;
}

static ncg_error
fails(const char *s, size_t n, ncg_status want)
{
	ncg_text *t = NULL;
	ncg_error err;

	ncg_error_clear(&err);
	cr_assert_eq(ncg_text_from_bytes("bad.txt", s, n, &t, &err), want);
	cr_assert_null(t);
	cr_assert_str_eq(err.file, "bad.txt");
	cr_assert_neq(err.message[0], '\0');
	return err;
}

Test(text, free_null_is_a_noop)
{
	ncg_text_free(NULL);
}

Test(text, crlf_and_cr_become_lf)
{
	ncg_text *t = from("a\r\nb\rc\n\r\nd", 10);

	cr_assert_str_eq(ncg_text_str(t), "a\nb\nc\n\nd");
	cr_assert_eq(ncg_text_len(t), 8);
	ncg_text_free(t);
}

Test(text, offsets_are_code_points)
{
	/* "조창래 Cho": three 3-byte Hangul syllables */
	ncg_text *t = from("\xEC\xA1\xB0\xEC\xB0\xBD\xEB\x9E\x98 Cho", 13);

	cr_assert_eq(ncg_text_cp_len(t), 7);
	cr_assert_eq(ncg_text_cp(t, 9), 3);   /* the space */
	cr_assert_eq(ncg_text_cp(t, 13), 7);
	ncg_text_free(t);
}

/* issue 11: the text is normalised (BOM dropped, CRLF as LF, no white
 * space at the end), so offsets count code points of the normalised text */
Test(text, bom_is_code_point_0_and_crlf_offsets_shrink)
{
	ncg_text *t = from("\xEF\xBB\xBFHi\r\nthere", 12);

	cr_assert_str_eq(ncg_text_str(t), "\xEF\xBB\xBFHi\nthere");
	cr_assert_eq(ncg_text_cp_len(t), 9);       /* BOM H i \n t h e r e */
	cr_assert_eq(ncg_text_cp(t, 0), 0);
	cr_assert_eq(ncg_text_cp(t, 3), 1);        /* 'H' */
	cr_assert_eq(ncg_text_cp(t, 6), 4);        /* 't' */
	ncg_text_free(t);
}

/* issue 11: the statement's key is the SHA-256 of the normalised text, so
 * line ends, a byte-order mark and final white space do not change it */
Test(text, sha256_is_of_the_normalised_text)
{
	static const char *const same[] = {
		"abc\ndef", "abc\r\ndef", "abc\rdef", "\xEF\xBB\xBF" "abc\ndef",
		"abc\ndef\n", "abc\ndef\n\n", "abc\r\ndef\r\n", "abc\ndef \t\n",
		"\xEF\xBB\xBF" "abc\r\ndef\r\n\r\n",
	};
	static const char *const other[] = {" abc\ndef", "abc\n\ndef", "abc def", "abc\nde"};
	ncg_text *t = from("abc", 3);
	char want[65];

	cr_assert_str_eq(ncg_text_sha256(t),
	    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	ncg_text_free(t);
	t = from(same[0], strlen(same[0]));
	memcpy(want, ncg_text_sha256(t), sizeof want);
	ncg_text_free(t);
	for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
		t = from(same[i], strlen(same[i]));
		cr_assert_str_eq(ncg_text_sha256(t), want, "variant %zu", i);
		/* the byte-order mark stays in the text (code point 0) */
		cr_assert_str_eq(ncg_text_str(t) + (same[i][0] == '\xEF' ? 3 : 0),
		                 "abc\ndef", "variant %zu", i);
		ncg_text_free(t);
	}
	for (size_t i = 0; i < sizeof other / sizeof other[0]; i++) {
		t = from(other[i], strlen(other[i]));
		cr_assert_str_neq(ncg_text_sha256(t), want, "other %zu", i);
		ncg_text_free(t);
	}
}

Test(text, invalid_utf8_names_offset_line_and_column)
{
	ncg_error err = fails("ok line\nbad \xC3\x28 here", 16, NCG_ERR_ENCODING);

	cr_assert_eq(err.offset, 12);
	cr_assert_eq(err.line, 2);
	cr_assert_eq(err.col, 5);
	cr_assert(strstr(err.message, "byte offset 12"), "%s", err.message);
}

Test(text, overlong_and_surrogate_sequences_are_rejected)
{
	fails("\xC0\xAF", 2, NCG_ERR_ENCODING);            /* overlong '/' */
	fails("\xED\xA0\x80", 3, NCG_ERR_ENCODING);        /* U+D800 */
	fails("\xF4\x90\x80\x80", 4, NCG_ERR_ENCODING);    /* > U+10FFFF */
	fails("abc\xE2\x82", 5, NCG_ERR_ENCODING);         /* truncated at end */
}

Test(text, nul_byte_is_rejected)
{
	ncg_error err = fails("abc\0def", 7, NCG_ERR_ENCODING);

	cr_assert_eq(err.offset, 3);
	cr_assert(strstr(err.message, "NUL"));
}

Test(text, empty_and_blank_files_are_rejected)
{
	fails("", 0, NCG_ERR_EMPTY);
	fails(" \r\n\t\xEF\xBB\xBF\xC2\xA0\n", 10, NCG_ERR_EMPTY);
}

Test(text, directory_and_missing_file_are_io_errors)
{
	ncg_text *t;
	ncg_error err;

	cr_assert_eq(ncg_text_read_file("/", &t, &err), NCG_ERR_IO);
	cr_assert(strstr(err.message, "directory"), "%s", err.message);
	cr_assert_eq(ncg_text_read_file("/nonexistent/statement.txt", &t, &err), NCG_ERR_IO);
	cr_assert_str_eq(err.file, "/nonexistent/statement.txt");
	cr_assert(strstr(err.message, "No such file"), "%s", err.message);
}

Test(text, reads_a_file_and_keeps_its_basename)
{
	char path[] = "/tmp/ncgkg-test-XXXXXX";
	int fd = mkstemp(path);
	ncg_text *t;
	ncg_error err;

	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, "Hello.\r\n", 8), 8);
	close(fd);
	cr_assert_eq(ncg_text_read_file(path, &t, &err), NCG_OK);
	cr_assert_str_eq(ncg_text_str(t), "Hello.");   /* normalised: no final newline */
	cr_assert_str_eq(ncg_text_basename(t), strrchr(path, '/') + 1);
	ncg_text_free(t);
	unlink(path);
}

Test(text, meta_set_copies_and_overrides)
{
	ncg_text *t = NULL;
	ncg_error err;
	char title[] = "First";
	ncg_text_meta m = { .title = title, .source = "https://example.org/a" };
	ncg_text_meta m2 = { .title = "Second" };

	cr_assert_eq(ncg_text_from_bytes("x.txt", "Hello.", 6, &t, &err), NCG_OK);
	cr_assert_null(ncg_text_meta_of(t)->title);
	cr_assert_eq(ncg_text_set_meta(t, &m, &err), NCG_OK);
	title[0] = 'X';   /* copied, not borrowed */
	cr_assert_str_eq(ncg_text_meta_of(t)->title, "First");
	cr_assert_eq(ncg_text_set_meta(t, &m2, &err), NCG_OK);
	cr_assert_str_eq(ncg_text_meta_of(t)->title, "Second");
	cr_assert_str_eq(ncg_text_meta_of(t)->source, "https://example.org/a");
	cr_assert_null(ncg_text_meta_of(t)->issued);
	ncg_text_free(t);
}
