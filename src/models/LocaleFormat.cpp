#include "LocaleFormat.h"

#include "TimeUnits.h"
#include "auth/Clock.h"

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
    // Plural forms and word order differ per language, so each unit and
    // direction is its own sentence for the translators.
    if (distance < kMinute)
        return future ? tr("in less than a minute") : tr("just now");
    if (distance < kHour) {
        const int n = int(distance / kMinute);
        return future ? tr("in %n minute(s)", nullptr, n) : tr("%n minute(s) ago", nullptr, n);
    }
    if (distance < kDay) {
        const int n = int(distance / kHour);
        return future ? tr("in %n hour(s)", nullptr, n) : tr("%n hour(s) ago", nullptr, n);
    }
    if (distance < kMonth) {
        const int n = int(distance / kDay);
        return future ? tr("in %n day(s)", nullptr, n) : tr("%n day(s) ago", nullptr, n);
    }
    if (distance < kYear) {
        const int n = int(distance / kMonth);
        return future ? tr("in %n month(s)", nullptr, n) : tr("%n month(s) ago", nullptr, n);
    }
    const int n = int(distance / kYear);
    return future ? tr("in %n year(s)", nullptr, n) : tr("%n year(s) ago", nullptr, n);
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
