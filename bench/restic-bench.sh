#!/usr/bin/env bash
# restic listing benchmark (issue 18): a restic source of 10,000 snapshots is listed with one
# `restic snapshots --json` call and under 1 s of Vigie's own time. The 10,000 snapshots are restic's own JSON
# (captured from a real repository, repeated with new ids) printed by a stand-in restic, since making them with
# restic takes hours; the real restic is timed beside it on a small real repository. Needs restic on the PATH.
# Usage: bench/restic-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
command -v restic >/dev/null || { echo "restic is not installed: apt install restic" >&2; exit 2; }
mvn -B -q -DskipTests test-compile
cp_file=target/bench.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$cp_file")" dev.vigie.bench.ResticListingBenchmark
