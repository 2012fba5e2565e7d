#include "MembersPane.h"

#include "AddMembersDialog.h"
#include "AssignRoleDialog.h"
#include "AvatarCache.h"
#include "ErrorPresenter.h"
#include "Icons.h"
#include "MemberDelegate.h"
#include "MemberListModel.h"
#include "MemberRolesDialog.h"
#include "MessageBox.h"
#include "TenantSession.h"
#include "TextFilterProxyModel.h"
#include "ui_MembersPane.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QShortcut>

using Op = Auth::Capabilities::Operation;

MembersPane::MembersPane(QWidget *parent)
    : OrganizationTab(parent)
    , m_ui(std::make_unique<Ui::MembersPane>())
    , m_model(new MemberListModel(this))
    , m_proxy(new TextFilterProxyModel(MemberListModel::SearchTextRole, this))
    , m_avatars(new AvatarCache(this))
{
    m_ui->setupUi(this);
    m_ui->addMembersButton->setIcon(Icons::get(QStringLiteral("add")));
    m_ui->assignRoleButton->setIcon(Icons::get(QStringLiteral("role")));
    m_ui->removeMembersButton->setIcon(Icons::get(QStringLiteral("trash")));
    m_ui->filterEdit->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_ui->filterEdit->setAccessibleName(tr("Filter members"));
    for (QAbstractButton *button : { static_cast<QAbstractButton *>(m_ui->addMembersButton),
                                     static_cast<QAbstractButton *>(m_ui->assignRoleButton),
                                     static_cast<QAbstractButton *>(m_ui->removeMembersButton),
                                     static_cast<QAbstractButton *>(m_ui->cancelButton) })
        button->setAccessibleName(button->text());

    m_proxy->setSourceModel(m_model);
    QTableView *view = m_ui->membersView;
    view->setModel(m_proxy);
    auto *delegate = new MemberDelegate(m_avatars, MemberListModel::RemoveColumn, this);
    view->setItemDelegate(delegate);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(MemberDelegate::kAvatarSize + 8);
    view->horizontalHeader()->setSectionResizeMode(MemberListModel::RolesColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(MemberListModel::RemoveColumn, QHeaderView::Fixed);
    view->horizontalHeader()->resizeSection(MemberListModel::NameColumn, 200);
    view->horizontalHeader()->resizeSection(MemberListModel::EmailColumn, 220);
    view->horizontalHeader()->resizeSection(MemberListModel::UserIdColumn, 200);
    view->horizontalHeader()->resizeSection(MemberListModel::RemoveColumn, 36);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    // The form turns sorting on before there is a model, which left the arrow
    // on Name over unsorted rows. Rows start in the tenant's order with no
    // arrow; a click on a header sorts, and loads everyone so the order is true.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &MembersPane::onSortChanged);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateStatus();
    });
    connect(m_ui->addMembersButton, &QPushButton::clicked, this, &MembersPane::addMembers);
    connect(m_ui->assignRoleButton, &QPushButton::clicked, this, &MembersPane::assignRoleToSelection);
    connect(m_ui->removeMembersButton, &QPushButton::clicked, this, &MembersPane::removeSelection);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_model->isChanging())
            m_model->cancelChange();
        else
            m_model->cancelLoadAll();
    });
    connect(delegate, &MemberDelegate::removeClicked, this,
            [this](const QModelIndex &index) { removeRow(m_proxy->mapToSource(index).row()); });
    connect(view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openMemberRoles(m_proxy->mapToSource(index).row()); });
    connect(view, &QTableView::customContextMenuRequested, this, &MembersPane::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersPane::updateActions);
    connect(m_avatars, &AvatarCache::avatarLoaded, view->viewport(), qOverload<>(&QWidget::update));

    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &MembersPane::removeSelection);

    connect(m_model, &MemberListModel::loadingChanged, this, [this](bool loading) {
        if (!m_model->isChanging()) {
            m_ui->progressBar->setRange(0, 0);
            m_ui->progressBar->setVisible(loading);
            // Loading everyone (for a sort) can take a while: it can be stopped.
            m_ui->cancelButton->setVisible(m_model->isLoadingAll());
        }
        updateStatus();
    });
    connect(m_model, &MemberListModel::failed, this,
            [this](const Api::ApiError &error) { ErrorPresenter::show(m_ui->errorLabel, error); });
    connect(m_model, &MemberListModel::changeProgress, this, [this](int done, int total) {
        m_ui->progressBar->setRange(0, total);
        m_ui->progressBar->setValue(done);
        m_ui->progressBar->setVisible(true);
        m_ui->cancelButton->setVisible(true);
        m_ui->statusLabel->setText(tr("%1 of %2 done").arg(done).arg(total));
    });
    connect(m_model, &MemberListModel::changeFinished, this, &MembersPane::onChangeFinished);
    connect(m_model, &MemberListModel::tenantChanged, this, &OrganizationTab::tenantDataChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MembersPane::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MembersPane::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        ErrorPresenter::clear(m_ui->errorLabel);
        updateStatus();
    });
    updateActions();
}

MembersPane::~MembersPane() = default;

QTableView *MembersPane::view() const
{
    return m_ui->membersView;
}

QString MembersPane::title() const
{
    return tr("Members");
}

QIcon MembersPane::icon() const
{
    return Icons::get(QStringLiteral("members"));
}

void MembersPane::setSession(TenantSession *session)
{
    m_session = session;
    m_model->setSession(session);
}

void MembersPane::setOrganization(const Api::Organization &organization)
{
    m_ui->filterEdit->clear();
    m_model->setOrganization(organization.id);
    onSortChanged(m_ui->membersView->horizontalHeader()->sortIndicatorSection());
    updateActions();
}

void MembersPane::setCapabilities(const Auth::Capabilities &capabilities)
{
    m_capabilities = capabilities;
    updateActions();
}

void MembersPane::refresh()
{
    m_model->reload();
    onSortChanged(m_ui->membersView->horizontalHeader()->sortIndicatorSection());
}

bool MembersPane::focusFind()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
    return true;
}

QList<int> MembersPane::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->membersView->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MembersPane::updateActions()
{
    const bool haveOrg = !m_model->organizationId().isEmpty();
    const bool busy = m_model->isChanging();
    const int selected = int(m_ui->membersView->selectionModel()->selectedRows().size());
    auto apply = [&](QAbstractButton *button, Op op, bool extra, const QString &hint) {
        const bool allowed = m_capabilities.can(op);
        button->setEnabled(haveOrg && allowed && extra && !busy);
        button->setToolTip(allowed ? hint : m_capabilities.explainMissing(op));
    };
    apply(m_ui->addMembersButton, Op::AddMembers, true, tr("Add existing users of this tenant as members"));
    apply(m_ui->assignRoleButton, Op::AssignMemberRoles, selected > 0, tr("Assign roles to the selected members"));
    apply(m_ui->removeMembersButton, Op::RemoveMembers, selected > 0, tr("Remove the selected members (Delete)"));
    if (!m_capabilities.can(Op::ListMembers) && haveOrg)
        ErrorPresenter::showText(m_ui->errorLabel, m_capabilities.explainMissing(Op::ListMembers));
}

void MembersPane::onSortChanged(int column)
{
    if (column >= 0 && !m_model->isComplete())
        m_model->loadAll();
}

void MembersPane::updateStatus()
{
    if (m_model->isChanging())
        return;
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const bool sorted = m_ui->membersView->horizontalHeader()->sortIndicatorSection() >= 0;
    QString text = m_model->isComplete() ? tr("%n member(s)", nullptr, loaded)
        : m_model->isLoadingAll()        ? tr("%n member(s) loaded, loading the rest…", nullptr, loaded)
        : sorted                         ? tr("%n member(s) loaded (not all); sorted among these", nullptr, loaded)
                                         : tr("%n member(s) loaded, more on scroll", nullptr, loaded);
    if (shown != loaded)
        text = tr("%1 of %2 loaded members match").arg(shown).arg(loaded);
    m_ui->statusLabel->setText(text);
}

void MembersPane::addMembers()
{
    if (!m_session || !m_capabilities.can(Op::AddMembers))
        return;
    AddMembersDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted || dialog.userIds().isEmpty())
        return;
    ErrorPresenter::clear(m_ui->errorLabel);
    m_model->addMembers(dialog.userIds());
    updateActions();
}

void MembersPane::assignRoleToSelection()
{
    const QList<int> rows = selectedSourceRows();
    if (!m_session || rows.isEmpty() || !m_capabilities.can(Op::AssignMemberRoles))
        return;
    // Roles every selected member already holds are marked as held.
    QStringList held = m_model->index(rows.first(), 0).data(MemberListModel::RoleIdsRole).toStringList();
    for (int row : rows) {
        const QStringList theirs = m_model->index(row, 0).data(MemberListModel::RoleIdsRole).toStringList();
        held.erase(std::remove_if(held.begin(), held.end(), [&](const QString &id) { return !theirs.contains(id); }),
                   held.end());
    }
    const QString who = rows.size() == 1 ? m_model->index(rows.first(), 0).data().toString()
                                         : tr("%n member(s)", nullptr, int(rows.size()));
    AssignRoleDialog dialog(m_session, held, who, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (int row : rows)
        m_model->assignRoles(m_model->memberAt(row).userId, dialog.selectedRoles());
}

void MembersPane::removeSelection()
{
    QStringList ids;
    QStringList names;
    for (int row : selectedSourceRows()) {
        ids.append(m_model->memberAt(row).userId);
        names.append(m_model->index(row, MemberListModel::NameColumn).data().toString());
    }
    confirmAndRemove(ids, names);
}

void MembersPane::removeRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    confirmAndRemove({ m_model->memberAt(sourceRow).userId },
                     { m_model->index(sourceRow, MemberListModel::NameColumn).data().toString() });
}

void MembersPane::confirmAndRemove(const QStringList &userIds, const QStringList &names)
{
    if (userIds.isEmpty() || m_model->isChanging() || !m_capabilities.can(Op::RemoveMembers))
        return;
    const int count = int(userIds.size());
    QStringList listed = names.mid(0, 15);
    if (count > listed.size())
        listed.append(tr("…and %n more", nullptr, count - int(listed.size())));
    const auto answer = MessageBox::question(
        this, tr("Remove member"),
        tr("Remove %n member(s) from this organization? Their user accounts stay in the tenant.", nullptr, count),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, listed.join(QLatin1Char('\n')));
    if (answer != QMessageBox::Yes)
        return;
    ErrorPresenter::clear(m_ui->errorLabel);
    m_model->removeMembers(userIds);
    updateActions();
}

void MembersPane::openMemberRoles(int sourceRow)
{
    if (!m_session || sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    MemberRolesDialog dialog(m_session, m_model, m_model->memberAt(sourceRow).userId, m_capabilities, this);
    dialog.exec();
}

void MembersPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->membersView->indexAt(position);
    if (!index.isValid())
        return;
    const int row = m_proxy->mapToSource(index).row();
    QMenu menu(this);
    QAction *roles = menu.addAction(Icons::get(QStringLiteral("role")), tr("Roles…"));
    QAction *assign = menu.addAction(Icons::get(QStringLiteral("add")), tr("Assign role"));
    QAction *copy = menu.addAction(Icons::get(QStringLiteral("copy")), tr("Copy user ID"));
    menu.addSeparator();
    QAction *remove = menu.addAction(Icons::get(QStringLiteral("trash")), tr("Remove member"));
    assign->setEnabled(m_capabilities.can(Op::AssignMemberRoles));
    remove->setEnabled(m_capabilities.can(Op::RemoveMembers));
    QAction *chosen = menu.exec(m_ui->membersView->viewport()->mapToGlobal(position));
    if (chosen == roles)
        openMemberRoles(row);
    else if (chosen == assign)
        assignRoleToSelection();
    else if (chosen == copy)
        QGuiApplication::clipboard()->setText(m_model->memberAt(row).userId);
    else if (chosen == remove)
        removeSelection();
}

void MembersPane::onChangeFinished(const Api::BatchResult &result, const QStringList &notSent)
{
    m_ui->progressBar->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    updateActions();
    updateStatus();
    if (result.failed.isEmpty() && notSent.isEmpty())
        return;
    // Say which members did not change and why; nothing is silently dropped.
    QStringList lines;
    if (!notSent.isEmpty())
        lines.append(tr("Not sent (cancelled): %1").arg(notSent.join(QStringLiteral(", "))));
    for (const Api::BatchResult::Failure &failure : result.failed)
        lines.append(tr("%1: %2").arg(failure.ids.join(QStringLiteral(", ")), ErrorPresenter::describe(failure.error)));
    ErrorPresenter::showText(
        m_ui->errorLabel,
        tr("%n change(s) did not go through:", nullptr, int(result.failedIds().size() + notSent.size()))
            + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}
