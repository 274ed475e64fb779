#!/usr/bin/env bash
# Generated clients that run: generates a Java client (native library) from openapi/openapi.yaml with
# openapi-generator (from Maven Central), starts the service on its own database and port, and runs the
# suite of clients/java through it. The suite fails when an operation of the contract was not called
# through the client and answered as documented.
# Generated code and builds live under target/clients (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/postgres.sh
. deploy/lib/demo-keys.sh

GENERATOR_VERSION="${OPENAPI_GENERATOR_VERSION:-7.17.0}"
PORT="${CLIENTS_PORT:-18090}"
DB="${CLIENTS_DB:-antq_clients}"
WORK="target/clients"
BASE="http://127.0.0.1:$PORT"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

GENERATOR="$HOME/.m2/repository/org/openapitools/openapi-generator-cli/$GENERATOR_VERSION/openapi-generator-cli-$GENERATOR_VERSION.jar"
[ -f "$GENERATOR" ] || mvn -B -q dependency:get -Dartifact="org.openapitools:openapi-generator-cli:$GENERATOR_VERSION"
rm -rf "$WORK/java" "$WORK/java-classes"
mkdir -p "$WORK"
generate() {
  java -jar "$GENERATOR" generate -i openapi/openapi.yaml --global-property=apiTests=false,modelTests=false,apiDocs=false,modelDocs=false \
    "$@" > "$WORK/generate-$2.log" 2>&1 || { tail -n 40 "$WORK/generate-$2.log" >&2; return 1; }
}
echo "Generating the Java client (openapi-generator $GENERATOR_VERSION)"
generate -g java -o "$WORK/java" --library native \
  --additional-properties=useJakartaEe=true,openApiNullable=false,hideGenerationTimestamp=true,apiPackage=vn.antq.client.api,modelPackage=vn.antq.client.model,invokerPackage=vn.antq.client

echo "Compiling the Java client and its suite"
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
# The generated client needs Jackson (with java.time) and the Jakarta annotations: the service's own copies.
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=runtime > /dev/null
mkdir -p "$WORK/java-classes"
javac -encoding UTF-8 -nowarn -proc:none -d "$WORK/java-classes" -cp "$(cat "$WORK/classpath.txt")" \
  $(find "$WORK/java/src/main/java" clients/java -name '*.java') 2> "$WORK/javac.log" || { cat "$WORK/javac.log" >&2; exit 1; }

ensure_postgres
ensure_demo_keys
recreate_database "$DB"
echo "Starting the service on $BASE"
ANTQ_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" ANTQ_OIDC_PUBLIC_KEY="$(demo_public_key)" ANTQ_OIDC_ISSUER="$DEMO_ISSUER" \
ANTQ_OIDC_AUDIENCE="$DEMO_AUDIENCE" ANTQ_RATE_LIMIT_PER_MINUTE=100000 PORT="$PORT" \
  java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 180); do curl -sf -o /dev/null "$BASE/q/health/ready" && break; sleep 1; done
curl -sf -o /dev/null "$BASE/q/health/ready" || { tail -n 40 "$WORK/service.log" >&2; exit 1; }

export ANTQ_BASE_URL="$BASE"
export ANTQ_ADMIN_TOKEN="$(deploy/demo-token.sh admin)"
echo "Java client suite"
java -Dfile.encoding=UTF-8 -cp "$WORK/java-classes:$(cat "$WORK/classpath.txt")" vn.antq.clientsuite.JavaClientSuite
