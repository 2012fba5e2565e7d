// Translations: the languages built in, the stored choice, which catalogue a
// locale gets, and installing ours and Qt's translators for it (and taking
// them away again).
#include "Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void offersEnglishFirstThenTheBuiltInCatalogues();
    void storesTheChoiceAndForgetsUnknownOnes();
    void picksTheCatalogueForALocale_data();
    void picksTheCatalogueForALocale();
    void keepsTheSystemCountryForItsOwnLanguage();
    void theCLocaleFormatsLikeItsCatalogue();
    void applyTranslatesOurStringsAndQtsAndFormatsNumbers();
    void applyingAnotherLanguageReplacesTheTranslators();
    void goingAwayRemovesTheTranslators();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrgConsoleTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
}

void TestTranslations::cleanup()
{
    QSettings().clear();
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::offersEnglishFirstThenTheBuiltInCatalogues()
{
    const QList<Translations::Language> languages = Translations::available();
    QStringList codes;
    QStringList names;
    for (const Translations::Language &language : languages) {
        codes.append(language.code);
        names.append(language.nativeName);
    }
    QCOMPARE(codes,
             QStringList({ QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr") }));
    // Each in its own language and capitalised, as a speaker looks for it.
    QCOMPARE(names,
             QStringList({ QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Español"),
                           QStringLiteral("Français") }));
}

void TestTranslations::storesTheChoiceAndForgetsUnknownOnes()
{
    QCOMPARE(Translations::storedChoice(), QString());
    Translations::storeChoice(QStringLiteral("fr"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    QCOMPARE(Translations::storedChoice(), QStringLiteral("fr"));
    // A settings file from a newer version may name a language this one lacks.
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("tlh"));
    QCOMPARE(Translations::storedChoice(), QString());
    Translations::storeChoice(QString());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void TestTranslations::picksTheCatalogueForALocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("catalogue");
    QTest::newRow("German in Austria") << "de_AT"
                                       << "de";
    QTest::newRow("French in Canada") << "fr_CA"
                                      << "fr";
    QTest::newRow("Spanish in Mexico") << "es_MX"
                                       << "es";
    QTest::newRow("British English") << "en_GB"
                                     << "en";
    QTest::newRow("Japanese, no catalogue") << "ja_JP"
                                            << "en";
    QTest::newRow("the C locale") << "C"
                                  << "en";
}

void TestTranslations::picksTheCatalogueForALocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, catalogue);
    QCOMPARE(Translations::catalogueFor(QLocale(locale)), catalogue);
}

void TestTranslations::keepsTheSystemCountryForItsOwnLanguage()
{
    // The tests run with LANG=C.UTF-8: choosing a language gives its main locale.
    QCOMPARE(Translations::localeFor(QStringLiteral("de")), QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(Translations::localeFor(QString()), QLocale::system());
    QCOMPARE(Translations::localeFor(QLocale::system().name().left(2)), QLocale::system());
}

void TestTranslations::theCLocaleFormatsLikeItsCatalogue()
{
    QCOMPARE(Translations::formatsFor(QLocale::c()).language(), QLocale::English);
    QCOMPARE(Translations::formatsFor(QLocale(QStringLiteral("fr_CA"))), QLocale(QStringLiteral("fr_CA")));
}

void TestTranslations::applyTranslatesOurStringsAndQtsAndFormatsNumbers()
{
    Translations translations;
    QCOMPARE(translations.apply(QLocale(QStringLiteral("de_DE"))), QStringLiteral("de"));
    QCOMPARE(translations.current(), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Refresh"), QStringLiteral("Aktualisieren"));
    QCOMPARE(QCoreApplication::translate("MembersPane", "%n member(s)", nullptr, 1234),
             QStringLiteral("1.234 Mitglieder"));
    QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));

    const QString qtCatalogue = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFileInfo::exists(qtCatalogue))
        QSKIP(qPrintable(QStringLiteral("Qt's own German catalogue is not installed (%1)").arg(qtCatalogue)));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TestTranslations::applyingAnotherLanguageReplacesTheTranslators()
{
    Translations translations;
    translations.apply(QLocale(QStringLiteral("de_DE")));
    translations.apply(QLocale(QStringLiteral("fr_FR")));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Refresh"), QStringLiteral("Actualiser"));
    translations.apply(QLocale(QStringLiteral("en_US")));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Refresh"), QStringLiteral("Refresh"));
    // English still has its plural forms.
    QCOMPARE(QCoreApplication::translate("MembersPane", "%n member(s)", nullptr, 1), QStringLiteral("1 member"));
    QCOMPARE(QCoreApplication::translate("MembersPane", "%n member(s)", nullptr, 2), QStringLiteral("2 members"));
}

void TestTranslations::goingAwayRemovesTheTranslators()
{
    {
        Translations translations;
        translations.apply(QLocale(QStringLiteral("es_ES")));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Refresh"), QStringLiteral("Actualizar"));
    }
    QCOMPARE(QCoreApplication::translate("MainWindow", "Refresh"), QStringLiteral("Refresh"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
