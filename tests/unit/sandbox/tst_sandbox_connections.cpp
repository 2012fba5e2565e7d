// The sandbox's tenant connections (/api/v2/connections): create, read,
// list (page and checkpoint, filters, the fields quirk), delete (202, then
// 204), and what deleting one does to organizations and users.
#include "SandboxFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString kConnections = QStringLiteral("/api/v2/connections");

SandboxResponse create(ServiceHarness &h, const QJsonObject &body)
{
    return h.call("POST", kConnections, body);
}

QJsonObject named(const QString &name, const QString &strategy)
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("strategy"), strategy } };
}
} // namespace

class TestSandboxConnections final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createDatabaseConnectionAsRecorded()
    {
        ServiceHarness h;
        const auto r
            = create(h, named(QStringLiteral("Test-Auth0-Connection-List-1728906778"), QStringLiteral("auth0")));
        QCOMPARE(r.status, 201);
        const QJsonObject c = r.object();
        QVERIFY(c.value(QStringLiteral("id")).toString().startsWith(QLatin1String("con_")));
        QCOMPARE(c.value(QStringLiteral("id")).toString().size(), 20);
        QCOMPARE(c.value(QStringLiteral("strategy")).toString(), QStringLiteral("auth0"));
        QCOMPARE(c.value(QStringLiteral("is_domain_connection")), QJsonValue(false));
        QCOMPARE(c.value(QStringLiteral("enabled_clients")).toArray(), QJsonArray());
        QCOMPARE(c.value(QStringLiteral("realms")).toArray(),
                 QJsonArray { QStringLiteral("Test-Auth0-Connection-List-1728906778") });
        const QJsonObject options = c.value(QStringLiteral("options")).toObject();
        QCOMPARE(options.value(QStringLiteral("passwordPolicy")).toString(), QStringLiteral("good"));
        QCOMPARE(options.value(QStringLiteral("brute_force_protection")), QJsonValue(true));
        QCOMPARE(options.value(QStringLiteral("strategy_version")), QJsonValue(2));
        QVERIFY(!c.contains(QStringLiteral("show_as_button")));
        QVERIFY(!c.contains(QStringLiteral("display_name")));
        QCOMPARE(*h.store().connections().find(c.value(QStringLiteral("id")).toString()), c);
        QCOMPARE(h.call("GET", kConnections + QLatin1Char('/') + c.value(QStringLiteral("id")).toString()).object(), c);
    }

    void createEnterpriseConnections()
    {
        ServiceHarness h;
        QJsonObject ad = named(QStringLiteral("test-conn914"), QStringLiteral("ad"));
        ad.insert(QStringLiteral("display_name"), QStringLiteral("Test Connection 929"));
        ad.insert(QStringLiteral("enabled_clients"), QJsonArray { QStringLiteral("zzz"), QStringLiteral("aaa") });
        const QJsonObject adReply = create(h, ad).object();
        QCOMPARE(adReply.value(QStringLiteral("show_as_button")), QJsonValue(false));
        QCOMPARE(adReply.value(QStringLiteral("display_name")).toString(), QStringLiteral("Test Connection 929"));
        QCOMPARE(adReply.value(QStringLiteral("enabled_clients")).toArray(),
                 (QJsonArray { QStringLiteral("aaa"), QStringLiteral("zzz") }));
        QVERIFY(adReply.value(QStringLiteral("provisioning_ticket_url")).toString().contains(QLatin1String("/p/ad/")));
        QCOMPARE(adReply.value(QStringLiteral("options")).toObject().value(QStringLiteral("ips")), QJsonValue());

        QJsonObject okta = named(QStringLiteral("Acceptance-Test-Enterprise"), QStringLiteral("okta"));
        okta.insert(QStringLiteral("options"),
                    QJsonObject { { QStringLiteral("client_id"), QStringLiteral("1234567") },
                                  { QStringLiteral("type"), QStringLiteral("front_channel") } });
        const QJsonObject options = create(h, okta).object().value(QStringLiteral("options")).toObject();
        QCOMPARE(options.value(QStringLiteral("client_id")).toString(), QStringLiteral("1234567"));
        QCOMPARE(options.value(QStringLiteral("type")).toString(), QStringLiteral("front_channel")); // given wins
        QCOMPARE(options.value(QStringLiteral("schema_version")).toString(), QStringLiteral("oidc-V4"));
    }

    void createRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("malformed") << QByteArray("{") << 400 << QStringLiteral("Invalid request payload JSON format");
        QTest::newRow("no strategy") << QByteArray("{\"name\":\"x\"}") << 400
                                     << QStringLiteral("Missing required property: strategy");
        QTest::newRow("unknown strategy") << QByteArray("{\"name\":\"x\",\"strategy\":\"myspace\"}") << 400
                                          << QStringLiteral("No enum match for: \"myspace\"");
        QTest::newRow("name with spaces") << QByteArray("{\"name\":\"my conn\",\"strategy\":\"auth0\"}") << 400
                                          << QStringLiteral("String does not match pattern");
        QTest::newRow("name ends with dash") << QByteArray("{\"name\":\"conn-\",\"strategy\":\"auth0\"}") << 400
                                             << QStringLiteral("String does not match pattern");
        QTest::newRow("name too long") << QByteArray("{\"name\":\"" + QByteArray(129, 'a')
                                                     + "\",\"strategy\":\"auth0\"}")
                                       << 400 << QStringLiteral("maximum 128");
        QTest::newRow("clients not strings")
            << QByteArray("{\"name\":\"x\",\"strategy\":\"auth0\",\"enabled_clients\":[1]}") << 400
            << QStringLiteral("enabled_clients[0]");
        QByteArray many = "{\"name\":\"x\",\"strategy\":\"auth0\",\"metadata\":{";
        for (int i = 0; i < 11; ++i)
            many += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i) + "\":\"v\"";
        many += "}}";
        QTest::newRow("11 metadata keys")
            << many << 400 << QStringLiteral("Too many properties defined (11), maximum 10");
        QTest::newRow("metadata not string")
            << QByteArray("{\"name\":\"x\",\"strategy\":\"auth0\",\"metadata\":{\"a\":1}}") << 400
            << QStringLiteral("Expected type string");
        QTest::newRow("unknown key") << QByteArray("{\"name\":\"x\",\"strategy\":\"auth0\",\"id\":\"con_1\"}") << 400
                                     << QStringLiteral("Additional properties not allowed: id");
        QTest::newRow("taken name, any case")
            << QByteArray("{\"name\":\"username-password-authentication\",\"strategy\":\"auth0\"}") << 409
            << QStringLiteral("A connection with the same name already exists");
    }

    void createRejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        ServiceHarness h;
        const auto r = h.call("POST", kConnections, body);
        QCOMPARE(r.status, status);
        QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(messagePart), r.body.constData());
        QCOMPARE(h.store().connections().size(), 1); // only the seeded database
    }

    void getUnknownIs404()
    {
        ServiceHarness h;
        const auto r = h.call("GET", kConnections + QStringLiteral("/con_missing"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object(),
                 (QJsonObject { { QStringLiteral("statusCode"), 404 },
                                { QStringLiteral("error"), QStringLiteral("Not Found") },
                                { QStringLiteral("message"), QStringLiteral("The connection does not exist") },
                                { QStringLiteral("errorCode"), QStringLiteral("inexistent_connection") } }));
    }

    void listWithFieldsKeepsDomainFlag()
    {
        ServiceHarness h;
        for (const char *name : { "one", "two", "three", "four" })
            create(h, named(QString::fromLatin1(name), QStringLiteral("auth0")));
        const auto r = h.call(
            "GET", kConnections + QStringLiteral("?fields=id&include_fields=true&include_totals=true&per_page=50"));
        QCOMPARE(r.status, 200);
        const QJsonObject envelope = r.object();
        QCOMPARE(envelope.value(QStringLiteral("total")), QJsonValue(5));
        QCOMPARE(envelope.value(QStringLiteral("start")), QJsonValue(0));
        QCOMPARE(envelope.value(QStringLiteral("limit")), QJsonValue(50));
        const QJsonArray items = envelope.value(QStringLiteral("connections")).toArray();
        QCOMPARE(items.size(), 5);
        QStringList ids;
        for (const QJsonValue &item : items) {
            QCOMPARE(item.toObject().keys(),
                     (QStringList { QStringLiteral("id"), QStringLiteral("is_domain_connection") }));
            ids.append(item.toObject().value(QStringLiteral("id")).toString());
        }
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted); // listed by id, as the service does

        const auto excluded
            = h.call("GET", kConnections + QStringLiteral("?fields=options,enabled_clients&include_fields=false"));
        QVERIFY(!excluded.array().first().toObject().contains(QStringLiteral("options")));
        QVERIFY(excluded.array().first().toObject().contains(QStringLiteral("name")));
        QCOMPARE(h.call("GET", kConnections + QStringLiteral("?fields=realms")).status, 400);
        QCOMPARE(h.call("GET", kConnections + QStringLiteral("?fields=id&include_fields=nope")).status, 400);
    }

    void listItemsHaveNoEnabledClients()
    {
        // The spec's list schema (connectionForList) has no enabled_clients; the connection itself does.
        ServiceHarness h;
        QJsonObject ad = named(QStringLiteral("corp-ad"), QStringLiteral("ad"));
        ad.insert(QStringLiteral("enabled_clients"), QJsonArray { QStringLiteral("sandbox") });
        const QString id = create(h, ad).object().value(QStringLiteral("id")).toString();
        const auto one = h.call("GET", kConnections + QLatin1Char('/') + id).object();
        QCOMPARE(one.value(QStringLiteral("enabled_clients")).toArray(), QJsonArray { QStringLiteral("sandbox") });
        const QString queries[] = { QString(), QStringLiteral("?include_totals=true"), QStringLiteral("?take=10"),
                                    QStringLiteral("?fields=id,enabled_clients&include_fields=true") };
        for (const QString &query : queries) {
            const auto r = h.call("GET", kConnections + query);
            QCOMPARE(r.status, 200);
            const QJsonArray items
                = r.json.isArray() ? r.array() : r.object().value(QStringLiteral("connections")).toArray();
            QCOMPARE(items.size(), 2);
            for (const QJsonValue &item : items)
                QVERIFY2(!item.toObject().contains(QStringLiteral("enabled_clients")), qPrintable(query));
        }
    }

    void listFiltersAndPages()
    {
        ServiceHarness h;
        create(h, named(QStringLiteral("corp-ad"), QStringLiteral("ad")));
        create(h, named(QStringLiteral("corp-okta"), QStringLiteral("okta")));
        create(h, named(QStringLiteral("corp-saml"), QStringLiteral("samlp")));
        QCOMPARE(h.call("GET", kConnections).array().size(), 4);
        QCOMPARE(h.call("GET", kConnections + QStringLiteral("?strategy=ad")).array().size(), 1);
        QCOMPARE(h.call("GET", kConnections + QStringLiteral("?strategy=ad&strategy=okta")).array().size(), 2);
        QCOMPARE(
            h.call("GET", kConnections + QStringLiteral("?strategy%5B%5D=samlp&strategy%5B%5D=auth0")).array().size(),
            2);
        QCOMPARE(h.call("GET", kConnections + QStringLiteral("?strategy=myspace")).status, 400);
        const auto byName = h.call("GET", kConnections + QStringLiteral("?name=corp-okta"));
        QCOMPARE(byName.array().size(), 1);
        QCOMPARE(byName.array().first().toObject().value(QStringLiteral("strategy")).toString(),
                 QStringLiteral("okta"));

        const auto page
            = h.call("GET", kConnections + QStringLiteral("?per_page=3&page=1&include_totals=true")).object();
        QCOMPARE(page.value(QStringLiteral("connections")).toArray().size(), 1);
        QCOMPARE(page.value(QStringLiteral("start")), QJsonValue(3));
        QCOMPARE(h.call("GET", kConnections + QStringLiteral("?per_page=100&page=9")).status, 200);
        QCOMPARE(h.call("GET", kConnections + QStringLiteral("?per_page=100&page=10")).status, 400);

        // Checkpoint paging walks everything, in id order, and ends without "next".
        QStringList walked;
        QString from;
        for (int guard = 0; guard < 10; ++guard) {
            const auto r = h.call("GET",
                                  kConnections + QStringLiteral("?take=3")
                                      + (from.isEmpty() ? QString() : QStringLiteral("&from=") + from));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &item : r.object().value(QStringLiteral("connections")).toArray())
                walked.append(item.toObject().value(QStringLiteral("id")).toString());
            from = r.object().value(QStringLiteral("next")).toString();
            if (from.isEmpty())
                break;
        }
        QCOMPARE(walked.size(), 4);
        QCOMPARE(walked.first(),
                 h.call("GET", kConnections).array().first().toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(h.call("GET", kConnections + QStringLiteral("?take=2&from=%25%25")).status, 400);
    }

    void deleteAnswers202ThenTakesUsersAndOrganizationsAlong()
    {
        ServiceHarness h;
        const QString id = create(h, named(QStringLiteral("doomed-db"), QStringLiteral("auth0")))
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        const auto user = h.call("POST", QStringLiteral("/api/v2/users"),
                                 QJsonObject { { QStringLiteral("connection"), QStringLiteral("doomed-db") },
                                               { QStringLiteral("email"), QStringLiteral("a@example.com") },
                                               { QStringLiteral("password"), QStringLiteral("Secret123!") } });
        QCOMPARE(user.status, 201);
        const auto survivor
            = h.call("POST", QStringLiteral("/api/v2/users"),
                     QJsonObject { { QStringLiteral("connection"), QStringLiteral("Username-Password-Authentication") },
                                   { QStringLiteral("email"), QStringLiteral("b@example.com") },
                                   { QStringLiteral("password"), QStringLiteral("Secret123!") } });
        const QString org = h.call("POST", QStringLiteral("/api/v2/organizations"),
                                   QJsonObject { { QStringLiteral("name"), QStringLiteral("acme") } })
                                .object()
                                .value(QStringLiteral("id"))
                                .toString();
        h.call("POST", QStringLiteral("/api/v2/organizations/") + org + QStringLiteral("/enabled_connections"),
               QJsonObject { { QStringLiteral("connection_id"), id } });
        QCOMPARE(h.store().organization(org)->connections.size(), size_t(1));

        const auto deleted = h.call("DELETE", kConnections + QLatin1Char('/') + id);
        QCOMPARE(deleted.status, 202);
        QCOMPARE(deleted.object().keys(), QStringList { QStringLiteral("deleted_at") });
        QVERIFY(
            QDateTime::fromString(deleted.object().value(QStringLiteral("deleted_at")).toString(), Qt::ISODateWithMs)
                .isValid());
        QVERIFY(!h.store().connections().contains(id));
        QVERIFY(h.store().organization(org)->connections.empty());
        QVERIFY(!h.store().users().contains(user.object().value(QStringLiteral("user_id")).toString()));
        QVERIFY(h.store().users().contains(survivor.object().value(QStringLiteral("user_id")).toString()));

        const auto again = h.call("DELETE", kConnections + QLatin1Char('/') + id);
        QCOMPARE(again.status, 204);
        QVERIFY(again.body.isEmpty());
    }

    void scopes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("scope");
        QTest::newRow("list") << QByteArray("GET") << kConnections << QStringLiteral("read:connections");
        QTest::newRow("get") << QByteArray("GET") << QString(kConnections + QStringLiteral("/con_x"))
                             << QStringLiteral("read:connections");
        QTest::newRow("create") << QByteArray("POST") << kConnections << QStringLiteral("create:connections");
        QTest::newRow("delete") << QByteArray("DELETE") << QString(kConnections + QStringLiteral("/con_x"))
                                << QStringLiteral("delete:connections");
    }

    void scopes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, scope);
        ServiceHarness h;
        const QByteArray body = "{\"name\":\"scoped\",\"strategy\":\"auth0\"}";
        const auto denied = h.call(method, path, body, h.tokenWith({ QStringLiteral("read:users") }));
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Insufficient scope, expected any of: ") + scope);
        QCOMPARE(h.store().connections().size(), 1);
        const auto allowed = h.call(method, path, body, h.tokenWith({ scope }));
        QVERIFY2(allowed.status < 300 || allowed.status == 404, allowed.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxConnections)
#include "tst_sandbox_connections.moc"
