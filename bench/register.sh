#!/usr/bin/env bash
# The register's figures: start-up time to ready (median of 5 fresh starts, each importing the
# built-in datasets into a new H2 database, and of 5 restarts on it), the CSTO import time, and
# "members on a date" through the API under wrk (3 runs of 15 s, median), against a baseline in the
# same run: GET /api/v1/states/KAZ, the same HTTP and JSON path without the register query.
# Usage: bench/register.sh            (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -B -q package -DskipTests
JAR=$(ls target/entente-*.jar | grep -v plain | head -1)
JAVA=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java
[ -x "$JAVA" ] || JAVA=java
PORT=${PORT:-18080}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

start_ready_ms() { # $1: data dir; prints ms from launch to /actuator/health UP
  local t0 t1
  t0=$(date +%s%N)
  "$JAVA" -jar "$JAR" --server.port=$PORT --spring.datasource.url="jdbc:h2:file:$1/entente" > "$1.log" 2>&1 &
  local pid=$!
  local waited=0
  until curl -sf "localhost:$PORT/actuator/health" >/dev/null; do
    sleep 0.05; waited=$((waited + 1))
    if [ $waited -gt 1200 ] || ! kill -0 $pid 2>/dev/null; then echo "the application did not start; see $1.log" >&2; exit 1; fi
  done
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
  kill $pid; wait $pid 2>/dev/null || true
}

echo "== start-up to ready (ms), 5 fresh starts (with import) and 5 restarts"
fresh=(); again=(); imports=()
for i in 1 2 3 4 5; do
  fresh+=("$(start_ready_ms "$WORK/db$i")")
  imports+=("$(grep -o 'built-in CSTO dataset in [0-9]* ms' "$WORK/db$i.log" | grep -o '[0-9]*' | head -1)")
  again+=("$(start_ready_ms "$WORK/db$i")")
done
echo "fresh:    ${fresh[*]}  median $(printf '%s\n' "${fresh[@]}" | median)"
echo "restart:  ${again[*]}  median $(printf '%s\n' "${again[@]}" | median)"
echo "CSTO import (ms, in the fresh starts): ${imports[*]}  median $(printf '%s\n' "${imports[@]}" | median)"

echo "== members on a date vs baseline (/api/v1/states/KAZ), wrk 2 threads, 16 connections, 3 x 15 s each, interleaved"
"$JAVA" -jar "$JAR" --server.port=$PORT --spring.datasource.url="jdbc:h2:file:$WORK/dbw/entente" > "$WORK/wrk-server.log" 2>&1 &
for i in $(seq 1 600); do curl -sf "localhost:$PORT/actuator/health" >/dev/null && break; sleep 0.1; done
curl -sf "localhost:$PORT/actuator/health" >/dev/null || { echo "the application did not start; see $WORK/wrk-server.log" >&2; exit 1; }
wrk -t2 -c16 -d15s -s bench/members-on-date.lua "http://localhost:$PORT" > /dev/null  # warm-up
wrk -t2 -c16 -d5s "http://localhost:$PORT/api/v1/states/KAZ" > /dev/null               # warm-up
run() { # $1: label; wrk arguments follow
  local label=$1; shift
  local out; out=$(wrk -t2 -c16 -d15s --latency "$@")
  local errors; errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}'); errors=${errors:-0}
  echo "$label $(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1=="50%" {print $2}') $(echo "$out" | awk '$1=="99%" {print $2}') $errors"
}
results=$(for i in 1 2 3; do
  run members -s bench/members-on-date.lua "http://localhost:$PORT"
  run baseline "http://localhost:$PORT/api/v1/states/KAZ"
done)
echo "$results" | awk '{printf "%-9s %10s req/s  p50 %8s  p99 %8s  non-2xx responses %s\n", $1, $2, $3, $4, $5}'
for label in members baseline; do
  echo "$label: throughput median $(echo "$results" | awk -v l=$label '$1==l {print $2}' | median) req/s"
done
