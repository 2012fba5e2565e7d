#pragma once

#include <QtGlobal>

// Seconds in the units "how long ago / how long until" texts count in.
// Calendar months and years vary; for "about how long" these are close enough
// and never make "in 30 days" read as "in 0 months".
namespace TimeUnits {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kMonth = 30 * kDay;
constexpr qint64 kYear = 365 * kDay;

} // namespace TimeUnits
