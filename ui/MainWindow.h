#pragma once

#include "TenantSession.h"
#include "auth/TenantProfile.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class OrganizationListModel;
class OrganizationView;
class OrganizationsPane;
class QLabel;

// The shell: organizations on the left, the selected organization's tabs on
// the right, the live tenant in the title and a coloured badge, and the
// connection state and rate-limit budget in the status bar. The workflows
// live in the panes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setSession(TenantSession *session);
    // The saved tenants, for the "Switch tenant" menu.
    void setProfiles(const QList<Auth::TenantProfile> &profiles);
    TenantSession *session() const { return m_session; }
    OrganizationListModel *organizations() const { return m_organizations; }
    // The two halves, for tests and the screenshot tour.
    OrganizationsPane *organizationsPane() const;
    OrganizationView *organizationView() const;

signals:
    void connectRequested();
    void demoRequested();
    void profilesRequested();
    void switchRequested(const QString &profileId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTenantIndicators();
    void updateCapabilities();
    void onOrganizationSelected(const QString &organizationId);
    void createOrganization();
    void refresh();
    void find();
    void restoreLayout();
    void saveLayout() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<TenantSession> m_session;
    OrganizationListModel *m_organizations;
    QLabel *m_tenantBadge;
    QLabel *m_connectionLabel;
    QLabel *m_rateLabel;
};
