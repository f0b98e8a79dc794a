#!/bin/sh
# ncgkg tests: the lexicon's vocabulary is declared (review17).  Every lex:
# term src/ reads (src/lexicon_rdf.c's tables of classes, word lists and
# fields) and every lex: property or class ontology/lexicon/*.ttl uses is
# declared in ontology/ncg.ttl with an rdfs:label, an rdfs:comment and
# rdfs:isDefinedBy the ontology; a word list as an owl:DatatypeProperty of
# lex:WordLists whose range is xsd:string.  And the word lists are the
# same three ways: the code's table, grammar.ttl's lex:grammar and the
# declarations (the code ignores a list it does not know, silently).
. "${srcdir:-.}/tests/lib.sh"
plan 8
if [ -z "${RAPPER:-}" ] || ! command -v "$RAPPER" >/dev/null 2>&1; then
	for i in 1 2 3 4 5 6 7 8; do skip "lexicon terms declared" "rapper missing"; done
	exit 0
fi
LC_ALL=C
export LC_ALL
L=https://w3id.org/ncgkg/lexicon#

# missing NEEDED HAVE DESCRIPTION: ok when every line of NEEDED is in HAVE
missing() {
	comm -23 "$1" "$2" >"$TMP/missing"
	[ -s "$1" ] && [ ! -s "$TMP/missing" ]
	ok $? "$3"
	[ -s "$1" ] || echo "# found no term to check in $1"
	sed 's/^/# not so: lex:/' "$TMP/missing"
}
# lex_names: the names of lex: IRIs on standard input, one a line, sorted
lex_names() {
	sed -n "s|^<$L\\([A-Za-z0-9_]*\\)>\$|\\1|p" | sort -u
}

"$RAPPER" -q -i turtle -o ntriples "$srcdir/ontology/ncg.ttl" >"$TMP/ncg.nt" 2>"$TMP/err"
ok $? "ontology/ncg.ttl is valid Turtle (rapper)"
sed 's/^/# /' "$TMP/err" | head -5
st=0
for f in "$srcdir"/ontology/lexicon/*.ttl; do
	"$RAPPER" -q -i turtle -o ntriples "$f" https://w3id.org/ncgkg/id/ 2>>"$TMP/err" || st=1
done >"$TMP/lex.nt"
ok $st "ontology/lexicon/*.ttl are valid Turtle (rapper)"

# What ncg.ttl declares: described (label, comment, isDefinedBy) properties,
# classes and word lists.
awk -v L="$L" -v P="$TMP/props" -v C="$TMP/classes" -v W="$TMP/wordlists" \
    -v A="$TMP/alllists" '
BEGIN {
	R = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	S = "<http://www.w3.org/2000/01/rdf-schema#"
	O = "<http://www.w3.org/2002/07/owl#"
}
index($1, "<" L) != 1 { next }
{ n = substr($1, length(L) + 2, length($1) - length(L) - 2); names[n] = 1 }
$2 == R "type>" && ($3 == O "DatatypeProperty>" || $3 == O "ObjectProperty>") { prop[n] = 1 }
$2 == R "type>" && $3 == O "DatatypeProperty>" { dprop[n] = 1 }
$2 == R "type>" && ($3 == O "Class>" || $3 == S "Class>") { cls[n] = 1 }
$2 == S "label>" { lab[n] = 1 }
$2 == S "comment>" { com[n] = 1 }
$2 == S "isDefinedBy>" && $3 == "<https://w3id.org/ncgkg/ontology>" { def[n] = 1 }
$2 == S "domain>" && $3 == "<" L "WordLists>" { dom[n] = 1 }
$2 == S "range>" && $3 == "<http://www.w3.org/2001/XMLSchema#string>" { rng[n] = 1 }
END {
	printf "" > P; printf "" > C; printf "" > W; printf "" > A
	for (n in names) {
		d = lab[n] && com[n] && def[n]
		if (d && prop[n]) print n > P
		if (d && cls[n]) print n > C
		if (d && dprop[n] && dom[n] && rng[n]) print n > W
		if (dom[n]) print n > A
	}
}' "$TMP/ncg.nt"
for f in props classes wordlists alllists; do
	sort -u -o "$TMP/$f" "$TMP/$f"
done
sort -u "$TMP/props" "$TMP/classes" >"$TMP/terms"

# What the code reads: the word lists of src/lexicon_rdf.c's table, and
# every lex: term of src/.
awk '/WORDLISTS\[\] = \{/ { t = 1; next } t && /^};/ { t = 0 } t' "$srcdir/src/lexicon_rdf.c" |
	sed -n 's/.*NCG_LEX_NS "\([A-Za-z0-9_]*\)".*/\1/p' | sort -u >"$TMP/table"
cat "$srcdir"/src/*.c "$srcdir"/src/*.h | grep -o 'NCG_LEX_NS "[A-Za-z0-9_]*"' |
	sed 's/.*"\(.*\)"/\1/' | sort -u >"$TMP/code"

# What the lexicon uses: lex: properties, lex: classes, lex:grammar's lists.
awk '{ print $2 }' "$TMP/lex.nt" | lex_names >"$TMP/used_props"
awk '$2 == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" { print $3 }' "$TMP/lex.nt" |
	lex_names >"$TMP/used_classes"
awk -v g="<${L}grammar>" '$1 == g { print $2 }' "$TMP/lex.nt" | lex_names >"$TMP/grammar"

missing "$TMP/table" "$TMP/wordlists" \
	"ontology/ncg.ttl declares each word list of src/lexicon_rdf.c's table ($(wc -l <"$TMP/table")) as a word list, with label, comment and rdfs:isDefinedBy"
missing "$TMP/code" "$TMP/terms" \
	"ontology/ncg.ttl declares each lex: term of src/ ($(wc -l <"$TMP/code")) as a property or class, with label, comment and rdfs:isDefinedBy"
missing "$TMP/used_props" "$TMP/props" \
	"ontology/ncg.ttl declares each lex: property of ontology/lexicon/*.ttl ($(wc -l <"$TMP/used_props")), with label, comment and rdfs:isDefinedBy"
missing "$TMP/used_classes" "$TMP/classes" \
	"ontology/ncg.ttl declares each lex: class of ontology/lexicon/*.ttl ($(wc -l <"$TMP/used_classes")), with label, comment and rdfs:isDefinedBy"
missing "$TMP/grammar" "$TMP/table" \
	"src/lexicon_rdf.c's table reads each word list of grammar.ttl ($(wc -l <"$TMP/grammar"))"
missing "$TMP/alllists" "$TMP/table" \
	"src/lexicon_rdf.c's table reads each word list ontology/ncg.ttl declares ($(wc -l <"$TMP/alllists"))"
exit $failed
