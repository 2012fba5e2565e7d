#include "RolesHandler.h"

#include "BodyValidator.h"
#include "RequestHelpers.h"
#include "TenantStore.h"

#include <algorithm>
#include <vector>

namespace Sandbox {

namespace {
SandboxReply roleNotFound()
{
    return SandboxReply::notFound(QStringLiteral("The role does not exist."));
}
} // namespace

void RolesHandler::addRoutes(Router &router)
{
    using RequestHelpers::scopes;
    const QString base = QStringLiteral("/api/v2/roles");
    router.add("GET", base, scopes({ "read:roles" }), [this](const SandboxRequest &r) { return list(r); });
    router.add("POST", base, scopes({ "create:roles" }), [this](const SandboxRequest &r) { return create(r); });
    router.add("GET", base + QStringLiteral("/{id}"), scopes({ "read:roles" }),
               [this](const SandboxRequest &r) { return get(r); });
    router.add("DELETE", base + QStringLiteral("/{id}"), scopes({ "delete:roles" }),
               [this](const SandboxRequest &r) { return remove(r); });
}

SandboxReply RolesHandler::list(const SandboxRequest &request)
{
    Paging paging;
    if (auto error = Paging::parse(request, Paging::Rules { false, 0, 50, 1 }, &paging))
        return *error;
    const QString filter = RequestHelpers::text(request, QStringLiteral("name_filter"));

    std::vector<const QJsonObject *> roles;
    for (const QString &id : m_store.roles().ids()) {
        const QJsonObject *role = m_store.roles().find(id);
        if (role && role->value(QStringLiteral("name")).toString().contains(filter, Qt::CaseInsensitive))
            roles.push_back(role);
    }
    // Listed by name, as the Dashboard shows them.
    std::stable_sort(roles.begin(), roles.end(), [](const QJsonObject *a, const QJsonObject *b) {
        return a->value(QStringLiteral("name")).toString() < b->value(QStringLiteral("name")).toString();
    });
    QJsonArray items;
    const auto [begin, end] = RequestHelpers::slice(paging, qint64(roles.size()));
    for (qint64 i = begin; i < end; ++i)
        items.append(*roles[size_t(i)]);
    return SandboxReply::json(200,
                              RequestHelpers::pageResult(paging, QStringLiteral("roles"), items, qint64(roles.size())));
}

SandboxReply RolesHandler::create(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return *error;
    BodyValidator validator(body);
    validator.onlyKeys({ QStringLiteral("name"), QStringLiteral("description") })
        .required(QStringLiteral("name"))
        .string(QStringLiteral("name"), 1, 0)
        .string(QStringLiteral("description"), 0, 0);
    if (validator.failed())
        return validator.reply();

    const QString name = body.value(QStringLiteral("name")).toString();
    for (const QString &id : m_store.roles().ids()) {
        const QJsonObject *role = m_store.roles().find(id);
        if (role && role->value(QStringLiteral("name")).toString() == name)
            return SandboxReply::error(409, QStringLiteral("A role with this name already exists."));
    }
    if (m_store.roles().size() >= kMaxRoles)
        return SandboxReply::error(403,
                                   QStringLiteral("You reached the limit of entities of this type for this tenant."));

    // Without a description the creation answer says null, later reads say "" (both recorded).
    const QJsonObject role { { QStringLiteral("id"), m_store.newId(QStringLiteral("rol_")) },
                             { QStringLiteral("name"), name },
                             { QStringLiteral("description"), body.value(QStringLiteral("description")).toString() } };
    m_store.roles().insert(role);
    QJsonObject answer = role;
    if (!body.contains(QStringLiteral("description")))
        answer.insert(QStringLiteral("description"), QJsonValue::Null);
    return SandboxReply::json(200, answer);
}

SandboxReply RolesHandler::get(const SandboxRequest &request)
{
    const QJsonObject *role = m_store.roles().find(request.params.value(0));
    if (!role)
        return roleNotFound();
    return SandboxReply::json(200, *role);
}

SandboxReply RolesHandler::remove(const SandboxRequest &request)
{
    const QString id = request.params.value(0);
    if (!m_store.roles().contains(id))
        return roleNotFound();
    // Also takes the role away from every organization member holding it.
    m_store.removeRole(id);
    return SandboxReply::json(200, QJsonObject {});
}

} // namespace Sandbox
