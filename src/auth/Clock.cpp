#include "Clock.h"

#include <QDateTime>
#include <QTimer>

namespace Auth {

namespace {
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    void callAfter(int delayMs, QObject *context, std::function<void()> fn) override
    {
        QTimer::singleShot(std::max(0, delayMs), context, std::move(fn));
    }
};
} // namespace

Clock::~Clock() = default;

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace Auth
