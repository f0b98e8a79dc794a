/* ncgkg: HTTP through libcurl, for the Graph Store Protocol and SPARQL
 * queries against a server.  The only file that includes <curl/curl.h>. */
#include "config.h"

#include <ctype.h>
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>

#include "gsp.h"
#include "ncgkg/buf.h"

struct ncg_http {
	CURL *curl;
	char errbuf[CURL_ERROR_SIZE];
};

ncg_status
ncg_http_new(ncg_http **out, ncg_error *err)
{
	ncg_http *h;

	*out = NULL;
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0)
		return ncg_error_set(err, NCG_ERR_IO, "", 0, 0, -1,
		                     "cannot initialise libcurl");
	h = calloc(1, sizeof *h);
	if (!h || !(h->curl = curl_easy_init())) {
		free(h);
		curl_global_cleanup();
		return ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
	}
	*out = h;
	return NCG_OK;
}

void
ncg_http_free(ncg_http *h)
{
	if (!h)
		return;
	curl_easy_cleanup(h->curl);
	free(h);
	curl_global_cleanup();
}

void
ncg_http_reply_free(ncg_http_reply *r)
{
	if (!r)
		return;
	free(r->body);
	free(r->content_type);
	memset(r, 0, sizeof *r);
}

static size_t
on_data(char *data, size_t size, size_t n, void *user)
{
	ncg_buf *b = user;

	ncg_buf_append(b, data, size * n);
	return b->status != NCG_OK ? 0 : size * n;
}

/* Credentials: the environment first, then netrc (libcurl reads it). */
static ncg_status
set_auth(ncg_http *h, const char *url, ncg_error *err)
{
	const char *user = getenv("NCGKG_STORE_USER");
	const char *pass = getenv("NCGKG_STORE_PASSWORD");
	const char *netrc = getenv("NETRC");

	if (user && *user) {
		if (!pass)
			return ncg_error_set(err, NCG_ERR_USAGE, "", 0, 0, -1,
			                     "NCGKG_STORE_USER is set but NCGKG_STORE_PASSWORD "
			                     "is not (for %s)", url);
		curl_easy_setopt(h->curl, CURLOPT_USERNAME, user);
		curl_easy_setopt(h->curl, CURLOPT_PASSWORD, pass);
	} else {
		curl_easy_setopt(h->curl, CURLOPT_NETRC, (long)CURL_NETRC_OPTIONAL);
		if (netrc && *netrc)
			curl_easy_setopt(h->curl, CURLOPT_NETRC_FILE, netrc);
	}
	/* basic or digest, as the server asks (Virtuoso: digest) */
	curl_easy_setopt(h->curl, CURLOPT_HTTPAUTH, (long)CURLAUTH_ANY);
	return NCG_OK;
}

/* The options every request sets: where, and how to answer. */
static void
set_common(ncg_http *h, const char *url, ncg_buf *resp)
{
	curl_easy_reset(h->curl);             /* keeps the connection cache */
	h->errbuf[0] = '\0';
	curl_easy_setopt(h->curl, CURLOPT_URL, url);
	curl_easy_setopt(h->curl, CURLOPT_ERRORBUFFER, h->errbuf);
	curl_easy_setopt(h->curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h->curl, CURLOPT_CONNECTTIMEOUT, 30L);
	curl_easy_setopt(h->curl, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(h->curl, CURLOPT_WRITEDATA, resp);
	curl_easy_setopt(h->curl, CURLOPT_USERAGENT, PACKAGE_NAME "/" PACKAGE_VERSION);
}

/* "NAME: value" appended to *headers; 0 when out of memory. */
static int
add_header(struct curl_slist **headers, ncg_buf *hdr, const char *name,
           const char *value)
{
	struct curl_slist *l;

	ncg_buf_reset(hdr);
	ncg_buf_printf(hdr, "%s: %s", name, value);
	if (hdr->status != NCG_OK || !(l = curl_slist_append(*headers, hdr->data)))
		return 0;
	*headers = l;
	return 1;
}

/* The request's headers into *headers (the caller frees them, set or
 * not); 0 when out of memory. */
static int
set_headers(ncg_http *h, const char *content_type, const char *accept,
            struct curl_slist **headers, ncg_buf *hdr)
{
	struct curl_slist *l;

	if (content_type && !add_header(headers, hdr, "Content-Type", content_type))
		return 0;
	if (accept && !add_header(headers, hdr, "Accept", accept))
		return 0;
	if (!(l = curl_slist_append(*headers, "Expect:")))   /* no 100-continue wait */
		return 0;
	*headers = l;
	curl_easy_setopt(h->curl, CURLOPT_HTTPHEADER, *headers);
	return 1;
}

static void
set_method(ncg_http *h, const char *method, const char *body, size_t len)
{
	if (strcmp(method, "GET") == 0) {
		curl_easy_setopt(h->curl, CURLOPT_HTTPGET, 1L);
		return;
	}
	curl_easy_setopt(h->curl, CURLOPT_CUSTOMREQUEST, method);
	if (body) {
		curl_easy_setopt(h->curl, CURLOPT_POSTFIELDS, body);
		curl_easy_setopt(h->curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
	} else if (strcmp(method, "DELETE") != 0) {
		curl_easy_setopt(h->curl, CURLOPT_POSTFIELDS, "");
		curl_easy_setopt(h->curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)0);
	}
}

static CURLcode
perform(ncg_http *h, ncg_buf *resp)
{
	CURLcode rc = curl_easy_perform(h->curl);

	if (rc == CURLE_SEND_ERROR || rc == CURLE_RECV_ERROR || rc == CURLE_GOT_NOTHING) {
		/* a kept-alive connection the server had closed: once more, on a
		 * new one (every request here may be repeated: GET, PUT, DELETE,
		 * and POST for queries) */
		ncg_buf_reset(resp);
		curl_easy_setopt(h->curl, CURLOPT_FRESH_CONNECT, 1L);
		rc = curl_easy_perform(h->curl);
	}
	return rc;
}

/* The reply's status, content type (lower case, no parameters) and body,
 * taken from resp; 0 when out of memory. */
static int
take_reply(ncg_http *h, ncg_buf *resp, ncg_http_reply *reply)
{
	char *ct = NULL;

	curl_easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &reply->status);
	curl_easy_getinfo(h->curl, CURLINFO_CONTENT_TYPE, &ct);
	if (ct) {
		size_t n = strcspn(ct, "; \t");

		reply->content_type = strndup(ct, n);
		if (!reply->content_type)
			return 0;
		for (char *c = reply->content_type; *c; c++)
			*c = (char)tolower((unsigned char)*c);
	}
	reply->len = resp->len;
	reply->body = ncg_buf_take(resp);
	return reply->body != NULL;
}

ncg_status
ncg_http_request(ncg_http *h, const char *method, const char *url,
                 const char *content_type, const char *body, size_t len,
                 const char *accept, ncg_http_reply *reply, ncg_error *err)
{
	struct curl_slist *headers = NULL;
	ncg_buf resp, hdr;
	CURLcode rc;
	ncg_status st = NCG_OK;

	memset(reply, 0, sizeof *reply);
	ncg_buf_init(&resp);
	ncg_buf_init(&hdr);
	set_common(h, url, &resp);
	if ((st = set_auth(h, url, err)) != NCG_OK)
		goto done;
	if (!set_headers(h, content_type, accept, &headers, &hdr))
		goto nomem;
	set_method(h, method, body, len);
	rc = perform(h, &resp);
	if (resp.status != NCG_OK)
		goto nomem;
	if (rc != CURLE_OK) {
		st = ncg_error_set(err, NCG_ERR_IO, "", 0, 0, -1, "%s %s: %s", method, url,
		                   h->errbuf[0] ? h->errbuf : curl_easy_strerror(rc));
		goto done;
	}
	if (!take_reply(h, &resp, reply))
		goto nomem;
	goto done;
nomem:
	st = ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
done:
	if (st != NCG_OK)
		ncg_http_reply_free(reply);
	curl_slist_free_all(headers);
	ncg_buf_free(&resp);
	ncg_buf_free(&hdr);
	return st;
}

ncg_status
ncg_http_reply_error(const ncg_http_reply *r, const char *method, const char *url,
                     ncg_error *err)
{
	char line[300];
	const char *b = r->body ? r->body : "";
	size_t n = 0;

	/* the first non-empty line of the body, tags and spaces trimmed */
	while (*b && n == 0) {
		size_t len = strcspn(b, "\r\n");
		int in_tag = 0;

		for (size_t i = 0; i < len && n < sizeof line - 1; i++) {
			if (b[i] == '<') in_tag = 1;
			else if (b[i] == '>') in_tag = 0;
			else if (!in_tag && (n > 0 || !isspace((unsigned char)b[i])))
				line[n++] = b[i];
		}
		while (n > 0 && isspace((unsigned char)line[n - 1]))
			n--;
		b += len;
		b += strspn(b, "\r\n");
	}
	line[n] = '\0';
	if (r->status == 401 && n == 0)
		snprintf(line, sizeof line, "credentials missing or refused (NCGKG_STORE_USER "
		         "and NCGKG_STORE_PASSWORD, or netrc)");
	return ncg_error_set(err, NCG_ERR_IO, "", 0, 0, -1, "%s %s: HTTP %ld%s%s",
	                     method, url, r->status, line[0] ? ": " : "", line);
}

static void
percent_encode(ncg_buf *b, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (isalnum(c) || strchr("-._~", c))
			ncg_buf_putc(b, (char)c);
		else
			ncg_buf_printf(b, "%%%02X", c);
	}
}

char *
ncg_http_url_with(const char *endpoint, const char *param, const char *value)
{
	ncg_buf b;

	ncg_buf_init(&b);
	ncg_buf_puts(&b, endpoint);
	ncg_buf_putc(&b, strchr(endpoint, '?') ? '&' : '?');
	ncg_buf_puts(&b, param);
	ncg_buf_putc(&b, '=');
	percent_encode(&b, value);
	if (b.status != NCG_OK) {
		ncg_buf_free(&b);
		return NULL;
	}
	return ncg_buf_take(&b);
}

char *
ncg_http_form(const char *name, const char *value)
{
	ncg_buf b;

	ncg_buf_init(&b);
	percent_encode(&b, name);
	ncg_buf_putc(&b, '=');
	percent_encode(&b, value);
	if (b.status != NCG_OK) {
		ncg_buf_free(&b);
		return NULL;
	}
	return ncg_buf_take(&b);
}
