#include "InvitationsHandler.h"

#include "BodyValidator.h"
#include "FieldFilter.h"
#include "InvitationRules.h"
#include "Paging.h"
#include "RequestHelpers.h"
#include "TenantStore.h"

#include <QJsonArray>

#include <algorithm>

namespace Sandbox {

namespace {
const QString kOrgNotFound = QStringLiteral("No organization found by that id or name");
const QString kCreatedAt = QStringLiteral("created_at");
// OAS24 lists this 400 for the list too, so offset paging stops at 1000 records here as well.
constexpr int kRecordCap = 1000;

SandboxReply invitationNotFound()
{
    return SandboxReply::notFound(QStringLiteral("The invitation does not exist."),
                                  QStringLiteral("inexistent_invitation"));
}

const QStringList &knownFields()
{
    static const QStringList fields {
        QStringLiteral("app_metadata"),
        QStringLiteral("user_metadata"),
        QStringLiteral("client_id"),
        QStringLiteral("connection_id"),
        QStringLiteral("created_at"),
        QStringLiteral("expires_at"),
        QStringLiteral("id"),
        QStringLiteral("invitation_url"),
        QStringLiteral("invitee"),
        QStringLiteral("inviter"),
        QStringLiteral("organization_id"),
        QStringLiteral("roles"),
    };
    return fields;
}

std::vector<QJsonObject>::iterator findInvitation(Organization &org, const QString &id)
{
    return std::find_if(org.invitations.begin(), org.invitations.end(), [&id](const QJsonObject &invitation) {
        return invitation.value(QStringLiteral("id")).toString() == id;
    });
}
} // namespace

void InvitationsHandler::addRoutes(Router &router)
{
    using RequestHelpers::scopes;
    const QString base = QStringLiteral("/api/v2/organizations/{id}/invitations");
    const QString one = base + QStringLiteral("/{invitation_id}");
    const QStringList read = scopes({ "read:organization_invitations" });
    router.add("GET", base, read, [this](const SandboxRequest &r) { return list(r); });
    router.add("POST", base, scopes({ "create:organization_invitations" }),
               [this](const SandboxRequest &r) { return create(r); });
    router.add("GET", one, read, [this](const SandboxRequest &r) { return get(r); });
    router.add("DELETE", one, scopes({ "delete:organization_invitations" }),
               [this](const SandboxRequest &r) { return remove(r); });
}

SandboxReply InvitationsHandler::list(const SandboxRequest &request)
{
    Paging paging;
    if (auto error = Paging::parse(request, Paging::Rules { false, kRecordCap, 50, 1 }, &paging))
        return *error;
    if (auto error = RequestHelpers::checkFieldList(request, knownFields()))
        return *error;
    static const QRegularExpression sortFormat(QStringLiteral("^((created_at))\\:(1|-1)$"));
    const QString sort = request.queryValue(QStringLiteral("sort"));
    if (request.hasQuery(QStringLiteral("sort")) && !sortFormat.match(sort).hasMatch())
        return SandboxReply::queryError(
            QStringLiteral("String does not match pattern %1: %2").arg(sortFormat.pattern(), sort),
            QStringLiteral("sort"));
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return SandboxReply::notFound(kOrgNotFound);

    // Kept oldest first, so either order is a walk from one end; newest first by default.
    const bool ascending = sort == QLatin1String("created_at:1");
    const FieldFilter filter(request);
    const qint64 count = qint64(org->invitations.size());
    const auto [begin, end] = RequestHelpers::slice(paging, count);
    QJsonArray items;
    for (qint64 i = begin; i < end; ++i)
        items.append(filter.apply(org->invitations[size_t(ascending ? i : count - 1 - i)]));
    if (!paging.includeTotals)
        return SandboxReply::json(200, items);
    // No total ("not yet supported"), and `limit` is the number returned: per_page=50 with one
    // invitation was recorded as {"start":0,"limit":1} (TestOrganizationManager_Invitations).
    return SandboxReply::json(200,
                              QJsonObject { { QStringLiteral("invitations"), items },
                                            { QStringLiteral("start"), RequestHelpers::offset(paging) },
                                            { QStringLiteral("limit"), items.size() } });
}

SandboxReply InvitationsHandler::create(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return *error;
    if (auto error = InvitationRules::checkBody(body))
        return *error;
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return SandboxReply::notFound(kOrgNotFound);
    if (auto error = InvitationRules::checkReferences(m_store, *org, body))
        return *error;

    const QJsonObject invitation = InvitationRules::build(m_store, *org, body);
    // Stay ordered by creation time even when the clock was set back (tests do).
    const auto position = std::upper_bound(org->invitations.begin(), org->invitations.end(), invitation,
                                           [](const QJsonObject &a, const QJsonObject &b) {
                                               return a.value(kCreatedAt).toString() < b.value(kCreatedAt).toString();
                                           });
    org->invitations.insert(position, invitation);
    // Live tenants answer 201 although the spec says 200 (TestOrganizationManager_CreateInvitation).
    return SandboxReply::json(201, invitation);
}

SandboxReply InvitationsHandler::get(const SandboxRequest &request)
{
    if (auto error = RequestHelpers::checkFieldList(request, knownFields()))
        return *error;
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return SandboxReply::notFound(kOrgNotFound);
    const auto it = findInvitation(*org, request.params.value(1));
    if (it == org->invitations.end())
        return invitationNotFound();
    return SandboxReply::json(200, FieldFilter(request).apply(*it));
}

SandboxReply InvitationsHandler::remove(const SandboxRequest &request)
{
    Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return SandboxReply::notFound(kOrgNotFound);
    const auto it = findInvitation(*org, request.params.value(1));
    if (it == org->invitations.end())
        return invitationNotFound();
    org->invitations.erase(it);
    return SandboxReply::empty(204);
}

} // namespace Sandbox
