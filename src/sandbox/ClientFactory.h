#pragma once

#include "SandboxReply.h"

#include <QJsonObject>

#include <optional>

namespace Sandbox {

class TenantStore;

// Turns a POST /clients body into the application Auth0 would store: checks
// the body against the create schema and fills in the service's defaults
// (client_id, secret, grant types, JWT and refresh-token settings, ids for
// private-key-JWT credentials).
class ClientFactory final
{
public:
    static const QString kTenantName;

    explicit ClientFactory(TenantStore &store)
        : m_store(store)
    {
    }

    std::optional<SandboxReply> create(const QJsonObject &body, QJsonObject *client);

    // The app_type values the service knows.
    static const QStringList &appTypes();

private:
    static std::optional<SandboxReply> checkBody(const QJsonObject &body);
    QJsonObject credentialsWithIds(const QJsonObject &methods);

    TenantStore &m_store;
};

} // namespace Sandbox
