#!/bin/sh
# ncgkg tests: tests/fresh_queries.py, the freshness check of a new sealed
# set's search queries against the queries earlier sets' READMEs list.
. "${srcdir:-.}/tests/lib.sh"
plan 5
if [ -z "${SYS_PYTHON3:-}" ]; then
	for i in 1 2 3 4 5; do skip "fresh_queries.py case $i" "no python3"; done
	exit 0
fi
fq() { run "$SYS_PYTHON3" "$srcdir/tests/fresh_queries.py" "$@"; }
mkdir -p "$TMP/data/sealed3" "$TMP/data/sealed4"
cat >"$TMP/data/sealed3/README.md" <<'END'
# sealed3

## Queries
1. Austin Singh defense ministers met Pentagon readout
2) Secretary Blinken met Indian foreign minister
   Jaishankar in Washington

## Texts
1. not a query: a text list under another heading
END
printf '%s\n' '1. Kenya defense cooperation dialogue Nairobi' >"$TMP/data/sealed4/QUERIES-a.md"
printf '%s\n' 'Brazil trade commission met Commerce Secretary' 'energy dialogue Canada Ottawa ministers' >"$TMP/q-fresh.txt"
fq "$TMP/data" 3 4 "$TMP/q-fresh.txt"
ok $([ $rc -eq 0 ] && grep -q '^2 files, 3 earlier queries' "$TMP/out" && echo 0 || echo 1) "fresh queries pass; 3 earlier queries read (a wrapped one joined, a text list not read)"
printf '%s\n' 'Secretary Blinken met Indian foreign minister Jaishankar in Washington' >"$TMP/q-same.txt"
fq "$TMP/data" 3 4 "$TMP/q-same.txt"
ok $([ $rc -eq 1 ] && grep -q '^1 FAIL' "$TMP/out" && echo 0 || echo 1) "a query the earlier set used (wrapped over two lines there) fails"
printf '%s\n' 'Kenya defense cooperation dialogue in Nairobi talks' >"$TMP/q-near.txt"
fq "$TMP/data" 3 4 "$TMP/q-near.txt"
ok $([ $rc -eq 1 ] && echo 0 || echo 1) "a near paraphrase of a QUERIES file's line fails"
fq "$TMP/data" 4 4 "$TMP/q-same.txt"
ok $([ $rc -eq 0 ] && echo 0 || echo 1) "only the named sets are read (sealed4 alone: the sealed3 query is fresh)"
fq "$TMP/data" x 4 "$TMP/q-same.txt"
ok $([ $rc -eq 2 ] && grep -q usage "$TMP/err" && echo 0 || echo 1) "bad usage exits 2 with a usage line"
exit $failed
