#include "TenantSession.h"

#include "api/ApiClient.h"
#include "api/OrganizationsApi.h"
#include "api/Pager.h"
#include "auth/TokenProvider.h"

#include <QDateTime>

TenantSession::TenantSession(const Auth::TenantProfile &profile, Auth::TokenStore *secrets, QObject *parent)
    : QObject(parent)
    , m_api(profile, secrets)
{
    connect(&m_api, &Api::ApiSession::capabilitiesChanged, this, &TenantSession::capabilitiesChanged);
    connect(&m_api.client(), &Api::ApiClient::requestFinished, this, [this] {
        const Api::RateBudget &budget = m_api.client().budget();
        if (budget.isKnown())
            emit rateBudgetChanged(int(budget.tokensAt(QDateTime::currentMSecsSinceEpoch())), budget.limit());
    });
}

TenantSession::~TenantSession()
{
    // Callbacks of requests still queued must not outlive the objects they call into.
    m_api.client().cancelAll();
}

void TenantSession::setState(State state, const QString &error)
{
    m_lastError = error;
    if (m_state == state && error.isEmpty())
        return;
    m_state = state;
    emit stateChanged(state);
}

void TenantSession::connectWithSecret(const QByteArray &secret, bool remember)
{
    m_api.tokens().setClientSecret(secret, remember);
    connectWithStoredCredentials();
}

void TenantSession::connectWithStoredCredentials()
{
    if (!m_api.isUsable()) {
        setState(State::Failed, tr("OrgConsole only talks to a tenant over HTTPS."));
        return;
    }
    setState(State::Connecting);
    m_api.tokens().requestToken(this, [this](const Auth::AccessToken &, const Auth::AuthFailure &failure) {
        if (failure.isFailure()) {
            setState(State::Failed, failure.userMessage());
            return;
        }
        // capabilitiesChanged already came with the token (ApiSession).
        verifyToken();
    });
}

QString TenantSession::connectWithToken(const QByteArray &token, bool remember)
{
    const Auth::AuthFailure failure = m_api.tokens().usePastedToken(token, remember);
    if (failure.isFailure())
        return failure.userMessage();
    setState(State::Connecting);
    verifyToken();
    return {};
}

void TenantSession::verifyToken()
{
    // One small read proves the token works against this tenant. A token that
    // may not list organizations is still connected: the panes say what is missing.
    if (!capabilities().can(Auth::Capabilities::Operation::ListOrganizations)) {
        setState(State::Connected);
        return;
    }
    m_api.organizations().list(Api::Pager::byCheckpoint(1), this,
                               [this](const Api::ApiResult<Api::Page<Api::Organization>> &r) {
                                   if (!r.ok() && r.error.kind != Api::ApiError::Kind::Scope)
                                       setState(State::Failed, r.error.userMessage());
                                   else
                                       setState(State::Connected);
                               });
}
