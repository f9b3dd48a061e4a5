#!/usr/bin/env bash
# HTTP load on the public programme page, a session page and schedule.xml, against nginx serving the same bytes
# as static files, in the same run, on loopback. Bounded: 10 s per endpoint and encoding, 64 connections, 2
# threads. Twice: as plain bytes, and gzip-compressed as browsers and conference apps ask for them (nginx then
# serves the same compressed bytes, precompressed, with gzip_static).
# Usage: bench/programme-load.sh   (installs nginx and wrk from Debian if missing; builds agora in release)
#   env: AGORA=path/to/agora (default: builds ${CARGO_TARGET_DIR:-target}/release/agora)   SECONDS_PER_RUN=10
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
command -v nginx >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null)
if [ -z "${AGORA:-}" ]; then
  cargo build --release --locked -q -p agora
  AGORA="${CARGO_TARGET_DIR:-$(pwd)/target}/release/agora"
fi
duration=${SECONDS_PER_RUN:-10}
work=$(mktemp -d)
agora_pid=""
trap '[ -n "$agora_pid" ] && kill "$agora_pid"; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")"; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
agora_port=$(free_port); nginx_port=$(free_port)
root=$(pwd)
(cd "$work" && "$AGORA" demo >/dev/null 2>&1)
(cd "$work" && exec "$AGORA" serve --bind "127.0.0.1:$agora_port" >"$work/agora.log" 2>&1) &
agora_pid=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$agora_port/healthz" >/dev/null && break; sleep 0.2; done
session=$(curl -fs "http://127.0.0.1:$agora_port/cycles/3/schedule.json" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(next(iter(d["schedule"]["conference"]["days"][1]["rooms"].values()))[0]["id"])')
mkdir -p "$work/static"
declare -A paths=([programme]="/cycles/3/programme" [session]="/sessions/$session" [schedule.xml]="/cycles/3/schedule.xml")
for name in "${!paths[@]}"; do
  curl -fs "http://127.0.0.1:$agora_port${paths[$name]}" >"$work/static/$name"
  curl -fs -H 'Accept-Encoding: gzip' "http://127.0.0.1:$agora_port${paths[$name]}" >"$work/static/$name.gz"
done
cat >"$work/nginx.conf" <<CONF
worker_processes 2; pid $work/nginx.pid; error_log $work/nginx-error.log; daemon on;
events { worker_connections 1024; }
http { access_log off; default_type text/html; gzip_static on; server { listen 127.0.0.1:$nginx_port; root $work/static; } }
CONF
nginx -c "$work/nginx.conf"
# nginx's workers run as another user: mktemp's folder is private to ours, and nginx would answer 403 to all.
chmod 755 "$work" "$work/static"; chmod 644 "$work"/static/*
for name in "${!paths[@]}"; do
  for encoding in identity gzip; do
    file="$work/static/$name"; header=()
    [ "$encoding" = gzip ] && { file="$file.gz"; header=(-H 'Accept-Encoding: gzip'); }
    for url in "http://127.0.0.1:$agora_port${paths[$name]}" "http://127.0.0.1:$nginx_port/$name"; do
      got=$(curl -s "${header[@]}" -o /dev/null -w '%{http_code} %{size_download}' "$url")
      [ "$got" = "200 $(wc -c <"$file")" ] || { echo "$url ($encoding) answered $got, not 200 with the $(wc -c <"$file") bytes compared"; exit 1; }
    done
  done
done
# Requests/s and p99; a non-2xx answer during the run marks the figure as void.
run() {
  wrk -t2 -c64 -d"${duration}s" --latency "$@" 2>/dev/null \
    | awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF} END {printf "%s\t%s", (bad ? "VOID(" bad " errors)" : rps), p99}'
}
printf 'endpoint\tencoding\tbytes\tagora req/s\tagora p99\tnginx req/s\tnginx p99\n'
for encoding in identity gzip; do
  for name in programme session schedule.xml; do
    file="$work/static/$name"; header=()
    [ "$encoding" = gzip ] && { file="$file.gz"; header=(-H 'Accept-Encoding: gzip'); }
    bytes=$(wc -c <"$file")
    a=$(run "${header[@]}" "http://127.0.0.1:$agora_port${paths[$name]}")
    n=$(run "${header[@]}" "http://127.0.0.1:$nginx_port/$name")
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$encoding" "$bytes" "$a" "$n"
  done
done
