#include "TenantProfile.h"

#include <QHostAddress>
#include <QUuid>

namespace Auth {

TenantProfile TenantProfile::create(const QString &displayName, const QString &domain, const QString &clientId)
{
    TenantProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.displayName = displayName.trimmed();
    profile.domain = normalizeDomain(domain);
    profile.clientId = clientId.trimmed();
    return profile;
}

QString TenantProfile::normalizeDomain(const QString &input)
{
    QString text = input.trimmed();
    for (const QLatin1String prefix : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            text = text.mid(prefix.size());
    }
    // Drop a pasted path such as "/api/v2/" or a trailing slash.
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        text.truncate(slash);
    return text.toLower();
}

bool TenantProfile::isLoopback() const
{
    const QUrl url(QStringLiteral("http://") + domain);
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString TenantProfile::scheme() const
{
    return isLoopback() ? QStringLiteral("http") : QStringLiteral("https");
}

QUrl TenantProfile::baseUrl() const
{
    return QUrl(scheme() + QStringLiteral("://") + domain);
}

QUrl TenantProfile::tokenUrl() const
{
    return QUrl(scheme() + QStringLiteral("://") + domain + QStringLiteral("/oauth/token"));
}

QUrl TenantProfile::apiBaseUrl() const
{
    return QUrl(scheme() + QStringLiteral("://") + domain + QStringLiteral("/api/v2"));
}

QString TenantProfile::defaultAudience() const
{
    return scheme() + QStringLiteral("://") + domain + QStringLiteral("/api/v2/");
}

QString TenantProfile::effectiveAudience() const
{
    return audience.trimmed().isEmpty() ? defaultAudience() : audience.trimmed();
}

QStringList TenantProfile::problems() const
{
    QStringList list;
    if (displayName.trimmed().isEmpty())
        list.append(tr("Give the profile a name."));
    const QUrl url(QStringLiteral("https://") + domain, QUrl::StrictMode);
    const bool plainHost = !domain.contains(QLatin1Char('/')) && !domain.contains(QLatin1Char('@'))
                           && !domain.contains(QLatin1Char('?')) && !domain.contains(QLatin1Char('#'));
    if (domain.isEmpty())
        list.append(tr("Enter the tenant domain, for example acme.eu.auth0.com."));
    else if (!url.isValid() || url.host().isEmpty() || !plainHost
             || (!isLoopback() && !url.host().contains(QLatin1Char('.'))))
        list.append(tr("\"%1\" is not a tenant domain; enter one like acme.eu.auth0.com.").arg(domain));
    if (!audience.trimmed().isEmpty()) {
        const QUrl aud(audience.trimmed(), QUrl::StrictMode);
        if (!aud.isValid() || aud.host().isEmpty() || (aud.scheme() != QLatin1String("https") && !isLoopback()))
            list.append(tr("The audience must be an https address such as https://acme.eu.auth0.com/api/v2/."));
    }
    return list;
}

bool TenantProfile::operator==(const TenantProfile &other) const
{
    return id == other.id && displayName == other.displayName && domain == other.domain
           && audience == other.audience && clientId == other.clientId;
}

} // namespace Auth
