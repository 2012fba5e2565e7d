#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class TenantStore;

// GET /api/v2/organizations/{id}/client-grants: the client grants associated
// with an organization (page paging; audience, client_id and grant_ids
// filters). The recordings only read this list, so association is not routed.
class OrganizationClientGrantsHandler final : public RouteGroup
{
public:
    explicit OrganizationClientGrantsHandler(TenantStore &store)
        : m_store(store)
    {
    }
    void addRoutes(Router &router) override;

private:
    SandboxReply list(const SandboxRequest &request);

    TenantStore &m_store;
};

} // namespace Sandbox
