// MembersApi and MemberRolesApi against the sandbox: adds in requests of ten,
// roles inline, user ids with '|' in paths, and listing past 1000 members.
#include "ApiHarness.h"
#include "SandboxFixture.h"
#include "TenantSeed.h"

#include "api/MemberRolesApi.h"
#include "api/MembersApi.h"
#include "api/OrganizationsApi.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Api;

class TestApiMembers final : public QObject
{
    Q_OBJECT

    static constexpr int kScaleMembers = 1234;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ApiHarness> m_api;
    QString m_orgId;
    QStringList m_users;

    QList<Member> listAll(const QString &orgId, bool withRoles, ApiError *error = nullptr)
    {
        MembersApi api(*m_api->client);
        auto result = awaitResult<QList<Member>>(
            [&](QObject *c, auto d) { api.listAll(orgId, withRoles, c, {}, d); }, 120000);
        if (!result)
            return {};
        if (error)
            *error = result->error;
        return result->value;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Sandbox::SandboxOptions options = quietSandboxOptions(QStringLiteral("empty"));
        options.scale = kScaleMembers;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_sandbox->start());
        m_api = std::make_unique<ApiHarness>(m_sandbox->baseUrl());
        m_orgId = TenantSeed::createOrganization(*m_sandbox, QStringLiteral("members-test"));
        QVERIFY(!m_orgId.isEmpty());
        m_users = TenantSeed::createUsers(*m_sandbox, 25, QStringLiteral("member"));
        QCOMPARE(m_users.size(), 25);
        QVERIFY(m_users.first().contains(QLatin1Char('|')));
    }

    void addsInRequestsOfTen()
    {
        TenantSeed::resetStats(*m_sandbox);
        MembersApi api(*m_api->client);
        auto added = awaitResult<BatchResult>([&](QObject *c, auto d) { api.add(m_orgId, m_users, c, d); });
        QVERIFY(added && added->ok());
        QCOMPARE(added->value.succeeded.size(), 25);
        QVERIFY(added->value.allSucceeded());
        const QJsonObject stats = TenantSeed::stats(*m_sandbox);
        QCOMPARE(TenantSeed::requests(stats, QStringLiteral("POST /api/v2/organizations/{id}/members")), 3);

        const QList<Member> members = listAll(m_orgId, false);
        QCOMPARE(members.size(), 25);
        QSet<QString> ids;
        for (const Member &m : members)
            ids.insert(m.userId);
        QCOMPARE(ids, QSet<QString>(m_users.cbegin(), m_users.cend()));
        QVERIFY(!members.first().email.isEmpty());
        QVERIFY(!members.first().rolesIncluded);

        // Adding again is a no-op on the tenant: that is why retrying adds is safe.
        auto again = awaitResult<BatchResult>([&](QObject *c, auto d) { api.add(m_orgId, m_users.mid(0, 3), c, d); });
        QVERIFY(again && again->ok());
        QCOMPARE(listAll(m_orgId, false).size(), 25);
    }

    void reportsFailedChunks()
    {
        MembersApi api(*m_api->client);
        QStringList ids = m_users.mid(0, 10);
        ids.append(QStringLiteral("auth0|does-not-exist"));
        auto result = awaitResult<BatchResult>([&](QObject *c, auto d) { api.add(m_orgId, ids, c, d); });
        QVERIFY(result);
        QCOMPARE(result->value.succeeded.size(), 10);
        QCOMPARE(result->value.failedIds(), QStringList{QStringLiteral("auth0|does-not-exist")});
        QCOMPARE(result->value.failed.first().error.status, 400);
        QVERIFY(!result->ok());

        auto unknownOrg = awaitResult<Done>([&](QObject *c, auto d) {
            api.addChunk(QStringLiteral("org_doesnotexist00"), m_users.mid(0, 1), c, d);
        });
        QCOMPARE(unknownOrg->error.status, 404);
    }

    void assignsListsAndRemovesMemberRoles()
    {
        const QString admin = TenantSeed::createRole(*m_sandbox, QStringLiteral("Org Admin"));
        const QString viewer = TenantSeed::createRole(*m_sandbox, QStringLiteral("Org Viewer"));
        const QString user = m_users.first();   // auth0|... : the '|' must be encoded in the path
        MemberRolesApi roles(*m_api->client);
        auto assigned = awaitResult<Done>([&](QObject *c, auto d) { roles.assign(m_orgId, user, {admin, viewer}, c, d); });
        QVERIFY2(assigned && assigned->ok(), qPrintable(assigned->error.logText()));

        auto held = awaitResult<QList<Role>>([&](QObject *c, auto d) { roles.list(m_orgId, user, c, d); });
        QVERIFY(held && held->ok());
        QCOMPARE(held->value.size(), 2);

        // Inline roles on the member list (fields=...roles).
        const QList<Member> members = listAll(m_orgId, true);
        QCOMPARE(members.size(), 25);
        bool seen = false;
        for (const Member &m : members) {
            QVERIFY(m.rolesIncluded);
            if (m.userId == user) {
                seen = true;
                QCOMPARE(m.roles.size(), 2);
                QVERIFY(!m.email.isEmpty());
            }
        }
        QVERIFY(seen);

        auto removed = awaitResult<Done>([&](QObject *c, auto d) { roles.remove(m_orgId, user, {admin}, c, d); });
        QVERIFY(removed && removed->ok());
        held = awaitResult<QList<Role>>([&](QObject *c, auto d) { roles.list(m_orgId, user, c, d); });
        QCOMPARE(held->value.size(), 1);
        QCOMPARE(held->value.first().id, viewer);

        auto unknownRole = awaitResult<Done>(
            [&](QObject *c, auto d) { roles.assign(m_orgId, user, {QStringLiteral("rol_nope")}, c, d); });
        QVERIFY(!unknownRole->ok());
        QVERIFY(unknownRole->error.status == 400 || unknownRole->error.status == 404);
    }

    void removesMembers()
    {
        MembersApi api(*m_api->client);
        auto removed = awaitResult<BatchResult>([&](QObject *c, auto d) { api.remove(m_orgId, m_users.mid(0, 12), c, d); });
        QVERIFY(removed && removed->ok());
        QCOMPARE(removed->value.succeeded.size(), 12);
        QCOMPARE(listAll(m_orgId, false).size(), 13);
    }

    void listsPastTheThousandMemberCeiling()
    {
        OrganizationsApi orgs(*m_api->client);
        auto scale = awaitResult<Organization>([&](QObject *c, auto d) { orgs.getByName(QStringLiteral("scale-test"), c, d); });
        QVERIFY(scale && scale->ok());

        // Page-based listing stops at 1000 records: the tenant refuses the page after.
        MembersApi api(*m_api->client);
        Pager beyond = Pager::byPage(100);
        for (int i = 0; i < 10; ++i)
            beyond.advance(Pager::Envelope{QJsonArray::fromStringList(QStringList(100, QStringLiteral("x"))), {}, {}});
        auto refused = awaitResult<Page<Member>>([&](QObject *c, auto d) { api.listPage(scale->value.id, beyond, false, c, d); });
        QCOMPARE(refused->error.status, 400);
        QCOMPARE(refused->error.errorCode, QStringLiteral("invalid_paging"));

        // Checkpoint paging has no such ceiling.
        TenantSeed::resetStats(*m_sandbox);
        ApiError error;
        const QList<Member> members = listAll(scale->value.id, true, &error);
        QVERIFY2(!error.isError(), qPrintable(error.logText()));
        QCOMPARE(members.size(), kScaleMembers);
        QSet<QString> ids;
        for (const Member &m : members)
            ids.insert(m.userId);
        QCOMPARE(ids.size(), kScaleMembers);
        const QJsonObject stats = TenantSeed::stats(*m_sandbox);
        // 13 pages of up to 100 (the last short page may carry a next that leads to an empty one).
        const int pages = TenantSeed::requests(stats, QStringLiteral("GET /api/v2/organizations/{id}/members"));
        QVERIFY2(pages == 13 || pages == 14, qPrintable(QString::number(pages)));
    }
};

QTEST_GUILESS_MAIN(TestApiMembers)
#include "tst_api_members.moc"
