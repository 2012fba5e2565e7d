// TenantProfile and ProfileStore: domains, schemes, audiences, persistence in
// QSettings without secrets, and removal deleting the profile's secrets.
#include "FakeSecretBackend.h"

#include "auth/ProfileStore.h"
#include "auth/TenantProfile.h"
#include "auth/TokenStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Auth::TenantProfile;

class TestTenantProfile final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settingsFile() const
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void normalizesDomains_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("domain");
        QTest::newRow("plain") << QStringLiteral("acme.eu.auth0.com") << QStringLiteral("acme.eu.auth0.com");
        QTest::newRow("pasted url") << QStringLiteral(" https://Acme.EU.auth0.com/ ") << QStringLiteral("acme.eu.auth0.com");
        QTest::newRow("api url") << QStringLiteral("https://acme.auth0.com/api/v2/") << QStringLiteral("acme.auth0.com");
        QTest::newRow("custom domain") << QStringLiteral("login.acme.com") << QStringLiteral("login.acme.com");
        QTest::newRow("sandbox") << QStringLiteral("http://127.0.0.1:4321") << QStringLiteral("127.0.0.1:4321");
    }

    void normalizesDomains()
    {
        QFETCH(QString, input);
        QFETCH(QString, domain);
        QCOMPARE(TenantProfile::normalizeDomain(input), domain);
    }

    void usesHttpsExceptOnLoopback_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("audience");
        QTest::newRow("regional") << QStringLiteral("acme.us.auth0.com") << false
                                  << QStringLiteral("https://acme.us.auth0.com")
                                  << QStringLiteral("https://acme.us.auth0.com/api/v2/");
        QTest::newRow("custom") << QStringLiteral("login.acme.com") << false << QStringLiteral("https://login.acme.com")
                                << QStringLiteral("https://login.acme.com/api/v2/");
        QTest::newRow("sandbox") << QStringLiteral("127.0.0.1:8080") << true << QStringLiteral("http://127.0.0.1:8080")
                                 << QStringLiteral("http://127.0.0.1:8080/api/v2/");
        QTest::newRow("localhost") << QStringLiteral("localhost:9") << true << QStringLiteral("http://localhost:9")
                                   << QStringLiteral("http://localhost:9/api/v2/");
        QTest::newRow("lan address is not loopback") << QStringLiteral("10.0.0.5:8080") << false
                                                     << QStringLiteral("https://10.0.0.5:8080")
                                                     << QStringLiteral("https://10.0.0.5:8080/api/v2/");
    }

    void usesHttpsExceptOnLoopback()
    {
        QFETCH(QString, domain);
        QFETCH(bool, loopback);
        QFETCH(QString, base);
        QFETCH(QString, audience);
        const TenantProfile p = TenantProfile::create(QStringLiteral("T"), domain, QStringLiteral("cid"));
        QCOMPARE(p.isLoopback(), loopback);
        QCOMPARE(p.baseUrl().toString(), base);
        QCOMPARE(p.tokenUrl().toString(), base + QStringLiteral("/oauth/token"));
        QCOMPARE(p.apiBaseUrl().toString(), base + QStringLiteral("/api/v2"));
        QCOMPARE(p.effectiveAudience(), audience);
        QVERIFY2(p.isValid(), qPrintable(p.problems().join(QLatin1Char(' '))));
    }

    void customDomainKeepsTheCanonicalAudience()
    {
        TenantProfile p = TenantProfile::create(QStringLiteral("Acme"), QStringLiteral("login.acme.com"),
                                                QStringLiteral("cid"));
        p.audience = QStringLiteral("https://acme.eu.auth0.com/api/v2/");
        QCOMPARE(p.effectiveAudience(), QStringLiteral("https://acme.eu.auth0.com/api/v2/"));
        QCOMPARE(p.tokenUrl().host(), QStringLiteral("login.acme.com"));
        p.audience = QStringLiteral("http://acme.eu.auth0.com/api/v2/");
        QVERIFY(!p.isValid());
    }

    void reportsProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("domain");
        QTest::newRow("no name") << QString() << QStringLiteral("acme.auth0.com");
        QTest::newRow("no domain") << QStringLiteral("A") << QString();
        QTest::newRow("single label") << QStringLiteral("A") << QStringLiteral("intranet");
        QTest::newRow("spaces") << QStringLiteral("A") << QStringLiteral("acme auth0.com");
        QTest::newRow("userinfo") << QStringLiteral("A") << QStringLiteral("me@acme.auth0.com");
    }

    void reportsProblems()
    {
        QFETCH(QString, name);
        QFETCH(QString, domain);
        TenantProfile p;
        p.displayName = name;
        p.domain = domain;
        QVERIFY(!p.isValid());
        QCOMPARE(p.problems().size(), 1);
    }

    void persistsProfilesWithoutSecrets()
    {
        TenantProfile saved = TenantProfile::create(QStringLiteral("Acme prod"), QStringLiteral("acme.eu.auth0.com"),
                                                    QStringLiteral("client-123"));
        {
            Auth::ProfileStore store(settingsFile(), nullptr);
            QSignalSpy changed(&store, &Auth::ProfileStore::profilesChanged);
            QVERIFY(store.save(saved).isEmpty());
            QCOMPARE(changed.count(), 1);
            store.setLastUsedId(saved.id);
            TenantProfile bad;
            bad.displayName = QStringLiteral("bad");
            QVERIFY(!store.save(bad).isEmpty());
            QCOMPARE(store.profiles().size(), 1);
        }
        Auth::ProfileStore reopened(settingsFile(), nullptr);
        QCOMPARE(reopened.profiles().size(), 1);
        QCOMPARE(reopened.profile(saved.id), saved);
        QCOMPARE(reopened.lastUsedId(), saved.id);
        QVERIFY(reopened.contains(saved.id));

        QFile file(m_dir.filePath(QStringLiteral("profiles.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("client-123"));
        QVERIFY(!text.contains("secret"));
    }

    void removingAProfileDeletesItsSecrets()
    {
        auto backend = std::make_unique<FakeSecretBackend>();
        FakeSecretBackend *fake = backend.get();
        Auth::TokenStore secrets(std::move(backend));
        Auth::ProfileStore store(settingsFile(), &secrets);
        TenantProfile p = TenantProfile::create(QStringLiteral("Temp"), QStringLiteral("temp.auth0.com"),
                                                QStringLiteral("cid"));
        QVERIFY(store.save(p).isEmpty());

        int written = 0;
        secrets.write(p.id, Auth::TokenStore::Kind::ClientSecret, "s3cret", this, [&written](bool) { ++written; });
        secrets.write(p.id, Auth::TokenStore::Kind::CachedToken, "{}", this, [&written](bool) { ++written; });
        QTRY_COMPARE(written, 2);
        QCOMPARE(fake->keys().size(), 2);

        store.remove(p.id);
        QVERIFY(!store.contains(p.id));
        QTRY_VERIFY(fake->keys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTenantProfile)
#include "tst_tenant_profile.moc"
