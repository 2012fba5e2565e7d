#pragma once

#include "Client.h"
#include "ResourceApi.h"

namespace Api {

// GET /clients: applications, for the one an invitation's link opens.
class ClientsApi final : public ResourceApi
{
public:
    explicit ClientsApi(ApiClient &client);

    void listAll(QObject *context, ResultCallback<QList<Client>> done);
};

} // namespace Api
