#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Api {

// The body of a request that must not be sent twice. QNAM quietly re-sends a
// request when the connection closes while it waits for the answer — for any
// method, POST included — which would create a second organization or send a
// second invitation. It rewinds the upload device first; this device refuses
// to rewind once it was read to the end, so QNAM reports ContentReSendError
// and the scheduler can say the outcome is unknown instead.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override;
    bool reset() override { return seek(0); }
    bool atEnd() const override { return pos() >= m_data.size(); }
    bool wasSentOnce() const { return m_sentOnce; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    bool m_sentOnce = false;
};

} // namespace Api
