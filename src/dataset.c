/* ncgkg: datasets: RDF staged in memory, merged or as one named graph per
 * statement, parsed with raptor (librdf drops the graphs of N-Quads). */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "ncgkg/arena.h"
#include "ncgkg/buf.h"
#include "ncgkg/vocab.h"
#include "store_internal.h"

#define RDF_TYPE NCG_RDF_NS "type"
#define NCG_STATEMENT NCG_NS "Statement"

/* ---- datasets ------------------------------------------------------------- */

ncg_status
ncg_dataset_new(ncg_dataset **out, ncg_dataset_kind kind, ncg_error *err)
{
	ncg_dataset *d = calloc(1, sizeof *d);
	ncg_status st;

	*out = NULL;
	if (!d || !(d->index = ncg_strmap_new())) {
		free(d);
		return ncg_store_nomem(err);
	}
	d->kind = kind;
	if ((st = ncg_world_open(&d->w, err)) != NCG_OK) {
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
	ncg_world_close(&d->w);
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
	return i < d->n ? ncg_model_size(d->graphs[i].model) : 0;
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
	ncg_world *w;
	staged *graphs;
	size_t n, cap;
	size_t last;              /* quads come grouped: the last graph used */
	char prefix[32];          /* blank node labels: per input */
	int failed;               /* out of memory, or a term Redland cannot hold */
	int nomem;                /* ... and it was out of memory: ours or Redland's */
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
	if (ncg_grow(&arr, &ps->cap, ps->n + 1, sizeof *ps->graphs) != 0) {
		ps->nomem = 1;
		return NULL;
	}
	ps->graphs = arr;
	g = &ps->graphs[ps->n];
	g->name = strdup(name);
	if (!g->name)
		ps->nomem = 1;
	g->model = g->name ? ncg_memory_model(ps->w) : NULL;
	if (!g->model) {
		ps->nomem = 1;          /* a model in memory fails for memory only */
		free(g->name);
		return NULL;
	}
	ps->last = ps->n++;
	return g->model;
}

/* Is t a term node_of makes a node of?  Then no node is Redland out of
 * memory. */
static int
known_term(const raptor_term *t)
{
	return t->type == RAPTOR_TERM_TYPE_URI || t->type == RAPTOR_TERM_TYPE_BLANK ||
	       t->type == RAPTOR_TERM_TYPE_LITERAL;
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
		if (b.status != NCG_OK)
			ps->nomem = 1;
		n = b.status != NCG_OK ? NULL
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
		/* Redland makes the node of a known term, or fails for memory */
		if (!m || (!s && known_term(rs->subject)) || (!p && known_term(rs->predicate)) ||
		    (!o && known_term(rs->object)))
			ps->nomem = 1;
		return;
	}
	st = librdf_new_statement_from_nodes(ps->w->world, s, p, o);   /* takes s p o */
	/* a parsed triple is complete: a model in memory fails to add it for
	 * memory only */
	if (!st || librdf_model_add_statement(m, st) != 0)
		ps->failed = ps->nomem = 1;
	if (st)
		librdf_free_statement(st);
}

/* The ncg:Statements a graph describes: how many (*count) and, when there
 * is exactly one, its IRI (*out, the caller frees; NULL otherwise). */
static ncg_status
statement_of(ncg_world *w, librdf_model *m, char **out, int *count)
{
	librdf_node *type = librdf_new_node_from_uri_string(w->world,
	                        (const unsigned char *)RDF_TYPE);
	librdf_node *cls = librdf_new_node_from_uri_string(w->world,
	                       (const unsigned char *)NCG_STATEMENT);
	librdf_iterator *it = type && cls ? librdf_model_get_sources(m, type, cls) : NULL;
	char *found = NULL;
	/* no node, or no iterator with no error said: Redland out of memory */
	ncg_status st = it ? NCG_OK : !type || !cls || !w->failed ? NCG_ERR_NOMEM : NCG_ERR_RDF;

	*out = NULL;
	*count = 0;
	for (; it && !librdf_iterator_end(it); librdf_iterator_next(it)) {
		librdf_node *n = librdf_iterator_get_object(it);

		if (!librdf_node_is_resource(n))
			continue;
		if (++*count == 1 &&
		    !(found = strdup((const char *)librdf_uri_as_string(librdf_node_get_uri(n)))))
			st = NCG_ERR_NOMEM;
	}
	if (it)
		librdf_free_iterator(it);
	if (type)
		librdf_free_node(type);
	if (cls)
		librdf_free_node(cls);
	if (st != NCG_OK || *count != 1)
		free(found);
	else
		*out = found;
	return st;
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
		/* into a model in memory: it fails for memory only, or with
		 * an error Redland said */
		if (ncg_copy_model(d->graphs[at - 1].model, *model) != 0)
			return d->w.failed ? ncg_world_error(&d->w, err, NCG_ERR_RDF, "", "cannot merge graphs")
			                   : ncg_store_nomem(err);
		return NCG_OK;
	}
	arr = d->graphs;
	if (ncg_grow(&arr, &d->cap, d->n + 1, sizeof *d->graphs) != 0)
		return ncg_store_nomem(err);
	d->graphs = arr;
	d->graphs[d->n].name = strdup(name);
	if (!d->graphs[d->n].name ||
	    ncg_strmap_put(d->index, name, (void *)(uintptr_t)(d->n + 1)) != 0) {
		free(d->graphs[d->n].name);
		return ncg_store_nomem(err);
	}
	d->graphs[d->n].model = *model;
	*model = NULL;
	d->n++;
	return NCG_OK;
}

/* b = the file: IRI of the file name (relative to the working folder) */
static void
file_iri(ncg_buf *b, const char *name)
{
	char cwd[PATH_MAX];

	if (name[0] == '/')
		ncg_buf_printf(b, "file://%s", name);
	else if (getcwd(cwd, sizeof cwd))
		ncg_buf_printf(b, "file://%s/%s", cwd, name);
	else
		ncg_buf_printf(b, "file:///%s", name);
}

/* The name of g, the triples of input `name` outside any graph: graph
 * when given, else the one statement they describe. */
static ncg_status
name_default_graph(ncg_dataset *d, staged *g, const char *name, const char *graph,
                   ncg_error *err)
{
	char *resolved = NULL;
	ncg_status st;
	int count;

	if (graph) {
		resolved = strdup(graph);
	} else {
		st = statement_of(&d->w, g->model, &resolved, &count);
		if (st == NCG_ERR_RDF)
			return ncg_world_error(&d->w, err, st, name, "cannot read the graph");
		if (st == NCG_OK && count != 1)
			return ncg_error_set(err, NCG_ERR_SYNTAX, name, 0, 0, -1,
			    count == 0
			    ? "its triples describe no statement (ncg:Statement): name "
			      "their graph with --graph, or give quads"
			    : "its triples describe %d statements (ncg:Statement): give "
			      "one file per statement, or quads (ncgkg export -f nquads)",
			    count);
	}
	if (!resolved)
		return ncg_store_nomem(err);
	free(g->name);
	g->name = resolved;
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
	int rc;

	memset(&ps, 0, sizeof ps);
	ps.w = &d->w;
	snprintf(ps.prefix, sizeof ps.prefix, "i%lu_", ++d->inputs);
	ncg_world_reset(&d->w);
	ncg_buf_init(&base_iri);
	file_iri(&base_iri, name);
	parser = raptor_new_parser(librdf_world_get_raptor(d->w.world), syntax);
	base = base_iri.status != NCG_OK ? NULL
	       : raptor_new_uri(librdf_world_get_raptor(d->w.world),
	                        (const unsigned char *)base_iri.data);
	if (!parser || !base) {
		st = parser ? ncg_store_nomem(err)
		            : ncg_error_set(err, NCG_ERR_USAGE, name, 0, 0, -1,
		                            "unknown RDF syntax '%s'", syntax);
		goto done;
	}
	raptor_parser_set_statement_handler(parser, &ps, on_statement);
	rc = raptor_parser_parse_start(parser, base);
	if (rc == 0)
		rc = raptor_parser_parse_chunk(parser, (const unsigned char *)text, len, 1);
	if (rc != 0 || d->w.failed) {
		st = ncg_world_error(&d->w, err, NCG_ERR_SYNTAX, name, "not valid RDF");
		goto done;
	}
	if (ps.failed) {
		st = ps.nomem ? ncg_store_nomem(err)
		     : ncg_world_error(&d->w, err, NCG_ERR_RDF, name, "cannot hold the RDF read");
		goto done;
	}
	/* triples outside any graph: the given graph or the statement they
	 * describe */
	for (size_t i = 0; d->kind == NCG_DATASET_GRAPHS && i < ps.n; i++)
		if (!ps.graphs[i].name[0] &&
		    (st = name_default_graph(d, &ps.graphs[i], name, graph, err)) != NCG_OK)
			goto done;
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
	return *text ? NCG_OK : ncg_store_nomem(err);
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

