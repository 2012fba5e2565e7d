// Every injected fault against the scheduler: reads and member changes are
// retried until they succeed; creating an organization or an invitation is
// never repeated blindly — it is checked, and otherwise reported as having
// an unknown outcome.
#include "ApiHarness.h"
#include "SandboxFixture.h"
#include "TenantSeed.h"
#include "SandboxServer.h"
#include "TenantStore.h"

#include "api/InvitationsApi.h"
#include "api/MembersApi.h"
#include "api/OrganizationsApi.h"

#include <QLoggingCategory>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Api;

class TestApiFaults final : public QObject
{
    Q_OBJECT

    static constexpr int kMembers = 250;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ApiHarness> m_api;
    QString m_scaleOrg;
    QString m_clientId;

    ApiResult<Organization> createOrg(const QString &name)
    {
        OrganizationsApi api(*m_api->client);
        Organization draft;
        draft.name = name;
        return awaitResult<Organization>([&](QObject *c, auto d) { api.create(draft, c, d); }).value();
    }

    int organizationsNamed(const QString &name)
    {
        int count = 0;
        m_sandbox->thread().runOnServer([&](Sandbox::SandboxServer &server) {
            count = server.service().store().organizationByName(name) ? 1 : 0;
        });
        return count;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("orgconsole.api.debug=false"));
        Sandbox::SandboxOptions options = quietSandboxOptions(QStringLiteral("empty"));
        options.scale = kMembers;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_sandbox->start());
        m_api = std::make_unique<ApiHarness>(m_sandbox->baseUrl());
        ApiClient::Settings settings;
        settings.maxAttempts = 8;
        settings.baseBackoffMs = 20;
        settings.maxBackoffMs = 200;
        settings.transferTimeoutMs = 600;   // a hung request is given up on quickly
        settings.jitterSeed = 3;
        m_api->client->setSettings(settings);
        m_scaleOrg = m_sandbox->call("GET", QStringLiteral("/api/v2/organizations/name/scale-test"))
                         .object().value(QStringLiteral("id")).toString();
        m_clientId = TenantSeed::createClient(*m_sandbox, QStringLiteral("Portal"));
        QVERIFY(!m_scaleOrg.isEmpty());
    }

    void cleanup() { QVERIFY(TenantSeed::setFaults(*m_sandbox, QString())); }

    void readsAndMemberChangesAreRetried_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("fault");
        QTest::newRow("500") << QStringLiteral("500=0.3") << QStringLiteral("500");
        QTest::newRow("502 and 503") << QStringLiteral("502=0.15,503=0.15") << QStringLiteral("503");
        QTest::newRow("html from a proxy") << QStringLiteral("html=0.3") << QStringLiteral("html");
        QTest::newRow("dropped connection") << QStringLiteral("drop=0.3") << QStringLiteral("drop");
        QTest::newRow("lost answer") << QStringLiteral("lost=0.3") << QStringLiteral("lost");
        QTest::newRow("hang past the timeout") << QStringLiteral("hang=0.25") << QStringLiteral("hang");
        QTest::newRow("truncated body") << QStringLiteral("truncate=0.3") << QStringLiteral("truncate");
        QTest::newRow("malformed body") << QStringLiteral("malformed=0.3") << QStringLiteral("malformed");
        QTest::newRow("slow answer") << QStringLiteral("delay=0.5:150") << QStringLiteral("delay");
    }

    void readsAndMemberChangesAreRetried()
    {
        QFETCH(QString, spec);
        QFETCH(QString, fault);
        const QString prefix = QStringLiteral("fault-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
        const QStringList users = TenantSeed::createUsers(*m_sandbox, 15, QString(prefix).remove(QLatin1Char(' ')));
        QCOMPARE(users.size(), 15);
        TenantSeed::resetStats(*m_sandbox);
        QVERIFY(TenantSeed::setFaults(*m_sandbox, spec, QStringLiteral("/members"), 11));

        MembersApi api(*m_api->client);
        auto listed = awaitResult<QList<Member>>(
            [&](QObject *c, auto d) { api.listAll(m_scaleOrg, true, c, {}, d); }, 120000);
        QVERIFY(listed.has_value());
        QVERIFY2(listed->ok(), qPrintable(listed->error.logText()));
        QSet<QString> ids;
        for (const Member &m : listed->value)
            ids.insert(m.userId);
        QCOMPARE(ids.size(), kMembers + 0);
        QCOMPARE(int(listed->value.size()), kMembers);

        auto added = awaitResult<BatchResult>([&](QObject *c, auto d) { api.add(m_scaleOrg, users, c, d); }, 60000);
        QVERIFY2(added && added->ok(), qPrintable(added->error.logText()));
        auto removed = awaitResult<BatchResult>([&](QObject *c, auto d) { api.remove(m_scaleOrg, users, c, d); }, 60000);
        QVERIFY2(removed && removed->ok(), qPrintable(removed->error.logText()));

        const QJsonObject stats = TenantSeed::stats(*m_sandbox);
        qInfo() << spec << "faults injected:" << stats.value(QStringLiteral("faults")).toObject()
                << "member list requests:"
                << TenantSeed::requests(stats, QStringLiteral("GET /api/v2/organizations/{id}/members"));
        QVERIFY2(TenantSeed::faults(stats, fault) > 0, "the fault was never drawn; the test proved nothing");

        // The membership is exactly as before: every add landed, every remove too.
        QVERIFY(TenantSeed::setFaults(*m_sandbox, QString()));
        auto after = awaitResult<QList<Member>>([&](QObject *c, auto d) { api.listAll(m_scaleOrg, false, c, {}, d); });
        QVERIFY(after && after->ok());
        QCOMPARE(int(after->value.size()), kMembers);
    }

    void lostCreateIsFoundByName()
    {
        const quint32 seed = TenantSeed::seedFor(QStringLiteral("lost=0.5"), {QStringLiteral("lost"), QStringLiteral("none")});
        QVERIFY(seed);
        TenantSeed::resetStats(*m_sandbox);
        QVERIFY(TenantSeed::setFaults(*m_sandbox, QStringLiteral("lost=0.5"), QStringLiteral("/organizations"), seed));
        const auto created = createOrg(QStringLiteral("lost-create"));
        QVERIFY2(created.ok(), qPrintable(created.error.logText()));
        QCOMPARE(created.value.name, QStringLiteral("lost-create"));
        const QJsonObject stats = TenantSeed::stats(*m_sandbox);
        QCOMPARE(TenantSeed::faults(stats, QStringLiteral("lost")), 1);
        QCOMPARE(TenantSeed::requests(stats, QStringLiteral("POST /api/v2/organizations")), 1);
        QCOMPARE(TenantSeed::requests(stats, QStringLiteral("GET /api/v2/organizations/name/{name}")), 1);
        QCOMPARE(organizationsNamed(QStringLiteral("lost-create")), 1);
    }

    void createThatNeverArrivedIsSentAgainAfterTheCheck()
    {
        const QString spec = QStringLiteral("503=0.5");
        const quint32 seed = TenantSeed::seedFor(spec, {QStringLiteral("503"), QStringLiteral("none"), QStringLiteral("none")});
        QVERIFY(seed);
        TenantSeed::resetStats(*m_sandbox);
        QVERIFY(TenantSeed::setFaults(*m_sandbox, spec, QStringLiteral("/organizations"), seed));
        const auto created = createOrg(QStringLiteral("second-try"));
        QVERIFY2(created.ok(), qPrintable(created.error.logText()));
        const QJsonObject stats = TenantSeed::stats(*m_sandbox);
        QCOMPARE(TenantSeed::requests(stats, QStringLiteral("POST /api/v2/organizations")), 2);
        QCOMPARE(TenantSeed::requests(stats, QStringLiteral("GET /api/v2/organizations/name/{name}")), 1);
        QCOMPARE(organizationsNamed(QStringLiteral("second-try")), 1);
    }

    void unsettledCreateReportsAnUnknownOutcome()
    {
        TenantSeed::resetStats(*m_sandbox);
        QVERIFY(TenantSeed::setFaults(*m_sandbox, QStringLiteral("hang=1"), QStringLiteral("/organizations")));
        const auto created = createOrg(QStringLiteral("in-limbo"));
        QVERIFY(!created.ok());
        QVERIFY(created.error.outcomeUnknown);
        QCOMPARE(created.error.kind, ApiError::Kind::Timeout);
        QVERIFY(created.error.userMessage().contains(QStringLiteral("not known")));
        const QJsonObject stats = TenantSeed::stats(*m_sandbox);
        // Sent once, never repeated; the name lookups were retried (they are reads).
        QCOMPARE(TenantSeed::requests(stats, QStringLiteral("POST /api/v2/organizations")), 1);
        QCOMPARE(TenantSeed::requests(stats, QStringLiteral("GET /api/v2/organizations/name/{name}")),
                 m_api->client->settings().maxAttempts);
    }

    void lostInvitationIsFoundInTheList()
    {
        const QString orgId = TenantSeed::createOrganization(*m_sandbox, QStringLiteral("invites-under-fault"));
        const quint32 seed = TenantSeed::seedFor(QStringLiteral("lost=0.5"), {QStringLiteral("lost"), QStringLiteral("none")});
        TenantSeed::resetStats(*m_sandbox);
        QVERIFY(TenantSeed::setFaults(*m_sandbox, QStringLiteral("lost=0.5"), QStringLiteral("/invitations"), seed));
        NewInvitation invitation;
        invitation.inviterName = QStringLiteral("Ann");
        invitation.inviteeEmail = QStringLiteral("once@example.com");
        invitation.clientId = m_clientId;
        invitation.sendEmail = false;
        InvitationsApi api(*m_api->client);
        auto created = awaitResult<Invitation>([&](QObject *c, auto d) { api.create(orgId, invitation, c, d); });
        QVERIFY2(created && created->ok(), qPrintable(created->error.logText()));
        QCOMPARE(created->value.inviteeEmail, QStringLiteral("once@example.com"));
        const QJsonObject stats = TenantSeed::stats(*m_sandbox);
        QCOMPARE(TenantSeed::requests(stats, QStringLiteral("POST /api/v2/organizations/{id}/invitations")), 1);

        // A failing tenant: one POST, an unknown outcome, and no second email.
        TenantSeed::resetStats(*m_sandbox);
        QVERIFY(TenantSeed::setFaults(*m_sandbox, QStringLiteral("500=1"), QStringLiteral("/invitations")));
        invitation.inviteeEmail = QStringLiteral("twice@example.com");
        auto failed = awaitResult<Invitation>([&](QObject *c, auto d) { api.create(orgId, invitation, c, d); });
        QVERIFY(failed && !failed->ok());
        QVERIFY(failed->error.outcomeUnknown);
        QCOMPARE(TenantSeed::requests(TenantSeed::stats(*m_sandbox),
                                      QStringLiteral("POST /api/v2/organizations/{id}/invitations")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_api_faults.moc"
