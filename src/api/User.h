#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Api {

class JsonReader;

// A tenant user as user search returns it (the fields the console shows).
struct User
{
    QString userId;
    QString email;
    bool emailVerified = false;
    QString name;
    QString nickname;
    QString picture;
    bool blocked = false;
    QDateTime lastLogin;
    qint64 loginsCount = 0;
    QStringList connections;    // identities[].connection

    static User fromJson(JsonReader &reader);
};

} // namespace Api
