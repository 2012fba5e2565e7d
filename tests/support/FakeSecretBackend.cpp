#include "FakeSecretBackend.h"

#include <QPointer>
#include <QTimer>

FakeSecretBackend::FakeSecretBackend(Mode mode, int failures)
    : m_mode(mode)
    , m_failuresLeft(failures)
{
}

void FakeSecretBackend::setMode(Mode mode, int failures)
{
    m_mode = mode;
    m_failuresLeft = failures;
}

bool FakeSecretBackend::answer(QObject *context, Callback done, const std::function<Result()> &work)
{
    ++m_calls;
    QPointer<QObject> guard(context);
    if (m_mode == Mode::Hangs)
        return false;
    const bool fail = m_mode == Mode::AlwaysFails || (m_mode == Mode::FailsThenWorks && m_failuresLeft-- > 0);
    Result result;
    if (fail) {
        result.status = Status::Unavailable;
        result.detail = QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
    } else {
        result = work();
    }
    QTimer::singleShot(0, this, [guard, done, result]() {
        if (guard)
            done(result);
    });
    return !fail;
}

void FakeSecretBackend::read(const QString &key, QObject *context, Callback done)
{
    answer(context, std::move(done), [this, key]() {
        Result result;
        result.status = m_items.contains(key) ? Status::Ok : Status::NotFound;
        result.data = m_items.value(key);
        return result;
    });
}

void FakeSecretBackend::write(const QString &key, const QByteArray &data, QObject *context, Callback done)
{
    answer(context, std::move(done), [this, key, data]() {
        m_items.insert(key, data);
        Result result;
        result.status = Status::Ok;
        return result;
    });
}

void FakeSecretBackend::remove(const QString &key, QObject *context, Callback done)
{
    answer(context, std::move(done), [this, key]() {
        Result result;
        result.status = m_items.remove(key) ? Status::Ok : Status::NotFound;
        return result;
    });
}
