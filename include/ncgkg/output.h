/* ncgkg: writing results safely.
 *
 * ncg_output_write writes a whole result at once: to standard output when
 * path is NULL or "-", else atomically (a temporary file in the same
 * folder, flushed and synced, then renamed over `path`), so that an error
 * never leaves a half-written file nor clobbers a good one.
 */
#ifndef NCGKG_OUTPUT_H
#define NCGKG_OUTPUT_H

#include <stddef.h>

#include "ncgkg/status.h"

ncg_status ncg_output_write(const char *path, const void *data, size_t len,
                            ncg_error *err);

#endif
