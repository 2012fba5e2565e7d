#include "MembersHandler.h"

#include "TenantStore.h"

namespace Sandbox {

void MembersHandler::addRoutes(Router &router)
{
    Q_UNUSED(router)
    Q_UNUSED(m_store)
}

} // namespace Sandbox
