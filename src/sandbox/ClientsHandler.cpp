#include "ClientsHandler.h"

#include "BodyValidator.h"
#include "ClientFactory.h"
#include "FieldFilter.h"
#include "RequestHelpers.h"
#include "TenantStore.h"

#include <QJsonArray>

#include <algorithm>

namespace Sandbox {

namespace {
const QStringList kClientFields { QStringLiteral("name"),
                                  QStringLiteral("description"),
                                  QStringLiteral("callbacks"),
                                  QStringLiteral("oidc_backchannel_logout"),
                                  QStringLiteral("oidc_logout"),
                                  QStringLiteral("allowed_origins"),
                                  QStringLiteral("web_origins"),
                                  QStringLiteral("client_id"),
                                  QStringLiteral("tenant"),
                                  QStringLiteral("global"),
                                  QStringLiteral("config_route"),
                                  QStringLiteral("callback_url_template"),
                                  QStringLiteral("jwt_configuration"),
                                  QStringLiteral("jwt_configuration.lifetime_in_seconds"),
                                  QStringLiteral("jwt_configuration.secret_encoded"),
                                  QStringLiteral("jwt_configuration.scopes"),
                                  QStringLiteral("jwt_configuration.alg"),
                                  QStringLiteral("api_type"),
                                  QStringLiteral("logo_uri"),
                                  QStringLiteral("allowed_clients"),
                                  QStringLiteral("owners"),
                                  QStringLiteral("custom_login_page"),
                                  QStringLiteral("custom_login_page_on"),
                                  QStringLiteral("sso"),
                                  QStringLiteral("addons"),
                                  QStringLiteral("form_template"),
                                  QStringLiteral("custom_login_page_preview"),
                                  QStringLiteral("encryption_key"),
                                  QStringLiteral("encryption_key.pub"),
                                  QStringLiteral("encryption_key.cert"),
                                  QStringLiteral("client_secret"),
                                  QStringLiteral("signing_keys"),
                                  QStringLiteral("mobile"),
                                  QStringLiteral("mobile.android"),
                                  QStringLiteral("mobile.ios"),
                                  QStringLiteral("token_endpoint_auth_method"),
                                  QStringLiteral("allowed_logout_urls"),
                                  QStringLiteral("app_type"),
                                  QStringLiteral("is_first_party"),
                                  QStringLiteral("oidc_conformant"),
                                  QStringLiteral("client_metadata"),
                                  QStringLiteral("is_token_endpoint_ip_header_trusted"),
                                  QStringLiteral("initiate_login_uri"),
                                  QStringLiteral("grant_types"),
                                  QStringLiteral("refresh_token"),
                                  QStringLiteral("refresh_token.rotation_type"),
                                  QStringLiteral("refresh_token.expiration_type"),
                                  QStringLiteral("refresh_token.leeway"),
                                  QStringLiteral("refresh_token.token_lifetime"),
                                  QStringLiteral("default_organization"),
                                  QStringLiteral("organization_usage"),
                                  QStringLiteral("organization_require_behavior"),
                                  QStringLiteral("client_authentication_methods"),
                                  QStringLiteral("client_authentication_methods.private_key_jwt"),
                                  QStringLiteral("require_pushed_authorization_requests"),
                                  QStringLiteral("require_proof_of_possession"),
                                  QStringLiteral("id_token"),
                                  QStringLiteral("signed_request_object"),
                                  QStringLiteral("signed_request_object.required"),
                                  QStringLiteral("signed_request_object.credentials"),
                                  QStringLiteral("compliance_level") };
// Readable with any of the list scopes.
const QStringList kSummaryFields { QStringLiteral("client_id"), QStringLiteral("app_type"), QStringLiteral("name"),
                                   QStringLiteral("description") };
// Readable only with read:client_keys or read:client_credentials.
const QStringList kSecretFields { QStringLiteral("client_secret"), QStringLiteral("encryption_key"),
                                  QStringLiteral("client_authentication_methods"), QStringLiteral("signing_keys") };

bool mayRead(const SandboxRequest &request, const QString &field)
{
    if (kSummaryFields.contains(field))
        return true;
    if (kSecretFields.contains(field.section(QLatin1Char('.'), 0, 0)))
        return request.hasScope(QStringLiteral("read:client_keys"))
            || request.hasScope(QStringLiteral("read:client_credentials"));
    return request.hasScope(QStringLiteral("read:clients")) || request.hasScope(QStringLiteral("read:client_keys"));
}

QJsonObject visibleClient(const SandboxRequest &request, const QJsonObject &client, const FieldFilter &filter)
{
    QJsonObject out;
    for (auto it = client.constBegin(); it != client.constEnd(); ++it) {
        // The service sends "tenant" back even when fields= does not name it.
        const bool tenantQuirk = it.key() == QLatin1String("tenant") && filter.active()
            && request.queryValue(QStringLiteral("include_fields")) != QLatin1String("false");
        if (mayRead(request, it.key()) && (filter.includes(it.key()) || tenantQuirk))
            out.insert(it.key(), it.value());
    }
    return out;
}

std::optional<SandboxReply> checkRequestedFields(const SandboxRequest &request)
{
    if (request.queryValue(QStringLiteral("include_fields")) == QLatin1String("false"))
        return std::nullopt;
    for (const QString &field :
         request.queryValue(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!mayRead(request, field))
            return SandboxReply::error(403,
                                       QStringLiteral("Some fields cannot be read with the permissions granted by "
                                                      "the bearer token scopes: %1")
                                           .arg(field),
                                       QStringLiteral("insufficient_scope"));
    }
    return std::nullopt;
}

SandboxReply clientNotFound()
{
    return SandboxReply::notFound(QStringLiteral("The client does not exist"), QStringLiteral("inexistent_client"));
}
} // namespace

void ClientsHandler::addRoutes(Router &router)
{
    using RequestHelpers::scopes;
    const QStringList read
        = scopes({ "read:clients", "read:client_keys", "read:client_credentials", "read:client_summary" });
    const QString base = QStringLiteral("/api/v2/clients");
    router.add("GET", base, read, [this](const SandboxRequest &r) { return list(r); });
    router.add("POST", base, scopes({ "create:clients" }), [this](const SandboxRequest &r) { return create(r); });
    router.add("GET", base + QStringLiteral("/{client_id}"), read, [this](const SandboxRequest &r) { return get(r); });
    router.add("DELETE", base + QStringLiteral("/{client_id}"), scopes({ "delete:clients" }),
               [this](const SandboxRequest &r) { return remove(r); });
}

SandboxReply ClientsHandler::list(const SandboxRequest &request)
{
    if (auto error = RequestHelpers::checkFieldList(request, kClientFields))
        return *error;
    Paging paging;
    if (auto error = Paging::parse(request, Paging::Rules { true, 0, 50, 0 }, &paging))
        return *error;
    bool firstParty = false;
    bool global = false;
    if (auto error = Paging::readBool(request, QStringLiteral("is_first_party"), &firstParty))
        return *error;
    if (auto error = Paging::readBool(request, QStringLiteral("is_global"), &global))
        return *error;
    const QStringList appTypes = RequestHelpers::all(request, QStringLiteral("app_type"));
    for (const QString &type : appTypes) {
        if (!ClientFactory::appTypes().contains(type))
            return SandboxReply::queryError(QStringLiteral("No enum match for: \"%1\"").arg(type),
                                            QStringLiteral("app_type"));
    }
    const QString q = RequestHelpers::text(request, QStringLiteral("q"));
    if (request.hasQuery(QStringLiteral("q"))) {
        static const QRegularExpression allowed(
            QStringLiteral("^(client_grant\\.organization_id:\\S+|client_grant\\.allow_any_organization:true)$"));
        if (!allowed.match(q).hasMatch())
            return SandboxReply::queryError(QStringLiteral("Unsupported query: %1").arg(q), QStringLiteral("q"));
        if (paging.mode != Paging::Mode::Checkpoint)
            return SandboxReply::queryError(QStringLiteral("q requires checkpoint pagination (from and take)"),
                                            QStringLiteral("q"));
    }
    if (auto error = checkRequestedFields(request))
        return *error;

    // Listed by client_id, which is also what the checkpoint cursor holds.
    QStringList ids = m_store.clients().ids().toList();
    std::sort(ids.begin(), ids.end());
    QString after;
    if (paging.mode == Paging::Mode::Checkpoint && !paging.from.isEmpty()) {
        const auto cursor = Paging::decodeCursor(paging.from);
        if (!cursor)
            return SandboxReply::queryError(QStringLiteral("Invalid checkpoint"), QStringLiteral("from"));
        after = *cursor;
    }
    std::vector<const QJsonObject *> matching;
    for (const QString &id : ids) {
        const QJsonObject *client = m_store.clients().find(id);
        if (!client || (!after.isEmpty() && id <= after))
            continue;
        // No client grants live in the sandbox, so a client_grant query matches no application.
        if (!q.isEmpty())
            continue;
        if (!appTypes.isEmpty() && !appTypes.contains(client->value(QStringLiteral("app_type")).toString()))
            continue;
        if (request.hasQuery(QStringLiteral("is_first_party"))
            && client->value(QStringLiteral("is_first_party")).toBool(false) != firstParty)
            continue;
        if (request.hasQuery(QStringLiteral("is_global"))
            && client->value(QStringLiteral("global")).toBool(false) != global)
            continue;
        matching.push_back(client);
    }

    const FieldFilter filter(request);
    QJsonArray items;
    if (paging.mode == Paging::Mode::Checkpoint) {
        const size_t count = std::min(matching.size(), size_t(paging.take));
        for (size_t i = 0; i < count; ++i)
            items.append(visibleClient(request, *matching[i], filter));
        const QString next = count < matching.size()
            ? Paging::encodeCursor(matching[count - 1]->value(QStringLiteral("client_id")).toString())
            : QString();
        return SandboxReply::json(200, Paging::checkpointResult(QStringLiteral("clients"), items, next));
    }
    const auto [begin, end] = RequestHelpers::slice(paging, qint64(matching.size()));
    for (qint64 i = begin; i < end; ++i)
        items.append(visibleClient(request, *matching[size_t(i)], filter));
    return SandboxReply::json(
        200, RequestHelpers::pageResult(paging, QStringLiteral("clients"), items, qint64(matching.size())));
}

SandboxReply ClientsHandler::create(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return *error;
    QJsonObject client;
    if (auto error = ClientFactory(m_store).create(body, &client))
        return *error;
    m_store.clients().insert(client);
    // The creation answer leaves out the tenant-level keys a later read shows.
    client.remove(QStringLiteral("tenant"));
    client.remove(QStringLiteral("global"));
    return SandboxReply::json(201, client);
}

SandboxReply ClientsHandler::get(const SandboxRequest &request)
{
    if (auto error = RequestHelpers::checkFieldList(request, kClientFields))
        return *error;
    if (auto error = checkRequestedFields(request))
        return *error;
    const QJsonObject *client = m_store.clients().find(request.params.value(0));
    if (!client)
        return clientNotFound();
    return SandboxReply::json(200, visibleClient(request, *client, FieldFilter(request)));
}

SandboxReply ClientsHandler::remove(const SandboxRequest &request)
{
    const QString clientId = request.params.value(0);
    if (m_store.clients().remove(clientId)) {
        // Connections stop being enabled for an application that is gone.
        for (const QString &id : m_store.connections().ids()) {
            QJsonObject *connection = m_store.connections().findMutable(id);
            QJsonArray enabled = connection->value(QStringLiteral("enabled_clients")).toArray();
            const qsizetype before = enabled.size();
            for (qsizetype i = before - 1; i >= 0; --i) {
                if (enabled.at(i).toString() == clientId)
                    enabled.removeAt(i);
            }
            if (enabled.size() != before)
                connection->insert(QStringLiteral("enabled_clients"), enabled);
        }
    }
    return SandboxReply::empty(204);
}

} // namespace Sandbox
