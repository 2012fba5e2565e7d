#include "ConnectionsHandler.h"

#include "TenantStore.h"

namespace Sandbox {

void ConnectionsHandler::addRoutes(Router &router)
{
    Q_UNUSED(router)
    Q_UNUSED(m_store)
}

} // namespace Sandbox
