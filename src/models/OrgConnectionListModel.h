#pragma once

#include "api/ApiError.h"
#include "api/OrgConnection.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

class TenantSession;

// The connections enabled for one organization, with their three options as
// checkboxes. Ticking one sends a PATCH at once; the box shows the new state
// while the tenant answers and goes back, with failed() saying why, if it
// refuses. Signup is offered only where Auth0 allows it: database connections
// with automatic membership on. Enabling and removing go through here too, and
// the rows follow what the tenant confirmed.
class OrgConnectionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgConnectionListModel)

public:
    enum Column { NameColumn, StrategyColumn, MembershipColumn, ButtonColumn, SignupColumn, RemoveColumn, ColumnCount };
    enum Role { ConnectionIdRole = Qt::UserRole, StrategyRole, PendingRole };

    explicit OrgConnectionListModel(QObject *parent = nullptr);

    void setSession(TenantSession *session);
    void setOrganization(const QString &orgId);
    QString organizationId() const { return m_orgId; }
    void reload();
    bool isLoading() const { return m_loading; }
    // Changes in flight (toggles, enable, remove).
    bool isBusy() const { return m_writes > 0; }

    // Whether the token may change the options; when not, why (shown as the
    // checkboxes' tooltip).
    void setUpdateAllowed(bool allowed, const QString &whyNot = {});
    void setRemoveAllowed(bool allowed, const QString &whyNot = {});

    const Api::OrgConnection &connectionAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &connectionId) const;
    QStringList connectionIds() const;

    // Sends one option change, as ticking its box does.
    bool setOption(int row, Column column, bool on);
    void enable(const Api::OrgConnection &draft);
    void remove(const QString &connectionId);

    // Why signup cannot be turned on for this connection, or empty.
    static QString signupProblem(const Api::OrgConnection &connection);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void busyChanged(bool busy);
    // what: a sentence naming the connection and the change that failed.
    void failed(const QString &what, const Api::ApiError &error);
    void enabled(const Api::OrgConnection &connection);
    void removed(const QString &connectionId);

private:
    bool optionOf(const Api::OrgConnection &connection, int column) const;
    QString optionToolTip(const Api::OrgConnection &connection, int column) const;
    void replaceRow(const QString &connectionId, const Api::OrgConnection &connection);
    void beginWrite();
    void endWrite();

    QPointer<TenantSession> m_session;
    QString m_orgId;
    QList<Api::OrgConnection> m_rows;
    QSet<QString> m_pending; // connection ids with a change in flight
    bool m_loading = false;
    bool m_updateAllowed = true;
    QString m_updateDenied;
    bool m_removeAllowed = true;
    QString m_removeDenied;
    int m_writes = 0;
    quint64 m_generation = 0; // answers for another organization are dropped
};
