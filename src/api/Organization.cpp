#include "Organization.h"

#include "JsonReader.h"

namespace Api {

Organization Organization::fromJson(JsonReader &reader)
{
    Organization org;
    org.id = reader.requiredString("id");
    org.name = reader.string("name");
    org.displayName = reader.string("display_name");
    JsonReader branding(reader.object("branding"), reader.where() + QStringLiteral(".branding"));
    org.logoUrl = branding.string("logo_url");
    JsonReader colors(branding.object("colors"), branding.where() + QStringLiteral(".colors"));
    org.primaryColor = colors.string("primary");
    org.pageBackgroundColor = colors.string("page_background");
    branding.absorb(colors);
    reader.absorb(branding);
    org.metadata = reader.stringMap("metadata");
    return org;
}

QJsonObject Organization::toCreateJson() const
{
    QJsonObject body{{QStringLiteral("name"), name}};
    if (!displayName.isEmpty())
        body.insert(QStringLiteral("display_name"), displayName);
    QJsonObject branding;
    if (!logoUrl.isEmpty())
        branding.insert(QStringLiteral("logo_url"), logoUrl);
    // The API wants both colors or none.
    if (!primaryColor.isEmpty() && !pageBackgroundColor.isEmpty())
        branding.insert(QStringLiteral("colors"), QJsonObject{{QStringLiteral("primary"), primaryColor},
                                                             {QStringLiteral("page_background"), pageBackgroundColor}});
    if (!branding.isEmpty())
        body.insert(QStringLiteral("branding"), branding);
    if (!metadata.isEmpty()) {
        QJsonObject meta;
        for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
            meta.insert(it.key(), it.value());
        body.insert(QStringLiteral("metadata"), meta);
    }
    return body;
}

} // namespace Api
