// The sandbox's /tenants/settings: read, update (merged as Auth0 merges it),
// the spec's update schema, scopes, and the default login route invitations use.
#include "SandboxFixture.h"
#include "TenantStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString kSettings = QStringLiteral("/api/v2/tenants/settings");
}

class TestSandboxTenantSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshTenantHasNoLoginRoute()
    {
        ServiceHarness h;
        const auto r = h.call("GET", kSettings);
        QCOMPARE(r.status, 200);
        const QJsonObject settings = r.object();
        QVERIFY(!settings.contains(QStringLiteral("default_redirection_uri")));
        QCOMPARE(settings.value(QStringLiteral("session_lifetime")), QJsonValue(168));
        QCOMPARE(settings.value(QStringLiteral("idle_session_lifetime")), QJsonValue(72));
        QVERIFY(settings.value(QStringLiteral("flags")).isObject());
        QVERIFY(settings.value(QStringLiteral("sandbox_versions_available")).isArray());
        QVERIFY(h.store().settings().defaultLoginRoute().isEmpty());
    }

    void patchSetsAndEchoesTheLoginRoute()
    {
        ServiceHarness h;
        const auto r = h.call(
            "PATCH", kSettings,
            QJsonObject { { QStringLiteral("default_redirection_uri"), QStringLiteral("https://mycompany.org/login") },
                          { QStringLiteral("friendly_name"), QStringLiteral("My Test Tenant") },
                          { QStringLiteral("session_lifetime"), 720 } });
        QCOMPARE(r.status, 200);
        const QJsonObject answer = r.object();
        QCOMPARE(answer.value(QStringLiteral("default_redirection_uri")).toString(),
                 QStringLiteral("https://mycompany.org/login"));
        QCOMPARE(answer.value(QStringLiteral("friendly_name")).toString(), QStringLiteral("My Test Tenant"));
        QCOMPARE(answer.value(QStringLiteral("session_lifetime")), QJsonValue(720));
        QCOMPARE(answer.value(QStringLiteral("idle_session_lifetime")), QJsonValue(72)); // untouched
        // As recorded: the PATCH answer lacks sandbox_versions_available, GET has it.
        QVERIFY(!answer.contains(QStringLiteral("sandbox_versions_available")));
        const QJsonObject read = h.call("GET", kSettings).object();
        QCOMPARE(read.value(QStringLiteral("default_redirection_uri")),
                 answer.value(QStringLiteral("default_redirection_uri")));
        QCOMPARE(h.store().settings().defaultLoginRoute(), QStringLiteral("https://mycompany.org/login"));

        // An empty string clears it (absolute-https-uri-or-empty).
        QCOMPARE(
            h.call("PATCH", kSettings, QJsonObject { { QStringLiteral("default_redirection_uri"), QString() } }).status,
            200);
        QVERIFY(h.store().settings().defaultLoginRoute().isEmpty());
    }

    void objectsMergeAndNullRemoves()
    {
        ServiceHarness h;
        const auto r = h.call(
            "PATCH", kSettings,
            QJsonObject { { QStringLiteral("flags"),
                            QJsonObject { { QStringLiteral("enable_sso"), false },
                                          { QStringLiteral("enable_public_signup_user_exists_error"), true } } },
                          { QStringLiteral("session_cookie"),
                            QJsonObject { { QStringLiteral("mode"), QStringLiteral("non-persistent") } } } });
        QCOMPARE(r.status, 200);
        const QJsonObject flags = r.object().value(QStringLiteral("flags")).toObject();
        QCOMPARE(flags.value(QStringLiteral("enable_sso")), QJsonValue(false));
        QCOMPARE(flags.value(QStringLiteral("enable_public_signup_user_exists_error")), QJsonValue(true));
        QCOMPARE(flags.value(QStringLiteral("disable_impersonation")), QJsonValue(true)); // kept
        QCOMPARE(r.object().value(QStringLiteral("session_cookie")).toObject().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("non-persistent"));

        const auto cleared
            = h.call("PATCH", kSettings,
                     QByteArray("{\"session_cookie\":null,\"allow_organization_name_in_authentication_api\":null}"));
        QCOMPARE(cleared.status, 200);
        QVERIFY(!cleared.object().contains(QStringLiteral("session_cookie")));
        QVERIFY(cleared.object().contains(QStringLiteral("flags")));
    }

    void fieldsFilterReads()
    {
        ServiceHarness h;
        h.store().settings().setDefaultLoginRoute(QStringLiteral("https://x.example/login"));
        const QJsonObject only
            = h.call("GET", kSettings + QStringLiteral("?fields=default_redirection_uri&include_fields=true")).object();
        QCOMPARE(only.keys(), QStringList { QStringLiteral("default_redirection_uri") });
        const QJsonObject without
            = h.call("GET", kSettings + QStringLiteral("?fields=flags&include_fields=false")).object();
        QVERIFY(!without.contains(QStringLiteral("flags")));
        QVERIFY(without.contains(QStringLiteral("default_redirection_uri")));
        QCOMPARE(h.call("GET", kSettings + QStringLiteral("?fields=secrets")).status, 400);
    }

    void updatesFollowTheSpec_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("http login route")
            << QByteArray("{\"default_redirection_uri\":\"http://mycompany.org/login\"}")
            << QStringLiteral("Payload validation error: 'Object didn't pass validation for format "
                              "absolute-https-uri-or-empty: http://mycompany.org/login' on property "
                              "default_redirection_uri.");
        QTest::newRow("relative login route")
            << QByteArray("{\"default_redirection_uri\":\"/login\"}")
            << QStringLiteral("Payload validation error: 'Object didn't pass validation for format "
                              "absolute-https-uri-or-empty: /login' on property default_redirection_uri.");
        QTest::newRow("login route not a string")
            << QByteArray("{\"default_redirection_uri\":5}")
            << QStringLiteral("Payload validation error: 'Expected type string but found type integer' on property "
                              "default_redirection_uri.");
        QTest::newRow("unknown key") << QByteArray("{\"universal_login\":{}}")
                                     << QStringLiteral("Payload validation error: 'Additional properties not "
                                                       "allowed: universal_login'.");
        QTest::newRow("read-only flag")
            << QByteArray("{\"flags\":{\"disable_impersonation\":false}}")
            << QStringLiteral("Payload validation error: 'Additional properties not allowed: disable_impersonation' "
                              "on property flags.");
        QTest::newRow("flag not boolean")
            << QByteArray("{\"flags\":{\"enable_sso\":\"yes\"}}")
            << QStringLiteral("Payload validation error: 'Expected type boolean but found type string' on property "
                              "flags.enable_sso.");
        QTest::newRow("session cookie without mode")
            << QByteArray("{\"session_cookie\":{}}")
            << QStringLiteral("Payload validation error: 'Missing required property: mode' on property "
                              "session_cookie.");
        QTest::newRow("bad cookie mode")
            << QByteArray("{\"session_cookie\":{\"mode\":\"forever\"}}")
            << QStringLiteral("Payload validation error: 'No enum match for: \"forever\"' on property "
                              "session_cookie.mode.");
        QTest::newRow("flags null") << QByteArray("{\"flags\":null}")
                                    << QStringLiteral("Payload validation error: 'Expected type object but found "
                                                      "type null' on property flags.");
        QTest::newRow("lifetime fraction")
            << QByteArray("{\"session_lifetime\":1.5}")
            << QStringLiteral("Payload validation error: 'Expected type integer but found type number' on property "
                              "session_lifetime.");
        QTest::newRow("long sandbox version")
            << QByteArray("{\"sandbox_version\":\"123456789\"}")
            << QStringLiteral("Payload validation error: 'String is too long (9 chars), maximum 8' on property "
                              "sandbox_version.");
        QTest::newRow("support email") << QByteArray("{\"support_email\":\"nobody\"}")
                                       << QStringLiteral("Payload validation error: 'Object didn't pass validation "
                                                         "for format email-or-empty: nobody' on property "
                                                         "support_email.");
        QTest::newRow("logout urls not strings")
            << QByteArray("{\"allowed_logout_urls\":[1]}")
            << QStringLiteral("Payload validation error: 'Expected type string but found type integer' on property "
                              "allowed_logout_urls[0].");
    }

    void updatesFollowTheSpec()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        ServiceHarness h;
        const QByteArray before = h.call("GET", kSettings).body;
        const auto r = h.call("PATCH", kSettings, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_body"));
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(), expected);
        QCOMPARE(h.call("GET", kSettings).body, before);
    }

    void scopes()
    {
        ServiceHarness h;
        const QByteArray readOnly = h.tokenWith({ QStringLiteral("read:tenant_settings") });
        QCOMPARE(h.call("GET", kSettings, {}, readOnly).status, 200);
        const auto denied = h.call("PATCH", kSettings, QByteArray("{}"), readOnly);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Insufficient scope, expected any of: update:tenant_settings"));
        const QByteArray writeOnly = h.tokenWith({ QStringLiteral("update:tenant_settings") });
        QCOMPARE(h.call("GET", kSettings, {}, writeOnly).status, 403);
        QCOMPARE(h.call("PATCH", kSettings, QByteArray("{}"), writeOnly).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTenantSettings)
#include "tst_sandbox_tenant_settings.moc"
