#!/usr/bin/env bash
# A session's live page with 2,000 online viewers polling it, on one node (SQLite), over HTTP on loopback.
#
# What it measures: the JSON document every open live page polls (GET /api/sessions/{id}/live, what floor.js reads
# every 5 s), with wrk holding 2,000 connections open (2,000 viewers; at one poll each 5 s they need 400 requests/s),
# first with a quiet queue (served from the public cache), then while a moderator changes the queue once a second
# (open / close: each change appends to the record and drops the cache, so the next poll renders again). It also
# loads the live page's HTML (what a viewer without JavaScript reloads) at 64 connections. Prints requests/s,
# p50 / p99 latency and errors for each.
#
# Run:  bench/live-floor.sh
#   env: AGORA=absolute/path/to/agora (default: builds ${CARGO_TARGET_DIR:-target}/release/agora with cargo)
#        DURATION=15s  VIEWERS=2000  THREADS=2
# Requires: wrk (installed from Debian if missing), curl, python3. The demo's 2025 programme provides the session.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
VIEWERS=${VIEWERS:-2000}
THREADS=${THREADS:-2}
command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
if [ -z "${AGORA:-}" ]; then
  cargo build --release --locked -q -p agora
  AGORA="${CARGO_TARGET_DIR:-$(pwd)/target}/release/agora"
fi
work=$(mktemp -d)
agora_pid=""; writer_pid=""
trap '[ -n "$writer_pid" ] && kill "$writer_pid" 2>/dev/null; [ -n "$agora_pid" ] && kill "$agora_pid"; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
(cd "$work" && "$AGORA" demo >/dev/null 2>&1)
ulimit -n 65536 2>/dev/null || true
(cd "$work" && exec "$AGORA" serve --bind "127.0.0.1:$port" >"$work/agora.log" 2>&1) &
agora_pid=$!
for _ in $(seq 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.2; done
# The programme's first session: the demo gives it hubs, a queue and attendance.
session=$(curl -fs "$base/cycles/3/programme" | python3 -c 'import re,sys; print(re.search(r"/sessions/(\d+)", sys.stdin.read()).group(1))')
api="$base/api/sessions/$session/live"
curl -fs "$api" >/dev/null || { echo "no live page for session $session"; exit 1; }

run() {
  wrk -t"$THREADS" -c"$1" -d"$DURATION" --timeout 10s --latency "$2" 2>/dev/null \
    | awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF} /Socket errors/ {sock=$0}
           END {printf "%s\t%s\t%s\t%s\n", rps, p50, p99, (bad ? bad : 0) (sock ? " (" sock ")" : "")}'
}

# The moderator: the demo's Secretariat, signed in, opens and closes the queue once a second.
cat >"$work/writer.py" <<'PY'
import http.cookiejar, re, sys, time, urllib.parse, urllib.request
base, session = sys.argv[1], sys.argv[2]
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
def csrf(path):
    return re.search(r'name="csrf" value="([^"]+)"', opener.open(base + path).read().decode()).group(1)
def post(path, fields):
    opener.open(base + path, urllib.parse.urlencode(fields).encode()).read()
post("/login", {"csrf": csrf("/login"), "email": "secretariat@demo.agora.example", "password": "agora demo password"})
live = f"/sessions/{session}/live"
n = 0
while True:
    post(live + "/queue", {"csrf": csrf(live), "action": "close" if n % 2 else "open"})
    n += 1
    time.sleep(1)
PY

printf 'load\tconnections\treq/s\tp50\tp99\terrors\n'
printf 'live JSON, quiet queue\t%s\t%s\n' "$VIEWERS" "$(run "$VIEWERS" "$api")"
python3 "$work/writer.py" "$base" "$session" &
writer_pid=$!
sleep 1
printf 'live JSON, queue changing each second\t%s\t%s\n' "$VIEWERS" "$(run "$VIEWERS" "$api")"
kill "$writer_pid"; writer_pid=""
printf 'live page HTML (no JavaScript)\t64\t%s\n' "$(run 64 "$base/sessions/$session/live")"
echo "needed for $VIEWERS viewers polling every 5 s: $((VIEWERS / 5)) requests/s"
