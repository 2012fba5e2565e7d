#pragma once

#include "SandboxOptions.h"
#include "SandboxService.h"
#include "SandboxThread.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

// What a test got back from the sandbox, over HTTP or directly.
struct SandboxResponse
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    QByteArray header(const QByteArray &name) const;
    QJsonObject object() const { return json.object(); }
    QJsonArray array() const;
};

// Options for a test sandbox: no request log, the given seed.
Sandbox::SandboxOptions quietSandboxOptions(const QString &seed = QStringLiteral("empty"));

// A sandbox tenant on a background thread plus a synchronous HTTP client for
// tests: real requests over loopback, a token from /oauth/token.
class SandboxFixture final
{
public:
    explicit SandboxFixture(const Sandbox::SandboxOptions &options = quietSandboxOptions());

    bool start();
    QString baseUrl() const { return m_thread.baseUrl(); }
    Sandbox::SandboxThread &thread() { return m_thread; }

    // Fetches (once) a token with the client-credentials grant.
    QByteArray token();
    SandboxResponse call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                         const QByteArray &bearer = "default", int timeoutMs = 10000);
    SandboxResponse call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body);

private:
    Sandbox::SandboxThread m_thread;
    Sandbox::SandboxOptions m_options;
    QNetworkAccessManager m_nam;
    QByteArray m_token;
};

// Calls SandboxService directly, without sockets: for fast handler unit tests.
class ServiceHarness final
{
public:
    explicit ServiceHarness(const Sandbox::SandboxOptions &options = quietSandboxOptions());

    Sandbox::SandboxService &service() { return *m_service; }
    Sandbox::TenantStore &store() { return m_service->store(); }
    QByteArray tokenWith(const QStringList &scopes, qint64 lifetimeSecs = 3600) const;

    SandboxResponse call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                         const QByteArray &bearer = "default");
    SandboxResponse call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body);

private:
    std::unique_ptr<Sandbox::SandboxService> m_service;
    QByteArray m_token;
};
