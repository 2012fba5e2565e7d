// OrganizationsApi and EnabledConnectionsApi against the sandbox tenant over
// real loopback HTTP: every endpoint, its errors, and paging past one page.
#include "ApiHarness.h"
#include "SandboxFixture.h"
#include "TenantSeed.h"

#include "api/EnabledConnectionsApi.h"
#include "api/OrganizationsApi.h"

#include <QStandardPaths>
#include <QTest>

#include <QSet>

using namespace Api;

class TestApiOrganizations final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ApiHarness> m_api;

    ApiResult<Organization> create(const Organization &draft)
    {
        OrganizationsApi api(*m_api->client);
        return awaitResult<Organization>([&](QObject *ctx, auto done) { api.create(draft, ctx, done); }).value();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<SandboxFixture>(quietSandboxOptions(QStringLiteral("empty")));
        QVERIFY(m_sandbox->start());
        m_api = std::make_unique<ApiHarness>(m_sandbox->baseUrl());
    }

    void createsReadsUpdatesAndDeletes()
    {
        Organization draft;
        draft.name = QStringLiteral("acme");
        draft.displayName = QStringLiteral("Acme Inc.");
        draft.primaryColor = QStringLiteral("#112233");
        draft.pageBackgroundColor = QStringLiteral("#ffffff");
        draft.metadata.insert(QStringLiteral("tier"), QStringLiteral("gold"));
        const auto created = create(draft);
        QVERIFY2(created.ok(), qPrintable(created.error.logText()));
        QVERIFY(created.value.id.startsWith(QStringLiteral("org_")));
        QCOMPARE(created.value.displayName, QStringLiteral("Acme Inc."));
        QCOMPARE(created.value.primaryColor, QStringLiteral("#112233"));
        const QString id = created.value.id;

        OrganizationsApi api = OrganizationsApi(*m_api->client);
        auto byId = awaitResult<Organization>([&](QObject *c, auto d) { api.get(id, c, d); });
        QVERIFY(byId && byId->ok());
        QCOMPARE(byId->value.metadata.value(QStringLiteral("tier")), QStringLiteral("gold"));
        auto byName = awaitResult<Organization>([&](QObject *c, auto d) { api.getByName(QStringLiteral("acme"), c, d); });
        QVERIFY(byName && byName->ok());
        QCOMPARE(byName->value.id, id);

        const QJsonObject patch{{QStringLiteral("display_name"), QStringLiteral("Acme Corporation")},
                                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("tier"), QJsonValue::Null},
                                                                         {QStringLiteral("region"), QStringLiteral("eu")}}}};
        auto updated = awaitResult<Organization>([&](QObject *c, auto d) { api.update(id, patch, c, d); });
        QVERIFY(updated && updated->ok());
        QCOMPARE(updated->value.displayName, QStringLiteral("Acme Corporation"));
        QVERIFY(!updated->value.metadata.contains(QStringLiteral("tier")));
        QCOMPARE(updated->value.metadata.value(QStringLiteral("region")), QStringLiteral("eu"));

        auto removed = awaitResult<Done>([&](QObject *c, auto d) { api.remove(id, c, d); });
        QVERIFY(removed && removed->ok());
        auto gone = awaitResult<Organization>([&](QObject *c, auto d) { api.get(id, c, d); });
        QVERIFY(gone && !gone->ok());
        QCOMPARE(gone->error.status, 404);
        QCOMPARE(gone->error.message, QStringLiteral("No organization found by that id or name"));
        QVERIFY(gone->error.userMessage().contains(QStringLiteral("No organization found")));
        auto removeAgain = awaitResult<Done>([&](QObject *c, auto d) { api.remove(id, c, d); });
        QCOMPARE(removeAgain->error.status, 404);  // a first-attempt 404 is an error, not a retry leftover
    }

    void reportsTheTenantsErrors()
    {
        Organization taken;
        taken.name = QStringLiteral("taken");
        QVERIFY(create(taken).ok());
        const auto conflict = create(taken);
        QCOMPARE(conflict.error.status, 409);
        QCOMPARE(conflict.error.errorCode, QStringLiteral("organization_conflict"));
        QVERIFY(!conflict.error.outcomeUnknown);

        Organization bad;
        bad.name = QStringLiteral("Not Valid!");
        const auto invalid = create(bad);
        QCOMPARE(invalid.error.status, 400);
        QCOMPARE(invalid.error.kind, ApiError::Kind::Http);
        QVERIFY(!invalid.error.message.isEmpty());
        QVERIFY(invalid.error.userMessage().startsWith(QStringLiteral("The tenant refused the request")));

        OrganizationsApi api(*m_api->client);
        auto longName = awaitResult<Organization>(
            [&](QObject *c, auto d) { api.getByName(QString(60, QLatin1Char('a')), c, d); });
        QCOMPARE(longName->error.status, 400);
        QCOMPARE(longName->error.errorCode, QStringLiteral("invalid_uri"));
    }

    void pagesThroughManyOrganizations()
    {
        for (int i = 0; i < 130; ++i)
            QVERIFY(!TenantSeed::createOrganization(*m_sandbox, QStringLiteral("bulk-%1").arg(i, 3, 10, QLatin1Char('0'))).isEmpty());
        OrganizationsApi api(*m_api->client);
        int progressCalls = 0;
        auto all = awaitResult<QList<Organization>>([&](QObject *c, auto d) {
            api.listAll(c, [&progressCalls](int, std::optional<int>) { ++progressCalls; }, d);
        });
        QVERIFY(all && all->ok());
        QSet<QString> ids;
        for (const Organization &org : all->value)
            ids.insert(org.id);
        QCOMPARE(ids.size(), int(all->value.size()));
        QVERIFY(all->value.size() >= 131);  // 130 + "taken"
        QCOMPARE(progressCalls, 1);         // two pages of 100: progress after the first

        // Page by page with totals, as a model's fetchMore would.
        Pager pager = Pager::byPage(50);
        int fetched = 0;
        while (!pager.atEnd()) {
            auto page = awaitResult<Page<Organization>>([&](QObject *c, auto d) { api.list(pager, c, d); });
            QVERIFY(page && page->ok());
            fetched += int(page->value.items.size());
            pager = page->value.pager;
        }
        QCOMPARE(fetched, int(all->value.size()));
        QCOMPARE(*pager.total(), fetched);
    }

    void enablesConnections()
    {
        const QString orgId = TenantSeed::createOrganization(*m_sandbox, QStringLiteral("with-connections"));
        const QString connectionId = TenantSeed::connectionId(*m_sandbox);
        QVERIFY(!connectionId.isEmpty());
        EnabledConnectionsApi api(*m_api->client);

        OrgConnection connection;
        connection.connectionId = connectionId;
        connection.assignMembershipOnLogin = true;
        auto added = awaitResult<OrgConnection>([&](QObject *c, auto d) { api.add(orgId, connection, c, d); });
        QVERIFY2(added && added->ok(), qPrintable(added->error.logText()));
        QCOMPARE(added->value.strategy, QStringLiteral("auth0"));
        QVERIFY(added->value.assignMembershipOnLogin);

        auto again = awaitResult<OrgConnection>([&](QObject *c, auto d) { api.add(orgId, connection, c, d); });
        QCOMPARE(again->error.status, 409);

        auto list = awaitResult<QList<OrgConnection>>([&](QObject *c, auto d) { api.list(orgId, c, d); });
        QVERIFY(list && list->ok());
        QCOMPARE(list->value.size(), 1);
        QCOMPARE(list->value.first().name, QStringLiteral("Username-Password-Authentication"));

        // Sign-up only with membership on login: the tenant's 400 comes through.
        auto refused = awaitResult<OrgConnection>([&](QObject *c, auto d) {
            api.update(orgId, connectionId,
                       QJsonObject{{QStringLiteral("assign_membership_on_login"), false},
                                   {QStringLiteral("is_signup_enabled"), true}},
                       c, d);
        });
        QCOMPARE(refused->error.status, 400);
        QCOMPARE(refused->error.errorCode, QStringLiteral("invalid_body"));

        auto updated = awaitResult<OrgConnection>([&](QObject *c, auto d) {
            api.update(orgId, connectionId, QJsonObject{{QStringLiteral("is_signup_enabled"), true}}, c, d);
        });
        QVERIFY(updated && updated->ok());
        QVERIFY(updated->value.isSignupEnabled);

        auto removed = awaitResult<Done>([&](QObject *c, auto d) { api.remove(orgId, connectionId, c, d); });
        QVERIFY(removed && removed->ok());
        auto missing = awaitResult<OrgConnection>([&](QObject *c, auto d) { api.get(orgId, connectionId, c, d); });
        QCOMPARE(missing->error.status, 404);
    }
};

QTEST_GUILESS_MAIN(TestApiOrganizations)
#include "tst_api_organizations.moc"
