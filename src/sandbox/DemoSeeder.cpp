#include "DemoSeeder.h"

#include "DemoData.h"
#include "SandboxOptions.h"
#include "ScaleSeeder.h"
#include "TenantStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace Sandbox {

namespace {
constexpr qint64 kHourMs = 60LL * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kInvitationTtlMs = 7 * kDayMs; // Auth0's default ttl_sec of 604800

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

bool isEnterprise(DemoData::ConnectionIndex index)
{
    return index == DemoData::Okta || index == DemoData::Saml || index == DemoData::AzureAd;
}
} // namespace

DemoSeeder::DemoSeeder(TenantStore &store, const SandboxOptions &options)
    : m_store(store)
    , m_options(options)
    , m_users(store)
{
}

void DemoSeeder::seedEmpty()
{
    // Every tenant has the app the sandbox hands tokens to and the default database.
    m_store.clients().insert(QJsonObject {
        { QStringLiteral("client_id"), m_options.clientId },
        { QStringLiteral("name"), QStringLiteral("OrgConsole Sandbox (Test Application)") },
        { QStringLiteral("app_type"), QStringLiteral("non_interactive") },
        { QStringLiteral("is_first_party"), true },
        { QStringLiteral("tenant"), QStringLiteral("sandbox") },
        { QStringLiteral("grant_types"), QJsonArray { QStringLiteral("client_credentials") } },
    });
    m_store.connections().insert(QJsonObject {
        { QStringLiteral("id"), m_store.newId(QStringLiteral("con_")) },
        { QStringLiteral("name"), QStringLiteral("Username-Password-Authentication") },
        { QStringLiteral("strategy"), QStringLiteral("auth0") },
        { QStringLiteral("display_name"), QStringLiteral("Username-Password-Authentication") },
        { QStringLiteral("is_domain_connection"), false },
        { QStringLiteral("realms"), QJsonArray { QStringLiteral("Username-Password-Authentication") } },
        { QStringLiteral("enabled_clients"), QJsonArray {} },
        { QStringLiteral("options"), QJsonObject {} },
    });
}

void DemoSeeder::seedDemo()
{
    seedEmpty();
    m_now = m_store.nowMs();
    const QStringList connectionIds = addConnections();
    const Apps apps = addClients(connectionIds);
    // The tenant's default login route: invitations from apps added later without a login route of
    // their own (initiate_login_uri) still get a link, as on a tenant configured this way.
    m_store.settings().setDefaultLoginRoute(QStringLiteral("https://portal.orgconsole.example/login"));
    const QStringList roleIds = addRoles();
    for (const DemoData::OrganizationProfile &profile : DemoData::organizations()) {
        Organization &org = addOrganization(profile, connectionIds);
        addMembers(org, profile, roleIds);
        addInvitations(org, profile, apps, roleIds, connectionIds);
    }
    addCrossOrganizationMembers(roleIds);
    addUnaffiliatedUsers();
}

void DemoSeeder::seedScale(int members)
{
    ScaleSeeder(m_store, m_users).seed(members);
}

QStringList DemoSeeder::addConnections()
{
    // The database connection came with seedEmpty(); the others are the ways B2B customers sign in.
    QStringList ids;
    const auto &profiles = DemoData::connections();
    for (int i = 0; i < int(profiles.size()); ++i) {
        const DemoData::ConnectionProfile &profile = profiles[size_t(i)];
        if (i == DemoData::Database) {
            for (const QString &id : m_store.connections().ids()) {
                if (m_store.connections().find(id)->value(QStringLiteral("name")).toString() == text(profile.name))
                    ids.append(id);
            }
            continue;
        }
        const QString id = m_store.newId(QStringLiteral("con_"));
        m_store.connections().insert(QJsonObject {
            { QStringLiteral("id"), id },
            { QStringLiteral("name"), text(profile.name) },
            { QStringLiteral("display_name"), text(profile.displayName) },
            { QStringLiteral("strategy"), text(profile.strategy) },
            { QStringLiteral("is_domain_connection"), false },
            { QStringLiteral("realms"), QJsonArray { text(profile.name) } },
            { QStringLiteral("enabled_clients"), QJsonArray {} },
            { QStringLiteral("options"), DemoData::connectionOptions(DemoData::ConnectionIndex(i)) },
        });
        ids.append(id);
    }
    return ids;
}

DemoSeeder::Apps DemoSeeder::addClients(const QStringList &connectionIds)
{
    Apps apps;
    apps.webApp = m_store.randomString(32);
    apps.spa = m_store.randomString(32);
    const QJsonObject jwt { { QStringLiteral("alg"), QStringLiteral("RS256") },
                            { QStringLiteral("lifetime_in_seconds"), 36000 },
                            { QStringLiteral("secret_encoded"), false } };
    // Invitations need an application with a login route (initiate_login_uri); both have one.
    m_store.clients().insert(QJsonObject {
        { QStringLiteral("client_id"), apps.webApp },
        { QStringLiteral("name"), QStringLiteral("Customer Portal") },
        { QStringLiteral("description"),
          QStringLiteral("Server-rendered portal where customers manage their accounts.") },
        { QStringLiteral("app_type"), QStringLiteral("regular_web") },
        { QStringLiteral("is_first_party"), true },
        { QStringLiteral("oidc_conformant"), true },
        { QStringLiteral("tenant"), QStringLiteral("sandbox") },
        { QStringLiteral("grant_types"),
          QJsonArray { QStringLiteral("authorization_code"), QStringLiteral("refresh_token") } },
        { QStringLiteral("callbacks"), QJsonArray { QStringLiteral("https://portal.orgconsole.example/callback") } },
        { QStringLiteral("allowed_logout_urls"), QJsonArray { QStringLiteral("https://portal.orgconsole.example/") } },
        { QStringLiteral("initiate_login_uri"), QStringLiteral("https://portal.orgconsole.example/login") },
        { QStringLiteral("organization_usage"), QStringLiteral("require") },
        { QStringLiteral("organization_require_behavior"), QStringLiteral("pre_login_prompt") },
        { QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_post") },
        { QStringLiteral("jwt_configuration"), jwt },
        { QStringLiteral("sso_disabled"), false },
        { QStringLiteral("custom_login_page_on"), true },
    });
    m_store.clients().insert(QJsonObject {
        { QStringLiteral("client_id"), apps.spa },
        { QStringLiteral("name"), QStringLiteral("Analytics Dashboard") },
        { QStringLiteral("description"), QStringLiteral("Single-page app for usage and billing analytics.") },
        { QStringLiteral("app_type"), QStringLiteral("spa") },
        { QStringLiteral("is_first_party"), true },
        { QStringLiteral("oidc_conformant"), true },
        { QStringLiteral("tenant"), QStringLiteral("sandbox") },
        { QStringLiteral("grant_types"),
          QJsonArray { QStringLiteral("authorization_code"), QStringLiteral("implicit"),
                       QStringLiteral("refresh_token") } },
        { QStringLiteral("callbacks"), QJsonArray { QStringLiteral("https://app.orgconsole.example/callback") } },
        { QStringLiteral("allowed_origins"), QJsonArray { QStringLiteral("https://app.orgconsole.example") } },
        { QStringLiteral("web_origins"), QJsonArray { QStringLiteral("https://app.orgconsole.example") } },
        { QStringLiteral("initiate_login_uri"), QStringLiteral("https://app.orgconsole.example/login") },
        { QStringLiteral("organization_usage"), QStringLiteral("allow") },
        { QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none") },
        { QStringLiteral("jwt_configuration"), jwt },
        { QStringLiteral("sso_disabled"), false },
        { QStringLiteral("custom_login_page_on"), true },
    });
    for (const QString &id : connectionIds) {
        if (QJsonObject *connection = m_store.connections().findMutable(id))
            connection->insert(QStringLiteral("enabled_clients"), QJsonArray { apps.webApp, apps.spa });
    }
    return apps;
}

QStringList DemoSeeder::addRoles()
{
    QStringList ids;
    for (const DemoData::RoleProfile &profile : DemoData::roles()) {
        const QString id = m_store.newId(QStringLiteral("rol_"));
        m_store.roles().insert(QJsonObject { { QStringLiteral("id"), id },
                                             { QStringLiteral("name"), text(profile.name) },
                                             { QStringLiteral("description"), text(profile.description) } });
        ids.append(id);
    }
    return ids;
}

Organization &DemoSeeder::addOrganization(const DemoData::OrganizationProfile &profile,
                                          const QStringList &connectionIds)
{
    Organization org;
    org.id = m_store.newId(QStringLiteral("org_"));
    org.name = text(profile.name);
    org.displayName = text(profile.displayName);
    if (profile.logoUrl) {
        org.branding = { { QStringLiteral("logo_url"), text(profile.logoUrl) },
                         { QStringLiteral("colors"),
                           QJsonObject { { QStringLiteral("primary"), text(profile.primaryColor) },
                                         { QStringLiteral("page_background"), text(profile.pageBackground) } } } };
    }
    for (int i = 0; i + 1 < profile.metadata.size(); i += 2)
        org.metadata.insert(profile.metadata.at(i), profile.metadata.at(i + 1));
    if (profile.tokenQuota) {
        org.tokenQuota = { { QStringLiteral("client_credentials"),
                             QJsonObject { { QStringLiteral("enforce"), true },
                                           { QStringLiteral("per_day"), 5000 },
                                           { QStringLiteral("per_hour"), 500 } } } };
    }
    org.createdMs = m_now - profile.createdDaysAgo * kDayMs - qint64(m_store.random().bounded(double(kDayMs)));
    for (const DemoData::EnabledConnectionProfile &enabled : profile.connections) {
        OrgConnection connection;
        connection.connectionId = connectionIds.at(enabled.connection);
        connection.assignMembershipOnLogin = enabled.assignMembershipOnLogin;
        connection.showAsButton = enabled.showAsButton;
        // Auth0 allows sign-up only on a database connection that also assigns membership.
        connection.isSignupEnabled
            = enabled.isSignupEnabled && enabled.connection == DemoData::Database && enabled.assignMembershipOnLogin;
        connection.accessLevel = QStringLiteral("none");
        org.connections.push_back(connection);
    }
    return m_store.addOrganization(std::move(org));
}

void DemoSeeder::addMembers(Organization &org, const DemoData::OrganizationProfile &profile, const QStringList &roleIds)
{
    if (profile.members <= 0)
        return;
    // Who signs in how: an enterprise IdP that assigns membership brings most people, Google some.
    const DemoData::EnabledConnectionProfile *enterprise = nullptr;
    bool google = false;
    for (const DemoData::EnabledConnectionProfile &enabled : profile.connections) {
        if (isEnterprise(enabled.connection) && enabled.assignMembershipOnLogin)
            enterprise = &enabled;
        google = google || enabled.connection == DemoData::Google;
    }

    const qint64 start = org.createdMs + kHourMs;
    const qint64 window = std::max<qint64>(profile.members, m_now - kHourMs - start);
    const qint64 step = window / (profile.members + 1);
    for (int i = 0; i < profile.members; ++i) {
        const double jitter = double(std::max<qint64>(1, step / 2));
        const qint64 joinedMs = start + step * (i + 1) + qint64(m_store.random().bounded(jitter));
        DemoUserFactory::Spec spec;
        spec.givenName = pick(DemoData::givenNames());
        spec.familyName = pick(DemoData::familyNames());
        spec.emailDomain = text(profile.emailDomain);
        spec.createdMs = joinedMs - qint64(m_store.random().bounded(double(3 * kDayMs)));
        const int how = int(m_store.random().bounded(100));
        if (enterprise && how < 45) {
            const DemoData::ConnectionProfile &connection = DemoData::connections()[size_t(enterprise->connection)];
            spec.identity = DemoUserFactory::Identity::Enterprise;
            spec.connection = text(connection.name);
            spec.strategy = text(connection.strategy);
        } else if (google && how >= 75) {
            spec.identity = DemoUserFactory::Identity::Google;
        }
        if (m_store.random().bounded(100) < 60)
            spec.jobTitle = pick(DemoData::jobTitles());
        spec.blocked = m_store.random().bounded(60) == 0;
        const QString userId = m_users.create(spec);
        // The first member set the organization up: an admin, often also paying the bills.
        QStringList roles = i == 0 ? QStringList { roleIds.at(0) } : pickRoles(roleIds);
        if (i == 0 && m_store.random().bounded(2) == 0)
            roles.append(roleIds.at(1));
        join(org, userId, joinedMs, roles);
    }
}

void DemoSeeder::addInvitations(Organization &org, const DemoData::OrganizationProfile &profile, const Apps &apps,
                                const QStringList &roleIds, const QStringList &connectionIds)
{
    const bool hasDatabase = std::any_of(profile.connections.begin(), profile.connections.end(),
                                         [](const auto &c) { return c.connection == DemoData::Database; });
    const DemoData::InvitationMix &mix = profile.invitations;
    const int total = mix.pending + mix.expiringSoon + mix.expired;
    for (int i = 0; i < total; ++i) {
        // Pending: sent in the last three days. Expiring soon: under a day left. Expired: lapsed 1-23 days ago.
        qint64 createdMs = 0;
        if (i < mix.pending)
            createdMs = m_now - kHourMs - qint64(m_store.random().bounded(double(3 * kDayMs)));
        else if (i < mix.pending + mix.expiringSoon)
            createdMs = m_now - kInvitationTtlMs + 2 * kHourMs + qint64(m_store.random().bounded(double(18 * kHourMs)));
        else
            createdMs = m_now - kInvitationTtlMs - kDayMs - qint64(m_store.random().bounded(double(22 * kDayMs)));
        const bool spa = m_store.random().bounded(4) == 0;
        const QString clientId = spa ? apps.spa : apps.webApp;
        const QJsonObject *client = m_store.clients().find(clientId);
        const QString ticket = m_store.randomString(32);
        const QString loginUri = client->value(QStringLiteral("initiate_login_uri")).toString();
        const QString url = loginUri + QStringLiteral("?invitation=") + ticket + QStringLiteral("&organization=")
            + org.id + QStringLiteral("&organization_name=") + QString::fromLatin1(QUrl::toPercentEncoding(org.name));
        const QString invitee = m_users.uniqueEmail(pick(DemoData::givenNames()), pick(DemoData::familyNames()),
                                                    text(profile.emailDomain));
        QJsonObject invitation {
            { QStringLiteral("id"), m_store.newId(QStringLiteral("uinv_")) },
            { QStringLiteral("organization_id"), org.id },
            { QStringLiteral("inviter"), QJsonObject { { QStringLiteral("name"), pick(DemoData::inviterNames()) } } },
            { QStringLiteral("invitee"), QJsonObject { { QStringLiteral("email"), invitee } } },
            { QStringLiteral("invitation_url"), url },
            { QStringLiteral("ticket_id"), ticket },
            { QStringLiteral("created_at"), TenantStore::isoTime(createdMs) },
            { QStringLiteral("expires_at"), TenantStore::isoTime(createdMs + kInvitationTtlMs) },
            { QStringLiteral("client_id"), clientId },
        };
        const QStringList roles = pickRoles(roleIds);
        if (!roles.isEmpty())
            invitation.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
        if (hasDatabase && m_store.random().bounded(3) == 0)
            invitation.insert(QStringLiteral("connection_id"), connectionIds.at(DemoData::Database));
        org.invitations.push_back(invitation);
    }
    // Kept oldest first, as the handlers expect.
    std::stable_sort(org.invitations.begin(), org.invitations.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("created_at")).toString() < b.value(QStringLiteral("created_at")).toString();
    });
}

void DemoSeeder::addCrossOrganizationMembers(const QStringList &roleIds)
{
    // Consultants who work for several customers, and a few Acme people in Umbrella's partner programme.
    const QStringList consultantOrgs { QStringLiteral("acme"), QStringLiteral("globex"),
                                       QStringLiteral("stark-industries") };
    for (int i = 0; i < 5; ++i) {
        DemoUserFactory::Spec spec;
        spec.givenName = pick(DemoData::givenNames());
        spec.familyName = pick(DemoData::familyNames());
        spec.emailDomain = QStringLiteral("northwind-consulting.example");
        spec.createdMs = m_now - 120 * kDayMs + i * kDayMs;
        spec.jobTitle = QStringLiteral("Implementation Consultant");
        const QString userId = m_users.create(spec);
        for (const QString &name : consultantOrgs) {
            Organization *org = m_store.organizationByName(name);
            const QStringList roles { roleIds.at(i % 2 == 0 ? 4 : 5) }; // Support Agent or Auditor
            join(*org, userId, spec.createdMs + kDayMs + i * kHourMs, roles);
        }
    }
    Organization *acme = m_store.organizationByName(QStringLiteral("acme"));
    Organization *umbrella = m_store.organizationByName(QStringLiteral("umbrella"));
    int added = 0;
    for (auto it = acme->members.begin(); it != acme->members.end() && added < 3; ++it, ++added)
        join(*umbrella, it->first.userId, m_now - (10 - added) * kDayMs, { roleIds.at(3) }); // Viewer
}

void DemoSeeder::addUnaffiliatedUsers()
{
    // People in the tenant who belong to no organization yet: candidates for "Add members".
    const QStringList domains { QStringLiteral("contoso.example"), QStringLiteral("fabrikam.example") };
    for (int i = 0; i < 12; ++i) {
        DemoUserFactory::Spec spec;
        spec.givenName = pick(DemoData::givenNames());
        spec.familyName = pick(DemoData::familyNames());
        spec.emailDomain = domains.at(i % 2);
        spec.createdMs = m_now - qint64(m_store.random().bounded(double(200 * kDayMs)));
        spec.identity = i % 4 == 3 ? DemoUserFactory::Identity::Google : DemoUserFactory::Identity::Database;
        spec.blocked = i == 7;
        m_users.create(spec);
    }
}

QStringList DemoSeeder::pickRoles(const QStringList &roleIds)
{
    // Never Admin at random (index 0): admins are chosen on purpose.
    const int draw = int(m_store.random().bounded(100));
    const int count = draw < 25 ? 0 : draw < 70 ? 1 : draw < 90 ? 2 : 3;
    QStringList pool = roleIds.size() > 1 ? roleIds.mid(1) : roleIds;
    QStringList picked;
    for (int i = 0; i < count && !pool.isEmpty(); ++i)
        picked.append(pool.takeAt(int(m_store.random().bounded(int(pool.size())))));
    return picked;
}

void DemoSeeder::join(Organization &org, const QString &userId, qint64 joinedMs, const QStringList &roles)
{
    if (!org.addMember(userId, joinedMs))
        return;
    if (!roles.isEmpty())
        *org.memberRoles(userId) = roles;
}

QString DemoSeeder::pick(const QStringList &list)
{
    return list.at(int(m_store.random().bounded(int(list.size()))));
}

} // namespace Sandbox
