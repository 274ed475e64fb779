#!/usr/bin/env bash
# Proves the service accepts tokens from a real identity provider, with the right rights:
# starts Keycloak (its distribution from Maven Central, on the Temurin 25 JDK) on loopback with the
# realm in realm-antq.json, starts the service against it as in production (issuer discovery, JWKS,
# audience), obtains client-credentials tokens for each client, and checks what each may do.
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/lib/postgres.sh
. deploy/lib/prereqs.sh

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.4.7}"
KEYCLOAK_JAVA_HOME="${KEYCLOAK_JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25-jdk* 2>/dev/null | head -n 1)}"
KC_PORT="${KC_PORT:-18180}"
SERVICE_PORT="${SERVICE_PORT:-18080}"
WORK="target/keycloak"
CHECK_DB="${KC_CHECK_DB:-antq_keycloak_check}"
KC_HOME="$WORK/keycloak-$KEYCLOAK_VERSION"
REALM_URL="http://127.0.0.1:$KC_PORT/realms/antq"
API="http://127.0.0.1:$SERVICE_PORT/api/v1"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# Prerequisites first, one line for each missing piece.
need_tools curl mvn java psql
[ -n "$KEYCLOAK_JAVA_HOME" ] && [ -x "$KEYCLOAK_JAVA_HOME/bin/java" ] || missing_piece "Temurin 25 JDK under /usr/lib/jvm, which Keycloak $KEYCLOAK_VERSION runs on: install the package temurin-25-jdk from Adoptium's APT repository, or set KEYCLOAK_JAVA_HOME to any JDK 25"
require_met
step "Keycloak check" "about 1 min"
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  echo "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central"
  mvn -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" -DoutputDirectory="$WORK"
  tar -xzf "$WORK/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" -C "$WORK"
fi
mkdir -p "$KC_HOME/data/import"
cp deploy/keycloak/realm-antq.json "$KC_HOME/data/import/"

echo "Starting Keycloak on 127.0.0.1:$KC_PORT"
JAVA_HOME="$KEYCLOAK_JAVA_HOME" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KC_PORT" --import-realm \
  > "$WORK/keycloak.log" 2>&1 &
pids+=($!)

ensure_postgres
recreate_database "$CHECK_DB"
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests

wait_for() {
  local url="$1" what="$2"
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "$url" && return 0
    sleep 1
  done
  echo "$what did not come up ($url)" >&2
  tail -n 40 "$WORK"/*.log >&2
  return 1
}
wait_for "$REALM_URL/.well-known/openid-configuration" "Keycloak"

echo "Starting the service on 127.0.0.1:$SERVICE_PORT against the Keycloak realm"
ANTQ_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$CHECK_DB" \
ANTQ_OIDC_AUTH_SERVER_URL="$REALM_URL" ANTQ_OIDC_AUDIENCE="antq-registry" PORT="$SERVICE_PORT" ANTQ_MANAGEMENT_PORT="$((SERVICE_PORT + 1))" \
  java -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$((SERVICE_PORT + 1))/q/health/ready" "The service"

token() {
  curl -sf -u "$1:$2" -d grant_type=client_credentials "$REALM_URL/protocol/openid-connect/token" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
VIEWER="$(token antq-viewer viewer-local-secret)"
EDITOR="$(token antq-editor-thanh-hoa editor-local-secret)"
ADMIN="$(token antq-admin admin-local-secret)"

failures=0
passed=0
expect() {
  local want="$1" what="$2"; shift 2
  local got
  got="$(curl -s -o /dev/null -w '%{http_code}' "$@")"
  if [ "$got" = "$want" ]; then
    passed=$((passed + 1)); echo "ok   $what: $got"
  else
    failures=$((failures + 1)); echo "FAIL $what: expected $want, got $got"
  fi
}
org() { printf '{"name":"%s","type":"police","level":"province","adminUnit":{"era":"2025","code":"%s"},"activeFrom":"2025-07-01"}' "$1" "$2"; }
json=(-H 'Content-Type: application/json')

# Real tampering: change one byte of the decoded signature (or payload) and re-encode it. Editing a
# base64url character is not enough: the last character of an RS256 signature carries only 2 bits, so
# replacing it can leave the decoded signature unchanged (and the token rightly accepted).
tamper() {
  python3 - "$1" "$2" <<'PY'
import base64, json, sys
token, part = sys.argv[1], sys.argv[2]
header, payload, signature = token.split(".")
def decode(s): return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
def encode(b): return base64.urlsafe_b64encode(b).rstrip(b"=").decode()
if part == "signature":
    raw = bytearray(decode(signature)); raw[len(raw) // 2] ^= 0x01
    signature = encode(bytes(raw))
else:
    claims = json.loads(decode(payload)); claims["roles"] = ["admin"]
    payload = encode(json.dumps(claims, separators=(",", ":")).encode())
print(f"{header}.{payload}.{signature}")
PY
}

expect 401 "no token is refused" "$API/organizations"
expect 401 "a token with a tampered signature is refused" -H "Authorization: Bearer $(tamper "$VIEWER" signature)" "$API/organizations"
expect 401 "a viewer token rewritten to admin is refused" -X POST "${json[@]}" -H "Authorization: Bearer $(tamper "$VIEWER" payload)" -d "$(org 'Công an tỉnh Hà Tĩnh' 42)" "$API/organizations"
expect 200 "viewer reads organizations" -H "Authorization: Bearer $VIEWER" "$API/organizations"
expect 403 "viewer cannot write" -X POST "${json[@]}" -H "Authorization: Bearer $VIEWER" -d "$(org 'Công an tỉnh Thanh Hóa' 38)" "$API/organizations"
expect 201 "editor for Thanh Hóa writes in Thanh Hóa" -X POST "${json[@]}" -H "Authorization: Bearer $EDITOR" -d "$(org 'Công an tỉnh Thanh Hóa' 38)" "$API/organizations"
expect 403 "editor for Thanh Hóa cannot write in Lạng Sơn" -X POST "${json[@]}" -H "Authorization: Bearer $EDITOR" -d "$(org 'Công an tỉnh Lạng Sơn' 20)" "$API/organizations"
expect 201 "admin writes anywhere" -X POST "${json[@]}" -H "Authorization: Bearer $ADMIN" -d "$(org 'Công an tỉnh Lạng Sơn' 20)" "$API/organizations"
expect 200 "admin units stay public" "$API/admin-units?q=tho%20xuan"

# Every fresh token, tampered, is refused: the check of a signature must never depend on its bytes.
rounds="${TAMPER_ROUNDS:-25}"
refused=0
for _ in $(seq 1 "$rounds"); do
  fresh="$(token antq-viewer viewer-local-secret)"
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(tamper "$fresh" signature)" "$API/organizations")"
  [ "$code" = "401" ] && refused=$((refused + 1))
done
if [ "$refused" = "$rounds" ]; then
  passed=$((passed + 1)); echo "ok   $rounds freshly issued tokens, each with a tampered signature, are refused"
else
  failures=$((failures + 1)); echo "FAIL only $refused of $rounds freshly issued tokens with a tampered signature were refused"
fi

if [ "$failures" -eq 0 ]; then
  echo "Keycloak check passed ($passed checks)"
else
  echo "Keycloak check FAILED ($failures of $((passed + failures)) checks)"
  exit 1
fi
step_done
