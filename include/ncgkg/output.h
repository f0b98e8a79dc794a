/* ncgkg: writing results without harming what the user points at.
 *
 * An output is opened, written through a FILE *, then committed or
 * aborted.  Where it goes depends on what the path names:
 *
 *  - NULL or "-": standard output, written through.
 *  - a regular file, or nothing yet: a temporary file in the same folder
 *    (".NAME.ncgkg-tmp.PID.XXXXXX"), flushed, synced, then renamed over
 *    the path on commit, so that a failure never leaves a half-written
 *    file nor clobbers a good one.  An existing file keeps its mode (and
 *    its owner and group where the system permits).
 *  - a symbolic link: followed to its real target, which is replaced as
 *    above; the link stays a link.
 *  - anything else (a device, a FIFO, a terminal): written through, never
 *    replaced.
 *  - a directory, or a file that is one of the inputs (same device and
 *    inode; "-" among the inputs is standard input): refused.
 *
 * While a temporary file exists, SIGINT, SIGTERM and SIGHUP remove it
 * before the process dies of the signal (an ignored signal stays
 * ignored).  Opening an output also removes stale temporary files of the
 * same name left by runs whose process is gone (killed with SIGKILL, a
 * crash, a power cut).
 *
 * Ownership: ncg_output_open allocates; ncg_output_commit and
 * ncg_output_abort release the output whatever their outcome, and
 * ncg_output_abort(NULL) is a no-op.  The FILE * belongs to the output:
 * never fclose it.
 */
#ifndef NCGKG_OUTPUT_H
#define NCGKG_OUTPUT_H

#include <stddef.h>
#include <stdio.h>

#include "ncgkg/status.h"

typedef struct ncg_output ncg_output;

/* Open the output `path` for a run that reads `inputs` (ninputs paths,
 * "-" for standard input; may be NULL when ninputs is 0).  Errors:
 * NCG_ERR_USAGE when path is one of the inputs; NCG_ERR_IO when it is a
 * directory or cannot be opened or created; NCG_ERR_NOMEM.  Opening a FIFO
 * waits for a reader, as a shell redirection does. */
ncg_status ncg_output_open(const char *path, const char *const *inputs,
                           size_t ninputs, ncg_output **out, ncg_error *err);

/* Where to write.  Write errors are kept by the stream and reported by
 * ncg_output_commit. */
FILE *ncg_output_file(ncg_output *o);

/* The name used in messages: the path as given, or "<stdout>". */
const char *ncg_output_name(const ncg_output *o);

/* The size of the stream's own buffer (a write(2) each that many bytes);
 * 0: stdio's default (standard output to a terminal, memory short). */
size_t ncg_output_buffer_size(const ncg_output *o);

/* Flush and finish: for a replaced file, sync and rename the temporary
 * over the target.  On failure nothing is replaced and the temporary is
 * removed (what was written through to a device or standard output
 * stays written).  Frees o. */
ncg_status ncg_output_commit(ncg_output *o, ncg_error *err);

/* Give up: remove the temporary file, if any; frees o. */
void ncg_output_abort(ncg_output *o);

/* The whole result at once: open (no inputs to check), write, commit. */
ncg_status ncg_output_write(const char *path, const void *data, size_t len,
                            ncg_error *err);

#endif
