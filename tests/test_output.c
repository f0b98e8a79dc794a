/* ncgkg tests: writing results atomically (src/output.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
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
	char full[600];

	/* a full device made in the test's folder, never the machine's /dev */
	snprintf(full, sizeof full, "%s/full", dir);
	if (mknod(full, S_IFCHR | 0666, makedev(1, 7)) != 0)
		cr_skip_test("mknod needs root");
	stdout = fopen(full, "w");
	cr_assert_not_null(stdout);
	cr_assert_eq(ncg_output_write(NULL, "data\n", 5, &err), NCG_ERR_IO);
	fclose(stdout);
	stdout = saved;
}

/* ---- the streaming API: open, write, commit or abort (issue 7) ---------- */

static char *
in_dir(const char *name)
{
	static char path[4][512];
	static int next;
	char *p = path[next++ % 4];

	snprintf(p, 512, "%s/%s", dir, name);
	return p;
}

Test(output, open_commit_writes_through_the_stream)
{
	ncg_output *o;
	ncg_error err;
	char *back;

	cr_assert_eq(ncg_output_open(in_dir("s.nt"), NULL, 0, &o, &err), NCG_OK);
	cr_assert_eq(entries(), 0, "the temporary file is hidden (a dot file)");
	fputs("line one\n", ncg_output_file(o));
	fprintf(ncg_output_file(o), "line %s\n", "two");
	cr_assert_str_eq(ncg_output_name(o), in_dir("s.nt"));
	cr_assert_eq(ncg_output_commit(o, &err), NCG_OK);
	back = th_slurp(in_dir("s.nt"), NULL);
	cr_assert_str_eq(back, "line one\nline two\n");
	free(back);
}

static size_t
temporaries(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	while ((e = readdir(d)) != NULL)
		n += strstr(e->d_name, ".ncgkg-tmp.") != NULL;
	closedir(d);
	return n;
}

Test(output, abort_keeps_the_old_file_and_leaves_no_temporary)
{
	ncg_output *o;
	ncg_error err;
	char *back;

	cr_assert_eq(ncg_output_write(in_dir("k.nt"), "old\n", 4, &err), NCG_OK);
	cr_assert_eq(ncg_output_open(in_dir("k.nt"), NULL, 0, &o, &err), NCG_OK);
	cr_assert_eq(temporaries(), 1);
	fputs("half", ncg_output_file(o));
	ncg_output_abort(o);
	cr_assert_eq(temporaries(), 0);
	back = th_slurp(in_dir("k.nt"), NULL);
	cr_assert_str_eq(back, "old\n");
	free(back);
	ncg_output_abort(NULL);
}

Test(output, keeps_the_mode_of_the_file_it_replaces)
{
	struct stat sb;
	ncg_error err;

	cr_assert_eq(ncg_output_write(in_dir("m.nt"), "a", 1, &err), NCG_OK);
	cr_assert_eq(chmod(in_dir("m.nt"), 0604), 0);
	cr_assert_eq(ncg_output_write(in_dir("m.nt"), "b", 1, &err), NCG_OK);
	cr_assert_eq(stat(in_dir("m.nt"), &sb), 0);
	cr_assert_eq(sb.st_mode & 07777, 0604);
}

Test(output, replaces_the_target_of_a_symbolic_link)
{
	struct stat sb;
	ncg_error err;
	char *back;

	cr_assert_eq(ncg_output_write(in_dir("real.nt"), "a", 1, &err), NCG_OK);
	cr_assert_eq(symlink("real.nt", in_dir("link.nt")), 0);
	cr_assert_eq(ncg_output_write(in_dir("link.nt"), "new", 3, &err), NCG_OK);
	cr_assert_eq(lstat(in_dir("link.nt"), &sb), 0);
	cr_assert(S_ISLNK(sb.st_mode), "the link was replaced by a file");
	back = th_slurp(in_dir("real.nt"), NULL);
	cr_assert_str_eq(back, "new");
	free(back);
}

Test(output, writes_through_to_a_fifo)
{
	struct stat sb;
	ncg_error err;
	pid_t pid;
	int status;

	cr_assert_eq(mkfifo(in_dir("fifo"), 0600), 0);
	pid = fork();
	cr_assert_neq(pid, -1);
	if (pid == 0) {
		char *back = th_slurp(in_dir("fifo"), NULL);

		_exit(back && strcmp(back, "through") == 0 ? 0 : 1);
	}
	cr_assert_eq(ncg_output_write(in_dir("fifo"), "through", 7, &err), NCG_OK);
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the reader got it all");
	cr_assert_eq(lstat(in_dir("fifo"), &sb), 0);
	cr_assert(S_ISFIFO(sb.st_mode), "the FIFO was replaced");
}

Test(output, refuses_an_input)
{
	const char *inputs[2];
	ncg_output *o = (ncg_output *)1;
	ncg_error err;

	cr_assert_eq(ncg_output_write(in_dir("in.txt"), "text", 4, &err), NCG_OK);
	cr_assert_eq(symlink("in.txt", in_dir("alias.txt")), 0);
	inputs[0] = in_dir("other.txt");
	inputs[1] = in_dir("alias.txt");
	cr_assert_eq(ncg_output_open(in_dir("in.txt"), inputs, 2, &o, &err), NCG_ERR_USAGE);
	cr_assert_null(o);
	cr_assert(strstr(err.message, "also an input"), "%s", err.message);
	cr_assert(strstr(err.message, "alias.txt"), "%s", err.message);
	cr_assert_eq(temporaries(), 0);
}

Test(output, removes_stale_temporaries_of_dead_runs_only)
{
	char stale[256], live[256];
	ncg_error err;
	pid_t dead = fork();

	cr_assert_neq(dead, -1);
	if (dead == 0)
		_exit(0);
	cr_assert_eq(waitpid(dead, NULL, 0), dead);
	snprintf(stale, sizeof stale, "%s/.t.nt.ncgkg-tmp.%ld.AbCdEf", dir, (long)dead);
	snprintf(live, sizeof live, "%s/.t.nt.ncgkg-tmp.%ld.AbCdEf", dir, (long)getppid());
	fclose(fopen(stale, "w"));
	fclose(fopen(live, "w"));
	cr_assert_eq(ncg_output_write(in_dir("t.nt"), "x", 1, &err), NCG_OK);
	cr_assert_neq(access(stale, F_OK), 0, "the dead run's temporary is still there");
	cr_assert_eq(access(live, F_OK), 0, "a live run's temporary was removed");
}

Test(output, a_long_name_gets_a_shorter_temporary)
{
	char name[251];
	ncg_error err;

	memset(name, 'n', sizeof name - 1);
	name[sizeof name - 1] = '\0';
	cr_assert_eq(ncg_output_write(in_dir(name), "x", 1, &err), NCG_OK, "%s", err.message);
	cr_assert_eq(access(in_dir(name), F_OK), 0);
	cr_assert_eq(temporaries(), 0);
}

/* issue 9: stdio's default buffer is a page, a write(2) each 4 KB of an
 * export; the output has a buffer of its own, some hundreds of KB */
Test(output, writes_through_a_large_buffer)
{
	ncg_output *o;
	ncg_error err;
	char *back;
	size_t len;

	cr_assert_eq(ncg_output_open(in_dir("big.nt"), NULL, 0, &o, &err), NCG_OK);
	cr_assert_geq(ncg_output_buffer_size(o), 256 * 1024);
	cr_assert_eq(__fbufsize(ncg_output_file(o)), ncg_output_buffer_size(o),
	             "the stream has %zu bytes of buffer", __fbufsize(ncg_output_file(o)));
	for (int i = 0; i < 40000; i++)
		fprintf(ncg_output_file(o), "<urn:x:%05d> <urn:p> \"v\" .\n", i);
	cr_assert_eq(ncg_output_commit(o, &err), NCG_OK);
	back = th_slurp(in_dir("big.nt"), &len);
	cr_assert_eq(len, 40000 * strlen("<urn:x:00000> <urn:p> \"v\" .\n"));
	cr_assert_str_eq(back + len - strlen("<urn:x:39999> <urn:p> \"v\" .\n"),
	                 "<urn:x:39999> <urn:p> \"v\" .\n");
	free(back);
}
