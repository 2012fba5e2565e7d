#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Auth {
class Clock;
}

// Numbers, dates and relative times ("in 3 days", "2 hours ago") as the
// user's language writes them. Everything goes through the default QLocale,
// which Translations::apply() sets to the chosen language, so a pane never
// formats a number or a date by hand. General on purpose: any pane that
// shows a count, a timestamp or an expiry uses these.
class LocaleFormat final
{
    Q_DECLARE_TR_FUNCTIONS(LocaleFormat)

public:
    LocaleFormat() = delete;

    // 12345678 -> "12,345,678" (en), "12.345.678" (de), "12 345 678" (fr).
    static QString number(qint64 value);
    static QString number(double value, int decimals);
    // A calendar date, short ("21/11/2026") or long ("21 November 2026").
    static QString date(const QDate &date, QLocale::FormatType format = QLocale::ShortFormat);
    // The calendar day of a moment, in local time, in the short format.
    static QString localDate(const QDateTime &when);
    // A moment in the user's time zone: date and time, short by default.
    static QString dateTime(const QDateTime &when, QLocale::FormatType format = QLocale::ShortFormat);
    // How far when is from now, rounded to the nearest unit (days up to two
    // months): "just now", "5 minutes ago", "in 3 days", "2 months ago",
    // "in 1 year". Under a minute either way is "just now" / "in less than a minute".
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    // The same against a clock (Auth::Clock::system() in the app, a manual one in tests).
    static QString relativeTime(const QDateTime &when, const Auth::Clock &clock);
    // "21/11/2026 14:05 (in 3 days)": the exact moment with its distance, for expiries.
    static QString dateTimeWithRelative(const QDateTime &when, const QDateTime &now);
};
