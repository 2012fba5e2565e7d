// The invitation list model, its name directory and the sender behind "Invite
// users", against a demo sandbox tenant over loopback, each model under
// QAbstractItemModelTester: paging to a short page without a total, names
// instead of ids, status and relative times against a manual clock, revoke
// and resend confirmed by the tenant, and one invitation per address however
// often "Send" is pressed.
#include "ConnectedTenant.h"
#include "InvitationDirectory.h"
#include "InvitationListModel.h"
#include "InvitationSender.h"
#include "InvitationStatus.h"
#include "ManualClock.h"
#include "TenantData.h"
#include "TenantSession.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
constexpr qint64 kDaySecs = 24 * 60 * 60;
}

class TestInvitationListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pagesUntilAShortPage_data();
    void pagesUntilAShortPage();
    void cancelledLoadingStopsAfterThePageInFlight();
    void showsNamesNotIds();
    void statusAndTimesFollowTheClock();
    void sortsDatesByTime();
    void revokesAndDropsTheRows();
    void revokingOneAlreadyGoneCountsAsDone();
    void resendsThenRevokesTheOldOne();
    void againKeepsTheLifetimeWhenKnown();
    void senderInvitesEachAddressOnce();
    void senderSendsAgainWhatWasRefused();

private:
    QJsonObject createInvitation(const QString &email, const QJsonObject &extra = {});
    QJsonArray invitations();
    bool load(InvitationListModel &model);
    // What the sender tests share: inviter "Sender", for the Customer Portal.
    Api::NewInvitation fromSender();

    ConnectedTenant m_tenant { quietSandboxOptions(QStringLiteral("demo")) };
    TenantData m_data { m_tenant.sandbox() };
    InvitationDirectory *m_directory = nullptr;
    QString m_orgId;
    int m_orgCounter = 0;
};

void TestInvitationListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tenant.start());
    m_directory = new InvitationDirectory(m_tenant.session());
    m_directory->setSession(m_tenant.session());
}

void TestInvitationListModel::init()
{
    m_orgId = m_data.createOrganization(QStringLiteral("model-invitations-%1").arg(++m_orgCounter));
    QVERIFY(!m_orgId.isEmpty());
    m_directory->setOrganization(m_orgId);
    QTRY_VERIFY(m_directory->isLoaded(InvitationDirectory::List::Roles)
                && m_directory->isLoaded(InvitationDirectory::List::Clients)
                && m_directory->isLoaded(InvitationDirectory::List::EnabledConnections));
}

QJsonObject TestInvitationListModel::createInvitation(const QString &email, const QJsonObject &extra)
{
    return m_data.createInvitation(m_orgId, email, extra);
}

QJsonArray TestInvitationListModel::invitations()
{
    return m_data.invitations(m_orgId);
}

Api::NewInvitation TestInvitationListModel::fromSender()
{
    Api::NewInvitation common;
    common.inviterName = QStringLiteral("Sender");
    common.clientId = m_data.clientId(QStringLiteral("Customer Portal"));
    return common;
}

bool TestInvitationListModel::load(InvitationListModel &model)
{
    model.setSession(m_tenant.session());
    model.setOrganization(m_orgId);
    return QTest::qWaitFor([&] { return !model.isLoading() && model.isComplete(); }, 10000);
}

void TestInvitationListModel::pagesUntilAShortPage_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one short page") << 7;
    // A full page says nothing about the next: the empty one after it ends the list.
    QTest::newRow("exactly one page") << 50;
    QTest::newRow("three pages") << 120;
}

void TestInvitationListModel::pagesUntilAShortPage()
{
    QFETCH(int, count);
    for (int i = 0; i < count; ++i)
        QVERIFY(!createInvitation(QStringLiteral("page%1@paging.example").arg(i)).isEmpty());
    InvitationListModel model(m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &InvitationListModel::loadingChanged);
    QVERIFY(load(model));
    QCOMPARE(model.rowCount(), count);
    QVERIFY(!model.canFetchMore({}));
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.invitationAt(row).id);
    QCOMPARE(int(ids.size()), count);
    QVERIFY(loading.count() >= 2);
}

void TestInvitationListModel::cancelledLoadingStopsAfterThePageInFlight()
{
    for (int i = 0; i < 120; ++i)
        QVERIFY(!createInvitation(QStringLiteral("cancel%1@paging.example").arg(i)).isEmpty());
    InvitationListModel model(m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(m_tenant.session());
    model.setOrganization(m_orgId);
    QVERIFY(model.isLoading());
    model.cancelLoading();
    QTRY_VERIFY(!model.isLoading());
    // The page that was on its way lands; nothing after it is asked for.
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(!model.isComplete());
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), 50);
    // F5 reads the whole list again.
    model.reload();
    QTRY_VERIFY(!model.isLoading() && model.isComplete());
    QCOMPARE(model.rowCount(), 120);
}

void TestInvitationListModel::showsNamesNotIds()
{
    const QString editor = m_data.roleId(QStringLiteral("Editor"));
    const QString viewer = m_data.roleId(QStringLiteral("Viewer"));
    createInvitation(QStringLiteral("named@names.example"),
                     { { QStringLiteral("roles"), QJsonArray { viewer, editor } } });
    InvitationListModel model(m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, InvitationListModel::RolesColumn).data().toString(), QStringLiteral("Editor, Viewer"));
    QCOMPARE(model.index(0, InvitationListModel::ApplicationColumn).data().toString(),
             QStringLiteral("Customer Portal"));
    QCOMPARE(model.index(0, InvitationListModel::InviterColumn).data().toString(), QStringLiteral("Seeder"));
    QVERIFY(model.index(0, InvitationListModel::ConnectionColumn).data().toString().isEmpty());
    QVERIFY(model.index(0, 0).data(InvitationListModel::UrlRole).toString().contains(QLatin1String("invitation=")));
    // The filter text holds what the columns show.
    const QString search = model.index(0, 0).data(InvitationListModel::SearchTextRole).toString();
    for (const char *part : { "named@names.example", "Editor", "Customer Portal", "Pending" })
        QVERIFY2(search.contains(QLatin1String(part)), qPrintable(search));
    QCOMPARE(model.headerData(InvitationListModel::InviteeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Invitee"));
}

void TestInvitationListModel::statusAndTimesFollowTheClock()
{
    const QJsonObject created
        = createInvitation(QStringLiteral("clock@status.example"), { { QStringLiteral("ttl_sec"), 2 * kDaySecs } });
    const QDateTime createdAt
        = QDateTime::fromString(created.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    ManualClock clock(createdAt.toMSecsSinceEpoch());
    InvitationListModel model(m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock(&clock);
    QVERIFY(load(model));
    const QModelIndex status = model.index(0, InvitationListModel::StatusColumn);
    const QModelIndex expires = model.index(0, InvitationListModel::ExpiresColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Pending"));
    QCOMPARE(expires.data().toString(), QStringLiteral("in 2 days"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock.advance(36 * 3600 * 1000LL);
    model.refreshTimes();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(status.data().toString(), QStringLiteral("Expiring soon"));
    QCOMPARE(status.data(InvitationListModel::StatusRole).toInt(), int(InvitationStatus::Status::ExpiringSoon));
    QCOMPARE(expires.data().toString(), QStringLiteral("in 12 hours"));

    clock.advance(14 * 3600 * 1000LL);
    model.refreshTimes();
    QCOMPARE(status.data().toString(), QStringLiteral("Expired"));
    QCOMPARE(expires.data().toString(), QStringLiteral("2 hours ago"));
}

void TestInvitationListModel::sortsDatesByTime()
{
    const QJsonObject shortLived
        = createInvitation(QStringLiteral("short@sort.example"), { { QStringLiteral("ttl_sec"), 3600 } });
    const QJsonObject longLived
        = createInvitation(QStringLiteral("long@sort.example"), { { QStringLiteral("ttl_sec"), 20 * kDaySecs } });
    InvitationListModel model(m_directory);
    QVERIFY(load(model));
    const int shortRow = model.rowOf(shortLived.value(QStringLiteral("id")).toString());
    const int longRow = model.rowOf(longLived.value(QStringLiteral("id")).toString());
    // As text "in 1 hour" sorts after "in 20 days"; by time it comes first.
    const qint64 shortKey
        = model.index(shortRow, InvitationListModel::ExpiresColumn).data(InvitationListModel::SortRole).toLongLong();
    const qint64 longKey
        = model.index(longRow, InvitationListModel::ExpiresColumn).data(InvitationListModel::SortRole).toLongLong();
    QVERIFY(shortKey < longKey);
}

void TestInvitationListModel::revokesAndDropsTheRows()
{
    const QString a = createInvitation(QStringLiteral("a@revoke.example")).value(QStringLiteral("id")).toString();
    const QString b = createInvitation(QStringLiteral("b@revoke.example")).value(QStringLiteral("id")).toString();
    const QString c = createInvitation(QStringLiteral("c@revoke.example")).value(QStringLiteral("id")).toString();
    InvitationListModel model(m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(model));
    QSignalSpy finished(&model, &InvitationListModel::changeFinished);
    QSignalSpy progress(&model, &InvitationListModel::changeProgress);
    model.revoke({ a, c });
    QVERIFY(model.isChanging());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<InvitationListModel::Change>(), InvitationListModel::Change::Revoke);
    QCOMPARE(finished.first().at(1).toStringList(), (QStringList { a, c }));
    QVERIFY(finished.first().at(2).value<QList<InvitationListModel::Failure>>().isEmpty());
    QVERIFY(finished.first().at(3).toStringList().isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.invitationAt(0).id, b);
    QCOMPARE(invitations().size(), 1);
    QCOMPARE(invitations().first().toObject().value(QStringLiteral("id")).toString(), b);
}

void TestInvitationListModel::revokingOneAlreadyGoneCountsAsDone()
{
    const QString id = createInvitation(QStringLiteral("gone@revoke.example")).value(QStringLiteral("id")).toString();
    InvitationListModel model(m_directory);
    QVERIFY(load(model));
    // Revoked elsewhere meanwhile: what was asked for already holds.
    QCOMPARE(m_tenant.sandbox()
                 .call("DELETE", QStringLiteral("/api/v2/organizations/%1/invitations/%2").arg(m_orgId, id))
                 .status,
             204);
    QSignalSpy finished(&model, &InvitationListModel::changeFinished);
    model.revoke({ id });
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).toStringList(), QStringList { id });
    QCOMPARE(model.rowCount(), 0);
}

void TestInvitationListModel::resendsThenRevokesTheOldOne()
{
    const QString editor = m_data.roleId(QStringLiteral("Editor"));
    const QJsonObject original = createInvitation(
        QStringLiteral("again@resend.example"),
        { { QStringLiteral("roles"), QJsonArray { editor } }, { QStringLiteral("ttl_sec"), 5 * kDaySecs } });
    const QString oldId = original.value(QStringLiteral("id")).toString();
    InvitationListModel model(m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(model));
    QSignalSpy finished(&model, &InvitationListModel::changeFinished);
    model.resend({ oldId });
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<InvitationListModel::Change>(), InvitationListModel::Change::Resend);
    QCOMPARE(finished.first().at(1).toStringList(), QStringList { oldId });
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.invitationAt(0).id != oldId);
    const QJsonArray held = invitations();
    QCOMPARE(held.size(), 1);
    const QJsonObject fresh = held.first().toObject();
    QCOMPARE(fresh.value(QStringLiteral("id")).toString(), model.invitationAt(0).id);
    QCOMPARE(fresh.value(QStringLiteral("roles")), original.value(QStringLiteral("roles")));
    QCOMPARE(fresh.value(QStringLiteral("invitee")), original.value(QStringLiteral("invitee")));
    QCOMPARE(model.index(0, InvitationListModel::ExpiresColumn).data().toString(), QStringLiteral("in 5 days"));
}

void TestInvitationListModel::againKeepsTheLifetimeWhenKnown()
{
    Api::Invitation invitation;
    invitation.inviteeEmail = QStringLiteral("x@again.example");
    invitation.inviterName = QStringLiteral("Inviter");
    invitation.clientId = QStringLiteral("client");
    invitation.connectionId = QStringLiteral("con_1");
    invitation.roles = QStringList { QStringLiteral("rol_1") };
    invitation.appMetadata = QJsonObject { { QStringLiteral("plan"), QStringLiteral("pro") } };
    invitation.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    invitation.expiresAt = invitation.createdAt.addDays(4);
    Api::NewInvitation again = InvitationListModel::againFrom(invitation);
    QCOMPARE(again.ttlSecs, 4 * kDaySecs);
    QCOMPARE(again.inviteeEmail, invitation.inviteeEmail);
    QCOMPARE(again.inviterName, invitation.inviterName);
    QCOMPARE(again.clientId, invitation.clientId);
    QCOMPARE(again.connectionId, invitation.connectionId);
    QCOMPARE(again.roles, invitation.roles);
    QCOMPARE(again.appMetadata, invitation.appMetadata);
    QVERIFY(again.sendEmail);
    // Unknown or beyond what Auth0 takes: the tenant's default.
    invitation.expiresAt = QDateTime();
    QCOMPARE(InvitationListModel::againFrom(invitation).ttlSecs, 0);
    invitation.expiresAt = invitation.createdAt.addDays(45);
    QCOMPARE(InvitationListModel::againFrom(invitation).ttlSecs, 0);
}

void TestInvitationListModel::senderInvitesEachAddressOnce()
{
    InvitationSender sender(m_tenant.session(), m_orgId);
    QSignalSpy finished(&sender, &InvitationSender::finished);
    Api::NewInvitation common = fromSender();
    common.sendEmail = false;
    // The same address twice (in another case) is one invitation.
    sender.send({ QStringLiteral("one@sender.example"), QStringLiteral("two@sender.example"),
                  QStringLiteral("ONE@sender.example") },
                common);
    QVERIFY(finished.wait(10000));
    QVERIFY(sender.allSent());
    QCOMPARE(sender.entries().size(), 2);
    QCOMPARE(sender.created().size(), 2);
    QCOMPARE(invitations().size(), 2);
    // Pressing Send again, with one address more: only that one goes out.
    sender.send({ QStringLiteral("one@sender.example"), QStringLiteral("two@sender.example"),
                  QStringLiteral("three@sender.example") },
                common);
    QVERIFY(finished.wait(10000));
    QVERIFY(sender.allSent());
    QCOMPARE(sender.created().size(), 3);
    QCOMPARE(invitations().size(), 3);
}

void TestInvitationListModel::senderSendsAgainWhatWasRefused()
{
    InvitationSender sender(m_tenant.session(), m_orgId);
    QSignalSpy finished(&sender, &InvitationSender::finished);
    Api::NewInvitation common = fromSender();
    common.roles = QStringList { QStringLiteral("rol_doesnotexist") };
    sender.send({ QStringLiteral("refused@sender.example") }, common);
    QVERIFY(finished.wait(10000));
    QVERIFY(!sender.allSent());
    const InvitationSender::Entry refused = sender.entries().constFirst();
    QCOMPARE(refused.state, InvitationSender::State::Failed);
    QCOMPARE(refused.error.status, 400);
    QVERIFY(!refused.error.outcomeUnknown);
    QCOMPARE(invitations().size(), 0);
    // Fixed in the form and sent again.
    common.roles = QStringList { m_data.roleId(QStringLiteral("Viewer")) };
    sender.send({ QStringLiteral("refused@sender.example") }, common);
    QVERIFY(finished.wait(10000));
    QVERIFY(sender.allSent());
    QCOMPARE(invitations().size(), 1);
}

QTEST_GUILESS_MAIN(TestInvitationListModel)
#include "tst_invitation_list_model.moc"
