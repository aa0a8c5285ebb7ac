#!/usr/bin/env bash
# Timeline benchmark (issue: backup health): median time to draw one frame of the timeline with 100,000 backups,
# headless (Monocle, software rendering), at full zoom-out, at one month, and while panning.
# Usage: bench/timeline-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
cp_file=target/bench.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
  -cp "target/classes:target/test-classes:$(cat "$cp_file")" dev.vigie.ui.timeline.TimelineBenchmark
