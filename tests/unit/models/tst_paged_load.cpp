// The paging bookkeeping the member, organization and invitation lists share,
// reading one organization's members from a sandbox tenant in small pages:
// rows go in while the page is still in flight and after the pager moved, a
// short page that still carries a cursor is followed at once, loadAll during
// a page in flight carries on to the end, a reset drops the answer on its
// way, and a failure stops fetchMore until loadAll.
#include "ConnectedTenant.h"
#include "PagedLoad.h"
#include "TenantData.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
constexpr int kMembers = 7;

// What the model's append callback saw, each time it ran.
struct Landing
{
    int count = 0;
    bool loading = false;
    bool canFetchMore = true;
    bool complete = false;
};
} // namespace

class TestPagedLoad final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsGoInWhileInFlightAndAfterThePagerMoved();
    void aShortPageWithACursorIsFollowedAtOnce();
    void loadAllDuringAPageInFlightCarriesOnToTheEnd();
    void resetDropsTheAnswerOnItsWay();
    void aFailureStopsFetchMoreUntilLoadAll();

private:
    // A PagedLoad over the test organization's members, `pageSize` at a time,
    // recording every landing.
    std::unique_ptr<PagedLoad> membersLoad(int pageSize, QList<Landing> *landings, int *rows);
    bool waitIdle(const PagedLoad &load);

    ConnectedTenant m_tenant { quietSandboxOptions(QStringLiteral("demo")) };
    TenantData m_data { m_tenant.sandbox() };
    QString m_orgId;
};

void TestPagedLoad::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tenant.start());
    // Failed pages fail fast: the client's retries wait milliseconds, not seconds.
    Api::ApiClient::Settings settings = m_tenant.session()->client().settings();
    settings.baseBackoffMs = 10;
    settings.maxBackoffMs = 50;
    m_tenant.session()->client().setSettings(settings);
    m_orgId = m_data.createOrganization(QStringLiteral("paged-load"));
    QVERIFY(!m_orgId.isEmpty());
    QStringList ids;
    for (const TenantData::User &user : m_data.users(kMembers))
        ids.append(user.userId);
    QCOMPARE(ids.size(), kMembers);
    QVERIFY(m_data.addMembers(m_orgId, ids));
}

std::unique_ptr<PagedLoad> TestPagedLoad::membersLoad(int pageSize, QList<Landing> *landings, int *rows)
{
    auto load = std::make_unique<PagedLoad>(Api::Pager::byCheckpoint(pageSize));
    PagedLoad *raw = load.get();
    load->setSource<Api::Member>(
        [] { return true; },
        [this, raw](const Api::Pager &pager, Api::ResultCallback<Api::Page<Api::Member>> done) {
            m_tenant.session()->members().listPage(m_orgId, pager, false, raw, std::move(done));
        },
        [raw, landings, rows](const QList<Api::Member> &members) {
            landings->append({ int(members.size()), raw->isLoading(), raw->canFetchMore(), raw->isComplete() });
            *rows += int(members.size());
        });
    return load;
}

bool TestPagedLoad::waitIdle(const PagedLoad &load)
{
    return QTest::qWaitFor([&load] { return !load.isLoading(); }, 10000);
}

void TestPagedLoad::rowsGoInWhileInFlightAndAfterThePagerMoved()
{
    QList<Landing> landings;
    int rows = 0;
    const auto load = membersLoad(5, &landings, &rows);
    load->fetchMore();
    QVERIFY(load->isLoading());
    QVERIFY(waitIdle(*load));
    load->fetchMore();
    QVERIFY(waitIdle(*load));
    QCOMPARE(rows, kMembers);
    // 5, then the short page of 2 (with a cursor), then the empty page it led to.
    QCOMPARE(landings.size(), 3);
    for (const Landing &landing : std::as_const(landings)) {
        // A view asking while the rows go in finds the page still in flight.
        QVERIFY(landing.loading);
        QVERIFY(!landing.canFetchMore);
    }
    // The pager has moved when the rows arrive: the last landing already knows it is the last.
    QVERIFY(!landings.at(0).complete);
    QVERIFY(!landings.at(1).complete);
    QVERIFY(landings.at(2).complete);
    QCOMPARE(landings.at(2).count, 0);
}

void TestPagedLoad::aShortPageWithACursorIsFollowedAtOnce()
{
    QList<Landing> landings;
    int rows = 0;
    const auto load = membersLoad(5, &landings, &rows);
    QSignalSpy loading(load.get(), &PagedLoad::loadingChanged);
    load->fetchMore();
    QVERIFY(waitIdle(*load));
    // A full page says nothing about the next: more on scroll.
    QVERIFY(!load->isComplete());
    QVERIFY(load->canFetchMore());
    load->fetchMore();
    QVERIFY(waitIdle(*load));
    // The short page's cursor was followed without anyone scrolling.
    QVERIFY(load->isComplete());
    QVERIFY(!load->canFetchMore());
    QCOMPARE(rows, kMembers);
    QCOMPARE(loading.size(), 6);
}

void TestPagedLoad::loadAllDuringAPageInFlightCarriesOnToTheEnd()
{
    QList<Landing> landings;
    int rows = 0;
    const auto load = membersLoad(2, &landings, &rows);
    load->fetchMore();
    QVERIFY(load->isLoading());
    // A sort or a search asks for everyone while the first page is on its way.
    load->loadAll();
    QVERIFY(load->isLoadingAll());
    QTRY_VERIFY_WITH_TIMEOUT(load->isComplete() && !load->isLoading(), 10000);
    QCOMPARE(rows, kMembers);
    QVERIFY(!load->isLoadingAll());
}

void TestPagedLoad::resetDropsTheAnswerOnItsWay()
{
    QList<Landing> landings;
    int rows = 0;
    const auto load = membersLoad(5, &landings, &rows);
    QSignalSpy loading(load.get(), &PagedLoad::loadingChanged);
    load->fetchMore();
    QVERIFY(load->isLoading());
    load->reset();
    QVERIFY(!load->isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.last().at(0).toBool(), false);
    // The answer still arrives; it belongs to the list before the reset.
    load->fetchMore();
    QVERIFY(waitIdle(*load));
    QTest::qWait(100);
    QCOMPARE(rows, 5);
    QCOMPARE(landings.size(), 1);
}

void TestPagedLoad::aFailureStopsFetchMoreUntilLoadAll()
{
    QList<Landing> landings;
    int rows = 0;
    const auto load = membersLoad(5, &landings, &rows);
    QSignalSpy failed(load.get(), &PagedLoad::failed);
    // Whoever is told loading ended must already see the failure, or a view would ask again at once.
    QList<bool> canFetchWhenLoadingEnded;
    connect(load.get(), &PagedLoad::loadingChanged, this, [&](bool loading) {
        if (!loading)
            canFetchWhenLoadingEnded.append(load->canFetchMore());
    });
    QVERIFY(m_data.setFaults(QStringLiteral("500=1"), QStringLiteral("/members")));
    load->fetchMore();
    QVERIFY(failed.wait(10000));
    QVERIFY(m_data.setFaults(QString()));
    QVERIFY(!load->isLoading());
    QVERIFY(!load->canFetchMore());
    QCOMPARE(canFetchWhenLoadingEnded, QList<bool> { false });
    QCOMPARE(rows, 0);
    load->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(load->isComplete() && !load->isLoading(), 10000);
    QCOMPARE(rows, kMembers);
    QCOMPARE(failed.size(), 1);
}

QTEST_GUILESS_MAIN(TestPagedLoad)
#include "tst_paged_load.moc"
