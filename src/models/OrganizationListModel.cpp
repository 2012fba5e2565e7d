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
            if (!r.ok()) {
                setLoading(false);
                m_failed = true;
                emit failed(r.error);
                return;
            }
            // The pager moves before the rows arrive and loading ends after
            // them, so whoever reads isComplete() on either signal sees whether
            // this was the last page ("more on scroll" only when there is more).
            m_pager = r.value.pager;
            if (!r.value.items.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + r.value.items.size()) - 1);
                m_rows += r.value.items;
                endInsertRows();
            }
            setLoading(false);
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

template<typename T>
void OrganizationListModel::finish(const Api::ApiResult<T> &result, const QPointer<QObject> &context, bool hasCallback,
                                   const Api::ResultCallback<T> &done)
{
    if (!hasCallback) {
        if (!result.ok())
            emit failed(result.error);
        return;
    }
    if (context)
        done(result);
}

void OrganizationListModel::create(const Api::Organization &draft, QObject *context,
                                   Api::ResultCallback<Api::Organization> done)
{
    if (!m_session)
        return;
    const QPointer<QObject> guard(context);
    const bool hasCallback = bool(done);
    m_session->organizations().create(draft, this,
                                      [this, guard, hasCallback, done](const Api::ApiResult<Api::Organization> &r) {
                                          if (r.ok()) {
                                              beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
                                              m_rows.append(r.value);
                                              endInsertRows();
                                          }
                                          finish(r, guard, hasCallback, done);
                                          if (r.ok())
                                              emit created(r.value);
                                      });
}

void OrganizationListModel::update(const QString &id, const QJsonObject &patch, QObject *context,
                                   Api::ResultCallback<Api::Organization> done)
{
    if (!m_session)
        return;
    const QPointer<QObject> guard(context);
    const bool hasCallback = bool(done);
    m_session->organizations().update(id, patch, this,
                                      [this, id, guard, hasCallback, done](const Api::ApiResult<Api::Organization> &r) {
                                          if (r.ok()) {
                                              const int row = rowOf(id);
                                              if (row >= 0) {
                                                  m_rows[row] = r.value;
                                                  emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                                              }
                                          }
                                          finish(r, guard, hasCallback, done);
                                          if (r.ok())
                                              emit updated(r.value);
                                      });
}

void OrganizationListModel::remove(const QString &id, QObject *context, Api::ResultCallback<Api::Done> done)
{
    if (!m_session)
        return;
    const QPointer<QObject> guard(context);
    const bool hasCallback = bool(done);
    m_session->organizations().remove(id, this,
                                      [this, id, guard, hasCallback, done](const Api::ApiResult<Api::Done> &r) {
                                          if (r.ok()) {
                                              const int row = rowOf(id);
                                              if (row >= 0) {
                                                  beginRemoveRows({}, row, row);
                                                  m_rows.removeAt(row);
                                                  endRemoveRows();
                                              }
                                          }
                                          finish(r, guard, hasCallback, done);
                                          if (r.ok())
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
