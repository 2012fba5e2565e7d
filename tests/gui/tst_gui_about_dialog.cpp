// Help > About: opened from the main window's menu, it shows the version, the
// running Qt, the keychain in use, OrgConsole's MIT license as shipped and the
// third-party notices (Qt under the LGPLv3 with its links, QtKeychain's BSD
// notice), and "Copy details" puts the --version lines on the clipboard.
#include "AboutDialog.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "auth/KeychainInfo.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

class TestGuiAboutDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensFromTheHelpMenu();
    void showsVersionQtAndKeychain();
    void showsTheShippedLicense();
    void showsTheThirdPartyNotices();
    void copiesTheVersionReport();
};

void TestGuiAboutDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiAboutDialog::opensFromTheHelpMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QCOMPARE(about->menuRole(), QAction::AboutRole);
    bool opened = false;
    whenModal<AboutDialog>([&](AboutDialog *dialog) {
        opened = true;
        QCOMPARE(dialog->windowTitle(), QStringLiteral("About OrgConsole"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
    });
    about->trigger();
    QVERIFY(opened);
}

void TestGuiAboutDialog::showsVersionQtAndKeychain()
{
    AboutDialog dialog;
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("versionValue"))->text(), QStringLiteral(ORGCONSOLE_VERSION));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("versionLabel"))
                ->text()
                .contains(QStringLiteral(ORGCONSOLE_VERSION)));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("qtValue"))->text().startsWith(QString::fromLatin1(qVersion())));
    const QString keychain = dialog.findChild<QLabel *>(QStringLiteral("keychainValue"))->text();
    QCOMPARE(keychain, Auth::KeychainInfo::backendName());
    QVERIFY(!keychain.isEmpty());
}

void TestGuiAboutDialog::showsTheShippedLicense()
{
    AboutDialog dialog;
    QFile license(QStringLiteral(ORGCONSOLE_SOURCE_DIR "/LICENSE"));
    QVERIFY(license.open(QIODevice::ReadOnly));
    const QString shown = dialog.findChild<QPlainTextEdit *>(QStringLiteral("licenseText"))->toPlainText();
    QCOMPARE(shown, QString::fromUtf8(license.readAll()));
    QVERIFY(shown.startsWith(QLatin1String("MIT License")));
}

void TestGuiAboutDialog::showsTheThirdPartyNotices()
{
    AboutDialog dialog;
    auto *notices = dialog.findChild<QTextBrowser *>(QStringLiteral("noticesBrowser"));
    QVERIFY(notices->openExternalLinks());
    const QString html = notices->toHtml();
    const QString text = notices->toPlainText();
    QVERIFY(text.contains(QLatin1String("GNU Lesser General Public License version 3")));
    QVERIFY(html.contains(QLatin1String("https://www.gnu.org/licenses/lgpl-3.0.html")));
    QVERIFY(html.contains(QLatin1String("https://download.qt.io/")));
    QVERIFY(text.contains(QLatin1String("QtKeychain")));
    QVERIFY(text.contains(QLatin1String("BSD 3-Clause")));
    // The notice itself, verbatim: the three conditions and the disclaimer.
    QVERIFY(text.contains(QLatin1String("Copyright (c) 2011-2015 Frank Osterfeld")));
    QVERIFY(text.contains(QLatin1String("Redistributions of source code must retain the above copyright notice")));
    QVERIFY(text.contains(QLatin1String("Neither the name of the copyright holder nor the names of its")));
    QVERIFY(text.contains(QLatin1String("EVEN IF ADVISED OF THE\nPOSSIBILITY OF SUCH DAMAGE.")));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    QCOMPARE(tabs->count(), 3);
    for (int i = 0; i < tabs->count(); ++i)
        QCOMPARE(tabs->widget(i)->accessibleName(), tabs->tabText(i));
}

void TestGuiAboutDialog::copiesTheVersionReport()
{
    AboutDialog dialog;
    QGuiApplication::clipboard()->clear();
    dialog.findChild<QPushButton *>(QStringLiteral("copyDetailsButton"))->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, AboutDialog::versionReport());
    QVERIFY(copied.startsWith(QStringLiteral("orgconsole " ORGCONSOLE_VERSION "\nQt ")));
    QVERIFY(copied.contains(QStringLiteral("\nKeychain: ") + Auth::KeychainInfo::backendName() + QLatin1Char('\n')));
}

QTEST_MAIN(TestGuiAboutDialog)
#include "tst_gui_about_dialog.moc"
