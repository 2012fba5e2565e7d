#pragma once

#include "TenantProfile.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QSettings;

namespace Auth {

class TokenStore;

// Tenant profiles in QSettings (group "profiles"). Secrets never go here:
// removing a profile asks the TokenStore to delete its keychain entries.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    // Uses the application's default QSettings unless one is given (tests use an INI file).
    explicit ProfileStore(TokenStore *secrets = nullptr, QObject *parent = nullptr);
    ProfileStore(std::unique_ptr<QSettings> settings, TokenStore *secrets, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<TenantProfile> profiles() const;
    TenantProfile profile(const QString &id) const;
    bool contains(const QString &id) const;

    // Adds or replaces by id (a new id is made when empty). Returns the saved
    // profile, or problems() when it is not valid (nothing saved then).
    QStringList save(TenantProfile &profile);
    // Forgets the profile and deletes its client secret and cached token.
    void remove(const QString &id);

    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

signals:
    void profilesChanged();

private:
    std::unique_ptr<QSettings> m_settings;
    QPointer<TokenStore> m_secrets;
};

} // namespace Auth
