// Paging::parse at the edges: page may be as large as INT_MAX, so the record
// cap and the offset are computed in 64 bits, never wrapping.
#include "Paging.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <limits>

using Sandbox::Paging;

namespace {
Sandbox::SandboxRequest requestWith(const QString &query)
{
    Sandbox::SandboxRequest request;
    request.method = "GET";
    request.query = QUrlQuery(query);
    return request;
}

constexpr qint64 kMaxPage = std::numeric_limits<int>::max();
} // namespace

class TestSandboxPaging final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hugePageHitsTheRecordCap()
    {
        Paging paging;
        const auto error = Paging::parse(requestWith(QStringLiteral("page=2147483647&per_page=1")),
                                         Paging::Rules { true, 1000, 50, 1 }, &paging);
        QVERIFY(error.has_value());
        QCOMPARE(error->status, 400);
        QVERIFY(error->body.contains("\"errorCode\":\"invalid_paging\""));
        QVERIFY(error->body.contains("Requesting page exceeds the allowed maximum of 1000 records."));
    }

    void hugePageWithoutCapHasA64BitOffset()
    {
        Paging paging;
        QVERIFY(!Paging::parse(requestWith(QStringLiteral("page=2147483647&per_page=100&include_totals=true")),
                               Paging::Rules { false, 0, 50, 1 }, &paging));
        QCOMPARE(paging.page, int(kMaxPage));
        QCOMPARE(paging.offset(), kMaxPage * 100);
        const QJsonObject envelope = paging.pageResult(QStringLiteral("roles"), {}, 3).toObject();
        QCOMPARE(envelope.value(QStringLiteral("start")).toInteger(), kMaxPage * 100);
        QCOMPARE(envelope.value(QStringLiteral("total")).toInteger(), 3);
    }

    void pageBeyondIntIsRejected()
    {
        Paging paging;
        const auto error = Paging::parse(requestWith(QStringLiteral("page=2147483648")), Paging::Rules {}, &paging);
        QVERIFY(error.has_value());
        QVERIFY(error->body.contains("Value 2147483648 is greater than maximum 2147483647"));
    }

    void hugePagesOverHandlers()
    {
        ServiceHarness h;
        const auto capped = h.call("GET", QStringLiteral("/api/v2/organizations?page=2147483647&per_page=1"));
        QCOMPARE(capped.status, 400);
        QCOMPARE(capped.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_paging"));
        const auto roles
            = h.call("GET", QStringLiteral("/api/v2/roles?page=2147483647&per_page=100&include_totals=true"));
        QCOMPARE(roles.status, 200);
        QCOMPARE(roles.object().value(QStringLiteral("roles")).toArray().size(), 0);
        QCOMPARE(roles.object().value(QStringLiteral("start")).toInteger(), kMaxPage * 100);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPaging)
#include "tst_sandbox_paging.moc"
