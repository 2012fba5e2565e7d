#include "ApiRequest.h"

#include "ApiPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Api {

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::withJson(const QByteArray &method, const QString &path, const QJsonValue &body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    if (body.isObject())
        request.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        request.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return request;
}

ApiRequest &ApiRequest::bulk(bool isBulk)
{
    priority = isBulk ? Priority::Bulk : Priority::Interactive;
    return *this;
}

ApiRequest &ApiRequest::notIdempotent()
{
    idempotent = false;
    return *this;
}

QString ApiRequest::pathAndQuery() const
{
    const QString encoded = ApiPath::encodeQuery(query);
    return encoded.isEmpty() ? path : QString(path + QLatin1Char('?') + encoded);
}

} // namespace Api
