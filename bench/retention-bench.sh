#!/usr/bin/env bash
# Retention benchmark (issue: retention). Applies a restic policy (keep-daily 7, keep-weekly 4, keep-monthly 12,
# keep-yearly unlimited, keep-within 30d) to 100,000 snapshots
# in process and prints the median time of several runs after warm-up (target: under 200 ms).
# Usage: bench/retention-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
mvn -B -q -DskipTests test-compile
cp_file=target/bench.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$cp_file")" dev.vigie.bench.RetentionBenchmark
