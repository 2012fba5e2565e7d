#include "MembersHandler.h"

#include "IdListBody.h"
#include "MemberCursor.h"
#include "MemberPageWriter.h"
#include "Paging.h"
#include "RequestHelpers.h"
#include "TenantStore.h"

namespace Sandbox {

namespace {
const QString kNotFound = QStringLiteral("No organization found by that id or name");
const QString kRolesScope = QStringLiteral("read:organization_member_roles");
} // namespace

void MembersHandler::addRoutes(Router &router)
{
    using RequestHelpers::scopes;
    const QString path = QStringLiteral("/api/v2/organizations/{id}/members");
    router.add("GET", path, scopes({ "read:organization_members" }),
               [this](const SandboxRequest &r) { return list(r); });
    router.add("POST", path, scopes({ "create:organization_members" }),
               [this](const SandboxRequest &r) { return add(r); });
    router.add("DELETE", path, scopes({ "delete:organization_members" }),
               [this](const SandboxRequest &r) { return remove(r); });
}

SandboxReply MembersHandler::list(const SandboxRequest &request)
{
    Paging paging;
    if (auto error = Paging::parse(request, Paging::Rules { true, kRecordCap, 50, 1 }, &paging))
        return *error;
    static const QStringList known { QStringLiteral("user_id"), QStringLiteral("email"), QStringLiteral("picture"),
                                     QStringLiteral("name"), QStringLiteral("roles") };
    if (auto error = RequestHelpers::checkFieldList(request, known))
        return *error;
    const MemberPageWriter::Fields fields = MemberPageWriter::fieldsFor(request);
    // Roles inline need their own scope on top of the route's.
    if (fields.roles && !request.hasScope(kRolesScope))
        return SandboxReply::error(403, QStringLiteral("Insufficient scope, expected any of: ") + kRolesScope,
                                   QStringLiteral("insufficient_scope"));

    const Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return SandboxReply::notFound(kNotFound);
    const auto &members = org->members;
    MemberPageWriter page(m_store.users(), m_store.roles(), fields);
    SandboxReply reply; // 200, JSON; the body is written below

    if (paging.mode == Paging::Mode::Checkpoint) {
        // A seek, not a scan: the cursor is the map key of the last member returned.
        auto it = members.begin();
        if (!paging.from.isEmpty()) {
            const auto after = MemberCursor::decode(paging.from);
            if (!after)
                return SandboxReply::queryError(QStringLiteral("Invalid checkpoint"), QStringLiteral("from"));
            it = members.upper_bound(*after);
        }
        const MemberKey *last = nullptr;
        for (; it != members.end() && page.count() < paging.take; ++it) {
            page.append(it->first.userId, it->second);
            last = &it->first;
        }
        // As recorded: every non-empty page carries `next`, even the last one; only an empty page has none.
        reply.body = page.checkpoint(last ? MemberCursor::encode(*last) : QString());
        return reply;
    }

    // The record cap keeps the offset under 1000, so walking to it is cheap.
    const auto [begin, end] = RequestHelpers::slice(paging, qint64(members.size()));
    auto it = members.begin();
    std::advance(it, begin);
    for (qint64 i = begin; i < end; ++i, ++it)
        page.append(it->first.userId, it->second);
    reply.body = paging.includeTotals
        ? page.envelope(RequestHelpers::offset(paging), paging.perPage, qint64(members.size()))
        : page.array();
    return reply;
}

SandboxReply MembersHandler::add(const SandboxRequest &request)
{
    QStringList ids;
    if (auto error = IdListBody::read(request, { QStringLiteral("members"), kMaxMembersPerRequest, true }, &ids))
        return *error;
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return SandboxReply::notFound(kNotFound);

    QStringList unknown;
    for (const QString &id : ids) {
        if (!m_store.users().contains(id))
            unknown.append(id);
    }
    // Auth0 documents that the users must exist but no recording shows its answer when one
    // does not; the wording follows the documented one for unknown role ids on invitations.
    if (!unknown.isEmpty())
        return SandboxReply::invalidBody(QStringLiteral("One or more of the specified users do not exist: ")
                                         + IdListBody::listForMessage(unknown));

    // Users already in the organization keep their join time and roles.
    const qint64 now = m_store.nowMs();
    for (const QString &id : ids)
        org->addMember(id, now);
    return SandboxReply::empty(204);
}

SandboxReply MembersHandler::remove(const SandboxRequest &request)
{
    QStringList ids;
    if (auto error = IdListBody::read(request, { QStringLiteral("members"), 0, true }, &ids))
        return *error;
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return SandboxReply::notFound(kNotFound);
    // Removing someone who is not a member is not an error; their roles here go with the membership.
    for (const QString &id : ids)
        org->removeMember(id);
    return SandboxReply::empty(204);
}

} // namespace Sandbox
