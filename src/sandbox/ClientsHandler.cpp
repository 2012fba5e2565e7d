#include "ClientsHandler.h"

#include "TenantStore.h"

namespace Sandbox {

void ClientsHandler::addRoutes(Router &router)
{
    Q_UNUSED(router)
    Q_UNUSED(m_store)
}

} // namespace Sandbox
