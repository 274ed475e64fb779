#!/usr/bin/env bash
# Turns on continuous WAL archiving for a PostgreSQL server into a pgBackRest repository on local disk (encrypted,
# retention as configured in env.sh), creates the repository's stanza and checks that archiving works.
# By default the server is the local deployment's (deploy/run.sh: the Debian cluster on port 5432); see env.sh for
# the settings. Restarts the server once when archiving was off (archive_mode needs a restart).
#   export ANTQ_BACKUP_CIPHER_PASS="$(openssl rand -base64 48)"   # keep it: without it the backups cannot be read
#   deploy/backup/setup.sh
# The server must have the key in its environment (archive-push encrypts each segment): for a Debian cluster this
# script puts it in the cluster's `environment` file (mode 0600, owned by postgres); a server started otherwise
# inherits it from whoever starts it, or is restarted by ANTQ_BACKUP_PG_RESTART (a shell command) when set.
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/backup/env.sh
require_cipher_pass
install_pgbackrest
write_backup_config

# The Debian cluster (version and name) that serves BACKUP_PG_PORT, if any.
debian_cluster() {
  command -v pg_lsclusters >/dev/null || return 1
  pg_lsclusters -h 2>/dev/null | awk -v port="$BACKUP_PG_PORT" -v data="$BACKUP_PG_DATA" \
    '$3 == port && $6 == data {print $1, $2; found = 1} END {exit !found}'
}

# For a Debian cluster: puts the key into the cluster's `environment` file, which pg_ctlcluster passes to the
# server; only postgres may read it. Answers whether the file changed (then the server must restart to see it).
give_key_to_debian_cluster() {
  local environment="/etc/postgresql/$1/$2/environment" before
  touch "$environment" && chown postgres:postgres "$environment" && chmod 600 "$environment"
  before="$(sha256sum <"$environment")"
  sed -i '/^PGBACKREST_REPO1_CIPHER_PASS/d' "$environment"
  printf "PGBACKREST_REPO1_CIPHER_PASS = '%s'\n" "$ANTQ_BACKUP_CIPHER_PASS" >>"$environment"
  [ "$before" != "$(sha256sum <"$environment")" ]
}

restart_server() {
  local cluster
  if [ -n "${ANTQ_BACKUP_PG_RESTART:-}" ]; then
    bash -c "$ANTQ_BACKUP_PG_RESTART"
  elif cluster="$(debian_cluster)"; then
    # shellcheck disable=SC2086
    pg_ctlcluster --skip-systemctl-redirect $cluster restart
  else
    setpriv --reuid=postgres --regid=postgres --init-groups "$PG_BIN/pg_ctl" -D "$BACKUP_PG_DATA" -w -m fast \
      -l "$BACKUP_CONFIG_DIR/log/postgresql.log" restart >/dev/null
  fi
  for _ in $(seq 1 60); do
    setpriv --reuid=postgres --regid=postgres --init-groups pg_isready -q -h "$BACKUP_PG_SOCKET" -p "$BACKUP_PG_PORT" && return 0
    sleep 1
  done
  echo "PostgreSQL did not come back on port $BACKUP_PG_PORT" >&2
  return 1
}

echo "Archiving the WAL of the server on port $BACKUP_PG_PORT ($BACKUP_PG_DATA) into $BACKUP_REPO (stanza $BACKUP_STANZA)"
backup_psql -v command="$(archive_command)" -v timeout="$BACKUP_ARCHIVE_TIMEOUT" >/dev/null <<'SQL'
ALTER SYSTEM SET wal_level = 'replica';
ALTER SYSTEM SET archive_mode = 'on';
ALTER SYSTEM SET archive_command = :'command';
ALTER SYSTEM SET archive_timeout = :'timeout';
SELECT pg_reload_conf();
SQL
restart="${ANTQ_BACKUP_RESTART:-false}"
if [ "$(backup_psql -tAc "SELECT bool_or(pending_restart) OR current_setting('archive_mode') <> 'on' FROM pg_settings WHERE name IN ('wal_level', 'archive_mode')")" = t ]; then
  restart=true
fi
if cluster="$(debian_cluster)"; then
  # shellcheck disable=SC2086
  give_key_to_debian_cluster $cluster && restart=true
fi
if [ "$restart" = true ]; then
  echo "Restarting PostgreSQL (archive_mode and wal_level take effect at start, and the server needs the key)"
  restart_server
fi
pgbr stanza-create
pgbr check
echo "Archiving works. Take a full backup now: deploy/backup/backup.sh full"
