#!/usr/bin/env bash
# Alert benchmark (issue 15). 50 registered sources (21 daily backups each) and 3 alert channels (e-mail, webhook,
# desktop), nothing changing between runs: what `check --all --alert` adds to `check --all`. A first `--alert` run
# sets every channel's baseline; then both whole processes are timed, warm, alternating, and the script prints both
# medians and the overhead (target: under 10 %). No channel is reached: nothing changes, so nothing is sent (a ping
# channel would be called on every check by design, so none is added).
# Usage: bench/alert-bench.sh [RUNS]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
export LANG=C.UTF-8 LC_ALL=C.UTF-8
mvn -B -q -o -DskipTests package 2>/dev/null || mvn -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/data"
now=2026-11-21T09:00:00Z
vigie() { java -jar target/vigie.jar --data-dir "$data" "$@"; }
for i in $(seq -w 1 50); do
  folder="$work/sources/source-$i"
  mkdir -p "$folder"
  for day in $(seq -w 1 21); do
    head -c 4096 /dev/zero > "$folder/backup-2026-11-$day.bin"
    touch -d "2026-11-${day}T01:00:00Z" "$folder/backup-2026-11-$day.bin"
  done
done
# One process registers all 50 would need a batch command; registering one by one is setup, not measured.
for i in $(seq -w 1 50); do
  vigie sources add "source-$i" "$work/sources/source-$i" >/dev/null
  vigie sources set "source-$i" --schedule "daily 02:00" --zone UTC --grace 2h >/dev/null
done
vigie alerts add email office --to owner@example.org --smtp-host 127.0.0.1 --smtp-port 2525 --security none >/dev/null
vigie alerts add webhook team http://127.0.0.1:9/hook >/dev/null
vigie alerts add desktop screen >/dev/null
vigie check --all --alert --now "$now" >/dev/null || true   # the baseline of every channel
vigie check --all --alert --now "$now" | grep -c delivered && { echo "something was sent: not a steady state" >&2; exit 1; } || true

# The two commands alternate, run after run, so that the load of a shared machine weighs on both alike.
python3 - "$data" "$now" "$runs" <<'PY'
import statistics, subprocess, sys, time
data, now, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
base = ["java", "-jar", "target/vigie.jar", "--data-dir", data, "check", "--all", "--now", now]
def once(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start
for _ in range(2):
    once(base); once(base + ["--alert"])
plain, alert = [], []
for _ in range(runs):
    plain.append(once(base))
    alert.append(once(base + ["--alert"]))
mp, ma = statistics.median(plain), statistics.median(alert)
print(f"check --all          : median {mp*1000:6.0f} ms (min {min(plain)*1000:.0f}, max {max(plain)*1000:.0f}) over {runs} runs, 50 sources")
print(f"check --all --alert  : median {ma*1000:6.0f} ms (min {min(alert)*1000:.0f}, max {max(alert)*1000:.0f}), 3 channels, nothing changing")
print(f"overhead of --alert  : {(ma / mp - 1) * 100:+.1f} % of the median (ratio {ma / mp:.3f}; min to min {(min(alert) / min(plain) - 1) * 100:+.1f} %; target: under 10 %)")
PY
