#pragma once

#include <QStringList>

namespace Sandbox {

class DemoUserFactory;
class TenantStore;

// Adds the organization "scale-test" with N fresh users as members, each
// holding 0-3 roles, for paging, bulk-job and benchmark runs. Linear in N and
// lean per user, so 100,000 members seed in a couple of seconds.
class ScaleSeeder final
{
public:
    ScaleSeeder(TenantStore &store, DemoUserFactory &users);

    static QString organizationName() { return QStringLiteral("scale-test"); }

    void seed(int members);

private:
    QStringList roleIds();

    TenantStore &m_store;
    DemoUserFactory &m_users;
};

} // namespace Sandbox
