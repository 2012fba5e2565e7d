#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace Sandbox {

// One enabled connection of an organization (both the enabled_connections
// API and the newer /connections API read and write these).
struct OrgConnection
{
    QString connectionId;
    bool assignMembershipOnLogin = false;
    bool showAsButton = true;
    bool isSignupEnabled = false;
    bool isEnabled = true;
    QString accessLevel; // organization_access_level, newer API only
    QString organizationConnectionName;
};

// Members are kept in the order Auth0's checkpoint cursor walks them: by the
// time they joined, then by user id. The cursor is that pair.
struct MemberKey
{
    qint64 joinedMs = 0;
    QString userId;
    bool operator<(const MemberKey &other) const
    {
        return joinedMs != other.joinedMs ? joinedMs < other.joinedMs : userId < other.userId;
    }
};

struct Organization
{
    QString id;
    QString name;
    QString displayName;
    QJsonObject branding;
    QJsonObject metadata;
    QJsonObject tokenQuota;
    // Newer settings (2026 recordings): set only when a request gave them, so older shapes stay as recorded.
    std::optional<bool> isAppEntitlementActive;
    QString thirdPartyClientAccess; // "allow" or "block"; empty when never set
    qint64 createdMs = 0;

    std::map<MemberKey, QStringList> members; // value: role ids held in this organization
    QHash<QString, qint64> joinedAt; // user id -> joinedMs, to find a member's key
    std::vector<OrgConnection> connections;
    std::vector<QJsonObject> invitations; // oldest first
    QStringList clientGrantIds;

    QJsonObject toJson() const;
    bool isMember(const QString &userId) const { return joinedAt.contains(userId); }
    QStringList *memberRoles(const QString &userId);
    bool addMember(const QString &userId, qint64 nowMs);
    bool removeMember(const QString &userId);
    OrgConnection *connection(const QString &connectionId);
    QJsonObject *invitation(const QString &invitationId);
};

} // namespace Sandbox
