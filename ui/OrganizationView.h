#pragma once

#include "api/Organization.h"
#include "auth/Capabilities.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>

namespace Ui {
class OrganizationView;
}
class MembersPane;
class OrganizationListModel;
class OrganizationTab;
class TenantSession;

// The right-hand side: one organization's header and its tabs (Members,
// Invitations, Roles, Connections, Settings). Every tab gets the same session,
// capabilities and organization.
class OrganizationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationView)

public:
    explicit OrganizationView(QWidget *parent = nullptr);
    ~OrganizationView() override;

    void setSession(TenantSession *session);
    void setOrganizationList(OrganizationListModel *organizations);
    void setCapabilities(const Auth::Capabilities &capabilities);
    void showOrganization(const Api::Organization &organization);
    void clear();
    QString organizationId() const { return m_organization.id; }
    // False when a tab holds unsaved work the user wants to keep.
    bool mayLeave();

    // F5 and Ctrl+F act on the tab in front.
    void refreshCurrent();
    bool focusFind();

    MembersPane *membersPane() const { return m_members; }
    // The tab with this title ("Members", "Invitations", ...), for tests.
    OrganizationTab *tab(const QString &title) const;
    void showTab(OrganizationTab *tab);

private:
    void addTab(OrganizationTab *tab);
    OrganizationTab *currentTab() const;
    void markOthersStale(OrganizationTab *changed);
    void refreshIfStale();

    std::unique_ptr<Ui::OrganizationView> m_ui;
    Api::Organization m_organization;
    QList<OrganizationTab *> m_tabs;
    // Tabs whose rows another tab made stale; refreshed when shown.
    QSet<OrganizationTab *> m_stale;
    MembersPane *m_members;
};
