#include "RoleListModel.h"

#include "TenantSession.h"

RoleListModel::RoleListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RoleListModel::setSession(TenantSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    clear();
}

void RoleListModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_roles.clear();
    m_loaded = false;
    endResetModel();
    setLoading(false);
}

void RoleListModel::reload()
{
    // Without read:roles there is nothing to ask for; the pane says which scope is missing.
    if (!m_session || !m_session->capabilities().can(Auth::Capabilities::Operation::ListRoles)) {
        clear();
        return;
    }
    // The old list stays until the new one is here, so the selection survives F5.
    const quint64 generation = ++m_generation;
    setLoading(true);
    m_session->roles().listAll(QString(), this, [this, generation](const Api::ApiResult<QList<Api::Role>> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            setLoading(false);
            emit failed(r.error);
            return;
        }
        beginResetModel();
        m_roles = r.value;
        m_loaded = true;
        endResetModel();
        setLoading(false);
        emit loaded();
    });
}

void RoleListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int RoleListModel::rowOf(const QString &roleId) const
{
    for (int row = 0; row < m_roles.size(); ++row) {
        if (m_roles.at(row).id == roleId)
            return row;
    }
    return -1;
}

void RoleListModel::setHolderCounts(const QHash<QString, int> &counts, bool known)
{
    if (counts == m_counts && known == m_countsKnown)
        return;
    m_counts = counts;
    m_countsKnown = known;
    if (!m_roles.isEmpty())
        emit dataChanged(index(0), index(int(m_roles.size()) - 1), { HolderCountRole, Qt::ToolTipRole });
}

int RoleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

QVariant RoleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::Role &r = m_roles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
    case SearchTextRole:
        return r.name;
    case Qt::ToolTipRole:
        return r.description.isEmpty() ? r.name : r.description;
    case Qt::AccessibleTextRole:
        return r.description.isEmpty() ? r.name : tr("%1: %2").arg(r.name, r.description);
    case IdRole:
        return r.id;
    case DescriptionRole:
        return r.description;
    case HolderCountRole:
        return m_countsKnown ? QVariant(m_counts.value(r.id)) : QVariant();
    default:
        return {};
    }
}
