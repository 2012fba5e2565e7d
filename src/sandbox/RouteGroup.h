#pragma once

#include "Router.h"

namespace Sandbox {

class TenantStore;
struct SandboxOptions;

// A set of related endpoints (one resource). Each adds its routes, with the
// scopes each needs, to the router.
class RouteGroup
{
public:
    virtual ~RouteGroup() = default;
    virtual void addRoutes(Router &router) = 0;
};

} // namespace Sandbox
