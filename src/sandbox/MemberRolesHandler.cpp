#include "MemberRolesHandler.h"

#include "TenantStore.h"

namespace Sandbox {

void MemberRolesHandler::addRoutes(Router &router)
{
    Q_UNUSED(router)
    Q_UNUSED(m_store)
}

} // namespace Sandbox
