#!/usr/bin/env bash
# Data-loss window simulator benchmark (issue: simulation). A million deleted messages against 100,000 hourly
# backups pruned by keep-daily 7, keep-weekly 4, keep-monthly 12, in process, in a 512 MB heap; prints the median
# time of several runs after warm-up (target: under 1 s in all).
# Usage: bench/simulation-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
mvn -B -q -DskipTests test-compile
cp_file=target/bench.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
java -Xmx512m -cp "target/classes:target/test-classes:$(cat "$cp_file")" dev.vigie.bench.SimulationBenchmark
