#include "MembersApi.h"

#include "ApiPath.h"

#include <QJsonArray>

namespace Api {

namespace {
const QString kKey = QStringLiteral("members");
} // namespace

MembersApi::MembersApi(ApiClient &client)
    : ResourceApi(client)
{
}

QString MembersApi::pathOf(const QString &orgId)
{
    return ApiPath::of({QStringLiteral("organizations"), orgId, QStringLiteral("members")});
}

QList<QStringList> MembersApi::chunks(const QStringList &ids, int size)
{
    QList<QStringList> list;
    for (int i = 0; i < ids.size(); i += size)
        list.append(ids.mid(i, size));
    return list;
}

void MembersApi::listPage(const QString &orgId, const Pager &pager, bool withRoles, QObject *context,
                          ResultCallback<Page<Member>> done, Priority priority)
{
    ApiRequest request = ApiRequest::get(pathOf(orgId));
    request.priority = priority;
    if (withRoles) {
        request.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("user_id,email,picture,name,roles"));
        request.query.addQueryItem(QStringLiteral("include_fields"), QStringLiteral("true"));
    }
    fetchPage<Member>(request, kKey, pager, context, std::move(done));
}

void MembersApi::listAll(const QString &orgId, bool withRoles, QObject *context, Progress progress,
                         ResultCallback<QList<Member>> done, Priority priority)
{
    ApiRequest request = ApiRequest::get(pathOf(orgId));
    request.priority = priority;
    if (withRoles) {
        request.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("user_id,email,picture,name,roles"));
        request.query.addQueryItem(QStringLiteral("include_fields"), QStringLiteral("true"));
    }
    fetchAll<Member>(request, kKey, Pager::byCheckpoint(100), context, std::move(progress), std::move(done));
}

ApiRequest MembersApi::changeRequest(const QByteArray &method, const QString &orgId, const QStringList &userIds,
                                     Priority priority) const
{
    ApiRequest request = ApiRequest::withJson(
        method, pathOf(orgId), QJsonObject{{QStringLiteral("members"), QJsonArray::fromStringList(userIds)}});
    request.priority = priority;
    // Adding a member twice or removing one who is gone is a no-op (204): safe to repeat.
    request.idempotent = true;
    return request;
}

void MembersApi::addChunk(const QString &orgId, const QStringList &userIds, QObject *context,
                          ResultCallback<Done> done, Priority priority)
{
    Q_ASSERT(userIds.size() <= kMaxIdsPerRequest);
    sendNoContent(changeRequest("POST", orgId, userIds, priority), context, std::move(done));
}

void MembersApi::removeChunk(const QString &orgId, const QStringList &userIds, QObject *context,
                             ResultCallback<Done> done, Priority priority)
{
    Q_ASSERT(userIds.size() <= kMaxIdsPerRequest);
    sendNoContent(changeRequest("DELETE", orgId, userIds, priority), context, std::move(done));
}

void MembersApi::add(const QString &orgId, const QStringList &userIds, QObject *context,
                     ResultCallback<BatchResult> done, Priority priority)
{
    change("POST", orgId, userIds, context, std::move(done), priority);
}

void MembersApi::remove(const QString &orgId, const QStringList &userIds, QObject *context,
                        ResultCallback<BatchResult> done, Priority priority)
{
    change("DELETE", orgId, userIds, context, std::move(done), priority);
}

void MembersApi::change(const QByteArray &method, const QString &orgId, const QStringList &userIds, QObject *context,
                        ResultCallback<BatchResult> done, Priority priority)
{
    struct State
    {
        BatchResult result;
        int pending = 0;
        ResultCallback<BatchResult> done;
    };
    const QList<QStringList> parts = chunks(userIds);
    auto state = std::make_shared<State>();
    state->pending = int(parts.size());
    state->done = std::move(done);
    if (parts.isEmpty()) {
        state->done(ApiResult<BatchResult>{});
        return;
    }
    // All chunks go to the scheduler at once; it paces and orders them.
    for (const QStringList &part : parts) {
        client().send(changeRequest(method, orgId, part, priority), context,
                      [state, part](const ApiResponse &, const ApiError &error) {
                          if (error.isError())
                              state->result.failed.append(BatchResult::Failure{part, error});
                          else
                              state->result.succeeded += part;
                          if (--state->pending == 0) {
                              ApiResult<BatchResult> result;
                              result.value = state->result;
                              if (!state->result.failed.isEmpty())
                                  result.error = state->result.failed.first().error;
                              state->done(result);
                          }
                      });
    }
}

} // namespace Api
