#!/usr/bin/env bash
# The series search (issue 29) at a location whose infusion chairs are about 80 % booked for the next 45 days: the
# packaged service, its chairs filled (bench/SeriesFind.java), then searches over 30 first days one after another.
#
#   bash bench/series.sh            # 600 searches after 120 of warm-up
set -euo pipefail

cd "$(dirname "$0")/.."
REQUESTS=${REQUESTS:-600}
source bench/service.sh
start_service
echo "Ready after $READY_MS ms. Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB;" \
    "$(java -version 2>&1 | head -1)"
DRIVER=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
java -cp "$DRIVER" bench/SeriesFind.java "$URL" "$PG_URL/consult" "$(bash bench/token.sh staff)" "$REQUESTS"
