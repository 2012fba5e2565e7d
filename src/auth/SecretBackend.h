#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Auth {

// Where secrets are kept. The real one is the OS keychain (KeychainBackend);
// tests put in backends that fail or never answer. Calls are asynchronous and
// may never call back: TokenStore puts a timeout on each.
class SecretBackend
{
public:
    enum class Status { Ok, NotFound, Unavailable };
    struct Result
    {
        Status status = Status::Unavailable;
        QByteArray data;
        QString detail;     // the backend's error text, for logs and the unavailable message
    };
    using Callback = std::function<void(const Result &)>;

    SecretBackend() = default;
    virtual ~SecretBackend();
    Q_DISABLE_COPY_MOVE(SecretBackend)

    // The callback runs on the caller's thread, unless context is gone by then.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QByteArray &data, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};

} // namespace Auth
