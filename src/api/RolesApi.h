#pragma once

#include "ResourceApi.h"
#include "Role.h"

namespace Api {

// GET /roles: the tenant's roles, for assigning them in an organization.
class RolesApi final : public ResourceApi
{
public:
    explicit RolesApi(ApiClient &client);

    // nameFilter: case-insensitive substring; empty for all.
    void listAll(const QString &nameFilter, QObject *context, ResultCallback<QList<Role>> done);
};

} // namespace Api
