#pragma once

#include "SandboxOptions.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace Sandbox {

class SandboxService;
struct Outcome;

// The sandbox tenant on a loopback socket. Reads requests with Qt HttpServer,
// lets SandboxService answer them, and carries out injected network faults
// (dropped, hung, truncated, delayed answers) on the socket itself.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only. Returns the port, or 0 when it could not listen.
    quint16 start();
    quint16 port() const { return m_port; }
    QString baseUrl() const;

    SandboxService &service() { return *m_service; }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif

private:
    Outcome answer(const QHttpServerRequest &request);
    void log(const QHttpServerRequest &request, const Outcome &outcome, const QElapsedTimer &timer) const;

    SandboxOptions m_options;
    std::unique_ptr<SandboxService> m_service;
    quint16 m_port = 0;
};

} // namespace Sandbox
