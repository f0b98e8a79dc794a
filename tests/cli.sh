#!/bin/sh
# ncgkg tests: the command line: help, version, usage errors, exit codes.
. "${srcdir:-.}/tests/lib.sh"
plan 19

run "$NCGKG" --help; ok $(( rc != 0 )) "--help exits 0"
grep -q '^Usage: ncgkg COMMAND' "$TMP/out"; ok $? "--help prints usage on stdout"
run "$NCGKG" --version; ok $(( rc != 0 )) "--version exits 0"
grep -Eq '^ncgkg [0-9]+\.[0-9]+\.[0-9]+$' "$TMP/out"; ok $? "--version prints the version"
run "$NCGKG"; ok $(( rc != 2 )) "no command is a usage error (2)"
run "$NCGKG" frobnicate; ok $(( rc != 2 )) "unknown command exits 2"
grep -q "ncgkg: unknown command 'frobnicate'" "$TMP/err"; ok $? "unknown command is named"
run "$NCGKG" export; ok $(( rc != 2 )) "export without FILE exits 2"
run "$NCGKG" export --format json "$statements/ncg-4-2025-01-10.txt"
ok $(( rc != 2 )) "unknown format exits 2"
grep -q "unknown format 'json'" "$TMP/err"; ok $? "unknown format is named"
run "$NCGKG" export --bogus x; ok $(( rc != 2 )) "unknown option exits 2"
run "$NCGKG" export --help; ok $(( rc != 0 )) "export --help exits 0"
grep -q -- '--format=FORMAT' "$TMP/out"; ok $? "export --help lists options"
run "$NCGKG" export --base notaniri "$statements/ncg-4-2025-01-10.txt"
ok $(( rc != 2 )) "relative --base is a usage error"

# standard input
run sh -c "\"$NCGKG\" export --format ntriples - < \"$statements/ncg-4-2025-01-10.txt\""
ok $(( rc != 0 )) "'-' reads standard input"
grep -q '"stdin"' "$TMP/out"; ok $? "standard input's source file is 'stdin'"

# --base changes minted IRIs
run "$NCGKG" export -f nt --base http://example.org/kg/ "$statements/ncg-4-2025-01-10.txt"
grep -q '<http://example.org/kg/meeting/ncg-4>' "$TMP/out"; ok $? "--base changes instance IRIs"
# mentions: one line a mention, also when a name or a sentence is broken
# across lines (each field's line breaks print as spaces)
printf 'WASHINGTON, Jan. 10, 2025 -- U.S. Secretary of Defense Lloyd J.\nAustin III met with Minister of National Defense Kim\r\nYong-hyun at the Pentagon.\n' > "$TMP/split.txt"
run "$NCGKG" mentions --sentences --explain "$TMP/split.txt"
bad=$(grep -Evc '^([0-9]+	|#|[ *] candidate )' "$TMP/out")
ok $(( rc != 0 || bad != 0 )) "mentions: every line is one record ($bad broken)"
grep -q '	Lloyd J. Austin III	' "$TMP/out"; ok $? "mentions: a name across a line break prints on one line"
exit $failed
