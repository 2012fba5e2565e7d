#include "AuthFailure.h"

#include <QDateTime>
#include <QLocale>

namespace Auth {

QString AuthFailure::userMessage() const
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::MissingSecret:
        return tr("Enter the client secret for this tenant profile to sign in.");
    case Reason::BadCredentials:
        return tr("The tenant rejected the client ID or client secret. Check both in the profile.");
    case Reason::NotAuthorized:
        return tr("The application is not authorized for the Management API of this tenant (%1). "
                  "Check its grant and the profile's audience.")
            .arg(detail);
    case Reason::PastedExpired: {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(expiredAtSecs);
        return tr("The pasted token expired on %1. Copy a new token from the Auth0 Dashboard "
                  "(APIs > Auth0 Management API > API Explorer) and paste it again.")
            .arg(QLocale().toString(when, QLocale::ShortFormat));
    }
    case Reason::PastedMalformed:
        return tr("The pasted text is not a Management API token (%1).").arg(detail);
    case Reason::PastedRejected:
        return tr("The tenant no longer accepts the pasted token. Paste a new one.");
    case Reason::RateLimited:
        return tr("The tenant is limiting token requests. Try again in a minute.");
    case Reason::Network:
        return tr("Could not reach the tenant to sign in (%1).").arg(detail);
    case Reason::Timeout:
        return tr("Signing in to the tenant took too long. Check the network and try again.");
    case Reason::Tls:
        return tr("The tenant's certificate could not be verified, so OrgConsole did not send the credentials (%1).")
            .arg(detail);
    case Reason::Server:
        return tr("The tenant could not issue a token (%1). Try again later.").arg(detail);
    }
    return {};
}

} // namespace Auth
