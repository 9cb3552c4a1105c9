#!/usr/bin/env bash
# Bookings that send a text (issue 28): the packaged service with texts on, its worker sending to a Twilio stand-in
# in the client's process (bench/TextBookings.java), and 160 bookings one after another, alternating a person who
# chose texts and one who did not; one run at each location, on one warm service. Prints both groups' booking
# latency and the time from a booking's 201 to Twilio receiving its text (the worker polls every 5 s, as in
# production). Emails go to Quarkus' mock mailer; quiet hours are one minute at midnight so the hour does not matter.
#
#   bash bench/texts.sh
set -euo pipefail

cd "$(dirname "$0")/.."
BOOKINGS=${BOOKINGS:-160}
TWILIO_PORT=${TWILIO_PORT:-18031}

SERVICE_SETTINGS=(
    CONSULT_TEXTS_ACCOUNT_SID=ACbench00000000000000000000000000
    CONSULT_TEXTS_AUTH_TOKEN=bench-only
    CONSULT_TEXTS_FROM=+15005550006
    "CONSULT_TEXTS_API_BASE_URL=http://127.0.0.1:$TWILIO_PORT"
    CONSULT_TEXTS_PUBLIC_URL=https://api.clinic.example
    CONSULT_TEXTS_QUIET_UNTIL=00:00
    CONSULT_TEXTS_QUIET_FROM=23:59
    CONSULT_MAIL_DELIVERY_POLL_EVERY=5s
    QUARKUS_MAILER_MOCK=true
)
source bench/service.sh
start_service
echo "Ready after $READY_MS ms. Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB;" \
    "$(java -version 2>&1 | head -1)"
run=0
for location in tustin seal-beach san-juan-capistrano; do
    echo "Run at $location:"
    java bench/TextBookings.java "$URL" "$TWILIO_PORT" "$BOOKINGS" "$location" $((run * BOOKINGS))
    run=$((run + 1))
done
