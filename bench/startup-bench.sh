#!/usr/bin/env bash
# Start-up benchmark (issue 20, target 3: a start that feels instant), side by side in one invocation:
#   - the window, under Xvfb, from the process's start to its sources shown (Vigie logs "window usable N ms after
#     launch"), each launch on a fresh copy of a data folder holding the demo's three sources;
#   - the whole `vigie check nas` process (the demo's NAS: dated snapshots, 8 backups), wall time;
# for the plain jar (`java -jar target/vigie.jar`) and for the installed app image (target/installer/vigie, its
# launcher with the class-data sharing archive: installer/linux/cds.sh). RUNS launches of each (default 7), taken
# in turn, medians printed beside the targets (window <= 1000 ms, check <= 400 ms, on a quiet machine) and the load.
# Usage: bench/startup-bench.sh [RUNS]      (SKIP_BUILD=1 uses target/vigie.jar and target/installer/vigie as built)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
need=()
command -v xvfb-run >/dev/null || need+=(xvfb)
ldconfig -p 2>/dev/null | grep -q libgtk-3.so.0 || need+=(libgtk-3-0 libgl1)
if [ ${#need[@]} -gt 0 ]; then
  (apt-get update -qq && apt-get install -y -qq "${need[@]}") >/dev/null
fi
if [ "${SKIP_BUILD:-}" != 1 ]; then
  mvn -B -q -DskipTests package
  VIGIE_SKIP_DEB=true bash installer/linux/package.sh >/dev/null
fi
image=target/installer/vigie
[ -f "$image/lib/app/vigie.jsa" ] || { echo "no CDS archive in $image: build it with installer/linux/package.sh" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CACHE_HOME="$work/home/.cache"
mkdir -p "$HOME"
jar=(java -jar target/vigie.jar)
installed=("$image/bin/vigie")
"${jar[@]}" demo create "$work/demo" --data-dir "$work/data" >/dev/null
"${jar[@]}" sources add nas "$work/demo/NAS" --data-dir "$work/data" >/dev/null
"${jar[@]}" sources add iphone "$work/demo/iPhone" --data-dir "$work/data" >/dev/null
"${jar[@]}" sources add whatsapp "$work/demo/WhatsApp Business" --data-dir "$work/data" >/dev/null
"${jar[@]}" scan nas --data-dir "$work/data" >/dev/null
rm -rf "$work/data/logs"

# Milliseconds from the process's launch, taken here, to the window showing its sources: the app logs the wall clock
# then. (Not the age it logs: the JDK's process start time is off by up to a second on Linux; see ProcessAge.)
window_ms() {
  local data="$work/run"
  rm -rf "$data" && cp -a "$work/data" "$data"
  VIGIE_DATA_DIR=$data xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    data=$0
    date +%s%3N > "$data/launched"
    "$@" >/dev/null 2>&1 & app=$!
    for _ in $(seq 600); do
      grep -q "window usable" "$data"/logs/vigie-0.log 2>/dev/null && break
      sleep 0.05
    done
    kill $app; wait $app 2>/dev/null || true' "$data" "$@"
  local at launched
  at=$(sed -n 's/.*window usable [0-9]* ms after launch, at \([0-9]*\) ms since the epoch.*/\1/p' \
    "$data/logs/vigie-0.log" 2>/dev/null | head -1)
  launched=$(cat "$data/launched")
  [ -n "$at" ] && echo $((at - launched))
}

# Milliseconds of the whole `check nas` process.
check_ms() {
  local start end
  start=$(date +%s%N)
  "$@" check nas --data-dir "$work/data" >/dev/null || [ $? -le 2 ]
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

load_before=$(uptime | sed 's/.*load average: //')
"${jar[@]}" check nas --data-dir "$work/data" >/dev/null || true   # warm the file cache
"${installed[@]}" check nas --data-dir "$work/data" >/dev/null || true
jw=() iw=() jc=() ic=()
for i in $(seq "$runs"); do
  jw+=("$(window_ms "${jar[@]}")")
  iw+=("$(window_ms "${installed[@]}")")
  jc+=("$(check_ms "${jar[@]}")")
  ic+=("$(check_ms "${installed[@]}")")
  echo "run $i: window jar ${jw[-1]} ms, installed ${iw[-1]} ms; check jar ${jc[-1]} ms, installed ${ic[-1]} ms"
done
for v in "${jw[@]}" "${iw[@]}"; do
  [ -n "$v" ] || { echo "a launch logged no 'window usable' line" >&2; exit 1; }
done
load_after=$(uptime | sed 's/.*load average: //')

jwm=$(median "${jw[@]}") iwm=$(median "${iw[@]}") jcm=$(median "${jc[@]}") icm=$(median "${ic[@]}")
echo
echo "median of $runs, load average before: $load_before; after: $load_after ($(nproc) cores)"
printf '%-34s %12s %24s %10s %14s\n' "" "plain jar" "installed image (AppCDS)" "ratio" "target (quiet)"
printf '%-34s %9s ms %21s ms %9s %14s\n' "window, start to sources shown" "$jwm" "$iwm" \
  "$(awk -v a="$iwm" -v b="$jwm" 'BEGIN { printf "%.2fx", a / b }')" "<= 1000 ms"
printf '%-34s %9s ms %21s ms %9s %14s\n' "vigie check nas, whole process" "$jcm" "$icm" \
  "$(awk -v a="$icm" -v b="$jcm" 'BEGIN { printf "%.2fx", a / b }')" "<= 400 ms"
