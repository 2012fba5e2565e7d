// Paging of GET /organizations/{id}/members in the sandbox: offset paging up
// to the 1000-record cap, checkpoint paging with Auth0's cursors beyond it.
#include "MemberCursor.h"
#include "MemberTestData.h"

#include <QDateTime>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace MemberTestData;

class TestSandboxMemberPaging final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void badQueriesAre400_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown field") << QStringLiteral("fields=user_id,app_metadata")
                                       << QStringLiteral("invalid_query_string")
                                       << QStringLiteral("String does not match pattern");
        QTest::newRow("empty field") << QStringLiteral("fields=") << QStringLiteral("invalid_query_string")
                                     << QStringLiteral("on property fields");
        QTest::newRow("include_fields") << QStringLiteral("include_fields=maybe")
                                        << QStringLiteral("invalid_query_string")
                                        << QStringLiteral("Expected type boolean");
        QTest::newRow("per_page 0") << QStringLiteral("per_page=0") << QStringLiteral("invalid_query_string")
                                    << QStringLiteral("Value 0 is less than minimum 1");
        QTest::newRow("per_page 101") << QStringLiteral("per_page=101") << QStringLiteral("invalid_query_string")
                                      << QStringLiteral("Value 101 is greater than maximum 100");
        QTest::newRow("page text") << QStringLiteral("page=two") << QStringLiteral("invalid_query_string")
                                   << QStringLiteral("Expected type integer");
        QTest::newRow("take 0") << QStringLiteral("take=0") << QStringLiteral("invalid_query_string")
                                << QStringLiteral("Value 0 is less than minimum 1");
        QTest::newRow("take 101") << QStringLiteral("take=101") << QStringLiteral("invalid_query_string")
                                  << QStringLiteral("Value 101 is greater than maximum 100");
        QTest::newRow("bad cursor") << QStringLiteral("from=%%%&take=5") << QStringLiteral("invalid_query_string")
                                    << QStringLiteral("on property from");
        QTest::newRow("foreign cursor") << QStringLiteral("from=bm90IGEgY3Vyc29y&take=5")
                                        << QStringLiteral("invalid_query_string") << QStringLiteral("on property from");
        QTest::newRow("page INT_MAX") << QStringLiteral("page=2147483647&per_page=100")
                                      << QStringLiteral("invalid_paging")
                                      << QStringLiteral("Requesting page exceeds the allowed maximum of 1000 records.");
    }

    void badQueriesAre400()
    {
        QFETCH(QString, query);
        QFETCH(QString, errorCode);
        QFETCH(QString, messagePart);
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addMembers(h.store(), org, 3);
        const auto r = h.call("GET", membersPath(org, query));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("errorCode")).toString(), errorCode);
        QVERIFY2(message(r).contains(messagePart), r.body.constData());
    }

    void offsetPagingStopsAtOneThousandRecords_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("firstUser");
        QTest::newRow("1000: last full page")
            << 1000 << QStringLiteral("page=9&per_page=100") << 200 << 100 << QStringLiteral("auth0|u00900");
        QTest::newRow("1000: record 1000")
            << 1000 << QStringLiteral("page=999&per_page=1") << 200 << 1 << QStringLiteral("auth0|u00999");
        QTest::newRow("1000: beyond") << 1000 << QStringLiteral("page=10&per_page=100") << 400 << 0 << QString();
        QTest::newRow("1001: last reachable page")
            << 1001 << QStringLiteral("page=19&per_page=50") << 200 << 50 << QStringLiteral("auth0|u00950");
        QTest::newRow("1001: record 1001") << 1001 << QStringLiteral("page=1000&per_page=1") << 400 << 0 << QString();
        QTest::newRow("1001: records 901-1000")
            << 1001 << QStringLiteral("page=9&per_page=100") << 200 << 100 << QStringLiteral("auth0|u00900");
        QTest::newRow("1001: records 1001-1100")
            << 1001 << QStringLiteral("page=10&per_page=100") << 400 << 0 << QString();
        QTest::newRow("5: past the end") << 5 << QStringLiteral("page=3&per_page=2") << 200 << 0 << QString();
        QTest::newRow("5: short last page")
            << 5 << QStringLiteral("page=2&per_page=2") << 200 << 1 << QStringLiteral("auth0|u00004");
    }

    void offsetPagingStopsAtOneThousandRecords()
    {
        QFETCH(int, members);
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(int, rows);
        QFETCH(QString, firstUser);
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addMembers(h.store(), org, members);
        const auto r = h.call("GET", membersPath(org, query + QStringLiteral("&include_totals=true")));
        QCOMPARE(r.status, status);
        if (status == 400) {
            QCOMPARE(r.body,
                     QByteArray("{\"error\":\"Bad Request\",\"errorCode\":\"invalid_paging\",\"message\":"
                                "\"Requesting page exceeds the allowed maximum of 1000 records.\","
                                "\"statusCode\":400}"));
            return;
        }
        const QJsonObject envelope = r.object();
        QCOMPARE(envelope.value(QStringLiteral("total")).toInt(), members);
        const QJsonArray page = envelope.value(QStringLiteral("members")).toArray();
        QCOMPARE(page.size(), rows);
        if (rows > 0)
            QCOMPARE(page.at(0).toObject().value(QStringLiteral("user_id")).toString(), firstUser);
    }

    void checkpointMatchesTheRecording()
    {
        // TestOrganizationManager_MembersCheckpointPagination: three users added in one request at
        // 2023-03-14 13:36:13.829 UTC, read with take=2 (page, per_page and include_totals ignored).
        ServiceHarness h;
        const qint64 joined = QDateTime(QDate(2023, 3, 14), QTime(13, 36, 13, 829), Qt::UTC).toMSecsSinceEpoch();
        h.store().setClock([joined] { return joined; });
        const QString org = addOrg(h.store(), QStringLiteral("test-organization199"));
        const QStringList ids{QStringLiteral("auth0|6410784d38b3e02b77fdd65f"),
                              QStringLiteral("auth0|6410784dd3534be8b2dc37da"),
                              QStringLiteral("auth0|6410784d38b3e02b77fdd660")};
        addRecordedUser(h.store(), ids.at(0), QStringLiteral("chuck703@example.com"));
        addRecordedUser(h.store(), ids.at(1), QStringLiteral("chuck849@example.com"));
        addRecordedUser(h.store(), ids.at(2), QStringLiteral("chuck938@example.com"));
        QCOMPARE(h.call("POST", membersPath(org), idsBody(ids)).status, 204);

        const QString query = QStringLiteral("include_totals=true&per_page=50&take=2");
        const auto first = h.call("GET", membersPath(org, query));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.object().keys(), (QStringList{QStringLiteral("members"), QStringLiteral("next")}));
        QCOMPARE(first.object().value(QStringLiteral("members")).toArray().size(), 2);
        const QString next1 = first.object().value(QStringLiteral("next")).toString();
        QCOMPARE(next1,
                 QStringLiteral("MjAyMy0wMy0xNCAxMzozNjoxMy44MjkwMDBVVEMsYXV0aDB8NjQxMDc4NGQzOGIzZTAyYjc3ZmRkNjYw"));

        const auto second = h.call("GET", membersPath(org, QStringLiteral("from=") + next1 + QLatin1Char('&') + query));
        // The short last page still carries next; byte for byte the recorded answer.
        QCOMPARE(second.body,
                 QByteArray(
                     "{\"members\":[{\"user_id\":\"auth0|6410784dd3534be8b2dc37da\",\"email\":\"chuck849@example.com\","
                     "\"picture\":\"https://example-picture-url.jpg\",\"name\":\"chuck849@example.com\"}],"
                     "\"next\":\"MjAyMy0wMy0xNCAxMzozNjoxMy44MjkwMDBVVEMsYXV0aDB8NjQxMDc4NGRkMzUzNGJlOGIyZGMzN2Rh\"}"));
        const QString next2 = second.object().value(QStringLiteral("next")).toString();
        // …and the page after it is empty, without next.
        const auto third = h.call("GET", membersPath(org, QStringLiteral("from=") + next2 + QLatin1Char('&') + query));
        QCOMPARE(third.status, 200);
        QCOMPARE(third.body, QByteArray("{\"members\":[]}"));
    }

    void checkpointOnAnEmptyOrganization()
    {
        // TestAccOrganizationMembers: no members → {"members":[]}.
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        const auto r = h.call("GET", membersPath(org, QStringLiteral("fields=user_id&include_fields=true&take=100")));
        QCOMPARE(r.body, QByteArray("{\"members\":[]}"));
    }

    void cursorRoundTrips()
    {
        const Sandbox::MemberKey key{QDateTime(QDate(2026, 4, 23), QTime(7, 40, 31, 768), Qt::UTC).toMSecsSinceEpoch(),
                                     QStringLiteral("auth0|69e9cced7288eed95a7e5f58")};
        const QString cursor = Sandbox::MemberCursor::encode(key);
        // As recorded in TestAccOrganizationMembers.
        QCOMPARE(cursor,
                 QStringLiteral("MjAyNi0wNC0yMyAwNzo0MDozMS43NjgwMDBVVEMsYXV0aDB8NjllOWNjZWQ3Mjg4ZWVkOTVhN2U1ZjU4"));
        const auto decoded = Sandbox::MemberCursor::decode(cursor);
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->joinedMs, key.joinedMs);
        QCOMPARE(decoded->userId, key.userId);
        // User ids may hold commas; only the first one separates.
        const Sandbox::MemberKey odd{0, QStringLiteral("samlp|acme|a,b")};
        QCOMPARE(Sandbox::MemberCursor::decode(Sandbox::MemberCursor::encode(odd))->userId, odd.userId);
        for (const QString &junk : {QString(), QStringLiteral("@@"), QStringLiteral("bm90IGEgY3Vyc29y"),
                                    QString::fromLatin1(QByteArray("2023-13-14 13:36:13.829000UTC,x").toBase64()),
                                    QString::fromLatin1(QByteArray("2023-03-14 13:36:13.829000CET,x").toBase64()),
                                    QString::fromLatin1(QByteArray("2023-03-14 13:36:13.829000UTC,").toBase64())})
            QVERIFY2(!Sandbox::MemberCursor::decode(junk), qPrintable(junk));
    }

    void checkpointWalksPastTheOffsetCap()
    {
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addMembers(h.store(), org, 2345);
        QSet<QString> seen;
        QString from;
        int pages = 0;
        for (;;) {
            QString query = QStringLiteral("take=100&fields=user_id");
            if (!from.isEmpty())
                query += QStringLiteral("&from=") + from;
            const auto r = h.call("GET", membersPath(org, query));
            QCOMPARE(r.status, 200);
            const QJsonArray rows = r.object().value(QStringLiteral("members")).toArray();
            ++pages;
            if (rows.isEmpty()) {
                QVERIFY(!r.object().contains(QStringLiteral("next")));
                break;
            }
            for (const QString &id : userIds(rows))
                QVERIFY2(!seen.contains(id), qPrintable(id));
            for (const QString &id : userIds(rows))
                seen.insert(id);
            from = r.object().value(QStringLiteral("next")).toString();
            QVERIFY(!from.isEmpty());
            QVERIFY(pages < 100);
        }
        QCOMPARE(seen.size(), 2345);
        QCOMPARE(pages, 25); // 23 full pages, one of 45, one empty
    }

    void checkpointSurvivesRemovalOfTheCursorMember()
    {
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addMembers(h.store(), org, 5);
        const auto first = h.call("GET", membersPath(org, QStringLiteral("take=2")));
        const QString next = first.object().value(QStringLiteral("next")).toString();
        QCOMPARE(h.call("DELETE", membersPath(org), idsBody({QStringLiteral("auth0|u00001")})).status, 204);
        const auto second = h.call("GET", membersPath(org, QStringLiteral("take=2&from=") + next));
        QCOMPARE(userIds(second.object().value(QStringLiteral("members")).toArray()),
                 (QStringList{QStringLiteral("auth0|u00002"), QStringLiteral("auth0|u00003")}));
    }
};

QTEST_GUILESS_MAIN(TestSandboxMemberPaging)
#include "tst_sandbox_member_paging.moc"
