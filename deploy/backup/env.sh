# Shared by the backup scripts (deploy/backup/*.sh): which PostgreSQL server is backed up, where the pgBackRest
# repository lives, its retention and its encryption key. Everything may be set from the environment:
#
#   ANTQ_BACKUP_CIPHER_PASS      the repository's encryption key (AES-256-CBC); required, never written by these scripts
#                                to the repository or to the configuration file
#   ANTQ_BACKUP_REPO             the repository on local disk      (default /var/lib/antq-backup/repo)
#   ANTQ_BACKUP_CONFIG_DIR       pgBackRest's configuration, logs, locks and WAL spool (default /var/lib/antq-backup)
#   ANTQ_BACKUP_STANZA           the name of the backed-up server in the repository  (default antq)
#   ANTQ_BACKUP_PG_DATA          the server's data directory       (default the local deployment's: /var/lib/postgresql/15/main)
#   ANTQ_BACKUP_PG_PORT          the server's port on 127.0.0.1    (default 5432)
#   ANTQ_BACKUP_PG_SOCKET        the server's Unix socket directory (default /var/run/postgresql)
#   ANTQ_BACKUP_RETENTION_FULL   full backups kept (with everything that depends on them and their WAL) (default 2)
#   ANTQ_BACKUP_RETENTION_DIFF   differential backups kept per full backup (default 6)
#   ANTQ_BACKUP_ARCHIVE_TIMEOUT  seconds after which a WAL segment is archived even when not full; bounds the recovery
#                                point when the server and its disk are lost (default 60)
#   ANTQ_BACKUP_PROCESSES        parallel processes for backup and restore (default 2)

PG_VERSION_DIR="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
export PG_BIN="/usr/lib/postgresql/$PG_VERSION_DIR/bin"
export BACKUP_CONFIG_DIR="${ANTQ_BACKUP_CONFIG_DIR:-/var/lib/antq-backup}"
export BACKUP_REPO="${ANTQ_BACKUP_REPO:-$BACKUP_CONFIG_DIR/repo}"
export BACKUP_STANZA="${ANTQ_BACKUP_STANZA:-antq}"
export BACKUP_PG_DATA="${ANTQ_BACKUP_PG_DATA:-/var/lib/postgresql/$PG_VERSION_DIR/main}"
export BACKUP_PG_PORT="${ANTQ_BACKUP_PG_PORT:-5432}"
export BACKUP_PG_SOCKET="${ANTQ_BACKUP_PG_SOCKET:-/var/run/postgresql}"
export BACKUP_RETENTION_FULL="${ANTQ_BACKUP_RETENTION_FULL:-2}"
export BACKUP_RETENTION_DIFF="${ANTQ_BACKUP_RETENTION_DIFF:-6}"
export BACKUP_ARCHIVE_TIMEOUT="${ANTQ_BACKUP_ARCHIVE_TIMEOUT:-60}"
export BACKUP_PROCESSES="${ANTQ_BACKUP_PROCESSES:-2}"
export BACKUP_CONFIG="$BACKUP_CONFIG_DIR/pgbackrest.conf"

# pgBackRest reads every option also as PGBACKREST_<OPTION>: the key goes to it only through the environment.
require_cipher_pass() {
  if [ -z "${ANTQ_BACKUP_CIPHER_PASS:-}" ]; then
    echo "ANTQ_BACKUP_CIPHER_PASS is not set: the repository is encrypted with it (e.g. export ANTQ_BACKUP_CIPHER_PASS=\"\$(openssl rand -base64 48)\", and keep it apart from the backups)" >&2
    return 1
  fi
  export PGBACKREST_REPO1_CIPHER_PASS="$ANTQ_BACKUP_CIPHER_PASS"
}

# pgBackRest from Debian's package, installed when missing (the package lists are read first: on a fresh machine
# they may be missing or stale).
install_pgbackrest() {
  command -v pgbackrest >/dev/null && return 0
  echo "Installing pgbackrest (Debian package)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends pgbackrest >/dev/null
}

# Writes pgBackRest's configuration (no secret in it) and the folders it uses, owned by postgres: the archive
# command runs as the server's user, and so do the backups.
write_backup_config() {
  mkdir -p "$BACKUP_CONFIG_DIR" "$BACKUP_REPO" "$BACKUP_CONFIG_DIR/log" "$BACKUP_CONFIG_DIR/lock" "$BACKUP_CONFIG_DIR/spool"
  cat >"$BACKUP_CONFIG" <<EOF
# Written by deploy/backup (env.sh); the encryption key comes from the environment (PGBACKREST_REPO1_CIPHER_PASS).
[global]
repo1-path=$BACKUP_REPO
repo1-cipher-type=aes-256-cbc
repo1-retention-full-type=count
repo1-retention-full=$BACKUP_RETENTION_FULL
repo1-retention-diff=$BACKUP_RETENTION_DIFF
compress-type=zst
process-max=$BACKUP_PROCESSES
start-fast=y
log-path=$BACKUP_CONFIG_DIR/log
lock-path=$BACKUP_CONFIG_DIR/lock
spool-path=$BACKUP_CONFIG_DIR/spool
log-level-console=warn
log-level-file=info

[$BACKUP_STANZA]
pg1-path=$BACKUP_PG_DATA
pg1-port=$BACKUP_PG_PORT
pg1-socket-path=$BACKUP_PG_SOCKET
pg1-user=postgres
EOF
  chown -R postgres:postgres "$BACKUP_CONFIG_DIR"
  chmod 700 "$BACKUP_REPO"
}

# pgBackRest as postgres, with this configuration and the key; setpriv keeps the environment.
pgbr() {
  setpriv --reuid=postgres --regid=postgres --init-groups pgbackrest --config="$BACKUP_CONFIG" --stanza="$BACKUP_STANZA" "$@"
}

# psql to the backed-up server, as the superuser over its socket.
backup_psql() {
  setpriv --reuid=postgres --regid=postgres --init-groups psql -X -q -v ON_ERROR_STOP=1 -h "$BACKUP_PG_SOCKET" -p "$BACKUP_PG_PORT" -d postgres "$@"
}

# The archive command the server runs for each WAL segment (as postgres, with the key in its environment).
archive_command() {
  echo "pgbackrest --config=$BACKUP_CONFIG --stanza=$BACKUP_STANZA archive-push %p"
}
