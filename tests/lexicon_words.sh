#!/bin/sh
# ncgkg tests: cue words are the lexicon's (review12).  For each case of
# tests/lexicon_words.table, read its text with the shipped lexicon and
# with grammar.ttl edited (a list deleted, or a word added), and require
# the pattern in exactly the one reading the case names: an edit of the
# list changes what is read.
. "${srcdir:-.}/tests/lib.sh"
table=$srcdir/tests/lexicon_words.table
lexdir=$srcdir/ontology/lexicon
tab=$(printf '\t')
cases=$(grep -v '^#' "$table" | grep -c .)
plan "$cases"
# read_all OUT LEXICON-ARGS...: mentions --explain and the N-Triples
read_all() {
	out=$1
	shift
	{ "$NCGKG" mentions --explain "$@" "$TMP/text.txt" &&
	  "$NCGKG" export -f ntriples "$@" "$TMP/text.txt"; } >"$out" 2>"$TMP/err"
}
while IFS=$tab read -r name list edit where pattern text; do
	case $name in '#'* | '') continue ;; esac
	printf '%b\n' "$text" >"$TMP/text.txt"
	set -- --no-builtin-lexicon
	for f in countries bodies concepts views; do
		set -- "$@" -l "$lexdir/$f.ttl"
	done
	case $edit in
	-)
		grep -v "^    lex:$list " "$lexdir/grammar.ttl" >"$TMP/grammar.ttl"
		removed=$(($(wc -l <"$lexdir/grammar.ttl") - $(wc -l <"$TMP/grammar.ttl")))
		if [ "$removed" -ne 1 ]; then
			ok 1 "$name: lex:$list is not one line of grammar.ttl"
			continue
		fi
		set -- "$@" -l "$TMP/grammar.ttl" ;;
	+*)
		printf '@prefix lex: <https://w3id.org/ncgkg/lexicon#> .\nlex:grammar lex:%s "%s" .\n' \
		       "$list" "${edit#+}" >"$TMP/add.ttl"
		set -- "$@" -l "$lexdir/grammar.ttl" -l "$TMP/add.ttl" ;;
	esac
	if ! read_all "$TMP/shipped" || ! read_all "$TMP/edited" "$@"; then
		ok 1 "$name: ncgkg fails"
		sed 's/^/# /' "$TMP/err" | head -5
		continue
	fi
	grep -Eq -- "$pattern" "$TMP/shipped"
	s=$?
	grep -Eq -- "$pattern" "$TMP/edited"
	e=$?
	case $where in
	shipped) [ $s -eq 0 ] && [ $e -ne 0 ] ;;
	edited) [ $s -ne 0 ] && [ $e -eq 0 ] ;;
	*) false ;;
	esac
	ok $? "$name ($edit lex:$list; '$pattern' only $where)"
done <"$table"
exit $failed
