/* ncgkg: libFuzzer harness for the writers: a statement (all but the
 * first byte) is read and extracted, then written in the syntax the first
 * byte picks (Turtle, N-Triples, N-Quads, RDF/XML), and what was written
 * must read back: a writer that emits RDF its own reader rejects is a
 * finding (abort).  One input in eight is also drawn as DOT.
 * Build and run with `make fuzz` (needs clang); seeds: tests/fuzz/corpus. */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ncgkg/draw.h"
#include "ncgkg/extract.h"
#include "ncgkg/facts.h"
#include "ncgkg/lexicon.h"
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
	static ncg_lexicon *lex;
	static char path[128];
	ncg_text *t = NULL;
	ncg_doc *d = NULL;
	ncg_mentions *m = NULL;
	ncg_facts *f, *back;
	ncg_error err;
	ncg_format fmt;
	char *out = NULL;
	size_t len = 0;

	if (size < 1)
		return 0;
	if (!lex) {
		if (ncg_rdf_new(&rdf, &err) != NCG_OK)
			abort();
		lex = ncg_lexicon_new();
		if (!lex || ncg_lexicon_load_builtin(rdf, lex, &err) != NCG_OK ||
		    ncg_lexicon_index(lex, &err) != NCG_OK)
			abort();
		make_fuzz_dir();
	}
	fmt = (ncg_format)(data[0] & 3);
	f = ncg_facts_new();
	back = ncg_facts_new();
	if (!f || !back)
		abort();
	if (ncg_text_from_bytes("fuzz", data + 1, size - 1, &t, &err) == NCG_OK &&
	    ncg_doc_new(t, lex, &d, &err) == NCG_OK &&
	    ncg_recognise(d, lex, &m, &err) == NCG_OK &&
	    ncg_extract(d, m, lex, f, &err) == NCG_OK) {
		FILE *fh;

		if (ncg_rdf_serialize(rdf, f, fmt, NULL, &out, &len, &err) != NCG_OK) {
			fprintf(stderr, "serialising failed: %s\n", err.message);
			abort();
		}
		snprintf(path, sizeof path, "%s/written.%s", fuzz_dir, EXT[fmt]);
		fh = fopen(path, "wb");
		if (!fh || fwrite(out, 1, len, fh) != len)
			abort();
		fclose(fh);
		if (ncg_rdf_read_facts(rdf, path, NULL, back, &err) != NCG_OK) {
			fprintf(stderr, "the %s written does not read back: %s:%ld: %s\n",
			        EXT[fmt], err.file, err.line, err.message);
			abort();
		}
		unlink(path);
		if ((data[0] & 0x38) == 0) {
			ncg_view *v = NULL;
			char *dot = NULL;
			size_t dlen = 0;

			if (ncg_view_new(f, (data[0] & 4) ? NCG_VIEW_TIMELINE : NCG_VIEW_BODIES,
			                 NULL, &v, &err) == NCG_OK &&
			    ncg_draw(v, NCG_DRAW_DOT, &dot, &dlen, &err) == NCG_OK)
				free(dot);
			ncg_view_free(v);
		}
	}
	free(out);
	ncg_facts_free(back);
	ncg_facts_free(f);
	ncg_mentions_free(m);
	ncg_doc_free(d);
	ncg_text_free(t);
	return 0;
}
