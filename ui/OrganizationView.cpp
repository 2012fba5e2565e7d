#include "OrganizationView.h"

#include "Icons.h"
#include "MembersPane.h"
#include "ui_OrganizationView.h"

#include <QClipboard>
#include <QGuiApplication>

OrganizationView::OrganizationView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrganizationView>())
    , m_members(new MembersPane(this))
{
    m_ui->setupUi(this);
    // Each tab is its own pane with its own form; the tab text is its accessible name.
    m_ui->tabWidget->addTab(m_members, Icons::get(QStringLiteral("members")), tr("Members"));
    m_ui->tabWidget->setAccessibleName(tr("Organization"));
    m_ui->copyIdButton->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->copyIdButton->setAccessibleName(m_ui->copyIdButton->text());
    m_ui->logoLabel->setPixmap(Icons::get(QStringLiteral("organization")).pixmap(40, 40));
    connect(m_ui->copyIdButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_organization.id); });
    clear();
}

OrganizationView::~OrganizationView() = default;

void OrganizationView::setSession(TenantSession *session)
{
    m_members->setSession(session);
}

void OrganizationView::setCapabilities(const Auth::Capabilities &capabilities)
{
    m_members->setCapabilities(capabilities);
}

void OrganizationView::showOrganization(const Api::Organization &organization)
{
    m_organization = organization;
    const QString title = organization.displayName.isEmpty() ? organization.name : organization.displayName;
    m_ui->titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()));
    m_ui->subtitleLabel->setText(QStringLiteral("%1 · %2").arg(organization.name, organization.id));
    m_ui->stack->setCurrentWidget(m_ui->organizationPage);
    m_members->setOrganization(organization.id);
}

void OrganizationView::clear()
{
    m_organization = {};
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
    m_members->setOrganization(QString());
}

void OrganizationView::refreshCurrent()
{
    if (m_ui->tabWidget->currentWidget() == m_members)
        m_members->refresh();
}

bool OrganizationView::focusFind()
{
    if (m_organization.id.isEmpty())
        return false;
    if (m_ui->tabWidget->currentWidget() == m_members) {
        m_members->focusFilter();
        return true;
    }
    return false;
}
