#include "OrganizationsApi.h"

#include "ApiLog.h"
#include "ApiPath.h"

namespace Api {

namespace {
const QString kKey = QStringLiteral("organizations");
const QString kWhat = QStringLiteral("organization");
} // namespace

OrganizationsApi::OrganizationsApi(ApiClient &client)
    : ResourceApi(client)
{
}

QString OrganizationsApi::pathOf(const QString &id)
{
    return ApiPath::of({QStringLiteral("organizations"), id});
}

void OrganizationsApi::list(const Pager &pager, QObject *context, ResultCallback<Page<Organization>> done)
{
    fetchPage<Organization>(ApiRequest::get(QStringLiteral("/organizations")), kKey, pager, context, std::move(done));
}

void OrganizationsApi::listAll(QObject *context, Progress progress, ResultCallback<QList<Organization>> done,
                               Priority priority)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/organizations"));
    request.priority = priority;
    fetchAll<Organization>(request, kKey, Pager::byCheckpoint(100), context, std::move(progress), std::move(done));
}

void OrganizationsApi::get(const QString &id, QObject *context, ResultCallback<Organization> done)
{
    fetchOne<Organization>(ApiRequest::get(pathOf(id)), kWhat, context, std::move(done));
}

void OrganizationsApi::getByName(const QString &name, QObject *context, ResultCallback<Organization> done)
{
    fetchOne<Organization>(ApiRequest::get(ApiPath::of({QStringLiteral("organizations"), QStringLiteral("name"), name})),
                           kWhat, context, std::move(done));
}

void OrganizationsApi::create(const Organization &draft, QObject *context, ResultCallback<Organization> done)
{
    createAttempt(draft, 1, context, std::move(done));
}

void OrganizationsApi::createAttempt(const Organization &draft, int attempt, QObject *context,
                                     ResultCallback<Organization> done)
{
    ApiRequest request = ApiRequest::withJson("POST", QStringLiteral("/organizations"), draft.toCreateJson());
    request.idempotent = false;
    ApiClient *apiClient = &client();
    QPointer<QObject> guard(context);
    // Callbacks hold the client, not this object, which may be gone by then.
    apiClient->send(request, context, [apiClient, draft, attempt, guard, done](const ApiResponse &response,
                                                                               const ApiError &error) {
        const bool created = response.status == 201 || response.status == 200;
        if (!error.isError()) {
            ApiResult<Organization> result;
            result.error = ListReader::one(response.json, kWhat, &result.value);
            done(result);
            return;
        }
        // Created but the body was unreadable, lost or ambiguous: find out by name.
        const bool conflictAfterRetry = error.status == 409 && attempt > 1;
        if (error.outcomeUnknown || (created && error.kind == ApiError::Kind::Parse) || conflictAfterRetry) {
            if (guard)
                OrganizationsApi(*apiClient).settleUncertainCreate(draft, attempt, error, guard, done);
            return;
        }
        done(ApiResult<Organization>{{}, error});
    });
}

void OrganizationsApi::settleUncertainCreate(const Organization &draft, int attempt, const ApiError &cause,
                                             QObject *context, ResultCallback<Organization> done)
{
    qCInfo(lcApi) << "create organization: outcome unknown, looking the name up before any retry";
    QPointer<QObject> guard(context);
    ApiClient *apiClient = &client();
    getByName(draft.name, context,
              [apiClient, draft, attempt, cause, guard, done](const ApiResult<Organization> &found) {
        if (found.ok()) {
            done(found);  // the lost request did create it
            return;
        }
        if (found.error.status == 404 && attempt < 3 && guard) {
            OrganizationsApi(*apiClient).createAttempt(draft, attempt + 1, guard, done);
            return;
        }
        ApiResult<Organization> result;
        result.error = cause;
        result.error.outcomeUnknown = true;
        done(result);
    });
}

void OrganizationsApi::update(const QString &id, const QJsonObject &patch, QObject *context,
                              ResultCallback<Organization> done)
{
    fetchOne<Organization>(ApiRequest::withJson("PATCH", pathOf(id), patch), kWhat, context, std::move(done));
}

void OrganizationsApi::remove(const QString &id, QObject *context, ResultCallback<Done> done)
{
    ApiRequest request = ApiRequest::get(pathOf(id));
    request.method = "DELETE";
    client().send(request, context, [done = std::move(done)](const ApiResponse &response, const ApiError &error) {
        ApiResult<Done> result;
        const bool goneOnRetry = error.status == 404 && response.attempts > 1;
        if (error.isError() && !goneOnRetry)
            result.error = error;
        done(result);
    });
}

} // namespace Api
