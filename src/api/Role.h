#pragma once

#include <QString>

namespace Api {

class JsonReader;

// A tenant role (GET /roles) or a role held in an organization.
struct Role
{
    QString id;
    QString name;
    QString description;

    static Role fromJson(JsonReader &reader);
    bool operator==(const Role &other) const { return id == other.id; }
};

} // namespace Api
