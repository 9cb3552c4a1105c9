#!/usr/bin/env bash
# Lead-intake benchmark: starts the packaged service (with its own embedded PostgreSQL) and drives
# POST /api/v1/leads with wrk at 32 connections, several timed runs, then prints each run and the medians.
#
#   bash bench/leads.sh                 # 3 runs of 30 s after a 240 s warm-up (on 2 cores the JIT needs ~4 minutes of load to settle)
#   RUNS=5 DURATION=60s bash bench/leads.sh
#
# Target (issue 3): >= 1000 leads/s, p99 <= 100 ms, no errors, everything on one 2-core machine.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-240s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
WORK=$(mktemp -d /tmp/consult-bench.XXXXXX)

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
QUARKUS_HTTP_PORT=$PORT \
QUARKUS_EMBEDDED_POSTGRESQL_DATA_DIR="$WORK/postgres" \
CONSULT_HTTP_RATE_LIMIT_ENABLED=false \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/src/test/resources/jwt/publicKey.pem" \
MP_JWT_VERIFY_ISSUER=urn:clinic:consult:bench \
    java ${JAVA_OPTS:--Xms512m -Xmx1g} -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2> /dev/null; wait $SERVICE 2> /dev/null; rm -rf "$WORK"' EXIT

for _ in $(seq 1 120); do
    if curl -fs "http://localhost:$PORT/q/health/ready" > /dev/null 2>&1; then
        break
    fi
    if ! kill -0 $SERVICE 2> /dev/null; then
        echo "The service did not start:"; tail -50 "$WORK/service.log"; exit 1
    fi
    sleep 1
done
curl -fs "http://localhost:$PORT/q/health/ready" > /dev/null

URL="http://localhost:$PORT"
echo "Warm-up ($WARMUP, not counted; a cold instance answers the first seconds' burst slowly, some with 503)..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/leads.lua "$URL" | grep '^RESULT' | sed 's/^RESULT/warm-up:/'

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
echo "Load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, POST /api/v1/leads, varied bodies"
for run in $(seq 1 "$RUNS"); do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s bench/leads.lua "$URL" | grep '^RESULT' \
        | sed "s/^RESULT/run $run:/" | tee -a "$WORK/results"
done

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
    }' "$WORK/results"
echo "Leads received by the service (warm-up included): $(curl -fs "http://localhost:$PORT/q/metrics" \
    | awk '/^consult_leads_received_total/ {s += $NF} END {printf "%d", s}')"
