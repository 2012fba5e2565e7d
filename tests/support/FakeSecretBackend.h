#pragma once

#include "auth/SecretBackend.h"

#include <QHash>
#include <QStringList>

// A secret backend for TokenStore tests: works, fails a set number of times
// first, fails always, or never answers (a keyring prompt nobody sees).
class FakeSecretBackend final : public QObject, public Auth::SecretBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSecretBackend)

public:
    enum class Mode { Works, FailsThenWorks, AlwaysFails, Hangs };

    explicit FakeSecretBackend(Mode mode = Mode::Works, int failures = 0);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &data, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    void setMode(Mode mode, int failures = 0);
    int calls() const { return m_calls; }
    QStringList keys() const { return m_items.keys(); }
    bool contains(const QString &key) const { return m_items.contains(key); }
    QByteArray value(const QString &key) const { return m_items.value(key); }

private:
    // Answers later, like a real keychain job; false when the call must fail or hang.
    bool answer(QObject *context, Callback done, const std::function<Result()> &work);

    Mode m_mode;
    int m_failuresLeft;
    int m_calls = 0;
    QHash<QString, QByteArray> m_items;
};
