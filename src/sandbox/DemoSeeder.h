#pragma once

#include "DemoUserFactory.h"

#include <QStringList>

namespace Sandbox {

class TenantStore;
struct Organization;
struct SandboxOptions;
namespace DemoData {
struct OrganizationProfile;
}

// Fills a fresh tenant: "empty" (just the sandbox's own M2M app and the
// default database connection), "demo" (a realistic B2B tenant) and
// "scale" (an organization "scale-test" with N members holding 0-3 roles).
// Deterministic for a given random seed; times are relative to the store's
// clock so invitations are pending, expiring or expired whenever it runs.
class DemoSeeder final
{
public:
    DemoSeeder(TenantStore &store, const SandboxOptions &options);

    void seedEmpty();
    void seedDemo();
    void seedScale(int members);

private:
    struct Apps
    {
        QString webApp; // Regular Web App with a login route: the invitation links point there
        QString spa;
    };

    QStringList addConnections();
    Apps addClients(const QStringList &connectionIds);
    QStringList addRoles();
    Organization &addOrganization(const DemoData::OrganizationProfile &profile, const QStringList &connectionIds);
    void addMembers(Organization &org, const DemoData::OrganizationProfile &profile, const QStringList &roleIds);
    void addInvitations(Organization &org, const DemoData::OrganizationProfile &profile, const Apps &apps,
                        const QStringList &roleIds, const QStringList &connectionIds);
    void addCrossOrganizationMembers(const QStringList &roleIds);
    void addUnaffiliatedUsers();

    // 0-3 distinct roles, most members holding one.
    QStringList pickRoles(const QStringList &roleIds);
    void join(Organization &org, const QString &userId, qint64 joinedMs, const QStringList &roles);
    QString pick(const QStringList &list);

    TenantStore &m_store;
    const SandboxOptions &m_options;
    DemoUserFactory m_users;
    qint64 m_now = 0;
};

} // namespace Sandbox
