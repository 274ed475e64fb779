# Shared by the project's scripts: the local PostgreSQL server and its databases.
# Source it, then call ensure_postgres and ensure_database NAME.

export PGHOST="${PGHOST:-127.0.0.1}"
export PGPORT="${PGPORT:-5432}"
export PGUSER="${PGUSER:-postgres}"
# Works whether the server asks for a password or trusts loopback connections.
export PGPASSWORD="${PGPASSWORD:-postgres}"

# Starts the local PostgreSQL cluster when it does not answer, and waits until it accepts connections.
ensure_postgres() {
  if pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
    return 0
  fi
  echo "PostgreSQL is down; starting it"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do
    pg_isready -q -h "$PGHOST" -p "$PGPORT" && return 0
    sleep 1
  done
  echo "PostgreSQL did not start on $PGHOST:$PGPORT" >&2
  return 1
}

# Creates the database NAME (UTF-8) when it does not exist yet.
ensure_database() {
  local name="$1"
  if [ "$(psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'")" != "1" ]; then
    echo "Creating database $name"
    createdb -E UTF8 -T template0 "$name"
  fi
}

# Drops and creates the database NAME, so that a run starts from the migrations alone.
recreate_database() {
  local name="$1"
  dropdb --if-exists --force "$name"
  createdb -E UTF8 -T template0 "$name"
}
