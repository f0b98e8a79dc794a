#!/bin/sh
# ncgkg benchmark: loading statements into stores (make bench; never part
# of make check).  Prints triples per second for
#   1. N statements, as text, into the embedded store (extracting each);
#   2. the same statements' N-Quads (one file each) into the embedded store;
#   3. those N-Quads into a private Virtuoso on 127.0.0.1, through the
#      Graph Store Protocol (when virtuoso-t is installed);
# and the time each shipped query (queries/*.rq) takes on the embedded
# store and on Virtuoso holding the N statements, when N <= 100 or
# STORE_BENCH_QUERIES=1 (the copies share their facts, so every shared
# triple is in N graphs: at 1,000 Virtuoso's joins time out).
# The N statements (STORE_BENCH_STATEMENTS, default 1000) are a deterministic
# variation of the known ones until bench/ has a corpus generator: each is
# a known statement with "Bench copy NNNN" as its last line, a distinct
# text and so a statement of its own, with the same facts.  Their N-Quads
# are the known statements' exports with the statement key replaced, as
# exporting each copy would give (less the changed context text).
# Times are wall-clock on a shared machine (and the CPU time of ncgkg, not
# of the server): run twice before believing one.
set -u
: "${NCGKG:?set NCGKG to the ncgkg binary}"
: "${srcdir:=.}"
N=${STORE_BENCH_STATEMENTS:-1000}
if [ "$N" -le 100 ]; then Q=${STORE_BENCH_QUERIES:-1}; else Q=${STORE_BENCH_QUERIES:-0}; fi
T=$(mktemp -d "${TMPDIR:-/tmp}/ncgkg-bench.XXXXXX")
. "$srcdir/tests/virtuoso-lib.sh"
trap 'virt_stop; rm -rf "$T"' EXIT
known="$srcdir/data/statements/ncg-2-2023-12-15.txt $srcdir/data/statements/ncg-4-2025-01-10.txt"

now() { date +%s.%N; }
# the shipped questions asked of store $1, each timed: "name S s (R rows)"
questions() {
	if [ "$Q" != 1 ]; then
		echo "not timed at $N statements (STORE_BENCH_QUERIES=1 to time them)"
		return 0
	fi
	line=
	for q in "$srcdir"/queries/*.rq; do
		a=$(now)
		rows=$("$NCGKG" query --store "$1" -r tsv "$q" | tail -n +2 | wc -l) || return 1
		b=$(now)
		line="$line$(awk -v n="$(basename "$q" .rq)" -v a="$a" -v b="$b" -v r="$rows" \
			'BEGIN { printf "%s %.2f s (%d rows); ", n, b - a, r }')"
	done
	echo "${line%; }"
}
rate() {   # rate TRIPLES START END -> "S s, R triples/s" (+ CPU, when timed)
	awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { t = b - a; printf "%.1f s, %.0f triples/s", t, n / t }'
	if [ -s "$T/cpu" ]; then
		awk -v n="$1" '{ c = $1 + $2; printf " (CPU %.1f s, %.0f triples/s)", c, n / c }' "$T/cpu"
		: >"$T/cpu"
	fi
}
# run a command, its CPU time (user, system) into $T/cpu when /usr/bin/time is there
timed() {
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -o "$T/cpu" -f '%U %S' "$@"
	else
		"$@"
	fi
}
triples() {   # the quads in the statements' graphs of store $1
	"$NCGKG" query --store "$1" -r csv -e 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
	  FILTER (STRSTARTS(STR(?g), "https://w3id.org/ncgkg/id/statement/")) }' | tail -n 1 | tr -d '\r'
}

mkdir -p "$T/text" "$T/nq"
set -- $known
i=1
while [ $i -le "$N" ]; do
	if [ $((i % 2)) -eq 1 ]; then f=$1; else f=$2; fi
	{ cat "$f"; printf '\n\nBench copy %04d\n' $i; } >"$T/text/$(printf %04d $i).txt"
	i=$((i + 1))
done
for f in $known; do
	"$NCGKG" export -f nquads -o "$T/$(basename "$f" .txt).nq" "$f" || exit 1
done
i=1
while [ $i -le "$N" ]; do
	if [ $((i % 2)) -eq 1 ]; then src=$T/ncg-2-2023-12-15.nq; else src=$T/ncg-4-2025-01-10.nq; fi
	key=$(sed -n 's#.*<https://w3id.org/ncgkg/id/statement/\([0-9a-f]\{16\}\)> \.$#\1#p' "$src" | head -n 1)
	sed "s/$key/$(printf '%016x' $i)/g" "$src" >"$T/nq/$(printf %04d $i).nq"
	i=$((i + 1))
done

a=$(now)
timed "$NCGKG" load --store "$T/embedded-text" "$T"/text/*.txt || exit 1
b=$(now)
n=$(triples "$T/embedded-text")
echo "store: $N statements (text, extracted on the fly) into the embedded store: $n triples, $(rate "$n" "$a" "$b")"

a=$(now)
timed "$NCGKG" load --store "$T/embedded-nq" "$T"/nq/*.nq || exit 1
b=$(now)
n=$(triples "$T/embedded-nq")
echo "store: $N statements' N-Quads into the embedded store: $n triples, $(rate "$n" "$a" "$b")"
du -k "$T/embedded-nq/ncgkg.sqlite" | awk '{ printf "store: the embedded store on disk: %.1f MB\n", $1 / 1024 }'

a=$(now)
"$NCGKG" load --store "$T/embedded-nq" "$T"/nq/0001.nq || exit 1
b=$(now)
echo "store: replacing one statement's graph in that store: $(rate 1 "$a" "$b" | sed 's/,.*//')"
echo "store: the shipped queries on that store: $(questions "$T/embedded-nq")"

if virt_start "$T/virtuoso"; then
	export NCGKG_STORE_USER=dba NCGKG_STORE_PASSWORD=dba
	a=$(now)
	timed "$NCGKG" load --store "virtuoso:$VIRT_URL" "$T"/nq/*.nq || exit 1
	b=$(now)
	n=$(triples "virtuoso:$VIRT_URL")
	echo "store: $N statements' N-Quads into Virtuoso (GSP PUT, loopback): $n triples, $(rate "$n" "$a" "$b")"
	a=$(now)
	timed "$NCGKG" load --store "virtuoso:$VIRT_URL" "$T"/nq/*.nq || exit 1
	b=$(now)
	echo "store: the same again (each graph read, then replaced): $(rate "$n" "$a" "$b")"
	echo "store: the shipped queries on Virtuoso: $(questions "virtuoso:$VIRT_URL")"
	virt_stop
else
	echo "store: Virtuoso skipped: $VIRT_WHY"
fi
