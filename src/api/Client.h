#pragma once

#include <QString>

namespace Api {

class JsonReader;

// An application (GET /clients), for picking the one an invitation links to.
struct Client
{
    QString clientId;
    QString name;
    QString appType;
    QString description;
    QString initiateLoginUri;
    bool isFirstParty = true;

    static Client fromJson(JsonReader &reader);
};

} // namespace Api
