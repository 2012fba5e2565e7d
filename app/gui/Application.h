#pragma once

#include "Translations.h"

#include <QApplication>

#include <memory>

namespace Auth {
class ProfileStore;
class TokenStore;
} // namespace Auth
class DemoTenant;
class MainWindow;
class TenantSession;

// OrgConsole's startup: command line, translations, keychain, profiles, the
// first-run choice (demo or a real tenant) and the main window.
class Application final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    Application(int &argc, char **argv);
    ~Application() override;

    // Parses the command line and opens the window; returns an exit code to
    // leave with (e.g. after --version), or -1 to run the event loop.
    int start();

    // --help and --version on a QCoreApplication, in the user's language,
    // with no display needed; returns the exit code.
    static int answerInTerminal(int &argc, char **argv);

private:
    // Names, version and desktop file: what QSettings, QStandardPaths and
    // the window system know the app by.
    static void setIdentity();
    // The stored language, else the system's (Tools > Preferences).
    static QLocale chosenLocale();

    void openDemo();
    void openConnectFlow();
    void openProfiles();
    void openProfile(const QString &profileId);
    void onProfilesChanged();
    void useSession(std::unique_ptr<TenantSession> session);

    Translations m_translations;
    std::unique_ptr<Auth::TokenStore> m_secrets;
    std::unique_ptr<Auth::ProfileStore> m_profiles;
    std::unique_ptr<DemoTenant> m_demo;
    std::unique_ptr<TenantSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};
