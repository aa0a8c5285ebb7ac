#!/usr/bin/env bash
# Builds Vigie for macOS with jpackage (JDK 17+), on macOS (the JavaFX jars Maven fetches there carry macOS natives):
#   target/installer/Vigie.app            the app; Vigie.app/Contents/MacOS/Vigie is also the command line
#   target/installer/Vigie-VERSION.dmg    the disk image to drag Vigie into Applications
# Run by `mvn -B -Pinstaller -DskipTests package`, or by hand after `mvn -B -DskipTests package`.
# Unsigned: Gatekeeper asks the user to confirm the first launch (right-click, Open). To sign, add
# --mac-sign --mac-signing-key-user-name "Developer ID Application: ..." to the dmg step.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/installer/common.sh"
setup

# A macOS bundle version (CFBundleVersion) must start with a number of at least 1: before Vigie 1.0,
# say which version to give the bundle (MAC_APP_VERSION=1.0.0) rather than invent one here.
APP_VERSION=${MAC_APP_VERSION:-$APP_VERSION}
case "$APP_VERSION" in
    0*) echo "macOS needs an app version of 1 or more; the pom says $VERSION: set MAC_APP_VERSION" >&2; exit 2 ;;
esac

rm -rf "$OUT/Vigie.app"
jpackage --type app-image --dest "$OUT" --name Vigie --app-version "$APP_VERSION" \
    --description "$DESCRIPTION" --vendor Vigie \
    --input "$INPUT" --main-jar vigie.jar --main-class dev.vigie.Main --runtime-image "$RUNTIME" \
    --icon "$ROOT/icons/vigie.icns" --mac-package-identifier dev.vigie --mac-package-name Vigie

rm -f "$OUT"/Vigie-*.dmg
jpackage --type dmg --dest "$OUT" --name Vigie --app-version "$APP_VERSION" \
    --description "$DESCRIPTION" --vendor Vigie ${LICENSE_ARGS[@]+"${LICENSE_ARGS[@]}"} \
    --app-image "$OUT/Vigie.app" --icon "$ROOT/icons/vigie.icns" \
    --mac-package-identifier dev.vigie --mac-package-name Vigie
echo "disk image: $(ls "$OUT"/Vigie-*.dmg)"
