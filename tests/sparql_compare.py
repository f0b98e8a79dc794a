#!/usr/bin/env python3
"""ncgkg tests: do SPARQL engines give the same answer?

    sparql_compare.py NAME=RESULTS.json NAME=RESULTS.json...

Each file holds SPARQL 1.1 Query Results JSON from one engine.  The
answers are compared as sets of rows (the order of rows and of variables
aside): a term is its kind, value, datatype and language; a plain string
and an xsd:string are the same; blank nodes match any blank node.  Prints
the number of rows on agreement (exit 0), else the rows each engine has and
another lacks (exit 1).  Standard library only.
"""
import json
import sys

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term(t):
    if t is None:
        return ("unbound",)
    kind = t.get("type")
    if kind == "typed-literal":
        kind = "literal"
    if kind == "bnode":
        return ("bnode",)
    if kind == "uri":
        return ("uri", t["value"])
    lang = t.get("xml:lang")
    dt = t.get("datatype")
    if lang:
        return ("literal", t["value"], "@" + lang.lower())
    if dt and dt != XSD_STRING:
        return ("literal", t["value"], "^^" + dt)
    return ("literal", t["value"])


def answer(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    if "boolean" in doc:
        return ("boolean",), {("boolean", doc["boolean"])}
    names = tuple(sorted(doc["head"]["vars"]))
    rows = set()
    for b in doc["results"]["bindings"]:
        rows.add(tuple(term(b.get(v)) for v in names))
    return names, rows


def show(names, row):
    return "  " + " | ".join(
        "%s=%s" % (n, "".join(str(x) for x in t[1:]) if len(t) > 1 else t[0])
        for n, t in zip(names, row))


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    answers = []
    for arg in argv[1:]:
        name, _, path = arg.partition("=")
        try:
            answers.append((name, *answer(path)))
        except (OSError, ValueError, KeyError) as e:
            print("%s: cannot read its answer (%s): %s" % (name, path, e))
            return 1
    ref_name, ref_vars, ref_rows = answers[0]
    same = True
    for name, names, rows in answers[1:]:
        if names != ref_vars:
            print("%s has variables %s, %s has %s" % (ref_name, ref_vars, name, names))
            same = False
            continue
        for who, extra in ((ref_name, ref_rows - rows), (name, rows - ref_rows)):
            if extra:
                same = False
                other = name if who == ref_name else ref_name
                print("%d rows in %s's answer, not in %s's:" % (len(extra), who, other))
                for r in sorted(extra)[:10]:
                    print(show(names, r))
    if same:
        print("%d rows, the same in %s" % (len(ref_rows), ", ".join(a[0] for a in answers)))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
