#pragma once

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace Sandbox {

// The fixed material the demo tenant is made of: who the organizations are,
// how they sign in, and the names people in them have. Kept apart from
// DemoSeeder so the seeding logic reads without pages of literals.
namespace DemoData {

// Indices into connections(), in the order the seeder creates them.
enum ConnectionIndex { Database = 0, Google, Okta, Saml, AzureAd, Passwordless, ConnectionCount };

struct ConnectionProfile
{
    const char *name;
    const char *displayName;
    const char *strategy;
};

// One enabled connection of an organization. The flags obey Auth0's rule:
// is_signup_enabled only on a database connection that assigns membership.
struct EnabledConnectionProfile
{
    ConnectionIndex connection;
    bool assignMembershipOnLogin;
    bool showAsButton;
    bool isSignupEnabled;
};

// How many invitations an organization has in each state.
struct InvitationMix
{
    int pending;
    int expiringSoon;
    int expired;
};

struct OrganizationProfile
{
    const char *name;
    const char *displayName;
    const char *emailDomain;
    const char *logoUrl;          // nullptr: the organization has no branding
    const char *primaryColor;
    const char *pageBackground;
    QStringList metadata;         // key, value, key, value...
    int members;                  // people whose home is this organization
    int createdDaysAgo;
    std::vector<EnabledConnectionProfile> connections;
    InvitationMix invitations;
    bool tokenQuota;
};

struct RoleProfile
{
    const char *name;
    const char *description;
};

const std::vector<ConnectionProfile> &connections();
// Strategy-specific options as GET /connections/{id} shows them (no secrets).
QJsonObject connectionOptions(ConnectionIndex index);
const std::vector<OrganizationProfile> &organizations();
const std::vector<RoleProfile> &roles();

const QStringList &givenNames();
const QStringList &familyNames();
const QStringList &jobTitles();
const QStringList &inviterNames();

} // namespace DemoData

} // namespace Sandbox
