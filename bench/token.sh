#!/usr/bin/env bash
# Prints a bearer token for the benchmark's service (issuer urn:clinic:consult:bench), signed RS256 with the throwaway
# test key under src/test/resources/jwt: bash bench/token.sh admin
set -euo pipefail
cd "$(dirname "$0")/.."
group=${1:-admin}
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
claims=$(printf '{"iss":"urn:clinic:consult:bench","aud":"consult-api","sub":"bench-%s","groups":["%s"],"iat":%d,"exp":%d}' \
    "$group" "$group" "$now" "$((now + 3600))" | b64url)
signature=$(printf '%s.%s' "$header" "$claims" \
    | openssl dgst -sha256 -sign src/test/resources/jwt/privateKey.pem -binary | b64url)
printf '%s.%s.%s\n' "$header" "$claims" "$signature"
