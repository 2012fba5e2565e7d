#include "ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Api {

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

ApiError ApiError::parse(const QString &problem)
{
    return make(Kind::Parse, problem);
}

ApiError ApiError::fromAuth(const Auth::AuthFailure &failure)
{
    ApiError error = make(Kind::Auth, failure.detail);
    error.status = failure.status;
    error.errorCode = failure.code;
    error.authFailure = failure;
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError error;
    error.kind = Kind::Http;
    error.status = status;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonValue message = json.value(QStringLiteral("message"));
    const QJsonValue code = json.value(QStringLiteral("errorCode"));
    error.message = message.isString() ? message.toString()
                                       : json.value(QStringLiteral("error_description")).toString();
    error.errorCode = code.isString() ? code.toString() : QString();
    if (error.errorCode.isEmpty() && json.value(QStringLiteral("error_description")).isString())
        error.errorCode = json.value(QStringLiteral("error")).toString();
    if (error.message.isEmpty())
        error.message = QStringLiteral("HTTP %1").arg(status);

    if (status == 401) {
        error.kind = Kind::Auth;
    } else if (status == 429) {
        error.kind = Kind::RateLimit;
    } else if (status == 403
               && (error.errorCode == QLatin1String("insufficient_scope")
                   || error.message.startsWith(QLatin1String("Insufficient scope")))) {
        error.kind = Kind::Scope;
        // "Insufficient scope, expected any of: read:grants" (comma or space separated).
        const int anyOf = error.message.indexOf(QLatin1String("any of:"));
        if (anyOf >= 0) {
            static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
            error.missingScopes = error.message.mid(anyOf + 7).split(separators, Qt::SkipEmptyParts);
        }
    }
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Parse: return QStringLiteral("parse");
    case Kind::Auth: return QStringLiteral("auth");
    case Kind::Scope: return QStringLiteral("scope");
    case Kind::RateLimit: return QStringLiteral("rate-limit");
    }
    return {};
}

QString ApiError::logText() const
{
    QString text = QStringLiteral("%1 error: %2 %3").arg(kindName(kind), QString::fromLatin1(method), path);
    if (status)
        text += QStringLiteral(" status %1").arg(status);
    if (!errorCode.isEmpty())
        text += QStringLiteral(" code %1").arg(errorCode);
    if (!message.isEmpty())
        text += QStringLiteral(" \"%1\"").arg(message);
    if (outcomeUnknown)
        text += QStringLiteral(" (outcome unknown)");
    if (!requestId.isEmpty())
        text += QStringLiteral(" id %1").arg(requestId);
    if (attempts > 1)
        text += QStringLiteral(" after %1 attempts").arg(attempts);
    return text;
}

QString ApiError::userMessage() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        text = tr("Could not reach the tenant (%1).").arg(message);
        break;
    case Kind::Timeout:
        text = tr("The tenant did not answer in time.");
        break;
    case Kind::Tls:
        text = tr("The tenant's certificate could not be verified, so nothing was sent (%1).").arg(message);
        break;
    case Kind::Parse:
        text = tr("The tenant's answer could not be read (%1).").arg(message);
        break;
    case Kind::Auth:
        if (authFailure.isFailure())
            text = authFailure.userMessage();
        else
            text = tr("The tenant did not accept the token (%1). Sign in again.").arg(message);
        break;
    case Kind::Scope:
        text = missingScopes.isEmpty()
                   ? tr("The token is not allowed to do this (%1).").arg(message)
                   : tr("The token lacks the %1 scope needed for this. Grant it to the application in the "
                        "Auth0 Dashboard, then sign in again.")
                         .arg(missingScopes.join(tr(" or ")));
        break;
    case Kind::RateLimit:
        text = tr("The tenant's rate limit was reached and did not clear in time. Try again in a minute.");
        break;
    case Kind::Http:
        if (status >= 500)
            text = tr("The tenant had a problem (HTTP %1). Try again later.").arg(status);
        else if (status == 404)
            text = tr("Not found: %1").arg(message);
        else
            text = tr("The tenant refused the request: %1").arg(message);
        break;
    }
    if (outcomeUnknown) {
        text += QLatin1Char(' ')
                + tr("It is not known whether the change was made: the answer was lost. "
                     "Check the current state before trying again.");
    }
    return text;
}

} // namespace Api
