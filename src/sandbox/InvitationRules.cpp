#include "InvitationRules.h"

#include "BodyValidator.h"
#include "IdListBody.h"
#include "Organization.h"
#include "TenantStore.h"

#include <QJsonArray>
#include <QUrl>

namespace Sandbox {

namespace {
const QString kInviter = QStringLiteral("inviter");
const QString kInvitee = QStringLiteral("invitee");
const QString kClientId = QStringLiteral("client_id");
const QString kConnectionId = QStringLiteral("connection_id");
const QString kAppMetadata = QStringLiteral("app_metadata");
const QString kUserMetadata = QStringLiteral("user_metadata");
const QString kTtl = QStringLiteral("ttl_sec");
const QString kRoles = QStringLiteral("roles");
const QString kSendEmail = QStringLiteral("send_invitation_email");

// inviter and invitee are closed objects with one required string each.
std::optional<SandboxReply> checkPerson(const QJsonObject &body, const QString &key, const QString &field, bool isEmail)
{
    const QJsonValue value = body.value(key);
    if (!value.isObject())
        return SandboxReply::payloadError(
            QStringLiteral("Expected type object but found type %1").arg(BodyValidator::jsonTypeName(value)), key);
    BodyValidator inner(value.toObject(), key);
    inner.onlyKeys({ field }).required(field);
    if (isEmail)
        inner.email(field);
    else
        inner.string(field, 1, 300);
    if (inner.failed())
        return inner.reply();
    return std::nullopt;
}
} // namespace

std::optional<SandboxReply> InvitationRules::checkBody(const QJsonObject &body)
{
    BodyValidator validator(body);
    validator
        .onlyKeys(
            { kInviter, kInvitee, kClientId, kConnectionId, kAppMetadata, kUserMetadata, kTtl, kRoles, kSendEmail })
        .required(kClientId)
        .required(kInvitee)
        .required(kInviter);
    if (validator.failed())
        return validator.reply();
    if (auto error = checkPerson(body, kInviter, QStringLiteral("name"), false))
        return error;
    if (auto error = checkPerson(body, kInvitee, QStringLiteral("email"), true))
        return error;
    validator.string(kClientId, 1, 0)
        .string(kConnectionId, 1, 0)
        .object(kAppMetadata)
        .object(kUserMetadata)
        .integer(kTtl, 0, kMaxTtlSecs)
        .stringArray(kRoles, 1, kMaxRoles)
        .boolean(kSendEmail);
    if (validator.failed())
        return validator.reply();
    return std::nullopt;
}

QString InvitationRules::loginRoute(const TenantStore &store, const QJsonObject &client)
{
    // The application's own login route first, then the tenant's default login route: the recorded
    // invitation links point at https://mycompany.org/login for an app that had none
    // (TestOrganizationManager_CreateInvitation).
    const QString own = client.value(QStringLiteral("initiate_login_uri")).toString();
    return own.isEmpty() ? store.settings().defaultLoginRoute() : own;
}

std::optional<SandboxReply> InvitationRules::checkReferences(TenantStore &store, Organization &org,
                                                             const QJsonObject &body)
{
    // Messages as OAS24 lists them for this endpoint's 400s.
    const QJsonObject *client = store.clients().find(body.value(kClientId).toString());
    if (!client)
        return SandboxReply::invalidBody(QStringLiteral("The specified client_id does not exist."));
    // organization_usage defaults to "deny" on Auth0, so an app that never set it cannot invite.
    const QString usage = client->value(QStringLiteral("organization_usage")).toString();
    if (usage != QLatin1String("allow") && usage != QLatin1String("require"))
        return SandboxReply::invalidBody(QStringLiteral("The specified client_id does not allow organizations."));
    if (loginRoute(store, *client).isEmpty())
        return SandboxReply::invalidBody(
            QStringLiteral("A default login route is required to generate the invitation url. For more information, "
                           "see https://auth0.com/docs/universal-login/configure-default-login-routes"));

    if (body.contains(kConnectionId)) {
        const QString connectionId = body.value(kConnectionId).toString();
        const QJsonObject *connection = store.connections().find(connectionId);
        if (!connection)
            return SandboxReply::invalidBody(QStringLiteral("The specified connection does not exist."));
        const QString strategy = connection->value(QStringLiteral("strategy")).toString();
        if (strategy == QLatin1String("email") || strategy == QLatin1String("sms"))
            return SandboxReply::invalidBody(QStringLiteral("Passwordless connections are not supported."));
        const OrgConnection *enabled = org.connection(connectionId);
        if (!enabled || !enabled->isEnabled)
            return SandboxReply::invalidBody(
                QStringLiteral("The specified connection (%1) is not enabled for the organization").arg(connectionId));
    }

    QStringList unknownRoles;
    for (const QJsonValue &role : body.value(kRoles).toArray()) {
        if (!store.roles().contains(role.toString()))
            unknownRoles.append(role.toString());
    }
    if (!unknownRoles.isEmpty())
        return SandboxReply::invalidBody(QStringLiteral("One or more of the specified roles do not exist: ")
                                         + IdListBody::listForMessage(unknownRoles));
    return std::nullopt;
}

QJsonObject InvitationRules::build(TenantStore &store, const Organization &org, const QJsonObject &body)
{
    const qint64 now = store.nowMs();
    const qint64 requestedTtl = body.value(kTtl).toInteger();
    const qint64 ttl = requestedTtl > 0 ? requestedTtl : kDefaultTtlSecs;
    const QString clientId = body.value(kClientId).toString();
    const QString ticket = store.randomString(32);

    // <login route>?invitation=<ticket>&organization=<id>&organization_name=<name> (recorded).
    QString url = loginRoute(store, *store.clients().find(clientId));
    url += url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    url += QStringLiteral("invitation=") + ticket + QStringLiteral("&organization=")
        + QString::fromLatin1(QUrl::toPercentEncoding(org.id)) + QStringLiteral("&organization_name=")
        + QString::fromLatin1(QUrl::toPercentEncoding(org.name));

    QJsonObject invitation {
        { QStringLiteral("id"), store.newId(QStringLiteral("uinv_")) },
        { QStringLiteral("organization_id"), org.id },
        { kInviter, body.value(kInviter) },
        { kInvitee, body.value(kInvitee) },
        { QStringLiteral("invitation_url"), url },
        { QStringLiteral("ticket_id"), ticket },
        { QStringLiteral("created_at"), TenantStore::isoTime(now) },
        { QStringLiteral("expires_at"), TenantStore::isoTime(now + ttl * 1000) },
        { kClientId, clientId },
    };
    // Optional parts come back only when they were given.
    for (const QString &key : { kConnectionId, kRoles, kAppMetadata, kUserMetadata }) {
        if (body.contains(key))
            invitation.insert(key, body.value(key));
    }
    return invitation;
}

} // namespace Sandbox
