#include "Application.h"

#include "ConnectDialog.h"
#include "CommandLine.h"
#include "DemoTenant.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TenantProfilesDialog.h"
#include "TenantSession.h"
#include "WelcomeDialog.h"
#include "auth/ProfileStore.h"
#include "auth/TokenStore.h"

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
    setIdentity();
    setApplicationDisplayName(QStringLiteral("OrgConsole"));
    setDesktopFileName(QStringLiteral("io.github.orgconsole.OrgConsole"));
}

Application::~Application()
{
    // The window and session go before the sandbox they may be talking to.
    m_window.reset();
    m_session.reset();
    m_demo.reset();
}

void Application::setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("orgconsole"));
    QCoreApplication::setOrganizationName(QStringLiteral("OrgConsole"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("orgconsole.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORGCONSOLE_VERSION));
}

QLocale Application::chosenLocale()
{
    // Read after setIdentity(): QSettings finds the file by those names.
    return Translations::localeFor(Translations::storedChoice());
}

int Application::answerInTerminal(int &argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    Translations translations;
    translations.apply(chosenLocale());
    CommandLine commandLine;
    const int code = commandLine.process(app);
    return code >= 0 ? code : 0;
}

int Application::start()
{
    m_translations.apply(chosenLocale());
    CommandLine commandLine;
    const int early = commandLine.process(*this);
    if (early >= 0)
        return early;

    m_secrets = Auth::TokenStore::forKeychain(QStringLiteral("OrgConsole"));
    m_profiles = std::make_unique<Auth::ProfileStore>(m_secrets.get());
    m_window = std::make_unique<MainWindow>();
    connect(m_window.get(), &MainWindow::demoRequested, this, &Application::openDemo);
    connect(m_window.get(), &MainWindow::connectRequested, this, &Application::openConnectFlow);
    connect(m_window.get(), &MainWindow::profilesRequested, this, &Application::openProfiles);
    connect(m_window.get(), &MainWindow::switchRequested, this, &Application::openProfile);
    connect(m_profiles.get(), &Auth::ProfileStore::profilesChanged, this, &Application::onProfilesChanged);
    m_window->setProfiles(m_profiles->profiles());
    m_window->show();

    if (commandLine.demo()) {
        openDemo();
        return -1;
    }
    const QString last = m_profiles->lastUsedId();
    if (!last.isEmpty() && m_profiles->contains(last)) {
        openProfile(last);
        return -1;
    }
    WelcomeDialog welcome(m_window.get());
    welcome.exec();
    if (welcome.choice() == WelcomeDialog::Choice::Demo)
        openDemo();
    else if (welcome.choice() == WelcomeDialog::Choice::Connect)
        openConnectFlow();
    return -1;
}

void Application::openDemo()
{
    if (!m_demo) {
        m_demo = std::make_unique<DemoTenant>();
        if (!m_demo->start()) {
            m_demo.reset();
            MessageBox::warning(m_window.get(), tr("Demo tenant"), tr("The demo tenant could not be started."));
            return;
        }
    }
    // The demo's secret lives in memory only: a null store never reaches the keychain.
    auto session = std::make_unique<TenantSession>(m_demo->profile(), nullptr);
    session->setDemo(true);
    session->connectWithSecret(m_demo->clientSecret(), false);
    useSession(std::move(session));
}

void Application::openConnectFlow()
{
    ConnectDialog dialog(m_profiles.get(), m_secrets.get(), m_window.get());
    if (dialog.exec() == QDialog::Accepted)
        useSession(dialog.takeSession());
}

void Application::openProfiles()
{
    const QString current = m_session && !m_session->isDemo() ? m_session->profile().id : QString();
    TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get(), current, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto session = dialog.takeSession())
        useSession(std::move(session));
    else if (!dialog.chosenId().isEmpty())
        openProfile(dialog.chosenId());
}

void Application::openProfile(const QString &profileId)
{
    if (!m_profiles->contains(profileId))
        return;
    m_profiles->setLastUsedId(profileId);
    auto session = std::make_unique<TenantSession>(m_profiles->profile(profileId), m_secrets.get());
    session->connectWithStoredCredentials();
    useSession(std::move(session));
}

void Application::onProfilesChanged()
{
    m_window->setProfiles(m_profiles->profiles());
    // A removed tenant closes: its secrets are gone, and so must its window contents be.
    if (m_session && !m_session->isDemo() && !m_profiles->contains(m_session->profile().id))
        useSession(nullptr);
}

void Application::useSession(std::unique_ptr<TenantSession> session)
{
    m_window->setSession(session.get());
    m_session = std::move(session);
}
