#include "Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Auth {

namespace {
bool decodeObject(const QByteArray &part, QJsonObject *out)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

qint64 numericDate(const QJsonValue &value)
{
    // NumericDate may be written as an integer or a float.
    return value.isDouble() ? qint64(value.toDouble()) : 0;
}
} // namespace

Jwt Jwt::parse(const QByteArray &token)
{
    Jwt jwt;
    const QByteArray trimmed = token.trimmed();
    if (trimmed.isEmpty())
        return jwt;
    const QList<QByteArray> parts = trimmed.split('.');
    if (parts.size() != 3) {
        jwt.m_problem = QStringLiteral("a JWT has three dot-separated parts, this has %1").arg(parts.size());
        return jwt;
    }
    if (!decodeObject(parts.at(0), &jwt.m_header)) {
        jwt.m_problem = QStringLiteral("the header is not base64url-encoded JSON");
        return jwt;
    }
    if (!decodeObject(parts.at(1), &jwt.m_claims)) {
        jwt.m_problem = QStringLiteral("the payload is not base64url-encoded JSON");
        return jwt;
    }
    const QJsonValue exp = jwt.m_claims.value(QStringLiteral("exp"));
    if (!exp.isUndefined() && !exp.isDouble()) {
        jwt.m_problem = QStringLiteral("the exp claim is not a number");
        return jwt;
    }
    const QJsonValue scope = jwt.m_claims.value(QStringLiteral("scope"));
    if (!scope.isUndefined() && !scope.isString() && !scope.isArray()) {
        jwt.m_problem = QStringLiteral("the scope claim is neither a string nor a list");
        return jwt;
    }
    jwt.m_problem.clear();
    return jwt;
}

qint64 Jwt::expiresAt() const
{
    return numericDate(m_claims.value(QStringLiteral("exp")));
}

qint64 Jwt::issuedAt() const
{
    return numericDate(m_claims.value(QStringLiteral("iat")));
}

QStringList Jwt::scopes() const
{
    const QJsonValue scope = m_claims.value(QStringLiteral("scope"));
    if (scope.isString())
        return scope.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Some issuers write scopes as a list ("scp" style); accept that too.
    QStringList list;
    const QJsonArray array = scope.toArray();
    for (const QJsonValue &value : array) {
        if (value.isString())
            list.append(value.toString());
    }
    return list;
}

QStringList Jwt::audiences() const
{
    const QJsonValue aud = m_claims.value(QStringLiteral("aud"));
    if (aud.isString())
        return {aud.toString()};
    QStringList list;
    const QJsonArray array = aud.toArray();
    for (const QJsonValue &value : array) {
        if (value.isString())
            list.append(value.toString());
    }
    return list;
}

QString Jwt::issuer() const
{
    return m_claims.value(QStringLiteral("iss")).toString();
}

QString Jwt::subject() const
{
    return m_claims.value(QStringLiteral("sub")).toString();
}

} // namespace Auth
