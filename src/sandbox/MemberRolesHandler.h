#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class TenantStore;

// /api/v2/organizations/{id}/members/{user_id}/roles: the roles a user holds
// within one organization — list (page paging), assign, remove.
class MemberRolesHandler final : public RouteGroup
{
public:
    explicit MemberRolesHandler(TenantStore &store)
        : m_store(store)
    {
    }
    void addRoutes(Router &router) override;

    // Entity limit: role assignments per organization member.
    static constexpr int kMaxRolesPerMember = 50;

private:
    SandboxReply list(const SandboxRequest &request);
    SandboxReply assign(const SandboxRequest &request);
    SandboxReply remove(const SandboxRequest &request);

    TenantStore &m_store;
};

} // namespace Sandbox
