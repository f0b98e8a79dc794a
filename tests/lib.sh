# ncgkg tests: a tiny TAP library for the shell tests.
# Sourced by tests/*.sh; the harness sets NCGKG, srcdir, RAPPER, SYS_PYTHON3.
set -u
: "${NCGKG:?run through make check, or set NCGKG to the ncgkg binary}"
: "${srcdir:=.}"
n=0
failed=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ncgkg-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

plan() { echo "1..$1"; }
ok() {        # ok CONDITION-EXIT-STATUS DESCRIPTION
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=1; fi
}
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
full_device() { # a full device made in $TMP (c 1 7, as /dev/full), never the
	# machine's /dev; prints its path, fails when mknod needs root
	[ "$(id -u)" -eq 0 ] && mknod "$TMP/full" c 1 7 2>/dev/null && chmod 666 "$TMP/full" &&
		echo "$TMP/full"
}
check() {     # check DESCRIPTION COMMAND... : ok if the command succeeds
	d=$1; shift
	if "$@" >"$TMP/check.out" 2>&1; then ok 0 "$d"; else
		ok 1 "$d"; sed 's/^/# /' "$TMP/check.out" | head -20; fi
}
# run a command, keep its exit status in $rc, stdout in $TMP/out, stderr in $TMP/err
run() { "$@" >"$TMP/out" 2>"$TMP/err"; rc=$?; }
has_rdflib() { [ -n "${SYS_PYTHON3:-}" ] && "$SYS_PYTHON3" -c 'import rdflib' 2>/dev/null; }
statements=$srcdir/data/statements
