#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class TenantStore;
struct OrgConnection;

// /api/v2/organizations/{id}/connections[/{connection_id}], the newer API the
// Terraform provider uses: the enabled_connections flags plus is_enabled,
// organization_access_level and organization_connection_name. It reads and
// writes the same per-organization connections as enabled_connections.
class OrganizationConnectionsHandler final : public RouteGroup
{
public:
    explicit OrganizationConnectionsHandler(TenantStore &store)
        : m_store(store)
    {
    }
    void addRoutes(Router &router) override;

private:
    SandboxReply list(const SandboxRequest &request);
    SandboxReply add(const SandboxRequest &request);
    SandboxReply get(const SandboxRequest &request);
    SandboxReply update(const SandboxRequest &request);
    SandboxReply remove(const SandboxRequest &request);

    // Applies the newer API's own fields (validated already) to a connection.
    static void applyExtras(const QJsonObject &body, OrgConnection &connection);

    TenantStore &m_store;
};

} // namespace Sandbox
