// The Members tab against a sandbox tenant: add members by search and by a
// pasted list, remove one and several (confirmed, names listed), assign and
// remove roles, an injected fault shown in place, and the actions a
// limited-scope token may not use disabled with the missing scope named.
#include "AddMembersDialog.h"
#include "AssignRoleDialog.h"
#include "GuiTenant.h"
#include "MemberListModel.h"
#include "MemberRolesDialog.h"
#include "MembersPane.h"
#include "MessageBox.h"
#include "ModalDriver.h"
#include "TenantSession.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using TenantUser = TenantData::User;

class TestGuiMembers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addsMembersFromAPastedList();
    void addsMembersFoundBySearch();
    void namesPastedEmailsThatMatchNoUser();
    void removesOneMemberAfterConfirmation();
    void removesSeveralMembersListingTheirNames();
    void cancellingTheConfirmationRemovesNobody();
    void assignsARoleToSeveralMembers();
    void removesAHeldRole();
    void showsAnInjectedFaultInPlace();
    void limitedScopeDisablesActionsAndNamesTheScope();
    void sortsByNameOnlyWhenAskedAndThenEveryone();

private:
    QStringList memberIds();
    QStringList memberRoleNames(const QString &userId);
    bool waitForRows(int rows);
    void setFaults(const QString &faults);

    GuiTenant m_tenant;
    QString m_orgId;
    std::unique_ptr<MembersPane> m_pane;
    int m_orgCounter = 0;
};

void TestGuiMembers::initTestCase()
{
    QVERIFY(m_tenant.start());
}

void TestGuiMembers::init()
{
    // Each test gets its own empty organization, so no test sees another's members.
    const QString name = QStringLiteral("gui-members-%1").arg(++m_orgCounter);
    m_orgId = m_tenant.data().createOrganization(name);
    QVERIFY(!m_orgId.isEmpty());
    m_pane = std::make_unique<MembersPane>();
    QVERIFY(m_tenant.showTab(m_pane.get(), m_orgId, name, QSize(1000, 600)));
    QTRY_VERIFY(!m_pane->model()->isLoading());
}

void TestGuiMembers::cleanup()
{
    m_pane.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QStringList TestGuiMembers::memberIds()
{
    QStringList ids;
    const QJsonArray members
        = m_tenant.get(QStringLiteral("organizations/%1/members?per_page=100").arg(m_orgId)).array();
    for (const QJsonValue &member : members)
        ids.append(member.toObject().value(QStringLiteral("user_id")).toString());
    ids.sort();
    return ids;
}

QStringList TestGuiMembers::memberRoleNames(const QString &userId)
{
    QStringList names;
    const QJsonArray roles = m_tenant.data().memberRoles(m_orgId, userId);
    for (const QJsonValue &role : roles)
        names.append(role.toObject().value(QStringLiteral("name")).toString());
    names.sort();
    return names;
}

bool TestGuiMembers::waitForRows(int rows)
{
    return QTest::qWaitFor([&] { return m_pane->model()->rowCount() == rows && !m_pane->model()->isChanging(); },
                           10000);
}

void TestGuiMembers::setFaults(const QString &faults)
{
    QVERIFY(m_tenant.data().setFaults(faults, QStringLiteral("/members")));
}

void TestGuiMembers::addsMembersFromAPastedList()
{
    const QList<TenantUser> users = m_tenant.data().users(3);
    QCOMPARE(users.size(), 3);
    // Emails and a user id, one per line and comma-separated, as people paste them.
    const QString pasted = QStringLiteral("%1\n%2, %3").arg(users[0].email, users[1].email, users[2].userId);
    whenModal<AddMembersDialog>([&](AddMembersDialog *dialog) {
        dialog->setPastedText(pasted);
        dialog->findChild<QPushButton *>(QStringLiteral("addButton"))->click();
    });
    m_pane->addMembers();
    QVERIFY(waitForRows(3));

    QStringList expected { users[0].userId, users[1].userId, users[2].userId };
    expected.sort();
    QCOMPARE(memberIds(), expected);
    QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("3")));
}

void TestGuiMembers::addsMembersFoundBySearch()
{
    const TenantUser user = m_tenant.data().users(1, 4).constFirst();
    whenModal<AddMembersDialog>([&](AddMembersDialog *dialog) {
        QSignalSpy searched(dialog, &AddMembersDialog::searchFinished);
        dialog->search(user.email);
        QVERIFY(searched.wait(5000) || searched.count() > 0);
        auto *results = dialog->findChild<QAbstractItemView *>(QStringLiteral("resultsView"));
        QVERIFY(results->model()->rowCount() >= 1);
        results->selectionModel()->select(results->model()->index(0, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        dialog->findChild<QPushButton *>(QStringLiteral("addButton"))->click();
    });
    m_pane->addMembers();
    QVERIFY(waitForRows(1));
    QCOMPARE(memberIds(), QStringList { user.userId });
    QCOMPARE(m_pane->model()->memberAt(0).email, user.email);
}

void TestGuiMembers::namesPastedEmailsThatMatchNoUser()
{
    QString shownError;
    whenModal<AddMembersDialog>([&](AddMembersDialog *dialog) {
        dialog->setPastedText(QStringLiteral("nobody-here@nowhere.example"));
        dialog->submit();
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QTRY_VERIFY(error->isVisible());
        shownError = error->text();
        dialog->reject();
    });
    m_pane->addMembers();
    QVERIFY(shownError.contains(QLatin1String("nobody-here@nowhere.example")));
    QVERIFY(memberIds().isEmpty());
}

void TestGuiMembers::removesOneMemberAfterConfirmation()
{
    const QList<TenantUser> users = m_tenant.data().users(2);
    m_pane->model()->addMembers({ users[0].userId, users[1].userId });
    QVERIFY(waitForRows(2));

    const int row = m_pane->model()->memberAt(0).userId == users[0].userId ? 0 : 1;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_pane->removeRow(row);
    QVERIFY(waitForRows(1));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Remove 1 member")));
    QCOMPARE(memberIds(), QStringList { users[1].userId });
}

void TestGuiMembers::removesSeveralMembersListingTheirNames()
{
    const QList<TenantUser> users = m_tenant.data().users(3);
    m_pane->model()->addMembers({ users[0].userId, users[1].userId, users[2].userId });
    QVERIFY(waitForRows(3));

    QTableView *view = m_pane->view();
    view->clearSelection();
    view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString first = view->model()->index(0, MemberListModel::NameColumn).data().toString();
    const QString second = view->model()->index(1, MemberListModel::NameColumn).data().toString();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    // The Delete key, as a user would press it in the table.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(waitForRows(1));
    QVERIFY(MessageBox::lastText().contains(first));
    QVERIFY(MessageBox::lastText().contains(second));
    QCOMPARE(memberIds().size(), 1);
}

void TestGuiMembers::cancellingTheConfirmationRemovesNobody()
{
    const QList<TenantUser> users = m_tenant.data().users(1);
    m_pane->model()->addMembers({ users[0].userId });
    QVERIFY(waitForRows(1));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_pane->removeRow(0);
    QTest::qWait(200);
    QCOMPARE(m_pane->model()->rowCount(), 1);
    QCOMPARE(memberIds(), QStringList { users[0].userId });
}

void TestGuiMembers::assignsARoleToSeveralMembers()
{
    const QList<TenantUser> users = m_tenant.data().users(2);
    m_pane->model()->addMembers({ users[0].userId, users[1].userId });
    QVERIFY(waitForRows(2));
    m_pane->view()->selectAll();

    whenModal<AssignRoleDialog>([&](AssignRoleDialog *dialog) {
        QTRY_VERIFY(dialog->isLoaded());
        QVERIFY(dialog->check(QStringLiteral("Editor")));
        QVERIFY(dialog->check(QStringLiteral("Viewer")));
        dialog->findChild<QPushButton *>(QStringLiteral("assignButton"))->click();
    });
    m_pane->assignRoleToSelection();
    const QStringList expected { QStringLiteral("Editor"), QStringLiteral("Viewer") };
    QTRY_COMPARE_WITH_TIMEOUT(memberRoleNames(users[0].userId), expected, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(memberRoleNames(users[1].userId), expected, 10000);
    // The table shows them too, without a reload.
    QTRY_VERIFY(
        m_pane->model()->index(0, MemberListModel::RolesColumn).data().toString().contains(QLatin1String("Editor")));
}

void TestGuiMembers::removesAHeldRole()
{
    const TenantUser user = m_tenant.data().users(1).constFirst();
    m_pane->model()->addMembers({ user.userId });
    QVERIFY(waitForRows(1));
    const QString editorId = m_tenant.data().roleId(QStringLiteral("Editor"));
    QVERIFY(m_tenant.data().giveRoles(m_orgId, user.userId, { editorId }));
    m_pane->refresh();
    QVERIFY(waitForRows(1));
    QTRY_VERIFY(!m_pane->model()->isLoading());

    int rolesBefore = -1;
    int rolesAfter = -1;
    whenModal<MemberRolesDialog>([&](MemberRolesDialog *dialog) {
        rolesBefore = dialog->roleCount();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->removeRole(editorId);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->roleCount(), 0, 10000);
        rolesAfter = dialog->roleCount();
        dialog->accept();
    });
    m_pane->openMemberRoles(0);
    QCOMPARE(rolesBefore, 1);
    QCOMPARE(rolesAfter, 0);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Editor")));
    QVERIFY(memberRoleNames(user.userId).isEmpty());
}

void TestGuiMembers::showsAnInjectedFaultInPlace()
{
    setFaults(QStringLiteral("500=1"));
    m_pane->refresh();
    auto *error = m_pane->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    setFaults(QString());
    QVERIFY(!error->text().isEmpty());
    // The message is for people: Auth0's words and what to do, not a stack of codes.
    QVERIFY2(error->text().contains(QLatin1String("500")) || error->text().contains(QLatin1String("server")),
             qPrintable(error->text()));
    m_pane->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!error->isVisible(), 10000);
}

void TestGuiMembers::limitedScopeDisablesActionsAndNamesTheScope()
{
    Sandbox::SandboxOptions options = GuiTenant::demoOptions();
    options.scopes = QStringList { QStringLiteral("read:organizations"), QStringLiteral("read:organization_members"),
                                   QStringLiteral("read:organization_member_roles"), QStringLiteral("read:users") };
    GuiTenant limited(options);
    QVERIFY(limited.start());
    const QString umbrella = limited.organizationId(QStringLiteral("umbrella"));
    QVERIFY(!umbrella.isEmpty());

    MembersPane pane;
    QVERIFY(limited.showTab(&pane, umbrella, QStringLiteral("umbrella")));
    QTRY_VERIFY_WITH_TIMEOUT(pane.model()->rowCount() > 0, 10000);
    pane.view()->selectRow(0);

    auto *add = pane.findChild<QPushButton *>(QStringLiteral("addMembersButton"));
    auto *assign = pane.findChild<QPushButton *>(QStringLiteral("assignRoleButton"));
    auto *remove = pane.findChild<QPushButton *>(QStringLiteral("removeMembersButton"));
    QVERIFY(!add->isEnabled());
    QVERIFY(!assign->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY2(add->toolTip().contains(QLatin1String("create:organization_members")), qPrintable(add->toolTip()));
    QVERIFY(assign->toolTip().contains(QLatin1String("create:organization_member_roles")));
    QVERIFY(remove->toolTip().contains(QLatin1String("delete:organization_members")));
    // Accessible names equal the visible labels.
    QCOMPARE(add->accessibleName(), add->text());
}

void TestGuiMembers::sortsByNameOnlyWhenAskedAndThenEveryone()
{
    // Added newest-first by email, so the tenant's order is not the name order.
    QList<TenantUser> users = m_tenant.data().users(4);
    std::reverse(users.begin(), users.end());
    for (const TenantUser &user : users) {
        m_pane->model()->addMembers({ user.userId });
        QVERIFY(QTest::qWaitFor([&] { return !m_pane->model()->isChanging(); }, 10000));
    }
    QVERIFY(waitForRows(4));
    QTRY_VERIFY(!m_pane->model()->isLoading());
    QTableView *view = m_pane->view();
    QHeaderView *header = view->horizontalHeader();
    // No arrow until people ask for an order, and the rows are not in name order yet.
    QCOMPARE(header->sortIndicatorSection(), -1);
    QStringList before;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        before.append(view->model()->index(row, MemberListModel::NameColumn).data().toString());
    QStringList byName = before;
    std::sort(byName.begin(), byName.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QVERIFY(before != byName);

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(MemberListModel::NameColumn)
                                 + header->sectionSize(MemberListModel::NameColumn) / 2,
                             header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(MemberListModel::NameColumn));
    QTRY_VERIFY(m_pane->model()->isComplete() && !m_pane->model()->isLoading());
    QStringList shown;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        shown.append(view->model()->index(row, MemberListModel::NameColumn).data().toString());
    QStringList expected = shown;
    std::sort(expected.begin(), expected.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    // What the arrow says is what the rows do.
    QCOMPARE(shown, expected);
    QCOMPARE(shown.size(), 4);
}

QTEST_MAIN(TestGuiMembers)
#include "tst_gui_members.moc"
