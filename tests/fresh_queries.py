#!/usr/bin/env python3
"""Check that a new sealed set's search queries are fresh.

    fresh_queries.py DATA_DIR FIRST LAST QUERIES_FILE

A sealed set is built from queries to the search tool's stored pages; a
query that repeats or paraphrases one an earlier set used would find the
same pages again.  This reads the numbered query lines of the READMEs
(README*.md, QUERIES*.md) of DATA_DIR/sealedFIRST .. DATA_DIR/sealedLAST
(the lines under a heading that names queries; QUERIES files whole) and
compares each line of QUERIES_FILE (one query a line) with every earlier
query: it fails when one holds the other, when their difflib ratio is over
0.65, or when the Jaccard index of their word sets is over 0.45.  Prints a
line per query (PASS or FAIL, the two highest figures, the closest earlier
query) and exits 1 when any query fails, 2 on bad usage or input.
"""
import difflib
import glob
import os
import re
import sys

RATIO_MAX = 0.65
JACCARD_MAX = 0.45


def query_lines(path):
    """The numbered query lines of one README or QUERIES file."""
    whole = os.path.basename(path).startswith("QUERIES")
    out, cur, inside = [], None, whole
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#"):
                if cur:
                    out.append(cur)
                cur = None
                inside = whole or "quer" in line.lower()
                continue
            if not inside:
                continue
            m = re.match(r"^\s*(\d+)[.)]\s+(.*)", line)
            if m:
                if cur:
                    out.append(cur)
                cur = m.group(2).strip()
            elif cur and line.strip() and line.startswith(" "):
                cur += " " + line.strip()
            elif cur:
                out.append(cur)
                cur = None
    if cur:
        out.append(cur)
    return out


def words(s):
    return set(re.findall(r"[a-z0-9]+", s.lower()))


def closest(query, earlier):
    """(contained line, best ratio, its line, best Jaccard, its line)"""
    q = query.lower()
    sub, br, bl, bj, jl = None, 0.0, "", 0.0, ""
    for line in earlier:
        low = line.lower()
        if q in low or low in q:
            sub = line
        r = difflib.SequenceMatcher(None, q, low).ratio()
        if r > br:
            br, bl = r, line
        a, b = words(query), words(line)
        j = len(a & b) / len(a | b) if a | b else 0.0
        if j > bj:
            bj, jl = j, line
    return sub, br, bl, bj, jl


def main(argv):
    if len(argv) != 5 or not argv[2].isdigit() or not argv[3].isdigit():
        sys.stderr.write("usage: fresh_queries.py DATA_DIR FIRST LAST QUERIES_FILE\n")
        return 2
    data, first, last, qfile = argv[1], int(argv[2]), int(argv[3]), argv[4]
    files = []
    for n in range(first, last + 1):
        d = os.path.join(data, "sealed%d" % n)
        files += sorted(glob.glob(os.path.join(d, "README*.md")))
        files += sorted(glob.glob(os.path.join(d, "QUERIES*.md")))
    earlier = [line for f in files for line in query_lines(f)]
    try:
        with open(qfile, encoding="utf-8") as f:
            queries = [line.strip() for line in f if line.strip()]
    except OSError as e:
        sys.stderr.write("fresh_queries.py: %s: %s\n" % (qfile, e.strerror))
        return 2
    print("%d files, %d earlier queries" % (len(files), len(earlier)))
    failed = 0
    for i, q in enumerate(queries, 1):
        sub, br, bl, bj, jl = closest(q, earlier)
        bad = sub is not None or br > RATIO_MAX or bj > JACCARD_MAX
        failed += bad
        near = sub if sub is not None else (bl if br >= bj else jl)
        print("%d %s %.3f %.3f %s || %s" % (i, "FAIL" if bad else "PASS", br, bj, q, near[:80]))
    print("%d of %d queries fresh" % (len(queries) - failed, len(queries)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
