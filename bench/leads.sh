#!/usr/bin/env bash
# Lead-intake benchmark: starts the packaged service (on the benchmark's own PostgreSQL) and drives
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

source bench/service.sh
start_service
echo "Ready after $READY_MS ms"

echo "Warm-up ($WARMUP, not counted; a cold instance answers the first seconds' burst slowly, some with 503)..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/leads.lua "$URL" | grep '^RESULT' | sed 's/^RESULT/warm-up:/'

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
echo "Load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, POST /api/v1/leads, varied bodies"
for run in $(seq 1 "$RUNS"); do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s bench/leads.lua "$URL" | grep '^RESULT' \
        | sed "s/^RESULT/run $run:/" | tee -a "$WORK/results"
done

medians "$WORK/results"
echo "Leads received by the service (warm-up included): $(curl -fs "$MANAGEMENT_URL/q/metrics" \
    | awk '/^consult_leads_received_total/ {s += $NF} END {printf "%d", s}')"

echo "Resident memory of the service after the load: $(rss_mib "$SERVICE") MiB ($HEAP)"
