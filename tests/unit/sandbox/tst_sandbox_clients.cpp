// The sandbox's /clients: create (201, the service's defaults), list (page
// and checkpoint, filters, the "tenant" quirk), what each read scope may
// see, get, and delete (204 even when already gone).
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString kClients = QStringLiteral("/api/v2/clients");

QString createClient(ServiceHarness &h, const QJsonObject &body)
{
    return h.call("POST", kClients, body).object().value(QStringLiteral("client_id")).toString();
}

QJsonObject named(const QString &name)
{
    return QJsonObject { { QStringLiteral("name"), name } };
}
} // namespace

class TestSandboxClients final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createAsRecorded()
    {
        ServiceHarness h;
        const auto r
            = h.call("POST", kClients,
                     QByteArray("{\"name\":\"Test Client (Jan 25 18:43:19.868)\","
                                "\"description\":\"This is just a test client.\",\"organization_usage\":\"allow\"}"));
        QCOMPARE(r.status, 201);
        const QJsonObject c = r.object();
        QCOMPARE(c.value(QStringLiteral("client_id")).toString().size(), 32);
        QCOMPARE(c.value(QStringLiteral("client_secret")).toString().size(), 64);
        QCOMPARE(c.value(QStringLiteral("is_first_party")), QJsonValue(true));
        QCOMPARE(c.value(QStringLiteral("oidc_conformant")), QJsonValue(false));
        QCOMPARE(c.value(QStringLiteral("is_token_endpoint_ip_header_trusted")), QJsonValue(false));
        QCOMPARE(c.value(QStringLiteral("sso_disabled")), QJsonValue(false));
        QCOMPARE(c.value(QStringLiteral("custom_login_page_on")), QJsonValue(true));
        QCOMPARE(c.value(QStringLiteral("organization_usage")).toString(), QStringLiteral("allow"));
        QCOMPARE(c.value(QStringLiteral("jwt_configuration")).toObject(),
                 (QJsonObject { { QStringLiteral("secret_encoded"), false },
                                { QStringLiteral("lifetime_in_seconds"), 36000 } }));
        QCOMPARE(c.value(QStringLiteral("grant_types")).toArray(),
                 (QJsonArray { QStringLiteral("authorization_code"), QStringLiteral("implicit"),
                               QStringLiteral("refresh_token"), QStringLiteral("client_credentials") }));
        QCOMPARE(c.value(QStringLiteral("refresh_token")).toObject().value(QStringLiteral("token_lifetime")),
                 QJsonValue(2592000));
        QVERIFY(c.value(QStringLiteral("signing_keys"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("cert"))
                    .toString()
                    .startsWith(QLatin1String("-----BEGIN CERTIFICATE-----")));
        QVERIFY(!c.contains(QStringLiteral("tenant")));
        const QJsonObject *stored = h.store().clients().find(c.value(QStringLiteral("client_id")).toString());
        QVERIFY(stored);
        QCOMPARE(stored->value(QStringLiteral("tenant")).toString(), QStringLiteral("sandbox"));
    }

    void privateKeyJwtCredentialsGetIds()
    {
        ServiceHarness h;
        const QString pem = QStringLiteral("-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----");
        const QJsonObject body {
            { QStringLiteral("name"), QStringLiteral("Test Client") },
            { QStringLiteral("jwt_configuration"), QJsonObject { { QStringLiteral("alg"), QStringLiteral("RS256") } } },
            { QStringLiteral("client_authentication_methods"),
              QJsonObject { { QStringLiteral("private_key_jwt"),
                              QJsonObject { { QStringLiteral("credentials"),
                                              QJsonArray { QJsonObject {
                                                  { QStringLiteral("name"), QStringLiteral("Test Credential") },
                                                  { QStringLiteral("credential_type"), QStringLiteral("public_key") },
                                                  { QStringLiteral("pem"), pem } } } } } } } }
        };
        const QJsonObject c = h.call("POST", kClients, body).object();
        QCOMPARE(c.value(QStringLiteral("jwt_configuration")).toObject(),
                 (QJsonObject { { QStringLiteral("secret_encoded"), false },
                                { QStringLiteral("alg"), QStringLiteral("RS256") } }));
        const QJsonObject credential = c.value(QStringLiteral("client_authentication_methods"))
                                           .toObject()
                                           .value(QStringLiteral("private_key_jwt"))
                                           .toObject()
                                           .value(QStringLiteral("credentials"))
                                           .toArray()
                                           .first()
                                           .toObject();
        QVERIFY(credential.value(QStringLiteral("id")).toString().startsWith(QLatin1String("cred_")));
        QCOMPARE(credential.value(QStringLiteral("id")).toString().size(), 27);
        QCOMPARE(credential.value(QStringLiteral("kid")).toString().size(), 43);
        QCOMPARE(credential.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(credential.value(QStringLiteral("name")).toString(), QStringLiteral("Test Credential"));
        QVERIFY(credential.contains(QStringLiteral("created_at")));
        QVERIFY(!credential.contains(QStringLiteral("pem"))); // write-only
    }

    void createRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("malformed") << QByteArray("[") << QStringLiteral("Invalid request payload JSON format");
        QTest::newRow("no name") << QByteArray("{\"description\":\"x\"}")
                                 << QStringLiteral("Missing required property: name");
        QTest::newRow("long description")
            << QByteArray("{\"name\":\"a\",\"description\":\"" + QByteArray(141, 'd') + "\"}")
            << QStringLiteral("maximum 140");
        QTest::newRow("bad app type") << QByteArray("{\"name\":\"a\",\"app_type\":\"desktop\"}")
                                      << QStringLiteral("No enum match for: \"desktop\"");
        QTest::newRow("bad organization usage")
            << QByteArray("{\"name\":\"a\",\"organization_usage\":\"sometimes\"}") << QStringLiteral("No enum match");
        QTest::newRow("callbacks not strings")
            << QByteArray("{\"name\":\"a\",\"callbacks\":[true]}") << QStringLiteral("callbacks[0]");
        QTest::newRow("http login uri") << QByteArray("{\"name\":\"a\",\"initiate_login_uri\":\"http://x.test/login\"}")
                                        << QStringLiteral("absolute-https-uri-or-empty");
        QTest::newRow("unknown key") << QByteArray("{\"name\":\"a\",\"client_id\":\"mine\"}")
                                     << QStringLiteral("Additional properties not allowed: client_id");
        QTest::newRow("boolean as string")
            << QByteArray("{\"name\":\"a\",\"oidc_conformant\":\"true\"}") << QStringLiteral("Expected type boolean");
    }

    void createRejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        ServiceHarness h;
        const auto r = h.call("POST", kClients, body);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(messagePart), r.body.constData());
        QCOMPARE(h.store().clients().size(), 1); // only the sandbox's own app
    }

    void listWithFieldsAsRecorded()
    {
        ServiceHarness h;
        const QString id = createClient(h, named(QStringLiteral("Test Client")));
        const auto r = h.call(
            "GET", kClients + QStringLiteral("?fields=client_id&include_fields=true&include_totals=true&per_page=50"));
        QCOMPARE(r.status, 200);
        const QJsonObject envelope = r.object();
        QCOMPARE(envelope.value(QStringLiteral("total")), QJsonValue(2));
        QCOMPARE(envelope.value(QStringLiteral("start")), QJsonValue(0));
        QCOMPARE(envelope.value(QStringLiteral("limit")), QJsonValue(50));
        for (const QJsonValue &client : envelope.value(QStringLiteral("clients")).toArray())
            QCOMPARE(client.toObject().keys(), (QStringList { QStringLiteral("client_id"), QStringLiteral("tenant") }));
        const auto excluded
            = h.call("GET", kClients + QStringLiteral("?fields=tenant,grant_types&include_fields=false"));
        for (const QJsonValue &client : excluded.array()) {
            QVERIFY(!client.toObject().contains(QStringLiteral("tenant")));
            QVERIFY(client.toObject().contains(QStringLiteral("name")));
        }
        QCOMPARE(h.call("GET", kClients + QStringLiteral("?fields=colour")).status, 400);
        QVERIFY(!id.isEmpty());
    }

    void listFiltersAndPages()
    {
        ServiceHarness h;
        createClient(h,
                     QJsonObject { { QStringLiteral("name"), QStringLiteral("spa") },
                                   { QStringLiteral("app_type"), QStringLiteral("spa") } });
        createClient(h,
                     QJsonObject { { QStringLiteral("name"), QStringLiteral("web") },
                                   { QStringLiteral("app_type"), QStringLiteral("regular_web") },
                                   { QStringLiteral("is_first_party"), false } });
        createClient(h,
                     QJsonObject { { QStringLiteral("name"), QStringLiteral("m2m") },
                                   { QStringLiteral("app_type"), QStringLiteral("non_interactive") } });
        QCOMPARE(h.call("GET", kClients).array().size(), 4);
        QCOMPARE(h.call("GET", kClients + QStringLiteral("?app_type=spa")).array().size(), 1);
        QCOMPARE(h.call("GET", kClients + QStringLiteral("?app_type=spa,non_interactive")).array().size(),
                 3); // + sandbox app
        QCOMPARE(h.call("GET", kClients + QStringLiteral("?app_type=desktop")).status, 400);
        QCOMPARE(h.call("GET", kClients + QStringLiteral("?is_first_party=false")).array().size(), 1);
        QCOMPARE(h.call("GET", kClients + QStringLiteral("?is_global=true")).array(), QJsonArray());
        QCOMPARE(h.call("GET", kClients + QStringLiteral("?is_global=false")).array().size(), 4);
        QCOMPARE(h.call("GET", kClients + QStringLiteral("?is_first_party=1")).status, 400);

        const auto page = h.call("GET", kClients + QStringLiteral("?per_page=3&page=1&include_totals=true")).object();
        QCOMPARE(page.value(QStringLiteral("clients")).toArray().size(), 1);
        QCOMPARE(page.value(QStringLiteral("total")), QJsonValue(4));
        QCOMPARE(h.call("GET", kClients + QStringLiteral("?per_page=0")).array(), QJsonArray());
        QCOMPARE(h.call("GET", kClients + QStringLiteral("?per_page=101")).status, 400);

        const auto first = h.call("GET", kClients + QStringLiteral("?take=3")).object();
        QCOMPARE(first.value(QStringLiteral("clients")).toArray().size(), 3);
        const QString next = first.value(QStringLiteral("next")).toString();
        QVERIFY(!next.isEmpty());
        const auto second = h.call("GET", kClients + QStringLiteral("?take=3&from=") + next).object();
        QCOMPARE(second.value(QStringLiteral("clients")).toArray().size(), 1);
        QVERIFY(!second.contains(QStringLiteral("next")));
        QVERIFY(first.value(QStringLiteral("clients"))
                    .toArray()
                    .last()
                    .toObject()
                    .value(QStringLiteral("client_id"))
                    .toString()
                < second.value(QStringLiteral("clients"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("client_id"))
                      .toString());
    }

    void clientGrantQuery()
    {
        ServiceHarness h;
        const auto needsCheckpoint = h.call("GET", kClients + QStringLiteral("?q=client_grant.organization_id:org_1"));
        QCOMPARE(needsCheckpoint.status, 400);
        const auto ok = h.call("GET", kClients + QStringLiteral("?q=client_grant.organization_id:org_1&take=10"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.object(),
                 (QJsonObject { { QStringLiteral("clients"), QJsonArray() } })); // no grants in the sandbox
        QCOMPARE(h.call("GET", kClients + QStringLiteral("?q=name:foo&take=10")).status, 400);
    }

    void whatEachScopeMaySee()
    {
        ServiceHarness h;
        const QString id = createClient(h,
                                        QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                                                      { QStringLiteral("description"), QStringLiteral("d") } });
        const QString one = kClients + QLatin1Char('/') + id;

        const auto summary = h.call("GET", one, {}, h.tokenWith({ QStringLiteral("read:client_summary") }));
        QCOMPARE(summary.status, 200);
        QCOMPARE(summary.object().keys(),
                 (QStringList { QStringLiteral("client_id"), QStringLiteral("description"), QStringLiteral("name") }));

        const auto reader = h.call("GET", one, {}, h.tokenWith({ QStringLiteral("read:clients") }));
        QVERIFY(reader.object().contains(QStringLiteral("grant_types")));
        QVERIFY(reader.object().contains(QStringLiteral("tenant")));
        QVERIFY(!reader.object().contains(QStringLiteral("client_secret")));
        QVERIFY(!reader.object().contains(QStringLiteral("signing_keys")));

        const auto keys = h.call("GET", one, {}, h.tokenWith({ QStringLiteral("read:client_keys") }));
        QCOMPARE(keys.object().value(QStringLiteral("client_secret")),
                 h.store().clients().find(id)->value(QStringLiteral("client_secret")));

        const auto asked = h.call("GET", one + QStringLiteral("?fields=client_secret"), {},
                                  h.tokenWith({ QStringLiteral("read:clients") }));
        QCOMPARE(asked.status, 403);
        QCOMPARE(asked.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("insufficient_scope"));

        const auto listed = h.call("GET", kClients, {}, h.tokenWith({ QStringLiteral("read:client_summary") }));
        for (const QJsonValue &client : listed.array())
            QVERIFY(!client.toObject().contains(QStringLiteral("grant_types")));
    }

    void getAndDelete()
    {
        ServiceHarness h;
        const QString id = createClient(h, named(QStringLiteral("doomed")));
        const QString connection = h.store().connections().ids().first();
        h.store()
            .connections()
            .findMutable(connection)
            ->insert(QStringLiteral("enabled_clients"), QJsonArray { id, QStringLiteral("sandbox") });
        QCOMPARE(h.call("GET", kClients + QLatin1Char('/') + id).status, 200);
        QCOMPARE(h.call("DELETE", kClients + QLatin1Char('/') + id).status, 204);
        QVERIFY(!h.store().clients().contains(id));
        QCOMPARE(h.store().connections().find(connection)->value(QStringLiteral("enabled_clients")).toArray(),
                 QJsonArray { QStringLiteral("sandbox") });
        const auto gone = h.call("GET", kClients + QLatin1Char('/') + id);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("The client does not exist"));
        const auto again = h.call("DELETE", kClients + QLatin1Char('/') + id);
        QCOMPARE(again.status, 204); // as recorded
        QVERIFY(again.body.isEmpty());
    }

    void scopes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const QString read
            = QStringLiteral("read:clients,read:client_keys,read:client_credentials,read:client_summary");
        QTest::newRow("list") << QByteArray("GET") << kClients << read;
        QTest::newRow("get") << QByteArray("GET") << QString(kClients + QStringLiteral("/sandbox")) << read;
        QTest::newRow("create") << QByteArray("POST") << kClients << QStringLiteral("create:clients");
        QTest::newRow("delete") << QByteArray("DELETE") << QString(kClients + QStringLiteral("/nope"))
                                << QStringLiteral("delete:clients");
    }

    void scopes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        ServiceHarness h;
        const QByteArray body = "{\"name\":\"scoped\"}";
        const auto denied = h.call(method, path, body, h.tokenWith({ QStringLiteral("read:users") }));
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Insufficient scope, expected any of: ") + expected);
        QCOMPARE(h.store().clients().size(), 1);
        for (const QString &scope : expected.split(QLatin1Char(','))) {
            const auto allowed = h.call(method, path, body, h.tokenWith({ scope }));
            QVERIFY2(allowed.status < 300, allowed.body.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxClients)
#include "tst_sandbox_clients.moc"
