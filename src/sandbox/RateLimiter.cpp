#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace Sandbox {

RateLimiter::RateLimiter(int burst, double perSecond)
    : m_burst(burst)
    , m_perSecond(perSecond)
    , m_tokens(burst)
{
}

void RateLimiter::refill(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min<double>(m_burst, m_tokens + (nowMs - m_lastMs) * m_perSecond / 1000.0);
    if (m_lastMs < 0 || nowMs > m_lastMs)
        m_lastMs = nowMs;
}

RateLimiter::Decision RateLimiter::take(qint64 nowMs)
{
    refill(nowMs);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return describe(nowMs, true);
    }
    return describe(nowMs, false);
}

RateLimiter::Decision RateLimiter::peek(qint64 nowMs)
{
    refill(nowMs);
    return describe(nowMs, true);
}

RateLimiter::Decision RateLimiter::describe(qint64 nowMs, bool allowed) const
{
    Decision d;
    d.allowed = allowed;
    d.limit = m_burst;
    d.remaining = int(std::floor(m_tokens));
    const double missing = m_burst - m_tokens;
    const double secsToFull = m_perSecond > 0 ? missing / m_perSecond : 0;
    d.resetEpochSecs = qint64(std::ceil((nowMs / 1000.0) + secsToFull));
    const double secsToOne = m_perSecond > 0 ? std::max(0.0, 1.0 - m_tokens) / m_perSecond : 1;
    d.retryAfterSecs = std::max<qint64>(1, qint64(std::ceil(secsToOne)));
    return d;
}

} // namespace Sandbox
