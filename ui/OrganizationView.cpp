#include "OrganizationView.h"

#include "ConnectionsPane.h"
#include "Icons.h"
#include "InvitationsPane.h"
#include "MembersPane.h"
#include "OrganizationTab.h"
#include "RolesPane.h"
#include "SettingsPane.h"
#include "ui_OrganizationView.h"

#include <QClipboard>
#include <QGuiApplication>

OrganizationView::OrganizationView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrganizationView>())
    , m_members(new MembersPane(this))
{
    m_ui->setupUi(this);
    m_ui->tabWidget->setAccessibleName(tr("Organization"));
    // Each tab is its own pane with its own form, in the Dashboard's order.
    addTab(m_members);
    addTab(new InvitationsPane(this));
    addTab(new RolesPane(this));
    addTab(new ConnectionsPane(this));
    addTab(new SettingsPane(this));
    connect(m_ui->tabWidget, &QTabWidget::currentChanged, this, &OrganizationView::refreshIfStale);

    m_ui->copyIdButton->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->copyIdButton->setAccessibleName(m_ui->copyIdButton->text());
    m_ui->logoLabel->setPixmap(Icons::get(QStringLiteral("organization")).pixmap(40, 40));
    connect(m_ui->copyIdButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_organization.id); });
    clear();
}

OrganizationView::~OrganizationView() = default;

void OrganizationView::addTab(OrganizationTab *tab)
{
    m_tabs.append(tab);
    m_ui->tabWidget->addTab(tab, tab->icon(), tab->title());
    // Screen readers and UI automation find the tab by its visible label.
    tab->setAccessibleName(tab->title());
    connect(tab, &OrganizationTab::tenantDataChanged, this, [this, tab] { markOthersStale(tab); });
}

bool OrganizationView::mayLeave()
{
    if (m_organization.id.isEmpty())
        return true;
    for (OrganizationTab *tab : std::as_const(m_tabs)) {
        if (!tab->mayLeave()) {
            showTab(tab);
            return false;
        }
    }
    return true;
}

void OrganizationView::markOthersStale(OrganizationTab *changed)
{
    for (OrganizationTab *tab : std::as_const(m_tabs)) {
        if (tab != changed)
            m_stale.insert(tab);
    }
}

void OrganizationView::refreshIfStale()
{
    OrganizationTab *tab = currentTab();
    if (tab && m_stale.remove(tab))
        tab->refresh();
}

OrganizationTab *OrganizationView::currentTab() const
{
    return qobject_cast<OrganizationTab *>(m_ui->tabWidget->currentWidget());
}

OrganizationTab *OrganizationView::tab(const QString &title) const
{
    for (OrganizationTab *tab : m_tabs)
        if (tab->title() == title)
            return tab;
    return nullptr;
}

void OrganizationView::showTab(OrganizationTab *tab)
{
    m_ui->tabWidget->setCurrentWidget(tab);
}

void OrganizationView::setSession(TenantSession *session)
{
    for (OrganizationTab *tab : m_tabs)
        tab->setSession(session);
}

void OrganizationView::setOrganizationList(OrganizationListModel *organizations)
{
    for (OrganizationTab *tab : m_tabs)
        tab->setOrganizationList(organizations);
}

void OrganizationView::setCapabilities(const Auth::Capabilities &capabilities)
{
    for (OrganizationTab *tab : m_tabs)
        tab->setCapabilities(capabilities);
}

void OrganizationView::showOrganization(const Api::Organization &organization)
{
    const bool sameOrganization = organization.id == m_organization.id;
    m_organization = organization;
    const QString title = organization.displayName.isEmpty() ? organization.name : organization.displayName;
    m_ui->titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()));
    m_ui->subtitleLabel->setText(QStringLiteral("%1 · %2").arg(organization.name, organization.id));
    m_ui->stack->setCurrentWidget(m_ui->organizationPage);
    // A rename of the organization in front only updates the header; the
    // tabs keep what they loaded.
    if (sameOrganization)
        return;
    // Another organization: every tab loads afresh anyway.
    m_stale.clear();
    for (OrganizationTab *tab : m_tabs)
        tab->setOrganization(organization);
}

void OrganizationView::clear()
{
    m_organization = {};
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
    for (OrganizationTab *tab : m_tabs)
        tab->setOrganization({});
}

void OrganizationView::refreshCurrent()
{
    if (OrganizationTab *tab = currentTab())
        tab->refresh();
}

bool OrganizationView::focusFind()
{
    if (m_organization.id.isEmpty())
        return false;
    OrganizationTab *tab = currentTab();
    return tab && tab->focusFind();
}
