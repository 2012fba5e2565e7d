#pragma once

#include "SandboxOptions.h"

#include <QThread>

namespace Sandbox {

class SandboxServer;

// Runs a SandboxServer on its own thread, so an app or a test in the same
// process talks to it over real loopback HTTP without sharing an event loop.
class SandboxThread final
{
public:
    explicit SandboxThread(const SandboxOptions &options);
    ~SandboxThread();
    Q_DISABLE_COPY_MOVE(SandboxThread)

    // Starts the thread and waits until the server listens. Returns the port, 0 on failure.
    quint16 start();
    void stop();
    QString baseUrl() const;
    quint16 port() const { return m_port; }

    // Runs fn on the server's thread and waits for it; for tests that change tenant data.
    void runOnServer(const std::function<void(SandboxServer &)> &fn);

private:
    SandboxOptions m_options;
    QThread m_thread;
    SandboxServer *m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace Sandbox
