#pragma once

#include "auth/AuthFailure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Api {

// Why a Management API call failed: the kind, Auth0's status, errorCode and
// message, whether the outcome is unknown, and a translated sentence for people.
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind { None, Network, Timeout, Tls, Http, Parse, Auth, Scope, RateLimit };

    Kind kind = Kind::None;
    int status = 0;
    QString errorCode;          // Auth0's errorCode (optional in its bodies) or the OAuth error
    QString message;            // Auth0's message, or the technical cause
    // The request may have been carried out (a create whose answer was lost).
    bool outcomeUnknown = false;
    QStringList missingScopes;  // for Kind::Scope, from "expected any of: ..."
    Auth::AuthFailure authFailure;  // for Kind::Auth when no token could be had

    // Where it happened, for logs and a details box.
    QByteArray method;
    QString path;
    QString requestId;
    int attempts = 0;

    bool isError() const { return kind != Kind::None; }
    // A translated sentence; never holds a token or a secret.
    QString userMessage() const;
    // One line for the log: kind, method, path, status, code, request id.
    QString logText() const;

    // From an HTTP error answer ({statusCode, error, message, errorCode} or anything else).
    static ApiError fromHttp(int status, const QByteArray &body);
    static ApiError fromAuth(const Auth::AuthFailure &failure);
    static ApiError make(Kind kind, const QString &message);
    static ApiError parse(const QString &problem);
    static QString kindName(Kind kind);
};

} // namespace Api
