// Pager: query parameters and where each list ends (total, short page, next, empty page).
#include "api/Pager.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using Api::Pager;

namespace {
Pager::Envelope page(int count, std::optional<int> total = std::nullopt, const QString &next = {})
{
    Pager::Envelope envelope;
    for (int i = 0; i < count; ++i)
        envelope.items.append(QJsonObject{{QStringLiteral("id"), i}});
    envelope.total = total;
    envelope.next = next;
    return envelope;
}
} // namespace

class TestPager final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void buildsQueries()
    {
        QUrlQuery first;
        Pager::byPage(25).applyTo(first);
        QCOMPARE(first.toString(), QStringLiteral("page=0&per_page=25&include_totals=true"));

        Pager checkpoint = Pager::byCheckpoint(100);
        QUrlQuery q1;
        checkpoint.applyTo(q1);
        QCOMPARE(q1.toString(), QStringLiteral("take=100"));
        checkpoint.advance(page(100, std::nullopt, QStringLiteral("abc=")));
        QUrlQuery q2;
        checkpoint.applyTo(q2);
        QCOMPARE(q2.queryItemValue(QStringLiteral("from")), QStringLiteral("abc="));
        QCOMPARE(Pager::byPage(500).pageSize(), 100);
    }

    void checkpointEndsWithoutNextOrOnAnEmptyPage()
    {
        Pager a = Pager::byCheckpoint(2);
        a.advance(page(2, std::nullopt, QStringLiteral("n1")));
        QVERIFY(!a.atEnd());
        a.advance(page(1));  // organizations: the last page has no next
        QVERIFY(a.atEnd());
        QCOMPARE(a.fetched(), 3);

        Pager b = Pager::byCheckpoint(2);
        b.advance(page(1, std::nullopt, QStringLiteral("n1")));  // members: a short page still carries next
        QVERIFY(!b.atEnd());
        b.advance(page(0));
        QVERIFY(b.atEnd());
    }

    void pagesEndAtTheTotalOrAShortPage()
    {
        Pager withTotal = Pager::byPage(50);
        withTotal.advance(page(50, 100));
        QVERIFY(!withTotal.atEnd());
        QCOMPARE(withTotal.page(), 1);
        withTotal.advance(page(50, 100));
        QVERIFY(withTotal.atEnd());
        QCOMPARE(*withTotal.total(), 100);

        // Invitations: no total, stop on a short page.
        Pager noTotal = Pager::byPage(50);
        noTotal.advance(page(50));
        QVERIFY(!noTotal.atEnd());
        noTotal.advance(page(3));
        QVERIFY(noTotal.atEnd());

        Pager exact = Pager::byPage(50);
        exact.advance(page(50));
        exact.advance(page(0));
        QVERIFY(exact.atEnd());
        exact.reset();
        QVERIFY(!exact.atEnd());
        QCOMPARE(exact.page(), 0);
    }

    void readsEveryShape()
    {
        Pager::Envelope env;
        QVERIFY(Pager::read(QJsonDocument::fromJson("[{\"id\":1}]"), QStringLiteral("roles"), &env).isEmpty());
        QCOMPARE(env.items.size(), 1);
        QVERIFY(!env.total);

        QVERIFY(Pager::read(QJsonDocument::fromJson(R"({"roles":[{},{}],"start":0,"limit":1,"total":7})"),
                            QStringLiteral("roles"), &env)
                    .isEmpty());
        QCOMPARE(env.items.size(), 2);
        QCOMPARE(*env.total, 7);

        QVERIFY(Pager::read(QJsonDocument::fromJson(R"({"members":[],"next":"xyz"})"), QStringLiteral("members"), &env)
                    .isEmpty());
        QCOMPARE(env.next, QStringLiteral("xyz"));
    }

    void reportsWrongShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("missing key") << QByteArray(R"({"users":[]})");
        QTest::newRow("key not a list") << QByteArray(R"({"roles":{"a":1}})");
        QTest::newRow("total text") << QByteArray(R"({"roles":[],"total":"7"})");
        QTest::newRow("next number") << QByteArray(R"({"roles":[],"next":5})");
        QTest::newRow("not json") << QByteArray("<html>");
        QTest::newRow("scalar") << QByteArray("42");
    }

    void reportsWrongShapes()
    {
        QFETCH(QByteArray, json);
        Pager::Envelope env;
        QVERIFY(!Pager::read(QJsonDocument::fromJson(json), QStringLiteral("roles"), &env).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
