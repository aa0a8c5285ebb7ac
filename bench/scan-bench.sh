#!/usr/bin/env bash
# Scan benchmark (issue: foundation). Builds a tree of 100,000 files in 1,000 folders (once), then prints:
#  1. Vigie's in-process scan throughput next to `find DIR -printf '%s %T@\n'` on the same tree, warm cache;
#  2. the median wall time of the whole `java -jar target/vigie.jar scan DIR --json` process (7 runs).
# Usage: bench/scan-bench.sh [TREE_DIR]   (default target/bench-tree)
set -euo pipefail
cd "$(dirname "$0")/.."
tree=${1:-target/bench-tree}
export LANG=C.UTF-8 LC_ALL=C.UTF-8
mvn -B -q -DskipTests package
cp_file=target/bench.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$cp_file")" dev.vigie.bench.ScanBenchmark "$tree"

times=()
for i in 1 2 3 4 5 6 7; do
  start=$(date +%s%N)
  java -jar target/vigie.jar scan "$tree" --json > /dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "whole 'vigie scan' process: median ${sorted[3]} ms over 7 runs (all: ${times[*]} ms; target: under 3000 ms)"
