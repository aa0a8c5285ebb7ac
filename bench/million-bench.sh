#!/usr/bin/env bash
# A million files in constant memory (issue 20). Builds (once) a tree of 1,000,000 empty files in 1,000 folders,
# then runs, each as a whole process, `vigie scan DIR --json` and `vigie check DIR --verify quick --json` with
# -Xmx512m, RUNS times (default 3), and prints each one's median wall and CPU time and the largest heap in use before
# and after a collection (from the GC log), beside `find DIR -printf '%s %T@\n'` as the peer for the scan.
# Targets: scan under 4 s; check --verify quick under 10 s in a 512 MB heap.
# Usage: bench/million-bench.sh [TREE_DIR] [RUNS]   (default ${TMPDIR:-/tmp}/vigie-million; about 1 M inodes)
set -euo pipefail
cd "$(dirname "$0")/.."
tree=${1:-${TMPDIR:-/tmp}/vigie-million}
runs=${2:-3}
export LANG=C.UTF-8 LC_ALL=C.UTF-8
if [ ! -f "$tree.complete" ]; then
  echo "building $tree (1,000 folders of 1,000 empty files)..."
  rm -rf "$tree" "$tree.complete"; mkdir -p "$tree"
  python3 - "$tree" <<'PY'
import os, sys
root = sys.argv[1]
for d in range(1000):
    folder = os.path.join(root, "set-%04d" % d)
    os.mkdir(folder)
    for f in range(1000):
        open(os.path.join(folder, "file-%04d.dat" % f), "wb").close()
PY
  touch "$tree.complete"
fi
[ -f target/vigie.jar ] && [ -z "${REBUILD:-}" ] || mvn -B -q -o -DskipTests package
gclog=$(mktemp); timing=$(mktemp)
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
# run CMD...: per run, wall and CPU (user + system) time in ms into $times and $cpus; the largest heap in use
# before a collection (MB, from the GC log of a Java process) into $heap
run() {
  times=(); cpus=(); heap=0; live=0
  for _ in $(seq "$runs"); do
    rm -f "$gclog"
    /usr/bin/time -f '%e %U %S' -o "$timing" "$@" > /dev/null || [ $? -le 3 ]
    read -r wall user sys < <(tail -1 "$timing")  # after "Command exited with non-zero status N"
    times+=($(awk "BEGIN{printf \"%d\", $wall * 1000}"))
    cpus+=($(awk "BEGIN{printf \"%d\", ($user + $sys) * 1000}"))
    if [ -s "$gclog" ]; then
      h=$(grep -o '[0-9]*M->' "$gclog" | sed 's/M->//' | sort -n | tail -1)
      [ -n "$h" ] && [ "$h" -gt "$heap" ] && heap=$h
      l=$(grep -o -- '->[0-9]*M' "$gclog" | tr -dc '0-9\n' | sort -n | tail -1)
      [ -n "$l" ] && [ "$l" -gt "$live" ] && live=$l
    fi
  done
}
java=(java -Xmx512m -Xlog:gc:file="$gclog" -jar target/vigie.jar)
echo "load before: $(uptime | sed 's/.*load average: //')  (2 cores; figures scale with the load)"
run find "$tree" -printf '%s %T@\n'; find_ms=$(median "${times[@]}"); find_cpu=$(median "${cpus[@]}")
echo "find -printf:                 median ${find_ms} ms wall, ${find_cpu} ms CPU (${times[*]} ms)"
run "${java[@]}" scan "$tree" --json; scan_ms=$(median "${times[@]}"); scan_cpu=$(median "${cpus[@]}")
echo "vigie scan --json:            median ${scan_ms} ms wall, ${scan_cpu} ms CPU (${times[*]} ms), heap at most ${heap} MB in use, ${live} MB after a collection;" \
  "$(awk "BEGIN{printf \"%.2f\", $scan_ms/$find_ms}")x find's wall time (target: under 4000 ms)"
run "${java[@]}" check "$tree" --verify quick --json; check_ms=$(median "${times[@]}"); check_cpu=$(median "${cpus[@]}")
echo "vigie check --verify quick:   median ${check_ms} ms wall, ${check_cpu} ms CPU (${times[*]} ms), heap at most ${heap} MB in use, ${live} MB after a collection" \
  "(target: under 10000 ms, 512 MB)"
echo "load after: $(uptime | sed 's/.*load average: //')"
rm -f "$gclog" "$timing"
