#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class TenantStore;

// /api/v2/users: search (Lucene q, v3 only, page paging with only the first
// 1000 results reachable, sort, fields), get, create, delete, and
// /users/{id}/organizations.
class UsersHandler final : public RouteGroup
{
public:
    // User search never pages past this many results.
    static constexpr int kSearchWindow = 1000;

    explicit UsersHandler(TenantStore &store)
        : m_store(store)
    {
    }
    void addRoutes(Router &router) override;

private:
    SandboxReply list(const SandboxRequest &request);
    SandboxReply get(const SandboxRequest &request);
    SandboxReply create(const SandboxRequest &request);
    SandboxReply remove(const SandboxRequest &request);
    SandboxReply organizations(const SandboxRequest &request);

    TenantStore &m_store;
};

} // namespace Sandbox
