/* ncgkg: HTTP for the store module (libcurl): the SPARQL 1.1 Graph Store
 * HTTP Protocol and the SPARQL protocol's query operation.
 *
 * Private to the store library: the only code in ncgkg that talks to a
 * server.  Credentials come from the environment (NCGKG_STORE_USER and
 * NCGKG_STORE_PASSWORD) or a netrc file ($NETRC, else ~/.netrc), never
 * from the command line; they never appear in messages.
 *
 * Ownership: ncg_http_new allocates, ncg_http_free releases (NULL: no-op).
 * A reply's body and content type belong to the reply, released by
 * ncg_http_reply_free.
 */
#ifndef NCGKG_GSP_H
#define NCGKG_GSP_H

#include <stddef.h>

#include "ncgkg/status.h"

typedef struct ncg_http ncg_http;

typedef struct {
	long status;            /* HTTP status code */
	char *body;             /* NUL-terminated */
	size_t len;
	char *content_type;     /* without parameters, lower case; may be NULL */
} ncg_http_reply;

ncg_status ncg_http_new(ncg_http **out, ncg_error *err);
void ncg_http_free(ncg_http *h);

/* One request.  `body` may be NULL (no body); `content_type` and `accept`
 * may be NULL.  A reply with any status is NCG_OK: the caller decides;
 * failing to connect or to transfer is NCG_ERR_IO. */
ncg_status ncg_http_request(ncg_http *h, const char *method, const char *url,
                            const char *content_type, const char *body,
                            size_t len, const char *accept,
                            ncg_http_reply *reply, ncg_error *err);
void ncg_http_reply_free(ncg_http_reply *r);

/* An error from a reply that is not 2xx: "METHOD URL: HTTP 500: first
 * line of the body". */
ncg_status ncg_http_reply_error(const ncg_http_reply *r, const char *method,
                                const char *url, ncg_error *err);

/* endpoint + ('?' or '&') + param + '=' + the percent-encoded value;
 * NULL when out of memory.  The caller frees. */
char *ncg_http_url_with(const char *endpoint, const char *param, const char *value);

/* application/x-www-form-urlencoded "name=value"; NULL when out of memory. */
char *ncg_http_form(const char *name, const char *value);

#endif
