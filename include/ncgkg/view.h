/* ncgkg: what a drawing shows, as plain data.
 *
 * Built from finished facts (extracted, or read back from RDF) and drawn
 * by draw.c.  Two views:
 *
 *   bodies    bodies and workstreams: who contributes to which line of
 *             work, which body is part of which, and officials with meeting
 *             roles linked to their bodies; bodies clustered by state.
 *   timeline  meetings in order, each linked to the workstreams it lists,
 *             an edge labelled with the statement's wording where it differs
 *             from the concept's name (a renamed workstream shows).
 *
 * Nodes and edges come sorted, so a view (and its drawing) is the same for
 * the same facts.  Each node carries the sentence it came from as tooltip
 * and its IRI as link.
 *
 * Ownership: ncg_view_new allocates; ncg_view_free releases (NULL: no-op).
 * Strings belong to the view.
 */
#ifndef NCGKG_VIEW_H
#define NCGKG_VIEW_H

#include <stddef.h>

#include "ncgkg/facts.h"
#include "ncgkg/status.h"

typedef enum { NCG_VIEW_BODIES, NCG_VIEW_TIMELINE } ncg_view_kind;

typedef enum {
	NCG_VN_BODY, NCG_VN_WORKSTREAM, NCG_VN_OFFICIAL, NCG_VN_MEETING
} ncg_vnode_kind;

typedef enum {
	NCG_VE_CONTRIBUTES,   /* body -> workstream */
	NCG_VE_PART_OF,       /* body -> body */
	NCG_VE_MEMBER_OF,     /* official -> body */
	NCG_VE_LISTS,         /* meeting -> workstream */
	NCG_VE_NEXT,          /* meeting -> the meeting it announces */
	NCG_VE_SEQUENCE       /* meeting -> following meeting of its series */
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
	                        * given); -1: the workstreams' cluster */
} ncg_vcluster;

typedef struct ncg_view ncg_view;

/* `facts` must be finished (ncg_facts_finish); base: instance base IRI
 * (NULL: NCG_ID_BASE) for the nodes' links. */
ncg_status ncg_view_new(ncg_facts *facts, ncg_view_kind kind, const char *base,
                        ncg_view **out, ncg_error *err);
void ncg_view_free(ncg_view *v);

ncg_view_kind ncg_view_kind_of(const ncg_view *v);
const char *ncg_view_title(const ncg_view *v);
size_t ncg_view_nnodes(const ncg_view *v);
const ncg_vnode *ncg_view_node(const ncg_view *v, size_t i);
size_t ncg_view_nedges(const ncg_view *v);
const ncg_vedge *ncg_view_edge(const ncg_view *v, size_t i);
size_t ncg_view_nclusters(const ncg_view *v);
const ncg_vcluster *ncg_view_cluster(const ncg_view *v, size_t i);

#endif
