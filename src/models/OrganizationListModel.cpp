#include "OrganizationListModel.h"

#include "TenantSession.h"

OrganizationListModel::OrganizationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrganizationListModel::setSession(TenantSession *session)
{
    m_session = session;
    reload();
}

void OrganizationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_pager = Api::Pager::byCheckpoint(100);
    m_failed = false;
    ++m_generation;
    setLoading(false);
    endResetModel();
    if (m_session)
        fetchPage(false);
}

void OrganizationListModel::loadAll()
{
    if (!m_loading && !m_pager.atEnd())
        fetchPage(true);
}

void OrganizationListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void OrganizationListModel::fetchPage(bool untilEnd)
{
    if (!m_session || m_loading || m_pager.atEnd())
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    m_session->organizations().list(
        m_pager, this, [this, generation, untilEnd](const Api::ApiResult<Api::Page<Api::Organization>> &r) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (!r.ok()) {
                m_failed = true;
                emit failed(r.error);
                return;
            }
            if (!r.value.items.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + r.value.items.size()) - 1);
                m_rows += r.value.items;
                endInsertRows();
            }
            m_pager = r.value.pager;
            if (untilEnd && !m_pager.atEnd())
                fetchPage(true);
        });
}

int OrganizationListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void OrganizationListModel::create(const Api::Organization &draft)
{
    if (!m_session)
        return;
    m_session->organizations().create(draft, this, [this](const Api::ApiResult<Api::Organization> &r) {
        if (!r.ok()) {
            emit failed(r.error);
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(r.value);
        endInsertRows();
        emit created(r.value);
    });
}

void OrganizationListModel::update(const QString &id, const QJsonObject &patch)
{
    if (!m_session)
        return;
    m_session->organizations().update(id, patch, this, [this, id](const Api::ApiResult<Api::Organization> &r) {
        if (!r.ok()) {
            emit failed(r.error);
            return;
        }
        const int row = rowOf(id);
        if (row >= 0) {
            m_rows[row] = r.value;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        emit updated(r.value);
    });
}

void OrganizationListModel::remove(const QString &id)
{
    if (!m_session)
        return;
    m_session->organizations().remove(id, this, [this, id](const Api::ApiResult<Api::Done> &r) {
        if (!r.ok()) {
            emit failed(r.error);
            return;
        }
        const int row = rowOf(id);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        emit removed(id);
    });
}

int OrganizationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganizationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::Organization &org = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? org.name : org.displayName;
    case IdRole:
        return org.id;
    case NameRole:
        return org.name;
    case DisplayNameRole:
        return org.displayName;
    default:
        return {};
    }
}

QVariant OrganizationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Display name");
}

bool OrganizationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_session && !m_loading && !m_failed && !m_pager.atEnd();
}

void OrganizationListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage(false);
}
