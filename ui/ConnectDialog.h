#pragma once

#include "auth/TenantProfile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}
namespace Auth {
class ProfileStore;
class TokenStore;
} // namespace Auth
class TenantSession;

// "Connect a tenant": domain, client ID and client secret (or a pasted
// Management API token), "Remember in keychain", and a "Connect" button that
// really gets a token and lists the granted scopes with what each enables,
// before anything is saved. "Open tenant" then saves the profile (never the
// secret: that goes to the keychain, if remembered) and hands over the live
// session. Also edits an existing profile, keeping its stored secret when the
// field is left empty.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    ConnectDialog(Auth::ProfileStore *profiles, Auth::TokenStore *secrets, QWidget *parent = nullptr);
    // Edits this profile.
    ConnectDialog(Auth::ProfileStore *profiles, Auth::TokenStore *secrets, const Auth::TenantProfile &profile,
                  QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // The connected session, once accepted; the caller owns it.
    std::unique_ptr<TenantSession> takeSession();
    Auth::TenantProfile profile() const { return m_profile; }

    // For tests and keyboard users: what the Connect and Open buttons do.
    void connectTenant();
    void openTenant();

private:
    void setUpKeychainNote();
    void updateMode();
    // The form as a profile; problems are shown next to the form.
    bool readProfile(Auth::TenantProfile &profile);
    void onSessionState();
    void showScopes();
    void resetConnection();
    void showError(const QString &text);

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    Auth::ProfileStore *m_profiles;
    Auth::TokenStore *m_secrets;
    Auth::TenantProfile m_profile;
    bool m_editing = false;
    std::unique_ptr<TenantSession> m_session;
};
