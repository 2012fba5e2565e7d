#pragma once

#include "OrganizationTab.h"
#include "auth/Capabilities.h"

#include <QPointer>

#include <memory>

namespace Ui {
class ConnectionsPane;
}
class OrgConnectionListModel;
class TenantSession;
class TrashColumnDelegate;
class QTableView;

// The Connections tab: the connections enabled for the organization, their
// options as checkboxes that change the tenant at once, "Enable connection"
// and trash-can removal with confirmation.
class ConnectionsPane final : public OrganizationTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPane)

public:
    explicit ConnectionsPane(QWidget *parent = nullptr);
    ~ConnectionsPane() override;

    QString title() const override;
    QIcon icon() const override;
    void setSession(TenantSession *session) override;
    void setOrganization(const Api::Organization &organization) override;
    void setCapabilities(const Auth::Capabilities &capabilities) override;
    void refresh() override;

    OrgConnectionListModel *model() const { return m_model; }
    QTableView *view() const;

    // The workflows, also reachable from tests and shortcuts.
    void enableConnection();
    void removeRow(int row);

private:
    void showContextMenu(const QPoint &position);
    void updateActions();
    void updateStatus();

    std::unique_ptr<Ui::ConnectionsPane> m_ui;
    QPointer<TenantSession> m_session;
    OrgConnectionListModel *m_model;
    TrashColumnDelegate *m_delegate;
    Auth::Capabilities m_capabilities;
    Api::Organization m_organization;
};
