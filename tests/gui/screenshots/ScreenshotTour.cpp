#include "ScreenshotTour.h"

#include "AboutDialog.h"
#include "AddMembersDialog.h"
#include "AssignRoleDialog.h"
#include "ConnectDialog.h"
#include "CreateOrganizationDialog.h"
#include "DemoTenant.h"
#include "MainWindow.h"
#include "MemberListModel.h"
#include "MemberRolesDialog.h"
#include "MembersPane.h"
#include "OrganizationListModel.h"
#include "OrganizationTab.h"
#include "OrganizationView.h"
#include "OrganizationsPane.h"
#include "PreferencesDialog.h"
#include "TenantSession.h"
#include "WelcomeDialog.h"
#include "auth/TokenStore.h"

#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextStream>

namespace {
constexpr int kReadyTimeoutMs = 15000;
}

ScreenshotTour::ScreenshotTour(const QString &outputDir)
    : m_outputDir(outputDir)
{
}

ScreenshotTour::~ScreenshotTour()
{
    m_window.reset();
    m_session.reset();
    m_demo.reset();
}

bool ScreenshotTour::waitFor(const std::function<bool()> &ready, const QString &what)
{
    if (QTest::qWaitFor(ready, kReadyTimeoutMs))
        return true;
    QTextStream(stderr) << "not ready in time: " << what << '\n';
    m_ok = false;
    return false;
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    // Let layouts settle and pending paints (avatars, icons) land first.
    QTest::qWait(300);
    const QString path = QDir(m_outputDir).filePath(name + QStringLiteral(".png"));
    const bool saved = widget->grab().save(path);
    QTextStream(saved ? stdout : stderr) << (saved ? "saved " : "could not save ") << path << '\n';
    m_ok = m_ok && saved;
    return saved;
}

bool ScreenshotTour::start()
{
    QDir().mkpath(m_outputDir);
    m_demo = std::make_unique<DemoTenant>();
    if (!m_demo->start()) {
        QTextStream(stderr) << "the demo tenant did not start\n";
        return false;
    }
    m_session = std::make_unique<TenantSession>(m_demo->profile(), nullptr);
    m_session->setDemo(true);
    m_session->connectWithSecret(m_demo->clientSecret(), false);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 760);
    m_window->setSession(m_session.get());
    m_window->show();
    return waitFor([this] { return m_session->state() == TenantSession::State::Connected; },
                   QStringLiteral("connection"));
}

void ScreenshotTour::window()
{
    OrganizationListModel *organizations = m_window->organizations();
    if (!waitFor([&] { return organizations->rowCount() > 0 && !organizations->isLoading(); },
                 QStringLiteral("organizations")))
        return;
    for (int i = 0; i < organizations->rowCount(); ++i) {
        if (organizations->organizationAt(i).name == QLatin1String("umbrella"))
            m_window->organizationsPane()->select(organizations->organizationAt(i).id);
    }
    MembersPane *members = m_window->organizationView()->membersPane();
    if (waitFor([&] { return members->model()->rowCount() > 0 && !members->model()->isLoading(); },
                QStringLiteral("members")))
        save(m_window.get(), QStringLiteral("main-window"));

    // Every other tab the view has, in the state a user first sees it.
    for (const QString &title : { QStringLiteral("Invitations"), QStringLiteral("Roles"), QStringLiteral("Connections"),
                                  QStringLiteral("Settings") }) {
        OrganizationTab *tab = m_window->organizationView()->tab(title);
        if (!tab)
            continue;
        m_window->organizationView()->showTab(tab);
        QTest::qWait(1500);
        save(m_window.get(), title.toLower() + QStringLiteral("-pane"));
    }
    m_window->organizationView()->showTab(members);
}

void ScreenshotTour::dialogs()
{
    {
        WelcomeDialog welcome(m_window.get());
        welcome.show();
        save(&welcome, QStringLiteral("welcome"));
    }
    {
        // The keychain is only asked when a secret is saved, so none is touched here.
        const auto keychain = Auth::TokenStore::forKeychain(QStringLiteral("OrgConsole screenshots"));
        ConnectDialog connect(nullptr, keychain.get(), m_window.get());
        connect.show();
        save(&connect, QStringLiteral("connect-dialog"));
    }
    {
        AboutDialog about(m_window.get());
        about.show();
        save(&about, QStringLiteral("about"));
    }
    {
        PreferencesDialog preferences(m_window.get());
        preferences.show();
        save(&preferences, QStringLiteral("preferences"));
    }
    {
        CreateOrganizationDialog create(m_window->organizations(), m_window.get());
        create.show();
        create.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Initech EU"));
        save(&create, QStringLiteral("create-organization"));
    }
    {
        AddMembersDialog add(m_session.get(), m_window.get());
        add.show();
        add.search(QStringLiteral("olga"));
        QTest::qWait(1000);
        save(&add, QStringLiteral("add-members-dialog"));
    }
    MembersPane *members = m_window->organizationView()->membersPane();
    if (members->model()->rowCount() == 0)
        return;
    const Api::Member first = members->model()->memberAt(0);
    QStringList held;
    for (const Api::Role &role : first.roles)
        held.append(role.id);
    {
        AssignRoleDialog assign(m_session.get(), held, first.name, m_window.get());
        assign.show();
        if (waitFor([&] { return assign.isLoaded(); }, QStringLiteral("roles")))
            save(&assign, QStringLiteral("assign-role-dialog"));
    }
    {
        MemberRolesDialog roles(m_session.get(), members->model(), first.userId, m_session->capabilities(),
                                m_window.get());
        roles.show();
        save(&roles, QStringLiteral("member-roles-dialog"));
    }
}

bool ScreenshotTour::run()
{
    if (!start())
        return false;
    window();
    dialogs();
    return m_ok;
}
