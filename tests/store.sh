#!/bin/sh
# ncgkg tests: the query and load commands, with files and the embedded
# store: result formats, prefixes, errors with their place, statements read
# on the fly; loading, reloading, replacing one statement's graph, a failed
# load that leaves the store as it was, the default store.
. "${srcdir:-.}/tests/lib.sh"
plan 67

s2=$statements/ncg-2-2023-12-15.txt
s4=$statements/ncg-4-2025-01-10.txt
"$NCGKG" export -o "$TMP/known.ttl" "$s2" "$s4" || exit 1
"$NCGKG" export -f nquads -o "$TMP/known.nq" "$s2" "$s4" || exit 1
"$NCGKG" export -o "$TMP/s4.ttl" "$s4" || exit 1
meetings='SELECT ?m ?n WHERE { ?m a ncg:Meeting ; ncg:ordinal ?n } ORDER BY ?n'
count='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
graphs='SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g'

# ---- query: formats --------------------------------------------------------
run "$NCGKG" query --data "$TMP/known.ttl" -e "$meetings"
ok $rc "query -e over a file"
head -n 2 "$TMP/out" | tr -s ' ' | grep -qx -e 'm n' -e '-* -*'
ok $? "table: a header line and a rule"
grep -q '^meeting:ncg-4  *4$' "$TMP/out"; ok $? "table: IRIs shortened with the vocabulary's prefixes, aligned"
rows=$(grep -c "^meeting:" "$TMP/out")
grep -q "^($rows rows)\$" "$TMP/out"; ok $? "table: a row count at the end"

run "$NCGKG" query --data "$TMP/known.ttl" --results csv -e "$meetings"
printf 'm,n\r\n' | cmp -s - "$(printf '%s' "$TMP/out")" 2>/dev/null
head -n 1 "$TMP/out" | od -c | grep -q 'm   ,   n  \\r  \\n'; ok $? "csv: header of variable names, CRLF"
grep -q '^https://w3id.org/ncgkg/id/meeting/ncg-4,4' "$TMP/out"; ok $? "csv: IRIs whole, literals as text"

run "$NCGKG" query --data "$TMP/known.ttl" -r tsv -e "$meetings"
head -n 1 "$TMP/out" | grep -q "^?m	?n\$"; ok $? "tsv: header of ?variables"
grep -q '^<https://w3id.org/ncgkg/id/meeting/ncg-4>	4$' "$TMP/out"; ok $? "tsv: terms in Turtle syntax"

run "$NCGKG" query --data "$TMP/known.ttl" -r json -e "$meetings"
ok $rc "json: answers"
if has_rdflib; then
	"$SYS_PYTHON3" -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["head"]["vars"] == ["m", "n"], d["head"]
b = d["results"]["bindings"]
assert b and all(r["m"]["type"] == "uri" for r in b)
assert any(r["n"] == {"type": "literal", "value": "4",
           "datatype": "http://www.w3.org/2001/XMLSchema#integer"} for r in b)
' "$TMP/out"
	ok $? "json: SPARQL 1.1 results JSON, read back by Python"
else
	skip "json: SPARQL 1.1 results JSON, read back by Python" "no python3"
fi

run "$NCGKG" query --data "$TMP/known.ttl" -e 'ASK { ?m ncg:ordinal 4 }'
[ $rc -eq 0 ] && [ "$(cat "$TMP/out")" = true ]; ok $? "ASK answers true"
run "$NCGKG" query --data "$TMP/known.ttl" -r json -e 'ASK { ?m ncg:ordinal 400 }'
grep -q '"boolean": false' "$TMP/out"; ok $? "ASK in JSON: boolean false"
run "$NCGKG" query --data "$TMP/known.ttl" -e 'CONSTRUCT { ?m a <http://example.org/M> } WHERE { ?m a ncg:Meeting }'
[ $rc -eq 0 ] && grep -q '^<https://w3id.org/ncgkg/id/meeting/ncg-4> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/M> \.$' "$TMP/out"
ok $? "CONSTRUCT writes N-Triples"
if [ -n "${RAPPER:-}" ]; then
	"$RAPPER" -q -i ntriples -c "$TMP/out" 2>/dev/null; ok $? "CONSTRUCT output parses (rapper)"
else
	skip "CONSTRUCT output parses (rapper)" "no rapper"
fi
run "$NCGKG" query --data "$TMP/known.ttl" -r csv -e 'SELECT ?x WHERE { ?x a <http://example.org/None> }'
[ $rc -eq 0 ] && [ "$(cat "$TMP/out")" = "$(printf 'x\r')" ]
ok $? "an empty answer still names its variables"

# the user's own prefix declarations win over the predeclared ones
run "$NCGKG" query --data "$TMP/known.ttl" -r csv \
	-e 'PREFIX ncg: <http://example.org/nothing#> SELECT ?m WHERE { ?m a ncg:Meeting }'
[ "$(wc -l <"$TMP/out")" -eq 1 ]; ok $? "a query may redeclare a predeclared prefix"

# several queries: each under its question; only as tables
printf '# Question: how many?\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n' >"$TMP/a.rq"
printf '# Question: which meetings?\nSELECT ?m WHERE { ?m a ncg:Meeting }\n' >"$TMP/b.rq"
run "$NCGKG" query --data "$TMP/known.ttl" "$TMP/a.rq" "$TMP/b.rq"
[ $rc -eq 0 ] && grep -q '^# Question: how many?$' "$TMP/out" && grep -q '^# Question: which meetings?$' "$TMP/out"
ok $? "several query files: each answered under its question"
run "$NCGKG" query --data "$TMP/known.ttl" -r csv "$TMP/a.rq" "$TMP/b.rq"
ok $(( rc != 2 )) "several queries with --results csv: usage error (2)"

# ---- query: statements on the fly ---------------------------------------------
run "$NCGKG" query --data "$s2" --data "$s4" -r tsv -e "$count"
cp "$TMP/out" "$TMP/from-text"
run "$NCGKG" query --data "$TMP/known.ttl" -r tsv -e "$count"
[ $rc -eq 0 ] && cmp -s "$TMP/out" "$TMP/from-text"
ok $? "--data with statements: the same graph as their export"
run "$NCGKG" query --data "$TMP/s4.ttl" --data "$s2" -r tsv -e "$count"
[ $rc -eq 0 ] && cmp -s "$TMP/out" "$TMP/from-text"
ok $? "--data mixing RDF and a statement"
run "$NCGKG" query --data "$TMP/known.nq" -r tsv -e "$count"
[ $rc -eq 0 ] && cmp -s "$TMP/out" "$TMP/from-text"
ok $? "--data N-Quads: every graph merged, each triple once"

# ---- query: errors -------------------------------------------------------------
printf 'SELECT ?x WHERE {\n  ?x a ncg:Meeting ;\n     ncg:ordinal ?? }\n' >"$TMP/bad.rq"
run "$NCGKG" query --data "$TMP/known.ttl" "$TMP/bad.rq"
ok $(( rc != 1 )) "a syntax error exits 1"
grep -q "^ncgkg: $TMP/bad.rq:3:18: error: " "$TMP/err"; ok $? "a syntax error names the file, line and column"
[ ! -s "$TMP/out" ]; ok $? "a syntax error writes nothing"
run "$NCGKG" query --data "$TMP/known.ttl" -e "$(printf 'SELECT ?x WHERE {\n  ?x nope:p ?y }')"
grep -q '^ncgkg: -e:2:6: error: .*nope:p' "$TMP/err"; ok $? "an undeclared prefix: line and column"
run "$NCGKG" query --data "$TMP/known.ttl" -e "$(printf 'SELECT ?x WHERE {\n  ?x ncg:p ?y FILTER ( ?y > ) }')"
grep -q '^ncgkg: -e:2:29: error: ' "$TMP/err"; ok $? "an unexpected token: line and column"
run "$NCGKG" query --data "$TMP/known.ttl" -e 'SELECT ?x WHERE { ?x ncg:p ?y'
grep -q '^ncgkg: -e:1:30: error: ' "$TMP/err"; ok $? "a query cut short: the place where it ends"

printf '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e "open .\n' >"$TMP/broken.ttl"
run "$NCGKG" query --data "$TMP/broken.ttl" -e "$count"
ok $(( rc != 1 )) "bad RDF in --data exits 1"
grep -q "^ncgkg: $TMP/broken.ttl:3:.* error: " "$TMP/err"; ok $? "bad RDF: file and line named"
run "$NCGKG" query --data "$TMP/missing.ttl" -e "$count"
[ $rc -eq 1 ] && grep -q "missing.ttl" "$TMP/err"; ok $? "a missing --data file is named, exit 1"
run "$NCGKG" query --data "$TMP/known.ttl" --store "$TMP/st" -e "$count"
ok $(( rc != 2 )) "--data and --store together: usage error"
run "$NCGKG" query --data "$TMP/known.ttl" -r xml -e "$count"
ok $(( rc != 2 )) "unknown results format: usage error"
run "$NCGKG" query --data "$TMP/known.ttl"
ok $(( rc != 2 )) "no query: usage error"
run "$NCGKG" query --data "$TMP/known.ttl" -e "$count" "$TMP/a.rq"
ok $(( rc != 2 )) "-e and a query file: usage error"
if full=$(full_device); then
	run sh -c "\"$NCGKG\" query --data \"$TMP/known.ttl\" -e '$count' > \"$full\""
	[ $rc -eq 3 ] && grep -q 'cannot write' "$TMP/err"; ok $? "a full standard output: exit 3"
else
	skip "a full standard output: exit 3" "not root: mknod needs root"
fi

# ---- load: the embedded store -----------------------------------------------------
st=$TMP/store
run "$NCGKG" query --store "$st" -e "$count"
[ $rc -eq 1 ] && grep -q 'no store here' "$TMP/err"; ok $? "querying a store that is not there: exit 1"
[ ! -e "$st" ]; ok $? "...and it is not created"

run "$NCGKG" load --store "$st" "$s2" "$s4"
ok $rc "load statements into a new store"
[ -f "$st/ncgkg.sqlite" ]; ok $? "the store is a folder with a sqlite database"
run "$NCGKG" query --store "$st" -r tsv -e "$graphs"
cp "$TMP/out" "$TMP/graphs1"
[ "$(grep -c '^<https://w3id.org/ncgkg/id/statement/' "$TMP/graphs1")" -eq 2 ]
ok $? "one named graph per statement"
run "$NCGKG" query --store "$st" -r tsv -e 'SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }'
tail -n +2 "$TMP/out" | LC_ALL=C sort >"$TMP/store-triples"
run "$NCGKG" query --data "$TMP/known.ttl" -r tsv -e 'SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }'
tail -n +2 "$TMP/out" | LC_ALL=C sort >"$TMP/file-triples"
cmp -s "$TMP/store-triples" "$TMP/file-triples"
ok $? "the store holds the triples of the export, no more, no less"
for q in "$srcdir"/queries/meetings.rq "$srcdir"/queries/workstream-changes.rq; do
	"$NCGKG" query -r tsv --store "$st" "$q" | LC_ALL=C sort >"$TMP/a"
	"$NCGKG" query -r tsv --data "$TMP/known.ttl" "$q" | LC_ALL=C sort >"$TMP/b"
	[ -s "$TMP/a" ] && cmp -s "$TMP/a" "$TMP/b"
	ok $? "$(basename "$q"): the store answers as the files do"
done

run "$NCGKG" load --store "$st" "$s2" "$s4"
"$NCGKG" query --store "$st" -r tsv -e "$graphs" >"$TMP/graphs2"
[ $rc -eq 0 ] && cmp -s "$TMP/graphs1" "$TMP/graphs2"
ok $? "loading the same statements again adds nothing"
run "$NCGKG" load --store "$st" "$TMP/known.nq"
"$NCGKG" query --store "$st" -r tsv -e "$graphs" >"$TMP/graphs2"
[ $rc -eq 0 ] && cmp -s "$TMP/graphs1" "$TMP/graphs2"
ok $? "loading their N-Quads export: the same graphs"
run "$NCGKG" load --store "$st" "$TMP/s4.ttl"
"$NCGKG" query --store "$st" -r tsv -e "$graphs" >"$TMP/graphs2"
[ $rc -eq 0 ] && cmp -s "$TMP/graphs1" "$TMP/graphs2"
ok $? "loading a statement's Turtle export: its graph, the same"

# replacing one statement's graph changes only that graph
g4=$(grep -o '<https://w3id.org/ncgkg/id/statement/[0-9a-f]\{16\}>' "$TMP/s4.ttl" | head -n 1)
dump() {  # the triples of every graph but $1, and of $1, as sorted TSV
	"$NCGKG" query --store "$st" -r tsv -e "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != $1) }" |
		LC_ALL=C sort >"$2.others"
	"$NCGKG" query --store "$st" -r tsv -e "SELECT ?s ?p ?o WHERE { GRAPH $1 { ?s ?p ?o } }" |
		LC_ALL=C sort >"$2.it"
}
dump "$g4" "$TMP/before"
grep -v 'ncg:sourceFile' "$TMP/s4.ttl" |
	sed 's/"Joint Press Statement on the Fourth Nuclear Consultative Group Meeting"/"A new title"/' \
	>"$TMP/s4-changed.ttl"
run "$NCGKG" load --store "$st" "$TMP/s4-changed.ttl"
ok $rc "load a changed export of one statement"
dump "$g4" "$TMP/after"
cmp -s "$TMP/before.others" "$TMP/after.others"; ok $? "...the other statement's graph is unchanged"
! cmp -s "$TMP/before.it" "$TMP/after.it" && grep -q '"A new title"' "$TMP/after.it" &&
	! grep -q '"Joint Press Statement on the Fourth Nuclear Consultative Group Meeting"' "$TMP/after.it" &&
	! grep -q 'sourceFile' "$TMP/after.it"
ok $? "...its own graph is replaced whole: new triples in, old ones out"

# a failed load leaves the store as it was
"$NCGKG" query --store "$st" -r tsv -e 'SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }' |
	LC_ALL=C sort >"$TMP/all-before"
run "$NCGKG" load --store "$st" "$s4" "$TMP/broken.ttl"
ok $(( rc != 1 )) "a load with a bad input exits 1"
grep -q "broken.ttl:3:" "$TMP/err" && grep -q 'nothing loaded' "$TMP/err"
ok $? "...names the bad input and says nothing was loaded"
"$NCGKG" query --store "$st" -r tsv -e 'SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }' |
	LC_ALL=C sort >"$TMP/all-after"
cmp -s "$TMP/all-before" "$TMP/all-after"; ok $? "...and the store is as it was (not even the good input)"
run "$NCGKG" load --store "$st" "$TMP/known.ttl"
[ $rc -eq 1 ] && grep -q 'describe 2 statements' "$TMP/err"
ok $? "a merged Turtle export is refused: which graph is which statement's?"
printf '<http://example.org/a> <http://example.org/b> "c" .\n' >"$TMP/loose.nt"
run "$NCGKG" load --store "$st" "$TMP/loose.nt"
[ $rc -eq 1 ] && grep -q 'no statement' "$TMP/err"; ok $? "triples of no statement are refused"
run "$NCGKG" load --store "$st" --graph http://example.org/extra "$TMP/loose.nt"
"$NCGKG" query --store "$st" -r csv -e 'SELECT ?o WHERE { GRAPH <http://example.org/extra> { ?s ?p ?o } }' >"$TMP/out"
[ $rc -eq 0 ] && grep -q '^c' "$TMP/out"; ok $? "...unless --graph names their graph"
run "$NCGKG" load --store "$st" --graph relative "$TMP/loose.nt"
ok $(( rc != 2 )) "--graph must be an absolute IRI"

# store paths
: >"$TMP/afile"
run "$NCGKG" load --store "$TMP/afile" "$s4"
[ $rc -eq 3 ] && grep -q 'not a folder' "$TMP/err"; ok $? "a store that is a file: refused, exit 3"
run "$NCGKG" load --store "$TMP/deep/er/store" "$s4"
[ $rc -eq 0 ] && [ -f "$TMP/deep/er/store/ncgkg.sqlite" ]; ok $? "a store's folders are made as needed"
run "$NCGKG" load --store http://example.org/sparql "$s4"
ok $(( rc != 2 )) "a bare URL is no store spec: usage error"
run "$NCGKG" load --store 'gsp:http://example.org/gsp' "$s4"
ok $(( rc != 2 )) "gsp: needs both endpoints: usage error"
run "$NCGKG" load
ok $(( rc != 2 )) "load without input: usage error"

# the default store: $NCGKG_STORE, else under $XDG_DATA_HOME
run env -u NCGKG_STORE XDG_DATA_HOME="$TMP/xdg" "$NCGKG" load "$s4"
[ $rc -eq 0 ] && [ -f "$TMP/xdg/ncgkg/store/ncgkg.sqlite" ]
ok $? "default store: \$XDG_DATA_HOME/ncgkg/store"
run env -u NCGKG_STORE XDG_DATA_HOME="$TMP/xdg" "$NCGKG" query -r csv -e 'SELECT ?m WHERE { ?m ncg:ordinal 4 }'
[ $rc -eq 0 ] && grep -q 'meeting/ncg-4' "$TMP/out"; ok $? "query asks the default store"
run env NCGKG_STORE="$TMP/envstore" XDG_DATA_HOME="$TMP/xdg" "$NCGKG" load "$s2"
[ $rc -eq 0 ] && [ -f "$TMP/envstore/ncgkg.sqlite" ]; ok $? "\$NCGKG_STORE names the default store"

# a failed load into a new store leaves no store behind to be found broken
run "$NCGKG" load --store "$TMP/new" "$TMP/broken.ttl"
[ ! -e "$TMP/new" ]; ok $? "a failed first load leaves no store (nor folder) behind"

run "$NCGKG" load --help
[ $rc -eq 0 ] && grep -q -- '--store=SPEC' "$TMP/out"; ok $? "load --help"
run "$NCGKG" query --help
[ $rc -eq 0 ] && grep -q -- '--results=FORMAT' "$TMP/out"; ok $? "query --help"
exit $failed
