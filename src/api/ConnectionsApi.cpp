#include "ConnectionsApi.h"

namespace Api {

ConnectionsApi::ConnectionsApi(ApiClient &client)
    : ResourceApi(client)
{
}

void ConnectionsApi::listAll(const QString &strategy, QObject *context, ResultCallback<QList<Connection>> done)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/connections"));
    if (!strategy.isEmpty())
        request.query.addQueryItem(QStringLiteral("strategy"), strategy);
    request.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,name,display_name,strategy"));
    request.query.addQueryItem(QStringLiteral("include_fields"), QStringLiteral("true"));
    // Checkpoint paging: page-based offsets reach only the first 1000 connections.
    fetchAll<Connection>(request, QStringLiteral("connections"), Pager::byCheckpoint(100), context, {},
                         std::move(done));
}

} // namespace Api
