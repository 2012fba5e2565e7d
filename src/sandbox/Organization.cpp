#include "Organization.h"

namespace Sandbox {

QJsonObject Organization::toJson() const
{
    // Only what is set comes back, as on the real service.
    QJsonObject json { { QStringLiteral("id"), id }, { QStringLiteral("name"), name } };
    if (!displayName.isEmpty())
        json.insert(QStringLiteral("display_name"), displayName);
    if (!branding.isEmpty())
        json.insert(QStringLiteral("branding"), branding);
    // Emptied metadata disappears: PATCH {"metadata":{}} was recorded answering without the key
    // (TestAccOrganization #38), and later reads lack it too.
    if (!metadata.isEmpty())
        json.insert(QStringLiteral("metadata"), metadata);
    if (!tokenQuota.isEmpty())
        json.insert(QStringLiteral("token_quota"), tokenQuota);
    if (!thirdPartyClientAccess.isEmpty())
        json.insert(QStringLiteral("third_party_client_access"), thirdPartyClientAccess);
    if (isAppEntitlementActive)
        json.insert(QStringLiteral("is_app_entitlement_active"), *isAppEntitlementActive);
    return json;
}

QStringList *Organization::memberRoles(const QString &userId)
{
    const auto joined = joinedAt.constFind(userId);
    if (joined == joinedAt.constEnd())
        return nullptr;
    auto it = members.find(MemberKey { *joined, userId });
    return it == members.end() ? nullptr : &it->second;
}

bool Organization::addMember(const QString &userId, qint64 nowMs)
{
    if (joinedAt.contains(userId))
        return false;
    joinedAt.insert(userId, nowMs);
    members.emplace(MemberKey { nowMs, userId }, QStringList {});
    return true;
}

bool Organization::removeMember(const QString &userId)
{
    const auto joined = joinedAt.constFind(userId);
    if (joined == joinedAt.constEnd())
        return false;
    members.erase(MemberKey { *joined, userId });
    joinedAt.erase(joined);
    return true;
}

OrgConnection *Organization::connection(const QString &connectionId)
{
    for (OrgConnection &c : connections) {
        if (c.connectionId == connectionId)
            return &c;
    }
    return nullptr;
}

QJsonObject *Organization::invitation(const QString &invitationId)
{
    for (QJsonObject &inv : invitations) {
        if (inv.value(QStringLiteral("id")).toString() == invitationId)
            return &inv;
    }
    return nullptr;
}

} // namespace Sandbox
