#include "OrganizationConnectionsHandler.h"

#include "BodyValidator.h"
#include "OrgConnectionSupport.h"
#include "OrganizationRules.h"
#include "RequestHelpers.h"
#include "TenantStore.h"

#include <QJsonArray>

#include <algorithm>

namespace Sandbox {

namespace {
const QString kConnectionId = QStringLiteral("connection_id");
const QString kName = QStringLiteral("organization_connection_name");
const QString kAccessLevel = QStringLiteral("organization_access_level");
const QString kIsEnabled = QStringLiteral("is_enabled");
const QStringList kBooleans { QStringLiteral("assign_membership_on_login"), QStringLiteral("show_as_button"),
                              QStringLiteral("is_signup_enabled"), kIsEnabled };
const QStringList kAccessLevels { QStringLiteral("none"), QStringLiteral("readonly"), QStringLiteral("limited"),
                                  QStringLiteral("full") };

std::optional<SandboxReply> checkBody(const QJsonObject &body, bool creating)
{
    static const QRegularExpression noSpaces(QStringLiteral("^[^ ]*$"));
    BodyValidator validator(body);
    QStringList allowed = kBooleans;
    allowed << kName << kAccessLevel;
    if (creating)
        allowed << kConnectionId;
    validator.onlyKeys(allowed);
    if (creating)
        OrgConnectionSupport::checkConnectionId(validator, body, 50);
    validator.string(kName, 1, 50).pattern(kName, noSpaces);
    // PATCH may send null to go back to the default level.
    RequestHelpers::enumValue(validator, body, kAccessLevel, kAccessLevels, !creating);
    for (const QString &flag : kBooleans)
        validator.boolean(flag);
    if (validator.failed())
        return validator.reply();
    return std::nullopt;
}
} // namespace

void OrganizationConnectionsHandler::addRoutes(Router &router)
{
    using RequestHelpers::scopes;
    const QString base = QStringLiteral("/api/v2/organizations/{id}/connections");
    const QString one = base + QStringLiteral("/{connection_id}");
    router.add("GET", base, scopes({ "read:organization_connections" }),
               [this](const SandboxRequest &r) { return list(r); });
    router.add("POST", base, scopes({ "create:organization_connections" }),
               [this](const SandboxRequest &r) { return add(r); });
    router.add("GET", one, scopes({ "read:organization_connections" }),
               [this](const SandboxRequest &r) { return get(r); });
    router.add("PATCH", one, scopes({ "update:organization_connections" }),
               [this](const SandboxRequest &r) { return update(r); });
    router.add("DELETE", one, scopes({ "delete:organization_connections" }),
               [this](const SandboxRequest &r) { return remove(r); });
}

void OrganizationConnectionsHandler::applyExtras(const QJsonObject &body, OrgConnection &connection)
{
    if (body.contains(kIsEnabled))
        connection.isEnabled = body.value(kIsEnabled).toBool();
    if (body.contains(kAccessLevel))
        connection.accessLevel = body.value(kAccessLevel).toString(); // null: back to the default
    if (body.contains(kName))
        connection.organizationConnectionName = body.value(kName).toString();
}

SandboxReply OrganizationConnectionsHandler::list(const SandboxRequest &request)
{
    Paging paging;
    if (auto error = Paging::parse(request, Paging::Rules { false, 0, 50, 1 }, &paging))
        return *error;
    bool enabledFilter = false;
    if (auto error = Paging::readBool(request, kIsEnabled, &enabledFilter))
        return *error;
    const Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return OrgConnectionSupport::organizationNotFound();

    std::vector<const OrgConnection *> connections;
    for (const OrgConnection *connection : OrgConnectionSupport::listed(*org, false)) {
        if (!request.hasQuery(kIsEnabled) || connection->isEnabled == enabledFilter)
            connections.push_back(connection);
    }
    QJsonArray items;
    const auto [begin, end] = RequestHelpers::slice(paging, qint64(connections.size()));
    for (qint64 i = begin; i < end; ++i)
        items.append(OrgConnectionSupport::organizationConnectionJson(m_store, *connections[size_t(i)]));
    return SandboxReply::json(
        200, RequestHelpers::pageResult(paging, QStringLiteral("connections"), items, qint64(connections.size())));
}

SandboxReply OrganizationConnectionsHandler::add(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return *error;
    if (auto error = checkBody(body, true))
        return *error;
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return OrgConnectionSupport::organizationNotFound();
    const QString connectionId = body.value(kConnectionId).toString();
    if (auto refused = OrgConnectionSupport::checkCanAdd(m_store, *org, connectionId))
        return *refused;

    OrgConnection connection;
    connection.connectionId = connectionId;
    if (auto error = OrganizationRules::applyConnectionFlags(body, connection,
                                                             OrgConnectionSupport::isDatabase(m_store, connectionId)))
        return *error;
    applyExtras(body, connection);
    org->connections.push_back(connection);
    return SandboxReply::json(201, OrgConnectionSupport::organizationConnectionJson(m_store, connection));
}

SandboxReply OrganizationConnectionsHandler::get(const SandboxRequest &request)
{
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return OrgConnectionSupport::organizationNotFound();
    const OrgConnection *connection = org->connection(request.params.value(1));
    if (!connection)
        return OrgConnectionSupport::connectionNotFound();
    return SandboxReply::json(200, OrgConnectionSupport::organizationConnectionJson(m_store, *connection));
}

SandboxReply OrganizationConnectionsHandler::update(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return *error;
    if (auto error = checkBody(body, false))
        return *error;
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return OrgConnectionSupport::organizationNotFound();
    OrgConnection *connection = org->connection(request.params.value(1));
    if (!connection)
        return OrgConnectionSupport::connectionNotFound();
    if (auto error = OrganizationRules::applyConnectionFlags(
            body, *connection, OrgConnectionSupport::isDatabase(m_store, connection->connectionId)))
        return *error;
    applyExtras(body, *connection);
    return SandboxReply::json(200, OrgConnectionSupport::organizationConnectionJson(m_store, *connection));
}

SandboxReply OrganizationConnectionsHandler::remove(const SandboxRequest &request)
{
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return OrgConnectionSupport::organizationNotFound();
    const QString connectionId = request.params.value(1);
    const auto it = std::find_if(org->connections.begin(), org->connections.end(),
                                 [&](const OrgConnection &c) { return c.connectionId == connectionId; });
    // Removing one that is not there succeeds too (Terraform's recorded double delete).
    if (it != org->connections.end())
        org->connections.erase(it);
    return SandboxReply::empty(204);
}

} // namespace Sandbox
