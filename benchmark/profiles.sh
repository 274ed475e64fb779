#!/usr/bin/env bash
# The JVM profiles compared (docs/platform.md, "JVM profiles"): the benchmark's main scenarios (festival by id, a
# province's two-week schedule, the sync feed, creating festivals) over the matrix
#   CPUs: 2 (taskset) or all cores  x  compiler: C2 (full tiered) or C1 only  x  collector: G1 or serial,
# each profile in a fresh JVM with the same heap, recording requests/s, p99 and resident memory (after the load and
# its peak) into a table (benchmark/.work/profiles.md, also printed). The data set is benchmark/run.sh's (database
# antq_bench), made first when it is missing. Long: 8 profiles x 4 scenarios x (WARMUP + DURATION), plus a start
# each; run it on a machine of its own.
#   benchmark/profiles.sh                       # DURATION=15s WARMUP=5s CONNECTIONS=32 THREADS=2 HEAP=512m
#   PROFILES="2cpu-c1-serial" DURATION=3s benchmark/profiles.sh   # only the profiles named (cpus-compiler-gc)
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/postgres.sh
. deploy/lib/demo-keys.sh
. deploy/lib/prereqs.sh

DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-5s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
HEAP="${HEAP:-512m}"
PORT="${BENCH_PORT:-18090}"
export ANTQ_MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-$((PORT + 1))}"
READY="http://127.0.0.1:$ANTQ_MANAGEMENT_PORT/q/health/ready"
DB="${BENCH_DB:-antq_bench}"
WORK="benchmark/.work"
BASE="http://127.0.0.1:$PORT"
ALL_CPUS="$(nproc)"
PROFILES="${PROFILES:-}"
mkdir -p "$WORK"

need_tools curl openssl psql java mvn taskset wrk
command -v wrk >/dev/null 2>&1 || { apt-get install -y -qq wrk >/dev/null 2>&1 || true; }
require_met
ensure_postgres
ensure_demo_keys

if [ "$(psql -tA -d "$DB" -c "SELECT count(*) > 0 FROM festival" 2>/dev/null)" != "t" ]; then
  step "Making the data set (benchmark/run.sh, BENCH_PREPARE_ONLY)" "a few minutes"
  BENCH_PREPARE_ONLY=1 benchmark/run.sh
  step_done
fi
[ -f target/quarkus-app/quarkus-run.jar ] || { step "Building the service" "about 1.5 min"; mvn -B -q package -DskipTests; step_done; }

export ANTQ_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" ANTQ_RATE_LIMIT_PER_MINUTE=1000000000 ANTQ_MIGRATE_AT_START=false \
  ANTQ_OIDC_PUBLIC_KEY="$(demo_public_key)" ANTQ_OIDC_ISSUER="$DEMO_ISSUER" ANTQ_OIDC_AUDIENCE="$DEMO_AUDIENCE"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

# Inputs for the load scripts, as benchmark/run.sh makes them.
psql -tA -d "$DB" -c "SELECT id FROM festival WHERE deleted_at IS NULL ORDER BY md5(id::text) LIMIT 2000" > "$WORK/ids.txt"
psql -tA -d "$DB" -c "SELECT code FROM admin_unit WHERE era = '2025' AND level = 'province' ORDER BY code" > "$WORK/provinces.txt"
psql -tA -d "$DB" -c "SELECT code FROM admin_unit WHERE era = '2025' AND level = 'commune' ORDER BY code" > "$WORK/communes.txt"
position=$(psql -tA -F: -d "$DB" -c "SELECT change_tx, change_seq FROM festival ORDER BY change_tx DESC, change_seq DESC OFFSET 500 LIMIT 1")
export SYNC_TOKEN=$(printf 'v3:%s:%s' "$position" "$(date +%s)" | openssl base64 -A | tr '+/' '-_' | tr -d '=')
export ADMIN_TOKEN=$(deploy/demo-token.sh admin)
export ORGANIZER_ID=$(psql -tA -d "$DB" -c "SELECT md5('bench-police-2025-42')::uuid")

# The flags every profile shares (bounded native memory and Netty's caches, as both profile files have them), then
# what the matrix varies.
COMMON="-Xms$HEAP -Xmx$HEAP -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m \
-XX:TrimNativeHeapInterval=5000 -Dio.netty.allocator.smallCacheSize=0 -Dio.netty.allocator.normalCacheSize=0"
compiler_flags() { case "$1" in c2) echo "" ;; c1) echo "-XX:TieredStopAtLevel=1" ;; esac; }
gc_flags() { case "$1" in g1) echo "-XX:+UseG1GC" ;; serial) echo "-XX:+UseSerialGC" ;; esac; }
cpu_list() { case "$1" in 2cpu) echo "0-1" ;; all) echo "0-$((ALL_CPUS - 1))" ;; esac; }

SERVICE=
stop_service() { [ -n "$SERVICE" ] && { kill "$SERVICE" 2>/dev/null || true; wait "$SERVICE" 2>/dev/null || true; }; SERVICE=; }
trap stop_service EXIT
start_service() {
  local cpus="$1" opts="$2" launched
  launched=$(date +%s.%N)
  (cd target/quarkus-app && PORT="$PORT" exec taskset -c "$cpus" java $opts -jar quarkus-run.jar > "../../$WORK/profile-service.log" 2>&1) &
  SERVICE=$!
  for _ in $(seq 1 2400); do
    if curl -sf -o /dev/null "$READY"; then
      READY_SECONDS=$(awk -v a="$launched" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}')
      return 0
    fi
    sleep 0.05
  done
  tail -n 40 "$WORK/profile-service.log" >&2
  exit 1
}
# The JVM's own process (the subshell exec'd into it).
jvm_pid() { echo "$SERVICE"; }

measure() {
  local script="$1" out
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$script" "$BASE" > /dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$BASE")
  # Failures: answers other than 2xx/3xx, and wrk's socket errors (connect, read, write, timeout: a request slower
  # than wrk's 2 s timeout counts there, not in p99).
  local failures
  failures=$(echo "$out" | awk '/Non-2xx or 3xx responses/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}')
  printf '%s %s %s\n' "$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')" "$(echo "$out" | awk '$1 == "99%" {print $2}')" "$failures"
}

TABLE="$WORK/profiles.md"
{
  echo "JVM profiles, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, heap $HEAP, wrk $THREADS threads / $CONNECTIONS connections, $DURATION after $WARMUP"
  echo
  echo "Each scenario: requests/s, p99, failures (non-2xx/3xx answers and wrk's socket errors, timeouts included)."
  echo
  echo "| profile (cpus-compiler-gc) | ready (s) | by id | schedule | sync | create | RSS after (MiB) | RSS peak (MiB) |"
  echo "|---|---|---|---|---|---|---|---|"
} > "$TABLE"
count=0
for cpus in 2cpu all; do
  for compiler in c2 c1; do
    for gc in g1 serial; do
      name="$cpus-$compiler-$gc"
      if [ -n "$PROFILES" ] && [[ " $PROFILES " != *" $name "* ]]; then continue; fi
      count=$((count + 1))
      step "Profile $name" "$(( 4 * (${WARMUP%s} + ${DURATION%s}) + 10 )) s"
      start_service "$(cpu_list "$cpus")" "$COMMON $(compiler_flags "$compiler") $(gc_flags "$gc")"
      row="| $name | $READY_SECONDS"
      for script in single schedule changes create; do
        read -r rps p99 failures < <(SCHEDULE_ETAGS= measure "benchmark/$script.lua")
        row="$row | $rps/s, p99 $p99, $failures failed"
      done
      rss_kb=$(ps -o rss= -p "$(jvm_pid)" | tr -d ' ')
      peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$(jvm_pid)/status")
      echo "$row | $((rss_kb / 1024)) | $((peak_kb / 1024)) |" >> "$TABLE"
      stop_service
      step_done
    done
  done
done
[ "$count" -gt 0 ] || { echo "No profile matches PROFILES=$PROFILES (names: 2cpu|all - c2|c1 - g1|serial)" >&2; exit 1; }
echo
cat "$TABLE"
