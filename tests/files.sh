#!/bin/sh
# ncgkg tests: bad inputs and outputs: a clear message naming the file and
# place, a non-zero exit, no crash, and nothing half-written or clobbered.
. "${srcdir:-.}/tests/lib.sh"
plan 26
good=$statements/ncg-4-2025-01-10.txt

printf 'The NCG met.\nbad \303\050 byte\n' > "$TMP/bad-utf8.txt"
run "$NCGKG" export "$TMP/bad-utf8.txt"
ok $(( rc != 1 )) "invalid UTF-8 exits 1"
grep -q "bad-utf8.txt:2:5: error: invalid UTF-8 byte 0xC3 at byte offset 17" "$TMP/err"
ok $? "invalid UTF-8: file:line:col and byte offset"
ok $(( rc > 125 )) "invalid UTF-8 does not crash"

printf 'The NCG\000 met.\n' > "$TMP/nul.txt"
run "$NCGKG" export "$TMP/nul.txt"
ok $(( rc != 1 )) "NUL byte exits 1"
grep -q "nul.txt:1:8: error: NUL byte at byte offset 7" "$TMP/err"; ok $? "NUL byte: place named"

: > "$TMP/empty.txt"
run "$NCGKG" export "$TMP/empty.txt"
ok $(( rc != 1 )) "empty file exits 1"
grep -q "empty.txt: error: empty file" "$TMP/err"; ok $? "empty file is named"

printf ' \r\n\t\n' > "$TMP/blank.txt"
run "$NCGKG" export "$TMP/blank.txt"; ok $(( rc != 1 )) "white-space-only file exits 1"

run "$NCGKG" export "$TMP"
ok $(( rc != 1 )) "a directory exits 1"
grep -q "is a directory" "$TMP/err"; ok $? "a directory is named as such"

run "$NCGKG" export "$TMP/missing.txt"
ok $(( rc != 1 )) "a missing file exits 1"
grep -q "missing.txt: error: cannot open: No such file or directory" "$TMP/err"
ok $? "a missing file is named"

cp "$good" "$TMP/secret.txt"; chmod 000 "$TMP/secret.txt"
if [ "$(id -u)" -ne 0 ]; then
	run "$NCGKG" export "$TMP/secret.txt"; ok $(( rc != 1 )) "an unreadable file exits 1"
else
	# root reads everything but this: it opens, and reading fails
	run "$NCGKG" export /proc/self/mem
	[ $rc -eq 1 ] && grep -q "/proc/self/mem: error: cannot read" "$TMP/err"
	ok $? "a file that cannot be read exits 1, named"
fi

# one bad input among good ones: every bad one reported, nothing written
echo "keep me" > "$TMP/out.ttl"
run "$NCGKG" export -o "$TMP/out.ttl" "$good" "$TMP/bad-utf8.txt" "$TMP/nul.txt"
ok $(( rc != 1 )) "a bad input among good ones exits 1"
[ "$(grep -c error: "$TMP/err")" -eq 2 ]; ok $? "both bad inputs are reported"
grep -q "nothing written" "$TMP/err"; ok $? "the user is told nothing was written"
[ "$(cat "$TMP/out.ttl")" = "keep me" ]; ok $? "the old output file is not clobbered"
[ "$(ls "$TMP" | grep -c '^out.ttl')" -eq 1 ]; ok $? "no temporary file is left behind"

# outputs
run "$NCGKG" export -o "$TMP/out.ttl" "$good"
ok $(( rc != 0 )) "-o writes a file"
head -1 "$TMP/out.ttl" | grep -q '^@prefix'; ok $? "-o file holds Turtle"
run "$NCGKG" export -o "$TMP/no/such/dir/out.ttl" "$good"
ok $(( rc != 3 )) "an unwritable output exits 3"
grep -q "out.ttl: error: cannot create a file beside it" "$TMP/err"; ok $? "the output is named"
if full=$(full_device); then
	run sh -c "\"$NCGKG\" export \"$good\" > \"$full\""
	ok $(( rc != 3 )) "a full disk on stdout exits 3"
	grep -q "error" "$TMP/err"; ok $? "a full disk is reported"
else
	skip "a full disk on stdout exits 3" "not root: mknod needs root"
	skip "a full disk is reported" "not root: mknod needs root"
fi

# a bad lexicon
printf '@prefix x: <http://x/> .\nx:a x:b ;; .\n' > "$TMP/bad.ttl"
run "$NCGKG" export --lexicon "$TMP/bad.ttl" "$good"
ok $(( rc != 4 )) "a bad lexicon file exits 4"
grep -q "bad.ttl:2" "$TMP/err"; ok $? "a bad lexicon names file and line"
exit $failed
