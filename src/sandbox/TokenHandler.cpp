#include "TokenHandler.h"

#include "BodyValidator.h"
#include "SandboxService.h"

#include <QJsonObject>

namespace Sandbox {

void TokenHandler::addRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/oauth/token"), {},
               [this](const SandboxRequest &request) { return issue(request); });
}

SandboxReply TokenHandler::issue(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return SandboxReply::oauthError(400, QStringLiteral("invalid_request"),
                                        QStringLiteral("The request body could not be parsed."));
    const QString grantType = body.value(QStringLiteral("grant_type")).toString();
    if (grantType.isEmpty())
        return SandboxReply::oauthError(400, QStringLiteral("invalid_request"),
                                        QStringLiteral("Missing required parameter: grant_type"));
    if (grantType != QLatin1String("client_credentials"))
        return SandboxReply::oauthError(403, QStringLiteral("unauthorized_client"),
                                        QStringLiteral("Grant type '%1' not allowed for the client.").arg(grantType));

    const SandboxOptions &options = m_service.options();
    const QString clientId = body.value(QStringLiteral("client_id")).toString();
    const QString clientSecret = body.value(QStringLiteral("client_secret")).toString();
    if (clientId != options.clientId || clientSecret != options.clientSecret)
        return SandboxReply::oauthError(401, QStringLiteral("access_denied"), QStringLiteral("Unauthorized"));

    // The audience must name this tenant's Management API, as on Auth0.
    const QString audience = body.value(QStringLiteral("audience")).toString();
    const QString host = QString::fromLatin1(request.host);
    const QStringList accepted{QStringLiteral("https://%1/api/v2/").arg(host), QStringLiteral("http://%1/api/v2/").arg(host)};
    if (audience.isEmpty())
        return SandboxReply::oauthError(403, QStringLiteral("access_denied"),
                                        QStringLiteral("No audience parameter was provided, and no default audience "
                                                       "has been configured"));
    if (!accepted.contains(audience))
        return SandboxReply::oauthError(403, QStringLiteral("access_denied"),
                                        QStringLiteral("Service not found: %1").arg(audience));

    const QStringList scopes = options.scopes.isEmpty() ? SandboxOptions::allScopes() : options.scopes;
    const QByteArray token = m_service.issueToken(scopes, options.tokenTtlSecs, request.host);
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                               {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
                                               {QStringLiteral("expires_in"), options.tokenTtlSecs},
                                               {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
}

} // namespace Sandbox
