#pragma once

#include "CheckpointCursor.h"
#include "EntityTable.h"
#include "Organization.h"
#include "TenantSettings.h"

#include <QHash>
#include <QRandomGenerator>

#include <functional>
#include <map>
#include <set>

namespace Sandbox {

// Everything the sandbox tenant holds. Handlers read and change it; it knows
// nothing of HTTP. Ids come from a seeded generator so runs are repeatable.
class TenantStore final
{
public:
    explicit TenantStore(quint32 seed = 1);

    // Ids in Auth0's shapes: prefix + 16 alphanumerics (org_, rol_, con_, uinv_, ...).
    QString newId(const QString &prefix, int length = 16);
    QString randomString(int length, const char *alphabet = nullptr);
    QRandomGenerator &random() { return m_random; }

    qint64 nowMs() const;
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    static QString isoTime(qint64 ms);

    // Organizations, by id and by unique name.
    Organization *organization(const QString &id);
    Organization *organizationByName(const QString &name);
    Organization &addOrganization(Organization org);
    void renameOrganization(Organization &org, const QString &newName);
    bool removeOrganization(const QString &id);
    const std::map<QString, QString> &organizationIdsByName() const { return m_orgIdByName; }
    // (created at, id) of every organization, in the order GET /organizations walks them by checkpoint.
    const std::set<CheckpointCursor::Position> &organizationsByCreation() const { return m_orgsByCreation; }
    int organizationCount() const { return int(m_orgs.size()); }

    TenantSettings &settings() { return m_settings; }
    const TenantSettings &settings() const { return m_settings; }

    EntityTable &users() { return m_users; }
    EntityTable &roles() { return m_roles; }
    EntityTable &clients() { return m_clients; }
    EntityTable &connections() { return m_connections; }

    // Removing a user or role also removes it from every organization.
    void removeUser(const QString &userId);
    void removeRole(const QString &roleId);
    QStringList organizationsOfUser(const QString &userId) const;

private:
    QRandomGenerator m_random;
    std::function<qint64()> m_clock;
    QHash<QString, Organization> m_orgs;
    std::map<QString, QString> m_orgIdByName;
    std::set<CheckpointCursor::Position> m_orgsByCreation;
    TenantSettings m_settings;
    EntityTable m_users { QStringLiteral("user_id") };
    EntityTable m_roles { QStringLiteral("id") };
    EntityTable m_clients { QStringLiteral("client_id") };
    EntityTable m_connections { QStringLiteral("id") };
};

} // namespace Sandbox
