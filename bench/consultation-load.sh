#!/usr/bin/env bash
# Sustained, durable submissions per second to one consultation, over HTTP on loopback, on SQLite and PostgreSQL.
#
# What it measures: anonymous POST /consultations/{id}/submit (an "anyone" consultation, each request with a unique
# text and a random X-Forwarded-For, see bench/consultation-submit.lua), counted as acknowledged only when the server
# answers 303 — it sends that redirect after the transaction committed; SQLite runs with journal_mode=WAL and
# synchronous=FULL, PostgreSQL with its own settings (printed), so an acknowledged submission is on disk.
# For each backend and each connection count it runs wrk for $DURATION and prints acknowledged submissions/s,
# non-303 answers, socket errors, latency, CPU in % of one core of agora (its kernel share apart), the PostgreSQL
# processes, wrk and everything else (other processes, softirq: a large figure means the machine was not quiet and
# the run is understated), and the machine's split (busy / iowait / idle),
# then checks durability: the rows added to consultation_submissions must cover every 303 (rows − acked lies in
# [0, connections], the difference being requests still in flight when wrk stopped, committed but never read).
# For reference it also loads GET /healthz (no database) to show the HTTP ceiling of the same server.
# Target of the issue: ≥ 5,000 acknowledged submissions/s (22 million in under 75 minutes).
#
# Run:  bench/consultation-load.sh
#   env: AGORA=path/to/agora (default: builds ${CARGO_TARGET_DIR:-target}/release/agora with cargo)
#        DURATION=20s  CONNECTIONS="8 32 128"  THREADS=2
#        PG_URL=postgres://postgres@127.0.0.1:5432 (a fresh database agora_bench_<pid> is created and dropped;
#        PostgreSQL is skipped when it does not answer)   BACKENDS="sqlite postgres"   KEEP=1 keeps the work folder
# Requires: wrk (installed from Debian if missing), sqlite3, curl, python3; psql for PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-"8 32 128"}
THREADS=${THREADS:-2}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
BACKENDS=${BACKENDS:-"sqlite postgres"}

command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
if [ -z "${AGORA:-}" ]; then
  cargo build --release --locked -q -p agora
  AGORA="${CARGO_TARGET_DIR:-$root/target}/release/agora"
fi

work=$(mktemp -d)
server_pid=""
pg_db="agora_bench_$$"
pg_created=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
cleanup() {
  stop_server
  [ -n "$pg_created" ] && psql -q "$PG_URL/postgres" -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true
  if [ -n "${KEEP:-}" ]; then echo "work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'echo "failed at line $LINENO: $BASH_COMMAND" >&2' ERR

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
hz=$(getconf CLK_TCK)
# utime+stime of a process, in clock ticks.
proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
proc_sys_ticks() { awk '{print $15}' "/proc/$1/stat"; }
# The machine's CPU counters: busy (user+nice+system+irq+softirq), iowait, idle — in ticks, summed over cores.
machine_ticks() { awk '/^cpu / {print $2+$3+$4+$7+$8, $6, $5}' /proc/stat; }
# utime+stime of all PostgreSQL processes on this machine (0 when PostgreSQL runs elsewhere), in clock ticks.
postgres_ticks() { cat /proc/[0-9]*/stat 2>/dev/null | awk '$2 == "(postgres)" {t += $14 + $15} END {print t + 0}'; }
pct() { awk -v t="$1" -v hz="$hz" -v s="$2" 'BEGIN {printf "%.0f", 100 * t / hz / s}'; }

# sql BACKEND URL QUERY — prints the single value of a query.
sql() {
  case "$1" in
    sqlite) sqlite3 -cmd ".timeout 10000" "${2#sqlite://}" "$3" ;;
    postgres) psql -Atq "$2" -c "$3" ;;
  esac
}

# start_server BACKEND URL — migrates, creates the consultation, starts the server, fetches cookie and token.
start_server() {
  local backend=$1 url=$2 now
  "$AGORA" migrate --database "$url" >"$work/migrate-$backend.log" 2>&1
  now=$(date +%s)
  consultation=$(sql "$backend" "$url" "INSERT INTO consultations (title, opens_at, closes_at, eligibility, max_text, created_at, updated_at)
    VALUES ('Load test', $((now - 3600)), $((now + 30 * 86400)), 'anyone', 20000, $now, $now) RETURNING id")
  port=$(free_port)
  (cd "$work" && exec "$AGORA" serve --database "$url" --bind "127.0.0.1:$port" --trust-forwarded-for >"$work/serve-$backend.log" 2>&1) &
  server_pid=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "server did not start:"; cat "$work/serve-$backend.log"; exit 1; }
  local page
  page=$(curl -fs -D "$work/headers" "http://127.0.0.1:$port/consultations/$consultation")
  cookie=$(grep -io 'set-cookie: agora_visitor=[0-9a-f]*' "$work/headers" | head -1 | sed 's/^[^:]*: //')
  csrf=$(printf '%s' "$page" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="\([0-9a-f]*\)"/\1/')
  [ -n "$cookie" ] && [ -n "$csrf" ] || { echo "no visitor cookie or CSRF token on /consultations/$consultation"; exit 1; }
  # One submission by hand: it must be acknowledged with 303 before any load is measured.
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" -H "X-Forwarded-For: 198.51.100.7" \
    --data-urlencode "csrf=$csrf" --data-urlencode "name=Smoke Test" --data-urlencode "stakeholder_group=civil-society" \
    --data-urlencode "country=KE" --data-urlencode "on_behalf=individual" --data-urlencode "text=A first submission." \
    "http://127.0.0.1:$port/consultations/$consultation/submit")
  [ "$status" = 303 ] || { echo "a single submission answered $status, not 303"; tail -20 "$work/serve-$backend.log"; exit 1; }
}

# load BACKEND URL CONNECTIONS — one wrk run with the CPU and durability figures around it.
load() {
  local backend=$1 url=$2 c=$3 before after s0 s1 k0 k1 m0 m1 p0 p1 out acked added wrk_cpu
  before=$(sql "$backend" "$url" "SELECT COUNT(*) FROM consultation_submissions")
  s0=$(proc_ticks "$server_pid"); k0=$(proc_sys_ticks "$server_pid"); m0=$(machine_ticks); p0=$(postgres_ticks)
  local TIMEFORMAT='%U %S'
  { time CONSULTATION=$consultation COOKIE=$cookie CSRF=$csrf ACKED_FILE="$work/acked" \
    wrk -t"$((c < THREADS ? c : THREADS))" -c"$c" -d"$DURATION" --timeout 30s -s "$root/bench/consultation-submit.lua" "http://127.0.0.1:$port" \
    >"$work/wrk.out"; } 2>"$work/wrk.time"
  s1=$(proc_ticks "$server_pid"); k1=$(proc_sys_ticks "$server_pid"); m1=$(machine_ticks); p1=$(postgres_ticks)
  out=$(cat "$work/wrk.out")
  wrk_cpu=$(tail -1 "$work/wrk.time" | awk '{print $1 + $2}')
  sleep 1  # requests in flight when wrk stopped finish (committed but unread)
  after=$(sql "$backend" "$url" "SELECT COUNT(*) FROM consultation_submissions")
  echo "$out" >>"$work/wrk-$backend.log"
  acked=$(cat "$work/acked")
  added=$((after - before))
  local verdict="OK"
  if [ "$added" -lt "$acked" ]; then verdict="LOST $((acked - added)) ACKNOWLEDGED"; elif [ "$added" -gt $((acked + c)) ]; then verdict="EXTRA $((added - acked - c))"; fi
  read -r mb0 mi0 mid0 <<<"$m0"; read -r mb1 mi1 mid1 <<<"$m1"
  local total=$(( (mb1 - mb0) + (mi1 - mi0) + (mid1 - mid0) ))
  local secs
  secs=$(echo "$out" | awk '/requests in/ {for (i = 1; i <= NF; i++) if ($i ~ /s,$/) {sub(/s,$/, "", $i); print $i}}')
  printf '%-8s c=%-4s %s | %s | CPU (%% of one core): agora %s (kernel %s), postgres %s, wrk %s, everything else %s | machine busy %s%% iowait %s%% idle %s%% | rows added %s, acked %s: %s\n' \
    "$backend" "$c" \
    "$(echo "$out" | grep '^acked_per_sec' | tr -s ' ')" \
    "$(echo "$out" | grep '^acked(303)' | tr -s ' ')" \
    "$(pct $((s1 - s0)) "$secs")" "$(pct $((k1 - k0)) "$secs")" "$(pct $((p1 - p0)) "$secs")" \
    "$(awk -v c="$wrk_cpu" -v s="$secs" 'BEGIN {printf "%.0f", 100 * c / s}')" \
    "$(awk -v b=$((mb1 - mb0)) -v a=$((s1 - s0)) -v p=$((p1 - p0)) -v w="$wrk_cpu" -v hz="$hz" -v s="$secs" \
      'BEGIN {printf "%.0f", 100 * ((b - a - p) / hz - w) / s}')" \
    "$(awk -v a=$((mb1 - mb0)) -v t=$total 'BEGIN {printf "%.0f", 100 * a / t}')" \
    "$(awk -v a=$((mi1 - mi0)) -v t=$total 'BEGIN {printf "%.0f", 100 * a / t}')" \
    "$(awk -v a=$((mid1 - mid0)) -v t=$total 'BEGIN {printf "%.0f", 100 * a / t}')" \
    "$added" "$acked" "$verdict"
}

healthz() {
  local out
  out=$(wrk -t"$THREADS" -c64 -d10s "http://127.0.0.1:$port/healthz")
  echo "GET /healthz (no database, c=64, 10 s): $(echo "$out" | awk '/Requests\/sec/ {print $2}') requests/s, non-2xx: $(echo "$out" | awk '/Non-2xx/ {n = $NF} END {print n + 0}')"
}

echo "agora: $AGORA; $(nproc) cores; wrk -t$THREADS -d$DURATION; connections: $CONNECTIONS"
for backend in $BACKENDS; do
  case "$backend" in
    sqlite)
      url="sqlite://$work/agora.db"
      start_server sqlite "$url"
      echo "SQLite: $(sql sqlite "$url" 'PRAGMA journal_mode') journal (the server sets synchronous=FULL on its connections), file on $(df --output=source,fstype "$work" | tail -1 | tr -s ' ')"
      healthz
      ;;
    postgres)
      if ! psql -Atq "$PG_URL/postgres" -c 'SELECT 1' >/dev/null 2>&1; then echo "PostgreSQL at $PG_URL does not answer: skipped"; continue; fi
      psql -q "$PG_URL/postgres" -c "CREATE DATABASE $pg_db" >/dev/null
      pg_created=1
      url="$PG_URL/$pg_db"
      start_server postgres "$url"
      echo "PostgreSQL: $(psql -Atq "$url" -c "SELECT string_agg(name || '=' || setting, ' ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'wal_sync_method', 'commit_delay', 'server_version')")"
      ;;
    *) echo "unknown backend $backend"; exit 1 ;;
  esac
  for c in $CONNECTIONS; do load "$backend" "$url" "$c"; done
  stop_server
done
