#pragma once

#include "PagedLoad.h"
#include "api/ApiError.h"
#include "api/Invitation.h"
#include "api/NewInvitation.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

namespace Auth {
class Clock;
}
class InvitationDirectory;
class TenantSession;

// The pending and expired invitations of one organization. The API gives no
// total, so pages of 50 are read one after another until a short one. Role,
// application and connection ids are shown by name (InvitationDirectory);
// status and relative times are worked out against a replaceable clock.
// Revoking and resending go through here, one invitation at a time, so the
// rows follow what the tenant confirmed and a cancel stops between requests.
class InvitationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationListModel)

public:
    enum Column {
        InviteeColumn,
        InviterColumn,
        RolesColumn,
        ApplicationColumn,
        ConnectionColumn,
        CreatedColumn,
        ExpiresColumn,
        StatusColumn,
        RevokeColumn,
        ColumnCount
    };
    enum Role { InvitationIdRole = Qt::UserRole, SortRole, SearchTextRole, StatusRole, UrlRole };

    enum class Change { Revoke, Resend };
    Q_ENUM(Change)
    // One invitation a change did not complete, and why. For a resend,
    // `replaced` says the new invitation exists and only the old one remains.
    struct Failure
    {
        QString invitationId;
        QString invitee;
        Api::ApiError error;
        bool replaced = false;
    };

    explicit InvitationListModel(InvitationDirectory *directory, QObject *parent = nullptr);
    ~InvitationListModel() override;

    // Where "now" comes from for status and relative times (tests move it).
    void setClock(const Auth::Clock *clock);
    void setSession(TenantSession *session);
    void setOrganization(const QString &orgId);
    QString organizationId() const { return m_orgId; }
    void reload();
    bool isLoading() const { return m_load.isLoading(); }
    bool isComplete() const { return m_load.isComplete(); }

    const Api::Invitation &invitationAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &invitationId) const;
    QDateTime now() const;

    // Invitations the tenant just confirmed creating (Invite users).
    void addInvitations(const QList<Api::Invitation> &invitations);
    void revoke(const QStringList &invitationIds);
    // Sends each again with the same settings, then revokes the old one.
    void resend(const QStringList &invitationIds);
    void cancelChange();
    // Stops reading the list after the page in flight; F5 reads it again.
    void cancelLoading() { m_load.cancelLoadAll(); }
    bool isChanging() const { return m_changeTotal > 0; }
    // Relative times and statuses move on with the clock: repaint them.
    void refreshTimes();

    // The body that sends this invitation again: same invitee, inviter,
    // application, connection, roles, metadata and lifetime (default when not known).
    static Api::NewInvitation againFrom(const Api::Invitation &invitation);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void failed(const Api::ApiError &error);
    void changeProgress(int done, int total);
    // What a revoke or resend achieved: the ids done, those that failed and
    // why, and those a cancel kept from being sent.
    void changeFinished(InvitationListModel::Change change, const QStringList &done,
                        const QList<InvitationListModel::Failure> &failures, const QStringList &notSent);

private:
    struct Run;
    void appendRows(const QList<Api::Invitation> &invitations);
    // Those of invitations not shown yet.
    QList<Api::Invitation> unlisted(const QList<Api::Invitation> &invitations) const;
    void startChange(Change change, const QStringList &invitationIds);
    void step();
    void revokeOne(const QString &invitationId, bool replaced);
    void resendOne(const QString &invitationId);
    void stepDone(const QString &invitationId, const Api::ApiError &error = {}, bool replaced = false);
    void dropRow(const QString &invitationId);
    QString roleNames(const Api::Invitation &invitation) const;
    QVariant display(const Api::Invitation &invitation, int column) const;

    InvitationDirectory *m_directory;
    const Auth::Clock *m_clock;
    QPointer<TenantSession> m_session;
    QString m_orgId;
    QList<Api::Invitation> m_rows;
    PagedLoad m_load;
    std::unique_ptr<Run> m_run;
    int m_changeTotal = 0;
};

Q_DECLARE_METATYPE(InvitationListModel::Failure)
