#include "EnabledConnectionsHandler.h"

#include "BodyValidator.h"
#include "OrgConnectionSupport.h"
#include "OrganizationRules.h"
#include "RequestHelpers.h"
#include "TenantStore.h"

#include <QJsonArray>

#include <algorithm>

namespace Sandbox {

namespace {
const QString kFlags[] = { QStringLiteral("assign_membership_on_login"), QStringLiteral("show_as_button"),
                           QStringLiteral("is_signup_enabled") };

void checkFlagTypes(BodyValidator &validator)
{
    for (const QString &flag : kFlags)
        validator.boolean(flag);
}
} // namespace

void EnabledConnectionsHandler::addRoutes(Router &router)
{
    using RequestHelpers::scopes;
    const QString base = QStringLiteral("/api/v2/organizations/{id}/enabled_connections");
    const QString one = base + QStringLiteral("/{connectionId}");
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

SandboxReply EnabledConnectionsHandler::list(const SandboxRequest &request)
{
    Paging paging;
    if (auto error = Paging::parse(request, Paging::Rules { false, 0, 50, 1 }, &paging))
        return *error;
    const Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return OrgConnectionSupport::organizationNotFound();

    const auto connections = OrgConnectionSupport::listed(*org, true);
    QJsonArray items;
    const auto [begin, end] = RequestHelpers::slice(paging, qint64(connections.size()));
    for (qint64 i = begin; i < end; ++i)
        items.append(OrganizationRules::connectionJson(m_store, *connections[size_t(i)]));
    if (!paging.includeTotals)
        return SandboxReply::json(200, items);
    // The live service reports the number of items returned as "limit", not per_page.
    return SandboxReply::json(200,
                              QJsonObject { { QStringLiteral("enabled_connections"), items },
                                            { QStringLiteral("start"), RequestHelpers::offset(paging) },
                                            { QStringLiteral("limit"), items.size() },
                                            { QStringLiteral("total"), int(connections.size()) } });
}

SandboxReply EnabledConnectionsHandler::add(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return *error;
    BodyValidator validator(body);
    validator.onlyKeys({ QStringLiteral("connection_id"), kFlags[0], kFlags[1], kFlags[2] });
    OrgConnectionSupport::checkConnectionId(validator, body, 0);
    checkFlagTypes(validator);
    if (validator.failed())
        return validator.reply();

    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return OrgConnectionSupport::organizationNotFound();
    const QString connectionId = body.value(QStringLiteral("connection_id")).toString();
    const bool isDatabase = OrgConnectionSupport::isDatabase(m_store, connectionId);

    // One the newer API switched off is switched back on here, with the flags given.
    if (OrgConnection *disabled = org->connection(connectionId); disabled && !disabled->isEnabled) {
        OrgConnection updated;
        updated.connectionId = connectionId;
        updated.accessLevel = disabled->accessLevel;
        updated.organizationConnectionName = disabled->organizationConnectionName;
        if (auto error = OrganizationRules::applyConnectionFlags(body, updated, isDatabase))
            return *error;
        *disabled = updated;
        return SandboxReply::json(201, OrganizationRules::connectionJson(m_store, *disabled));
    }
    if (auto refused = OrgConnectionSupport::checkCanAdd(m_store, *org, connectionId))
        return *refused;
    OrgConnection connection;
    connection.connectionId = connectionId;
    if (auto error = OrganizationRules::applyConnectionFlags(body, connection, isDatabase))
        return *error;
    org->connections.push_back(connection);
    return SandboxReply::json(201, OrganizationRules::connectionJson(m_store, connection));
}

SandboxReply EnabledConnectionsHandler::get(const SandboxRequest &request)
{
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return OrgConnectionSupport::organizationNotFound();
    const OrgConnection *connection = org->connection(request.params.value(1));
    if (!connection || !connection->isEnabled)
        return OrgConnectionSupport::connectionNotFound();
    return SandboxReply::json(200, OrganizationRules::connectionJson(m_store, *connection));
}

SandboxReply EnabledConnectionsHandler::update(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return *error;
    BodyValidator validator(body);
    validator.onlyKeys({ kFlags[0], kFlags[1], kFlags[2] });
    checkFlagTypes(validator);
    if (validator.failed())
        return validator.reply();

    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return OrgConnectionSupport::organizationNotFound();
    OrgConnection *connection = org->connection(request.params.value(1));
    if (!connection || !connection->isEnabled)
        return OrgConnectionSupport::connectionNotFound();
    if (auto error = OrganizationRules::applyConnectionFlags(
            body, *connection, OrgConnectionSupport::isDatabase(m_store, connection->connectionId)))
        return *error;
    return SandboxReply::json(200, OrganizationRules::connectionJson(m_store, *connection));
}

SandboxReply EnabledConnectionsHandler::remove(const SandboxRequest &request)
{
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return OrgConnectionSupport::organizationNotFound();
    const QString connectionId = request.params.value(1);
    const auto it = std::find_if(org->connections.begin(), org->connections.end(),
                                 [&](const OrgConnection &c) { return c.connectionId == connectionId && c.isEnabled; });
    if (it == org->connections.end())
        return OrgConnectionSupport::connectionNotFound();
    org->connections.erase(it);
    return SandboxReply::empty(204);
}

} // namespace Sandbox
