#!/usr/bin/env bash
# The mission page and API: the application from its jar on a new H2 database (the built-in datasets, with the
# Kazakhstan 2022 mission, load at start), then for each address 20 warm-up requests and N timed ones, one at a
# time; prints the median and p95 of each and the answer's size. The mission list's API is the baseline in the
# same run: the same HTTP and JSON path with the least work per mission.
# Usage: bench/missions.sh [N]     (N: timed requests per address, 200 by default)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
N=${1:-200}
PORT=18080
./mvnw -B -q package -DskipTests
JAR=$(ls target/entente-*.jar | grep -v plain | head -1)
JAVA=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java
DIR=$(mktemp -d)
"$JAVA" -jar "$JAR" --server.port=$PORT --spring.datasource.url="jdbc:h2:file:$DIR/db;MODE=Regular;DB_CLOSE_ON_EXIT=FALSE" > "$DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; rm -rf "$DIR"' EXIT
for _ in $(seq 180); do curl -sf "http://localhost:$PORT/api/v1/organizations/CSTO/missions" >/dev/null 2>&1 && break; sleep 1; done
for path in "/api/v1/organizations/CSTO/missions?everDeployed=true" \
            "/organizations/CSTO/missions/MIS-KAZ-2022?lang=en" "/organizations/CSTO/missions/MIS-KAZ-2022?lang=en&at=2022-01-08" \
            "/api/v1/organizations/CSTO/missions/MIS-KAZ-2022" "/api/v1/organizations/CSTO/missions/MIS-KAZ-2022?at=2022-01-08" \
            "/api/v1/organizations/CSTO/missions/MIS-KAZ-2022/figures" "/organizations/CSTO/missions?lang=en"; do
  for _ in $(seq 20); do curl -s -o /dev/null -H 'Accept: text/html,application/json' "http://localhost:$PORT$path"; done
  for _ in $(seq "$N"); do curl -s -o /dev/null -w '%{time_total}\n' -H 'Accept: text/html,application/json' "http://localhost:$PORT$path"; done \
    | sort -n > "$DIR/times"
  size=$(curl -s -H 'Accept: text/html,application/json' "http://localhost:$PORT$path" | wc -c)
  awk -v p="$path" -v n="$N" -v s="$size" '{a[NR]=$1} END {printf "%-78s median %6.1f ms  p95 %6.1f ms  (%d requests, %d bytes)\n", p, a[int((n+1)/2)]*1000, a[int(n*0.95)]*1000, n, s}' "$DIR/times"
done
