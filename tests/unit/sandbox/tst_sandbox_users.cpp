// The sandbox's /users: create (as the recordings do), get, delete, search
// (q, v3 only, the 1000-result window, sort, fields) and a user's
// organizations — over the service and, for percent-encoded ids, real HTTP.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString kUsers = QStringLiteral("/api/v2/users");
const QString kDatabase = QStringLiteral("Username-Password-Authentication");

// The body go-auth0's tests send.
QByteArray recordedBody(const QString &email, const QString &username)
{
    return QStringLiteral(
               "{\"connection\":\"Username-Password-Authentication\",\"email\":\"%1\",\"given_name\":\"Chuck\","
               "\"family_name\":\"Sanchez\",\"username\":\"%2\",\"nickname\":\"Chucky\","
               "\"password\":\"Passwords hide their "
               "chuck\",\"user_metadata\":{\"favourite_attack\":\"roundhouse_kick\"},"
               "\"verify_email\":false,\"app_metadata\":{\"facts\":[\"count_to_infinity_twice\"]},"
               "\"picture\":\"https://example-picture-url.jpg\",\"blocked\":false,\"email_verified\":true}")
        .arg(email, username)
        .toUtf8();
}

QString createUser(ServiceHarness &h, const QString &email)
{
    return h
        .call("POST", kUsers,
              QJsonObject { { QStringLiteral("connection"), kDatabase },
                            { QStringLiteral("email"), email },
                            { QStringLiteral("password"), QStringLiteral("MyPass123$") } })
        .object()
        .value(QStringLiteral("user_id"))
        .toString();
}

// Many users at once, straight into the store (the handlers are not what is tested there).
void seedUsers(ServiceHarness &h, int count)
{
    for (int i = 0; i < count; ++i)
        h.store().users().insert(
            QJsonObject { { QStringLiteral("user_id"), QStringLiteral("auth0|bulk%1").arg(i, 5, 10, QLatin1Char('0')) },
                          { QStringLiteral("email"), QStringLiteral("bulk%1@example.com").arg(i) } });
}

QString encoded(const QString &userId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(userId));
}
} // namespace

class TestSandboxUsers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createAsRecorded()
    {
        ServiceHarness h;
        const auto r = h.call("POST", kUsers,
                              recordedBody(QStringLiteral("chuck253@example.com"), QStringLiteral("test-user892")));
        QCOMPARE(r.status, 201);
        const QJsonObject user = r.object();
        const QString userId = user.value(QStringLiteral("user_id")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^auth0\\|[0-9a-f]{24}$")).match(userId).hasMatch(),
                 qPrintable(userId));
        QCOMPARE(user.value(QStringLiteral("identities")).toArray(),
                 (QJsonArray { QJsonObject { { QStringLiteral("connection"), kDatabase },
                                             { QStringLiteral("user_id"), userId.mid(6) },
                                             { QStringLiteral("provider"), QStringLiteral("auth0") },
                                             { QStringLiteral("isSocial"), false } } }));
        QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("chuck253@example.com"));
        QCOMPARE(user.value(QStringLiteral("nickname")).toString(), QStringLiteral("Chucky"));
        QCOMPARE(user.value(QStringLiteral("picture")).toString(), QStringLiteral("https://example-picture-url.jpg"));
        QCOMPARE(user.value(QStringLiteral("email_verified")), QJsonValue(true));
        QCOMPARE(user.value(QStringLiteral("blocked")), QJsonValue(false));
        QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("test-user892"));
        QCOMPARE(user.value(QStringLiteral("created_at")), user.value(QStringLiteral("updated_at")));
        for (const char *secret : { "password", "verify_email", "connection" })
            QVERIFY(!user.contains(QLatin1String(secret)));
        QCOMPARE(*h.store().users().find(userId), user);
    }

    void minimalCreateFillsDefaults()
    {
        ServiceHarness h;
        const auto r = h.call(
            "POST", kUsers,
            QByteArray("{\"connection\":\"Username-Password-Authentication\","
                       "\"email\":\"testaccdatasourceuserorganizations@auth0.com\",\"password\":\"MyPass123$\"}"));
        QCOMPARE(r.status, 201);
        const QJsonObject user = r.object();
        QCOMPARE(user.value(QStringLiteral("email_verified")), QJsonValue(false));
        QCOMPARE(user.value(QStringLiteral("nickname")).toString(),
                 QStringLiteral("testaccdatasourceuserorganizations"));
        // As recorded: gravatar of the e-mail's MD5, falling back to an avatar of its first two letters.
        QCOMPARE(
            user.value(QStringLiteral("picture")).toString(),
            QStringLiteral("https://s.gravatar.com/avatar/dee3a8ddc49cdb6462cc83cc26e61816?s=480&r=pg&d=https%3A%2F%2F"
                           "cdn.auth0.com%2Favatars%2Fte.png"));
        QVERIFY(!user.contains(QStringLiteral("blocked")));
        QVERIFY(!user.contains(QStringLiteral("username")));
    }

    void createRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("malformed") << QByteArray("{\"email\":") << 400
                                   << QStringLiteral("Invalid request payload JSON format");
        QTest::newRow("no connection") << QByteArray("{\"email\":\"a@b.co\",\"password\":\"x\"}") << 400
                                       << QStringLiteral("Missing required property: connection");
        QTest::newRow("unknown connection")
            << QByteArray("{\"connection\":\"nope\",\"email\":\"a@b.co\",\"password\":\"x\"}") << 400
            << QStringLiteral("The connection does not exist.");
        QTest::newRow("enterprise connection")
            << QByteArray("{\"connection\":\"corp-saml\",\"email\":\"a@b.co\",\"password\":\"x\"}") << 400
            << QStringLiteral("must either be a database or passwordless");
        QTest::newRow("no password") << QByteArray(
            "{\"connection\":\"Username-Password-Authentication\",\"email\":\"a@b.co\"}")
                                     << 400 << QStringLiteral("Missing required property: password");
        QTest::newRow("no email") << QByteArray(
            "{\"connection\":\"Username-Password-Authentication\",\"password\":\"x\"}")
                                  << 400 << QStringLiteral("Missing required property: email");
        QTest::newRow("bad email") << QByteArray(
            "{\"connection\":\"Username-Password-Authentication\",\"email\":\"nope\",\"password\":\"x\"}")
                                   << 400 << QStringLiteral("format email: nope");
        QTest::newRow("bad picture") << QByteArray("{\"connection\":\"Username-Password-Authentication\",\"email\":\"a@"
                                                   "b.co\",\"password\":\"x\",\"picture\":\"not a url\"}")
                                     << 400 << QStringLiteral("format strict-uri");
        QTest::newRow("long username") << QByteArray("{\"connection\":\"Username-Password-Authentication\",\"email\":"
                                                     "\"a@b.co\",\"password\":\"x\",\"username\":\""
                                                     + QByteArray(129, 'u') + "\"}")
                                       << 400 << QStringLiteral("maximum 128");
        QTest::newRow("unknown key") << QByteArray("{\"connection\":\"Username-Password-Authentication\",\"roles\":[]}")
                                     << 400 << QStringLiteral("Additional properties not allowed: roles");
        QTest::newRow("blocked as string") << QByteArray("{\"connection\":\"Username-Password-Authentication\","
                                                         "\"email\":\"a@b.co\",\"password\":\"x\",\"blocked\":\"no\"}")
                                           << 400 << QStringLiteral("Expected type boolean");
        QTest::newRow("same e-mail in the connection") << QByteArray(
            "{\"connection\":\"Username-Password-Authentication\",\"email\":\"TAKEN@example.com\",\"password\":\"x\"}")
                                                       << 409 << QStringLiteral("The user already exists.");
    }

    void createRejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        ServiceHarness h;
        h.call("POST", QStringLiteral("/api/v2/connections"),
               QByteArray("{\"name\":\"corp-saml\",\"strategy\":\"samlp\"}"));
        createUser(h, QStringLiteral("taken@example.com"));
        const auto r = h.call("POST", kUsers, body);
        QCOMPARE(r.status, status);
        QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(messagePart), r.body.constData());
        QCOMPARE(h.store().users().size(), 1);
    }

    void getAndDeleteByEncodedId()
    {
        ServiceHarness h;
        const QString userId = createUser(h, QStringLiteral("a@example.com"));
        const auto got = h.call("GET", kUsers + QLatin1Char('/') + encoded(userId));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.object().value(QStringLiteral("user_id")).toString(), userId);
        const auto some
            = h.call("GET", kUsers + QLatin1Char('/') + encoded(userId) + QStringLiteral("?fields=email,user_id"));
        QCOMPARE(some.object().keys(), (QStringList { QStringLiteral("email"), QStringLiteral("user_id") }));
        QCOMPARE(h.call("GET", kUsers + QLatin1Char('/') + encoded(userId) + QStringLiteral("?fields=password")).status,
                 400);

        QCOMPARE(h.call("DELETE", kUsers + QLatin1Char('/') + encoded(userId)).status, 204);
        QVERIFY(!h.store().users().contains(userId));
        const auto gone = h.call("GET", kUsers + QLatin1Char('/') + encoded(userId));
        QCOMPARE(gone.object(),
                 (QJsonObject { { QStringLiteral("statusCode"), 404 },
                                { QStringLiteral("error"), QStringLiteral("Not Found") },
                                { QStringLiteral("message"), QStringLiteral("The user does not exist.") },
                                { QStringLiteral("errorCode"), QStringLiteral("inexistent_user") } }));
        QCOMPARE(h.call("DELETE", kUsers + QLatin1Char('/') + encoded(userId)).status, 204); // as recorded
    }

    void deletingUserLeavesOrganizations()
    {
        ServiceHarness h;
        const QString userId = createUser(h, QStringLiteral("a@example.com"));
        Sandbox::Organization org;
        org.id = QStringLiteral("org_1");
        org.name = QStringLiteral("acme");
        org.addMember(userId, 1);
        h.store().addOrganization(org);
        QCOMPARE(h.call("DELETE", kUsers + QLatin1Char('/') + encoded(userId)).status, 204);
        QVERIFY(!h.store().organization(QStringLiteral("org_1"))->isMember(userId));
    }

    void searchAsRecorded_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("username") << QStringLiteral(
            "include_totals=true&per_page=50&q=username%3A%22test-user998%22&search_engine=v3");
        QTest::newRow("email") << QStringLiteral(
            "include_totals=true&per_page=50&q=email%3A%22chuck904%40example.com%22&search_engine=v3");
        QTest::newRow("form-encoded AND")
            << QStringLiteral("include_totals=true&q=email%3Achuck904%40example.com+AND+username%3Atest-user998");
    }

    void searchAsRecorded()
    {
        QFETCH(QString, query);
        ServiceHarness h;
        const auto created = h.call(
            "POST", kUsers, recordedBody(QStringLiteral("chuck904@example.com"), QStringLiteral("test-user998")));
        h.call("POST", kUsers, recordedBody(QStringLiteral("other@example.com"), QStringLiteral("other")));
        const auto r = h.call("GET", kUsers + QLatin1Char('?') + query);
        QCOMPARE(r.status, 200);
        const QJsonObject envelope = r.object();
        QCOMPARE(envelope.keys(),
                 (QStringList { QStringLiteral("length"), QStringLiteral("limit"), QStringLiteral("start"),
                                QStringLiteral("total"), QStringLiteral("users") }));
        QCOMPARE(envelope.value(QStringLiteral("start")), QJsonValue(0));
        QCOMPARE(envelope.value(QStringLiteral("limit")), QJsonValue(50));
        QCOMPARE(envelope.value(QStringLiteral("length")), QJsonValue(1));
        QCOMPARE(envelope.value(QStringLiteral("total")), QJsonValue(1));
        QCOMPARE(envelope.value(QStringLiteral("users")).toArray(), QJsonArray { created.object() });
    }

    void searchParameters()
    {
        ServiceHarness h;
        for (const char *email : { "carol@example.com", "alice@example.com", "bob@example.com" })
            createUser(h, QString::fromLatin1(email));
        QCOMPARE(h.call("GET", kUsers).array().size(), 3);
        const auto sorted = h.call("GET", kUsers + QStringLiteral("?sort=email:1&fields=email"));
        QCOMPARE(sorted.array(),
                 (QJsonArray { QJsonObject { { QStringLiteral("email"), QStringLiteral("alice@example.com") } },
                               QJsonObject { { QStringLiteral("email"), QStringLiteral("bob@example.com") } },
                               QJsonObject { { QStringLiteral("email"), QStringLiteral("carol@example.com") } } }));
        QCOMPARE(h.call("GET", kUsers + QStringLiteral("?sort=email:-1"))
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("email")),
                 QJsonValue(QStringLiteral("carol@example.com")));
        const auto excluded = h.call("GET", kUsers + QStringLiteral("?fields=identities,picture&include_fields=false"));
        QVERIFY(!excluded.array().first().toObject().contains(QStringLiteral("identities")));
        QVERIFY(excluded.array().first().toObject().contains(QStringLiteral("email")));
        QCOMPARE(h.call("GET", kUsers + QStringLiteral("?q=email:*example.com&per_page=2")).array().size(), 2);
        QCOMPARE(h.call("GET", kUsers + QStringLiteral("?q=email:*example.com+AND+NOT+email:bob*")).array().size(), 2);

        const auto zero = h.call("GET", kUsers + QStringLiteral("?per_page=0&include_totals=true")).object();
        QCOMPARE(zero.value(QStringLiteral("users")).toArray(), QJsonArray());
        QCOMPARE(zero.value(QStringLiteral("total")), QJsonValue(3));

        const QList<QPair<QString, QString>> bad {
            { QStringLiteral("search_engine=v1"), QStringLiteral("You are not allowed to use search_engine=v1.") },
            { QStringLiteral("search_engine=v2"),
              QStringLiteral("You are not allowed to use search_engine=v2. Use search_engine=v3 instead.") },
            { QStringLiteral("search_engine=v9"), QStringLiteral("No enum match for: \"v9\"") },
            { QStringLiteral("sort=email"), QStringLiteral("String does not match pattern") },
            { QStringLiteral("sort=email:2"), QStringLiteral("String does not match pattern") },
            { QStringLiteral("per_page=101"), QStringLiteral("Value 101 is greater than maximum 100") },
            { QStringLiteral("q=email:%22unterminated"), QStringLiteral("Unterminated quoted value") },
            { QStringLiteral("q=(a"), QStringLiteral("closing parenthesis") },
            { QStringLiteral("include_fields=perhaps"), QStringLiteral("Expected type boolean") },
        };
        for (const auto &[query, part] : bad) {
            const auto r = h.call("GET", kUsers + QLatin1Char('?') + query);
            QCOMPARE(r.status, 400);
            QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(part), r.body.constData());
        }

        // %2B is a literal '+', while a bare '+' is a form-encoded space.
        const QString plus = createUser(h, QStringLiteral("a+b@example.com"));
        const auto literal = h.call("GET", kUsers + QStringLiteral("?q=email%3A%22a%2Bb%40example.com%22"));
        QCOMPARE(literal.array().size(), 1);
        QCOMPARE(literal.array().first().toObject().value(QStringLiteral("user_id")).toString(), plus);
    }

    void searchReachesOnlyTheFirstThousand_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("perPage");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("length");
        QTest::newRow("last full page") << 9 << 100 << 200 << 100;
        QTest::newRow("starts at 1000") << 10 << 100 << 400 << 0;
        QTest::newRow("50s: page 19") << 19 << 50 << 200 << 50;
        QTest::newRow("50s: page 20") << 20 << 50 << 400 << 0;
        QTest::newRow("straddles 1000") << 33 << 30 << 200 << 10;
        QTest::newRow("past 1000") << 34 << 30 << 400 << 0;
        QTest::newRow("per_page 0 never pages") << 5000 << 0 << 200 << 0;
    }

    void searchReachesOnlyTheFirstThousand()
    {
        QFETCH(int, page);
        QFETCH(int, perPage);
        QFETCH(int, status);
        QFETCH(int, length);
        ServiceHarness h;
        seedUsers(h, 1050);
        const auto r
            = h.call("GET", kUsers + QStringLiteral("?include_totals=true&page=%1&per_page=%2").arg(page).arg(perPage));
        QCOMPARE(r.status, status);
        if (status == 400) {
            QCOMPARE(r.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_paging"));
            QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
                     QStringLiteral("You can only page through the first 1000 records. See "
                                    "https://auth0.com/docs/users/search/v3/view-search-results-by-page#limitation"));
            return;
        }
        QCOMPARE(r.object().value(QStringLiteral("length")), QJsonValue(length));
        QCOMPARE(r.object().value(QStringLiteral("users")).toArray().size(), length);
        QCOMPARE(r.object().value(QStringLiteral("total")), QJsonValue(1050));
        if (length > 0)
            QCOMPARE(
                r.object().value(QStringLiteral("users")).toArray().last().toObject().value(QStringLiteral("user_id")),
                QJsonValue(QStringLiteral("auth0|bulk%1")
                               .arg(qMin(page * perPage + length, 1000) - 1, 5, 10, QLatin1Char('0'))));
    }

    void searchByOrganization()
    {
        ServiceHarness h;
        const QString member = createUser(h, QStringLiteral("member@example.com"));
        createUser(h, QStringLiteral("outsider@example.com"));
        Sandbox::Organization org;
        org.id = QStringLiteral("org_abc");
        org.name = QStringLiteral("acme");
        org.addMember(member, 1);
        h.store().addOrganization(org);
        const auto r = h.call("GET", kUsers + QStringLiteral("?q=organization_id%3A%22org_abc%22&search_engine=v3"));
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().first().toObject().value(QStringLiteral("user_id")).toString(), member);
    }

    void organizationsOfUser()
    {
        ServiceHarness h;
        const QString userId = createUser(h, QStringLiteral("a@example.com"));
        for (const char *name : { "zeta", "alpha", "mid" }) {
            const QString id = h.call("POST", QStringLiteral("/api/v2/organizations"),
                                      QJsonObject { { QStringLiteral("name"), QString::fromLatin1(name) },
                                                    { QStringLiteral("display_name"), QStringLiteral("Org") } })
                                   .object()
                                   .value(QStringLiteral("id"))
                                   .toString();
            if (qstrcmp(name, "mid") != 0)
                h.store().organization(id)->addMember(userId, 1);
        }
        const QString base = kUsers + QLatin1Char('/') + encoded(userId) + QStringLiteral("/organizations");
        const auto first = h.call("GET", base + QStringLiteral("?include_totals=true&page=0&per_page=50")).object();
        const QJsonArray orgs = first.value(QStringLiteral("organizations")).toArray();
        QCOMPARE(orgs.size(), 2);
        QCOMPARE(orgs.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("alpha"));
        QCOMPARE(orgs.at(0).toObject().keys(),
                 (QStringList { QStringLiteral("display_name"), QStringLiteral("id"), QStringLiteral("name") }));
        QCOMPARE(first.value(QStringLiteral("total")), QJsonValue(2));
        QCOMPARE(h.call("GET", base + QStringLiteral("?include_totals=true&page=1&per_page=50")).object(),
                 (QJsonObject { { QStringLiteral("organizations"), QJsonArray() },
                                { QStringLiteral("start"), 50 },
                                { QStringLiteral("limit"), 50 },
                                { QStringLiteral("total"), 2 } }));
        QCOMPARE(h.call("GET", base).array().size(), 2);
        QCOMPARE(h.call("GET", base + QStringLiteral("?page=1000")).status, 200);
        QCOMPARE(h.call("GET", base + QStringLiteral("?page=1001")).status, 400);
        QCOMPARE(h.call("GET", kUsers + QStringLiteral("/auth0%7Cnobody/organizations")).array(), QJsonArray());
    }

    void scopes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("search") << QByteArray("GET") << kUsers << QStringLiteral("read:users,read:user_idp_tokens");
        QTest::newRow("create") << QByteArray("POST") << kUsers << QStringLiteral("create:users");
        QTest::newRow("get") << QByteArray("GET") << QString(kUsers + QStringLiteral("/auth0%7C1"))
                             << QStringLiteral("read:users,read:current_user,read:user_idp_tokens");
        QTest::newRow("delete") << QByteArray("DELETE") << QString(kUsers + QStringLiteral("/auth0%7C1"))
                                << QStringLiteral("delete:users,delete:current_user");
        QTest::newRow("organizations") << QByteArray("GET")
                                       << QString(kUsers + QStringLiteral("/auth0%7C1/organizations"))
                                       << QStringLiteral("read:users,read:organizations");
    }

    void scopes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        ServiceHarness h;
        const auto denied = h.call(method, path, QByteArray("{}"), h.tokenWith({ QStringLiteral("read:roles") }));
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Insufficient scope, expected any of: ") + expected);
        for (const QString &scope : expected.split(QLatin1Char(','))) {
            const auto allowed = h.call(method, path, QByteArray("{}"), h.tokenWith({ scope }));
            QVERIFY2(allowed.status != 403, qPrintable(scope));
        }
    }

    void percentEncodedIdOverHttp()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const auto created = sandbox.call("POST", kUsers,
                                          QJsonObject { { QStringLiteral("connection"), kDatabase },
                                                        { QStringLiteral("email"), QStringLiteral("http@example.com") },
                                                        { QStringLiteral("password"), QStringLiteral("MyPass123$") } });
        QCOMPARE(created.status, 201);
        const QString userId = created.object().value(QStringLiteral("user_id")).toString();
        QVERIFY(userId.startsWith(QLatin1String("auth0|")));
        const QString path = kUsers + QStringLiteral("/auth0%7C") + userId.mid(6);
        const auto got = sandbox.call("GET", path);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.object().value(QStringLiteral("email")).toString(), QStringLiteral("http@example.com"));
        QCOMPARE(sandbox.call("GET", path + QStringLiteral("/organizations?include_totals=true"))
                     .object()
                     .value(QStringLiteral("total")),
                 QJsonValue(0));
        const auto found = sandbox.call("GET",
                                        kUsers + QStringLiteral("?q=user_id%3A%22") + QStringLiteral("auth0%7C")
                                            + userId.mid(6) + QStringLiteral("%22&search_engine=v3"));
        QCOMPARE(found.array().size(), 1);
        QCOMPARE(sandbox.call("DELETE", path).status, 204);
        const auto gone = sandbox.call("GET", path);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("inexistent_user"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxUsers)
#include "tst_sandbox_users.moc"
