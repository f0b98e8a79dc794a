#!/bin/sh
# ncgkg tests: what an export means (issue 11).
#  - the shapes' checks of meaning (ontology/shapes.ttl, SHACL-SPARQL) pass
#    on the real exports and catch each broken export made from them by a
#    mutation: rdflib runs the SPARQL constraints here (tests/shapes_check.py;
#    pyshacl is not in Debian 12), and Jena SHACL runs all the shapes when
#    ../shared/tools/jena exists (its exit code is 0 either way: the report
#    is read);
#  - language tags: which literals carry @en, which none;
#  - the same text with LF, CRLF, CR, a byte-order mark or final newlines is
#    the same statement: same IRI, same bytes;
#  - the analyst's queries (tests/data/queries) under Jena ARQ (rasqal:
#    tests/test_queries.c).
. "${srcdir:-.}/tests/lib.sh"
plan 53
s2=$statements/ncg-2-2023-12-15.txt
s4=$statements/ncg-4-2025-01-10.txt
shapes=$srcdir/ontology/shapes.ttl
jena=$srcdir/../shared/tools/jena
[ -x "$jena" ] && [ -f /usr/share/java/jena-core.jar ] || jena=
ID=https://w3id.org/ncgkg/id
NCG=https://w3id.org/ncgkg/ontology#
XSD=http://www.w3.org/2001/XMLSchema#

"$NCGKG" export -f nt "$s2" > "$TMP/n2.nt"
"$NCGKG" export -f nt "$s4" > "$TMP/n4.nt"

# ---- mutations: each breaks one rule of meaning -------------------------
# mutate NAME BASE: reads the export BASE, writes $TMP/NAME.nt
add() { cat "$TMP/$1.nt"; shift; printf '%s\n' "$@"; }
m_next_meeting_before() {   # the 5th meeting dated before the 4th
	add n4 "<$ID/meeting/ncg-5> <${NCG}date> \"2024-12-01\"^^<${XSD}date> ."; }
m_next_ordinal_before() {   # the next meeting numbered 3
	sed "s|^\(<$ID/meeting/ncg-5> <${NCG}ordinal> \)\"5\"|\1\"3\"|" "$TMP/n4.nt"; }
m_planned_before() {        # the 5th meeting planned for the first half of 2024
	sed -e "s|^\(<$ID/instant/2025-06-30> .*inXSDDate> \)\"2025-06-30\"|\1\"2024-06-30\"|" \
	    -e "s|^\(<$ID/instant/2025-01-01> .*inXSDDate> \)\"2025-01-01\"|\1\"2024-01-01\"|" "$TMP/n4.nt"; }
m_interval_reversed() {     # "first half of 2025" ending in 2024
	sed "s|^\(<$ID/instant/2025-06-30> .*inXSDDate> \)\"2025-06-30\"|\1\"2024-06-30\"|" "$TMP/n4.nt"; }
m_event_after_statement() { # the B-52 flyover dated after the meeting reported
	sed "s|^\(<$ID/event/b-52-2023-10> <${NCG}month> \)\"2023-10\"|\1\"2024-02\"|" "$TMP/n2.nt"; }
m_activity_after_statement() { # an activity of the meeting in a month after the statement
	add n4 "<$ID/activity/ncg-simulation> <${NCG}month> \"2025-03\"^^<${XSD}gYearMonth> ."; }
m_cochair_of_next_meeting() {  # a co-chair of the meeting only announced
	add n4 "<$ID/meeting/ncg-5> <${NCG}coChair> <$ID/official/cho-chang-lae> ." \
	       "<$ID/meeting/ncg-5> <${NCG}participant> <$ID/official/cho-chang-lae> ."; }
m_cochair_of_other_meeting() { # the co-chairs moved to the 56th SCM, only referred to
	sed -e "s|^<$ID/meeting/ncg-4> \(<${NCG}coChair> \)|<$ID/meeting/scm-56> \1|" \
	    -e "s|^<$ID/meeting/ncg-4> \(<${NCG}participant> \)|<$ID/meeting/scm-56> \1|" "$TMP/n4.nt"; }
m_role_without_participant() {
	grep -v "^<$ID/meeting/ncg-4> <${NCG}participant> <$ID/official/cara-abercrombie>" "$TMP/n4.nt"; }
m_title_untagged() {
	sed "s|^\(<$ID/official/cho-chang-lae> <${NCG}title> \".*\"\)@en \.|\1 .|" "$TMP/n4.nt"; }
m_acronym_not_alt_label() {
	grep -v "^<$ID/body/edscg> <http://www.w3.org/2004/02/skos/core#altLabel> \"EDSCG\"@en" "$TMP/n4.nt"; }

# name | expected shape in the rdflib check (- : Jena only) | expected in Jena's report
MUTATIONS="
next_meeting_before|NextMeetingAfterShape|ncgsh:NextMeetingAfterShape
next_ordinal_before|NextMeetingAfterShape|ncgsh:NextMeetingAfterShape
planned_before|NextMeetingAfterShape|ncgsh:NextMeetingAfterShape
interval_reversed|IntervalOrderShape|ncgsh:IntervalOrderShape
event_after_statement|EventBeforeStatementShape|ncgsh:EventBeforeStatementShape
activity_after_statement|EventBeforeStatementShape|ncgsh:EventBeforeStatementShape
cochair_of_next_meeting|RoleInDescribedMeetingShape|ncgsh:RoleInDescribedMeetingShape
cochair_of_other_meeting|RoleInDescribedMeetingShape|ncgsh:RoleInDescribedMeetingShape
role_without_participant|ParticipantShape|ncgsh:ParticipantShape
title_untagged|OfficialShape|sh:LanguageInConstraintComponent
acronym_not_alt_label|acronymIsAltLabel|ncgsh:acronymIsAltLabel
"
for row in $MUTATIONS; do
	name=${row%%|*}
	"m_$name" > "$TMP/$name.nt"
	cmp -s "$TMP/$name.nt" "$TMP/n2.nt" || cmp -s "$TMP/$name.nt" "$TMP/n4.nt"
	[ $? -ne 0 ] || echo "# mutation $name changed nothing"
done

# ---- the checks of meaning, with rdflib ----------------------------------
if has_rdflib; then
	for e in n2 n4; do
		"$SYS_PYTHON3" "$srcdir/tests/shapes_check.py" "$shapes" "$TMP/$e.nt" > "$TMP/$e.chk" 2>&1
		ok $? "rdflib: the real export $e conforms to the SPARQL and language shapes"
		sed 's/^/# /' "$TMP/$e.chk" | grep -v '# 0 violations'
	done
	for row in $MUTATIONS; do
		name=${row%%|*}; rest=${row#*|}; want=${rest%%|*}
		"$SYS_PYTHON3" "$srcdir/tests/shapes_check.py" "$shapes" "$TMP/$name.nt" > "$TMP/$name.chk" 2>&1
		rc=$?
		[ $rc -eq 1 ] && grep -q "^VIOLATION	$want	" "$TMP/$name.chk"
		ok $? "rdflib: broken export '$name' is caught by $want"
		[ $rc -eq 1 ] || sed 's/^/# /' "$TMP/$name.chk"
	done
	# every statement we have, merged: only the violations listed as known
	set -- "$srcdir"/tests/data/dev/*.txt "$srcdir"/tests/data/heldout/*.txt \
		"$srcdir"/tests/data/unseen/*.txt "$srcdir"/tests/data/real/*.txt "$statements"/*.txt
	"$NCGKG" export -f nt "$@" > "$TMP/corpus.nt"
	"$SYS_PYTHON3" "$srcdir/tests/shapes_check.py" "$shapes" "$TMP/corpus.nt" > "$TMP/corpus.chk" 2>&1
	grep '^VIOLATION	' "$TMP/corpus.chk" | cut -f2-4 | tr '\t' ' ' | sort > "$TMP/corpus.got"
	grep -v '^#' "$srcdir/tests/data/known/corpus-violations.txt" | sort > "$TMP/corpus.known"
	new=$(comm -23 "$TMP/corpus.got" "$TMP/corpus.known")
	[ -z "$new" ] && grep -q 'violations$' "$TMP/corpus.chk"
	ok $? "rdflib: the merged export of $# statements has no violation but the known ones"
	[ -z "$new" ] || grep -F "$new" "$TMP/corpus.chk" | sed 's/^/# new: /'
	comm -13 "$TMP/corpus.got" "$TMP/corpus.known" | sed 's/^/# known violation gone (update tests\/data\/known\/corpus-violations.txt): /'
else
	for i in $(seq 14); do skip "rdflib checks of meaning" "python3-rdflib not installed"; done
fi

# ---- the same, with Jena SHACL (all shapes) ------------------------------
if [ -n "$jena" ]; then
	for e in n2 n4; do
		"$jena" shacl validate --shapes "$shapes" --data "$TMP/$e.nt" > "$TMP/$e.jena" 2>&1
		grep -q 'sh:conforms *true' "$TMP/$e.jena"
		ok $? "Jena SHACL: the real export $e conforms"
		grep -q 'sh:conforms *true' "$TMP/$e.jena" || head -30 "$TMP/$e.jena" | sed 's/^/# /'
	done
	for row in $MUTATIONS; do
		name=${row%%|*}; want=${row##*|}
		"$jena" shacl validate --shapes "$shapes" --data "$TMP/$name.nt" > "$TMP/$name.jena" 2>&1
		grep -q 'sh:conforms *false' "$TMP/$name.jena" && grep -q "$want" "$TMP/$name.jena"
		ok $? "Jena SHACL: broken export '$name' does not conform ($want)"
	done
else
	for i in $(seq 13); do skip "Jena SHACL" "no ../shared/tools/jena (or no Jena installed)"; done
fi

# ---- language tags -------------------------------------------------------
cat "$TMP/n2.nt" "$TMP/n4.nt" > "$TMP/both.nt"
tagged='rdf-schema#label>|core#prefLabel>|core#altLabel>|ontology#title>|terms/title>|0.1/name>|ontology#honorific>|ontology#plannedTimeText>|ontology#acronym>'
k=$(grep -E "> <[^>]*($tagged) \"" "$TMP/both.nt" | grep -c -v -E '"@(en|ko) \.$')
[ "$k" -eq 0 ]; ok $? "every label, title, name, honorific, acronym and planned time is tagged @en or @ko ($k not)"
k=$(grep -E "> <[^>]*($tagged) \"" "$TMP/both.nt" | grep -c -E '"@en \.$')
[ "$k" -gt 200 ]; ok $? "the known statements have $k literals @en"
k=$(grep -E '(anchorOf|isString|sha256|sourceFile|isoCode)> "' "$TMP/both.nt" | grep -c '"@[a-z]')
[ "$k" -eq 0 ]; ok $? "copies of text and identifiers carry no language tag ($k do)"
# a Hangul name a statement gives is @ko, with its own mention
sed 's/Dr\. Cho Chang Lae, ROK Deputy/Dr. Cho Chang Lae (조창래), ROK Deputy/' "$s4" > "$TMP/ko.txt"
"$NCGKG" export -f nt "$TMP/ko.txt" > "$TMP/ko.nt"
grep -q "^<$ID/official/cho-chang-lae> <http://xmlns.com/foaf/0.1/name> \"\\\\uC870\\\\uCC3D\\\\uB798\"@ko \.$" "$TMP/ko.nt"
ok $? "a Hangul name after a name is foaf:name @ko"
grep -q "^<$ID/official/cho-chang-lae> <${NCG}title> \"ROK Deputy Minister for National Defense Policy\"@en \.$" "$TMP/ko.nt"
ok $? "the Hangul name does not hide the title after it"
grep -q 'nif-core#anchorOf> "\\uC870\\uCC3D\\uB798" \.$' "$TMP/ko.nt"
ok $? "the Hangul name has its own mention"

# ---- the same text, the same statement --------------------------------------
mkdir "$TMP/lf" "$TMP/crlf" "$TMP/cr" "$TMP/bom" "$TMP/nl" "$TMP/none"
b=$(basename "$s4")
cp "$s4" "$TMP/lf/$b"
sed 's/$/\r/' "$s4" > "$TMP/crlf/$b"
tr '\n' '\r' < "$s4" > "$TMP/cr/$b"
{ printf '\357\273\277'; cat "$s4"; } > "$TMP/bom/$b"
{ cat "$s4"; printf '\n\n'; } > "$TMP/nl/$b"
{ printf '\357\273\277'; sed 's/$/\r/' "$s4"; printf '\r\n \r\n'; } > "$TMP/none/$b"
"$NCGKG" export -f nt "$TMP/lf/$b" > "$TMP/lf.nt"
for v in crlf cr nl; do
	"$NCGKG" export -f nt "$TMP/$v/$b" > "$TMP/$v.nt"
	cmp -s "$TMP/lf.nt" "$TMP/$v.nt"
	ok $? "$v: the same statement IRI and the same triples, byte for byte"
done
# A byte-order mark is code point 0 of the text as every UTF-8 reader
# decodes the file, so offsets (and nif:isString) move by one; the
# statement IRI and every other triple stay the same.
no_offsets() {
	grep -v -e '#char=' -e 'nif-core#isString>' "$1"
}
for v in bom none; do
	"$NCGKG" export -f nt "$TMP/$v/$b" > "$TMP/$v.nt"
	no_offsets "$TMP/lf.nt" > "$TMP/lf.rest"
	no_offsets "$TMP/$v.nt" | cmp -s "$TMP/lf.rest" -
	ok $? "$v: the same statement IRI and the same triples but for offsets"
	[ "$(grep -c '#char=' "$TMP/lf.nt")" -eq "$(grep -c '#char=' "$TMP/$v.nt")" ]
	ok $? "$v: as many provenance triples"
done
"$NCGKG" export -f nt "$TMP/lf/$b" "$TMP/crlf/$b" "$TMP/bom/$b" > "$TMP/three.nt"
k=$(grep -c "^<[^>]*> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${NCG}Statement> \.$" "$TMP/three.nt")
[ "$k" -eq 1 ]; ok $? "three saved copies of one statement are one ncg:Statement ($k)"

# ---- one meeting across statements only when its series says so (keys1) ----
# Exported together, two statements' meetings of no named series stay two
# nodes, though both are "the 13th" or met on one day; a series' meeting
# is one node, whichever statement describes or announces it.
printf 'The leaders of the three countries held a trilateral summit at Camp David on August 18, 2023. It was the 13th trilateral summit for the three leaders.\n' > "$TMP/k13a.txt"
printf 'Seoul hosted its 13th deterrence strategy meeting with Washington in Seoul on June 10, 2024.\n' > "$TMP/k13b.txt"
printf 'Seoul held talks with Washington in Seoul on June 10, 2024, on deterrence.\n' > "$TMP/kday_a.txt"
printf 'Officials of the two countries met in Washington on June 10, 2024 to discuss trade.\n' > "$TMP/kday_b.txt"
printf 'The third NCG meeting was held in Washington on June 10, 2024. The fourth NCG meeting will be held in Seoul early next year.\n' > "$TMP/kncg3.txt"
printf 'The fourth NCG meeting was held in Washington on January 10, 2025.\n' > "$TMP/kncg4.txt"
meetings_with() {   # FILE PROPERTY VALUE: how many meetings have it
	grep -c "^<$ID/meeting/[^>]*> <${NCG}$2> \"$3\"" "$1"; }
"$NCGKG" export -f nt "$TMP/k13a.txt" "$TMP/k13b.txt" > "$TMP/k13.nt"
k=$(meetings_with "$TMP/k13.nt" ordinal 13)
[ "$k" -eq 2 ]; ok $? "two statements' 13th meetings of no named series are two meetings ($k)"
"$NCGKG" export -f nt "$TMP/kday_a.txt" "$TMP/kday_b.txt" > "$TMP/kday.nt"
k=$(meetings_with "$TMP/kday.nt" date 2024-06-10)
[ "$k" -eq 2 ]; ok $? "two statements' meetings of no named series on one day are two meetings ($k)"
"$NCGKG" export -f nt "$TMP/kncg3.txt" "$TMP/kncg4.txt" > "$TMP/kncg.nt"
k=$(meetings_with "$TMP/kncg.nt" ordinal 4)
grep -q "^<$ID/meeting/ncg-3> <${NCG}nextMeeting> <$ID/meeting/ncg-4> \.$" "$TMP/kncg.nt" &&
	grep -q "> <${NCG}describes> <$ID/meeting/ncg-4> \.$" "$TMP/kncg.nt" && [ "$k" -eq 1 ]
ok $? "the 4th NCG meeting announced by one statement and described by another is one meeting ($k)"

# ---- --source --------------------------------------------------------------
url=https://example.org/releases/ncg-4-2025-01-10
"$NCGKG" export -f nt --source "$url" "$s4" > "$TMP/src.nt"
grep -q "^<$ID/statement/[0-9a-f]\{16\}> <http://purl.org/dc/terms/source> <$url> \.$" "$TMP/src.nt"
ok $? "--source URL is the statement's dcterms:source"
grep -v 'terms/source>' "$TMP/src.nt" | cmp -s - "$TMP/n4.nt"
ok $? "--source adds that one triple and changes nothing else"
run "$NCGKG" export --source 'not a URL' "$s4"
[ $rc -eq 2 ] && grep -q "source" "$TMP/err" && [ ! -s "$TMP/out" ]
ok $? "--source that is not an absolute IRI: exit 2, named, nothing written"
run "$NCGKG" export --source "$url" "$s2" "$s4"
[ $rc -eq 2 ] && grep -q "one statement" "$TMP/err" && [ ! -s "$TMP/out" ]
ok $? "--source with two statements: exit 2, nothing written"

# ---- the analyst's queries under Jena ARQ ----------------------------------
"$NCGKG" export -f nt "$s2" > "$TMP/q.nt"
cat "$TMP/src.nt" >> "$TMP/q.nt"
if [ -n "$jena" ]; then
	for q in "$srcdir"/tests/data/queries/*.rq; do
		name=$(basename "$q" .rq)
		"$jena" arq --data "$TMP/q.nt" --query "$q" --results csv 2>"$TMP/arq.err" |
			tr -d '\r' | sed "s#$ID/##g" > "$TMP/$name.csv"
		cmp -s "$TMP/$name.csv" "$srcdir/tests/data/queries/$name.expected"
		ok $? "Jena ARQ: $name.rq answers as expected"
		diff "$srcdir/tests/data/queries/$name.expected" "$TMP/$name.csv" | head -10 | sed 's/^/# /'
	done
else
	for q in "$srcdir"/tests/data/queries/*.rq; do
		skip "Jena ARQ: $(basename "$q")" "no ../shared/tools/jena (or no Jena installed)"
	done
fi
exit $failed
