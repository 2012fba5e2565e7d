// orgconsole-sandbox as scripts run it: first line on stdout, options, and a
// request log that never shows a token or a secret.
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

class TestSandboxProcess final : public QObject
{
    Q_OBJECT

    QByteArray send(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &method,
                    const QByteArray &body, int *status)
    {
        QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        reply->deleteLater();
        return data;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void printsAddressAndServesWithoutLeakingSecrets()
    {
        QProcess sandbox;
        // The request log is what is checked here, whatever logging rules the test runner set.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        sandbox.setProcessEnvironment(env);
        sandbox.start(QStringLiteral(ORGCONSOLE_SANDBOX_EXE),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("empty")});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10000);
        const QString first = QString::fromUtf8(sandbox.readLine()).trimmed();
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))$")).match(first);
        QVERIFY2(m.hasMatch(), qPrintable(first));
        const QString base = m.captured(1);

        QNetworkAccessManager nam;
        QNetworkRequest tokenRequest(QUrl(base + QStringLiteral("/oauth/token")));
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sandbox"));
        form.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("sandbox-secret"));
        form.addQueryItem(QStringLiteral("audience"), base + QStringLiteral("/api/v2/"));
        int status = 0;
        const QByteArray tokenJson =
            send(nam, tokenRequest, "POST", form.toString(QUrl::FullyEncoded).toUtf8(), &status);
        QCOMPARE(status, 200);
        const QByteArray token =
            QJsonDocument::fromJson(tokenJson).object().value(QStringLiteral("access_token")).toString().toLatin1();
        QVERIFY(!token.isEmpty());

        QNetworkRequest list(QUrl(base + QStringLiteral("/api/v2/organizations?include_totals=true")));
        list.setRawHeader("Authorization", "Bearer " + token);
        send(nam, list, "GET", {}, &status);
        QCOMPARE(status, 200);

        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(5000));
        const QByteArray log = sandbox.readAllStandardError();
        QVERIFY2(log.contains("GET /api/v2/organizations?include_totals=true 200"), log.constData());
        QVERIFY(log.contains("POST /oauth/token 200"));
        QVERIFY(!log.contains(token));
        QVERIFY(!log.contains(token.left(20)));
        QVERIFY(!log.contains("sandbox-secret"));
    }

    void rejectsBadOptionsWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("huge")} << QStringLiteral("--seed");
        QTest::newRow("rate") << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("fast")}
                              << QStringLiteral("--rate-limit");
        QTest::newRow("faults") << QStringList{QStringLiteral("--faults"), QStringLiteral("boom=1")}
                                << QStringLiteral("--faults");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                              << QStringLiteral("--port");
    }

    void rejectsBadOptionsWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess sandbox;
        sandbox.start(QStringLiteral(ORGCONSOLE_SANDBOX_EXE), arguments);
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitCode(), 2);
        QVERIFY(QString::fromUtf8(sandbox.readAllStandardError()).contains(message));
    }

    void helpAndVersion()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(ORGCONSOLE_SANDBOX_EXE), {QStringLiteral("--help")});
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitCode(), 0);
        const QByteArray help = sandbox.readAllStandardOutput();
        for (const char *option : {"--port", "--seed", "--scale", "--rate-limit", "--faults", "--scopes", "--token-ttl"})
            QVERIFY2(help.contains(option), option);

        sandbox.start(QStringLiteral(ORGCONSOLE_SANDBOX_EXE), {QStringLiteral("--version")});
        QVERIFY(sandbox.waitForFinished(10000));
        QVERIFY(sandbox.readAllStandardOutput().contains(ORGCONSOLE_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
