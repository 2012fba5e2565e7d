// The sandbox's /organizations endpoints: shapes, rules and errors as Auth0 has them.
#include "SandboxFixture.h"
#include "TenantStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

namespace {
QString create(ServiceHarness &h, const QString &name, QJsonObject body = {})
{
    body.insert(QStringLiteral("name"), name);
    return h.call("POST", QStringLiteral("/api/v2/organizations"), body)
        .object()
        .value(QStringLiteral("id"))
        .toString();
}

QStringList ids(const QJsonArray &organizations)
{
    QStringList list;
    for (const QJsonValue &org : organizations)
        list.append(org.toObject().value(QStringLiteral("id")).toString());
    return list;
}
} // namespace

class TestSandboxOrganizations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createReturns201WithOnlySetKeys()
    {
        ServiceHarness h;
        const auto r = h.call("POST", QStringLiteral("/api/v2/organizations"),
                              QJsonObject { { QStringLiteral("name"), QStringLiteral("acme") },
                                            { QStringLiteral("display_name"), QStringLiteral("Acme Inc.") } });
        QCOMPARE(r.status, 201);
        const QJsonObject org = r.object();
        QVERIFY(org.value(QStringLiteral("id")).toString().startsWith(QLatin1String("org_")));
        QCOMPARE(org.value(QStringLiteral("id")).toString().size(), 20);
        QCOMPARE(org.value(QStringLiteral("name")).toString(), QStringLiteral("acme"));
        QCOMPARE(org.value(QStringLiteral("display_name")).toString(), QStringLiteral("Acme Inc."));
        QVERIFY(!org.contains(QStringLiteral("metadata")));
        QVERIFY(!org.contains(QStringLiteral("branding")));
    }

    void createRejectsBadBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("malformed json") << QByteArray("{\"name\":") << QStringLiteral("Invalid request payload JSON");
        QTest::newRow("missing name") << QByteArray("{}") << QStringLiteral("Missing required property: name");
        QTest::newRow("name wrong type") << QByteArray("{\"name\":5}")
                                         << QStringLiteral("Expected type string but found type integer");
        QTest::newRow("name uppercase") << QByteArray("{\"name\":\"Acme\"}")
                                        << QStringLiteral("format organization-name");
        QTest::newRow("name too long") << QByteArray("{\"name\":\"" + QByteArray(51, 'a') + "\"}")
                                       << QStringLiteral("String is too long (51 chars), maximum 50");
        QTest::newRow("display name too long")
            << QByteArray("{\"name\":\"a\",\"display_name\":\"" + QByteArray(256, 'x') + "\"}")
            << QStringLiteral("maximum 255");
        QTest::newRow("unknown key") << QByteArray("{\"name\":\"a\",\"colour\":1}")
                                     << QStringLiteral("Additional properties not allowed: colour");
        QTest::newRow("http logo") << QByteArray("{\"name\":\"a\",\"branding\":{\"logo_url\":\"http://x.test/l.png\"}}")
                                   << QStringLiteral("strict-https-uri-or-null");
        QTest::newRow("one colour only") << QByteArray(
            "{\"name\":\"a\",\"branding\":{\"colors\":{\"primary\":\"#112233\"}}}")
                                         << QStringLiteral("Missing required property: page_background");
        QTest::newRow("bad colour") << QByteArray(
            "{\"name\":\"a\",\"branding\":{\"colors\":{\"primary\":\"red\",\"page_background\":\"#fff\"}}}")
                                    << QStringLiteral("format html-color: red");
        QTest::newRow("metadata value not string")
            << QByteArray("{\"name\":\"a\",\"metadata\":{\"k\":1}}") << QStringLiteral("Expected type string");
        QTest::newRow("metadata value too long")
            << QByteArray("{\"name\":\"a\",\"metadata\":{\"k\":\"" + QByteArray(256, 'v') + "\"}}")
            << QStringLiteral("maximum 255");
        QByteArray many = "{\"name\":\"a\",\"metadata\":{";
        for (int i = 0; i < 26; ++i)
            many += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i) + "\":\"v\"";
        many += "}}";
        QTest::newRow("26 metadata keys") << many << QStringLiteral("Too many properties defined (26), maximum 25");
        QTest::newRow("body is an array") << QByteArray("[]") << QStringLiteral("Expected type object");
    }

    void createRejectsBadBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        ServiceHarness h;
        const auto r = h.call("POST", QStringLiteral("/api/v2/organizations"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("statusCode")).toInt(), 400);
        QCOMPARE(r.object().value(QStringLiteral("error")).toString(), QStringLiteral("Bad Request"));
        QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(messagePart), r.body.constData());
        QCOMPARE(h.store().organizationCount(), 0);
    }

    void twentyFiveMetadataKeysAreAllowed()
    {
        ServiceHarness h;
        QJsonObject metadata;
        for (int i = 0; i < 25; ++i)
            metadata.insert(QStringLiteral("k%1").arg(i), QString(255, QLatin1Char('v')));
        const auto r = h.call("POST", QStringLiteral("/api/v2/organizations"),
                              QJsonObject { { QStringLiteral("name"), QStringLiteral("meta") },
                                            { QStringLiteral("metadata"), metadata } });
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(QStringLiteral("metadata")).toObject().size(), 25);
    }

    void duplicateNameIs409()
    {
        ServiceHarness h;
        const QJsonObject body { { QStringLiteral("name"), QStringLiteral("acme") } };
        QCOMPARE(h.call("POST", QStringLiteral("/api/v2/organizations"), body).status, 201);
        const auto r = h.call("POST", QStringLiteral("/api/v2/organizations"), body);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("organization_conflict"));
    }

    void getUpdateRenameDelete()
    {
        ServiceHarness h;
        const QString id = h.call("POST", QStringLiteral("/api/v2/organizations"),
                                  QJsonObject { { QStringLiteral("name"), QStringLiteral("acme") } })
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations/") + id).status, 200);
        QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations/name/acme")).object().value(QStringLiteral("id")),
                 QJsonValue(id));

        const auto patched
            = h.call("PATCH", QStringLiteral("/api/v2/organizations/") + id,
                     QJsonObject { { QStringLiteral("name"), QStringLiteral("new-org-name") },
                                   { QStringLiteral("metadata"),
                                     QJsonObject { { QStringLiteral("tier"), QStringLiteral("gold") } } } });
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.object().value(QStringLiteral("name")).toString(), QStringLiteral("new-org-name"));
        QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations/name/acme")).status, 404);
        QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations/name/new-org-name")).status, 200);

        QCOMPARE(h.call("DELETE", QStringLiteral("/api/v2/organizations/") + id).status, 204);
        const auto gone = h.call("GET", QStringLiteral("/api/v2/organizations/") + id);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("No organization found by that id or name"));
        QVERIFY(!gone.object().contains(QStringLiteral("errorCode")));
        QCOMPARE(h.call("DELETE", QStringLiteral("/api/v2/organizations/") + id).status, 404);
    }

    void listPagesAndCheckpoints()
    {
        ServiceHarness h;
        for (const char *name : { "charlie", "alpha", "bravo" })
            h.call("POST", QStringLiteral("/api/v2/organizations"),
                   QJsonObject { { QStringLiteral("name"), QString::fromLatin1(name) } });

        const auto bare = h.call("GET", QStringLiteral("/api/v2/organizations"));
        QVERIFY(bare.json.isArray());
        QCOMPARE(bare.array().size(), 3);

        const auto envelope = h.call("GET", QStringLiteral("/api/v2/organizations?include_totals=true&per_page=2"));
        QCOMPARE(envelope.object().value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(envelope.object().value(QStringLiteral("limit")).toInt(), 2);
        QCOMPARE(envelope.object().value(QStringLiteral("start")).toInt(), 0);

        const auto first
            = h.call("GET", QStringLiteral("/api/v2/organizations?include_totals=true&per_page=50&take=2"));
        QCOMPARE(first.object().value(QStringLiteral("organizations")).toArray().size(), 2);
        QVERIFY(!first.object().contains(QStringLiteral("total")));
        const QString next = first.object().value(QStringLiteral("next")).toString();
        QVERIFY(!next.isEmpty());
        const auto second = h.call("GET", QStringLiteral("/api/v2/organizations?take=2&from=") + next);
        QCOMPARE(second.object().value(QStringLiteral("organizations")).toArray().size(), 1);
        QVERIFY(!second.object().contains(QStringLiteral("next")));

        const auto sorted = h.call("GET", QStringLiteral("/api/v2/organizations?sort=name:-1"));
        QCOMPARE(sorted.array().first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("charlie"));
        QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations?sort=id:1")).status, 400);
        QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations?per_page=101")).status, 400);
        QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations?per_page=abc")).status, 400);
    }

    void checkpointWalksByCreationThenId()
    {
        // TestOrganizationManager_ListCheckpointPagination: created as test-organization745, 24, 804 and
        // listed in that order, not by name; the cursor is "<created at>UTC,<id>" without '=' padding.
        ServiceHarness h;
        qint64 now = QDateTime(QDate(2023, 3, 14), QTime(11, 17, 19, 300), Qt::UTC).toMSecsSinceEpoch();
        h.store().setClock([&now] { return now; });
        QStringList created { create(h, QStringLiteral("test-organization745")) };
        now += 166;
        created.append(create(h, QStringLiteral("test-organization24")));
        // Two more in the same millisecond: those go by id.
        now += 1;
        QStringList sameTime { create(h, QStringLiteral("zulu")), create(h, QStringLiteral("alpha")) };
        sameTime.sort();
        created += sameTime;

        const auto first
            = h.call("GET", QStringLiteral("/api/v2/organizations?include_totals=true&per_page=50&take=2"));
        QCOMPARE(first.status, 200);
        QCOMPARE(ids(first.object().value(QStringLiteral("organizations")).toArray()), created.mid(0, 2));
        const QString next = first.object().value(QStringLiteral("next")).toString();
        QVERIFY(!next.endsWith(QLatin1Char('=')));
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(next.toLatin1())),
                 QStringLiteral("2023-03-14 11:17:19.466000UTC,") + created.at(1));

        const auto second = h.call("GET", QStringLiteral("/api/v2/organizations?take=2&from=") + next);
        QCOMPARE(ids(second.object().value(QStringLiteral("organizations")).toArray()), created.mid(2, 2));
        QVERIFY(!second.object().contains(QStringLiteral("next")));

        // A cursor outlives the organization it names.
        QCOMPARE(h.call("DELETE", QStringLiteral("/api/v2/organizations/") + created.at(1)).status, 204);
        const auto again = h.call("GET", QStringLiteral("/api/v2/organizations?take=2&from=") + next);
        QCOMPARE(ids(again.object().value(QStringLiteral("organizations")).toArray()), created.mid(2, 2));
        QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations?take=2&from=bm90IGEgY3Vyc29y")).status, 400);

        // sort=created_at:1 on pages agrees with the checkpoint order.
        const auto sorted = h.call("GET", QStringLiteral("/api/v2/organizations?sort=created_at:1"));
        QCOMPARE(ids(sorted.array()), QStringList({ created.at(0), created.at(2), created.at(3) }));
    }

    void appEntitlementIsAcceptedAndEchoed()
    {
        // TestAccDataSourceUserOrganizations: {"name","display_name","is_app_entitlement_active":true} answered
        // with is_app_entitlement_active and third_party_client_access "block" on create, get and the user's list.
        ServiceHarness h;
        const auto r = h.call("POST", QStringLiteral("/api/v2/organizations"),
                              QJsonObject { { QStringLiteral("name"), QStringLiteral("test-org") },
                                            { QStringLiteral("display_name"), QStringLiteral("Test Org") },
                                            { QStringLiteral("is_app_entitlement_active"), true } });
        QCOMPARE(r.status, 201);
        const QJsonObject expected { { QStringLiteral("id"), r.object().value(QStringLiteral("id")) },
                                     { QStringLiteral("name"), QStringLiteral("test-org") },
                                     { QStringLiteral("display_name"), QStringLiteral("Test Org") },
                                     { QStringLiteral("third_party_client_access"), QStringLiteral("block") },
                                     { QStringLiteral("is_app_entitlement_active"), true } };
        QCOMPARE(r.object(), expected);
        const QString path
            = QStringLiteral("/api/v2/organizations/") + r.object().value(QStringLiteral("id")).toString();
        QCOMPARE(h.call("GET", path).object(), expected);

        const auto patched
            = h.call("PATCH", path,
                     QJsonObject { { QStringLiteral("is_app_entitlement_active"), false },
                                   { QStringLiteral("third_party_client_access"), QStringLiteral("allow") } });
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.object().value(QStringLiteral("is_app_entitlement_active")), QJsonValue(false));
        QCOMPARE(patched.object().value(QStringLiteral("third_party_client_access")).toString(),
                 QStringLiteral("allow"));

        // Organizations that never set either key answer without them, as every other recording shows.
        const auto plain = h.call("POST", QStringLiteral("/api/v2/organizations"),
                                  QJsonObject { { QStringLiteral("name"), QStringLiteral("plain") } });
        QVERIFY(!plain.object().contains(QStringLiteral("third_party_client_access")));
        QVERIFY(!plain.object().contains(QStringLiteral("is_app_entitlement_active")));
        const auto chosen
            = h.call("POST", QStringLiteral("/api/v2/organizations"),
                     QJsonObject { { QStringLiteral("name"), QStringLiteral("chosen") },
                                   { QStringLiteral("third_party_client_access"), QStringLiteral("allow") } });
        QCOMPARE(chosen.object().value(QStringLiteral("third_party_client_access")).toString(),
                 QStringLiteral("allow"));
        QVERIFY(!chosen.object().contains(QStringLiteral("is_app_entitlement_active")));

        QCOMPARE(h.call("POST", QStringLiteral("/api/v2/organizations"),
                        QByteArray("{\"name\":\"bad\",\"is_app_entitlement_active\":\"yes\"}"))
                     .object()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("Payload validation error: 'Expected type boolean but found type string' on property "
                                "is_app_entitlement_active."));
        QCOMPARE(h.call("PATCH", path, QByteArray("{\"third_party_client_access\":\"maybe\"}"))
                     .object()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("Payload validation error: 'No enum match for: \"maybe\"' on property "
                                "third_party_client_access."));
    }

    void emptiedMetadataLeavesTheAnswers()
    {
        // TestAccOrganization #38/#40/#42: PATCH {"metadata":{}} answered without metadata, and so did later reads.
        ServiceHarness h;
        const QString id = create(h, QStringLiteral("test-testaccorganization"));
        const QString path = QStringLiteral("/api/v2/organizations/") + id;
        const auto filled
            = h.call("PATCH", path,
                     QJsonObject { { QStringLiteral("metadata"),
                                     QJsonObject { { QStringLiteral("some_key"), QStringLiteral("v") } } } });
        QVERIFY(filled.object().contains(QStringLiteral("metadata")));
        const auto emptied
            = h.call("PATCH", path, QByteArray("{\"name\":\"test-testaccorganization\",\"metadata\":{}}"));
        QCOMPARE(emptied.status, 200);
        QVERIFY(!emptied.object().contains(QStringLiteral("metadata")));
        QVERIFY(!h.call("GET", path).object().contains(QStringLiteral("metadata")));
        // Removing the last key one by one ends the same way; null clears it too.
        h.call("PATCH", path, QByteArray("{\"metadata\":{\"a\":\"1\"}}"));
        QVERIFY(!h.call("PATCH", path, QByteArray("{\"metadata\":{\"a\":null}}"))
                     .object()
                     .contains(QStringLiteral("metadata")));
        h.call("PATCH", path, QByteArray("{\"metadata\":{\"a\":\"1\"}}"));
        QVERIFY(
            !h.call("PATCH", path, QByteArray("{\"metadata\":null}")).object().contains(QStringLiteral("metadata")));
        QVERIFY(!create(h, QStringLiteral("born-empty"), QJsonObject { { QStringLiteral("metadata"), QJsonObject() } })
                     .isEmpty());
        QVERIFY(!h.call("GET", QStringLiteral("/api/v2/organizations/name/born-empty"))
                     .object()
                     .contains(QStringLiteral("metadata")));
    }

    void pagingStopsAtThousandRecords()
    {
        ServiceHarness h;
        QCOMPARE(h.call("GET", QStringLiteral("/api/v2/organizations?per_page=100&page=9")).status, 200);
        const auto over = h.call("GET", QStringLiteral("/api/v2/organizations?per_page=100&page=10"));
        QCOMPARE(over.status, 400);
        QCOMPARE(over.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_paging"));
    }

    void overHttpWithPercentEncodedName()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const auto created = sandbox.call("POST", QStringLiteral("/api/v2/organizations"),
                                          QJsonObject { { QStringLiteral("name"), QStringLiteral("over-http") } });
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(sandbox.call("GET", QStringLiteral("/api/v2/organizations/name/over%2Dhttp")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOrganizations)
#include "tst_sandbox_organizations.moc"
