#!/usr/bin/env bash
# The whole test suite against the real PostgreSQL (database antq_test, created afresh for each run, as the
# service's least-privileged role), the contract lint, the Kubernetes manifests' check (every overlay
# rendered and checked), the generated-client suites (Java and TypeScript clients generated from the contract, run
# against the service: deploy/client-suites.sh) and the check against a real identity provider (Keycloak). Starts
# PostgreSQL if it is down and creates the database roles.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/postgres.sh

ensure_postgres
recreate_database "${ANTQ_TEST_DB_NAME:-antq_test}"
mvn -B verify
deploy/client-suites.sh
deploy/lint-contract.sh
deploy/kubernetes/check.sh
deploy/keycloak/check.sh
