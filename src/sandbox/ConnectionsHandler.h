#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class TenantStore;

// /api/v2/connections: list (page or checkpoint; strategy, name and fields
// filters), create (201), get, delete (202 {deleted_at}; 204 when already
// gone). Deleting a connection takes it out of every organization and
// deletes the users who signed up through it.
class ConnectionsHandler final : public RouteGroup
{
public:
    explicit ConnectionsHandler(TenantStore &store)
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
