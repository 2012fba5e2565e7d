#pragma once

#include <QJsonObject>
#include <QString>

namespace Sandbox {

// The tenant's settings (/api/v2/tenants/settings). The sandbox keeps them as
// the JSON the API answers with; what matters to it is the default login
// route (default_redirection_uri), which invitations fall back to when the
// application has no initiate_login_uri of its own.
class TenantSettings final
{
public:
    TenantSettings();

    // GET answers also list sandbox_versions_available; PATCH answers do not (recorded).
    QJsonObject toJson(bool withAvailableVersions) const;
    // Applies a validated PATCH body: objects are merged one level deep (a PATCH of one flag keeps
    // the others, as recorded), null removes the key, anything else replaces it.
    void update(const QJsonObject &patch);

    QString defaultLoginRoute() const;
    void setDefaultLoginRoute(const QString &uri);

private:
    QJsonObject m_settings;
};

} // namespace Sandbox
