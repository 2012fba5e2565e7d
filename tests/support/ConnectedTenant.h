#pragma once

#include "SandboxFixture.h"
#include "TenantSession.h"
#include "Translations.h"

#include <memory>

// What model and GUI tests stand on: a sandbox tenant on its own thread and a
// TenantSession connected to it over loopback as the app's is (the secret in
// memory only), with English installed as the app speaks it — plural forms
// from orgconsole_en, so tests read "3 days" where people do, not the
// source's "3 day(s)".
class ConnectedTenant final
{
public:
    explicit ConnectedTenant(const Sandbox::SandboxOptions &options);
    ~ConnectedTenant();
    Q_DISABLE_COPY_MOVE(ConnectedTenant)

    // Starts the sandbox and connects the session; false (with a warning
    // saying which) when either fails within ten seconds.
    bool start();

    TenantSession *session() const { return m_session.get(); }
    SandboxFixture &sandbox() { return m_sandbox; }

private:
    Sandbox::SandboxOptions m_options;
    SandboxFixture m_sandbox;
    std::unique_ptr<TenantSession> m_session;
    Translations m_english;
};
