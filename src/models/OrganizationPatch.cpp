#include "OrganizationPatch.h"

#include "InputRules.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace OrganizationPatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OrganizationPatch", text);
}

bool brandingChanged(const Api::Organization &before, const Api::Organization &after)
{
    return before.logoUrl != after.logoUrl || !sameColour(before.primaryColor, after.primaryColor)
        || !sameColour(before.pageBackgroundColor, after.pageBackgroundColor);
}

QJsonValue brandingOf(const Api::Organization &before, const Api::Organization &after)
{
    const bool colours = !after.primaryColor.isEmpty() && !after.pageBackgroundColor.isEmpty();
    if (after.logoUrl.isEmpty() && !colours)
        return QJsonValue(QJsonValue::Null);
    QJsonObject branding;
    if (!after.logoUrl.isEmpty())
        branding.insert(QStringLiteral("logo_url"), after.logoUrl);
    else if (!before.logoUrl.isEmpty())
        branding.insert(QStringLiteral("logo_url"), QJsonValue(QJsonValue::Null));
    if (colours)
        branding.insert(QStringLiteral("colors"),
                        QJsonObject { { QStringLiteral("primary"), after.primaryColor },
                                      { QStringLiteral("page_background"), after.pageBackgroundColor } });
    return branding;
}

QJsonObject metadataOf(const QMap<QString, QString> &before, const QMap<QString, QString> &after)
{
    QJsonObject metadata;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        metadata.insert(it.key(), it.value());
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!after.contains(it.key()))
            metadata.insert(it.key(), QJsonValue(QJsonValue::Null));
    }
    return metadata;
}

} // namespace

QJsonObject between(const Api::Organization &before, const Api::Organization &after)
{
    QJsonObject patch;
    if (before.displayName != after.displayName)
        patch.insert(QStringLiteral("display_name"), after.displayName);
    if (brandingChanged(before, after))
        patch.insert(QStringLiteral("branding"), brandingOf(before, after));
    if (before.metadata != after.metadata)
        patch.insert(QStringLiteral("metadata"), metadataOf(before.metadata, after.metadata));
    return patch;
}

QString displayNameProblem(const QString &before, const QString &after)
{
    if (after.isEmpty() && !before.isEmpty())
        return tr("Enter a display name: Auth0 cannot clear it once it is set.");
    return InputRules::displayName(after);
}

QString colourPairProblem(const QString &primary, const QString &pageBackground)
{
    if (primary.isEmpty() != pageBackground.isEmpty())
        return tr("Set both colours or neither: Auth0 stores the primary and page background colours together.");
    return {};
}

bool sameColour(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace OrganizationPatch
