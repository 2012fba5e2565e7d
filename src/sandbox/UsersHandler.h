#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class TenantStore;

// SCAFFOLD: routes not written yet (being implemented).
class UsersHandler final : public RouteGroup
{
public:
    explicit UsersHandler(TenantStore &store)
        : m_store(store)
    {
    }
    void addRoutes(Router &router) override;

private:
    TenantStore &m_store;
};

} // namespace Sandbox
