/* ncgkg: writing results safely (atomically, or to standard output). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ncgkg/output.h"

/* Write all of p; NCG_ERR_IO with errno set when the system refuses. */
static ncg_status
write_all(int fd, const char *p, size_t len)
{
	while (len) {
		ssize_t w = write(fd, p, len);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			return NCG_ERR_IO;
		}
		p += w;
		len -= (size_t)w;
	}
	return NCG_OK;
}

ncg_status
ncg_output_write(const char *path, const void *data, size_t len, ncg_error *err)
{
	char *tmp;
	int fd, e;
	struct stat sb;

	if (!path || strcmp(path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0)
			return ncg_error_set(err, NCG_ERR_IO, "<stdout>", 0, 0, -1,
			                     "cannot write: %s", strerror(errno));
		return NCG_OK;
	}
	if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
		return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1,
		                     "is a directory, not an output file");
	tmp = malloc(strlen(path) + 16);
	if (!tmp)
		return ncg_error_set(err, NCG_ERR_NOMEM, path, 0, 0, -1, "out of memory");
	sprintf(tmp, "%s.tmp.XXXXXX", path);
	fd = mkstemp(tmp);
	if (fd < 0) {
		e = errno;
		free(tmp);
		return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1,
		                     "cannot create a file beside it: %s", strerror(e));
	}
	{
		mode_t um = umask(0);

		umask(um);
		if (fchmod(fd, 0666 & ~um) != 0)
			goto fail;
	}
	if (write_all(fd, data, len) != NCG_OK || fsync(fd) != 0) {
fail:
		e = errno;
		close(fd);
		unlink(tmp);
		free(tmp);
		return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1, "cannot write: %s",
		                     strerror(e));
	}
	if (close(fd) != 0 || rename(tmp, path) != 0) {
		e = errno;
		unlink(tmp);
		free(tmp);
		return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1, "cannot write: %s",
		                     strerror(e));
	}
	free(tmp);
	return NCG_OK;
}
