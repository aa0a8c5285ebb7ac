#!/usr/bin/env bash
# Chat import memory benchmark (issue 16, item 10). Generates a 200 MB WhatsApp export (Android headers, a group
# of five, multi-line messages, media, deleted markers and notices) in a temporary folder, imports it through the
# command line with a 256 MB heap (-Xmx256m), and prints the time taken and whether the import succeeded. The
# peer: wc -l over the same file, the floor of reading it once. The files are deleted at the end.
# Usage: bench/chat-memory-bench.sh [MEGABYTES] [HEAP]
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
mb=${1:-200}
heap=${2:-256m}
[ -f target/vigie.jar ] || mvn -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v limit="$((mb * 1024 * 1024))" 'BEGIN {
  split("Anna Martin,Bruno,Chloé Durand,David,Émile 😀", who, ",");
  size = 0; t = 0; i = 0;
  while (size < limit) {
    t += 37; m = int(t / 60) % 60; h = int(t / 3600) % 24; d = int(t / 86400);
    day = d % 28 + 1; month = int(d / 28) % 12 + 1; year = 2020 + int(d / 336);
    stamp = sprintf("%02d/%02d/%d, %02d:%02d - ", day, month, year, h, m);
    a = who[i % 5 + 1];
    if (i % 50 == 7) line = stamp a ": This message was deleted";
    else if (i % 20 == 3) line = stamp a ": <Media omitted>";
    else if (i % 500 == 11) line = stamp a " changed the group description to: meeting at 10: bring the files";
    else if (i % 9 == 5) line = stamp a ": message " i " about the order, see below\nsecond line of message " i;
    else line = stamp a ": message number " i " with some words to make it a usual length";
    print line; size += length(line) + 1; i++;
  }
}' > "$work/WhatsApp Chat with Anna Martin.txt"
file="$work/WhatsApp Chat with Anna Martin.txt"
bytes=$(stat -c %s "$file")
v() { java -jar target/vigie.jar --data-dir "$work/data" "$@"; }
v contacts add --id anna --name "Anna Martin" --phone +33600000001 >/dev/null
v consent grant --contact anna --purpose restore-access --method form --at 2026-01-10T10:00:00Z >/dev/null

ms() { date +%s%3N; }
p0=$(ms); wc -l "$file" >/dev/null; p1=$(ms)
t0=$(ms)
set +e
/usr/bin/time -f "%M" -o "$work/rss.txt" java "-Xmx$heap" -jar target/vigie.jar --data-dir "$work/data" \
  chat import "$file" --contact anna --zone Europe/Paris > "$work/out.txt" 2> "$work/err.txt"
rc=$?
set -e
t1=$(ms)
if [ "$rc" -eq 0 ]; then
  echo "import of a $((bytes / 1024 / 1024)) MB export with -Xmx$heap: succeeded in $((t1 - t0)) ms" \
    "(peak resident memory $(( $(tail -1 "$work/rss.txt") / 1024 )) MB)"
  head -1 "$work/out.txt"
else
  echo "import of a $((bytes / 1024 / 1024)) MB export with -Xmx$heap: FAILED (exit $rc) after $((t1 - t0)) ms"
  grep -m3 -i "error\|exception\|memory" "$work/err.txt" "$work/out.txt" || true
fi
echo "wc -l over the same file: $((p1 - p0)) ms; Vigie/wc = $(awk -v a="$((t1 - t0))" -v b="$((p1 - p0))" \
  'BEGIN { printf "%.0f", a / (b > 0 ? b : 1) }')x"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
[ "$rc" -eq 0 ]
