#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class TenantStore;

// /api/v2/organizations/{id}/invitations: list (page paging, no total),
// create, get one, delete.
class InvitationsHandler final : public RouteGroup
{
public:
    explicit InvitationsHandler(TenantStore &store)
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
