/* ncgkg: reading a statement's text (stage 1 of the pipeline). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nettle/sha2.h>

#include "ncgkg/buf.h"
#include "ncgkg/text.h"

struct ncg_text {
	char *name;
	const char *base;
	char *str;            /* normalised */
	size_t len;
	size_t cp_len;
	uint32_t *cp;         /* cp[byte] for every byte offset 0..len */
	char sha256[65];
	ncg_text_meta meta;   /* fields owned (malloc'd) */
	struct ncg_origin {
		size_t b, e;
		char *where;
	} *origin;            /* in order of b; owned */
	size_t norigin, origin_cap;
};

static void
meta_free(ncg_text_meta *m)
{
	free((char *)m->title);
	free((char *)m->issued);
	free((char *)m->publisher);
	free((char *)m->source);
	memset(m, 0, sizeof *m);
}

void
ncg_text_free(ncg_text *t)
{
	if (!t)
		return;
	free(t->name);
	free(t->str);
	free(t->cp);
	meta_free(&t->meta);
	for (size_t i = 0; i < t->norigin; i++)
		free(t->origin[i].where);
	free(t->origin);
	free(t);
}

/* Replace *field by a copy of v when v is not NULL. */
static ncg_status
meta_field_set(const char **field, const char *v)
{
	char *copy;

	if (!v)
		return NCG_OK;
	copy = strdup(v);
	if (!copy)
		return NCG_ERR_NOMEM;
	free((char *)*field);
	*field = copy;
	return NCG_OK;
}

ncg_status
ncg_text_set_meta(ncg_text *t, const ncg_text_meta *meta, ncg_error *err)
{
	if (meta_field_set(&t->meta.title, meta->title) != NCG_OK ||
	    meta_field_set(&t->meta.issued, meta->issued) != NCG_OK ||
	    meta_field_set(&t->meta.publisher, meta->publisher) != NCG_OK ||
	    meta_field_set(&t->meta.source, meta->source) != NCG_OK)
		return ncg_error_set(err, NCG_ERR_NOMEM, t->name, 0, 0, -1,
		                     "out of memory");
	return NCG_OK;
}

const ncg_text_meta *ncg_text_meta_of(const ncg_text *t) { return &t->meta; }

ncg_status
ncg_text_add_origin(ncg_text *t, size_t b, size_t e, const char *where,
                    ncg_error *err)
{
	if (t->norigin == t->origin_cap) {
		size_t cap = t->origin_cap ? 2 * t->origin_cap : 16;
		struct ncg_origin *o = realloc(t->origin, cap * sizeof *o);

		if (!o)
			goto nomem;
		t->origin = o;
		t->origin_cap = cap;
	}
	t->origin[t->norigin].where = strdup(where);
	if (!t->origin[t->norigin].where)
		goto nomem;
	t->origin[t->norigin].b = b;
	t->origin[t->norigin].e = e;
	t->norigin++;
	return NCG_OK;
nomem:
	return ncg_error_set(err, NCG_ERR_NOMEM, t->name, 0, 0, -1, "out of memory");
}

const char *
ncg_text_origin_at(const ncg_text *t, size_t byte)
{
	size_t lo = 0, hi = t->norigin;

	/* the last range that begins at or before byte */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (t->origin[mid].b <= byte)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0 || byte >= t->origin[lo - 1].e)
		return NULL;
	return t->origin[lo - 1].where;
}

/* Line and column (1-based, column in code points) of a byte offset in raw
 * bytes, counting CRLF, CR and LF as line ends. */
static void
locate(const unsigned char *b, size_t off, long *line, long *col)
{
	long l = 1, c = 1;

	for (size_t i = 0; i < off; i++) {
		if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= off || b[i + 1] != '\n'))) {
			l++;
			c = 1;
		} else if (b[i] != '\r' && (b[i] & 0xC0) != 0x80) {
			c++;
		}
	}
	*line = l;
	*col = c;
}

/* Length of the valid UTF-8 sequence at b[i], or 0 if malformed. */
static size_t
utf8_valid_at(const unsigned char *b, size_t n, size_t i)
{
	unsigned c = b[i];
	size_t len;
	uint32_t cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (n - i < len)
		return 0;
	for (size_t k = 1; k < len; k++) {
		if ((b[i + k] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (b[i + k] & 0x3F);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

unsigned
ncg_utf8_next_multi(const char *s, size_t *i)
{
	const unsigned char *b = (const unsigned char *)s;
	unsigned c = b[*i];

	if (c < 0x80) {
		(*i)++;
		return c;
	}
	if (c < 0xE0) {
		c = ((c & 0x1Fu) << 6) | (b[*i + 1] & 0x3Fu);
		*i += 2;
	} else if (c < 0xF0) {
		c = ((c & 0x0Fu) << 12) | ((b[*i + 1] & 0x3Fu) << 6) | (b[*i + 2] & 0x3Fu);
		*i += 3;
	} else {
		c = ((c & 0x07u) << 18) | ((b[*i + 1] & 0x3Fu) << 12) |
		    ((b[*i + 2] & 0x3Fu) << 6) | (b[*i + 3] & 0x3Fu);
		*i += 4;
	}
	return c;
}

int
ncg_utf8_is_valid(const char *s, size_t n)
{
	const unsigned char *b = (const unsigned char *)s;

	for (size_t i = 0, k; i < n; i += k)
		if ((k = utf8_valid_at(b, n, i)) == 0)
			return 0;
	return 1;
}

/* Does the text look like UTF-16 or UTF-32 (a byte-order mark, or ASCII
 * with a NUL beside every character)?  The name of the encoding, or NULL.
 * Only asked of bytes that are not UTF-8 anyway. */
static const char *
looks_like_utf16(const unsigned char *b, size_t n)
{
	size_t even = 0, odd = 0, m = n < 512 ? n : 512;

	if (n >= 4 && b[0] == 0xFF && b[1] == 0xFE && !b[2] && !b[3])
		return "UTF-32LE";
	if (n >= 4 && !b[0] && !b[1] && b[2] == 0xFE && b[3] == 0xFF)
		return "UTF-32BE";
	if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
		return "UTF-16LE";
	if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
		return "UTF-16BE";
	for (size_t i = 0; i + 1 < m; i += 2) {
		even += !b[i];
		odd += !b[i + 1];
	}
	if (m >= 4 && odd * 4 >= m && even * 16 < m)
		return "UTF-16LE";
	if (m >= 4 && even * 4 >= m && odd * 16 < m)
		return "UTF-16BE";
	return NULL;
}

static int
only_space(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned c = ncg_utf8_next(s, &i);

		if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f' ||
		      c == '\v' || c == 0xA0 || c == 0xFEFF || c == 0x200B))
			return 0;
	}
	return 1;
}

/* Length of a leading byte-order mark (U+FEFF) in s: 3 or 0. */
static size_t
bom_len(const unsigned char *s, size_t n)
{
	return n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0;
}

/* The normalised text of n valid UTF-8 bytes into out (room for n + 1):
 * CRLF and lone CR as LF, and the white space at the end dropped.  A
 * leading byte-order mark stays (it is code point 0 for every reader that
 * decodes the file as UTF-8).  Returns its length. */
static size_t
normalise(const unsigned char *b, size_t n, char *out)
{
	size_t i = 0, j = 0;

	while (i < n) {
		/* the run up to the next CR copied at once (speed only) */
		const unsigned char *cr = memchr(b + i, '\r', n - i);
		size_t run = cr ? (size_t)(cr - (b + i)) : n - i;

		memcpy(out + j, b + i, run);
		i += run;
		j += run;
		if (i < n) {
			out[j++] = '\n';
			if (i + 1 < n && b[i + 1] == '\n')
				i++;
			i++;
		}
	}
	while (j > 0 && (out[j - 1] == ' ' || out[j - 1] == '\t' || out[j - 1] == '\n' ||
	                 out[j - 1] == '\f' || out[j - 1] == '\v'))
		j--;
	out[j] = '\0';
	return j;
}

/* Are the n bytes at b (n > 0) UTF-8 text: no UTF-16, no NUL, no invalid
 * byte?  The error says where. */
static ncg_status
check_utf8(const char *shown, const unsigned char *b, size_t n, ncg_error *err)
{
	long line, col;

	for (size_t i = 0; i < n;) {
		size_t k;

		/* eight bytes at a time while all are printable ASCII or
		 * white space (0x09-0x7F), which the loop would skip one by
		 * one: no byte with its high bit set, none below 0x09 (speed
		 * only) */
		while (i + 8 <= n) {
			uint64_t w;

			memcpy(&w, b + i, 8);
			if ((w & 0x8080808080808080ULL) ||
			    ((w - 0x0909090909090909ULL) & ~w & 0x8080808080808080ULL))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if ((i == 0 || b[i] == 0) && (b[i] == 0 || b[i] >= 0xFE) &&
		    looks_like_utf16(b, n)) {
			const char *enc = looks_like_utf16(b, n);

			return ncg_error_set(err, NCG_ERR_ENCODING, shown, 0, 0, -1,
			                     "looks like %s, not UTF-8: convert it first "
			                     "(iconv -f %s -t UTF-8)", enc, enc);
		}
		if (b[i] == 0) {
			locate(b, i, &line, &col);
			return ncg_error_set(err, NCG_ERR_ENCODING, shown, line, col,
			                     (long)i, "NUL byte at byte offset %zu: "
			                     "not a text file", i);
		}
		/* printable ASCII and white space, most of a statement, are
		 * valid alone: skipped without the call (speed only) */
		if (b[i] >= 0x09 && b[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8_valid_at(b, n, i);
		if (k == 0) {
			locate(b, i, &line, &col);
			return ncg_error_set(err, NCG_ERR_ENCODING, shown, line, col,
			                     (long)i, "invalid UTF-8 byte 0x%02X at "
			                     "byte offset %zu", b[i], i);
		}
		i += k;
	}
	return NCG_OK;
}

/* t->cp and t->cp_len: the code point at each byte of t->str */
static ncg_status
index_code_points(ncg_text *t)
{
	size_t i, cp;

	t->cp = malloc((t->len + 1) * sizeof *t->cp);
	if (!t->cp)
		return NCG_ERR_NOMEM;
	for (i = 0, cp = 0; i < t->len;) {
		uint64_t w;

		/* eight ASCII bytes: eight code points (speed only) */
		if (i + 8 <= t->len && (memcpy(&w, t->str + i, 8), !(w & 0x8080808080808080ULL))) {
			for (int k = 0; k < 8; k++)
				t->cp[i + k] = (uint32_t)(cp + k);
			i += 8;
			cp += 8;
			continue;
		}
		t->cp[i] = (uint32_t)cp;
		cp += ((unsigned char)t->str[i] & 0xC0) != 0x80;
		i++;
	}
	t->cp[t->len] = (uint32_t)cp;
	t->cp_len = cp;
	return NCG_OK;
}

/* t->sha256: the digest of the normalised text without its byte-order
 * mark, in hex, the statement's key (issue 11) */
static void
text_digest(ncg_text *t)
{
	struct sha256_ctx sha;
	uint8_t digest[SHA256_DIGEST_SIZE];
	size_t i = bom_len((const unsigned char *)t->str, t->len);

	sha256_init(&sha);
	sha256_update(&sha, t->len - i, (const uint8_t *)t->str + i);
	sha256_digest(&sha, sizeof digest, digest);
	for (i = 0; i < sizeof digest; i++) {
		t->sha256[2 * i] = "0123456789abcdef"[digest[i] >> 4];
		t->sha256[2 * i + 1] = "0123456789abcdef"[digest[i] & 15];
	}
	t->sha256[2 * sizeof digest] = '\0';
}

ncg_status
ncg_text_from_bytes(const char *name, const void *bytes, size_t n,
                    ncg_text **out, ncg_error *err)
{
	const unsigned char *b = bytes;
	ncg_text *t;
	const char *shown = strcmp(name, "-") == 0 ? "<stdin>" : name;

	*out = NULL;
	if (n == 0)
		return ncg_error_set(err, NCG_ERR_EMPTY, shown, 0, 0, -1,
		                     "empty file: no statement text");
	if (n > NCG_TEXT_HARD_MAX)
		return ncg_error_set(err, NCG_ERR_LIMIT, shown, 0, 0, -1,
		                     "too large: %zu bytes, more than %zu",
		                     n, NCG_TEXT_HARD_MAX);
	NCG_TRY(check_utf8(shown, b, n, err));
	t = calloc(1, sizeof *t);
	if (!t)
		return ncg_error_set(err, NCG_ERR_NOMEM, shown, 0, 0, -1, "out of memory");
	t->name = strdup(name);
	t->str = malloc(n + 1);
	if (!t->name || !t->str)
		goto nomem;
	t->len = normalise(b, n, t->str);
	if (only_space(t->str, t->len)) {
		ncg_text_free(t);
		return ncg_error_set(err, NCG_ERR_EMPTY, shown, 0, 0, -1,
		                     "no statement text: the file holds only white space");
	}
	if (index_code_points(t) != NCG_OK)
		goto nomem;
	text_digest(t);
	t->base = strrchr(t->name, '/') ? strrchr(t->name, '/') + 1 : t->name;
	if (strcmp(t->name, "-") == 0)
		t->base = "stdin";
	*out = t;
	return NCG_OK;
nomem:
	ncg_text_free(t);
	return ncg_error_set(err, NCG_ERR_NOMEM, shown, 0, 0, -1, "out of memory");
}

static ncg_status
read_fd(int fd, const char *shown, size_t max, ncg_buf *buf, ncg_error *err)
{
	char chunk[65536];

	for (;;) {
		ssize_t r = read(fd, chunk, sizeof chunk);

		if (r < 0) {
			if (errno == EINTR)
				continue;
			return ncg_error_set(err, NCG_ERR_IO, shown, 0, 0, -1,
			                     "cannot read: %s", strerror(errno));
		}
		if (r == 0)
			return NCG_OK;
		if (buf->len + (size_t)r > max)
			return ncg_error_set(err, NCG_ERR_LIMIT, shown, 0, 0, -1,
			                     "too large: more than %zu bytes, the limit "
			                     "of a statement", max);
		if (ncg_buf_append(buf, chunk, (size_t)r) != 0)
			return ncg_error_set(err, NCG_ERR_NOMEM, shown, 0, 0, -1,
			                     "out of memory");
	}
}

ncg_status
ncg_text_read_bytes(const char *path, char **bytes, size_t *n, ncg_error *err)
{
	return ncg_text_read_bytes_max(path, NCG_TEXT_MAX, bytes, n, err);
}

ncg_status
ncg_text_read_bytes_max(const char *path, size_t max, char **bytes, size_t *n,
                        ncg_error *err)
{
	ncg_buf buf;
	ncg_status st;
	int fd;
	struct stat sb;
	int is_stdin = strcmp(path, "-") == 0;
	const char *shown = is_stdin ? "<stdin>" : path;

	*bytes = NULL;
	*n = 0;
	if (is_stdin) {
		fd = STDIN_FILENO;
	} else {
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			return ncg_error_set(err, NCG_ERR_IO, shown, 0, 0, -1,
			                     "cannot open: %s", strerror(errno));
	}
	if (fstat(fd, &sb) != 0)
		memset(&sb, 0, sizeof sb);
	if (S_ISDIR(sb.st_mode)) {
		if (!is_stdin)
			close(fd);
		return ncg_error_set(err, NCG_ERR_IO, shown, 0, 0, -1,
		                     "is a directory, not a statement file");
	}
	if (max == 0 || max > NCG_TEXT_HARD_MAX)
		max = NCG_TEXT_HARD_MAX;
	/* a file known to be too large is refused before it is read */
	if (S_ISREG(sb.st_mode) && (size_t)sb.st_size > max) {
		if (!is_stdin)
			close(fd);
		return ncg_error_set(err, NCG_ERR_LIMIT, shown, 0, 0, -1,
		                     "too large: %lld bytes, more than %zu, the limit "
		                     "of a statement", (long long)sb.st_size, max);
	}
	ncg_buf_init(&buf);
	st = read_fd(fd, shown, max, &buf, err);
	if (!is_stdin)
		close(fd);
	if (st == NCG_OK) {
		*n = buf.len;
		*bytes = ncg_buf_take(&buf);
		if (!*bytes)
			st = ncg_error_set(err, NCG_ERR_NOMEM, shown, 0, 0, -1, "out of memory");
	}
	ncg_buf_free(&buf);
	return st;
}

ncg_status
ncg_text_read_file(const char *path, ncg_text **out, ncg_error *err)
{
	return ncg_text_read_file_max(path, NCG_TEXT_MAX, out, err);
}

ncg_status
ncg_text_read_file_max(const char *path, size_t max, ncg_text **out, ncg_error *err)
{
	char *bytes;
	size_t n;
	ncg_status st;

	*out = NULL;
	st = ncg_text_read_bytes_max(path, max, &bytes, &n, err);
	if (st == NCG_OK)
		st = ncg_text_from_bytes(path, bytes, n, out, err);
	free(bytes);
	return st;
}

const char *ncg_text_str(const ncg_text *t) { return t->str; }
size_t ncg_text_len(const ncg_text *t) { return t->len; }
size_t ncg_text_cp_len(const ncg_text *t) { return t->cp_len; }
const char *ncg_text_name(const ncg_text *t) { return t->name; }
const char *ncg_text_basename(const ncg_text *t) { return t->base; }
const char *ncg_text_sha256(const ncg_text *t) { return t->sha256; }

size_t
ncg_text_cp(const ncg_text *t, size_t byte)
{
	return byte <= t->len ? t->cp[byte] : t->cp_len;
}
