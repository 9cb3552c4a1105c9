#!/usr/bin/env bash
# Fault injection on the packaged service, on this machine: load, then the database restarted under load and between
# a send and its record, SIGTERM with a backlog and with a request in flight, kill -9 while emails are on their way,
# SMTP down and a tarpitted recipient. A real PostgreSQL (stopped and started by the run) and a real SMTP server
# behind a proxy that slows, holds or tarpits it. Prints what was acknowledged, found, lost and duplicated; the same
# table is in target/reliability.md. It is FaultsIT, which ./mvnw verify runs too (about 2 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FaultsIT \
    -Dspotless.check.skip=true > target/faults-run.log 2>&1 || { tail -60 target/faults-run.log; exit 1; }
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(date -u +%F)"
cat target/reliability.md
