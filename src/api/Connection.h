#pragma once

#include <QString>

namespace Api {

class JsonReader;

// A tenant connection (GET /connections), for enabling it on an organization.
struct Connection
{
    QString id;
    QString name;
    QString displayName;
    QString strategy;

    static Connection fromJson(JsonReader &reader);
    bool isDatabase() const { return strategy == QLatin1String("auth0"); }
};

} // namespace Api
