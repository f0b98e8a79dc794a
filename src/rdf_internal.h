/* ncgkg: what the RDF modules (rdf*.c, lexicon_rdf.c) share.  Includes
 * <redland.h>; nothing outside the RDF modules includes this. */
#ifndef NCGKG_RDF_INTERNAL_H
#define NCGKG_RDF_INTERNAL_H

#include <redland.h>

#include "ncgkg/rdf.h"

struct ncg_rdf {
	librdf_world *world;
	/* the first error logged since ncg_rdf_log_reset */
	int failed;
	long line, col;
	char message[512];
};

void ncg_rdf_log_reset(ncg_rdf *rdf);

/* Turn a logged Redland error into an ncg_error about `file`. */
ncg_status ncg_rdf_log_error(ncg_rdf *rdf, ncg_error *err, ncg_status st,
                             const char *file, const char *what);

#endif
