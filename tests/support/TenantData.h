#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class SandboxFixture;

// What tests set up on a sandbox tenant and read back from it, straight over
// HTTP and bypassing the console's own client: organizations, members, roles,
// invitations and injected faults. Lookups answer empty when the tenant has no
// such thing and setters answer false when it refused, so a test says itself
// what it expected.
class TenantData final
{
public:
    struct User
    {
        QString userId;
        QString email;
        QString name;
    };

    explicit TenantData(SandboxFixture &sandbox);

    // GET of a path under /api/v2 (e.g. "organizations/ID/members"), as JSON.
    QJsonDocument get(const QString &path);

    // The tenant's users by email, `count` of them from `offset` on.
    QList<User> users(int count, int offset = 0);
    QJsonObject organizationByName(const QString &name);
    QString organizationId(const QString &name);
    // The new organization's id.
    QString createOrganization(const QString &name);
    bool addMembers(const QString &orgId, const QStringList &userIds);
    bool giveRoles(const QString &orgId, const QString &userId, const QStringList &roleIds);
    // The roles the tenant says the member holds in the organization.
    QJsonArray memberRoles(const QString &orgId, const QString &userId);

    QString clientId(const QString &name);
    QString roleId(const QString &name);
    QString connectionId(const QString &name);

    // An invitation from "Seeder" for the Customer Portal, no email sent;
    // `extra` adds or overrides body fields. The tenant's answer.
    QJsonObject createInvitation(const QString &orgId, const QString &email, const QJsonObject &extra = {});
    QJsonArray invitations(const QString &orgId);

    // Makes the sandbox misbehave on requests whose path contains `path`
    // (see the sandbox's fault syntax); empty faults: behave again.
    bool setFaults(const QString &faults, const QString &path = {});

    // A user id as it goes into a path ("auth0|…" has a bar).
    static QString encoded(const QString &userId);

private:
    QString idByName(const QString &list, const QString &idKey, const QString &name);

    SandboxFixture &m_sandbox;
};
