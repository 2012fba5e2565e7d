#pragma once

#include "api/Organization.h"
#include "auth/Capabilities.h"

#include <QIcon>
#include <QWidget>

class OrganizationListModel;
class TenantSession;

// One tab of the organization view (Members, Invitations, Roles, Connections,
// Settings). OrganizationView hands every tab the same session, capabilities
// and organization, and routes F5 and Ctrl+F to the tab in front, so a new tab
// is one class and one line in OrganizationView.
class OrganizationTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationTab)

public:
    using QWidget::QWidget;

    // The tab's label (also its accessible name) and icon.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    virtual void setSession(TenantSession *session) = 0;
    // The organization list, for tabs that rename or delete the organization
    // through it so the list on the left stays in step. Most tabs ignore it.
    virtual void setOrganizationList(OrganizationListModel *organizations) { Q_UNUSED(organizations) }
    // An empty organization (id "") means none is selected: drop what is shown.
    virtual void setOrganization(const Api::Organization &organization) = 0;
    virtual void setCapabilities(const Auth::Capabilities &capabilities) = 0;
    // F5: load again from the tenant.
    virtual void refresh() = 0;
    // Ctrl+F: focus the tab's filter; false when it has none.
    virtual bool focusFind() { return false; }
    // Before another organization (or none) is shown, or the window closes:
    // a tab holding unsaved work asks whether it may be dropped.
    virtual bool mayLeave() { return true; }

signals:
    // This tab changed the tenant (members, roles, ...): the other tabs show
    // stale rows and load again when they come to the front.
    void tenantDataChanged();
};
