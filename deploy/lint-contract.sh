#!/usr/bin/env bash
# Lints the contract (openapi/openapi.yaml) with Spectral: spectral:oas and the OWASP API Security
# ruleset (openapi/.spectral.yaml). Fails on any error.
set -euo pipefail
cd "$(dirname "$0")/../.ci/lint"
npm ci --no-audit --no-fund --loglevel=error
npx spectral lint --fail-severity=error --ruleset ../../openapi/.spectral.yaml ../../openapi/openapi.yaml
