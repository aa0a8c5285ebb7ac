#!/usr/bin/env bash
# Builds Vigie for Linux with jpackage (JDK 17+), on Linux:
#   target/installer/vigie/           the app image; its launcher is target/installer/vigie/bin/vigie
#   target/installer/vigie_V_ARCH.deb the Debian package (installs to /opt/vigie, a menu entry and the icon)
# Run by `mvn -B -Pinstaller -DskipTests package`, or by hand after `mvn -B -DskipTests package`.
# The .deb needs fakeroot and dpkg-deb (Debian packages fakeroot, dpkg-dev); without them only the image is built.
# installer/linux/vigie.desktop is the menu entry (jpackage fills in its APPLICATION_* words); postinst and prerm
# replace jpackage's, which fail where there is no menu system.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/installer/common.sh"
setup

rm -rf "$OUT/vigie"
jpackage --type app-image --dest "$OUT" --name vigie --app-version "$APP_VERSION" \
    --description "$DESCRIPTION" --vendor Vigie \
    --input "$INPUT" --main-jar vigie.jar --main-class dev.vigie.Main --runtime-image "$RUNTIME" \
    --icon "$ROOT/icons/vigie-256.png"
echo "app image: $OUT/vigie ($(du -sh "$OUT/vigie" | cut -f1)), launcher $OUT/vigie/bin/vigie"

if [ "${VIGIE_SKIP_DEB:-}" = "true" ]; then
    exit 0
fi
if ! command -v fakeroot >/dev/null || ! command -v dpkg-deb >/dev/null; then
    echo "no .deb: jpackage needs fakeroot and dpkg-deb (apt-get install fakeroot dpkg-dev)" >&2
    exit 0
fi
rm -f "$OUT"/vigie_*.deb
jpackage --type deb --dest "$OUT" --name vigie --app-version "$APP_VERSION" \
    --description "$DESCRIPTION" --vendor Vigie ${LICENSE_ARGS[@]+"${LICENSE_ARGS[@]}"} \
    --app-image "$OUT/vigie" --resource-dir "$ROOT/installer/linux" \
    --linux-package-name vigie --linux-deb-maintainer "vigie@localhost" \
    --linux-menu-group Utility --linux-app-category utils --linux-shortcut \
    --linux-package-deps "libgtk-3-0, libgl1" \
    --icon "$ROOT/icons/vigie-256.png"
echo "package: $(ls "$OUT"/vigie_*.deb)"
