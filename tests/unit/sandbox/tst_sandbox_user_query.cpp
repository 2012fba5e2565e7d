// UserQuery: the Lucene subset of Auth0's user search the sandbox answers.
#include "UserQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using Sandbox::UserQuery;

namespace {
QList<QJsonObject> users()
{
    const char *json[] = {
        "{\"user_id\":\"auth0|100\",\"email\":\"Jane.Smith@Example.com\",\"name\":\"Jane Smith\","
        "\"nickname\":\"jane\",\"username\":\"JaneS\",\"given_name\":\"Jane\",\"family_name\":\"Smith\","
        "\"email_verified\":true,\"logins_count\":12,\"created_at\":\"2024-01-10T10:00:00.000Z\","
        "\"identities\":[{\"connection\":\"Username-Password-Authentication\",\"provider\":\"auth0\"}],"
        "\"app_metadata\":{\"plan\":\"gold\",\"tags\":[\"a\",\"b\"]}}",
        "{\"user_id\":\"auth0|200\",\"email\":\"john@example.org\",\"name\":\"John Smithers\","
        "\"nickname\":\"john\",\"username\":\"johnny\",\"email_verified\":false,\"logins_count\":3,"
        "\"created_at\":\"2024-03-01T10:00:00.000Z\","
        "\"identities\":[{\"connection\":\"Username-Password-Authentication\",\"provider\":\"auth0\"}],"
        "\"app_metadata\":{\"plan\":\"silver\"}}",
        "{\"user_id\":\"samlp|corp|300\",\"email\":\"ann@corp.test\",\"name\":\"Ann Lee\",\"nickname\":\"ann\","
        "\"logins_count\":0,\"created_at\":\"2023-06-01T10:00:00.000Z\","
        "\"identities\":[{\"connection\":\"corp-saml\",\"provider\":\"samlp\"}]}",
    };
    QList<QJsonObject> out;
    for (const char *text : json)
        out.append(QJsonDocument::fromJson(QByteArray(text)).object());
    return out;
}

bool inAcme(const QString &userId, const QString &orgId)
{
    return orgId == QLatin1String("org_acme") && userId == QLatin1String("auth0|200");
}
} // namespace

class TestUserQuery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // nicknames, in user order
        const QStringList all { QStringLiteral("jane"), QStringLiteral("john"), QStringLiteral("ann") };
        QTest::newRow("empty") << QString() << all;
        QTest::newRow("match all") << QStringLiteral("*:*") << all;
        QTest::newRow("email quoted, any case")
            << QStringLiteral("email:\"jane.smith@example.com\"") << QStringList { QStringLiteral("jane") };
        QTest::newRow("email bare") << QStringLiteral("email:john@example.org")
                                    << QStringList { QStringLiteral("john") };
        QTest::newRow("username is case-sensitive") << QStringLiteral("username:janes") << QStringList {};
        QTest::newRow("username exact") << QStringLiteral("username:\"JaneS\"")
                                        << QStringList { QStringLiteral("jane") };
        QTest::newRow("name exact phrase")
            << QStringLiteral("name:\"john smithers\"") << QStringList { QStringLiteral("john") };
        QTest::newRow("name needs the whole value") << QStringLiteral("name:john") << QStringList {};
        QTest::newRow("prefix") << QStringLiteral("name:j*")
                                << QStringList { QStringLiteral("jane"), QStringLiteral("john") };
        QTest::newRow("prefix is case-insensitive on name")
            << QStringLiteral("name:JOHN*") << QStringList { QStringLiteral("john") };
        QTest::newRow("suffix of three") << QStringLiteral("email:*.org") << QStringList { QStringLiteral("john") };
        QTest::newRow("single-char wildcard")
            << QStringLiteral("nickname:j?ne") << QStringList { QStringLiteral("jane") };
        QTest::newRow("user_id with pipe")
            << QStringLiteral("user_id:\"auth0|200\"") << QStringList { QStringLiteral("john") };
        QTest::newRow("AND") << QStringLiteral("name:j* AND email_verified:true")
                             << QStringList { QStringLiteral("jane") };
        QTest::newRow("OR") << QStringLiteral("nickname:ann OR nickname:john")
                            << QStringList { QStringLiteral("john"), QStringLiteral("ann") };
        QTest::newRow("implicit OR") << QStringLiteral("nickname:ann nickname:john")
                                     << QStringList { QStringLiteral("john"), QStringLiteral("ann") };
        QTest::newRow("NOT") << QStringLiteral("NOT nickname:ann")
                             << QStringList { QStringLiteral("jane"), QStringLiteral("john") };
        QTest::newRow("minus") << QStringLiteral("name:j* -nickname:jane") << QStringList { QStringLiteral("john") };
        QTest::newRow("required beats optional")
            << QStringLiteral("+nickname:ann nickname:john") << QStringList { QStringLiteral("ann") };
        QTest::newRow("prohibited only, in a group")
            << QStringLiteral("(NOT nickname:ann) AND email_verified:true") << QStringList { QStringLiteral("jane") };
        QTest::newRow("OR NOT still prohibits")
            << QStringLiteral("nickname:jane OR NOT nickname:john") << QStringList { QStringLiteral("jane") };
        QTest::newRow("parentheses") << QStringLiteral("(nickname:ann OR nickname:jane) AND logins_count:[1 TO *]")
                                     << QStringList { QStringLiteral("jane") };
        QTest::newRow("numeric range") << QStringLiteral("logins_count:[3 TO 12]")
                                       << QStringList { QStringLiteral("jane"), QStringLiteral("john") };
        QTest::newRow("exclusive range") << QStringLiteral("logins_count:{3 TO 12}") << QStringList {};
        QTest::newRow("date range") << QStringLiteral("created_at:[2024-01-01 TO 2024-12-31]")
                                    << QStringList { QStringLiteral("jane"), QStringLiteral("john") };
        QTest::newRow("identities.connection")
            << QStringLiteral("identities.connection:\"corp-saml\"") << QStringList { QStringLiteral("ann") };
        QTest::newRow("email.domain") << QStringLiteral("email.domain:\"example.com\"")
                                      << QStringList { QStringLiteral("jane") };
        QTest::newRow("metadata") << QStringLiteral("app_metadata.plan:gold") << QStringList { QStringLiteral("jane") };
        QTest::newRow("metadata array") << QStringLiteral("app_metadata.tags:b")
                                        << QStringList { QStringLiteral("jane") };
        QTest::newRow("metadata is case-sensitive") << QStringLiteral("app_metadata.plan:GOLD") << QStringList {};
        QTest::newRow("exists") << QStringLiteral("_exists_:app_metadata.plan")
                                << QStringList { QStringLiteral("jane"), QStringLiteral("john") };
        QTest::newRow("field star") << QStringLiteral("username:*")
                                    << QStringList { QStringLiteral("jane"), QStringLiteral("john") };
        QTest::newRow("organization") << QStringLiteral("organization_id:\"org_acme\"")
                                      << QStringList { QStringLiteral("john") };
        QTest::newRow("organization and email") << QStringLiteral("organization_id:\"org_acme\" AND email:*example.org")
                                                << QStringList { QStringLiteral("john") };
        QTest::newRow("bare word in a name") << QStringLiteral("smith") << QStringList { QStringLiteral("jane") };
        QTest::newRow("bare prefix") << QStringLiteral("smith*")
                                     << QStringList { QStringLiteral("jane"), QStringLiteral("john") };
        QTest::newRow("bare term skips metadata") << QStringLiteral("gold") << QStringList {};
        QTest::newRow("escaped characters")
            << QStringLiteral("user_id:samlp\\|corp\\|300") << QStringList { QStringLiteral("ann") };
        QTest::newRow("ANDROID is a word, not AND")
            << QStringLiteral("nickname:ann ANDROID") << QStringList { QStringLiteral("ann") };
    }

    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        UserQuery q;
        QString error;
        QVERIFY2(q.parse(query, &error), qPrintable(error));
        QStringList got;
        for (const QJsonObject &user : users()) {
            if (q.matches(user, inAcme))
                got.append(user.value(QStringLiteral("nickname")).toString());
        }
        QCOMPARE(got, expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unterminated quote") << QStringLiteral("email:\"unterminated") << QStringLiteral("Unterminated");
        QTest::newRow("unbalanced (") << QStringLiteral("(nickname:ann") << QStringLiteral("closing parenthesis");
        QTest::newRow("unbalanced )") << QStringLiteral("nickname:ann)") << QStringLiteral("Unexpected ')'");
        QTest::newRow("dangling AND") << QStringLiteral("nickname:ann AND") << QStringLiteral("end of query");
        QTest::newRow("leading OR") << QStringLiteral("OR nickname:ann") << QStringLiteral("Unexpected operator");
        QTest::newRow("missing value") << QStringLiteral("email: x") << QStringLiteral("Missing value for field email");
        QTest::newRow("short suffix") << QStringLiteral("name:*sa") << QStringLiteral("at least 3");
        QTest::newRow("bad range") << QStringLiteral("logins_count:[1 5]") << QStringLiteral("[low TO high]");
        QTest::newRow("open range") << QStringLiteral("logins_count:[1 TO 5") << QStringLiteral("Unterminated range");
        QTest::newRow("field group") << QStringLiteral("name:(a OR b)") << QStringLiteral("not supported");
    }

    void rejects()
    {
        QFETCH(QString, query);
        QFETCH(QString, messagePart);
        UserQuery q;
        QString error;
        QVERIFY(!q.parse(query, &error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }

    void fieldValuesWalkArraysAndScalars()
    {
        const QJsonObject user = users().first();
        QCOMPARE(UserQuery::fieldValues(user, QStringLiteral("logins_count")), QStringList { QStringLiteral("12") });
        QCOMPARE(UserQuery::fieldValues(user, QStringLiteral("email_verified")),
                 QStringList { QStringLiteral("true") });
        QCOMPARE(UserQuery::fieldValues(user, QStringLiteral("app_metadata.tags")),
                 (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(UserQuery::fieldValues(user, QStringLiteral("identities.provider")),
                 QStringList { QStringLiteral("auth0") });
        QVERIFY(UserQuery::fieldValues(user, QStringLiteral("app_metadata")).isEmpty()); // objects are not values
        QVERIFY(UserQuery::fieldValues(user, QStringLiteral("nope.deeper")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUserQuery)
#include "tst_sandbox_user_query.moc"
