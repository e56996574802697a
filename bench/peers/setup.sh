#!/usr/bin/env bash
# Installs and starts what the peer systems need, idempotently:
#   - the Restate server from npm into bench/.tools/node_modules;
#   - PostgreSQL from Debian when no binaries exist, a private cluster in
#     bench/.tools/pg listening on a private port and a socket dir under
#     bench/.tools, and a database named "bench".
# stdout carries only the lines to eval:
#   eval "$(bash bench/peers/setup.sh)"
# Everything else goes to stderr. "setup.sh stop" stops the PostgreSQL server.
# STATEFLOW_BENCH_PG_PORT overrides the port PostgreSQL is started on (55432).
set -euo pipefail

RESTATE_VERSION=1.7.12
PG_PORT=${STATEFLOW_BENCH_PG_PORT:-55432}
PG_DB=bench
PG_USER=bench

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tools=$(cd "$here/.." && pwd)/.tools
pgdata=$tools/pg/data
pgsock=$tools/pg/sock
pglog=$tools/pg/log

log() { echo "setup: $*" >&2; }

pg_bin() {
	local d
	for d in /usr/lib/postgresql/*/bin; do
		if [ -x "$d/postgres" ]; then
			echo "$d"
		fi
	done | sort -V | tail -n 1
}

# as_pg runs a command as the owner of the cluster: postgres refuses to run
# as root.
as_pg() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

stop_pg() {
	local bin
	bin=$(pg_bin)
	if [ -n "$bin" ] && [ -f "$pgdata/postmaster.pid" ]; then
		log "stopping PostgreSQL in $pgdata"
		as_pg "$bin/pg_ctl" -D "$pgdata" -m fast -w stop >&2 || true
	fi
}

install_restate() {
	local bin=$tools/node_modules/@restatedev/restate-server-linux-x64/bin/restate-server
	if [ -x "$bin" ] && grep -q "\"version\": \"$RESTATE_VERSION\"" \
		"$tools/node_modules/@restatedev/restate-server/package.json" 2>/dev/null; then
		log "restate-server $RESTATE_VERSION already installed"
		return
	fi
	if ! command -v npm >/dev/null; then
		log "npm not found: the Restate peer will not be available"
		return
	fi
	log "installing @restatedev/restate-server@$RESTATE_VERSION"
	mkdir -p "$tools"
	npm install --prefix "$tools" --no-audit --no-fund \
		"@restatedev/restate-server@$RESTATE_VERSION" >&2 2>&1 ||
		log "npm install failed: the Restate peer will not be available"
}

install_pg() {
	if [ -n "$(pg_bin)" ]; then
		return
	fi
	if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
		log "no PostgreSQL binaries and cannot apt-get: the DBOS peer will not be available"
		return
	fi
	log "installing PostgreSQL from Debian"
	DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2 ||
		{ apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2; } ||
		log "apt-get install postgresql failed"
}

start_pg() {
	local bin
	bin=$(pg_bin)
	if [ -z "$bin" ]; then
		return 1
	fi
	mkdir -p "$tools/pg" "$pgsock"
	if [ "$(id -u)" = 0 ]; then
		if ! id postgres >/dev/null 2>&1; then
			useradd --system --home-dir "$tools/pg" --shell /usr/sbin/nologin postgres
		fi
		chown -R postgres "$tools/pg"
		# The cluster owner must be able to reach its directory.
		local d=$tools
		while [ "$d" != / ]; do
			chmod o+x "$d" 2>/dev/null || true
			d=$(dirname "$d")
		done
	fi
	if [ ! -f "$pgdata/PG_VERSION" ]; then
		log "creating a PostgreSQL cluster in $pgdata"
		as_pg "$bin/initdb" -D "$pgdata" -U "$PG_USER" --auth=trust -E UTF8 >&2
		cat >>"$pgdata/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pgsock'
max_connections = 300
shared_buffers = 256MB
EOF
	fi
	if ! as_pg "$bin/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
		# Another server (another checkout's, say) may hold the port: take
		# the next free one.
		for _ in $(seq 1 50); do
			if ! (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; then
				break
			fi
			log "port $PG_PORT is taken"
			PG_PORT=$((PG_PORT + 1))
		done
		log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
		as_pg "$bin/pg_ctl" -D "$pgdata" -l "$pglog" -o "-p $PG_PORT" -w -t 60 start >&2
	fi
	# A server already running keeps the port it was started with.
	PG_PORT=$(sed -n 4p "$pgdata/postmaster.pid")
	if ! as_pg "$bin/psql" -h "$pgsock" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
		"SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1; then
		as_pg "$bin/createdb" -h "$pgsock" -p "$PG_PORT" -U "$PG_USER" "$PG_DB" >&2
	fi
}

if [ "${1:-}" = stop ]; then
	stop_pg
	exit 0
fi

install_restate
install_pg
echo "export STATEFLOW_BENCH_TOOLS=$tools"
if start_pg; then
	echo "export STATEFLOW_BENCH_PG=postgres://$PG_USER@127.0.0.1:$PG_PORT/$PG_DB?sslmode=disable"
else
	log "PostgreSQL not available"
fi
