#pragma once

#include "auth/TenantProfile.h"

#include <QByteArray>

#include <memory>

namespace Sandbox {
class SandboxThread;
}

// The embedded demo tenant behind "Try the demo tenant" and `orgconsole
// --demo`: the sandbox seeded with demo data on its own thread, reachable only
// on loopback, with a client secret made up for this run and never stored.
class DemoTenant final
{
public:
    DemoTenant();
    ~DemoTenant();
    Q_DISABLE_COPY_MOVE(DemoTenant)

    // Starts the sandbox; false when it could not listen.
    bool start();
    Auth::TenantProfile profile() const;
    QByteArray clientSecret() const { return m_secret; }

private:
    QByteArray m_secret;
    std::unique_ptr<Sandbox::SandboxThread> m_sandbox;
};
