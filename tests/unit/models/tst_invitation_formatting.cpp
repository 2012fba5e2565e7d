// What the Invitations tab says about time and input: relative times ("in 3
// days", "2 hours ago") in the user's locale, the status an expiry gives, and
// the metadata typed as JSON.
#include "InvitationStatus.h"
#include "JsonObjectInput.h"
#include "LocaleFormat.h"

#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
} // namespace

class TestInvitationFormatting final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void invalidTimesSayNothing()
    {
        QVERIFY(LocaleFormat::relativeTime(QDateTime(), kNow).isEmpty());
        QVERIFY(LocaleFormat::dateTime(QDateTime()).isEmpty());
        QVERIFY(LocaleFormat::localDate(QDateTime()).isEmpty());
    }

    void numbersAndDatesFollowTheLocale()
    {
        // Egyptian Arabic writes its own digits; the number in the sentence follows.
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        const QString three = QLocale().toString(3);
        QVERIFY(three != QLatin1String("3"));
        QCOMPARE(LocaleFormat::number(3), three);

        const QDateTime when(QDate(2026, 3, 10), QTime(12, 0), Qt::LocalTime);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(LocaleFormat::localDate(when), QLocale().toString(when.date(), QLocale::ShortFormat));
        QVERIFY2(LocaleFormat::localDate(when).startsWith(QLatin1String("10.03.")),
                 qPrintable(LocaleFormat::localDate(when)));
        QCOMPARE(LocaleFormat::dateTime(when), QLocale().toString(when, QLocale::ShortFormat));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(LocaleFormat::localDate(when).startsWith(QLatin1String("3/10/")),
                 qPrintable(LocaleFormat::localDate(when)));
    }

    void statusByExpiry_data()
    {
        QTest::addColumn<qint64>("leftSecs");
        QTest::addColumn<int>("status");
        QTest::newRow("a week left") << 7 * kDay << int(InvitationStatus::Status::Pending);
        QTest::newRow("exactly a day left") << kDay << int(InvitationStatus::Status::Pending);
        QTest::newRow("just under a day") << kDay - 1 << int(InvitationStatus::Status::ExpiringSoon);
        QTest::newRow("a minute left") << kMinute << int(InvitationStatus::Status::ExpiringSoon);
        QTest::newRow("expiring now") << qint64(0) << int(InvitationStatus::Status::Expired);
        QTest::newRow("expired last week") << -7 * kDay << int(InvitationStatus::Status::Expired);
    }

    void statusByExpiry()
    {
        QFETCH(qint64, leftSecs);
        QFETCH(int, status);
        QCOMPARE(int(InvitationStatus::of(kNow.addSecs(leftSecs), kNow)), status);
    }

    void statusLabels()
    {
        QCOMPARE(InvitationStatus::label(InvitationStatus::Status::Pending), QStringLiteral("Pending"));
        QCOMPARE(InvitationStatus::label(InvitationStatus::Status::ExpiringSoon), QStringLiteral("Expiring soon"));
        QCOMPARE(InvitationStatus::label(InvitationStatus::Status::Expired), QStringLiteral("Expired"));
        // Without a known expiry nothing is claimed to have lapsed.
        QCOMPARE(InvitationStatus::of(QDateTime(), kNow), InvitationStatus::Status::Pending);
    }

    void metadataMustBeAJsonObject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem"); // a phrase of the message, empty when fine
        QTest::addColumn<int>("keys");
        QTest::newRow("empty") << QString() << QString() << 0;
        QTest::newRow("blank") << QStringLiteral("  \n ") << QString() << 0;
        QTest::newRow("object") << QStringLiteral(R"({"plan": "pro", "seats": 5})") << QString() << 2;
        QTest::newRow("empty object") << QStringLiteral("{}") << QString() << 0;
        QTest::newRow("array") << QStringLiteral("[1, 2]") << QStringLiteral("must be a JSON object") << 0;
        QTest::newRow("unquoted keys") << QStringLiteral("{plan: pro}") << QStringLiteral("is not valid JSON") << 0;
        QTest::newRow("trailing comma") << QStringLiteral(R"({"a": 1,})") << QStringLiteral("at character") << 0;
    }

    void metadataMustBeAJsonObject()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        QFETCH(int, keys);
        QJsonObject parsed { { QStringLiteral("stale"), true } };
        const QString message = JsonObjectInput::parse(text, QStringLiteral("App metadata"), &parsed);
        if (problem.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
        } else {
            QVERIFY2(message.startsWith(QLatin1String("App metadata")), qPrintable(message));
            QVERIFY2(message.contains(problem), qPrintable(message));
        }
        QCOMPARE(int(parsed.size()), keys);
    }
};

QTEST_GUILESS_MAIN(TestInvitationFormatting)
#include "tst_invitation_formatting.moc"
