# Shared by the project's scripts: the local PostgreSQL server and its databases.
# Source it, then call ensure_postgres and ensure_database NAME.

export PGHOST="${PGHOST:-127.0.0.1}"
export PGPORT="${PGPORT:-5432}"
export PGUSER="${PGUSER:-postgres}"
# Works whether the server asks for a password or trusts loopback connections.
export PGPASSWORD="${PGPASSWORD:-postgres}"

# Installs PostgreSQL 15 with its contrib modules from Debian's packages when no server or client is here (as root,
# with apt-get; otherwise says how to get it), and gives the superuser the local password ($PGPASSWORD) on a cluster
# it has just created.
ensure_postgres_installed() {
  if command -v psql >/dev/null 2>&1 && command -v pg_isready >/dev/null 2>&1 \
      && { pg_isready -q -h "$PGHOST" -p "$PGPORT" || { command -v pg_ctlcluster >/dev/null 2>&1 && [ -n "$(ls /etc/postgresql 2>/dev/null)" ]; }; }; then
    return 0
  fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "missing: PostgreSQL 15 (on Debian: apt-get install postgresql-15 postgresql-contrib; or a server on $PGHOST:$PGPORT for user $PGUSER)" >&2
    return 1
  fi
  echo "Installing PostgreSQL 15 with contrib (Debian packages postgresql-15, postgresql-contrib; about a minute)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 postgresql-contrib >/dev/null
  local version
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  for _ in $(seq 1 30); do
    pg_isready -q -h "$PGHOST" -p "$PGPORT" && break
    sleep 1
  done
  runuser -u postgres -- psql -q -c "ALTER ROLE postgres PASSWORD '$PGPASSWORD'" >/dev/null
}

# Starts the local PostgreSQL cluster when it does not answer, and waits until it accepts connections.
ensure_postgres() {
  ensure_postgres_installed || return 1
  if pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
    return 0
  fi
  echo "PostgreSQL is down; starting it"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start
  for _ in $(seq 1 30); do
    pg_isready -q -h "$PGHOST" -p "$PGPORT" && return 0
    sleep 1
  done
  echo "PostgreSQL did not start on $PGHOST:$PGPORT" >&2
  return 1
}

# The two roles of least privilege: the schema owner, as which Flyway migrates, and the service's role,
# which reads and writes rows and owns nothing (V13 grants its rights). Passwords may be set through
# ANTQ_MIGRATION_PASSWORD and ANTQ_DB_PASSWORD (local defaults: the role names).
export ANTQ_MIGRATION_USER="${ANTQ_MIGRATION_USER:-antq_owner}"
export ANTQ_MIGRATION_PASSWORD="${ANTQ_MIGRATION_PASSWORD:-antq_owner}"
export ANTQ_DB_USER="${ANTQ_DB_USER:-antq_app}"
export ANTQ_DB_PASSWORD="${ANTQ_DB_PASSWORD:-antq_app}"

# Creates (or updates) the two roles, idempotently. Takes an optional psql connection string.
ensure_roles() {
  psql -q -v ON_ERROR_STOP=1 "${1:-postgres}" \
    -v owner="$ANTQ_MIGRATION_USER" -v owner_pw="$ANTQ_MIGRATION_PASSWORD" \
    -v app="$ANTQ_DB_USER" -v app_pw="$ANTQ_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'app') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'owner', :'owner_pw') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD %L', :'app', :'app_pw') \gexec
SQL
}

# Creates the database NAME (UTF-8, owned by the schema owner) when it does not exist yet; hands a
# database that an earlier version migrated as the superuser over to the schema owner.
ensure_database() {
  local name="$1"
  ensure_roles
  if [ "$(psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'")" != "1" ]; then
    echo "Creating database $name"
    createdb -E UTF8 -T template0 -O "$ANTQ_MIGRATION_USER" "$name"
  else
    hand_over_database "$name"
  fi
  create_extensions "$name"
}

# Drops and creates the database NAME, so that a run starts from the migrations alone.
recreate_database() {
  local name="$1"
  ensure_roles
  dropdb --if-exists --force "$name"
  createdb -E UTF8 -T template0 -O "$ANTQ_MIGRATION_USER" "$name"
  create_extensions "$name"
}

# The extensions the migrations use; earthdistance is not a trusted extension, so the superuser creates
# them all before the schema owner migrates (the migrations' CREATE EXTENSION IF NOT EXISTS then finds them).
ANTQ_EXTENSIONS="unaccent pg_trgm cube earthdistance"
create_extensions() {
  local extension
  for extension in $ANTQ_EXTENSIONS; do
    psql -q -v ON_ERROR_STOP=1 -d "$1" -c "CREATE EXTENSION IF NOT EXISTS $extension" 2>&1 | grep -v 'already exists' || true
  done
}

# Makes the schema owner own the database NAME and everything in its schema public (tables, views,
# sequences that belong to no column, functions), so that it can go on migrating a database created before
# the roles existed. Does nothing to a database it already owns.
hand_over_database() {
  local name="$1"
  psql -q -v ON_ERROR_STOP=1 -d "$name" -v owner="$ANTQ_MIGRATION_USER" <<'SQL'
SELECT format('ALTER DATABASE %I OWNER TO %I', current_database(), :'owner') \gexec
SELECT format('ALTER %s %s OWNER TO %I',
              CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
              c.oid::regclass, :'owner')
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
   AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = :'owner')
   AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') \gexec
SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, :'owner')
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = 'public' AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = :'owner')
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') \gexec
SQL
}
