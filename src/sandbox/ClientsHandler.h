#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class TenantStore;

// /api/v2/clients: list (page or checkpoint; fields, app_type,
// is_first_party, is_global and q filters), create (201), get, delete (204,
// also when already gone). What a caller sees of each client depends on its
// scopes, as on the service.
class ClientsHandler final : public RouteGroup
{
public:
    explicit ClientsHandler(TenantStore &store)
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
