#pragma once

#include "FaultPlan.h"
#include "RateLimiter.h"
#include "Router.h"
#include "SandboxOptions.h"
#include "SandboxStats.h"
#include "TenantStore.h"
#include "TokenSigner.h"

#include <memory>
#include <vector>

namespace Sandbox {

class RouteGroup;

// One HTTP request as the network layer read it.
struct IncomingRequest
{
    QByteArray method;
    QString path;        // percent-encoded
    QString query;       // percent-encoded, without '?'
    QByteArray body;
    QByteArray contentType;
    QByteArray host;
    QByteArray authorization;
};

// What to send back, and how to misbehave while sending it.
struct Outcome
{
    SandboxReply reply;
    FaultPlan::Fault fault = FaultPlan::Fault::None;
    int delayMs = 0;
    QString routeKey;    // "GET /api/v2/organizations/{id}", for the log and stats
};

// The tenant behind the sandbox: authentication, scopes, rate limits, fault
// injection and routing to the resource handlers. No sockets here, so every
// rule can be tested without a server.
class SandboxService final
{
public:
    explicit SandboxService(const SandboxOptions &options);
    ~SandboxService();
    Q_DISABLE_COPY_MOVE(SandboxService)

    Outcome handle(const IncomingRequest &request);

    TenantStore &store() { return m_store; }
    SandboxStats &stats() { return m_stats; }
    FaultPlan &faults() { return m_faults; }
    const SandboxOptions &options() const { return m_options; }
    const Router &router() const { return m_router; }

    // A token as /oauth/token would issue it; tests use it for expiry and scope cases.
    QByteArray issueToken(const QStringList &scopes, qint64 lifetimeSecs, const QByteArray &host = {}) const;

private:
    void addAdminRoutes();
    std::optional<SandboxReply> authenticate(const IncomingRequest &request, QStringList *scopes) const;
    void stampRateLimit(SandboxReply &reply, const RateLimiter::Decision &decision) const;

    SandboxOptions m_options;
    TenantStore m_store;
    TokenSigner m_signer;
    RateLimiter m_rateLimiter;
    FaultPlan m_faults;
    SandboxStats m_stats;
    Router m_router;
    std::vector<std::unique_ptr<RouteGroup>> m_groups;
};

} // namespace Sandbox
