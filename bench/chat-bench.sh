#!/usr/bin/env bash
# Chat export benchmark (issue 9). Reads and parses a 100,000-line WhatsApp chat export (iOS headers, 12-hour
# clock, direction marks, multi-line messages, media and deleted markers)
# in process and prints the median time of several runs after warm-up (target: under 1 s).
# Usage: bench/chat-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
mvn -B -q -DskipTests test-compile
cp_file=target/bench.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$cp_file")" dev.vigie.bench.ChatBenchmark
