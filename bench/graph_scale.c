/* ncgkg benchmark: `graph` at archive scale; prints its figures, never part
 * of `make check` (issue 9).
 *
 *   graph_scale NCGKG STATEMENT...
 *
 * For 100 and 1,000 statements, made by varying the given statements
 * deterministically (the meeting's ordinal and the next one's, the date),
 * runs `NCGKG graph` for the bodies and the timeline views, as SVG and as
 * DOT, and prints the wall and CPU time and the peak resident memory of
 * the command (wait4's ru_maxrss), with the factor from 100 to 1,000:
 * linear cost shows a factor near 10.  DOT is written before layout, so
 * SVG's extra time is Graphviz's layout and rendering.  bench/scale.sh
 * measures graph on bench/gencorpus's corpus (issue 9). */
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

/* Run ncgkg graph over the n files; *secs (wall), *cpu, *rss_kb. */
static int
run_graph(const char *ncgkg, const char *dir, int n, const char *view, const char *fmt,
          double *secs, double *cpu, long *rss_kb)
{
	char **argv = calloc((size_t)n + 8, sizeof *argv), out[4096];
	struct rusage ru;
	int status = 0, k = 0;
	double t0;
	pid_t pid;

	if (!argv)
		return -1;
	snprintf(out, sizeof out, "%s/%s.%s", dir, view, fmt);
	argv[k++] = (char *)ncgkg;
	argv[k++] = "graph";
	argv[k++] = "--view";
	argv[k++] = (char *)view;
	argv[k++] = "-f";
	argv[k++] = (char *)fmt;
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
	*cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
	       (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
	*rss_kb = ru.ru_maxrss;
	for (int i = 8; i < k; i++)
		free(argv[i]);
	free(argv);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

int
main(int argc, char **argv)
{
	static const int SIZES[] = {100, 1000};
	static const char *const VIEWS[] = {"bodies", "timeline"};
	static const char *const FORMATS[] = {"svg", "dot"};
	char *texts[16];
	int ntexts = 0;
	double secs[2][2][2], cpu[2][2][2];
	long rss[2][2][2];

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
		for (int v = 0; v < 2; v++)
			for (int f = 0; f < 2; f++) {
				struct stat st;
				char out[4096];

				if (run_graph(argv[1], dir, SIZES[s], VIEWS[v], FORMATS[f], &secs[s][v][f],
				              &cpu[s][v][f], &rss[s][v][f]) != 0) {
					fprintf(stderr, "graph_scale: ncgkg graph --view %s -f %s failed on %d "
					        "statements\n", VIEWS[v], FORMATS[f], SIZES[s]);
					return 1;
				}
				snprintf(out, sizeof out, "%s/%s.%s", dir, VIEWS[v], FORMATS[f]);
				printf("graph --view %-8s -f %s %5d statements (%.1f MB of text): %7.2f s "
				       "(CPU %.2f s), peak RSS %6.1f MB, output %ld KB\n", VIEWS[v], FORMATS[f],
				       SIZES[s], (double)bytes / 1e6, secs[s][v][f], cpu[s][v][f],
				       (double)rss[s][v][f] / 1024.0,
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
		for (int f = 0; f < 2; f++)
			printf("graph --view %-8s -f %s 100 -> 1,000 statements: CPU x%.1f, peak RSS x%.1f "
			       "(linear: time x10)\n", VIEWS[v], FORMATS[f],
			       cpu[1][v][f] / (cpu[0][v][f] > 0 ? cpu[0][v][f] : 0.01),
			       (double)rss[1][v][f] / (double)rss[0][v][f]);
	for (int v = 0; v < 2; v++)
		printf("graph --view %-8s 1,000 statements: layout and SVG take %.2f s of CPU of %.2f "
		       "(svg - dot)\n", VIEWS[v], cpu[1][v][0] - cpu[1][v][1], cpu[1][v][0]);
	for (int i = 0; i < ntexts; i++)
		free(texts[i]);
	return 0;
}
