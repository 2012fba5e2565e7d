// The sandbox's /organizations/{id}/enabled_connections: shapes and errors as
// the recordings show them (go-auth0 TestOrganizationManager_*Connection*),
// the signup rule, the 10-connection limit, paging, and the scopes of every
// organization connection and client-grant route.
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

class TestSandboxEnabledConnections final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void enabledConnectionLifecycleAsRecorded()
    {
        ServiceHarness h;
        const QString con = createConnection(h, QStringLiteral("test-conn758"), QStringLiteral("ad"));
        const QString org = createOrg(h, QStringLiteral("acme"));
        const QString base = kOrgs + org + QStringLiteral("/enabled_connections");

        const auto added = h.call("POST", base,
                                  QJsonObject { { QStringLiteral("connection_id"), con },
                                                { QStringLiteral("assign_membership_on_login"), true },
                                                { QStringLiteral("show_as_button"), true } });
        QCOMPARE(added.status, 201);
        const QJsonObject expected { { QStringLiteral("connection_id"), con },
                                     { QStringLiteral("assign_membership_on_login"), true },
                                     { QStringLiteral("show_as_button"), true },
                                     { QStringLiteral("connection"),
                                       QJsonObject { { QStringLiteral("name"), QStringLiteral("test-conn758") },
                                                     { QStringLiteral("strategy"), QStringLiteral("ad") } } } };
        QCOMPARE(added.object(), expected); // no is_signup_enabled for a non-database connection
        QCOMPARE(h.call("GET", base + QLatin1Char('/') + con).object(), expected);

        const auto listed = h.call("GET", base + QStringLiteral("?include_totals=true&per_page=50"));
        QCOMPARE(listed.object(),
                 (QJsonObject { { QStringLiteral("enabled_connections"), QJsonArray { expected } },
                                { QStringLiteral("start"), 0 },
                                { QStringLiteral("limit"), 1 },
                                { QStringLiteral("total"), 1 } }));
        QCOMPARE(h.call("GET", base).array(), QJsonArray { expected });

        const auto patched = h.call("PATCH", base + QLatin1Char('/') + con,
                                    QJsonObject { { QStringLiteral("assign_membership_on_login"), false },
                                                  { QStringLiteral("show_as_button"), false } });
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.object().value(QStringLiteral("assign_membership_on_login")), QJsonValue(false));
        QCOMPARE(patched.object().value(QStringLiteral("show_as_button")), QJsonValue(false));
        QVERIFY(!h.store().organization(org)->connection(con)->assignMembershipOnLogin);

        QCOMPARE(h.call("DELETE", base + QLatin1Char('/') + con).status, 204);
        QVERIFY(h.store().organization(org)->connections.empty());
        const auto gone = h.call("GET", base + QLatin1Char('/') + con);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.object(),
                 (QJsonObject { { QStringLiteral("statusCode"), 404 },
                                { QStringLiteral("error"), QStringLiteral("Not Found") },
                                { QStringLiteral("message"), QStringLiteral("No connection found by that id") } }));
        QCOMPARE(h.call("DELETE", base + QLatin1Char('/') + con).status, 404);
        QCOMPARE(h.call("PATCH", base + QLatin1Char('/') + con, QJsonObject {}).status, 404);
    }

    void signupRule_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QByteArray>("create");
        QTest::addColumn<int>("createStatus");
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<int>("patchStatus");
        QTest::newRow("db: signup with membership, then both off")
            << QStringLiteral("auth0") << QByteArray("{\"assign_membership_on_login\":true,\"is_signup_enabled\":true}")
            << 201 << QByteArray("{\"assign_membership_on_login\":false,\"is_signup_enabled\":false}") << 200;
        QTest::newRow("db: membership off keeps signup on -> 400")
            << QStringLiteral("auth0") << QByteArray("{\"assign_membership_on_login\":true,\"is_signup_enabled\":true}")
            << 201 << QByteArray("{\"assign_membership_on_login\":false,\"is_signup_enabled\":true}") << 400;
        QTest::newRow("db: both on again")
            << QStringLiteral("auth0") << QByteArray("{\"assign_membership_on_login\":true,\"is_signup_enabled\":true}")
            << 201 << QByteArray("{\"assign_membership_on_login\":true,\"is_signup_enabled\":true}") << 200;
        QTest::newRow("db: signup without membership on create")
            << QStringLiteral("auth0") << QByteArray("{\"is_signup_enabled\":true}") << 400 << QByteArray() << 0;
        QTest::newRow("enterprise: no signup at all")
            << QStringLiteral("ad") << QByteArray("{\"assign_membership_on_login\":true,\"is_signup_enabled\":true}")
            << 400 << QByteArray() << 0;
    }

    void signupRule()
    {
        QFETCH(QString, strategy);
        QFETCH(QByteArray, create);
        QFETCH(int, createStatus);
        QFETCH(QByteArray, patch);
        QFETCH(int, patchStatus);
        ServiceHarness h;
        const QString con = createConnection(h, QStringLiteral("conn"), strategy);
        const QString org = createOrg(h, QStringLiteral("acme"));
        const QString base = kOrgs + org + QStringLiteral("/enabled_connections");
        QJsonObject body = QJsonDocument::fromJson(create).object();
        body.insert(QStringLiteral("connection_id"), con);
        const auto added = h.call("POST", base, body);
        QCOMPARE(added.status, createStatus);
        const QString rule = QStringLiteral("Only database connections with assign_membership_on_login = true "
                                            "support is_signup_enabled = true.");
        if (createStatus != 201) {
            QCOMPARE(message(added), rule);
            QCOMPARE(added.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_body"));
            QVERIFY(h.store().organization(org)->connections.empty());
            return;
        }
        QCOMPARE(added.object().value(QStringLiteral("is_signup_enabled")), QJsonValue(true));
        const auto patched = h.call("PATCH", base + QLatin1Char('/') + con, patch);
        QCOMPARE(patched.status, patchStatus);
        const auto *stored = h.store().organization(org)->connection(con);
        if (patchStatus == 400) {
            QCOMPARE(message(patched), rule);
            QVERIFY(stored->assignMembershipOnLogin); // unchanged
        } else {
            const QJsonObject wanted = QJsonDocument::fromJson(patch).object();
            QCOMPARE(patched.object().value(QStringLiteral("is_signup_enabled")),
                     wanted.value(QStringLiteral("is_signup_enabled")));
            QCOMPARE(stored->isSignupEnabled, wanted.value(QStringLiteral("is_signup_enabled")).toBool());
        }
    }

    void addRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("malformed") << QByteArray("{\"connection_id\":") << 400
                                   << QStringLiteral("Invalid request payload");
        QTest::newRow("missing id") << QByteArray("{}") << 400
                                    << QStringLiteral("Missing required property: connection_id");
        QTest::newRow("id not a string") << QByteArray("{\"connection_id\":7}") << 400
                                         << QStringLiteral("Expected type string but found type integer");
        QTest::newRow("id wrong format") << QByteArray("{\"connection_id\":\"Username-Password\"}") << 400
                                         << QStringLiteral("format connection-id");
        QTest::newRow("unknown key") << QByteArray("{\"connection_id\":\"con_x\",\"colour\":1}") << 400
                                     << QStringLiteral("Additional properties not allowed: colour");
        QTest::newRow("flag not boolean") << QByteArray("{\"connection_id\":\"CON\",\"show_as_button\":\"yes\"}") << 400
                                          << QStringLiteral("Expected type boolean");
        QTest::newRow("not in tenant") << QByteArray("{\"connection_id\":\"con_doesnotexist0001\"}") << 404
                                       << QStringLiteral("No connection found by that id");
        QTest::newRow("already enabled") << QByteArray("{\"connection_id\":\"CON\"}") << 409
                                         << QStringLiteral("already enabled");
    }

    void addRejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        ServiceHarness h;
        const QString con = createConnection(h, QStringLiteral("conn"), QStringLiteral("auth0"));
        const QString org = createOrg(h, QStringLiteral("acme"));
        const QString base = kOrgs + org + QStringLiteral("/enabled_connections");
        QCOMPARE(h.call("POST", base, QJsonObject { { QStringLiteral("connection_id"), con } }).status, 201);
        body.replace("CON", con.toLatin1());
        const auto r = h.call("POST", base, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.object().value(QStringLiteral("statusCode")).toInt(), status);
        QVERIFY2(message(r).contains(messagePart), r.body.constData());
        QCOMPARE(h.store().organization(org)->connections.size(), size_t(1));
    }

    void unknownOrganizationIs404()
    {
        ServiceHarness h;
        const QString con = createConnection(h, QStringLiteral("conn"), QStringLiteral("auth0"));
        for (const QString &api : { QStringLiteral("/enabled_connections"), QStringLiteral("/connections") }) {
            const QString base = kOrgs + QStringLiteral("org_missing") + api;
            const auto add = h.call("POST", base, QJsonObject { { QStringLiteral("connection_id"), con } });
            QCOMPARE(add.status, 404);
            QCOMPARE(message(add), QStringLiteral("No organization found by that id or name"));
            QCOMPARE(h.call("GET", base).status, 404);
            QCOMPARE(h.call("GET", base + QLatin1Char('/') + con).status, 404);
            QCOMPARE(h.call("DELETE", base + QLatin1Char('/') + con).status, 404);
        }
    }

    void atMostTenConnectionsPerOrganization()
    {
        ServiceHarness h;
        const QString org = createOrg(h, QStringLiteral("acme"));
        const QString base = kOrgs + org + QStringLiteral("/enabled_connections");
        for (int i = 0; i < 10; ++i) {
            const QString con = createConnection(h, QStringLiteral("conn-%1").arg(i), QStringLiteral("samlp"));
            QCOMPARE(h.call("POST", base, QJsonObject { { QStringLiteral("connection_id"), con } }).status, 201);
        }
        const QString eleventh = createConnection(h, QStringLiteral("conn-10"), QStringLiteral("samlp"));
        const auto refused = h.call("POST", base, QJsonObject { { QStringLiteral("connection_id"), eleventh } });
        QCOMPARE(refused.status, 400);
        QVERIFY(message(refused).contains(QStringLiteral("at most 10")));
        // The newer API shares the same limit.
        const auto viaNewApi = h.call("POST", kOrgs + org + QStringLiteral("/connections"),
                                      QJsonObject { { QStringLiteral("connection_id"), eleventh } });
        QCOMPARE(viaNewApi.status, 400);
        QCOMPARE(h.store().organization(org)->connections.size(), size_t(10));
        QCOMPARE(h.call("GET", base + QStringLiteral("?include_totals=true")).object().value(QStringLiteral("total")),
                 QJsonValue(10));
    }

    void listPagesNewestFirst()
    {
        ServiceHarness h;
        const QString org = createOrg(h, QStringLiteral("acme"));
        const QString base = kOrgs + org + QStringLiteral("/enabled_connections");
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            ids.append(createConnection(h, QStringLiteral("conn-%1").arg(i), QStringLiteral("okta")));
            h.call("POST", base, QJsonObject { { QStringLiteral("connection_id"), ids.last() } });
        }
        const auto first = h.call("GET", base + QStringLiteral("?per_page=2&page=0&include_totals=true")).object();
        QCOMPARE(first.value(QStringLiteral("enabled_connections")).toArray().size(), 2);
        QCOMPARE(first.value(QStringLiteral("enabled_connections"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("connection_id")),
                 QJsonValue(ids.at(2)));
        QCOMPARE(first.value(QStringLiteral("limit")), QJsonValue(2));
        QCOMPARE(first.value(QStringLiteral("total")), QJsonValue(3));
        const auto second = h.call("GET", base + QStringLiteral("?per_page=2&page=1&include_totals=true")).object();
        QCOMPARE(second.value(QStringLiteral("start")), QJsonValue(2));
        QCOMPARE(second.value(QStringLiteral("enabled_connections")).toArray().size(), 1);
        QCOMPARE(h.call("GET", base + QStringLiteral("?per_page=2&page=5")).array(), QJsonArray());
        QCOMPARE(h.call("GET", base + QStringLiteral("?per_page=0")).status, 400);
        QCOMPARE(h.call("GET", base + QStringLiteral("?per_page=101")).status, 400);
        QCOMPARE(h.call("GET", base + QStringLiteral("?page=-1")).status, 400);
        QCOMPARE(h.call("GET", base + QStringLiteral("?page=2147483647&per_page=100")).array(), QJsonArray());
    }
    void scopes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("scope");
        QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/enabled_connections")
                              << QStringLiteral("read:organization_connections");
        QTest::newRow("add") << QByteArray("POST") << QStringLiteral("/enabled_connections")
                             << QStringLiteral("create:organization_connections");
        QTest::newRow("get") << QByteArray("GET") << QStringLiteral("/enabled_connections/CON")
                             << QStringLiteral("read:organization_connections");
        QTest::newRow("patch") << QByteArray("PATCH") << QStringLiteral("/enabled_connections/CON")
                               << QStringLiteral("update:organization_connections");
        QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("/enabled_connections/CON")
                                << QStringLiteral("delete:organization_connections");
        QTest::newRow("new list") << QByteArray("GET") << QStringLiteral("/connections")
                                  << QStringLiteral("read:organization_connections");
        QTest::newRow("new add") << QByteArray("POST") << QStringLiteral("/connections")
                                 << QStringLiteral("create:organization_connections");
        QTest::newRow("new patch") << QByteArray("PATCH") << QStringLiteral("/connections/CON")
                                   << QStringLiteral("update:organization_connections");
        QTest::newRow("new delete") << QByteArray("DELETE") << QStringLiteral("/connections/CON")
                                    << QStringLiteral("delete:organization_connections");
        QTest::newRow("client grants") << QByteArray("GET") << QStringLiteral("/client-grants")
                                       << QStringLiteral("read:organization_client_grants");
    }

    void scopes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, suffix);
        QFETCH(QString, scope);
        ServiceHarness h;
        const QString con = createConnection(h, QStringLiteral("conn"), QStringLiteral("auth0"));
        const QString org = createOrg(h, QStringLiteral("acme"));
        const QString path = kOrgs + org + QString(suffix).replace(QStringLiteral("CON"), con);
        const QByteArray body
            = method == "POST" ? QByteArray("{\"connection_id\":\"" + con.toLatin1() + "\"}") : QByteArray("{}");
        QStringList others = Sandbox::SandboxOptions::allScopes();
        others.removeAll(scope);
        const auto denied = h.call(method, path, body, h.tokenWith(others));
        QCOMPARE(denied.status, 403);
        QCOMPARE(message(denied), QStringLiteral("Insufficient scope, expected any of: ") + scope);
        QVERIFY(h.store().organization(org)->connections.empty());
        const auto allowed = h.call(method, path, body, h.tokenWith({ scope }));
        QVERIFY2(allowed.status != 403 && allowed.status < 500, allowed.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxEnabledConnections)
#include "tst_sandbox_enabled_connections.moc"
