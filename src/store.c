/* ncgkg: triple stores.  RDF staged in memory (datasets), an embedded
 * store on disk (Redland's sqlite storage, with the indexes it lacks), and
 * servers through the Graph Store Protocol (gsp.c); SPARQL answered by
 * rasqal or by the server. */
#include "config.h"

#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <redland.h>
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
#include "ncgkg/vocab.h"

#define RDF_TYPE NCG_RDF_NS "type"
#define NCG_STATEMENT NCG_NS "Statement"
#define DB_FILE "ncgkg.sqlite"

/* ---- a Redland world whose messages become ncg_errors --------------------- */

typedef struct {
	librdf_world *world;
	int failed;
	long line, col;
	char message[512];
} world;

static int
log_handler(void *user, librdf_log_message *msg)
{
	world *w = user;
	raptor_locator *loc;

	if (librdf_log_message_level(msg) < LIBRDF_LOG_ERROR || w->failed)
		return 1;                     /* warnings; only the first error */
	w->failed = 1;
	loc = librdf_log_message_locator(msg);
	w->line = loc ? raptor_locator_line(loc) : 0;
	w->col = loc ? raptor_locator_column(loc) : 0;
	snprintf(w->message, sizeof w->message, "%s",
	         librdf_log_message_message(msg) ? librdf_log_message_message(msg)
	                                         : "unknown error");
	return 1;
}

static ncg_status
world_open(world *w, ncg_error *err)
{
	memset(w, 0, sizeof *w);
	w->world = librdf_new_world();
	if (!w->world)
		return ncg_error_set(err, NCG_ERR_RDF, "", 0, 0, -1,
		                     "cannot create a Redland world");
	librdf_world_set_logger(w->world, w, log_handler);
	librdf_world_open(w->world);
	return NCG_OK;
}

/* Redland 1.0.17 loads its storage modules into the first world of a
 * process only: a world made while another exists has no "sqlite"
 * storage.  Register the module with such a world ourselves.  (The module
 * stays loaded: the world's factory points into it.) */
static void
ensure_sqlite(world *w)
{
	const char *name;
	void (*reg)(librdf_world *) = NULL;
	void *h;

	for (unsigned i = 0; librdf_storage_enumerate(w->world, i, &name, NULL) == 0; i++)
		if (strcmp(name, "sqlite") == 0)
			return;
	h = dlopen(NCG_REDLAND_PLUGIN_DIR "/librdf_storage_sqlite.so", RTLD_NOW);
	if (h)
		*(void **)&reg = dlsym(h, "librdf_storage_module_register_factory");
	if (reg)
		reg(w->world);
}

static void
world_close(world *w)
{
	if (w->world)
		librdf_free_world(w->world);
	w->world = NULL;
}

static void
world_reset(world *w)
{
	w->failed = 0;
	w->line = w->col = 0;
	w->message[0] = '\0';
}

static ncg_status
world_error(world *w, ncg_error *err, ncg_status st, const char *file, const char *what)
{
	if (w->failed)
		return ncg_error_set(err, st, file, w->line > 0 ? w->line : 0,
		                     w->col > 0 ? w->col : 0, -1, "%s: %s", what, w->message);
	return ncg_error_set(err, st, file, 0, 0, -1, "%s", what);
}

static ncg_status
nomem(ncg_error *err)
{
	return ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
}

/* A model in memory that holds each triple once. */
static librdf_model *
memory_model(world *w)
{
	librdf_storage *st = librdf_new_storage(w->world, "hashes", "ncgkg",
	                                        "hash-type='memory',index-predicates='yes'");
	librdf_model *m = st ? librdf_new_model(w->world, st, NULL) : NULL;

	if (st)
		librdf_free_storage(st);      /* the model holds a reference */
	return m;
}

static int
copy_model(librdf_model *to, librdf_model *from)
{
	librdf_stream *s = librdf_model_as_stream(from);
	int rc = 0;

	if (!s)
		return -1;
	for (; rc == 0 && !librdf_stream_end(s); librdf_stream_next(s))
		rc = librdf_model_add_statement(to, librdf_stream_get_object(s)) ? -1 : 0;
	librdf_free_stream(s);
	return rc;
}

static size_t
model_size(librdf_model *m)
{
	librdf_stream *s = librdf_model_as_stream(m);
	size_t n = 0;

	if (!s)
		return 0;
	for (; !librdf_stream_end(s); librdf_stream_next(s))
		n++;
	librdf_free_stream(s);
	return n;
}

/* ---- datasets ------------------------------------------------------------- */

typedef struct {
	char *name;               /* graph IRI; "" for the merged graph */
	librdf_model *model;
} staged;

struct ncg_dataset {
	world w;
	ncg_dataset_kind kind;
	staged *graphs;
	size_t n, cap;
	ncg_strmap *index;        /* name -> 1 + position */
	unsigned long inputs;     /* for blank node labels */
};

ncg_status
ncg_dataset_new(ncg_dataset **out, ncg_dataset_kind kind, ncg_error *err)
{
	ncg_dataset *d = calloc(1, sizeof *d);
	ncg_status st;

	*out = NULL;
	if (!d || !(d->index = ncg_strmap_new())) {
		free(d);
		return nomem(err);
	}
	d->kind = kind;
	if ((st = world_open(&d->w, err)) != NCG_OK) {
		ncg_strmap_free(d->index);
		free(d);
		return st;
	}
	*out = d;
	return NCG_OK;
}

static void
staged_free(staged *g, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(g[i].name);
		if (g[i].model)
			librdf_free_model(g[i].model);
	}
	free(g);
}

void
ncg_dataset_free(ncg_dataset *d)
{
	if (!d)
		return;
	staged_free(d->graphs, d->n);
	ncg_strmap_free(d->index);
	world_close(&d->w);
	free(d);
}

size_t ncg_dataset_graphs(const ncg_dataset *d) { return d->n; }

const char *
ncg_dataset_graph_name(const ncg_dataset *d, size_t i)
{
	return i < d->n ? d->graphs[i].name : NULL;
}

size_t
ncg_dataset_graph_size(const ncg_dataset *d, size_t i)
{
	return i < d->n ? model_size(d->graphs[i].model) : 0;
}

const char *
ncg_rdf_syntax_for(const char *path)
{
	static const struct {
		const char *ext, *syntax;
	} EXT[] = {
		{".ttl", "turtle"}, {".turtle", "turtle"}, {".nt", "ntriples"},
		{".nq", "nquads"}, {".rdf", "rdfxml"}, {".owl", "rdfxml"},
		{".xml", "rdfxml"},
	};
	size_t n = strlen(path);

	for (size_t i = 0; i < sizeof EXT / sizeof EXT[0]; i++) {
		size_t e = strlen(EXT[i].ext);

		if (n > e && strcasecmp(path + n - e, EXT[i].ext) == 0)
			return EXT[i].syntax;
	}
	return NULL;
}

/* What one input holds while it is parsed: graphs by name ("" for
 * triples outside any graph). */
typedef struct {
	world *w;
	staged *graphs;
	size_t n, cap;
	size_t last;              /* quads come grouped: the last graph used */
	char prefix[32];          /* blank node labels: per input */
	int failed;               /* out of memory or a Redland failure */
} parse_state;

static librdf_model *
parse_graph(parse_state *ps, const char *name)
{
	void *arr;
	staged *g;

	if (ps->last < ps->n && strcmp(ps->graphs[ps->last].name, name) == 0)
		return ps->graphs[ps->last].model;
	for (size_t i = 0; i < ps->n; i++)
		if (strcmp(ps->graphs[i].name, name) == 0) {
			ps->last = i;
			return ps->graphs[i].model;
		}
	arr = ps->graphs;
	if (ncg_grow(&arr, &ps->cap, ps->n + 1, sizeof *ps->graphs) != 0)
		return NULL;
	ps->graphs = arr;
	g = &ps->graphs[ps->n];
	g->name = strdup(name);
	g->model = g->name ? memory_model(ps->w) : NULL;
	if (!g->model) {
		free(g->name);
		return NULL;
	}
	ps->last = ps->n++;
	return g->model;
}

static librdf_node *
node_of(parse_state *ps, const raptor_term *t)
{
	librdf_world *w = ps->w->world;

	switch (t->type) {
	case RAPTOR_TERM_TYPE_URI:
		return librdf_new_node_from_uri_string(w, raptor_uri_as_string(t->value.uri));
	case RAPTOR_TERM_TYPE_BLANK: {
		ncg_buf b;
		librdf_node *n;

		ncg_buf_init(&b);
		ncg_buf_printf(&b, "%s%s", ps->prefix, (const char *)t->value.blank.string);
		n = b.failed ? NULL
		             : librdf_new_node_from_blank_identifier(w, (const unsigned char *)b.data);
		ncg_buf_free(&b);
		return n;
	}
	case RAPTOR_TERM_TYPE_LITERAL: {
		librdf_uri *dt = t->value.literal.datatype
		                 ? librdf_new_uri(w, raptor_uri_as_string(t->value.literal.datatype))
		                 : NULL;
		librdf_node *n;

		if (t->value.literal.datatype && !dt)
			return NULL;
		n = librdf_new_node_from_typed_literal(w, t->value.literal.string,
		                                       (const char *)t->value.literal.language, dt);
		if (dt)
			librdf_free_uri(dt);
		return n;
	}
	default:
		return NULL;
	}
}

static void
on_statement(void *user, raptor_statement *rs)
{
	parse_state *ps = user;
	librdf_node *s, *p, *o;
	librdf_statement *st;
	librdf_model *m;
	const char *g = "";

	if (ps->failed)
		return;
	if (rs->graph && rs->graph->type == RAPTOR_TERM_TYPE_URI)
		g = (const char *)raptor_uri_as_string(rs->graph->value.uri);
	m = parse_graph(ps, g);
	s = node_of(ps, rs->subject);
	p = node_of(ps, rs->predicate);
	o = node_of(ps, rs->object);
	if (!m || !s || !p || !o) {
		if (s) librdf_free_node(s);
		if (p) librdf_free_node(p);
		if (o) librdf_free_node(o);
		ps->failed = 1;
		return;
	}
	st = librdf_new_statement_from_nodes(ps->w->world, s, p, o);   /* takes s p o */
	if (!st || librdf_model_add_statement(m, st) != 0)
		ps->failed = 1;
	if (st)
		librdf_free_statement(st);
}

/* The one ncg:Statement a graph describes; NULL (and *count) otherwise. */
static char *
statement_of(world *w, librdf_model *m, int *count)
{
	librdf_node *type = librdf_new_node_from_uri_string(w->world,
	                        (const unsigned char *)RDF_TYPE);
	librdf_node *cls = librdf_new_node_from_uri_string(w->world,
	                       (const unsigned char *)NCG_STATEMENT);
	librdf_iterator *it = type && cls ? librdf_model_get_sources(m, type, cls) : NULL;
	char *found = NULL;

	*count = 0;
	for (; it && !librdf_iterator_end(it); librdf_iterator_next(it)) {
		librdf_node *n = librdf_iterator_get_object(it);

		if (!librdf_node_is_resource(n))
			continue;
		if (++*count == 1)
			found = strdup((const char *)librdf_uri_as_string(librdf_node_get_uri(n)));
	}
	if (it)
		librdf_free_iterator(it);
	if (type)
		librdf_free_node(type);
	if (cls)
		librdf_free_node(cls);
	if (*count != 1) {
		free(found);
		return NULL;
	}
	return found;
}

/* Move or copy a parsed graph into the dataset. */
static ncg_status
dataset_take(ncg_dataset *d, const char *name, librdf_model **model, ncg_error *err)
{
	void *arr, *found;
	uintptr_t at;

	if (d->kind == NCG_DATASET_MERGED)
		name = "";
	found = ncg_strmap_get(d->index, name);
	at = (uintptr_t)found;
	if (at) {
		if (copy_model(d->graphs[at - 1].model, *model) != 0)
			return world_error(&d->w, err, NCG_ERR_RDF, "", "cannot merge graphs");
		return NCG_OK;
	}
	arr = d->graphs;
	if (ncg_grow(&arr, &d->cap, d->n + 1, sizeof *d->graphs) != 0)
		return nomem(err);
	d->graphs = arr;
	d->graphs[d->n].name = strdup(name);
	if (!d->graphs[d->n].name ||
	    ncg_strmap_put(d->index, name, (void *)(uintptr_t)(d->n + 1)) != 0) {
		free(d->graphs[d->n].name);
		return nomem(err);
	}
	d->graphs[d->n].model = *model;
	*model = NULL;
	d->n++;
	return NCG_OK;
}

ncg_status
ncg_dataset_add_rdf(ncg_dataset *d, const char *name, const char *syntax,
                    const char *text, size_t len, const char *graph, ncg_error *err)
{
	parse_state ps;
	raptor_parser *parser = NULL;
	raptor_uri *base = NULL;
	ncg_buf base_iri;
	ncg_status st = NCG_OK;
	char *resolved = NULL;
	int rc;

	memset(&ps, 0, sizeof ps);
	ps.w = &d->w;
	snprintf(ps.prefix, sizeof ps.prefix, "i%lu_", ++d->inputs);
	world_reset(&d->w);
	ncg_buf_init(&base_iri);
	if (name[0] == '/') {
		ncg_buf_printf(&base_iri, "file://%s", name);
	} else {
		char cwd[PATH_MAX];

		if (getcwd(cwd, sizeof cwd))
			ncg_buf_printf(&base_iri, "file://%s/%s", cwd, name);
		else
			ncg_buf_printf(&base_iri, "file:///%s", name);
	}
	parser = raptor_new_parser(librdf_world_get_raptor(d->w.world), syntax);
	base = base_iri.failed ? NULL
	       : raptor_new_uri(librdf_world_get_raptor(d->w.world),
	                        (const unsigned char *)base_iri.data);
	if (!parser || !base) {
		st = parser ? nomem(err)
		            : ncg_error_set(err, NCG_ERR_USAGE, name, 0, 0, -1,
		                            "unknown RDF syntax '%s'", syntax);
		goto done;
	}
	raptor_parser_set_statement_handler(parser, &ps, on_statement);
	rc = raptor_parser_parse_start(parser, base);
	if (rc == 0)
		rc = raptor_parser_parse_chunk(parser, (const unsigned char *)text, len, 1);
	if (rc != 0 || d->w.failed) {
		st = world_error(&d->w, err, NCG_ERR_SYNTAX, name, "not valid RDF");
		goto done;
	}
	if (ps.failed) {
		st = world_error(&d->w, err, NCG_ERR_RDF, name, "cannot hold the RDF read");
		goto done;
	}
	/* triples outside any graph: the given graph or the statement they
	 * describe */
	for (size_t i = 0; d->kind == NCG_DATASET_GRAPHS && i < ps.n; i++) {
		int count;

		if (ps.graphs[i].name[0])
			continue;
		if (graph) {
			resolved = strdup(graph);
		} else {
			resolved = statement_of(&d->w, ps.graphs[i].model, &count);
			if (!resolved && count != 1) {
				st = ncg_error_set(err, NCG_ERR_SYNTAX, name, 0, 0, -1,
				    count == 0
				    ? "its triples describe no statement (ncg:Statement): name "
				      "their graph with --graph, or give quads"
				    : "its triples describe %d statements (ncg:Statement): give "
				      "one file per statement, or quads (ncgkg export -f nquads)",
				    count);
				goto done;
			}
		}
		if (!resolved) {
			st = nomem(err);
			goto done;
		}
		free(ps.graphs[i].name);
		ps.graphs[i].name = resolved;
		resolved = NULL;
	}
	for (size_t i = 0; i < ps.n; i++)
		if ((st = dataset_take(d, ps.graphs[i].name, &ps.graphs[i].model, err)) != NCG_OK)
			goto done;
done:
	staged_free(ps.graphs, ps.n);
	if (base)
		raptor_free_uri(base);
	if (parser)
		raptor_free_parser(parser);
	ncg_buf_free(&base_iri);
	return st;
}

static ncg_status
slurp(const char *path, char **text, size_t *len, ncg_error *err)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	ncg_buf b;
	char chunk[65536];
	size_t n;

	*text = NULL;
	if (!f)
		return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1, "cannot open: %s",
		                     strerror(errno));
	ncg_buf_init(&b);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		ncg_buf_append(&b, chunk, n);
	if (ferror(f)) {
		if (f != stdin)
			fclose(f);
		ncg_buf_free(&b);
		return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1, "cannot read");
	}
	if (f != stdin)
		fclose(f);
	*len = b.len;
	*text = ncg_buf_take(&b);
	return *text ? NCG_OK : nomem(err);
}

ncg_status
ncg_dataset_add_file(ncg_dataset *d, const char *path, const char *syntax,
                     const char *graph, ncg_error *err)
{
	char *text;
	size_t len;
	ncg_status st;

	if (!syntax)
		syntax = ncg_rdf_syntax_for(path);
	if (!syntax)
		return ncg_error_set(err, NCG_ERR_USAGE, path, 0, 0, -1,
		                     "not an RDF file name (.ttl, .nt, .nq, .rdf)");
	NCG_TRY(slurp(path, &text, &len, err));
	st = ncg_dataset_add_rdf(d, strcmp(path, "-") == 0 ? "stdin" : path, syntax,
	                         text, len, graph, err);
	free(text);
	return st;
}

/* ---- queries ------------------------------------------------------------ */

/* Does the query declare this prefix itself?  (rasqal keeps the first
 * declaration of a prefix, so a predeclared one must give way.) */
static int
declares(const char *query, const char *prefix)
{
	size_t n = strlen(prefix);

	for (const char *c = query; (c = strcasestr(c, "PREFIX")) != NULL; c += 6) {
		const char *p = c + 6;

		if (c > query && (isalnum((unsigned char)c[-1]) || c[-1] == '_' ||
		                  c[-1] == ':' || c[-1] == '?'))
			continue;
		p += strspn(p, " \t\r\n");
		if (strncmp(p, prefix, n) == 0 && p[n] == ':')
			return 1;
	}
	return 0;
}

/* The prologue: every prefix on one line, so that line numbers in the
 * query shift by exactly one. */
static char *
with_prologue(const char *query, const char *const *prefixes)
{
	ncg_buf b;

	ncg_buf_init(&b);
	for (size_t i = 0; prefixes && prefixes[i]; i += 2)
		if (!declares(query, prefixes[i]))
			ncg_buf_printf(&b, "PREFIX %s: <%s> ", prefixes[i], prefixes[i + 1]);
	ncg_buf_putc(&b, '\n');
	ncg_buf_puts(&b, query);
	if (b.failed) {
		ncg_buf_free(&b);
		return NULL;
	}
	return ncg_buf_take(&b);
}

/* Run a query on a model; NULL results with w->failed on error. */
static librdf_query_results *
run_query(world *w, librdf_model *m, const char *text, librdf_query **q)
{
	world_reset(w);
	*q = librdf_new_query(w->world, "sparql", NULL, (const unsigned char *)text, NULL);
	if (!*q)
		return NULL;
	return librdf_model_query_execute(m, *q);
}

/* Does this prefix of a query parse as the start of a query?  (rasqal
 * then fails only for want of more text.) */
static int
viable_prefix(world *w, librdf_model *empty, const char *prologue_query, size_t len)
{
	char *text = strndup(prologue_query, len);
	librdf_query *q = NULL;
	librdf_query_results *r;
	int viable;

	if (!text)
		return 1;
	r = run_query(w, empty, text, &q);
	viable = r != NULL || strstr(w->message, "$end") != NULL;
	if (r)
		librdf_free_query_results(r);
	if (q)
		librdf_free_query(q);
	free(text);
	return viable;
}

/* Line `line` (1-based) of text: its start, or NULL. */
static const char *
line_start(const char *text, long line)
{
	for (long l = 1; l < line; l++) {
		text = strchr(text, '\n');
		if (!text)
			return NULL;
		text++;
	}
	return text;
}

static long
column_of(const char *line, const char *at)
{
	long col = 1;

	for (const char *c = line; c < at; c++)
		if (((unsigned char)*c & 0xC0) != 0x80)
			col++;
	return col;
}

/* Find the column of a syntax error that rasqal places on a line only.
 * A quoted name in its message is looked for on that line; otherwise the
 * error is in the first word of the line whose addition makes the query
 * text stop being a viable start of a query. */
static void
locate_error(world *w, librdf_model *empty, const char *query, size_t offset,
             long *line, long *col, const char *message)
{
	const char *text = query + offset;    /* after the prologue */
	const char *ls, *q1, *q2, *c;
	int in_string = 0;

	*col = 0;
	if (strstr(message, "$end")) {
		/* the query stops short: point after its last character */
		const char *end = text + strlen(text);

		while (end > text && strchr(" \t\r\n", end[-1]))
			end--;
		*line = 1;
		for (c = text; c < end; c++)
			if (*c == '\n')
				(*line)++;
		ls = end;
		while (ls > text && ls[-1] != '\n')
			ls--;
		*col = column_of(ls, end);
		return;
	}
	q1 = strchr(message, '"');
	q2 = q1 ? strchr(q1 + 1, '"') : NULL;
	if (q2 && q2 > q1 + 1) {
		char word[256];
		size_t n = (size_t)(q2 - q1 - 1);

		if (n < sizeof word) {
			memcpy(word, q1 + 1, n);
			word[n] = '\0';
			ls = *line > 0 ? line_start(text, *line) : NULL;
			c = strstr(ls ? ls : text, word);
			if (c) {
				if (!ls) {
					*line = 1;
					for (const char *p = text; p < c; p++)
						if (*p == '\n')
							(*line)++;
				}
				ls = c;
				while (ls > text && ls[-1] != '\n')
					ls--;
				*col = column_of(ls, c);
				return;
			}
		}
	}
	if (*line <= 0 || !(ls = line_start(text, *line)))
		return;
	/* words of the line, skipping strings and comments, each tried once */
	for (c = text; c < ls; c++)           /* strings may span lines: '''…''' */
		if (*c == '"' || *c == '\'')
			in_string = !in_string;
	for (c = ls; *c && *c != '\n';) {
		const char *word;

		while (*c == ' ' || *c == '\t')
			c++;
		if (!*c || *c == '\n' || *c == '#')
			break;
		word = c;
		while (*c && *c != '\n' && ((in_string || (*c != ' ' && *c != '\t')))) {
			if (*c == '"' || *c == '\'')
				in_string = !in_string;
			c++;
		}
		if (in_string)
			continue;
		if (!viable_prefix(w, empty, query, (size_t)(c - query))) {
			*col = column_of(ls, word);
			return;
		}
	}
	for (c = ls; *c == ' ' || *c == '\t'; c++)
		;
	*col = column_of(ls, c);
}

static void
term_of(librdf_node *n, ncg_term *t)
{
	memset(t, 0, sizeof *t);
	if (!n)
		return;
	if (librdf_node_is_resource(n)) {
		t->kind = NCG_TERM_IRI;
		t->value = (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
	} else if (librdf_node_is_blank(n)) {
		t->kind = NCG_TERM_BLANK;
		t->value = (const char *)librdf_node_get_blank_identifier(n);
	} else if (librdf_node_is_literal(n)) {
		librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);

		t->kind = NCG_TERM_LITERAL;
		t->value = (const char *)librdf_node_get_literal_value(n);
		t->lang = librdf_node_get_literal_value_language(n);
		t->datatype = dt ? (const char *)librdf_uri_as_string(dt) : NULL;
	}
}

/* The variables a SELECT projects, read from its text: rasqal names none
 * when there is no row.  Comments, strings and IRIs are skipped; `?x` at
 * the top level and `AS ?x` in parentheses count, up to the WHERE clause
 * (or FROM, or '{').  Returns the count; names are copied into `out`. */
static size_t
projection(const char *q, char ***out)
{
	const char *c = q;
	size_t n = 0, depth = 0;
	int in_select = 0, after_as = 0;
	char **vars = NULL;

	*out = NULL;
	while (*c) {
		if (*c == '#') {
			c += strcspn(c, "\n");
		} else if (*c == '<' && !in_select) {
			c += strcspn(c, ">\n");
			if (*c)
				c++;
		} else if (*c == '"' || *c == '\'') {
			char quote = *c++;

			while (*c && *c != quote)
				c += *c == '\\' && c[1] ? 2 : 1;
			if (*c)
				c++;
		} else if (*c == '(') {
			depth++;
			c++;
		} else if (*c == ')') {
			if (depth)
				depth--;
			c++;
		} else if ((*c == '?' || *c == '$') && in_select) {
			size_t len = strspn(c + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			                           "0123456789_");

			if (len && (depth == 0 || after_as)) {
				char **grown = realloc(vars, (n + 1) * sizeof *vars);

				if (!grown || !(grown[n] = strndup(c + 1, len))) {
					vars = grown ? grown : vars;
					break;
				}
				vars = grown;
				n++;
			}
			after_as = 0;
			c += 1 + len;
		} else if (isalpha((unsigned char)*c)) {
			size_t len = strspn(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_");

			if (!in_select && len == 6 && strncasecmp(c, "SELECT", 6) == 0) {
				in_select = 1;
			} else if (in_select && depth == 0 &&
			           ((len == 5 && strncasecmp(c, "WHERE", 5) == 0) ||
			            (len == 4 && strncasecmp(c, "FROM", 4) == 0))) {
				break;
			} else if (in_select) {
				after_as = len == 2 && strncasecmp(c, "AS", 2) == 0;
			}
			c += len;
		} else if (*c == '{' && in_select) {
			break;
		} else {
			c++;
		}
	}
	*out = vars;
	return n;
}

static ncg_status
collect(world *w, librdf_query_results *r, const char *query,
        ncg_results **results, char **graph, const char *name, ncg_error *err)
{
	ncg_status st = NCG_OK;

	if (librdf_query_results_is_boolean(r)) {
		int b = librdf_query_results_get_boolean(r);

		if (b < 0)
			return world_error(w, err, NCG_ERR_RDF, name, "query failed");
		return ncg_results_new_boolean(results, b > 0, err);
	}
	if (librdf_query_results_is_graph(r)) {
		librdf_stream *s = librdf_query_results_as_stream(r);
		librdf_serializer *ser = librdf_new_serializer(w->world, "ntriples", NULL, NULL);
		unsigned char *text = NULL;
		size_t len = 0;

		if (s && ser)
			text = librdf_serializer_serialize_stream_to_counted_string(ser, NULL, s, &len);
		if (s && ser && !text && len == 0 && !w->failed)
			*graph = strdup("");
		else if (text)
			*graph = strndup((const char *)text, len);
		if (text)
			librdf_free_memory(text);
		if (s)
			librdf_free_stream(s);
		if (ser)
			librdf_free_serializer(ser);
		if (!*graph)
			return w->failed ? world_error(w, err, NCG_ERR_RDF, name, "query failed")
			                 : nomem(err);
		return NCG_OK;
	}
	{
		int nv = librdf_query_results_get_bindings_count(r);
		const char **vars = calloc((size_t)(nv > 0 ? nv : 0) + 1, sizeof *vars);
		ncg_term *row = calloc((size_t)(nv > 0 ? nv : 0) + 1, sizeof *row);
		librdf_node **nodes = calloc((size_t)(nv > 0 ? nv : 0) + 1, sizeof *nodes);

		if (!vars || !row || !nodes) {
			st = nomem(err);
			goto done;
		}
		for (int i = 0; i < nv; i++)
			vars[i] = librdf_query_results_get_binding_name(r, i);
		if (nv <= 0 && librdf_query_results_finished(r)) {
			char **names = NULL;
			size_t n = projection(query, &names);

			st = ncg_results_new(results, (const char *const *)names, n, err);
			for (size_t i = 0; i < n; i++)
				free(names[i]);
			free(names);
			goto done;
		}
		if ((st = ncg_results_new(results, vars, (size_t)nv, err)) != NCG_OK)
			goto done;
		while (!librdf_query_results_finished(r)) {
			for (int i = 0; i < nv; i++) {
				nodes[i] = librdf_query_results_get_binding_value(r, i);
				term_of(nodes[i], &row[i]);
			}
			st = ncg_results_add_row(*results, row, err);
			for (int i = 0; i < nv; i++)
				if (nodes[i])
					librdf_free_node(nodes[i]);
			if (st != NCG_OK)
				goto done;
			librdf_query_results_next(r);
		}
		if (w->failed)
			st = world_error(w, err, NCG_ERR_RDF, name, "query failed");
done:
		if (st != NCG_OK) {
			ncg_results_free(*results);
			*results = NULL;
		}
		free(vars);
		free(row);
		free(nodes);
	}
	return st;
}

/* Answer a query from a Redland model. */
static ncg_status
model_query(world *w, librdf_model *m, const char *query, const char *name,
            const char *const *prefixes, ncg_results **results, char **graph,
            ncg_error *err)
{
	char *text = with_prologue(query, prefixes);
	librdf_query *q = NULL;
	librdf_query_results *r;
	ncg_status st;

	*results = NULL;
	*graph = NULL;
	if (!text)
		return nomem(err);
	r = run_query(w, m, text, &q);
	if (!r) {
		char message[512];
		long line = w->line > 1 ? w->line - 1 : 0, col = 0;
		librdf_model *empty = memory_model(w);

		snprintf(message, sizeof message, "%s",
		         w->failed ? w->message : "the query cannot be run");
		if (empty) {
			locate_error(w, empty, text, strcspn(text, "\n") + 1, &line, &col, message);
			librdf_free_model(empty);
		}
		st = ncg_error_set(err, NCG_ERR_SYNTAX, name, line, col, -1, "%s", message);
	} else {
		st = collect(w, r, text, results, graph, name, err);
		librdf_free_query_results(r);
	}
	if (q)
		librdf_free_query(q);
	free(text);
	return st;
}

ncg_status
ncg_dataset_query(ncg_dataset *d, const char *query, const char *name,
                  const char *const *prefixes, ncg_results **results, char **graph,
                  ncg_error *err)
{
	librdf_model *m;
	ncg_status st;

	if (d->n == 1)
		return model_query(&d->w, d->graphs[0].model, query, name, prefixes,
		                   results, graph, err);
	/* no data, or several graphs: ask their union */
	m = memory_model(&d->w);
	if (!m)
		return world_error(&d->w, err, NCG_ERR_RDF, "", "cannot create an RDF model");
	for (size_t i = 0; i < d->n; i++)
		if (copy_model(m, d->graphs[i].model) != 0) {
			librdf_free_model(m);
			return world_error(&d->w, err, NCG_ERR_RDF, "", "cannot merge graphs");
		}
	st = model_query(&d->w, m, query, name, prefixes, results, graph, err);
	librdf_free_model(m);
	return st;
}

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
	world w;
	char *db;                 /* the sqlite file */
	int created;              /* by this process: a failed load removes it */
	char *made;               /* the first folder made for it, or NULL */
	librdf_storage *storage;  /* queries go through Redland */
	librdf_model *model;
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

char *
ncg_store_default_spec(void)
{
	const char *env = getenv("NCGKG_STORE"), *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	ncg_buf b;

	ncg_buf_init(&b);
	if (env && *env)
		ncg_buf_puts(&b, env);
	else if (xdg && xdg[0] == '/')
		ncg_buf_printf(&b, "%s/ncgkg/store", xdg);
	else if (home && *home)
		ncg_buf_printf(&b, "%s/.local/share/ncgkg/store", home);
	else
		return NULL;
	if (b.failed) {
		ncg_buf_free(&b);
		return NULL;
	}
	return ncg_buf_take(&b);
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

/* Make a folder and its parents; *made is the first one that did not
 * exist (the caller frees it; NULL when none was made). */
static ncg_status
mkdirs(const char *path, char **made, ncg_error *err)
{
	char *p = strdup(path);
	ncg_status st = NCG_OK;

	*made = NULL;
	if (!p)
		return nomem(err);
	for (char *c = p + 1; ; c++) {
		if (*c == '/' || *c == '\0') {
			char saved = *c;

			*c = '\0';
			if (mkdir(p, 0777) == 0) {
				if (!*made && !(*made = strdup(p))) {
					st = nomem(err);
					break;
				}
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
 * for it, deepest first, down to `made`. */
static void
unmake(ncg_store *s)
{
	size_t n;
	char *p;

	unlink(s->db);
	if (!s->made || !(p = strdup(s->db)))
		return;
	n = strlen(s->made);
	for (char *slash = strrchr(p, '/'); slash && slash > p; slash = strrchr(p, '/')) {
		*slash = '\0';
		if (strlen(p) < n || rmdir(p) != 0)
			break;
	}
	free(p);
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
	if (tmp.failed)
		return nomem(err);
	unlink(tmp.data);
	world_reset(&s->w);
	/* Redland makes the tables when a model opens the new storage */
	st = librdf_new_storage(s->w.world, "sqlite", tmp.data, "new='yes'");
	m = st ? librdf_new_model(s->w.world, st, NULL) : NULL;
	if (m)
		librdf_free_model(m);
	if (st)
		librdf_free_storage(st);
	if (!m || s->w.failed) {
		rc = world_error(&s->w, err, NCG_ERR_IO, s->db, "cannot create the store");
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
	if (db.failed)
		return nomem(err);
	s->db = ncg_buf_take(&db);
	if (!s->db)
		return nomem(err);
	NCG_TRY(world_open(&s->w, err));
	ensure_sqlite(&s->w);
	if (stat(s->db, &sb) != 0) {
		if (!create)
			return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1,
			                     "no store here (ncgkg load creates one)");
		if (stat(path, &sb) == 0 && !S_ISDIR(sb.st_mode))
			return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1,
			                     "not a folder: a store is a folder");
		NCG_TRY(mkdirs(path, &s->made, err));
		NCG_TRY(create_db(s, err));
		s->created = 1;
	} else {
		NCG_TRY(add_indexes(s->db, err));
	}
	world_reset(&s->w);
	s->storage = librdf_new_storage(s->w.world, "sqlite", s->db, NULL);
	s->model = s->storage ? librdf_new_model(s->w.world, s->storage, NULL) : NULL;
	if (!s->model)
		return world_error(&s->w, err, NCG_ERR_IO, s->db, "cannot open the store");
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
		return nomem(err);
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
		return nomem(err);
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
	if (s->model)
		librdf_free_model(s->model);
	if (s->storage)
		librdf_free_storage(s->storage);
	sql_close(s);
	world_close(&s->w);
	ncg_http_free(s->http);
	free(s->gsp);
	free(s->gsp_param);
	free(s->sparql);
	free(s->db);
	free(s->made);
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

/* The row id of a node, found or added; 0 on failure.  Ids are cached for
 * the load (forgotten when it is rolled back). */
static sqlite3_int64
node_id(ncg_store *s, const ncg_term *t)
{
	sqlite3_stmt *find, *add;
	ncg_buf key;
	sqlite3_int64 id = 0, dt = 0;
	void *cached;

	if (!s->ids && !(s->ids = ncg_strmap_new()))
		return 0;
	ncg_buf_init(&key);
	if (t->kind == NCG_TERM_LITERAL) {
		if (t->datatype) {
			ncg_term d = {NCG_TERM_IRI, t->datatype, NULL, NULL};

			if (!(dt = node_id(s, &d)))
				return 0;
		}
		ncg_buf_printf(&key, "l%zu:%s@%s^%lld", strlen(t->value), t->value,
		               t->lang ? t->lang : "", (long long)dt);
	} else {
		ncg_buf_printf(&key, "%c%s", t->kind == NCG_TERM_IRI ? 'u' : 'b', t->value);
	}
	if (key.failed)
		goto done;
	cached = ncg_strmap_getn(s->ids, key.data, key.len);
	if (cached) {
		id = (sqlite3_int64)(uintptr_t)cached;
		goto done;
	}
	find = s->stmt[t->kind == NCG_TERM_IRI ? SQL_FIND_URI
	               : t->kind == NCG_TERM_BLANK ? SQL_FIND_BLANK : SQL_FIND_LITERAL];
	add = s->stmt[t->kind == NCG_TERM_IRI ? SQL_ADD_URI
	              : t->kind == NCG_TERM_BLANK ? SQL_ADD_BLANK : SQL_ADD_LITERAL];
	for (int pass = 0; pass < 2 && !id; pass++) {
		sqlite3_stmt *q = pass ? add : find;

		sqlite3_reset(q);
		sqlite3_bind_text(q, 1, t->value, -1, SQLITE_STATIC);
		if (t->kind == NCG_TERM_LITERAL) {
			if (t->lang)
				sqlite3_bind_text(q, 2, t->lang, -1, SQLITE_STATIC);
			else
				sqlite3_bind_null(q, 2);
			if (dt)
				sqlite3_bind_int64(q, 3, dt);
			else
				sqlite3_bind_null(q, 3);
		}
		switch (sqlite3_step(q)) {
		case SQLITE_ROW:
			id = sqlite3_column_int64(q, 0);
			break;
		case SQLITE_DONE:
			if (pass)
				id = sqlite3_last_insert_rowid(s->sql);
			break;
		default:
			pass = 2;             /* an error: id stays 0 */
		}
		sqlite3_reset(q);
	}
	if (id > 0 && (uintptr_t)id == (uintptr_t)(sqlite3_uint64)id &&
	    ncg_strmap_putn(s->ids, key.data, key.len, (void *)(uintptr_t)id) != 0)
		id = 0;
done:
	ncg_buf_free(&key);
	return id;
}

/* An embedded store removed by a failed load that made it. */
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
	s->in_transaction = 1;
	return NCG_OK;
}

/* Put one graph of a dataset into the embedded store: its old quads out,
 * the new ones in (each once: the dataset holds each triple once). */
static ncg_status
put_embedded(ncg_store *s, const char *name, librdf_model *from, ncg_error *err)
{
	ncg_term gt = {NCG_TERM_IRI, name, NULL, NULL};
	sqlite3_int64 g = node_id(s, &gt);
	sqlite3_stmt *drop = s->stmt[SQL_DROP_GRAPH], *add = s->stmt[SQL_ADD_TRIPLE];
	librdf_stream *st;
	ncg_status rc = NCG_OK;

	if (!g)
		return sql_error(s, err, "cannot name the graph");
	sqlite3_reset(drop);
	sqlite3_bind_int64(drop, 1, g);
	if (sqlite3_step(drop) != SQLITE_DONE)
		return sql_error(s, err, "cannot remove the old graph");
	sqlite3_reset(drop);
	st = librdf_model_as_stream(from);
	if (!st)
		return nomem(err);
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

			term_of(n[i], &t);
			col[i] = i == 0 ? (t.kind == NCG_TERM_IRI ? 1 : 2)
			         : i == 1 ? 3
			         : t.kind == NCG_TERM_IRI ? 4 : t.kind == NCG_TERM_BLANK ? 5 : 6;
			if (t.kind == NCG_TERM_UNBOUND || !(id = node_id(s, &t))) {
				rc = sql_error(s, err, "cannot add a node");
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

static ncg_status
serialize_ntriples(world *w, librdf_model *m, char **out, size_t *len, ncg_error *err)
{
	librdf_serializer *ser = librdf_new_serializer(w->world, "ntriples", NULL, NULL);
	unsigned char *text = NULL;

	*out = NULL;
	*len = 0;
	world_reset(w);
	if (ser)
		text = librdf_serializer_serialize_model_to_counted_string(ser, NULL, m, len);
	if (ser)
		librdf_free_serializer(ser);
	if (!text)
		return world_error(w, err, NCG_ERR_RDF, "", "cannot write N-Triples");
	*out = strndup((const char *)text, *len);
	librdf_free_memory(text);
	return *out ? NCG_OK : nomem(err);
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
		return nomem(err);
	s->saved = arr;
	if (!(url = ncg_http_url_with(s->gsp, s->gsp_param, name)))
		return nomem(err);
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
		return nomem(err);
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
		return nomem(err);
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
	for (size_t i = 0; i < d->n; i++) {
		const char *name = d->graphs[i].name;

		if (!s->remote) {
			NCG_TRY(put_embedded(s, name, d->graphs[i].model, err));
		} else {
			char *body;
			size_t len;
			ncg_status st;

			NCG_TRY(save_remote(s, name, err));
			NCG_TRY(serialize_ntriples((world *)&d->w, d->graphs[i].model, &body,
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

/* SELECT, ASK, CONSTRUCT or DESCRIBE: the first such word outside
 * comments, IRIs and strings. */
static const char *
query_form(const char *q)
{
	static const char *const FORMS[] = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"};

	while (*q) {
		if (*q == '#') {
			q += strcspn(q, "\n");
		} else if (*q == '<') {
			q += strcspn(q, "> \n");
		} else if (*q == '"' || *q == '\'') {
			char quote = *q++;

			q += strcspn(q, quote == '"' ? "\"\n" : "'\n");
			if (*q)
				q++;
		} else if ((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z')) {
			size_t n = strspn(q, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

			for (size_t i = 0; i < 4; i++)
				if (n == strlen(FORMS[i]) && strncasecmp(q, FORMS[i], n) == 0 &&
				    (q[n] == '\0' || !((q[n] >= '0' && q[n] <= '9') || q[n] == '_' ||
				                       q[n] == ':')))
					return FORMS[i];
			q += n;
		} else {
			q++;
		}
	}
	return "SELECT";
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
		const char *at = strstr(l, " at '"), *ls = line_start(query, line);

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
					col = column_of(ls, hit);
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
	char *text = with_prologue(query, prefixes), *form = NULL;
	const char *kind = query_form(query);
	int is_graph = strcmp(kind, "CONSTRUCT") == 0 || strcmp(kind, "DESCRIBE") == 0;
	ncg_http_reply r;
	ncg_status st;

	if (!text || !(form = ncg_http_form("query", text))) {
		free(text);
		return nomem(err);
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
	return model_query(&s->w, s->model, query, name, prefixes, results, graph, err);
}
