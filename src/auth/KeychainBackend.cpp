#include "KeychainBackend.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace Auth {

KeychainBackend::KeychainBackend(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

KeychainBackend::~KeychainBackend() = default;

void KeychainBackend::start(QKeychain::Job *job, QObject *context, Callback done)
{
    // Jobs are children of the backend: one that never finishes (a prompt no one
    // answers) is freed with the backend instead of leaking.
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, done = std::move(done)](QKeychain::Job *) {
        Result result;
        switch (job->error()) {
        case QKeychain::NoError:
            result.status = Status::Ok;
            if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                result.data = reader->textData().toUtf8();
            break;
        case QKeychain::EntryNotFound:
            result.status = Status::NotFound;
            break;
        default:
            // Any other code (OtherError, AccessDenied for a locked keyring,
            // NoBackendAvailable) means the keychain cannot be used now.
            result.status = Status::Unavailable;
            result.detail = job->errorString();
            break;
        }
        job->deleteLater();
        if (guard)
            done(result);
    });
    job->start();
}

void KeychainBackend::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    start(job, context, std::move(done));
}

void KeychainBackend::write(const QString &key, const QByteArray &data, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    // Text, not binary: QtKeychain would store binary as base64, which other
    // Secret Service tools (secret-tool, Seahorse) show garbled.
    job->setTextData(QString::fromUtf8(data));
    start(job, context, std::move(done));
}

void KeychainBackend::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    start(job, context, std::move(done));
}

} // namespace Auth
