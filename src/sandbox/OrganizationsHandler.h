#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class TenantStore;

// /api/v2/organizations: list (page and checkpoint), create, get by id and
// by name, update, delete.
class OrganizationsHandler final : public RouteGroup
{
public:
    explicit OrganizationsHandler(TenantStore &store)
        : m_store(store)
    {
    }
    void addRoutes(Router &router) override;

private:
    SandboxReply list(const SandboxRequest &request);
    SandboxReply create(const SandboxRequest &request);
    SandboxReply get(const SandboxRequest &request);
    SandboxReply getByName(const SandboxRequest &request);
    SandboxReply update(const SandboxRequest &request);
    SandboxReply remove(const SandboxRequest &request);

    TenantStore &m_store;
};

} // namespace Sandbox
