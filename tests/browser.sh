#!/bin/sh
# ncgkg tests: the drawings as a browser shows them.  Each view's SVG is
# loaded in headless Chromium, and the DOM's getBBox() must put every
# node's text (and every cluster's label) inside its shape: what Graphviz
# measured is what the browser draws.  On the known statements and on a
# generated corpus of 10 meetings and 30 workstreams.  Skipped (visibly)
# without chromium.
. "${srcdir:-.}/tests/lib.sh"
s2=$statements/ncg-2-2023-12-15.txt
s4=$statements/ncg-4-2025-01-10.txt
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
cases="known:bodies known:timeline known:meeting known:meeting2 \
corpus:bodies corpus:timeline corpus:meeting"
plan 10
if [ -z "$CHROMIUM" ]; then
	for c in $cases; do skip "text inside its shapes in a browser: $c" "no chromium"; done
	skip "the corpus has 10 meetings and 30 workstreams" "no chromium"
	skip "the timeline fits the window's width" "no chromium"
	skip "the check finds text wider than its shapes" "no chromium"
	exit 0
fi

sh "$srcdir/tests/gen-meetings.sh" "$TMP/corpus" 10 30
n_meetings=$(grep -l "convened the" "$TMP"/corpus/*.txt | wc -l)
"$NCGKG" export -f nt -o "$TMP/corpus.nt" "$TMP"/corpus/*.txt
n_ws=$(grep -c "ontology#Workstream> " "$TMP/corpus.nt")
[ "$n_meetings" -eq 10 ] && [ "$n_ws" -eq 30 ]
ok $? "the corpus has 10 meetings and 30 workstreams ($n_meetings, $n_ws)"

# The check, run in the page: the union of a node's shapes' boxes must
# hold each of its texts' boxes (half a unit of slack).
cat > "$TMP/check.js" <<'EOF'
(function () {
  var bad = [], texts = 0, groups = 0;
  var gs = document.querySelectorAll('g.node, g.cluster');
  for (var i = 0; i < gs.length; i++) {
    var g = gs[i], shapes = g.querySelectorAll('polygon, ellipse, path, polyline, rect');
    var ts = g.querySelectorAll('text'), u = null;
    if (!ts.length) continue;
    groups++;
    for (var k = 0; k < shapes.length; k++) {
      var b = shapes[k].getBBox();
      if (b.width === 0 && b.height === 0) continue;
      u = u ? {x0: Math.min(u.x0, b.x), y0: Math.min(u.y0, b.y),
               x1: Math.max(u.x1, b.x + b.width), y1: Math.max(u.y1, b.y + b.height)}
            : {x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height};
    }
    for (var j = 0; j < ts.length; j++) {
      var t = ts[j].getBBox();
      if (t.width === 0 || !ts[j].textContent.trim()) continue;
      texts++;
      if (!u || t.x < u.x0 - 0.5 || t.x + t.width > u.x1 + 0.5 ||
          t.y < u.y0 - 0.5 || t.y + t.height > u.y1 + 0.5)
        bad.push((g.querySelector('title') || {}).textContent + ': "' +
                 ts[j].textContent + '" ' + [t.x, t.y, t.width, t.height].map(Math.round) +
                 ' outside ' + (u ? [u.x0, u.y0, u.x1 - u.x0, u.y1 - u.y0].map(Math.round) : 'no shape'));
    }
  }
  var svg = document.querySelector('svg'), r = svg.getBoundingClientRect();
  var out = document.createElement('pre');
  out.textContent = 'RESULT groups=' + groups + ' texts=' + texts + ' bad=' + bad.length +
    ' width=' + Math.round(r.width) + ' window=' + window.innerWidth + '\n' + bad.join('\n');
  document.body.appendChild(out);
})();
EOF

# page SVG: an HTML page holding the SVG and the check
page() {
	{
		echo '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">'
		sed -e '/^<?xml/d' -e '/^<!DOCTYPE/,/>$/d' "$1"
		echo '<script>'
		cat "$TMP/check.js"
		echo '</script></body></html>'
	} > "$1.html"
}

in_browser() {
	ud=$(mktemp -d "$TMP/chromium.XXXXXX")
	"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	  --disable-background-networking --disable-component-update --disable-sync \
	  --user-data-dir="$ud" --window-size=1366,768 --dump-dom "file://$1" 2>/dev/null
}

for c in $cases; do
	set --
	case $c in
	known:*) set -- "$s2" "$s4" ;;
	corpus:*) set -- "$TMP"/corpus/*.txt ;;
	esac
	view=${c#*:}
	opts=
	case $c in
	known:meeting) opts="-m meeting/ncg-4" ;;
	known:meeting2) view=meeting; opts="-m https://w3id.org/ncgkg/id/meeting/ncg-2" ;;
	corpus:meeting) opts="-m meeting/ncg-10" ;;
	esac
	svg="$TMP/$(echo "$c" | tr : -).svg"
	# shellcheck disable=SC2086
	if ! "$NCGKG" graph --view "$view" $opts -o "$svg" "$@" 2>"$TMP/err"; then
		ok 1 "text inside its shapes in a browser: $c (ncgkg failed)"
		sed 's/^/# /' "$TMP/err"
		continue
	fi
	page "$svg"
	in_browser "$svg.html" > "$TMP/dom"
	result=$(grep -o "<pre>RESULT [^<]*" "$TMP/dom" | sed "s/^<pre>//" | head -1)
	echo "# $c: $result ($(wc -c < "$svg") bytes of SVG)"
	texts=${result#*texts=}; texts=${texts%% *}
	case $result in
	*" bad=0 "*) [ "${texts:-0}" -gt 0 ]; ok $? "text inside its shapes in a browser: $c" ;;
	*) ok 1 "text inside its shapes in a browser: $c"
	   sed -n '/RESULT/,/<\/pre>/p' "$TMP/dom" | head -20 | sed 's/^/# /' ;;
	esac
	if [ "$c" = corpus:timeline ]; then
		w=${result#*width=}; w=${w%% *}
		[ "$w" -le 1366 ] && [ "$w" -ge 1300 ]
		ok $? "the timeline fits the window's width ($w px of 1366)"
	fi
done
# the check itself: the same drawing with its text 15% larger must fail it
sed 's/font-size="\([0-9]*\)\.00"/font-size="\1.65"/g' "$TMP/known-bodies.svg" > "$TMP/larger.svg"
page "$TMP/larger.svg"
in_browser "$TMP/larger.svg.html" > "$TMP/dom"
result=$(grep -o "<pre>RESULT [^<]*" "$TMP/dom" | sed "s/^<pre>//" | head -1)
case $result in
*" bad=0 "* | "") ok 1 "the check finds text wider than its shapes ($result)" ;;
*) ok 0 "the check finds text wider than its shapes (bad=${result#* bad=})" ;;
esac
exit $failed
