#include "OrgConnectionSupport.h"

#include "OrganizationRules.h"
#include "TenantStore.h"

namespace Sandbox::OrgConnectionSupport {

std::vector<const OrgConnection *> listed(const Organization &org, bool enabledOnly)
{
    std::vector<const OrgConnection *> out;
    for (auto it = org.connections.crbegin(); it != org.connections.crend(); ++it) {
        if (!enabledOnly || it->isEnabled)
            out.push_back(&*it);
    }
    return out;
}

bool isDatabase(TenantStore &store, const QString &connectionId)
{
    const QJsonObject *connection = store.connections().find(connectionId);
    return connection && connection->value(QStringLiteral("strategy")).toString() == QLatin1String("auth0");
}

void checkConnectionId(BodyValidator &validator, const QJsonObject &body, int maxLength)
{
    static const QRegularExpression format(QStringLiteral("^con_[A-Za-z0-9]+$"));
    validator.required(QStringLiteral("connection_id")).string(QStringLiteral("connection_id"), 1, maxLength);
    const QJsonValue id = body.value(QStringLiteral("connection_id"));
    if (!validator.failed() && !format.match(id.toString()).hasMatch())
        validator.fail(QStringLiteral("Object didn't pass validation for format connection-id: %1").arg(id.toString()),
                       QStringLiteral("connection_id"));
}

std::optional<SandboxReply> checkCanAdd(TenantStore &store, const Organization &org, const QString &connectionId)
{
    if (!store.connections().contains(connectionId))
        return connectionNotFound();
    for (const OrgConnection &existing : org.connections) {
        if (existing.connectionId == connectionId)
            return SandboxReply::error(409, QStringLiteral("The connection is already enabled for this organization."));
    }
    if (int(org.connections.size()) >= OrganizationRules::kMaxConnections)
        return SandboxReply::invalidBody(
            QStringLiteral("An organization can have at most %1 connections.").arg(OrganizationRules::kMaxConnections));
    return std::nullopt;
}

QJsonObject organizationConnectionJson(TenantStore &store, const OrgConnection &connection)
{
    QJsonObject json = OrganizationRules::connectionJson(store, connection);
    json.insert(QStringLiteral("is_enabled"), connection.isEnabled);
    json.insert(QStringLiteral("organization_access_level"),
                connection.accessLevel.isEmpty() ? QStringLiteral("none") : connection.accessLevel);
    if (!connection.organizationConnectionName.isEmpty())
        json.insert(QStringLiteral("organization_connection_name"), connection.organizationConnectionName);
    return json;
}

SandboxReply organizationNotFound()
{
    return SandboxReply::notFound(QStringLiteral("No organization found by that id or name"));
}

SandboxReply connectionNotFound()
{
    return SandboxReply::notFound(QStringLiteral("No connection found by that id"));
}

} // namespace Sandbox::OrgConnectionSupport
