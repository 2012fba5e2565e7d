// The organization view's tabs stay in step: what one tab changes on the
// tenant, another shows when it comes to the front, without F5; and unsaved
// settings are not dropped by selecting another organization or closing.
#include "DeleteOrganizationDialog.h"
#include "GuiTenant.h"
#include "MainWindow.h"
#include "MemberListModel.h"
#include "MembersPane.h"
#include "MessageBox.h"
#include "ModalDriver.h"
#include "OrganizationListModel.h"
#include "OrganizationView.h"
#include "OrganizationsPane.h"
#include "RoleHoldersModel.h"
#include "RolesPane.h"
#include "SettingsPane.h"
#include "TenantSession.h"

#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

class TestGuiOrganizationView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tenant.start());
    }

    void aTabShowsWhatAnotherTabChanged()
    {
        const QString orgId = m_tenant.data().createOrganization(QStringLiteral("view-tabs"));
        QVERIFY(!orgId.isEmpty());
        QStringList users;
        for (const TenantData::User &user : m_tenant.data().users(3))
            users.append(user.userId);
        QCOMPARE(users.size(), 3);

        MainWindow window;
        window.setSession(m_tenant.session());
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.organizations()->rowOf(orgId) >= 0, 10000);
        window.organizationsPane()->select(orgId);
        OrganizationView *view = window.organizationView();
        QTRY_COMPARE(view->organizationId(), orgId);
        MembersPane *members = view->membersPane();
        QTRY_VERIFY(!members->model()->isLoading());

        members->model()->addMembers({ users.at(0) });
        QTRY_COMPARE_WITH_TIMEOUT(members->model()->rowCount(), 1, 10000);

        auto *roles = qobject_cast<RolesPane *>(view->tab(QStringLiteral("Roles")));
        QVERIFY(roles);
        view->showTab(roles);
        QTRY_VERIFY_WITH_TIMEOUT(roles->holdersModel()->isComplete() && !roles->holdersModel()->isLoading(), 10000);
        QCOMPARE(roles->holdersModel()->loadedMemberCount(), 1);

        // Two more members through the Members tab...
        view->showTab(members);
        members->model()->addMembers({ users.at(1), users.at(2) });
        QTRY_COMPARE_WITH_TIMEOUT(members->model()->rowCount(), 3, 10000);
        QTRY_VERIFY(!members->model()->isChanging());
        // ...are in the Roles tab as soon as it is in front again.
        view->showTab(roles);
        QTRY_COMPARE_WITH_TIMEOUT(roles->holdersModel()->loadedMemberCount(), 3, 10000);
    }

    void unsavedSettingsAreNotDroppedWithoutAsking()
    {
        MainWindow window;
        window.setSession(m_tenant.session());
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString acme = m_tenant.organizationId(QStringLiteral("acme"));
        const QString globex = m_tenant.organizationId(QStringLiteral("globex"));
        QTRY_VERIFY_WITH_TIMEOUT(window.organizations()->rowOf(globex) >= 0, 10000);
        window.organizationsPane()->select(acme);
        OrganizationView *view = window.organizationView();
        QTRY_COMPARE(view->organizationId(), acme);

        auto *settings = qobject_cast<SettingsPane *>(view->tab(QStringLiteral("Settings")));
        QVERIFY(settings);
        view->showTab(settings);
        auto *displayName = settings->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
        QTRY_VERIFY(displayName->isEnabled() && !displayName->text().isEmpty());
        displayName->setFocus();
        displayName->selectAll();
        QTest::keyClicks(displayName, QStringLiteral("Acme, renamed"));
        QVERIFY(settings->isModified());

        // "Cancel": the list goes back and the edit stays.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        window.organizationsPane()->select(globex);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("unsaved")));
        QCOMPARE(view->organizationId(), acme);
        QCOMPARE(window.organizationsPane()->selectedId(), acme);
        QCOMPARE(displayName->text(), QStringLiteral("Acme, renamed"));

        // Closing asks too.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());

        // "Discard": on to the other organization; the tenant never saw the edit.
        MessageBox::setNextAnswer(QMessageBox::Discard);
        window.organizationsPane()->select(globex);
        QTRY_COMPARE(view->organizationId(), globex);
        QCOMPARE(
            m_tenant.data().organizationByName(QStringLiteral("acme")).value(QStringLiteral("display_name")).toString(),
            QStringLiteral("Acme Corporation"));
    }

    void deletingWithUnsavedSettingsDoesNotAskAfterwards()
    {
        const QString name = QStringLiteral("view-delete-unsaved");
        const QString orgId = m_tenant.data().createOrganization(name);
        MainWindow window;
        window.setSession(m_tenant.session());
        window.resize(1200, 760);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.organizations()->rowOf(orgId) >= 0, 10000);
        window.organizationsPane()->select(orgId);
        OrganizationView *view = window.organizationView();
        QTRY_COMPARE(view->organizationId(), orgId);
        auto *settings = qobject_cast<SettingsPane *>(view->tab(QStringLiteral("Settings")));
        view->showTab(settings);
        auto *displayName = settings->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
        QTRY_VERIFY(displayName->isEnabled());
        displayName->setText(QStringLiteral("Edited, then deleted"));
        QVERIFY(settings->isModified());

        whenModal<DeleteOrganizationDialog>([&](DeleteOrganizationDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")), name);
            dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        });
        // Any question now would be about edits to an organization already gone.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        settings->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(view->organizationId().isEmpty(), 10000);
        QCOMPARE(window.organizations()->rowOf(orgId), -1);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

private:
    GuiTenant m_tenant;
};

QTEST_MAIN(TestGuiOrganizationView)
#include "tst_gui_organization_view.moc"
