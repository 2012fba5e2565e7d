#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Auth {

// One tenant the console can connect to. Holds no secret: the client secret
// and cached tokens live in the keychain (TokenStore), keyed by id.
struct TenantProfile
{
    Q_DECLARE_TR_FUNCTIONS(TenantProfile)

public:
    QString id;             // stable key for settings and keychain entries
    QString displayName;
    QString domain;         // acme.eu.auth0.com, login.acme.com, or 127.0.0.1:PORT for the sandbox
    QString audience;       // empty: defaultAudience()
    QString clientId;

    static TenantProfile create(const QString &displayName, const QString &domain, const QString &clientId);
    // Accepts what people paste ("https://acme.auth0.com/") and keeps only host[:port], lower-cased.
    static QString normalizeDomain(const QString &input);

    // HTTPS everywhere except loopback, where the sandbox tenant speaks plain HTTP.
    bool isLoopback() const;
    QString scheme() const;
    QUrl baseUrl() const;
    QUrl tokenUrl() const;
    QUrl apiBaseUrl() const;     // .../api/v2
    QString defaultAudience() const;
    // A custom domain still uses the canonical tenant's audience, so it can be set.
    QString effectiveAudience() const;

    // Translated sentences; empty when the profile can be used.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }

    bool operator==(const TenantProfile &other) const;
};

} // namespace Auth
