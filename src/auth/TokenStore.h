#pragma once

#include "SecretBackend.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Auth {

// Client secrets and cached tokens per tenant profile, in the OS keychain.
// Every keychain job has a timeout (a locked keyring can prompt and never
// answer). A backend that fails is tried once more, in case it was not up
// yet; after that the store is "unavailable" for the session and secrets are
// kept in memory only, never in a file.
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    enum class State { Unknown, Available, Unavailable };
    Q_ENUM(State)
    enum class Kind { ClientSecret, CachedToken };

    struct Options
    {
        int timeoutMs = 8000;
        int retryDelayMs = 750;
    };

    struct ReadResult
    {
        bool found = false;
        QByteArray data;
        bool fromMemory = false;
    };
    using ReadCallback = std::function<void(const ReadResult &)>;
    // persisted == false: kept for this session only (keychain unavailable).
    using WriteCallback = std::function<void(bool persisted)>;
    using DoneCallback = std::function<void()>;

    // Takes ownership of the backend.
    explicit TokenStore(std::unique_ptr<SecretBackend> backend, const Options &options, QObject *parent = nullptr);
    explicit TokenStore(std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~TokenStore() override;
    // The OS keychain under the given service name ("OrgConsole" for the app).
    static std::unique_ptr<TokenStore> forKeychain(const QString &service, const Options &options);
    static std::unique_ptr<TokenStore> forKeychain(const QString &service);

    void read(const QString &profileId, Kind kind, QObject *context, ReadCallback done);
    void write(const QString &profileId, Kind kind, const QByteArray &data, QObject *context, WriteCallback done);
    void remove(const QString &profileId, Kind kind, QObject *context, DoneCallback done);
    // Deletes every secret of a profile (keychain and memory).
    void removeProfile(const QString &profileId, QObject *context, DoneCallback done);

    State state() const { return m_state; }
    // The backend's technical reason, for the log and a details box.
    QString unavailableReason() const { return m_reason; }
    // A translated sentence for the UI; empty unless unavailable.
    QString stateMessage() const;
    // Tries the keychain again on the next call (a "Retry" button after unlocking it).
    void resetState();

    static QString keyFor(const QString &profileId, Kind kind);

signals:
    void stateChanged(Auth::TokenStore::State state);

private:
    struct Operation;
    void run(const std::shared_ptr<Operation> &op, int attempt);
    void finish(const std::shared_ptr<Operation> &op, const SecretBackend::Result &result, bool fromMemory);
    void runInMemory(const std::shared_ptr<Operation> &op);
    void setState(State state, const QString &reason = {});

    std::unique_ptr<SecretBackend> m_backend;
    Options m_options;
    State m_state = State::Unknown;
    QString m_reason;
    QHash<QString, QByteArray> m_memory;
};

} // namespace Auth
