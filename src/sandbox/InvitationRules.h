#pragma once

#include "SandboxReply.h"

#include <QJsonObject>

#include <optional>

namespace Sandbox {

class TenantStore;
struct Organization;

// What POST /organizations/{id}/invitations accepts and what it makes:
// the body schema (OAS26), the checks against tenant data Auth0 documents
// (client, login route, connection, roles), and the stored invitation.
class InvitationRules final
{
public:
    static constexpr qint64 kDefaultTtlSecs = 604800; // 7 days, when ttl_sec is 0 or absent
    static constexpr qint64 kMaxTtlSecs = 2592000; // 30 days
    static constexpr int kMaxRoles = 50;

    // Schema checks, worded like the service's validator; the first problem as a 400.
    static std::optional<SandboxReply> checkBody(const QJsonObject &body);
    // 400s for references that do not resolve; nullopt when the invitation can be made.
    static std::optional<SandboxReply> checkReferences(TenantStore &store, Organization &org, const QJsonObject &body);
    // Where the invitation link points: the app's initiate_login_uri, else the tenant's default
    // login route (default_redirection_uri); empty when neither is set.
    static QString loginRoute(const TenantStore &store, const QJsonObject &client);
    // The invitation as Auth0 returns it from POST and GET.
    static QJsonObject build(TenantStore &store, const Organization &org, const QJsonObject &body);
};

} // namespace Sandbox
