#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Api {

// What POST /organizations/{id}/invitations needs.
struct NewInvitation
{
    QString inviterName;
    QString inviteeEmail;
    QString clientId;           // the application whose login URI the link uses
    QString connectionId;       // optional
    QStringList roles;          // optional role ids
    int ttlSecs = 0;            // 0: the tenant's default (7 days)
    bool sendEmail = true;
    QJsonObject appMetadata;
    QJsonObject userMetadata;

    QJsonObject toJson() const;
};

} // namespace Api
