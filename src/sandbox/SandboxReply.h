#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace Sandbox {

// A response a handler hands back to the HTTP layer. Errors use the
// Management API's body: {statusCode, error, message, errorCode?}.
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxReply json(int status, const QJsonValue &value);
    static SandboxReply empty(int status);
    static SandboxReply error(int status, const QString &message, const QString &errorCode = {});
    // The OAuth endpoints answer errors as {error, error_description}.
    static SandboxReply oauthError(int status, const QString &error, const QString &description);

    // Auth0's common 400s, worded as the service words them.
    static SandboxReply invalidBody(const QString &message);
    static SandboxReply payloadError(const QString &detail, const QString &property = {});
    static SandboxReply queryError(const QString &detail, const QString &property = {});
    static SandboxReply notFound(const QString &message, const QString &errorCode = {});

    static QByteArray reasonPhrase(int status);
};

} // namespace Sandbox
