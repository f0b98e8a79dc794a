#!/bin/sh
# ncgkg tests: the drawings' texts are lexicon data (issue 8): a user
# relabels a drawing with --lexicon, without recompiling; a text node
# without a label is refused, naming the file.
. "${srcdir:-.}/tests/lib.sh"
plan 9
s2=$statements/ncg-2-2023-12-15.txt
s4=$statements/ncg-4-2025-01-10.txt
views=$srcdir/ontology/lexicon/views.ttl
title='Bodies, the workstreams they contribute to, and the officials who led meetings'

run "$NCGKG" graph -f dot "$s2" "$s4"
[ $rc -eq 0 ] && grep -qF "label=\"$title\"" "$TMP/out"
ok $? "the bodies view's title comes from the built-in lexicon"

# a copy of the shipped file with one label changed: the new title, the
# rest as before
sed "s|\"$title\"|\"Organes, groupes de travail \& responsables\"|" "$views" >"$TMP/views-fr.ttl"
run "$NCGKG" graph -f dot -l "$TMP/views-fr.ttl" "$s2" "$s4"
[ $rc -eq 0 ] && grep -qF 'label="Organes, groupes de travail & responsables"' "$TMP/out" &&
	! grep -qF "$title" "$TMP/out"
ok $? "a copy of the lexicon with the title relabelled: the new title is drawn"
grep -qF '<B>Legend</B>' "$TMP/out" && grep -qF 'label=Workstreams' "$TMP/out"
ok $? "texts the copy keeps are drawn as before"

# a file of its own with just two texts: those change, the rest stay
cat >"$TMP/mine.ttl" <<'EOF'
@base <https://w3id.org/ncgkg/id/> .
@prefix lex: <https://w3id.org/ncgkg/lexicon#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<drawing/legend/title> a lex:DrawingText ; skos:prefLabel "Key <1>" .
<drawing/timeline/axis> a lex:DrawingText ; skos:prefLabel "Zeit (Monate)" .
EOF
run "$NCGKG" graph -f dot -l "$TMP/mine.ttl" "$s2" "$s4"
[ $rc -eq 0 ] && grep -qF '<B>Key &lt;1&gt;</B>' "$TMP/out" && grep -qF "label=\"$title\"" "$TMP/out"
ok $? "a partial file relabels what it gives (markup escaped), the built-in rest stays"
run "$NCGKG" graph -f dot -v timeline -l "$TMP/mine.ttl" "$s2" "$s4"
[ $rc -eq 0 ] && grep -qF 'Zeit (Monate)' "$TMP/out" && ! grep -qF 'Time (months)' "$TMP/out"
ok $? "the timeline's axis relabelled"
run "$NCGKG" graph -f dot -v meeting -l "$TMP/views-fr.ttl" "$s4"
[ $rc -eq 0 ] && grep -qF ': who led it, what it listed, what its statement reports' "$TMP/out" &&
	grep -q 'label="4th NCG meeting: who led it' "$TMP/out"
ok $? "the meeting view's title fills in {meeting}"

# a text node whose label is missing: refused, naming the file and the node
grep -v '^<drawing/bodies/title>\|^    rdfs:label "Bodies, the' "$views" >"$TMP/views-missing.ttl"
printf '<drawing/bodies/title> a lex:DrawingText .\n' >>"$TMP/views-missing.ttl"
run "$NCGKG" graph -f dot -o "$TMP/missing.dot" -l "$TMP/views-missing.ttl" "$s2"
[ $rc -eq 4 ] && grep -qF "$TMP/views-missing.ttl" "$TMP/err" &&
	grep -qF 'drawing/bodies/title is a lex:DrawingText with no rdfs:label' "$TMP/err" &&
	[ ! -e "$TMP/missing.dot" ]
ok $? "a drawing text without a label: exit 4, file and node named, nothing written"
[ "$(grep -c . "$TMP/err")" -eq 1 ] && grep -q '^ncgkg: ' "$TMP/err"
ok $? "one line of error, prefixed"

# the shipped file parses with an independent parser
if [ -n "${RAPPER:-}" ]; then
	"$RAPPER" -q -i turtle -c "$views" >/dev/null 2>&1; ok $? "views.ttl is valid Turtle (rapper)"
else
	skip "views.ttl is valid Turtle (rapper)" "no rapper"
fi
exit $failed
