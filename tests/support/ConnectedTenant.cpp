#include "ConnectedTenant.h"

#include "TenantSession.h"
#include "auth/TenantProfile.h"

#include <QTest>
#include <QUrl>

ConnectedTenant::ConnectedTenant(const Sandbox::SandboxOptions &options)
    : m_options(options)
    , m_sandbox(options)
{
}

ConnectedTenant::~ConnectedTenant()
{
    // The session's requests must end before the tenant they talk to stops.
    m_session.reset();
}

bool ConnectedTenant::start()
{
    m_english.apply(QLocale(QLocale::English, QLocale::UnitedStates));
    if (!m_sandbox.start()) {
        qWarning("ConnectedTenant: the sandbox did not start");
        return false;
    }
    const QUrl base(m_sandbox.baseUrl());
    const Auth::TenantProfile profile = Auth::TenantProfile::create(
        QStringLiteral("Test tenant"), QStringLiteral("%1:%2").arg(base.host()).arg(base.port()), m_options.clientId);
    m_session = std::make_unique<TenantSession>(profile, nullptr);
    m_session->connectWithSecret(m_options.clientSecret.toUtf8(), false);
    const bool settled
        = QTest::qWaitFor([this] { return m_session->state() != TenantSession::State::Connecting; }, 10000);
    if (!settled || m_session->state() != TenantSession::State::Connected) {
        qWarning("ConnectedTenant: the session did not connect: %s", qPrintable(m_session->lastError()));
        return false;
    }
    return true;
}
