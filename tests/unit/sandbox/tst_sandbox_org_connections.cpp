// The sandbox's newer /organizations/{id}/connections API (terraform
// TestAccOrganizationConnection), what it shares with enabled_connections,
// /organizations/{id}/client-grants, and what deleting a tenant connection does.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString kOrgs = QStringLiteral("/api/v2/organizations/");

QString createConnection(ServiceHarness &h, const QString &name, const QString &strategy)
{
    const auto r = h.call("POST", QStringLiteral("/api/v2/connections"),
                          QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("strategy"), strategy } });
    return r.object().value(QStringLiteral("id")).toString();
}

QString createOrg(ServiceHarness &h, const QString &name)
{
    return h.call("POST", QStringLiteral("/api/v2/organizations"), QJsonObject { { QStringLiteral("name"), name } })
        .object()
        .value(QStringLiteral("id"))
        .toString();
}

QString message(const SandboxResponse &r)
{
    return r.object().value(QStringLiteral("message")).toString();
}
} // namespace

class TestSandboxOrgConnections final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newerApiAsRecorded()
    {
        ServiceHarness h;
        const QString db
            = createConnection(h, QStringLiteral("Acceptance-Test-DB-Connection"), QStringLiteral("auth0"));
        const QString okta = createConnection(h, QStringLiteral("Acceptance-Test-Enterprise"), QStringLiteral("okta"));
        const QString org = createOrg(h, QStringLiteral("acme"));
        const QString base = kOrgs + org + QStringLiteral("/connections");

        const auto added
            = h.call("POST", base,
                     QJsonObject { { QStringLiteral("is_enabled"), true }, { QStringLiteral("connection_id"), db } });
        QCOMPARE(added.status, 201);
        const QJsonObject expected { { QStringLiteral("connection_id"), db },
                                     { QStringLiteral("is_signup_enabled"), false },
                                     { QStringLiteral("assign_membership_on_login"), false },
                                     { QStringLiteral("show_as_button"), true },
                                     { QStringLiteral("is_enabled"), true },
                                     { QStringLiteral("organization_access_level"), QStringLiteral("none") },
                                     { QStringLiteral("connection"),
                                       QJsonObject {
                                           { QStringLiteral("name"), QStringLiteral("Acceptance-Test-DB-Connection") },
                                           { QStringLiteral("strategy"), QStringLiteral("auth0") } } } };
        QCOMPARE(added.object(), expected);
        QCOMPARE(h.call("GET", base + QLatin1Char('/') + db).object(), expected);
        QCOMPARE(h.call("POST", base, QJsonObject { { QStringLiteral("connection_id"), db } }).status, 409);

        const auto oktaAdded = h.call("POST", base,
                                      QJsonObject { { QStringLiteral("assign_membership_on_login"), true },
                                                    { QStringLiteral("is_enabled"), true },
                                                    { QStringLiteral("connection_id"), okta } });
        QCOMPARE(oktaAdded.status, 201);
        QVERIFY(!oktaAdded.object().contains(QStringLiteral("is_signup_enabled")));

        const auto page0
            = h.call("GET", base + QStringLiteral("?include_totals=true&is_enabled=true&page=0&per_page=50"));
        const QJsonArray listed = page0.object().value(QStringLiteral("connections")).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("connection_id")), QJsonValue(okta));
        QCOMPARE(page0.object().value(QStringLiteral("limit")), QJsonValue(50));
        QCOMPARE(page0.object().value(QStringLiteral("total")), QJsonValue(2));
        const auto page1
            = h.call("GET", base + QStringLiteral("?include_totals=true&is_enabled=true&page=1&per_page=50"));
        QCOMPARE(page1.object(),
                 (QJsonObject { { QStringLiteral("connections"), QJsonArray() },
                                { QStringLiteral("start"), 50 },
                                { QStringLiteral("limit"), 50 },
                                { QStringLiteral("total"), 2 } }));

        const auto patched
            = h.call("PATCH", base + QLatin1Char('/') + okta,
                     QJsonObject { { QStringLiteral("show_as_button"), false },
                                   { QStringLiteral("is_enabled"), true },
                                   { QStringLiteral("organization_access_level"), QStringLiteral("full") },
                                   { QStringLiteral("organization_connection_name"), QStringLiteral("okta-sso") } });
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.object().value(QStringLiteral("organization_access_level")),
                 QJsonValue(QStringLiteral("full")));
        QCOMPARE(patched.object().value(QStringLiteral("organization_connection_name")),
                 QJsonValue(QStringLiteral("okta-sso")));
        const auto reset
            = h.call("PATCH", base + QLatin1Char('/') + okta, QByteArray("{\"organization_access_level\":null}"));
        QCOMPARE(reset.object().value(QStringLiteral("organization_access_level")), QJsonValue(QStringLiteral("none")));

        QCOMPARE(h.call("DELETE", base + QLatin1Char('/') + okta).status, 204);
        QCOMPARE(h.call("DELETE", base + QLatin1Char('/') + db).status, 204);
        // As recorded, deleting again still answers 204 on this API.
        QCOMPARE(h.call("DELETE", base + QLatin1Char('/') + db).status, 204);
        QVERIFY(h.store().organization(org)->connections.empty());
        QCOMPARE(h.call("GET", base + QStringLiteral("?include_totals=true&is_enabled=true&page=0&per_page=50"))
                     .object()
                     .value(QStringLiteral("total")),
                 QJsonValue(0));
        QCOMPARE(h.call("GET", base + QLatin1Char('/') + db).status, 404);
    }

    void disabledConnectionsAreHiddenFromEnabledConnections()
    {
        ServiceHarness h;
        const QString con = createConnection(h, QStringLiteral("conn"), QStringLiteral("auth0"));
        const QString org = createOrg(h, QStringLiteral("acme"));
        QCOMPARE(
            h.call("POST", kOrgs + org + QStringLiteral("/connections"),
                   QJsonObject { { QStringLiteral("connection_id"), con }, { QStringLiteral("is_enabled"), false } })
                .status,
            201);
        const QString enabled = kOrgs + org + QStringLiteral("/enabled_connections");
        QCOMPARE(h.call("GET", enabled).array(), QJsonArray());
        QCOMPARE(h.call("GET", enabled + QLatin1Char('/') + con).status, 404);
        QCOMPARE(h.call("GET", kOrgs + org + QStringLiteral("/connections?is_enabled=true")).array(), QJsonArray());
        QCOMPARE(h.call("GET", kOrgs + org + QStringLiteral("/connections?is_enabled=false")).array().size(), 1);
        QCOMPARE(h.call("GET", kOrgs + org + QStringLiteral("/connections?is_enabled=maybe")).status, 400);

        // Enabling it through the older API switches it back on.
        const auto reenabled = h.call("POST", enabled,
                                      QJsonObject { { QStringLiteral("connection_id"), con },
                                                    { QStringLiteral("assign_membership_on_login"), true } });
        QCOMPARE(reenabled.status, 201);
        QVERIFY(h.store().organization(org)->connection(con)->isEnabled);
        QCOMPARE(h.store().organization(org)->connections.size(), size_t(1));
    }

    void newerApiRejects_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("bad access level")
            << QByteArray("POST") << QByteArray("{\"connection_id\":\"CON\",\"organization_access_level\":\"root\"}")
            << QStringLiteral("No enum match for: \"root\"");
        QTest::newRow("null access level on create")
            << QByteArray("POST") << QByteArray("{\"connection_id\":\"CON\",\"organization_access_level\":null}")
            << QStringLiteral("Expected type string but found type null");
        QTest::newRow("name with space") << QByteArray(
            "POST") << QByteArray("{\"connection_id\":\"CON\",\"organization_connection_name\":\"a b\"}")
                                         << QStringLiteral("String does not match pattern");
        QTest::newRow("name too long") << QByteArray("POST")
                                       << QByteArray("{\"connection_id\":\"CON\",\"organization_connection_name\":\""
                                                     + QByteArray(51, 'n') + "\"}")
                                       << QStringLiteral("maximum 50");
        QTest::newRow("is_enabled not bool")
            << QByteArray("POST") << QByteArray("{\"connection_id\":\"CON\",\"is_enabled\":1}")
            << QStringLiteral("Expected type boolean");
        QTest::newRow("connection_id on patch") << QByteArray("PATCH") << QByteArray("{\"connection_id\":\"CON\"}")
                                                << QStringLiteral("Additional properties not allowed: connection_id");
        QTest::newRow("signup on okta") << QByteArray("PATCH") << QByteArray("{\"is_signup_enabled\":true}")
                                        << QStringLiteral("Only database connections");
    }

    void newerApiRejects()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        ServiceHarness h;
        const QString con = createConnection(h, QStringLiteral("conn"), QStringLiteral("okta"));
        const QString org = createOrg(h, QStringLiteral("acme"));
        const QString base = kOrgs + org + QStringLiteral("/connections");
        QString path = base;
        if (method == "PATCH") {
            QCOMPARE(h.call("POST", base, QJsonObject { { QStringLiteral("connection_id"), con } }).status, 201);
            path += QLatin1Char('/') + con;
        }
        body.replace("CON", con.toLatin1());
        const auto r = h.call(method, path, body);
        QCOMPARE(r.status, 400);
        QVERIFY2(message(r).contains(messagePart), r.body.constData());
        QCOMPARE(h.store().organization(org)->connections.size(), size_t(method == "PATCH" ? 1 : 0));
    }

    void deletingTenantConnectionRemovesItFromOrganizations()
    {
        ServiceHarness h;
        const QString con = createConnection(h, QStringLiteral("conn"), QStringLiteral("auth0"));
        const QString keep = createConnection(h, QStringLiteral("keep"), QStringLiteral("auth0"));
        const QString a = createOrg(h, QStringLiteral("a"));
        const QString b = createOrg(h, QStringLiteral("b"));
        for (const QString &org : { a, b }) {
            h.call("POST", kOrgs + org + QStringLiteral("/enabled_connections"),
                   QJsonObject { { QStringLiteral("connection_id"), con } });
            h.call("POST", kOrgs + org + QStringLiteral("/connections"),
                   QJsonObject { { QStringLiteral("connection_id"), keep } });
        }
        QCOMPARE(h.call("DELETE", QStringLiteral("/api/v2/connections/") + con).status, 202);
        for (const QString &org : { a, b }) {
            QCOMPARE(h.store().organization(org)->connections.size(), size_t(1));
            QCOMPARE(h.store().organization(org)->connections.front().connectionId, keep);
            QCOMPARE(h.call("GET", kOrgs + org + QStringLiteral("/enabled_connections/") + con).status, 404);
        }
    }

    void clientGrantsList()
    {
        ServiceHarness h;
        const QString org = createOrg(h, QStringLiteral("acme"));
        const QString base = kOrgs + org + QStringLiteral("/client-grants");
        QCOMPARE(h.call("GET", base + QStringLiteral("?include_totals=true&per_page=50")).object(),
                 (QJsonObject { { QStringLiteral("client_grants"), QJsonArray() },
                                { QStringLiteral("start"), 0 },
                                { QStringLiteral("limit"), 50 },
                                { QStringLiteral("total"), 0 } }));
        h.store().organization(org)->clientGrantIds
            = { QStringLiteral("cgr_1"), QStringLiteral("cgr_2"), QStringLiteral("cgr_3") };
        QCOMPARE(h.call("GET", base).array().size(), 3);
        const auto paged = h.call("GET", base + QStringLiteral("?per_page=2&page=1&include_totals=true")).object();
        QCOMPARE(paged.value(QStringLiteral("client_grants")).toArray(),
                 (QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("cgr_3") } } }));
        QCOMPARE(paged.value(QStringLiteral("total")), QJsonValue(3));
        QCOMPARE(h.call("GET", base + QStringLiteral("?grant_ids=cgr_2&grant_ids=cgr_3")).array().size(), 2);
        QCOMPARE(h.call("GET", base + QStringLiteral("?grant_ids=cgr_1,cgr_9")).array().size(), 1);
        QCOMPARE(h.call("GET", base + QStringLiteral("?client_id=abc")).array(), QJsonArray());
        QCOMPARE(h.call("GET", base + QStringLiteral("?per_page=500")).status, 400);
        QCOMPARE(h.call("GET", kOrgs + QStringLiteral("org_missing/client-grants")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOrgConnections)
#include "tst_sandbox_org_connections.moc"
