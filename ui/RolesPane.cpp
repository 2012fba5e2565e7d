#include "RolesPane.h"

#include "AvatarCache.h"
#include "ErrorPresenter.h"
#include "Icons.h"
#include "MemberDelegate.h"
#include "MessageBox.h"
#include "PickMembersDialog.h"
#include "RoleChangeText.h"
#include "RoleHoldersModel.h"
#include "RoleHoldersText.h"
#include "RoleListPanel.h"
#include "TenantSession.h"
#include "TextFilterProxyModel.h"
#include "ui_RolesPane.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QShortcut>
#include <QTimer>

using Op = Auth::Capabilities::Operation;
using Change = MemberRoleBatch::Change;

RolesPane::RolesPane(QWidget *parent)
    : OrganizationTab(parent)
    , m_ui(std::make_unique<Ui::RolesPane>())
    , m_holders(new RoleHoldersModel(this))
    , m_holderProxy(new TextFilterProxyModel(RoleHoldersModel::SearchTextRole, this))
    , m_avatars(new AvatarCache(this))
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 300, 700 });
    m_ui->assignButton->setIcon(Icons::get(QStringLiteral("add")));
    m_ui->removeButton->setIcon(Icons::get(QStringLiteral("trash")));
    m_ui->retryButton->setIcon(Icons::get(QStringLiteral("refresh")));
    m_ui->holderFilterEdit->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_ui->holderFilterEdit->setAccessibleName(m_ui->holderFilterEdit->placeholderText());
    for (QPushButton *button : { m_ui->assignButton, m_ui->removeButton, m_ui->retryButton, m_ui->cancelButton })
        button->setAccessibleName(button->text());
    m_ui->progressBar->setFormat(tr("%v of %m"));

    m_holderProxy->setSourceModel(m_holders);
    QTableView *view = m_ui->holdersView;
    view->setModel(m_holderProxy);
    auto *delegate = new MemberDelegate(m_avatars, RoleHoldersModel::RemoveColumn, this);
    delegate->setNameColumn(RoleHoldersModel::NameColumn, RoleHoldersModel::PictureRole);
    view->setItemDelegate(delegate);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(MemberDelegate::kAvatarSize + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(RoleHoldersModel::UserIdColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RoleHoldersModel::RemoveColumn, QHeaderView::Fixed);
    header->resizeSection(RoleHoldersModel::NameColumn, 200);
    header->resizeSection(RoleHoldersModel::EmailColumn, 240);
    header->resizeSection(RoleHoldersModel::RemoveColumn, 36);
    // Sorting goes on once the model is set, so the arrow and the rows agree.
    view->setSortingEnabled(true);
    view->sortByColumn(RoleHoldersModel::NameColumn, Qt::AscendingOrder);
    view->setContextMenuPolicy(Qt::CustomContextMenu);

    connect(m_ui->rolesPanel, &RoleListPanel::currentRoleChanged, this, &RolesPane::onRoleChanged);
    connect(m_ui->rolesPanel, &RoleListPanel::assignRequested, this, &RolesPane::assignToMembers);
    connect(m_ui->holderFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_holderProxy->setFilterText(text);
        updateStatus();
    });
    connect(m_ui->assignButton, &QPushButton::clicked, this, &RolesPane::assignToMembers);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &RolesPane::removeSelectedHolders);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &RolesPane::retryFailed);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_holders->isChanging())
            m_holders->cancelChange();
        else
            m_holders->cancelLoad();
    });
    connect(delegate, &MemberDelegate::removeClicked, this,
            [this](const QModelIndex &index) { removeHolderRow(m_holderProxy->mapToSource(index).row()); });
    connect(view, &QTableView::customContextMenuRequested, this, &RolesPane::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RolesPane::updateActions);
    connect(m_avatars, &AvatarCache::avatarLoaded, view->viewport(), qOverload<>(&QWidget::update));
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &RolesPane::removeSelectedHolders);

    connect(m_holders, &RoleHoldersModel::loadingChanged, this, &RolesPane::onLoadingChanged);
    connect(m_holders, &RoleHoldersModel::loadProgress, this, [this](int loaded, int total) {
        if (m_holders->isChanging())
            return;
        m_ui->progressBar->setRange(0, std::max(total, 0));
        m_ui->progressBar->setValue(loaded);
        m_ui->statusLabel->setText(total > 0 ? tr("Loading members… %L1 of %L2").arg(loaded).arg(total)
                                             : tr("Loading members… %L1").arg(loaded));
    });
    connect(m_holders, &RoleHoldersModel::failed, this, [this](const Api::ApiError &error) {
        ErrorPresenter::show(m_ui->errorLabel, error);
        updatePlaceholder();
    });
    connect(m_holders, &RoleHoldersModel::holderCountsChanged, this, [this] {
        // Counts are shown only once every member is in: a partial count would mislead.
        const bool known = m_holders->isComplete();
        m_ui->rolesPanel->setHolderCounts(known ? m_holders->holderCounts() : QHash<QString, int>(), known);
    });
    connect(m_holders, &RoleHoldersModel::changeProgress, this, [this](int done, int total) {
        m_ui->progressBar->setRange(0, total);
        m_ui->progressBar->setValue(done);
        m_ui->progressBar->setVisible(true);
        m_ui->cancelButton->setVisible(true);
        m_ui->statusLabel->setText(
            tr("%1: %2 of %3 done")
                .arg(RoleChangeText::doing(m_holders->changeKind(), m_holders->changeRole().name))
                .arg(done)
                .arg(total));
    });
    connect(m_holders, &RoleHoldersModel::changeFinished, this, &RolesPane::onChangeFinished);
    for (QAbstractItemModel *model :
         { static_cast<QAbstractItemModel *>(m_holders), static_cast<QAbstractItemModel *>(m_holderProxy) }) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &RolesPane::updatePlaceholder);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RolesPane::updatePlaceholder);
        connect(model, &QAbstractItemModel::modelReset, this, &RolesPane::updatePlaceholder);
    }
    onRoleChanged();
}

RolesPane::~RolesPane() = default;

QString RolesPane::title() const
{
    return tr("Roles");
}

QIcon RolesPane::icon() const
{
    return Icons::get(QStringLiteral("role"));
}

RoleListPanel *RolesPane::roleList() const
{
    return m_ui->rolesPanel;
}

QTableView *RolesPane::holdersView() const
{
    return m_ui->holdersView;
}

void RolesPane::setSession(TenantSession *session)
{
    m_session = session;
    m_ui->rolesPanel->setSession(session);
    m_holders->setSession(session);
    m_stale = true;
    loadIfShown();
}

void RolesPane::setOrganization(const Api::Organization &organization)
{
    m_organization = organization;
    m_retry = {};
    m_ui->retryButton->setVisible(false);
    m_ui->holderFilterEdit->clear();
    ErrorPresenter::clear(m_ui->errorLabel);
    m_holders->setOrganization(organization.id);
    m_stale = true;
    loadIfShown();
    updateActions();
    updatePlaceholder();
}

void RolesPane::setCapabilities(const Auth::Capabilities &capabilities)
{
    const bool changed
        = capabilities.granted() != m_capabilities.granted() || capabilities.isKnown() != m_capabilities.isKnown();
    m_capabilities = capabilities;
    m_ui->rolesPanel->setCapabilities(capabilities);
    if (changed) {
        m_stale = true;
        loadIfShown();
    }
    updateActions();
    updatePlaceholder();
}

void RolesPane::showEvent(QShowEvent *event)
{
    OrganizationTab::showEvent(event);
    // After the tab switch is done: when OrganizationView refreshes a stale
    // tab on currentChanged (right after this event), that is the one load.
    QTimer::singleShot(0, this, &RolesPane::loadIfShown);
}

void RolesPane::loadIfShown()
{
    // Deciding who holds a role walks every member: only for the tab in
    // front, once per organization, and again on F5.
    if (!m_stale || !isVisible() || !m_session)
        return;
    m_stale = false;
    ErrorPresenter::clear(m_ui->errorLabel);
    if (!m_ui->rolesPanel->isLoaded())
        m_ui->rolesPanel->reload();
    m_holders->reload();
    updateActions();
}

void RolesPane::refresh()
{
    if (m_holders->isChanging())
        return;
    ErrorPresenter::clear(m_ui->errorLabel);
    m_ui->rolesPanel->reload();
    m_holders->reload();
    m_stale = false;
    updateActions();
}

bool RolesPane::focusFind()
{
    if (m_ui->holdersPanel->isAncestorOf(focusWidget()) && m_ui->holderFilterEdit->isEnabled()) {
        m_ui->holderFilterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->holderFilterEdit->selectAll();
    } else {
        m_ui->rolesPanel->focusFilter();
    }
    return true;
}

bool RolesPane::selectRole(const QString &roleId)
{
    return m_ui->rolesPanel->selectRole(roleId);
}

Api::Role RolesPane::currentRole() const
{
    return m_ui->rolesPanel->currentRole();
}

void RolesPane::onRoleChanged()
{
    const Api::Role role = currentRole();
    m_holders->setRole(role);
    m_ui->roleTitleLabel->setText(role.id.isEmpty() ? QString()
                                                    : QStringLiteral("<h3>%1</h3>").arg(role.name.toHtmlEscaped()));
    m_ui->roleDescriptionLabel->setText(role.description);
    m_ui->roleDescriptionLabel->setVisible(!role.description.isEmpty());
    updateActions();
    updatePlaceholder();
}

void RolesPane::onLoadingChanged()
{
    if (!m_holders->isChanging()) {
        const bool loading = m_holders->isLoading();
        m_ui->progressBar->setRange(0, 0);
        m_ui->progressBar->setVisible(loading);
        m_ui->cancelButton->setVisible(loading);
    }
    updateActions();
    updatePlaceholder();
}

QStringList RolesPane::selectedHolderIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_ui->holdersView->selectionModel()->selectedRows())
        ids.append(m_holders->holderAt(m_holderProxy->mapToSource(index).row()).userId);
    return ids;
}

void RolesPane::assignToMembers()
{
    const Api::Role role = currentRole();
    if (!m_session || role.id.isEmpty() || m_holders->isChanging() || m_holders->isLoading()
        || !m_capabilities.can(Op::AssignMemberRoles) || !m_capabilities.can(Op::ListMembersWithRoles))
        return;
    if (m_holders->loadedMemberCount() == 0) {
        MessageBox::information(this, tr("Assign to members"),
                                tr("This organization has no members yet. Add members in the Members tab first."));
        return;
    }
    QString note;
    if (!m_holders->isComplete())
        note = tr("Only the %L1 members loaded so far are listed; press F5 in the Roles tab to load all of them.")
                   .arg(m_holders->loadedMemberCount());
    PickMembersDialog dialog(role, m_holders->membersWithout(role.id), m_avatars, note, this);
    if (dialog.exec() != QDialog::Accepted || dialog.userIds().isEmpty())
        return;
    startChange(Change::Assign, role, dialog.userIds());
}

void RolesPane::removeSelectedHolders()
{
    confirmAndRemove(selectedHolderIds());
}

void RolesPane::removeHolderRow(int sourceRow)
{
    if (sourceRow >= 0 && sourceRow < m_holders->rowCount())
        confirmAndRemove({ m_holders->holderAt(sourceRow).userId });
}

void RolesPane::confirmAndRemove(const QStringList &userIds)
{
    const Api::Role role = currentRole();
    if (userIds.isEmpty() || role.id.isEmpty() || m_holders->isChanging() || m_holders->isLoading()
        || !m_capabilities.can(Op::RemoveMemberRoles))
        return;
    QStringList names;
    for (const QString &userId : userIds)
        names.append(m_holders->displayName(userId));
    const auto answer
        = MessageBox::question(this, tr("Remove role"), RoleChangeText::removeQuestion(role.name, int(userIds.size())),
                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                               RoleChangeText::listed(names).join(QLatin1Char('\n')));
    if (answer == QMessageBox::Yes)
        startChange(Change::Remove, role, userIds);
}

void RolesPane::startChange(Change change, const Api::Role &role, const QStringList &userIds)
{
    ErrorPresenter::clear(m_ui->errorLabel);
    m_retry = {};
    m_ui->retryButton->setVisible(false);
    if (change == Change::Assign)
        m_holders->assignRole(role, userIds);
    else
        m_holders->removeRole(role, userIds);
    updateActions();
}

void RolesPane::retryFailed()
{
    if (m_retry.userIds.isEmpty() || m_retry.orgId != m_organization.id || m_holders->isChanging())
        return;
    const PendingRetry retry = m_retry;
    startChange(retry.change, retry.role, retry.userIds);
}

void RolesPane::onChangeFinished(const Api::BatchResult &result, const QStringList &notSent)
{
    if (!result.succeeded.isEmpty())
        emit tenantDataChanged();
    m_ui->progressBar->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    const Change change = m_holders->changeKind();
    const Api::Role role = m_holders->changeRole();
    updateActions();
    updateStatus();
    const QStringList undone = result.failedIds() + notSent;
    if (undone.isEmpty()) {
        m_ui->statusLabel->setText(RoleChangeText::done(change, role.name, int(result.succeeded.size())));
        return;
    }
    ErrorPresenter::showText(m_ui->errorLabel,
                             RoleChangeText::failures(change, role.name, result, notSent, [this](const QString &id) {
                                 return m_holders->displayName(id);
                             }));
    // A retry sends only these; what went through is done and is not sent again.
    m_retry = { m_holders->organizationId(), role, change, undone };
    if (m_retry.orgId == m_organization.id) {
        m_ui->retryButton->setText(tr("Retry %n member(s)", nullptr, int(undone.size())));
        m_ui->retryButton->setAccessibleName(m_ui->retryButton->text());
        m_ui->retryButton->setVisible(true);
    }
}

void RolesPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->holdersView->indexAt(position);
    if (!index.isValid())
        return;
    const Api::Member member = m_holders->holderAt(m_holderProxy->mapToSource(index).row());
    QMenu menu(this);
    QAction *remove = menu.addAction(Icons::get(QStringLiteral("trash")), m_ui->removeButton->text());
    remove->setEnabled(m_ui->removeButton->isEnabled());
    menu.addSeparator();
    QAction *copyId = menu.addAction(Icons::get(QStringLiteral("copy")), tr("Copy user ID"));
    QAction *copyEmail = menu.addAction(tr("Copy email"));
    copyEmail->setEnabled(!member.email.isEmpty());
    QAction *chosen = menu.exec(m_ui->holdersView->viewport()->mapToGlobal(position));
    if (chosen == remove)
        removeSelectedHolders();
    else if (chosen == copyId)
        QGuiApplication::clipboard()->setText(member.userId);
    else if (chosen == copyEmail)
        QGuiApplication::clipboard()->setText(member.email);
}

void RolesPane::updateActions()
{
    const Api::Role role = currentRole();
    const bool haveRole = !m_organization.id.isEmpty() && !role.id.isEmpty();
    const bool busy = m_holders->isChanging() || m_holders->isLoading();
    const int selected = int(m_ui->holdersView->selectionModel()->selectedRows().size());
    const QString waiting = m_holders->isChanging() ? tr("Wait until the change in progress is done.")
                                                    : tr("Wait until the members are loaded, or cancel loading.");
    auto apply = [&](QAbstractButton *button, const QList<Op> &ops, bool extra, const QString &hint) {
        QString missing;
        for (Op op : ops) {
            if (missing.isEmpty())
                missing = m_capabilities.explainMissing(op);
        }
        button->setEnabled(haveRole && missing.isEmpty() && extra && !busy);
        button->setToolTip(!missing.isEmpty() ? missing : busy ? waiting : hint);
    };
    apply(m_ui->assignButton, { Op::AssignMemberRoles, Op::ListMembersWithRoles }, true,
          tr("Give %1 to members of this organization who do not hold it yet").arg(role.name));
    apply(m_ui->removeButton, { Op::RemoveMemberRoles }, selected > 0,
          selected > 0 ? tr("Remove %1 from the selected members (Delete)").arg(role.name)
                       : tr("Select the members to take %1 from").arg(role.name));
    m_holders->setRemoveBlockedReason(m_capabilities.explainMissing(Op::RemoveMemberRoles));
    m_ui->rolesPanel->setAssignAction(m_ui->assignButton->text(), m_ui->assignButton->isEnabled());
}

void RolesPane::updateStatus()
{
    if (m_holders->isChanging() || m_holders->isLoading())
        return;
    const bool shown
        = !currentRole().id.isEmpty() && !m_organization.id.isEmpty() && m_capabilities.can(Op::ListMembersWithRoles);
    m_ui->statusLabel->setText(shown ? RoleHoldersText::status(*m_holders, m_holderProxy->rowCount()) : QString());
}

void RolesPane::updatePlaceholder()
{
    const QString text = RoleHoldersText::placeholder(*m_holders, currentRole(), m_capabilities);
    m_ui->placeholderLabel->setText(text);
    m_ui->holdersStack->setCurrentWidget(text.isEmpty() ? m_ui->holdersPage : m_ui->placeholderPage);
    m_ui->holderFilterEdit->setEnabled(m_holders->rowCount() > 0);
    updateStatus();
}
