#!/bin/sh
# Byte-identity check for changes that must not change output (speed work):
#
#   sh tests/same_output.sh REF_NCGKG NEW_NCGKG FILE_OR_DIR...
#
# For every .txt statement under the arguments, runs both programs with
# `export -f ntriples|turtle|nquads|rdfxml`, `mentions`, `mentions --explain`
# and `graph -f dot`, each on the one file, and compares stdout and exit
# status byte for byte.  Also runs export -f ntriples and graph -f dot once
# over all files of each directory argument together (cross-statement
# identity).  Prints one line per difference and a count; exit 1 on any.
# Not part of `make check` (needs a reference build).
set -u
ref=$1 new=$2
shift 2
work=$(mktemp -d "${TMPDIR:-/tmp}/ncgkg-same.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
n=0 bad=0
# cmp_run LABEL ARGS...: run both, compare
cmp_run() {
	label=$1
	shift
	"$ref" "$@" >"$work/a" 2>/dev/null
	ra=$?
	"$new" "$@" >"$work/b" 2>/dev/null
	rb=$?
	n=$((n + 1))
	if [ $ra -ne $rb ] || ! cmp -s "$work/a" "$work/b"; then
		bad=$((bad + 1))
		echo "DIFF: $label (exit $ra vs $rb)"
	fi
}
find "$@" -name '*.txt' -type f | LC_ALL=C sort >"$work/list"
files=$(wc -l <"$work/list")
while IFS= read -r f; do
	for fmt in ntriples turtle nquads rdfxml; do
		cmp_run "export -f $fmt $f" export -f "$fmt" "$f"
	done
	cmp_run "mentions $f" mentions "$f"
	cmp_run "mentions --explain $f" mentions --explain "$f"
	cmp_run "graph -f dot $f" graph -f dot "$f"
done <"$work/list"
for d in "$@"; do
	[ -d "$d" ] || continue
	find "$d" -name '*.txt' -type f | LC_ALL=C sort >"$work/dlist"
	[ -s "$work/dlist" ] || continue
	# shellcheck disable=SC2046
	set -- $(cat "$work/dlist")
	cmp_run "export -f ntriples (all of $d)" export -f ntriples "$@"
	cmp_run "graph -f dot (all of $d)" graph -f dot "$@"
done
echo "same_output: $files files, $n comparisons, $bad different"
[ $bad -eq 0 ]
