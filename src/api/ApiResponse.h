#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

namespace Api {

// What came back for a request, after retries.
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString requestId;      // the X-Request-Id we sent
    int attempts = 0;       // how many times it went out
    qint64 elapsedMs = 0;   // from the first send to the answer, waits included

    QByteArray header(const QByteArray &name) const;
};

} // namespace Api
