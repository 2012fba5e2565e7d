#pragma once

#include <QByteArray>
#include <QStringList>

namespace Auth {

// A Management API access token with what the console needs to know about it.
struct AccessToken
{
    enum class Source { None, ClientCredentials, Pasted };

    QByteArray value;
    qint64 expiresAtMs = 0;     // 0: unknown (an opaque token without exp)
    qint64 obtainedAtMs = 0;
    QStringList scopes;
    Source source = Source::None;

    bool isEmpty() const { return value.isEmpty(); }
    bool isExpiredAt(qint64 nowMs) const { return expiresAtMs > 0 && nowMs >= expiresAtMs; }
    // When to fetch a new one: a tenth of the lifetime early, at least 1 s and
    // at most 5 min, so a request never leaves with a token about to lapse.
    qint64 refreshAtMs() const;
    bool needsRefreshAt(qint64 nowMs) const { return isEmpty() || (expiresAtMs > 0 && nowMs >= refreshAtMs()); }

    // For the keychain cache only: the token, its expiry and scopes as JSON.
    QByteArray serialize() const;
    static AccessToken deserialize(const QByteArray &data);
};

} // namespace Auth
