#include "SandboxReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sandbox {

SandboxReply SandboxReply::json(int status, const QJsonValue &value)
{
    SandboxReply reply;
    reply.status = status;
    if (value.isArray())
        reply.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        reply.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::empty(int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType.clear();
    return reply;
}

SandboxReply SandboxReply::error(int status, const QString &message, const QString &errorCode)
{
    QJsonObject body{
        {QStringLiteral("statusCode"), status},
        {QStringLiteral("error"), QString::fromLatin1(reasonPhrase(status))},
        {QStringLiteral("message"), message},
    };
    if (!errorCode.isEmpty())
        body.insert(QStringLiteral("errorCode"), errorCode);
    return json(status, body);
}

SandboxReply SandboxReply::oauthError(int status, const QString &error, const QString &description)
{
    return json(status, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

SandboxReply SandboxReply::invalidBody(const QString &message)
{
    return error(400, message, QStringLiteral("invalid_body"));
}

SandboxReply SandboxReply::payloadError(const QString &detail, const QString &property)
{
    QString message = QStringLiteral("Payload validation error: '") + detail + QLatin1Char('\'');
    if (!property.isEmpty())
        message += QStringLiteral(" on property ") + property;
    message += QLatin1Char('.');
    return error(400, message, QStringLiteral("invalid_body"));
}

SandboxReply SandboxReply::queryError(const QString &detail, const QString &property)
{
    QString message = QStringLiteral("Query validation error: '") + detail + QLatin1Char('\'');
    if (!property.isEmpty())
        message += QStringLiteral(" on property ") + property;
    message += QLatin1Char('.');
    return error(400, message, QStringLiteral("invalid_query_string"));
}

SandboxReply SandboxReply::notFound(const QString &message, const QString &errorCode)
{
    return error(404, message, errorCode);
}

QByteArray SandboxReply::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Unknown";
    }
}

} // namespace Sandbox
