#include "OrganizationClientGrantsHandler.h"

#include "TenantStore.h"

namespace Sandbox {

void OrganizationClientGrantsHandler::addRoutes(Router &router)
{
    Q_UNUSED(router)
    Q_UNUSED(m_store)
}

} // namespace Sandbox
