#pragma once

#include "ResourceApi.h"
#include "Role.h"

namespace Api {

// /organizations/{id}/members/{user_id}/roles: the roles a member holds in
// one organization. Assigning and removing are safe to repeat.
class MemberRolesApi final : public ResourceApi
{
public:
    explicit MemberRolesApi(ApiClient &client);

    void list(const QString &orgId, const QString &userId, QObject *context, ResultCallback<QList<Role>> done,
              Priority priority = Priority::Interactive);
    void assign(const QString &orgId, const QString &userId, const QStringList &roleIds, QObject *context,
                ResultCallback<Done> done, Priority priority = Priority::Interactive);
    void remove(const QString &orgId, const QString &userId, const QStringList &roleIds, QObject *context,
                ResultCallback<Done> done, Priority priority = Priority::Interactive);

    static QString pathOf(const QString &orgId, const QString &userId);

private:
    void change(const QByteArray &method, const QString &orgId, const QString &userId, const QStringList &roleIds,
                QObject *context, ResultCallback<Done> done, Priority priority);
};

} // namespace Api
