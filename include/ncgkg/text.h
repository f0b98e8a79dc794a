/* ncgkg: reading a statement's text.
 *
 * The first stage of the pipeline.  A statement is read as bytes, checked
 * to be UTF-8 text (no NUL, no malformed sequence), and normalised:
 *   1. CRLF and lone CR become LF;
 *   2. the white space at the end of the text (space, tab, LF, FF, VT)
 *      is dropped (the text ends with its last visible character).
 * A leading byte-order mark is kept as code point 0 (U+FEFF), as Python
 * ("utf-8"), Java and other UTF-8 decoders read the file, so that offsets
 * hold against the file as any reader decodes it; later stages treat it
 * as white space.
 *
 * The statement's key is the SHA-256 of the normalised text without its
 * byte-order mark: the same statement saved with LF, CRLF or CR line ends,
 * with no or several final newlines, with or without a byte-order mark has
 * the same SHA-256 and so the same statement IRI (issue 11).  Its triples
 * are the same too, except that with a byte-order mark nif:isString starts
 * with U+FEFF and every offset is one more.
 *
 * Offsets exposed to RDF (NIF) are Unicode code points into the
 * normalised text (nif:isString); ncg_text_cp converts a byte offset.
 *
 * Ownership: ncg_text_read* allocate; ncg_text_free releases everything.
 * ncg_text_free(NULL) is a no-op.
 */
#ifndef NCGKG_TEXT_H
#define NCGKG_TEXT_H

#include <stddef.h>

#include "ncgkg/status.h"

typedef struct ncg_text ncg_text;

/* Largest statement ncg_text_read_file reads, in bytes. */
#define NCG_TEXT_MAX ((size_t)64 << 20)
/* Largest text at all (offsets are 32-bit). */
#define NCG_TEXT_HARD_MAX ((size_t)1 << 30)

/* Read FILE, or standard input when path is "-". */
ncg_status ncg_text_read_file(const char *path, ncg_text **out, ncg_error *err);

/* The same, refusing more than max_bytes (0 or more than NCG_TEXT_HARD_MAX:
 * NCG_TEXT_HARD_MAX) with NCG_ERR_LIMIT, before reading further. */
ncg_status ncg_text_read_file_max(const char *path, size_t max_bytes,
                                  ncg_text **out, ncg_error *err);

/* Build from bytes in memory; `name` is used in messages and as the
 * source file name. */
ncg_status ncg_text_from_bytes(const char *name, const void *bytes, size_t n,
                               ncg_text **out, ncg_error *err);

void ncg_text_free(ncg_text *t);

const char *ncg_text_str(const ncg_text *t);     /* normalised, NUL-terminated */
size_t ncg_text_len(const ncg_text *t);          /* bytes */
size_t ncg_text_cp_len(const ncg_text *t);       /* code points */
const char *ncg_text_name(const ncg_text *t);    /* as given; "-" for stdin */
const char *ncg_text_basename(const ncg_text *t);/* file name without folders */
/* 64 hex digits: the SHA-256 of the normalised text (as UTF-8) without
 * a leading byte-order mark */
const char *ncg_text_sha256(const ncg_text *t);

/* What is known of a statement besides its words: from a saved page's head
 * (title, publication date, site name, canonical address) or from the
 * command line (--source).  Every field may be NULL; `issued` is
 * YYYY-MM-DD.  Readers of the text prefer these to what they guess from the
 * text itself. */
typedef struct {
	const char *title;
	const char *issued;
	const char *publisher;
	const char *source;
} ncg_text_meta;

/* Set the fields of `meta` that are not NULL (copied; a later call may
 * override them).  Fails only when out of memory. */
ncg_status ncg_text_set_meta(ncg_text *t, const ncg_text_meta *meta,
                             ncg_error *err);

/* The metadata set so far (fields NULL when unknown); never NULL. */
const ncg_text_meta *ncg_text_meta_of(const ncg_text *t);

/* Read the bytes of FILE, or of standard input when path is "-", with
 * the checks of ncg_text_read_file (not a directory, at most NCG_TEXT_MAX
 * bytes), for readers that decode a file themselves (a saved page).
 * *bytes is malloc'd and NUL-terminated; the caller frees it.  On failure
 * *bytes is NULL. */
ncg_status ncg_text_read_bytes(const char *path, char **bytes, size_t *n,
                               ncg_error *err);

/* The same, refusing more than max bytes (0 or more than
 * NCG_TEXT_HARD_MAX: NCG_TEXT_HARD_MAX) with NCG_ERR_LIMIT; a regular file
 * over it before it is read. */
ncg_status ncg_text_read_bytes_max(const char *path, size_t max, char **bytes,
                                   size_t *n, ncg_error *err);

/* Where the text came from, when it was extracted from a document (a
 * saved page): the bytes [b, e) of the text came from `where` (an XPath
 * into the page).  Ranges are added in order and do not overlap; `where`
 * is copied.  Fails only when out of memory. */
ncg_status ncg_text_add_origin(ncg_text *t, size_t b, size_t e,
                               const char *where, ncg_error *err);

/* The origin of the byte at offset `byte`, or NULL (plain text). */
const char *ncg_text_origin_at(const ncg_text *t, size_t byte);

/* Code-point offset of a byte offset (0 <= byte <= len). */
size_t ncg_text_cp(const ncg_text *t, size_t byte);

/* Are the n bytes at s well-formed UTF-8 (no overlong form, surrogate or
 * code point past U+10FFFF)? */
int ncg_utf8_is_valid(const char *s, size_t n);

/* ncg_utf8_next past ASCII: a code point of two to four bytes */
unsigned ncg_utf8_next_multi(const char *s, size_t *i);

/* Decode one UTF-8 code point at s[*i] (known valid), advancing *i.
 * Inline for ASCII, most of the text (speed only). */
static inline unsigned
ncg_utf8_next(const char *s, size_t *i)
{
	unsigned c = (unsigned char)s[*i];

	if (c < 0x80) {
		(*i)++;
		return c;
	}
	return ncg_utf8_next_multi(s, i);
}

#endif
