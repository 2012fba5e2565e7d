#include "MainWindow.h"

#include "AboutDialog.h"
#include "CreateOrganizationDialog.h"
#include "Icons.h"
#include "LayoutMemory.h"
#include "OrganizationListModel.h"
#include "OrganizationView.h"
#include "OrganizationsPane.h"
#include "PreferencesDialog.h"
#include "TenantSession.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_organizations(new OrganizationListModel(this))
    , m_tenantBadge(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_rateLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::app());
    m_ui->organizationsPane->setModel(m_organizations);
    m_ui->organizationView->setOrganizationList(m_organizations);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->connectAction->setIcon(Icons::get(QStringLiteral("tenant")));
    m_ui->demoAction->setIcon(Icons::get(QStringLiteral("demo")));
    m_ui->refreshAction->setIcon(Icons::get(QStringLiteral("refresh")));
    m_ui->findAction->setIcon(Icons::get(QStringLiteral("search")));

    m_tenantBadge->setAccessibleName(tr("Tenant"));
    m_tenantBadge->setMargin(2);
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_rateLabel->setAccessibleName(tr("Rate limit"));
    statusBar()->addWidget(m_tenantBadge);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_rateLabel);

    connect(m_ui->organizationsPane, &OrganizationsPane::organizationSelected, this,
            &MainWindow::onOrganizationSelected);
    connect(m_ui->organizationsPane, &OrganizationsPane::createRequested, this, &MainWindow::createOrganization);
    connect(m_organizations, &OrganizationListModel::updated, this, [this](const Api::Organization &org) {
        if (org.id == m_ui->organizationView->organizationId())
            m_ui->organizationView->showOrganization(org);
    });
    connect(m_organizations, &OrganizationListModel::removed, this, [this](const QString &id) {
        if (id == m_ui->organizationView->organizationId())
            m_ui->organizationView->clear();
    });
    connect(m_organizations, &OrganizationListModel::created, this,
            [this](const Api::Organization &org) { m_ui->organizationsPane->select(org.id); });
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->findAction, &QAction::triggered, this, &MainWindow::find);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    connect(m_ui->demoAction, &QAction::triggered, this, &MainWindow::demoRequested);
    connect(m_ui->profilesAction, &QAction::triggered, this, &MainWindow::profilesRequested);
    setProfiles({});
    connect(m_ui->preferencesAction, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    updateCapabilities();
    updateTenantIndicators();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::setSession(TenantSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_ui->organizationView->clear();
    m_ui->organizationView->setSession(session);
    if (session) {
        connect(session, &TenantSession::stateChanged, this, [this](TenantSession::State state) {
            updateTenantIndicators();
            if (state == TenantSession::State::Connected)
                m_organizations->setSession(m_session);
        });
        connect(session, &TenantSession::capabilitiesChanged, this, &MainWindow::updateCapabilities);
        connect(session, &TenantSession::rateBudgetChanged, this, [this](int remaining, int limit) {
            m_rateLabel->setText(tr("Rate limit: %1 of %2 left").arg(remaining).arg(limit));
        });
        if (session->state() == TenantSession::State::Connected)
            m_organizations->setSession(session);
    } else {
        m_organizations->setSession(nullptr);
    }
    updateCapabilities();
    updateTenantIndicators();
}

OrganizationsPane *MainWindow::organizationsPane() const
{
    return m_ui->organizationsPane;
}

OrganizationView *MainWindow::organizationView() const
{
    return m_ui->organizationView;
}

void MainWindow::setProfiles(const QList<Auth::TenantProfile> &profiles)
{
    m_ui->switchMenu->clear();
    for (const Auth::TenantProfile &profile : profiles) {
        QAction *action = m_ui->switchMenu->addAction(Icons::get(QStringLiteral("tenant")),
                                                      tr("%1 (%2)").arg(profile.displayName, profile.domain));
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { emit switchRequested(id); });
    }
    m_ui->switchMenu->setEnabled(!profiles.isEmpty());
}

void MainWindow::updateCapabilities()
{
    const Auth::Capabilities capabilities = m_session ? m_session->capabilities() : Auth::Capabilities();
    m_ui->organizationsPane->setCapabilities(capabilities);
    m_ui->organizationView->setCapabilities(capabilities);
}

void MainWindow::updateTenantIndicators()
{
    if (!m_session) {
        setWindowTitle(tr("OrgConsole"));
        m_tenantBadge->setText(tr("No tenant"));
        m_tenantBadge->setStyleSheet(QString());
        m_connectionLabel->setText(tr("Not connected"));
        return;
    }
    const Auth::TenantProfile &profile = m_session->profile();
    const QString name = m_session->isDemo() ? tr("Demo tenant") : profile.displayName;
    setWindowTitle(tr("%1 (%2) — OrgConsole").arg(name, profile.domain));
    // One colour per tenant, so two windows on two tenants never look alike;
    // the demo tenant is always green, so it never passes for production.
    const QColor colour
        = m_session->isDemo() ? QColor(0x2e, 0x7d, 0x32) : QColor::fromHsl(int(qHash(profile.domain) % 360), 160, 90);
    m_tenantBadge->setText(QStringLiteral(" %1 ").arg(name));
    m_tenantBadge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; "
                                                "font-weight: bold; }")
                                     .arg(colour.name()));
    switch (m_session->state()) {
    case TenantSession::State::Disconnected:
        m_connectionLabel->setText(tr("Not connected"));
        break;
    case TenantSession::State::Connecting:
        m_connectionLabel->setText(tr("Connecting to %1…").arg(profile.domain));
        break;
    case TenantSession::State::Connected:
        m_connectionLabel->setText(tr("Connected to %1").arg(profile.domain));
        break;
    case TenantSession::State::Failed:
        m_connectionLabel->setText(tr("Connection failed: %1").arg(m_session->lastError()));
        break;
    }
}

void MainWindow::onOrganizationSelected(const QString &organizationId)
{
    const QString shown = m_ui->organizationView->organizationId();
    if (organizationId != shown && !m_ui->organizationView->mayLeave()) {
        // Kept: the list goes back to the organization still being edited.
        m_ui->organizationsPane->select(shown);
        return;
    }
    const int row = m_organizations->rowOf(organizationId);
    if (row < 0) {
        m_ui->organizationView->clear();
        return;
    }
    m_ui->organizationView->showOrganization(m_organizations->organizationAt(row));
}

void MainWindow::createOrganization()
{
    // The dialog creates through the list and shows a refusal itself.
    CreateOrganizationDialog dialog(m_organizations, this);
    dialog.exec();
}

void MainWindow::refresh()
{
    if (m_ui->organizationsPane->isAncestorOf(focusWidget()))
        m_ui->organizationsPane->refresh();
    else
        m_ui->organizationView->refreshCurrent();
}

void MainWindow::find()
{
    if (!m_ui->organizationView->isAncestorOf(focusWidget()) || !m_ui->organizationView->focusFind())
        m_ui->organizationsPane->focusSearch();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    LayoutMemory::restore(this, QStringLiteral("layout"));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    LayoutMemory::save(this, QStringLiteral("layout"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_ui->organizationView->mayLeave()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}
