# ncgkg tests and benchmarks: a private Virtuoso server (Debian's
# virtuoso-opensource-7) on 127.0.0.1, with its database in a folder of
# the caller's; sourced.  Needs $NCGKG (to ask the server whether it is up).
#
#   virt_start DIR   start it; sets VIRT_URL (http://127.0.0.1:PORT),
#                    VIRT_SQL_PORT and VIRT_PID; returns 1 with the reason
#                    in VIRT_WHY when it cannot
#   virt_stop        stop it (SQL shutdown, else the signal, to its PID only)
#
# The server listens on loopback only, on free ports; its ini is Debian's
# with the paths moved into DIR, the query cost limit lifted (Virtuoso
# refuses some cheap queries over HTTP on its estimate) and the row limit
# raised.  The dba password is Virtuoso's default, dba.

VIRT_INI=/etc/virtuoso-opensource-7/virtuoso.ini

virt_free_port() {
	if [ -n "${SYS_PYTHON3:-}" ]; then
		"$SYS_PYTHON3" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
	else
		echo $((20000 + ($$ * 7 + ${1:-0} * 131) % 30000))
	fi
}

virt_start() {
	VIRT_DIR=$1
	VIRT_PID=
	VIRT_WHY=
	if ! command -v virtuoso-t >/dev/null 2>&1; then
		VIRT_WHY="virtuoso-t is not installed (virtuoso-opensource-7, build-aux/install-deps)"
		return 1
	fi
	if [ ! -r "$VIRT_INI" ]; then
		VIRT_WHY="no $VIRT_INI"
		return 1
	fi
	mkdir -p "$VIRT_DIR/db" || return 1
	for attempt in 1 2 3; do
		VIRT_SQL_PORT=$(virt_free_port $attempt)
		http_port=$(virt_free_port $((attempt + 10)))
		[ "$VIRT_SQL_PORT" != "$http_port" ] || continue
		sed -e "s#/var/lib/virtuoso-opensource-7/db#$VIRT_DIR/db#g" \
			-e "s#^ServerPort *= *1111.*#ServerPort = 127.0.0.1:$VIRT_SQL_PORT#" \
			-e "s#^ServerPort *= *8890.*#ServerPort = 127.0.0.1:$http_port#" \
			-e "s#^DirsAllowed.*#DirsAllowed = ., $VIRT_DIR, /usr/share/virtuoso-opensource-7/vad#" \
			-e "s#^MaxQueryCostEstimationTime.*#MaxQueryCostEstimationTime = 0#" \
			-e "s#^ResultSetMaxRows.*#ResultSetMaxRows = 1000000#" \
			-e "s#^DefaultHost .*#DefaultHost = 127.0.0.1:$http_port#" \
			"$VIRT_INI" >"$VIRT_DIR/virtuoso.ini"
		rm -f "$VIRT_DIR/db/virtuoso.lck"
		(cd "$VIRT_DIR" && virtuoso-t +configfile "$VIRT_DIR/virtuoso.ini" +wait) \
			>"$VIRT_DIR/start.log" 2>&1
		VIRT_PID=$(sed -n 's/^VIRT_PID=//p' "$VIRT_DIR/db/virtuoso.lck" 2>/dev/null)
		VIRT_URL=http://127.0.0.1:$http_port
		# up when its SPARQL endpoint answers
		i=0
		while [ -n "$VIRT_PID" ] && kill -0 "$VIRT_PID" 2>/dev/null && [ $i -lt 60 ]; do
			if "$NCGKG" query --store "virtuoso:$VIRT_URL" -e 'ASK {}' >/dev/null 2>&1; then
				return 0
			fi
			sleep 1
			i=$((i + 1))
		done
		virt_stop
	done
	VIRT_WHY="Virtuoso did not start: $(tail -n 3 "$VIRT_DIR/db/virtuoso.log" "$VIRT_DIR/start.log" 2>/dev/null | tr '\n' ' ' | cut -c 1-300)"
	return 1
}

virt_stop() {
	[ -n "${VIRT_PID:-}" ] || return 0
	if kill -0 "$VIRT_PID" 2>/dev/null && command -v isql-vt >/dev/null 2>&1; then
		isql-vt "127.0.0.1:$VIRT_SQL_PORT" dba dba exec="shutdown;" >/dev/null 2>&1 &
		isql=$!
		i=0
		while kill -0 "$VIRT_PID" 2>/dev/null && [ $i -lt 30 ]; do
			sleep 1
			i=$((i + 1))
		done
		kill "$isql" 2>/dev/null
		wait "$isql" 2>/dev/null
	fi
	if kill -0 "$VIRT_PID" 2>/dev/null; then
		kill "$VIRT_PID" 2>/dev/null
		sleep 2
		kill -9 "$VIRT_PID" 2>/dev/null
	fi
	VIRT_PID=
}
