#!/usr/bin/env bash
# Builds the class-data archive (AppCDS) of the packaged service, target/quarkus-app/app-cds.jsa, by a training
# run: the service starts against a migrated database with -XX:ArchiveClassesAtExit, answers a round of typical
# requests, and stops; the JVM then writes every class it had loaded and linked, already parsed and verified.
# Quarkus's own archive (-Dquarkus.package.jar.appcds.enabled) holds only what its static initialisation loads,
# 6,900 of the 17,800 classes a replica loads: Hibernate's start, Flyway and the request paths are left out.
#   mvn package -DskipTests && deploy/cds-archive.sh
#   cd target/quarkus-app && java @../../deploy/jvm.options -Xms32m -Xmx112m -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar
# The service's settings come from the environment, as for a run (ANTQ_DB_URL, ANTQ_OIDC_*, ...); it listens on
# CDS_PORT (18099). The archive is valid only for the same JDK, the same jars and the same JVM options file.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${CDS_PORT:-18099}"
BASE="http://127.0.0.1:$PORT"
# Health is on the management interface, its own port.
MANAGEMENT_PORT="$((PORT + 1))"
APP=target/quarkus-app
test -f "$APP/quarkus-run.jar" || { echo "No $APP/quarkus-run.jar: run mvn package first" >&2; exit 1; }

rm -f "$APP/app-cds.jsa"
cd "$APP"
# The same options as the runs that will use the archive: it is refused when they differ in what it depends on.
PORT="$PORT" ANTQ_MANAGEMENT_PORT="$MANAGEMENT_PORT" MALLOC_ARENA_MAX=2 java @../../deploy/jvm.options -Xms32m -Xmx112m -XX:ArchiveClassesAtExit=app-cds.jsa \
  -jar quarkus-run.jar > ../cds-training.log 2>&1 &
service=$!
cd ../..
trap 'kill "$service" 2>/dev/null || true' EXIT
for _ in $(seq 1 2400); do curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" && break; sleep 0.05; done
curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" || { tail -n 40 "$APP/../cds-training.log"; exit 1; }

# A round of what clients ask, each a few times (classes are archived once loaded and linked): public festival
# reads (by id, the schedule, its revalidation, the calendar, the sync feed), lists and searches, a refused
# request and a missing record. Only reads: the training leaves the database as it found it.
get() { curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$@"; }
id=$(curl -s "$BASE/api/v1/festivals?limit=1" | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p' | head -1)
for _ in 1 2 3; do
  [ -n "$id" ] && get "$BASE/api/v1/festivals/$id" && get -H 'Accept: text/calendar' "$BASE/api/v1/festivals/$id"
  get "$BASE/api/v1/festivals?unit=2025:42&from=2024-08-12&to=2024-08-25&limit=50"
  get -H 'If-None-Match: "x"' "$BASE/api/v1/festivals?unit=2025:42&from=2024-08-12&to=2024-08-25&limit=50"
  get "$BASE/api/v1/festivals/calendar?unit=2025:42&year=2024"
  get "$BASE/api/v1/festivals/changes?limit=100&unit=2025:42&year=2024"
  get "$BASE/api/v1/organizations?limit=20"
  get "$BASE/api/v1/admin-units?q=tho%20xuan"
  get "$BASE/api/v1/models?limit=20"
  get "$BASE/api/v1/festivals?unit=bad&limit=0"
  get "$BASE/api/v1/festivals/00000000-0000-0000-0000-000000000000"
done

kill -TERM "$service"
wait "$service" || true
trap - EXIT
test -s "$APP/app-cds.jsa" || { tail -n 40 "$APP/../cds-training.log"; echo "No archive written" >&2; exit 1; }
echo "Wrote $APP/app-cds.jsa ($(( $(stat -c %s "$APP/app-cds.jsa") / 1048576 )) MiB)"
