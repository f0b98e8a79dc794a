/* ncgkg: the held meeting of a military release (rules215); see
 * src/meeting_release.c. */
#ifndef NCGKG_MEETING_RELEASE_H
#define NCGKG_MEETING_RELEASE_H

#include <stddef.h>
#include <stdint.h>

#include "ncgkg/lexicon.h"
#include "ncgkg/recognise.h"
#include "ncgkg/segment.h"

/* rules215: "Military leaders from the U.S. and the Republic of Korea
 * gathered at Osan Air Base, South Korea, June 13-14 to discuss airpower
 * strategies" (a command's release): in sentence s (tokens [t0, t1)), a
 * verb of coming together (lex:gatheringVerb, lower case), a place's
 * preposition (lex:placePreposition) or lex:hereCue right after it, a
 * group noun (lex:groupNoun) as its subject with no comma between,
 * mentions of two countries before it (both sides), and a purpose of
 * talks ("to discuss", lex:talkVerb or lex:meetingLemma after
 * lex:infinitiveMarker) within a few tokens after it.  1 with the verb's
 * tokens in [*v0, *v1); else 0. */
int ncg_release_gathering(const ncg_doc *doc, const ncg_lexicon *lex, const ncg_mentions *ms,
                          uint32_t s, size_t t0, size_t t1, size_t *v0, size_t *v1);

#endif
