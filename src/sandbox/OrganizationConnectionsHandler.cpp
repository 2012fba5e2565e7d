#include "OrganizationConnectionsHandler.h"

#include "TenantStore.h"

namespace Sandbox {

void OrganizationConnectionsHandler::addRoutes(Router &router)
{
    Q_UNUSED(router)
    Q_UNUSED(m_store)
}

} // namespace Sandbox
