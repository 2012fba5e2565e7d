#include "AddMembersDialog.h"

#include "ErrorPresenter.h"
#include "Icons.h"
#include "InputRules.h"
#include "TenantSession.h"
#include "api/UsersApi.h"
#include "ui_AddMembersDialog.h"

#include <QPushButton>
#include <QStandardItemModel>

namespace {
constexpr int kUserIdRole = Qt::UserRole;
}

AddMembersDialog::AddMembersDialog(TenantSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddMembersDialog>())
    , m_session(session)
    , m_results(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->searchButton->setIcon(Icons::get(QStringLiteral("search")));
    m_ui->addButton->setIcon(Icons::get(QStringLiteral("add")));
    m_ui->resultsView->setModel(m_results);
    m_ui->searchEdit->setAccessibleName(tr("Search users by email or name"));
    m_ui->modeTabWidget->setAccessibleName(tr("Add users"));
    for (QPushButton *button : { m_ui->searchButton, m_ui->addButton, m_ui->cancelButton })
        button->setAccessibleName(button->text());

    connect(m_ui->searchButton, &QPushButton::clicked, this, [this] { search(m_ui->searchEdit->text()); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] { search(m_ui->searchEdit->text()); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AddMembersDialog::submit);
    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AddMembersDialog::updateSelectionLabel);
    connect(m_ui->pasteEdit, &QPlainTextEdit::textChanged, this, &AddMembersDialog::updateSelectionLabel);
    connect(m_ui->modeTabWidget, &QTabWidget::currentChanged, this, &AddMembersDialog::updateSelectionLabel);
    updateSelectionLabel();
}

AddMembersDialog::~AddMembersDialog() = default;

void AddMembersDialog::search(const QString &text)
{
    m_ui->searchEdit->setText(text);
    ErrorPresenter::clear(m_ui->errorLabel);
    if (!m_session || text.trimmed().isEmpty())
        return;
    m_ui->searchStatusLabel->setText(tr("Searching…"));
    m_session->users().search(Api::UsersApi::queryFor(text), Api::Pager::byPage(50), this,
                              [this](const Api::ApiResult<Api::Page<Api::User>> &r) {
                                  m_results->clear();
                                  if (!r.ok()) {
                                      m_ui->searchStatusLabel->clear();
                                      ErrorPresenter::show(m_ui->errorLabel, r.error);
                                      emit searchFinished();
                                      return;
                                  }
                                  for (const Api::User &user : r.value.items) {
                                      const QString label = user.name.isEmpty() || user.name == user.email
                                          ? user.email
                                          : QStringLiteral("%1 <%2>").arg(user.name, user.email);
                                      auto *item = new QStandardItem(label);
                                      item->setData(user.userId, kUserIdRole);
                                      item->setToolTip(user.userId);
                                      item->setEditable(false);
                                      m_results->appendRow(item);
                                  }
                                  m_ui->searchStatusLabel->setText(
                                      tr("%n user(s) found", nullptr, int(r.value.items.size())));
                                  emit searchFinished();
                              });
}

void AddMembersDialog::setPastedText(const QString &text)
{
    m_ui->modeTabWidget->setCurrentWidget(m_ui->pasteTab);
    m_ui->pasteEdit->setPlainText(text);
}

void AddMembersDialog::updateSelectionLabel()
{
    int count = 0;
    if (m_ui->modeTabWidget->currentWidget() == m_ui->searchTab)
        count = int(m_ui->resultsView->selectionModel()->selectedIndexes().size());
    else
        count = int(InputRules::splitList(m_ui->pasteEdit->toPlainText()).size());
    m_ui->selectionLabel->setText(tr("%n user(s) selected", nullptr, count));
    m_ui->addButton->setEnabled(count > 0 && m_pendingLookups == 0);
}

void AddMembersDialog::submit()
{
    ErrorPresenter::clear(m_ui->errorLabel);
    if (m_ui->modeTabWidget->currentWidget() == m_ui->searchTab) {
        m_userIds.clear();
        for (const QModelIndex &index : m_ui->resultsView->selectionModel()->selectedIndexes())
            m_userIds.append(index.data(kUserIdRole).toString());
        if (!m_userIds.isEmpty())
            accept();
        return;
    }
    const QStringList entries = InputRules::splitList(m_ui->pasteEdit->toPlainText());
    QStringList problems;
    for (const QString &entry : entries) {
        if (!InputRules::looksLikeUserId(entry)) {
            const QString problem = InputRules::email(entry);
            if (!problem.isEmpty())
                problems.append(problem);
        }
    }
    if (!problems.isEmpty()) {
        ErrorPresenter::showText(m_ui->errorLabel, problems.join(QLatin1Char('\n')));
        return;
    }
    resolvePasted(entries);
}

void AddMembersDialog::resolvePasted(const QStringList &entries)
{
    // User ids go as they are; each email is looked up to find its user id.
    auto ids = std::make_shared<QStringList>();
    auto unknown = std::make_shared<QStringList>();
    QStringList emails;
    for (const QString &entry : entries) {
        if (InputRules::looksLikeUserId(entry))
            ids->append(entry);
        else
            emails.append(entry);
    }
    auto finishIfDone = [this, ids, unknown] {
        if (m_pendingLookups > 0)
            return;
        updateSelectionLabel();
        if (!unknown->isEmpty()) {
            ErrorPresenter::showText(m_ui->errorLabel,
                                     tr("No user has these email addresses; invite them instead: %1")
                                         .arg(unknown->join(QStringLiteral(", "))));
            return;
        }
        ids->removeDuplicates();
        m_userIds = *ids;
        accept();
    };
    if (emails.isEmpty() || !m_session) {
        finishIfDone();
        return;
    }
    m_pendingLookups = int(emails.size());
    m_ui->addButton->setEnabled(false);
    for (const QString &email : emails) {
        m_session->users().search(
            Api::UsersApi::queryFor(email), Api::Pager::byPage(5), this,
            [this, email, ids, unknown, finishIfDone](const Api::ApiResult<Api::Page<Api::User>> &r) {
                --m_pendingLookups;
                bool found = false;
                for (const Api::User &user : r.value.items) {
                    if (user.email.compare(email, Qt::CaseInsensitive) == 0) {
                        ids->append(user.userId);
                        found = true;
                        break;
                    }
                }
                if (!r.ok())
                    ErrorPresenter::show(m_ui->errorLabel, r.error);
                if (!found)
                    unknown->append(email);
                finishIfDone();
            });
    }
}
