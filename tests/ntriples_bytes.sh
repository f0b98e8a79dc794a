#!/bin/sh
# ncgkg tests: ncgkg writes N-Triples and N-Quads itself (issue 9); the
# bytes must be raptor's.  Turtle and RDF/XML are written by raptor, a part
# of the graph (whole subjects) at a time, the parts joined under one
# header: the bytes must be those of rapper given the whole graph.  Exported RDF holding every kind of character
# that needs escaping, in literals, in IRIs and in the base, is written by
# ncgkg, then read and written again by rapper (the serialiser ncgkg used
# before), sorted: the two must be the same bytes.
. "${srcdir:-.}/tests/lib.sh"
plan 11
if [ -z "${RAPPER:-}" ] || ! command -v "$RAPPER" >/dev/null 2>&1; then
	for i in 1 2 3 4 5 6 7 8 9 10 11; do skip "escaping as raptor's" "rapper missing"; done
	exit 0
fi
id=https://w3id.org/ncgkg/id/
g="<${id}statement/s1>"
lit() {   # lit KEY STRING: the N-Quads of an acronym and a label of KEY
	printf '<%s%s> <https://w3id.org/ncgkg/ontology#acronym> "%s"@en %s .\n' "$id" "$1" "$2" "$g"
	printf '<%s%s> <http://www.w3.org/2000/01/rdf-schema#label> "%s"@en %s .\n' "$id" "$1" "$2" "$g"
	printf '<%s%s> <https://w3id.org/ncgkg/ontology#title> "%s" %s .\n' "$id" "$1" "$2" "$g"
}
{
	lit body/a 'tab\there, line\nfeed, CR\r and CRLF\r\n, quote \" back \\\\ slash'
	lit body/b 'controls \u0001 \u0008 \u000B \u000C \u001F DEL \u007F, C1 \u0085'
	lit body/c 'Latin \u00E9, Hangul \uC870\uCC3D\uB798, dash \u2013, emoji \U0001F600'
	lit body/d 'nonchar \uFDD0, BOM \uFEFF, max \U0010FFFD'
	lit body/e 'ASCII !#$%&()*+,-./:;<=>?@[]^_`{|}~ and spaces   end'
	lit 'body/f\u00E9\U0001F600y' 'odd IRI'
	printf '<%sbody/g> <http://purl.org/dc/terms/source> <http://example.org/a\\u00E9?q=1&r=%%7B2%%7D> %s .\n' "$id" "$g"
	printf '<%sbody/g> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/ncgkg/ontology#Body> %s .\n' "$id" "$g"
} > "$TMP/in.nq"
"$RAPPER" -q -i nquads -c "$TMP/in.nq" 2>"$TMP/rapper.err" ||
	{ echo "# the input does not parse:"; sed 's/^/# /' "$TMP/rapper.err"; }

# same FORMAT RAPPER-SYNTAX [EXPORT OPTION...]
same() {
	fmt=$1 syn=$2
	shift 2
	run "$NCGKG" export -f "$fmt" "$@" "$TMP/in.nq"
	cp "$TMP/out" "$TMP/ours"
	if [ "$rc" -ne 0 ] || [ "$(wc -l < "$TMP/ours")" -lt 20 ]; then
		ok 1 "export -f $fmt $*: exit $rc, $(wc -l < "$TMP/ours") lines"
		sed 's/^/# /' "$TMP/err" | head -5
		return
	fi
	"$RAPPER" -q -i "$syn" -o "$syn" "$TMP/ours" "http://example.org/" |
		LC_ALL=C sort > "$TMP/theirs"
	if cmp -s "$TMP/ours" "$TMP/theirs"; then ok 0 "export -f $fmt $*: raptor's bytes"
	else
		ok 1 "export -f $fmt $*: raptor's bytes"
		diff "$TMP/ours" "$TMP/theirs" | head -10 | sed 's/^/# /'
	fi
}
same ntriples ntriples
same nquads nquads
utf8base=$(printf 'https://example.org/r\303\251gion/\360\237\230\200/')
same ntriples ntriples -b "$utf8base"
same nquads nquads -b "$utf8base"
same ntriples ntriples "$statements/ncg-4-2025-01-10.txt"

# grouped SYNTAX RAPPER-SYNTAX INPUT...: export -f SYNTAX of the inputs
# against rapper's SYNTAX of their N-Triples, with the same prefixes
grouped() {
	fmt=$1 syn=$2
	shift 2
	"$NCGKG" export -q -f ntriples "$@" > "$TMP/all.nt" &&
		"$NCGKG" export -q -f turtle "$@" > "$TMP/all.ttl" &&
		"$NCGKG" export -q -f "$fmt" "$@" > "$TMP/ours"
	rc=$?
	set --
	for a in $(sed -n 's/^@prefix \([a-z]*\): <\(.*\)> \.$/\1=\2/p' "$TMP/all.ttl" |
	           grep -v '^rdf='); do
		set -- "$@" -f "xmlns:${a%%=*}=\"${a#*=}\""
	done
	"$RAPPER" -q -i ntriples -o "$syn" "$@" "$TMP/all.nt" > "$TMP/theirs"
	if [ "$rc" -eq 0 ] && [ "$(wc -l < "$TMP/all.nt")" -gt "${min:-20}" ] &&
	   cmp -s "$TMP/ours" "$TMP/theirs"; then
		ok 0 "export -f $fmt: rapper's bytes ($(wc -l < "$TMP/all.nt") triples)"
	else
		ok 1 "export -f $fmt: rapper's bytes (exit $rc, $(wc -l < "$TMP/all.nt") triples)"
		diff "$TMP/ours" "$TMP/theirs" | head -10 | sed 's/^/# /'
	fi
}
grouped turtle turtle "$TMP/in.nq"
grouped rdfxml rdfxml-abbrev "$TMP/in.nq"
# more triples than raptor is given at a time (20,000): several parts
min=20000 grouped turtle turtle "$srcdir"/tests/data/real/*.txt "$srcdir"/tests/data/real2/*.txt
min=20000 grouped rdfxml rdfxml-abbrev "$srcdir"/tests/data/real/*.txt \
	"$srcdir"/tests/data/real2/*.txt

# the non-ASCII, quoted and escaped characters above were all written
# (ncgkg refuses IRIs with <>"{}|\^` on input: only non-ASCII is
# escaped in IRIs)
run "$NCGKG" export -f ntriples "$TMP/in.nq"
grep -q 'Latin \\u00E9, Hangul \\uC870\\uCC3D\\uB798, dash \\u2013, emoji \\U0001F600' "$TMP/out" &&
	grep -q 'body/f\\u00E9\\U0001F600y' "$TMP/out" && grep -q '\\\\ slash' "$TMP/out"
ok $? "escapes as raptor writes them"
# the runs of a streaming export go to $TMPDIR: one that cannot hold
# files fails the export, naming it, and nothing is written
mkdir "$TMP/o"
TMPDIR=$TMP/missing run "$NCGKG" export -f ntriples -o "$TMP/o/x.nt" "$statements"/*.txt
[ "$rc" -eq 3 ] && grep -q "$TMP/missing: error: cannot make a temporary file" "$TMP/err" &&
	[ -z "$(ls -A "$TMP/o")" ]
ok $? "a TMPDIR that cannot hold the runs: exit 3 (got $rc), named, nothing written"
exit $failed
