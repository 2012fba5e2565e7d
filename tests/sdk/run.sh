#!/usr/bin/env bash
# ctest entry: installs the pinned SDK (npm ci, once) into the build tree and
# runs the compatibility check. Exit 77 (skipped) when Node.js is missing.
set -euo pipefail
work=${1:?work dir}
sandbox=${2:?sandbox executable}
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "SKIP: Node.js and npm are needed for the SDK compatibility check (apt-get install nodejs npm)."
    exit 77
fi
cd "$work"
if [ ! -d node_modules/auth0 ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
fi
exec node sdk-compat.mjs "$sandbox"
