"""Drives anonymous consultation submissions at an Agora server until a deadline, from several threads, and
writes the id of every acknowledged one (a 303 to /submissions/N, sent only after the commit) to a file, one per
line, flushed as it comes — so the ids acknowledged before a SIGKILL are on disk whatever happens to the server.

Usage: crash_driver.py BASE_URL CONSULTATION COOKIE CSRF SECONDS ACKED_FILE [THREADS]
"""
import http.client
import random
import sys
import threading
import time
import urllib.parse

base, consultation, cookie, csrf, seconds, acked_path = sys.argv[1:7]
threads = int(sys.argv[7]) if len(sys.argv) > 7 else 16
host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port
deadline = time.monotonic() + float(seconds)
lock = threading.Lock()
acked = open(acked_path, "a", buffering=1)
counts = {"acked": 0, "other": 0, "errors": 0}


def drive(n):
    conn = None
    i = 0
    while time.monotonic() < deadline:
        i += 1
        body = urllib.parse.urlencode({
            "csrf": csrf, "name": f"Crash test {n}", "stakeholder_group": "civil-society", "country": "KE",
            "on_behalf": "individual", "text": f"Submission {n}-{i}-{random.random()} on meaningful access.",
        })
        try:
            if conn is None:
                conn = http.client.HTTPConnection(host, port, timeout=5)
            conn.request("POST", f"/consultations/{consultation}/submit", body, {
                "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie,
                "X-Forwarded-For": f"10.{n}.{i // 250 % 250}.{i % 250}",
            })
            response = conn.getresponse()
            response.read()
            location = response.getheader("Location") or ""
            with lock:
                if response.status == 303 and "/submissions/" in location:
                    acked.write(location.rsplit("/", 1)[1].split("?")[0] + "\n")
                    counts["acked"] += 1
                else:
                    counts["other"] += 1
        except (OSError, http.client.HTTPException):
            with lock:
                counts["errors"] += 1
            conn = None
            time.sleep(0.05)


workers = [threading.Thread(target=drive, args=(n,)) for n in range(threads)]
for w in workers:
    w.start()
for w in workers:
    w.join()
acked.close()
print(f"{counts['acked']} {counts['other']} {counts['errors']}")
