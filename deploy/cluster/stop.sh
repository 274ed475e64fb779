#!/usr/bin/env bash
# Stops the local cluster started by deploy/cluster/start.sh (each process by its recorded pid).
#   deploy/cluster/stop.sh           # keeps the data
#   deploy/cluster/stop.sh --clean   # and removes the working folder
set -uo pipefail
cd "$(dirname "$0")/../.."
. deploy/cluster/env.sh

stop() {
  local name="$1" pid
  pid="$(running_pid "$name")" || { rm -f "$CLUSTER_WORK/pids/$name"; return 0; }
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  rm -f "$CLUSTER_WORK/pids/$name"
  echo "Stopped $name"
}
stop nginx
stop replica1; stop replica2; stop replica3
# Patroni stops its PostgreSQL on SIGTERM.
stop pg2; stop pg1
stop etcd
if [ "${1:-}" = "--clean" ]; then
  rm -rf "$CLUSTER_WORK"
  echo "Removed $CLUSTER_WORK"
fi
