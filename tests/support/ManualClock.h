#pragma once

#include "auth/Clock.h"

#include <QList>
#include <QPointer>

// A clock that moves only when a test says so: token expiry and pacing are
// checked at chosen instants, without sleeping.
class ManualClock final : public Auth::Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000);

    qint64 nowMs() const override { return m_nowMs; }
    void callAfter(int delayMs, QObject *context, std::function<void()> fn) override;

    // Moves time forward, running every callback that falls due, in order.
    void advance(qint64 ms);
    void set(qint64 nowMs) { m_nowMs = nowMs; }
    int pendingCallbacks() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        qint64 dueMs;
        quint64 order;
        QPointer<QObject> context;
        std::function<void()> fn;
    };

    qint64 m_nowMs;
    quint64 m_order = 0;
    QList<Pending> m_pending;
};
