// InvitationsApi against the sandbox: create, get, list until a short page
// (no total), delete, and the tenant's errors.
#include "ApiHarness.h"
#include "SandboxFixture.h"
#include "TenantSeed.h"

#include "api/InvitationsApi.h"

#include <QStandardPaths>
#include <QTest>

using namespace Api;

class TestApiInvitations final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ApiHarness> m_api;
    QString m_orgId;
    QString m_clientId;

    NewInvitation invitationFor(const QString &email) const
    {
        NewInvitation invitation;
        invitation.inviterName = QStringLiteral("Ann Admin");
        invitation.inviteeEmail = email;
        invitation.clientId = m_clientId;
        invitation.sendEmail = false;
        return invitation;
    }

    ApiResult<Invitation> create(const NewInvitation &invitation)
    {
        InvitationsApi api(*m_api->client);
        return awaitResult<Invitation>([&](QObject *c, auto d) { api.create(m_orgId, invitation, c, d); }).value();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<SandboxFixture>(quietSandboxOptions(QStringLiteral("empty")));
        QVERIFY(m_sandbox->start());
        m_api = std::make_unique<ApiHarness>(m_sandbox->baseUrl());
        m_orgId = TenantSeed::createOrganization(*m_sandbox, QStringLiteral("inviting"));
        m_clientId = TenantSeed::createClient(*m_sandbox, QStringLiteral("Portal"));
        QVERIFY(!m_orgId.isEmpty());
        QVERIFY(!m_clientId.isEmpty());
    }

    void createsGetsAndDeletes()
    {
        const QString role = TenantSeed::createRole(*m_sandbox, QStringLiteral("Invitee Role"));
        NewInvitation invitation = invitationFor(QStringLiteral("new.person@example.com"));
        invitation.roles = {role};
        invitation.ttlSecs = 3600;
        const auto created = create(invitation);
        QVERIFY2(created.ok(), qPrintable(created.error.logText()));
        QVERIFY(created.value.id.startsWith(QStringLiteral("uinv_")));
        QCOMPARE(created.value.inviteeEmail, QStringLiteral("new.person@example.com"));
        QCOMPARE(created.value.inviterName, QStringLiteral("Ann Admin"));
        QCOMPARE(created.value.roles, QStringList{role});
        QCOMPARE(created.value.createdAt.secsTo(created.value.expiresAt), 3600);
        QVERIFY(created.value.invitationUrl.startsWith(QStringLiteral("https://app.example.com/login?invitation=")));

        InvitationsApi api(*m_api->client);
        auto fetched = awaitResult<Invitation>([&](QObject *c, auto d) { api.get(m_orgId, created.value.id, c, d); });
        QVERIFY(fetched && fetched->ok());
        QCOMPARE(fetched->value.ticketId, created.value.ticketId);

        auto removed = awaitResult<Done>([&](QObject *c, auto d) { api.remove(m_orgId, created.value.id, c, d); });
        QVERIFY(removed && removed->ok());
        auto gone = awaitResult<Invitation>([&](QObject *c, auto d) { api.get(m_orgId, created.value.id, c, d); });
        QCOMPARE(gone->error.status, 404);
        QCOMPARE(gone->error.errorCode, QStringLiteral("inexistent_invitation"));
    }

    void reportsTheTenantsErrors()
    {
        NewInvitation noClient = invitationFor(QStringLiteral("x@example.com"));
        noClient.clientId = QStringLiteral("no-such-client");
        const auto refused = create(noClient);
        QCOMPARE(refused.error.status, 400);
        QVERIFY(!refused.error.outcomeUnknown);

        NewInvitation badRole = invitationFor(QStringLiteral("y@example.com"));
        badRole.roles = {QStringLiteral("rol_doesnotexist0000")};
        QCOMPARE(create(badRole).error.status, 400);

        InvitationsApi api(*m_api->client);
        auto unknownOrg = awaitResult<QList<Invitation>>(
            [&](QObject *c, auto d) { api.listAll(QStringLiteral("org_doesnotexist00"), c, d); });
        QCOMPARE(unknownOrg->error.status, 404);
    }

    void listsUntilAShortPage()
    {
        for (int i = 0; i < 57; ++i)
            QVERIFY(create(invitationFor(QStringLiteral("bulk%1@example.com").arg(i))).ok());
        TenantSeed::resetStats(*m_sandbox);
        InvitationsApi api(*m_api->client);
        auto all = awaitResult<QList<Invitation>>([&](QObject *c, auto d) { api.listAll(m_orgId, c, d); });
        QVERIFY(all && all->ok());
        QCOMPARE(all->value.size(), 57);
        // 50 + 7: the short second page ends it, with no total to go by.
        QCOMPARE(TenantSeed::requests(TenantSeed::stats(*m_sandbox),
                                      QStringLiteral("GET /api/v2/organizations/{id}/invitations")),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestApiInvitations)
#include "tst_api_invitations.moc"
