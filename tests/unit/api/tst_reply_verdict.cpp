// ReplyVerdict: which answers are retried, waited out, refreshed or reported,
// and where the outcome of a write is unknown.
#include "api/ReplyVerdict.h"

#include <QStandardPaths>
#include <QTest>

using Api::ApiError;
using Api::ApiRequest;
using Api::ReplyVerdict;
using Action = Api::ReplyVerdict::Action;
using Kind = Api::ApiError::Kind;

Q_DECLARE_METATYPE(Api::ReplyVerdict::Action)
Q_DECLARE_METATYPE(Api::ApiError::Kind)

class TestReplyVerdict final : public QObject
{
    Q_OBJECT

    static ApiRequest request(bool idempotent)
    {
        ApiRequest r = ApiRequest::get(QStringLiteral("/organizations"));
        if (!idempotent) {
            r.method = "POST";
            r.idempotent = false;
        }
        return r;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void judges_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("networkError");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<Action>("action");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("outcomeUnknown");

        using E = QNetworkReply::NetworkError;
        const QByteArray json = "{\"ok\":true}";
        const QByteArray err500 = R"({"statusCode":500,"error":"Internal Server Error","message":"boom"})";
        QTest::newRow("200 json") << E::NoError << 200 << json << true << Action::Succeed << Kind::None << false;
        QTest::newRow("204 empty") << E::NoError << 204 << QByteArray() << false << Action::Succeed << Kind::None << false;
        QTest::newRow("200 malformed, GET") << E::NoError << 200 << QByteArray("{\"organizations\": [{\"id\": \"org_")
                                            << true << Action::RetryBackoff << Kind::Parse << false;
        QTest::newRow("201 malformed, create") << E::NoError << 201 << QByteArray("{oops") << false << Action::Fail
                                               << Kind::Parse << false;
        QTest::newRow("timeout, GET") << E::OperationCanceledError << 0 << QByteArray() << true << Action::RetryBackoff
                                      << Kind::Timeout << false;
        QTest::newRow("timeout, create") << E::OperationCanceledError << 0 << QByteArray() << false << Action::Fail
                                         << Kind::Timeout << true;
        QTest::newRow("reset, GET") << E::RemoteHostClosedError << 0 << QByteArray() << true << Action::RetryBackoff
                                    << Kind::Network << false;
        QTest::newRow("reset, create") << E::RemoteHostClosedError << 0 << QByteArray() << false << Action::Fail
                                       << Kind::Network << true;
        QTest::newRow("truncated 200, create") << E::RemoteHostClosedError << 200 << QByteArray("{\"id\":") << false
                                               << Action::Fail << Kind::Network << true;
        QTest::newRow("refused, create") << E::ConnectionRefusedError << 0 << QByteArray() << false
                                         << Action::RetryBackoff << Kind::Network << false;
        QTest::newRow("tls") << E::SslHandshakeFailedError << 0 << QByteArray() << true << Action::Fail << Kind::Tls
                             << false;
        QTest::newRow("500, GET") << E::InternalServerError << 500 << err500 << true << Action::RetryBackoff
                                  << Kind::Http << false;
        QTest::newRow("500, create") << E::InternalServerError << 500 << err500 << false << Action::Fail << Kind::Http
                                     << true;
        QTest::newRow("html 502, GET") << E::UnknownServerError << 502 << QByteArray("<html>502</html>") << true
                                       << Action::RetryBackoff << Kind::Http << false;
        QTest::newRow("503, create") << E::ServiceUnavailableError << 503 << QByteArray() << false << Action::Fail
                                     << Kind::Http << true;
        QTest::newRow("429, create") << E::UnknownContentError << 429
                                     << QByteArray(R"({"statusCode":429,"error":"Too Many Requests","message":"Global limit has been reached","errorCode":"too_many_requests"})")
                                     << false << Action::RetryRateLimit << Kind::RateLimit << false;
        QTest::newRow("401") << E::AuthenticationRequiredError << 401
                             << QByteArray(R"({"statusCode":401,"error":"Unauthorized","message":"Expired token received for JSON Web Token validation"})")
                             << false << Action::RefreshToken << Kind::Auth << false;
        QTest::newRow("403 scope") << E::ContentAccessDenied << 403
                                   << QByteArray(R"({"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: create:organization_members","errorCode":"insufficient_scope"})")
                                   << true << Action::Fail << Kind::Scope << false;
        // QNAM reports a 400 as ProtocolInvalidOperationError: still the tenant's answer, not a network failure.
        QTest::newRow("400, create") << E::ProtocolInvalidOperationError << 400
                                     << QByteArray(R"({"statusCode":400,"error":"Bad Request","message":"Payload validation error","errorCode":"invalid_body"})")
                                     << false << Action::Fail << Kind::Http << false;
        QTest::newRow("404") << E::ContentNotFoundError << 404
                             << QByteArray(R"({"statusCode":404,"error":"Not Found","message":"No organization found by that id or name"})")
                             << true << Action::Fail << Kind::Http << false;
        QTest::newRow("409") << E::ContentConflictError << 409
                             << QByteArray(R"({"statusCode":409,"error":"Conflict","message":"An organization with the same name already exists.","errorCode":"organization_conflict"})")
                             << false << Action::Fail << Kind::Http << false;
    }

    void judges()
    {
        QFETCH(QNetworkReply::NetworkError, networkError);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, idempotent);
        QFETCH(Action, action);
        QFETCH(Kind, kind);
        QFETCH(bool, outcomeUnknown);

        ReplyVerdict::Facts facts;
        facts.networkError = networkError;
        facts.errorString = QStringLiteral("detail");
        facts.status = status;
        facts.body = body;
        facts.url = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/organizations"));
        const ReplyVerdict verdict = ReplyVerdict::judge(facts, request(idempotent));
        QCOMPARE(verdict.action, action);
        QCOMPARE(verdict.error.kind, kind);
        QCOMPARE(verdict.error.outcomeUnknown, outcomeUnknown);
        if (kind != Kind::None)
            QVERIFY(!verdict.error.userMessage().isEmpty());
    }

    void readsRetryAfterAndReset()
    {
        ReplyVerdict::Facts facts;
        facts.networkError = QNetworkReply::UnknownContentError;
        facts.status = 429;
        facts.headers = {{"Retry-After", "7"}, {"X-RateLimit-Reset", "1700000123"}};
        const ReplyVerdict verdict = ReplyVerdict::judge(facts, request(true));
        QCOMPARE(verdict.retryAfterSecs, 7);
        QCOMPARE(verdict.resetEpochSecs, 1700000123);
    }

    void followsOnlyRedirectsThatKeepTheMethod()
    {
        ReplyVerdict::Facts facts;
        facts.status = 302;
        facts.url = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/organizations"));
        facts.headers = {{"Location", "/api/v2/organizations?x=1"}};
        ReplyVerdict get = ReplyVerdict::judge(facts, request(true));
        QCOMPARE(get.action, Action::FollowRedirect);
        QCOMPARE(get.redirectTo.toString(), QStringLiteral("http://127.0.0.1:9/api/v2/organizations?x=1"));
        QCOMPARE(ReplyVerdict::judge(facts, request(false)).action, Action::Fail);
        facts.status = 307;
        QCOMPARE(ReplyVerdict::judge(facts, request(false)).action, Action::FollowRedirect);
    }
};

QTEST_GUILESS_MAIN(TestReplyVerdict)
#include "tst_reply_verdict.moc"
