/* ncgkg tests: statuses and located errors (src/status.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ncgkg/status.h"

static const ncg_status ALL[] = {
	NCG_OK, NCG_ERR_NOMEM, NCG_ERR_IO, NCG_ERR_ENCODING, NCG_ERR_EMPTY,
	NCG_ERR_SYNTAX, NCG_ERR_USAGE, NCG_ERR_RDF, NCG_ERR_GRAPHVIZ, NCG_ERR_LEXICON,
	NCG_ERR_INTERNAL
};

Test(status, ok_is_zero_and_every_status_has_its_own_words)
{
	const size_t n = sizeof ALL / sizeof ALL[0];

	cr_assert_eq(NCG_OK, 0);
	for (size_t i = 0; i < n; i++) {
		cr_assert_gt(strlen(ncg_strerror(ALL[i])), 0);
		for (size_t j = 0; j < i; j++)
			cr_assert_str_neq(ncg_strerror(ALL[i]), ncg_strerror(ALL[j]));
	}
	cr_assert_str_eq(ncg_strerror(NCG_ERR_NOMEM), "out of memory");
	cr_assert_str_eq(ncg_strerror((ncg_status)999), "unknown error");
}

Test(status, set_fills_and_returns_the_status)
{
	ncg_error err;

	ncg_error_clear(&err);
	cr_assert_eq(err.status, NCG_OK);
	cr_assert_eq(err.offset, -1);
	cr_assert_eq(ncg_error_set(&err, NCG_ERR_SYNTAX, "a.ttl", 3, 7, 42, "bad %s", "token"),
	             NCG_ERR_SYNTAX);
	cr_assert_eq(err.status, NCG_ERR_SYNTAX);
	cr_assert_str_eq(err.file, "a.ttl");
	cr_assert_eq(err.line, 3);
	cr_assert_eq(err.col, 7);
	cr_assert_eq(err.offset, 42);
	cr_assert_str_eq(err.message, "bad token");
	/* no error to fill: only the status comes back */
	cr_assert_eq(ncg_error_set(NULL, NCG_ERR_IO, "x", 0, 0, -1, "x"), NCG_ERR_IO);
	ncg_error_clear(NULL);
}

Test(status, long_messages_and_names_are_cut_not_overrun)
{
	ncg_error err;
	char big[2000];

	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	ncg_error_set(&err, NCG_ERR_IO, big, 0, 0, -1, "%s", big);
	cr_assert_eq(strlen(err.file), sizeof err.file - 1);
	cr_assert_eq(strlen(err.message), sizeof err.message - 1);
}

static const char *
printed(const ncg_error *err, const char *prog)
{
	static char buf[2048];
	FILE *f = fmemopen(buf, sizeof buf, "w");

	cr_assert_not_null(f);
	ncg_error_print(err, f, prog);
	fclose(f);
	return buf;
}

Test(status, printed_gcc_style)
{
	ncg_error err;

	ncg_error_set(&err, NCG_ERR_SYNTAX, "lex.ttl", 4, 2, -1, "expected a dot");
	cr_assert_str_eq(printed(&err, "ncgkg"), "ncgkg: lex.ttl:4:2: error: expected a dot\n");
	err.col = 0;
	cr_assert_str_eq(printed(&err, "ncgkg"), "ncgkg: lex.ttl:4: error: expected a dot\n");
	err.line = 0;
	cr_assert_str_eq(printed(&err, NULL), "lex.ttl: error: expected a dot\n");
	ncg_error_set(&err, NCG_ERR_NOMEM, "", 0, 0, -1, "%s", "");
	cr_assert_str_eq(printed(&err, "ncgkg"), "ncgkg: error: out of memory\n");
}

static int calls;

static ncg_status
step(ncg_status st)
{
	calls++;
	return st;
}

static ncg_status
three_steps(ncg_status second)
{
	NCG_TRY(step(NCG_OK));
	NCG_TRY(step(second));
	NCG_TRY(step(NCG_OK));
	return NCG_OK;
}

Test(status, try_passes_the_first_failure_up_and_stops)
{
	calls = 0;
	cr_assert_eq(three_steps(NCG_OK), NCG_OK);
	cr_assert_eq(calls, 3);
	calls = 0;
	cr_assert_eq(three_steps(NCG_ERR_LEXICON), NCG_ERR_LEXICON);
	cr_assert_eq(calls, 2);
}
