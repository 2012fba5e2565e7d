// The organization list and "Create organization" in the whole window, against
// a sandbox tenant: the naming rules checked as the name is typed (Create shut
// until it passes), an organization created and selected, a name already taken
// refused in the dialog with what was typed kept, the list's status once every
// organization is loaded, and a display name saved in Settings reaching the
// list and the header.
#include "CreateOrganizationDialog.h"
#include "GuiTenant.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "OrganizationListModel.h"
#include "OrganizationView.h"
#include "OrganizationsPane.h"
#include "SettingsPane.h"
#include "TenantSession.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

class TestGuiOrganizations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checksTheNameAsItIsTyped_data();
    void checksTheNameAsItIsTyped();
    void createsAndSelectsAnOrganization();
    void keepsTheDialogOpenWhenTheNameIsTaken();
    void saysAllOrganizationsAreLoaded();
    void savedDisplayNameReachesTheListAndTheHeader();
    void searchingPastTheLoadedPagesCanBeCancelled();

private:
    QLabel *label(QWidget *parent, const char *name) const { return parent->findChild<QLabel *>(QLatin1String(name)); }

    GuiTenant m_tenant;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiOrganizations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tenant.start());
}

void TestGuiOrganizations::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setSession(m_tenant.session());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->organizations()->rowCount() > 0 && !m_window->organizations()->isLoading(),
                             10000);
}

void TestGuiOrganizations::cleanup()
{
    m_window.reset();
}

void TestGuiOrganizations::checksTheNameAsItIsTyped_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("rule");
    const QString rule = QStringLiteral("lowercase letters");
    QTest::newRow("capitals and a space") << QStringLiteral("Acme Corp") << rule;
    QTest::newRow("a dot") << QStringLiteral("acme.corp") << rule;
    QTest::newRow("a slash") << QStringLiteral("acme/corp") << rule;
    QTest::newRow("one capital") << QStringLiteral("acmeCorp") << rule;
}

void TestGuiOrganizations::checksTheNameAsItIsTyped()
{
    QFETCH(QString, name);
    QFETCH(QString, rule);
    QString shownRule;
    bool createEnabled = true;
    bool createEnabledWhenEmpty = true;
    bool createEnabledWhenFixed = false;
    whenModal<CreateOrganizationDialog>([&](CreateOrganizationDialog *dialog) {
        auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
        createEnabledWhenEmpty = create->isEnabled();
        QTest::keyClicks(nameEdit, name);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        shownRule = error->isVisible() ? error->text() : QString();
        createEnabled = create->isEnabled();
        nameEdit->clear();
        QTest::keyClicks(nameEdit, QStringLiteral("acme-corp-2"));
        createEnabledWhenFixed = create->isEnabled() && !error->isVisible();
        dialog->reject();
    });
    m_window->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QVERIFY(!createEnabledWhenEmpty);
    QVERIFY2(shownRule.contains(rule), qPrintable(shownRule));
    QVERIFY(!createEnabled);
    QVERIFY(createEnabledWhenFixed);
    // Cancelled: nothing was created.
    QCOMPARE(m_tenant.sandbox().call("GET", QStringLiteral("/api/v2/organizations/name/acme-corp-2")).status, 404);
}

void TestGuiOrganizations::createsAndSelectsAnOrganization()
{
    whenModal<CreateOrganizationDialog>([&](CreateOrganizationDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("gui-created"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("displayNameEdit")),
                         QStringLiteral("Created From The GUI"));
        dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    });
    m_window->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_tenant.organizationId(QStringLiteral("gui-created")).isEmpty(), 10000);
    const QJsonObject held = m_tenant.organizationByName(QStringLiteral("gui-created"));
    QCOMPARE(held.value(QStringLiteral("display_name")).toString(), QStringLiteral("Created From The GUI"));
    // The list has it, and it is the one shown on the right.
    auto *pane = m_window->findChild<OrganizationsPane *>();
    auto *view = m_window->findChild<OrganizationView *>();
    const QString heldId = held.value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(pane->selectedId(), heldId, 10000);
    QCOMPARE(view->organizationId(), heldId);
}

void TestGuiOrganizations::keepsTheDialogOpenWhenTheNameIsTaken()
{
    QString shownError;
    QString keptName;
    bool stillOpen = false;
    whenModal<CreateOrganizationDialog>([&](CreateOrganizationDialog *dialog) {
        auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QTest::keyClicks(nameEdit, QStringLiteral("acme"));
        dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCreating() && error->isVisible(), 10000);
        shownError = error->text();
        keptName = nameEdit->text();
        stillOpen = dialog->isVisible();
        dialog->reject();
    });
    const int before = m_window->organizations()->rowCount();
    m_window->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QVERIFY(stillOpen);
    QCOMPARE(keptName, QStringLiteral("acme"));
    QVERIFY2(shownError.contains(QLatin1String("already exists")) || shownError.contains(QLatin1String("409")),
             qPrintable(shownError));
    QCOMPARE(m_window->organizations()->rowCount(), before);
    // The list on the left does not carry an error about the dialog's attempt.
    QVERIFY(!label(m_window->findChild<OrganizationsPane *>(), "errorLabel")->isVisible());
}

void TestGuiOrganizations::saysAllOrganizationsAreLoaded()
{
    // The demo tenant fits in one page: the status must not promise more on scroll.
    OrganizationListModel *organizations = m_window->organizations();
    QVERIFY(organizations->isComplete());
    const QString status = label(m_window->findChild<OrganizationsPane *>(), "statusLabel")->text();
    QVERIFY2(!status.contains(QLatin1String("more")), qPrintable(status));
    QVERIFY2(status.contains(QString::number(organizations->rowCount())), qPrintable(status));
}

void TestGuiOrganizations::savedDisplayNameReachesTheListAndTheHeader()
{
    const QString id = m_tenant.organizationId(QStringLiteral("initech"));
    auto *pane = m_window->findChild<OrganizationsPane *>();
    auto *view = m_window->findChild<OrganizationView *>();
    pane->select(id);
    QCOMPARE(view->organizationId(), id);
    auto *settings = qobject_cast<SettingsPane *>(view->tab(QStringLiteral("Settings")));
    view->showTab(settings);
    auto *displayName = settings->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
    displayName->selectAll();
    QTest::keyClicks(displayName, QStringLiteral("Initech Global"));
    settings->save();
    QTRY_VERIFY_WITH_TIMEOUT(!settings->isModified(), 10000);
    QCOMPARE(m_tenant.organizationByName(QStringLiteral("initech")).value(QStringLiteral("display_name")).toString(),
             QStringLiteral("Initech Global"));
    const int row = m_window->organizations()->rowOf(id);
    QCOMPARE(m_window->organizations()->index(row, OrganizationListModel::DisplayNameColumn).data().toString(),
             QStringLiteral("Initech Global"));
    QVERIFY(label(view, "titleLabel")->text().contains(QLatin1String("Initech Global")));
}

void TestGuiOrganizations::searchingPastTheLoadedPagesCanBeCancelled()
{
    // A tenant of its own with 250 organizations: three pages of 100.
    GuiTenant big(quietSandboxOptions(QStringLiteral("empty")));
    QVERIFY(big.start());
    for (int i = 0; i < 250; ++i)
        QVERIFY(!big.data().createOrganization(QStringLiteral("bulk-%1").arg(i, 3, 10, QLatin1Char('0'))).isEmpty());
    MainWindow window;
    window.setSession(big.session());
    window.show();
    OrganizationListModel *organizations = window.organizations();
    QTRY_VERIFY_WITH_TIMEOUT(organizations->rowCount() == 100 && !organizations->isLoading(), 10000);

    auto *pane = window.findChild<OrganizationsPane *>();
    auto *cancel = pane->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    // A search reads every page; Cancel shows while it does and stops it.
    pane->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("bulk-2"));
    QVERIFY(organizations->isLoading());
    QVERIFY(cancel->isVisible());
    cancel->click();
    QTRY_VERIFY(!organizations->isLoading());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!organizations->isComplete());
    QVERIFY(organizations->rowCount() < 250);
    QTest::qWait(200);
    QVERIFY(organizations->rowCount() < 250);
}

QTEST_MAIN(TestGuiOrganizations)
#include "tst_gui_organizations.moc"
