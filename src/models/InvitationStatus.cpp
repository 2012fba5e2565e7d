#include "InvitationStatus.h"

#include <QCoreApplication>

namespace InvitationStatus {

Status of(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return Status::Pending;
    const qint64 left = now.secsTo(expiresAt);
    if (left <= 0)
        return Status::Expired;
    return left < kExpiringSoonSecs ? Status::ExpiringSoon : Status::Pending;
}

QString label(Status status)
{
    switch (status) {
    case Status::Pending:
        return QCoreApplication::translate("InvitationStatus", "Pending");
    case Status::ExpiringSoon:
        return QCoreApplication::translate("InvitationStatus", "Expiring soon");
    case Status::Expired:
        return QCoreApplication::translate("InvitationStatus", "Expired");
    }
    return {};
}

} // namespace InvitationStatus
