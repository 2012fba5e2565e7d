#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class TenantStore;

// /api/v2/organizations/{id}/members: list (page and checkpoint, optional
// roles inline), add users as members, remove members.
class MembersHandler final : public RouteGroup
{
public:
    explicit MembersHandler(TenantStore &store)
        : m_store(store)
    {
    }
    void addRoutes(Router &router) override;

    // Auth0 caps one add request at 10 user ids (assign-members docs).
    static constexpr int kMaxMembersPerRequest = 10;
    // Offset paging reaches only the first 1000 members; checkpoint paging goes further.
    static constexpr int kRecordCap = 1000;

private:
    SandboxReply list(const SandboxRequest &request);
    SandboxReply add(const SandboxRequest &request);
    SandboxReply remove(const SandboxRequest &request);

    TenantStore &m_store;
};

} // namespace Sandbox
