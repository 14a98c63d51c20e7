#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: `start` initdb's a temp dir, starts the server on 127.0.0.1 at a
# free port and prints its DATABASE_URL on stdout; `stop` stops it and deletes the dir. Needs Debian's
# postgresql package (binaries in /usr/lib/postgresql/*/bin). PostgreSQL refuses to run as root, so as root the
# cluster is owned and run by the `postgres` user the package creates.
#
#   export DATABASE_URL="$(scripts/pg-test-cluster.sh start)"   # ... tests ...   scripts/pg-test-cluster.sh stop
#
# State (data dir, port) lives in $PARALLAX_PG_STATE (default /tmp/parallax-pg-test.state), so `stop` finds it.
set -euo pipefail

STATE="${PARALLAX_PG_STATE:-/tmp/parallax-pg-test.state}"

die() { echo "pg-test-cluster: $*" >&2; exit 1; }

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$dir" && -x "$dir/initdb" ]] || die "PostgreSQL not found in /usr/lib/postgresql/*/bin; install it: apt-get update && apt-get install -y postgresql"
  echo "$dir"
}

# Runs a command as the cluster owner: ourselves, or `postgres` when we are root.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("node:net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start() {
  local bin dir port
  bin="$(pg_bin)"
  if [[ -f "$STATE" ]]; then
    dir="$(sed -n 's/^dir=//p' "$STATE")"
    # A state file left by a killed run whose server is gone is stale: clean it up and start afresh.
    if [[ -d "$dir/data" ]] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      die "a test cluster is already running (state in $STATE); run: $0 stop"
    fi
    rm -rf "$dir" "$STATE"
  fi
  dir="$(mktemp -d /tmp/parallax-pg.XXXXXX)"
  [[ "$(id -u)" == 0 ]] && chown postgres: "$dir"
  port="$(free_port)"
  as_owner "$bin/initdb" -D "$dir/data" -U parallax --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  # Unix socket in the temp dir (the default /var/run/postgresql may not exist or be writable); fsync off:
  # a test cluster is thrown away, durability buys nothing and costs seconds.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; die "server did not start"; }
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U parallax parallax_test
  printf 'dir=%s\nport=%s\n' "$dir" "$port" >"$STATE"
  echo "postgres://parallax@127.0.0.1:$port/parallax_test"
}

stop() {
  [[ -f "$STATE" ]] || { echo "pg-test-cluster: no test cluster running" >&2; return 0; }
  local dir
  dir="$(sed -n 's/^dir=//p' "$STATE")"
  if [[ -d "$dir/data" ]]; then as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true; fi
  rm -rf "$dir" "$STATE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) die "usage: $0 start|stop" ;;
esac
