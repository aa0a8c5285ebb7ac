#!/usr/bin/env bash
# Cold-start benchmark (issue: the desktop window). Launches the window RUNS times (default 7) under Xvfb, each
# time on a new, empty data folder, and reads from Vigie's log how long after the process started the window was
# usable (shown, with its list of sources read). Prints every launch and the median. Target: under 2500 ms.
# Usage: bench/startup-bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
need=()
command -v xvfb-run >/dev/null || need+=(xvfb)
ldconfig -p 2>/dev/null | grep -q libgtk-3.so.0 || need+=(libgtk-3-0 libgl1)
if [ ${#need[@]} -gt 0 ]; then
  (apt-get update -qq && apt-get install -y -qq "${need[@]}") >/dev/null
fi
mvn -B -q -DskipTests package
times=()
for i in $(seq "$runs"); do
  data=$(mktemp -d)
  VIGIE_DATA_DIR=$data xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    java -jar target/vigie.jar >/dev/null 2>&1 & app=$!
    for _ in $(seq 300); do
      grep -q "window usable" "$0"/logs/vigie-0.log 2>/dev/null && break
      sleep 0.05
    done
    kill $app; wait $app 2>/dev/null || true' "$data"
  ms=$(sed -n 's/.*window usable \([0-9]*\) ms after launch.*/\1/p' "$data/logs/vigie-0.log" | head -1)
  rm -rf "$data"
  [ -n "$ms" ] || { echo "launch $i: no 'window usable' line in the log" >&2; exit 1; }
  echo "launch $i: ${ms} ms"
  times+=("$ms")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cold start to a usable window: median ${sorted[$((runs / 2))]} ms over $runs launches (target: under 2500 ms)"
