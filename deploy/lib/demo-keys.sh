# Shared by run.sh and demo-token.sh: the key pair that signs demo tokens, made on first use.
# It lives in deploy/.demo-keys (ignored by git) and is good for the local demo only.

DEMO_KEYS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.demo-keys"
DEMO_ISSUER="https://antq.localhost/demo"
DEMO_AUDIENCE="antq-registry"

ensure_demo_keys() {
  if [ ! -f "$DEMO_KEYS_DIR/signer.pem" ]; then
    mkdir -p "$DEMO_KEYS_DIR"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DEMO_KEYS_DIR/signer.pem" 2>/dev/null
    openssl pkey -in "$DEMO_KEYS_DIR/signer.pem" -pubout -out "$DEMO_KEYS_DIR/signer.pub.pem"
    chmod 600 "$DEMO_KEYS_DIR/signer.pem"
  fi
}

# The public key as quarkus.oidc.public-key expects it: base64 DER, without PEM armour.
demo_public_key() {
  grep -v -- '-----' "$DEMO_KEYS_DIR/signer.pub.pem" | tr -d '\n'
}
