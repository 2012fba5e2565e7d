#pragma once

#include "ConnectedTenant.h"
#include "SandboxFixture.h"
#include "SandboxOptions.h"
#include "TenantData.h"

#include <QJsonObject>
#include <QSize>
#include <QString>

#include <memory>

class OrganizationTab;
class TenantSession;

// What every GUI test stands on: a sandbox tenant (demo data unless told
// otherwise) on its own thread, a TenantSession connected to it over loopback
// like the app's, and a second, independent HTTP client to check what the
// tenant really holds after the UI acted.
class GuiTenant final
{
public:
    explicit GuiTenant(const Sandbox::SandboxOptions &options = demoOptions());
    Q_DISABLE_COPY_MOVE(GuiTenant)

    // Demo seed, no request log.
    static Sandbox::SandboxOptions demoOptions();

    // Starts the sandbox and connects the session; false (with a QWARN) when
    // either fails within ten seconds.
    bool start();

    TenantSession *session() const { return m_tenant.session(); }
    SandboxFixture &sandbox() { return m_tenant.sandbox(); }
    // Set-up and checks straight on the tenant (users, organizations, roles, faults).
    TenantData &data() { return m_data; }

    // Reads straight from the tenant, bypassing the console's own client.
    QJsonObject organizationByName(const QString &name);
    QString organizationId(const QString &name);
    // GET of a path under /api/v2 (e.g. "organizations/ID/members"), as JSON.
    QJsonDocument get(const QString &path);

    // Shows a tab on its own, as OrganizationView hands it over: this session,
    // its capabilities, the organization; at `size` when one is given. False
    // when it did not come on screen.
    bool showTab(OrganizationTab *tab, const QString &orgId, const QString &orgName, const QSize &size = {});

private:
    ConnectedTenant m_tenant;
    TenantData m_data { m_tenant.sandbox() };
};
