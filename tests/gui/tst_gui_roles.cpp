// The Roles tab against a sandbox tenant: the tenant's roles with their
// descriptions, exactly the holders of a role in this organization, a role
// given to several members at once and taken from several (confirmed, names
// listed, trash can per row), a cancel mid-way that leaves window and tenant
// in agreement, a partial failure retried without repeating what was done,
// faults shown in place, and a limited token's actions disabled with the
// missing scope named.
#include "AvatarCache.h"
#include "GuiTenant.h"
#include "MessageBox.h"
#include "ModalDriver.h"
#include "PickMembersDialog.h"
#include "RoleHoldersModel.h"
#include "RoleListModel.h"
#include "RoleListPanel.h"
#include "RolesPane.h"
#include "TenantSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using TenantUser = TenantData::User;

class TestGuiRoles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheTenantsRolesWithDescriptions();
    void showsExactlyTheHoldersInThisOrganization();
    void assignsARoleToSeveralMembersAtOnce();
    void removesARoleFromSeveralListingTheirNames();
    void trashCanRemovesOneHolderAfterConfirmation();
    void cancellingTheConfirmationChangesNothing();
    void cancelMidWayLeavesAConsistentState();
    void partialFailureIsReportedAndRetriedWithoutRepeats();
    void showsAnInjectedFaultInPlace();
    void limitedScopeDisablesChangesNamingTheScope();
    void withoutReadRolesTheListNamesTheScope();

private:
    void addMembers(const QList<TenantUser> &users);
    QString roleId(const QString &name);
    void giveRole(const QString &orgId, const QString &userId, const QString &roleId);
    bool showRoleHeldBy(const QString &roleId, const QList<TenantUser> &members, const QList<int> &holders);
    QStringList holdersInTenant(const QString &roleId);
    QStringList holdersShown() const;
    QString nameShown(const QString &userId) const;
    void showPane();
    bool waitIdle(int timeoutMs = 15000);
    void setFaults(const QString &faults, const QString &path);
    int memberRolePosts();
    QLabel *label(const QString &name) const;
    QPushButton *button(const QString &name) const;

    GuiTenant m_tenant;
    QString m_orgId;
    std::unique_ptr<RolesPane> m_pane;
    int m_orgCounter = 0;
};

void TestGuiRoles::initTestCase()
{
    QVERIFY(m_tenant.start());
    // Retries of failed requests, quicker than in the app, so fault tests stay short.
    Api::ApiClient::Settings settings = m_tenant.session()->client().settings();
    settings.baseBackoffMs = 20;
    settings.maxBackoffMs = 100;
    m_tenant.session()->client().setSettings(settings);
}

void TestGuiRoles::init()
{
    // Each test gets its own organization, so no test sees another's members.
    m_orgId = m_tenant.data().createOrganization(QStringLiteral("gui-roles-%1").arg(++m_orgCounter));
    QVERIFY(!m_orgId.isEmpty());
}

void TestGuiRoles::cleanup()
{
    m_pane.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    setFaults(QString(), QString());
}

void TestGuiRoles::addMembers(const QList<TenantUser> &users)
{
    QStringList ids;
    for (const TenantUser &user : users)
        ids.append(user.userId);
    QVERIFY(m_tenant.data().addMembers(m_orgId, ids));
}

QString TestGuiRoles::roleId(const QString &name)
{
    return m_tenant.data().roleId(name);
}

void TestGuiRoles::giveRole(const QString &orgId, const QString &userId, const QString &roleId)
{
    QVERIFY(m_tenant.data().giveRoles(orgId, userId, { roleId }));
}

// The members made members of this organization, those at `holders` given
// the role, and the pane showing that role.
bool TestGuiRoles::showRoleHeldBy(const QString &roleId, const QList<TenantUser> &members, const QList<int> &holders)
{
    addMembers(members);
    for (int holder : holders)
        giveRole(m_orgId, members.at(holder).userId, roleId);
    showPane();
    return !QTest::currentTestFailed() && m_pane->selectRole(roleId);
}

// Who holds the role in the organization, as the tenant says, member by member.
QStringList TestGuiRoles::holdersInTenant(const QString &roleId)
{
    QStringList holders;
    const QJsonArray members
        = m_tenant.get(QStringLiteral("organizations/%1/members?per_page=100").arg(m_orgId)).array();
    for (const QJsonValue &member : members) {
        const QString userId = member.toObject().value(QStringLiteral("user_id")).toString();
        const QJsonArray roles = m_tenant.data().memberRoles(m_orgId, userId);
        for (const QJsonValue &role : roles) {
            if (role.toObject().value(QStringLiteral("id")).toString() == roleId)
                holders.append(userId);
        }
    }
    holders.sort();
    return holders;
}

// What the holders table shows, row by row through the view's own model.
QStringList TestGuiRoles::holdersShown() const
{
    QStringList ids;
    const QAbstractItemModel *shown = m_pane->holdersView()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        ids.append(shown->index(row, RoleHoldersModel::UserIdColumn).data().toString());
    ids.sort();
    return ids;
}

QString TestGuiRoles::nameShown(const QString &userId) const
{
    const QAbstractItemModel *shown = m_pane->holdersView()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, RoleHoldersModel::UserIdColumn).data().toString() == userId)
            return shown->index(row, RoleHoldersModel::NameColumn).data().toString();
    }
    return {};
}

void TestGuiRoles::showPane()
{
    m_pane = std::make_unique<RolesPane>();
    // Initials only: a test talks to the loopback tenant and nothing else.
    m_pane->avatars()->setFetchingEnabled(false);
    QVERIFY(
        m_tenant.showTab(m_pane.get(), m_orgId, QStringLiteral("gui-roles-%1").arg(m_orgCounter), QSize(1100, 650)));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->roleList()->isLoaded(), 10000);
    QVERIFY(waitIdle());
}

bool TestGuiRoles::waitIdle(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            return !m_pane->holdersModel()->isLoading() && !m_pane->holdersModel()->isChanging()
                && m_pane->holdersModel()->isComplete();
        },
        timeoutMs);
}

void TestGuiRoles::setFaults(const QString &faults, const QString &path)
{
    QVERIFY(m_tenant.data().setFaults(faults, path));
}

int TestGuiRoles::memberRolePosts()
{
    const QJsonObject stats = m_tenant.sandbox().call("GET", QStringLiteral("/sandbox/stats")).object();
    return stats.value(QStringLiteral("requests"))
        .toObject()
        .value(QStringLiteral("POST /api/v2/organizations/{id}/members/{user_id}/roles"))
        .toInt();
}

QLabel *TestGuiRoles::label(const QString &name) const
{
    return m_pane->findChild<QLabel *>(name);
}

QPushButton *TestGuiRoles::button(const QString &name) const
{
    return m_pane->findChild<QPushButton *>(name);
}

void TestGuiRoles::listsTheTenantsRolesWithDescriptions()
{
    showPane();
    const QJsonArray tenantRoles = m_tenant.get(QStringLiteral("roles?per_page=100")).array();
    QVERIFY(tenantRoles.size() >= 7);
    const QAbstractItemModel *shown = m_pane->roleList()->view()->model();
    QCOMPARE(shown->rowCount(), tenantRoles.size());
    QStringList shownNames;
    for (int row = 0; row < shown->rowCount(); ++row)
        shownNames.append(shown->index(row, 0).data(RoleListModel::NameRole).toString());
    // Sorted by name, as people scan a list.
    QStringList sorted = shownNames;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QCOMPARE(shownNames, sorted);
    for (const QJsonValue &value : tenantRoles) {
        const QJsonObject role = value.toObject();
        const int row = int(shownNames.indexOf(role.value(QStringLiteral("name")).toString()));
        QVERIFY(row >= 0);
        QCOMPARE(shown->index(row, 0).data(RoleListModel::DescriptionRole).toString(),
                 role.value(QStringLiteral("description")).toString());
    }
    // The selected role's description is spelled out above its holders.
    QVERIFY(m_pane->selectRole(roleId(QStringLiteral("Auditor"))));
    QCOMPARE(label(QStringLiteral("roleDescriptionLabel"))->text(),
             QStringLiteral("Reads audit logs and exports compliance reports."));
    QVERIFY(label(QStringLiteral("roleTitleLabel"))->text().contains(QLatin1String("Auditor")));
    // The filter narrows by name as you type.
    auto *filter = m_pane->roleList()->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("edit"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("Editor"));
    QCOMPARE(filter->accessibleName(), filter->placeholderText());
}

void TestGuiRoles::showsExactlyTheHoldersInThisOrganization()
{
    const QList<TenantUser> users = m_tenant.data().users(5);
    addMembers(users);
    const QString editor = roleId(QStringLiteral("Editor"));
    giveRole(m_orgId, users[0].userId, editor);
    giveRole(m_orgId, users[2].userId, editor);
    giveRole(m_orgId, users[3].userId, roleId(QStringLiteral("Viewer")));
    // Holding Editor in another organization does not make users[4] a holder here.
    giveRole(m_tenant.organizationId(QStringLiteral("acme")), users[4].userId, editor);

    showPane();
    QVERIFY(m_pane->selectRole(editor));
    QStringList expected { users[0].userId, users[2].userId };
    expected.sort();
    QCOMPARE(holdersInTenant(editor), expected);
    QCOMPARE(holdersShown(), expected);
    QCOMPARE(nameShown(users[0].userId), users[0].name);
    // The role list counts the holders once every member is in.
    const QAbstractItemModel *roles = m_pane->roleList()->model();
    const int editorRow = m_pane->roleList()->model()->rowOf(editor);
    QCOMPARE(roles->index(editorRow, 0).data(RoleListModel::HolderCountRole).toInt(), 2);
    QVERIFY(label(QStringLiteral("statusLabel"))->text().contains(QLatin1String("2 holder")));

    // A role nobody here holds says so instead of an empty table.
    QVERIFY(m_pane->selectRole(roleId(QStringLiteral("Billing Manager"))));
    QCOMPARE(m_pane->holdersView()->model()->rowCount(), 0);
    auto *stack = m_pane->findChild<QStackedWidget *>(QStringLiteral("holdersStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("placeholderPage"));
    QVERIFY(label(QStringLiteral("placeholderLabel"))->text().contains(QLatin1String("No member")));
}

void TestGuiRoles::assignsARoleToSeveralMembersAtOnce()
{
    const QList<TenantUser> users = m_tenant.data().users(4);
    const QString developer = roleId(QStringLiteral("Developer"));
    QVERIFY(showRoleHeldBy(developer, users, { 0 }));
    QVERIFY(button(QStringLiteral("assignButton"))->isEnabled());

    bool holderListed = true;
    int candidates = -1;
    whenModal<PickMembersDialog>([&](PickMembersDialog *dialog) {
        candidates = dialog->shownCount();
        // Who already holds the role is not offered again.
        holderListed = dialog->check(users[0].email);
        // Filter as you type; ticks survive a new filter.
        dialog->setFilterText(users[1].email);
        QCOMPARE(dialog->shownCount(), 1);
        QVERIFY(dialog->check(users[1].email));
        dialog->setFilterText(users[3].name);
        QVERIFY(dialog->check(users[3].userId));
        dialog->setFilterText(QString());
        auto *assign = dialog->findChild<QPushButton *>(QStringLiteral("assignButton"));
        QVERIFY(assign->text().contains(QLatin1String("2")));
        QCOMPARE(assign->accessibleName(), assign->text());
        assign->click();
    });
    m_pane->assignToMembers();
    QCOMPARE(candidates, 3);
    QVERIFY(!holderListed);
    QVERIFY(waitIdle());

    QStringList expected { users[0].userId, users[1].userId, users[3].userId };
    expected.sort();
    QCOMPARE(holdersInTenant(developer), expected);
    QCOMPARE(holdersShown(), expected);
    QVERIFY2(label(QStringLiteral("statusLabel"))->text().contains(QLatin1String("assigned to 2")),
             qPrintable(label(QStringLiteral("statusLabel"))->text()));
    QVERIFY(!label(QStringLiteral("errorLabel"))->isVisible());
}

void TestGuiRoles::removesARoleFromSeveralListingTheirNames()
{
    const QList<TenantUser> users = m_tenant.data().users(4);
    const QString editor = roleId(QStringLiteral("Editor"));
    QVERIFY(showRoleHeldBy(editor, users, { 0, 1, 2, 3 }));
    QCOMPARE(holdersShown().size(), 4);

    QTableView *view = m_pane->holdersView();
    QStringList removedNames;
    QStringList removedIds;
    view->clearSelection();
    for (int row = 0; row < 3; ++row) {
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        removedNames.append(view->model()->index(row, RoleHoldersModel::NameColumn).data().toString());
        removedIds.append(view->model()->index(row, RoleHoldersModel::UserIdColumn).data().toString());
    }
    QVERIFY(button(QStringLiteral("removeButton"))->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    // The Delete key, as a user would press it in the table.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(waitIdle());

    const QString question = MessageBox::lastText();
    QVERIFY2(question.contains(QLatin1String("Remove the role Editor from 3 member")), qPrintable(question));
    for (const QString &name : removedNames)
        QVERIFY2(question.contains(name), qPrintable(name));
    QStringList kept { users[0].userId, users[1].userId, users[2].userId, users[3].userId };
    for (const QString &id : removedIds)
        kept.removeAll(id);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(holdersInTenant(editor), kept);
    QCOMPARE(holdersShown(), kept);
    // They lost the role, not their membership.
    QCOMPARE(m_tenant.get(QStringLiteral("organizations/%1/members?per_page=100").arg(m_orgId)).array().size(), 4);
}

void TestGuiRoles::trashCanRemovesOneHolderAfterConfirmation()
{
    const QList<TenantUser> users = m_tenant.data().users(2);
    const QString auditor = roleId(QStringLiteral("Auditor"));
    QVERIFY(showRoleHeldBy(auditor, users, { 0, 1 }));
    QTableView *view = m_pane->holdersView();
    QCOMPARE(view->model()->rowCount(), 2);
    const QModelIndex trash = view->model()->index(0, RoleHoldersModel::RemoveColumn);
    const QString target = view->model()->index(0, RoleHoldersModel::UserIdColumn).data().toString();
    const QString targetName = view->model()->index(0, RoleHoldersModel::NameColumn).data().toString();
    QVERIFY(trash.data(Qt::ToolTipRole).toString().contains(QLatin1String("Auditor")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(trash).center());
    QVERIFY(waitIdle());
    QVERIFY(MessageBox::lastText().contains(targetName));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("from 1 member")));
    QStringList left { users[0].userId, users[1].userId };
    left.removeAll(target);
    QCOMPARE(holdersInTenant(auditor), left);
    QCOMPARE(holdersShown(), left);
}

void TestGuiRoles::cancellingTheConfirmationChangesNothing()
{
    const QList<TenantUser> users = m_tenant.data().users(1);
    const QString viewer = roleId(QStringLiteral("Viewer"));
    QVERIFY(showRoleHeldBy(viewer, users, { 0 }));
    m_pane->holdersView()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_pane->removeSelectedHolders();
    QTest::qWait(200);
    QVERIFY(!m_pane->holdersModel()->isChanging());
    QCOMPARE(holdersShown(), QStringList { users[0].userId });
    QCOMPARE(holdersInTenant(viewer), QStringList { users[0].userId });
}

void TestGuiRoles::cancelMidWayLeavesAConsistentState()
{
    const QList<TenantUser> users = m_tenant.data().users(8);
    const QString support = roleId(QStringLiteral("Support Agent"));
    QVERIFY(showRoleHeldBy(support, users, {}));
    QCOMPARE(holdersShown().size(), 0);
    QVERIFY(m_tenant.sandbox().call("DELETE", QStringLiteral("/sandbox/stats")).status == 204);
    // Each role change takes a while, so there is time to press Cancel.
    setFaults(QStringLiteral("delay=1:300"), QStringLiteral("/roles"));

    QSignalSpy progress(m_pane->holdersModel(), &RoleHoldersModel::changeProgress);
    QSignalSpy finished(m_pane->holdersModel(), &RoleHoldersModel::changeFinished);
    whenModal<PickMembersDialog>([&](PickMembersDialog *dialog) {
        dialog->findChild<QPushButton *>(QStringLiteral("checkShownButton"))->click();
        dialog->findChild<QPushButton *>(QStringLiteral("assignButton"))->click();
    });
    m_pane->assignToMembers();
    QVERIFY(m_pane->holdersModel()->isChanging());
    auto *cancel = button(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.cbegin(), progress.cend(),
                                         [](const QList<QVariant> &args) { return args.at(0).toInt() >= 1; }),
                             10000);
    QVERIFY(label(QStringLiteral("statusLabel"))->text().contains(QLatin1String("of 8 done")));
    cancel->click();
    QVERIFY(finished.wait(10000) || finished.count() == 1);
    const auto result = finished.first().at(0).value<Api::BatchResult>();
    const QStringList notSent = finished.first().at(1).toStringList();
    setFaults(QString(), QString());

    // Some went through, the rest was never sent, nothing is lost in between.
    QVERIFY(!result.succeeded.isEmpty());
    QVERIFY(!notSent.isEmpty());
    QVERIFY(result.failed.isEmpty());
    QCOMPARE(result.succeeded.size() + notSent.size(), 8);
    QStringList done = result.succeeded;
    done.sort();
    // The window and the tenant agree on who holds the role now.
    QCOMPARE(holdersInTenant(support), done);
    QCOMPARE(holdersShown(), done);
    QCOMPARE(memberRolePosts(), int(result.succeeded.size()));
    QVERIFY(label(QStringLiteral("errorLabel"))->text().contains(QLatin1String("Not sent (cancelled)")));

    // Retry sends only the ones not sent.
    auto *retry = button(QStringLiteral("retryButton"));
    QVERIFY(retry->isVisible());
    QVERIFY(retry->text().contains(QString::number(notSent.size())));
    retry->click();
    QVERIFY(waitIdle());
    QStringList everyone;
    for (const TenantUser &user : users)
        everyone.append(user.userId);
    everyone.sort();
    QCOMPARE(holdersInTenant(support), everyone);
    QCOMPARE(holdersShown(), everyone);
    QCOMPARE(memberRolePosts(), 8);
}

void TestGuiRoles::partialFailureIsReportedAndRetriedWithoutRepeats()
{
    const QList<TenantUser> users = m_tenant.data().users(3);
    const QString admin = roleId(QStringLiteral("Admin"));
    QVERIFY(showRoleHeldBy(admin, users, {}));
    QVERIFY(m_tenant.sandbox().call("DELETE", QStringLiteral("/sandbox/stats")).status == 204);
    // Only users[1]'s change fails, every attempt the client makes.
    setFaults(QStringLiteral("500=1"), TenantData::encoded(users[1].userId) + QStringLiteral("/roles"));

    whenModal<PickMembersDialog>([&](PickMembersDialog *dialog) {
        dialog->checkAllShown();
        dialog->findChild<QPushButton *>(QStringLiteral("assignButton"))->click();
    });
    m_pane->assignToMembers();
    QVERIFY(waitIdle(20000));
    QStringList expected { users[0].userId, users[2].userId };
    expected.sort();
    QCOMPARE(holdersInTenant(admin), expected);
    QCOMPARE(holdersShown(), expected);
    auto *error = label(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(users[1].name), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("1 of 3")), qPrintable(error->text()));

    setFaults(QString(), QString());
    const int sentBefore = memberRolePosts();
    button(QStringLiteral("retryButton"))->click();
    QVERIFY(waitIdle());
    // One more request: the failed member's, not the two already done.
    QCOMPARE(memberRolePosts(), sentBefore + 1);
    expected.append(users[1].userId);
    expected.sort();
    QCOMPARE(holdersInTenant(admin), expected);
    QCOMPARE(holdersShown(), expected);
    QVERIFY(!error->isVisible());
    QVERIFY(!button(QStringLiteral("retryButton"))->isVisible());
}

void TestGuiRoles::showsAnInjectedFaultInPlace()
{
    addMembers(m_tenant.data().users(2));
    showPane();
    // The role list fails: said under the list, where the roles would be.
    setFaults(QStringLiteral("500=1"), QStringLiteral("/api/v2/roles"));
    m_pane->refresh();
    auto *rolesError = m_pane->roleList()->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(rolesError->isVisible(), 20000);
    QVERIFY2(rolesError->text().contains(QLatin1String("500")) || rolesError->text().contains(QLatin1String("server")),
             qPrintable(rolesError->text()));
    // The members fail: said beside the holders.
    setFaults(QStringLiteral("500=1"), QStringLiteral("/members"));
    m_pane->refresh();
    auto *holdersError = label(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(holdersError->isVisible(), 20000);
    QVERIFY(!holdersError->text().isEmpty());
    QTRY_VERIFY(!m_pane->holdersModel()->isLoading());
    QVERIFY(label(QStringLiteral("placeholderLabel"))->text().contains(QLatin1String("F5")));

    setFaults(QString(), QString());
    m_pane->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!rolesError->isVisible(), 10000);
    QVERIFY(waitIdle());
    QVERIFY(!holdersError->isVisible());
}

void TestGuiRoles::limitedScopeDisablesChangesNamingTheScope()
{
    Sandbox::SandboxOptions options = GuiTenant::demoOptions();
    options.scopes = QStringList { QStringLiteral("read:organizations"), QStringLiteral("read:organization_members"),
                                   QStringLiteral("read:organization_member_roles"), QStringLiteral("read:roles"),
                                   QStringLiteral("read:users") };
    GuiTenant limited(options);
    QVERIFY(limited.start());
    const QString acme = limited.organizationId(QStringLiteral("acme"));
    QVERIFY(!acme.isEmpty());

    RolesPane pane;
    pane.avatars()->setFetchingEnabled(false);
    QVERIFY(limited.showTab(&pane, acme, QStringLiteral("acme")));
    QTRY_VERIFY_WITH_TIMEOUT(pane.roleList()->isLoaded(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(pane.holdersModel()->isComplete(), 10000);
    // Reading still works: Admin has holders in acme.
    QVERIFY(pane.selectRole(limited.data().roleId(QStringLiteral("Admin"))));
    QTRY_VERIFY(pane.holdersView()->model()->rowCount() > 0);
    pane.holdersView()->selectRow(0);

    auto *assign = pane.findChild<QPushButton *>(QStringLiteral("assignButton"));
    auto *remove = pane.findChild<QPushButton *>(QStringLiteral("removeButton"));
    QVERIFY(!assign->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY2(assign->toolTip().contains(QLatin1String("create:organization_member_roles")),
             qPrintable(assign->toolTip()));
    QVERIFY2(remove->toolTip().contains(QLatin1String("delete:organization_member_roles")),
             qPrintable(remove->toolTip()));
    const QModelIndex trash = pane.holdersView()->model()->index(0, RoleHoldersModel::RemoveColumn);
    QVERIFY(trash.data(Qt::ToolTipRole).toString().contains(QLatin1String("delete:organization_member_roles")));
    QVERIFY(!(trash.flags() & Qt::ItemIsEnabled));
    // Nothing is sent when the trash can is used anyway.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    pane.removeHolderRow(0);
    QVERIFY(!pane.holdersModel()->isChanging());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QCOMPARE(assign->accessibleName(), assign->text());
    QCOMPARE(remove->accessibleName(), remove->text());
}

void TestGuiRoles::withoutReadRolesTheListNamesTheScope()
{
    Sandbox::SandboxOptions options = GuiTenant::demoOptions();
    options.scopes = QStringList { QStringLiteral("read:organizations"), QStringLiteral("read:organization_members"),
                                   QStringLiteral("create:organization_member_roles") };
    GuiTenant limited(options);
    QVERIFY(limited.start());

    RolesPane pane;
    pane.avatars()->setFetchingEnabled(false);
    QVERIFY(limited.showTab(&pane, limited.organizationId(QStringLiteral("acme")), QStringLiteral("acme")));
    auto *rolesError = pane.roleList()->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(rolesError->isVisible());
    QVERIFY2(rolesError->text().contains(QLatin1String("read:roles")), qPrintable(rolesError->text()));
    // Holders need the members' roles, which need one more scope: said where they would be.
    auto *placeholder = pane.findChild<QLabel *>(QStringLiteral("placeholderLabel"));
    QVERIFY2(placeholder->text().contains(QLatin1String("read:organization_member_roles")),
             qPrintable(placeholder->text()));
    QVERIFY(!pane.holdersModel()->isLoading());
    QCOMPARE(pane.roleList()->model()->rowCount(), 0);
}

QTEST_MAIN(TestGuiRoles)
#include "tst_gui_roles.moc"
