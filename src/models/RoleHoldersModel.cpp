#include "RoleHoldersModel.h"

#include "TenantSession.h"

#include <algorithm>

using Op = Auth::Capabilities::Operation;

RoleHoldersModel::RoleHoldersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RoleHoldersModel::setSession(TenantSession *session)
{
    if (session == m_session)
        return;
    detachChange();
    m_session = session;
    clear();
}

void RoleHoldersModel::setOrganization(const QString &orgId)
{
    if (orgId == m_orgId)
        return;
    detachChange();
    m_orgId = orgId;
    clear();
}

void RoleHoldersModel::detachChange()
{
    // A change keeps to the organization it was started in: stop sending it
    // (its finish still reports what was not sent) and leave the new
    // organization's rows alone.
    if (m_batch) {
        m_batch->cancel();
        m_batch = nullptr;
    }
}

void RoleHoldersModel::reload()
{
    if (isChanging())
        return;
    clear();
    // Holders come from the members' roles, which need both member scopes.
    if (!m_session || m_orgId.isEmpty() || !m_session->capabilities().can(Op::ListMembersWithRoles))
        return;
    setLoading(true);
    emit loadProgress(0, -1);
    fetchTotal();
    fetchPage(Api::Pager::byCheckpoint(kPageSize));
}

void RoleHoldersModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_members.clear();
    m_index.clear();
    m_rows.clear();
    m_counts.clear();
    m_expected = -1;
    m_complete = false;
    m_loadCancelled = false;
    m_loadFailed = false;
    endResetModel();
    setLoading(false);
    emit holderCountsChanged();
}

void RoleHoldersModel::cancelLoad()
{
    if (!m_loading)
        return;
    // The page in flight is dropped, so the cancel is immediate.
    ++m_generation;
    m_loadCancelled = true;
    setLoading(false);
}

void RoleHoldersModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void RoleHoldersModel::fetchTotal()
{
    // Checkpoint pages carry no total; one tiny page-mode read does, so the
    // progress can say "of 20,000".
    const quint64 generation = m_generation;
    m_session->members().listPage(m_orgId, Api::Pager::byPage(1, true), false, this,
                                  [this, generation](const Api::ApiResult<Api::Page<Api::Member>> &r) {
                                      if (generation != m_generation || !r.ok() || !r.value.pager.total())
                                          return;
                                      m_expected = std::max(*r.value.pager.total(), loadedMemberCount());
                                      emit loadProgress(loadedMemberCount(), m_expected);
                                  });
}

void RoleHoldersModel::fetchPage(const Api::Pager &pager)
{
    const quint64 generation = m_generation;
    m_session->members().listPage(m_orgId, pager, true, this,
                                  [this, generation](const Api::ApiResult<Api::Page<Api::Member>> &r) {
                                      if (generation == m_generation)
                                          onPage(r);
                                  });
}

void RoleHoldersModel::onPage(const Api::ApiResult<Api::Page<Api::Member>> &page)
{
    appendMembers(page.value.items);
    if (!page.ok()) {
        m_loadFailed = true;
        setLoading(false);
        emit failed(page.error);
        return;
    }
    if (!page.value.pager.atEnd()) {
        emit loadProgress(loadedMemberCount(), m_expected);
        fetchPage(page.value.pager);
        return;
    }
    m_complete = true;
    m_expected = loadedMemberCount();
    emit loadProgress(loadedMemberCount(), m_expected);
    // The counts are the whole truth now.
    emit holderCountsChanged();
    setLoading(false);
}

bool RoleHoldersModel::holds(const Api::Member &member, const QString &roleId)
{
    return std::any_of(member.roles.cbegin(), member.roles.cend(),
                       [&roleId](const Api::Role &role) { return role.id == roleId; });
}

void RoleHoldersModel::appendMembers(const QList<Api::Member> &members)
{
    if (members.isEmpty())
        return;
    QList<int> newHolders;
    for (const Api::Member &member : members) {
        // The list is eventually consistent: a member seen twice counts once.
        if (m_index.contains(member.userId))
            continue;
        const int position = int(m_members.size());
        m_index.insert(member.userId, position);
        m_members.append(member);
        for (const Api::Role &role : member.roles)
            ++m_counts[role.id];
        if (!m_role.id.isEmpty() && holds(member, m_role.id))
            newHolders.append(position);
    }
    if (!newHolders.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + newHolders.size()) - 1);
        m_rows += newHolders;
        endInsertRows();
    }
    emit holderCountsChanged();
}

void RoleHoldersModel::setRole(const Api::Role &role)
{
    if (role.id == m_role.id) {
        m_role = role;
        return;
    }
    beginResetModel();
    m_role = role;
    rebuildRows();
    endResetModel();
}

void RoleHoldersModel::rebuildRows()
{
    m_rows.clear();
    if (m_role.id.isEmpty())
        return;
    for (int i = 0; i < m_members.size(); ++i) {
        if (holds(m_members.at(i), m_role.id))
            m_rows.append(i);
    }
}

QList<Api::Member> RoleHoldersModel::membersWithout(const QString &roleId) const
{
    QList<Api::Member> list;
    for (const Api::Member &member : m_members) {
        if (!holds(member, roleId))
            list.append(member);
    }
    return list;
}

int RoleHoldersModel::rowOf(const QString &userId) const
{
    const int position = m_index.value(userId, -1);
    return position < 0 ? -1 : int(m_rows.indexOf(position));
}

QString RoleHoldersModel::displayName(const QString &userId) const
{
    const int position = m_index.value(userId, -1);
    if (position < 0)
        return userId;
    const Api::Member &member = m_members.at(position);
    return member.name.isEmpty() ? (member.email.isEmpty() ? member.userId : member.email) : member.name;
}

void RoleHoldersModel::setRemoveBlockedReason(const QString &reason)
{
    if (reason == m_removeBlockedReason)
        return;
    m_removeBlockedReason = reason;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, RemoveColumn), index(int(m_rows.size()) - 1, RemoveColumn));
}

void RoleHoldersModel::assignRole(const Api::Role &role, const QStringList &userIds)
{
    startChange(MemberRoleBatch::Change::Assign, role, userIds);
}

void RoleHoldersModel::removeRole(const Api::Role &role, const QStringList &userIds)
{
    startChange(MemberRoleBatch::Change::Remove, role, userIds);
}

void RoleHoldersModel::startChange(MemberRoleBatch::Change change, const Api::Role &role, const QStringList &userIds)
{
    if (!m_session || m_orgId.isEmpty() || role.id.isEmpty() || userIds.isEmpty() || isChanging())
        return;
    m_changeRole = role;
    m_changeKind = change;
    auto *batch = new MemberRoleBatch(m_session, m_orgId, role.id, change, userIds, this);
    m_batch = batch;
    const QString orgId = m_orgId;
    connect(batch, &MemberRoleBatch::memberChanged, this, [this, orgId, change, role](const QString &userId) {
        if (orgId == m_orgId)
            applyChange(userId, change, role);
    });
    connect(batch, &MemberRoleBatch::progress, this, [this, batch](int done, int total) {
        if (batch == m_batch)
            emit changeProgress(done, total);
    });
    connect(batch, &MemberRoleBatch::finished, this,
            [this, batch](const Api::BatchResult &result, const QStringList &notSent) {
                if (batch == m_batch)
                    m_batch = nullptr;
                batch->deleteLater();
                emit changeFinished(result, notSent);
            });
    batch->start();
}

void RoleHoldersModel::cancelChange()
{
    if (m_batch)
        m_batch->cancel();
}

void RoleHoldersModel::applyChange(const QString &userId, MemberRoleBatch::Change change, const Api::Role &role)
{
    const int position = m_index.value(userId, -1);
    if (position < 0)
        return;
    Api::Member &member = m_members[position];
    const bool held = holds(member, role.id);
    const bool shown = role.id == m_role.id;
    if (change == MemberRoleBatch::Change::Assign && !held) {
        member.roles.append(role);
        ++m_counts[role.id];
        if (shown) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(position);
            endInsertRows();
        }
    } else if (change == MemberRoleBatch::Change::Remove && held) {
        member.roles.removeAll(role);
        if (--m_counts[role.id] <= 0)
            m_counts.remove(role.id);
        const int row = shown ? int(m_rows.indexOf(position)) : -1;
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    } else {
        return;
    }
    emit holderCountsChanged();
}

int RoleHoldersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoleHoldersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleHoldersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::Member &member = holderAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return member.name.isEmpty() ? member.email : member.name;
        case EmailColumn:
            return member.email;
        case UserIdColumn:
            return member.userId;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == RemoveColumn)
            return m_removeBlockedReason.isEmpty() ? tr("Remove %1 from this member").arg(m_role.name)
                                                   : m_removeBlockedReason;
        return data(index, Qt::DisplayRole);
    case Qt::AccessibleTextRole:
        return index.column() == RemoveColumn ? tr("Remove role") : data(index, Qt::DisplayRole);
    case UserIdRole:
        return member.userId;
    case PictureRole:
        return member.picture;
    case SearchTextRole:
        return QString(member.name + QLatin1Char(' ') + member.email + QLatin1Char(' ') + member.userId);
    default:
        return {};
    }
}

Qt::ItemFlags RoleHoldersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    // A trash can the token may not use is drawn disabled.
    if (index.isValid() && index.column() == RemoveColumn && !m_removeBlockedReason.isEmpty())
        flags &= ~Qt::ItemIsEnabled;
    return flags;
}

QVariant RoleHoldersModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    default:
        return QString();
    }
}
