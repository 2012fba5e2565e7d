#include "InvitationsPane.h"

#include "ErrorPresenter.h"
#include "Icons.h"
#include "InvitationDelegate.h"
#include "InvitationDirectory.h"
#include "InvitationLinksDialog.h"
#include "InvitationStatus.h"
#include "InviteDialog.h"
#include "MessageBox.h"
#include "TenantSession.h"
#include "TextFilterProxyModel.h"
#include "ui_InvitationsPane.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QShortcut>
#include <QTimer>

using Op = Auth::Capabilities::Operation;

namespace {
constexpr int kClockTickMs = 60 * 1000;
constexpr int kListedInConfirmation = 15;
} // namespace

InvitationsPane::InvitationsPane(QWidget *parent)
    : OrganizationTab(parent)
    , m_ui(std::make_unique<Ui::InvitationsPane>())
    , m_directory(new InvitationDirectory(this))
    , m_model(new InvitationListModel(m_directory, this))
    , m_proxy(new TextFilterProxyModel(InvitationListModel::SearchTextRole, this))
    , m_clockTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->inviteButton->setIcon(Icons::get(QStringLiteral("invite")));
    m_ui->resendButton->setIcon(Icons::get(QStringLiteral("resend")));
    m_ui->revokeButton->setIcon(Icons::get(QStringLiteral("trash")));
    m_ui->filterEdit->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_ui->filterEdit->setAccessibleName(tr("Filter invitations"));
    for (QAbstractButton *button :
         { static_cast<QAbstractButton *>(m_ui->inviteButton), static_cast<QAbstractButton *>(m_ui->resendButton),
           static_cast<QAbstractButton *>(m_ui->revokeButton), static_cast<QAbstractButton *>(m_ui->cancelButton) })
        button->setAccessibleName(button->text());

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InvitationListModel::SortRole);
    QTableView *view = m_ui->invitationsView;
    view->setModel(m_proxy);
    auto *delegate = new InvitationDelegate(InvitationListModel::StatusColumn, InvitationListModel::RevokeColumn, this);
    view->setItemDelegate(delegate);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(30);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(InvitationListModel::RolesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(InvitationListModel::RevokeColumn, QHeaderView::Fixed);
    // Nine columns in a pane about 900 pixels wide: sized so all show at once.
    header->resizeSection(InvitationListModel::InviteeColumn, 190);
    header->resizeSection(InvitationListModel::InviterColumn, 90);
    header->resizeSection(InvitationListModel::ApplicationColumn, 105);
    header->resizeSection(InvitationListModel::ConnectionColumn, 95);
    header->resizeSection(InvitationListModel::CreatedColumn, 85);
    header->resizeSection(InvitationListModel::ExpiresColumn, 95);
    header->resizeSection(InvitationListModel::StatusColumn, 106);
    header->resizeSection(InvitationListModel::RevokeColumn, 32);
    // Newest first as the Dashboard lists them, until the window restores the
    // user's own column widths, order and sort (LayoutMemory).
    view->sortByColumn(InvitationListModel::CreatedColumn, Qt::DescendingOrder);
    view->setContextMenuPolicy(Qt::CustomContextMenu);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateStatus();
    });
    connect(m_ui->inviteButton, &QPushButton::clicked, this, &InvitationsPane::inviteUsers);
    connect(m_ui->resendButton, &QPushButton::clicked, this, &InvitationsPane::resendSelection);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &InvitationsPane::revokeSelection);
    // One Cancel for whatever is running: a revoke or resend, else the loading.
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_model->isChanging())
            m_model->cancelChange();
        else
            m_model->cancelLoading();
    });
    connect(delegate, &InvitationDelegate::revokeClicked, this,
            [this](const QModelIndex &index) { revokeRow(m_proxy->mapToSource(index).row()); });
    connect(view, &QTableView::customContextMenuRequested, this, &InvitationsPane::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvitationsPane::updateActions);

    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &InvitationsPane::revokeSelection);
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, [this] { copyLinks(selectedSourceRows()); });

    // "in 3 days" becomes "in 2 days" and pending becomes expired while the window stays open.
    m_clockTimer->setInterval(kClockTickMs);
    connect(m_clockTimer, &QTimer::timeout, m_model, &InvitationListModel::refreshTimes);
    m_clockTimer->start();

    connect(m_model, &InvitationListModel::loadingChanged, this, [this](bool loading) {
        if (!m_model->isChanging()) {
            m_ui->progressBar->setRange(0, 0);
            m_ui->progressBar->setVisible(loading);
            m_ui->cancelButton->setVisible(loading);
        }
        updateStatus();
    });
    connect(m_model, &InvitationListModel::failed, this,
            [this](const Api::ApiError &error) { ErrorPresenter::show(m_ui->errorLabel, error); });
    connect(m_model, &InvitationListModel::changeProgress, this, [this](int done, int total) {
        m_ui->progressBar->setRange(0, total);
        m_ui->progressBar->setValue(done);
        m_ui->progressBar->setVisible(true);
        m_ui->cancelButton->setVisible(true);
        m_ui->statusLabel->setText(tr("%1 of %2 done").arg(done).arg(total));
        updateActions();
    });
    connect(m_model, &InvitationListModel::changeFinished, this, &InvitationsPane::onChangeFinished);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InvitationsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InvitationsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InvitationsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        ErrorPresenter::clear(m_ui->errorLabel);
        updateActions();
        updateStatus();
    });
    updateActions();
}

InvitationsPane::~InvitationsPane() = default;

QTableView *InvitationsPane::view() const
{
    return m_ui->invitationsView;
}

QString InvitationsPane::title() const
{
    return tr("Invitations");
}

QIcon InvitationsPane::icon() const
{
    return Icons::get(QStringLiteral("invite"));
}

void InvitationsPane::setSession(TenantSession *session)
{
    m_session = session;
    m_directory->setSession(session);
    m_model->setSession(session);
}

void InvitationsPane::setOrganization(const Api::Organization &organization)
{
    m_ui->filterEdit->clear();
    m_directory->setOrganization(organization.id);
    m_model->setOrganization(organization.id);
    updateActions();
}

void InvitationsPane::setCapabilities(const Auth::Capabilities &capabilities)
{
    // A new token that may now read invitations (or no longer may) shows the list as it now stands.
    const bool couldList = m_capabilities.can(Op::ListInvitations);
    m_capabilities = capabilities;
    if (couldList != m_capabilities.can(Op::ListInvitations))
        m_model->reload();
    updateActions();
}

void InvitationsPane::refresh()
{
    m_directory->reload();
    m_model->reload();
}

bool InvitationsPane::focusFind()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
    return true;
}

QList<int> InvitationsPane::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->invitationsView->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList InvitationsPane::idsOf(const QList<int> &sourceRows) const
{
    QStringList ids;
    for (int row : sourceRows)
        ids.append(m_model->invitationAt(row).id);
    return ids;
}

QStringList InvitationsPane::listedInvitees(const QList<int> &sourceRows) const
{
    QStringList listed;
    for (int row : sourceRows.mid(0, kListedInConfirmation))
        listed.append(m_model->invitationAt(row).inviteeEmail);
    if (sourceRows.size() > listed.size())
        listed.append(tr("…and %n more", nullptr, int(sourceRows.size() - listed.size())));
    return listed;
}

QString InvitationsPane::resendBlocker() const
{
    // Resending creates the new invitation and revokes the old one: it needs both scopes.
    QStringList reasons;
    for (Op op : { Op::CreateInvitation, Op::DeleteInvitation }) {
        if (!m_capabilities.can(op))
            reasons.append(m_capabilities.explainMissing(op));
    }
    return reasons.join(QLatin1Char('\n'));
}

void InvitationsPane::updateActions()
{
    const bool haveOrg = !m_model->organizationId().isEmpty();
    const bool busy = m_model->isChanging();
    const int selected = int(m_ui->invitationsView->selectionModel()->selectedRows().size());
    auto apply = [&](QAbstractButton *button, const QString &blocker, bool extra, const QString &hint) {
        button->setEnabled(haveOrg && blocker.isEmpty() && extra && !busy);
        button->setToolTip(blocker.isEmpty() ? hint : blocker);
    };
    apply(m_ui->inviteButton, m_capabilities.explainMissing(Op::CreateInvitation), true,
          tr("Invite people by email to join this organization"));
    apply(m_ui->resendButton, resendBlocker(), selected > 0,
          tr("Send the selected invitations again with the same settings; the old ones are then revoked"));
    apply(m_ui->revokeButton, m_capabilities.explainMissing(Op::DeleteInvitation), selected > 0,
          tr("Revoke the selected invitations (Delete)"));
    if (!m_capabilities.can(Op::ListInvitations) && haveOrg)
        ErrorPresenter::showText(m_ui->errorLabel, m_capabilities.explainMissing(Op::ListInvitations));
}

void InvitationsPane::updateStatus()
{
    if (m_model->isChanging())
        return;
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    int soon = 0;
    int expired = 0;
    for (int row = 0; row < loaded; ++row) {
        const auto status
            = InvitationStatus::Status(m_model->index(row, 0).data(InvitationListModel::StatusRole).toInt());
        soon += status == InvitationStatus::Status::ExpiringSoon ? 1 : 0;
        expired += status == InvitationStatus::Status::Expired ? 1 : 0;
    }
    QString text = m_model->isLoading() ? tr("%n invitation(s) loaded so far…", nullptr, loaded)
                                        : tr("%n invitation(s)", nullptr, loaded);
    if (soon > 0)
        text += tr(" · %1 expiring soon").arg(soon);
    if (expired > 0)
        text += tr(" · %1 expired").arg(expired);
    if (shown != loaded)
        text = tr("%1 of %2 invitations match").arg(shown).arg(loaded);
    m_ui->statusLabel->setText(text);
}

void InvitationsPane::inviteUsers()
{
    if (!m_session || m_model->organizationId().isEmpty() || !m_capabilities.can(Op::CreateInvitation))
        return;
    InviteDialog dialog(m_session, m_model->organizationId(), m_directory, this);
    dialog.exec();
    // Whatever was sent counts, even when the dialog was closed with some failures left.
    const QList<Api::Invitation> created = dialog.created();
    // An invitation whose answer was lost may exist after all: the list is read again to show the truth.
    if (dialog.hasUncertain())
        m_model->reload();
    if (created.isEmpty())
        return;
    m_model->addInvitations(created);
    InvitationLinksDialog links(created, this);
    links.exec();
}

void InvitationsPane::resendSelection()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty() || m_model->isChanging() || !resendBlocker().isEmpty())
        return;
    // Taken before the question: rows may move while it is open.
    const QStringList ids = idsOf(rows);
    const int count = int(rows.size());
    const auto answer = MessageBox::question(
        this, tr("Resend invitation"),
        tr("Send %n invitation(s) again? Each invitee gets a new invitation with the same settings; the old one is "
           "revoked once the new one exists.",
           nullptr, count),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes, listedInvitees(rows).join(QLatin1Char('\n')));
    if (answer != QMessageBox::Yes)
        return;
    ErrorPresenter::clear(m_ui->errorLabel);
    m_model->resend(ids);
}

void InvitationsPane::revokeSelection()
{
    confirmAndRevoke(selectedSourceRows());
}

void InvitationsPane::revokeRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    confirmAndRevoke({ sourceRow });
}

void InvitationsPane::confirmAndRevoke(const QList<int> &sourceRows)
{
    if (sourceRows.isEmpty() || m_model->isChanging() || !m_capabilities.can(Op::DeleteInvitation))
        return;
    const QStringList ids = idsOf(sourceRows);
    const int count = int(sourceRows.size());
    const auto answer = MessageBox::question(
        this, tr("Revoke invitation"),
        tr("Revoke %n invitation(s)? Their links stop working; you can invite the same people again later.", nullptr,
           count),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        listedInvitees(sourceRows).join(QLatin1Char('\n')));
    if (answer != QMessageBox::Yes)
        return;
    ErrorPresenter::clear(m_ui->errorLabel);
    m_model->revoke(ids);
}

void InvitationsPane::copyLinks(const QList<int> &sourceRows)
{
    QStringList links;
    for (int row : sourceRows) {
        if (row >= 0 && row < m_model->rowCount())
            links.append(m_model->invitationAt(row).invitationUrl);
    }
    if (links.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(links.join(QLatin1Char('\n')));
    m_ui->statusLabel->setText(tr("%n invitation link(s) copied", nullptr, int(links.size())));
}

void InvitationsPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->invitationsView->indexAt(position);
    if (!index.isValid())
        return;
    // The row under the pointer joins the selection, as in file managers.
    if (!m_ui->invitationsView->selectionModel()->isRowSelected(index.row(), {}))
        m_ui->invitationsView->selectRow(index.row());
    const QList<int> rows = selectedSourceRows();
    QMenu menu(this);
    QAction *copy = menu.addAction(Icons::get(QStringLiteral("link")), tr("Copy invitation link"));
    QAction *resend = menu.addAction(Icons::get(QStringLiteral("resend")), tr("Resend"));
    menu.addSeparator();
    QAction *revoke = menu.addAction(Icons::get(QStringLiteral("trash")), tr("Revoke invitation"));
    resend->setEnabled(resendBlocker().isEmpty() && !m_model->isChanging());
    resend->setToolTip(resendBlocker());
    revoke->setEnabled(m_capabilities.can(Op::DeleteInvitation) && !m_model->isChanging());
    revoke->setToolTip(m_capabilities.explainMissing(Op::DeleteInvitation));
    menu.setToolTipsVisible(true);
    QAction *chosen = menu.exec(m_ui->invitationsView->viewport()->mapToGlobal(position));
    if (chosen == copy)
        copyLinks(rows);
    else if (chosen == resend)
        resendSelection();
    else if (chosen == revoke)
        revokeSelection();
}

void InvitationsPane::onChangeFinished(InvitationListModel::Change change, const QStringList &done,
                                       const QList<InvitationListModel::Failure> &failures, const QStringList &notSent)
{
    m_ui->progressBar->setVisible(false);
    m_ui->cancelButton->setVisible(false);
    updateActions();
    updateStatus();
    Q_UNUSED(done)
    if (failures.isEmpty() && notSent.isEmpty())
        return;
    // Say which invitations did not change and why; nothing is silently dropped.
    QStringList lines;
    if (!notSent.isEmpty())
        lines.append(tr("Not sent (cancelled): %n invitation(s)", nullptr, int(notSent.size())));
    for (const InvitationListModel::Failure &failure : failures) {
        const QString who = failure.invitee.isEmpty() ? failure.invitationId : failure.invitee;
        if (failure.replaced)
            lines.append(tr("%1: the new invitation was sent, but the old one could not be revoked (%2). Revoke it "
                            "yourself.")
                             .arg(who, ErrorPresenter::describe(failure.error)));
        else
            lines.append(tr("%1: %2").arg(who, ErrorPresenter::describe(failure.error)));
    }
    const QString heading = change == InvitationListModel::Change::Revoke
        ? tr("%n invitation(s) could not be revoked:", nullptr, int(failures.size() + notSent.size()))
        : tr("%n invitation(s) could not be resent:", nullptr, int(failures.size() + notSent.size()));
    ErrorPresenter::showText(m_ui->errorLabel, heading + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}
