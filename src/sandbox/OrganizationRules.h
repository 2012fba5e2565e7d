#pragma once

#include "BodyValidator.h"

namespace Sandbox {

class TenantStore;
struct OrgConnection;
struct Organization;

// The rules organization bodies share between create and update: name
// format, display name, branding, metadata, token quota, app access and
// enabled connections.
namespace OrganizationRules {

constexpr int kMaxMetadataKeys = 25;
constexpr int kMaxMetadataValueLength = 255;
constexpr int kMaxConnections = 10;

void checkName(BodyValidator &validator, const QJsonObject &body);
void checkBranding(BodyValidator &validator, const QJsonObject &body);
void checkMetadata(BodyValidator &validator, const QJsonObject &body, bool nullable);
void checkTokenQuota(BodyValidator &validator, const QJsonObject &body);
// is_app_entitlement_active (boolean) and third_party_client_access ("allow" or "block").
void checkAppAccess(BodyValidator &validator, const QJsonObject &body);
void applyAppAccess(const QJsonObject &body, Organization &org);

// The three booleans of an enabled connection; validates and applies them.
// Returns the 400 to send, if any; signup needs automatic membership.
std::optional<SandboxReply> applyConnectionFlags(const QJsonObject &body, OrgConnection &connection, bool isDatabase);

// An enabled connection as the API returns it, with {name, strategy} expanded.
QJsonObject connectionJson(TenantStore &store, const OrgConnection &connection);

} // namespace OrganizationRules

} // namespace Sandbox
