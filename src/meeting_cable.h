/* ncgkg: a diplomatic cable in capitals read as a genre (rules104); see
 * src/meeting_cable.c. */
#ifndef NCGKG_MEETING_CABLE_H
#define NCGKG_MEETING_CABLE_H

#include "ncgkg/lexicon.h"
#include "ncgkg/recognise.h"
#include "ncgkg/segment.h"

/* Is doc a cable in capitals (*caps: three header lines of
 * lex:cableHeaderKey, nine words in ten in capitals)?  Asked once per
 * text, by ncg_recognise; later readers ask
 * ncg_mentions_cable_in_capitals.  NCG_ERR_NOMEM when out of memory. */
ncg_status ncg_cable_in_capitals(const ncg_doc *doc, const ncg_lexicon *lex,
                                 int *caps);

/* When the text of ms was read as a cable in capitals, a copy of doc's
 * tokens (the caller frees it) whose words in capitals outside every
 * mention of ms read as lower-case words; else (or out of memory) NULL. */
ncg_token *ncg_cable_folded_tokens(const ncg_doc *doc, const ncg_mentions *ms);

#endif
