#pragma once

#include <QDateTime>
#include <QString>

// Dates as people read them in a table: "in 3 days", "2 hours ago", and the
// full date and time in the user's locale (QLocale()) for tooltips and the
// Created column. Numbers follow the locale too.
namespace RelativeTime {

// How far `when` is from `now` in the largest fitting unit (minutes, hours,
// days, months, years), rounded to the nearest one.
QString describe(const QDateTime &when, const QDateTime &now);
// The date and time in the locale's short format, in local time; empty when invalid.
QString absolute(const QDateTime &when);
// Only the date, in the locale's short format, in local time.
QString date(const QDateTime &when);

} // namespace RelativeTime
