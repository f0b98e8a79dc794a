/* ncgkg: reading exported RDF back into facts (for drawing a merged
 * export, or any RDF in ncgkg's vocabulary). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "ncgkg/buf.h"
#include "ncgkg/vocab.h"
#include "ncgkg/text.h"
#include "rdf_internal.h"

static const struct {
	const char *ext;
	const char *parser;
} SYNTAX[] = {
	{".ttl", "turtle"}, {".turtle", "turtle"}, {".nt", "ntriples"},
	{".nq", "nquads"}, {".rdf", "rdfxml"}, {".owl", "rdfxml"}, {".xml", "rdfxml"},
};

static const char *
parser_for(const char *path)
{
	size_t n = strlen(path);

	for (size_t i = 0; i < sizeof SYNTAX / sizeof SYNTAX[0]; i++) {
		size_t e = strlen(SYNTAX[i].ext);

		if (n > e && strcasecmp(path + n - e, SYNTAX[i].ext) == 0)
			return SYNTAX[i].parser;
	}
	return NULL;
}

int
ncg_rdf_path_is_rdf(const char *path)
{
	return parser_for(path) != NULL;
}

static const char *
key_of(librdf_node *n, const char *base)
{
	const char *iri;
	size_t bl = strlen(base);

	if (!librdf_node_is_resource(n))
		return NULL;
	iri = (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
	return strncmp(iri, base, bl) == 0 && iri[bl] ? iri + bl : iri;
}

/* The property with this IRI in *out; 0 when ncgkg has none. */
static int
prop_of(const char *iri, ncg_prop *out)
{
	for (int p = 0; p < NCG_P__COUNT; p++)
		if (strcmp(ncg_prop_iri((ncg_prop)p), iri) == 0) {
			*out = (ncg_prop)p;
			return 1;
		}
	return 0;
}

/* The class with this IRI in *out; 0 when ncgkg has none. */
static int
class_of(const char *iri, ncg_class *out)
{
	for (int c = 0; c < NCG_C__COUNT; c++)
		if (strcmp(ncg_class_iri((ncg_class)c), iri) == 0) {
			*out = (ncg_class)c;
			return 1;
		}
	return 0;
}

static ncg_datatype
datatype_of(librdf_node *lit)
{
	librdf_uri *u = librdf_node_get_literal_value_datatype_uri(lit);
	const char *iri = u ? (const char *)librdf_uri_as_string(u) : NULL;
	const char *lang = librdf_node_get_literal_value_language(lit);

	/* "..."@en, "..."@ko (other languages are read as plain strings) */
	if (lang && ncg_datatype_of_lang(lang) >= 0)
		return (ncg_datatype)(unsigned)ncg_datatype_of_lang(lang);

	for (int d = 0; iri && d < NCG_DT__COUNT; d++)
		if (ncg_datatype_iri((ncg_datatype)d) && strcmp(ncg_datatype_iri((ncg_datatype)d), iri) == 0)
			return (ncg_datatype)d;
	return NCG_DT_STRING;
}

/* Add one statement as a fact; unknown terms are skipped. */
static ncg_status
add_statement(ncg_facts *f, librdf_statement *st, librdf_node *ctx, const char *base)
{
	librdf_node *sn = librdf_statement_get_subject(st);
	librdf_node *pn = librdf_statement_get_predicate(st);
	librdf_node *on = librdf_statement_get_object(st);
	const char *s = key_of(sn, base), *g = ctx ? key_of(ctx, base) : NULL;
	ncg_prop p;

	if (!s || !librdf_node_is_resource(pn))
		return NCG_OK;
	if (!g)
		g = "input";
	if (!prop_of((const char *)librdf_uri_as_string(librdf_node_get_uri(pn)), &p) ||
	    p == NCG_P_PREF_LABEL)
		return NCG_OK;  /* prefLabel: made again from the label of concepts */
	if (p == NCG_P_TYPE) {
		ncg_class c;

		if (!librdf_node_is_resource(on) ||
		    !class_of((const char *)librdf_uri_as_string(librdf_node_get_uri(on)), &c))
			return NCG_OK;
		return ncg_facts_type(f, g, s, c);
	}
	if (librdf_node_is_literal(on)) {
		const char *v = (const char *)librdf_node_get_literal_value(on);

		if (p == NCG_P_LABEL)
			return ncg_facts_label(f, g, s, v, NCG_LABEL_LEXICON);
		return ncg_facts_literal(f, g, s, p, v, datatype_of(on));
	}
	if (librdf_node_is_resource(on))
		return ncg_facts_link(f, g, s, p, key_of(on, base));
	return NCG_OK;     /* a blank node */
}

/* What the statement handler needs. */
typedef struct {
	ncg_facts *facts;
	const char *base;
	ncg_status status;        /* the first failure to add a fact */
	raptor_parser *parser;
	char *bad_iri;            /* the first IRI no syntax can write */
	int bad_utf8;             /* a term was not UTF-8 */
	int line, col;
} read_ctx;

/* An IRI term that is not an IRI every syntax can write (raptor's RDF/XML
 * parser takes any attribute text: spaces, <>, control characters), or
 * NULL. */
static const char *
bad_iri(raptor_term *t)
{
	const char *iri;

	if (!t || t->type != RAPTOR_TERM_TYPE_URI)
		return NULL;
	iri = (const char *)raptor_uri_as_string(t->value.uri);
	return ncg_iri_is_absolute(iri) ? NULL : iri;
}

/* Is a term's text not UTF-8?  Raptor's parsers pass on bytes as they
 * come (a Turtle literal of lone lead bytes): the Turtle writer then
 * stopped in the middle of a subject, silently, and the export lost
 * facts (fuzz finding, issue 7). */
static int
not_utf8(raptor_term *t)
{
	const char *v;

	if (!t)
		return 0;
	if (t->type == RAPTOR_TERM_TYPE_URI) {
		v = (const char *)raptor_uri_as_string(t->value.uri);
		return !ncg_utf8_is_valid(v, strlen(v));
	}
	if (t->type == RAPTOR_TERM_TYPE_LITERAL)
		return !ncg_utf8_is_valid((const char *)t->value.literal.string,
		                          t->value.literal.string_len) ||
		       (t->value.literal.datatype &&
		        !ncg_utf8_is_valid((const char *)raptor_uri_as_string(
		                               t->value.literal.datatype),
		                           strlen((const char *)raptor_uri_as_string(
		                               t->value.literal.datatype))));
	return 0;
}

static void
on_statement(void *user, raptor_statement *st)
{
	read_ctx *rc = user;
	const char *bad;

	if (rc->status != NCG_OK || rc->bad_iri || rc->bad_utf8)
		return;
	if (not_utf8(st->subject) || not_utf8(st->predicate) || not_utf8(st->object) ||
	    not_utf8(st->graph)) {
		raptor_locator *loc = raptor_parser_get_locator(rc->parser);

		rc->bad_utf8 = 1;
		rc->line = loc ? raptor_locator_line(loc) : 0;
		rc->col = loc ? raptor_locator_column(loc) : 0;
		raptor_parser_parse_abort(rc->parser);
		return;
	}
	/* what ncgkg would write again must be RDF: an IRI that cannot be
	 * written is refused here (found by fuzzing: the exports did not
	 * parse) */
	bad = bad_iri(st->subject);
	if (!bad)
		bad = bad_iri(st->predicate);
	if (!bad)
		bad = bad_iri(st->object);
	if (!bad)
		bad = bad_iri(st->graph);
	if (bad) {
		raptor_locator *loc = raptor_parser_get_locator(rc->parser);

		rc->bad_iri = strdup(bad);
		if (!rc->bad_iri)
			rc->status = NCG_ERR_NOMEM;
		rc->line = loc ? raptor_locator_line(loc) : 0;
		rc->col = loc ? raptor_locator_column(loc) : 0;
		raptor_parser_parse_abort(rc->parser);
		return;
	}
	/* librdf nodes and statements are raptor's: the graph of an N-Quads
	 * statement comes along (librdf's own parsers drop it) */
	rc->status = add_statement(rc->facts, st, st->graph, rc->base);
	if (rc->status != NCG_OK)
		raptor_parser_parse_abort(rc->parser);
}

/* *fh = path opened to read, or an error naming it (a folder too) */
static ncg_status
open_rdf_file(const char *path, FILE **fh, ncg_error *err)
{
	struct stat sb;

	*fh = fopen(path, "rb");
	if (!*fh)
		return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1, "cannot open: %s",
		                     strerror(errno));
	if (fstat(fileno(*fh), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		fclose(*fh);
		*fh = NULL;
		return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1,
		                     "is a directory, not an RDF file");
	}
	return NCG_OK;
}

/* What a parse of path that returned `parsed` comes to: the first of
 * the facts' failure, the parser's, a term not UTF-8, an IRI RDF cannot
 * hold; else NCG_OK. */
static ncg_status
read_status(ncg_rdf *rdf, const read_ctx *ctx, int parsed, const char *path, ncg_error *err)
{
	size_t n;

	if (ctx->status != NCG_OK)
		return ncg_error_set(err, ctx->status, path, 0, 0, -1, "%s", ncg_strerror(ctx->status));
	if (parsed != 0 || rdf->failed)
		return ncg_rdf_log_error(rdf, err, NCG_ERR_SYNTAX, path, "not valid RDF");
	if (ctx->bad_utf8)
		return ncg_error_set(err, NCG_ERR_SYNTAX, path, ctx->line > 0 ? ctx->line : 0,
		                     ctx->col > 0 ? ctx->col : 0, -1,
		                     "a term that is not UTF-8: not valid RDF");
	if (!ctx->bad_iri)
		return NCG_OK;
	n = strlen(ctx->bad_iri);
	return ncg_error_set(err, NCG_ERR_SYNTAX, path, ctx->line > 0 ? ctx->line : 0,
	                     ctx->col > 0 ? ctx->col : 0, -1,
	                     "not an IRI RDF can hold (white space, a control "
	                     "character or one of <>\"{}|\\^`): <%.*s%s>",
	                     n > 200 ? 200 : (int)n, ctx->bad_iri, n > 200 ? "..." : "");
}

ncg_status
ncg_rdf_read_facts(ncg_rdf *rdf, const char *path, const char *base, ncg_facts *facts,
                   ncg_error *err)
{
	const char *syntax = parser_for(path);
	raptor_world *rw = librdf_world_get_raptor(rdf->world);
	raptor_parser *parser = NULL;
	raptor_uri *uri = NULL;
	ncg_buf file_uri;
	ncg_status st = NCG_OK;
	read_ctx ctx = {NULL, NULL, NCG_OK, NULL, NULL, 0, 0, 0};
	int parsed;
	FILE *fh;

	if (!base)
		base = NCG_ID_BASE;
	if (!syntax)
		return ncg_error_set(err, NCG_ERR_USAGE, path, 0, 0, -1,
		                     "not an RDF file name (.ttl, .nt, .nq, .rdf)");
	if ((st = open_rdf_file(path, &fh, err)) != NCG_OK)
		return st;
	ncg_rdf_log_reset(rdf);
	ncg_buf_init(&file_uri);
	ncg_buf_printf(&file_uri, "file://%s", path);
	parser = rw ? raptor_new_parser(rw, syntax) : NULL;
	uri = file_uri.status != NCG_OK || !rw ? NULL
	      : raptor_new_uri(rw, (const unsigned char *)file_uri.data);
	if (!parser || !uri) {
		st = ncg_rdf_log_error(rdf, err, NCG_ERR_RDF, path, "cannot set up the parser");
		goto done;
	}
	ctx.facts = facts;
	ctx.base = base;
	ctx.status = NCG_OK;
	ctx.parser = parser;
	ctx.bad_iri = NULL;
	ctx.bad_utf8 = 0;
	ctx.line = ctx.col = 0;
	raptor_parser_set_statement_handler(parser, &ctx, on_statement);
	parsed = raptor_parser_parse_file_stream(parser, fh, NULL, uri);
	st = read_status(rdf, &ctx, parsed, path, err);
done:
	free(ctx.bad_iri);
	if (uri)
		raptor_free_uri(uri);
	if (parser)
		raptor_free_parser(parser);
	ncg_buf_free(&file_uri);
	fclose(fh);
	return st;
}
