#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Api {

class JsonReader;

// An Auth0 organization. Only keys that are set come back from the API, so
// every field but id may be empty.
struct Organization
{
    QString id;
    QString name;
    QString displayName;
    QString logoUrl;
    QString primaryColor;
    QString pageBackgroundColor;
    QMap<QString, QString> metadata;

    static Organization fromJson(JsonReader &reader);
    // The body of POST /organizations (name, display_name, branding, metadata).
    QJsonObject toCreateJson() const;
};

} // namespace Api
