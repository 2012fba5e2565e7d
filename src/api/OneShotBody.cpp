#include "OneShotBody.h"

#include <cstring>

namespace Api {

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly);
}

bool OneShotBody::seek(qint64 pos)
{
    if (m_sentOnce && pos < m_data.size())
        return false;
    return QIODevice::seek(pos);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 at = pos();
    const qint64 count = std::min<qint64>(maxSize, m_data.size() - at);
    if (count <= 0) {
        m_sentOnce = true;
        return m_data.isEmpty() ? 0 : -1;
    }
    std::memcpy(data, m_data.constData() + at, size_t(count));
    if (at + count >= m_data.size())
        m_sentOnce = true;
    return count;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Api
