#!/bin/sh
# Adds FlevoDesk to the desktop's application menu for this user (no root needed).
# Run it from the unpacked FlevoDesk folder; run it again after moving the folder.
# Remove the entry with: ./install-menu-entry.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/flevodesk.desktop" "$icons/flevodesk.png"
    echo "Menu-item verwijderd. Uw gegevens zijn niet aangeraakt."
    exit 0
fi

mkdir -p "$apps" "$icons"
cp "$here/flevodesk.png" "$icons/flevodesk.png"
# Exec needs an absolute path: the menu does not start programs from this folder.
sed "s|^Exec=.*|Exec=\"$here/FlevoDesk\"|" "$here/flevodesk.desktop" > "$apps/flevodesk.desktop"
chmod 644 "$apps/flevodesk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "FlevoDesk staat nu in het menu (Kantoor). Programma: $here/FlevoDesk"
