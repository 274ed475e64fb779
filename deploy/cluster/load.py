#!/usr/bin/env python3
"""Load through the cluster's nginx while faults are injected; then every acknowledged write is read back.

Writers create organizations (POST, admin token), readers fetch the public festival schedule and
acknowledged organizations. Each fault is a shell command; its window opens when the command starts and
lasts until the next fault. A request belongs to the window in which it ended (one in flight when a replica
is killed fails because of that fault). Between faults, SETTLE_COMMAND (if set) waits until the cluster is
whole again, so each fault meets a whole cluster. The verdict holds when: every acknowledged organization
reads back with its name; every failed request (anything but 2xx/304) ended inside a fault window and
answered 502 or 503; and the last failure of each window ended within RECOVERY_LIMIT seconds of the fault.
Prints the figures, exits 1 when a rule is broken.
Bounded: it sends only to the given loopback address and stops by itself.
"""
import http.client
import json
import os
import subprocess
import sys
import threading
import time
import uuid

HOST, PORT = "127.0.0.1", int(os.environ["NGINX_PORT"])
SOURCE = ("127.0.0.2", 0)  # exempt from the edge's per-client limit (see nginx.conf.template)
ADMIN = os.environ["ADMIN_TOKEN"]
VIEWER = os.environ["VIEWER_TOKEN"]
WRITERS, READERS = int(os.environ.get("WRITERS", "4")), int(os.environ.get("READERS", "2"))
PHASE_SECONDS = float(os.environ.get("PHASE_SECONDS", "20"))
SETTLE_COMMAND = os.environ.get("SETTLE_COMMAND")
RECOVERY_LIMIT = 10.0
ALLOWED_FAILURES = {502, 503}

events = []  # (start, end, kind, status)
acknowledged = {}  # id -> name
lock = threading.Lock()
stop = threading.Event()


def request(method, path, token=None, body=None):
    connection = http.client.HTTPConnection(HOST, PORT, timeout=15, source_address=SOURCE)
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = None
    if body is not None:
        data = json.dumps(body).encode("utf-8")
        headers["Content-Type"] = "application/json"
    start = time.time()
    try:
        connection.request(method, path, body=data, headers=headers)
        response = connection.getresponse()
        payload = response.read()
        return start, time.time(), response.status, payload
    except Exception:  # a dropped connection or a timeout is a failure like any other
        return start, time.time(), 0, b""
    finally:
        connection.close()


def writer():
    while not stop.is_set():
        name = "Tổ chức cụm " + uuid.uuid4().hex[:12]
        start, end, status, payload = request("POST", "/api/v1/organizations", ADMIN,
                                              {"name": name, "type": "other", "level": "central"})
        with lock:
            events.append((start, end, "write", status))
            if status == 201:
                acknowledged[json.loads(payload)["id"]] = name


def reader():
    paths = ["/api/v1/festivals?limit=20", "/api/v1/organizations?limit=5"]
    turn = 0
    while not stop.is_set():
        path = paths[turn % 2]
        turn += 1
        start, end, status, _ = request("GET", path, VIEWER if "organizations" in path else None)
        with lock:
            events.append((start, end, "read", status))


def main():
    faults = [arg.split("=", 1) for arg in sys.argv[1:]]
    threads = [threading.Thread(target=writer) for _ in range(WRITERS)] + \
              [threading.Thread(target=reader) for _ in range(READERS)]
    for thread in threads:
        thread.start()
    windows = []
    try:
        time.sleep(5)
        for index, (name, command) in enumerate(faults):
            if index > 0 and SETTLE_COMMAND:
                subprocess.run(SETTLE_COMMAND, shell=True, check=True)
            began = time.time()
            subprocess.run(command, shell=True, check=True)
            windows.append((name, began))
            print(f"fault {name}: injected", flush=True)
            time.sleep(PHASE_SECONDS)
    finally:
        stop.set()
        for thread in threads:
            thread.join()

    broken = []
    ok = lambda status: 200 <= status < 300 or status == 304
    failures = [e for e in events if not ok(e[3])]
    print(f"requests: {len(events)} ({sum(1 for e in events if e[2] == 'write')} writes, "
          f"{len(acknowledged)} acknowledged), failed: {len(failures)}, "
          f"load for {max(e[1] for e in events) - min(e[0] for e in events) if events else 0:.0f} s")
    for index, (name, began) in enumerate(windows):
        until = windows[index + 1][1] if index + 1 < len(windows) else float("inf")
        mine = [e for e in failures if began <= e[1] < until]
        statuses = sorted({e[3] for e in mine})
        by_status = ", ".join(f"{sum(1 for e in mine if e[3] == s)} x {s or 'no answer'}" for s in statuses)
        recovery = max((e[1] - began for e in mine), default=0.0)
        during = [e for e in events if began <= e[1] < until]
        print(f"  {name}: {len(mine)} failed of {len(during)} ({by_status or 'none'}), "
              f"last failure {recovery:.1f} s after the fault")
        if any(e[3] not in ALLOWED_FAILURES for e in mine):
            broken.append(f"{name}: failures other than 502/503: {statuses}")
        if recovery >= RECOVERY_LIMIT:
            broken.append(f"{name}: recovery took {recovery:.1f} s")
    first = windows[0][1] if windows else float("inf")
    before = [e for e in failures if e[1] < first]
    if before:
        broken.append(f"{len(before)} failures before any fault")

    lost = 0
    for record_id, name in acknowledged.items():
        start, end, status, payload = request("GET", f"/api/v1/organizations/{record_id}", VIEWER)
        if status != 200 or json.loads(payload).get("name") != name:
            lost += 1
    print(f"acknowledged writes read back: {len(acknowledged) - lost} of {len(acknowledged)}")
    if lost:
        broken.append(f"{lost} acknowledged writes lost")
    for line in broken:
        print("FAIL " + line)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
