#include "RoleListPanel.h"

#include "ErrorPresenter.h"
#include "Icons.h"
#include "RoleDelegate.h"
#include "RoleListModel.h"
#include "TenantSession.h"
#include "TextFilterProxyModel.h"
#include "ui_RoleListPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

using Op = Auth::Capabilities::Operation;

RoleListPanel::RoleListPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RoleListPanel>())
    , m_roles(new RoleListModel(this))
    , m_proxy(new TextFilterProxyModel(RoleListModel::SearchTextRole, this))
{
    m_ui->setupUi(this);
    m_ui->filterEdit->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_ui->filterEdit->setAccessibleName(m_ui->filterEdit->placeholderText());
    m_proxy->setSourceModel(m_roles);
    m_proxy->sort(0);
    m_ui->rolesView->setModel(m_proxy);
    m_ui->rolesView->setItemDelegate(new RoleDelegate(this));
    m_ui->rolesView->setContextMenuPolicy(Qt::CustomContextMenu);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateStatus();
    });
    connect(m_ui->rolesView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const Api::Role role = currentRole();
        if (!role.id.isEmpty())
            m_wantedRoleId = role.id;
        emit currentRoleChanged();
    });
    connect(m_ui->rolesView, &QListView::customContextMenuRequested, this, &RoleListPanel::showContextMenu);
    connect(m_roles, &RoleListModel::loaded, this, &RoleListPanel::onLoaded);
    connect(m_roles, &RoleListModel::loadingChanged, this, &RoleListPanel::updateStatus);
    connect(m_roles, &RoleListModel::failed, this, [this](const Api::ApiError &error) {
        ErrorPresenter::show(m_ui->errorLabel, error);
        updateStatus();
    });
}

RoleListPanel::~RoleListPanel() = default;

QListView *RoleListPanel::view() const
{
    return m_ui->rolesView;
}

void RoleListPanel::setSession(TenantSession *session)
{
    m_session = session;
    m_roles->setSession(session);
}

void RoleListPanel::setCapabilities(const Auth::Capabilities &capabilities)
{
    m_capabilities = capabilities;
    // Said in place, where the list would be.
    if (m_session && capabilities.isKnown() && !capabilities.can(Op::ListRoles))
        ErrorPresenter::showText(m_ui->errorLabel, capabilities.explainMissing(Op::ListRoles));
}

void RoleListPanel::reload()
{
    if (m_capabilities.can(Op::ListRoles))
        ErrorPresenter::clear(m_ui->errorLabel);
    m_roles->reload();
    updateStatus();
}

bool RoleListPanel::isLoaded() const
{
    return m_roles->isLoaded();
}

void RoleListPanel::setHolderCounts(const QHash<QString, int> &counts, bool known)
{
    m_roles->setHolderCounts(counts, known);
}

void RoleListPanel::setAssignAction(const QString &text, bool enabled)
{
    m_assignText = text;
    m_assignEnabled = enabled;
}

Api::Role RoleListPanel::currentRole() const
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->rolesView->currentIndex());
    return current.isValid() ? m_roles->roleAt(current.row()) : Api::Role();
}

bool RoleListPanel::selectRole(const QString &roleId)
{
    const int row = m_roles->rowOf(roleId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_roles->index(row));
    if (!index.isValid()) {
        m_wantedRoleId = roleId;
        return false;
    }
    m_ui->rolesView->setCurrentIndex(index);
    return true;
}

void RoleListPanel::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void RoleListPanel::onLoaded()
{
    ErrorPresenter::clear(m_ui->errorLabel);
    // Keep the role people were looking at across F5; else start at the first.
    if (m_wantedRoleId.isEmpty() || !selectRole(m_wantedRoleId)) {
        if (m_proxy->rowCount() > 0)
            m_ui->rolesView->setCurrentIndex(m_proxy->index(0, 0));
    }
    updateStatus();
}

void RoleListPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->rolesView->indexAt(position);
    if (!index.isValid())
        return;
    m_ui->rolesView->setCurrentIndex(index);
    const Api::Role role = currentRole();
    QMenu menu(this);
    QAction *assign = menu.addAction(Icons::get(QStringLiteral("add")), m_assignText);
    assign->setEnabled(m_assignEnabled);
    QAction *copyId = menu.addAction(Icons::get(QStringLiteral("copy")), tr("Copy role ID"));
    QAction *copyName = menu.addAction(tr("Copy role name"));
    QAction *chosen = menu.exec(m_ui->rolesView->viewport()->mapToGlobal(position));
    if (chosen == assign)
        emit assignRequested();
    else if (chosen == copyId)
        QGuiApplication::clipboard()->setText(role.id);
    else if (chosen == copyName)
        QGuiApplication::clipboard()->setText(role.name);
}

void RoleListPanel::updateStatus()
{
    const int roles = m_roles->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_roles->isLoading() && roles == 0)
        m_ui->statusLabel->setText(tr("Loading roles…"));
    else if (shown != roles)
        m_ui->statusLabel->setText(tr("%1 of %2 roles match").arg(shown).arg(roles));
    else if (m_roles->isLoaded())
        m_ui->statusLabel->setText(tr("%n role(s)", nullptr, roles));
    else
        m_ui->statusLabel->clear();
}
