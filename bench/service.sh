# Sourced by the benchmarks: installs wrk if missing, packages the service with its embedded PostgreSQL (Maven
# profile 'local'), starts it on $PORT with a throwaway database, and stops it on exit.
# Sets SERVICE (pid), WORK (scratch directory), URL and MANAGEMENT_URL (health, metrics). Emails are queued in the
# outbox as in production (the intake figures include writing them) but not sent: there is no SMTP server here, and
# the worker is off; so is the webhook worker.

PORT=${PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19000}
WORK=$(mktemp -d /tmp/consult-bench.XXXXXX)
URL="http://localhost:$PORT"
MANAGEMENT_URL="http://localhost:$MANAGEMENT_PORT"

if ! command -v wrk > /dev/null; then
    echo "Installing wrk (Debian package)..."
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && apt-get install -y -qq wrk > /dev/null
    else
        sudo apt-get update -qq && sudo apt-get install -y -qq wrk > /dev/null
    fi
fi

echo "Packaging the service with its embedded PostgreSQL (Maven profile 'local')..."
./mvnw -B -q package -Plocal -DskipTests

echo "Starting the service on port $PORT (data in $WORK)..."
STARTED_NS=$(date +%s%N)
QUARKUS_HTTP_PORT=$PORT \
QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
QUARKUS_EMBEDDED_POSTGRESQL_DATA_DIR="$WORK/postgres" \
CONSULT_HTTP_RATE_LIMIT_ENABLED=false \
CONSULT_SIGNING_SECRET="bench-only-$(head -c 24 /dev/urandom | base64)" \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/src/test/resources/jwt/publicKey.pem" \
MP_JWT_VERIFY_ISSUER=urn:clinic:consult:bench \
MP_JWT_VERIFY_AUDIENCES=consult-api \
QUARKUS_MAILER_FROM="Clinic <no-reply@clinic.example>" \
CONSULT_MAIL_PUBLIC_BASE_URL=https://www.clinic.example \
CONSULT_MAIL_CLINIC_INBOX=frontdesk@clinic.example \
CONSULT_MAIL_DELIVERY_POLL_EVERY=off \
CONSULT_WEBHOOKS_POLL_EVERY=off \
    java ${JAVA_OPTS:--Xms512m -Xmx1g} -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2> /dev/null; wait $SERVICE 2> /dev/null; rm -rf "$WORK"' EXIT

for _ in $(seq 1 120); do
    if curl -fs "$MANAGEMENT_URL/q/health/ready" > /dev/null 2>&1; then
        break
    fi
    if ! kill -0 $SERVICE 2> /dev/null; then
        echo "The service did not start:"; tail -50 "$WORK/service.log"; exit 1
    fi
    sleep 1
done
curl -fs "$MANAGEMENT_URL/q/health/ready" > /dev/null
# from the java command to the first ready answer (the embedded database's own start included)
READY_MS=$(( ($(date +%s%N) - STARTED_NS) / 1000000 ))
echo "Ready after $READY_MS ms"

# prints "median: rps=... p50_ms=... p99_ms=... errors=..." over the RESULT lines of a file
medians() {
    awk '
        { for (i = 3; i <= NF; i++) { split($i, kv, "="); values[kv[1], NR] = kv[2] } }
        END {
            n = NR
            split("rps p50_ms p99_ms errors", keys, " ")
            line = "median:"
            for (k = 1; k <= 4; k++) {
                key = keys[k]
                for (i = 1; i <= n; i++) { sorted[i] = values[key, i] + 0 }
                for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
                line = line " " key "=" sorted[int((n + 1) / 2)]
            }
            print line
        }' "$1"
}
