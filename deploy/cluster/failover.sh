#!/usr/bin/env bash
# Fails the local cluster's PostgreSQL primary over to the synchronous standby (Patroni).
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/cluster/env.sh
if [ "$(primary_api_port)" = "${PATRONI_API_PORTS[0]}" ]; then standby=pg2; else standby=pg1; fi
patronictl -c "$CLUSTER_WORK/pg1.yml" failover --candidate "$standby" --force >"$CLUSTER_WORK/logs/failover.log" 2>&1
