#include "InvitationListModel.h"

#include "InputRules.h"
#include "InvitationDirectory.h"
#include "InvitationStatus.h"
#include "LocaleFormat.h"
#include "TenantSession.h"
#include "TimeUnits.h"
#include "auth/Clock.h"

namespace {
constexpr int kPageSize = 50;
constexpr qint64 kMaxTtlSecs = qint64(InputRules::kInvitationTtlMaxDays) * TimeUnits::kDay;
} // namespace

// One revoke or resend in progress: what is left, what went through, what did not.
struct InvitationListModel::Run
{
    Change change = Change::Revoke;
    QStringList pending;
    QStringList done;
    QList<Failure> failures;
    bool cancelled = false;
};

InvitationListModel::InvitationListModel(InvitationDirectory *directory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
    , m_clock(&Auth::Clock::system())
    , m_load(Api::Pager::byPage(kPageSize))
{
    m_load.setSource<Api::Invitation>(
        [this] { return m_session && !m_orgId.isEmpty(); },
        [this](const Api::Pager &pager, Api::ResultCallback<Api::Page<Api::Invitation>> done) {
            m_session->invitations().listPage(m_orgId, pager, this, std::move(done));
        },
        [this](const QList<Api::Invitation> &invitations) { appendRows(invitations); });
    connect(&m_load, &PagedLoad::loadingChanged, this, &InvitationListModel::loadingChanged);
    connect(&m_load, &PagedLoad::failed, this, &InvitationListModel::failed);
    qRegisterMetaType<InvitationListModel::Failure>();
    qRegisterMetaType<QList<InvitationListModel::Failure>>();
    // Names arriving change what the role, application and connection columns show.
    connect(m_directory, &InvitationDirectory::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, RolesColumn), index(int(m_rows.size()) - 1, ConnectionColumn));
    });
}

InvitationListModel::~InvitationListModel() = default;

void InvitationListModel::setClock(const Auth::Clock *clock)
{
    m_clock = clock ? clock : &Auth::Clock::system();
    refreshTimes();
}

QDateTime InvitationListModel::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), Qt::UTC);
}

void InvitationListModel::setSession(TenantSession *session)
{
    m_session = session;
    reload();
}

void InvitationListModel::setOrganization(const QString &orgId)
{
    if (orgId == m_orgId)
        return;
    m_orgId = orgId;
    reload();
}

void InvitationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_load.reset();
    endResetModel();
    if (m_session && m_session->capabilities().can(Auth::Capabilities::Operation::ListInvitations))
        m_load.loadAll();
}

QList<Api::Invitation> InvitationListModel::unlisted(const QList<Api::Invitation> &invitations) const
{
    QList<Api::Invitation> fresh;
    for (const Api::Invitation &invitation : invitations) {
        if (rowOf(invitation.id) < 0)
            fresh.append(invitation);
    }
    return fresh;
}

void InvitationListModel::appendRows(const QList<Api::Invitation> &invitations)
{
    // An invitation created meanwhile may already be listed (Invite users adds its own).
    const QList<Api::Invitation> fresh = unlisted(invitations);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
    m_rows += fresh;
    endInsertRows();
}

int InvitationListModel::rowOf(const QString &invitationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == invitationId)
            return row;
    }
    return -1;
}

void InvitationListModel::addInvitations(const QList<Api::Invitation> &invitations)
{
    const QList<Api::Invitation> fresh = unlisted(invitations);
    if (fresh.isEmpty())
        return;
    // Newest first, as the tenant lists them.
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    endInsertRows();
}

void InvitationListModel::dropRow(const QString &invitationId)
{
    const int row = rowOf(invitationId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void InvitationListModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CreatedColumn), index(int(m_rows.size()) - 1, StatusColumn));
}

Api::NewInvitation InvitationListModel::againFrom(const Api::Invitation &invitation)
{
    Api::NewInvitation again;
    again.inviterName = invitation.inviterName;
    again.inviteeEmail = invitation.inviteeEmail;
    again.clientId = invitation.clientId;
    again.connectionId = invitation.connectionId;
    again.roles = invitation.roles;
    again.appMetadata = invitation.appMetadata;
    again.userMetadata = invitation.userMetadata;
    // Its lifetime is what separated creation from expiry; 0 asks for the default.
    const qint64 ttl = invitation.createdAt.isValid() && invitation.expiresAt.isValid()
        ? invitation.createdAt.secsTo(invitation.expiresAt)
        : 0;
    again.ttlSecs = ttl > 0 && ttl <= kMaxTtlSecs ? int(ttl) : 0;
    // The API does not say whether the first one was emailed; a resend is
    // meant to reach the invitee, so it is.
    again.sendEmail = true;
    return again;
}

void InvitationListModel::revoke(const QStringList &invitationIds)
{
    startChange(Change::Revoke, invitationIds);
}

void InvitationListModel::resend(const QStringList &invitationIds)
{
    startChange(Change::Resend, invitationIds);
}

void InvitationListModel::startChange(Change change, const QStringList &invitationIds)
{
    if (!m_session || invitationIds.isEmpty() || isChanging())
        return;
    m_run = std::make_unique<Run>();
    m_run->change = change;
    m_run->pending = invitationIds;
    m_changeTotal = int(invitationIds.size());
    emit changeProgress(0, m_changeTotal);
    step();
}

void InvitationListModel::cancelChange()
{
    if (m_run)
        m_run->cancelled = true;
}

void InvitationListModel::step()
{
    // One request at a time: progress is exact and cancel stops cleanly between invitations.
    if (m_run->pending.isEmpty() || m_run->cancelled || !m_session) {
        const std::unique_ptr<Run> run = std::move(m_run);
        m_changeTotal = 0;
        emit changeFinished(run->change, run->done, run->failures, run->pending);
        return;
    }
    const QString id = m_run->pending.takeFirst();
    if (m_run->change == Change::Revoke)
        revokeOne(id, false);
    else
        resendOne(id);
}

void InvitationListModel::stepDone(const QString &invitationId, const Api::ApiError &error, bool replaced)
{
    if (error.isError()) {
        const int row = rowOf(invitationId);
        m_run->failures.append({ invitationId, row >= 0 ? m_rows.at(row).inviteeEmail : QString(), error, replaced });
    } else {
        m_run->done.append(invitationId);
    }
    const int finished = int(m_run->done.size() + m_run->failures.size());
    emit changeProgress(finished, m_changeTotal);
    step();
}

void InvitationListModel::revokeOne(const QString &invitationId, bool replaced)
{
    m_session->invitations().remove(m_orgId, invitationId, this,
                                    [this, invitationId, replaced](const Api::ApiResult<Api::Done> &r) {
                                        // Already gone (revoked elsewhere, or accepted): what was asked for holds.
                                        const bool gone = r.ok() || r.error.status == 404;
                                        if (gone)
                                            dropRow(invitationId);
                                        stepDone(invitationId, gone ? Api::ApiError() : r.error, replaced);
                                    });
}

void InvitationListModel::resendOne(const QString &invitationId)
{
    const int row = rowOf(invitationId);
    if (row < 0) {
        stepDone(invitationId);
        return;
    }
    // The new invitation first, the old one revoked only once the new one
    // exists: stopped anywhere in between, the invitee still has a valid
    // invitation and nothing is lost (at worst both remain).
    const Api::NewInvitation again = againFrom(m_rows.at(row));
    m_session->invitations().create(m_orgId, again, this,
                                    [this, invitationId](const Api::ApiResult<Api::Invitation> &r) {
                                        if (!r.ok()) {
                                            stepDone(invitationId, r.error);
                                            return;
                                        }
                                        addInvitations({ r.value });
                                        revokeOne(invitationId, true);
                                    });
}

QString InvitationListModel::roleNames(const Api::Invitation &invitation) const
{
    QStringList names;
    for (const QString &id : invitation.roles)
        names.append(m_directory->roleName(id));
    names.sort(Qt::CaseInsensitive);
    return names.join(QStringLiteral(", "));
}

int InvitationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvitationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvitationListModel::display(const Api::Invitation &invitation, int column) const
{
    switch (column) {
    case InviteeColumn:
        return invitation.inviteeEmail;
    case InviterColumn:
        return invitation.inviterName;
    case RolesColumn:
        return roleNames(invitation);
    case ApplicationColumn:
        return m_directory->clientName(invitation.clientId);
    case ConnectionColumn:
        return invitation.connectionId.isEmpty() ? QString() : m_directory->connectionName(invitation.connectionId);
    case CreatedColumn:
        return LocaleFormat::localDate(invitation.createdAt);
    case ExpiresColumn:
        return LocaleFormat::relativeTime(invitation.expiresAt, now());
    case StatusColumn:
        return InvitationStatus::label(InvitationStatus::of(invitation.expiresAt, now()));
    default:
        return {};
    }
}

QVariant InvitationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::Invitation &invitation = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(invitation, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RevokeColumn:
            return tr("Revoke invitation");
        case CreatedColumn:
            return tr("%1 (%2)").arg(LocaleFormat::dateTime(invitation.createdAt),
                                     LocaleFormat::relativeTime(invitation.createdAt, now()));
        case ExpiresColumn:
        case StatusColumn:
            return tr("Expires %1 (%2)")
                .arg(LocaleFormat::dateTime(invitation.expiresAt),
                     LocaleFormat::relativeTime(invitation.expiresAt, now()));
        case ConnectionColumn:
            return invitation.connectionId.isEmpty() ? tr("Any connection of the organization")
                                                     : invitation.connectionId;
        case ApplicationColumn:
            return invitation.clientId;
        default:
            return display(invitation, index.column());
        }
    case Qt::AccessibleTextRole:
        return index.column() == RevokeColumn ? tr("Revoke invitation") : display(invitation, index.column());
    case InvitationIdRole:
        return invitation.id;
    case UrlRole:
        return invitation.invitationUrl;
    case StatusRole:
        return int(InvitationStatus::of(invitation.expiresAt, now()));
    case SortRole:
        // Dates sort by time, not by their text; the status by how long is left.
        switch (index.column()) {
        case CreatedColumn:
            return invitation.createdAt.toMSecsSinceEpoch();
        case ExpiresColumn:
        case StatusColumn:
            return invitation.expiresAt.toMSecsSinceEpoch();
        default:
            return display(invitation, index.column());
        }
    case SearchTextRole: {
        QStringList parts;
        for (int column = InviteeColumn; column <= StatusColumn; ++column)
            parts.append(display(invitation, column).toString());
        return parts.join(QLatin1Char(' '));
    }
    default:
        return {};
    }
}

QVariant InvitationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InviteeColumn:
        return tr("Invitee");
    case InviterColumn:
        return tr("Inviter");
    case RolesColumn:
        return tr("Roles");
    case ApplicationColumn:
        return tr("Application");
    case ConnectionColumn:
        return tr("Connection");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    default:
        return QString();
    }
}

bool InvitationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_load.canFetchMore();
}

void InvitationListModel::fetchMore(const QModelIndex &parent)
{
    // Whoever asks first (a view or reload()), the whole list is read: sorting
    // and the status counts must see every invitation, and there are few.
    if (canFetchMore(parent))
        m_load.loadAll();
}
