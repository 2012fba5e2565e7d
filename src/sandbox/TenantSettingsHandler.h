#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class TenantStore;

// /api/v2/tenants/settings: read (with fields/include_fields) and update.
class TenantSettingsHandler final : public RouteGroup
{
public:
    explicit TenantSettingsHandler(TenantStore &store)
        : m_store(store)
    {
    }
    void addRoutes(Router &router) override;

private:
    SandboxReply get(const SandboxRequest &request);
    SandboxReply update(const SandboxRequest &request);

    TenantStore &m_store;
};

} // namespace Sandbox
