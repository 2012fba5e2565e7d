#pragma once

#include "AccessToken.h"
#include "AuthFailure.h"
#include "Capabilities.h"
#include "TenantProfile.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Auth {

class Clock;
class TokenStore;

// Hands out Management API tokens for one tenant profile. Two ways in: the
// client-credentials grant (secret from the keychain or typed in), or a token
// pasted from the Dashboard. Tokens are cached in memory and in the keychain
// with their expiry, fetched again a little before they expire, and dropped
// when the tenant answers 401 (the API client then asks once more).
class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    struct Options
    {
        int timeoutMs = 20000;
        int retryDelayMs = 1000;
    };

    // network should be the AccessManager, so the token request carries the
    // same User-Agent and timeout rules; it never gets an Authorization header.
    TokenProvider(const TenantProfile &profile, QNetworkAccessManager *network, TokenStore *store,
                  Clock *clock = nullptr, QObject *parent = nullptr);
    ~TokenProvider() override;

    const TenantProfile &profile() const { return m_profile; }
    void setOptions(const Options &options) { m_options = options; }

    // Uses the client-credentials grant with this secret; remember saves it in the keychain.
    void setClientSecret(const QByteArray &secret, bool remember);
    // Uses a pasted token. Returns why it cannot be used (expired, not a JWT);
    // then nothing changes. remember keeps it in the keychain until it expires.
    AuthFailure usePastedToken(const QByteArray &pasted, bool remember);
    // Forgets the token in memory (the keychain copy stays).
    void clearToken();

    using TokenCallback = std::function<void(const AccessToken &, const AuthFailure &)>;
    // Calls back at once when a fresh token is at hand, otherwise after fetching one.
    void requestToken(QObject *context, TokenCallback done);
    // The tenant answered 401 to this token: never hand it out again.
    void invalidate(const QByteArray &rejectedToken);

    AccessToken currentToken() const { return m_token; }
    bool usesPastedToken() const { return m_pasted; }
    Capabilities capabilities() const;
    // How many tokens came from /oauth/token in this session.
    int fetchCount() const { return m_fetchCount; }

signals:
    void tokenChanged();
    void failed(const Auth::AuthFailure &failure);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback done;
    };

    void obtain();
    void loadSecretThenFetch();
    void fetch(int attempt);
    void onTokenReply(QNetworkReply *reply, int attempt, qint64 startedMs);
    bool retryLater(int attempt, int delayMs);
    void adopt(const AccessToken &token, bool cache);
    void resolve(const AuthFailure &failure);

    TenantProfile m_profile;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<TokenStore> m_store;
    Clock *m_clock;
    Options m_options;

    AccessToken m_token;
    QByteArray m_secret;
    QByteArray m_rejected;
    bool m_pasted = false;
    // Tokens fetched with a secret the user chose not to remember stay out of the keychain too.
    bool m_persistTokens = true;
    bool m_cacheChecked = false;
    bool m_secretChecked = false;
    bool m_busy = false;
    int m_fetchCount = 0;
    QList<Waiter> m_waiters;
};

} // namespace Auth
