#!/usr/bin/env bash
# The whole test suite against the real PostgreSQL (database antq_test, created afresh for each run, as the
# service's least-privileged role), the contract lint, the Kubernetes manifests' check (every overlay
# rendered and checked), the generated-client suites (Java and TypeScript clients generated from the contract, run
# against the service: deploy/client-suites.sh) and the check against a real identity provider (Keycloak). Starts
# PostgreSQL if it is down and creates the database roles.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/postgres.sh
. deploy/lib/prereqs.sh

# What the stages need, checked before the first one starts (each stage checks its own again).
need_tools java javac mvn node npm curl openssl python3 python3-yaml
require_met
ensure_postgres
recreate_database "${ANTQ_TEST_DB_NAME:-antq_test}"
started=$(date +%s)
step "1/5 Test suite (mvn verify)" "about 8 min"
mvn -B verify
step_done
step "2/5 Generated-client suites" "about 1.5 min"
deploy/client-suites.sh
step_done
step "3/5 Contract lint" "about 1 min"
deploy/lint-contract.sh
step_done
step "4/5 Kubernetes manifests" "about 20 s"
deploy/kubernetes/check.sh
step_done
step "5/5 Keycloak check" "about 1 min"
deploy/keycloak/check.sh
step_done
echo "All stages passed in $(( ($(date +%s) - started) / 60 )) min $(( ($(date +%s) - started) % 60 )) s"
