#include "ManualClock.h"

#include <algorithm>

ManualClock::ManualClock(qint64 startMs)
    : m_nowMs(startMs)
{
}

void ManualClock::callAfter(int delayMs, QObject *context, std::function<void()> fn)
{
    m_pending.append(Pending{m_nowMs + std::max(0, delayMs), m_order++, context, std::move(fn)});
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_nowMs + ms;
    for (;;) {
        auto next = std::min_element(m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) {
            return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.order < b.order;
        });
        if (next == m_pending.end() || next->dueMs > target)
            break;
        Pending due = std::move(*next);
        m_pending.erase(next);
        m_nowMs = std::max(m_nowMs, due.dueMs);
        if (due.context)
            due.fn();
    }
    m_nowMs = target;
}
