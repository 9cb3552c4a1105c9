#!/usr/bin/env bash
# Availability and booking benchmark (issue 4): starts the packaged service on the benchmark's own PostgreSQL, then
#  1. GET /api/v1/locations/{id}/slots (14 days) with wrk at 32 connections, over a mix of the three locations, both
#     types and first days from today to six days ahead (bench/slots.lua),
#  2. GET /api/v1/slots (all three locations, 14 days), the same way,
#  3. a booking storm: 200 clients released at once on 20 in-person slots of capacity 1, first on the cold instance,
#     then three more (other weeks) once the service is warm.
#
#   bash bench/slots.sh
#   RUNS=5 DURATION=30s WARMUP=120s bash bench/slots.sh
#
# Targets: each query >= 1500 requests/s with p99 <= 50 ms; the storm books exactly 20, the rest 409, no errors.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-90s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}

source bench/service.sh
start_service
echo "Ready after $READY_MS ms"

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
echo "Booking storm on the cold instance (the slot queries then also count its appointments)..."
java bench/BookingStorm.java "$URL" 200 20 2

query() {
    local mode=$1
    echo "== $mode"
    echo "Warm-up ($WARMUP, not counted)..."
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/slots.lua "$URL" -- "$mode" | grep '^RESULT' \
        | sed 's/^RESULT/warm-up:/'
    : > "$WORK/$mode"
    for run in $(seq 1 "$RUNS"); do
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s bench/slots.lua "$URL" -- "$mode" | grep '^RESULT' \
            | sed "s/^RESULT/run $run:/" | tee -a "$WORK/$mode"
    done
    medians "$WORK/$mode"
}

query one
query anywhere

echo "Booking storms on the warm instance (other weeks, fresh slots)..."
for weeks in 3 4 5; do
    java bench/BookingStorm.java "$URL" 200 20 "$weeks"
done

echo "Resident memory of the service after the load: $(rss_mib "$SERVICE") MiB ($HEAP)"
