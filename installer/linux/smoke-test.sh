#!/usr/bin/env bash
# Runs the built Linux app image as IT staff would script it, without a display: fails when the package is broken.
#   installer/linux/smoke-test.sh [APP_IMAGE]   (default target/installer/vigie, made by mvn -Pinstaller package)
# Checks: the launcher's --version is the pom's (the .deb's too, unpacked), its classes come from the class-data
# sharing archive, its JVM starts with installer/linux/vm-options, a demo workspace is made and scanned (SQLite's
# native library loads from the installed app), a bad path gives exit code 2 and its message on stderr, the window's
# class is the menu entry's StartupWMClass (under Xvfb, when there), and the image's size.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
image=${1:-$ROOT/target/installer/vigie}
launcher="$image/bin/vigie"
limit_mb=150
fail() { echo "installer smoke test FAILED: $*" >&2; exit 1; }
[ -x "$launcher" ] || fail "no launcher at $launcher"
unset DISPLAY WAYLAND_DISPLAY
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pom_version=$(sed -n 's/^version=//p' "$ROOT/target/classes/dev/vigie/release/release.properties")
version=$("$launcher" --version) || fail "--version exited with $?"
[ "$version" = "Vigie $pom_version" ] || fail "--version printed '$version', expected 'Vigie $pom_version'"
echo "launcher --version: $version"

"$launcher" demo create "$work/demo" --data-dir "$work/data" >"$work/demo.out" 2>&1 \
    || { cat "$work/demo.out" >&2; fail "demo create exited with non-zero"; }
"$launcher" scan "$work/demo/NAS" --json --data-dir "$work/data" >"$work/scan.json" 2>"$work/scan.err" \
    || { cat "$work/scan.err" >&2; fail "scan of the demo NAS exited with non-zero"; }
grep -q '"layout" *: *"dated-snapshots"' "$work/scan.json" || fail "scan printed no dated-snapshots layout"
backups=$(grep -o '"sizeBytes"' "$work/scan.json" | wc -l)
[ "$backups" -gt 0 ] || fail "scan of the demo NAS found no backup"
echo "launcher scan of the demo NAS: $backups backups"
"$launcher" sources list --data-dir "$work/data" >/dev/null || fail "sources list (SQLite) exited with non-zero"

# The class-data sharing archive (installer/linux/cds.sh) is there and the JVM maps Vigie's classes from it.
[ -f "$image/lib/app/vigie.jsa" ] || fail "no class-data sharing archive at $image/lib/app/vigie.jsa"
JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$launcher" --version >"$work/cds.out" 2>&1 \
    || { cat "$work/cds.out" >&2; fail "--version with class loading logged exited with non-zero"; }
grep -q "dev.vigie.Main source: shared objects file" "$work/cds.out" \
    || fail "the launcher did not load Vigie's classes from its class-data sharing archive"
echo "launcher class-data sharing: $(grep -c 'source: shared objects file' "$work/cds.out") classes from $(du -m "$image/lib/app/vigie.jsa" | cut -f1) MB vigie.jsa"

# The runtime starts with installer/linux/vm-options (work and JIT compilers below the window's threads).
JAVA_TOOL_OPTIONS=-XX:+PrintFlagsFinal "$launcher" --version >"$work/flags.out" 2>&1 \
    || { cat "$work/flags.out" >&2; fail "--version with the JVM's flags printed exited with non-zero"; }
for option in $(sed -e 's/#.*//' "$ROOT/installer/linux/vm-options"); do
    name=${option#-XX:}; name=${name%%=*}; value=${option#*=}
    grep -Eq "^ *[a-z]+ +$name += $value " "$work/flags.out" \
        || fail "the launcher's JVM does not start with $option (installer/linux/vm-options)"
done
echo "launcher JVM options: $(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$ROOT/installer/linux/vm-options" | paste -sd' ' -)"

set +e
"$launcher" scan "$work/no-such-folder" --data-dir "$work/data" >"$work/bad.out" 2>"$work/bad.err"
code=$?
set -e
[ "$code" -eq 2 ] || fail "scan of a missing folder exited with $code, expected 2"
grep -q "no-such-folder" "$work/bad.err" || fail "scan of a missing folder said nothing on stderr"
echo "launcher scan of a missing folder: exit 2, '$(head -1 "$work/bad.err")'"

# A click on Vigie's desktop notification opens Vigie, or brings its window forward: the menu entry's StartupWMClass
# must be the class the window really has (X11's WM_CLASS), read here from the image's own window under Xvfb.
wm_class=$(sed -n 's/^StartupWMClass=//p' "$ROOT/installer/linux/vigie.desktop")
if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
    VIGIE_DATA_DIR="$work/window-data" xvfb-run -a -s "-screen 0 1280x720x24" bash -c '
        "$1" >"$2/window.out" 2>&1 &
        pid=$!
        class=""
        for _ in $(seq 1 60); do
            class=$(xwininfo -root -tree | sed -n "s/.*\"Vigie\": (\"\([^\"]*\)\".*/\1/p" | head -1)
            [ -n "$class" ] && break
            sleep 0.5
        done
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        echo "$class" >"$2/wm-class"' _ "$launcher" "$work" || true
    shown=$(cat "$work/wm-class" 2>/dev/null || true)
    [ -n "$shown" ] || { cat "$work/window.out" >&2; fail "the launcher showed no window named Vigie under Xvfb"; }
    [ "$shown" = "$wm_class" ] \
        || fail "the window's class is '$shown', the menu entry's StartupWMClass '$wm_class' (installer/linux/vigie.desktop)"
    echo "launcher window class: $shown, as the menu entry's StartupWMClass"
else
    echo "launcher window class: not checked (no xvfb-run or xwininfo here)"
fi

# The .deb's own files: unpacked (not installed), its launcher must answer too.
deb=$(ls "$(dirname "$image")"/vigie_*.deb 2>/dev/null | head -1 || true)
if [ -n "$deb" ] && command -v dpkg-deb >/dev/null; then
    dpkg-deb -x "$deb" "$work/deb"
    deb_version=$("$work/deb/opt/vigie/bin/vigie" --version) || fail "the .deb's launcher exited with $?"
    [ "$deb_version" = "Vigie $pom_version" ] || fail "the .deb's launcher printed '$deb_version'"
    [ -f "$work/deb/opt/vigie/lib/vigie-vigie.desktop" ] || fail "the .deb has no menu entry"
    grep -qx "StartupWMClass=$wm_class" "$work/deb/opt/vigie/lib/vigie-vigie.desktop" \
        || fail "the .deb's menu entry names no StartupWMClass=$wm_class"
    # The .deb carries the class list, not an archive made for another path; its postinst makes the archive.
    [ -f "$work/deb/opt/vigie/lib/app/vigie.classlist" ] || fail "the .deb has no class list for its archive"
    [ ! -f "$work/deb/opt/vigie/lib/app/vigie.jsa" ] || fail "the .deb carries an archive made for the build's path"
    dpkg-deb -e "$deb" "$work/deb-control"
    grep -q 'Xshare:dump' "$work/deb-control/postinst" || fail "the .deb's postinst makes no archive"
    # What postinst does, where the .deb was unpacked: an archive made in place is used.
    bash "$ROOT/installer/linux/cds.sh" dump "$work/deb/opt/vigie" >/dev/null || fail "no archive made from the .deb's list"
    JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$work/deb/opt/vigie/bin/vigie" --version 2>&1 \
        | grep -q "dev.vigie.Main source: shared objects file" || fail "the .deb's archive, made in place, is not used"
    echo "$(basename "$deb"): $(du -m "$deb" | cut -f1) MB, its launcher --version: $deb_version"
fi

size_mb=$(du -sm "$image" | cut -f1)
[ "$size_mb" -lt "$limit_mb" ] || fail "the app image is $size_mb MB, over $limit_mb MB"
echo "app image: $size_mb MB (limit $limit_mb MB)"
echo "installer smoke test passed"
