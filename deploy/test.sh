#!/usr/bin/env bash
# The whole test suite against the real PostgreSQL (database antq_test, created afresh for each run), the
# contract lint, the check against a real identity provider (Keycloak) and the generated-client suite. Starts PostgreSQL if it is down.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/postgres.sh

ensure_postgres
recreate_database "${ANTQ_TEST_DB_NAME:-antq_test}"
mvn -B verify
deploy/lint-contract.sh
deploy/keycloak/check.sh
deploy/client-suites.sh
