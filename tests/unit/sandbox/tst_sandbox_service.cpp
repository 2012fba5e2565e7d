// The sandbox's cross-cutting rules: tokens, scopes, rate limits, routing and stats.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using Sandbox::SandboxOptions;

class TestSandboxService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rejectsMissingAndBadTokens_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("Missing authentication");
        QTest::newRow("not bearer") << QByteArray("Basic abc") << QStringLiteral("Bad HTTP authentication header format");
        QTest::newRow("malformed") << QByteArray("Bearer not-a-jwt") << QStringLiteral("Invalid token");
        QTest::newRow("garbage payload") << QByteArray("Bearer aaa.%%%.bbb") << QStringLiteral("Invalid token");
    }

    void rejectsMissingAndBadTokens()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, message);
        ServiceHarness h;
        Sandbox::IncomingRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/api/v2/organizations");
        request.authorization = authorization;
        const Sandbox::Outcome outcome = h.service().handle(request);
        QCOMPARE(outcome.reply.status, 401);
        const QJsonObject body = QJsonDocument::fromJson(outcome.reply.body).object();
        QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("Unauthorized"));
        QCOMPARE(body.value(QStringLiteral("message")).toString(), message);
    }

    void rejectsForeignSignatureAndExpiredTokens()
    {
        ServiceHarness h;
        ServiceHarness other;
        const QByteArray foreign = other.tokenWith(SandboxOptions::allScopes());
        const auto badSignature = h.call("GET", QStringLiteral("/api/v2/organizations"), {}, foreign);
        QCOMPARE(badSignature.status, 401);
        QCOMPARE(badSignature.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Invalid signature received for JSON Web Token validation"));

        const QByteArray expired = h.tokenWith(SandboxOptions::allScopes(), -10);
        const auto expiredReply = h.call("GET", QStringLiteral("/api/v2/organizations"), {}, expired);
        QCOMPARE(expiredReply.status, 401);
        QCOMPARE(expiredReply.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Expired token received for JSON Web Token validation"));
    }

    void namesExpectedScopesOn403()
    {
        ServiceHarness h;
        const QByteArray readOnly = h.tokenWith({QStringLiteral("read:organizations")});
        QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations"), {}, readOnly).status, 200);
        const auto denied = h.call("POST", QStringLiteral("/api/v2/organizations"), "{\"name\":\"x\"}", readOnly);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("insufficient_scope"));
        QCOMPARE(denied.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Insufficient scope, expected any of: create:organizations"));
        QCOMPARE(h.store().organizationCount(), 0);

        const QByteArray summaryOnly = h.tokenWith({QStringLiteral("read:organizations_summary")});
        QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations"), {}, summaryOnly).status, 200);
    }

    void unknownRoutesAre404WithAuth0Body()
    {
        ServiceHarness h;
        const auto r = h.call("GET", QStringLiteral("/api/v2/no-such-thing"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(QStringLiteral("statusCode")).toInt(), 404);
        QCOMPARE(h.call("PUT", QStringLiteral("/api/v2/organizations")).status, 404);
    }

    void rateLimitHeadersAndTooManyRequests()
    {
        SandboxOptions options = quietSandboxOptions();
        options.rateBurst = 3;
        options.ratePerSecond = 1;
        ServiceHarness h(options);
        qint64 now = 1'700'000'000'000;
        h.store().setClock([&now] { return now; });

        for (int remaining = 2; remaining >= 0; --remaining) {
            const auto ok = h.call("GET", QStringLiteral("/api/v2/organizations"));
            QCOMPARE(ok.status, 200);
            QCOMPARE(ok.header("X-RateLimit-Limit"), QByteArray("3"));
            QCOMPARE(ok.header("X-RateLimit-Remaining").toInt(), remaining);
        }
        const auto limited = h.call("GET", QStringLiteral("/api/v2/organizations"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("too_many_requests"));
        QCOMPARE(limited.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Global limit has been reached"));
        QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        // Empty bucket, refilling at 1/s: full again in 3 s.
        QCOMPARE(limited.header("X-RateLimit-Reset").toLongLong(), now / 1000 + 3);

        now += 1000; // one token back
        QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations")).status, 200);
        QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations")).status, 429);
    }

    void noRateLimitHeadersWhenDisabled()
    {
        ServiceHarness h;
        QVERIFY(h.call("GET", QStringLiteral("/api/v2/organizations")).header("X-RateLimit-Limit").isEmpty());
    }

    void statsCountRoutesAndStatuses()
    {
        ServiceHarness h;
        h.call("GET", QStringLiteral("/api/v2/organizations"));
        h.call("GET", QStringLiteral("/api/v2/organizations/org_missing"));
        h.call("GET", QStringLiteral("/api/v2/organizations/org_missing2"));
        const auto stats = h.call("GET", QStringLiteral("/sandbox/stats"), {}, QByteArray());
        QCOMPARE(stats.status, 200);
        const QJsonObject requests = stats.object().value(QStringLiteral("requests")).toObject();
        QCOMPARE(requests.value(QStringLiteral("GET /api/v2/organizations/{id}")).toInt(), 2);
        QCOMPARE(requests.value(QStringLiteral("GET /api/v2/organizations")).toInt(), 1);
        QCOMPARE(stats.object().value(QStringLiteral("responses")).toObject().value(QStringLiteral("404")).toInt(), 2);
    }

    void tokenEndpointFollowsOAuthErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray audience = "&audience=http%3A%2F%2F127.0.0.1%2Fapi%2Fv2%2F";
        QTest::newRow("good") << QByteArray("grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret")
                                     + audience
                              << 200 << QString();
        QTest::newRow("wrong secret")
            << QByteArray("grant_type=client_credentials&client_id=sandbox&client_secret=nope") + audience << 401
            << QStringLiteral("access_denied");
        QTest::newRow("unknown audience")
            << QByteArray("grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret"
                          "&audience=https%3A%2F%2Fother.example%2Fapi%2Fv2%2F")
            << 403 << QStringLiteral("access_denied");
        QTest::newRow("no grant type") << QByteArray("client_id=sandbox") << 400 << QStringLiteral("invalid_request");
        QTest::newRow("password grant") << QByteArray("grant_type=password") << 403
                                        << QStringLiteral("unauthorized_client");
    }

    void tokenEndpointFollowsOAuthErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        ServiceHarness h;
        Sandbox::IncomingRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/oauth/token");
        request.body = body;
        request.contentType = "application/x-www-form-urlencoded";
        request.host = "127.0.0.1";
        const Sandbox::Outcome outcome = h.service().handle(request);
        QCOMPARE(outcome.reply.status, status);
        const QJsonObject json = QJsonDocument::fromJson(outcome.reply.body).object();
        if (status == 200) {
            QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
            QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 86400);
            QVERIFY(json.value(QStringLiteral("scope")).toString().contains(QStringLiteral("read:organizations")));
            // The issued token opens the Management API.
            const QByteArray token = json.value(QStringLiteral("access_token")).toString().toLatin1();
            QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations"), {}, token).status, 200);
        } else {
            QCOMPARE(json.value(QStringLiteral("error")).toString(), error);
            QVERIFY(!json.value(QStringLiteral("error_description")).toString().isEmpty());
        }
    }

    void limitedScopesAreWhatTheTokenCarries()
    {
        SandboxOptions options = quietSandboxOptions();
        options.scopes = QStringList{QStringLiteral("read:organizations")};
        ServiceHarness h(options);
        Sandbox::IncomingRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/oauth/token");
        request.body = R"({"grant_type":"client_credentials","client_id":"sandbox","client_secret":"sandbox-secret",)"
                       R"("audience":"https://127.0.0.1/api/v2/"})";
        request.contentType = "application/json";
        request.host = "127.0.0.1";
        const QJsonObject json = QJsonDocument::fromJson(h.service().handle(request).reply.body).object();
        QCOMPARE(json.value(QStringLiteral("scope")).toString(), QStringLiteral("read:organizations"));
        const QByteArray token = json.value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(h.call("DELETE", QStringLiteral("/api/v2/organizations/org_x"), {}, token).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestSandboxService)
#include "tst_sandbox_service.moc"
