/* ncgkg: the roles officials play in the described meeting (part of
 * stage 4: what extract.c links).
 *
 * Role frames are cue phrases in ontology/lexicon/grammar.ttl, one word
 * list per frame, read by a table in roles.c: in the active voice the
 * officials come before the cue ("X and Y co-chaired the meeting"), in the
 * passive after it ("The meeting was convened by X and Y").  A "lead"
 * frame takes its role from what is led: the meeting, the session or the
 * talks (co-chair), the discussions or a session on a topic (discussion
 * lead), a delegation or a side (delegation lead).  A frame that speaks of
 * another meeting than the described one gives no role.
 *
 * Ownership: ncg_roles_read fills a list the caller owns (ncg_roles_clear
 * frees it); its entries borrow the mentions.
 */
#ifndef NCGKG_ROLES_H
#define NCGKG_ROLES_H

#include <stddef.h>

#include "ncgkg/lexicon.h"
#include "ncgkg/recognise.h"
#include "ncgkg/segment.h"
#include "ncgkg/status.h"
#include "ncgkg/vocab.h"

typedef struct {
	const ncg_mention *official;
	ncg_prop prop;            /* NCG_P_CO_CHAIR, NCG_P_CONVENER, ... */
	const char *rule;         /* the frame: "role/co-chaired-by" */
} ncg_role;

typedef struct {
	ncg_role *v;
	size_t n, cap;
} ncg_roles;

/* The roles in the described meeting (its ordinal, 0 when it has none).
 * Fails only when out of memory. */
ncg_status ncg_roles_read(const ncg_doc *doc, const ncg_mentions *ms,
                          const ncg_lexicon *lex, int ordinal, ncg_roles *out);
void ncg_roles_clear(ncg_roles *r);

#endif
