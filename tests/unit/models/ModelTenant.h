#pragma once

#include "SandboxFixture.h"
#include "TenantSession.h"
#include "Translations.h"
#include "auth/TenantProfile.h"

#include <QTest>
#include <QUrl>

#include <memory>

// What a model test stands on: a sandbox tenant over loopback and a
// TenantSession connected to it as the app's is (secret in memory only).
class ModelTenant final
{
public:
    explicit ModelTenant(const Sandbox::SandboxOptions &options)
        : m_options(options)
        , m_sandbox(options)
    {
    }
    ~ModelTenant() { m_session.reset(); }
    Q_DISABLE_COPY_MOVE(ModelTenant)

    bool start()
    {
        m_english.apply(QLocale(QLocale::English, QLocale::UnitedStates));
        if (!m_sandbox.start())
            return false;
        const QUrl base(m_sandbox.baseUrl());
        const Auth::TenantProfile profile = Auth::TenantProfile::create(
            QStringLiteral("Model test tenant"), QStringLiteral("%1:%2").arg(base.host()).arg(base.port()),
            m_options.clientId);
        m_session = std::make_unique<TenantSession>(profile, nullptr);
        m_session->connectWithSecret(m_options.clientSecret.toUtf8(), false);
        const bool settled
            = QTest::qWaitFor([this] { return m_session->state() != TenantSession::State::Connecting; }, 10000);
        Q_UNUSED(settled)
        return m_session->state() == TenantSession::State::Connected;
    }

    TenantSession *session() const { return m_session.get(); }
    SandboxFixture &sandbox() { return m_sandbox; }

private:
    Sandbox::SandboxOptions m_options;
    SandboxFixture m_sandbox;
    std::unique_ptr<TenantSession> m_session;
    // English as the app speaks it (plural forms from orgconsole_en), so
    // tests read "3 days" where people do, not the source's "3 day(s)".
    Translations m_english;
};
