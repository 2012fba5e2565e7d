#include "UsersHandler.h"

#include "TenantStore.h"

namespace Sandbox {

void UsersHandler::addRoutes(Router &router)
{
    Q_UNUSED(router)
    Q_UNUSED(m_store)
}

} // namespace Sandbox
