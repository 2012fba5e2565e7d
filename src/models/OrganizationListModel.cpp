#include "OrganizationListModel.h"

#include "TenantSession.h"

OrganizationListModel::OrganizationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_load.setSource<Api::Organization>(
        [this] { return !m_session.isNull(); },
        [this](const Api::Pager &pager, Api::ResultCallback<Api::Page<Api::Organization>> done) {
            m_session->organizations().list(pager, this, std::move(done));
        },
        [this](const QList<Api::Organization> &organizations) { appendRows(organizations); });
    connect(&m_load, &PagedLoad::loadingChanged, this, &OrganizationListModel::loadingChanged);
    connect(&m_load, &PagedLoad::failed, this, &OrganizationListModel::failed);
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
    m_load.reset();
    endResetModel();
    m_load.fetchMore();
}

void OrganizationListModel::appendRows(const QList<Api::Organization> &organizations)
{
    if (organizations.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + organizations.size()) - 1);
    m_rows += organizations;
    endInsertRows();
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
    return !parent.isValid() && m_load.canFetchMore();
}

void OrganizationListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_load.fetchMore();
}
