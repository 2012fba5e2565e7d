#include "TenantStore.h"

#include <QDateTime>

namespace Sandbox {

namespace {
const char kAlphanumerics[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
}

TenantStore::TenantStore(quint32 seed)
    : m_random(seed)
{
}

QString TenantStore::newId(const QString &prefix, int length)
{
    return prefix + randomString(length);
}

QString TenantStore::randomString(int length, const char *alphabet)
{
    const char *chars = alphabet ? alphabet : kAlphanumerics;
    const int count = int(qstrlen(chars));
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(chars[m_random.bounded(count)]));
    return out;
}

qint64 TenantStore::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QString TenantStore::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Organization *TenantStore::organization(const QString &id)
{
    auto it = m_orgs.find(id);
    return it == m_orgs.end() ? nullptr : &*it;
}

Organization *TenantStore::organizationByName(const QString &name)
{
    const auto it = m_orgIdByName.find(name);
    return it == m_orgIdByName.end() ? nullptr : organization(it->second);
}

Organization &TenantStore::addOrganization(Organization org)
{
    m_orgIdByName[org.name] = org.id;
    m_orgsByCreation.insert({ org.createdMs, org.id });
    const QString id = org.id;
    return *m_orgs.insert(id, std::move(org));
}

void TenantStore::renameOrganization(Organization &org, const QString &newName)
{
    m_orgIdByName.erase(org.name);
    org.name = newName;
    m_orgIdByName[newName] = org.id;
}

bool TenantStore::removeOrganization(const QString &id)
{
    Organization *org = organization(id);
    if (!org)
        return false;
    m_orgIdByName.erase(org->name);
    m_orgsByCreation.erase({ org->createdMs, org->id });
    m_orgs.remove(id);
    return true;
}

void TenantStore::removeUser(const QString &userId)
{
    m_users.remove(userId);
    for (Organization &org : m_orgs)
        org.removeMember(userId);
}

void TenantStore::removeRole(const QString &roleId)
{
    m_roles.remove(roleId);
    for (Organization &org : m_orgs) {
        for (auto &member : org.members)
            member.second.removeAll(roleId);
    }
}

QStringList TenantStore::organizationsOfUser(const QString &userId) const
{
    QStringList ids;
    for (const auto &entry : m_orgIdByName) {
        const auto org = m_orgs.constFind(entry.second);
        if (org != m_orgs.constEnd() && org->isMember(userId))
            ids.append(org->id);
    }
    return ids;
}

} // namespace Sandbox
