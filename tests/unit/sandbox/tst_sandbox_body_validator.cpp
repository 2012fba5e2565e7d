// BodyValidator's messages: worded like the Management API's validator, and
// naming a nested object once ("on property inviter.", not "inviter.inviter").
#include "BodyValidator.h"
#include "SandboxFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using Sandbox::BodyValidator;

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString messageOf(const BodyValidator &validator)
{
    return QJsonDocument::fromJson(validator.reply().body).object().value(QStringLiteral("message")).toString();
}
} // namespace

class TestSandboxBodyValidator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void messagesNameThePropertyOnce_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("top-level missing") << QString() << QByteArray("{}")
                                           << QStringLiteral("Payload validation error: 'Missing required property: "
                                                             "name'.");
        QTest::newRow("top-level extra") << QString() << QByteArray("{\"name\":\"a\",\"x\":1}")
                                         << QStringLiteral("Payload validation error: 'Additional properties not "
                                                           "allowed: x'.");
        QTest::newRow("nested missing") << QStringLiteral("inviter") << QByteArray("{}")
                                        << QStringLiteral("Payload validation error: 'Missing required property: "
                                                          "name' on property inviter.");
        QTest::newRow("nested extra") << QStringLiteral("inviter") << QByteArray("{\"name\":\"a\",\"email\":\"b\"}")
                                      << QStringLiteral("Payload validation error: 'Additional properties not "
                                                        "allowed: email' on property inviter.");
        QTest::newRow("nested member") << QStringLiteral("inviter") << QByteArray("{\"name\":\"\"}")
                                       << QStringLiteral("Payload validation error: 'String is too short (0 chars), "
                                                         "minimum 1' on property inviter.name.");
        QTest::newRow("two levels extra")
            << QStringLiteral("branding.colors") << QByteArray("{\"name\":\"x\",\"primary\":\"#fff\"}")
            << QStringLiteral("Payload validation error: 'Additional properties not allowed: primary' on property "
                              "branding.colors.");
    }

    void messagesNameThePropertyOnce()
    {
        QFETCH(QString, prefix);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        BodyValidator validator(QJsonDocument::fromJson(body).object(), prefix);
        validator.onlyKeys({ QStringLiteral("name") })
            .required(QStringLiteral("name"))
            .string(QStringLiteral("name"), 1, 0);
        QVERIFY(validator.failed());
        QCOMPARE(messageOf(validator), expected);
    }

    void failWithoutKeyNamesTheObject()
    {
        BodyValidator top(parse("{}"));
        top.fail(QStringLiteral("Too few properties defined (0), minimum 1"));
        QCOMPARE(messageOf(top),
                 QStringLiteral("Payload validation error: 'Too few properties defined (0), minimum 1'."));
        BodyValidator nested(parse("{}"), QStringLiteral("token_quota.client_credentials"));
        nested.fail(QStringLiteral("Too few properties defined (0), minimum 1"));
        QCOMPARE(messageOf(nested),
                 QStringLiteral("Payload validation error: 'Too few properties defined (0), minimum "
                                "1' on property token_quota.client_credentials."));
    }

    void handlersWordNestedProblemsOnce_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one colour") << QByteArray(
            "{\"name\":\"a\",\"branding\":{\"colors\":{\"primary\":\"#112233\"}}}")
                                    << QStringLiteral("Payload validation error: 'Missing required property: "
                                                      "page_background' on property branding.colors.");
        QTest::newRow("connection entry not an object")
            << QByteArray("{\"name\":\"a\",\"enabled_connections\":[\"con_x\"]}")
            << QStringLiteral("Payload validation error: 'Expected type object but found type string' on property "
                              "enabled_connections[0].");
        QTest::newRow("connection entry without id")
            << QByteArray("{\"name\":\"a\",\"enabled_connections\":[{\"show_as_button\":true}]}")
            << QStringLiteral("Payload validation error: 'Missing required property: connection_id' on property "
                              "enabled_connections[0].");
        QTest::newRow("empty client credentials quota")
            << QByteArray("{\"name\":\"a\",\"token_quota\":{\"client_credentials\":{}}}")
            << QStringLiteral("Payload validation error: 'Too few properties defined (0), minimum 1' on property "
                              "token_quota.client_credentials.");
    }

    void handlersWordNestedProblemsOnce()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        ServiceHarness h;
        const auto r = h.call("POST", QStringLiteral("/api/v2/organizations"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestSandboxBodyValidator)
#include "tst_sandbox_body_validator.moc"
