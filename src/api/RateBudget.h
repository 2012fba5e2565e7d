#pragma once

#include "ApiRequest.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Api {

// The client's model of the tenant's token bucket, fed by X-RateLimit-Limit,
// -Remaining and -Reset (epoch seconds) on each answer, and by 429s. It says
// how long to hold the next request so a long run stays under the limit
// instead of bouncing off it. Pure arithmetic on times passed in: no clock,
// no timers, so it is tested without waiting.
class RateBudget final
{
public:
    // Bulk requests leave this many tokens for interactive ones.
    void setBulkReserve(int tokens) { m_bulkReserve = tokens; }

    // An answer arrived at nowMs. sentAfter: requests sent after this one that
    // are still out (the server had not counted them when it answered).
    void onResponse(qint64 nowMs, const QList<QPair<QByteArray, QByteArray>> &headers, int sentAfter);
    void onResponse(qint64 nowMs, int limit, int remaining, qint64 resetEpochSecs, int sentAfter);
    // A 429: hold everything until Retry-After (seconds), else the reset time.
    // Returns when sending may resume (epoch ms).
    qint64 onRateLimited(qint64 nowMs, int retryAfterSecs, qint64 resetEpochSecs, int sentAfter);
    // A request is about to go out.
    void onSend(qint64 nowMs);

    // 0: send now; otherwise how many ms to wait.
    qint64 delayMs(qint64 nowMs, Priority priority) const;

    bool isKnown() const { return m_limit > 0; }
    int limit() const { return m_limit; }
    double refillPerSecond() const;
    double tokensAt(qint64 nowMs) const;
    qint64 blockedUntilMs() const { return m_blockedUntilMs; }

private:
    void refillTo(qint64 nowMs);

    int m_limit = 0;
    double m_tokens = 0;
    qint64 m_tokensAtMs = 0;
    qint64 m_resetMs = 0;
    qint64 m_blockedUntilMs = 0;
    qint64 m_lastSendMs = 0;
    int m_bulkReserve = 2;
    // Recent refill-rate samples; the largest is used (each one undershoots).
    QList<double> m_rateSamples;
};

} // namespace Api
