#pragma once

#include <QNetworkAccessManager>
#include <QUrl>

namespace Api {

// The application's only QNetworkAccessManager. It stamps User-Agent on every
// request, and Accept, a request id and the bearer token on requests to the
// tenant's own origin (scheme, host and port) under /api/v2 — nothing else
// ever carries the token: an avatar on another host, a redirect target, or a
// request a caller pre-loaded with an Authorization header of its own.
// HTTPS is required except on loopback; certificate errors are never ignored;
// every request gets a transfer timeout.
class AccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessManager)

public:
    static constexpr int kDefaultTimeoutMs = 30000;

    explicit AccessManager(QObject *parent = nullptr);
    ~AccessManager() override;

    // Returns false (and sends the token nowhere) for plain http to a non-loopback host.
    bool setTenant(const QUrl &baseUrl);
    QUrl tenant() const { return m_tenant; }
    void setAccessToken(const QByteArray &token) { m_token = token; }
    bool hasAccessToken() const { return !m_token.isEmpty(); }
    void setDefaultTimeout(int ms) { m_timeoutMs = ms; }
    int defaultTimeout() const { return m_timeoutMs; }

    // Same scheme, host and port as the tenant.
    bool isTenantOrigin(const QUrl &url) const;
    // A tenant-origin URL under /api/v2 over an allowed scheme: gets the token.
    bool carriesToken(const QUrl &url) const;

    static QByteArray userAgent();
    static QByteArray requestIdHeader() { return QByteArrayLiteral("X-Request-Id"); }
    static bool isLoopbackHost(const QString &host);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QUrl m_tenant;
    QByteArray m_token;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace Api
