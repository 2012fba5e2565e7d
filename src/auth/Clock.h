#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace Auth {

// Where "now" and delays come from. Token expiry and request pacing ask it
// instead of the system, so tests can move time without sleeping. It lives in
// the auth library because that is the lowest one both auth and api use.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock();
    Q_DISABLE_COPY_MOVE(Clock)

    // Milliseconds since the Unix epoch (rate-limit resets are epoch seconds).
    virtual qint64 nowMs() const = 0;
    // Runs fn after delayMs unless context is gone by then.
    virtual void callAfter(int delayMs, QObject *context, std::function<void()> fn) = 0;

    // The wall clock with QTimer; shared, never deleted.
    static Clock &system();
};

} // namespace Auth
