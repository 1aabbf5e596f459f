#!/usr/bin/env bash
# The force-generation benchmark (bench/FORCE-GENERATION.md in the shared brief; docs/force-generation.md):
# solves each instance with each budget, writes the solutions, and prints per instance the objective
# and its terms, coverage, arrival, burden distance, time to the first feasible plan and wall time,
# for Entente's planner and, in the same run, the baselines.
# Usage: bench/forcegen.sh [--budgets 1,10] [--runs N] [--out DIR] [--no-cpsat] [INSTANCE...]
#        (--no-cpsat: without the OR-Tools baselines, CP-SAT and the linear-relaxation bound)
#        (no instance: the S and M instances in bench/forcegen; L instances are read from a path you give)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
JAVA=$( (ls -d "${JAVA25_HOME:-/nonexistent}" /usr/lib/jvm/*25* 2>/dev/null || true) | head -1)/bin/java
if [ ! -x "$JAVA" ]; then echo "bench/forcegen.sh needs a JDK 25 (set JAVA25_HOME)" >&2; exit 1; fi
args=("$@")
has_instance=false
for a in "${args[@]+"${args[@]}"}"; do case "$a" in *.json|*.json.gz) has_instance=true ;; esac; done
if ! $has_instance; then args+=(bench/forcegen/S-*.json bench/forcegen/M-*.json.gz); fi
exec "$JAVA" -Xmx8g --enable-native-access=ALL-UNNAMED -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.entente.forcegeneration.bench.ForceGenerationBenchmark "${args[@]}"
