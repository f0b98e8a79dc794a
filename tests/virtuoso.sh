#!/bin/sh
# ncgkg tests: a server store.  Starts a private Virtuoso on 127.0.0.1 in
# a temporary folder, loads the known statements through the Graph Store
# Protocol, asks every shipped query of it and of the files, reloads,
# replaces one statement's graph, fails a load halfway (the server is put
# back as it was), tries credentials, and stops the server.  Skipped when
# Virtuoso is not installed (build-aux/install-deps installs it).
. "${srcdir:-.}/tests/lib.sh"
. "$srcdir/tests/virtuoso-lib.sh"

if ! command -v virtuoso-t >/dev/null 2>&1; then
	plan 1
	skip "a Virtuoso server store" "virtuoso-t is not installed (virtuoso-opensource-7)"
	exit 0
fi
trap 'virt_stop; rm -rf "$TMP"' EXIT
plan 29

s2=$statements/ncg-2-2023-12-15.txt
s4=$statements/ncg-4-2025-01-10.txt
"$NCGKG" export -o "$TMP/known.ttl" "$s2" "$s4" || exit 1
"$NCGKG" export -o "$TMP/s4.ttl" "$s4" || exit 1
printf '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e "open .\n' >"$TMP/broken.ttl"

started=$(date +%s)
virt_start "$TMP/virtuoso"
ok $? "a private Virtuoso starts on 127.0.0.1 ($(( $(date +%s) - started )) s)${VIRT_WHY:+: $VIRT_WHY}"
if [ -z "$VIRT_PID" ]; then
	exit 1
fi
V=virtuoso:$VIRT_URL
export NCGKG_STORE_USER=dba NCGKG_STORE_PASSWORD=dba
# the statements' graphs only: the server has graphs of its own
graphs='SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
  FILTER (STRSTARTS(STR(?g), "https://w3id.org/ncgkg/id/statement/")) } GROUP BY ?g ORDER BY ?g'
dump_all='SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o }
  FILTER (STRSTARTS(STR(?g), "https://w3id.org/ncgkg/id/statement/")) }'

run "$NCGKG" load --store "$V" "$s2" "$s4"
ok $rc "load the known statements through the Graph Store Protocol"
[ $rc -eq 0 ] || sed 's/^/# /' "$TMP/err"
run "$NCGKG" query --store "$V" -r tsv -e "$graphs"
cp "$TMP/out" "$TMP/graphs1"
[ "$(grep -c '^<https://w3id.org/ncgkg/id/statement/' "$TMP/graphs1")" -eq 2 ]
ok $? "one named graph per statement"
"$NCGKG" load --store "$TMP/embedded" "$s2" "$s4" &&
	"$NCGKG" query --store "$TMP/embedded" -r tsv -e "$graphs" >"$TMP/graphs-embedded"
cmp -s "$TMP/graphs1" "$TMP/graphs-embedded"
ok $? "the same graphs and sizes as in the embedded store"

for q in "$srcdir"/queries/*.rq; do
	name=$(basename "$q" .rq)
	"$NCGKG" query --store "$V" -r json "$q" >"$TMP/server.json" 2>"$TMP/err"
	rc=$?
	"$NCGKG" query --data "$TMP/known.ttl" -r json "$q" >"$TMP/files.json"
	if [ $rc -ne 0 ]; then
		ok 1 "$name: Virtuoso answers"
		sed 's/^/# /' "$TMP/err"
	elif [ -n "${SYS_PYTHON3:-}" ]; then
		"$SYS_PYTHON3" "$srcdir/tests/sparql_compare.py" virtuoso="$TMP/server.json" \
			files="$TMP/files.json" >"$TMP/cmp" 2>&1
		rc=$?
		ok $rc "$name: Virtuoso answers as the files do ($(head -n 1 "$TMP/cmp"))"
		[ $rc -eq 0 ] || sed 's/^/# /' "$TMP/cmp" | head -n 20
	else
		ok 0 "$name: Virtuoso answers (no python3 to compare)"
	fi
done

run "$NCGKG" load --store "$V" "$s2" "$s4"
"$NCGKG" query --store "$V" -r tsv -e "$graphs" >"$TMP/graphs2"
[ $rc -eq 0 ] && cmp -s "$TMP/graphs1" "$TMP/graphs2"
ok $? "loading again adds nothing"

# replace one statement's graph
g4=$(grep -o '<https://w3id.org/ncgkg/id/statement/[0-9a-f]\{16\}>' "$TMP/s4.ttl" | head -n 1)
dump() {
	"$NCGKG" query --store "$V" -r tsv -e "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o }
	  FILTER (STRSTARTS(STR(?g), \"https://w3id.org/ncgkg/id/statement/\") && ?g != $1) }" |
		LC_ALL=C sort >"$2.others"
	"$NCGKG" query --store "$V" -r tsv -e "SELECT ?s ?p ?o WHERE { GRAPH $1 { ?s ?p ?o } }" |
		LC_ALL=C sort >"$2.it"
}
dump "$g4" "$TMP/before"
sed 's/"Joint Press Statement on the Fourth Nuclear Consultative Group Meeting"/"A new title"/' \
	"$TMP/s4.ttl" >"$TMP/s4-changed.ttl"
run "$NCGKG" load --store "$V" "$TMP/s4-changed.ttl"
ok $rc "PUT a changed export of one statement"
dump "$g4" "$TMP/after"
[ -s "$TMP/before.others" ] && cmp -s "$TMP/before.others" "$TMP/after.others"
ok $? "...the other statement's graph is unchanged"
grep -q '"A new title"' "$TMP/after.it" &&
	! grep -q '"Joint Press Statement on the Fourth Nuclear Consultative Group Meeting"' "$TMP/after.it"
ok $? "...its own graph is replaced whole"

# a load that fails after a graph was PUT: the server is put back
"$NCGKG" query --store "$V" -r tsv -e "$dump_all" | LC_ALL=C sort >"$TMP/all-before"
run "$NCGKG" load --store "$V" "$s4" "$TMP/broken.ttl"
[ $rc -eq 1 ] && grep -q 'nothing loaded' "$TMP/err"
ok $? "a load with a bad input fails (exit 1, nothing loaded)"
"$NCGKG" query --store "$V" -r tsv -e "$dump_all" | LC_ALL=C sort >"$TMP/all-after"
cmp -s "$TMP/all-before" "$TMP/all-after"
ok $? "...and the graph it had already replaced is put back as it was"
printf '@prefix ncg: <https://w3id.org/ncgkg/ontology#> .\n<http://example.org/st> a ncg:Statement .\n' \
	>"$TMP/new-graph.ttl"
run "$NCGKG" load --store "$V" "$TMP/new-graph.ttl" "$TMP/broken.ttl"
"$NCGKG" query --store "$V" -r csv -e 'ASK { GRAPH <http://example.org/st> { ?s ?p ?o } }' >"$TMP/out"
[ "$(tail -n 1 "$TMP/out" | tr -d '\r')" = false ]
ok $? "...and a graph it had added is deleted"

# credentials: refused, from a netrc file, never echoed
run env NCGKG_STORE_PASSWORD=not-the-password "$NCGKG" load --store "$V" "$s4"
[ $rc -eq 3 ] && grep -q 'HTTP 401' "$TMP/err" && ! grep -q 'not-the-password' "$TMP/err"
ok $? "a wrong password: HTTP 401, exit 3, the password not shown"
printf 'machine 127.0.0.1 login dba password dba\n' >"$TMP/netrc"
chmod 600 "$TMP/netrc"
run env -u NCGKG_STORE_USER -u NCGKG_STORE_PASSWORD NETRC="$TMP/netrc" "$NCGKG" load --store "$V" "$s4"
ok $rc "credentials from a netrc file (\$NETRC)"

# the same code through the generic gsp: spec
run "$NCGKG" load --store "gsp:$VIRT_URL/sparql-graph-crud-auth,$VIRT_URL/sparql" "$s2"
ok $rc "gsp:GSP-URL,QUERY-URL loads"
run "$NCGKG" query --store "gsp:$VIRT_URL/sparql-graph-crud-auth,$VIRT_URL/sparql" -r tsv -e "$graphs"
cmp -s "$TMP/out" "$TMP/graphs1" 2>/dev/null || [ "$(grep -c statement/ "$TMP/out")" -eq 2 ]
ok $? "gsp:GSP-URL,QUERY-URL queries"

# a query the server refuses: its message, the place in our query
run "$NCGKG" query --store "$V" -e "$(printf 'SELECT ?x WHERE {\n  ?x ncg:p ?y FILTER ( ?y > ) }')"
[ $rc -eq 1 ] && grep -q '^ncgkg: -e:2:29: error: ' "$TMP/err"
ok $? "a syntax error from the server: line and column in the query, exit 1"

pid=$VIRT_PID
virt_stop
! kill -0 "$pid" 2>/dev/null
ok $? "the server stops ($(( $(date +%s) - started )) s in all)"
run "$NCGKG" query --store "$V" -e 'ASK {}'
[ $rc -eq 1 ] && grep -q "$VIRT_URL" "$TMP/err"
ok $? "a server that is not there: exit 1, its address named"
exit $failed
