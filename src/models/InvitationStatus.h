#pragma once

#include "TimeUnits.h"

#include <QDateTime>
#include <QString>

// Where an invitation stands by its expiry: pending, expiring soon (less than
// a day left, so someone may want to resend it) or expired.
namespace InvitationStatus {

enum class Status { Pending, ExpiringSoon, Expired };

constexpr qint64 kExpiringSoonSecs = TimeUnits::kDay;

// An invitation without a known expiry counts as pending.
Status of(const QDateTime &expiresAt, const QDateTime &now);
QString label(Status status);

} // namespace InvitationStatus
