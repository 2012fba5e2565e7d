#include "OrgConnectionListModel.h"

#include "TenantSession.h"

#include <QJsonObject>

namespace {

const QString kAssign = QStringLiteral("assign_membership_on_login");
const QString kButton = QStringLiteral("show_as_button");
const QString kSignup = QStringLiteral("is_signup_enabled");

bool isDatabase(const Api::OrgConnection &connection)
{
    return connection.strategy == QLatin1String("auth0");
}

bool isOptionColumn(int column)
{
    return column == OrgConnectionListModel::MembershipColumn || column == OrgConnectionListModel::ButtonColumn
        || column == OrgConnectionListModel::SignupColumn;
}

} // namespace

OrgConnectionListModel::OrgConnectionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrgConnectionListModel::setSession(TenantSession *session)
{
    m_session = session;
    reload();
}

void OrgConnectionListModel::setOrganization(const QString &orgId)
{
    m_orgId = orgId;
    reload();
}

void OrgConnectionListModel::setUpdateAllowed(bool allowed, const QString &whyNot)
{
    m_updateAllowed = allowed;
    m_updateDenied = whyNot;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, MembershipColumn), index(rowCount() - 1, SignupColumn));
}

void OrgConnectionListModel::setRemoveAllowed(bool allowed, const QString &whyNot)
{
    m_removeAllowed = allowed;
    m_removeDenied = whyNot;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, RemoveColumn), index(rowCount() - 1, RemoveColumn));
}

void OrgConnectionListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    ++m_generation;
    endResetModel();
    if (m_writes > 0) {
        // Answers still on their way belong to the old generation and are dropped.
        m_writes = 0;
        emit busyChanged(false);
    }
    if (!m_session || m_orgId.isEmpty()) {
        if (m_loading) {
            m_loading = false;
            emit loadingChanged(false);
        }
        return;
    }
    m_loading = true;
    emit loadingChanged(true);
    const quint64 generation = m_generation;
    m_session->enabledConnections().list(
        m_orgId, this, [this, generation](const Api::ApiResult<QList<Api::OrgConnection>> &r) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!r.value.isEmpty()) {
                beginInsertRows({}, 0, int(r.value.size()) - 1);
                m_rows = r.value;
                endInsertRows();
            }
            emit loadingChanged(false);
            if (!r.ok())
                emit failed(tr("Could not load the organization's connections."), r.error);
        });
}

int OrgConnectionListModel::rowOf(const QString &connectionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).connectionId == connectionId)
            return row;
    }
    return -1;
}

QStringList OrgConnectionListModel::connectionIds() const
{
    QStringList ids;
    for (const Api::OrgConnection &connection : m_rows)
        ids.append(connection.connectionId);
    return ids;
}

QString OrgConnectionListModel::signupProblem(const Api::OrgConnection &connection)
{
    if (!isDatabase(connection))
        return tr("Signup is available only for database connections.");
    if (!connection.assignMembershipOnLogin)
        return tr("Turn on automatic membership first: Auth0 allows signup only with it.");
    return {};
}

void OrgConnectionListModel::beginWrite()
{
    if (m_writes++ == 0)
        emit busyChanged(true);
}

void OrgConnectionListModel::endWrite()
{
    if (m_writes > 0 && --m_writes == 0)
        emit busyChanged(false);
}

void OrgConnectionListModel::replaceRow(const QString &connectionId, const Api::OrgConnection &connection)
{
    const int row = rowOf(connectionId);
    if (row < 0)
        return;
    Api::OrgConnection updated = connection;
    // Answers without the expanded connection keep the name and strategy we know.
    if (updated.name.isEmpty())
        updated.name = m_rows.at(row).name;
    if (updated.strategy.isEmpty())
        updated.strategy = m_rows.at(row).strategy;
    m_rows[row] = updated;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool OrgConnectionListModel::setOption(int row, Column column, bool on)
{
    if (!m_session || !m_updateAllowed || row < 0 || row >= m_rows.size() || !isOptionColumn(column))
        return false;
    const Api::OrgConnection before = m_rows.at(row);
    if (m_pending.contains(before.connectionId))
        return false;
    if (optionOf(before, column) == on)
        return true;
    Api::OrgConnection after = before;
    QJsonObject patch;
    QString what;
    switch (column) {
    case MembershipColumn:
        after.assignMembershipOnLogin = on;
        patch.insert(kAssign, on);
        // Signup without automatic membership is refused, so both go off together.
        if (!on && before.isSignupEnabled) {
            after.isSignupEnabled = false;
            patch.insert(kSignup, false);
        }
        what = on ? tr("Could not turn on automatic membership for \"%1\".")
                  : tr("Could not turn off automatic membership for \"%1\".");
        break;
    case ButtonColumn:
        after.showAsButton = on;
        patch.insert(kButton, on);
        what = on ? tr("Could not show \"%1\" as a button.") : tr("Could not stop showing \"%1\" as a button.");
        break;
    case SignupColumn:
        if (on && !signupProblem(before).isEmpty())
            return false;
        after.isSignupEnabled = on;
        patch.insert(kSignup, on);
        what = on ? tr("Could not turn on signup for \"%1\".") : tr("Could not turn off signup for \"%1\".");
        break;
    default:
        return false;
    }
    m_rows[row] = after;
    m_pending.insert(before.connectionId);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    beginWrite();
    const quint64 generation = m_generation;
    const QString id = before.connectionId;
    what = what.arg(before.name);
    m_session->enabledConnections().update(
        m_orgId, id, patch, this, [this, generation, id, before, what](const Api::ApiResult<Api::OrgConnection> &r) {
            if (generation != m_generation)
                return;
            m_pending.remove(id);
            // Refused: the box goes back to what the tenant still holds.
            replaceRow(id, r.ok() ? r.value : before);
            endWrite();
            if (!r.ok())
                emit failed(what, r.error);
        });
    return true;
}

void OrgConnectionListModel::enable(const Api::OrgConnection &draft)
{
    if (!m_session || m_orgId.isEmpty() || draft.connectionId.isEmpty() || rowOf(draft.connectionId) >= 0)
        return;
    beginWrite();
    const quint64 generation = m_generation;
    m_session->enabledConnections().add(m_orgId, draft, this,
                                        [this, generation, draft](const Api::ApiResult<Api::OrgConnection> &r) {
                                            if (generation != m_generation)
                                                return;
                                            endWrite();
                                            if (!r.ok()) {
                                                emit failed(tr("Could not enable \"%1\".").arg(draft.name), r.error);
                                                return;
                                            }
                                            Api::OrgConnection added = r.value;
                                            if (added.name.isEmpty())
                                                added.name = draft.name;
                                            if (added.strategy.isEmpty())
                                                added.strategy = draft.strategy;
                                            if (rowOf(added.connectionId) < 0) {
                                                beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
                                                m_rows.append(added);
                                                endInsertRows();
                                            }
                                            emit enabled(added);
                                        });
}

void OrgConnectionListModel::remove(const QString &connectionId)
{
    const int row = rowOf(connectionId);
    if (!m_session || !m_removeAllowed || row < 0 || m_pending.contains(connectionId))
        return;
    const QString name = m_rows.at(row).name;
    m_pending.insert(connectionId);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    beginWrite();
    const quint64 generation = m_generation;
    m_session->enabledConnections().remove(
        m_orgId, connectionId, this, [this, generation, connectionId, name](const Api::ApiResult<Api::Done> &r) {
            if (generation != m_generation)
                return;
            m_pending.remove(connectionId);
            const int at = rowOf(connectionId);
            if (r.ok() && at >= 0) {
                beginRemoveRows({}, at, at);
                m_rows.removeAt(at);
                endRemoveRows();
            } else if (at >= 0) {
                emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
            }
            endWrite();
            if (r.ok())
                emit removed(connectionId);
            else
                emit failed(tr("Could not remove \"%1\" from the organization.").arg(name), r.error);
        });
}

bool OrgConnectionListModel::optionOf(const Api::OrgConnection &connection, int column) const
{
    switch (column) {
    case MembershipColumn:
        return connection.assignMembershipOnLogin;
    case ButtonColumn:
        return connection.showAsButton;
    case SignupColumn:
        return connection.isSignupEnabled;
    default:
        return false;
    }
}

QString OrgConnectionListModel::optionToolTip(const Api::OrgConnection &connection, int column) const
{
    if (column == SignupColumn) {
        const QString problem = signupProblem(connection);
        if (!problem.isEmpty() && !connection.isSignupEnabled)
            return problem;
    }
    if (!m_updateAllowed)
        return m_updateDenied;
    switch (column) {
    case MembershipColumn:
        return tr("Users who log in through this connection become members automatically "
                  "(Membership On Authentication in the Dashboard).");
    case ButtonColumn:
        return tr("Show this connection as a button on the organization's login prompt "
                  "(Display connection as a button).");
    case SignupColumn:
        return tr("Let users sign up to the organization from its login prompt (Organization Signup).");
    default:
        return {};
    }
}

int OrgConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrgConnectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrgConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::OrgConnection &connection = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return connection.name.isEmpty() ? connection.connectionId : connection.name;
        if (column == StrategyColumn)
            return connection.strategy;
        return {};
    case Qt::CheckStateRole:
        if (isOptionColumn(column))
            return optionOf(connection, column) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (isOptionColumn(column))
            return optionToolTip(connection, column);
        if (column == RemoveColumn)
            return m_removeAllowed ? tr("Remove connection") : m_removeDenied;
        return column == NameColumn ? connection.connectionId : connection.strategy;
    case Qt::AccessibleTextRole:
        if (column == RemoveColumn)
            return tr("Remove connection");
        return {};
    case ConnectionIdRole:
        return connection.connectionId;
    case StrategyRole:
        return connection.strategy;
    case PendingRole:
        return m_pending.contains(connection.connectionId);
    default:
        return {};
    }
}

bool OrgConnectionListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !isOptionColumn(index.column())
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return setOption(index.row(), Column(index.column()), value.toInt() == Qt::Checked);
}

Qt::ItemFlags OrgConnectionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Api::OrgConnection &connection = m_rows.at(index.row());
    const bool pending = m_pending.contains(connection.connectionId);
    if (!isOptionColumn(index.column())) {
        Qt::ItemFlags flags = Qt::ItemIsSelectable;
        if (!pending && (index.column() != RemoveColumn || m_removeAllowed))
            flags |= Qt::ItemIsEnabled;
        return flags;
    }
    bool editable = m_updateAllowed && !pending;
    // Signup can always be turned off; it can be turned on only where Auth0 allows it.
    if (index.column() == SignupColumn && !connection.isSignupEnabled && !signupProblem(connection).isEmpty())
        editable = false;
    return editable ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsSelectable;
}

QVariant OrgConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Connection");
        case StrategyColumn:
            return tr("Strategy");
        case MembershipColumn:
            return tr("Automatic membership");
        case ButtonColumn:
            return tr("Show as button");
        case SignupColumn:
            return tr("Signup");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MembershipColumn:
            return tr("Membership On Authentication: users of this connection join automatically");
        case ButtonColumn:
            return tr("Display connection as a button on the organization's login prompt");
        case SignupColumn:
            return tr("Organization Signup: database connections with automatic membership only");
        default:
            return {};
        }
    }
    return {};
}
