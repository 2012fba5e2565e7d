#include "EnabledConnectionsHandler.h"

#include "TenantStore.h"

namespace Sandbox {

void EnabledConnectionsHandler::addRoutes(Router &router)
{
    Q_UNUSED(router)
    Q_UNUSED(m_store)
}

} // namespace Sandbox
