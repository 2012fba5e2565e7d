#pragma once

#include <QString>

namespace Auth {

// Which keychain QtKeychain stores secrets in on this machine, for --version
// and the About dialog (what a bug report needs to know). QtKeychain has no
// API for it, so this follows its own choice: on Linux it prefers KWallet on
// KDE and the Secret Service through libsecret elsewhere, loading libsecret
// at run time.
class KeychainInfo final
{
public:
    KeychainInfo() = delete;

    // A product name such as "Secret Service (libsecret)"; not translated.
    static QString backendName();
};

} // namespace Auth
