#include "TenantSettingsRules.h"

#include "BodyValidator.h"
#include "RequestHelpers.h"

#include <QJsonArray>
#include <QUrl>

#include <limits>
#include <vector>

namespace Sandbox {

namespace {

enum class Type {
    String,
    HttpsUriOrEmpty, // format absolute-https-uri-or-empty
    UriOrEmpty, // format absolute-uri-or-empty
    EmailOrEmpty, // format email-or-empty
    Integer,
    Boolean,
    StringArray,
    Enum,
    Object,
};

struct Field
{
    QString name;
    Type type;
    bool nullable = false;
    int maxLength = 0; // strings; 0 = no limit
    QStringList values; // Enum
    std::vector<Field> members; // Object: its closed set of members
    QStringList required; // Object
};

Field field(const char *name, Type type, bool nullable = false)
{
    return Field { QString::fromLatin1(name), type, nullable, 0, {}, {}, {} };
}

Field text(const char *name, int maxLength)
{
    Field f = field(name, Type::String);
    f.maxLength = maxLength;
    return f;
}

Field oneOf(const char *name, QStringList values)
{
    Field f = field(name, Type::Enum);
    f.values = std::move(values);
    return f;
}

Field object(const char *name, bool nullable, std::vector<Field> members, QStringList required = {})
{
    Field f = field(name, Type::Object, nullable);
    f.members = std::move(members);
    f.required = std::move(required);
    return f;
}

std::vector<Field> booleans(std::initializer_list<const char *> names)
{
    std::vector<Field> fields;
    for (const char *name : names)
        fields.push_back(field(name, Type::Boolean));
    return fields;
}

// tenantSettingsUpdate and the schemas it refers to, in OAS24's order. enabled_locales and
// acr_values_supported are checked as string arrays; the locale list and the "acr" and "url" item
// formats are not enforced.
const std::vector<Field> &schema()
{
    static const std::vector<Field> fields {
        object("change_password", true, { field("enabled", Type::Boolean), field("html", Type::String) }),
        object("device_flow", true,
               { oneOf("charset", { QStringLiteral("base20"), QStringLiteral("digits") }), text("mask", 20) }),
        object("guardian_mfa_page", true, { field("enabled", Type::Boolean), field("html", Type::String) }),
        field("default_audience", Type::String),
        field("default_directory", Type::String),
        object("error_page", true,
               { field("html", Type::String), field("show_log_link", Type::Boolean), field("url", Type::UriOrEmpty) }),
        object("flags", false,
               booleans({ "change_pwd_flow_v1",
                          "enable_client_connections",
                          "enable_apis_section",
                          "enable_pipeline2",
                          "enable_dynamic_client_registration",
                          "enable_custom_domain_in_emails",
                          "allow_legacy_tokeninfo_endpoint",
                          "enable_legacy_profile",
                          "enable_idtoken_api2",
                          "enable_public_signup_user_exists_error",
                          "allow_legacy_delegation_grant_types",
                          "allow_legacy_ro_grant_types",
                          "enable_sso",
                          "disable_clickjack_protection_headers",
                          "no_disclose_enterprise_connections",
                          "disable_management_api_sms_obfuscation",
                          "enforce_client_authentication_on_passwordless_start",
                          "trust_azure_adfs_email_verified_connection_property",
                          "enable_adfs_waad_email_verification",
                          "revoke_refresh_token_grant",
                          "dashboard_log_streams_next",
                          "dashboard_insights_view",
                          "disable_fields_map_fix",
                          "mfa_show_factor_list_on_enrollment",
                          "require_signed_request_object",
                          "remove_alg_from_jwks",
                          "improved_signup_bot_detection_in_classic" })),
        field("friendly_name", Type::String),
        field("picture_url", Type::UriOrEmpty),
        field("support_email", Type::EmailOrEmpty),
        field("support_url", Type::UriOrEmpty),
        field("allowed_logout_urls", Type::StringArray),
        field("session_lifetime", Type::Integer),
        field("idle_session_lifetime", Type::Integer),
        text("sandbox_version", 8),
        text("legacy_sandbox_version", 8),
        field("default_redirection_uri", Type::HttpsUriOrEmpty),
        field("enabled_locales", Type::StringArray),
        object("session_cookie", true,
               { oneOf("mode", { QStringLiteral("persistent"), QStringLiteral("non-persistent") }) },
               { QStringLiteral("mode") }),
        object("sessions", true, booleans({ "oidc_logout_prompt_enabled" })),
        object("oidc_logout", false, booleans({ "rp_logout_end_session_endpoint_discovery" })),
        field("customize_mfa_in_postlogin_action", Type::Boolean, true),
        field("allow_organization_name_in_authentication_api", Type::Boolean, true),
        field("acr_values_supported", Type::StringArray),
        object("mtls", true, booleans({ "enable_endpoint_aliases" })),
        field("pushed_authorization_requests_supported", Type::Boolean, true),
    };
    return fields;
}

QStringList names(const std::vector<Field> &fields)
{
    QStringList list;
    for (const Field &f : fields)
        list.append(f.name);
    return list;
}

bool isAbsoluteUri(const QString &value, bool httpsOnly)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return false;
    return !httpsOnly || (url.scheme() == QLatin1String("https") && !url.host().isEmpty());
}

void checkFormat(BodyValidator &validator, const QJsonObject &body, const Field &f)
{
    const QString value = body.value(f.name).toString();
    if (validator.failed() || value.isEmpty())
        return;
    bool ok = true;
    QString format;
    switch (f.type) {
    case Type::HttpsUriOrEmpty:
        ok = isAbsoluteUri(value, true);
        format = QStringLiteral("absolute-https-uri-or-empty");
        break;
    case Type::UriOrEmpty:
        ok = isAbsoluteUri(value, false);
        format = QStringLiteral("absolute-uri-or-empty");
        break;
    case Type::EmailOrEmpty:
        ok = BodyValidator::isEmail(value);
        format = QStringLiteral("email-or-empty");
        break;
    default:
        break;
    }
    if (!ok)
        validator.fail(QStringLiteral("Object didn't pass validation for format %1: %2").arg(format, value), f.name);
}

void checkObject(BodyValidator &validator, const QJsonObject &body, const std::vector<Field> &fields);

void checkField(BodyValidator &validator, const QJsonObject &body, const Field &f)
{
    if (validator.failed() || !body.contains(f.name))
        return;
    const QJsonValue value = body.value(f.name);
    if (f.nullable && value.isNull())
        return;
    switch (f.type) {
    case Type::String:
        validator.string(f.name, 0, f.maxLength);
        break;
    case Type::HttpsUriOrEmpty:
    case Type::UriOrEmpty:
    case Type::EmailOrEmpty:
        validator.string(f.name, 0, 0);
        checkFormat(validator, body, f);
        break;
    case Type::Integer:
        validator.integer(f.name, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        break;
    case Type::Boolean:
        validator.boolean(f.name);
        break;
    case Type::StringArray:
        validator.array(f.name, 0, 0);
        RequestHelpers::stringItems(validator, body, f.name);
        break;
    case Type::Enum:
        RequestHelpers::enumValue(validator, body, f.name, f.values);
        break;
    case Type::Object: {
        validator.object(f.name);
        if (validator.failed())
            return;
        // Objects nest one level deep here, so the member's own name is the whole path.
        BodyValidator inner(value.toObject(), f.name);
        inner.onlyKeys(names(f.members));
        for (const QString &key : f.required)
            inner.required(key);
        checkObject(inner, value.toObject(), f.members);
        if (inner.failed())
            validator = inner;
        break;
    }
    }
}

void checkObject(BodyValidator &validator, const QJsonObject &body, const std::vector<Field> &fields)
{
    for (const Field &f : fields)
        checkField(validator, body, f);
}

} // namespace

std::optional<SandboxReply> TenantSettingsRules::check(const QJsonObject &body)
{
    BodyValidator validator(body);
    validator.onlyKeys(names(schema()));
    checkObject(validator, body, schema());
    if (validator.failed())
        return validator.reply();
    return std::nullopt;
}

const QStringList &TenantSettingsRules::readableFields()
{
    static const QStringList fields {
        QStringLiteral("allowed_logout_urls"),
        QStringLiteral("change_password"),
        QStringLiteral("error_page"),
        QStringLiteral("flags"),
        QStringLiteral("friendly_name"),
        QStringLiteral("picture_url"),
        QStringLiteral("support_email"),
        QStringLiteral("support_url"),
        QStringLiteral("session_lifetime"),
        QStringLiteral("default_audience"),
        QStringLiteral("default_directory"),
        QStringLiteral("device_flow"),
        QStringLiteral("idle_session_lifetime"),
        QStringLiteral("default_redirection_uri"),
        QStringLiteral("universal_login"),
        QStringLiteral("universal_login.colors"),
        QStringLiteral("universal_login.passwordless"),
        QStringLiteral("enabled_locales"),
        QStringLiteral("session_cookie"),
        QStringLiteral("sessions"),
        QStringLiteral("oidc_logout"),
        QStringLiteral("allow_organization_name_in_authentication_api"),
        QStringLiteral("mtls"),
        QStringLiteral("customize_mfa_in_postlogin_action"),
    };
    return fields;
}

} // namespace Sandbox
