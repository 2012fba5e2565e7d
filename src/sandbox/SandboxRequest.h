#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

namespace Sandbox {

// What a route handler sees of one HTTP request: decoded path parameters,
// the query, the body, and the claims of the bearer token that authorized it.
struct SandboxRequest
{
    QByteArray method;
    QString path;              // percent-encoded, as it arrived
    QStringList params;        // decoded values of the route's {placeholders}, in order
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QByteArray host;           // Host header, used for audience and issuer checks
    QStringList grantedScopes; // from the token; empty for unauthenticated routes

    bool hasScope(const QString &scope) const { return grantedScopes.contains(scope); }
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

} // namespace Sandbox
