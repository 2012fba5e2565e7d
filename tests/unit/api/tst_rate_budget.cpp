// RateBudget: pacing arithmetic from X-RateLimit-* and 429s, with time passed
// in, plus a simulated token-bucket tenant to show a long run stays under it.
#include "api/RateBudget.h"

#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <deque>

using Api::Priority;
using Api::RateBudget;

namespace {
constexpr qint64 kStart = 1'700'000'000'000;

// The tenant's side, as Auth0 describes it: a bucket of `burst` tokens that
// refills at `rate` per second; reset = when it is full again (rounded up).
struct SimulatedBucket
{
    int burst;
    double rate;
    double tokens;
    qint64 lastMs;

    void refill(qint64 now)
    {
        tokens = std::min<double>(burst, tokens + (now - lastMs) * rate / 1000.0);
        lastMs = now;
    }
    bool take(qint64 now)
    {
        refill(now);
        if (tokens < 1)
            return false;
        tokens -= 1;
        return true;
    }
    int remaining() const { return int(std::floor(tokens)); }
    qint64 resetSecs(qint64 now) const { return qint64(std::ceil(now / 1000.0 + (burst - tokens) / rate)); }
};
} // namespace

class TestRateBudget final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sendsFreelyUntilItKnowsTheLimit()
    {
        RateBudget budget;
        QVERIFY(!budget.isKnown());
        QCOMPARE(budget.delayMs(kStart, Priority::Bulk), 0);
        budget.onSend(kStart);
        QCOMPARE(budget.delayMs(kStart, Priority::Bulk), 0);
    }

    void readsHeaders()
    {
        RateBudget budget;
        budget.onResponse(kStart, {{"x-ratelimit-limit", "10"}, {"X-RateLimit-Remaining", "4"},
                                   {"X-RateLimit-Reset", QByteArray::number(kStart / 1000 + 1)}}, 0);
        QVERIFY(budget.isKnown());
        QCOMPARE(budget.limit(), 10);
        QCOMPARE(budget.tokensAt(kStart), 4.0);
        // Six tokens in one second.
        QCOMPARE(budget.refillPerSecond(), 6.0);
        RateBudget ignored;
        ignored.onResponse(kStart, {{"X-RateLimit-Limit", "junk"}}, 0);
        QVERIFY(!ignored.isKnown());
    }

    void waitsForATokenWhenTheBucketIsEmpty()
    {
        RateBudget budget;
        // 10 missing, full in 1 s: 10 per second, so one token takes 100 ms.
        budget.onResponse(kStart, 10, 0, kStart / 1000 + 1, 0);
        QCOMPARE(budget.delayMs(kStart, Priority::Interactive), 100);
        QCOMPARE(budget.delayMs(kStart + 100, Priority::Interactive), 0);
        budget.onSend(kStart + 100);
        QCOMPARE(budget.delayMs(kStart + 100, Priority::Interactive), 100);
    }

    void countsRequestsStillOnTheWay()
    {
        RateBudget budget;
        budget.onResponse(kStart, 10, 3, kStart / 1000 + 1, 3);
        // Three sent after this answer have not been counted by the tenant yet.
        QCOMPARE(budget.tokensAt(kStart), 0.0);
        QVERIFY(budget.delayMs(kStart, Priority::Interactive) > 0);
    }

    void bulkLeavesAReserveForInteractive()
    {
        RateBudget budget;
        budget.setBulkReserve(2);
        budget.onResponse(kStart, 20, 2, kStart / 1000 + 2, 0);
        QCOMPARE(budget.delayMs(kStart, Priority::Interactive), 0);
        QVERIFY(budget.delayMs(kStart, Priority::Bulk) > 0);
        // A tiny bucket has no room for a reserve.
        RateBudget tiny;
        tiny.setBulkReserve(2);
        tiny.onResponse(kStart, 2, 1, kStart / 1000 + 1, 0);
        QCOMPARE(tiny.delayMs(kStart, Priority::Bulk), 0);
    }

    void holdsEverythingAfterA429()
    {
        RateBudget budget;
        budget.onResponse(kStart, 10, 5, kStart / 1000 + 1, 0);
        const qint64 until = budget.onRateLimited(kStart, 3, 0, 0);
        QCOMPARE(until, kStart + 3000);
        QCOMPARE(budget.delayMs(kStart, Priority::Interactive), 3000);
        QCOMPARE(budget.delayMs(kStart + 2999, Priority::Interactive), 1);
        // Without Retry-After the reset time is used.
        RateBudget byReset;
        QCOMPARE(byReset.onRateLimited(kStart, 0, kStart / 1000 + 5, 0), kStart + 5000);
    }

    void probesWhenTheRateIsUnknown()
    {
        RateBudget budget;
        // Full bucket answers give no refill rate; then the tenant says "none left".
        budget.onResponse(kStart, 10, 10, kStart / 1000, 0);
        budget.onResponse(kStart, 10, 0, 0, 0);
        QCOMPARE(budget.refillPerSecond(), 0.0);
        budget.onSend(kStart);
        QVERIFY(budget.delayMs(kStart + 10, Priority::Interactive) > 0);
        // One probe a second rather than waiting forever.
        QCOMPARE(budget.delayMs(kStart + 1000, Priority::Interactive), 0);
    }

    void longRunStaysUnderTheLimit_data()
    {
        QTest::addColumn<int>("burst");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("latencyMs");
        QTest::newRow("burst 10, 20/s, 300") << 10 << 20.0 << 300 << 15;
        QTest::newRow("burst 50, 16/s, 500") << 50 << 16.0 << 500 << 40;
        QTest::newRow("free plan 2, 2/s, 40") << 2 << 2.0 << 40 << 80;
    }

    void longRunStaysUnderTheLimit()
    {
        QFETCH(int, burst);
        QFETCH(double, rate);
        QFETCH(int, requests);
        QFETCH(int, latencyMs);
        SimulatedBucket tenant{burst, rate, double(burst), kStart};
        RateBudget budget;
        const int concurrency = 4;

        struct InFlight
        {
            qint64 arriveMs;
            qint64 answerMs;
            quint64 seq;
        };
        std::deque<InFlight> flying;
        qint64 now = kStart;
        int sent = 0, done = 0, rejected = 0;
        quint64 seq = 0;
        while (done < requests) {
            const qint64 wait = budget.delayMs(now, Priority::Bulk);
            // As ApiClient does: a single request out until the first answer gives the limit.
            const bool probing = !budget.isKnown() && !flying.empty();
            if (sent < requests && int(flying.size()) < concurrency && wait == 0 && !probing) {
                budget.onSend(now);
                flying.push_back({now + latencyMs / 2, now + latencyMs, ++seq});
                ++sent;
                continue;
            }
            // Jump to the next event: an answer, or the end of the wait.
            qint64 next = flying.empty() ? now + std::max<qint64>(wait, 1) : flying.front().answerMs;
            if (!flying.empty() && wait > 0 && !probing && sent < requests && int(flying.size()) < concurrency)
                next = std::min(next, now + wait);
            now = std::max(now, next);
            while (!flying.empty() && flying.front().answerMs <= now) {
                const InFlight answer = flying.front();
                flying.pop_front();
                const bool allowed = tenant.take(answer.arriveMs);
                int later = 0;
                for (const InFlight &other : flying)
                    later += other.seq > answer.seq ? 1 : 0;
                if (allowed) {
                    budget.onResponse(now, burst, tenant.remaining(), tenant.resetSecs(answer.arriveMs), later);
                    ++done;
                } else {
                    ++rejected;
                    --sent;  // it goes again
                    budget.onRateLimited(now, 1, tenant.resetSecs(answer.arriveMs), later);
                }
            }
        }
        const double seconds = (now - kStart) / 1000.0;
        const double ideal = (requests - burst) / rate;
        qInfo("%d requests, burst %d, %.0f/s: %.2f s (ideal %.2f s), %d rejected", requests, burst, rate, seconds,
              ideal, rejected);
        QCOMPARE(rejected, 0);
        // Paced, not crawling: within 35% of the tenant's sustained rate.
        QVERIFY2(seconds < ideal * 1.35 + 1, qPrintable(QString::number(seconds)));
    }
};

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_rate_budget.moc"
