#pragma once

#include "api/ApiClient.h"
#include "api/ApiSession.h"
#include "api/ClientsApi.h"
#include "api/ConnectionsApi.h"
#include "api/EnabledConnectionsApi.h"
#include "api/InvitationsApi.h"
#include "api/MemberRolesApi.h"
#include "api/MembersApi.h"
#include "api/OrganizationsApi.h"
#include "api/RolesApi.h"
#include "api/UsersApi.h"
#include "auth/Capabilities.h"
#include "auth/TenantProfile.h"

#include <QObject>

namespace Auth {
class TokenStore;
}

// One tenant as the console sees it: the API session (access manager, token
// provider, scheduler, resource classes) plus what a window needs on top — a
// connection state with its last error, the ways in (secret, stored
// credentials, pasted token), and the rate-limit budget for the status bar.
// The resource headers come along so that users of a session can call it.
// Models and jobs take it by pointer; panes never build requests themselves.
class TenantSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantSession)

public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    TenantSession(const Auth::TenantProfile &profile, Auth::TokenStore *secrets, QObject *parent = nullptr);
    ~TenantSession() override;

    const Auth::TenantProfile &profile() const { return m_api.profile(); }
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    Auth::Capabilities capabilities() const { return m_api.capabilities(); }
    // True for the embedded demo tenant; the window shows it in its badge.
    bool isDemo() const { return m_demo; }
    void setDemo(bool demo) { m_demo = demo; }

    // Gets a first token: with this secret (kept in the keychain when remember
    // is set), or with the secret or token the keychain already holds.
    void connectWithSecret(const QByteArray &secret, bool remember);
    void connectWithStoredCredentials();
    // A token pasted from the Dashboard; returns why it cannot be used, if so.
    QString connectWithToken(const QByteArray &token, bool remember);

    Api::ApiSession &api() { return m_api; }
    Api::ApiClient &client() { return m_api.client(); }
    Api::OrganizationsApi &organizations() { return m_api.organizations(); }
    Api::MembersApi &members() { return m_api.members(); }
    Api::MemberRolesApi &memberRoles() { return m_api.memberRoles(); }
    Api::InvitationsApi &invitations() { return m_api.invitations(); }
    Api::RolesApi &roles() { return m_api.roles(); }
    Api::UsersApi &users() { return m_api.users(); }
    Api::ClientsApi &clients() { return m_api.clients(); }
    Api::ConnectionsApi &connections() { return m_api.connections(); }
    Api::EnabledConnectionsApi &enabledConnections() { return m_api.enabledConnections(); }

signals:
    void stateChanged(TenantSession::State state);
    void capabilitiesChanged();
    // Remaining requests in the rate-limit window, when the tenant says.
    void rateBudgetChanged(int remaining, int limit);

private:
    void setState(State state, const QString &error = {});
    void verifyToken();

    Api::ApiSession m_api;
    State m_state = State::Disconnected;
    QString m_lastError;
    bool m_demo = false;
};
