/* ncgkg: the store module's Redland worlds and models: messages become
 * ncg_errors; models in memory; terms out of nodes. */
#include "config.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"

/* ---- a Redland ncg_world whose messages become ncg_errors --------------------- */

static int
log_handler(void *user, librdf_log_message *msg)
{
	ncg_world *w = user;
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

ncg_status
ncg_world_open(ncg_world *w, ncg_error *err)
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

/* Redland 1.0.17 loads its storage modules into the first ncg_world of a
 * process only: a ncg_world made while another exists has no "sqlite"
 * storage.  Register the module with such a ncg_world ourselves.  (The module
 * stays loaded: the world's factory points into it.) */
void
ncg_world_ensure_sqlite(ncg_world *w)
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

void
ncg_world_close(ncg_world *w)
{
	if (w->world)
		librdf_free_world(w->world);
	w->world = NULL;
}

void
ncg_world_reset(ncg_world *w)
{
	w->failed = 0;
	w->line = w->col = 0;
	w->message[0] = '\0';
}

ncg_status
ncg_world_error(ncg_world *w, ncg_error *err, ncg_status st, const char *file, const char *what)
{
	if (w->failed)
		return ncg_error_set(err, st, file, w->line > 0 ? w->line : 0,
		                     w->col > 0 ? w->col : 0, -1, "%s: %s", what, w->message);
	return ncg_error_set(err, st, file, 0, 0, -1, "%s", what);
}

ncg_status
ncg_store_nomem(ncg_error *err)
{
	return ncg_error_set(err, NCG_ERR_NOMEM, "", 0, 0, -1, "out of memory");
}

/* A model in memory that holds each triple once. */
librdf_model *
ncg_memory_model(ncg_world *w)
{
	librdf_storage *st = librdf_new_storage(w->world, "hashes", "ncgkg",
	                                        "hash-type='memory',index-predicates='yes'");
	librdf_model *m = st ? librdf_new_model(w->world, st, NULL) : NULL;

	if (st)
		librdf_free_storage(st);      /* the model holds a reference */
	return m;
}

ncg_status
ncg_copy_model(librdf_model *to, librdf_model *from)
{
	librdf_stream *s = librdf_model_as_stream(from);
	ncg_status st = NCG_OK;

	if (!s)
		return NCG_ERR_RDF;
	for (; st == NCG_OK && !librdf_stream_end(s); librdf_stream_next(s))
		if (librdf_model_add_statement(to, librdf_stream_get_object(s)) != 0)
			st = NCG_ERR_RDF;
	librdf_free_stream(s);
	return st;
}

size_t
ncg_model_size(librdf_model *m)
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

void
ncg_term_of(librdf_node *n, ncg_term *t)
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

ncg_status
ncg_serialize_ntriples(ncg_world *w, librdf_model *m, char **out, size_t *len, ncg_error *err)
{
	librdf_serializer *ser = librdf_new_serializer(w->world, "ntriples", NULL, NULL);
	unsigned char *text = NULL;

	*out = NULL;
	*len = 0;
	ncg_world_reset(w);
	if (ser)
		text = librdf_serializer_serialize_model_to_counted_string(ser, NULL, m, len);
	if (ser)
		librdf_free_serializer(ser);
	if (!text)
		return ncg_world_error(w, err, NCG_ERR_RDF, "", "cannot write N-Triples");
	*out = strndup((const char *)text, *len);
	librdf_free_memory(text);
	return *out ? NCG_OK : ncg_store_nomem(err);
}

