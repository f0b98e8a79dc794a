/* ncgkg tests: writing results atomically (src/output.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"
#include "ncgkg/output.h"

static char dir[] = "/tmp/ncgkg-out-XXXXXX";

static void
setup(void)
{
	cr_assert_not_null(mkdtemp(dir));
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(output, .init = setup, .fini = teardown);

static size_t
entries(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	while ((e = readdir(d)) != NULL)
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

Test(output, writes_the_whole_file)
{
	char path[256];
	ncg_error err;
	char *back;

	snprintf(path, sizeof path, "%s/out.ttl", dir);
	cr_assert_eq(ncg_output_write(path, "hello\n", 6, &err), NCG_OK);
	back = th_slurp(path, NULL);
	cr_assert_str_eq(back, "hello\n");
	free(back);
	cr_assert_eq(entries(), 1, "a temporary file was left behind");
}

Test(output, replaces_an_old_file)
{
	char path[256];
	ncg_error err;
	char *back;

	snprintf(path, sizeof path, "%s/out.ttl", dir);
	cr_assert_eq(ncg_output_write(path, "old\n", 4, &err), NCG_OK);
	cr_assert_eq(ncg_output_write(path, "new\n", 4, &err), NCG_OK);
	back = th_slurp(path, NULL);
	cr_assert_str_eq(back, "new\n");
	free(back);
}

Test(output, a_missing_folder_is_an_error_and_leaves_nothing)
{
	char path[256];
	ncg_error err;

	snprintf(path, sizeof path, "%s/no/such/out.ttl", dir);
	cr_assert_eq(ncg_output_write(path, "x", 1, &err), NCG_ERR_IO);
	cr_assert_str_eq(err.file, path);
	cr_assert_eq(entries(), 0);
}

Test(output, a_directory_is_not_overwritten)
{
	ncg_error err;

	cr_assert_eq(ncg_output_write(dir, "x", 1, &err), NCG_ERR_IO);
	cr_assert(strstr(err.message, "directory"));
}

Test(output, full_disk_is_an_error)
{
	ncg_error err;
	FILE *saved = stdout;

	stdout = fopen("/dev/full", "w");
	cr_assert_not_null(stdout);
	cr_assert_eq(ncg_output_write(NULL, "data\n", 5, &err), NCG_ERR_IO);
	fclose(stdout);
	stdout = saved;
}
