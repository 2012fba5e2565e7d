// The scheduler under the sandbox's rate limit (burst 10, 20/s): a long bulk
// run stays under the limit instead of bouncing off it, every request
// finishes, and an interactive request overtakes the bulk queue.
#include "ApiHarness.h"
#include "SandboxFixture.h"
#include "TenantSeed.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Api;

class TestApiPacing final : public QObject
{
    Q_OBJECT

    static constexpr int kBurst = 10;
    static constexpr double kRate = 20;

    static Sandbox::SandboxOptions limited()
    {
        Sandbox::SandboxOptions options = quietSandboxOptions(QStringLiteral("empty"));
        options.rateBurst = kBurst;
        options.ratePerSecond = kRate;
        return options;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("orgconsole.api.debug=false"));
    }

    void staysUnderTheLimit()
    {
        SandboxFixture sandbox(limited());
        QVERIFY(sandbox.start());
        ApiHarness api(sandbox.baseUrl());
        constexpr int kRequests = 300;

        int ok = 0, failed = 0;
        QElapsedTimer timer;
        timer.start();
        QObject context;
        for (int i = 0; i < kRequests; ++i) {
            ApiRequest request = ApiRequest::get(QStringLiteral("/organizations"));
            request.priority = Priority::Bulk;
            api.client->send(request, &context, [&](const ApiResponse &, const ApiError &error) {
                (error.isError() ? failed : ok)++;
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(ok + failed == kRequests, 90000);
        const double seconds = timer.elapsed() / 1000.0;
        const QJsonObject stats = TenantSeed::stats(sandbox);
        const int rejected = TenantSeed::responses(stats, 429);
        const double ideal = (kRequests - kBurst) / kRate;
        qInfo("%d requests in %.2f s (tenant's sustained rate allows %.2f s), %d answered 429, budget refill %.1f/s",
              kRequests, seconds, ideal, rejected, api.client->budget().refillPerSecond());
        QCOMPARE(ok, kRequests);
        QCOMPARE(TenantSeed::requests(stats, QStringLiteral("GET /api/v2/organizations")), kRequests + rejected);
        QVERIFY2(rejected <= 3, qPrintable(QString::number(rejected)));
        QVERIFY2(seconds < ideal * 1.5 + 2, qPrintable(QString::number(seconds)));
    }

    void waitsOut429sFromASharedBucket()
    {
        // Two consoles on one tenant: each paces itself, but neither sees the
        // other's requests, so 429s do come. Each waits them out; nothing fails.
        SandboxFixture sandbox(limited());
        QVERIFY(sandbox.start());
        ApiHarness first(sandbox.baseUrl());
        ApiHarness second(sandbox.baseUrl());
        constexpr int kEach = 80;
        int ok = 0, failed = 0;
        QObject context;
        for (ApiHarness *api : {&first, &second}) {
            for (int i = 0; i < kEach; ++i) {
                ApiRequest request = ApiRequest::get(QStringLiteral("/organizations"));
                request.priority = Priority::Bulk;
                api->client->send(request, &context, [&](const ApiResponse &, const ApiError &error) {
                    (error.isError() ? failed : ok)++;
                });
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(ok + failed == 2 * kEach, 90000);
        const QJsonObject stats = TenantSeed::stats(sandbox);
        qInfo("two clients, %d requests: %d succeeded, %d failed, %d answers were 429", 2 * kEach, ok, failed,
              TenantSeed::responses(stats, 429));
        QCOMPARE(failed, 0);
        QVERIFY(TenantSeed::responses(stats, 429) > 0);
        // Every 429 was sent again, and nothing else was.
        QCOMPARE(TenantSeed::requests(stats, QStringLiteral("GET /api/v2/organizations")),
                 2 * kEach + TenantSeed::responses(stats, 429));
    }

    void interactiveGoesAheadOfBulk()
    {
        SandboxFixture sandbox(limited());
        QVERIFY(sandbox.start());
        ApiHarness api(sandbox.baseUrl());
        QObject context;
        QStringList order;
        for (int i = 0; i < 60; ++i) {
            ApiRequest request = ApiRequest::get(QStringLiteral("/organizations"));
            request.priority = Priority::Bulk;
            api.client->send(request, &context,
                             [&order](const ApiResponse &, const ApiError &) { order.append(QStringLiteral("bulk")); });
        }
        // The user opens a pane while the job runs.
        QTRY_VERIFY_WITH_TIMEOUT(order.size() >= 15, 20000);
        api.client->send(ApiRequest::get(QStringLiteral("/organizations")), &context,
                         [&order](const ApiResponse &, const ApiError &) { order.append(QStringLiteral("interactive")); });
        const int queuedBulk = api.client->queued() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(order.size() == 61, 30000);
        const int position = int(order.indexOf(QStringLiteral("interactive")));
        qInfo("interactive request finished %d after it was sent; %d bulk requests were queued ahead of it",
              position - 15, queuedBulk);
        QVERIFY(queuedBulk > 20);
        // It waits only for what was already in flight, not for the queue.
        QVERIFY2(position - 15 <= api.client->settings().maxConcurrent + 2, qPrintable(QString::number(position)));
    }

    void cancellingStopsQueuedWork()
    {
        SandboxFixture sandbox(limited());
        QVERIFY(sandbox.start());
        ApiHarness api(sandbox.baseUrl());
        int answered = 0;
        {
            QObject pane;
            for (int i = 0; i < 50; ++i) {
                ApiRequest request = ApiRequest::get(QStringLiteral("/organizations"));
                request.priority = Priority::Bulk;
                api.client->send(request, &pane, [&answered](const ApiResponse &, const ApiError &) { ++answered; });
            }
            QTRY_VERIFY(answered >= 5);
        }  // the pane goes away: its requests are dropped, callbacks never run
        const int atClose = answered;
        QTRY_VERIFY(api.client->isIdle());
        QCOMPARE(answered, atClose);
        QVERIFY(TenantSeed::requests(TenantSeed::stats(sandbox), QStringLiteral("GET /api/v2/organizations")) < 50);
    }
};

QTEST_GUILESS_MAIN(TestApiPacing)
#include "tst_api_pacing.moc"
