#!/usr/bin/env python3
"""The restore drill's client side (deploy/backup/drill.sh runs it): load, mirror and check, all through the API.

  drill.py load ACKS STOP       writers create organizations (Thanh Hoa, 2025:38, and Ha Noi, 2025:01) until the
                                file STOP exists; each acknowledged write (201) is appended to ACKS as a JSON line
                                {id, name, province, acked} (acked: the client's clock when the answer arrived)
  drill.py mirror STATE         a mirror syncs the organization change feed from scratch (every page) and saves the
                                live ids and the last nextToken to STATE
  drill.py check ACKS T M TARGET DELETED MIRROR AUDIT
                                after the restore: every write acknowledged before T reads back with its name; every
                                organization deleted by the mistake (DELETED: id and commit time of its creation)
                                that was committed by the recovery TARGET reads back; the mirror continues
                                from its token without a 410, never receives a tombstone of the mistake and ends
                                holding exactly the live organizations; every restored organization has its audit
                                history; a write after the restore gets its history and reaches the mirror. Prints
                                the recovery point: the seconds of acknowledged writes lost before the mistake M
                                (from the first lost one to M; 0 when none is lost).
Bounded: it talks only to 127.0.0.1:DRILL_PORT, and every request has a timeout.
"""
import http.client
import json
import os
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

PORT = int(os.environ["DRILL_PORT"])
ADMIN = os.environ["ADMIN_TOKEN"]
WRITERS = int(os.environ.get("DRILL_WRITERS", "3"))
PROVINCES = ["38", "01"]


def request(method, path, body=None, timeout=15):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    headers = {"Accept": "application/json", "Authorization": "Bearer " + ADMIN}
    data = None
    if body is not None:
        data = json.dumps(body).encode("utf-8")
        headers["Content-Type"] = "application/json"
        headers["Idempotency-Key"] = str(uuid.uuid4())
    try:
        connection.request(method, path, body=data, headers=headers)
        response = connection.getresponse()
        payload = response.read()
        return response.status, (json.loads(payload) if payload and response.status != 204 else None)
    except (OSError, http.client.HTTPException, ValueError):
        return 0, None
    finally:
        connection.close()


def organization(province):
    name = f"Ban Chỉ đạo diễn tập {province}-{uuid.uuid4().hex[:12]}"
    return name, {"name": name, "type": "steering_committee_138", "level": "province",
                  "adminUnit": {"era": "2025", "code": province}, "activeFrom": "2025-07-01"}


def load(acks_path, stop_path):
    lock = threading.Lock()
    counts = {"sent": 0, "failed": 0}
    with open(acks_path, "a", encoding="utf-8") as acks:
        def writer(index):
            turn = 0
            while not os.path.exists(stop_path):
                province = PROVINCES[(index + turn) % len(PROVINCES)]
                turn += 1
                name, body = organization(province)
                status, answer = request("POST", "/api/v1/organizations", body)
                acked = time.time()
                with lock:
                    counts["sent"] += 1
                    if status == 201:
                        acks.write(json.dumps({"id": answer["id"], "name": name, "province": province,
                                               "acked": acked}) + "\n")
                        acks.flush()
                    else:
                        counts["failed"] += 1
                        time.sleep(0.2)  # the database is gone: do not spin
        threads = [threading.Thread(target=writer, args=(i,)) for i in range(WRITERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    print(f"load: {counts['sent']} writes sent, {counts['sent'] - counts['failed']} acknowledged, "
          f"{counts['failed']} failed", flush=True)


def sync(token=None):
    """Follows the feed from token (from scratch without it) to its end; returns (changes, last token, status)."""
    changes = []
    while True:
        path = "/api/v1/organizations/changes?limit=1000" + (f"&since={token}" if token else "")
        status, page = request("GET", path, timeout=60)
        if status != 200:
            return changes, token, status
        changes.extend(page["items"])
        token = page["nextToken"]
        if not page["hasMore"]:
            return changes, token, 200


def mirror(state_path):
    changes, token, status = sync()
    if status != 200:
        print(f"FAIL the change feed answered {status} before the mistake")
        return 1
    with open(state_path, "w", encoding="utf-8") as state:
        json.dump({"token": token, "ids": [c["id"] for c in changes if c["change"] == "upsert"]}, state)
    print(f"mirror: {len(changes)} organizations synced from the change feed", flush=True)
    return 0


def live_organizations():
    """Every live organization, through the list's keyset pages."""
    ids, cursor = set(), None
    while True:
        status, page = request("GET", "/api/v1/organizations?limit=100" + (f"&cursor={cursor}" if cursor else ""),
                               timeout=60)
        if status != 200:
            raise RuntimeError(f"the organization list answered {status}")
        ids.update(item["id"] for item in page["items"])
        cursor = page["nextCursor"]
        if not cursor:
            return ids


def check(acks_path, t, mistake, target, deleted_path, mirror_path, audit_path):
    t, mistake, target = float(t), float(mistake), float(target)
    with open(acks_path, encoding="utf-8") as f:
        acks = [json.loads(line) for line in f if line.strip()]
    with open(deleted_path, encoding="utf-8") as f:
        deleted = [line.split() for line in f if line.strip()]
    late = [i for i, committed in deleted if float(committed) > target]
    deleted = [i for i, committed in deleted if float(committed) <= target]
    with open(mirror_path, encoding="utf-8") as f:
        mirror_state = json.load(f)
    broken = []

    def reads_back(ack):
        status, record = request("GET", f"/api/v1/organizations/{ack['id']}")
        return status == 200 and record["name"] == ack["name"]

    with ThreadPoolExecutor(8) as pool:
        back = dict(zip((a["id"] for a in acks), pool.map(reads_back, acks)))
        deleted_back = list(pool.map(lambda i: request("GET", f"/api/v1/organizations/{i}")[0] == 200, deleted))

    before_t = [a for a in acks if a["acked"] < t]
    before_mistake = [a for a in acks if a["acked"] < mistake]
    after_mistake = [a for a in acks if a["acked"] >= mistake]
    lost_before_t = [a for a in before_t if not back[a["id"]]]
    lost_before_mistake = [a for a in before_mistake if not back[a["id"]]]
    print(f"writes acknowledged before T read back: {len(before_t) - len(lost_before_t)} of {len(before_t)}")
    print(f"writes acknowledged between T and the mistake read back: "
          f"{len(before_mistake) - len(before_t) - (len(lost_before_mistake) - len(lost_before_t))} "
          f"of {len(before_mistake) - len(before_t)}")
    print(f"writes acknowledged after the mistake (after the recovery target, not expected back): "
          f"{sum(1 for a in after_mistake if back[a['id']])} of {len(after_mistake)} back")
    if lost_before_t:
        broken.append(f"{len(lost_before_t)} writes acknowledged before T are lost")
    print(f"organizations deleted by the mistake read back: {sum(deleted_back)} of {len(deleted)} "
          f"(and {len(late)} more, created after the recovery target, are not expected back)")
    if not deleted:
        broken.append("the mistake deleted nothing")
    if not all(deleted_back):
        broken.append(f"{len(deleted) - sum(deleted_back)} organizations deleted by the mistake are missing")

    # The audit trail (drill.sh read it from the restored database): each restored organization has its create
    # event, the mistake left no event, and event ids are unique.
    with open(audit_path, encoding="utf-8") as f:
        audit = json.load(f)
    print(f"audit trail: {audit['organizations']} organizations, {audit['without_create']} without their create "
          f"event, {audit['delete_events']} delete events, {audit['events']} events")
    if audit["without_create"] or audit["delete_events"]:
        broken.append("the audit trail is not continuous")

    # The mirror synced before the mistake continues from its token.
    changes, token, status = sync(mirror_state["token"])
    held = set(mirror_state["ids"])
    tombstones = [c for c in changes if c["change"] != "upsert"]
    for change in changes:
        (held.add if change["change"] == "upsert" else held.discard)(change["id"])
    if status != 200:
        broken.append(f"the mirror's token from before the mistake answered {status}")
    live = live_organizations()
    print(f"change feed: the mirror continued from its token with {len(changes)} changes "
          f"({len(tombstones)} tombstones); it holds {len(held)} organizations, the registry {len(live)}")
    if tombstones:
        broken.append(f"the change feed announces {len(tombstones)} deletions that the restore undid")
    if held != live:
        broken.append(f"the mirror differs from the registry: {len(live - held)} missing, {len(held - live)} extra")

    # A write on the restored database: its history and the feed go on.
    name, body = organization("38")
    status, created = request("POST", "/api/v1/organizations", body)
    if status != 201:
        broken.append(f"a write after the restore answered {status}")
    else:
        _, history = request("GET", f"/api/v1/organizations/{created['id']}/history")
        more, _, status = sync(token)
        new_history = history and [e for e in history.get("items", []) if e.get("action") == "create"]
        print(f"after the restore: a new organization has its create event ({bool(new_history)}) and reaches the "
              f"mirror ({any(c['id'] == created['id'] for c in more)})")
        if not new_history or not any(c["id"] == created["id"] for c in more):
            broken.append("a write after the restore is missing from its history or from the change feed")

    first_lost = min((a["acked"] for a in lost_before_mistake), default=mistake)
    recovery_point = mistake - first_lost
    for line in broken:
        print("FAIL " + line)
    with open(os.environ["DRILL_RESULT"], "w", encoding="utf-8") as result:
        result.write(f"{recovery_point:.1f} {len(lost_before_mistake)} {len(before_mistake)}\n")
    return 1 if broken else 0


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "load":
        load(*args)
        sys.exit(0)
    sys.exit({"mirror": mirror, "check": check}[command](*args))
