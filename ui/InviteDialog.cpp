#include "InviteDialog.h"

#include "ErrorPresenter.h"
#include "Icons.h"
#include "InputRules.h"
#include "InvitationDirectory.h"
#include "InvitationSender.h"
#include "JsonObjectInput.h"
#include "LocaleFormat.h"
#include "TenantSession.h"
#include "TimeUnits.h"
#include "ui_InviteDialog.h"

#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace {
const QString kInviterKey = QStringLiteral("invitations/inviterName");
const QString kClientKey = QStringLiteral("invitations/clientId");
constexpr int kIdRole = Qt::UserRole;

QString stateText(const InvitationSender::Entry &entry)
{
    using State = InvitationSender::State;
    switch (entry.state) {
    case State::Waiting:
        return InviteDialog::tr("not sent");
    case State::Sending:
        return InviteDialog::tr("sending…");
    case State::Checking:
        return InviteDialog::tr("checking whether the earlier attempt arrived…");
    case State::Sent:
        return InviteDialog::tr("invited");
    case State::Failed:
        return InviteDialog::tr("not sent. %1").arg(ErrorPresenter::describe(entry.error));
    case State::Unknown: {
        // Said once, in our words, rather than with the generic "check the state" advice too.
        Api::ApiError cause = entry.error;
        cause.outcomeUnknown = false;
        return InviteDialog::tr("not known whether it was sent. %1\nSending again checks the tenant first, so nobody "
                                "is invited twice.")
            .arg(ErrorPresenter::describe(cause));
    }
    }
    return {};
}
} // namespace

InviteDialog::InviteDialog(TenantSession *session, const QString &orgId, InvitationDirectory *directory,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InviteDialog>())
    , m_session(session)
    , m_orgId(orgId)
    , m_directory(directory)
    , m_sender(new InvitationSender(session, orgId, this))
    , m_roles(new QStandardItemModel(this))
    , m_roleFilter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->sendButton->setIcon(Icons::get(QStringLiteral("invite")));
    for (QAbstractButton *button :
         { static_cast<QAbstractButton *>(m_ui->sendButton), static_cast<QAbstractButton *>(m_ui->cancelButton),
           static_cast<QAbstractButton *>(m_ui->sendEmailCheck) })
        button->setAccessibleName(button->text());
    m_roleFilter->setSourceModel(m_roles);
    m_roleFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->rolesView->setModel(m_roleFilter);
    m_ui->inviterEdit->setText(QSettings().value(kInviterKey).toString());
    m_ui->expirySpin->setMaximum(InputRules::kInvitationTtlMaxDays);

    connect(m_ui->rolesFilterEdit, &QLineEdit::textChanged, m_roleFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->expirySpin, &QSpinBox::valueChanged, this, &InviteDialog::updateExpiryLabel);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &InviteDialog::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        // While sending the button says Stop: it ends the round, the form stays.
        if (m_sender->isBusy())
            m_sender->cancel();
        else
            reject();
    });
    connect(m_directory, &InvitationDirectory::changed, this, &InviteDialog::populate);
    connect(m_sender, &InvitationSender::entriesChanged, this, &InviteDialog::showResults);
    connect(m_sender, &InvitationSender::entryChanged, this, &InviteDialog::showResults);
    connect(m_sender, &InvitationSender::finished, this, &InviteDialog::onFinished);
    populate();
    updateExpiryLabel();
    m_ui->emailsEdit->setFocus();
}

InviteDialog::~InviteDialog() = default;

QList<Api::Invitation> InviteDialog::created() const
{
    return m_sender->created();
}

bool InviteDialog::hasUncertain() const
{
    const QList<InvitationSender::Entry> entries = m_sender->entries();
    return std::any_of(entries.cbegin(), entries.cend(),
                       [](const InvitationSender::Entry &e) { return e.state == InvitationSender::State::Unknown; });
}

bool InviteDialog::isSending() const
{
    return m_sender->isBusy();
}

void InviteDialog::populate()
{
    if (m_sender->isBusy())
        return;
    populateApplications();
    populateConnections();
    populateRoles();
}

void InviteDialog::populateApplications()
{
    QComboBox *combo = m_ui->applicationCombo;
    const QString current
        = combo->count() > 0 ? combo->currentData().toString() : QSettings().value(kClientKey).toString();
    combo->clear();
    int preferred = -1;
    for (const Api::Client &client : m_directory->clients()) {
        // Machine-to-machine applications have no login page to invite people to.
        if (client.appType == QLatin1String("non_interactive"))
            continue;
        combo->addItem(client.name.isEmpty() ? client.clientId : client.name, client.clientId);
        const int index = combo->count() - 1;
        combo->setItemData(index, client.description.isEmpty() ? client.clientId : client.description, Qt::ToolTipRole);
        // Without a remembered choice, the first application with a login page of its own.
        if (preferred < 0 && !client.initiateLoginUri.isEmpty())
            preferred = index;
    }
    const int remembered = combo->findData(current);
    combo->setCurrentIndex(remembered >= 0 ? remembered : qMax(preferred, 0));
    const QString problem = m_directory->problem(InvitationDirectory::List::Clients);
    combo->setEnabled(combo->count() > 0);
    combo->setToolTip(problem.isEmpty() ? tr("The application whose login page the invitation link opens") : problem);
    if (!m_directory->isLoaded(InvitationDirectory::List::Clients))
        combo->setPlaceholderText(tr("Loading applications…"));
    else if (combo->count() == 0)
        combo->setPlaceholderText(problem.isEmpty() ? tr("No application can take invitations") : problem);
}

void InviteDialog::populateConnections()
{
    QComboBox *combo = m_ui->connectionCombo;
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(tr("None: the invitee picks how to sign up"), QString());
    for (const Api::OrgConnection &connection : m_directory->enabledConnections()) {
        // Auth0 refuses passwordless connections for invitations; offering them would only fail later.
        if (connection.strategy == QLatin1String("email") || connection.strategy == QLatin1String("sms"))
            continue;
        combo->addItem(connection.name, connection.connectionId);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    const QString problem = m_directory->problem(InvitationDirectory::List::EnabledConnections);
    combo->setToolTip(problem.isEmpty() ? tr("Optional: the connection the invitee must use") : problem);
}

void InviteDialog::populateRoles()
{
    const QStringList checked = checkedRoleIds();
    m_roles->clear();
    for (const Api::Role &role : m_directory->roles()) {
        auto *item = new QStandardItem(role.name);
        item->setData(role.id, kIdRole);
        item->setToolTip(role.description);
        item->setEditable(false);
        item->setCheckable(true);
        item->setCheckState(checked.contains(role.id) ? Qt::Checked : Qt::Unchecked);
        m_roles->appendRow(item);
    }
    const QString problem = m_directory->problem(InvitationDirectory::List::Roles);
    m_ui->rolesView->setEnabled(problem.isEmpty());
    m_ui->rolesView->setToolTip(problem.isEmpty() ? tr("Roles the invitee gets in this organization") : problem);
}

QStringList InviteDialog::checkedRoleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        const QStandardItem *item = m_roles->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(kIdRole).toString());
    }
    return ids;
}

bool InviteDialog::selectApplication(const QString &name)
{
    const int index = m_ui->applicationCombo->findText(name);
    if (index >= 0)
        m_ui->applicationCombo->setCurrentIndex(index);
    return index >= 0;
}

bool InviteDialog::selectConnection(const QString &name)
{
    const int index = m_ui->connectionCombo->findText(name);
    if (index >= 0)
        m_ui->connectionCombo->setCurrentIndex(index);
    return index >= 0;
}

bool InviteDialog::checkRole(const QString &name)
{
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        if (m_roles->item(row)->text() == name) {
            m_roles->item(row)->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

void InviteDialog::updateExpiryLabel()
{
    const int days = m_ui->expirySpin->value();
    const QString until
        = LocaleFormat::localDate(QDateTime::currentDateTimeUtc().addSecs(qint64(days) * TimeUnits::kDay));
    m_ui->expiryDateLabel->setText(days == 1 ? tr("day (until %1)").arg(until) : tr("days (until %1)").arg(until));
}

void InviteDialog::submit()
{
    if (m_sender->isBusy() || !m_session)
        return;
    // Everything is checked first; nothing goes out while anything is wrong.
    QStringList problems;
    const QStringList emails = InputRules::splitList(m_ui->emailsEdit->toPlainText());
    if (emails.isEmpty())
        problems.append(tr("Enter at least one email address."));
    for (const QString &email : emails) {
        const QString problem = InputRules::email(email);
        if (!problem.isEmpty())
            problems.append(problem);
    }
    const QString inviter = m_ui->inviterEdit->text().trimmed();
    const QString inviterProblem = InputRules::inviterName(inviter);
    if (!inviterProblem.isEmpty())
        problems.append(inviterProblem);
    const QString clientId = m_ui->applicationCombo->currentData().toString();
    if (clientId.isEmpty())
        problems.append(tr("Choose the application whose login page the invitation link opens."));
    const QStringList roles = checkedRoleIds();
    if (roles.size() > InputRules::kRolesPerMember)
        problems.append(tr("Choose at most %1 roles.").arg(InputRules::kRolesPerMember));
    Api::NewInvitation common;
    for (const auto &[edit, name, target] :
         { std::make_tuple(m_ui->appMetadataEdit, tr("App metadata"), &common.appMetadata),
           std::make_tuple(m_ui->userMetadataEdit, tr("User metadata"), &common.userMetadata) }) {
        const QString problem = JsonObjectInput::parse(edit->toPlainText(), name, target);
        if (!problem.isEmpty())
            problems.append(problem);
    }
    if (!problems.isEmpty()) {
        ErrorPresenter::showText(m_ui->errorLabel, problems.join(QLatin1Char('\n')));
        return;
    }
    ErrorPresenter::clear(m_ui->errorLabel);
    QSettings settings;
    settings.setValue(kInviterKey, inviter);
    settings.setValue(kClientKey, clientId);

    common.inviterName = inviter;
    common.clientId = clientId;
    common.connectionId = m_ui->connectionCombo->currentData().toString();
    common.roles = roles;
    common.ttlSecs = int(m_ui->expirySpin->value() * TimeUnits::kDay);
    common.sendEmail = m_ui->sendEmailCheck->isChecked();
    setSending(true);
    m_sender->send(emails, common);
}

void InviteDialog::setSending(bool sending)
{
    for (QWidget *input : std::initializer_list<QWidget *> {
             m_ui->emailsEdit, m_ui->inviterEdit, m_ui->applicationCombo, m_ui->connectionCombo, m_ui->rolesFilterEdit,
             m_ui->rolesView, m_ui->expirySpin, m_ui->sendEmailCheck, m_ui->appMetadataEdit, m_ui->userMetadataEdit,
             m_ui->sendButton })
        input->setEnabled(!sending);
    if (!sending)
        populate(); // re-applies what the directory allows
    // While sending, Cancel stops before the next address; once something was sent it only closes.
    const bool anySent = !m_sender->created().isEmpty();
    m_ui->cancelButton->setText(sending ? tr("Stop") : (anySent ? tr("Close") : tr("Cancel")));
    m_ui->cancelButton->setAccessibleName(m_ui->cancelButton->text());
}

void InviteDialog::showResults()
{
    const QList<InvitationSender::Entry> entries = m_sender->entries();
    QListWidget *list = m_ui->resultsView;
    list->setVisible(!entries.isEmpty());
    while (list->count() > entries.size())
        delete list->takeItem(list->count() - 1);
    while (list->count() < entries.size())
        list->addItem(new QListWidgetItem);
    int sent = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const InvitationSender::Entry &entry = entries.at(i);
        QListWidgetItem *item = list->item(i);
        item->setText(tr("%1: %2").arg(entry.email, stateText(entry)));
        const bool bad
            = entry.state == InvitationSender::State::Failed || entry.state == InvitationSender::State::Unknown;
        item->setIcon(Icons::get(bad                                                ? QStringLiteral("warning")
                                     : entry.state == InvitationSender::State::Sent ? QStringLiteral("invite")
                                                                                    : QStringLiteral("resend")));
        sent += entry.state == InvitationSender::State::Sent ? 1 : 0;
    }
    m_ui->progressLabel->setText(tr("%1 of %2 invited").arg(sent).arg(entries.size()));
}

void InviteDialog::onFinished()
{
    setSending(false);
    showResults();
    emit sendFinished();
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    if (m_sender->allSent()) {
        accept();
        return;
    }
    const QList<InvitationSender::Entry> entries = m_sender->entries();
    const int left = int(std::count_if(entries.cbegin(), entries.cend(), [](const InvitationSender::Entry &e) {
        return e.state != InvitationSender::State::Sent;
    }));
    ErrorPresenter::showText(m_ui->errorLabel,
                             tr("%1 of %2 invitations did not go out; see above. Fix what is wrong and choose Send "
                                "invitations again: those already sent are not sent twice.")
                                 .arg(left)
                                 .arg(entries.size()));
}

void InviteDialog::reject()
{
    // Closing while sending stops before the next address and closes once the one in flight is answered.
    if (m_sender->isBusy()) {
        m_closeWhenDone = true;
        m_sender->cancel();
        return;
    }
    QDialog::reject();
}
