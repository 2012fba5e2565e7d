#include "InvitationsApi.h"

#include "ApiLog.h"
#include "ApiPath.h"

#include <QDateTime>

namespace Api {

namespace {
const QString kKey = QStringLiteral("invitations");
const QString kWhat = QStringLiteral("invitation");
// Clocks differ; an invitation made a little "before" we sent still counts.
constexpr qint64 kClockSlackSecs = 120;
} // namespace

InvitationsApi::InvitationsApi(ApiClient &client)
    : ResourceApi(client)
{
}

QString InvitationsApi::pathOf(const QString &orgId, const QString &invitationId)
{
    QStringList segments{QStringLiteral("organizations"), orgId, QStringLiteral("invitations")};
    if (!invitationId.isEmpty())
        segments.append(invitationId);
    return ApiPath::of(segments);
}

void InvitationsApi::listPage(const QString &orgId, const Pager &pager, QObject *context,
                              ResultCallback<Page<Invitation>> done)
{
    fetchPage<Invitation>(ApiRequest::get(pathOf(orgId)), kKey, pager, context, std::move(done));
}

void InvitationsApi::listAll(const QString &orgId, QObject *context, ResultCallback<QList<Invitation>> done)
{
    // include_totals only changes the shape here (no total), so ask for the envelope anyway.
    fetchAll<Invitation>(ApiRequest::get(pathOf(orgId)), kKey, Pager::byPage(50), context, {}, std::move(done));
}

void InvitationsApi::get(const QString &orgId, const QString &invitationId, QObject *context,
                         ResultCallback<Invitation> done)
{
    fetchOne<Invitation>(ApiRequest::get(pathOf(orgId, invitationId)), kWhat, context, std::move(done));
}

void InvitationsApi::create(const QString &orgId, const NewInvitation &invitation, QObject *context,
                            ResultCallback<Invitation> done)
{
    ApiRequest request = ApiRequest::withJson("POST", pathOf(orgId), invitation.toJson());
    request.idempotent = false;
    ApiClient *apiClient = &client();
    QPointer<QObject> guard(context);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    apiClient->send(request, context, [apiClient, orgId, invitation, guard, sentAt, done](const ApiResponse &response,
                                                                                         const ApiError &error) {
        const bool created = response.status == 201 || response.status == 200;
        if (!error.isError()) {
            ApiResult<Invitation> result;
            result.error = ListReader::one(response.json, kWhat, &result.value);
            done(result);
            return;
        }
        if (!(error.outcomeUnknown || (created && error.kind == ApiError::Kind::Parse)) || !guard) {
            done(ApiResult<Invitation>{{}, error});
            return;
        }
        qCInfo(lcApi) << "create invitation: outcome unknown, looking for it before reporting";
        InvitationsApi(*apiClient).listAll(orgId, guard, [invitation, sentAt, error, done](
                                                             const ApiResult<QList<Invitation>> &list) {
            for (const Invitation &candidate : list.value) {
                const bool recent = !candidate.createdAt.isValid()
                                    || candidate.createdAt.toSecsSinceEpoch() >= sentAt.toSecsSinceEpoch() - kClockSlackSecs;
                if (recent && candidate.inviteeEmail.compare(invitation.inviteeEmail, Qt::CaseInsensitive) == 0
                    && candidate.clientId == invitation.clientId) {
                    done(ApiResult<Invitation>{candidate, {}});
                    return;
                }
            }
            ApiResult<Invitation> result;
            result.error = error;
            // Not found, but the lost request may still land: say so rather than resend an email.
            result.error.outcomeUnknown = true;
            done(result);
        });
    });
}

void InvitationsApi::remove(const QString &orgId, const QString &invitationId, QObject *context,
                            ResultCallback<Done> done)
{
    ApiRequest request = ApiRequest::get(pathOf(orgId, invitationId));
    request.method = "DELETE";
    client().send(request, context, [done = std::move(done)](const ApiResponse &response, const ApiError &error) {
        ApiResult<Done> result;
        if (error.isError() && !(error.status == 404 && response.attempts > 1))
            result.error = error;
        done(result);
    });
}

} // namespace Api
