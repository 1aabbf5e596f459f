#!/usr/bin/env bash
# The public record under load: the CSTO organization page, read anonymously, against a baseline in the same run,
# GET /api/v1/states/KAZ (the same HTTP path with a small JSON answer and no register query), and the page again
# revalidated (If-None-Match with the ETag the page answered, so 304 Not Modified once the page has one).
# wrk on loopback, 2 threads, 16 connections, 3 interleaved runs of 15 s each; medians.
# Usage: bench/public-record.sh                 (needs wrk: apt-get install wrk)
#        JAR=path/to/entente.jar bench/public-record.sh   (skip the build; e.g. to measure an older build)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -z "${JAR:-}" ]; then
  ./mvnw -B -q package -DskipTests
  JAR=$(ls target/entente-*.jar | grep -v plain | head -1)
fi
JAVA=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java
[ -x "$JAVA" ] || JAVA=java
PORT=${PORT:-18081}
DURATION=${DURATION:-15s}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
BASE="http://localhost:$PORT"
PAGE="$BASE/organizations/CSTO"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

"$JAVA" -jar "$JAR" --server.port=$PORT --spring.datasource.url="jdbc:h2:file:$WORK/db/entente" > "$WORK/server.log" 2>&1 &
for i in $(seq 1 600); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 0.1; done
curl -sf "$BASE/actuator/health" >/dev/null || { echo "the application did not start; see $WORK/server.log" >&2; exit 1; }

# The page's ETag as an anonymous reader gets it (none before HTTP caching: the header is then sent with a tag that matches nothing).
ETAG=$(curl -s -D - -o /dev/null "$PAGE" | awk 'tolower($1)=="etag:" {sub(/\r$/, ""); $1=""; sub(/^ /, ""); print}')
echo "page ETag: ${ETAG:-none}; Cache-Control: $(curl -s -D - -o /dev/null "$PAGE" | awk 'tolower($1)=="cache-control:" {sub(/\r$/, ""); $1=""; print}')"
cat > "$WORK/revalidate.lua" <<LUA
wrk.headers["If-None-Match"] = '${ETAG:-"none"}'
LUA

wrk -t2 -c16 -d10s "$PAGE" > /dev/null                       # warm-up
wrk -t2 -c16 -d5s "$BASE/api/v1/states/KAZ" > /dev/null      # warm-up

run() { # $1: label; wrk arguments follow
  local label=$1; shift
  local out; out=$(wrk -t2 -c16 -d"$DURATION" --latency "$@")
  local errors; errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}'); errors=${errors:-0}
  local timeouts; timeouts=$(echo "$out" | awk '/Socket errors/ {print $NF}'); timeouts=${timeouts:-0}
  echo "$label $(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1=="50%" {print $2}') $(echo "$out" | awk '$1=="99%" {print $2}') $timeouts $errors"
}
echo "== CSTO page (anonymous), baseline GET /api/v1/states/KAZ, page with If-None-Match: wrk 2 threads, 16 connections, 3 x $DURATION each, interleaved"
results=$(for i in 1 2 3; do
  run page "$PAGE"
  run baseline "$BASE/api/v1/states/KAZ"
  run revalidate -s "$WORK/revalidate.lua" "$PAGE"
done)
echo "$results" | awk '{printf "%-10s %10s req/s  p50 %8s  p99 %8s  timeouts %s  non-2xx/3xx %s\n", $1, $2, $3, $4, $5, $6}'
for label in page baseline revalidate; do
  echo "$label: throughput median $(echo "$results" | awk -v l=$label '$1==l {print $2}' | median) req/s, timeouts $(echo "$results" | awk -v l=$label '$1==l {t += $5} END {print t}') in all"
done
page=$(echo "$results" | awk '$1=="page" {print $2}' | median)
baseline=$(echo "$results" | awk '$1=="baseline" {print $2}' | median)
revalidate=$(echo "$results" | awk '$1=="revalidate" {print $2}' | median)
echo "page / baseline: $(awk -v a="$page" -v b="$baseline" 'BEGIN {printf "%.2f", a / b}') (goal: at least 0.5); revalidated / baseline: $(awk -v a="$revalidate" -v b="$baseline" 'BEGIN {printf "%.2f", a / b}') (goal: at least 1)"
