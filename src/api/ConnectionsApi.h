#pragma once

#include "Connection.h"
#include "ResourceApi.h"

namespace Api {

// GET /connections: the tenant's connections, to enable on an organization.
class ConnectionsApi final : public ResourceApi
{
public:
    explicit ConnectionsApi(ApiClient &client);

    // strategy: e.g. "auth0" for database connections; empty for all.
    void listAll(const QString &strategy, QObject *context, ResultCallback<QList<Connection>> done);
};

} // namespace Api
