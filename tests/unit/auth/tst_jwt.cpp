// Jwt: reading exp and scope from Management API tokens, and refusing what is not a JWT.
#include "auth/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using Auth::Jwt;

namespace {
QByteArray part(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray token(const QJsonObject &claims)
{
    return part({{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}})
           + '.' + part(claims) + ".c2lnbmF0dXJl";
}
} // namespace

class TestJwt final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsClaims()
    {
        const Jwt jwt = Jwt::parse(token({{QStringLiteral("exp"), 1700003600},
                                          {QStringLiteral("iat"), 1700000000},
                                          {QStringLiteral("scope"), QStringLiteral("read:organizations create:organization_members")},
                                          {QStringLiteral("aud"), QStringLiteral("https://acme.eu.auth0.com/api/v2/")},
                                          {QStringLiteral("iss"), QStringLiteral("https://acme.eu.auth0.com/")},
                                          {QStringLiteral("sub"), QStringLiteral("abc@clients")}}));
        QVERIFY2(jwt.isValid(), qPrintable(jwt.problem()));
        QCOMPARE(jwt.expiresAt(), 1700003600);
        QCOMPARE(jwt.issuedAt(), 1700000000);
        QCOMPARE(jwt.scopes(), (QStringList{QStringLiteral("read:organizations"),
                                            QStringLiteral("create:organization_members")}));
        QCOMPARE(jwt.audiences(), QStringList{QStringLiteral("https://acme.eu.auth0.com/api/v2/")});
        QCOMPARE(jwt.issuer(), QStringLiteral("https://acme.eu.auth0.com/"));
        QCOMPARE(jwt.subject(), QStringLiteral("abc@clients"));
        QVERIFY(!jwt.isExpiredAt(1700003599));
        QVERIFY(jwt.isExpiredAt(1700003600));
    }

    void acceptsScopeListsAndAudienceLists()
    {
        const Jwt jwt = Jwt::parse(token({{QStringLiteral("exp"), 1.7e9},
                                          {QStringLiteral("scope"), QJsonArray{QStringLiteral("read:users"), 5}},
                                          {QStringLiteral("aud"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}}));
        QVERIFY(jwt.isValid());
        QCOMPARE(jwt.expiresAt(), qint64(1700000000));
        QCOMPARE(jwt.scopes(), QStringList{QStringLiteral("read:users")});
        QCOMPARE(jwt.audiences().size(), 2);
    }

    void toleratesMissingClaims()
    {
        const Jwt jwt = Jwt::parse(token({{QStringLiteral("sub"), QStringLiteral("x")}}));
        QVERIFY(jwt.isValid());
        QCOMPARE(jwt.expiresAt(), 0);
        QVERIFY(!jwt.hasExpiry());
        QVERIFY(!jwt.isExpiredAt(4'000'000'000));
        QVERIFY(jwt.scopes().isEmpty());
    }

    void refusesWhatIsNotAJwt_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("   ");
        QTest::newRow("opaque") << QByteArray("abcdef0123456789");
        QTest::newRow("two parts") << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9");
        QTest::newRow("four parts") << QByteArray("a.b.c.d");
        QTest::newRow("bad base64") << QByteArray("eyJhbGciOiJIUzI1NiJ9.!!!!.sig");
        QTest::newRow("payload not json") << QByteArray("eyJhbGciOiJIUzI1NiJ9.") + QByteArray("hello").toBase64() + ".sig";
        QTest::newRow("payload is an array") << QByteArray("eyJhbGciOiJIUzI1NiJ9.") + QByteArray("[1]").toBase64() + ".sig";
        QTest::newRow("exp is text") << token({{QStringLiteral("exp"), QStringLiteral("tomorrow")}});
        QTest::newRow("scope is a number") << token({{QStringLiteral("scope"), 3}});
    }

    void refusesWhatIsNotAJwt()
    {
        QFETCH(QByteArray, text);
        const Jwt jwt = Jwt::parse(text);
        QVERIFY(!jwt.isValid());
        QVERIFY(!jwt.problem().isEmpty());
        // The problem describes the shape, never echoes the token.
        if (text.size() > 8)
            QVERIFY(!jwt.problem().contains(QString::fromLatin1(text)));
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
