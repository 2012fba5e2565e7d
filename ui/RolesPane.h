#pragma once

#include "MemberRoleBatch.h"
#include "OrganizationTab.h"
#include "api/BatchResult.h"
#include "api/Role.h"
#include "auth/Capabilities.h"

#include <QPointer>

#include <memory>

namespace Ui {
class RolesPane;
}
class AvatarCache;
class QTableView;
class RoleHoldersModel;
class RoleListPanel;
class TenantSession;
class TextFilterProxyModel;

// The Roles tab: the tenant's roles with their descriptions on the left
// (filter by name), and who in this organization holds the selected one on
// the right. "Assign to members…" gives the role to many members at once;
// "Remove from selected" and the trash can per row take it away, confirmed
// with the names listed. Bulk changes show "x of y", can be cancelled, and
// report what did not go through with a retry that sends only that.
class RolesPane final : public OrganizationTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolesPane)

public:
    explicit RolesPane(QWidget *parent = nullptr);
    ~RolesPane() override;

    QString title() const override;
    QIcon icon() const override;
    void setSession(TenantSession *session) override;
    void setOrganization(const Api::Organization &organization) override;
    void setCapabilities(const Auth::Capabilities &capabilities) override;
    void refresh() override;
    bool focusFind() override;

    RoleListPanel *roleList() const;
    RoleHoldersModel *holdersModel() const { return m_holders; }
    QTableView *holdersView() const;
    AvatarCache *avatars() const { return m_avatars; }

    // The workflows, also reachable from tests and shortcuts.
    bool selectRole(const QString &roleId);
    Api::Role currentRole() const;
    void assignToMembers();
    void removeSelectedHolders();
    void removeHolderRow(int sourceRow);
    void retryFailed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct PendingRetry
    {
        QString orgId;
        Api::Role role;
        MemberRoleBatch::Change change = MemberRoleBatch::Change::Assign;
        QStringList userIds;
    };

    void loadIfShown();
    void onRoleChanged();
    void onLoadingChanged();
    void onChangeFinished(const Api::BatchResult &result, const QStringList &notSent);
    void confirmAndRemove(const QStringList &userIds);
    void startChange(MemberRoleBatch::Change change, const Api::Role &role, const QStringList &userIds);
    void showContextMenu(const QPoint &position);
    void updateActions();
    void updateStatus();
    void updatePlaceholder();
    QStringList selectedHolderIds() const;

    std::unique_ptr<Ui::RolesPane> m_ui;
    QPointer<TenantSession> m_session;
    Auth::Capabilities m_capabilities;
    Api::Organization m_organization;
    RoleHoldersModel *m_holders;
    TextFilterProxyModel *m_holderProxy;
    AvatarCache *m_avatars;
    PendingRetry m_retry;
    bool m_stale = true;
};
