#pragma once

#include "api/ApiError.h"
#include "api/Role.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

class TenantSession;

// The tenant's roles (GET /roles) with their descriptions, and, once the
// organization's members are all loaded, how many of them hold each role.
// A tenant has at most 1,000 roles, so the whole list is loaded at once and
// filtered locally as people type.
class RoleListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleListModel)

public:
    enum Role { IdRole = Qt::UserRole, NameRole, DescriptionRole, HolderCountRole, SearchTextRole };

    explicit RoleListModel(QObject *parent = nullptr);

    // Drops the list; nothing is fetched until reload().
    void setSession(TenantSession *session);
    void reload();
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }

    const Api::Role &roleAt(int row) const { return m_roles.at(row); }
    int rowOf(const QString &roleId) const;
    QList<Api::Role> roles() const { return m_roles; }

    // Holder counts per role id; known = false hides them (members still loading).
    void setHolderCounts(const QHash<QString, int> &counts, bool known);
    bool holderCountsKnown() const { return m_countsKnown; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const Api::ApiError &error);

private:
    void clear();
    void setLoading(bool loading);

    QPointer<TenantSession> m_session;
    QList<Api::Role> m_roles;
    QHash<QString, int> m_counts;
    bool m_countsKnown = false;
    bool m_loading = false;
    bool m_loaded = false;
    quint64 m_generation = 0;
};
