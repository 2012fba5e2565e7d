#include "Backoff.h"

#include <algorithm>

namespace Api {

Backoff::Backoff(int baseMs, int capMs, quint32 seed)
    : m_baseMs(baseMs)
    , m_capMs(capMs)
    , m_random(seed ? seed : QRandomGenerator::system()->generate())
{
}

void Backoff::configure(int baseMs, int capMs)
{
    m_baseMs = baseMs;
    m_capMs = capMs;
}

int Backoff::ceilingMs(int attempt) const
{
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const qint64 raw = qint64(m_baseMs) << exponent;
    return int(std::min<qint64>(raw, m_capMs));
}

int Backoff::delayMs(int attempt)
{
    const int ceiling = ceilingMs(attempt);
    const int half = ceiling / 2;
    return half + int(m_random.bounded(ceiling - half + 1));
}

} // namespace Api
