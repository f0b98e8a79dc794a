/* ncgkg: reading exported RDF back into facts (for drawing a merged
 * export, or any RDF in ncgkg's vocabulary). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ncgkg/buf.h"
#include "ncgkg/vocab.h"
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

ncg_status
ncg_rdf_read_facts(ncg_rdf *rdf, const char *path, const char *base, ncg_facts *facts,
                   ncg_error *err)
{
	const char *syntax = parser_for(path);
	librdf_parser *parser = NULL;
	librdf_uri *uri = NULL;
	librdf_stream *stream = NULL;
	ncg_buf file_uri;
	ncg_status st = NCG_OK;
	FILE *fh;

	if (!base)
		base = NCG_ID_BASE;
	if (!syntax)
		return ncg_error_set(err, NCG_ERR_USAGE, path, 0, 0, -1,
		                     "not an RDF file name (.ttl, .nt, .nq, .rdf)");
	fh = fopen(path, "rb");
	if (!fh)
		return ncg_error_set(err, NCG_ERR_IO, path, 0, 0, -1, "cannot open");
	ncg_rdf_log_reset(rdf);
	ncg_buf_init(&file_uri);
	ncg_buf_printf(&file_uri, "file://%s", path);
	parser = librdf_new_parser(rdf->world, syntax, NULL, NULL);
	uri = file_uri.status != NCG_OK ? NULL
	                      : librdf_new_uri(rdf->world, (const unsigned char *)file_uri.data);
	if (!parser || !uri) {
		st = ncg_rdf_log_error(rdf, err, NCG_ERR_RDF, path, "cannot set up the parser");
		goto done;
	}
	stream = librdf_parser_parse_file_handle_as_stream(parser, fh, 0, uri);
	if (!stream || rdf->failed) {
		st = ncg_rdf_log_error(rdf, err, NCG_ERR_SYNTAX, path, "not valid RDF");
		goto done;
	}
	for (; !librdf_stream_end(stream); librdf_stream_next(stream)) {
		librdf_statement *s = librdf_stream_get_object(stream);
		librdf_node *ctx = librdf_stream_get_context2(stream);

		st = add_statement(facts, s, ctx, base);
		if (st != NCG_OK) {
			st = ncg_error_set(err, st, path, 0, 0, -1, "%s", ncg_strerror(st));
			break;
		}
	}
	if (st == NCG_OK && rdf->failed)
		st = ncg_rdf_log_error(rdf, err, NCG_ERR_SYNTAX, path, "not valid RDF");
done:
	if (stream)
		librdf_free_stream(stream);
	if (uri)
		librdf_free_uri(uri);
	if (parser)
		librdf_free_parser(parser);
	ncg_buf_free(&file_uri);
	fclose(fh);
	return st;
}
