#!/usr/bin/env bash
# Faceted search of the WSIS stocktaking register at 100,000 validated projects, over HTTP: the JSON API and the
# register's HTML page, one request at a time (latency, not throughput), with random facets (zero to three of
# action line, SDG, GDC objective, UN region, stakeholder group, status). Prints p50 / p99 / max per endpoint.
# First, the pure facet search on 100,000 projects (cargo bench -p agora-domain --bench stocktaking).
# Usage: bench/stocktaking-facets.sh   (builds agora in release; needs python3 and sqlite3)
#   env: AGORA=path/to/agora   PROJECTS=100000   REQUESTS=1000
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null)
cargo bench --locked -q -p agora-domain --bench stocktaking
if [ -z "${AGORA:-}" ]; then
  cargo build --release --locked -q -p agora
  AGORA="${CARGO_TARGET_DIR:-$(pwd)/target}/release/agora"
fi
projects=${PROJECTS:-100000}
requests=${REQUESTS:-1000}
work=$(mktemp -d)
agora_pid=""
trap '[ -n "$agora_pid" ] && kill "$agora_pid"; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
db="$work/agora.db"
"$AGORA" migrate --database "sqlite://$db" >/dev/null
# The projects, written straight into the table as validated ones (what the Secretariat's queue would leave).
python3 - "$db" "$projects" <<'PY'
import random, sqlite3, sys
db, n = sys.argv[1], int(sys.argv[2])
random.seed(21)
countries = ["KE","NG","ZA","SN","EG","MA","ET","GH","IN","CN","JP","ID","PH","BD","PK","TH","FJ","UA","PL","RU","AM","GE","EE",
             "BR","MX","AR","CO","PE","CL","JM","FR","DE","US","CA","GB","SE","TR","AU","NZ","CH"]
lines = ["C1","C2","C3","C4","C5","C6","C7/e-health","C7/e-learning","C7/e-government","C8","C9","C10","C11"]
groups = ["government","private-sector","civil-society","technical-community","academia","intergovernmental-organization"]
statuses = ["planned","ongoing","completed"]
con = sqlite3.connect(db)
rows = []
for i in range(n):
    rows.append((f"Project {i}: connectivity, skills and rights", "A generated project for the benchmark. " * 5, f"Organization {i % 5000}",
                 random.choice(groups), ",".join(random.sample(countries, random.randint(1, 3))),
                 ",".join(random.sample(lines, random.randint(1, 2))), ",".join(str(g) for g in sorted(random.sample(range(1, 18), random.randint(0, 3)))),
                 ",".join(str(g) for g in sorted(random.sample(range(1, 6), random.randint(0, 2)))), "2024-01-01", "", random.choice(statuses),
                 "https://example.org/p", "bench@example.org", "en", "validated", "", 1700000000))
con.executemany("""INSERT INTO projects (title, description, organization, stakeholder_group, countries, action_lines, sdgs, gdc_objectives,
    starts_on, ends_on, status, links, contact_email, language, review, review_note, submitted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", rows)
con.commit()
PY
(cd "$work" && exec "$AGORA" serve --database "sqlite://$db" --bind "127.0.0.1:$port" >"$work/agora.log" 2>&1) &
agora_pid=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
python3 - "$port" "$requests" "$projects" <<'PY'
import http.client, random, sys, time
port, n, projects = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
random.seed(7)
facets = [("action_line", [f"C{i}" for i in range(1, 12)]), ("sdg", [str(i) for i in range(1, 18)]), ("gdc", [str(i) for i in range(1, 6)]),
          ("region", ["african","asia-pacific","eastern-european","latin-american-caribbean","western-european-others"]),
          ("group", ["government","private-sector","civil-society","technical-community","academia"]), ("status", ["planned","ongoing","completed"])]
conn = http.client.HTTPConnection("127.0.0.1", port)
def get(path):
    t = time.perf_counter(); conn.request("GET", path); r = conn.getresponse(); body = r.read()
    assert r.status == 200, (path, r.status, body[:200]); return time.perf_counter() - t, body
_, first = get("/api/stocktaking?limit=1")
assert f'"total":{projects}'.encode() in first, first[:200]
print(f"stocktaking register over HTTP: {projects} validated projects, {n} requests per endpoint, one at a time")
for name, base in [("GET /api/stocktaking (JSON, 100 projects + counts)", "/api/stocktaking?"), ("GET /stocktaking (HTML page, 50 projects + facets)", "/stocktaking?")]:
    times = []
    for _ in range(n):
        chosen = random.sample(facets, random.randint(0, 3))
        query = "&".join(f"{k}={random.choice(v)}" for k, v in chosen)
        times.append(get(base + query)[0])
    times.sort()
    ms = lambda q: times[min(int(len(times) * q), len(times) - 1)] * 1000
    print(f"{name}: p50 {ms(0.5):.2f} ms, p99 {ms(0.99):.2f} ms, max {times[-1]*1000:.2f} ms")
PY
