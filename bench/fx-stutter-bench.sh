#!/usr/bin/env bash
# Window stutter benchmark (issue 20). In the real window, headless (Monocle, software rendering), scans a
# 100,000-file source (from the Sources view), then fully verifies 4 x 256 MB crypt15 files (built by
# bench/verify-bench.sh; from the Dashboard, where it is started, then again in a new JVM with Sources shown), while a
# pulse listener (an AnimationTimer) records the gaps between frames on the FX thread. Prints the worst gap and the
# gaps over 50 ms for each, after the same for the idle window (the load's own share) and for the window's first
# seconds, where the Sources table rehearses its first rows once (their one-time cost, printed in ms on the FX thread;
# under the welcome, -Dstutter.firstUse=true, with the hidden pane, in three turns).
# Target: no gap over 50 ms caused by the work (compare with the idle line on a busy machine).
# The JVM starts with the installed app's options (installer/linux/vm-options: work and JIT compilers below the
# window's threads); STUTTER_VM_OPTIONS=none measures without them.
# Usage: bench/fx-stutter-bench.sh [TREE_DIR] [CRYPT_DIR]   (defaults target/fx-stutter-tree, target/verify-bench/crypt4)
#        JAVA_OPTS="-Dstutter.explain=true -Dstutter.again=true" bench/fx-stutter-bench.sh   says what the FX thread did
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
[ -d "${2:-target/verify-bench/crypt4}" ] || { echo "run bench/verify-bench.sh first: it builds the crypt15 files" >&2; exit 1; }
mvn -B -q -DskipTests test-compile
cp_file=target/bench.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
if [ "${STUTTER_VM_OPTIONS:-}" = none ]; then
  vm_options=""
else
  vm_options=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' installer/linux/vm-options | paste -sd' ' -)
fi
echo "JVM options of the installed app (installer/linux/vm-options): ${vm_options:-none}"
echo "load before: $(uptime | sed 's/.*load average: //')  ($(nproc) cores)"
# Twice, each in a fresh JVM so that each first verification is a session's first: from the Dashboard, where it is
# started, then with the user gone to Sources (where the results fill a table) while it runs.
for view in dashboard sources; do
  # As a user other than root, the JVM warns that ThreadPriorityPolicy=1 may need privileges: raising a nice value
  # needs none (the installed runtime has the option linked in, and says nothing).
  java $vm_options ${JAVA_OPTS:-} -XX:-PrintWarnings -Dstutter.verifyView=$view \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless \
    -Dprism.order=sw -Dprism.text=t2k -cp "target/classes:target/test-classes:$(cat "$cp_file")" \
    dev.vigie.bench.FxStutterBenchmark "$@" | if [ $view = sources ]; then grep -v '^idle\|^scan\|^first\|^window\|^  the window'; else cat; fi
done
echo "load after: $(uptime | sed 's/.*load average: //')"
