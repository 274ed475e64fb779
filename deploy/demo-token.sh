#!/usr/bin/env bash
# Prints a bearer token accepted by the demo run (deploy/run.sh), valid for one hour.
#   deploy/demo-token.sh viewer
#   deploy/demo-token.sh editor 38          # an editor for Thanh Hóa (2025 province 38)
#   deploy/demo-token.sh editor 38 15499    # areas: 2025 province codes (2 digits) or commune codes (5 digits)
#   deploy/demo-token.sh admin
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/demo-keys.sh

role="${1:-}"
case "$role" in
  viewer|editor|admin) shift ;;
  *) echo "usage: $0 viewer|editor|admin [AREA...]" >&2; exit 2 ;;
esac
for area in "$@"; do
  [[ "$area" =~ ^([0-9]{2}|[0-9]{5})$ ]] || { echo "an area is a 2025 province (2 digits) or commune (5 digits) code: $area" >&2; exit 2; }
done
ensure_demo_keys

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
areas="$(printf '"%s",' "$@")"
now="$(date +%s)"
header='{"alg":"RS256","typ":"JWT","kid":"antq-demo"}'
payload="{\"iss\":\"$DEMO_ISSUER\",\"aud\":\"$DEMO_AUDIENCE\",\"sub\":\"demo-$role\",\"azp\":\"demo-cli\",\"roles\":[\"$role\"],\"areas\":[${areas%,}],\"iat\":$now,\"exp\":$((now + 3600))}"
unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature="$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$DEMO_KEYS_DIR/signer.pem" | b64url)"
echo "$unsigned.$signature"
