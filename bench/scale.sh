#!/bin/sh
# ncgkg benchmark at archive scale (issue 9); prints figures, asserts nothing.
#
#   sh bench/scale.sh NCGKG GENCORPUS EXTRACT_SPEED LEXDIR N...   (make bench BENCH_N="N...")
#
# For each N: generates N statements (bench/gencorpus, seed 1) in a
# temporary folder, then times, in the same run, on the same machine:
#   export -f ntriples, export -f turtle, export -f rdfxml, graph -f dot
#   (bodies view), graph -f svg (up to BENCH_SVG_MAX statements, default
#   1,000: layout),
#   rapper -i ntriples -o ntriples and -o turtle over export's N-Triples,
#   and extraction alone (bench/extract_speed: read, segment, recognise,
#   extract, finish in batches of 50,000 facts as export does; no RDF).
# Prints wall and CPU seconds (user + system: the machine is shared, so
# wall time counts the neighbours too), and from the wall time input
# statements/s, MB/s of statement text and triples/s, and the peak RSS
# (/usr/bin/time -f %M); the ratios to rapper with the issue's targets,
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
# "N NAME secs rss_kb cpu_secs" to the summary
run() {
	name=$1
	shift
	if ! "$TIME" -f '%e %M %U %S' -o "$work/time" "$@" >"$work/$name.out" 2>"$work/$name.err"; then
		echo "bench: $name failed on $n statements:" >&2
		tail -5 "$work/$name.err" >&2
		exit 1
	fi
	read -r secs rss user sys <"$work/time"
	echo "$n $name $secs $rss $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" >>"$summary"
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
	run export-xml "$ncgkg" export -f rdfxml "$@"
	run graph "$ncgkg" graph -f dot "$@"
	# graph -f svg: DOT is written before layout, SVG after Graphviz's dot
	# layout, which grows faster than the drawing: up to BENCH_SVG_MAX
	if [ "$n" -le "${BENCH_SVG_MAX:-1000}" ]; then
		run graph-svg "$ncgkg" graph -f svg "$@"
	fi
	run rapper-nt rapper -q -i ntriples -o ntriples "file:$work/out.nt"
	run rapper-ttl rapper -q -i ntriples -o turtle "file:$work/out.nt"
	triples=$(wc -l <"$work/out.nt")
	xline=$(cat "$work/extract.out")
	rm -f "$work"/*.out "$work/out.nt"
	echo "$n statements: $(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB of text," \
	  "$triples triples (bench/gencorpus -n $n, seed 1)"
	awk -v n="$n" -v bytes="$bytes" -v t="$triples" '
	function pos(x) { return x > 0 ? x : 0.01 }
	$1 == n { secs[$2] = $3; rss[$2] = $4; cpu[$2] = $5; order[++k] = $2 }
	END {
		printf "  %-11s %8s %8s %9s %7s %10s %9s\n", "command", "wall s", "CPU s",
		  "stmts/s", "MB/s", "triples/s", "peak MB"
		for (i = 1; i <= k; i++) {
			c = order[i]; s = pos(secs[c])
			printf "  %-11s %8.2f %8.2f %9.1f %7.3f %10.0f %9.1f\n", c, secs[c], cpu[c],
			  n / s, bytes / 1e6 / s, t / s, rss[c] / 1024
		}
		printf "  ratios, wall (CPU):\n"
		printf "  export -f ntriples / rapper NT->NT:  %7.2fx (%.2fx)  target <= 1.5x\n",
		  secs["export-nt"] / pos(secs["rapper-nt"]), cpu["export-nt"] / pos(cpu["rapper-nt"])
		printf "  export -f turtle   / rapper NT->TTL: %7.2fx (%.2fx)  target <= 2x\n",
		  secs["export-ttl"] / pos(secs["rapper-ttl"]), cpu["export-ttl"] / pos(cpu["rapper-ttl"])
		printf "  graph              / rapper NT->NT:  %7.2fx (%.2fx)  target <= 2x at 1,000\n",
		  secs["graph"] / pos(secs["rapper-nt"]), cpu["graph"] / pos(cpu["rapper-nt"])
		if ("graph-svg" in cpu)
			printf "  graph -f svg - graph -f dot (Graphviz layout, SVG): %.2f s of CPU\n",
			  cpu["graph-svg"] - cpu["graph"]
		printf "  export -f ntriples peak RSS:         %7.1f MB  target <= 256 MB at 10,000\n",
		  rss["export-nt"] / 1024
		printf "  export -f turtle / rdfxml peak RSS:  %7.1f / %.1f MB (rapper NT->TTL %.1f MB)\n",
		  rss["export-ttl"] / 1024, rss["export-xml"] / 1024, rss["rapper-ttl"] / 1024
		printf "  extraction alone:                    %7.3f MB/s (CPU: %.3f MB/s)  target >= 5 MB/s\n",
		  bytes / 1e6 / pos(secs["extract"]), bytes / 1e6 / pos(cpu["extract"])
	}' "$summary"
	echo "  extract_speed (in-process, lexicon loading excluded): $xline"
done
first=$(awk 'NR == 1 { print $1 }' "$summary")
last=$(awk 'END { print $1 }' "$summary")
if [ "$first" != "$last" ]; then
	echo "$first -> $last statements (x$(awk -v a="$first" -v b="$last" 'BEGIN { printf "%g", b / a }') input):"
	awk -v a="$first" -v b="$last" '
	$1 == a { s0[$2] = $3; r0[$2] = $4; c0[$2] = $5; order[++k] = $2 }
	$1 == b { s1[$2] = $3; r1[$2] = $4; c1[$2] = $5 }
	END {
		for (i = 1; i <= k; i++) {
			c = order[i]
			if (!(c in s1)) continue   # graph-svg: not run at the last N
			printf "  %-11s wall x%.1f, CPU x%.1f, peak RSS x%.2f\n", c,
			  s1[c] / (s0[c] > 0 ? s0[c] : 0.01), c1[c] / (c0[c] > 0 ? c0[c] : 0.01),
			  r1[c] / r0[c]
		}
		printf "  export -f ntriples peak RSS x%.2f, -f turtle x%.2f, -f rdfxml x%.2f" \
		  "  target <= 1.3x (it streams)\n", r1["export-nt"] / r0["export-nt"],
		  r1["export-ttl"] / r0["export-ttl"], r1["export-xml"] / r0["export-xml"]
	}' "$summary"
fi
