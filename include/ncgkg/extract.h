/* ncgkg: building facts from a statement's mentions.
 *
 * Stage 4 of the pipeline.  Reads the frames of sentences (what meeting a
 * statement reports, which it announces, who co-chaired or convened it,
 * which bodies develop which workstream) and adds typed facts, each entity
 * with a NIF mention pointing at its words and prov:wasDerivedFrom the
 * statement.  Knows the ontology's terms (vocab.h), not RDF syntax.
 *
 * Ownership: borrows everything; adds copies to `facts`.
 */
#ifndef NCGKG_EXTRACT_H
#define NCGKG_EXTRACT_H

#include "ncgkg/facts.h"
#include "ncgkg/lexicon.h"
#include "ncgkg/recognise.h"
#include "ncgkg/segment.h"
#include "ncgkg/status.h"

/* Add what the statement says to facts.  The statement's key is
 * "statement/" + the first 16 hex digits of the SHA-256 of its normalised
 * text (ncg_text_sha256), so that line ends, a byte-order mark or final
 * newlines do not change it.  What the text's metadata says
 * (ncg_text_meta_of: title, issue date, publisher, source) is preferred
 * to what the text's head suggests. */
ncg_status ncg_extract(const ncg_doc *doc, const ncg_mentions *ms,
                       const ncg_lexicon *lex, ncg_facts *facts, ncg_error *err);

/* Segment, recognise and extract one statement's text (borrowed). */
ncg_status ncg_extract_text(const ncg_text *t, const ncg_lexicon *lex,
                            ncg_facts *facts, ncg_error *err);

/* Read, segment, recognise and extract one statement file ("-": stdin),
 * as plain text. */
ncg_status ncg_extract_file(const char *path, const ncg_lexicon *lex,
                            ncg_facts *facts, ncg_error *err);

/* Limits that protect the user from a statement that would take too long
 * or too much memory: its size in bytes, and how many entity mentions it
 * may hold.  0 means no limit (for the size: NCG_TEXT_HARD_MAX). */
typedef struct {
	size_t max_bytes;
	size_t max_mentions;
} ncg_limits;

#define NCG_DEFAULT_MAX_BYTES ((size_t)16 << 20)
#define NCG_DEFAULT_MAX_MENTIONS ((size_t)50000)

/* ncg_extract_text and ncg_extract_file within limits (NULL: the
 * defaults); a statement over one is refused with NCG_ERR_LIMIT before it
 * is extracted. */
ncg_status ncg_extract_text_limited(const ncg_text *t, const ncg_lexicon *lex,
                                    const ncg_limits *limits, ncg_facts *facts,
                                    ncg_error *err);
ncg_status ncg_extract_file_limited(const char *path, const ncg_lexicon *lex,
                                    const ncg_limits *limits, ncg_facts *facts,
                                    ncg_error *err);

/* Is the recognised statement within the mention limit (0: none)?  Else
 * NCG_ERR_LIMIT, naming the file. */
ncg_status ncg_limits_check_mentions(const ncg_doc *doc, const ncg_mentions *ms,
                                     size_t max_mentions, ncg_error *err);

#endif
