#include "InputRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace InputRules {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("InputRules", text);
}
} // namespace

QString organizationName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9_-]+$"));
    if (name.isEmpty())
        return tr("Enter a name for the organization.");
    if (name.size() > kOrganizationNameMax)
        return tr("The name can have at most %1 characters.").arg(kOrganizationNameMax);
    if (!allowed.match(name).hasMatch())
        return tr("Use only lowercase letters, digits, hyphens (-) and underscores (_).");
    return {};
}

QString displayName(const QString &displayName)
{
    if (displayName.size() > kDisplayNameMax)
        return tr("The display name can have at most %1 characters.").arg(kDisplayNameMax);
    return {};
}

QString email(const QString &address)
{
    static const QRegularExpression shape(QStringLiteral(R"(^[^\s@]+@[^\s@]+\.[^\s@]+$)"));
    if (address.isEmpty())
        return tr("Enter an email address.");
    if (address.size() > 254 || !shape.match(address).hasMatch())
        return tr("\"%1\" is not a valid email address.").arg(address);
    return {};
}

QString inviterName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter the inviter's name: it appears in the invitation email.");
    if (name.size() > kInviterNameMax)
        return tr("The inviter's name can have at most %1 characters.").arg(kInviterNameMax);
    return {};
}

QString logoUrl(const QString &url)
{
    if (url.isEmpty())
        return {};
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() || parsed.scheme() != QLatin1String("https"))
        return tr("The logo URL must be a full https:// address.");
    return {};
}

QString colour(const QString &hex)
{
    static const QRegularExpression shape(QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
    if (!shape.match(hex).hasMatch())
        return tr("\"%1\" is not a colour: use #RGB or #RRGGBB.").arg(hex);
    return {};
}

QString metadataKey(const QString &key)
{
    if (key.trimmed().isEmpty())
        return tr("Metadata keys cannot be empty.");
    if (key.size() > kMetadataValueMax)
        return tr("Metadata keys can have at most %1 characters.").arg(kMetadataValueMax);
    return {};
}

QString metadataValue(const QString &value)
{
    if (value.size() > kMetadataValueMax)
        return tr("Metadata values can have at most %1 characters.").arg(kMetadataValueMax);
    return {};
}

QString tenantDomain(const QString &domain)
{
    static const QRegularExpression shape(QStringLiteral(
        R"(^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(:\d{1,5})?$|^(127\.0\.0\.1|localhost)(:\d{1,5})?$)"));
    if (domain.isEmpty())
        return tr("Enter your tenant's domain, for example example.eu.auth0.com.");
    if (domain.contains(QLatin1String("://")))
        return tr("Enter the domain only, without https://.");
    if (!shape.match(domain.toLower()).hasMatch())
        return tr("\"%1\" is not a domain name.").arg(domain);
    return {};
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool looksLikeUserId(const QString &text)
{
    return text.contains(QLatin1Char('|')) && !text.contains(QLatin1Char('@'));
}

} // namespace InputRules
