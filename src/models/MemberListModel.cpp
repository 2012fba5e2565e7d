#include "MemberListModel.h"

#include "TenantSession.h"

namespace {
QString joinedRoleNames(const Api::Member &member)
{
    QStringList names;
    for (const Api::Role &role : member.roles)
        names.append(role.name);
    names.sort(Qt::CaseInsensitive);
    return names.join(QStringLiteral(", "));
}
} // namespace

MemberListModel::MemberListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_load.setSource<Api::Member>([this] { return m_session && !m_orgId.isEmpty(); },
                                  [this](const Api::Pager &pager, Api::ResultCallback<Api::Page<Api::Member>> done) {
                                      m_session->members().listPage(m_orgId, pager, m_withRoles, this, std::move(done));
                                  },
                                  [this](const QList<Api::Member> &members) { appendRows(members); });
    connect(&m_load, &PagedLoad::loadingChanged, this, &MemberListModel::loadingChanged);
    connect(&m_load, &PagedLoad::failed, this, &MemberListModel::failed);
}

void MemberListModel::setSession(TenantSession *session)
{
    m_session = session;
    reload();
}

void MemberListModel::setOrganization(const QString &orgId)
{
    if (orgId == m_orgId)
        return;
    m_orgId = orgId;
    reload();
}

void MemberListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_load.reset();
    // Roles inline need one more scope; without it the list still shows members.
    m_withRoles = m_session && m_session->capabilities().can(Auth::Capabilities::Operation::ListMembersWithRoles);
    endResetModel();
    m_load.fetchMore();
}

void MemberListModel::appendRows(const QList<Api::Member> &members)
{
    if (members.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + members.size()) - 1);
    m_rows += members;
    endInsertRows();
}

int MemberListModel::rowOf(const QString &userId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).userId == userId)
            return row;
    }
    return -1;
}

void MemberListModel::addMembers(const QStringList &userIds)
{
    startChange("POST", userIds);
}

void MemberListModel::removeMembers(const QStringList &userIds)
{
    startChange("DELETE", userIds);
}

void MemberListModel::startChange(const QByteArray &method, const QStringList &userIds)
{
    if (!m_session || userIds.isEmpty() || isChanging())
        return;
    auto result = std::make_shared<Api::BatchResult>();
    m_cancelled = false;
    m_changeDone = 0;
    m_changeTotal = int(userIds.size());
    emit changeProgress(0, m_changeTotal);
    runChunks(method, Api::MembersApi::chunks(userIds), 0, result);
}

void MemberListModel::runChunks(const QByteArray &method, const QList<QStringList> &chunks, int next,
                                const std::shared_ptr<Api::BatchResult> &result)
{
    // One request of ten at a time: progress is exact and cancel stops cleanly between requests.
    if (next >= chunks.size() || m_cancelled) {
        QStringList notSent;
        for (int i = next; i < chunks.size(); ++i)
            notSent += chunks.at(i);
        finishChange(*result, notSent);
        if (method == "POST" && !result->succeeded.isEmpty())
            reload();
        return;
    }
    const QStringList ids = chunks.at(next);
    auto done = [this, method, chunks, next, result, ids](const Api::ApiResult<Api::Done> &r) {
        if (r.ok()) {
            result->succeeded += ids;
            if (method == "DELETE")
                dropRows(ids);
        } else {
            result->failed.append({ ids, r.error });
        }
        m_changeDone += int(ids.size());
        emit changeProgress(m_changeDone, m_changeTotal);
        runChunks(method, chunks, next + 1, result);
    };
    if (method == "POST")
        m_session->members().addChunk(m_orgId, ids, this, done, Api::Priority::Interactive);
    else
        m_session->members().removeChunk(m_orgId, ids, this, done, Api::Priority::Interactive);
}

void MemberListModel::finishChange(const Api::BatchResult &result, const QStringList &notSent)
{
    m_changeTotal = 0;
    m_changeDone = 0;
    m_cancelled = false;
    emit changeFinished(result, notSent);
    if (!result.succeeded.isEmpty())
        emit tenantChanged();
}

void MemberListModel::cancelChange()
{
    if (isChanging())
        m_cancelled = true;
}

void MemberListModel::dropRows(const QStringList &userIds)
{
    for (const QString &userId : userIds) {
        const int row = rowOf(userId);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void MemberListModel::updateRow(const QString &userId, const std::function<void(Api::Member &)> &change)
{
    const int row = rowOf(userId);
    if (row < 0)
        return;
    change(m_rows[row]);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MemberListModel::assignRoles(const QString &userId, const QList<Api::Role> &roles)
{
    changeRoles(MemberRoleBatch::Change::Assign, userId, roles);
}

void MemberListModel::removeRoles(const QString &userId, const QList<Api::Role> &roles)
{
    changeRoles(MemberRoleBatch::Change::Remove, userId, roles);
}

void MemberListModel::changeRoles(MemberRoleBatch::Change change, const QString &userId, const QList<Api::Role> &roles)
{
    if (!m_session || roles.isEmpty())
        return;
    QStringList ids;
    for (const Api::Role &role : roles)
        ids.append(role.id);
    auto done = [this, change, userId, roles](const Api::ApiResult<Api::Done> &r) {
        if (!r.ok()) {
            emit failed(r.error);
            return;
        }
        updateRow(userId, [change, &roles](Api::Member &member) {
            for (const Api::Role &role : roles) {
                if (change == MemberRoleBatch::Change::Remove)
                    member.roles.removeAll(role);
                else if (!member.roles.contains(role))
                    member.roles.append(role);
            }
        });
        emit tenantChanged();
    };
    if (change == MemberRoleBatch::Change::Assign)
        m_session->memberRoles().assign(m_orgId, userId, ids, this, done);
    else
        m_session->memberRoles().remove(m_orgId, userId, ids, this, done);
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::Member &member = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return member.name.isEmpty() ? member.email : member.name;
        case EmailColumn:
            return member.email;
        case UserIdColumn:
            return member.userId;
        case RolesColumn:
            return m_withRoles ? joinedRoleNames(member) : tr("(not shown)");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == RemoveColumn)
            return tr("Remove member");
        if (index.column() == RolesColumn && !m_withRoles)
            return tr("Roles need the read:organization_member_roles scope.");
        return data(index, Qt::DisplayRole);
    case Qt::AccessibleTextRole:
        return index.column() == RemoveColumn ? tr("Remove member") : data(index, Qt::DisplayRole);
    case UserIdRole:
        return member.userId;
    case PictureRole:
        return member.picture;
    case NameRole:
        return member.name;
    case EmailRole:
        return member.email;
    case RoleIdsRole: {
        QStringList ids;
        for (const Api::Role &r : member.roles)
            ids.append(r.id);
        return ids;
    }
    case SearchTextRole:
        return QString(member.name + QLatin1Char(' ') + member.email + QLatin1Char(' ') + member.userId
                       + QLatin1Char(' ') + joinedRoleNames(member));
    default:
        return {};
    }
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case UserIdColumn:
        return tr("User ID");
    case RolesColumn:
        return tr("Roles");
    default:
        return QString();
    }
}

bool MemberListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_load.canFetchMore();
}

void MemberListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_load.fetchMore();
}
