#include "InvitationsHandler.h"

#include "TenantStore.h"

namespace Sandbox {

void InvitationsHandler::addRoutes(Router &router)
{
    Q_UNUSED(router)
    Q_UNUSED(m_store)
}

} // namespace Sandbox
