#!/usr/bin/env bash
# Builds OrgConsole-<version>-x86_64.AppImage with linuxdeploy and
# linuxdeploy-plugin-qt. Made for CI (.github/workflows/build.yml, job
# "appimage"): it downloads both tools from their GitHub releases, which
# only a machine with access to GitHub can do.
#
# Usage: packaging/linux/appimage.sh [BUILD_DIR]     (default: build-appimage)
# Expects Qt 6 (e.g. from jurplel/install-qt-action, which sets QT_ROOT_DIR)
# and QtKeychain findable through CMAKE_PREFIX_PATH. Environment:
#   QMAKE                 Qt's qmake for linuxdeploy-plugin-qt (default: $QT_ROOT_DIR/bin/qmake, else qmake6)
#   LINUXDEPLOY_RELEASE   release tag of both tools (default: continuous)
#   ORGCONSOLE_TOOLS_DIR  where the tools are kept (default: BUILD_DIR/tools)
#
# The AppImage carries Qt, its plugins and QtKeychain. libsecret is not
# bundled: QtKeychain loads it at run time from the host, which also provides
# the Secret Service it talks to.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-appimage}
mkdir -p "$build"
build=$(cd "$build" && pwd)
appdir="$build/AppDir"
tools=${ORGCONSOLE_TOOLS_DIR:-$build/tools}
release=${LINUXDEPLOY_RELEASE:-continuous}
app_id=io.github.orgconsole.OrgConsole

if [ -z "${QMAKE:-}" ]; then
    if [ -n "${QT_ROOT_DIR:-}" ]; then QMAKE=$QT_ROOT_DIR/bin/qmake; else QMAKE=$(command -v qmake6 || command -v qmake); fi
fi
export QMAKE

# 1. Build and install into the AppDir with prefix /usr.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DORGCONSOLE_BUILD_TESTS=OFF -DORGCONSOLE_BUILD_BENCHMARKS=OFF
cmake --build "$build" --parallel "$(nproc)"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build" --strip

# 2. The tools (AppImages themselves; extracted on the fly where FUSE is missing).
mkdir -p "$tools"
for tool in linuxdeploy/linuxdeploy/linuxdeploy-x86_64.AppImage \
    linuxdeploy/linuxdeploy-plugin-qt/linuxdeploy-plugin-qt-x86_64.AppImage; do
    repo=${tool%/*}
    file=${tool##*/}
    if [ ! -x "$tools/$file" ]; then
        curl -fsSL -o "$tools/$file" "https://github.com/$repo/releases/download/$release/$file"
        chmod +x "$tools/$file"
    fi
done
export APPIMAGE_EXTRACT_AND_RUN=1
export PATH="$tools:$PATH"

# 3. Deploy Qt and every other library both executables need, then pack.
# QtKeychain and Qt's libraries are found through the same paths the build used.
qt_libs=$("$QMAKE" -query QT_INSTALL_LIBS)
keychain_lib=$(sed -n 's/^Qt6Keychain_DIR:PATH=\(.*\)\/cmake\/Qt6Keychain$/\1/p' "$build/CMakeCache.txt")
export LD_LIBRARY_PATH="$qt_libs${keychain_lib:+:$keychain_lib}${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
# The offscreen platform lets `--version` and smoke tests run without a display.
export EXTRA_PLATFORM_PLUGINS="libqoffscreen.so"
export EXTRA_QT_MODULES="svg"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
export LINUXDEPLOY_OUTPUT_VERSION="$version"
(
    cd "$build"
    linuxdeploy-x86_64.AppImage --appdir "$appdir" \
        --executable "$appdir/usr/bin/orgconsole" \
        --executable "$appdir/usr/bin/orgconsole-sandbox" \
        --desktop-file "$appdir/usr/share/applications/$app_id.desktop" \
        --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
        --icon-file "$appdir/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
        --plugin qt \
        --output appimage
)
image=$(ls "$build"/OrgConsole-*.AppImage)
echo "built $image ($(du -h "$image" | cut -f1))"
