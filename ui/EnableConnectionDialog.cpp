#include "EnableConnectionDialog.h"

#include "ErrorPresenter.h"
#include "InputRules.h"
#include "OrgConnectionListModel.h"
#include "TenantSession.h"
#include "ui_EnableConnectionDialog.h"

#include <QHeaderView>

EnableConnectionDialog::EnableConnectionDialog(TenantSession *session, const QStringList &enabledIds,
                                               const QString &organization, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EnableConnectionDialog>())
    , m_enabledIds(enabledIds)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Choose a connection of this tenant for %1. Its users can then log in to the "
                                 "organization through it (at most %2 connections per organization).")
                                  .arg(organization)
                                  .arg(InputRules::kConnectionsPerOrganization));
    for (QAbstractButton *button :
         { static_cast<QAbstractButton *>(m_ui->membershipCheck), static_cast<QAbstractButton *>(m_ui->buttonCheck),
           static_cast<QAbstractButton *>(m_ui->signupCheck), static_cast<QAbstractButton *>(m_ui->cancelButton),
           static_cast<QAbstractButton *>(m_ui->enableButton) })
        button->setAccessibleName(button->text());
    m_ui->connectionsView->header()->setStretchLastSection(false);
    m_ui->connectionsView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->connectionsView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    connect(m_ui->connectionsView, &QTreeWidget::itemSelectionChanged, this, &EnableConnectionDialog::updateOptions);
    connect(m_ui->connectionsView, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_ui->enableButton->isEnabled())
            accept();
    });
    connect(m_ui->membershipCheck, &QCheckBox::toggled, this, &EnableConnectionDialog::updateOptions);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->enableButton, &QPushButton::clicked, this, [this] {
        if (selected())
            accept();
    });
    updateOptions();
    load(session);
}

EnableConnectionDialog::~EnableConnectionDialog() = default;

void EnableConnectionDialog::load(TenantSession *session)
{
    if (!session) {
        m_ui->progressBar->hide();
        return;
    }
    session->connections().listAll(QString(), this, [this](const Api::ApiResult<QList<Api::Connection>> &r) {
        m_ui->progressBar->hide();
        if (!r.ok()) {
            ErrorPresenter::showText(m_ui->errorLabel,
                                     tr("Could not load the tenant's connections.") + QLatin1Char('\n')
                                         + ErrorPresenter::describe(r.error));
        }
        for (const Api::Connection &connection : r.value) {
            if (m_enabledIds.contains(connection.id))
                continue;
            m_available.append(connection);
            auto *item = new QTreeWidgetItem(m_ui->connectionsView, { connection.name, connection.strategy });
            item->setToolTip(0, connection.displayName.isEmpty() ? connection.id : connection.displayName);
            item->setData(0, Qt::UserRole, int(m_available.size()) - 1);
        }
        m_ui->emptyLabel->setVisible(r.ok() && m_available.isEmpty());
        if (!m_available.isEmpty())
            m_ui->connectionsView->setCurrentItem(m_ui->connectionsView->topLevelItem(0));
        m_loaded = true;
        updateOptions();
        emit loaded();
    });
}

const Api::Connection *EnableConnectionDialog::selected() const
{
    const QTreeWidgetItem *item = m_ui->connectionsView->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const int at = item->data(0, Qt::UserRole).toInt();
    return at >= 0 && at < m_available.size() ? &m_available.at(at) : nullptr;
}

bool EnableConnectionDialog::select(const QString &name)
{
    for (int i = 0; i < m_ui->connectionsView->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->connectionsView->topLevelItem(i);
        if (item->text(0) == name) {
            m_ui->connectionsView->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

Api::OrgConnection EnableConnectionDialog::draft() const
{
    Api::OrgConnection draft;
    if (const Api::Connection *connection = selected()) {
        draft.connectionId = connection->id;
        draft.name = connection->name;
        draft.strategy = connection->strategy;
    }
    draft.assignMembershipOnLogin = m_ui->membershipCheck->isChecked();
    draft.showAsButton = m_ui->buttonCheck->isChecked();
    draft.isSignupEnabled = m_ui->signupCheck->isEnabled() && m_ui->signupCheck->isChecked();
    return draft;
}

void EnableConnectionDialog::updateOptions()
{
    const Api::Connection *connection = selected();
    m_ui->enableButton->setEnabled(connection != nullptr);
    Api::OrgConnection probe;
    probe.strategy = connection ? connection->strategy : QString();
    probe.assignMembershipOnLogin = m_ui->membershipCheck->isChecked();
    const QString problem
        = connection ? OrgConnectionListModel::signupProblem(probe) : tr("Choose a connection first.");
    m_ui->signupCheck->setEnabled(problem.isEmpty());
    if (!problem.isEmpty())
        m_ui->signupCheck->setChecked(false);
    m_ui->signupCheck->setToolTip(problem.isEmpty() ? tr("Let users sign up to the organization from its login "
                                                         "prompt (Organization Signup).")
                                                    : problem);
    m_ui->signupHintLabel->setText(
        problem.isEmpty() ? tr("Users can sign up to the organization from its login prompt.") : problem);
}
