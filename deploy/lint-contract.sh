#!/usr/bin/env bash
# Lints the contract (openapi/openapi.yaml) with Spectral: spectral:oas and the OWASP API Security
# ruleset (openapi/.spectral.yaml). Fails on any error.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/prereqs.sh
need_tools python3 python3-yaml node npm
require_met
# Every "this schema or null" is spelled anyOf [$ref, NullValue] (docs/contract.md); the script rewrites any that
# a change added in the old spelling.
python3 deploy/contract/nullable_refs.py --check
cd .ci/lint
npm ci --no-audit --no-fund --loglevel=error
npx spectral lint --fail-severity=error --ruleset ../../openapi/.spectral.yaml ../../openapi/openapi.yaml
