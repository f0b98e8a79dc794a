#!/bin/sh
# ncgkg tests: the shipped queries (queries/*.rq).  Each states the question
# it answers; each gives the same answer, compared as sets of rows, in
# rasqal (ncgkg query), Apache Jena's arq (../shared/tools/jena, where the
# workplace has it) and Oxigraph (npm, tests/js; build-aux/install-deps
# installs it), on the export of the known statements; rasqal and Oxigraph
# also on a small made-up export in the same model
# (tests/data/shipped-queries/model.ttl), whose answers are pinned as well
# (tests/data/shipped-queries/NAME.tsv, checked by hand).  Jena, a second or two
# a query, is asked about the known statements only.
. "${srcdir:-.}/tests/lib.sh"

queries=$(ls "$srcdir"/queries/*.rq)
nq=$(echo "$queries" | wc -l)
fixture=$srcdir/tests/data/shipped-queries/model.ttl
plan $((1 + nq * 7))

# the engines other than rasqal, or why not
jena=$srcdir/../shared/tools/jena
if [ ! -x "$jena" ]; then
	no_jena="no ../shared/tools/jena here"
elif ! "$jena" arq --data "$fixture" --results tsv 'ASK {}' >/dev/null 2>"$TMP/jena.err"; then
	no_jena="jena does not run: $(head -c 200 "$TMP/jena.err")"
else
	no_jena=
fi
oxigraph="$srcdir/tests/js/oxigraph-query.js"
if ! command -v node >/dev/null 2>&1; then
	no_ox="node is not installed (build-aux/install-deps)"
elif [ ! -d "$srcdir/tests/js/node_modules/oxigraph" ]; then
	no_ox="npm package oxigraph not installed in tests/js (build-aux/install-deps)"
else
	no_ox=
fi
if [ -z "${SYS_PYTHON3:-}" ]; then
	no_ox="no python3 to compare answers"
	no_jena=$no_ox
fi

run "$NCGKG" export -o "$TMP/known.ttl" "$statements"/*.txt
ok $rc "the known statements export"

for q in $queries; do
	name=$(basename "$q" .rq)
	head -n 1 "$q" | grep -q '^# Question: '
	ok $? "$name: its first line states the question"

	for data in known fixture; do
		if [ $data = known ]; then file=$TMP/known.ttl; else file=$fixture; fi
		run "$NCGKG" query -r json --data "$file" "$q"
		cp "$TMP/out" "$TMP/rasqal.json"
		ok $rc "$name ($data): rasqal answers"
		[ $rc -eq 0 ] || sed 's/^/# /' "$TMP/err"

		if [ $data = fixture ]; then
			:
		elif [ -n "$no_jena" ]; then
			skip "$name ($data): Jena gives the same answer" "$no_jena"
		else
			"$jena" arq --data "$file" --query "$q" --results json >"$TMP/jena.json" 2>"$TMP/err"
			"$SYS_PYTHON3" "$srcdir/tests/sparql_compare.py" rasqal="$TMP/rasqal.json" \
				jena="$TMP/jena.json" >"$TMP/cmp" 2>&1
			rc=$?
			ok $rc "$name ($data): Jena gives the same answer ($(head -n 1 "$TMP/cmp"))"
			[ $rc -eq 0 ] || sed 's/^/# /' "$TMP/cmp" "$TMP/err" | head -n 30
		fi

		if [ -n "$no_ox" ]; then
			skip "$name ($data): Oxigraph gives the same answer" "$no_ox"
		else
			node "$oxigraph" "$q" "$file" >"$TMP/ox.json" 2>"$TMP/err"
			"$SYS_PYTHON3" "$srcdir/tests/sparql_compare.py" rasqal="$TMP/rasqal.json" \
				oxigraph="$TMP/ox.json" >"$TMP/cmp" 2>&1
			rc=$?
			ok $rc "$name ($data): Oxigraph gives the same answer ($(head -n 1 "$TMP/cmp"))"
			[ $rc -eq 0 ] || sed 's/^/# /' "$TMP/cmp" "$TMP/err" | head -n 30
		fi
	done

	# the pinned answer on the made-up export
	expected=$srcdir/tests/data/shipped-queries/$name.tsv
	run "$NCGKG" query -r tsv --data "$fixture" "$q"
	{ IFS= read -r header; echo "$header"; LC_ALL=C sort; } <"$TMP/out" >"$TMP/got.tsv"
	if [ ! -f "$expected" ]; then
		ok 1 "$name: pinned answer on the made-up export (no $expected)"
	elif cmp -s "$expected" "$TMP/got.tsv"; then
		ok 0 "$name: pinned answer on the made-up export ($(($(wc -l <"$expected") - 1)) rows)"
	else
		ok 1 "$name: pinned answer on the made-up export"
		diff "$expected" "$TMP/got.tsv" | sed 's/^/# /' | head -n 20
	fi
done
exit $failed
