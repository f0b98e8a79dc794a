#!/bin/sh
# ncgkg tests: every RDF file ncgkg writes or ships is parsed back by an
# independent parser; output is deterministic; anchors hold.
. "${srcdir:-.}/tests/lib.sh"
plan 18
s2=$statements/ncg-2-2023-12-15.txt
s4=$statements/ncg-4-2025-01-10.txt

for f in turtle ntriples nquads rdfxml; do
	"$NCGKG" export -f $f "$s2" "$s4" > "$TMP/a.$f" 2>"$TMP/err.$f"
	"$NCGKG" export -f $f "$s4" "$s2" > "$TMP/b.$f"
	"$NCGKG" export -f $f "$s2" "$s4" > "$TMP/c.$f"
	cmp -s "$TMP/a.$f" "$TMP/b.$f" && cmp -s "$TMP/a.$f" "$TMP/c.$f"
	ok $? "$f: byte-identical across runs and input orders"
done

if [ -n "${RAPPER:-}" ]; then
	counts=""
	for f in turtle ntriples nquads rdfxml; do
		c=$("$RAPPER" -q -i $f -c "$TMP/a.$f" 2>&1 | sed -n 's/.*returned \([0-9]*\) .*/\1/p')
		[ -z "$c" ] && c=$("$RAPPER" -i $f -c "$TMP/a.$f" 2>&1 | sed -n 's/.*returned \([0-9]*\) .*/\1/p')
		counts="$counts $c"
	done
	set -- $counts
	[ -n "${1:-}" ] && [ "${1:-0}" -gt 100 ]; ok $? "rapper parses Turtle ($1 triples)"
	[ "$1" = "$2" ] && [ "$1" = "$4" ]; ok $? "rapper: Turtle, N-Triples and RDF/XML hold the same number of triples ($*)"
	[ "$3" -ge "$1" ]; ok $? "rapper parses N-Quads ($3 quads)"
	bad=0
	for o in "$srcdir"/ontology/*.ttl "$srcdir"/ontology/lexicon/*.ttl; do
		"$RAPPER" -q -i turtle -c "$o" >/dev/null 2>&1 || { echo "# $o does not parse"; bad=1; }
	done
	ok $bad "rapper parses every shipped Turtle file"
else
	for i in 1 2 3 4; do skip "rapper checks" "rapper not installed"; done
fi

! grep -q "$(printf '\r')" "$TMP/a.turtle"; ok $? "no raw CR in Turtle"
! grep -q '_:' "$TMP/a.ntriples"; ok $? "no blank nodes"

if has_rdflib; then
	"$SYS_PYTHON3" - "$TMP" <<'PY' > "$TMP/py.out" 2>&1
import sys, rdflib
from rdflib.compare import isomorphic
from rdflib import RDF, RDFS, URIRef, Namespace
d = sys.argv[1]
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
NCG = Namespace("https://w3id.org/ncgkg/ontology#")
ITS = Namespace("http://www.w3.org/2005/11/its/rdf#")
t = rdflib.Graph().parse(d + "/a.turtle", format="turtle")
n = rdflib.Graph().parse(d + "/a.ntriples", format="nt")
x = rdflib.Graph().parse(d + "/a.rdfxml", format="xml")
print("turtle-iso", isomorphic(t, n) and isomorphic(t, x))
bad = 0
for a in n.subjects(NIF.anchorOf, None):
    ctx = n.value(a, NIF.referenceContext)
    text = str(n.value(ctx, NIF.isString))
    b, e = int(n.value(a, NIF.beginIndex)), int(n.value(a, NIF.endIndex))
    if text[b:e] != str(n.value(a, NIF.anchorOf)):
        bad += 1
print("anchors-bad", bad)
labels = 0
for cls in ("Statement", "Meeting", "Official", "Body", "Workstream", "StrategicAsset",
            "Activity", "Place", "Country"):
    for s in n.subjects(RDF.type, NCG[cls]):
        if len(list(n.objects(s, RDFS.label))) != 1:
            print("labels", s); labels += 1
print("label-bad", labels)
refd = set(n.objects(None, ITS.taIdentRef))
planned = set(n.objects(None, NCG.nextMeeting))
unmentioned = [s for cls in ("Meeting", "Official", "Body", "Workstream", "StrategicAsset", "Activity")
               for s in n.subjects(RDF.type, NCG[cls]) if s not in refd and s not in planned]
print("unmentioned", len(unmentioned), unmentioned[:3])
PY
	grep -q "turtle-iso True" "$TMP/py.out"; ok $? "rdflib: Turtle, N-Triples, RDF/XML are isomorphic"
	grep -q "anchors-bad 0" "$TMP/py.out"; ok $? "every nif:anchorOf equals its text span"
	grep -q "label-bad 0" "$TMP/py.out"; ok $? "every instance has exactly one rdfs:label"
	grep -q "unmentioned 0 " "$TMP/py.out"; ok $? "every extracted entity has a mention"
	sed 's/^/# /' "$TMP/py.out"
else
	for i in 1 2 3 4; do skip "rdflib checks" "python3-rdflib not installed"; done
fi

# line endings and a byte-order mark change nothing but the bytes' hash
strip() { sed -e 's#statement/[0-9a-f]\{16\}#statement/X#g' -e 's#--[0-9a-f]\{16\}#--X#g' -e '/sha256/d' -e '/sourceFile/d' -e '/char=/d' -e '/statement\/X> <http:\/\/www.w3.org\/ns\/prov#wasDerivedFrom>/d'; }
"$NCGKG" export -f nt "$s4" | strip | sort > "$TMP/lf.nt"
sed 's/$/\r/' "$s4" > "$TMP/crlf.txt"
tr '\n' '\r' < "$s4" > "$TMP/cr.txt"
{ printf '\357\273\277'; cat "$s4"; } > "$TMP/bom.txt"
for v in crlf cr bom; do
	"$NCGKG" export -f nt "$TMP/$v.txt" | strip | sort > "$TMP/$v.nt"
	cmp -s "$TMP/lf.nt" "$TMP/$v.nt"; ok $? "$v line endings give the same facts"
	[ $v = crlf ] || [ $v = bom ] && { diff "$TMP/lf.nt" "$TMP/$v.nt" | head -5 | sed 's/^/# /'; }
done
"$NCGKG" export -f nt "$TMP/crlf.txt" > "$TMP/crlf-full.nt"
grep -q 'Joint Press Statement on the Fourth Nuclear Consultative Group Meeting"' "$TMP/crlf-full.nt"
ok $? "CRLF: titles carry no CR"
exit $failed
