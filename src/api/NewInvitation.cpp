#include "NewInvitation.h"

#include <QJsonArray>

namespace Api {

QJsonObject NewInvitation::toJson() const
{
    QJsonObject body{{QStringLiteral("inviter"), QJsonObject{{QStringLiteral("name"), inviterName}}},
                     {QStringLiteral("invitee"), QJsonObject{{QStringLiteral("email"), inviteeEmail}}},
                     {QStringLiteral("client_id"), clientId},
                     {QStringLiteral("send_invitation_email"), sendEmail}};
    if (!connectionId.isEmpty())
        body.insert(QStringLiteral("connection_id"), connectionId);
    if (!roles.isEmpty())
        body.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
    if (ttlSecs > 0)
        body.insert(QStringLiteral("ttl_sec"), ttlSecs);
    if (!appMetadata.isEmpty())
        body.insert(QStringLiteral("app_metadata"), appMetadata);
    if (!userMetadata.isEmpty())
        body.insert(QStringLiteral("user_metadata"), userMetadata);
    return body;
}

} // namespace Api
