#include "AccessToken.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Auth {

qint64 AccessToken::refreshAtMs() const
{
    if (expiresAtMs <= 0)
        return 0;
    const qint64 lifetime = obtainedAtMs > 0 ? expiresAtMs - obtainedAtMs : 0;
    const qint64 margin = std::clamp<qint64>(lifetime / 10, 1000, 5 * 60 * 1000);
    return expiresAtMs - margin;
}

QByteArray AccessToken::serialize() const
{
    const QJsonObject object{{QStringLiteral("access_token"), QString::fromLatin1(value)},
                             {QStringLiteral("expires_at_ms"), expiresAtMs},
                             {QStringLiteral("obtained_at_ms"), obtainedAtMs},
                             {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
                             {QStringLiteral("source"), source == Source::Pasted ? QStringLiteral("pasted")
                                                                                 : QStringLiteral("client_credentials")}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

AccessToken AccessToken::deserialize(const QByteArray &data)
{
    AccessToken token;
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    const QJsonValue value = object.value(QStringLiteral("access_token"));
    if (!value.isString() || value.toString().isEmpty())
        return token;
    token.value = value.toString().toLatin1();
    token.expiresAtMs = object.value(QStringLiteral("expires_at_ms")).toInteger();
    token.obtainedAtMs = object.value(QStringLiteral("obtained_at_ms")).toInteger();
    token.scopes = object.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    token.source = object.value(QStringLiteral("source")).toString() == QLatin1String("pasted")
                       ? Source::Pasted
                       : Source::ClientCredentials;
    return token;
}

} // namespace Auth
