#!/usr/bin/env python3
"""Check an N-Triples export against a .facts file (tests/data/known).

    facts_check.py FACTS EXPORT.nt
    facts_check.py --diff GOLDEN.nt EXPORT.nt

Each line of FACTS is "subject predicate object": instance keys below the
default base (meeting/ncg-2), CURIEs (ncg:ordinal, rdfs:label, a), literals
in double quotes with an optional ^^xsd:type or @language.  STMT is the statement's key,
STMTID its hash part.  Lines starting with '!' must be absent.  Standard
library only.  Prints what is missing or present by mistake; exit 1 then.

With --diff, compares two exports as graphs (sets of triples: ncgkg
writes no blank nodes, so that is isomorphism) and prints the triples
only one has, in the syntax above ("- " only in GOLDEN, "+ " only in
EXPORT); exit 1 when they differ.
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


NT_TERM = re.compile(r'(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[A-Za-z0-9-]+)?)')


def triples(path):
    """The set of triples of an N-Triples file, each a tuple of terms."""
    out = set()
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        terms = NT_TERM.findall(line)
        if len(terms) != 3:
            raise SystemExit("%s: not an N-Triples line: %s" % (path, line))
        out.add(tuple(terms))
    return out


def compact(t, stmt):
    """A term in the .facts syntax: keys, CURIEs, STMT, readable literals."""
    if t.startswith("<"):
        iri = t[1:-1]
        if iri == NS["rdf"] + "type":
            return "a"
        if iri.startswith(BASE):
            key = iri[len(BASE):]
            if stmt:
                key = key.replace(stmt, "STMT").replace(stmt.split("/")[1], "STMTID")
            return key
        for pre, ns in NS.items():
            if iri.startswith(ns):
                return pre + ":" + iri[len(ns):]
        return t
    if t.startswith('"'):
        m = re.match(r'^"(.*)"(\^\^<(.*)>|@.*)?$', t, re.S)
        text = re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})",
                      lambda x: chr(int(x.group(1) or x.group(2), 16)), m.group(1))
        if m.group(3) and m.group(3).startswith(NS["xsd"]):
            return '"%s"^^xsd:%s' % (text, m.group(3)[len(NS["xsd"]):])
        return '"%s"%s' % (text, m.group(2) or "")
    return t


def diff(golden, export):
    a, b = triples(golden), triples(export)
    if a == b:
        print("the same %d triples" % len(a))
        return 0
    m = re.search(r"<%s(statement/[0-9a-f]{16})>" % re.escape(BASE),
                  "\n".join(" ".join(t) for t in a | b))
    stmt = m.group(1) if m else None
    lines = [("- ", t) for t in a - b] + [("+ ", t) for t in b - a]
    lines.sort(key=lambda x: (x[1], x[0]))
    for sign, t in lines:
        print(sign + " ".join(compact(x, stmt) for x in t))
    print("%d triples only in %s, %d only in %s" % (len(a - b), golden, len(b - a), export))
    return 1


def main():
    if sys.argv[1] == "--diff":
        return diff(sys.argv[2], sys.argv[3])
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
