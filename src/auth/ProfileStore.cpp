#include "ProfileStore.h"

#include "AuthLog.h"
#include "TokenStore.h"

#include <QSettings>
#include <QUuid>

namespace Auth {

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kLastUsed = QStringLiteral("lastUsedProfile");
} // namespace

ProfileStore::ProfileStore(TokenStore *secrets, QObject *parent)
    : ProfileStore(std::make_unique<QSettings>(), secrets, parent)
{
}

ProfileStore::ProfileStore(std::unique_ptr<QSettings> settings, TokenStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secrets(secrets)
{
}

ProfileStore::~ProfileStore() = default;

QList<TenantProfile> ProfileStore::profiles() const
{
    QList<TenantProfile> list;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        TenantProfile p;
        p.id = id;
        p.displayName = m_settings->value(QStringLiteral("displayName")).toString();
        p.domain = m_settings->value(QStringLiteral("domain")).toString();
        p.audience = m_settings->value(QStringLiteral("audience")).toString();
        p.clientId = m_settings->value(QStringLiteral("clientId")).toString();
        m_settings->endGroup();
        list.append(p);
    }
    m_settings->endGroup();
    std::sort(list.begin(), list.end(), [](const TenantProfile &a, const TenantProfile &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    return list;
}

TenantProfile ProfileStore::profile(const QString &id) const
{
    const auto list = profiles();
    for (const TenantProfile &p : list) {
        if (p.id == id)
            return p;
    }
    return {};
}

bool ProfileStore::contains(const QString &id) const
{
    return !id.isEmpty() && !profile(id).id.isEmpty();
}

QStringList ProfileStore::save(TenantProfile &profile)
{
    profile.domain = TenantProfile::normalizeDomain(profile.domain);
    profile.displayName = profile.displayName.trimmed();
    profile.clientId = profile.clientId.trimmed();
    const QStringList problems = profile.problems();
    if (!problems.isEmpty())
        return problems;
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    m_settings->beginGroup(kGroup);
    m_settings->beginGroup(profile.id);
    m_settings->setValue(QStringLiteral("displayName"), profile.displayName);
    m_settings->setValue(QStringLiteral("domain"), profile.domain);
    m_settings->setValue(QStringLiteral("audience"), profile.audience.trimmed());
    m_settings->setValue(QStringLiteral("clientId"), profile.clientId);
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
    emit profilesChanged();
    return {};
}

void ProfileStore::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    m_settings->beginGroup(kGroup);
    m_settings->remove(id);
    m_settings->endGroup();
    if (lastUsedId() == id)
        m_settings->remove(kLastUsed);
    m_settings->sync();
    if (m_secrets) {
        m_secrets->removeProfile(id, this, [id]() { qCInfo(lcAuth) << "deleted the secrets of profile" << id; });
    }
    emit profilesChanged();
}

QString ProfileStore::lastUsedId() const
{
    return m_settings->value(kLastUsed).toString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    m_settings->setValue(kLastUsed, id);
    m_settings->sync();
}

} // namespace Auth
