# Sourced by the benchmarks. Installs wrk if missing, starts one PostgreSQL outside the services (bench/postgres.sh),
# packages the service as production runs it (no embedded database) and the bare-Quarkus baseline (bench/baseline),
# and gives functions to start and stop each against that database:
#   start_service / stop_service     the service on $URL (management $MANAGEMENT_URL); sets SERVICE (pid), READY_MS
#   start_baseline / stop_baseline   the baseline on $BASELINE_URL; sets BASELINE (pid), READY_MS
# Both run with $HEAP (default -Xms128m -Xmx512m); SERVICE_JAR runs another build of the service (a quarkus-run.jar
# of another commit, to compare two). Emails are queued in the outbox as in production (the intake
# figures include writing them) but not sent: there is no SMTP server here, and the worker is off; so is the webhook
# worker. WORK is the scratch directory, removed on exit with everything started.

PORT=${PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19000}
BASELINE_PORT=${BASELINE_PORT:-18090}
BASELINE_MANAGEMENT_PORT=${BASELINE_MANAGEMENT_PORT:-19090}
HEAP=${HEAP:--Xms128m -Xmx512m}
WORK=$(mktemp -d /tmp/consult-bench.XXXXXX)
URL="http://localhost:$PORT"
MANAGEMENT_URL="http://localhost:$MANAGEMENT_PORT"
BASELINE_URL="http://localhost:$BASELINE_PORT"
BASELINE_MANAGEMENT_URL="http://localhost:$BASELINE_MANAGEMENT_PORT"
SERVICE=
BASELINE=

if ! command -v wrk > /dev/null; then
    echo "Installing wrk (Debian package)..."
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && apt-get install -y -qq wrk > /dev/null
    else
        sudo apt-get update -qq && sudo apt-get install -y -qq wrk > /dev/null
    fi
fi

echo "Packaging the service (production build) and the baseline..."
./mvnw -B -q package -DskipTests
QUARKUS_VERSION=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' pom.xml)
./mvnw -B -q -f bench/baseline/pom.xml package -DskipTests -Dquarkus.platform.version="$QUARKUS_VERSION"

source bench/postgres.sh
source bench/service-env.sh
trap 'stop_service; stop_baseline; stop_postgres; rm -rf "$WORK"' EXIT

# waits for a management URL's readiness; READY_MS is the time since STARTED_NS (the java command)
wait_ready() {
    local management=$1 pid=$2 log=$3
    for _ in $(seq 1 120); do
        if curl -fs "$management/q/health/ready" > /dev/null 2>&1; then
            READY_MS=$(( ($(date +%s%N) - STARTED_NS) / 1000000 ))
            return
        fi
        if ! kill -0 "$pid" 2> /dev/null; then
            echo "It did not start:"; tail -50 "$log"; exit 1
        fi
        sleep 0.05
    done
    echo "Not ready after two minutes:"; tail -50 "$log"; exit 1
}

start_service() {
    STARTED_NS=$(date +%s%N)
    service_env "$PORT" "$MANAGEMENT_PORT" "$PG_URL/consult"
    # a benchmark's own settings (SERVICE_SETTINGS, an array) come after the common ones and win
    env "${SERVICE_ENV[@]}" ${SERVICE_SETTINGS[@]+"${SERVICE_SETTINGS[@]}"} \
        java $HEAP ${SERVICE_JAVA_OPTIONS:-} -jar "${SERVICE_JAR:-target/quarkus-app/quarkus-run.jar}" >> "$WORK/service.log" 2>&1 &
    SERVICE=$!
    wait_ready "$MANAGEMENT_URL" "$SERVICE" "$WORK/service.log"
}

start_baseline() {
    STARTED_NS=$(date +%s%N)
    QUARKUS_HTTP_PORT=$BASELINE_PORT \
    QUARKUS_MANAGEMENT_PORT=$BASELINE_MANAGEMENT_PORT \
    QUARKUS_DATASOURCE_JDBC_URL="$PG_URL/baseline" \
    QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=bench \
        java $HEAP ${BASELINE_JAVA_OPTIONS:-} -jar bench/baseline/target/quarkus-app/quarkus-run.jar >> "$WORK/baseline.log" 2>&1 &
    BASELINE=$!
    wait_ready "$BASELINE_MANAGEMENT_URL" "$BASELINE" "$WORK/baseline.log"
}

stop_service() {
    if [ -n "$SERVICE" ]; then kill "$SERVICE" 2> /dev/null || true; wait "$SERVICE" 2> /dev/null || true; SERVICE=; fi
}

stop_baseline() {
    if [ -n "$BASELINE" ]; then kill "$BASELINE" 2> /dev/null || true; wait "$BASELINE" 2> /dev/null || true; BASELINE=; fi
}

# A class archive for each (AppCDS, Java 17), made the way deploy/Dockerfile makes the image's: a run that stops after
# Quarkus' static initialisation (no database), the JVM writing the classes it loaded; the same java command and jar
# path as the starts that use it (the JVM checks them). Sets SERVICE_ARCHIVE and BASELINE_ARCHIVE.
make_archives() {
    SERVICE_ARCHIVE=$WORK/service.jsa
    BASELINE_ARCHIVE=$WORK/baseline.jsa
    # (the run ends with a non-zero status by design: it stops Quarkus before it starts)
    java -XX:ArchiveClassesAtExit="$SERVICE_ARCHIVE" -Dquarkus.appcds.generate=true \
        -jar "${SERVICE_JAR:-target/quarkus-app/quarkus-run.jar}" >> "$WORK/archive.log" 2>&1 || true
    java -XX:ArchiveClassesAtExit="$BASELINE_ARCHIVE" -Dquarkus.appcds.generate=true \
        -jar bench/baseline/target/quarkus-app/quarkus-run.jar >> "$WORK/archive.log" 2>&1 || true
    if [ ! -s "$SERVICE_ARCHIVE" ] || [ ! -s "$BASELINE_ARCHIVE" ]; then
        echo "No class archive was written:"; tail -30 "$WORK/archive.log"; exit 1
    fi
}

# An AOT cache for each (JDK 25, JEP 483), made the same way with the given java. Sets SERVICE_AOT and BASELINE_AOT.
make_aot_caches() {
    local java=$1
    SERVICE_AOT=$WORK/service.aot
    BASELINE_AOT=$WORK/baseline.aot
    # (the run ends with a non-zero status by design: it stops Quarkus before it starts)
    "$java" -XX:AOTCacheOutput="$SERVICE_AOT" -Dquarkus.appcds.generate=true \
        -jar "${SERVICE_JAR:-target/quarkus-app/quarkus-run.jar}" >> "$WORK/aot.log" 2>&1 || true
    "$java" -XX:AOTCacheOutput="$BASELINE_AOT" -Dquarkus.appcds.generate=true \
        -jar bench/baseline/target/quarkus-app/quarkus-run.jar >> "$WORK/aot.log" 2>&1 || true
    if [ ! -s "$SERVICE_AOT" ] || [ ! -s "$BASELINE_AOT" ]; then
        echo "No AOT cache was written:"; tail -30 "$WORK/aot.log"; exit 1
    fi
}

rss_mib() {
    echo $(( $(ps -o rss= -p "$1") / 1024 ))
}

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
