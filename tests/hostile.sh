#!/bin/sh
# ncgkg tests: hostile inputs (issue 7), one case a line in
# tests/hostile.table: make the input, run ncgkg, then require the exact
# exit status, the message, no crash, nothing written on failure (no
# output, no temporary file), and RDF that rapper parses on success; at the
# end, every successful export parses in rdflib too.
. "${srcdir:-.}/tests/lib.sh"
table=$srcdir/tests/hostile.table
good=$statements/ncg-4-2025-01-10.txt
export good NCGKG

# rep N STRING: STRING N times (for recipes)
rep() { awk -v n="$1" -v s="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }

tab=$(printf '\t')
cases=$(grep -v '^#' "$table" | grep -c .)
plan $((cases + 1))
: > "$TMP/rdflib.list"
i=0
while IFS=$tab read -r name recipe args want pattern; do
	case $name in '#'* | '') continue ;; esac
	i=$((i + 1))
	w=$TMP/case$i
	mkdir "$w"
	# the recipe, in the case's folder (its own shell: helpers and $good)
	if ! (cd "$w" && eval "$recipe") >"$TMP/recipe.out" 2>&1; then
		ok 1 "$name: the recipe fails"
		sed 's/^/# /' "$TMP/recipe.out" | head -5
		continue
	fi
	as=
	case $args in
	@nobody\ *)
		args=${args#@nobody }
		if [ "$(id -u)" -eq 0 ]; then
			if ! command -v setpriv >/dev/null; then
				skip "$name" "root without setpriv: cannot run as nobody"
				continue
			fi
			chmod 755 "$TMP" "$w"
			as="setpriv --reuid=65534 --regid=65534 --clear-groups"
		fi ;;
	esac
	bin=$NCGKG
	# nobody may not reach the build tree (a clone under /root): run a
	# copy of the program from the temporary folder instead
	if [ -n "$as" ] && ! $as test -x "$bin"; then
		cp "$NCGKG" "$TMP/ncgkg-as-nobody" && chmod 755 "$TMP/ncgkg-as-nobody"
		bin=$TMP/ncgkg-as-nobody
	fi
	# standard input is an empty file of our own, not /dev/null (on a
	# machine where /dev/null was replaced by a file, it holds whatever
	# was written to it)
	: >"$TMP/.empty-stdin"
	(cd "$w" && eval "set -- $args" && exec $as timeout 300 "$bin" "$@") \
		>"$w/.stdout" 2>"$w/.stderr" <"$TMP/.empty-stdin"
	rc=$?
	why=
	if ! printf '%s\n' "$rc" | grep -Eqx "$want"; then
		why="exit $rc, not $want"
	elif [ "$pattern" = - ] && [ -s "$w/.stderr" ]; then
		why="a message where none was expected"
	elif [ "$pattern" != - ] && ! grep -Eq -- "$pattern" "$w/.stderr" &&
	     ! tr '\n' ' ' < "$w/.stderr" | grep -Eq -- "$pattern"; then
		why="the message does not match /$pattern/"
	elif [ "$(find "$w" -name '.*.ncgkg-tmp.*' | wc -l)" -ne 0 ]; then
		why="a temporary file was left behind"
	elif [ "$rc" -ne 0 ] && [ -s "$w/.stdout" ]; then
		why="output written although it failed"
	elif [ "$rc" -eq 0 ]; then
		# a successful export is RDF that rapper parses
		eval "set -- $args"
		cmd=$1
		fmt=turtle
		out=$w/.stdout
		while [ $# -gt 0 ]; do
			case $1 in
			-f) fmt=$2; shift ;;
			-o) out=$w/$2; shift ;;
			esac
			shift
		done
		case $fmt in
		nt | ntriples) fmt=ntriples ;; nq | nquads) fmt=nquads ;;
		rdf | xml | rdfxml) fmt=rdfxml ;; *) fmt=turtle ;;
		esac
		if [ "$cmd" = export ]; then
			if [ -n "${RAPPER:-}" ] &&
			   ! "$RAPPER" -q -i "$fmt" -c "$out" >"$w/.rapper" 2>&1; then
				why="rapper does not parse the $fmt output: $(head -c 300 "$w/.rapper")"
			fi
			printf '%s\t%s\t%s\n' "$name" "$fmt" "$out" >> "$TMP/rdflib.list"
		fi
	fi
	if [ -z "$why" ]; then
		ok 0 "$name: exit $rc"
	else
		ok 1 "$name: $why"
		echo "# ncgkg $args"
		head -c 600 "$w/.stderr" | sed 's/^/#   /'
	fi
	# big inputs go once used (outputs stay for rdflib)
	find "$w" -type f -name 'in.*' -size +1M -delete 2>/dev/null
done < "$table"

# every successful export parses in rdflib as well
if has_rdflib; then
	"$SYS_PYTHON3" - "$TMP/rdflib.list" > "$TMP/rdflib.out" 2>&1 <<'PY'
import sys, rdflib
fmt = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "rdfxml": "xml"}
bad = 0
for line in open(sys.argv[1], encoding="utf-8"):
    name, f, path = line.rstrip("\n").split("\t")
    try:
        g = rdflib.ConjunctiveGraph() if f == "nquads" else rdflib.Graph()
        g.parse(path, format=fmt[f])
        if len(g) == 0:
            raise ValueError("no triples")
    except Exception as e:
        bad += 1
        print("%s (%s): %s" % (name, f, str(e)[:300]))
print("checked", sum(1 for _ in open(sys.argv[1])), "bad", bad)
sys.exit(1 if bad else 0)
PY
	st=$?
	ok $st "every successful export parses in rdflib ($(tail -1 "$TMP/rdflib.out"))"
	[ $st -eq 0 ] || sed 's/^/# /' "$TMP/rdflib.out" | head -20
else
	skip "every successful export parses in rdflib" "no rdflib"
fi
exit $failed
