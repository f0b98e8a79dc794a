#!/bin/sh
# ncgkg tests: -o never harms what it points at (issue 7).  Only a regular
# file is replaced (atomically, keeping its mode); devices, FIFOs and
# terminals are written through; a symbolic link is followed to its target;
# an input is never overwritten; a killed run leaves no temporary file.
# Everything happens in a temporary folder, never under the machine's /dev.
. "${srcdir:-.}/tests/lib.sh"
plan 38
good=$statements/ncg-4-2025-01-10.txt
cd "$TMP" || exit 1
"$NCGKG" export -f nt "$good" > expected.nt || exit 1
tmps() { find "$TMP" -name '.*.ncgkg-tmp.*' | wc -l; }

# a device node made here: written through, still a device afterwards
if [ "$(id -u)" -eq 0 ] && mknod null c 1 3 2>/dev/null && mknod full c 1 7 2>/dev/null; then
	chmod 666 null full
	run "$NCGKG" export -o null "$good"
	ok $rc "a character device (null) is written through, exit 0"
	[ -c null ]; ok $? "the device stays a device"
	run "$NCGKG" graph -f dot -o null "$good"
	[ $rc -eq 0 ] && [ -c null ]; ok $? "graph writes through to a device too"
	run "$NCGKG" export -o full "$good"
	ok $(( rc != 3 )) "a full device exits 3"
	grep -q "full: error: cannot write: No space left on device" err
	ok $? "a full device is named, with the reason"
	[ -c full ]; ok $? "the full device stays a device"
else
	for d in "a character device (null) is written through, exit 0" \
	         "the device stays a device" "graph writes through to a device too" \
	         "a full device exits 3" "a full device is named, with the reason" \
	         "the full device stays a device"; do
		skip "$d" "not root: mknod needs root"
	done
fi

# a FIFO, with a reader
mkfifo fifo
cat fifo > fromfifo.nt &
reader=$!
run "$NCGKG" export -f nt -o fifo "$good"
wait $reader
ok $rc "a FIFO is written through, exit 0"
[ -p fifo ]; ok $? "the FIFO stays a FIFO"
cmp -s fromfifo.nt expected.nt; ok $? "the reader got the whole export"

# a symbolic link: its target is replaced, the link stays
echo old > target.nt
ln -s target.nt link.nt
run "$NCGKG" export -f nt -o link.nt "$good"
ok $rc "a symbolic link: exit 0"
[ -L link.nt ] && [ "$(readlink link.nt)" = target.nt ]; ok $? "the link stays a link to its target"
cmp -s target.nt expected.nt; ok $? "the link's target holds the export"
mkdir sub
ln -s sub/new.nt dangling.nt
run "$NCGKG" export -f nt -o dangling.nt "$good"
[ $rc -eq 0 ] && [ -L dangling.nt ] && cmp -s sub/new.nt expected.nt
ok $? "a dangling link: its target is created, the link kept"
ln -s chain1 chain2; ln -s chain2 chain1
run "$NCGKG" export -o chain1 "$good"
[ $rc -eq 3 ] && grep -q "chain1: error: cannot open: Too many levels of symbolic links" err
ok $? "a symlink loop as output exits 3, named"
[ "$(readlink chain1)" = chain2 ]; ok $? "the symlink loop is left alone"

# a 0600 file keeps its mode; a 0640 one too; a new file follows the umask
echo secret > private.nt; chmod 600 private.nt
run "$NCGKG" export -f nt -o private.nt "$good"
[ $rc -eq 0 ] && [ "$(stat -c %a private.nt)" = 600 ]; ok $? "a 0600 file stays 0600"
cmp -s private.nt expected.nt; ok $? "the 0600 file holds the export"
echo x > group.nt; chmod 640 group.nt
"$NCGKG" export -o group.nt "$good" 2>/dev/null
[ "$(stat -c %a group.nt)" = 640 ]; ok $? "a 0640 file stays 0640"
(umask 027; "$NCGKG" export -o fresh.nt "$good")
[ "$(stat -c %a fresh.nt)" = 640 ]; ok $? "a new file's mode follows the umask"
if [ "$(id -u)" -eq 0 ] && chown 65534:65534 private.nt 2>/dev/null; then
	"$NCGKG" export -o private.nt "$good"
	[ "$(stat -c %u:%g private.nt)" = 65534:65534 ]; ok $? "as root, the file keeps its owner and group"
else
	skip "as root, the file keeps its owner and group" "not root"
fi

# the input itself, directly, through a link, or as standard input
cp "$good" in.txt; cp in.txt in.orig
run "$NCGKG" export -o in.txt in.txt
ok $(( rc != 2 )) "an output that is an input exits 2"
grep -q "in.txt: error: the output is also an input (in.txt)" err; ok $? "the refusal names the file"
cmp -s in.txt in.orig; ok $? "the input is untouched"
ln -s in.txt alias.txt
run "$NCGKG" export -o in.txt alias.txt
[ $rc -eq 2 ] && cmp -s in.txt in.orig; ok $? "an input reached through a link is refused too"
run sh -c "\"$NCGKG\" export -o in.txt - < in.txt"
[ $rc -eq 2 ] && cmp -s in.txt in.orig; ok $? "standard input's file as output is refused"
run sh -c "\"$NCGKG\" export in.txt >> in.txt"
[ $rc -eq 2 ] && cmp -s in.txt in.orig; ok $? "standard output appended to an input is refused"
printf '@prefix x: <http://x/> .\n' > lex.ttl; cp lex.ttl lex.orig
run "$NCGKG" export -l lex.ttl -o lex.ttl "$good"
[ $rc -eq 2 ] && cmp -s lex.ttl lex.orig; ok $? "a lexicon file as output is refused"
run "$NCGKG" graph -o in.txt in.txt
[ $rc -eq 2 ] && cmp -s in.txt in.orig; ok $? "graph refuses its input as output too"

# -o - is standard output
run "$NCGKG" export -f nt -o - "$good"
[ $rc -eq 0 ] && cmp -s out expected.nt; ok $? "-o - writes to standard output"

# a directory is no output
run "$NCGKG" export -o sub "$good"
[ $rc -eq 3 ] && grep -q "sub: error: is a directory" err; ok $? "a directory as output exits 3"

# interrupted runs leave no temporary file (the input is a FIFO that
# nobody writes, so the run waits with its temporary open)
mkfifo slow
for sig in INT TERM HUP; do
	env --default-signal=INT,TERM,HUP "$NCGKG" export -o killed.nt slow 2>/dev/null &
	pid=$!
	i=0; while [ "$(tmps)" -eq 0 ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
	seen=$(tmps)
	kill -$sig $pid; wait $pid; st=$?
	[ "$seen" -eq 1 ] && [ "$(tmps)" -eq 0 ] && [ ! -e killed.nt ]
	ok $? "SIG$sig mid-run removes the temporary file (exit $st)"
done
# a big input being read when the signal comes
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "The NCG met in Seoul on %d May. ", i % 28 + 1 }' > big.txt
env --default-signal=INT,TERM,HUP "$NCGKG" export --max-size=0 --max-entities=0 -o big.nt big.txt 2>/dev/null &
pid=$!
i=0; while [ "$(tmps)" -eq 0 ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
sleep 0.2
kill -TERM $pid; wait $pid
[ "$(tmps)" -eq 0 ] && [ ! -e big.nt ]; ok $? "SIGTERM while reading a big input leaves nothing"

# an ignored signal stays ignored (nohup)
env --ignore-signal=HUP "$NCGKG" export -f nt -o hup.nt slow 2>/dev/null &
pid=$!
i=0; while [ "$(tmps)" -eq 0 ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
kill -HUP $pid; sleep 0.2
kill -0 $pid 2>/dev/null; ok $? "an ignored SIGHUP does not end the run"
cat "$good" > slow; wait $pid
mkdir ref && cp "$good" ref/slow && "$NCGKG" export -f nt ref/slow > ref.nt
cmp -s hup.nt ref.nt; ok $? "... which then writes its output whole"

# a run killed outright (SIGKILL) leaves its temporary; the next run
# writing the same file removes it, and keeps others' live ones
"$NCGKG" export -o stale.nt slow 2>/dev/null &
pid=$!
i=0; while [ "$(tmps)" -eq 0 ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
kill -KILL $pid; wait $pid 2>/dev/null
[ "$(tmps)" -eq 1 ]; ok $? "SIGKILL leaves a temporary file"
sleep 300 & live=$!
: > ".stale.nt.ncgkg-tmp.$live.AbCdEf"
run "$NCGKG" export -o stale.nt "$good"
[ $rc -eq 0 ] && [ "$(tmps)" -eq 1 ] && [ -e ".stale.nt.ncgkg-tmp.$live.AbCdEf" ]
ok $? "the next run removes the dead run's temporary, not a live one's"
kill $live
exit $failed
