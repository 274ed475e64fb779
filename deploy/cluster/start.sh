#!/usr/bin/env bash
# Starts the local cluster on loopback ports (see env.sh): etcd, two PostgreSQL 15 servers under Patroni (a
# primary and a synchronous standby), three replicas of the service and nginx in front of them.
# Installs nginx, Patroni and etcd from Debian's packages when missing. Stop it with deploy/cluster/stop.sh.
#   deploy/cluster/start.sh          # then: curl http://127.0.0.1:18300/api/v1/festivals
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/cluster/env.sh
. deploy/lib/demo-keys.sh

# What the cluster needs, from Debian's packages: nginx, Patroni (patroni, patronictl), etcd (etcd-server), wrk.
missing=()
command -v nginx >/dev/null || missing+=(nginx)
command -v patroni >/dev/null || missing+=(patroni)
command -v etcd >/dev/null || missing+=(etcd-server)
command -v curl >/dev/null || missing+=(curl)
# wrk: the check's measurement of the micro-cache against one replica (deploy/cluster/schedule-ratio.sh).
command -v wrk >/dev/null || missing+=(wrk)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]} (Debian packages)"
  # Installing must not start the packages' own services (nginx on port 80, a system etcd): the cluster
  # runs its own on loopback ports.
  own_policy=false
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && own_policy=true
  fi
  # The package lists are read once, on a fresh machine they may be missing or stale.
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if [ "$own_policy" = true ]; then rm -f /usr/sbin/policy-rc.d; fi
fi
LOGS="$CLUSTER_WORK/logs"
chown postgres:postgres "$CLUSTER_WORK"

start_etcd() {
  running_pid etcd >/dev/null && return 0
  echo "Starting etcd on 127.0.0.1:$ETCD_CLIENT_PORT"
  etcd --name antq --data-dir "$CLUSTER_WORK/etcd" \
    --listen-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" \
    --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-cluster "antq=http://127.0.0.1:$ETCD_PEER_PORT" --enable-v2=false >"$LOGS/etcd.log" 2>&1 &
  echo $! >"$CLUSTER_WORK/pids/etcd"
  wait_for_url "http://127.0.0.1:$ETCD_CLIENT_PORT/health" etcd 60
}

start_patroni() {
  local index="$1" name="pg$(( $1 + 1 ))"
  running_pid "$name" >/dev/null && return 0
  local config="$CLUSTER_WORK/$name.yml"
  sed -e "s|@NAME@|$name|g" -e "s|@API_PORT@|${PATRONI_API_PORTS[$index]}|g" -e "s|@PG_PORT@|${PG_PORTS[$index]}|g" \
      -e "s|@ETCD_PORT@|$ETCD_CLIENT_PORT|g" -e "s|@DATA_DIR@|$CLUSTER_WORK/$name|g" -e "s|@WORK@|$CLUSTER_WORK|g" \
      -e "s|@SUPERUSER_PASSWORD@|$CLUSTER_PG_SUPERUSER_PASSWORD|g" deploy/cluster/patroni.yml.template >"$config"
  chown postgres:postgres "$config"
  echo "Starting PostgreSQL $name under Patroni (port ${PG_PORTS[$index]}, REST ${PATRONI_API_PORTS[$index]})"
  # As the postgres user, which PostgreSQL requires; setpriv replaces itself, so the pid is Patroni's.
  setpriv --reuid=postgres --regid=postgres --init-groups patroni "$config" >"$LOGS/$name.log" 2>&1 &
  echo $! >"$CLUSTER_WORK/pids/$name"
}

# The replica that migrates also loads the demo data (idempotently) before it is ready, so that the public
# schedule has the demo's pages to serve (the check measures them).
start_replica() {
  local index="$1" name="replica$(( $1 + 1 ))" migrate="${2:-false}"
  running_pid "$name" >/dev/null && return 0
  echo "Starting $name on 127.0.0.1:${REPLICA_PORTS[$index]}"
  ANTQ_DB_URL="$CLUSTER_JDBC_URL" PORT="${REPLICA_PORTS[$index]}" ANTQ_MANAGEMENT_PORT="${MANAGEMENT_PORTS[$index]}" ANTQ_MIGRATE_AT_START="$migrate" \
  ANTQ_DEMO_DATA="$migrate" \
  ANTQ_OIDC_PUBLIC_KEY="$(demo_public_key)" ANTQ_OIDC_ISSUER="$DEMO_ISSUER" ANTQ_OIDC_AUDIENCE="$DEMO_AUDIENCE" \
  ANTQ_TRUST_PROXY=true ANTQ_RATE_LIMIT_PER_MINUTE=100000000 ANTQ_LOG_JSON=true ANTQ_SHUTDOWN_DELAY=1S \
    java ${CLUSTER_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC} -jar "$CLUSTER_WORK/app/quarkus-run.jar" >>"$LOGS/$name.log" 2>&1 &
  echo $! >"$CLUSTER_WORK/pids/$name"
}

# nginx's configuration from the template, with the limits of the environment (CLUSTER_*).
write_nginx_conf() {
  # max_fails=0: a replica answering 503 (database failing over, or draining) is not taken out of the
  # pool for everyone; each request still moves on to the next replica (loopback refusals cost nothing).
  local upstreams="" port
  for port in "${REPLICA_PORTS[@]}"; do upstreams+="server 127.0.0.1:$port max_fails=0; "; done
  sed -e "s|@WORK@|$CLUSTER_WORK|g" -e "s|@NGINX_PORT@|$NGINX_PORT|g" -e "s|@UPSTREAMS@|$upstreams|" \
      -e "s|@RATE@|${CLUSTER_RATE_LIMIT_PER_MINUTE:-1200}|g" -e "s|@PUBLIC_RATE@|${CLUSTER_PUBLIC_RATE_LIMIT_PER_MINUTE:-120000}|g" \
      -e "s|@PUBLIC_BURST@|${CLUSTER_PUBLIC_BURST:-2000}|g" deploy/cluster/nginx.conf.template >"$CLUSTER_WORK/nginx.conf"
}

start_nginx() {
  running_pid nginx >/dev/null && return 0
  mkdir -p "$CLUSTER_WORK/nginx"
  chown www-data "$CLUSTER_WORK/nginx"
  write_nginx_conf
  # The public schedule's origin hop listens on a local socket; one left by a killed nginx would block it.
  rm -f "$CLUSTER_WORK/nginx/origin.sock"
  echo "Starting nginx on 127.0.0.1:$NGINX_PORT"
  nginx -c "$CLUSTER_WORK/nginx.conf" -p "$CLUSTER_WORK/nginx" >"$LOGS/nginx.log" 2>&1 &
  echo $! >"$CLUSTER_WORK/pids/nginx"
}

# The database, the roles and the extensions, made on the primary (the standby follows).
prepare_database() {
  local primary
  primary="${PG_PORTS[$([ "$(primary_api_port)" = "${PATRONI_API_PORTS[0]}" ] && echo 0 || echo 1)]}"
  (
    export PGHOST=127.0.0.1 PGPORT="$primary" PGUSER=postgres PGPASSWORD="$CLUSTER_PG_SUPERUSER_PASSWORD"
    . deploy/lib/postgres.sh
    ensure_roles
    if [ "$(psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$CLUSTER_DB'")" != "1" ]; then
      createdb -E UTF8 -T template0 -O "$ANTQ_MIGRATION_USER" "$CLUSTER_DB"
    fi
    create_extensions "$CLUSTER_DB"
  )
}

# deploy/cluster/start.sh --replica N: (re)starts replica N (1-3) only, when it is not running.
if [ "${1:-}" = "--replica" ]; then
  start_replica $(( $2 - 1 ))
  exit 0
fi
# deploy/cluster/start.sh --reload-nginx: rewrites nginx's configuration with the limits of the environment
# (CLUSTER_RATE_LIMIT_PER_MINUTE, CLUSTER_PUBLIC_RATE_LIMIT_PER_MINUTE, CLUSTER_PUBLIC_BURST) and reloads it
# without dropping a request; returns once the old worker has gone, so the next request meets the new limits.
if [ "${1:-}" = "--reload-nginx" ]; then
  master="$(running_pid nginx)" || { echo "nginx is not running" >&2; exit 1; }
  old_workers="$(pgrep -P "$master" -f "worker process" || true)"
  write_nginx_conf
  kill -HUP "$master"
  for _ in $(seq 1 100); do
    alive=""
    for pid in $old_workers; do kill -0 "$pid" 2>/dev/null && alive=yes; done
    [ -z "$alive" ] && [ -n "$(pgrep -P "$master" -f "worker process" || true)" ] && exit 0
    sleep 0.1
  done
  echo "nginx did not reload (see $LOGS/nginx-error.log)" >&2
  exit 1
fi
# deploy/cluster/start.sh --wait: waits until the three replicas are ready (the check, between two faults).
if [ "${1:-}" = "--wait" ]; then
  for index in 0 1 2; do
    wait_for_url "http://127.0.0.1:${MANAGEMENT_PORTS[$index]}/q/health/ready" "replica$((index + 1))" 300
  done
  exit 0
fi

start_etcd
start_patroni 0
start_patroni 1
echo "Waiting for a primary and a synchronous standby"
for _ in $(seq 1 180); do
  primary_api_port >/dev/null && for port in "${PATRONI_API_PORTS[@]}"; do
    curl -sf -o /dev/null "http://127.0.0.1:$port/sync" && break 2
  done
  sleep 1
done
primary_api_port >/dev/null || { echo "No PostgreSQL primary" >&2; tail -n 30 "$LOGS"/pg*.log >&2; exit 1; }
prepare_database
ensure_demo_keys
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
# The replicas run a copy, so that a rebuild meanwhile does not pull the jars from under them.
if [ -z "$(running_pid replica1)$(running_pid replica2)$(running_pid replica3)" ]; then
  rm -rf "$CLUSTER_WORK/app" && cp -r target/quarkus-app "$CLUSTER_WORK/app"
fi
# The first replica migrates; the others start once it is ready.
start_replica 0 true
wait_for_url "http://127.0.0.1:${MANAGEMENT_PORTS[0]}/q/health/ready" replica1 300 || { tail -n 40 "$LOGS/replica1.log" >&2; exit 1; }
start_replica 1
start_replica 2
for index in 1 2; do
  wait_for_url "http://127.0.0.1:${MANAGEMENT_PORTS[$index]}/q/health/ready" "replica$((index + 1))" 300 ||
    { tail -n 40 "$LOGS/replica$((index + 1)).log" >&2; exit 1; }
done
start_nginx
# Health is on the replicas' management ports only; through nginx the contract answers.
wait_for_url "$CLUSTER_URL/q/openapi" nginx 30
echo "The cluster is up: $CLUSTER_URL (logs in $LOGS)"
