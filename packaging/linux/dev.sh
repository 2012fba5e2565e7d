#!/usr/bin/env bash
# One entry point for a fresh Debian 12 / Ubuntu machine:
#   packaging/linux/dev.sh demo   install, build, start OrgConsole on the demo tenant
#   packaging/linux/dev.sh test   install, build, run every test
#   packaging/linux/dev.sh build  install and build only
# Works as root and as a user with sudo; a second run skips what is done.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${ORGCONSOLE_BUILD_DIR:-$root/build}
action=${1:-demo}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

packages_from() {
    grep -vE '^\s*(#|$)' "$1"
}

install_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        # node/npm may come from elsewhere (nodesource, nvm): accept any working one.
        if [ "$pkg" = nodejs ] && command -v node >/dev/null; then continue; fi
        if [ "$pkg" = npm ] && command -v npm >/dev/null; then continue; fi
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}"
    fi
    cmake --build "$build" --parallel "$(nproc)"
}

run_tests() {
    # A private D-Bus session with an unlocked gnome-keyring, so keychain tests
    # use the real Secret Service without touching the user's own keyring.
    local scratch
    scratch=$(mktemp -d)
    mkdir -p "$scratch/runtime" "$scratch/data"
    chmod 700 "$scratch/runtime"
    local rc=0
    # shellcheck disable=SC2016
    XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" \
        dbus-run-session -- bash -c '
            echo -n orgconsole-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
            cd "$0" && ctest --output-on-failure --timeout 300 -j "$(nproc)" "${@}"
        ' "$build" "$@" || rc=$?
    rm -rf "$scratch"
    return $rc
}

case "$action" in
    build)
        install_packages $(packages_from "$here/build-deps.txt")
        configure_and_build
        ;;
    demo)
        install_packages $(packages_from "$here/build-deps.txt")
        configure_and_build
        shift || true
        exec "$build/app/gui/orgconsole" --demo "$@"
        ;;
    test)
        install_packages $(packages_from "$here/build-deps.txt") $(packages_from "$here/test-deps.txt")
        configure_and_build
        shift || true
        run_tests "$@"
        ;;
    *)
        echo "usage: $0 demo|test|build" >&2
        exit 2
        ;;
esac
