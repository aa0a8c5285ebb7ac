#!/usr/bin/env bash
# Builds Vigie for Linux with jpackage (JDK 17+), on Linux:
#   target/installer/vigie/           the app image; its launcher is target/installer/vigie/bin/vigie, with a
#                                     class-data sharing archive lib/app/vigie.jsa (installer/linux/cds.sh)
#   target/installer/vigie_V_ARCH.deb the Debian package (installs to /opt/vigie, a menu entry and the icon)
# Run by `mvn -B -Pinstaller -DskipTests package`, or by hand after `mvn -B -DskipTests package`.
# The .deb needs fakeroot and dpkg-deb (Debian packages fakeroot, dpkg-dev); without them only the image is built.
# installer/linux/vigie.desktop is the menu entry (jpackage fills in its APPLICATION_* words); postinst and prerm
# replace jpackage's, which fail where there is no menu system.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/installer/common.sh"
# The window before the work: thread priorities, linked into the runtime (see installer/linux/vm-options).
RUNTIME_VM_OPTIONS=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$ROOT/installer/linux/vm-options" | paste -sd' ' -)
setup

# A fast start: SQLite's native library unpacked once, here, rather than copied out of its jar at every start; and
# the class-data sharing archive (installer/linux/cds.sh) named with -Xshare:auto, so that a missing or
# mismatched archive only slows the start.
JAVA_OPTIONS=(--java-options '-XX:SharedArchiveFile=$APPDIR/vigie.jsa' --java-options -Xshare:auto)
sqlite_native="org/sqlite/native/Linux/$(uname -m)/libsqlitejdbc.so"
sqlite_jar=$(ls "$INPUT"/lib/sqlite-jdbc-*.jar | head -1)
if unzip -l "$sqlite_jar" "$sqlite_native" >/dev/null 2>&1; then
    mkdir -p "$INPUT/native"
    unzip -o -j -q "$sqlite_jar" "$sqlite_native" -d "$INPUT/native"
    JAVA_OPTIONS+=(--java-options '-Dorg.sqlite.lib.path=$APPDIR/native' \
        --java-options -Dorg.sqlite.lib.name=libsqlitejdbc.so)
fi

rm -rf "$OUT/vigie"
jpackage --type app-image --dest "$OUT" --name vigie --app-version "$APP_VERSION" \
    --description "$DESCRIPTION" --vendor Vigie \
    --input "$INPUT" --main-jar vigie.jar --main-class dev.vigie.Main --runtime-image "$RUNTIME" \
    "${JAVA_OPTIONS[@]}" --icon "$ROOT/icons/vigie-256.png"
bash "$ROOT/installer/linux/cds.sh" train "$OUT/vigie"
echo "app image: $OUT/vigie ($(du -sh "$OUT/vigie" | cut -f1)), launcher $OUT/vigie/bin/vigie"

# The archive records where the jars are: the image's is made after the .deb is packed, which carries the class
# list only (its postinst makes the archive for /opt/vigie from it).
if [ "${VIGIE_SKIP_DEB:-}" = "true" ]; then
    :
elif ! command -v fakeroot >/dev/null || ! command -v dpkg-deb >/dev/null; then
    echo "no .deb: jpackage needs fakeroot and dpkg-deb (apt-get install fakeroot dpkg-dev)" >&2
else
    rm -f "$OUT"/vigie_*.deb
    jpackage --type deb --dest "$OUT" --name vigie --app-version "$APP_VERSION" \
        --description "$DESCRIPTION" --vendor Vigie ${LICENSE_ARGS[@]+"${LICENSE_ARGS[@]}"} \
        --app-image "$OUT/vigie" --resource-dir "$ROOT/installer/linux" \
        --linux-package-name vigie --linux-deb-maintainer "vigie@localhost" \
        --linux-menu-group Utility --linux-app-category utils --linux-shortcut \
        --linux-package-deps "libgtk-3-0, libgl1" \
        --icon "$ROOT/icons/vigie-256.png"
    echo "package: $(ls "$OUT"/vigie_*.deb)"
fi
bash "$ROOT/installer/linux/cds.sh" dump "$OUT/vigie"
