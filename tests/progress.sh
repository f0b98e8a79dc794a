#!/bin/sh
# ncgkg tests: the progress line (issue 9): on a terminal, the statements
# read and the rate on standard error, erased at the end; nothing when
# standard error is not a terminal or with --quiet.  The terminal is a
# pseudo-terminal made by script(1); NCGKG_PROGRESS_DELAY=0 shows the line
# from the first statement (by default a run must last a second).
. "${srcdir:-.}/tests/lib.sh"
plan 9

s1=$statements/ncg-2-2023-12-15.txt
s2=$statements/ncg-4-2025-01-10.txt

# not a terminal: standard error stays empty
NCGKG_PROGRESS_DELAY=0 run "$NCGKG" export -f ntriples -o "$TMP/a.nt" "$s1" "$s2"
ok $(( rc != 0 )) "export to a file succeeds"
[ ! -s "$TMP/err" ]; ok $? "no progress line when standard error is not a terminal"
NCGKG_PROGRESS_DELAY=0 run "$NCGKG" export --quiet -f ntriples -o "$TMP/q.nt" "$s1" "$s2"
ok $(( rc != 0 )) "--quiet is accepted by export"
NCGKG_PROGRESS_DELAY=0 run "$NCGKG" graph -q -f dot -o "$TMP/q.dot" "$s1" "$s2"
ok $(( rc != 0 )) "-q is accepted by graph"

if ! command -v script >/dev/null 2>&1 ||
   ! script -qec true /dev/null </dev/null >/dev/null 2>&1; then
	for d in "a progress line on a terminal" "the line counts every statement" \
	         "the line is erased" "--quiet: no line on a terminal" \
	         "the output is the same with the line"; do
		skip "$d" "script(1) cannot make a terminal here"
	done
	exit 0
fi
# on a terminal (stdout and stderr both the pseudo-terminal; RDF to a file)
NCGKG_PROGRESS_DELAY=0 script -qec "\"$NCGKG\" export -f ntriples -o \"$TMP/t.nt\" \
  \"$s1\" \"$s2\"" /dev/null </dev/null >"$TMP/tty" 2>&1
grep -q 'statements/s' "$TMP/tty"; ok $? "a progress line on a terminal"
grep -q '2/2 statements' "$TMP/tty"; ok $? "the line counts every statement"
# the last thing written is the erasing: carriage return, clear to end
tail -c 8 "$TMP/tty" | od -An -c | tr -d ' \n' | grep -q '\\r033\[K'
ok $? "the line is erased"
NCGKG_PROGRESS_DELAY=0 script -qec "\"$NCGKG\" export --quiet -f ntriples \
  -o \"$TMP/tq.nt\" \"$s1\" \"$s2\"" /dev/null </dev/null >"$TMP/ttyq" 2>&1
! grep -q 'statements' "$TMP/ttyq"; ok $? "--quiet: no line on a terminal"
cmp -s "$TMP/a.nt" "$TMP/t.nt"; ok $? "the output is the same with the line"
exit $failed
