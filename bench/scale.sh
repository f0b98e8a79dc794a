#!/bin/sh
# ncgkg benchmark at archive scale (issue 9); prints figures, asserts nothing.
#
#   sh bench/scale.sh NCGKG GENCORPUS EXTRACT_SPEED LEXDIR N...
#
# For each N: generates N statements (bench/gencorpus, seed 1) in a
# temporary folder, then times, in the same run, on the same machine:
#   export -f ntriples, export -f turtle, graph -f dot (bodies view),
#   rapper -i ntriples -o ntriples and -o turtle over export's N-Triples,
#   and extraction alone (bench/extract_speed: read, segment, recognise,
#   extract; no RDF).
# Prints input MB, statements/s, MB/s of statement text, triples/s and peak
# RSS (/usr/bin/time -f %M), the ratios to rapper with the issue's targets,
# and, with more than one N, the factor from the first N to the last per
# command (linear cost: the factor of N).  The folder is removed at the end.
set -eu
ncgkg=$1 gen=$2 xspeed=$3 lexdir=$4
shift 4
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench: $TIME is missing (Debian package 'time')" >&2; exit 1; }
command -v rapper >/dev/null || { echo "bench: rapper is missing (raptor2-utils)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/ncgkg-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
summary=$work/summary
: >"$summary"

# run NAME CMD...: time CMD (stdout to $work/NAME.out); appends
# "N NAME secs rss_kb" to the summary
run() {
	name=$1
	shift
	if ! "$TIME" -f '%e %M' -o "$work/time" "$@" >"$work/$name.out" 2>"$work/$name.err"; then
		echo "bench: $name failed on $n statements:" >&2
		tail -5 "$work/$name.err" >&2
		exit 1
	fi
	read -r secs rss <"$work/time"
	echo "$n $name $secs $rss" >>"$summary"
}

for n in "$@"; do
	rm -rf "$work/in"
	mkdir "$work/in"
	bytes=$("$gen" -n "$n" -l "$lexdir" "$work/in")
	# the file list, in a stable order, as arguments
	set -- "$work"/in/*.txt
	run extract "$xspeed" "$@"
	run export-nt "$ncgkg" export -f ntriples "$@"
	mv "$work/export-nt.out" "$work/out.nt"
	run export-ttl "$ncgkg" export -f turtle "$@"
	run graph "$ncgkg" graph -f dot "$@"
	run rapper-nt rapper -q -i ntriples -o ntriples "file:$work/out.nt"
	run rapper-ttl rapper -q -i ntriples -o turtle "file:$work/out.nt"
	triples=$(wc -l <"$work/out.nt")
	rm -f "$work"/*.out "$work/out.nt"
	echo "$n statements: $(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB of text," \
	  "$triples triples (bench/gencorpus -n $n, seed 1)"
	awk -v n="$n" -v bytes="$bytes" -v t="$triples" '
	$1 == n { secs[$2] = $3; rss[$2] = $4; order[++k] = $2 }
	END {
		printf "  %-11s %8s %9s %7s %10s %9s\n", "command", "seconds", "stmts/s", "MB/s",
		  "triples/s", "peak MB"
		for (i = 1; i <= k; i++) {
			c = order[i]; s = secs[c] > 0 ? secs[c] : 0.01
			printf "  %-11s %8.2f %9.1f %7.3f %10.0f %9.1f\n", c, secs[c], n / s,
			  bytes / 1e6 / s, t / s, rss[c] / 1024
		}
		r = secs["rapper-nt"] > 0 ? secs["rapper-nt"] : 0.01
		q = secs["rapper-ttl"] > 0 ? secs["rapper-ttl"] : 0.01
		printf "  export -f ntriples / rapper NT->NT:  %6.2fx (target <= 1.5x)\n", secs["export-nt"] / r
		printf "  export -f turtle   / rapper NT->TTL: %6.2fx (target <= 2x)\n", secs["export-ttl"] / q
		printf "  graph              / rapper NT->NT:  %6.2fx (target <= 2x at 1,000)\n", secs["graph"] / r
		printf "  export -f ntriples peak RSS:         %6.1f MB (target <= 256 MB at 10,000)\n", rss["export-nt"] / 1024
		printf "  extraction alone:                    %6.3f MB/s (target >= 5 MB/s)\n", bytes / 1e6 / (secs["extract"] > 0 ? secs["extract"] : 0.01)
	}' "$summary"
done
first=$(awk 'NR == 1 { print $1 }' "$summary")
last=$(awk 'END { print $1 }' "$summary")
if [ "$first" != "$last" ]; then
	echo "$first -> $last statements (x$(awk -v a="$first" -v b="$last" 'BEGIN { printf "%g", b / a }') input):"
	awk -v a="$first" -v b="$last" '
	$1 == a { s0[$2] = $3; r0[$2] = $4; order[++k] = $2 }
	$1 == b { s1[$2] = $3; r1[$2] = $4 }
	END {
		for (i = 1; i <= k; i++) {
			c = order[i]
			printf "  %-11s time x%.1f, peak RSS x%.2f\n", c,
			  s1[c] / (s0[c] > 0 ? s0[c] : 0.01), r1[c] / r0[c]
		}
	}' "$summary"
fi
