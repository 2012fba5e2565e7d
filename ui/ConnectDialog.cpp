#include "ConnectDialog.h"

#include "ErrorPresenter.h"
#include "Icons.h"
#include "TenantSession.h"
#include "auth/Capabilities.h"
#include "auth/ProfileStore.h"
#include "auth/TokenProvider.h"
#include "auth/TokenStore.h"
#include "ui_ConnectDialog.h"

#include <QPushButton>
#include <QUuid>

using Auth::Capabilities;

ConnectDialog::ConnectDialog(Auth::ProfileStore *profiles, Auth::TokenStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::get(QStringLiteral("tenant")));
    for (QAbstractButton *button :
         { static_cast<QAbstractButton *>(m_ui->connectButton), static_cast<QAbstractButton *>(m_ui->openButton),
           static_cast<QAbstractButton *>(m_ui->cancelButton), static_cast<QAbstractButton *>(m_ui->rememberCheckBox),
           static_cast<QAbstractButton *>(m_ui->useTokenCheckBox) })
        button->setAccessibleName(button->text());
    m_ui->scopesView->header()->setStretchLastSection(true);
    m_ui->scopesView->setColumnWidth(0, 260);
    m_ui->audienceEdit->setPlaceholderText(tr("https://DOMAIN/api/v2/ (leave empty unless you use a custom domain)"));

    connect(m_ui->connectButton, &QPushButton::clicked, this, &ConnectDialog::connectTenant);
    connect(m_ui->openButton, &QPushButton::clicked, this, &ConnectDialog::openTenant);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->useTokenCheckBox, &QCheckBox::toggled, this, &ConnectDialog::updateMode);
    // Anything edited after a successful test must be tested again before it is opened.
    for (QLineEdit *edit :
         { m_ui->nameEdit, m_ui->domainEdit, m_ui->clientIdEdit, m_ui->secretEdit, m_ui->audienceEdit })
        connect(edit, &QLineEdit::textEdited, this, &ConnectDialog::resetConnection);
    connect(m_ui->tokenEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_ui->tokenEdit->hasFocus())
            resetConnection();
    });
    setUpKeychainNote();
    updateMode();
}

ConnectDialog::ConnectDialog(Auth::ProfileStore *profiles, Auth::TokenStore *secrets,
                             const Auth::TenantProfile &profile, QWidget *parent)
    : ConnectDialog(profiles, secrets, parent)
{
    m_editing = true;
    m_profile = profile;
    setWindowTitle(tr("Edit tenant"));
    m_ui->nameEdit->setText(profile.displayName);
    m_ui->domainEdit->setText(profile.domain);
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->audienceEdit->setText(profile.audience);
    m_ui->secretEdit->setPlaceholderText(tr("Leave empty to use the secret in your keychain"));
}

ConnectDialog::~ConnectDialog() = default;

std::unique_ptr<TenantSession> ConnectDialog::takeSession()
{
    return std::move(m_session);
}

void ConnectDialog::setUpKeychainNote()
{
    const bool unavailable = !m_secrets || m_secrets->state() == Auth::TokenStore::State::Unavailable;
    m_ui->rememberCheckBox->setEnabled(!unavailable);
    m_ui->keychainLabel->setVisible(unavailable);
    if (unavailable) {
        m_ui->rememberCheckBox->setChecked(false);
        m_ui->keychainLabel->setText(
            m_secrets ? m_secrets->stateMessage()
                      : tr("No keychain is available: the secret is kept in memory until OrgConsole closes."));
    }
}

void ConnectDialog::updateMode()
{
    const bool token = m_ui->useTokenCheckBox->isChecked();
    m_ui->tokenLabel->setVisible(token);
    m_ui->tokenEdit->setVisible(token);
    m_ui->secretLabel->setVisible(!token);
    m_ui->secretEdit->setVisible(!token);
    resetConnection();
}

void ConnectDialog::showError(const QString &text)
{
    ErrorPresenter::showText(m_ui->errorLabel, text);
    m_ui->statusLabel->clear();
}

bool ConnectDialog::readProfile(Auth::TenantProfile &profile)
{
    const QString domain = Auth::TenantProfile::normalizeDomain(m_ui->domainEdit->text());
    const QString name = m_ui->nameEdit->text().trimmed().isEmpty() ? domain : m_ui->nameEdit->text().trimmed();
    Auth::TenantProfile draft = Auth::TenantProfile::create(name, domain, m_ui->clientIdEdit->text().trimmed());
    draft.audience = m_ui->audienceEdit->text().trimmed();
    // The id is fixed before the first token, so a remembered secret lands
    // under the profile it belongs to.
    draft.id = m_editing ? m_profile.id : QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList problems = draft.problems();
    if (m_ui->useTokenCheckBox->isChecked()) {
        if (m_ui->tokenEdit->toPlainText().trimmed().isEmpty())
            problems.append(tr("Paste a Management API token."));
    } else if (m_ui->secretEdit->text().isEmpty() && !m_editing) {
        problems.append(tr("Enter the application's client secret."));
    }
    if (!problems.isEmpty()) {
        showError(problems.join(QLatin1Char('\n')));
        return false;
    }
    profile = draft;
    return true;
}

void ConnectDialog::resetConnection()
{
    m_session.reset();
    m_ui->openButton->setEnabled(false);
    m_ui->connectButton->setEnabled(true);
    m_ui->scopesView->clear();
    m_ui->scopesView->hide();
    m_ui->scopesLabel->hide();
    m_ui->statusLabel->clear();
    ErrorPresenter::clear(m_ui->errorLabel);
}

void ConnectDialog::connectTenant()
{
    resetConnection();
    Auth::TenantProfile profile;
    if (!readProfile(profile))
        return;
    m_profile = profile;
    // Nothing is remembered yet: the secret reaches the keychain only once the
    // tenant is opened, so a failed or abandoned test leaves nothing behind.
    m_session = std::make_unique<TenantSession>(profile, m_secrets);
    connect(m_session.get(), &TenantSession::stateChanged, this, &ConnectDialog::onSessionState);
    m_ui->connectButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Connecting to %1…").arg(profile.domain));
    if (m_ui->useTokenCheckBox->isChecked()) {
        const QString problem = m_session->connectWithToken(m_ui->tokenEdit->toPlainText().trimmed().toUtf8(), false);
        if (!problem.isEmpty()) {
            m_session.reset();
            m_ui->connectButton->setEnabled(true);
            showError(problem);
        }
    } else if (m_ui->secretEdit->text().isEmpty()) {
        m_session->connectWithStoredCredentials();
    } else {
        m_session->connectWithSecret(m_ui->secretEdit->text().toUtf8(), false);
    }
}

void ConnectDialog::onSessionState()
{
    if (!m_session)
        return;
    switch (m_session->state()) {
    case TenantSession::State::Connected:
        m_ui->connectButton->setEnabled(true);
        m_ui->statusLabel->setText(tr("Connected."));
        showScopes();
        m_ui->openButton->setEnabled(true);
        m_ui->openButton->setDefault(true);
        m_ui->openButton->setFocus();
        break;
    case TenantSession::State::Failed: {
        const QString error = m_session->lastError();
        m_session.reset();
        m_ui->connectButton->setEnabled(true);
        showError(error);
        break;
    }
    case TenantSession::State::Connecting:
    case TenantSession::State::Disconnected:
        break;
    }
}

void ConnectDialog::showScopes()
{
    const Capabilities capabilities = m_session->capabilities();
    m_ui->scopesView->clear();
    if (!capabilities.isKnown()) {
        auto *item = new QTreeWidgetItem(m_ui->scopesView);
        item->setText(0, tr("(not stated by the token)"));
        item->setText(1, tr("The tenant decides on each request; refused actions will name the missing scope."));
    }
    // Granted scopes first, then what the console could do with more.
    QStringList scopes = capabilities.granted();
    for (const QString &scope : Capabilities::fullConsoleScopes()) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    for (const QString &scope : std::as_const(scopes)) {
        const bool granted = capabilities.granted().contains(scope);
        QStringList enables;
        const auto ops = Capabilities::operationsUsing(scope);
        for (Capabilities::Operation op : ops)
            enables.append(Capabilities::operationName(op));
        if (enables.isEmpty())
            enables.append(tr("not used by OrgConsole"));
        auto *item = new QTreeWidgetItem(m_ui->scopesView);
        item->setText(0, scope);
        item->setText(1,
                      granted ? enables.join(QStringLiteral(", "))
                              : tr("Not granted: cannot %1").arg(enables.join(QStringLiteral(", "))));
        item->setIcon(0, Icons::get(granted ? QStringLiteral("check") : QStringLiteral("warning")));
        if (!granted)
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_ui->scopesLabel->show();
    m_ui->scopesView->show();
}

void ConnectDialog::openTenant()
{
    if (!m_session || m_session->state() != TenantSession::State::Connected)
        return;
    const bool remember = m_ui->rememberCheckBox->isChecked();
    if (m_ui->useTokenCheckBox->isChecked())
        m_session->connectWithToken(m_ui->tokenEdit->toPlainText().trimmed().toUtf8(), remember);
    else if (!m_ui->secretEdit->text().isEmpty())
        m_session->api().tokens().setClientSecret(m_ui->secretEdit->text().toUtf8(), remember);
    if (m_profiles) {
        const QStringList problems = m_profiles->save(m_profile);
        if (!problems.isEmpty()) {
            showError(problems.join(QLatin1Char('\n')));
            return;
        }
        m_profiles->setLastUsedId(m_profile.id);
    }
    // The secret leaves the form as soon as it is no longer needed there.
    m_ui->secretEdit->clear();
    m_ui->tokenEdit->clear();
    accept();
}
