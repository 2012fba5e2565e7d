// How the console copes with a 20,000-member organization (the sandbox's
// "scale-test", --scale N): through a real TenantSession over loopback,
//  - MemberListModel: time to the first page and to every member loaded,
//    and heap per member held;
//  - the Members table: time to sort and to filter every row, and the time
//    to paint one frame while scrolling from top to bottom (the real
//    MembersPane, 1200x760, avatars as initials);
//  - RoleHoldersModel (the Roles tab): time to load every member with roles
//    and to pick a role's holders.
//
// Prints numbers only; targets are in the summary line, not asserted, since
// timings depend on the machine. Exits non-zero when an answer is wrong (rows
// missing, holders not matching the members' roles), so a smoke run proves it
// still works.
#include "AvatarCache.h"
#include "ConnectedTenant.h"
#include "MemberListModel.h"
#include "MembersPane.h"
#include "RoleHoldersModel.h"
#include "TenantSession.h"
#include "TextFilterProxyModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonObject>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// Bytes of heap in use (glibc), or resident memory elsewhere on Linux; 0 if unknown.
qint64 heapInUse()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    return qint64(mallinfo2().uordblks);
#else
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
#endif
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 2);
}

struct Frames
{
    std::vector<qint64> nanos;
    QString summary() const
    {
        std::vector<qint64> sorted = nanos;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        if (n == 0)
            return QStringLiteral("no frames");
        return QStringLiteral("%1 frames: median %2 ms, p95 %3 ms, max %4 ms")
            .arg(n)
            .arg(ms(sorted[n / 2]), ms(sorted[std::min(n - 1, n * 95 / 100)]), ms(sorted.back()));
    }
    qint64 p95() const
    {
        std::vector<qint64> sorted = nanos;
        std::sort(sorted.begin(), sorted.end());
        return sorted.empty() ? 0 : sorted[std::min(sorted.size() - 1, sorted.size() * 95 / 100)];
    }
};

// Scrolls the view from top to bottom a viewport at a time, painting each frame.
Frames scrollThrough(QTableView *view, int maxFrames)
{
    Frames frames;
    QScrollBar *bar = view->verticalScrollBar();
    const int step = std::max(1, std::max(bar->pageStep(), (bar->maximum() - bar->minimum()) / maxFrames));
    QElapsedTimer timer;
    for (int value = bar->minimum(); value <= bar->maximum(); value += step) {
        timer.start();
        bar->setValue(value);
        view->viewport()->repaint();
        frames.nanos.push_back(timer.nsecsElapsed());
    }
    return frames;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the member list with a large organization."));
    parser.addHelpOption();
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Members in scale-test."),
                                           QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("Most frames painted per scroll."),
                                          QStringLiteral("n"), QStringLiteral("400"));
    parser.addOptions({ membersOption, framesOption });
    parser.process(app);
    const int members = std::max(200, parser.value(membersOption).toInt());
    const int maxFrames = std::max(10, parser.value(framesOption).toInt());
    QTextStream out(stdout);

    Sandbox::SandboxOptions options = quietSandboxOptions(QStringLiteral("empty"));
    options.scale = members;
    QElapsedTimer timer;
    timer.start();
    ConnectedTenant tenant(options);
    if (!tenant.start()) {
        out << "Could not start the sandbox or connect to it" << Qt::endl;
        return 1;
    }
    out << QStringLiteral("Sandbox with %L1 members in scale-test: %2 ms").arg(members).arg(timer.elapsed())
        << Qt::endl;
    const QString orgId = tenant.sandbox()
                              .call("GET", QStringLiteral("/api/v2/organizations/name/scale-test"))
                              .object()
                              .value(QStringLiteral("id"))
                              .toString();
    if (orgId.isEmpty()) {
        out << "No scale-test organization" << Qt::endl;
        return 1;
    }
    TenantSession &session = *tenant.session();

    // MemberListModel, as the Members tab drives it.
    const qint64 heapBefore = heapInUse();
    auto *model = new MemberListModel;
    model->setSession(&session);
    timer.start();
    model->setOrganization(orgId);
    (void)QTest::qWaitFor([&] { return !model->isLoading(); }, 30000);
    const qint64 firstPage = timer.nsecsElapsed();
    timer.start();
    model->loadAll();
    (void)QTest::qWaitFor([&] { return model->isComplete() && !model->isLoading(); }, 600000);
    const qint64 allLoaded = timer.nsecsElapsed();
    if (model->rowCount() != members) {
        out << QStringLiteral("WRONG: %1 rows loaded of %2").arg(model->rowCount()).arg(members) << Qt::endl;
        return 1;
    }
    const qint64 heapAfter = heapInUse();
    out << QStringLiteral("MemberListModel: first page %1 ms; all %L2 members %3 ms (%4 pages, %5 ms a page)")
               .arg(ms(firstPage))
               .arg(members)
               .arg(ms(allLoaded))
               .arg((members + 99) / 100)
               .arg(ms(allLoaded / ((members + 99) / 100)))
        << Qt::endl;
    out << QStringLiteral("  heap held: %1 MiB, %2 bytes per member")
               .arg(double(heapAfter - heapBefore) / 1048576.0, 0, 'f', 1)
               .arg((heapAfter - heapBefore) / members)
        << Qt::endl;

    TextFilterProxyModel proxy(MemberListModel::SearchTextRole);
    proxy.setSourceModel(model);
    timer.start();
    proxy.sort(MemberListModel::NameColumn);
    out << QStringLiteral("  sort by name: %1 ms").arg(ms(timer.nsecsElapsed())) << Qt::endl;
    timer.start();
    proxy.setFilterText(QStringLiteral("smith"));
    out << QStringLiteral("  filter \"smith\": %1 ms, %L2 rows match")
               .arg(ms(timer.nsecsElapsed()))
               .arg(proxy.rowCount())
        << Qt::endl;
    proxy.setFilterText(QString());
    delete model;

    // The real Members tab, scrolled top to bottom.
    MembersPane pane;
    pane.avatars()->setFetchingEnabled(false);
    pane.resize(1200, 760);
    pane.setSession(&session);
    pane.setCapabilities(session.capabilities());
    Api::Organization organization;
    organization.id = orgId;
    organization.name = QStringLiteral("scale-test");
    pane.setOrganization(organization);
    pane.show();
    (void)QTest::qWaitForWindowExposed(&pane);
    pane.model()->loadAll();
    (void)QTest::qWaitFor([&] { return pane.model()->isComplete() && !pane.model()->isLoading(); }, 600000);
    const Frames unsorted = scrollThrough(pane.view(), maxFrames);
    out << QStringLiteral("Members table scroll, tenant order: %1").arg(unsorted.summary()) << Qt::endl;
    timer.start();
    pane.view()->sortByColumn(MemberListModel::NameColumn, Qt::AscendingOrder);
    out << QStringLiteral("  sort by clicking Name: %1 ms").arg(ms(timer.nsecsElapsed())) << Qt::endl;
    const Frames sorted = scrollThrough(pane.view(), maxFrames);
    out << QStringLiteral("Members table scroll, sorted by name: %1").arg(sorted.summary()) << Qt::endl;

    // The Roles tab's model: every member with roles, then one role's holders.
    RoleHoldersModel holders;
    holders.setSession(&session);
    holders.setOrganization(orgId);
    timer.start();
    holders.reload();
    (void)QTest::qWaitFor([&] { return !holders.isLoading(); }, 600000);
    const qint64 holdersLoaded = timer.nsecsElapsed();
    if (!holders.isComplete() || holders.loadedMemberCount() != members) {
        out << QStringLiteral("WRONG: RoleHoldersModel loaded %1 of %2").arg(holders.loadedMemberCount()).arg(members)
            << Qt::endl;
        return 1;
    }
    const auto counts = holders.holderCounts();
    const QString busiest = std::max_element(counts.cbegin(), counts.cend()).key();
    Api::Role role;
    role.id = busiest;
    timer.start();
    holders.setRole(role);
    const qint64 pick = timer.nsecsElapsed();
    if (holders.rowCount() != counts.value(busiest)) {
        out << "WRONG: holder rows do not match the count" << Qt::endl;
        return 1;
    }
    out << QStringLiteral("RoleHoldersModel: all %L1 members with roles %2 ms; holders of one role (%L3) %4 ms")
               .arg(members)
               .arg(ms(holdersLoaded))
               .arg(holders.rowCount())
               .arg(ms(pick))
        << Qt::endl;
    out << QStringLiteral("Targets: a frame under 16 ms (p95 now %1 ms sorted, %2 ms unsorted)")
               .arg(ms(sorted.p95()), ms(unsorted.p95()))
        << Qt::endl;
    return 0;
}
