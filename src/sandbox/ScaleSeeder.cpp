#include "ScaleSeeder.h"

#include "DemoData.h"
#include "DemoUserFactory.h"
#include "TenantStore.h"

#include <QJsonObject>

namespace Sandbox {

namespace {
constexpr qint64 kHourMs = 60LL * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
} // namespace

ScaleSeeder::ScaleSeeder(TenantStore &store, DemoUserFactory &users)
    : m_store(store)
    , m_users(users)
{
}

QStringList ScaleSeeder::roleIds()
{
    QStringList ids;
    for (const QString &id : m_store.roles().ids()) {
        if (m_store.roles().contains(id))
            ids.append(id);
    }
    if (!ids.isEmpty())
        return ids;
    // An empty tenant has no roles to hand out: make a few.
    const char *const names[][2] = {
        { "Scale Reader", "Reads everything in the scale-test organization." },
        { "Scale Writer", "Changes content in the scale-test organization." },
        { "Scale Admin", "Manages the scale-test organization." },
    };
    for (const auto &role : names) {
        const QString id = m_store.newId(QStringLiteral("rol_"));
        m_store.roles().insert(QJsonObject { { QStringLiteral("id"), id },
                                             { QStringLiteral("name"), QString::fromLatin1(role[0]) },
                                             { QStringLiteral("description"), QString::fromLatin1(role[1]) } });
        ids.append(id);
    }
    return ids;
}

void ScaleSeeder::seed(int members)
{
    if (members <= 0)
        return;
    const qint64 now = m_store.nowMs();
    const QStringList roles = roleIds();

    Organization *org = m_store.organizationByName(organizationName());
    if (!org) {
        Organization fresh;
        fresh.id = m_store.newId(QStringLiteral("org_"));
        fresh.name = organizationName();
        fresh.displayName = QStringLiteral("Scale Test");
        fresh.metadata = { { QStringLiteral("purpose"), QStringLiteral("paging and bulk-job tests") },
                           { QStringLiteral("seeded_members"), QString::number(members) } };
        fresh.createdMs = now - 30 * kDayMs;
        org = &m_store.addOrganization(std::move(fresh));
    }

    // Names are combined from the demo lists; the running number keeps addresses unique
    // without a lookup per user.
    const QStringList &given = DemoData::givenNames();
    const QStringList &family = DemoData::familyNames();
    QStringList givenSafe;
    QStringList familySafe;
    for (const QString &name : given)
        givenSafe.append(DemoUserFactory::emailSafe(name));
    for (const QString &name : family)
        familySafe.append(DemoUserFactory::emailSafe(name));

    m_store.users().reserve(m_store.users().size() + members);
    org->joinedAt.reserve(org->joinedAt.size() + members);
    const qint64 start = org->createdMs + kHourMs;
    const qint64 step = std::max<qint64>(1, (now - kHourMs - start) / members);
    const QString domain = QStringLiteral("scale-test.example");
    QRandomGenerator &random = m_store.random();
    for (int i = 0; i < members; ++i) {
        const int g = int(random.bounded(int(given.size())));
        const int f = int(random.bounded(int(family.size())));
        DemoUserFactory::Spec spec;
        spec.givenName = given.at(g);
        spec.familyName = family.at(f);
        spec.emailDomain = domain;
        spec.emailLocalPart
            = givenSafe.at(g) + QLatin1Char('.') + familySafe.at(f) + QLatin1Char('.') + QString::number(i + 1);
        spec.picture
            = QStringLiteral("https://cdn.example/avatars/") + QString::number(i % 100) + QStringLiteral(".png");
        spec.createdMs = start + step * i;
        spec.lean = true;
        const QString userId = m_users.create(spec);
        if (!org->addMember(userId, spec.createdMs + step / 2))
            continue;

        // 0-3 distinct roles: a quarter none, most one.
        const int draw = int(random.bounded(100));
        const int count = std::min<int>(int(roles.size()), draw < 25 ? 0 : draw < 70 ? 1 : draw < 90 ? 2 : 3);
        if (count == 0)
            continue;
        QStringList held;
        const int first = int(random.bounded(int(roles.size())));
        for (int k = 0; k < count; ++k)
            held.append(roles.at((first + k) % roles.size()));
        *org->memberRoles(userId) = held;
    }
}

} // namespace Sandbox
