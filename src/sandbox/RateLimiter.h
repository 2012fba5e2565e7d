#pragma once

#include <QtGlobal>

namespace Sandbox {

// A token bucket like Auth0's: `burst` tokens, refilled continuously at
// `perSecond`. Times are in milliseconds since the epoch so that
// X-RateLimit-Reset (epoch seconds) can be computed from them.
class RateLimiter final
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSecs = 0;   // when the bucket is full again
        qint64 retryAfterSecs = 0;   // when at least one token is back (429 only)
    };

    RateLimiter() = default;
    RateLimiter(int burst, double perSecond);

    bool enabled() const { return m_burst > 0; }
    Decision take(qint64 nowMs);
    Decision peek(qint64 nowMs);

private:
    void refill(qint64 nowMs);
    Decision describe(qint64 nowMs, bool allowed) const;

    int m_burst = 0;
    double m_perSecond = 0;
    double m_tokens = 0;
    qint64 m_lastMs = -1;
};

} // namespace Sandbox
