/* ncgkg: libFuzzer harness for everything that reads a statement's text:
 * reading, segmenting, recognising, extracting, and finishing the facts.
 * Build and run with `make fuzz` (needs clang); corpus: tests/fuzz/corpus. */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "ncgkg/extract.h"
#include "ncgkg/facts.h"
#include "ncgkg/rdf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static ncg_rdf *rdf;
	static ncg_lexicon *lex;
	ncg_text *t = NULL;
	ncg_doc *d = NULL;
	ncg_mentions *m = NULL;
	ncg_facts *f;
	ncg_error err;
	const ncg_triple *out;
	size_t nout;

	if (!lex) {
		if (ncg_rdf_new(&rdf, &err) != NCG_OK)
			abort();
		lex = ncg_lexicon_new();
		if (!lex || ncg_lexicon_load_builtin(rdf, lex, &err) != NCG_OK ||
		    ncg_lexicon_index(lex, &err) != NCG_OK)
			abort();
	}
	f = ncg_facts_new();
	if (ncg_text_from_bytes("fuzz", data, size, &t, &err) == NCG_OK &&
	    ncg_doc_new(t, lex, &d, &err) == NCG_OK &&
	    ncg_recognise(d, lex, &m, &err) == NCG_OK &&
	    ncg_extract(d, m, lex, f, &err) == NCG_OK)
		(void)ncg_facts_finish(f, &out, &nout);
	ncg_facts_free(f);
	ncg_mentions_free(m);
	ncg_doc_free(d);
	ncg_text_free(t);
	return 0;
}
