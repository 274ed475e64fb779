#!/usr/bin/env bash
# Restores the server's data directory from the repository, to a point in time or to the end of the archived WAL.
# The server must be stopped; PostgreSQL then replays the archived WAL when it starts, stops at the target and
# promotes itself (a new timeline; the archive goes on). Start it yourself afterwards (for the local deployment:
# pg_ctlcluster 15 main start).
#   deploy/backup/restore.sh --target '2026-12-07 03:41:15.25+00'   # the state just before that moment
#   deploy/backup/restore.sh                                        # everything archived (after losing the disk)
# Options: --target TIME (a PostgreSQL timestamp with its zone), --delta (reuse the files of an existing data
# directory that still match, instead of an empty one).
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/backup/env.sh
target="" delta=false
while [ $# -gt 0 ]; do
  case "$1" in
    --target) target="$2"; shift 2 ;;
    --delta) delta=true; shift ;;
    *) echo "usage: $0 [--target TIME] [--delta]" >&2; exit 2 ;;
  esac
done
require_cipher_pass
install_pgbackrest
if setpriv --reuid=postgres --regid=postgres --init-groups pg_isready -q -h "$BACKUP_PG_SOCKET" -p "$BACKUP_PG_PORT"; then
  echo "PostgreSQL still runs on port $BACKUP_PG_PORT: stop it first" >&2; exit 1
fi
options=()
if [ -n "$target" ]; then options+=(--type=time "--target=$target" --target-action=promote); fi
if [ "$delta" = true ]; then
  options+=(--delta)
elif [ -n "$(ls -A "$BACKUP_PG_DATA" 2>/dev/null)" ]; then
  echo "$BACKUP_PG_DATA is not empty: move it aside, or use --delta" >&2; exit 1
fi
mkdir -p "$BACKUP_PG_DATA" && chown postgres:postgres "$BACKUP_PG_DATA" && chmod 700 "$BACKUP_PG_DATA"
started=$(date +%s)
pgbr restore "${options[@]}"
echo "Restored into $BACKUP_PG_DATA in $(( $(date +%s) - started )) s${target:+ (recovery stops before $target)}; start PostgreSQL to replay the WAL"
