#include "RolesApi.h"

namespace Api {

RolesApi::RolesApi(ApiClient &client)
    : ResourceApi(client)
{
}

void RolesApi::listAll(const QString &nameFilter, QObject *context, ResultCallback<QList<Role>> done)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/roles"));
    if (!nameFilter.isEmpty())
        request.query.addQueryItem(QStringLiteral("name_filter"), nameFilter);
    fetchAll<Role>(request, QStringLiteral("roles"), Pager::byPage(100), context, {}, std::move(done));
}

} // namespace Api
