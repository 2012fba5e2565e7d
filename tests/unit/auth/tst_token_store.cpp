// TokenStore over backends that work, come up late, fail, or never answer:
// the retry, the timeout, and the in-memory "keychain unavailable" state.
#include "FakeSecretBackend.h"

#include "auth/TokenStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using Auth::TokenStore;
using Mode = FakeSecretBackend::Mode;

class TestTokenStore final : public QObject
{
    Q_OBJECT

    struct Setup
    {
        FakeSecretBackend *backend;
        std::unique_ptr<TokenStore> store;
    };

    static Setup make(Mode mode, int failures = 0, int timeoutMs = 300)
    {
        auto backend = std::make_unique<FakeSecretBackend>(mode, failures);
        FakeSecretBackend *raw = backend.get();
        TokenStore::Options options;
        options.timeoutMs = timeoutMs;
        options.retryDelayMs = 20;
        return {raw, std::make_unique<TokenStore>(std::move(backend), options)};
    }

    // Synchronous helpers; each waits on the callback with an upper bound.
    bool write(TokenStore &store, const QByteArray &data, bool *persisted = nullptr)
    {
        bool done = false;
        store.write(QStringLiteral("p1"), TokenStore::Kind::ClientSecret, data, this, [&](bool kept) {
            done = true;
            if (persisted)
                *persisted = kept;
        });
        return QTest::qWaitFor([&done]() { return done; }, 5000);
    }

    TokenStore::ReadResult read(TokenStore &store)
    {
        std::optional<TokenStore::ReadResult> out;
        store.read(QStringLiteral("p1"), TokenStore::Kind::ClientSecret, this,
                   [&out](const TokenStore::ReadResult &r) { out = r; });
        [&]() { QVERIFY(QTest::qWaitFor([&out]() { return out.has_value(); }, 5000)); }();
        return out.value_or(TokenStore::ReadResult{});
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void storesReadsAndDeletes()
    {
        auto [backend, store] = make(Mode::Works);
        QSignalSpy states(store.get(), &TokenStore::stateChanged);
        QVERIFY(!read(*store).found);
        QCOMPARE(store->state(), TokenStore::State::Available);
        bool persisted = false;
        QVERIFY(write(*store, "s3cret", &persisted));
        QVERIFY(persisted);
        QCOMPARE(backend->value(TokenStore::keyFor(QStringLiteral("p1"), TokenStore::Kind::ClientSecret)),
                 QByteArray("s3cret"));
        const auto result = read(*store);
        QVERIFY(result.found);
        QVERIFY(!result.fromMemory);
        QCOMPARE(result.data, QByteArray("s3cret"));

        bool removed = false;
        store->removeProfile(QStringLiteral("p1"), this, [&removed]() { removed = true; });
        QTRY_VERIFY(removed);
        QVERIFY(backend->keys().isEmpty());
        QCOMPARE(states.count(), 1);
        QVERIFY(store->stateMessage().isEmpty());
    }

    void retriesOnceWhenTheBackendIsNotUpYet()
    {
        auto [backend, store] = make(Mode::FailsThenWorks, 1);
        bool persisted = false;
        QVERIFY(write(*store, "late", &persisted));
        QVERIFY(persisted);
        QCOMPARE(backend->calls(), 2);
        QCOMPARE(store->state(), TokenStore::State::Available);
    }

    void fallsBackToMemoryAfterASecondFailure()
    {
        auto [backend, store] = make(Mode::AlwaysFails);
        QSignalSpy states(store.get(), &TokenStore::stateChanged);
        bool persisted = true;
        QVERIFY(write(*store, "session-only", &persisted));
        QVERIFY(!persisted);
        QCOMPARE(backend->calls(), 2);  // the first try and one retry, no more
        QCOMPARE(store->state(), TokenStore::State::Unavailable);
        QCOMPARE(states.count(), 1);
        QVERIFY(store->unavailableReason().contains(QStringLiteral("org.freedesktop.secrets")));
        QVERIFY(store->stateMessage().contains(QStringLiteral("memory")));

        // From now on the keychain is left alone and the session copy is used.
        const auto result = read(*store);
        QVERIFY(result.found);
        QVERIFY(result.fromMemory);
        QCOMPARE(result.data, QByteArray("session-only"));
        QCOMPARE(backend->calls(), 2);

        // A retry button tries the keychain again.
        backend->setMode(Mode::Works);
        store->resetState();
        QVERIFY(write(*store, "now-kept", &persisted));
        QVERIFY(persisted);
        QCOMPARE(store->state(), TokenStore::State::Available);
    }

    void timesOutInsteadOfHanging()
    {
        auto [backend, store] = make(Mode::Hangs, 0, 250);
        QElapsedTimer timer;
        timer.start();
        bool persisted = true;
        QVERIFY(write(*store, "x", &persisted));
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!persisted);
        QCOMPARE(store->state(), TokenStore::State::Unavailable);
        // No retry after a timeout: one wait, not two, and a single job.
        QVERIFY2(elapsed >= 240 && elapsed < 2000, qPrintable(QString::number(elapsed)));
        QCOMPARE(backend->calls(), 1);
        QVERIFY(store->unavailableReason().contains(QStringLiteral("250 ms")));
        // Later calls do not wait again.
        timer.restart();
        QVERIFY(read(*store).found);
        QVERIFY(timer.elapsed() < 200);
    }

    void keysSeparateProfilesAndKinds()
    {
        QVERIFY(TokenStore::keyFor(QStringLiteral("a"), TokenStore::Kind::ClientSecret)
                != TokenStore::keyFor(QStringLiteral("a"), TokenStore::Kind::CachedToken));
        QVERIFY(TokenStore::keyFor(QStringLiteral("a"), TokenStore::Kind::ClientSecret)
                != TokenStore::keyFor(QStringLiteral("b"), TokenStore::Kind::ClientSecret));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_token_store.moc"
