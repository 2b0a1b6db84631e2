#!/bin/sh
# Pack dist/FlevoDesk.app (made by packaging/build.py on a Mac) into a compressed .dmg with
# the usual shortcut to /Applications beside it. Run from the repository root:
#     sh packaging/macos/make_dmg.sh 0.1.0
# The .app is signed ad hoc only (PyInstaller does that): a first start needs right-click >
# Open until the project has a Developer ID to sign and notarize with.
set -eu
version="$1"
app="dist/FlevoDesk.app"
dmg="dist/FlevoDesk-$version-macos-$(uname -m).dmg"
test -d "$app" || { echo "no $app: run packaging/build.py first" >&2; exit 1; }

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
# ditto keeps the bundle's symlinks, permissions and extended attributes intact.
ditto "$app" "$staging/FlevoDesk.app"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "FlevoDesk $version" -srcfolder "$staging" -fs HFS+ \
    -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
echo "$dmg"
