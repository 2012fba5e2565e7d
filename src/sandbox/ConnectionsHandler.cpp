#include "ConnectionsHandler.h"

#include "BodyValidator.h"
#include "ConnectionFactory.h"
#include "FieldFilter.h"
#include "RequestHelpers.h"
#include "TenantStore.h"

#include <QJsonArray>

#include <algorithm>

namespace Sandbox {

namespace {
const QStringList kConnectionFields { QStringLiteral("name"),
                                      QStringLiteral("display_name"),
                                      QStringLiteral("strategy"),
                                      QStringLiteral("options"),
                                      QStringLiteral("enabled_clients"),
                                      QStringLiteral("id"),
                                      QStringLiteral("provisioning_ticket_url"),
                                      QStringLiteral("metadata"),
                                      QStringLiteral("show_as_button") };
// Offset paging reaches only this many connections; checkpoint paging goes further.
constexpr int kOffsetWindow = 1000;

QJsonObject filtered(const SandboxRequest &request, const FieldFilter &filter, const QJsonObject &connection)
{
    QJsonObject out = filter.apply(connection);
    // The service keeps is_domain_connection in field-filtered answers.
    if (filter.active() && request.queryValue(QStringLiteral("include_fields")) != QLatin1String("false")
        && connection.contains(QStringLiteral("is_domain_connection")))
        out.insert(QStringLiteral("is_domain_connection"), connection.value(QStringLiteral("is_domain_connection")));
    return out;
}

// A list item: the spec's list schema (connectionForList) has no enabled_clients, unlike the
// connection that GET /connections/{id} answers with. The one recorded list (TestConnectionManager_List)
// asked for fields=id only, so the spec is the only word on it.
QJsonObject listed(const SandboxRequest &request, const FieldFilter &filter, const QJsonObject &connection)
{
    QJsonObject out = filtered(request, filter, connection);
    out.remove(QStringLiteral("enabled_clients"));
    return out;
}

SandboxReply connectionNotFound()
{
    return SandboxReply::notFound(QStringLiteral("The connection does not exist"),
                                  QStringLiteral("inexistent_connection"));
}
} // namespace

void ConnectionsHandler::addRoutes(Router &router)
{
    using RequestHelpers::scopes;
    const QString base = QStringLiteral("/api/v2/connections");
    router.add("GET", base, scopes({ "read:connections" }), [this](const SandboxRequest &r) { return list(r); });
    router.add("POST", base, scopes({ "create:connections" }), [this](const SandboxRequest &r) { return create(r); });
    router.add("GET", base + QStringLiteral("/{id}"), scopes({ "read:connections" }),
               [this](const SandboxRequest &r) { return get(r); });
    router.add("DELETE", base + QStringLiteral("/{id}"), scopes({ "delete:connections" }),
               [this](const SandboxRequest &r) { return remove(r); });
}

SandboxReply ConnectionsHandler::list(const SandboxRequest &request)
{
    if (auto error = RequestHelpers::checkFieldList(request, kConnectionFields))
        return *error;
    Paging paging;
    if (auto error = Paging::parse(request, Paging::Rules { true, kOffsetWindow, 100, 1 }, &paging))
        return *error;
    const QStringList strategies = RequestHelpers::all(request, QStringLiteral("strategy"));
    for (const QString &strategy : strategies) {
        if (!ConnectionFactory::strategies().contains(strategy))
            return SandboxReply::queryError(QStringLiteral("No enum match for: \"%1\"").arg(strategy),
                                            QStringLiteral("strategy"));
    }
    const QString name = RequestHelpers::text(request, QStringLiteral("name"));
    QString after;
    if (paging.mode == Paging::Mode::Checkpoint && !paging.from.isEmpty()) {
        const auto cursor = Paging::decodeCursor(paging.from);
        if (!cursor)
            return SandboxReply::queryError(QStringLiteral("Invalid checkpoint"), QStringLiteral("from"));
        after = *cursor;
    }

    // Listed by id, as the service lists them; the checkpoint cursor is the last id.
    QStringList ids = m_store.connections().ids().toList();
    std::sort(ids.begin(), ids.end());
    std::vector<const QJsonObject *> matching;
    for (const QString &id : ids) {
        const QJsonObject *connection = m_store.connections().find(id);
        if (!connection || (!after.isEmpty() && id <= after))
            continue;
        if (!strategies.isEmpty() && !strategies.contains(connection->value(QStringLiteral("strategy")).toString()))
            continue;
        if (request.hasQuery(QStringLiteral("name")) && connection->value(QStringLiteral("name")).toString() != name)
            continue;
        matching.push_back(connection);
    }

    const FieldFilter filter(request);
    QJsonArray items;
    if (paging.mode == Paging::Mode::Checkpoint) {
        const size_t count = std::min(matching.size(), size_t(paging.take));
        for (size_t i = 0; i < count; ++i)
            items.append(listed(request, filter, *matching[i]));
        const QString next = count < matching.size()
            ? Paging::encodeCursor(matching[count - 1]->value(QStringLiteral("id")).toString())
            : QString();
        return SandboxReply::json(200, Paging::checkpointResult(QStringLiteral("connections"), items, next));
    }
    const auto [begin, end] = RequestHelpers::slice(paging, qint64(matching.size()));
    for (qint64 i = begin; i < end; ++i)
        items.append(listed(request, filter, *matching[size_t(i)]));
    return SandboxReply::json(
        200, RequestHelpers::pageResult(paging, QStringLiteral("connections"), items, qint64(matching.size())));
}

SandboxReply ConnectionsHandler::create(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return *error;
    QJsonObject connection;
    if (auto error = ConnectionFactory(m_store).create(body, &connection))
        return *error;
    m_store.connections().insert(connection);
    return SandboxReply::json(201, connection);
}

SandboxReply ConnectionsHandler::get(const SandboxRequest &request)
{
    if (auto error = RequestHelpers::checkFieldList(request, kConnectionFields))
        return *error;
    const QJsonObject *connection = m_store.connections().find(request.params.value(0));
    if (!connection)
        return connectionNotFound();
    return SandboxReply::json(200, filtered(request, FieldFilter(request), *connection));
}

SandboxReply ConnectionsHandler::remove(const SandboxRequest &request)
{
    const QString id = request.params.value(0);
    const QJsonObject *connection = m_store.connections().find(id);
    if (!connection)
        return SandboxReply::empty(204); // "The connection no longer exists."
    const QString name = connection->value(QStringLiteral("name")).toString();

    for (const auto &entry : m_store.organizationIdsByName()) {
        if (Organization *org = m_store.organization(entry.second)) {
            org->connections.erase(std::remove_if(org->connections.begin(), org->connections.end(),
                                                  [&id](const OrgConnection &c) { return c.connectionId == id; }),
                                   org->connections.end());
        }
    }
    QStringList doomed;
    for (const QString &userId : m_store.users().ids()) {
        const QJsonObject *user = m_store.users().find(userId);
        const QJsonArray identities = user ? user->value(QStringLiteral("identities")).toArray() : QJsonArray();
        if (identities.size() == 1
            && identities.at(0).toObject().value(QStringLiteral("connection")).toString() == name)
            doomed.append(userId);
    }
    for (const QString &userId : doomed)
        m_store.removeUser(userId);
    m_store.connections().remove(id);
    return SandboxReply::json(202,
                              QJsonObject { { QStringLiteral("deleted_at"), TenantStore::isoTime(m_store.nowMs()) } });
}

} // namespace Sandbox
