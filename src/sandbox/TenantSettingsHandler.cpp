#include "TenantSettingsHandler.h"

#include "BodyValidator.h"
#include "FieldFilter.h"
#include "RequestHelpers.h"
#include "TenantSettingsRules.h"
#include "TenantStore.h"

namespace Sandbox {

void TenantSettingsHandler::addRoutes(Router &router)
{
    using RequestHelpers::scopes;
    const QString path = QStringLiteral("/api/v2/tenants/settings");
    router.add("GET", path, scopes({ "read:tenant_settings" }), [this](const SandboxRequest &r) { return get(r); });
    router.add("PATCH", path, scopes({ "update:tenant_settings" }),
               [this](const SandboxRequest &r) { return update(r); });
}

SandboxReply TenantSettingsHandler::get(const SandboxRequest &request)
{
    if (auto error = RequestHelpers::checkFieldList(request, TenantSettingsRules::readableFields()))
        return *error;
    return SandboxReply::json(200, FieldFilter(request).apply(m_store.settings().toJson(true)));
}

SandboxReply TenantSettingsHandler::update(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return *error;
    if (auto error = TenantSettingsRules::check(body))
        return *error;
    m_store.settings().update(body);
    return SandboxReply::json(200, m_store.settings().toJson(false));
}

} // namespace Sandbox
