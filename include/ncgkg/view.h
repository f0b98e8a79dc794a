/* ncgkg: what a drawing shows, as plain data.
 *
 * Built from finished facts (extracted, or read back from RDF) and drawn
 * by draw.c.  Three views:
 *
 *   bodies    bodies and workstreams: who contributes to which line of
 *             work, which body is part of which; every official with a
 *             role in a meeting, beside the body they serve (or in their
 *             state's cluster), the role on an edge to the body whose
 *             meeting it was; bodies clustered by state; workstreams no
 *             body contributes to in a cluster of their own.
 *   timeline  every meeting (held, announced, undated) in date order, with
 *             its date (`when`, and `until` for an announced time span);
 *             the workstreams each lists (LISTS edges, labelled with the
 *             statement's wording where it differs from the concept's
 *             name); the visibility events and activities, dated, linked to
 *             the meeting whose statement reports them.  Workstreams come
 *             in the order in which meetings first listed them.
 *   meeting   one meeting: the officials with a role in it (the role on
 *             the edge), its participants, their bodies, the workstreams
 *             it lists, the bodies its statement says contribute to them,
 *             the activities and visibility events (with their assets) its
 *             statement reports, and the meeting it announces.
 *
 * Nodes and edges come sorted, so a view (and its drawing) is the same for
 * the same facts.  Each node carries the sentence it came from as tooltip
 * and its IRI as link when that IRI is http(s) (never another scheme).
 *
 * Ownership: ncg_view_new allocates; ncg_view_free releases (NULL: no-op).
 * Strings belong to the view.
 */
#ifndef NCGKG_VIEW_H
#define NCGKG_VIEW_H

#include <stddef.h>

#include "ncgkg/facts.h"
#include "ncgkg/status.h"

typedef enum { NCG_VIEW_BODIES, NCG_VIEW_TIMELINE, NCG_VIEW_MEETING } ncg_view_kind;

typedef enum {
	NCG_VN_BODY, NCG_VN_WORKSTREAM, NCG_VN_OFFICIAL, NCG_VN_MEETING,
	NCG_VN_EVENT,          /* a visibility event of a strategic asset */
	NCG_VN_ACTIVITY,
	NCG_VN_ASSET,
	NCG_VN_STATE           /* a country, where a participant is one */
} ncg_vnode_kind;

typedef enum {
	NCG_VE_CONTRIBUTES,   /* body -> workstream */
	NCG_VE_PART_OF,       /* body -> body */
	NCG_VE_MEMBER_OF,     /* official -> body */
	NCG_VE_LISTS,         /* meeting -> workstream */
	NCG_VE_NEXT,          /* meeting -> the meeting it announces */
	NCG_VE_SEQUENCE,      /* meeting -> following meeting of its series */
	NCG_VE_ROLE,          /* official -> meeting (meeting view) or the body
	                       * whose meeting it was (bodies view); label: the
	                       * role(s) */
	NCG_VE_PARTICIPANT,   /* participant -> meeting */
	NCG_VE_REVIEWS,       /* meeting -> visibility event its statement reports */
	NCG_VE_REPORTS,       /* meeting -> activity its statement reports */
	NCG_VE_SHOWS          /* event -> the asset made visible */
} ncg_vedge_kind;

typedef struct {
	const char *id;        /* the entity's key */
	const char *label;     /* its name */
	const char *sublabel;  /* acronym, date and place, title; or NULL */
	const char *tooltip;   /* the sentence it came from; or NULL */
	const char *href;      /* its IRI */
	const char *cluster;   /* id of its cluster; or NULL */
	ncg_vnode_kind kind;
	int planned;           /* an announced meeting, not yet held */
	const char *when;      /* timeline: "YYYY-MM-DD" or "YYYY-MM"; NULL
	                        * when not given */
	const char *until;     /* an announced meeting's time span ends; or NULL */
	int when_reported;     /* `when` is the date of the meeting reporting it */
} ncg_vnode;

typedef struct {
	size_t from, to;       /* node indexes */
	ncg_vedge_kind kind;
	const char *label;     /* or NULL */
	const char *tooltip;   /* the sentence that says it; or NULL */
	int first;             /* LISTS: the first meeting to list the workstream */
} ncg_vedge;

typedef struct {
	const char *id;
	const char *label;
	int states;            /* how many states its nodes belong to (0: none
	                        * given); -1: the workstreams' cluster; -2:
	                        * workstreams no body contributes to */
	const char *parent;    /* id of the cluster it lies in; or NULL */
} ncg_vcluster;

typedef struct ncg_view ncg_view;

/* `facts` must be finished (ncg_facts_finish); base: instance base IRI
 * (NULL: NCG_ID_BASE) for the nodes' links. */
ncg_status ncg_view_new(ncg_facts *facts, ncg_view_kind kind, const char *base,
                        ncg_view **out, ncg_error *err);

/* The same, with the meeting a meeting view shows: its key
 * ("meeting/ncg-4") or IRI; NULL: the one meeting the statements describe.
 * NCG_ERR_USAGE (the message lists the meetings there are) when it names no
 * meeting of the facts, or when it is NULL and the facts describe none or
 * several.  Other views ignore `meeting`. */
ncg_status ncg_view_new_meeting(ncg_facts *facts, ncg_view_kind kind, const char *meeting,
                                const char *base, ncg_view **out, ncg_error *err);
void ncg_view_free(ncg_view *v);

/* An archive's facts a batch at a time (issue 9), so that no more is held
 * than what a drawing needs: the triples the views read, once each, and
 * the mentions (the sentence behind each node and edge).
 *
 * ncg_view_input_add: t[0..n) are finished facts (ncg_facts_finish) of a
 * batch of whole statements: every fact of a statement's NIF phrases in
 * the same batch.  Labels may come in a batch of their own (facts whose
 * labels were moved with ncg_facts_move_labels, then the store they were
 * moved to).  The input copies what it keeps: the batch may be freed
 * afterwards.  A view of an input given the batches of a store, in any
 * split and order, is the view of that store.
 *
 * ncg_view_new_input builds a view as ncg_view_new_meeting does, and
 * takes `in` (NULL: NCG_ERR_NOMEM), freed with the view, or at once on
 * failure.
 *
 * Ownership: ncg_view_input_new allocates; ncg_view_input_free releases
 * (NULL: no-op). */
typedef struct ncg_view_input ncg_view_input;

ncg_view_input *ncg_view_input_new(void);
void ncg_view_input_free(ncg_view_input *in);
ncg_status ncg_view_input_add(ncg_view_input *in, const ncg_triple *t, size_t n);
/* The lexicon whose normal forms (ncg_normal_form) tell a statement's
 * wording of a workstream from the concept's name; borrowed, it must
 * outlive ncg_view_new_input.  None set: normal forms without the
 * lexicon's word lists. */
typedef struct ncg_lexicon ncg_lexicon;
void ncg_view_input_set_lexicon(ncg_view_input *in, const ncg_lexicon *lex);
ncg_status ncg_view_new_input(ncg_view_input *in, ncg_view_kind kind, const char *meeting,
                              const char *base, ncg_view **out, ncg_error *err);

/* A text of the drawing (a title, caption, role or lane name) by its key
 * in the lexicon ("drawing/legend/title", ontology/lexicon/views.ttl):
 * the text of the lexicon set with ncg_view_input_set_lexicon, copied
 * when the view was built.  When that lexicon gives none, or none was
 * set (ncg_view_new), the key itself, which says where the text belongs.
 * ncg_view_month: the name of month 1..12 ("drawing/month/01"), "" for
 * another number. */
const char *ncg_view_text(const ncg_view *v, const char *key);
const char *ncg_view_month(const ncg_view *v, int month);

ncg_view_kind ncg_view_kind_of(const ncg_view *v);
const char *ncg_view_title(const ncg_view *v);
size_t ncg_view_nnodes(const ncg_view *v);
const ncg_vnode *ncg_view_node(const ncg_view *v, size_t i);
size_t ncg_view_nedges(const ncg_view *v);
const ncg_vedge *ncg_view_edge(const ncg_view *v, size_t i);
size_t ncg_view_nclusters(const ncg_view *v);
const ncg_vcluster *ncg_view_cluster(const ncg_view *v, size_t i);

#endif
