#!/bin/sh
# ncgkg bench: time and peak memory of `ncgkg export` on hostile inputs
# that once took quadratic time or memory (issue 7), at three sizes each.
# Prints one line per run: case, size, input bytes, CPU seconds (user +
# system: the machine may be shared), wall seconds, peak RSS (KB), exit.
# Usage: bench/hostile.sh NCGKG [SCALE]   (SCALE multiplies every size)
# NCGKG_BENCH_ARGS: options for export (default: lift the limits);
# NCGKG_BENCH_MAX_KB: address-space cap of each run (default 4 GB);
# DR_SIZES, PARAGRAPH_SIZES, SENTENCE_SIZES, SURNAME_SIZES, LINE_SIZES, LIST_SIZES,
# BAREDAY_SIZES, APPOS_SIZES, COUNCIL_SIZES, PILLARLIST_SIZES: the sizes.
set -eu
ncgkg=${1:?usage: bench/hostile.sh NCGKG [SCALE]}
scale=${2:-1}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ncgkg-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# never take the machine's memory: a run over the cap fails (out of memory)
ulimit -v "${NCGKG_BENCH_MAX_KB:-4194304}"

# gen CASE N > file
gen() {
	case $1 in
	dr)        # "Dr. " N times: capitalised runs rescanned from every start
		awk -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "Dr. "; print "" }' ;;
	paragraphs) # N short paragraphs, each naming an official by surname
		awk -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "Dr. X%d met.\n\n", i }' ;;
	sentence)  # one long sentence with a list of workstreams, N times
		awk -v n="$2" -v f="$here/../data/statements/ncg-2-2023-12-15.txt" \
		    'BEGIN { while ((getline l < f) > 0) if (l ~ /workstreams, including/) s = l
		             for (i = 0; i < n; i++) printf "%s ", s; print "" }' ;;
	surnames)  # N sentences, each naming an official by a surname alone
		# (rules27: the text was read again for each one to find its
		# full name; a title's mentions were compared pairwise)
		awk -v n="$2" 'BEGIN { for (i = 0; i < n; i++)
		                         printf "Minister Kim%c%c spoke. ", 97 + i % 26, 97 + int(i / 26) % 26
		                       print "" }' ;;
	lines)     # N lines of one official each (rules227 and fix75 read the
		# line after and the line before at each line break a name or a
		# body reaches: linear, if each look stays on its line); half
		# of the names end in a Korean surname (rules167 looks each up
		# written surname first: it compared every pair once)
		awk -v n="$2" 'BEGIN { for (i = 0; i < n; i++)
		                         printf "Secretary of Defense John%c%c %s\n", 97 + i % 26, 97 + int(i / 26) % 26,
		                                i % 2 ? "Kim" : "Smith" }' ;;
	appos)     # a cable in capitals, N calls on an official named in
		# apposition after a title's field, the surname alone at the end
		# (review77: rules239 read the whole text again for each
		# apposition; fix77 counts its words once)
		awk -v n="$2" 'BEGIN { print "CONFIDENTIAL"; print "PAGE 01 STATE 168014"
		                       print "O 191955Z JUL 77"; print "FM SECSTATE WASHDC"
		                       print "TO AMEMBASSY BONN IMMEDIATE"; print "E.O. 11652: GDS"
		                       print "TAGS: ETRD, GW"; print "SUBJECT: TRADE CONSULTATIONS"
		                       for (i = 0; i < n; i++)
		                         printf "%d. EMBOFF CALLED ON DEPUTY TO MINISTER OF TRADE, JOHN SMITH, TODAY.\n", i + 1
		                       print "SMITH SAID." }' ;;
	baredays)  # N sentences with a bare day of the month ("on the 5th")
		# after a dateline (rules251 read every token before each one
		# for a month: fix in session 55 reads them once)
		awk -v n="$2" 'BEGIN { print "WASHINGTON, March 30, 2022 --"
		                       for (i = 0; i < n; i++) printf "Officials met on the 5th. "
		                       print "" }' ;;
	list)      # a bulleted list of N items
		awk -v n="$2" 'BEGIN { print "The NCG co-chairs reviewed the progress in each of the NCG workstreams:\n"
		                       for (i = 0; i < n; i++) printf "* item number %d planning;\n\n", i
		                       print "* strategic messaging." }' ;;
	pillarlist) # the bulleted list of N items after a text with a
		# lex:pillarNoun: rules263's listed_heading read every mention
		# for each line (a heading a pillar's item names)
		awk -v n="$2" 'BEGIN { print "The two sides agreed to structure the Dialogue along three policy pillars: trade rules; energy security; and supply chains.\n"
		                       print "The NCG co-chairs reviewed the progress in each of the NCG workstreams:\n"
		                       for (i = 0; i < n; i++) printf "* item number %d planning;\n\n", i
		                       print "* strategic messaging." }' ;;
	councils)  # N bodies with generic names ("The Xaa Council met"),
		# each followed by the bare name ("The Council agreed"):
		# resolve_generic_bodies read every mention for each body
		# (session 58: a set of the names' word ends skips the reads
		# for a name no other body's name ends or starts with)
		awk -v n="$2" 'BEGIN { for (i = 0; i < n; i++)
		                         printf "The X%c%c%c Council met on Monday. The Council agreed. ",
		                                97 + i % 26, 97 + int(i / 26) % 26, 97 + int(i / 676) % 26
		                       print "" }' ;;
	esac
}

printf '%-11s %8s %10s %8s %8s %10s %s\n' case size bytes cpu_s wall_s peak_kb exit
for spec in "dr ${DR_SIZES:-16000 32000 64000}" \
            "paragraphs ${PARAGRAPH_SIZES:-5000 10000 20000}" \
            "sentence ${SENTENCE_SIZES:-100 200 400}" \
            "surnames ${SURNAME_SIZES:-4000 8000 16000}" \
            "lines ${LINE_SIZES:-4000 8000 16000}" \
            "list ${LIST_SIZES:-16000 32000 64000}" \
            "baredays ${BAREDAY_SIZES:-10000 20000 40000}" \
            "appos ${APPOS_SIZES:-4000 8000 16000}" \
            "councils ${COUNCIL_SIZES:-5000 10000 20000}" \
            "pillarlist ${PILLARLIST_SIZES:-16000 32000 64000}"; do
	set -- $spec
	c=$1; shift
	for n in "$@"; do
		n=$((n * scale))
		gen "$c" "$n" > "$tmp/in.txt"
		/usr/bin/time -f '%U %S %e %M' -o "$tmp/time" "$ncgkg" export ${NCGKG_BENCH_ARGS---max-size=0 --max-entities=0} \
			-f nt -o "$tmp/out.nt" "$tmp/in.txt" 2>"$tmp/err" && st=0 || st=$?
		set -- $(tail -1 "$tmp/time")
		printf '%-11s %8d %10d %8s %8s %10s %s\n' "$c" "$n" "$(wc -c < "$tmp/in.txt")" \
			"$(awk -v u="$1" -v s="$2" 'BEGIN { printf "%.2f", u + s }')" "$3" "$4" "$st"
	done
done
