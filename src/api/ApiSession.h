#pragma once

#include "auth/Capabilities.h"
#include "auth/TenantProfile.h"

#include <QObject>

#include <memory>

namespace Auth {
class Clock;
class TokenProvider;
class TokenStore;
} // namespace Auth

namespace Api {

class AccessManager;
class ApiClient;
class ClientsApi;
class ConnectionsApi;
class EnabledConnectionsApi;
class InvitationsApi;
class MemberRolesApi;
class MembersApi;
class OrganizationsApi;
class RolesApi;
class UsersApi;

// One connected tenant, wired the one way it should be: the access manager
// for the profile's origin, the token provider on the keychain, the scheduler,
// and one instance of each resource class. What the GUI, the CLI and the
// models hold on to.
class ApiSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiSession)

public:
    // store may be null (no keychain: secrets only for this session).
    ApiSession(const Auth::TenantProfile &profile, Auth::TokenStore *store, Auth::Clock *clock = nullptr,
               QObject *parent = nullptr);
    ~ApiSession() override;

    const Auth::TenantProfile &profile() const { return m_profile; }
    // False when the profile's address is not allowed (plain http off loopback).
    bool isUsable() const { return m_usable; }

    AccessManager &access() const { return *m_access; }
    Auth::TokenProvider &tokens() const { return *m_tokens; }
    ApiClient &client() const { return *m_client; }
    Auth::Capabilities capabilities() const;

    OrganizationsApi &organizations() const { return *m_organizations; }
    EnabledConnectionsApi &enabledConnections() const { return *m_enabledConnections; }
    MembersApi &members() const { return *m_members; }
    MemberRolesApi &memberRoles() const { return *m_memberRoles; }
    InvitationsApi &invitations() const { return *m_invitations; }
    RolesApi &roles() const { return *m_roles; }
    UsersApi &users() const { return *m_users; }
    ClientsApi &clients() const { return *m_clients; }
    ConnectionsApi &connections() const { return *m_connections; }

signals:
    // A new token arrived (or went): panes re-check what they may offer.
    void capabilitiesChanged();

private:
    Auth::TenantProfile m_profile;
    bool m_usable = false;
    std::unique_ptr<AccessManager> m_access;
    std::unique_ptr<Auth::TokenProvider> m_tokens;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrganizationsApi> m_organizations;
    std::unique_ptr<EnabledConnectionsApi> m_enabledConnections;
    std::unique_ptr<MembersApi> m_members;
    std::unique_ptr<MemberRolesApi> m_memberRoles;
    std::unique_ptr<InvitationsApi> m_invitations;
    std::unique_ptr<RolesApi> m_roles;
    std::unique_ptr<UsersApi> m_users;
    std::unique_ptr<ClientsApi> m_clients;
    std::unique_ptr<ConnectionsApi> m_connections;
};

} // namespace Api
