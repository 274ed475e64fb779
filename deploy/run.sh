#!/usr/bin/env bash
# Runs the service locally with demo data: starts PostgreSQL if it is down, creates the database if it
# is missing, builds the service, then starts it; Flyway migrates and loads the reference data, and the
# demo records of the source documents are loaded (idempotently: running this twice is harmless).
# API on http://localhost:8080/api/v1, Swagger UI on http://localhost:8080/q/swagger-ui.
# Tokens for the demo: deploy/demo-token.sh viewer|editor|admin [AREA...]
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/postgres.sh
. deploy/lib/demo-keys.sh

ensure_postgres
ensure_database "${ANTQ_DB_NAME:-antq}"
ensure_demo_keys

echo "Building the service"
mvn -B -q package -DskipTests

export ANTQ_DB_URL="${ANTQ_DB_URL:-jdbc:postgresql://$PGHOST:$PGPORT/${ANTQ_DB_NAME:-antq}}"
export ANTQ_DEMO_DATA=true
export ANTQ_LOG_JSON="${ANTQ_LOG_JSON:-false}"
export ANTQ_OIDC_PUBLIC_KEY="$(demo_public_key)"
export ANTQ_OIDC_ISSUER="$DEMO_ISSUER"
export ANTQ_OIDC_AUDIENCE="$DEMO_AUDIENCE"
echo "Starting on http://localhost:${PORT:-8080} (Swagger UI: /q/swagger-ui; health and metrics: http://localhost:${ANTQ_MANAGEMENT_PORT:-9000}/q/health, /q/metrics); stop with Ctrl+C"
# A small machine's JVM (deploy/jvm.options; docs/performance.md): small heap, serial collector, C1 only, bounded
# native memory, two malloc arenas. JAVA_OPTS replaces it.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec java ${JAVA_OPTS:-@deploy/jvm.options -Xms32m -Xmx112m} -jar target/quarkus-app/quarkus-run.jar
