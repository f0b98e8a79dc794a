#!/bin/sh
# ncgkg tests: statements saved as web pages (tests/data/html, built by
# tests/data/html/build-pages.py): every page gives the facts its text
# gives; what is read from a page is its article, without the furniture;
# mentions point into the page; hostile pages give a clear error or the
# right text, never a crash.
. "${srcdir:-.}/tests/lib.sh"
html=$srcdir/tests/data/html
pages=$(cd "$html" && ls known/*.html dev/*.html heldout/*.html unseen/*.html real/*.html)
plan $(( $(echo "$pages" | wc -l) + 24 ))

text_of() {   # the statement a page was built from
	case $1 in
	known/*) echo "$statements/$(basename "$1" .html).txt" ;;
	*) echo "$srcdir/tests/data/${1%.html}.txt" ;;
	esac
}
# facts without the statement's own triples, the NIF strings (offsets)
# and the statement's hash (in its IRI, in membership IRIs and in the keys
# of meetings of no named series, meeting/meeting-HASH[-ORDINAL|-DATE])
# The facts of a statement but its own (the statement, its offsets, and the
# publisher a page names in its head, which a text may not name at all).
facts() {
	"$NCGKG" export -f nt "$1" |
	sed -E -e 's#<https://w3id.org/ncgkg/id/statement/[0-9a-f]{16}#<STMT#g' \
	       -e 's#--[0-9a-f]{16}>#--STMT>#g' \
	       -e 's#/meeting/meeting-[0-9a-f]{16}([->])#/meeting/meeting-STMT\1#g' > "$TMP/facts.all"
	pub=$(sed -n 's#^<STMT> <http://purl.org/dc/terms/publisher> \(<[^>]*>\) \.$#\1#p' "$TMP/facts.all" |
	      head -n 1)
	grep -v -e '^<STMT#char=' -e '^<STMT> ' "$TMP/facts.all" |
	if [ -n "$pub" ] && ! grep -q "^$pub <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/ncgkg/ontology#Body> \.$" "$TMP/facts.all"; then
		grep -v -F "$pub "
	else
		cat
	fi | LC_ALL=C sort
}

for p in $pages; do
	t=$(text_of "$p")
	facts "$t" > "$TMP/text.nt"
	facts "$html/$p" > "$TMP/page.nt"
	name=${p%.html}
	diff "$TMP/text.nt" "$TMP/page.nt" | grep '^[<>]' > "$TMP/diff"
	grep "^$name	" "$html/differences" | cut -f2- > "$TMP/expected"
	count=$(wc -l < "$TMP/page.nt")
	cmp -s "$TMP/diff" "$TMP/expected"
	ok $? "$name.html gives the facts of its text ($count triples$([ -s "$TMP/expected" ] && echo ", $(wc -l < "$TMP/expected") known difference"))"
	diff "$TMP/expected" "$TMP/diff" | head -10 | sed 's/^/# /'
done

# the known statements as pages: their pinned facts (but the file name)
for name in ncg-2-2023-12-15 ncg-4-2025-01-10; do
	"$NCGKG" export -f nt "$html/known/$name.html" > "$TMP/$name.nt"
	if [ -n "${SYS_PYTHON3:-}" ]; then
		sed "s/\"$name.txt\"/\"$name.html\"/" "$srcdir/tests/data/known/$name.facts" > "$TMP/$name.facts"
		"$SYS_PYTHON3" "$srcdir/tests/facts_check.py" "$TMP/$name.facts" "$TMP/$name.nt" > "$TMP/facts.out"
		ok $? "$name.html: the pinned facts of the statement hold ($(tail -1 "$TMP/facts.out"))"
		grep -v "0 wrong" "$TMP/facts.out" | sed 's/^/# /'
	else
		skip "$name.html: the pinned facts hold" "no python3"
	fi
done

# what is read from a page: every paragraph of its text, none of the furniture
bad=0
for p in $pages; do
	"$NCGKG" mentions --text "$html/$p" > "$TMP/read.txt" 2>"$TMP/err" || { bad=1; echo "# $p: $(cat "$TMP/err")"; }
	t=$(text_of "$p")
	# (as a browser shows it: spaces collapsed; without the " date YYYY-MM-DD"
	# line the store of tests/data/real puts before a text, nor the lines of
	# the official-site banner a stored text kept, which are the page's banner)
	awk 'length($0) >= 90' "$t" | sed 's/^ *//; s/ *$//; s/  */ /g; s/^• //; s/^date [0-9-]* //' |
	grep -v -e '^A lock (' -e '^A \.mil website belongs to an official' |
	while IFS= read -r para; do
		grep -qF -- "$para" "$TMP/read.txt" || echo "# $p: paragraph not read: $(echo "$para" | cut -c1-60)"
	done > "$TMP/missing"
	[ -s "$TMP/missing" ] && { bad=1; head -3 "$TMP/missing"; }
	for junk in "cookies" "Share:" "Skip to" "Facebook" "Most Viewed" "Related" "Recent Posts" \
	            "dataLayer" "co-chaired by U.S. and ROK officials" "official website of the United States" \
	            "Sitemap" "Subscribe" "Go to the top" "Advertisement" "Keywords" "Copyright"; do
		if grep -qF -- "$junk" "$TMP/read.txt" && ! grep -qF -- "$junk" "$t"; then
			bad=1; echo "# $p: furniture read: $junk"
		fi
	done
done
ok $bad "what is read from each page holds every paragraph of its text and no furniture"

# mentions point into the page: the XPath of each phrase finds its words
if has_rdflib && [ -n "${XMLLINT:-}" ]; then
	for p in known/ncg-4-2025-01-10.html heldout/ncg-4-2025-01-10-mnd.html real/kidd-25-2024-09-24-dod.html; do
		"$NCGKG" export -f nt "$html/$p" > "$TMP/x.nt"
		"$SYS_PYTHON3" - "$TMP/x.nt" "$html/$p" "$XMLLINT" > "$TMP/xp.out" 2>&1 <<'PY'
import subprocess, sys, rdflib
from rdflib import Namespace, RDF
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
NCG = Namespace("https://w3id.org/ncgkg/ontology#")
g = rdflib.Graph().parse(sys.argv[1], format="nt")
phrases = set(g.subjects(RDF.type, NIF.Phrase))
cache, bad = {}, 0
for ph in sorted(phrases):
    xp = g.value(ph, NCG.sourceXPath)
    anchor = " ".join(str(g.value(ph, NIF.anchorOf)).split())
    if xp is None:
        print("no ncg:sourceXPath:", ph); bad += 1; continue
    if str(xp) not in cache:
        r = subprocess.run([sys.argv[3], "--html", "--xpath", "string(%s)" % xp, sys.argv[2]],
                           capture_output=True)
        cache[str(xp)] = " ".join(r.stdout.decode("utf-8", "replace").split())
    if anchor not in cache[str(xp)]:
        print("not at", xp, ":", anchor); bad += 1
print("%d phrases, %d elements, %d bad" % (len(phrases), len(cache), bad))
sys.exit(1 if bad or not phrases else 0)
PY
		ok $? "$p: each mention's ncg:sourceXPath finds its words in the page ($(tail -1 "$TMP/xp.out"))"
		head -5 "$TMP/xp.out" | grep -v phrases | sed 's/^/# /'
	done
else
	skip "sourceXPath of ncg-4 finds the words" "needs rdflib and xmllint"
	skip "sourceXPath of the EUC-KR page finds the words" "needs rdflib and xmllint"
	skip "sourceXPath of a real page finds the words" "needs rdflib and xmllint"
fi

k4=$html/known/ncg-4-2025-01-10.html
# a page by its content, whatever its name, and on standard input
cp "$k4" "$TMP/saved-page.txt"
"$NCGKG" export -f nt "$k4" | grep -v sourceFile > "$TMP/a.nt"
"$NCGKG" export -f nt "$TMP/saved-page.txt" | grep -v sourceFile > "$TMP/b.nt"
cmp -s "$TMP/a.nt" "$TMP/b.nt"; ok $? "a page named .txt is read as a page"
"$NCGKG" export -f nt - < "$k4" | grep -v sourceFile > "$TMP/c.nt"
cmp -s "$TMP/a.nt" "$TMP/c.nt"; ok $? "a page on standard input is read as a page"
"$NCGKG" mentions --text "$statements/ncg-4-2025-01-10.txt" > "$TMP/t.txt"
cmp -s "$TMP/t.txt" "$statements/ncg-4-2025-01-10.txt"; ok $? "mentions --text prints a plain statement as it is"
"$NCGKG" graph -f dot "$k4" > "$TMP/p.dot"
"$NCGKG" graph -f dot "$statements/ncg-4-2025-01-10.txt" > "$TMP/t.dot"
cmp -s "$TMP/p.dot" "$TMP/t.dot"; ok $? "graph draws a page as its text"
if [ -n "${RAPPER:-}" ]; then
	"$NCGKG" export "$k4" "$html/heldout/ncg-4-2025-01-10-mnd.html" > "$TMP/p.ttl"
	"$RAPPER" -q -i turtle -c "$TMP/p.ttl" >/dev/null 2>&1; ok $? "rapper parses the Turtle of pages"
else
	skip "rapper parses the Turtle of pages" "no rapper"
fi

# encodings: the pages saved in EUC-KR and windows-1252 read as UTF-8
"$NCGKG" mentions --text "$html/heldout/ncg-4-2025-01-10-mnd.html" > "$TMP/kr.txt"
grep -q "^Results of the 4th ROK-U.S. Nuclear Consultative Group (NCG) Meeting$" "$TMP/kr.txt" &&
	grep -q "$(printf 'Minister\342\200\231s\|\342\200\231')" "$TMP/kr.txt"
ok $? "an EUC-KR page reads as UTF-8"
"$NCGKG" mentions --text "$html/heldout/ncg-wg-5-2024-11-13-state.html" > "$TMP/w.txt"
grep -q "$(printf '\342\200\231')" "$TMP/w.txt" && ! grep -q "$(printf '\222')" "$TMP/w.txt"
ok $? "a windows-1252 page reads as UTF-8"

# hostile pages
hostile() {   # hostile NAME DESCRIPTION WANT-IN-STDERR: exit 1, a message, no output
	run "$NCGKG" export -o "$TMP/out.ttl" "$TMP/$1"
	[ $rc -eq 1 ] && grep -q "$TMP/$1" "$TMP/err" && grep -q -- "$3" "$TMP/err" &&
		grep -q "nothing written" "$TMP/err" && [ ! -e "$TMP/out.ttl" ]
	ok $? "$2: exit 1 naming the file ($(head -1 "$TMP/err" | sed "s#$TMP/##"))"
}
awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 2097152; i++) printf "<div>"; print "text" }' > "$TMP/nested.html"
[ "$(wc -c < "$TMP/nested.html")" -ge 10000000 ]; ok $? "generated 10 MB of nested divs"
hostile nested.html "10 MB of nested divs" "not a page ncgkg reads"
printf '<!DOCTYPE html><html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><footer>Copyright 2024, all rights reserved.</footer></body></html>' > "$TMP/empty.html"
hostile empty.html "a page with no article" "no article text"
head -c 65536 /dev/urandom > "$TMP/binary.html" 2>/dev/null || awk 'BEGIN { srand(1); for (i = 0; i < 65536; i++) printf "%c", int(rand() * 256) }' > "$TMP/binary.html"
hostile binary.html "binary data" "encoding\|UTF-8\|binary"
printf '<html><head><meta charset="x-klingon"></head><body><p>The two sides met in Seoul today, again.</p></body></html>' > "$TMP/klingon.html"
hostile klingon.html "an encoding ncgkg does not know" "x-klingon"
printf '<html><body><p>The ROK\222s side met the U.S. side in Seoul today.</p></body></html>' > "$TMP/undeclared.html"
hostile undeclared.html "a page in an undeclared encoding" "declares no encoding"
run "$NCGKG" export -o "$TMP/out.ttl" "$k4" "$TMP/empty.html"
[ $rc -eq 1 ] && [ ! -e "$TMP/out.ttl" ]; ok $? "a bad page among good ones: nothing written"

# a script holding the words of a rule is not read
cat > "$TMP/script.html" <<'PAGE'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Readout</title>
<script>var summary = "The meeting was co-chaired by Dr. Kim Tae-hyo and Mr. Maher Bitar.";</script></head>
<body><article><h1>Readout of the Nuclear Consultative Group Meeting</h1>
<p>The second meeting of the Nuclear Consultative Group (NCG) was held in Washington on December 15, 2023.</p>
<script>document.write("The meeting was co-chaired by Dr. Kim Tae-hyo and Mr. Maher Bitar.");</script>
<noscript><p>The meeting was co-chaired by Dr. Kim Tae-hyo and Mr. Maher Bitar.</p></noscript>
</article></body></html>
PAGE
run "$NCGKG" export -f nt "$TMP/script.html"
[ $rc -eq 0 ] && grep -q 'meeting/ncg-2' "$TMP/out" && ! grep -q 'coChair\|maher-bitar' "$TMP/out"
ok $? "a script containing 'co-chaired by' gives no co-chair"
# unclosed tags: the right text
printf '<html><body><div class="body"><p>The two sides met in Seoul on Monday, and agreed<p>to meet <b>again <i>next year.<p>###' > "$TMP/unclosed.html"
run "$NCGKG" mentions --text "$TMP/unclosed.html"
printf 'The two sides met in Seoul on Monday, and agreed\n\nto meet again next year.\n\n###' | cmp -s - "$TMP/out"
ok $? "unclosed tags: the right text"
# the words of class values that mark furniture are the lexicon's (issue 8)
printf '<html><body><article><p>The two sides met in Seoul on Monday, and agreed to meet again.</p><div class="share-tools">Share this page</div><div class="kicker-box">A kicker line</div></article></body></html>' > "$TMP/classes.html"
printf '@prefix lex: <https://w3id.org/ncgkg/lexicon#> .\nlex:grammar lex:furnitureClassWord "kicker" .\n' > "$TMP/kicker.ttl"
run "$NCGKG" mentions --text "$TMP/classes.html"
cp "$TMP/out" "$TMP/shipped.txt"
run "$NCGKG" mentions --text --lexicon "$TMP/kicker.ttl" "$TMP/classes.html"
[ $rc -eq 0 ] && grep -q 'A kicker line' "$TMP/shipped.txt" && ! grep -q 'Share this' "$TMP/shipped.txt" &&
	! grep -q 'kicker' "$TMP/out" && grep -q 'met in Seoul' "$TMP/out"
ok $? "a lexicon's lex:furnitureClassWord drops a page's furniture of that class"
run "$NCGKG" mentions --text --no-builtin-lexicon "$TMP/classes.html"
[ $rc -eq 0 ] && grep -q 'Share this' "$TMP/out"
ok $? "without the grammar's class words no class marks furniture"
exit $failed
