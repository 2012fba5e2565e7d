#include "GuiTenant.h"

#include "OrganizationTab.h"
#include "TenantSession.h"

#include <QTest>

GuiTenant::GuiTenant(const Sandbox::SandboxOptions &options)
    : m_tenant(options)
{
}

Sandbox::SandboxOptions GuiTenant::demoOptions()
{
    return quietSandboxOptions(QStringLiteral("demo"));
}

bool GuiTenant::start()
{
    return m_tenant.start();
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
