// OrgConnectionListModel under QAbstractItemModelTester, against a sandbox
// tenant over loopback: rows from the tenant, an option ticked and sent,
// signup offered only where Auth0 allows it, enable and remove, and answers
// for a previous organization dropped.
#include "ConnectedTenant.h"
#include "OrgConnectionListModel.h"
#include "TenantData.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

class TestOrgConnectionListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsTheEnabledConnections();
    void sendsATickedOption();
    void offersSignupOnlyWhereAuth0AllowsIt();
    void enablesAndRemoves();
    void dropsAnswersForAPreviousOrganization();

private:
    int rowOf(const OrgConnectionListModel &model, const QString &name) const;
    bool load(OrgConnectionListModel &model, const QString &orgId);

    ConnectedTenant m_tenant { quietSandboxOptions(QStringLiteral("demo")) };
    TenantData m_data { m_tenant.sandbox() };
};

void TestOrgConnectionListModel::initTestCase()
{
    QVERIFY(m_tenant.start());
}

int TestOrgConnectionListModel::rowOf(const OrgConnectionListModel &model, const QString &name) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.connectionAt(row).name == name)
            return row;
    }
    return -1;
}

bool TestOrgConnectionListModel::load(OrgConnectionListModel &model, const QString &id)
{
    model.setSession(m_tenant.session());
    model.setOrganization(id);
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 10000);
}

void TestOrgConnectionListModel::loadsTheEnabledConnections()
{
    OrgConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(model, m_data.organizationId(QStringLiteral("acme"))));
    // Acme has the database, Google and Okta connections in the demo tenant.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(OrgConnectionListModel::ColumnCount));
    const int database = rowOf(model, QStringLiteral("Username-Password-Authentication"));
    QVERIFY(database >= 0);
    QCOMPARE(model.index(database, OrgConnectionListModel::StrategyColumn).data().toString(), QStringLiteral("auth0"));
    QCOMPARE(model.index(database, OrgConnectionListModel::SignupColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(model.index(database, OrgConnectionListModel::NameColumn)
                 .data(OrgConnectionListModel::ConnectionIdRole)
                 .toString(),
             m_data.connectionId(QStringLiteral("Username-Password-Authentication")));
}

void TestOrgConnectionListModel::sendsATickedOption()
{
    const QString stark = m_data.organizationId(QStringLiteral("stark-industries"));
    OrgConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(model, stark));
    const int google = rowOf(model, QStringLiteral("google-oauth2"));
    QVERIFY(google >= 0);
    const QModelIndex membership = model.index(google, OrgConnectionListModel::MembershipColumn);
    QSignalSpy busy(&model, &OrgConnectionListModel::busyChanged);
    QVERIFY(model.setData(membership, Qt::Checked, Qt::CheckStateRole));
    // Shown at once, and held back from another change until the tenant answers.
    QCOMPARE(membership.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(membership.data(OrgConnectionListModel::PendingRole).toBool());
    QVERIFY(!(model.flags(membership) & Qt::ItemIsUserCheckable));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 10000);
    QCOMPARE(busy.count(), 2);
    const QJsonObject held = m_tenant.sandbox()
                                 .call("GET",
                                       QStringLiteral("/api/v2/organizations/%1/enabled_connections/%2")
                                           .arg(stark, m_data.connectionId(QStringLiteral("google-oauth2"))))
                                 .object();
    QCOMPARE(held.value(QStringLiteral("assign_membership_on_login")).toBool(), true);
    QVERIFY(model.flags(membership) & Qt::ItemIsUserCheckable);
}

void TestOrgConnectionListModel::offersSignupOnlyWhereAuth0AllowsIt()
{
    OrgConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Globex: database without automatic membership, SAML with it.
    QVERIFY(load(model, m_data.organizationId(QStringLiteral("globex"))));
    const int database = rowOf(model, QStringLiteral("Username-Password-Authentication"));
    const int saml = rowOf(model, QStringLiteral("globex-saml"));
    QVERIFY(database >= 0 && saml >= 0);
    for (int row : { database, saml }) {
        const QModelIndex signup = model.index(row, OrgConnectionListModel::SignupColumn);
        QVERIFY(!(model.flags(signup) & Qt::ItemIsEnabled));
        QVERIFY(!model.setData(signup, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.isBusy());
    }
    QVERIFY(!OrgConnectionListModel::signupProblem(model.connectionAt(saml)).isEmpty());
    model.setUpdateAllowed(false, QStringLiteral("no scope"));
    QCOMPARE(model.index(database, OrgConnectionListModel::ButtonColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("no scope"));
    QVERIFY(
        !model.setData(model.index(database, OrgConnectionListModel::ButtonColumn), Qt::Unchecked, Qt::CheckStateRole));
}

void TestOrgConnectionListModel::enablesAndRemoves()
{
    const QString id = m_data.createOrganization(QStringLiteral("model-conn"));
    QVERIFY(!id.isEmpty());
    OrgConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(model, id));
    QCOMPARE(model.rowCount(), 0);

    Api::OrgConnection draft;
    draft.connectionId = m_data.connectionId(QStringLiteral("acme-okta"));
    draft.name = QStringLiteral("acme-okta");
    draft.assignMembershipOnLogin = true;
    QSignalSpy enabled(&model, &OrgConnectionListModel::enabled);
    model.enable(draft);
    QVERIFY(enabled.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.connectionAt(0).strategy, QStringLiteral("okta"));
    QCOMPARE(model.connectionIds(), QStringList { draft.connectionId });

    QSignalSpy removed(&model, &OrgConnectionListModel::removed);
    model.remove(draft.connectionId);
    QVERIFY(removed.wait(10000));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(
        m_tenant.sandbox()
            .call("GET", QStringLiteral("/api/v2/organizations/%1/enabled_connections/%2").arg(id, draft.connectionId))
            .status,
        404);
}

void TestOrgConnectionListModel::dropsAnswersForAPreviousOrganization()
{
    OrgConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(m_tenant.session());
    model.setOrganization(m_data.organizationId(QStringLiteral("acme")));
    // Switched before Acme's answer arrives: only Hooli's rows may show.
    model.setOrganization(m_data.organizationId(QStringLiteral("hooli")));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.connectionAt(0).name, QStringLiteral("google-oauth2"));
}

QTEST_GUILESS_MAIN(TestOrgConnectionListModel)
#include "tst_org_connection_list_model.moc"
