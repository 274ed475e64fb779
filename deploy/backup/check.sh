#!/usr/bin/env bash
# Checks the backups: the server archives WAL into the repository right now (pgBackRest's check forces a segment
# switch and waits for it to arrive), the repository holds a full backup, and the newest backup is younger than
# ANTQ_BACKUP_MAX_AGE_HOURS (default 26). Exits non-zero naming what is wrong; meant for monitoring and cron.
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/backup/env.sh
require_cipher_pass
install_pgbackrest
status=0
pgbr check || { echo "FAIL WAL archiving into $BACKUP_REPO does not work"; status=1; }
info="$(pgbr info --output=json)"
INFO="$info" MAX_AGE_HOURS="${ANTQ_BACKUP_MAX_AGE_HOURS:-26}" python3 - <<'PY' || status=1
import json, os, sys, time
stanza = json.loads(os.environ["INFO"])[0]
backups = stanza.get("backup", [])
fulls = [b for b in backups if b["type"] == "full"]
if not fulls:
    print("FAIL no full backup in the repository"); sys.exit(1)
newest = backups[-1]
age = (time.time() - newest["timestamp"]["stop"]) / 3600
archive = (stanza.get("archive") or [{}])[-1]
print(f"{len(backups)} backups ({len(fulls)} full), newest {newest['label']} ({newest['type']}) {age:.1f} h old; "
      f"WAL archived {archive.get('min', '?')} .. {archive.get('max', '?')}")
if age > float(os.environ["MAX_AGE_HOURS"]):
    print(f"FAIL the newest backup is older than {os.environ['MAX_AGE_HOURS']} h"); sys.exit(1)
PY
exit $status
