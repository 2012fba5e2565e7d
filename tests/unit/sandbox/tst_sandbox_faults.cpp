// Fault injection: each fault as a client sees it over real loopback HTTP,
// whether the tenant applied the request, and repeatability from a seed.
#include "FaultPlan.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using Sandbox::FaultPlan;

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

    int organizationCount(SandboxFixture &sandbox)
    {
        int count = -1;
        sandbox.thread().runOnServer(
            [&count](Sandbox::SandboxServer &server) { count = server.service().store().organizationCount(); });
        return count;
    }

    void setFaults(SandboxFixture &sandbox, const QString &spec, const QString &path = {})
    {
        const auto r = sandbox.call("PUT", QStringLiteral("/sandbox/faults"),
                                    QJsonDocument(QJsonObject{{QStringLiteral("faults"), spec},
                                                              {QStringLiteral("path"), path},
                                                              {QStringLiteral("seed"), 7}})
                                        .toJson(),
                                    QByteArray());
        QCOMPARE(r.status, 204);
    }

    const QJsonObject createBody{{QStringLiteral("name"), QStringLiteral("faulty")}};

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("all kinds") << QStringLiteral("500=0.1,502=0.1,503=0.1,drop=0.1,lost=0.1,delay=0.1:250,"
                                                     "hang=0.1,truncate=0.1,malformed=0.05,html=0.05")
                                   << true;
        QTest::newRow("unknown") << QStringLiteral("404=0.5") << false;
        QTest::newRow("rate above one") << QStringLiteral("500=1.5") << false;
        QTest::newRow("sum above one") << QStringLiteral("500=0.6,503=0.6") << false;
        QTest::newRow("no rate") << QStringLiteral("drop") << false;
        QTest::newRow("bad delay") << QStringLiteral("delay=0.5:soon") << false;
    }

    void parsesSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        FaultPlan plan;
        QCOMPARE(plan.parse(spec).isEmpty(), valid);
    }

    void drawsAreRepeatableFromASeed()
    {
        auto sequence = [](quint32 seed) {
            FaultPlan plan;
            plan.parse(QStringLiteral("500=0.3,drop=0.3"));
            plan.setSeed(seed);
            QList<FaultPlan::Fault> drawn;
            for (int i = 0; i < 50; ++i)
                drawn.append(plan.draw(QStringLiteral("/api/v2/organizations")));
            return drawn;
        };
        QCOMPARE(sequence(3), sequence(3));
        QVERIFY(sequence(3) != sequence(4));
        const auto drawn = sequence(3);
        QVERIFY(drawn.contains(FaultPlan::Fault::Status500));
        QVERIFY(drawn.contains(FaultPlan::Fault::Drop));
        QVERIFY(drawn.contains(FaultPlan::Fault::None));
    }

    void serverErrorsCarryAuth0Bodies_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("status");
        QTest::newRow("500") << QStringLiteral("500=1") << 500;
        QTest::newRow("502") << QStringLiteral("502=1") << 502;
        QTest::newRow("503") << QStringLiteral("503=1") << 503;
    }

    void serverErrorsCarryAuth0Bodies()
    {
        QFETCH(QString, spec);
        QFETCH(int, status);
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        sandbox.token();
        setFaults(sandbox, spec);
        const auto r = sandbox.call("POST", QStringLiteral("/api/v2/organizations"), createBody);
        QCOMPARE(r.status, status);
        QCOMPARE(r.object().value(QStringLiteral("statusCode")).toInt(), status);
        QCOMPARE(organizationCount(sandbox), 0);
    }

    void droppedConnectionAppliesNothing()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        sandbox.token();
        setFaults(sandbox, QStringLiteral("drop=1"));
        const auto r = sandbox.call("POST", QStringLiteral("/api/v2/organizations"), createBody);
        QCOMPARE(r.status, 0);
        QVERIFY(r.networkError != QNetworkReply::NoError);
        QCOMPARE(organizationCount(sandbox), 0);
    }

    void lostAnswerStillAppliesTheRequest()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        sandbox.token();
        setFaults(sandbox, QStringLiteral("lost=1"));
        const auto r = sandbox.call("POST", QStringLiteral("/api/v2/organizations"), createBody);
        QVERIFY(r.networkError != QNetworkReply::NoError);
        // The client cannot know, but the tenant did it: what a safe client must check for.
        QCOMPARE(organizationCount(sandbox), 1);
    }

    void hangOutlastsTheClientTimeout()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        sandbox.token();
        setFaults(sandbox, QStringLiteral("hang=1"));
        const auto r = sandbox.call("GET", QStringLiteral("/api/v2/organizations"), {}, "default", 300);
        QCOMPARE(r.networkError, QNetworkReply::OperationCanceledError);
        // The server is still healthy for the next client.
        setFaults(sandbox, QString());
        QCOMPARE(sandbox.call("GET", QStringLiteral("/api/v2/organizations")).status, 200);
    }

    void truncatedMalformedAndHtmlBodies()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        sandbox.token();
        sandbox.call("POST", QStringLiteral("/api/v2/organizations"), createBody);

        setFaults(sandbox, QStringLiteral("truncate=1"));
        const auto truncated = sandbox.call("GET", QStringLiteral("/api/v2/organizations"));
        QVERIFY(truncated.networkError != QNetworkReply::NoError || truncated.json.isNull());

        setFaults(sandbox, QStringLiteral("malformed=1"));
        const auto malformed = sandbox.call("GET", QStringLiteral("/api/v2/organizations"));
        QCOMPARE(malformed.status, 200);
        QVERIFY(malformed.json.isNull());

        setFaults(sandbox, QStringLiteral("html=1"));
        const auto html = sandbox.call("GET", QStringLiteral("/api/v2/organizations"));
        QCOMPARE(html.status, 502);
        QVERIFY(html.header("Content-Type").startsWith("text/html"));
        QVERIFY(html.body.contains("<html>"));
    }

    void delayedAnswerArrivesIntact()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        sandbox.token();
        setFaults(sandbox, QStringLiteral("delay=1:150"));
        const auto r = sandbox.call("GET", QStringLiteral("/api/v2/organizations"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.isArray());
        const auto stats = sandbox.call("GET", QStringLiteral("/sandbox/stats"), {}, QByteArray());
        QCOMPARE(stats.object().value(QStringLiteral("faults")).toObject().value(QStringLiteral("delay")).toInt(), 1);
    }

    void pathFilterLimitsFaults()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        sandbox.token();
        setFaults(sandbox, QStringLiteral("503=1"), QStringLiteral("/name/"));
        QCOMPARE(sandbox.call("GET", QStringLiteral("/api/v2/organizations")).status, 200);
        QCOMPARE(sandbox.call("GET", QStringLiteral("/api/v2/organizations/name/acme")).status, 503);
    }

    void badFaultSpecIsRejected()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const auto r = sandbox.call("PUT", QStringLiteral("/sandbox/faults"), QByteArray(R"({"faults":"teapot=1"})"),
                                    QByteArray());
        QCOMPARE(r.status, 400);
        QVERIFY(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("teapot")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
