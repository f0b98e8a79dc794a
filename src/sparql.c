/* ncgkg: SPARQL on Redland models (rasqal): prefixes declared, answers
 * as result sets, syntax errors placed at their line and column. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ncgkg/buf.h"
#include "store_internal.h"

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

/* Does the query name graphs (GRAPH, FROM, FROM NAMED)?  The keywords are
 * looked for outside comments and IRIs; a string that holds one of them
 * only makes the answer "yes", which is always safe. */
int
ncg_sparql_names_graphs(const char *query)
{
	for (const char *c = query; *c; c++) {
		if (*c == '#') {                              /* a comment */
			c += strcspn(c, "\n");
			if (!*c)
				break;
		} else if (*c == '<' && c[1] && !strchr(" \t\r\n=", c[1])) {
			size_t n = strcspn(c + 1, "> \t\r\n");   /* an IRI */

			if (c[1 + n] == '>')
				c += n + 1;
		} else if ((c == query || !(isalnum((unsigned char)c[-1]) || c[-1] == '_' ||
		                            c[-1] == ':' || c[-1] == '?' || c[-1] == '$')) &&
		           ((strncasecmp(c, "GRAPH", 5) == 0 &&
		             !(isalnum((unsigned char)c[5]) || c[5] == '_' || c[5] == ':')) ||
		            (strncasecmp(c, "FROM", 4) == 0 &&
		             !(isalnum((unsigned char)c[4]) || c[4] == '_' || c[4] == ':')))) {
			return 1;
		}
	}
	return 0;
}

/* The prologue: every prefix on one line, so that line numbers in the
 * query shift by exactly one. */
char *
ncg_sparql_with_prologue(const char *query, const char *const *prefixes)
{
	ncg_buf b;

	ncg_buf_init(&b);
	for (size_t i = 0; prefixes && prefixes[i]; i += 2)
		if (!declares(query, prefixes[i]))
			ncg_buf_printf(&b, "PREFIX %s: <%s> ", prefixes[i], prefixes[i + 1]);
	ncg_buf_putc(&b, '\n');
	ncg_buf_puts(&b, query);
	if (b.status != NCG_OK) {
		ncg_buf_free(&b);
		return NULL;
	}
	return ncg_buf_take(&b);
}

/* Run a query on a model; NULL results with w->failed on error. */
static librdf_query_results *
run_query(ncg_world *w, librdf_model *m, const char *text, librdf_query **q)
{
	ncg_world_reset(w);
	*q = librdf_new_query(w->world, "sparql", NULL, (const unsigned char *)text, NULL);
	if (!*q)
		return NULL;
	return librdf_model_query_execute(m, *q);
}

/* Does this prefix of a query parse as the start of a query?  (rasqal
 * then fails only for want of more text.) */
static int
viable_prefix(ncg_world *w, librdf_model *empty, const char *prologue_query, size_t len)
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
const char *
ncg_sparql_line_start(const char *text, long line)
{
	for (long l = 1; l < line; l++) {
		text = strchr(text, '\n');
		if (!text)
			return NULL;
		text++;
	}
	return text;
}

long
ncg_sparql_column_of(const char *line, const char *at)
{
	long col = 1;

	for (const char *c = line; c < at; c++)
		if (((unsigned char)*c & 0xC0) != 0x80)
			col++;
	return col;
}

/* The query stops short: the error is after its last character. */
static void
error_at_end(const char *text, long *line, long *col)
{
	const char *end = text + strlen(text), *ls, *c;

	while (end > text && strchr(" \t\r\n", end[-1]))
		end--;
	*line = 1;
	for (c = text; c < end; c++)
		if (*c == '\n')
			(*line)++;
	ls = end;
	while (ls > text && ls[-1] != '\n')
		ls--;
	*col = ncg_sparql_column_of(ls, end);
}

/* The word the message quotes, looked for on the error's line (if known,
 * else in the whole text); 1 when found and placed. */
static int
error_at_quoted(const char *text, const char *message, long *line, long *col)
{
	const char *q1 = strchr(message, '"');
	const char *q2 = q1 ? strchr(q1 + 1, '"') : NULL;
	const char *ls, *c;
	char word[256];
	size_t n;

	if (!q2 || q2 <= q1 + 1 || (n = (size_t)(q2 - q1 - 1)) >= sizeof word)
		return 0;
	memcpy(word, q1 + 1, n);
	word[n] = '\0';
	ls = *line > 0 ? ncg_sparql_line_start(text, *line) : NULL;
	c = strstr(ls ? ls : text, word);
	if (!c)
		return 0;
	if (!ls) {
		*line = 1;
		for (const char *p = text; p < c; p++)
			if (*p == '\n')
				(*line)++;
	}
	ls = c;
	while (ls > text && ls[-1] != '\n')
		ls--;
	*col = ncg_sparql_column_of(ls, c);
	return 1;
}

/* The first word of line ls whose addition makes the query stop being a
 * viable start of one, strings and comments skipped; else the line's
 * first non-blank. */
static void
error_in_line(ncg_world *w, librdf_model *empty, const char *query,
              const char *text, const char *ls, long *col)
{
	const char *c;
	int in_string = 0;

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
			*col = ncg_sparql_column_of(ls, word);
			return;
		}
	}
	for (c = ls; *c == ' ' || *c == '\t'; c++)
		;
	*col = ncg_sparql_column_of(ls, c);
}

/* Find the column of a syntax error that rasqal places on a line only.
 * A quoted name in its message is looked for on that line; otherwise the
 * error is in the first word of the line whose addition makes the query
 * text stop being a viable start of a query. */
static void
locate_error(ncg_world *w, librdf_model *empty, const char *query, size_t offset,
             long *line, long *col, const char *message)
{
	const char *text = query + offset;    /* after the prologue */
	const char *ls;

	*col = 0;
	if (strstr(message, "$end")) {
		error_at_end(text, line, col);
		return;
	}
	if (error_at_quoted(text, message, line, col))
		return;
	if (*line <= 0 || !(ls = ncg_sparql_line_start(text, *line)))
		return;
	error_in_line(w, empty, query, text, ls, col);
}

/* Past the string that opens at c with its quote, backslash escapes
 * inside, or at its text's end. */
static const char *
past_string(const char *c)
{
	char quote = *c++;

	while (*c && *c != quote)
		c += *c == '\\' && c[1] ? 2 : 1;
	return *c ? c + 1 : c;
}

/* (*vars)[n] = a copy of s[0, len), the array grown by one; 0 when out
 * of memory (*vars then holds the n before, maybe moved). */
static int
push_var(char ***vars, size_t n, const char *s, size_t len)
{
	char **grown = realloc(*vars, (n + 1) * sizeof **vars);

	if (!grown)
		return 0;
	*vars = grown;
	return (grown[n] = strndup(s, len)) != NULL;
}

/* The variables a SELECT projects, read from its text: rasqal names none
 * when there is no row.  Comments, strings and IRIs are skipped; `?x` at
 * the top level and `AS ?x` in parentheses count, up to the WHERE clause
 * (or FROM, or '{').  Names are copied into `out`, their count into
 * *nout; 0 when out of memory (*out then holds the names copied). */
static int
projection(const char *q, char ***out, size_t *nout)
{
	const char *c = q;
	size_t n = 0, depth = 0;
	int in_select = 0, after_as = 0, ok = 1;
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
			c = past_string(c);
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
				if (!push_var(&vars, n, c + 1, len)) {
					ok = 0;
					break;
				}
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
	*nout = n;
	return ok;
}

/* A CONSTRUCT's or DESCRIBE's triples as N-Triples text into *graph. */
static ncg_status
collect_graph(ncg_world *w, librdf_query_results *r, char **graph,
              const char *name, ncg_error *err)
{
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
		return w->failed ? ncg_world_error(w, err, NCG_ERR_RDF, name, "query failed")
		                 : ncg_store_nomem(err);
	return NCG_OK;
}

/* A SELECT with no row: rasqal names no variable, the query's text does. */
static ncg_status
collect_empty(const char *query, ncg_results **results, ncg_error *err)
{
	char **names = NULL;
	size_t n = 0;
	ncg_status st = projection(query, &names, &n)
	                ? ncg_results_new(results, (const char *const *)names, n, err)
	                : ncg_store_nomem(err);

	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return st;
}

/* Every row of r into results; row and nodes hold nv items each. */
static ncg_status
collect_rows(ncg_world *w, librdf_query_results *r, int nv, ncg_term *row,
             librdf_node **nodes, ncg_results *results, const char *name,
             ncg_error *err)
{
	ncg_status st;

	while (!librdf_query_results_finished(r)) {
		for (int i = 0; i < nv; i++) {
			nodes[i] = librdf_query_results_get_binding_value(r, i);
			ncg_term_of(nodes[i], &row[i]);
		}
		st = ncg_results_add_row(results, row, err);
		for (int i = 0; i < nv; i++)
			if (nodes[i])
				librdf_free_node(nodes[i]);
		if (st != NCG_OK)
			return st;
		librdf_query_results_next(r);
	}
	if (w->failed)
		return ncg_world_error(w, err, NCG_ERR_RDF, name, "query failed");
	return NCG_OK;
}

/* A SELECT's variables and rows into *results. */
static ncg_status
collect_bindings(ncg_world *w, librdf_query_results *r, const char *query,
                 ncg_results **results, const char *name, ncg_error *err)
{
	ncg_status st;
	int nv = librdf_query_results_get_bindings_count(r);
	const char **vars = calloc((size_t)(nv > 0 ? nv : 0) + 1, sizeof *vars);
	ncg_term *row = calloc((size_t)(nv > 0 ? nv : 0) + 1, sizeof *row);
	librdf_node **nodes = calloc((size_t)(nv > 0 ? nv : 0) + 1, sizeof *nodes);

	if (!vars || !row || !nodes) {
		st = ncg_store_nomem(err);
		goto done;
	}
	for (int i = 0; i < nv; i++)
		vars[i] = librdf_query_results_get_binding_name(r, i);
	if (nv <= 0 && librdf_query_results_finished(r))
		st = collect_empty(query, results, err);
	else if ((st = ncg_results_new(results, vars, (size_t)nv, err)) == NCG_OK)
		st = collect_rows(w, r, nv, row, nodes, *results, name, err);
done:
	if (st != NCG_OK) {
		ncg_results_free(*results);
		*results = NULL;
	}
	free(vars);
	free(row);
	free(nodes);
	return st;
}

static ncg_status
collect(ncg_world *w, librdf_query_results *r, const char *query,
        ncg_results **results, char **graph, const char *name, ncg_error *err)
{
	if (librdf_query_results_is_boolean(r)) {
		int b = librdf_query_results_get_boolean(r);

		if (b < 0)
			return ncg_world_error(w, err, NCG_ERR_RDF, name, "query failed");
		return ncg_results_new_boolean(results, b > 0, err);
	}
	if (librdf_query_results_is_graph(r))
		return collect_graph(w, r, graph, name, err);
	return collect_bindings(w, r, query, results, name, err);
}

/* Answer a query from a Redland model. */
ncg_status
ncg_model_query(ncg_world *w, librdf_model *m, const char *query, const char *name,
            const char *const *prefixes, ncg_results **results, char **graph,
            ncg_error *err)
{
	char *text = ncg_sparql_with_prologue(query, prefixes);
	librdf_query *q = NULL;
	librdf_query_results *r;
	ncg_status st;

	*results = NULL;
	*graph = NULL;
	if (!text)
		return ncg_store_nomem(err);
	r = run_query(w, m, text, &q);
	if (!r) {
		char message[512];
		long line = w->line > 1 ? w->line - 1 : 0, col = 0;
		librdf_model *empty = ncg_memory_model(w);

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
		return ncg_model_query(&d->w, d->graphs[0].model, query, name, prefixes,
		                   results, graph, err);
	/* no data, or several graphs: ask their union */
	m = ncg_memory_model(&d->w);
	if (!m)
		return ncg_world_error(&d->w, err, NCG_ERR_RDF, "", "cannot create an RDF model");
	for (size_t i = 0; i < d->n; i++)
		if (ncg_copy_model(m, d->graphs[i].model) != 0) {
			librdf_free_model(m);
			return ncg_world_error(&d->w, err, NCG_ERR_RDF, "", "cannot merge graphs");
		}
	st = ncg_model_query(&d->w, m, query, name, prefixes, results, graph, err);
	librdf_free_model(m);
	return st;
}

/* SELECT, ASK, CONSTRUCT or DESCRIBE: the first such word outside
 * comments, IRIs and strings. */
const char *
ncg_sparql_form(const char *q)
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

