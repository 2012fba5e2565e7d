// The Connections tab against a sandbox tenant: enable a connection with its
// options, toggle automatic membership, show-as-button and signup (signup
// only for database connections with automatic membership), a refused change
// rolled back with the error in place, trash-can removal after confirmation,
// and a limited-scope token's disabled controls with the scope named.
#include "ConnectionsPane.h"
#include "EnableConnectionDialog.h"
#include "GuiTenant.h"
#include "MessageBox.h"
#include "ModalDriver.h"
#include "OrgConnectionListModel.h"
#include "TenantSession.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using Column = OrgConnectionListModel::Column;

class TestGuiConnections final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void enablesAConnectionWithItsOptions();
    void offersOnlyConnectionsNotYetEnabled();
    void togglesAutomaticMembershipAndShowAsButton();
    void signupOnlyForDatabaseConnectionsWithAutomaticMembership();
    void refusedChangeRollsBackWithTheErrorInPlace();
    void removesAConnectionAfterConfirmation();
    void cancellingTheConfirmationKeepsTheConnection();
    void limitedScopeDisablesControlsAndNamesTheScope();

private:
    QString connectionId(const QString &name);
    void enableOnTenant(const QString &name, bool membership = false, bool signup = false);
    QJsonObject heldConnection(const QString &name);
    bool isHeld(const QString &name);
    int rowOf(const QString &name) const;
    void toggleWithSpace(int row, Column column);
    void openPane();
    void setFaults(const QString &faults);

    GuiTenant m_tenant;
    QString m_orgId;
    std::unique_ptr<ConnectionsPane> m_pane;
    int m_orgCounter = 0;
};

void TestGuiConnections::initTestCase()
{
    QVERIFY(m_tenant.start());
}

void TestGuiConnections::init()
{
    // Each test starts from an organization of its own with no connections.
    m_orgId = m_tenant.data().createOrganization(QStringLiteral("gui-connections-%1").arg(++m_orgCounter));
    QVERIFY(!m_orgId.isEmpty());
}

void TestGuiConnections::openPane()
{
    m_pane = std::make_unique<ConnectionsPane>();
    QVERIFY(m_tenant.showTab(m_pane.get(), m_orgId, QStringLiteral("gui-connections-%1").arg(m_orgCounter),
                             QSize(1000, 500)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->isLoading(), 10000);
}

void TestGuiConnections::cleanup()
{
    m_pane.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QString TestGuiConnections::connectionId(const QString &name)
{
    return m_tenant.data().connectionId(name);
}

void TestGuiConnections::enableOnTenant(const QString &name, bool membership, bool signup)
{
    QJsonObject body { { QStringLiteral("connection_id"), connectionId(name) },
                       { QStringLiteral("assign_membership_on_login"), membership } };
    if (signup)
        body.insert(QStringLiteral("is_signup_enabled"), true);
    const SandboxResponse added = m_tenant.sandbox().call(
        "POST", QStringLiteral("/api/v2/organizations/%1/enabled_connections").arg(m_orgId), body);
    QCOMPARE(added.status, 201);
}

QJsonObject TestGuiConnections::heldConnection(const QString &name)
{
    const SandboxResponse response = m_tenant.sandbox().call(
        "GET", QStringLiteral("/api/v2/organizations/%1/enabled_connections/%2").arg(m_orgId, connectionId(name)));
    return response.status == 200 ? response.object() : QJsonObject();
}

bool TestGuiConnections::isHeld(const QString &name)
{
    return !heldConnection(name).isEmpty();
}

int TestGuiConnections::rowOf(const QString &name) const
{
    OrgConnectionListModel *model = m_pane->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->connectionAt(row).name == name)
            return row;
    }
    return -1;
}

void TestGuiConnections::toggleWithSpace(int row, Column column)
{
    // As a person does with the keyboard: go to the cell, press Space.
    QTableView *view = m_pane->view();
    view->setFocus();
    view->setCurrentIndex(m_pane->model()->index(row, column));
    QTest::keyClick(view, Qt::Key_Space);
}

void TestGuiConnections::setFaults(const QString &faults)
{
    QVERIFY(m_tenant.data().setFaults(faults, QStringLiteral("/enabled_connections")));
}

void TestGuiConnections::enablesAConnectionWithItsOptions()
{
    openPane();
    QCOMPARE(m_pane->model()->rowCount(), 0);
    bool signupOfferedBeforeMembership = true;
    whenModal<EnableConnectionDialog>([&](EnableConnectionDialog *dialog) {
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
        QVERIFY(dialog->select(QStringLiteral("Username-Password-Authentication")));
        auto *signup = dialog->findChild<QCheckBox *>(QStringLiteral("signupCheck"));
        signupOfferedBeforeMembership = signup->isEnabled();
        dialog->findChild<QCheckBox *>(QStringLiteral("membershipCheck"))->click();
        QVERIFY(signup->isEnabled());
        signup->click();
        dialog->findChild<QPushButton *>(QStringLiteral("enableButton"))->click();
    });
    m_pane->findChild<QPushButton *>(QStringLiteral("enableButton"))->click();
    QVERIFY(!signupOfferedBeforeMembership);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 1, 10000);

    const QJsonObject held = heldConnection(QStringLiteral("Username-Password-Authentication"));
    QVERIFY(!held.isEmpty());
    QCOMPARE(held.value(QStringLiteral("assign_membership_on_login")).toBool(), true);
    QCOMPARE(held.value(QStringLiteral("is_signup_enabled")).toBool(), true);
    QCOMPARE(held.value(QStringLiteral("show_as_button")).toBool(), true);
    // The table shows what the tenant holds.
    QCOMPARE(m_pane->model()->index(0, Column::SignupColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_pane->model()->index(0, Column::StrategyColumn).data().toString(), QStringLiteral("auth0"));
    QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("1 of 10")));
}

void TestGuiConnections::offersOnlyConnectionsNotYetEnabled()
{
    enableOnTenant(QStringLiteral("google-oauth2"));
    openPane();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 1, 10000);
    bool offered = true;
    int available = 0;
    whenModal<EnableConnectionDialog>([&](EnableConnectionDialog *dialog) {
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
        offered = dialog->select(QStringLiteral("google-oauth2"));
        available = dialog->available();
        dialog->reject();
    });
    m_pane->enableConnection();
    QVERIFY(!offered);
    QVERIFY(available > 0);
    QCOMPARE(m_pane->model()->rowCount(), 1);
}

void TestGuiConnections::togglesAutomaticMembershipAndShowAsButton()
{
    enableOnTenant(QStringLiteral("acme-okta"));
    openPane();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 1, 10000);

    toggleWithSpace(0, Column::MembershipColumn);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->isBusy(), 10000);
    QCOMPARE(heldConnection(QStringLiteral("acme-okta")).value(QStringLiteral("assign_membership_on_login")).toBool(),
             true);
    QCOMPARE(m_pane->model()->index(0, Column::MembershipColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    toggleWithSpace(0, Column::ButtonColumn);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->isBusy(), 10000);
    QCOMPARE(heldConnection(QStringLiteral("acme-okta")).value(QStringLiteral("show_as_button")).toBool(), false);
    QCOMPARE(m_pane->model()->index(0, Column::ButtonColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!m_pane->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
}

void TestGuiConnections::signupOnlyForDatabaseConnectionsWithAutomaticMembership()
{
    enableOnTenant(QStringLiteral("google-oauth2"), true);
    enableOnTenant(QStringLiteral("Username-Password-Authentication"));
    openPane();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 2, 10000);
    OrgConnectionListModel *model = m_pane->model();
    const int google = rowOf(QStringLiteral("google-oauth2"));
    const int database = rowOf(QStringLiteral("Username-Password-Authentication"));

    // A social connection never offers signup, even with automatic membership.
    const QModelIndex googleSignup = model->index(google, Column::SignupColumn);
    QVERIFY(!(model->flags(googleSignup) & Qt::ItemIsEnabled));
    QVERIFY(googleSignup.data(Qt::ToolTipRole).toString().contains(QLatin1String("database")));
    toggleWithSpace(google, Column::SignupColumn);
    QTest::qWait(100);
    QVERIFY(!model->isBusy());
    QVERIFY(!heldConnection(QStringLiteral("google-oauth2")).value(QStringLiteral("is_signup_enabled")).toBool());

    // The database connection offers it once automatic membership is on.
    const QModelIndex databaseSignup = model->index(database, Column::SignupColumn);
    QVERIFY(!(model->flags(databaseSignup) & Qt::ItemIsEnabled));
    QVERIFY(databaseSignup.data(Qt::ToolTipRole).toString().contains(QLatin1String("automatic membership")));
    toggleWithSpace(database, Column::MembershipColumn);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 10000);
    QVERIFY(model->flags(databaseSignup) & Qt::ItemIsEnabled);
    toggleWithSpace(database, Column::SignupColumn);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 10000);
    QJsonObject held = heldConnection(QStringLiteral("Username-Password-Authentication"));
    QCOMPARE(held.value(QStringLiteral("is_signup_enabled")).toBool(), true);

    // Turning automatic membership off takes signup with it, in one change the tenant accepts.
    toggleWithSpace(database, Column::MembershipColumn);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 10000);
    held = heldConnection(QStringLiteral("Username-Password-Authentication"));
    QCOMPARE(held.value(QStringLiteral("assign_membership_on_login")).toBool(), false);
    QCOMPARE(held.value(QStringLiteral("is_signup_enabled")).toBool(), false);
    QCOMPARE(databaseSignup.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!m_pane->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
}

void TestGuiConnections::refusedChangeRollsBackWithTheErrorInPlace()
{
    enableOnTenant(QStringLiteral("globex-saml"));
    openPane();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 1, 10000);
    setFaults(QStringLiteral("500=1"));
    toggleWithSpace(0, Column::MembershipColumn);
    // Ticked at once, while the tenant is asked.
    QCOMPARE(m_pane->model()->index(0, Column::MembershipColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->isBusy(), 30000);
    setFaults(QString());
    // Refused: back as it was, and the error names the connection.
    QCOMPARE(m_pane->model()->index(0, Column::MembershipColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    auto *error = m_pane->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("globex-saml")), qPrintable(error->text()));
    QCOMPARE(heldConnection(QStringLiteral("globex-saml")).value(QStringLiteral("assign_membership_on_login")).toBool(),
             false);
}

void TestGuiConnections::removesAConnectionAfterConfirmation()
{
    enableOnTenant(QStringLiteral("google-oauth2"));
    enableOnTenant(QStringLiteral("wayne-entra-id"));
    openPane();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 2, 10000);
    const int row = rowOf(QStringLiteral("wayne-entra-id"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    // A click on the row's trash can.
    QTableView *view = m_pane->view();
    const QRect trash = view->visualRect(m_pane->model()->index(row, Column::RemoveColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, trash.center());
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 1, 10000);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Disable the connection \"wayne-entra-id\"")));
    QVERIFY(!isHeld(QStringLiteral("wayne-entra-id")));
    QVERIFY(isHeld(QStringLiteral("google-oauth2")));
    // The connection itself stays in the tenant.
    QVERIFY(!connectionId(QStringLiteral("wayne-entra-id")).isEmpty());
}

void TestGuiConnections::cancellingTheConfirmationKeepsTheConnection()
{
    enableOnTenant(QStringLiteral("google-oauth2"));
    openPane();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 1, 10000);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    // The Delete key on the selected row asks too.
    m_pane->view()->selectRow(0);
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_Delete);
    QTest::qWait(200);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("google-oauth2")));
    QCOMPARE(m_pane->model()->rowCount(), 1);
    QVERIFY(isHeld(QStringLiteral("google-oauth2")));
}

void TestGuiConnections::limitedScopeDisablesControlsAndNamesTheScope()
{
    Sandbox::SandboxOptions options = GuiTenant::demoOptions();
    options.scopes
        = QStringList { QStringLiteral("read:organizations"), QStringLiteral("read:organization_connections"),
                        QStringLiteral("read:connections") };
    GuiTenant limited(options);
    QVERIFY(limited.start());
    const QString acme = limited.organizationId(QStringLiteral("acme"));
    QVERIFY(!acme.isEmpty());

    ConnectionsPane pane;
    QVERIFY(limited.showTab(&pane, acme, QStringLiteral("acme")));
    QTRY_VERIFY_WITH_TIMEOUT(pane.model()->rowCount() > 0, 10000);

    auto *enable = pane.findChild<QPushButton *>(QStringLiteral("enableButton"));
    QVERIFY(!enable->isEnabled());
    QVERIFY2(enable->toolTip().contains(QLatin1String("create:organization_connections")),
             qPrintable(enable->toolTip()));
    const QModelIndex membership = pane.model()->index(0, Column::MembershipColumn);
    QVERIFY(!(pane.model()->flags(membership) & Qt::ItemIsUserCheckable));
    QVERIFY(membership.data(Qt::ToolTipRole).toString().contains(QLatin1String("update:organization_connections")));
    QVERIFY(!pane.model()->setData(membership, Qt::Checked, Qt::CheckStateRole));
    const QModelIndex trash = pane.model()->index(0, Column::RemoveColumn);
    QVERIFY(!(pane.model()->flags(trash) & Qt::ItemIsEnabled));
    QVERIFY(trash.data(Qt::ToolTipRole).toString().contains(QLatin1String("delete:organization_connections")));
    QCOMPARE(enable->accessibleName(), enable->text());
    QCOMPARE(pane.model()->headerData(Column::MembershipColumn, Qt::Horizontal).toString(),
             QStringLiteral("Automatic membership"));
}

QTEST_MAIN(TestGuiConnections)
#include "tst_gui_connections.moc"
