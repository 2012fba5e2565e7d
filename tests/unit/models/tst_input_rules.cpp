// The input rules refuse exactly what Auth0 refuses, with a sentence that says why.
#include "InputRules.h"

#include <QStandardPaths>
#include <QTest>

class TestInputRules final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void organizationNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("simple") << QStringLiteral("acme") << true;
        QTest::newRow("digits first") << QStringLiteral("42-corp_eu") << true;
        QTest::newRow("fifty") << QString(50, QLatin1Char('a')) << true;
        QTest::newRow("fifty-one") << QString(51, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("uppercase") << QStringLiteral("Acme") << false;
        QTest::newRow("space") << QStringLiteral("acme corp") << false;
        QTest::newRow("dot") << QStringLiteral("acme.eu") << false;
    }

    void organizationNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        const QString problem = InputRules::organizationName(name);
        QCOMPARE(problem.isEmpty(), ok);
        if (!ok)
            QVERIFY(problem.endsWith(QLatin1Char('.')));
    }

    void emails_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("jane@example.com") << true;
        QTest::newRow("plus") << QStringLiteral("jane+ops@sub.example.co.uk") << true;
        QTest::newRow("no at") << QStringLiteral("jane.example.com") << false;
        QTest::newRow("no domain dot") << QStringLiteral("jane@localhost") << false;
        QTest::newRow("space") << QStringLiteral("ja ne@example.com") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void emails()
    {
        QFETCH(QString, address);
        QFETCH(bool, ok);
        QCOMPARE(InputRules::email(address).isEmpty(), ok);
    }

    void brandingAndMetadata()
    {
        QVERIFY(InputRules::logoUrl(QString()).isEmpty());
        QVERIFY(InputRules::logoUrl(QStringLiteral("https://cdn.example.com/logo.png")).isEmpty());
        QVERIFY(!InputRules::logoUrl(QStringLiteral("http://cdn.example.com/logo.png")).isEmpty());
        QVERIFY(!InputRules::logoUrl(QStringLiteral("logo.png")).isEmpty());
        QVERIFY(InputRules::colour(QStringLiteral("#0a1B2c")).isEmpty());
        QVERIFY(InputRules::colour(QStringLiteral("#fff")).isEmpty());
        QVERIFY(!InputRules::colour(QStringLiteral("red")).isEmpty());
        QVERIFY(!InputRules::colour(QStringLiteral("#12345")).isEmpty());
        QVERIFY(InputRules::metadataValue(QString(255, QLatin1Char('v'))).isEmpty());
        QVERIFY(!InputRules::metadataValue(QString(256, QLatin1Char('v'))).isEmpty());
        QVERIFY(!InputRules::metadataKey(QStringLiteral("  ")).isEmpty());
        QVERIFY(InputRules::inviterName(QStringLiteral("Ops team")).isEmpty());
        QVERIFY(!InputRules::inviterName(QString(301, QLatin1Char('x'))).isEmpty());
    }

    void tenantDomains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("ok");
        QTest::newRow("regional") << QStringLiteral("acme.eu.auth0.com") << true;
        QTest::newRow("custom") << QStringLiteral("login.acme.com") << true;
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1:8080") << true;
        QTest::newRow("scheme") << QStringLiteral("https://acme.eu.auth0.com") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("acme eu.auth0.com") << false;
    }

    void tenantDomains()
    {
        QFETCH(QString, domain);
        QFETCH(bool, ok);
        QCOMPARE(InputRules::tenantDomain(domain).isEmpty(), ok);
    }

    void splitsPastedLists()
    {
        QCOMPARE(InputRules::splitList(QStringLiteral(" a@x.io, b@x.io;\n auth0|123\t\tc@x.io ")),
                 (QStringList{QStringLiteral("a@x.io"), QStringLiteral("b@x.io"), QStringLiteral("auth0|123"),
                              QStringLiteral("c@x.io")}));
        QVERIFY(InputRules::looksLikeUserId(QStringLiteral("auth0|63d1a")));
        QVERIFY(!InputRules::looksLikeUserId(QStringLiteral("jane@example.com")));
    }
};

QTEST_GUILESS_MAIN(TestInputRules)
#include "tst_input_rules.moc"
