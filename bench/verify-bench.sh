#!/usr/bin/env bash
# Verification benchmark (issue: verify). Builds about 2 GB once (crypt15-like files with MD5 trailers, and files
# listed in a SHA256SUMS), then prints Vigie's full verification throughput next to `md5sum` and `sha256sum -c` on
# the same files, warm cache, with the ratios (target: at least 0.9x).
# Usage: bench/verify-bench.sh [DIR]   (default target/verify-bench; needs about 2.2 GB free)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-target/verify-bench}
export LANG=C.UTF-8 LC_ALL=C.UTF-8
mvn -B -q -DskipTests package
cp_file=target/bench.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$cp_file")" dev.vigie.bench.VerifyBenchmark "$dir"
