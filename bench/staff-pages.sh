#!/usr/bin/env bash
# The staff pages at global-IGF size, over HTTP, one request at a time (latency, not throughput): the demo forum
# with its open cycle grown to 1,200 proposals (copies of the demo's 400, people and screening included) and its
# MAG to 55 members, the evaluators assigned again over HTTP (the time of that POST is printed: the optimal
# assignment of 1,200 × 55 × 5 computed and stored), then each staff page requested REQUESTS times as the
# Secretariat (and the evaluation queue as a MAG member). Prints p50 / p99 / max and the page's size per page.
# The pure assignment at that size: cargo bench -p agora-domain --bench assignment.
# Usage: bench/staff-pages.sh   (builds agora in release; needs python3)
#   env: AGORA=path/to/agora   PROPOSALS=1200   MAG=55   REQUESTS=100
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${AGORA:-}" ]; then
  cargo build --release --locked -q -p agora
  AGORA="${CARGO_TARGET_DIR:-$(pwd)/target}/release/agora"
fi
work=$(mktemp -d)
agora_pid=""
trap '[ -n "$agora_pid" ] && kill "$agora_pid"; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
db="sqlite://$work/agora.db"
"$AGORA" demo --database "$db" >/dev/null 2>&1
# Grow the open cycle: copy its proposals with every row that hangs on them (except the evaluators' pairs and
# scores, which the assignment below makes again), and give the MAG role to more participants.
python3 - "$work/agora.db" "${PROPOSALS:-1200}" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
target = int(sys.argv[2])
cycle = con.execute("SELECT id FROM cycles WHERE name = 'Demo National IGF 2026'").fetchone()[0]
originals = [r[0] for r in con.execute("SELECT id FROM proposals WHERE cycle_id = ? ORDER BY id", (cycle,))]
tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
          if t not in ("proposals", "assignments", "evaluations", "record")
          and any(c[1] == "proposal_id" for c in con.execute(f"PRAGMA table_info({t})"))]
columns = lambda t: [c[1] for c in con.execute(f"PRAGMA table_info({t})") if c[1] != "id"]
n = 0
while len(originals) + n < target:
    source = originals[n % len(originals)]
    cols = columns("proposals")
    new = con.execute(f"INSERT INTO proposals ({','.join(cols)}) SELECT {','.join(cols)} FROM proposals WHERE id = ?", (source,)).lastrowid
    con.execute("UPDATE proposals SET title = title || ' (' || ? || ')' WHERE id = ?", (n, new))
    for t in tables:
        cols = columns(t)
        picked = ",".join("?" if c == "proposal_id" else c for c in cols)
        con.execute(f"INSERT INTO {t} ({','.join(cols)}) SELECT {picked} FROM {t} WHERE proposal_id = ?", (new, source))
    n += 1
con.commit()
print(f"cycle {cycle}: {len(originals) + n} proposals ({n} copied; tables copied with them: {', '.join(tables)})", file=sys.stderr)
PY
python3 - "$work/agora.db" "${MAG:-55}" > "$work/new-mag.txt" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
mag = con.execute("SELECT count(*) FROM participant_roles WHERE role = 'mag'").fetchone()[0]
rows = con.execute("SELECT email FROM participants WHERE id NOT IN (SELECT participant_id FROM participant_roles) "
                   "AND email LIKE '%@demo.agora.example' ORDER BY id LIMIT ?", (max(0, int(sys.argv[2]) - mag),))
for (email,) in rows:
    print(email)
PY
while read -r email; do "$AGORA" admin grant --database "$db" --email "$email" --role mag >/dev/null; done < "$work/new-mag.txt"
(cd "$work" && exec "$AGORA" serve --database "$db" --bind "127.0.0.1:$port" >"$work/agora.log" 2>&1) &
agora_pid=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
python3 - "http://127.0.0.1:$port" "$work/agora.db" "${REQUESTS:-100}" <<'PY'
import http.cookiejar, re, sqlite3, sys, time, urllib.parse, urllib.request
base, db, requests = sys.argv[1], sys.argv[2], int(sys.argv[3])
con = sqlite3.connect(db)
cycle = con.execute("SELECT id FROM cycles WHERE name = 'Demo National IGF 2026'").fetchone()[0]
last_year = con.execute("SELECT id FROM cycles WHERE name = 'Demo National IGF 2025'").fetchone()[0]
counts = dict(proposals=con.execute("SELECT count(*) FROM proposals WHERE cycle_id = ?", (cycle,)).fetchone()[0],
              mag=con.execute("SELECT count(*) FROM participant_roles WHERE role = 'mag'").fetchone()[0],
              sessions=con.execute("SELECT count(*) FROM sessions").fetchone()[0])

def signed_in(email):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(base + "/login").read().decode()
    csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode(dict(csrf=csrf, email=email, password="agora demo password")).encode()
    opener.open(base + "/login", data)
    return opener

def post(opener, path):
    page = opener.open(base + path).read().decode()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    start = time.perf_counter()
    opener.open(base + path, urllib.parse.urlencode(dict(csrf=csrf)).encode()).read()
    return time.perf_counter() - start

secretariat, mag = signed_in("secretariat@demo.agora.example"), signed_in("mag@demo.agora.example")
assigned = post(secretariat, f"/cycles/{cycle}/assignment")
pairs = con.execute("SELECT count(*) FROM assignments a JOIN proposals p ON p.id = a.proposal_id WHERE p.cycle_id = ?", (cycle,)).fetchone()[0]
print(f"{counts['proposals']} proposals, {counts['mag']} MAG members, {counts['sessions']} sessions in all cycles")
print(f"assignment over HTTP (POST /cycles/{cycle}/assignment): {assigned * 1000:.0f} ms, {pairs} pairs stored")
pages = [
    (secretariat, f"/cycles/{cycle}/screening"),
    (secretariat, f"/cycles/{cycle}/screening?page=3"),
    (secretariat, f"/cycles/{cycle}/assignment"),
    (secretariat, f"/cycles/{cycle}/results"),
    (secretariat, f"/cycles/{cycle}/scores.csv"),
    (secretariat, f"/cycles/{cycle}/settings"),
    (secretariat, f"/cycles/{last_year}/sessions"),
    (secretariat, f"/cycles/{last_year}/schedule"),
    (secretariat, "/cycles"),
    (mag, f"/cycles/{cycle}/evaluate"),
]
print(f"{'page':48} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'bytes':>9}")
for opener, path in pages:
    times, size = [], 0
    for _ in range(requests):
        start = time.perf_counter()
        size = len(opener.open(base + path).read())
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    print(f"{path:48} {p(0.5):8.1f} {p(0.99):8.1f} {times[-1]:8.1f} {size:9}")
PY
