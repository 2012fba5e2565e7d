#pragma once

#include "OrganizationTab.h"
#include "TenantSession.h"
#include "api/BatchResult.h"
#include "auth/Capabilities.h"

#include <QPointer>

#include <memory>

namespace Ui {
class MembersPane;
}
class AvatarCache;
class MemberListModel;
class TextFilterProxyModel;
class QTableView;

// The Members tab: who belongs to the organization, with their roles. "Add
// members", "Assign role", trash-can removal per row or for a selection, all
// confirmed, with progress for large changes.
class MembersPane final : public OrganizationTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersPane)

public:
    explicit MembersPane(QWidget *parent = nullptr);
    ~MembersPane() override;

    QString title() const override;
    QIcon icon() const override;
    void setSession(TenantSession *session) override;
    void setOrganization(const Api::Organization &organization) override;
    void setCapabilities(const Auth::Capabilities &capabilities) override;
    void refresh() override;
    bool focusFind() override;

    MemberListModel *model() const { return m_model; }
    QTableView *view() const;
    AvatarCache *avatars() const { return m_avatars; }

    // The workflows, also reachable from tests and shortcuts.
    void addMembers();
    void assignRoleToSelection();
    void removeSelection();
    void removeRow(int sourceRow);
    void openMemberRoles(int sourceRow);

private:
    void confirmAndRemove(const QStringList &userIds, const QStringList &names);
    void showContextMenu(const QPoint &position);
    void onChangeFinished(const Api::BatchResult &result, const QStringList &notSent);
    void updateActions();
    void updateStatus();
    void onSortChanged(int column);
    QList<int> selectedSourceRows() const;

    std::unique_ptr<Ui::MembersPane> m_ui;
    QPointer<TenantSession> m_session;
    MemberListModel *m_model;
    TextFilterProxyModel *m_proxy;
    AvatarCache *m_avatars;
    Auth::Capabilities m_capabilities;
};
