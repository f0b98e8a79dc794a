/* ncgkg: writing results without harming what the user points at:
 * regular files replaced atomically, everything else written through. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "ncgkg/output.h"

struct ncg_output {
	FILE *f;
	char *name;       /* as given, for messages */
	char *target;     /* the real path a temporary replaces; NULL otherwise */
	char *tmp;        /* the temporary file; NULL when writing through */
	int slot;         /* its signal slot, or -1 */
	int is_stdout;
	char *buf;        /* f's stdio buffer, freed after f is closed */
};

/* stdio's default buffer is a page: a write(2) each 4 KB of output, an
 * export's system time as much as its user time (issue 9). */
#define OUT_BUF (256 * 1024)
/* Standard output's buffer, given it once, when it is no terminal (a
 * terminal keeps its lines as they come); it lives until ncgkg ends. */
static char stdout_buf[OUT_BUF];
static int stdout_buffered;

/* Marks temporary files: ".NAME" TMP_MARK "PID.XXXXXX". */
#define TMP_MARK ".ncgkg-tmp."
/* Longest part of NAME kept in a temporary's name, so that it stays
 * within NAME_MAX (255) whatever the target's name. */
#define TMP_NAME_MAX 200

/* ---- removing temporaries when a signal ends the process ---------------- */

#define NSLOTS 8
static const int CLEAN_SIGNALS[] = {SIGINT, SIGTERM, SIGHUP};
#define NSIG_CLEAN (sizeof CLEAN_SIGNALS / sizeof CLEAN_SIGNALS[0])

/* Paths to unlink in the handler.  Changed only with the signals blocked;
 * read by the handler only. */
static char *volatile slot_path[NSLOTS];
static struct sigaction saved_action[NSIG_CLEAN];
static int handled[NSIG_CLEAN];    /* our handler is installed */
static int nslots_used;

static void
on_signal(int sig)
{
	/* async-signal-safe only: unlink, sigaction, raise */
	for (int i = 0; i < NSLOTS; i++)
		if (slot_path[i])
			unlink(slot_path[i]);
	for (size_t k = 0; k < NSIG_CLEAN; k++)
		if (CLEAN_SIGNALS[k] == sig)
			sigaction(sig, &saved_action[k], NULL);
	raise(sig);   /* delivered when the handler returns: dies of it */
}

static void
block_signals(sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	for (size_t k = 0; k < NSIG_CLEAN; k++)
		sigaddset(&set, CLEAN_SIGNALS[k]);
	sigprocmask(SIG_BLOCK, &set, old);
}

static void
restore_signals(const sigset_t *old)
{
	sigprocmask(SIG_SETMASK, old, NULL);
}

/* With the signals blocked: remember path for the handler (installed
 * with the first slot).  Returns the slot, or -1 when all are taken (the
 * temporary is then only removed by a later run). */
static int
slot_take(char *path)
{
	int s = -1;

	for (int i = 0; i < NSLOTS && s < 0; i++)
		if (!slot_path[i])
			s = i;
	if (s < 0)
		return -1;
	slot_path[s] = path;
	if (nslots_used++ == 0) {
		for (size_t k = 0; k < NSIG_CLEAN; k++) {
			struct sigaction sa;

			handled[k] = 0;
			if (sigaction(CLEAN_SIGNALS[k], NULL, &saved_action[k]) != 0 ||
			    saved_action[k].sa_handler == SIG_IGN)
				continue;     /* nohup: an ignored signal stays ignored */
			memset(&sa, 0, sizeof sa);
			sa.sa_handler = on_signal;
			sigemptyset(&sa.sa_mask);
			for (size_t j = 0; j < NSIG_CLEAN; j++)
				sigaddset(&sa.sa_mask, CLEAN_SIGNALS[j]);
			if (sigaction(CLEAN_SIGNALS[k], &sa, NULL) == 0)
				handled[k] = 1;
		}
	}
	return s;
}

/* With the signals blocked: forget a slot (the handlers go with the last). */
static void
slot_drop(int s)
{
	if (s < 0 || !slot_path[s])
		return;
	slot_path[s] = NULL;
	if (--nslots_used == 0)
		for (size_t k = 0; k < NSIG_CLEAN; k++)
			if (handled[k]) {
				sigaction(CLEAN_SIGNALS[k], &saved_action[k], NULL);
				handled[k] = 0;
			}
}

/* ---- paths ------------------------------------------------------------- */

static char *
str_cat3(const char *a, const char *b, const char *c)
{
	size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
	char *p = malloc(la + lb + lc + 1);

	if (p) {
		memcpy(p, a, la);
		memcpy(p + la, b, lb);
		memcpy(p + la + lb, c, lc + 1);
	}
	return p;
}

/* The folder of a path ("." when it has none), newly allocated. */
static char *
dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return strdup(".");
	if (slash == path)
		return strdup("/");
	return strndup(path, (size_t)(slash - path));
}

static const char *
base_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/* Follow the symbolic links of a path that does not name an existing
 * file (a dangling link names the file to create).  Returns the last
 * path of the chain, newly allocated, or NULL with errno set. */
static char *
follow_dangling(const char *path)
{
	char *cur = strdup(path);

	for (int hops = 0; cur; hops++) {
		struct stat sb;
		char link[PATH_MAX];
		ssize_t n;
		char *next, *dir;

		if (lstat(cur, &sb) != 0 || !S_ISLNK(sb.st_mode))
			return cur;
		if (hops >= 40) {
			free(cur);
			errno = ELOOP;
			return NULL;
		}
		n = readlink(cur, link, sizeof link - 1);
		if (n < 0) {
			free(cur);
			return NULL;
		}
		link[n] = '\0';
		if (link[0] == '/') {
			next = strdup(link);
		} else {
			dir = dir_of(cur);
			next = dir ? str_cat3(dir, "/", link) : NULL;
			free(dir);
		}
		free(cur);
		cur = next;
	}
	errno = ENOMEM;
	return NULL;
}

/* Remove temporaries of `base` in `dir` whose process is gone.  Only
 * regular files of ours that match the pattern exactly are touched. */
static void
remove_stale(const char *dir, const char *base)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t bl = strlen(base);

	if (bl > TMP_NAME_MAX)
		bl = TMP_NAME_MAX;
	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		const char *p = e->d_name;
		char *end;
		long pid;
		struct stat sb;

		if (p[0] != '.' || strncmp(p + 1, base, bl) != 0 ||
		    strncmp(p + 1 + bl, TMP_MARK, strlen(TMP_MARK)) != 0)
			continue;
		p += 1 + bl + strlen(TMP_MARK);
		errno = 0;
		pid = strtol(p, &end, 10);
		if (errno || end == p || pid <= 0 || pid > INT_MAX || *end != '.' ||
		    strlen(end + 1) != 6 || pid == (long)getpid())
			continue;
		if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;     /* alive, or not ours to know */
		if (fstatat(dirfd(d), e->d_name, &sb, AT_SYMLINK_NOFOLLOW) == 0 &&
		    S_ISREG(sb.st_mode) && sb.st_uid == geteuid())
			unlinkat(dirfd(d), e->d_name, 0);
	}
	closedir(d);
}

/* ---- opening ----------------------------------------------------------- */

static ncg_status
nomem(ncg_error *err, const char *name)
{
	return ncg_error_set(err, NCG_ERR_NOMEM, name, 0, 0, -1, "out of memory");
}

/* Is the file `sb` one of the inputs?  Sets *which. */
static int
is_an_input(const struct stat *sb, const char *const *inputs, size_t n,
            const char **which)
{
	for (size_t i = 0; i < n; i++) {
		struct stat ib;
		int ok = strcmp(inputs[i], "-") == 0 ? fstat(STDIN_FILENO, &ib)
		                                      : stat(inputs[i], &ib);

		if (ok == 0 && ib.st_dev == sb->st_dev && ib.st_ino == sb->st_ino) {
			*which = strcmp(inputs[i], "-") == 0 ? "standard input" : inputs[i];
			return 1;
		}
	}
	return 0;
}

static ncg_status
refuse_input(ncg_error *err, const char *name, const char *which)
{
	return ncg_error_set(err, NCG_ERR_USAGE, name, 0, 0, -1,
	                     "the output is also an input (%s): refusing to "
	                     "overwrite it", which);
}

/* A temporary beside `target` (which may not exist yet; `old` its stat
 * when it does), to be renamed over it. */
static ncg_status
open_temporary(ncg_output *o, const struct stat *old, ncg_error *err)
{
	char *dir = dir_of(o->target), *tmp;
	const char *base = base_of(o->target);
	char pid[32], keep[TMP_NAME_MAX + 1];
	sigset_t mask;
	int fd, e;
	mode_t mode;

	if (!dir)
		return nomem(err, o->name);
	if (!*base) {
		free(dir);
		return ncg_error_set(err, NCG_ERR_IO, o->name, 0, 0, -1,
		                     "not a file name");
	}
	remove_stale(dir, base);
	snprintf(keep, sizeof keep, "%.*s", TMP_NAME_MAX, base);
	snprintf(pid, sizeof pid, "%ld.XXXXXX", (long)getpid());
	tmp = malloc(strlen(dir) + strlen(keep) + strlen(TMP_MARK) + strlen(pid) + 3);
	if (!tmp) {
		free(dir);
		return nomem(err, o->name);
	}
	sprintf(tmp, "%s/.%s%s%s", dir, keep, TMP_MARK, pid);
	free(dir);

	block_signals(&mask);
	fd = mkstemp(tmp);
	e = errno;
	if (fd >= 0)
		o->slot = slot_take(tmp);
	restore_signals(&mask);
	if (fd < 0) {
		free(tmp);
		return ncg_error_set(err, NCG_ERR_IO, o->name, 0, 0, -1,
		                     "cannot create a file beside it: %s", strerror(e));
	}
	o->tmp = tmp;
	if (old) {
		/* the old owner and group where permitted, then the old mode
		 * (never set-user or set-group-ID: the owner may have changed) */
		if (old->st_uid != geteuid() || old->st_gid != getegid())
			if (fchown(fd, old->st_uid, old->st_gid) != 0)
				(void)!fchown(fd, (uid_t)-1, old->st_gid);
		mode = old->st_mode & 0777;
	} else {
		mode_t um = umask(0);

		umask(um);
		mode = 0666 & ~um;
	}
	if (fchmod(fd, mode) != 0 || !(o->f = fdopen(fd, "w"))) {
		e = errno;
		close(fd);
		return ncg_error_set(err, NCG_ERR_IO, o->name, 0, 0, -1,
		                     "cannot write: %s", strerror(e));
	}
	return NCG_OK;
}

/* Write through to what is not a regular file: a device, a FIFO, a
 * terminal. */
static ncg_status
open_through(ncg_output *o, ncg_error *err)
{
	struct stat sb;
	int fd = open(o->name, O_WRONLY | O_NOCTTY | O_CLOEXEC);

	if (fd < 0)
		return ncg_error_set(err, NCG_ERR_IO, o->name, 0, 0, -1,
		                     "cannot open: %s", strerror(errno));
	if (fstat(fd, &sb) != 0 || S_ISREG(sb.st_mode) || S_ISDIR(sb.st_mode)) {
		/* replaced by a file while we looked: not written through */
		close(fd);
		return ncg_error_set(err, NCG_ERR_IO, o->name, 0, 0, -1,
		                     "changed while being opened; not written");
	}
	o->f = fdopen(fd, "w");
	if (!o->f) {
		close(fd);
		return nomem(err, o->name);
	}
	return NCG_OK;
}

/* Standard output: refused when it is a regular file that is an input. */
static ncg_status
open_stdout(ncg_output *o, const char *const *inputs, size_t ninputs, ncg_error *err)
{
	struct stat sb;
	const char *which;

	o->is_stdout = 1;
	o->f = stdout;
	o->name = strdup("<stdout>");
	if (!o->name) {
		free(o);
		return nomem(err, "<stdout>");
	}
	if (fstat(STDOUT_FILENO, &sb) == 0 && S_ISREG(sb.st_mode) &&
	    is_an_input(&sb, inputs, ninputs, &which)) {
		ncg_status st = refuse_input(err, o->name, which);

		ncg_output_abort(o);
		return st;
	}
	return NCG_OK;
}

/* A regular file (or a link to one) that is writable and no input: a
 * temporary file beside its real target, renamed over it at the end. */
static ncg_status
open_replacing(ncg_output *o, const char *path, const struct stat *sb,
               const char *const *inputs, size_t ninputs, ncg_error *err)
{
	const char *which;
	struct stat rb;

	if (is_an_input(sb, inputs, ninputs, &which))
		return refuse_input(err, path, which);
	if (faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) != 0)
		return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1,
		                     "cannot write: %s", strerror(errno));
	/* a symbolic link: replace its real target */
	o->target = realpath(path, NULL);
	if (!o->target)
		return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1,
		                     "cannot find the real path: %s", strerror(errno));
	if (stat(o->target, &rb) != 0 || rb.st_dev != sb->st_dev || rb.st_ino != sb->st_ino)
		return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1,
		                     "has no path of its own (%s); not replaced", o->target);
	return open_temporary(o, sb, err);
}

/* What is at path decides: a directory is refused, a device, FIFO or
 * terminal written through, a regular file replaced, nothing created. */
static ncg_status
open_path(ncg_output *o, const char *path, const char *const *inputs, size_t ninputs,
          ncg_error *err)
{
	struct stat sb;

	if (stat(path, &sb) == 0) {
		if (S_ISDIR(sb.st_mode))
			return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1,
			                     "is a directory, not an output file");
		if (!S_ISREG(sb.st_mode))
			return open_through(o, err);
		return open_replacing(o, path, &sb, inputs, ninputs, err);
	}
	if (errno == ENOENT) {
		/* nothing there yet, or a link to nothing: create the target */
		o->target = follow_dangling(path);
		return o->target ? open_temporary(o, NULL, err)
		                 : ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1,
		                                 "cannot open: %s", strerror(errno));
	}
	return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1, "cannot open: %s",
	                     strerror(errno));
}

/* Give o's stream a buffer of OUT_BUF (none if memory is short: stdio's
 * own is used). */
static void
give_buffer(ncg_output *o)
{
	if (o->is_stdout) {
		if (!stdout_buffered && !isatty(STDOUT_FILENO) &&
		    setvbuf(stdout, stdout_buf, _IOFBF, OUT_BUF) == 0)
			stdout_buffered = 1;
		return;
	}
	o->buf = malloc(OUT_BUF);
	if (o->buf && setvbuf(o->f, o->buf, _IOFBF, OUT_BUF) != 0) {
		free(o->buf);
		o->buf = NULL;
	}
}

size_t
ncg_output_buffer_size(const ncg_output *o)
{
	return o->is_stdout ? (stdout_buffered ? OUT_BUF : 0) : o->buf ? OUT_BUF : 0;
}

ncg_status
ncg_output_open(const char *path, const char *const *inputs, size_t ninputs,
                ncg_output **out, ncg_error *err)
{
	ncg_output *o = calloc(1, sizeof *o);
	ncg_status st;

	*out = NULL;
	if (!o)
		return nomem(err, path);
	o->slot = -1;
	if (!path || strcmp(path, "-") == 0) {
		if ((st = open_stdout(o, inputs, ninputs, err)) != NCG_OK)
			return st;
		give_buffer(o);
		*out = o;
		return NCG_OK;
	}
	o->name = strdup(path);
	if (!o->name) {
		free(o);
		return nomem(err, path);
	}
	if ((st = open_path(o, path, inputs, ninputs, err)) != NCG_OK) {
		ncg_output_abort(o);
		return st;
	}
	give_buffer(o);
	*out = o;
	return NCG_OK;
}

FILE *ncg_output_file(ncg_output *o) { return o->f; }
const char *ncg_output_name(const ncg_output *o) { return o->name; }

/* ---- finishing --------------------------------------------------------- */

static void
output_free(ncg_output *o)
{
	sigset_t mask;

	if (o->tmp) {
		block_signals(&mask);
		unlink(o->tmp);
		slot_drop(o->slot);
		restore_signals(&mask);
	}
	free(o->tmp);
	free(o->target);
	free(o->name);
	free(o->buf);
	free(o);
}

void
ncg_output_abort(ncg_output *o)
{
	if (!o)
		return;
	if (o->f && !o->is_stdout)
		fclose(o->f);
	output_free(o);
}

/* Make a rename durable: sync the folder (best effort). */
static void
sync_dir_of(const char *path)
{
	char *dir = dir_of(path);
	int fd = dir ? open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;

	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

ncg_status
ncg_output_commit(ncg_output *o, ncg_error *err)
{
	ncg_status st = NCG_OK;
	sigset_t mask;
	int e;

	errno = 0;
	if (o->is_stdout) {
		if (fflush(stdout) != 0 || ferror(stdout))
			st = ncg_error_set(err, NCG_ERR_IO, o->name, 0, 0, -1, "cannot write: %s",
			                   strerror(errno ? errno : EIO));
		output_free(o);
		return st;
	}
	if (fflush(o->f) != 0 || ferror(o->f) ||
	    (o->tmp && fsync(fileno(o->f)) != 0)) {
		e = errno ? errno : EIO;
		fclose(o->f);
		o->f = NULL;
		st = ncg_error_set(err, NCG_ERR_IO, o->name, 0, 0, -1, "cannot write: %s",
		                   strerror(e));
		output_free(o);
		return st;
	}
	e = fclose(o->f) != 0 ? errno : 0;
	o->f = NULL;
	if (!e && o->tmp) {
		block_signals(&mask);
		if (rename(o->tmp, o->target) != 0) {
			e = errno;
		} else {
			slot_drop(o->slot);
			free(o->tmp);
			o->tmp = NULL;
		}
		restore_signals(&mask);
		if (!e)
			sync_dir_of(o->target);
	}
	if (e)
		st = ncg_error_set(err, NCG_ERR_IO, o->name, 0, 0, -1, "cannot write: %s",
		                   strerror(e));
	output_free(o);
	return st;
}

ncg_status
ncg_output_write(const char *path, const void *data, size_t len, ncg_error *err)
{
	ncg_output *o;

	NCG_TRY(ncg_output_open(path, NULL, 0, &o, err));
	if (len && fwrite(data, 1, len, ncg_output_file(o)) != len) {
		int e = errno;

		ncg_output_abort(o);
		return ncg_error_set(err, NCG_ERR_IO, path && strcmp(path, "-") ? path : "<stdout>",
		                     0, 0, -1, "cannot write: %s", strerror(e));
	}
	return ncg_output_commit(o, err);
}
