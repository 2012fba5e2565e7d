#include "UsersApi.h"

#include "ApiPath.h"

namespace Api {

UsersApi::UsersApi(ApiClient &client)
    : ResourceApi(client)
{
}

QString UsersApi::pathOf(const QString &userId)
{
    return ApiPath::of({QStringLiteral("users"), userId});
}

QString UsersApi::queryFor(const QString &text)
{
    QString escaped = text.trimmed();
    // Lucene specials would change the query's meaning; quote the value.
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    if (escaped.contains(QLatin1Char('@')))
        return QStringLiteral("email:\"%1\"").arg(escaped);
    return QStringLiteral("email:%1* OR name:%1*").arg(escaped.contains(QLatin1Char(' '))
                                                            ? QString(QLatin1Char('"') + escaped + QLatin1Char('"'))
                                                            : escaped);
}

void UsersApi::search(const QString &query, const Pager &pager, QObject *context, ResultCallback<Page<User>> done)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/users"));
    request.query.addQueryItem(QStringLiteral("q"), query);
    request.query.addQueryItem(QStringLiteral("search_engine"), QStringLiteral("v3"));
    fetchPage<User>(request, QStringLiteral("users"), pager, context, std::move(done));
}

void UsersApi::organizationsOf(const QString &userId, QObject *context, ResultCallback<QList<Organization>> done)
{
    fetchAll<Organization>(ApiRequest::get(pathOf(userId) + QStringLiteral("/organizations")),
                           QStringLiteral("organizations"), Pager::byPage(100), context, {}, std::move(done));
}

} // namespace Api
