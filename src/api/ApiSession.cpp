#include "ApiSession.h"

#include "AccessManager.h"
#include "ApiClient.h"
#include "ClientsApi.h"
#include "ConnectionsApi.h"
#include "EnabledConnectionsApi.h"
#include "InvitationsApi.h"
#include "MemberRolesApi.h"
#include "MembersApi.h"
#include "OrganizationsApi.h"
#include "RolesApi.h"
#include "UsersApi.h"
#include "auth/TokenProvider.h"

namespace Api {

ApiSession::ApiSession(const Auth::TenantProfile &profile, Auth::TokenStore *store, Auth::Clock *clock,
                       QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_access(std::make_unique<AccessManager>())
{
    m_usable = m_access->setTenant(profile.baseUrl());
    m_tokens = std::make_unique<Auth::TokenProvider>(profile, m_access.get(), store, clock);
    m_client = std::make_unique<ApiClient>(m_access.get(), m_tokens.get(), clock);
    m_organizations = std::make_unique<OrganizationsApi>(*m_client);
    m_enabledConnections = std::make_unique<EnabledConnectionsApi>(*m_client);
    m_members = std::make_unique<MembersApi>(*m_client);
    m_memberRoles = std::make_unique<MemberRolesApi>(*m_client);
    m_invitations = std::make_unique<InvitationsApi>(*m_client);
    m_roles = std::make_unique<RolesApi>(*m_client);
    m_users = std::make_unique<UsersApi>(*m_client);
    m_clients = std::make_unique<ClientsApi>(*m_client);
    m_connections = std::make_unique<ConnectionsApi>(*m_client);
    connect(m_tokens.get(), &Auth::TokenProvider::tokenChanged, this, &ApiSession::capabilitiesChanged);
}

ApiSession::~ApiSession()
{
    // The scheduler goes first: it aborts what is in flight before the token
    // provider and the access manager it uses are gone.
    m_client.reset();
    m_tokens.reset();
}

Auth::Capabilities ApiSession::capabilities() const
{
    return m_tokens->capabilities();
}

} // namespace Api
