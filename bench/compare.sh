#!/usr/bin/env bash
# Two builds of the service side by side, paired on one machine in one run: the commit BEFORE a change and the commit
# AFTER it (default: the working tree's HEAD), each packaged as production builds it from a clean checkout of its own,
# each on its own database of one PostgreSQL this script starts. Alternating, with the same load for both:
#   ready after java -jar                   each started $RUNS times, alternating
#   POST /api/v1/leads                      wrk, 32 connections (bench/leads.lua), $RUNS alternating runs
#   GET  /api/v1/locations/{id}/slots       wrk, 32 connections (bench/slots.lua one), $RUNS alternating runs
#   resident memory of each                 after those runs
#   POST /api/v1/appointments storm         200 clients at once on 20 seats, warm (bench/BookingStorm.java), 3 each
# Both are warmed first ($WARMUP of consultation requests, $QUERY_WARMUP of slot queries): the JIT needs minutes on
# 2 cores. The table gives medians and the ratio after/before.
#
#   bash bench/compare.sh 69f85cc            # that commit against HEAD
#   bash bench/compare.sh 69f85cc b7df3a2    # two commits
set -euo pipefail

cd "$(dirname "$0")/.."
BEFORE=${1:?the commit before}
AFTER=${2:-HEAD}
RUNS=${RUNS:-3}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-180s}
QUERY_WARMUP=${QUERY_WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
HEAP=${HEAP:--Xms128m -Xmx512m}
WORK=$(mktemp -d /tmp/consult-compare.XXXXXX)
PIDS=()

if ! command -v wrk > /dev/null; then
    echo "Installing wrk (Debian package)..."
    if [ "$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk > /dev/null
fi

# a clean checkout of each commit, packaged as production builds it
package() {  # name, commit
    local tree="$WORK/$1"
    git worktree add -q --detach "$tree" "$2"
    (cd "$tree" && ./mvnw -B -q package -DskipTests > "$WORK/$1-build.log" 2>&1)
    echo "$tree/target/quarkus-app/quarkus-run.jar"
}
echo "Packaging $BEFORE (before) and $AFTER (after)..."
BEFORE_JAR=$(package before "$BEFORE")
AFTER_JAR=$(package after "$AFTER")
BEFORE_COMMIT=$(git rev-parse --short "$BEFORE")
AFTER_COMMIT=$(git rev-parse --short "$AFTER")

source bench/postgres.sh
source bench/service-env.sh
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
    stop_postgres
    git worktree remove --force "$WORK/before" 2> /dev/null || true
    git worktree remove --force "$WORK/after" 2> /dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

declare -A JAR=([before]=$BEFORE_JAR [after]=$AFTER_JAR)
declare -A PORT=([before]=18080 [after]=18081)
declare -A MANAGEMENT=([before]=19000 [after]=19001)
declare -A PID=()
# bench/postgres.sh makes two databases: one for each build
declare -A DATABASE=([before]=consult [after]=baseline)

# starts one build on its own database; READY_MS is the time from the java command to its readiness
start() {  # before|after
    local name=$1 started
    started=$(date +%s%N)
    service_env "${PORT[$name]}" "${MANAGEMENT[$name]}" "$PG_URL/${DATABASE[$name]}"
    env "${SERVICE_ENV[@]}" \
        java $HEAP -jar "${JAR[$name]}" >> "$WORK/$name.log" 2>&1 &
    PID[$name]=$!
    PIDS+=("$!")
    for _ in $(seq 1 2400); do
        if curl -fs "http://localhost:${MANAGEMENT[$name]}/q/health/ready" > /dev/null 2>&1; then
            READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
            return
        fi
        if ! kill -0 "${PID[$name]}" 2> /dev/null; then echo "$name did not start:"; tail -40 "$WORK/$name.log"; exit 1; fi
        sleep 0.05
    done
    echo "$name not ready after two minutes"; exit 1
}

stop() {  # before|after
    kill "${PID[$1]}" 2> /dev/null || true
    wait "${PID[$1]}" 2> /dev/null || true
}

wrk_run() {  # name, script, argument, duration
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" -s "$2" "http://localhost:${PORT[$1]}" -- ${3:-} | grep '^RESULT'
}

echo "Ready after java -jar, alternating (the first start of each migrates its empty database and is not counted)..."
for name in before after; do start "$name"; stop "$name"; done
for run in $(seq 1 "$RUNS"); do
    for name in before after; do
        start "$name"; echo "$READY_MS" >> "$WORK/ready.$name"; stop "$name"
    done
    echo "run $run: before $(tail -1 "$WORK/ready.before") ms, after $(tail -1 "$WORK/ready.after") ms"
done

start before
start after
echo "Warm-up: $WARMUP of consultation requests and $QUERY_WARMUP of slot queries, each..."
for name in before after; do
    wrk_run "$name" bench/leads.lua "" "$WARMUP" | sed "s|^RESULT|warm-up $name:|"
    wrk_run "$name" bench/slots.lua one "$QUERY_WARMUP" > /dev/null
done
for run in $(seq 1 "$RUNS"); do
    echo "Run $run of $RUNS"
    for scenario in leads slots; do
        for name in before after; do
            if [ "$scenario" = leads ]; then line=$(wrk_run "$name" bench/leads.lua "" "$DURATION")
            else line=$(wrk_run "$name" bench/slots.lua one "$DURATION"); fi
            echo "$line" >> "$WORK/$scenario.$name"
            echo "$line" | sed "s|^RESULT|$scenario $name:|"
        done
    done
done
for name in before after; do
    echo $(( $(ps -o rss= -p "${PID[$name]}") / 1024 )) > "$WORK/rss.$name"
done

echo "Booking storms (200 clients at once on 20 seats, after four that warm the path), each..."
for name in before after; do
    java bench/BookingStorm.java "http://localhost:${PORT[$name]}" 200 20 2,3,4 0,1,5,6 | grep '^STORM' \
        | tee "$WORK/storms.$name" | sed "s|^STORM|storm $name:|"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
field() {  # file, key: the median of key=value over the file's lines
    grep -o "$2=[0-9.]*" "$1" | cut -d= -f2 | median
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b / a }'; }
row() {  # label, before, after
    printf '| %-40s | %10s | %10s | %6s |\n' "$1" "$2" "$3" "$(ratio "$2" "$3")"
}

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(date -u +%F)"
echo "before $BEFORE_COMMIT, after $AFTER_COMMIT; PostgreSQL $binaries_version; heap $HEAP; wrk -t$THREADS -c$CONNECTIONS," \
    "$RUNS alternating runs of $DURATION (medians), after $WARMUP of warm-up"
echo
printf '| %-40s | %10s | %10s | %6s |\n' "" before after ratio
echo "|------------------------------------------|------------|------------|--------|"
row "POST /api/v1/leads, requests/s" "$(field "$WORK/leads.before" rps)" "$(field "$WORK/leads.after" rps)"
row "POST /api/v1/leads, p99 ms" "$(field "$WORK/leads.before" p99_ms)" "$(field "$WORK/leads.after" p99_ms)"
row "GET one location's slots, requests/s" "$(field "$WORK/slots.before" rps)" "$(field "$WORK/slots.after" rps)"
row "GET one location's slots, p99 ms" "$(field "$WORK/slots.before" p99_ms)" "$(field "$WORK/slots.after" p99_ms)"
row "storm, seconds (median of 3)" "$(field "$WORK/storms.before" seconds)" "$(field "$WORK/storms.after" seconds)"
row "ready after java -jar, ms (median)" "$(median < "$WORK/ready.before")" "$(median < "$WORK/ready.after")"
row "resident memory after the same load, MiB" "$(cat "$WORK/rss.before")" "$(cat "$WORK/rss.after")"
echo
errors() { cat "$@" | grep -o 'errors=[0-9]*' | cut -d= -f2 | awk '{ s += $1 } END { print s + 0 }'; }
echo "errors: before $(errors "$WORK/leads.before" "$WORK/slots.before"), after $(errors "$WORK/leads.after" "$WORK/slots.after")"
echo "storms booked: before $(grep -o 'booked=[0-9]*' "$WORK/storms.before" | cut -d= -f2 | paste -sd' ')," \
    "after $(grep -o 'booked=[0-9]*' "$WORK/storms.after" | cut -d= -f2 | paste -sd' ')"
