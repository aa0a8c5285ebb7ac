#!/usr/bin/env bash
# Alert benchmark (issue 15). 50 registered sources (daily backups, 30 days each) and 3 alert channels (e-mail,
# webhook, desktop), nothing changing between runs: what `check --all --alert` adds to `check --all`. A first
# `--alert` run sets every channel's baseline; then hyperfine times both whole processes, warm, and the script
# prints both means and the overhead (target: under 10 %). No channel is reached: nothing changes, so nothing is sent
# (a ping channel would be called on every check by design, so none is added).
# Usage: bench/alert-bench.sh [RUNS]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
export LANG=C.UTF-8 LC_ALL=C.UTF-8
command -v hyperfine >/dev/null || { echo "hyperfine is needed (Debian: apt-get install hyperfine)" >&2; exit 1; }
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

hyperfine --warmup 2 --runs "$runs" -N -i --export-json "$work/bench.json" \
  -n "check --all" "java -jar target/vigie.jar --data-dir $data check --all --now $now" \
  -n "check --all --alert" "java -jar target/vigie.jar --data-dir $data check --all --alert --now $now" >/dev/null
python3 - "$work/bench.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
plain, alert = results["check --all"], results["check --all --alert"]
overhead = (alert["mean"] / plain["mean"] - 1) * 100
print(f"check --all          : mean {plain['mean']*1000:7.0f} ms (median {plain['median']*1000:.0f}, sd {plain['stddev']*1000:.0f}) over {len(plain['times'])} runs, 50 sources")
print(f"check --all --alert  : mean {alert['mean']*1000:7.0f} ms (median {alert['median']*1000:.0f}, sd {alert['stddev']*1000:.0f}), 3 channels, nothing changing")
print(f"overhead of --alert  : {overhead:+.1f} % (ratio {alert['mean']/plain['mean']:.3f}; target: under 10 %)")
PY
