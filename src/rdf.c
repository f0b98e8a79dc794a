/* ncgkg: a Redland world with ncgkg's logger. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "rdf_internal.h"

static int
log_handler(void *user, librdf_log_message *msg)
{
	ncg_rdf *rdf = user;
	raptor_locator *loc;

	if (librdf_log_message_level(msg) < LIBRDF_LOG_ERROR)
		return 1;                     /* warnings are not failures */
	if (rdf->failed)
		return 1;
	rdf->failed = 1;
	loc = librdf_log_message_locator(msg);
	rdf->line = loc ? raptor_locator_line(loc) : 0;
	rdf->col = loc ? raptor_locator_column(loc) : 0;
	snprintf(rdf->message, sizeof rdf->message, "%s",
	         librdf_log_message_message(msg) ? librdf_log_message_message(msg)
	                                         : "unknown error");
	return 1;
}

ncg_status
ncg_rdf_new(ncg_rdf **out, ncg_error *err)
{
	ncg_rdf *rdf = calloc(1, sizeof *rdf);

	*out = NULL;
	if (!rdf)
		return ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
	rdf->world = librdf_new_world();
	if (!rdf->world) {
		free(rdf);
		return ncg_error_set(err, NCG_ERR_RDF, "", 0, 0, -1,
		                     "cannot create a Redland world");
	}
	librdf_world_set_logger(rdf->world, rdf, log_handler);
	librdf_world_open(rdf->world);
	*out = rdf;
	return NCG_OK;
}

void
ncg_rdf_free(ncg_rdf *rdf)
{
	if (!rdf)
		return;
	librdf_free_world(rdf->world);
	free(rdf);
}

void
ncg_rdf_log_reset(ncg_rdf *rdf)
{
	rdf->failed = 0;
	rdf->line = rdf->col = 0;
	rdf->message[0] = '\0';
}

ncg_status
ncg_rdf_log_error(ncg_rdf *rdf, ncg_error *err, ncg_status st, const char *file,
                  const char *what)
{
	if (rdf->failed)
		return ncg_error_set(err, st, file, rdf->line > 0 ? rdf->line : 0,
		                     rdf->col > 0 ? rdf->col : 0, -1, "%s: %s", what,
		                     rdf->message);
	return ncg_error_set(err, st, file, 0, 0, -1, "%s", what);
}

static const char *const FORMAT_NAMES[NCG_FMT__COUNT] = {
	"turtle", "ntriples", "nquads", "rdfxml"
};

ncg_status
ncg_format_parse(const char *name, ncg_format *out)
{
	static const struct {
		const char *name;
		ncg_format fmt;
	} alias[] = {
		{"turtle", NCG_FMT_TURTLE}, {"ttl", NCG_FMT_TURTLE},
		{"ntriples", NCG_FMT_NTRIPLES}, {"nt", NCG_FMT_NTRIPLES},
		{"n-triples", NCG_FMT_NTRIPLES},
		{"nquads", NCG_FMT_NQUADS}, {"nq", NCG_FMT_NQUADS},
		{"n-quads", NCG_FMT_NQUADS},
		{"rdfxml", NCG_FMT_RDFXML}, {"rdf/xml", NCG_FMT_RDFXML},
		{"xml", NCG_FMT_RDFXML}, {"rdf", NCG_FMT_RDFXML},
	};

	for (size_t i = 0; i < sizeof alias / sizeof alias[0]; i++)
		if (strcmp(name, alias[i].name) == 0) {
			*out = alias[i].fmt;
			return NCG_OK;
		}
	return NCG_ERR_USAGE;
}

const char *
ncg_format_name(ncg_format fmt)
{
	return (unsigned)fmt < NCG_FMT__COUNT ? FORMAT_NAMES[fmt] : "?";
}
