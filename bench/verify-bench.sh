#!/usr/bin/env bash
# Verification benchmark (issues: verify, 20). Two parts, each printing Vigie's figure beside the peer's, warm cache:
#  1. in process: full verification throughput on 8 crypt15-like files (MD5 trailers) and 8 files listed in a
#     SHA256SUMS (128 MB each, built once), next to `md5sum` and `sha256sum -c` on the same files;
#  2. whole processes, side by side: `vigie check DIR --verify full` on 4 x 256 MB .crypt15 against `md5sum` over the
#     same 4 files (target: Vigie at most 0.75x md5sum's wall time, files verified on every core), and
#     `vigie check DIR --verify full --jobs 1` on the SHA256SUMS set against `sha256sum -c`, both held to one core
#     with taskset (target: Vigie's speed at least 0.9x sha256sum's). Median of RUNS (default 5); the two sides'
#     runs alternate, so that a change in the machine's load weighs on both alike.
# Usage: bench/verify-bench.sh [DIR] [RUNS]   (default target/verify-bench; needs about 3.2 GB free)
#        SKIP_IN_PROCESS=1 bench/verify-bench.sh ...   runs part 2 only
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(realpath -m "${1:-target/verify-bench}")  # absolute: the peers run from inside the set
runs=${2:-5}
export LANG=C.UTF-8 LC_ALL=C.UTF-8
mvn -B -q -DskipTests package
cp_file=target/bench.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
echo "load before: $(uptime | sed 's/.*load average: //')  ($(nproc) cores)"
echo "== 1. in process"
[ -n "${SKIP_IN_PROCESS:-}" ] || java -cp "target/classes:target/test-classes:$(cat "$cp_file")" dev.vigie.bench.VerifyBenchmark "$dir"

echo "== 2. whole processes"
crypt="$dir/crypt4"
if [ ! -f "$crypt.complete" ]; then
  rm -rf "$crypt"; mkdir -p "$crypt"
  for i in 1 2 3 4; do
    f="$crypt/msgstore-2026-11-0$i.1.db.crypt15"
    # A crypt15 header (8 bytes, 16 IV bytes, the app's version), random bytes, then the MD5 of all before.
    { printf '\x24\x01\x08\x01\x1a\x12\x0a\x10'; head -c 16 /dev/urandom; printf '\x22\x0c\x0a\x0a2.24.22.79'
      head -c $(( (256 << 20) - 16 - 8 - 16 - 14 )) /dev/urandom; } > "$f"
    md5sum "$f" | cut -c1-32 | xxd -r -p >> "$f"
  done
  touch "$crypt.complete"
fi
sums="$dir/sums"
if [ ! -f "$sums/SHA256SUMS" ]; then
  # Built by part 1 when it runs; made here as well so that part 2 runs alone: 8 x 128 MB and their SHA256SUMS.
  rm -rf "$sums"; mkdir -p "$sums"
  for i in 1 2 3 4 5 6 7 8; do head -c $((128 << 20)) /dev/urandom > "$sums/archive-$i.bin"; done
  (cd "$sums" && sha256sum archive-*.bin > SHA256SUMS)
fi
vigie=(java -jar "$PWD/target/vigie.jar")
# The files must verify clean, or the timing means nothing.
for target in "$crypt" "$sums"; do
  if "${vigie[@]}" check "$target" --verify full --json | grep -q '"code" : "\(checksum-mismatch\|corrupt-checksum\|corrupt-header\|unreadable\)"'; then
    echo "Vigie finds damage in $target: rebuild it (delete it and $target.complete)" >&2; exit 1
  fi
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
ms() { local start end; start=$(date +%s%N); "$@" > /dev/null 2>&1 || true; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
# side_by_side DIR -- PEER... -- VIGIE...: one warm-up each, then $runs alternating runs; ms into $peer and $ours
side_by_side() {
  local in=$1; shift 2
  local a=() b=()
  while [ "$1" != "--" ]; do a+=("$1"); shift; done; shift
  b=("$@")
  (cd "$in" && "${a[@]}" > /dev/null 2>&1 || true); "${b[@]}" > /dev/null 2>&1 || true
  peer=(); ours=()
  for _ in $(seq "$runs"); do
    peer+=($(cd "$in" && ms "${a[@]}"))
    ours+=($(ms "${b[@]}"))
  done
}
files=("$crypt"/*.crypt15)
side_by_side "$crypt" -- md5sum "${files[@]}" -- "${vigie[@]}" check "$crypt" --verify full
md5=$(median "${peer[@]}"); vc=$(median "${ours[@]}")
echo "4 x 256 MB crypt15    md5sum ${md5} ms (${peer[*]})   vigie check --verify full ${vc} ms (${ours[*]})" \
  "  Vigie takes $(awk "BEGIN{printf \"%.2f\", $vc/$md5}")x md5sum's time (target: at most 0.75x)"
side_by_side "$sums" -- taskset -c 0 sha256sum --quiet -c SHA256SUMS -- \
  taskset -c 0 "${vigie[@]}" check "$sums" --verify full --jobs 1
sha=$(median "${peer[@]}"); vs=$(median "${ours[@]}")
echo "SHA256SUMS, one core  sha256sum -c ${sha} ms (${peer[*]})   vigie check --verify full --jobs 1 ${vs} ms" \
  "(${ours[*]})   Vigie runs at $(awk "BEGIN{printf \"%.2f\", $sha/$vs}")x sha256sum's speed (target: at least 0.9x)"
echo "load after: $(uptime | sed 's/.*load average: //')"
