#include "AppDialogs.h"

#include "AboutDialog.h"
#include "AddMembersDialog.h"
#include "AssignRoleDialog.h"
#include "ConnectDialog.h"
#include "CreateOrganizationDialog.h"
#include "DeleteOrganizationDialog.h"
#include "EnableConnectionDialog.h"
#include "InvitationLinksDialog.h"
#include "InviteDialog.h"
#include "PreferencesDialog.h"
#include "TenantProfilesDialog.h"
#include "TenantSession.h"
#include "WelcomeDialog.h"

#include <QSettings>

AppDialogs::AppDialogs(TenantSession *session, const QString &organizationId)
    : m_session(session)
    , m_organizationId(organizationId)
    , m_profiles(std::make_unique<Auth::ProfileStore>(
          std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat), nullptr))
{
    m_directory.setSession(session);
}

AppDialogs::~AppDialogs() = default;

QList<std::pair<QString, DialogWalk::Make>> AppDialogs::all()
{
    Api::Invitation invitation;
    invitation.id = QStringLiteral("uinv_example");
    invitation.inviteeEmail = QStringLiteral("ana.muller-ludenscheidt@example.com");
    invitation.invitationUrl = QStringLiteral("https://app.example/login?invitation=abc&organization=org_x");
    // Long names, so a translation that only fits short ones shows up.
    const QString member = QStringLiteral("Ana Müller-Lüdenscheidt");
    return {
        { QStringLiteral("About"),
          [] {
              return new AboutDialog;
          } },
        { QStringLiteral("Preferences"),
          [] {
              return new PreferencesDialog;
          } },
        { QStringLiteral("Welcome"),
          [] {
              return new WelcomeDialog;
          } },
        { QStringLiteral("Connect a tenant"),
          [this] {
              return new ConnectDialog(m_profiles.get(), nullptr);
          } },
        { QStringLiteral("Tenants"),
          [this] {
              return new TenantProfilesDialog(m_profiles.get(), nullptr, QString());
          } },
        { QStringLiteral("Create organization"),
          [] {
              return new CreateOrganizationDialog;
          } },
        { QStringLiteral("Delete organization"),
          [] {
              return new DeleteOrganizationDialog(QStringLiteral("wayne-enterprises"), QStringLiteral("Wayne"));
          } },
        { QStringLiteral("Enable connection"),
          [this] {
              return new EnableConnectionDialog(m_session, {}, QStringLiteral("Wayne Enterprises"));
          } },
        { QStringLiteral("Add members"),
          [this] {
              return new AddMembersDialog(m_session);
          } },
        { QStringLiteral("Assign role"),
          [this, member] {
              return new AssignRoleDialog(m_session, {}, member);
          } },
        { QStringLiteral("Invite users"),
          [this] {
              return new InviteDialog(m_session, m_organizationId, &m_directory);
          } },
        { QStringLiteral("Invitation links"),
          [invitation] {
              return new InvitationLinksDialog({ invitation });
          } },
    };
}
