#include "TenantSettings.h"

#include <QJsonArray>

namespace Sandbox {

namespace {
const QString kDefaultLoginRoute = QStringLiteral("default_redirection_uri");
}

TenantSettings::TenantSettings()
    // What a new tenant reports before anyone changed a setting: no login route, names or URLs,
    // Auth0's session defaults (OAS24 defaults: 168 and 72 hours) and a few read-only flags.
    : m_settings { { QStringLiteral("default_audience"), QString() },
                   { QStringLiteral("default_directory"), QString() },
                   { QStringLiteral("enabled_locales"), QJsonArray { QStringLiteral("en") } },
                   { QStringLiteral("flags"),
                     QJsonObject { { QStringLiteral("allow_changing_enable_sso"), false },
                                   { QStringLiteral("disable_impersonation"), true },
                                   { QStringLiteral("enable_sso"), true },
                                   { QStringLiteral("revoke_refresh_token_grant"), false },
                                   { QStringLiteral("disable_clickjack_protection_headers"), false },
                                   { QStringLiteral("no_disclose_enterprise_connections"), false } } },
                   { QStringLiteral("session_lifetime"), 168 },
                   { QStringLiteral("idle_session_lifetime"), 72 },
                   { QStringLiteral("sandbox_version"), QStringLiteral("18") },
                   { QStringLiteral("oidc_logout"),
                     QJsonObject { { QStringLiteral("rp_logout_end_session_endpoint_discovery"), true } } } }
{
}

QJsonObject TenantSettings::toJson(bool withAvailableVersions) const
{
    QJsonObject json = m_settings;
    if (withAvailableVersions)
        json.insert(QStringLiteral("sandbox_versions_available"),
                    QJsonArray { QStringLiteral("18"), QStringLiteral("16"), QStringLiteral("12") });
    return json;
}

void TenantSettings::update(const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QJsonValue current = m_settings.value(it.key());
        if (it.value().isNull()) {
            m_settings.remove(it.key());
        } else if (it.value().isObject() && current.isObject()) {
            QJsonObject merged = current.toObject();
            const QJsonObject given = it.value().toObject();
            for (auto inner = given.constBegin(); inner != given.constEnd(); ++inner)
                merged.insert(inner.key(), inner.value());
            m_settings.insert(it.key(), merged);
        } else {
            m_settings.insert(it.key(), it.value());
        }
    }
}

QString TenantSettings::defaultLoginRoute() const
{
    return m_settings.value(kDefaultLoginRoute).toString();
}

void TenantSettings::setDefaultLoginRoute(const QString &uri)
{
    m_settings.insert(kDefaultLoginRoute, uri);
}

} // namespace Sandbox
