#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Sandbox {

// Issues and checks the sandbox's access tokens: compact JWTs signed with
// HS256 under a key that never leaves the process.
class TokenSigner final
{
public:
    enum class Verdict { Valid, Malformed, BadSignature, Expired };

    explicit TokenSigner(QByteArray key);

    QByteArray sign(const QJsonObject &claims) const;
    Verdict verify(const QByteArray &token, qint64 nowSecs, QJsonObject *claims = nullptr) const;

private:
    QByteArray m_key;
};

} // namespace Sandbox
