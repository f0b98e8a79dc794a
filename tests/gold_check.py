#!/usr/bin/env python3
"""Score ncgkg on a folder of statements with gold annotations.

    gold_check.py NCGKG FOLDER MIN_F1

FOLDER holds NAME.txt statements with NAME.json gold annotations (the
format of tests/data/dev/*.json).  Each statement is exported to
N-Triples, parsed with rdflib, and compared with its gold: the described
meeting (ordinal, date, place, next meeting's ordinal), officials (name,
title, role), bodies, workstreams of the meeting, contributions, assets
and activities.  Names match when their word sets overlap enough after
folding case, punctuation, plurals and country names.  Prints a table and
the misses; exit 1 when the micro-F1 is below MIN_F1.
"""
import json, os, re, subprocess, sys

import rdflib
from rdflib import RDF, RDFS, Namespace

NCG = Namespace("https://w3id.org/ncgkg/ontology#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
ROLE = {"co-chair": NCG.coChair, "convener": NCG.convener,
        "discussion lead": NCG.discussionLead}
FOLD = [(r"\bunited states\b", "us"), (r"\bu s\b", "us"), (r"\brepublic of korea\b", "rok"),
        (r"\bsouth korea\b", "rok"), (r"\bd c\b", "dc"), (r"\bjr\b", "")]
STOP = {"the", "of", "and", "on", "in", "for", "a", "an", "to", "at", "during"}


def words(s):
    s = re.sub(r"[^a-z0-9]+", " ", s.lower().replace("\u2019", "'")).strip()
    for pat, rep in FOLD:
        s = re.sub(pat, rep, s)
    return {w[:-1] if len(w) > 4 and w.endswith("s") else w for w in s.split()} - STOP


def close(a, b, need):
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    return wa == wb or len(wa & wb) / len(wa | wb) >= need


def names(g, n):
    return [str(o) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel, NCG.acronym)
            for o in g.objects(n, p)]


class Count:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def f1(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pair(gold, found, need):
    """Greedy one-to-one matching of gold (key, [names]) and found (node, [names])."""
    cands = sorted(((max((len(words(a) & words(b)) for a in gn for b in fn), default=0), gi, fi)
                    for gi, (gk, gn) in enumerate(gold) for fi, (fk, fn) in enumerate(found)
                    if any(close(a, b, need) for a in gn for b in fn)), reverse=True)
    ug, uf, out = set(), set(), {}
    for _, gi, fi in cands:
        if gi not in ug and fi not in uf:
            ug.add(gi); uf.add(fi); out[gold[gi][0]] = found[fi][0]
    return out


def check(binary, txt, gold, T, notes):
    out = subprocess.run([binary, "export", "--format", "ntriples", txt],
                         capture_output=True, timeout=60)
    g = rdflib.Graph()
    if out.returncode == 0:
        g.parse(data=out.stdout.decode(), format="nt")
    else:
        notes.append("export failed: " + out.stderr.decode()[-200:])
    described = list(g.objects(None, NCG.describes))
    gm = gold.get("meeting")
    meeting = described[0] if len(described) == 1 else None
    if gm is None:
        T["meeting"].fp += len(described)
    else:
        for key, prop in (("ordinal", NCG.ordinal), ("date", NCG.date)):
            if gm.get(key) is None:
                continue
            got = [str(o) for o in g.objects(meeting, prop)] if meeting else []
            ok = str(gm[key]) in got
            T["meeting"].tp += ok; T["meeting"].fn += not ok; T["meeting"].fp += bool(got) and not ok
            if not ok:
                notes.append("meeting %s: want %s got %s" % (key, gm[key], got))
        if gm.get("place"):
            got = [l for p in (g.objects(meeting, NCG.heldIn) if meeting else []) for l in names(g, p)]
            ok = any(close(gm["place"], l, 0.5) for l in got)
            T["meeting"].tp += ok; T["meeting"].fn += not ok
            if not ok:
                notes.append("meeting place: want %s got %s" % (gm["place"], got))
        nm = gold.get("next_meeting") or {}
        if nm.get("ordinal") is not None:
            got = [str(o) for n in (g.objects(meeting, NCG.nextMeeting) if meeting else [])
                   for o in g.objects(n, NCG.ordinal)]
            ok = str(nm["ordinal"]) in got
            T["meeting"].tp += ok; T["meeting"].fn += not ok
            if not ok:
                notes.append("next meeting: want %s got %s" % (nm["ordinal"], got))

    def entities(key, cls, items, need):
        req = [(i, [x["name"]] + ([x["acronym"]] if x.get("acronym") else []))
               for i, x in enumerate(items) if not x.get("optional")]
        opt = [(i, [x["name"]] + ([x["acronym"]] if x.get("acronym") else []))
               for i, x in enumerate(items) if x.get("optional")]
        found = [(n, names(g, n)) for n in sorted(set(g.subjects(RDF.type, cls)))]
        m = pair(req, found, need)
        rest = [f for f in found if f[0] not in m.values()]
        mo = pair(opt, rest, need)
        T[key].tp += len(m)
        T[key].fn += len(req) - len(m)
        T[key].fp += len(found) - len(m) - len(mo)
        for i, n in req:
            if i not in m:
                notes.append("%s missed: %s" % (key, n[0]))
        for f, n in found:
            if f not in m.values() and f not in mo.values():
                notes.append("%s extra: %s" % (key, n[:1]))
        return {**m, **mo}

    off = gold.get("officials", [])
    om = entities("officials", NCG.Official, off, 0.6)
    for i, node in om.items():
        x = off[i]
        if x.get("title") and x.get("role_in_meeting") not in ("head of state", "other"):
            ok = any(close(x["title"], str(t), 0.7) for t in g.objects(node, NCG.title))
            T["titles"].tp += ok; T["titles"].fn += not ok
            if not ok:
                notes.append("title of %s" % x["name"])
        prop = ROLE.get(x.get("role_in_meeting"))
        if prop is not None:
            ok = meeting is not None and (meeting, prop, node) in g
            T["roles"].tp += ok; T["roles"].fn += not ok
            if not ok:
                notes.append("role of %s" % x["name"])
    bm = entities("bodies", NCG.Body, gold.get("bodies", []), 0.6)
    entities("assets", NCG.StrategicAsset, gold.get("strategic_assets", []), 0.5)
    entities("activities", NCG.Activity, gold.get("activities", []), 0.5)
    wsm = {}
    if gm is not None:
        ws = sorted(set(g.objects(meeting, NCG.workstream))) if meeting else []
        gw = [(w, [w]) for w in gold.get("workstreams", [])]
        wsm = pair(gw, [(n, names(g, n)) for n in ws], 0.5)
        T["workstreams"].tp += len(wsm); T["workstreams"].fn += len(gw) - len(wsm)
        T["workstreams"].fp += len(ws) - len(wsm)
        for w, _ in gw:
            if w not in wsm:
                notes.append("workstream missed: " + w)
    got = set(g.subject_objects(NCG.contributesTo))
    bodies = gold.get("bodies", [])
    tp = 0
    for c in gold.get("contributions", []):
        bi = next((i for i, b in enumerate(bodies) if b["name"] == c["body"]), None)
        if (bm.get(bi), wsm.get(c["workstream"])) in got:
            tp += 1
        else:
            notes.append("contribution missed: %s -> %s" % (c["body"], c["workstream"]))
    T["contributions"].tp += tp
    T["contributions"].fn += len(gold.get("contributions", [])) - tp
    T["contributions"].fp += len(got) - tp


def main():
    binary, folder, need = sys.argv[1], sys.argv[2], float(sys.argv[3])
    keys = ["meeting", "officials", "titles", "roles", "bodies", "workstreams",
            "contributions", "assets", "activities"]
    T = {k: Count() for k in keys}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        notes = []
        gold = json.load(open(os.path.join(folder, name), encoding="utf-8"))
        check(binary, os.path.join(folder, name[:-5] + ".txt"), gold, T, notes)
        print("# %s: %s" % (name[:-5], "; ".join(notes) if notes else "all found"))
    tot = Count()
    for k in keys:
        p, r, f = T[k].f1()
        print("# %-14s P %.3f R %.3f F1 %.3f" % (k, p, r, f))
        tot.tp += T[k].tp; tot.fp += T[k].fp; tot.fn += T[k].fn
    p, r, f = tot.f1()
    print("# micro P %.3f R %.3f F1 %.3f (need %.2f)" % (p, r, f, need))
    return 0 if f >= need else 1


if __name__ == "__main__":
    sys.exit(main())
