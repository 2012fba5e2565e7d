#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class TenantStore;

// /api/v2/organizations/{id}/enabled_connections[/{connectionId}]: list,
// add, get, update the three flags, remove. Connections the newer API has
// switched off (is_enabled false) do not show here.
class EnabledConnectionsHandler final : public RouteGroup
{
public:
    explicit EnabledConnectionsHandler(TenantStore &store)
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

    TenantStore &m_store;
};

} // namespace Sandbox
