#!/usr/bin/env bash
# Generated clients that run: generates a Java client (native library) and a TypeScript client (typescript-fetch)
# from openapi/openapi.yaml with openapi-generator (from Maven Central), starts the service on its own database and
# port, and runs the suites of clients/java and clients/typescript through them. Each suite fails when an operation
# of the contract (read from the served contract) was not called through its client and answered as documented.
# Generated code and builds live under target/clients (never committed). Needs Java 17, Maven, Node.js 18+ with npm;
# the generator jar is kept in the local Maven repository and npm packages in npm's cache, so later runs download
# nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/postgres.sh
. deploy/lib/demo-keys.sh

GENERATOR_VERSION="${OPENAPI_GENERATOR_VERSION:-7.17.0}"
PORT="${CLIENTS_PORT:-18090}"
DB="${CLIENTS_DB:-antq_clients}"
WORK="target/clients"
BASE="http://127.0.0.1:$PORT"
# Health is on the management interface, its own port.
MANAGEMENT_PORT="${CLIENTS_MANAGEMENT_PORT:-$((PORT + 1))}"
started=$(date +%s)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

GENERATOR="$HOME/.m2/repository/org/openapitools/openapi-generator-cli/$GENERATOR_VERSION/openapi-generator-cli-$GENERATOR_VERSION.jar"
[ -f "$GENERATOR" ] || mvn -B -q dependency:get -Dartifact="org.openapitools:openapi-generator-cli:$GENERATOR_VERSION"
rm -rf "$WORK/java" "$WORK/java-classes" "$WORK/typescript" "$WORK/typescript-js"
mkdir -p "$WORK"
generate() {
  java -jar "$GENERATOR" generate -i openapi/openapi.yaml --global-property=apiTests=false,modelTests=false,apiDocs=false,modelDocs=false \
    "$@" > "$WORK/generate-$2.log" 2>&1 || { tail -n 40 "$WORK/generate-$2.log" >&2; return 1; }
}
echo "Generating the Java and TypeScript clients (openapi-generator $GENERATOR_VERSION)"
# Options as docs/api.md ("Using a generated client") shows them. The schema `Level` is generated as `RecordLevel`:
# `Level` clashes with java.util.logging.Level, which the native library's generated code imports.
generate -g java -o "$WORK/java" --library native --model-name-mappings=Level=RecordLevel \
  --additional-properties=useJakartaEe=true,openApiNullable=false,hideGenerationTimestamp=true,enumUnknownDefaultCase=true,apiPackage=vn.antq.client.api,modelPackage=vn.antq.client.model,invokerPackage=vn.antq.client &
java_generated=$!
generate -g typescript-fetch -o "$WORK/typescript" --additional-properties=supportsES6=true,enumUnknownDefaultCase=true
wait "$java_generated"

echo "Compiling the clients and their suites"
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
# The generated Java client needs Jackson (with java.time) and the Jakarta annotations: the service's own copies.
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=runtime > /dev/null
mkdir -p "$WORK/java-classes"
javac -encoding UTF-8 -nowarn -proc:none -d "$WORK/java-classes" -cp "$(cat "$WORK/classpath.txt")" \
  $(find "$WORK/java/src/main/java" clients/java -name '*.java') 2> "$WORK/javac.log" || { cat "$WORK/javac.log" >&2; exit 1; }
(cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error --prefer-offline && npx tsc -p tsconfig.json)

ensure_postgres
ensure_demo_keys
recreate_database "$DB"
echo "Starting the service on $BASE"
ANTQ_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" ANTQ_OIDC_PUBLIC_KEY="$(demo_public_key)" ANTQ_OIDC_ISSUER="$DEMO_ISSUER" \
ANTQ_OIDC_AUDIENCE="$DEMO_AUDIENCE" ANTQ_RATE_LIMIT_PER_MINUTE=100000 PORT="$PORT" ANTQ_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
  java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" && break; sleep 1; done
curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" || { tail -n 40 "$WORK/service.log" >&2; exit 1; }

export ANTQ_BASE_URL="$BASE"
export ANTQ_ADMIN_TOKEN="$(deploy/demo-token.sh admin)"
export ANTQ_EDITOR_TOKEN="$(deploy/demo-token.sh editor 38)"
echo "Java client suite"
java -Dfile.encoding=UTF-8 -cp "$WORK/java-classes:$(cat "$WORK/classpath.txt")" vn.antq.clientsuite.JavaClientSuite
echo "TypeScript client suite"
node "$WORK/typescript-js/clients/typescript/suite.js"
echo "Client suites passed in $(( $(date +%s) - started )) s"
