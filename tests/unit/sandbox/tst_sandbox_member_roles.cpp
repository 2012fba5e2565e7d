// The sandbox's /organizations/{id}/members/{user_id}/roles endpoints:
// listing, assigning and removing a member's roles in one organization.
#include "SandboxFixture.h"
#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using Sandbox::TenantStore;

namespace {

QString addOrg(TenantStore &store, const QString &name)
{
    Sandbox::Organization org;
    org.id = store.newId(QStringLiteral("org_"));
    org.name = name;
    return store.addOrganization(std::move(org)).id;
}

QString addUser(TenantStore &store, const QString &userId)
{
    store.users().insert(QJsonObject{{QStringLiteral("user_id"), userId},
                                     {QStringLiteral("email"), QStringLiteral("chuck@example.com")},
                                     {QStringLiteral("name"), QStringLiteral("chuck@example.com")},
                                     {QStringLiteral("picture"), QStringLiteral("https://example-picture-url.jpg")}});
    return userId;
}

QString addRole(TenantStore &store, const QString &name, const QJsonValue &description = QStringLiteral("Test Role"))
{
    const QString id = store.newId(QStringLiteral("rol_"));
    QJsonObject role{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
    if (!description.isUndefined())
        role.insert(QStringLiteral("description"), description);
    store.roles().insert(role);
    return id;
}

QString rolesPath(const QString &orgId, const QString &userId, const QString &query = {})
{
    return QStringLiteral("/api/v2/organizations/") + orgId + QStringLiteral("/members/")
        + QString::fromLatin1(QUrl::toPercentEncoding(userId)) + QStringLiteral("/roles")
        + (query.isEmpty() ? QString() : QString(QLatin1Char('?') + query));
}

QByteArray rolesBody(const QStringList &ids)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("roles"), QJsonArray::fromStringList(ids)}})
        .toJson(QJsonDocument::Compact);
}

QString message(const SandboxResponse &r)
{
    return r.object().value(QStringLiteral("message")).toString();
}

const QString kUser = QStringLiteral("auth0|63d16bb22b2c1a2ae38bad61");

} // namespace

class TestSandboxMemberRoles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recordedAssignListRemove()
    {
        // TestOrganizationManager_MemberRoles.
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("test-organization738"));
        addUser(h.store(), kUser);
        const QString role = addRole(h.store(), QStringLiteral("test-role403"));
        h.store().organization(org)->addMember(kUser, 1);

        const auto assigned = h.call("POST", rolesPath(org, kUser), rolesBody({role}));
        QCOMPARE(assigned.status, 204);
        QVERIFY(assigned.body.isEmpty());
        QCOMPARE(*h.store().organization(org)->memberRoles(kUser), QStringList{role});

        const auto listed = h.call("GET", rolesPath(org, kUser, QStringLiteral("include_totals=true&per_page=50")));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.body,
                 QByteArray("{\"limit\":50,\"roles\":[{\"description\":\"Test Role\",\"id\":\"") + role.toLatin1()
                     + QByteArray("\",\"name\":\"test-role403\"}],\"start\":0,\"total\":1}"));

        QCOMPARE(h.call("DELETE", rolesPath(org, kUser), rolesBody({role})).status, 204);
        QCOMPARE(h.call("GET", rolesPath(org, kUser, QStringLiteral("include_totals=true&per_page=50"))).body,
                 QByteArray("{\"limit\":50,\"roles\":[],\"start\":0,\"total\":0}"));
        QVERIFY(h.store().organization(org)->isMember(kUser)); // removing roles keeps the membership
    }

    void roleWithoutDescriptionListsAnEmptyOne()
    {
        // TestAccOrganizationMemberRoles: created without a description, listed with "".
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), kUser);
        const QString reader = addRole(h.store(), QStringLiteral("Test Reader"), QJsonValue::Undefined);
        const QString writer = addRole(h.store(), QStringLiteral("Test Writer"), QJsonValue::Null);
        h.store().organization(org)->addMember(kUser, 1);
        QCOMPARE(h.call("POST", rolesPath(org, kUser), rolesBody({reader})).status, 204);
        QCOMPARE(h.call("POST", rolesPath(org, kUser), rolesBody({writer})).status, 204);
        const QJsonArray roles = h.call("GET", rolesPath(org, kUser, QStringLiteral("page=0&per_page=100"))).array();
        QCOMPARE(roles.size(), 2);
        // Listed in the order they were assigned.
        QCOMPARE(roles.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("id"), reader},
                              {QStringLiteral("name"), QStringLiteral("Test Reader")},
                              {QStringLiteral("description"), QString()}}));
        QCOMPARE(roles.at(1).toObject().value(QStringLiteral("id")).toString(), writer);
        QCOMPARE(roles.at(1).toObject().value(QStringLiteral("description")), QJsonValue(QString()));
    }

    void assigningIsIdempotentAndPerOrganization()
    {
        ServiceHarness h;
        const QString acme = addOrg(h.store(), QStringLiteral("acme"));
        const QString globex = addOrg(h.store(), QStringLiteral("globex"));
        addUser(h.store(), kUser);
        const QString a = addRole(h.store(), QStringLiteral("a"));
        const QString b = addRole(h.store(), QStringLiteral("b"));
        h.store().organization(acme)->addMember(kUser, 1);
        h.store().organization(globex)->addMember(kUser, 1);
        QCOMPARE(h.call("POST", rolesPath(acme, kUser), rolesBody({a, b, a})).status, 204);
        QCOMPARE(h.call("POST", rolesPath(acme, kUser), rolesBody({b})).status, 204);
        QCOMPARE(*h.store().organization(acme)->memberRoles(kUser), (QStringList{a, b}));
        QVERIFY(h.store().organization(globex)->memberRoles(kUser)->isEmpty());
        QCOMPARE(h.call("GET", rolesPath(globex, kUser)).array().size(), 0);
    }

    void fiftyRolesPerMember()
    {
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), kUser);
        h.store().organization(org)->addMember(kUser, 1);
        QStringList roles;
        for (int i = 0; i < 52; ++i)
            roles.append(addRole(h.store(), QStringLiteral("role-%1").arg(i)));

        QCOMPARE(h.call("POST", rolesPath(org, kUser), rolesBody(roles.mid(0, 49))).status, 204);
        // 49 held + 2 new = 51: refused as a whole.
        const auto over = h.call("POST", rolesPath(org, kUser), rolesBody(roles.mid(49, 2)));
        QCOMPARE(over.status, 409);
        QCOMPARE(over.body,
                 QByteArray("{\"error\":\"Conflict\",\"message\":\"No more roles can be assigned to this "
                            "organization member.\",\"statusCode\":409}"));
        QCOMPARE(h.store().organization(org)->memberRoles(kUser)->size(), 49);
        // Exactly 50 is fine, and re-assigning a held role at the cap changes nothing.
        QCOMPARE(h.call("POST", rolesPath(org, kUser), rolesBody({roles.at(49), roles.at(0)})).status, 204);
        QCOMPARE(h.store().organization(org)->memberRoles(kUser)->size(), 50);
        QCOMPARE(h.call("POST", rolesPath(org, kUser), rolesBody({roles.at(3)})).status, 204);
        QCOMPARE(h.call("POST", rolesPath(org, kUser), rolesBody({roles.at(51)})).status, 409);
        // Fifty-one in one request for a fresh member is refused too.
        const QString other = addUser(h.store(), QStringLiteral("auth0|other"));
        QCOMPARE(h.call("POST", rolesPath(org, other), rolesBody(roles.mid(0, 51))).status, 409);
        QVERIFY(!h.store().organization(org)->isMember(other));

        // Paging over the fifty.
        const auto page
            = h.call("GET", rolesPath(org, kUser, QStringLiteral("page=2&per_page=20&include_totals=true")));
        QCOMPARE(page.object().value(QStringLiteral("roles")).toArray().size(), 10);
        QCOMPARE(page.object().value(QStringLiteral("total")).toInt(), 50);
        QCOMPARE(page.object().value(QStringLiteral("start")).toInt(), 40);
        QCOMPARE(page.object().value(QStringLiteral("limit")).toInt(), 20);
    }

    void unknownRolesAre400AndNothingChanges()
    {
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), kUser);
        h.store().organization(org)->addMember(kUser, 1);
        const QString real = addRole(h.store(), QStringLiteral("real"));
        const auto r
            = h.call("POST", rolesPath(org, kUser),
                     rolesBody({real, QStringLiteral("rol_0000000000000001"), QStringLiteral("rol_0000000000000002")}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_body"));
        QCOMPARE(message(r),
                 QStringLiteral("One or more of the specified roles do not exist: rol_0000000000000001, "
                                "rol_0000000000000002"));
        QVERIFY(h.store().organization(org)->memberRoles(kUser)->isEmpty());
    }

    void assigningToANonMemberMakesThemAMember()
    {
        // TestOrganizationManager_Members assigns the role before adding the member; both answer 204
        // and the member then lists the role.
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("test-organization102"));
        addUser(h.store(), kUser);
        const QString role = addRole(h.store(), QStringLiteral("test-role403"));
        QCOMPARE(h.call("GET", rolesPath(org, kUser)).body, QByteArray("[]"));
        QCOMPARE(h.call("POST", rolesPath(org, kUser), rolesBody({role})).status, 204);
        QCOMPARE(h.call("POST", QStringLiteral("/api/v2/organizations/") + org + QStringLiteral("/members"),
                        QJsonObject{{QStringLiteral("members"), QJsonArray{kUser}}})
                     .status,
                 204);
        const auto members = h.call("GET",
                                    QStringLiteral("/api/v2/organizations/") + org
                                        + QStringLiteral("/members?fields=user_id%2Croles&include_fields=true"));
        QCOMPARE(members.array().size(), 1);
        QCOMPARE(members.array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("roles"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id")),
                 QJsonValue(role));
    }

    void unknownUserIs404()
    {
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        const QString role = addRole(h.store(), QStringLiteral("r"));
        const auto r = h.call("POST", rolesPath(org, QStringLiteral("auth0|ghost")), rolesBody({role}));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body,
                 QByteArray("{\"error\":\"Not Found\",\"errorCode\":\"inexistent_user\",\"message\":"
                            "\"The user does not exist.\",\"statusCode\":404}"));
        QVERIFY(h.store().organization(org)->members.empty());
    }

    void removingWhatIsNotHeldIsANoOp()
    {
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), kUser);
        const QString a = addRole(h.store(), QStringLiteral("a"));
        const QString b = addRole(h.store(), QStringLiteral("b"));
        h.store().organization(org)->addMember(kUser, 1);
        *h.store().organization(org)->memberRoles(kUser) = QStringList{a, b};
        QCOMPARE(h.call("DELETE", rolesPath(org, kUser), rolesBody({QStringLiteral("rol_unknown"), b})).status, 204);
        QCOMPARE(*h.store().organization(org)->memberRoles(kUser), QStringList{a});
        QCOMPARE(h.call("DELETE", rolesPath(org, QStringLiteral("auth0|stranger")), rolesBody({a})).status, 204);
        QVERIFY(!h.store().organization(org)->isMember(QStringLiteral("auth0|stranger")));
    }

    void badBodiesAre400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QByteArray("{\"roles\":")
                                   << QStringLiteral("Invalid request payload JSON format");
        QTest::newRow("missing") << QByteArray("{}")
                                 << QStringLiteral("Payload validation error: 'Missing required property: roles'.");
        QTest::newRow("object") << QByteArray("{\"roles\":{}}")
                                << QStringLiteral("Payload validation error: 'Expected type array but found type "
                                                  "object' on property roles.");
        QTest::newRow("boolean item") << QByteArray("{\"roles\":[true]}")
                                      << QStringLiteral("Payload validation error: 'Expected type string but found "
                                                        "type boolean' on property roles[0].");
        QTest::newRow("empty") << QByteArray("{\"roles\":[]}")
                               << QStringLiteral("Payload validation error: 'Array is too short (0), minimum 1' on "
                                                 "property roles.");
        QTest::newRow("extra key") << QByteArray("{\"roles\":[\"rol_1\"],\"members\":[]}")
                                   << QStringLiteral("Payload validation error: 'Additional properties not allowed: "
                                                     "members'.");
        QTest::newRow("string body") << QByteArray("\"rol_1\"")
                                     << QStringLiteral("Invalid request payload JSON format");
    }

    void badBodiesAre400()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), kUser);
        for (const QByteArray &method : {QByteArray("POST"), QByteArray("DELETE")}) {
            const auto r = h.call(method, rolesPath(org, kUser), body);
            QCOMPARE(r.status, 400);
            QCOMPARE(message(r), expected);
        }
        QVERIFY(h.store().organization(org)->members.empty());
    }

    void unknownOrganizationIs404()
    {
        ServiceHarness h;
        addUser(h.store(), kUser);
        const QString role = addRole(h.store(), QStringLiteral("r"));
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST"), QByteArray("DELETE")}) {
            const auto r = h.call(method, rolesPath(QStringLiteral("org_nope"), kUser),
                                  method == "GET" ? QByteArray() : rolesBody({role}));
            QCOMPARE(r.status, 404);
            QCOMPARE(message(r), QStringLiteral("No organization found by that id or name"));
        }
    }

    void listPagingLimits_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("record 1000") << QStringLiteral("page=999&per_page=1") << 200;
        QTest::newRow("record 1001") << QStringLiteral("page=1000&per_page=1") << 400;
        QTest::newRow("page 10 of 100") << QStringLiteral("page=10&per_page=100") << 400;
        QTest::newRow("huge page") << QStringLiteral("page=2147483647") << 400;
        QTest::newRow("per_page 101") << QStringLiteral("per_page=101") << 400;
        QTest::newRow("take is not paging here") << QStringLiteral("take=5") << 200;
    }

    void listPagingLimits()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), kUser);
        h.store().organization(org)->addMember(kUser, 1);
        const auto r = h.call("GET", rolesPath(org, kUser, query));
        QCOMPARE(r.status, status);
        if (status == 200)
            QVERIFY(r.json.isArray());
    }

    void eachRouteNeedsItsScope_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("scope");
        QTest::newRow("GET") << QByteArray("GET") << QStringLiteral("read:organization_member_roles");
        QTest::newRow("POST") << QByteArray("POST") << QStringLiteral("create:organization_member_roles");
        QTest::newRow("DELETE") << QByteArray("DELETE") << QStringLiteral("delete:organization_member_roles");
    }

    void eachRouteNeedsItsScope()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, scope);
        ServiceHarness h;
        const QString org = addOrg(h.store(), QStringLiteral("acme"));
        addUser(h.store(), kUser);
        const QString role = addRole(h.store(), QStringLiteral("r"));
        h.store().organization(org)->addMember(kUser, 1);
        const QByteArray body = method == "GET" ? QByteArray() : rolesBody({role});
        QStringList others = Sandbox::SandboxOptions::allScopes();
        others.removeAll(scope);
        const auto denied = h.call(method, rolesPath(org, kUser), body, h.tokenWith(others));
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("insufficient_scope"));
        QCOMPARE(message(denied), QString(QStringLiteral("Insufficient scope, expected any of: ") + scope));
        QCOMPARE(h.call(method, rolesPath(org, kUser), body, h.tokenWith({scope})).status, method == "GET" ? 200 : 204);
    }

    void percentEncodedUserIdOverHttp()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        QString org;
        QString role;
        sandbox.thread().runOnServer([&](Sandbox::SandboxServer &server) {
            TenantStore &store = server.service().store();
            org = addOrg(store, QStringLiteral("acme"));
            addUser(store, kUser);
            role = addRole(store, QStringLiteral("test-role403"));
            store.organization(org)->addMember(kUser, 1);
        });
        // The client sends auth0%7C…, as go-auth0 and the Terraform provider do.
        const QString path = QStringLiteral("/api/v2/organizations/") + org
            + QStringLiteral("/members/auth0%7C63d16bb22b2c1a2ae38bad61/roles");
        QCOMPARE(sandbox.call("POST", path, QJsonObject{{QStringLiteral("roles"), QJsonArray{role}}}).status, 204);
        const auto listed = sandbox.call("GET", path + QStringLiteral("?include_totals=true&page=0&per_page=100"));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(listed.object().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(listed.object().value(QStringLiteral("roles")).toArray().at(0).toObject().value(QStringLiteral("id")),
                 QJsonValue(role));

        // Members with roles inline, checkpoint-paged, over the same socket.
        const auto members = sandbox.call("GET",
                                          QStringLiteral("/api/v2/organizations/") + org
                                              + QStringLiteral("/members?fields=user_id,roles&take=100"));
        QCOMPARE(members.status, 200);
        const QJsonObject row = members.object().value(QStringLiteral("members")).toArray().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("user_id")).toString(), kUser);
        QCOMPARE(row.value(QStringLiteral("roles")).toArray().size(), 1);
        QVERIFY(!members.object().value(QStringLiteral("next")).toString().isEmpty());

        // DELETE with a body, then the list is empty again.
        QCOMPARE(sandbox.call("DELETE", path, QJsonObject{{QStringLiteral("roles"), QJsonArray{role}}}).status, 204);
        QCOMPARE(sandbox.call("GET", path).body, QByteArray("[]"));
        bool stillMember = false;
        sandbox.thread().runOnServer([&](Sandbox::SandboxServer &server) {
            stillMember = server.service().store().organization(org)->isMember(kUser);
        });
        QVERIFY(stillMember);
    }
};

QTEST_GUILESS_MAIN(TestSandboxMemberRoles)
#include "tst_sandbox_member_roles.moc"
