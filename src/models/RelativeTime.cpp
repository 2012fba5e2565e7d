#include "RelativeTime.h"

#include "LocaleFormat.h"
#include "TimeUnits.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace RelativeTime {

namespace {
using namespace TimeUnits;

enum class Unit { Minute, Hour, Day, Month, Year };

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("RelativeTime", text, nullptr, n);
}

// English has no "%n" plural form without a translation file, so one is said
// apart; the "%Ln" strings still get every plural form a translator needs.
QString future(Unit unit, int n)
{
    switch (unit) {
    case Unit::Minute:
        return n == 1 ? tr("in 1 minute") : tr("in %Ln minutes", n);
    case Unit::Hour:
        return n == 1 ? tr("in 1 hour") : tr("in %Ln hours", n);
    case Unit::Day:
        return n == 1 ? tr("in 1 day") : tr("in %Ln days", n);
    case Unit::Month:
        return n == 1 ? tr("in 1 month") : tr("in %Ln months", n);
    case Unit::Year:
        return n == 1 ? tr("in 1 year") : tr("in %Ln years", n);
    }
    return {};
}

QString past(Unit unit, int n)
{
    switch (unit) {
    case Unit::Minute:
        return n == 1 ? tr("1 minute ago") : tr("%Ln minutes ago", n);
    case Unit::Hour:
        return n == 1 ? tr("1 hour ago") : tr("%Ln hours ago", n);
    case Unit::Day:
        return n == 1 ? tr("1 day ago") : tr("%Ln days ago", n);
    case Unit::Month:
        return n == 1 ? tr("1 month ago") : tr("%Ln months ago", n);
    case Unit::Year:
        return n == 1 ? tr("1 year ago") : tr("%Ln years ago", n);
    }
    return {};
}
} // namespace

QString describe(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid() || !now.isValid())
        return {};
    const qint64 delta = now.secsTo(when);
    const qint64 span = qAbs(delta);
    if (span < kMinute)
        return delta >= 0 ? tr("in less than a minute") : tr("less than a minute ago");
    // Rounded to the nearest unit: an invitation for three days, just sent,
    // expires "in 3 days", not "in 2 days". 59.6 minutes become "1 hour".
    struct Step
    {
        Unit unit;
        qint64 size;
        qint64 upTo; // spans below this use this unit
    };
    static const Step steps[] = {
        { Unit::Minute, kMinute, kHour - kMinute / 2 },
        { Unit::Hour, kHour, kDay - kHour / 2 },
        // "in 45 days" reads better than "in 1 month" for an invitation's lifetime.
        { Unit::Day, kDay, 2 * kMonth - kDay / 2 },
        { Unit::Month, kMonth, kYear - kMonth / 2 },
        { Unit::Year, kYear, std::numeric_limits<qint64>::max() },
    };
    const Step *step = steps;
    while (span >= step->upTo)
        ++step;
    const int n = int(qMax<qint64>(1, (span + step->size / 2) / step->size));
    return delta >= 0 ? future(step->unit, n) : past(step->unit, n);
}

QString absolute(const QDateTime &when)
{
    return LocaleFormat::dateTime(when);
}

QString date(const QDateTime &when)
{
    return when.isValid() ? LocaleFormat::date(when.toLocalTime().date()) : QString();
}

} // namespace RelativeTime
