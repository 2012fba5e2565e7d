#pragma once

#include "BatchResult.h"
#include "Member.h"
#include "ResourceApi.h"

namespace Api {

// /organizations/{id}/members. Lists by checkpoint (no 1000-member ceiling),
// optionally with roles inline; adds and removes go in requests of at most
// ten user ids, and are safe to repeat, so the scheduler retries them.
class MembersApi final : public ResourceApi
{
public:
    static constexpr int kMaxIdsPerRequest = 10;

    explicit MembersApi(ApiClient &client);

    // withRoles asks for fields=user_id,email,picture,name,roles, which needs
    // read:organization_member_roles as well.
    void listPage(const QString &orgId, const Pager &pager, bool withRoles, QObject *context,
                  ResultCallback<Page<Member>> done, Priority priority = Priority::Interactive);
    void listAll(const QString &orgId, bool withRoles, QObject *context, Progress progress,
                 ResultCallback<QList<Member>> done, Priority priority = Priority::Interactive);

    // Any number of ids, sent ten at a time; done runs once with every chunk's outcome.
    void add(const QString &orgId, const QStringList &userIds, QObject *context, ResultCallback<BatchResult> done,
             Priority priority = Priority::Bulk);
    void remove(const QString &orgId, const QStringList &userIds, QObject *context, ResultCallback<BatchResult> done,
                Priority priority = Priority::Bulk);
    // One request of at most kMaxIdsPerRequest ids, for callers that journal each one.
    void addChunk(const QString &orgId, const QStringList &userIds, QObject *context, ResultCallback<Done> done,
                  Priority priority = Priority::Bulk);
    void removeChunk(const QString &orgId, const QStringList &userIds, QObject *context, ResultCallback<Done> done,
                     Priority priority = Priority::Bulk);

    static QString pathOf(const QString &orgId);
    static QList<QStringList> chunks(const QStringList &ids, int size = kMaxIdsPerRequest);

private:
    void change(const QByteArray &method, const QString &orgId, const QStringList &userIds, QObject *context,
                ResultCallback<BatchResult> done, Priority priority);
    ApiRequest changeRequest(const QByteArray &method, const QString &orgId, const QStringList &userIds,
                             Priority priority) const;
};

} // namespace Api
