#include "SandboxThread.h"

#include "SandboxServer.h"

#include <QMetaObject>

namespace Sandbox {

SandboxThread::SandboxThread(const SandboxOptions &options)
    : m_options(options)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxThread::~SandboxThread()
{
    stop();
}

quint16 SandboxThread::start()
{
    if (m_server)
        return m_port;
    // Built (and seeded) here, then moved: listening happens on the server's own thread.
    m_server = new SandboxServer(m_options);
    m_server->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_server, [this] { m_port = m_server->start(); }, Qt::BlockingQueuedConnection);
    return m_port;
}

void SandboxThread::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_server) {
        SandboxServer *server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

QString SandboxThread::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void SandboxThread::runOnServer(const std::function<void(SandboxServer &)> &fn)
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(m_server, [this, &fn] { fn(*m_server); }, Qt::BlockingQueuedConnection);
}

} // namespace Sandbox
