#pragma once

#include "SandboxReply.h"

#include <QJsonObject>

#include <optional>

namespace Sandbox {

// What PATCH /tenants/settings accepts: the keys of the spec's
// tenantSettingsUpdate (OAS24), each with its JSON type, nullability, string
// format and the members of the nested objects. The first problem comes back
// as a 400 worded like the service's validator.
class TenantSettingsRules final
{
public:
    static std::optional<SandboxReply> check(const QJsonObject &body);
    // The keys GET's fields parameter may name (the spec's pattern for it).
    static const QStringList &readableFields();
};

} // namespace Sandbox
