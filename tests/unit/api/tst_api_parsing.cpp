// Reading answers into types: missing and unknown fields are fine, wrong
// types become ApiError(parse) and never a crash; paths and queries are
// encoded; errors carry Auth0's fields and a sentence for people.
#include "api/ApiError.h"
#include "api/ApiPath.h"
#include "api/Client.h"
#include "api/Connection.h"
#include "api/Invitation.h"
#include "api/ListReader.h"
#include "api/Member.h"
#include "api/NewInvitation.h"
#include "api/OrgConnection.h"
#include "api/Organization.h"
#include "api/User.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Api;

class TestApiParsing final : public QObject
{
    Q_OBJECT

    template <typename T>
    static ApiError readList(const QByteArray &json, const QString &key, QList<T> *out)
    {
        Pager::Envelope env;
        return ListReader::page(QJsonDocument::fromJson(json), key, out, &env);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsOrganizations()
    {
        // "\/" in the JSON below: moc reads a "//" inside a multi-line raw string as a comment.
        QList<Organization> orgs;
        const ApiError error = readList(R"({"organizations":[
            {"id":"org_1","name":"acme","display_name":"Acme","branding":{"logo_url":"https:\/\/x/l.png",
             "colors":{"primary":"#000000","page_background":"#ffffff"}},"metadata":{"tier":"gold"},"extra":[1,2]},
            {"id":"org_2"}],"start":0,"limit":50,"total":2})",
                                        QStringLiteral("organizations"), &orgs);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(orgs.size(), 2);
        QCOMPARE(orgs[0].displayName, QStringLiteral("Acme"));
        QCOMPARE(orgs[0].logoUrl, QStringLiteral("https://x/l.png"));
        QCOMPARE(orgs[0].pageBackgroundColor, QStringLiteral("#ffffff"));
        QCOMPARE(orgs[0].metadata.value(QStringLiteral("tier")), QStringLiteral("gold"));
        QVERIFY(orgs[1].name.isEmpty());
        const QJsonObject body = orgs[0].toCreateJson();
        QCOMPARE(body.value(QStringLiteral("branding")).toObject().value(QStringLiteral("colors")).toObject().size(), 2);
    }

    void readsMembersWithAndWithoutRoles()
    {
        QList<Member> members;
        QVERIFY(!readList(R"([{"user_id":"auth0|1","email":"a@x","roles":[{"id":"rol_1","name":"admin"}]},
                               {"user_id":"auth0|2","picture":null}])",
                          QStringLiteral("members"), &members)
                     .isError());
        QCOMPARE(members.size(), 2);
        QVERIFY(members[0].rolesIncluded);
        QCOMPARE(members[0].roles.value(0).name, QStringLiteral("admin"));
        QVERIFY(!members[1].rolesIncluded);
        QVERIFY(members[1].picture.isEmpty());
    }

    void readsTheOtherTypes()
    {
        QList<Invitation> invitations;
        QVERIFY(!readList(R"({"invitations":[{"id":"uinv_1","inviter":{"name":"Ann"},"invitee":{"email":"b@x"},
            "created_at":"2023-01-25T17:49:32.656Z","expires_at":"2023-02-01T17:49:32.656Z","roles":["rol_1"],
            "client_id":"c1","ticket_id":"t"}],"start":0,"limit":1})",
                          QStringLiteral("invitations"), &invitations)
                     .isError());
        QCOMPARE(invitations[0].inviteeEmail, QStringLiteral("b@x"));
        QCOMPARE(invitations[0].createdAt.daysTo(invitations[0].expiresAt), 7);

        QList<OrgConnection> connections;
        QVERIFY(!readList(R"([{"connection_id":"con_1","assign_membership_on_login":true,
            "connection":{"name":"Username-Password-Authentication","strategy":"auth0"}}])",
                          QStringLiteral("enabled_connections"), &connections)
                     .isError());
        QVERIFY(connections[0].assignMembershipOnLogin);
        QVERIFY(connections[0].showAsButton);
        QCOMPARE(connections[0].strategy, QStringLiteral("auth0"));

        QList<User> users;
        QVERIFY(!readList(R"({"users":[{"user_id":"google-oauth2|9","email":"c@x","logins_count":4,
            "identities":[{"connection":"google-oauth2"}],"last_login":"2024-01-01T00:00:00.000Z"}],"total":1,"length":1})",
                          QStringLiteral("users"), &users)
                     .isError());
        QCOMPARE(users[0].loginsCount, 4);
        QCOMPARE(users[0].connections, QStringList{QStringLiteral("google-oauth2")});

        QList<Client> clients;
        QVERIFY(!readList(R"({"clients":[{"client_id":"c1","name":"App","app_type":"spa","tenant":"t"}],"total":1})",
                          QStringLiteral("clients"), &clients)
                     .isError());
        QList<Connection> conns;
        QVERIFY(!readList(R"({"connections":[{"id":"con_1","name":"db","strategy":"auth0","is_domain_connection":false}]})",
                          QStringLiteral("connections"), &conns)
                     .isError());
        QVERIFY(conns[0].isDatabase());
    }

    void wrongTypesAreParseErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("id is a number") << QByteArray(R"([{"id":5}])") << QStringLiteral("organizations[0].id");
        QTest::newRow("missing id") << QByteArray(R"([{"name":"x"}])") << QStringLiteral("missing");
        QTest::newRow("element not an object") << QByteArray(R"([{"id":"org_1"},"org_2"])")
                                               << QStringLiteral("organizations[1]");
        QTest::newRow("metadata value is a number") << QByteArray(R"([{"id":"o","metadata":{"a":1}}])")
                                                    << QStringLiteral("metadata.a");
        QTest::newRow("branding is a string") << QByteArray(R"([{"id":"o","branding":"blue"}])")
                                              << QStringLiteral("branding");
        QTest::newRow("colors wrong") << QByteArray(R"([{"id":"o","branding":{"colors":{"primary":1}}}])")
                                      << QStringLiteral("colors.primary");
    }

    void wrongTypesAreParseErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QList<Organization> orgs;
        const ApiError error = readList(json, QStringLiteral("organizations"), &orgs);
        QCOMPARE(error.kind, ApiError::Kind::Parse);
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    }

    void nestedWrongTypesToo()
    {
        QList<Member> members;
        QCOMPARE(readList(R"([{"user_id":"u","roles":[{"id":3}]}])", QStringLiteral("members"), &members).kind,
                 ApiError::Kind::Parse);
        QCOMPARE(readList(R"([{"user_id":"u","roles":"admin"}])", QStringLiteral("members"), &members).kind,
                 ApiError::Kind::Parse);
        QList<Invitation> invitations;
        QCOMPARE(readList(R"([{"id":"i","created_at":"yesterday"}])", QStringLiteral("invitations"), &invitations).kind,
                 ApiError::Kind::Parse);
        QCOMPARE(readList(R"([{"id":"i","roles":[1]}])", QStringLiteral("invitations"), &invitations).kind,
                 ApiError::Kind::Parse);
        Organization org;
        QCOMPARE(ListReader::one(QJsonDocument::fromJson("[1,2]"), QStringLiteral("organization"), &org).kind,
                 ApiError::Kind::Parse);
    }

    void survivesRandomJson()
    {
        // Whatever shape comes back, reading ends in a value or a parse error.
        QRandomGenerator random(12345);
        const QList<QJsonValue> leaves{QJsonValue(), QJsonValue(true), QJsonValue(3.5), QJsonValue(QStringLiteral("s")),
                                       QJsonArray{1, QStringLiteral("x")}, QJsonObject{{QStringLiteral("k"), 1}}};
        const QStringList keys{QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("roles"),
                               QStringLiteral("branding"), QStringLiteral("metadata"), QStringLiteral("invitee"),
                               QStringLiteral("identities"), QStringLiteral("created_at"), QStringLiteral("connection")};
        int parsed = 0, refused = 0;
        for (int round = 0; round < 2000; ++round) {
            QJsonObject object;
            for (const QString &key : keys) {
                if (random.bounded(2))
                    object.insert(key, leaves.at(random.bounded(int(leaves.size()))));
            }
            const QJsonArray array{object};
            QList<Member> members;
            QList<Organization> orgs;
            QList<Invitation> invitations;
            QList<User> users;
            for (const ApiError &e : {ListReader::items(array, QStringLiteral("m"), &members),
                                      ListReader::items(array, QStringLiteral("o"), &orgs),
                                      ListReader::items(array, QStringLiteral("i"), &invitations),
                                      ListReader::items(array, QStringLiteral("u"), &users)}) {
                QVERIFY(e.kind == ApiError::Kind::None || e.kind == ApiError::Kind::Parse);
                (e.isError() ? refused : parsed)++;
            }
        }
        QVERIFY(parsed > 0);
        QVERIFY(refused > 0);
    }

    void encodesPathsAndQueries()
    {
        QCOMPARE(ApiPath::of({QStringLiteral("organizations"), QStringLiteral("org_1"), QStringLiteral("members"),
                              QStringLiteral("auth0|63d1"), QStringLiteral("roles")}),
                 QStringLiteral("/organizations/org_1/members/auth0%7C63d1/roles"));
        QCOMPARE(ApiPath::segment(QStringLiteral("a/b c+d?")), QStringLiteral("a%2Fb%20c%2Bd%3F"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), QStringLiteral("email:\"a+b@x.com\""));
        query.addQueryItem(QStringLiteral("fields"), QStringLiteral("user_id,email"));
        QCOMPARE(ApiPath::encodeQuery(query), QStringLiteral("q=email%3A%22a%2Bb%40x.com%22&fields=user_id%2Cemail"));
    }

    void describesErrors()
    {
        const ApiError scope = ApiError::fromHttp(
            403, R"({"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: read:grants,read:users","errorCode":"insufficient_scope"})");
        QCOMPARE(scope.kind, ApiError::Kind::Scope);
        QCOMPARE(scope.missingScopes, (QStringList{QStringLiteral("read:grants"), QStringLiteral("read:users")}));
        QVERIFY(scope.userMessage().contains(QStringLiteral("read:grants")));

        const ApiError notFound = ApiError::fromHttp(404, R"({"statusCode":404,"error":"Not Found","message":"No organization found by that id or name"})");
        QCOMPARE(notFound.kind, ApiError::Kind::Http);
        QVERIFY(notFound.errorCode.isEmpty());
        QVERIFY(notFound.userMessage().contains(QStringLiteral("No organization found")));

        const ApiError conflict = ApiError::fromHttp(409, R"({"statusCode":409,"error":"Conflict","message":"An organization with the same name already exists.","errorCode":"organization_conflict"})");
        QCOMPARE(conflict.errorCode, QStringLiteral("organization_conflict"));

        const ApiError html = ApiError::fromHttp(502, "<html><body>502 Bad Gateway</body></html>");
        QCOMPARE(html.status, 502);
        QCOMPARE(html.message, QStringLiteral("HTTP 502"));
        QVERIFY(html.userMessage().contains(QStringLiteral("502")));

        const ApiError oauth = ApiError::fromHttp(401, R"({"error":"access_denied","error_description":"Unauthorized"})");
        QCOMPARE(oauth.kind, ApiError::Kind::Auth);
        QCOMPARE(oauth.errorCode, QStringLiteral("access_denied"));

        ApiError unknown = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Operation canceled"));
        unknown.outcomeUnknown = true;
        unknown.method = "POST";
        unknown.path = QStringLiteral("/api/v2/organizations");
        QVERIFY(unknown.userMessage().contains(QStringLiteral("not known")));
        QVERIFY(unknown.logText().contains(QStringLiteral("outcome unknown")));
        QVERIFY(unknown.logText().contains(QStringLiteral("POST /api/v2/organizations")));
    }

    void buildsInvitationBodies()
    {
        NewInvitation invitation;
        invitation.inviterName = QStringLiteral("Ann");
        invitation.inviteeEmail = QStringLiteral("b@x");
        invitation.clientId = QStringLiteral("c1");
        invitation.roles = {QStringLiteral("rol_1")};
        const QJsonObject body = invitation.toJson();
        QCOMPARE(body.value(QStringLiteral("invitee")).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("b@x"));
        QVERIFY(!body.contains(QStringLiteral("ttl_sec")));
        QVERIFY(!body.contains(QStringLiteral("connection_id")));
        QCOMPARE(body.value(QStringLiteral("roles")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiParsing)
#include "tst_api_parsing.moc"
