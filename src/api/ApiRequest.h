#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

namespace Api {

// Interactive requests (a pane the user is looking at) go ahead of bulk ones
// (a job adding 5,000 members) and may use the rate-limit reserve.
enum class Priority { Interactive, Bulk };

// One Management API call as the scheduler sees it.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;               // below /api/v2, segments encoded (ApiPath::of)
    QUrlQuery query;            // decoded values; encoded when sent
    QByteArray body;            // JSON; empty for none
    // Safe to send again when the outcome is unknown (GET, member adds and
    // removes, PATCH, DELETE). Creating an organization or invitation is not.
    bool idempotent = true;
    Priority priority = Priority::Interactive;
    int timeoutMs = 0;          // 0: the client's default

    static ApiRequest get(const QString &path, const QUrlQuery &query = QUrlQuery());
    static ApiRequest withJson(const QByteArray &method, const QString &path, const QJsonValue &body);
    ApiRequest &bulk(bool isBulk = true);
    ApiRequest &notIdempotent();

    QString pathAndQuery() const;
};

} // namespace Api
