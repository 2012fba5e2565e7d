#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class TenantStore;

// /api/v2/roles: list (page paging, case-insensitive name_filter), create
// (answers 200, not 201), get, delete (200 {}; members lose the role too).
class RolesHandler final : public RouteGroup
{
public:
    // RBAC entity limit: roles per tenant.
    static constexpr int kMaxRoles = 1000;

    explicit RolesHandler(TenantStore &store)
        : m_store(store)
    {
    }
    void addRoutes(Router &router) override;

private:
    SandboxReply list(const SandboxRequest &request);
    SandboxReply create(const SandboxRequest &request);
    SandboxReply get(const SandboxRequest &request);
    SandboxReply remove(const SandboxRequest &request);

    TenantStore &m_store;
};

} // namespace Sandbox
