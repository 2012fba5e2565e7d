#!/usr/bin/env bash
# Notarises and staples a signed DMG. Needs: ORGCONSOLE_NOTARY_PROFILE, a
# keychain profile created once with `xcrun notarytool store-credentials`.
# Credentials stay in the keychain; nothing secret is passed on the command line.
set -euo pipefail
dmg=${1:?usage: sign-and-notarize.sh OrgConsole-X.Y.Z-Darwin.dmg}
: "${ORGCONSOLE_NOTARY_PROFILE:?set ORGCONSOLE_NOTARY_PROFILE to a notarytool keychain profile}"
xcrun notarytool submit "$dmg" --keychain-profile "$ORGCONSOLE_NOTARY_PROFILE" --wait
xcrun stapler staple "$dmg"
spctl --assess --type open --context context:primary-signature --verbose "$dmg"
