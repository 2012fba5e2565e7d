#include "Application.h"

#include "ConnectDialog.h"
#include "DemoTenant.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TenantProfilesDialog.h"
#include "TenantSession.h"
#include "WelcomeDialog.h"
#include "auth/ProfileStore.h"
#include "auth/TokenStore.h"

#include <QCommandLineParser>
#include <QLibrary>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {
// Which store QtKeychain will use here; on Linux it loads libsecret at run time.
QString keychainBackendName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#else
    QLibrary libsecret(QStringLiteral("secret-1"), 0);
    return libsecret.load() ? QStringLiteral("Secret Service (libsecret)")
                            : QStringLiteral("KWallet or GNOME Keyring (libsecret not found)");
#endif
}
} // namespace

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
    setApplicationName(QStringLiteral("orgconsole"));
    setApplicationDisplayName(QStringLiteral("OrgConsole"));
    setOrganizationName(QStringLiteral("OrgConsole"));
    setOrganizationDomain(QStringLiteral("orgconsole.github.io"));
    setApplicationVersion(QStringLiteral(ORGCONSOLE_VERSION));
    setDesktopFileName(QStringLiteral("io.github.orgconsole.OrgConsole"));
}

Application::~Application()
{
    // The window and session go before the sandbox they may be talking to.
    m_window.reset();
    m_session.reset();
    m_demo.reset();
}

void Application::installTranslators()
{
    auto *qt = new QTranslator(this);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installTranslator(qt);
    auto *ours = new QTranslator(this);
    if (ours->load(QLocale(), QStringLiteral("orgconsole"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        installTranslator(ours);
}

int Application::start()
{
    installTranslators();
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop console for Auth0 Organizations."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({ QStringLiteral("v"), QStringLiteral("version") },
                                           tr("Displays version information."));
    parser.addOption(versionOption);
    const QCommandLineOption demoOption(QStringLiteral("demo"), tr("Open the built-in demo tenant."));
    parser.addOption(demoOption);
    parser.process(*this);

    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "orgconsole " << applicationVersion() << '\n'
                            << "Qt " << qVersion() << " (built with " << QT_VERSION_STR << ")\n"
                            << "Keychain: " << keychainBackendName() << '\n';
        return 0;
    }

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

    if (parser.isSet(demoOption)) {
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
