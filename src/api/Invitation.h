#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Api {

class JsonReader;

// A pending invitation to an organization.
struct Invitation
{
    QString id;
    QString organizationId;
    QString inviterName;
    QString inviteeEmail;
    QString invitationUrl;
    QDateTime createdAt;
    QDateTime expiresAt;
    QString clientId;
    QString connectionId;
    QStringList roles;
    QString ticketId;
    QJsonObject appMetadata;
    QJsonObject userMetadata;

    static Invitation fromJson(JsonReader &reader);
};

} // namespace Api
