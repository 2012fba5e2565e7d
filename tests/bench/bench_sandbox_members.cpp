// How fast the sandbox serves one 100-row page of organization members with
// roles inline, from an organization of 100,000 members: by offset (first
// and deepest allowed page) and by checkpoint (first page and a seek into the
// middle), through SandboxService::handle and over loopback HTTP.
//
// Prints timings only. The target is about 2 ms per page; it is not asserted,
// because timings depend on the machine. Exits non-zero when an answer is
// wrong (status, row count, roles missing), so a smoke run proves it works.
#include "MemberCursor.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>

#include <algorithm>
#include <iterator>
#include <vector>

namespace {

const QString kPage = QStringLiteral("fields=user_id,email,picture,name,roles&include_fields=true&per_page=100");
const QString kCheckpoint = QStringLiteral("fields=user_id,email,picture,name,roles&include_fields=true&take=100");

struct Probe
{
    QString label;
    QString pathAndQuery;
};

// The organization "bench" with n members, each a tenant user with the usual
// profile fields, a quarter without roles and the rest holding one to three.
QString buildOrganization(Sandbox::TenantStore &store, int n)
{
    QStringList roles;
    for (int i = 0; i < 5; ++i) {
        const QString id = store.newId(QStringLiteral("rol_"));
        store.roles().insert(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("name"), QStringLiteral("Bench Role %1").arg(i)},
                        {QStringLiteral("description"), QStringLiteral("Role %1 for the benchmark").arg(i)}});
        roles.append(id);
    }
    Sandbox::Organization fresh;
    fresh.id = store.newId(QStringLiteral("org_"));
    fresh.name = QStringLiteral("bench");
    Sandbox::Organization &org = store.addOrganization(std::move(fresh));
    store.users().reserve(store.users().size() + n);
    org.joinedAt.reserve(n);
    const qint64 start = 1700000000000LL;
    for (int i = 0; i < n; ++i) {
        const QString userId = QStringLiteral("auth0|%1").arg(i, 24, 16, QLatin1Char('0'));
        store.users().insert(QJsonObject{
            {QStringLiteral("user_id"), userId},
            {QStringLiteral("email"), QStringLiteral("user%1@bench.example").arg(i)},
            {QStringLiteral("email_verified"), true},
            {QStringLiteral("name"), QStringLiteral("Bench User %1").arg(i)},
            {QStringLiteral("nickname"), QStringLiteral("user%1").arg(i)},
            {QStringLiteral("picture"), QStringLiteral("https://cdn.example/avatars/%1.png").arg(i % 100)},
            {QStringLiteral("created_at"), QStringLiteral("2023-11-14T22:13:20.000Z")},
        });
        org.addMember(userId, start + i * 7);
        const int held = i % 4; // 0..3 roles
        QStringList &memberRoles = *org.memberRoles(userId);
        for (int k = 0; k < held; ++k)
            memberRoles.append(roles.at((i + k) % roles.size()));
    }
    return org.id;
}

QList<Probe> probes(Sandbox::TenantStore &store, const QString &orgId)
{
    const Sandbox::Organization *org = store.organization(orgId);
    const QString base = QStringLiteral("/api/v2/organizations/") + orgId + QStringLiteral("/members?");
    const auto middle = std::next(org->members.begin(), qint64(org->members.size() / 2));
    const QString cursor = QString::fromLatin1(QUrl::toPercentEncoding(Sandbox::MemberCursor::encode(middle->first)));
    return {
        {QStringLiteral("offset page 0"), base + kPage},
        {QStringLiteral("offset page 9 (deepest)"), base + kPage + QStringLiteral("&page=9&include_totals=true")},
        {QStringLiteral("checkpoint first page"), base + kCheckpoint},
        {QStringLiteral("checkpoint from the middle"), base + kCheckpoint + QStringLiteral("&from=") + cursor},
    };
}

// A page is right when it has 100 rows, each with the five fields, roles among them.
bool pageIsRight(int status, const QByteArray &body, QString *why)
{
    if (status != 200) {
        *why = QStringLiteral("status %1: %2").arg(status).arg(QString::fromUtf8(body.left(200)));
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonArray rows = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("members")).toArray();
    if (rows.size() != 100) {
        *why = QStringLiteral("%1 rows").arg(rows.size());
        return false;
    }
    for (const QJsonValue &row : rows) {
        const QJsonObject member = row.toObject();
        if (member.size() != 5 || !member.value(QStringLiteral("roles")).isArray()) {
            *why = QStringLiteral("row without the five fields: ") + QString::fromUtf8(QJsonDocument(member).toJson());
            return false;
        }
    }
    return true;
}

void report(QTextStream &out, const QString &label, std::vector<qint64> nanos)
{
    std::sort(nanos.begin(), nanos.end());
    const auto ms = [](qint64 ns) {
        return QString::number(double(ns) / 1e6, 'f', 3);
    };
    qint64 sum = 0;
    for (qint64 ns : nanos)
        sum += ns;
    const size_t n = nanos.size();
    out << QStringLiteral("  %1  min %2  median %3  p95 %4  mean %5 ms  (%6 runs)")
               .arg(label, -28)
               .arg(ms(nanos.front()), ms(nanos[n / 2]), ms(nanos[std::min(n - 1, n * 95 / 100)]), ms(sum / qint64(n)))
               .arg(n)
        << Qt::endl;
}

// Through SandboxService::handle: routing, token check, handler, JSON.
bool benchService(QTextStream &out, int members, int iterations)
{
    ServiceHarness h(quietSandboxOptions(QStringLiteral("empty")));
    QElapsedTimer seedTimer;
    seedTimer.start();
    const QString orgId = buildOrganization(h.store(), members);
    out << QStringLiteral("Seeded %1 members in %2 ms").arg(members).arg(seedTimer.elapsed()) << Qt::endl;
    out << QStringLiteral("SandboxService::handle:") << Qt::endl;
    const QByteArray authorization = "Bearer " + h.tokenWith(Sandbox::SandboxOptions::allScopes());

    for (const Probe &probe : probes(h.store(), orgId)) {
        Sandbox::IncomingRequest request;
        request.method = "GET";
        const int q = probe.pathAndQuery.indexOf(QLatin1Char('?'));
        request.path = probe.pathAndQuery.left(q);
        request.query = probe.pathAndQuery.mid(q + 1);
        request.host = "127.0.0.1";
        request.authorization = authorization;

        const Sandbox::Outcome first = h.service().handle(request);
        QString why;
        if (!pageIsRight(first.reply.status, first.reply.body, &why)) {
            out << QStringLiteral("WRONG ANSWER for %1: %2").arg(probe.label, why) << Qt::endl;
            return false;
        }
        std::vector<qint64> nanos;
        nanos.reserve(size_t(iterations));
        QElapsedTimer timer;
        for (int i = 0; i < iterations; ++i) {
            timer.start();
            const Sandbox::Outcome outcome = h.service().handle(request);
            nanos.push_back(timer.nsecsElapsed());
            if (outcome.reply.status != 200)
                return false;
        }
        report(out, probe.label, nanos);
    }
    return true;
}

// Over loopback HTTP to a sandbox on its own thread, as the app talks to it.
bool benchHttp(QTextStream &out, int members, int iterations)
{
    SandboxFixture sandbox(quietSandboxOptions(QStringLiteral("empty")));
    if (!sandbox.start()) {
        out << QStringLiteral("Could not start the sandbox server") << Qt::endl;
        return false;
    }
    QString orgId;
    QList<Probe> list;
    sandbox.thread().runOnServer([&](Sandbox::SandboxServer &server) {
        orgId = buildOrganization(server.service().store(), members);
        list = probes(server.service().store(), orgId);
    });
    out << QStringLiteral("HTTP (QNetworkAccessManager -> 127.0.0.1, keep-alive):") << Qt::endl;
    const QByteArray authorization = "Bearer " + sandbox.token();
    QNetworkAccessManager nam;
    const auto fetch = [&](const QString &pathAndQuery, int *status) {
        QNetworkRequest request(QUrl(sandbox.baseUrl() + pathAndQuery));
        request.setRawHeader("Authorization", authorization);
        request.setTransferTimeout(30000);
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    };

    for (const Probe &probe : list) {
        int status = 0;
        const QByteArray body = fetch(probe.pathAndQuery, &status);
        QString why;
        if (!pageIsRight(status, body, &why)) {
            out << QStringLiteral("WRONG ANSWER over HTTP for %1: %2").arg(probe.label, why) << Qt::endl;
            return false;
        }
        std::vector<qint64> nanos;
        nanos.reserve(size_t(iterations));
        QElapsedTimer timer;
        for (int i = 0; i < iterations; ++i) {
            timer.start();
            fetch(probe.pathAndQuery, &status);
            nanos.push_back(timer.nsecsElapsed());
            if (status != 200)
                return false;
        }
        report(out, probe.label, nanos);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the sandbox's organization member listing."));
    parser.addHelpOption();
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Members in the organization."),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
                                              QStringLiteral("Timed calls per probe through SandboxService."),
                                              QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption httpOption(QStringLiteral("http-iterations"),
                                        QStringLiteral("Timed calls per probe over HTTP."), QStringLiteral("n"),
                                        QStringLiteral("300"));
    parser.addOptions({membersOption, iterationsOption, httpOption});
    parser.process(app);
    // At least 1000, so the deepest offset page (9 of 100) is a full one.
    const int members = std::max(1000, parser.value(membersOption).toInt());
    const int iterations = std::max(1, parser.value(iterationsOption).toInt());
    const int httpIterations = std::max(1, parser.value(httpOption).toInt());

    QTextStream out(stdout);
    if (!benchService(out, members, iterations))
        return 1;
    if (!benchHttp(out, members, httpIterations))
        return 1;
    return 0;
}
