#include "GuiTenant.h"

#include "OrganizationTab.h"
#include "TenantSession.h"
#include "auth/TenantProfile.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

GuiTenant::GuiTenant(const Sandbox::SandboxOptions &options)
    : m_options(options)
    , m_sandbox(options)
{
}

GuiTenant::~GuiTenant()
{
    // The session's requests must end before the tenant they talk to stops.
    m_session.reset();
}

Sandbox::SandboxOptions GuiTenant::demoOptions()
{
    return quietSandboxOptions(QStringLiteral("demo"));
}

bool GuiTenant::start()
{
    m_english.apply(QLocale(QLocale::English, QLocale::UnitedStates));
    if (!m_sandbox.start()) {
        qWarning("GuiTenant: the sandbox did not start");
        return false;
    }
    const QUrl base(m_sandbox.baseUrl());
    Auth::TenantProfile profile
        = Auth::TenantProfile::create(QStringLiteral("GUI test tenant"),
                                      QStringLiteral("%1:%2").arg(base.host()).arg(base.port()), m_options.clientId);
    // No keychain: the secret lives in memory for this session only.
    m_session = std::make_unique<TenantSession>(profile, nullptr);
    m_session->connectWithSecret(m_options.clientSecret.toUtf8(), false);
    const bool connected
        = QTest::qWaitFor([this] { return m_session->state() != TenantSession::State::Connecting; }, 10000);
    if (!connected || m_session->state() != TenantSession::State::Connected) {
        qWarning("GuiTenant: the session did not connect: %s", qPrintable(m_session->lastError()));
        return false;
    }
    return true;
}

QJsonObject GuiTenant::organizationByName(const QString &name)
{
    return m_data.organizationByName(name);
}

QString GuiTenant::organizationId(const QString &name)
{
    return m_data.organizationId(name);
}

QJsonDocument GuiTenant::get(const QString &path)
{
    return m_data.get(path);
}

bool GuiTenant::showTab(OrganizationTab *tab, const QString &orgId, const QString &orgName, const QSize &size)
{
    Api::Organization organization;
    organization.id = orgId;
    organization.name = orgName;
    if (size.isValid())
        tab->resize(size);
    tab->setSession(session());
    tab->setCapabilities(session()->capabilities());
    tab->setOrganization(organization);
    tab->show();
    return QTest::qWaitForWindowExposed(tab);
}
