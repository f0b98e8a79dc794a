/* ncgkg tests: datasets, the embedded store, SPARQL errors, HTTP helpers
 * (src/store.c, src/gsp.c). */
#include "config.h"

#include <arpa/inet.h>
#include <criterion/criterion.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gsp.h"
#include "ncgkg/store.h"

#define ID "https://w3id.org/ncgkg/id/"
#define NCG "https://w3id.org/ncgkg/ontology#"
#define TYPE "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

static const char *const PREFIXES[] = {"ncg", NCG, "ex", "http://example.org/", NULL};

/* Two statements' graphs as N-Quads: one triple shared, each its own. */
static const char QUADS[] =
	"<" ID "meeting/m-1> " TYPE " <" NCG "Meeting> <" ID "statement/aa> .\n"
	"<" ID "meeting/m-1> <" NCG "ordinal> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> <" ID "statement/aa> .\n"
	"<" ID "meeting/m-1> " TYPE " <" NCG "Meeting> <" ID "statement/bb> .\n"
	"<" ID "meeting/m-2> " TYPE " <" NCG "Meeting> <" ID "statement/bb> .\n";

static char dir[] = "/tmp/ncgkg-store-XXXXXX";

static void
setup(void)
{
	cr_assert_not_null(mkdtemp(dir));
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(store, .init = setup, .fini = teardown);

static ncg_dataset *
graphs_from(const char *nq)
{
	ncg_dataset *d;
	ncg_error err;

	cr_assert_eq(ncg_dataset_new(&d, NCG_DATASET_GRAPHS, &err), NCG_OK);
	cr_assert_eq(ncg_dataset_add_rdf(d, "t.nq", "nquads", nq, strlen(nq), NULL, &err),
	             NCG_OK, "%s", err.message);
	return d;
}

/* The one value a query answers, as text ("" when no row). */
static char *
answer(ncg_store *s, ncg_dataset *d, const char *q)
{
	ncg_results *r;
	char *graph;
	ncg_error err;
	ncg_status st = s ? ncg_store_query(s, q, "q", PREFIXES, &r, &graph, &err)
	                  : ncg_dataset_query(d, q, "q", PREFIXES, &r, &graph, &err);
	char *v;

	cr_assert_eq(st, NCG_OK, "%s: %s", q, err.message);
	cr_assert_null(graph);
	v = strdup(ncg_results_is_boolean(r) ? (ncg_results_boolean(r) ? "true" : "false")
	           : ncg_results_rows(r) ? ncg_results_get(r, 0, 0)->value : "");
	ncg_results_free(r);
	return v;
}

static void
assert_answer(ncg_store *s, ncg_dataset *d, const char *q, const char *want)
{
	char *got = answer(s, d, q);

	cr_assert_str_eq(got, want, "%s", q);
	free(got);
}

Test(store, free_null_is_a_noop)
{
	ncg_dataset_free(NULL);
	ncg_store_close(NULL);
	ncg_http_free(NULL);
	ncg_http_reply_free(NULL);
}

Test(store, quads_go_to_their_graphs)
{
	ncg_dataset *d = graphs_from(QUADS);

	cr_assert_eq(ncg_dataset_graphs(d), 2);
	cr_assert_str_eq(ncg_dataset_graph_name(d, 0), ID "statement/aa");
	cr_assert_eq(ncg_dataset_graph_size(d, 0), 2);
	cr_assert_eq(ncg_dataset_graph_size(d, 1), 2);
	ncg_dataset_free(d);
}

Test(store, triples_go_to_the_statement_they_describe)
{
	const char *one = "<" ID "statement/cc> " TYPE " <" NCG "Statement> .\n"
	                  "<" ID "meeting/m-3> " TYPE " <" NCG "Meeting> .\n";
	const char *two = "<" ID "statement/cc> " TYPE " <" NCG "Statement> .\n"
	                  "<" ID "statement/dd> " TYPE " <" NCG "Statement> .\n";
	const char *none = "<" ID "meeting/m-3> " TYPE " <" NCG "Meeting> .\n";
	ncg_dataset *d;
	ncg_error err;

	cr_assert_eq(ncg_dataset_new(&d, NCG_DATASET_GRAPHS, &err), NCG_OK);
	cr_assert_eq(ncg_dataset_add_rdf(d, "one.nt", "ntriples", one, strlen(one), NULL,
	                                 &err), NCG_OK);
	cr_assert_eq(ncg_dataset_graphs(d), 1);
	cr_assert_str_eq(ncg_dataset_graph_name(d, 0), ID "statement/cc");

	cr_assert_eq(ncg_dataset_add_rdf(d, "two.nt", "ntriples", two, strlen(two), NULL,
	                                 &err), NCG_ERR_SYNTAX);
	cr_assert_str_eq(err.file, "two.nt");
	cr_assert(strstr(err.message, "2 statements"), "%s", err.message);
	cr_assert_eq(ncg_dataset_add_rdf(d, "none.nt", "ntriples", none, strlen(none), NULL,
	                                 &err), NCG_ERR_SYNTAX);
	cr_assert(strstr(err.message, "no statement"), "%s", err.message);
	/* failed adds change nothing */
	cr_assert_eq(ncg_dataset_graphs(d), 1);
	cr_assert_eq(ncg_dataset_graph_size(d, 0), 2);

	cr_assert_eq(ncg_dataset_add_rdf(d, "none.nt", "ntriples", none, strlen(none),
	                                 "http://example.org/g", &err), NCG_OK);
	cr_assert_eq(ncg_dataset_graphs(d), 2);
	cr_assert_str_eq(ncg_dataset_graph_name(d, 1), "http://example.org/g");
	ncg_dataset_free(d);
}

Test(store, bad_rdf_is_located)
{
	const char *ttl = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e \"x .\n";
	ncg_dataset *d;
	ncg_error err;

	cr_assert_eq(ncg_dataset_new(&d, NCG_DATASET_MERGED, &err), NCG_OK);
	cr_assert_eq(ncg_dataset_add_rdf(d, "bad.ttl", "turtle", ttl, strlen(ttl), NULL, &err),
	             NCG_ERR_SYNTAX);
	cr_assert_str_eq(err.file, "bad.ttl");
	cr_assert_eq(err.line, 3);
	cr_assert_eq(ncg_dataset_add_rdf(d, "x", "nosuchsyntax", ttl, strlen(ttl), NULL, &err),
	             NCG_ERR_USAGE);
	ncg_dataset_free(d);
}

Test(store, syntax_for_file_names)
{
	cr_assert_str_eq(ncg_rdf_syntax_for("a/b.TTL"), "turtle");
	cr_assert_str_eq(ncg_rdf_syntax_for("x.nq"), "nquads");
	cr_assert_str_eq(ncg_rdf_syntax_for("x.rdf"), "rdfxml");
	cr_assert_null(ncg_rdf_syntax_for("statement.txt"));
	cr_assert_null(ncg_rdf_syntax_for(".ttl"));
}

Test(store, a_merged_dataset_holds_each_triple_once)
{
	ncg_dataset *d;
	ncg_error err;

	cr_assert_eq(ncg_dataset_new(&d, NCG_DATASET_MERGED, &err), NCG_OK);
	cr_assert_eq(ncg_dataset_add_rdf(d, "t.nq", "nquads", QUADS, strlen(QUADS), NULL,
	                                 &err), NCG_OK);
	cr_assert_eq(ncg_dataset_graphs(d), 1);
	cr_assert_eq(ncg_dataset_graph_size(d, 0), 3);
	assert_answer(NULL, d, "SELECT (COUNT(*) AS ?n) WHERE { ?m a ncg:Meeting }", "2");
	ncg_dataset_free(d);
}

Test(store, query_forms)
{
	ncg_dataset *d;
	ncg_results *r;
	char *graph;
	ncg_error err;

	cr_assert_eq(ncg_dataset_new(&d, NCG_DATASET_MERGED, &err), NCG_OK);
	cr_assert_eq(ncg_dataset_add_rdf(d, "t.nq", "nquads", QUADS, strlen(QUADS), NULL,
	                                 &err), NCG_OK);
	cr_assert_eq(ncg_dataset_query(d, "ASK { ?m ncg:ordinal 1 }", "q", PREFIXES, &r,
	                               &graph, &err), NCG_OK);
	cr_assert(ncg_results_is_boolean(r) && ncg_results_boolean(r));
	ncg_results_free(r);
	cr_assert_eq(ncg_dataset_query(d, "CONSTRUCT { ?m a ex:M } WHERE { ?m ncg:ordinal 1 }",
	                               "q", PREFIXES, &r, &graph, &err), NCG_OK);
	cr_assert_null(r);
	cr_assert_str_eq(graph, "<" ID "meeting/m-1> " TYPE " <http://example.org/M> .\n");
	free(graph);
	/* no row: the variables still come from the SELECT */
	cr_assert_eq(ncg_dataset_query(d, "# (?not ?these)\nSELECT DISTINCT ?m (STR(?m) AS ?s)"
	                               " ?x WHERE { ?m a ex:Nothing . ?m ex:p ?x }", "q",
	                               PREFIXES, &r, &graph, &err), NCG_OK);
	cr_assert_eq(ncg_results_rows(r), 0);
	cr_assert_eq(ncg_results_vars(r), 3);
	cr_assert_str_eq(ncg_results_var(r, 0), "m");
	cr_assert_str_eq(ncg_results_var(r, 1), "s");
	cr_assert_str_eq(ncg_results_var(r, 2), "x");
	ncg_results_free(r);
	ncg_dataset_free(d);
}

Test(store, syntax_errors_have_line_and_column)
{
	static const struct {
		const char *query;
		long line, col;
	} bad[] = {
		{"SELECT ?x WHERE {\n  ?x a ncg:Meeting ;\n     ncg:ordinal ?? }", 3, 18},
		{"SELECT ?x WHERE {\n  ?x nope:p ?y }", 2, 6},
		{"SELECT ?x WHERE {\n  ?x ncg:p ?y FILTER ( ?y > ) }", 2, 29},
		{"SELECT ?x WHERE { ?x ncg:p ?y", 1, 30},
		{"SELECT ?x WHERE {\n  ?x ncg:p \"a string with } in it\" ; ncg:q ) }", 2, 44},
		{"SELECT ?x WHERE { ?x ncg:p ?y }\n ORDER BY ?x LIMIT ten", 2, 20},
	};
	ncg_dataset *d;
	ncg_error err;

	cr_assert_eq(ncg_dataset_new(&d, NCG_DATASET_MERGED, &err), NCG_OK);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		ncg_results *r;
		char *graph;

		ncg_error_clear(&err);
		cr_assert_eq(ncg_dataset_query(d, bad[i].query, "q.rq", PREFIXES, &r, &graph, &err),
		             NCG_ERR_SYNTAX, "%zu", i);
		cr_assert_null(r);
		cr_assert_null(graph);
		cr_assert_str_eq(err.file, "q.rq");
		cr_assert_eq(err.line, bad[i].line, "%zu: line %ld (%s)", i, err.line, err.message);
		cr_assert_eq(err.col, bad[i].col, "%zu: col %ld (%s)", i, err.col, err.message);
	}
	ncg_dataset_free(d);
}

Test(store, a_query_may_redeclare_a_prefix)
{
	ncg_dataset *d;
	ncg_error err;

	cr_assert_eq(ncg_dataset_new(&d, NCG_DATASET_MERGED, &err), NCG_OK);
	cr_assert_eq(ncg_dataset_add_rdf(d, "t.nq", "nquads", QUADS, strlen(QUADS), NULL,
	                                 &err), NCG_OK);
	assert_answer(NULL, d, "PREFIX ncg: <http://example.org/other#>\n"
	              "ASK { ?m a ncg:Meeting }", "false");
	/* a name that merely ends in "prefix" is no declaration */
	assert_answer(NULL, d, "SELECT (COUNT(*) AS ?n) WHERE { ?m a ncg:Meeting . "
	              "OPTIONAL { ?m ex:noprefix ?x } }", "2");
	ncg_dataset_free(d);
}

/* (the dataset made first: a second Redland world, which Redland 1.0.17
 * gives no sqlite storage unless the store registers it) */
Test(store, embedded_load_replace_rollback)
{
	char path[256];
	ncg_store *s;
	ncg_dataset *d = graphs_from(QUADS), *d2;
	const char *again = "<" ID "meeting/m-9> " TYPE " <" NCG "Meeting> <" ID "statement/bb> .\n";
	ncg_error err;

	snprintf(path, sizeof path, "%s/a/store", dir);
	cr_assert_eq(ncg_store_open(&s, path, 0, &err), NCG_ERR_IO);
	cr_assert(strstr(err.message, "no store"), "%s", err.message);
	cr_assert_eq(ncg_store_open(&s, path, 1, &err), NCG_OK, "%s", err.message);
	cr_assert_not(ncg_store_is_remote(s));
	cr_assert_eq(ncg_store_put(s, d, &err), NCG_ERR_INTERNAL);   /* not begun */
	cr_assert_eq(ncg_store_begin(s, &err), NCG_OK);
	cr_assert_eq(ncg_store_put(s, d, &err), NCG_OK, "%s", err.message);
	cr_assert_eq(ncg_store_commit(s, &err), NCG_OK);
	assert_answer(s, NULL, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "4");
	/* the default graph is the graphs' merge: a triple both state, once */
	assert_answer(s, NULL, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "3");

	/* the same again: nothing more */
	cr_assert_eq(ncg_store_begin(s, &err), NCG_OK);
	cr_assert_eq(ncg_store_put(s, d, &err), NCG_OK);
	cr_assert_eq(ncg_store_commit(s, &err), NCG_OK);
	assert_answer(s, NULL, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "4");

	/* replacing bb leaves aa and the triple both held */
	d2 = graphs_from(again);
	cr_assert_eq(ncg_store_begin(s, &err), NCG_OK);
	cr_assert_eq(ncg_store_put(s, d2, &err), NCG_OK);
	cr_assert_eq(ncg_store_commit(s, &err), NCG_OK);
	assert_answer(s, NULL, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" ID "statement/bb> "
	              "{ ?s ?p ?o } }", "1");
	assert_answer(s, NULL, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" ID "statement/aa> "
	              "{ ?s ?p ?o } }", "2");
	assert_answer(s, NULL, "ASK { <" ID "meeting/m-2> ?p ?o }", "false");
	assert_answer(s, NULL, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "3");

	/* rolled back: as it was */
	cr_assert_eq(ncg_store_begin(s, &err), NCG_OK);
	cr_assert_eq(ncg_store_put(s, d, &err), NCG_OK);
	cr_assert_eq(ncg_store_rollback(s), NCG_OK);
	assert_answer(s, NULL, "ASK { <" ID "meeting/m-2> ?p ?o }", "false");
	/* closed during a load: rolled back too */
	cr_assert_eq(ncg_store_begin(s, &err), NCG_OK);
	cr_assert_eq(ncg_store_put(s, d, &err), NCG_OK);
	ncg_store_close(s);
	cr_assert_eq(ncg_store_open(&s, path, 0, &err), NCG_OK);
	assert_answer(s, NULL, "ASK { <" ID "meeting/m-2> ?p ?o }", "false");
	assert_answer(s, NULL, "ASK { <" ID "meeting/m-9> ?p ?o }", "true");
	ncg_store_close(s);
	ncg_dataset_free(d2);
	ncg_dataset_free(d);
}

Test(store, a_store_made_and_closed_before_any_load_is_removed)
{
	char path[256], top[256];
	struct stat sb;
	ncg_store *s;
	ncg_error err;

	snprintf(top, sizeof top, "%s/unused", dir);
	snprintf(path, sizeof path, "%s/unused/st", dir);
	cr_assert_eq(ncg_store_open(&s, path, 1, &err), NCG_OK, "%s", err.message);
	cr_assert_eq(stat(path, &sb), 0, "made on opening");
	ncg_store_close(s);
	cr_assert_neq(stat(top, &sb), 0, "nothing committed: gone with its folders");
	cr_assert_eq(stat(dir, &sb), 0, "folders that were there stay");
}

Test(store, a_store_made_by_a_failed_load_is_removed)
{
	char path[256], top[256];
	struct stat sb;
	ncg_store *s;
	ncg_dataset *d = graphs_from(QUADS);
	ncg_error err;

	snprintf(top, sizeof top, "%s/new", dir);
	snprintf(path, sizeof path, "%s/new/er", dir);
	cr_assert_eq(ncg_store_open(&s, path, 1, &err), NCG_OK);
	cr_assert_eq(ncg_store_begin(s, &err), NCG_OK);
	cr_assert_eq(ncg_store_put(s, d, &err), NCG_OK);
	cr_assert_eq(ncg_store_rollback(s), NCG_OK);
	cr_assert_neq(stat(top, &sb), 0, "the folders made for it are gone");
	cr_assert_eq(stat(dir, &sb), 0, "folders that were there stay");
	cr_assert_eq(ncg_store_begin(s, &err), NCG_ERR_IO);
	ncg_store_close(s);
	ncg_dataset_free(d);
}

Test(store, specs)
{
	ncg_store *s;
	ncg_error err;
	char file[256];
	FILE *f;

	cr_assert_eq(ncg_store_open(&s, "http://example.org/sparql", 1, &err), NCG_ERR_USAGE);
	cr_assert_null(s);
	cr_assert_eq(ncg_store_open(&s, "gsp:http://example.org/gsp", 1, &err), NCG_ERR_USAGE);
	cr_assert_eq(ncg_store_open(&s, "gsp:ftp://x/a,ftp://x/b", 1, &err), NCG_ERR_USAGE);
	cr_assert_eq(ncg_store_open(&s, "", 1, &err), NCG_ERR_USAGE);
	snprintf(file, sizeof file, "%s/plain", dir);
	f = fopen(file, "w");
	cr_assert_not_null(f);
	fclose(f);
	cr_assert_eq(ncg_store_open(&s, file, 1, &err), NCG_ERR_IO);
	cr_assert(strstr(err.message, "not a folder"), "%s", err.message);
	cr_assert_eq(ncg_store_open(&s, "virtuoso:http://127.0.0.1:1/", 0, &err), NCG_OK);
	cr_assert(ncg_store_is_remote(s));
	ncg_store_close(s);
}

Test(store, default_spec)
{
	char *spec;
	ncg_error err;

	setenv("NCGKG_STORE", "/somewhere/store", 1);
	cr_assert_eq(ncg_store_default_spec(&spec, &err), NCG_OK);
	cr_assert_str_eq(spec, "/somewhere/store");
	free(spec);
	unsetenv("NCGKG_STORE");
	setenv("XDG_DATA_HOME", "/xdg", 1);
	cr_assert_eq(ncg_store_default_spec(&spec, &err), NCG_OK);
	cr_assert_str_eq(spec, "/xdg/ncgkg/store");
	free(spec);
	setenv("XDG_DATA_HOME", "relative", 1);     /* ignored, as the XDG spec says */
	setenv("HOME", "/home/u", 1);
	cr_assert_eq(ncg_store_default_spec(&spec, &err), NCG_OK);
	cr_assert_str_eq(spec, "/home/u/.local/share/ncgkg/store");
	free(spec);
	unsetenv("HOME");
	cr_assert_eq(ncg_store_default_spec(&spec, &err), NCG_ERR_USAGE);
	cr_assert_null(spec);
	cr_assert(strstr(err.message, "HOME"), "%s", err.message);
}

Test(store, url_building)
{
	char *u = ncg_http_url_with("http://h:8890/gsp", "graph", ID "statement/aa#x y");

	cr_assert_str_eq(u, "http://h:8890/gsp?graph=https%3A%2F%2Fw3id.org%2Fncgkg%2Fid%2F"
	                    "statement%2Faa%23x%20y");
	free(u);
	u = ncg_http_url_with("http://h/ds?default", "graph", "g");
	cr_assert_str_eq(u, "http://h/ds?default&graph=g");
	free(u);
	u = ncg_http_form("query", "SELECT * { ?s ?p \"é\" }");
	cr_assert_str_eq(u, "query=SELECT%20%2A%20%7B%20%3Fs%20%3Fp%20%22%C3%A9%22%20%7D");
	free(u);
}

/* A loopback port nothing listens on. */
static int
closed_port(void)
{
	struct sockaddr_in a;
	socklen_t len = sizeof a;
	int fd = socket(AF_INET, SOCK_STREAM, 0), port;

	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	cr_assert_eq(bind(fd, (struct sockaddr *)&a, sizeof a), 0);
	cr_assert_eq(getsockname(fd, (struct sockaddr *)&a, &len), 0);
	port = ntohs(a.sin_port);
	close(fd);
	return port;
}

Test(store, a_server_that_is_not_there)
{
	char spec[128];
	ncg_store *s;
	ncg_results *r;
	char *graph;
	ncg_error err;

	snprintf(spec, sizeof spec, "virtuoso:http://127.0.0.1:%d", closed_port());
	cr_assert_eq(ncg_store_open(&s, spec, 0, &err), NCG_OK);
	cr_assert_eq(ncg_store_query(s, "ASK {}", "q", NULL, &r, &graph, &err), NCG_ERR_IO);
	cr_assert(strstr(err.message, "http://127.0.0.1:"), "%s", err.message);
	ncg_store_close(s);
}

Test(store, a_user_without_a_password)
{
	ncg_http *h;
	ncg_http_reply reply;
	ncg_error err;

	setenv("NCGKG_STORE_USER", "dba", 1);
	unsetenv("NCGKG_STORE_PASSWORD");
	cr_assert_eq(ncg_http_new(&h, &err), NCG_OK);
	cr_assert_eq(ncg_http_request(h, "GET", "http://127.0.0.1:1/", NULL, NULL, 0, NULL,
	                              &reply, &err), NCG_ERR_USAGE);
	cr_assert(strstr(err.message, "NCGKG_STORE_PASSWORD"), "%s", err.message);
	ncg_http_free(h);
	unsetenv("NCGKG_STORE_USER");
}

Test(store, http_error_messages)
{
	ncg_http_reply r = {404, (char *)"<html><body>\n  <h1>Not found</h1> here\n</body>", 0, NULL};
	ncg_error err;

	cr_assert_eq(ncg_http_reply_error(&r, "GET", "http://h/x", &err), NCG_ERR_IO);
	cr_assert_str_eq(err.message, "GET http://h/x: HTTP 404: Not found here");
	r.status = 401;
	r.body = (char *)"";
	ncg_http_reply_error(&r, "PUT", "http://h/x", &err);
	cr_assert(strstr(err.message, "HTTP 401: credentials"), "%s", err.message);
}
