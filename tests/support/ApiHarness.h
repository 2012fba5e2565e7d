#pragma once

#include "FakeSecretBackend.h"

#include "api/AccessManager.h"
#include "api/ApiClient.h"
#include "api/ApiResult.h"
#include "auth/TenantProfile.h"
#include "auth/TokenProvider.h"
#include "auth/TokenStore.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <optional>

// The API stack a pane would use, pointed at a sandbox tenant: profile,
// access manager, token provider (secret in an in-memory fake keychain)
// and scheduler.
class ApiHarness final
{
public:
    explicit ApiHarness(const QString &baseUrl, Auth::Clock *clock = nullptr,
                        const QString &clientId = QStringLiteral("sandbox"),
                        const QByteArray &secret = QByteArrayLiteral("sandbox-secret"));
    ~ApiHarness();
    Q_DISABLE_COPY_MOVE(ApiHarness)

    static Auth::TenantProfile profileFor(const QString &baseUrl, const QString &clientId);

    FakeSecretBackend *secrets = nullptr;   // owned by store
    std::unique_ptr<Auth::TokenStore> store;
    Api::AccessManager access;
    Auth::TenantProfile profile;
    std::unique_ptr<Auth::TokenProvider> tokens;
    std::unique_ptr<Api::ApiClient> client;
};

// Runs start(context, done) and the event loop until done is called (or the
// time is up: then the result is empty and failed() says so).
template <typename T, typename Start>
std::optional<Api::ApiResult<T>> awaitResult(Start start, int timeoutMs = 60000)
{
    std::optional<Api::ApiResult<T>> out;
    QEventLoop loop;
    QObject context;
    start(&context, [&out, &loop](const Api::ApiResult<T> &result) {
        out = result;
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}
