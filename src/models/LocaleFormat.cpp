#include "LocaleFormat.h"

#include "TimeUnits.h"
#include "auth/Clock.h"

#include <limits>

using namespace TimeUnits;

QString LocaleFormat::number(qint64 value)
{
    return QLocale().toString(value);
}

QString LocaleFormat::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString LocaleFormat::date(const QDate &date, QLocale::FormatType format)
{
    return date.isValid() ? QLocale().toString(date, format) : QString();
}

QString LocaleFormat::dateTime(const QDateTime &when, QLocale::FormatType format)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), format) : QString();
}

QString LocaleFormat::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid() || !now.isValid())
        return {};
    const qint64 seconds = now.secsTo(when);
    const bool future = seconds > 0;
    const qint64 distance = future ? seconds : -seconds;
    if (distance < kMinute)
        return future ? tr("in less than a minute") : tr("just now");
    // Rounded to the nearest unit: an invitation for three days, just sent,
    // expires "in 3 days", not "in 2 days"; 59.6 minutes become "1 hour".
    // Days run up to two months: "in 30 days" reads better than "in 1 month"
    // for an invitation's longest lifetime.
    enum class Unit { Minute, Hour, Day, Month, Year };
    struct Step
    {
        Unit unit;
        qint64 size;
        qint64 upTo; // distances below this count in this unit
    };
    static const Step steps[] = {
        { Unit::Minute, kMinute, kHour - kMinute / 2 },
        { Unit::Hour, kHour, kDay - kHour / 2 },
        { Unit::Day, kDay, 2 * kMonth - kDay / 2 },
        { Unit::Month, kMonth, kYear - kMonth / 2 },
        { Unit::Year, kYear, std::numeric_limits<qint64>::max() },
    };
    const Step *step = steps;
    while (distance >= step->upTo)
        ++step;
    const int n = int(qMax<qint64>(1, (distance + step->size / 2) / step->size));
    // Plural forms and word order differ per language, so each unit and
    // direction is its own sentence for the translators.
    switch (step->unit) {
    case Unit::Minute:
        return future ? tr("in %n minute(s)", nullptr, n) : tr("%n minute(s) ago", nullptr, n);
    case Unit::Hour:
        return future ? tr("in %n hour(s)", nullptr, n) : tr("%n hour(s) ago", nullptr, n);
    case Unit::Day:
        return future ? tr("in %n day(s)", nullptr, n) : tr("%n day(s) ago", nullptr, n);
    case Unit::Month:
        return future ? tr("in %n month(s)", nullptr, n) : tr("%n month(s) ago", nullptr, n);
    case Unit::Year:
        break;
    }
    return future ? tr("in %n year(s)", nullptr, n) : tr("%n year(s) ago", nullptr, n);
}

QString LocaleFormat::localDate(const QDateTime &when)
{
    return when.isValid() ? date(when.toLocalTime().date()) : QString();
}

QString LocaleFormat::relativeTime(const QDateTime &when, const Auth::Clock &clock)
{
    return relativeTime(when, QDateTime::fromMSecsSinceEpoch(clock.nowMs()));
}

QString LocaleFormat::dateTimeWithRelative(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    //: A moment and how far it is from now, e.g. "21/11/2026 14:05 (in 3 days)".
    return tr("%1 (%2)").arg(dateTime(when), relativeTime(when, now));
}
