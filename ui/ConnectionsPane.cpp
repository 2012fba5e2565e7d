#include "ConnectionsPane.h"

#include "EnableConnectionDialog.h"
#include "ErrorPresenter.h"
#include "Icons.h"
#include "InputRules.h"
#include "MessageBox.h"
#include "OrgConnectionListModel.h"
#include "TenantSession.h"
#include "TrashColumnDelegate.h"
#include "ui_ConnectionsPane.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QShortcut>

using Op = Auth::Capabilities::Operation;

ConnectionsPane::ConnectionsPane(QWidget *parent)
    : OrganizationTab(parent)
    , m_ui(std::make_unique<Ui::ConnectionsPane>())
    , m_model(new OrgConnectionListModel(this))
    , m_delegate(new TrashColumnDelegate(OrgConnectionListModel::RemoveColumn, this))
{
    m_ui->setupUi(this);
    m_ui->enableButton->setIcon(Icons::get(QStringLiteral("add")));
    m_ui->enableButton->setAccessibleName(m_ui->enableButton->text());

    QTableView *view = m_ui->connectionsView;
    view->setModel(m_model);
    view->setItemDelegate(m_delegate);
    view->verticalHeader()->hide();
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(OrgConnectionListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OrgConnectionListModel::RemoveColumn, QHeaderView::Fixed);
    header->resizeSection(OrgConnectionListModel::StrategyColumn, 130);
    header->resizeSection(OrgConnectionListModel::MembershipColumn, 170);
    header->resizeSection(OrgConnectionListModel::ButtonColumn, 130);
    header->resizeSection(OrgConnectionListModel::SignupColumn, 90);
    header->resizeSection(OrgConnectionListModel::RemoveColumn, 36);
    view->setContextMenuPolicy(Qt::CustomContextMenu);

    connect(m_ui->enableButton, &QPushButton::clicked, this, &ConnectionsPane::enableConnection);
    connect(m_delegate, &TrashColumnDelegate::removeClicked, this,
            [this](const QModelIndex &index) { removeRow(index.row()); });
    connect(view, &QTableView::customContextMenuRequested, this, &ConnectionsPane::showContextMenu);
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, [this] {
        const QModelIndexList rows = m_ui->connectionsView->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            removeRow(rows.first().row());
    });

    connect(m_model, &OrgConnectionListModel::loadingChanged, this, [this] {
        if (m_model->isLoading())
            ErrorPresenter::clear(m_ui->errorLabel);
        updateActions();
        updateStatus();
    });
    connect(m_model, &OrgConnectionListModel::busyChanged, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(m_model, &OrgConnectionListModel::failed, this, [this](const QString &what, const Api::ApiError &error) {
        ErrorPresenter::showText(m_ui->errorLabel, what + QLatin1Char('\n') + ErrorPresenter::describe(error));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConnectionsPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConnectionsPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConnectionsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConnectionsPane::updateStatus);
    updateActions();
}

ConnectionsPane::~ConnectionsPane() = default;

QTableView *ConnectionsPane::view() const
{
    return m_ui->connectionsView;
}

QString ConnectionsPane::title() const
{
    return tr("Connections");
}

QIcon ConnectionsPane::icon() const
{
    return Icons::get(QStringLiteral("connection"));
}

void ConnectionsPane::setSession(TenantSession *session)
{
    m_session = session;
    m_model->setSession(session);
}

void ConnectionsPane::setOrganization(const Api::Organization &organization)
{
    m_organization = organization;
    ErrorPresenter::clear(m_ui->errorLabel);
    m_model->setOrganization(organization.id);
    updateActions();
}

void ConnectionsPane::setCapabilities(const Auth::Capabilities &capabilities)
{
    m_capabilities = capabilities;
    m_model->setUpdateAllowed(capabilities.can(Op::UpdateEnabledConnection),
                              capabilities.explainMissing(Op::UpdateEnabledConnection));
    m_model->setRemoveAllowed(capabilities.can(Op::RemoveEnabledConnection),
                              capabilities.explainMissing(Op::RemoveEnabledConnection));
    updateActions();
}

void ConnectionsPane::refresh()
{
    ErrorPresenter::clear(m_ui->errorLabel);
    m_model->reload();
}

void ConnectionsPane::updateActions()
{
    const bool haveOrg = !m_organization.id.isEmpty();
    const bool full = m_model->rowCount() >= InputRules::kConnectionsPerOrganization;
    QString why;
    if (!m_capabilities.can(Op::AddEnabledConnection))
        why = m_capabilities.explainMissing(Op::AddEnabledConnection);
    else if (!m_capabilities.can(Op::ListConnections))
        why = m_capabilities.explainMissing(Op::ListConnections);
    else if (full)
        why = tr("An organization can have at most %1 connections.").arg(InputRules::kConnectionsPerOrganization);
    m_ui->enableButton->setEnabled(haveOrg && why.isEmpty() && !m_model->isLoading());
    m_ui->enableButton->setToolTip(why.isEmpty() ? tr("Enable one of the tenant's connections for this organization")
                                                 : why);
    if (haveOrg && !m_capabilities.can(Op::ListEnabledConnections))
        ErrorPresenter::showText(m_ui->errorLabel, m_capabilities.explainMissing(Op::ListEnabledConnections));
}

void ConnectionsPane::updateStatus()
{
    const bool working = m_model->isLoading() || m_model->isBusy();
    m_ui->progressBar->setVisible(working);
    if (m_model->isLoading()) {
        m_ui->statusLabel->setText(tr("Loading connections…"));
        return;
    }
    if (m_model->isBusy()) {
        m_ui->statusLabel->setText(tr("Saving…"));
        return;
    }
    m_ui->statusLabel->setText(
        m_organization.id.isEmpty()
            ? QString()
            : tr("%1 of %2 connections enabled").arg(m_model->rowCount()).arg(InputRules::kConnectionsPerOrganization));
}

void ConnectionsPane::enableConnection()
{
    if (!m_session || !m_ui->enableButton->isEnabled())
        return;
    const QString name = m_organization.displayName.isEmpty() ? m_organization.name : m_organization.displayName;
    EnableConnectionDialog dialog(m_session, m_model->connectionIds(), name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Api::OrgConnection draft = dialog.draft();
    if (draft.connectionId.isEmpty())
        return;
    ErrorPresenter::clear(m_ui->errorLabel);
    m_model->enable(draft);
}

void ConnectionsPane::removeRow(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_capabilities.can(Op::RemoveEnabledConnection))
        return;
    const QModelIndex index = m_model->index(row, OrgConnectionListModel::RemoveColumn);
    if (!(m_model->flags(index) & Qt::ItemIsEnabled))
        return;
    const Api::OrgConnection connection = m_model->connectionAt(row);
    const auto answer = MessageBox::question(
        this, tr("Remove connection"), tr("Disable the connection \"%1\" for this organization?").arg(connection.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        tr("Its users can no longer log in to the organization through it. The connection itself stays in the "
           "tenant, and members keep their membership."));
    if (answer != QMessageBox::Yes)
        return;
    ErrorPresenter::clear(m_ui->errorLabel);
    m_model->remove(connection.connectionId);
}

void ConnectionsPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->connectionsView->indexAt(position);
    if (!index.isValid())
        return;
    const int row = index.row();
    QMenu menu(this);
    QAction *copy = menu.addAction(Icons::get(QStringLiteral("copy")), tr("Copy connection ID"));
    menu.addSeparator();
    QAction *remove = menu.addAction(Icons::get(QStringLiteral("trash")), tr("Remove connection"));
    remove->setEnabled(m_model->flags(m_model->index(row, OrgConnectionListModel::RemoveColumn)) & Qt::ItemIsEnabled);
    QAction *chosen = menu.exec(m_ui->connectionsView->viewport()->mapToGlobal(position));
    if (chosen == copy)
        QGuiApplication::clipboard()->setText(m_model->connectionAt(row).connectionId);
    else if (chosen == remove)
        removeRow(row);
}
