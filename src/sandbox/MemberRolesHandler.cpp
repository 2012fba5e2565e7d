#include "MemberRolesHandler.h"

#include "IdListBody.h"
#include "Paging.h"
#include "RequestHelpers.h"
#include "TenantStore.h"

#include <QJsonArray>
#include <QSet>

namespace Sandbox {

namespace {
const QString kNotFound = QStringLiteral("No organization found by that id or name");

const IdListBody::Rules kRolesBody { QStringLiteral("roles"), 0, false };
} // namespace

void MemberRolesHandler::addRoutes(Router &router)
{
    using RequestHelpers::scopes;
    const QString path = QStringLiteral("/api/v2/organizations/{id}/members/{user_id}/roles");
    router.add("GET", path, scopes({ "read:organization_member_roles" }),
               [this](const SandboxRequest &r) { return list(r); });
    router.add("POST", path, scopes({ "create:organization_member_roles" }),
               [this](const SandboxRequest &r) { return assign(r); });
    router.add("DELETE", path, scopes({ "delete:organization_member_roles" }),
               [this](const SandboxRequest &r) { return remove(r); });
}

SandboxReply MemberRolesHandler::list(const SandboxRequest &request)
{
    Paging paging;
    if (auto error = Paging::parse(request, Paging::Rules { false, 1000, 50, 1 }, &paging))
        return *error;
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return SandboxReply::notFound(kNotFound);

    // A user who is not a member simply holds no roles here.
    const QStringList *held = org->memberRoles(request.params.value(1));
    const QStringList roleIds = held ? *held : QStringList();
    QJsonArray items;
    const auto [begin, end] = RequestHelpers::slice(paging, qint64(roleIds.size()));
    for (qint64 i = begin; i < end; ++i) {
        const QString &id = roleIds.at(i);
        const QJsonObject *role = m_store.roles().find(id);
        if (!role)
            continue;
        // Recorded with description "" for a role created without one (TestAccOrganizationMemberRoles).
        const QJsonValue description = role->value(QStringLiteral("description"));
        items.append(QJsonObject {
            { QStringLiteral("id"), id },
            { QStringLiteral("name"), role->value(QStringLiteral("name")) },
            { QStringLiteral("description"), description.isString() ? description : QJsonValue(QString()) } });
    }
    return SandboxReply::json(
        200, RequestHelpers::pageResult(paging, QStringLiteral("roles"), items, qint64(roleIds.size())));
}

SandboxReply MemberRolesHandler::assign(const SandboxRequest &request)
{
    QStringList ids;
    if (auto error = IdListBody::read(request, kRolesBody, &ids))
        return *error;
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return SandboxReply::notFound(kNotFound);
    QStringList unknown;
    for (const QString &id : ids) {
        if (!m_store.roles().contains(id))
            unknown.append(id);
    }
    // Worded as Auth0 words unknown role ids on invitations (OAS24).
    if (!unknown.isEmpty())
        return SandboxReply::invalidBody(QStringLiteral("One or more of the specified roles do not exist: ")
                                         + IdListBody::listForMessage(unknown));
    const QString userId = request.params.value(1);
    if (!m_store.users().contains(userId))
        return SandboxReply::notFound(QStringLiteral("The user does not exist."), QStringLiteral("inexistent_user"));

    const QStringList *held = org->memberRoles(userId);
    QStringList next = held ? *held : QStringList();
    for (const QString &id : ids) {
        if (!next.contains(id))
            next.append(id);
    }
    if (next.size() > kMaxRolesPerMember)
        return SandboxReply::error(409, QStringLiteral("No more roles can be assigned to this organization member."));

    // Auth0 accepts roles for a user who is not (yet) a member: TestOrganizationManager_Members
    // assigns the role first and adds the member after, both 204, and the member then lists the
    // role. The sandbox models that as the assignment creating the membership.
    if (!held)
        org->addMember(userId, m_store.nowMs());
    *org->memberRoles(userId) = next;
    return SandboxReply::empty(204);
}

SandboxReply MemberRolesHandler::remove(const SandboxRequest &request)
{
    QStringList ids;
    if (auto error = IdListBody::read(request, kRolesBody, &ids))
        return *error;
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return SandboxReply::notFound(kNotFound);
    // Removing roles the member does not hold (or from a non-member) changes nothing.
    if (QStringList *held = org->memberRoles(request.params.value(1))) {
        const QSet<QString> drop(ids.cbegin(), ids.cend());
        held->erase(
            std::remove_if(held->begin(), held->end(), [&drop](const QString &id) { return drop.contains(id); }),
            held->end());
    }
    return SandboxReply::empty(204);
}

} // namespace Sandbox
