#include "EnabledConnectionsApi.h"

#include "ApiPath.h"

namespace Api {

namespace {
const QString kKey = QStringLiteral("enabled_connections");
const QString kWhat = QStringLiteral("enabled_connection");
} // namespace

EnabledConnectionsApi::EnabledConnectionsApi(ApiClient &client)
    : ResourceApi(client)
{
}

QString EnabledConnectionsApi::pathOf(const QString &orgId, const QString &connectionId)
{
    QStringList segments{QStringLiteral("organizations"), orgId, QStringLiteral("enabled_connections")};
    if (!connectionId.isEmpty())
        segments.append(connectionId);
    return ApiPath::of(segments);
}

void EnabledConnectionsApi::list(const QString &orgId, QObject *context, ResultCallback<QList<OrgConnection>> done)
{
    fetchAll<OrgConnection>(ApiRequest::get(pathOf(orgId)), kKey, Pager::byPage(50), context, {}, std::move(done));
}

void EnabledConnectionsApi::get(const QString &orgId, const QString &connectionId, QObject *context,
                                ResultCallback<OrgConnection> done)
{
    fetchOne<OrgConnection>(ApiRequest::get(pathOf(orgId, connectionId)), kWhat, context, std::move(done));
}

void EnabledConnectionsApi::add(const QString &orgId, const OrgConnection &connection, QObject *context,
                                ResultCallback<OrgConnection> done)
{
    ApiRequest request = ApiRequest::withJson("POST", pathOf(orgId), connection.toCreateJson());
    request.idempotent = false;
    ApiClient *apiClient = &client();
    QPointer<QObject> guard(context);
    apiClient->send(request, context, [apiClient, orgId, connection, guard, done](const ApiResponse &response,
                                                                                  const ApiError &error) {
        if (!error.isError()) {
            ApiResult<OrgConnection> result;
            result.error = ListReader::one(response.json, kWhat, &result.value);
            done(result);
            return;
        }
        if (!error.outcomeUnknown || !guard) {
            done(ApiResult<OrgConnection>{{}, error});
            return;
        }
        // The connection id is unique per organization: present means the add happened.
        EnabledConnectionsApi(*apiClient).get(orgId, connection.connectionId, guard,
                                             [error, done](const ApiResult<OrgConnection> &found) {
                                                 if (found.ok())
                                                     done(found);
                                                 else
                                                     done(ApiResult<OrgConnection>{{}, error});
                                             });
    });
}

void EnabledConnectionsApi::update(const QString &orgId, const QString &connectionId, const QJsonObject &patch,
                                   QObject *context, ResultCallback<OrgConnection> done)
{
    fetchOne<OrgConnection>(ApiRequest::withJson("PATCH", pathOf(orgId, connectionId), patch), kWhat, context,
                            std::move(done));
}

void EnabledConnectionsApi::remove(const QString &orgId, const QString &connectionId, QObject *context,
                                   ResultCallback<Done> done)
{
    ApiRequest request = ApiRequest::get(pathOf(orgId, connectionId));
    request.method = "DELETE";
    client().send(request, context, [done = std::move(done)](const ApiResponse &response, const ApiError &error) {
        ApiResult<Done> result;
        if (error.isError() && !(error.status == 404 && response.attempts > 1))
            result.error = error;
        done(result);
    });
}

} // namespace Api
