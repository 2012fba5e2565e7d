#include "SandboxService.h"

#include "ClientsHandler.h"
#include "ConnectionsHandler.h"
#include "DemoSeeder.h"
#include "EnabledConnectionsHandler.h"
#include "InvitationsHandler.h"
#include "MemberRolesHandler.h"
#include "MembersHandler.h"
#include "OrganizationClientGrantsHandler.h"
#include "OrganizationConnectionsHandler.h"
#include "OrganizationsHandler.h"
#include "RolesHandler.h"
#include "RouteGroup.h"
#include "TenantSettingsHandler.h"
#include "TokenHandler.h"
#include "UsersHandler.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Sandbox {

namespace {
QByteArray signingKeyFor(quint32 seed)
{
    // A fresh random key per process: tokens from one sandbox never validate on another.
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    Q_UNUSED(seed)
    return key;
}
} // namespace

SandboxService::SandboxService(const SandboxOptions &options)
    : m_options(options)
    , m_store(options.randomSeed)
    , m_signer(signingKeyFor(options.randomSeed))
    , m_rateLimiter(options.rateBurst, options.ratePerSecond)
{
    if (!options.faults.isEmpty())
        m_faults.parse(options.faults);
    m_faults.setSeed(options.faultSeed);

    m_groups.push_back(std::make_unique<OrganizationsHandler>(m_store));
    m_groups.push_back(std::make_unique<EnabledConnectionsHandler>(m_store));
    m_groups.push_back(std::make_unique<OrganizationConnectionsHandler>(m_store));
    m_groups.push_back(std::make_unique<MembersHandler>(m_store));
    m_groups.push_back(std::make_unique<MemberRolesHandler>(m_store));
    m_groups.push_back(std::make_unique<InvitationsHandler>(m_store));
    m_groups.push_back(std::make_unique<OrganizationClientGrantsHandler>(m_store));
    m_groups.push_back(std::make_unique<RolesHandler>(m_store));
    m_groups.push_back(std::make_unique<UsersHandler>(m_store));
    m_groups.push_back(std::make_unique<ClientsHandler>(m_store));
    m_groups.push_back(std::make_unique<ConnectionsHandler>(m_store));
    m_groups.push_back(std::make_unique<TenantSettingsHandler>(m_store));
    m_groups.push_back(std::make_unique<TokenHandler>(*this));
    for (const auto &group : m_groups)
        group->addRoutes(m_router);
    addAdminRoutes();

    DemoSeeder seeder(m_store, options);
    if (options.seed == QLatin1String("demo"))
        seeder.seedDemo();
    else
        seeder.seedEmpty();
    if (options.scale > 0)
        seeder.seedScale(options.scale);
}

SandboxService::~SandboxService() = default;

void SandboxService::addAdminRoutes()
{
    // Outside /api/v2: for tests and benchmarks, never part of Auth0's surface.
    m_router.add("GET", QStringLiteral("/sandbox/stats"), {},
                 [this](const SandboxRequest &) { return SandboxReply::json(200, m_stats.toJson()); });
    m_router.add("DELETE", QStringLiteral("/sandbox/stats"), {}, [this](const SandboxRequest &) {
        m_stats.reset();
        return SandboxReply::empty(204);
    });
    m_router.add("PUT", QStringLiteral("/sandbox/faults"), {}, [this](const SandboxRequest &request) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        FaultPlan plan;
        const QString problem = plan.parse(body.value(QStringLiteral("faults")).toString());
        if (!problem.isEmpty())
            return SandboxReply::invalidBody(problem);
        m_faults.setRates(plan.rates());
        m_faults.setDelayMs(plan.delayMs());
        m_faults.setPathFilter(body.value(QStringLiteral("path")).toString());
        if (body.contains(QStringLiteral("seed")))
            m_faults.setSeed(quint32(body.value(QStringLiteral("seed")).toInteger()));
        return SandboxReply::empty(204);
    });
}

QByteArray SandboxService::issueToken(const QStringList &scopes, qint64 lifetimeSecs, const QByteArray &host) const
{
    const qint64 now = m_store.nowMs() / 1000;
    const QString domain = host.isEmpty() ? QStringLiteral("127.0.0.1") : QString::fromLatin1(host);
    const QJsonObject claims {
        { QStringLiteral("iss"), QStringLiteral("https://%1/").arg(domain) },
        { QStringLiteral("sub"), QString(m_options.clientId + QStringLiteral("@clients")) },
        { QStringLiteral("aud"), QStringLiteral("https://%1/api/v2/").arg(domain) },
        { QStringLiteral("iat"), now },
        { QStringLiteral("exp"), now + lifetimeSecs },
        { QStringLiteral("scope"), scopes.join(QLatin1Char(' ')) },
        { QStringLiteral("gty"), QStringLiteral("client-credentials") },
        { QStringLiteral("azp"), m_options.clientId },
    };
    return m_signer.sign(claims);
}

std::optional<SandboxReply> SandboxService::authenticate(const IncomingRequest &request, QStringList *scopes) const
{
    if (request.authorization.isEmpty())
        return SandboxReply::error(401, QStringLiteral("Missing authentication"));
    if (!request.authorization.startsWith("Bearer ") || request.authorization.size() <= 7)
        return SandboxReply::error(401, QStringLiteral("Bad HTTP authentication header format"));
    QJsonObject claims;
    switch (m_signer.verify(request.authorization.mid(7).trimmed(), m_store.nowMs() / 1000, &claims)) {
    case TokenSigner::Verdict::Valid:
        break;
    case TokenSigner::Verdict::Malformed:
        return SandboxReply::error(401, QStringLiteral("Invalid token"));
    case TokenSigner::Verdict::BadSignature:
        return SandboxReply::error(401, QStringLiteral("Invalid signature received for JSON Web Token validation"));
    case TokenSigner::Verdict::Expired:
        return SandboxReply::error(401, QStringLiteral("Expired token received for JSON Web Token validation"));
    }
    *scopes = claims.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::nullopt;
}

void SandboxService::stampRateLimit(SandboxReply &reply, const RateLimiter::Decision &decision) const
{
    reply.headers.append({ "X-RateLimit-Limit", QByteArray::number(decision.limit) });
    reply.headers.append({ "X-RateLimit-Remaining", QByteArray::number(decision.remaining) });
    reply.headers.append({ "X-RateLimit-Reset", QByteArray::number(decision.resetEpochSecs) });
}

Outcome SandboxService::handle(const IncomingRequest &incoming)
{
    Outcome outcome;
    const QStringList segments = Router::splitPath(incoming.path);
    const bool managementApi
        = segments.size() >= 2 && segments.at(0) == QLatin1String("api") && segments.at(1) == QLatin1String("v2");
    const Router::Match match = m_router.match(incoming.method, segments);
    outcome.routeKey = QString::fromLatin1(incoming.method) + QLatin1Char(' ')
        + (match.route ? match.route->pattern : QStringLiteral("(unknown)"));
    m_stats.countRequest(outcome.routeKey);

    SandboxRequest request;
    request.method = incoming.method;
    request.path = incoming.path;
    request.params = match.params;
    request.query = QUrlQuery(incoming.query);
    request.body = incoming.body;
    request.contentType = incoming.contentType.toLower();
    request.host = incoming.host;

    auto finish = [&](SandboxReply reply) {
        m_stats.countResponse(reply.status);
        outcome.reply = std::move(reply);
        return outcome;
    };

    if (!managementApi) {
        if (!match.route)
            return finish(SandboxReply::error(404, QStringLiteral("Not Found")));
        return finish(match.route->handler(request));
    }

    // Every /api/v2 answer carries the rate-limit headers, 429s included.
    RateLimiter::Decision decision;
    const bool limited = m_rateLimiter.enabled();
    if (limited)
        decision = m_rateLimiter.take(m_store.nowMs());
    auto finishApi = [&](SandboxReply reply) {
        if (limited) {
            stampRateLimit(reply, decision);
            if (reply.status == 429)
                reply.headers.append({ "Retry-After", QByteArray::number(decision.retryAfterSecs) });
        }
        return finish(std::move(reply));
    };
    if (limited && !decision.allowed)
        return finishApi(SandboxReply::error(429, QStringLiteral("Global limit has been reached"),
                                             QStringLiteral("too_many_requests")));

    if (auto denied = authenticate(incoming, &request.grantedScopes))
        return finishApi(*denied);
    if (!match.route)
        return finishApi(SandboxReply::error(404, QStringLiteral("Not Found")));

    const QStringList &needed = match.route->requiredScopes;
    const bool allowed = needed.isEmpty() || std::any_of(needed.cbegin(), needed.cend(), [&](const QString &s) {
                             return request.grantedScopes.contains(s);
                         });
    if (!allowed)
        return finishApi(SandboxReply::error(
            403, QStringLiteral("Insufficient scope, expected any of: ") + needed.join(QLatin1Char(',')),
            QStringLiteral("insufficient_scope")));

    outcome.fault = m_faults.draw(incoming.path);
    if (outcome.fault != FaultPlan::Fault::None)
        m_stats.countFault(FaultPlan::name(outcome.fault));
    switch (outcome.fault) {
    case FaultPlan::Fault::Status500:
        return finishApi(SandboxReply::error(500, QStringLiteral("Internal Server Error")));
    case FaultPlan::Fault::Status502:
        return finishApi(SandboxReply::error(502, QStringLiteral("Bad Gateway")));
    case FaultPlan::Fault::Status503:
        return finishApi(SandboxReply::error(503, QStringLiteral("Service Unavailable")));
    case FaultPlan::Fault::Html: {
        SandboxReply html;
        html.status = 502;
        html.contentType = "text/html";
        html.body = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                    "</center><hr><center>nginx</center></body></html>";
        return finishApi(html);
    }
    case FaultPlan::Fault::Malformed: {
        SandboxReply junk;
        junk.status = 200;
        junk.body = "{\"organizations\": [{\"id\": \"org_";
        return finishApi(junk);
    }
    case FaultPlan::Fault::Drop:
    case FaultPlan::Fault::Hang:
        // The request never reaches the tenant.
        return finishApi(SandboxReply::empty(0));
    case FaultPlan::Fault::Delay:
        outcome.delayMs = m_faults.delayMs();
        break;
    case FaultPlan::Fault::Lost:
    case FaultPlan::Fault::Truncate:
    case FaultPlan::Fault::None:
        break;
    }
    return finishApi(match.route->handler(request));
}

} // namespace Sandbox
