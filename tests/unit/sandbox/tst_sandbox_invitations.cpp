// The sandbox's /organizations/{id}/invitations endpoints: create (with the
// checks Auth0 documents), list without a total, get one, delete.
#include "SandboxFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using Sandbox::TenantStore;

namespace {

const QString kClient = QStringLiteral("GpqJK4fkbWJHtMk6BGzutEssxz5dAJ78");

// An organization, an app that may invite into it, and what invitations refer to.
struct Tenant
{
    explicit Tenant(ServiceHarness &h)
    {
        TenantStore &store = h.store();
        Sandbox::Organization org;
        org.id = QStringLiteral("org_Hf9UNU0EQOLcvFyx");
        org.name = QStringLiteral("test-organization189");
        orgId = store.addOrganization(std::move(org)).id;
        store.clients().insert(
            QJsonObject { { QStringLiteral("client_id"), kClient },
                          { QStringLiteral("name"), QStringLiteral("Test Client") },
                          { QStringLiteral("initiate_login_uri"), QStringLiteral("https://mycompany.org/login") },
                          { QStringLiteral("organization_usage"), QStringLiteral("allow") } });
        database = QStringLiteral("con_database000001");
        store.connections().insert(
            QJsonObject { { QStringLiteral("id"), database },
                          { QStringLiteral("name"), QStringLiteral("Username-Password-Authentication") },
                          { QStringLiteral("strategy"), QStringLiteral("auth0") } });
        Sandbox::OrgConnection enabled;
        enabled.connectionId = database;
        store.organization(orgId)->connections.push_back(enabled);
        role = QStringLiteral("rol_lEh5V8omwZrnZd9o");
        store.roles().insert(
            QJsonObject { { QStringLiteral("id"), role }, { QStringLiteral("name"), QStringLiteral("r") } });
    }

    QString orgId;
    QString database;
    QString role;
};

QJsonObject minimalBody()
{
    return QJsonObject {
        { QStringLiteral("inviter"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Test Inviter") } } },
        { QStringLiteral("invitee"), QJsonObject { { QStringLiteral("email"), QStringLiteral("test@example.com") } } },
        { QStringLiteral("client_id"), kClient }
    };
}

QString invitationsPath(const QString &orgId, const QString &rest = {})
{
    return QStringLiteral("/api/v2/organizations/") + orgId + QStringLiteral("/invitations") + rest;
}

QString message(const SandboxResponse &r)
{
    return r.object().value(QStringLiteral("message")).toString();
}

qint64 utcMs(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestSandboxInvitations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createMatchesTheRecording()
    {
        // TestOrganizationManager_CreateInvitation: 201, 7-day expiry, invitation_url with the ticket.
        ServiceHarness h;
        h.store().setClock([] { return utcMs(2023, 1, 25, 17, 49, 32, 656); });
        const Tenant t(h);
        const auto r = h.call("POST", invitationsPath(t.orgId), minimalBody());
        QCOMPARE(r.status, 201);
        const QJsonObject inv = r.object();
        QCOMPARE(inv.keys(),
                 (QStringList { QStringLiteral("client_id"), QStringLiteral("created_at"), QStringLiteral("expires_at"),
                                QStringLiteral("id"), QStringLiteral("invitation_url"), QStringLiteral("invitee"),
                                QStringLiteral("inviter"), QStringLiteral("organization_id"),
                                QStringLiteral("ticket_id") }));
        QVERIFY(QRegularExpression(QStringLiteral("^uinv_[A-Za-z0-9]{16}$"))
                    .match(inv.value(QStringLiteral("id")).toString())
                    .hasMatch());
        const QString ticket = inv.value(QStringLiteral("ticket_id")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9]{32}$")).match(ticket).hasMatch());
        QCOMPARE(
            inv.value(QStringLiteral("invitation_url")).toString(),
            QString(QStringLiteral("https://mycompany.org/login?invitation=") + ticket
                    + QStringLiteral("&organization=org_Hf9UNU0EQOLcvFyx&organization_name=test-organization189")));
        QCOMPARE(inv.value(QStringLiteral("created_at")).toString(), QStringLiteral("2023-01-25T17:49:32.656Z"));
        QCOMPARE(inv.value(QStringLiteral("expires_at")).toString(), QStringLiteral("2023-02-01T17:49:32.656Z"));
        QCOMPARE(inv.value(QStringLiteral("organization_id")).toString(), t.orgId);
        QCOMPARE(inv.value(QStringLiteral("inviter")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Test Inviter"));
        QCOMPARE(inv.value(QStringLiteral("client_id")).toString(), kClient);

        // Stored, and GET returns the same object (TestOrganizationManager_Invitation).
        QCOMPARE(h.store().organization(t.orgId)->invitations.size(), size_t(1));
        const auto got
            = h.call("GET", invitationsPath(t.orgId, QStringLiteral("/") + inv.value(QStringLiteral("id")).toString()));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.object(), inv);
    }

    void appWithoutLoginRouteUsesTheTenantDefault()
    {
        // go-auth0's test app has no initiate_login_uri; the recording tenant's default login route
        // (https://mycompany.org/login) is what the invitation link points at.
        ServiceHarness h;
        const Tenant t(h);
        h.store().clients().insert(QJsonObject { { QStringLiteral("client_id"), QStringLiteral("no-login-route") },
                                                 { QStringLiteral("organization_usage"), QStringLiteral("allow") } });
        QJsonObject body = minimalBody();
        body.insert(QStringLiteral("client_id"), QStringLiteral("no-login-route"));
        // Neither the app nor the tenant: the documented 400 stays.
        const auto refused = h.call("POST", invitationsPath(t.orgId), body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(
            message(refused),
            QStringLiteral("A default login route is required to generate the invitation url. For more "
                           "information, see https://auth0.com/docs/universal-login/configure-default-login-routes"));

        QCOMPARE(h.call("PATCH", QStringLiteral("/api/v2/tenants/settings"),
                        QJsonObject { { QStringLiteral("default_redirection_uri"),
                                        QStringLiteral("https://tenant.example/login") } })
                     .status,
                 200);
        const auto r = h.call("POST", invitationsPath(t.orgId), body);
        QCOMPARE(r.status, 201);
        const QString ticket = r.object().value(QStringLiteral("ticket_id")).toString();
        QCOMPARE(
            r.object().value(QStringLiteral("invitation_url")).toString(),
            QString(QStringLiteral("https://tenant.example/login?invitation=") + ticket
                    + QStringLiteral("&organization=org_Hf9UNU0EQOLcvFyx&organization_name=test-organization189")));

        // The app's own login route still wins over the tenant's.
        const auto own = h.call("POST", invitationsPath(t.orgId), minimalBody());
        QVERIFY(own.object()
                    .value(QStringLiteral("invitation_url"))
                    .toString()
                    .startsWith(QLatin1String("https://mycompany.org/login?invitation=")));
    }

    void ttlDecidesTheExpiry_data()
    {
        QTest::addColumn<QJsonValue>("ttl");
        QTest::addColumn<QString>("expiresAt");
        QTest::newRow("zero means seven days") << QJsonValue(0) << QStringLiteral("2024-05-08T12:00:00.000Z");
        QTest::newRow("one hour") << QJsonValue(3600) << QStringLiteral("2024-05-01T13:00:00.000Z");
        QTest::newRow("thirty days") << QJsonValue(2592000) << QStringLiteral("2024-05-31T12:00:00.000Z");
    }

    void ttlDecidesTheExpiry()
    {
        QFETCH(QJsonValue, ttl);
        QFETCH(QString, expiresAt);
        ServiceHarness h;
        h.store().setClock([] { return utcMs(2024, 5, 1, 12, 0, 0, 0); });
        const Tenant t(h);
        QJsonObject body = minimalBody();
        body.insert(QStringLiteral("ttl_sec"), ttl);
        const auto r = h.call("POST", invitationsPath(t.orgId), body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(QStringLiteral("expires_at")).toString(), expiresAt);
        QVERIFY(!r.object().contains(QStringLiteral("ttl_sec")));
    }

    void optionalPartsComeBackWhenGiven()
    {
        ServiceHarness h;
        const Tenant t(h);
        QJsonObject body = minimalBody();
        body.insert(QStringLiteral("connection_id"), t.database);
        body.insert(QStringLiteral("roles"), QJsonArray { t.role });
        body.insert(QStringLiteral("app_metadata"), QJsonObject { { QStringLiteral("plan"), QStringLiteral("gold") } });
        body.insert(QStringLiteral("user_metadata"),
                    QJsonObject { { QStringLiteral("team"), QStringLiteral("blue") } });
        body.insert(QStringLiteral("send_invitation_email"), false);
        const auto r = h.call("POST", invitationsPath(t.orgId), body);
        QCOMPARE(r.status, 201);
        const QJsonObject inv = r.object();
        QCOMPARE(inv.value(QStringLiteral("connection_id")).toString(), t.database);
        QCOMPARE(inv.value(QStringLiteral("roles")).toArray(), QJsonArray { t.role });
        QCOMPARE(inv.value(QStringLiteral("app_metadata")).toObject().value(QStringLiteral("plan")).toString(),
                 QStringLiteral("gold"));
        QCOMPARE(inv.value(QStringLiteral("user_metadata")).toObject().value(QStringLiteral("team")).toString(),
                 QStringLiteral("blue"));
        QVERIFY(!inv.contains(QStringLiteral("send_invitation_email")));
    }

    void badBodiesAre400_data()
    {
        QTest::addColumn<QByteArray>("patch"); // merged over the minimal body; "-key" removes a key
        QTest::addColumn<QString>("expected");
        QTest::newRow("no client_id") << QByteArray(
            "-client_id") << QStringLiteral("Payload validation error: 'Missing required property: client_id'.");
        QTest::newRow("no invitee") << QByteArray(
            "-invitee") << QStringLiteral("Payload validation error: 'Missing required property: invitee'.");
        QTest::newRow("no inviter") << QByteArray(
            "-inviter") << QStringLiteral("Payload validation error: 'Missing required property: inviter'.");
        QTest::newRow("inviter string") << QByteArray("{\"inviter\":\"x\"}")
                                        << QStringLiteral("Payload validation error: 'Expected type object but found "
                                                          "type string' on property inviter.");
        QTest::newRow("inviter without name") << QByteArray("{\"inviter\":{}}")
                                              << QStringLiteral("Payload validation error: 'Missing required property: "
                                                                "name' on property inviter.");
        QTest::newRow("inviter name empty")
            << QByteArray("{\"inviter\":{\"name\":\"\"}}")
            << QStringLiteral("Payload validation error: 'String is too short (0 chars), "
                              "minimum 1' on property inviter.name.");
        QTest::newRow("inviter name 301")
            << QByteArray("{\"inviter\":{\"name\":\"" + QByteArray(301, 'n') + "\"}}")
            << QStringLiteral("Payload validation error: 'String is too long (301 chars), "
                              "maximum 300' on property inviter.name.");
        QTest::newRow("inviter extra") << QByteArray("{\"inviter\":{\"name\":\"a\",\"email\":\"a@b.c\"}}")
                                       << QStringLiteral(
                                              "Payload validation error: 'Additional properties not allowed: "
                                              "email' on property inviter.");
        QTest::newRow("invitee bad email") << QByteArray("{\"invitee\":{\"email\":\"nope\"}}")
                                           << QStringLiteral("Payload validation error: 'Object didn't pass validation "
                                                             "for format email: nope' on property invitee.email.");
        QTest::newRow("invitee email number") << QByteArray("{\"invitee\":{\"email\":5}}")
                                              << QStringLiteral("Payload validation error: 'Expected type string but "
                                                                "found type integer' on property invitee.email.");
        QTest::newRow("unknown key") << QByteArray("{\"expires_at\":\"2030-01-01\"}")
                                     << QStringLiteral("Payload validation error: 'Additional properties not allowed: "
                                                       "expires_at'.");
        QTest::newRow("client_id number") << QByteArray("{\"client_id\":7}")
                                          << QStringLiteral("Payload validation error: 'Expected type string but found "
                                                            "type integer' on property client_id.");
        QTest::newRow("roles empty") << QByteArray("{\"roles\":[]}")
                                     << QStringLiteral("Payload validation error: 'Array is too short (0), minimum 1' "
                                                       "on property roles.");
        QByteArray fiftyOne = "{\"roles\":[";
        for (int i = 0; i < 51; ++i)
            fiftyOne += (i ? ",\"rol_" : "\"rol_") + QByteArray::number(i) + '"';
        QTest::newRow("roles 51") << QByteArray(fiftyOne + "]}")
                                  << QStringLiteral("Payload validation error: 'Array is too long (51), maximum 50' "
                                                    "on property roles.");
        QTest::newRow("roles string") << QByteArray("{\"roles\":\"rol_1\"}")
                                      << QStringLiteral("Payload validation error: 'Expected type array but found type "
                                                        "string' on property roles.");
        QTest::newRow("roles number item")
            << QByteArray("{\"roles\":[1]}")
            << QStringLiteral("Payload validation error: 'Expected type string but found "
                              "type integer' on property roles[0].");
        QTest::newRow("app_metadata array")
            << QByteArray("{\"app_metadata\":[]}")
            << QStringLiteral("Payload validation error: 'Expected type object but found "
                              "type array' on property app_metadata.");
        QTest::newRow("ttl text") << QByteArray("{\"ttl_sec\":\"60\"}")
                                  << QStringLiteral("Payload validation error: 'Expected type integer but found type "
                                                    "string' on property ttl_sec.");
        QTest::newRow("ttl fraction") << QByteArray("{\"ttl_sec\":1.5}")
                                      << QStringLiteral(
                                             "Payload validation error: 'Expected type integer but found type "
                                             "number' on property ttl_sec.");
        QTest::newRow("ttl negative") << QByteArray("{\"ttl_sec\":-1}")
                                      << QStringLiteral(
                                             "Payload validation error: 'Value -1 is less than minimum 0' on "
                                             "property ttl_sec.");
        QTest::newRow("ttl over 30 days") << QByteArray("{\"ttl_sec\":2592001}")
                                          << QStringLiteral("Payload validation error: 'Value 2592001 is greater than "
                                                            "maximum 2592000' on property ttl_sec.");
        QTest::newRow("send email text") << QByteArray("{\"send_invitation_email\":\"yes\"}")
                                         << QStringLiteral("Payload validation error: 'Expected type boolean but found "
                                                           "type string' on property send_invitation_email.");
    }

    void badBodiesAre400()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, expected);
        ServiceHarness h;
        const Tenant t(h);
        QJsonObject body = minimalBody();
        if (patch.startsWith('-')) {
            body.remove(QString::fromLatin1(patch.mid(1)));
        } else {
            const QJsonObject over = QJsonDocument::fromJson(patch).object();
            for (auto it = over.constBegin(); it != over.constEnd(); ++it)
                body.insert(it.key(), it.value());
        }
        const auto r = h.call("POST", invitationsPath(t.orgId), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_body"));
        QCOMPARE(message(r), expected);
        QVERIFY(h.store().organization(t.orgId)->invitations.empty());
    }

    void hostileBodiesAre4xx()
    {
        ServiceHarness h;
        const Tenant t(h);
        for (const QByteArray &body : { QByteArray(), QByteArray("{"), QByteArray("null"), QByteArray("[]"),
                                        QByteArray("\xff\xfe\x00", 3), QByteArray(2 * 1024 * 1024, ' ') }) {
            const auto r = h.call("POST", invitationsPath(t.orgId), body);
            QVERIFY2(r.status == 400 || r.status == 413, r.body.constData());
            QCOMPARE(r.object().value(QStringLiteral("statusCode")).toInt(), r.status);
        }
        QVERIFY(h.store().organization(t.orgId)->invitations.empty());
    }

    void referencesMustResolve()
    {
        ServiceHarness h;
        const Tenant t(h);
        TenantStore &store = h.store();
        store.clients().insert(QJsonObject { { QStringLiteral("client_id"), QStringLiteral("no-login-route") },
                                             { QStringLiteral("organization_usage"), QStringLiteral("require") } });
        store.clients().insert(
            QJsonObject { { QStringLiteral("client_id"), QStringLiteral("no-orgs") },
                          { QStringLiteral("initiate_login_uri"), QStringLiteral("https://x.example/login") },
                          { QStringLiteral("organization_usage"), QStringLiteral("deny") } });
        store.clients().insert(
            QJsonObject { { QStringLiteral("client_id"), QStringLiteral("usage-unset") },
                          { QStringLiteral("initiate_login_uri"), QStringLiteral("https://x.example/login") } });
        store.connections().insert(QJsonObject { { QStringLiteral("id"), QStringLiteral("con_email") },
                                                 { QStringLiteral("strategy"), QStringLiteral("email") } });
        store.connections().insert(QJsonObject { { QStringLiteral("id"), QStringLiteral("con_google") },
                                                 { QStringLiteral("strategy"), QStringLiteral("google-oauth2") } });

        const auto attempt = [&](const QString &key, const QJsonValue &value) {
            QJsonObject body = minimalBody();
            body.insert(key, value);
            return h.call("POST", invitationsPath(t.orgId), body);
        };
        const struct
        {
            QString key;
            QJsonValue value;
            QString message;
        } cases[] = {
            { QStringLiteral("client_id"), QStringLiteral("nobody"),
              QStringLiteral("The specified client_id does not exist.") },
            { QStringLiteral("client_id"), QStringLiteral("no-orgs"),
              QStringLiteral("The specified client_id does not allow organizations.") },
            { QStringLiteral("client_id"), QStringLiteral("usage-unset"),
              QStringLiteral("The specified client_id does not allow organizations.") },
            { QStringLiteral("client_id"), QStringLiteral("no-login-route"),
              QStringLiteral("A default login route is required to generate the invitation url. For more information, "
                             "see https://auth0.com/docs/universal-login/configure-default-login-routes") },
            { QStringLiteral("connection_id"), QStringLiteral("con_missing"),
              QStringLiteral("The specified connection does not exist.") },
            { QStringLiteral("connection_id"), QStringLiteral("con_email"),
              QStringLiteral("Passwordless connections are not supported.") },
            { QStringLiteral("connection_id"), QStringLiteral("con_google"),
              QStringLiteral("The specified connection (con_google) is not enabled for the organization") },
            { QStringLiteral("roles"),
              QJsonArray { t.role, QStringLiteral("rol_0000000000000001"), QStringLiteral("rol_0000000000000002") },
              QStringLiteral(
                  "One or more of the specified roles do not exist: rol_0000000000000001, rol_0000000000000002") },
        };
        for (const auto &c : cases) {
            const auto r = attempt(c.key, c.value);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_body"));
            QCOMPARE(message(r), c.message);
        }
        // A disabled org connection (newer /connections API) counts as not enabled.
        store.organization(t.orgId)->connections.front().isEnabled = false;
        QCOMPARE(attempt(QStringLiteral("connection_id"), t.database).status, 400);
        QVERIFY(store.organization(t.orgId)->invitations.empty());
    }

    void unknownOrganizationIs404()
    {
        ServiceHarness h;
        const Tenant t(h);
        const QString org = QStringLiteral("org_missing");
        const SandboxResponse responses[] = {
            h.call("POST", invitationsPath(org), minimalBody()),
            h.call("GET", invitationsPath(org)),
            h.call("GET", invitationsPath(org, QStringLiteral("/uinv_x"))),
            h.call("DELETE", invitationsPath(org, QStringLiteral("/uinv_x"))),
        };
        for (const SandboxResponse &r : responses) {
            QCOMPARE(r.status, 404);
            QCOMPARE(message(r), QStringLiteral("No organization found by that id or name"));
        }
        // A bad body is reported before the unknown organization, as for PATCH /organizations.
        QCOMPARE(h.call("POST", invitationsPath(org), QByteArray("{}")).status, 400);
    }

    void deleteThenGetIsTheRecorded404()
    {
        // TestOrganizationManager_DeleteInvitation.
        ServiceHarness h;
        const Tenant t(h);
        const QString id
            = h.call("POST", invitationsPath(t.orgId), minimalBody()).object().value(QStringLiteral("id")).toString();
        QCOMPARE(h.call("DELETE", invitationsPath(t.orgId, QStringLiteral("/") + id)).status, 204);
        QVERIFY(h.store().organization(t.orgId)->invitations.empty());
        const QByteArray recorded = "{\"error\":\"Not Found\",\"errorCode\":\"inexistent_invitation\",\"message\":"
                                    "\"The invitation does not exist.\",\"statusCode\":404}";
        QCOMPARE(h.call("GET", invitationsPath(t.orgId, QStringLiteral("/") + id)).body, recorded);
        QCOMPARE(h.call("DELETE", invitationsPath(t.orgId, QStringLiteral("/") + id)).body, recorded);
    }

    void listIsNewestFirstWithoutATotal()
    {
        ServiceHarness h;
        qint64 now = utcMs(2024, 1, 1, 0, 0, 0, 0);
        h.store().setClock([&now] { return now; });
        const Tenant t(h);
        QStringList created;
        for (int i = 0; i < 5; ++i) {
            QJsonObject body = minimalBody();
            body.insert(QStringLiteral("invitee"),
                        QJsonObject { { QStringLiteral("email"), QStringLiteral("u%1@example.com").arg(i) } });
            created.append(
                h.call("POST", invitationsPath(t.orgId), body).object().value(QStringLiteral("id")).toString());
            now += 60000;
        }
        const auto ids = [](const QJsonArray &items) {
            QStringList out;
            for (const QJsonValue &item : items)
                out.append(item.toObject().value(QStringLiteral("id")).toString());
            return out;
        };
        QStringList newestFirst = created;
        std::reverse(newestFirst.begin(), newestFirst.end());
        QCOMPARE(ids(h.call("GET", invitationsPath(t.orgId)).array()), newestFirst);
        QCOMPARE(ids(h.call("GET", invitationsPath(t.orgId, QStringLiteral("?sort=created_at:-1"))).array()),
                 newestFirst);
        QCOMPARE(ids(h.call("GET", invitationsPath(t.orgId, QStringLiteral("?sort=created_at%3A1"))).array()), created);

        // Envelope: start and limit, never total; limit counts what came back (recorded limit:1 for per_page=50).
        const auto envelope
            = h.call("GET", invitationsPath(t.orgId, QStringLiteral("?include_totals=true&per_page=2&page=2")));
        QCOMPARE(envelope.object().keys(),
                 (QStringList { QStringLiteral("invitations"), QStringLiteral("limit"), QStringLiteral("start") }));
        QCOMPARE(ids(envelope.object().value(QStringLiteral("invitations")).toArray()), QStringList { created.at(0) });
        QCOMPARE(envelope.object().value(QStringLiteral("start")).toInt(), 4);
        QCOMPARE(envelope.object().value(QStringLiteral("limit")).toInt(), 1);
        const auto past
            = h.call("GET", invitationsPath(t.orgId, QStringLiteral("?include_totals=true&per_page=50&page=1")));
        QCOMPARE(past.body, QByteArray("{\"invitations\":[],\"limit\":0,\"start\":50}"));

        // An invitation created with the clock set back still sorts by its creation time.
        now = utcMs(2023, 6, 1, 0, 0, 0, 0);
        const QString oldest
            = h.call("POST", invitationsPath(t.orgId), minimalBody()).object().value(QStringLiteral("id")).toString();
        QCOMPARE(ids(h.call("GET", invitationsPath(t.orgId, QStringLiteral("?sort=created_at:1&per_page=1"))).array()),
                 QStringList { oldest });
    }

    void fieldsApplyToListAndGet()
    {
        ServiceHarness h;
        const Tenant t(h);
        const QString id
            = h.call("POST", invitationsPath(t.orgId), minimalBody()).object().value(QStringLiteral("id")).toString();
        const auto only
            = h.call("GET", invitationsPath(t.orgId, QStringLiteral("?fields=id,invitee&include_fields=true")));
        QCOMPARE(only.array().at(0).toObject().keys(),
                 (QStringList { QStringLiteral("id"), QStringLiteral("invitee") }));
        const auto without
            = h.call("GET",
                     invitationsPath(t.orgId,
                                     QStringLiteral("/") + id
                                         + QStringLiteral("?fields=invitation_url,inviter&include_fields=false")));
        QCOMPARE(without.status, 200);
        QVERIFY(!without.object().contains(QStringLiteral("invitation_url")));
        QVERIFY(!without.object().contains(QStringLiteral("inviter")));
        QVERIFY(without.object().contains(QStringLiteral("ticket_id")));
        QCOMPARE(without.object().value(QStringLiteral("id")).toString(), id);
    }

    void badQueriesAre400_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("sort field") << QStringLiteral("?sort=expires_at:1") << QStringLiteral("on property sort");
        QTest::newRow("sort order") << QStringLiteral("?sort=created_at:2")
                                    << QStringLiteral("String does not match pattern");
        QTest::newRow("unknown field") << QStringLiteral("?fields=ticket_id") << QStringLiteral("on property fields");
        QTest::newRow("include_fields") << QStringLiteral("?include_fields=1")
                                        << QStringLiteral("Expected type boolean");
        QTest::newRow("per_page") << QStringLiteral("?per_page=101") << QStringLiteral("maximum 100");
        QTest::newRow("record cap") << QStringLiteral("?page=20&per_page=50")
                                    << QStringLiteral("Requesting page exceeds the allowed maximum of 1000 records.");
        QTest::newRow("huge page") << QStringLiteral("?page=2147483647&per_page=100")
                                   << QStringLiteral("Requesting page exceeds the allowed maximum of 1000 records.");
    }

    void badQueriesAre400()
    {
        QFETCH(QString, query);
        QFETCH(QString, messagePart);
        ServiceHarness h;
        const Tenant t(h);
        const auto r = h.call("GET", invitationsPath(t.orgId, query));
        QCOMPARE(r.status, 400);
        QVERIFY2(message(r).contains(messagePart), r.body.constData());
    }

    void eachRouteNeedsItsScope_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("one");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("status");
        QTest::newRow("list") << QByteArray("GET") << false << QStringLiteral("read:organization_invitations") << 200;
        QTest::newRow("get") << QByteArray("GET") << true << QStringLiteral("read:organization_invitations") << 200;
        QTest::newRow("create") << QByteArray("POST") << false << QStringLiteral("create:organization_invitations")
                                << 201;
        QTest::newRow("delete") << QByteArray("DELETE") << true << QStringLiteral("delete:organization_invitations")
                                << 204;
    }

    void eachRouteNeedsItsScope()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, one);
        QFETCH(QString, scope);
        QFETCH(int, status);
        ServiceHarness h;
        const Tenant t(h);
        const QString id
            = h.call("POST", invitationsPath(t.orgId), minimalBody()).object().value(QStringLiteral("id")).toString();
        const QString path = invitationsPath(t.orgId, one ? QString(QStringLiteral("/") + id) : QString());
        const QByteArray body
            = method == "POST" ? QJsonDocument(minimalBody()).toJson(QJsonDocument::Compact) : QByteArray();
        QStringList others = Sandbox::SandboxOptions::allScopes();
        others.removeAll(scope);
        const auto denied = h.call(method, path, body, h.tokenWith(others));
        QCOMPARE(denied.status, 403);
        QCOMPARE(message(denied), QString(QStringLiteral("Insufficient scope, expected any of: ") + scope));
        QCOMPARE(h.store().organization(t.orgId)->invitations.size(), size_t(1));
        QCOMPARE(h.call(method, path, body, h.tokenWith({ scope })).status, status);
    }
};

QTEST_GUILESS_MAIN(TestSandboxInvitations)
#include "tst_sandbox_invitations.moc"
