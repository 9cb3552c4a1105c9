#!/usr/bin/env bash
# The service beside a bare-Quarkus baseline (bench/baseline: the same Quarkus, REST, validation, Panache and
# PostgreSQL; one validated insert, one precomputed slot list), both on one PostgreSQL outside them that this script
# starts, both with $HEAP, in one run, one table with the ratios at the end:
#   ready after java -jar                   each started $RUNS times, alternating: on the default java (17); with the
#                                           class archive its image would have (AppCDS, as deploy/Dockerfile ships the
#                                           service); on JDK 25 with an AOT cache (when a JDK 25 is found: $JDK25, or
#                                           one under /usr/lib/jvm); the service's first start, which migrates an
#                                           empty database, on its own
#   POST /api/v1/leads                      wrk, 32 connections (bench/leads.lua), service and baseline alternating
#   GET  /api/v1/locations/{id}/slots       wrk, 32 connections (bench/slots.lua one), alternating
#   resident memory of each                 after those alternating runs: the same load for both
#   GET  /api/v1/slots                      the service only (bench/slots.lua anywhere)
#   POST /api/v1/leads                      the service with three webhook subscriptions to lead.received
#   POST /api/v1/appointments storm         200 clients at once on 20 seats, warm (bench/BookingStorm.java, one
#                                           client process: four storms on other weeks first), 3 times
#   resident memory of the service          after everything
# Each gets $WARMUP of consultation requests and $QUERY_WARMUP of each query first: the JIT needs minutes on 2 cores.
#
#   bash bench/run.sh
#   RUNS=5 HEAP='-Xms128m -Xmx256m' bash bench/run.sh
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-240s}
QUERY_WARMUP=${QUERY_WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}

source bench/service.sh

# one timed wrk run: url, script, script argument, results file
timed() {
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$2" "$1" -- ${3:-} | grep '^RESULT' \
        | tee -a "$WORK/$4" | sed "s|^RESULT|$4:|"
}

warm() {
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" -s "$3" "$1" -- ${4:-} | grep '^RESULT' | sed "s|^RESULT|warm-up $5:|"
}

median_of() {
    sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

echo "Ready after java -jar, alternating..."
start_service
echo "service, first start (migrations on an empty database): $READY_MS ms"
FIRST_READY_MS=$READY_MS
stop_service
# each also with the class archive its container image would have (deploy/Dockerfile), and on JDK 25 with an AOT cache
make_archives
JDK25=${JDK25:-$(ls -d /usr/lib/jvm/*25* 2> /dev/null | head -1)}
if [ -n "$JDK25" ] && [ -x "$JDK25/bin/java" ]; then
    make_aot_caches "$JDK25/bin/java"
else
    echo "(no JDK 25 found: the AOT-cache rows are left out)"
    JDK25=
fi
for run in $(seq 1 "$RUNS"); do
    start_service; echo "$READY_MS" >> "$WORK/ready.service"; stop_service
    start_baseline; echo "$READY_MS" >> "$WORK/ready.baseline"; stop_baseline
    SERVICE_JAVA_OPTIONS="-XX:SharedArchiveFile=$SERVICE_ARCHIVE" start_service
    echo "$READY_MS" >> "$WORK/ready.service.archived"; stop_service
    BASELINE_JAVA_OPTIONS="-XX:SharedArchiveFile=$BASELINE_ARCHIVE" start_baseline
    echo "$READY_MS" >> "$WORK/ready.baseline.archived"; stop_baseline
    line="run $run: service $(tail -1 "$WORK/ready.service") ms, baseline $(tail -1 "$WORK/ready.baseline") ms;"
    line="$line with class archives $(tail -1 "$WORK/ready.service.archived") ms, $(tail -1 "$WORK/ready.baseline.archived") ms"
    if [ -n "$JDK25" ]; then
        PATH="$JDK25/bin:$PATH" SERVICE_JAVA_OPTIONS="-XX:AOTCache=$SERVICE_AOT" start_service
        echo "$READY_MS" >> "$WORK/ready.service.aot"; stop_service
        PATH="$JDK25/bin:$PATH" BASELINE_JAVA_OPTIONS="-XX:AOTCache=$BASELINE_AOT" start_baseline
        echo "$READY_MS" >> "$WORK/ready.baseline.aot"; stop_baseline
        line="$line; on JDK 25 with AOT caches $(tail -1 "$WORK/ready.service.aot") ms, $(tail -1 "$WORK/ready.baseline.aot") ms"
    fi
    echo "$line"
done

start_service
start_baseline
echo "Warm-up: $WARMUP of consultation requests, then $QUERY_WARMUP of each query, for each..."
warm "$URL" "$WARMUP" bench/leads.lua "" service
warm "$BASELINE_URL" "$WARMUP" bench/leads.lua "" baseline
for mode in one anywhere; do
    warm "$URL" "$QUERY_WARMUP" bench/slots.lua "$mode" "service slots $mode" > /dev/null
done
warm "$BASELINE_URL" "$QUERY_WARMUP" bench/slots.lua one "baseline slots" > /dev/null
SLOTS_PATH="/api/v1/locations/tustin/slots?type=in-person-consultation"
echo "A slot answer is $(curl -fs -o /dev/null -w '%{size_download}' "$URL$SLOTS_PATH") bytes from the service," \
    "$(curl -fs -o /dev/null -w '%{size_download}' "$BASELINE_URL$SLOTS_PATH") from the baseline"

for run in $(seq 1 "$RUNS"); do
    echo "Run $run of $RUNS"
    timed "$URL" bench/leads.lua "" leads.service
    timed "$BASELINE_URL" bench/leads.lua "" leads.baseline
    timed "$URL" bench/slots.lua one slots.service
    timed "$BASELINE_URL" bench/slots.lua one slots.baseline
    timed "$URL" bench/slots.lua anywhere anywhere.service
done

# both have had the same load: leads, then slot queries
RSS_SERVICE=$(rss_mib "$SERVICE")
RSS_BASELINE=$(rss_mib "$BASELINE")

# three CRM-like subscriptions: intake then writes one event and three deliveries per lead (the delivery worker is
# off, as the email worker is: this is what writing the events costs the request); the new path is warmed first
ADMIN_TOKEN=$(bash bench/token.sh admin)
SUBSCRIPTIONS=()
for n in 1 2 3; do
    SUBSCRIPTIONS+=("$(curl -fs -X POST "$URL/api/v1/webhooks" -H "Authorization: Bearer $ADMIN_TOKEN" \
        -H 'Content-Type: application/json' \
        -d "{\"url\":\"https://crm$n.example.com/hooks\",\"eventTypes\":[\"lead.received\"]}" \
        | sed -E 's/.*"webhook":\{"id":"([^"]+)".*/\1/')")
done
warm "$URL" "$QUERY_WARMUP" bench/leads.lua "" "service with webhooks" > /dev/null
for run in $(seq 1 "$RUNS"); do
    timed "$URL" bench/leads.lua "" webhooks.service
done
for id in "${SUBSCRIPTIONS[@]}"; do
    curl -fs -X DELETE "$URL/api/v1/webhooks/$id" -H "Authorization: Bearer $ADMIN_TOKEN" > /dev/null
done

echo "Booking storms (200 clients at once on 20 in-person seats of capacity 1, weeks 2-4 ahead, after four on weeks"
echo "0, 1, 5 and 6 that warm the booking path and the client, as every other scenario is warmed, and are not counted)..."
java bench/BookingStorm.java "$URL" 200 20 2,3,4 0,1,5,6 | tee "$WORK/storm.log" | sed 's/^WARM-UP/warm-up storm:/'
grep '^STORM' "$WORK/storm.log" > "$WORK/storms"
RSS_SERVICE_AFTER_ALL=$(rss_mib "$SERVICE")

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(date -u +%F)"
echo "PostgreSQL $binaries_version (one server, both services); heap $HEAP; wrk -t$THREADS -c$CONNECTIONS," \
    "$RUNS runs of $DURATION each (medians), after $WARMUP of warm-up"
echo
row() {  # name, service results, baseline results (or "")
    local service baseline
    service=$(medians "$WORK/$2")
    if [ -n "$3" ]; then baseline=$(medians "$WORK/$3"); else baseline=""; fi
    awk -v name="$1" -v s="$service" -v b="$baseline" 'BEGIN {
        n = split(s, a, " "); for (i = 2; i <= n; i++) { split(a[i], kv, "="); S[kv[1]] = kv[2] }
        m = split(b, c, " "); for (i = 2; i <= m; i++) { split(c[i], kv, "="); B[kv[1]] = kv[2] }
        ratio = (B["rps"] > 0) ? sprintf("%.2f", S["rps"] / B["rps"]) : "-"
        printf "| %-44s | %9s | %7s | %7s | %9s | %7s | %7s | %6s | %6s |\n", name, S["rps"], S["p50_ms"], S["p99_ms"],
            (m ? B["rps"] : "-"), (m ? B["p50_ms"] : "-"), (m ? B["p99_ms"] : "-"), ratio, S["errors"] + B["errors"]
    }'
}
printf '| %-44s | %9s | %7s | %7s | %9s | %7s | %7s | %6s | %6s |\n' scenario "service/s" p50_ms p99_ms "baseline/s" \
    p50_ms p99_ms ratio errors
echo "|----------------------------------------------|-----------|---------|---------|-----------|---------|---------|--------|--------|"
row "POST /api/v1/leads" leads.service leads.baseline
row "GET /api/v1/locations/{id}/slots" slots.service slots.baseline
row "GET /api/v1/slots (all locations)" anywhere.service ""
row "POST /api/v1/leads, 3 webhook subscriptions" webhooks.service leads.baseline
awk '{
    for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "| %-44s | %9s | %7s | %7s | %9s | %7s | %7s | %6s | %6s |\n", \
        "storm: " v["booked"] " booked, " v["conflicts"] " x 409, " v["seconds"] " s", \
        sprintf("%.0f", v["clients"] / v["seconds"]), v["p50_ms"], v["p99_ms"], "-", "-", "-", "-", v["errors"] + v["other_4xx"]
}' "$WORK/storms"
READY_SERVICE=$(median_of "$WORK/ready.service")
READY_BASELINE=$(median_of "$WORK/ready.baseline")
ratio() { awk -v s="$1" -v b="$2" 'BEGIN { printf "%.2f", s / b }'; }
echo
printf '| %-44s | %9s | %9s | %6s |\n' "" service baseline ratio
echo "|----------------------------------------------|-----------|-----------|--------|"
printf '| %-44s | %9s | %9s | %6s |\n' "ready after java -jar, ms (median)" "$READY_SERVICE" "$READY_BASELINE" \
    "$(ratio "$READY_SERVICE" "$READY_BASELINE")"
READY_SERVICE_ARCHIVED=$(median_of "$WORK/ready.service.archived")
READY_BASELINE_ARCHIVED=$(median_of "$WORK/ready.baseline.archived")
printf '| %-44s | %9s | %9s | %6s |\n' "ready, both with a class archive, ms" "$READY_SERVICE_ARCHIVED" \
    "$READY_BASELINE_ARCHIVED" "$(ratio "$READY_SERVICE_ARCHIVED" "$READY_BASELINE_ARCHIVED")"
printf '| %-44s | %9s | %9s | %6s |\n' "ready, the service as its image starts it" "$READY_SERVICE_ARCHIVED" \
    "$READY_BASELINE" "$(ratio "$READY_SERVICE_ARCHIVED" "$READY_BASELINE")"
if [ -n "$JDK25" ]; then
    READY_SERVICE_AOT=$(median_of "$WORK/ready.service.aot")
    READY_BASELINE_AOT=$(median_of "$WORK/ready.baseline.aot")
    printf '| %-44s | %9s | %9s | %6s |\n' "ready, both on JDK 25 with an AOT cache, ms" "$READY_SERVICE_AOT" \
        "$READY_BASELINE_AOT" "$(ratio "$READY_SERVICE_AOT" "$READY_BASELINE_AOT")"
fi
printf '| %-44s | %9s | %9s | %6s |\n' "resident memory after the same load, MiB" "$RSS_SERVICE" "$RSS_BASELINE" \
    "$(ratio "$RSS_SERVICE" "$RSS_BASELINE")"
echo "(the service's first start, migrating an empty database: $FIRST_READY_MS ms; its resident memory after every"
echo "scenario, webhooks and storms included: $RSS_SERVICE_AFTER_ALL MiB)"
