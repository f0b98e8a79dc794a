/* ncgkg benchmark: `graph` at archive scale; prints its figures, never part
 * of `make check` (issue 9).
 *
 *   graph_scale NCGKG STATEMENT...
 *
 * For 100 and 1,000 statements, made by varying the given statements
 * deterministically (the meeting's ordinal and the next one's, the date),
 * runs `NCGKG graph` for the bodies and the timeline views and prints the
 * wall time and the peak resident memory of the command (wait4's
 * ru_maxrss), with the factor from 100 to 1,000: linear cost shows a
 * factor near 10.  A proper corpus generator replaces the variation later
 * (bench/, issue 9). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *s = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (s = malloc((size_t)n + 1)) != NULL) {
		*len = fread(s, 1, (size_t)n, f);
		s[*len] = '\0';
	}
	fclose(f);
	return s;
}

/* s with every `from` replaced by `to`, written to f. */
static void
put_replaced(FILE *f, const char *s, const char *const *from, const char *const *to, int n)
{
	while (*s) {
		int k;

		for (k = 0; k < n; k++)
			if (!strncmp(s, from[k], strlen(from[k])))
				break;
		if (k < n) {
			fputs(to[k], f);
			s += strlen(from[k]);
		} else {
			fputc(*s++, f);
		}
	}
}

static void
ordinal(char *buf, size_t cap, long n)
{
	const char *suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
	                     : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";

	snprintf(buf, cap, "%ld%s", n, suffix);
}

static const char *const MONTHS[] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November",
                                     "December"};

/* Write n statements into dir; returns the bytes written. */
static long
generate(const char *dir, int n, char **texts, int ntexts)
{
	/* the words that name a statement's meeting, the next one, its date */
	static const char *const WORDS[] = {"second", "third", "fourth", "fifth", "Fourth",
	                                    "December 15, 2023", "January 10, 2025"};
	long bytes = 0;

	for (int i = 0; i < n; i++) {
		char path[4096], ord[32], next[32], date[64];
		const char *to[7];
		FILE *f;
		long ordn = 6 + i;

		ordinal(ord, sizeof ord, ordn);
		ordinal(next, sizeof next, ordn + 1);
		snprintf(date, sizeof date, "%s %d, %d", MONTHS[i % 12], 1 + i % 28, 2026 + i / 12);
		to[0] = ord;
		to[1] = next;
		to[2] = ord;
		to[3] = next;
		to[4] = ord;
		to[5] = date;
		to[6] = date;
		snprintf(path, sizeof path, "%s/s%04d.txt", dir, i);
		f = fopen(path, "w");
		if (!f)
			return -1;
		put_replaced(f, texts[i % ntexts], WORDS, to, 7);
		bytes += ftell(f);
		fclose(f);
	}
	return bytes;
}

/* Run ncgkg graph over the n files; *secs, *rss_kb. */
static int
run_graph(const char *ncgkg, const char *dir, int n, const char *view, double *secs,
          long *rss_kb)
{
	char **argv = calloc((size_t)n + 8, sizeof *argv), out[4096];
	struct rusage ru;
	int status = 0, k = 0;
	double t0;
	pid_t pid;

	if (!argv)
		return -1;
	snprintf(out, sizeof out, "%s/%s.svg", dir, view);
	argv[k++] = (char *)ncgkg;
	argv[k++] = "graph";
	argv[k++] = "--view";
	argv[k++] = (char *)view;
	argv[k++] = "-o";
	argv[k++] = out;
	for (int i = 0; i < n; i++) {
		size_t cap = strlen(dir) + 32;

		argv[k] = malloc(cap);
		if (!argv[k])
			return -1;
		snprintf(argv[k++], cap, "%s/s%04d.txt", dir, i);
	}
	t0 = now();
	pid = fork();
	if (pid == 0) {
		execv(ncgkg, argv);
		_exit(127);
	}
	if (pid < 0 || wait4(pid, &status, 0, &ru) < 0)
		return -1;
	*secs = now() - t0;
	*rss_kb = ru.ru_maxrss;
	for (int i = 6; i < k; i++)
		free(argv[i]);
	free(argv);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

int
main(int argc, char **argv)
{
	static const int SIZES[] = {100, 1000};
	static const char *const VIEWS[] = {"bodies", "timeline"};
	char *texts[16];
	int ntexts = 0;
	double secs[2][2];
	long rss[2][2];

	if (argc < 3) {
		fprintf(stderr, "usage: graph_scale NCGKG STATEMENT...\n");
		return 2;
	}
	for (int i = 2; i < argc && ntexts < 16; i++) {
		size_t len;

		texts[ntexts] = slurp(argv[i], &len);
		if (!texts[ntexts]) {
			perror(argv[i]);
			return 1;
		}
		ntexts++;
	}
	for (int s = 0; s < 2; s++) {
		char dir[] = "/tmp/ncgkg-bench-XXXXXX";
		long bytes;

		if (!mkdtemp(dir))
			return 1;
		bytes = generate(dir, SIZES[s], texts, ntexts);
		for (int v = 0; v < 2; v++) {
			struct stat st;
			char out[4096];

			if (run_graph(argv[1], dir, SIZES[s], VIEWS[v], &secs[s][v], &rss[s][v]) != 0) {
				fprintf(stderr, "graph_scale: ncgkg graph --view %s failed on %d statements\n",
				        VIEWS[v], SIZES[s]);
				return 1;
			}
			snprintf(out, sizeof out, "%s/%s.svg", dir, VIEWS[v]);
			printf("graph --view %-8s %5d statements (%.1f MB of text): %7.2f s, "
			       "peak RSS %6.1f MB, SVG %ld KB\n", VIEWS[v], SIZES[s], (double)bytes / 1e6,
			       secs[s][v], (double)rss[s][v] / 1024.0,
			       stat(out, &st) == 0 ? (long)(st.st_size / 1024) : -1L);
			unlink(out);
		}
		for (int i = 0; i < SIZES[s]; i++) {
			char path[4096];

			snprintf(path, sizeof path, "%s/s%04d.txt", dir, i);
			unlink(path);
		}
		rmdir(dir);
	}
	for (int v = 0; v < 2; v++)
		printf("graph --view %-8s 100 -> 1,000 statements: time x%.1f, peak RSS x%.1f "
		       "(linear: time x10)\n", VIEWS[v], secs[1][v] / secs[0][v],
		       (double)rss[1][v] / (double)rss[0][v]);
	for (int i = 0; i < ntexts; i++)
		free(texts[i]);
	return 0;
}
