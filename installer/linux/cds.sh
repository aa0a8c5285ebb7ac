#!/usr/bin/env bash
# Class-data sharing (AppCDS) for the Linux app image, so that the installed Vigie starts fast: the JVM maps the
# classes it needs, already parsed and verified, from one archive instead of reading ~3,000 of them from the jars.
#   installer/linux/cds.sh train IMAGE   runs the image's launcher on a generated demo data folder, headless:
#                                       `check nas` (and, when xvfb-run is there, the window until its sources
#                                       show), and writes the classes they loaded to IMAGE/lib/app/vigie.classlist
#   installer/linux/cds.sh dump IMAGE    writes IMAGE/lib/app/vigie.jsa from that list, with the image's own JVM
# The launcher's java options (package.sh) name $APPDIR/vigie.jsa with -Xshare:auto: a missing or mismatched
# archive (another JVM, the image moved) only means a slower start. An archive records the absolute paths of the
# jars (JDK 17 cannot move it), so the .deb ships the list and its postinst runs the dump where it installed.
set -euo pipefail
mode=${1:?usage: cds.sh train|dump IMAGE}
image=$(cd "${2:?usage: cds.sh train|dump IMAGE}" && pwd)
launcher="$image/bin/vigie"
app="$image/lib/app"
[ -x "$launcher" ] || { echo "no launcher at $launcher" >&2; exit 2; }

case "$mode" in
    train)
        work=$(mktemp -d)
        trap 'rm -rf "$work"' EXIT
        unset DISPLAY WAYLAND_DISPLAY
        export VIGIE_DATA_DIR="$work/data" HOME="$work/home" XDG_CACHE_HOME="$work/home/.cache"
        mkdir -p "$HOME"
        "$launcher" demo create "$work/demo" >/dev/null
        "$launcher" sources add nas "$work/demo/NAS" >/dev/null
        "$launcher" scan nas >/dev/null
        JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/check.list" "$launcher" check nas >/dev/null 2>&1 || true
        lists=("$work/check.list")
        if command -v xvfb-run >/dev/null; then
            # The window, until it logs that its sources are shown; then closed (SIGTERM: the JVM exits normally
            # and the list is complete).
            JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/window.list" xvfb-run -a -s "-screen 0 1280x800x24" \
                bash -c '"$0" >/dev/null 2>&1 & app=$!
                    for _ in $(seq 600); do
                        grep -q "window usable" "$VIGIE_DATA_DIR"/logs/vigie-0.log 2>/dev/null && break
                        sleep 0.05
                    done
                    sleep 0.5
                    kill $app; wait $app 2>/dev/null || true' "$launcher"
            if grep -q "window usable" "$work/data/logs/vigie-0.log" 2>/dev/null; then
                lists+=("$work/window.list")
            else
                echo "cds: the window did not show under Xvfb; the archive covers check only" >&2
            fi
        else
            echo "cds: no xvfb-run; the archive covers check only" >&2
        fi
        # One list: the classes of both runs, each once, in the order first loaded.
        awk '!/^#/ && !seen[$0]++' "${lists[@]}" >"$app/vigie.classlist"
        echo "cds: $(wc -l <"$app/vigie.classlist") classes in $app/vigie.classlist"
        ;;
    dump)
        [ -f "$app/vigie.classlist" ] || { echo "no $app/vigie.classlist: run 'cds.sh train' first" >&2; exit 2; }
        rm -f "$app/vigie.jsa"
        # -Xshare:dump given here, the archive's path by the launcher's own java options ($APPDIR/vigie.jsa).
        JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/vigie.classlist -Xlog:cds=off -Xlog:cds+dynamic=off" \
            "$launcher" >/dev/null 2>&1 || true
        [ -f "$app/vigie.jsa" ] || { echo "cds: no archive was written to $app/vigie.jsa" >&2; exit 1; }
        chmod 644 "$app/vigie.jsa"
        echo "cds: $app/vigie.jsa ($(du -m "$app/vigie.jsa" | cut -f1) MB)"
        ;;
    *)
        echo "usage: cds.sh train|dump IMAGE" >&2
        exit 2
        ;;
esac
