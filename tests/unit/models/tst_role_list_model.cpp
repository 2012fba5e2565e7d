// The tenant's roles as the Roles tab lists them, read from a sandbox tenant:
// every role with its description, holder counts only once known, and no
// request at all without read:roles.
#include "ConnectedTenant.h"
#include "RoleListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestRoleListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsEveryRoleWithItsDescription()
    {
        ConnectedTenant tenant(quietSandboxOptions(QStringLiteral("demo")));
        QVERIFY(tenant.start());
        RoleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(tenant.session());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy loaded(&model, &RoleListModel::loaded);
        model.reload();
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(10000));
        QVERIFY(model.isLoaded());

        const QJsonArray truth = tenant.sandbox().call("GET", QStringLiteral("/api/v2/roles?per_page=100")).array();
        QCOMPARE(model.rowCount(), truth.size());
        for (const QJsonValue &value : truth) {
            const QJsonObject role = value.toObject();
            const int row = model.rowOf(role.value(QStringLiteral("id")).toString());
            QVERIFY(row >= 0);
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data().toString(), role.value(QStringLiteral("name")).toString());
            QCOMPARE(index.data(RoleListModel::DescriptionRole).toString(),
                     role.value(QStringLiteral("description")).toString());
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), role.value(QStringLiteral("description")).toString());
            QCOMPARE(model.roleAt(row).id, role.value(QStringLiteral("id")).toString());
        }
    }

    void holderCountsShowOnlyWhenKnown()
    {
        ConnectedTenant tenant(quietSandboxOptions(QStringLiteral("demo")));
        QVERIFY(tenant.start());
        RoleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(tenant.session());
        QSignalSpy loaded(&model, &RoleListModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(10000));
        const QString first = model.roleAt(0).id;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setHolderCounts({ { first, 3 } }, false);
        QVERIFY(!model.index(0).data(RoleListModel::HolderCountRole).isValid());
        model.setHolderCounts({ { first, 3 } }, true);
        QCOMPARE(model.index(0).data(RoleListModel::HolderCountRole).toInt(), 3);
        // A role nobody holds counts zero, not unknown.
        QCOMPARE(model.index(1).data(RoleListModel::HolderCountRole).toInt(), 0);
        QCOMPARE(changed.size(), 2);
    }

    void sendsNothingWithoutReadRoles()
    {
        Sandbox::SandboxOptions options = quietSandboxOptions(QStringLiteral("demo"));
        options.scopes = QStringList { QStringLiteral("read:organizations") };
        ConnectedTenant tenant(options);
        QVERIFY(tenant.start());
        QVERIFY(tenant.sandbox().call("DELETE", QStringLiteral("/sandbox/stats")).status == 204);
        RoleListModel model;
        model.setSession(tenant.session());
        model.reload();
        QVERIFY(!model.isLoading());
        QTest::qWait(100);
        const QJsonObject stats = tenant.sandbox().call("GET", QStringLiteral("/sandbox/stats")).object();
        QCOMPARE(stats.value(QStringLiteral("requests")).toObject().value(QStringLiteral("GET /api/v2/roles")).toInt(),
                 0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestRoleListModel)
#include "tst_role_list_model.moc"
