#!/usr/bin/env bash
# Idle resident memory of `agora serve --demo` after the demo's main pages have been visited once (the budget of
# the use-case layer issue: 30 MB), split into anonymous memory and the binary's own file pages, with the largest
# mappings. Bounded: one server on loopback, about 40 requests, then it is stopped.
# Usage: bench/idle-memory.sh   env: AGORA=path/to/agora (default: builds target/release/agora)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${AGORA:-}" ]; then
  cargo build --release --locked -q -p agora
  AGORA="${CARGO_TARGET_DIR:-$(pwd)/target}/release/agora"
fi
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work" && exec "$AGORA" serve --demo --database "sqlite://$work/agora.db" --bind "127.0.0.1:$port" >"$work/serve.log" 2>&1) &
pid=$!
trap 'kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 180); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 1; done
for page in / /cycles /cycles/1 /cycles/1/proposals /cycles/3/programme /sessions/1 /consultations /consultations/1 \
  /consultations/4/opinion /groups /groups/1 "/search?q=internet" "/search?q=fragmentation" /recommendations /statistics \
  /participants /organizations /record /cycles/3/schedule.xml /open-data /api/openapi.json /ar/ /zh/cycles/3/programme; do
  curl -s -o /dev/null "http://127.0.0.1:$port$page"
done
sleep 10
grep -E "VmRSS|VmHWM|RssAnon|RssFile" "/proc/$pid/status"
echo "largest mappings (kB resident):"
awk '/^[0-9a-f]+-/{name=$6} /^Rss:/{rss[name]+=$2} END{for(n in rss) if(rss[n]>1000) print rss[n], (n=="" ? "[anonymous]" : n)}' \
  "/proc/$pid/smaps" | sort -rn | head -6
