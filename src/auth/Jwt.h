#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Auth {

// The claims of a JSON Web Token, read without verifying its signature: the
// console cannot verify a Management API token (the tenant holds the key) and
// only wants to know when it expires and which scopes it grants.
class Jwt final
{
public:
    // Parses "header.payload.signature"; a token that is not a JWT gives isValid() == false.
    static Jwt parse(const QByteArray &token);

    bool isValid() const { return m_problem.isEmpty(); }
    // Why the token could not be read (technical, for logs and messages).
    QString problem() const { return m_problem; }

    QJsonObject header() const { return m_header; }
    QJsonObject claims() const { return m_claims; }

    // Seconds since the epoch; 0 when the claim is missing.
    qint64 expiresAt() const;
    qint64 issuedAt() const;
    QStringList scopes() const;
    QStringList audiences() const;
    QString issuer() const;
    QString subject() const;
    bool hasExpiry() const { return expiresAt() > 0; }
    bool isExpiredAt(qint64 nowSecs) const { return hasExpiry() && expiresAt() <= nowSecs; }

private:
    QJsonObject m_header;
    QJsonObject m_claims;
    QString m_problem = QStringLiteral("empty token");
};

} // namespace Auth
