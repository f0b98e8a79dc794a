/* ncgkg: triple stores: an embedded store on disk (Redland's sqlite
 * storage, with the indexes it lacks, loaded through SQLite itself) and
 * servers through the Graph Store Protocol (gsp.c); SPARQL answered by
 * rasqal (sparql.c) or by the server. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gsp.h"
#include "ncgkg/arena.h"
#include "ncgkg/buf.h"
#include "ncgkg/store.h"
#include "ncgkg/strmap.h"
#include "store_internal.h"

#define DB_FILE "ncgkg.sqlite"

/* ---- stores --------------------------------------------------------------- */

typedef struct {
	char *name;
	char *body;               /* what the server held; NULL: nothing */
	char *content_type;
} saved_graph;

/* What a load does to Redland's sqlite schema (rdf_storage_sqlite.c:
 * tables uris, blanks, literals and triples, whose unused node columns
 * are NULL), as Redland's own adds do, without its SQL text per add. */
enum {
	SQL_FIND_URI, SQL_ADD_URI, SQL_FIND_BLANK, SQL_ADD_BLANK,
	SQL_FIND_LITERAL, SQL_ADD_LITERAL, SQL_ADD_TRIPLE, SQL_DROP_GRAPH,
	SQL__COUNT
};
static const char *const SQL[SQL__COUNT] = {
	"SELECT id FROM uris WHERE uri = ?1",
	"INSERT INTO uris (uri) VALUES (?1)",
	"SELECT id FROM blanks WHERE blank = ?1",
	"INSERT INTO blanks (blank) VALUES (?1)",
	"SELECT id FROM literals WHERE text = ?1 AND language IS ?2 AND datatype IS ?3",
	"INSERT INTO literals (text, language, datatype) VALUES (?1, ?2, ?3)",
	"INSERT INTO triples (subjectUri, subjectBlank, predicateUri, objectUri,"
	" objectBlank, objectLiteral, contextUri) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	"DELETE FROM triples WHERE contextUri = ?1",
};

struct ncg_store {
	char *spec;
	int remote;
	/* embedded */
	ncg_world w;
	char *db;                 /* the sqlite file */
	int created;              /* by this process: a failed load removes it */
	size_t made;              /* length of the first folder made for it, or 0 */
	librdf_storage *storage;  /* queries go through Redland */
	librdf_model *model;
	librdf_model *merged;     /* the statements' graphs merged, in memory */
	sqlite3 *sql;             /* loads write Redland's tables directly */
	sqlite3_stmt *stmt[SQL__COUNT];
	ncg_strmap *ids;          /* node -> row id, during a load */
	int in_transaction;
	/* server */
	ncg_http *http;
	char *gsp, *gsp_param, *sparql;
	saved_graph *saved;       /* graphs replaced since ncg_store_begin */
	size_t nsaved, capsaved;
	ncg_strmap *touched;
};

static void sql_close(ncg_store *s);

ncg_status
ncg_store_default_spec(char **out, ncg_error *err)
{
	const char *env = getenv("NCGKG_STORE"), *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	ncg_buf b;

	*out = NULL;
	ncg_buf_init(&b);
	if (env && *env)
		ncg_buf_puts(&b, env);
	else if (xdg && xdg[0] == '/')
		ncg_buf_printf(&b, "%s/ncgkg/store", xdg);
	else if (home && *home)
		ncg_buf_printf(&b, "%s/.local/share/ncgkg/store", home);
	else
		return ncg_error_set(err, NCG_ERR_USAGE, "", 0, 0, -1,
		                     "no store named (--store), and no HOME for the "
		                     "default one");
	if (!(*out = ncg_buf_take(&b)))
		return ncg_store_nomem(err);
	return NCG_OK;
}

int ncg_store_is_remote(const ncg_store *s) { return s->remote; }

/* Indexes Redland's sqlite schema lacks: without the first, adding is
 * quadratic (every add looks a literal up by its text); the others serve
 * "is this quad there" before each add, replacing a graph, and patterns
 * bound on predicate and object. */
static const char INDEXES[] =
	"CREATE INDEX IF NOT EXISTS ncgkg_literal_text ON literals(text);"
	"CREATE INDEX IF NOT EXISTS ncgkg_blank ON blanks(blank);"
	"CREATE INDEX IF NOT EXISTS ncgkg_spo ON triples(subjectUri, predicateUri, objectUri, objectLiteral);"
	"CREATE INDEX IF NOT EXISTS ncgkg_context ON triples(contextUri);"
	"CREATE INDEX IF NOT EXISTS ncgkg_po ON triples(predicateUri, objectUri);"
	"CREATE INDEX IF NOT EXISTS ncgkg_pl ON triples(predicateUri, objectLiteral);";

static ncg_status
add_indexes(const char *db, ncg_error *err)
{
	sqlite3 *h = NULL;
	char *msg = NULL;
	int rc = sqlite3_open_v2(db, &h, SQLITE_OPEN_READWRITE, NULL);

	if (rc == SQLITE_OK)
		rc = sqlite3_exec(h, INDEXES, NULL, NULL, &msg);
	if (rc != SQLITE_OK) {
		ncg_status st = ncg_error_set(err, NCG_ERR_IO, db, 0, 0, -1,
		                              "not an ncgkg store: %s",
		                              msg ? msg : h ? sqlite3_errmsg(h) : "cannot open");

		sqlite3_free(msg);
		sqlite3_close(h);
		return st;
	}
	sqlite3_close(h);
	return NCG_OK;
}

/* Make a folder and its parents; *made is the length of the first one
 * that did not exist (a prefix of path; 0 when none was made), set even
 * when a deeper one then fails. */
static ncg_status
mkdirs(const char *path, size_t *made, ncg_error *err)
{
	char *p = strdup(path);
	ncg_status st = NCG_OK;

	*made = 0;
	if (!p)
		return ncg_store_nomem(err);
	for (char *c = p + 1; ; c++) {
		if (*c == '/' || *c == '\0') {
			char saved = *c;

			*c = '\0';
			if (mkdir(p, 0777) == 0) {
				if (!*made)
					*made = (size_t)(c - p);
			} else if (errno != EEXIST) {
				st = ncg_error_set(err, NCG_ERR_IO, p, 0, 0, -1,
				                   "cannot create the store's folder: %s",
				                   strerror(errno));
				break;
			}
			*c = saved;
			if (!saved)
				break;
		}
	}
	free(p);
	return st;
}

/* Remove a store this process made: its database and the folders made
 * for it, deepest first, down to `made`.  It allocates nothing (it runs
 * when memory has run out): the folders are prefixes of s->db, cut in
 * place and restored. */
static void
unmake(ncg_store *s)
{
	size_t len = strlen(s->db);
	int removed;

	unlink(s->db);
	if (!s->made)
		return;
	for (size_t i = len; i-- > s->made;) {
		if (s->db[i] != '/')
			continue;
		s->db[i] = '\0';
		removed = rmdir(s->db) == 0;
		s->db[i] = '/';
		if (!removed)
			return;
	}
	s->made = 0;
}

/* Create the database under a temporary name, with its indexes, then
 * rename it into place: a store either exists whole or not at all. */
static ncg_status
create_db(ncg_store *s, ncg_error *err)
{
	ncg_buf tmp;
	librdf_storage *st;
	librdf_model *m;
	ncg_status rc = NCG_OK;

	ncg_buf_init(&tmp);
	ncg_buf_printf(&tmp, "%s.new.%ld", s->db, (long)getpid());
	if (tmp.status != NCG_OK)
		return ncg_store_nomem(err);
	unlink(tmp.data);
	ncg_world_reset(&s->w);
	/* Redland makes the tables when a model opens the new storage */
	st = librdf_new_storage(s->w.world, "sqlite", tmp.data, "new='yes'");
	m = st ? librdf_new_model(s->w.world, st, NULL) : NULL;
	if (m)
		librdf_free_model(m);
	if (st)
		librdf_free_storage(st);
	if (!m || s->w.failed) {
		rc = ncg_world_error(&s->w, err, NCG_ERR_IO, s->db, "cannot create the store");
		goto done;
	}
	if ((rc = add_indexes(tmp.data, err)) != NCG_OK)
		goto done;
	if (rename(tmp.data, s->db) != 0)
		rc = ncg_error_set(err, NCG_ERR_IO, s->db, 0, 0, -1, "cannot create: %s",
		                   strerror(errno));
done:
	if (rc != NCG_OK)
		unlink(tmp.data);
	ncg_buf_free(&tmp);
	return rc;
}

static ncg_status
open_embedded(ncg_store *s, const char *path, int create, ncg_error *err)
{
	struct stat sb;
	ncg_buf db;

	ncg_buf_init(&db);
	ncg_buf_printf(&db, "%s/%s", path, DB_FILE);
	if (db.status != NCG_OK)
		return ncg_store_nomem(err);
	s->db = ncg_buf_take(&db);
	if (!s->db)
		return ncg_store_nomem(err);
	NCG_TRY(ncg_world_open(&s->w, err));
	ncg_world_ensure_sqlite(&s->w);
	if (stat(s->db, &sb) != 0) {
		if (!create)
			return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1,
			                     "no store here (ncgkg load creates one)");
		if (stat(path, &sb) == 0 && !S_ISDIR(sb.st_mode))
			return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1,
			                     "not a folder: a store is a folder");
		ncg_status st = mkdirs(path, &s->made, err);

		if (st == NCG_OK)
			st = create_db(s, err);
		if (st != NCG_OK) {
			unmake(s);        /* the folders made for it */
			return st;
		}
		s->created = 1;
	} else {
		NCG_TRY(add_indexes(s->db, err));
	}
	ncg_world_reset(&s->w);
	s->storage = librdf_new_storage(s->w.world, "sqlite", s->db, NULL);
	s->model = s->storage ? librdf_new_model(s->w.world, s->storage, NULL) : NULL;
	if (!s->model)
		return ncg_world_error(&s->w, err, NCG_ERR_IO, s->db, "cannot open the store");
	return NCG_OK;
}

static ncg_status
open_remote(ncg_store *s, const char *spec, ncg_error *err)
{
	s->remote = 1;
	if (strncmp(spec, "virtuoso:", 9) == 0) {
		const char *url = spec + 9;
		size_t n = strlen(url);
		ncg_buf g, q;

		while (n > 0 && url[n - 1] == '/')
			n--;
		ncg_buf_init(&g);
		ncg_buf_init(&q);
		ncg_buf_append(&g, url, n);
		ncg_buf_puts(&g, "/sparql-graph-crud-auth");
		ncg_buf_append(&q, url, n);
		ncg_buf_puts(&q, "/sparql");
		s->gsp = ncg_buf_take(&g);
		s->sparql = ncg_buf_take(&q);
	} else {
		const char *urls = spec + 4, *comma = strchr(urls, ',');

		if (!comma || comma == urls || !comma[1])
			return ncg_error_set(err, NCG_ERR_USAGE, "", 0, 0, -1,
			                     "store '%s': write gsp:GSP-URL,QUERY-URL", spec);
		s->gsp = strndup(urls, (size_t)(comma - urls));
		s->sparql = strdup(comma + 1);
	}
	s->gsp_param = strdup("graph");
	s->touched = ncg_strmap_new();
	if (!s->gsp || !s->sparql || !s->gsp_param || !s->touched)
		return ncg_store_nomem(err);
	if (strncmp(s->gsp, "http://", 7) != 0 && strncmp(s->gsp, "https://", 8) != 0)
		return ncg_error_set(err, NCG_ERR_USAGE, "", 0, 0, -1,
		                     "store '%s': not an http(s) URL", spec);
	return ncg_http_new(&s->http, err);
}

ncg_status
ncg_store_open(ncg_store **out, const char *spec, int create, ncg_error *err)
{
	ncg_store *s = calloc(1, sizeof *s);
	ncg_status st;

	*out = NULL;
	if (!s || !(s->spec = strdup(spec))) {
		free(s);
		return ncg_store_nomem(err);
	}
	if (strncmp(spec, "virtuoso:", 9) == 0 || strncmp(spec, "gsp:", 4) == 0)
		st = open_remote(s, spec, err);
	else if (strncmp(spec, "http://", 7) == 0 || strncmp(spec, "https://", 8) == 0)
		st = ncg_error_set(err, NCG_ERR_USAGE, "", 0, 0, -1,
		                   "store '%s': name a server as virtuoso:URL or "
		                   "gsp:GSP-URL,QUERY-URL", spec);
	else if (!*spec)
		st = ncg_error_set(err, NCG_ERR_USAGE, "", 0, 0, -1, "empty store name");
	else
		st = open_embedded(s, spec, create, err);
	if (st != NCG_OK) {
		ncg_store_close(s);
		return st;
	}
	*out = s;
	return NCG_OK;
}

static void
forget_saved(ncg_store *s)
{
	for (size_t i = 0; i < s->nsaved; i++) {
		free(s->saved[i].name);
		free(s->saved[i].body);
		free(s->saved[i].content_type);
	}
	s->nsaved = 0;
	if (s->touched) {
		ncg_strmap_free(s->touched);
		s->touched = ncg_strmap_new();
	}
}

void
ncg_store_close(ncg_store *s)
{
	if (!s)
		return;
	if (s->in_transaction)
		ncg_store_rollback(s);
	forget_saved(s);
	free(s->saved);
	ncg_strmap_free(s->touched);
	if (s->merged)
		librdf_free_model(s->merged);
	if (s->model)
		librdf_free_model(s->model);
	if (s->storage)
		librdf_free_storage(s->storage);
	sql_close(s);
	if (!s->remote && s->created && s->db)
		unmake(s);        /* made by this process, and nothing committed */
	ncg_world_close(&s->w);
	ncg_http_free(s->http);
	free(s->gsp);
	free(s->gsp_param);
	free(s->sparql);
	free(s->db);
	free(s->spec);
	free(s);
}

static ncg_status
sql_error(ncg_store *s, ncg_error *err, const char *what)
{
	return ncg_error_set(err, NCG_ERR_IO, s->db, 0, 0, -1, "%s: %s", what,
	                     s->sql ? sqlite3_errmsg(s->sql) : "no database");
}

static void
sql_close(ncg_store *s)
{
	for (int i = 0; i < SQL__COUNT; i++) {
		sqlite3_finalize(s->stmt[i]);
		s->stmt[i] = NULL;
	}
	if (s->sql)
		sqlite3_close(s->sql);
	s->sql = NULL;
	ncg_strmap_free(s->ids);
	s->ids = NULL;
}

static ncg_status
sql_open(ncg_store *s, ncg_error *err)
{
	if (s->sql)
		return NCG_OK;
	if (sqlite3_open_v2(s->db, &s->sql, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		ncg_status st = sql_error(s, err, "cannot open the store");

		sql_close(s);
		return st;
	}
	sqlite3_busy_timeout(s->sql, 30000);     /* another load under way */
	for (int i = 0; i < SQL__COUNT; i++)
		if (sqlite3_prepare_v2(s->sql, SQL[i], -1, &s->stmt[i], NULL) != SQLITE_OK) {
			ncg_status st = sql_error(s, err, "not an ncgkg store");

			sql_close(s);
			return st;
		}
	return NCG_OK;
}

/* The row id of a node, found or added, into *out.  Ids are cached for
 * the load (forgotten when it is rolled back).  NCG_ERR_NOMEM (no error
 * filled), or NCG_ERR_IO when SQLite fails. */
/* The key of term t in the store's cache of node ids: its kind, value,
 * language and datatype's id dt. */
static void
node_key(ncg_buf *key, const ncg_term *t, sqlite3_int64 dt)
{
	if (t->kind == NCG_TERM_LITERAL) {
		ncg_buf_printf(key, "l%zu:%s@%s^%lld", strlen(t->value), t->value,
		               t->lang ? t->lang : "", (long long)dt);
	} else {
		ncg_buf_printf(key, "%c%s", t->kind == NCG_TERM_IRI ? 'u' : 'b', t->value);
	}
}

/* Term t (its datatype's id dt) bound to query q's parameters. */
static void
bind_node(sqlite3_stmt *q, const ncg_term *t, sqlite3_int64 dt)
{
	sqlite3_bind_text(q, 1, t->value, -1, SQLITE_STATIC);
	if (t->kind != NCG_TERM_LITERAL)
		return;
	if (t->lang)
		sqlite3_bind_text(q, 2, t->lang, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(q, 2);
	if (dt)
		sqlite3_bind_int64(q, 3, dt);
	else
		sqlite3_bind_null(q, 3);
}

/* Term t's row in the store, found or added: its id into *id. */
static ncg_status
find_or_add_node(ncg_store *s, const ncg_term *t, sqlite3_int64 dt, sqlite3_int64 *id,
                 ncg_error *err)
{
	sqlite3_stmt *find = s->stmt[t->kind == NCG_TERM_IRI ? SQL_FIND_URI
	                             : t->kind == NCG_TERM_BLANK ? SQL_FIND_BLANK
	                             : SQL_FIND_LITERAL];
	sqlite3_stmt *add = s->stmt[t->kind == NCG_TERM_IRI ? SQL_ADD_URI
	                            : t->kind == NCG_TERM_BLANK ? SQL_ADD_BLANK
	                            : SQL_ADD_LITERAL];
	ncg_status st = NCG_OK;

	for (int pass = 0; pass < 2 && !*id; pass++) {
		sqlite3_stmt *q = pass ? add : find;

		sqlite3_reset(q);
		bind_node(q, t, dt);
		switch (sqlite3_step(q)) {
		case SQLITE_ROW:
			*id = sqlite3_column_int64(q, 0);
			break;
		case SQLITE_DONE:
			if (pass)
				*id = sqlite3_last_insert_rowid(s->sql);
			break;
		default:
			st = sql_error(s, err, "cannot add a node");
			pass = 2;
		}
		sqlite3_reset(q);
	}
	if (st == NCG_OK && *id <= 0)
		st = sql_error(s, err, "cannot add a node");
	return st;
}

static ncg_status
node_id(ncg_store *s, const ncg_term *t, sqlite3_int64 *out, ncg_error *err)
{
	ncg_buf key;
	sqlite3_int64 id = 0, dt = 0;
	void *cached;
	ncg_status st = NCG_OK;

	*out = 0;
	if (t->kind == NCG_TERM_UNBOUND)
		return ncg_error_set(err, NCG_ERR_INTERNAL, s->db, 0, 0, -1,
		                     "an unbound node in a triple");
	if (!s->ids && !(s->ids = ncg_strmap_new()))
		return NCG_ERR_NOMEM;
	if (t->kind == NCG_TERM_LITERAL && t->datatype) {
		ncg_term d = {NCG_TERM_IRI, t->datatype, NULL, NULL};

		NCG_TRY(node_id(s, &d, &dt, err));
	}
	ncg_buf_init(&key);
	node_key(&key, t, dt);
	if ((st = key.status) != NCG_OK)
		goto done;
	cached = ncg_strmap_getn(s->ids, key.data, key.len);
	if (cached) {
		id = (sqlite3_int64)(uintptr_t)cached;
		goto done;
	}
	st = find_or_add_node(s, t, dt, &id, err);
	/* cached when the id fits in a pointer (it always does on 64 bits) */
	if (st == NCG_OK && (uintptr_t)id == (uintptr_t)(sqlite3_uint64)id)
		st = ncg_strmap_putn(s->ids, key.data, key.len, (void *)(uintptr_t)id);
done:
	ncg_buf_free(&key);
	if (st == NCG_OK)
		*out = id;
	return st;
}

/* An embedded store removed by a failed load that made it. */
/* The merged graphs (ncg_store_query) are made again after any change. */
static void
forget_merged(ncg_store *s)
{
	if (s->merged)
		librdf_free_model(s->merged);
	s->merged = NULL;
}

static ncg_status
gone(ncg_store *s, ncg_error *err)
{
	return ncg_error_set(err, NCG_ERR_IO, s->spec, 0, 0, -1,
	                     "the store was removed after a failed load");
}

ncg_status
ncg_store_begin(ncg_store *s, ncg_error *err)
{
	if (!s->remote && !s->model)
		return gone(s, err);
	if (s->in_transaction)
		return ncg_error_set(err, NCG_ERR_INTERNAL, "", 0, 0, -1,
		                     "a load is already under way");
	if (!s->remote) {
		NCG_TRY(sql_open(s, err));
		if (sqlite3_exec(s->sql, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
			return sql_error(s, err, "cannot start a transaction");
	}
	forget_saved(s);
	forget_merged(s);
	s->in_transaction = 1;
	return NCG_OK;
}

/* Put one graph of a dataset into the embedded store: its old quads out,
 * the new ones in (each once: the dataset holds each triple once). */
static ncg_status
put_embedded(ncg_store *s, const char *name, librdf_model *from, ncg_error *err)
{
	ncg_term gt = {NCG_TERM_IRI, name, NULL, NULL};
	sqlite3_int64 g;
	sqlite3_stmt *drop = s->stmt[SQL_DROP_GRAPH], *add = s->stmt[SQL_ADD_TRIPLE];
	librdf_stream *st;
	ncg_status rc;

	if ((rc = node_id(s, &gt, &g, err)) != NCG_OK)
		return rc == NCG_ERR_NOMEM ? ncg_store_nomem(err) : rc;
	sqlite3_reset(drop);
	sqlite3_bind_int64(drop, 1, g);
	if (sqlite3_step(drop) != SQLITE_DONE)
		return sql_error(s, err, "cannot remove the old graph");
	sqlite3_reset(drop);
	st = librdf_model_as_stream(from);
	if (!st)
		return ncg_store_nomem(err);
	for (; !librdf_stream_end(st); librdf_stream_next(st)) {
		librdf_statement *in = librdf_stream_get_object(st);
		librdf_node *n[3] = {
			librdf_statement_get_subject(in), librdf_statement_get_predicate(in),
			librdf_statement_get_object(in)
		};
		/* columns 1-6: subjectUri subjectBlank predicateUri objectUri
		 * objectBlank objectLiteral; 7: contextUri */
		int col[3];

		sqlite3_reset(add);
		sqlite3_clear_bindings(add);
		for (int i = 0; i < 3; i++) {
			ncg_term t;
			sqlite3_int64 id;

			ncg_term_of(n[i], &t);
			col[i] = i == 0 ? (t.kind == NCG_TERM_IRI ? 1 : 2)
			         : i == 1 ? 3
			         : t.kind == NCG_TERM_IRI ? 4 : t.kind == NCG_TERM_BLANK ? 5 : 6;
			if ((rc = node_id(s, &t, &id, err)) != NCG_OK) {
				if (rc == NCG_ERR_NOMEM)
					rc = ncg_store_nomem(err);
				goto done;
			}
			sqlite3_bind_int64(add, col[i], id);
		}
		sqlite3_bind_int64(add, 7, g);
		if (sqlite3_step(add) != SQLITE_DONE) {
			rc = sql_error(s, err, "cannot add to the store");
			goto done;
		}
	}
done:
	sqlite3_reset(add);
	librdf_free_stream(st);
	return rc;
}

/* Save what the server holds in a graph before the first change. */
static ncg_status
save_remote(ncg_store *s, const char *name, ncg_error *err)
{
	char *url;
	ncg_http_reply r;
	saved_graph *g;
	void *arr = s->saved;
	ncg_status st;

	if (ncg_strmap_get(s->touched, name))
		return NCG_OK;
	if (ncg_grow(&arr, &s->capsaved, s->nsaved + 1, sizeof *s->saved) != 0)
		return ncg_store_nomem(err);
	s->saved = arr;
	if (!(url = ncg_http_url_with(s->gsp, s->gsp_param, name)))
		return ncg_store_nomem(err);
	st = ncg_http_request(s->http, "GET", url, NULL, NULL, 0,
	                      "application/n-triples, text/turtle;q=0.9", &r, err);
	if (st == NCG_OK && r.status != 200 && r.status != 404)
		st = ncg_http_reply_error(&r, "GET", url, err);
	free(url);
	if (st != NCG_OK) {
		ncg_http_reply_free(&r);
		return st;
	}
	g = &s->saved[s->nsaved];
	memset(g, 0, sizeof *g);
	g->name = strdup(name);
	if (r.status == 200) {
		g->body = r.body;
		g->content_type = r.content_type ? r.content_type : strdup("text/turtle");
		r.body = NULL;
		r.content_type = NULL;
	}
	ncg_http_reply_free(&r);
	if (!g->name || (r.status == 200 && !g->content_type) ||
	    ncg_strmap_put(s->touched, name, g->name) != 0) {
		free(g->name);
		free(g->body);
		free(g->content_type);
		return ncg_store_nomem(err);
	}
	s->nsaved++;
	return NCG_OK;
}

static ncg_status
put_remote(ncg_store *s, const char *name, const char *body, size_t len,
           const char *content_type, ncg_error *err)
{
	char *url = ncg_http_url_with(s->gsp, s->gsp_param, name);
	ncg_http_reply r;
	ncg_status st;

	if (!url)
		return ncg_store_nomem(err);
	if (body)
		st = ncg_http_request(s->http, "PUT", url, content_type, body, len, NULL, &r, err);
	else
		st = ncg_http_request(s->http, "DELETE", url, NULL, NULL, 0, NULL, &r, err);
	if (st == NCG_OK && (r.status < 200 || r.status > 299) &&
	    !(r.status == 404 && !body))
		st = ncg_http_reply_error(&r, body ? "PUT" : "DELETE", url, err);
	ncg_http_reply_free(&r);
	free(url);
	return st;
}

ncg_status
ncg_store_put(ncg_store *s, const ncg_dataset *d, ncg_error *err)
{
	if (!s->in_transaction)
		return ncg_error_set(err, NCG_ERR_INTERNAL, "", 0, 0, -1,
		                     "ncg_store_put outside ncg_store_begin");
	if (d->kind != NCG_DATASET_GRAPHS)
		return ncg_error_set(err, NCG_ERR_INTERNAL, "", 0, 0, -1,
		                     "only named graphs go into a store");
	forget_merged(s);
	for (size_t i = 0; i < d->n; i++) {
		const char *name = d->graphs[i].name;

		if (!s->remote) {
			NCG_TRY(put_embedded(s, name, d->graphs[i].model, err));
		} else {
			char *body;
			size_t len;
			ncg_status st;

			NCG_TRY(save_remote(s, name, err));
			NCG_TRY(ncg_serialize_ntriples((ncg_world *)&d->w, d->graphs[i].model, &body,
			                           &len, err));
			/* N-Triples is Turtle: every GSP server reads it */
			st = put_remote(s, name, body, len, "text/turtle", err);
			free(body);
			NCG_TRY(st);
		}
	}
	return NCG_OK;
}

ncg_status
ncg_store_commit(ncg_store *s, ncg_error *err)
{
	if (!s->in_transaction)
		return ncg_error_set(err, NCG_ERR_INTERNAL, "", 0, 0, -1,
		                     "ncg_store_commit outside ncg_store_begin");
	s->in_transaction = 0;
	forget_merged(s);
	if (!s->remote) {
		if (sqlite3_exec(s->sql, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
			s->in_transaction = 1;    /* for ncg_store_rollback */
			return sql_error(s, err, "cannot commit the load");
		}
		s->created = 0;
	}
	forget_saved(s);
	return NCG_OK;
}

ncg_status
ncg_store_rollback(ncg_store *s)
{
	ncg_status st = NCG_OK;

	if (!s->in_transaction)
		return NCG_OK;
	s->in_transaction = 0;
	forget_merged(s);
	if (!s->remote) {
		if (sqlite3_exec(s->sql, "ROLLBACK", NULL, NULL, NULL) != SQLITE_OK)
			st = NCG_ERR_IO;
		ncg_strmap_free(s->ids);  /* ids added in the load are gone */
		s->ids = NULL;
		if (s->created) {
			/* a store made for this load: as it was is not there */
			librdf_free_model(s->model);
			librdf_free_storage(s->storage);
			s->model = NULL;
			s->storage = NULL;
			sql_close(s);
			unmake(s);
		}
	} else {
		for (size_t i = s->nsaved; i-- > 0;) {
			saved_graph *g = &s->saved[i];
			ncg_error e;

			if (put_remote(s, g->name, g->body, g->body ? strlen(g->body) : 0,
			               g->content_type, &e) != NCG_OK)
				st = NCG_ERR_IO;
		}
	}
	forget_saved(s);
	return st;
}

/* A server's message for a query it refuses: "line N" and a quoted token
 * ("at 'x'") give the place in the query, when the server says them. */
static ncg_status
remote_query_error(const ncg_http_reply *r, const char *query, const char *name,
                   const char *url, ncg_error *err)
{
	ncg_error e;
	const char *msg, *l;
	long line = 0, col = 0;

	ncg_http_reply_error(r, "POST", url, &e);
	msg = r->body ? r->body : "";
	if (r->status != 400)
		return ncg_error_set(err, NCG_ERR_IO, name, 0, 0, -1, "%s", e.message);
	l = strstr(msg, "line ");
	if (l)
		line = strtol(l + 5, NULL, 10) - 1;       /* our prologue line */
	if (line > 0) {
		const char *at = strstr(l, " at '"), *ls = ncg_sparql_line_start(query, line);

		if (at && ls) {
			const char *end = strchr(at + 5, '\'');
			char tok[128];
			size_t n = end ? (size_t)(end - at - 5) : 0;

			if (n > 0 && n < sizeof tok) {
				const char *hit, *eol = ls + strcspn(ls, "\n");

				memcpy(tok, at + 5, n);
				tok[n] = '\0';
				hit = strstr(ls, tok);
				if (hit && hit < eol)
					col = ncg_sparql_column_of(ls, hit);
			}
		}
	} else {
		line = 0;
	}
	{
		/* the server's first line, without the URL nor its own line
		 * number (which counts the prologue) */
		const char *m = strstr(e.message, ": HTTP 400");
		char text[512];
		char *ln;

		snprintf(text, sizeof text, "%s", m && m[10] == ':' ? m + 12 : e.message);
		ln = strstr(text, ", line ");
		if (ln && ln[7] >= '0' && ln[7] <= '9') {
			char *rest = ln + 7 + strspn(ln + 7, "0123456789");

			memmove(ln, rest, strlen(rest) + 1);
		}
		return ncg_error_set(err, NCG_ERR_SYNTAX, name, line, col, -1, "%s", text);
	}
}

static ncg_status
remote_query(ncg_store *s, const char *query, const char *name,
             const char *const *prefixes, ncg_results **results, char **graph,
             ncg_error *err)
{
	char *text = ncg_sparql_with_prologue(query, prefixes), *form = NULL;
	const char *kind = ncg_sparql_form(query);
	int is_graph = strcmp(kind, "CONSTRUCT") == 0 || strcmp(kind, "DESCRIBE") == 0;
	ncg_http_reply r;
	ncg_status st;

	if (!text || !(form = ncg_http_form("query", text))) {
		free(text);
		return ncg_store_nomem(err);
	}
	st = ncg_http_request(s->http, "POST", s->sparql,
	                      "application/x-www-form-urlencoded", form, strlen(form),
	                      is_graph ? "application/n-triples, text/plain;q=0.9"
	                               : "application/sparql-results+json",
	                      &r, err);
	if (st == NCG_OK && (r.status < 200 || r.status > 299)) {
		st = remote_query_error(&r, query, name, s->sparql, err);
	} else if (st == NCG_OK && is_graph) {
		*graph = r.body;
		r.body = NULL;
	} else if (st == NCG_OK) {
		st = ncg_results_read_json(results, r.body, r.len, s->sparql, err);
	}
	ncg_http_reply_free(&r);
	free(form);
	free(text);
	return st;
}

/* A query that names no graph asks the default graph, the merge of the
 * statements' graphs.  Redland's sqlite storage answers every triple
 * pattern with a triple once per graph that holds it, so a join over
 * triples many statements share grows as a power of their number (a
 * query of 20 copies of the known statements ran for minutes): such
 * queries are asked of the graphs merged in memory, each triple once,
 * made at the first of them and kept until the next load. */
static ncg_status
merged_model(ncg_store *s, ncg_error *err)
{
	if (s->merged)
		return NCG_OK;
	ncg_world_reset(&s->w);
	s->merged = ncg_memory_model(&s->w);
	if (!s->merged)
		return ncg_world_error(&s->w, err, NCG_ERR_RDF, s->db,
		                       "cannot create an RDF model");
	if (ncg_copy_model(s->merged, s->model) != NCG_OK) {
		librdf_free_model(s->merged);
		s->merged = NULL;
		return ncg_world_error(&s->w, err, NCG_ERR_RDF, s->db, "cannot read the store");
	}
	return NCG_OK;
}

ncg_status
ncg_store_query(ncg_store *s, const char *query, const char *name,
                const char *const *prefixes, ncg_results **results, char **graph,
                ncg_error *err)
{
	*results = NULL;
	*graph = NULL;
	if (s->remote)
		return remote_query(s, query, name, prefixes, results, graph, err);
	if (!s->model)
		return gone(s, err);
	if (ncg_sparql_names_graphs(query))
		return ncg_model_query(&s->w, s->model, query, name, prefixes, results, graph,
		                       err);
	NCG_TRY(merged_model(s, err));
	return ncg_model_query(&s->w, s->merged, query, name, prefixes, results, graph, err);
}
