#include "DemoData.h"

#include <QJsonArray>

namespace Sandbox::DemoData {

const std::vector<ConnectionProfile> &connections()
{
    static const std::vector<ConnectionProfile> list{
        {"Username-Password-Authentication", "Username-Password-Authentication", "auth0"},
        {"google-oauth2", "Google", "google-oauth2"},
        {"acme-okta", "Acme Okta Workforce", "okta"},
        {"globex-saml", "Globex SSO", "samlp"},
        {"wayne-entra-id", "Wayne Enterprises Entra ID", "waad"},
        {"email", "Email (passwordless)", "email"},
    };
    return list;
}

QJsonObject connectionOptions(ConnectionIndex index)
{
    switch (index) {
    case Google:
        return {{QStringLiteral("email"), true},
                {QStringLiteral("profile"), true},
                {QStringLiteral("scope"), QJsonArray{QStringLiteral("email"), QStringLiteral("profile")}}};
    case Okta:
        return {{QStringLiteral("domain"), QStringLiteral("acme.okta.example")},
                {QStringLiteral("issuer"), QStringLiteral("https://acme.okta.example")},
                {QStringLiteral("authorization_endpoint"),
                 QStringLiteral("https://acme.okta.example/oauth2/v1/authorize")},
                {QStringLiteral("token_endpoint"), QStringLiteral("https://acme.okta.example/oauth2/v1/token")},
                {QStringLiteral("jwks_uri"), QStringLiteral("https://acme.okta.example/oauth2/v1/keys")},
                {QStringLiteral("scope"), QStringLiteral("openid profile email")},
                {QStringLiteral("type"), QStringLiteral("back_channel")},
                {QStringLiteral("domain_aliases"), QJsonArray{QStringLiteral("acme.example")}}};
    case Saml:
        return {{QStringLiteral("signInEndpoint"), QStringLiteral("https://sso.globex.example/saml2/idp/SSOService")},
                {QStringLiteral("signatureAlgorithm"), QStringLiteral("rsa-sha256")},
                {QStringLiteral("digestAlgorithm"), QStringLiteral("sha256")},
                {QStringLiteral("protocolBinding"), QStringLiteral("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST")},
                {QStringLiteral("domain_aliases"), QJsonArray{QStringLiteral("globex.example")}}};
    case AzureAd:
        return {{QStringLiteral("domain"), QStringLiteral("wayne.example")},
                {QStringLiteral("tenant_domain"), QStringLiteral("wayne.example")},
                {QStringLiteral("waad_protocol"), QStringLiteral("openid-connect")},
                {QStringLiteral("identity_api"), QStringLiteral("microsoft-identity-platform-v2.0")},
                {QStringLiteral("domain_aliases"), QJsonArray{QStringLiteral("wayne.example")}}};
    case Passwordless:
        return {{QStringLiteral("email"),
                 QJsonObject{{QStringLiteral("from"),
                              QStringLiteral("{{ application.name }} <no-reply@orgconsole.example>")},
                             {QStringLiteral("subject"), QStringLiteral("Your sign-in code")},
                             {QStringLiteral("syntax"), QStringLiteral("liquid")},
                             {QStringLiteral("body"), QStringLiteral("<p>Your code is {{ code }}</p>")}}},
                {QStringLiteral("totp"),
                 QJsonObject{{QStringLiteral("time_step"), 300}, {QStringLiteral("length"), 6}}},
                {QStringLiteral("disable_signup"), false},
                {QStringLiteral("brute_force_protection"), true}};
    case Database:
    case ConnectionCount:
        break;
    }
    return {};
}

const std::vector<OrganizationProfile> &organizations()
{
    // Sizes are chosen to cover the console's cases: a big organization past
    // the 1,000-record paging cap, mid-sized ones, a tiny one and an empty one.
    static const std::vector<OrganizationProfile> list{
        {"acme", "Acme Corporation", "acme.example", "https://cdn.orgconsole.example/logos/acme.svg", "#E4572E",
         "#FFF8F0", {QStringLiteral("tier"), QStringLiteral("enterprise"), QStringLiteral("region"),
                     QStringLiteral("us-east"), QStringLiteral("account_manager"), QStringLiteral("Dana Whitfield"),
                     QStringLiteral("crm_id"), QStringLiteral("0015g00000ACME01")},
         48, 412,
         {{Database, true, true, true}, {Google, false, true, false}, {Okta, true, true, false}},
         {3, 1, 2}, false},
        {"globex", "Globex Corporation", "globex.example", "https://cdn.orgconsole.example/logos/globex.png",
         "#2E86AB", "#F4F9FC", {QStringLiteral("tier"), QStringLiteral("business"), QStringLiteral("region"),
                                QStringLiteral("eu-west"), QStringLiteral("sso"), QStringLiteral("saml")},
         32, 365, {{Database, false, true, false}, {Saml, true, false, false}}, {2, 1, 1}, false},
        {"initech", "Initech", "initech.example", "https://cdn.orgconsole.example/logos/initech.png", "#6C757D",
         "#FFFFFF", {QStringLiteral("tier"), QStringLiteral("starter"), QStringLiteral("region"),
                     QStringLiteral("us-west")},
         14, 290, {{Database, true, true, false}, {Passwordless, false, true, false}}, {1, 1, 1}, false},
        {"umbrella", "Umbrella Corporation", "umbrella.example", "https://cdn.orgconsole.example/logos/umbrella.svg",
         "#C1121F", "#FDF0F0", {QStringLiteral("tier"), QStringLiteral("enterprise"), QStringLiteral("region"),
                                QStringLiteral("ap-southeast"), QStringLiteral("seats"), QStringLiteral("1500"),
                                QStringLiteral("contract_renewal"), QStringLiteral("2027-03-31")},
         1250, 540,
         {{Database, true, true, true}, {Google, true, true, false}, {Passwordless, false, true, false}},
         {6, 3, 4}, true},
        {"stark-industries", "Stark Industries", "stark.example", "https://cdn.orgconsole.example/logos/stark.svg",
         "#B8860B", "#FFFBEA", {QStringLiteral("tier"), QStringLiteral("enterprise"), QStringLiteral("region"),
                                QStringLiteral("us-east")},
         36, 200, {{Database, false, true, false}, {Google, false, true, false}}, {2, 0, 1}, false},
        {"wayne-enterprises", "Wayne Enterprises", "wayne.example", "https://cdn.orgconsole.example/logos/wayne.png",
         "#1B1B1E", "#F2F2F2", {QStringLiteral("tier"), QStringLiteral("enterprise"), QStringLiteral("region"),
                                QStringLiteral("us-east"), QStringLiteral("sso"), QStringLiteral("entra-id")},
         27, 150, {{AzureAd, true, true, false}, {Database, false, true, false}}, {1, 1, 0}, false},
        {"hooli", "Hooli", "hooli.example", nullptr, nullptr, nullptr,
         {QStringLiteral("tier"), QStringLiteral("business")}, 19, 75, {{Google, true, true, false}}, {0, 0, 2},
         false},
        {"pied-piper", "Pied Piper", "piedpiper.example", "https://cdn.orgconsole.example/logos/pied-piper.png",
         "#2A9D8F", "#F1FAF8", {}, 0, 6, {{Database, true, true, true}}, {4, 0, 0}, false},
    };
    return list;
}

const std::vector<RoleProfile> &roles()
{
    static const std::vector<RoleProfile> list{
        {"Admin", "Manages the organization's settings, members and connections."},
        {"Billing Manager", "Sees invoices and changes the payment method and plan."},
        {"Editor", "Creates and changes content and projects."},
        {"Viewer", "Reads content and reports; cannot change anything."},
        {"Support Agent", "Answers tickets and may view members' profiles."},
        {"Auditor", "Reads audit logs and exports compliance reports."},
        {"Developer", "Manages API keys, webhooks and integrations."},
    };
    return list;
}

const QStringList &givenNames()
{
    static const QStringList list{
        QStringLiteral("Ava"),     QStringLiteral("Liam"),    QStringLiteral("Sofia"),   QStringLiteral("Noah"),
        QStringLiteral("Mia"),     QStringLiteral("Lucas"),   QStringLiteral("Amara"),   QStringLiteral("Mateo"),
        QStringLiteral("Chloe"),   QStringLiteral("Ethan"),   QStringLiteral("Priya"),   QStringLiteral("Kenji"),
        QStringLiteral("Fatima"),  QStringLiteral("Oliver"),  QStringLiteral("Zoe"),     QStringLiteral("Diego"),
        QStringLiteral("Hannah"),  QStringLiteral("Arjun"),   QStringLiteral("Leah"),    QStringLiteral("Tomasz"),
        QStringLiteral("Grace"),   QStringLiteral("Yusuf"),   QStringLiteral("Elena"),   QStringLiteral("Samuel"),
        QStringLiteral("Isla"),    QStringLiteral("Wei"),     QStringLiteral("Nora"),    QStringLiteral("Jonas"),
        QStringLiteral("Aisha"),   QStringLiteral("Marco"),   QStringLiteral("Ingrid"),  QStringLiteral("Daniel"),
        QStringLiteral("Lucia"),   QStringLiteral("Kwame"),   QStringLiteral("Emma"),    QStringLiteral("Rafael"),
        QStringLiteral("Mei"),     QStringLiteral("Henry"),   QStringLiteral("Olga"),    QStringLiteral("Tariq"),
        QStringLiteral("Clara"),   QStringLiteral("Felix"),   QStringLiteral("Anika"),   QStringLiteral("Owen"),
        QStringLiteral("Beatriz"), QStringLiteral("Hugo"),    QStringLiteral("Yara"),    QStringLiteral("Connor"),
    };
    return list;
}

const QStringList &familyNames()
{
    static const QStringList list{
        QStringLiteral("Nguyen"),    QStringLiteral("Smith"),    QStringLiteral("Garcia"),   QStringLiteral("Müller"),
        QStringLiteral("Okafor"),    QStringLiteral("Rossi"),    QStringLiteral("Tanaka"),   QStringLiteral("Kowalski"),
        QStringLiteral("Johnson"),   QStringLiteral("Patel"),    QStringLiteral("Silva"),    QStringLiteral("Dubois"),
        QStringLiteral("Andersen"),  QStringLiteral("Kim"),      QStringLiteral("Haddad"),   QStringLiteral("O'Brien"),
        QStringLiteral("Fernández"), QStringLiteral("Chen"),     QStringLiteral("Novak"),    QStringLiteral("Mensah"),
        QStringLiteral("Schmidt"),   QStringLiteral("Ivanova"),  QStringLiteral("Williams"), QStringLiteral("Kaur"),
        QStringLiteral("Moreau"),    QStringLiteral("Lindqvist"), QStringLiteral("Sato"),    QStringLiteral("Brown"),
        QStringLiteral("Costa"),     QStringLiteral("Yilmaz"),   QStringLiteral("Walker"),   QStringLiteral("Jansen"),
        QStringLiteral("Ali"),       QStringLiteral("Romano"),   QStringLiteral("Park"),     QStringLiteral("Taylor"),
        QStringLiteral("Nakamura"),  QStringLiteral("Becker"),   QStringLiteral("Lopez"),    QStringLiteral("Wright"),
    };
    return list;
}

const QStringList &jobTitles()
{
    static const QStringList list{
        QStringLiteral("Software Engineer"),  QStringLiteral("Product Manager"),   QStringLiteral("Account Executive"),
        QStringLiteral("Finance Analyst"),    QStringLiteral("Support Specialist"), QStringLiteral("Designer"),
        QStringLiteral("Operations Lead"),    QStringLiteral("Security Engineer"), QStringLiteral("Data Scientist"),
        QStringLiteral("HR Business Partner"), QStringLiteral("Chief of Staff"),   QStringLiteral("Sales Manager"),
    };
    return list;
}

const QStringList &inviterNames()
{
    static const QStringList list{
        QStringLiteral("Dana Whitfield"), QStringLiteral("Marcus Lee"), QStringLiteral("Priya Raman"),
        QStringLiteral("Jordan Ellis"),   QStringLiteral("Sam Okoye"),
    };
    return list;
}

} // namespace Sandbox::DemoData
