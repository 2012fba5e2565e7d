#pragma once

#include "BodyValidator.h"

namespace Sandbox {

class TenantStore;
struct OrgConnection;

// The rules organization bodies share between create and update: name
// format, display name, branding, metadata and enabled connections.
namespace OrganizationRules {

constexpr int kMaxMetadataKeys = 25;
constexpr int kMaxMetadataValueLength = 255;
constexpr int kMaxConnections = 10;

void checkName(BodyValidator &validator, const QJsonObject &body);
void checkBranding(BodyValidator &validator, const QJsonObject &body);
void checkMetadata(BodyValidator &validator, const QJsonObject &body, bool nullable);
void checkTokenQuota(BodyValidator &validator, const QJsonObject &body);

// The three booleans of an enabled connection; validates and applies them.
// Returns the 400 to send, if any; signup needs automatic membership.
std::optional<SandboxReply> applyConnectionFlags(const QJsonObject &body, OrgConnection &connection, bool isDatabase);

// An enabled connection as the API returns it, with {name, strategy} expanded.
QJsonObject connectionJson(TenantStore &store, const OrgConnection &connection);

} // namespace OrganizationRules

} // namespace Sandbox
