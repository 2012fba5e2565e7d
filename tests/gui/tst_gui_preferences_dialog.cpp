// Tools > Preferences: the language list (system default first, each
// language under its own name), the preview of numbers and dates, the note
// that a new language applies at the next start, and the choice stored on
// OK and left alone on Cancel.
#include "MainWindow.h"
#include "ModalDriver.h"
#include "PreferencesDialog.h"
#include "Translations.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestGuiPreferencesDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensFromTheToolsMenu();
    void listsTheSystemDefaultThenEachLanguageByItsOwnName();
    void previewsNumbersAndDatesOfTheChosenLanguage();
    void notesThatANewLanguageAppliesAtTheNextStart();
    void okStoresTheChoice();
    void cancelKeepsTheStoredChoice();
    void startsFromTheStoredChoice();

private:
    std::unique_ptr<Translations> m_translations;
};

void TestGuiPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiPreferencesDialog::init()
{
    QSettings().remove(QStringLiteral("ui/language"));
    // The running language is English (LANG=C.UTF-8 gets the English catalogue).
    m_translations = std::make_unique<Translations>();
    m_translations->apply(QLocale::system());
}

void TestGuiPreferencesDialog::cleanup()
{
    m_translations.reset();
    QSettings().remove(QStringLiteral("ui/language"));
    QLocale::setDefault(QLocale::c());
}

void TestGuiPreferencesDialog::opensFromTheToolsMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *preferences = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(preferences);
    QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
    QCOMPARE(preferences->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
    bool opened = false;
    whenModal<PreferencesDialog>([&](PreferencesDialog *dialog) {
        opened = true;
        dialog->reject();
    });
    preferences->trigger();
    QVERIFY(opened);
}

void TestGuiPreferencesDialog::listsTheSystemDefaultThenEachLanguageByItsOwnName()
{
    PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    QCOMPARE(items,
             QStringList({ QStringLiteral("System default (English)"), QStringLiteral("English"),
                           QStringLiteral("Deutsch"), QStringLiteral("Español"), QStringLiteral("Français") }));
    QCOMPARE(combo->accessibleName(), QStringLiteral("Language"));
    QCOMPARE(dialog.chosenLanguage(), QString());
}

void TestGuiPreferencesDialog::previewsNumbersAndDatesOfTheChosenLanguage()
{
    PreferencesDialog dialog;
    auto *preview = dialog.findChild<QLabel *>(QStringLiteral("formatsPreviewLabel"));
    QVERIFY(preview->text().startsWith(QStringLiteral("12,345.67 · ")));
    QVERIFY(dialog.chooseLanguage(QStringLiteral("de")));
    QVERIFY(preview->text().startsWith(QStringLiteral("12.345,67 · ")));
    QVERIFY(preview->text().contains(
        QLocale(QStringLiteral("de_DE")).toString(QDate::currentDate(), QLocale::ShortFormat)));
    QVERIFY(dialog.chooseLanguage(QStringLiteral("fr")));
    QVERIFY(preview->text().startsWith(QStringLiteral("12\u202f345,67 · ")));
}

void TestGuiPreferencesDialog::notesThatANewLanguageAppliesAtTheNextStart()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNoteLabel"));
    QVERIFY(!note->isVisible());
    QVERIFY(!dialog.restartNeeded());
    QVERIFY(dialog.chooseLanguage(QStringLiteral("es")));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("next time it starts")));
    // English is what runs now: choosing it needs no restart.
    QVERIFY(dialog.chooseLanguage(QStringLiteral("en")));
    QVERIFY(!note->isVisible());
}

void TestGuiPreferencesDialog::okStoresTheChoice()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(dialog.chooseLanguage(QStringLiteral("de")));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Translations::storedChoice(), QStringLiteral("de"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));

    // Back to the system default: the setting goes away.
    PreferencesDialog again;
    again.show();
    QVERIFY(again.chooseLanguage(QString()));
    again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void TestGuiPreferencesDialog::cancelKeepsTheStoredChoice()
{
    Translations::storeChoice(QStringLiteral("fr"));
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(dialog.chooseLanguage(QStringLiteral("es")));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(Translations::storedChoice(), QStringLiteral("fr"));
}

void TestGuiPreferencesDialog::startsFromTheStoredChoice()
{
    Translations::storeChoice(QStringLiteral("fr"));
    PreferencesDialog dialog;
    QCOMPARE(dialog.chosenLanguage(), QStringLiteral("fr"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentText(), QStringLiteral("Français"));
}

QTEST_MAIN(TestGuiPreferencesDialog)
#include "tst_gui_preferences_dialog.moc"
