# Shared by the local cluster's scripts: ports (all on loopback, from CLUSTER_BASE_PORT), folders, URLs.
BASE="${CLUSTER_BASE_PORT:-18300}"
export NGINX_PORT=$((BASE + 0))
export PATRONI_API_PORTS=($((BASE + 8)) $((BASE + 9)))
export REPLICA_PORTS=($((BASE + 11)) $((BASE + 12)) $((BASE + 13)))
# Each replica's management interface (health, metrics): never behind nginx.
export MANAGEMENT_PORTS=($((BASE + 21)) $((BASE + 22)) $((BASE + 23)))
export PG_PORTS=($((BASE + 32)) $((BASE + 33)))
export ETCD_CLIENT_PORT=$((BASE + 79))
export ETCD_PEER_PORT=$((BASE + 80))
# PostgreSQL's data must belong to the postgres user, so the working folder is outside the repository.
export CLUSTER_WORK="${CLUSTER_WORK:-/var/tmp/antq-cluster-$BASE}"
export CLUSTER_DB="${CLUSTER_DB:-antq_cluster}"
export CLUSTER_URL="http://127.0.0.1:$NGINX_PORT"
# The service finds the primary by itself: both servers listed, only the primary accepted.
export CLUSTER_JDBC_URL="jdbc:postgresql://127.0.0.1:${PG_PORTS[0]},127.0.0.1:${PG_PORTS[1]}/$CLUSTER_DB?targetServerType=primary&hostRecheckSeconds=2"
export CLUSTER_PG_SUPERUSER_PASSWORD="${CLUSTER_PG_SUPERUSER_PASSWORD:-postgres}"
mkdir -p "$CLUSTER_WORK/pids" "$CLUSTER_WORK/logs"

# The pid recorded for NAME, if that process still runs.
running_pid() {
  local file="$CLUSTER_WORK/pids/$1"
  [ -f "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
}

wait_for_url() {
  local url="$1" what="$2" seconds="${3:-180}"
  for _ in $(seq 1 "$seconds"); do
    curl -sf -o /dev/null "$url" && return 0
    sleep 1
  done
  echo "$what did not come up ($url)" >&2
  return 1
}

# The Patroni REST port of the current primary.
primary_api_port() {
  local port
  for port in "${PATRONI_API_PORTS[@]}"; do
    curl -sf -o /dev/null "http://127.0.0.1:$port/primary" && { echo "$port"; return 0; }
  done
  return 1
}
