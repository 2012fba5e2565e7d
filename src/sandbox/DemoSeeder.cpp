#include "DemoSeeder.h"

#include "SandboxOptions.h"
#include "TenantStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Sandbox {

DemoSeeder::DemoSeeder(TenantStore &store, const SandboxOptions &options)
    : m_store(store)
    , m_options(options)
{
}

void DemoSeeder::seedEmpty()
{
    // Every tenant has the app the sandbox hands tokens to and the default database.
    m_store.clients().insert(QJsonObject{
        {QStringLiteral("client_id"), m_options.clientId},
        {QStringLiteral("name"), QStringLiteral("OrgConsole Sandbox (Test Application)")},
        {QStringLiteral("app_type"), QStringLiteral("non_interactive")},
        {QStringLiteral("is_first_party"), true},
        {QStringLiteral("tenant"), QStringLiteral("sandbox")},
        {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials")}},
    });
    m_store.connections().insert(QJsonObject{
        {QStringLiteral("id"), m_store.newId(QStringLiteral("con_"))},
        {QStringLiteral("name"), QStringLiteral("Username-Password-Authentication")},
        {QStringLiteral("strategy"), QStringLiteral("auth0")},
        {QStringLiteral("display_name"), QStringLiteral("Username-Password-Authentication")},
        {QStringLiteral("is_domain_connection"), false},
        {QStringLiteral("realms"), QJsonArray{QStringLiteral("Username-Password-Authentication")}},
        {QStringLiteral("enabled_clients"), QJsonArray{}},
        {QStringLiteral("options"), QJsonObject{}},
    });
}

void DemoSeeder::seedDemo()
{
    seedEmpty();
    // Filled in by the demo-data work: see the sandbox issue.
}

void DemoSeeder::seedScale(int members)
{
    Q_UNUSED(members)
}

} // namespace Sandbox
