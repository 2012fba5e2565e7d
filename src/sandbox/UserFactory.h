#pragma once

#include "SandboxReply.h"

#include <QJsonObject>

#include <optional>

namespace Sandbox {

class TenantStore;

// Turns a POST /users body into the user Auth0 would store: checks the body
// and the connection (database or passwordless only), refuses duplicates in
// that connection, and fills in what the service derives (user_id,
// identities, name, nickname, gravatar picture, timestamps).
class UserFactory final
{
public:
    explicit UserFactory(TenantStore &store)
        : m_store(store)
    {
    }

    // The reply to send when the user cannot be created.
    std::optional<SandboxReply> create(const QJsonObject &body, QJsonObject *user);

    static QString gravatarUrl(const QString &email);

private:
    std::optional<SandboxReply> checkBody(const QJsonObject &body) const;
    bool exists(const QString &connection, const QJsonObject &body, const QString &userId) const;

    TenantStore &m_store;
};

} // namespace Sandbox
