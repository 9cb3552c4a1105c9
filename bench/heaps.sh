#!/usr/bin/env bash
# The smallest heap that holds the service's throughput: the service alone on the benchmark's PostgreSQL, once per
# maximum heap in $HEAPS (each with -Xms128m), the same load each time: $WARMUP of consultation requests, $RUNS timed
# runs of them, $QUERY_WARMUP of one location's slot queries, $RUNS timed runs of those; then its resident memory and
# the most heap it had committed.
#
#   bash bench/heaps.sh
#   HEAPS="512m 256m 192m 160m" bash bench/heaps.sh
set -euo pipefail

cd "$(dirname "$0")/.."
HEAPS=${HEAPS:-512m 256m 192m}
RUNS=${RUNS:-3}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-240s}
QUERY_WARMUP=${QUERY_WARMUP:-30s}

source bench/service.sh

: > "$WORK/table"
for max in $HEAPS; do
    HEAP="-Xms128m -Xmx$max"
    start_service
    echo "== -Xmx$max: ready after $READY_MS ms"
    wrk -t2 -c32 -d"$WARMUP" -s bench/leads.lua "$URL" | grep '^RESULT' | sed 's/^RESULT/warm-up:/'
    : > "$WORK/leads"
    for run in $(seq 1 "$RUNS"); do
        wrk -t2 -c32 -d"$DURATION" -s bench/leads.lua "$URL" | grep '^RESULT' | tee -a "$WORK/leads" \
            | sed "s/^RESULT/leads $run:/"
    done
    wrk -t2 -c32 -d"$QUERY_WARMUP" -s bench/slots.lua "$URL" -- one > /dev/null
    : > "$WORK/slots"
    for run in $(seq 1 "$RUNS"); do
        wrk -t2 -c32 -d"$DURATION" -s bench/slots.lua "$URL" -- one | grep '^RESULT' | tee -a "$WORK/slots" \
            | sed "s/^RESULT/slots $run:/"
    done
    committed=$(jcmd "$SERVICE" GC.heap_info | awk '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "total") print $(i + 1) }')
    echo "-Xmx$max $(medians "$WORK/leads" | sed 's/^median:/leads/') $(medians "$WORK/slots" | sed 's/^median:/slots/')" \
        "rss_mib=$(rss_mib "$SERVICE") heap_committed=$committed" | tee -a "$WORK/table"
    stop_service
done
echo
echo "Machine: $(nproc) cores; $(java -version 2>&1 | head -1); $(date -u +%F); medians of $RUNS runs of $DURATION"
cat "$WORK/table"
