// Who holds a role in an organization, derived from every member's roles as
// read from a sandbox tenant: exactly the tenant's answer, counted per role,
// loaded page by page with progress and a cancel that keeps what was loaded;
// giving and taking a role for many members moves only the rows the tenant
// confirmed, and a failure names the member without undoing the others.
#include "ConnectedTenant.h"
#include "MemberRoleBatch.h"
#include "RoleHoldersModel.h"
#include "TenantData.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
constexpr int kMembers = 250;
}

class TestRoleHoldersModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void holdersAreExactlyTheTenantsAnswer();
    void loadShowsProgressAndCancelKeepsWhatWasLoaded();
    void assigningAndRemovingMoveOnlyConfirmedRows();
    void aFailedMemberIsReportedAndTheOthersAreDone();
    void batchCancelReportsWhatWasNotSent();
    void changeKeepsToItsOrganization();

private:
    // role id -> sorted holder ids, from the tenant, page by page.
    QHash<QString, QStringList> truth();
    QStringList modelHolders(const RoleHoldersModel &model) const;
    Api::Role scaleRole(int i);
    // The scale organization of this session, showing role's holders.
    void attach(RoleHoldersModel &model, const Api::Role &role = {});
    bool loadAll(RoleHoldersModel &model);

    std::unique_ptr<ConnectedTenant> m_tenant;
    QString m_orgId;
};

void TestRoleHoldersModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Sandbox::SandboxOptions options = quietSandboxOptions(QStringLiteral("empty"));
    options.scale = kMembers;
    m_tenant = std::make_unique<ConnectedTenant>(options);
    QVERIFY(m_tenant->start());
    m_orgId = m_tenant->sandbox()
                  .call("GET", QStringLiteral("/api/v2/organizations/name/scale-test"))
                  .object()
                  .value(QStringLiteral("id"))
                  .toString();
    QVERIFY(!m_orgId.isEmpty());
}

QHash<QString, QStringList> TestRoleHoldersModel::truth()
{
    QHash<QString, QStringList> holders;
    QString from;
    for (int guard = 0; guard < 100; ++guard) {
        QString path
            = QStringLiteral("/api/v2/organizations/%1/members?fields=user_id,roles&include_fields=true&take=100")
                  .arg(m_orgId);
        if (!from.isEmpty())
            path += QStringLiteral("&from=") + QString::fromLatin1(QUrl::toPercentEncoding(from));
        const QJsonObject page = m_tenant->sandbox().call("GET", path).object();
        const QJsonArray members = page.value(QStringLiteral("members")).toArray();
        for (const QJsonValue &member : members) {
            const QString userId = member.toObject().value(QStringLiteral("user_id")).toString();
            for (const QJsonValue &role : member.toObject().value(QStringLiteral("roles")).toArray())
                holders[role.toObject().value(QStringLiteral("id")).toString()].append(userId);
        }
        from = page.value(QStringLiteral("next")).toString();
        if (from.isEmpty() || members.isEmpty())
            break;
    }
    for (QStringList &ids : holders)
        ids.sort();
    return holders;
}

QStringList TestRoleHoldersModel::modelHolders(const RoleHoldersModel &model) const
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, RoleHoldersModel::UserIdColumn).data().toString());
    ids.sort();
    return ids;
}

Api::Role TestRoleHoldersModel::scaleRole(int i)
{
    const QJsonArray roles = m_tenant->sandbox().call("GET", QStringLiteral("/api/v2/roles?per_page=100")).array();
    const QJsonObject role = roles.at(i).toObject();
    return { role.value(QStringLiteral("id")).toString(), role.value(QStringLiteral("name")).toString(),
             role.value(QStringLiteral("description")).toString() };
}

void TestRoleHoldersModel::attach(RoleHoldersModel &model, const Api::Role &role)
{
    model.setSession(m_tenant->session());
    model.setOrganization(m_orgId);
    model.setRole(role);
}

bool TestRoleHoldersModel::loadAll(RoleHoldersModel &model)
{
    model.reload();
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000) && model.isComplete();
}

void TestRoleHoldersModel::holdersAreExactlyTheTenantsAnswer()
{
    RoleHoldersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Api::Role first = scaleRole(0);
    attach(model, first);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.loadedMemberCount(), 0);
    QVERIFY(loadAll(model));
    QCOMPARE(model.loadedMemberCount(), kMembers);
    QCOMPARE(model.expectedMemberCount(), kMembers);

    const QHash<QString, QStringList> expected = truth();
    QVERIFY(!expected.value(first.id).isEmpty());
    QCOMPARE(modelHolders(model), expected.value(first.id));
    for (int i = 0; i < 3; ++i) {
        const Api::Role role = scaleRole(i);
        model.setRole(role);
        QCOMPARE(modelHolders(model), expected.value(role.id));
        QCOMPARE(model.holderCounts().value(role.id), expected.value(role.id).size());
        QCOMPARE(model.membersWithout(role.id).size(), kMembers - expected.value(role.id).size());
    }
    // Rows carry what the table and the avatar need.
    const QModelIndex name = model.index(0, RoleHoldersModel::NameColumn);
    QVERIFY(!name.data().toString().isEmpty());
    QVERIFY(model.index(0, RoleHoldersModel::EmailColumn).data().toString().contains(QLatin1Char('@')));
    QVERIFY(name.data(RoleHoldersModel::PictureRole).toString().startsWith(QLatin1String("https://")));
    QCOMPARE(model.rowOf(model.holderAt(0).userId), 0);
}

void TestRoleHoldersModel::loadShowsProgressAndCancelKeepsWhatWasLoaded()
{
    RoleHoldersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    attach(model, scaleRole(1));
    QSignalSpy progress(&model, &RoleHoldersModel::loadProgress);
    QVERIFY(loadAll(model));
    // Pages of 100 and the total known before the end: 100, 200 ... of 250.
    QVERIFY(std::any_of(progress.cbegin(), progress.cend(), [](const QList<QVariant> &args) {
        return args.at(0).toInt() == 100 && args.at(1).toInt() == kMembers;
    }));
    QCOMPARE(progress.last().at(0).toInt(), kMembers);

    progress.clear();
    model.reload();
    QVERIFY(QTest::qWaitFor([&] { return model.loadedMemberCount() >= 100; }, 10000));
    model.cancelLoad();
    QVERIFY(!model.isLoading());
    QVERIFY(model.loadWasCancelled());
    QVERIFY(!model.isComplete());
    const int kept = model.loadedMemberCount();
    QVERIFY(kept >= 100 && kept < kMembers);
    QTest::qWait(300);
    // The page that was in flight is dropped, not added behind people's back.
    QCOMPARE(model.loadedMemberCount(), kept);
}

void TestRoleHoldersModel::assigningAndRemovingMoveOnlyConfirmedRows()
{
    RoleHoldersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Api::Role role = scaleRole(2);
    attach(model, role);
    QVERIFY(loadAll(model));
    const int before = model.rowCount();
    const QList<Api::Member> without = model.membersWithout(role.id);
    QVERIFY(without.size() >= 5);
    const QStringList give { without[0].userId, without[1].userId, without[2].userId };

    QSignalSpy progress(&model, &RoleHoldersModel::changeProgress);
    QSignalSpy finished(&model, &RoleHoldersModel::changeFinished);
    QSignalSpy counts(&model, &RoleHoldersModel::holderCountsChanged);
    model.assignRole(role, give);
    QVERIFY(model.isChanging());
    // One change at a time.
    model.removeRole(role, { without[3].userId });
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<Api::BatchResult>().succeeded.size(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);
    QCOMPARE(model.rowCount(), before + 3);
    QVERIFY(counts.size() >= 3);
    QCOMPARE(model.holderCounts().value(role.id), before + 3);
    QCOMPARE(modelHolders(model), truth().value(role.id));

    finished.clear();
    model.removeRole(role, { give[0], give[2] });
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(modelHolders(model), truth().value(role.id));
    QVERIFY(model.rowOf(give[1]) >= 0);
    QCOMPARE(model.rowOf(give[0]), -1);
    // A role not shown changes its count without touching the rows.
    const Api::Role other = scaleRole(0);
    const int otherCount = model.holderCounts().value(other.id);
    const QString outsider = model.membersWithout(other.id).first().userId;
    finished.clear();
    model.assignRole(other, { outsider });
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.holderCounts().value(other.id), otherCount + 1);
    QCOMPARE(model.rowCount(), before + 1);
    // Put the tenant back for the other tests.
    finished.clear();
    model.removeRole(other, { outsider });
    QVERIFY(finished.wait(10000));
    finished.clear();
    model.removeRole(role, { give[1] });
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.rowCount(), before);
}

void TestRoleHoldersModel::aFailedMemberIsReportedAndTheOthersAreDone()
{
    RoleHoldersModel model;
    const Api::Role role = scaleRole(0);
    attach(model, role);
    QVERIFY(loadAll(model));
    const QString member = model.membersWithout(role.id).first().userId;
    // A user deleted from the tenant meanwhile: Auth0 answers 404 for them.
    const QString gone = QStringLiteral("auth0|does-not-exist");
    QSignalSpy finished(&model, &RoleHoldersModel::changeFinished);
    model.assignRole(role, { gone, member });
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().at(0).value<Api::BatchResult>();
    QCOMPARE(result.succeeded, QStringList { member });
    QCOMPARE(result.failedIds(), QStringList { gone });
    QCOMPARE(result.failed.first().error.status, 404);
    QVERIFY(finished.first().at(1).toStringList().isEmpty());
    QVERIFY(model.rowOf(member) >= 0);
    finished.clear();
    model.removeRole(role, { member });
    QVERIFY(finished.wait(10000));
}

void TestRoleHoldersModel::batchCancelReportsWhatWasNotSent()
{
    const Api::Role role = scaleRole(1);
    QStringList ids;
    RoleHoldersModel model;
    attach(model);
    QVERIFY(loadAll(model));
    for (const Api::Member &member : model.membersWithout(role.id).mid(0, 12))
        ids.append(member.userId);
    QCOMPARE(ids.size(), 12);
    TenantData tenant(m_tenant->sandbox());
    QVERIFY(tenant.setFaults(QStringLiteral("delay=1:200"), QStringLiteral("/roles")));

    MemberRoleBatch batch(m_tenant->session(), m_orgId, role.id, MemberRoleBatch::Change::Assign, ids);
    QSignalSpy changed(&batch, &MemberRoleBatch::memberChanged);
    QSignalSpy finished(&batch, &MemberRoleBatch::finished);
    batch.start();
    QVERIFY(batch.isRunning());
    QVERIFY(changed.wait(5000));
    batch.cancel();
    QVERIFY(finished.wait(5000));
    tenant.setFaults(QString());
    const auto result = finished.first().at(0).value<Api::BatchResult>();
    const QStringList notSent = finished.first().at(1).toStringList();
    // At most the few in flight finished after the cancel; the rest was never sent.
    QVERIFY(result.succeeded.size() <= MemberRoleBatch::kInFlight * 2);
    QCOMPARE(result.succeeded.size() + notSent.size(), 12);
    QCOMPARE(changed.size(), result.succeeded.size());
    QStringList holding = truth().value(role.id);
    for (const QString &id : result.succeeded)
        QVERIFY(holding.contains(id));
    for (const QString &id : notSent)
        QVERIFY(!holding.contains(id));
    // Clean up.
    MemberRoleBatch undo(m_tenant->session(), m_orgId, role.id, MemberRoleBatch::Change::Remove, result.succeeded);
    QSignalSpy undone(&undo, &MemberRoleBatch::finished);
    undo.start();
    QVERIFY(undone.wait(10000) || undone.size() == 1);
}

void TestRoleHoldersModel::changeKeepsToItsOrganization()
{
    RoleHoldersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Api::Role role = scaleRole(2);
    attach(model, role);
    QVERIFY(loadAll(model));
    const QList<Api::Member> without = model.membersWithout(role.id);
    QSignalSpy finished(&model, &RoleHoldersModel::changeFinished);
    model.assignRole(role,
                     { without[0].userId, without[1].userId, without[2].userId, without[3].userId, without[4].userId,
                       without[5].userId });
    // Another organization is picked while the change runs: the change stops
    // sending, reports, and the new organization's rows stay empty of it.
    model.setOrganization(QStringLiteral("org_other"));
    QVERIFY(!model.isChanging());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(finished.wait(10000) || finished.size() == 1);
    const auto result = finished.first().at(0).value<Api::BatchResult>();
    QCOMPARE(result.succeeded.size() + finished.first().at(1).toStringList().size() + result.failed.size(), 6);
    QCOMPARE(model.rowCount(), 0);
    // Clean up what did go through.
    model.setOrganization(m_orgId);
    QVERIFY(loadAll(model));
    if (!result.succeeded.isEmpty()) {
        finished.clear();
        model.removeRole(role, result.succeeded);
        QVERIFY(finished.wait(10000));
    }
}

QTEST_MAIN(TestRoleHoldersModel)
#include "tst_role_holders_model.moc"
