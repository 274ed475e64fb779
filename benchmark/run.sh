#!/usr/bin/env bash
# The festival benchmark. Fills a fresh database (antq_bench) with a country's worth of festivals,
# starts the service as in production, and measures with wrk: a single festival by id, a province's
# two-week schedule, the same schedule revalidated with If-None-Match, the sync feed, and creating
# festivals. Then runs the same single-row and schedule SQL straight against PostgreSQL with pgbench,
# and prints each scenario's throughput, p50, p99 and share of that ceiling, the service's resident memory
# under load, its time to ready after a restart on the migrated database, the gzipped size of a 50-item
# schedule page, and the bytes and time of a first sync (one province for one year, and the whole
# country). It also times each statistics endpoint (median of five requests) for the whole country and
# for one province, for one year and for five.
#   benchmark/run.sh        # DURATION=15s WARMUP=5s CONNECTIONS=32 THREADS=2 by default; JAVA_OPTS as below
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/postgres.sh
. deploy/lib/demo-keys.sh

DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
PORT="${BENCH_PORT:-18090}"
# Health lives on the management interface, on its own port.
export ANTQ_MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-$((PORT + 1))}"
READY="http://127.0.0.1:$ANTQ_MANAGEMENT_PORT/q/health/ready"
# The service's JVM as it would run in production on a small machine (deploy/jvm.options; docs/performance.md),
# with its heap, and the application class-data archive (AppCDS, built below) for a quick start, and two malloc
# arenas, so that resident memory stays small under load.
JAVA_OPTS="${JAVA_OPTS:-@$PWD/deploy/jvm.options -Xms32m -Xmx112m -XX:SharedArchiveFile=app-cds.jsa}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
DB="${BENCH_DB:-antq_bench}"
WORK="benchmark/.work"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK"

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)"
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null; }
fi
ensure_postgres
recreate_database "$DB"
ensure_demo_keys
echo "Building the service"
mvn -B -q package -DskipTests

# The service's settings, for its runs and for the training run of its class-data archive.
export ANTQ_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" ANTQ_RATE_LIMIT_PER_MINUTE=1000000000 \
  ANTQ_OIDC_PUBLIC_KEY="$(demo_public_key)" ANTQ_OIDC_ISSUER="$DEMO_ISSUER" ANTQ_OIDC_AUDIENCE="$DEMO_AUDIENCE"
SERVICE=
start_service() {
  cd target/quarkus-app
  ANTQ_MIGRATE_AT_START="${MIGRATE:-true}" PORT="$PORT" java $JAVA_OPTS -jar quarkus-run.jar > "../../$WORK/service.log" 2>&1 &
  SERVICE=$!
  cd ../..
  for _ in $(seq 1 2400); do curl -sf -o /dev/null "$READY" && return 0; sleep 0.05; done
  tail -n 40 "$WORK/service.log"; exit 1
}
stop_service() { kill "$SERVICE" 2>/dev/null || true; wait "$SERVICE" 2>/dev/null || true; }
trap stop_service EXIT
echo "Starting the service (production profile) on port $PORT"
start_service

echo "Generating the data set"
start=$(date +%s.%N)
psql -q -d "$DB" -f benchmark/generate.sql >/dev/null
generated=$(psql -tA -d "$DB" -c "SELECT (SELECT count(*) FROM festival) || ' festivals, ' || (SELECT count(*) FROM safety_assessment) || ' safety assessments, ' || (SELECT count(*) FROM grassroots_model) || ' models, ' || (SELECT count(*) FROM model_point) || ' model points'")
printf 'Generated %s in %.1f s\n' "$generated" "$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')"
psql -q -d "$DB" -c "VACUUM ANALYZE festival"

stop_service
# The class-data archive of everything a replica loads, from a training run on this database (deploy/cds-archive.sh).
echo "Writing the class-data archive (a training run)"
ANTQ_MIGRATE_AT_START=false deploy/cds-archive.sh

# Time to ready on the migrated database, as a deployed replica starts (its migrations are the migration Job's:
# ANTQ_MIGRATE_AT_START=false): from the JVM's launch to the first ready health check (polled every 50 ms), and
# Quarkus's own start time.
launched=$(date +%s.%N)
MIGRATE=false start_service
ready_seconds=$(awk -v a="$launched" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}')
started_line=$(grep -o 'started in [0-9.]*s' "$WORK/service.log" | head -1)
echo "Ready ${ready_seconds} s after launch (Quarkus: ${started_line:-n/a})"

# Inputs for the load scripts.
psql -tA -d "$DB" -c "SELECT id FROM festival WHERE deleted_at IS NULL ORDER BY md5(id::text) LIMIT 2000" > "$WORK/ids.txt"
psql -tA -d "$DB" -c "SELECT code FROM admin_unit WHERE era = '2025' AND level = 'province' ORDER BY code" > "$WORK/provinces.txt"
psql -tA -d "$DB" -c "SELECT code FROM admin_unit WHERE era = '2025' AND level = 'commune' ORDER BY code" > "$WORK/communes.txt"
# A sync token 500 changes behind the newest: the position (transaction id, change number) of the 501st newest.
position=$(psql -tA -F: -d "$DB" -c "SELECT change_tx, change_seq FROM festival ORDER BY change_tx DESC, change_seq DESC OFFSET 500 LIMIT 1")
export SYNC_TOKEN=$(printf 'v3:%s:%s' "$position" "$(date +%s)" | openssl base64 -A | tr '+/' '-_' | tr -d '=')
export ADMIN_TOKEN=$(deploy/demo-token.sh admin)
export ORGANIZER_ID=$(psql -tA -d "$DB" -c "SELECT md5('bench-police-2025-42')::uuid")

results=()
measure() {
  local name="$1" script="$2" out
  curl -sf -o /dev/null "$READY"
  # Warm-up (JIT, caches, pools) before the measured run.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-5s}" -s "$script" "$BASE" > /dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$BASE")
  echo "$out" > "$WORK/wrk-$name.txt"
  local rps p50 p99 non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx or 3xx responses/ {print $5}')
  results+=("$name|$rps|$p50|$p99|${non2xx:-0}")
}
# A bulk submission of 100,000 assessments (residential areas of 2024, over every legacy commune), timed.
BULK_TOKEN=$(deploy/demo-token.sh admin)
psql -q -d "$DB" -c "COPY (WITH c AS (SELECT row_number() OVER (ORDER BY code) - 1 AS n, code FROM admin_unit
      WHERE era = 'legacy' AND level = 'commune' AND valid_to = DATE '2025-06-30')
  SELECT 2024 AS year, 'residential_area' AS \"subjectKind\", 'legacy:' || c.code AS \"adminUnit\",
         'Khu dân cư số ' || i AS \"areaName\", CASE WHEN i % 20 <> 0 THEN 'true' ELSE 'false' END AS attained
    FROM generate_series(1, 100000) AS i JOIN c ON c.n = i % 10000) TO STDOUT WITH (FORMAT csv, HEADER)" > "$WORK/bulk.csv"
bulk=$(curl -s -o "$WORK/bulk-response.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $BULK_TOKEN" \
  -H 'Content-Type: text/csv; charset=UTF-8' --data-binary @"$WORK/bulk.csv" "$BASE/api/v1/safety-assessments/bulk")
bulk_line=$(printf 'bulk submission of %s rows (%s KiB): HTTP %s in %.1f s' "$(($(wc -l < "$WORK/bulk.csv") - 1))" \
  "$(($(wc -c < "$WORK/bulk.csv") / 1024))" "${bulk%% *}" "${bulk##* }")
echo "$bulk_line"

# Statistics: each endpoint for the whole country and for one province (Hà Tĩnh, 2025:42), for one year
# and for a five-year range; the median of five requests after one warm-up.
VIEWER_TOKEN=$(deploy/demo-token.sh viewer)
stat_rows=()
time_stat() {
  local url="$1" times=()
  curl -sf -o /dev/null -H "Authorization: Bearer $VIEWER_TOKEN" "$url"
  for _ in 1 2 3 4 5; do
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $VIEWER_TOKEN" "$url")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}
echo "Timing the statistics"
for statistic in safety models awards festivals; do
  for scope in "country|" "province 2025:42|&unit=2025:42"; do
    for period in "2024|year=2024" "2021-2025|fromYear=2021&toYear=2025"; do
      median=$(time_stat "$BASE/api/v1/statistics/$statistic?${period#*|}${scope#*|}")
      stat_rows+=("$statistic|${scope%%|*}|${period%%|*}|$median")
    done
  done
done

# A first sync as a phone makes it: every page (1,000 changes each) gzipped, until hasMore is false.
first_sync() {
  local scope="$1" token="" bytes=0 pages=0 more=true size started
  started=$(date +%s.%N)
  while [ "$more" = true ]; do
    size=$(curl -s -H 'Accept-Encoding: gzip' -o "$WORK/sync-page.gz" -w '%{size_download}' \
      "$BASE/api/v1/festivals/changes?limit=1000$scope${token:+&since=$token}")
    bytes=$((bytes + size)); pages=$((pages + 1))
    token=$(gunzip -c "$WORK/sync-page.gz" 2>/dev/null | jq -r .nextToken || jq -r .nextToken < "$WORK/sync-page.gz")
    more=$(gunzip -c "$WORK/sync-page.gz" 2>/dev/null | jq -r .hasMore || jq -r .hasMore < "$WORK/sync-page.gz")
  done
  printf '%d KiB gzipped in %d pages, %.2f s' "$((bytes / 1024))" "$pages" "$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')"
}
sync_province=$(first_sync "&unit=2025:42&year=2024")
sync_country=$(first_sync "")
page_gzip=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' \
  "$BASE/api/v1/festivals?unit=2025:42&from=2024-08-12&to=2024-08-25&limit=50")
page_plain=$(curl -s -o /dev/null -w '%{size_download}' "$BASE/api/v1/festivals?unit=2025:42&from=2024-08-12&to=2024-08-25&limit=50")

echo "Measuring with wrk: $THREADS threads, $CONNECTIONS connections, $DURATION each"
measure "festival by id" benchmark/single.lua
SCHEDULE_ETAGS= measure "province schedule, 2 weeks" benchmark/schedule.lua
# Each schedule page's current ETag, for the revalidation run.
: > "$WORK/etags.txt"
while read -r province; do
  for year in $(seq 2013 2026); do
    path="/api/v1/festivals?unit=2025:$province&from=$year-08-12&to=$year-08-25&limit=50"
    etag=$(curl -s -D - -o /dev/null "$BASE$path" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
    echo "$path $etag" >> "$WORK/etags.txt"
  done
done < "$WORK/provinces.txt"
SCHEDULE_ETAGS="$WORK/etags.txt" measure "schedule revalidated (304)" benchmark/schedule.lua
measure "sync feed (500 changes)" benchmark/changes.lua
measure "create festival" benchmark/create.lua
rss_kb=$(ps -o rss= -p "$SERVICE" | tr -d ' ')
peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$SERVICE/status")

echo "Measuring the same SQL with pgbench (the PostgreSQL ceiling)"
pgbench_tps() {
  pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" -D provinces="$(paste -sd, "$WORK/provinces.txt")" \
    -f "$1" "$DB" 2>/dev/null | awk '/^tps/ {print $3; exit}'
}
pg_single=$(pgbench_tps benchmark/pgbench-single.sql)
pg_schedule=$(pgbench_tps benchmark/pgbench-schedule.sql)
pg_schedule_before=$(pgbench_tps benchmark/pgbench-schedule-unbounded.sql)
pg_tag=$(pgbench_tps benchmark/pgbench-tag.sql)

echo
share() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f%%", 100 * a / b}'; }
ceiling_of() {
  case "$1" in
    "festival by id") echo "$pg_single" ;;
    "province schedule, 2 weeks") echo "$pg_schedule" ;;
    "schedule revalidated (304)") echo "$pg_tag" ;;
    *) echo "" ;;
  esac
}
printf '%-30s %12s %10s %10s %8s %12s %9s\n' "scenario" "requests/s" "p50" "p99" "errors" "pgbench tps" "share"
for row in "${results[@]}"; do
  IFS='|' read -r name rps p50 p99 errors <<< "$row"
  ceiling=$(ceiling_of "$name")
  printf '%-30s %12s %10s %10s %8s %12s %9s\n' "$name" "$rps" "$p50" "$p99" "$errors" \
    "${ceiling:+$(printf '%.0f' "$ceiling")}" "${ceiling:+$(share "$rps" "$ceiling")}"
done
echo
echo "pgbench ceilings (same SQL as the service): single-row SELECT; schedule page with the bounded window"
echo "(the same page without the bound on starts_at: $(printf '%.0f' "$pg_schedule_before") tps); cache-tag look-up (what a 304 reads)."
printf 'service resident memory under load: %d MiB now, %d MiB peak (JAVA_OPTS: %s)\n' "$((rss_kb / 1024))" "$((peak_kb / 1024))" "$JAVA_OPTS"
echo "time to ready after launch, migrated database: ${ready_seconds} s (Quarkus: ${started_line:-n/a})"
echo "50-item schedule page (Hà Tĩnh, 2 weeks): $page_gzip bytes gzipped ($page_plain bytes plain)"
echo "first sync, one province for one year (2025:42, 2024): $sync_province"
echo "first sync, whole country, every year: $sync_country"
echo
echo "$bulk_line"
printf '%-10s %-18s %-10s %14s\n' "statistic" "scope" "years" "median (ms)"
for row in "${stat_rows[@]}"; do
  IFS='|' read -r statistic scope period seconds <<< "$row"
  printf '%-10s %-18s %-10s %14.1f\n' "$statistic" "$scope" "$period" "$(awk -v s="$seconds" 'BEGIN {print s * 1000}')"
done
