#pragma once

#include "Role.h"

#include <QList>
#include <QString>

namespace Api {

class JsonReader;

// A member of an organization; roles come inline when asked for (fields=roles).
struct Member
{
    QString userId;
    QString email;
    QString name;
    QString picture;
    QList<Role> roles;
    bool rolesIncluded = false;

    static Member fromJson(JsonReader &reader);
};

} // namespace Api
