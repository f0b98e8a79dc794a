#!/bin/sh
# ncgkg tests: running out of memory.  tests/failmalloc.so makes the N-th
# allocation of ncgkg's own code fail (and every one after it); whichever
# it is, the program must say "out of memory", exit 5, not crash, and
# leave the old output alone.  Allocation numbers are sampled: the first
# ones, then evenly over the whole run.
. "${srcdir:-.}/tests/lib.sh"
plan 12
shim=${FAILMALLOC:-$PWD/tests/failmalloc.so}
s2=$statements/ncg-2-2023-12-15.txt
s4=$statements/ncg-4-2025-01-10.txt

if [ -n "${SAN_CFLAGS:-}" ] || [ ! -f "$shim" ]; then
	for i in 1 2 3 4 5 6 7 8 9 10 11 12; do skip "out of memory" "sanitizers on, or no $shim"; done
	exit 0
fi

# sweep NAME FIRST SPREAD CMD...: fail allocation n for n = 1..FIRST and
# SPREAD more spread over the run; one ok line
sweep() {
	name=$1 first=$2 spread=$3; shift 3
	LD_PRELOAD=$shim NCG_COUNT_ALLOC="$TMP/count" "$@" >/dev/null 2>"$TMP/err"
	total=$(cat "$TMP/count" 2>/dev/null || echo 0)
	bad="" k=1 tried=0
	while [ "$k" -le "$total" ]; do
		echo keep > "$TMP/out"
		LD_PRELOAD=$shim NCG_FAIL_ALLOC=$k "$@" >"$TMP/stdout" 2>"$TMP/err"
		rc=$? tried=$((tried + 1))
		if [ $rc -ne 5 ] || ! grep -q "out of memory" "$TMP/err" ||
		   [ "$(cat "$TMP/out")" != keep ]; then
			bad="$bad $k"
			echo "# allocation $k: exit $rc: $(head -c 160 "$TMP/err" | tr '\n' ' ')"
		fi
		if [ "$k" -lt "$first" ]; then k=$((k + 1))
		else k=$((k + total / spread + 1)); fi
	done
	[ "$total" -gt 100 ] && [ -z "$bad" ]
	ok $? "$name: $tried of $total allocations failed in turn: each said out of memory, exit 5${bad:+; not:$bad}"
}

sweep export 20 40 "$NCGKG" export -f nt -o "$TMP/out" "$s4"
sweep "export of two statements" 5 20 "$NCGKG" export -f turtle -o "$TMP/out" "$s2" "$s4"
sweep graph 10 25 "$NCGKG" graph -f svg -o "$TMP/out" "$s2"
sweep mentions 10 20 "$NCGKG" mentions "$s2"
sweep "export of a web page" 10 25 "$NCGKG" export -f nt -o "$TMP/out" \
	"$srcdir/tests/data/html/known/ncg-4-2025-01-10.html"
sweep timeline 5 20 "$NCGKG" graph -f svg --view timeline -o "$TMP/out" "$s2" "$s4"
sweep "meeting view" 5 20 "$NCGKG" graph -f dot --view meeting -o "$TMP/out" "$s4"

# the store module (issue 12): a query over files; a load into a new store,
# which must not be left behind, not even its folder
sweep "query" 10 25 "$NCGKG" query --data "$s4" -r json "$srcdir/queries/meetings.rq"
LD_PRELOAD=$shim NCG_COUNT_ALLOC="$TMP/count" "$NCGKG" load --store "$TMP/st/new" "$s2" "$s4" \
	>/dev/null 2>"$TMP/err"
total=$(cat "$TMP/count" 2>/dev/null || echo 0)
rm -rf "$TMP/st"
bad="" k=1 tried=0
while [ "$k" -le "$total" ]; do
	LD_PRELOAD=$shim NCG_FAIL_ALLOC=$k "$NCGKG" load --store "$TMP/st/new" "$s2" "$s4" \
		>/dev/null 2>"$TMP/err"
	rc=$? tried=$((tried + 1))
	if [ $rc -ne 5 ] || ! grep -q "out of memory" "$TMP/err" || [ -e "$TMP/st" ]; then
		bad="$bad $k"
		echo "# allocation $k: exit $rc: $(head -c 160 "$TMP/err" | tr '\n' ' ')"
		rm -rf "$TMP/st"
	fi
	if [ "$k" -lt 10 ]; then k=$((k + 1)); else k=$((k + total / 25 + 1)); fi
done
[ "$total" -gt 100 ] && [ -z "$bad" ]
ok $? "load into a new store: $tried of $total allocations failed in turn: each said out of memory, exit 5, no store left${bad:+; not:$bad}"

# review15: the last allocations of a drawing, each in turn (the graph is
# built there: Graphviz ids, the legend, the timeline's captions).  Each
# run says out of memory, exits 5 and keeps the old output, or (an
# allocation after the output is in place) writes the whole drawing.
# Before: a graph whose id discipline had no memory crashed (exit 139);
# a timeline caption without memory was drawn empty, exit 0.
tail_sweep() {
	name=$1 last=$2; shift 2
	echo keep > "$TMP/out"
	LD_PRELOAD=$shim NCG_COUNT_ALLOC="$TMP/count" "$@" >/dev/null 2>"$TMP/err"
	total=$(cat "$TMP/count" 2>/dev/null || echo 0)
	cp "$TMP/out" "$TMP/whole"
	bad="" k=$((total - last)) tried=0
	[ "$k" -lt 1 ] && k=1
	while [ "$k" -le "$total" ]; do
		echo keep > "$TMP/out"
		LD_PRELOAD=$shim NCG_FAIL_ALLOC=$k "$@" >"$TMP/stdout" 2>"$TMP/err"
		rc=$? tried=$((tried + 1))
		if ! { [ $rc -eq 5 ] && grep -q "out of memory" "$TMP/err" &&
		       [ "$(cat "$TMP/out")" = keep ]; } &&
		   ! { [ $rc -eq 0 ] && cmp -s "$TMP/out" "$TMP/whole"; }; then
			bad="$bad $k"
			echo "# allocation $k: exit $rc: $(head -c 160 "$TMP/err" | tr '\n' ' ')"
		fi
		k=$((k + 1))
	done
	[ "$total" -gt 100 ] && [ -z "$bad" ]
	ok $? "review15: $name: the last $tried of $total allocations failed in turn: out of memory, exit 5, or the whole drawing${bad:+; not:$bad}"
}
tail_sweep "bodies view" 60 "$NCGKG" graph -f dot -o "$TMP/out" "$s4"
tail_sweep "timeline" 60 "$NCGKG" graph -f dot --view timeline -o "$TMP/out" "$s2" "$s4"

# and with memory enough, the shim changes nothing
LD_PRELOAD=$shim NCG_FAIL_ALLOC=100000000 "$NCGKG" export -f nt "$s4" > "$TMP/a.nt"
"$NCGKG" export -f nt "$s4" > "$TMP/b.nt"
cmp -s "$TMP/a.nt" "$TMP/b.nt"; ok $? "with memory enough the export is the same"
exit $failed
