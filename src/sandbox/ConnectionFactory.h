#pragma once

#include "SandboxReply.h"

#include <QJsonObject>

#include <optional>

namespace Sandbox {

class TenantStore;

// Turns a POST /connections body into the connection Auth0 would store:
// checks the body (name format, strategy, metadata), refuses a taken name,
// and adds the service's per-strategy option defaults.
class ConnectionFactory final
{
public:
    explicit ConnectionFactory(TenantStore &store)
        : m_store(store)
    {
    }

    std::optional<SandboxReply> create(const QJsonObject &body, QJsonObject *connection);

    static const QStringList &strategies();

private:
    static std::optional<SandboxReply> checkBody(const QJsonObject &body);
    static QJsonObject defaultOptions(const QString &strategy, const QJsonObject &given);

    TenantStore &m_store;
};

} // namespace Sandbox
