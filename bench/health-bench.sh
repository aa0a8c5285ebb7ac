#!/usr/bin/env bash
# Health analysis benchmark (issue: health). Analyses ten years of hourly backups (87,600 sets) against `hourly`
# in process and prints the median time of several runs after warm-up (target: under 200 ms).
# Usage: bench/health-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
mvn -B -q -DskipTests test-compile
cp_file=target/bench.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$cp_file")" dev.vigie.bench.HealthBenchmark
