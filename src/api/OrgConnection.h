#pragma once

#include <QJsonObject>
#include <QString>

namespace Api {

class JsonReader;

// A connection enabled for an organization (/organizations/{id}/enabled_connections).
struct OrgConnection
{
    QString connectionId;
    bool assignMembershipOnLogin = false;
    bool showAsButton = true;
    bool isSignupEnabled = false;
    QString name;       // connection.name
    QString strategy;   // connection.strategy

    static OrgConnection fromJson(JsonReader &reader);
    // The body of POST .../enabled_connections.
    QJsonObject toCreateJson() const;
};

} // namespace Api
