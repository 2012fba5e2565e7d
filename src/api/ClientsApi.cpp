#include "ClientsApi.h"

namespace Api {

ClientsApi::ClientsApi(ApiClient &client)
    : ResourceApi(client)
{
}

void ClientsApi::listAll(QObject *context, ResultCallback<QList<Client>> done)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/clients"));
    // Only what the console shows; keeps secrets and keys out of the answer.
    request.query.addQueryItem(QStringLiteral("fields"),
                               QStringLiteral("client_id,name,app_type,description,initiate_login_uri,is_first_party"));
    request.query.addQueryItem(QStringLiteral("include_fields"), QStringLiteral("true"));
    fetchAll<Client>(request, QStringLiteral("clients"), Pager::byPage(100), context, {}, std::move(done));
}

} // namespace Api
