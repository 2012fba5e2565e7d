#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class TenantProfilesDialog;
}
namespace Auth {
class ProfileStore;
class TokenStore;
} // namespace Auth
class TenantSession;

// Tenant profiles: switch, add, edit, remove (which deletes the profile's
// secrets from the keychain). Adding and editing go through ConnectDialog, so
// every saved profile has been seen to connect.
class TenantProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantProfilesDialog)

public:
    TenantProfilesDialog(Auth::ProfileStore *profiles, Auth::TokenStore *secrets, const QString &currentId,
                         QWidget *parent = nullptr);
    ~TenantProfilesDialog() override;

    // After "Switch to tenant": the profile to open with its stored credentials.
    QString chosenId() const { return m_chosenId; }
    // After "Add tenant…" or "Edit…": the session ConnectDialog connected.
    std::unique_ptr<TenantSession> takeSession();

    // For tests and keyboard users.
    bool select(const QString &profileId);
    void removeSelected();

private:
    void reload();
    QString selectedId() const;
    void updateButtons();
    void addTenant();
    void editTenant();
    void switchToSelected();

    std::unique_ptr<Ui::TenantProfilesDialog> m_ui;
    Auth::ProfileStore *m_profiles;
    Auth::TokenStore *m_secrets;
    QString m_currentId;
    QString m_chosenId;
    std::unique_ptr<TenantSession> m_session;
};
