#pragma once

#include "MemberRoleBatch.h"
#include "PagedLoad.h"
#include "api/ApiError.h"
#include "api/BatchResult.h"
#include "api/Member.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class TenantSession;

// The members of one organization with their roles, fetched lazily by
// checkpoint pages of 100 as the view scrolls, so tens of thousands of members
// scroll smoothly. Adding, removing and role changes go through here; the
// rows follow what the tenant confirmed, never what was merely asked for.
class MemberListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberListModel)

public:
    enum Column { NameColumn, EmailColumn, UserIdColumn, RolesColumn, RemoveColumn, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole, PictureRole, NameRole, EmailRole, RoleIdsRole, SearchTextRole };

    explicit MemberListModel(QObject *parent = nullptr);

    void setSession(TenantSession *session);
    void setOrganization(const QString &orgId);
    QString organizationId() const { return m_orgId; }
    void reload();
    // Fetches every remaining page, also when a page is already in flight
    // (a sort must see everyone); cancelLoadAll stops after the current page.
    void loadAll() { m_load.loadAll(); }
    void cancelLoadAll() { m_load.cancelLoadAll(); }
    bool isLoadingAll() const { return m_load.isLoadingAll(); }
    bool isLoading() const { return m_load.isLoading(); }
    bool isComplete() const { return m_load.isComplete(); }
    bool rolesShown() const { return m_withRoles; }

    const Api::Member &memberAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &userId) const;

    // Long-running changes report progress and can be cancelled between requests.
    void addMembers(const QStringList &userIds);
    void removeMembers(const QStringList &userIds);
    void assignRoles(const QString &userId, const QList<Api::Role> &roles);
    void removeRoles(const QString &userId, const QList<Api::Role> &roles);
    void cancelChange();
    bool isChanging() const { return m_changeTotal > 0; }

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
    // What a bulk change achieved; failures name their ids and why, and what a
    // cancel kept from being sent is listed as not sent.
    void changeFinished(const Api::BatchResult &result, const QStringList &notSent);
    // The tenant's members or their roles changed through this model.
    void tenantChanged();

private:
    void appendRows(const QList<Api::Member> &members);
    // method: "POST" adds the members, "DELETE" removes them.
    void startChange(const QByteArray &method, const QStringList &userIds);
    void runChunks(const QByteArray &method, const QList<QStringList> &chunks, int next,
                   const std::shared_ptr<Api::BatchResult> &result);
    void finishChange(const Api::BatchResult &result, const QStringList &notSent);
    void dropRows(const QStringList &userIds);
    void updateRow(const QString &userId, const std::function<void(Api::Member &)> &change);
    void changeRoles(MemberRoleBatch::Change change, const QString &userId, const QList<Api::Role> &roles);

    QPointer<TenantSession> m_session;
    QString m_orgId;
    QList<Api::Member> m_rows;
    PagedLoad m_load { Api::Pager::byCheckpoint(100) };
    bool m_withRoles = true;
    bool m_cancelled = false;
    int m_changeDone = 0;
    int m_changeTotal = 0;
};
