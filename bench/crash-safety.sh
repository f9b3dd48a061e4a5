#!/usr/bin/env bash
# Crash safety: concurrent anonymous submissions to a consultation while the server is killed with SIGKILL at a
# random moment, ROUNDS times (default 50), restarting it each time; then every acknowledged submission (a 303,
# which the server sends only after the commit) must be in the database, and the database must be consistent:
# SQLite's integrity and foreign-key checks, every submission with its entry on the public record, and the record
# sequenced without gaps after a restart. The same against PostgreSQL.
#
# Run:  bench/crash-safety.sh
#   env: AGORA=path/to/agora (default: builds ${CARGO_TARGET_DIR:-target}/release/agora)   ROUNDS=50
#        BACKENDS="sqlite postgres"   PG_URL=postgres://postgres@127.0.0.1:5432   THREADS=16
# Requires: sqlite3, curl, python3; psql for PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
ROUNDS=${ROUNDS:-50}
BACKENDS=${BACKENDS:-"sqlite postgres"}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
THREADS=${THREADS:-16}
if [ -z "${AGORA:-}" ]; then
  cargo build --release --locked -q -p agora
  AGORA="${CARGO_TARGET_DIR:-$root/target}/release/agora"
fi
work=$(mktemp -d)
pg_db="agora_crash_$$"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill -9 "$server_pid" 2>/dev/null || true
  psql -q "$PG_URL/postgres" -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
sql() {
  case "$1" in
    sqlite) sqlite3 -cmd ".timeout 10000" "${2#sqlite://}" "$3" ;;
    postgres) psql -Atq "$2" -c "$3" ;;
  esac
}

start() {
  local url=$1
  port=$(free_port)
  (cd "$work" && exec "$AGORA" serve --database "$url" --bind "127.0.0.1:$port" --trust-forwarded-for --record-sign-secs 1 >>"$work/serve.log" 2>&1) &
  server_pid=$!
  for _ in $(seq 200); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return; sleep 0.05; done
  echo "the server did not come back:"; tail -20 "$work/serve.log"; exit 1
}

run_backend() {
  local backend=$1 url=$2 now consultation page cookie csrf
  : >"$work/acked"
  "$AGORA" migrate --database "$url" >"$work/migrate.log" 2>&1
  now=$(date +%s)
  consultation=$(sql "$backend" "$url" "INSERT INTO consultations (title, opens_at, closes_at, eligibility, max_text, created_at, updated_at)
    VALUES ('Crash test', $((now - 3600)), $((now + 86400)), 'anyone', 20000, $now, $now) RETURNING id")
  start "$url"
  page=$(curl -fs -D "$work/headers" "http://127.0.0.1:$port/consultations/$consultation")
  cookie=$(grep -io 'set-cookie: agora_visitor=[0-9a-f]*' "$work/headers" | head -1 | sed 's/^[^:]*: //')
  csrf=$(printf '%s' "$page" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="\([0-9a-f]*\)"/\1/')
  local total_acked=0 total_errors=0 started=$SECONDS
  for round in $(seq "$ROUNDS"); do
    python3 "$root/bench/crash_driver.py" "http://127.0.0.1:$port" "$consultation" "$cookie" "$csrf" 3 "$work/acked" "$THREADS" >"$work/driver.out" &
    local driver=$!
    sleep "$(python3 -c 'import random; print(round(random.uniform(0.3, 2.5), 2))')"
    kill -9 "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
    wait "$driver"
    read -r acked other errors <"$work/driver.out"
    total_acked=$((total_acked + acked)); total_errors=$((total_errors + errors))
    start "$url"
  done
  sleep 2  # the restarted server sequences what the killed one left unsequenced
  # Every acknowledged id is stored.
  sql "$backend" "$url" "SELECT id FROM consultation_submissions WHERE consultation_id = $consultation" | sort >"$work/stored"
  sort -u "$work/acked" >"$work/acked.sorted"
  local missing stored
  missing=$(comm -23 "$work/acked.sorted" "$work/stored" | wc -l)
  stored=$(wc -l <"$work/stored")
  # Every stored submission has its entry on the public record (written in the same transaction).
  local unrecorded
  unrecorded=$(sql "$backend" "$url" "SELECT COUNT(*) FROM consultation_submissions s WHERE s.consultation_id = $consultation AND NOT EXISTS
    (SELECT 1 FROM public_record r WHERE r.subject_type = 'submission' AND r.subject_id = s.id)")
  local unsequenced gaps
  unsequenced=$(sql "$backend" "$url" "SELECT COUNT(*) FROM public_record WHERE leaf_index IS NULL")
  gaps=$(sql "$backend" "$url" "SELECT (SELECT COUNT(*) FROM record_leaves) - (SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM record_leaves)")
  local checks="record leaves without gaps: $([ "$gaps" = 0 ] && echo yes || echo "NO ($gaps)")"
  if [ "$backend" = sqlite ]; then
    checks="$checks; integrity_check: $(sql sqlite "$url" 'PRAGMA integrity_check'); foreign_key_check: $(sql sqlite "$url" 'PRAGMA foreign_key_check' | wc -l) problems"
  fi
  printf '%-8s %s kills in %ss: %s acknowledged, %s stored, %s acknowledged but missing; %s stored without their record entry; %s entries left to sequence; %s; %s connection errors (expected: the kills)\n' \
    "$backend" "$ROUNDS" "$((SECONDS - started))" "$(wc -l <"$work/acked.sorted")" "$stored" "$missing" "$unrecorded" "$unsequenced" "$checks" "$total_errors"
  kill -9 "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""
  [ "$missing" = 0 ] && [ "$unrecorded" = 0 ] && [ "$gaps" = 0 ]
}

status=0
for backend in $BACKENDS; do
  case "$backend" in
    sqlite) run_backend sqlite "sqlite://$work/agora.db" || status=1 ;;
    postgres)
      if ! psql -Atq "$PG_URL/postgres" -c 'SELECT 1' >/dev/null 2>&1; then echo "PostgreSQL at $PG_URL does not answer: skipped"; continue; fi
      psql -q "$PG_URL/postgres" -c "CREATE DATABASE $pg_db" >/dev/null
      run_backend postgres "$PG_URL/$pg_db" || status=1
      ;;
  esac
done
exit $status
