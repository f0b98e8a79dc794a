#!/bin/sh
# ncgkg tests: the graph command: views, formats, RDF input, bad input.
. "${srcdir:-.}/tests/lib.sh"
plan 19
s2=$statements/ncg-2-2023-12-15.txt
s4=$statements/ncg-4-2025-01-10.txt

run "$NCGKG" graph -o "$TMP/b.svg" "$s2" "$s4"; ok $rc "bodies view as SVG"
if [ -n "${XMLLINT:-}" ]; then
	"$XMLLINT" --noout "$TMP/b.svg"; ok $? "the SVG is well-formed XML (xmllint)"
else
	skip "the SVG is well-formed XML" "no xmllint"
fi
run "$NCGKG" graph --view timeline -o "$TMP/t.svg" "$s2" "$s4"; ok $rc "timeline view as SVG"
"$NCGKG" graph --view timeline -o "$TMP/t2.svg" "$s4" "$s2"
cmp -s "$TMP/t.svg" "$TMP/t2.svg"; ok $? "the same SVG whatever the input order"
run "$NCGKG" graph -f png -o "$TMP/b.png" "$s2"
[ $rc -eq 0 ] && head -c 8 "$TMP/b.png" | od -An -c | grep -q 'P   N   G'; ok $? "PNG output"
"$NCGKG" export -f nt -o "$TMP/merged.nt" "$s2" "$s4"
"$NCGKG" graph -f dot -o "$TMP/from-rdf.dot" "$TMP/merged.nt"
"$NCGKG" graph -f dot -o "$TMP/from-text.dot" "$s2" "$s4"
cmp -s "$TMP/from-rdf.dot" "$TMP/from-text.dot"; ok $? "an exported N-Triples file draws as its statements do"
"$NCGKG" export -o "$TMP/merged.ttl" "$s2" "$s4"
"$NCGKG" graph -f dot -o "$TMP/from-ttl.dot" "$TMP/merged.ttl"
cmp -s "$TMP/from-ttl.dot" "$TMP/from-text.dot"; ok $? "so does Turtle"
# the layout and SVG plugins are linked in: no plugin configuration needed,
# and the drawing is the same as with the installed configuration
"$NCGKG" graph -o "$TMP/b-s2.svg" "$s2"
mkdir "$TMP/no-plugins"
run env GVBINDIR="$TMP/no-plugins" "$NCGKG" graph -o "$TMP/np.svg" "$s2"
[ $rc -eq 0 ] && [ -s "$TMP/b-s2.svg" ] && cmp -s "$TMP/np.svg" "$TMP/b-s2.svg"
ok $? "drawing needs no Graphviz plugin configuration (GVBINDIR empty), same SVG"
run "$NCGKG" graph --view sideways "$s2"; ok $(( rc != 2 )) "unknown view exits 2"
# the meeting view: the one meeting a statement describes, else named
run "$NCGKG" graph --view meeting -f dot -o "$TMP/m.dot" "$s4"
[ $rc -eq 0 ] && grep -q '"meeting/ncg-4"' "$TMP/m.dot"; ok $? "meeting view of the one meeting described"
run "$NCGKG" graph --view meeting -o "$TMP/m2.svg" "$s2" "$s4"
[ $rc -eq 2 ] && grep -q "meeting/ncg-2, meeting/ncg-4" "$TMP/err" && [ ! -e "$TMP/m2.svg" ]
ok $? "two meetings described, none named: exit 2, the choices listed, nothing written"
run "$NCGKG" graph --view meeting --meeting https://w3id.org/ncgkg/id/meeting/ncg-2 -f dot "$s2" "$s4"
[ $rc -eq 0 ] && grep -q '"official/maher-bitar" -> "meeting/ncg-2"' "$TMP/out"
ok $? "a meeting named by its IRI"
run "$NCGKG" graph --meeting meeting/ncg-2 "$s2"; ok $(( rc != 2 )) "--meeting without --view meeting exits 2"
run "$NCGKG" graph -f pdf "$s2"; ok $(( rc != 2 )) "unknown format exits 2"
printf '@prefix x: <http://x/> .\nx:a x:b ;; .\n' > "$TMP/bad.ttl"
echo keep > "$TMP/keep.svg"
run "$NCGKG" graph -o "$TMP/keep.svg" "$TMP/bad.ttl"
ok $(( rc != 1 )) "bad RDF input exits 1"
grep -q "bad.ttl:2" "$TMP/err"; ok $? "bad RDF input names file and line"
[ "$(cat "$TMP/keep.svg")" = keep ]; ok $? "the old drawing is kept"
# review14: an announced span's tooltip was cut at 127 bytes, within a
# character when its dates (from exported RDF) are long: the DOT text was
# not UTF-8 any more, and Graphviz drew the tooltip as Latin-1
"$NCGKG" export -f nt -o "$TMP/span.nt" "$s2"
long=x; for i in $(seq 100); do long="$long$(printf '\303\251')"; done
sed "s|\"\\([0-9-]*\\)\"^^<http://www.w3.org/2001/XMLSchema#date>|\"\\1 $long\"^^<http://www.w3.org/2001/XMLSchema#date>|" \
	"$TMP/span.nt" > "$TMP/span-long.nt"
run "$NCGKG" graph -v timeline -f dot -o "$TMP/span.dot" "$TMP/span-long.nt"
[ $rc -eq 0 ] && grep -q 'announced for' "$TMP/span.dot" &&
	iconv -f UTF-8 -t UTF-8 "$TMP/span.dot" > /dev/null 2>&1
ok $? "review14: a long announced span's tooltip stays UTF-8"
# review15: the timeline's lane of activities had room for 64 sub-rows;
# a 65th overlapping item was drawn on top of the 64th row's
m=$(grep -o '^<https://w3id.org/ncgkg/id/meeting/[^>]*> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/ncgkg/ontology#Meeting>' \
	"$TMP/span.nt" | head -1 | cut -d' ' -f1)
st=$(grep -o '<https://w3id.org/ncgkg/id/statement/[^>]*>' "$TMP/span.nt" | head -1)
cp "$TMP/span.nt" "$TMP/many.nt"
for k in $(seq 70); do
	a="<https://w3id.org/ncgkg/id/activity/drill-$k>"
	printf '%s <https://w3id.org/ncgkg/ontology#activity> %s .\n' "$m" "$a"
	printf '%s <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/ncgkg/ontology#Activity> .\n' "$a"
	printf '%s <http://www.w3.org/2000/01/rdf-schema#label> "Drill %d"@en .\n' "$a" "$k"
	printf '%s <https://w3id.org/ncgkg/ontology#month> "2023-11"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .\n' "$a"
	printf '%s <http://www.w3.org/ns/prov#wasDerivedFrom> %s .\n' "$a" "$st"
done >> "$TMP/many.nt"
run "$NCGKG" graph -v timeline -f dot -o "$TMP/many.dot" "$TMP/many.nt"
places=$(grep -A8 '"activity/drill-' "$TMP/many.dot" | grep -o 'pos="[^"]*"' | sort -u | wc -l)
[ $rc -eq 0 ] && [ "$places" -eq 70 ]
ok $? "review15: 70 activities of one month, each in a sub-row of its own ($places places)"
exit $failed
