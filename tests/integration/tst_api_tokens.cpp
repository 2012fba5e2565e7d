// Tokens end to end: the client-credentials grant, refresh before expiry and
// once after a 401, scopes as capabilities with a limited client, pasted
// tokens (expired: a clear message), the keychain cache, and logs that never
// hold a token or a secret.
#include "ApiHarness.h"
#include "ManualClock.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "SandboxService.h"
#include "TenantSeed.h"
#include "TenantStore.h"

#include "api/MembersApi.h"
#include "api/OrganizationsApi.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Api;
using Op = Auth::Capabilities::Operation;

namespace {
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TestApiTokens final : public QObject
{
    Q_OBJECT

    QList<QByteArray> m_seenTokens;

    static int tokenRequests(SandboxFixture &sandbox)
    {
        return TenantSeed::requests(TenantSeed::stats(sandbox), QStringLiteral("POST /oauth/token"));
    }

    static std::optional<ApiResult<Organization>> getOrg(ApiHarness &api, const QString &name)
    {
        OrganizationsApi orgs(*api.client);
        return awaitResult<Organization>([&](QObject *c, auto d) { orgs.getByName(name, c, d); });
    }

    static void shiftServerClock(SandboxFixture &sandbox, qint64 offsetMs)
    {
        sandbox.thread().runOnServer([offsetMs](Sandbox::SandboxServer &server) {
            server.service().store().setClock([offsetMs]() { return QDateTime::currentMSecsSinceEpoch() + offsetMs; });
        });
    }

    QByteArray issue(SandboxFixture &sandbox, const QStringList &scopes, qint64 lifetimeSecs)
    {
        QByteArray token;
        sandbox.thread().runOnServer([&](Sandbox::SandboxServer &server) {
            token = server.service().issueToken(scopes, lifetimeSecs, QByteArray("127.0.0.1"));
        });
        m_seenTokens.append(token);
        return token;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("orgconsole.*=true"));
        g_previous = qInstallMessageHandler(capture);
    }

    void refreshesBeforeExpiry()
    {
        Sandbox::SandboxOptions options = quietSandboxOptions(QStringLiteral("empty"));
        options.tokenTtlSecs = 60;
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        TenantSeed::createOrganization(sandbox, QStringLiteral("acme"));
        TenantSeed::resetStats(sandbox);
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        ApiHarness api(sandbox.baseUrl(), &clock);
        // A remembered secret: its tokens are cached in the keychain too.
        api.tokens->setClientSecret("sandbox-secret", true);

        QVERIFY(getOrg(api, QStringLiteral("acme"))->ok());
        QCOMPARE(tokenRequests(sandbox), 1);
        const QByteArray first = api.tokens->currentToken().value;
        m_seenTokens.append(first);
        QVERIFY(api.tokens->fetchCount() == 1);

        clock.advance(30'000); // half-way: the cached token is still good
        QVERIFY(getOrg(api, QStringLiteral("acme"))->ok());
        QCOMPARE(tokenRequests(sandbox), 1);

        clock.advance(25'000); // 55 s of 60: inside the refresh margin (6 s)
        shiftServerClock(sandbox, 55'000); // the tenant's time moves along with ours
        QVERIFY(getOrg(api, QStringLiteral("acme"))->ok());
        QCOMPARE(tokenRequests(sandbox), 2);
        QVERIFY(api.tokens->currentToken().value != first);
        m_seenTokens.append(api.tokens->currentToken().value);
        // The fresh token was cached in the (fake) keychain with its expiry.
        const auto cached = Auth::AccessToken::deserialize(
            api.secrets->value(Auth::TokenStore::keyFor(api.profile.id, Auth::TokenStore::Kind::CachedToken)));
        QCOMPARE(cached.value, api.tokens->currentToken().value);
        QVERIFY(cached.expiresAtMs > clock.nowMs());
    }

    void refreshesAShortLivedTokenInRealTime()
    {
        // --token-ttl 2: the token is renewed a second early, so the tenant never
        // sees an expired one. The only test here that lets wall time pass.
        Sandbox::SandboxOptions options = quietSandboxOptions(QStringLiteral("empty"));
        options.tokenTtlSecs = 2;
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        TenantSeed::createOrganization(sandbox, QStringLiteral("acme"));
        TenantSeed::resetStats(sandbox);
        ApiHarness api(sandbox.baseUrl());
        QVERIFY(getOrg(api, QStringLiteral("acme"))->ok());
        m_seenTokens.append(api.tokens->currentToken().value);
        QTest::qWait(1200);
        QVERIFY(getOrg(api, QStringLiteral("acme"))->ok());
        m_seenTokens.append(api.tokens->currentToken().value);
        const QJsonObject stats = TenantSeed::stats(sandbox);
        QCOMPARE(TenantSeed::requests(stats, QStringLiteral("POST /oauth/token")), 2);
        QCOMPARE(TenantSeed::responses(stats, 401), 0);
    }

    void refreshesOnceAfterA401()
    {
        SandboxFixture sandbox(quietSandboxOptions(QStringLiteral("empty")));
        QVERIFY(sandbox.start());
        TenantSeed::createOrganization(sandbox, QStringLiteral("acme"));
        ApiHarness api(sandbox.baseUrl());
        QVERIFY(getOrg(api, QStringLiteral("acme"))->ok());
        m_seenTokens.append(api.tokens->currentToken().value);

        // The tenant's clock jumps two days: our token is expired there, not here.
        shiftServerClock(sandbox, 2 * 86400 * 1000LL);
        TenantSeed::resetStats(sandbox);
        const auto after = getOrg(api, QStringLiteral("acme"));
        QVERIFY2(after->ok(), qPrintable(after->error.logText()));
        QCOMPARE(after->value.name, QStringLiteral("acme"));
        const QJsonObject stats = TenantSeed::stats(sandbox);
        QCOMPARE(TenantSeed::responses(stats, 401), 1);
        QCOMPARE(TenantSeed::requests(stats, QStringLiteral("POST /oauth/token")), 1);
        m_seenTokens.append(api.tokens->currentToken().value);
    }

    void reportsBadCredentials()
    {
        SandboxFixture sandbox(quietSandboxOptions(QStringLiteral("empty")));
        QVERIFY(sandbox.start());
        ApiHarness api(sandbox.baseUrl(), nullptr, QStringLiteral("sandbox"), QByteArrayLiteral("wrong-secret"));
        const auto result = getOrg(api, QStringLiteral("acme"));
        QCOMPARE(result->error.kind, ApiError::Kind::Auth);
        QCOMPARE(result->error.authFailure.reason, Auth::AuthFailure::Reason::BadCredentials);
        QVERIFY(result->error.userMessage().contains(QStringLiteral("client secret")));

        ApiHarness noSecret(sandbox.baseUrl(), nullptr, QStringLiteral("sandbox"), QByteArray());
        const auto missing = getOrg(noSecret, QStringLiteral("acme"));
        QCOMPARE(missing->error.authFailure.reason, Auth::AuthFailure::Reason::MissingSecret);
    }

    void reusesTheKeychainCopies()
    {
        SandboxFixture sandbox(quietSandboxOptions(QStringLiteral("empty")));
        QVERIFY(sandbox.start());
        TenantSeed::createOrganization(sandbox, QStringLiteral("acme"));
        TenantSeed::resetStats(sandbox);
        ApiHarness first(sandbox.baseUrl(), nullptr, QStringLiteral("sandbox"), QByteArray());
        first.tokens->setClientSecret("sandbox-secret", true);
        QVERIFY(getOrg(first, QStringLiteral("acme"))->ok());
        m_seenTokens.append(first.tokens->currentToken().value);
        QCOMPARE(tokenRequests(sandbox), 1);

        // A later session for the same profile: secret and token come from the keychain.
        Auth::TokenProvider again(first.profile, &first.access, first.store.get());
        Api::ApiClient client(&first.access, &again);
        OrganizationsApi orgs(client);
        auto result
            = awaitResult<Organization>([&](QObject *c, auto d) { orgs.getByName(QStringLiteral("acme"), c, d); });
        QVERIFY(result && result->ok());
        QCOMPARE(tokenRequests(sandbox), 1);
        QCOMPARE(again.fetchCount(), 0);

        // After a 401 the cached token is dropped and the stored secret used.
        shiftServerClock(sandbox, 2 * 86400 * 1000LL);
        result = awaitResult<Organization>([&](QObject *c, auto d) { orgs.getByName(QStringLiteral("acme"), c, d); });
        QVERIFY2(result && result->ok(), qPrintable(result->error.logText()));
        QCOMPARE(again.fetchCount(), 1);
        m_seenTokens.append(again.currentToken().value);
    }

    void limitedScopesBecomeCapabilities()
    {
        Sandbox::SandboxOptions options = quietSandboxOptions(QStringLiteral("empty"));
        options.scopes = { QStringLiteral("read:organizations"), QStringLiteral("read:organization_members") };
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        // This client may not create organizations: put one in the store directly.
        QString orgId;
        sandbox.thread().runOnServer([&orgId](Sandbox::SandboxServer &server) {
            Sandbox::TenantStore &store = server.service().store();
            Sandbox::Organization org;
            org.id = store.newId(QStringLiteral("org_"));
            org.name = QStringLiteral("acme");
            orgId = store.addOrganization(org).id;
        });
        ApiHarness api(sandbox.baseUrl());
        QVERIFY(getOrg(api, QStringLiteral("acme"))->ok());
        m_seenTokens.append(api.tokens->currentToken().value);

        const Auth::Capabilities caps = api.tokens->capabilities();
        QVERIFY(caps.can(Op::ListOrganizations));
        QVERIFY(caps.can(Op::ListMembers));
        QVERIFY(!caps.can(Op::AddMembers));
        QVERIFY(!caps.can(Op::ListMembersWithRoles));
        QCOMPARE(caps.missingScopes(Op::AddMembers), QStringList { QStringLiteral("create:organization_members") });
        QVERIFY(caps.explainMissing(Op::AddMembers).contains(QStringLiteral("create:organization_members")));

        // What the tenant says when asked anyway agrees with the capabilities.
        MembersApi members(*api.client);
        auto refused = awaitResult<Done>(
            [&](QObject *c, auto d) { members.addChunk(orgId, { QStringLiteral("auth0|someone") }, c, d); });
        QCOMPARE(refused->error.kind, ApiError::Kind::Scope);
        QCOMPARE(refused->error.missingScopes, caps.missingScopes(Op::AddMembers));
        QVERIFY(refused->error.userMessage().contains(QStringLiteral("create:organization_members")));
        auto withRoles
            = awaitResult<QList<Member>>([&](QObject *c, auto d) { members.listAll(orgId, true, c, {}, d); });
        QCOMPARE(withRoles->error.kind, ApiError::Kind::Scope);
        auto plain = awaitResult<QList<Member>>([&](QObject *c, auto d) { members.listAll(orgId, false, c, {}, d); });
        QVERIFY(plain && plain->ok());
    }

    void pastedTokens()
    {
        SandboxFixture sandbox(quietSandboxOptions(QStringLiteral("empty")));
        QVERIFY(sandbox.start());
        TenantSeed::createOrganization(sandbox, QStringLiteral("acme"));
        TenantSeed::resetStats(sandbox);
        ApiHarness api(sandbox.baseUrl(), nullptr, QStringLiteral("sandbox"), QByteArray());

        const QByteArray expired = issue(sandbox, { QStringLiteral("read:organizations") }, -3600);
        const Auth::AuthFailure refused = api.tokens->usePastedToken(expired, false);
        QCOMPARE(refused.reason, Auth::AuthFailure::Reason::PastedExpired);
        QVERIFY(refused.userMessage().contains(QStringLiteral("expired")));
        QVERIFY(refused.userMessage().contains(QStringLiteral("paste it again")));
        QVERIFY(!refused.userMessage().contains(QString::fromLatin1(expired)));

        const Auth::AuthFailure junk = api.tokens->usePastedToken("not a token", false);
        QCOMPARE(junk.reason, Auth::AuthFailure::Reason::PastedMalformed);

        const QByteArray good = issue(sandbox, { QStringLiteral("read:organizations") }, 3600);
        QVERIFY(!api.tokens->usePastedToken(QByteArray("Bearer ") + good, false).isFailure());
        QVERIFY(api.tokens->usesPastedToken());
        QVERIFY(api.tokens->capabilities().can(Op::ListOrganizations));
        QVERIFY(!api.tokens->capabilities().can(Op::CreateOrganization));
        QVERIFY(getOrg(api, QStringLiteral("acme"))->ok());
        QCOMPARE(tokenRequests(sandbox), 0);

        // The tenant stops accepting it: a pasted token cannot be renewed, so say so.
        shiftServerClock(sandbox, 2 * 3600 * 1000LL);
        const auto rejected = getOrg(api, QStringLiteral("acme"));
        QCOMPARE(rejected->error.kind, ApiError::Kind::Auth);
        QCOMPARE(rejected->error.authFailure.reason, Auth::AuthFailure::Reason::PastedRejected);
        QVERIFY(rejected->error.userMessage().contains(QStringLiteral("Paste a new one")));
    }

    void logsHoldNoTokenOrSecret()
    {
        QVERIFY(!m_seenTokens.isEmpty());
        QVERIFY(!g_log.isEmpty());
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("/api/v2/organizations/name/acme"))); // the log does say what happened
        for (const QByteArray &token : qAsConst(m_seenTokens)) {
            QVERIFY(!token.isEmpty());
            QVERIFY(!all.contains(QString::fromLatin1(token)));
            // Not even the signature part on its own.
            QVERIFY(!all.contains(QString::fromLatin1(token.split('.').constLast())));
        }
        QVERIFY(!all.contains(QStringLiteral("sandbox-secret")));
        QVERIFY(!all.contains(QStringLiteral("wrong-secret")));
        QVERIFY(!all.contains(QStringLiteral("Bearer"), Qt::CaseInsensitive));
        QVERIFY(!all.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive));
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
};

QTEST_GUILESS_MAIN(TestApiTokens)
#include "tst_api_tokens.moc"
