// The real OS keychain (Secret Service from gnome-keyring in the test
// session): store, read and delete a secret. Skips, with the reason, when no
// unlocked Secret Service is reachable, e.g. ctest run outside dev.sh test.
#include "auth/KeychainBackend.h"
#include "auth/TokenStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using Auth::TokenStore;

class TestKeychainSecretService final : public QObject
{
    Q_OBJECT

    QString m_service;
    std::unique_ptr<TokenStore> m_store;

    bool write(const QString &profile, const QByteArray &data, bool *persisted)
    {
        bool done = false;
        m_store->write(profile, TokenStore::Kind::ClientSecret, data, this, [&](bool kept) {
            done = true;
            *persisted = kept;
        });
        return QTest::qWaitFor([&done]() { return done; }, 15000);
    }

    std::optional<TokenStore::ReadResult> read(const QString &profile)
    {
        std::optional<TokenStore::ReadResult> out;
        m_store->read(profile, TokenStore::Kind::ClientSecret, this,
                      [&out](const TokenStore::ReadResult &r) { out = r; });
        (void)QTest::qWaitFor([&out]() { return out.has_value(); }, 15000);
        return out;
    }

    // What Secret Service itself holds, through libsecret's command-line tool.
    static std::optional<QByteArray> secretToolLookup(const QString &service, const QString &key)
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (tool.isEmpty())
            return std::nullopt;
        QProcess process;
        process.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
        if (!process.waitForFinished(10000)) {
            process.kill();
            return std::nullopt;
        }
        return process.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session bus: the real-keychain test runs under packaging/linux/dev.sh test, which starts "
                  "one with an unlocked gnome-keyring.");
        m_service = QStringLiteral("orgconsole-test-%1").arg(QCoreApplication::applicationPid());
        TokenStore::Options options;
        options.timeoutMs = 5000;   // a locked keyring under a display would prompt forever
        m_store = TokenStore::forKeychain(m_service, options);

        bool persisted = false;
        QVERIFY(write(QStringLiteral("probe"), "probe", &persisted));
        if (!persisted)
            QSKIP(qPrintable(QStringLiteral("No usable Secret Service in this session (%1). Run the tests through "
                                            "packaging/linux/dev.sh test.")
                                 .arg(m_store->unavailableReason())));
        bool removed = false;
        m_store->remove(QStringLiteral("probe"), TokenStore::Kind::ClientSecret, this, [&removed]() { removed = true; });
        QTRY_VERIFY(removed);
    }

    void storesReadsAndDeletes()
    {
        // A throwaway value made up for this run; not a credential of anything.
        const QByteArray secret = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        const QString profile = QStringLiteral("profile-1");
        const QString key = TokenStore::keyFor(profile, TokenStore::Kind::ClientSecret);

        bool persisted = false;
        QVERIFY(write(profile, secret, &persisted));
        QVERIFY(persisted);
        QCOMPARE(m_store->state(), TokenStore::State::Available);

        const auto stored = read(profile);
        QVERIFY(stored.has_value());
        QVERIFY(stored->found);
        QVERIFY(!stored->fromMemory);
        QCOMPARE(stored->data, secret);

        if (const auto lookedUp = secretToolLookup(m_service, key))
            QCOMPARE(lookedUp->trimmed(), secret);

        bool removed = false;
        m_store->removeProfile(profile, this, [&removed]() { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
        const auto after = read(profile);
        QVERIFY(after.has_value());
        QVERIFY(!after->found);
        if (const auto lookedUp = secretToolLookup(m_service, key))
            QVERIFY(lookedUp->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretService)
#include "tst_keychain_secret_service.moc"
