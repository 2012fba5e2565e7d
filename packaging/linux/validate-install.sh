#!/usr/bin/env bash
# Installs a build tree into a scratch DESTDIR with prefix /usr — the layout
# the DEB and RPM packages carry — and checks what a desktop sees there:
#   - both executables, runnable (--version)
#   - the desktop entry passes desktop-file-validate
#   - the AppStream metainfo passes appstreamcli validate --no-net, and names
#     the desktop entry, screenshots, release notes and an OARS content rating
#   - the Icon= of the desktop entry exists in hicolor as scalable SVG and as
#     PNGs of the size their directory promises
#   - the license sits where Debian expects it
# Usage: packaging/linux/validate-install.sh [BUILD_DIR]   (default: build)
# Registered as the ctest packaging_install_metadata (label "packaging"); it
# exits 77 (skipped) when desktop-file-validate or appstreamcli is missing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
app_id=io.github.orgconsole.OrgConsole

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool not found (packages desktop-file-utils, appstream)"
        exit 77
    fi
done

destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}

DESTDIR="$destdir" cmake --install "$build" --prefix /usr --strip >/dev/null
usr="$destdir/usr"

for exe in orgconsole orgconsole-sandbox; do
    if [ -x "$usr/bin/$exe" ]; then
        version=$(QT_QPA_PLATFORM=offscreen "$usr/bin/$exe" --version)
        if grep -q "^$exe [0-9]" <<<"$version" && grep -q '^Qt 6\.' <<<"$version"; then
            pass "$exe --version: $(head -1 <<<"$version")"
        else
            fail "$exe --version printed: $version"
        fi
    else
        fail "/usr/bin/$exe is not installed"
    fi
done

desktop="$usr/share/applications/$app_id.desktop"
if [ -f "$desktop" ] && desktop-file-validate "$desktop"; then
    pass "desktop-file-validate $app_id.desktop"
else
    fail "desktop entry missing or invalid: $desktop"
fi

metainfo="$usr/share/metainfo/$app_id.metainfo.xml"
if [ -f "$metainfo" ] && appstreamcli validate --no-net "$metainfo"; then
    pass "appstreamcli validate --no-net $app_id.metainfo.xml"
else
    fail "AppStream metainfo missing or invalid: $metainfo"
fi
if [ -f "$metainfo" ]; then
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "metainfo does not launch $app_id.desktop"
    grep -q '<content_rating type="oars-1.1"' "$metainfo" || fail "metainfo has no oars-1.1 content rating"
    grep -q '<release version=' "$metainfo" || fail "metainfo has no release notes"
    # Screenshots are served from the repository: each must exist in docs/screenshots/.
    shots=$(grep -o 'docs/screenshots/[^<]*\.png' "$metainfo" || true)
    [ -n "$shots" ] || fail "metainfo has no screenshot from docs/screenshots"
    for shot in $shots; do
        [ -f "$root/$shot" ] && pass "screenshot $shot exists" || fail "metainfo screenshot $shot is not in the repository"
    done
fi

# PNG width and height are big-endian 32-bit numbers at bytes 16..23 (IHDR).
png_size() {
    local bytes
    read -r -a bytes < <(od -An -tu1 -j16 -N8 "$1")
    echo "$(((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]))x$(((bytes[4] << 24) | (bytes[5] << 16) | (bytes[6] << 8) | bytes[7]))"
}
icon=$(sed -n 's/^Icon=//p' "$desktop" 2>/dev/null | head -1)
[ "$icon" = "$app_id" ] || fail "desktop entry Icon=$icon, expected $app_id"
hicolor="$usr/share/icons/hicolor"
[ -s "$hicolor/scalable/apps/$app_id.svg" ] && pass "scalable icon" || fail "no scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256 512; do
    png="$hicolor/${size}x${size}/apps/$app_id.png"
    if [ -f "$png" ] && [ "$(png_size "$png")" = "${size}x${size}" ]; then
        pass "icon ${size}x${size}"
    else
        fail "icon $png missing or not ${size}x${size}"
    fi
done

[ -s "$usr/share/doc/orgconsole/copyright" ] && pass "license in /usr/share/doc/orgconsole/copyright" ||
    fail "no /usr/share/doc/orgconsole/copyright"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "install tree OK"
