#!/usr/bin/env bash
# Regenerates Vigie's raster icons from the hand-drawn master vigie.svg:
#   icons/vigie-N.png (16 to 1024 px), icons/vigie.ico (16-256, Windows), icons/vigie.icns (macOS),
#   and the window's sizes under src/main/resources/dev/vigie/ui/icon/ (Stage.getIcons()).
# Tools from Debian's packages: rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
# Run it after changing the SVG and commit what it writes: the build itself does not need these tools.
set -euo pipefail
cd "$(dirname "$0")"
missing=()
command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
command -v icotool >/dev/null || missing+=(icoutils)
command -v png2icns >/dev/null || missing+=(icnsutils)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null
fi

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio vigie.svg --output "vigie-$size.png"
done

# Windows: classic BMP entries up to 48 px (old shells), PNG-compressed ones from 64 px (-r: raw PNG).
icotool --create --output vigie.ico vigie-16.png vigie-24.png vigie-32.png vigie-48.png \
    --raw=vigie-64.png --raw=vigie-128.png --raw=vigie-256.png

# macOS: the sizes an .icns holds (24 and 64 px have no slot there).
png2icns vigie.icns vigie-16.png vigie-32.png vigie-48.png vigie-128.png vigie-256.png vigie-512.png \
    vigie-1024.png >/dev/null

# The window and its dialogs: the sizes window managers and task bars ask for.
window=../src/main/resources/dev/vigie/ui/icon
mkdir -p "$window"
for size in 16 24 32 48 64 128 256; do
    cp "vigie-$size.png" "$window/vigie-$size.png"
done
echo "icons written from vigie.svg"
