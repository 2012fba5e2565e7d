#include "TenantData.h"

#include "SandboxFixture.h"

#include <QUrl>

TenantData::TenantData(SandboxFixture &sandbox)
    : m_sandbox(sandbox)
{
}

QJsonDocument TenantData::get(const QString &path)
{
    return m_sandbox.call("GET", QStringLiteral("/api/v2/") + path).json;
}

QList<TenantData::User> TenantData::users(int count, int offset)
{
    const QJsonArray users = get(QStringLiteral("users?per_page=%1&page=0&sort=email:1").arg(count + offset)).array();
    QList<User> result;
    for (int i = offset; i < users.size(); ++i) {
        const QJsonObject user = users.at(i).toObject();
        result.append({ user.value(QStringLiteral("user_id")).toString(),
                        user.value(QStringLiteral("email")).toString(),
                        user.value(QStringLiteral("name")).toString() });
    }
    return result;
}

QJsonObject TenantData::organizationByName(const QString &name)
{
    return get(QStringLiteral("organizations/name/") + name).object();
}

QString TenantData::organizationId(const QString &name)
{
    return organizationByName(name).value(QStringLiteral("id")).toString();
}

QString TenantData::createOrganization(const QString &name)
{
    const SandboxResponse created = m_sandbox.call("POST", QStringLiteral("/api/v2/organizations"),
                                                   QJsonObject { { QStringLiteral("name"), name } });
    return created.status == 201 ? created.object().value(QStringLiteral("id")).toString() : QString();
}

bool TenantData::addMembers(const QString &orgId, const QStringList &userIds)
{
    const SandboxResponse added
        = m_sandbox.call("POST", QStringLiteral("/api/v2/organizations/%1/members").arg(orgId),
                         QJsonObject { { QStringLiteral("members"), QJsonArray::fromStringList(userIds) } });
    return added.status == 204;
}

bool TenantData::giveRoles(const QString &orgId, const QString &userId, const QStringList &roleIds)
{
    const SandboxResponse given = m_sandbox.call(
        "POST", QStringLiteral("/api/v2/organizations/%1/members/%2/roles").arg(orgId, encoded(userId)),
        QJsonObject { { QStringLiteral("roles"), QJsonArray::fromStringList(roleIds) } });
    return given.status == 204;
}

QJsonArray TenantData::memberRoles(const QString &orgId, const QString &userId)
{
    return get(QStringLiteral("organizations/%1/members/%2/roles").arg(orgId, encoded(userId))).array();
}

QString TenantData::idByName(const QString &list, const QString &idKey, const QString &name)
{
    for (const QJsonValue &item : get(list + QStringLiteral("?per_page=100")).array()) {
        if (item.toObject().value(QStringLiteral("name")).toString() == name)
            return item.toObject().value(idKey).toString();
    }
    return {};
}

QString TenantData::clientId(const QString &name)
{
    return idByName(QStringLiteral("clients"), QStringLiteral("client_id"), name);
}

QString TenantData::roleId(const QString &name)
{
    return idByName(QStringLiteral("roles"), QStringLiteral("id"), name);
}

QString TenantData::connectionId(const QString &name)
{
    return idByName(QStringLiteral("connections"), QStringLiteral("id"), name);
}

QJsonObject TenantData::createInvitation(const QString &orgId, const QString &email, const QJsonObject &extra)
{
    QJsonObject body { { QStringLiteral("inviter"),
                         QJsonObject { { QStringLiteral("name"), QStringLiteral("Seeder") } } },
                       { QStringLiteral("invitee"), QJsonObject { { QStringLiteral("email"), email } } },
                       { QStringLiteral("client_id"), clientId(QStringLiteral("Customer Portal")) },
                       { QStringLiteral("send_invitation_email"), false } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const SandboxResponse created
        = m_sandbox.call("POST", QStringLiteral("/api/v2/organizations/%1/invitations").arg(orgId), body);
    return created.status == 201 ? created.object() : QJsonObject();
}

QJsonArray TenantData::invitations(const QString &orgId)
{
    return get(QStringLiteral("organizations/%1/invitations?per_page=100").arg(orgId)).array();
}

bool TenantData::setFaults(const QString &faults, const QString &path)
{
    const SandboxResponse response
        = m_sandbox.call("PUT", QStringLiteral("/sandbox/faults"),
                         QJsonObject { { QStringLiteral("faults"), faults }, { QStringLiteral("path"), path } });
    return response.status == 204;
}

QString TenantData::encoded(const QString &userId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(userId));
}
