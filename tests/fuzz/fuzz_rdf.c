/* ncgkg: libFuzzer harness for reading RDF back, as `graph` and `export`
 * do with an exported file: the first byte picks the syntax (Turtle,
 * N-Triples, N-Quads, RDF/XML), the rest is the file.  What is read is
 * made into both views and written again as RDF.
 * Build and run with `make fuzz` (needs clang); seeds: exports of the
 * known statements (made by `make fuzz`). */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ncgkg/facts.h"
#include "ncgkg/rdf.h"
#include "ncgkg/view.h"

/* A folder of its own for the file each input becomes (mkdtemp; removed
 * at exit), not a path of the machine's. */
static char fuzz_dir[64];

static void
remove_fuzz_dir(void)
{
	rmdir(fuzz_dir);
}

static void
make_fuzz_dir(void)
{
	const char *tmp = getenv("TMPDIR");

	snprintf(fuzz_dir, sizeof fuzz_dir, "%s/ncgkg-fuzz-XXXXXX",
	         tmp && *tmp && strlen(tmp) < 40 ? tmp : "/tmp");
	if (!mkdtemp(fuzz_dir))
		abort();
	atexit(remove_fuzz_dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const EXT[4] = {"ttl", "nt", "nq", "rdf"};
	static ncg_rdf *rdf;
	static char path[128];
	ncg_facts *f;
	ncg_view *v = NULL;
	ncg_error err;
	FILE *fh;

	if (size < 1)
		return 0;
	if (!rdf) {
		if (ncg_rdf_new(&rdf, &err) != NCG_OK)
			abort();
		make_fuzz_dir();
	}
	snprintf(path, sizeof path, "%s/input.%s", fuzz_dir, EXT[data[0] & 3]);
	fh = fopen(path, "wb");
	if (!fh)
		abort();
	if (size > 1 && fwrite(data + 1, 1, size - 1, fh) != size - 1)
		abort();
	fclose(fh);
	f = ncg_facts_new();
	if (!f)
		abort();
	if (ncg_rdf_read_facts(rdf, path, NULL, f, &err) == NCG_OK) {
		char *out = NULL;
		size_t len = 0;

		if (ncg_view_new(f, (data[0] & 4) ? NCG_VIEW_TIMELINE : NCG_VIEW_BODIES, NULL,
		                 &v, &err) == NCG_OK)
			ncg_view_free(v);
		/* what was read must be writable again (export converts RDF) */
		if (ncg_rdf_serialize(rdf, f, (ncg_format)((data[0] >> 3) & 3), NULL, &out,
		                      &len, &err) != NCG_OK) {
			fprintf(stderr, "read, but cannot be written again: %s\n", err.message);
			abort();
		}
		free(out);
	}
	ncg_facts_free(f);
	unlink(path);
	return 0;
}
