// The tenant-wide lists the console needs: roles, user search, a user's
// organizations, applications and connections.
#include "ApiHarness.h"
#include "SandboxFixture.h"
#include "TenantSeed.h"

#include "api/ClientsApi.h"
#include "api/ConnectionsApi.h"
#include "api/MembersApi.h"
#include "api/RolesApi.h"
#include "api/UsersApi.h"

#include <QStandardPaths>
#include <QTest>

using namespace Api;

class TestApiTenantLists final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ApiHarness> m_api;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<SandboxFixture>(quietSandboxOptions(QStringLiteral("empty")));
        QVERIFY(m_sandbox->start());
        m_api = std::make_unique<ApiHarness>(m_sandbox->baseUrl());
    }

    void listsRoles()
    {
        for (int i = 0; i < 120; ++i)
            QVERIFY(!TenantSeed::createRole(*m_sandbox, QStringLiteral("Role %1").arg(i)).isEmpty());
        RolesApi api(*m_api->client);
        auto all = awaitResult<QList<Role>>([&](QObject *c, auto d) { api.listAll({}, c, d); });
        QVERIFY(all && all->ok());
        QVERIFY(all->value.size() >= 120);
        auto filtered = awaitResult<QList<Role>>([&](QObject *c, auto d) { api.listAll(QStringLiteral("role 11"), c, d); });
        QVERIFY(filtered && filtered->ok());
        // "Role 11", "Role 110" .. "Role 119"
        QCOMPARE(filtered->value.size(), 11);
    }

    void searchesUsers()
    {
        const QStringList ids = TenantSeed::createUsers(*m_sandbox, 30, QStringLiteral("searchable"));
        QCOMPARE(ids.size(), 30);
        UsersApi api(*m_api->client);
        auto exact = awaitResult<Page<User>>([&](QObject *c, auto d) {
            api.search(UsersApi::queryFor(QStringLiteral("searchable.7@example.com")), Pager::byPage(50), c, d);
        });
        QVERIFY2(exact && exact->ok(), qPrintable(exact->error.logText()));
        QCOMPARE(exact->value.items.size(), 1);
        QCOMPARE(exact->value.items.first().userId, ids.at(7));
        QVERIFY(exact->value.items.first().connections.contains(QStringLiteral("Username-Password-Authentication")));

        Pager pager = Pager::byPage(20);
        int found = 0;
        while (!pager.atEnd()) {
            auto page = awaitResult<Page<User>>([&](QObject *c, auto d) {
                api.search(QStringLiteral("email:searchable*"), pager, c, d);
            });
            QVERIFY2(page && page->ok(), qPrintable(page->error.logText()));
            found += int(page->value.items.size());
            pager = page->value.pager;
        }
        QCOMPARE(found, 30);
        QCOMPARE(*pager.total(), 30);
    }

    void listsAUsersOrganizations()
    {
        const QString user = TenantSeed::createUsers(*m_sandbox, 1, QStringLiteral("joiner")).value(0);
        MembersApi members(*m_api->client);
        for (const QString &name : {QStringLiteral("first-org"), QStringLiteral("second-org")}) {
            const QString orgId = TenantSeed::createOrganization(*m_sandbox, name);
            auto added = awaitResult<Done>([&](QObject *c, auto d) { members.addChunk(orgId, {user}, c, d); });
            QVERIFY(added && added->ok());
        }
        UsersApi api(*m_api->client);
        auto orgs = awaitResult<QList<Organization>>([&](QObject *c, auto d) { api.organizationsOf(user, c, d); });
        QVERIFY2(orgs && orgs->ok(), qPrintable(orgs->error.logText()));
        QCOMPARE(orgs->value.size(), 2);
    }

    void listsClientsAndConnections()
    {
        TenantSeed::createClient(*m_sandbox, QStringLiteral("Customer Portal"));
        ClientsApi clients(*m_api->client);
        auto apps = awaitResult<QList<Client>>([&](QObject *c, auto d) { clients.listAll(c, d); });
        QVERIFY2(apps && apps->ok(), qPrintable(apps->error.logText()));
        bool portal = false;
        for (const Client &app : apps->value) {
            if (app.name == QLatin1String("Customer Portal")) {
                portal = true;
                QCOMPARE(app.initiateLoginUri, QStringLiteral("https://app.example.com/login"));
            }
        }
        QVERIFY(portal);

        ConnectionsApi connections(*m_api->client);
        auto all = awaitResult<QList<Connection>>([&](QObject *c, auto d) { connections.listAll({}, c, d); });
        QVERIFY2(all && all->ok(), qPrintable(all->error.logText()));
        QVERIFY(!all->value.isEmpty());
        auto databases = awaitResult<QList<Connection>>(
            [&](QObject *c, auto d) { connections.listAll(QStringLiteral("auth0"), c, d); });
        QVERIFY(databases && databases->ok());
        for (const Connection &connection : databases->value)
            QVERIFY(connection.isDatabase());
    }
};

QTEST_GUILESS_MAIN(TestApiTenantLists)
#include "tst_api_tenant_lists.moc"
