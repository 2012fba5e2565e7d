#include "TokenStore.h"

#include "AuthLog.h"
#include "KeychainBackend.h"

#include <QTimer>

namespace Auth {

struct TokenStore::Operation
{
    enum class Type { Read, Write, Remove };
    Type type = Type::Read;
    QString key;
    QByteArray data;
    QPointer<QObject> context;
    std::function<void(const SecretBackend::Result &, bool fromMemory)> done;
};

TokenStore::TokenStore(std::unique_ptr<SecretBackend> backend, const Options &options, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_options(options)
{
}

TokenStore::TokenStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : TokenStore(std::move(backend), Options{}, parent)
{
}

TokenStore::~TokenStore() = default;

std::unique_ptr<TokenStore> TokenStore::forKeychain(const QString &service, const Options &options)
{
    return std::make_unique<TokenStore>(std::make_unique<KeychainBackend>(service), options);
}

std::unique_ptr<TokenStore> TokenStore::forKeychain(const QString &service)
{
    return forKeychain(service, Options{});
}

QString TokenStore::keyFor(const QString &profileId, Kind kind)
{
    return profileId + (kind == Kind::ClientSecret ? QStringLiteral("/client-secret") : QStringLiteral("/token"));
}

void TokenStore::read(const QString &profileId, Kind kind, QObject *context, ReadCallback done)
{
    auto op = std::make_shared<Operation>();
    op->type = Operation::Type::Read;
    op->key = keyFor(profileId, kind);
    op->context = context;
    op->done = [done = std::move(done)](const SecretBackend::Result &result, bool fromMemory) {
        done(ReadResult{result.status == SecretBackend::Status::Ok, result.data, fromMemory});
    };
    run(op, 0);
}

void TokenStore::write(const QString &profileId, Kind kind, const QByteArray &data, QObject *context,
                       WriteCallback done)
{
    auto op = std::make_shared<Operation>();
    op->type = Operation::Type::Write;
    op->key = keyFor(profileId, kind);
    op->data = data;
    op->context = context;
    op->done = [done = std::move(done)](const SecretBackend::Result &, bool fromMemory) { done(!fromMemory); };
    run(op, 0);
}

void TokenStore::remove(const QString &profileId, Kind kind, QObject *context, DoneCallback done)
{
    auto op = std::make_shared<Operation>();
    op->type = Operation::Type::Remove;
    op->key = keyFor(profileId, kind);
    op->context = context;
    op->done = [done = std::move(done)](const SecretBackend::Result &, bool) { done(); };
    run(op, 0);
}

void TokenStore::removeProfile(const QString &profileId, QObject *context, DoneCallback done)
{
    QPointer<QObject> guard(context);
    remove(profileId, Kind::ClientSecret, this, [this, profileId, guard, done = std::move(done)]() mutable {
        remove(profileId, Kind::CachedToken, this, [guard, done = std::move(done)]() {
            if (guard)
                done();
        });
    });
}

void TokenStore::run(const std::shared_ptr<Operation> &op, int attempt)
{
    if (m_state == State::Unavailable) {
        runInMemory(op);
        return;
    }
    // Whichever comes first, the backend's answer or the timeout, wins.
    auto settled = std::make_shared<bool>(false);
    auto settle = [this, op, attempt, settled](const SecretBackend::Result &result, bool timedOut) {
        if (*settled)
            return;
        *settled = true;
        if (result.status != SecretBackend::Status::Unavailable) {
            if (m_state != State::Available)
                setState(State::Available);
            if (op->type == Operation::Type::Remove)
                m_memory.remove(op->key);
            finish(op, result, false);
            return;
        }
        if (attempt == 0 && !timedOut) {
            // The backend may not be up yet (Secret Service activated on demand): once more.
            // Not after a timeout: that is a prompt nobody answers, and asking again would stack prompts.
            qCInfo(lcAuth) << "keychain failed, retrying once:" << result.detail;
            QTimer::singleShot(m_options.retryDelayMs, this, [this, op]() { run(op, 1); });
            return;
        }
        setState(State::Unavailable, result.detail);
        runInMemory(op);
    };

    QTimer::singleShot(m_options.timeoutMs, this, [settle, timeoutMs = m_options.timeoutMs]() {
        SecretBackend::Result timedOut;
        timedOut.detail = QStringLiteral("the keychain did not answer within %1 ms").arg(timeoutMs);
        settle(timedOut, true);
    });
    auto onResult = [settle](const SecretBackend::Result &result) { settle(result, false); };
    switch (op->type) {
    case Operation::Type::Read:
        m_backend->read(op->key, this, onResult);
        break;
    case Operation::Type::Write:
        m_backend->write(op->key, op->data, this, onResult);
        break;
    case Operation::Type::Remove:
        m_backend->remove(op->key, this, onResult);
        break;
    }
}

void TokenStore::runInMemory(const std::shared_ptr<Operation> &op)
{
    SecretBackend::Result result;
    result.status = SecretBackend::Status::Ok;
    switch (op->type) {
    case Operation::Type::Read:
        if (m_memory.contains(op->key))
            result.data = m_memory.value(op->key);
        else
            result.status = SecretBackend::Status::NotFound;
        break;
    case Operation::Type::Write:
        m_memory.insert(op->key, op->data);
        break;
    case Operation::Type::Remove:
        m_memory.remove(op->key);
        break;
    }
    finish(op, result, true);
}

void TokenStore::finish(const std::shared_ptr<Operation> &op, const SecretBackend::Result &result, bool fromMemory)
{
    if (op->context)
        op->done(result, fromMemory);
}

void TokenStore::setState(State state, const QString &reason)
{
    if (m_state == state)
        return;
    m_state = state;
    m_reason = reason;
    if (state == State::Unavailable)
        qCWarning(lcAuth) << "keychain unavailable, secrets stay in memory for this session:" << reason;
    emit stateChanged(state);
}

QString TokenStore::stateMessage() const
{
    if (m_state != State::Unavailable)
        return {};
    return tr("The system keychain is not available (%1). Secrets are kept in memory until OrgConsole quits "
              "and will have to be entered again next time.")
        .arg(m_reason);
}

void TokenStore::resetState()
{
    setState(State::Unknown);
}

} // namespace Auth
