#include "TokenSigner.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace Sandbox {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodePart(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}
} // namespace

TokenSigner::TokenSigner(QByteArray key)
    : m_key(std::move(key))
{
}

QByteArray TokenSigner::sign(const QJsonObject &claims) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), QStringLiteral("sandbox")}};
    const QByteArray signingInput = encodePart(header) + '.' + encodePart(claims);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256).toBase64(kBase64Url);
    return signingInput + '.' + signature;
}

TokenSigner::Verdict TokenSigner::verify(const QByteArray &token, qint64 nowSecs, QJsonObject *claims) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return Verdict::Malformed;
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding
                                                                         | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Verdict::Malformed;
    QJsonParseError parseError{};
    const QJsonDocument payload = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !payload.isObject())
        return Verdict::Malformed;

    const QByteArray expected = QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), m_key,
                                                                 QCryptographicHash::Sha256)
                                    .toBase64(kBase64Url);
    if (expected != parts.at(2))
        return Verdict::BadSignature;

    const QJsonObject object = payload.object();
    if (claims)
        *claims = object;
    if (object.value(QStringLiteral("exp")).toInteger() <= nowSecs)
        return Verdict::Expired;
    return Verdict::Valid;
}

} // namespace Sandbox
