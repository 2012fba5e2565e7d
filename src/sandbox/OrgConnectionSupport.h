#pragma once

#include "BodyValidator.h"

#include <vector>

namespace Sandbox {

class TenantStore;
struct Organization;
struct OrgConnection;

// What the two organization-connection APIs (enabled_connections and the
// newer /connections) share: lookups, the add rules and the error replies.
namespace OrgConnectionSupport {

// The organization's connections as the list endpoints return them: the
// most recently added first (the order the live service shows).
std::vector<const OrgConnection *> listed(const Organization &org, bool enabledOnly);

bool isDatabase(TenantStore &store, const QString &connectionId);

// connection_id is required and must look like a connection id.
void checkConnectionId(BodyValidator &validator, const QJsonObject &body, int maxLength);

// The tenant connection must exist, must not be there already, and the
// organization must have room for it. Returns the reply to send if not.
std::optional<SandboxReply> checkCanAdd(TenantStore &store, const Organization &org, const QString &connectionId);

// The newer API's object: the enabled_connections one plus is_enabled,
// organization_access_level and organization_connection_name.
QJsonObject organizationConnectionJson(TenantStore &store, const OrgConnection &connection);

SandboxReply organizationNotFound();
SandboxReply connectionNotFound();

} // namespace OrgConnectionSupport

} // namespace Sandbox
