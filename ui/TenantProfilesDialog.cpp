#include "TenantProfilesDialog.h"

#include "ConnectDialog.h"
#include "Icons.h"
#include "MessageBox.h"
#include "TenantSession.h"
#include "auth/ProfileStore.h"
#include "ui_TenantProfilesDialog.h"

namespace {
constexpr int kIdRole = Qt::UserRole;
}

TenantProfilesDialog::TenantProfilesDialog(Auth::ProfileStore *profiles, Auth::TokenStore *secrets,
                                           const QString &currentId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TenantProfilesDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_currentId(currentId)
{
    m_ui->setupUi(this);
    m_ui->addButton->setIcon(Icons::get(QStringLiteral("add")));
    m_ui->removeButton->setIcon(Icons::get(QStringLiteral("trash")));
    m_ui->openButton->setIcon(Icons::get(QStringLiteral("tenant")));
    for (QPushButton *button :
         { m_ui->openButton, m_ui->addButton, m_ui->editButton, m_ui->removeButton, m_ui->closeButton })
        button->setAccessibleName(button->text());
    m_ui->profilesView->setColumnWidth(0, 180);
    m_ui->profilesView->setColumnWidth(1, 220);

    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->openButton, &QPushButton::clicked, this, &TenantProfilesDialog::switchToSelected);
    connect(m_ui->addButton, &QPushButton::clicked, this, &TenantProfilesDialog::addTenant);
    connect(m_ui->editButton, &QPushButton::clicked, this, &TenantProfilesDialog::editTenant);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &TenantProfilesDialog::removeSelected);
    connect(m_ui->profilesView, &QTreeWidget::itemSelectionChanged, this, &TenantProfilesDialog::updateButtons);
    connect(m_ui->profilesView, &QTreeWidget::itemDoubleClicked, this, &TenantProfilesDialog::switchToSelected);
    reload();
}

TenantProfilesDialog::~TenantProfilesDialog() = default;

std::unique_ptr<TenantSession> TenantProfilesDialog::takeSession()
{
    return std::move(m_session);
}

void TenantProfilesDialog::reload()
{
    m_ui->profilesView->clear();
    const auto profiles = m_profiles->profiles();
    for (const Auth::TenantProfile &profile : profiles) {
        auto *item = new QTreeWidgetItem(m_ui->profilesView);
        item->setText(0, profile.displayName);
        item->setText(1, profile.domain);
        item->setText(2, profile.clientId);
        item->setData(0, kIdRole, profile.id);
        if (profile.id == m_currentId) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
            item->setToolTip(0, tr("Open now"));
        }
    }
    updateButtons();
}

QString TenantProfilesDialog::selectedId() const
{
    const auto items = m_ui->profilesView->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, kIdRole).toString();
}

bool TenantProfilesDialog::select(const QString &profileId)
{
    for (int i = 0; i < m_ui->profilesView->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->profilesView->topLevelItem(i);
        if (item->data(0, kIdRole).toString() == profileId) {
            m_ui->profilesView->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void TenantProfilesDialog::updateButtons()
{
    const bool selected = !selectedId().isEmpty();
    m_ui->openButton->setEnabled(selected);
    m_ui->editButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected);
}

void TenantProfilesDialog::switchToSelected()
{
    m_chosenId = selectedId();
    if (!m_chosenId.isEmpty())
        accept();
}

void TenantProfilesDialog::addTenant()
{
    ConnectDialog dialog(m_profiles, m_secrets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session = dialog.takeSession();
    accept();
}

void TenantProfilesDialog::editTenant()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    ConnectDialog dialog(m_profiles, m_secrets, m_profiles->profile(id), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session = dialog.takeSession();
    accept();
}

void TenantProfilesDialog::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const Auth::TenantProfile profile = m_profiles->profile(id);
    QString text = tr("Remove the tenant \"%1\" (%2)? Its client secret and cached token are deleted from "
                      "your keychain. The tenant itself is not changed.")
                       .arg(profile.displayName, profile.domain);
    if (id == m_currentId)
        text += QLatin1Char('\n') + tr("It is open now and will be closed.");
    if (MessageBox::question(this, tr("Remove tenant"), text, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_profiles->remove(id);
    reload();
}
