#!/usr/bin/env bash
# Takes a backup of the server into the pgBackRest repository (see env.sh), while it serves: full, differential
# (changes since the last full) or incremental (changes since the last backup of any type; the default; the first
# backup is always full). Then expires what the retention no longer keeps (full backups, the backups that depend on
# them, and their WAL). Run it from cron, e.g. a full backup on Sunday and an incremental one every night:
#   15 1 * * 0   root  ANTQ_BACKUP_CIPHER_PASS=... /path/to/deploy/backup/backup.sh full
#   15 1 * * 1-6 root  ANTQ_BACKUP_CIPHER_PASS=... /path/to/deploy/backup/backup.sh incr
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/backup/env.sh
type="${1:-incr}"
case "$type" in full|diff|incr) ;; *) echo "usage: $0 [full|diff|incr]" >&2; exit 2 ;; esac
require_cipher_pass
install_pgbackrest
[ -f "$BACKUP_CONFIG" ] || { echo "No configuration at $BACKUP_CONFIG: run deploy/backup/setup.sh first" >&2; exit 1; }
started=$(date +%s)
pgbr backup --type="$type"
echo "Backup ($type) done in $(( $(date +%s) - started )) s: $(pgbr info --output=json | python3 -c '
import json, sys
backup = json.load(sys.stdin)[0]["backup"][-1]
print(backup["label"], "of", round(backup["info"]["size"] / 1048576, 1), "MiB,", round(backup["info"]["repository"]["delta"] / 1048576, 1), "MiB stored")')"
