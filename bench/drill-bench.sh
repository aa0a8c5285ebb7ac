#!/usr/bin/env bash
# Restore-drill benchmark (issue 19). Builds a ZIP of about SIZE_MB megabytes in a temporary folder (half text that
# deflates, half random bytes that zip stores), then times, side by side on the same file with a warm cache:
#   unzip -t FILE           (inflates every entry and checks its CRC-32, writes nothing)
#   vigie drill SOURCE      (restores every entry into a sandbox, checks size and CRC-32, reads each restored file
#                            back, deletes the sandbox, records the drill; JVM start-up included)
# and prints both speeds and the ratio (target: Vigie at least 0.8x unzip's speed). Deletes everything after.
# Usage: bench/drill-bench.sh [SIZE_MB]   (default 2048; needs about 2.3x SIZE_MB free in TMPDIR)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-2048}
export LANG=C.UTF-8 LC_ALL=C.UTF-8
command -v unzip >/dev/null && command -v zip >/dev/null || { echo "needs zip and unzip" >&2; exit 2; }
[ -f target/vigie.jar ] || mvn -B -q -DskipTests package
work=$(mktemp -d "${TMPDIR:-/tmp}/vigie-drill-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/files" "$work/source" "$work/data"

echo "Building a ${size_mb} MB ZIP in $work ..."
files=$(( size_mb / 64 )); [ "$files" -ge 2 ] || files=2
for i in $(seq 1 "$files"); do
    if [ $(( i % 2 )) -eq 0 ]; then
        head -c $(( 64 * 1024 * 1024 )) /dev/urandom > "$work/files/photo-$i.bin"
    else
        # yes stops on SIGPIPE when head has enough: not a failure here.
        (set +o pipefail; yes "F-$i;2026-11-20;client $i;1200,00;payee" | head -c $(( 64 * 1024 * 1024 ))) \
            > "$work/files/compta-$i.csv"
    fi
done
(cd "$work/files" && zip -q -1 -r "$work/source/sauvegarde-2026-11-20.zip" .)
rm -rf "$work/files"
zip_file="$work/source/sauvegarde-2026-11-20.zip"
unpacked=$(unzip -l "$zip_file" | tail -1 | awk '{print $1}')
echo "ZIP: $(du -m "$zip_file" | cut -f1) MB on disk, $(( unpacked / 1000000 )) MB unpacked, $files entries"

vigie() { java -jar target/vigie.jar --data-dir "$work/data" "$@"; }
vigie sources add bench "$work/source" >/dev/null
cat "$zip_file" > /dev/null  # warm cache for both

now() { date +%s.%N; }
t0=$(now); unzip -tq "$zip_file" >/dev/null; t1=$(now)
unzip_s=$(echo "$t1 - $t0" | bc -l)
t0=$(now); vigie drill bench --json > "$work/drill.json"; t1=$(now)
vigie_s=$(echo "$t1 - $t0" | bc -l)
inner_s=$(grep -o '"durationSeconds" : [0-9.]*' "$work/drill.json" | awk '{print $3}')
outcome=$(grep -o '"outcome" : "[a-z]*"' "$work/drill.json" | awk '{print $3}')
[ "$outcome" = '"yes"' ] || { echo "the drill did not restore the ZIP whole: $outcome" >&2; cat "$work/drill.json" >&2; exit 1; }

mbps() { echo "scale=1; $unpacked / 1000000 / $1" | bc -l; }
printf '%-34s %8.2f s  %8s MB/s\n' "unzip -t" "$unzip_s" "$(mbps "$unzip_s")"
printf '%-34s %8.2f s  %8s MB/s\n' "vigie drill (whole command)" "$vigie_s" "$(mbps "$vigie_s")"
printf '%-34s %8.2f s  %8s MB/s\n' "vigie drill (restore and checks)" "$inner_s" "$(mbps "$inner_s")"
printf 'ratio, Vigie speed / unzip -t speed: %.2fx (whole command), %.2fx (restore and checks); target >= 0.8x\n' \
    "$(echo "$unzip_s / $vigie_s" | bc -l)" "$(echo "$unzip_s / $inner_s" | bc -l)"
