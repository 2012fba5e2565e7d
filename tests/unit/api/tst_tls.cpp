// Certificate errors are never ignored: against a tenant with a self-signed
// certificate, neither the token request (with the client secret) nor an API
// call (with the bearer token) gets past the handshake.
#include "api/AccessManager.h"
#include "api/ApiClient.h"
#include "auth/TokenProvider.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestTls final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslServer m_server;
    int m_handshakesDone = 0;
    int m_handshakeErrors = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend in this Qt build");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is needed to make a throwaway self-signed certificate");
        // A certificate for this run only, in a temporary folder removed afterwards.
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess process;
        process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);

        QFile keyFile(key), certFile(cert);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        config.setLocalCertificate(QSslCertificate(&certFile));
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::errorOccurred, this, [this](QSslSocket *, QAbstractSocket::SocketError) {
            ++m_handshakeErrors;
        });
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this]() {
            // Only after a completed handshake could a request be read here.
            ++m_handshakesDone;
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                socket->abort();
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    void apiCallsStopAtTheHandshake()
    {
        Api::AccessManager access;
        QVERIFY(access.setTenant(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()))));
        Auth::TokenProvider tokens(Auth::TenantProfile(), &access, nullptr);
        QVERIFY(!tokens.usePastedToken("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2ln", false).isFailure());
        Api::ApiClient client(&access, &tokens);
        std::optional<Api::ApiError> error;
        client.send(Api::ApiRequest::get(QStringLiteral("/organizations")), this,
                    [&error](const Api::ApiResponse &, const Api::ApiError &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 15000);
        QCOMPARE(error->kind, Api::ApiError::Kind::Tls);
        QCOMPARE(error->attempts, 1);   // not retried either
        QVERIFY(error->userMessage().contains(QStringLiteral("certificate")));
        QCOMPARE(m_handshakesDone, 0);
    }

    void theSecretStaysHomeToo()
    {
        Api::AccessManager access;
        const QString origin = QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort());
        QVERIFY(access.setTenant(QUrl(origin)));
        QNetworkRequest request(QUrl(origin + QStringLiteral("/oauth/token")));
        QNetworkReply *reply = access.post(request, QByteArrayLiteral("client_secret=not-a-real-secret"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        reply->deleteLater();
        QCOMPARE(m_handshakesDone, 0);
        QVERIFY(m_handshakeErrors >= 1);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
