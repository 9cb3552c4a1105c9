#!/usr/bin/env bash
# Where the time and the memory go (docs/PERFORMANCE.md): the service and the baseline on the benchmark's PostgreSQL,
# each with Java Flight Recorder and native memory tracking, $WARMUP of load, then $DURATION recorded:
#   CPU per request       user + system time of the process over the recorded run (/proc), divided by its requests
#   statements            pg_stat_statements over the recorded run: statements per request, database time
#   hottest methods       JFR execution samples, top frames and the service's own frames
#   memory                NMT summary after the load, by JVM area
#
#   SCENARIO=leads bash bench/profile.sh      (default; or SCENARIO=slots)
set -euo pipefail

cd "$(dirname "$0")/.."
SCENARIO=${SCENARIO:-leads}
WARMUP=${WARMUP:-180s}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
OUT=${OUT:-target/profile}
HEAP="${HEAP:--Xms128m -Xmx512m} -XX:NativeMemoryTracking=summary -Xlog:gc:file=$PWD/${OUT:-target/profile}/gc-%p.log"

source bench/service.sh
mkdir -p "$OUT"
DRIVER=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
case $SCENARIO in
    leads) SCRIPT=bench/leads.lua; ARGUMENT= ;;
    slots) SCRIPT=bench/slots.lua; ARGUMENT=one ;;
esac

cpu_ticks() {  # user + system clock ticks of a process
    awk '{ print $14 + $15 }' "/proc/$1/stat"
}

profile() {  # name, url, pid, database
    local name=$1 url=$2 pid=$3 database=$4
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$SCRIPT" "$url" -- $ARGUMENT > /dev/null
    java -cp "$DRIVER" bench/Statements.java "$PG_URL/$database" reset
    jcmd "$pid" JFR.start name=profile settings=profile filename="$PWD/$OUT/$name-$SCENARIO.jfr" > /dev/null
    local before; before=$(cpu_ticks "$pid")
    local result; result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$SCRIPT" "$url" -- $ARGUMENT \
        | grep '^RESULT')
    local after; after=$(cpu_ticks "$pid")
    jcmd "$pid" JFR.stop name=profile > /dev/null
    local requests; requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<< "$result")
    echo "== $name, $SCENARIO: $result"
    awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "CPU per request: %.3f ms (user + system of the process)\n", t * 1000 / hz / n }'
    java -cp "$DRIVER" bench/Statements.java "$PG_URL/$database" report "$requests"
    echo "-- hottest top frames (JFR execution samples)"
    jfr print --events jdk.ExecutionSample "$OUT/$name-$SCENARIO.jfr" \
        | awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print }' \
        | sort | uniq -c | sort -rn | head -25
    echo "-- memory after the load (NMT)"
    jcmd "$pid" VM.native_memory summary | grep -E '^(Total|-)' | sed -E 's/\(reserved=[0-9]+KB, //' | head -20
    echo "resident: $(rss_mib "$pid") MiB"
}

start_service
start_baseline
profile service "$URL" "$SERVICE" consult | tee "$OUT/service-$SCENARIO.txt"
profile baseline "$BASELINE_URL" "$BASELINE" baseline | tee "$OUT/baseline-$SCENARIO.txt"
echo "Recordings and reports in $OUT (jfr print --events jdk.ObjectAllocationSample ... for allocations)"
echo "-- Quarkus' own start times (service, then baseline)"
grep -ho "started in [0-9.]*s" "$WORK/service.log" "$WORK/baseline.log"
