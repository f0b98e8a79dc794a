/* ncgkg: drawing a view with Graphviz (libcgraph + libgvc).
 *
 * The only module that includes <gvc.h>.  A view becomes a cgraph graph
 * (clusters per state, a legend, tooltips with the source sentence, links
 * to the entities' IRIs), laid out with dot and rendered to SVG or PNG, or
 * written as DOT.  The dot layout and core (SVG, DOT) plugins are linked
 * into ncgkg and preloaded, so no plugin configuration file is needed; PNG
 * uses the cairo (pango) plugin when it is linked in too.
 *
 * Ownership: *out is the caller's, freed with free().
 */
#ifndef NCGKG_DRAW_H
#define NCGKG_DRAW_H

#include <stddef.h>

#include "ncgkg/status.h"
#include "ncgkg/view.h"

typedef enum { NCG_DRAW_SVG, NCG_DRAW_PNG, NCG_DRAW_DOT } ncg_draw_format;

/* "svg", "png", "dot" (or "gv") to a format in *out; NCG_ERR_USAGE when
 * unknown. */
ncg_status ncg_draw_format_parse(const char *name, ncg_draw_format *out);

ncg_status ncg_draw(const ncg_view *view, ncg_draw_format fmt, char **out,
                    size_t *len, ncg_error *err);

#endif
