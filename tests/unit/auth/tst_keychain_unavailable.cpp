// The real QtKeychain backend with the session bus pointing at a dead socket:
// the store must notice quickly, switch to "unavailable", keep secrets in
// memory for the session, and never hang.
#include "auth/TokenStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using Auth::TokenStore;

class TestKeychainUnavailable final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Before anything talks to D-Bus (QtKeychain picks its backend once per process).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/orgconsole-test/bus");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void fallsBackToMemoryWithoutHanging()
    {
        TokenStore::Options options;
        options.timeoutMs = 4000;
        options.retryDelayMs = 50;
        auto store = TokenStore::forKeychain(QStringLiteral("orgconsole-test-unavailable"), options);
        QSignalSpy states(store.get(), &TokenStore::stateChanged);

        QElapsedTimer timer;
        timer.start();
        std::optional<bool> persisted;
        store->write(QStringLiteral("p"), TokenStore::Kind::ClientSecret, "in-memory-only", this,
                     [&persisted](bool kept) { persisted = kept; });
        QVERIFY(QTest::qWaitFor([&persisted]() { return persisted.has_value(); }, 15000));
        QVERIFY(!*persisted);
        QCOMPARE(store->state(), TokenStore::State::Unavailable);
        QCOMPARE(states.count(), 1);
        QVERIFY(!store->unavailableReason().isEmpty());
        QVERIFY(store->stateMessage().contains(store->unavailableReason()));
        // Two timeouts at most (first try + retry), and in practice a fast error.
        QVERIFY2(timer.elapsed() < 2 * options.timeoutMs + 1000, qPrintable(QString::number(timer.elapsed())));
        qInfo() << "keychain unavailable after" << timer.elapsed() << "ms:" << store->unavailableReason();

        std::optional<TokenStore::ReadResult> read;
        store->read(QStringLiteral("p"), TokenStore::Kind::ClientSecret, this,
                    [&read](const TokenStore::ReadResult &r) { read = r; });
        QVERIFY(QTest::qWaitFor([&read]() { return read.has_value(); }, 1000));
        QVERIFY(read->found);
        QVERIFY(read->fromMemory);
        QCOMPARE(read->data, QByteArray("in-memory-only"));

        bool removed = false;
        store->removeProfile(QStringLiteral("p"), this, [&removed]() { removed = true; });
        QVERIFY(QTest::qWaitFor([&removed]() { return removed; }, 1000));
        read.reset();
        store->read(QStringLiteral("p"), TokenStore::Kind::ClientSecret, this,
                    [&read](const TokenStore::ReadResult &r) { read = r; });
        QVERIFY(QTest::qWaitFor([&read]() { return read.has_value(); }, 1000));
        QVERIFY(!read->found);
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
