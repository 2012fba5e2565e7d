#!/usr/bin/env bash
# Signs, notarises and staples the DMG that CPack made from an already signed
# OrgConsole.app (configure with -DORGCONSOLE_CODESIGN_IDENTITY=... first).
#   packaging/macos/sign-and-notarize.sh build/OrgConsole-X.Y.Z-Darwin.dmg
# Needs: ORGCONSOLE_CODESIGN_IDENTITY (the same "Developer ID Application: ..."),
# ORGCONSOLE_NOTARY_PROFILE, a keychain profile created once with
# `xcrun notarytool store-credentials`. Credentials stay in the keychain;
# nothing secret is passed on the command line.
set -euo pipefail
dmg=${1:?usage: sign-and-notarize.sh OrgConsole-X.Y.Z-Darwin.dmg}
: "${ORGCONSOLE_CODESIGN_IDENTITY:?set ORGCONSOLE_CODESIGN_IDENTITY to the Developer ID Application identity}"
: "${ORGCONSOLE_NOTARY_PROFILE:?set ORGCONSOLE_NOTARY_PROFILE to a notarytool keychain profile}"
codesign --force --timestamp --sign "$ORGCONSOLE_CODESIGN_IDENTITY" "$dmg"
xcrun notarytool submit "$dmg" --keychain-profile "$ORGCONSOLE_NOTARY_PROFILE" --wait
xcrun stapler staple "$dmg"
spctl --assess --type open --context context:primary-signature --verbose "$dmg"
