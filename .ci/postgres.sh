#!/usr/bin/env bash
# A private PostgreSQL 15 cluster on 127.0.0.1:55432 for the Active Objects tests (toolchain.md section 10).
# Debian's own cluster cannot be started here and initdb refuses root, so the cluster belongs to the
# postgres user and lives in a scratch folder. Source this file, then call start_private_postgres.

PG_PORT="${PG_PORT:-55432}"
PG_ROOT="${PG_ROOT:-/tmp/csiloop-pg}"

start_private_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local pgbin
  pgbin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
  if [ -f "$PG_ROOT/data/postmaster.pid" ]; then
    su postgres -c "$pgbin/pg_ctl -D $PG_ROOT/data -m fast stop" >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_ROOT"
  mkdir -p "$PG_ROOT/data" "$PG_ROOT/sock"
  chown -R postgres:postgres "$PG_ROOT"
  su postgres -c "$pgbin/initdb -D $PG_ROOT/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  su postgres -c "$pgbin/pg_ctl -D $PG_ROOT/data -l $PG_ROOT/server.log \
    -o '-p $PG_PORT -k $PG_ROOT/sock -c listen_addresses=127.0.0.1' -w start" >/dev/null
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres \
    -c "create user ao with password 'ao'" -c "create database aotest owner ao" >/dev/null
  export AO_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/aotest" AO_PG_USER=ao AO_PG_PASSWORD=ao
  PG_BIN="$pgbin"
  echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$PG_PORT"
}

stop_private_postgres() {
  [ -n "${PG_BIN:-}" ] && su postgres -c "$PG_BIN/pg_ctl -D $PG_ROOT/data -m fast stop" >/dev/null 2>&1 || true
}
