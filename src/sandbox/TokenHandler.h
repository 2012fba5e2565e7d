#pragma once

#include "RouteGroup.h"

namespace Sandbox {

class SandboxService;

// POST /oauth/token with the client-credentials grant.
class TokenHandler final : public RouteGroup
{
public:
    explicit TokenHandler(SandboxService &service)
        : m_service(service)
    {
    }
    void addRoutes(Router &router) override;

private:
    SandboxReply issue(const SandboxRequest &request);

    SandboxService &m_service;
};

} // namespace Sandbox
