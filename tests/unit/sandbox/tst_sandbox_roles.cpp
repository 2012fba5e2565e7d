// The sandbox's /roles: create answers 200, list filters by name
// (case-insensitive substring) and pages, delete answers 200 {} and takes the
// role away from organization members (go-auth0 TestRoleManager_*).
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString kRoles = QStringLiteral("/api/v2/roles");

QString createRole(ServiceHarness &h, const QString &name, const QString &description = QStringLiteral("Test Role"))
{
    return h
        .call("POST", kRoles,
              QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("description"), description } })
        .object()
        .value(QStringLiteral("id"))
        .toString();
}
} // namespace

class TestSandboxRoles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void lifecycleAsRecorded()
    {
        ServiceHarness h;
        const auto created
            = h.call("POST", kRoles, QByteArray("{\"name\":\"test-role14\",\"description\":\"Test Role\"}"));
        QCOMPARE(created.status, 200);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QLatin1String("rol_")));
        QCOMPARE(id.size(), 20);
        const QJsonObject expected { { QStringLiteral("id"), id },
                                     { QStringLiteral("name"), QStringLiteral("test-role14") },
                                     { QStringLiteral("description"), QStringLiteral("Test Role") } };
        QCOMPARE(created.object(), expected);
        QCOMPARE(*h.store().roles().find(id), expected);

        const auto listed
            = h.call("GET", kRoles + QStringLiteral("?include_totals=true&name_filter=test-role14&per_page=50"));
        QCOMPARE(listed.object(),
                 (QJsonObject { { QStringLiteral("roles"), QJsonArray { expected } },
                                { QStringLiteral("start"), 0 },
                                { QStringLiteral("limit"), 50 },
                                { QStringLiteral("total"), 1 } }));
        QCOMPARE(h.call("GET", kRoles + QLatin1Char('/') + id).object(), expected);

        const auto deleted = h.call("DELETE", kRoles + QLatin1Char('/') + id, QByteArray("{}"));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.body, QByteArray("{}"));
        QVERIFY(!h.store().roles().contains(id));

        const QJsonObject notFound { { QStringLiteral("statusCode"), 404 },
                                     { QStringLiteral("error"), QStringLiteral("Not Found") },
                                     { QStringLiteral("message"), QStringLiteral("The role does not exist.") } };
        QCOMPARE(h.call("GET", kRoles + QLatin1Char('/') + id).object(), notFound);
        const auto again = h.call("DELETE", kRoles + QLatin1Char('/') + id, QByteArray("{}"));
        QCOMPARE(again.status, 404);
        QCOMPARE(again.object(), notFound);
    }

    void roleWithoutDescriptionIsNullThenEmpty()
    {
        ServiceHarness h;
        const auto created
            = h.call("POST", kRoles, QJsonObject { { QStringLiteral("name"), QStringLiteral("Test Reader") } });
        QCOMPARE(created.status, 200);
        QVERIFY(created.object().contains(QStringLiteral("description")));
        QVERIFY(created.object().value(QStringLiteral("description")).isNull());
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QCOMPARE(h.call("GET", kRoles + QLatin1Char('/') + id).object().value(QStringLiteral("description")),
                 QJsonValue(QString()));
        QCOMPARE(h.store().roles().find(id)->value(QStringLiteral("description")), QJsonValue(QString()));
    }

    void nameFilterIsCaseInsensitiveSubstring_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("none") << QString()
                              << QStringList { QStringLiteral("Admin"), QStringLiteral("Billing Admin"),
                                               QStringLiteral("viewer") };
        QTest::newRow("lower case") << QStringLiteral("admin")
                                    << QStringList { QStringLiteral("Admin"), QStringLiteral("Billing Admin") };
        QTest::newRow("upper case") << QStringLiteral("VIEW") << QStringList { QStringLiteral("viewer") };
        QTest::newRow("with a space, form-encoded")
            << QStringLiteral("Billing+admin") << QStringList { QStringLiteral("Billing Admin") };
        QTest::newRow("percent-encoded") << QStringLiteral("ing%20Ad")
                                         << QStringList { QStringLiteral("Billing Admin") };
        QTest::newRow("no match") << QStringLiteral("owner") << QStringList {};
    }

    void nameFilterIsCaseInsensitiveSubstring()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, names);
        ServiceHarness h;
        createRole(h, QStringLiteral("viewer"));
        createRole(h, QStringLiteral("Billing Admin"));
        createRole(h, QStringLiteral("Admin"));
        const auto r
            = h.call("GET", kRoles + (filter.isEmpty() ? QString() : QStringLiteral("?name_filter=") + filter));
        QCOMPARE(r.status, 200);
        QStringList got;
        for (const QJsonValue &role : r.array())
            got.append(role.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(got, names);
    }

    void paging()
    {
        ServiceHarness h;
        for (int i = 0; i < 5; ++i)
            createRole(h, QStringLiteral("role-%1").arg(i));
        const auto page = h.call("GET", kRoles + QStringLiteral("?per_page=2&page=2&include_totals=true")).object();
        QCOMPARE(page.value(QStringLiteral("roles")).toArray().size(), 1);
        QCOMPARE(page.value(QStringLiteral("start")), QJsonValue(4));
        QCOMPARE(page.value(QStringLiteral("limit")), QJsonValue(2));
        QCOMPARE(page.value(QStringLiteral("total")), QJsonValue(5));
        QCOMPARE(h.call("GET", kRoles + QStringLiteral("?per_page=2&page=3")).array(), QJsonArray());
        QCOMPARE(h.call("GET", kRoles + QStringLiteral("?per_page=100")).array().size(), 5);
        for (const char *bad : { "per_page=0", "per_page=101", "page=-1", "per_page=ten", "include_totals=yes" }) {
            const auto r = h.call("GET", kRoles + QLatin1Char('?') + QLatin1String(bad));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_query_string"));
        }
    }

    void createRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("malformed") << QByteArray("{\"name\"") << 400
                                   << QStringLiteral("Invalid request payload JSON format");
        QTest::newRow("no name") << QByteArray("{\"description\":\"x\"}") << 400
                                 << QStringLiteral("Missing required property: name");
        QTest::newRow("empty name") << QByteArray("{\"name\":\"\"}") << 400 << QStringLiteral("String is too short");
        QTest::newRow("name not string") << QByteArray("{\"name\":[\"a\"]}") << 400
                                         << QStringLiteral("Expected type string but found type array");
        QTest::newRow("unknown key") << QByteArray("{\"name\":\"a\",\"permissions\":[]}") << 400
                                     << QStringLiteral("Additional properties not allowed: permissions");
        QTest::newRow("taken name") << QByteArray("{\"name\":\"existing\"}") << 409 << QStringLiteral("already exists");
    }

    void createRejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        ServiceHarness h;
        createRole(h, QStringLiteral("existing"));
        const auto r = h.call("POST", kRoles, body);
        QCOMPARE(r.status, status);
        QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(messagePart), r.body.constData());
        QCOMPARE(h.store().roles().size(), 1);
    }

    void tenantHoldsAtMostThousandRoles()
    {
        ServiceHarness h;
        for (int i = 0; i < 999; ++i)
            h.store().roles().insert(QJsonObject { { QStringLiteral("id"), QStringLiteral("rol_%1").arg(i) },
                                                   { QStringLiteral("name"), QStringLiteral("r%1").arg(i) } });
        QCOMPARE(
            h.call("POST", kRoles, QJsonObject { { QStringLiteral("name"), QStringLiteral("the-1000th") } }).status,
            200);
        const auto refused
            = h.call("POST", kRoles, QJsonObject { { QStringLiteral("name"), QStringLiteral("one-too-many") } });
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("You reached the limit of entities of this type for this tenant."));
        QCOMPARE(h.store().roles().size(), 1000);
    }

    void deletingRoleTakesItFromMembers()
    {
        ServiceHarness h;
        const QString doomed = createRole(h, QStringLiteral("doomed"));
        const QString kept = createRole(h, QStringLiteral("kept"));
        Sandbox::Organization org;
        org.id = QStringLiteral("org_1");
        org.name = QStringLiteral("acme");
        org.addMember(QStringLiteral("auth0|1"), 1);
        *org.memberRoles(QStringLiteral("auth0|1")) = QStringList { doomed, kept };
        h.store().addOrganization(org);
        QCOMPARE(h.call("DELETE", kRoles + QLatin1Char('/') + doomed).status, 200);
        QCOMPARE(*h.store().organization(QStringLiteral("org_1"))->memberRoles(QStringLiteral("auth0|1")),
                 QStringList { kept });
    }

    void scopes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("scope");
        QTest::newRow("list") << QByteArray("GET") << kRoles << QStringLiteral("read:roles");
        QTest::newRow("get") << QByteArray("GET") << QString(kRoles + QStringLiteral("/rol_x"))
                             << QStringLiteral("read:roles");
        QTest::newRow("create") << QByteArray("POST") << kRoles << QStringLiteral("create:roles");
        QTest::newRow("delete") << QByteArray("DELETE") << QString(kRoles + QStringLiteral("/rol_x"))
                                << QStringLiteral("delete:roles");
    }

    void scopes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, scope);
        ServiceHarness h;
        const QByteArray body = "{\"name\":\"scoped\"}";
        QStringList others = Sandbox::SandboxOptions::allScopes();
        others.removeAll(scope);
        const auto denied = h.call(method, path, body, h.tokenWith(others));
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Insufficient scope, expected any of: ") + scope);
        QCOMPARE(h.store().roles().size(), 0);
        const auto allowed = h.call(method, path, body, h.tokenWith({ scope }));
        QVERIFY2(allowed.status == 200 || allowed.status == 404, allowed.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxRoles)
#include "tst_sandbox_roles.moc"
