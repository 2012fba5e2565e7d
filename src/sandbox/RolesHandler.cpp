#include "RolesHandler.h"

#include "TenantStore.h"

namespace Sandbox {

void RolesHandler::addRoutes(Router &router)
{
    Q_UNUSED(router)
    Q_UNUSED(m_store)
}

} // namespace Sandbox
