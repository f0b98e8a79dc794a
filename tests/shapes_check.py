#!/usr/bin/env python3
"""Check an export against the SHACL-SPARQL constraints of the shapes.

    shapes_check.py SHAPES.ttl EXPORT.nt

pyshacl is not packaged for Debian 12, so this runs the sh:sparql
constraints of ontology/shapes.ttl (the checks of meaning: next meeting
after the meeting, intervals in order, reported events before the
statement, roles of described meetings, roles as participants, acronyms as
alternative labels...) with rdflib's SPARQL engine, plus the language-tag
rules (sh:languageIn) of the shapes' property shapes whose path is a single
property.  Each constraint binds $this in its own pattern, so running its
SELECT with $this unbound lists every violation.

Prints one line per violation, tab-separated: VIOLATION, shape, focus node,
value, message (IRIs below the ncgkg bases shortened),
and the count; exit 1 when there is any, 2 on a usage or parse error.
"""
import sys

try:
    import rdflib
    from rdflib import Namespace, RDF
except ImportError:
    sys.exit("shapes_check.py: needs rdflib (python3-rdflib)")

SH = Namespace("http://www.w3.org/ns/shacl#")


def prefixes(shapes):
    """PREFIX lines from the sh:declare of every sh:prefixes node."""
    out = []
    for decl in set(shapes.objects(None, SH.declare)):
        p, ns = shapes.value(decl, SH.prefix), shapes.value(decl, SH.namespace)
        if p is not None and ns is not None:
            out.append("PREFIX %s: <%s>" % (p, ns))
    return "\n".join(sorted(set(out))) + "\n"


def owner(shapes, constraint):
    """The shape a constraint belongs to (a node or property shape)."""
    s = shapes.value(None, SH.sparql, constraint)
    return s


def short(node):
    s = str(node)
    for base in ("https://w3id.org/ncgkg/id/", "https://w3id.org/ncgkg/shapes#",
                 "https://w3id.org/ncgkg/ontology#"):
        if s.startswith(base):
            return s[len(base):]
    return s


def sparql_violations(shapes, data):
    pre = prefixes(shapes)
    found = []
    for c in sorted(set(shapes.objects(None, SH.sparql))):
        select = shapes.value(c, SH.select)
        if select is None:
            continue
        shape = owner(shapes, c)
        message = str(shapes.value(c, SH.message) or "")
        try:
            rows = data.query(pre + str(select))
        except Exception as e:  # a query rdflib cannot run is a failure
            found.append((short(shape), "-", "-", "cannot run: %s" % e))
            continue
        for row in rows:
            b = row.asdict()
            msg = message
            for k, v in b.items():
                msg = msg.replace("{?%s}" % k, str(v)).replace("{$%s}" % k, str(v))
            found.append((short(shape), short(b.get("this", "-")), short(b.get("value", "-")), msg))
    return found


def language_violations(shapes, data):
    """sh:languageIn on property shapes with a single-property path, for
    the focus nodes of their node shape's sh:targetClass (or of the
    property shape itself when it is shared)."""
    found = []
    for ps in set(shapes.subjects(SH.languageIn, None)):
        path = shapes.value(ps, SH.path)
        if not isinstance(path, rdflib.URIRef):
            continue
        langs = set(str(x) for x in rdflib.collection.Collection(shapes, shapes.value(ps, SH.languageIn)))
        owners = set(shapes.subjects(SH.property, ps))
        classes = set(c for o in owners for c in shapes.objects(o, SH.targetClass))
        for cls in classes:
            for focus in set(data.subjects(RDF.type, cls)):
                for v in data.objects(focus, path):
                    if not isinstance(v, rdflib.Literal) or v.language not in langs:
                        found.append((short(ps) if not isinstance(ps, rdflib.BNode) else short(next(iter(owners))),
                                      short(focus), str(v),
                                      "%s has no language tag among %s" % (short(path), sorted(langs))))
    return found


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    shapes = rdflib.Graph().parse(sys.argv[1], format="turtle")
    fmt = "nt" if sys.argv[2].endswith(".nt") else "turtle"
    try:
        data = rdflib.Graph().parse(sys.argv[2], format=fmt)
    except Exception as e:
        print("%s: cannot parse: %s" % (sys.argv[2], e))
        return 2
    found = sorted(set(sparql_violations(shapes, data) + language_violations(shapes, data)))
    for shape, focus, value, msg in found:
        print("\t".join(["VIOLATION", shape, focus, value.replace("\t", " ").replace("\n", " "),
                         msg.replace("\n", " ")]))
    print("%d violations" % len(found))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
