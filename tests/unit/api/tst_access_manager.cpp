// AccessManager: what each request carries. The token goes only to the
// tenant's own origin under /api/v2 — not to an avatar host, not along a
// redirect to another host, not even when a caller put it there itself.
#include "RecordingServer.h"

#include "api/AccessManager.h"
#include "api/ApiClient.h"
#include "api/OneShotBody.h"
#include "auth/TokenProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using Api::AccessManager;

namespace {
const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2ln";  // exp 2100-01-01

int finish(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
    }
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}
} // namespace

class TestAccessManager final : public QObject
{
    Q_OBJECT

    RecordingServer m_tenant;
    RecordingServer m_other;        // 127.0.0.1, another port: another origin
    RecordingServer m_otherHost;    // 127.0.0.2 where the system has it
    bool m_haveOtherHost = false;

    void setUpTenant(AccessManager &access)
    {
        QVERIFY(access.setTenant(QUrl(m_tenant.baseUrl())));
        access.setAccessToken(kToken);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tenant.listen());
        QVERIFY(m_other.listen());
        m_haveOtherHost = m_otherHost.listen(QHostAddress(QStringLiteral("127.0.0.2")));
    }

    void init()
    {
        m_tenant.setResponse(200, {{"Content-Type", "application/json"}}, "{}");
    }

    void stampsTenantApiRequests()
    {
        AccessManager access;
        setUpTenant(access);
        const int before = int(m_tenant.requests().size());
        QCOMPARE(finish(access.get(QNetworkRequest(QUrl(m_tenant.baseUrl() + QStringLiteral("/api/v2/organizations"))))),
                 200);
        const auto request = m_tenant.requests().at(before);
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer ") + kToken);
        QVERIFY(request.header("User-Agent").startsWith("OrgConsole/"));
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        QCOMPARE(request.header("X-Request-Id").size(), 16);
    }

    void noTokenOutsideTheApi()
    {
        AccessManager access;
        setUpTenant(access);
        const int before = int(m_tenant.requests().size());
        finish(access.get(QNetworkRequest(QUrl(m_tenant.baseUrl() + QStringLiteral("/oauth/token")))));
        finish(access.get(QNetworkRequest(QUrl(m_tenant.baseUrl() + QStringLiteral("/api/v2x/evil")))));
        QCOMPARE(m_tenant.requests().size(), before + 2);
        for (int i = before; i < before + 2; ++i) {
            QVERIFY(!m_tenant.requests().at(i).hasHeader("Authorization"));
            QVERIFY(m_tenant.requests().at(i).hasHeader("X-Request-Id"));
        }
    }

    void noTokenToAnotherHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("same address, other port") << QStringLiteral("other-port");
        QTest::newRow("127.0.0.2") << QStringLiteral("other-host");
    }

    void noTokenToAnotherHost()
    {
        QFETCH(QString, host);
        RecordingServer &server = host == QLatin1String("other-host") ? m_otherHost : m_other;
        if (host == QLatin1String("other-host") && !m_haveOtherHost)
            QSKIP("127.0.0.2 is not available on this machine");
        AccessManager access;
        setUpTenant(access);
        const int before = int(server.requests().size());

        // An avatar on another host, plus a request where a careless caller set the header itself.
        finish(access.get(QNetworkRequest(QUrl(server.baseUrl() + QStringLiteral("/api/v2/avatar.png")))));
        QNetworkRequest preloaded(QUrl(server.baseUrl() + QStringLiteral("/api/v2/organizations")));
        preloaded.setRawHeader("Authorization", QByteArray("Bearer ") + kToken);
        finish(access.get(preloaded));

        QCOMPARE(server.requests().size(), before + 2);
        for (int i = before; i < before + 2; ++i) {
            const auto request = server.requests().at(i);
            QVERIFY(!request.hasHeader("Authorization"));
            QVERIFY(!request.hasHeader("X-Request-Id"));
            QVERIFY(request.header("User-Agent").startsWith("OrgConsole/"));
        }
    }

    void redirectsDoNotCarryTheToken()
    {
        RecordingServer &target = m_haveOtherHost ? m_otherHost : m_other;
        AccessManager access;
        setUpTenant(access);
        const QByteArray location = (target.baseUrl() + QStringLiteral("/collect")).toLatin1();
        m_tenant.setResponse(302, {{"Location", location}}, {});
        const int before = int(target.requests().size());

        // With the token on board the redirect is handed back, not followed.
        QNetworkReply *api = access.get(QNetworkRequest(QUrl(m_tenant.baseUrl() + QStringLiteral("/api/v2/users"))));
        QCOMPARE(finish(api), 302);

        // A tenant page without the token may be followed: it arrives bare.
        QCOMPARE(finish(access.get(QNetworkRequest(QUrl(m_tenant.baseUrl() + QStringLiteral("/logo.png"))))), 200);
        QCOMPARE(target.requests().size(), before + 1);
        QVERIFY(!target.requests().constLast().hasHeader("Authorization"));
        for (const auto &request : target.requests())
            QVERIFY(!request.header("Authorization").contains(kToken));
    }

    void schedulerRefusesCrossHostRedirects()
    {
        RecordingServer &target = m_haveOtherHost ? m_otherHost : m_other;
        AccessManager access;
        QVERIFY(access.setTenant(QUrl(m_tenant.baseUrl())));
        Auth::TokenProvider tokens(Auth::TenantProfile(), &access, nullptr);
        QVERIFY(!tokens.usePastedToken(kToken, false).isFailure());
        Api::ApiClient client(&access, &tokens);

        const int before = int(target.requests().size());
        m_tenant.setResponse(307, {{"Location", (target.baseUrl() + QStringLiteral("/api/v2/organizations")).toLatin1()}},
                             {});
        std::optional<Api::ApiError> error;
        client.send(Api::ApiRequest::get(QStringLiteral("/organizations")), this,
                    [&error](const Api::ApiResponse &, const Api::ApiError &e) { error = e; });
        QTRY_VERIFY(error.has_value());
        QCOMPARE(error->kind, Api::ApiError::Kind::Http);
        QCOMPARE(error->status, 307);
        QCOMPARE(target.requests().size(), before);

        // Same origin: followed, and the token goes along to the tenant only.
        const int tenantBefore = int(m_tenant.requests().size());
        m_tenant.setResponse(302, {{"Location", "/api/v2/organizations?page=0"}}, {});
        error.reset();
        client.send(Api::ApiRequest::get(QStringLiteral("/organizations")), this,
                    [&error](const Api::ApiResponse &, const Api::ApiError &e) { error = e; });
        QTRY_VERIFY(error.has_value());
        // The recording tenant keeps answering 302: followed up to the limit, then reported.
        QCOMPARE(error->status, 302);
        QVERIFY(m_tenant.requests().size() > tenantBefore + 1);
        QCOMPARE(m_tenant.requests().constLast().target, QByteArray("/api/v2/organizations?page=0"));
        QCOMPARE(m_tenant.requests().constLast().header("Authorization"), QByteArray("Bearer ") + kToken);
    }

    void everyRequestHasATimeout()
    {
        AccessManager access;
        setUpTenant(access);
        access.setDefaultTimeout(1234);
        QNetworkReply *reply = access.get(QNetworkRequest(QUrl(m_other.baseUrl() + QStringLiteral("/x"))));
        QCOMPARE(reply->request().transferTimeout(), 1234);
        finish(reply);
        QNetworkRequest own(QUrl(m_other.baseUrl() + QStringLiteral("/y")));
        own.setTransferTimeout(50);
        reply = access.get(own);
        QCOMPARE(reply->request().transferTimeout(), 50);
        finish(reply);
    }

    void oneShotBodiesDoNotRewind()
    {
        Api::OneShotBody body(QByteArrayLiteral("{\"name\":\"acme\"}"));
        QVERIFY(body.reset());          // QNAM rewinds before the first send: fine
        QCOMPARE(body.readAll(), QByteArray("{\"name\":\"acme\"}"));
        QVERIFY(body.wasSentOnce());
        QVERIFY(!body.reset());         // a silent second send: refused
        QVERIFY(!body.seek(0));
    }

    void httpsExceptOnLoopback()
    {
        AccessManager access;
        QVERIFY(!access.setTenant(QUrl(QStringLiteral("http://acme.eu.auth0.com"))));
        QVERIFY(!access.carriesToken(QUrl(QStringLiteral("http://acme.eu.auth0.com/api/v2/users"))));
        QVERIFY(access.setTenant(QUrl(QStringLiteral("https://acme.eu.auth0.com"))));
        QVERIFY(access.carriesToken(QUrl(QStringLiteral("https://ACME.eu.auth0.com:443/api/v2/users"))));
        QVERIFY(!access.carriesToken(QUrl(QStringLiteral("http://acme.eu.auth0.com/api/v2/users"))));
        QVERIFY(!access.carriesToken(QUrl(QStringLiteral("https://acme.eu.auth0.com.evil.com/api/v2/users"))));
        QVERIFY(!access.carriesToken(QUrl(QStringLiteral("https://acme.eu.auth0.com:8443/api/v2/users"))));
        QVERIFY(access.setTenant(QUrl(QStringLiteral("http://localhost:8080"))));
        QVERIFY(access.setTenant(QUrl(QStringLiteral("http://[::1]:8080"))));
    }
};

QTEST_GUILESS_MAIN(TestAccessManager)
#include "tst_access_manager.moc"
