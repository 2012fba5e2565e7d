#include "OrganizationClientGrantsHandler.h"

#include "OrgConnectionSupport.h"
#include "RequestHelpers.h"
#include "TenantStore.h"

namespace Sandbox {

void OrganizationClientGrantsHandler::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v2/organizations/{id}/client-grants"),
               RequestHelpers::scopes({ "read:organization_client_grants" }),
               [this](const SandboxRequest &r) { return list(r); });
}

SandboxReply OrganizationClientGrantsHandler::list(const SandboxRequest &request)
{
    Paging paging;
    if (auto error = Paging::parse(request, Paging::Rules { false, 0, 50, 1 }, &paging))
        return *error;
    const Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return OrgConnectionSupport::organizationNotFound();

    // The tenant keeps only the grant ids an organization is associated with,
    // so a grant's client_id and audience are unknown here: filtering on
    // either matches nothing, as it would for grants of other clients.
    const QStringList wantedIds = RequestHelpers::all(request, QStringLiteral("grant_ids"));
    const bool byClientOrAudience
        = request.hasQuery(QStringLiteral("client_id")) || request.hasQuery(QStringLiteral("audience"));
    QJsonArray matching;
    for (const QString &grantId : org->clientGrantIds) {
        if (byClientOrAudience || (!wantedIds.isEmpty() && !wantedIds.contains(grantId)))
            continue;
        matching.append(QJsonObject { { QStringLiteral("id"), grantId } });
    }
    QJsonArray items;
    const auto [begin, end] = RequestHelpers::slice(paging, matching.size());
    for (qint64 i = begin; i < end; ++i)
        items.append(matching.at(i));
    return SandboxReply::json(
        200, RequestHelpers::pageResult(paging, QStringLiteral("client_grants"), items, matching.size()));
}

} // namespace Sandbox
