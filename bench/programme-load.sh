#!/usr/bin/env bash
# HTTP load on the public programme page, a session page and schedule.xml, against nginx serving the same bytes
# as static files, in the same run, on loopback. Bounded: 10 s per endpoint, 64 connections, 2 threads.
# Usage: bench/programme-load.sh   (installs nginx and wrk from Debian if missing; builds agora in release)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
command -v nginx >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null)
cargo build --release --locked -q
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
agora_port=$(free_port); nginx_port=$(free_port)
root=$(pwd)
(cd "$work" && "$root/target/release/agora" demo >/dev/null 2>&1)
(cd "$work" && "$root/target/release/agora" serve --bind "127.0.0.1:$agora_port" >"$work/agora.log" 2>&1 &)
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$agora_port/healthz" >/dev/null && break; sleep 0.2; done
session=$(curl -fs "http://127.0.0.1:$agora_port/cycles/3/schedule.json" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(next(iter(d["schedule"]["conference"]["days"][1]["rooms"].values()))[0]["id"])')
mkdir -p "$work/static"
declare -A paths=([programme]="/cycles/3/programme" [session]="/sessions/$session" [schedule.xml]="/cycles/3/schedule.xml")
for name in "${!paths[@]}"; do curl -fs "http://127.0.0.1:$agora_port${paths[$name]}" >"$work/static/$name"; done
cat >"$work/nginx.conf" <<CONF
worker_processes 2; pid $work/nginx.pid; error_log $work/nginx-error.log; daemon on;
events { worker_connections 1024; }
http { access_log off; default_type text/html; server { listen 127.0.0.1:$nginx_port; root $work/static; } }
CONF
nginx -c "$work/nginx.conf"
run() { wrk -t2 -c64 -d10s --latency "$1" 2>/dev/null | awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {printf "%s\t%s", rps, p99}'; }
printf 'endpoint\tbytes\tagora req/s\tagora p99\tnginx req/s\tnginx p99\n'
for name in programme session schedule.xml; do
  bytes=$(wc -c <"$work/static/$name")
  a=$(run "http://127.0.0.1:$agora_port${paths[$name]}")
  n=$(run "http://127.0.0.1:$nginx_port/$name")
  printf '%s\t%s\t%s\t%s\n' "$name" "$bytes" "$a" "$n"
done
