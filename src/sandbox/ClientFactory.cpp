#include "ClientFactory.h"

#include "BodyValidator.h"
#include "RequestHelpers.h"
#include "TenantStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrl>

namespace Sandbox {

const QString ClientFactory::kTenantName = QStringLiteral("sandbox");

namespace {
const char kSecretAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

const QStringList kStrings { QStringLiteral("logo_uri"),          QStringLiteral("cross_origin_loc"),
                             QStringLiteral("custom_login_page"), QStringLiteral("custom_login_page_preview"),
                             QStringLiteral("form_template"),     QStringLiteral("initiate_login_uri") };
const QStringList kStringArrays { QStringLiteral("callbacks"),       QStringLiteral("allowed_origins"),
                                  QStringLiteral("web_origins"),     QStringLiteral("client_aliases"),
                                  QStringLiteral("allowed_clients"), QStringLiteral("allowed_logout_urls"),
                                  QStringLiteral("grant_types") };
const QStringList kBooleans { QStringLiteral("is_first_party"),
                              QStringLiteral("oidc_conformant"),
                              QStringLiteral("sso"),
                              QStringLiteral("cross_origin_authentication"),
                              QStringLiteral("sso_disabled"),
                              QStringLiteral("custom_login_page_on"),
                              QStringLiteral("require_pushed_authorization_requests"),
                              QStringLiteral("require_proof_of_possession") };
const QStringList kObjects { QStringLiteral("jwt_configuration"),
                             QStringLiteral("encryption_key"),
                             QStringLiteral("addons"),
                             QStringLiteral("client_metadata"),
                             QStringLiteral("mobile"),
                             QStringLiteral("native_social_login"),
                             QStringLiteral("default_organization"),
                             QStringLiteral("client_authentication_methods"),
                             QStringLiteral("signed_request_object") };
const QStringList kNullableObjects { QStringLiteral("oidc_logout"), QStringLiteral("refresh_token") };
const QStringList kAppTypeList {
    QStringLiteral("native"),          QStringLiteral("spa"),        QStringLiteral("regular_web"),
    QStringLiteral("non_interactive"), QStringLiteral("rms"),        QStringLiteral("box"),
    QStringLiteral("cloudbees"),       QStringLiteral("concur"),     QStringLiteral("dropbox"),
    QStringLiteral("mscrm"),           QStringLiteral("echosign"),   QStringLiteral("egnyte"),
    QStringLiteral("newrelic"),        QStringLiteral("office365"),  QStringLiteral("salesforce"),
    QStringLiteral("sentry"),          QStringLiteral("sharepoint"), QStringLiteral("slack"),
    QStringLiteral("springcm"),        QStringLiteral("zendesk"),    QStringLiteral("zoom"),
    QStringLiteral("sso_integration"), QStringLiteral("oag")
};

QJsonObject defaultRefreshToken()
{
    return QJsonObject { { QStringLiteral("rotation_type"), QStringLiteral("non-rotating") },
                         { QStringLiteral("expiration_type"), QStringLiteral("non-expiring") },
                         { QStringLiteral("leeway"), 0 },
                         { QStringLiteral("token_lifetime"), 2592000 },
                         { QStringLiteral("infinite_token_lifetime"), true },
                         { QStringLiteral("infinite_idle_token_lifetime"), true },
                         { QStringLiteral("idle_token_lifetime"), 1296000 } };
}
} // namespace

const QStringList &ClientFactory::appTypes()
{
    return kAppTypeList;
}

std::optional<SandboxReply> ClientFactory::checkBody(const QJsonObject &body)
{
    BodyValidator validator(body);
    QStringList allowed { QStringLiteral("name"),
                          QStringLiteral("description"),
                          QStringLiteral("app_type"),
                          QStringLiteral("token_endpoint_auth_method"),
                          QStringLiteral("organization_usage"),
                          QStringLiteral("organization_require_behavior"),
                          QStringLiteral("compliance_level") };
    allowed << kStrings << kStringArrays << kBooleans << kObjects << kNullableObjects;
    validator.onlyKeys(allowed).required(QStringLiteral("name")).string(QStringLiteral("name"), 1, 0);
    validator.string(QStringLiteral("description"), 0, 140);
    for (const QString &key : kStrings)
        validator.string(
            key, key.startsWith(QLatin1String("custom_login")) || key == QLatin1String("form_template") ? 1 : 0, 0);
    for (const QString &key : kStringArrays) {
        validator.array(key, 0, 0);
        RequestHelpers::stringItems(validator, body, key);
    }
    for (const QString &key : kBooleans)
        validator.boolean(key);
    for (const QString &key : kObjects)
        validator.object(key);
    for (const QString &key : kNullableObjects)
        validator.object(key, true);
    RequestHelpers::enumValue(validator, body, QStringLiteral("app_type"), kAppTypeList);
    RequestHelpers::enumValue(
        validator, body, QStringLiteral("token_endpoint_auth_method"),
        { QStringLiteral("none"), QStringLiteral("client_secret_post"), QStringLiteral("client_secret_basic") });
    RequestHelpers::enumValue(validator, body, QStringLiteral("organization_usage"),
                              { QStringLiteral("deny"), QStringLiteral("allow"), QStringLiteral("require") });
    RequestHelpers::enumValue(
        validator, body, QStringLiteral("organization_require_behavior"),
        { QStringLiteral("no_prompt"), QStringLiteral("pre_login_prompt"), QStringLiteral("post_login_prompt") });
    RequestHelpers::enumValue(
        validator, body, QStringLiteral("compliance_level"),
        { QStringLiteral("none"), QStringLiteral("fapi1_adv_pkj_par"), QStringLiteral("fapi1_adv_mtls_par") }, true);
    const QString loginUri = body.value(QStringLiteral("initiate_login_uri")).toString();
    const QUrl url(loginUri, QUrl::StrictMode);
    if (!validator.failed() && !loginUri.isEmpty()
        && (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()))
        validator.fail(
            QStringLiteral("Object didn't pass validation for format absolute-https-uri-or-empty: %1").arg(loginUri),
            QStringLiteral("initiate_login_uri"));
    if (validator.failed())
        return validator.reply();
    return std::nullopt;
}

QJsonObject ClientFactory::credentialsWithIds(const QJsonObject &methods)
{
    // The PEM is write-only; the service answers with ids, a key id and timestamps instead.
    QJsonObject out = methods;
    QJsonObject privateKeyJwt = methods.value(QStringLiteral("private_key_jwt")).toObject();
    QJsonArray credentials;
    const QString now = TenantStore::isoTime(m_store.nowMs());
    for (const QJsonValue &value : privateKeyJwt.value(QStringLiteral("credentials")).toArray()) {
        QJsonObject credential = value.toObject();
        const QByteArray pem = credential.take(QStringLiteral("pem")).toString().toUtf8();
        credential.insert(QStringLiteral("id"), m_store.newId(QStringLiteral("cred_"), 22));
        credential.insert(
            QStringLiteral("kid"),
            QString::fromLatin1(QCryptographicHash::hash(pem, QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        if (!credential.contains(QStringLiteral("alg")))
            credential.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
        credential.insert(QStringLiteral("created_at"), now);
        credential.insert(QStringLiteral("updated_at"), now);
        credentials.append(credential);
    }
    if (!privateKeyJwt.isEmpty()) {
        privateKeyJwt.insert(QStringLiteral("credentials"), credentials);
        out.insert(QStringLiteral("private_key_jwt"), privateKeyJwt);
    }
    return out;
}

std::optional<SandboxReply> ClientFactory::create(const QJsonObject &body, QJsonObject *client)
{
    if (auto error = checkBody(body))
        return error;
    QJsonObject out = body;
    out.insert(QStringLiteral("client_id"), m_store.randomString(32));
    out.insert(QStringLiteral("client_secret"), m_store.randomString(64, kSecretAlphabet));
    out.insert(QStringLiteral("tenant"), kTenantName);
    out.insert(QStringLiteral("global"), false);
    out.insert(QStringLiteral("is_first_party"), body.value(QStringLiteral("is_first_party")).toBool(true));
    out.insert(QStringLiteral("is_token_endpoint_ip_header_trusted"), false);
    out.insert(QStringLiteral("oidc_conformant"), body.value(QStringLiteral("oidc_conformant")).toBool(false));
    out.insert(QStringLiteral("sso_disabled"), body.value(QStringLiteral("sso_disabled")).toBool(false));
    out.insert(QStringLiteral("cross_origin_auth"),
               body.value(QStringLiteral("cross_origin_authentication")).toBool(false));
    out.insert(QStringLiteral("custom_login_page_on"), body.value(QStringLiteral("custom_login_page_on")).toBool(true));

    QJsonObject jwt = body.value(QStringLiteral("jwt_configuration")).toObject();
    if (!body.contains(QStringLiteral("jwt_configuration")))
        jwt.insert(QStringLiteral("lifetime_in_seconds"), 36000);
    jwt.insert(QStringLiteral("secret_encoded"), false);
    out.insert(QStringLiteral("jwt_configuration"), jwt);

    if (!body.contains(QStringLiteral("grant_types"))) {
        const bool machineToMachine
            = body.value(QStringLiteral("app_type")).toString() == QLatin1String("non_interactive");
        out.insert(QStringLiteral("grant_types"),
                   machineToMachine
                       ? QJsonArray { QStringLiteral("client_credentials") }
                       : QJsonArray { QStringLiteral("authorization_code"), QStringLiteral("implicit"),
                                      QStringLiteral("refresh_token"), QStringLiteral("client_credentials") });
    }
    if (!body.value(QStringLiteral("refresh_token")).isObject())
        out.insert(QStringLiteral("refresh_token"), defaultRefreshToken());
    if (body.contains(QStringLiteral("client_authentication_methods")))
        out.insert(QStringLiteral("client_authentication_methods"),
                   credentialsWithIds(body.value(QStringLiteral("client_authentication_methods")).toObject()));

    // A signing certificate for the app's tokens; the sandbox makes a stand-in, not a parseable X.509.
    QByteArray der(480, Qt::Uninitialized);
    for (char &byte : der)
        byte = char(m_store.random().bounded(256));
    QString pem = QStringLiteral("-----BEGIN CERTIFICATE-----\r\n");
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += QString::fromLatin1(base64.mid(i, 64)) + QStringLiteral("\r\n");
    pem += QStringLiteral("-----END CERTIFICATE-----\r\n");
    out.insert(QStringLiteral("signing_keys"), QJsonArray { QJsonObject { { QStringLiteral("cert"), pem } } });
    *client = out;
    return std::nullopt;
}

} // namespace Sandbox
