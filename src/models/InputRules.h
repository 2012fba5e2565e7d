#pragma once

#include <QString>
#include <QStringList>

// Auth0's input rules, checked before anything is sent, with a translated
// sentence for people. An empty string means the input is fine. Shared by the
// panes, the CLI and CSV import so that all of them refuse the same things.
namespace InputRules {

constexpr int kOrganizationNameMax = 50;
constexpr int kDisplayNameMax = 255;
constexpr int kMetadataKeysMax = 25;
constexpr int kMetadataValueMax = 255;
constexpr int kInviterNameMax = 300;
constexpr int kInvitationTtlMaxDays = 30;
constexpr int kMembersPerRequest = 10;
constexpr int kRolesPerMember = 50;
constexpr int kConnectionsPerOrganization = 10;

QString organizationName(const QString &name);
QString displayName(const QString &displayName);
QString email(const QString &address);
QString inviterName(const QString &name);
QString logoUrl(const QString &url); // empty url is fine (no logo)
QString colour(const QString &hex); // "#rgb" or "#rrggbb"
QString metadataKey(const QString &key);
QString metadataValue(const QString &value);
QString tenantDomain(const QString &domain);

// Splits pasted text (commas, semicolons, whitespace, newlines) into entries.
QStringList splitList(const QString &text);
// True when text looks like an Auth0 user id ("provider|id") rather than an email.
bool looksLikeUserId(const QString &text);

} // namespace InputRules
