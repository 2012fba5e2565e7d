#pragma once

#include "OrgConnection.h"
#include "ResourceApi.h"

namespace Api {

// /organizations/{id}/enabled_connections: which connections members use.
class EnabledConnectionsApi final : public ResourceApi
{
public:
    explicit EnabledConnectionsApi(ApiClient &client);

    void list(const QString &orgId, QObject *context, ResultCallback<QList<OrgConnection>> done);
    void get(const QString &orgId, const QString &connectionId, QObject *context, ResultCallback<OrgConnection> done);
    // Not repeated blindly: after a lost answer it looks the connection up.
    void add(const QString &orgId, const OrgConnection &connection, QObject *context,
             ResultCallback<OrgConnection> done);
    // patch: any of assign_membership_on_login, show_as_button, is_signup_enabled.
    void update(const QString &orgId, const QString &connectionId, const QJsonObject &patch, QObject *context,
                ResultCallback<OrgConnection> done);
    void remove(const QString &orgId, const QString &connectionId, QObject *context, ResultCallback<Done> done);

    static QString pathOf(const QString &orgId, const QString &connectionId = {});
};

} // namespace Api
