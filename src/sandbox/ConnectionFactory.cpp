#include "ConnectionFactory.h"

#include "BodyValidator.h"
#include "RequestHelpers.h"
#include "TenantStore.h"

#include <QJsonArray>

#include <algorithm>

namespace Sandbox {

namespace {
const QStringList kStrategies { QStringLiteral("ad"),
                                QStringLiteral("adfs"),
                                QStringLiteral("amazon"),
                                QStringLiteral("apple"),
                                QStringLiteral("dropbox"),
                                QStringLiteral("bitbucket"),
                                QStringLiteral("aol"),
                                QStringLiteral("auth0-oidc"),
                                QStringLiteral("auth0"),
                                QStringLiteral("baidu"),
                                QStringLiteral("bitly"),
                                QStringLiteral("box"),
                                QStringLiteral("custom"),
                                QStringLiteral("daccount"),
                                QStringLiteral("dwolla"),
                                QStringLiteral("email"),
                                QStringLiteral("evernote-sandbox"),
                                QStringLiteral("evernote"),
                                QStringLiteral("exact"),
                                QStringLiteral("facebook"),
                                QStringLiteral("fitbit"),
                                QStringLiteral("flickr"),
                                QStringLiteral("github"),
                                QStringLiteral("google-apps"),
                                QStringLiteral("google-oauth2"),
                                QStringLiteral("instagram"),
                                QStringLiteral("ip"),
                                QStringLiteral("line"),
                                QStringLiteral("linkedin"),
                                QStringLiteral("miicard"),
                                QStringLiteral("oauth1"),
                                QStringLiteral("oauth2"),
                                QStringLiteral("office365"),
                                QStringLiteral("oidc"),
                                QStringLiteral("okta"),
                                QStringLiteral("paypal"),
                                QStringLiteral("paypal-sandbox"),
                                QStringLiteral("pingfederate"),
                                QStringLiteral("planningcenter"),
                                QStringLiteral("renren"),
                                QStringLiteral("salesforce-community"),
                                QStringLiteral("salesforce-sandbox"),
                                QStringLiteral("salesforce"),
                                QStringLiteral("samlp"),
                                QStringLiteral("sharepoint"),
                                QStringLiteral("shopify"),
                                QStringLiteral("sms"),
                                QStringLiteral("soundcloud"),
                                QStringLiteral("thecity-sandbox"),
                                QStringLiteral("thecity"),
                                QStringLiteral("thirtysevensignals"),
                                QStringLiteral("twitter"),
                                QStringLiteral("untappd"),
                                QStringLiteral("vkontakte"),
                                QStringLiteral("waad"),
                                QStringLiteral("weibo"),
                                QStringLiteral("windowslive"),
                                QStringLiteral("wordpress"),
                                QStringLiteral("yahoo"),
                                QStringLiteral("yammer"),
                                QStringLiteral("yandex"),
                                QStringLiteral("auth0-adldap") };
// Enterprise connections are not shown as a login button unless asked to be.
const QStringList kEnterprise { QStringLiteral("ad"),           QStringLiteral("adfs"),
                                QStringLiteral("auth0-adldap"), QStringLiteral("google-apps"),
                                QStringLiteral("ip"),           QStringLiteral("office365"),
                                QStringLiteral("oidc"),         QStringLiteral("okta"),
                                QStringLiteral("pingfederate"), QStringLiteral("samlp"),
                                QStringLiteral("sharepoint"),   QStringLiteral("waad") };
constexpr int kMaxMetadataKeys = 10;
constexpr int kMaxMetadataValue = 255;

QJsonObject merged(QJsonObject defaults, const QJsonObject &given)
{
    for (auto it = given.constBegin(); it != given.constEnd(); ++it)
        defaults.insert(it.key(), it.value());
    return defaults;
}
} // namespace

const QStringList &ConnectionFactory::strategies()
{
    return kStrategies;
}

std::optional<SandboxReply> ConnectionFactory::checkBody(const QJsonObject &body)
{
    static const QRegularExpression nameFormat(QStringLiteral("^[a-zA-Z0-9](-[a-zA-Z0-9]|[a-zA-Z0-9])*$"));
    BodyValidator validator(body);
    validator
        .onlyKeys({ QStringLiteral("name"), QStringLiteral("display_name"), QStringLiteral("strategy"),
                    QStringLiteral("options"), QStringLiteral("enabled_clients"),
                    QStringLiteral("is_domain_connection"), QStringLiteral("show_as_button"), QStringLiteral("realms"),
                    QStringLiteral("metadata") })
        .required(QStringLiteral("name"))
        .required(QStringLiteral("strategy"))
        .string(QStringLiteral("name"), 1, 128)
        .pattern(QStringLiteral("name"), nameFormat)
        .string(QStringLiteral("display_name"), 0, 128)
        .object(QStringLiteral("options"))
        .array(QStringLiteral("enabled_clients"), 0, 0)
        .boolean(QStringLiteral("is_domain_connection"))
        .boolean(QStringLiteral("show_as_button"))
        .array(QStringLiteral("realms"), 0, 0)
        .object(QStringLiteral("metadata"));
    RequestHelpers::enumValue(validator, body, QStringLiteral("strategy"), kStrategies);
    RequestHelpers::stringItems(validator, body, QStringLiteral("enabled_clients"));
    RequestHelpers::stringItems(validator, body, QStringLiteral("realms"));
    const QJsonObject metadata = body.value(QStringLiteral("metadata")).toObject();
    if (!validator.failed() && metadata.size() > kMaxMetadataKeys)
        validator.fail(
            QStringLiteral("Too many properties defined (%1), maximum %2").arg(metadata.size()).arg(kMaxMetadataKeys),
            QStringLiteral("metadata"));
    BodyValidator values(metadata, QStringLiteral("metadata"));
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        values.string(it.key(), 0, kMaxMetadataValue);
    if (!validator.failed() && values.failed())
        return values.reply();
    if (validator.failed())
        return validator.reply();
    return std::nullopt;
}

QJsonObject ConnectionFactory::defaultOptions(const QString &strategy, const QJsonObject &given)
{
    if (strategy == QLatin1String("auth0")) {
        const QJsonObject defaults {
            { QStringLiteral("mfa"),
              QJsonObject { { QStringLiteral("active"), true }, { QStringLiteral("return_enroll_settings"), true } } },
            { QStringLiteral("passwordPolicy"), QStringLiteral("good") },
            { QStringLiteral("strategy_version"), 2 },
            { QStringLiteral("authentication_methods"),
              QJsonObject { { QStringLiteral("password"),
                              QJsonObject { { QStringLiteral("enabled"), true },
                                            { QStringLiteral("api_behavior"), QStringLiteral("required") },
                                            { QStringLiteral("signup_behavior"), QStringLiteral("allow") } } },
                            { QStringLiteral("passkey"), QJsonObject { { QStringLiteral("enabled"), false } } } } },
            { QStringLiteral("passkey_options"),
              QJsonObject { { QStringLiteral("challenge_ui"), QStringLiteral("both") },
                            { QStringLiteral("progressive_enrollment_enabled"), true },
                            { QStringLiteral("local_enrollment_enabled"), true } } },
            { QStringLiteral("brute_force_protection"), true },
        };
        return merged(defaults, given);
    }
    if (strategy == QLatin1String("ad") || strategy == QLatin1String("auth0-adldap"))
        return merged(QJsonObject { { QStringLiteral("ips"), QJsonValue::Null },
                                    { QStringLiteral("brute_force_protection"), true } },
                      given);
    if (strategy == QLatin1String("okta") || strategy == QLatin1String("oidc"))
        return merged(
            QJsonObject { { QStringLiteral("schema_version"), QStringLiteral("oidc-V4") },
                          { QStringLiteral("type"), QStringLiteral("back_channel") },
                          { QStringLiteral("attribute_map"),
                            QJsonObject { { QStringLiteral("mapping_mode"), QStringLiteral("basic_profile") } } },
                          { QStringLiteral("connection_settings"),
                            QJsonObject { { QStringLiteral("pkce"), QStringLiteral("auto") } } } },
            given);
    return given;
}

std::optional<SandboxReply> ConnectionFactory::create(const QJsonObject &body, QJsonObject *connection)
{
    if (auto error = checkBody(body))
        return error;
    const QString name = body.value(QStringLiteral("name")).toString();
    for (const QString &id : m_store.connections().ids()) {
        const QJsonObject *existing = m_store.connections().find(id);
        if (existing && existing->value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return SandboxReply::error(409, QStringLiteral("A connection with the same name already exists"));
    }
    const QString strategy = body.value(QStringLiteral("strategy")).toString();
    QStringList clients;
    for (const QJsonValue &client : body.value(QStringLiteral("enabled_clients")).toArray())
        clients.append(client.toString());
    clients.removeDuplicates();
    clients.sort(); // the service answers with them in order

    QJsonObject out {
        { QStringLiteral("id"), m_store.newId(QStringLiteral("con_")) },
        { QStringLiteral("name"), name },
        { QStringLiteral("strategy"), strategy },
        { QStringLiteral("options"), defaultOptions(strategy, body.value(QStringLiteral("options")).toObject()) },
        { QStringLiteral("is_domain_connection"), body.value(QStringLiteral("is_domain_connection")).toBool(false) },
        { QStringLiteral("enabled_clients"), QJsonArray::fromStringList(clients) },
        { QStringLiteral("realms"),
          body.contains(QStringLiteral("realms")) ? body.value(QStringLiteral("realms")) : QJsonArray { name } },
        { QStringLiteral("authentication"), QJsonObject { { QStringLiteral("active"), true } } },
        { QStringLiteral("connected_accounts"), QJsonObject { { QStringLiteral("active"), false } } },
    };
    for (const char *key : { "display_name", "metadata", "show_as_button" }) {
        const QString field = QString::fromLatin1(key);
        if (body.contains(field))
            out.insert(field, body.value(field));
    }
    if (!body.contains(QStringLiteral("show_as_button")) && kEnterprise.contains(strategy))
        out.insert(QStringLiteral("show_as_button"), false);
    if (strategy == QLatin1String("ad") || strategy == QLatin1String("auth0-adldap"))
        out.insert(QStringLiteral("provisioning_ticket_url"),
                   QStringLiteral("https://sandbox.local/p/ad/%1").arg(m_store.randomString(32)));
    *connection = out;
    return std::nullopt;
}

} // namespace Sandbox
