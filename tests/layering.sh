#!/bin/sh
# ncgkg tests: the build enforces the layering (STYLE.md): each stage's
# library is compiled with its own dependencies' flags only, so a plain-C
# stage cannot include <redland.h>; only the RDF modules use Redland, only
# the drawing module Graphviz and only the HTML reader libxml2.  The store
# module (RDF into stores, SPARQL out) is an RDF module too, and the only
# one that talks to a server (libcurl) or to SQLite.
. "${srcdir:-.}/tests/lib.sh"
plan 10
printf '#include <redland.h>\nint probe;\n' > "$TMP/probe.c"

# shellcheck disable=SC2086
${CC:-cc} $NLP_CFLAGS -c "$TMP/probe.c" -o "$TMP/probe.o" 2>"$TMP/cc.err"
ok $(( $? == 0 )) "a recogniser that includes <redland.h> does not compile (nlp library flags)"
# shellcheck disable=SC2086
${CC:-cc} $RDF_CFLAGS -c "$TMP/probe.c" -o "$TMP/probe.o" 2>"$TMP/cc.err"
ok $? "it compiles with the RDF library's flags (so the probe is sound)"
sed 's/^/# /' "$TMP/cc.err" | head -5

# who includes what
cd "$srcdir" || exit 1
bad=$(grep -lE '#include <(redland|librdf|raptor2|rasqal)\.h>|#include "rdf_internal\.h"' src/*.c src/*.h |
      grep -vE '^src/(rdf|rdf_write|rdf_read|lexicon_rdf|rdf_internal)\.[ch]$' |
      grep -vE '^src/(store|store_world|store_internal|dataset|sparql)\.[ch]$')
[ -z "$bad" ]; ok $? "only the RDF and store modules include Redland${bad:+: also $bad}"
bad=$(grep -lE '#include <graphviz/' src/*.c src/*.h include/ncgkg/*.h | grep -v '^src/draw\.c$')
[ -z "$bad" ]; ok $? "only the drawing module includes Graphviz${bad:+: also $bad}"
bad=$(grep -lE '#include <libxml/' src/*.c src/*.h include/ncgkg/*.h | grep -v '^src/html\.c$')
[ -z "$bad" ]; ok $? "only the HTML reader includes libxml2${bad:+: also $bad}"
bad=$(grep -lE '#include <(curl/curl|sqlite3)\.h>' src/*.c src/*.h include/ncgkg/*.h |
      grep -vE '^src/(store|gsp)\.c$')
[ -z "$bad" ]; ok $? "only the store module includes libcurl and SQLite${bad:+: also $bad}"
cd - >/dev/null || exit 1

# what each archive needs from outside: Redland symbols only in the RDF
# library, Graphviz symbols only in the drawing library
if command -v nm >/dev/null 2>&1; then
	bad=
	for lib in src/libncg_*.a; do
		case $lib in src/libncg_rdf.a|src/libncg_store.a) continue ;; esac
		nm -u "$lib" 2>/dev/null | grep -qE ' (librdf|raptor|rasqal)_' && bad="$bad $lib"
	done
	[ -z "$bad" ]; ok $? "no library but libncg_rdf.a and libncg_store.a calls Redland${bad:+:$bad}"
	bad=
	for lib in src/libncg_*.a; do
		case $lib in src/libncg_draw.a) continue ;; esac
		nm -u "$lib" 2>/dev/null | grep -qE ' (ag[a-z]+|gv[A-Z][A-Za-z]+)$' && bad="$bad $lib"
	done
	[ -z "$bad" ]; ok $? "no library but libncg_draw.a calls Graphviz${bad:+:$bad}"
	bad=
	for lib in src/libncg_*.a; do
		case $lib in src/libncg_html.a) continue ;; esac
		nm -u "$lib" 2>/dev/null | grep -qE ' (xml|html)[A-Z][A-Za-z]+$' && bad="$bad $lib"
	done
	[ -z "$bad" ]; ok $? "no library but libncg_html.a calls libxml2${bad:+:$bad}"
	bad=
	for lib in src/libncg_*.a; do
		case $lib in src/libncg_store.a) continue ;; esac
		nm -u "$lib" 2>/dev/null | grep -qE ' (curl|sqlite3)_' && bad="$bad $lib"
	done
	[ -z "$bad" ]; ok $? "no library but libncg_store.a talks to servers or SQLite${bad:+:$bad}"
else
	skip "no library but libncg_rdf.a and libncg_store.a calls Redland" "no nm"
	skip "no library but libncg_draw.a calls Graphviz" "no nm"
	skip "no library but libncg_html.a calls libxml2" "no nm"
	skip "no library but libncg_store.a talks to servers or SQLite" "no nm"
fi
exit $failed
