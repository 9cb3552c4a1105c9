#!/usr/bin/env bash
# Every benchmark scenario against one packaged instance (embedded PostgreSQL, same machine), one table at the end:
#   POST /api/v1/leads                      wrk, 32 connections (bench/leads.lua)
#   POST /api/v1/leads                      the same, with three webhook subscriptions to lead.received
#   GET  /api/v1/locations/{id}/slots       wrk, 32 connections (bench/slots.lua one)
#   GET  /api/v1/slots                      wrk, 32 connections (bench/slots.lua anywhere)
#   POST /api/v1/appointments storm         200 clients at once on 20 seats, warm (bench/BookingStorm.java)
# plus the time from `java -jar` to ready and the service's resident memory after all of it.
#
#   bash bench/run.sh
#   RUNS=5 DURATION=30s WARMUP=300s bash bench/run.sh
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-240s}
QUERY_WARMUP=${QUERY_WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}

source bench/service.sh
: > "$WORK/table"

# scenario name, wrk script, script argument: RUNS timed runs, their medians into the table
scenario() {
    local name=$1 script=$2 argument=${3:-}
    : > "$WORK/runs"
    for run in $(seq 1 "$RUNS"); do
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$script" "$URL" -- $argument | grep '^RESULT' \
            | sed "s|^RESULT|$name run $run:|" | tee -a "$WORK/runs"
    done
    medians "$WORK/runs" | sed "s|^median:|$name|" >> "$WORK/table"
}

echo "Warm-up ($WARMUP of consultation requests: the JIT needs minutes of load on 2 cores)..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/leads.lua "$URL" | grep '^RESULT' | sed 's/^RESULT/warm-up:/'
scenario "POST /api/v1/leads" bench/leads.lua

# the same with three CRM-like subscriptions: intake then writes one event and three deliveries per lead (the
# delivery worker is off, as the email worker is: this is what writing the events costs the request)
ADMIN_TOKEN=$(bash bench/token.sh admin)
SUBSCRIPTIONS=()
for n in 1 2 3; do
    SUBSCRIPTIONS+=("$(curl -fs -X POST "$URL/api/v1/webhooks" -H "Authorization: Bearer $ADMIN_TOKEN" \
        -H 'Content-Type: application/json' \
        -d "{\"url\":\"https://crm$n.example.com/hooks\",\"eventTypes\":[\"lead.received\"]}" \
        | sed -E 's/.*"webhook":\{"id":"([^"]+)".*/\1/')")
done
# the event path is new to the JIT: warm it as the query scenarios are warmed
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$QUERY_WARMUP" -s bench/leads.lua "$URL" > /dev/null
scenario "POST /api/v1/leads, 3 webhook subscriptions" bench/leads.lua
for id in "${SUBSCRIPTIONS[@]}"; do
    curl -fs -X DELETE "$URL/api/v1/webhooks/$id" -H "Authorization: Bearer $ADMIN_TOKEN" > /dev/null
done

for mode in one anywhere; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$QUERY_WARMUP" -s bench/slots.lua "$URL" -- "$mode" > /dev/null
done
scenario "GET /api/v1/locations/{id}/slots" bench/slots.lua one
scenario "GET /api/v1/slots" bench/slots.lua anywhere

echo "Booking storms (200 clients at once on 20 in-person seats of capacity 1, weeks 2-4 ahead)..."
: > "$WORK/storms"
for weeks in 2 3 4; do
    java bench/BookingStorm.java "$URL" 200 20 "$weeks" | tee -a "$WORK/storms"
done

RSS_MIB=$(( $(ps -o rss= -p "$SERVICE") / 1024 ))

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(date -u +%F)"
echo "Load: wrk -t$THREADS -c$CONNECTIONS, $RUNS runs of $DURATION each (medians), after $WARMUP of warm-up"
echo
printf '| %-38s | %10s | %9s | %9s | %6s |\n' scenario requests/s p50_ms p99_ms errors
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..40})" "------------" "-----------" "-----------" "--------"
awk '{
    name = $0; sub(/ rps=.*/, "", name)
    for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[2] != "") v[kv[1]] = kv[2] }
    printf "| %-38s | %10s | %9s | %9s | %6s |\n", name, v["rps"], v["p50_ms"], v["p99_ms"], v["errors"]
}' "$WORK/table"
awk '{
    for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "| %-38s | %10s | %9s | %9s | %6s |\n", \
        "booking storm: " v["booked"] " booked, " v["conflicts"] " x 409", \
        sprintf("%.0f", v["clients"] / v["seconds"]), v["p50_ms"], v["p99_ms"], v["errors"] + v["other_4xx"]
}' "$WORK/storms"
echo
echo "Startup, java -jar to ready (embedded database start included): $READY_MS ms"
echo "Resident memory of the service after the load: $RSS_MIB MiB (-Xmx1g)"
