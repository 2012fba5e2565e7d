#pragma once

#include <QCoreApplication>
#include <QString>

namespace Auth {

// Why no token could be had. The API client turns it into an ApiError of kind
// auth; the UI shows userMessage().
struct AuthFailure
{
    Q_DECLARE_TR_FUNCTIONS(AuthFailure)

public:
    enum class Reason {
        None,
        MissingSecret,      // no client secret in the keychain or the session
        BadCredentials,     // 401 from /oauth/token
        NotAuthorized,      // 403: no client grant for this API, wrong audience
        PastedExpired,      // a pasted token whose exp has passed
        PastedMalformed,    // a pasted text that is not a JWT
        PastedRejected,     // the tenant answered 401 to a pasted token
        RateLimited,        // /oauth/token kept answering 429
        Network,            // could not reach the token endpoint
        Timeout,
        Tls,
        Server,             // 5xx or an answer that is not a token
    };

    Reason reason = Reason::None;
    int status = 0;
    QString code;           // OAuth "error", e.g. access_denied
    QString detail;         // OAuth "error_description" or a technical cause
    qint64 expiredAtSecs = 0;

    bool isFailure() const { return reason != Reason::None; }
    QString userMessage() const;
};

} // namespace Auth
