#pragma once

#include "SecretBackend.h"

#include <QObject>

namespace QKeychain {
class Job;
}

namespace Auth {

// Secrets in the OS keychain through QtKeychain (Secret Service, macOS
// Keychain, Windows Credential Manager). Never falls back to a plain file.
class KeychainBackend final : public QObject, public SecretBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainBackend)

public:
    explicit KeychainBackend(const QString &service, QObject *parent = nullptr);
    ~KeychainBackend() override;

    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &data, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    void start(QKeychain::Job *job, QObject *context, Callback done);

    QString m_service;
};

} // namespace Auth
