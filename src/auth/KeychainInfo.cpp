#include "KeychainInfo.h"

#include <QLibrary>
#include <QtGlobal>

namespace Auth {

namespace {
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
bool onKde()
{
    // The same hints QtKeychain reads to pick KWallet over the Secret Service.
    return qgetenv("XDG_CURRENT_DESKTOP") == "KDE" || qgetenv("DESKTOP_SESSION").startsWith("kde")
        || !qEnvironmentVariableIsEmpty("KDE_FULL_SESSION");
}

bool loads(const char *name, int version)
{
    QLibrary library(QString::fromLatin1(name), version);
    return library.load();
}
#endif
} // namespace

QString KeychainInfo::backendName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#else
    if (onKde())
        return QStringLiteral("KWallet");
    if (loads("secret-1", 0))
        return QStringLiteral("Secret Service (libsecret)");
    if (loads("gnome-keyring", 0))
        return QStringLiteral("GNOME Keyring (libgnome-keyring)");
    return QStringLiteral("KWallet (libsecret not found)");
#endif
}

} // namespace Auth
