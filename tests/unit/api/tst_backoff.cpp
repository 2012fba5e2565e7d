// Backoff: capped exponential delays with jitter, repeatable from a seed.
#include "api/Backoff.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

class TestBackoff final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void growsAndCaps()
    {
        const Api::Backoff backoff(500, 4000, 1);
        QCOMPARE(backoff.ceilingMs(1), 500);
        QCOMPARE(backoff.ceilingMs(2), 1000);
        QCOMPARE(backoff.ceilingMs(3), 2000);
        QCOMPARE(backoff.ceilingMs(4), 4000);
        QCOMPARE(backoff.ceilingMs(5), 4000);
        QCOMPARE(backoff.ceilingMs(60), 4000);
    }

    void jittersWithinHalfToFull()
    {
        Api::Backoff backoff(1000, 10000, 7);
        QSet<int> seen;
        for (int i = 0; i < 200; ++i) {
            const int attempt = 1 + i % 4;
            const int delay = backoff.delayMs(attempt);
            const int ceiling = backoff.ceilingMs(attempt);
            QVERIFY(delay >= ceiling / 2);
            QVERIFY(delay <= ceiling);
            seen.insert(delay);
        }
        QVERIFY(seen.size() > 50);  // actually random, not a fixed ladder
    }

    void repeatsFromASeed()
    {
        Api::Backoff a(500, 8000, 42), b(500, 8000, 42);
        for (int attempt = 1; attempt < 6; ++attempt)
            QCOMPARE(a.delayMs(attempt), b.delayMs(attempt));
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
