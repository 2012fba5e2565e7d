#include "RateBudget.h"

#include <algorithm>
#include <cmath>

namespace Api {

namespace {
constexpr int kMaxSamples = 16;
constexpr qint64 kMaxPlausibleResetMs = 3600 * 1000;
// Without a rate estimate and with no tokens left, look again after this long.
constexpr qint64 kUnknownRateWaitMs = 1000;

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}
} // namespace

void RateBudget::onResponse(qint64 nowMs, const QList<QPair<QByteArray, QByteArray>> &headers, int sentAfter)
{
    bool okLimit = false, okRemaining = false, okReset = false;
    const int limit = headerValue(headers, "X-RateLimit-Limit").toInt(&okLimit);
    const int remaining = headerValue(headers, "X-RateLimit-Remaining").toInt(&okRemaining);
    const qint64 reset = headerValue(headers, "X-RateLimit-Reset").toLongLong(&okReset);
    if (okLimit && okRemaining && limit > 0)
        onResponse(nowMs, limit, remaining, okReset ? reset : 0, sentAfter);
}

void RateBudget::onResponse(qint64 nowMs, int limit, int remaining, qint64 resetEpochSecs, int sentAfter)
{
    m_limit = limit;
    const qint64 resetMs = resetEpochSecs * 1000;
    const qint64 toReset = resetMs - nowMs;
    if (remaining < limit && toReset > 0 && toReset < kMaxPlausibleResetMs) {
        // The bucket is full again at reset: (limit - remaining) tokens in toReset ms.
        // The reset is rounded up to whole seconds, so this never overestimates.
        m_rateSamples.append((limit - remaining) * 1000.0 / double(toReset));
        if (m_rateSamples.size() > kMaxSamples)
            m_rateSamples.removeFirst();
    }
    if (resetEpochSecs > 0)
        m_resetMs = resetMs;
    m_tokens = double(remaining) - sentAfter;
    m_tokensAtMs = nowMs;
}

qint64 RateBudget::onRateLimited(qint64 nowMs, int retryAfterSecs, qint64 resetEpochSecs, int sentAfter)
{
    qint64 until = 0;
    if (retryAfterSecs > 0)
        until = nowMs + qint64(retryAfterSecs) * 1000;
    else if (resetEpochSecs * 1000 > nowMs)
        until = resetEpochSecs * 1000;
    else
        until = nowMs + kUnknownRateWaitMs;
    m_blockedUntilMs = std::max(m_blockedUntilMs, until);
    m_tokens = -double(sentAfter);
    m_tokensAtMs = nowMs;
    return m_blockedUntilMs;
}

double RateBudget::refillPerSecond() const
{
    if (m_rateSamples.isEmpty())
        return 0;
    return *std::max_element(m_rateSamples.cbegin(), m_rateSamples.cend());
}

double RateBudget::tokensAt(qint64 nowMs) const
{
    const double rate = refillPerSecond();
    const double elapsed = std::max<qint64>(0, nowMs - m_tokensAtMs) / 1000.0;
    return std::min<double>(m_limit, m_tokens + rate * elapsed);
}

void RateBudget::refillTo(qint64 nowMs)
{
    m_tokens = tokensAt(nowMs);
    m_tokensAtMs = std::max(m_tokensAtMs, nowMs);
}

void RateBudget::onSend(qint64 nowMs)
{
    m_lastSendMs = nowMs;
    if (!isKnown())
        return;
    refillTo(nowMs);
    m_tokens -= 1.0;
}

qint64 RateBudget::delayMs(qint64 nowMs, Priority priority) const
{
    if (nowMs < m_blockedUntilMs)
        return m_blockedUntilMs - nowMs;
    if (!isKnown())
        return 0;
    // Keep a reserve only where the bucket is big enough to have one.
    const int reserve = priority == Priority::Bulk ? std::clamp(m_bulkReserve, 0, std::max(0, m_limit / 4)) : 0;
    const double needed = 1.0 + reserve;
    const double tokens = tokensAt(nowMs);
    if (tokens >= needed)
        return 0;
    const double rate = refillPerSecond();
    if (rate <= 0) {
        // Nothing known about the refill: wait for the reset, then let one
        // request a second through as a probe; its answer tells us more.
        if (m_resetMs > nowMs)
            return m_resetMs - nowMs;
        const qint64 sinceSend = nowMs - m_lastSendMs;
        return sinceSend >= kUnknownRateWaitMs ? 0 : kUnknownRateWaitMs - sinceSend;
    }
    return std::max<qint64>(1, qint64(std::ceil((needed - tokens) * 1000.0 / rate)));
}

} // namespace Api
