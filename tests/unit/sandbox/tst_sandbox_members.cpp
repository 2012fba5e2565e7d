// The sandbox's /organizations/{id}/members endpoints: adding and removing
// members, the rows and fields listed, roles inline and scopes. Paging is in
// tst_sandbox_member_paging.cpp.
#include "MemberTestData.h"

#include <QStandardPaths>
#include <QTest>

using namespace MemberTestData;

class TestSandboxMembers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addThenListShowsUserFieldsWithoutRoles()
    {
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), QStringLiteral("auth0|a"));
        addUser(h.store(), QStringLiteral("auth0|b"));
        const QString role = addRole(h.store(), QStringLiteral("reader"));

        const auto added
            = h.call("POST", membersPath(org), idsBody({QStringLiteral("auth0|a"), QStringLiteral("auth0|b")}));
        QCOMPARE(added.status, 204);
        QVERIFY(added.body.isEmpty());
        QVERIFY(h.store().organization(org)->isMember(QStringLiteral("auth0|a")));
        *h.store().organization(org)->memberRoles(QStringLiteral("auth0|a")) = QStringList{role};

        const auto bare = h.call("GET", membersPath(org));
        QCOMPARE(bare.status, 200);
        QVERIFY(bare.json.isArray());
        QCOMPARE(bare.array().size(), 2);
        const QJsonObject first = bare.array().at(0).toObject();
        QCOMPARE(first,
                 (QJsonObject{{QStringLiteral("user_id"), QStringLiteral("auth0|a")},
                              {QStringLiteral("email"), QStringLiteral("a@example.com")},
                              {QStringLiteral("picture"), QStringLiteral("https://example-picture-url.jpg/a")},
                              {QStringLiteral("name"), QStringLiteral("Name a")}}));

        const auto envelope = h.call("GET", membersPath(org, QStringLiteral("include_totals=true&per_page=50")));
        QCOMPARE(envelope.object().value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(envelope.object().value(QStringLiteral("start")).toInt(), 0);
        QCOMPARE(envelope.object().value(QStringLiteral("limit")).toInt(), 50);
        QCOMPARE(envelope.object().value(QStringLiteral("members")).toArray().size(), 2);
    }

    void rowsOmitWhatTheUserLacks()
    {
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), QStringLiteral("sms|555"), false);
        QCOMPARE(h.call("POST", membersPath(org), idsBody({QStringLiteral("sms|555")})).status, 204);
        const QJsonObject row = h.call("GET", membersPath(org)).array().at(0).toObject();
        QVERIFY(!row.contains(QStringLiteral("email")));
        QCOMPARE(row.value(QStringLiteral("user_id")).toString(), QStringLiteral("sms|555"));
    }

    void rowsEscapeTextFaithfully()
    {
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        const QString odd
            = QString::fromUtf8("Zo\u00eb \"Q\" O\\Brien\t\u0001 \xf0\x9f\x98\x80 \u4e2d\u6587 </script>");
        h.store().users().insert(QJsonObject{{QStringLiteral("user_id"), QStringLiteral("samlp|acme|zo\u00eb\"x")},
                                             {QStringLiteral("name"), odd},
                                             {QStringLiteral("email"), QStringLiteral("zoe@example.com")},
                                             {QStringLiteral("picture"), 42}});
        h.store().organization(org)->addMember(QStringLiteral("samlp|acme|zo\u00eb\"x"), 1);
        const auto r = h.call("GET", membersPath(org));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.json.isArray(), r.body.constData());
        const QJsonObject row = r.array().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("name")).toString(), odd);
        QCOMPARE(row.value(QStringLiteral("user_id")).toString(), QStringLiteral("samlp|acme|zo\u00eb\"x"));
        QCOMPARE(row.value(QStringLiteral("picture")), QJsonValue(42)); // odd seed data passes through as it is
    }

    void addRejectsBadBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QByteArray("{\"members\":[") << 400
                                   << QStringLiteral("Invalid request payload JSON format");
        QTest::newRow("empty body") << QByteArray() << 400
                                    << QStringLiteral(
                                           "Payload validation error: 'Missing required property: members'.");
        QTest::newRow("missing") << QByteArray("{\"users\":[\"auth0|a\"]}") << 400
                                 << QStringLiteral("Payload validation error: 'Missing required property: members'.");
        QTest::newRow("string") << QByteArray("{\"members\":\"x\"}") << 400
                                << QStringLiteral("Payload validation error: 'Expected type array but found type "
                                                  "string' on property members.");
        QTest::newRow("object") << QByteArray("{\"members\":{}}") << 400
                                << QStringLiteral("Payload validation error: 'Expected type array but found type "
                                                  "object' on property members.");
        QTest::newRow("number item") << QByteArray("{\"members\":[1]}") << 400
                                     << QStringLiteral("Payload validation error: 'Expected type string but found type "
                                                       "integer' on property members[0].");
        QTest::newRow("null item") << QByteArray("{\"members\":[\"auth0|a\",null]}") << 400
                                   << QStringLiteral("Payload validation error: 'Expected type string but found type "
                                                     "null' on property members[1].");
        QTest::newRow("empty string") << QByteArray("{\"members\":[\"\"]}") << 400
                                      << QStringLiteral("Payload validation error: 'String is too short (0 chars), "
                                                        "minimum 1' on property members[0].");
        QTest::newRow("empty list") << QByteArray("{\"members\":[]}") << 400
                                    << QStringLiteral("Payload validation error: 'Array is too short (0), minimum 1' "
                                                      "on property members.");
        QByteArray eleven = "{\"members\":[";
        for (int i = 0; i < 11; ++i)
            eleven += (i ? "," : "") + QByteArray("\"auth0|u") + QByteArray::number(i) + '"';
        eleven += "]}";
        QTest::newRow("eleven ids") << eleven << 400
                                    << QStringLiteral("Payload validation error: 'Array is too long (11), maximum 10' "
                                                      "on property members.");
        QTest::newRow("array body") << QByteArray("[\"auth0|a\"]") << 400
                                    << QStringLiteral("Payload validation error: 'Expected type object but found type "
                                                      "array'.");
        QTest::newRow("null body") << QByteArray("null") << 400
                                   << QStringLiteral("Invalid request payload JSON format");
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00{", 4) << 400
                                << QStringLiteral("Invalid request payload JSON format");
        QTest::newRow("over 1 MiB") << QByteArray("{\"members\":[\"" + QByteArray(1100000, 'x') + "\"]}") << 413
                                    << QStringLiteral("Payload content length greater than maximum allowed: 1048576");
    }

    void addRejectsBadBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, expected);
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), QStringLiteral("auth0|a"));
        for (const QByteArray &method : {QByteArray("POST"), QByteArray("DELETE")}) {
            if (method == "DELETE" && QByteArray(QTest::currentDataTag()) == "eleven ids")
                continue; // removal has no per-request cap
            const auto r = h.call(method, membersPath(org), body);
            QCOMPARE(r.status, status);
            QCOMPARE(r.object().value(QStringLiteral("statusCode")).toInt(), status);
            QCOMPARE(message(r), expected);
            if (status == 400)
                QCOMPARE(r.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_body"));
        }
        QVERIFY(h.store().organization(org)->members.empty());
    }

    void tenIdsAreAcceptedAndOtherKeysIgnored()
    {
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        QStringList ids;
        for (int i = 0; i < 10; ++i)
            ids.append(addUser(h.store(), QStringLiteral("auth0|u%1").arg(i)));
        QJsonObject body{{QStringLiteral("members"), QJsonArray::fromStringList(ids)},
                         {QStringLiteral("note"), QStringLiteral("the members schema allows extra keys")}};
        QCOMPARE(h.call("POST", membersPath(org), body).status, 204);
        QCOMPARE(h.store().organization(org)->members.size(), size_t(10));
    }

    void unknownUserIs400AndNobodyIsAdded()
    {
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), QStringLiteral("auth0|a"));
        const auto r
            = h.call("POST", membersPath(org),
                     idsBody({QStringLiteral("auth0|a"), QStringLiteral("auth0|ghost"), QStringLiteral("auth0|gone")}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_body"));
        QCOMPARE(message(r),
                 QStringLiteral("One or more of the specified users do not exist: auth0|ghost, auth0|gone"));
        QVERIFY(h.store().organization(org)->members.empty());
    }

    void addingAMemberAgainKeepsJoinTimeAndRoles()
    {
        ServiceHarness h;
        qint64 now = 5000;
        h.store().setClock([&now] { return now; });
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), QStringLiteral("auth0|a"));
        const QString role = addRole(h.store(), QStringLiteral("reader"));
        QCOMPARE(h.call("POST", membersPath(org), idsBody({QStringLiteral("auth0|a")})).status, 204);
        *h.store().organization(org)->memberRoles(QStringLiteral("auth0|a")) = QStringList{role};
        now = 9000;
        QCOMPARE(
            h.call("POST", membersPath(org), idsBody({QStringLiteral("auth0|a"), QStringLiteral("auth0|a")})).status,
            204);
        const Sandbox::Organization *stored = h.store().organization(org);
        QCOMPARE(stored->members.size(), size_t(1));
        QCOMPARE(stored->joinedAt.value(QStringLiteral("auth0|a")), qint64(5000));
        QCOMPARE(stored->members.begin()->second, QStringList{role});
    }

    void deleteTakesABodyAndDropsRoles()
    {
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addMembers(h.store(), org, 3);
        const QString role = addRole(h.store(), QStringLiteral("reader"));
        *h.store().organization(org)->memberRoles(QStringLiteral("auth0|u00001")) = QStringList{role};

        const auto r = h.call("DELETE", membersPath(org),
                              idsBody({QStringLiteral("auth0|u00001"), QStringLiteral("auth0|not-a-member")}));
        QCOMPARE(r.status, 204);
        const Sandbox::Organization *stored = h.store().organization(org);
        QCOMPARE(stored->members.size(), size_t(2));
        QVERIFY(!stored->isMember(QStringLiteral("auth0|u00001")));
        QVERIFY(h.store().users().contains(QStringLiteral("auth0|u00001"))); // the user stays in the tenant

        // Rejoining starts without the old roles.
        QCOMPARE(h.call("POST", membersPath(org), idsBody({QStringLiteral("auth0|u00001")})).status, 204);
        QVERIFY(h.store().organization(org)->memberRoles(QStringLiteral("auth0|u00001"))->isEmpty());
    }

    void emptyListAfterDeleteIsTheRecordedEnvelope()
    {
        // TestOrganizationManager_DeleteMembers: {"members":[],"start":0,"limit":50,"total":0}
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), QStringLiteral("auth0|a"));
        QCOMPARE(h.call("POST", membersPath(org), idsBody({QStringLiteral("auth0|a")})).status, 204);
        QCOMPARE(h.call("DELETE", membersPath(org), idsBody({QStringLiteral("auth0|a")})).status, 204);
        const auto r = h.call("GET", membersPath(org, QStringLiteral("include_totals=true&per_page=50")));
        QCOMPARE(r.body, QByteArray("{\"members\":[],\"start\":0,\"limit\":50,\"total\":0}"));
    }

    void unknownOrganizationIs404()
    {
        ServiceHarness h;
        addUser(h.store(), QStringLiteral("auth0|a"));
        const QString path = membersPath(QStringLiteral("org_doesnotexist00"));
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST"), QByteArray("DELETE")}) {
            const auto r = h.call(method, path, method == "GET" ? QByteArray() : idsBody({QStringLiteral("auth0|a")}));
            QCOMPARE(r.status, 404);
            QCOMPARE(message(r), QStringLiteral("No organization found by that id or name"));
            QVERIFY(!r.object().contains(QStringLiteral("errorCode")));
        }
    }

    void fieldsSelectColumns_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("user_id only") << QStringLiteral("fields=user_id&include_fields=true")
                                      << QStringList{QStringLiteral("user_id")};
        QTest::newRow("include defaults to true")
            << QStringLiteral("fields=email,name") << QStringList{QStringLiteral("email"), QStringLiteral("name")};
        QTest::newRow("exclude") << QStringLiteral("fields=email,name&include_fields=false")
                                 << QStringList{QStringLiteral("picture"), QStringLiteral("user_id")};
        QTest::newRow("excluding roles needs no roles scope")
            << QStringLiteral("fields=roles&include_fields=false")
            << QStringList{QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("picture"),
                           QStringLiteral("user_id")};
        QTest::newRow("encoded comma") << QStringLiteral("fields=user_id%2Cpicture&include_fields=true")
                                       << QStringList{QStringLiteral("picture"), QStringLiteral("user_id")};
    }

    void fieldsSelectColumns()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, keys);
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addMembers(h.store(), org, 2);
        // Only the base read scope: none of these rows asks for roles.
        const QByteArray token = h.tokenWith({QStringLiteral("read:organization_members")});
        const auto r = h.call("GET", membersPath(org, query), QByteArray(), token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 2);
        for (const QJsonValue &row : r.array())
            QCOMPARE(row.toObject().keys(), keys);
    }

    void rolesInlineMatchTheRecording()
    {
        // TestOrganizationManager_Members: fields=user_id,roles → roles as {id, name} only.
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), QStringLiteral("auth0|63d16bb11e39d8a43b8ed0f5"));
        const QString role = addRole(h.store(), QStringLiteral("test-role403"));
        QCOMPARE(h.call("POST", membersPath(org), idsBody({QStringLiteral("auth0|63d16bb11e39d8a43b8ed0f5")})).status,
                 204);
        *h.store().organization(org)->memberRoles(QStringLiteral("auth0|63d16bb11e39d8a43b8ed0f5")) = QStringList{role};
        const auto r = h.call(
            "GET",
            membersPath(org,
                        QStringLiteral("fields=user_id%2Croles&include_fields=true&include_totals=true&per_page=50")));
        QCOMPARE(r.status, 200);
        // Byte for byte as recorded, key order included; only the role id is ours.
        const QByteArray expected
            = "{\"members\":[{\"user_id\":\"auth0|63d16bb11e39d8a43b8ed0f5\",\"roles\":[{\"id\":\"" + role.toLatin1()
            + "\",\"name\":\"test-role403\"}]}],\"start\":0,\"limit\":50,"
              "\"total\":1}";
        QCOMPARE(r.body, expected);

        // Members without roles get an empty list when roles are asked for.
        addUser(h.store(), QStringLiteral("auth0|b"));
        QCOMPARE(h.call("POST", membersPath(org), idsBody({QStringLiteral("auth0|b")})).status, 204);
        const auto all = h.call("GET", membersPath(org, QStringLiteral("fields=user_id,email,picture,name,roles")));
        QCOMPARE(all.array().size(), 2);
        for (const QJsonValue &row : all.array()) {
            QCOMPARE(row.toObject().size(), 5);
            QVERIFY(row.toObject().value(QStringLiteral("roles")).isArray());
        }
    }

    void rolesInlineNeedTheRolesScope()
    {
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addMembers(h.store(), org, 1);
        const QByteArray membersOnly = h.tokenWith({QStringLiteral("read:organization_members")});
        for (const QString &query :
             {QStringLiteral("fields=roles"), QStringLiteral("fields=user_id,roles&include_fields=true"),
              QStringLiteral("fields=roles&take=10")}) {
            const auto r = h.call("GET", membersPath(org, query), QByteArray(), membersOnly);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.body,
                     QByteArray("{\"error\":\"Forbidden\",\"errorCode\":\"insufficient_scope\",\"message\":"
                                "\"Insufficient scope, expected any of: read:organization_member_roles\","
                                "\"statusCode\":403}"));
        }
        const QByteArray both = h.tokenWith(
            {QStringLiteral("read:organization_members"), QStringLiteral("read:organization_member_roles")});
        QCOMPARE(h.call("GET", membersPath(org, QStringLiteral("fields=roles")), QByteArray(), both).status, 200);
        // The roles scope alone does not open the route.
        const QByteArray rolesOnly = h.tokenWith({QStringLiteral("read:organization_member_roles")});
        QCOMPARE(h.call("GET", membersPath(org, QStringLiteral("fields=roles")), QByteArray(), rolesOnly).status, 403);
    }

    void eachRouteNeedsItsScope_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("scope");
        QTest::newRow("GET") << QByteArray("GET") << QStringLiteral("read:organization_members");
        QTest::newRow("POST") << QByteArray("POST") << QStringLiteral("create:organization_members");
        QTest::newRow("DELETE") << QByteArray("DELETE") << QStringLiteral("delete:organization_members");
    }

    void eachRouteNeedsItsScope()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, scope);
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), QStringLiteral("auth0|a"));
        const QByteArray body = method == "GET" ? QByteArray() : idsBody({QStringLiteral("auth0|a")});
        QStringList others = Sandbox::SandboxOptions::allScopes();
        others.removeAll(scope);
        const auto denied = h.call(method, membersPath(org), body, h.tokenWith(others));
        QCOMPARE(denied.status, 403);
        QCOMPARE(message(denied), QString(QStringLiteral("Insufficient scope, expected any of: ") + scope));
        QVERIFY(h.store().organization(org)->members.empty());
        const auto allowed = h.call(method, membersPath(org), body, h.tokenWith({scope}));
        QCOMPARE(allowed.status, method == "GET" ? 200 : 204);
    }
};

QTEST_GUILESS_MAIN(TestSandboxMembers)
#include "tst_sandbox_members.moc"
