// OrgConnectionListModel under QAbstractItemModelTester, against a sandbox
// tenant over loopback: rows from the tenant, an option ticked and sent,
// signup offered only where Auth0 allows it, enable and remove, and answers
// for a previous organization dropped.
#include "OrgConnectionListModel.h"
#include "SandboxFixture.h"
#include "TenantSession.h"
#include "auth/TenantProfile.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

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
    QString orgId(const QString &name);
    QString connectionId(const QString &name);
    int rowOf(const OrgConnectionListModel &model, const QString &name) const;
    bool load(OrgConnectionListModel &model, const QString &orgId);

    SandboxFixture m_sandbox { quietSandboxOptions(QStringLiteral("demo")) };
    std::unique_ptr<TenantSession> m_session;
};

void TestOrgConnectionListModel::initTestCase()
{
    QVERIFY(m_sandbox.start());
    const QUrl base(m_sandbox.baseUrl());
    const Sandbox::SandboxOptions options = quietSandboxOptions(QStringLiteral("demo"));
    const auto profile
        = Auth::TenantProfile::create(QStringLiteral("Model test tenant"),
                                      QStringLiteral("%1:%2").arg(base.host()).arg(base.port()), options.clientId);
    m_session = std::make_unique<TenantSession>(profile, nullptr);
    m_session->connectWithSecret(options.clientSecret.toUtf8(), false);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() != TenantSession::State::Connecting, 10000);
    QCOMPARE(m_session->state(), TenantSession::State::Connected);
}

QString TestOrgConnectionListModel::orgId(const QString &name)
{
    return m_sandbox.call("GET", QStringLiteral("/api/v2/organizations/name/") + name)
        .object()
        .value(QStringLiteral("id"))
        .toString();
}

QString TestOrgConnectionListModel::connectionId(const QString &name)
{
    const SandboxResponse response = m_sandbox.call("GET", QStringLiteral("/api/v2/connections?name=") + name);
    QJsonArray list = response.array();
    if (list.isEmpty())
        list = response.object().value(QStringLiteral("connections")).toArray();
    return list.isEmpty() ? QString() : list.first().toObject().value(QStringLiteral("id")).toString();
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
    model.setSession(m_session.get());
    model.setOrganization(id);
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 10000);
}

void TestOrgConnectionListModel::loadsTheEnabledConnections()
{
    OrgConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(model, orgId(QStringLiteral("acme"))));
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
             connectionId(QStringLiteral("Username-Password-Authentication")));
}

void TestOrgConnectionListModel::sendsATickedOption()
{
    const QString stark = orgId(QStringLiteral("stark-industries"));
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
    const QJsonObject held = m_sandbox
                                 .call("GET",
                                       QStringLiteral("/api/v2/organizations/%1/enabled_connections/%2")
                                           .arg(stark, connectionId(QStringLiteral("google-oauth2"))))
                                 .object();
    QCOMPARE(held.value(QStringLiteral("assign_membership_on_login")).toBool(), true);
    QVERIFY(model.flags(membership) & Qt::ItemIsUserCheckable);
}

void TestOrgConnectionListModel::offersSignupOnlyWhereAuth0AllowsIt()
{
    OrgConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Globex: database without automatic membership, SAML with it.
    QVERIFY(load(model, orgId(QStringLiteral("globex"))));
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
    const SandboxResponse created
        = m_sandbox.call("POST", QStringLiteral("/api/v2/organizations"),
                         QJsonObject { { QStringLiteral("name"), QStringLiteral("model-conn") } });
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    OrgConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(model, id));
    QCOMPARE(model.rowCount(), 0);

    Api::OrgConnection draft;
    draft.connectionId = connectionId(QStringLiteral("acme-okta"));
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
        m_sandbox
            .call("GET", QStringLiteral("/api/v2/organizations/%1/enabled_connections/%2").arg(id, draft.connectionId))
            .status,
        404);
}

void TestOrgConnectionListModel::dropsAnswersForAPreviousOrganization()
{
    OrgConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(m_session.get());
    model.setOrganization(orgId(QStringLiteral("acme")));
    // Switched before Acme's answer arrives: only Hooli's rows may show.
    model.setOrganization(orgId(QStringLiteral("hooli")));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.connectionAt(0).name, QStringLiteral("google-oauth2"));
}

QTEST_GUILESS_MAIN(TestOrgConnectionListModel)
#include "tst_org_connection_list_model.moc"
