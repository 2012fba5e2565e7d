#include "MemberRolesApi.h"

#include "ApiPath.h"

#include <QJsonArray>

namespace Api {

MemberRolesApi::MemberRolesApi(ApiClient &client)
    : ResourceApi(client)
{
}

QString MemberRolesApi::pathOf(const QString &orgId, const QString &userId)
{
    return ApiPath::of({QStringLiteral("organizations"), orgId, QStringLiteral("members"), userId,
                        QStringLiteral("roles")});
}

void MemberRolesApi::list(const QString &orgId, const QString &userId, QObject *context,
                          ResultCallback<QList<Role>> done, Priority priority)
{
    ApiRequest request = ApiRequest::get(pathOf(orgId, userId));
    request.priority = priority;
    fetchAll<Role>(request, QStringLiteral("roles"), Pager::byPage(100), context, {}, std::move(done));
}

void MemberRolesApi::assign(const QString &orgId, const QString &userId, const QStringList &roleIds,
                            QObject *context, ResultCallback<Done> done, Priority priority)
{
    change("POST", orgId, userId, roleIds, context, std::move(done), priority);
}

void MemberRolesApi::remove(const QString &orgId, const QString &userId, const QStringList &roleIds,
                            QObject *context, ResultCallback<Done> done, Priority priority)
{
    change("DELETE", orgId, userId, roleIds, context, std::move(done), priority);
}

void MemberRolesApi::change(const QByteArray &method, const QString &orgId, const QString &userId,
                            const QStringList &roleIds, QObject *context, ResultCallback<Done> done,
                            Priority priority)
{
    ApiRequest request = ApiRequest::withJson(method, pathOf(orgId, userId),
                                              QJsonObject{{QStringLiteral("roles"), QJsonArray::fromStringList(roleIds)}});
    request.priority = priority;
    request.idempotent = true;
    sendNoContent(request, context, std::move(done));
}

} // namespace Api
