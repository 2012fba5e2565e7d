#!/usr/bin/env bash
# End-to-end test of the Linux packages, as a user would get them:
#   1. builds the .deb and .rpm with CPack from BUILD_DIR and checks their
#      contents and metadata (dpkg-deb -c/-I, rpm -qpl/-qpR/--recommends);
#   2. installs the .deb with apt into a clean Debian 12 root
#      (debootstrap --variant=minbase bookworm), which pulls in only the
#      package's declared dependencies (no Recommends);
#   3. from the installed files alone: validates the desktop entry and the
#      AppStream metainfo, runs `orgconsole --version`, `orgconsole-sandbox
#      --help/--version`, starts the sandbox and asks it for a token, and
#      starts `orgconsole --demo` under QT_QPA_PLATFORM=offscreen: it must
#      log a successful token request and organizations request and still
#      be running a few seconds later.
#
# Usage: packaging/linux/test-package.sh [--if-enabled] [--packages-only] [BUILD_DIR]
#   BUILD_DIR        a configured tree (default: build); built if needed
#   --packages-only  step 1 only: build and check the packages (a minute; CI
#                    does this on every push, leaving them in BUILD_DIR/packages)
#   --if-enabled     exit 77 (skipped) unless ORGCONSOLE_PACKAGING_TESTS=1;
#                    this is how ctest runs it (test packaging_deb_in_clean_root)
#
# Environment:
#   ORGCONSOLE_PACKAGING_CACHE   cache kept between runs (default:
#       ${XDG_CACHE_HOME:-$HOME/.cache}/orgconsole/test-package):
#       bookworm-minbase/ (the pristine debootstrap tree, copied afresh for
#       every run), apt-archives/ and apt-lists/ (apt's downloads).
#       Delete it, or set ORGCONSOLE_PACKAGING_REFRESH=1, to start over.
#   ORGCONSOLE_DEBIAN_MIRROR     default http://deb.debian.org/debian
#   ORGCONSOLE_KEEP_ROOT=1       keep the installed root for inspection
#
# Needs root (debootstrap, chroot, mounts; re-runs itself with sudo when it
# can) and network access to the Debian mirror. Mounts are made in a private
# mount namespace, so nothing is left mounted even if the script is killed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
app_id=io.github.orgconsole.OrgConsole
suite=bookworm

# --- Inside the private mount namespace: set up the chroot and test in it. ---
if [ "${1:-}" = "__in_namespace" ]; then
    shift
    rootfs=$1 deb=$2 cache=$3 logdir=$4
    mount -t proc proc "$rootfs/proc"
    mount -t sysfs sys "$rootfs/sys"
    mount --rbind /dev "$rootfs/dev"
    mount --bind "$cache/apt-archives" "$rootfs/var/cache/apt/archives"
    mount --bind "$cache/apt-lists" "$rootfs/var/lib/apt/lists"
    cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
    cp "$deb" "$rootfs/tmp/orgconsole.deb"

    in_root() {
        chroot "$rootfs" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin \
            DEBIAN_FRONTEND=noninteractive "$@"
    }
    # As a user would run it: no display, a private runtime dir, verbose logs.
    as_user() {
        chroot "$rootfs" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/bin:/bin \
            QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime QT_LOGGING_RULES='orgconsole.*=true' "$@"
    }

    phase_start=$(date +%s)
    in_root apt-get update -qq
    in_root apt-get install -y -qq --no-install-recommends /tmp/orgconsole.deb >"$logdir/apt-install.log" 2>&1 || {
        tail -40 "$logdir/apt-install.log"
        echo "FAIL: apt could not install the package"
        exit 1
    }
    echo "ok: apt installed orgconsole and $(grep -c '^Setting up' "$logdir/apt-install.log") packages" \
        "in $(($(date +%s) - phase_start)) s"
    echo "TIMING install $(($(date +%s) - phase_start))"

    phase_start=$(date +%s)
    failures=0
    fail() {
        echo "FAIL: $*"
        failures=$((failures + 1))
    }

    # The files a desktop reads, validated where the package put them.
    desktop-file-validate "$rootfs/usr/share/applications/$app_id.desktop" && echo "ok: desktop-file-validate" ||
        fail "desktop entry"
    appstreamcli validate --no-net "$rootfs/usr/share/metainfo/$app_id.metainfo.xml" >"$logdir/appstream.log" 2>&1 &&
        echo "ok: appstreamcli validate --no-net" || { cat "$logdir/appstream.log"; fail "AppStream metainfo"; }
    for icon in scalable/apps/$app_id.svg 48x48/apps/$app_id.png 256x256/apps/$app_id.png; do
        [ -s "$rootfs/usr/share/icons/hicolor/$icon" ] || fail "icon $icon not installed"
    done

    mkdir -p "$rootfs/tmp/runtime"
    chmod 700 "$rootfs/tmp/runtime"
    version=$(as_user orgconsole --version 2>&1) || fail "orgconsole --version exited $?"
    echo "$version" | sed 's/^/    /'
    grep -q '^orgconsole [0-9]' <<<"$version" && grep -q '^Qt 6\.' <<<"$version" || fail "orgconsole --version output"

    help=$(as_user orgconsole-sandbox --help 2>&1) || fail "orgconsole-sandbox --help exited $?"
    for option in --port --seed --faults --version; do
        grep -q -- "$option" <<<"$help" || fail "orgconsole-sandbox --help does not mention $option"
    done
    sandbox_version=$(as_user orgconsole-sandbox --version 2>&1) || fail "orgconsole-sandbox --version exited $?"
    echo "$sandbox_version" | sed 's/^/    /'
    grep -q '^Keychain: not used$' <<<"$sandbox_version" || fail "orgconsole-sandbox --version output"
    [ "$failures" -eq 0 ] && echo "ok: --version and --help of both executables"

    # The sandbox as a server: first stdout line names its URL; the chroot
    # shares the host's loopback, so the host asks it for a token.
    as_user orgconsole-sandbox --port 0 --seed demo --quiet >"$logdir/sandbox.out" 2>"$logdir/sandbox.err" &
    sandbox_pid=$!
    url=
    for _ in $(seq 1 100); do
        url=$(sed -n 's/^listening on //p' "$logdir/sandbox.out")
        [ -n "$url" ] && break
        sleep 0.1
    done
    if [ -z "$url" ]; then
        cat "$logdir/sandbox.err"
        fail "orgconsole-sandbox did not report where it listens"
    elif command -v curl >/dev/null; then
        token=$(curl -sf -d grant_type=client_credentials -d client_id=sandbox -d client_secret=sandbox-secret \
            -d audience="$url/api/v2/" "$url/oauth/token") || true
        grep -q '"access_token"' <<<"$token" && echo "ok: installed sandbox at $url issued a token" ||
            fail "installed sandbox did not issue a token: $token"
    else
        echo "ok: installed sandbox listening on $url (curl missing: token not requested)"
    fi
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true

    # The console on the demo tenant: token, then the organization list.
    as_user orgconsole --demo >"$logdir/demo.log" 2>&1 &
    demo_pid=$!
    started=$(date +%s)
    token_ok='' orgs_ok=''
    while [ $(($(date +%s) - started)) -lt 60 ] && kill -0 "$demo_pid" 2>/dev/null; do
        grep -q 'POST /oauth/token 200' "$logdir/demo.log" && token_ok=1
        grep -Eq 'GET /api/v2/organizations -> 200' "$logdir/demo.log" && orgs_ok=1
        [ -n "$token_ok" ] && [ -n "$orgs_ok" ] && break
        sleep 0.2
    done
    # Still running a few seconds after its first requests: no crash, no early exit.
    sleep 3
    if kill -0 "$demo_pid" 2>/dev/null; then
        echo "ok: orgconsole --demo still running after $(($(date +%s) - started)) s"
        kill "$demo_pid"
        wait "$demo_pid" 2>/dev/null || true
    else
        wait "$demo_pid" && rc=0 || rc=$?
        fail "orgconsole --demo exited (status $rc) within $(($(date +%s) - started)) s"
    fi
    [ -n "$token_ok" ] && echo "ok: demo logged a successful token request" || fail "no 'POST /oauth/token 200' in the demo log"
    [ -n "$orgs_ok" ] && echo "ok: demo logged a successful organizations request" ||
        fail "no 'GET /api/v2/organizations -> 200' in the demo log"
    if [ "$failures" -ne 0 ]; then
        echo "--- demo log (last 40 lines)"
        tail -40 "$logdir/demo.log"
    fi
    echo "TIMING run $(($(date +%s) - phase_start))"
    exit $((failures == 0 ? 0 : 1))
fi

# --- Outside: arguments, root, tools, packages, clean root. ---
if_enabled='' packages_only='' build=''
for arg in "$@"; do
    case "$arg" in
        --if-enabled) if_enabled=1 ;;
        --packages-only) packages_only=1 ;;
        -*)
            echo "usage: $0 [--if-enabled] [--packages-only] [BUILD_DIR]" >&2
            exit 2
            ;;
        *) build=$arg ;;
    esac
done
if [ -n "$if_enabled" ] && [ "${ORGCONSOLE_PACKAGING_TESTS:-0}" != 1 ]; then
    echo "SKIP: set ORGCONSOLE_PACKAGING_TESTS=1 to build the packages and test them in a clean Debian root"
    exit 77
fi
build=$(cd "${build:-$source_dir/build}" && pwd)

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
        exec sudo --preserve-env=ORGCONSOLE_PACKAGING_CACHE,ORGCONSOLE_DEBIAN_MIRROR,ORGCONSOLE_KEEP_ROOT,ORGCONSOLE_PACKAGING_REFRESH,XDG_CACHE_HOME \
            bash "$0" ${packages_only:+--packages-only} "$build"
    fi
    echo "FAIL: test-package.sh needs root (apt, debootstrap, chroot, mount)"
    exit 1
fi

cache=${ORGCONSOLE_PACKAGING_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/orgconsole/test-package}
mirror=${ORGCONSOLE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$cache/apt-archives/partial" "$cache/apt-lists/partial"

declare -A timing
timed() { # timed NAME command...: runs the command, records its wall time
    local name=$1 start
    shift
    start=$(date +%s)
    "$@"
    timing[$name]=$(($(date +%s) - start))
}

install_tools() {
    local missing=() pkg
    for pkg in $(grep -vE '^\s*(#|$)' "$here/packaging-deps.txt"); do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

outdir="$build/packages"
build_packages() {
    cmake --build "$build" --parallel "$(nproc)"
    rm -rf "$outdir"
    (cd "$build" && cpack -G "DEB;RPM" -B "$outdir" >"$build/cpack.log" 2>&1) || {
        tail -40 "$build/cpack.log"
        echo "FAIL: cpack"
        exit 1
    }
}

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
inspect_packages() {
    deb=$(ls "$outdir"/orgconsole_*.deb)
    rpm=$(ls "$outdir"/orgconsole-*.rpm)
    local files info rpmfiles requires recommends
    files=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
    info=$(dpkg-deb -I "$deb")
    rpmfiles=$(rpm -qpl "$rpm" 2>/dev/null)
    requires=$(rpm -qpR "$rpm" 2>/dev/null)
    recommends=$(rpm -qp --recommends "$rpm" 2>/dev/null)
    for path in /usr/bin/orgconsole /usr/bin/orgconsole-sandbox \
        /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/$app_id.svg /usr/share/doc/orgconsole/copyright \
        $(for s in 16 24 32 48 64 128 256 512; do echo "/usr/share/icons/hicolor/${s}x${s}/apps/$app_id.png"; done); do
        grep -qx "$path" <<<"$files" || fail "the .deb does not hold $path"
        grep -qx "$path" <<<"$rpmfiles" || fail "the .rpm does not hold $path"
    done
    # Every executable the project installs is in the package, and nothing else is in bin/.
    [ "$(grep -c '^/usr/bin/.' <<<"$files")" -eq 2 ] || fail "unexpected files in /usr/bin: $(grep '^/usr/bin/.' <<<"$files")"
    for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6httpserver6 libqt6svg6 libqt6keychain1; do
        grep -q "^ Depends:.*\b$dep\b" <<<"$info" || fail ".deb Depends lacks $dep (dpkg-shlibdeps)"
    done
    for rec in libsecret-1-0 gnome-keyring; do
        grep -q "^ Recommends:.*\b$rec\b" <<<"$info" || fail ".deb Recommends lacks $rec"
    done
    grep -q '^ Homepage: https://' <<<"$info" || fail ".deb has no Homepage"
    grep -q '^ Description: Desktop console for Auth0 Organizations' <<<"$info" || fail ".deb description"
    for lib in 'libQt6Core.so.6' 'libQt6Widgets.so.6' 'libQt6HttpServer.so.6' 'libqt6keychain.so.1'; do
        grep -q "^$lib" <<<"$requires" || fail ".rpm requires lack $lib (autoreq)"
    done
    for rec in libsecret gnome-keyring; do
        grep -qx "$rec" <<<"$recommends" || fail ".rpm Recommends lacks $rec"
    done
    [ "$(rpm -qp --qf '%{LICENSE} %{URL}' "$rpm")" = "MIT https://github.com/orgconsole/orgconsole" ] ||
        fail ".rpm license/URL: $(rpm -qp --qf '%{LICENSE} %{URL}' "$rpm")"
    dpkg-deb -f "$deb" | sed 's/^/    /'
    echo "    .rpm requires: $(grep -v '^rpmlib' <<<"$requires" | tr '\n' ' ')"
    echo "    .rpm recommends: $(tr '\n' ' ' <<<"$recommends")"
    if [ "$failures" -ne 0 ]; then
        exit 1
    fi
    echo "ok: .deb and .rpm contents and metadata"
}

base="$cache/$suite-minbase"
make_base_root() {
    if [ "${ORGCONSOLE_PACKAGING_REFRESH:-0}" = 1 ]; then
        rm -rf "$base"
    fi
    if [ -f "$base/.complete" ]; then
        echo "ok: cached $suite root in $base"
        return 0
    fi
    rm -rf "$base" "$base.tmp"
    echo "debootstrap --variant=minbase $suite from $mirror (cached in $base)"
    debootstrap --variant=minbase "$suite" "$base.tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
        tail -30 "$cache/debootstrap.log"
        echo "FAIL: debootstrap"
        exit 1
    }
    # Security and point-release updates too, as on an installed Debian 12.
    cat >"$base.tmp/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb http://deb.debian.org/debian-security $suite-security main
EOF
    # Keep apt's downloads: the cache directories are bind-mounted over these.
    rm -f "$base.tmp/etc/apt/apt.conf.d/docker-clean"
    echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$base.tmp/etc/apt/apt.conf.d/99keep-downloads"
    touch "$base.tmp/.complete"
    mv "$base.tmp" "$base"
}

work=$(mktemp -d /var/tmp/orgconsole-test-package.XXXXXX)
cleanup() {
    if [ "${ORGCONSOLE_KEEP_ROOT:-0}" = 1 ]; then
        echo "kept the installed root in $work/root"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

total_start=$(date +%s)
timed tools install_tools
timed packages build_packages
inspect_packages
if [ -n "$packages_only" ]; then
    for f in "$deb" "$rpm"; do
        printf '    %-48s %8s bytes (%s)\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(du -h "$f" | cut -f1)"
    done
    echo "PASS: packages in $outdir (build+cpack ${timing[packages]} s)"
    exit 0
fi
timed base_root make_base_root
copy_start=$(date +%s)
cp -a "$base" "$work/root"
timing[copy_root]=$(($(date +%s) - copy_start))
mkdir -p "$work/logs"

chroot_rc=0
unshare --mount --propagation private -- bash "$0" __in_namespace "$work/root" "$deb" "$cache" "$work/logs" |
    tee "$work/logs/chroot.log" || chroot_rc=$?
timing[install]=$(sed -n 's/^TIMING install //p' "$work/logs/chroot.log")
timing[run]=$(sed -n 's/^TIMING run //p' "$work/logs/chroot.log")

echo
echo "Package sizes:"
for f in "$deb" "$rpm"; do
    printf '    %-48s %8s bytes (%s)\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(du -h "$f" | cut -f1)"
done
echo "    installed size (dpkg): $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "Timings (s): tools ${timing[tools]}, build+cpack ${timing[packages]}, debootstrap/cache ${timing[base_root]}," \
    "copy root ${timing[copy_root]}, apt install ${timing[install]:-?}, run checks ${timing[run]:-?}," \
    "total $(($(date +%s) - total_start))"
if [ "$chroot_rc" -ne 0 ]; then
    echo "FAIL: the installed package did not pass (logs: $work/logs, kept with ORGCONSOLE_KEEP_ROOT=1)"
    exit 1
fi
echo "PASS: orgconsole .deb installs into a clean $suite root and runs"
