#!/usr/bin/env bash
# The restore drill: proves on this machine that a point-in-time restore from the backups (deploy/backup, pgBackRest)
# brings back everything acknowledged before a destructive mistake. One command, bounded, cleans up after itself:
#   1. its own PostgreSQL 15 on a loopback port (DRILL_BASE_PORT + 32, default 18532), archiving WAL into an encrypted
#      pgBackRest repository (deploy/backup/setup.sh; archive_timeout DRILL_ARCHIVE_TIMEOUT, default 10 s);
#   2. the service against it (port DRILL_BASE_PORT, default 18500), writers creating organizations through the API;
#   3. a full backup mid-load, then an incremental one (deploy/backup/backup.sh); a time T noted while writes go on,
#      and a mirror synced from the organization change feed;
#   4. the mistake after T: every organization of Thanh Hoa (2025 province 38) deleted through SQL; once the WAL up to
#      the mistake is archived, the service stopped and the server destroyed (killed, its data directory removed);
#   5. a restore to just before the mistake (deploy/backup/restore.sh --target), PostgreSQL replaying the archive,
#      the service started on the restored database, and the check (deploy/backup/drill.py check): every write
#      acknowledged before T reads back, the deleted organizations are back, the audit trail and the change feed go
#      on (the mirror continues from its token, and a new write reaches both).
# Its last line is the recovery point (seconds of acknowledged writes lost before the mistake) and the recovery
# time (from the destroyed server to the service ready on the restored one). Exits non-zero when a check fails.
# Installs pgBackRest when missing; builds the service when target/quarkus-app is missing. KEEP_DRILL=1 keeps the
# working folder (DRILL_WORK, default /var/tmp/antq-drill-18500) for a look. Takes 5 to 6 minutes once built on a
# busy 2-core machine, most of it the service starting twice (docs/backups.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE="${DRILL_BASE_PORT:-18500}"
export DRILL_PORT=$((BASE + 0))
# Health lives on the service's management interface, on its own port.
export DRILL_MANAGEMENT_PORT=$((BASE + 1))
DRILL_PG_PORT=$((BASE + 32))
DRILL_WORK="${DRILL_WORK:-/var/tmp/antq-drill-$BASE}"
DRILL_DB=antq_drill
ARCHIVE_TIMEOUT="${DRILL_ARCHIVE_TIMEOUT:-10}"
# The backup scripts, pointed at the drill's server and a repository of its own.
export ANTQ_BACKUP_CONFIG_DIR="$DRILL_WORK/backup" ANTQ_BACKUP_REPO="$DRILL_WORK/backup/repo" ANTQ_BACKUP_STANZA=drill
export ANTQ_BACKUP_PG_DATA="$DRILL_WORK/pgdata" ANTQ_BACKUP_PG_PORT="$DRILL_PG_PORT" ANTQ_BACKUP_PG_SOCKET="$DRILL_WORK"
export ANTQ_BACKUP_ARCHIVE_TIMEOUT="$ARCHIVE_TIMEOUT"
# setup.sh restarts the drill's server this way (its log stays with the drill's).
export ANTQ_BACKUP_PG_RESTART="setpriv --reuid=postgres --regid=postgres --init-groups $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/pg_ctl -D $DRILL_WORK/pgdata -w -m fast -l $DRILL_WORK/logs/postgresql.log restart >/dev/null"
# The drill's key is its own, made for this run, unless one is given.
export ANTQ_BACKUP_CIPHER_PASS="${ANTQ_BACKUP_CIPHER_PASS:-$(openssl rand -base64 48)}"
. deploy/backup/env.sh
. deploy/lib/demo-keys.sh
require_cipher_pass
LOGS="$DRILL_WORK/logs"
ACKS="$DRILL_WORK/acks.jsonl"
STOP="$DRILL_WORK/stop-load"
export DRILL_RESULT="$DRILL_WORK/result"

say() { echo "[drill $(date -u +%H:%M:%S)] $*"; }
as_postgres() { setpriv --reuid=postgres --regid=postgres --init-groups "$@"; }
pg_ctl_drill() { as_postgres "$PG_BIN/pg_ctl" -D "$ANTQ_BACKUP_PG_DATA" "$@"; }
sql() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -h "$DRILL_WORK" -p "$DRILL_PG_PORT" -d "$DRILL_DB" "$@"; }

service_pid="" load_pid=""
cleanup() {
  local status=$?
  touch "$STOP" 2>/dev/null || true
  [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null
  stop_service
  [ -f "$ANTQ_BACKUP_PG_DATA/postmaster.pid" ] && pg_ctl_drill -m immediate stop >/dev/null 2>&1
  if [ "$status" -ne 0 ]; then
    say "FAILED; the last lines of the logs:"
    for log in "$LOGS"/*.log; do [ -f "$log" ] && { echo "== $log"; tail -n 15 "$log"; }; done
  fi
  if [ "${KEEP_DRILL:-0}" = 1 ]; then say "kept $DRILL_WORK"; else rm -rf "$DRILL_WORK"; fi
  exit "$status"
}

start_service() {
  ANTQ_DB_URL="jdbc:postgresql://127.0.0.1:$DRILL_PG_PORT/$DRILL_DB" PORT="$DRILL_PORT" ANTQ_MANAGEMENT_PORT="$DRILL_MANAGEMENT_PORT" \
  ANTQ_OIDC_PUBLIC_KEY="$(demo_public_key)" ANTQ_OIDC_ISSUER="$DEMO_ISSUER" ANTQ_OIDC_AUDIENCE="$DEMO_AUDIENCE" \
  ANTQ_RATE_LIMIT_PER_MINUTE=100000000 ANTQ_LOG_JSON=true ANTQ_SHUTDOWN_DELAY=0S QUARKUS_HTTP_HOST=127.0.0.1 \
    java ${DRILL_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC} -jar "$DRILL_WORK/app/quarkus-run.jar" >>"$LOGS/service-$1.log" 2>&1 &
  service_pid=$!
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$DRILL_MANAGEMENT_PORT/q/health/ready" && return 0
    kill -0 "$service_pid" 2>/dev/null || break
    sleep 1
  done
  say "the service did not become ready"
  return 1
}

stop_service() {
  [ -n "$service_pid" ] || return 0
  kill -TERM "$service_pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$service_pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$service_pid" 2>/dev/null || true
  wait "$service_pid" 2>/dev/null || true
  service_pid=""
}

if pg_isready -q -U postgres -h 127.0.0.1 -p "$DRILL_PG_PORT" || curl -s -o /dev/null "http://127.0.0.1:$DRILL_PORT/"; then
  echo "Port $DRILL_PG_PORT or $DRILL_PORT is taken: another drill runs? (set DRILL_BASE_PORT)" >&2; exit 1
fi
install_pgbackrest
command -v curl >/dev/null || { apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null; }
ensure_demo_keys
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
rm -rf "$DRILL_WORK"
mkdir -p "$DRILL_WORK" "$LOGS"
trap cleanup EXIT
trap 'exit 130' INT TERM
# A copy, so that a rebuild meanwhile does not pull the jars from under the service.
cp -r target/quarkus-app "$DRILL_WORK/app"
chown postgres:postgres "$DRILL_WORK" "$LOGS"

say "1. PostgreSQL on 127.0.0.1:$DRILL_PG_PORT, archiving into an encrypted pgBackRest repository"
printf 'postgres\n' >"$DRILL_WORK/password" && chown postgres "$DRILL_WORK/password"
as_postgres "$PG_BIN/initdb" -D "$ANTQ_BACKUP_PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=peer --auth-host=scram-sha-256 --pwfile="$DRILL_WORK/password" >"$LOGS/initdb.log"
rm -f "$DRILL_WORK/password"
cat >>"$ANTQ_BACKUP_PG_DATA/postgresql.conf" <<EOF
port = $DRILL_PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DRILL_WORK'
max_connections = 60
shared_buffers = 64MB
track_commit_timestamp = on
EOF
# The server gets the repository's key in its environment (archive-push encrypts), as setup.sh expects.
pg_ctl_drill -w -l "$LOGS/postgresql.log" start >/dev/null
deploy/backup/setup.sh | sed 's/^/    /'
(
  export PGHOST=127.0.0.1 PGPORT="$DRILL_PG_PORT" PGUSER=postgres PGPASSWORD=postgres
  . deploy/lib/postgres.sh
  ensure_database "$DRILL_DB" >/dev/null
)

say "2. the service on 127.0.0.1:$DRILL_PORT; writers create organizations through the API"
start_service 1
ADMIN_TOKEN="$(deploy/demo-token.sh admin)"
export ADMIN_TOKEN
python3 deploy/backup/drill.py load "$ACKS" "$STOP" >"$LOGS/load-1.log" 2>&1 &
load_pid=$!
sleep 8

say "3. a full backup mid-load, then an incremental one"
deploy/backup/backup.sh full | sed 's/^/    /'
sleep 4
deploy/backup/backup.sh incr | sed 's/^/    /'
deploy/backup/check.sh | sed 's/^/    /'
# Encrypted at rest: the repository's files (its catalogue, the backups, the WAL) are OpenSSL-encrypted (they start
# with "Salted__"), and with another key pgBackRest cannot even read the catalogue.
wal_file="$(find "$ANTQ_BACKUP_REPO/archive" -name '0000*' -type f | head -n 1)"
info_file="$(find "$ANTQ_BACKUP_REPO/backup" -name backup.info | head -n 1)"
other_key_status="$(export PGBACKREST_REPO1_CIPHER_PASS=not-the-key
  pgbr info --output=json | python3 -c 'import json, sys
print(json.loads(sys.stdin.buffer.read().decode("utf-8", "replace"), strict=False)[0]["status"]["code"])')"
if [ "$(head -c 8 "$info_file")" != "Salted__" ] || [ "$(head -c 8 "$wal_file")" != "Salted__" ] ||
   [ "$other_key_status" = 0 ]; then
  say "FAIL the repository is readable without its key"; exit 1
fi
say "   the repository is encrypted: unreadable without ANTQ_BACKUP_CIPHER_PASS"
sleep 3
T=$(date +%s.%N)
say "   T = $(date -u -d "@$T" '+%H:%M:%S.%N'): writes acknowledged so far: $(wc -l <"$ACKS")"
python3 deploy/backup/drill.py mirror "$DRILL_WORK/mirror.json" | sed 's/^/    /'
sleep 4

say "4. the mistake: every organization of Thanh Hoa (2025:38) deleted through SQL, while the writers go on"
# One transaction, as a mistaken operator would run it; its start (now()) is the mistake's moment. The deleted
# organizations are listed with the commit time of their creation (track_commit_timestamp), to tell those that
# existed before the recovery target from those that the writers created in the instant after it.
sql -tA -F ' ' >"$DRILL_WORK/mistake" <<'SQL'
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT 'mistake', extract(epoch FROM now()), pg_current_wal_lsn();
SELECT id, extract(epoch FROM pg_xact_commit_timestamp(xmin)) FROM organization WHERE unit_province = '38';
DELETE FROM organization WHERE unit_province = '38';
COMMIT;
SQL
read -r _ mistake mistake_lsn <"$DRILL_WORK/mistake"
grep -v '^mistake' "$DRILL_WORK/mistake" >"$DRILL_WORK/deleted"
# pgBackRest takes milliseconds: the target is the mistake's moment rounded down to one (what committed in that
# last millisecond is reported as lost, if anything was acknowledged in it).
target_epoch="$(python3 -c 'import math, sys; print(f"{math.floor(float(sys.argv[1]) * 1000) / 1000:.3f}")' "$mistake")"
target="$(python3 -c 'import datetime, sys
print(datetime.datetime.fromtimestamp(float(sys.argv[1]), datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + "+00")' "$target_epoch")"
say "   deleted $(grep -c . "$DRILL_WORK/deleted") organizations in a transaction that began at $(date -u -d "@$mistake" '+%H:%M:%S.%N') (WAL $mistake_lsn)"
sleep 3
touch "$STOP"
wait "$load_pid" || true
load_pid=""
sed 's/^/    /' "$LOGS/load-1.log"
# The server is lost only once the WAL of the mistake has left it: archive_timeout bounds that wait.
for _ in $(seq 1 $((ARCHIVE_TIMEOUT * 3))); do
  [ "$(sql -tAc "SELECT coalesce(last_archived_wal >= pg_walfile_name('$mistake_lsn'), false) FROM pg_stat_archiver")" = t ] && break
  sleep 1
done
say "   the WAL up to the mistake (segment $(sql -tAc "SELECT pg_walfile_name('$mistake_lsn')")) is in the archive" \
    "$(awk -v a="$mistake" -v b="$(date +%s.%N)" 'BEGIN {printf "%.0f", b - a}') s after the mistake began" \
    "(last archived: $(sql -tAc 'SELECT last_archived_wal FROM pg_stat_archiver'))"
say "   the server destroyed: the service stopped, PostgreSQL killed, its data directory removed"
stop_service
destroyed=$(date +%s.%N)
pg_ctl_drill -m immediate stop >/dev/null
rm -rf "$ANTQ_BACKUP_PG_DATA"

say "5. restore to $target (just before the mistake)"
deploy/backup/restore.sh --target "$target" | sed 's/^/    /'
restored=$(date +%s.%N)
pg_ctl_drill -w -t 600 -l "$LOGS/postgresql-restored.log" start >/dev/null
for _ in $(seq 1 600); do
  [ "$(sql -tAc 'SELECT pg_is_in_recovery()' 2>/dev/null)" = f ] && break
  sleep 0.5
done
[ "$(sql -tAc 'SELECT pg_is_in_recovery()')" = f ] || { say "PostgreSQL did not finish its recovery"; exit 1; }
promoted=$(date +%s.%N)
say "   $(grep -h -o 'recovery stopping before.*' "$LOGS/postgresql-restored.log" | head -n 1)"
start_service 2
ready=$(date +%s.%N)
recovery_time=$(awk -v a="$destroyed" -v b="$ready" 'BEGIN {printf "%.1f", b - a}')
phases=$(awk -v d="$destroyed" -v r="$restored" -v p="$promoted" -v s="$ready" \
  'BEGIN {printf "files restored %.1f s, WAL replayed %.1f s, service started %.1f s", r - d, p - r, s - p}')
say "   the service is ready on the restored database, ${recovery_time} s after the server was destroyed"

say "6. the check"
sql -tAc "SELECT json_build_object(
  'organizations', (SELECT count(*) FROM organization),
  'without_create', (SELECT count(*) FROM organization o WHERE NOT EXISTS (SELECT 1 FROM audit_event e
                       WHERE e.collection = 'organizations' AND e.record_id = o.id AND e.action = 'create')),
  'delete_events', (SELECT count(*) FROM audit_event WHERE action = 'delete'),
  'events', (SELECT count(*) FROM audit_event))" >"$DRILL_WORK/audit.json"
status=0
python3 deploy/backup/drill.py check "$ACKS" "$T" "$mistake" "$target_epoch" "$DRILL_WORK/deleted" "$DRILL_WORK/mirror.json" \
  "$DRILL_WORK/audit.json" >"$LOGS/check.log" 2>&1 || status=1
sed 's/^/    /' "$LOGS/check.log"
read -r recovery_point lost before_mistake <"$DRILL_RESULT" || { say "the check gave no result"; exit 1; }
echo "recovery point: ${recovery_point} s of acknowledged writes lost before the mistake ($lost of $before_mistake lost; archive_timeout ${ARCHIVE_TIMEOUT} s); recovery time: ${recovery_time} s (server destroyed to service ready on the restored database: $phases)"
exit $status
