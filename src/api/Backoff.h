#pragma once

#include <QRandomGenerator>

namespace Api {

// Capped exponential backoff with jitter: attempt n waits between half and
// all of min(cap, base * 2^(n-1)), so many clients do not retry in step.
class Backoff final
{
public:
    // seed 0: a random seed.
    Backoff(int baseMs = 500, int capMs = 10000, quint32 seed = 0);

    void configure(int baseMs, int capMs);
    // attempt: 1 for the first retry.
    int delayMs(int attempt);
    int ceilingMs(int attempt) const;

private:
    int m_baseMs;
    int m_capMs;
    QRandomGenerator m_random;
};

} // namespace Api
