#pragma once

#include "api/Role.h"
#include "auth/Capabilities.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class RoleListPanel;
}
class QListView;
class RoleListModel;
class TenantSession;
class TextFilterProxyModel;

// The left side of the Roles tab: the tenant's roles with their descriptions
// and holder counts, sorted by name, with a filter by name and a context menu.
// It keeps the role people were looking at across reloads.
class RoleListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleListPanel)

public:
    explicit RoleListPanel(QWidget *parent = nullptr);
    ~RoleListPanel() override;

    void setSession(TenantSession *session);
    void setCapabilities(const Auth::Capabilities &capabilities);
    void reload();
    bool isLoaded() const;
    void setHolderCounts(const QHash<QString, int> &counts, bool known);
    // The enabled state and tooltip of "Assign to members…" for the context menu.
    void setAssignAction(const QString &text, bool enabled);

    RoleListModel *model() const { return m_roles; }
    QListView *view() const;
    Api::Role currentRole() const;
    bool selectRole(const QString &roleId);
    void focusFilter();

signals:
    void currentRoleChanged();
    void assignRequested();

private:
    void onLoaded();
    void showContextMenu(const QPoint &position);
    void updateStatus();

    std::unique_ptr<Ui::RoleListPanel> m_ui;
    QPointer<TenantSession> m_session;
    Auth::Capabilities m_capabilities;
    RoleListModel *m_roles;
    TextFilterProxyModel *m_proxy;
    QString m_wantedRoleId;
    QString m_assignText;
    bool m_assignEnabled = false;
};
