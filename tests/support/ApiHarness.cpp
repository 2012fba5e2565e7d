#include "ApiHarness.h"

#include <QUrl>

Auth::TenantProfile ApiHarness::profileFor(const QString &baseUrl, const QString &clientId)
{
    const QUrl url(baseUrl);
    Auth::TenantProfile profile =
        Auth::TenantProfile::create(QStringLiteral("Sandbox"), QStringLiteral("%1:%2").arg(url.host()).arg(url.port()),
                                    clientId);
    return profile;
}

ApiHarness::ApiHarness(const QString &baseUrl, Auth::Clock *clock, const QString &clientId, const QByteArray &secret)
{
    auto backend = std::make_unique<FakeSecretBackend>();
    secrets = backend.get();
    store = std::make_unique<Auth::TokenStore>(std::move(backend));
    profile = profileFor(baseUrl, clientId);
    access.setTenant(profile.baseUrl());
    tokens = std::make_unique<Auth::TokenProvider>(profile, &access, store.get(), clock);
    if (!secret.isEmpty())
        tokens->setClientSecret(secret, false);
    client = std::make_unique<Api::ApiClient>(&access, tokens.get(), clock);
}

ApiHarness::~ApiHarness()
{
    client.reset();
    tokens.reset();
}
