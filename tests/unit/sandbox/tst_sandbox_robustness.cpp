// Every route of the sandbox against hostile input: malformed JSON, wrong
// types, huge bodies, odd path encodings. Each must get an Auth0-shaped
// 4xx, never a crash or a 5xx.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

class TestSandboxRobustness final : public QObject
{
    Q_OBJECT

    static QList<QByteArray> hostileBodies()
    {
        return {
            QByteArray(),
            QByteArray("{"),
            QByteArray("null"),
            QByteArray("[]"),
            QByteArray("\"text\""),
            QByteArray("{\"members\":\"auth0|1\",\"roles\":{},\"name\":[],\"connection_id\":7}"),
            QByteArray("{\"members\":[1,null,{}],\"roles\":[true],\"inviter\":\"x\",\"invitee\":{\"email\":5}}"),
            QByteArray("{\"name\":\"\\u0000\\ud800\",\"display_name\":{\"a\":{\"b\":[[[[]]]]}}}"),
            QByteArray("\xff\xfe\x00garbage", 10),
            QByteArray(2 * 1024 * 1024, 'x'),
        };
    }

    static QString fillPlaceholders(const QString &pattern, const QString &value)
    {
        QString path = pattern;
        path.replace(QRegularExpression(QStringLiteral("\\{[^}]+\\}")), value);
        return path;
    }

    static void checkAnswer(const SandboxResponse &r, const QString &what)
    {
        QVERIFY2(r.status > 0 && r.status < 500, qPrintable(what + QStringLiteral(" -> %1").arg(r.status)));
        if (r.status >= 400) {
            QVERIFY2(r.json.isObject(), qPrintable(what));
            const QJsonObject body = r.object();
            const bool auth0Shape = body.value(QStringLiteral("statusCode")).toInt() == r.status
                                    && body.contains(QStringLiteral("message"));
            const bool oauthShape = body.contains(QStringLiteral("error_description"));
            QVERIFY2(auth0Shape || oauthShape, qPrintable(what + QLatin1Char(' ') + QString::fromUtf8(r.body)));
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyRouteSurvivesHostileBodies()
    {
        ServiceHarness h(quietSandboxOptions(QStringLiteral("demo")));
        const auto routes = h.service().router().routes();
        QVERIFY(routes.size() >= 6);
        const QString someOrg = h.store().organizationIdsByName().empty()
                                    ? QStringLiteral("org_none")
                                    : h.store().organizationIdsByName().begin()->second;
        for (const auto &route : routes) {
            if (route.pattern.startsWith(QLatin1String("/sandbox/")))
                continue;
            for (const QString &id : {someOrg, QStringLiteral("auth0%7C123"), QStringLiteral("%00%ff"),
                                      QStringLiteral("..%2F..%2Fetc"), QString(300, QLatin1Char('z'))}) {
                const QString path = fillPlaceholders(route.pattern, id);
                for (const QByteArray &body : hostileBodies()) {
                    const auto r = h.call(route.method, path, body);
                    checkAnswer(r, QString::fromLatin1(route.method) + QLatin1Char(' ') + path);
                }
            }
        }
    }

    void hostileQueriesAreRejectedCleanly()
    {
        ServiceHarness h(quietSandboxOptions(QStringLiteral("demo")));
        const auto routes = h.service().router().routes();
        const QStringList queries{
            QStringLiteral("page=-1"), QStringLiteral("per_page=1e9"), QStringLiteral("per_page=%ff"),
            QStringLiteral("take=0"), QStringLiteral("from=%%%"), QStringLiteral("from=bm90IGEgY3Vyc29y"),
            QStringLiteral("include_totals=maybe"), QStringLiteral("fields=%00&include_fields=nope"),
            QStringLiteral("q=email:%22unterminated"), QStringLiteral("sort=name:2"), QStringLiteral("page=99999999999"),
        };
        for (const auto &route : routes) {
            if (route.method != "GET" || route.pattern.startsWith(QLatin1String("/sandbox/")))
                continue;
            const QString path = fillPlaceholders(route.pattern, QStringLiteral("org_none"));
            for (const QString &query : queries) {
                const auto r = h.call("GET", path + QLatin1Char('?') + query);
                checkAnswer(r, path + QLatin1Char('?') + query);
            }
        }
    }

    void oddEncodingsOverHttp()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        for (const QString &path : {QStringLiteral("/api/v2/organizations/auth0%7C123"),
                                    QStringLiteral("/api/v2/organizations/%E2%9C%93"),
                                    QStringLiteral("/api/v2/organizations/name/%20%20"),
                                    QStringLiteral("/api/v2//organizations"),
                                    QStringLiteral("/api/v2/organizations/%2e%2e")}) {
            const auto r = sandbox.call("GET", path);
            checkAnswer(r, path);
        }
        // And the server still answers afterwards.
        QCOMPARE(sandbox.call("GET", QStringLiteral("/api/v2/organizations")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandbox_robustness.moc"
