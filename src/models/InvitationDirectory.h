#pragma once

#include "api/Client.h"
#include "api/Connection.h"
#include "api/OrgConnection.h"
#include "api/Role.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class TenantSession;

// The names behind the ids an invitation holds — roles, applications and
// connections — so the table shows "Editor" and "Customer Portal" instead of
// ids, and the invite dialog offers the same lists without asking again. A
// list the token may not read, or that failed, leaves its ids shown as they
// are, with the reason available for a tooltip.
class InvitationDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationDirectory)

public:
    enum class List { Roles, Clients, Connections, EnabledConnections };

    explicit InvitationDirectory(QObject *parent = nullptr);

    void setSession(TenantSession *session);
    void setOrganization(const QString &orgId);
    // Loads every list again (F5).
    void reload();

    QList<Api::Role> roles() const { return m_roles; }
    QList<Api::Client> clients() const { return m_clients; }
    // The organization's enabled connections, for the invite dialog's picker.
    QList<Api::OrgConnection> enabledConnections() const { return m_enabled; }

    // The name for an id, or the id itself while (or when) it is not known.
    QString roleName(const QString &id) const;
    QString clientName(const QString &id) const;
    QString connectionName(const QString &id) const;

    bool isLoaded(List list) const;
    // Why a list is missing (a scope, an error), translated; empty when fine.
    QString problem(List list) const;

signals:
    // A list arrived or failed; names may have changed.
    void changed();

private:
    void loadTenantLists();
    void loadEnabledConnections();
    void finish(List list, const QString &problem);
    bool allowed(List list);

    QPointer<TenantSession> m_session;
    QString m_orgId;
    QList<Api::Role> m_roles;
    QList<Api::Client> m_clients;
    QList<Api::OrgConnection> m_enabled;
    QHash<QString, QString> m_roleNames;
    QHash<QString, QString> m_clientNames;
    QHash<QString, QString> m_connectionNames;
    QHash<List, bool> m_loaded;
    QHash<List, QString> m_problems;
    quint64 m_tenantGeneration = 0;
    quint64 m_orgGeneration = 0;
};
