#!/usr/bin/env python3
"""Check an N-Triples export against a .facts file (tests/data/known).

    facts_check.py FACTS EXPORT.nt

Each line of FACTS is "subject predicate object": instance keys below the
default base (meeting/ncg-2), CURIEs (ncg:ordinal, rdfs:label, a), literals
in double quotes with an optional ^^xsd:type or @language.  STMT is the statement's key,
STMTID its hash part.  Lines starting with '!' must be absent.  Standard
library only.  Prints what is missing or present by mistake; exit 1 then.
"""
import re, sys

BASE = "https://w3id.org/ncgkg/id/"
NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#",
    "time": "http://www.w3.org/2006/time#",
    "ncg": "https://w3id.org/ncgkg/ontology#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "https://schema.org/",
}


def term(t, stmt):
    t = t.replace("STMTID", stmt.split("/")[1]).replace("STMT", stmt)
    if t == "a":
        return "<%stype>" % NS["rdf"]
    if t.startswith('"'):
        m = re.match(r'^(".*")(\^\^xsd:(\w+)|@([a-z]+))?$', t)
        lit = m.group(1).encode("ascii", "backslashreplace").decode()
        lit = re.sub(r"\\u([0-9a-f]{4})", lambda x: "\\u" + x.group(1).upper(), lit)
        if m.group(4):
            return lit + "@" + m.group(4)
        return lit + ("^^<%s%s>" % (NS["xsd"], m.group(3)) if m.group(3) else "")
    pre, _, local = t.partition(":")
    if pre in NS and "/" not in pre:
        return "<%s%s>" % (NS[pre], local)
    return "<%s%s>" % (BASE, t)


def main():
    facts, export = sys.argv[1], sys.argv[2]
    lines = set(open(export, encoding="utf-8").read().splitlines())
    m = re.search(r"<%sstatement/([0-9a-f]{16})>" % re.escape(BASE), "\n".join(lines))
    if not m:
        print("no statement in the export")
        return 1
    stmt = "statement/" + m.group(1)
    bad = 0
    checked = 0
    for raw in open(facts, encoding="utf-8"):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        neg = raw.startswith("!")
        body = raw[1:].strip() if neg else raw
        s, p, o = body.split(" ", 2)
        line = "%s %s %s ." % (term(s, stmt), term(p, stmt), term(o, stmt))
        checked += 1
        if (line in lines) == neg:
            print(("present by mistake: " if neg else "missing: ") + raw)
            bad += 1
    print("%d facts checked, %d wrong" % (checked, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
