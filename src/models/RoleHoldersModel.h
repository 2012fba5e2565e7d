#pragma once

#include "MemberRoleBatch.h"
#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "api/BatchResult.h"
#include "api/Member.h"
#include "api/Page.h"
#include "api/Pager.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class TenantSession;

// Who in one organization holds a role. Auth0 has no "holders of a role in an
// organization" endpoint, so this loads every member with their roles
// (fields=roles, checkpoint pages of 100, the data MemberListModel shows) and
// derives the holders of the selected role, plus how many hold each role. The
// load reports progress and can be cancelled between pages; giving the role
// to members or taking it away runs as a MemberRoleBatch, and the rows follow
// what the tenant confirmed, never what was merely asked for.
class RoleHoldersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleHoldersModel)

public:
    enum Column { NameColumn, EmailColumn, UserIdColumn, RemoveColumn, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole, PictureRole, SearchTextRole };
    static constexpr int kPageSize = 100;

    explicit RoleHoldersModel(QObject *parent = nullptr);

    // Both drop what was loaded; nothing is fetched until reload(), so a tab
    // nobody looks at does not walk a 20,000-member organization.
    void setSession(TenantSession *session);
    void setOrganization(const QString &orgId);
    QString organizationId() const { return m_orgId; }

    // Loads every member again; does nothing while a change runs.
    void reload();
    // Stops at once: the page in flight is dropped, what was loaded stays.
    void cancelLoad();
    bool isLoading() const { return m_loading; }
    // Every member is loaded: holders and counts are the whole truth.
    bool isComplete() const { return m_complete; }
    bool loadWasCancelled() const { return m_loadCancelled; }
    bool loadFailed() const { return m_loadFailed; }
    int loadedMemberCount() const { return int(m_members.size()); }
    // The organization's member count, when the tenant said (-1: not known).
    int expectedMemberCount() const { return m_expected; }

    void setRole(const Api::Role &role);
    Api::Role role() const { return m_role; }
    QHash<QString, int> holderCounts() const { return m_counts; }
    // Loaded members who do not hold the role, in the tenant's order.
    QList<Api::Member> membersWithout(const QString &roleId) const;
    const Api::Member &holderAt(int row) const { return m_members.at(m_rows.at(row)); }
    int rowOf(const QString &userId) const;
    // Name (or email when there is no name) of any loaded member.
    QString displayName(const QString &userId) const;

    // Tells the trash-can column why it may not be used (empty: it may).
    void setRemoveBlockedReason(const QString &reason);

    void assignRole(const Api::Role &role, const QStringList &userIds);
    void removeRole(const Api::Role &role, const QStringList &userIds);
    void cancelChange();
    bool isChanging() const { return m_batch != nullptr; }
    // The role of the change running, or of the last one.
    Api::Role changeRole() const { return m_changeRole; }
    MemberRoleBatch::Change changeKind() const { return m_changeKind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    // Members loaded so far and the organization's total (-1: not known yet).
    void loadProgress(int loaded, int total);
    void failed(const Api::ApiError &error);
    void holderCountsChanged();
    void changeProgress(int done, int total);
    void changeFinished(const Api::BatchResult &result, const QStringList &notSent);

private:
    void clear();
    void detachChange();
    void fetchTotal();
    void fetchPage(const Api::Pager &pager);
    void onPage(const Api::ApiResult<Api::Page<Api::Member>> &page);
    void setLoading(bool loading);
    void appendMembers(const QList<Api::Member> &members);
    void startChange(MemberRoleBatch::Change change, const Api::Role &role, const QStringList &userIds);
    void applyChange(const QString &userId, MemberRoleBatch::Change change, const Api::Role &role);
    void rebuildRows();
    static bool holds(const Api::Member &member, const QString &roleId);

    QPointer<TenantSession> m_session;
    QString m_orgId;
    QList<Api::Member> m_members;
    QHash<QString, int> m_index; // user id -> position in m_members
    QList<int> m_rows; // positions in m_members of the selected role's holders
    QHash<QString, int> m_counts; // role id -> holders
    Api::Role m_role;
    QString m_removeBlockedReason;
    int m_expected = -1;
    bool m_loading = false;
    bool m_complete = false;
    bool m_loadCancelled = false;
    bool m_loadFailed = false;
    quint64 m_generation = 0;
    MemberRoleBatch *m_batch = nullptr;
    Api::Role m_changeRole;
    MemberRoleBatch::Change m_changeKind = MemberRoleBatch::Change::Assign;
};
