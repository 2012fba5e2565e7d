// ApiSession: a profile and a keychain become a working connection with every
// resource class, and capabilities follow the token.
#include "FakeSecretBackend.h"
#include "SandboxFixture.h"
#include "TenantSeed.h"
#include "ApiHarness.h"

#include "api/AccessManager.h"
#include "api/ApiSession.h"
#include "api/MembersApi.h"
#include "api/OrganizationsApi.h"
#include "auth/TokenProvider.h"
#include "auth/TokenStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Api;

class TestApiSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void connectsAProfile()
    {
        SandboxFixture sandbox(quietSandboxOptions(QStringLiteral("empty")));
        QVERIFY(sandbox.start());
        const QString orgId = TenantSeed::createOrganization(sandbox, QStringLiteral("acme"));
        const QStringList users = TenantSeed::createUsers(sandbox, 3, QStringLiteral("session"));

        Auth::TokenStore store(std::make_unique<FakeSecretBackend>());
        const Auth::TenantProfile profile = ApiHarness::profileFor(sandbox.baseUrl(), QStringLiteral("sandbox"));
        ApiSession session(profile, &store);
        QVERIFY(session.isUsable());
        QVERIFY(session.access().carriesToken(QUrl(sandbox.baseUrl() + QStringLiteral("/api/v2/users"))));
        QVERIFY(!session.capabilities().can(Auth::Capabilities::Operation::ListMembers));

        QSignalSpy changed(&session, &ApiSession::capabilitiesChanged);
        session.tokens().setClientSecret("sandbox-secret", true);
        auto added = awaitResult<BatchResult>([&](QObject *c, auto d) { session.members().add(orgId, users, c, d); });
        QVERIFY2(added && added->ok(), qPrintable(added->error.logText()));
        QVERIFY(changed.count() >= 1);
        QVERIFY(session.capabilities().can(Auth::Capabilities::Operation::AddMembers));
        auto listed = awaitResult<QList<Member>>(
            [&](QObject *c, auto d) { session.members().listAll(orgId, true, c, {}, d); });
        QVERIFY(listed && listed->ok());
        QCOMPARE(listed->value.size(), 3);
    }

    void usesHttpsOffLoopback()
    {
        Auth::TenantProfile profile =
            Auth::TenantProfile::create(QStringLiteral("LAN"), QStringLiteral("10.1.2.3:8080"), QStringLiteral("c"));
        ApiSession session(profile, nullptr);
        // The profile itself says https for it; only loopback may be plain http.
        QVERIFY(session.isUsable());
        QCOMPARE(session.access().tenant().scheme(), QStringLiteral("https"));
    }
};

QTEST_GUILESS_MAIN(TestApiSession)
#include "tst_api_session.moc"
