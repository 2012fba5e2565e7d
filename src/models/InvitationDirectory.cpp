#include "InvitationDirectory.h"

#include "TenantSession.h"

using Op = Auth::Capabilities::Operation;

namespace {
Op operationFor(InvitationDirectory::List list)
{
    switch (list) {
    case InvitationDirectory::List::Roles:
        return Op::ListRoles;
    case InvitationDirectory::List::Clients:
        return Op::ListClients;
    case InvitationDirectory::List::Connections:
        return Op::ListConnections;
    case InvitationDirectory::List::EnabledConnections:
        return Op::ListEnabledConnections;
    }
    return Op::ListRoles;
}
} // namespace

InvitationDirectory::InvitationDirectory(QObject *parent)
    : QObject(parent)
{
}

void InvitationDirectory::setSession(TenantSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // A session is handed over before its first token: what may be read is
    // known only then, and again after a new token.
    if (m_session)
        connect(m_session, &TenantSession::capabilitiesChanged, this, &InvitationDirectory::reload);
    loadTenantLists();
    loadEnabledConnections();
}

void InvitationDirectory::setOrganization(const QString &orgId)
{
    if (orgId == m_orgId)
        return;
    m_orgId = orgId;
    loadEnabledConnections();
}

void InvitationDirectory::reload()
{
    loadTenantLists();
    loadEnabledConnections();
}

QString InvitationDirectory::roleName(const QString &id) const
{
    return m_roleNames.value(id, id);
}

QString InvitationDirectory::clientName(const QString &id) const
{
    return m_clientNames.value(id, id);
}

QString InvitationDirectory::connectionName(const QString &id) const
{
    return m_connectionNames.value(id, id);
}

bool InvitationDirectory::isLoaded(List list) const
{
    return m_loaded.value(list, false);
}

QString InvitationDirectory::problem(List list) const
{
    return m_problems.value(list);
}

void InvitationDirectory::finish(List list, const QString &problem)
{
    m_loaded.insert(list, true);
    m_problems.insert(list, problem);
    emit changed();
}

bool InvitationDirectory::allowed(List list)
{
    const Auth::Capabilities capabilities = m_session->capabilities();
    if (capabilities.can(operationFor(list)))
        return true;
    // Not asked at all: the tenant would only answer 403.
    finish(list, capabilities.explainMissing(operationFor(list)));
    return false;
}

void InvitationDirectory::loadTenantLists()
{
    const quint64 generation = ++m_tenantGeneration;
    for (List list : { List::Roles, List::Clients, List::Connections })
        m_loaded.insert(list, false);
    if (!m_session)
        return;
    if (allowed(List::Roles)) {
        m_session->roles().listAll(QString(), this, [this, generation](const Api::ApiResult<QList<Api::Role>> &r) {
            if (generation != m_tenantGeneration)
                return;
            m_roles = r.value;
            std::sort(m_roles.begin(), m_roles.end(),
                      [](const Api::Role &a, const Api::Role &b) { return a.name.localeAwareCompare(b.name) < 0; });
            for (const Api::Role &role : m_roles)
                m_roleNames.insert(role.id, role.name);
            finish(List::Roles, r.ok() ? QString() : r.error.userMessage());
        });
    }
    if (allowed(List::Clients)) {
        m_session->clients().listAll(this, [this, generation](const Api::ApiResult<QList<Api::Client>> &r) {
            if (generation != m_tenantGeneration)
                return;
            m_clients = r.value;
            std::sort(m_clients.begin(), m_clients.end(),
                      [](const Api::Client &a, const Api::Client &b) { return a.name.localeAwareCompare(b.name) < 0; });
            for (const Api::Client &client : m_clients)
                m_clientNames.insert(client.clientId, client.name.isEmpty() ? client.clientId : client.name);
            finish(List::Clients, r.ok() ? QString() : r.error.userMessage());
        });
    }
    // The tenant's connections name those an invitation forces but the
    // organization no longer has enabled.
    if (allowed(List::Connections)) {
        m_session->connections().listAll(QString(), this,
                                         [this, generation](const Api::ApiResult<QList<Api::Connection>> &r) {
                                             if (generation != m_tenantGeneration)
                                                 return;
                                             for (const Api::Connection &connection : r.value) {
                                                 if (!m_connectionNames.contains(connection.id))
                                                     m_connectionNames.insert(connection.id, connection.name);
                                             }
                                             finish(List::Connections, r.ok() ? QString() : r.error.userMessage());
                                         });
    }
}

void InvitationDirectory::loadEnabledConnections()
{
    const quint64 generation = ++m_orgGeneration;
    m_enabled.clear();
    m_loaded.insert(List::EnabledConnections, false);
    if (!m_session || m_orgId.isEmpty() || !allowed(List::EnabledConnections))
        return;
    m_session->enabledConnections().list(
        m_orgId, this, [this, generation](const Api::ApiResult<QList<Api::OrgConnection>> &r) {
            if (generation != m_orgGeneration)
                return;
            m_enabled = r.value;
            std::sort(m_enabled.begin(), m_enabled.end(), [](const Api::OrgConnection &a, const Api::OrgConnection &b) {
                return a.name.localeAwareCompare(b.name) < 0;
            });
            for (const Api::OrgConnection &connection : m_enabled)
                m_connectionNames.insert(connection.connectionId, connection.name);
            finish(List::EnabledConnections, r.ok() ? QString() : r.error.userMessage());
        });
}
