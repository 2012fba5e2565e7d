#include "AccessManager.h"

#include "ApiLog.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>

namespace Api {

namespace {
int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

QByteArray newRequestId()
{
    // 16 hex digits: enough to find one request in the log and in Auth0's.
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
}
} // namespace

AccessManager::AccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    // Logged, never ignored: a request with a bad certificate fails.
    connect(this, &QNetworkAccessManager::sslErrors, this, [](QNetworkReply *reply, const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            qCWarning(lcApi).noquote() << "TLS error for" << reply->url().host() << ':' << error.errorString();
    });
}

AccessManager::~AccessManager() = default;

bool AccessManager::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool AccessManager::setTenant(const QUrl &baseUrl)
{
    const QString scheme = baseUrl.scheme().toLower();
    const bool allowed = scheme == QLatin1String("https")
                         || (scheme == QLatin1String("http") && isLoopbackHost(baseUrl.host()));
    if (!allowed || baseUrl.host().isEmpty()) {
        qCWarning(lcApi).noquote() << "refusing tenant" << baseUrl.toDisplayString()
                                   << "- HTTPS is required except on loopback";
        m_tenant.clear();
        return false;
    }
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(baseUrl.host().toLower());
    origin.setPort(baseUrl.port());
    m_tenant = origin;
    return true;
}

bool AccessManager::isTenantOrigin(const QUrl &url) const
{
    return m_tenant.isValid() && !m_tenant.isEmpty() && url.scheme().toLower() == m_tenant.scheme()
           && url.host().toLower() == m_tenant.host() && effectivePort(url) == effectivePort(m_tenant);
}

bool AccessManager::carriesToken(const QUrl &url) const
{
    if (!isTenantOrigin(url))
        return false;
    const QString path = url.path();
    return path == QLatin1String("/api/v2") || path.startsWith(QLatin1String("/api/v2/"));
}

QByteArray AccessManager::userAgent()
{
    return QByteArrayLiteral("OrgConsole/" ORGCONSOLE_VERSION " Qt/") + QByteArray(qVersion());
}

QNetworkReply *AccessManager::createRequest(Operation op, const QNetworkRequest &original, QIODevice *outgoingData)
{
    QNetworkRequest request(original);
    // A null value removes the header: whatever a caller put there never leaves
    // unless it is our token going to our tenant.
    request.setRawHeader("Authorization", QByteArray());
    request.setRawHeader("User-Agent", userAgent());
    if (request.transferTimeout() <= 0)
        request.setTransferTimeout(m_timeoutMs);

    const QUrl url = request.url();
    if (isTenantOrigin(url)) {
        if (!request.hasRawHeader("Accept"))
            request.setRawHeader("Accept", "application/json");
        if (!request.hasRawHeader(requestIdHeader()))
            request.setRawHeader(requestIdHeader(), newRequestId());
        if (carriesToken(url) && !m_token.isEmpty()) {
            request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_token);
            // Qt copies headers onto redirect requests; with the token on board a
            // redirect is handed back to the caller instead of followed.
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        }
    }
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace Api
